"""svarsinkorg: survey replies from a coordinator's inbox, one record per association."""

__version__ = "0.1.0"
