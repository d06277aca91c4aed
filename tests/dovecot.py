"""A private Dovecot IMAP server for tests: its own config, users, CA and certificate.

Started on 127.0.0.1 with two free high ports (imap with STARTTLS, imaps), stopped at the
end. Nothing of the machine's own Dovecot setup (/etc/dovecot) is used.

Where Dovecot is not installed the tests skip; under CI (CI=true) they fail instead,
because CI installs it (apt-get install dovecot-imapd) and must run them.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from imapclient import IMAPClient

USER = "coordinator@example.org"
PASSWORD = "secret-pässword"
TOKEN = "test-oauth2-access-token"  # accepted as XOAUTH2 bearer token for USER
DOVECOT = shutil.which("dovecot") or (
    "/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None
)


def require_dovecot() -> str:
    """The dovecot binary, or skip (fail under CI) with the reason."""
    if DOVECOT is None:
        reason = "dovecot is not installed (Debian: apt-get install dovecot-imapd)"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"CI=true but {reason}", pytrace=False)
        pytest.skip(reason)
    if shutil.which("openssl") is None:
        reason = "openssl is not installed (needed to make the test certificate)"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"CI=true but {reason}", pytrace=False)
        pytest.skip(reason)
    return DOVECOT


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


@dataclass(frozen=True)
class Certificates:
    ca_file: Path
    cert_file: Path
    key_file: Path


def make_certificates(folder: Path) -> Certificates:
    """A throwaway CA and a server certificate for 127.0.0.1 / localhost signed by it."""
    folder.mkdir(parents=True, exist_ok=True)
    ec = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes")
    _openssl(
        "req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.crt", "-days", "3",
        "-subj", "/CN=svarsinkorg test CA",
        "-addext", "basicConstraints=critical,CA:TRUE",
        "-addext", "keyUsage=critical,keyCertSign,cRLSign",
        cwd=folder,
    )
    _openssl("req", "-new", *ec, "-keyout", "server.key", "-out", "server.csr",
             "-subj", "/CN=localhost", cwd=folder)
    (folder / "server.ext").write_text(
        "basicConstraints=CA:FALSE\n"
        "keyUsage=critical,digitalSignature,keyEncipherment\n"
        "extendedKeyUsage=serverAuth\n"
        "subjectAltName=IP:127.0.0.1,DNS:localhost\n"
    )
    _openssl(
        "x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
        "-CAcreateserial", "-out", "server.crt", "-days", "3", "-extfile", "server.ext",
        cwd=folder,
    )
    os.chmod(folder / "server.key", 0o600)
    return Certificates(folder / "ca.crt", folder / "server.crt", folder / "server.key")


def _mail_owner() -> tuple[str, int, int]:
    """Who Dovecot's own processes and the mail files run as.

    As root: the `dovecot` / `dovenull` users the Debian package creates (Dovecot refuses
    mail access as root). As anyone else: that user for everything."""
    if os.geteuid() == 0:
        try:
            pw = pwd.getpwnam("dovecot")
            return "dovecot", pw.pw_uid, pw.pw_gid
        except KeyError:
            pytest.fail("running as root but there is no 'dovecot' user", pytrace=False)
    pw = pwd.getpwuid(os.geteuid())
    return pw.pw_name, pw.pw_uid, pw.pw_gid


def _login_user(internal: str) -> str:
    if os.geteuid() != 0:
        return internal
    try:
        pwd.getpwnam("dovenull")
        return "dovenull"
    except KeyError:
        return internal


@dataclass
class Dovecot:
    """One private server. `start()`, `stop()`, `restart()`; `client()` for test setup."""

    root: Path
    certs: Certificates
    imap_port: int = 0
    imaps_port: int = 0
    user: str = USER
    password: str = PASSWORD
    process: subprocess.Popen[bytes] | None = None
    extra_conf: str = ""
    _log_offset: int = field(default=0, repr=False)

    @property
    def conf_path(self) -> Path:
        return self.root / "dovecot.conf"

    @property
    def log_path(self) -> Path:
        return self.root / "dovecot.log"

    @property
    def mail_root(self) -> Path:
        return self.root / "mail"

    def write_config(self) -> None:
        internal, uid, gid = _mail_owner()
        login = _login_user(internal)
        self.imap_port = self.imap_port or free_port()
        self.imaps_port = self.imaps_port or free_port()
        for sub in ("run", "state", "mail", "home"):
            (self.root / sub).mkdir(exist_ok=True)
        for sub in ("mail", "home"):
            os.chown(self.root / sub, uid, gid)
        users = self.root / "users"
        # name:password:uid:gid::home. The XOAUTH2 / OAUTHBEARER mechanisms hand the
        # bearer token to the passdb as the password: the second line accepts it.
        users.write_text(
            f"{self.user}:{{PLAIN}}{self.password}:{uid}:{gid}::{self.root}/home/{self.user}\n"
        )
        tokens = self.root / "tokens"
        tokens.write_text(f"{self.user}:{{PLAIN}}{TOKEN}:{uid}:{gid}::\n")
        conf = f"""
