"""The reminder's words: a text from a template (Jinja2 when it has `{{ }}` or `{% %}`,
else string.Template's `$name`), and a subject carrying the association's reference so a
reply to it matches with certainty. The built-in text, the subject and the words put into
placeholders are in the survey's language (`survey.language`: Swedish or English), as
everything else the associations and the coordinator read.

Placeholders (both engines): association, survey, deadline ("31 januari 2020" / "31
January 2020"), deadline_iso, days_left (a number), days_left_text ("om 5 dagar" / "in 5
days"), questions (the numbered questions as text), coordinator, ref, round, opt_out (how to
ask for no more reminders). Jinja2 templates also get question_list (the question texts)
and past_deadline. The subject is a Python format string with the same names: "Påminnelse:
{survey}" / "Reminder: {survey}" when `reminders.subject` is not set.
"""

from __future__ import annotations

import datetime as dt
import string
from dataclasses import dataclass
from email.headerregistry import Address
from email.utils import getaddresses
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from ..config import Config, Survey
from ..intake.match import reference_in

PLACEHOLDERS = ("association", "survey", "deadline", "deadline_iso", "days_left",
                "days_left_text", "questions", "coordinator", "ref", "round", "opt_out")

_MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}

OPT_OUT_TEXT = ("Vill ni inte få fler påminnelser om den här kartläggningen? Svara då på "
                "det här mejlet med orden ”inga fler påminnelser”, så tar vi bort er från "
                "utskicket.")

BUILTIN_TEMPLATE = (
    "Hej {{ association }}!\n"
    "\n"
    "Vi har ännu inte fått något svar från er på kartläggningen ”{{ survey }}”. "
    "{% if past_deadline %}Sista svarsdagen var {{ deadline }}, men vi tar gärna emot ert "
    "svar ändå.{% else %}Sista svarsdag är {{ deadline }} ({{ days_left_text }}).{% endif %} "
    "Varje förening som svarar gör bilden mer komplett, och det tar bara några minuter.\n"
    "\n"
    "Svara gärna direkt på det här mejlet och skriv svaren under frågorna:\n"
    "\n"
    "{{ questions }}\n"
    "\n"
    "Ni kan också bifoga svaren som ett dokument, eller skriva att ni hellre vill bli "
    "intervjuade, så hör vi av oss.\n"
    "\n"
    "{{ opt_out }}\n"
    "\n"
    "Med vänliga hälsningar\n"
    "{{ coordinator }}\n"
    "{% if ref %}\nReferens: {{ ref }}\n{% endif %}"
)

OPT_OUT_TEXT_EN = ("Would you rather not receive more reminders about this survey? Then reply "
                   "to this e-mail with the words \"no more reminders\" and we will take you "
                   "off the list.")

BUILTIN_TEMPLATE_EN = (
    "Dear {{ association }},\n"
    "\n"
    "We have not yet received a reply from you to the survey \"{{ survey }}\". "
    "{% if past_deadline %}The last day to reply was {{ deadline }}, but we are still glad "
    "to have your answers.{% else %}The last day to reply is {{ deadline }} "
    "({{ days_left_text }}).{% endif %} "
    "Every association that replies makes the picture more complete, and it only takes a "
    "few minutes.\n"
    "\n"
    "You can reply directly to this e-mail and write your answers under the questions:\n"
    "\n"
    "{{ questions }}\n"
    "\n"
    "You can also attach your answers as a document, or tell us you would rather be "
    "interviewed, and we will get in touch.\n"
    "\n"
    "{{ opt_out }}\n"
    "\n"
    "Kind regards\n"
    "{{ coordinator }}\n"
    "{% if ref %}\nReference: {{ ref }}\n{% endif %}"
)

# The built-in words by survey language: one place, as reports/labels.py is for screens.
_BUILTIN = {
    "sv": {"template": BUILTIN_TEMPLATE, "opt_out": OPT_OUT_TEXT,
           "subject": "Påminnelse: {survey}", "coordinator": "Samordnaren"},
    "en": {"template": BUILTIN_TEMPLATE_EN, "opt_out": OPT_OUT_TEXT_EN,
           "subject": "Reminder: {survey}", "coordinator": "The coordinator"},
}


def _words(config: Config) -> dict[str, str]:
    return _BUILTIN.get(config.survey.language, _BUILTIN["sv"])


class TemplateError(ValueError):
    """A template or subject that cannot be rendered; the message says where and why."""


@dataclass(frozen=True)
class Template:
    text: str
    origin: str  # "built-in", "reminders.template", or the file's path
    engine: str  # "jinja2" | "string.Template"


@dataclass(frozen=True)
class RenderedReminder:
    subject: str
    body: str
    reply_to: str | None = None


def long_date(day: dt.date, language: str = "sv") -> str:
    """"31 januari 2020" / "31 January 2020"."""
    months = _MONTHS.get(language, _MONTHS["sv"])
    return f"{day.day} {months[day.month - 1]} {day.year}"


def days_left_text(n: int, language: str = "sv") -> str:
    en = language == "en"
    if n > 1:
        return f"in {n} days" if en else f"om {n} dagar"
    if n == 1:
        return "tomorrow" if en else "i morgon"
    if n == 0:
        return "today" if en else "i dag"
    return "passed" if en else "har passerat"


