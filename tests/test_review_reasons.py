"""Issue 9, the plumbing: nothing vanishes, reminders wait for review, and every doubt
reaches the coordinator as a stable code translated by the labels (Swedish by default)."""

from __future__ import annotations

import csv
import datetime as dt
import json
from email.message import EmailMessage
from email.utils import format_datetime

import pytest
from helpers import (
    CET,
    config_with_roster,
    example_raw,
    import_mail,
    make_config,
    reminder_selection,
    reply,
    write_config,
)
from typer.testing import CliRunner

from svarsinkorg import service
from svarsinkorg.cli import app
from svarsinkorg.config import ConfigError, parse_config
from svarsinkorg.intake.decode import decode_message
from svarsinkorg.intake.match import RosterEntry, match_message
from svarsinkorg.parsers.model import Reason
from svarsinkorg.pipeline import parse_message
from svarsinkorg.reports.export import export_json, table_rows
from svarsinkorg.reports.labels import Labels
from svarsinkorg.reports.status import status_json
from svarsinkorg.store.models import Message, reasons_of

ROSTER_CSV = (
    "name,email,org_number\n"
    "Hyllie IF,kansli@hyllieif.se,\n"
    "Kören Harmoni,info@korenharmoni.se,\n"
    "Ungdomsföreningen Framtid,framtid@gmail.com,\n"
    "Hyresgästföreningen Nydala,nydala@hgf-nydala.se,\n"
)
ROSTER = [
    RosterEntry(1, "Hyllie IF", ("kansli@hyllieif.se",)),
    RosterEntry(2, "Kören Harmoni", ("info@korenharmoni.se",)),
    RosterEntry(3, "Ungdomsföreningen Framtid", ("framtid@gmail.com",)),
    RosterEntry(4, "Hyresgästföreningen Nydala", ("nydala@hgf-nydala.se",)),
]
FULL = ("Hej!\n\n1. Vi är en fotbollsförening med 180 spelare.\n\n2. Ja\n\n"
        "3. Vi blandar spelare från olika områden.\n\n4. Det saknas ledare.\n\nHälsningar\nPer")
# The vanished reply: new, unthreaded, from a private address, the association named in
# the genitive and in the signature, with answers under labels of its own.
VANISHED = (
    "Hej Malmö stad!\n\nJag skriver för Kören Harmonis räkning, vi fick ert mejl om "
    "kartläggningen via en medlem.\n\n"
    "1. Vi är en kör med 30 sångare som repeterar i Västra skolan varje tisdag.\n\n"
    "2. Ja\n\n"
    "3. Vi sjunger på äldreboenden i hela stan och har öppna repetitioner.\n\n"
    "4. Det är svårt att hitta lokaler.\n\n"
    "Med vänlig hälsning\nEva Berg\nKören Harmoni\n"
)
RUNNER = CliRunner()


@pytest.fixture
def survey(tmp_path):
    return make_config(tmp_path).survey


@pytest.fixture
def cfg(tmp_path):
    return config_with_roster(tmp_path, ROSTER_CSV)


def _record(cfg, name: str):
    return next(r for r in service.survey_state(cfg).associations if r.name == name)


def _codes(parsed) -> list[str]:
    return [r.code for r in parsed.reasons]


# --- reasons as codes, translated -----------------------------------------------------


def test_reason_labels_are_swedish_by_default_and_english_on_the_switch():
    sv = Labels("sv", ["about", "works_against_segregation"])
    en = Labels("en", ["about", "works_against_segregation"])
    r = Reason("ambiguous", "works_against_segregation", "både ja och nej")
    assert sv.reason(r) == "Oklart svar (fråga 2): både ja och nej"
    assert en.reason(r) == "Unclear answer (question 2): både ja och nej"


