"""Who gets a reminder and why not: replies, auto-replies, bounces, opt-out, spacing,
the maximum, --only; and which reply came after which reminder."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
from pathlib import Path

import pytest
from helpers import make_config
from sqlalchemy.orm import Session

from svarsinkorg.config import Config, RemindersConfig
from svarsinkorg.reminders.select import bounced_addresses, choose
from svarsinkorg.reports.html import reminder_rounds
from svarsinkorg.store.db import Store
from svarsinkorg.store.models import Association, AssociationEmail, Correction, Message
from svarsinkorg.store.records import build_state
from svarsinkorg.store.reminder_history import load_history, reminder_before_reply
from svarsinkorg.store.reminder_state import Reminder

UTC = dt.UTC
NOW = dt.datetime(2020, 1, 24, 9, 0, tzinfo=UTC)
_ids = itertools.count(1)


def add_assoc(s: Session, name: str, *emails: str, ref: str | None = None,
              opted_out: bool = False) -> Association:
    a = Association(name=name, ref=ref or f"R{next(_ids):03d}", opted_out=opted_out,
                    roster_order=next(_ids))
    a.emails = [AssociationEmail(email=e) for e in emails]
    s.add(a)
    s.flush()
    return a


def add_message(s: Session, assoc: Association | None, kind: str, when: dt.datetime,
                bounced: list[str] | None = None) -> Message:
    raw = f"{kind} {next(_ids)}".encode()
    m = Message(message_key=f"<m{next(_ids)}@test>", sha256=hashlib.sha256(raw).hexdigest(),
                raw=raw, size=len(raw), origin="test", sent_at=when, kind=kind,
                association_id=assoc.id if assoc else None,
                bounced_addresses={"items": bounced or []}, answers={}, problems={})
    s.add(m)
    s.flush()
    return m


def add_reminder(s: Session, assoc: Association, when: dt.datetime, status: str = "sent",
                 address: str | None = None, round: int = 1, answer: str | None = None,
                 message_id: str | None = None) -> Reminder:
    r = Reminder(association_id=assoc.id, address=address or assoc.addresses[0], sent_at=when,
                 message_id=message_id or f"<rem{next(_ids)}@test>", status=status,
                 round=round, server_response=answer)
    s.add(r)
    s.flush()
    return r


@pytest.fixture
def cfg(tmp_path: Path) -> Config:
    return make_config(tmp_path)


@pytest.fixture
def store(cfg: Config):
    st = Store(cfg.store_url)
    yield st
    st.close()


def select(store: Store, cfg: Config, now: dt.datetime = NOW, only: str | None = None,
           reminders: RemindersConfig | None = None):
    with store.session() as s:
        state = build_state(s, cfg.survey)
        sel = choose(cfg.survey, state, load_history(s), bounced_addresses(s, state),
                     reminders or cfg.reminders, now, only=only)
    return sel


def reasons(sel) -> dict[str, str]:
    return {sk.name: sk.reason for sk in sel.skipped}


def test_reply_counts_auto_reply_does_not(store: Store, cfg: Config) -> None:
    with store.session() as s:
        replied = add_assoc(s, "Svarade Föreningen", "a@svar.se")
        auto = add_assoc(s, "Autosvar Föreningen", "b@auto.se")
        silent = add_assoc(s, "Tysta Föreningen", "c@tyst.se")
        add_message(s, replied, "reply", NOW - dt.timedelta(days=3))
        add_message(s, auto, "auto_reply", NOW - dt.timedelta(days=3))
        add_message(s, silent, "other", NOW - dt.timedelta(days=3))
    sel = select(store, cfg)
    assert [c.name for c in sel.due] == ["Autosvar Föreningen"]
    # Mail from the association that is no reply awaits a person (issue 9): no reminder.
    assert reasons(sel) == {"Svarade Föreningen": "responded",
                            "Tysta Föreningen": "awaits_review"}
    assert all(c.round == 1 for c in sel.due)


def test_late_reply_also_counts(store: Store, cfg: Config) -> None:
    with store.session() as s:
        a = add_assoc(s, "Sena Föreningen", "a@sen.se")
        add_message(s, a, "reply", dt.datetime(2020, 2, 3, tzinfo=UTC))
    assert reasons(select(store, cfg, now=dt.datetime(2020, 2, 4, tzinfo=UTC))) == {
        "Sena Föreningen": "late"}


def test_bounced_addresses_are_left_out_and_all_bounced_is_skipped(store: Store,
                                                                   cfg: Config) -> None:
    with store.session() as s:
        both = add_assoc(s, "Två Adresser", "gammal@tva.se", "ny@tva.se")
        dead = add_assoc(s, "Studsar Helt", "borta@studs.se")
        add_message(s, both, "bounce", NOW - dt.timedelta(days=10), ["gammal@tva.se"])
        add_message(s, dead, "bounce", NOW - dt.timedelta(days=10), ["borta@studs.se"])
    sel = select(store, cfg)
    assert [(c.name, c.addresses, c.left_out) for c in sel.due] == [
        ("Två Adresser", ("ny@tva.se",), ("gammal@tva.se",))]
    assert reasons(sel) == {"Studsar Helt": "bounced"}


def test_bounced_set_by_hand_and_cleared_by_hand(store: Store, cfg: Config) -> None:
    with store.session() as s:
        marked = add_assoc(s, "Markerad Studs", "x@markerad.se")
        cleared = add_assoc(s, "Rensad Studs", "y@rensad.se")
        add_message(s, cleared, "bounce", NOW - dt.timedelta(days=10), ["y@rensad.se"])
        s.add(Correction(kind="set", association_id=marked.id, key="bounced",
                         value={"value": True}))
        s.add(Correction(kind="set", association_id=cleared.id, key="bounced",
                         value={"value": False}))
    sel = select(store, cfg)
    assert reasons(sel) == {"Markerad Studs": "bounced"}
    assert [c.name for c in sel.due] == ["Rensad Studs"]


def test_opted_out_and_no_address_are_never_reminded(store: Store, cfg: Config) -> None:
    with store.session() as s:
        add_assoc(s, "Avböjde Föreningen", "a@avbojt.se", opted_out=True)
        add_assoc(s, "Utan Adress")
    sel = select(store, cfg)
    assert sel.due == []
    assert reasons(sel) == {"Avböjde Föreningen": "opted_out", "Utan Adress": "no_address"}
    # --only does not get around it.
    assert reasons(select(store, cfg, only="Avböjde Föreningen")) == {
        "Avböjde Föreningen": "opted_out"}


def test_spacing_maximum_and_same_day(store: Store, cfg: Config) -> None:
    # Example config: min_days_between = 7, max_reminders = 2.
    with store.session() as s:
        recent = add_assoc(s, "Nyss Påmind", "a@nyss.se")
        old = add_assoc(s, "Länge Sedan", "b@lange.se")
        done = add_assoc(s, "Påmind Två Gånger", "c@tva.se")
        today = add_assoc(s, "Påmind I Dag", "d@idag.se")
        crashed = add_assoc(s, "Krasch Efter Sändning", "e@krasch.se")
        failed = add_assoc(s, "Misslyckad Förut", "f@fel.se")
        add_reminder(s, recent, NOW - dt.timedelta(days=3))
        first = add_reminder(s, old, NOW - dt.timedelta(days=8))
        add_reminder(s, done, NOW - dt.timedelta(days=20))
        add_reminder(s, done, NOW - dt.timedelta(days=10), round=2)
        add_reminder(s, today, NOW - dt.timedelta(hours=1))
        add_reminder(s, crashed, NOW - dt.timedelta(hours=2), status="pending")
        add_reminder(s, failed, NOW - dt.timedelta(hours=2), status="failed",
                     answer="554 5.6.0 message refused")
        first_id = first.message_id
    sel = select(store, cfg)
    assert reasons(sel) == {
        "Nyss Påmind": "too_soon",
        "Påmind Två Gånger": "max_reached",
        "Påmind I Dag": "reminded_today",
        "Krasch Efter Sändning": "reminded_today",  # pending counts as sent
    }
    due = {c.name: c for c in sel.due}
    assert set(due) == {"Länge Sedan", "Misslyckad Förut"}
    assert due["Länge Sedan"].round == 2
    assert due["Länge Sedan"].previous_message_ids == (first_id,)
    assert due["Misslyckad Förut"].round == 1  # a failed attempt is no reminder
    too_soon = next(sk for sk in sel.skipped if sk.reason == "too_soon")
    assert too_soon.params == {"date": "2020-01-21", "next": "2020-01-28"}
    # min_days_between = 0 still never sends two the same day.
    zero = RemindersConfig(min_days_between=0, max_reminders=5)
    assert reasons(select(store, cfg, reminders=zero))["Påmind I Dag"] == "reminded_today"
    assert "Nyss Påmind" not in reasons(select(store, cfg, reminders=zero))


def test_days_are_counted_in_the_survey_time_zone(store: Store, cfg: Config) -> None:
    with store.session() as s:
        a = add_assoc(s, "Kvällsföreningen", "a@kvall.se")
        # 23:30 UTC on the 23rd is 00:30 on the 24th in Stockholm: "today".
        add_reminder(s, a, dt.datetime(2020, 1, 23, 23, 30, tzinfo=UTC))
    zero = RemindersConfig(min_days_between=0, max_reminders=5)
    assert reasons(select(store, cfg, now=dt.datetime(2020, 1, 24, 12, 0, tzinfo=UTC),
                          reminders=zero)) == {"Kvällsföreningen": "reminded_today"}


def test_permanently_refused_address_is_not_retried(store: Store, cfg: Config) -> None:
    with store.session() as s:
        a = add_assoc(s, "Avvisad Adress", "fel@avvisad.se", "ratt@avvisad.se")
        b = add_assoc(s, "Tillfälligt Fel", "a@tillfalligt.se")
        mid = "<r-refused@test>"
        add_reminder(s, a, NOW - dt.timedelta(days=9), address="fel@avvisad.se",
                     status="refused", answer="550 5.1.1 no such user", message_id=mid)
        add_reminder(s, a, NOW - dt.timedelta(days=9), address="ratt@avvisad.se",
                     message_id=mid)
        add_reminder(s, b, NOW - dt.timedelta(days=9), status="refused",
                     answer="450 4.2.1 try again later")
    due = {c.name: c for c in select(store, cfg).due}
    assert due["Avvisad Adress"].addresses == ("ratt@avvisad.se",)
    assert due["Avvisad Adress"].round == 2
    assert due["Tillfälligt Fel"].addresses == ("a@tillfalligt.se",)
    assert due["Tillfälligt Fel"].round == 1


def test_only_by_name_reference_or_unique_part(store: Store, cfg: Config) -> None:
    with store.session() as s:
        add_assoc(s, "Hyllie IF", "kansli@hyllieif.se", ref="K7Q2")
        add_assoc(s, "Holma Gårdsförening", "a@holma.se")
        add_assoc(s, "Holma Scouterna", "b@holma.se")
    assert [c.name for c in select(store, cfg, only="hyllie if").due] == ["Hyllie IF"]
    assert [c.name for c in select(store, cfg, only="k7q2").due] == ["Hyllie IF"]
    assert [c.name for c in select(store, cfg, only="Gårds").due] == ["Holma Gårdsförening"]
    with pytest.raises(LookupError, match="several"):
        select(store, cfg, only="Holma")
    with pytest.raises(LookupError, match="no association"):
        select(store, cfg, only="Finns Inte")


def test_reply_is_linked_to_the_reminder_before_it(store: Store, cfg: Config) -> None:
    with store.session() as s:
        prompted = add_assoc(s, "Svarade Efter", "a@efter.se")
        early = add_assoc(s, "Svarade Före", "b@fore.se")
        twice = add_assoc(s, "Två Påminnelser", "c@tva.se")
        add_reminder(s, prompted, dt.datetime(2020, 1, 17, 9, tzinfo=UTC))
        add_message(s, prompted, "auto_reply", dt.datetime(2020, 1, 17, 10, tzinfo=UTC))
        add_message(s, prompted, "reply", dt.datetime(2020, 1, 19, 10, tzinfo=UTC))
        add_message(s, early, "reply", dt.datetime(2020, 1, 10, 10, tzinfo=UTC))
        add_reminder(s, early, dt.datetime(2020, 1, 9, 9, tzinfo=UTC), status="failed")
        add_reminder(s, twice, dt.datetime(2020, 1, 10, 9, tzinfo=UTC))
        add_reminder(s, twice, dt.datetime(2020, 1, 17, 9, tzinfo=UTC), round=2)
        add_message(s, twice, "reply", dt.datetime(2020, 1, 20, 10, tzinfo=UTC))
    with store.session() as s:
        state = build_state(s, cfg.survey)
        histories = load_history(s)
    recs = {r.name: r for r in state.associations}
    linked = {n: reminder_before_reply(r, histories.get(r.id)) for n, r in recs.items()}
    assert linked["Svarade Efter"] is not None and linked["Svarade Efter"].round == 1
    assert linked["Svarade Före"] is None  # the only reminder failed
    assert linked["Två Påminnelser"] is not None and linked["Två Påminnelser"].round == 2
    rounds = reminder_rounds(cfg.survey, state, histories)
    assert [(r.day.isoformat(), r.reminded, r.replied_after) for r in rounds] == [
        ("2020-01-10", 1, 0), ("2020-01-17", 2, 2)]
