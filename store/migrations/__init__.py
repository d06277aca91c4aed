"""Schema migrations (Alembic), driven from code: no alembic.ini, no `alembic` command.

`upgrade(engine)` brings any store to the newest schema and is what `Store(url)` and
`intake db upgrade` call. It never drops anything on its own:

* an up-to-date store costs one SELECT on `alembic_version`;
* a new, empty database gets every revision in order;
* a store created before migrations existed (by `create_all`, so without
  `alembic_version`) is adopted: stamped with the revision whose tables and columns it has,
  or, when it only lacks whole tables added since, given those tables; anything else stops
  with a `SchemaError` that says what differs;
* a store stamped by a newer svarsinkorg than this one stops with a `SchemaError`.

Concurrent starts are serialised: a PostgreSQL advisory lock, or SQLite's write lock
(`BEGIN IMMEDIATE`), is held for the whole upgrade, and the version is read again under it.

New revision after a model change: `python -m svarsinkorg.store.migrations.regenerate --new
"what changed"` (see regenerate.py).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, MetaData, create_engine, inspect, text
from sqlalchemy.pool import StaticPool

MIGRATIONS_DIR = Path(__file__).resolve().parent
VERSION_TABLE = "alembic_version"
# pg_advisory_xact_lock key: "SVIK" (any constant shared by every svarsinkorg process).
_PG_LOCK_KEY = 0x5356494B

Shape = dict[str, frozenset[str]]  # table -> column names


class SchemaError(RuntimeError):
    """The store's schema cannot be brought to this version without a person deciding."""


@dataclass(frozen=True)
class UpgradeResult:
    before: str | None
    after: str | None
    action: str  # "none" | "created" | "upgraded" | "adopted"


def target_metadata() -> MetaData:
    """Every table of the current models (each module that adds tables is imported here)."""
    from .. import imap_state, reminder_state  # noqa: F401  (their tables join Base.metadata)
    from ..models import Base

    return Base.metadata


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    cfg.set_main_option("path_separator", "os")
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@functools.cache
def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str | None:
    return script_directory().get_current_head()


def revisions() -> list[str]:
    """Every revision id, oldest first."""
    return [s.revision for s in reversed(list(script_directory().walk_revisions()))]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def differences(conn: Connection) -> list[Any]:
    """What Alembic's autogenerate sees between the database and the models ([] = none)."""
    ctx = MigrationContext.configure(conn, opts={"compare_type": True})
    return list(compare_metadata(ctx, target_metadata()))


def _check_known(rev: str | None) -> None:
    if rev is None:
        return
    try:
        found = script_directory().get_revision(rev)
    except CommandError:
        found = None
    if found is None:
        raise SchemaError(
            f"the store is at schema revision {rev!r}, which this svarsinkorg does not know "
            f"(newest known: {head_revision()!r}): it was upgraded by a newer version; "
            "install that version instead of this one"
        )


@contextmanager
def _locked_connection(engine: Engine) -> Iterator[Connection]:
    """A connection inside a transaction that no other svarsinkorg process can migrate
    beside. Commits on success, rolls back on error."""
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
            try:
                yield conn
                conn.commit()
            except BaseException:
                conn.rollback()
                raise
        elif engine.dialect.name == "sqlite":
            yield from _sqlite_locked(conn)
        else:
            yield conn
            conn.commit()


def _sqlite_locked(conn: Connection) -> Iterator[Connection]:
    """SQLite: DDL in a real transaction (pysqlite would autocommit it), under the write
    lock, with foreign keys off (a batch-mode table rebuild drops the old table, and with
    foreign keys on that DROP would cascade into the rows that point at it)."""
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None
    old_level = dbapi.isolation_level  # type: ignore[attr-defined]
    conn.commit()  # leave any autobegun transaction before switching modes
    conn.execution_options(sqlite_begin="")  # store.db's BEGIN listener: we BEGIN ourselves
    dbapi.isolation_level = None  # type: ignore[attr-defined]
    try:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            yield conn
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise SchemaError(f"migration left broken foreign keys: {broken[:5]}")
            conn.exec_driver_sql("COMMIT")
        except BaseException:
            conn.exec_driver_sql("ROLLBACK")
            raise
        finally:
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
    finally:
        conn.commit()
        dbapi.isolation_level = old_level  # type: ignore[attr-defined]