def test_a_reason_about_the_interview_wish_names_its_field_not_its_key():
    # The trial on unseen45 read "... som inte lästes som en intervjuönskan (wants_interview)".
    keys = ["about", "works_against_segregation"]
    r = Reason("interview_unread", "wants_interview", "kom gärna förbi")
    assert Labels("sv", keys).reason(r) == (
        "Mejlet verkar be om ett möte eller samtal som inte lästes som en intervjuönskan "
        "(fältet ”Vill bli intervjuad”): kom gärna förbi")
    assert Labels("en", keys).reason(r) == (
        "The mail seems to ask for a meeting or a call that was not read as an interview "
        "wish (the field “Wants an interview”): kom gärna förbi")

def test_an_unknown_code_shows_its_code_and_detail_and_an_old_text_as_it_is():
    t = Labels("sv")
    assert t.reason(Reason("brand_new_check", "how", "x y")) == "brand_new_check (how): x y"
    assert t.reason("ambiguous answer to how: 'kanske'") == "ambiguous answer to how: 'kanske'"


def test_stored_reasons_sit_beside_the_old_items_and_old_rows_still_read():
    new = {"items": ["no_answer"], "reasons": [{"code": "no_answer", "key": None,
                                                "detail": ""}], "notes": []}
    assert reasons_of(new) == [Reason("no_answer")]
    old = {"items": ["no answer found"], "notes": []}  # a row stored before codes
    assert reasons_of(old) == [Reason("text", None, "no answer found")]
    assert Labels("sv").reason(reasons_of(old)[0]) == "no answer found"
    appended = {**new, "items": [*new["items"], "something a fetch added"]}
    assert [r.code for r in reasons_of(appended)] == ["no_answer", "text"]


def test_export_status_and_review_show_the_reasons_in_the_survey_language(cfg, tmp_path):
    import_mail(cfg, tmp_path, "amb.eml",
            reply("1. Vi spelar fotboll.\n2. Delvis, i viss mån\n\nPer", message_id="<amb@x>"))
    state = service.survey_state(cfg)
    rec = next(r for r in state.associations if r.name == "Hyllie IF")
    assert [(r.code, r.key) for r in rec.reasons if r.code == "ambiguous"] == [
        ("ambiguous", "works_against_segregation")]
    t = Labels.for_survey(cfg.survey)
    exported = {a["association"]: a for a in export_json(cfg.survey, state, t)["associations"]}
    assert any(x.startswith("Oklart svar (fråga 2)")
               for x in exported["Hyllie IF"]["review_reasons"])
    assert exported["Kören Harmoni"]["review_reasons"] == []
    now = dt.datetime(2020, 1, 20, tzinfo=dt.UTC)
    rows = {a["association"]: a for a in status_json(cfg.survey, state, now, {}, t)
            ["associations"]}
    assert rows["Hyllie IF"]["review_reasons"] == exported["Hyllie IF"]["review_reasons"]
    header, table = table_rows(cfg.survey, state, t)
    assert header[-1] == "Att granska"
    assert "Oklart svar (fråga 2)" in table[0][-1]


def _mail_that_is_no_reply(tmp_path):
    """The config path, after `intake associations import` of ROSTER_CSV and `intake import`
    of one mail from Hyllie IF that is no reply (a new address), both through the CLI."""
    path = write_config(tmp_path)
    (tmp_path / "r.csv").write_text(ROSTER_CSV, encoding="utf-8")
    assert RUNNER.invoke(app, ["-c", str(path), "associations", "import",
                               str(tmp_path / "r.csv")]).exit_code == 0
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "a.eml").write_bytes(reply("Hej, vi har bytt e-postadress.",
                                                 threaded=False, message_id="<o@x>",
                                                 subject="Ny adress"))
    assert RUNNER.invoke(app, ["-c", str(path), "import", str(tmp_path / "m")]).exit_code == 0
    return path


def test_csv_export_has_the_review_reasons_column(tmp_path):
    path = _mail_that_is_no_reply(tmp_path)
    out = tmp_path / "e.csv"
    assert RUNNER.invoke(app, ["-c", str(path), "export", "-f", "csv", "-o",
                               str(out)]).exit_code == 0
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][-1] == "Att granska"
    assert rows[1][-1] == "Mejl från föreningen som inte ser ut som ett svar"


