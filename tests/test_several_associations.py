"""Mail that does more than answer the survey, and people who write for several associations
(unseen106): one mail parted into sections for two roster associations, one file per
association, a reply from one association's address whose answers describe another, a turn
to another matter after the last answer, a request to come and talk put to the reader, a
document's dateline with its signer, a list the client numbered under a bold heading."""

from __future__ import annotations

import pytest
from helpers import make_config, reply
from sections_data import COORD, ROSTER, TWO_SECTIONS_EN, TWO_SECTIONS_SV, files_mail

from svarsinkorg.intake.decode import decode_message
from svarsinkorg.intake.match import (
    described_other,
    match_message,
    section_heads,
)
from svarsinkorg.parsers.answers import extract_answers
from svarsinkorg.parsers.framing import is_dateline
from svarsinkorg.parsers.interview import wants_interview
from svarsinkorg.parsers.model import Reason
from svarsinkorg.parsers.text import html_to_text
from svarsinkorg.pipeline import parse_message
from svarsinkorg.reports.labels import Labels


@pytest.fixture
def cfg(tmp_path):
    return make_config(tmp_path)


def _codes(p) -> list[str]:
    return [x.split(":", 1)[0] for x in p.problems]


# -- one mail, a section for each association ------------------------------------------------

def test_sections_for_two_associations_from_a_private_address_are_the_first_ones(cfg):
    # Swedish: heads between marks, sent from an address in neither: the answers read
    # (the first section's) are the first's, by name to confirm; the second is flagged
    p = parse_message(reply(TWO_SECTIONS_SV, sender="kerstin.berg@gmail.com"), cfg.survey,
                      ROSTER)
    assert p.association_id == 2
    assert p.answers["about"]["value"].startswith("Vi spelar schack")
    assert p.answers["obstacles_opportunities"]["value"] == \
        "Lokalen är för liten. Många unga vill lära sig."
    assert "match_by_name" in _codes(p)
    assert "several_associations: Bridgeklubben Sang" in p.problems
    assert 3 in p.also_names  # the second association's record asks for it too


def test_sections_from_one_associations_own_address_flag_the_other(cfg):
    # English: heads in capitals, the second with an aside in brackets; sent from the first
    # association's own address: its answers stay, the other's section ends answer 4
    p = parse_message(reply(TWO_SECTIONS_EN, sender="info@lundchess.org"), cfg.survey, ROSTER)
    assert p.association_id == 4
    assert p.answers["obstacles_opportunities"]["value"] == \
        "We need a bigger room. Many young people want to learn."
    assert "several_associations: Lund Walking Group" in p.problems


def test_a_name_in_the_signature_or_in_passing_is_no_section():
    own = ("1. Vi spelar schack.\n2. Ja\n3. Vi samarbetar med Bridgeklubben Sang.\n"
           "4. Lokalen.\n\nHälsningar\nKerstin\nSchackklubben Löparen\nBridgeklubben Sang\n")
    assert section_heads(ROSTER, own) == ()


def test_one_file_per_association_each_read_for_its_own(cfg):
    p = parse_message(files_mail(), cfg.survey, ROSTER)
    assert p.association_id == 2
    assert p.answers["how"]["value"] == "Vi har gratis kurser för nybörjare."
    assert "several_associations: Bridgeklubben Sang" in p.problems


# -- answers sent from one association's address that describe another ----------------------

def test_answers_describing_another_association_are_its_own_to_confirm(cfg):
    body = ("Hej! Här kommer svaren.\n\n"
            "1. Bridgeklubben Sang är en klubb för bridgespelare i Limhamn med 40 medlemmar.\n"
            "2. Ja\n3. Vi spelar med nya svenskar på biblioteket.\n4. Lokalen är dyr.\n\n"
            "Hälsningar\nKerstin\n")
    p = parse_message(reply(body, sender="loparen.schack@gmail.com"), cfg.survey, ROSTER)
    assert p.association_id == 3
    assert "about_names_other: Schackklubben Löparen" in p.problems


def test_describing_another_is_read_in_english_and_not_for_a_partner():
    about = "Lund Walking Group is a club for people who like to walk together on Sundays."
    assert described_other(ROSTER, about, 4, about).id == 5
    # the partner named in passing after the sender's own name: the sender's own answers
    own = "Lund Chess Club plays with Lund Walking Group each summer."
    assert described_other(ROSTER, "We play chess. " + own, 4, own) is None
    # the sender's own association named in the answers too
    assert described_other(ROSTER, about, 4, about + " Lund Chess Club lends us a room.") is None


def test_the_new_reasons_have_labels_in_both_languages():
    for lang in ("sv", "en"):
        labels = Labels(lang)
        for code in ("several_associations", "about_names_other"):
            text = labels.reason(Reason(code, None, "Bridgeklubben Sang"))
            assert "Bridgeklubben Sang" in text and code not in text


# -- more than the survey in one mail --------------------------------------------------------

