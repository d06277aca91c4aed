"""Round 45 (unseen91, English and mixed-language writers), by kind: the questions still to
come named by their numbers in a put-off ("I'll come back with 3 and 4 after ..."), a wish to
meet with an intensifier between the modal and its verb ("we would really like to meet
you"), and a note on the reply's own language said to the reader (between two answers, or
closing the lead-in)."""

from __future__ import annotations

import pytest
from helpers import codes, extract, values

from svarsinkorg.parsers.framing import notes_reply_language, said_of_the_reply
from svarsinkorg.parsers.interview import wants_interview

# --- the questions still to come, named by number ----------------------------------------------


@pytest.mark.parametrize("promise", [
    "We will come back with 3 and 4 when the committee has met.",
    "I'll come back with questions 3 and 4 in February!",
    "Jag återkommer med 3 och 4 efter årsmötet.",
    "Vi återkommer med fråga 3 och 4 när styrelsen har träffats.",
])
def test_a_promise_of_the_questions_by_number_is_no_answer(promise):
    ex = extract(
        "Hello,\n\n1. We are a running club in Husie with about 80 members of all ages.\n\n"
        f"2. Yes\n\n{promise}\n\nBest,\nLena")
    got = values(ex)
    assert got["about"] == "We are a running club in Husie with about 80 members of all ages."
    assert got["works_against_segregation"] is True
    assert got["how"] is None
    assert got["obstacles_opportunities"] is None
    # the promise accounts for the rest: nothing left over, no gap to explain
    assert not {"unassigned_text", "partial"} & codes(ex)


def test_numbers_that_name_no_question_stay_in_the_answer():
    ex = extract(
        "1. We are a running club in Husie.\n\n2. Yes\n\n"
        "3. Every season we come back with 3 new routes for beginners from all over town.\n\n"
        "4. Money.")
    assert values(ex)["how"] == ("Every season we come back with 3 new routes for beginners "
                                 "from all over town.")


# --- a wish to meet with an intensifier ---------------------------------------------------------


@pytest.mark.parametrize("text", [
    "PS. I forgot: we would really like to meet you and show you our workshop.",
    "We'd very much like to meet you, any Friday works.",
    "Vi skulle verkligen vilja träffa dig och visa verkstaden.",
    "Glömde skriva: vi skulle så gärna vilja träffa er.",
])
def test_a_wish_to_meet_with_an_intensifier(text):
    assert wants_interview(text)


@pytest.mark.parametrize("text", [
    "Our members would really like to meet more Swedes.",
    "We would really like more meetings with other clubs.",
    "Vi skulle verkligen vilja ha fler möten med andra föreningar.",
])
def test_others_meeting_or_meetings_wished_for_are_no_wish_to_meet(text):
    assert not wants_interview(text)


# --- the reply's own language, said to the reader ------------------------------------------------


@pytest.mark.parametrize("note", [
    "Sorry, my Swedish is not good enough for the rest, I write in English now.",
    "Förlåt, min engelska räcker inte, jag fortsätter på svenska.",
])
def test_a_note_on_the_language_between_two_answers_is_in_no_answer(note):
    ex = extract(
        "Hej!\n\n1. Vi är en syförening i Rosengård med 30 medlemmar som träffas på onsdagar."
        f"\n\n{note}\n\n2. Yes\n\n3. We sew together with women from many countries.\n\n"
        "4. We need a bigger room.\n\n/Amina")
    got = values(ex)
    assert got["about"] == ("Vi är en syförening i Rosengård med 30 medlemmar som träffas "
                            "på onsdagar.")
    assert got["how"] == "We sew together with women from many countries."
    assert "aside_in_answer" not in codes(ex)


@pytest.mark.parametrize("sentence,said", [
    ("I hope English is ok.", True),
    ("Hoppas det går bra på engelska.", True),
    ("Jag fortsätter på engelska.", True),
    ("So I answer in English instead :)", True),
    ("Our game nights are in English.", False),
    ("Vi skriver våra nyhetsbrev på engelska och svenska.", False),
    ("We hope more Swedes will join us.", False),
])
def test_notes_on_the_reply_language(sentence, said):
    assert notes_reply_language(sentence) is said


def test_a_language_note_closing_the_lead_in_is_framing():
    ex = extract(
        "Hi,\n\nHere are our answers. I hope English is ok.\n\n"
        "1. We are a choir for expats and Swedes in Lund, 40 singers.\n\n2. Yes\n\n"
        "3. We sing in both languages.\n\n4. Finding a rehearsal room.")
    assert values(ex)["about"] == "We are a choir for expats and Swedes in Lund, 40 singers."
    assert said_of_the_reply("Sorry my Swedish is not so good yet, I continue in English :)")
