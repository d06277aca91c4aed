"""One test per rule added for the fifth unseen corpus (fires / does not fire): check-box
glyphs, ticked boxes are answers not the question, form prompts, a bare "Svar" label line,
AcroForm field values, two-column PDFs, conflicting yes/no and images next to answers."""

from __future__ import annotations

import attachment_factories as f
import pytest
from test_parsers_answers import QUESTIONS, values

from svarsinkorg.config import Limits
from svarsinkorg.parsers.answers import extract_answers
from svarsinkorg.parsers.attachments import read_attachment_in_process
from svarsinkorg.parsers.model import Answer, Extraction
from svarsinkorg.parsers.yes_no import has_check_box, parse_yes_no
from svarsinkorg.pipeline import combine

A1 = "Vi är en idrottsförening i Nydala."
A3 = "Vi har blandade lag."
A4 = "Hinder: lokaler. Möjligheter: många vill vara med."
Q2 = QUESTIONS[1].text


def _vals(text: str) -> dict:
    return values(extract_answers(text, QUESTIONS))


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


def _form(values: list[str], ja: bool | None) -> bytes:
    lines = [(780, "1. Vilka är ni?"), (680, "2. Arbetar ni mot segregation?"),
             (660, "      Ja                   Nej"), (600, "3. På vilket sätt?")]
    fields = [
        {"name": "F1", "rect": (50, 700, 545, 770), "value": values[0]},
        {"name": "Ja", "rect": (50, 657, 62, 669), "checked": ja is True},
        {"name": "Nej", "rect": (110, 657, 122, 669), "checked": ja is False},
        {"name": "F3", "rect": (50, 520, 545, 590), "value": values[1]},
    ]
    return f.pdf_acroform(lines, fields)


def test_acroform_field_values_are_read():
    res = read_attachment_in_process("form.pdf", "application/pdf",
                                     _form(["Vi är en kör.", "Vi sjunger\rmed alla."], False),
                                     Limits())
    assert res.text is not None
    assert "Vi är en kör." in res.text and "Vi sjunger\nmed alla." in res.text.replace("\n\n", "\n")
    assert "☐ Ja ☒ Nej" in res.text
    # an empty field adds nothing
    empty = read_attachment_in_process("form.pdf", "application/pdf", _form(["", ""], None),
                                       Limits())
    assert empty.text is not None and "Vi " not in empty.text and "☐ Ja ☐ Nej" in empty.text


@pytest.mark.skipif(not f.have_dejavu(), reason="DejaVuSans.ttf missing")
def test_two_column_pdf_reads_row_by_row_single_column_unchanged():
    pdf = f._pdf()
    pdf.add_page()
    pdf.set_font("DejaVu", size=10)
    for q, a in [("1. Vilka är ni och vad gör ni i er förening?", "Vi är en kör i Malmö."),
                 ("2. Arbetar ni mot segregation?", "Ja"),
                 ("3. På vilket sätt arbetar ni mot segregation i Malmö?", "Vi sjunger ihop."),
                 ("4. Hinder och möjligheter?", "Lokaler.")]:
        y = pdf.get_y()
        pdf.multi_cell(60, 5, q)
        y_end = pdf.get_y()
        pdf.set_xy(110, y)
        pdf.multi_cell(60, 5, a)
        pdf.set_y(max(y_end, pdf.get_y()) + 8)
    text = read_attachment_in_process("x.pdf", "application/pdf", bytes(pdf.output()),
                                      Limits()).text
    assert text is not None
    assert text.index("Vi är en kör") < text.index("2. Arbetar")
    assert "gör ni i er förening? Vi är" not in text.replace("\n", " ")
    single = read_attachment_in_process("q.pdf", "application/pdf", f.pdf_questionnaire(),
                                        Limits()).text
    assert single is not None and "1. " in single


def _ex(value: object, source: str) -> Extraction:
    ex = Extraction()
    ex.answers = {"works_against_segregation": Answer(value, str(value), False, source)}
    return ex


def test_conflicting_yes_no_keeps_the_first_and_flags():
    got = combine([_ex(False, "body"), _ex(True, "a.docx")], QUESTIONS)
    assert got.answers["works_against_segregation"].value is False
    assert "conflicting:works_against_segregation" in got.flags
    same = combine([_ex(True, "body"), _ex(True, "a.docx")], QUESTIONS)
    assert not any(fl.startswith("conflicting:") for fl in same.flags)
    one = combine([_ex(None, "body"), _ex(True, "a.docx")], QUESTIONS)
    assert one.answers["works_against_segregation"].value is True and not one.flags


def _mail(body: str, attach_png: bool) -> bytes:
    from email.message import EmailMessage

    m = EmailMessage()
    m["From"] = "Kim <kim@example.se>"
    m["To"] = "samordnare@xn--malm-8qa.se"
    m["Subject"] = "SV: Kartläggning"
    m["Message-ID"] = "<x@example.se>"
    m.set_content(body)
    if attach_png:
        m.add_attachment(f.png_image(), maintype="image", subtype="png", filename="logo.png")
    return bytes(m)


def test_image_is_a_problem_only_without_answers(tmp_path):
    from helpers import make_config

    from svarsinkorg.pipeline import parse_message

    survey = make_config(tmp_path).survey
    ok = parse_message(_mail(f"1. {A1}\n2. Ja\n3. {A3}\n4. {A4}\n", True), survey, [])
    assert not any("logo.png" in p for p in ok.problems)
    assert any("logo.png" in n for n in ok.notes)
    scan = parse_message(_mail("Hej, svaren finns i bilden.\n", True), survey, [])
    assert any("logo.png" in p for p in scan.problems)
