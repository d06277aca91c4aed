"""Quoted originals and replies from less common clients, found by shape (tests/corpora/
unseen111): a header block whose labels carry combining marks and whose year is the Buddhist
era's (Thai clients); an attribution enclosed in arrows with the original unquoted under it
(GroupWise, Notes); answers numbered under a word of the writer's own language ("Câu 1:",
"Pytanie 2:"); a greeting in two scripts side by side; a paragraph after the last answer
telling the reader where to write; the topic fronted in a promise to write later; a wish to
meet whose sentence before it is its reason ("Därför ...") and whose sentence after it says
how to reach the writers. Own words, Swedish and English; the corpus's sentences are not
used."""

from __future__ import annotations

import pytest
from helpers import Q1, Q2, Q3, Q4, QUESTIONS, extract, values

from svarsinkorg.parsers import quote_headers as qh
from svarsinkorg.parsers.answers import extract_answers
from svarsinkorg.parsers.quotes import split_reply
from svarsinkorg.parsers.to_reader import gives_address, reach_us_by

ORIGINAL = (
    "Hej!\n\nVi gör en kartläggning av föreningslivet.\n\n"
    f"1. {Q1}\n2. {Q2}\n3. {Q3}\n4. {Q4}\n\nMed vänliga hälsningar\n\nSamordnare\nMalmö stad\n"
)


def _codes(ex) -> set[str]:
    return {r.code for r in ex.reasons}


# --- a header block by its shape: marked labels, a Buddhist-era year -------------------------

def test_a_date_in_the_buddhist_era_with_a_marked_month_is_a_date():
    assert qh.has_date("5 มกราคม 2563 09:30")  # 5 January 2020
    assert qh.has_date("14 กุมภาพันธ์ 2563")
    assert not qh.has_date("3 grupper sedan 2560")  # a day, two words, a year: prose


def test_a_label_whose_letters_carry_marks_is_a_label():
    f = qh.label_line("ถึง: kansli@example.org")
    assert f is not None and f.value == "kansli@example.org"
    assert qh.label_line("เรื่อง: Enkäten") is not None


@pytest.mark.parametrize(("own", "last"), [
    ("1. Vi är en vävstuga i Kirseberg med ett trettiotal medlemmar.\n2. Nej\n"
     "3. Vi har inte tänkt på det så.\n4. Hyran stiger varje år. Grannarna är nyfikna.\n\n"
     "Hälsningar\nNok Svensson\n",
     "Hyran stiger varje år. Grannarna är nyfikna."),
    ("1. We are a weaving circle in Kirseberg with about thirty members.\n2. No\n"
     "3. We have not thought of it that way.\n4. The rent rises every year. The neighbours "
     "are curious.\n\nBest\nNok Svensson\n",
     "The rent rises every year. The neighbours are curious."),
])
def test_a_thai_header_block_ends_the_last_answer(own, last):
    body = (own + "\nจาก: Samordnare <samordnare@malmo.se>\nส่ง: 2 ธันวาคม 2562 10:14\n"
            "ถึง: kansli@example.org\nเรื่อง: Kartläggning\n\n" + ORIGINAL)
    ex = extract_answers(body, QUESTIONS)
    assert ex.answers["obstacles_opportunities"].value == last
    assert not _codes(ex) & {"signature_in_answer", "survey_text_in_answer", "unassigned_text"}


# --- an attribution enclosed in arrows: the original under it is not quoted -------------------

@pytest.mark.parametrize("own", [
    "1. Vi är en syförening i Fosie.\n2. Ja\n3. Vi syr tillsammans med nyanlända.\n"
    "4. Lokalen är för trång.\n\nKarin Ek\n",
    "1. We are a sewing club in Fosie.\n2. Yes\n3. We sew together with newcomers.\n"
    "4. The room is too small.\n\nKarin Ek\n",
])
def test_an_enclosed_attribution_cuts_the_unquoted_original_under_it(own):
    body = own + '\n>>> "Samordnare" <samordnare@malmo.se> 2019-12-02 10:14 >>>\n' + ORIGINAL
    reply = split_reply(body)
    assert not reply.inline and "Vi gör en kartläggning" not in reply.own
    ex = extract_answers(body, QUESTIONS)
    assert ex.answers["works_against_segregation"].value is True
    assert not ex.reasons


def test_a_line_of_arrows_without_an_address_and_time_is_no_attribution():
    body = "Ja, det gör vi.\n\n>>> viktigt >>>\nVi har kör på tisdagar.\n"
    assert "Vi har kör på tisdagar." in split_reply(body).own


# --- numbers labelled by a word of the writer's language --------------------------------------

@pytest.mark.parametrize(("label", "texts"), [
    ("Pytanie", ["Vi är en polsk scoutkår i Malmö.", "Tak / Ja",
                 "Vi har öppna läger för alla barn i området.",
                 "Det saknas ledare. Föräldrarna vill hjälpa till."]),
    ("Kérdés", ["We are a Hungarian choir in Malmö.", "Igen / Yes",
                "We sing at the neighbourhood festival every year.",
                "Few young singers. The library offers us a room."]),
])
def test_a_foreign_word_over_numbered_answers_numbers_them(label, texts):
    own = "\n".join(f"{label} {n}: {t}" for n, t in enumerate(texts, start=1))
    ex = extract(own + "\n\nHälsningar\nEwa\n")
    got = values(ex)
    assert got["about"] == texts[0] and got["works_against_segregation"] is True
    assert got["how"] == texts[2] and got["obstacles_opportunities"] == texts[3]
    assert "by_position" not in _codes(ex)


