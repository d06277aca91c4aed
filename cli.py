"""`intake`: the coordinator's command line. Thin: parse arguments, call service, print."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape  # rich.table: imported where a table is drawn (--help skips it)

if TYPE_CHECKING:  # imported where used: `intake status --help` starts without them
    from .config import Config
    from .reports.labels import Labels


class _Lazy:
    """`service`, imported on first use: `intake status --help` and argument errors start
    without the store, the parsers and SQLAlchemy (bench/bench.py measures start-up)."""

    def __getattr__(self, name: str) -> Any:
        from . import service as real

        return getattr(real, name)


service: Any = _Lazy()

EXIT_CONFIG = 2

# Plain (click) help: typer's rich help imports rich.markdown and markdown-it, ~0.1-0.2 s of
# every `--help` (issue 13's start-up target is 0.3 s); the commands still print with rich.
_PLAIN = {"rich_markup_mode": None}
app = typer.Typer(
    help="Survey replies from the coordinator's inbox, one record per association.",
    no_args_is_help=True,
    add_completion=False,
    **_PLAIN,
)
associations_app = typer.Typer(
    help="The roster of associations.", no_args_is_help=True, **_PLAIN
)
app.add_typer(associations_app, name="associations")

console = Console()
err = Console(stderr=True)


class State:
    config_path: str | None = None
    _config: Config | None = None

    def config(self) -> Config:
        if self._config is None:
            from .config import ConfigError, load_config

            try:
                self._config = load_config(self.config_path)
            except ConfigError as exc:
                err.print(f"[red]Config error:[/red] {exc}")
                raise typer.Exit(EXIT_CONFIG) from None
        return self._config


state = State()


@app.callback()
def _main(
    config: Annotated[
        str | None,
        typer.Option("--config", "-c",
                     help="Config file (else $INTAKE_CONFIG, else ./config.toml)."),
    ] = None,
) -> None:
    state.config_path = config
    state._config = None


def _labels(cfg: Config) -> Labels:
    from .reports.labels import Labels

    return Labels.for_survey(cfg.survey)


def _now() -> dt.datetime:
    # INTAKE_NOW pins "today" for reproducible reports and tests.
    fixed = os.environ.get("INTAKE_NOW")
    if fixed:
        when = dt.datetime.fromisoformat(fixed)
        return when if when.tzinfo else when.replace(tzinfo=dt.UTC)
    return dt.datetime.now(dt.UTC)


# --- roster ---------------------------------------------------------------------------


@associations_app.command("import")
def associations_import(
    file: Annotated[Path, typer.Argument(help="CSV or XLSX with columns name, email, org_number.")],
) -> None:
    """Import or update the roster. Rows without a name or a valid address are skipped."""
    cfg = state.config()
    t = _labels(cfg)
    result, skipped = service.import_roster(cfg, file)
    for line, why in skipped:
        err.print(t("roster_skipped", line=line, why=why))
    console.print(t("roster_imported", added=result.added, updated=result.updated,
                    unchanged=result.unchanged))
    for address, names in result.shared.items():
        console.print(t("roster_shared", address=address, names=", ".join(names)),
                      markup=False, soft_wrap=True)
    if result.rematched:
        console.print(t("roster_rematched", n=result.rematched))


@associations_app.command("list")
def associations_list() -> None:
    """List the roster."""
    from rich.table import Table

    cfg = state.config()
    t = _labels(cfg)
    table = Table(t("association"), t("emails"), t("org_number"), "Ref")
    for a in service.list_associations(cfg):
        table.add_row(a.name, "; ".join(a.emails), a.org_number or "", a.ref or "")
    console.print(table)


# --- mail in --------------------------------------------------------------------------


@app.command("import")
def import_(
    paths: Annotated[list[Path], typer.Argument(help=".eml/.msg files, folders, mbox files.")],
) -> None:
    """Import saved mail. Importing the same message twice stores it once."""
    cfg = state.config()
    t = _labels(cfg)
    summary = service.import_paths(cfg, paths)
    for e in summary.unreadable:
        err.print(f"{e.origin}: {t.source_error(e)}", style="yellow", markup=False,
                  soft_wrap=True)
    kinds = ", ".join(f"{n} {t(k)}" for k, n in sorted(summary.by_kind.items())) or "-"
    console.print(t("import_summary", stored=summary.stored, kinds=kinds,
                    duplicates=summary.duplicates, failed=summary.failed))


@app.command()
def reparse() -> None:
    """Parse every stored message again (after an upgrade); corrections are kept."""
    cfg = state.config()
    n = service.reparse(cfg)
    console.print(_labels(cfg)("reparsed", n=n))


# --- reports --------------------------------------------------------------------------


@app.command()
def status(
    format: Annotated[str, typer.Option("--format", "-f", help="table or json")] = "table",
) -> None:
    """Where the survey stands: deadline, counts, one row per association."""
    from rich.table import Table

    cfg = state.config()
    t = _labels(cfg)
    now = _now()
    survey_state = service.survey_state(cfg)
    from .reminders.service import reminder_histories

    reminded = reminder_histories(cfg)
    if format == "json":
        from .reports.status import status_json

        data = status_json(cfg.survey, survey_state, now, reminded, t)
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    from .reports.status import counts, deadline_phrase, flags_for

    s = cfg.survey
    c = counts(survey_state.associations)
    console.print(f"[bold]{s.name}[/bold]")
    console.print(f"{t('deadline')}: {s.deadline.isoformat()} ({deadline_phrase(s, now, t)})")
    console.print(t("counts", **c.__dict__))
    waiting = survey_state.unmatched_replies()
    if waiting:  # the rows below may say "Inget svar" for an association that answered
        console.print(t("status_unmatched_waiting", n=waiting), markup=False, style="bold")
    table = Table(t("association"), t("status"), t("received"), t("answered"), t("reminders"),
                  t("last_reminded"), t("flags"))
    for r in survey_state.associations:
        received = r.received_at.astimezone(s.tz).strftime("%Y-%m-%d") if r.received_at else ""
        answered = f"{len(r.answered())}/{len(s.questions)}" if r.status != "no_response" else ""
        hist = reminded.get(r.id)
        last = hist.last_sent_at if hist else None
        flags = flags_for(r, t) + ([t("opted_out")] if r.opted_out else [])
        table.add_row(r.name, t(r.status), received, answered, str(hist.count if hist else 0),
                      last.astimezone(s.tz).strftime("%Y-%m-%d") if last else "",
                      ", ".join(flags))
    console.print(table)
    flagged = [r for r in survey_state.associations if r.reasons]
    if flagged:
        console.print(f"[bold]{t('review_reasons')}[/bold]")
        for r in flagged:
            console.print(f"{r.name}: {'; '.join(t.reasons(r.reasons))}", markup=False,
                          soft_wrap=True)


@app.command()
def review() -> None:
    """What needs a person: unmatched mail, ambiguous answers, replies without answers."""
    from rich.table import Table

    cfg = state.config()
    t = _labels(cfg)
    survey_state = service.survey_state(cfg)

    def when(m: Any) -> str:
        return m.date.astimezone(cfg.survey.tz).strftime("%Y-%m-%d %H:%M") if m.date else ""

    shown: set[int] = set()
    # An association that another's mail may answer for (forwarded here, or named in that
    # reply) may have no mail of its own: that mail is its row.
    named = [(m, r.name, why) for r in survey_state.associations for m, why in r.named_in]
    if survey_state.review or named:
        table = Table("#", t("association"), t("from"), t("subject"), t("date"), t("why"),
                      title=t("review_title"))
        names = {m.id: r.name for r in survey_state.associations for m in r.messages}
        rows = [(m, names.get(m.id, "—"), why) for _what, m, why in survey_state.review
                if m is not None]
        # beside the mail it is about: an association an unmatched reply may be from
        # ("maybe_in_unmatched") right under that reply's own rows
        beside: dict[int, list[tuple[Any, str, Any]]] = {}
        for row in named:
            beside.setdefault(row[0].id, []).append(row)
        ordered: list[tuple[Any, str, Any]] = []
        for i, row in enumerate(rows):
            ordered.append(row)
            if i + 1 == len(rows) or rows[i + 1][0].id != row[0].id:
                ordered += beside.pop(row[0].id, [])
        last: tuple[int, str] | None = None
        for m, name, why in [*ordered, *(r for rs in beside.values() for r in rs)]:
            shown.add(m.id)
            if last == (m.id, name):
                # The same mail's next reason: its headers once, or a narrow terminal
                # repeats a six-line subject under every reason.
                table.add_row("", "", "", "", "", t.reason(why))
                continue
            last = (m.id, name)
            table.add_row(str(m.id), name, m.from_addr or "", m.subject or "", when(m),
                          t.reason(why))
        console.print(table)
    else:
        console.print(t("nothing_to_review"))
    # Mail that is not survey mail still may want an answer from the coordinator.
    others = [m for m in survey_state.unmatched if m.id not in shown]
    if others:
        table = Table("#", t("kind"), t("from"), t("subject"), t("date"),
                      title=t("unmatched_title"))
        for m in others:
            table.add_row(str(m.id), t(m.kind), m.from_addr or "", m.subject or "", when(m))
        console.print(table)


@app.command()
def export(
    format: Annotated[str, typer.Option("--format", "-f", help="json, csv or xlsx")] = "xlsx",
    output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
) -> None:
    """Write one row per association to a file (the JSON shape is a contract)."""
    cfg = state.config()
    t = _labels(cfg)
    from .reports.export import EXPORT_FORMATS

    if format not in EXPORT_FORMATS:
        err.print(f"--format must be one of {', '.join(EXPORT_FORMATS)}")
        raise typer.Exit(EXIT_CONFIG)
    path = output or Path(f"intake-export.{format}")
    service.export(cfg, format, path)
    console.print(t("export_written", path=path))


# --- corrections ----------------------------------------------------------------------


@app.command()
def assign(
    message: Annotated[str, typer.Argument(help="Message number (from review) or Message-ID.")],
    association: Annotated[str, typer.Argument(help="Association name, or 'none'.")],
) -> None:
    """Say by hand which association a message belongs to."""
    cfg = state.config()
    try:
        text = service.assign(cfg, message, association)
    except LookupError as exc:
        err.print(_labels(cfg).error(exc), style="red", markup=False)
        raise typer.Exit(1) from None
    console.print(text, markup=False)


@app.command("set")
def set_(
    association: Annotated[str, typer.Argument(help="Association name.")],
    key: Annotated[str, typer.Argument(help="A question key, or status/wants_interview/"
                                            "bounced/reviewed.")],
    value: Annotated[str, typer.Argument(help="The value; 'null' clears the answer.")],
) -> None:
    """Set an answer by hand. Kept apart from parsed data and survives reparse."""
    cfg = state.config()
    try:
        text = service.set_value(cfg, association, key, value)
    except (LookupError, ValueError) as exc:
        err.print(_labels(cfg).error(exc), style="red", markup=False)
        raise typer.Exit(1) from None
    console.print(text, markup=False)


@app.command()
def undo(
    correction: Annotated[int, typer.Argument(help="The correction's number (see the "
                                                   "association's page in intake serve).")],
) -> None:
    """Take back one correction; what was in force before it holds again."""
    cfg = state.config()
    try:
        text = service.undo_correction(cfg, correction)
    except LookupError as exc:
        err.print(_labels(cfg).error(exc), style="red", markup=False)
        raise typer.Exit(1) from None
    console.print(text, markup=False)


# --- review in the browser (issue 11) -------------------------------------------------


@app.command()
def serve(
    port: Annotated[int | None, typer.Option("--port", help="TCP port (else serve.port, "
                                                            "8470).")] = None,
    host: Annotated[str | None, typer.Option("--host", help="Address to listen on (else "
                                             "serve.host, 127.0.0.1). Another than loopback "
                                             "needs serve.password_env.")] = None,
) -> None:
    """Review and correct replies in the browser, beside the mail. Prints a link with a
    one-time token; open it in the browser on this machine."""
    from .web.server import ServeRefused, prepare, run

    cfg = state.config()
    try:
        plan = prepare(cfg, host, port)
    except ServeRefused as exc:
        err.print(f"intake serve: {_labels(cfg).error(exc)}", style="red", markup=False)
        raise typer.Exit(EXIT_CONFIG) from None
    if plan.warning:
        err.print(f"intake serve: {_labels(cfg)('serve_plain_http')}", style="yellow",
                  markup=False)
    t = _labels(cfg)
    console.print(plan.url, markup=False, soft_wrap=True)
    console.print(t("serve_stop_hint"), markup=False, style="dim")

    def new_link(url: str) -> None:  # Enter in this terminal (web/server.py)
        console.print(t("serve_new_link"), markup=False, style="dim")
        console.print(url, markup=False, soft_wrap=True)

    run(cfg, plan, show_new_link=new_link)


# --- demo -----------------------------------------------------------------------------


@app.command()
def demo(
    output: Annotated[Path | None, typer.Option("--output", "-o", help="XLSX export path.")] = None,
) -> None:
    """Run the whole job on the shipped example roster and replies, in a temporary store."""
    result: dict[str, Any] = service.run_demo(output)
    cfg: Config = result["config"]
    state._config = cfg
    console.print(f"[dim]{result['summary']}[/dim]")
    status(format="table")
    console.print(_labels(cfg)("export_written", path=result["xlsx"]))


def main() -> None:
    app()


# --- database (issue 6) ---------------------------------------------------------------

db_app = typer.Typer(
    help="The store's schema (Alembic migrations).", no_args_is_help=True, **_PLAIN
)
app.add_typer(db_app, name="db")


def _db_engine_and_url() -> tuple[Any, str]:
    return service.db_engine_and_url(state.config())


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Bring the store's schema to this version's (every command also does this on start).
    Never drops data: a store it cannot upgrade safely is left as it is, with the reason."""
    from .store.migrations import SchemaError, upgrade

    engine, shown = _db_engine_and_url()
    try:
        result = upgrade(engine)
    except SchemaError as exc:
        err.print(f"[red]{shown}: {exc}[/red]")
        raise typer.Exit(1) from None
    finally:
        engine.dispose()
    if result.action == "none":
        console.print(f"{shown}: schema up to date ({result.after})")
    else:
        console.print(f"{shown}: schema {result.before or 'empty'} -> {result.after} "
                      f"({result.action})")


