"""The deadline report as one self-contained HTML file: styles, charts (inline SVG made
by reports.chart) and a two-line print helper inline; nothing is fetched from anywhere.

Readable on a laptop and printable: the headline numbers, responses over time with the
deadline and each reminder round, the yes/no questions' distribution, one row per
association, and who has not answered with when each was last reminded."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape
from typing import Any

from ..config import Survey
from ..store.records import AssociationRecord, SurveyState
from ..store.reminder_history import ReminderHistory, reminder_before_reply
from .chart import Marker, bar_chart, responses_chart
from .labels import Labels
from .status import counts, days_left

FOLD_AFTER = 220  # characters; longer answers are folded into <details>


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
                    review=len(state.review))


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


def _answer_html(value: Any, kind: str, t: Labels) -> str:
    if value is None:
        return f'<span class="muted">{escape(t("unanswered"))}</span>'
    if kind == "yes_no" or isinstance(value, bool):
        return escape(t.yes_no(value) or str(value))
    text = str(value)
    if len(text) <= FOLD_AFTER:
        return escape(text)
    cut = text[:140].rsplit(" ", 1)[0]
    return (f"<details><summary>{escape(cut)} …</summary>"
            f'<div class="full">{escape(text)}</div></details>')


_STYLE = """
:root { --ink:#1d232a; --muted:#5b6470; --line:#d9dee4; --bg:#f6f7f9; --accent:#1f5f99;
  --ok:#2e7d32; --late:#c77700; --none:#b3261e; }
* { box-sizing: border-box; }
body { margin:0; background:var(--bg); color:var(--ink);
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
  sans-serif; }
main { max-width: 1120px; margin: 0 auto; padding: 24px 28px 48px; }
h1 { font-size: 1.55rem; margin: 0 0 4px; }
h2 { font-size: 1.15rem; margin: 0 0 12px; }
.sub, .muted { color: var(--muted); }
section { background:#fff; border:1px solid var(--line); border-radius:10px; padding:18px 20px;
  margin: 18px 0; }
.headline { display:grid; grid-template-columns: repeat(5, 1fr); gap: 12px; background:none;
  border:none; padding:0; }
.kpi { background:#fff; border:1px solid var(--line); border-radius:10px; padding:14px 16px; }
.kpi .num { font-size: 2rem; font-weight: 700; line-height: 1.1; }
.kpi .num small { font-size: 1rem; font-weight: 500; color: var(--muted); }
.kpi .lbl { color: var(--muted); font-size: .9rem; margin-top: 4px; }
.kpi.alert .num { color: var(--none); }
svg { width: 100%; height: auto; display: block; }
svg.bars { max-width: 560px; }
table { width:100%; border-collapse: collapse; font-size: .92rem; }
th, td { text-align:left; vertical-align: top; padding: 7px 8px;
  border-bottom:1px solid var(--line); }
th { background:#eef1f4; font-weight:600; }
td.num, th.num { text-align:right; white-space:nowrap; }
td.date { white-space:nowrap; }
.badge { display:inline-block; padding:1px 8px; border-radius: 10px; font-size:.82rem;
  font-weight:600; color:#fff; white-space:nowrap; }
.badge.responded { background: var(--ok); } .badge.late { background: var(--late); }
.badge.no_response { background: var(--none); }
dl.answers { margin:0; display:grid; grid-template-columns: 2.2em 1fr; gap: 2px 6px; }
dl.answers dt { color: var(--muted); font-weight:600; }
dl.answers dd { margin:0; }
details summary { cursor: pointer; color: var(--ink); }
details .full { margin-top: 4px; white-space: pre-wrap; }
.yesno { display:grid; grid-template-columns: 1fr; gap: 10px; }
.note { color: var(--muted); font-size:.9rem; }
@media (max-width: 800px) { .headline { grid-template-columns: repeat(2, 1fr); } }
@media print {
  body { background:#fff; font-size: 10.5pt; }
  main { max-width:none; padding:0; }
  section, .kpi { border-color:#bbb; break-inside: avoid; }
  section.rows { break-inside: auto; }
  tr { break-inside: avoid; }
  .badge { color:#000; border:1px solid #000; background:none !important; }
  details summary { list-style:none; }
}
@page { size: A4; margin: 14mm; }
"""

# Folded answers open for printing, and close again after.
_SCRIPT = ("addEventListener('beforeprint',()=>document.querySelectorAll('details')"
           ".forEach(d=>{d.dataset.wasOpen=d.open;d.open=true}));"
           "addEventListener('afterprint',()=>document.querySelectorAll('details')"
           ".forEach(d=>{d.open=d.dataset.wasOpen==='true'}));")


def render_report(survey: Survey, state: SurveyState, histories: Mapping[int, ReminderHistory],
                  now: dt.datetime, t: Labels) -> str:
    h = headline(survey, state, now)
    today = now.astimezone(survey.tz).date()
    rounds = reminder_rounds(survey, state, histories)
    made = t("report_generated", when=now.astimezone(survey.tz).strftime("%Y-%m-%d %H:%M"))
    out: list[str] = [
        "<!doctype html>",
        f'<html lang="{escape(t.language)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(t('report_title'))}: {escape(survey.name)}</title>",
        f"<style>{_STYLE}</style></head><body><main>",
        f"<header><h1>{escape(survey.name)}</h1>",
        f'<p class="sub">{escape(t("report_title"))} · '
        f"{escape(made)}"
        f' · {escape(t("deadline"))}: {survey.deadline.isoformat()}</p></header>',
    ]
    # Headline.
    out.append('<section class="headline" id="headline">')
    out.append(_kpi("responses", h.responses, t("kpi_responses"), t("kpi_of", total=h.total),
                    total=h.total))
    n = h.days_left
    unit = ("kpi_unit_days_left" if n > 1 else "kpi_unit_day_left" if n == 1 else
            "kpi_unit_last_day" if n == 0 else "kpi_unit_day_ago" if n == -1 else
            "kpi_unit_days_ago")
    out.append(_kpi("days_left", n, t("kpi_days_left", date=survey.deadline.isoformat()),
                    t(unit), show=str(abs(n)), alert=n < 0))
    out.append(_kpi("late", h.late, t("kpi_late")))
    out.append(_kpi("bounced", h.bounced, t("kpi_bounced"), alert=h.bounced > 0))
    out.append(_kpi("review", h.review, t("kpi_review"), alert=h.review > 0))
    out.append("</section>")
    # Chart.
    out.append(f'<section id="chart"><h2>{escape(t("chart_title"))}</h2>')
    out.append(_chart(survey, state, rounds, today, t))
    out.append("</section>")
    # Yes/no questions.
    yes_no = [q for q in survey.questions if q.kind == "yes_no"]
    answered = [r for r in state.associations if r.status != "no_response"]
    for q in yes_no:
        values = [r.answers.get(q.key) for r in answered]
        yes, no = values.count(True), values.count(False)
        rest = len(values) - yes - no
        out.append(f'<section class="yesno" id="yes-no-{escape(q.key)}" data-yes="{yes}" '
                   f'data-no="{no}" data-unanswered="{rest}">')
        out.append(f"<h2>{q.number}. {escape(q.text)}</h2>")
        out.append(bar_chart([(t("yes"), yes, "yes"), (t("no"), no, "no"),
                              (t("unanswered"), rest, "none")], title=q.text))
        out.append("</section>")
    # Reminders.
    out.append(f'<section id="reminders"><h2>{escape(t("reminders_title"))}</h2>')
    if rounds:
        reminded = sum(1 for hist in histories.values() if hist.count)
        linked = sum(1 for r in state.associations
                     if reminder_before_reply(r, histories.get(r.id)) is not None)
        out.append(f'<p data-reminded="{reminded}" data-replied-after="{linked}">'
                   f'{escape(t("reminder_effect", n=linked, total=reminded))}</p>')
        out.append(f"<table><thead><tr><th>{escape(t('reminder_round_col'))}</th>"
                   f"<th>{escape(t('date'))}</th><th class='num'>{escape(t('reminded_count'))}"
                   f"</th><th class='num'>{escape(t('replies_after'))}</th></tr></thead><tbody>")
        for rd in rounds:
            out.append(f"<tr><td>{rd.number}</td><td class='date'>{rd.day.isoformat()}</td>"
                       f"<td class='num'>{rd.reminded}</td><td class='num'>{rd.replied_after}"
                       f"</td></tr>")
        out.append("</tbody></table>")
    else:
        out.append(f'<p class="note">{escape(t("no_reminders_yet"))}</p>')
    out.append("</section>")
    # Not answered.
    out.append(f'<section id="not-answered"><h2>{escape(t("not_answered_title"))}</h2>')
    missing = [r for r in state.associations if r.status == "no_response"]
    if missing:
        out.append(f"<table><thead><tr><th>{escape(t('association'))}</th>"
                   f"<th>{escape(t('emails'))}</th><th class='num'>{escape(t('reminders'))}</th>"
                   f"<th>{escape(t('last_reminded'))}</th><th>{escape(t('flags'))}</th>"
                   "</tr></thead><tbody>")
        for r in missing:
            hist = histories.get(r.id)
            last = hist.last_sent_at if hist else None
            notes = []
            if r.opted_out:
                notes.append(t("not_reminded_opted_out"))
            if r.bounced:
                notes.append(t("not_reminded_bounced"))
            if r.auto_replies:
                notes.append(t("auto_replies_note", n=r.auto_replies))
            out.append(f'<tr data-association="{escape(r.name)}"><td>{escape(r.name)}</td>'
                       f"<td>{escape('; '.join(r.emails))}</td>"
                       f"<td class='num'>{hist.count if hist else 0}</td>"
                       f'<td class="date">{escape(_date(last, survey) or t("never_reminded"))}</td>'
                       f"<td>{escape(', '.join(notes))}</td></tr>")
        out.append("</tbody></table>")
    else:
        out.append(f'<p class="note">{escape(t("everyone_answered"))}</p>')
    out.append("</section>")
    # Every association.
    out.append(f'<section class="rows" id="associations"><h2>{escape(t("associations_title"))}'
               "</h2>")
    out.append(f"<table><thead><tr><th>{escape(t('association'))}</th>"
               f"<th>{escape(t('status'))}</th><th>{escape(t('date'))}</th>"
               f"<th>{escape(t('wants_interview'))}</th><th>{escape(t('answers'))}</th>"
               "</tr></thead><tbody>")
    for r in state.associations:
        out.append(_row(survey, r, histories.get(r.id), t))
    out.append("</tbody></table></section>")
    out.append(f"</main><script>{_SCRIPT}</script></body></html>")
    return "\n".join(out)


def _kpi(key: str, value: int, label: str, sub: str = "", *, total: int | None = None,
         show: str | None = None, alert: bool = False) -> str:
    extra = f' data-total="{total}"' if total is not None else ""
    small = f" <small>{escape(sub)}</small>" if sub else ""
    cls = "kpi alert" if alert else "kpi"
    return (f'<div class="{cls}" data-key="{key}" data-value="{value}"{extra}>'
            f'<div class="num">{escape(show if show is not None else str(value))}{small}</div>'
            f'<div class="lbl">{escape(label)}</div></div>')


def _chart(survey: Survey, state: SurveyState, rounds: list[Round], today: dt.date,
           t: Labels) -> str:
    received = sorted(r.received_at.astimezone(survey.tz).date() for r in state.associations
                      if r.status != "no_response" and r.received_at)
    firsts = [m.date.astimezone(survey.tz).date() for r in state.associations
              for m in r.messages if m.date]
    firsts += [m.date.astimezone(survey.tz).date() for m in state.unmatched if m.date]
    firsts += [rd.day for rd in rounds]
    start = min([*firsts, survey.deadline - dt.timedelta(days=21)]) - dt.timedelta(days=1)
    end = max([survey.deadline + dt.timedelta(days=3), today, *received])
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
                           until=max([today, *received]))


def _row(survey: Survey, r: AssociationRecord, hist: ReminderHistory | None, t: Labels) -> str:
    badge = f'<span class="badge {escape(r.status)}">{escape(t(r.status))}</span>'
    linked = reminder_before_reply(r, hist)
    if linked is not None:
        badge += f'<div class="note">{escape(t("after_reminder", n=linked.round))}</div>'
    if r.opted_out and r.status == "no_response":
        badge += f'<div class="note">{escape(t("opted_out"))}</div>'
    if r.status == "no_response":
        answers = ""
    else:
        items = []
        for q in survey.questions:
            items.append(f"<dt>{q.number}.</dt><dd>"
                         f"{_answer_html(r.answers.get(q.key), q.kind, t)}</dd>")
        answers = f'<dl class="answers">{"".join(items)}</dl>'
    return (f'<tr data-association="{escape(r.name)}" data-status="{escape(r.status)}">'
            f"<td>{escape(r.name)}</td><td>{badge}</td>"
            f'<td class="date">{escape(_date(r.received_at, survey))}</td>'
            f"<td>{escape(t.yes_no(True) if r.wants_interview else '')}</td>"
            f"<td>{answers}</td></tr>")
