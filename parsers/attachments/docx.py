"""DOCX to text with python-docx: body paragraphs and tables in document order.

Headers, footers, comments, footnotes and deleted (tracked) text are not read; list
numbers, which Word computes and never stores, are rebuilt ("1. ") from numbering.xml.
"""

from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass, field
from typing import Any

from .render import (
    BlockFlow,
    Cell,
    TextBuilder,
    render_table,
    squash_blank_lines,
)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


W_P, W_R, W_T, W_TBL, W_TR, W_TC = _w("p"), _w("r"), _w("t"), _w("tbl"), _w("tr"), _w("tc")
W_SDT, W_SDTCONTENT, W_SDTPR = _w("sdt"), _w("sdtContent"), _w("sdtPr")
W_CUSTOMXML, W_SMARTTAG = _w("customXml"), _w("smartTag")
W_VAL = _w("val")

_SKIP = frozenset(
    {
        _w("pPr"),
        _w("rPr"),
        _w("sdtPr"),
        _w("sdtEndPr"),
        _w("del"),
        _w("moveFrom"),
        _w("delText"),
        _w("instrText"),
        _w("delInstrText"),
        _w("footnoteReference"),
        _w("endnoteReference"),
        _w("commentReference"),
        _w("tblPr"),
        _w("tblGrid"),
        _w("trPr"),
        _w("tcPr"),
        f"{{{MC_NS}}}Fallback",
    }
)
_BREAKS = frozenset({_w("br"), _w("cr")})
_TABS = frozenset({_w("tab"), _w("ptab")})
# Wingdings / Symbol check boxes as used in forms
_SYM_CHARS = {"F0FE": "☒", "F078": "☒", "F0FD": "☒", "F0A8": "☐", "F06F": "☐", "F071": "☐"}
_FALSE = {"0", "false", "off"}


def _on(el: Any) -> bool:
    """A WordprocessingML on/off property element (absent val means on)."""
    if el is None:
        return False
    val = el.get(W_VAL)
    return val is None or val.lower() not in _FALSE


@dataclass
class _Style:
    name: str = ""
    based_on: str | None = None
    num_id: str | None = None
    ilvl: str | None = None
    bold: bool | None = None
    outline: bool = False


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."


@dataclass
class _Numbering:
    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # numId -> ilvl -> level
    starts: dict[tuple[str, int], int] = field(default_factory=dict)  # startOverride
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    def prefix(self, num_id: str, ilvl: int) -> str:
        levels = self.levels.get(num_id)
        if not levels or num_id == "0":
            return ""
        level = levels.get(ilvl) or _Level()
        if level.fmt == "bullet":
            return "- "
        counters = self.counters.setdefault(num_id, {})
        start = self.starts.get((num_id, ilvl), level.start)
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else start
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        text = level.text
        if not text:
            return ""
        for k in range(9):
            token = f"%{k + 1}"
            if token in text:
                lvl = levels.get(k) or _Level()
                value = counters.get(k, self.starts.get((num_id, k), lvl.start))
                text = text.replace(token, _format_number(value, lvl.fmt))
        text = text.strip()
        return f"{text} " if text else ""


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        s = ""
        m = max(n, 1)
        while m > 0:
            m, r = divmod(m - 1, 26)
            s = chr(ord("a") + r) + s
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        s = _roman(n)
        return s if fmt == "upperRoman" else s.lower()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


def _roman(n: int) -> str:
    if n <= 0 or n >= 4000:
        return str(n)
    out = ""
    for value, sym in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):
        while n >= value:
            out += sym
            n -= value
    return out


def _load_styles(document: Any) -> dict[str, _Style]:
    styles: dict[str, _Style] = {}
    try:
        root = document.styles.element
    except Exception:
        return styles
    for st in root.iter(_w("style")):
        sid = st.get(_w("styleId"))
        if not sid:
            continue
        style = _Style()
        name = st.find(_w("name"))
        style.name = (name.get(W_VAL) if name is not None else "") or ""
        based = st.find(_w("basedOn"))
        style.based_on = based.get(W_VAL) if based is not None else None
        ppr = st.find(_w("pPr"))
        if ppr is not None:
            numpr = ppr.find(_w("numPr"))
            if numpr is not None:
                nid = numpr.find(_w("numId"))
                ilvl = numpr.find(_w("ilvl"))
                style.num_id = nid.get(W_VAL) if nid is not None else None
                style.ilvl = ilvl.get(W_VAL) if ilvl is not None else None
            style.outline = ppr.find(_w("outlineLvl")) is not None
        rpr = st.find(_w("rPr"))
        if rpr is not None and rpr.find(_w("b")) is not None:
            style.bold = _on(rpr.find(_w("b")))
        styles[sid] = style
    return styles


