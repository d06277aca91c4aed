"""What the IMAP fetch remembers between nights: per folder the UIDVALIDITY and the highest
UID handled, and per message UID what became of it.

A UID is only ever recorded in the same transaction as the stored message it produced, so
the watermark never moves past a message that is not in the store."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .models import Base, Message, utcnow

# What became of one UID.
STORED = "stored"  # a new message in the store (parse_status tells whether parsing worked)
DUPLICATE = "duplicate"  # already in the store (same Message-ID or same bytes)
SKIPPED = "skipped"  # left alone: did not pass imap.subject_filter / imap.sender_filter
OVERSIZED = "oversized"  # over the size limit: recorded from its headers only, flagged
FAILED = "failed"  # could not be downloaded; `error` says why
OUTCOMES: tuple[str, ...] = (STORED, DUPLICATE, SKIPPED, OVERSIZED, FAILED)

# The post-store action (keyword / move) of one UID.
ACTION_PENDING = "pending"
ACTION_DONE = "done"


class ImapFolder(Base):
    """Incremental state of one folder of one account."""

    __tablename__ = "imap_folders"

    id: Mapped[int] = mapped_column(primary_key=True)
    account: Mapped[str] = mapped_column(String(400))  # username@host
    folder: Mapped[str] = mapped_column(String(400))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    __table_args__ = (UniqueConstraint("account", "folder"),)


class ImapSeen(Base):
    """One message UID that a fetch has looked at, and what became of it."""

    __tablename__ = "imap_seen"

    id: Mapped[int] = mapped_column(primary_key=True)
    account: Mapped[str] = mapped_column(String(400))
    folder: Mapped[str] = mapped_column(String(400))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    uid: Mapped[int] = mapped_column(BigInteger)
    message_key: Mapped[str | None] = mapped_column(String(998))
    size: Mapped[int | None] = mapped_column(Integer)
    subject: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(String(20))
    error: Mapped[str | None] = mapped_column(Text)
    action: Mapped[str | None] = mapped_column(String(20))  # None | pending | done
    action_error: Mapped[str | None] = mapped_column(Text)
    message_id: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="SET NULL"), index=True
    )
    seen_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    message: Mapped[Message | None] = relationship()

    __table_args__ = (UniqueConstraint("account", "folder", "uidvalidity", "uid"),)
