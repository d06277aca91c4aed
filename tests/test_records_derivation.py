"""store/records.build_state on rows written straight into a store: every rule the record
derivation applies, value by value. The derivation reads plain rows (not ORM objects) and
groups corrections per association once (bench/bench_records.py): these pin that each
message, correction and time still lands where it did."""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import itertools
from typing import Any

import pytest
from helpers import make_config
from sqlalchemy.orm import Session

from svarsinkorg.config import Config
from svarsinkorg.model import Reason
from svarsinkorg.reports.labels import Labels
from svarsinkorg.review import review_queue
from svarsinkorg.store.db import Store
from svarsinkorg.store.models import (
    Association,
    AssociationEmail,
    Correction,
    Message,
    problems_json,
)
from svarsinkorg.store.records import SurveyState, build_state

UTC = dt.UTC
_n = itertools.count(1)
T0 = dt.datetime(2019, 12, 2, 9, tzinfo=UTC)


def at(days: float) -> dt.datetime:
    return T0 + dt.timedelta(days=days)


def assoc(s: Session, name: str, *emails: str, opted_out: bool = False) -> int:
    a = Association(name=name, ref=f"D{next(_n):03d}", roster_order=next(_n),
                    org_number=f"80{next(_n):04d}-0000", opted_out=opted_out)
    a.emails = [AssociationEmail(email=e) for e in emails]
    s.add(a)
    s.flush()
    return a.id


def mail(s: Session, target: int | None, kind: str = "reply", *,
         sent: dt.datetime | None = None, stored: dt.datetime | None = None,
         answers: dict[str, Any] | None = None, reasons: list[Reason] | None = None,
         notes: list[str] | None = None, unmatched: Reason | None = None,
         interview: bool = False, status: str = "ok", detail: str | None = None) -> int:
    raw = f"{kind}{next(_n)}".encode()
    m = Message(message_key=f"<d{next(_n)}@t>", sha256=hashlib.sha256(raw).hexdigest(),
                raw=raw, size=len(raw), origin="t", sent_at=sent, kind=kind,
                imported_at=stored or at(60), header_message_id=f"<h{next(_n)}@t>",
                from_addr="x@example.org", subject="Re: Kartläggning",
                association_id=target, wants_interview=interview, match_detail=detail,
                answers=answers or {}, bounced_addresses={"items": []}, parse_status=status,
                problems=problems_json(reasons or [], notes or [], unmatched))
    s.add(m)
    s.flush()
    return m.id


def ans(value: Any, raw: str | None = None, *, source: str | None = None,
        ambiguous: bool = False) -> dict[str, Any]:
    out = {"value": value, "raw": raw if raw is not None else str(value),
           "ambiguous": ambiguous}
    if source:
        out["source"] = source
    return out


def correct(s: Session, kind: str, *, when: dt.datetime, association: int | None = None,
            message: int | None = None, key: str | None = None, value: Any = None) -> None:
    s.add(Correction(kind=kind, association_id=association, message_id=message, key=key,
                     value={"value": value}, created_at=when, author="test"))
    s.flush()


@pytest.fixture
def cfg(tmp_path: Any, store_url: str) -> Config:
    """Each test runs on SQLite and on PostgreSQL (conftest.store_url): the rows come back
    typed differently (naive or aware times, JSON decoded by the driver or by SQLAlchemy)."""
    return make_config(tmp_path, store_url)


def derive(cfg: Config, fill: Any) -> tuple[SurveyState, dict[str, int]]:
    store = Store(cfg.store_url)
    try:
        with store.session() as s:
            ids = fill(s)
        with store.session(readonly=True) as s:
            return build_state(s, cfg.survey), ids
    finally:
        store.close()


def by_name(state: SurveyState) -> dict[str, Any]:
    return {r.name: r for r in state.associations}


