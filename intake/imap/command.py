"""What `intake fetch` and `intake oauth2 ...` do, apart from argument parsing (cli.py).

Each function prints and returns the exit code; nothing here raises for an expected
failure, so cron gets one clear line, never a traceback."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ...config import Config, ImapConfig
from ...service import open_store
from .errors import EXIT_AUTH_FAILED, FetchLockedError, ImapError
from .oauth2 import OAuth2Error, OAuth2Settings, access_token, login

EXIT_CONFIG = 2  # the CLI's code for a config that cannot be used


def fetch_command(
    config: Config,
    *,
    quiet: bool = False,
    folders: Sequence[str] | None = None,
    out: Console | None = None,
    err: Console | None = None,
) -> int:
    """Run one fetch under the lock and print its outcome. Returns the exit code."""
    from .fetch import run_fetch
    from .lock import fetch_lock

    out = out or Console()
    err = err or Console(stderr=True)
    if config.imap is None:
        err.print(escape("Config error: missing table '[imap]' (needed by intake fetch)"))
        return EXIT_CONFIG
    store = open_store(config)
    try:
        with fetch_lock(config, store):
            summary = run_fetch(
                config,
                store,
                progress=not quiet and sys.stderr.isatty(),
                quiet=quiet,
                folders=folders or None,
            )
    except FetchLockedError as exc:
        err.print(f"intake fetch: {escape(str(exc))}", soft_wrap=True)
        return exc.exit_code
    except ImapError as exc:
        err.print(f"intake fetch: {escape(str(exc))}", soft_wrap=True)
        return exc.exit_code
    finally:
        store.close()
    for warning in summary.warnings:
        if quiet and "UIDVALIDITY" in warning:
            continue
        err.print(escape(warning), soft_wrap=True)
    out.print(escape(summary.line()), soft_wrap=True, highlight=False)
    if not quiet:
        for problem in [*summary.problems, *summary.action_errors]:
            err.print(f"  {escape(problem)}", soft_wrap=True)
        if summary.errors:
            out.print("  (intake fetch --failures lists them)", highlight=False)
    return summary.exit_code


def failures_command(config: Config, *, out: Console | None = None) -> int:
    """List UIDs that failed, were oversized, or were stored raw after a parser error."""
    from .fetch import failures

    out = out or Console()
    store = open_store(config)
    try:
        with store.session() as s:
            rows = failures(s)
            table = Table("when", "folder", "uid", "outcome", "subject", "error")
            for r in rows:
                error = r.error or r.action_error or ""
                if not error and r.message is not None:
                    error = "; ".join(r.message.problem_list)
                table.add_row(
                    r.seen_at.strftime("%Y-%m-%d %H:%M") if r.seen_at else "",
                    r.folder,
                    str(r.uid),
                    r.outcome if not r.action_error else f"{r.outcome}, action failed",
                    r.subject or "",
                    error,
                )
    finally:
        store.close()
    if not rows:
        out.print("no failed or flagged messages")
    else:
        out.print(table)
    return 0


def oauth2_settings(
    imap: ImapConfig | None,
    base_dir: Path | None,
    *,
    client_id: str | None = None,
    tenant: str | None = None,
    cache: str | None = None,
    username: str | None = None,
) -> OAuth2Settings:
    return OAuth2Settings.from_imap(
        imap, base_dir, client_id=client_id, tenant=tenant, cache_path=cache, username=username
    )


def oauth2_login_command(settings: OAuth2Settings, *, err: Console | None = None) -> int:
    err = err or Console(stderr=True)
    try:
        who = login(settings, show=lambda text: err.print(escape(text), soft_wrap=True))
    except OAuth2Error as exc:
        err.print(f"intake oauth2 login: {escape(str(exc))}", soft_wrap=True)
        return EXIT_AUTH_FAILED
    err.print(
        f"Signed in as {escape(who)}. Token cache: {settings.cache_path} (mode 0600). "
        "Set imap.oauth2_token_command = \"intake oauth2 token\" (with --config if needed).",
        soft_wrap=True,
    )
    return 0


def oauth2_token_command(settings: OAuth2Settings, *, err: Console | None = None) -> int:
    """Print an access token on stdout (and nothing else) for imap.oauth2_token_command."""
    err = err or Console(stderr=True)
    try:
        token = access_token(settings)
    except OAuth2Error as exc:
        err.print(f"intake oauth2 token: {escape(str(exc))}", soft_wrap=True)
        return EXIT_AUTH_FAILED
    sys.stdout.write(token + "\n")
    sys.stdout.flush()
    return 0
