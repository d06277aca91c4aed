"""Engine and sessions. SQLite by default, any SQLAlchemy URL (PostgreSQL) works."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from . import imap_state  # noqa: F401  (IMAP fetch state tables)
from . import reminder_state as _reminder_state  # noqa: F401  (reminders table)
from .models import Base  # noqa: F401  (re-exported)


def _sqlite_connect(wal: bool) -> Any:
    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        # pysqlite's legacy transaction handling emits no BEGIN before a SAVEPOINT, so each
        # RELEASE SAVEPOINT was a commit of its own (an fsync per stored message). We take
        # the transactions over, as SQLAlchemy's pysqlite docs advise ("Serializable
        # isolation / Savepoints / Transactional DDL"): autocommit at the driver, BEGIN in
        # the engine's "begin" event (_sqlite_begin).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")  # a report while the nightly fetch writes
        if wal:
            # Persistent in the file; readers never wait for the writer. Off by default: WAL
            # needs shared memory, which a store on a network share does not have.
            cur.execute("PRAGMA journal_mode=WAL")
        cur.close()

    return on_connect


BEGIN_OPTION = "sqlite_begin"  # execution option: "IMMEDIATE" (default), "DEFERRED", "" (none)


def _sqlite_begin(conn: Connection) -> None:
    """IMMEDIATE by default: a writer takes the write lock at BEGIN, so two writers queue
    on busy_timeout instead of one failing "database is locked" when both upgrade a read
    lock (what the driver's BEGIN-before-the-first-INSERT gave us before). Read-only
    sessions (Store.session(readonly=True)) BEGIN DEFERRED; code that issues its own BEGIN
    (the migrations) sets the option to ""."""
    mode = conn.get_execution_options().get(BEGIN_OPTION, "IMMEDIATE")
    if mode:
        conn.exec_driver_sql(f"BEGIN {mode}")


def _postgres_utc(dbapi_conn: Any, _record: Any) -> None:
    # Timestamps come back in UTC whatever the server's TimeZone, as SQLite gives them.
    cur = dbapi_conn.cursor()
    cur.execute("SET TIME ZONE 'UTC'")
    cur.close()
    dbapi_conn.commit()


def make_engine(url: str, *, sqlite_wal: bool = False) -> Engine:
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_connect(sqlite_wal))
        event.listen(engine, "begin", _sqlite_begin)
    elif engine.dialect.name == "postgresql":
        event.listen(engine, "connect", _postgres_utc)
    return engine


def init_schema(engine: Engine) -> None:
    """Create or upgrade the schema to the newest Alembic revision (store/migrations).

    A store made before migrations existed is adopted (stamped), never rebuilt; one that
    cannot be adopted, or that a newer svarsinkorg upgraded, raises SchemaError."""
    if _at_head(engine):
        return
    from .migrations import upgrade

    upgrade(engine)


def _at_head(engine: Engine) -> bool:
    """Up to date, known without Alembic: importing it and reading its script directory
    cost every command ~0.1 s of start-up, for the one SELECT that an up-to-date store
    needs. The newest revision is read from the revision files (store/peek.py); anything
    else (no version table yet, another revision, files it cannot read) goes to Alembic."""
    from .peek import head_revision

    head = head_revision()
    if head is None:
        return False
    try:
        with engine.connect() as conn:
            conn.execution_options(**{BEGIN_OPTION: "DEFERRED"})  # a read: no write lock
            found = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except Exception:  # no version table: a new store, or one made before migrations
        return False
    return found == [head]


class Store:
    """The open store: one engine, sessions on demand."""

    def __init__(self, url: str, *, create: bool = True, sqlite_wal: bool = False) -> None:
        self.url = url
        self.engine = make_engine(url, sqlite_wal=sqlite_wal)
        if create:
            init_schema(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(
            self.engine.execution_options(**{BEGIN_OPTION: "DEFERRED"}), expire_on_commit=False)

    @contextmanager
    def session(self, *, readonly: bool = False) -> Iterator[Session]:
        """A session committed at the end. `readonly`: SQLite takes no write lock up front
        (a report beside the nightly fetch); writing in it is allowed but may meet
        "database is locked" if another writer is busy."""
        with (self._read_sessions if readonly else self._sessions)() as s:
            try:
                yield s
                s.commit()
            except BaseException:
                s.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()


@contextmanager
def session_scope(
    url: str, *, readonly: bool = False, sqlite_wal: bool = False
) -> Iterator[Session]:
    """One store, one session, committed and closed: what a single command needs."""
    store = Store(url, sqlite_wal=sqlite_wal)
    try:
        with store.session(readonly=readonly) as s:
            yield s
    finally:
        store.close()
