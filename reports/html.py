"""The deadline report as one self-contained HTML file: styles, charts (inline SVG made
by reports.chart) and a two-line print helper inline; nothing is fetched from anywhere.

This module computes what the report shows (`report_view`); the Jinja2 templates in
reports/templates lay it out, with autoescaping on. `intake serve`'s overview page is the
same templates with links.

Readable on a laptop and printable: the headline numbers, responses over time with the
deadline and each reminder round, the yes/no questions' distribution, one row per
association, and who has not answered with when each was last reminded."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from ..config import Survey
from ..model import Reason
from ..store.records import AssociationRecord, SurveyState
from ..store.reminder_history import ReminderHistory, reminder_before_reply
from .chart import Marker, bar_chart, responses_chart
from .labels import Labels
from .status import counts, days_left, review_items
from .templating import environment, report_css

FOLD_AFTER = 220  # characters; longer answers are folded into <details>
LONG_AFTER = 60  # days after the last mail or the deadline: the chart stops running to today


@dataclass(frozen=True)
class Headline:
    total: int
    responses: int  # on time + late
    late: int
    days_left: int
    bounced: int
    review: int


def headline(survey: Survey, state: SurveyState, now: dt.datetime) -> Headline:
    c = counts(state.associations)
    return Headline(total=c.total, responses=c.responded + c.late, late=c.late,
                    days_left=days_left(survey, now), bounced=c.bounced,
                    review=review_items(state))  # as the queue counts


@dataclass(frozen=True)
class Round:
    day: dt.date
    number: int  # 1, 2, ...: the order of reminder days
    reminded: int
    replied_after: int


def reminder_rounds(survey: Survey, state: SurveyState,
                    histories: Mapping[int, ReminderHistory]) -> list[Round]:
    """Reminder days (local), each with how many were reminded and how many of those
    replied after it (before any later reminder to them)."""
    by_day: dict[dt.date, set[int]] = {}
    replied: dict[dt.date, set[int]] = {}
    records = {r.id: r for r in state.associations}
    for assoc_id, h in histories.items():
        for sent in h.sent:
            by_day.setdefault(sent.sent_at.astimezone(survey.tz).date(), set()).add(assoc_id)
        rec = records.get(assoc_id)
        linked = reminder_before_reply(rec, h) if rec else None
        if linked is not None:
            replied.setdefault(linked.sent_at.astimezone(survey.tz).date(), set()).add(assoc_id)
    return [Round(day, i, len(by_day[day]), len(replied.get(day, set())))
            for i, day in enumerate(sorted(by_day), 1)]


def _date(when: dt.datetime | None, survey: Survey) -> str:
    return when.astimezone(survey.tz).strftime("%Y-%m-%d") if when else ""


@dataclass(frozen=True)
class Kpi:
    key: str
    value: int
    label: str
    sub: str = ""
    total: int | None = None
    show: str = ""
    alert: bool = False


@dataclass(frozen=True)
class AnswerCell:
    """How one answer shows: "none" (unanswered), "text", or "fold" (long: CUT, then all)."""

    kind: str
    text: str = ""
    cut: str = ""


def answer_cell(value: Any, kind: str, t: Labels, note: Reason | None = None) -> AnswerCell:
    """VALUE as the report shows it; NOTE, a note on it (a yes said with a qualifier), said
    beside a yes/no: 'Ja (med förbehåll: "Ja, i viss mån.")'."""
    if value is None:
        return AnswerCell("none", t("unanswered"))
    if kind == "yes_no" or isinstance(value, bool):
        if note is not None:
            return AnswerCell("text", t.answer_note(note, value))
        return AnswerCell("text", t.yes_no(value) or str(value))
    text = str(value)
    if len(text) <= FOLD_AFTER:
        return AnswerCell("text", text)
    return AnswerCell("fold", text, text[:140].rsplit(" ", 1)[0])


@dataclass(frozen=True)
class Row:
    """One association in the table of every association."""

    record: AssociationRecord
    received: str
    after_reminder: int | None  # the reminder round the reply came after
    answers: list[tuple[int, AnswerCell]]  # (question number, answer)
    reviews: list[str]  # why a person should look, in the survey language


@dataclass(frozen=True)
class MissingRow:
    """One association that has not answered."""

    record: AssociationRecord
    reminders: int
    last_reminded: str
    notes: list[str]


@dataclass(frozen=True)
class YesNo:
    key: str
    number: int
    text: str
    yes: int
    no: int
    unanswered: int
    chart: Markup


@dataclass(frozen=True)
class ReportView:
    """Everything the report's templates show, computed here; the templates only lay out."""

    survey: Survey
    made: str
    kpis: list[Kpi]
    chart: Markup
    yes_no: list[YesNo]
    rounds: list[Round]
    reminded: int
    replied_after: int
    missing: list[MissingRow]
    rows: list[Row]