def test_an_abbreviated_word_before_each_number_numbers_the_paragraphs():
    # once flagged by_position as "a label the reader did not know" (test_parsers_structure)
    ex = extract("Hej\n\nSp 1. Vi är en kör i Husie.\n\nSp 2. Ja\n\nSp 3. Vi sjunger på "
                 "äldreboenden.\n\nSp 4. Lokalen är dyr.\n")
    assert values(ex) == {"about": "Vi är en kör i Husie.", "works_against_segregation": True,
                          "how": "Vi sjunger på äldreboenden.",
                          "obstacles_opportunities": "Lokalen är dyr."}
    assert not ex.reasons


def test_word_labelled_steps_inside_a_numbered_answer_stay_the_answers():
    own = ("1. Vi är en läxhjälp i Lindängen.\n2. Ja\n3. Vi jobbar i tre steg:\n"
           "Steg 1: vi träffar föräldrarna.\nSteg 2: barnen får en fadder.\n"
           "Steg 3: vi ses varje vecka.\n4. Vi saknar volontärer.\n\nHälsningar\nEwa\n")
    got = values(extract(own))
    assert got["about"] == "Vi är en läxhjälp i Lindängen."
    assert "Steg 2: barnen får en fadder." in got["how"]
    assert got["obstacles_opportunities"] == "Vi saknar volontärer."


def test_a_word_and_a_number_on_one_line_only_stays_prose():
    ex = extract("Vi är en förening för odlare. Sektion 1: kolonilotterna.\n\nHälsningar\nEwa\n")
    assert ex.answers["about"].value is not None
    assert "kolonilotterna" in ex.answers["about"].value


# --- a greeting in two scripts side by side ---------------------------------------------------

@pytest.mark.parametrize(("greeting", "about"), [
    ("你好 Hej", "Vi är en kinesisk kulturförening i Malmö med kalligrafi och tai chi."),
    ("مرحبا Hello", "We are an Arabic parents' association in Malmö with homework help."),
])
def test_a_greeting_in_two_scripts_side_by_side_is_no_answer(greeting, about):
    own = (f"{greeting}\n\n{about}\n\nJa.\n\nVi bjuder in grannarna till våra fester.\n\n"
           "Vi saknar en lokal.\n\nLi\n")
    assert extract(own).answers["about"].value == about


# --- where to write from now on, after the last answer ----------------------------------------

@pytest.mark.parametrize(("note", "last"), [
    ("Skriv gärna till kassören framöver, kassor.odlarna@example.org.",
     "Vi saknar förråd. Skolan vill odla med oss."),
    ("Please write to our new address from now on: board.gardeners@example.org",
     "We lack a shed. The school wants to grow things with us."),
])
def test_a_paragraph_giving_the_address_to_write_to_ends_the_last_answer(note, last):
    assert gives_address(note)
    own = (f"1. Vi är en odlarförening på Seved.\n2. Ja\n3. Alla grannar får odla.\n4. {last}"
           f"\n\n{note}\n\nHälsningar\nOla\n")
    ex = extract(own)
    assert ex.answers["obstacles_opportunities"].value == last
    assert not _codes(ex) & {"signature_in_answer", "unassigned_text"}


def test_an_address_described_is_not_one_given_to_write_to():
    assert not gives_address("Vi har en gemensam brevlåda, info@example.org, som alla läser.")
    assert not gives_address("I våras mejlade vi parker@example.org om en ny bänk.")
    assert not gives_address("Last year we emailed parks@example.org about a bench.")
    assert gives_address("Ni kan mejla ordföranden direkt på ordf@example.org.")


# --- the topic fronted in a promise to write later ---------------------------------------------

@pytest.mark.parametrize("later", [
    "Om hindren skriver jag senare, styrelsen ska träffas först.",
    "About the obstacles I'll write later, the board meets first.",
])
def test_a_topic_put_off_for_later_leaves_its_question_open(later):
    own = ("Vi är en förening för syriska familjer i Husie.\n\nJa, vi jobbar mot segregation. "
           "Vi har språkcafé med svenska pensionärer.\n\n" + later + "\n\nSamir\n")
    ex = extract(own)
    assert ex.answers["obstacles_opportunities"].value is None
    assert ex.answers["how"].value == "Vi har språkcafé med svenska pensionärer."
    assert "partial" not in _codes(ex)  # the reply says why


# --- a wish to meet with its reason before it and how to reach the writers after it ------------

@pytest.mark.parametrize(("wish", "how_to_reach"), [
    ("Många av oss läser inte svenska. Därför vill vi hellre svara på resten i en intervju.",
     "Ring 070-123 45 67 eller mejla."),
    ("Most of us do not read Swedish. That is why we would rather answer the rest in an "
     "interview.", "Call 070-123 45 67 or email us."),
])
def test_the_wishs_paragraph_with_its_reason_and_contact_is_no_answer(wish, how_to_reach):
    assert reach_us_by(how_to_reach)
    own = ("Vi är en förening för somaliska kvinnor i Rosengård med läxhjälp och sömnad.\n\n"
           f"Ja, vi arbetar mot segregation.\n\n{wish} {how_to_reach}\n\nHodan\n")
    ex = extract(own)
    got = values(ex)
    assert got["works_against_segregation"] is True
    assert got["how"] is None and got["obstacles_opportunities"] is None
    assert ex.wants_interview
    assert "unassigned_text" not in _codes(ex)
