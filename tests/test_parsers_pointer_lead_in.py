"""(unseen125) A pointer alone before a colon on the answer's line, over a list or the answer
("3. Så här:" / "- Öppen fritidsgård ...", "Följande: ..."): no word of the answer, taken
off as the writer's own label is. A lead-in with its verb ("Vi gör så här: ...") is the
writer's clause and stays, as the corpora's truths keep it (unseen70, unseen88, unseen116)."""

from __future__ import annotations

import pytest
from helpers import extract, values

HEAD = "Hej!\n\n1. Vi är en fritidsgård på Seved med tolv ideella.\n\n2. Ja\n\n"
TAIL = "\n\n4. Hinder: dåligt rykte. Möjlighet: ungdomarna vill förändra bilden.\n\nMvh\nHassan"


@pytest.mark.parametrize(("answer", "want"), [
    ("3. Så här:\n\n   - Öppen fritidsgård fyra kvällar i veckan.\n   - Tjejkväll varje onsdag.",
     "- Öppen fritidsgård fyra kvällar i veckan. - Tjejkväll varje onsdag."),
    ("3. Följande: Läxhjälp och fotboll för alla barn i området.",
     "Läxhjälp och fotboll för alla barn i området."),
    ("3. As follows: Homework help and football for every child.",
     "Homework help and football for every child."),
])
def test_a_pointer_alone_before_the_answer_is_no_part_of_it(answer, want):
    ex = extract(HEAD + answer + TAIL)
    assert values(ex)["how"] == want
    assert "heading_at_start" not in {r.code for r in ex.reasons}


@pytest.mark.parametrize("answer", [
    "Vi gör så här: Läxhjälp och fotboll för alla barn i området.",
    "Så här arbetar vi: Läxhjälp och fotboll för alla barn i området.",
])
def test_a_lead_in_with_its_verb_stays(answer):
    assert values(extract(HEAD + "3. " + answer + TAIL))["how"] == answer