@db_app.command("current")
def db_current() -> None:
    """Show the store's schema revision and the newest this version knows."""
    from .store.migrations import current_revision, head_revision, revisions

    engine, shown = _db_engine_and_url()
    try:
        current = current_revision(engine)
    finally:
        engine.dispose()
    head = head_revision()
    known = revisions()
    console.print(f"{shown}: current {current or 'none'}, newest {head}")
    if current == head:
        console.print("up to date")
    elif current is None or current in known:
        pending = len(known) - (known.index(current) + 1 if current in known else 0)
        console.print(f"{pending} revision(s) pending: run `intake db upgrade`")
    else:
        console.print("[red]unknown revision: a newer svarsinkorg upgraded this store[/red]")
        raise typer.Exit(1)


# --- IMAP (issue 4) -------------------------------------------------------------------

oauth2_app = typer.Typer(
    help="OAuth2 sign-in for Microsoft 365 IMAP (device code; token for the nightly fetch).",
    no_args_is_help=True,
    **_PLAIN,
)
app.add_typer(oauth2_app, name="oauth2")


@app.command()
def fetch(
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Only the one-line summary (for cron / logs).")
    ] = False,
    folder: Annotated[
        list[str] | None,
        typer.Option("--folder", help="Fetch this folder instead of imap.folders (repeatable)."),
    ] = None,
    failures: Annotated[
        bool,
        typer.Option("--failures", help="List messages that failed or were flagged, and exit."),
    ] = False,
) -> None:
    """Fetch new mail from the IMAP server into the store. Read-only on the server unless
    imap.after_store says otherwise. Exit codes: 0 ok, 2 config, 3 cannot connect,
    4 authentication failed, 5 partial run, 6 another fetch is running."""
    cfg = state.config()
    if failures:
        raise typer.Exit(failures_command(cfg, out=console))
    code = fetch_command(cfg, quiet=quiet, folders=folder, out=console, err=err)
    raise typer.Exit(code)


