"""One record per roster association, derived from the stored messages and corrections.

Derived, never stored: reparse and corrections can never leave a stale record behind, and
the same store always gives the same records."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..config import Survey
from ..model import Reason, normalize_address, split_notes
from .models import (
    Association,
    AssociationEmail,
    Correction,
    Message,
    reason_dict,
    reason_from_dict,
    reason_line,
    reasons_of,
)

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
    # the association only said it takes no part (parsers/decline.py) and answered nothing:
    # not reminded, not reviewed for missing answers
    declined: bool = False
    needs_review: bool = False
    answers: dict[str, Any] = field(default_factory=dict)
    raw_answers: dict[str, str | None] = field(default_factory=dict)
    sources: list[dict[str, Any]] = field(default_factory=list)
    # Why a person should look, as codes (reports.labels translates them) ...
    reasons: list[Reason] = field(default_factory=list)
    review_reasons: list[str] = field(default_factory=list)  # ... and as text (logs, tools)
    # Notes on the answers in force, shown beside them and never reviewed: a yes said with a
    # qualifier ("yes_no_hedged", detail: its words), from the mail the answer came from
    answer_notes: list[Reason] = field(default_factory=list)
    # The reasons on mail that may be an answer (a reply, mail that is none, a match to
    # confirm): reminders wait for them. An auto-reply's or a bounce's do not hold them.
    holding: list[Reason] = field(default_factory=list)
    auto_replies: int = 0
    messages: list[MessageSummary] = field(default_factory=list)
    corrected: list[str] = field(default_factory=list)  # keys set by hand
    opted_out: bool = False
    ref: str | None = None
    # Mail of others that may be this association's, while nobody has reviewed it since: a
    # reply forwarded by someone else ("forwarded_here"), or another's reply naming this one
    # while it has none of its own ("named_in_reply"), or a reply that belongs to no
    # association and may be this one's ("maybe_in_unmatched"), or another's mail whose
    # section of this one's answers the record took ("answers_in_section"); each with its
    # reason.
    named_in: list[tuple[MessageSummary, Reason]] = field(default_factory=list)

    def answered(self) -> list[str]:
        return [k for k, v in self.answers.items() if v is not None]


# A record's answers taken from its own section of another association's mail (one
# writer's mail with a section or a file per association): to confirm, with `intake set X
# reviewed ja` or the review page's approval (no `intake assign`: the mail is another's).
IN_SECTION = "answers_in_section"
# The mail's own doubts that it holds a section for another association: read for it, or
# nothing readable in it (pipeline.SECTION_READ / SECTION_UNREAD).
SECTIONS_READ = "several_associations"
SECTIONS_UNREAD = "several_associations_unread"

# Reasons about who sent a message: a person's `intake assign` confirms them.
MATCH_DOUBTS = frozenset({"match_by_name", "sender_mismatch", "forward_of_other",
                          "forwarded_here", "sent_for_other", "shared_address",
                          "about_names_other", "shared_address_other"})

# What a mail moved by hand to the association of one of its sections keeps of its doubts:
# those about the mail itself. The answer reader's doubts were about the section that stays
# with the association it was read for (a section's answers carry none: pipeline).
_MAIL_WIDE = frozenset({SECTIONS_UNREAD, "attachment", "image", "no_date", "empty_body",
                        "damaged", "mime_defect", "oversized", "headers_only", *MATCH_DOUBTS})


@dataclass
class SurveyState:
    associations: list[AssociationRecord]
    unmatched: list[MessageSummary]
    review: list[tuple[str, MessageSummary | None, Reason]]  # (what, message, why)
    own: list[MessageSummary] = field(default_factory=list)  # the coordinator's own mail

    def unmatched_replies(self) -> int:
        """Replies that belong to no association, waiting for a person (`intake review`):
        any of them may be from an association that looks unanswered (issue 9)."""
        return len({m.id for what, m, _why in self.review
                    if what == "unmatched" and m is not None and m.kind == "reply"})


@dataclass(slots=True)
class _Mail:
    """What the records read of one stored message: plain values, times made aware once.
    Loaded as rows of the needed columns, not as ORM objects (bench/bench_records.py)."""

    id: int
    header_message_id: str | None
    from_addr: str | None
    subject: str | None
    sent_at: dt.datetime | None
    imported_at: dt.datetime | None
    kind: str
    association_id: int | None
    match_detail: str | None
    parse_status: str
    wants_interview: bool
    answers: dict[str, Any]
    problems: dict[str, Any]
    sections: dict[str, Any] | None = None  # Message.section_answers
    when: dt.datetime | None = None  # its Date header, else (none or broken) when stored
    summary: MessageSummary | None = None
    when_iso: str | None = None  # `when` as text, made once (it goes on every answer's source)

    def received_iso(self) -> str | None:
        if self.when_iso is None and self.when is not None:
            self.when_iso = self.when.isoformat()
        return self.when_iso

    @property
    def reason_list(self) -> list[Reason]:
        """Why a person should look (an answer's note is none: `answer_notes`)."""
        return self._parted()[0]

    @property
    def answer_notes(self) -> list[Reason]:
        """Notes on its answers, shown beside them, never reviewed (model.NOTE_CODES)."""
        return self._parted()[1]

    def _parted(self) -> tuple[list[Reason], list[Reason]]:
        p = self.problems
        if not (p.get("reasons") or p.get("items")):
            return [], []  # most mail: nothing to look at
        return split_notes(reasons_of(p))

    @property
    def notes(self) -> list[str]:
        return self.problems.get("notes", [])

    @property
    def also_names(self) -> list[int]:
        """The other associations this reply names (ParsedMessage.also_names)."""
        return self._ids("also_names")

    @property
    def maybe_from(self) -> list[int]:
        """An unmatched reply's candidates (ParsedMessage.maybe_from)."""
        return self._ids("maybe_from")

    def carried(self) -> dict[int, dict[str, Any]]:
        """Other associations' answers from their own sections of this mail (id ->
        answers; ParsedMessage.section_answers). A row stored before revision 0005, or
        edited by hand, carries none."""
        out: dict[int, dict[str, Any]] = {}
        for aid, answers in (self.sections or {}).items():
            if str(aid).isdigit() and isinstance(answers, dict) and answers:
                out[int(aid)] = answers
        return out

    def _ids(self, key: str) -> list[int]:
        # stored JSON: a row from another version or edited by hand must not stop the night
        named = self.problems.get(key)
        return [i for i in named if isinstance(i, int)] if isinstance(named, list) else []


def _moved_to_section(m: _Mail, target: int, names: dict[int, str]) -> _Mail:
    """Mail M (parted into a section per association) as a person's `intake assign` to
    TARGET, the association of one of its other sections, makes it: TARGET's section is
    its answers (and wish); the answers it was read with go, as a section, to the
    association it was matched to (the first section's, by name, from a chair's private
    address), to confirm there as any section; its doubt names the sections now carried."""
    sections = {aid: a for aid, a in m.carried().items() if aid != target}
    wishes = [aid for aid in m._ids("section_wishes") if aid != target]
    first = m.association_id
    if first is not None and first != target and _holds_answer(m):
        sections[first] = m.answers
        if m.wants_interview:
            wishes.append(first)
    found = [r for r in m.reason_list if r.code in _MAIL_WIDE]
    carried = [names[aid] for aid in sections if aid in names]
    if carried:
        found.insert(0, Reason(SECTIONS_READ, None, ", ".join(carried)))
    problems = {k: v for k, v in m.problems.items() if k not in ("reasons", "items")}
    problems.update(reasons=[reason_dict(r) for r in found], section_wishes=wishes)
    return dataclasses.replace(
        m, association_id=target, answers=m.carried()[target], problems=problems,
        wants_interview=target in m._ids("section_wishes"),
        sections={str(aid): a for aid, a in sections.items()}, summary=None)


@dataclass(frozen=True, slots=True)
class _Correction:
    id: int
    kind: str
    message_id: int | None
    association_id: int | None
    key: str | None
    value: Any  # the "value" inside the stored {"value": ...}
    created_at: dt.datetime | None


def _summary(m: _Mail, why: str = "") -> MessageSummary:
    if why:
        return MessageSummary(m.id, m.header_message_id, m.from_addr, m.subject, m.sent_at,
                              m.kind, why)
    if m.summary is None:  # frozen: one shared summary per message is safe
        m.summary = MessageSummary(m.id, m.header_message_id, m.from_addr, m.subject,
                                   m.sent_at, m.kind)
    return m.summary


def _as_aware(when: dt.datetime | None) -> dt.datetime | None:
    # SQLite hands back naive datetimes; we stored UTC.
    if when is not None and when.tzinfo is None:
        return when.replace(tzinfo=dt.UTC)
    return when


_LAST = dt.datetime.max.replace(tzinfo=dt.UTC)


def _order(m: _Mail) -> tuple[dt.datetime, int]:
    return (m.when or _LAST, m.id)


def _load_mail(session: Session) -> list[_Mail]:
    # The raw bytes, the origin and the bounced addresses are not needed for a record.
    rows = session.execute(select(
        Message.id, Message.header_message_id, Message.from_addr, Message.subject,
        Message.sent_at, Message.imported_at, Message.kind, Message.association_id,
        Message.match_detail, Message.parse_status, Message.wants_interview,
        Message.answers, Message.problems, Message.section_answers).order_by(Message.id))
    out = []
    for (mid, header_id, from_addr, subject, sent_at, imported_at, kind, assoc_id,
         match_detail, parse_status, wants_interview, answers, problems, sections) in rows:
        sent_at, imported_at = _as_aware(sent_at), _as_aware(imported_at)
        out.append(_Mail(mid, header_id, from_addr, subject, sent_at, imported_at, kind,
                         assoc_id, match_detail, parse_status, bool(wants_interview),
                         answers or {}, problems or {}, sections or None,
                         sent_at or imported_at))
    return out


def _load_corrections(session: Session) -> list[_Correction]:
    rows = session.execute(select(
        Correction.id, Correction.kind, Correction.message_id, Correction.association_id,
        Correction.key, Correction.value, Correction.created_at).order_by(Correction.id))
    return [_Correction(cid, kind, mid, aid, key, (value or {}).get("value"),
                        _as_aware(created_at))
            for cid, kind, mid, aid, key, value, created_at in rows]


@dataclass(frozen=True, slots=True)
class _Roster:
    id: int
    name: str
    org_number: str | None
    opted_out: bool
    ref: str | None
    emails: list[str]


def _load_roster(session: Session) -> list[_Roster]:
    rows = session.execute(
        select(Association.id, Association.name, Association.org_number,
               Association.opted_out, Association.ref, AssociationEmail.email)
        .outerjoin(AssociationEmail, AssociationEmail.association_id == Association.id)
        .order_by(Association.roster_order, Association.id, AssociationEmail.id))
    return [_Roster(aid, name, org, bool(opted_out), ref,
                    [r.email for r in group if r.email is not None])
            for (aid, name, org, opted_out, ref), group
            in itertools.groupby(rows, key=lambda r: tuple(r[:5]))]


def build_state(session: Session, survey: Survey) -> SurveyState:
    # Tens of thousands of decoded answers, all kept alive until the records are made and
    # none in a reference cycle: the collector's passes over them found nothing to free and
    # cost ~15 % of the time at 10,000 messages (bench/bench_records.py). Paused, then
    # restored; memory is still freed as usual (reference counting).
    paused = gc.isenabled()
    gc.disable()
    try:
        return _build_state(session, survey)
    finally:
        if paused:
            gc.enable()


def _with_maybe_from(review: list[tuple[str, MessageSummary | None, Reason]],
                     maybe_names: dict[int, list[str]]
                     ) -> list[tuple[str, MessageSummary | None, Reason]]:
    """REVIEW with a "may_be_from" row right after each unmatched mail's own reason."""
    out: list[tuple[str, MessageSummary | None, Reason]] = []
    for what, sm, r in review:
        out.append((what, sm, r))
        said = maybe_names.get(sm.id) if what == "unmatched" and sm is not None else None
        if said:
            out.append(("unmatched", sm, Reason("may_be_from", None, ", ".join(said))))
    return out


def _with_anyone(review: list[tuple[str, MessageSummary | None, Reason]], holds: set[int]
                 ) -> list[tuple[str, MessageSummary | None, Reason]]:
    """REVIEW with a "may_be_anyones" row right after each unmatched reply in HOLDS."""
    out: list[tuple[str, MessageSummary | None, Reason]] = []
    left = set(holds)
    for what, sm, r in review:
        out.append((what, sm, r))
        if what == "unmatched" and sm is not None and sm.id in left:
            left.discard(sm.id)
            out.append(("unmatched", sm, Reason("may_be_anyones")))
    return out


def _given(m: _Mail) -> list[str]:
    """The questions mail M gave an answer to."""
    return [k for k, a in m.answers.items() if isinstance(a, dict) and a.get("value") is not None]


def _answers_something(m: _Mail) -> bool:
    """Does the mail hold an answer or a wish to be interviewed (not just a question)?"""
    return m.wants_interview or bool(_given(m))


def _holders(assocs: list[_Roster]) -> dict[str, list[int]]:
    """The roster's addresses that several associations hold, each with their ids in
    roster order (none, most rosters)."""
    out: dict[str, list[int]] = {}
    for a in assocs:
        for e in a.emails:
            out.setdefault(e, []).append(a.id)
    return {e: ids for e, ids in out.items() if len(ids) > 1}


def _failed_addresses(session: Session, ids: list[int]) -> dict[int, list[str]]:
    """Per bounce (IDS: the bounces already loaded), the addresses it says failed
    (normalised). By id, as reminders/select.bounced_addresses: `kind` has no index, and a
    scan of it would read rows that carry the raw mail."""
    out: dict[int, list[str]] = {}
    if not ids:
        return out
    rows = session.execute(select(Message.id, Message.bounced_addresses)
                           .where(Message.id.in_(ids)))
    for mid, stored in rows:
        items = stored.get("items") if isinstance(stored, dict) else stored
        if isinstance(items, list):
            out[mid] = [a for a in (normalize_address(str(x)) for x in items) if a]
    return out


def _also_holders(m: _Mail, target: int, shared: dict[str, list[int]],
                  failed: dict[int, list[str]]) -> list[int]:
    """The other associations a bounce or an auto-reply from a shared address counts for:
    a failed address fails for everyone who holds it (each is marked bounced, and its
    reminders leave it out), and an auto-reply speaks for the mailbox, not for one of
    them (each counts it)."""
    if m.kind == "bounce":
        addrs = failed.get(m.id, [])
    elif m.kind == "auto_reply" and m.from_addr:
        addrs = [normalize_address(m.from_addr) or ""]
    else:
        return []
    out: list[int] = []
    for addr in addrs:
        out += [aid for aid in shared.get(addr, ()) if aid != target and aid not in out]
    return out


def _shared_address_of(m: _Mail, shared: dict[str, list[int]]) -> str:
    """The shared address a `shared_address` match rests on: its detail's first word (the
    sender's address, or the Reply-To's or the forwarded mail's when it was one of those:
    intake/match._shared_sender), else the sender's."""
    for candidate in ((m.match_detail or "").split(",")[0], m.from_addr):
        addr = normalize_address(candidate)
        if addr in shared:
            return addr
    return ""


def _build_state(session: Session, survey: Survey) -> SurveyState:
    assocs = _load_roster(session)
    messages = _load_mail(session)
    corrections = _load_corrections(session)
    # An address several associations share (one office, one treasurer): its bounces and
    # auto-replies count for each of them; a reply from it whose holder is in doubt
    # ("shared_address") holds the others too, until a person says whose it is.
    shared = _holders(assocs)
    failed = _failed_addresses(session, [m.id for m in messages if m.kind == "bounce"]) \
        if shared else {}
    sharing: dict[int, list[_Mail]] = {}  # association -> another holder's reply in doubt

    assigned = {c.message_id: c.value for c in corrections if c.kind == "assign"}
    # Each association's "set" corrections, in the order they were made.
    sets: dict[int, list[_Correction]] = {}
    for c in corrections:
        if c.kind == "set" and c.association_id is not None:
            sets.setdefault(c.association_id, []).append(c)
    by_assoc: dict[int, list[_Mail]] = {a.id: [] for a in assocs}
    naming: dict[int, list[_Mail]] = {}  # association -> other associations' replies naming it
    # association -> its own section of another's mail (one writer's mail with a section
    # or a file per association), as a mail holding only that section's answers
    sectioned: dict[int, list[_Mail]] = {}
    maybe: dict[int, list[_Mail]] = {}  # association -> unmatched replies that may be its
    # unmatched replies with answers that name no association: they may be anyone's
    anyones: list[_Mail] = []
    unmatched: list[MessageSummary] = []
    own_mail: list[MessageSummary] = []
    review: list[tuple[str, MessageSummary | None, Reason]] = []
    names = {a.id: a.name for a in assocs}
    for m in messages:
        target = assigned.get(m.id, m.association_id)
        if m.id in assigned and target is None:
            continue  # assigned to "none" by hand: not survey mail
        if m.id in assigned and target != m.association_id and target in m.carried() \
                and m.kind == "reply":
            # moved by hand to the association of one of its sections: that section is the
            # mail's answers now, and what the mail was read as stays its association's
            m = _moved_to_section(m, target, names)
        if m.kind == "own" and m.id not in assigned:
            own_mail.append(_summary(m))  # the coordinator's own: nobody's, nothing to do
            continue
        if target is None or target not in by_assoc:
            why = m.match_detail or ""
            unmatched.append(_summary(m, why))
            if m.parse_status == "failed":
                for r in m.reason_list:
                    review.append(("unmatched", _summary(m, reason_line(r)), r))
            elif m.kind in ("reply", "bounce") or m.maybe_from:
                d = m.problems.get("unmatched")
                r = reason_from_dict(d) if isinstance(d, dict) else Reason("unmatched", None, why)
                review.append(("unmatched", _summary(m, why), r))
                # nothing vanishes: the associations it may be from are held until a
                # person assigns it (issue 9); the mail says which they are
                for aid in m.maybe_from:
                    maybe.setdefault(aid, []).append(m)
                if m.kind == "reply" and not m.maybe_from and _answers_something(m):
                    anyones.append(m)
            continue
        by_assoc[target].append(m)
        if shared and m.id not in assigned:  # a person's assign of it decides alone
            for aid in _also_holders(m, target, shared, failed):
                if aid in by_assoc:
                    by_assoc[aid].append(m)
            if m.kind in ("reply", "other") \
                    and any(r.code == "shared_address" for r in m.reason_list):
                for aid in shared.get(_shared_address_of(m, shared), ()):
                    if aid != target:
                        sharing.setdefault(aid, []).append(m)
        if m.kind == "reply":
            for named in m.also_names:
                if named != target:
                    naming.setdefault(named, []).append(m)
            wishes = m._ids("section_wishes")
            for aid, answers in m.carried().items():
                if aid != target and aid in by_assoc:
                    # its own section of this mail: read as that association's mail (a
                    # copy holding only that section's answers and wish, no doubts of the
                    # mail's)
                    sectioned.setdefault(aid, []).append(dataclasses.replace(
                        m, association_id=aid, answers=answers, problems={},
                        wants_interview=aid in wishes, sections=None))

    # A forward one association sent of what seems another's reply, not yet settled by a
    # person: the other association is held too (no reminder, shown for review).
    forwarded_to: dict[str, list[_Mail]] = {}
    for m in messages:
        if m.id in assigned:
            continue
        for r in m.reason_list:
            if r.code == "forward_of_other" and r.detail:
                forwarded_to.setdefault(r.detail, []).append(m)

    # "Reviewed" covers what was stored until then; a later message is looked at anew.
    reviewed: dict[int, dt.datetime] = {}
    for aid, cs in sets.items():
        when = max((c.created_at for c in cs
                    if c.key == "reviewed" and c.value and c.created_at is not None),
                   default=None)
        if when is not None:
            reviewed[aid] = when
    # A mail holding a section of answers for another association (`several_associations`,
    # unseen106): that association is asked even when it wrote itself, its answers may be
    # only in that section (an own mail asking to meet, a correction of one answer).
    ids_by_name: dict[str, list[int]] = {}
    for a in assocs:
        ids_by_name.setdefault(a.name, []).append(a.id)
    carried = {i for m in messages if m.id not in assigned for r in m.reason_list
               if r.code in (SECTIONS_READ, SECTIONS_UNREAD)
               for n in (r.detail or "").split(", ") for i in ids_by_name.get(n, ())}
    # (a mail whose section for it was read is no longer a question of whether it answers
    # for it: the record says so, answers_in_section, and the mail says several_associations)
    for aid, cs in sectioned.items():
        if aid in naming:
            naming[aid] = [m for m in naming[aid] if not any(c.id == m.id for c in cs)]
    named_open = _named_open(naming, by_assoc, reviewed, carried)
    maybe_open = _named_open(maybe, by_assoc, reviewed)
    # Nothing vanishes: a reply with answers that the matcher could not tie and that names
    # no roster association may be the answer of any association without one of its own.
    # Each such record says so and is held from reminders until a person assigns the mail
    # (the review lists the mail once, with this said beside it).
    anyone_open = _named_open({a.id: anyones for a in assocs if not a.opted_out},
                              by_assoc, reviewed) if anyones else {}
    maybe_names: dict[int, list[str]] = {}
    for m in messages:
        if m.maybe_from and (m.id not in assigned) and m.kind in ("reply", "other"):
            maybe_names[m.id] = [names[i] for i in m.maybe_from if i in names]
    if maybe_names:  # the unmatched mail says, beside its own reason, who it may be from
        review = _with_maybe_from(review, maybe_names)
    if anyone_open:
        holds = {m.id for ms in anyone_open.values() for m in ms}
        review = _with_anyone(review, holds)
    # the replies that name an association still open, with the names they name
    naming_open: dict[int, list[str]] = {}
    for aid, ms in named_open.items():
        for m in ms:
            naming_open.setdefault(m.id, []).append(names[aid])

    records: list[AssociationRecord] = []
    for a in assocs:
        rec = AssociationRecord(id=a.id, name=a.name, org_number=a.org_number,
                                emails=list(a.emails), opted_out=a.opted_out, ref=a.ref)
        rec.answers = {k: None for k in survey.keys}
        rec.raw_answers = {k: None for k in survey.keys}
        own = sorted(by_assoc[a.id], key=_order)
        own_sets = sets.get(a.id, ())
        rec.messages = [_summary(m) for m in own]
        # "Inga fler påminnelser" alone is a wish, not an answer to the survey.
        opt_outs = {m.id for m in own if m.kind == "reply" and "opt_out" in m.notes}
        rec.opted_out = rec.opted_out or bool(opt_outs)
        replies = [m for m in own if m.kind == "reply" and not (
            m.id in opt_outs and not _answers_something(m))]
        rec.bounced = any(m.kind == "bounce" for m in own)
        rec.auto_replies = sum(1 for m in own if m.kind == "auto_reply")
        reviewed_at = reviewed.get(a.id)

        def seen_by_reviewer(m: _Mail, at: dt.datetime | None = reviewed_at) -> bool:
            return at is not None and (m.imported_at or at) <= at

        # Where each answer came from: (message, its "source"), or (None, correction) for
        # a person's word; the sources' dicts are made once at the end, for the keys kept.
        origin: dict[str, tuple[_Mail | None, Any]] = {}
        ambiguous: dict[str, str] = {}
        # mails that withdrew the earlier answers whole, with the questions those answered
        withdrawn: list[tuple[_Mail, list[str]]] = []
        # its sections of others' mail count as its replies, in date order with its own
        in_sections = sectioned.get(a.id, [])
        if in_sections:
            replies = sorted([*replies, *in_sections], key=_order)
        for m in replies:
            # A mail whose sender is not yet confirmed (a name match from outside the roster,
            # a display name with another address) fills only what no other mail answered:
            # until a person confirms it, it never overwrites or withdraws answers. So does
            # a section of another's mail, reviewed or not (approving the record must not
            # change what the review showed): the association's own mail, earlier or
            # later, or a person's word, wins over it.
            fills_gaps = bool(origin) and (any(m is c for c in in_sections) or (
                not seen_by_reviewer(m) and m.id not in assigned and any(
                    r.code in MATCH_DOUBTS for r in m.reason_list)))
            if "correction" in m.notes and not fills_gaps:
                # "Bortse från det förra mejlet": the earlier answers are withdrawn whole;
                # those it does not answer again are said beside it (below), never dropped
                # silently
                held = [k for k in survey.keys if k in origin or k in ambiguous]
                if held:
                    withdrawn.append((m, held))
                rec.answers = {k: None for k in survey.keys}
                rec.raw_answers = {k: None for k in survey.keys}
                origin.clear()
                ambiguous.clear()
            for key, ans in m.answers.items():
                if key not in rec.answers or not isinstance(ans, dict):
                    continue
                if fills_gaps and (key in origin or key in ambiguous or ans.get("value") is None):
                    continue
                if ans.get("value") is not None:
                    rec.answers[key] = ans["value"]
                    rec.raw_answers[key] = ans.get("raw")
                    ambiguous.pop(key, None)
                    origin[key] = (m, ans.get("source"))
                elif ans.get("both_ways"):
                    # "Både och.": answered, as neither yes nor no; replaces an earlier one
                    rec.answers[key] = None
                    rec.raw_answers[key] = ans.get("raw")
                    ambiguous.pop(key, None)
                    origin[key] = (m, ans.get("source"))
                elif ans.get("ambiguous"):
                    rec.answers[key] = None
                    rec.raw_answers[key] = ans.get("raw")
                    origin.pop(key, None)
                    ambiguous[key] = str(ans.get("raw"))
                    if seen_by_reviewer(m):
                        ambiguous.pop(key)
            rec.wants_interview = rec.wants_interview or m.wants_interview
        declines = any("declined" in m.notes for m in replies)
        if replies:
            rec.received_at = min((m.when for m in replies if m.when), default=None)
            on_time = any(not survey.is_late(m.when) for m in replies)
            rec.status = "responded" if on_time else "late"
        # this record's mail reasons, in order: appended below, once the mails the status
        # rests on are known
        flagged: list[tuple[_Mail, Reason]] = []
        for m in own:
            if seen_by_reviewer(m):
                continue
            found = m.reason_list
            if m.id in assigned:  # a person said whose it is: the sender doubts are settled
                found = [r for r in found if r.code not in MATCH_DOUBTS]
            if m.kind == "other" and m.parse_status != "failed" \
                    and not _all_answered_later(m, origin, survey):
                # Nothing vanishes: mail from the association that is no reply is shown,
                # unless a later reply of its answers every question (a side question in
                # the survey's thread, then the answers): nothing it held could count.
                found = [Reason("not_a_reply"), *found]
            if m.kind == "reply" and "earlier_reply" in m.notes and not _given(m) \
                    and not _answered_before(m, origin):
                # it agrees with a reply the record does not hold (unmatched, lost, or sent
                # elsewhere): the answers it agrees with are missing here
                found = [*found, Reason("no_answer")]
            found += [Reason("names_other", None, n) for n in naming_open.get(m.id, ())]
            found = [r for r in found if not _filled_later(r, m, origin, survey)
                     and not _read_over(r, m, origin)]
            flagged += [(m, r) for r in found]
        # Manual corrections go on top of everything parsed.
        for c in own_sets:
            if not c.key:
                continue
            value = c.value
            if c.key in rec.answers:
                rec.answers[c.key] = value
                ambiguous.pop(c.key, None)
                origin[c.key] = (None, c)
            elif c.key == "status" and value in ("responded", "late", "no_response"):
                rec.status = value
            elif c.key == "wants_interview":
                rec.wants_interview = bool(value)
            elif c.key == "bounced":
                rec.bounced = bool(value)
            rec.corrected.append(c.key)
        for m, held in withdrawn:
            # "Glöm mitt förra mejl" over a reply that answered more: the answers the new
            # mail does not give again (nor a later mail or a person) are gone, and said so
            gone = [k for k in held if k not in origin and k not in ambiguous]
            if gone and not seen_by_reviewer(m):
                flagged.append((m, Reason(WITHDRAWN_UNANSWERED, None, ", ".join(gone))))
        # a later answer, a wish to talk or a person's word outweighs the decline
        rec.declined = declines and not rec.answered() and not ambiguous \
            and not rec.wants_interview
        basis = _rests_on(rec, replies, seen_by_reviewer, survey)
        if basis:
            # The status rests only on mail that holds no answer (a grant question, "may
            # we answer late?", a question back, read as a reply): said once, beside the
            # mail it rests on, in place of those mails' "no answers found" (the fix is
            # there: "Mejl #N är inget enkätsvar", `intake assign N none`).
            resting, counted = basis[0], {m.id for m in basis}
            flagged = [(m, r) for m, r in flagged if not (r.code == "no_answer"
                                                          and m.id in counted)]
            at = next((i for i, (m, _r) in enumerate(flagged)
                       if _order(m) >= _order(resting)), len(flagged))
            flagged.insert(at, (resting, Reason(RESTS_ON_NO_ANSWERS, None, rec.status)))
        for m, r in flagged:
            rec.reasons.append(r)
            review.append(("message", _summary(m), r))
            if m.kind not in ("auto_reply", "bounce"):
                rec.holding.append(r)
        named_here = [(m, Reason("forwarded_here", None, m.from_addr or ""))
                      for m in forwarded_to.get(a.name, ())
                      if m.association_id != a.id and not seen_by_reviewer(m)]
        if a.id in sharing and not any(m.kind == "reply" for m in own):
            # A reply from the address it shares, given to another holder while nobody has
            # said whose it is (neither record reviewed since): it may be this one's, so no
            # reminder meanwhile. Once it has a reply of its own, the other's is the other's.
            for m in sharing[a.id]:
                owner = m.association_id
                if seen_by_reviewer(m) or (owner is not None and (
                        (at := reviewed.get(owner)) is not None and (m.imported_at or at) <= at)):
                    continue
                named_here.append(
                    (m, Reason("shared_address_other", None,
                               names.get(owner, "") if owner is not None else "")))
        taken = {src[0].id for src in origin.values() if src[0] is not None
                 and any(src[0] is c for c in in_sections)}
        taken |= {c.id for c in in_sections if c.wants_interview}
        for m in in_sections:
            if m.id in taken and not seen_by_reviewer(m):
                # answers taken from its section of another's mail: a person confirms them
                # (no reminder meanwhile); the mail is shown beside the record
                named_here.append((m, Reason(IN_SECTION, None,
                                             f"#{m.id} {m.from_addr or '?'}")))
        for m in named_open.get(a.id, ()):
            # no reminder meanwhile: the association may have answered through this mail
            owner = assigned.get(m.id, m.association_id)
            named_here.append(
                (m, Reason("named_in_reply", None, names.get(owner, "") if owner else "")))
        named_here += [(m, Reason("maybe_in_unmatched", None, f"#{m.id} {m.from_addr or '?'}"))
                       for m in maybe_open.get(a.id, ())]
        for m, r in named_here:
            rec.reasons.append(r)
            rec.holding.append(r)
            rec.named_in.append((_summary(m), r))
        for m in anyone_open.get(a.id, ()):
            # not in named_in: the mail is one review item, not one per association
            r = Reason("unmatched_anyone", None, f"#{m.id} {m.from_addr or '?'}")
            rec.reasons.append(r)
            rec.holding.append(r)
        rest = [Reason("ambiguous", k, raw) for k, raw in ambiguous.items()
                if not any(r.key == k for r in rec.reasons)]
        rec.reasons.extend(rest)
        rec.holding.extend(rest)
        rec.review_reasons = [reason_line(r) for r in rec.reasons]
        rec.needs_review = bool(rec.reasons)
        rec.sources = [_source(k, *origin[k]) for k in survey.keys if k in origin]
        rec.answer_notes = [r for k in survey.keys if k in origin and origin[k][0] is not None
                            for r in origin[k][0].answer_notes if r.key == k]
        records.append(rec)
    return SurveyState(records, unmatched, review, own_mail)


# The record's status (responded, late) rests only on mail without any answer.
RESTS_ON_NO_ANSWERS = "responded_without_answers"
# A mail withdrew the earlier answers whole and does not answer some of them again.
WITHDRAWN_UNANSWERED = "withdrawn_unanswered"


def _holds_answer(m: _Mail) -> bool:
    """Does mail M give anything to the record: an answer, an unclear one ("Både och", an
    ambiguous yes/no), a wish to be interviewed?"""
    return m.wants_interview or any(
        isinstance(a, dict) and (a.get("value") is not None or a.get("raw") is not None)
        for a in m.answers.values())


def _rests_on(rec: AssociationRecord, replies: list[_Mail],
              seen: Callable[[_Mail], bool], survey: Survey) -> list[_Mail]:
    """The mails a record's status rests on, when none of them holds an answer: the
    replies that make it "responded" (those on time) or "late" (all of them). A record
    answered only through mail with nothing in it (a grant question, "may we answer
    late?", a question back), or on time only through such a mail while the answers
    came after the deadline. Not when a person set the status or typed an answer or the
    wish, nor when those mails decline, nor when one seems to ask for a call the reader
    did not take as a wish ("interview_unread" says that). Only while one of them is
    unreviewed (approving the record as it is settles it); the first unreviewed one
    first (the reason goes beside it). Empty: the status rests on something."""
    if not replies or rec.status not in ("responded", "late") or "status" in rec.corrected:
        return []
    basis = replies if rec.status == "late" else \
        [m for m in replies if not survey.is_late(m.when)]
    if any(_holds_answer(m) or "declined" in m.notes
           or any(r.code == "interview_unread" for r in m.reason_list) for m in basis) \
            or any(k in rec.corrected for k in (*survey.keys, "wants_interview")):
        return []
    unseen = [m for m in basis if not seen(m)]
    return [*unseen, *(m for m in basis if m not in unseen)] if unseen else []


def _named_open(naming: dict[int, list[_Mail]], by_assoc: dict[int, list[_Mail]],
                reviewed: dict[int, dt.datetime],
                carried: frozenset[int] | set[int] = frozenset()) -> dict[int, list[_Mail]]:
    """Per association, the other associations' replies that name it and may answer for it
    ("ordförande i både X och Y", "vi svarar för våra medlemsföreningar"): only while it
    has no reply of its own (a partner named in passing by one that answered itself is
    ordinary; one whose answers a mail CARRIED in a section of their own is asked all the
    same) and nobody has reviewed it since the mail came."""
    out: dict[int, list[_Mail]] = {}
    for aid, ms in naming.items():
        if aid not in by_assoc or (aid not in carried
                                   and any(m.kind == "reply" for m in by_assoc[aid])):
            continue
        at = reviewed.get(aid)
        still = [m for m in sorted(ms, key=_order)
                 if at is None or (m.imported_at or at) > at]
        if still:
            out[aid] = still
    return out


def _filled_later(r: Reason, m: _Mail, origin: dict[str, tuple[_Mail | None, Any]],
                  survey: Survey) -> bool:
    """R says mail M left answers open (`partial`: those named; `no_answer`: all), and a
    LATER mail from the association answered every one of them ("det kommer här:" the
    next day): the gap is filled, the record asks nothing of a person for it. Filled by an
    earlier mail it still shows: the later mail may be a whole new reply read short. A
    mail with no answer at all still shows when the answers came late: it alone may make
    the record `responded` (a question about something else read as a reply)."""
    if r.code == "partial":
        missing = [k.strip() for k in (r.detail or "").split(",") if k.strip()]
    elif r.code == "no_answer":
        missing = list(survey.keys)
    else:
        return False
    later = [x for k in missing if (x := _later_source(k, m, origin)) is not None]
    if not missing or len(later) < len(missing):
        return False
    return r.code == "partial" or not any(survey.is_late(x.when) for x in later)


# Doubts about how a mail's answers were read (placed by order, a yes/no from prose, an
# aside or a heading left in an answer): moot once none of those answers is in the record.
_READING_DOUBTS = frozenset({
    "by_position", "yes_no_from_prose", "aside_in_answer", "heading_in_answer",
    "heading_at_start", "signature_in_answer", "table_in_answer", "note_in_answer",
    "follow_up_repeats_yes_no",
    "survey_text_in_answer", "yes_no_contradicts", "yes_no_conflict", "yes_no_missing",
    "answers_in_quote", "quoted_questions", "answer_below_original"})


def _read_over(r: Reason, m: _Mail, origin: dict[str, tuple[_Mail | None, Any]]) -> bool:
    """R doubts how mail M's answers were read, and every answer M gave (and R's own
    question) now comes from a LATER mail: a short first reply ("Ja, vi jobbar med det,
    jag skriver mer efter mötet") followed by the full one. The record holds nothing of
    that reading, so it asks nothing of a person for it."""
    if r.code not in _READING_DOUBTS:
        return False
    given = _given(m)
    if not given:
        return False
    keys = set(given) | ({r.key} if r.key else set())
    return all(_later_source(k, m, origin) is not None for k in keys)


def _all_answered_later(m: _Mail, origin: dict[str, tuple[_Mail | None, Any]],
                        survey: Survey) -> bool:
    """Does every question's answer in the record come from a mail later than M?"""
    return all(_later_source(k, m, origin) is not None for k in survey.keys)


def _answered_before(m: _Mail, origin: dict[str, tuple[_Mail | None, Any]]) -> bool:
    """Does the record hold an answer from a mail EARLIER than M (the reply M agrees with)?"""
    return any(src is not None and src[0] is not None and _order(src[0]) < _order(m)
               for src in origin.values())


def _later_source(key: str, m: _Mail, origin: dict[str, tuple[_Mail | None, Any]]
                  ) -> _Mail | None:
    """The mail LATER than M that the record's answer to KEY comes from (None: no answer,
    a person's correction, or M itself or an earlier mail)."""
    src = origin.get(key)
    if src is None or src[0] is None or _order(src[0]) <= _order(m):
        return None
    return src[0]


def _source(key: str, m: _Mail | None, how: Any) -> dict[str, Any]:
    if m is None:  # HOW: the correction
        return {"question": key, "message": None, "message_id": None,
                "received_at": _iso(how.created_at), "source": MANUAL}
    return {"question": key, "message": m.id, "message_id": m.header_message_id,
            "received_at": m.received_iso(), "source": how or "body"}


def _iso(when: dt.datetime | None) -> str | None:
    return when.isoformat() if when else None  # aware already: made so when loaded