def test_later_answers_replace_earlier_ones_and_sources_name_the_mail(cfg):
    def fill(s: Session) -> dict[str, int]:
        a = assoc(s, "Hyllie IF", "kansli@hyllieif.se", "ordf@hyllieif.se")
        first = mail(s, a, sent=at(1), answers={"about": ans("Fotboll."),
                                                "how": ans("Läger.", source="svar.docx")})
        second = mail(s, a, sent=at(3), answers={"about": ans("Fotboll och bandy.")})
        return {"first": first, "second": second}

    state, ids = derive(cfg, fill)
    rec = by_name(state)["Hyllie IF"]
    assert rec.emails == ["kansli@hyllieif.se", "ordf@hyllieif.se"]
    assert rec.answers == {"about": "Fotboll och bandy.", "works_against_segregation": None,
                           "how": "Läger.", "obstacles_opportunities": None}
    assert rec.status == "responded"
    assert rec.received_at == at(1)
    assert rec.sources == [
        {"question": "about", "message": ids["second"], "message_id": rec.messages[1].message_id,
         "received_at": "2019-12-05T09:00:00+00:00", "source": "body"},
        {"question": "how", "message": ids["first"], "message_id": rec.messages[0].message_id,
         "received_at": "2019-12-03T09:00:00+00:00", "source": "svar.docx"},
    ]
    assert [m.id for m in rec.messages] == [ids["first"], ids["second"]]
    assert all(m.date is not None and m.date.tzinfo is not None for m in rec.messages)


def test_messages_are_ordered_by_date_and_a_dateless_one_by_when_it_was_stored(cfg):
    def fill(s: Session) -> dict[str, int]:
        a = assoc(s, "Nydala Fritidsförening", "nydala@example.org")
        late = mail(s, a, sent=at(5), answers={"about": ans("Sent.")})
        undated = mail(s, a, sent=None, stored=at(2), answers={"about": ans("Utan datum.")})
        early = mail(s, a, sent=at(1), answers={"about": ans("Tidigt.")})
        return {"late": late, "undated": undated, "early": early}

    state, ids = derive(cfg, fill)
    rec = by_name(state)["Nydala Fritidsförening"]
    assert [m.id for m in rec.messages] == [ids["early"], ids["undated"], ids["late"]]
    assert rec.answers["about"] == "Sent."
    assert rec.messages[1].date is None  # the summary shows the Date header: none
    assert rec.received_at == at(1)


def test_corrections_apply_to_their_own_association_only_newest_last(cfg):
    def fill(s: Session) -> dict[str, int]:
        a = assoc(s, "Boulesällskapet", "boule@example.org")
        b = assoc(s, "Schackklubben", "schack@example.org")
        mail(s, a, sent=at(1), answers={"how": ans("Öppna kvällar.")})
        mail(s, b, sent=at(1), answers={"how": ans("Turneringar.")})
        correct(s, "set", association=a, key="how", value="Med hand.", when=at(10))
        correct(s, "set", association=a, key="status", value="late", when=at(11))
        correct(s, "set", association=a, key="wants_interview", value=True, when=at(12))
        correct(s, "set", association=b, key="bounced", value=True, when=at(13))
        return {"a": a, "b": b}

    state, _ = derive(cfg, fill)
    a, b = by_name(state)["Boulesällskapet"], by_name(state)["Schackklubben"]
    assert (a.answers["how"], a.status, a.wants_interview, a.bounced) == (
        "Med hand.", "late", True, False)
    assert a.corrected == ["how", "status", "wants_interview"]
    assert a.sources == [{"question": "how", "message": None, "message_id": None,
                          "received_at": "2019-12-12T09:00:00+00:00", "source": "manual"}]
    assert (b.answers["how"], b.status, b.wants_interview, b.bounced) == (
        "Turneringar.", "responded", False, True)
    assert b.corrected == ["bounced"]


def test_reviewed_covers_mail_stored_until_then_and_later_mail_is_looked_at_anew(cfg):
    doubt = Reason("partial", "how", "Vi...")

    def fill(s: Session) -> dict[str, int]:
        a = assoc(s, "Kören", "kor@example.org")
        seen = mail(s, a, sent=at(1), stored=at(1), reasons=[doubt],
                    answers={"how": ans(None, "Ja eller nej", ambiguous=True)})
        correct(s, "set", association=a, key="reviewed", value=True, when=at(2))
        new = mail(s, a, sent=at(3), stored=at(3), reasons=[Reason("no_answer", "about")])
        return {"seen": seen, "new": new}

    state, ids = derive(cfg, fill)
    rec = by_name(state)["Kören"]
    assert rec.reasons == [Reason("no_answer", "about")]
    assert rec.review_reasons == ["no_answer:about"]
    assert rec.needs_review and rec.holding == [Reason("no_answer", "about")]
    assert [(what, m.id if m else None, r) for what, m, r in state.review] == [
        ("message", ids["new"], Reason("no_answer", "about"))]


