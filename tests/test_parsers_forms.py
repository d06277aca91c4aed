"""Replies filled in as a form: check-box glyphs, a ticked line under the question, form prompts
left in the text and a bare "Svar" label line."""

from __future__ import annotations

import pytest
from helpers import A1, A3, A4, QUESTIONS, _vals

from svarsinkorg.parsers.answers import extract_answers
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


# --- a form's blanks: underscores typed over or left under the answer (unseen98) -------------

def _blank_form(answers: tuple[str, str, str, str], mark: str) -> str:
    q = [QUESTIONS[i].text for i in range(4)]
    a1, a2, a3, a4 = answers
    line = "_" * 48
    return (f"Enkät om segregation\nFörening: Fosie Schackklubb__________\n\n"
            f"1. {q[0]}\n{mark} {a1}______________\n{line}\n\n"
            f"2. {q[1]}\n{mark} ___{a2}___\n\n"
            f"3. {q[2]}\n{mark} {a3}__________\n{line}\n\n"
            f"4. {q[3]}\n{mark} {a4}________\n{line}\n")


@pytest.mark.parametrize(("mark", "answers"), [
    ("Svar:", ("Vi är en schackklubb med 40 medlemmar i alla åldrar.", "Ja",
               "Vi spelar i biblioteket där alla får vara med.",
               "Lokalen är liten. Många barn vill lära sig spela.")),
    ("Answer:", ("We are a chess club with 40 members of all ages.", "Yes",
                 "We play at the library, where everybody is welcome.",
                 "The room is small. Many children want to learn.")),
])
def test_a_forms_blank_lines_are_no_part_of_the_answer(mark, answers):
    # the writer typed over the form's blank and left its second line of underscores empty:
    # the underscores are the form's, the answer is the words (an attachment or the body)
    for source in ("svar.docx", "body"):
        ex = extract_answers(_blank_form(answers, mark), QUESTIONS, source=source)
        got = {k: a.value for k, a in ex.answers.items()}
        assert got == {"about": answers[0], "works_against_segregation": True,
                       "how": answers[2], "obstacles_opportunities": answers[3]}
        assert not {r.code for r in ex.reasons}


def test_a_blank_left_empty_is_no_answer_and_a_words_underscore_stays():
    q = [QUESTIONS[i].text for i in range(4)]
    text = (f"1. {q[0]}\nSvar: Vi finns på Instagram som fosie_schack.\n\n2. {q[1]}\nSvar: Ja\n\n"
            f"3. {q[2]}\nSvar: Vi spelar med alla.\n\n4. {q[3]}\nSvar: ______________\n")
    got = {k: a.value for k, a in extract_answers(text, QUESTIONS, source="form.docx")
           .answers.items()}
    assert got["about"] == "Vi finns på Instagram som fosie_schack."
    assert got["obstacles_opportunities"] is None
