"""A later mail that gives only the description it was asked for (tests/corpora/unseen101,
issue 9's round 49): a new mail, no survey word, no thread, one paragraph of prose under a
lead-in that says what it is ("Som du bad om skriver jag lite om oss:"), and a last sentence
saying the other answers were given at the meeting. Before, the prose was taken as a guessed
description and the mail vanished as `other`. Own words, Swedish and English."""

from __future__ import annotations

import pytest
from helpers import codes, extract, reply, values

from svarsinkorg.config import example_config_path, load_config
from svarsinkorg.intake.match import RosterEntry
from svarsinkorg.parsers.framing import announces_description, rest_said_elsewhere
from svarsinkorg.pipeline import parse_message

ROSTER = [RosterEntry(0, "Schackklubben Löparen", ("kansli@loparen.se",), None)]

_SV = ("Schackklubben Löparen bildades 1988 av några lärare i Husie. Vi är 40 medlemmar i "
       "dag. Vi spelar varje tisdag och har kurser för barn.")
_EN = ("The chess club was founded in 1988 by a few teachers in Husie. We have 40 members "
       "today. We play every Tuesday and run courses for children.")


def _survey():
    return load_config(example_config_path()).survey


@pytest.mark.parametrize(("body", "about"), [
    ("Hej!\nTack för besöket i tisdags. Som du ville berättar vi kort om klubben:\n"
     f"{_SV}\nDe andra frågorna tog vi i telefon.\n\nHälsningar Eva\n", _SV),
    ("Hi!\nThanks for coming by on Tuesday. As you asked, here is a little about us:\n"
     f"{_EN}\nThe rest we covered at the meeting.\n\nBest, Eva\n", _EN),
])
def test_an_announced_description_alone_is_a_reply_with_its_answer(body: str, about: str) -> None:
    p = parse_message(reply(body, sender="kansli@loparen.se", subject="Om klubben",
                            threaded=False), _survey(), ROSTER)
    assert p.kind == "reply"
    assert p.association_id == 0
    assert p.answers["about"]["value"] == about
    assert p.answers["how"]["value"] is None
    # the lead-in and the note on the rest are neither answer nor text left over
    assert not any(r.code == "unassigned_text" and r.key is None for r in p.reasons)
    # three sentences of prose read as "about" alone: the doubt that they hold more stays
    assert [(r.code, r.key) for r in p.reasons] == [("unassigned_text", "about")]


def test_unannounced_prose_with_no_survey_word_is_still_no_reply() -> None:
    # the guard stands: one paragraph of news, no lead-in saying it describes the club
    body = "Hej!\nVi har bytt e-postadress till kansli@loparen.se från och med i dag.\n\nEva\n"
    p = parse_message(reply(body, sender="kansli@loparen.se", subject="Ny adress",
                            threaded=False), _survey(), ROSTER)
    assert p.kind == "other"


@pytest.mark.parametrize(("text", "said"), [
    ("Som du bad om skriver jag lite om oss:", True),
    ("Här berättar vi kort om föreningen.", True),
    ("As you asked, here is a little about us:", True),
    ("Vi skriver till er om lokalen.", False),
    ("Here is our new address:", False),
])
def test_announces_description(text: str, said: bool) -> None:
    assert announces_description(text) is said


@pytest.mark.parametrize(("sentence", "said"), [
    ("Resten pratade vi om på mötet.", True),
    ("De övriga frågorna svarade jag på i telefon.", True),
    ("We discussed the other questions when we met.", True),
    ("Resten av pengarna går till lokalhyran.", False),
    ("The rest of the members meet on Fridays.", False),
])
def test_rest_said_elsewhere(sentence: str, said: bool) -> None:
    assert rest_said_elsewhere(sentence) is said


def test_a_closing_note_on_the_rest_ends_a_numbered_answer_too() -> None:
    body = (f"1. {_SV}\n\nResten tar vi när vi ses.\n\nHälsningar\nEva\n")
    ex = extract(body)
    assert values(ex)["about"] == _SV
    assert "unassigned_text" not in codes(ex)
