"""Who may see the pages, and what a page may do once shown.

* A random one-time token in the printed URL (as Jupyter's) becomes a session cookie
  (HttpOnly, SameSite=Strict); with `[serve] password_env` a sign-in form is there too.
* Every POST carries the session's CSRF token, compared in constant time.
* Every response says: no script but ours (by nonce), no remote content, no framing.
* A host that is not loopback is refused unless a password is configured."""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

COOKIE = "intake_session"
LOGIN_COOKIE = "intake_login"  # the sign-in form's own CSRF value (no session yet)
SESSION_SECONDS = 12 * 3600
MAX_LOGIN_BACKOFF = 60.0  # seconds between sign-in tries after many failures

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def is_loopback(host: str) -> bool:
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a name other than localhost may resolve anywhere


def _digest(secret: str) -> bytes:
    return hashlib.sha256(secret.encode("utf-8")).digest()


def csp(nonce: str) -> str:
    """The page's policy. Mail HTML is shown in a sandboxed srcdoc iframe, which inherits
    this policy: no script without our nonce, no image but data:, nothing remote."""
    return (f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; "
            "img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")


SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    # same-origin, not no-referrer: with no-referrer a browser sends "Origin: null" on our
    # own form posts, and the origin check must see where a POST came from
    "referrer-policy": "same-origin",
    "cache-control": "no-store",  # people's mail must not sit in a shared cache
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
}


# The token is renewed from the terminal's thread while requests take it (server.py).
_TOKEN_LOCK = threading.Lock()


@dataclass
class Session:
    user: str
    csrf: str
    expires: float


@dataclass
class Auth:
    """The server's secrets, in memory only: a restart signs everyone out."""

    default_user: str
    token: str | None = field(default_factory=lambda: secrets.token_urlsafe(32))
    password_digest: bytes | None = None
    sessions: dict[str, Session] = field(default_factory=dict)
    clock: Callable[[], float] = time.time
    # Failed sign-ins across all connections: a guesser opening many connections at once
    # waits as long as one who tries in a row.
    failures: int = 0
    last_failure: float = 0.0

    @classmethod
    def create(cls, default_user: str, password: str | None = None,
               token: str | None = None) -> Auth:
        auth = cls(default_user=default_user,
                   password_digest=_digest(password) if password else None)
        if token is not None:
            auth.token = token
        return auth

    @property
    def has_password(self) -> bool:
        return self.password_digest is not None

    def take_token(self, given: str) -> bool:
        """The printed token works once: whoever reads the terminal later gets nothing."""
        with _TOKEN_LOCK:
            if self.token is None or not hmac.compare_digest(_digest(given),
                                                             _digest(self.token)):
                return False
            self.token = None
            return True

    def renew_token(self) -> str:
        """A fresh one-time token for a new link (another browser, a lost cookie); the
        previous one, used or not, stops working. Sessions already signed in stay."""
        with _TOKEN_LOCK:
            self.token = secrets.token_urlsafe(32)
            return self.token

    def check_password(self, given: str) -> bool:
        return self.password_digest is not None and hmac.compare_digest(
            _digest(given), self.password_digest)

    def login_wait(self) -> float:
        """Seconds before the next sign-in may be tried: doubling with each failure in a
        row (1, 2, 4 ... 60), whoever tried; 0 after a success."""
        if self.failures == 0:
            return 0.0
        backoff = min(float(2 ** (self.failures - 1)), MAX_LOGIN_BACKOFF)
        return max(0.0, self.last_failure + backoff - self.clock())

    def login_failed(self) -> None:
        self.failures += 1
        self.last_failure = self.clock()

    def login_succeeded(self) -> None:
        self.failures = 0

    def new_session(self, user: str) -> str:
        sid = secrets.token_urlsafe(32)
        self.sessions[sid] = Session(user, secrets.token_urlsafe(32),
                                     self.clock() + SESSION_SECONDS)
        return sid

    def session(self, sid: str | None) -> Session | None:
        if not sid:
            return None
        found = self.sessions.get(sid)
        if found is None:
            return None
        if found.expires < self.clock():
            self.sessions.pop(sid, None)
            return None
        return found

    def end(self, sid: str | None) -> None:
        if sid:
            self.sessions.pop(sid, None)


def set_session_cookie(response: Response, sid: str) -> None:
    response.set_cookie(COOKIE, sid, httponly=True, samesite="strict", path="/",
                        max_age=SESSION_SECONDS)


OPEN_PATHS = ("/login",)  # reachable without a session (only when a password is set)


class Guard:
    """ASGI middleware: security headers with a fresh nonce on every response; the token
    exchange; a session for every path but the sign-in form; 403 otherwise."""

    def __init__(self, app: ASGIApp, auth: Auth,
                 forbidden: Callable[[Request], Response]) -> None:
        self.app = app
        self.auth = auth
        self.forbidden = forbidden

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        nonce = secrets.token_urlsafe(18)
        state = scope.setdefault("state", {})
        state["nonce"] = nonce

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                if "content-security-policy" not in headers:
                    headers["content-security-policy"] = csp(nonce)
                for name, value in SECURITY_HEADERS.items():
                    if name not in headers:
                        headers[name] = value
            await send(message)

        request = Request(scope)
        token = request.query_params.get("token")
        if token is not None:
            path = scope["path"] or "/"
            # "//host/..." would send the browser elsewhere: only our own paths
            target = "/" if path.startswith("//") or "\\" in path else path
            if request.method == "GET" and self.auth.take_token(token):
                sid = self.auth.new_session(self.auth.default_user)
                response: Response = RedirectResponse(target, status_code=303)
                set_session_cookie(response, sid)
            elif request.method == "GET" and self.auth.session(request.cookies.get(COOKIE)):
                # The printed URL opened again (a bookmark, a second tab) by someone
                # already signed in: the page, not a 403 for a spent token.
                response = RedirectResponse(target, status_code=303)
            else:
                response = self.forbidden(request)
            await response(scope, receive, send_with_headers)
            return
        session = self.auth.session(request.cookies.get(COOKIE))
        if session is None and not (self.auth.has_password and scope["path"] in OPEN_PATHS):
            await self.forbidden(request)(scope, receive, send_with_headers)
            return
        state["session"] = session
        await self.app(scope, receive, send_with_headers)


def same_origin(request: Request) -> bool:
    """A browser names the page a POST came from; it must be one of ours."""
    origin = request.headers.get("origin")
    if not origin or origin == "null":
        return origin is None
    host = request.headers.get("host", "")
    return urlsplit(origin).netloc == host


async def checked_form(request: Request) -> dict[str, str]:
    """The POSTed form, after the CSRF check (403 on any doubt)."""
    session: Session | None = request.scope.get("state", {}).get("session")
    form = await request.form()
    given = form.get("csrf")
    if session is None or not isinstance(given, str) or not same_origin(request) \
            or not hmac.compare_digest(given.encode(), session.csrf.encode()):
        raise HTTPException(403, "csrf")
    return {k: v for k, v in form.items() if isinstance(v, str)}
