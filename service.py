"""Plain functions behind the CLI commands: open the store, import, reparse, correct.

The CLI only parses arguments and prints; everything it does is callable from here."""

from __future__ import annotations

import collections
import datetime as dt
import getpass
import queue
import re
import sys
import tempfile
import threading
import tomllib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool, QueuePool

from .config import Config, example_config_path, parse_config
from .model import BadValue, Refusal, mail_key, message_key, quick_date
from .reports.labels import Labels
from .store.bulk import (
    BulkItem,
    BulkOutcome,
    apply_results,
    insert_messages,
    message_ids,
    raws_of,
    stored_dates,
)
from .store.db import Store, session_scope
from .store.models import Association, Correction, Message
from .store.records import AssociationRecord, SurveyState, build_state
from .store.repository import (
    RosterImportResult,
    add_correction,
    association_by_name,
    message_by_ref,
    rematch_ids,
    roster,
    upsert_roster,
)

if TYPE_CHECKING:
    from .fetch.run import FetchSummary
    from .intake.sources import SourceError

# The parsers, the mail decoder, the attachment readers and the parse pool are imported by the
# use cases that parse (import, reparse, roster import, `set` of a yes/no answer), not
# here: `intake status`, `export`, `report` and the review pages never parse a message,
# and these imports cost them ~0.1-0.15 s (docs/performance.md, "Start-up").


