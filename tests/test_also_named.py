"""Issue 9, bullets 4-5: a reply that answers for a second roster association too (a
chairwoman of two, an umbrella for its members, a colleague "för Xs och Ys räkning"). The
mail stays the sender's; the other association is flagged for review and not reminded, and
a partner named in passing ("vi samarbetar med Y") is left alone."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

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
from typer.testing import CliRunner

from svarsinkorg import service
from svarsinkorg.cli import app
from svarsinkorg.config import Config
from svarsinkorg.intake.match import RosterEntry, also_named
from svarsinkorg.model import Reason
from svarsinkorg.pipeline import parse_message
from svarsinkorg.reports.export import export_json
from svarsinkorg.reports.labels import Labels
from svarsinkorg.reports.status import status_json
from svarsinkorg.review import load_item, review_queue
from svarsinkorg.store.models import Message

KULTUR, HAWO, SOLVE, SOLVE_U, KOREN, POLSKA = 1, 2, 3, 4, 5, 6
ROSTER = [
    RosterEntry(KULTUR, "Somaliska Kulturföreningen i Malmö", ("kultur@gmail.com",)),
    RosterEntry(HAWO, "Somaliska Kvinnoföreningen Hawo", ("hawo@gmail.com",)),
    RosterEntry(SOLVE, "IK Sölve", ("kansli@iksolve.se",)),
    RosterEntry(SOLVE_U, "IK Sölve Ungdom", ("ungdom@iksolve.se",)),
    RosterEntry(KOREN, "Kören Harmoni", ("info@korenharmoni.se",)),
    RosterEntry(POLSKA, "Polska Föreningen Malmö", ("zarzad@polska.se",)),
]
ROSTER_CSV = "name,email,org_number\n" + "".join(f"{e.name},{e.emails[0]},\n" for e in ROSTER)
ANSWERS = ("2. Ja\n\n3. Vi har simträning för kvinnor i Rosengårdsbadet.\n\n"
           "4. Hinder: lokaler. Möjligheter: unga brobyggare.\n\n")
BOTH = ("Hej,\n\n1. Jag är ordförande i både Somaliska Kulturföreningen i Malmö och "
        "Somaliska Kvinnoföreningen Hawo. Vi ordnar fester och språkskola.\n\n" + ANSWERS
        + "Med vänlig hälsning\nFadumo Hassan\n")
PARTNER = ("Hej,\n\n1. Vi är en kulturförening med språkskola för barn.\n\n2. Ja\n\n"
           "3. Vi samarbetar med Kören Harmoni och Somaliska Kvinnoföreningen Hawo kring en "
           "gemensam kulturkväll.\n\n4. Hinder: lokaler.\n\nMed vänlig hälsning\nFadumo\n"
           "Somaliska Kulturföreningen i Malmö\n")
RUNNER = CliRunner()


def named(text: str, matched: int | None = KULTUR) -> tuple[int, ...]:
    return also_named(ROSTER, text, matched)


# --- the matcher: which other associations a reply answers for -------------------------


@pytest.mark.parametrize("text, want", [
    (BOTH, (HAWO,)),
    # the signature names both, the text neither
    ("1. Vi ordnar fester.\n\nMed vänlig hälsning\nFadumo\nOrdförande Somaliska "
     "Kulturföreningen i Malmö / Somaliska Kvinnoföreningen Hawo", (HAWO,)),
    # a colleague, genitive and all
    ("Hej! Jag skriver för Somaliska Kvinnoföreningen Hawos och Kören Harmonis räkning.",
     (HAWO, KOREN)),
    # an umbrella's list of members under its lead-in
    ("Vi svarar för våra medlemsföreningar:\n\nKören Harmoni\nPolska Föreningen Malmö\n\n"
     "1. Vi är ett paraply.", (KOREN, POLSKA)),
    ("Jag är också kassör i Kören Harmoni, så svaren gäller den också.", (KOREN,)),
    ("We answer on behalf of both our club and Kören Harmoni.", (KOREN,)),
])
def test_a_reply_answering_for_another_association_names_it(text, want):
    assert named(text) == want


@pytest.mark.parametrize("text", [
    PARTNER,  # a partner in passing, no cue that the reply answers for it
    "Vi har en gemensam turnering med Kören Harmoni varje vår.",
    "Hälsningar,\nErik\nPS. Kören Harmoni svarar nog separat.",  # a sentence, not a signature
    # the name inside a longer word is another name
    "Jag är ordförande i både vår förening och Kören Harmonisällskapet.",
    # only the sender's own name, in any form
    "Jag är ordförande i både Somaliska Kulturföreningen och dess ungdomsgrupp.",
])
def test_a_partner_in_passing_or_no_other_name_is_not_named(text):
    assert named(text) == ()


def test_a_name_only_inside_the_senders_longer_name_is_not_another_association():
    text = ("1. Jag är ordförande i både IK Sölve Ungdom och dess fotbollsskola.\n\n"
            "Med vänlig hälsning\nLisa\nOrdförande, IK Sölve Ungdom")
    assert named(text, matched=SOLVE_U) == ()
    # ... while the parent club named on its own, as one answered for, counts
    assert named("Jag svarar för både IK Sölve och IK Sölve Ungdom.", matched=SOLVE_U) == (SOLVE,)


def test_a_similar_name_differing_in_a_word_is_not_named():
    roster = [RosterEntry(1, "Kinesiska Föreningen i Malmö", ("k@x.se",)),
              RosterEntry(2, "Ukrainska Föreningen i Malmö", ("u@x.se",))]
    text = "Se våra svar nedan.\n\nWang Lei\nKinesiska Föreningen i Malmö"
    assert also_named(roster, text, 1) == ()


def test_the_parsed_reply_stays_the_senders_and_names_the_other_only_in_its_own_words(
        tmp_path):
    survey = make_config(tmp_path).survey
    p = parse_message(reply(BOTH, sender="kultur@gmail.com"), survey, ROSTER)
    assert (p.kind, p.association_id, p.also_names) == ("reply", KULTUR, [HAWO])
    assert "names_other" not in [r.code for r in p.reasons]  # the records decide
    # the quoted original (a reminder naming the other association) does not count
    quoted = ("1. Vi ordnar fester.\n\n" + ANSWERS + "Fadumo\n\n"
              "Den mån 2 dec. 2019 kl 10:14 skrev Samordnare <samordnare@malmö.se>:\n"
              "> Hej! Vi svarar för både Somaliska Kvinnoföreningen Hawo och Kören Harmoni.\n")
    p = parse_message(reply(quoted, sender="kultur@gmail.com"), survey, ROSTER)
    assert (p.association_id, p.also_names) == (KULTUR, [])
    # a partner in passing: nothing
    p = parse_message(reply(PARTNER, sender="kultur@gmail.com"), survey, ROSTER)
    assert (p.association_id, p.also_names) == (KULTUR, [])


# --- the records, the store, review, reminders and the export ---------------------------


@pytest.fixture
def cfg(tmp_path: Path, store_url: str) -> Config:
    return config_with_roster(tmp_path, ROSTER_CSV, store_url)


def _ids(cfg: Config) -> dict[str, int]:
    return {r.name: r.id for r in service.survey_state(cfg).associations}


K, H = "Somaliska Kulturföreningen i Malmö", "Somaliska Kvinnoföreningen Hawo"


def test_the_named_association_without_a_reply_is_flagged_and_not_reminded(cfg, tmp_path):
    import_mail(cfg, tmp_path, "both.eml", reply(BOTH, sender="kultur@gmail.com",
                                                 message_id="<both@x>"))
    ids = _ids(cfg)
    store = service.open_store(cfg)
    with store.session(readonly=True) as s:  # kept on the stored message (SQLite, PostgreSQL)
        row = s.scalars(select(Message)).one()
        assert row.association_id == ids[K]
        assert row.problems["also_names"] == [ids[H]]
    store.close()

    recs = records_by_name(cfg)
    hawo, kultur = recs[H], recs[K]
    assert (hawo.status, hawo.needs_review) == ("no_response", True)
    assert hawo.reasons == [Reason("named_in_reply", None, K)]
    assert hawo.holding == hawo.reasons
    assert [(m.id, why.code) for m, why in hawo.named_in] == \
        [(m.id, "named_in_reply") for m in kultur.messages]
    assert kultur.status == "responded" and kultur.answers["how"].startswith("Vi har simträning")
    assert kultur.reasons == [Reason("names_other", None, H)]
    assert hawo.answers["how"] is None  # nothing copied: a person decides

    sv, en = Labels("sv"), Labels("en")
    assert sv.reason(hawo.reasons[0]) == (
        "Nämns i ett svar från Somaliska Kulturföreningen i Malmö: gäller svaret även denna "
        "förening?")
    assert en.reason(hawo.reasons[0]) == (
        "Named in a reply from Somaliska Kulturföreningen i Malmö: does it answer for this "
        "association too?")
    assert sv.reason(kultur.reasons[0]).startswith(
        "Nämner även föreningen Somaliska Kvinnoföreningen Hawo")
    assert en.reason(kultur.reasons[0]).startswith(
        "Also names the association Somaliska Kvinnoföreningen Hawo")

    skipped = {sk.name: sk for sk in reminder_selection(cfg).skipped}
    assert skipped[H].reason == "awaits_review"
    assert skipped[H].text(sv) == (
        "väntar på granskning: Nämns i ett svar från Somaliska Kulturföreningen i Malmö: "
        "gäller svaret även denna förening?")

    state = service.survey_state(cfg)
    exported = {a["association"]: a for a in export_json(cfg.survey, state)["associations"]}
    assert exported[H]["review_reasons"] == [sv.reason(hawo.reasons[0])]
    assert exported[H]["needs_review"] is True and exported[H]["status"] == "no_response"
    assert exported[K]["review_reasons"] == [sv.reason(kultur.reasons[0])]

    # the review queue: an item for each, the named one showing the mail that names it
    items = {i.ref: i for i in review_queue(state)}
    assert items[f"a{ids[H]}"].message_id == kultur.messages[0].id
    assert items[f"a{ids[H]}"].reasons == [hawo.reasons[0]]
    assert Reason("names_other", None, H) in items[f"a{ids[K]}"].reasons
    view = load_item(cfg, f"a{ids[H]}")  # the review page: the mail that names it, shown
    assert view.record.name == H and view.message.id == kultur.messages[0].id
    rows = {a["association"]: a for a in status_json(
        cfg.survey, state, dt.datetime(2020, 1, 20, tzinfo=dt.UTC), {}, sv)["associations"]}
    assert rows[H]["needs_review"] is True
    assert rows[H]["review_reasons"] == exported[H]["review_reasons"]

    # a person looks at the named association: both flags go, and it may be reminded
    service.set_value(cfg, H, "reviewed", "ja")
    recs = records_by_name(cfg)
    assert recs[H].reasons == [] and recs[K].reasons == [] and not recs[H].needs_review
    assert H in [c.name for c in reminder_selection(cfg).due]


def test_a_named_association_with_its_own_reply_is_left_alone(cfg, tmp_path):
    import_mail(cfg, tmp_path, "hawo.eml", reply("1. Vi har syjunta.\n\n" + ANSWERS,
                                                 sender="hawo@gmail.com", message_id="<h@x>"))
    import_mail(cfg, tmp_path, "both.eml", reply(BOTH, sender="kultur@gmail.com",
                                                 message_id="<both@x>"))
    recs = records_by_name(cfg)
    assert recs[H].reasons == [] and recs[H].status == "responded"
    assert recs[K].reasons == []


def test_a_partner_named_in_passing_is_not_flagged(cfg, tmp_path):
    import_mail(cfg, tmp_path, "p.eml", reply(PARTNER, sender="kultur@gmail.com",
                                              message_id="<p@x>"))
    recs = records_by_name(cfg)
    assert not any(r.needs_review for r in recs.values())
    assert H in [c.name for c in reminder_selection(cfg).due]


def test_reparse_keeps_the_named_association(cfg, tmp_path):
    import_mail(cfg, tmp_path, "both.eml", reply(BOTH, sender="kultur@gmail.com",
                                                 message_id="<both@x>"))
    service.reparse(cfg)
    assert records_by_name(cfg)[H].reasons == [Reason("named_in_reply", None, K)]


def test_intake_review_lists_the_named_association_and_the_export_says_why(tmp_path):
    path = write_config(tmp_path)
    (tmp_path / "r.csv").write_text(ROSTER_CSV, encoding="utf-8")
    RUNNER.invoke(app, ["-c", str(path), "associations", "import", str(tmp_path / "r.csv")])
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "a.eml").write_bytes(reply(BOTH, sender="kultur@gmail.com",
                                                 message_id="<both@x>"))
    RUNNER.invoke(app, ["-c", str(path), "import", str(tmp_path / "m")])
    out = RUNNER.invoke(app, ["-c", str(path), "review"], env={"COLUMNS": "300"})
    assert out.exit_code == 0, out.output
    lines = out.output.splitlines()
    assert any(H in ln and "Nämns i ett svar från Somaliska Kulturföreningen i Malmö" in ln
               for ln in lines)
    assert any(K in ln and "Nämner även föreningen Somaliska Kvinnoföreningen Hawo" in ln
               for ln in lines)
    exported = RUNNER.invoke(app, ["-c", str(path), "export", "-f", "json", "-o",
                                   str(tmp_path / "e.json")])
    assert exported.exit_code == 0, exported.output
    data = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
    hawo = next(a for a in data["associations"] if a["association"] == H)
    assert hawo["review_reasons"] == [
        "Nämns i ett svar från Somaliska Kulturföreningen i Malmö: gäller svaret även denna "
        "förening?"]
