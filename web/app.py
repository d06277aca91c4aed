"""The review pages: a Starlette app over the same store and use cases as the CLI.

Server-rendered pages and plain forms; the only script is the keyboard helper and the
report's print helper, both by nonce. Every database call runs in the thread pool."""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import hmac
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment
from markupsafe import Markup
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from .. import review
from ..config import Config
from ..model import Reason
from ..reminders.render import TemplateError
from ..reminders.service import now as default_now
from ..reminders.service import remind
from ..reports.html import report_view
from ..reports.labels import Labels
from ..reports.status import counts
from ..reports.templating import environment, report_css
from ..service import default_author
from ..store.db import Store
from ..store.records import SurveyState
from ..store.reminder_history import load_history
from .mailview import Reader, TextCache, attachment_data, download_type, mail_view
from .security import (
    COOKIE,
    LOGIN_COOKIE,
    Auth,
    Guard,
    checked_form,
    same_origin,
    set_session_cookie,
)

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"


class Links:
    """Where things are; the report's templates link through this when it is given."""

    @staticmethod
    def association(association_id: int) -> str:
        return f"/associations/{association_id}"

    @staticmethod
    def review(ref: str | None = None) -> str:
        return "/review" if ref is None else f"/review/{ref}"

    @staticmethod
    def message(message_id: int) -> str:
        return f"/messages/{message_id}"


@functools.cache
def _static(name: str) -> Markup:
    # Our own CSS and script, inlined under the page's nonce: trusted, not escaped.
    return Markup((STATIC / name).read_text(encoding="utf-8"))


