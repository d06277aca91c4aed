"""The nightly fetch: new mail from the configured IMAP folders into the store.

Per folder: SELECT (EXAMINE unless an after-store action needs write access), compare
UIDVALIDITY with the stored state, UID SEARCH above the watermark, then in batches:
a cheap FETCH of sizes and a few headers, a FETCH BODY.PEEK[] of the messages we keep
(parsed at once in the worker processes of parallel.ParsePool while the next batch is
FETCHed), and one transaction per message that stores it, records the UID's outcome and
moves the watermark. UIDs that bring no bytes to store (already in the store by Message-ID
and Date, as `intake import` decides: model.mail_key; left out by the filters, gone from
the server) are recorded together: one transaction per run of such consecutive UIDs, not
one per UID. A run that dies anywhere leaves the store consistent; the next one continues.
"""

from __future__ import annotations

import datetime as dt
import enum
import imaplib
import logging
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from ..config import Config, ConfigError, ImapConfig
from ..intake.imap.actions import ActionUnavailable, NoAction, PostStoreAction, make_action
from ..intake.imap.connection import connect, logout_quietly
from ..intake.imap.parsing import (
    BODY_QUERY,
    HEADER_QUERY,
    META_QUERY,
    MessageFilter,
    MessageMeta,
    ResponseError,
    SelectInfo,
    batches,
    body_of,
    download_chunks,
    header_of,
    imap_origin,
    new_uids,
    parse_meta,
    parse_select,
    search_criteria,
)
from ..model import Reason, mail_key, message_key_for, sha256_of
from ..parallel import Handle, ParsePool
from ..store.db import Store
from ..store.imap_state import (
    ACTION_DONE,
    ACTION_PENDING,
    DUPLICATE,
    FAILED,
    OVERSIZED,
    SKIPPED,
    STORED,
    ImapFolder,
    ImapSeen,
)
from ..store.models import Message, add_reason
from ..store.repository import Parser, apply_parse, mark_failed, roster, store_message
from .summary import FetchSummary, account_of

log = logging.getLogger(__name__)

MAX_FETCH_BYTES = 64 * 1024 * 1024  # one BODY FETCH asks for at most this much
# Message-IDs per IN (...) query: far below any backend's limit on bound parameters
# (SQLite before 3.32: 999), whatever imap.batch_size says.
KEYS_PER_QUERY = 500
# A dropped connection, a killed server, a timeout: the run stops, the next one resumes.
CONNECTION_LOST: tuple[type[BaseException], ...] = (imaplib.IMAP4.abort, OSError)

_TIMING = re.compile(r"\s*\(\d+\.\d+ \+ \d+\.\d+(?: \+ \d+\.\d+)? secs\)")  # Dovecot
MessageHook = Callable[[str, int, str], None]  # folder, uid, outcome; after each commit


class _Plan(enum.Enum):
    DOWNLOAD = "download"
    SKIP = "skip"
    DUPLICATE = "duplicate"
    OVERSIZED = "oversized"
    VANISHED = "vanished"


# Plans whose UID brings nothing to store: recorded in one transaction per run of them.
_NO_BYTES = frozenset((_Plan.SKIP, _Plan.DUPLICATE, _Plan.VANISHED))
# What _record_many inserts per UID (id and seen_at: the column defaults).
_SEEN_COLUMNS = ("account", "folder", "uidvalidity", "uid", "message_key", "size", "subject",
                 "outcome", "error", "action", "action_error", "message_id")


class _Progress:
    """A rich progress bar on a terminal; nothing otherwise."""

    def __init__(self, enabled: bool) -> None:
        self._bar: Progress | None = None
        if enabled:
            self._bar = Progress(
                SpinnerColumn(),
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
                # No refresh thread: the parse pool forks its workers while the bar runs,
                # and a fork beside a thread holding a lock is unsafe. Redrawn on advance.
                auto_refresh=False,
            )
        self._task: Any = None

    @contextmanager
    def running(self) -> Iterator[_Progress]:
        if self._bar is None:
            yield self
            return
        with self._bar:
            yield self

    def folder(self, name: str, total: int) -> None:
        if self._bar is not None:
            self._task = self._bar.add_task(name, total=total)
            self._bar.refresh()

    def advance(self) -> None:
        if self._bar is not None and self._task is not None:
            self._bar.advance(self._task)
            self._bar.refresh()