# --- nothing vanishes -----------------------------------------------------------------


def test_a_matched_mail_that_is_no_reply_is_listed_by_review(tmp_path):
    path = _mail_that_is_no_reply(tmp_path)
    out = RUNNER.invoke(app, ["-c", str(path), "review"], env={"COLUMNS": "250"}).output
    assert "Hyllie IF" in out
    assert "Mejl från föreningen som inte ser ut som ett svar" in out


def test_the_vanished_reply_counts_and_its_name_only_match_is_flagged(survey):
    raw = reply(VANISHED, sender="eva.berg72@gmail.com", name="Eva Berg",
                subject="Svar från oss", threaded=False)
    p = parse_message(raw, survey, ROSTER)
    assert (p.kind, p.association_id, p.match_method) == ("reply", 2, "name")
    assert p.answers["works_against_segregation"]["value"] is True
    assert "match_by_name" in _codes(p)


def test_survey_words_alone_make_a_new_private_mail_a_reply(survey):
    raw = reply("Hej! Vi i Kören Harmoni vill gärna vara med i kartläggningen men hinner "
                "inte förrän i januari.\n\nEva", sender="eva@hotmail.com", threaded=False,
                subject="Kören Harmoni")
    p = parse_message(raw, survey, ROSTER)
    assert p.kind == "reply"
    assert "kartläggningen" in p.kind_reason
    assert {"no_answer", "match_by_name"} <= set(_codes(p))


def test_name_matching_finds_the_genitive():
    msg = decode_message(reply("Jag svarar för Kören Harmonis räkning.",
                               sender="privat@gmail.com", threaded=False))
    m = match_message(msg, ROSTER, set(), own_text=msg.text)
    assert m.association_id == 2
    assert [r.code for r in m.reasons] == ["match_by_name"]


def test_the_coordinators_own_mail_is_own_and_nowhere_in_review(cfg, tmp_path):
    raw = reply("Hej!\n\nPåminnelse om kartläggningen.\n\n1. Vilka är ni?\n2. Ja / nej",
                sender="samordnare@xn--malm-8qa.se", name="Samordnare",
                subject="Påminnelse: Kartläggning [ref: ABCD]", message_id="<own@x>")
    p = parse_message(raw, cfg.survey, ROSTER)
    assert (p.kind, p.association_id, p.reasons) == ("own", None, [])
    import_mail(cfg, tmp_path, "own.eml", raw)
    state = service.survey_state(cfg)
    assert state.review == [] and state.unmatched == []
    assert [m.message_id for m in state.own] == ["<own@x>"]
    assert Labels("sv")("own") == "egen"


@pytest.mark.parametrize("header", [
    "---------- Forwarded message ---------\nFrån: Per Nilsson <kansli@hyllieif.se>\n"
    "Date: tis 14 jan. 2020 kl 10:02\nSubject: Svar på enkäten\nTo: Anna <anna.s@malmo.se>",
    "________________________________\nFrån: Per Nilsson <kansli@hyllieif.se>\n"
    "Skickat: den 14 januari 2020 10:02\nTill: Anna <anna.s@malmo.se>\nÄmne: Svar",
])
def test_a_reply_the_coordinator_forwards_into_the_inbox_counts_for_its_writer(cfg, header):
    """The coordinator passes on a reply that reached another address: the reply inside
    is the association's, not the coordinator's own mail."""
    body = f"Det här kom till min adress, lägger in det här.\n/Anna\n\n{header}\n\n"
    raw = reply(body + FULL, sender="samordnare@xn--malm-8qa.se", name="Anna Samordnare",
                subject="VB: Svar på enkäten", threaded=False)
    p = parse_message(raw, cfg.survey, ROSTER)
    assert (p.kind, p.association_id, p.match_method) == ("reply", 1, "forwarded")
    if header.startswith("-"):
        assert p.answers["about"]["value"] == "Vi är en fotbollsförening med 180 spelare."
        assert p.answers["works_against_segregation"]["value"] is True
    else:
        # Outlook's block reads as a quoted original: the answers below it are not read
        # yet, but the reply counts and is in review, never gone.
        assert [r.code for r in p.reasons] == ["no_answer"]


