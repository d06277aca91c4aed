"""The TOML config: survey, store, limits, IMAP, SMTP, reminders.

Key names are a contract (other tools read the same file); every error names the key.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

QuestionKind = Literal["text", "yes_no"]
QUESTION_KINDS: tuple[str, ...] = ("text", "yes_no")
DEFAULT_CONFIG = "config.toml"
CONFIG_ENV = "INTAKE_CONFIG"
# the word for a survey, whatever it asks: a mail that uses it is about the survey (both
# languages a survey is asked and answered in)
SURVEY_WORDS = ("enkät", "survey", "questionnaire")


class ConfigError(ValueError):
    """A config that cannot be used; the message names the offending key."""


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    kind: QuestionKind = "text"
    number: int = 0  # 1-based position in the questionnaire
    # Other words people use as a heading for this question ("Om oss", "Hinder och
    # möjligheter"): the coordinator adds them here, never in code.
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Survey:
    name: str
    coordinator: tuple[str, ...]
    deadline: dt.date
    timezone: str
    questions: tuple[Question, ...]
    original_message_id: str | None = None
    language: str = "sv"
    # Words that make a mail about the survey even when it is new, unthreaded and from a
    # private address ("enkät", "kartläggning"). Empty: derived from the name (survey_words).
    keywords: tuple[str, ...] = ()

    @property
    def survey_words(self) -> tuple[str, ...]:
        """`keywords`, else the word for a survey, in both the languages a survey is asked
        in ("enkät", "survey", "questionnaire": an English reply to a Swedish survey, or to an
        English one, says so in its own words), and the survey name's long words
        ("kartläggning", "segregation"): short ones like "arbete" or "Malmö" say nothing
        about the survey."""
        if self.keywords:
            return tuple(w.lower() for w in self.keywords if w.strip())
        long_words = [w.lower() for w in re.findall(r"\w+", self.name) if len(w) >= 8]
        return tuple(dict.fromkeys([*SURVEY_WORDS, *long_words]))

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def deadline_end(self) -> dt.datetime:
        """The last instant that still counts: 23:59:59.999999 local time on the deadline day."""
        nxt = dt.datetime.combine(self.deadline + dt.timedelta(days=1), dt.time(), self.tz)
        return nxt - dt.timedelta(microseconds=1)

    def is_late(self, when: dt.datetime | None) -> bool:
        return when is not None and when > self.deadline_end

    def question(self, key: str) -> Question:
        for q in self.questions:
            if q.key == key:
                return q
        raise KeyError(key)

    @property
    def keys(self) -> list[str]:
        return [q.key for q in self.questions]


@dataclass(frozen=True)
class Limits:
    """Bounds on what a stranger's attachment may cost us."""

    max_message_bytes: int = 50 * 1024 * 1024
    max_attachment_bytes: int = 25 * 1024 * 1024
    max_uncompressed_bytes: int = 200 * 1024 * 1024
    max_compression_ratio: float = 100.0
    max_pdf_pages: int = 50
    attachment_timeout_seconds: float = 30.0
    # One message's whole parse; past it the message is stored raw and flagged
    # "parse_timeout" (a hostile mail must not hang the nightly fetch). 0: no limit.
    parse_timeout_seconds: float = 60.0


@dataclass(frozen=True)
class ImapConfig:
    host: str
    port: int = 993
    security: Literal["ssl", "starttls"] = "ssl"
    username: str = ""
    password_env: str | None = None
    password_command: str | None = None
    oauth2_token_command: str | None = None
    folders: tuple[str, ...] = ("INBOX",)
    ca_file: str | None = None
    verify_certificate: bool = True
    batch_size: int = 50
    since: dt.date | None = None
    subject_filter: tuple[str, ...] = ()
    after_store: Literal["none", "keyword", "move"] = "none"
    keyword: str = "SvarsinkorgStored"
    move_to: str | None = None
    timeout_seconds: float = 60.0
    # Added by the IMAP fetch (issue 4).
    sender_filter: tuple[str, ...] = ()  # with subject_filter: keep mail matching either
    max_message_bytes: int | None = None  # None: limits.max_message_bytes
    lock_file: str | None = None  # None: next to the SQLite file, else next to the config
    oauth2_client_id: str | None = None  # for `intake oauth2 login` (msal device code)
    oauth2_tenant: str = "organizations"
    oauth2_scopes: tuple[str, ...] = ("https://outlook.office.com/IMAP.AccessAsUser.All",)
    oauth2_token_cache: str | None = None  # None: ~/.config/svarsinkorg/oauth2-token-cache.json


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int = 587
    security: Literal["ssl", "starttls", "none"] = "starttls"
    username: str | None = None
    password_env: str | None = None
    password_command: str | None = None
    oauth2_token_command: str | None = None
    from_addr: str = ""
    ca_file: str | None = None
    coordinator_name: str = ""
    timeout_seconds: float = 60.0


