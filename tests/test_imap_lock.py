"""One fetch at a time: the file lock, the PostgreSQL advisory lock, the CLI's exit 6."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from contextlib import AbstractContextManager
from pathlib import Path

import pytest
from dovecot import cli_config
from helpers import make_config
from typer.testing import CliRunner

from svarsinkorg.cli import app
from svarsinkorg.fetch.lock import advisory_lock, fetch_lock, lock_path
from svarsinkorg.intake.imap.errors import EXIT_LOCKED, FetchLockedError
from svarsinkorg.store.db import Store


def enter(lock: AbstractContextManager[None]) -> None:
    with lock:
        pass


def test_lock_path_next_to_the_sqlite_file(tmp_path: Path) -> None:
    cfg = make_config(tmp_path, f"sqlite:///{tmp_path / 'data' / 'intake.db'}")
    assert lock_path(cfg) == tmp_path / "data" / "intake.db.fetch.lock"
    pg = make_config(tmp_path, "postgresql+psycopg://u@db.example/intake")
    assert lock_path(pg) == tmp_path / ".intake-fetch.lock"
    own = make_config(tmp_path, imap={"host": "h", "lock_file": "locks/fetch.lock"})
    assert lock_path(own) == tmp_path / "locks" / "fetch.lock"


def test_second_fetch_lock_fails_at_once(tmp_path: Path) -> None:
    cfg = make_config(tmp_path)
    with fetch_lock(cfg):
        started = time.monotonic()
        with pytest.raises(FetchLockedError, match=f"already running \\(pid {os.getpid()} "):
            enter(fetch_lock(cfg))
        assert time.monotonic() - started < 1
    with fetch_lock(cfg):  # released on exit
        pass


def test_cli_exits_6_while_another_process_fetches(tmp_path: Path) -> None:
    config = cli_config(tmp_path, {"host": "127.0.0.1", "port": 1, "username": "u",
                                   "password_env": "NOT_NEEDED"})
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from svarsinkorg.config import load_config
            from svarsinkorg.fetch.lock import fetch_lock
            with fetch_lock(load_config({str(config)!r})):
                print("locked", flush=True)
                time.sleep(60)
        """)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        result = CliRunner().invoke(app, ["--config", str(config), "fetch", "--quiet"])
        assert result.exit_code == EXIT_LOCKED
        assert "another intake fetch is already running" in result.stderr
        assert f"pid {holder.pid}" in result.stderr
    finally:
        holder.kill()  # as a crash would: the kernel drops the lock with the process
        holder.wait()
    from svarsinkorg.config import load_config

    with fetch_lock(load_config(config)):
        pass


@pytest.mark.postgres
def test_postgres_advisory_lock(pg_store_url: str) -> None:
    first, second = Store(pg_store_url), Store(pg_store_url)
    try:
        with advisory_lock(first), pytest.raises(FetchLockedError, match="advisory lock"):
            enter(advisory_lock(second))
        with advisory_lock(second):
            pass
    finally:
        first.close()
        second.close()


@pytest.mark.postgres
def test_two_coordinators_with_their_own_mailboxes_fetch_side_by_side(pg_store_url: str) -> None:
    first, second = Store(pg_store_url), Store(pg_store_url)
    try:
        with advisory_lock(first, "karin@malmo.se@imap.malmo.se"):
            with advisory_lock(second, "ali@lund.se@imap.lund.se"):
                pass  # another mailbox: no wait, no error
            with pytest.raises(FetchLockedError):
                enter(advisory_lock(second, "karin@malmo.se@imap.malmo.se"))
    finally:
        first.close()
        second.close()