def test_a_display_name_holding_another_address_is_kept_and_flagged(survey):
    m = EmailMessage()
    m["From"] = '"Hyresgästföreningen Nydala <nydala@hgf-nydala.se>" <nydala.2020@gmail.com>'
    m["To"] = "samordnare@xn--malm-8qa.se"
    m["Subject"] = "Re: Kartläggning: civilsamhällets arbete mot segregation i Malmö"
    m["Date"] = format_datetime(dt.datetime(2020, 1, 10, 12, tzinfo=CET))
    m["In-Reply-To"] = "<kartlaggning-2019@xn--malm-8qa.se>"
    m.set_content(FULL.replace("Per", "Per\nHyresgästföreningen Nydala"))
    p = parse_message(bytes(m), survey, ROSTER)
    assert (p.kind, p.association_id) == ("reply", 4)
    spoof = next(r for r in p.reasons if r.code == "sender_mismatch")
    assert spoof.detail == "nydala@hgf-nydala.se ≠ nydala.2020@gmail.com"
    assert Labels("en").reason(spoof).startswith("The sender's display name holds another")


def test_confirming_a_name_only_match_clears_its_flag(cfg, tmp_path):
    raw = reply(VANISHED, sender="eva.berg72@gmail.com", threaded=False,
                subject="Svar från oss", message_id="<v@x>")
    import_mail(cfg, tmp_path, "v.eml", raw)
    rec = _record(cfg, "Kören Harmoni")
    assert rec.status == "responded"
    assert "match_by_name" in [r.code for r in rec.reasons]
    service.assign(cfg, "<v@x>", "Kören Harmoni")
    assert "match_by_name" not in [r.code for r in _record(cfg, "Kören Harmoni").reasons]


# --- not replies ----------------------------------------------------------------------


def _read_receipt() -> bytes:
    return (
        "From: Kansli <kansli@hyllieif.se>\nTo: samordnare@xn--malm-8qa.se\n"
        "Subject: =?utf-8?q?L=C3=A4st=3A_Kartl=C3=A4ggning?=\n"
        "Date: Tue, 03 Dec 2019 10:16:00 +0100\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="b"\n\n'
        "--b\nContent-Type: text/plain; charset=utf-8\n\n"
        "Ditt meddelande har lästs den 3 december 2019.\n"
        "--b\nContent-Type: message/disposition-notification\n\n"
        "Final-Recipient: rfc822; kansli@hyllieif.se\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n--b--\n"
    ).encode()


def test_a_read_receipt_is_an_auto_reply(survey):
    p = parse_message(_read_receipt(), survey, ROSTER)
    assert (p.kind, p.association_id, p.answers) == ("auto_reply", 1, {})
    assert p.kind_reason.startswith("read receipt")


def test_a_read_receipt_by_subject_alone_is_an_auto_reply(survey):
    raw = reply("Ditt meddelande\n\nTill: Samordnare\nÄmne: Kartläggning\n\nlästes den "
                "3 december 2019 10:16.", subject="Läst: Kartläggning")
    assert parse_message(raw, survey, ROSTER).kind == "auto_reply"


def test_a_ticket_receipt_without_auto_headers_is_an_auto_reply(survey):
    raw = reply("Hej!\n\nTack för ditt meddelande. Vi har tagit emot ditt ärende och det har "
                "fått ärendenummer #20191203-0042.\n\nVi besvarar normalt ärenden inom fem "
                "arbetsdagar.", sender="noreply@korenharmoni.se", threaded=False,
                subject="[Ärende #20191203-0042] Vi har tagit emot ditt ärende")
    p = parse_message(raw, survey, ROSTER)
    assert p.kind == "auto_reply"
    assert "ticket receipt" in p.kind_reason