def test_an_ambiguous_answer_left_over_needs_review_unless_a_person_saw_it(cfg):
    def fill(s: Session) -> dict[str, int]:
        a = assoc(s, "Scoutkåren", "scout@example.org")
        mail(s, a, sent=at(1), stored=at(1),
             answers={"works_against_segregation": ans(None, "Både och", ambiguous=True)})
        b = assoc(s, "Hyresgästföreningen", "hgf@example.org")
        mail(s, b, sent=at(1), stored=at(1),
             answers={"works_against_segregation": ans(None, "Kanske", ambiguous=True)})
        correct(s, "set", association=b, key="reviewed", value=True, when=at(2))
        return {}

    state, _ = derive(cfg, fill)
    scouts, hgf = by_name(state)["Scoutkåren"], by_name(state)["Hyresgästföreningen"]
    assert scouts.reasons == [Reason("ambiguous", "works_against_segregation", "Både och")]
    assert scouts.raw_answers["works_against_segregation"] == "Både och"
    assert hgf.reasons == [] and not hgf.needs_review


def test_assignments_move_mail_settle_sender_doubts_and_none_removes_it(cfg):
    doubt = Reason("match_by_name", None, "Grannskap")

    def fill(s: Session) -> dict[str, int]:
        a = assoc(s, "Grannskap Rosengård", "info@grannskap.se")
        b = assoc(s, "Grannskap Hyllie", "info@grannskap-hyllie.se")
        moved = mail(s, a, sent=at(1), reasons=[doubt], answers={"about": ans("Hyllie.")})
        gone = mail(s, a, sent=at(2), answers={"about": ans("Inte enkäten.")})
        stray = mail(s, None, sent=at(3), answers={"about": ans("Okänd.")})
        correct(s, "assign", message=moved, value=b, when=at(5))
        correct(s, "assign", message=gone, value=None, when=at(5))
        correct(s, "assign", message=stray, value=a, when=at(5))
        return {"moved": moved, "gone": gone, "stray": stray}

    state, ids = derive(cfg, fill)
    rose, hyllie = by_name(state)["Grannskap Rosengård"], by_name(state)["Grannskap Hyllie"]
    assert [m.id for m in rose.messages] == [ids["stray"]]
    assert rose.answers["about"] == "Okänd."
    assert [m.id for m in hyllie.messages] == [ids["moved"]]
    assert hyllie.answers["about"] == "Hyllie." and hyllie.reasons == []
    assert state.unmatched == [] and state.review == []
    assert all(ids["gone"] not in [m.id for m in r.messages] for r in state.associations)


def test_unmatched_own_and_failed_mail_go_where_they_belong(cfg):
    told = Reason("unmatched", None, "okänd avsändare")

    def fill(s: Session) -> dict[str, int]:
        assoc(s, "Hyllie IF", "kansli@hyllieif.se")
        reply = mail(s, None, sent=at(1), unmatched=told, detail="no roster address")
        plain = mail(s, None, "bounce", sent=at(2), detail="bounce to nobody")
        own = mail(s, None, "own", sent=at(3))
        failed = mail(s, None, "other", sent=at(4), status="failed",
                      reasons=[Reason("parse_failed", None, "ValueError: x")])
        auto = mail(s, None, "auto_reply", sent=at(5))
        return {"reply": reply, "plain": plain, "own": own, "failed": failed, "auto": auto}

    state, ids = derive(cfg, fill)
    assert [m.id for m in state.own] == [ids["own"]]
    assert [(m.id, m.why) for m in state.unmatched] == [
        (ids["reply"], "no roster address"), (ids["plain"], "bounce to nobody"),
        (ids["failed"], ""), (ids["auto"], "")]
    assert [(what, m.id if m else None, m.why if m else None, r)
            for what, m, r in state.review] == [
        ("unmatched", ids["reply"], "no roster address", told),
        ("unmatched", ids["plain"], "bounce to nobody",
         Reason("unmatched", None, "bounce to nobody")),
        ("unmatched", ids["failed"], "parse_failed: ValueError: x",
         Reason("parse_failed", None, "ValueError: x")),
    ]


