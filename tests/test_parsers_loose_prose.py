"""Loose prose replies (issue 9, unseen68): a greeting naming the reader's role with no mark
after it ("Hej samordnare" alone on its line), an apology for the reply opening it (late, in
another language) and a short turn to the answers ("Till saken.", "To the point.") frame the
reply and belong to no answer."""

from __future__ import annotations

import pytest
from helpers import codes, extract, values

from svarsinkorg.parsers.framing import (
    GREETING,
    apologises_for_reply,
    strip_greeting,
    turns_to_answers,
)

# --- a greeting naming a role, no mark after it ---------------------------------------------


@pytest.mark.parametrize("line", ["Hej samordnare", "Hej kollegor", "Hello coordinator",
                                  "Dear colleagues"])
def test_a_greeting_naming_a_role_alone_on_its_line_needs_no_mark(line):
    m = GREETING.match(line)
    assert m is not None and m.end() == len(line)
    assert strip_greeting(f"{line}\nvi är en förening") == "vi är en förening"


@pytest.mark.parametrize("line", ["Hej vi är en förening i Oxie", "Hello we are a club"])
def test_a_greeting_running_into_the_answer_is_not_a_role(line):
    m = GREETING.match(line)
    assert m is None or m.end() < len(line)


def test_the_role_greeting_stays_out_of_the_first_answer():
    ex = extract(
        "Hej handläggare\n\nvi är en syförening i Oxie med ett trettiotal medlemmar.\n\n"
        "Ja.\n\nVi syr tillsammans med nyanlända varje lördag.\n\n"
        "Det svåra är lokalen. Möjligheten är alla som vill lära sig.\n\nHälsningar\nBritt")
    assert values(ex)["about"] == "vi är en syförening i Oxie med ett trettiotal medlemmar."


# --- an apology for the reply opening it -------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "ursäkta att vi svarar så sent, kassören har varit bortrest hela hösten.",
    "Förlåt för sent svar!",
    "Sorry, I write in English because my Swedish is still weak, I hope that is fine!",
    "Apologies for the late reply, the board only met last week.",
])
def test_an_apology_for_the_reply_frames_it(sentence):
    assert apologises_for_reply(sentence)


@pytest.mark.parametrize("sentence", [
    "Förlåt, svaret på fråga 2 blev fel i förra mejlet.",
    "Sorry, our last answer was wrong.",
    "Vi har en förening för unga i Fosie.",
])
def test_a_correction_or_a_description_is_no_apology(sentence):
    assert not apologises_for_reply(sentence)


def test_an_apology_opening_the_first_paragraph_is_no_part_of_the_first_answer_sv():
    ex = extract(
        "Hej,\n\nursäkta att vi svarar så sent, kassören har varit bortrest och mejlen\n"
        "har blivit liggande. Oxie Syförening träffas varje lördag i församlingshemmet och\n"
        "har ett trettiotal medlemmar.\n\nJa, vi syr tillsammans med nyanlända kvinnor från "
        "hela Oxie och Lindängen.\n\nDet svåra är lokalen. Möjligheten är alla som vill "
        "lära sig.\n\nBritt")
    assert values(ex)["about"] == ("Oxie Syförening träffas varje lördag i församlingshemmet "
                                   "och har ett trettiotal medlemmar.")
    assert "aside_in_answer" not in codes(ex)


def test_an_apology_opening_the_first_paragraph_is_no_part_of_the_first_answer_en():
    ex = extract(
        "Hi,\n\nsorry, this comes in English because my Swedish is still weak, hope that "
        "is fine! Oxie Runners is a running group of about thirty people who meet on "
        "Sundays.\n\nYes, we run together with people from all over Oxie and Lindängen.\n\n"
        "The obstacle is money for a coach. The opportunity is that running is free.\n\nTom")
    assert values(ex)["about"] == ("Oxie Runners is a running group of about thirty people "
                                   "who meet on Sundays.")
    assert "aside_in_answer" not in codes(ex)


# --- a turn to the answers ----------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Till saken.", "Nu till frågorna.", "Nu har vi pratat i styrelsen, så här blir det.",
    "To the point.", "So here goes.", "Anyway, on to the questions.",
])
def test_a_turn_to_the_answers_is_read(sentence):
    assert turns_to_answers(sentence)


@pytest.mark.parametrize("sentence", [
    "Vi åker till saken i Lund varje år.", "Vi går till frågorna om skolan på mötet.",
    "We went to the point of no return.",
])
def test_a_sentence_going_somewhere_is_no_turn(sentence):
    assert not turns_to_answers(sentence)


@pytest.mark.parametrize(("body", "how"), [
    ("Hej!\n\nOxie Syförening träffas varje lördag och har ett trettiotal medlemmar.\n\n"
     "Till saken. Ja, det gör vi. Vi syr tillsammans med nyanlända kvinnor från hela "
     "Oxie.\n\nDet svåra är lokalen. Möjligheten är alla som vill lära sig.\n\nBritt",
     "Vi syr tillsammans med nyanlända kvinnor från hela Oxie."),
    ("Hi,\n\nOxie Runners is a running group of about thirty people who meet on Sundays.\n\n"
     "To the point. Yes, we do. We run together with people from all over Oxie.\n\n"
     "The obstacle is money for a coach. The opportunity is that running is free.\n\nTom",
     "We run together with people from all over Oxie."),
])
def test_a_turn_opening_a_later_paragraph_is_no_part_of_its_answer(body, how):
    v = values(extract(body))
    assert v["how"] == how
    assert v["works_against_segregation"] is True


