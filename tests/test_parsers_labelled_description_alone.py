"""(unseen125) A reply that answers only question 1, its description under a short label of
the writer's own on the same line ("Kort om oss: ...", "Om oss: ..."), and asks to talk
about the rest: the description is question 1's answer without its label, read as the same
description without a label is (not text no answer holds)."""

from __future__ import annotations

import pytest
from helpers import extract, values

DESC = ("Kvinnonätverket Fosie är ett nätverk för kvinnor i Fosie, vi träffas varje tisdag "
        "och har stickcafé, promenader och föreläsningar.")
REST = ("Resten av frågorna vill vi hellre prata om, det är lättare än att skriva. Kan vi "
        "träffas eller kan du ringa mig? Jag heter Maria och nås på 073-456 78 90.")


@pytest.mark.parametrize(("first", "rest"), [
    (f"Kort om oss: {DESC}", REST),
    (f"Om oss: {DESC}", REST),
    (f"Kul att ni gör detta. Kort om oss: {DESC}", REST),
    (DESC, REST),
    (f"Kort om oss: {DESC}", "Kan vi träffas eller kan du ringa mig?"),
    (f"Om oss: {DESC}", "Kan vi träffas eller kan du ringa mig?"),
    (DESC, "Kan vi träffas eller kan du ringa mig?"),
])
def test_a_labelled_description_over_a_wish_to_talk_is_question_1(first, rest):
    ex = extract(f"Hej!\n\n{first}\n\n{rest}\n\nHälsningar\nMaria Svensson\n")
    got = values(ex)
    assert got["about"] == DESC
    assert (got["works_against_segregation"], got["how"], got["obstacles_opportunities"]) == (
        None, None, None)
    assert ex.wants_interview
    assert "unassigned_text" not in {r.code for r in ex.reasons}


def test_a_sentence_of_the_writers_own_before_a_colon_is_kept():
    # "Vi har tre delar:" has its subject: a sentence, not a label
    ex = extract("Hej!\n\nVi har tre delar: vi är en kör, vi har en bokcirkel och en "
                 "syjunta.\n\nKan vi träffas istället?\n\nMvh Eva")
    assert values(ex)["about"].startswith("Vi har tre delar:")


def test_a_label_over_no_description_gives_nothing():
    # the text after the label describes nothing: no answer read from it
    ex = extract("Hej!\n\nKort sagt: det passar inte så bra nu.\n\nKan vi träffas istället?"
                 "\n\nMvh Eva")
    assert values(ex)["about"] is None


def test_a_note_before_a_colon_is_no_label_of_a_description():
    # (unseen55 30) "En fråga bara:" asks something: what follows is no description
    ex = extract("Hej,\n\nEn fråga bara: vi har sökt aktivitetsbidrag för vårterminen men inte "
                 "fått något besked. Vet du vem man ska kontakta om det? Vi vill gärna svara på "
                 "enkäten men det här är mer bråttom just nu.\n\nMvh Ali Mahmoud\nSeveds FK")
    assert values(ex)["about"] is None
