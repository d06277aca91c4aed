"""OAuth2 for Microsoft 365 IMAP: a one-time device-code sign-in, then fresh access
tokens for imap.oauth2_token_command.

    intake oauth2 login   # once, on a terminal: shows a code to enter at microsoft.com/devicelogin
    intake oauth2 token   # prints an access token; the nightly fetch runs this

msal keeps the refresh token in a cache file (mode 0600). Microsoft rotates the refresh
token on use, so the cache is written back after every refresh; a refresh that fails says
exactly what to do.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...config import ImapConfig

DEFAULT_CACHE = "~/.config/svarsinkorg/oauth2-token-cache.json"
LOGIN_HINT = "run `intake oauth2 login` on a terminal to sign in again"


class OAuth2Error(Exception):
    """One line that says what went wrong and what to do."""


@dataclass(frozen=True)
class OAuth2Settings:
    client_id: str
    tenant: str = "organizations"
    scopes: tuple[str, ...] = ("https://outlook.office.com/IMAP.AccessAsUser.All",)
    cache_path: Path = field(default_factory=lambda: Path(DEFAULT_CACHE).expanduser())
    username: str | None = None

    @property
    def authority(self) -> str:
        if self.tenant.startswith("https://"):
            return self.tenant
        return f"https://login.microsoftonline.com/{self.tenant}"

    @classmethod
    def from_imap(
        cls,
        cfg: ImapConfig | None,
        base_dir: Path | None = None,
        *,
        client_id: str | None = None,
        tenant: str | None = None,
        cache_path: str | None = None,
        username: str | None = None,
    ) -> OAuth2Settings:
        cid = client_id or (cfg.oauth2_client_id if cfg else None)
        if not cid:
            raise OAuth2Error(
                "no OAuth2 client id: set imap.oauth2_client_id (the Application (client) ID "
                "of the app registration) or pass --client-id"
            )
        raw_cache = cache_path or (cfg.oauth2_token_cache if cfg else None) or DEFAULT_CACHE
        path = Path(raw_cache).expanduser()
        if not path.is_absolute() and base_dir is not None:
            path = base_dir / path
        return cls(
            client_id=cid,
            tenant=tenant or (cfg.oauth2_tenant if cfg else "organizations"),
            scopes=tuple(cfg.oauth2_scopes) if cfg else cls.scopes,
            cache_path=path,
            username=username or (cfg.username if cfg and cfg.username else None),
        )


AppFactory = Callable[..., Any]  # msal.PublicClientApplication or a test double


def load_cache(path: Path) -> Any:
    import msal

    cache = msal.SerializableTokenCache()
    try:
        cache.deserialize(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        pass
    except (OSError, ValueError) as exc:
        raise OAuth2Error(f"cannot read the token cache {path}: {exc}; {LOGIN_HINT}") from None
    return cache


def write_private(path: Path, data: str) -> None:
    """Write atomically, readable by the owner only (0600), in a 0700 folder if new."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)  # mode 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def save_cache(cache: Any, path: Path, *, force: bool = False) -> None:
    if force or getattr(cache, "has_state_changed", True):
        write_private(path, cache.serialize())


def _app(settings: OAuth2Settings, cache: Any, app_factory: AppFactory | None) -> Any:
    if app_factory is None:
        import msal

        app_factory = msal.PublicClientApplication
    try:  # msal looks the authority up on the network here
        return app_factory(settings.client_id, authority=settings.authority, token_cache=cache)
    except ValueError as exc:
        raise OAuth2Error(f"the tenant / authority {settings.authority} is not valid: {exc}") \
            from None
    except Exception as exc:
        raise _network_error(settings, exc) from None


def _network_error(settings: OAuth2Settings, exc: BaseException) -> OAuth2Error:
    detail = " ".join(str(exc).split())[:300]
    return OAuth2Error(
        f"cannot reach {settings.authority} ({type(exc).__name__}: {detail}); the saved "
        "sign-in is kept: try again when the network is back"
    )


def _error_text(result: Any) -> str:
    if not isinstance(result, dict):
        return "no answer"
    code = str(result.get("error") or "error")
    desc = str(result.get("error_description") or "").strip().splitlines()
    return f"{code}: {desc[0]}" if desc else code


def login(
    settings: OAuth2Settings,
    *,
    show: Callable[[str], None] = print,
    app_factory: AppFactory | None = None,
) -> str:
    """Device-code sign-in: `show` gets the instruction (URL and code) for the user.
    Returns the signed-in account's user name; the cache file holds the refresh token."""
    cache = load_cache(settings.cache_path)
    app = _app(settings, cache, app_factory)
    try:
        flow = app.initiate_device_flow(scopes=list(settings.scopes))
    except Exception as exc:
        raise _network_error(settings, exc) from None
    if not isinstance(flow, dict) or "user_code" not in flow:
        raise OAuth2Error(f"could not start the device-code sign-in ({_error_text(flow)})")
    show(str(flow.get("message") or f"Enter the code {flow['user_code']} to sign in."))
    try:
        result = app.acquire_token_by_device_flow(flow)
    except Exception as exc:
        raise _network_error(settings, exc) from None
    if not isinstance(result, dict) or "access_token" not in result:
        raise OAuth2Error(f"sign-in did not complete ({_error_text(result)})")
    save_cache(cache, settings.cache_path, force=True)
    claims = result.get("id_token_claims") or {}
    return str(claims.get("preferred_username") or settings.username or "signed in")


def access_token(settings: OAuth2Settings, *, app_factory: AppFactory | None = None) -> str:
    """A valid access token from the cache, refreshed when needed (the rotated refresh
    token is saved). Raises OAuth2Error with what to do."""
    path = settings.cache_path
    if not path.exists():
        raise OAuth2Error(f"no saved sign-in ({path} does not exist): run `intake oauth2 login`")
    cache = load_cache(path)
    app = _app(settings, cache, app_factory)
    accounts = list(app.get_accounts(username=settings.username) if settings.username else [])
    if not accounts:
        accounts = list(app.get_accounts())
    if not accounts:
        who = f" for {settings.username}" if settings.username else ""
        raise OAuth2Error(f"no saved sign-in{who} in {path}: run `intake oauth2 login`")
    try:
        result = app.acquire_token_silent_with_error(list(settings.scopes), account=accounts[0])
    except Exception as exc:
        raise _network_error(settings, exc) from None
    if not isinstance(result, dict) or "access_token" not in result:
        who = accounts[0].get("username", "the account") if isinstance(accounts[0], dict) else ""
        raise OAuth2Error(
            f"the saved sign-in for {who or 'the account'} could not be refreshed "
            f"({_error_text(result)}): {LOGIN_HINT}"
        )
    save_cache(cache, path)
    return str(result["access_token"])
