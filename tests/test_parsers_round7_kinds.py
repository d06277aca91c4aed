"""Issue 9, round 7 (unseen20): the kinds behind its silent and flagged misses, each on small
replies in other words than the corpus's, Swedish and English, values and review reasons
asserted."""

from __future__ import annotations

import pytest
from helpers import extract, values

from svarsinkorg.parsers.model import Extraction


def codes(ex: Extraction) -> set[str]:
    return {r.code for r in ex.reasons}


# --- "1- Vi är ...": a dash glued to the number is a marker, read and stripped -------------

@pytest.mark.parametrize("dash", ["-", "–"])
def test_a_dash_glued_to_the_number_marks_an_answer(dash):
    got = values(extract(
        f"Hej\n\n1{dash} Vi är en schackklubb i Lindängen med 40 medlemmar.\n\n2{dash} Ja\n\n"
        f"3{dash} Vi spelar i skolor och på biblioteket varje lördag.\n\n"
        f"4{dash} Hinder är lokalhyran. Möjligheter finns i skolorna.\n\nMvh\nAnders"))
    assert got["about"] == "Vi är en schackklubb i Lindängen med 40 medlemmar."
    assert got["works_against_segregation"] is True
    assert got["how"] == "Vi spelar i skolor och på biblioteket varje lördag."
    assert got["obstacles_opportunities"] == "Hinder är lokalhyran. Möjligheter finns i skolorna."


def test_a_glued_dash_marker_in_english():
    ex = extract(
        "Hi\n\n1- We are a football club in Holma with 120 young players.\n2- No\n"
        "3- We focus on football, not on segregation as such.\n"
        "4- Pitch time is scarce.\n\nBest\nJohn")
    got = values(ex)
    assert got["about"] == "We are a football club in Holma with 120 young players."
    assert got["works_against_segregation"] is False
    assert got["how"] == "We focus on football, not on segregation as such."
    assert got["obstacles_opportunities"] == "Pitch time is scarce."
    assert "by_position" not in codes(ex)


def test_a_compound_cut_short_before_a_conjunction_is_no_marker():
    # "3- och 4-åringar": a hyphen for the word left out, inside the answer to question 3
    got = values(extract(
        "Hej\n\n1. Vi är en danslekis i Kroksbäck.\n2. Ja\n3. Vi har danslek för\n"
        "3- och 4-åringar från hela stan på söndagar.\n4. Lokalen är för liten.\n\nLena"))
    assert got["how"] == "Vi har danslek för 3- och 4-åringar från hela stan på söndagar."
    assert got["obstacles_opportunities"] == "Lokalen är för liten."