def test_a_grant_question_in_the_survey_thread_is_other_and_listed(cfg, tmp_path):
    raw = reply("Hej, en fråga som inte har med enkäten att göra: när är sista dag att söka "
                "aktivitetsbidraget?\n\nAhmed\nUngdomsföreningen Framtid",
                sender="framtid@gmail.com", message_id="<grant@x>")
    p = parse_message(raw, cfg.survey, ROSTER)
    assert (p.kind, p.association_id, p.answers) == ("other", 3, {})
    import_mail(cfg, tmp_path, "grant.eml", raw)
    state = service.survey_state(cfg)
    rec = next(r for r in state.associations if r.name == "Ungdomsföreningen Framtid")
    assert rec.status == "no_response"
    assert [r.code for r in rec.reasons] == ["not_a_reply"]
    assert [(w, why.code) for w, _, why in state.review] == [("message", "not_a_reply")]


def test_a_bare_question_in_the_thread_is_other_but_a_promise_is_a_reply(survey):
    ask = reply("Hej! När öppnar ansökan om lokalbidrag?", sender="framtid@gmail.com")
    assert parse_message(ask, survey, ROSTER).kind == "other"
    promise = reply("Tack, vi återkommer!", sender="framtid@gmail.com")
    assert parse_message(promise, survey, ROSTER).kind == "reply"


def test_a_newsletter_mentioning_segregation_is_other(survey):
    raw = reply("Nyhetsbrev: frukostseminarium om segregation 12/2.", threaded=False,
                sender="info@forum.se", subject="Nyhetsbrev januari",
                headers={"Precedence": "bulk", "List-Unsubscribe": "<https://forum.se/u>"})
    assert parse_message(raw, survey, ROSTER).kind == "other"


# --- reminders wait for review --------------------------------------------------------


def _choose(cfg):
    sel = reminder_selection(cfg)
    return {sk.name: sk for sk in sel.skipped}, [c.name for c in sel.due]


def test_no_reminder_while_mail_awaits_review_or_a_match_awaits_confirmation(cfg, tmp_path):
    import_mail(cfg, tmp_path, "grant.eml", reply(
        "Hej, en helt annan sak: när öppnar bidraget?", sender="framtid@gmail.com",
        message_id="<g@x>"))
    # a name-only match on mail that is no reply: the association is not sure either
    import_mail(cfg, tmp_path, "nydala.eml", reply(
        "Hej, vi har flyttat kansliet.\n\nHälsningar\nHyresgästföreningen Nydala",
        sender="privat@gmail.com", threaded=False, message_id="<n@x>", subject="Flytt"))
    skipped, due = _choose(cfg)
    assert due == ["Hyllie IF", "Kören Harmoni"]
    assert skipped["Ungdomsföreningen Framtid"].reason == "awaits_review"
    assert skipped["Hyresgästföreningen Nydala"].reason == "awaits_confirmation"
    sv = skipped["Ungdomsföreningen Framtid"].text(Labels("sv"))
    assert sv == "väntar på granskning: Mejl från föreningen som inte ser ut som ett svar"
    en = skipped["Hyresgästföreningen Nydala"].text(Labels("en"))
    assert en.startswith("the association needs confirming: Matched to the association only")
    service.set_value(cfg, "Ungdomsföreningen Framtid", "reviewed", "ja")
    skipped, due = _choose(cfg)
    assert "Ungdomsföreningen Framtid" in due


def test_remind_dry_run_lists_the_held_back_association_with_its_reason(tmp_path):
    path = _mail_that_is_no_reply(tmp_path)
    out = RUNNER.invoke(app, ["-c", str(path), "remind"],
                        env={"COLUMNS": "250", "INTAKE_NOW": "2020-01-24T10:00:00+01:00"})
    assert out.exit_code == 0, out.output
    assert ("Hoppar över Hyllie IF: väntar på granskning: Mejl från föreningen som inte "
            "ser ut som ett svar") in out.output
    assert "Skulle skicka påminnelse 1 till Hyllie IF" not in out.output


