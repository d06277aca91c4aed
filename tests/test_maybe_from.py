"""Issue 9, bullets 4-5, the safety net: a reply the matcher cannot tie to an association
("Hej! Här kommer svar från Kurdiska Ungdomsföreningen Newroz" from a private Gmail address)
keeps the roster associations it may be from. Each of them without a reply of its own is
flagged ("maybe_in_unmatched"), listed by `intake review` beside the mail, held from
reminders, until a person assigns the mail; `intake remind` says how many such replies
wait."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from helpers import (
    config_with_roster,
    import_mail,
    make_config,
    records_by_name,
    reminder_selection,
    reply,
    write_config,
)
from sqlalchemy import select
from starlette.testclient import TestClient
from typer.testing import CliRunner

from svarsinkorg import service
from svarsinkorg.cli import app
from svarsinkorg.config import Config, load_config
from svarsinkorg.intake.match import RosterEntry
from svarsinkorg.intake.maybe_from import maybe_from
from svarsinkorg.model import Reason
from svarsinkorg.pipeline import parse_message
from svarsinkorg.reports.export import export_json
from svarsinkorg.reports.labels import Labels
from svarsinkorg.review import review_queue
from svarsinkorg.store.models import Message
from svarsinkorg.web.app import create_app
from svarsinkorg.web.security import Auth

NEWROZ, KOREN, SOLVE, KULTUR, HAWO, HYLLIE = 1, 2, 3, 4, 5, 6
ROSTER = [
    RosterEntry(NEWROZ, "Kurdiska Föreningen Newroz", ("styrelsen@newroz.se",)),
    RosterEntry(KOREN, "Kören Harmoni", ("info@korenharmoni.se",)),
    RosterEntry(SOLVE, "IK Sölve", ("kansli@iksolve.se",)),
    RosterEntry(KULTUR, "Somaliska Kulturföreningen i Malmö", ("kultur@gmail.com",)),
    RosterEntry(HAWO, "Somaliska Kvinnoföreningen Hawo", ("hawo@gmail.com",)),
    RosterEntry(HYLLIE, "Hyllie IF", ("kansli@hyllieif.se",)),
]
ROSTER_CSV = "name,email,org_number\n" + "".join(f"{e.name},{e.emails[0]},\n" for e in ROSTER)
N, K = "Kurdiska Föreningen Newroz", "Kören Harmoni"
ANSWERS = ("1. Vi ordnar språkcafé och kulturkvällar för unga.\n\n2. Ja\n\n"
           "3. Vi blandar unga från hela stan i våra grupper.\n\n4. Hinder: lokaler.\n\n")
# the private address, and no roster name in the text: the matcher has nothing to go on
ANON = ANSWERS + "Hälsningar\nDilan\n"
NEWROZ_MAIL = "newroz.malmo@gmail.com"
# in the survey's thread, no answer and no name: a question, not an association's answers
QUESTION = ("Hej! Innan vi svarar: gäller enkäten även föreningar som bara har verksamhet "
            "på sommaren?\n\nHälsningar\nAnna\n")


def maybe(text: str, subject: str = "Svar", name: str = "Dilan Ahmed",
          addr: str = "dilan.ahmed@gmail.com") -> tuple[int, ...]:
    return maybe_from(ROSTER, text, subject, name, addr)


# --- which associations an unmatched reply may be from ---------------------------------


@pytest.mark.parametrize("text, subject, name, addr, want", [
    # the first line names it, a little differently than the roster
    ("Hej! Här kommer svar från Kurdiska Ungdomsföreningen Newroz i Malmö.\n\n" + ANSWERS,
     "Svar", "Dilan Ahmed", "dilan.ahmed@gmail.com", (NEWROZ,)),
    # only its distinctive word, written as a name in the sentence
    ("Hej! Här kommer svaren från oss på Newroz.\n\n" + ANSWERS,
     "Svar", "Dilan Ahmed", "dilan.ahmed@gmail.com", (NEWROZ,)),
    # ... or as the first word of the first answer (unseen3: "1. Grannkraft är en ...")
    ("Hej!\n\n1. Newroz är en förening för unga kurder.\n\n2. Ja\n",
     "Svar", "Dilan Ahmed", "dilan.ahmed@gmail.com", (NEWROZ,)),
    # the subject
    (ANON, "Enkäten - svar från kören Harmonin", "Dilan Ahmed", "dilan.ahmed@gmail.com",
     (KOREN,)),
    # the sender's display name
    (ANON, "Svar", "Newroz Malmö", "dilan.ahmed@gmail.com", (NEWROZ,)),
    # the address's local part (a provider's domain says nothing) ...
    (ANON, "Svar", "Dilan", NEWROZ_MAIL, (NEWROZ,)),
    # ... or its own domain, one word glued to another
    (ANON, "Svar", "Eva", "ordforande@korenharmoni.nu", (KOREN,)),
    # an address without å: "solve" is "Sölve"
    (ANON, "Svar", "Lisa", "solve.lisa@hotmail.com", (SOLVE,)),
    # a signature line naming it
    (ANSWERS + "Mvh\nFadumo\nSomaliska Kvinnoföreningen Hawo\n", "Svar", "Fadumo",
     "fadumo77@gmail.com", (HAWO,)),
])
def test_an_unmatched_reply_may_be_from_the_associations_it_names(text, subject, name, addr,
                                                                   want):
    assert maybe(text, subject, name, addr) == want


@pytest.mark.parametrize("text, subject, name, addr", [
    (ANON, "Svar", "Dilan Ahmed", "dilan.ahmed@gmail.com"),  # no roster name anywhere
    # a distinctive word written as a word, not a name ("harmoni" is a word too)
    ("Vi vill leva i harmoni med grannarna.\n\n" + ANSWERS, "Svar", "Dilan",
     "dilan.ahmed@gmail.com"),
    # words many names share, or a provider's domain, say nothing
    ("Vi är en somalisk förening i Malmö.\n\n" + ANSWERS, "Svar", "Hassan",
     "hassan@hotmail.com"),
    # a round-up naming five associations is a list, not whom it is from
    ("Vi samarbetar med Newroz, Kören Harmoni, IK Sölve, Hyllie IF och Somaliska "
     "Kvinnoföreningen Hawo.\n\n" + ANSWERS, "Svar", "Dilan", "dilan.ahmed@gmail.com"),
])
def test_no_roster_name_or_a_list_of_them_gives_nothing(text, subject, name, addr):
    assert maybe(text, subject, name, addr) == ()


def test_the_parse_keeps_the_candidates_of_an_unmatched_reply_only(tmp_path):
    survey = make_config(tmp_path).survey
    p = parse_message(reply(ANON, sender=NEWROZ_MAIL, name="Dilan"), survey, ROSTER)
    assert (p.kind, p.association_id, p.maybe_from) == ("reply", None, [NEWROZ])
    assert p.unmatched_reason is not None and p.unmatched_reason.code == "unmatched"
    # the quoted original (the survey mail naming an association) does not count
    quoted = (ANON + "\nDen fre 10 jan. 2020 kl 10:14 skrev Samordnare <samordnare@malmö.se>:"
              "\n> Hej Kören Harmoni! Här kommer enkäten.\n")
    p = parse_message(reply(quoted, sender="dilan.ahmed@gmail.com", name="Dilan"), survey,
                      ROSTER)
    assert (p.association_id, p.maybe_from) == (None, [])
    # a partner named in passing in a MATCHED reply: nothing
    partner = ANSWERS.replace("i våra grupper.", "i våra grupper, ihop med Kören Harmoni.")
    p = parse_message(reply(partner, sender="kansli@hyllieif.se"), survey, ROSTER)
    assert (p.association_id, p.maybe_from, p.also_names) == (HYLLIE, [], [])


# --- the records, review, reminders, assignment -----------------------------------------


@pytest.fixture
def cfg(tmp_path: Path, store_url: str) -> Config:
    return config_with_roster(tmp_path, ROSTER_CSV, store_url)


def _message_id(cfg: Config) -> int:
    store = service.open_store(cfg)
    try:
        with store.session(readonly=True) as s:
            row = s.scalars(select(Message)).one()
            assert row.problems["maybe_from"] == [
                r.id for r in service.survey_state(cfg).associations if r.name == N]
            return row.id
    finally:
        store.close()


def test_the_association_an_unmatched_reply_may_be_from_is_flagged_held_then_freed(
        cfg, tmp_path):
    import_mail(cfg, tmp_path, "n.eml", reply(ANON, sender=NEWROZ_MAIL, name="Dilan",
                                              message_id="<n@x>"))
    mid = _message_id(cfg)
    recs = records_by_name(cfg)
    newroz = recs[N]
    flag = Reason("maybe_in_unmatched", None, f"#{mid} {NEWROZ_MAIL}")
    assert (newroz.status, newroz.needs_review, newroz.reasons) == ("no_response", True, [flag])
    assert newroz.holding == [flag]
    assert [(m.id, why) for m, why in newroz.named_in] == [(mid, flag)]
    assert not any(r.needs_review for name, r in recs.items() if name != N)

    sv, en = Labels("sv"), Labels("en")
    assert sv.reason(flag) == (f"Ett svar utan förening kan vara från denna förening (mejl "
                               f"#{mid} från {NEWROZ_MAIL}): välj vilken förening det gäller")
    assert en.reason(flag) == (f"A reply that belongs to no association may be from this "
                               f"one (mail #{mid} from {NEWROZ_MAIL}): choose which "
                               f"association it is for")

    # the unmatched mail says, right beside its own reason, whom it may be from
    state = service.survey_state(cfg)
    assert [(what, m.id, why.code) for what, m, why in state.review] == [
        ("unmatched", mid, "unmatched"), ("unmatched", mid, "may_be_from")]
    assert state.review[1][2] == Reason("may_be_from", None, N)
    assert sv.reason(state.review[1][2]) == f"Kan vara från {N}"

    # held from reminders, with its own skip reason in both languages
    sel = reminder_selection(cfg)
    skipped = {sk.name: sk for sk in sel.skipped}
    assert skipped[N].reason == "awaits_unmatched"
    assert skipped[N].text(sv) == "ett svar utan förening kan vara från föreningen: " \
        + sv.reason(flag)
    assert skipped[N].text(en).startswith("a reply that belongs to no association may be "
                                          "from it: A reply")
    assert N not in [c.name for c in sel.due] and K in [c.name for c in sel.due]
    assert sel.unmatched_waiting == 1

    # the export says why; the review queue has the association, showing the mail
    exported = {a["association"]: a for a in export_json(cfg.survey, state)["associations"]}
    assert exported[N]["review_reasons"] == [sv.reason(flag)]
    assert exported[N]["status"] == "no_response" and exported[N]["needs_review"] is True
    items = {i.ref: i for i in review_queue(state)}
    a_ref = f"a{newroz.id}"
    assert (items[a_ref].message_id, items[a_ref].reasons) == (mid, [flag])
    assert items[f"m{mid}"].reasons[1] == Reason("may_be_from", None, N)

    # a person assigns the mail (`intake assign`): the flag goes, the reply counts
    service.assign(cfg, str(mid), N)
    recs = records_by_name(cfg)
    assert recs[N].reasons == [] and recs[N].status == "responded"
    assert recs[N].answers["how"].startswith("Vi blandar unga")
    sel = reminder_selection(cfg)
    assert sel.unmatched_waiting == 0
    assert {sk.name: sk.reason for sk in sel.skipped}[N] == "responded"


def test_assigned_elsewhere_or_not_survey_mail_the_flag_goes_too(cfg, tmp_path):
    import_mail(cfg, tmp_path, "n.eml", reply(ANON, sender=NEWROZ_MAIL, name="Dilan",
                                              message_id="<n@x>"))
    mid = _message_id(cfg)
    service.assign(cfg, str(mid), K)
    recs = records_by_name(cfg)
    assert recs[N].reasons == [] and recs[K].status == "responded"
    assert N in [c.name for c in reminder_selection(cfg).due]


def test_a_candidate_with_its_own_reply_is_left_alone(cfg, tmp_path):
    import_mail(cfg, tmp_path, "own.eml", reply(ANSWERS, sender="styrelsen@newroz.se",
                                                message_id="<own@x>"))
    import_mail(cfg, tmp_path, "n.eml", reply(ANON, sender=NEWROZ_MAIL, name="Dilan",
                                              message_id="<n@x>"))
    recs = records_by_name(cfg)
    assert recs[N].status == "responded"
    assert not any(r.code == "maybe_in_unmatched" for r in recs[N].reasons)


def test_reparse_keeps_the_flag(cfg, tmp_path):
    import_mail(cfg, tmp_path, "n.eml", reply(ANON, sender=NEWROZ_MAIL, name="Dilan",
                                              message_id="<n@x>"))
    service.reparse(cfg)
    assert [r.code for r in records_by_name(cfg)[N].reasons] == ["maybe_in_unmatched"]


# --- the faces: intake review, intake remind, the web queue ------------------------------

RUNNER = CliRunner()


def _cli_setup(tmp_path: Path, mails: dict[str, bytes]) -> str:
    path = str(write_config(tmp_path))
    (tmp_path / "r.csv").write_text(ROSTER_CSV, encoding="utf-8")
    assert RUNNER.invoke(app, ["-c", path, "associations", "import", str(tmp_path / "r.csv")]
                         ).exit_code == 0
    (tmp_path / "m").mkdir()
    for name, raw in mails.items():
        (tmp_path / "m" / name).write_bytes(raw)
    assert RUNNER.invoke(app, ["-c", path, "import", str(tmp_path / "m")]).exit_code == 0
    return path


def _run(*args: str) -> Any:
    return RUNNER.invoke(app, list(args), env={"COLUMNS": "400",
                                               "INTAKE_NOW": "2020-01-24T09:00:00+01:00"})


def test_intake_review_lists_the_association_beside_the_unmatched_reply(tmp_path):
    path = _cli_setup(tmp_path, {
        "n.eml": reply(ANON, sender=NEWROZ_MAIL, name="Dilan", message_id="<n@x>"),
        "h.eml": reply("Hej! Vi har bytt kassör.\n", sender="kansli@hyllieif.se",
                       message_id="<h@x>", threaded=False, subject="Ny kassör")})
    out = _run("-c", path, "review")
    assert out.exit_code == 0, out.output
    lines = [ln for ln in out.output.splitlines() if NEWROZ_MAIL in ln or N in ln
             or "Kan vara från" in ln]
    # the mail's row, its "may be from", then the association's row right under it
    assert "Hör inte till någon förening" in lines[0] and NEWROZ_MAIL in lines[0]
    assert f"Kan vara från {N}" in lines[1]
    assert N in lines[2] and "Ett svar utan förening kan vara från denna förening" in lines[2]


def test_intake_remind_says_how_many_unmatched_replies_wait(tmp_path):
    path = _cli_setup(tmp_path, {
        "n.eml": reply(ANON, sender=NEWROZ_MAIL, name="Dilan", message_id="<n@x>"),
        # a question from nobody the roster knows, naming no association and answering
        # nothing: held for no one
        "x.eml": reply(QUESTION, sender="anna.svensson@gmail.com", name="Anna",
                       message_id="<x@x>")})
    out = _run("-c", path, "remind")
    assert out.exit_code == 0, out.output
    assert (f"Hoppar över {N}: ett svar utan förening kan vara från föreningen: Ett svar "
            "utan förening kan vara från denna förening") in out.output
    assert "1 kan ha svarat utan förening" in out.output  # in the summary's counts
    assert "2 svar utan förening väntar på granskning (intake review)" in out.output
    assert "Skulle skicka påminnelse 1 till Kören Harmoni" in out.output
    assert f"Skulle skicka påminnelse 1 till {N}" not in out.output


def test_intake_remind_says_so_when_unmatched_replies_wait_that_hold_no_one(tmp_path):
    path = _cli_setup(tmp_path, {"x.eml": reply(QUESTION, sender="anna.svensson@gmail.com",
                                                name="Anna", message_id="<x@x>")})
    out = _run("-c", path, "remind")
    assert out.exit_code == 0, out.output
    assert "1 svar utan förening väntar på granskning (intake review)" in out.output
    assert "Hoppar över: 0 (-)" in out.output  # held for no one
    (tmp_path / "q").mkdir()
    quiet = _cli_setup(tmp_path / "q", {})
    assert "väntar på granskning" not in _run("-c", quiet, "remind").output


TOKEN = "t" * 32


def test_the_web_queue_shows_the_association_with_the_unmatched_mail(tmp_path):
    path = _cli_setup(tmp_path, {"n.eml": reply(ANON, sender=NEWROZ_MAIL, name="Dilan",
                                                message_id="<n@x>")})
    cfg = load_config(Path(path))
    state = service.survey_state(cfg)
    newroz = next(r for r in state.associations if r.name == N)
    mid = newroz.named_in[0][0].id
    auth = Auth.create("Anna Testsson", None, token=TOKEN)
    with TestClient(create_app(cfg, auth=auth), base_url="http://127.0.0.1") as client:
        assert client.get(f"/?token={TOKEN}", follow_redirects=False).status_code == 303
        page = client.get(f"/review/a{newroz.id}")
        assert page.status_code == 200
        text = page.text
        assert N in text
        assert "Ett svar utan förening kan vara från denna förening (mejl " \
               f"#{mid} från {NEWROZ_MAIL})" in text
        assert "Vi blandar unga från hela stan" in text  # the unmatched mail, shown
        mail = client.get(f"/review/m{mid}").text
        assert f"Kan vara från {N}" in mail


def test_mail_from_a_person_read_as_no_reply_keeps_candidates_a_newsletter_none(tmp_path):
    # matched, it would show as "not_a_reply" and hold reminders: unmatched, the same
    survey = make_config(tmp_path).survey
    note = "Hej!\n\nKan vi boka stora salen den 14 mars?\n\nDilan\n"
    p = parse_message(reply(note, sender=NEWROZ_MAIL, name="Dilan", subject="Lokal",
                            threaded=False), survey, ROSTER)
    assert (p.kind, p.association_id, p.maybe_from) == ("other", None, [NEWROZ])
    bulk = parse_message(reply(note, sender="nyhetsbrev@newroz-nytt.se", subject="Lokal",
                               threaded=False, headers={"List-Unsubscribe": "<mailto:x@y>"}),
                         survey, ROSTER)
    assert (bulk.kind, bulk.maybe_from) == ("other", [])


# --- a long word of the name clipped the way it is said ---------------------------------

CLIPPED_ROSTER = [
    *ROSTER,
    RosterEntry(7, "Sorgenfri Cykelkooperativ", ("styrelsen@sorgenfricykel.se",)),
    RosterEntry(8, "Limhamns Seglarsällskap", ("info@limhamnsegel.se",)),
    RosterEntry(9, "Föreningsgården Rosengård", ("info@fgrosengard.se",)),
]


@pytest.mark.parametrize("text, want", [
    ("Hej, här är svaren från oss på Cykelkoopet.\n\n" + ANSWERS, (7,)),
    ("1. Cykelkoopets medlemmar lagar cyklar ihop.\n\n2. Ja\n", (7,)),  # genitive
    ("Vi på Kooperativet är glada att svara.\n\n" + ANSWERS, ()),  # not how the word starts
    (ANSWERS + "Hälsningar\nPer, Seglarsällsk. (sekr.)\n", (8,)),
    ("Cykel och segling är vad vi gör.\n\n" + ANSWERS, ()),  # a short word starts many
    # a generic word, inflected, starts a roster word: no clipped name
    ("Föreningens svar kommer här.\n\n" + ANSWERS, ()),
])
def test_a_compound_of_the_name_said_shorter_names_it(text, want):
    assert maybe_from(CLIPPED_ROSTER, text, "Svar", "Per", "per.p@gmail.com") == want


# --- an unmatched reply with answers that names no association at all ---------------------


def test_a_reply_with_answers_naming_no_one_holds_every_association_without_a_reply(
        cfg, tmp_path):
    """Nothing vanishes: the matcher and the safety net found no one, so the reply may be
    the answer of any association that has none; each of them says so and none is
    reminded until a person assigns the mail. The mail is one review item, not one per
    association."""
    import_mail(cfg, tmp_path, "h.eml", reply(ANSWERS, sender="kansli@hyllieif.se",
                                              message_id="<h@x>"))
    import_mail(cfg, tmp_path, "x.eml", reply(ANON, sender="anna.svensson@gmail.com",
                                              name="Anna", message_id="<x@x>"))
    state = service.survey_state(cfg)
    mid = next(m.id for m in state.unmatched)
    flag = Reason("unmatched_anyone", None, f"#{mid} anna.svensson@gmail.com")
    recs = {r.name: r for r in state.associations}
    assert recs["Hyllie IF"].reasons == [] and recs["Hyllie IF"].status == "responded"
    held = [name for name, r in recs.items() if r.reasons == [flag]]
    assert held == [name for name in recs if name != "Hyllie IF"]
    assert Labels("sv").reason(flag) == (
        f"Ett svar utan förening (mejl #{mid} från anna.svensson@gmail.com) nämner ingen "
        "förening i registret och kan vara denna förenings: välj vilken förening det gäller")
    assert Labels("en").reason(Reason("may_be_anyones")).startswith(
        "Names no association: may be from any association that has not replied")
    # the mail once in the review, with why everyone waits; no item per association
    assert [(what, m.id, why.code) for what, m, why in state.review] == [
        ("unmatched", mid, "unmatched"), ("unmatched", mid, "may_be_anyones")]
    assert [i.ref for i in review_queue(state)] == [f"m{mid}"]
    sel = reminder_selection(cfg)
    assert sel.due == []
    assert {sk.reason for sk in sel.skipped if sk.name != "Hyllie IF"} == {"awaits_unmatched"}
    # assigned (here: to none, not survey mail) everything is as before
    service.assign(cfg, str(mid), "none")
    assert not any(r.reasons for r in records_by_name(cfg).values())
    assert K in [c.name for c in reminder_selection(cfg).due]


def test_an_association_reviewed_after_the_mail_came_is_not_held_by_it(cfg, tmp_path):
    import_mail(cfg, tmp_path, "x.eml", reply(ANON, sender="anna.svensson@gmail.com",
                                              name="Anna", message_id="<x@x>"))
    service.set_value(cfg, K, "reviewed", "ja")
    recs = records_by_name(cfg)
    assert recs[K].reasons == [] and recs[N].reasons[0].code == "unmatched_anyone"


def test_a_question_naming_no_one_holds_no_one(cfg, tmp_path):
    import_mail(cfg, tmp_path, "q.eml", reply(QUESTION, sender="anna.svensson@gmail.com",
                                              name="Anna", message_id="<q@x>"))
    assert not any(r.reasons for r in records_by_name(cfg).values())
    assert reminder_selection(cfg).unmatched_waiting == 1


def test_intake_status_says_when_unmatched_replies_wait(tmp_path):
    path = _cli_setup(tmp_path, {"x.eml": reply(QUESTION, sender="anna.svensson@gmail.com",
                                                name="Anna", message_id="<x@x>")})
    out = _run("-c", path, "status")
    assert out.exit_code == 0, out.output
    assert ("1 svar utan förening väntar på granskning (intake review): en förening som "
            "står utan svar kan ha svarat") in out.output
    data = json.loads(_run("-c", path, "status", "--format", "json").output)
    assert (data["unmatched"], data["unmatched_replies"]) == (1, 1)
    (tmp_path / "q").mkdir()
    quiet = _cli_setup(tmp_path / "q", {})
    assert "väntar på granskning" not in _run("-c", quiet, "status").output
