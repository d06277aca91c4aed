"""(unseen124) A reply in prose that asks the coordinator back before answering at all:
whether the survey concerns the writer ("Gäller kartläggningen oss också?") or what it means
by one of its words ("... men undrar vad ni menar med segregation."). Read only by a guess
(prose, position), the sentences around the question are its setting, no answers: nothing is
read, and the mail is shown for a person to answer (no_answer, in the pipeline)."""

from __future__ import annotations

import pytest
from helpers import extract, values

from svarsinkorg.parsers.framing import asks_before_answering


@pytest.mark.parametrize("body", [
    "Tack för ert mejl. Vi är en församling och inte en förening i vanlig mening. Gäller "
    "kartläggningen oss också? Vi har en hel del verksamhet för nyanlända, men vi vill inte att "
    "det ska uppfattas som att vi svarar för hela kyrkan.",
    "Jag är ordförande i PRO Rosengård. Vi vill gärna svara men undrar vad ni menar med "
    "segregation. Alla våra medlemmar är pensionärer, räknas det då som segregation? Vi vill "
    "inte svara fel.",
    "We are a small choir in Fosie. Does this apply to us as well? We have no members from "
    "other parts of town.",
])
def test_a_question_back_before_answering_gives_no_guessed_answer(body):
    ex = extract(f"Hej!\n\n{body}\n\nMed vänlig hälsning\nBirgitta Olsson\n")
    assert set(values(ex).values()) == {None}


def test_numbered_answers_beside_a_question_back_stay():
    ex = extract("Hej!\n\n1. Vi är en kör i Fosie med 30 medlemmar.\n2. Ja\n"
                 "3. Vi sjunger på flera språk.\n4. Hinder är lokalerna.\n\n"
                 "Vi undrar vad ni menar med segregation, men har svarat så gott vi kan."
                 "\n\nMvh Eva")
    got = values(ex)
    assert got["about"] == "Vi är en kör i Fosie med 30 medlemmar."
    assert got["works_against_segregation"] is True


@pytest.mark.parametrize(("text", "want"), [
    ("Gäller kartläggningen oss också?", True),
    ("Gäller enkäten även oss?", True),
    ("Vi undrar vad ni menar med segregation.", True),
    ("Vad menar ni med möjligheter?", True),
    ("What do you mean by segregation?", True),
    ("Does the survey apply to us too?", True),
    # a statement about what applies, no question back
    ("Reglerna gäller oss också.", False),
    ("Vi vet vad segregation betyder för oss.", False),
    ("Hyran gäller för hela året?", False),
])
def test_what_asks_before_answering(text, want):
    assert asks_before_answering(text) is want


def test_a_question_back_then_answers_all_the_same_are_read():
    # "gäller det verkligen oss? Hur som helst. Vi är ...": the writer answers anyway
    got = values(extract(
        "Hej! Vi blev lite förvånade över mejlet, gäller det verkligen oss? Hur som helst. Vi "
        "är en schackklubb med 30 medlemmar som spelar i Västra Hamnen på onsdagar.\n\n"
        "Hälsningar Olle"))
    # (read, not dropped; what else prose keeps around it is another matter)
    assert got["about"].endswith("Vi är en schackklubb med 30 medlemmar som spelar i Västra "
                                 "Hamnen på onsdagar.")