# --- fewer paragraphs than questions, a plain yes or no opening the follow-up's -------------


@pytest.mark.parametrize(("body", "want"), [
    ("Hej!\n\nOxie Syförening träffas i församlingshemmet varje lördag, vi är ett trettiotal."
     "\n\nJa, vi syr med alla som kommer, och man behöver inte kunna svenska för att sy."
     "\n\nBritt",
     {"about": "Oxie Syförening träffas i församlingshemmet varje lördag, vi är ett trettiotal.",
      "works_against_segregation": True,
      "how": "Vi syr med alla som kommer, och man behöver inte kunna svenska för att sy.",
      "obstacles_opportunities": None}),
    ("Hi,\n\nOxie Runners is a running group of about thirty people who meet on Sundays.\n\n"
     "Yes, we run with anyone who shows up, no Swedish needed.\n\nTom",
     {"about": "Oxie Runners is a running group of about thirty people who meet on Sundays.",
      "works_against_segregation": True,
      "how": "We run with anyone who shows up, no Swedish needed.",
      "obstacles_opportunities": None}),
])
def test_a_plain_yes_opening_the_second_of_two_paragraphs_pins_their_order(body, want):
    ex = extract(body)
    assert values(ex) == want
    assert "partial" in codes(ex)  # the last question left unanswered is shown


def test_two_paragraphs_without_a_yes_or_no_word_are_not_placed_so():
    ex = extract("Hej!\n\nOxie Syförening träffas i församlingshemmet varje lördag, vi är ett "
                 "trettiotal.\n\nKanske, vi syr med alla som kommer.\n\nBritt")
    assert values(ex)["how"] is None


# --- a short apology standing alone under the last answer ----------------------------------


@pytest.mark.parametrize(("body", "last"), [
    ("Hej\n\n1. Vi är en kaffeförening i Sofielund med ett sextiotal medlemmar.\n\n2. ja\n\n"
     "3. vi har språkcafé med studieförbundet varje vecka.\n\n4. problem är lokalen. "
     "möjlighet är alla unga.\n\nursäkta sent svar.\n\nSamir\n",
     "problem är lokalen. möjlighet är alla unga."),
    ("Hi\n\n1. We are a chess club in Oxie with forty members.\n\n2. Yes\n\n"
     "3. We play in the library with anyone who comes.\n\n4. The obstacle is money.\n\n"
     "Sorry for the late reply!\n\nTom\n", "The obstacle is money."),
])
def test_a_short_apology_for_the_reply_alone_under_the_last_answer_is_cut(body, last):
    ex = extract(body)
    assert values(ex)["obstacles_opportunities"] == last
    assert not codes(ex)


def test_a_longer_apology_for_the_reply_alone_under_the_last_answer_is_cut_too():
    # a paragraph that only apologises for the reply is said to the reader, however long its
    # reason (framing.said_of_the_reply, round 45): it was kept in answer 4 and shown
    ex = extract(
        "Hej\n\n1. Vi är en kaffeförening i Sofielund med ett sextiotal medlemmar.\n\n2. ja\n\n"
        "3. vi har språkcafé med studieförbundet varje vecka.\n\n4. problem är lokalen.\n\n"
        "Ursäkta att svaret dröjt, vår sekreterare har varit sjuk hela hösten och ingen annan "
        "hade lösenordet.\n\nSamir\n")
    assert values(ex)["obstacles_opportunities"] == "problem är lokalen."
    assert not codes(ex)


def test_a_longer_note_alone_under_the_last_answer_is_kept_and_shown():
    # no apology opens it: too long to cut with confidence, so it stays and is shown
    ex = extract(
        "Hej\n\n1. Vi är en kaffeförening i Sofielund med ett sextiotal medlemmar.\n\n2. ja\n\n"
        "3. vi har språkcafé med studieförbundet varje vecka.\n\n4. problem är lokalen.\n\n"
        "Vår sekreterare har varit sjuk hela hösten och ingen annan hade lösenordet, därför "
        "kommer svaret först nu.\n\nSamir\n")
    assert values(ex)["obstacles_opportunities"].startswith("problem är lokalen. Vår sekreterare")
    assert codes(ex)


