"""unseen126's SILENT kind: a wish to meet said in a paragraph of its own after the numbered
answers, in words the reader did not know: telling "the rest" judged easier IF met (as it
was when met), a wish to meet AND TELL more, and a meeting asked for by the time for it
("Har ni tid för ett möte i mars?"). Missed, the wish was lost (wants_interview false) and
the paragraph ran on into the answer above it, with no review reason. Any survey: here a
five-question survey with two yes/no questions, not Malmö's four."""

from __future__ import annotations

import pytest
from helpers import codes, quoted_survey, values

from svarsinkorg.config import Question
from svarsinkorg.parsers.answers import extract_answers
from svarsinkorg.parsers.interview import wants_interview

# A survey nobody wrote rules for: five questions, the yes/no ones second and fourth.
HALLS = (
    Question("halls", "Vilka hallar och planer tränar klubben i?", "text", 1),
    Question("enough", "Får ni de tider ni behöver? (ja/nej)", "yes_no", 2),
    Question("missing", "Om nej: vilka tider saknas?", "text", 3),
    Question("shared", "Delar ni tider med någon annan klubb? (ja/nej)", "yes_no", 4),
    Question("other", "Något mer ni vill säga?", "text", 5),
)
QUOTE = quoted_survey(HALLS)
TRAINS = "Vi tränar i Idrottshuset två kvällar och på Rudbecksplanen på sommaren."
WANT = "Fler tider på helgerna, helst lördag förmiddag."
OTHER = "Omklädningsrummen är för små för två lag samtidigt."


@pytest.mark.parametrize("sentence", [
    # telling judged easier if met, as when met
    "Det är enklare att berätta resten om vi ses, vi har funderat en del på det här.",
    "Det blir lättare att förklara det om vi träffas.",
    # a wish to meet and tell (the reader listens)
    "Vi vill fortfarande gärna ses och berätta mer om klubben.",
    "We would still like to meet and tell you more.",
    # a meeting asked for by the time for it
    "Har ni tid för ett möte nästa vecka?",
    "Har du tid för ett kort samtal i april?",
])
def test_a_wish_to_meet_in_other_words(sentence: str) -> None:
    assert wants_interview(sentence)


@pytest.mark.parametrize("sentence", [
    # members meeting to talk among themselves: an activity
    "Vi vill gärna träffas och prata om böcker varje månad.",
    # a meeting asked to be arranged for others, no time asked for a meeting with the writer
    "Har ni möjlighet att ordna ett möte för alla klubbar i området?",
    # a meeting in larger rooms, the reader not asked
    "Finns det möjlighet att ha ett möte i större lokaler?",
    # telling easier when the ice is ready: no meeting
    "Det är lättare att förklara om vi får se ritningarna.",
])
def test_what_only_looks_like_it_is_no_wish(sentence: str) -> None:
    assert not wants_interview(sentence)


def test_wish_paragraph_after_a_bare_no_is_no_answer_to_the_next_question() -> None:
    # the answers stop at 2; the paragraph after "Nej" asks to meet: no answer to 3
    body = (f"Hej!\n\n1. {TRAINS}\n2. Nej\n\nDet är enklare att berätta resten om vi ses, vi "
            "har några tankar om en gemensam klubbstuga. Har ni tid för ett möte i april?\n\n"
            "Hälsningar\nEva Berg\nordförande" + QUOTE)
    ex = extract_answers(body, HALLS)
    assert values(ex) == {"halls": TRAINS, "enough": False, "missing": None, "shared": None,
                          "other": None}
    assert ex.wants_interview is True
    # 3 to 5 put off to the meeting asked for: left out on purpose, nothing to doubt
    assert codes(ex) == set()


def test_wish_paragraph_after_the_last_answer_is_not_its_text() -> None:
    body = (f"Hej igen!\n\n1. {TRAINS}\n2. Nej\n3. {WANT}\n4. Ja\n5. {OTHER}\n\n"
            "Vi vill fortfarande gärna ses och berätta mer.\n\nEva" + QUOTE)
    ex = extract_answers(body, HALLS)
    assert values(ex) == {"halls": TRAINS, "enough": False, "missing": WANT, "shared": True,
                          "other": OTHER}
    assert ex.wants_interview is True
    assert codes(ex) == set()
