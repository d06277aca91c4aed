"""PDF to text with pdfplumber: lines in reading order, a blank line at paragraph gaps."""

from __future__ import annotations

import contextlib
import io
import itertools
import logging
import re
import statistics
from dataclasses import dataclass
from typing import Any

from .render import TextBuilder

NO_TEXT_LAYER = "PDF has no text layer (scanned image?)"
ENCRYPTED = "PDF is encrypted"


@dataclass(frozen=True)
class PdfResult:
    text: str | None
    problem: str | None = None


class PdfEncrypted(Exception):
    pass


def _is_encryption_error(exc: BaseException) -> bool:
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        e = todo.pop()
        if id(e) in seen:
            continue
        seen.add(id(e))
        name = type(e).__name__
        if name in ("PDFPasswordIncorrect", "PDFEncryptionError", "PDFEncryptionWarning"):
            return True
        todo.extend(a for a in e.args if isinstance(a, BaseException))
        if e.__cause__ is not None:
            todo.append(e.__cause__)
        if e.__context__ is not None:
            todo.append(e.__context__)
    return False


# A page number printed in the header or footer: "Sida 1 av 2", "Page 3 of 4", "- 2 -", "2 (3)"
_PAGE_NUMBER = re.compile(
    r"^(?:(?:sida|sid\.?|s\.|page|p\.)\s*\d{1,3}(?:\s*(?:av|of|/|\()\s*\d{1,3}\)?)?"
    r"|\d{1,3}\s*(?:av|of|/)\s*\d{1,3}|\d{1,3}\s*\(\d{1,3}\)|[-–]\s*\d{1,3}\s*[-–])$",
    re.I,
)


def is_page_number(text: str) -> bool:
    """Is TEXT (one line) only a page number ("Sida 1 av 2", "Page 3 of 4", "2 (3)")?"""
    return bool(_PAGE_NUMBER.match(text.strip()))


def _page_lines(page: Any, out: TextBuilder) -> int:
    """Add PAGE's lines to OUT with blank lines at paragraph gaps; returns the line count.
    A page number in the first or last line (the header or footer) is left out."""
    with contextlib.suppress(Exception):  # older pdfplumber has no dedupe_chars
        page = page.dedupe_chars()
    lines = [ln for ln in page.extract_text_lines(layout=False, strip=True) if ln["text"].strip()]
    if lines and is_page_number(lines[-1]["text"]):
        lines.pop()
    if lines and is_page_number(lines[0]["text"]):
        lines.pop(0)
    if not lines:
        return 0
    gaps = [
        cur["top"] - prev["bottom"]
        for prev, cur in itertools.pairwise(lines)
        if cur["top"] >= prev["bottom"] - 1
    ]
    typical_gap = statistics.median(gaps) if gaps else 0.0
    right = max(ln["x1"] for ln in lines)
    out.brk()
    prev = None
    current = ""
    for ln in lines:
        if prev is not None:
            height = max(prev["bottom"] - prev["top"], 1.0)
            gap = ln["top"] - prev["bottom"]
            if gap > max(typical_gap, 0.0) + 0.5 * height:
                out.line(current)
                out.brk()
                current = ""
            elif _soft_wrapped(prev, ln, right):
                current = f"{current} {ln['text']}"
                prev = ln
                continue
            else:
                out.line(current)
                current = ""
        current = ln["text"]
        prev = ln
    out.line(current)
    out.brk()
    return len(lines)


def _soft_wrapped(prev: dict[str, Any], cur: dict[str, Any], right: float) -> bool:
    """Did PREV end only because the line was full (so CUR continues its paragraph)?
    True when CUR's first word would not have fitted in the room left after PREV."""
    if abs(cur["x0"] - prev["x0"]) > 30 or cur["top"] < prev["bottom"] - 1:
        return False  # another column, an indented item, or overlapping lines
    chars = [ch for ch in cur.get("chars") or [] if not ch.get("text", "").isspace()]
    words = cur["text"].split()
    if not chars or not words:
        return False
    # chars hold glyphs only (many PDFs draw no spaces): the first word is the first len() chars
    first_word = chars[min(len(words[0]), len(chars)) - 1]["x1"] - chars[0]["x0"]
    space = (cur["x1"] - cur["x0"]) / max(len(cur["text"]), 1)
    return right - prev["x1"] < first_word + 1.5 * space


def read_pdf(data: bytes, max_pages: int) -> PdfResult:
    """The text of the first MAX_PAGES pages of a PDF. Raises PdfEncrypted, or the
    parser's own exception for a damaged file."""
    import pdfplumber

    for name in ("pdfminer", "pdfplumber"):
        logging.getLogger(name).setLevel(logging.ERROR)
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:
        if _is_encryption_error(exc):
            raise PdfEncrypted(ENCRYPTED) from exc
        raise
    problem: str | None = None
    out = TextBuilder()
    try:
        pages = pdf.pages
        n_pages = len(pages)
        if n_pages > max_pages:
            problem = f"PDF has {n_pages} pages; only the first {max_pages} were read"
        for page in pages[:max_pages]:
            _page_lines(page, out)
            page.close()
    except Exception as exc:
        if _is_encryption_error(exc):
            raise PdfEncrypted(ENCRYPTED) from exc
        raise
    finally:
        pdf.close()
    text = out.text()
    if not text.strip():
        return PdfResult(None, NO_TEXT_LAYER if problem is None else f"{NO_TEXT_LAYER}; {problem}")
    words = text.split()
    cids = sum(1 for w in words if "(cid:" in w)
    if cids > len(words) / 2:
        unreadable = "PDF text is unreadable (fonts without a Unicode mapping)"
        problem = unreadable if problem is None else f"{unreadable}; {problem}"
    return PdfResult(text, problem)
