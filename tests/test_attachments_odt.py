"""OpenDocument text and spreadsheets, read with the standard library."""

from __future__ import annotations

import attachment_factories as f

from svarsinkorg.config import Limits
from svarsinkorg.parsers.attachments import read_attachment

LIMITS = Limits()


def test_odt_paragraphs_lists_and_tables_in_order() -> None:
    result = read_attachment("svar.odt", "application/vnd.oasis.opendocument.text",
                             f.odt_document(), LIMITS)
    assert result.kind == "odt" and result.problem is None, result
    text = result.text or ""
    assert text.startswith("Svar från Föreningen Ängsblomman\nHej!  Här är\nvåra svar.\n\n")
    assert f"1. {f.QUESTIONS[0]}\n{f.ANSWERS[0]}" in text
    assert f"2. {f.QUESTIONS[1]}\n{f.ANSWERS[1]}" in text  # continued numbering, bold answer
    assert f"{f.QUESTIONS[2]}\n{f.ANSWERS[2]}" in text
    assert f"{f.QUESTIONS[3]}\n{f.ANSWERS[3]}" in text
    assert text.index(f.ANSWERS[1]) < text.index(f.QUESTIONS[2])
    assert text.rstrip().endswith("Med vänlig hälsning, Örjan")
    assert "KOMMENTAR" not in text


def test_ods_rows_and_no_expansion_of_repeated_empty_rows() -> None:
    result = read_attachment("svar.ods", "", f.ods_document(), LIMITS)
    assert result.kind == "ods" and result.problem is None, result
    text = result.text or ""
    assert text.startswith("Föreningen Ängsblomman\n\n")
    assert text.count("Föreningen Ängsblomman\n") == 1  # the merged (covered) cell once
    for q, a in zip(f.QUESTIONS, f.ANSWERS, strict=True):
        assert f"{q}\n{a}" in text
    assert text.endswith("Antal medlemmar\n85")


def test_odt_without_content_xml_is_a_problem() -> None:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("styles.xml", "<x/>")
    result = read_attachment("svar.odt", "", buf.getvalue(), LIMITS)
    assert result.kind == "odt"
    assert result.text is None
    assert result.problem == "truncated or corrupt ODT: content.xml is missing"


def test_odt_with_broken_xml_is_a_problem() -> None:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", "<office:document-content><unclosed>")
    result = read_attachment("svar.odt", "", buf.getvalue(), LIMITS)
    assert result.text is None
    assert (result.problem or "").startswith("truncated or corrupt ODT: ")
