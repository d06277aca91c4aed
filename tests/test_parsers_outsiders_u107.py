"""Mail about the survey from outside it, and a note before a colon (tests/corpora/unseen107):
a third party's mail that speaks of the survey's answers as other people's is no reply; a
note on the mail before a colon in the description's first sentence is not its answer; the
rest put off to be told by word of mouth with the object fronted. Own words, Swedish and
English; the corpus's sentences are not used."""

from __future__ import annotations

import pytest
from helpers import QUESTIONS, reply

from svarsinkorg.config import Survey, example_config_path, load_config
from svarsinkorg.intake.match import RosterEntry
from svarsinkorg.intake.topic import answers_of_others
from svarsinkorg.parsers.answers import extract_answers
from svarsinkorg.parsers.interview import wants_interview
from svarsinkorg.pipeline import parse_message

ROSTER = [
    RosterEntry(1, "Båtklubben Öresund", ("styrelse@batklubben.se",), None),
    RosterEntry(2, "Chess Club North", ("club@chess-north.org",), None),
]


def _survey() -> Survey:
    return load_config(example_config_path()).survey


# --- a third party about the survey: the answers are others' --------------------------------

@pytest.mark.parametrize(("body", "subject"), [
    # a partner body that passed the survey on
    ("Hej!\n\nJag jobbar på Studieförbundet Väst. Vi har delat er enkät med våra "
     "samarbetsföreningar. Föreningarna svarar själva till er.\n\nHälsningar\nMaria Lind\n"
     "Studieförbundet Väst", "Er enkät"),
    # a colleague asking how it goes
    ("Hej,\n\nhur många har svarat på enkäten hittills? Jag behöver en siffra till "
     "ledningsgruppen på måndag.\n\n/Per", "Enkäten"),
    ("Hi,\n\nI work with the regional sports council. We shared your survey with the clubs "
     "we support. They will reply to you directly.\n\nBest regards\nSam Ortiz",
     "Kartläggningen"),  # (a survey word of the example config)
    ("Hello,\n\nhow many answers have come in on the survey so far? Could we meet on Monday "
     "to go through them?\n\nThanks\nAnna", "Kartläggningen - status"),
])
def test_third_party_mail_about_the_survey_is_no_reply(body, subject):
    raw = reply(body, sender="someone@partner.example", name="X", subject=subject,
                threaded=False)
    p = parse_message(raw, _survey(), ROSTER)
    assert p.kind == "other" and p.association_id is None
    assert "others' answers" in p.kind_reason
    assert not p.wants_interview and p.answers == {}


def test_an_association_saying_their_board_answers_stays_its_reply():
    # the same words from a roster address: the association's own mail, never a third party
    raw = reply("Hej!\n\nVi har skickat enkäten till styrelsen. De svarar efter mötet.\n\n"
                "/Eva", sender="styrelse@batklubben.se", threaded=False, subject="Enkäten")
    p = parse_message(raw, _survey(), ROSTER)
    assert (p.kind, p.association_id) == ("reply", 1)


def test_an_unmatched_reply_with_answers_stays_a_reply():
    # answers by number: a reply whoever sends it, whatever it says of others
    raw = reply("1. Vi är en syförening med 20 medlemmar.\n2. Ja\n3. Vi syr ihop med "
                "nyanlända.\n4. Hinder: lokal. De andra i styrelsen svarar gärna på mer.\n\n"
                "/Lisa", sender="lisa@privat.example", threaded=False, subject="Enkäten")
    p = parse_message(raw, _survey(), ROSTER)
    assert p.kind == "reply" and p.association_id is None


@pytest.mark.parametrize("text", [
    "Vi svarar gärna på enkäten.",  # the writer answers: no one else's
    "Här är våra svar.",
    "We will answer the questions next week.",
    "De unga svarade att de vill ha mer lokaler.",  # a past finding, not the survey's answering
])
def test_own_answering_is_not_others(text):
    assert answers_of_others(text) is None


# --- a note on the mail before a colon -------------------------------------------------------

@pytest.mark.parametrize(("text", "about"), [
    ("Hej!\n\nUrsäkta att det blir kort, men i korthet: Syklubben Nålen är en förening för 30 "
     "kvinnor i Fosie. Vi har syträffar varje tisdag.\n\nMvh\nAnna",
     "Syklubben Nålen är en förening för 30 kvinnor i Fosie. Vi har syträffar varje tisdag."),
    ("Hi,\n\nSorry for the short answer, but in brief: the Riverside Chess Club has 40 members "
     "and meets on Mondays. We run a junior group too.\n\nBest\nTom",
     "The Riverside Chess Club has 40 members and meets on Mondays. We run a junior group too."),
])
def test_note_before_a_colon_leaves_the_description_whole(text, about):
    ex = extract_answers(text, QUESTIONS)
    assert ex.answers["about"].value == about
    assert not any(r.code == "unassigned_text" for r in ex.reasons)


# --- the rest to be told by word of mouth, the object fronted --------------------------------

@pytest.mark.parametrize(("sentence", "wish"), [
    ("Resten tar vi hellre muntligt.", True),
    ("Det berättar jag gärna på telefon.", True),
    ("The rest we'd rather go through in person.", True),
    ("Resten tar vi på nästa möte.", False),
    ("Det tar vi hand om själva.", False),
])
def test_rest_put_off_to_be_told_by_mouth(sentence, wish):
    assert wants_interview(sentence) is wish


def test_rest_by_mouth_is_no_text_left_over():
    text = ("Hej!\n\nVi är en kör med 25 sångare och vi övar varje torsdag i kyrkan.\n\n"
            "Resten tar vi hellre muntligt, ring mig gärna.\n\n/Karin")
    ex = extract_answers(text, QUESTIONS)
    assert ex.wants_interview
    assert ex.answers["about"].value.startswith("Vi är en kör")
    assert not any(r.code == "unassigned_text" for r in ex.reasons)
