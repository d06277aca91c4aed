"""XLSX attachments: questions down column A or across a header row, all visible sheets."""

from __future__ import annotations

import json

import attachment_factories as f
import pytest
from helpers import run

from svarsinkorg.config import Limits
from svarsinkorg.parsers.attachments import read_attachment
from svarsinkorg.parsers.attachments.render import TextBuilder, question_like, render_sheet
from svarsinkorg.parsers.attachments.xlsx import format_value

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
LIMITS = Limits()


def _read(data: bytes) -> str:
    result = read_attachment("svar.xlsx", XLSX_TYPE, data, LIMITS)
    assert result.kind == "xlsx"
    assert result.problem is None, result.problem
    assert result.text is not None
    return result.text


def test_questions_in_column_a_answers_in_column_b() -> None:
    text = _read(f.xlsx_columns_ab())
    assert text.startswith("Förening\nFöreningen Ängsblomman\n\nFråga\nSvar\n\n")
    for q, a in zip(f.QUESTIONS, f.ANSWERS, strict=True):
        assert f"{q}\n{a}\n\n" in text
    assert "Antal medlemmar\n85" in text  # not 85.0
    assert "Bidrag 2019 (kr)\n12500.5" in text
    assert "=B9" not in text  # formulas are never shown, only cached values


def test_header_row_of_questions_renders_column_wise() -> None:
    text = _read(f.xlsx_header_row())
    assert text.startswith("Förening\nFöreningen Ängsblomman\n\n")
    for q, a in zip(f.QUESTIONS, f.ANSWERS, strict=True):
        assert f"{q}\n{a}" in text
    assert text.index(f.QUESTIONS[0]) < text.index(f.QUESTIONS[3])


def test_all_visible_sheets_in_order_hidden_sheet_skipped() -> None:
    text = _read(f.xlsx_two_sheets())
    for q, a in zip(f.QUESTIONS, f.ANSWERS, strict=True):
        assert f"{q}\n{a}" in text
    assert text.index(f.QUESTIONS[1]) < text.index(f.QUESTIONS[2])
    assert "DOLD-LISTA" not in text


def test_merged_cells_read_once() -> None:
    text = _read(f.xlsx_merged())
    assert text.count("Kartläggning – Föreningen Ängsblomman") == 1
    for q, a in zip(f.QUESTIONS, f.ANSWERS, strict=True):
        assert f"{q}\n{a}\n" in text + "\n"
        assert text.count(a) == 1


def test_budget_is_rendered_plainly_row_by_row() -> None:
    text = _read(f.xlsx_budget())
    assert text.split("\n\n")[0] == "Post\nBudget\nUtfall\nDatum"
    assert "Lokalhyra\n48000\n47250.75\n2020-01-15" in text
    assert "Fika\n3500\n4100\n2020-01-20 14:30" in text
    assert "Resor\n0.25\n0.0000001" in text


@pytest.mark.parametrize(
    ("value", "expected"),
    [(120.0, "120"), (0.1, "0.1"), (1e20, "100000000000000000000"), (3, "3"), (True, "Ja"),
     (None, ""), ("  text\r\nrad  ", "text\nrad")],
)
def test_format_value(value: object, expected: str) -> None:
    assert format_value(value) == expected


def test_render_sheet_two_questions_down_column_a_is_not_mistaken_for_a_header_row() -> None:
    out = TextBuilder()
    render_sheet(out, [["Vilka är ni?", "Vi är en förening. Vill ni veta mer?"],
                       ["Arbetar ni mot segregation?", "Ja"]])
    assert out.text() == (
        "Vilka är ni?\nVi är en förening. Vill ni veta mer?\n\nArbetar ni mot segregation?\nJa"
    )


def test_sample_09_xlsx_holds_each_answer_after_its_question() -> None:
    base = f.samples_dir()
    if base is None:
        pytest.skip("samples not found (set INTAKE_SAMPLES_DIR or provide ../shared/samples)")
    name, ctype, data = f.sample_attachment("messages/09_info_pildammsscout.eml", ".xlsx")
    result = read_attachment(name, ctype, data, LIMITS)
    assert result.kind == "xlsx" and result.problem is None, result
    text = result.text or ""
    truth = json.loads((base / "truth.json").read_text(encoding="utf-8"))
    answers = next(
        a for a in truth["associations"] if a["name"] == "Scoutkåren Pildammarna"
    )["answers"]
    assert f.block_after(text, "Vilka är ni och vad bedriver ni") == f.norm(answers["about"])
    assert f.block_after(text, "Arbetar ni för att motverka segregation?") == "Ja"
    assert answers["works_against_segregation"] is True
    assert f.block_after(text, "på vilket sätt arbetar ni") == f.norm(answers["how"])
    assert f.block_after(text, "Vilka hinder respektive möjligheter") == f.norm(
        answers["obstacles_opportunities"]
    )


