"""Issue 9, answers read by their order (r48): a reading that the paragraphs' structure and
their content agree on is no guess and is not flagged `by_position`; where they disagree
the flag stays. Small replies of their own, Swedish and English, none from the corpora."""

from __future__ import annotations

import pytest
from helpers import QUESTIONS

from svarsinkorg.parsers.answers import extract_answers


def _codes(own: str) -> set[str]:
    return {r.code for r in extract_answers(own, QUESTIONS).reasons}


def _values(own: str) -> dict:
    return {k: a.value for k, a in extract_answers(own, QUESTIONS).answers.items()}


ABOUT_SV = ("Vi är en schackklubb i Kirseberg med ungefär 40 medlemmar, de flesta pensionärer, "
            "och vi spelar i församlingshemmet varje tisdag.")
HOW_SV = ("Vi har gratis nybörjarkvällar och lånar ut bräden till skolorna i Rosengård och "
          "Lindängen, så att barn från hela stan spelar mot varandra.")
OBST_SV = ("Det svåra är att hitta ledare som orkar ta ansvar för juniorerna. Möjligheten är att "
           "schack går att spela utan ett gemensamt språk.")
ABOUT_EN = ("We are a cricket club in Husie with about 70 members, most of them families who "
            "moved to Malmö in the last ten years.")
HOW_EN = ("We run free training sessions in three parts of the city and lend out bats and "
          "pads, so that children from different schools end up on the same team.")
OBST_EN = ("The hard part is finding a pitch, as the football clubs book most of the grass. "
           "The opportunity is that more and more schools ask us to visit.")


# --- structure and content agree: no flag ---------------------------------------------


@pytest.mark.parametrize("own, yes", [
    # one paragraph for each question, a plain yes in the yes/no's place
    (f"Hej!\n\n{ABOUT_SV}\n\nJa.\n\n{HOW_SV}\n\n{OBST_SV}\n\nHälsningar\nBirgitta", True),
    (f"Hi,\n\n{ABOUT_EN}\n\nYes.\n\n{HOW_EN}\n\n{OBST_EN}\n\nBest regards\nRavi", True),
    # one paragraph fewer, the plain yes opening the follow-up's paragraph
    (f"Hej!\n\n{ABOUT_SV}\n\nJa, det gör vi. {HOW_SV}\n\n{OBST_SV}\n\nHälsningar\nBirgitta",
     True),
    (f"Hi,\n\n{ABOUT_EN}\n\nYes, we do. {HOW_EN}\n\n{OBST_EN}\n\nBest regards\nRavi", True),
])
def test_paragraphs_that_agree_with_their_questions_are_not_flagged(own, yes):
    assert "by_position" not in _codes(own)
    assert _values(own)["works_against_segregation"] is yes


@pytest.mark.parametrize("own", [
    # a note on the mail above the answers that says nothing of the club: the answers start
    # under it, and the plain yes opening the follow-up's paragraph pins their order
    f"Hej!\n\nTack för en bra enkät. Jag försöker svara i tur och ordning.\n\n{ABOUT_SV}\n\n"
    f"Ja, det gör vi. {HOW_SV}\n\n{OBST_SV}\n\nHälsningar\nBirgitta",
    f"Hi,\n\nThanks for the survey. I have tried to answer the questions in order.\n\n"
    f"{ABOUT_EN}\n\nYes, we do. {HOW_EN}\n\n{OBST_EN}\n\nBest regards\nRavi",
])
def test_a_note_on_the_mail_only_does_not_unsettle_the_pinned_order(own):
    ex = extract_answers(own, QUESTIONS)
    assert "by_position" not in {r.code for r in ex.reasons}
    assert ex.answers["about"].value.startswith(("Vi är en schackklubb", "We are a cricket"))
    assert ex.answers["works_against_segregation"].value is True
    assert ex.answers["how"].value.startswith(("Vi har gratis", "We run free"))
    assert ex.answers["obstacles_opportunities"].value.startswith(("Det svåra", "The hard"))


# --- structure and content disagree: the flag stays -----------------------------------


def test_a_note_that_tells_of_the_association_keeps_the_order_a_guess():
    # the note above may hold part of the first answer ("vi är bara sex i styrelsen")
    own = (f"Hej!\n\nJag har tagit frågorna i ordning, vi är bara sex i styrelsen.\n\n{ABOUT_SV}"
           f"\n\nJa, det gör vi. {HOW_SV}\n\n{OBST_SV}\n\nHälsningar\nBirgitta")
    assert "by_position" in _codes(own)