def _load_numbering(document: Any) -> _Numbering:
    numbering = _Numbering()
    try:
        root = document.part.numbering_part.element
    except Exception:
        return numbering
    abstract: dict[str, dict[int, _Level]] = {}
    for an in root.iter(_w("abstractNum")):
        aid = an.get(_w("abstractNumId"))
        levels: dict[int, _Level] = {}
        for lvl in an.iter(_w("lvl")):
            try:
                ilvl = int(lvl.get(_w("ilvl")) or 0)
            except ValueError:
                continue
            level = _Level()
            start = lvl.find(_w("start"))
            if start is not None:
                with contextlib.suppress(ValueError):
                    level.start = int(start.get(W_VAL) or 1)
            fmt = lvl.find(_w("numFmt"))
            if fmt is not None:
                level.fmt = fmt.get(W_VAL) or "decimal"
            text = lvl.find(_w("lvlText"))
            level.text = (text.get(W_VAL) or "") if text is not None else f"%{ilvl + 1}."
            levels[ilvl] = level
        if aid is not None:
            abstract[aid] = levels
    for num in root.iter(_w("num")):
        nid = num.get(_w("numId"))
        aref = num.find(_w("abstractNumId"))
        if nid is None or aref is None:
            continue
        numbering.levels[nid] = abstract.get(aref.get(W_VAL) or "", {})
        for override in num.iter(_w("lvlOverride")):
            so = override.find(_w("startOverride"))
            if so is not None:
                with contextlib.suppress(ValueError):
                    numbering.starts[(nid, int(override.get(_w("ilvl")) or 0))] = int(
                        so.get(W_VAL) or 1
                    )
    return numbering


