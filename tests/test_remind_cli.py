"""`intake remind`, `intake report`, `intake associations opt-out/opt-in` and the reminder
columns of `intake status`, through typer's CliRunner against a real SMTP server."""

from __future__ import annotations

import datetime as dt
import email
from collections.abc import Iterator
from email import policy
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from dovecot import free_port
from helpers import reply, write_config
from typer.testing import CliRunner

from svarsinkorg.cli import app

runner = CliRunner()
NOW = "2020-01-24T09:00:00+01:00"
ROSTER = ("name,email,org_number\n"
          "Boulesällskapet Ribersborg,boule.ribersborg@gmail.com,802640-1111\n"
          "Föreningen Grannskap Rosengård,info@grannskap-rosengård.se,802611-2222\n"
          "Hyllie IF,kansli@hyllieif.se,802557-1038\n")


class Handler:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], bytes]] = []
        self.refuse: dict[str, str] = {}

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((list(envelope.rcpt_tos), envelope.original_content))
        return "250 OK"

    def subjects(self) -> dict[str, str]:
        out = {}
        for rcpts, data in self.messages:
            msg = email.message_from_string(data.decode("utf-8"), policy=policy.default)
            out[rcpts[0]] = str(msg["Subject"])
        return out


@pytest.fixture
def smtp() -> Iterator[tuple[Handler, int]]:
    handler = Handler()
    port = free_port()
    ctl = Controller(handler, hostname="127.0.0.1", port=port)
    ctl.start()
    try:
        yield handler, port
    finally:
        ctl.stop()


def run(*args: str, now: str = NOW) -> Any:
    return runner.invoke(app, list(args), env={"COLUMNS": "250", "INTAKE_NOW": now})


def setup(tmp_path: Path, port: int | None, *, language: str = "sv") -> str:
    extra = ""
    if port is not None:
        extra = (f'[smtp]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\n'
                 'from = "Samordnare <samordnare@malmö.se>"\n')
    cfg = write_config(tmp_path, extra=extra)
    text = cfg.read_text(encoding="utf-8").replace("rate_per_minute = 30",
                                                   "rate_per_minute = 6000")
    text = text.replace('language = "sv"', f'language = "{language}"')
    cfg.write_text(text, encoding="utf-8")
    (tmp_path / "roster.csv").write_text(ROSTER, encoding="utf-8")
    (tmp_path / "mail").mkdir()
    (tmp_path / "mail" / "boule.eml").write_bytes(reply(
        "1. Vi spelar boule.\n2. Ja\n3. Öppna spelkvällar.\n4. Ingen vinterlokal.\n",
        sender="boule.ribersborg@gmail.com", name="Sten Åkesson"))
    assert run("-c", str(cfg), "associations", "import", str(tmp_path / "roster.csv")
               ).exit_code == 0
    result = run("-c", str(cfg), "import", str(tmp_path / "mail"))
    assert result.exit_code == 0, result.output
    return str(cfg)


def test_dry_run_prints_who_would_get_what_and_sends_nothing(tmp_path: Path, smtp) -> None:
    handler, port = smtp
    cfg = setup(tmp_path, port)
    result = run("-c", cfg, "remind")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Provkörning" in out
    assert "Skulle skicka påminnelse 1 till Föreningen Grannskap Rosengård" in out
    assert "Till: info@grannskap-rosengård.se" in out
    assert "Ämne: Påminnelse: Kartläggning: civilsamhällets arbete mot segregation i Malmö " \
           "[ref: " in out
    assert "| Hej Hyllie IF!" in out
    assert "Boulesällskapet" not in out.split("Provkörning")[1].split("Skulle skicka:")[0]
    assert "Skulle skicka: 2 · Hoppar över: 1 (1 har svarat)" in out
    assert handler.messages == []



def test_dry_run_summary_names_every_skip_reason_in_words(tmp_path: Path, smtp) -> None:
    # A declined association was summed up as "1 skipped_declined": the label was missing.
    handler, port = smtp
    cfg = setup(tmp_path, port)
    (tmp_path / "mail" / "hyllie.eml").write_bytes(reply(
        "Hej!\n\nStyrelsen meddelar att vi inte svarar på enkäten i år.\n\nMvh\nOla\n",
        sender="kansli@hyllieif.se", name="Ola Hansson"))
    assert run("-c", cfg, "import", str(tmp_path / "mail")).exit_code == 0
    out = run("-c", cfg, "remind").output
    assert "Hoppar över Hyllie IF: har avböjt att delta" in out
    assert "Skulle skicka: 1 · Hoppar över: 2 (1 avböjt att delta, 1 har svarat)" in out
    assert "skipped_" not in out and handler.messages == []


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_skip_reason_has_its_words(language: str) -> None:
    from svarsinkorg.reminders.select import SKIP_REASONS
    from svarsinkorg.reports.labels import LABELS

    for reason in SKIP_REASONS:
        for key in (f"skip_{reason}", f"skipped_{reason}"):
            assert LABELS[language].get(key), (language, key)


