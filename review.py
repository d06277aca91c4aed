"""Review use cases shared by `intake serve` and the CLI: the review queue, one item with
what a person needs to judge it, saving their word (with stale-edit detection), undo, an
association's page and a message's.

Every correction goes through service.assign_in / set_in / approve_in, as `intake set`
and `intake assign` do: the same table, kept across reparse, with author and time."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Integer, Text, cast, func, or_, select
from sqlalchemy.orm import Session

from . import service
from .config import Config, Survey
from .model import Reason, Refusal
from .service import clean_text, default_author, store_session
from .store.db import Store
from .store.models import Association, AssociationEmail, Correction, CorrectionEvent, Message
from .store.records import (
    IN_SECTION,
    AssociationRecord,
    MessageSummary,
    SurveyState,
    build_state,
)
from .store.repository import undo_correction


@contextmanager
def _session(config: Config, store: Store | None, *,
             readonly: bool = False) -> Iterator[Session]:
    """The app's open store (one engine for the server's life), else one for this call.
    READONLY for every page load: on SQLite it begins DEFERRED, so viewing a page never
    takes the write lock a nightly fetch or a colleague's save is waiting for."""
    if store is None:
        with store_session(config, readonly=readonly) as s:
            yield s
    else:
        with store.session(readonly=readonly) as s:
            yield s


# --- the queue ------------------------------------------------------------------------


@dataclass
class QueueItem:
    """One screen of the review queue: an association whose record needs a look, or a
    message that belongs to nobody yet. REF names it in URLs ("a12", "m34")."""

    ref: str
    kind: str  # "association" | "message"
    association_id: int | None
    message_id: int | None  # the message shown first
    title: str
    date: dt.datetime | None
    reasons: list[Reason | str] = field(default_factory=list)  # labels.reason() words them
    message_ids: list[int] = field(default_factory=list)  # the flagged messages
    # Beside each reason, the mail it is about (None: the record's own), so a screen that
    # shows one of several mails can say which reason belongs to which.
    reason_messages: list[int | None] = field(default_factory=list)

    def reasons_with_mail(self) -> list[tuple[Reason | str, int | None]]:
        pad = [None] * (len(self.reasons) - len(self.reason_messages))
        return list(zip(self.reasons, [*self.reason_messages, *pad], strict=True))


_FAR = dt.datetime.max.replace(tzinfo=dt.UTC)


def review_queue(state: SurveyState) -> list[QueueItem]:
    """Oldest first: the item whose flagged mail came first waits longest."""
    owner = {m.id: r for r in state.associations for m in r.messages}
    items: dict[str, QueueItem] = {}

    def touch(item: QueueItem, m: MessageSummary, why: Reason | str) -> None:
        if why and why not in item.reasons:
            item.reasons.append(why)
            item.reason_messages.append(m.id)
        if m.id not in item.message_ids:
            item.message_ids.append(m.id)
        if m.date is not None and (item.date is None or m.date < item.date):
            item.date = m.date
            item.message_id = m.id

    for what, m, why in state.review:
        if m is None:
            continue
        rec = owner.get(m.id) if what != "unmatched" else None
        if rec is None:
            ref = f"m{m.id}"
            item = items.setdefault(ref, QueueItem(ref, "message", None, m.id,
                                                   m.from_addr or m.subject or ref, m.date))
        else:
            ref = f"a{rec.id}"
            item = items.setdefault(ref, QueueItem(ref, "association", rec.id, m.id,
                                                   rec.name, m.date))
        touch(item, m, why)
    # A record can need review without a flagged message (an ambiguous answer left over),
    # or without any mail of its own (named in another's reply: that mail is shown).
    for rec in state.associations:
        ref = f"a{rec.id}"
        shown = rec.messages or [m for m, _why in rec.named_in]
        if rec.needs_review and ref not in items and shown:
            last = shown[-1]
            items[ref] = QueueItem(ref, "association", rec.id, last.id, rec.name, last.date,
                                   list(rec.reasons), [last.id], [None] * len(rec.reasons))
        elif ref in items:
            for why in rec.reasons:
                if why not in items[ref].reasons:
                    items[ref].reasons.append(why)
                    items[ref].reason_messages.append(None)
    return sorted(items.values(), key=lambda i: (i.date or _FAR, i.ref))


