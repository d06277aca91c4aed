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
    A page number in the first or last line (the header or footer) is left out, and so is a
    footer by its shape (`_without_footer`). Filled form
    fields are read from their values; a page in two columns is read row block by row block
    (the question on the left, then its answer on the right)."""
    with contextlib.suppress(Exception):  # older pdfplumber has no dedupe_chars
        page = page.dedupe_chars()
    lines = _text_lines(page)
    if lines and is_page_number(lines[-1]["text"]):
        lines.pop()
    lines = _without_footer(lines, float(page.height))
    if lines and is_page_number(lines[0]["text"]):
        lines.pop(0)
    lines = _with_form_fields(page, lines)
    if not lines:
        return 0
    gutter = _gutter(lines, float(page.width))
    if gutter is None:
        lines = _rejoin(lines)
        _emit(lines, out)
        return len(lines)
    left = [ln for ln in lines if ln["x1"] <= gutter]
    right = [ln for ln in lines if ln["x1"] > gutter]
    blocks = _blocks(left)
    starts = [b[0]["top"] for b in blocks]
    before = [ln for ln in right if ln["top"] < starts[0] - 2]
    if before:
        _emit(before, out)
    for i, block in enumerate(blocks):
        end = starts[i + 1] - 2 if i + 1 < len(blocks) else float("inf")
        _emit(block, out)
        beside = [ln for ln in right if starts[i] - 2 <= ln["top"] < end]
        if beside:
            _emit(beside, out)
    return len(lines)


# a footer stands in the page's bottom margin: below this share of the page's height
_FOOT_BAND = 0.85
# ... and apart from the text above it by more than this many of that text's line heights
_FOOT_GAP = 3.0


def _without_footer(lines: list[dict[str, Any]], height: float) -> list[dict[str, Any]]:
    """LINES without the page's footer: the last lines when they all stand in the bottom
    margin, far below the text, set in a smaller type than it (the association's address and
    e-mail, "Org.nr ...", a web address printed on every page of a letter). A line the size
    of the text, or close under it, is text: an answer running to the foot of the page."""
    k = len(lines)
    while k > 0 and lines[k - 1]["top"] > _FOOT_BAND * height:
        k -= 1
    if k == len(lines) or k == 0:
        return lines
    foot, body = lines[k:], lines[:k]
    above = body[-1]
    gap = foot[0]["top"] - above["bottom"]
    if gap <= _FOOT_GAP * max(above["bottom"] - above["top"], 1.0):
        return lines
    sizes = [s for s in (_size(ln) for ln in body) if s is not None]
    text_size = statistics.median(sizes) if sizes else None
    if text_size is None or not all(
            (s := _size(ln)) is not None and s < 0.85 * text_size for ln in foot):
        return lines
    return body


def _text_lines(page: Any) -> list[dict[str, Any]]:
    """Text lines; a line with a wide horizontal gap (two columns) is split at the gap."""
    out: list[dict[str, Any]] = []
    for row, ln in enumerate(page.extract_text_lines(layout=False, strip=True)):
        if not ln["text"].strip():
            continue
        chars = [c for c in ln.get("chars") or [] if not c.get("text", "").isspace()]
        size = statistics.median([c["x1"] - c["x0"] for c in chars]) if chars else 5.0
        pieces: list[list[dict[str, Any]]] = [[]]
        for prev, cur in itertools.pairwise([None, *chars]):
            if prev is not None and cur["x0"] - prev["x1"] > max(4 * size, 15.0):
                pieces.append([])
            pieces[-1].append(cur)
        if len(pieces) == 1:
            out.append(ln)
            continue
        for part in pieces:
            text = _chars_text(part)
            out.append({"text": text, "x0": part[0]["x0"], "x1": part[-1]["x1"],
                        "top": min(c["top"] for c in part),
                        "bottom": max(c["bottom"] for c in part), "chars": part,
                        "row": row})
    out.sort(key=lambda ln: (round(ln["top"]), ln["x0"]))
    return out


def _rejoin(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The pieces of a line split at a wide gap as one line again (no columns after all)."""
    out: list[dict[str, Any]] = []
    for ln in lines:
        prev = out[-1] if out else None
        if prev is not None and ln.get("row") is not None and prev.get("row") == ln.get("row"):
            out[-1] = {**prev, "text": f"{prev['text']} {ln['text']}", "x1": ln["x1"],
                       "top": min(prev["top"], ln["top"]),
                       "bottom": max(prev["bottom"], ln["bottom"]),
                       "chars": [*prev["chars"], *ln["chars"]]}
        else:
            out.append(ln)
    return out