base_dir = {self.root}/run
state_dir = {self.root}/state
instance_name = svarsinkorg-test-{self.imaps_port}
listen = 127.0.0.1
protocols = imap
default_internal_user = {internal}
default_internal_group = {_group_of(internal)}
default_login_user = {login}
log_path = {self.log_path}
info_log_path = {self.log_path}
first_valid_uid = {uid}
first_valid_gid = {gid}
ssl = required
ssl_cert = <{self.certs.cert_file}
ssl_key = <{self.certs.key_file}
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = yes
auth_mechanisms = plain login xoauth2 oauthbearer
auth_failure_delay = 0
auth_cache_size = 0
passdb {{
  driver = passwd-file
  mechanisms = plain login
  args = scheme=PLAIN username_format=%u {users}
}}
passdb {{
  driver = passwd-file
  mechanisms = xoauth2 oauthbearer
  args = scheme=PLAIN username_format=%u {tokens}
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {users}
}}
mail_location = maildir:{self.mail_root}/%u
mail_uid = {uid}
mail_gid = {gid}
namespace inbox {{
  inbox = yes
  separator = /
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.imaps_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
protocol imap {{
  mail_max_userip_connections = 100
  imap_capability = +MOVE UIDPLUS
}}
shutdown_clients = yes
{self.extra_conf}
"""
        self.conf_path.write_text(conf)

    def start(self, timeout: float = 15.0) -> None:
        binary = require_dovecot()
        if not self.conf_path.exists():
            self.write_config()
        self._log_offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        self.process = subprocess.Popen(
            [binary, "-F", "-c", str(self.conf_path)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: stop() ends every child
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                out = self.process.stdout.read().decode(errors="replace") if (
                    self.process.stdout) else ""
                raise RuntimeError(f"dovecot exited at start:\n{out}\n{self.log_tail()}")
            if _port_open(self.imaps_port) and _port_open(self.imap_port):
                return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"dovecot did not open its ports in {timeout}s\n{self.log_tail()}")

    def stop(self) -> None:
        proc, self.process = self.process, None
        if proc is None:
            return
        # The whole group, at once: the master alone would leave its imap processes
        # serving the connections already open, and a test of a dropped server needs
        # them gone. Whatever survives SIGTERM gets SIGKILL.
        for sig in (signal.SIGTERM, signal.SIGKILL):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, sig)
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                continue
            if sig == signal.SIGTERM:
                time.sleep(0.05)  # let children act on the TERM before the KILL
        if proc.stdout:
            proc.stdout.close()
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and (
            _port_open(self.imaps_port) or _port_open(self.imap_port)
        ):
            time.sleep(0.05)

    def restart(self) -> None:
        self.stop()
        self.start()

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def log_tail(self, chars: int = 4000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except FileNotFoundError:
            return "(no dovecot log)"

    def ssl_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.certs.ca_file))

    def client(self) -> IMAPClient:
        """A logged-in client for setting up mailboxes (APPEND, CREATE, flags)."""
        c = IMAPClient("127.0.0.1", port=self.imaps_port, ssl=True,
                       ssl_context=self.ssl_context(), timeout=20)
        c.plain_login(self.user, self.password)  # LOGIN would need an ASCII password
        return c

    def append(self, messages: Iterable[bytes], folder: str = "INBOX",
               flags: Iterable[bytes] = ()) -> None:
        c = self.client()
        try:
            if not c.folder_exists(folder):
                c.create_folder(folder)
            for raw in messages:
                c.append(folder, raw, flags=tuple(flags))
        finally:
            c.logout()

    def imap_settings(self, *, security: str = "ssl", **extra: object) -> dict[str, object]:
        """The [imap] table for this server, password from $INTAKE_TEST_IMAP_PASSWORD."""
        table: dict[str, object] = {
            "host": "127.0.0.1",
            "port": self.imaps_port if security == "ssl" else self.imap_port,
            "security": security,
            "username": self.user,
            "password_env": "INTAKE_TEST_IMAP_PASSWORD",
            "ca_file": str(self.certs.ca_file),
            "timeout_seconds": 10.0,
        }
        table.update(extra)
        return table


def _group_of(user: str) -> str:
    import grp

    try:
        return grp.getgrgid(pwd.getpwnam(user).pw_gid).gr_name
    except KeyError:
        return user


def _port_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.2)
        return s.connect_ex(("127.0.0.1", port)) == 0


def new_server_root() -> Path:
    """A short path (unix socket names are limited to ~100 bytes) that Dovecot's own
    unprivileged users can traverse."""
    root = Path(tempfile.mkdtemp(prefix="svk-dovecot-"))
    os.chmod(root, 0o755)
    return root


# --- helpers for the IMAP tests ---------------------------------------------------------


def imap_config(
    tmp_path: Path,
    server: Dovecot,
    *,
    security: str = "ssl",
    limits: dict[str, object] | None = None,
    store_url: str | None = None,
    **imap: object,
) -> Any:
    """The example survey's config with [imap] pointing at `server`."""
    from helpers import make_config

