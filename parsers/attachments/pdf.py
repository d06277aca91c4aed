"""PDF to text with pdfplumber: lines in reading order, a blank line at paragraph gaps."""

from __future__ import annotations

import io
import logging
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


def _page_lines(page: Any, out: TextBuilder) -> int:
    """Add PAGE's lines to OUT with blank lines at paragraph gaps; returns the line count."""
    try:
        page = page.dedupe_chars()
    except Exception:  # pragma: no cover - older pdfplumber
        pass
    lines = [ln for ln in page.extract_text_lines(layout=False, strip=True) if ln["text"].strip()]
    if not lines:
        return 0
    gaps = [
        cur["top"] - prev["bottom"]
        for prev, cur in zip(lines, lines[1:], strict=False)
        if cur["top"] >= prev["bottom"] - 1
    ]
    typical_gap = statistics.median(gaps) if gaps else 0.0
    out.brk()
    prev = None
    for ln in lines:
        if prev is not None:
            height = max(prev["bottom"] - prev["top"], 1.0)
            gap = ln["top"] - prev["bottom"]
            if gap > max(typical_gap, 0.0) + 0.5 * height:
                out.brk()
        out.line(ln["text"])
        prev = ln
    out.brk()
    return len(lines)


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
