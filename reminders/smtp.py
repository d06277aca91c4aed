"""Sending over SMTP: connection (SSL, STARTTLS or plain on localhost), login (password
from an environment variable or a command, or OAuth2 XOAUTH2 with a token command), the
reminder as a MIME message, and every failure as one line that says what to do.

Non-ASCII: åäö in the subject and display names are RFC 2047 encoded, the body is UTF-8
quoted-printable. An internationalised domain (malmö.se) goes out as UTF-8 with SMTPUTF8
when the server offers it, else in punycode (xn--malm-8qa.se); a non-ASCII local part
needs SMTPUTF8 and is refused here without it."""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import os
import smtplib
import socket
import ssl
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, make_msgid
from typing import TYPE_CHECKING

from ..config import SmtpConfig
from ..intake.addresses import to_ascii_address

if TYPE_CHECKING:  # a type only: render loads jinja2 and the address matching, which
    # `intake status` (through reminders.service) never needs
    from .render import RenderedReminder

M365_HINT = (
    "the server does not accept a password login (Microsoft 365 turns SMTP basic "
    "authentication off): set [smtp] oauth2_token_command to a command that prints an "
    "OAuth2 access token for {user} (XOAUTH2, scope https://outlook.office.com/SMTP.Send), "
    "or ask the tenant admin to enable 'Authenticated SMTP' for this mailbox"
)
_BASIC_AUTH_MARKERS = ("5.7.30", "5.7.139", "basic authentication", "basic auth")


class SmtpError(Exception):
    """A failure that stops the run (cannot connect, cannot log in); one line."""


class AddressError(ValueError):
    """An address this server cannot take (non-ASCII local part without SMTPUTF8)."""


