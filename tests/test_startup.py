"""Start-up stays light: what `intake status --help` and a quiet-night `intake fetch`
import (module names in a fresh process, never timings: bench/bench.py times them), and
the quiet-night look (fetch/night.py, store/peek.py) agrees with the full run."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from dovecot import Dovecot, cli_config, imap_config, survey_replies
from imapclient import IMAPClient

from svarsinkorg.cli import _fetch_line
from svarsinkorg.config import load_config
from svarsinkorg.fetch.night import fetch as fetch_night
from svarsinkorg.fetch.night import quiet_night
from svarsinkorg.fetch.summary import FetchSummary
from svarsinkorg.reports.labels import Labels
from svarsinkorg.store import peek
from svarsinkorg.store.db import Store

# Never at start-up: the store's engine, the parsers, the mail decoding (mail-parser is the
# bench's baseline only, never imported by the package: it stays listed as a tripwire).
HEAVY = ("sqlalchemy", "alembic", "mailparser", "svarsinkorg.parsers", "svarsinkorg.pipeline",
         "svarsinkorg.store.db", "svarsinkorg.service", "openpyxl", "docx", "pdfplumber")


def run_cli(*args: str, heavy: tuple[str, ...] = HEAVY
            ) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    """`intake ARGS` as the console script runs it (svarsinkorg.cli:main), in a fresh
    process; returns it and which of the `heavy` modules it had imported when it exited."""
    code = textwrap.dedent(f"""
        import atexit, json, sys
        heavy = {heavy!r}
        def report():
            found = sorted(m for m in sys.modules if m.startswith(heavy))
            sys.stderr.write("\\nMODULES " + json.dumps(found) + "\\n")
        atexit.register(report)
        sys.argv = ["intake", *{list(args)!r}]
        from svarsinkorg.cli import main
        main()
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    marker = done.stderr.rsplit("MODULES ", 1)
    assert len(marker) == 2, done.stderr
    return done, json.loads(marker[1])


def test_status_help_imports_no_store_parsers_or_mail_parser() -> None:
    done, heavy = run_cli("status", "--help")
    assert done.returncode == 0, done.stderr
    assert "--format" in done.stdout
    assert heavy == []


def test_help_reads_no_config_labels_or_rich_help_formatter() -> None:
    """--help is plain click help: typer's rich help formatter pulls in rich.markdown and
    markdown-it, and the config, labels and model modules are only needed by a command."""
    done, heavy = run_cli("status", "--help", heavy=(
        "typer.rich_utils", "rich.markdown", "markdown_it", "svarsinkorg.config",
        "svarsinkorg.reports", "svarsinkorg.model"))
    assert done.returncode == 0, done.stderr
    assert "table or json" in done.stdout
    assert heavy == []


def test_argument_error_imports_nothing_heavy() -> None:
    done, heavy = run_cli("status", "--no-such-option")
    assert done.returncode == 2
    assert heavy == []


def test_status_reads_the_store_without_parsers_templates_or_alembic(tmp_path: Path) -> None:
    from helpers import write_config

    from svarsinkorg.config import example_config_path

    config = write_config(tmp_path)
    roster = example_config_path().parent / "examples" / "roster.csv"
    made, _ = run_cli("--config", str(config), "associations", "import", str(roster))
    assert made.returncode == 0, made.stderr  # creates the store (Alembic, once)
    done, heavy = run_cli("--config", str(config), "status", "--format", "json",
                          heavy=("alembic", "mailparser", "svarsinkorg.parsers",
                                 "svarsinkorg.pipeline", "jinja2", "rapidfuzz", "openpyxl",
                                 "svarsinkorg.reminders.run", "svarsinkorg.intake.match"))
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["associations"]) == 8
    assert heavy == []


def test_head_revision_read_from_the_files_is_alembics() -> None:
    from svarsinkorg.store.migrations import head_revision

    assert peek.head_revision() == head_revision() is not None


def test_head_revision_gives_up_on_a_merge(tmp_path: Path) -> None:
    for rev, down in (("a1", "None"), ("b1", '"a1"'), ("b2", '"a1"'), ("m", '("b1", "b2")')):
        (tmp_path / f"{rev}.py").write_text(
            f'revision: str = "{rev}"\ndown_revision: str | None = {down}\n', encoding="utf-8")
    assert peek.head_revision(tmp_path) is None
    (tmp_path / "m.py").unlink()  # two heads
    assert peek.head_revision(tmp_path) is None
    (tmp_path / "b2.py").unlink()
    assert peek.head_revision(tmp_path) == "b1"


@pytest.mark.parametrize("url", [
    "sqlite:///rel.db", "sqlite:////abs/x.db", "sqlite+pysqlite:////abs/x.db",
    "sqlite:////tmp/å ä/x#1@y.db", "sqlite:////a b/x%20y.db", "sqlite:////a/x.db?timeout=3",
    "sqlite:///:memory:", "sqlite://", "sqlite:///file:x.db?uri=true",
    "postgresql+psycopg://u@h/db",
])
def test_sqlite_database_agrees_with_sqlalchemy_or_declines(url: str) -> None:
    from sqlalchemy.engine import make_url

    ours = peek.sqlite_database(url)
    if ours is not None:
        assert make_url(url).get_backend_name() == "sqlite"
        assert ours == make_url(url).database


