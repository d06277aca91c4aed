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


def test_an_import_holds_no_lock_while_it_parses(tmp_path, monkeypatch):
    """A nightly fetch or a second import beside a long import waits for a batch's write,
    not for the whole import: between its short transactions the store is free."""
    from helpers import make_config, reply

    from svarsinkorg import pipeline, service

    monkeypatch.setenv("SVARSINKORG_PARSE_WORKERS", "0")  # parse here, where we can look
    monkeypatch.setattr(service, "IMPORT_BATCH", 3)
    cfg = make_config(tmp_path)
    db = cfg.store_url.removeprefix("sqlite:///")
    mail = tmp_path / "mail"
    mail.mkdir()
    for i in range(8):
        (mail / f"{i}.eml").write_bytes(reply("1. Ja\n2. Ja\n3. Ja\n4. Ja",
                                              message_id=f"<lock{i}@x>"))
    real = pipeline.parse_message
    free: list[bool] = []

    def parse_and_try_the_lock(*a, **k):
        other = sqlite3.connect(db, timeout=0.05)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.rollback()
            free.append(True)
        except sqlite3.OperationalError:
            free.append(False)
        finally:
            other.close()
        return real(*a, **k)

    monkeypatch.setattr(pipeline, "parse_message", parse_and_try_the_lock)
    summary = service.import_paths(cfg, [mail])
    assert summary.stored == 8
    assert free == [True] * 8
