"""unseen88's kinds: a lead-in clause naming the follow-up's alias is no label; a yes/no given
by number after a clause that says it already is all the yes/no's."""

from __future__ import annotations

import pytest
from helpers import CHOIR, OBST_PROSE, codes, extract, values

from svarsinkorg.config import example_config_path, load_config


def _aliased():
    return tuple(load_config(example_config_path()).survey.questions)


# --- a lead-in clause over the items joined onto its line is the answer's own words ------------


@pytest.mark.parametrize(("lead", "items"), [
    ("Vi arbetar så här:", "Kören är öppen för alla. Vi sjunger på äldreboenden i hela stan."),
    ("This is how we work:", "The choir is open to all. We sing in care homes across town."),
])
def test_a_lead_in_clause_naming_the_alias_is_no_label(lead: str, items: str) -> None:
    ex = extract(f"Hej!\n\n1. {CHOIR}\n\n2. Ja\n\n3. {lead} {items}\n\n4. {OBST_PROSE}\n\n"
                 "Mvh Bo", _aliased())
    assert values(ex)["how"] == f"{lead} {items}"
    assert not codes(ex)


def test_a_label_naming_the_alias_still_goes() -> None:
    ex = extract(f"Hej!\n\n1. {CHOIR}\n\n2. Ja\n\n3. Hur vi jobbar: Kören är öppen för alla, "
                 f"varje vecka.\n\n4. {OBST_PROSE}\n\nMvh Bo", _aliased())
    assert values(ex)["how"] == "Kören är öppen för alla, varje vecka."


# --- "X har vi inte, så svaret på er andra fråga blir nej." ------------------------------------


@pytest.mark.parametrize(("no", "how", "obst"), [
    ("Något ordnat arbete mot segregation gör vi inte, så svaret på er andra fråga blir nej.",
     "Kören har bara sången som mål. Ändå sjunger här pensionärer bredvid gymnasieelever.",
     OBST_PROSE),
    ("We don't do any organised work against segregation, so the answer to your second "
     "question is no.",
     "The choir has only the singing as its aim. Still, retirees sing next to teenagers here.",
     "The hard part is the rent. The chance is that many young people want to sing."),
])
def test_a_no_by_number_after_the_same_no_is_all_the_answer(no: str, how: str, obst: str) -> None:
    ex = extract(f"Hej!\n\n{CHOIR}\n\n{no} {how}\n\n{obst}\n\nHälsningar\nBo")
    got = values(ex)
    assert got["works_against_segregation"] is False
    assert got["how"] == how
    assert not {"yes_no_hedged", "ambiguous"} & codes(ex)


def test_a_reason_of_another_kind_before_the_number_stays() -> None:
    from svarsinkorg.parsers.statements import yes_no_statement
    q = _aliased()[1]
    s = "Vi har ont om tid i styrelsen, så svaret på er andra fråga blir nej."
    assert yes_no_statement(s, q) == yes_no_statement(s, q).__class__(False, False)


# --- the answer owned by who gives it: "Styrelsens svar är ja." --------------------------------


@pytest.mark.parametrize(("said", "value"), [
    ("Föreningens svar är ja.", True),
    ("Klubbens svar blir nej.", False),
    ("The board's answer is yes.", True),
])
def test_an_owned_answer_is_a_plain_yes_no(said: str, value: bool) -> None:
    ex = extract(f"Hej!\n\n1. {CHOIR}\n\n2. {said}\n\n3. Vi sjunger på äldreboenden i hela "
                 f"stan.\n\n4. {OBST_PROSE}\n\nMvh Bo")
    assert values(ex)["works_against_segregation"] is value
    assert "ambiguous" not in codes(ex)


def test_an_owned_answer_as_a_condition_is_none() -> None:
    from svarsinkorg.parsers.yes_no import parse_yes_no
    assert parse_yes_no("Om styrelsens svar är ja så gör vi det.").value is None