@pytest.mark.parametrize(("body", "last"), [
    ("Hej\n\n1. Vi är en kaffeförening i Sofielund med ett sextiotal medlemmar.\n\n2. ja\n\n"
     "3. vi har språkcafé med studieförbundet varje vecka.\n\n4. problem är lokalen.\n\n"
     "Ursäkta att svaret dröjt, vår sekreterare har varit sjuk hela hösten och ingen annan "
     "hade lösenordet. Vi har också en bokcirkel som är öppen för alla på torsdagar.\n\n"
     "Samir\n", "problem är lokalen."),
    ("Hi\n\n1. We are a chess club in Oxie with forty members.\n\n2. Yes\n\n"
     "3. We play in the library with anyone who comes.\n\n4. The obstacle is money.\n\n"
     "Sorry for the late reply, our treasurer was away. We also run a junior group on "
     "Sundays that anyone can join.\n\nTom\n", "The obstacle is money."),
])
def test_an_apology_going_on_under_the_last_answer_is_kept_and_shown(body, last):
    # what follows the apology may be an answer or not: kept with the last answer, shown
    ex = extract(body)
    assert values(ex)["obstacles_opportunities"].startswith(last + " ")
    assert codes(ex) & {"trailing_note", "unassigned_text", "aside_in_answer"}


# --- the pleasure of telling, after a wish to talk ------------------------------------------


@pytest.mark.parametrize("body", [
    "Hej!\n\nJag skriver inte så gärna långa mejl. Kan du ringa mig istället så pratar vi? "
    "Jag nås på 070-123 45 67 de flesta eftermiddagar. Det vore kul att berätta om vår kör, "
    "vi har vuxit mycket sedan starten 2015.\n\nHälsningar\nAnn",
    "Hi,\n\nI don't like writing long mails. Could you call me instead so we can talk? "
    "I'm reachable on 070-123 45 67 most afternoons. It would be nice to tell you about our "
    "choir, we have grown a lot since 2015.\n\nBest\nAnn",
])
def test_the_pleasure_of_telling_after_a_wish_to_talk_is_no_text_left_over(body):
    ex = extract(body)
    assert ex.wants_interview
    assert "unassigned_text" not in codes(ex)


# --- a sentence going on with what they do stays the follow-up's ----------------------------


@pytest.mark.parametrize(("body", "how", "obstacles"), [
    ("Hej\n\nvi är en syförening i Oxie, ett trettiotal kvinnor som träffas varje lördag. "
     "Om vi arbetar mot segregation, ja det gör vi nog. Vi syr kläder till barn i hela stan. "
     "Vi bjuder också in pensionärer från kyrkan en gång i månaden, fast det är svårt med "
     "språket ibland. Problemet är att vi saknar pengar till tyg.\n\nBritt",
     "Vi syr kläder till barn i hela stan. Vi bjuder också in pensionärer från kyrkan en gång "
     "i månaden, fast det är svårt med språket ibland.",
     "Problemet är att vi saknar pengar till tyg."),
    ("Hi\n\nwe are a sewing club in Oxie, some thirty women meeting every Saturday. "
     "Do we work against segregation, yes we do. We sew clothes for children all over town. "
     "We also invite pensioners from the church once a month, though the language is "
     "difficult at times. The problem is that we lack money for fabric.\n\nBritt",
     "We sew clothes for children all over town. We also invite pensioners from the church "
     "once a month, though the language is difficult at times.",
     "The problem is that we lack money for fabric."),
])
def test_a_sentence_going_on_with_the_doing_stays_in_the_how(body, how, obstacles):
    v = values(extract(body))
    assert v["how"] == how
    assert v["obstacles_opportunities"] == obstacles


def test_having_too_may_open_the_obstacles():
    v = values(extract(
        "Hej\n\nvi är en syförening i Oxie, ett trettiotal kvinnor som träffas varje lördag. "
        "Om vi arbetar mot segregation, ja det gör vi nog. Vi syr kläder till barn i hela stan. "
        "Vi har också svårt att hitta en lokal som räcker till alla.\n\nBritt"))
    assert v["obstacles_opportunities"] == ("Vi har också svårt att hitta en lokal som räcker "
                                            "till alla.")


@pytest.mark.parametrize("yes", ["Ja, det gör vi.", "Yes, we do."])
def test_two_paragraphs_the_second_only_the_yes_leave_the_how_open(yes):
    v = values(extract(f"Hej\n\nOm oss står det på www.oxiesyforening.se\n\n{yes}\n\nBritt"))
    assert v["works_against_segregation"] is True
    assert v["how"] is None


@pytest.mark.parametrize("yes", ["Ja, vi arbetar mot segregation och rasism hela tiden.",
                                 "Yes, we work against segregation every day."])
def test_two_paragraphs_the_second_the_question_said_back_leave_the_how_open(yes):
    ex = extract(f"Hej\n\nOxie Syförening träffas i församlingshemmet varje lördag, vi är "
                 f"ett trettiotal.\n\n{yes}\n\nBritt")
    assert values(ex)["how"] is None


def test_the_order_pinned_by_the_yes_is_still_shown():
    ex = extract("Hej!\n\nOxie Syförening träffas i församlingshemmet varje lördag, vi är ett "
                 "trettiotal.\n\nJa, vi syr med alla som kommer, och man behöver inte kunna "
                 "svenska för att sy.\n\nVi ses gärna och berättar mer.\n\nBritt")
    assert "by_position" in codes(ex) or "partial" in codes(ex)
