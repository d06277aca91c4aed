"""Hostile and odd attachments: type sniffing, sizes, zip bombs, time limit, never raising."""

from __future__ import annotations

import dataclasses
import io
import time
import zipfile

import attachment_factories as f
import pytest

import svarsinkorg.parsers.attachments as attachments
from svarsinkorg.config import Limits
from svarsinkorg.parsers.attachments import read_attachment, read_attachment_in_process
from svarsinkorg.parsers.attachments.safety import check_zip

LIMITS = Limits()


def test_empty_file() -> None:
    result = read_attachment("svar.docx", "application/octet-stream", b"", LIMITS)
    assert result.problem == "empty file"
    assert result.text is None
    assert result.kind == "docx"


def test_exe_renamed_docx() -> None:
    result = read_attachment("svar.docx", "application/vnd.openxmlformats-officedocument."
                             "wordprocessingml.document", f.exe_bytes(), LIMITS)
    assert result.text is None
    assert result.problem == "not a Word document (content is a Windows program (.exe))"


def test_image_named_pdf_and_plain_image() -> None:
    png = f.png_image()
    assert read_attachment("svar.pdf", "", png, LIMITS).problem == "not a PDF (content is an image)"
    plain = read_attachment("foto.png", "image/png", png, LIMITS)
    assert plain.kind == "image"
    assert plain.problem == "an image: no text to read (a photo or a scan?)"


def test_too_large_is_not_parsed() -> None:
    limits = dataclasses.replace(LIMITS, max_attachment_bytes=1000)
    result = read_attachment("svar.docx", "", f.docx_headings(), limits)
    assert result.text is None
    assert (result.problem or "").startswith("too large to read: ")


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return f.zip_bomb(300)


def test_zip_bomb_refused_without_decompressing(bomb: bytes) -> None:
    assert len(bomb) < 2_000_000
    started = time.monotonic()
    result = read_attachment("svar.docx", "", bomb, LIMITS)
    assert time.monotonic() - started < 2
    assert result.text is None
    assert result.problem == "refused: looks like a zip bomb (unpacks to 300.0 MB, limit 200.0 MB)"


def test_compression_ratio_refused_below_the_size_limit() -> None:
    data = f.zip_bomb(5)
    result = read_attachment("svar.docx", "", data, LIMITS)
    assert result.problem is not None
    assert result.problem.startswith("refused: looks like a zip bomb (word/document.xml unpacks ")
    assert result.problem.endswith("limit 100:1)")


def test_ordinary_office_files_pass_the_zip_check() -> None:
    for data in (f.docx_headings(), f.xlsx_columns_ab(), f.odt_document(), f.ods_document()):
        assert check_zip(data, LIMITS) is None


def test_truncated_docx() -> None:
    result = read_attachment("svar.docx", "", f.truncated_docx(), LIMITS)
    assert result.kind == "docx"
    assert result.problem == "truncated or corrupt DOCX: File is not a zip file"


def test_parse_over_the_time_limit_is_stopped_and_the_next_file_is_read() -> None:
    big_pdf = f.pdf_image_only() if not f.have_dejavu() else f.pdf_questionnaire(extra_pages=40)
    limits = dataclasses.replace(LIMITS, attachment_timeout_seconds=0.001)
    result = read_attachment("lång.pdf", "application/pdf", big_pdf, limits)
    assert result.text is None
    assert result.problem == "took longer than 0.001 s"
    after = read_attachment("svar.docx", "", f.docx_headings(), LIMITS)
    assert after.problem is None and f.ANSWERS[0] in (after.text or "")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            "Fråga 1: Vilka är ni?\r\nSvar: en\rförening".encode(),
            "Fråga 1: Vilka är ni?\nSvar: en\nförening",
        ),
        ("Svar: vi är många i Malmö".encode("cp1252"), "Svar: vi är många i Malmö"),
        ("Svar: Ängsblomman".encode("utf-16"), "Svar: Ängsblomman"),
        (b"\xef\xbb\xbfSvar: \xc3\xa5", "Svar: å"),
    ],
)
def test_text_files_are_decoded(data: bytes, expected: str) -> None:
    result = read_attachment("svar.txt", "text/plain", data, LIMITS)
    assert result.kind == "txt" and result.problem is None
    assert result.text == expected


