"""The report rendered once in headless Chromium from the shipped example data: the PNG
must show a real page (text, the chart's line, coloured badges), not a blank one.

Skipped where Chromium is absent (Debian: apt-get install chromium), failed when CI=true."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from headless_chromium import require_chromium, screenshot
from helpers import REPO, make_config

from svarsinkorg import service
from svarsinkorg.service import write_report
from svarsinkorg.store.db import Store
from svarsinkorg.store.models import Association
from svarsinkorg.store.reminder_state import Reminder

NOW = dt.datetime(2020, 1, 27, 10, 0, tzinfo=dt.UTC)
def example_report(tmp_path: Path) -> Path:
    """The shipped example roster and replies, with one reminder round a week before."""
    cfg = make_config(tmp_path)
    service.import_roster(cfg, REPO / "examples" / "roster.csv")
    summary = service.import_paths(cfg, [REPO / "examples" / "replies"])
    assert summary.stored > 0
    state = service.survey_state(cfg)
    store = Store(cfg.store_url)
    with store.session() as s:
        for rec in state.associations:
            if rec.status == "no_response" and not rec.bounced and rec.emails:
                s.add(Reminder(association_id=rec.id, address=rec.emails[0],
                               sent_at=dt.datetime(2020, 1, 20, 8, tzinfo=dt.UTC),
                               message_id=f"<example-reminder-{rec.id}@example.org>",
                               status="sent", round=1))
        assert s.query(Association).count() == len(state.associations)
    store.close()
    return write_report(cfg, tmp_path / "report.html", NOW)


def test_report_renders_in_headless_chromium(tmp_path: Path) -> None:
    image_mod = pytest.importorskip("PIL.Image")
    require_chromium()
    html = example_report(tmp_path)
    png = tmp_path / "report.png"
    screenshot(html, png, tmp_path / "profile")
    with image_mod.open(png) as img:
        assert img.size == (1200, 1600)
        total = img.size[0] * img.size[1]
        colours: list[tuple[int, tuple[int, int, int]]] = img.convert("RGB").getcolors(total)
    background = {(246, 247, 249), (255, 255, 255)}  # the page (--bg) and the cards
    ink = [(n, c) for n, c in colours if c not in background]
    inked = sum(n for n, _ in ink)
    # A blank or error page is one or two colours; the report is text, lines and badges.
    assert inked > 0.03 * total, f"only {inked} non-background pixels"
    assert len(colours) > 200, f"only {len(colours)} distinct colours"

    def near(colour: tuple[int, int, int], tol: int = 40) -> int:
        return sum(n for n, c in ink
                   if all(abs(a - b) <= tol for a, b in zip(c, colour, strict=True)))

    assert near((31, 95, 153)) > 300, "the chart's blue line is missing"  # #1f5f99
    assert near((46, 125, 50)) > 200, "the green 'Svarat' badges/bars are missing"  # #2e7d32
    assert near((179, 38, 30)) > 100, "the red deadline line is missing"  # #b3261e
    dark = sum(n for n, c in ink if sum(c) < 150)
    assert dark > 2000, f"hardly any dark text on the page ({dark} pixels)"
