"""One writer's mail with a section (or an attached file) per roster association (a chair
of two, an umbrella body answering for itself and a member; unseen106 16, 18, 39): each
association's record holds its own section's answers, the second's flagged for
confirmation; the first's holds only its own; a later mail of the second's own wins."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from helpers import (
    CET,
    config_with_roster,
    import_mail,
    make_config,
    records_by_name,
    reminder_selection,
    reply,
    stored_messages,
    write_config,
)
from sections_data import (
    CSV,
    LOPAREN,
    ROSTER,
    SANG,
    TWO_SECTIONS_EN,
    TWO_SECTIONS_SV,
    files_mail,
)
from sqlalchemy import inspect, text

from svarsinkorg import review, service
from svarsinkorg.intake.match import body_sections
from svarsinkorg.parsers.model import Reason
from svarsinkorg.pipeline import parse_message
from svarsinkorg.reports.labels import Labels
from svarsinkorg.store import migrations
from svarsinkorg.store.db import make_engine


@pytest.fixture
def cfg(tmp_path):
    return make_config(tmp_path)


def _values(answers: dict) -> dict:
    return {k: a["value"] for k, a in answers.items()}


def _codes(p) -> list[str]:
    return [r.code for r in p.reasons]


# -- the parse result, per section ------------------------------------------------------------

def test_swedish_sections_from_a_private_address_each_read_for_their_own(cfg):
    p = parse_message(reply(TWO_SECTIONS_SV, sender="kerstin.berg@gmail.com"), cfg.survey,
                      ROSTER)
    assert p.association_id == 2
    assert _values(p.answers) == LOPAREN
    assert list(p.section_answers) == [3]
    assert _values(p.section_answers[3]) == SANG
    assert {a["source"] for a in p.section_answers[3].values()} == {"body"}
    # the other section is read, not left over as text of the first's
    assert "unassigned_text" not in _codes(p)
    assert Reason("several_associations", None, "Bridgeklubben Sang") in p.reasons


def test_english_sections_from_the_first_associations_own_address(cfg):
    p = parse_message(reply(TWO_SECTIONS_EN, sender="info@lundchess.org"), cfg.survey, ROSTER)
    assert p.association_id == 4
    assert p.answers["obstacles_opportunities"]["value"] == \
        "We need a bigger room. Many young people want to learn."
    assert _values(p.section_answers[5]) == {
        "about": "We walk together every Sunday morning, mostly retired people.",
        "works_against_segregation": False,
        "how": "It has not come up, we are few and rarely meet new people.",
        "obstacles_opportunities": "We need more leaders."}


def test_sections_from_the_second_associations_own_address_keep_its_own_section(cfg):
    # sent from Sang's address, its section second: the mail is Sang's and holds only
    # Sang's section (the first section's answers are Löparen's, carried to it)
    p = parse_message(reply(TWO_SECTIONS_SV, sender="sang.bridge@telia.com"), cfg.survey,
                      ROSTER)
    assert p.association_id == 3
    assert _values(p.answers) == SANG
    assert _values(p.section_answers[2]) == LOPAREN


def test_one_file_per_association_each_file_for_its_own(cfg):
    p = parse_message(files_mail(), cfg.survey, ROSTER)
    assert p.association_id == 2
    assert p.answers["how"]["value"] == "Vi har gratis kurser för nybörjare."
    assert p.answers["how"]["source"] == "Schackklubben_Loparen_svar.txt"
    sang = p.section_answers[3]
    assert sang["how"] == {"value": "Vi bjuder in grannar till spelkvällar.",
                           "raw": "Vi bjuder in grannar till spelkvällar.", "ambiguous": False,
                           "source": "Bridgeklubben-Sang-svar.txt"}
    assert sang["works_against_segregation"]["value"] is True


def test_a_head_naming_no_roster_association_stays_as_today(cfg):
    body = TWO_SECTIONS_SV.replace("*** Bridgeklubben Sang ***", "*** Kortklubben Ess ***")
    p = parse_message(reply(body, sender="loparen.schack@gmail.com"), cfg.survey, ROSTER)
    assert p.association_id == 2
    assert p.section_answers == {}
    assert "several_associations" not in _codes(p)
    assert p.answers["about"]["value"] == LOPAREN["about"]


def test_a_second_section_for_the_same_association_is_its_own_too(cfg):
    # "*** Sang ***" again below the others: that association's, never left in the mail's
    # own body (it was read into the first association's last answer, head and all)
    more = "4. Glömde: vi behöver också en större lokal för våra kvällar med många bord."
    body = TWO_SECTIONS_SV.replace(
        "Hälsningar", f"*** Bridgeklubben Sang ***\n\n{more}\n\nHälsningar")
    p = parse_message(reply(body, sender="kerstin.berg@gmail.com"), cfg.survey, ROSTER)
    assert _values(p.answers) == LOPAREN
    assert list(p.section_answers) == [3]
    assert _values(p.section_answers[3])["about"] == SANG["about"]
    assert "större lokal" in _values(p.section_answers[3])["obstacles_opportunities"]


A_TOPIC_LINE = """Hej!