# --- config ---------------------------------------------------------------------------


def test_survey_keywords_default_from_the_name_and_can_be_set(tmp_path):
    # the word for a survey in both languages, then the name's long words (unseen110)
    assert make_config(tmp_path).survey.survey_words == (
        "enkät", "survey", "questionnaire", "kartläggning", "civilsamhällets", "segregation")
    data = example_raw()
    data["survey"]["keywords"] = ["föreningsenkät", "Kartläggning"]
    cfg = parse_config(data, tmp_path / "c.toml")
    assert cfg.survey.survey_words == ("föreningsenkät", "kartläggning")
    data["survey"]["keywords"] = [1]
    with pytest.raises(ConfigError, match=r"survey\.keywords"):
        parse_config(data, tmp_path / "c.toml")


def test_a_message_row_keeps_reasons_json_readable(cfg, tmp_path):
    import_mail(cfg, tmp_path, "full.eml", reply("Hej, inga svar här, bara hej.",
                                             message_id="<n@x>"))
    store = service.open_store(cfg)
    with store.session() as s:
        row = s.query(Message).one()
        assert row.problems["items"] == ["no_answer"]
        assert row.problems["reasons"] == [{"code": "no_answer", "key": None, "detail": ""}]
        json.dumps(row.problems)
    store.close()


def test_the_html_report_shows_the_reasons_translated(cfg, tmp_path):
    from svarsinkorg.service import write_report

    import_mail(cfg, tmp_path, "amb.eml",
            reply("1. Vi spelar fotboll.\n2. Delvis, i viss mån\n\nPer", message_id="<amb@x>"))
    import_mail(cfg, tmp_path, "grant.eml", reply(
        "Hej, en helt annan sak: när öppnar bidraget?", sender="framtid@gmail.com",
        message_id="<g@x>"))
    html = write_report(cfg, tmp_path / "r.html",
                        dt.datetime(2020, 1, 20, tzinfo=dt.UTC)).read_text(encoding="utf-8")
    row = html.split('data-association="Hyllie IF" data-status')[1].split("</tr>")[0]
    assert "Oklart svar (fråga 2)" in row
    framtid = html.split('data-association="Ungdomsföreningen Framtid">')[1].split("</tr>")[0]
    assert "väntar på granskning, påminns inte" in framtid


def test_a_newsletter_with_answer_like_text_is_still_other(survey):
    raw = reply("Vilka är vi? Ett nätverk för föreningar.\n\nArbetar vi mot segregation? Ja, "
                "på många sätt.\n\nAvregistrera dig här.", threaded=False,
                sender="info@forum.se", subject="Nyhetsbrev januari",
                headers={"List-Unsubscribe": "<https://forum.se/u>"})
    p = parse_message(raw, survey, ROSTER)
    assert (p.kind, p.kind_reason) == ("other", "a newsletter or mailing list")


def test_a_reason_in_its_stored_text_form_is_translated_too():
    t = Labels("sv", ["about", "works_against_segregation"])
    assert t.reason("ambiguous:works_against_segregation: kanske") == \
        "Oklart svar (fråga 2): kanske"
    assert t.reason("attachment: svar.zip: zip archive") == \
        "En bilaga kunde inte läsas helt: svar.zip: zip archive"
    assert t.reason("no answer found") == "no answer found"


