"""One record per roster association, derived from the stored messages and corrections.

Derived, never stored: reparse and corrections can never leave a stale record behind, and
the same store always gives the same records."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, defer, selectinload

from ..config import Survey
from ..model import Reason
from .models import Association, Correction, Message, reason_line

MANUAL = "manual"


@dataclass(frozen=True)
class MessageSummary:
    id: int
    message_id: str | None
    from_addr: str | None
    subject: str | None
    date: dt.datetime | None
    kind: str
    why: str = ""


@dataclass
class AssociationRecord:
    id: int
    name: str
    org_number: str | None
    emails: list[str]
    status: str = "no_response"  # responded | late | no_response
    bounced: bool = False
    received_at: dt.datetime | None = None
    wants_interview: bool = False
    needs_review: bool = False
    answers: dict[str, Any] = field(default_factory=dict)
    raw_answers: dict[str, str | None] = field(default_factory=dict)
    sources: list[dict[str, Any]] = field(default_factory=list)
    # Why a person should look, as codes (reports.labels translates them) ...
    reasons: list[Reason] = field(default_factory=list)
    review_reasons: list[str] = field(default_factory=list)  # ... and as text (logs, tools)
    # The reasons on mail that may be an answer (a reply, mail that is none, a match to
    # confirm): reminders wait for them. An auto-reply's or a bounce's do not hold them.
    holding: list[Reason] = field(default_factory=list)
    auto_replies: int = 0
    messages: list[MessageSummary] = field(default_factory=list)
    corrected: list[str] = field(default_factory=list)  # keys set by hand
    opted_out: bool = False
    ref: str | None = None

    def answered(self) -> list[str]:
        return [k for k, v in self.answers.items() if v is not None]


# Reasons about who sent a message: a person's `intake assign` confirms them.
MATCH_DOUBTS = frozenset({"match_by_name", "sender_mismatch"})


@dataclass
class SurveyState:
    associations: list[AssociationRecord]
    unmatched: list[MessageSummary]
    review: list[tuple[str, MessageSummary | None, Reason]]  # (what, message, why)
    own: list[MessageSummary] = field(default_factory=list)  # the coordinator's own mail


def _summary(m: Message, why: str = "") -> MessageSummary:
    return MessageSummary(m.id, m.header_message_id, m.from_addr, m.subject,
                          _as_aware(m.sent_at), m.kind, why)


def _as_aware(when: dt.datetime | None) -> dt.datetime | None:
    # SQLite hands back naive datetimes; we stored UTC.
    if when is not None and when.tzinfo is None:
        return when.replace(tzinfo=dt.UTC)
    return when


def _when(m: Message) -> dt.datetime | None:
    """When the message came: its Date header, else (no or a broken one) when we stored it."""
    return _as_aware(m.sent_at) or _as_aware(m.imported_at)


def _order(m: Message) -> tuple[dt.datetime, int]:
    return (_when(m) or dt.datetime.max.replace(tzinfo=dt.UTC), m.id)


def build_state(session: Session, survey: Survey) -> SurveyState:
    assocs = list(session.scalars(
        select(Association).options(selectinload(Association.emails))
        .order_by(Association.roster_order, Association.id)))
    # The raw bytes are not needed for a report: leave them in the database.
    messages = list(session.scalars(
        select(Message).options(defer(Message.raw)).order_by(Message.id)))
    corrections = list(session.scalars(select(Correction).order_by(Correction.id)))

    assigned = {c.message_id: (c.value or {}).get("value") for c in corrections
                if c.kind == "assign"}
    by_assoc: dict[int, list[Message]] = {a.id: [] for a in assocs}
    unmatched: list[MessageSummary] = []
    own_mail: list[MessageSummary] = []
    review: list[tuple[str, MessageSummary | None, Reason]] = []
    for m in messages:
        target = assigned.get(m.id, m.association_id)
        if m.id in assigned and target is None:
            continue  # assigned to "none" by hand: not survey mail
        if m.kind == "own" and m.id not in assigned:
            own_mail.append(_summary(m))  # the coordinator's own: nobody's, nothing to do
            continue
        if target is None or target not in by_assoc:
            why = m.match_detail or ""
            unmatched.append(_summary(m, why))
            if m.parse_status == "failed":
                for r in m.reason_list:
                    review.append(("unmatched", _summary(m, reason_line(r)), r))
            elif m.kind in ("reply", "bounce"):
                r = m.unmatched_reason or Reason("unmatched", None, why)
                review.append(("unmatched", _summary(m, why), r))
            continue
        by_assoc[target].append(m)

    records: list[AssociationRecord] = []
    for a in assocs:
        rec = AssociationRecord(id=a.id, name=a.name, org_number=a.org_number,
                                emails=a.addresses, opted_out=a.opted_out, ref=a.ref)
        rec.answers = {k: None for k in survey.keys}
        rec.raw_answers = {k: None for k in survey.keys}
        own = sorted(by_assoc[a.id], key=_order)
        rec.messages = [_summary(m) for m in own]
        # "Inga fler påminnelser" alone is a wish, not an answer to the survey.
        opt_outs = [m for m in own if m.kind == "reply"
                    and "opt_out" in (m.problems or {}).get("notes", [])]
        rec.opted_out = rec.opted_out or bool(opt_outs)
        replies = [m for m in own if m.kind == "reply" and not (
            m in opt_outs and not m.wants_interview
            and not any(isinstance(a, dict) and a.get("value") is not None
                        for a in (m.answers or {}).values()))]
        rec.bounced = any(m.kind == "bounce" for m in own)
        rec.auto_replies = sum(1 for m in own if m.kind == "auto_reply")
        # "Reviewed" covers what was stored until then; a later message is looked at anew.
        reviewed_at = max((_as_aware(c.created_at) for c in corrections
                           if c.kind == "set" and c.association_id == a.id
                           and c.key == "reviewed" and (c.value or {}).get("value")),
                          default=None)

        def seen_by_reviewer(m: Message, at: dt.datetime | None = reviewed_at) -> bool:
            return at is not None and (_as_aware(m.imported_at) or at) <= at

        origin: dict[str, dict[str, Any]] = {}
        ambiguous: dict[str, str] = {}
        for m in replies:
            if "correction" in (m.problems or {}).get("notes", []):
                # "Bortse från det förra mejlet": the earlier answers are withdrawn whole.
                rec.answers = {k: None for k in survey.keys}
                rec.raw_answers = {k: None for k in survey.keys}
                origin.clear()
                ambiguous.clear()
            for key, ans in (m.answers or {}).items():
                if key not in rec.answers or not isinstance(ans, dict):
                    continue
                if ans.get("value") is not None:
                    rec.answers[key] = ans["value"]
                    rec.raw_answers[key] = ans.get("raw")
                    ambiguous.pop(key, None)
                    origin[key] = {"question": key, "message": m.id,
                                   "message_id": m.header_message_id,
                                   "received_at": _iso(_when(m)),
                                   "source": ans.get("source") or "body"}
                elif ans.get("ambiguous"):
                    rec.answers[key] = None
                    rec.raw_answers[key] = ans.get("raw")
                    origin.pop(key, None)
                    ambiguous[key] = str(ans.get("raw"))
                    if seen_by_reviewer(m):
                        ambiguous.pop(key)
            rec.wants_interview = rec.wants_interview or m.wants_interview
        if replies:
            rec.received_at = min((w for m in replies if (w := _when(m))), default=None)
            on_time = any(not survey.is_late(_when(m)) for m in replies)
            rec.status = "responded" if on_time else "late"
        for m in own:
            if seen_by_reviewer(m):
                continue
            found = m.reason_list
            if m.id in assigned:  # a person said whose it is: the sender doubts are settled
                found = [r for r in found if r.code not in MATCH_DOUBTS]
            if m.kind == "other" and m.parse_status != "failed":
                # Nothing vanishes: mail from the association that is no reply is shown.
                found = [Reason("not_a_reply"), *found]
            for r in found:
                rec.reasons.append(r)
                review.append(("message", _summary(m), r))
                if m.kind not in ("auto_reply", "bounce"):
                    rec.holding.append(r)
        # Manual corrections go on top of everything parsed.
        for c in corrections:
            if c.kind != "set" or c.association_id != a.id or not c.key:
                continue
            value = (c.value or {}).get("value")
            if c.key in rec.answers:
                rec.answers[c.key] = value
                ambiguous.pop(c.key, None)
                origin[c.key] = {"question": c.key, "message": None, "message_id": None,
                                 "received_at": _iso(c.created_at), "source": MANUAL}
            elif c.key == "status" and value in ("responded", "late", "no_response"):
                rec.status = value
            elif c.key == "wants_interview":
                rec.wants_interview = bool(value)
            elif c.key == "bounced":
                rec.bounced = bool(value)
            rec.corrected.append(c.key)
        rest = [Reason("ambiguous", k, raw) for k, raw in ambiguous.items()
                if not any(r.key == k for r in rec.reasons)]
        rec.reasons.extend(rest)
        rec.holding.extend(rest)
        rec.review_reasons = [reason_line(r) for r in rec.reasons]
        rec.needs_review = bool(rec.reasons)
        rec.sources = [origin[k] for k in survey.keys if k in origin]
        records.append(rec)
    return SurveyState(records, unmatched, review, own_mail)


def _iso(when: dt.datetime | None) -> str | None:
    when = _as_aware(when)
    return when.isoformat() if when else None