def numbered_questions(survey: Survey) -> str:
    return "\n\n".join(f"{q.number or i}. {q.text}" for i, q in enumerate(survey.questions, 1))


def _engine_for(text: str) -> str:
    return "jinja2" if ("{{" in text or "{%" in text) else "string.Template"


def _looks_like_file_name(value: str) -> bool:
    return "\n" not in value and not any(c in value for c in "{}$") and len(value) < 300


def load_template(config: Config) -> Template:
    """`[reminders] template`: absent -> the built-in text; a single line without
    placeholders -> a file (relative to the config file's folder); else the text itself."""
    value = config.reminders.template
    if value is None or not value.strip():
        return Template(_words(config)["template"], "built-in", "jinja2")
    if _looks_like_file_name(value.strip()):
        path = Path(value.strip()).expanduser()
        if not path.is_absolute():
            path = config.base_dir / path
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise TemplateError(f"'reminders.template': file not found: {path}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise TemplateError(f"'reminders.template': cannot read {path}: {exc}") from None
        return Template(text, str(path), _engine_for(text))
    return Template(value, "reminders.template", _engine_for(value))


def coordinator_name(config: Config) -> str:
    smtp = config.smtp
    if smtp and smtp.coordinator_name:
        return smtp.coordinator_name
    if smtp and smtp.from_addr:
        name, _addr = getaddresses([smtp.from_addr])[0]
        if name:
            return name
    return _words(config)["coordinator"]


def values_for(config: Config, *, association: str, ref: str | None, round: int,
               now: dt.datetime) -> dict[str, Any]:
    survey = config.survey
    language = survey.language
    left = (survey.deadline - now.astimezone(survey.tz).date()).days
    return {
        "association": association,
        "survey": survey.name,
        "deadline": long_date(survey.deadline, language),
        "deadline_iso": survey.deadline.isoformat(),
        "days_left": left,
        "days_left_text": days_left_text(left, language),
        "past_deadline": left < 0,
        "questions": numbered_questions(survey),
        "question_list": [q.text for q in survey.questions],
        "coordinator": coordinator_name(config),
        "ref": ref or "",
        "round": round,
        "opt_out": _words(config)["opt_out"],
    }


_jinja = SandboxedEnvironment(undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
                              autoescape=False)


def render_body(template: Template, values: dict[str, Any]) -> str:
    known = ", ".join(PLACEHOLDERS)
    if template.engine == "jinja2":
        try:
            text = _jinja.from_string(template.text).render(**values)
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(f"{template.origin}, line {exc.lineno}: {exc.message}") from None
        except jinja2.UndefinedError as exc:
            raise TemplateError(f"{template.origin}: {exc.message} (placeholders: {known})"
                                ) from None
        except jinja2.TemplateError as exc:
            raise TemplateError(f"{template.origin}: {exc}") from None
    else:
        try:
            text = string.Template(template.text).substitute(values)
        except KeyError as exc:
            raise TemplateError(f"{template.origin}: unknown placeholder ${exc.args[0]} "
                                f"(placeholders: {known})") from None
        except ValueError as exc:
            raise TemplateError(f"{template.origin}: {exc} (write $$ for a dollar sign)"
                                ) from None
    text = text.strip("\n") + "\n"
    if not text.strip():
        raise TemplateError(f"{template.origin}: the reminder text came out empty")
    return text


def render_subject(fmt: str, values: dict[str, Any], ref: str | None) -> str:
    try:
        subject = fmt.format_map(values)
    except KeyError as exc:
        raise TemplateError(f"'reminders.subject': unknown placeholder {{{exc.args[0]}}} "
                            f"(placeholders: {', '.join(PLACEHOLDERS)})") from None
    except (ValueError, IndexError) as exc:
        raise TemplateError(f"'reminders.subject': {exc}") from None
    subject = " ".join(subject.split())
    if ref and reference_in(subject) != ref.upper():
        subject = f"{subject} [ref: {ref}]"
    return subject


def plus_address(from_addr: str, ref: str) -> str:
    """'Samordnare <samordnare@malmö.se>' + K7Q2 -> 'Samordnare <samordnare+k7q2@malmö.se>'."""
    name, addr = getaddresses([from_addr])[0]
    local, _, domain = addr.rpartition("@")
    if not local or not domain:
        raise TemplateError(f"'smtp.from' has no address to add +{ref} to: {from_addr!r}")
    local = local.split("+", 1)[0]
    return str(Address(display_name=name, username=f"{local}+{ref.lower()}", domain=domain))


def render_reminder(config: Config, template: Template, *, association: str,
                    ref: str | None, round: int, now: dt.datetime) -> RenderedReminder:
    values = values_for(config, association=association, ref=ref, round=round, now=now)
    body = render_body(template, values)
    subject = render_subject(config.reminders.subject or _words(config)["subject"], values, ref)
    reply_to = None
    if config.reminders.reply_to_plus and ref and config.smtp and config.smtp.from_addr:
        reply_to = plus_address(config.smtp.from_addr, ref)
    return RenderedReminder(subject=subject, body=body, reply_to=reply_to)