def answer_text(code: int, text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{code} {' '.join(str(text).split())}"


def is_basic_auth_block(exc: BaseException) -> bool:
    text = ""
    if isinstance(exc, smtplib.SMTPResponseException):
        text = answer_text(exc.smtp_code, exc.smtp_error)
    return any(m in text.lower() for m in _BASIC_AUTH_MARKERS)


def explain(exc: BaseException, cfg: SmtpConfig) -> str:
    """One line for the coordinator: what happened and what to configure."""
    where = f"{cfg.host}:{cfg.port}"
    user = cfg.username or "the sending mailbox"
    if isinstance(exc, SmtpError):
        return str(exc)
    if isinstance(exc, smtplib.SMTPResponseException) and is_basic_auth_block(exc):
        return (f"{where} answered '{answer_text(exc.smtp_code, exc.smtp_error)}': "
                + M365_HINT.format(user=user))
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        how = ("the token from smtp.oauth2_token_command" if cfg.oauth2_token_command
               else "the password (smtp.password_env / smtp.password_command)")
        return (f"{where} refused the login for {user} "
                f"('{answer_text(exc.smtp_code, exc.smtp_error)}'): check smtp.username and {how}")
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return (f"{where} offers no login (AUTH) on this connection: "
                "use security = 'starttls' or 'ssl', or leave smtp.username out for a relay")
    if isinstance(exc, ssl.SSLCertVerificationError):
        return (f"the certificate of {cfg.host} is not trusted ({exc.verify_message}): "
                "set smtp.ca_file to the CA that signed it")
    if isinstance(exc, ssl.SSLError):
        other = "starttls" if cfg.security == "ssl" else "ssl"
        return (f"TLS with {where} failed ({exc.reason or exc}): does the port expect "
                f"security = '{other}'? (465 is usually 'ssl', 587 'starttls')")
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return (f"{where} closed the connection ({exc or 'no reason given'}): check the port "
                "and smtp.security")
    if isinstance(exc, smtplib.SMTPResponseException):
        return f"{where} answered '{answer_text(exc.smtp_code, exc.smtp_error)}'"
    if isinstance(exc, socket.gaierror):
        return f"cannot find the SMTP server {cfg.host!r} ({exc.strerror}): check smtp.host"
    if isinstance(exc, ConnectionRefusedError):
        return f"nothing answers at {where}: check smtp.host and smtp.port"
    if isinstance(exc, TimeoutError | socket.timeout):
        return f"{where} did not answer within {cfg.timeout_seconds:g} s"
    if isinstance(exc, OSError):
        return f"cannot talk to {where}: {exc}"
    return f"{type(exc).__name__}: {exc}"


def _run_command(command: str, key: str) -> str:
    try:
        done = subprocess.run(["/bin/sh", "-c", command], capture_output=True, text=True,
                              timeout=120, check=False, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SmtpError(f"'{key}' could not run: {exc}") from None
    if done.returncode != 0:
        detail = (done.stderr or "").strip().splitlines()[-1:] or ["no message"]
        raise SmtpError(f"'{key}' failed with exit code {done.returncode}: {detail[0]}")
    value = done.stdout.strip().splitlines()[0] if done.stdout.strip() else ""
    if not value:
        raise SmtpError(f"'{key}' printed nothing")
    return value


def password_for(cfg: SmtpConfig) -> str:
    """As for IMAP: password_command first, then password_env."""
    if cfg.password_command:
        return _run_command(cfg.password_command, "smtp.password_command")
    if cfg.password_env:
        value = os.environ.get(cfg.password_env)
        if not value:
            raise SmtpError(f"the environment variable {cfg.password_env} (smtp.password_env) "
                            "is not set or empty")
        return value
    raise SmtpError("smtp.username is set but there is no password_env, password_command "
                    "or oauth2_token_command to log in with")


def xoauth2_string(user: str, token: str) -> str:
    return f"user={user}\x01auth=Bearer {token}\x01\x01"


class SmtpSession:
    """One open, logged-in SMTP connection."""

    def __init__(self, client: smtplib.SMTP, cfg: SmtpConfig) -> None:
        self.client = client
        self.cfg = cfg

    @property
    def smtputf8(self) -> bool:
        return self.client.has_extn("smtputf8")

    def send(self, data: bytes, sender: str, recipients: Sequence[str], *, utf8: bool
             ) -> dict[str, str]:
        """Send; returns the refused recipients with the server's answer. Raises
        SMTPRecipientsRefused when all are refused, SMTPSenderRefused/SMTPDataError when
        the message is refused as a whole."""
        options = ["SMTPUTF8", "BODY=8BITMIME"] if utf8 else []
        refused = self.client.sendmail(sender, list(recipients), data, mail_options=options)
        return {addr: answer_text(code, text) for addr, (code, text) in refused.items()}

    def close(self) -> None:
        try:
            self.client.quit()
        except (smtplib.SMTPException, OSError):
            self.client.close()


Connector = Callable[[SmtpConfig], SmtpSession]


def connect(cfg: SmtpConfig) -> SmtpSession:
    """Connect and log in; raises SmtpError with a one-line explanation."""
    client: smtplib.SMTP | None = None
    try:
        context = ssl.create_default_context(cafile=cfg.ca_file) if cfg.security != "none" \
            else None
        if cfg.security == "ssl":
            client = smtplib.SMTP_SSL(cfg.host, cfg.port, timeout=cfg.timeout_seconds,
                                      context=context)
        else:
            client = smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.timeout_seconds)
        client.ehlo()
        if cfg.security == "starttls":
            if not client.has_extn("starttls"):
                raise SmtpError(f"{cfg.host}:{cfg.port} does not offer STARTTLS: "
                                "check smtp.port and smtp.security")
            client.starttls(context=context)
            client.ehlo()
        if cfg.oauth2_token_command:
            user = cfg.username or _bare(cfg.from_addr)
            token = _run_command(cfg.oauth2_token_command, "smtp.oauth2_token_command")
            initial = xoauth2_string(user, token)

            def xoauth2(challenge: bytes | None = None) -> str:
                # A challenge after the initial response carries the error as JSON; the
                # client answers it with an empty line and the server then says 535.
                return "" if challenge else initial

            client.auth("XOAUTH2", xoauth2, initial_response_ok=True)  # type: ignore[arg-type]
        elif cfg.username:
            login(client, cfg.username, password_for(cfg))
        return SmtpSession(client, cfg)
    except SmtpError:
        _drop(client)
        raise
    except (smtplib.SMTPException, OSError) as exc:
        _drop(client)
        raise SmtpError(explain(exc, cfg)) from None
    except ValueError as exc:  # ssl: ca_file unreadable, etc.
        _drop(client)
        raise SmtpError(f"TLS set-up failed: {exc} (check smtp.ca_file)") from None


def login(client: smtplib.SMTP, user: str, password: str) -> None:
    """smtplib's login, except that a user name or password with åäö is sent as UTF-8
    (smtplib encodes them as ASCII and fails) over AUTH PLAIN or LOGIN."""
    if user.isascii() and password.isascii():
        client.login(user, password)
        return
    if not client.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
    offered = client.esmtp_features.get("auth", "").upper().split()

    def b64(data: str) -> str:
        return base64.b64encode(data.encode("utf-8")).decode("ascii")

    if "PLAIN" in offered:
        code, answer = client.docmd("AUTH", "PLAIN " + b64(f"\0{user}\0{password}"))
    elif "LOGIN" in offered:
        code, answer = client.docmd("AUTH", "LOGIN " + b64(user))
        if code == 334:
            code, answer = client.docmd(b64(password))
    else:
        raise smtplib.SMTPException("no AUTH method that takes a non-ASCII password "
                                    f"(offered: {' '.join(offered) or 'none'})")
    if code not in (235, 503):
        raise smtplib.SMTPAuthenticationError(code, answer)


def _drop(client: smtplib.SMTP | None) -> None:
    if client is not None:
        with contextlib.suppress(OSError):
            client.close()


def _bare(addr: str) -> str:
    parsed = getaddresses([addr])
    return parsed[0][1] if parsed and parsed[0][1] else addr


def _is_ascii(text: str) -> bool:
    return text.isascii()


def header_address(addr: str, name: str, utf8: bool) -> Address:
    """An Address for a header: Unicode when the server takes SMTPUTF8, else with the
    domain in punycode. Raises AddressError for a non-ASCII local part without SMTPUTF8."""
    local, _, domain = addr.rpartition("@")
    if not utf8:
        if not _is_ascii(local):
            raise AddressError(f"{addr}: a non-ASCII name before @ needs a server with "
                               "SMTPUTF8")
        domain = to_ascii_address(addr).rpartition("@")[2]
    return Address(display_name=name, username=local, domain=domain)


def envelope_address(addr: str, utf8: bool) -> str:
    if utf8:
        return addr
    ascii_addr = to_ascii_address(addr)
    if not _is_ascii(ascii_addr):
        raise AddressError(f"{addr}: a non-ASCII name before @ needs a server with SMTPUTF8")
    return ascii_addr


def needs_utf8(addresses: Sequence[str]) -> bool:
    return any(not _is_ascii(a) for a in addresses)


def new_message_id(from_addr: str) -> str:
    domain = to_ascii_address(_bare(from_addr)).rpartition("@")[2] or "localhost"
    return make_msgid(idstring="reminder", domain=domain)


@dataclass
class Built:
    data: bytes
    sender: str  # envelope
    recipients: dict[str, str]  # envelope address -> roster address
    unusable: dict[str, str] = field(default_factory=dict)  # roster address -> why
    utf8: bool = False


def build_message(
    rendered: RenderedReminder,
    *,
    from_addr: str,
    to: Sequence[str],
    message_id: str,
    date: dt.datetime,
    in_reply_to: str | None = None,
    references: Sequence[str] = (),
    server_smtputf8: bool = False,
) -> Built:
    """The reminder as bytes for the wire, with its envelope."""
    from_name, from_bare = getaddresses([from_addr])[0]
    from_bare = from_bare or from_addr
    utf8 = server_smtputf8 and needs_utf8([from_bare, *to])
    msg = EmailMessage(policy=policy.SMTPUTF8 if utf8 else policy.SMTP)
    msg["From"] = header_address(from_bare, from_name, utf8)
    good: list[Address] = []
    recipients: dict[str, str] = {}
    unusable: dict[str, str] = {}
    for addr in to:
        try:
            good.append(header_address(addr, "", utf8))
            recipients[envelope_address(addr, utf8)] = addr
        except AddressError as exc:
            unusable[addr] = str(exc)
    if good:
        msg["To"] = good
    msg["Subject"] = rendered.subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id
    if rendered.reply_to:
        rname, raddr = getaddresses([rendered.reply_to])[0]
        msg["Reply-To"] = header_address(raddr, rname, utf8)
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    refs = [r for r in ([in_reply_to] if in_reply_to else []) + list(references) if r]
    if refs:
        msg["References"] = " ".join(dict.fromkeys(refs))
    msg.set_content(rendered.body, charset="utf-8", cte="quoted-printable")
    return Built(data=msg.as_bytes(), sender=envelope_address(from_bare, utf8),
                 recipients=recipients, unusable=unusable, utf8=utf8)


class Pacer:
    """At most `per_minute` messages a minute: waits 60/per_minute seconds between sends.
    The clock and sleep are injectable so tests need no wall time."""

    def __init__(self, per_minute: int, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.interval = 60.0 / max(1, per_minute)
        self.clock = clock
        self.sleep = sleep
        self._last: float | None = None

    def wait(self) -> None:
        if self._last is not None:
            delay = self._last + self.interval - self.clock()
            if delay > 0:
                self.sleep(delay)
        self._last = self.clock()


def smtp_config_or_error(cfg: SmtpConfig | None) -> SmtpConfig:
    if cfg is None:
        raise SmtpError("there is no [smtp] table in the config: add host, port, security, "
                        "username, password_env (or password_command) and from")
    if not cfg.from_addr or "@" not in _bare(cfg.from_addr):
        raise SmtpError("'smtp.from' must hold the sending address, like "
                        "\"Samordnare <samordnare@malmö.se>\"")
    return cfg

