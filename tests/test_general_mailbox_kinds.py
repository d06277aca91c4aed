"""Kinds from a city's general mailbox (unseen46): yes/no words in more of the languages the
associations write in, a closed office's dated return, a question first talked over with
the board, a yes with "that is what we are for", a thanks opening the first paragraph.
Each in other words than the corpus mail it came from."""

from __future__ import annotations

import pytest
from helpers import extract, reply, values

from svarsinkorg.intake.classify import classify
from svarsinkorg.intake.decode import decode_message
from svarsinkorg.parsers.yes_no import parse_yes_no


@pytest.mark.parametrize(("text", "want"), [
    ("Haa.", True),          # Somali
    ("Maya", False),
    ("آره", True),           # Persian, spoken
    ("بلی.", True),
    ("Erê", True),           # Kurmanji
    ("أجل", True),           # Arabic
    ("አዎ", True),            # Amharic
])
def test_a_short_yes_or_no_in_more_languages(text, want):
    assert parse_yes_no(text).value is want


def test_a_foreign_yes_under_the_number_is_the_yes():
    ex = extract("1. Waxaan nahay koox ciyaareed.\n\n2. Haa\n\n3. Waxaan ciyaarnaa xaafado "
                 "kala duwan.\n\n4. Lacag la'aan.\n\nMahadsanid\nFaadumo")
    assert values(ex)["works_against_segregation"] is True


def test_a_closed_office_reading_mail_from_a_date_is_an_automatic_reply():
    raw = reply("Tack för ditt meddelande!\n\nFöreningslokalen har stängt över jul. Vi läser "
                "vår e-post från den 8 januari och hör av oss då.\n\nKulturföreningen")
    kind = classify(decode_message(raw), coordinators={"samordnare@malmö.se"}, answered=0,
                    related=True).kind
    assert kind == "auto_reply"


def test_a_question_first_talked_over_with_the_members_is_put_off():
    ex = extract("1. Vi är en schackklubb med 40 medlemmar.\n\n2. Ja.\n\n3. Vi spelar i "
                 "bibliotek i olika stadsdelar.\n\n4. Den vill vi tala med medlemmarna om "
                 "först, ni får svaret efter årsmötet i mars.\n\n/Lena")
    assert values(ex)["obstacles_opportunities"] is None


@pytest.mark.parametrize("body", [
    "Jo vi motverkar segregation, det är därför föreningen finns.\n/Samira",
    "Yes we do, that's the whole point of the club!\n/Dan",
])
def test_a_yes_with_that_being_what_they_are_for_is_a_yes_without_how(body):
    v = values(extract(body))
    assert v["works_against_segregation"] is True
    assert v["how"] is None


@pytest.mark.parametrize(("body", "about"), [
    ("Hi,\n\nThanks for asking us! Our choir sings every week with people from all over "
     "the city.\n\nBreaking segregation is the core of what we do, so the answer is yes. We "
     "sing with newcomers every week.\n\nMoney and rooms are hard, but more people join.\n\n"
     "Best, Ana",
     "Our choir sings every week with people from all over the city."),
    ("Hej!\n\nTack för att ni frågar! Vi är en kör för alla åldrar och vi sjunger varje "
     "vecka i Möllan.\n\nSegregation motverkar vi, så svaret är ja. Vi sjunger med nyanlända "
     "varje vecka.\n\nDet svåra är pengar och lokaler, men fler kommer varje år.\n\nHälsningar"
     "\nEva",
     "Vi är en kör för alla åldrar och vi sjunger varje vecka i Möllan."),
])
def test_a_thanks_opening_the_first_paragraph_is_no_part_of_answer_1(body, about):
    assert values(extract(body))["about"] == about


@pytest.mark.parametrize(("body", "why"), [
    ("Hej!\nVi är en syförening med tolv damer som träffas på tisdagar i Limhamn. Nej vi "
     "håller inte på med det, vi är bara några grannar som syr ihop.\nHälsningar Karin",
     "vi är bara några grannar som syr ihop."),
    ("Hi,\nWe are a small book club of retired teachers meeting on Mondays. No we don't, we "
     "are just a few friends who read together.\nBest, Tom",
     "we are just a few friends who read together."),
])
def test_a_no_said_whole_then_why_not_after_a_comma_in_one_paragraph(body, why):
    v = values(extract(body))
    assert v["works_against_segregation"] is False
    assert v["how"] == why
    assert v["about"].endswith(("Limhamn.", "Mondays."))


@pytest.mark.parametrize("note", [
    "Hej igen!\nHär kommer svaret på den sista frågan, som utlovat.",
    "Hi again,\nHere is the answer to the last question.",
])
def test_a_second_mail_bringing_the_last_question_is_that_answer_not_the_quote(note):
    body = (f"{note}\n\nDet svåra är att hitta ledare, men skolorna vill gärna samarbeta med oss "
            "och vi får låna deras gympasalar.\n\n/Nadia\n\n"
            "> 1. Vi är en basketklubb i Hermodsdal.\n> 2. Ja.\n> 3. Vi tränar i skolorna.\n")
    v = values(extract(body))
    assert v["obstacles_opportunities"].startswith("Det svåra är att hitta ledare")
    assert v["about"] is None


def test_a_yes_running_on_without_a_stop_into_what_they_do_is_the_yes_then_how():
    body = ("Hej\n\nVi är en kvinnoförening från Eritrea vi har 30 medlemmar och lagar mat "
            "tillsammans på lördagar i Holma. ja vi jobbar mot segregation vi bjuder in grannar "
            "från hela området till våra fester. svårt är lokal och pengar.\n\nHälsningar Saba")
    v = values(extract(body))
    assert v["works_against_segregation"] is True
    assert v["how"] == "vi bjuder in grannar från hela området till våra fester."


def test_a_yes_leading_on_with_a_because_stays_one_how():
    body = ("Hej\n\nVi är en dansförening med 60 medlemmar som dansar salsa i Möllevången. "
            "Ja vi jobbar mot segregation eftersom vi blandar folk från hela stan på dansen. "
            "Svårt är lokalhyran.\n\nHälsningar Rosa")
    assert values(extract(body))["how"].startswith("Ja vi jobbar mot segregation eftersom")


@pytest.mark.parametrize("thanks", ["Salamat po / Tack så mycket!", "Mahadsanid / Tack 😊",
                                    "Spas / Tack!"])
def test_a_thanks_in_two_languages_the_other_first_is_a_closing(thanks):
    from svarsinkorg.parsers.cues import CLOSING

    assert CLOSING.match(thanks)


def test_a_note_naming_the_last_question_points_at_its_answer_not_the_quote():
    from helpers import QUESTIONS

    from svarsinkorg.parsers.answers import extract_answers

    body = ("Hej igen!\nHär kommer svaret på den sista frågan, som utlovat.\n\nDet svåra är att "
            "hitta ledare, men skolorna vill gärna samarbeta med oss.\n\n/Nadia\n\n"
            "Från: Nadia <nadia@example.se>\nSkickat: den 3 december 2019 09:12\n"
            "Till: Samordnare <samordnare@example.se>\nÄmne: SV: Kartläggning\n\n"
            "Om föreningen:\nVi är en basketklubb i Hermodsdal med 80 spelare.\n\n"
            "Segregation?\nJa.\n\nHur:\nVi tränar i skolorna i hela stan.\n")
    ex = extract_answers(body, QUESTIONS)
    assert "unassigned_text" not in {r.code for r in ex.reasons}
    assert ex.answers["obstacles_opportunities"].value.startswith("Det svåra")