Här kommer svaren från Schackklubben Löparen.

1. Vi spelar schack varje tisdag i Väster, ett fyrtiotal medlemmar i alla åldrar.
2. Ja
3. Vi har gratis nybörjarkurser på biblioteket och spelar mot klubbar i andra stadsdelar.

Bridgeklubben Sang

Vi delar lokal med dem och ordnar varje vår en turnering för barn och pensionärer.

4. Lokalen är för liten. Många unga vill lära sig.

Hälsningar
Kerstin
"""


def test_a_roster_name_as_a_topic_line_inside_one_answer_is_no_section(cfg):
    # the numbering goes on under the name (3, then 4): one association's answer with a
    # topic line, not a section of another's; its answer 4 stays its own
    p = parse_message(reply(A_TOPIC_LINE, sender="loparen.schack@gmail.com"), cfg.survey,
                      ROSTER)
    assert p.association_id == 2
    assert _values(p.answers)["obstacles_opportunities"] == LOPAREN["obstacles_opportunities"]
    assert p.section_answers == {}


def test_body_sections_give_each_sections_lines():
    (first, second) = body_sections(ROSTER, TWO_SECTIONS_SV)
    assert (first.entry.id, second.entry.id) == (2, 3)
    assert second.head == "*** Bridgeklubben Sang ***"
    assert second.text.strip().splitlines()[-1] == "4. Vi behöver fler lärare."


def test_the_reasons_say_where_the_answers_came_from_in_both_languages():
    r = Reason("answers_in_section", None, "#16 kerstin.berg@gmail.com")
    sv, en = Labels("sv").reason(r), Labels("en").reason(r)
    assert "#16" in sv and "kerstin.berg@gmail.com" in sv and "avsnitt" in sv
    assert "#16" in en and "kerstin.berg@gmail.com" in en and "section" in en
    several = Labels("sv").reason(Reason("several_associations", None, "Bridgeklubben Sang"))
    assert "har lästs för den föreningen" in several


# -- a real import: both records, review, reminders, export -----------------------------------

def _imported(tmp_path: Path, store_url: str | None = None):
    config = config_with_roster(tmp_path, CSV, store_url)
    import_mail(config, tmp_path, "two.eml",
                reply(TWO_SECTIONS_SV, sender="kerstin.berg@gmail.com",
                      message_id="<two@example.se>",
                      when=dt.datetime(2020, 1, 10, 12, 0, tzinfo=CET)))
    return config


def test_an_import_gives_each_record_its_own_section(tmp_path: Path, store_url: str) -> None:
    config = _imported(tmp_path, store_url)
    (msg,) = stored_messages(config).values()
    recs = records_by_name(config)
    loparen, sang = recs["Schackklubben Löparen"], recs["Bridgeklubben Sang"]
    assert loparen.answers == LOPAREN
    assert sang.answers == SANG
    assert (sang.status, sang.received_at) == ("responded", loparen.received_at)
    assert [(r.code, r.detail) for r in sang.reasons] == [
        ("answers_in_section", f"#{msg.id} kerstin.berg@gmail.com")]
    assert [s["message"] for s in sang.sources] == [msg.id] * 4
    assert {r.code for r in loparen.reasons} == {"match_by_name", "several_associations"}
    # listed for review beside the mail, and not reminded meanwhile
    queue = review.load_queue(config)
    sang_items = [i for i in queue if i.association_id == sang.id]
    assert len(sang_items) == 1
    assert "answers_in_section" in [r.code for r in sang_items[0].reasons]
    sel = reminder_selection(config)
    assert [c.name for c in sel.due] == ["Hyllie IF"]
    skipped = {s.name: s for s in sel.skipped}
    assert skipped["Bridgeklubben Sang"].reason == "awaits_review"
    assert [r.code for r in skipped["Bridgeklubben Sang"].params["reasons"]] == [
        "answers_in_section"]
    assert skipped["Schackklubben Löparen"].reason == "responded"
    # the export says where the answers came from
    out = tmp_path / "export.json"
    service.export(config, "json", out)
    rows = {r["association"]: r for r in json.loads(out.read_text())["associations"]}
    assert rows["Bridgeklubben Sang"]["answers"] == SANG
    assert rows["Bridgeklubben Sang"]["needs_review"] is True
    (why,) = rows["Bridgeklubben Sang"]["review_reasons"]
    assert f"#{msg.id}" in why and "kerstin.berg@gmail.com" in why
    assert rows["Schackklubben Löparen"]["answers"] == LOPAREN


def test_confirmed_section_answers_count_and_the_flag_goes(tmp_path: Path) -> None:
    config = _imported(tmp_path)
    service.set_value(config, "Bridgeklubben Sang", "reviewed", "ja")
    sang = records_by_name(config)["Bridgeklubben Sang"]
    assert (sang.answers, sang.reasons, sang.status) == (SANG, [], "responded")
    skipped = {s.name: s for s in reminder_selection(config).skipped}
    assert skipped["Bridgeklubben Sang"].reason == "responded"


def test_a_section_received_after_the_deadline_is_late_and_held_from_reminders(
        tmp_path: Path) -> None:
    config = config_with_roster(tmp_path, CSV)
    import_mail(config, tmp_path, "late.eml",
                reply(TWO_SECTIONS_SV, sender="kerstin.berg@gmail.com",
                      when=dt.datetime(2020, 2, 10, 12, 0, tzinfo=CET)))
    sang = records_by_name(config)["Bridgeklubben Sang"]
    assert (sang.status, sang.answers) == ("late", SANG)
    assert "Bridgeklubben Sang" not in [c.name for c in reminder_selection(config).due]


def test_a_later_own_mail_of_the_second_association_wins_over_its_section(
        tmp_path: Path) -> None:
    config = _imported(tmp_path)
    correction = ("Hej!\n\nKerstin igen, nu från klubbens egen adress.\n\n"
                  "Nytt svar på fråga 4: Vi behöver fler lärare och en större lokal.\n\n"
                  "Kerstin\n")
    import_mail(config, tmp_path, "fix.eml",
                reply(correction, sender="sang.bridge@telia.com", message_id="<fix@sang.se>",
                      when=dt.datetime(2020, 1, 14, 9, 0, tzinfo=CET)))
    msgs = {m.from_addr: m for m in stored_messages(config).values()}
    sang = records_by_name(config)["Bridgeklubben Sang"]
    assert sang.answers == {**SANG, "obstacles_opportunities":
                            "Vi behöver fler lärare och en större lokal."}
    by_key = {s["question"]: s["message"] for s in sang.sources}
    assert by_key["obstacles_opportunities"] == msgs["sang.bridge@telia.com"].id
    assert by_key["about"] == msgs["kerstin.berg@gmail.com"].id
    # the three answers still from the section keep it flagged
    assert "answers_in_section" in [r.code for r in sang.reasons]
    # a whole new reply of its own takes every answer: nothing of the section is left
    import_mail(config, tmp_path, "own.eml",
                reply("1. Bridge för alla.\n2. Ja\n3. Öppna kvällar.\n4. Lokalen.\n",
                      sender="sang.bridge@telia.com", message_id="<own@sang.se>",
                      when=dt.datetime(2020, 1, 20, 9, 0, tzinfo=CET)))
    sang = records_by_name(config)["Bridgeklubben Sang"]
    assert sang.answers["about"] == "Bridge för alla."
    assert "answers_in_section" not in [r.code for r in sang.reasons]
    assert "named_in_reply" not in [r.code for r in sang.reasons]


def test_an_earlier_own_reply_keeps_its_answers_and_the_section_fills_its_gaps(
        tmp_path: Path) -> None:
    config = config_with_roster(tmp_path, CSV)
    import_mail(config, tmp_path, "own.eml",
                reply("1. Bridge för alla i Limhamn.\n", sender="sang.bridge@telia.com",
                      message_id="<own@sang.se>",
                      when=dt.datetime(2020, 1, 5, 9, 0, tzinfo=CET)))
    import_mail(config, tmp_path, "two.eml",
                reply(TWO_SECTIONS_SV, sender="kerstin.berg@gmail.com",
                      message_id="<two@example.se>"))
    sang = records_by_name(config)["Bridgeklubben Sang"]
    assert sang.answers == {**SANG, "about": "Bridge för alla i Limhamn."}
    assert "answers_in_section" in [r.code for r in sang.reasons]


def test_approving_the_record_keeps_an_earlier_own_reply_over_a_later_section(
        tmp_path: Path) -> None:
    # approving what the review showed must not change it: the section, later than the
    # association's own reply, still only fills that reply's gaps once the record is reviewed
    config = config_with_roster(tmp_path, CSV)
    import_mail(config, tmp_path, "own.eml",
                reply("1. Bridge för alla i Limhamn.\n", sender="sang.bridge@telia.com",
                      message_id="<own@sang.se>",
                      when=dt.datetime(2020, 1, 5, 9, 0, tzinfo=CET)))
    import_mail(config, tmp_path, "two.eml",
                reply(TWO_SECTIONS_SV, sender="kerstin.berg@gmail.com",
                      message_id="<two@example.se>",
                      when=dt.datetime(2020, 1, 10, 12, 0, tzinfo=CET)))
    shown = records_by_name(config)["Bridgeklubben Sang"].answers
    assert shown == {**SANG, "about": "Bridge för alla i Limhamn."}
    service.set_value(config, "Bridgeklubben Sang", "reviewed", "ja")
    sang = records_by_name(config)["Bridgeklubben Sang"]
    assert sang.answers == shown
    assert "answers_in_section" not in [r.code for r in sang.reasons]


def test_a_wish_to_be_interviewed_in_a_section_is_that_associations(tmp_path: Path) -> None:
    # the wish under the second association's head: neither lost nor given to the first
    body = TWO_SECTIONS_SV.replace(
        "4. Vi behöver fler lärare.",
        "4. Vi behöver fler lärare.\n\nVi ställer gärna upp på en intervju, ring vår ordförande.")
    config = config_with_roster(tmp_path, CSV)
    import_mail(config, tmp_path, "two.eml", reply(body, sender="kerstin.berg@gmail.com"))
    recs = records_by_name(config)
    sang, loparen = recs["Bridgeklubben Sang"], recs["Schackklubben Löparen"]
    assert (sang.wants_interview, loparen.wants_interview) == (True, False)
    assert sang.answers == SANG
    assert "answers_in_section" in [r.code for r in sang.reasons]


# -- the migration: a store made by the schema before it --------------------------------------

def test_0005_adds_the_column_and_keeps_every_row(store_url: str) -> None:
    from alembic import command

    engine = make_engine(store_url)
    try:
        migrations.upgrade(engine)
        with engine.begin() as conn:
            command.downgrade(migrations.alembic_config(conn), "0004")
        assert "section_answers" not in {
            c["name"] for c in inspect(engine).get_columns("messages")}
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO associations (id, name, roster_order, opted_out, created_at) "
                "VALUES (1, 'Hyllie IF', 1, false, CURRENT_TIMESTAMP)"))
            conn.execute(text(
                "INSERT INTO messages (id, message_key, sha256, raw, size, origin, "
                "imported_at, kind, association_id, answers, wants_interview, "
                "bounced_addresses, problems, parse_status) VALUES (7, '<old@x>', 'ab', "
                ":raw, 3, 'f', CURRENT_TIMESTAMP, 'reply', 1, :answers, false, '{}', '{}', "
                "'ok')"),
                {"raw": b"raw", "answers": json.dumps(
                    {"about": {"value": "Vi är en klubb.", "raw": "Vi är en klubb.",
                               "ambiguous": False, "source": "body"}})})
        result = migrations.upgrade(engine)
        assert (result.before, result.after) == ("0004", migrations.head_revision())
        with engine.connect() as conn:
            row = conn.execute(text(
                "SELECT id, answers, section_answers FROM messages")).one()
            assert migrations.differences(conn) == []
        assert row[0] == 7 and row[2] is None
        answers = row[1] if isinstance(row[1], dict) else json.loads(row[1])
        assert answers["about"]["value"] == "Vi är en klubb."
    finally:
        engine.dispose()


def test_intake_import_review_remind_and_export_through_the_command_line(tmp_path: Path):
    runner, app, path = _imported_by_cli(tmp_path, TWO_SECTIONS_SV)
    out = runner.invoke(app, ["-c", str(path), "review"], env={"COLUMNS": "300"})
    assert out.exit_code == 0, out.output
    assert any("Bridgeklubben Sang" in ln and "Svaren kommer från föreningens eget avsnitt"
               in ln for ln in out.output.splitlines()), out.output
    remind = runner.invoke(app, ["-c", str(path), "remind"], env={"COLUMNS": "300"})
    assert remind.exit_code == 0, remind.output
    assert ("Hoppar över Bridgeklubben Sang: väntar på granskning: Svaren kommer från "
            "föreningens eget avsnitt") in remind.output
    assert "Skulle skicka påminnelse 1 till Bridgeklubben Sang" not in remind.output
    exported = runner.invoke(app, ["-c", str(path), "export", "-f", "json", "-o",
                                   str(tmp_path / "e.json")])
    assert exported.exit_code == 0, exported.output
    rows = {r["association"]: r for r in
            json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))["associations"]}
    assert rows["Bridgeklubben Sang"]["answers"] == SANG
    assert rows["Bridgeklubben Sang"]["status"] == "responded"
    assert [s["source"] for s in rows["Bridgeklubben Sang"]["sources"]] == ["body"] * 4
    assert rows["Schackklubben Löparen"]["answers"] == LOPAREN
    assert set(rows["Bridgeklubben Sang"]) >= {
        "association", "answers", "sources", "review_reasons", "needs_review", "status"}


# -- `intake assign` of such a mail to the association of another section --------------------

def _assigned_to_sang(tmp_path: Path):
    config = _imported(tmp_path)
    (msg,) = stored_messages(config).values()
    said = service.assign(config, str(msg.id), "Bridgeklubben Sang")
    return config, msg, said


def test_assign_to_the_second_association_gives_it_its_own_section(tmp_path: Path) -> None:
    # the chair's mail from a private address was matched to the first section's
    # association (by name); the coordinator says it is Sang's: Sang's record holds Sang's
    # section as its own mail, and Löparen's answers stay Löparen's, as a section to confirm
    config, msg, said = _assigned_to_sang(tmp_path)
    assert said == (f"Meddelande {msg.id} → Bridgeklubben Sang: föreningens eget avsnitt i "
                    "mejlet är nu dess svar; svaren mejlet lästes med ligger kvar hos "
                    "Schackklubben Löparen, som ett avsnitt att bekräfta där")
    recs = records_by_name(config)
    sang, loparen = recs["Bridgeklubben Sang"], recs["Schackklubben Löparen"]
    assert sang.answers == SANG
    assert [m.id for m in sang.messages] == [msg.id]
    # the mail is Sang's now: its doubt names the section it still carries for Löparen
    assert [(r.code, r.detail) for r in sang.reasons] == [
        ("several_associations", "Schackklubben Löparen")]
    assert loparen.answers == LOPAREN
    assert (loparen.status, loparen.messages) == ("responded", [])
    assert [(r.code, r.detail) for r in loparen.reasons] == [
        ("answers_in_section", f"#{msg.id} kerstin.berg@gmail.com")]
    assert [s["message"] for s in loparen.sources] == [msg.id] * 4
    # Löparen waits for its confirmation (no reminder); Sang answered
    skipped = {s.name: s for s in reminder_selection(config).skipped}
    assert skipped["Schackklubben Löparen"].reason == "awaits_review"
    assert skipped["Bridgeklubben Sang"].reason == "responded"
    # approving Löparen's record settles it; a reparse keeps the person's word
    service.set_value(config, "Schackklubben Löparen", "reviewed", "ja")
    service.reparse(config)
    recs = records_by_name(config)
    assert (recs["Schackklubben Löparen"].answers, recs["Schackklubben Löparen"].reasons) == \
        (LOPAREN, [])
    assert recs["Bridgeklubben Sang"].answers == SANG


def test_assign_back_to_the_first_association_is_as_before(tmp_path: Path) -> None:
    config, msg, _said = _assigned_to_sang(tmp_path)
    assert service.assign(config, str(msg.id), "Schackklubben Löparen") == \
        f"Meddelande {msg.id} → Schackklubben Löparen"
    recs = records_by_name(config)
    assert recs["Schackklubben Löparen"].answers == LOPAREN
    assert recs["Bridgeklubben Sang"].answers == SANG
    assert [r.code for r in recs["Bridgeklubben Sang"].reasons] == ["answers_in_section"]
    assert {r.code for r in recs["Schackklubben Löparen"].reasons} == {"several_associations"}


def test_assign_to_an_association_of_no_section_moves_only_the_mails_answers(
        tmp_path: Path) -> None:
    # Hyllie IF has no section: the mail's own answers go to it, Sang's section stays Sang's
    config = _imported(tmp_path)
    (msg,) = stored_messages(config).values()
    assert service.assign(config, str(msg.id), "Hyllie IF") == f"Meddelande {msg.id} → Hyllie IF"
    recs = records_by_name(config)
    assert recs["Hyllie IF"].answers == LOPAREN
    assert recs["Bridgeklubben Sang"].answers == SANG


def _imported_by_cli(tmp_path: Path, body: str):  # type: ignore[no-untyped-def]
    """The roster and one chair's mail of BODY imported through the command line: (runner,
    app, config path) for the test's own commands."""
    from typer.testing import CliRunner

    from svarsinkorg.cli import app

    runner = CliRunner()
    path = write_config(tmp_path)
    (tmp_path / "r.csv").write_text(CSV, encoding="utf-8")
    runner.invoke(app, ["-c", str(path), "associations", "import", str(tmp_path / "r.csv")])
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "two.eml").write_bytes(
        reply(body, sender="kerstin.berg@gmail.com", message_id="<two@x>"))
    done = runner.invoke(app, ["-c", str(path), "import", str(tmp_path / "m")])
    assert done.exit_code == 0, done.output
    return runner, app, path