def _chars_text(chars: list[dict[str, Any]]) -> str:
    parts: list[str] = []
    for prev, cur in itertools.pairwise([None, *chars]):
        if prev is not None and cur["x0"] - prev["x1"] > 0.25 * max(cur["x1"] - cur["x0"], 1):
            parts.append(" ")
        parts.append(cur["text"])
    return "".join(parts).strip()


def _gutter(lines: list[dict[str, Any]], width: float) -> float | None:
    """The x of an empty vertical strip between two columns of text, if the page has one:
    no line crosses it, and at least three lines lie on each side of it beside each other."""
    if len(lines) < 6:
        return None
    lo, hi = int(width * 0.25), int(width * 0.75)
    covered = [False] * (hi - lo)
    for ln in lines:
        for x in range(max(int(ln["x0"]), lo), min(int(ln["x1"]) + 1, hi)):
            covered[x - lo] = True
    best: tuple[int, int] | None = None
    start = None
    for i, c in enumerate([*covered, True]):
        if not c and start is None:
            start = i
        elif c and start is not None:
            if best is None or i - start > best[1] - best[0]:
                best = (start, i)
            start = None
    if best is None or best[1] - best[0] < 12:
        return None
    gx = lo + (best[0] + best[1]) / 2
    left = [ln for ln in lines if ln["x1"] <= gx]
    right = [ln for ln in lines if ln["x0"] >= gx]
    if len(left) < 3 or len(right) < 3:
        return None
    side_by_side = sum(
        1 for r in right if any(abs(r["top"] - le["top"]) < 3 for le in left)
    )
    return gx if side_by_side >= 3 else None


