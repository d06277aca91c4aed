"""PDF attachments: text in reading order, page limit, scans and encryption as problems."""

from __future__ import annotations

import dataclasses

import attachment_factories as f
import pytest
from helpers import QUESTIONS, run, values

from svarsinkorg.config import Limits
from svarsinkorg.parsers.answers import extract_answers
from svarsinkorg.parsers.attachments import read_attachment, read_attachment_in_process
from svarsinkorg.parsers.attachments.pdf import is_page_number
from svarsinkorg.parsers.text import normalize_ws

LIMITS = Limits()
needs_font = pytest.mark.skipif(
    not f.have_dejavu(),
    reason="DejaVuSans.ttf missing (apt-get install fonts-dejavu-core) for PDFs with åäö",
)


@needs_font
def test_questions_and_answers_in_reading_order_with_blank_lines_between_blocks() -> None:
    result = read_attachment("svar.pdf", "application/pdf", f.pdf_questionnaire(), LIMITS)
    assert result.kind == "pdf" and result.problem is None, result
    text = result.text or ""
    assert text.startswith("Svar från Föreningen Ängsblomman\n\n")
    for i, (q, a) in enumerate(zip(f.QUESTIONS, f.ANSWERS, strict=True), start=1):
        # wrapped lines are joined again: the question is one line, its answer the next
        assert f"{i}. {q}\n{a}" in text
    assert f"{f.ANSWERS[0]}\n\n2. " in text


@needs_font
def test_page_limit_keeps_the_text_so_far() -> None:
    limits = dataclasses.replace(LIMITS, max_pdf_pages=2)
    result = read_attachment("svar.pdf", "", f.pdf_questionnaire(extra_pages=3), limits)
    assert result.problem == "PDF has 4 pages; only the first 2 were read"
    text = result.text or ""
    assert f.ANSWERS[3] in text
    assert "Bilaga sida 2" in text
    assert "Bilaga sida 3" not in text


def test_scan_without_text_layer() -> None:
    result = read_attachment("skannad.pdf", "application/pdf", f.pdf_image_only(), LIMITS)
    assert result.kind == "pdf"
    assert result.text is None
    assert result.problem == "PDF has no text layer (scanned image?)"


@needs_font
def test_encrypted_pdf() -> None:
    result = read_attachment("hemlig.pdf", "application/pdf", f.pdf_encrypted(), LIMITS)
    assert result.kind == "pdf"
    assert result.text is None
    assert result.problem == "PDF is encrypted"


def test_corrupt_pdf() -> None:
    result = read_attachment("trasig.pdf", "application/pdf", b"%PDF-1.7\n" + b"\x00garbage" * 50,
                             LIMITS)
    assert result.kind == "pdf"
    assert result.text is None
    assert result.problem is not None
    assert result.problem.startswith(("truncated or corrupt PDF: ", "PDF has no text layer"))


@needs_font
def test_pdf_named_docx_is_read_as_pdf() -> None:
    result = read_attachment("svar.docx", "application/msword", f.pdf_questionnaire(), LIMITS)
    assert result.kind == "pdf" and result.problem is None
    assert f.ANSWERS[1] in (result.text or "")


