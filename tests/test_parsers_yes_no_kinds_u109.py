"""The yes/no question answered every way people answer it (unseen109): a sign alone, the yes
or no said of the doing by a pronoun, a double negative, a qualifier of how small, the "not"
of the intent alone, and a yes the follow-up takes back by the question's number. Other words
than the corpus, Swedish and English; values and the review reason."""

from __future__ import annotations

import pytest
from helpers import codes, extract, values

from svarsinkorg.parsers.yes_no import parse_yes_no, pro_form_yes_no, signed_yes_no

_ABOUT = "1. Vi är en schackklubb i Husie med 40 medlemmar."
_HOW = "3. Vi spelar på biblioteket där alla kan komma in och lära sig."
_OBST = "4. Hindret är lokalen. Möjligheten är alla barn som vill spela."


def _reply(yes_no: str, how: str = _HOW) -> str:
    return f"Hej!\n\n{_ABOUT}\n\n2. {yes_no}\n\n{how}\n\n{_OBST}\n\nHälsningar\nSara"


# --- a sign alone in the yes/no's place -------------------------------------------------------

@pytest.mark.parametrize(("sign", "value"), [
    ("✅", True), ("👍🏾", True), ("✓", True), ("👌", True),
    ("❌", False), ("👎", False), ("✖️", False),
])
def test_a_sign_alone_is_the_yes_or_the_no(sign: str, value: bool) -> None:
    assert signed_yes_no(sign) is value
    assert parse_yes_no(sign).value is value


@pytest.mark.parametrize("text", ["✅❌", "🙂", "...", "✅ ja eller nej"])
def test_mixed_or_other_signs_say_nothing(text: str) -> None:
    assert signed_yes_no(text) is None


@pytest.mark.parametrize(("sign", "value"), [("✅", True), ("👍", True), ("👎", False)])
def test_a_sign_in_the_yes_no_place_is_its_answer_not_an_empty_place(sign, value) -> None:
    ex = extract(_reply(sign))
    got = values(ex)
    assert got["works_against_segregation"] is value
    assert got["how"] == "Vi spelar på biblioteket där alla kan komma in och lära sig."
    assert not {"yes_no_missing", "ambiguous"} & codes(ex)


# --- the yes or no said of the doing by a pronoun ---------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Det är precis vad vi gör varje vecka.", True),
    ("Det är ju just det vi sysslar med!", True),
    ("That is exactly what we do.", True),
    ("Det är vår vardag.", True),
    ("It's our everyday work.", True),
    ("Det är något vi jobbar med hela tiden.", True),
    ("Det har aldrig varit vårt fokus.", False),
    ("Det är inte riktigt vår sak, ärligt talat.", False),
    ("That has never been our thing, to be honest.", False),
    ("It's nothing we work on.", False),
    ("Det är inget vi sysslar med.", False),
])
def test_the_doing_said_by_a_pronoun_is_a_plain_yes_or_no(text: str, value: bool) -> None:
    got = parse_yes_no(text)
    assert (got.value, got.ambiguous, got.hedged) == (value, False, False)


@pytest.mark.parametrize("text", [
    "Det är inte så att vi inte försöker.",
    "It's not that we don't try.",
    "It isn't that we never do anything.",
])
def test_a_claim_turned_down_twice_is_a_yes(text: str) -> None:
    assert parse_yes_no(text).value is True


@pytest.mark.parametrize(("text", "hedged"), [
    # how big: the yes stands whole (unseen92 and unseen98 read "Ja, i liten skala." plain)
    ("Det är inte så att vi inte bryr oss – vi gör en del, men i begränsad omfattning.", False),
    ("It's not that we don't care, but on a small scale.", False),
    # how far: the yes holds only in part
    ("Det är inte så att vi inte bryr oss, men bara i viss mån.", True),
    ("It's not that we don't care, but only to some extent.", True),
])
def test_a_pronoun_yes_with_a_concession_after_it(text: str, hedged: bool) -> None:
    got = parse_yes_no(text)
    assert (got.value, got.ambiguous, got.hedged) == (True, False, hedged)


@pytest.mark.parametrize("text", [
    "Det är vår grej, men inte som förening.",  # a "not" after the "but"
    "Det är vad vi gör, kanske.",  # an open word
    "Det är det vi gör?",  # asked back
    "Det vet vi inte.",
    "Det är svårt för oss.",  # no frame: the doing is not said
    "Det är en bra fråga som vi har funderat på länge i styrelsen utan att komma fram till "
    "något svar som alla kan stå bakom.",  # too long for an answer by a pronoun
])
def test_no_pronoun_answer_where_its_frame_or_certainty_is_missing(text: str) -> None:
    assert parse_yes_no(text).value is None


def test_pro_form_reads_only_its_first_sentence() -> None:
    assert pro_form_yes_no("Det är vad vi gör. Men inte alla vet det.") == parse_yes_no("Ja")
    assert pro_form_yes_no("Vi spelar schack.") is None


@pytest.mark.parametrize(("said", "value", "code"), [
    ("Det är ju det vi håller på med varje dag.", True, None),
    ("That has never been our thing.", False, None),
    ("Det är inte så att vi inte gör något, men i liten skala.", True, None),
    ("Det är inte så att vi inte gör något, men bara till viss del.", True, "yes_no_hedged"),
])
def test_a_pronoun_answer_in_its_place_reads_and_flags_by_its_kind(said, value, code) -> None:
    ex = extract(_reply(said))
    assert values(ex)["works_against_segregation"] is value
    assert "ambiguous" not in codes(ex)
    if code:
        assert code in codes(ex)
    else:
        assert not codes(ex)