def test_two_unreadable_attachments_are_two_reasons(survey):
    m = EmailMessage()
    m["From"] = "Per <kansli@hyllieif.se>"
    m["To"] = "samordnare@xn--malm-8qa.se"
    m["Subject"] = "Re: Kartläggning: civilsamhällets arbete mot segregation i Malmö"
    m["Date"] = format_datetime(dt.datetime(2020, 1, 10, 12, tzinfo=CET))
    m.set_content("Svaren finns i bilagorna.")
    for name in ("a.zip", "b.zip"):
        m.add_attachment(b"PK\x05\x06" + b"\0" * 18, maintype="application", subtype="zip",
                         filename=name)
    p = parse_message(bytes(m), survey, ROSTER)
    details = [r.detail.split(":")[0] for r in p.reasons if r.code == "attachment"]
    assert details == ["a.zip", "b.zip"]


def test_a_flawed_auto_reply_is_reviewed_but_holds_no_reminder(cfg, tmp_path):
    raw = reply("Jag är på semester till den 7 januari.", subject="Autosvar: Kartläggning",
                headers={"Auto-Submitted": "auto-replied"}, message_id="<ooo@x>")
    import_mail(cfg, tmp_path, "ooo.eml", raw.replace(b"Date: ", b"X-Old-Date: "))
    rec = _record(cfg, "Hyllie IF")
    assert [r.code for r in rec.reasons] == ["no_date"] and rec.holding == []
    assert "Hyllie IF" in _choose(cfg)[1]


def test_an_offer_to_come_and_tell_in_the_thread_is_a_reply_with_an_interview_wish(survey):
    # no survey word, a question in the text: the wish to talk alone makes it a reply
    raw = reply("Hej\n\nVi skriver inte så bra. Vi kan komma till er och berätta om klubben? "
                "Säg vilken dag som passar.\n\nTack\nAmina\nHyllie IF\n")
    p = parse_message(raw, survey, ROSTER)
    assert (p.kind, p.association_id, p.wants_interview) == ("reply", 1, True)
    assert all(a["value"] is None for a in p.answers.values())
    assert p.problems == []


def test_a_decline_with_a_reason_stores_no_answer_and_is_noted_as_declined(survey):
    # only the decline, its reason and a greeting: no answer is missing, nothing to review
    raw = reply("Hej,\n\nTack, men vi avstår från att delta. Vi är bara några grannar som "
                "spelar boule på somrarna.\n\nHälsningar\nPer\n")
    p = parse_message(raw, survey, ROSTER)
    assert p.kind == "reply"
    assert all(a["value"] is None for a in p.answers.values())
    assert p.problems == []
    assert "declined" in p.notes


@pytest.mark.parametrize("said", [
    # put off, not declined: the association has not answered yet
    "Vi kan inte vara med före jul, vi återkommer efter nyår.",
    # a no to question 2 beside the decline: an answer a person should read
    "Vi avstår från att delta. Vi arbetar inte mot segregation, vi är en schackklubb.",
])
def test_a_decline_mixed_with_more_than_its_reasons_stays_flagged(survey, said):
    p = parse_message(reply(f"Hej,\n\n{said}\n\nHälsningar\nPer\n"), survey, ROSTER)
    assert "declined" not in p.notes
    assert "no_answer" in [r.code for r in p.reasons]


def test_a_decline_beside_a_question_to_the_coordinator_is_no_plain_decline(survey):
    raw = reply("Hej,\n\nVi avstår från att delta. Men vem ska man kontakta om lokalbidrag?"
                "\n\nHälsningar\nPer\n")
    p = parse_message(raw, survey, ROSTER)
    assert "declined" not in p.notes
    assert p.kind == "other"  # listed by review as mail that is no reply


def test_an_away_notice_with_an_outlook_subject_and_no_headers_is_an_auto_reply(survey):
    raw = reply("Tack för ditt meddelande!\n\nKansliet är stängt över jul. Vi läser mejlen "
                "efter trettondagen.\n", subject="Frånvarande: Kartläggning", threaded=False)
    p = parse_message(raw, survey, ROSTER)
    assert p.kind == "auto_reply"


def test_a_side_question_in_the_survey_thread_is_no_reply(survey):
    raw = reply("Hej!\n\nEn fråga vid sidan om: vem bokar man lokaler hos på fritidsgården? "
                "Ingen svarar i telefonen.\n\nMvh Per\n")
    p = parse_message(raw, survey, ROSTER)
    assert (p.kind, p.association_id) == ("other", 1)


