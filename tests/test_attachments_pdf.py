"""PDF attachments: text in reading order, page limit, scans and encryption as problems."""

from __future__ import annotations

import dataclasses

import attachment_factories as f
import pytest

from svarsinkorg.config import Limits
from svarsinkorg.parsers.attachments import read_attachment

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