# --- the "not" of the intent alone ------------------------------------------------------------

@pytest.mark.parametrize("text", ["Inte avsiktligt.", "Not on purpose.",
                                  "Inte planerat, om jag ska vara ärlig."])
def test_the_not_of_the_intent_alone_in_its_place_is_a_no(text: str) -> None:
    ex = extract(_reply(text, how="3. Men alla är välkomna, och de som kommer bor i hela stan."))
    assert values(ex)["works_against_segregation"] is False
    assert "ambiguous" not in codes(ex)


# --- a yes the follow-up takes back by the question's number ----------------------------------

@pytest.mark.parametrize(("yes_no", "how", "value"), [
    ("Ja", "3. Fast när jag läser igen gör vi inget särskilt, så svaret på 2 är väl egentligen "
           "nej.", False),
    ("No", "3. Thinking about it, our open evenings do bring people together, so the answer to "
           "question 2 is actually yes.", True),
])
def test_a_yes_or_no_taken_back_by_number_is_the_later_word_and_flagged(yes_no, how,
                                                                         value) -> None:
    ex = extract(_reply(yes_no, how=how))
    got = values(ex)
    assert got["works_against_segregation"] is value
    assert got["how"] == how[3:]
    assert "yes_no_contradicts" in codes(ex)


def test_the_same_word_said_again_by_number_is_no_contradiction() -> None:
    ex = extract(_reply("Ja", how="3. Vi spelar med alla, så svaret på fråga 2 är ja."))
    assert values(ex)["works_against_segregation"] is True
    assert "yes_no_contradicts" not in codes(ex)


# --- the yes or no added with an "and" at the end of another answer ---------------------------

@pytest.mark.parametrize(("about", "added", "value"), [
    ("Vi är en kör i Lindängen med 30 sångare.",
     "Och ja, vi jobbar mot segregation, det är därför kören finns.", True),
    ("We are a cricket club in Husie with two youth teams.",
     "And yes, we work against segregation every week.", True),
    ("Vi är en liten bridgeklubb för pensionärer i Limhamn.",
     "Och nej, vi arbetar inte mot segregation.", False),
])
def test_a_yes_no_added_with_and_leaves_the_answer_it_ends(about, added, value) -> None:
    ex = extract(f"Hej,\n\n1. {about} {added}\n\n{_HOW}\n\n{_OBST}\n\nHälsningar\nSara")
    got = values(ex)
    assert got["works_against_segregation"] is value
    assert got["about"] == about
    assert "yes_no_from_prose" in codes(ex)  # not its own place: a person sees where it came from


def test_an_and_without_the_answer_word_stays_in_its_answer() -> None:
    ex = extract("Hej,\n\n1. Vi är en kör i Lindängen. Och vi sjunger varje tisdag.\n\n"
                 f"2. Ja\n\n{_HOW}\n\n{_OBST}\n\nHälsningar\nSara")
    assert values(ex)["about"] == "Vi är en kör i Lindängen. Och vi sjunger varje tisdag."


# --- the yes or no said whole before the description, above the labels -----------------------

@pytest.mark.parametrize(("opening", "value", "rest"), [
    ("Ja, vi jobbar mot segregation! Först lite om oss.",
     True, ("Hur vi arbetar: Vi bjuder in skolor från hela stan till öppna träningar.",
            "Hinder och möjligheter: Hindret är hallen. Möjligheten är alla barn.")),
    ("Nej, vi arbetar inte mot segregation. Men här är lite om klubben.",
     False, ("Varför inte: Vi är för få ledare för att hinna med mer än träningen.",
             "Hinder och möjligheter: Hindret är hallen. Möjligheten är alla barn.")),
    ("Yes, we work against segregation! A little about us first.",
     True, ("How: We invite schools from the whole city to open practices.",
            "Obstacles and opportunities: The hall is the obstacle. The children are the "
            "opportunity.")),
])
def test_a_yes_no_said_whole_before_the_description_answers_it(opening, value, rest) -> None:
    about = "Klubben startade 1998 och har 120 medlemmar som spelar handboll i Kroksbäck."
    ex = extract(f"Hej!\n\n{opening}\n\n{about}\n\n{rest[0]}\n\n{rest[1]}\n\nHälsningar\nOla")
    got = values(ex)
    assert got["works_against_segregation"] is value
    assert got["about"] == about
    assert "yes_no_from_prose" not in codes(ex)


def test_a_description_that_opens_with_a_yes_and_goes_on_keeps_it_whole() -> None:
    # the yes and how in one sentence: no yes said whole, the reading is left as it was
    ex = extract("Hej!\n\nVi är en handbollsklubb i Kroksbäck med 120 medlemmar och tränar "
                 "tre dagar i veckan.\n\nHur vi arbetar: Vi bjuder in skolor.\n\n"
                 "Hinder och möjligheter: Hindret är hallen.\n\nHälsningar\nOla")
    assert values(ex)["about"] == ("Vi är en handbollsklubb i Kroksbäck med 120 medlemmar och "
                                   "tränar tre dagar i veckan.")
