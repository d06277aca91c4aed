"""Legacy .doc/.xls/.rtf: converted by LibreOffice headless; RTF also read without it."""

from __future__ import annotations

import stat
from pathlib import Path

import attachment_factories as f
import pytest

import svarsinkorg.parsers.attachments as attachments
from svarsinkorg.config import Limits
from svarsinkorg.parsers.attachments import read_attachment
from svarsinkorg.parsers.attachments.legacy import (
    ConversionError,
    convert_with_libreoffice,
    rtf_to_text,
)

LIMITS = Limits()
needs_soffice = pytest.mark.skipif(
    f.soffice() is None,
    reason="LibreOffice not installed (apt-get install libreoffice-writer-nogui "
    "libreoffice-calc-nogui): legacy conversion untested",
)
needs_cfb_writer = pytest.mark.skipif(
    not f.have_msg_writer(), reason="aspose-email-foss (OLE2 writer for tests) not installed"
)


@needs_soffice
def test_doc_is_converted_and_read_with_list_numbers() -> None:
    doc = f.convert_with_soffice(f.docx_numbered_list(), ".docx", "doc")
    result = read_attachment("svar.doc", "application/msword", doc, LIMITS)
    assert result.kind == "doc" and result.problem is None, result
    text = result.text or ""
    for i, (q, a) in enumerate(zip(f.QUESTIONS, f.ANSWERS, strict=True), start=1):
        assert f"{i}. {q}\n{a}" in text


@needs_soffice
def test_xls_is_converted_and_read() -> None:
    xls = f.convert_with_soffice(f.xlsx_columns_ab(), ".xlsx", "xls")
    result = read_attachment("svar.xls", "application/vnd.ms-excel", xls, LIMITS)
    assert result.kind == "xls" and result.problem is None, result
    text = result.text or ""
    for q, a in zip(f.QUESTIONS, f.ANSWERS, strict=True):
        assert f"{q}\n{a}" in text
    assert "Antal medlemmar\n85" in text


@needs_soffice
def test_rtf_with_libreoffice_skips_the_header() -> None:
    result = read_attachment("svar.rtf", "application/rtf", f.rtf_document(), LIMITS)
    assert result.kind == "rtf" and result.problem is None, result
    text = result.text or ""
    assert "1. Vilka är ni och vad bedriver ni för verksamhet?\n" in text
    assert "Vi är en förening i Malmö med 40 medlemmar." in text
    assert "Sidhuvud" not in text


def test_rtf_without_libreoffice_uses_the_builtin_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attachments, "soffice_binary", lambda: None)
    result = read_attachment("svar.rtf", "", f.rtf_document(), LIMITS)
    assert result.kind == "rtf" and result.problem is None
    assert result.text == (
        "1. Vilka är ni och vad bedriver ni för verksamhet?\n"
        "Vi är en förening i Malmö med 40 medlemmar.\n\n"
        "2. Arbetar ni för att motverka segregation? Ja / nej\nJa"
    )


def test_rtf_to_text_unicode_and_escapes() -> None:
    raw = rb"{\rtf1\ansi{\*\generator Riched20;}\uc1\u8211?\'e5\{x\}\tab y\line z\par}"
    assert rtf_to_text(raw) == "–å{x}\ty\nz"


def test_doc_without_libreoffice_is_a_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attachments, "soffice_binary", lambda: None)
    fake_doc = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600  # unreadable OLE2: name decides
    result = read_attachment("svar.doc", "application/msword", fake_doc, LIMITS)
    assert result.kind == "doc"
    assert result.text is None
    assert result.problem == "cannot read .doc without LibreOffice (install libreoffice-writer)"


@needs_cfb_writer
def test_ole_streams_decide_doc_and_xls_whatever_the_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attachments, "soffice_binary", lambda: None)
    doc = f.ole_file({"WordDocument": b"\x00" * 5000})
    xls = f.ole_file({"Workbook": b"\x00" * 5000})
    assert read_attachment("bilaga", "", doc, LIMITS).problem == (
        "cannot read .doc without LibreOffice (install libreoffice-writer)"
    )
    assert read_attachment("bilaga.doc", "", xls, LIMITS).problem == (
        "cannot read .xls without LibreOffice (install libreoffice-calc)"
    )


def _fake_soffice(tmp_path: Path, body: str) -> Path:
    bindir = tmp_path / "bin"
    bindir.mkdir()
    script = bindir / "soffice"
    script.write_text("#!/bin/sh\n" + body)
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return bindir


def test_conversion_input_is_named_by_hash_in_a_private_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = tmp_path / "args.txt"
    bindir = _fake_soffice(tmp_path, f'for a in "$@"; do echo "$a" >> {log}; done\n')
    monkeypatch.setenv("PATH", str(bindir))
    with pytest.raises(ConversionError, match=r"LibreOffice could not convert the \.doc"):
        convert_with_libreoffice(b"any bytes", "doc", timeout=10)
    args = log.read_text().splitlines()
    src = Path(args[-1])
    assert src.suffix == ".doc" and len(src.stem) == 32 and all(c in "0123456789abcdef"
                                                                 for c in src.stem)
    assert not src.exists()  # the temporary directory is gone
    profile = next(a for a in args if a.startswith("-env:UserInstallation=file://"))
    assert str(src.parent.parent) in profile


def test_conversion_is_killed_after_the_time_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bindir = _fake_soffice(tmp_path, "sleep 30 &\nwait\n")
    monkeypatch.setenv("PATH", f"{bindir}:/usr/bin:/bin")
    with pytest.raises(ConversionError, match=r"took longer than 0\.5 s"):
        convert_with_libreoffice(b"x", "xls", timeout=0.5)