def test_kinds_opt_outs_bounces_auto_replies_and_other_mail(cfg):
    def fill(s: Session) -> dict[str, int]:
        a = assoc(s, "Avböjarna", "nej@example.org")
        mail(s, a, sent=at(1), notes=["opt_out"])
        b = assoc(s, "Svarar och avböjer", "ja@example.org")
        mail(s, b, sent=at(1), notes=["opt_out"], answers={"about": ans("Vi svarar ändå.")})
        c = assoc(s, "Studsar", "studs@example.org")
        mail(s, c, "bounce", sent=at(1))
        mail(s, c, "auto_reply", sent=at(2), reasons=[Reason("oversized")])
        mail(s, c, "auto_reply", sent=at(3))
        d = assoc(s, "Skriver annat", "annat@example.org")
        other = mail(s, d, "other", sent=at(1))
        assoc(s, "Redan avböjd", "tyst@example.org", opted_out=True)
        return {"other": other}

    state, ids = derive(cfg, fill)
    recs = by_name(state)
    assert (recs["Avböjarna"].opted_out, recs["Avböjarna"].status) == (True, "no_response")
    assert (recs["Svarar och avböjer"].opted_out,
            recs["Svarar och avböjer"].status) == (True, "responded")
    studs = recs["Studsar"]
    assert (studs.bounced, studs.auto_replies, studs.status) == (True, 2, "no_response")
    assert studs.reasons == [Reason("oversized")] and studs.holding == []
    annat = recs["Skriver annat"]
    assert annat.reasons == [Reason("not_a_reply")] and annat.holding == [Reason("not_a_reply")]
    assert [m.id for m in annat.messages] == [ids["other"]]
    assert recs["Redan avböjd"].opted_out and recs["Redan avböjd"].messages == []


def test_a_correction_mail_withdraws_earlier_answers_and_late_replies_are_late(cfg):
    def fill(s: Session) -> dict[str, int]:
        a = assoc(s, "Rättar sig", "ratt@example.org")
        mail(s, a, sent=dt.datetime(2020, 2, 3, tzinfo=UTC),
             answers={"about": ans("Fel."), "how": ans("Fel också.")})
        mail(s, a, sent=dt.datetime(2020, 2, 4, tzinfo=UTC), notes=["correction"],
             answers={"about": ans("Rätt.")})
        return {}

    state, _ = derive(cfg, fill)
    rec = by_name(state)["Rättar sig"]
    assert rec.answers["about"] == "Rätt." and rec.answers["how"] is None
    assert [s["question"] for s in rec.sources] == ["about"]
    assert rec.status == "late"


def test_a_withdrawal_that_answers_less_says_which_answers_are_gone(cfg):
    # "Glöm mitt förra mejl" / "Please ignore my previous e-mail" and fewer answers: the
    # earlier answers it does not give again are not kept, and never dropped silently
    def fill(s: Session) -> dict[str, int]:
        a = assoc(s, "Drar tillbaka", "drar@example.org")
        mail(s, a, sent=at(1), answers={"about": ans("Vi spelar schack."),
                                        "works_against_segregation": ans(True, "Ja"),
                                        "how": ans("Öppna turneringar.")})
        mail(s, a, sent=at(2), notes=["correction"],
             answers={"about": ans("We play chess and go.")})
        b = assoc(s, "Svarar allt igen", "allt@example.org")
        mail(s, b, sent=at(1), answers={"about": ans("Fel."), "how": ans("Fel också.")})
        mail(s, b, sent=at(2), notes=["correction"],
             answers={"about": ans("Rätt."), "how": ans("Rätt också.")})
        return {}

    state, _ = derive(cfg, fill)
    rec = by_name(state)["Drar tillbaka"]
    assert rec.answers["about"] == "We play chess and go."
    assert rec.answers["how"] is None and rec.answers["works_against_segregation"] is None
    assert Reason("withdrawn_unanswered", None, "works_against_segregation, how") \
        in rec.reasons and rec.needs_review
    keys = ["about", "works_against_segregation", "how", "obstacles_opportunities"]
    gone = Reason("withdrawn_unanswered", None, "works_against_segregation, how")
    assert "svarar inte igen på fråga 2, 3" in Labels("sv", keys).reason(gone)
    assert "does not answer questions 2, 3 again" in Labels("en", keys).reason(gone)
    # every withdrawn answer given again: nothing to say
    assert not any(r.code == "withdrawn_unanswered"
                   for r in by_name(state)["Svarar allt igen"].reasons)


