"""Replies that tell a story instead of answering plainly (issue 9, unseen69): a yes or no
drawn as a conclusion after the story ("Så ja, ...", "So yes, ..."), a lead-in sentence that
chooses the story over a plain answer, a note that two answers are written as one, a one-line
no with its why after a comma, the rest promised after a yes, and a name signed "on behalf
of" under a sign-off word no rule knows."""

from __future__ import annotations

import pytest
from helpers import QUESTIONS, codes, extract, values

from svarsinkorg.parsers.statements import concludes_yes_no, yes_no_statement
from svarsinkorg.parsers.to_reader import answers_together, tells_instead_of_answering
from svarsinkorg.parsers.yes_no import parse_yes_no

YN = QUESTIONS[1]

# --- the conclusion after a story ---------------------------------------------------------


@pytest.mark.parametrize(("sentence", "want"), [
    ("Så ja, vi arbetar för att föra ihop stadsdelarna.", True),
    ("Alltså ja, vi jobbar mot segregation, fast vi kallar det inte så.", True),
    ("So yes, we work to bring the two estates together.", True),
    ("So no, we do not work against segregation as such.", False),
])
def test_a_yes_or_no_drawn_as_a_conclusion_is_read(sentence, want):
    st = yes_no_statement(sentence, YN)
    assert st is not None and st.value is want
    assert concludes_yes_no(sentence, YN)
    assert parse_yes_no(sentence).value is want


@pytest.mark.parametrize("sentence", [
    "Så gör vi varje vecka.", "So no one was left out.",
    "Så nej, vi arbetar för att föra ihop stadsdelarna.",
    "Vi arbetar för att föra ihop stadsdelarna.",
])
def test_no_conclusion_without_the_answer_word_and_the_doing(sentence):
    assert not concludes_yes_no(sentence, YN)


_STORY_SV = (
    "Hej!\n\nVi är en schackklubb i Lindängen med ett fyrtiotal medlemmar, mest barn.\n\n"
    "I våras ordnade vi en turnering ihop med skolan i Bunkeflostrand. Barnen spelade mot "
    "varandra i blandade lag och efteråt åt alla tillsammans. Nu kommer tio barn därifrån "
    "till våra träningar varje torsdag.\n\n"
    "Så ja, vi arbetar mot segregation, även om det började av en slump.\n\n"
    "Det svåra är att hitta fler vuxna som kan leda. Möjligheten är att schack inte kräver "
    "något gemensamt språk.\n\nHälsningar\nNils")
_STORY_EN = (
    "Hi,\n\nWe are a table tennis club in Oxie with about fifty members of all ages.\n\n"
    "Last autumn we invited the youth centre in Holma to a tournament. The players were "
    "mixed into new teams and everyone stayed for dinner. Eight of them now train with us "
    "every week.\n\n"
    "So yes, we work against segregation, even if nobody planned it.\n\n"
    "The obstacle is the cost of the hall. The opportunity is that sport needs no shared "
    "language.\n\nBest\nAnna")


@pytest.mark.parametrize(("body", "how_starts", "obstacles_starts"), [
    (_STORY_SV, "I våras ordnade vi", "Det svåra är"),
    (_STORY_EN, "Last autumn we invited", "The obstacle is"),
])
def test_the_story_before_the_conclusion_is_the_follow_up(body, how_starts, obstacles_starts):
    ex = extract(body)
    v = values(ex)
    assert v["works_against_segregation"] is True
    assert str(v["how"]).startswith(how_starts)
    assert "Så ja" not in str(v["how"]) and "So yes" not in str(v["how"])
    assert str(v["obstacles_opportunities"]).startswith(obstacles_starts)
    # the order is a guess: the conclusion was moved to the yes/no's place
    assert "by_position" in codes(ex)


def test_a_conclusion_ending_a_labelled_answer_is_the_yes_no_and_leaves_it():
    ex = extract(
        "Hej!\n\nOm oss\nVi är en syförening i Kirseberg med tjugo medlemmar.\n\n"
        "Ett exempel\nI höstas sydde vi kläder ihop med kvinnor från språkcaféet i Rosengård. "
        "Nu träffas vi varannan vecka.\n\nSå ja, vi arbetar för att föra ihop stadsdelarna.\n\n"
        "Hinder och möjligheter\nLokalen är liten. Fler vill vara med.\n\nMvh Eva")
    v = values(ex)
    assert v["works_against_segregation"] is True
    assert v["how"] == ("I höstas sydde vi kläder ihop med kvinnor från språkcaféet i "
                        "Rosengård. Nu träffas vi varannan vecka.")
    assert "yes_no_from_prose" in codes(ex)


