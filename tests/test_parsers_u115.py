"""unseen115's kinds: more talk offered should the reader need it, a paragraph of its own under
the last answer ("Vi ställer gärna upp på fler samtal om det behövs."), is a closing, not the
last answer's (offered should the reader wish it, it stays a wish) (the café named "Välkommen"
is in tests/test_parsers_interview.py)."""

from __future__ import annotations

import pytest
from helpers import A1, A3, codes, extract, values

from svarsinkorg.parsers.cues import CLOSING

NUMBERED = (f"Hej!\n\n1. {A1}\n\n2. Ja\n\n3. {A3}\n\n"
            "4. Det svåra är att hitta ledare. Möjligheten är alla föräldrar som vill hjälpa.\n\n")
LAST = "Det svåra är att hitta ledare. Möjligheten är alla föräldrar som vill hjälpa."
NUMBERED_EN = ("Hi!\n\n1. We are a chess club in Rosengård with 40 members.\n\n2. Yes\n\n"
               "3. We play in the library and anyone can join for free.\n\n"
               "4. The hard part is finding leaders. The chance is all the parents who help.\n\n")
LAST_EN = "The hard part is finding leaders. The chance is all the parents who help."


@pytest.mark.parametrize(("body", "last"), [
    (NUMBERED + "Jag står gärna till tjänst med mer vid behov.\n\nHälsningar\nKarin", LAST),
    (NUMBERED + "Vi ställer självklart upp på ett möte till om ni behöver det.\n\nMvh\nKarin",
     LAST),
    (NUMBERED_EN + "We would be glad to answer more questions if needed.\n\nBest\nTom", LAST_EN),
])
def test_more_talk_offered_on_the_readers_need_is_no_part_of_the_last_answer(
        body: str, last: str) -> None:
    ex = extract(body)
    assert values(ex)["obstacles_opportunities"] == last
    assert values(ex)["works_against_segregation"] is True
    assert not ex.wants_interview
    assert not codes(ex)  # nothing left over, no wish read


@pytest.mark.parametrize("sentence", [
    "Vi ställer upp med lokal om det behövs.",  # help offered, no talk: an answer's
    "Vi ställer gärna upp på en intervju om ni vill veta mer.",  # the wish's condition
    "We are happy to lend our hall if needed.",
    "Vi ställer upp på möten med kommunen om det behövs för att få bidrag.",
])
def test_other_offers_on_a_condition_are_no_closing(sentence: str) -> None:
    assert not CLOSING.match(sentence)