def test_html_attachment_becomes_text() -> None:
    html = (
        "<html><head><style>p {color: red}</style></head><body><h1>Svar</h1>"
        "<table><tr><td>Vilka är ni?</td><td>En förening i Malmö</td></tr></table>"
        "</body></html>"
    ).encode()
    result = read_attachment("svar.htm", "text/html", html, LIMITS)
    assert result.kind == "html" and result.problem is None
    text = result.text or ""
    assert "Vilka är ni?\nEn förening i Malmö" in text
    assert "color" not in text


def test_attached_mail_is_handed_back_for_recursive_reading() -> None:
    mail = (
        "From: Åsa <asa@example.se>\r\nTo: samordnare@example.se\r\nSubject: Svar\r\n"
        "Date: Tue, 14 Jan 2020 09:00:00 +0100\r\nMessage-ID: <x@example.se>\r\n\r\nHej!\r\n"
    ).encode()
    result = read_attachment("vidarebefordrat.eml", "message/rfc822", mail, LIMITS)
    assert result.kind == "eml"
    assert result.nested_message == mail
    assert result.text is None and result.problem is None
    # sniffed from the content too
    assert read_attachment("bilaga", "application/octet-stream", mail, LIMITS).kind == "eml"


@pytest.mark.skipif(not f.have_msg_writer(), reason="aspose-email-foss (.msg writer) missing")
def test_attached_outlook_msg_is_handed_back() -> None:
    data = f.outlook_msg(with_embedded=False)
    result = read_attachment("svar.msg", "application/vnd.ms-outlook", data, LIMITS)
    assert result.kind == "msg"
    assert result.nested_message == data


@pytest.mark.skipif(not f.have_msg_writer(), reason="aspose-email-foss (OLE2 writer) missing")
def test_password_protected_office_document() -> None:
    data = f.ole_file({"EncryptionInfo": b"\x04\x00" * 100, "EncryptedPackage": b"\x01" * 5000})
    result = read_attachment("svar.docx", "", data, LIMITS)
    assert result.kind == "docx"
    assert result.problem == "password-protected Office document: cannot be read"


def test_plain_zip_archive_and_binary_junk() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("svar.txt", "hej")
    archive = read_attachment("svar.zip", "", buf.getvalue(), LIMITS)
    # a zip archive's files are read one by one (tests/test_pipeline_odd_mime.py)
    assert (archive.kind, archive.problem) == ("zip", None)
    assert [(m.filename, m.text) for m in archive.members] == [("svar.txt", "hej")]
    junk = bytes(range(256)) * 20
    result = read_attachment("data.bin", "", junk, LIMITS)
    assert result.kind == "unknown"
    assert result.problem == "cannot read unrecognised binary data"


def _mutations(data: bytes) -> list[bytes]:
    n = len(data)
    return [
        data[: n // 3],
        data[: n - 100],
        data[: n // 2] + b"\xff" * 64 + data[n // 2 + 64 :],
        data[:200] + bytes(reversed(data[200:1200])) + data[1200:],
    ]


@pytest.mark.parametrize(
    ("name", "factory"),
    [("a.docx", f.docx_form_cells), ("a.xlsx", f.xlsx_columns_ab), ("a.odt", f.odt_document),
     ("a.pdf", f.pdf_image_only), ("a.rtf", f.rtf_document)],
)
def test_damaged_files_never_raise(
    name: str, factory: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(attachments, "soffice_binary", lambda: None)  # RTF: built-in reader
    data = factory()  # type: ignore[operator]
    for damaged in _mutations(data):
        for reader in (read_attachment, read_attachment_in_process):
            result = reader(name, "", damaged, LIMITS)
            assert result.filename == name
            assert result.text is not None or result.problem, result
