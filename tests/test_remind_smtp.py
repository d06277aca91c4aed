"""Sending reminders to a real SMTP server on 127.0.0.1 (aiosmtpd): recipients, subject,
threading headers, åäö, internationalised domains with and without SMTPUTF8, dry run,
no second reminder the same day (also after a crash), refused recipients, the rate limit
(with a fake clock), login by password and XOAUTH2, TLS, and the Microsoft 365 answer."""

from __future__ import annotations

import base64
import datetime as dt
import email
import itertools
import os
import shutil
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import policy
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from dovecot import free_port, make_certificates
from helpers import make_config
from sqlalchemy import select
from sqlalchemy.orm import Session

from svarsinkorg.config import Config
from svarsinkorg.reminders import run as run_module
from svarsinkorg.reminders.run import RunResult, run_reminders
from svarsinkorg.reminders.smtp import SmtpError, SmtpSession, connect
from svarsinkorg.store.db import Store
from svarsinkorg.store.models import Association, AssociationEmail, Message
from svarsinkorg.store.reminder_state import Reminder

NOW = dt.datetime(2020, 1, 24, 9, 0, tzinfo=dt.UTC)
FROM = "Samordnare Åsa Lind <samordnare@malmö.se>"
ORIGINAL = "<kartlaggning-2019@xn--malm-8qa.se>"
IDN = "grannskap-rosengård.se"
PUNY = IDN.encode("idna").decode("ascii")  # xn--grannskap-rosengrd-...
_n = itertools.count(1)


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    mail_options: list[str]
    data: bytes

    def message(self) -> email.message.EmailMessage:
        text = self.data.decode("utf-8")  # SMTPUTF8 messages carry raw UTF-8 headers
        return email.message_from_string(text, policy=policy.default)  # type: ignore[return-value]


@dataclass
class Handler:
    received: list[Received] = field(default_factory=list)
    refuse: dict[str, str] = field(default_factory=dict)  # rcpt -> the server's answer
    mail_answer: str | None = None
    xoauth2: list[str] = field(default_factory=list)

    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str,
                          mail_options: list[str]) -> str:
        if self.mail_answer:
            return self.mail_answer
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos),
                                      list(envelope.mail_options), envelope.original_content))
        return "250 2.0.0 Message accepted for delivery"

    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> AuthResult:
        self.xoauth2.append(base64.b64decode(args[1]).decode())
        return AuthResult(success=True)


@dataclass
class Server:
    handler: Handler
    port: int


def _start(handler: Handler, **kwargs: Any) -> tuple[Controller, int]:
    port = free_port()
    kwargs.setdefault("enable_SMTPUTF8", False)  # aiosmtpd's Controller offers it by default
    ctl = Controller(handler, hostname="127.0.0.1", port=port, **kwargs)
    ctl.start()
    return ctl, port


@pytest.fixture(params=["plain", "smtputf8"])
def server(request: pytest.FixtureRequest) -> Iterator[Server]:
    handler = Handler()
    ctl, port = _start(handler, enable_SMTPUTF8=request.param == "smtputf8")
    try:
        yield Server(handler, port)
    finally:
        ctl.stop()


@pytest.fixture
def plain_server() -> Iterator[Server]:
    handler = Handler()
    ctl, port = _start(handler)
    try:
        yield Server(handler, port)
    finally:
        ctl.stop()


def _offers_smtputf8(port: int) -> bool:
    import smtplib

    with smtplib.SMTP("127.0.0.1", port, timeout=10) as c:
        c.ehlo()
        return c.has_extn("smtputf8")


def config(tmp_path: Path, port: int, **smtp: Any) -> Config:
    reminders = {"min_days_between": 7, "max_reminders": 2, "rate_per_minute": 600,
                 "subject": "Påminnelse: {survey}"}
    table = {"host": "127.0.0.1", "port": port, "security": "none", "from": FROM, **smtp}
    reminders.update(table.pop("reminders", {}))
    return make_config(tmp_path, smtp=table, reminders=reminders)


def add_assoc(s: Session, name: str, *emails: str, ref: str) -> Association:
    a = Association(name=name, ref=ref, roster_order=next(_n))
    a.emails = [AssociationEmail(email=e) for e in emails]
    s.add(a)
    s.flush()
    return a