@pytest.mark.parametrize("body", [
    "Hej igen,\n\nen sak till som inte handlar om enkäten: vem ska man prata med om man vill "
    "söka lokalbidrag? Vi har aldrig sökt förut.",
    "Hej!\n\nDet här gäller inte kartläggningen, men vet du vem som bokar Garaget? Vi har "
    "letat länge.",
    "Hi,\n\none more thing, which is not about the survey: who handles activity grants? We "
    "have never applied before.",
])
def test_a_mail_saying_it_is_not_about_the_survey_is_no_reply(survey, body):
    # its one sentence of its own ("Vi har aldrig sökt förut.") is no answer to question 1
    p = parse_message(reply(f"{body}\n\nmvh Jonas\n"), survey, ROSTER)
    assert (p.kind, p.association_id) == ("other", 1)


@pytest.mark.parametrize("body", [
    "Innan vi svarar: vet du om det går att söka bidrag för en ny lokal? Vi måste flytta.",
    "Innan jag kan svara undrar jag vem som bokar lokalerna på fritidsgården?",
    "Before we answer, could you tell us who handles grants for premises?",
])
def test_a_question_asked_before_answering_is_no_reply(survey, body):
    # the answer is still to come: the mail is the question it asks (listed by review)
    p = parse_message(reply(f"Hej!\n\n{body}\n\nTack!\nSofia\n"), survey, ROSTER)
    assert (p.kind, p.association_id) == ("other", 1)


def test_answers_after_a_before_answering_question_still_make_a_reply(survey):
    p = parse_message(reply("Hej!\n\nInnan vi svarar, en fråga: får vi söka bidrag? "
                            "Här är svaren ändå.\n\n1. Vi är en kör.\n2. Ja\n3. Vi sjunger "
                            "med alla.\n4. Lokalen.\n\nSofia\n"), survey, ROSTER)
    assert p.kind == "reply"


def test_a_one_line_yes_answers_the_yes_no_question(survey):
    # the whole reply is one plain yes: the yes/no's answer for sure, nothing left unread
    p = parse_message(reply("Jajamän, det gör vi! /Per, Hyllie IF\n"), survey, ROSTER)
    assert p.kind == "reply"
    assert p.answers["works_against_segregation"]["value"] is True
    assert p.answers["about"]["value"] is None
    assert p.problems == [] and "yes_no_alone" in p.notes


@pytest.mark.parametrize("line,value", [
    ("Absolut, det gör vi på vårt lilla sätt! /Anna, Husie hembygdsförening", True),
    ("Ja, det gör vi i allra högsta grad. /Per", True),
    ("Yes, we do in our own small way! /Sam", True),
])
def test_a_one_line_yes_with_the_way_it_is_done_answers_the_yes_no(survey, line, value):
    # "in our own way" says nothing more than the yes: the yes/no's answer, and only that
    p = parse_message(reply(f"{line}\n"), survey, ROSTER)
    assert p.answers["works_against_segregation"]["value"] is value
    assert p.answers["how"]["value"] is None
    assert p.problems == [] and "yes_no_alone" in p.notes


def test_a_yes_hedged_in_some_measure_is_not_made_a_plain_yes(survey):
    p = parse_message(reply("Ja, det gör vi i viss mån, på vårt sätt genom läxhjälp. /Per\n"),
                      survey, ROSTER)
    value = p.answers["works_against_segregation"]["value"]
    assert value is None or p.problems


def test_an_away_notice_saying_the_mail_is_not_read_is_an_auto_reply(survey):
    raw = reply("Hej,\n\nlokalen är stängd under jullovet och mejlen läses inte förrän den 13 "
                "januari.\n", subject="Kartläggning", threaded=False)
    assert parse_message(raw, survey, ROSTER).kind == "auto_reply"
