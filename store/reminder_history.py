"""What reminders each association got, read back from the `reminders` table, and which
reply came after which reminder (derived, never stored)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from .records import AssociationRecord
from .reminder_state import COUNTS_AS_SENT, Reminder


def as_aware(when: dt.datetime) -> dt.datetime:
    # SQLite hands back naive datetimes; we store UTC.
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


@dataclass(frozen=True)
class SentReminder:
    """One reminder message to one association (its rows share a Message-ID)."""

    association_id: int
    message_id: str
    sent_at: dt.datetime
    round: int
    status: str  # sent | pending | refused | failed: the best of its rows
    delivered_to: tuple[str, ...]  # addresses the server accepted (or may have: pending)
    refused: tuple[tuple[str, str], ...]  # (address, server answer)

    @property
    def counts(self) -> bool:
        return self.status in COUNTS_AS_SENT


@dataclass
class ReminderHistory:
    association_id: int
    attempts: list[SentReminder] = field(default_factory=list)  # oldest first

    @property
    def sent(self) -> list[SentReminder]:
        return [r for r in self.attempts if r.counts]

    @property
    def count(self) -> int:
        return len(self.sent)

    @property
    def last_sent_at(self) -> dt.datetime | None:
        sent = self.sent
        return sent[-1].sent_at if sent else None

    def permanently_refused(self) -> dict[str, str]:
        """Addresses a server refused with a 5xx answer, with that answer: not worth
        another try until the roster changes."""
        out: dict[str, str] = {}
        for r in self.attempts:
            for addr, answer in r.refused:
                if answer.strip().startswith("5"):
                    out[addr] = answer
            for addr in r.delivered_to:
                out.pop(addr, None)  # accepted later: it works again
        return out


_RANK = {"sent": 3, "pending": 2, "refused": 1, "failed": 0}


def load_history(session: Session) -> dict[int, ReminderHistory]:
    rows = list(session.scalars(select(Reminder).order_by(Reminder.sent_at, Reminder.id)))
    grouped: dict[tuple[int, str], list[Reminder]] = {}
    for row in rows:
        grouped.setdefault((row.association_id, row.message_id), []).append(row)
    out: dict[int, ReminderHistory] = {}
    for (assoc_id, message_id), group in grouped.items():
        best = max(group, key=lambda r: _RANK.get(r.status, 0))
        out.setdefault(assoc_id, ReminderHistory(assoc_id)).attempts.append(SentReminder(
            association_id=assoc_id,
            message_id=message_id,
            sent_at=as_aware(min(r.sent_at for r in group)),
            round=group[0].round,
            status=best.status,
            delivered_to=tuple(r.address for r in group if r.status in COUNTS_AS_SENT),
            refused=tuple((r.address, r.server_response or "") for r in group
                          if r.status == "refused"),
        ))
    for h in out.values():
        h.attempts.sort(key=lambda r: r.sent_at)
    return out


def reminder_before_reply(rec: AssociationRecord, history: ReminderHistory | None
                          ) -> SentReminder | None:
    """The reminder that the association's first reply came after (the latest one sent
    before it), or None: no reply, or it came before any reminder."""
    if history is None or rec.received_at is None or rec.status == "no_response":
        return None
    received = as_aware(rec.received_at)
    before = [r for r in history.sent if r.sent_at <= received]
    return before[-1] if before else None