def test_assign_through_the_command_line_and_the_export(tmp_path: Path) -> None:
    runner, app, path = _imported_by_cli(tmp_path, TWO_SECTIONS_SV)
    done = runner.invoke(app, ["-c", str(path), "assign", "1", "Bridgeklubben Sang"],
                         env={"COLUMNS": "300"})
    assert done.exit_code == 0, done.output
    assert "föreningens eget avsnitt i mejlet är nu dess svar" in done.output
    exported = runner.invoke(app, ["-c", str(path), "export", "-f", "json", "-o",
                                   str(tmp_path / "e.json")])
    assert exported.exit_code == 0, exported.output
    rows = {r["association"]: r for r in
            json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))["associations"]}
    assert rows["Bridgeklubben Sang"]["answers"] == SANG
    assert rows["Schackklubben Löparen"]["answers"] == LOPAREN
    (why,) = rows["Schackklubben Löparen"]["review_reasons"]
    assert why.startswith("Svaren kommer från föreningens eget avsnitt i mejl #1")


# -- a section named, nothing readable under it -------------------------------------------------

EMPTY_SECOND = TWO_SECTIONS_SV.replace(
    "1. Vi spelar bridge två kvällar i veckan, mest pensionärer.\n2. Nej\n"
    "3. Det har inte blivit så, vi är få och har svårt att hitta nya.\n"
    "4. Vi behöver fler lärare.", "1. -\n2. -\n3. -\n4. -")