def make_parser(config: Config) -> Parser:
    """pipeline.make_parser, imported on first use: the parsers' modules (their patterns
    are compiled at import: ~0.5-1 s of CPU) are needed by a run with a message to parse,
    not by one that only records UIDs the store already holds (a first fetch after an
    import, a UIDVALIDITY change) or leaves them out by the filters."""
    from ..pipeline import make_parser as make

    return make(config)


def run_fetch(
    config: Config,
    store: Store,
    *,
    progress: bool = False,
    quiet: bool = False,
    folders: Sequence[str] | None = None,
    on_message: MessageHook | None = None,
    client: IMAPClient | None = None,
) -> FetchSummary:
    """Fetch new mail from every configured folder (or `folders`) into the store.

    Raises ImapConnectError / ImapAuthError when no folder could be read at all; a
    connection lost midway returns a summary with partial=True (exit code 5). `client`
    is an already logged-in connection (tests); `on_message` is called after each UID
    is committed."""
    cfg = config.imap
    if cfg is None:
        raise ConfigError("missing table '[imap]' (needed by intake fetch)")
    summary = FetchSummary(folders=list(folders or cfg.folders))
    if not cfg.verify_certificate:
        from ..intake.imap.connection import INSECURE_WARNING

        summary.warnings.append(INSECURE_WARNING)
    own = client is None
    conn = client if client is not None else connect(cfg, config.base_dir)
    made: list[Parser] = []

    def parser() -> Parser:  # one parser for every folder, made when first needed
        if not made:
            made.append(make_parser(config))
        return made[0]

    msg_filter = MessageFilter(
        subjects=cfg.subject_filter,
        senders=cfg.sender_filter,
        thread_ids=(
            (config.survey.original_message_id,) if config.survey.original_message_id else ()
        ),
    )
    bar = _Progress(progress and not quiet)
    try:
        with bar.running():
            for folder in summary.folders:
                run = _FolderRun(config, cfg, store, conn, folder, parser, msg_filter, summary,
                                 bar, on_message)
                try:
                    run.run()
                except CONNECTION_LOST as exc:
                    summary.partial = True
                    summary.problems.append(f"{folder}: connection lost ({_one_line(exc)})")
                    break
                except (IMAPClientError, ResponseError) as exc:
                    summary.partial = True
                    summary.problems.append(f"{folder}: {_one_line(exc)}")
    finally:
        if own:
            logout_quietly(conn)
    if summary.action_errors:
        summary.partial = True
    return summary


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip()
    if text.startswith(("b'", 'b"')) and text.endswith(("'", '"')):
        text = text[2:-1]
    text = _TIMING.sub("", " ".join(text.split()))
    return text or type(exc).__name__


@dataclass
class _Fetched:
    """One batch as downloaded: what to do with each UID, the bytes, the parses running."""

    batch: list[int]
    metas: dict[int, MessageMeta]
    plans: dict[int, _Plan]
    copies: dict[int, str]  # UID -> the stored key of the mail it is a copy of (DUPLICATE)
    bodies: dict[int, bytes | None]
    headers: dict[int, bytes | None]
    parses: dict[int, Handle]


@dataclass
class _Recorded:
    outcome: str
    kind: str | None = None
    association_id: int | None = None
    parse_status: str | None = None