@dataclass(frozen=True)
class RemindersConfig:
    min_days_between: int = 7
    max_reminders: int = 2
    rate_per_minute: int = 30
    # None: the built-in subject in the survey's language ("Påminnelse: {survey}" /
    # "Reminder: {survey}"), as the built-in text is
    subject: str | None = None
    template: str | None = None  # the text itself, or a file next to the config
    reply_to_plus: bool = False

    def __post_init__(self) -> None:
        for key in ("min_days_between", "max_reminders", "rate_per_minute"):
            value = getattr(self, key)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ConfigError(f"'reminders.{key}' must be a whole number >= 0, got {value!r}")
        if self.rate_per_minute == 0:
            raise ConfigError("'reminders.rate_per_minute' must be at least 1")
        if self.subject is not None and (not isinstance(self.subject, str)
                                         or not self.subject.strip()):
            raise ConfigError("'reminders.subject' must be a non-empty string")
        if self.template is not None and not isinstance(self.template, str):
            raise ConfigError("'reminders.template' must be a string (text or a file name)")
        if not isinstance(self.reply_to_plus, bool):
            raise ConfigError("'reminders.reply_to_plus' must be true or false")


@dataclass(frozen=True)
class ServeConfig:
    """`intake serve` (issue 11): the review pages."""

    user: str | None = None  # the name corrections are recorded under (else the OS user)
    password_env: str | None = None  # the variable holding the sign-in password
    port: int = 8470
    host: str = "127.0.0.1"  # another address only with a password

    def __post_init__(self) -> None:
        if self.user is not None and (not isinstance(self.user, str) or not self.user.strip()):
            raise ConfigError("'serve.user' must be a non-empty string")
        if self.password_env is not None and (
                not isinstance(self.password_env, str) or not self.password_env.strip()):
            raise ConfigError("'serve.password_env' must be the name of an environment variable")
        if not isinstance(self.port, int) or isinstance(self.port, bool) \
                or not 0 < self.port < 65536:
            raise ConfigError(f"'serve.port' must be a TCP port, got {self.port!r}")
        if not isinstance(self.host, str) or not self.host.strip():
            raise ConfigError("'serve.host' must be a host name or address")


@dataclass(frozen=True)
class Config:
    survey: Survey
    store_url: str
    path: Path | None = None
    limits: Limits = field(default_factory=Limits)
    imap: ImapConfig | None = None
    smtp: SmtpConfig | None = None
    reminders: RemindersConfig = field(default_factory=RemindersConfig)
    # [store] sqlite_wal: SQLite's write-ahead log (readers never wait for the writer).
    # Off by default: WAL needs shared memory, which a store on a network share lacks.
    store_sqlite_wal: bool = False
    serve: ServeConfig = field(default_factory=ServeConfig)

    @property
    def base_dir(self) -> Path:
        return self.path.parent if self.path else Path.cwd()


def _req(table: dict[str, Any], key: str, where: str) -> Any:
    if key not in table:
        raise ConfigError(f"missing key '{where}.{key}'")
    return table[key]


def _typed(value: Any, typ: type | tuple[type, ...], name: str) -> Any:
    if not isinstance(value, typ) or (typ is int and isinstance(value, bool)):
        tname = typ.__name__ if isinstance(typ, type) else "/".join(t.__name__ for t in typ)
        raise ConfigError(f"'{name}' must be {tname}, got {value!r}")
    return value


def _str_list(value: Any, name: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"'{name}' must be a string or a list of strings")
    return tuple(value)