def test_a_section_with_nothing_readable_is_said_apart(cfg):
    p = parse_message(reply(EMPTY_SECOND, sender="kerstin.berg@gmail.com"), cfg.survey,
                      ROSTER)
    assert _values(p.answers) == LOPAREN
    assert p.section_answers == {}
    assert Reason("several_associations_unread", None, "Bridgeklubben Sang") in p.reasons
    assert "several_associations" not in _codes(p)
    # the other association's record still asks for it (no answers came for it)
    assert 3 in p.also_names


def test_the_two_section_reasons_have_their_own_words_in_both_languages():
    for lang, read_words, unread_words in (
            ("sv", "har lästs för den föreningen", "kunde inga svar läsas"),
            ("en", "was read for that association", "no answers could be read")):
        labels = Labels(lang)
        read = labels.reason(Reason("several_associations", None, "Bridgeklubben Sang"))
        unread = labels.reason(Reason("several_associations_unread", None,
                                      "Bridgeklubben Sang"))
        assert "Bridgeklubben Sang" in read and "Bridgeklubben Sang" in unread
        assert read_words in read and read_words not in unread
        assert unread_words in unread and unread_words not in read


def test_two_sections_one_read_one_not_each_said_by_its_code(cfg):
    roster = [*ROSTER[:3], ROSTER[0].__class__(6, "Limhamns Boule", ("boule@limhamn.se",))]
    body = EMPTY_SECOND.replace(
        "Hälsningar", "*** Limhamns Boule ***\n\n1. Vi spelar boule på Limhamnsfältet.\n"
        "2. Ja\n3. Vi bjuder in alla i parken.\n4. Fler banor.\n\nHälsningar")
    p = parse_message(reply(body, sender="kerstin.berg@gmail.com"), cfg.survey, roster)
    assert list(p.section_answers) == [6]
    said = {r.code: r.detail for r in p.reasons}
    assert said["several_associations"] == "Limhamns Boule"
    assert said["several_associations_unread"] == "Bridgeklubben Sang"