def fetch_command(
    config: Config,
    *,
    quiet: bool = False,
    folders: list[str] | None = None,
    out: Console | None = None,
    err: Console | None = None,
) -> int:
    """Run one fetch (fetch.night: lock, quiet-night look, else store and full run) and
    print its outcome; nothing raises for an expected failure, so cron gets one clear
    line, never a traceback. Calls fetch.night itself rather than service.fetch: importing
    service loads SQLAlchemy and the parsers, which a quiet night does without."""
    from .fetch.night import fetch as fetch_night
    from .intake.imap.errors import FetchLockedError, ImapError

    out = out or Console()
    err = err or Console(stderr=True)
    if config.imap is None:
        err.print(escape("Config error: missing table '[imap]' (needed by intake fetch)"))
        return EXIT_CONFIG
    try:
        summary = fetch_night(config, quiet=quiet, folders=folders,
                              progress=not quiet and sys.stderr.isatty())
    except (FetchLockedError, ImapError) as exc:
        err.print(f"intake fetch: {escape(str(exc))}", soft_wrap=True)
        return exc.exit_code
    for warning in summary.warnings:
        if quiet and "UIDVALIDITY" in warning:
            continue
        err.print(escape(warning), soft_wrap=True)
    t = _labels(config)
    out.print(escape(_fetch_line(summary, t)), soft_wrap=True, highlight=False)
    if not quiet:
        for problem in [*summary.problems, *summary.action_errors]:
            err.print(f"  {escape(problem)}", soft_wrap=True)
        if summary.errors:
            out.print(f"  {t('fetch_failures_hint')}", highlight=False)
    return summary.exit_code


