"""Older volunteers and retiree-run associations (unseen92, round 44): an ordered list the
client drew under the writer's own numbered heading, a document's closing formula under the
last answer ("Antaget vid ..."), an offer to be called with questions after the last answer,
the survey taken up at a meeting first, a numbered heading typed with its full stop, an
answer written in capitals, a note naming the question it adds by number. Other words than
the corpus's, Swedish and English."""

from __future__ import annotations

import pytest
from helpers import QUESTIONS, codes, extract, values

from svarsinkorg.parsers.answers import extract_answers
from svarsinkorg.parsers.cues import DEFERS
from svarsinkorg.parsers.framing import is_dateline
from svarsinkorg.parsers.text import html_to_text
from svarsinkorg.parsers.to_reader import offers_contact

_ABOUT = "Vi är en hembygdsförening i Oxie med 90 medlemmar och ett litet museum."
_OBST = "Det svåra är att vi blir färre. Men skolorna vill gärna komma på besök."
_ABOUT_EN = "We are a local history society in Oxie with 90 members and a small museum."
_OBST_EN = "The hard part is that we are getting fewer. But the schools like to visit."

# --- an ordered list the client drew under a numbered heading ---------------------------------


@pytest.mark.parametrize("h1, h2, h3, h4, items, obst", [
    ("1. Om oss", "2. Segregation?", "3. Hur då?", "4. Hinder och möjligheter",
     ["Visningar av museet för nyanlända", "Berättarcafé med äldre från olika länder"], _OBST),
    ("1. About us", "2. Against segregation?", "3. How?", "4. Obstacles and opportunities",
     ["Museum tours for newcomers", "A story café with elders from many countries"], _OBST_EN),
])
def test_an_ordered_list_under_a_numbered_heading_gives_its_items_text(
        h1: str, h2: str, h3: str, h4: str, items: list[str], obst: str) -> None:
    about = _ABOUT if h1.endswith("oss") else _ABOUT_EN
    lis = "".join(f"<li>{x}</li>" for x in items)
    html = (f"<p>Hej!</p><p><b>{h1}</b><br>{about}</p><p><b>{h2}</b><br>Ja</p>"
            f"<p><b>{h3}</b></p><ol>{lis}</ol><p><b>{h4}</b><br>{obst}</p><p>Hälsningar<br>Åke</p>")
    got = values(extract(html_to_text(html)))
    assert got["how"] == " ".join(items)  # was "1. ... 2. ...": the client's numbers kept
    assert got["obstacles_opportunities"] == obst
    assert got["works_against_segregation"] is True


def test_an_ordered_list_of_the_answers_themselves_keeps_its_numbers() -> None:
    html = (f"<div>Hej,</div><div>Våra svar:</div><ol><li>{_ABOUT}</li><li>Ja</li>"
            f"<li>Vi har visningar för nyanlända.</li><li>{_OBST}</li></ol>")
    text = html_to_text(html)
    assert "1. " in text and "•" not in text
    got = values(extract(text))
    assert got["about"] == _ABOUT
    assert got["obstacles_opportunities"] == _OBST


def test_an_ordered_list_going_on_from_a_number_keeps_its_numbers() -> None:
    text = html_to_text(f"<p>1. {_ABOUT}</p><ol start=\"2\"><li>Ja</li><li>Visningar.</li></ol>")
    assert "2. Ja" in text and "•" not in text


# --- a document's closing formula under the last answer ---------------------------------------


@pytest.mark.parametrize("formula", [
    "Antaget vid årsmötet den 3 mars 2020.",
    "Godkänt av styrelsen 2020-02-11",
    "Oxie den 12 februari 2020",
    "Approved by the board on 11 February 2020.",
])
def test_a_documents_closing_formula_is_no_part_of_the_last_answer(formula: str) -> None:
    ex = extract_answers(
        f"1. {_ABOUT}\n\n2. Ja\n\n3. Vi har visningar för nyanlända.\n\n4. {_OBST}\n\n{formula}\n",
        QUESTIONS)
    assert values(ex)["obstacles_opportunities"] == _OBST
    assert "unassigned_text" not in codes(ex)
    assert "signature_in_answer" not in codes(ex)


@pytest.mark.parametrize("sentence", [
    "Vi började med visningarna den 3 mars 2020 och fortsätter.",  # an answer's own date
    "Beslutet om lokalen kommer i vår.",  # no date
])
def test_an_answer_with_a_date_is_no_closing_formula(sentence: str) -> None:
    assert not is_dateline(sentence)


# --- an offer to be called with questions after the last answer -------------------------------


@pytest.mark.parametrize("offer", [
    "Om ni undrar något kan ni ringa vår kassör Britt på 040-12 34 56.",
    "Farfar hälsar och säger att ni får mejla honom om ni har några frågor.",
    "If you have any questions, please call our chair Bo on 040-65 43 21.",
])
def test_an_offer_to_be_asked_after_the_last_answer_ends_it(offer: str) -> None:
    ex = extract(f"Hej!\n\n1. {_ABOUT}\n\n2. Ja\n\n3. Vi har visningar för nyanlända.\n\n"
                 f"4. {_OBST}\n\n{offer}\n\nHälsningar\nMaj")
    assert values(ex)["obstacles_opportunities"] == _OBST  # was kept, the number shown
    assert "unassigned_text" not in codes(ex)
    assert "signature_in_answer" not in codes(ex)


