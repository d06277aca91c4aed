"""`intake report`: one self-contained HTML file, checked by parsing it. The headline
numbers must match the store; nothing may be fetched from the network."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, ClassVar

import pytest
from helpers import make_config
from sqlalchemy.orm import Session

from svarsinkorg.config import Config
from svarsinkorg.reports.status import counts, review_items
from svarsinkorg.service import write_report
from svarsinkorg.store.db import Store
from svarsinkorg.store.models import Association, AssociationEmail, Message
from svarsinkorg.store.records import build_state
from svarsinkorg.store.reminder_state import Reminder

UTC = dt.UTC
NOW = dt.datetime(2020, 1, 27, 10, 0, tzinfo=UTC)
LONG = ("Vi är en ideell förening som sedan 1987 samlar boende i området kring odling, "
        "matlagning och läxhjälp. ") * 5
_n = itertools.count(1)


class Doc(HTMLParser):
    """Every element with its attributes and the text inside it, and the tag balance."""

    VOID: ClassVar[set[str]] = {"meta", "br", "img", "input", "link", "hr", "line", "rect",
                                "circle", "path"}

    def __init__(self, text: str) -> None:
        super().__init__()
        self.elements: list[dict[str, Any]] = []
        self.stack: list[dict[str, Any]] = []
        self.unbalanced: list[str] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        el = {"tag": tag, "attrs": dict(attrs), "text": ""}
        self.elements.append(el)
        if tag not in self.VOID:
            self.stack.append(el)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append({"tag": tag, "attrs": dict(attrs), "text": ""})

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1]["tag"] != tag:
            self.unbalanced.append(tag)
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        for el in self.stack:
            el["text"] += data

    def find(self, tag: str | None = None, **attrs: str) -> list[dict[str, Any]]:
        return [e for e in self.elements if (tag is None or e["tag"] == tag)
                and all(e["attrs"].get(k.replace("_", "-")) == v for k, v in attrs.items())]

    def one(self, tag: str | None = None, **attrs: str) -> dict[str, Any]:
        found = self.find(tag, **attrs)
        assert len(found) == 1, (tag, attrs, len(found))
        return found[0]


def assoc(s: Session, name: str, *emails: str, opted_out: bool = False) -> Association:
    a = Association(name=name, ref=f"R{next(_n):03d}", roster_order=next(_n),
                    opted_out=opted_out)
    a.emails = [AssociationEmail(email=e) for e in emails]
    s.add(a)
    s.flush()
    return a


def message(s: Session, a: Association | None, kind: str, when: dt.datetime, *,
            answers: dict[str, Any] | None = None, interview: bool = False,
            bounced: list[str] | None = None, problems: list[str] | None = None) -> None:
    raw = f"{kind}{next(_n)}".encode()
    s.add(Message(message_key=f"<{next(_n)}@t>", sha256=hashlib.sha256(raw).hexdigest(),
                  raw=raw, size=len(raw), origin="t", sent_at=when, kind=kind,
                  association_id=a.id if a else None, wants_interview=interview,
                  answers={k: {"value": v, "raw": str(v)} for k, v in (answers or {}).items()},
                  bounced_addresses={"items": bounced or []},
                  problems={"items": problems or []}, subject="Re: Kartläggning"))


def remind(s: Session, a: Association, when: dt.datetime, round: int = 1) -> None:
    s.add(Reminder(association_id=a.id, address=a.addresses[0], sent_at=when,
                   message_id=f"<rem{next(_n)}@t>", status="sent", round=round))


def answers(yes: bool | None, about: str = "Vi spelar boule.") -> dict[str, Any]:
    return {"about": about, "works_against_segregation": yes, "how": "Öppna kvällar.",
            "obstacles_opportunities": "Lokaler."}


def populate(cfg: Config) -> None:
    store = Store(cfg.store_url)
    with store.session() as s:
        boule = assoc(s, "Boulesällskapet Ribersborg", "boule@example.org")
        grannskap = assoc(s, "Föreningen Grannskap Rosengård", "info@grannskap-rosengård.se")
        hyllie = assoc(s, "Hyllie IF", "kansli@hyllieif.se")
        schack = assoc(s, "Malmö Schackklubb Springaren", "schack@example.org")
        nydala = assoc(s, "Nydala Fritidsförening", "nydala@example.org")
        tyst = assoc(s, "Föreningen <Små & Stora>", "tyst@example.org")
        avbojt = assoc(s, "Avböjda Föreningen", "avbojt@example.org", opted_out=True)
        message(s, boule, "reply", dt.datetime(2019, 12, 4, 9, tzinfo=UTC),
                answers=answers(True))
        message(s, grannskap, "reply", dt.datetime(2019, 12, 10, 9, tzinfo=UTC),
                answers=answers(True, LONG), interview=True)
        remind(s, hyllie, dt.datetime(2020, 1, 17, 8, tzinfo=UTC))
        remind(s, tyst, dt.datetime(2020, 1, 17, 8, tzinfo=UTC))
        remind(s, schack, dt.datetime(2020, 1, 17, 8, tzinfo=UTC))
        message(s, hyllie, "auto_reply", dt.datetime(2020, 1, 17, 9, tzinfo=UTC))
        message(s, hyllie, "reply", dt.datetime(2020, 1, 20, 9, tzinfo=UTC),
                answers=answers(False), problems=["ambiguous answer to how"])
        remind(s, tyst, dt.datetime(2020, 1, 24, 8, tzinfo=UTC), round=2)
        remind(s, schack, dt.datetime(2020, 1, 24, 8, tzinfo=UTC), round=2)
        message(s, schack, "reply", dt.datetime(2020, 2, 2, 9, tzinfo=UTC),
                answers=answers(None))
        message(s, nydala, "bounce", dt.datetime(2019, 12, 2, 10, tzinfo=UTC),
                bounced=["nydala@example.org"])
        message(s, None, "reply", dt.datetime(2020, 1, 5, 9, tzinfo=UTC))  # unmatched
        assert avbojt.id
    store.close()


@pytest.fixture
def report(tmp_path: Path) -> tuple[Config, str, Doc]:
    cfg = make_config(tmp_path)
    populate(cfg)
    path = write_report(cfg, tmp_path / "report.html", NOW)
    text = path.read_text(encoding="utf-8")
    return cfg, text, Doc(text)


def test_headline_numbers_match_the_store(report: tuple[Config, str, Doc]) -> None:
    cfg, _text, doc = report
    store = Store(cfg.store_url)
    with store.session() as s:
        state = build_state(s, cfg.survey)
    store.close()
    c = counts(state.associations)

    def kpi(key: str) -> dict[str, Any]:
        return doc.one("div", data_key=key)

    assert kpi("responses")["attrs"]["data-value"] == str(c.responded + c.late)
    assert kpi("responses")["attrs"]["data-total"] == str(c.total) == "7"
    assert c.responded + c.late == 4
    assert kpi("responses")["text"].startswith("4 av 7")
    assert kpi("days_left")["attrs"]["data-value"] == "4"  # 2020-01-27 -> 2020-01-31
    assert "4 dagar kvar" in kpi("days_left")["text"]
    assert kpi("late")["attrs"]["data-value"] == str(c.late) == "1"
    assert kpi("bounced")["attrs"]["data-value"] == str(c.bounced) == "1"
    # items, as the queue counts them (one per association or loose mail), not reasons
    assert kpi("review")["attrs"]["data-value"] == str(review_items(state)) == "2"
    # one row per association, in roster order, with its status
    rows = [e for e in doc.find("tr") if "data-status" in e["attrs"]]
    assert [(r["attrs"]["data-association"], r["attrs"]["data-status"]) for r in rows] == [
        (r.name, r.status) for r in state.associations]


def test_self_contained_and_well_formed(report: tuple[Config, str, Doc]) -> None:
    _cfg, text, doc = report
    assert doc.unbalanced == [] and doc.stack == []
    assert doc.find("link") == [] and doc.find("img") == []
    assert not [e for e in doc.elements if "src" in e["attrs"] or "href" in e["attrs"]]
    assert "@import" not in text and "url(" not in text
    assert set(re.findall(r"https?://[^\s\"'<>]+", text)) == {"http://www.w3.org/2000/svg"}
    assert text.startswith("<!doctype html>")
    assert doc.one("html")["attrs"]["lang"] == "sv"
    assert doc.one("meta", charset="utf-8")
    assert "@media print" in text
    # names are escaped, not markup
    assert "Föreningen &lt;Små &amp; Stora&gt;" in text and "<Små" not in text


def test_chart_marks_deadline_and_each_reminder_round(report: tuple[Config, str, Doc]) -> None:
    _cfg, _text, doc = report
    chart = doc.one("svg", **{"class": "chart"})
    assert "Svar över tid" in chart["text"]
    assert len(doc.find("line", **{"class": "marker marker-deadline"})) == 1
    assert len(doc.find("line", **{"class": "marker marker-reminder"})) == 2
    assert "Påminnelse 1" in chart["text"] and "Påminnelse 2" in chart["text"]
    assert "Sista svarsdag" in chart["text"]
    path = doc.one("path", **{"class": "responses"})["attrs"]["d"]
    assert path.count("L") >= 6  # climbs once per response day


def test_a_report_made_years_later_still_shows_the_survey_weeks(tmp_path: Path) -> None:
    # The trial on unseen42 (mail of 2019/20, report of 2026): the chart ran to today, 400
    # days wide, so every reply sat at its left edge and the deadline fell outside it.
    cfg = make_config(tmp_path)
    populate(cfg)
    later = dt.datetime(2026, 12, 6, 17, 0, tzinfo=UTC)
    doc = Doc(write_report(cfg, tmp_path / "r.html", later).read_text(encoding="utf-8"))
    chart = doc.one("svg", **{"class": "chart"})
    assert len(doc.find("line", **{"class": "marker marker-deadline"})) == 1
    assert len(doc.find("line", **{"class": "marker marker-reminder"})) == 2
    assert doc.find("line", **{"class": "marker marker-today"}) == []
    ticks = re.findall(r"\b(\d\d)-(\d\d)\b", chart["text"])
    months = {m for m, _d in ticks}
    assert months <= {"11", "12", "01", "02"}, ticks  # Nov 2019 - Feb 2020, nothing else
    path = doc.one("path", **{"class": "responses"})["attrs"]["d"]
    assert path.count("L") >= 6  # the line climbs on each reply day, as it did then


def test_yes_no_distribution(report: tuple[Config, str, Doc]) -> None:
    _cfg, _text, doc = report
    sec = doc.one("section", id="yes-no-works_against_segregation")
    assert (sec["attrs"]["data-yes"], sec["attrs"]["data-no"],
            sec["attrs"]["data-unanswered"]) == ("2", "1", "1")
    assert "2 (50 %)" in sec["text"] and "1 (25 %)" in sec["text"]


def test_rows_fold_long_answers_and_show_interview_and_reminder_link(
        report: tuple[Config, str, Doc]) -> None:
    _cfg, text, doc = report
    grannskap = text.split('data-association="Föreningen Grannskap Rosengård"')[1]
    grannskap = grannskap.split("</tr>")[0]
    assert "<details><summary>" in grannskap and LONG.strip() in grannskap
    assert ">Ja<" in grannskap  # wants an interview, and answered yes
    boule = text.split('data-association="Boulesällskapet Ribersborg"')[1].split("</tr>")[0]
    assert "<details>" not in boule
    hyllie = text.split('data-association="Hyllie IF" data-status')[1].split("</tr>")[0]
    assert "efter påminnelse 1" in hyllie and "2020-01-20" in hyllie
    schack = text.split('data-association="Malmö Schackklubb Springaren" data-status')[1]
    assert "efter påminnelse 2" in schack.split("</tr>")[0]
    reminders = doc.one("section", id="reminders")
    p = doc.one("p", data_reminded="3")
    assert p["attrs"]["data-replied-after"] == "2"
    assert "2 av 3 påminda föreningar har svarat efter en påminnelse" in reminders["text"]


def test_who_has_not_answered_and_when_last_reminded(report: tuple[Config, str, Doc]) -> None:
    _cfg, _text, doc = report
    sec = doc.one("section", id="not-answered")
    rows = {e["attrs"]["data-association"]: e["text"] for e in doc.find("tr")
            if "data-association" in e["attrs"] and "data-status" not in e["attrs"]}
    assert set(rows) == {"Nydala Fritidsförening", "Föreningen <Små & Stora>",
                         "Avböjda Föreningen"}
    assert "2020-01-24" in rows["Föreningen <Små & Stora>"]
    assert "adressen studsar, påminns inte" in rows["Nydala Fritidsförening"]
    assert "aldrig" in rows["Nydala Fritidsförening"]
    assert "avböjt påminnelser, påminns inte" in rows["Avböjda Föreningen"]
    assert "Har inte svarat" in sec["text"]


def test_english_switch(tmp_path: Path) -> None:
    from helpers import example_raw

    from svarsinkorg.config import parse_config

    raw = example_raw()
    raw["survey"]["language"] = "en"
    raw["store"] = {"url": f"sqlite:///{tmp_path / 'en.db'}"}
    cfg = parse_config(raw, tmp_path / "config.toml")
    populate(cfg)
    text = write_report(cfg, tmp_path / "en.html", NOW).read_text(encoding="utf-8")
    doc = Doc(text)
    assert doc.one("html")["attrs"]["lang"] == "en"
    for words in ("Responses so far", "of 7", "days left", "Responses over time",
                  "Not answered", "after reminder 1", "Reminder 2", "Deadline"):
        assert words in text, words
    assert "Svar hittills" not in text


def test_empty_store_still_makes_a_report(tmp_path: Path) -> None:
    cfg = make_config(tmp_path)
    text = write_report(cfg, tmp_path / "r.html", NOW).read_text(encoding="utf-8")
    doc = Doc(text)
    assert doc.one("div", data_key="responses")["attrs"]["data-total"] == "0"
    assert "Inga påminnelser skickade ännu." in text
    assert doc.unbalanced == []
