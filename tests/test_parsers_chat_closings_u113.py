"""Chat-style closings after the last answer (unseen113, young writers): a thanks led by a
short chat word ("GG och tack ...", "ok and thanks ...") and a contact request in slang
("hit us up ...", "slå oss en signal ...") are said to the reader, not part of the answer.
Written in other words than the corpus."""

from __future__ import annotations

import pytest
from helpers import codes, extract

from svarsinkorg.parsers.cues import CLOSING
from svarsinkorg.parsers.framing import introduces_writer


@pytest.mark.parametrize("sentence", [
    "haha o tack för att ni hörde av er!",
    "Ok and thanks for asking us!",
    "gg och tack igen",
    "hit me up om ni har frågor",
    "slå oss en pling om ni vill se en match",
    "drop us a line if you want to visit!",
    "give us a shout whenever",
])
def test_a_chat_closing_is_a_closing(sentence):
    assert CLOSING.match(sentence)


@pytest.mark.parametrize("sentence", [
    "Hej och tack för enkäten",  # a greeting opening the reply
    "vi och tack vare kommunen fick en lokal",  # a pronoun: the answer goes on
    "hitta oss på planen varje kväll",
])
def test_no_chat_closing_without_its_shape(sentence):
    assert not CLOSING.match(sentence)


@pytest.mark.parametrize(("last", "note"), [
    ("det e svårt att få tider i hallen men vi har sjukt bra sammanhållning 🔥",
     "lol o tack för att ni frågade oss!"),
    ("det e svårt att få tider i hallen men vi har sjukt bra sammanhållning",
     "hit us up om ni vill kolla en träning!"),
    ("It is hard to get hall time, but the crew sticks together",
     "Ok and thanks for asking us!"),
    ("It is hard to get hall time, but the crew sticks together",
     "drop us a line if you wanna come watch"),
])
def test_a_chat_closing_paragraph_ends_the_last_answer(last, note):
    own = (f"1. vi e ett volleybollgäng i lindängen\n2. ja\n3. alla får vara med\n4. {last}"
           f"\n\n{note}\n\n/ sami\n")
    ex = extract(own)
    assert ex.answers["obstacles_opportunities"].value == last
    assert not codes(ex) & {"aside_in_answer", "unassigned_text", "signature_in_answer"}


# --- the writer naming themself as on the phone, in chat case -------------------------------

@pytest.mark.parametrize("line", [
    "tjena, ballerz united här 🔥",
    "hej! lisa här",
    "yo, youth crew here ✌️",
])
def test_a_chat_self_introduction_line_is_framing(line):
    assert introduces_writer(line)


@pytest.mark.parametrize("line", [
    "hej, vi här i Kroksbäck spelar fotboll",  # the association, its place
    "alla här e välkomna",
    "fotboll här varje dag",
])
def test_no_self_introduction_where_the_line_goes_on_about_us(line):
    assert not introduces_writer(line)


@pytest.mark.parametrize(("opening", "about", "yes", "how", "obst"), [
    ("tjabba, ballerz united här 🏐",
     "vi e ett gäng som spelar volleyboll i lindängen varje lördag sen 2019",
     "ja vi jobbar mot segregation typ",
     "alla får vara med oavsett var man bor, vi bjuder in lag från andra områden",
     "det e svårt att få tider i hallen men vi har bra sammanhållning"),
    ("hey, kickers crew here ✌️",
     "we are a street football crew playing in Seved every evening since 2019",
     "yes we work against segregation kind of",
     "everyone can join wherever they live, we invite teams from other areas",
     "it is hard to get pitch time but the crew sticks together"),
])
def test_a_chat_self_introduction_paragraph_is_not_answer_one(opening, about, yes, how, obst):
    own = f"{opening}\n\n{about}\n\n{yes}\n\n{how}\n\n{obst}\n\n/ sami\n"
    ex = extract(own)
    assert ex.answers["about"].value == about
    assert ex.answers["obstacles_opportunities"].value == obst