def load_queue(config: Config, store: Store | None = None,
               state: SurveyState | None = None) -> list[QueueItem]:
    if state is not None:
        return review_queue(state)
    with _session(config, store, readonly=True) as s:
        return review_queue(build_state(s, config.survey))


# --- one item -------------------------------------------------------------------------


@dataclass(frozen=True)
class MessageDetail:
    """A stored message as the review screen shows it (the raw bytes for the mail pane)."""

    id: int
    raw: bytes
    origin: str
    from_addr: str | None
    from_name: str | None
    subject: str | None
    date: dt.datetime | None
    kind: str
    kind_reason: str | None
    parse_status: str
    problems: list[Reason]
    answers: dict[str, Any]  # key -> parsed value
    raw_answers: dict[str, Any]  # key -> the text it came from
    answer_sources: dict[str, Any]
    wants_interview: bool
    parsed_association_id: int | None
    association_id: int | None  # in force: parsed, or as assigned by hand
    assigned_by_hand: bool
    match_method: str | None
    match_detail: str | None


def _aware(when: dt.datetime | None) -> dt.datetime | None:
    if when is not None and when.tzinfo is None:
        return when.replace(tzinfo=dt.UTC)
    return when


def _message_detail(s: Session, message_id: int) -> MessageDetail | None:
    m = s.get(Message, message_id)
    if m is None:
        return None
    hand = s.scalars(select(Correction).where(Correction.kind == "assign",
                                              Correction.message_id == m.id)).first()
    assigned = (hand.value or {}).get("value") if hand is not None else m.association_id
    answers = {k: a.get("value") for k, a in (m.answers or {}).items() if isinstance(a, dict)}
    raws = {k: a.get("raw") for k, a in (m.answers or {}).items() if isinstance(a, dict)}
    sources = {k: a.get("source") for k, a in (m.answers or {}).items() if isinstance(a, dict)}
    return MessageDetail(
        id=m.id, raw=m.raw, origin=m.origin, from_addr=m.from_addr, from_name=m.from_name,
        subject=m.subject, date=_aware(m.sent_at), kind=m.kind, kind_reason=m.kind_reason,
        parse_status=m.parse_status, problems=m.reason_list, answers=answers,
        raw_answers=raws, answer_sources=sources, wants_interview=m.wants_interview,
        parsed_association_id=m.association_id, association_id=assigned,
        assigned_by_hand=hand is not None, match_method=m.match_method,
        match_detail=m.match_detail)


@dataclass(frozen=True)
class SectionShown:
    """An association's own section of another association's mail (one writer's mail with
    a section per association), whose answers its record takes: shown beside the record."""

    message_id: int
    sender: str
    text: str  # its head and lines as written ("" when it is only files)
    files: tuple[str, ...] = ()  # attached files named after the association


def _sections_shown(s: Session, rec: AssociationRecord) -> list[SectionShown]:
    """REC's sections in other mail, for the ones its record takes answers from
    (answers_in_section): the words the parse kept (Message.problems' "section_texts")."""
    out: list[SectionShown] = []
    for m, why in rec.named_in:
        if why.code != IN_SECTION or any(x.message_id == m.id for x in out):
            continue
        problems = s.scalar(select(Message.problems).where(Message.id == m.id)) or {}
        texts = problems.get("section_texts") if isinstance(problems, dict) else None
        mine = texts.get(str(rec.id)) if isinstance(texts, dict) else None
        if not isinstance(mine, dict):
            continue  # parsed before the words were kept: the mail pane shows it whole
        files = tuple(str(f) for f in mine.get("files") or () if f)
        text = str(mine.get("text") or "")
        if text or files:
            out.append(SectionShown(m.id, m.from_addr or "?", text, files))
    return out


