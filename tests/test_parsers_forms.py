"""Replies filled in as a form: check-box glyphs, a ticked line under the question, form prompts
left in the text and a bare "Svar" label line."""

from __future__ import annotations

from helpers import A1, A3, A4, QUESTIONS, _vals

from svarsinkorg.parsers.yes_no import has_check_box, parse_yes_no

Q2 = QUESTIONS[1].text


def test_check_box_glyphs_are_ticked_boxes():
    assert parse_yes_no("☐ Ja ☒ Nej").value is False
    assert parse_yes_no("☒ Ja ☐ Nej").value is True
    assert parse_yes_no("Ja ☑ Nej ☐").value is True
    # no box ticked: no answer read from the boxes
    assert parse_yes_no("☐ Ja ☐ Nej").value is None
    assert not has_check_box("Ja / nej")
    assert has_check_box("[X] Ja [ ] Nej")


def test_ticked_line_under_the_question_is_the_answer():
    for line, want in [("[X] Ja [ ] Nej", True), ("☐ Ja ☒ Nej", False)]:
        got = _vals(f"1. {QUESTIONS[0].text}\n{A1}\n\n2. {Q2}\n{line}\n\n3. {QUESTIONS[2].text}\n"
                    f"{A3}\n\n4. {QUESTIONS[3].text}\n{A4}")
        assert got["works_against_segregation"] is want
    # the question's own "Ja / nej" on a line of its own is still no answer
    got = _vals(f"1. {QUESTIONS[0].text}\n{A1}\n\n2. {Q2}\nJa / nej\n\n3. {QUESTIONS[2].text}\n"
                f"{A3}")
    assert got["works_against_segregation"] is None


def test_word_form_prompt_is_no_answer():
    got = _vals(f"1. {A1}\n2. Ja\n3. Klicka eller tryck här för att ange text.\n4. {A4}")
    assert got["how"] is None and got["obstacles_opportunities"] == A4
    assert _vals(f"1. {A1}\n2. Ja\n3. Click or tap here to enter text.\n4. {A4}")["how"] is None
    text = "Klicka här för att läsa mer om vår läxhjälp på www.exempel.se."
    assert _vals(f"1. {A1}\n2. Ja\n3. {text}\n4. {A4}")["how"] == text


def test_bare_svar_label_line_is_dropped():
    got = _vals(f"1. {QUESTIONS[0].text}\n\nSvar\n{A1}\n\n3. {QUESTIONS[2].text}\nSvar:\n{A3}")
    assert got["about"] == A1 and got["how"] == A3
    # "Svar" alone is not stripped from an answer that is only that word
    assert _vals(f"1. {A1}\n3. Svaret är enkelt: {A3}")["how"] == f"Svaret är enkelt: {A3}"
