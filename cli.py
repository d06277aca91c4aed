"""`intake`: the coordinator's command line. Thin: parse arguments, call service, print."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from . import service
from .config import Config, ConfigError, load_config
from .reports.labels import Labels

EXIT_CONFIG = 2

app = typer.Typer(
    help="Survey replies from the coordinator's inbox, one record per association.",
    no_args_is_help=True,
    add_completion=False,
)
associations_app = typer.Typer(help="The roster of associations.", no_args_is_help=True)
app.add_typer(associations_app, name="associations")

console = Console()
err = Console(stderr=True)


class State:
    config_path: str | None = None
    _config: Config | None = None

    def config(self) -> Config:
        if self._config is None:
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
        typer.Option("--config", "-c", help="Config file (else $INTAKE_CONFIG, else ./config.toml)."),
    ] = None,
) -> None:
    state.config_path = config
    state._config = None


def _labels(cfg: Config) -> Labels:
    return Labels(cfg.survey.language)


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


@associations_app.command("list")
def associations_list() -> None:
    """List the roster."""
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
    for e in summary.errors:
        err.print(f"[yellow]{e}[/yellow]")
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
    cfg = state.config()
    t = _labels(cfg)
    now = _now()
    survey_state = service.survey_state(cfg)
    if format == "json":
        from .reports.status import status_json

        typer.echo(json.dumps(status_json(cfg.survey, survey_state, now), ensure_ascii=False,
                              indent=2))
        return
    from .reports.status import counts, deadline_phrase, flags_for

    s = cfg.survey
    c = counts(survey_state.associations)
    console.print(f"[bold]{s.name}[/bold]")
    console.print(f"{t('deadline')}: {s.deadline.isoformat()} ({deadline_phrase(s, now, t)})")
    console.print(t("counts", **c.__dict__))
    table = Table(t("association"), t("status"), t("received"), t("answered"), t("flags"))
    for r in survey_state.associations:
        received = r.received_at.astimezone(s.tz).strftime("%Y-%m-%d") if r.received_at else ""
        answered = f"{len(r.answered())}/{len(s.questions)}" if r.status != "no_response" else ""
        table.add_row(r.name, t(r.status), received, answered, ", ".join(flags_for(r, t)))
    console.print(table)


@app.command()
def review() -> None:
    """What needs a person: unmatched mail, ambiguous answers, replies without answers."""
    cfg = state.config()
    t = _labels(cfg)
    survey_state = service.survey_state(cfg)
    if not survey_state.review:
        console.print(t("nothing_to_review"))
        return
    table = Table("#", t("association"), t("from"), t("subject"), t("date"), t("why"))
    names = {m.id: r.name for r in survey_state.associations for m in r.messages}
    for _what, m, why in survey_state.review:
        if m is None:
            continue
        date = m.date.astimezone(cfg.survey.tz).strftime("%Y-%m-%d %H:%M") if m.date else ""
        table.add_row(str(m.id), names.get(m.id, "—"), m.from_addr or "", m.subject or "",
                      date, why)
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
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(1) from None
    console.print(text)


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
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(1) from None
    console.print(text)


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
