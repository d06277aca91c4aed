"""Errors of the IMAP fetch, each meant to be shown as one line, and the exit codes."""

from __future__ import annotations

# Exit codes of `intake fetch` (2 is the CLI's "bad config").
EXIT_OK = 0
EXIT_CANNOT_CONNECT = 3
EXIT_AUTH_FAILED = 4
EXIT_PARTIAL = 5
EXIT_LOCKED = 6


class ImapError(Exception):
    """Something that ends the run before any folder is read. str() is one clear line."""

    exit_code = EXIT_CANNOT_CONNECT


class ImapConnectError(ImapError):
    """The server cannot be reached, or TLS cannot be set up."""

    exit_code = EXIT_CANNOT_CONNECT


class ImapAuthError(ImapError):
    """The login was refused, or no password / token could be obtained."""

    exit_code = EXIT_AUTH_FAILED


class FetchLockedError(Exception):
    """Another `intake fetch` holds the lock."""

    exit_code = EXIT_LOCKED
