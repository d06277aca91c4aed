"""Exports: JSON (a contract other tools read), CSV and XLSX (what a person opens)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from ..config import Survey
from ..store.records import SurveyState
from .labels import Labels

EXPORT_FORMATS = ("json", "csv", "xlsx")


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def export_json(survey: Survey, state: SurveyState, t: Labels | None = None
                ) -> dict[str, Any]:
    """The JSON export. Its shape is a contract: add keys, never rename or drop one.
    `review_reasons`: why the record needs a person, in the survey's language;
    `answer_notes`: what a person should see beside an answer, not review (a yes said with
    a qualifier: its question, code, the writer's words and the line in that language)."""
    t = t or Labels.for_survey(survey)
    return {
        "survey": {"name": survey.name, "deadline": survey.deadline.isoformat(),
                   "timezone": survey.timezone},
        "associations": [
            {
                "association": r.name,
                "org_number": r.org_number,
                "emails": list(r.emails),
                "status": r.status,
                "bounced": r.bounced,
                "received_at": _iso(r.received_at),
                "wants_interview": r.wants_interview,
                "declined": r.declined,  # added by issue 9: keys are added, never renamed
                "needs_review": r.needs_review,
                "answers": {k: r.answers.get(k) for k in survey.keys},
                "sources": r.sources,
                "review_reasons": t.reasons(r.reasons),
                # added: notes on the answers, shown and not reviewed (a qualified yes)
                "answer_notes": [
                    {"question": n.key, "code": n.code, "detail": n.detail, "text": text}
                    for n, text in zip(r.answer_notes,
                                       t.answer_notes(r.answer_notes, r.answers), strict=True)],
            }
            for r in state.associations
        ],
        "unmatched": [
            {"message_id": m.message_id, "from": m.from_addr, "subject": m.subject,
             "date": _iso(m.date), "kind": m.kind}
            for m in state.unmatched
        ],
    }


def _cell(value: Any, t: Labels) -> str:
    if isinstance(value, bool):
        return t.yes_no(value)
    return "" if value is None else str(value)


def table_rows(survey: Survey, state: SurveyState, t: Labels) -> tuple[list[str], list[list[Any]]]:
    """Header and rows shared by CSV and XLSX: one row per association."""
    header = [t("association"), t("org_number"), t("emails"), t("status"), t("received"),
              t("bounced"), t("wants_interview"), t("needs_review")]
    header += [f"{q.number}. {q.text}" for q in survey.questions]
    # the notes on the answers beside them (added), then the reasons as they were
    header += [t("answer_notes"), t("flags"), t("review_reasons")]
    rows: list[list[Any]] = []
    for r in state.associations:
        received = r.received_at.astimezone(survey.tz).strftime("%Y-%m-%d %H:%M") \
            if r.received_at else ""
        # a decline is said beside the status it sits in ("Svarat (avböjer att delta)")
        status = f"{t(r.status)} ({t('declined_flag')})" if r.declined else t(r.status)
        row: list[Any] = [r.name, r.org_number or "", "; ".join(r.emails), status,
                          received, _cell(r.bounced, t), _cell(r.wants_interview, t),
                          _cell(r.needs_review, t)]
        row += [_cell(r.answers.get(q.key), t) for q in survey.questions]
        row.append("\n".join(t.answer_notes(r.answer_notes, r.answers)))
        reasons = t.reasons(r.reasons)
        # "flags" held the reasons before review_reasons had its own column: kept as it was
        row += ["; ".join(reasons), "\n".join(reasons)]
        rows.append(row)
    return header, rows


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: Any) -> Any:
    """Answers are strangers' text: a cell starting with = + - @ would run as a formula in
    Excel (CSV injection), so it gets a leading apostrophe, as OWASP advises."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(path: Path, survey: Survey, state: SurveyState, t: Labels) -> None:
    header, rows = table_rows(survey, state, t)
    rows = [[csv_safe(v) for v in row] for row in rows]
    buf = io.StringIO()
    # Excel opens a ;-separated UTF-8 file with BOM correctly in Swedish locales.
    writer = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    writer.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8-sig", newline="")


def write_xlsx(path: Path, survey: Survey, state: SurveyState, t: Labels) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    header, rows = table_rows(survey, state, t)
    wb = Workbook()
    ws = wb.active
    ws.title = t("association")[:31]
    ws.append(header)
    for row in rows:
        ws.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v
                   for v in row])
    for xl_row in ws.iter_rows(min_row=2):
        for cell in xl_row:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # never a formula, whatever the text starts with
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = wrap
    n_fixed = 8
    widths = [34, 16, 30, 12, 17, 10, 12, 12] + [60] * len(survey.questions) + [60, 40, 60]
    for i, width in enumerate(widths, start=1):
        letter = get_column_letter(i)
        if i > n_fixed and i <= n_fixed + len(survey.questions) \
                and survey.questions[i - n_fixed - 1].kind == "yes_no":
            width = 14
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "B2"
    ws.auto_filter.ref = ws.dimensions
    wb.save(path)


def write_export(fmt: str, path: Path, survey: Survey, state: SurveyState, t: Labels) -> None:
    if fmt == "json":
        path.write_text(json.dumps(export_json(survey, state, t), ensure_ascii=False, indent=2)
                        + "\n", encoding="utf-8")
    elif fmt == "csv":
        write_csv(path, survey, state, t)
    elif fmt == "xlsx":
        write_xlsx(path, survey, state, t)
    else:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