class StateCache:
    """The records between requests, rebuilt when the store's fingerprint changes (mail
    arrived, a reparse, a correction from here or from the CLI, a roster change) and at
    least every TTL seconds. Saving never uses it: a save rebuilds the records itself, so
    the stale-edit check always compares with the store as it is."""

    def __init__(self, config: Config, store: Store, ttl: float = 30.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.config, self.store, self.ttl, self.clock = config, store, ttl, clock
        self._lock = threading.Lock()
        self._entry: tuple[tuple[object, ...], float, SurveyState] | None = None

    def get(self) -> SurveyState:
        version = review.store_version(self.config, self.store)
        with self._lock:
            entry = self._entry
        if entry is not None and entry[0] == version and self.clock() - entry[1] < self.ttl:
            return entry[2]
        state = review.load_state(self.config, self.store)
        with self._lock:
            self._entry = (version, self.clock(), state)
        return state

    def clear(self) -> None:
        with self._lock:
            self._entry = None


@dataclass
class Web:
    config: Config
    store: Store
    auth: Auth
    labels: Labels
    env: Environment
    cache: TextCache
    now: Callable[[], dt.datetime]
    read: Reader | None
    states: StateCache

    def render(self, request: Request, name: str, status: int = 200,
               **context: Any) -> HTMLResponse:
        state = request.scope.get("state", {})
        session = state.get("session")
        html = self.env.get_template(name).render(
            t=self.labels, survey=self.config.survey, nonce=state.get("nonce", ""),
            csrf=session.csrf if session else "", user=session.user if session else None,
            links=Links, css=report_css(), app_css=_static("app.css"),
            keys_js=_static("keys.js"),
            has_password=self.auth.has_password, reason=self.reason,
            key_label=self.key_label, show_value=self.show_value, **context)
        return HTMLResponse(html, status_code=status)

    # --- words --------------------------------------------------------------------

    def reason(self, why: Reason | str) -> str:
        """A review reason in the coordinator's words (reports/labels.py)."""
        return self.labels.reason(why)

    def key_label(self, key: str | None, message_id: int | None = None) -> str:
        t = self.labels
        if key is None:
            return t("key_assign", id=message_id)
        for q in self.config.survey.questions:
            if q.key == key:
                return f"{q.number}. {q.text}"
        special = {"wants_interview": "wants_interview", "reviewed": "key_reviewed",
                   "status": "key_status", "bounced": "key_bounced"}
        return t(special[key]) if key in special else key

    def show_value(self, value: Any, names: dict[int, str] | None = None,
                   kind: str = "set") -> str:
        t = self.labels
        if value is None:
            return "—" if kind == "assign" else t("unanswered")
        if kind == "assign" and names is not None and isinstance(value, int):
            return names.get(value, f"#{value}")
        if isinstance(value, bool):
            return t.yes_no(value)
        if value in ("responded", "late", "no_response"):
            return t(str(value))
        return str(value)

    def author(self, request: Request) -> str:
        session = request.scope.get("state", {}).get("session")
        return session.user if session else default_author(self.config)


def _int(value: str | None, default: int = 0) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


# What a notice after an action reads from its URL (kept through the /review redirect).
NOTICE_PARAMS = ("done", "n", "undo", "back", "mail", "assoc")


def _ids(events: list[int]) -> str:
    return ",".join(str(e) for e in events)


def _parse_ids(value: str | None) -> list[int]:
    out = [int(v) for v in (value or "").split(",") if v.strip().isdigit()]
    return out[:50]  # one action's corrections: a form's fields and its approval


def _ref(value: str) -> bool:
    try:
        review.parse_ref(value)
    except review.NotFound:
        return False
    return True


def _local_path(target: str | None, fallback: str = "/") -> str:
    """Only our own paths: a form's "next" must not send anyone elsewhere."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return fallback


def create_app(
    config: Config,
    *,
    auth: Auth | None = None,
    store: Store | None = None,
    now: Callable[[], dt.datetime] = default_now,
    allowed_hosts: list[str] | None = None,
    read: Reader | None = None,
) -> Starlette:
    """The app. AUTH holds the one-time token (Auth.create makes one); ALLOWED_HOSTS the
    Host headers answered (others get 400: a DNS-rebinding page cannot talk to us)."""
    web = Web(config=config, store=store or Store(config.store_url),
              auth=auth or Auth.create(default_author(config)),
              labels=Labels.for_survey(config.survey), env=environment([TEMPLATES]),
              cache=TextCache(), now=now, read=read, states=None)  # type: ignore[arg-type]
    web.states = StateCache(config, web.store)
    t = web.labels
    db = run_in_threadpool

    def forbidden(request: Request, text: str | None = None) -> Response:
        return web.render(request, "forbidden.html", 403, message=text or t("forbidden_text"))

    async def http_error(request: Request, exc: Exception) -> Response:
        code = getattr(exc, "status_code", 500)
        if code == 403:
            return forbidden(request, t("csrf_failed"))
        if code == 404:
            return web.render(request, "error.html", 404, message=t("not_found"))
        return web.render(request, "error.html", code, message=t("http_error", code=code))

    async def not_found(request: Request, exc: Exception) -> Response:
        return web.render(request, "error.html", 404, message=t("not_found"))

    # --- overview -----------------------------------------------------------------

    def _overview() -> dict[str, Any]:
        state = web.states.get()
        with web.store.session(readonly=True) as s:
            histories = load_history(s)
        when = web.now()
        view = report_view(config.survey, state, histories, when, t)
        return {"v": view, "state": state, "queue_n": len(review.review_queue(state)),
                "counts": counts(state.associations)}

    async def overview(request: Request) -> Response:
        return web.render(request, "overview.html", **(await db(_overview)))

    # --- the review queue ---------------------------------------------------------

    async def queue(request: Request) -> Response:
        items = await db(lambda: review.load_queue(config, web.store, web.states.get()))
        if not items:
            return web.render(request, "queue_done.html", queue_n=0,
                              flash=await db(_flash, request), undo=await db(_undo, request))
        at = min(max(_int(request.query_params.get("at")), 0), len(items) - 1)
        query = {k: v for k, v in request.query_params.items() if k in NOTICE_PARAMS}
        url = Links.review(items[at].ref) + (f"?{urlencode(query)}" if query else "")
        return RedirectResponse(url, status_code=303)

    def _flash(request: Request) -> str | None:
        done = request.query_params.get("done")
        if done == "not_survey":
            return t("saved_not_survey")
        if done == "moved":
            return t("saved_moved")
        if done == "saved":
            return t("saved_changes", n=_int(request.query_params.get("n")))
        if done == "undone":
            return t("undone_notice")
        if done == "confirmed":
            name = review.association_name(
                config, _int(request.query_params.get("assoc"), -1), web.store)
            mail = _int(request.query_params.get("mail"), 0)
            return t("saved_confirmed", id=mail, name=name) if name and mail else None
        if done and done.startswith("a"):
            name = review.association_name(config, _int(done[1:], -1), web.store)
            return t("saved_approved", name=name) if name else None
        return None

    def _undo(request: Request) -> dict[str, Any] | None:
        """The notice's Ångra: the corrections the action just made (from its redirect),
        offered while they are this person's one action and none of them is undone; it
        goes back to the item they were made on."""
        events = _parse_ids(request.query_params.get("undo"))
        back = request.query_params.get("back") or ""
        if not events or not _ref(back) \
                or not review.undoable(config, events, web.store, web.author(request)):
            return None
        newest = max(events)
        return {"event": newest, "also": _ids([e for e in events if e != newest]),
                "next": f"{Links.review(back)}?done=undone"}

    def _item_context(view: review.ItemView) -> dict[str, Any]:
        mail = None
        if view.message is not None:
            kwargs = {"read": web.read} if web.read is not None else {}
            mail = mail_view(view.message.raw, view.message.id, config.limits, web.cache,
                             **kwargs)
        return {"view": view, "mail": mail, "queue_n": len(view.queue)}

    async def item(request: Request) -> Response:
        ref = request.path_params["ref"]
        shown = request.query_params.get("message")
        try:
            view = await db(lambda: review.load_item(
                config, ref, _int(shown) if shown else None, web.store, web.states.get()))
        except review.NotFound:
            return web.render(request, "error.html", 404, message=t("not_found"))
        context = await db(_item_context, view)
        flash = await db(_flash, request)
        # A mail just set aside from this item: a link to it (it left the item's tabs).
        set_aside = _int(request.query_params.get("set_aside"), 0) \
            if request.query_params.get("done") in ("not_survey", "moved") else 0
        return web.render(request, "review.html", flash=flash, values=view.values,
                          token=view.token, stale=None, error=None,
                          set_aside=set_aside or None, undo=await db(_undo, request),
                          **context)

    async def save(request: Request) -> Response:
        form = await checked_form(request)
        ref = request.path_params["ref"]
        sub = review.submission_from_form(config.survey, form)
        try:
            outcome = await db(review.save_item, config, ref, form.get("token", ""), sub,
                               web.author(request), web.store)
        except review.NotFound:
            return web.render(request, "error.html", 404, message=t("not_found"))
        finally:
            web.states.clear()
        if outcome.status == "saved":
            # Ångra in the notice that follows takes the whole save back, back on this item.
            undo = {"undo": _ids(outcome.events), "back": ref} if outcome.events else {}
            if sub.approve or sub.not_survey:
                before = _int(form.get("position"), 0)
                done = "not_survey" if sub.not_survey else f"a{outcome.association_id}"
                query = {"at": before, "done": done, **undo}
                return RedirectResponse(f"/review?{urlencode(query)}", status_code=303)
            query = {"done": "saved", "n": len(outcome.changes), **undo}
            return RedirectResponse(f"{Links.review(ref)}?{urlencode(query)}", status_code=303)
        # Stale or invalid: the page again with what they typed, nothing saved.
        view = await db(review.load_item, config, ref, _int(form.get("message")) or None,
                        web.store)
        context = await db(_item_context, view)
        values = dict(view.values)
        values.update(sub.answers)
        if sub.wants_interview is not None:
            values["wants_interview"] = sub.wants_interview
        if sub.status is not None and "status" in values:
            values["status"] = sub.status
        return web.render(
            request, "review.html", 409 if outcome.status == "stale" else 400,
            flash=None, undo=None, set_aside=None, values=values,
            token=outcome.current_token if outcome.status == "stale" else view.token,
            stale=outcome if outcome.status == "stale" else None,
            error=t("unknown_association") if outcome.status == "invalid" else None,
            typed_association=sub.association or "", **context)

    # --- associations and messages ------------------------------------------------

    async def associations(request: Request) -> Response:
        q = (request.query_params.get("q") or "").strip()

        def load() -> dict[str, Any]:
            state = web.states.get()
            rows = state.associations
            if q:
                key = q.casefold()
                rows = [r for r in rows if key in r.name.casefold()
                        or any(key in e for e in r.emails) or key == (r.ref or "").casefold()]
            return {"rows": rows, "q": q, "total": len(state.associations),
                    "queue_n": len(review.review_queue(state)),
                    "unmatched": state.unmatched}

        return web.render(request, "associations.html", **(await db(load)))

    async def association(request: Request) -> Response:
        try:
            detail = await db(lambda: review.load_association(
                config, request.path_params["association_id"], web.store, web.states.get()))
        except review.NotFound:
            return web.render(request, "error.html", 404, message=t("not_found"))
        return web.render(request, "association.html", d=detail, r=detail.record,
                          queue_n=None)

    async def message(request: Request) -> Response:
        try:
            page = await db(lambda: review.load_message(
                config, request.path_params["message_id"], web.store, web.states.get()))
        except review.NotFound:
            return web.render(request, "error.html", 404, message=t("not_found"))
        kwargs = {"read": web.read} if web.read is not None else {}
        mail = await db(lambda: mail_view(page.message.raw, page.message.id, config.limits,
                                          web.cache, **kwargs))
        return web.render(request, "message.html", p=page, m=page.message, mail=mail,
                          queue_n=None)

    async def assign(request: Request) -> Response:
        form = await checked_form(request)
        message_id = request.path_params["message_id"]
        target = None if form.get("not_survey") in ("1", "on") else form.get("association")
        try:
            done = await db(review.assign_message, config, message_id, target,
                            web.author(request), web.store)
            web.states.clear()
        except review.NotFound:
            return web.render(request, "error.html", 400, message=t("unknown_association"))
        next_ = _local_path(form.get("next"), Links.message(message_id))
        back = form.get("back")
        if back and _ref(back):  # from a review item: Ångra in the notice there
            sep = "&" if "?" in next_ else "?"
            next_ += sep + urlencode({"undo": _ids([done.event]), "back": back})
        return RedirectResponse(next_, status_code=303)

    async def confirm(request: Request) -> Response:
        """"Bekräfta": the shown mail is this association's, as the item asks."""
        form = await checked_form(request)
        message_id = request.path_params["message_id"]
        association_id = _int(form.get("association_id"), -1)
        try:
            done = await db(review.confirm_match, config, message_id, association_id,
                            web.author(request), web.store)
            web.states.clear()
        except review.NotFound:
            return web.render(request, "error.html", 409, message=t("confirm_moved"))
        query = {"at": _int(form.get("position"), 0), "done": "confirmed", "mail": message_id,
                 "assoc": association_id, "undo": _ids([done.event]),
                 "back": f"a{association_id}"}
        return RedirectResponse(f"/review?{urlencode(query)}", status_code=303)

    async def attachment(request: Request) -> Response:
        message_id = request.path_params["message_id"]
        index = request.path_params["index"]
        raw = await db(review.message_raw, config, message_id, web.store)
        data = await db(attachment_data, raw, index) if raw is not None else None
        if data is None:
            return web.render(request, "error.html", 404, message=t("not_found"))
        mime, name = download_type(data, message_id, index)
        return Response(data, media_type=mime, headers={
            "content-disposition": f'attachment; filename="{name}"',
            "content-security-policy": "default-src 'none'; sandbox",
        })

    async def undo(request: Request) -> Response:
        form = await checked_form(request)
        # ALSO: the other corrections of the same action (a save's answers and approval),
        # so the notice's Ångra takes back what its button did, all or none.
        also = _parse_ids(form.get("also"))
        try:
            await db(lambda: review.undo(config, request.path_params["event_id"],
                                         web.author(request), web.store, also=also))
            web.states.clear()
        except LookupError as exc:
            return web.render(request, "error.html", 409, message=t.error(exc))
        return RedirectResponse(_local_path(form.get("next")), status_code=303)

    # --- reminders (dry run only) -------------------------------------------------

    async def reminders(request: Request) -> Response:
        def load() -> dict[str, Any]:
            try:
                result = remind(config, send=False, clock_now=web.now, store=web.store)
            except LookupError as exc:
                return {"result": None, "error": t.error(exc)}
            except TemplateError as exc:  # the template file's own words stay as they are
                return {"result": None, "error": t("template_error", detail=str(exc))}
            return {"result": result, "error": None}

        return web.render(request, "reminders.html", queue_n=None, **(await db(load)))

    # --- sign-in (only with [serve] password_env) ---------------------------------

    async def login(request: Request) -> Response:
        if not web.auth.has_password:
            return forbidden(request)
        import secrets

        if request.method == "GET":
            value = secrets.token_urlsafe(24)
            response = web.render(request, "login.html", login_csrf=value, failed=False,
                                  queue_n=None)
            response.set_cookie(LOGIN_COOKIE, value, httponly=True, samesite="strict",
                                path="/login", max_age=900)
            return response
        form = await request.form()
        given = form.get("csrf")
        expected = request.cookies.get(LOGIN_COOKIE)
        if not expected or not isinstance(given, str) or not same_origin(request) \
                or not hmac.compare_digest(given.encode(), expected.encode()):
            return forbidden(request, t("csrf_failed"))
        password = form.get("password")
        name = form.get("user")
        if web.auth.login_wait() > 0:
            # Inside the backoff after a failure (from any connection): not even tried, so
            # parallel guessers gain nothing.
            await asyncio.sleep(1.0)
            return web.render(request, "login.html", 429, login_csrf=expected, failed=True,
                              queue_n=None)
        if not isinstance(password, str) or not web.auth.check_password(password):
            web.auth.login_failed()
            await asyncio.sleep(1.0)
            return web.render(request, "login.html", 403, login_csrf=expected, failed=True,
                              queue_n=None)
        web.auth.login_succeeded()
        user = name.strip()[:200] if isinstance(name, str) and name.strip() else \
            web.auth.default_user
        sid = web.auth.new_session(user)
        response = RedirectResponse("/", status_code=303)
        set_session_cookie(response, sid)
        response.delete_cookie(LOGIN_COOKIE, path="/login")
        return response

    async def logout(request: Request) -> Response:
        await checked_form(request)
        web.auth.end(request.cookies.get(COOKIE))
        response = RedirectResponse("/login" if web.auth.has_password else "/",
                                    status_code=303)
        response.delete_cookie(COOKIE, path="/")
        return response

    routes = [
        Route("/", overview),
        Route("/review", queue),
        Route("/review/{ref:str}", item),
        Route("/review/{ref:str}", save, methods=["POST"]),
        Route("/associations", associations),
        Route("/associations/{association_id:int}", association),
        Route("/messages/{message_id:int}", message),
        Route("/messages/{message_id:int}/assign", assign, methods=["POST"]),
        Route("/messages/{message_id:int}/confirm", confirm, methods=["POST"]),
        Route("/messages/{message_id:int}/attachments/{index:int}", attachment),
        Route("/corrections/{event_id:int}/undo", undo, methods=["POST"]),
        Route("/reminders", reminders),
        Route("/login", login, methods=["GET", "POST"]),
        Route("/logout", logout, methods=["POST"]),
    ]
    hosts = allowed_hosts or ["127.0.0.1", "localhost", "[::1]", "::1"]
    app = Starlette(
        routes=routes,
        middleware=[
            Middleware(TrustedHostMiddleware, allowed_hosts=hosts),
            Middleware(Guard, auth=web.auth, forbidden=forbidden),  # type: ignore[arg-type]
        ],
        exception_handlers={HTTPException: http_error, 404: not_found},
    )
    app.state.web = web
    return app
