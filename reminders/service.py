"""Plain functions behind `intake remind` and `intake associations opt-out/opt-in`:
the CLI parses arguments and prints, nothing more."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import select

from ..config import Config
from ..store.db import Store, session_scope
from ..store.models import Association
from ..store.records import build_state
from ..store.reminder_history import ReminderHistory, load_history
from .smtp import Connector, connect

if TYPE_CHECKING:
    # .run (templates, address matching, the parsers under it) is imported by remind():
    # `intake status` reads the reminder histories here and sends nothing.
    from .run import RunResult

NOW_ENV = "INTAKE_NOW"


def now() -> dt.datetime:
    """The current time, or $INTAKE_NOW (an ISO time; UTC when it has no offset) so that
    reports and tests are reproducible. The same rule as the CLI's."""
    fixed = os.environ.get(NOW_ENV)
    if fixed:
        when = dt.datetime.fromisoformat(fixed)
        return when if when.tzinfo else when.replace(tzinfo=dt.UTC)
    return dt.datetime.now(dt.UTC)


def remind(
    config: Config,
    *,
    send: bool = False,
    only: str | None = None,
    clock_now: Callable[[], dt.datetime] = now,
    connector: Connector = connect,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
    store: Store | None = None,
) -> RunResult:
    from .run import run_reminders

    return run_reminders(config, send=send, only=only, now=clock_now, connector=connector,
                         clock=clock, sleep=sleep, store=store)


def set_opted_out(config: Config, name_or_ref: str, opted_out: bool) -> str:
    """Set the roster flag; returns the association's name. LookupError if unknown."""
    from .select import find_association

    with session_scope(config.store_url) as s:
        state = build_state(s, config.survey)
        rec = find_association(state, name_or_ref)
        assoc = s.scalars(select(Association).where(Association.id == rec.id)).one()
        assoc.opted_out = opted_out
        return assoc.name


def reminder_histories(config: Config) -> dict[int, ReminderHistory]:
    with session_scope(config.store_url) as s:
        return load_history(s)
