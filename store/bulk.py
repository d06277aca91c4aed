"""Many parsed messages into the store at once: one existence query and one INSERT per
batch instead of a SELECT and a SAVEPOINT per message.

Safe beside a concurrent importer or fetch: the unique message_key decides, with
`INSERT ... ON CONFLICT (message_key) DO NOTHING` (SQLite and PostgreSQL), and RETURNING
says which rows were ours. A batch the database refuses (PostgreSQL rejecting what a parse
produced) falls back to one savepoint per message, as store_message does."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ..model import ParsedMessage, sha256_of
from .models import Message
from .repository import apply_parse, failed_values, mark_failed, parse_values

log = logging.getLogger(__name__)

_CHUNK = 500  # keys per IN (...) query


@dataclass
class BulkItem:
    key: str
    raw: bytes
    origin: str
    parsed: ParsedMessage | BaseException


@dataclass
class BulkOutcome:
    key: str
    created: bool
    kind: str
    parse_status: str


def stored_dates(session: Session, keys: Iterable[str]) -> dict[str, dt.datetime | None]:
    """Which of KEYS the store holds already, each with its mail's date (one query per
    _CHUNK keys): a mail under a stored key with another date is another mail
    (model.same_mail)."""
    wanted = list(dict.fromkeys(keys))
    found: dict[str, dt.datetime | None] = {}
    for i in range(0, len(wanted), _CHUNK):
        chunk = wanted[i : i + _CHUNK]
        found.update((key, when) for key, when in session.execute(
            select(Message.message_key, Message.sent_at).where(Message.message_key.in_(chunk))))
    return found


def _row(item: BulkItem, refused: BaseException | None = None) -> dict[str, Any]:
    """The row's column values, as a plain dict for the Core insert (a mapped object per
    row only to read its attributes back cost more than the INSERT). The columns left out
    take their defaults, as before."""
    row: dict[str, Any] = {"message_key": item.key, "sha256": sha256_of(item.raw),
                           "raw": item.raw, "size": len(item.raw), "origin": item.origin}
    if refused is not None:
        row.update(failed_values(refused))
    elif isinstance(item.parsed, BaseException):
        log.warning("parsing %s failed: %s", item.origin, item.parsed)
        row.update(failed_values(item.parsed))
    else:
        row.update(parse_values(item.parsed))
    return row


def _insert(session: Session) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(Message).on_conflict_do_nothing(index_elements=["message_key"])


def insert_messages(session: Session, items: Sequence[BulkItem]) -> list[BulkOutcome]:
    """Store ITEMS (keys distinct) that are not stored yet; each outcome says whether this
    call stored it (False: someone else had, or stored it meanwhile)."""
    rows = [_row(it) for it in items]
    created: set[str] = set()
    try:
        with session.begin_nested():
            groups: dict[frozenset[str], list[dict[str, Any]]] = {}
            for values in rows:
                groups.setdefault(frozenset(values), []).append(values)
            for params in groups.values():
                stmt = _insert(session).returning(Message.message_key)
                created.update(session.scalars(stmt, params).all())
    except DBAPIError as exc:
        log.warning("a batch was refused (%s); storing its messages one by one", exc)
        created, rows = _one_by_one(session, items)
    return [BulkOutcome(it.key, it.key in created, row["kind"], row["parse_status"])
            for it, row in zip(items, rows, strict=True)]


def _one_by_one(session: Session, items: Sequence[BulkItem]
                ) -> tuple[set[str], list[dict[str, Any]]]:
    created: set[str] = set()
    rows: list[dict[str, Any]] = []
    for it in items:
        stmt = _insert(session).returning(Message.message_key)
        row = _row(it)
        try:
            with session.begin_nested():
                created.update(session.scalars(stmt, [row]).all())
        except DBAPIError as exc:
            # The database refused what parsing made of it: keep the bytes, flag it.
            log.warning("storing the parse of %s failed: %s", it.origin, exc)
            row = _row(it, exc.orig if exc.orig is not None else exc)
            with session.begin_nested():
                created.update(session.scalars(stmt, [row]).all())
        rows.append(row)
    return created, rows


def message_ids(session: Session) -> list[int]:
    """Every stored message's id, in order (what a reparse walks)."""
    return list(session.scalars(select(Message.id).order_by(Message.id)))


def raws_of(session: Session, ids: Sequence[int]) -> list[tuple[int, bytes]]:
    """(id, raw) of IDS, in id order, read at once (the caller may commit after)."""
    rows = session.execute(select(Message.id, Message.raw)
                           .where(Message.id.in_(list(ids))).order_by(Message.id)).all()
    return [(mid, raw) for mid, raw in rows]


def apply_results(session: Session, results: Sequence[tuple[int, ParsedMessage | BaseException]]
                  ) -> None:
    """A reparse's results onto their rows (one query for the rows); not committed."""
    outcome = dict(results)
    for row in session.scalars(select(Message).where(Message.id.in_(list(outcome)))):
        got = outcome[row.id]
        if isinstance(got, BaseException):
            mark_failed(row, got)
        else:
            apply_parse(row, got)
