"""Reminders sent to associations: one row per (reminder message, address).

A row is written as "pending" before the message goes to the SMTP server and turned into
"sent" or "refused" the moment the server answers, so a crash between the two leaves a
pending row: counted as sent (conservatively), so no association gets two reminders in
one day. A message that failed as a whole (the server refused the sender or the data, or
the address cannot be written without SMTPUTF8) is "failed" and does not count."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base, utcnow

REMINDER_STATUSES = ("pending", "sent", "refused", "failed")
COUNTS_AS_SENT = ("pending", "sent")


class Reminder(Base):
    __tablename__ = "reminders"

    id: Mapped[int] = mapped_column(primary_key=True)
    association_id: Mapped[int] = mapped_column(
        ForeignKey("associations.id", ondelete="CASCADE"), index=True
    )
    address: Mapped[str] = mapped_column(String(320))  # as written in the roster (Unicode)
    sent_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    message_id: Mapped[str] = mapped_column(String(998), index=True)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    server_response: Mapped[str | None] = mapped_column(Text)
    round: Mapped[int] = mapped_column(Integer, default=1)  # this association's nth reminder
    subject: Mapped[str | None] = mapped_column(Text)