def _parse_survey(raw: dict[str, Any]) -> Survey:
    s = _typed(_req(raw, "survey", ""), dict, "survey")
    name = _typed(_req(s, "name", "survey"), str, "survey.name")
    coordinator = _str_list(_req(s, "coordinator", "survey"), "survey.coordinator")
    deadline_raw = _req(s, "deadline", "survey")
    if isinstance(deadline_raw, dt.date) and not isinstance(deadline_raw, dt.datetime):
        deadline = deadline_raw
    else:
        try:
            deadline = dt.date.fromisoformat(str(deadline_raw))
        except ValueError:
            raise ConfigError(
                f"'survey.deadline' must be a date like 2020-01-31, got {deadline_raw!r}"
            ) from None
    tz = _typed(_req(s, "timezone", "survey"), str, "survey.timezone")
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"'survey.timezone' is not a known time zone: {tz!r}") from None
    qs_raw = _typed(_req(s, "questions", "survey"), list, "survey.questions")
    if not qs_raw:
        raise ConfigError("'survey.questions' needs at least one question")
    questions: list[Question] = []
    for i, q in enumerate(qs_raw):
        where = f"survey.questions[{i}]"
        _typed(q, dict, where)
        key = _typed(_req(q, "key", where), str, f"{where}.key")
        text = _typed(_req(q, "text", where), str, f"{where}.text")
        kind = q.get("kind", "text")
        if kind not in QUESTION_KINDS:
            raise ConfigError(
                f"'{where}.kind' must be one of {', '.join(QUESTION_KINDS)}, got {kind!r}"
            )
        if any(prev.key == key for prev in questions):
            raise ConfigError(f"'{where}.key' repeats the key {key!r}")
        aliases = _typed(q.get("aliases", []), list, f"{where}.aliases")
        if not all(isinstance(a, str) and a.strip() for a in aliases):
            raise ConfigError(f"'{where}.aliases' must be a list of non-empty strings")
        questions.append(
            Question(key=key, text=text, kind=kind, number=i + 1, aliases=tuple(aliases))
        )
    omid = s.get("original_message_id")
    if omid is not None:
        _typed(omid, str, "survey.original_message_id")
    language = s.get("language", "sv")
    if language not in ("sv", "en"):
        raise ConfigError(f"'survey.language' must be 'sv' or 'en', got {language!r}")
    return Survey(
        name=name,
        coordinator=coordinator,
        deadline=deadline,
        timezone=tz,
        questions=tuple(questions),
        original_message_id=omid,
        language=language,
        keywords=_str_list(s.get("keywords", []), "survey.keywords"),
    )


def _resolve_store_url(url: str, base: Path) -> str:
    # A relative SQLite path means "next to the config file", not "wherever cron runs us".
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith("sqlite:////"):
        rest = url[len(prefix) :]
        if rest and rest != ":memory:" and not rest.startswith("file:"):
            return prefix + str((base / rest).resolve())
    return url


def _dataclass_from(cls: type, table: dict[str, Any], where: str, renames: dict[str, str]) -> Any:
    known = {f for f in cls.__dataclass_fields__}
    kwargs: dict[str, Any] = {}
    for key, value in table.items():
        attr = renames.get(key, key)
        if attr not in known:
            raise ConfigError(f"unknown key '{where}.{key}'")
        kwargs[attr] = tuple(value) if isinstance(value, list) else value
    try:
        return cls(**kwargs)
    except TypeError as exc:
        raise ConfigError(f"'{where}': {exc}") from None


def _parse_imap(t: dict[str, Any]) -> ImapConfig:
    _req(t, "host", "imap")
    cfg: ImapConfig = _dataclass_from(ImapConfig, t, "imap", {})
    if cfg.security not in ("ssl", "starttls"):
        raise ConfigError(f"'imap.security' must be 'ssl' or 'starttls', got {cfg.security!r}")
    if cfg.after_store not in ("none", "keyword", "move"):
        raise ConfigError("'imap.after_store' must be 'none', 'keyword' or 'move'")
    if cfg.after_store == "move" and not cfg.move_to:
        raise ConfigError("'imap.move_to' is needed when imap.after_store = 'move'")
    if isinstance(cfg.since, str):
        raise ConfigError("'imap.since' must be a TOML date like 2019-12-01")
    sources = [k for k in ("password_env", "password_command", "oauth2_token_command")
               if getattr(cfg, k)]
    if len(sources) > 1:
        raise ConfigError(f"set only one of 'imap.{sources[0]}' and 'imap.{sources[1]}'")
    _typed(cfg.port, int, "imap.port")
    if not 0 < cfg.port < 65536:
        raise ConfigError(f"'imap.port' must be a TCP port, got {cfg.port}")
    _typed(cfg.batch_size, int, "imap.batch_size")
    if cfg.batch_size < 1:
        raise ConfigError("'imap.batch_size' must be at least 1")
    _typed(cfg.verify_certificate, bool, "imap.verify_certificate")
    _typed(cfg.timeout_seconds, (int, float), "imap.timeout_seconds")
    if cfg.timeout_seconds <= 0:
        raise ConfigError("'imap.timeout_seconds' must be positive")
    lists = {k: _str_list(list(v) if isinstance(v, tuple) else v, f"imap.{k}")
             for k in ("folders", "subject_filter", "sender_filter", "oauth2_scopes")
             for v in [getattr(cfg, k)]}  # a single string is a list of one
    cfg = dataclasses.replace(cfg, **lists)
    if not cfg.folders or not all(cfg.folders):
        raise ConfigError("'imap.folders' must be a non-empty list of folder names")
    if cfg.max_message_bytes is not None:
        _typed(cfg.max_message_bytes, int, "imap.max_message_bytes")
    keyword_chars = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789$_.+-:")
    if not isinstance(cfg.keyword, str) or not cfg.keyword or set(cfg.keyword) - keyword_chars:
        raise ConfigError(
            f"'imap.keyword' must be an IMAP keyword (ASCII letters, digits, $_.+-:), "
            f"got {cfg.keyword!r}"
        )
    return cfg


