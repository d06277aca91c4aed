"""Writes to the store: the roster, raw messages with their parse, corrections."""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, selectinload

from ..model import (
    ParsedMessage,
    ParseTimeout,
    Reason,
    Refusal,
    RosterEntry,
    RosterRow,
    mail_key,
    message_key,
    normalize_address,
    quick_date,
    sha256_of,
)
from .models import (
    Association,
    AssociationEmail,
    Correction,
    CorrectionEvent,
    Message,
    problems_json,
    utcnow,
)

log = logging.getLogger(__name__)

Parser = Callable[[bytes, list[RosterEntry]], ParsedMessage]
_REF_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud on the phone


@dataclass
class RosterImportResult:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    # addresses several associations hold after the import, with their names (said once
    # by `intake associations import`: replies from them are matched by the name they say)
    shared: dict[str, list[str]] = field(default_factory=dict)
    # addresses whose holders the import changed (newly shared, moved, added, removed), and
    # every association that held or holds one of them: the stored mail they decide is
    # matched again (service.import_roster, `rematch_ids`)
    changed_addresses: list[str] = field(default_factory=list)
    changed_holders: set[int] = field(default_factory=set)
    rematched: int = 0  # stored messages matched again for them


def _new_ref(session: Session) -> str:
    while True:
        ref = "".join(secrets.choice(_REF_ALPHABET) for _ in range(4))
        if session.scalar(select(Association.id).where(Association.ref == ref)) is None:
            return ref


def upsert_roster(session: Session, rows: Iterable[RosterRow]) -> RosterImportResult:
    """By name: an existing association gets its addresses and org number updated.

    An address may belong to several associations (one office, one treasurer, one
    building's mailbox): each keeps it as long as its own row gives it. An address that
    left an association's row leaves only that association."""
    result = RosterImportResult()
    before = _holders_by_address(session)
    existing = {a.name: a for a in session.scalars(
        select(Association).options(selectinload(Association.emails)))}
    order = max((a.roster_order for a in existing.values()), default=0)
    for row in rows:
        # once each, in the row's order (one cell may name an address twice)
        emails = list(dict.fromkeys(e for e in (normalize_address(x) for x in row.emails) if e))
        assoc = existing.get(row.name)
        if assoc is None:
            order += 1
            assoc = Association(name=row.name, org_number=row.org_number, roster_order=order,
                                ref=_new_ref(session))
            session.add(assoc)
            existing[row.name] = assoc
            result.added += 1
        elif set(assoc.addresses) == set(emails) and assoc.org_number == row.org_number:
            result.unchanged += 1
            continue
        else:
            result.updated += 1
            assoc.org_number = row.org_number
        for old in list(assoc.emails):
            if old.email not in emails:
                assoc.emails.remove(old)
        session.flush()
        have = set(assoc.addresses)
        assoc.emails.extend(AssociationEmail(email=e) for e in emails if e not in have)
        session.flush()
    result.shared = shared_addresses(session)
    after = _holders_by_address(session)
    result.changed_addresses = sorted(e for e in before.keys() | after.keys()
                                      if before.get(e, set()) != after.get(e, set()))
    for e in result.changed_addresses:
        result.changed_holders |= before.get(e, set()) | after.get(e, set())
    return result


def _holders_by_address(session: Session) -> dict[str, set[int]]:
    out: dict[str, set[int]] = {}
    for email, aid in session.execute(select(AssociationEmail.email,
                                             AssociationEmail.association_id)):
        out.setdefault(email, set()).add(aid)
    return out


# How a message was matched without any roster address deciding it (a name, a recipient, a
# mail for another, nobody): a roster address given to someone may now decide it.
_NOT_BY_ADDRESS = ("name", "copied", "for_other", "none")


def rematch_ids(session: Session, addresses: Sequence[str], holders: Iterable[int]) -> list[int]:
    """The stored messages a roster import that changed ADDRESSES' holders (HOLDERS: every
    association that held or holds one) may have to match otherwise, in id order: those
    from such an address, those matched to such an association (by its sender, Reply-To,
    forwarded or bounced address), and those no roster address matched (unmatched, or by a
    name or a recipient: an address now in the roster may decide them). A message matched
    by a reminder's reference, or by an address whose holders stayed, keeps its match."""
    if not addresses:
        return []
    holder_ids = sorted(holders)
    query = (select(Message.id)
             .where(or_(Message.from_addr.in_(list(addresses)),
                        Message.association_id.in_(holder_ids),
                        Message.association_id.is_(None),
                        Message.match_method.in_(_NOT_BY_ADDRESS)))
             .order_by(Message.id))
    return list(session.scalars(query))


def shared_addresses(session: Session) -> dict[str, list[str]]:
    """The roster's addresses that several associations hold, each with their names in
    roster order."""
    rows = session.execute(
        select(AssociationEmail.email, Association.name)
        .join(Association, AssociationEmail.association_id == Association.id)
        .order_by(AssociationEmail.email, Association.roster_order, Association.id))
    out: dict[str, list[str]] = {}
    for email, name in rows:
        out.setdefault(email, []).append(name)
    return {e: names for e, names in out.items() if len(names) > 1}