def __getattr__(name: str) -> Any:
    """pipeline's make_parser and parse_message, re-exported as before, loaded on use."""
    if name in ("make_parser", "parse_message"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def fetch(config: Config, *, quiet: bool = False,
          folders: Sequence[str] | None = None) -> FetchSummary:
    """One `intake fetch`: new IMAP mail into the store under the fetch lock (a quiet
    night without opening the store through SQLAlchemy: fetch/night.py). Raises
    FetchLockedError or ImapError (each one clear line) when the run cannot start."""
    from .fetch.night import fetch as fetch_night

    return fetch_night(config, quiet=quiet, folders=folders,
                       progress=not quiet and sys.stderr.isatty())


def open_store(config: Config) -> Store:
    return Store(config.store_url, sqlite_wal=config.store_sqlite_wal)


@contextmanager
def store_session(config: Config, *, readonly: bool = False) -> Iterator[Session]:
    with session_scope(config.store_url, readonly=readonly,
                       sqlite_wal=config.store_sqlite_wal) as s:
        yield s


@dataclass
class ImportSummary:
    seen: int = 0
    stored: int = 0
    duplicates: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    failed: int = 0
    errors: list[str] = field(default_factory=list)  # sources that could not be read at all
    unreadable: list[SourceError] = field(default_factory=list)  # the same, with codes


def import_roster(config: Config, path: Path) -> tuple[RosterImportResult, list[tuple[int, str]]]:
    """The roster from PATH. When it changes who holds an address (shared now, moved, added,
    taken away), the stored mail that address may decide is matched again (a reparse of
    those messages only: `result.rematched`), so a reply stored before its address became
    shared is flagged or goes to the holder it names, like one arriving now."""
    from .intake.roster import read_roster

    read = read_roster(path)
    with store_session(config) as s:
        result = upsert_roster(s, read.rows)
        ids = rematch_ids(s, result.changed_addresses, result.changed_holders)
    if ids:
        result.rematched = reparse(config, ids=ids)
    return result, read.skipped


@dataclass(frozen=True)
class AssociationView:
    name: str
    emails: list[str]
    org_number: str | None
    ref: str | None


def list_associations(config: Config) -> list[AssociationView]:
    with store_session(config) as s:
        rows = s.scalars(select(Association).order_by(Association.roster_order))
        return [AssociationView(a.name, a.addresses, a.org_number, a.ref) for a in rows]


IMPORT_BATCH = 50  # messages per commit: a commit costs more than parsing a mail


def _new_messages(
    store: Store, paths: list[Path], summary: ImportSummary
) -> Iterator[tuple[tuple[str, str], bytes]]:
    """((key, origin), raw) of each message not stored yet: one existence query per
    IMPORT_BATCH messages, and a message met twice in this run is parsed once."""
    met: dict[str, dt.datetime | None] = {}  # key -> its mail's date
    chunk: list[tuple[str, str, bytes]] = []

    def flush() -> Iterator[tuple[tuple[str, str], bytes]]:
        with store.session(readonly=True) as r:  # short: no lock held while parsing
            stored = stored_dates(r, (k for k, _, _ in chunk))
            # A Message-ID that another mail with another date holds already (a mailer
            # that reuses one): this mail's own key is the id and its date.
            keys: list[tuple[str, dt.datetime | None]] = []
            here: dict[str, dt.datetime | None] = {}
            for key, _, raw in chunk:
                when = quick_date(raw)
                key = mail_key(key, when, collections.ChainMap(stored, met, here))
                here.setdefault(key, when)
                keys.append((key, when))
            stored.update(stored_dates(r, (k for k, _ in keys if k not in stored)))
        for (key, when), (_, origin, raw) in zip(keys, chunk, strict=True):
            if key in stored or key in met:
                summary.duplicates += 1
                continue
            met[key] = when
            yield (key, origin), raw
        chunk.clear()

    from .intake.sources import SourceError, iter_sources

    for item in iter_sources(paths):
        if isinstance(item, SourceError):
            summary.errors.append(f"{item.origin}: {item.reason}")
            summary.unreadable.append(item)
            continue
        origin, raw = item
        summary.seen += 1
        chunk.append((message_key(raw), origin, raw))
        if len(chunk) >= IMPORT_BATCH:
            yield from flush()
    yield from flush()


def _store_batch(store: Store, batch: list[BulkItem]) -> list[BulkOutcome]:
    # One short write transaction per batch: the write lock is held while writing, not
    # while parsing, so a nightly fetch or a second import waits milliseconds, not minutes.
    with store.session() as w:
        return insert_messages(w, batch)


def _tally(summary: ImportSummary, outcomes: list[BulkOutcome]) -> None:
    for out in outcomes:
        if not out.created:  # a concurrent import stored it first
            summary.duplicates += 1
            continue
        summary.stored += 1
        summary.by_kind[out.kind] = summary.by_kind.get(out.kind, 0) + 1
        if out.parse_status == "failed":
            summary.failed += 1


class _BatchWriter:
    """Writes the import's batches in order, one transaction each, in a thread of its own
    when THREADED: a batch's commit waits for the disk (an fsync of the journal and of the
    database, 10-80 ms on a shared disk), and while the calling thread waited there it
    handed the parse workers no new messages, so both ran dry after their few messages in
    flight (docs/performance.md, "Import (round 8)"). sqlite3 and psycopg release the GIL
    while they wait. At most one batch waits while another is written, so memory stays
    bounded. The calling thread alone touches the summary (the outcomes come back through
    a deque). After a failed write nothing more is written (as when the import stopped
    at it); the error is raised in the calling thread at the next batch or at close."""

    def __init__(self, store: Store, summary: ImportSummary, *, threaded: bool) -> None:
        self._store, self._summary = store, summary
        self._written: collections.deque[list[BulkOutcome]] = collections.deque()
        self._error: BaseException | None = None
        self._queue: queue.Queue[list[BulkItem] | None] = queue.Queue(maxsize=1)
        self._thread = (threading.Thread(target=self._run, name="intake-import-writer",
                                         daemon=True) if threaded else None)
        if self._thread is not None:
            self._thread.start()

    def _run(self) -> None:
        while (batch := self._queue.get()) is not None:
            if self._error is None:
                try:
                    self._written.append(_store_batch(self._store, batch))
                except BaseException as exc:  # raised again in the calling thread
                    self._error = exc

    def _settle(self) -> None:
        while self._written:
            _tally(self._summary, self._written.popleft())
        if self._error is not None:
            raise self._error

    def put(self, batch: list[BulkItem]) -> None:
        self._settle()
        if self._thread is None:
            _tally(self._summary, _store_batch(self._store, batch))
        else:
            self._queue.put(batch)  # waits while one batch waits and another is written

    def close(self, *, raising: bool = True) -> None:
        """Write what was handed over (also when the import stops on an error or an
        interrupt: those batches are whole), then count it; RAISING: and raise a failed
        write's error."""
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join()
        if raising:
            self._settle()


def _threads_may_share(store: Store) -> bool:
    """A second thread gets connections of its own to the same database (a file SQLite or
    a server); an in-memory SQLite store is one connection per thread (another database
    for the writer thread), so it is written from the calling thread."""
    return isinstance(store.engine.pool, (QueuePool, NullPool))


def import_paths(config: Config, paths: list[Path]) -> ImportSummary:
    """Store every message under `paths`: parsed across the cores (parallel.ParsePool),
    written in batches of IMPORT_BATCH, each one commit, by a writer thread while the
    next messages are parsed (_BatchWriter). An interrupted import keeps every finished
    batch; a rerun skips what is stored and redoes the rest (the files are still there),
    so nothing is lost or doubled."""
    from .parallel import ParsePool
    from .pipeline import make_parser

    summary = ImportSummary()
    parse = make_parser(config)
    limit = config.limits.parse_timeout_seconds
    store = open_store(config)
    try:
        with store.session(readonly=True) as r:
            entries = roster(r)  # once per import, not once per message
        batch: list[BulkItem] = []
        with ParsePool(parse, entries, timeout=limit) as pool:
            # In-process parsing (SVARSINKORG_PARSE_WORKERS=0) keeps the writes in this
            # thread too: nothing would be parsed while they wait.
            writer = _BatchWriter(store, summary,
                                  threaded=pool.workers > 0 and _threads_may_share(store))
            try:
                for (key, origin), raw, outcome in pool.map(
                        _new_messages(store, paths, summary)):
                    batch.append(BulkItem(key, raw, origin, outcome))
                    if len(batch) >= IMPORT_BATCH:
                        writer.put(batch)
                        batch = []
                if batch:
                    writer.put(batch)
            except BaseException:
                writer.close(raising=False)  # what stopped the import is what is raised
                raise
            writer.close()
    finally:
        store.close()
    return summary


REPARSE_BATCH = 200  # per commit: a long reparse neither holds the write lock for minutes
                     # nor all mail in memory


def reparse(config: Config, *, ids: Sequence[int] | None = None) -> int:
    """Parse every stored message again (or only IDS), across the cores, committing every
    batch. Reads and writes are short transactions of their own: no lock is held while
    parsing."""
    from .parallel import ParsePool
    from .pipeline import make_parser

    parse = make_parser(config)
    limit = config.limits.parse_timeout_seconds
    store = open_store(config)
    count = 0
    try:
        with store.session(readonly=True) as r:
            entries = roster(r)
            ids = message_ids(r) if ids is None else sorted(ids)

        def raws() -> Iterator[tuple[int, bytes]]:
            for start in range(0, len(ids), REPARSE_BATCH):
                with store.session(readonly=True) as r:
                    rows = raws_of(r, ids[start : start + REPARSE_BATCH])
                yield from rows

        done: list[tuple[int, Any]] = []
        with ParsePool(parse, entries, timeout=limit) as pool:
            for mid, _raw, outcome in pool.map(raws()):
                done.append((mid, outcome))
                count += 1
                if len(done) >= REPARSE_BATCH:
                    with store.session() as w:
                        apply_results(w, done)
                    done.clear()
        with store.session() as w:
            apply_results(w, done)
    finally:
        store.close()
    return count


def survey_state(config: Config) -> SurveyState:
    with store_session(config, readonly=True) as s:
        return build_state(s, config.survey)


def export(config: Config, fmt: str, path: Path) -> None:
    from .reports.export import write_export

    write_export(fmt, path, config.survey, survey_state(config), Labels.for_survey(config.survey))


def default_author(config: Config) -> str:
    """Whom a correction is recorded under when nobody signed in: [serve] user, else the
    login name of whoever runs the command."""
    if config.serve.user:
        return config.serve.user
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (some containers)
        return "?"


# --- corrections: the one path for `intake assign`/`set` and the review pages ----------
#
# The *_in functions work inside the caller's session (the review page checks for a stale
# edit and saves in one transaction); the config-level ones open a session of their own.
# Either way the same normaliser, the same "before" and the same corrections table.


_INNER_BLANKS = re.compile(r"(?<=\S)[ \t]+")


def clean_text(value: str | None) -> str | None:
    """A typed answer as stored: CRLF to LF, runs of spaces inside a line to one (a line's
    indent kept), trailing blanks and outer blank lines gone, runs of blank lines to one:
    line breaks and paragraphs kept. Empty means "not answered"."""
    if value is None:
        return None
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_INNER_BLANKS.sub(" ", ln).rstrip() for ln in text.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return text or None


def lock_for_correction(s: Session, *, association_id: int | None = None,
                        message_id: int | None = None) -> None:
    """Hold the row a correction is about until the transaction ends, so a check made
    after this (the review page's stale-edit token) still holds when the write lands. On
    PostgreSQL a row lock (SELECT ... FOR UPDATE; READ COMMITTED alone lets two savers both
    pass the check); SQLite's writer already began IMMEDIATE, which serialises writers."""
    if s.get_bind().dialect.name == "sqlite":
        return
    if association_id is not None:
        s.execute(select(Association.id).where(Association.id == association_id)
                  .with_for_update())
    if message_id is not None:
        s.execute(select(Message.id).where(Message.id == message_id).with_for_update())


def message_association_in_force(s: Session, message_id: int) -> int | None:
    """The association a message belongs to now: as assigned by hand, else as parsed."""
    hand = s.scalars(select(Correction).where(Correction.kind == "assign",
                                              Correction.message_id == message_id)).first()
    if hand is not None:
        return (hand.value or {}).get("value")
    return s.scalar(select(Message.association_id).where(Message.id == message_id))


def assign_in(s: Session, message_id: int, association: str | None,
              author: str) -> Association | None:
    """Move a message to an association (a roster name, prefix or id), or with None to
    "not survey mail". LookupError if the roster has no such association."""
    before = message_association_in_force(s, message_id)
    if association is None:
        add_correction(s, "assign", message_id=message_id, value=None, author=author,
                       before=before)
        return None
    assoc = association_by_name(s, association)
    if assoc is None:
        raise Refusal("no_association", f"no association {association!r} in the roster",
                      name=association)
    add_correction(s, "assign", message_id=message_id, value=assoc.id, author=author,
                   before=before)
    return assoc


def set_in(s: Session, rec: AssociationRecord, key: str, value: Any, author: str) -> None:
    """Record a person's value for KEY (already parsed, see parse_manual_value) on the
    association REC is the record of; "before" is what the record said until now."""
    add_correction(s, "set", association_id=rec.id, key=key, value=value, author=author,
                   before=_value_in_force(rec, key))


def approve_in(s: Session, association_id: int, author: str) -> None:
    """Mark a record reviewed: it leaves the review queue until new mail flags it."""
    add_correction(s, "set", association_id=association_id, key="reviewed", value=True,
                   author=author)


def record_of(s: Session, config: Config, association_id: int) -> AssociationRecord:
    return next(r for r in build_state(s, config.survey).associations
                if r.id == association_id)


def assign(config: Config, message_ref: str, association: str,
           author: str | None = None) -> str:
    who = author or default_author(config)
    with store_session(config) as s:
        msg = message_by_ref(s, message_ref)
        if msg is None:
            raise Refusal("no_message", f"no stored message {message_ref!r}", ref=message_ref)
        lock_for_correction(s, message_id=msg.id)
        target = None if association.lower() in ("none", "ingen") else association
        assoc = assign_in(s, msg.id, target, who)
        t = Labels.for_survey(config.survey)
        if assoc is None:
            return t("assigned_none", id=msg.id)
        first = s.get(Association, msg.association_id) \
            if msg.association_id not in (None, assoc.id) else None
        if first is not None and str(assoc.id) in (msg.section_answers or {}) \
                and msg.kind == "reply" and any(
                    isinstance(a, dict) and a.get("value") is not None
                    for a in (msg.answers or {}).values()):
            # moved to the association of one of its sections (store/records.py): say
            # where each section's answers are now
            return t("assigned_to_section", id=msg.id, name=assoc.name, first=first.name)
        return t("assigned_to", id=msg.id, name=assoc.name)


_SPECIAL_KEYS = ("status", "wants_interview", "bounced", "reviewed")


def parse_manual_value(config: Config, key: str, value: str) -> Any:
    if value.lower() in ("null", "none", ""):
        return None
    if key == "status":
        if value not in ("responded", "late", "no_response"):
            raise BadValue("bad_status", "status must be responded, late or no_response")
        return value
    is_bool = key in ("wants_interview", "bounced", "reviewed") or (
        key in config.survey.keys and config.survey.question(key).kind == "yes_no")
    if is_bool:
        from .parsers.yes_no import parse_yes_no

        answer = parse_yes_no(value)
        if answer.value is None:
            raise BadValue("bad_yes_no", f"{key} takes ja/nej (yes/no), got {value!r}",
                           key=key, value=value)
        return answer.value
    return clean_text(value)


def _value_in_force(rec: AssociationRecord, key: str) -> Any:
    """What a record says for KEY now (for the correction history's "old")."""
    if key in rec.answers:
        return rec.answers[key]
    return {"status": rec.status, "wants_interview": rec.wants_interview,
            "bounced": rec.bounced}.get(key)


def set_value(config: Config, association: str, key: str, value: str,
              author: str | None = None) -> str:
    if key not in config.survey.keys and key not in _SPECIAL_KEYS:
        keys = ", ".join([*config.survey.keys, *_SPECIAL_KEYS])
        raise Refusal("unknown_key", f"unknown key {key!r}: use one of {keys}",
                      key=key, keys=keys)
    parsed = parse_manual_value(config, key, value)
    with store_session(config) as s:
        assoc = association_by_name(s, association)
        if assoc is None:
            raise Refusal("no_association", f"no association {association!r} in the roster",
                          name=association)
        lock_for_correction(s, association_id=assoc.id)
        set_in(s, record_of(s, config, assoc.id), key, parsed,
               author or default_author(config))
        t = Labels.for_survey(config.survey)
        shown = t("value_cleared") if parsed is None else (
            t.yes_no(parsed) if isinstance(parsed, bool) else str(parsed))
        return t("value_set", name=assoc.name, key=key, value=shown)


def approve(config: Config, association: str, author: str | None = None) -> str:
    """Mark an association's record reviewed (the review page's *Spara och godkänn*)."""
    with store_session(config) as s:
        assoc = association_by_name(s, association)
        if assoc is None:
            raise Refusal("no_association", f"no association {association!r} in the roster",
                          name=association)
        approve_in(s, assoc.id, author or default_author(config))
        return assoc.name


def undo_correction(config: Config, correction: int, author: str | None = None) -> str:
    """Take back one correction (its number from the history); what was in force before
    it holds again."""
    from .store.repository import undo_correction as undo

    with store_session(config) as s:
        event = undo(s, correction, author or default_author(config))
        return Labels.for_survey(config.survey)("correction_undone", id=event.id)


def db_engine_and_url(config: Config) -> tuple[Any, str]:
    """`intake db`: an engine on the store (no schema upgrade: the command does that on
    purpose) and its URL as shown to a person (no password)."""
    from sqlalchemy.engine import make_url

    from .store.db import make_engine

    url = config.store_url
    return make_engine(url), make_url(url).render_as_string(hide_password=True)


def write_report(config: Config, path: Path, when: dt.datetime | None = None) -> Path:
    """`intake report`: the HTML report from the store's records and reminder facts."""
    from .reminders.service import now
    from .reports.html import render_report
    from .store.reminder_history import load_history

    with session_scope(config.store_url) as s:
        state = build_state(s, config.survey)
        histories = load_history(s)
    html = render_report(config.survey, state, histories, when or now(),
                         Labels.for_survey(config.survey))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(path)
    return path


def examples_dir() -> Path:
    return Path(__file__).with_name("examples")


def run_demo(output: Path | None) -> dict[str, Any]:
    """The whole job on the shipped examples, in a temporary SQLite store."""
    tmp = Path(tempfile.mkdtemp(prefix="intake-demo-"))
    raw = tomllib.loads(example_config_path().read_text(encoding="utf-8"))
    raw["store"] = {"url": f"sqlite:///{tmp / 'demo.db'}"}
    config = parse_config(raw, tmp / "config.toml")
    roster_result, _ = import_roster(config, examples_dir() / "roster.csv")
    summary = import_paths(config, [examples_dir() / "replies"])
    xlsx = output or Path("intake-demo.xlsx")
    export(config, "xlsx", xlsx)
    text = Labels.for_survey(config.survey)(
        "demo_summary", path=tmp / "demo.db", added=roster_result.added, stored=summary.stored)
    return {"config": config, "summary": text, "xlsx": xlsx.resolve(), "store": tmp}
