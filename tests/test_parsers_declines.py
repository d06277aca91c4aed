"""Declines said in a clause or as a means lacking, and look-alikes that are no decline."""

from __future__ import annotations

import pytest
from helpers import QUESTIONS, QUOTE

from svarsinkorg.parsers.answers import extract_answers
from svarsinkorg.parsers.decline import only_declines

# --- false alarms: a decline said as a means lacking; a mail that brings the rest ------------


@pytest.mark.parametrize("own", [
    "Goddag,\n\nvi är en bridgeklubb och har inga förutsättningar att medverka i denna "
    "kartläggning.\n\nMvh Rolf",
    "Hej! Vi har tyvärr ingen kapacitet att delta i enkäten, vi är bara fem medlemmar.\n\n/Eva",
    "Hello, we have no capacity to take part in the survey this year.\n\nBest, Tom",
])
def test_a_decline_said_as_a_means_lacking_is_a_decline(own):
    assert only_declines(own, QUESTIONS)
    ex = extract_answers(own, QUESTIONS)
    assert "declined" in ex.flags and not ex.reasons


@pytest.mark.parametrize("own", [
    "Vi har inga problem att delta i aktiviteterna, alla är välkomna.",
    "Barnen har ingen tid att delta på kvällarna.",
])
def test_lacking_something_else_is_no_decline(own):
    assert not only_declines(own, QUESTIONS)


# --- a decline said in a clause after "att" ------------------------------------------------------


@pytest.mark.parametrize("body", [
    "Hej,\n\nTack för frågan. Vi har pratat i styrelsen och kommit fram till att vi inte "
    "medverkar den här gången, vi har för mycket annat just nu.\n\nHälsningar\nOla",
    "Hej!\n\nStyrelsen meddelar att vi inte svarar på enkäten i år.\n\nMvh\nOla",
])
def test_a_decline_in_a_clause_after_att_marks_the_reply_declined(body):
    ex = extract_answers(body + QUOTE, QUESTIONS)
    assert all(a.value is None for a in ex.answers.values())
    assert "declined" in ex.flags
    assert not ex.reasons


def test_a_clause_about_others_taking_part_is_no_decline():
    ex = extract_answers("Hej!\n\n1. Vi är en fotbollsklubb i Oxie.\n\n2. Ja\n\n3. Vi vill att "
                         "fler barn deltar, så träningen är gratis.\n\n4. Det är svårt att få "
                         "tider på planerna.\n\n/Ola" + QUOTE, QUESTIONS)
    assert "declined" not in ex.flags
    assert ex.answers["how"].value == "Vi vill att fler barn deltar, så träningen är gratis."


# Round 9 (unseen40): a small association with no time for surveys now
@pytest.mark.parametrize("body", [
    "Tyvärr, vi är en liten kör med bara frivilliga och hinner inte svara på enkäter just nu.",
    "Vi är bara fem personer och har inte möjlighet att svara på enkäten för tillfället.",
    "Sorry, we are all volunteers and we can't answer the survey right now.",
])
def test_no_time_for_surveys_now_declines(body):
    ex = extract_answers(body + "\nLycka till!\n/Annika" + QUOTE, QUESTIONS)
    assert "declined" in ex.flags


def test_no_time_for_one_question_now_is_no_decline():
    ex = extract_answers("1. Vi är en kör.\n2. Ja\n3. Vi sjunger med alla.\n4. Fråga 4 hinner "
                         "vi inte svara på just nu.\n/Annika" + QUOTE, QUESTIONS)
    assert "declined" not in ex.flags


@pytest.mark.parametrize("own", [
    "Hej,\n\nVi i styrelsen har pratat om er enkät och kommit fram till att vi inte svarar på "
    "den. Vi är en liten seglarklubb och har inte ork just nu. Lycka till!\n\nMvh Olle",
    "Hej! Vi fick kartläggningen och har bestämt att vi inte deltar i den. Lycka till!\n\n/Eva",
    "Hello, we read your survey and decided that we will not answer it. Good luck!\n\nBest, Tom",
])
def test_a_decline_of_the_survey_just_named_by_a_pronoun_is_a_decline(own):
    assert only_declines(own, QUESTIONS)
    ex = extract_answers(own, QUESTIONS)
    assert "declined" in ex.flags and not ex.reasons


def test_one_question_not_answered_by_a_pronoun_is_no_decline():
    assert not only_declines("1. Vi är en kör i Rosengård.\n\nFråga 4 är svår, vi svarar "
                             "inte på den.\n\n/Eva", QUESTIONS)


def test_one_question_declined_by_a_pronoun_beside_a_numbered_answer_is_no_decline():
    assert not only_declines("Question 4 is hard, we will not answer it.\n\n1. We are a choir "
                             "in Rosengård with thirty singers.\n\nBest, Tom", QUESTIONS)


# Round 12 (unseen66): the declining verb alone before the occasion
@pytest.mark.parametrize("own", [
    "Hej,\n\nVi är en liten båtklubb och har inte ork att svara på en sådan här enkät. "
    "Hoppas ni har förståelse för det, vi avstår den här gången.\n\nHälsningar\nPer",
    "Hej! Tack, men vi avböjer. Lycka till!\n\n/Eva",
    "Hello, we are only a few volunteers, so we will have to pass this time.\n\nBest, Tom",
])
def test_the_declining_verb_alone_is_a_decline(own):
    assert only_declines(own, QUESTIONS)
    ex = extract_answers(own + QUOTE, QUESTIONS)
    assert "declined" in ex.flags and not ex.reasons


@pytest.mark.parametrize("own", [
    "1. Vi är en kör i Husie.\n\n2. Ja\n\n3. Vi sjunger med alla.\n\nFråga 4 avstår vi.\n\n/Eva",
    "Vi avstår från alkohol på våra fester, så alla kan komma.",
])
def test_a_question_or_a_thing_abstained_from_is_no_decline(own):
    assert not only_declines(own, QUESTIONS)


# --- the survey itself skipped, named as the object ------------------------------------------


@pytest.mark.parametrize("own", [
    "Hi / Hej,\n\nThanks for including us. We discussed it at our board meeting and we're going "
    "to pass on this survey – we are a small team run by volunteers.\n\nBest,\nSofia",
    "Hej!\n\nVi står över den här enkäten, vi är bara åtta medlemmar i år.\n\nMvh Kjell",
    "Hej, vi hoppar över kartläggningen den här gången. Lycka till!\n\n/Maria",
    "Hello, we will sit this one out, sorry.\n\nTom",
])
def test_the_survey_skipped_by_name_is_a_decline(own):
    assert only_declines(own, QUESTIONS)
    ex = extract_answers(own, QUESTIONS)
    assert "declined" in ex.flags and not ex.reasons


@pytest.mark.parametrize("own", [
    "Vi hoppar över fråga 4, den är för svår för oss.",
    "We skip question 4.",
    "Vi står över ibland när det regnar.",
])
def test_skipping_one_question_or_something_else_is_no_decline(own):
    assert not only_declines(own, QUESTIONS)