@dataclass
class ItemView:
    ref: str
    kind: str  # "association" | "message"
    item: QueueItem | None  # None once it has left the queue (still viewable)
    position: int | None  # 0-based place in the queue
    queue: list[QueueItem]
    record: AssociationRecord | None  # the association's record (association items)
    message: MessageDetail | None  # the message shown
    messages: list[MessageSummary]  # every message of the item
    values: dict[str, Any]  # what the form shows: question key -> value, "wants_interview"
    token: str  # the version of what the form shows (stale-edit detection)
    names: list[str]  # the roster, for the association field
    # the association's own sections of others' mail its answers come from (to confirm)
    sections: list[SectionShown] = field(default_factory=list)

    @property
    def previous_ref(self) -> str | None:
        if self.position is None or self.position == 0:
            return None
        return self.queue[self.position - 1].ref

    @property
    def next_ref(self) -> str | None:
        if self.position is None:
            return self.queue[0].ref if self.queue else None
        following = self.queue[self.position + 1:]
        return following[0].ref if following else None

    @property
    def confirmable(self) -> int | None:
        """The shown mail, when it is this association's and its item asks whether it
        really is (matched by a name only, a display name with another address, a forward
        of someone else's): "Bekräfta" settles just that (an assign to where it is)."""
        if self.kind != "association" or self.item is None or self.message is None \
                or self.record is None or self.message.association_id != self.record.id:
            return None
        shown = self.message.id
        doubts = [r for r, mid in self.item.reasons_with_mail() if mid == shown
                  and not isinstance(r, str) and r.code in CONFIRMABLE]
        return shown if doubts else None