class _FolderRun:
    def __init__(
        self,
        config: Config,
        cfg: ImapConfig,
        store: Store,
        client: IMAPClient,
        folder: str,
        parser: Callable[[], Parser],
        msg_filter: MessageFilter,
        summary: FetchSummary,
        bar: _Progress,
        on_message: MessageHook | None,
    ) -> None:
        self.config = config
        self.cfg = cfg
        self.store = store
        self.client = client
        self.folder = folder
        self.parser = parser
        self.pool: ParsePool | None = None  # started for the first message to parse
        self._stack = ExitStack()
        self.filter = msg_filter
        self.summary = summary
        self.bar = bar
        self.on_message = on_message
        self.account = account_of(cfg)
        self.action: PostStoreAction = make_action(cfg, folder)
        self.action_checked: bool | None = None  # None: not yet; False: unavailable
        self.action_problem: str | None = None
        self.limit = cfg.max_message_bytes or config.limits.max_message_bytes
        self.state_id = 0
        self.uidvalidity = 0
        # Read once per folder run (a fetch does not change the roster): re-reading it per
        # message was most of a fetch's time on a large roster (docs/performance.md).
        with store.session() as s:
            self.entries = roster(s)

    # -- the folder -------------------------------------------------------------------

    def run(self) -> None:
        try:
            resp = self.client.select_folder(self.folder, readonly=not self.action.needs_write)
        except CONNECTION_LOST:
            raise
        except IMAPClientError as exc:
            raise IMAPClientError(f"cannot open the folder: {_one_line(exc)}") from None
        info = parse_select(resp)
        self.uidvalidity = info.uidvalidity
        last_uid, pending = self._load_state(info)
        if pending:
            self._apply_action(pending, info)
        found = self.client.search(search_criteria(last_uid, self.cfg.since))
        uids = new_uids(found, last_uid)
        uids = self._not_yet_seen(uids)
        self.bar.folder(self.folder, len(uids))
        # Pipelined: while the workers parse batch k, batch k+1 is FETCHed; then batch k
        # is stored (one transaction per message, as before) and its action applied.
        pending: _Fetched | None = None
        with self._stack:
            for batch in batches(uids, self.cfg.batch_size):
                # A connection lost here leaves `pending` unstored: its UIDs are above the
                # watermark, so the next run downloads them again; nothing is lost.
                fetched = self._download(batch)
                if pending is not None:
                    self._finish(pending, info)
                pending = fetched
            if pending is not None:
                self._finish(pending, info)

    def _pool(self) -> ParsePool:
        """The parse pool, started when the first message is to be parsed (its workers
        fork then, with the parser made before the fork), closed at the folder's end."""
        if self.pool is None:
            self.pool = self._stack.enter_context(ParsePool(
                self.parser(), self.entries, timeout=self.config.limits.parse_timeout_seconds))
        return self.pool

    def _finish(self, fetched: _Fetched, info: SelectInfo) -> None:
        done = self._store(fetched)
        if done:
            self._apply_action(done, info)

    def _load_state(self, info: SelectInfo) -> tuple[int, list[int]]:
        with self.store.session() as s:
            state = s.scalar(
                select(ImapFolder).where(
                    ImapFolder.account == self.account, ImapFolder.folder == self.folder
                )
            )
            if state is None:
                state = ImapFolder(account=self.account, folder=self.folder,
                                   uidvalidity=info.uidvalidity, last_uid=0)
                s.add(state)
            elif state.uidvalidity != info.uidvalidity:
                note = (
                    f"{self.folder}: UIDVALIDITY changed ({state.uidvalidity} -> "
                    f"{info.uidvalidity}): reading the folder again; messages already "
                    "stored are recognised by Message-ID / content and not stored twice"
                )
                log.warning(note)
                self.summary.warnings.append(note)
                state.uidvalidity = info.uidvalidity
                state.last_uid = 0
            s.flush()
            self.state_id = state.id
            pending: list[int] = []
            if not isinstance(self.action, NoAction):
                pending = list(s.scalars(
                    select(ImapSeen.uid).where(*self._seen_where(),
                                               ImapSeen.action == ACTION_PENDING)
                    .order_by(ImapSeen.uid)
                ))
            return state.last_uid, pending

    def _seen_where(self) -> tuple[Any, ...]:
        return (
            ImapSeen.account == self.account,
            ImapSeen.folder == self.folder,
            ImapSeen.uidvalidity == self.uidvalidity,
        )

    def _not_yet_seen(self, uids: list[int]) -> list[int]:
        if not uids:
            return uids
        with self.store.session() as s:
            seen = set(s.scalars(
                select(ImapSeen.uid).where(*self._seen_where(), ImapSeen.uid >= uids[0])
            ))
        return [u for u in uids if u not in seen]

    # -- one batch --------------------------------------------------------------------

    def _download(self, batch: list[int]) -> _Fetched:
        """FETCH a batch (sizes and headers, then the bodies we keep) and hand each body
        to the parser processes."""
        metas = parse_meta(self.client.fetch(batch, list(META_QUERY)))
        copies = self._known(metas)
        plans = {uid: self._plan(metas.get(uid), uid in copies) for uid in batch}
        to_download = [u for u in batch if plans[u] is _Plan.DOWNLOAD]
        bodies: dict[int, bytes | None] = {}
        parses: dict[int, Handle] = {}
        sizes = {u: metas[u].size for u in to_download}
        for chunk in download_chunks(to_download, sizes, MAX_FETCH_BYTES):
            answer = self.client.fetch(chunk, list(BODY_QUERY))
            for uid in chunk:
                raw = body_of(answer.get(uid))
                bodies[uid] = raw
                if raw is not None:
                    self.summary.downloaded += 1
                    self.summary.downloaded_bytes += len(raw)
                    parses[uid] = self._pool().submit(raw)
        big = [u for u in batch if plans[u] is _Plan.OVERSIZED]
        headers: dict[int, bytes | None] = {}
        if big:
            answer = self.client.fetch(big, list(HEADER_QUERY))
            headers = {u: header_of(answer.get(u)) for u in big}
        return _Fetched(batch, metas, plans, copies, bodies, headers, parses)

    def _store(self, f: _Fetched) -> list[int]:
        """Store a fetched batch in UID order; returns the UIDs whose bytes are now safely
        stored. A message is one transaction; a run of consecutive UIDs with nothing to
        store is one transaction for all of them (_record_many): on a folder the store
        already holds, a commit per UID (an fsync each on SQLite) was nearly all of the
        run's time (docs/performance.md, "First fetch of a folder already stored")."""
        safe: list[int] = []
        i = 0
        while i < len(f.batch):
            j = i + 1
            if f.plans[f.batch[i]] in _NO_BYTES:
                while j < len(f.batch) and f.plans[f.batch[j]] in _NO_BYTES:
                    j += 1
                done = self._record_many(f.batch[i:j], f)
            else:
                uid = f.batch[i]
                plan = f.plans[uid]
                raw = f.bodies.get(uid) if plan is _Plan.DOWNLOAD else f.headers.get(uid)
                handle = f.parses.get(uid) if plan is _Plan.DOWNLOAD else None
                done = [(uid, self._record(uid, plan, f.metas.get(uid), raw, handle))]
            # only now, after the commit: the hook is told what is safely recorded
            for uid, rec in done:
                self._count(rec)
                if rec.outcome in (STORED, DUPLICATE):
                    safe.append(uid)
                self.bar.advance()
                if self.on_message is not None:
                    self.on_message(self.folder, uid, rec.outcome)
            i = j
        return safe

    def _plan(self, meta: MessageMeta | None, stored: bool) -> _Plan:
        """STORED: the store holds this very mail in full (_known)."""
        if meta is None:
            return _Plan.VANISHED
        if not self.filter.keeps(meta):
            return _Plan.SKIP
        if stored:
            return _Plan.DUPLICATE
        if meta.size is not None and meta.size > self.limit:
            return _Plan.OVERSIZED
        return _Plan.DOWNLOAD

    def _known(self, metas: Mapping[int, MessageMeta]) -> dict[int, str]:
        """UID -> the store key of the mail it is a copy of, for the batch's mail the store
        holds in full (not only the headers of an oversized message). A copy has the
        stored mail's Message-ID and Date; under a stored id with another Date it is
        another mail (a mailer that reuses one id), whose key is the id and its date
        (model.mail_key: the rule `intake import` and store_message follow). One query per
        batch, not one per UID; a second only for a batch holding such a mail. A read: no
        write lock taken, so an import beside the fetch is not held up."""
        ids = {uid: message_key_for(m.message_id, b"")
               for uid, m in metas.items() if m.message_id}
        if not ids:
            return {}
        with self.store.session(readonly=True) as s:
            stored = _stored_dates(s, list(dict.fromkeys(ids.values())))
            dates = {key: when for key, (when, _) in stored.items()}
            # the Date is read only for an id the store holds: a new mail's is not needed
            keys = {uid: mail_key(key, metas[uid].date, dates) if key in dates else key
                    for uid, key in ids.items()}
            reused = [key for uid, key in keys.items() if key != ids[uid]]
            if reused:
                stored.update(_stored_dates(s, list(dict.fromkeys(reused))))
        return {uid: key for uid, key in keys.items() if key in stored and stored[key][1]}

    def _record(
        self, uid: int, plan: _Plan, meta: MessageMeta | None, raw: bytes | None,
        handle: Handle | None = None,
    ) -> _Recorded:
        """One transaction: the message (if any), its UID's outcome, the watermark."""
        origin = imap_origin(self.cfg.host, self.cfg.username, self.folder, self.uidvalidity,
                             uid)
        with self.store.session() as s:
            seen = self._seen(uid, meta)
            rec = self._outcome(s, seen, plan, meta, raw, origin, handle)
            seen.outcome = rec.outcome
            if rec.outcome in (STORED, DUPLICATE) and not isinstance(self.action, NoAction):
                seen.action = ACTION_PENDING
            s.add(seen)
            state = s.get(ImapFolder, self.state_id)
            if state is not None and uid > state.last_uid:
                state.last_uid = uid
        return rec

    def _seen(self, uid: int, meta: MessageMeta | None) -> ImapSeen:
        """UID's row of imap_seen, FAILED until its outcome is known."""
        return ImapSeen(
            account=self.account, folder=self.folder, uidvalidity=self.uidvalidity,
            uid=uid, size=meta.size if meta else None,
            subject=(meta.subject[:2000] if meta else None),
            message_key=None, outcome=FAILED,
        )

    def _record_many(self, uids: list[int], f: _Fetched) -> list[tuple[int, _Recorded]]:
        """One transaction for consecutive UIDs that store no message (duplicate, skipped,
        vanished): their outcomes, then the watermark to the last of them. Crash safety as
        with one transaction per UID: the UIDs before them are committed already (the
        batch is stored in UID order), so the watermark never passes a UID that is not
        recorded; a crash before the commit records none of them, and the next run looks
        at them again. Each outcome is the one _record would give."""
        keys = [f.copies[u] for u in uids if f.plans[u] is _Plan.DUPLICATE]
        out: list[tuple[int, _Recorded]] = []
        seen_rows: list[dict[str, Any]] = []
        with self.store.session() as s:
            # the stored rows looked up again inside the writing transaction, as _outcome
            # does: a message deleted since the plan was made is not pointed at
            ids = _stored_ids(s, keys)
            for uid in uids:
                meta = f.metas.get(uid)
                seen = self._seen(uid, meta)
                rec = self._outcome_without_bytes(seen, f.plans[uid], f.copies.get(uid), ids)
                seen.outcome = rec.outcome
                if rec.outcome == DUPLICATE and not isinstance(self.action, NoAction):
                    seen.action = ACTION_PENDING
                seen_rows.append({c: getattr(seen, c) for c in _SEEN_COLUMNS})
                out.append((uid, rec))
            # one INSERT of plain rows: the ORM's unit of work (a cascade walk and
            # bookkeeping per object) cost more per UID than the rest of this path
            s.execute(insert(ImapSeen), seen_rows)
            state = s.get(ImapFolder, self.state_id)
            if state is not None and uids[-1] > state.last_uid:
                state.last_uid = uids[-1]
        return out

    @staticmethod
    def _outcome_without_bytes(
        seen: ImapSeen, plan: _Plan, key: str | None, ids: dict[str, int]
    ) -> _Recorded:
        """_outcome for a UID with nothing to store; KEY: the stored key of the mail a
        DUPLICATE is a copy of; `ids`: stored key -> row id."""
        if plan is _Plan.VANISHED:
            seen.error = "the message disappeared from the server before it could be read"
            return _Recorded(FAILED)
        if plan is _Plan.SKIP:
            return _Recorded(SKIPPED)
        if key is not None and key in ids:
            seen.message_key, seen.message_id = key, ids[key]
            return _Recorded(DUPLICATE)
        # gone from the store since the plan was made (unlikely); no bytes downloaded
        seen.error = "the server returned no message (expunged meanwhile?)"
        return _Recorded(FAILED)

    def _outcome(
        self, s: Session, seen: ImapSeen, plan: _Plan, meta: MessageMeta | None,
        raw: bytes | None, origin: str, handle: Handle | None = None,
    ) -> _Recorded:
        """_outcome of a UID with bytes to store (DOWNLOAD, OVERSIZED); the plans that
        bring none are recorded by _record_many (_outcome_without_bytes)."""
        if raw is None:
            what = "headers" if plan is _Plan.OVERSIZED else "message"
            seen.error = f"the server returned no {what} (expunged meanwhile?)"
            return _Recorded(FAILED)
        parse = _parsed_by(handle) if handle is not None else self.parser()
        result = store_message(s, raw, origin, parse, self.entries)
        row = result.message
        seen.message_key = row.message_key
        seen.message = row
        if plan is _Plan.OVERSIZED:
            if result.created:
                size = meta.size if meta and meta.size is not None else 0
                row.parse_status = "oversized"
                # only its headers were downloaded: the coordinator reads it in the mail client
                add_reason(row, Reason("headers_only", None,
                                       f"{size / 1e6:.1f} MB > {self.limit / 1e6:.1f} MB"))
                seen.error = f"{size} bytes, over the limit of {self.limit}"
                return _Recorded(OVERSIZED, row.kind, row.association_id, "oversized")
            if row.parse_status == "oversized":
                return _Recorded(OVERSIZED)
            return _Recorded(DUPLICATE)
        if not result.created and row.parse_status == "oversized":
            # the size limit was raised since; parsed by the pool, under its time limit
            _complete_oversized(s, row, raw, _parsed_by(self._pool().submit(raw)))
        elif not result.created:
            return _Recorded(DUPLICATE)
        if row.parse_status == "failed":
            seen.error = "; ".join(row.problem_list) or "parsing failed"
        return _Recorded(STORED, row.kind, row.association_id, row.parse_status)

    def _count(self, rec: _Recorded) -> None:
        sm = self.summary
        sm.looked_at += 1
        if rec.outcome == STORED:
            sm.stored += 1
            sm.by_kind[rec.kind or "other"] += 1
            if rec.kind in ("reply", "auto_reply", "bounce") and rec.association_id is None:
                sm.unmatched += 1
            if rec.parse_status == "failed":
                sm.parse_failed += 1
        elif rec.outcome == DUPLICATE:
            sm.duplicates += 1
        elif rec.outcome == SKIPPED:
            sm.skipped += 1
        elif rec.outcome == OVERSIZED:
            sm.oversized += 1
        else:
            sm.failed += 1

    # -- after-store action -----------------------------------------------------------

    def _apply_action(self, uids: list[int], info: SelectInfo) -> None:
        if isinstance(self.action, NoAction) or not uids:
            return
        if self.action_checked is None:
            try:
                self.action.check(self.client, self.folder, info)
                self.action_checked = True
            except ActionUnavailable as exc:
                self.action_checked = False
                self.action_problem = f"{self.folder}: {exc}"
                self.summary.action_errors.append(self.action_problem)
        if not self.action_checked:
            self._mark_action(uids, error=self.action_problem)
            return
        try:
            self.action.apply(self.client, uids)
        except CONNECTION_LOST:
            raise
        except IMAPClientError as exc:
            text = f"{self.folder}: {self.action.name} failed: {_one_line(exc)}"
            self.summary.action_errors.append(text)
            self._mark_action(uids, error=text)
            return
        self._mark_action(uids, error=None)
        self.summary.actions_done += len(uids)

    def _mark_action(self, uids: list[int], *, error: str | None) -> None:
        """Done, or still pending with the reason (retried on the next run)."""
        values: dict[str, Any] = {"action_error": error}
        if error is None:
            values["action"] = ACTION_DONE
        with self.store.session() as s:
            s.execute(update(ImapSeen).where(*self._seen_where(), ImapSeen.uid.in_(uids))
                      .values(**values))


