"""One fetch at a time.

An OS lock (flock) on a file next to the SQLite store (or imap.lock_file); the kernel drops
it when the process dies, so a killed fetch never leaves a stale lock. With PostgreSQL,
where fetches may run on different machines, also a session advisory lock in the
database, likewise released when the connection ends."""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING

from ..config import Config
from ..intake.imap.errors import FetchLockedError
from ..store.peek import sqlite_database

if TYPE_CHECKING:  # SQLAlchemy only for PostgreSQL's advisory lock: a quiet night needs none
    from sqlalchemy import Connection

    from ..store.db import Store


def advisory_key(account: str = "") -> int:
    """One lock per mailbox account: two coordinators, each fetching their own mailbox
    into one shared PostgreSQL store, run side by side; the same mailbox twice does not."""
    seed = f"svarsinkorg intake fetch {account}".strip().encode()
    return int.from_bytes(hashlib.sha256(seed).digest()[:8], "big", signed=True)


ADVISORY_KEY = advisory_key()
LOCK_NAME = ".intake-fetch.lock"


def lock_path(config: Config) -> Path:
    """imap.lock_file, else `<sqlite file>.fetch.lock`, else next to the config file."""
    if config.imap is not None and config.imap.lock_file:
        p = Path(config.imap.lock_file).expanduser()
        return p if p.is_absolute() else config.base_dir / p
    db = sqlite_database(config.store_url)  # the usual plain file URL, without SQLAlchemy
    if db is None:
        from sqlalchemy.engine import make_url

        try:
            url = make_url(config.store_url)
        except Exception:  # not a URL SQLAlchemy knows: the store will say so itself
            url = None
        if url is not None and url.get_backend_name() == "sqlite":
            db = url.database or ""
    if db and db != ":memory:" and not db.startswith("file:"):
        return Path(db + ".fetch.lock")
    return config.base_dir / LOCK_NAME


def _holder(fd: int) -> str:
    with suppress(OSError):
        os.lseek(fd, 0, os.SEEK_SET)
        text_ = os.read(fd, 400).decode("utf-8", "replace").strip()
        if text_:
            return text_
    return "holder unknown"


@contextmanager
def file_lock(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise FetchLockedError(
                f"another intake fetch is already running ({_holder(fd)}; lock file {path}); "
                "exiting"
            ) from None
        stamp = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()} on {socket.gethostname()} since {stamp}\n".encode(), 0)
        try:
            yield
        finally:
            with suppress(OSError):
                os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


@contextmanager
def advisory_lock(store: Store, account: str = "") -> Iterator[None]:
    """pg_try_advisory_lock on a connection held for the whole run (PostgreSQL only)."""
    if store.engine.dialect.name != "postgresql":
        yield
        return
    from sqlalchemy import text

    key = advisory_key(account)
    conn: Connection = store.engine.connect()
    try:
        got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar()
        conn.commit()
        if not got:
            raise FetchLockedError(
                "another intake fetch is already running against the same database "
                "(PostgreSQL advisory lock held); exiting"
            )
        try:
            yield
        finally:
            with suppress(Exception):
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
                conn.commit()
    finally:
        conn.close()


@contextmanager
def fetch_lock(config: Config, store: Store | None = None) -> Iterator[None]:
    """Held for the whole fetch; raises FetchLockedError at once if another holds it."""
    with file_lock(lock_path(config)):
        if store is None:
            yield
        else:
            with advisory_lock(store, lock_account(config)):
                yield


def lock_account(config: Config) -> str:
    """Whose mailbox the advisory lock is for."""
    return f"{config.imap.username}@{config.imap.host}" if config.imap else ""