# --- a lead-in choosing the story, a note that two answers are one ---------------------------


@pytest.mark.parametrize("sentence", [
    "Jag berättar hellre om vår sommarresa än att svara ja eller nej.",
    "Det som hände i vintras säger nog mer än ett ja eller nej.",
    "Let me tell you about last summer instead of answering yes or no.",
    "An example says more than a yes or no answer.",
])
def test_a_lead_in_choosing_the_story_over_the_answer(sentence):
    assert tells_instead_of_answering(sentence)


@pytest.mark.parametrize("sentence", [
    "Vi har fler medlemmar än förra året.",
    "Barnen svarar på frågor om sin skola.",
    "We answer more than a hundred calls a week.",
])
def test_no_lead_in_without_answering_set_against_telling(sentence):
    assert not tells_instead_of_answering(sentence)


@pytest.mark.parametrize("sentence", [
    "Fråga 3 och 4 hör ihop så vi skriver dem tillsammans.",
    "I will answer 3 and 4 together since they overlap.",
])
def test_two_answers_written_as_one(sentence):
    assert answers_together(sentence)


def test_a_lead_in_is_no_part_of_the_answer_it_opens():
    ex = extract(
        "Hej!\n\n1. Vi är en fotbollsklubb i Husie med tre lag.\n\n2. Ja\n\n"
        "3. Jag berättar hellre om vår sommarturnering än att svara rakt. Vi bjöd in lag från "
        "Rosengård och Lindängen och alla spelade i blandade lag.\n\n"
        "4. Det svåra är att få fler tränare.\n\nMvh Leo")
    v = values(ex)
    assert v["how"] == ("Vi bjöd in lag från Rosengård och Lindängen och alla spelade i "
                        "blandade lag.")
    assert "aside_in_answer" not in codes(ex)


# --- a one-line no and its why -------------------------------------------------------------


@pytest.mark.parametrize(("body", "how"), [
    ("Nej, vi är en bokcirkel för pensionärer och har ingen sådan verksamhet. /Gun",
     "vi är en bokcirkel för pensionärer och har ingen sådan verksamhet."),
    ("No, we are a small bridge club and do nothing of that kind. /Tom",
     "we are a small bridge club and do nothing of that kind."),
])
def test_a_one_line_no_gives_its_why_to_the_follow_up(body, how):
    ex = extract(body)
    v = values(ex)
    assert v["works_against_segregation"] is False
    assert v["how"] == how
    assert {"by_position", "yes_no_from_prose"} <= codes(ex)


def test_a_one_line_no_that_declines_is_no_why():
    v = values(extract("Nej, vi avstår från att delta i enkäten den här gången. /Gun"))
    assert v["how"] is None


# --- the rest promised after the yes ---------------------------------------------------------


@pytest.mark.parametrize("body", [
    "2. Ja! Resten skriver jag från jobbet i kväll",
    "2. Yes! The rest I'll write from my laptop tonight",
])
def test_the_rest_promised_after_a_yes_is_no_how(body):
    ex = extract(body)
    v = values(ex)
    assert v["works_against_segregation"] is True
    assert v["how"] is None
    assert "aside_in_answer" not in codes(ex)


# --- a name signed on behalf of the association --------------------------------------------


@pytest.mark.parametrize("sign", ["Peace,\nSara (för styrelsen)",
                                  "Peace,\nSam (on behalf of the board)"])
def test_a_name_signed_on_behalf_of_is_cut_with_its_closing(sign):
    ex = extract(
        "Hej!\n\nOm oss:\nVi är en dansgrupp i Seved med trettio unga.\n\nMot segregation?\nJa.\n\n"
        "Hur:\nVi dansar på torgen i olika stadsdelar.\n\nHinder/möjligheter:\n"
        f"Det svåra är lokalen. Möjligheten är att många vill dansa.\n\n{sign}")
    v = values(ex)
    assert v["obstacles_opportunities"] == ("Det svåra är lokalen. Möjligheten är att många "
                                            "vill dansa.")
    assert "unassigned_text" not in codes(ex)


# --- a meeting wished for, how long said between ---------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Om det går skulle vi hellre ses en stund och berätta om projektet.",
    "Vi vill helst träffas en eftermiddag och prata i stället för att skriva.",
])
def test_a_meeting_wished_for_with_how_long_between_is_an_interview_wish(sentence):
    from svarsinkorg.parsers.interview import wants_interview
    assert wants_interview(sentence)


def test_meeting_at_a_time_is_no_wish():
    from svarsinkorg.parsers.interview import wants_interview
    assert not wants_interview("Vi träffas en gång i veckan och spelar schack.")