@pytest.mark.parametrize("own", [
    # the obstacles told in the third place, what they do in the fourth
    f"{ABOUT_SV}\n\nJa.\n\n{OBST_SV}\n\n{HOW_SV}",
    f"{ABOUT_SV}\n\nJa, det gör vi. {OBST_SV}\n\n{HOW_SV}",
    f"{ABOUT_EN}\n\nYes.\n\nThe biggest obstacle is money for a pitch of our own. The "
    f"opportunity is all the schools that ask us to visit.\n\n{HOW_EN}",
])
def test_a_paragraph_closer_to_another_question_keeps_the_flag(own):
    assert "by_position" in _codes(own)


@pytest.mark.xfail(strict=True, reason=(
    "seen and left (r48): the content check scores a paragraph against the questions' own "
    "words; an English paragraph on obstacles that names them only as 'the hard part' and "
    "one 'opportunity' scores below the bar (1.39 < 1.5) against Swedish questions, so a "
    "swap of the how and the obstacles reads as confirmed by shape alone"))
def test_an_english_paragraph_on_obstacles_in_the_how_place_keeps_the_flag():
    assert "by_position" in _codes(f"{ABOUT_EN}\n\nYes.\n\n{OBST_EN}\n\n{HOW_EN}")


@pytest.mark.parametrize("own", [
    # two paragraphs for the first question ("också": more of the answer before it)
    f"{ABOUT_SV}\n\nVi har också en juniorgrupp på lördagar.\n\nJa, det gör vi. {HOW_SV}"
    f"\n\n{OBST_SV}",
    f"{ABOUT_EN}\n\nWe also have a junior group on Saturdays.\n\nYes, we do. {HOW_EN}"
    f"\n\n{OBST_EN}",
])
def test_two_paragraphs_for_one_question_keep_the_flag(own):
    codes = _codes(own)
    assert codes & {"by_position", "unassigned_text", "partial", "yes_no_missing"}


@pytest.mark.parametrize("own", [
    # three paragraphs for four questions and no yes or no opening any of them
    f"{ABOUT_SV}\n\n{HOW_SV}\n\n{OBST_SV}",
    f"{ABOUT_EN}\n\n{HOW_EN}\n\n{OBST_EN}",
])
def test_three_paragraphs_for_four_questions_without_a_yes_are_flagged(own):
    assert _codes(own) - {"by_position_confirmed"}


@pytest.mark.parametrize("own", [
    # the yes said only in a later paragraph, not opening the follow-up's
    f"{ABOUT_SV}\n\n{HOW_SV}\n\n{OBST_SV} Så ja, vi jobbar mot segregation.",
    f"{ABOUT_EN}\n\n{HOW_EN}\n\n{OBST_EN} So yes, we work against segregation.",
])
def test_a_yes_said_only_in_a_later_paragraph_is_flagged(own):
    codes = _codes(own)
    assert codes & {"by_position", "yes_no_from_prose", "yes_no_missing", "partial"}


@pytest.mark.parametrize("own", [
    # a hedged yes opening the follow-up: from prose, and a doubt
    f"{ABOUT_SV}\n\nJa, det gör vi nog på vårt sätt. {HOW_SV}\n\n{OBST_SV}",
    f"{ABOUT_EN}\n\nI think we do, in a way. {HOW_EN}\n\n{OBST_EN}",
])
def test_a_hedged_yes_opening_the_follow_up_keeps_the_flag(own):
    codes = _codes(own)
    assert codes & {"by_position", "yes_no_from_prose", "yes_no_hedged", "ambiguous"}


@pytest.mark.parametrize("own", [
    # a note on the mail over answers whose yes is hedged: the pin needs a plain yes
    f"Hej!\n\nTack för en bra enkät. Jag försöker svara i tur och ordning.\n\n{ABOUT_SV}\n\n"
    f"Ja, det gör vi nog på vårt sätt. {HOW_SV}\n\n{OBST_SV}",
])
def test_a_note_on_the_mail_over_a_hedged_yes_keeps_the_flag(own):
    assert _codes(own) & {"by_position", "yes_no_from_prose", "yes_no_hedged"}
