"""Engine and sessions. SQLite by default, any SQLAlchemy URL (PostgreSQL) works."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from . import imap_state  # noqa: F401  (IMAP fetch state tables)
from . import reminder_state as _reminder_state  # noqa: F401  (reminders table)
from .models import Base  # noqa: F401  (re-exported)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")  # a report while the nightly fetch writes
    cur.close()


def _postgres_utc(dbapi_conn: Any, _record: Any) -> None:
    # Timestamps come back in UTC whatever the server's TimeZone, as SQLite gives them.
    cur = dbapi_conn.cursor()
    cur.execute("SET TIME ZONE 'UTC'")
    cur.close()
    dbapi_conn.commit()


def make_engine(url: str) -> Engine:
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    elif engine.dialect.name == "postgresql":
        event.listen(engine, "connect", _postgres_utc)
    return engine


def init_schema(engine: Engine) -> None:
    """Create or upgrade the schema to the newest Alembic revision (store/migrations).

    A store made before migrations existed is adopted (stamped), never rebuilt; one that
    cannot be adopted, or that a newer svarsinkorg upgraded, raises SchemaError."""
    from .migrations import upgrade

    upgrade(engine)


class Store:
    """The open store: one engine, sessions on demand."""

    def __init__(self, url: str, *, create: bool = True) -> None:
        self.url = url
        self.engine = make_engine(url)
        if create:
            init_schema(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self._sessions() as s:
            try:
                yield s
                s.commit()
            except BaseException:
                s.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()


@contextmanager
def session_scope(url: str) -> Iterator[Session]:
    """One store, one session, committed and closed: what a single command needs."""
    store = Store(url)
    try:
        with store.session() as s:
            yield s
    finally:
        store.close()
