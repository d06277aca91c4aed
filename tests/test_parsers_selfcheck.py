"""The self-check after every extraction (parsers/selfcheck.py): each doubt comes back as a
Reason with its code, the question it concerns and an excerpt; a reply the answers account
for comes back with none."""

from __future__ import annotations

import pytest
from test_parsers_structure import ABOUT, HOW, OBST, QUESTIONS, QUOTE

from svarsinkorg.parsers.answers import extract_answers
from svarsinkorg.parsers.model import Extraction, Reason


def extract(body: str) -> Extraction:
    return extract_answers(body + QUOTE, QUESTIONS)


def by_code(ex: Extraction) -> dict[str, Reason]:
    return {r.code: r for r in ex.reasons}


@pytest.mark.parametrize(
    "body",
    [
        f"Hej!\n\n1. {ABOUT}\n2. Ja\n3. {HOW}\n4. {OBST}\n\nMvh Eva\nKören Ton",
        f"Hej,\n\nFråga 1: {ABOUT}\n\nFråga 2: Nej\n\nFråga 4: {OBST}\n\nHälsningar\nPer",
        f"Tack för mejlet! Här kommer våra svar.\n\n1) {ABOUT}\n2) Ja\n3) {HOW}\n4) {OBST}\n\n"
        "Hör av er om ni undrar något.\n\n/Eva",
    ],
)
def test_a_reply_the_answers_account_for_has_no_doubts(body: str) -> None:
    assert extract(body).reasons == []


def test_own_text_left_over_is_shown_with_an_excerpt() -> None:
    body = (
        f"1. {ABOUT}\n2. Ja\n3. {HOW}\n4. {OBST}\n"
        "5. Vi har också en barnkör som startar i vår och söker ledare.\n"
    )
    r = by_code(extract(body))["unassigned_text"]
    assert r.detail.startswith("Vi har också en barnkör")


def test_prose_above_the_numbers_answers_the_first_question_flagged() -> None:
    body = (
        "Hej!\n\nKören har sjungit i Husie sedan 1985 och vi har trettio medlemmar.\n\n"
        f"2. Ja\n3. {HOW}\n4. {OBST}"
    )
    ex = extract(body)
    assert ex.answers["about"].value == (
        "Kören har sjungit i Husie sedan 1985 och vi har trettio medlemmar."
    )
    assert "by_position" in by_code(ex)


def test_another_questions_heading_inside_an_answer() -> None:
    body = (
        f"1. {ABOUT}\n2. Ja\n3. {HOW}\nHinder och möjligheter:\nLokalen är dyr.\n"
        "4. Vi har inget mer att tillägga."
    )
    r = by_code(extract(body))["heading_in_answer"]
    assert r.key == "how"
    assert "Hinder och möjligheter" in r.detail


def test_yes_no_missing_while_its_follow_up_has_text() -> None:
    r = by_code(extract(f"1. {ABOUT}\n3. {HOW}\n4. {OBST}"))["yes_no_missing"]
    assert r.key == "works_against_segregation"
    assert r.detail.startswith("Vi sjunger på äldreboenden")


def test_follow_up_that_contradicts_the_yes_no() -> None:
    body = (
        f"1. {ABOUT}\n2. Nej\n3. Ja, vi arbetar mot segregation genom öppna repetitioner.\n"
        f"4. {OBST}"
    )
    ex = extract(body)
    assert ex.answers["works_against_segregation"].value is False  # its own answer stands
    r = by_code(ex)["yes_no_contradicts"]
    assert r.key == "works_against_segregation"


def test_undecided_yes_no_is_ambiguous_with_its_words() -> None:
    r = by_code(extract(f"1. {ABOUT}\n2. Både och\n3. {HOW}\n4. {OBST}"))["ambiguous"]
    assert (r.key, r.detail) == ("works_against_segregation", "Både och")


def test_answers_by_position_are_flagged() -> None:
    ex = extract(f"Hej!\n\n{ABOUT}\n\nJa\n\n{HOW}\n\n{OBST}")
    assert "by_position" in by_code(ex)
    assert ex.answers["how"].value == HOW


def test_pasted_original_never_becomes_an_answer() -> None:
    # an Outlook original without quote marks that the quote splitter did not catch
    body = (
        f"Om oss: {ABOUT}\n\nSegregation: ja\n\nHur: {HOW}\n\nHinder och möjligheter: {OBST} "
        "Från: Samordnare Skickat: den 2 december 2019 Ämne: Kartläggning. "
        "Vilka är ni och vad bedriver ni för verksamhet? Berätta om er förening (bifoga gärna en "
        "länk eller beskriv med egna ord)."
    )
    ex = extract_answers(body, QUESTIONS)
    assert ex.answers["obstacles_opportunities"].value == OBST
    assert by_code(ex)["quoted_questions"].key == "obstacles_opportunities"


def test_long_prose_taken_as_about_is_flagged() -> None:
    body = (
        "Hej!\n\nVi är en förening i Rosengård som har funnits i tjugo år. Vi har läxhjälp och "
        "fotboll för barnen. Vi försöker alltid blanda barn från olika delar av stan. "
        "Lokalerna är för små och bidragen räcker inte till allt vi vill göra.\n\nMvh Sara"
    )
    ex = extract(body)
    assert ex.answers["about"].value is not None
    assert "unassigned_text" in by_code(ex)


def test_greeting_signature_and_notes_about_the_mail_are_not_left_over() -> None:
    body = (
        f"Hej Anna!\n\nUrsäkta att svaret dröjde, mejlet hamnade i skräpposten.\n\n"
        f"1. {ABOUT}\n2. Ja\n3. {HOW}\n4. {OBST}\n\nRing mig gärna så berättar jag mer.\n\n"
        "Vänliga hälsningar\nEva Ek\nordförande\n070-123 45 67"
    )
    ex = extract(body)
    assert ex.reasons == []
    assert ex.wants_interview is True


def test_a_postscript_is_not_left_over() -> None:
    body = f"1. {ABOUT}\n2. Ja\n3. {HOW}\n4. {OBST}\n\nPS. Vi har även en hemsida med mer om oss."
    assert extract(body).reasons == []


def test_a_closing_sentence_after_the_last_answer_is_not_left_over() -> None:
    ex = extract(f"1. {ABOUT}\n2. Ja\n3. {HOW}\n4. {OBST} Hoppas det var till hjälp!")
    assert ex.answers["obstacles_opportunities"].value == OBST
    assert ex.reasons == []
