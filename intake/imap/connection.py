"""Connecting and logging in: TLS (implicit or STARTTLS) with certificate checks, and the
password or OAuth2 token from outside the config file.

Every failure becomes ImapConnectError or ImapAuthError with one line that says what to
do, never a traceback."""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import ssl
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from imapclient import IMAPClient
from imapclient.exceptions import CapabilityError, IMAPClientError, LoginError

from ...config import ImapConfig
from .errors import ImapAuthError, ImapConnectError

log = logging.getLogger(__name__)

INSECURE_WARNING = (
    "WARNING: imap.verify_certificate = false: the server's certificate is NOT checked; "
    "anyone on the network path can read the password and the mail. Use imap.ca_file "
    "to trust a private server instead."
)


@dataclass(frozen=True)
class Credentials:
    kind: Literal["password", "oauth2"]
    secret: str = ""

    def __repr__(self) -> str:  # never in a log or a traceback
        return f"Credentials(kind={self.kind!r}, secret=<hidden>)"


def describe(cfg: ImapConfig) -> str:
    scheme = "imaps" if cfg.security == "ssl" else "imap+starttls"
    return f"{scheme}://{cfg.username}@{cfg.host}:{cfg.port}"


def tls_context(cfg: ImapConfig, base_dir: Path | None = None) -> ssl.SSLContext:
    """Verifying context: the system's CAs, or imap.ca_file for a private server."""
    cafile: str | None = None
    if cfg.ca_file:
        path = Path(cfg.ca_file).expanduser()
        if not path.is_absolute() and base_dir is not None:
            path = base_dir / path
        if not path.is_file():
            raise ImapConnectError(f"imap.ca_file not found: {path}")
        cafile = str(path)
    try:
        ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=cafile)
    except ssl.SSLError as exc:
        raise ImapConnectError(f"imap.ca_file {cafile} is not a PEM certificate: {exc}") from None
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    if not cfg.verify_certificate:
        log.warning(INSECURE_WARNING)
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    return ctx


def _run_secret_command(command: str, what: str, timeout: float) -> str:
    """First line of a command's output (run by /bin/sh, like mbsync's PassCmd)."""
    try:
        done = subprocess.run(
            command, shell=True, capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL
        )
    except subprocess.TimeoutExpired:
        raise ImapAuthError(f"{what} did not finish within {timeout:.0f} s") from None
    except OSError as exc:
        raise ImapAuthError(f"{what} could not be run: {exc}") from None
    if done.returncode != 0:
        err = done.stderr.decode("utf-8", "replace").strip().splitlines()
        detail = f": {err[-1]}" if err else ""
        raise ImapAuthError(f"{what} failed with exit status {done.returncode}{detail}")
    lines = done.stdout.decode("utf-8", "replace").splitlines()
    secret = lines[0].strip() if lines else ""
    if not secret:
        raise ImapAuthError(f"{what} printed nothing")
    return secret


def password_from_env(name: str) -> str:
    value = os.environ.get(name, "")
    if not value:
        raise ImapAuthError(
            f"the environment variable {name} (imap.password_env) is not set or empty"
        )
    return value


def password_from_command(command: str, timeout: float = 60.0) -> str:
    return _run_secret_command(command, "imap.password_command", timeout)


def oauth2_token_from_command(command: str, timeout: float = 120.0) -> str:
    return _run_secret_command(command, "imap.oauth2_token_command", timeout)


def credentials(cfg: ImapConfig) -> Credentials:
    if cfg.oauth2_token_command:
        return Credentials("oauth2", oauth2_token_from_command(cfg.oauth2_token_command))
    if cfg.password_command:
        return Credentials("password", password_from_command(cfg.password_command))
    if cfg.password_env:
        return Credentials("password", password_from_env(cfg.password_env))
    raise ImapAuthError(
        "no password source: set one of imap.password_env, imap.password_command, "
        "imap.oauth2_token_command"
    )


