"""A general mailbox's framing and answers (unseen67, round 40): the writer introduced with
who asked them to answer, a short note that the reply is late, a lead-in saying the writing
itself ("Jag skriver lite om oss ..."), the yes/no put back as "whether" and left open at the
follow-up's start, a description in its own paragraph above a wish to talk, "Och ja, ..."
opening the follow-up's paragraph, and a lead-in clause over a drawn list. Other words than
the corpus's, Swedish and English."""

from __future__ import annotations

import pytest
from helpers import CHOIR, OBST_PROSE, SINGS, codes, extract, values

_PROSE_YES = "Ja, det gör vi. " + SINGS


# --- said before the story starts, in the first paragraph --------------------------------------


@pytest.mark.parametrize("opening", [
    "Jag är kassör i kören och styrelsen bad mig svara på er enkät.",
    "I'm the treasurer of the choir and our board asked me to answer your survey.",
    "Lite sent svar, men här kommer det.",
    "Sorry for the late reply, but here it is.",
])
def test_who_asked_the_writer_to_answer_and_a_late_note_open_no_answer(opening: str) -> None:
    ex = extract(f"Hej!\n\n{opening} {CHOIR}\n\n{_PROSE_YES}\n\n{OBST_PROSE}\n\nHälsningar\nBo")
    got = values(ex)
    assert got["about"] == CHOIR
    assert got["works_against_segregation"] is True
    assert got["obstacles_opportunities"] == OBST_PROSE
    assert "aside_in_answer" not in codes(ex)


@pytest.mark.parametrize("intro", [
    "Tack för mejlet. Jag skriver några rader om föreningen, hoppas det duger.",
    "Thanks for asking. I'm writing a few words about our choir, hope that is fine.",
])
def test_a_lead_in_saying_the_writing_frames_the_reply(intro: str) -> None:
    ex = extract(f"Hej,\n\n{intro}\n\n{CHOIR}\n\n{_PROSE_YES}\n\n{OBST_PROSE}\n\nHälsningar\nBo")
    got = values(ex)
    assert got["about"] == CHOIR
    assert got["obstacles_opportunities"] == OBST_PROSE
    assert "aside_in_answer" not in codes(ex)


def test_an_introduction_going_on_to_describe_the_association_still_stays() -> None:
    # (the rule reads past "och ..." only when it goes on about answering)
    about = "Jag är kassör i kören och vi är 30 sångare som repeterar varje tisdag."
    ex = extract(f"Hej!\n\n{about}\n\n{_PROSE_YES}\n\n{OBST_PROSE}\n\nHälsningar\nBo")
    assert values(ex)["about"] == about


# --- the yes/no put back as "whether" and left open at the follow-up's start -------------------


@pytest.mark.parametrize(("said", "how"), [
    ("Om föreningen motverkar segregation är vi osäkra på.",
     "Vi har mest äldre medlemmar och har aldrig pratat om det i styrelsen."),
    ("Whether we work against segregation, we honestly don't know.",
     "Most of our members are older and the board has never talked about it."),
])
def test_whether_left_open_is_the_yes_nos_sentence_not_the_hows(said: str, how: str) -> None:
    ex = extract(f"Hej!\n\n{CHOIR}\n\n{said} {how}\n\n{OBST_PROSE}\n\nHälsningar\nBo")
    got = values(ex)
    assert got["works_against_segregation"] is None
    assert got["how"] == how
    assert "ambiguous" in codes(ex) or "by_position" in codes(ex)  # still shown


def test_whether_that_comes_down_on_a_side_is_no_open_sentence() -> None:
    from helpers import QUESTIONS

    from svarsinkorg.parsers.statements import whether_left_open
    q2 = QUESTIONS[1]
    assert whether_left_open("Om vi arbetar mot segregation vet jag inte riktigt.", q2)
    assert not whether_left_open(
        "Om vi arbetar mot segregation vet jag inte, men jag skulle nog säga ja.", q2)


# --- a description in its own paragraph above a wish to talk -----------------------------------


@pytest.mark.parametrize(("about", "wish"), [
    ("Vi är Somaliska Mammor, en förening för mammor i Hermodsdal. Vi har läxhjälp och "
     "simskola.", "Vi skriver inte så bra svenska. Kan vi ses och prata om frågorna istället?"),
    ("We are Women of Nydala, a club for mothers in Nydala. We run homework help and swimming.",
     "Writing long answers is hard for us. Could we meet and talk about the questions instead?"),
])
def test_a_description_above_a_wish_to_talk_is_question_ones(about: str, wish: str) -> None:
    ex = extract(f"Hej\n\n{about}\n\n{wish}\n\nMed vänlig hälsning\nAmina")
    got = values(ex)
    assert got["about"] == about
    assert ex.wants_interview
    assert got["how"] is None


def test_a_remark_on_the_writing_above_a_wish_is_no_description() -> None:
    ex = extract("Hej\n\nVi är inte så vana att skriva.\n\nKan vi ses och prata istället?\n\nAmina")
    assert values(ex)["about"] is None
    assert ex.wants_interview


# --- "Och ja, ..." opening the follow-up's paragraph -------------------------------------------


@pytest.mark.parametrize(("yes", "how", "obst"), [
    ("Och ja, vi arbetar mot segregation hela tiden.", SINGS, OBST_PROSE),
    ("And yes, we work against segregation all the time.",
     "We sing in care homes all over town and run an open choir for newcomers.",
     "The hard part is the rent. The chance is that many young people want to sing."),
])
def test_and_yes_opening_the_follow_up_is_its_plain_yes(yes: str, how: str, obst: str) -> None:
    ex = extract(f"Hej!\n\n{CHOIR}\n\n{yes} {how}\n\n{obst}\n\nHälsningar\nBo")
    got = values(ex)
    assert got["works_against_segregation"] is True
    assert got["how"] == how
    assert not codes(ex)


def test_and_going_on_without_a_yes_word_still_continues() -> None:
    from svarsinkorg.parsers.evidence import _reads_as_answer
    assert not _reads_as_answer("Och vi har en kör till.", first=False)
    assert _reads_as_answer("Och ja, vi har en kör till.", first=False)


# --- a lead-in clause over a drawn list is no heading -----------------------------------------


@pytest.mark.parametrize("lead", ["Så här arbetar vi:", "This is what we do:"])
def test_a_lead_in_clause_over_a_list_is_no_heading(lead: str) -> None:
    ex = extract(f"Hej!\n\n1. {CHOIR}\n\n2. Ja\n\n3. {lead}\n\t•\tÖppen kör för nyanlända\n"
                 f"\t•\tKonserter på äldreboenden\n\n4. {OBST_PROSE}\n\nMvh Bo")
    assert values(ex)["how"].startswith(lead)
    assert "heading_at_start" not in codes(ex)


def test_a_heading_over_a_list_is_still_one() -> None:
    ex = extract(f"Hej!\n\n1. {CHOIR}\n\n2. Ja\n\n3. Hur vi arbetar:\n\t•\tÖppen kör för "
                 f"nyanlända\n\t•\tKonserter på äldreboenden\n\n4. {OBST_PROSE}\n\nMvh Bo")
    assert values(ex)["how"] is not None