@pytest.mark.parametrize("enabled", [True, False])
def test_the_garbage_collector_is_left_as_it_was(cfg, enabled):
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        derive(cfg, lambda s: {"a": assoc(s, "Någon", "n@example.org")})
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_a_mail_whose_sender_awaits_confirmation_only_fills_what_no_other_mail_answered(cfg):
    spoof = Reason("sender_mismatch", None, "kansli@kören.se ≠ annan@example.org")

    def fill(s: Session) -> dict[str, int]:
        a = assoc(s, "Kören", "kansli@kören.se")
        b = assoc(s, "Kören Två", "kansli@koren2.se")
        real = mail(s, a, sent=at(1), answers={"about": ans("Vi sjunger."), "how": ans("Öppna.")})
        claimed = mail(s, a, sent=at(2), reasons=[spoof], notes=["correction"],
                       answers={"about": ans("Falskt."), "obstacles_opportunities": ans("Inga.")})
        # the same doubt with nothing answered before: its answers are all there is
        alone = mail(s, b, sent=at(2), reasons=[spoof], answers={"about": ans("Vi är två.")})
        return {"real": real, "claimed": claimed, "alone": alone}

    state, _ = derive(cfg, fill)
    rec = by_name(state)["Kören"]
    assert rec.answers == {"about": "Vi sjunger.", "works_against_segregation": None,
                           "how": "Öppna.", "obstacles_opportunities": "Inga."}
    assert [r.code for r in rec.reasons] == ["sender_mismatch"] and rec.needs_review
    assert by_name(state)["Kören Två"].answers["about"] == "Vi är två."


def test_a_confirmed_sender_counts_like_any_other(cfg):
    spoof = Reason("match_by_name", None, "Kören")

    def fill(s: Session) -> dict[str, int]:
        a = assoc(s, "Kören", "kansli@kören.se")
        mail(s, a, sent=at(1), answers={"about": ans("Vi sjunger.")})
        later = mail(s, a, sent=at(2), reasons=[spoof], answers={"about": ans("Vi sjunger mer.")})
        correct(s, "assign", message=later, value=a, when=at(5))
        return {"later": later}

    state, _ = derive(cfg, fill)
    rec = by_name(state)["Kören"]
    assert rec.answers["about"] == "Vi sjunger mer." and rec.reasons == []


@pytest.mark.parametrize("assigned", [False, True])
def test_a_forward_of_another_associations_reply_holds_that_association_until_assigned(
        cfg, assigned):
    def fill(s: Session) -> dict[str, int]:
        council = assoc(s, "Föreningsrådet", "sekr@foreningsradet.se")
        other = assoc(s, "Kvinnonätverket", "info@kvinnonatverket.se")
        fwd = mail(s, council, sent=at(1), answers={"about": ans("Vi har hälsocafé.")},
                   reasons=[Reason("forward_of_other", None, "Kvinnonätverket")])
        if assigned:
            correct(s, "assign", message=fwd, value=other, when=at(5))
        return {"fwd": fwd}

    state, ids = derive(cfg, fill)
    rec, council = by_name(state)["Kvinnonätverket"], by_name(state)["Föreningsrådet"]
    if not assigned:
        assert rec.status == "no_response"
        assert [r.code for r in rec.reasons] == ["forwarded_here"] and rec.needs_review
        assert [r.code for r in rec.holding] == ["forwarded_here"]  # no reminder meanwhile
        assert [r.code for r in council.reasons] == ["forward_of_other"]
        # the forwarded mail is its item in the review queue, though it has no mail itself
        assert [(m.id, why.code) for m, why in rec.named_in] == [(ids["fwd"], "forwarded_here")]
        item = {i.ref: i for i in review_queue(state)}[f"a{rec.id}"]
        assert item.message_ids == [ids["fwd"]]
        assert [r.code for r in item.reasons if isinstance(r, Reason)] == ["forwarded_here"]
    else:
        assert rec.named_in == []
        assert rec.reasons == [] and rec.status == "responded"
        assert rec.answers["about"] == "Vi har hälsocafé."
        assert council.reasons == [] and council.status == "no_response"


