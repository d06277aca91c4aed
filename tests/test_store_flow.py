"""Import, reparse, merge and corrections through the service functions (real SQLite)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from helpers import CET, make_config, reply

from svarsinkorg import pipeline, service
from svarsinkorg.store.models import Message

ROSTER = (
    "name,email,org_number\n"
    "Hyllie IF,kansli@hyllieif.se,802557-1038\n"
    "Läsföreningen Bokstaven,bokstaven.lasforening@gmail.com,\n"
    "Föreningen Latinamerikanska Huset,kontakt@latinhuset-malmo.se,\n"
)

FULL = ("Hej!\n\n1. Hyllie IF är en fotbollsförening med 180 spelare.\n\n2. Ja\n\n"
        "3. Vi blandar spelare från olika områden.\n\n4. Det saknas ledare.\n\nHälsningar\nPer")


@pytest.fixture
def cfg(tmp_path, store_url):
    # Runs on SQLite, and on PostgreSQL where INTAKE_TEST_DATABASE_URL is set (CI).
    config = make_config(tmp_path, store_url)
    (tmp_path / "roster.csv").write_text(ROSTER, encoding="utf-8")
    service.import_roster(config, tmp_path / "roster.csv")
    return config


def _write(tmp_path, name: str, raw: bytes):
    d = tmp_path / "mail"
    d.mkdir(exist_ok=True)
    (d / name).write_bytes(raw)
    return d / name


def _record(cfg, name: str):
    return next(r for r in service.survey_state(cfg).associations if r.name == name)


def test_importing_the_same_mail_twice_stores_it_once(cfg, tmp_path):
    p = _write(tmp_path, "a.eml", reply(FULL, message_id="<a1@hyllieif.se>"))
    first = service.import_paths(cfg, [p])
    second = service.import_paths(cfg, [p, p])
    assert (first.stored, second.stored, second.duplicates) == (1, 0, 2)


def test_mail_without_message_id_is_deduplicated_by_its_bytes(cfg, tmp_path):
    raw = reply(FULL)
    assert b"Message-ID" not in raw
    p1, p2 = _write(tmp_path, "x.eml", raw), _write(tmp_path, "y.eml", raw)
    assert service.import_paths(cfg, [p1, p2]).stored == 1


def test_a_message_id_reused_for_another_mail_keeps_both_mails(cfg, tmp_path):
    # A mailer that gives every mail from one sender the same Message-ID: the second mail
    # (its own Date) is another mail, not a copy. Both are stored, the later answers count,
    # and importing either again is still a no-op (as is a true copy: the same Date).
    first = reply("1. Hyllie IF är en fotbollsförening.\n\nHälsningar\nPer",
                  message_id="<same@hyllieif.se>",
                  when=dt.datetime(2020, 1, 5, 10, 0, tzinfo=CET))
    second = reply("Here is the rest:\n\n2. Yes\n\n3. Mixed teams from every district.\n\n"
                   "4. We lack coaches.\n\nPer", message_id="<same@hyllieif.se>",
                   when=dt.datetime(2020, 1, 9, 18, 30, tzinfo=CET))
    p1, p2 = _write(tmp_path, "1.eml", first), _write(tmp_path, "2.eml", second)
    assert service.import_paths(cfg, [p1, p2]).stored == 2
    again = service.import_paths(cfg, [p2, p1, _write(tmp_path, "copy.eml", second)])
    assert (again.stored, again.duplicates) == (0, 3)
    rec = _record(cfg, "Hyllie IF")
    assert rec.answers["about"] == "Hyllie IF är en fotbollsförening."
    assert rec.answers["works_against_segregation"] is True
    assert rec.answers["obstacles_opportunities"] == "We lack coaches."


def test_store_message_keeps_a_second_mail_under_a_reused_message_id(cfg, tmp_path):
    # the nightly fetch's path (one message at a time) tells the two mails apart the same way
    from svarsinkorg.store.repository import store_message

    def parse(raw, entries):
        return pipeline.parse_message(raw, cfg.survey, entries, cfg.limits)

    a = reply(FULL, message_id="<r@x>", when=dt.datetime(2020, 1, 5, 10, 0, tzinfo=CET))
    b = reply("2. Nej", message_id="<r@x>", when=dt.datetime(2020, 1, 6, 10, 0, tzinfo=CET))
    store = service.open_store(cfg)
    with store.session() as s:
        made = [store_message(s, raw, "t", parse).created for raw in (a, b, b, a)]
    assert made == [True, True, False, False]


def test_raw_bytes_are_kept_exactly(cfg, tmp_path):
    raw = reply(FULL, message_id="<keep@x>").replace(b"\n", b"\r\n")
    service.import_paths(cfg, [_write(tmp_path, "k.eml", raw)])
    store = service.open_store(cfg)
    with store.session() as s:
        assert s.query(Message).one().raw == raw


def test_later_reply_replaces_answers_it_gives_and_keeps_the_rest(cfg, tmp_path):
    first = reply(FULL, message_id="<1@h>", when=dt.datetime(2020, 1, 5, 10, 0, tzinfo=CET))
    second = reply("Hej igen, en rättelse:\n\n2. Nej\n\n3. Vi har inte tänkt på det.\n\nPer",
                   message_id="<2@h>", when=dt.datetime(2020, 1, 8, 10, 0, tzinfo=CET))
    # Imported in the wrong order on purpose: the Date header decides.
    service.import_paths(cfg, [_write(tmp_path, "2.eml", second), _write(tmp_path, "1.eml", first)])
    rec = _record(cfg, "Hyllie IF")
    assert rec.answers["works_against_segregation"] is False
    assert rec.answers["how"] == "Vi har inte tänkt på det."
    assert rec.answers["about"] == "Hyllie IF är en fotbollsförening med 180 spelare."
    assert rec.answers["obstacles_opportunities"] == "Det saknas ledare."
    assert len(rec.messages) == 2
    assert rec.received_at == dt.datetime(2020, 1, 5, 9, 0, tzinfo=dt.UTC)


def test_reply_after_the_deadline_day_in_stockholm_is_late(cfg, tmp_path):
    # 00:30 on 1 February in Stockholm, still 31 January in UTC.
    when = dt.datetime(2020, 1, 31, 23, 30, tzinfo=dt.UTC)
    service.import_paths(cfg, [_write(tmp_path, "l.eml", reply(FULL, when=when))])
    assert _record(cfg, "Hyllie IF").status == "late"


def test_reply_on_the_last_evening_is_on_time(cfg, tmp_path):
    when = dt.datetime(2020, 1, 31, 23, 59, tzinfo=CET)
    service.import_paths(cfg, [_write(tmp_path, "o.eml", reply(FULL, when=when))])
    rec = _record(cfg, "Hyllie IF")
    assert (rec.status, rec.answers["works_against_segregation"]) == ("responded", True)


def test_auto_reply_alone_is_no_response(cfg, tmp_path):
    raw = reply("Jag är på semester.", headers={"Auto-Submitted": "auto-replied"},
                subject="Automatiskt svar: Kartläggning")
    service.import_paths(cfg, [_write(tmp_path, "auto.eml", raw)])
    rec = _record(cfg, "Hyllie IF")
    assert (rec.status, rec.auto_replies) == ("no_response", 1)


def test_broken_message_is_stored_flagged_and_the_import_goes_on(cfg, tmp_path):
    broken = (b"From: kansli@hyllieif.se\r\nSubject: Re: Kartl\xe4ggning\r\n"
              b"Content-Type: multipart/mixed; boundary=\"nope\"\r\n"
              b"Content-Transfer-Encoding: base64\r\n\r\n\xff\xfe!!not base64 at all\r\n")
    # The good reply's own answers: a reply whose first answer describes another roster
    # association counts for that one (about_names_other), so FULL (Hyllie's) would not do.
    good = reply(FULL.replace("Hyllie IF är en fotbollsförening med 180 spelare",
                              "Läsföreningen Bokstaven är en läsecirkel med 30 medlemmar"),
                 sender="bokstaven.lasforening@gmail.com", message_id="<g@x>")
    summary = service.import_paths(
        cfg, [_write(tmp_path, "1.eml", broken), _write(tmp_path, "2.eml", good)])
    assert summary.stored == 2
    state = service.survey_state(cfg)
    hyllie = next(r for r in state.associations if r.name == "Hyllie IF")
    assert hyllie.needs_review
    assert _record(cfg, "Läsföreningen Bokstaven").status == "responded"


def test_parser_crash_keeps_raw_bytes_and_flags(cfg, tmp_path, monkeypatch):
    def boom(*a, **k):
        raise RuntimeError("parser exploded")

    monkeypatch.setattr(pipeline, "decode_message", boom)
    raw = reply(FULL, message_id="<crash@x>")
    summary = service.import_paths(cfg, [_write(tmp_path, "c.eml", raw)])
    assert (summary.stored, summary.failed) == (1, 1)
    store = service.open_store(cfg)
    with store.session() as s:
        row = s.query(Message).one()
        assert row.raw == raw
        assert row.parse_status == "failed"
        assert "parser exploded" in row.problem_list[0]
    monkeypatch.undo()
    service.reparse(cfg)
    assert _record(cfg, "Hyllie IF").answers["works_against_segregation"] is True


def test_reparse_is_deterministic_and_keeps_corrections(cfg, tmp_path):
    service.import_paths(cfg, [_write(tmp_path, "a.eml", reply(FULL, message_id="<a@x>"))])
    service.set_value(cfg, "Hyllie IF", "how", "Rättat  för hand.")
    before = json.dumps(service.survey_state(cfg).associations[0].__dict__, default=str)
    assert service.reparse(cfg) == 1
    after = json.dumps(service.survey_state(cfg).associations[0].__dict__, default=str)
    assert before == after
    rec = _record(cfg, "Hyllie IF")
    assert rec.answers["how"] == "Rättat för hand."
    assert rec.corrected == ["how"]
    assert [s["source"] for s in rec.sources if s["question"] == "how"] == ["manual"]


def test_assign_moves_an_unmatched_message_to_an_association(cfg, tmp_path):
    raw = reply(FULL.replace("Hyllie IF", "Vi"), sender="privat@gmail.com", message_id="<u@x>")
    service.import_paths(cfg, [_write(tmp_path, "u.eml", raw)])
    state = service.survey_state(cfg)
    assert [u.message_id for u in state.unmatched] == ["<u@x>"]
    service.assign(cfg, "<u@x>", "Läsföreningen")  # a unique prefix is enough
    state = service.survey_state(cfg)
    assert state.unmatched == []
    assert _record(cfg, "Läsföreningen Bokstaven").status == "responded"


def test_set_yes_no_takes_swedish_words_and_rejects_nonsense(cfg):
    service.set_value(cfg, "Hyllie IF", "works_against_segregation", "nej")
    assert _record(cfg, "Hyllie IF").answers["works_against_segregation"] is False
    with pytest.raises(ValueError):
        service.set_value(cfg, "Hyllie IF", "works_against_segregation", "blå")
    with pytest.raises(LookupError):
        service.set_value(cfg, "Hyllie IF", "colour", "blå")
    with pytest.raises(LookupError):
        service.set_value(cfg, "Okänd förening", "how", "x")


def test_roster_reimport_updates_and_never_duplicates(cfg, tmp_path):
    p = tmp_path / "roster2.csv"
    p.write_text(ROSTER.replace("kansli@hyllieif.se", "kansli@hyllieif.se;ordf@hyllieif.se"),
                 encoding="utf-8")
    result, skipped = service.import_roster(cfg, p)
    assert (result.added, result.updated, result.unchanged, skipped) == (0, 1, 2, [])
    assoc = next(a for a in service.list_associations(cfg) if a.name == "Hyllie IF")
    assert assoc.emails == ["kansli@hyllieif.se", "ordf@hyllieif.se"]
    assert len(service.list_associations(cfg)) == 3


def test_bounce_marks_the_association(cfg, tmp_path):
    from email.message import EmailMessage

    m = EmailMessage()
    m["From"] = "MAILER-DAEMON@mx1.example.se"
    m["To"] = "samordnare@xn--malm-8qa.se"
    m["Subject"] = "Undelivered Mail Returned to Sender"
    m["Date"] = "Mon, 2 Dec 2019 10:14:06 +0100"
    m.set_content("<kontakt@latinhuset-malmo.se>: 550 5.1.1 User unknown")
    service.import_paths(cfg, [_write(tmp_path, "b.eml", bytes(m))])
    rec = _record(cfg, "Föreningen Latinamerikanska Huset")
    assert (rec.bounced, rec.status) == (True, "no_response")


def test_correction_mail_withdraws_the_earlier_answers_it_does_not_repeat(cfg, tmp_path):
    first = reply(FULL, message_id="<c1@h>", when=dt.datetime(2020, 1, 5, 10, 0, tzinfo=CET))
    fix = reply("Hej igen! Vi skickade fel version, bortse från det förra mejlet.\n\n"
                "1. Hyllie IF är en fotbollsförening i Holma.\n\n2. Nej\n\nHälsningar\nPer Nilsson",
                message_id="<c2@h>", when=dt.datetime(2020, 1, 6, 10, 0, tzinfo=CET))
    service.import_paths(cfg, [_write(tmp_path, "1.eml", first), _write(tmp_path, "2.eml", fix)])
    rec = _record(cfg, "Hyllie IF")
    assert rec.answers["about"] == "Hyllie IF är en fotbollsförening i Holma."
    assert rec.answers["works_against_segregation"] is False
    assert rec.answers["how"] is None
    assert rec.answers["obstacles_opportunities"] is None


def test_marking_an_association_reviewed_clears_it_from_the_review_list(cfg, tmp_path):
    raw = reply("1. Vi spelar fotboll.\n2. Delvis, i viss mån\n\nPer", message_id="<amb@x>")
    service.import_paths(cfg, [_write(tmp_path, "amb.eml", raw)])
    state = service.survey_state(cfg)
    assert _record(cfg, "Hyllie IF").needs_review
    assert any(why.code == "ambiguous" for _, _, why in state.review)
    service.set_value(cfg, "Hyllie IF", "reviewed", "ja")
    state = service.survey_state(cfg)
    assert not _record(cfg, "Hyllie IF").needs_review
    assert state.review == []


def test_interrupted_import_keeps_finished_batches_and_a_rerun_completes(cfg, tmp_path,
                                                                        monkeypatch):
    monkeypatch.setattr(service, "IMPORT_BATCH", 2)
    for i in range(5):
        _write(tmp_path, f"{i}.eml", reply(FULL, message_id=f"<batch{i}@x>"))
    real = pipeline.parse_message
    calls = {"n": 0}

    def dies_on_the_fifth(*a, **k):
        calls["n"] += 1
        if calls["n"] == 5:
            raise KeyboardInterrupt  # the process is killed mid-import
        return real(*a, **k)

    monkeypatch.setattr(pipeline, "parse_message", dies_on_the_fifth)
    with pytest.raises(KeyboardInterrupt):
        service.import_paths(cfg, [tmp_path / "mail"])
    store = service.open_store(cfg)
    with store.session() as s:
        assert s.query(Message).count() == 4  # two whole batches
    monkeypatch.setattr(pipeline, "parse_message", real)
    again = service.import_paths(cfg, [tmp_path / "mail"])
    assert (again.stored, again.duplicates) == (1, 4)


def test_reply_without_a_date_counts_from_when_it_was_stored_and_is_flagged(cfg, tmp_path):
    raw = reply(FULL, message_id="<nodate@x>").replace(b"Date: ", b"X-Old-Date: ")
    service.import_paths(cfg, [_write(tmp_path, "nodate.eml", raw)])
    rec = _record(cfg, "Hyllie IF")
    assert rec.received_at is not None
    assert [r.code for r in rec.reasons] == ["no_date"]


def test_unparseable_message_appears_in_review(cfg, tmp_path, monkeypatch):
    def boom(*a, **k):
        raise ValueError("kaputt")

    monkeypatch.setattr(pipeline, "parse_message", boom)
    service.import_paths(cfg, [_write(tmp_path, "f.eml", reply(FULL, message_id="<f@x>"))])
    state = service.survey_state(cfg)
    assert any(why.code == "parse_failed" and "kaputt" in why.detail
               for _, _, why in state.review)


def test_overlong_headers_are_cut_to_fit_and_the_batch_survives(cfg, tmp_path):
    long_id = "<" + "x" * 1200 + "@example.org>"
    first = reply(FULL, name="N" * 400, message_id=long_id)
    second = reply(FULL, sender="bokstaven.lasforening@gmail.com", message_id="<ok@x>")
    summary = service.import_paths(cfg, [_write(tmp_path, "1.eml", first),
                                         _write(tmp_path, "2.eml", second)])
    assert (summary.stored, summary.failed) == (2, 0)
    assert service.import_paths(cfg, [tmp_path / "mail"]).duplicates == 2
    store = service.open_store(cfg)
    with store.session() as s:
        row = s.query(Message).filter(Message.message_key.like("mid-sha256:%")).one()
        assert len(row.from_name) == 300


def test_a_failed_reparse_leaves_no_stale_answers(cfg, tmp_path, monkeypatch):
    service.import_paths(cfg, [_write(tmp_path, "a.eml", reply(FULL, message_id="<r@x>"))])
    assert _record(cfg, "Hyllie IF").status == "responded"

    def boom(*a, **k):
        raise ValueError("new parser bug")

    monkeypatch.setattr(pipeline, "parse_message", boom)
    service.reparse(cfg)
    rec = _record(cfg, "Hyllie IF")
    assert (rec.status, rec.answers["about"]) == ("no_response", None)


def test_a_reply_asking_for_no_more_reminders_opts_out_and_is_no_response(cfg, tmp_path):
    raw = reply("Hej! Inga fler påminnelser, tack. Vi har inte tid i år.\n\nMvh Per",
                subject="Re: Påminnelse: Kartläggning", message_id="<optout@x>")
    service.import_paths(cfg, [_write(tmp_path, "o.eml", raw)])
    rec = _record(cfg, "Hyllie IF")
    assert (rec.status, rec.opted_out) == ("no_response", True)


def test_an_answer_that_also_opts_out_still_counts(cfg, tmp_path):
    raw = reply(FULL + "\n\nPS. Inga fler påminnelser behövs nu.", message_id="<both@x>")
    service.import_paths(cfg, [_write(tmp_path, "b.eml", raw)])
    rec = _record(cfg, "Hyllie IF")
    assert (rec.status, rec.opted_out) == ("responded", True)
