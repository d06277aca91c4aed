"""A look into a SQLite store with the standard library's sqlite3, no SQLAlchemy.

What a quiet night needs to know (is the schema current, where each folder's watermark
stands, is a post-store action pending) costs two small SELECTs; importing SQLAlchemy's
ORM and Alembic to ask them cost more than the rest of the night together
(docs/performance.md, "Start-up"). Read-only: anything this cannot answer (no such file,
an older schema, a URL it does not read) is None, and the caller takes the full path,
which creates, upgrades and reports as always."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

MIGRATIONS_VERSIONS = Path(__file__).resolve().parent / "migrations" / "versions"
_REVISION = re.compile(r"^(down_revision|revision)\b[^=\n]*=\s*(.+?)\s*$", re.M)
_SQLITE_PREFIXES = ("sqlite:///", "sqlite+pysqlite:///")


def sqlite_database(url: str) -> str | None:
    """The file of a plain `sqlite:///path` URL (what SQLAlchemy's make_url(url).database
    gives), or None for anything else: other backends, memory, `file:` URIs, query
    options, %-escapes. The callers fall back to SQLAlchemy for those."""
    for prefix in _SQLITE_PREFIXES:
        if url.startswith(prefix):
            db = url[len(prefix):]
            # "%": SQLAlchemy unquotes %XX in the path; "?": query options
            if not db or "?" in db or "%" in db or db == ":memory:" or db.startswith("file:"):
                return None
            return db
    return None


def head_revision(versions: Path = MIGRATIONS_VERSIONS) -> str | None:
    """The newest Alembic revision, read from the revision files' `revision` and
    `down_revision` lines without importing Alembic: the one no other names as its
    parent. None when that is not one plain answer (branches, a merge, an unreadable
    file): the caller then lets Alembic decide. tests/test_startup.py checks it against
    Alembic's own answer."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in versions.glob("*.py"):
        if path.name == "__init__.py":
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            return None
        found = dict(m.groups() for m in _REVISION.finditer(text))
        rev, down = found.get("revision"), found.get("down_revision")
        if rev is None or down is None:
            return None
        rev_id = _literal(rev)
        if rev_id is None:
            return None
        revisions.add(rev_id)
        if down != "None":
            parent = _literal(down)
            if parent is None:  # a tuple: a merge revision
                return None
            parents.add(parent)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _literal(value: str) -> str | None:
    m = re.fullmatch(r"""(['"])([\w.-]+)\1""", value)
    return m.group(2) if m else None


@dataclass(frozen=True)
class FolderState:
    uidvalidity: int
    last_uid: int
    pending_actions: bool  # UIDs stored whose post-store action is still to be done


@dataclass(frozen=True)
class FetchState:
    revision: str | None  # the store's Alembic revision
    wal: bool  # journal_mode is WAL
    folders: dict[str, FolderState]  # only the folders the store knows


def fetch_state(db: str, account: str, folders: Sequence[str]) -> FetchState | None:
    """The store's schema revision and, per folder of `account`, the watermark; None when
    the file does not exist or cannot be read as a store (the full path says why)."""
    path = Path(db)
    if not path.is_file():
        return None
    try:
        # mode=rw: never creates a file; nothing here writes.
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=30)
    except sqlite3.Error:
        return None
    try:
        conn.execute("PRAGMA busy_timeout=30000")  # as the engine: beside a running import
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
        wal = str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal"
        states: dict[str, FolderState] = {}
        for folder in folders:
            found = conn.execute(
                "SELECT uidvalidity, last_uid FROM imap_folders WHERE account = ? AND folder = ?",
                (account, folder),
            ).fetchone()
            if found is None:
                continue
            uidvalidity, last_uid = int(found[0]), int(found[1] or 0)
            pending = conn.execute(
                "SELECT 1 FROM imap_seen WHERE account = ? AND folder = ? AND uidvalidity = ? "
                "AND action = 'pending' LIMIT 1",
                (account, folder, uidvalidity),
            ).fetchone()
            states[folder] = FolderState(uidvalidity, last_uid, pending is not None)
        return FetchState(revision, wal, states)
    except (sqlite3.Error, TypeError, ValueError):
        return None
    finally:
        conn.close()