def test_an_unread_section_in_review_and_the_export(tmp_path: Path) -> None:
    runner, app, path = _imported_by_cli(tmp_path, EMPTY_SECOND)
    out = runner.invoke(app, ["-c", str(path), "review"], env={"COLUMNS": "300"})
    assert out.exit_code == 0, out.output
    assert "i avsnittet för Bridgeklubben Sang kunde inga svar läsas" in out.output
    assert "har lästs för den föreningen" not in out.output
    exported = runner.invoke(app, ["-c", str(path), "export", "-f", "json", "-o",
                                   str(tmp_path / "e.json")])
    assert exported.exit_code == 0, exported.output
    rows = {r["association"]: r for r in
            json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))["associations"]}
    assert any("kunde inga svar läsas" in w
               for w in rows["Schackklubben Löparen"]["review_reasons"])
    # Sang has no answers from it, and is asked (named in the mail), not reminded
    sang = rows["Bridgeklubben Sang"]
    assert sang["status"] == "no_response" and sang["needs_review"] is True
    assert sang["answers"] == dict.fromkeys(SANG)


# -- the section's words, kept for the review --------------------------------------------------

def test_each_sections_words_are_kept_for_the_review(cfg):
    p = parse_message(reply(TWO_SECTIONS_SV, sender="kerstin.berg@gmail.com"), cfg.survey,
                      ROSTER)
    assert p.section_texts[3]["text"] == (
        "*** Bridgeklubben Sang ***\n\n"
        "1. Vi spelar bridge två kvällar i veckan, mest pensionärer.\n2. Nej\n"
        "3. Det har inte blivit så, vi är få och har svårt att hitta nya.\n"
        "4. Vi behöver fler lärare.")
    assert p.section_texts[2]["text"].startswith("*** Schackklubben Löparen ***\n\n1. Vi spelar")
    files = parse_message(files_mail(), cfg.survey, ROSTER)
    assert files.section_texts == {2: {"files": ["Schackklubben_Loparen_svar.txt"]},
                                   3: {"files": ["Bridgeklubben-Sang-svar.txt"]}}


def test_the_review_item_carries_the_section_it_takes_answers_from(tmp_path: Path) -> None:
    config = _imported(tmp_path)
    (msg,) = stored_messages(config).values()
    sang = records_by_name(config)["Bridgeklubben Sang"]
    view = review.load_item(config, f"a{sang.id}")
    (shown,) = view.sections
    assert (shown.message_id, shown.sender) == (msg.id, "kerstin.berg@gmail.com")
    assert shown.text.splitlines()[0] == "*** Bridgeklubben Sang ***"
    assert "Schackklubben Löparen" not in shown.text
    loparen = records_by_name(config)["Schackklubben Löparen"]
    assert review.load_item(config, f"a{loparen.id}").sections == []