def test_a_stored_name_list_of_another_shape_names_nobody() -> None:
    """problems is stored JSON: a row from another version (or edited by hand) whose
    also_names / maybe_from is no list names nobody, and the night goes on."""
    from svarsinkorg.store.records import _Mail

    def mail(problems: dict[str, object]) -> _Mail:
        return _Mail(1, None, None, None, None, None, "reply", None, None, "ok", False, {},
                     problems)

    for bad in (7, "12", {"a": 1}, None, True):
        m = mail({"also_names": bad, "maybe_from": bad})
        assert (m.also_names, m.maybe_from) == ([], []), bad
    m = mail({"also_names": [3, "x", 4], "maybe_from": [5]})
    assert (m.also_names, m.maybe_from) == ([3, 4], [5])


# --- a short first reply read with doubts, then the full reply ----------------------------

FULL = {"about": ans("Vi är en bouleklubb."), "works_against_segregation": ans(True, "Ja"),
        "how": ans("Prova-på-dagar varje tisdag."), "obstacles_opportunities": ans("Lokaler.")}


def test_doubts_on_how_a_first_reply_was_read_go_when_a_later_one_answers_it_all(cfg):
    by_order = Reason("by_position")
    prose = Reason("yes_no_from_prose", "works_against_segregation", "Ja")
    match = Reason("match_by_name", None, "x@example.org")

    def fill(s: Session) -> dict[str, int]:
        short = {"works_against_segregation": ans(True, "Ja vi jobbar med det")}
        a = assoc(s, "Bouleklubben", "boule@example.org")
        mail(s, a, sent=at(1), answers=short, reasons=[by_order, prose])
        mail(s, a, sent=at(9), answers=FULL)
        # the later mail answers only some of what the first gave: the doubt stays
        b = assoc(s, "Kören", "kor@example.org")
        mail(s, b, sent=at(1), reasons=[by_order],
             answers={"about": ans("En kör."), "how": ans("Vi sjunger.")})
        mail(s, b, sent=at(9), answers={"how": ans("Öppna repetitioner.")})
        # a doubt on who sent it is no doubt on the reading: it stays
        c = assoc(s, "Scoutkåren", "scout@example.org")
        mail(s, c, sent=at(1), answers=short, reasons=[match])
        mail(s, c, sent=at(9), answers=FULL)
        # the full reply first, the doubtful short one later: its reading is in the record
        d = assoc(s, "Seglarna", "segel@example.org")
        mail(s, d, sent=at(1), answers=FULL)
        mail(s, d, sent=at(9), answers=short, reasons=[by_order, prose])
        return {}

    state, _ = derive(cfg, fill)
    recs = by_name(state)
    assert recs["Bouleklubben"].reasons == [] and not recs["Bouleklubben"].needs_review
    assert recs["Bouleklubben"].answers["how"] == "Prova-på-dagar varje tisdag."
    assert recs["Kören"].reasons == [by_order]
    assert recs["Scoutkåren"].reasons == [match]
    assert recs["Seglarna"].reasons == [by_order, prose]


def test_a_side_question_before_a_reply_answering_everything_is_nothing_to_review(cfg):
    def fill(s: Session) -> dict[str, int]:
        a = assoc(s, "Scoutkåren", "scout@example.org")
        mail(s, a, "other", sent=at(1))  # "Innan vi svarar: kan vi söka bidrag för ...?"
        mail(s, a, sent=at(9), answers=FULL)
        # the later reply leaves a question open: the mail may have held it
        b = assoc(s, "Kören", "kor@example.org")
        mail(s, b, "other", sent=at(1))
        mail(s, b, sent=at(9), answers={k: v for k, v in FULL.items() if k != "how"})
        # mail after the reply may be a correction read as no reply: shown
        c = assoc(s, "Seglarna", "segel@example.org")
        mail(s, c, sent=at(1), answers=FULL)
        mail(s, c, "other", sent=at(9))
        # no reply at all: shown, and it holds the reminders
        d = assoc(s, "Boulen", "boule@example.org")
        mail(s, d, "other", sent=at(1))
        return {}

    state, _ = derive(cfg, fill)
    recs = by_name(state)
    assert recs["Scoutkåren"].reasons == [] and recs["Scoutkåren"].status == "responded"
    for name in ("Kören", "Seglarna", "Boulen"):
        assert recs[name].reasons == [Reason("not_a_reply")], name
    assert recs["Boulen"].holding == [Reason("not_a_reply")]