    tables: dict[str, Any] = {"imap": server.imap_settings(security=security, **imap)}
    if limits:
        tables["limits"] = limits
    return make_config(tmp_path, store_url, **tables)


def survey_replies(count: int, *, start: int = 1, subject: str | None = None) -> list[bytes]:
    """`count` distinct replies to the example survey, each with its own Message-ID."""
    from helpers import reply

    out = []
    for i in range(start, start + count):
        kwargs: dict[str, Any] = {"message_id": f"<reply-{i}@test.example>"}
        if subject is not None:
            kwargs["subject"] = subject
        out.append(reply(
            f"1. Vi är förening nummer {i}.\n2. Ja\n3. Läxhjälp för alla.\n4. Lokaler.\n",
            **kwargs,
        ))
    return out


def unrelated(i: int, *, message_id: bool = True) -> bytes:
    mid = f"Message-ID: <news-{i}@shop.example>\r\n" if message_id else ""
    return (
        f"From: Nyhetsbrev <news@shop.example>\r\nTo: samordnare@xn--malm-8qa.se\r\n"
        f"Subject: Veckans erbjudanden {i}\r\nDate: Mon, 06 Jan 2020 10:00:00 +0100\r\n"
        f"{mid}MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Rea på allt, vecka {i}.\r\n"
    ).encode()


def folder_uids(server: Dovecot, folder: str = "INBOX") -> list[int]:
    c = server.client()
    try:
        c.select_folder(folder, readonly=True)
        return sorted(c.search("ALL"))
    finally:
        c.logout()


def folder_flags(server: Dovecot, folder: str = "INBOX") -> dict[int, tuple[bytes, ...]]:
    c = server.client()
    try:
        c.select_folder(folder, readonly=True)
        flags = c.get_flags(c.search("ALL"))
        return {uid: tuple(sorted(x for x in f if x != b"\\Recent")) for uid, f in flags.items()}
    finally:
        c.logout()


def _toml_value(value: object) -> str:
    import datetime as dt
    import json

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)


def imap_toml(settings: dict[str, object]) -> str:
    """An [imap] table as TOML text (for config files the CLI reads)."""
    lines = ["[imap]"] + [f"{k} = {_toml_value(v)}" for k, v in settings.items()]
    return "\n".join(lines) + "\n"


def cli_config(tmp_path: Path, settings: dict[str, object], extra: str = "") -> Path:
    """A config file: the example survey, a store in tmp_path, this [imap] table."""
    from helpers import write_config

    return write_config(tmp_path, extra=imap_toml(settings) + extra)


@dataclass
class BadParseFetch:
    """What `fetch_with_one_bad_parse` saw: the first night's summary, the stored rows by
    message key, the UIDs recorded as failed, the config and the store (closed by the
    caller)."""

    summary: Any
    rows: dict[str, Any]
    failed_uids: list[int]
    config: Any
    store: Any


def fetch_with_one_bad_parse(server: Dovecot, tmp_path: Path, monkeypatch: Any, uid: int,
                             misbehave: Any, **config: Any) -> BadParseFetch:
    """A real fetch of 8 survey replies through two parse workers, in batches of 3, where the
    parse of reply UID calls MISBEHAVE (dies, hangs, ...) instead of parsing."""
    from sqlalchemy import select

    from svarsinkorg.fetch import run as fetch_mod
    from svarsinkorg.fetch.run import failures, run_fetch
    from svarsinkorg.store.db import Store
    from svarsinkorg.store.models import Message

    monkeypatch.setenv("SVARSINKORG_PARSE_WORKERS", "2")
    server.append(survey_replies(8))
    cfg = imap_config(tmp_path, server, batch_size=3, **config)
    real = fetch_mod.make_parser
    marker = f"<reply-{uid}@".encode()

    def bad_parser(cfg_: Any) -> Any:
        parse = real(cfg_)

        def p(raw: bytes, roster: Any) -> Any:
            if marker in raw:
                misbehave()
            return parse(raw, roster)

        return p

    monkeypatch.setattr(fetch_mod, "make_parser", bad_parser)
    store = Store(f"sqlite:///{tmp_path / 'f.db'}")
    summary = run_fetch(cfg, store, progress=False, quiet=True)
    with store.session() as s:
        rows = {m.message_key: m for m in s.scalars(select(Message))}
        failed = [r.uid for r in failures(s)]
    return BadParseFetch(summary, rows, failed, cfg, store)
