"""Issue 9: a yes said with a qualifier ("Ja, i viss mån.") is a note on the answer, not a
review reason. It stays read as yes; the record, the export (JSON, CSV, XLSX), the report
and the record page show the qualifier beside it; nothing waits for a person because of it
(not needs_review, not in `intake review`, not holding reminders). A doubt of another kind
on the same reply still flags it. And a document's dateline signed after a dash is no
answer (unseen91)."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from helpers import config_with_roster, extract, import_mail, reply, write_config
from typer.testing import CliRunner

from svarsinkorg import review, service
from svarsinkorg.cli import app
from svarsinkorg.model import NOTE_CODES, Reason, split_notes
from svarsinkorg.parsers.framing import is_dateline
from svarsinkorg.reports.export import export_json, table_rows, write_csv, write_xlsx
from svarsinkorg.reports.html import render_report
from svarsinkorg.reports.labels import Labels

ROSTER_CSV = ("name,email,org_number\n"
              "Hyllie IF,kansli@hyllieif.se,\n"
              "Kören Harmoni,info@korenharmoni.se,\n")
# Said in other words than the corpora's: a yes, then how far it goes
HEDGED_SV = ("Hej!\n\n1. Vi är en fotbollsförening med 180 spelare i Hyllie.\n\n"
             "2. Ja, till viss del.\n\n3. Vi blandar spelare från olika skolor i lagen.\n\n"
             "4. Det saknas ledare som kan fler språk.\n\nHälsningar\nPer")
HEDGED_EN = ("Hi!\n\n1. We are a choir of thirty singers rehearsing in Västra skolan.\n\n"
             "2. Yes, to some extent.\n\n3. We sing at care homes in every part of town.\n\n"
             "4. Rooms are hard to find.\n\nBest regards\nEva")


@pytest.fixture
def cfg(tmp_path):
    return config_with_roster(tmp_path, ROSTER_CSV)


def _state(cfg):
    return service.survey_state(cfg)


def _record(cfg, name: str):
    return next(r for r in _state(cfg).associations if r.name == name)


def test_a_hedged_yes_is_a_note_not_a_review_reason():
    ex = extract(HEDGED_SV)
    assert ex.answers["works_against_segregation"].value is True
    review_reasons, notes = split_notes(ex.reasons)
    assert [(n.code, n.key, n.detail) for n in notes] == [
        ("yes_no_hedged", "works_against_segregation", "Ja, till viss del.")]
    assert review_reasons == []
    assert {"yes_no_hedged"} == NOTE_CODES


def test_a_hedged_yes_mail_is_not_in_review_nor_held_and_its_record_shows_the_note(
        cfg, tmp_path):
    import_mail(cfg, tmp_path, "h.eml", reply(HEDGED_SV, message_id="<h1@x>"))
    state = _state(cfg)
    rec = next(r for r in state.associations if r.name == "Hyllie IF")
    assert rec.answers["works_against_segregation"] is True
    assert rec.needs_review is False and rec.reasons == [] and rec.holding == []
    assert [(n.code, n.key, n.detail) for n in rec.answer_notes] == [
        ("yes_no_hedged", "works_against_segregation", "Ja, till viss del.")]
    assert state.review == []
    assert review.review_queue(state) == []


def test_intake_review_does_not_list_a_hedged_yes(tmp_path):
    runner = CliRunner()
    path = write_config(tmp_path)
    (tmp_path / "r.csv").write_text(ROSTER_CSV, encoding="utf-8")
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "h.eml").write_bytes(reply(HEDGED_SV, message_id="<h1@x>"))
    (tmp_path / "m" / "p.eml").write_bytes(reply(
        HEDGED_EN.replace("4. Rooms are hard to find.\n\n", ""), sender="info@korenharmoni.se",
        message_id="<p1@x>"))
    for args in (["associations", "import", str(tmp_path / "r.csv")],
                 ["import", str(tmp_path / "m")]):
        assert runner.invoke(app, ["-c", str(path), *args]).exit_code == 0
    out = runner.invoke(app, ["-c", str(path), "review"], env={"COLUMNS": "250"}).output
    assert "Kören Harmoni" in out  # question 4 left open: still reviewed for that
    assert "Hyllie IF" not in out and "förbehåll" not in out


def test_the_export_has_the_note_beside_the_answer_in_json_csv_and_xlsx(cfg, tmp_path):
    import_mail(cfg, tmp_path, "h.eml", reply(HEDGED_SV, message_id="<h1@x>"))
    state = _state(cfg)
    t = Labels.for_survey(cfg.survey)
    out = {a["association"]: a for a in export_json(cfg.survey, state, t)["associations"]}
    hyllie = out["Hyllie IF"]
    assert hyllie["needs_review"] is False and hyllie["review_reasons"] == []
    assert hyllie["answers"]["works_against_segregation"] is True
    assert hyllie["answer_notes"] == [{
        "question": "works_against_segregation", "code": "yes_no_hedged",
        "detail": "Ja, till viss del.",
        "text": 'fråga 2: Ja (med förbehåll: "Ja, till viss del.")'}]
    assert out["Kören Harmoni"]["answer_notes"] == []
    header, rows = table_rows(cfg.survey, state, t)
    col = header.index("Noteringar om svaren")
    assert header[-1] == "Att granska"  # the reasons stay where they were
    assert rows[0][col] == 'fråga 2: Ja (med förbehåll: "Ja, till viss del.")'
    assert rows[0][-1] == "" and rows[1][col] == ""
    path = tmp_path / "e.xlsx"
    write_xlsx(path, cfg.survey, state, t)
    from openpyxl import load_workbook
    ws = load_workbook(path).active
    assert ws.cell(1, col + 1).value == "Noteringar om svaren"
    assert ws.cell(2, col + 1).value == 'fråga 2: Ja (med förbehåll: "Ja, till viss del.")'
    csv_out = tmp_path / "e.csv"
    write_csv(csv_out, cfg.survey, state, t)
    table = list(csv.reader(csv_out.read_text(encoding="utf-8-sig").splitlines(),
                            delimiter=";"))
    assert table[1][col] == 'fråga 2: Ja (med förbehåll: "Ja, till viss del.")'


def test_the_note_in_english_on_the_switch(tmp_path):
    cfg = config_with_roster(tmp_path, ROSTER_CSV)
    import_mail(cfg, tmp_path, "e.eml", reply(HEDGED_EN, sender="info@korenharmoni.se",
                                              message_id="<e1@x>"))
    t = Labels("en", cfg.survey.keys)
    out = {a["association"]: a for a in export_json(cfg.survey, _state(cfg), t)["associations"]}
    assert [n["text"] for n in out["Kören Harmoni"]["answer_notes"]] == [
        'question 2: Yes (with a qualifier: "Yes, to some extent.")']
    assert out["Kören Harmoni"]["needs_review"] is False


def test_a_hedged_yes_with_another_doubt_is_still_in_review_for_that_doubt(cfg, tmp_path):
    # the hedge, and question 4 left unanswered without a word why
    body = ("Hej!\n\n1. Vi är en fotbollsförening med 180 spelare i Hyllie.\n\n"
            "2. Ja, till viss del.\n\n3. Vi blandar spelare från olika skolor i lagen.\n\n"
            "Hälsningar\nPer")
    import_mail(cfg, tmp_path, "p.eml", reply(body, message_id="<p1@x>"))
    state = _state(cfg)
    rec = next(r for r in state.associations if r.name == "Hyllie IF")
    assert rec.needs_review is True
    assert {r.code for r in rec.reasons} == {"partial"}
    assert [n.code for n in rec.answer_notes] == ["yes_no_hedged"]
    assert [i.title for i in review.review_queue(state)] == ["Hyllie IF"]
    export = export_json(cfg.survey, state)["associations"][0]
    assert not any("förbehåll" in x for x in export["review_reasons"])


def test_a_later_plain_yes_takes_the_note_away(cfg, tmp_path):
    import_mail(cfg, tmp_path, "h.eml", reply(HEDGED_SV, message_id="<h1@x>"))
    later = HEDGED_SV.replace("Ja, till viss del.", "Ja.")
    import_mail(cfg, tmp_path, "l.eml", reply(
        later, message_id="<h2@x>", when=dt.datetime(2020, 1, 12, 9, tzinfo=dt.UTC)))
    rec = _record(cfg, "Hyllie IF")
    assert rec.answers["works_against_segregation"] is True and rec.answer_notes == []


def test_the_report_shows_the_note_beside_the_yes(cfg, tmp_path):
    import_mail(cfg, tmp_path, "h.eml", reply(HEDGED_SV, message_id="<h1@x>"))
    html = render_report(cfg.survey, _state(cfg), {},
                         dt.datetime(2020, 1, 20, tzinfo=dt.UTC), Labels.for_survey(cfg.survey))
    assert "Ja (med förbehåll: &#34;Ja, till viss del.&#34;)" in html \
        or "Ja (med förbehåll: &quot;Ja, till viss del.&quot;)" in html


def test_a_note_label_in_both_languages():
    note = Reason("yes_no_hedged", "works_against_segregation", "Ja, i viss mån.")
    assert Labels("sv").answer_note(note, True) == 'Ja (med förbehåll: "Ja, i viss mån.")'
    assert Labels("en").answer_note(note, True) == \
        'Yes (with a qualifier: "Ja, i viss mån.")'


@pytest.mark.parametrize(("line", "yes"), [
    ("Lund, 3 mars 2020 – styrelsen för Lunds schackklubb", True),
    ("Ystad 2020-02-11 - the board of Ystad Rowing Club", True),
    ("Malmö den 9 december 2019 / Anna Berg, ordförande", True),
    ("Vi startade 2019 - och nu är vi fyrtio medlemmar som spelar varje vecka.", False),
])
def test_a_dateline_signed_after_a_dash_or_slash(line, yes):
    assert is_dateline(line) is yes


def test_a_documents_dateline_after_a_dash_is_no_part_of_the_last_answer():
    # unseen91/27: "Malmö, 14 January 2020 – the ESN Malmö board" under the last answer
    body = ("1. Vi är en schackklubb i Lund.\n\n2. Ja\n\n3. Vi spelar med alla skolor.\n\n"
            "4. Lokalen är för liten.\n\nLund, 3 mars 2020 – styrelsen för Lunds schackklubb")
    ex = extract(body)
    assert ex.answers["obstacles_opportunities"].value == "Lokalen är för liten."
