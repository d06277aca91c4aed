"""Connecting, TLS and authentication: against the real Dovecot, through the CLI where the
exit code is the point."""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import Any

import pytest
from dovecot import TOKEN, Dovecot, cli_config, free_port, survey_replies
from typer.testing import CliRunner

from svarsinkorg.cli import app
from svarsinkorg.config import ImapConfig
from svarsinkorg.intake.imap import connection
from svarsinkorg.intake.imap.connection import (
    Credentials,
    connect,
    credentials,
    password_from_command,
    tls_context,
)
from svarsinkorg.intake.imap.errors import (
    EXIT_AUTH_FAILED,
    EXIT_CANNOT_CONNECT,
    EXIT_PARTIAL,
    ImapAuthError,
    ImapConnectError,
)


def run_cli(config: Path, *args: str) -> Any:
    return CliRunner().invoke(app, ["--config", str(config), "fetch", *args])


def one_clear_line(result: Any) -> str:
    """The failure is a single line on stderr, never a traceback."""
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    text = result.stderr.strip()
    assert "Traceback" not in result.output
    assert len(text.splitlines()) == 1, text
    return text


# -- credentials (no server) ----------------------------------------------------------


def test_password_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("X_IMAP_PW", "hemligt")
    assert credentials(ImapConfig(host="h", password_env="X_IMAP_PW")) == Credentials(
        "password", "hemligt")
    monkeypatch.delenv("X_IMAP_PW")
    with pytest.raises(ImapAuthError, match=r"X_IMAP_PW .* not set"):
        credentials(ImapConfig(host="h", password_env="X_IMAP_PW"))


def test_password_and_token_commands() -> None:
    assert password_from_command("printf 'lösen\\nignored\\n'") == "lösen"
    cfg = ImapConfig(host="h", oauth2_token_command="echo tok123")
    assert credentials(cfg) == Credentials("oauth2", "tok123")
    with pytest.raises(ImapAuthError, match="exit status 3: no such entry"):
        password_from_command("echo 'no such entry' >&2; exit 3")
    with pytest.raises(ImapAuthError, match="printed nothing"):
        password_from_command("true")
    with pytest.raises(ImapAuthError, match="did not finish"):
        password_from_command("sleep 5", timeout=0.2)
    with pytest.raises(ImapAuthError, match="no password source"):
        credentials(ImapConfig(host="h"))


def test_secret_never_in_repr() -> None:
    assert "hemligt" not in repr(Credentials("password", "hemligt"))


