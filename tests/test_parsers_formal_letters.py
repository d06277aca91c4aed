"""Formal replies (a board's statement, a letter or report attached): the writer's own section
numbers over headings that name the questions in another order, a section for something else
after the last answer ("Övrigt", "Other comments"), footnotes at the document's foot."""

from __future__ import annotations

import pytest
from helpers import QUESTIONS, REPO, codes, example_raw, extract, values

from svarsinkorg.config import parse_config
from svarsinkorg.parsers.answers import extract_answers
from svarsinkorg.parsers.document_head import without_head
from svarsinkorg.parsers.model import Extraction
from svarsinkorg.parsers.prose import _split_at_plain_yes

# the example survey with its aliases, as a coordinator ships it
QS = parse_config(example_raw(), REPO / "config.toml").survey.questions


def _extract(text: str, source: str = "yttrande.pdf") -> Extraction:
    return extract_answers(without_head(text, QS), QS, source=source)


def _values(text: str, source: str = "yttrande.pdf") -> dict[str, object]:
    return {k: a.value for k, a in _extract(text, source).answers.items()}


SV_REORDERED = (
    "1. Om föreningen\nVi är en schackklubb med fyrtio medlemmar som spelar i Kroksbäck.\n\n"
    "2. Hinder och möjligheter\nHindret är att vi saknar en egen lokal. Möjligheten är "
    "skolschacket.\n\n"
    "3. Motverkar vi segregation?\nJa\n\n"
    "4. På vilket sätt\nVi spelar turneringar med klubbar från hela staden, gratis för unga.\n")
EN_REORDERED = (
    "1. Who we are\nWe are a chess club with forty members who play in Kroksbäck.\n\n"
    "2. Obstacles and opportunities\nWe lack a room of our own. School chess is the chance.\n\n"
    "3. Do we work against segregation?\nYes\n\n"
    "4. How we work\nWe hold tournaments with clubs from all over the city, free for the "
    "young.\n")


@pytest.mark.parametrize("text, about, how, obstacles", [
    (SV_REORDERED, "Vi är en schackklubb", "Vi spelar turneringar", "Hindret är att vi"),
    (EN_REORDERED, "We are a chess club", "We hold tournaments", "We lack a room"),
])
def test_own_section_numbers_over_headings_in_another_order_follow_the_headings(
        text: str, about: str, how: str, obstacles: str) -> None:
    ex = _extract(text, "svar.docx")
    got = {k: a.value for k, a in ex.answers.items()}
    assert str(got["about"]).startswith(about)
    assert got["works_against_segregation"] is True
    assert str(got["how"]).startswith(how)
    assert str(got["obstacles_opportunities"]).startswith(obstacles)
    assert not codes(ex) & {"ambiguous", "heading_at_start", "by_position"}


def test_numbers_in_order_under_headings_in_order_are_untouched() -> None:
    text = SV_REORDERED.replace("2. Hinder och möjligheter", "2. Motverkar vi segregation?") \
        .replace("3. Motverkar vi segregation?", "3. Hinder och möjligheter")
    text = text.replace("Hindret är att vi saknar en egen lokal. Möjligheten är skolschacket.",
                        "Ja").replace("\nJa\n\n4.", "\nHindret är lokalen.\n\n4.", 1)
    got = _values(text, "svar.docx")
    # the headings fit their numbers save one: the numbers stand
    assert got["works_against_segregation"] is True


def test_a_numbered_list_inside_one_answer_is_not_renumbered() -> None:
    # three headings name nothing; an answer's list: never read as headings
    text = ("1. Vi är en idrottsförening i Lindängen.\n2. Ja.\n3. Vi tränar ihop.\n"
            "4. Hindret är pengar.\n")
    got = _values(text, "body")
    assert got["how"] == "Vi tränar ihop."
    assert got["obstacles_opportunities"] == "Hindret är pengar."


STATEMENT = (
    "Om oss\nVi är en kör med trettio sångare som övar varje tisdag i Rosengård.\n\n"
    "Motverkar vi segregation?\nJa.\n\n"
    "Hur vi jobbar\nVi sjunger på sex språk och alla får vara med utan avgift.\n\n"
    "Hinder och möjligheter\nHindret är lokalen. Möjligheten är att fler vill sjunga.\n\n")


@pytest.mark.parametrize("other", [
    "Övrigt\nVi ställer gärna upp på en konsert för staden i vår.\n",
    "5.2 Övriga synpunkter:\nVi ställer gärna upp på en konsert för staden i vår.\n",
    "Other comments\nWe would gladly sing at a city concert in the spring.\n",
])
def test_a_section_for_something_else_after_the_last_answer_ends_it_and_is_shown(
        other: str) -> None:
    ex = _extract(STATEMENT + other)
    got = {k: a.value for k, a in ex.answers.items()}
    assert got["obstacles_opportunities"] == \
        "Hindret är lokalen. Möjligheten är att fler vill sjunga."
    assert "unassigned_text" in codes(ex)  # the writer's addition is left over and shown


def test_a_word_for_other_inside_the_last_answer_stays() -> None:
    text = STATEMENT.replace("Möjligheten är att fler vill sjunga.",
                             "Möjligheten är att fler vill sjunga.\n\nAnnat som är svårt är "
                             "att hitta dirigenter.")
    got = _values(text)
    assert str(got["obstacles_opportunities"]).endswith("att hitta dirigenter.")


@pytest.mark.parametrize("notes", [
    "¹ Beslut vid styrelsemöte 2020-01-14, § 4.\n² Se även verksamhetsberättelsen.\n",
    "¹ Decided by the board on 14 January 2020.\n\n² See the annual report.\n",
])
def test_footnotes_at_the_documents_foot_are_no_answer(notes: str) -> None:
    text = STATEMENT.replace("Hinder och möjligheter\n", "Hinder och möjligheter²\n") \
        .replace("Om oss\n", "Om oss¹\n")
    got = _values(text + notes)
    assert got["obstacles_opportunities"] == \
        "Hindret är lokalen. Möjligheten är att fler vill sjunga."
    assert str(got["about"]).startswith("Vi är en kör")


@pytest.mark.parametrize("body, about, yes, rest", [
    ("Hej!\n\nVi är en syförening som träffas varje tisdag i Holma, ett tjugotal kvinnor. "
     "Ja, det gör vi. Vi syr ihop med kvinnor som är nya i Malmö.\n\n"
     "Det svåra är att vi saknar symaskiner. Men intresset växer hela tiden.\n",
     "Vi är en syförening", True, "Det svåra är"),
    ("Hi,\n\nWe are a sewing circle of twenty women meeting every Tuesday in Holma. "
     "Yes, we do. We sew together with women who are new to Malmö.\n\n"
     "What is hard is that we lack sewing machines. But interest keeps growing.\n",
     "We are a sewing circle", True, "What is hard"),
])
def test_a_plain_yes_opening_a_later_sentence_of_the_first_paragraph_ends_the_about(
        body: str, about: str, yes: bool, rest: str) -> None:
    ex = extract(body)
    got = values(ex)
    assert str(got["about"]).startswith(about) and "Holma" in str(got["about"])
    assert got["works_against_segregation"] is yes
    assert "sew" in str(got["how"]).lower() or "syr" in str(got["how"])
    assert str(got["obstacles_opportunities"]).startswith(rest)
    assert "by_position" in codes(ex)  # placed by the paragraphs' order: a guess, shown


def test_no_one_opening_a_later_sentence_is_no_turn_to_the_no() -> None:
    q2 = QUESTIONS[1]
    assert _split_at_plain_yes("We are a sewing circle in Holma. No one pays a fee.", q2) is None
