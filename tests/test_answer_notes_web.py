"""Issue 9: the record page of `intake serve`, in a real headless Chromium, shows a yes said
with a qualifier as yes with the writer's words beside it, in the survey's one language,
and the record is not in the review queue (the pattern of tests/test_web_chromium.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from headless_chromium import driven_chromium, require_browser
from helpers import example_raw, make_config, reply
from test_answer_notes import HEDGED_EN, HEDGED_SV, ROSTER_CSV
from web_data import add_messages

from svarsinkorg import service
from svarsinkorg.web.app import create_app
from svarsinkorg.web.security import Auth
from svarsinkorg.web.server import serving_in_thread


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    require_browser()
    with driven_chromium(tmp_path / "profile", console_log=True) as driver:
        yield driver


@pytest.mark.parametrize(("language", "body", "shown", "other"), [
    ("sv", HEDGED_SV, 'Ja (med förbehåll: "Ja, till viss del.")', "qualifier"),
    ("en", HEDGED_EN, 'Yes (with a qualifier: "Yes, to some extent.")', "förbehåll"),
])
def test_the_record_page_shows_the_qualifier_beside_the_yes(tmp_path: Path, browser: Any,
                                                            language, body, shown, other):
    from selenium.webdriver.common.by import By

    survey = {**example_raw()["survey"], "language": language}
    cfg = make_config(tmp_path, survey=survey)
    (tmp_path / "roster.csv").write_text(ROSTER_CSV, encoding="utf-8")
    service.import_roster(cfg, tmp_path / "roster.csv")
    add_messages(cfg, [reply(body, message_id="<hedged@x>")])
    token = "chromium-token-" + "h" * 20
    with serving_in_thread(create_app(cfg, auth=Auth.create("Anna Testsson",
                                                            token=token))) as base:
        browser.get(f"{base}/?token={token}")
        browser.get(f"{base}/associations/1")
        cell = browser.find_element(
            By.CSS_SELECTOR, 'tr[data-key="works_against_segregation"] .yes-no')
        assert cell.text == shown
        assert other not in browser.page_source  # one language on the screen
        assert browser.find_elements(By.CSS_SELECTOR, "div.reasons") == []
        browser.get(f"{base}/review")
        assert "/review/a1" not in browser.current_url