# --- spreadsheets: a header row of "Fråga 1", "Fråga 2", ... -------------------------------


def _sheet(rows: list[list[str]]) -> str:
    out = TextBuilder()
    render_sheet(out, rows)
    return out.text()


def test_header_row_of_question_numbers_renders_column_wise() -> None:
    text = _sheet([["Förening", "Fråga 1", "Fråga 2", "Fråga 3", "Fråga 4"],
                   ["Ängsblomman", *f.ANSWERS]])
    assert run(text) == {"about": f.ANSWERS[0], "works_against_segregation": True,
                         "how": f.ANSWERS[2], "obstacles_opportunities": f.ANSWERS[3]}


def test_question_label_needs_nothing_after_the_number() -> None:
    assert question_like("Fråga 3") and question_like("Q4:") and question_like("F2")
    assert not question_like("Fråga 3 kronor per medlem")
    assert not question_like("Frågor")
    # a budget header stays row-wise
    assert _sheet([["Konto", "2019", "2020"], ["Hyra", "12000", "13000"]]).splitlines()[:3] == [
        "Konto", "2019", "2020"]


# A header row of the writer's own short labels (no question among them) over an answer row.
_OWN_LABELS = ["Klubb", "Om oss", "Segregation ja/nej", "På vilket sätt", "Utmaningar"]
_OWN_ROW = ["Limhamns Roddklubb",
            "Vi ror på sundet året runt och har ungefär hundra medlemmar i alla åldrar.",
            "Ja",
            "Vi lånar ut båtar gratis till skolor i Holma och Kroksbäck varje vår.",
            "Det är dyrt att ta sig hit men vattnet lockar alla som provar en gång."]


def test_render_sheet_own_label_header_over_an_answer_row_renders_column_wise() -> None:
    out = TextBuilder()
    render_sheet(out, [_OWN_LABELS, _OWN_ROW])
    for label, value in zip(_OWN_LABELS, _OWN_ROW, strict=True):
        assert f"{label}\n{value}" in out.text().split("\n\n")


def test_render_sheet_label_header_over_names_and_numbers_stays_row_wise() -> None:
    out = TextBuilder()
    render_sheet(out, [["Namn", "Roll", "Telefon", "Sedan"],
                       ["Eva Lind", "Ordförande", "040-123 45", "2015"],
                       ["Ali Karimi", "Kassör", "040-987 65", "2018"]])
    assert out.text().split("\n\n")[1] == "Eva Lind\nOrdförande\n040-123 45\n2015"


def test_render_sheet_label_header_with_one_prose_cell_per_row_stays_row_wise() -> None:
    out = TextBuilder()
    render_sheet(out, [["Datum", "Aktivitet", "Plats"],
                       ["2020-02-01", "Vi spelar brädspel och dricker kaffe hela eftermiddagen",
                        "Kroksbäck"]])
    assert out.text().split("\n\n")[0] == "Datum\nAktivitet\nPlats"


def test_own_label_header_workbook_gives_each_answer(tmp_path) -> None:
    from email.message import EmailMessage

    import openpyxl
    from helpers import make_config

    from svarsinkorg.intake.match import RosterEntry
    from svarsinkorg.pipeline import parse_message

    wb = openpyxl.Workbook()
    wb.active.append(_OWN_LABELS)
    wb.active.append(_OWN_ROW)
    m = EmailMessage()
    m.set_content("Hej, här är vårt kalkylark.\n\nMvh Eva")
    m["From"] = "eva@roddklubben.se"
    m["To"] = "samordnare@xn--malm-8qa.se"
    m["Subject"] = "Re: Kartläggning"
    m["Date"] = "Fri, 10 Jan 2020 12:00:00 +0100"
    m.add_attachment(f._save_xlsx(wb), maintype="application",
                     subtype=XLSX_TYPE.split("/")[1], filename="svar.xlsx")
    p = parse_message(bytes(m), make_config(tmp_path).survey,
                      [RosterEntry(1, "Limhamns Roddklubb", ("eva@roddklubben.se",))])
    assert p.answers["about"]["value"] == _OWN_ROW[1]
    assert p.answers["works_against_segregation"]["value"] is True
    assert p.answers["how"]["value"] == _OWN_ROW[3]
    assert p.answers["obstacles_opportunities"]["value"] == _OWN_ROW[4]