def _token(payload: Mapping[str, Any]) -> str:
    text = json.dumps(payload, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def record_values(survey: Survey, rec: AssociationRecord) -> dict[str, Any]:
    values = {k: rec.answers.get(k) for k in survey.keys}
    values["wants_interview"] = rec.wants_interview
    values["status"] = rec.status  # as derived, or as a person set it
    return values


def record_token(survey: Survey, rec: AssociationRecord) -> str:
    """Changes when anything the review form shows or rests on changes: an answer (by a
    correction or a new message), the interview wish, the status, the messages."""
    return _token({"values": record_values(survey, rec), "status": rec.status,
                   "messages": [m.id for m in rec.messages]})


def message_values(survey: Survey, m: MessageDetail) -> dict[str, Any]:
    values = {k: m.answers.get(k) for k in survey.keys}
    values["wants_interview"] = m.wants_interview
    return values


def message_token(survey: Survey, m: MessageDetail) -> str:
    return _token({"values": message_values(survey, m), "association": m.association_id,
                   "kind": m.kind})


# The doubts about who sent the shown mail that "this association" answers (forwarded_here
# is about another association's mail: moving it is the answer there).
CONFIRMABLE = frozenset({"match_by_name", "sender_mismatch", "forward_of_other",
                         "sent_for_other", "shared_address",
                         "about_names_other"})


class NotFound(LookupError):
    """No such association, message or queue item."""


def parse_ref(ref: str) -> tuple[str, int]:
    m = re.fullmatch(r"([am])([0-9]{1,12})", ref)
    if m is None:
        raise NotFound(f"no review item {ref!r}")
    return ("association" if m.group(1) == "a" else "message"), int(m.group(2))


def _item_view(s: Session, survey: Survey, state: SurveyState, ref: str,
               message_id: int | None = None) -> ItemView:
    kind, ident = parse_ref(ref)
    queue = review_queue(state)
    position = next((i for i, it in enumerate(queue) if it.ref == ref), None)
    item = queue[position] if position is not None else None
    names = [r.name for r in state.associations]
    if kind == "association":
        rec = next((r for r in state.associations if r.id == ident), None)
        if rec is None:
            raise NotFound(f"no association {ident}")
        own = {m.id for m in rec.messages}
        shown = message_id if message_id in own else (
            item.message_id if item is not None else (rec.messages[-1].id if rec.messages
                                                      else None))
        detail = _message_detail(s, shown) if shown is not None else None
        return ItemView(ref, kind, item, position, queue, rec, detail, list(rec.messages),
                        record_values(survey, rec), record_token(survey, rec), names,
                        _sections_shown(s, rec))
    detail = _message_detail(s, ident)
    if detail is None:
        raise NotFound(f"no message {ident}")
    summary = MessageSummary(detail.id, None, detail.from_addr, detail.subject, detail.date,
                             detail.kind)
    return ItemView(ref, kind, item, position, queue, None, detail, [summary],
                    message_values(survey, detail), message_token(survey, detail), names)


def load_item(config: Config, ref: str, message_id: int | None = None,
              store: Store | None = None, state: SurveyState | None = None) -> ItemView:
    """STATE: the records, when the caller holds them for this store version."""
    with _session(config, store, readonly=True) as s:
        state = state or build_state(s, config.survey)
        return _item_view(s, config.survey, state, ref, message_id)


# --- saving a person's word -------------------------------------------------------------


@dataclass
class Submission:
    """What the review form sends, as values: answers by question key (text, True/False,
    or None for "not answered"), the interview wish, the status (an association's item),
    and for a message its association."""

    answers: dict[str, Any]
    wants_interview: bool | None = None
    status: str | None = None  # responded | late | no_response; None: not on the form
    association: str | None = None  # a roster name (message items)
    not_survey: bool = False  # "inte ett enkätsvar" (message items)
    approve: bool = True


# What the form's status select offers (as `intake set NAME status ...`).
STATUSES = ("responded", "late", "no_response")


def yes_no_field(value: str | None) -> bool | None:
    v = (value or "").strip().casefold()
    if v in ("ja", "yes", "true", "1"):
        return True
    if v in ("nej", "no", "false", "0"):
        return False
    return None


def submission_from_form(survey: Survey, form: Mapping[str, str]) -> Submission:
    """Field names: q_<key> per question, wants_interview, status, association, not_survey,
    action."""
    answers: dict[str, Any] = {}
    for q in survey.questions:
        raw = form.get(f"q_{q.key}")
        answers[q.key] = yes_no_field(raw) if q.kind == "yes_no" else clean_text(raw)
    interview = form.get("wants_interview")
    status = form.get("status")
    return Submission(
        answers=answers,
        wants_interview=None if interview is None else yes_no_field(interview) is True,
        status=status if status in STATUSES else None,
        association=clean_text(form.get("association")),
        not_survey=form.get("not_survey") in ("1", "on", "ja"),
        approve=form.get("action", "approve") == "approve",
    )


def _same(a: Any, b: Any) -> bool:
    """Equal as a person reads them: whitespace does not count, "" is not answered."""
    def norm(v: Any) -> Any:
        if isinstance(v, str):
            return " ".join(v.split()) or None
        return v
    return norm(a) == norm(b)


@dataclass(frozen=True)
class Change:
    key: str
    old: Any
    new: Any


@dataclass
class SaveOutcome:
    status: str  # "saved" | "stale" | "invalid"
    changes: list[Change] = field(default_factory=list)
    current: dict[str, Any] = field(default_factory=dict)  # values in the store now (stale)
    current_token: str = ""
    error: str = ""
    association_id: int | None = None  # where the answers went
    events: list[int] = field(default_factory=list)  # its corrections, for Ångra


def _changes(shown: Mapping[str, Any], sub: Submission, survey: Survey) -> list[Change]:
    out = [Change(k, shown.get(k), sub.answers.get(k)) for k in survey.keys
           if not _same(shown.get(k), sub.answers.get(k))]
    if sub.wants_interview is not None and bool(shown.get("wants_interview")) \
            != sub.wants_interview:
        out.append(Change("wants_interview", bool(shown.get("wants_interview")),
                          sub.wants_interview))
    # the status: on an association's form only (a message's record is not shown yet)
    if sub.status is not None and "status" in shown and shown["status"] != sub.status:
        out.append(Change("status", shown["status"], sub.status))
    return out


def save_item(config: Config, ref: str, token: str, sub: Submission,
              author: str | None = None, store: Store | None = None) -> SaveOutcome:
    """Apply what the person changed on the form, as corrections (only the fields they
    changed against what the form showed), and with `approve` mark the record reviewed,
    keeping the values the form showed (see _pin_shown).
    When the record changed since the form was loaded (TOKEN differs), nothing is saved:
    the outcome carries the values in the store now, for the page to show both."""
    survey = config.survey
    who = author or default_author(config)
    kind, ident = parse_ref(ref)
    with _session(config, store) as s:
        # Between the stale check below and the writes, nobody else's save may land.
        service.lock_for_correction(s, association_id=ident if kind == "association" else None,
                                    message_id=ident if kind == "message" else None)
        state = build_state(s, survey)
        view = _item_view(s, survey, state, ref)
        if token != view.token:
            return SaveOutcome("stale", _changes(view.values, sub, survey), view.values,
                               view.token)
        changes = _changes(view.values, sub, survey)
        events: list[int] = []
        if view.kind == "association":
            assert view.record is not None
            target = view.record
        else:
            assert view.message is not None
            msg = view.message
            if sub.not_survey:
                service.assign_in(s, msg.id, None, who)
                return SaveOutcome("saved", [Change("association", msg.association_id, None)],
                                   events=[_last_event(s, "assign", message_id=msg.id)])
            if not sub.association:
                return SaveOutcome("invalid", changes, error="association")
            try:
                found = service.assign_in(s, msg.id, sub.association, who)
            except LookupError:
                return SaveOutcome("invalid", changes, error="association")
            assert found is not None
            events.append(_last_event(s, "assign", message_id=msg.id))
            s.flush()
            target = service.record_of(s, config, found.id)
        for c in changes:
            service.set_in(s, target, c.key, c.new, who)
            events.append(_last_event(s, "set", association_id=target.id, key=c.key))
        if sub.approve:
            service.approve_in(s, target.id, who)
            events.append(_last_event(s, "set", association_id=target.id, key="reviewed"))
            if view.kind == "association":
                events += _pin_shown(s, config, target.id, view.values, changes, who)
        return SaveOutcome("saved", changes, association_id=target.id, events=events)


def _pin_shown(s: Session, config: Config, association_id: int, shown: Mapping[str, Any],
               changes: list[Change], who: str) -> list[int]:
    """What is approved is what is kept. Approving settles the doubt about a later mail
    held back until then (a display name with another address, a match by name), and its
    answers would replace the ones the form showed, unseen: every value the record would
    now hold other than the form's (as shown, with the person's changes; the status too)
    is written as a correction with the form's value, in this save (its Ångra takes them
    back too)."""
    s.flush()
    approved = {**shown, **{c.key: c.new for c in changes}}
    after = service.record_of(s, config, association_id)
    now = record_values(config.survey, after)
    pinned: list[int] = []
    for key, value in approved.items():
        if key == "wants_interview":
            if bool(now.get(key)) == bool(value):
                continue
            value = bool(value)
        elif _same(now.get(key), value):
            continue
        service.set_in(s, after, key, value, who)
        pinned.append(_last_event(s, "set", association_id=association_id, key=key))
    return pinned


def _last_event(s: Session, kind: str, *, message_id: int | None = None,
                association_id: int | None = None, key: str | None = None) -> int:
    """The correction just written on that thing (its row is locked: nobody else's)."""
    q = select(func.max(CorrectionEvent.id)).where(CorrectionEvent.kind == kind)
    if kind == "assign":
        q = q.where(CorrectionEvent.message_id == message_id)
    else:
        q = q.where(CorrectionEvent.association_id == association_id,
                    CorrectionEvent.key == key)
    found = s.scalar(q)
    if found is None:  # written in this same transaction: a missing row is a bug, not input
        raise RuntimeError(f"no {kind} correction just written "
                           f"({message_id=}, {association_id=}, {key=})")
    return int(found)


@dataclass(frozen=True)
class Assignment:
    name: str  # the association's, "" for "not survey mail"
    event: int  # the correction, for Ångra


def assign_message(config: Config, message_id: int, association: str | None,
                   author: str | None = None, store: Store | None = None) -> Assignment:
    """Move one message to an association by name, or (None) to "not survey mail"
    (service.assign_in, as `intake assign`)."""
    who = author or default_author(config)
    with _session(config, store) as s:
        if s.get(Message, message_id) is None:
            raise NotFound(f"no message {message_id}")
        service.lock_for_correction(s, message_id=message_id)
        try:
            found = service.assign_in(s, message_id, association, who)
        except LookupError as exc:
            raise NotFound(str(exc)) from None
        return Assignment(found.name if found is not None else "",
                          _last_event(s, "assign", message_id=message_id))


def confirm_match(config: Config, message_id: int, association_id: int,
                  author: str | None = None, store: Store | None = None) -> Assignment:
    """A person's word that a message is ASSOCIATION_ID's, where it is now: the same
    correction as `intake assign` to its own association, which settles the doubts about
    its sender (records: MATCH_DOUBTS) and nothing else. NotFound when it is elsewhere
    by now (a colleague moved it): confirming must not move it back."""
    who = author or default_author(config)
    with _session(config, store) as s:
        if s.get(Message, message_id) is None:
            raise NotFound(f"no message {message_id}")
        service.lock_for_correction(s, message_id=message_id)
        assoc = s.get(Association, association_id)
        if assoc is None or service.message_association_in_force(s, message_id) != assoc.id:
            raise NotFound(f"message {message_id} is not association {association_id}'s")
        found = service.assign_in(s, message_id, assoc.name, who)  # exact: no prefix
        assert found is not None and found.id == assoc.id
        return Assignment(found.name, _last_event(s, "assign", message_id=message_id))


def undo(config: Config, event_id: int, author: str | None = None,
         store: Store | None = None, also: list[int] | tuple[int, ...] = ()) -> None:
    """Take back a correction, and with ALSO the others one action made (a save's answers
    and its approval): newest first, all or none."""
    who = author or default_author(config)
    with _session(config, store) as s:
        ids = {event_id, *also}
        if also and not _one_action(list(s.scalars(
                select(CorrectionEvent).where(CorrectionEvent.id.in_(ids)))), ids, who):
            # ALSO comes from a form (and the notice's URL before it): only the corrections
            # one save of this person's made together, never another association's or
            # another person's (those are undone one at a time from the history).
            raise Refusal("undo_not_one_action",
                          f"corrections {sorted(ids)} were not made by one action",
                          id=event_id)
        for one in sorted(ids, reverse=True):
            undo_correction(s, one, who)


# The corrections of one save are written in one transaction: seconds apart at most.
_ONE_ACTION_SECONDS = 60


def _one_action(rows: list[CorrectionEvent], ids: set[int], author: str) -> bool:
    """Whether ROWS (all of IDS) are what one save, confirm or move of AUTHOR made: one
    association's fields and approval, and at most the one mail assigned to it."""
    if len(rows) != len(ids) or {r.author for r in rows} != {author}:
        return False
    assigns = [r for r in rows if r.kind == "assign"]
    targets = {r.association_id for r in rows if r.kind != "assign"}
    if len(assigns) > 1 or len(targets) > 1:
        return False
    if assigns and targets and (assigns[0].new or {}).get("value") not in targets:
        return False
    times = [r.created_at for r in rows]
    return (max(times) - min(times)).total_seconds() <= _ONE_ACTION_SECONDS


def undoable(config: Config, events: list[int], store: Store | None = None,
             author: str | None = None) -> bool:
    """Whether an action's corrections, AUTHOR's, can still be taken back as one (none
    undone yet): a notice offers Ångra only for what its reader just did."""
    if not events:
        return False
    with _session(config, store, readonly=True) as s:
        rows = list(s.scalars(select(CorrectionEvent)
                              .where(CorrectionEvent.id.in_(set(events)))))
        return _one_action(rows, set(events), author or default_author(config)) \
            and all(r.undone_at is None for r in rows)


# --- history and detail pages ---------------------------------------------------------


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    kind: str  # "set" | "assign"
    key: str | None
    message_id: int | None
    association_id: int | None
    old: Any
    old_manual: bool
    new: Any
    author: str | None
    at: dt.datetime | None
    undone_at: dt.datetime | None
    undone_by: str | None
    in_force: bool  # the newest word on its thing: undo can take it back


def _history(s: Session, where: Any) -> list[HistoryEntry]:
    events = list(s.scalars(select(CorrectionEvent).where(where)
                            .order_by(CorrectionEvent.id.desc())))
    newest: dict[tuple[Any, ...], int] = {}
    for e in events:  # newest first: the first not-undone one per thing is in force
        thing = (e.kind, e.message_id if e.kind == "assign" else e.association_id, e.key)
        if e.undone_at is None and thing not in newest:
            newest[thing] = e.id
    out = []
    for e in events:
        thing = (e.kind, e.message_id if e.kind == "assign" else e.association_id, e.key)
        old = e.old or {}
        out.append(HistoryEntry(
            e.id, e.kind, e.key, e.message_id, e.association_id, old.get("value"),
            bool(old.get("manual")), (e.new or {}).get("value"), e.author,
            _aware(e.created_at), _aware(e.undone_at), e.undone_by,
            newest.get(thing) == e.id))
    return out


@dataclass
class AssociationDetail:
    record: AssociationRecord
    history: list[HistoryEntry]
    names: dict[int, str]  # association id -> name (for assign entries)
    queue_ref: str | None  # its review item, when it is in the queue


def load_association(config: Config, association_id: int, store: Store | None = None,
                     state: SurveyState | None = None) -> AssociationDetail:
    with _session(config, store, readonly=True) as s:
        state = state or build_state(s, config.survey)
        rec = next((r for r in state.associations if r.id == association_id), None)
        if rec is None:
            raise NotFound(f"no association {association_id}")
        own = [m.id for m in rec.messages]
        where = or_(CorrectionEvent.association_id == association_id,
                    CorrectionEvent.message_id.in_(own) if own else False)
        history = _history(s, where)
        # an assignment away from this association still belongs to its history
        moved = [h for h in _history(s, CorrectionEvent.kind == "assign")
                 if association_id in (h.old, h.new) and h.id not in {x.id for x in history}]
        history = sorted([*history, *moved], key=lambda h: h.id, reverse=True)
        queue = review_queue(state)
        ref = f"a{association_id}"
        return AssociationDetail(rec, history, {r.id: r.name for r in state.associations},
                                 ref if any(i.ref == ref for i in queue) else None)


@dataclass
class MessagePage:
    message: MessageDetail
    history: list[HistoryEntry]
    names: dict[int, str]
    roster: list[str]
    queue_ref: str | None


def load_message(config: Config, message_id: int, store: Store | None = None,
                 state: SurveyState | None = None) -> MessagePage:
    with _session(config, store, readonly=True) as s:
        detail = _message_detail(s, message_id)
        if detail is None:
            raise NotFound(f"no message {message_id}")
        state = state or build_state(s, config.survey)
        queue = review_queue(state)
        ref = next((i.ref for i in queue if message_id in i.message_ids), None)
        return MessagePage(detail, _history(s, (CorrectionEvent.kind == "assign")
                                            & (CorrectionEvent.message_id == message_id)),
                           {r.id: r.name for r in state.associations},
                           [r.name for r in state.associations], ref)


def load_state(config: Config, store: Store | None = None) -> SurveyState:
    with _session(config, store, readonly=True) as s:
        return build_state(s, config.survey)


def store_version(config: Config, store: Store | None = None) -> tuple[object, ...]:
    """A cheap fingerprint of everything records are built from: it changes when mail
    arrives or is parsed again, a correction is made or undone, or the roster changes.
    Lets a long-running server keep the records between requests (a few aggregate
    queries instead of rebuilding every record)."""
    with _session(config, store, readonly=True) as s:
        messages = s.execute(select(
            func.count(Message.id), func.max(Message.id),
            # what a reparse changes: the parse's JSON and the match
            func.sum(func.length(cast(Message.problems, Text()))
                     + func.length(cast(Message.answers, Text()))
                     + func.coalesce(Message.association_id, 0)),
            func.max(Message.parsed_with))).one()
        corrections = s.execute(select(func.count(Correction.id),
                                       func.max(Correction.id))).one()
        log = s.execute(select(func.max(CorrectionEvent.id),
                               func.count(CorrectionEvent.undone_at))).one()
        roster = s.execute(select(func.count(Association.id), func.max(Association.id),
                                  func.sum(cast(Association.opted_out, Integer)))).one()
        emails = s.execute(select(func.count(AssociationEmail.id),
                                  func.max(AssociationEmail.id))).one()
        return (tuple(messages), tuple(corrections), tuple(log), tuple(roster), tuple(emails))


def message_raw(config: Config, message_id: int, store: Store | None = None) -> bytes | None:
    """The stored bytes of one message, as received."""
    with _session(config, store, readonly=True) as s:
        return s.scalar(select(Message.raw).where(Message.id == message_id))


def association_name(config: Config, association_id: int,
                     store: Store | None = None) -> str | None:
    with _session(config, store, readonly=True) as s:
        return s.scalar(select(Association.name).where(Association.id == association_id))