def roster(session: Session) -> list[RosterEntry]:
    """The roster as the matcher sees it, in roster order. One plain query, no ORM objects:
    building 2 x N mapped objects cost more than parsing a message (bench/bench.py)."""
    rows = session.execute(
        select(Association.id, Association.name, Association.ref, AssociationEmail.email)
        .outerjoin(AssociationEmail, AssociationEmail.association_id == Association.id)
        .order_by(Association.roster_order, Association.id, AssociationEmail.id)
    )
    return [
        RosterEntry(assoc_id, name, tuple(r.email for r in group if r.email is not None), ref)
        for (assoc_id, name, ref), group in itertools.groupby(rows, key=lambda r: r[:3])
    ]


def _cut(value: str | None, limit: int) -> str | None:
    # Strangers' headers can be any length; the columns cannot (PostgreSQL refuses).
    return value[:limit] if value is not None else None


def parse_values(parsed: ParsedMessage) -> dict[str, Any]:
    """The columns a parse sets, by attribute name (the bulk insert writes them as they
    are, without building a mapped object)."""
    return {
        "header_message_id": _cut(parsed.header_message_id, 998),
        "sent_at": parsed.sent_at,
        "from_addr": _cut(parsed.from_addr, 320),
        "from_name": _cut(parsed.from_name, 300),
        "subject": parsed.subject,
        "kind": parsed.kind,
        "kind_reason": parsed.kind_reason,
        "association_id": parsed.association_id,
        "match_method": _cut(parsed.match_method, 40),
        "match_detail": parsed.match_detail,
        "answers": parsed.answers,
        "section_answers": {str(aid): a for aid, a in parsed.section_answers.items()},
        "wants_interview": parsed.wants_interview,
        "bounced_addresses": {"items": parsed.bounced_addresses},
        "problems": problems_json(parsed.reasons, parsed.notes, parsed.unmatched_reason,
                                  parsed.also_names, parsed.maybe_from,
                                  parsed.section_wishes, parsed.section_texts),
        "parse_status": "ok",
        "parsed_with": parsed.parsed_with,
    }


def failed_values(exc: BaseException) -> dict[str, Any]:
    """The columns a failed parse sets: the raw bytes stay; the message goes on the review
    list with the error. Whatever an earlier parse made of it is dropped, so a failed
    reparse leaves no stale answers."""
    code = "parse_timeout" if isinstance(exc, ParseTimeout) else "parse_failed"
    return {
        "kind": "other",
        "kind_reason": "parsing failed",
        "association_id": None,
        "match_method": None,
        "match_detail": None,
        "answers": {},
        "section_answers": {},
        "wants_interview": False,
        "bounced_addresses": {"items": []},
        "parse_status": "failed",
        "problems": problems_json([Reason(code, None, f"{type(exc).__name__}: {exc}"[:2000])],
                                  []),
    }


def apply_parse(row: Message, parsed: ParsedMessage) -> None:
    for name, value in parse_values(parsed).items():
        setattr(row, name, value)


def mark_failed(row: Message, exc: BaseException) -> None:
    """See failed_values."""
    for name, value in failed_values(exc).items():
        setattr(row, name, value)


@dataclass
class StoreOutcome:
    message: Message
    created: bool


def store_message(
    session: Session,
    raw: bytes,
    origin: str,
    parse: Parser,
    entries: list[RosterEntry] | None = None,
) -> StoreOutcome:
    """Store one raw message and its parse, once. A parser crash never loses the bytes.

    `entries`: the roster, when the caller read it once for a whole batch; else it is
    read here."""
    key = message_key(raw)
    existing = session.scalar(select(Message).where(Message.message_key == key))
    if existing is not None and (own := mail_key(key, quick_date(raw),
                                                 {key: existing.sent_at})) != key:
        # another mail under the same Message-ID (a mailer that reuses one): its own key
        key = own
        existing = session.scalar(select(Message).where(Message.message_key == key))
    if existing is not None:
        return StoreOutcome(existing, False)
    if entries is None:
        entries = roster(session)
    parsed: ParsedMessage | None = None
    error: BaseException | None = None
    try:
        parsed = parse(raw, entries)
    except Exception as exc:  # one bad message must not stop the nightly run
        log.warning("parsing %s failed: %s", origin, exc, exc_info=True)
        error = exc
    row = Message(message_key=key, sha256=sha256_of(raw), raw=raw, size=len(raw), origin=origin)
    if parsed is not None:
        apply_parse(row, parsed)
    elif error is not None:
        mark_failed(row, error)
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:
        # Someone else (a concurrent fetch) stored it between our look and our write.
        existing = session.scalar(select(Message).where(Message.message_key == key))
        if existing is None:
            raise
        return StoreOutcome(existing, False)
    except DBAPIError as exc:
        # The database refused what parsing made of it: keep the bytes, flag the message.
        log.warning("storing the parse of %s failed: %s", origin, exc)
        row = Message(message_key=key, sha256=sha256_of(raw), raw=raw, size=len(raw),
                      origin=origin)
        mark_failed(row, exc.orig if exc.orig is not None else exc)
        with session.begin_nested():
            session.add(row)
    return StoreOutcome(row, True)


