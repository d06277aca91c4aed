"""XLSX to text with openpyxl (read-only, cached values: formulas are never evaluated)."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal, InvalidOperation
from typing import Any

from .render import TextBuilder, render_sheet

MAX_CELLS = 200_000  # per workbook; a questionnaire has a few dozen


class TooManyCells(Exception):
    pass


def format_value(value: Any) -> str:
    """A cell value as plain text: 120 not 120.0, 0.25 not 2.5E-1, dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Ja" if value else "Nej"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return str(value)
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        try:
            return format(Decimal(repr(value)), "f")
        except InvalidOperation:  # pragma: no cover
            return repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes" if not value.second else "seconds")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def read_xlsx(data: bytes) -> tuple[str, str | None]:
    """(text, problem) of a workbook: every visible sheet in order. Raises on a damaged file."""
    import openpyxl

    wb = openpyxl.load_workbook(
        io.BytesIO(data), read_only=True, data_only=True, keep_links=False, keep_vba=False
    )
    out = TextBuilder()
    problem: str | None = None
    cells = 0
    try:
        for ws in wb.worksheets:
            if getattr(ws, "sheet_state", "visible") != "visible":
                continue
            if hasattr(ws, "reset_dimensions"):
                ws.reset_dimensions()  # a lying <dimension> must not pad rows to XFD1048576
            rows: list[list[str]] = []
            for row in ws.iter_rows(values_only=True):
                if not row:
                    continue
                texts = [format_value(v) for v in row]
                while texts and not texts[-1]:
                    texts.pop()
                if not texts:
                    continue
                cells += len(texts)
                if cells > MAX_CELLS:
                    problem = f"spreadsheet too large: only the first {MAX_CELLS} cells were read"
                    break
                rows.append(texts)
            render_sheet(out, rows)
            out.brk()
            if problem:
                break
    finally:
        wb.close()
    return out.text(), problem