def roster(cfg: Config) -> None:
    store = Store(cfg.store_url)
    with store.session() as s:
        add_assoc(s, "Föreningen Grannskap Rosengård", "info@grannskap-rosengård.se", ref="G7Q2")
        add_assoc(s, "Hyllie IF", "kansli@hyllieif.se", "ordf@hyllieif.se", ref="H3K9")
        answered = add_assoc(s, "Boulesällskapet Ribersborg", "boule@example.org", ref="B2B2")
        raw = b"reply"
        s.add(Message(message_key="<r@x>", sha256="0" * 64, raw=raw, size=len(raw),
                      origin="test", sent_at=NOW - dt.timedelta(days=2), kind="reply",
                      association_id=answered.id, answers={}, problems={},
                      bounced_addresses={}))
    store.close()


def rows(cfg: Config) -> list[Reminder]:
    store = Store(cfg.store_url)
    with store.session() as s:
        out = list(s.scalars(select(Reminder).order_by(Reminder.id)))
    store.close()
    return out


def send(cfg: Config, now: dt.datetime = NOW, **kw: Any) -> RunResult:
    return run_reminders(cfg, send=True, now=lambda: now, **kw)


def test_reminders_arrive_with_threading_and_swedish_text(tmp_path: Path,
                                                          server: Server) -> None:
    cfg = config(tmp_path, server.port)
    roster(cfg)
    result = send(cfg)
    assert (result.sent, result.failed, result.aborted) == (2, 0, None)
    assert [s.reason for s in result.skipped] == ["responded"]
    got = {tuple(sorted(r.rcpt_tos)): r for r in server.handler.received}
    utf8 = any("SMTPUTF8" in r.mail_options for r in got.values())
    idn = f"info@{IDN}" if utf8 else f"info@{PUNY}"
    assert set(got) == {(idn,), ("kansli@hyllieif.se", "ordf@hyllieif.se")}
    for rec in got.values():
        assert rec.mail_from == ("samordnare@malmö.se" if utf8 else "samordnare@xn--malm-8qa.se")
        msg = rec.message()
        assert msg["In-Reply-To"] == ORIGINAL
        assert msg["References"] == ORIGINAL
        assert msg["From"].addresses[0].display_name == "Samordnare Åsa Lind"
        assert msg["Subject"].startswith("Påminnelse: Kartläggning: civilsamhällets arbete")
    grannskap = got[(idn,)].message()
    assert grannskap["Subject"].endswith("[ref: G7Q2]")
    body = grannskap.get_content()
    assert "Hej Föreningen Grannskap Rosengård!" in body
    assert "31 januari 2020 (om 7 dagar)" in body
    assert "inga fler påminnelser" in body
    # Recorded per address with the Message-ID that went out.
    recorded = rows(cfg)
    assert {r.address for r in recorded} == {"info@grannskap-rosengård.se",
                                            "kansli@hyllieif.se", "ordf@hyllieif.se"}
    assert {r.status for r in recorded} == {"sent"}
    assert {r.message_id for r in recorded} == {
        r.message()["Message-ID"] for r in server.handler.received}
    assert all(r.round == 1 for r in recorded)


def test_smtputf8_is_used_only_when_offered(tmp_path: Path, server: Server) -> None:
    cfg = config(tmp_path, server.port)
    roster(cfg)
    send(cfg)
    offered = any("SMTPUTF8" in r.mail_options for r in server.handler.received)
    idn_msgs = [r for r in server.handler.received if len(r.rcpt_tos) == 1]
    assert len(idn_msgs) == 1
    assert offered == (server.handler is not None and _offers_smtputf8(server.port))
    if offered:
        assert idn_msgs[0].rcpt_tos == [f"info@{IDN}"]
        assert idn_msgs[0].mail_from == "samordnare@malmö.se"
    else:
        assert idn_msgs[0].data.isascii()
        assert idn_msgs[0].rcpt_tos == [f"info@{PUNY}"]