def test_fetch_state_of_a_missing_or_foreign_file(tmp_path: Path) -> None:
    assert peek.fetch_state(str(tmp_path / "none.db"), "a", ["INBOX"]) is None
    assert not (tmp_path / "none.db").exists()  # looking never creates a store
    (tmp_path / "other.db").write_bytes(b"not a database at all" * 100)
    assert peek.fetch_state(str(tmp_path / "other.db"), "a", ["INBOX"]) is None


# --- the quiet night against a real Dovecot -----------------------------------------------


@pytest.mark.dovecot
def test_quiet_night_through_the_cli_imports_no_sqlalchemy(
    dovecot: Dovecot, tmp_path: Path
) -> None:
    dovecot.append(survey_replies(3))
    config = cli_config(tmp_path, dovecot.imap_settings())
    first, heavy = run_cli("--config", str(config), "fetch", "--quiet")
    assert first.returncode == 0, first.stderr
    assert "intake fetch: 3 nya meddelanden" in first.stdout
    assert "sqlalchemy" in heavy  # the first night stores: the full run

    quiet, heavy = run_cli("--config", str(config), "fetch", "--quiet")
    assert quiet.returncode == 0, quiet.stderr
    assert heavy == []
    cfg = load_config(config)
    nothing = _fetch_line(FetchSummary(folders=["INBOX"]), Labels.for_survey(cfg.survey))
    assert quiet.stdout.strip() == nothing
    assert nothing.startswith("intake fetch: 0 nya meddelanden")

    dovecot.append(survey_replies(1, start=10))
    again, heavy = run_cli("--config", str(config), "fetch", "--quiet")
    assert again.returncode == 0, again.stderr
    assert "sqlalchemy" in heavy
    store = Store(f"sqlite:///{tmp_path / 'test.db'}")
    try:
        from sqlalchemy import func, select

        from svarsinkorg.store.models import Message

        with store.session() as s:
            assert s.scalar(select(func.count()).select_from(Message)) == 4
    finally:
        store.close()


@pytest.mark.dovecot
def test_quiet_night_decides_only_when_plainly_quiet(
    dovecot: Dovecot, tmp_path: Path
) -> None:
    dovecot.append(survey_replies(2))
    cfg = imap_config(tmp_path, dovecot)
    assert cfg.imap is not None
    # No store yet: the full run creates it (the look does not even connect).
    assert quiet_night(cfg, cfg.imap) is None
    assert fetch_night(cfg).stored == 2

    quiet = quiet_night(cfg, cfg.imap)
    assert isinstance(quiet, FetchSummary)
    assert (quiet.stored, quiet.looked_at, quiet.partial, quiet.folders) == (0, 0, False,
                                                                             ["INBOX"])
    assert fetch_night(cfg).line() == quiet.line()

    # A folder the store has not seen yet: the full run records its state.
    dovecot.append(survey_replies(1, start=20), folder="Svar")
    assert quiet_night(cfg, cfg.imap, ["INBOX", "Svar"]) is None

    # New mail: the logged-in connection goes to the full run.
    dovecot.append(survey_replies(1, start=30))
    handed = quiet_night(cfg, cfg.imap)
    assert isinstance(handed, IMAPClient)
    handed.logout()
    summary = fetch_night(cfg)
    assert (summary.stored, summary.downloaded) == (1, 1)
    assert isinstance(quiet_night(cfg, cfg.imap), FetchSummary)

    # An older schema, or WAL asked for and not yet on: Alembic and the engine decide.
    db = tmp_path / "test.db"
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    assert quiet_night(cfg, cfg.imap) is None
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (peek.head_revision(),))
    from dataclasses import replace

    assert quiet_night(replace(cfg, store_sqlite_wal=True), cfg.imap) is None


@pytest.mark.dovecot
def test_pending_actions_and_a_new_uidvalidity_go_to_the_full_run(
    dovecot: Dovecot, tmp_path: Path
) -> None:
    dovecot.append(survey_replies(2))
    cfg = imap_config(tmp_path, dovecot, after_store="keyword")
    assert cfg.imap is not None
    assert fetch_night(cfg).stored == 2
    assert isinstance(quiet_night(cfg, cfg.imap), FetchSummary)
    db = tmp_path / "test.db"
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE imap_seen SET action = 'pending' WHERE uid = 2")
    assert quiet_night(cfg, cfg.imap) is None
    assert fetch_night(cfg).actions_done == 1  # retried by the full run
    assert isinstance(quiet_night(cfg, cfg.imap), FetchSummary)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE imap_folders SET uidvalidity = uidvalidity + 1")
    handed = quiet_night(cfg, cfg.imap)
    assert isinstance(handed, IMAPClient)
    handed.logout()
    summary = fetch_night(cfg)
    assert any("UIDVALIDITY changed" in w for w in summary.warnings)
    assert summary.stored == 0 and not summary.partial
