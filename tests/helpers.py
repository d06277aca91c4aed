"""Shared test helpers: where the sample set is, a config in a temp folder, mail builders."""

from __future__ import annotations

import contextlib
import datetime as dt
import email
import email.policy
import functools
import importlib.util
import os
import signal
import sys
import tomllib
from collections.abc import Iterator
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from svarsinkorg.config import Config, Question, example_config_path, parse_config
from svarsinkorg.parsers.answers import extract_answers
from svarsinkorg.parsers.model import Extraction

REPO = Path(__file__).resolve().parents[1]
CET = dt.timezone(dt.timedelta(hours=1))

# The example survey's four questions (config.example.toml) without its aliases: the parser
# tests read replies to them, and a test that wants the aliases says so.
Q1 = (
    "Vilka är ni och vad bedriver ni för verksamhet? Berätta om er förening (bifoga gärna en "
    "länk eller beskriv med egna ord)."
)
Q2 = "Arbetar ni för att motverka segregation? Ja / nej"
Q3 = (
    "Om svar ja på ovanstående fråga, på vilket sätt arbetar ni för att motverka segregation? "
    "Om svaret är nej, berätta gärna varför!"
)
Q4 = "Vilka hinder respektive möjligheter upplever ni i ert arbete för att motverka segregation?"
QUESTIONS = (
    Question("about", Q1, "text", 1),
    Question("works_against_segregation", Q2, "yes_no", 2),
    Question("how", Q3, "text", 3),
    Question("obstacles_opportunities", Q4, "text", 4),
)
# The same four said briefly: the learned models' tests (line model, aside model) score
# sentences against them.
BRIEF_QUESTIONS = [
    Question("about", "Berätta kort om er förening.", "text", 1),
    Question("works_against_segregation", "Arbetar ni mot segregation? Ja / nej", "yes_no", 2),
    Question("how", "Om ja, hur arbetar ni mot segregation?", "text", 3),
    Question("obstacles_opportunities",
             "Vilka hinder och möjligheter ser ni i ert arbete?", "text", 4),
]


# The four questions quoted under a reply, as Gmail quotes the original.
QUOTE = (
    "\n\nDen 2 dec. 2019 kl 10:14 skrev Samordnare <samordnare@malmo.se>:\n"
    f"> 1. {Q1}\n> 2. {Q2}\n> 3. {Q3}\n> 4. {Q4}\n"
)


def quoted(text: str) -> str:
    """TEXT quoted line by line as a mail client quotes the mail replied to: "> " before
    each line, a bare ">" for an empty one."""
    return "\n".join(">" if not ln else f"> {ln}" for ln in text.splitlines())


def quoted_survey(questions: tuple[Question, ...]) -> str:
    """QUESTIONS quoted under a reply, numbered, one a line, after a blank line: what a test
    of another survey's words appends to a reply's own text."""
    return "\n\n" + "\n".join(f"> {q.number}. {q.text}" for q in questions) + "\n"


def extract(body: str, questions: tuple[Question, ...] = QUESTIONS) -> Extraction:
    """The answers the parser finds in BODY written above the quoted survey."""
    return extract_answers(body + QUOTE, questions)


def values(ex: Extraction) -> dict[str, object]:
    """Each question key's answer value."""
    return {k: a.value for k, a in ex.answers.items()}


