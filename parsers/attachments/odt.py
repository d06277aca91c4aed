"""OpenDocument text (.odt) and spreadsheet (.ods) to text with the standard library only.

content.xml is read with zipfile + xml.etree (expat: no external entities, and entity
expansion is bounded by the zip size check made before). Annotations (comments), tracked
deletions, notes and the table of contents are not read.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field

from .render import (
    BlockFlow,
    Cell,
    TextBuilder,
    render_sheet,
    render_table,
    squash_blank_lines,
)
from .xlsx import format_value

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
}


def _q(prefix: str, tag: str) -> str:
    return f"{{{NS[prefix]}}}{tag}"


T_P, T_H, T_LIST, T_ITEM, T_HEADER = (
    _q("text", "p"), _q("text", "h"), _q("text", "list"), _q("text", "list-item"),
    _q("text", "list-header"),
)
T_S, T_TAB, T_BR, T_SECTION = (
    _q("text", "s"), _q("text", "tab"), _q("text", "line-break"), _q("text", "section"),
)
TB_TABLE, TB_ROW, TB_CELL, TB_COVERED = (
    _q("table", "table"), _q("table", "table-row"), _q("table", "table-cell"),
    _q("table", "covered-table-cell"),
)
_ROW_GROUPS = frozenset(
    {_q("table", "table-header-rows"), _q("table", "table-rows"), _q("table", "table-row-group")}
)
_SKIP_INLINE = frozenset(
    {
        _q("office", "annotation"),
        _q("office", "annotation-end"),
        _q("text", "note"),
        _q("text", "tracked-changes"),
        _q("text", "bookmark-ref"),
        _q("draw", "frame"),
        _q("text", "soft-page-break"),
    }
)
_SKIP_BLOCK = frozenset(
    {
        _q("text", "tracked-changes"),
        _q("text", "table-of-content"),
        _q("text", "sequence-decls"),
        _q("office", "forms"),
        _q("text", "variable-decls"),
        _q("text", "user-field-decls"),
        _q("office", "annotation"),
    }
)
MAX_REPEAT = 1000
_WS = re.compile(r"[ \t\r\n]+")
MAX_CELLS = 200_000


@dataclass
class _ListLevel:
    numbered: bool = False
    fmt: str = "1"
    prefix: str = ""
    suffix: str = "."
    start: int = 1


@dataclass
class _Styles:
    bold: set[str] = field(default_factory=set)
    headings: set[str] = field(default_factory=set)
    lists: dict[str, dict[int, _ListLevel]] = field(default_factory=dict)


def _load_styles(roots: list[ET.Element]) -> _Styles:
    styles = _Styles()
    for root in roots:
        for st in root.iter(_q("style", "style")):
            name = st.get(_q("style", "name")) or ""
            tp = st.find(_q("style", "text-properties"))
            if tp is not None and (tp.get(_q("fo", "font-weight")) or "") in ("bold", "700", "800"):
                styles.bold.add(name)
            parent = st.get(_q("style", "parent-style-name")) or ""
            if "heading" in name.lower() or "heading" in parent.lower():
                styles.headings.add(name)
        for ls in root.iter(_q("text", "list-style")):
            name = ls.get(_q("style", "name")) or ""
            levels: dict[int, _ListLevel] = {}
            for lvl in ls:
                try:
                    n = int(lvl.get(_q("text", "level")) or 1)
                except ValueError:
                    continue
                if lvl.tag == _q("text", "list-level-style-number"):
                    try:
                        start = int(lvl.get(_q("text", "start-value")) or 1)
                    except ValueError:
                        start = 1
                    levels[n] = _ListLevel(
                        numbered=True,
                        fmt=lvl.get(_q("style", "num-format")) or "",
                        prefix=lvl.get(_q("style", "num-prefix")) or "",
                        suffix=lvl.get(_q("style", "num-suffix")) or "",
                        start=start,
                    )
                else:
                    levels[n] = _ListLevel(numbered=False)
            styles.lists[name] = levels
    return styles


def _fmt_number(n: int, fmt: str) -> str:
    if fmt in ("a", "A"):
        s = ""
        m = max(n, 1)
        while m > 0:
            m, r = divmod(m - 1, 26)
            s = chr(ord("a") + r) + s
        return s.upper() if fmt == "A" else s
    if fmt in ("i", "I"):
        from .docx import _roman

        s = _roman(n)
        return s if fmt == "I" else s.lower()
    if fmt == "":
        return ""
    return str(n)


class _OdfRenderer(BlockFlow):
    def __init__(self, styles: _Styles) -> None:
        self.styles = styles
        self.list_counters: dict[str, list[int]] = {}  # by list style: counters per level
        self.prev_was_list = False
        self.prev_was_question = False

    # --- inline text ---------------------------------------------------------------------
    def _inline(self, el: ET.Element, out: list[tuple[str, bool]], bold: bool) -> None:
        """Text of EL into OUT as (text, bold) pieces. Whitespace in the XML collapses to one
        space (ODF 1.2, 6.1.2); real spaces, tabs and breaks are text:s, text:tab,
        text:line-break."""
        if el.text:
            out.append((_collapse(el.text), bold))
        for child in el:
            tag = child.tag
            if tag in _SKIP_INLINE:
                pass
            elif tag == T_S:
                try:
                    count = int(child.get(_q("text", "c")) or 1)
                except ValueError:
                    count = 1
                out.append((" " * min(count, 100), bold))
            elif tag == T_TAB:
                out.append(("\t", bold))
            elif tag == T_BR:
                out.append(("\n", bold))
            else:
                style = child.get(_q("text", "style-name")) or ""
                self._inline(child, out, bold or style in self.styles.bold)
            if child.tail:
                out.append((_collapse(child.tail), bold))

    def paragraph(self, p: ET.Element) -> tuple[str, bool]:
        """(text, strong) of a text:p or text:h."""
        style = p.get(_q("text", "style-name")) or ""
        heading = p.tag == T_H or style in self.styles.headings
        parts: list[tuple[str, bool]] = []
        self._inline(p, parts, style in self.styles.bold)
        text = "".join(t for t, _ in parts)
        text = "\n".join(line.strip(" ") for line in text.split("\n"))
        strong = heading or (
            any(t.strip() for t, _ in parts) and all(b for t, b in parts if t.strip())
        )
        return text, strong

    # --- blocks --------------------------------------------------------------------------
    def blocks(self, container: ET.Element, out: TextBuilder) -> None:
        for child in container:
            tag = child.tag
            if tag in _SKIP_BLOCK:
                continue
            if tag in (T_P, T_H):
                text, strong = self.paragraph(child)
                self.emit_paragraph(out, text, heading=tag == T_H, strong=strong, is_list=False)
            elif tag == T_LIST:
                self._list(child, out, level=1, style=None)
            elif tag == TB_TABLE:
                self.prev_was_list = self.prev_was_question = False
                out.brk()
                render_table(out, self._table_rows(child))
                out.brk()
            elif tag == T_SECTION or tag == _q("text", "index-body"):
                self.blocks(child, out)

    def _list(self, lst: ET.Element, out: TextBuilder, level: int, style: str | None) -> None:
        style = lst.get(_q("text", "style-name")) or style or ""
        levels = self.styles.lists.get(style, {})
        key = style or "?"
        if level == 1 and lst.get(_q("text", "continue-numbering")) != "true" and not lst.get(
            _q("text", "continue-list")
        ):
            self.list_counters.pop(key, None)
        counters = self.list_counters.setdefault(key, [])
        for item in lst:
            if item.tag not in (T_ITEM, T_HEADER):
                continue
            lvl = levels.get(level, _ListLevel(numbered=False))
            prefix = ""
            if item.tag == T_ITEM:
                while len(counters) < level:
                    counters.append(0)
                del counters[level:]
                override = item.get(_q("text", "start-value"))
                if override and override.isdigit():
                    counters[level - 1] = int(override)
                elif counters[level - 1] == 0:
                    counters[level - 1] = lvl.start
                else:
                    counters[level - 1] += 1
                if lvl.numbered:
                    number = _fmt_number(counters[level - 1], lvl.fmt)
                    prefix = f"{lvl.prefix}{number}{lvl.suffix} " if number else ""
                else:
                    prefix = "- "
            first = True
            for child in item:
                if child.tag in (T_P, T_H):
                    text, strong = self.paragraph(child)
                    if first and text.strip():
                        text = prefix + text.lstrip()
                        first = False
                    self.emit_paragraph(out, text, heading=child.tag == T_H, strong=strong,
                                        is_list=True)
                elif child.tag == T_LIST:
                    self._list(child, out, level + 1, style)
                elif child.tag == TB_TABLE:
                    out.brk()
                    render_table(out, self._table_rows(child))
                    out.brk()

    # --- tables --------------------------------------------------------------------------
    def _rows(self, table: ET.Element) -> list[ET.Element]:
        rows: list[ET.Element] = []
        for child in table:
            if child.tag == TB_ROW:
                rows.append(child)
            elif child.tag in _ROW_GROUPS:
                rows.extend(self._rows(child))
        return rows

    def _cell(self, cell: ET.Element) -> Cell:
        sub = TextBuilder()
        strong_all = True
        any_text = False
        for child in cell:
            if child.tag in (T_P, T_H):
                text, strong = self.paragraph(child)
                if text.strip():
                    any_text = True
                    strong_all = strong_all and strong
                    sub.line(text)
            elif child.tag in (T_LIST, TB_TABLE, T_SECTION):
                inner = TextBuilder()
                self._nested(child, inner)
                if not inner.is_empty():
                    any_text = True
                    strong_all = False
                    sub.line(inner.text())
        return Cell(squash_blank_lines(sub.text()), strong=any_text and strong_all)

    def _nested(self, el: ET.Element, out: TextBuilder) -> None:
        wrapper = ET.Element("wrapper")
        wrapper.append(el)
        saved = self.prev_was_list
        self.blocks(wrapper, out)
        self.prev_was_list = saved

    def _table_rows(self, table: ET.Element) -> list[list[Cell]]:
        rows: list[list[Cell]] = []
        for row in self._rows(table):
            cells = [self._cell(c) for c in row if c.tag == TB_CELL]
            if not any(c.text.strip() for c in cells):
                continue
            repeat = _int(row.get(_q("table", "number-rows-repeated")), 1)
            rows.extend([cells] * min(repeat, MAX_REPEAT))
        return rows

    # --- spreadsheets --------------------------------------------------------------------
    def sheet_rows(self, table: ET.Element, budget: list[int]) -> list[list[str]]:
        rows: list[list[str]] = []
        for row in self._rows(table):
            values: list[str] = []
            for cell in row:
                if cell.tag not in (TB_CELL, TB_COVERED):
                    continue
                repeat = _int(cell.get(_q("table", "number-columns-repeated")), 1)
                value = "" if cell.tag == TB_COVERED else self._sheet_value(cell)
                if not value:
                    values.extend([""] * min(repeat, MAX_REPEAT))
                else:
                    values.extend([value] * min(repeat, MAX_REPEAT))
            while values and not values[-1]:
                values.pop()
            if not values:
                continue
            repeat = min(_int(row.get(_q("table", "number-rows-repeated")), 1), MAX_REPEAT)
            for _ in range(repeat):
                budget[0] -= len(values)
                if budget[0] < 0:
                    return rows
                rows.append(values)
        return rows

    def _sheet_value(self, cell: ET.Element) -> str:
        vtype = cell.get(_q("office", "value-type")) or ""
        if vtype in ("float", "percentage", "currency"):
            raw = cell.get(_q("office", "value"))
            if raw is not None:
                try:
                    return format_value(float(raw))
                except ValueError:
                    return raw
        elif vtype == "boolean":
            raw = (cell.get(_q("office", "boolean-value")) or "").lower()
            return format_value(raw == "true")
        elif vtype == "date":
            raw = cell.get(_q("office", "date-value")) or ""
            return raw[:-9] if raw.endswith("T00:00:00") else raw
        lines = []
        for p in cell:
            if p.tag in (T_P, T_H):
                lines.append(self.paragraph(p)[0])
        return "\n".join(lines).strip()


def _collapse(text: str) -> str:
    return _WS.sub(" ", text)


def _int(raw: str | None, default: int) -> int:
    try:
        return max(int(raw), 1) if raw is not None else default
    except ValueError:
        return default


def _parse_member(zf: zipfile.ZipFile, name: str) -> ET.Element | None:
    try:
        raw = zf.read(name)
    except KeyError:
        return None
    return ET.fromstring(raw)


def read_odf(data: bytes) -> tuple[str, str | None]:
    """(text, problem) of an .odt or .ods. Raises on a damaged file."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        content = _parse_member(zf, "content.xml")
        if content is None:
            raise ValueError("content.xml is missing")
        styles_root = _parse_member(zf, "styles.xml")
    roots = [content] + ([styles_root] if styles_root is not None else [])
    renderer = _OdfRenderer(_load_styles(roots))
    body = content.find(_q("office", "body"))
    if body is None:
        raise ValueError("content.xml has no office:body")
    out = TextBuilder()
    problem: str | None = None
    text_body = body.find(_q("office", "text"))
    if text_body is not None:
        renderer.blocks(text_body, out)
    sheet_body = body.find(_q("office", "spreadsheet"))
    if sheet_body is not None:
        budget = [MAX_CELLS]
        for table in sheet_body.findall(TB_TABLE):
            render_sheet(out, renderer.sheet_rows(table, budget))
            out.brk()
            if budget[0] < 0:
                problem = f"spreadsheet too large: only the first {MAX_CELLS} cells were read"
                break
    return out.text(), problem
