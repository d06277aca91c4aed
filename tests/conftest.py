"""Fixtures shared by the tests. Other blocks may be appended below, each delimited."""

from __future__ import annotations

# --- store_url: SQLite always, PostgreSQL when INTAKE_TEST_DATABASE_URL is set (issue 6) ---
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg import fresh_schema, require_pg


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL for an empty store: each test that takes it runs once on SQLite and once on
    PostgreSQL (a fresh schema; skipped without INTAKE_TEST_DATABASE_URL, failed in CI)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    with fresh_schema(require_pg()) as url:
        yield url


@pytest.fixture
def pg_store_url() -> Iterator[str]:
    """PostgreSQL only: an empty schema on the INTAKE_TEST_DATABASE_URL server."""
    with fresh_schema(require_pg()) as url:
        yield url


# --- end store_url (issue 6) ---


# --- dovecot: a private IMAP server per test (issue 4) ---------------------------------


@pytest.fixture(scope="session")
def dovecot_certs(tmp_path_factory: pytest.TempPathFactory) -> object:
    """A CA and a server certificate for 127.0.0.1, made once per test session."""
    from dovecot import make_certificates, require_dovecot

    require_dovecot()
    return make_certificates(tmp_path_factory.mktemp("dovecot-certs"))


@pytest.fixture
def dovecot(dovecot_certs: object, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """A running private Dovecot (see tests/dovecot.py), stopped and removed afterwards.
    Its password is in $INTAKE_TEST_IMAP_PASSWORD, as server.imap_settings() expects."""
    import shutil

    from dovecot import Dovecot, new_server_root

    server = Dovecot(root=new_server_root(), certs=dovecot_certs)  # type: ignore[arg-type]
    server.write_config()
    server.start()
    monkeypatch.setenv("INTAKE_TEST_IMAP_PASSWORD", server.password)
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(server.root, ignore_errors=True)


# --- end dovecot (issue 4) ---
