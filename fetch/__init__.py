"""The nightly fetch use case: read new mail from IMAP (intake/imap: the transport), parse it
(pipeline) and store it (store), one fetch at a time (lock)."""