def _connect_error(cfg: ImapConfig, exc: BaseException) -> ImapConnectError:
    where = f"{cfg.host}:{cfg.port}"
    if isinstance(exc, socket.gaierror):
        return ImapConnectError(f"cannot connect to {where}: host name not found ({exc.strerror})")
    if isinstance(exc, ConnectionRefusedError):
        return ImapConnectError(f"cannot connect to {where}: connection refused")
    if isinstance(exc, TimeoutError | socket.timeout):
        hint = ""
        if cfg.security == "starttls":
            hint = " (does this port expect imap.security = 'ssl'?)"
        return ImapConnectError(
            f"cannot connect to {where}: no answer within {cfg.timeout_seconds:g} s{hint}"
        )
    if isinstance(exc, ssl.SSLCertVerificationError):
        hint = "" if cfg.ca_file else "; for a private server set imap.ca_file"
        return ImapConnectError(
            f"cannot connect to {where}: the server's certificate is not trusted "
            f"({exc.verify_message}){hint}"
        )
    if isinstance(exc, ssl.SSLError):
        hint = ""
        if "WRONG_VERSION_NUMBER" in str(exc).upper() and cfg.security == "ssl":
            hint = " (does this port expect imap.security = 'starttls'?)"
        return ImapConnectError(f"cannot connect to {where}: TLS failed: {exc.reason}{hint}")
    if isinstance(exc, CapabilityError):
        return ImapConnectError(f"cannot connect to {where}: the server does not offer STARTTLS")
    if isinstance(exc, IMAPClientError):
        text = str(exc)
        if cfg.security == "starttls" and ("EOF" in text or "socket" in text):
            text += " (does this port expect imap.security = 'ssl'?)"
        return ImapConnectError(f"cannot connect to {where}: {text}")
    if isinstance(exc, OSError):
        return ImapConnectError(f"cannot connect to {where}: {exc.strerror or exc}")
    return ImapConnectError(f"cannot connect to {where}: {type(exc).__name__}: {exc}")


def open_connection(cfg: ImapConfig, base_dir: Path | None = None) -> IMAPClient:
    """A TLS-protected connection, not yet logged in."""
    ctx = tls_context(cfg, base_dir)
    try:
        if cfg.security == "ssl":
            client = IMAPClient(
                cfg.host, port=cfg.port, ssl=True, ssl_context=ctx, timeout=cfg.timeout_seconds
            )
        else:
            client = IMAPClient(cfg.host, port=cfg.port, ssl=False, timeout=cfg.timeout_seconds)
            try:
                client.starttls(ctx)
            except BaseException:
                _close_quietly(client)
                raise
    except (OSError, IMAPClientError) as exc:
        raise _connect_error(cfg, exc) from None
    return client


def login(client: IMAPClient, cfg: ImapConfig, creds: Credentials) -> None:
    who = f"{cfg.username} at {cfg.host}"
    try:
        if creds.kind == "oauth2":
            client.oauth2_login(cfg.username, creds.secret)
        elif creds.secret.isascii():
            client.login(cfg.username, creds.secret)
        elif client.has_capability("AUTH=PLAIN"):
            client.plain_login(cfg.username, creds.secret)  # UTF-8, unlike LOGIN
        else:
            raise ImapAuthError(
                f"login as {who}: the password has non-ASCII characters and the server "
                "offers no AUTH=PLAIN to send them"
            )
    except LoginError as exc:
        how = "OAuth2 token" if creds.kind == "oauth2" else "password"
        raise ImapAuthError(
            f"authentication failed for {who} ({how} refused): {_server_text(exc)}"
        ) from None
    except (OSError, IMAPClientError) as exc:
        raise _connect_error(cfg, exc) from None


def connect(cfg: ImapConfig, base_dir: Path | None = None) -> IMAPClient:
    """Connected, TLS-protected and logged in; raises ImapConnectError / ImapAuthError."""
    creds = credentials(cfg)  # before connecting: a broken password command costs nothing
    client = open_connection(cfg, base_dir)
    try:
        login(client, cfg, creds)
    except BaseException:
        _close_quietly(client)
        raise
    log.debug("logged in to %s", describe(cfg))
    return client


def _server_text(exc: BaseException) -> str:
    text = str(exc)
    if text.startswith(("b'", 'b"')):
        text = text[2:-1]
    return text.strip() or type(exc).__name__


def _close_quietly(client: IMAPClient) -> None:
    with contextlib.suppress(Exception):  # already gone
        client.shutdown()


def logout_quietly(client: IMAPClient) -> None:
    try:
        client.logout()
    except Exception:  # a dropped connection cannot log out; close the socket instead
        _close_quietly(client)
