"""Prose with no headings taken as question 1's answer, two sentences: one says the answer in
the question's own words, the other has none of them (unseen97/25: "Vi har 8 ledare ...
Hallar behöver vi inte ...", the second a no to a later question, above a wish to talk
about the rest). It may answer another question: shown as text no answer should hold.
And a question's second part answered in its own words ("Två av dem är under 26 år." to
"..., och hur många av dem är under 26 år?", unseen97/08, 34) is no pasted question to cut.
Other words than the corpus, Swedish and English."""

from __future__ import annotations

from helpers import codes, values

from svarsinkorg.config import Question
from svarsinkorg.parsers.answers import extract_answers

SV = (
    Question("members", "Hur många medlemmar har kören, och hur många av dem sjunger i kör för "
             "första gången?", "text", 1),
    Question("travel", "Reser kören till konserter utanför kommunen? Ja / nej", "yes_no", 2),
    Question("travel_how", "Om ja: hur tar ni er dit?", "text", 3),
    Question("wishes", "Övrigt: vad önskar ni av kulturförvaltningen?", "text", 4),
)
EN = (
    Question("members", "How many members does the choir have, and how many sing in a choir for "
             "the first time?", "text", 1),
    Question("travel", "Does the choir travel to concerts outside the city? Yes / no", "yes_no", 2),
    Question("travel_how", "If yes: how do you get there?", "text", 3),
    Question("wishes", "Anything else: what would you like from the culture office?", "text", 4),
)


def test_second_sentence_off_the_question_is_shown_swedish() -> None:
    body = ("Hej!\n\nVi har 34 medlemmar i kören och sex av dem sjunger för första gången. "
            "Konserter utanför stan har vi inte råd med. Resten berättar jag hellre "
            "på ett möte, kan vi ses?\n\nKarin")
    ex = extract_answers(body, SV)
    assert values(ex)["members"].startswith("Vi har 34 medlemmar")
    assert values(ex)["travel"] is None
    reasons = [r for r in ex.reasons if r.code == "unassigned_text"]
    assert reasons and reasons[0].key == "members" and reasons[0].detail.startswith("Konserter")


def test_second_sentence_off_the_question_is_shown_english() -> None:
    body = ("Hi,\n\nWe have 34 members in the choir and six of them are new. Concerts outside "
            "the city we cannot afford. The rest of the questions I would rather talk "
            "about, can we meet?\n\nKaren")
    ex = extract_answers(body, EN)
    assert values(ex)["members"].startswith("We have 34 members")
    reasons = [r for r in ex.reasons if r.code == "unassigned_text"]
    assert reasons and reasons[0].key == "members" and reasons[0].detail.startswith("Concerts")


def test_a_second_sentence_on_nothing_asked_later_is_not_shown() -> None:
    # it says more of the same answer in other words: no later question's word in it
    body = ("Hej!\n\nVi har 34 medlemmar i kören och sex av dem sjunger för första gången. "
            "Vi övar varje tisdag i församlingshemmet. Resten berättar jag hellre på ett möte, "
            "kan vi ses?\n\nKarin")
    ex = extract_answers(body, SV)
    assert values(ex)["members"].endswith("i församlingshemmet.")
    assert "unassigned_text" not in codes(ex)


def test_two_sentences_both_on_the_question_are_not_shown() -> None:
    body = ("Hej!\n\nVi har 34 medlemmar i kören. Sex av dem sjunger i kör för första gången. "
            "Resten berättar jag hellre på ett möte, kan vi ses?\n\nKarin")
    ex = extract_answers(body, SV)
    assert values(ex)["members"] == ("Vi har 34 medlemmar i kören. Sex av dem sjunger i kör "
                                     "för första gången.")
    assert "unassigned_text" not in codes(ex)


# --- the answer to a question's second part said in its words is no pasted question --------------

def test_second_part_answered_in_the_question_words_swedish() -> None:
    body = ("Hej!\n\n1. Vi har 34 medlemmar. Sex av dem sjunger i kör för första gången.\n"
            "2. Nej\n4. Ett större övningsrum.\n\nKarin")
    ex = extract_answers(body, SV)
    assert values(ex)["members"] == ("Vi har 34 medlemmar. Sex av dem sjunger i kör för första "
                                     "gången.")
    assert "quoted_questions" not in codes(ex)


def test_second_part_answered_in_the_question_words_english() -> None:
    body = ("Hi,\n\n1. We have 34 members. Six of them sing in a choir for the first time.\n"
            "2. No\n4. A bigger rehearsal room.\n\nKaren")
    ex = extract_answers(body, EN)
    assert values(ex)["members"] == ("We have 34 members. Six of them sing in a choir for the "
                                     "first time.")
    assert "quoted_questions" not in codes(ex)


def test_the_question_pasted_after_the_answer_is_still_cut() -> None:
    body = ("Hej!\n\n1. Vi har 34 medlemmar. Hur många medlemmar har kören, och hur många av "
            "dem sjunger i kör för första gången?\n2. Nej\n4. Ett större övningsrum.\n\nKarin")
    ex = extract_answers(body, SV)
    assert values(ex)["members"] == "Vi har 34 medlemmar."
    assert "quoted_questions" in codes(ex)
