"""Nightly IMAP fetch: connection, incremental per-folder state, post-store actions."""

from __future__ import annotations

from .errors import (
    EXIT_AUTH_FAILED,
    EXIT_CANNOT_CONNECT,
    EXIT_LOCKED,
    EXIT_OK,
    EXIT_PARTIAL,
    FetchLockedError,
    ImapAuthError,
    ImapConnectError,
    ImapError,
)

__all__ = [
    "EXIT_AUTH_FAILED",
    "EXIT_CANNOT_CONNECT",
    "EXIT_LOCKED",
    "EXIT_OK",
    "EXIT_PARTIAL",
    "FetchLockedError",
    "ImapAuthError",
    "ImapConnectError",
    "ImapError",
]
