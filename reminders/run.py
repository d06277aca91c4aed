"""One reminder run: choose, render, and (with send=True) send with recording and a rate
limit. Dry run is the default and touches neither the network nor the store.

Recording: before a message goes out, one "pending" row per address is committed; the
moment the server answers, the rows become "sent" or "refused" (with the server's
answer). A crash in between leaves "pending", which counts as sent, so a rerun never
sends an association a second reminder the same day. A message refused as a whole is
"failed" with the answer, and the run carries on with the next association."""

from __future__ import annotations

import datetime as dt
import smtplib
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select

from ..config import Config
from ..store.db import Store
from ..store.records import build_state
from ..store.reminder_history import as_aware, load_history
from ..store.reminder_state import COUNTS_AS_SENT, Reminder
from .render import RenderedReminder, load_template, render_reminder
from .select import Candidate, Selection, Skip, bounced_addresses, choose, local_date
from .smtp import (
    Connector,
    Pacer,
    SmtpError,
    SmtpSession,
    answer_text,
    build_message,
    connect,
    explain,
    is_basic_auth_block,
    new_message_id,
    smtp_config_or_error,
)


@dataclass(frozen=True)
class Planned:
    candidate: Candidate
    rendered: RenderedReminder


@dataclass
class Outcome:
    association_id: int
    name: str
    status: str  # sent | partly_refused | refused | failed | unknown | skipped
    message_id: str | None = None
    sent_to: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (address, answer)
    detail: str = ""


@dataclass
class RunResult:
    dry_run: bool
    selection: Selection
    planned: list[Planned] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    aborted: str | None = None  # the one-line reason the run stopped early
    not_attempted: list[str] = field(default_factory=list)  # names, after an abort

    @property
    def sent(self) -> int:
        return sum(o.status in ("sent", "partly_refused") for o in self.outcomes)

    @property
    def failed(self) -> int:
        return sum(o.status in ("refused", "failed", "unknown") for o in self.outcomes)

    @property
    def skipped(self) -> list[Skip]:
        late = [Skip(o.association_id, o.name, "reminded_today") for o in self.outcomes
                if o.status == "skipped"]
        return [*self.selection.skipped, *late]


def plan(config: Config, store: Store, now: dt.datetime, only: str | None = None
         ) -> tuple[Selection, list[Planned]]:
    with store.session(readonly=True) as s:
        state = build_state(s, config.survey)
        histories = load_history(s)
        bounced = bounced_addresses(s, state)
    selection = choose(config.survey, state, histories, bounced, config.reminders, now,
                       only=only)
    template = load_template(config)
    planned = [Planned(c, render_reminder(config, template, association=c.name, ref=c.ref,
                                          round=c.round, now=now))
               for c in selection.due]
    return selection, planned


def _already_today(store: Store, config: Config, assoc_id: int, now: dt.datetime) -> bool:
    """Read again just before sending: another run may have reminded it meanwhile."""
    today = local_date(now, config.survey)
    with store.session() as s:
        rows = s.scalars(select(Reminder).where(Reminder.association_id == assoc_id,
                                                Reminder.status.in_(COUNTS_AS_SENT)))
        return any(local_date(as_aware(r.sent_at), config.survey) == today for r in rows)


def _record_pending(store: Store, c: Candidate, message_id: str, subject: str,
                    when: dt.datetime) -> None:
    with store.session() as s:
        for addr in c.addresses:
            s.add(Reminder(association_id=c.association_id, address=addr, sent_at=when,
                           message_id=message_id, status="pending", round=c.round,
                           subject=subject))


def _settle(store: Store, message_id: str, when: dt.datetime,
            statuses: dict[str, tuple[str, str | None]]) -> None:
    """address -> (status, server answer); addresses not named stay as they are."""
    with store.session() as s:
        for row in s.scalars(select(Reminder).where(Reminder.message_id == message_id)):
            if row.address in statuses:
                row.status, row.server_response = statuses[row.address]
                row.sent_at = when


