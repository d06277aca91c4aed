"""A general mailbox by a new hand (unseen77, round 43): a hedged yes in its own paragraph
with only a promise of the rest under it, a greeting said in two languages joined by "och" /
"and", and a closing hope about the answers with its subject first ("Vi hoppas att svaren
...", "We hope this helps."). Other words than the corpus's, Swedish and English."""

from __future__ import annotations

import pytest
from helpers import codes, extract, values

from svarsinkorg.parsers.cues import CLOSING

# --- a hedged yes over a deferral of the rest ---------------------------------------------------


@pytest.mark.parametrize("yes, later", [
    ("Ja, delvis.", "Fråga 3 och 4 svarar jag på efter årsmötet i mars."),
    ("Ja, till viss del.", "Resten återkommer vi om när styrelsen har träffats."),
    ("Yes, to some extent.", "I will get back to you on the rest after our annual meeting."),
    ("Partly, yes.", "We'll answer the rest after the board has met."),
])
def test_a_hedged_yes_over_a_deferral_is_that_yes_shown_as_hedged(yes: str, later: str) -> None:
    ex = extract(f"Hej!\n\n1. Vi är en kör i Husie med 30 sångare.\n\n2. {yes}\n\n{later}"
                 "\n\nHälsningar\nBo")
    got = values(ex)
    assert got["about"] == "Vi är en kör i Husie med 30 sångare."
    assert got["works_against_segregation"] is True  # was None, and nothing flagged
    assert got["how"] is None
    assert got["obstacles_opportunities"] is None
    assert "yes_no_hedged" in codes(ex)


def test_a_plain_yes_over_a_deferral_stays_unflagged() -> None:
    ex = extract("Hej!\n\n1. Vi är en kör i Husie med 30 sångare.\n\n2. Ja.\n\n"
                 "Fråga 3 och 4 svarar jag på efter årsmötet i mars.\n\nHälsningar\nBo")
    assert values(ex)["works_against_segregation"] is True
    assert "yes_no_hedged" not in codes(ex)


# --- a greeting in two languages, a closing hope with its subject first ------------------------

_ABOUT = "Vi är en kulturförening i Lund med omkring 80 medlemmar och ordnar fester och kurser."
_HOW = "Vi bjuder in grannar från hela staden till våra fester och har kurser på flera språk."
_OBST = "Det svåra är att lokalen är för liten. Det fina är att många vill hjälpa till."
_ABOUT_EN = ("We are a cultural association in Lund with some 80 members, running parties "
             "and courses.")
_HOW_EN = ("We invite neighbours from all over town to our parties and hold courses in "
           "several languages.")
_OBST_EN = ("The hard part is that our room is too small. The good part is that many want "
            "to help.")


@pytest.mark.parametrize("greeting, thanks, closing, texts", [
    ("Shalom och hej,", "Tack för att ni skrev till oss.", "Jag hoppas att detta hjälper er.",
     (_ABOUT, _HOW, _OBST)),
    ("Merhaba och hej!", "Tack för ert mejl.", "Vi hoppas svaren kommer till användning.",
     (_ABOUT, _HOW, _OBST)),
    ("Salaam and hello,", "Thank you for writing to us.", "We hope this is useful.",
     (_ABOUT_EN, _HOW_EN, _OBST_EN)),
])
def test_a_two_language_greeting_and_a_closing_hope_are_framing(
        greeting: str, thanks: str, closing: str, texts: tuple[str, str, str]) -> None:
    about, how, obst = texts
    ex = extract(f"{greeting}\n\n{thanks}\n\n{about}\n\n{how}\n\n{obst}\n\n{closing}"
                 "\n\nMed vänliga hälsningar\nLeila")
    got = values(ex)
    assert got["about"] == about  # the greeting and the thanks no part of it
    assert got["how"] == how
    assert got["obstacles_opportunities"] == obst  # the hope not read as answer 4
    assert "aside_in_answer" not in codes(ex)
    assert "by_position" in codes(ex)  # prose placed by order stays shown


@pytest.mark.parametrize("sentence, closing", [
    ("Vi hoppas att svaren är till hjälp.", True),
    ("Jag hoppas det här räcker.", True),
    ("We hope the answers help.", True),
    ("I hope this is what you need.", True),
    # a hope of the association's own is an answer, not a closing
    ("Vi hoppas att vi får en större lokal nästa år.", False),
    ("Vi hoppas på fler unga medlemmar.", False),
    ("We hope to find a bigger room next year.", False),
])
def test_a_hope_about_the_answers_only_closes(sentence: str, closing: bool) -> None:
    assert bool(CLOSING.match(sentence)) is closing
