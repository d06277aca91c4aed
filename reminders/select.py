"""Who gets a reminder today, and for everyone else the reason why not.

Due: no reply yet (auto-replies do not count), not declined, not opted out, at least one
address that has not bounced, no mail of its awaiting review or a match awaiting confirmation, fewer
than `max_reminders` reminders so far, none today, and none within `min_days_between`
days. Days are calendar days in the survey's time zone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session, defer

from ..config import RemindersConfig, Survey
from ..intake.addresses import normalize_address
from ..model import Reason, Refusal
from ..store.models import Message
from ..store.records import IN_SECTION, MATCH_DOUBTS, AssociationRecord, SurveyState
from ..store.reminder_history import ReminderHistory

SKIP_REASONS = ("declined", "responded", "late", "opted_out", "bounced", "no_address",
                "max_reached", "reminded_today", "too_soon", "awaits_review", "awaits_confirmation",
                "awaits_unmatched")


@dataclass(frozen=True)
class Candidate:
    association_id: int
    name: str
    ref: str | None
    addresses: tuple[str, ...]  # the ones to write to (bounced ones left out)
    round: int  # 1 for the first reminder
    previous_message_ids: tuple[str, ...] = ()
    left_out: tuple[str, ...] = ()  # bounced or refused addresses not written to


class _Labels(Protocol):
    """reports.labels.Labels (a sibling layer: not imported here)."""

    def __call__(self, key: str, **kw: object) -> str: ...

    def reasons(self, rs: Iterable[Reason]) -> list[str]: ...


@dataclass(frozen=True)
class Skip:
    association_id: int
    name: str
    reason: str  # one of SKIP_REASONS (a label key: "skip_" + reason)
    params: dict[str, Any] = field(default_factory=dict)  # "reasons": review reasons

    def text(self, t: _Labels) -> str:
        """Why it is skipped, in the coordinator's words."""
        params = {k: v for k, v in self.params.items() if k != "reasons"}
        if "reasons" in self.params:
            params["why"] = "; ".join(t.reasons(self.params["reasons"]))
        return t("skip_" + self.reason, **params)


@dataclass
class Selection:
    due: list[Candidate] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    # replies that belong to no association, waiting for a person (`intake review`): any
    # of them may be from an association due a reminder, held or not (issue 9)
    unmatched_waiting: int = 0

    def skipped_by_reason(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for s in self.skipped:
            out[s.reason] = out.get(s.reason, 0) + 1
        return out


def bounced_addresses(session: Session, state: SurveyState) -> dict[int, set[str]]:
    """Per association, the addresses its (matched or assigned) bounces name. A bounce of
    an address several associations share is in each one's record (store/records.py)."""
    ids: dict[int, list[int]] = {}
    for r in state.associations:
        for m in r.messages:
            if m.kind == "bounce":
                ids.setdefault(m.id, []).append(r.id)
    out: dict[int, set[str]] = {}
    if not ids:
        return out
    query = select(Message).options(defer(Message.raw)).where(Message.id.in_(list(ids)))
    for msg in session.scalars(query):
        addrs = {a for a in (normalize_address(x) for x in msg.bounced_list) if a}
        for aid in ids[msg.id]:
            out.setdefault(aid, set()).update(addrs)
    return out


def find_association(state: SurveyState, name_or_ref: str) -> AssociationRecord:
    """`--only`: an exact name (case-insensitive), a reference like K7Q2, or a unique part
    of a name."""
    key = name_or_ref.strip().casefold()
    exact = [r for r in state.associations
             if r.name.casefold() == key or (r.ref or "").casefold() == key]
    if exact:
        return exact[0]
    partial = [r for r in state.associations if key and key in r.name.casefold()]
    if len(partial) == 1:
        return partial[0]
    if partial:
        names = ", ".join(r.name for r in partial[:5])
        raise Refusal("several_associations",
                      f"{name_or_ref!r} names several associations: {names}",
                      name=name_or_ref, names=names)
    raise Refusal("no_association", f"no association {name_or_ref!r} in the roster",
                  name=name_or_ref)


def local_date(when: dt.datetime, survey: Survey) -> dt.date:
    return when.astimezone(survey.tz).date()


def choose(
    survey: Survey,
    state: SurveyState,
    histories: Mapping[int, ReminderHistory],
    bounced: Mapping[int, set[str]],
    cfg: RemindersConfig,
    now: dt.datetime,
    *,
    only: str | None = None,
) -> Selection:
    records = state.associations
    if only is not None:
        records = [find_association(state, only)]
    today = local_date(now, survey)
    sel = Selection(unmatched_waiting=state.unmatched_replies())
    for rec in records:
        history = histories.get(rec.id) or ReminderHistory(rec.id)

        def skip(reason: str, rec: AssociationRecord = rec, **params: Any) -> None:
            sel.skipped.append(Skip(rec.id, rec.name, reason, params))

        if rec.declined:
            skip("declined")  # said it takes no part: a reminder would only nag
            continue
        if rec.status in ("responded", "late"):
            # answered through its section of another's mail: said as awaiting a person
            # (its answers are to confirm), not as answered
            carried = tuple(r for r in rec.holding if r.code == IN_SECTION)
            if carried:
                skip("awaits_review", reasons=carried)
            else:
                skip(rec.status)
            continue
        if rec.opted_out:
            skip("opted_out")
            continue
        if not rec.emails:
            skip("no_address")
            continue
        dead = dict.fromkeys(bounced.get(rec.id, set()), "bounce")
        if rec.bounced and not dead:
            dead = dict.fromkeys(rec.emails, "bounce")  # marked bounced by hand
        elif not rec.bounced and "bounced" in rec.corrected:
            dead = {}  # a person said the addresses work
        dead.update(history.permanently_refused())
        live = tuple(a for a in rec.emails if a not in dead)
        if not live:
            skip("bounced", addresses=", ".join(rec.emails))
            continue
        # Its mail awaits a person (a reply that may be one, a match to confirm): a reminder
        # now could go to an association that has answered.
        if rec.holding:
            doubts = [r for r in rec.holding if r.code in MATCH_DOUBTS]
            unmatched = [r for r in rec.holding
                         if r.code in ("maybe_in_unmatched", "unmatched_anyone")]
            skip("awaits_confirmation" if doubts else
                 "awaits_unmatched" if unmatched else "awaits_review",
                 reasons=tuple(doubts or rec.holding))
            continue
        if history.count >= cfg.max_reminders:
            skip("max_reached", n=history.count)
            continue
        last = history.last_sent_at
        if last is not None:
            last_day = local_date(last, survey)
            if last_day >= today:
                skip("reminded_today", date=last_day.isoformat())
                continue
            if (today - last_day).days < cfg.min_days_between:
                next_day = last_day + dt.timedelta(days=cfg.min_days_between)
                skip("too_soon", date=last_day.isoformat(), next=next_day.isoformat())
                continue
        sel.due.append(Candidate(
            association_id=rec.id,
            name=rec.name,
            ref=rec.ref,
            addresses=live,
            round=history.count + 1,
            previous_message_ids=tuple(r.message_id for r in history.sent),
            left_out=tuple(a for a in rec.emails if a in dead),
        ))
    return sel
