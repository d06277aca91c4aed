"""Schema migrations: the revisions build exactly the models' schema, on SQLite and on
PostgreSQL; stores made before migrations are adopted without losing a row; a store that
cannot be upgraded safely is left alone with the reason."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import inspect, text

from svarsinkorg.store import migrations
from svarsinkorg.store.db import Store, make_engine
from svarsinkorg.store.migrations import SchemaError

NEW = "python -m svarsinkorg.store.migrations.regenerate --new 'what changed'"


def _insert_association(engine, name: str = "Hyllie IF") -> None:
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO associations (name, roster_order, opted_out, created_at) "
                 "VALUES (:n, 1, false, CURRENT_TIMESTAMP)"),
            {"n": name},
        )


def _count(engine, table: str) -> int:
    with engine.connect() as conn:
        return int(conn.scalar(text(f"SELECT count(*) FROM {table}")))


def test_migrations_build_exactly_the_models(store_url):
    """Fails when a model changed without a migration: run the command in NEW."""
    store = Store(store_url)
    try:
        assert migrations.current_revision(store.engine) == migrations.head_revision()
        with store.engine.connect() as conn:
            diffs = migrations.differences(conn)
        assert diffs == [], f"models and migrations differ; generate a revision: {NEW}"
    finally:
        store.close()


def test_every_model_table_comes_from_a_migration():
    # The scratch-SQLite replay of the revisions has every table the models declare.
    head = migrations.head_revision()
    assert head is not None
    shape = migrations._revision_shapes()[head]
    for name, table in migrations.target_metadata().tables.items():
        assert name in shape, f"table {name} has no migration: {NEW}"
        assert shape[name] == frozenset(c.name for c in table.columns), name


def test_upgrade_is_idempotent_and_cheap_when_current(store_url):
    engine = make_engine(store_url)
    try:
        first = migrations.upgrade(engine)
        assert first.action == "created"
        assert first.after == migrations.head_revision()
        second = migrations.upgrade(engine)
        assert (second.action, second.before, second.after) == ("none", first.after, first.after)
    finally:
        engine.dispose()


def test_store_made_by_create_all_is_adopted_with_its_rows(store_url):
    engine = make_engine(store_url)
    try:
        migrations.target_metadata().create_all(engine)  # how stores were made before
        _insert_association(engine)
        assert "alembic_version" not in inspect(engine).get_table_names()
        result = migrations.upgrade(engine)
        assert result.action == "adopted"
        assert migrations.current_revision(engine) == migrations.head_revision()
        assert _count(engine, "associations") == 1
    finally:
        engine.dispose()


def test_store_missing_newer_tables_gets_them_and_keeps_its_rows(store_url):
    engine = make_engine(store_url)
    try:
        md = migrations.target_metadata()
        core = ["associations", "association_emails", "messages", "corrections"]
        md.create_all(engine, tables=[md.tables[n] for n in core])
        _insert_association(engine)
        result = migrations.upgrade(engine)
        assert result.action == "adopted"
        assert set(md.tables) <= set(inspect(engine).get_table_names())
        assert _count(engine, "associations") == 1
        with engine.connect() as conn:
            assert migrations.differences(conn) == []
    finally:
        engine.dispose()


def test_unrecognisable_store_is_left_untouched(store_url):
    engine = make_engine(store_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE associations (id INTEGER PRIMARY KEY, name TEXT, "
                              "legacy_note TEXT)"))
            conn.execute(text("INSERT INTO associations (id, name, legacy_note) "
                              "VALUES (1, 'Hyllie IF', 'keep me')"))
        with pytest.raises(SchemaError, match="legacy_note"):
            migrations.upgrade(engine)
        names = set(inspect(engine).get_table_names())
        assert names == {"associations"}
        assert _count(engine, "associations") == 1
    finally:
        engine.dispose()


def test_store_from_a_newer_version_is_refused(store_url):
    engine = make_engine(store_url)
    try:
        migrations.upgrade(engine)
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = 'ffff_future'"))
        with pytest.raises(SchemaError, match="newer version"):
            migrations.upgrade(engine)
        with pytest.raises(SchemaError):
            Store(store_url)
    finally:
        engine.dispose()


def test_downgrade_and_upgrade_round_trip(tmp_path):
    from alembic import command

    engine = make_engine(f"sqlite:///{tmp_path / 'rt.db'}")
    try:
        migrations.upgrade(engine)
        with engine.begin() as conn:
            command.downgrade(migrations.alembic_config(conn), "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        assert migrations.upgrade(engine).after == migrations.head_revision()
    finally:
        engine.dispose()


def test_cli_db_current_and_upgrade(tmp_path):
    from helpers import write_config
    from typer.testing import CliRunner

    from svarsinkorg.cli import app

    cfg = write_config(tmp_path)
    runner = CliRunner()
    before = runner.invoke(app, ["-c", str(cfg), "db", "current"])
    assert before.exit_code == 0, before.output
    assert "current none" in before.output and "pending" in before.output
    up = runner.invoke(app, ["-c", str(cfg), "db", "upgrade"])
    assert up.exit_code == 0, up.output
    assert f"-> {migrations.head_revision()}" in up.output
    again = runner.invoke(app, ["-c", str(cfg), "db", "upgrade"])
    assert "up to date" in again.output
    now = runner.invoke(app, ["-c", str(cfg), "db", "current"])
    assert "up to date" in now.output


def test_0003_keeps_the_newest_duplicate_and_then_refuses_duplicates(store_url):
    """Duplicates the never-firing 0001 constraint let in (a race between two savers) must
    not break the upgrade: the newest word per thing stays, the older ones go; afterwards
    the partial unique indexes refuse a second row for the same thing."""
    from sqlalchemy.exc import IntegrityError

    engine = make_engine(store_url)
    try:
        migrations.upgrade(engine, "0002")
        _insert_association(engine, "Hyllie IF")
        _insert_association(engine, "Rosengård FF")
        with engine.begin() as conn:
            a1, a2 = conn.scalars(text("SELECT id FROM associations ORDER BY id")).all()
            conn.execute(text(
                "INSERT INTO messages (message_key, sha256, raw, size, origin, imported_at, "
                "kind, answers, wants_interview, bounced_addresses, problems, parse_status) "
                "VALUES ('<m1@x>', 'ab', :raw, 1, 't', CURRENT_TIMESTAMP, 'reply', '{}', "
                "false, '[]', '[]', 'ok')"), {"raw": b"x"})
            m1 = conn.scalar(text("SELECT id FROM messages"))
            rows = [  # (kind, message_id, association_id, key, value)
                ("set", None, a1, "how", "äldre"), ("set", None, a1, "how", "nyast"),
                ("set", None, a1, "about", "ensam"), ("set", None, a2, "how", "annan"),
                ("assign", m1, None, None, a1), ("assign", m1, None, None, a2),
            ]
            for kind, mid, aid, key, value in rows:
                conn.execute(text(
                    "INSERT INTO corrections (kind, message_id, association_id, key, value, "
                    "created_at) VALUES (:k, :m, :a, :key, :v, CURRENT_TIMESTAMP)"),
                    {"k": kind, "m": mid, "a": aid, "key": key,
                     "v": json.dumps({"value": value})})
        assert _count(engine, "corrections") == 6
        result = migrations.upgrade(engine)
        assert (result.before, result.after) == ("0002", migrations.head_revision())
        with engine.connect() as conn:
            kept = conn.execute(text(
                "SELECT kind, message_id, association_id, key, value FROM corrections "
                "ORDER BY id")).all()
            assert migrations.differences(conn) == []
        # JSON comes back as text from SQLite, as a dict from PostgreSQL
        values = {(k, m, a, key): (json.loads(v) if isinstance(v, str) else v)["value"]
                  for k, m, a, key, v in kept}
        assert values == {("set", None, a1, "how"): "nyast",
                          ("set", None, a1, "about"): "ensam",
                          ("set", None, a2, "how"): "annan",
                          ("assign", m1, None, None): a2}
        for kind, mid, aid, key in [("set", None, a1, "how"), ("assign", m1, None, None)]:
            with pytest.raises(IntegrityError), engine.begin() as conn:
                conn.execute(text(
                    "INSERT INTO corrections (kind, message_id, association_id, key, value, "
                    "created_at) VALUES (:k, :m, :a, :key, '{}', CURRENT_TIMESTAMP)"),
                    {"k": kind, "m": mid, "a": aid, "key": key})
        with engine.begin() as conn:  # a different key of the same association is fine
            conn.execute(text(
                "INSERT INTO corrections (kind, association_id, key, value, created_at) "
                "VALUES ('set', :a, 'reviewed', '{}', CURRENT_TIMESTAMP)"), {"a": a2})
    finally:
        engine.dispose()