def _stored_ids(s: Session, keys: Sequence[str]) -> dict[str, int]:
    """Stored key -> row id for those of KEYS the store holds, KEYS_PER_QUERY keys per
    query."""
    found: dict[str, int] = {}
    for k in range(0, len(keys), KEYS_PER_QUERY):
        q = select(Message.message_key, Message.id).where(
            Message.message_key.in_(keys[k:k + KEYS_PER_QUERY]))
        found.update((key, row_id) for key, row_id in s.execute(q))
    return found


def _stored_dates(s: Session, keys: Sequence[str]
                  ) -> dict[str, tuple[dt.datetime | None, bool]]:
    """Stored key -> (its mail's date, held in full: not only the headers of an oversized
    message) for those of KEYS the store holds, KEYS_PER_QUERY keys per query. The
    oversized rows are kept (not filtered out as before): their dates still decide whether
    a mail under their Message-ID is another mail."""
    found: dict[str, tuple[dt.datetime | None, bool]] = {}
    for k in range(0, len(keys), KEYS_PER_QUERY):
        q = select(Message.message_key, Message.sent_at, Message.parse_status).where(
            Message.message_key.in_(keys[k:k + KEYS_PER_QUERY]))
        found.update((key, (when, status != "oversized")) for key, when, status in s.execute(q))
    return found


