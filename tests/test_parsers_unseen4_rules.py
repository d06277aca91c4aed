"""One test per rule added for the fourth unseen corpus (fires / does not fire)."""

from __future__ import annotations

from email.message import EmailMessage

from test_parsers_answers import QUESTIONS, values

from svarsinkorg.intake.decode import decode_message
from svarsinkorg.parsers.answers import extract_answers
from svarsinkorg.parsers.yes_no import parse_yes_no

A1 = "Vi är en idrottsförening i Nydala."
A3 = "Vi har blandade lag."
A4 = "Hinder: lokaler. Möjligheter: många vill vara med."


def _vals(text: str) -> dict:
    return values(extract_answers(text, QUESTIONS))


def test_label_typo_frag_is_a_marker():
    got = _vals(f"Fråg 1: {A1}\nFråg 2: Ja\nFråg 3: {A3}\nFråg 4: {A4}")
    assert got == {"about": A1, "works_against_segregation": True, "how": A3,
                   "obstacles_opportunities": A4}
    # "frågor" is a word, not a label
    assert _vals("Vi har frågor 2 gånger i veckan.")["works_against_segregation"] is None


def test_ascii_table_rows_are_markers():
    got = _vals(f"Fråga | Svar\n------+------\n1 | {A1} |\n| 2 | Ja |\n3 | {A3}\n4 | {A4}")
    assert got == {"about": A1, "works_against_segregation": True, "how": A3,
                   "obstacles_opportunities": A4}
    assert _vals(f"1. {A1}\n2. Ja\n3. Vi har 2 | 3 lag.\n4. {A4}")["how"] == "Vi har 2 | 3 lag."


def test_absolut_inte_is_no():
    assert parse_yes_no("Absolut inte.").value is False
    assert parse_yes_no("Definitely not").value is False
    assert parse_yes_no("Absolut, varje dag.").value is True


def test_not_as_an_association_is_ambiguous():
    yn = parse_yes_no("Inte som förening, men enskilda medlemmar gör det.")
    assert yn.value is None and yn.ambiguous
    assert parse_yes_no("Inte än, men vi vill.").value is False


def test_correction_heading_later_answers_win():
    text = (f"1. Utkast.\n2. Nej\n3. Utkast tre.\n4. Utkast fyra.\n\nRättelse:\n\n1. {A1}\n"
            f"2. Ja\n3. {A3}\n4. {A4}")
    assert _vals(text) == {"about": A1, "works_against_segregation": True, "how": A3,
                           "obstacles_opportunities": A4}
    one = f"1. {A1}\n2. Nej\n3. {A3}\n4. {A4}\n\nRättelse: 2. Ja"
    assert _vals(one)["works_against_segregation"] is True
    assert _vals(one)["obstacles_opportunities"] == A4


def test_correction_word_without_markers_after_is_kept_as_text():
    text = f"1. {A1}\n2. Ja\n3. {A3}\n4. {A4}\nRättelse: lokalerna är också dyra."
    assert _vals(text)["obstacles_opportunities"] == f"{A4} Rättelse: lokalerna är också dyra."


def test_yes_for_a_numbered_question():
    got = _vals("Ja på fråga 2, resten återkommer vi om.")
    assert got == {"about": None, "works_against_segregation": True, "how": None,
                   "obstacles_opportunities": None}
    # a yes about a text question is not a yes/no answer
    assert _vals("Ja på fråga 3, vi har läxhjälp.")["how"] is None


def test_verb_first_deferral_is_no_answer():
    got = _vals(f"1. {A1}\n2. Ja\n3. {A3}\n\nFråga 4 återkommer vi om.")
    assert got["obstacles_opportunities"] is None
    got = _vals(f"1. {A1}\n2. Ja\n3. {A3}\n4. Återkommer vi till kommunen med, tror vi.")
    assert got["obstacles_opportunities"] == "Återkommer vi till kommunen med, tror vi."


def test_rest_put_off_is_a_closing_line():
    got = _vals(f"Fråga 2: Ja\nFråga 3: {A3}\n\nResten skickar vi senare.")
    assert got["how"] == A3
    got = _vals(f"Fråga 2: Ja\nFråga 3: {A3} Resten av barnen går i skolan.")
    assert got["how"] == f"{A3} Resten av barnen går i skolan."


def _mail(plain: str, html: str) -> bytes:
    m = EmailMessage()
    m["From"] = "a@example.se"
    m["Subject"] = "x"
    m.set_content(plain)
    m.add_alternative(html, subtype="html")
    return bytes(m)


def test_html_placeholder_plain_part_uses_html():
    msg = decode_message(_mail("This message is in HTML format.\n", "<p>1. Vi spelar.</p>"))
    assert "Vi spelar" in msg.text
    msg = decode_message(_mail("Detta meddelande är i HTML-format.\n", "<p>1. Vi spelar.</p>"))
    assert "Vi spelar" in msg.text


def test_real_plain_part_is_kept_even_if_it_mentions_html():
    plain = "1. Vi gör hemsidor i HTML för föreningar.\n"
    msg = decode_message(_mail(plain, "<p>annat</p>"))
    assert "hemsidor" in msg.text
