"""Reading the roster (CSV or XLSX with columns name, email, org_number)."""

from __future__ import annotations

import contextlib
import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from ..model import RosterRow  # the bottom layer's; re-exported here
from .addresses import is_valid_address, split_addresses

_NAME_COLS = ("name", "namn", "förening", "forening", "association")
_EMAIL_COLS = ("email", "e-mail", "e-post", "epost", "mejl", "mail")
_ORG_COLS = ("org_number", "orgnr", "organisationsnummer", "org_nr", "org number")


@dataclass
class RosterReadResult:
    rows: list[RosterRow] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (line, why)


def _pick(header: list[str], names: tuple[str, ...]) -> int | None:
    low = [h.strip().lower() for h in header]
    for n in names:
        if n in low:
            return low.index(n)
    return None


def _rows_from_table(table: list[list[str]]) -> RosterReadResult:
    result = RosterReadResult()
    if not table:
        result.skipped.append((1, "the file is empty"))
        return result
    header = table[0]
    i_name, i_email, i_org = (_pick(header, _NAME_COLS), _pick(header, _EMAIL_COLS),
                              _pick(header, _ORG_COLS))
    if i_name is None or i_email is None:
        result.skipped.append((1, "the header needs the columns 'name' and 'email'"))
        return result
    seen: set[str] = set()
    for line, row in enumerate(table[1:], start=2):
        cells = [c.strip() for c in row] + [""] * 3
        if not any(cells):
            continue
        name, email_cell = cells[i_name], cells[i_email]
        org = cells[i_org] if i_org is not None else ""
        if not name:
            result.skipped.append((line, "no name"))
            continue
        emails = split_addresses(email_cell)
        bad = [e for e in emails if not is_valid_address(e)]
        if not emails or bad:
            result.skipped.append((line, f"invalid e-mail address: {', '.join(bad) or '(none)'}"))
            continue
        if name in seen:
            result.skipped.append((line, f"'{name}' appears twice; the first row counts"))
            continue
        seen.add(name)
        result.rows.append(RosterRow(line, name, tuple(emails), org or None))
    return result


def read_roster(path: Path) -> RosterReadResult:
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True, data_only=True)
        try:
            ws = wb.worksheets[0]
            table = [["" if v is None else str(v) for v in row]
                     for row in ws.iter_rows(values_only=True)]
        finally:
            wb.close()
        return _rows_from_table(table)
    data = path.read_bytes()
    for enc in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    dialect: type[csv.Dialect] | csv.Dialect = csv.excel
    with contextlib.suppress(csv.Error):
        dialect = csv.Sniffer().sniff(text.splitlines()[0] if text else "", delimiters=",;\t")
    return _rows_from_table([r for r in csv.reader(io.StringIO(text), dialect)])