def _fetch_line(summary: Any, t: Labels) -> str:
    """FetchSummary.line() (English, for logs) in the coordinator's words. Server and
    folder problems after it stay as the server said them."""
    k = summary.by_kind
    text = "intake fetch: " + t(
        "fetch_summary", stored=summary.stored, replies=k["reply"], auto=k["auto_reply"],
        bounces=k["bounce"], other=k["other"] + k["own"], unmatched=summary.unmatched,
        duplicates=summary.duplicates, skipped=summary.skipped, oversized=summary.oversized,
        errors=summary.errors)
    if summary.partial:
        text += t("fetch_partial", problems="; ".join([*summary.problems,
                                                       *summary.action_errors]))
    return text


def failures_command(config: Config, *, out: Console | None = None) -> int:
    """List UIDs that failed, were oversized, or were stored raw after a parser error."""
    from rich.table import Table

    from .fetch.run import failures

    out = out or Console()
    with service.store_session(config) as s:
        rows = failures(s)
        t = _labels(config)
        table = Table(*(t(f"failures_{c}") for c in
                        ("when", "folder", "uid", "outcome", "subject", "error")))
        for r in rows:
            error = r.error or r.action_error or ""
            if not error and r.message is not None:
                error = "; ".join(t.reasons(r.message.reason_list))
            outcome = t(f"outcome_{r.outcome}")
            table.add_row(
                r.seen_at.strftime("%Y-%m-%d %H:%M") if r.seen_at else "",
                r.folder,
                str(r.uid),
                outcome if not r.action_error else f"{outcome}, {t('action_failed')}",
                r.subject or "",
                error,
            )
    if not rows:
        out.print(t("no_failures"))
    else:
        out.print(table)
    return 0


