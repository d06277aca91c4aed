"""An answer that only points at another ("Samma som ovan.", "Se punkt 1.", "Same as above.")
has nothing of its own: null, its words kept in the raw text; one that points and goes on is
kept as written."""

from __future__ import annotations

import pytest
from helpers import QUESTIONS, codes, run

from svarsinkorg.parsers.answers import extract_answers

CLUB = "Vi är en bouleförening på Limhamn med ett fyrtiotal medlemmar."
HOW = "Alla får vara med och vi spelar på öppna banor i parken."


def reply(third: str, fourth: str) -> str:
    return f"Hej!\n\n1. {CLUB}\n2. Ja\n3. {third}\n4. {fourth}\n\nHälsningar\nGunnel\n"


@pytest.mark.parametrize("pointer", [
    "Detsamma som i fråga 3.",
    "Samma svar som 3 ovan",
    "Som sagt.",
    "Same as above.",
    "Som ovan!",
])
def test_an_answer_only_pointing_back_is_none(pointer: str) -> None:
    got = run(reply(HOW, pointer))
    assert got["how"] == HOW
    assert got["obstacles_opportunities"] is None


def test_the_pointer_stays_in_the_raw_text() -> None:
    ex = extract_answers(reply(HOW, "Samma som svar 3."), QUESTIONS)
    assert ex.answers["obstacles_opportunities"].value is None
    assert ex.answers["obstacles_opportunities"].raw == "Samma som svar 3."
    assert "partial" not in codes(ex)  # the reply accounts for the question


def test_a_pointer_to_an_earlier_point_in_the_how() -> None:
    got = run(reply("Se punkt 1.", "Lokalen är för liten."))
    assert got["how"] is None
    assert got["works_against_segregation"] is True
    assert got["obstacles_opportunities"] == "Lokalen är för liten."


def test_a_pointer_that_goes_on_is_kept() -> None:
    # the words after the pointer are an answer of their own
    goes_on = "Som ovan, men vi har också en prova-på-dag i maj."
    got = run(reply(goes_on, "Samma lokal som förra året."))
    assert got["how"] == goes_on
    assert got["obstacles_opportunities"] == "Samma lokal som förra året."
