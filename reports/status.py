"""The deadline report: where the survey stands today."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..config import Survey
from ..store.records import AssociationRecord, SurveyState
from ..store.reminder_history import ReminderHistory
from .labels import Labels


@dataclass(frozen=True)
class Counts:
    total: int
    responded: int
    late: int
    no_response: int
    bounced: int
    needs_review: int
    wants_interview: int


def counts(records: list[AssociationRecord]) -> Counts:
    return Counts(
        total=len(records),
        responded=sum(r.status == "responded" for r in records),
        late=sum(r.status == "late" for r in records),
        no_response=sum(r.status == "no_response" for r in records),
        bounced=sum(r.bounced for r in records),
        needs_review=sum(r.needs_review for r in records),
        wants_interview=sum(r.wants_interview for r in records),
    )


def review_items(state: SurveyState) -> int:
    """What waits for a person, counted as the review queue counts it (review.py): one
    per association whose record needs review, one per flagged mail that belongs to no
    association; never one per reason (three doubts about one reply are one item)."""
    owner = {m.id: r.id for r in state.associations for m in r.messages}
    refs = {("a", r.id) for r in state.associations if r.needs_review}
    for what, m, _why in state.review:
        if m is None:
            continue
        rec = owner.get(m.id) if what != "unmatched" else None
        refs.add(("m", m.id) if rec is None else ("a", rec))
    return len(refs)


def days_left(survey: Survey, now: dt.datetime) -> int:
    """Whole calendar days from today to the deadline day, in the survey's time zone:
    0 on the last day, negative once it has passed."""
    today = now.astimezone(survey.tz).date()
    return (survey.deadline - today).days


def deadline_phrase(survey: Survey, now: dt.datetime, t: Labels) -> str:
    n = days_left(survey, now)
    if n > 1:
        return t("days_left", n=n)
    if n == 1:
        return t("day_left")
    if n == 0:
        return t("last_day")
    if n == -1:
        return t("day_ago")
    return t("days_ago", n=-n)


def flags_for(rec: AssociationRecord, t: Labels) -> list[str]:
    out = []
    if rec.declined:
        out.append(t("declined_flag"))
    if rec.wants_interview:
        out.append(t("interview_flag"))
    if rec.bounced:
        out.append(t("bounced_flag"))
    if rec.needs_review:
        out.append(t("review_flag"))
    if rec.corrected:
        out.append(t("corrected_flag"))
    return out


def status_json(
    survey: Survey,
    state: SurveyState,
    now: dt.datetime,
    reminded: Mapping[int, ReminderHistory] | None = None,
    t: Labels | None = None,
) -> dict[str, Any]:
    t = t or Labels.for_survey(survey)
    c = counts(state.associations)
    reminded = reminded or {}
    return {
        "survey": {"name": survey.name, "deadline": survey.deadline.isoformat(),
                   "timezone": survey.timezone},
        "now": now.astimezone(survey.tz).isoformat(),
        "days_left": days_left(survey, now),
        "counts": c.__dict__,
        "associations": [
            {
                "association": r.name,
                "emails": list(r.emails),  # an address may be shared by several
                "status": r.status,
                "received_at": r.received_at.isoformat() if r.received_at else None,
                "answered": r.answered(),
                "bounced": r.bounced,
                "wants_interview": r.wants_interview,
                "declined": r.declined,
                "needs_review": r.needs_review,
                "review_reasons": t.reasons(r.reasons),  # in the survey's language
                "reminders": h.count if (h := reminded.get(r.id)) else 0,
                "last_reminded_at": h.last_sent_at.isoformat()
                if (h := reminded.get(r.id)) and h.last_sent_at else None,
                "opted_out": r.opted_out,
            }
            for r in state.associations
        ],
        "unmatched": len(state.unmatched),
        # of those, replies waiting for a person: a record may look unanswered meanwhile
        "unmatched_replies": state.unmatched_replies(),
    }