def association_by_name(session: Session, name: str) -> Association | None:
    """Exact name, else a unique case-insensitive prefix, else the roster id."""
    assocs = list(session.scalars(select(Association)))
    for a in assocs:
        if a.name == name:
            return a
    low = name.casefold()
    hits = [a for a in assocs if a.name.casefold().startswith(low)]
    if len(hits) == 1:
        return hits[0]
    if name.isdigit():
        return session.get(Association, int(name))
    return None


def message_by_ref(session: Session, ref: str) -> Message | None:
    """A message by its store id or its Message-ID (with or without <>)."""
    if ref.isdigit():
        found = session.get(Message, int(ref))
        if found:
            return found
    mid = ref if ref.startswith("<") else f"<{ref}>"
    return session.scalar(select(Message).where(Message.message_key.in_([ref, mid])))


def add_correction(
    session: Session,
    kind: str,
    *,
    message_id: int | None = None,
    association_id: int | None = None,
    key: str | None = None,
    value: Any = None,
    author: str | None = None,
    before: Any = None,
) -> Correction:
    """The newest word on the same thing replaces the older one in `corrections`; both stay
    in `correction_log` with who and when. BEFORE: the value in force until now when no
    earlier correction set it (the parsed value), for the history's "old -> new"."""
    q = select(Correction).where(Correction.kind == kind)
    if kind == "assign":
        q = q.where(Correction.message_id == message_id)
    else:
        q = q.where(Correction.association_id == association_id, Correction.key == key)
    prev = session.scalars(q).first()
    if prev is not None:
        old = {"value": (prev.value or {}).get("value"), "manual": True, "author": prev.author,
               "at": _iso(prev.created_at)}
        session.delete(prev)
        session.flush()
    else:
        old = {"value": before, "manual": False, "author": None, "at": None}
    corr = Correction(kind=kind, message_id=message_id, association_id=association_id,
                      key=key, value={"value": value}, author=author)
    session.add(corr)
    session.add(CorrectionEvent(kind=kind, message_id=message_id,
                                association_id=association_id, key=key, old=old,
                                new={"value": value}, author=author))
    session.flush()
    return corr


def _iso(when: dt.datetime | None) -> str | None:
    if when is None:
        return None
    return (when if when.tzinfo else when.replace(tzinfo=dt.UTC)).isoformat()


def _same_target(kind: str, message_id: int | None, association_id: int | None,
                 key: str | None) -> Any:
    if kind == "assign":
        return (CorrectionEvent.kind == kind) & (CorrectionEvent.message_id == message_id)
    return ((CorrectionEvent.kind == kind) & (CorrectionEvent.association_id == association_id)
            & (CorrectionEvent.key == key))


def correction_in_force(session: Session, event: CorrectionEvent) -> bool:
    """Is EVENT the newest not-undone correction of its thing (so undo may take it back)?"""
    if event.undone_at is not None:
        return False
    newest = session.scalar(
        select(CorrectionEvent.id)
        .where(_same_target(event.kind, event.message_id, event.association_id, event.key),
               CorrectionEvent.undone_at.is_(None))
        .order_by(CorrectionEvent.id.desc()).limit(1))
    return newest == event.id


def undo_correction(session: Session, event_id: int, author: str | None = None
                    ) -> CorrectionEvent:
    """Take back one correction: what was in force before it is in force again (an earlier
    correction, or the parsed value). Only the newest correction of a thing can be undone;
    LookupError otherwise, with the reason."""
    event = session.get(CorrectionEvent, event_id)
    if event is None:
        raise Refusal("no_correction", f"no correction {event_id}", id=event_id)
    if event.undone_at is not None:
        raise Refusal("already_undone", f"correction {event_id} is already undone", id=event_id)
    if not correction_in_force(session, event):
        raise Refusal("undo_newer_first", f"correction {event_id} was replaced by a newer one: "
                      "undo that first", id=event_id)
    q = select(Correction).where(Correction.kind == event.kind)
    if event.kind == "assign":
        q = q.where(Correction.message_id == event.message_id)
    else:
        q = q.where(Correction.association_id == event.association_id,
                    Correction.key == event.key)
    for row in session.scalars(q):
        session.delete(row)
    session.flush()
    old = event.old or {}
    if old.get("manual"):
        at = old.get("at")
        session.add(Correction(
            kind=event.kind, message_id=event.message_id, association_id=event.association_id,
            key=event.key, value={"value": old.get("value")}, author=old.get("author"),
            # the earlier word keeps its own time ("reviewed" covers what came until then)
            created_at=dt.datetime.fromisoformat(at) if at else utcnow()))
    event.undone_at = utcnow()
    event.undone_by = author
    session.flush()
    return event