def _oauth2_settings(
    client_id: str | None, tenant: str | None, cache: str | None, username: str | None
) -> Any:
    from .config import ConfigError, load_config
    from .intake.imap.errors import EXIT_AUTH_FAILED
    from .intake.imap.oauth2 import OAuth2Error, OAuth2Settings

    imap, base = None, None
    try:
        cfg = load_config(state.config_path)
        imap, base = cfg.imap, cfg.base_dir
    except ConfigError as exc:
        if not client_id:  # without a config, --client-id must say which app
            err.print(f"[red]Config error:[/red] {exc}")
            raise typer.Exit(EXIT_CONFIG) from None
    try:
        return OAuth2Settings.from_imap(imap, base, client_id=client_id, tenant=tenant,
                                        cache_path=cache, username=username)
    except OAuth2Error as exc:
        err.print(f"intake oauth2: {exc}", markup=False)
        raise typer.Exit(EXIT_AUTH_FAILED) from None


_ClientId = Annotated[str | None, typer.Option("--client-id", help="App registration's "
                                                "client id (else imap.oauth2_client_id).")]
_Tenant = Annotated[str | None, typer.Option("--tenant", help="Tenant id or domain "
                                             "(else imap.oauth2_tenant, 'organizations').")]
_Cache = Annotated[str | None, typer.Option("--cache", help="Token cache file "
                                            "(else imap.oauth2_token_cache).")]