def upgrade(engine: Engine, revision: str = "head") -> UpgradeResult:
    """Bring the store to `revision` (default: the newest). Safe to call on every start."""
    head = head_revision()
    before = current_revision(engine)
    _check_known(before)
    if before is not None and before == head and revision in ("head", head):
        return UpgradeResult(before, before, "none")
    with _locked_connection(engine) as conn:
        before = MigrationContext.configure(conn).get_current_revision()  # again, locked
        _check_known(before)
        action = "upgraded"
        cfg = alembic_config(conn)
        if before is None:
            ours = _existing_tables(conn)
            if ours:
                _adopt(conn, cfg, ours)
                action = "adopted"
            else:
                action = "created"
        command.upgrade(cfg, revision)
        after = MigrationContext.configure(conn).get_current_revision()
    if after == before:
        action = "none"
    return UpgradeResult(before, after, action)


# --- stores made before migrations ---------------------------------------------------


def _shape_of(conn: Connection, tables: set[str] | None = None) -> Shape:
    insp = inspect(conn)
    names = set(insp.get_table_names()) - {VERSION_TABLE}
    if tables is not None:
        names &= tables
    return {t: frozenset(c["name"] for c in insp.get_columns(t)) for t in names}


@functools.cache
def _revision_shapes() -> dict[str, Shape]:
    """Tables and columns after each revision, found by running the migrations on a
    scratch in-memory SQLite (names only, so any dialect compares)."""
    scratch = create_engine("sqlite://", poolclass=StaticPool)
    shapes: dict[str, Shape] = {}
    try:
        with scratch.connect() as conn:
            cfg = alembic_config(conn)
            for rev in revisions():
                command.upgrade(cfg, rev)
                shapes[rev] = _shape_of(conn)
            conn.commit()
    finally:
        scratch.dispose()
    return shapes


def _known_tables() -> set[str]:
    known = set(target_metadata().tables)
    for shape in _revision_shapes().values():
        known |= set(shape)
    return known


def _existing_tables(conn: Connection) -> set[str]:
    return set(inspect(conn).get_table_names()) & _known_tables()


def _adopt(conn: Connection, cfg: Config, ours: set[str]) -> None:
    """Stamp a store created by `create_all` with the revision it corresponds to."""
    have = _shape_of(conn, _known_tables())
    shapes = _revision_shapes()
    # The OLDEST revision of its tables and columns: later revisions that change only
    # constraints or indexes (0003, 0004) leave the shape as it was, and a store made by an
    # older create_all has the older constraints, so those revisions run after the stamp
    # (each is written to run on a store that has its change already).
    for rev in shapes:
        if shapes[rev] == have:
            command.stamp(cfg, rev)
            return
    head = head_revision()
    if head is not None and head in shapes:
        want = shapes[head]
        if all(t in want and want[t] == cols for t, cols in have.items()):
            # Made by an older create_all that lacked some whole tables: add just those.
            missing = [t for name, t in target_metadata().tables.items() if name not in have]
            target_metadata().create_all(conn, tables=missing)
            command.stamp(cfg, next(r for r in shapes if shapes[r] == want))
            return
    want = shapes.get(head or "", {})
    diffs = []
    for t in sorted(set(have) | set(want)):
        if t not in want:
            diffs.append(f"table {t} is not in any known schema")
        elif t in have and have[t] != want[t]:
            extra = sorted(have[t] - want[t])
            lacking = sorted(want[t] - have[t])
            diffs.append(f"table {t}: extra columns {extra}, missing columns {lacking}")
    raise SchemaError(
        "the store has svarsinkorg tables but no schema version, and they match no known "
        "revision, so it was not changed: " + "; ".join(diffs or ["(no detail)"])
    )