def test_send_then_again_the_same_day(tmp_path: Path, smtp) -> None:
    handler, port = smtp
    cfg = setup(tmp_path, port)
    result = run("-c", cfg, "remind", "--send")
    assert result.exit_code == 0, result.output
    assert "Skickad: Hyllie IF (kansli@hyllieif.se)" in result.output
    assert "Skickade: 2 · Hoppade över: 1 (1 har svarat) · Misslyckades: 0" in result.output
    assert len(handler.messages) == 2
    again = run("-c", cfg, "remind", "--send", now="2020-01-24T18:00:00+01:00")
    assert again.exit_code == 0, again.output
    assert "Hoppar över Hyllie IF: redan påmind i dag" in again.output
    assert "Skickade: 0" in again.output
    assert len(handler.messages) == 2
    # The status table gains the reminder columns.
    status = run("-c", cfg, "status", now="2020-01-25T10:00:00+01:00")
    assert status.exit_code == 0, status.output
    assert "Påminnelser" in status.output and "Senast påmind" in status.output
    hyllie = next(line for line in status.output.splitlines() if "Hyllie IF" in line)
    assert "2020-01-24" in hyllie and " 1 " in hyllie


def test_only_reminds_one_association(tmp_path: Path, smtp) -> None:
    handler, port = smtp
    cfg = setup(tmp_path, port)
    result = run("-c", cfg, "remind", "--send", "--only", "hyllie if")
    assert result.exit_code == 0, result.output
    assert [m[0] for m in handler.messages] == [["kansli@hyllieif.se"]]
    said = run("-c", cfg, "remind", "--only", "Boulesällskapet Ribersborg")
    assert "Hoppar över Boulesällskapet Ribersborg: har svarat" in said.output
    missing = run("-c", cfg, "remind", "--only", "Finns Inte")
    assert missing.exit_code == 1
    assert "Det finns ingen förening 'Finns Inte' i registret." in missing.output


def test_opt_out_and_opt_in(tmp_path: Path, smtp) -> None:
    handler, port = smtp
    cfg = setup(tmp_path, port)
    out = run("-c", cfg, "associations", "opt-out", "Hyllie IF")
    assert out.exit_code == 0 and "Hyllie IF får inga fler påminnelser." in out.output
    dry = run("-c", cfg, "remind")
    assert "Hoppar över Hyllie IF: har avböjt påminnelser" in dry.output
    sent = run("-c", cfg, "remind", "--send")
    assert sent.exit_code == 0, sent.output
    # aiosmtpd's Controller offers SMTPUTF8, so the domain goes out in Unicode.
    assert [m[0] for m in handler.messages] == [["info@grannskap-rosengård.se"]]
    status = run("-c", cfg, "status")
    hyllie = next(line for line in status.output.splitlines() if "Hyllie IF" in line)
    assert "Avböjt påminnelser" in hyllie
    back = run("-c", cfg, "associations", "opt-in", "Hyllie IF")
    assert back.exit_code == 0 and "Hyllie IF får påminnelser igen." in back.output
    assert "Skulle skicka påminnelse 1 till Hyllie IF" in run("-c", cfg, "remind").output
    assert run("-c", cfg, "associations", "opt-out", "Ingen Sådan").exit_code == 1


def test_refused_recipient_is_reported_and_exit_code_is_1(tmp_path: Path, smtp) -> None:
    handler, port = smtp
    handler.refuse["kansli@hyllieif.se"] = "550 5.1.1 no such user"
    cfg = setup(tmp_path, port)
    result = run("-c", cfg, "remind", "--send")
    assert result.exit_code == 1
    assert "Avvisad av servern: Hyllie IF <kansli@hyllieif.se>: 550 5.1.1 no such user" \
        in result.output
    assert "Skickade: 1" in result.output and "Misslyckades: 1" in result.output


def test_a_reply_to_the_reminder_matches_by_reference_and_shows_in_the_report(
        tmp_path: Path, smtp) -> None:
    handler, port = smtp
    cfg = setup(tmp_path, port)
    assert run("-c", cfg, "remind", "--send").exit_code == 0
    subject = handler.subjects()["kansli@hyllieif.se"]
    # Someone else at the club answers from a private address: the reference decides.
    (tmp_path / "mail2").mkdir()
    (tmp_path / "mail2" / "svar.eml").write_bytes(reply(
        "1. Vi är en fotbollsklubb.\n2. Ja\n3. Gratis träning.\n4. Brist på planer.\n",
        sender="per.privat@example.org", name="Per", subject="SV: " + subject,
        threaded=False, when=dt.datetime(2020, 1, 26, 20, 0, tzinfo=dt.UTC)))
    assert run("-c", cfg, "import", str(tmp_path / "mail2")).exit_code == 0
    report = tmp_path / "out" / "report.html"
    result = run("-c", cfg, "report", "--output", str(report), now="2020-01-27T10:00:00+01:00")
    assert result.exit_code == 0, result.output
    assert "Rapporten är sparad" in result.output
    html = report.read_text(encoding="utf-8")
    row = html.split('data-association="Hyllie IF" data-status="responded"')[1].split("</tr>")[0]
    assert "efter påminnelse 1" in row


def test_missing_smtp_table_and_english_labels(tmp_path: Path) -> None:
    cfg = setup(tmp_path, None, language="en")
    dry = run("-c", cfg, "remind")
    assert dry.exit_code == 0, dry.output
    assert "Dry run: nothing is sent" in dry.output
    assert "Would send reminder 1 to Hyllie IF" in dry.output
    # the built-in reminder follows the switch as the screens do (one language per survey)
    assert "Dear Hyllie IF," in dry.output and "Hej Hyllie IF!" not in dry.output
    result = run("-c", cfg, "remind", "--send")
    assert result.exit_code == 2
    assert "no [smtp] table" in result.output