class _DocxRenderer(BlockFlow):
    def __init__(self, document: Any) -> None:
        self.styles = _load_styles(document)
        self.numbering = _load_numbering(document)
        self.prev_was_list = False
        self.prev_was_question = False

    # --- styles -------------------------------------------------------------------------
    def _style_chain(self, sid: str | None) -> list[_Style]:
        chain: list[_Style] = []
        seen: set[str] = set()
        while sid and sid not in seen and sid in self.styles:
            seen.add(sid)
            chain.append(self.styles[sid])
            sid = self.styles[sid].based_on
        return chain

    def _paragraph_props(self, p: Any) -> tuple[bool, str | None, int, bool]:
        """(is heading, numId, ilvl, style is bold) of paragraph P."""
        ppr = p.find(_w("pPr"))
        sid = None
        num_id: str | None = None
        ilvl: str | None = None
        heading = False
        if ppr is not None:
            ps = ppr.find(_w("pStyle"))
            sid = ps.get(W_VAL) if ps is not None else None
            numpr = ppr.find(_w("numPr"))
            if numpr is not None:
                nid = numpr.find(_w("numId"))
                lv = numpr.find(_w("ilvl"))
                num_id = nid.get(W_VAL) if nid is not None else None
                ilvl = lv.get(W_VAL) if lv is not None else None
            heading = ppr.find(_w("outlineLvl")) is not None
        bold = False
        for st in self._style_chain(sid):
            name = st.name.lower()
            if name.startswith(("heading", "rubrik", "title")) or st.outline:
                heading = True
            if num_id is None and st.num_id is not None:
                num_id = st.num_id
            if ilvl is None and st.ilvl is not None:
                ilvl = st.ilvl
            if st.bold is not None and not bold:
                bold = st.bold
        try:
            level = int(ilvl or 0)
        except ValueError:
            level = 0
        return heading, num_id, level, bold

    # --- text ---------------------------------------------------------------------------
    def _collect(self, el: Any, out: list[str]) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == W_T:
                out.append(child.text or "")
            elif tag in _TABS:
                out.append("\t")
            elif tag in _BREAKS:
                out.append("\n")
            elif tag == _w("noBreakHyphen"):
                out.append("-")
            elif tag == _w("sym"):
                out.append(_SYM_CHARS.get((child.get(_w("char")) or "").upper(), ""))
            elif tag == _w("fldChar"):
                box = child.find(f"{_w('ffData')}/{_w('checkBox')}")
                if box is not None:
                    checked = box.find(_w("checked"))
                    default = box.find(_w("default"))
                    on = _on(checked) if checked is not None else _on(default)
                    out.append("☒" if on else "☐")
            elif tag == W_SDT:
                if self._is_placeholder(child):
                    continue
                self._collect(child, out)
            elif tag == W_P:  # a paragraph inside a text box
                if out and not out[-1].endswith("\n"):
                    out.append("\n")
                self._collect(child, out)
                out.append("\n")
            else:
                self._collect(child, out)

    @staticmethod
    def _is_placeholder(sdt: Any) -> bool:
        """A content control still showing its prompt ("Klicka här för att ange text.")."""
        pr = sdt.find(W_SDTPR)
        return pr is not None and _on(pr.find(_w("showingPlcHdr")))

    def _paragraph_text(self, p: Any) -> str:
        parts: list[str] = []
        self._collect(p, parts)
        return "".join(parts)

    def _all_bold(self, p: Any, style_bold: bool) -> bool:
        seen_text = False
        for r in p.iter(W_R):
            text = "".join(t.text or "" for t in r.iter(W_T))
            if not text.strip():
                continue
            seen_text = True
            rpr = r.find(_w("rPr"))
            b = rpr.find(_w("b")) if rpr is not None else None
            if b is None:
                if not style_bold:
                    return False
            elif not _on(b):
                return False
        return seen_text

    def paragraph(self, p: Any) -> tuple[str, bool, bool, bool]:
        """(text with list prefix, heading, list item, strong) of paragraph P."""
        heading, num_id, ilvl, style_bold = self._paragraph_props(p)
        text = self._paragraph_text(p)
        is_list = False
        if num_id is not None and text.strip():
            prefix = self.numbering.prefix(num_id, ilvl)
            if prefix:
                is_list = True
                text = prefix + text.lstrip()
        strong = heading or self._all_bold(p, style_bold)
        return text, heading, is_list, strong

    # --- blocks -------------------------------------------------------------------------
    def body(self, container: Any, out: TextBuilder) -> None:
        for child in container:
            tag = child.tag
            if tag == W_P:
                self._body_paragraph(child, out)
            elif tag == W_TBL:
                self.prev_was_list = self.prev_was_question = False
                out.brk()
                render_table(out, self._table_rows(child))
                out.brk()
            elif tag == W_SDT:
                if self._is_placeholder(child):
                    continue
                content = child.find(W_SDTCONTENT)
                if content is not None:
                    self.body(content, out)
            elif tag in (W_CUSTOMXML, W_SDTCONTENT, _w("ins"), _w("moveTo")):
                self.body(child, out)

    def _body_paragraph(self, p: Any, out: TextBuilder) -> None:
        text, heading, is_list, strong = self.paragraph(p)
        self.emit_paragraph(out, text, heading, strong, is_list)

    def _cells_of(self, container: Any, tag: str) -> list[Any]:
        """Children named TAG, looking through content controls and custom XML wrappers."""
        found: list[Any] = []
        for child in container:
            if child.tag == tag:
                found.append(child)
            elif child.tag in (W_SDT, W_CUSTOMXML, W_SDTCONTENT):
                found.extend(self._cells_of(child, tag))
        return found

    def _table_rows(self, tbl: Any) -> list[list[Cell]]:
        rows: list[list[Cell]] = []
        for tr in self._cells_of(tbl, W_TR):
            cells: list[Cell] = []
            for tc in self._cells_of(tr, W_TC):
                tcpr = tc.find(_w("tcPr"))
                if tcpr is not None:
                    vmerge = tcpr.find(_w("vMerge"))
                    if vmerge is not None and (vmerge.get(W_VAL) or "continue") != "restart":
                        continue  # the merged cell's text sits in its first cell
                cells.append(self._cell(tc))
            rows.append(cells)
        return rows

    def _cell(self, tc: Any) -> Cell:
        sub = TextBuilder()
        strong_all = True
        any_text = False
        saved = self.prev_was_list
        for child in tc:
            if child.tag == W_P:
                text, _heading, _is_list, strong = self.paragraph(child)
                if text.strip():
                    any_text = True
                    strong_all = strong_all and strong
                    sub.line(text)
            elif child.tag == W_TBL:
                for row in self._table_rows(child):
                    for c in row:
                        if c.text.strip():
                            any_text = True
                            strong_all = False
                            sub.line(c.text)
            elif child.tag in (W_SDT, W_CUSTOMXML):
                if child.tag == W_SDT and self._is_placeholder(child):
                    continue
                inner = TextBuilder()
                content = child.find(W_SDTCONTENT) if child.tag == W_SDT else child
                if content is not None:
                    self.body(content, inner)
                if not inner.is_empty():
                    any_text = True
                    strong_all = False
                    sub.line(inner.text())
        self.prev_was_list = saved
        return Cell(squash_blank_lines(sub.text()), strong=any_text and strong_all)


def read_docx(data: bytes) -> str:
    """The text of a DOCX in reading order. Raises on a damaged file."""
    import docx

    document = docx.Document(io.BytesIO(data))
    renderer = _DocxRenderer(document)
    out = TextBuilder()
    renderer.body(document.element.body, out)
    return out.text()
