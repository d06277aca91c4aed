"""A follow-up that asks only after a yes ("Om ja: ...", "If yes: ...", with no "om nej" /
"if no" of its own), and a question's place marked as not applying to the writer (unseen97,
Västerås's survey: two yes/no questions, only the first with a follow-up): the kinds its
first sight missed, in other words than the corpus, Swedish and English, values and review
reasons asserted."""

from __future__ import annotations

from helpers import codes, values

from svarsinkorg.config import Question
from svarsinkorg.parsers.answers import extract_answers

SV = (
    Question("members", "Hur många medlemmar har kören, och hur många av dem sjunger i kör för "
             "första gången?", "text", 1),
    Question("travel", "Reser kören till konserter utanför kommunen? Ja / nej", "yes_no", 2),
    Question("travel_how", "Om ja: hur tar ni er dit?", "text", 3),
    Question("youth", "Har kören en egen ungdomsgrupp? Ja / nej", "yes_no", 4),
    Question("wishes", "Övrigt: vad önskar ni av kulturförvaltningen?", "text", 5),
)
EN = (
    Question("members", "How many members does the choir have, and how many sing in a choir for "
             "the first time?", "text", 1),
    Question("travel", "Does the choir travel to concerts outside the city? Yes / no", "yes_no", 2),
    Question("travel_how", "If yes: how do you get there?", "text", 3),
    Question("youth", "Does the choir have a youth group of its own? Yes / no", "yes_no", 4),
    Question("wishes", "Anything else: what would you like from the culture office?", "text", 5),
)
# the same survey, its follow-up asking on a no too
SV_BOTH = (*SV[:2], Question("travel_how", "Om ja: hur tar ni er dit? Om nej: varför inte?",
                             "text", 3), *SV[3:])


# --- a no's own comment is no answer to a follow-up that asks only after a yes -----------------

def test_comment_after_a_no_stays_off_a_yes_only_follow_up_swedish() -> None:
    body = ("Hej!\n\n1. Vi är 34 medlemmar, sex av dem är nya i år.\n"
            "2. Nej, vi sjunger bara i vår egen kyrka.\n3. -\n4. Ja\n"
            "5. Ett större övningsrum.\n\nHälsningar\nKarin")
    ex = extract_answers(body, SV)
    assert values(ex) == {
        "members": "Vi är 34 medlemmar, sex av dem är nya i år.",
        "travel": False,
        "travel_how": None,
        "youth": True,
        "wishes": "Ett större övningsrum.",
    }
    assert codes(ex) == set()


def test_comment_after_a_no_stays_off_a_yes_only_follow_up_english() -> None:
    body = ("Hi,\n\n1. We are 34 members, six of them new this year.\n"
            "2. No. We only sing in our own church.\n3.\n4. Yes\n"
            "5. A bigger rehearsal room.\n\nBest\nKaren")
    ex = extract_answers(body, EN)
    assert values(ex) == {
        "members": "We are 34 members, six of them new this year.",
        "travel": False,
        "travel_how": None,
        "youth": True,
        "wishes": "A bigger rehearsal room.",
    }
    assert codes(ex) == set()


def test_comment_after_a_no_with_the_follow_up_left_out() -> None:
    # no place 3 at all: the no needs no follow-up, nothing is missing
    body = ("Hej!\n\n1. Vi är 34 medlemmar, sex av dem är nya.\n"
            "2. Nej vi har inga konserter utanför Sala\n4. Nej\n5. Inget särskilt.\n\nKarin")
    ex = extract_answers(body, SV)
    assert values(ex)["travel"] is False and values(ex)["travel_how"] is None
    assert "partial" not in codes(ex)


def test_a_yes_still_carries_its_how_to_a_yes_only_follow_up() -> None:
    body = ("Hej!\n\n1. Vi är 34 medlemmar, sex av dem är nya.\n"
            "2. Ja, vi hyr en buss tillsammans med orkestern.\n4. Nej\n"
            "5. Ett större övningsrum.\n\nKarin")
    ex = extract_answers(body, SV)
    assert values(ex)["travel"] is True
    assert values(ex)["travel_how"] == "Vi hyr en buss tillsammans med orkestern."


def test_a_follow_up_that_asks_on_a_no_too_still_takes_the_why_not() -> None:
    body = ("Hej!\n\n1. Vi är 34 medlemmar, sex av dem är nya.\n"
            "2. Nej, vi har ingen som kan köra bussen.\n4. Nej\n"
            "5. Ett större övningsrum.\n\nKarin")
    ex = extract_answers(body, SV_BOTH)
    assert values(ex)["travel"] is False
    assert values(ex)["travel_how"] == "Vi har ingen som kan köra bussen."


