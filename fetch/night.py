"""One `intake fetch` from the top: the lock, then a quiet night decided cheaply, else
the full run.

Most nights nothing is new, and saying so takes each folder's watermark and one SELECT
and one UID SEARCH per folder. The full run (fetch/run.py) needs SQLAlchemy's ORM,
Alembic's schema check, the parsers and the parse pool, whose imports cost more than the
whole quiet night (docs/performance.md, "Start-up"). So a SQLite store is first read with
sqlite3 (store/peek.py), the folders are looked at, and only when something is not
plainly quiet (new UIDs, a changed UIDVALIDITY, a folder the store does not know yet,
post-store actions pending, a schema to upgrade, WAL to switch on, a PostgreSQL store, a
folder that cannot be read, a dropped connection) does the full run start, under the same
lock, on the same logged-in connection (a new one after an error), and do and report
everything as before."""

from __future__ import annotations

import imaplib
from collections.abc import Sequence
from typing import TYPE_CHECKING

from imapclient.exceptions import IMAPClientError

from ..config import Config, ConfigError, ImapConfig
from ..intake.imap.actions import make_action
from ..intake.imap.connection import INSECURE_WARNING, connect, logout_quietly
from ..intake.imap.parsing import ResponseError, new_uids, parse_select, search_criteria
from ..store.peek import fetch_state, head_revision, sqlite_database
from .lock import file_lock, lock_path
from .summary import FetchSummary, account_of

if TYPE_CHECKING:
    from imapclient import IMAPClient

# What makes the cheap look give up and leave the night to the full run, which connects
# again and reports it: the same as fetch/run.py's CONNECTION_LOST, plus server answers.
_HAND_OVER = (imaplib.IMAP4.abort, OSError, IMAPClientError, ResponseError)


def fetch(
    config: Config, *, quiet: bool = False, folders: Sequence[str] | None = None,
    progress: bool = False,
) -> FetchSummary:
    """New IMAP mail into the store under the fetch lock. Raises FetchLockedError or
    ImapError (each one clear line) when the run cannot start."""
    cfg = config.imap
    if cfg is None:
        raise ConfigError("missing table '[imap]' (needed by intake fetch)")
    with file_lock(lock_path(config)):
        client: IMAPClient | None = None
        try:
            looked = quiet_night(config, cfg, folders)
            if isinstance(looked, FetchSummary):
                return looked
            client = looked
            return _full_run(config, quiet=quiet, folders=folders, progress=progress,
                             client=client)
        finally:
            if client is not None:
                logout_quietly(client)


def quiet_night(
    config: Config, cfg: ImapConfig, folders: Sequence[str] | None = None
) -> FetchSummary | IMAPClient | None:
    """The summary of a night with nothing to do, without SQLAlchemy; else the logged-in
    connection to hand to the full run (None: the full run connects itself). Raises
    ImapConnectError / ImapAuthError as the full run's connect would."""
    names = list(folders or cfg.folders)
    db = sqlite_database(config.store_url)
    if db is None:  # PostgreSQL, or a SQLite URL only SQLAlchemy reads
        return None
    state = fetch_state(db, account_of(cfg), names)
    if state is None or state.revision is None or state.revision != head_revision():
        return None  # no store yet, or one Alembic must look at (and maybe upgrade)
    if config.store_sqlite_wal and not state.wal:
        return None  # the full run's engine switches the file to WAL
    if any(n not in state.folders or state.folders[n].pending_actions for n in names):
        return None  # a first night for a folder, or actions to retry
    summary = FetchSummary(folders=names)
    if not cfg.verify_certificate:
        summary.warnings.append(INSECURE_WARNING)
    client = connect(cfg, config.base_dir)
    try:
        for name in names:
            known = state.folders[name]
            # As the full run: EXAMINE unless the after-store action needs write access.
            resp = client.select_folder(name, readonly=not make_action(cfg, name).needs_write)
            if parse_select(resp).uidvalidity != known.uidvalidity:
                return client
            found = client.search(search_criteria(known.last_uid, cfg.since))
            if new_uids(found, known.last_uid):
                return client
    except _HAND_OVER:
        logout_quietly(client)
        return None
    except BaseException:
        logout_quietly(client)
        raise
    logout_quietly(client)
    return summary


def _full_run(
    config: Config, *, quiet: bool, folders: Sequence[str] | None, progress: bool,
    client: IMAPClient | None,
) -> FetchSummary:
    from ..store.db import Store
    from .lock import advisory_lock, lock_account
    from .run import run_fetch

    store = Store(config.store_url, sqlite_wal=config.store_sqlite_wal)
    try:
        with advisory_lock(store, lock_account(config)):
            return run_fetch(config, store, progress=progress, quiet=quiet,
                             folders=folders or None, client=client)
    finally:
        store.close()