_LOOPBACK = ("localhost", "127.0.0.1", "::1")


def _check_numbers(obj: Any, where: str) -> None:
    """Every int/float field of a config dataclass holds a non-negative number of that kind
    (a "50MB" string would otherwise fail much later, message by message)."""
    for name, f in obj.__dataclass_fields__.items():
        value = getattr(obj, name)
        kinds = {"int": (int,), "float": (int, float), "int | None": (int, type(None)),
                 "float | None": (int, float, type(None))}.get(str(f.type))
        if kinds is None:
            continue
        if isinstance(value, bool) or not isinstance(value, kinds):
            raise ConfigError(f"'{where}.{name}' must be a number, got {value!r}")
        if value is not None and value < 0:
            raise ConfigError(f"'{where}.{name}' must not be negative, got {value!r}")


def _parse_smtp(t: dict[str, Any]) -> SmtpConfig:
    _req(t, "host", "smtp")
    _req(t, "from", "smtp")
    cfg: SmtpConfig = _dataclass_from(SmtpConfig, t, "smtp", {"from": "from_addr"})
    _check_numbers(cfg, "smtp")
    if cfg.security not in ("ssl", "starttls", "none"):
        raise ConfigError("'smtp.security' must be 'ssl', 'starttls' or 'none'")
    if cfg.security == "none" and cfg.host not in _LOOPBACK:
        raise ConfigError(
            "'smtp.security' = 'none' sends in clear text: only for a relay on localhost; "
            f"use 'starttls' or 'ssl' for {cfg.host!r}")
    sources = [k for k in ("password_env", "password_command", "oauth2_token_command")
               if getattr(cfg, k)]
    if len(sources) > 1:
        raise ConfigError(f"'smtp' takes one of password_env, password_command, "
                          f"oauth2_token_command, not {' and '.join(sources)}")
    return cfg


def parse_config(raw: dict[str, Any], path: Path | None = None) -> Config:
    survey = _parse_survey(raw)
    base = path.parent if path else Path.cwd()
    store = raw.get("store", {})
    _typed(store, dict, "store")
    url = _typed(store.get("url", "sqlite:///intake.db"), str, "store.url")
    sqlite_wal = _typed(store.get("sqlite_wal", False), bool, "store.sqlite_wal")
    limits = _dataclass_from(Limits, raw.get("limits", {}), "limits", {})
    _check_numbers(limits, "limits")
    imap = _parse_imap(raw["imap"]) if "imap" in raw else None
    smtp = _parse_smtp(raw["smtp"]) if "smtp" in raw else None
    reminders = _dataclass_from(RemindersConfig, raw.get("reminders", {}), "reminders", {})
    serve = _dataclass_from(ServeConfig, _typed(raw.get("serve", {}), dict, "serve"), "serve", {})
    return Config(
        survey=survey,
        store_url=_resolve_store_url(url, base),
        path=path,
        limits=limits,
        imap=imap,
        smtp=smtp,
        reminders=reminders,
        store_sqlite_wal=sqlite_wal,
        serve=serve,
    )


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    """Read the config from PATH, else $INTAKE_CONFIG, else ./config.toml."""
    p = Path(path or os.environ.get(CONFIG_ENV) or DEFAULT_CONFIG)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise ConfigError(
            f"config file not found: {p} (copy config.example.toml, or pass --config)"
        ) from None
    try:
        raw = tomllib.loads(data.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{p}: not valid TOML: {exc}") from None
    return parse_config(raw, p.resolve())


def example_config_path() -> Path:
    return Path(__file__).with_name("config.example.toml")