def bench_module(name: str) -> ModuleType:
    """bench/NAME.py imported as module NAME (bench/ is no package): a test of a bench tool
    calls its functions."""
    spec = importlib.util.spec_from_file_location(name, REPO / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def samples_dir() -> Path | None:
    env = os.environ.get("INTAKE_SAMPLES_DIR")
    candidates = [Path(env)] if env else []
    candidates.append(REPO.parent / "shared" / "samples")
    for c in candidates:
        if (c / "truth.json").exists():
            return c
    return None


def require_samples() -> Path:
    found = samples_dir()
    if found is None:
        pytest.skip("the shared sample set (../shared/samples or $INTAKE_SAMPLES_DIR) is absent")
    return found


def example_raw() -> dict[str, Any]:
    return tomllib.loads(example_config_path().read_text(encoding="utf-8"))


def make_config(tmp_path: Path, store_url: str | None = None, **tables: Any) -> Config:
    raw = example_raw()
    raw["store"] = {"url": store_url or f"sqlite:///{tmp_path / 'test.db'}"}
    raw.update(tables)
    return parse_config(raw, tmp_path / "config.toml")


def write_config(tmp_path: Path, store_url: str | None = None, extra: str = "") -> Path:
    text = example_config_path().read_text(encoding="utf-8")
    url = store_url or f"sqlite:///{tmp_path / 'test.db'}"
    text = text.replace('url = "sqlite:///intake.db"', f'url = "{url}"')
    path = tmp_path / "config.toml"
    path.write_text(text + "\n" + extra, encoding="utf-8")
    return path


def config_with_roster(tmp_path: Path, roster_csv: str, store_url: str | None = None) -> Config:
    """The example config in TMP_PATH with ROSTER_CSV imported into its store."""
    from svarsinkorg import service

    config = make_config(tmp_path, store_url)
    (tmp_path / "roster.csv").write_text(roster_csv, encoding="utf-8")
    service.import_roster(config, tmp_path / "roster.csv")
    return config


def records_by_name(config: Config) -> dict[str, Any]:
    """The store's association records (store.records.AssociationRecord) by name."""
    from svarsinkorg import service

    return {r.name: r for r in service.survey_state(config).associations}


def stored_messages(config: Config) -> dict[str, Any]:
    """The store's message rows (store.models.Message) by message key, read whole."""
    from sqlalchemy import select

    from svarsinkorg import service
    from svarsinkorg.store.models import Message

    store = service.open_store(config)
    try:
        with store.session() as s:
            return {m.message_key: m for m in s.scalars(select(Message))}
    finally:
        store.close()


REMINDER_DAY = dt.datetime(2020, 1, 24, 9, tzinfo=dt.UTC)  # a week before the deadline


def reminder_selection(config: Config, now: dt.datetime = REMINDER_DAY) -> Any:
    """Who `intake remind` would write to at NOW, and who it skips and why
    (reminders.select.Selection), from the store as it stands."""
    from svarsinkorg import service
    from svarsinkorg.reminders.select import bounced_addresses, choose
    from svarsinkorg.store.records import build_state
    from svarsinkorg.store.reminder_history import load_history

    store = service.open_store(config)
    try:
        with store.session() as s:
            state = build_state(s, config.survey)
            return choose(config.survey, state, load_history(s), bounced_addresses(s, state),
                          config.reminders, now)
    finally:
        store.close()


def import_mail(config: Config, tmp_path: Path, name: str, raw: bytes) -> None:
    """RAW written as TMP_PATH/mail/NAME and imported (`intake import`)."""
    from svarsinkorg import service

    d = tmp_path / "mail"
    d.mkdir(exist_ok=True)
    (d / name).write_bytes(raw)
    service.import_paths(config, [d / name])


def reply(
    body: str,
    *,
    sender: str = "kansli@hyllieif.se",
    name: str = "Per Nilsson",
    subject: str = "Re: Kartläggning: civilsamhällets arbete mot segregation i Malmö",
    when: dt.datetime | None = None,
    message_id: str | None = None,
    headers: dict[str, str] | None = None,
    charset: str = "utf-8",
    threaded: bool = True,
) -> bytes:
    m = EmailMessage()
    m["From"] = f"{name} <{sender}>"
    m["To"] = "samordnare@xn--malm-8qa.se"
    m["Subject"] = subject
    m["Date"] = format_datetime(when or dt.datetime(2020, 1, 10, 12, 0, tzinfo=CET))
    if message_id:
        m["Message-ID"] = message_id
    if threaded:
        m["In-Reply-To"] = "<kartlaggning-2019@xn--malm-8qa.se>"
    for k, v in (headers or {}).items():
        m[k] = v
    m.set_content(body, charset=charset)
    return bytes(m)


@contextlib.contextmanager
def alarm_guard(seconds: int, message: str) -> Iterator[None]:
    """A hang inside fails the test with MESSAGE after SECONDS, not the whole suite."""
    def hung(*_a: object) -> None:
        raise AssertionError(message)
    old = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


# --- shared by the parser behaviour tests (test_parsers_*.py): moved here from the round-named
# modules when their tests were sorted by behaviour, so more than one module uses each ---------

# A choir's answers, in prose, for the ordering and yes/no tests.
CHOIR = "Vi är en kör i Husie med 30 sångare och repeterar varje tisdag."
SINGS = "Vi sjunger på äldreboenden i hela stan och har en öppen kör för nyanlända."
OBST_PROSE = "Det svåra är att lokalen är dyr. Möjligheten är att många unga vill sjunga."

# A sports club's answers 1, 3 and 4 for the marker, correction and form tests.
A1 = "Vi är en idrottsförening i Nydala."
A3 = "Vi har blandade lag."
A4 = "Hinder: lokaler. Möjligheter: många vill vara med."


def values_of(body: str) -> dict[str, object]:
    """The answer values found in BODY written above the quoted survey."""
    return values(extract(body))


def codes(ex: Extraction) -> set[str]:
    """The review reasons' codes of an extraction."""
    return {r.code for r in ex.reasons}


def run(text: str) -> dict[str, object]:
    """The answer values found in TEXT, a whole reply as it is (nothing quoted added)."""
    return values(extract_answers(text, QUESTIONS))


_vals = run  # the name some moved tests use for it


@functools.cache
def corpus_bodies() -> tuple[str, ...]:
    """The plain (else HTML) body of every message in tests/corpora, whole: the texts the
    speed tests run old and new code on ("" where a message has no body)."""
    out = []
    for eml in sorted((Path(__file__).parent / "corpora").glob("*/messages/*.eml")):
        msg = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
        body = msg.get_body(preferencelist=("plain", "html"))
        try:
            out.append(body.get_content() if body is not None else "")  # type: ignore[union-attr]
        except (LookupError, ValueError):
            continue
    return tuple(out)
