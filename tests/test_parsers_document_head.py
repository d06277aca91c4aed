"""An attached letter's or form's own head above its answers (the association's name as a
title, a date and place, the addressee, a subject line) is no answer and heads none."""

from __future__ import annotations

import pytest
from helpers import REPO, example_raw

from svarsinkorg.config import parse_config
from svarsinkorg.parsers.answers import extract_answers
from svarsinkorg.parsers.document_head import without_head

# the example survey with its aliases ("Om oss", "Who we are"), as a coordinator ships it
QS = parse_config(example_raw(), REPO / "config.toml").survey.questions

SV_ANSWERS = ("Vilka vi är\nVi är en kör med trettio sångare som övar varje tisdag i "
              "Rosengård.\n\nMotverkar vi segregation?\nJa.\n\nHur vi jobbar\nVi sjunger på "
              "sex språk och alla får vara med utan avgift.\n\nHinder och möjligheter\n"
              "Hindret är lokalen. Möjligheten är att fler vill sjunga.")
EN_ANSWERS = ("Who we are\nWe are a cricket club with sixty members, most of them young "
              "people from Rosengård.\n\nAgainst segregation?\nYes.\n\nHow we work\nWe play "
              "with schools from all over the city.\n\nObstacles and opportunities\n"
              "Pitches are few. The sport grows fast.")


def _values(text: str) -> dict[str, object]:
    ex = extract_answers(without_head(text, QS), QS)
    return {k: a.value for k, a in ex.answers.items()}


@pytest.mark.parametrize("head", [
    # a letter: place and date, the addressee over two lines, a subject line
    "Malmö 2020-01-10\nTill Malmö stad\nEnheten för civilsamhälle och demokrati\n\n"
    "Angående kartläggningen av civilsamhällets arbete\n\n",
    # a form's title (the association's name) and subtitle set close above the first heading
    "Kören Ljudet\nSvar till Malmö stads kartläggning, januari 2020\n",
    "Kören Ljudet\n\nSvar på enkäten\n\n",
])
def test_a_swedish_documents_head_is_no_part_of_answer_1(head: str) -> None:
    got = _values(head + SV_ANSWERS)
    assert got["about"] == ("Vi är en kör med trettio sångare som övar varje tisdag i "
                            "Rosengård.")
    assert got["works_against_segregation"] is True
    assert got["obstacles_opportunities"] == ("Hindret är lokalen. Möjligheten är att fler "
                                              "vill sjunga.")


@pytest.mark.parametrize("head", [
    "Malmö Cricket Club\nResponse to the City of Malmö survey, January 2020\n",
    "Malmö, 10 January 2020\nTo the City of Malmö\n\nRegarding your survey\n\n",
])
def test_an_english_documents_head_is_no_part_of_answer_1(head: str) -> None:
    got = _values(head + EN_ANSWERS)
    assert got["about"] == ("We are a cricket club with sixty members, most of them young "
                            "people from Rosengård.")
    assert got["how"] == "We play with schools from all over the city."


def test_a_title_over_a_heading_that_names_question_1_takes_no_place_of_its_own() -> None:
    text = ("Eritreanska Föreningen Vänskap\n\nOm föreningen\nVi är en förening för familjer "
            "från Eritrea, med modersmål, fotboll och läxhjälp.\n\nOrg.nr 802531-0000")
    ex = extract_answers(without_head(text, QS), QS)
    assert ex.answers["about"].value.startswith("Vi är en förening för familjer")
    assert "by_position" not in ex.flags
    assert not any(f.startswith("left_empty") for f in ex.flags)


@pytest.mark.parametrize("text", [
    "Vår historia\nVi startade 1990 i en källare på Möllan och är nu fyrtio medlemmar.",
    "1. Vilka är ni?\nEn kör.\n\n2. Arbetar ni mot segregation?\nJa",
    "Svar på fråga 1\nVi är en kör.",
    "Om oss\n\nKör i Malmö sedan 1990",
    "Kören Ljudet i Malmö\n\nJa\n\nVi sjunger på sex språk.",
])
def test_a_heading_over_prose_a_numbered_question_or_an_answer_stays(text: str) -> None:
    assert without_head(text, QS) == text


# --- a title naming the questions the file answers, over the first one's heading (unseen70) --

_PART_SV = ("Fråga 3\nVi bjuder in skolklasser från hela staden till våra sommarkurser.\n\n"
            "Fråga 4\nHindret är pengarna. Möjligheten är alla nya medlemmar.")
_PART_EN = ("Question 3\nWe invite school classes from the whole city to our summer courses."
            "\n\nQuestion 4\nMoney is the obstacle. New members are the opportunity.")


@pytest.mark.parametrize("title, part, how", [
    ("Svar på fråga 3 och 4", _PART_SV,
     "Vi bjuder in skolklasser från hela staden till våra sommarkurser."),
    ("Frågorna 3-4", _PART_SV,
     "Vi bjuder in skolklasser från hela staden till våra sommarkurser."),
    ("Answers to questions 3 and 4", _PART_EN,
     "We invite school classes from the whole city to our summer courses."),
])
def test_a_title_naming_several_questions_over_a_numbered_heading_is_no_answer(
        title: str, part: str, how: str) -> None:
    text = f"{title}\n{part}"
    assert without_head(text, QS) == part
    ex = extract_answers(without_head(text, QS), QS)
    assert ex.answers["how"].value == how
    assert not any(r.code == "heading_at_start" for r in ex.reasons)


def test_a_heading_naming_two_questions_over_their_joint_answer_stays() -> None:
    # "Fråga 3 och 4" over prose heads one answer for both: no title, nothing cut
    text = ("Fråga 3 och 4\nVi bjuder in skolklasser, men pengarna räcker inte till fler "
            "kurser.")
    assert without_head(text, QS) == text
