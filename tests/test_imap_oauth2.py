"""The msal device-code helper with a fake PublicClientApplication (no network) and msal's
real token cache: 0600 cache file, rotated refresh token saved, clear failures."""

from __future__ import annotations

import base64
import json
import os
import stat
from pathlib import Path
from typing import Any

import msal
import pytest
from typer.testing import CliRunner

from svarsinkorg.cli import app
from svarsinkorg.intake.imap import oauth2
from svarsinkorg.intake.imap.errors import EXIT_AUTH_FAILED
from svarsinkorg.intake.imap.oauth2 import OAuth2Error, OAuth2Settings, access_token, login

SCOPE = "https://outlook.office.com/IMAP.AccessAsUser.All"
USER = "samordnare@malmo.example"


def _b64(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


class FakeApp:
    """Enough of msal.PublicClientApplication: tokens go into the real cache like msal's."""

    refresh_fails: dict[str, Any] | None = None
    network_down = False
    issued = 0

    def __init__(self, client_id: str, authority: str, token_cache: Any) -> None:
        if FakeApp.network_down:
            raise ConnectionError("Failed to resolve 'login.microsoftonline.com'")
        self.client_id, self.authority, self.cache = client_id, authority, token_cache

    def _issue(self) -> dict[str, Any]:
        FakeApp.issued += 1
        n = FakeApp.issued
        response = {
            "access_token": f"at-{n}", "refresh_token": f"rt-{n}", "expires_in": 3600,
            "token_type": "Bearer", "client_info": _b64({"uid": "u1", "utid": "t1"}),
            "id_token": ".".join([_b64({"alg": "none"}), _b64({
                "preferred_username": USER, "oid": "u1", "tid": "t1", "sub": "s",
                "aud": self.client_id, "iss": "https://login.microsoftonline.com/t1/v2.0"}), ""]),
        }
        self.cache.add({
            "client_id": self.client_id, "scope": [SCOPE],
            "token_endpoint": f"{self.authority}/oauth2/v2.0/token", "response": response,
            "environment": "login.microsoftonline.com",
        })
        return {"access_token": response["access_token"],
                "id_token_claims": {"preferred_username": USER}}

    def initiate_device_flow(self, scopes: list[str]) -> dict[str, Any]:
        assert scopes == [SCOPE]
        return {"user_code": "ABCD-EFGH", "device_code": "dc",
                "message": "To sign in, open https://microsoft.com/devicelogin and enter "
                           "the code ABCD-EFGH to authenticate."}

    def acquire_token_by_device_flow(self, flow: dict[str, Any]) -> dict[str, Any]:
        assert flow["device_code"] == "dc"
        return self._issue()

    def get_accounts(self, username: str | None = None) -> list[dict[str, Any]]:
        accounts = list(self.cache.search(msal.TokenCache.CredentialType.ACCOUNT))
        return [a for a in accounts if username is None or a.get("username") == username]

    def acquire_token_silent_with_error(self, scopes: list[str], account: Any) -> Any:
        if FakeApp.refresh_fails is not None:
            return FakeApp.refresh_fails
        return self._issue()  # a refresh: new access token, rotated refresh token


@pytest.fixture(autouse=True)
def fake_msal(monkeypatch: pytest.MonkeyPatch) -> None:
    FakeApp.refresh_fails, FakeApp.network_down, FakeApp.issued = None, False, 0
    monkeypatch.setattr(msal, "PublicClientApplication", FakeApp)


def settings(tmp_path: Path) -> OAuth2Settings:
    return OAuth2Settings(client_id="cid", cache_path=tmp_path / "cfg" / "cache.json",
                          username=USER)


def test_login_keeps_the_refresh_token_in_a_0600_file(tmp_path: Path) -> None:
    shown: list[str] = []
    s = settings(tmp_path)
    old = os.umask(0o022)
    try:
        assert login(s, show=shown.append) == USER
    finally:
        os.umask(old)
    assert "ABCD-EFGH" in shown[0]
    mode = stat.S_IMODE(s.cache_path.stat().st_mode)
    assert mode == 0o600
    assert stat.S_IMODE(s.cache_path.parent.stat().st_mode) == 0o700
    assert '"rt-1"' in s.cache_path.read_text()


def test_token_refresh_saves_the_rotated_refresh_token(tmp_path: Path) -> None:
    s = settings(tmp_path)
    login(s, show=lambda _: None)
    assert access_token(s) == "at-2"
    text = s.cache_path.read_text()
    assert '"rt-2"' in text and '"rt-1"' not in text
    assert stat.S_IMODE(s.cache_path.stat().st_mode) == 0o600
    assert access_token(s) == "at-3"
    assert '"rt-3"' in s.cache_path.read_text()


def test_failed_refresh_says_what_to_do(tmp_path: Path) -> None:
    s = settings(tmp_path)
    login(s, show=lambda _: None)
    FakeApp.refresh_fails = {
        "error": "invalid_grant",
        "error_description": "AADSTS700082: The refresh token has expired due to "
                             "inactivity.\r\nTrace ID: 1",
    }
    with pytest.raises(OAuth2Error) as info:
        access_token(s)
    text = str(info.value)
    assert "invalid_grant: AADSTS700082" in text and "Trace ID" not in text
    assert "run `intake oauth2 login` on a terminal" in text


def test_no_sign_in_yet(tmp_path: Path) -> None:
    with pytest.raises(OAuth2Error, match="run `intake oauth2 login`"):
        access_token(settings(tmp_path))


def test_network_down_is_one_clear_line(tmp_path: Path) -> None:
    s = settings(tmp_path)
    login(s, show=lambda _: None)
    FakeApp.network_down = True
    with pytest.raises(OAuth2Error, match=r"cannot reach https://login\.microsoftonline\.com/"):
        access_token(s)
    assert '"rt-1"' in s.cache_path.read_text()  # the sign-in is kept


def test_settings_from_config(tmp_path: Path) -> None:
    from svarsinkorg.config import ImapConfig

    with pytest.raises(OAuth2Error, match="oauth2_client_id"):
        OAuth2Settings.from_imap(ImapConfig(host="h"))
    cfg = ImapConfig(host="h", username="a@b.se", oauth2_client_id="cid",
                     oauth2_tenant="contoso.onmicrosoft.com", oauth2_token_cache="tok.json")
    s = OAuth2Settings.from_imap(cfg, tmp_path)
    assert s.authority == "https://login.microsoftonline.com/contoso.onmicrosoft.com"
    assert s.cache_path == tmp_path / "tok.json" and s.username == "a@b.se"
    assert s.scopes == (SCOPE,)


def test_cli_login_then_token(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dovecot import cli_config

    cache = tmp_path / "tok.json"
    config = cli_config(tmp_path, {"host": "outlook.office365.com", "username": USER,
                                   "oauth2_client_id": "cid",
                                   "oauth2_token_cache": str(cache),
                                   "oauth2_token_command": "intake oauth2 token"})
    runner = CliRunner()
    done = runner.invoke(app, ["--config", str(config), "oauth2", "login"])
    assert done.exit_code == 0, done.output
    assert "ABCD-EFGH" in done.stderr and "0600" in done.stderr
    token = runner.invoke(app, ["--config", str(config), "oauth2", "token"])
    assert token.exit_code == 0
    assert token.stdout == "at-2\n"  # the token and nothing else: it is a command's output
    FakeApp.refresh_fails = {"error": "invalid_grant", "error_description": "AADSTS50173"}
    failed = runner.invoke(app, ["--config", str(config), "oauth2", "token"])
    assert failed.exit_code == EXIT_AUTH_FAILED
    assert failed.stdout == "" and "intake oauth2 login" in failed.stderr


def test_cli_without_config_needs_client_id(tmp_path: Path) -> None:
    runner = CliRunner()
    missing = tmp_path / "none.toml"
    r = runner.invoke(app, ["--config", str(missing), "oauth2", "token"])
    assert r.exit_code == 2
    r = runner.invoke(app, ["--config", str(missing), "oauth2", "token", "--client-id", "cid",
                            "--cache", str(tmp_path / "c.json")])
    assert r.exit_code == EXIT_AUTH_FAILED and "run `intake oauth2 login`" in r.stderr


def test_write_private_replaces_atomically(tmp_path: Path) -> None:
    target = tmp_path / "c.json"
    target.write_text("old")
    os.chmod(target, 0o644)
    oauth2.write_private(target, "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["c.json"]