def _pdf_with_footer(footer: str, size: int = 9,
                     answers: list[str] = f.ANSWERS) -> bytes:
    from fpdf import FPDF

    class P(FPDF):
        def footer(self) -> None:  # type: ignore[override]
            self.set_y(-15)
            self.set_font("DejaVu", size=size)
            self.cell(0, 6, footer.replace("N", str(self.page_no())), align="C")

    pdf = P()
    pdf.add_font("DejaVu", fname=str(f.DEJAVU))
    pdf.add_page()
    pdf.set_font("DejaVu", size=11)
    for i, (q, a) in enumerate(zip(f.QUESTIONS, answers, strict=True), start=1):
        pdf.multi_cell(0, 6, f"{i}. {q}", new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 6, a, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    return bytes(pdf.output())


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


# --- PDF: page numbers in the header / footer ---------------------------------------------


@pytest.mark.parametrize("line", ["Sida 1 av 2", "Page 3 of 4", "2 (3)", "- 2 -", "1/2", "s. 4"])
def test_page_number_lines(line: str) -> None:
    assert is_page_number(line)


@pytest.mark.parametrize("line", ["2 av 3 ledare är kvinnor", "Ja", "Sidan 2 visar budgeten",
                                  "2019", "Fråga 1"])
def test_not_page_number_lines(line: str) -> None:
    assert not is_page_number(line)


@pytest.mark.skipif(not f.have_dejavu(), reason="DejaVu font missing")
def test_pdf_footer_page_number_is_not_part_of_the_last_answer() -> None:
    text = read_attachment_in_process("a.pdf", "application/pdf",
                                      _pdf_with_footer("Sida N av 1"), Limits()).text or ""
    assert "Sida 1 av 1" not in text
    assert run(text)["obstacles_opportunities"] == f.ANSWERS[3]


# --- PDF: a footer by its shape: small type in the bottom margin, far below the text -------


@pytest.mark.skipif(not f.have_dejavu(), reason="DejaVu font missing")
@pytest.mark.parametrize("footer", [
    "Föreningen Ängsblomman · Rosengårdsvägen 3, 213 71 Malmö · info@angsblomman.se",
    "Friends of Pildammsparken, Box 1204, 200 12 Malmö. www.pildammsvanner.org",
])
def test_pdf_footer_in_small_type_is_not_part_of_the_last_answer(footer: str) -> None:
    text = read_attachment_in_process("a.pdf", "application/pdf",
                                      _pdf_with_footer(footer), Limits()).text or ""
    assert footer.split()[0] not in text.splitlines()[-1]
    found = extract_answers(text, QUESTIONS)
    assert values(found)["obstacles_opportunities"] == f.ANSWERS[3]
    assert not found.reasons


@pytest.mark.skipif(not f.have_dejavu(), reason="DejaVu font missing")
def test_pdf_foot_line_in_the_texts_own_size_is_kept() -> None:
    # the same size as the text: no footer by its shape, the line stays to be seen
    text = read_attachment_in_process(
        "a.pdf", "application/pdf", _pdf_with_footer("Föreningen Ängsblomman", size=11),
        Limits()).text
    assert "Föreningen Ängsblomman" in (text or "").splitlines()[-1]


@pytest.mark.skipif(not f.have_dejavu(), reason="DejaVu font missing")
def test_pdf_answer_running_to_the_foot_of_the_page_is_kept() -> None:
    # a last answer long enough to reach the bottom margin: text, not a footer
    long_answer = " ".join(["We rent a hall in Kroksbäck and the rent grows every year."] * 60)
    text = read_attachment_in_process(
        "a.pdf", "application/pdf",
        _pdf_with_footer("Sida N", answers=[*f.ANSWERS[:3], long_answer]), Limits()).text
    assert text is not None
    assert normalize_ws(text).count("the rent grows every year.") >= 55


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


# --- PDF: a document's own title lines over its first heading -----------------------------

_OWN_HEADINGS = [("Vilka vi är", "Vi är ett tjugotal pensionärer som ger läxhjälp till barn i "
                  "Seved tre eftermiddagar i veckan."),
                 ("Motverkar vi segregation?", "Ja."),
                 ("Hur vi jobbar", "Barnen kommer från alla skolor i området och vi hjälper "
                  "dem med svenskan."),
                 ("Hinder och möjligheter", "Hindret är lokalen. Möjligheten är biblioteket.")]


def _titled_pdf(title: str, subtitle: str | None, sizes: tuple[int, int, int] = (15, 9, 11),
                pairs: list[tuple[str, str]] = _OWN_HEADINGS) -> bytes:
    """TITLE and SUBTITLE in their own type sizes, set as close above the first heading as
    the heading stands above its answer (no wider gap to tell them apart)."""
    pdf = f._pdf()
    pdf.add_page()  # type: ignore[attr-defined]
    kw = {"new_x": "LMARGIN", "new_y": "NEXT"}
    bold = "B" if f.DEJAVU_BOLD.is_file() else ""
    pdf.set_font("DejaVu", style=bold, size=sizes[0])  # type: ignore[attr-defined]
    pdf.multi_cell(0, 7, title, **kw)  # type: ignore[attr-defined]
    if subtitle is not None:
        pdf.set_font("DejaVu", size=sizes[1])  # type: ignore[attr-defined]
        pdf.multi_cell(0, 5, subtitle, **kw)  # type: ignore[attr-defined]
    for head, answer in pairs:
        pdf.set_font("DejaVu", style=bold, size=sizes[2])  # type: ignore[attr-defined]
        pdf.multi_cell(0, 6, head, **kw)  # type: ignore[attr-defined]
        pdf.set_font("DejaVu", size=sizes[2])  # type: ignore[attr-defined]
        pdf.multi_cell(0, 6, answer, **kw)  # type: ignore[attr-defined]
        pdf.ln(4)  # type: ignore[attr-defined]
    return bytes(pdf.output())  # type: ignore[attr-defined]


@needs_font
@pytest.mark.parametrize(("title", "subtitle"), [
    ("Läxhjälpen Seved", "Svar till Malmö stads kartläggning, januari 2020"),
    ("Läxhjälpen Seved", "Angående enkäten om segregation"),
    ("Homework Club Seved", "Our reply to the City of Malmö, January 2020"),
    ("Svar på kartläggningen", None),
])
def test_title_lines_in_their_own_size_are_no_part_of_the_first_answer(title, subtitle) -> None:
    text = read_attachment_in_process("svar.pdf", "application/pdf",
                                      _titled_pdf(title, subtitle), LIMITS).text or ""
    assert f"{title}\n\n" in text
    got = run(text)
    assert got["about"] == _OWN_HEADINGS[0][1]
    assert got["works_against_segregation"] is True
    assert got["obstacles_opportunities"] == _OWN_HEADINGS[3][1]


@needs_font
def test_lines_of_one_size_stay_one_paragraph() -> None:
    # the same size all through: the title keeps its place above the heading, as written
    text = read_attachment_in_process(
        "svar.pdf", "application/pdf", _titled_pdf("Vilka vi är", None, (11, 11, 11),
                                                   _OWN_HEADINGS[1:]), LIMITS).text or ""
    assert "Vilka vi är\nMotverkar vi segregation?\nJa." in text