def report_view(survey: Survey, state: SurveyState, histories: Mapping[int, ReminderHistory],
                now: dt.datetime, t: Labels) -> ReportView:
    h = headline(survey, state, now)
    today = now.astimezone(survey.tz).date()
    rounds = reminder_rounds(survey, state, histories)
    made = t("report_generated", when=now.astimezone(survey.tz).strftime("%Y-%m-%d %H:%M"))
    n = h.days_left
    unit = ("kpi_unit_days_left" if n > 1 else "kpi_unit_day_left" if n == 1 else
            "kpi_unit_last_day" if n == 0 else "kpi_unit_day_ago" if n == -1 else
            "kpi_unit_days_ago")
    kpis = [
        Kpi("responses", h.responses, t("kpi_responses"), t("kpi_of", total=h.total),
            total=h.total, show=str(h.responses)),
        Kpi("days_left", n, t("kpi_days_left", date=survey.deadline.isoformat()), t(unit),
            show=str(abs(n)), alert=n < 0),
        Kpi("late", h.late, t("kpi_late"), show=str(h.late)),
        Kpi("bounced", h.bounced, t("kpi_bounced"), show=str(h.bounced), alert=h.bounced > 0),
        Kpi("review", h.review, t("kpi_review"), show=str(h.review), alert=h.review > 0),
    ]
    answered = [r for r in state.associations if r.status != "no_response"]
    yes_no = []
    for q in survey.questions:
        if q.kind != "yes_no":
            continue
        values = [r.answers.get(q.key) for r in answered]
        yes, no = values.count(True), values.count(False)
        rest = len(values) - yes - no
        bars = bar_chart([(t("yes"), yes, "yes"), (t("no"), no, "no"),
                          (t("unanswered"), rest, "none")], title=q.text)
        yes_no.append(YesNo(q.key, q.number, q.text, yes, no, rest, bars))
    missing = []
    for r in state.associations:
        if r.status != "no_response":
            continue
        hist = histories.get(r.id)
        notes = []
        if r.opted_out:
            notes.append(t("not_reminded_opted_out"))
        if r.bounced:
            notes.append(t("not_reminded_bounced"))
        if r.auto_replies:
            notes.append(t("auto_replies_note", n=r.auto_replies))
        if r.reasons:
            notes.append(t("not_reminded_review"))
        last = hist.last_sent_at if hist else None
        missing.append(MissingRow(r, hist.count if hist else 0,
                                  _date(last, survey) or t("never_reminded"), notes))
    rows = []
    for r in state.associations:
        linked = reminder_before_reply(r, histories.get(r.id))
        notes = {n.key: n for n in r.answer_notes}
        cells = [] if r.status == "no_response" else [
            (q.number, answer_cell(r.answers.get(q.key), q.kind, t, notes.get(q.key)))
            for q in survey.questions]
        rows.append(Row(r, _date(r.received_at, survey),
                        linked.round if linked is not None else None, cells,
                        t.reasons(r.reasons)))
    return ReportView(
        survey=survey, made=made, kpis=kpis, chart=_chart(survey, state, rounds, today, t),
        yes_no=yes_no, rounds=rounds,
        reminded=sum(1 for hist in histories.values() if hist.count),
        replied_after=sum(1 for r in state.associations
                          if reminder_before_reply(r, histories.get(r.id)) is not None),
        missing=missing, rows=rows)


def render_report(survey: Survey, state: SurveyState, histories: Mapping[int, ReminderHistory],
                  now: dt.datetime, t: Labels) -> str:
    """The report as one self-contained HTML file: the same templates as the overview page
    of `intake serve`, without its links."""
    view = report_view(survey, state, histories, now, t)
    template = environment().get_template("report.html")
    return template.render(v=view, t=t, css=report_css(), nonce=None, links=None)


def _chart(survey: Survey, state: SurveyState, rounds: list[Round], today: dt.date,
           t: Labels) -> Markup:
    received = sorted(r.received_at.astimezone(survey.tz).date() for r in state.associations
                      if r.status != "no_response" and r.received_at)
    firsts = [m.date.astimezone(survey.tz).date() for r in state.associations
              for m in r.messages if m.date]
    firsts += [m.date.astimezone(survey.tz).date() for m in state.unmatched if m.date]
    firsts += [rd.day for rd in rounds]
    start = min([*firsts, survey.deadline - dt.timedelta(days=21)]) - dt.timedelta(days=1)
    last = max([survey.deadline + dt.timedelta(days=3), *received, *firsts])
    # The survey's own weeks: a report made long after the last mail (an archive, a trial
    # on an old mailbox) ends there, not today, or the whole survey is squeezed against
    # the left edge with its deadline cut off.
    end = max(last, today) if today <= last + dt.timedelta(days=LONG_AFTER) else last
    if end - start > dt.timedelta(days=400):  # a stray old date must not flatten the line
        start = end - dt.timedelta(days=400)
    markers = [Marker(survey.deadline, t("deadline"), "deadline")]
    markers += [Marker(rd.day, t("chart_reminder", n=rd.number), "reminder") for rd in rounds]
    if start <= today <= end and today != survey.deadline:
        markers.append(Marker(today, t("chart_today"), "today"))
    return responses_chart(received, total=len(state.associations), start=start, end=end,
                           markers=markers, title=t("chart_title"),
                           y_label=t("chart_responses"),
                           total_label=t("chart_roster", n=len(state.associations)),
                           until=min(max([today, *received]), end))