def test_a_question_of_the_answer_is_no_offer_to_be_asked() -> None:
    assert not offers_contact("Många ringer oss och undrar om de får vara med.")


# --- the survey taken up at a meeting first ---------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Vi har årsmöte i februari och kan ta upp det där.",
    "Vi tar upp frågorna på nästa styrelsemöte.",
    "We will raise it at our next board meeting.",
])
def test_taking_the_survey_up_at_a_meeting_is_a_promise(sentence: str) -> None:
    assert DEFERS.search(sentence)
    ex = extract(f"Hej,\n\nGäller enkäten även pensionärsföreningar? {sentence}\n\nHälsningar\nUno")
    assert all(v is None for v in values(ex).values())  # was read as answer 1
    assert "unassigned_text" not in codes(ex)


@pytest.mark.parametrize("sentence", [
    "Vi tar upp medlemsavgiften på varje möte.",  # an answer's meeting
    "Styrelsen tar upp frågan på nästa möte.",  # one question put off, not the survey
])
def test_a_meeting_in_an_answer_or_for_one_question_is_no_promise_of_all(sentence: str) -> None:
    assert not DEFERS.search(sentence)


# --- a numbered heading typed with its full stop ----------------------------------------------


@pytest.mark.parametrize("label, h3, h4", [
    ("Fråga nr ", "Om nej, varför inte.", "Hinder och möjligheter."),
    ("", "Om nej, berätta varför.", "Hinder och möjligheter."),
    ("Question ", "If not, why not.", "Obstacles and opportunities."),
])
def test_a_numbered_heading_with_a_full_stop_over_its_answer_is_a_heading(
        label: str, h3: str, h4: str) -> None:
    ex = extract_answers(
        f"Oxie hembygdsförening\n\n{label}1. Vilka är ni och vad bedriver ni för verksamhet?\n"
        f"{_ABOUT}\n\n{label}2. Arbetar ni för att motverka segregation?\nNej, inte särskilt.\n\n"
        f"{label}3. {h3}\nVi är för få för att orka mer.\n\n{label}4. {h4}\n{_OBST}\n",
        QUESTIONS)
    got = values(ex)
    assert got["how"] == "Vi är för få för att orka mer."  # was None, the heading a quote
    assert got["obstacles_opportunities"] == _OBST  # was "Hinder och möjligheter. ..."
    assert got["works_against_segregation"] is False


def test_a_one_line_answer_with_its_stop_over_more_lines_stays_the_answer() -> None:
    got = values(extract_answers(
        "1. Vi är en schackklubb.\nVi spelar varje vecka.\n\n2. Ja.\n\n3. Vi har kurser.\n"
        "De är gratis.\n\n4. Hinder är pengar.\nMöjligheter finns.\n", QUESTIONS))
    assert got["how"] == "Vi har kurser. De är gratis."
    assert got["obstacles_opportunities"] == "Hinder är pengar. Möjligheter finns."


# --- an answer written in capitals ------------------------------------------------------------


@pytest.mark.parametrize("last", [
    "EN MÖJLIGHET VORE MER HJÄLP FRÅN STADEN, T.EX. VIA BIBLIOTEKEN.",
    "WE COULD DO MORE WITH HELP FROM THE CITY, E.G. THROUGH THE LIBRARIES.",
])
def test_capitals_after_the_last_stop_of_an_answer_in_capitals_are_no_name(last: str) -> None:
    ex = extract(f"HEJ!\n\n1. VI ÄR EN PENSIONÄRSFÖRENING I OXIE.\n\n2. JA.\n\n"
                 f"3. VI HAR SAMTALSGRUPPER MED SFI.\n\n4. {last}\n\nMVH\nGUNNAR")
    assert values(ex)["obstacles_opportunities"] == last
    assert "signature_in_answer" not in codes(ex)


def test_a_name_after_the_last_stop_of_a_mixed_case_answer_is_still_flagged() -> None:
    ex = extract(f"Hej!\n\n1. {_ABOUT}\n\n2. Ja\n\n3. Vi har visningar.\n\n"
                 "4. Det svåra är att vi blir färre. Gunnar Holm")
    assert "signature_in_answer" in codes(ex)


# --- a note naming the question it adds by number ---------------------------------------------


@pytest.mark.parametrize("note", [
    "Jag såg att jag missade fråga 3, förlåt för det. Här är den:",
    "I noticed I forgot question 3, sorry about that. Here it is:",
])
def test_a_note_naming_the_question_it_adds_is_no_text_left_over(note: str) -> None:
    ex = extract(f"Hej igen!\n\n{note}\n\n3. Vi har visningar för nyanlända varje månad.\n\n"
                 "Hälsningar\nBengt")
    assert values(ex)["how"] == "Vi har visningar för nyanlända varje månad."
    assert "unassigned_text" not in codes(ex)