def _parsed_by(handle: Handle) -> Parser:
    """store_message's parser for a message the pool has parsed (or failed on)."""

    def parse(_raw: bytes, _entries: list[Any]) -> Any:
        out = handle.result()
        if isinstance(out, BaseException):
            raise out
        return out

    return parse


def _complete_oversized(s: Session, row: Message, raw: bytes, parse: Parser) -> None:
    """A message first recorded from its headers, now downloaded whole: keep the bytes."""
    row.raw, row.size, row.sha256 = raw, len(raw), sha256_of(raw)
    try:
        apply_parse(row, parse(raw, roster(s)))
    except Exception as exc:  # as store_message: the bytes are kept, the row flagged
        mark_failed(row, exc)


def failures(session: Session, account: str | None = None) -> list[ImapSeen]:
    """UIDs whose message could not be stored in full (failed, oversized), or that were
    stored raw because parsing failed, newest first: what `intake fetch --failures` lists."""
    q = (
        select(ImapSeen)
        .outerjoin(Message, ImapSeen.message_id == Message.id)
        .where(
            (ImapSeen.outcome.in_((FAILED, OVERSIZED)))
            | ((ImapSeen.outcome == STORED) & (Message.parse_status == "failed"))
            | (ImapSeen.action_error.is_not(None))
        )
        .order_by(ImapSeen.seen_at.desc(), ImapSeen.id.desc())
    )
    if account is not None:
        q = q.where(ImapSeen.account == account)
    return list(session.scalars(q))