def test_an_assent_mail_asks_nothing_after_the_reply_it_agrees_with(cfg):
    # a member copied in agrees with the reply quoted under his mail ("Instämmer!"): the
    # parser gives no answers and no doubt, only the note; the record holds the answers
    def fill(s: Session) -> dict[str, int]:
        a = assoc(s, "Båtklubben", "styrelse@batklubben.se")
        mail(s, a, sent=at(1), answers={"about": ans("Vi seglar.")})
        mail(s, a, sent=at(2), notes=["earlier_reply"])
        b = assoc(s, "Schackklubben", "club@chess.org")
        alone = mail(s, b, sent=at(2), notes=["earlier_reply"])
        return {"alone": alone}

    state, _ids = derive(cfg, fill)
    recs = by_name(state)
    assert not recs["Båtklubben"].needs_review
    # the reply it agrees with is not in the record (unmatched, lost): the answers are
    # missing, and the record says so: its status rests on that mail alone (said in place
    # of the mail's "no answers found", one reason)
    assert recs["Schackklubben"].reasons == [
        Reason("responded_without_answers", None, "responded")]
    assert recs["Schackklubben"].needs_review


# (unseen90) one association's address sends a sister association's answers: the mail is
# the sister's (the matcher's "sent_for_other"), a sender doubt a person confirms
@pytest.mark.parametrize("assigned", [False, True])
def test_a_mail_sent_for_another_association_counts_there_and_waits_for_a_person(
        cfg, assigned):
    def fill(s: Session) -> dict[str, int]:
        club = assoc(s, "Kulturföreningen", "info@kultur.se")
        youth = assoc(s, "Ungdomsföreningen", "unga@kultur.se")
        mail(s, club, sent=at(1), answers={"about": ans("Vi dansar folkdans.")})
        sent = mail(s, youth, sent=at(2), answers={"about": ans("Vi spelar futsal.")},
                    reasons=[Reason("sent_for_other", None, "Kulturföreningen")])
        if assigned:
            correct(s, "assign", message=sent, value=youth, when=at(5))
        return {"sent": sent}

    state, _ = derive(cfg, fill)
    youth, club = by_name(state)["Ungdomsföreningen"], by_name(state)["Kulturföreningen"]
    assert youth.answers["about"] == "Vi spelar futsal." and youth.status == "responded"
    assert [r.code for r in youth.reasons] == ([] if assigned else ["sent_for_other"])
    assert [r.code for r in youth.holding] == ([] if assigned else ["sent_for_other"])
    # the sender's own record keeps its own answers and is not held by the other's mail
    assert club.answers["about"] == "Vi dansar folkdans." and club.reasons == []


# (unseen106) one writer's mail holds a section of answers for another association: that
# association is asked even when it wrote itself (a wish to meet, a correction), its
# answers may be only in that section; a partner merely named by a reply is not
@pytest.mark.parametrize("section", [True, False])
def test_a_section_for_another_association_asks_it_even_when_it_wrote_itself(cfg, section):
    def fill(s: Session) -> dict[str, int]:
        chess = assoc(s, "Schackklubben", "schack@example.org")
        bridge = assoc(s, "Bridgeklubben", "bridge@example.org")
        reasons = [Reason("several_associations", None, "Bridgeklubben")] if section else []
        m = Message(message_key="<sec@t>", sha256=hashlib.sha256(b"sec").hexdigest(),
                    raw=b"sec", size=3, origin="t", sent_at=at(1), kind="reply",
                    imported_at=at(60), header_message_id="<sec-h@t>",
                    from_addr="kerstin@example.org", subject="Enkätsvar",
                    association_id=chess, answers={"about": ans("Vi spelar schack.")},
                    bounced_addresses={"items": []}, parse_status="ok",
                    problems=problems_json(reasons, [], None, also_names=[bridge]))
        s.add(m)
        s.flush()
        mail(s, bridge, sent=at(3), interview=True)  # its own mail: a wish to meet
        return {}

    state, _ = derive(cfg, fill)
    bridge = by_name(state)["Bridgeklubben"]
    codes = [r.code for r in bridge.reasons]
    assert ("named_in_reply" in codes) is section
    assert ("named_in_reply" in [r.code for r in bridge.holding]) is section