# --- a place marked as not applying is a place left empty ----------------------------------------

def test_place_marked_not_applicable_is_left_empty_swedish() -> None:
    body = ("Hej!\n\n1. Vi är 34 medlemmar, sex av dem är nya.\n2. Nej\n3. (gäller inte oss)\n"
            "4. Ja, en grupp på tio.\n5. Ej tillämpligt\n\nKarin")
    ex = extract_answers(body, SV)
    assert values(ex) == {
        "members": "Vi är 34 medlemmar, sex av dem är nya.",
        "travel": False,
        "travel_how": None,
        "youth": True,
        "wishes": None,
    }
    assert codes(ex) == set()  # each place accounted for: nothing partial


def test_place_marked_not_applicable_is_left_empty_english() -> None:
    body = ("Hi,\n\n1. We are 34 members, six of them new.\n2. No\n3. (does not apply)\n"
            "4. Yes\n5. N/A\n\nKaren")
    ex = extract_answers(body, EN)
    assert values(ex)["travel_how"] is None and values(ex)["wishes"] is None
    assert codes(ex) == set()


def test_a_sentence_about_what_applies_is_still_an_answer() -> None:
    body = ("Hej!\n\n1. Vi är 34 medlemmar.\n2. Ja\n3. Det gäller inte alla konserter, men "
            "oftast samåker vi.\n4. Nej\n5. Inget.\n\nKarin")
    ex = extract_answers(body, SV)
    assert values(ex)["travel_how"] == ("Det gäller inte alla konserter, men oftast samåker vi.")


# --- a text question after a yes/no that does not ask on from it is no follow-up ----------------

def test_a_question_of_its_own_after_a_yes_no_does_not_contradict_it_swedish() -> None:
    body = ("Hej!\n\n1. Vi är 34 medlemmar, sex av dem är nya.\n2. Nej\n3. -\n4. Ja\n"
            "5. Ge stöd till körer som har en egen ungdomsgrupp, inte bara till de stora.\n\nKarin")
    ex = extract_answers(body, SV)
    assert values(ex)["youth"] is True
    assert values(ex)["wishes"] == ("Ge stöd till körer som har en egen ungdomsgrupp, inte bara "
                                     "till de stora.")
    assert "yes_no_contradicts" not in codes(ex)


def test_a_question_of_its_own_after_a_yes_no_does_not_contradict_it_english() -> None:
    body = ("Hi,\n\n1. We are 34 members, six of them new.\n2. No\n3. -\n4. Yes\n"
            "5. No. More support for the small choirs.\n\nKaren")
    ex = extract_answers(body, EN)
    assert values(ex)["youth"] is True
    assert values(ex)["wishes"] == "No. More support for the small choirs."
    assert "yes_no_contradicts" not in codes(ex)


def test_the_follow_up_still_contradicts_its_yes_no() -> None:
    body = ("Hej!\n\n1. Vi är 34 medlemmar, sex av dem är nya.\n2. Ja\n"
            "3. Nej, vi har ingen buss.\n4. Ja\n5. Inget.\n\nKarin")
    ex = extract_answers(body, SV)
    assert "yes_no_contradicts" in codes(ex)


# --- "inte bara" / "not only" widens what is said: no "not" for a yes/no -------------------------

def test_not_only_in_another_answer_gives_no_no_swedish() -> None:
    body = ("Hej igen, glömde sista frågan!\n\n5. Ge stöd till körer som har en egen "
            "ungdomsgrupp, inte bara till de stora.\n\nKarin")
    ex = extract_answers(body, SV)
    assert values(ex)["youth"] is None
    assert values(ex)["wishes"] == ("Ge stöd till körer som har en egen ungdomsgrupp, inte "
                                    "bara till de stora.")
    assert not {"yes_no_from_prose", "yes_no_conflict"} & codes(ex)


def test_not_only_in_another_answer_gives_no_no_english() -> None:
    body = ("Hi again, I forgot the last question!\n\n5. Give the youth groups of the choirs "
            "some support, not only the big choirs.\n\nKaren")
    ex = extract_answers(body, EN)
    assert values(ex)["youth"] is None
    assert not {"yes_no_from_prose", "yes_no_conflict"} & codes(ex)