_User = Annotated[str | None, typer.Option("--username", help="Account (else imap.username).")]


@oauth2_app.command("login")
def oauth2_login(
    client_id: _ClientId = None, tenant: _Tenant = None, cache: _Cache = None,
    username: _User = None,
) -> None:
    """Sign in once with a device code; keeps the refresh token in the 0600 cache file."""
    from .intake.imap.errors import EXIT_AUTH_FAILED
    from .intake.imap.oauth2 import OAuth2Error, login

    settings = _oauth2_settings(client_id, tenant, cache, username)
    try:
        who = login(settings, show=lambda text: err.print(escape(text), soft_wrap=True))
    except OAuth2Error as exc:
        err.print(f"intake oauth2 login: {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(EXIT_AUTH_FAILED) from None
    err.print(
        f"Signed in as {escape(who)}. Token cache: {settings.cache_path} (mode 0600). "
        "Set imap.oauth2_token_command = \"intake oauth2 token\" (with --config if needed).",
        soft_wrap=True,
    )


@oauth2_app.command("token")
def oauth2_token(
    client_id: _ClientId = None, tenant: _Tenant = None, cache: _Cache = None,
    username: _User = None,
) -> None:
    """Print a fresh access token (for imap.oauth2_token_command); exit 4 if sign-in expired."""
    from .intake.imap.errors import EXIT_AUTH_FAILED
    from .intake.imap.oauth2 import OAuth2Error, access_token

    settings = _oauth2_settings(client_id, tenant, cache, username)
    try:
        token = access_token(settings)
    except OAuth2Error as exc:
        err.print(f"intake oauth2 token: {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(EXIT_AUTH_FAILED) from None
    # stdout carries the token and nothing else: imap.oauth2_token_command reads it.
    sys.stdout.write(token + "\n")
    sys.stdout.flush()


# --- end IMAP (issue 4) ---------------------------------------------------------------


# --- reminders and report (issue 5) ---------------------------------------------------


@app.command()
def remind(
    send: Annotated[bool, typer.Option("--send", help="Send for real (default: dry run).")
                    ] = False,
    only: Annotated[str | None, typer.Option("--only", help="Remind this association only "
                                                            "(name or reference).")] = None,
) -> None:
    """Remind the associations that have not answered. A dry run unless --send."""
    from .reminders.render import TemplateError
    from .reminders.service import remind as run_remind
    from .reminders.smtp import SmtpError

    cfg = state.config()
    t = _labels(cfg)
    try:
        result = run_remind(cfg, send=send, only=only, clock_now=_now)
    except (LookupError, TemplateError, SmtpError) as exc:
        err.print(t.error(exc), style="red", markup=False)
        raise typer.Exit(1 if isinstance(exc, LookupError) else EXIT_CONFIG) from None
    for s in result.skipped:
        if only or s.reason not in ("responded", "late"):
            console.print(t("remind_skipped_line", name=s.name, why=s.text(t)), markup=False)
    by_reason: dict[str, int] = {}
    for s in result.skipped:
        by_reason[s.reason] = by_reason.get(s.reason, 0) + 1
    reasons = ", ".join(f"{n} {t('skipped_' + r)}" for r, n in sorted(by_reason.items())) or "-"
    if result.dry_run:
        console.print(f"[bold]{t('remind_dry_run')}[/bold]")
        for p in result.planned:
            c = p.candidate
            console.print(f"\n{t('remind_would_send', round=c.round, name=c.name)}",
                          markup=False, style="bold")
            lines = [f"{t('remind_to')}: {', '.join(c.addresses)}"]
            if c.left_out:
                lines.append(t("remind_left_out", addresses=", ".join(c.left_out)))
            lines.append(f"{t('subject')}: {p.rendered.subject}")
            if p.rendered.reply_to:
                lines.append(f"Reply-To: {p.rendered.reply_to}")
            body = [ln for ln in p.rendered.body.splitlines() if ln.strip()][:3]
            lines += ["| " + (ln if len(ln) <= 90 else ln[:89] + "…") for ln in body]
            for line in lines:
                console.print("  " + line, markup=False, soft_wrap=True)
        console.print("\n" + t("remind_dry_summary", n=len(result.planned),
                                skipped=len(result.skipped), reasons=reasons), markup=False)
        _unmatched_waiting(result.selection.unmatched_waiting, t)
        return
    for o in result.outcomes:
        if o.status in ("sent", "partly_refused"):
            console.print(t("remind_sent_line", name=o.name, to=", ".join(o.sent_to)),
                          markup=False)
        if o.status == "failed":
            err.print(t("remind_failed_line", name=o.name, why=o.detail), markup=False)
        elif o.status == "unknown":
            err.print(t("remind_unknown_line", name=o.name, why=o.detail), markup=False)
        for address, why in o.refused:
            err.print(t("remind_refused_line", name=o.name, address=address, why=why),
                      markup=False)
    if result.aborted:
        err.print(t("remind_aborted", why=result.aborted), markup=False, style="red")
        if result.not_attempted:
            err.print(t("remind_not_attempted", names=", ".join(result.not_attempted)),
                      markup=False)
    console.print(t("remind_summary", sent=result.sent, skipped=len(result.skipped),
                    reasons=reasons, failed=result.failed), markup=False)
    _unmatched_waiting(result.selection.unmatched_waiting, t)
    if result.aborted or result.failed:
        raise typer.Exit(1)


def _unmatched_waiting(n: int, t: Labels) -> None:
    """One line when replies that belong to no association await review: any of them may
    be from an association that is reminded all the same (issue 9)."""
    if n:
        console.print(t("remind_unmatched_waiting", n=n), markup=False)


@app.command()
def report(
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")
                      ] = Path("report.html"),
) -> None:
    """Write the deadline report: one self-contained HTML file, Swedish by default."""
    cfg = state.config()
    path = service.write_report(cfg, output, _now())
    console.print(_labels(cfg)("report_written", path=path), markup=False)


def _set_opt_out(name: str, opted_out: bool) -> None:
    from .reminders.service import set_opted_out

    cfg = state.config()
    try:
        found = set_opted_out(cfg, name, opted_out)
    except LookupError as exc:
        err.print(_labels(cfg).error(exc), style="red", markup=False)
        raise typer.Exit(1) from None
    console.print(_labels(cfg)("opted_out_done" if opted_out else "opted_in_done", name=found),
                  markup=False)


@associations_app.command("opt-out")
def associations_opt_out(
    name: Annotated[str, typer.Argument(help="Association name or reference (e.g. K7Q2).")],
) -> None:
    """Send this association no more reminders (it asked not to get them)."""
    _set_opt_out(name, True)


@associations_app.command("opt-in")
def associations_opt_in(
    name: Annotated[str, typer.Argument(help="Association name or reference (e.g. K7Q2).")],
) -> None:
    """Undo opt-out: this association gets reminders again."""
    _set_opt_out(name, False)


# --- end reminders and report (issue 5) -----------------------------------------------


if __name__ == "__main__":  # `python -m svarsinkorg.cli ...` (e.g. with -X importtime)
    main()