def _blocks(lines: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """LINES grouped into paragraphs by the vertical gaps between them."""
    blocks: list[list[dict[str, Any]]] = []
    for ln in lines:
        prev = blocks[-1][-1] if blocks else None
        height = max(ln["bottom"] - ln["top"], 1.0)
        if prev is None or ln["top"] - prev["bottom"] > 0.8 * height:
            blocks.append([ln])
        else:
            blocks[-1].append(ln)
    return blocks


def _emit(lines: list[dict[str, Any]], out: TextBuilder) -> None:
    gaps = [
        cur["top"] - prev["bottom"]
        for prev, cur in itertools.pairwise(lines)
        if cur["top"] >= prev["bottom"] - 1
    ]
    typical_gap = statistics.median(gaps) if gaps else 0.0
    # the lines of one paragraph stand closest: a line much further below the one above it
    # than that starts anew (a heading under a paragraph's last line, in a document whose
    # one-line answers and headings make the wider gap the typical one)
    # (lines that touch or overlap, a form's fields, say nothing of the spacing)
    tight = min((g for g in gaps if g >= 0.5), default=0.0)
    right = max((ln["x1"] for ln in lines if not ln.get("field")), default=0.0)
    out.brk()
    prev = None
    current = ""
    for ln in lines:
        if prev is not None:
            height = max(prev["bottom"] - prev["top"], 1.0)
            gap = ln["top"] - prev["bottom"]
            if gap > max(typical_gap, 0.0) + 0.5 * height or ln.get("field") or prev.get("field") \
                    or _other_size(prev, ln):
                out.line(current)
                out.brk()
                current = ""
            elif _soft_wrapped(prev, ln, right) and gap <= tight + 0.4 * height:
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


def _size(ln: dict[str, Any]) -> float | None:
    sizes = [c["size"] for c in ln.get("chars") or []
             if not c.get("text", "").isspace() and c.get("size")]
    return statistics.median(sizes) if sizes else None


def _other_size(prev: dict[str, Any], cur: dict[str, Any]) -> bool:
    """CUR is set in another type size than PREV: a document's title or subtitle over the
    text ("Svar till Malmö stads kartläggning" in 9 pt over a heading in 11), which is no
    line of the paragraph under it however close the lines stand."""
    a, b = _size(prev), _size(cur)
    return a is not None and b is not None and abs(a - b) > 0.15 * min(a, b)


_MARKS = "☒☐"
_OFF_STATES = frozenset({"", "off", "no", "false", "0"})


def _pdf_text(value: Any) -> str:
    from pdfminer.psparser import PSLiteral
    from pdfminer.utils import decode_text

    if isinstance(value, PSLiteral):
        return str(value.name)
    if isinstance(value, bytes):
        return decode_text(value)
    return value if isinstance(value, str) else ""


def _field_props(data: dict[str, Any]) -> tuple[str, Any]:
    """(field type, value) of a widget, inherited from its parent fields."""
    from pdfminer.pdftypes import resolve1

    ft, value = data.get("FT"), data.get("V")
    parent, depth = data.get("Parent"), 0
    while (ft is None or value is None) and parent is not None and depth < 10:
        par = resolve1(parent)
        if not isinstance(par, dict):
            break
        ft = ft if ft is not None else par.get("FT")
        value = value if value is not None else par.get("V")
        parent, depth = par.get("Parent"), depth + 1
    return _pdf_text(resolve1(ft)), resolve1(value)


def _with_form_fields(page: Any, lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """LINES with the values of the page's filled form fields (AcroForm widgets), which are
    not page text: a text field's value as lines of its own where the field is; a check box
    as "☒"/"☐" put into the line beside it ("☒ Ja ☐ Nej")."""
    try:
        annots = page.annots
    except Exception:  # a damaged annotation array: the page text alone
        return lines
    from pdfminer.pdftypes import resolve1

    out = list(lines)
    for a in annots:
        data = a.get("data") or {}
        if _pdf_text(data.get("Subtype")) != "Widget":
            continue
        ft, value = _field_props(data)
        box = {k: float(a[k]) for k in ("x0", "x1", "top", "bottom")}
        if ft == "Tx":
            text = _pdf_text(value).replace("\r\n", "\n").replace("\r", "\n")
            rows = [t.strip() for t in text.split("\n") if t.strip()]
            step = (box["bottom"] - box["top"]) / max(len(rows), 1)
            for k, row in enumerate(rows):
                top = box["top"] + k * min(step, 12.0)
                out.append({"text": row, "x0": box["x0"], "x1": box["x1"], "top": top,
                            "bottom": top + 10.0, "chars": [], "field": True})
        elif ft == "Btn":
            state = _pdf_text(resolve1(data.get("AS")) or value)
            _put_mark(out, box, "☐" if state.lower() in _OFF_STATES else "☒")
    out.sort(key=lambda ln: (round(ln["top"]), ln["x0"]))
    return out


def _put_mark(lines: list[dict[str, Any]], box: dict[str, float], mark: str) -> None:
    """Put MARK into the text line beside BOX, before the first character right of it."""
    mid = (box["top"] + box["bottom"]) / 2
    beside = [
        ln for ln in lines if not ln.get("field") and ln["top"] - 2 <= mid <= ln["bottom"] + 2
    ]
    # the nearest piece of text: "☒ Nej" belongs to "Nej", not to the "Ja" before it
    beside.sort(key=lambda ln: max(0.0, ln["x0"] - box["x1"], box["x0"] - ln["x1"]))
    for ln in beside[:1]:
        chars = [c for c in ln.get("chars") or [] if not c.get("text", "").isspace()]
        before = sum(1 for c in chars if c["x1"] <= box["x0"] + 1)
        text, seen, pos = ln["text"], 0, 0
        while pos < len(text) and seen < before:
            if not text[pos].isspace() and text[pos] not in _MARKS:
                seen += 1
            pos += 1
        ln["text"] = f"{text[:pos].rstrip()} {mark} {text[pos:].lstrip()}".strip()
        return
    lines.append({"text": mark, "x0": box["x0"], "x1": box["x1"], "top": box["top"],
                  "bottom": box["bottom"], "chars": [], "field": True})


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
