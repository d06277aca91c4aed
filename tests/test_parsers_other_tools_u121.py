"""Answers that come out of other tools (unseen121's kinds, in other words): a form tool's
own notice under a form copy, board minutes read on past the answers, where pasted text was
taken from, a spreadsheet row's cell copied with its line break in quotes."""
from __future__ import annotations

import pytest
from helpers import codes, extract, values

from svarsinkorg.parsers.selfcheck import _MINUTES_DUTY, _MINUTES_ITEM
from svarsinkorg.parsers.text import tab_table_as_lines

ANSWERS = (
    "1. Vi är en schackklubb i Kirseberg med 40 medlemmar.\n\n2. Ja\n\n"
    "3. Vi spelar på biblioteket där alla får komma.\n\n"
)


@pytest.mark.parametrize("notice", [
    "Lämna aldrig ut ditt lösenord.\nMicrosoft Forms",
    "Never submit passwords through Google Forms.\nThis content is neither created nor "
    "endorsed by Google.",
    "Skapa ditt eget Google-formulär",
    "Create your own Google Form",
])
def test_a_form_tools_notice_under_the_last_answer_is_no_answer(notice):
    last = "4. Hinder: pengar. Möjligheter: fler unga.\n\n"
    ex = extract(ANSWERS + last + notice + "\n\nMvh Ola\n")
    assert values(ex)["obstacles_opportunities"] == "Hinder: pengar. Möjligheter: fler unga."
    assert not codes(ex) & {"unassigned_text", "signature_in_answer", "aside_in_answer"}


@pytest.mark.parametrize(("duty", "lang"), [
    ("Sekreteraren fick i uppdrag att skicka svaren till kommunen.", "sv"),
    ("The secretary was asked to send the answers to the city.", "en"),
])
def test_the_minutes_duty_to_send_the_reply_ends_the_last_answer(duty, lang):
    ex = extract(ANSWERS + "4. Lokalen är för liten.\n" + duty + "\n\nVid protokollet: Ola Berg\n")
    assert values(ex)["obstacles_opportunities"] == "Lokalen är för liten."


def test_minutes_read_on_past_the_answer_are_flagged():
    # the minutes' next item inside the last answer: shown with the reason note_in_answer
    assert _MINUTES_ITEM.match("§ 5 Vårens program Resa till Ven i maj.")
    assert _MINUTES_DUTY.match("Sekreteraren skickar svaret till Malmö stad.")
    assert _MINUTES_DUTY.match("The chair will send the reply on Monday.")
    assert not _MINUTES_DUTY.match("Ordföranden leder våra träffar varje vecka.")


@pytest.mark.parametrize(("lead", "text"), [
    ("Jag kopierar texten från vår webbplats:", "Vi är en kör med 30 sångare i Lund."),
    ("Copied from our annual report:", "We are a choir of 30 singers in Lund."),
])
def test_where_the_pasted_text_came_from_is_no_part_of_the_answer(lead, text):
    ex = extract(f"1. {lead}\n\n{text}\n\n2. Ja\n\n3. Vi sjunger överallt.\n\n4. Pengar.\n")
    assert values(ex)["about"] == text


def test_a_lead_in_that_names_no_source_stays():
    ex = extract("1. Vi kopierar ofta varandras idéer: det gör oss bättre.\n\n2. Ja\n\n"
                 "3. Vi sjunger överallt.\n\n4. Pengar.\n")
    assert values(ex)["about"] == "Vi kopierar ofta varandras idéer: det gör oss bättre."


def test_a_spreadsheet_cell_with_a_line_break_is_read_whole_its_quotes_dropped():
    text = ('Om oss\tVi är en teaterförening.\nJa eller nej\tJa\n'
            'Hur\t"Vi spelar i hela staden.\nKurserna är gratis ""för alla""."\n'
            'Hinder\tHinder: lokaler. Möjligheter: skolor.\n')
    out = tab_table_as_lines(text)
    assert 'Vi spelar i hela staden. Kurserna är gratis "för alla".' in out.splitlines()
    assert "Hinder: lokaler. Möjligheter: skolor." in out.splitlines()
    assert '"' not in out.replace('"för alla"', "")


def test_quotes_of_the_writers_own_inside_a_cell_are_kept():
    text = 'Motto\tVi säger "alla får vara med".\nJa/nej\tJa\n'
    assert 'Vi säger "alla får vara med".' in tab_table_as_lines(text).splitlines()


def test_the_minutes_next_item_inside_the_last_answer_is_shown():
    minutes = "4. Lokalen är för liten.\n§ 7 Övriga frågor\nInga övriga frågor togs upp.\n"
    ex = extract(ANSWERS + minutes)
    assert values(ex)["obstacles_opportunities"].startswith("Lokalen är för liten.")
    assert "note_in_answer" in codes(ex)
