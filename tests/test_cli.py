"""The command line, through typer's CliRunner: exit codes and what the coordinator reads."""

from __future__ import annotations

import json

from helpers import REPO, reply, write_config
from openpyxl import load_workbook
from typer.testing import CliRunner

from svarsinkorg.cli import app

runner = CliRunner()


def _run(*args: str, env: dict[str, str] | None = None):
    return runner.invoke(app, list(args), env={"COLUMNS": "200", **(env or {})})


def test_demo_runs_the_whole_job_on_the_shipped_examples(tmp_path):
    out = tmp_path / "demo.xlsx"
    result = _run("demo", "--output", str(out), env={"INTAKE_NOW": "2020-01-24T12:00:00+01:00"})
    assert result.exit_code == 0, result.output
    assert "7 dagar kvar" in result.output
    assert "Boulesällskapet Ribersborg" in result.output
    assert "Svarat" in result.output and "Inget svar" in result.output
    assert out.exists()
    ws = load_workbook(out).active
    assert ws.freeze_panes == "B2"
    assert ws.auto_filter.ref
    assert ws["A1"].value == "Förening"
    names = [ws.cell(row=r, column=1).value for r in range(2, ws.max_row + 1)]
    assert names[0] == "Boulesällskapet Ribersborg" and len(names) == 8


def _setup(tmp_path):
    cfg = write_config(tmp_path)
    assert _run("-c", str(cfg), "associations", "import",
                str(REPO / "examples" / "roster.csv")).exit_code == 0
    assert _run("-c", str(cfg), "import", str(REPO / "examples" / "replies")).exit_code == 0
    return cfg


def test_status_json_counts_and_rows(tmp_path):
    cfg = _setup(tmp_path)
    result = _run("-c", str(cfg), "status", "--format", "json",
                  env={"INTAKE_NOW": "2020-02-03T10:00:00+01:00"})
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["days_left"] == -3
    by_name = {a["association"]: a for a in data["associations"]}
    assert by_name["Malmö Schackklubb Springaren"]["status"] == "late"
    assert by_name["Nydala Fritidsförening"]["bounced"] is True
    assert by_name["Somaliska Kvinnoföreningen"]["wants_interview"] is True
    assert by_name["Kirsebergs Körsällskap"]["status"] == "responded"
    assert data["counts"]["total"] == 8
    assert data["unmatched"] == 1
    row = by_name["Nydala Fritidsförening"]
    assert (row["reminders"], row["last_reminded_at"], row["opted_out"]) == (0, None, False)


def test_export_json_has_the_contract_shape(tmp_path):
    cfg = _setup(tmp_path)
    out = tmp_path / "e.json"
    result = _run("-c", str(cfg), "export", "--format", "json", "--output", str(out))
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data) == {"survey", "associations", "unmatched"}
    assert data["survey"] == {
        "name": "Kartläggning: civilsamhällets arbete mot segregation i Malmö",
        "deadline": "2020-01-31", "timezone": "Europe/Stockholm"}
    a = data["associations"][0]
    assert set(a) == {"association", "org_number", "emails", "status", "bounced", "received_at",
                      "wants_interview", "declined", "needs_review", "answers", "sources",
                      "review_reasons", "answer_notes"}
    # "declined" added by issue 9, "answer_notes" by its round 52 (keys are only added)
    assert list(a["answers"]) == ["about", "works_against_segregation", "how",
                                  "obstacles_opportunities"]
    assert set(data["unmatched"][0]) == {"message_id", "from", "subject", "date", "kind"}
    delfinen = next(x for x in data["associations"] if x["association"].startswith("Simklubben"))
    assert {s["source"] for s in delfinen["sources"]} == {"Delfinen svar.docx"}


def test_export_csv_opens_in_excel_with_swedish_headers(tmp_path):
    cfg = _setup(tmp_path)
    out = tmp_path / "e.csv"
    assert _run("-c", str(cfg), "export", "-f", "csv", "-o", str(out)).exit_code == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    header = raw.decode("utf-8-sig").splitlines()[0].split(";")
    assert header[:4] == ["Förening", "Organisationsnummer", "E-post", "Status"]


def test_english_is_a_config_switch(tmp_path):
    cfg = write_config(tmp_path)
    cfg.write_text(cfg.read_text(encoding="utf-8").replace('language = "sv"', 'language = "en"'),
                   encoding="utf-8")
    _run("-c", str(cfg), "associations", "import", str(REPO / "examples" / "roster.csv"))
    result = _run("-c", str(cfg), "status")
    assert result.exit_code == 0
    assert "No response" in result.output and "Inget svar" not in result.output


def test_bad_config_exits_2_naming_the_key(tmp_path):
    cfg = write_config(tmp_path)
    cfg.write_text(cfg.read_text(encoding="utf-8").replace('kind = "yes_no"', 'kind = "skala"'),
                   encoding="utf-8")
    result = _run("-c", str(cfg), "status")
    assert result.exit_code == 2
    assert "survey.questions[1].kind" in result.output