@pytest.mark.parametrize("turn", [
    "Sedan en annan fråga: vi vill låna en lokal i vår. Vem ska vi fråga?",
    "En annan sak, vi söker bidrag för ett läger. Vart skickar vi ansökan?",
    "On another matter: we would like to book a room in May. Whom should we ask?",
    "Another question, how do we apply for a grant for our summer camp?",
])
def test_a_turn_to_another_matter_after_the_last_answer_ends_it(cfg, turn):
    text = ("1. Vi är en liten klubb.\n\n2. Ja\n\n3. Vi spelar med alla.\n\n"
            f"4. Lokalen är för liten.\n\n{turn}\n\nHälsningar\nKim\n")
    ex = extract_answers(text, cfg.survey.questions)
    assert ex.answers["obstacles_opportunities"].value == "Lokalen är för liten."


def test_another_obstacle_is_no_turn_to_another_matter(cfg):
    text = ("1. Vi är en liten klubb.\n\n2. Ja\n\n3. Vi spelar med alla.\n\n"
            "4. Lokalen är för liten.\n\nEtt annat hinder är att vi saknar ledare.\n")
    ex = extract_answers(text, cfg.survey.questions)
    assert "saknar ledare" in ex.answers["obstacles_opportunities"].value


@pytest.mark.parametrize(("sentence", "wish"), [
    ("Skulle du kunna komma till ett av våra spelkvällar och prata med spelarna?", True),
    ("Could you come to one of our Sunday walks and talk with the members?", True),
    ("Mamma undrar om du kan komma och träffa styrelsen, hon berättar hellre.", True),
    ("We wonder if you could come and meet the board some evening.", True),
    ("Kan du komma till vår konsert?", False),
    ("Föräldrarna undrar om du kan hjälpa dem med blanketterna.", False),
])
def test_the_reader_asked_to_come_and_talk(sentence, wish):
    assert wants_interview(sentence) is wish


# -- a document's foot and a client's numbers -------------------------------------------------

@pytest.mark.parametrize(("line", "yes"), [
    ("Lund 9 december 2019, styrelsen för Schackklubben Löparen", True),
    ("Lund, 3 March 2020, the board of Lund Chess Club", True),
    ("Malmö den 3 februari 2020", True),
    ("Lund 9 december 2019, vi var tolv på mötet och alla tyckte till. Sedan åt vi.", False),
])
def test_a_dateline_with_its_signer(line, yes):
    assert is_dateline(line) is yes


def test_a_dateline_typed_right_under_the_last_answer_is_no_answer(cfg):
    for foot in ("Lund 9 december 2019, styrelsen för Schackklubben Löparen",
                 "Lund, 3 March 2020, the board of Lund Chess Club"):
        text = ("1. Vi är en liten klubb.\n\n2. Ja\n\n3. Vi spelar med alla.\n\n"
                f"4. Lokalen är för liten.\n{foot}\n")
        ex = extract_answers(text, cfg.survey.questions)
        assert ex.answers["obstacles_opportunities"].value == "Lokalen är för liten."


@pytest.mark.parametrize("heading", ["Hur", "How we work"])
def test_a_numbered_list_under_a_bold_heading_is_the_clients(heading):
    html = (f"<div><b>{heading}</b></div><ol><li>Gratis kurser.</li><li>Spel i parken.</li></ol>"
            "<div><b>Hinder</b></div><div>Lokalen.</div>")
    text = html_to_text(html)
    assert "1." not in text and "Gratis kurser." in text


def test_a_numbered_list_of_the_answers_keeps_its_numbers():
    html = ("<div>Här är våra svar:</div><ol><li>Vi är en klubb.</li><li>Ja</li>"
            "<li>Vi spelar med alla.</li><li>Lokalen.</li></ol>")
    assert "2. Ja" in html_to_text(html)
    html = ("<div><b>Våra svar</b></div><ol><li>Vi är en klubb.</li><li>Ja</li>"
            "<li>Vi spelar med alla.</li><li>Lokalen.</li></ol>")
    assert "2. Ja" in html_to_text(html)


def test_match_message_flags_a_second_section_from_the_senders_address():
    msg = decode_message(reply(TWO_SECTIONS_SV, sender="loparen.schack@gmail.com"))
    m = match_message(msg, ROSTER, COORD, own_text=msg.text)
    assert m.association_id == 2
    assert [(r.code, r.detail) for r in m.reasons] == \
        [("several_associations", "Bridgeklubben Sang")]


# -- a correction from the second association's own address ---------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("Hej!\n\nKerstin igen, nu från klubbens egen adress. En rättelse till det jag skrev i "
     "förra veckan: vi har faktiskt fått en lokal, så den delen stämmer inte.\n\n"
     "Nytt svar på fråga 4: Vi saknar ledare. Många unga vill lära sig.\n\n"
     "Svaren för den andra klubben gäller som de var.\n\nKerstin\n",
     "Vi saknar ledare. Många unga vill lära sig."),
    ("Hi,\n\nNew answer to question 4: We need more leaders. The library wants to help.\n\n"
     "The other answers stand.\n\nSam\n",
     "We need more leaders. The library wants to help."),
])
def test_a_new_answer_labelled_by_its_number_is_the_text_after_the_colon(cfg, text, want):
    ex = extract_answers(text, cfg.survey.questions)
    assert ex.answers["obstacles_opportunities"].value == want
    assert ex.answers["about"].value is None
