"""SQLAlchemy 2.0 models. Raw mail is kept byte for byte; everything parsed from it can
be rebuilt by `intake reparse`. Manual corrections live in their own table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from ..model import Reason, split_notes


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dt.datetime: DateTime(timezone=True),
        dict[str, Any]: JSON,
    }


# The name of association_emails' one unique constraint (named: revision 0004 and its
# downgrade find it by this name on every database).
EMAILS_UNIQUE = "uq_association_emails_association_id_email"


class Association(Base):
    __tablename__ = "associations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    org_number: Mapped[str | None] = mapped_column(String(40))
    roster_order: Mapped[int] = mapped_column(Integer, default=0)
    opted_out: Mapped[bool] = mapped_column(Boolean, default=False)
    ref: Mapped[str | None] = mapped_column(String(12), unique=True)  # reminder reference
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    emails: Mapped[list[AssociationEmail]] = relationship(
        back_populates="association", cascade="all, delete-orphan", order_by="AssociationEmail.id"
    )

    @property
    def addresses(self) -> list[str]:
        return [e.email for e in self.emails]


class AssociationEmail(Base):
    """One of an association's addresses. An address may belong to several associations
    (one office, one treasurer, one building's mailbox for several small ones): unique per
    (association, address), not per address (revision 0004)."""

    __tablename__ = "association_emails"
    __table_args__ = (
        UniqueConstraint("association_id", "email", name=EMAILS_UNIQUE),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    association_id: Mapped[int] = mapped_column(ForeignKey("associations.id", ondelete="CASCADE"))
    email: Mapped[str] = mapped_column(String(320))  # normalised

    association: Mapped[Association] = relationship(back_populates="emails")


class Message(Base):
    """One stored mail: the raw bytes, where they came from, and what parsing made of them."""

    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Message-ID, else "sha256:<hash of the raw bytes>": what makes a second import a no-op.
    message_key: Mapped[str] = mapped_column(String(998), unique=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer)
    origin: Mapped[str] = mapped_column(Text)  # file path, mbox#n, imap://host/folder;uid=...
    imported_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    # Parsed; rebuilt by reparse.
    header_message_id: Mapped[str | None] = mapped_column(String(998))
    sent_at: Mapped[dt.datetime | None] = mapped_column(index=True)
    from_addr: Mapped[str | None] = mapped_column(String(320))
    from_name: Mapped[str | None] = mapped_column(String(300))
    subject: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20), default="other")
    kind_reason: Mapped[str | None] = mapped_column(Text)
    association_id: Mapped[int | None] = mapped_column(
        ForeignKey("associations.id", ondelete="SET NULL"), index=True
    )
    match_method: Mapped[str | None] = mapped_column(String(40))
    match_detail: Mapped[str | None] = mapped_column(Text)
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Other associations' answers from their own sections of this mail ("<association id>"
    # -> answers; ParsedMessage.section_answers). NULL on rows stored before revision 0005
    # until they are parsed again: read as none.
    section_answers: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    wants_interview: Mapped[bool] = mapped_column(Boolean, default=False)
    bounced_addresses: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    problems: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    parse_status: Mapped[str] = mapped_column(String(20), default="ok")  # ok|failed|oversized
    parsed_with: Mapped[str | None] = mapped_column(String(20))  # tool version

    association: Mapped[Association | None] = relationship()

    @property
    def problem_list(self) -> list[str]:
        return list((self.problems or {}).get("items", []))

    @property
    def reason_list(self) -> list[Reason]:
        """Why a person should look, as codes. A row stored before reasons had codes (or a
        text another writer appended to "items") gives its text as code "text". An
        answer's note (model.NOTE_CODES) is none: `answer_notes`."""
        return split_notes(reasons_of(self.problems))[0]

    @property
    def answer_notes(self) -> list[Reason]:
        """Notes on the answers, shown beside them and never reviewed ("yes_no_hedged")."""
        return split_notes(reasons_of(self.problems))[1]

    @property
    def unmatched_reason(self) -> Reason | None:
        d = (self.problems or {}).get("unmatched")
        return reason_from_dict(d) if isinstance(d, dict) else None

    @property
    def bounced_list(self) -> list[str]:
        return list((self.bounced_addresses or {}).get("items", []))


def reason_dict(r: Reason) -> dict[str, Any]:
    return {"code": r.code, "key": r.key, "detail": r.detail}


def reason_from_dict(d: dict[str, Any]) -> Reason:
    return Reason(str(d.get("code") or "text"), d.get("key") or None, str(d.get("detail") or ""))


def reason_line(r: Reason) -> str:
    """The text form kept in "items" beside the codes: "code[:key]: detail"."""
    head = f"{r.code}:{r.key}" if r.key else r.code
    return f"{head}: {r.detail}" if r.detail else head


def problems_json(reasons: list[Reason], notes: list[str],
                  unmatched: Reason | None = None,
                  also_names: Sequence[int] = (),
                  maybe_from: Sequence[int] = (),
                  section_wishes: Sequence[int] = (),
                  section_texts: Mapping[int, Any] | None = None) -> dict[str, Any]:
    """The problems column: the old "items" (text) beside "reasons" (codes), so a reader
    of either shape keeps working. "also_names": the other associations a reply names
    (ParsedMessage.also_names), kept here rather than in a column of its own: a key in
    this JSON needs no migration, and a row stored before it reads as naming none."""
    out: dict[str, Any] = {"items": [reason_line(r) for r in reasons],
                           "reasons": [reason_dict(r) for r in reasons], "notes": notes}
    if unmatched is not None:
        out["unmatched"] = reason_dict(unmatched)
    if also_names:
        out["also_names"] = list(also_names)
    if maybe_from:  # an unmatched reply: who it may be from (ParsedMessage.maybe_from)
        out["maybe_from"] = list(maybe_from)
    if section_wishes:  # sections asking to be interviewed (ParsedMessage.section_wishes)
        out["section_wishes"] = list(section_wishes)
    if section_texts:  # each section's words, for the review (ParsedMessage.section_texts)
        out["section_texts"] = {str(aid): t for aid, t in section_texts.items()}
    return out


def reasons_of(problems: dict[str, Any] | None) -> list[Reason]:
    problems = problems or {}
    coded = [reason_from_dict(d) for d in problems.get("reasons", []) if isinstance(d, dict)]
    have = {reason_line(r) for r in coded}
    legacy = [Reason("text", None, str(i)) for i in problems.get("items", [])
              if str(i) not in have]
    return coded + legacy


def add_reason(row: Message, r: Reason) -> None:
    """Append one reason to a stored row (e.g. fetch's "over the size limit")."""
    current = dict(row.problems or {})
    row.problems = {**current, **problems_json([*reasons_of(current), r],
                                               list(current.get("notes", [])))}
    if "unmatched" in current:
        row.problems["unmatched"] = current["unmatched"]


class Correction(Base):
    """A person's word, applied on top of parsing and kept across reparse.

    kind "assign": message -> association. kind "set": association.key = value."""

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    association_id: Mapped[int | None] = mapped_column(
        ForeignKey("associations.id", ondelete="CASCADE")
    )
    key: Mapped[str | None] = mapped_column(String(100))
    value: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # {"value": ...}
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    author: Mapped[str | None] = mapped_column(String(200))  # who said so (issue 11)

    __table_args__ = (
        # Never fires (one of message_id/association_id is always NULL, and NULLs differ);
        # kept because dropping it means rebuilding the table on SQLite. The two partial
        # indexes below (revision 0003) are what hold "one word per thing".
        UniqueConstraint("kind", "message_id", "association_id", "key"),
        Index("uq_corrections_assign", "message_id", unique=True,
              sqlite_where=text("kind = 'assign'"), postgresql_where=text("kind = 'assign'")),
        Index("uq_corrections_set", "association_id", "key", unique=True,
              sqlite_where=text("kind = 'set'"), postgresql_where=text("kind = 'set'")),
    )


class CorrectionEvent(Base):
    """The history behind `corrections`: every correction as made (who, when, old -> new),
    kept when a newer one replaces it, marked when it is undone. `corrections` stays the
    one current word per thing that records are built from."""

    __tablename__ = "correction_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    message_id: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    association_id: Mapped[int | None] = mapped_column(
        ForeignKey("associations.id", ondelete="CASCADE"), index=True)
    key: Mapped[str | None] = mapped_column(String(100))
    # {"value": v, "manual": bool, "author": str|None, "at": iso|None}: what was in force
    # before; "manual" says whether that was an earlier correction (restored by undo).
    old: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    new: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # {"value": ...}
    author: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    undone_at: Mapped[dt.datetime | None] = mapped_column()
    undone_by: Mapped[str | None] = mapped_column(String(200))