def test_dry_run_sends_and_records_nothing(tmp_path: Path, plain_server: Server) -> None:
    cfg = config(tmp_path, plain_server.port)
    roster(cfg)
    result = run_reminders(cfg, send=False, now=lambda: NOW)
    assert result.dry_run
    assert [p.candidate.name for p in result.planned] == ["Föreningen Grannskap Rosengård",
                                                          "Hyllie IF"]
    assert plain_server.handler.received == []
    assert rows(cfg) == []


def test_second_run_same_day_sends_nothing_and_a_week_later_threads_on(
        tmp_path: Path, plain_server: Server) -> None:
    cfg = config(tmp_path, plain_server.port)
    roster(cfg)
    first = send(cfg)
    assert first.sent == 2
    again = send(cfg, NOW + dt.timedelta(hours=10))  # 20:00 the same day in Stockholm
    assert again.sent == 0 and again.planned == []
    assert sorted(s.reason for s in again.skipped) == ["reminded_today", "reminded_today",
                                                       "responded"]
    assert send(cfg, NOW + dt.timedelta(days=3)).sent == 0  # min_days_between = 7
    assert len(plain_server.handler.received) == 2
    later = send(cfg, NOW + dt.timedelta(days=7))
    assert later.sent == 2
    first_ids = {r.message_id for r in rows(cfg) if r.round == 1}
    second = [r for r in plain_server.handler.received[2:]]
    for rec in second:
        refs = rec.message()["References"].split()
        assert refs[0] == ORIGINAL and refs[1] in first_ids
    assert {r.round for r in rows(cfg)} == {1, 2}
    assert send(cfg, NOW + dt.timedelta(days=20)).sent == 0  # max_reminders = 2