def test_tls_context_verifies_and_warns_when_told_not_to(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    ctx = tls_context(ImapConfig(host="h"))
    assert ctx.verify_mode == ssl.CERT_REQUIRED and ctx.check_hostname
    with pytest.raises(ImapConnectError, match="ca_file not found"):
        tls_context(ImapConfig(host="h", ca_file="nope.pem"), tmp_path)
    with caplog.at_level("WARNING"):
        off = tls_context(ImapConfig(host="h", verify_certificate=False))
    assert off.verify_mode == ssl.CERT_NONE
    assert "NOT checked" in caplog.text


def test_unreachable_server_is_exit_3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTAKE_TEST_IMAP_PASSWORD", "x")
    cfg = cli_config(tmp_path, {"host": "127.0.0.1", "port": free_port(), "username": "u",
                                "password_env": "INTAKE_TEST_IMAP_PASSWORD"})
    result = run_cli(cfg, "--quiet")
    assert result.exit_code == EXIT_CANNOT_CONNECT
    assert "connection refused" in one_clear_line(result)


def test_unknown_host_is_exit_3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTAKE_TEST_IMAP_PASSWORD", "x")
    cfg = cli_config(tmp_path, {"host": "imap.invalid", "username": "u",
                                "password_env": "INTAKE_TEST_IMAP_PASSWORD",
                                "timeout_seconds": 5.0})
    result = run_cli(cfg)
    assert result.exit_code == EXIT_CANNOT_CONNECT
    assert "cannot connect to imap.invalid:993" in one_clear_line(result)


# -- against Dovecot ----------------------------------------------------------------------



@pytest.mark.dovecot
def test_fetch_via_cli_quiet_prints_one_summary_line(dovecot: Dovecot, tmp_path: Path) -> None:
    dovecot.append(survey_replies(3))
    cfg = cli_config(tmp_path, dovecot.imap_settings())
    result = run_cli(cfg, "--quiet")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().splitlines() == [
        "intake fetch: 3 nya meddelanden (3 svar, 0 autosvar, 0 studsar, 0 övriga), "
        "3 utan förening, 0 redan inlästa, 0 överhoppade, 0 för stora, 0 fel"
    ]
    again = run_cli(cfg, "--quiet")
    assert again.exit_code == 0 and again.stdout.startswith("intake fetch: 0 nya meddelanden")


@pytest.mark.dovecot
def test_wrong_password_is_exit_4(
    dovecot: Dovecot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INTAKE_TEST_IMAP_PASSWORD", "wrong")
    cfg = cli_config(tmp_path, dovecot.imap_settings())
    result = run_cli(cfg, "--quiet")
    assert result.exit_code == EXIT_AUTH_FAILED
    line = one_clear_line(result)
    assert "authentication failed for coordinator@example.org at 127.0.0.1" in line
    assert "AUTHENTICATIONFAILED" in line


@pytest.mark.dovecot
def test_missing_password_variable_is_exit_4(
    dovecot: Dovecot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("INTAKE_TEST_IMAP_PASSWORD")
    result = run_cli(cli_config(tmp_path, dovecot.imap_settings()))
    assert result.exit_code == EXIT_AUTH_FAILED
    assert "INTAKE_TEST_IMAP_PASSWORD" in one_clear_line(result)


@pytest.mark.dovecot
def test_untrusted_certificate_is_exit_3(dovecot: Dovecot, tmp_path: Path) -> None:
    settings = dovecot.imap_settings()
    del settings["ca_file"]
    result = run_cli(cli_config(tmp_path, settings))
    assert result.exit_code == EXIT_CANNOT_CONNECT
    line = one_clear_line(result)
    assert "certificate is not trusted" in line and "imap.ca_file" in line


@pytest.mark.dovecot
def test_wrong_security_for_the_port_says_so(dovecot: Dovecot, tmp_path: Path) -> None:
    settings = dovecot.imap_settings(port=dovecot.imap_port)  # STARTTLS port, implicit TLS
    result = run_cli(cli_config(tmp_path, settings))
    assert result.exit_code == EXIT_CANNOT_CONNECT
    assert "starttls" in one_clear_line(result)


@pytest.mark.dovecot
def test_verification_off_works_but_warns_loudly(dovecot: Dovecot, tmp_path: Path) -> None:
    settings = dovecot.imap_settings(verify_certificate=False)
    del settings["ca_file"]
    dovecot.append(survey_replies(1))
    result = run_cli(cli_config(tmp_path, settings), "--quiet")
    assert result.exit_code == 0
    assert "NOT checked" in result.stderr


@pytest.mark.dovecot
def test_starttls_with_oauth2_token_command(dovecot: Dovecot, tmp_path: Path) -> None:
    dovecot.append(survey_replies(2))
    settings = dovecot.imap_settings(security="starttls", oauth2_token_command=f"echo {TOKEN}")
    del settings["password_env"]
    result = run_cli(cli_config(tmp_path, settings), "--quiet")
    assert result.exit_code == 0, result.output
    assert "2 nya meddelanden" in result.stdout
    assert "method=XOAUTH2" in dovecot.log_tail()


@pytest.mark.dovecot
def test_bad_oauth2_token_is_exit_4(dovecot: Dovecot, tmp_path: Path) -> None:
    settings = dovecot.imap_settings(oauth2_token_command="echo expired-token")
    del settings["password_env"]
    result = run_cli(cli_config(tmp_path, settings))
    assert result.exit_code == EXIT_AUTH_FAILED
    assert "OAuth2 token refused" in one_clear_line(result)


@pytest.mark.dovecot
def test_non_ascii_password_from_command(dovecot: Dovecot, tmp_path: Path) -> None:
    # LOGIN cannot carry "ä"; the client falls back to AUTHENTICATE PLAIN (UTF-8)
    settings = dovecot.imap_settings(password_command=f"printf '%s\\n' '{dovecot.password}'")
    del settings["password_env"]
    from helpers import make_config

    cfg = make_config(tmp_path, imap=settings)
    assert cfg.imap is not None
    client = connect(cfg.imap)
    try:
        assert client.select_folder("INBOX", readonly=True)[b"EXISTS"] == 0
    finally:
        connection.logout_quietly(client)


@pytest.mark.dovecot
def test_connection_lost_mid_run_is_exit_5(
    dovecot: Dovecot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from svarsinkorg.fetch import run as fetch_mod

    dovecot.append(survey_replies(6))
    cfg = cli_config(tmp_path, dovecot.imap_settings(batch_size=2, timeout_seconds=5.0))
    real = fetch_mod.store_message
    calls: list[int] = []

    def store_then_kill_server(*args: Any, **kw: Any) -> Any:
        calls.append(1)
        if len(calls) == 2:
            dovecot.stop()
        return real(*args, **kw)

    monkeypatch.setattr(fetch_mod, "store_message", store_then_kill_server)
    result = run_cli(cfg, "--quiet")
    assert result.exit_code == EXIT_PARTIAL, result.output
    assert "OFULLSTÄNDIG KÖRNING: INBOX: connection lost" in result.stdout
    monkeypatch.setattr(fetch_mod, "store_message", real)
    dovecot.start()
    rest = run_cli(cfg, "--quiet")
    assert rest.exit_code == 0
    assert rest.stdout.startswith("intake fetch: 4 nya meddelanden")


def test_no_imap_table_is_a_config_error(tmp_path: Path) -> None:
    from helpers import write_config

    result = run_cli(write_config(tmp_path))
    assert result.exit_code == 2
    assert "missing table '[imap]'" in one_clear_line(result)
