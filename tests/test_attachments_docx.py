"""DOCX attachments: paragraphs and tables in document order, list numbers rebuilt."""

from __future__ import annotations

import json

import attachment_factories as f
import pytest

from svarsinkorg.config import Limits
from svarsinkorg.parsers.attachments import read_attachment, read_attachment_in_process

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
LIMITS = Limits()


def _read(data: bytes, name: str = "svar.docx") -> str:
    result = read_attachment(name, DOCX_TYPE, data, LIMITS)
    assert result.kind == "docx"
    assert result.problem is None, result.problem
    assert result.text is not None
    return result.text


def test_headings_each_followed_by_their_answer() -> None:
    text = _read(f.docx_headings())
    for i, (q, a) in enumerate(zip(f.QUESTIONS, f.ANSWERS, strict=True), start=1):
        assert f"{i}. {q}\n{a}" in text
    # the second paragraph of answer 1 stays in its block
    first = f.block_after(text, f.QUESTIONS[0])
    assert first.endswith("Vi har funnits sedan 1998 och har 85 medlemmar.")
    # question blocks are separated by a blank line
    assert f"{f.ANSWERS[1]}\n\n3. " in text
    assert text.startswith("Svar från Föreningen Ängsblomman\n")


def test_headers_footers_and_comments_are_not_read() -> None:
    text = _read(f.docx_headings())
    assert "SIDHUVUD" not in text
    assert "SIDFOT" not in text
    assert "KOMMENTAR" not in text


def test_numbered_list_gets_its_numbers() -> None:
    text = _read(f.docx_numbered_list())
    for i, (q, a) in enumerate(zip(f.QUESTIONS, f.ANSWERS, strict=True), start=1):
        assert f"\n{i}. {q}\n{a}" in text
    assert text.index("1. Vilka") < text.index("2. Arbetar") < text.index("4. Vilka hinder")


def test_two_column_table_renders_question_then_answer_per_row_in_document_order() -> None:
    text = _read(f.docx_two_column_table())
    assert text.startswith("Före tabellen: hälsningar från styrelsen.\n\nFråga\nSvar\n\n")
    for q, a in zip(f.QUESTIONS, f.ANSWERS, strict=True):
        assert f"\n{q}\n{a}\n" in text or text.endswith(f"{q}\n{a}")
    assert text.rstrip().endswith("Efter tabellen: med vänlig hälsning, Örjan.")
    assert text.index("Före tabellen") < text.index(f.QUESTIONS[0]) < text.index("Efter tabellen")


def test_question_row_above_answer_row_is_one_block() -> None:
    text = _read(f.docx_question_above_answer_table())
    blocks = text.split("\n\n")
    assert len(blocks) == 4
    for i, (block, q, a) in enumerate(zip(blocks, f.QUESTIONS, f.ANSWERS, strict=True), start=1):
        assert block == f"{i}. {q}\n{a}"


def test_answers_typed_into_form_cells_and_merged_title_read_once() -> None:
    text = _read(f.docx_form_cells())
    assert text.count("Förening: Föreningen Ängsblomman") == 1
    for i, (q, a) in enumerate(zip(f.QUESTIONS, f.ANSWERS, strict=True), start=1):
        assert f"{i}. {q}\n{a}" in text  # number cell joined to its question
    assert "5. Övriga synpunkter?" in text
    assert text.rstrip().endswith("Tack för att ni svarade!")


def test_vertically_merged_cell_is_read_once() -> None:
    text = _read(f.docx_vertical_merge())
    assert text.count("Vilka hinder upplever ni?") == 1
    assert "Vilka hinder upplever ni?\nLokalerna är för små." in text
    assert "Ekonomin är osäker." in text


def test_type_comes_from_content_not_name() -> None:
    data = f.docx_headings()
    result = read_attachment("svar.bin", "application/octet-stream", data, LIMITS)
    assert result.kind == "docx" and result.text and "Ängsblomman" in result.text


def test_in_process_reader_gives_the_same_text() -> None:
    data = f.docx_form_cells()
    assert read_attachment_in_process("a.docx", "", data, LIMITS) == read_attachment(
        "a.docx", "", data, LIMITS
    )


def test_truncated_docx_is_a_problem_not_an_exception() -> None:
    result = read_attachment("svar.docx", DOCX_TYPE, f.truncated_docx(), LIMITS)
    assert result.text is None
    assert result.problem is not None and result.problem.startswith("truncated or corrupt DOCX: ")


def test_docx_without_text() -> None:
    import io

    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    result = read_attachment("tom.docx", DOCX_TYPE, buf.getvalue(), LIMITS)
    assert result.text is None
    assert result.problem == "no text found in the document"


def test_sample_08_docx_holds_each_answer_after_its_question() -> None:
    base = f.samples_dir()
    if base is None:
        pytest.skip("samples not found (set INTAKE_SAMPLES_DIR or provide ../shared/samples)")
    name, ctype, data = f.sample_attachment("messages/08_kvinnocafefosie.eml", ".docx")
    result = read_attachment(name, ctype, data, LIMITS)
    assert result.kind == "docx", result
    assert result.problem is None
    text = result.text or ""
    truth = json.loads((base / "truth.json").read_text(encoding="utf-8"))
    answers = next(a for a in truth["associations"] if a["name"] == "Kvinnocafé Fosie")["answers"]
    assert f.block_after(text, "Vilka är ni och vad bedriver ni") == f.norm(answers["about"])
    assert f.block_after(text, "Arbetar ni för att motverka segregation?").startswith("Ja")
    assert answers["works_against_segregation"] is True
    assert f.block_after(text, "på vilket sätt arbetar ni") == f.norm(answers["how"])
    assert f.block_after(text, "Vilka hinder respektive möjligheter") == f.norm(
        answers["obstacles_opportunities"]
    )
