"""PostgreSQL for the store tests.

INTAKE_TEST_DATABASE_URL names a server (`.ci/postgres.sh` starts one on 127.0.0.1 and
writes the URL). Without it the PostgreSQL variants skip, saying so; under CI (CI=true)
they fail instead, because CI must run them. Each test gets a schema of its own, created
empty and dropped afterwards, so tests never see each other's rows.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

ENV = "INTAKE_TEST_DATABASE_URL"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _skip_or_fail(reason: str) -> None:
    if in_ci():
        pytest.fail(f"CI=true but {reason}", pytrace=False)
    pytest.skip(reason)


def require_pg() -> str:
    """The server URL, or skip (fail under CI) with the reason."""
    url = os.environ.get(ENV, "").strip()
    if not url:
        _skip_or_fail(f"{ENV} is not set (start a server with: bash .ci/postgres.sh; "
                      f". /tmp/intake-pg/env.sh)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _skip_or_fail("psycopg is not installed (pip install 'svarsinkorg[postgres]')")
    return url


@contextmanager
def fresh_schema(base_url: str) -> Iterator[str]:
    """A URL whose connections use a new, empty schema (search_path), dropped on exit.

    The schema's name is also the connections' application_name, so connections a test
    leaves open can be told apart and ended before the drop."""
    name = f"intake_t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base_url, poolclass=NullPool)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{name}"'))
    url = make_url(base_url).update_query_dict(
        {"options": f"-csearch_path={name}", "application_name": name}
    )
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        try:
            with admin.begin() as conn:
                conn.execute(text("SET LOCAL lock_timeout = '5s'"))
                conn.execute(text(f'DROP SCHEMA "{name}" CASCADE'))
        except OperationalError:
            with admin.begin() as conn:
                conn.execute(
                    text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                         "WHERE application_name = :n AND pid <> pg_backend_pid()"),
                    {"n": name},
                )
                conn.execute(text(f'DROP SCHEMA "{name}" CASCADE'))
        finally:
            admin.dispose()
