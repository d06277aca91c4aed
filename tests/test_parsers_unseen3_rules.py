"""One test per rule added for the third unseen corpus (fires / does not fire)."""

from __future__ import annotations

from svarsinkorg.parsers.answers import (
    asked_about_one_question,
    sequence_markers_as_numbers,
    split_inline_numbering,
)
from svarsinkorg.parsers.quotes import split_reply


def test_roman_numerals_become_numbers():
    text = "Hej\nI. Vi är en förening.\nII. Ja\nIII. Genom läxhjälp.\nIV. Lokaler."
    assert sequence_markers_as_numbers(text, 4).splitlines()[1:] == [
        "1. Vi är en förening.", "2. Ja", "3. Genom läxhjälp.", "4. Lokaler."]


def test_letters_become_numbers_only_in_one_style_and_order():
    text = "a) Vi är en klubb.\nb) Ja\nc) Blandade lag."
    assert sequence_markers_as_numbers(text, 4).splitlines()[0] == "1. Vi är en klubb."
    mixed = "a) Vi är en klubb.\nB. Ja\nc) Blandade lag."
    assert sequence_markers_as_numbers(mixed, 4) == mixed
    lone = "Vi har två mål:\na) fler medlemmar\nPS. inget mer"
    assert sequence_markers_as_numbers(lone, 4) == lone


def test_one_line_numbering_is_split():
    assert split_inline_numbering("1) Vi spelar. 2) Ja 3) Gratis. 4) Hallar.", 4).splitlines() == [
        "1) Vi spelar.", "2) Ja", "3) Gratis.", "4) Hallar."]
    assert split_inline_numbering("1. En kör. 2. Ja. 3. Vi sjunger.", 4).splitlines()[1] == "2. Ja."


def test_one_line_numbering_leaves_prose():
    text = "1. Vi träffas kl 2. och 3. våningen används av 4. klass."
    assert split_inline_numbering(text, 4) == text
    assert split_inline_numbering("1) Vi har 2) lag", 4) == "1) Vi har 2) lag"


def test_follow_up_question_found_in_quote_or_own_text():
    assert asked_about_one_question("Absolut, här:", "Kan ni utveckla fråga 3?") == 3
    assert asked_about_one_question("Ett tillägg till fråga 3:", "") == 3


def test_follow_up_not_found_for_several_or_no_questions():
    assert asked_about_one_question("Hej", "Kan ni utveckla fråga 3 och fråga 4?") is None
    assert asked_about_one_question("Vi svarar på fråga 1 och 2 nedan", "") is None
    assert asked_about_one_question("Hej", "Vad roligt, fråga 3 var bra.") is None


def test_colleague_forward_with_plain_subject_is_a_forward():
    text = ("Det här kom till mig, vidarebefordrar.\n\nFrån: Förening X <x@x.se>\n"
            "Skickat: den 25 januari 2020\nTill: Karin <k@malmo.se>\nÄmne: Svar på enkäten\n\n"
            "1. Vi är X.\n")
    assert "Vi är X." in (split_reply(text).forwarded or "")


def test_plain_subject_block_without_forward_note_is_a_quote():
    text = ("Tack!\n\nFrån: Samordnare <s@malmo.se>\nSkickat: den 2 december 2019\n"
            "Till: x@x.se\nÄmne: Kartläggning\n\n1. Vilka är ni?\n")
    assert not split_reply(text).forwarded
