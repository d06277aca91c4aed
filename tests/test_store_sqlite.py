"""SQLite transactions as we run them (store/db.py): a savepoint is not a commit, writers
take the write lock at BEGIN, and WAL is opt-in from the config."""

from __future__ import annotations

import sqlite3

import pytest
from helpers import write_config
from sqlalchemy import func, select

from svarsinkorg.config import ConfigError, load_config
from svarsinkorg.store.db import Store
from svarsinkorg.store.models import Association


def _count(url_path) -> int:
    with sqlite3.connect(url_path) as conn:
        return conn.execute("SELECT count(*) FROM associations").fetchone()[0]


def test_a_released_savepoint_is_not_a_commit(tmp_path):
    path = tmp_path / "s.db"
    store = Store(f"sqlite:///{path}")
    try:
        with pytest.raises(RuntimeError), store.session() as s:
            for i in range(3):
                with s.begin_nested():
                    s.add(Association(name=f"F{i}", roster_order=i))
            # Another connection sees nothing yet: the savepoints were released, not
            # committed (pysqlite's own handling committed at each RELEASE).
            assert _count(path) == 0
            raise RuntimeError("the batch fails")
        with store.session() as s:
            assert s.scalar(select(func.count(Association.id))) == 0
    finally:
        store.close()


def test_a_writer_holds_the_write_lock_from_begin(tmp_path):
    path = tmp_path / "s.db"
    store = Store(f"sqlite:///{path}")
    try:
        with store.session() as s:
            s.scalar(select(func.count(Association.id)))  # a read first, then nothing
            other = sqlite3.connect(path, timeout=0.05)
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
            other.close()
        with store.session(readonly=True) as s:
            s.scalar(select(func.count(Association.id)))
            other = sqlite3.connect(path, timeout=0.05)
            other.execute("BEGIN IMMEDIATE")  # a reader leaves the write lock free
            other.rollback()
            other.close()
    finally:
        store.close()


def test_sqlite_wal_is_off_by_default_and_on_when_configured(tmp_path):
    cfg = load_config(write_config(tmp_path))
    assert cfg.store_sqlite_wal is False
    on = tmp_path / "on"
    on.mkdir()
    path = write_config(on)
    path.write_text(path.read_text(encoding="utf-8").replace(
        "[store]\n", "[store]\nsqlite_wal = true\n"), encoding="utf-8")
    cfg = load_config(path)
    assert cfg.store_sqlite_wal is True
    store = Store(cfg.store_url, sqlite_wal=True)
    try:
        with store.session() as s:
            assert s.connection().exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        store.close()
    plain = Store(f"sqlite:///{tmp_path / 'plain.db'}")
    try:
        with plain.session() as s:
            assert s.connection().exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
    finally:
        plain.close()


def test_sqlite_wal_must_be_true_or_false(tmp_path):
    path = write_config(tmp_path)
    text = path.read_text(encoding="utf-8").replace("[store]\n", '[store]\nsqlite_wal = "ja"\n')
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match="sqlite_wal"):
        load_config(path)