def test_a_crash_after_sending_never_leads_to_a_second_reminder(
        tmp_path: Path, plain_server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = config(tmp_path, plain_server.port)
    roster(cfg)

    def crash(*_a: Any, **_k: Any) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr(run_module, "_settle", crash)
    with pytest.raises(RuntimeError):
        send(cfg)
    assert len(plain_server.handler.received) == 1  # the server had accepted it
    assert {r.status for r in rows(cfg)} == {"pending"}
    monkeypatch.undo()
    result = send(cfg, NOW + dt.timedelta(hours=1))
    assert result.sent == 1  # only the one the crash kept from being tried
    assert len(plain_server.handler.received) == 2
    names = {tuple(r.rcpt_tos) for r in plain_server.handler.received}
    assert len(names) == 2


def test_refused_recipient_is_recorded_and_the_others_still_go(
        tmp_path: Path, plain_server: Server) -> None:
    plain_server.handler.refuse["ordf@hyllieif.se"] = "550 5.1.1 <ordf@hyllieif.se>: no such user"
    plain_server.handler.refuse[f"info@{PUNY}"] = "550 5.1.1 mailbox unavailable"
    cfg = config(tmp_path, plain_server.port)
    roster(cfg)
    result = send(cfg)
    assert result.sent == 1 and result.failed == 1 and result.aborted is None
    by_name = {o.name: o for o in result.outcomes}
    assert by_name["Hyllie IF"].status == "partly_refused"
    assert by_name["Hyllie IF"].sent_to == ["kansli@hyllieif.se"]
    assert by_name["Föreningen Grannskap Rosengård"].status == "refused"
    recorded = {r.address: r for r in rows(cfg)}
    assert recorded["kansli@hyllieif.se"].status == "sent"
    assert recorded["ordf@hyllieif.se"].status == "refused"
    assert recorded["ordf@hyllieif.se"].server_response == (
        "550 5.1.1 <ordf@hyllieif.se>: no such user")
    assert recorded["info@grannskap-rosengård.se"].status == "refused"
    assert recorded["info@grannskap-rosengård.se"].server_response.startswith("550 5.1.1")
    assert [r.rcpt_tos for r in plain_server.handler.received] == [["kansli@hyllieif.se"]]


class FakeTime:
    def __init__(self, per_send: float = 0.0) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []
        self.per_send = per_send

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@pytest.mark.parametrize("per_send", [0.0, 1.0])
def test_rate_limit_holds_with_an_injected_clock(tmp_path: Path, plain_server: Server,
                                                 per_send: float) -> None:
    cfg = config(tmp_path, plain_server.port, reminders={"rate_per_minute": 20})  # one per 3 s
    store = Store(cfg.store_url)
    with store.session() as s:
        for i in range(4):
            add_assoc(s, f"Förening {i}", f"f{i}@example.org", ref=f"F{i}AA")
    store.close()
    fake = FakeTime(per_send)
    at: list[float] = []

    def connector(smtp_cfg: Any) -> SmtpSession:
        session = connect(smtp_cfg)
        real = session.send

        def timed(*a: Any, **k: Any) -> dict[str, str]:
            at.append(fake.clock())
            fake.now += fake.per_send  # the server takes its time
            return real(*a, **k)

        session.send = timed  # type: ignore[method-assign]
        return session

    result = send(cfg, connector=connector, clock=fake.clock, sleep=fake.sleep)
    assert result.sent == 4
    gaps = [b - a for a, b in itertools.pairwise(at)]
    assert gaps == pytest.approx([3.0, 3.0, 3.0])
    assert fake.sleeps == pytest.approx([3.0 - per_send] * 3)


def test_microsoft_365_basic_auth_answer_stops_the_run_with_advice(
        tmp_path: Path, plain_server: Server) -> None:
    plain_server.handler.mail_answer = ("550 5.7.30 Basic authentication is not supported "
                                        "for Client Submission.")
    cfg = config(tmp_path, plain_server.port)
    roster(cfg)
    result = send(cfg)
    assert result.sent == 0 and result.failed == 1
    assert result.aborted is not None
    assert "5.7.30" in result.aborted and "oauth2_token_command" in result.aborted
    assert result.not_attempted == ["Hyllie IF"]
    assert {r.status for r in rows(cfg)} == {"failed"}
    # A failed attempt is no reminder: once configured, the next run sends.
    plain_server.handler.mail_answer = None
    assert send(cfg, NOW + dt.timedelta(minutes=5)).sent == 2


@pytest.fixture
def auth_server() -> Iterator[Server]:
    handler = Handler()

    def authenticator(server: Any, session: Any, envelope: Any, mechanism: str,
                      auth_data: Any) -> AuthResult:
        ok = (isinstance(auth_data, LoginPassword) and auth_data.login == b"samordnare"
              and auth_data.password == "hemligt-lösen".encode())
        return AuthResult(success=ok, handled=False)

    ctl, port = _start(handler, authenticator=authenticator, auth_require_tls=False)
    try:
        yield Server(handler, port)
    finally:
        ctl.stop()


def test_password_from_env_and_from_command(tmp_path: Path, auth_server: Server,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEST_SMTP_PW", "hemligt-lösen")
    cfg = config(tmp_path, auth_server.port, username="samordnare", password_env="TEST_SMTP_PW")
    assert cfg.smtp is not None
    connect(cfg.smtp).close()
    cfg = config(tmp_path, auth_server.port, username="samordnare",
                 password_command="printf 'hemligt-lösen\\n'")
    assert cfg.smtp is not None
    connect(cfg.smtp).close()
    monkeypatch.setenv("TEST_SMTP_PW", "fel")
    cfg = config(tmp_path, auth_server.port, username="samordnare", password_env="TEST_SMTP_PW")
    assert cfg.smtp is not None
    with pytest.raises(SmtpError, match=r"refused the login for samordnare.*password_env"):
        connect(cfg.smtp)
    monkeypatch.delenv("TEST_SMTP_PW")
    with pytest.raises(SmtpError, match=r"TEST_SMTP_PW .* is not set"):
        connect(cfg.smtp)


def test_xoauth2_with_a_token_command(tmp_path: Path) -> None:
    handler = Handler()
    ctl, port = _start(handler, auth_require_tls=False)
    try:
        cfg = config(tmp_path, port, username="samordnare@example.org",
                     oauth2_token_command="echo token-123")
        roster(cfg)
        assert send(cfg).sent == 2
    finally:
        ctl.stop()
    assert handler.xoauth2 == ["user=samordnare@example.org\x01auth=Bearer token-123\x01\x01"]


def test_basic_auth_disabled_at_login_says_what_to_configure(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    handler = Handler()

    def m365(*_a: Any) -> AuthResult:
        return AuthResult(success=False, handled=False,
                          message="535 5.7.139 Authentication unsuccessful, "
                                  "basic authentication is disabled.")

    ctl, port = _start(handler, authenticator=m365, auth_require_tls=False)
    try:
        monkeypatch.setenv("TEST_SMTP_PW", "x")
        cfg = config(tmp_path, port, username="samordnare@malmo.se",
                     password_env="TEST_SMTP_PW")
        roster(cfg)
        result = send(cfg)
    finally:
        ctl.stop()
    assert result.aborted is not None
    assert "Microsoft 365" in result.aborted and "oauth2_token_command" in result.aborted
    assert result.not_attempted == ["Föreningen Grannskap Rosengård", "Hyllie IF"]
    assert rows(cfg) == []


def test_nothing_listening_is_one_clear_line(tmp_path: Path) -> None:
    cfg = config(tmp_path, free_port())
    assert cfg.smtp is not None
    with pytest.raises(SmtpError, match=r"nothing answers at 127\.0\.0\.1:\d+"):
        connect(cfg.smtp)


def test_no_smtp_table_is_an_error_before_anything_is_sent(tmp_path: Path) -> None:
    cfg = make_config(tmp_path)
    roster(cfg)
    with pytest.raises(SmtpError, match=r"no \[smtp\] table"):
        send(cfg)
    assert rows(cfg) == []


# --- TLS ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def certs(tmp_path_factory: pytest.TempPathFactory) -> Any:
    if shutil.which("openssl") is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("CI=true but openssl is not installed", pytrace=False)
        pytest.skip("openssl is not installed (needed to make the test certificate)")
    return make_certificates(tmp_path_factory.mktemp("smtp-certs"))


def _server_context(certs: Any) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(str(certs.cert_file), str(certs.key_file))
    return ctx


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_tls_with_a_private_ca(tmp_path: Path, certs: Any, security: str) -> None:
    handler = Handler()
    if security == "ssl":
        ctl, port = _start(handler, ssl_context=_server_context(certs))
    else:
        ctl, port = _start(handler, tls_context=_server_context(certs), require_starttls=True)
    try:
        cfg = config(tmp_path, port, security=security, ca_file=str(certs.ca_file))
        roster(cfg)
        assert send(cfg).sent == 2
        untrusted = config(tmp_path, port, security=security)
        assert untrusted.smtp is not None
        with pytest.raises(SmtpError, match=r"not trusted.*smtp\.ca_file"):
            connect(untrusted.smtp)
    finally:
        ctl.stop()
    assert len(handler.received) == 2


def test_associations_sharing_an_address_each_get_their_own_reminder_there(
        tmp_path: Path, plain_server: Server) -> None:
    """One office's address for two associations (issue 9): two reminders arrive there,
    each with its association's name and reference, and each is recorded for its own."""
    cfg = config(tmp_path, plain_server.port)
    store = Store(cfg.store_url)
    with store.session() as s:
        add_assoc(s, "Rörsjöns Scoutkår", "kansli@rorsjon.se", ref="S2S2")
        add_assoc(s, "Rörsjöns Pensionärsklubb", "kansli@rorsjon.se", ref="P3P3")
    store.close()
    result = send(cfg)
    assert (result.sent, result.failed, result.aborted) == (2, 0, None)
    got = sorted((r.rcpt_tos, r.message()["Subject"][-11:],
                  r.message().get_content().splitlines()[0])
                 for r in plain_server.handler.received)
    assert got == [(["kansli@rorsjon.se"], "[ref: P3P3]", "Hej Rörsjöns Pensionärsklubb!"),
                   (["kansli@rorsjon.se"], "[ref: S2S2]", "Hej Rörsjöns Scoutkår!")]
    assert sorted((r.association_id, r.address, r.status) for r in rows(cfg)) == [
        (1, "kansli@rorsjon.se", "sent"), (2, "kansli@rorsjon.se", "sent")]
    # the same day again: nothing more to either
    assert send(cfg, NOW + dt.timedelta(hours=2)).sent == 0