def test_roster_rows_with_problems_are_reported_by_row(tmp_path):
    cfg = write_config(tmp_path)
    roster = tmp_path / "r.csv"
    roster.write_text("name,email\nA,a@a.se\n,b@b.se\nC,inte-adress\n", encoding="utf-8")
    result = _run("-c", str(cfg), "associations", "import", str(roster))
    assert result.exit_code == 0
    assert "Rad 3" in result.output and "Rad 4" in result.output
    assert "1 nya" in result.output


def test_review_lists_unmatched_mail_and_assign_fixes_it(tmp_path):
    cfg = _setup(tmp_path)
    result = _run("-c", str(cfg), "review")
    assert result.exit_code == 0
    review_part = result.output.split("Meddelanden utan förening")[0]
    assert "nils.berg@example.net" not in review_part  # "other" mail is no review item
    state = json.loads(_run("-c", str(cfg), "status", "-f", "json").output)
    assert state["unmatched"] == 1
    bad = _run("-c", str(cfg), "assign", "999", "Hyllie IF")
    assert bad.exit_code == 1


def test_set_and_assign_errors_exit_1(tmp_path):
    cfg = _setup(tmp_path)
    result = _run("-c", str(cfg), "set", "Okänd", "how", "x")
    assert result.exit_code == 1
    ok = _run("-c", str(cfg), "set", "Nydala", "status", "responded")
    assert ok.exit_code == 0, ok.output
    state = json.loads(_run("-c", str(cfg), "status", "-f", "json").output)
    nydala = next(a for a in state["associations"] if a["association"].startswith("Nydala"))
    assert nydala["status"] == "responded"


def test_exports_never_turn_answers_into_formulas(tmp_path):
    from svarsinkorg import service
    from svarsinkorg.config import load_config

    cfg_path = _setup(tmp_path)
    cfg = load_config(cfg_path)
    service.set_value(cfg, "Nydala", "how", '=HYPERLINK("http://x","klicka")')
    service.set_value(cfg, "Nydala", "about", "Vi\x1b är en förening")
    xlsx, csv_path = tmp_path / "e.xlsx", tmp_path / "e.csv"
    assert _run("-c", str(cfg_path), "export", "-f", "xlsx", "-o", str(xlsx)).exit_code == 0
    assert _run("-c", str(cfg_path), "export", "-f", "csv", "-o", str(csv_path)).exit_code == 0
    ws = load_workbook(xlsx).active
    row = next(r for r in ws.iter_rows(min_row=2) if str(r[0].value).startswith("Nydala"))
    cells = {c.value: c.data_type for c in row if isinstance(c.value, str)}
    assert cells['=HYPERLINK("http://x","klicka")'] == "s"
    assert "Vi är en förening" in cells
    assert "'=HYPERLINK" in csv_path.read_text(encoding="utf-8-sig")


def test_review_also_lists_mail_that_belongs_to_no_association(tmp_path):
    cfg = _setup(tmp_path)
    result = _run("-c", str(cfg), "review")
    assert result.exit_code == 0
    assert "Meddelanden utan förening" in result.output
    assert "nils.berg@example.net" in result.output
    assert "Fråga om bidrag" in result.output


def test_review_shows_a_mails_headers_once_above_its_reasons(tmp_path):
    # The trial on unseen42: 19 items took 429 lines in an 80-column terminal, each reason
    # repeating its mail's number, sender, subject (wrapped to six lines) and date.
    cfg = _setup(tmp_path)
    (tmp_path / "mail").mkdir()
    (tmp_path / "mail" / "nydala.eml").write_bytes(reply(
        "Hej\n\nVi är en schackklubb för alla åldrar i Nydala. Segregation jobbar vi inte med "
        "direkt men alla är välkomna hos oss.\n\n/Bengt\n",
        sender="nydala.fritid@hotmail.com", name="Bengt", subject="Re: Kartläggning 2"))
    assert _run("-c", str(cfg), "import", str(tmp_path / "mail")).exit_code == 0
    out = _run("-c", str(cfg), "review", env={"COLUMNS": "250"}).output
    rows = [line for line in out.splitlines() if "Nydala Fritidsförening" in line]
    assert len(rows) == 1 and "Re: Kartläggning 2" in rows[0]
    mail_id = rows[0].split("│")[1].strip()
    state = json.loads(_run("-c", str(cfg), "status", "-f", "json").output)
    nydala = next(a for a in state["associations"] if a["association"].startswith("Nydala"))
    reasons = nydala["review_reasons"]
    assert len(reasons) >= 2  # several reasons, one row of headers
    body = out.split("Att granska")[1]
    for why in reasons:
        assert why[:40] in body
    assert out.count(f"│ {mail_id} ") == 1
