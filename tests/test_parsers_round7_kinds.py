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


# --- an answer's "Label: text." with the sign-off under it is no part of the header below ----

_OUTLOOK_SV = ("Från: Samordnare <samordnare@malmo.se>\nSkickat: den 2 december 2019 09:14\n"
               "Ämne: Kartläggning\n")
_OUTLOOK_EN = ("From: Coordinator <samordnare@malmo.se>\nSent: Monday, 2 December 2019 09:14\n"
               "Subject: Survey\n")


@pytest.mark.parametrize(("close", "header"), [
    ("Hälsningar\nMaja Berg\nKassör, Kören Fyra Språk\n", _OUTLOOK_SV),
    ("Mvh\nMaja\n", _OUTLOOK_SV),
    ("Kind regards\nMaja Berg\nTreasurer, Four Languages Choir\n", _OUTLOOK_EN),
])
def test_a_labelled_answer_above_the_sign_off_stays_the_answer(close, header):
    # HTML mail turned to text: no blank lines, headings with a colon, the header unquoted
    ex = extract(
        "Hej!\nVilka vi är:\nVi är en kör i Malmö med 30 sångare.\nArbetar vi mot segregation?\n"
        "Ja\nHur vi arbetar:\nVi sjunger på fyra språk.\nHinder och möjligheter:\n"
        "Hinder: lokalen är dyr. Möjligheter: många vill sjunga med oss.\n" + close + header)
    got = values(ex)
    assert got["obstacles_opportunities"] == (
        "Hinder: lokalen är dyr. Möjligheter: många vill sjunga med oss.")
    assert got["how"] == "Vi sjunger på fyra språk."
    assert "partial" not in codes(ex)


def test_a_subject_that_wraps_still_belongs_to_the_header():
    ex = extract(
        "Hej\n\n1. Vi är en kör i Malmö.\n2. Ja\n3. Vi sjunger på fyra språk.\n"
        "4. Lokalen är dyr.\n\nMaja\n\nFrån: Samordnare <samordnare@malmo.se>\n"
        "Skickat: den 2 december 2019 09:14\nÄmne: Kartläggning: civilsamhällets arbete mot\n"
        "segregation i Malmö\n")
    assert values(ex)["obstacles_opportunities"] == "Lokalen är dyr."
    assert codes(ex) == set()


# --- a note above the markers that names answers by number is no answer to question 1 -------

@pytest.mark.parametrize("note", [
    "Jag glömde en sak förra veckan. Ersätt gärna svaren 3 och 4 med dessa, resten står kvar.",
    "Vi har funderat lite mer i styrelsen, så här kommer nya versioner av svar 3 och 4.",
    "Sorry, I was too quick on Monday. Please swap answers 3 and 4 for the ones below.",
])
def test_a_note_naming_answers_by_number_is_no_first_answer(note):
    ex = extract(
        f"Hej igen,\n\n{note}\n\n3. Vi spelar schack med barn i tre skolor i Rosengård.\n\n"
        "4. Hindret är att vi saknar ledare. Möjligheten är alla barn som vill lära sig.\n\n/Anna")
    got = values(ex)
    assert got["about"] is None
    assert got["how"] == "Vi spelar schack med barn i tre skolor i Rosengård."
    assert got["obstacles_opportunities"] == (
        "Hindret är att vi saknar ledare. Möjligheten är alla barn som vill lära sig.")


def test_prose_with_a_count_after_answer_words_still_answers_question_1():
    # "svar 3 gånger": a count, not an answer's number; the intro is question 1's answer
    got = values(extract(
        "Hej!\n\nVi är en quizförening på Möllan där lagen lämnar svar 3 gånger per kväll.\n\n"
        "2. Ja\n\n3. Vi spelar schack med barn i tre skolor i Rosengård.\n\n"
        "4. Hindret är att vi saknar ledare.\n\n/Anna"))
    assert got["about"] == (
        "Vi är en quizförening på Möllan där lagen lämnar svar 3 gånger per kväll.")


# --- after a wish to meet, the invitation or the visit offered is the wish's, not an answer -

@pytest.mark.parametrize("invite", [
    "Ni är varmt välkomna till oss i Lindängen en eftermiddag, eller så kommer vi till er.",
    "Vi kommer gärna till er på stadshuset en förmiddag om det passar bättre.",
    "You are most welcome to visit us at the mosque one evening, or we can come to you.",
])
def test_an_invitation_after_a_wish_to_meet_is_no_left_over_text(invite):
    ex = extract(
        "Hej,\n\nTack för frågorna. Vi skriver inte så bra svenska. "
        f"Kan vi ses och berätta i stället? {invite}\n\nHälsningar\nAmina\n")
    assert ex.wants_interview is True
    assert all(v is None for v in values(ex).values())
    assert "unassigned_text" not in codes(ex)


def test_a_welcome_sentence_in_an_answer_stays_in_the_answer():
    got = values(extract(
        "Hej\n\n1. Vi är en öppen förskola i Holma. Ni är välkomna till oss varje dag.\n2. Ja\n"
        "3. Vi bjuder in familjer från hela stan.\n4. Lokalen är liten.\n\nAmina"))
    assert got["about"] == "Vi är en öppen förskola i Holma. Ni är välkomna till oss varje dag."


# --- "Jag skriver å styrelsens vägnar.": on whose behalf, framing before the first answer ---

@pytest.mark.parametrize(("lead", "about"), [
    ("Jag skriver på styrelsens vägnar.",
     "Vi är en kör i Oxie med 40 sångare som övar på tisdagar i kyrkan."),
    ("Vi svarar här för föreningens räkning.",
     "Vi är en kör i Oxie med 40 sångare som övar på tisdagar i kyrkan."),
    ("I am writing on behalf of the board.",
     "We are a choir in Oxie with 40 singers who rehearse on Tuesdays in the church."),
])
def test_a_sentence_on_whose_behalf_is_no_part_of_the_first_answer(lead, about):
    yes = "Ja, vi arbetar mot segregation." if about.startswith("Vi") else \
        "Yes, we work against segregation."
    how = "Vi sjunger med nyanlända varje vecka." if about.startswith("Vi") else \
        "We sing with newcomers every week."
    ex = extract(f"Hej!\n\n{lead} {about} {yes} {how}\n\nMed vänlig hälsning\nBritt")
    assert values(ex)["about"] == about


def test_on_whose_behalf_with_more_said_stays_in_the_answer():
    ex = extract("Hej!\n\nJag skriver för föreningens räkning och vi är en kör i Oxie med 40 "
                 "sångare. Ja, vi arbetar mot segregation. Vi sjunger med nyanlända varje "
                 "vecka.\n\nBritt")
    assert values(ex)["about"] == (
        "Jag skriver för föreningens räkning och vi är en kör i Oxie med 40 sångare.")