def run_reminders(
    config: Config,
    *,
    send: bool = False,
    only: str | None = None,
    now: Callable[[], dt.datetime],
    connector: Connector = connect,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
    store: Store | None = None,
) -> RunResult:
    """Raises LookupError (--only names nobody), TemplateError (bad template or subject)
    and SmtpError (no usable [smtp] table) before anything is sent. STORE: an open store
    to use (the web app's, left open); without it one is opened and closed here."""
    own = store is None
    if store is None:
        store = Store(config.store_url)
    try:
        started = now()
        selection, planned = plan(config, store, started, only)
        result = RunResult(dry_run=not send, selection=selection, planned=planned)
        if not send or not planned:
            return result
        smtp_cfg = smtp_config_or_error(config.smtp)
        pacer = Pacer(config.reminders.rate_per_minute, clock=clock, sleep=sleep)
        session: SmtpSession | None = None
        try:
            for i, p in enumerate(planned):
                if session is None:
                    try:
                        session = connector(smtp_cfg)
                    except SmtpError as exc:
                        result.aborted = str(exc)
                        result.not_attempted = [q.candidate.name for q in planned[i:]]
                        break
                pacer.wait()
                outcome, fatal = _send_one(config, store, session, p, now)
                result.outcomes.append(outcome)
                if fatal:
                    result.aborted = fatal
                    result.not_attempted = [q.candidate.name for q in planned[i + 1:]]
                    break
                if outcome.status == "unknown":
                    session.close()
                    session = None  # the connection is gone: open a new one
        finally:
            if session is not None:
                session.close()
        return result
    finally:
        if own:
            store.close()


def _send_one(config: Config, store: Store, session: SmtpSession, p: Planned,
              now: Callable[[], dt.datetime]) -> tuple[Outcome, str | None]:
    """Send one reminder; returns its outcome and, when the whole run must stop, why."""
    assert config.smtp is not None
    c = p.candidate
    out = Outcome(c.association_id, c.name, "failed")
    when = now()
    if _already_today(store, config, c.association_id, when):
        out.status = "skipped"
        return out, None
    message_id = new_message_id(config.smtp.from_addr)
    out.message_id = message_id
    built = build_message(
        p.rendered,
        from_addr=config.smtp.from_addr,
        to=c.addresses,
        message_id=message_id,
        date=when.astimezone(config.survey.tz),
        in_reply_to=config.survey.original_message_id,
        references=c.previous_message_ids,
        server_smtputf8=session.smtputf8,
    )
    _record_pending(store, c, message_id, p.rendered.subject, when)
    statuses: dict[str, tuple[str, str | None]] = {
        addr: ("failed", why) for addr, why in built.unusable.items()}
    fatal: str | None = None
    if not built.recipients:
        out.detail = "; ".join(built.unusable.values())
        _settle(store, message_id, when, statuses)
        return out, None
    try:
        refused = session.send(built.data, built.sender, list(built.recipients),
                               utf8=built.utf8)
    except smtplib.SMTPRecipientsRefused as exc:
        for env, (code, text) in exc.recipients.items():
            addr = built.recipients.get(env, env)
            answer = answer_text(code, text)
            statuses[addr] = ("refused", answer)
            out.refused.append((addr, answer))
        out.status = "refused"
    except smtplib.SMTPResponseException as exc:
        # The sender or the message refused as a whole (SMTPSenderRefused, SMTPDataError).
        answer = explain(exc, config.smtp)
        for addr in built.recipients.values():
            statuses[addr] = ("failed", answer)
        out.detail = answer
        if is_basic_auth_block(exc) or isinstance(exc, smtplib.SMTPSenderRefused):
            fatal = answer  # every other message would meet the same answer
    except (smtplib.SMTPException, OSError) as exc:
        # The connection went away mid-send: the server may or may not have taken it.
        # The rows stay "pending" (counted as sent): better no reminder than two.
        answer = explain(exc, config.smtp)
        out.status = "unknown"
        out.detail = (f"{answer}: may or may not have been delivered; "
                      "not sent again today")
        _settle(store, message_id, when, {
            **statuses,
            **{a: ("pending", out.detail) for a in built.recipients.values()}})
        return out, None
    else:
        accepted_at = now()
        for env, addr in built.recipients.items():
            if env in refused:
                statuses[addr] = ("refused", refused[env])
                out.refused.append((addr, refused[env]))
            else:
                statuses[addr] = ("sent", None)
                out.sent_to.append(addr)
        out.status = "partly_refused" if out.refused else "sent"
        when = accepted_at
    if out.refused and not out.detail:
        out.detail = "; ".join(f"{a}: {why}" for a, why in out.refused)
    _settle(store, message_id, when, statuses)
    return out, fatal
