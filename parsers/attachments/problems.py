"""Attachment problems as stable codes. The readers report a problem as one English line
(`AttachmentText.problem`, stored in review reasons as "file.pdf: problem", old rows
too); this table names each form with a code and the technical detail it carries (a size,
a library's message), so the coordinator reads it in their language (reports/labels.py,
"att_<code>"). Language-free: codes and values only."""

from __future__ import annotations

import re

from ...model import stored_code
from .pdf import ENCRYPTED, NO_TEXT_LAYER
from .sniff import _DESCRIPTIONS

# sniff.describe()'s words back to the file kind ("an image" -> "image"), for "what"
KIND_OF_DESCRIPTION = {text: kind for kind, text in _DESCRIPTIONS.items()}

_D = r"(?P<d>.+)"
PROBLEMS: list[tuple[str, re.Pattern[str]]] = [
    (code, re.compile(pattern, re.S)) for code, pattern in [
        ("image", r"an image: no text to read \(a photo or a scan\?\)"),
        ("encrypted_office", r"password-protected Office document: cannot be read"),
        ("wrong_type", r"not .+? \(content is (?P<what>.+)\)"),
        ("no_libreoffice", r"cannot read \.(?P<d>\w+) without LibreOffice \(install .+\)"),
        ("unsupported", r"cannot read (?P<what>.+)"),
        ("unreadable", rf"could not read the attachment: {_D}"),
        ("empty", r"empty file"),
        ("too_large", rf"too large to read: {_D}"),
        ("zip_bomb", rf"refused: looks like a zip bomb \({_D}\)"),
        ("converted_unreadable", rf"could not read the converted \.\w+: {_D}"),
        ("converted_refused", rf"converted \.\w+: {_D}"),
        ("corrupt", rf"(?:truncated or corrupt|corrupt) [^:]+: {_D}"),
        ("libreoffice_failed", rf"(?:could not start LibreOffice|LibreOffice could not "
                               rf"convert the \.\w+): {_D}"),
        ("timeout", r"took longer than (?P<d>[\d.]+) s"),
        ("reader_unavailable", r"reader process unavailable|reader returned nothing"),
        ("reader_crashed", r"reader crashed on this file \(exit code (?P<d>-?\d+)\)"),
        ("reader_failed", rf"reader failed: {_D}"),
        ("no_text", r"no text found in the .+"),
        ("pdf_no_text", re.escape(NO_TEXT_LAYER)),
        ("pdf_encrypted", re.escape(ENCRYPTED)),
        ("pdf_pages", r"PDF has (?P<d>\d+) pages; only the first (?P<n>\d+) were read"),
        ("pdf_fonts", r"PDF text is unreadable \(fonts without a Unicode mapping\)"),
        ("sheet_too_large", r"spreadsheet too large: only the first (?P<d>\d+) cells were read"),
        ("no_reader", rf"no reader for {_D}"),
    ]
]


def problem_codes(problem: str) -> list[tuple[str, dict[str, str]]] | None:
    """[(code, values)] for a reader's problem line ("a; b" gives two), or None when a
    part has no code (shown as it is)."""
    found = stored_code(problem, PROBLEMS)
    if found:
        code, values = found
        if "what" in values:  # a kind the labels name, else the words as they are
            values["what"] = KIND_OF_DESCRIPTION.get(values["what"], values["what"])
        return [(code, values)]
    # "a; b": a part may hold "; " itself, so try each split point
    start = 0
    while (cut := problem.find("; ", start)) != -1:
        head, tail = problem_codes(problem[:cut]), problem_codes(problem[cut + 2:])
        if head and tail:
            return head + tail
        start = cut + 2
    return None
