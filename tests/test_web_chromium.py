"""`intake serve` in a real headless Chromium (Debian's chromium + chromium-driver, driven
by selenium with the driver path given, so nothing is downloaded): the coordinator's
round through the queue, and a hostile mail that must neither run nor load anything.

Skipped where Chromium or its driver is absent, failed when CI=true.
INTAKE_SCREENSHOT=path also saves the review screen there (docs/review.png)."""

from __future__ import annotations

import datetime as dt
import http.server
import json
import os
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import pytest
from headless_chromium import driven_chromium, require_browser
from helpers import CET, config_with_roster, reply
from web_data import add_messages, review_config

from svarsinkorg import review, service
from svarsinkorg.config import Config
from svarsinkorg.service import write_report
from svarsinkorg.web.app import create_app
from svarsinkorg.web.security import Auth
from svarsinkorg.web.server import serving_in_thread


class Recorder(http.server.BaseHTTPRequestHandler):
    """A server on 127.0.0.1 standing in for the internet: it only writes down requests."""

    seen: list[str]

    def do_GET(self) -> None:
        self.seen.append(self.path)
        self.send_response(200)
        self.send_header("content-type", "image/png")
        self.end_headers()
        self.wfile.write(b"\x89PNG\r\n")

    do_POST = do_GET

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def recorder() -> Iterator[tuple[str, list[str]]]:
    seen: list[str] = []
    handler = type("Rec", (Recorder,), {"seen": seen})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", seen
    finally:
        server.shutdown()
        server.server_close()


def _serve(cfg: Config, token: str) -> AbstractContextManager[str]:
    return serving_in_thread(create_app(cfg, auth=Auth.create("Anna Testsson", token=token)))


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    require_browser()
    with driven_chromium(tmp_path / "profile", console_log=True) as driver:
        yield driver


def _console(driver: Any) -> list[str]:
    return [entry.get("message", "") for entry in driver.get_log("browser")]


def _left(driver: Any) -> int:
    from selenium.webdriver.common.by import By

    return int(driver.find_element(By.ID, "queue-left").get_attribute("data-left"))


def _wait(driver: Any, check: Any, timeout: float = 15) -> None:
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    try:
        WebDriverWait(driver, timeout).until(check)
    except TimeoutException:
        main = driver.page_source.split("<main")[-1][:3000]
        pytest.fail(f"still at {driver.current_url}: {main}\n{_console(driver)}")


def test_coordinator_works_through_the_queue(tmp_path: Path, browser: Any) -> None:
    from selenium.webdriver.common.by import By

    cfg = review_config(tmp_path)
    token = "chromium-token-" + "x" * 20
    with _serve(cfg, token) as base:
        browser.get(f"{base}/?token={token}")
        assert "Lägesrapport" in browser.page_source
        assert browser.get_cookie("intake_session")["httpOnly"] is True
        assert browser.get_cookie("intake_session")["sameSite"] == "Strict"
        browser.find_element(By.ID, "nav-review").click()
        _wait(browser, lambda d: "/review/a5" in d.current_url)
        assert _left(browser) == 4
        assert browser.find_element(By.ID, "queue-count").text == "4"
        # a bounce is no answer already: it is not offered to be set aside
        assert browser.find_element(By.ID, "message-not-survey").text == \
            "Mejl #10 är inget enkätsvar"
        browser.find_element(By.PARTIAL_LINK_TEXT, "studs").click()
        _wait(browser, lambda d: "message=" in d.current_url)
        assert browser.find_elements(By.ID, "message-not-survey") == []
        browser.back()
        _wait(browser, lambda d: "/review/a5" in d.current_url and "message" not in d.current_url)
        shot = os.environ.get("INTAKE_SCREENSHOT")
        if shot:
            browser.set_window_size(1400, 1320)  # down to the buttons
            browser.save_screenshot(shot)
            browser.set_window_size(1400, 1000)
        # j / k move through the queue (the keyboard helper runs under the CSP nonce)
        body = browser.find_element(By.TAG_NAME, "body")
        body.send_keys("j")
        _wait(browser, lambda d: "/review/m11" in d.current_url)
        browser.find_element(By.TAG_NAME, "body").send_keys("k")
        _wait(browser, lambda d: "/review/a5" in d.current_url)
        # fix an answer and the yes/no, then approve with the button
        how = browser.find_element(By.NAME, "q_how")
        how.clear()
        how.send_keys("Läxhjälp och fotboll som för samman unga från hela Malmö.")
        radio = browser.find_element(
            By.CSS_SELECTOR, 'input[name="q_works_against_segregation"][value="ja"]')
        radio.click()
        radio.send_keys("j")  # a radio button has the focus: keys still work, not saved
        _wait(browser, lambda d: "/review/m11" in d.current_url)
        browser.back()
        _wait(browser, lambda d: "/review/a5" in d.current_url)
        how = browser.find_element(By.NAME, "q_how")
        how.clear()
        how.send_keys("Läxhjälp och fotboll som för samman unga från hela Malmö.")
        browser.find_element(
            By.CSS_SELECTOR, 'input[name="q_works_against_segregation"][value="ja"]').click()
        browser.find_element(By.ID, "approve").click()
        _wait(browser, lambda d: "/review/m11" in d.current_url)
        assert _left(browser) == 3  # the count dropped
        assert "Godkänt: Nydala Fritidsförening" in browser.find_element(By.ID, "flash").text
        # the unmatched reply: choose its association in the searchable field, approve by "g"
        field = browser.find_element(By.NAME, "association")
        field.send_keys("Somaliska Kvinnoföreningen")
        browser.find_element(By.TAG_NAME, "h2").click()  # leave the field: keys are for pages
        browser.find_element(By.TAG_NAME, "body").send_keys("g")
        _wait(browser, lambda d: "/review/a8" in d.current_url)
        # approving the reply approves Somaliska's record too: its own item goes as well
        assert _left(browser) == 1
        assert not [m for m in _console(browser) if "XSS-RAN" in m]
    out = tmp_path / "export.json"
    service.export(cfg, "json", out)
    data = {a["association"]: a for a in json.loads(out.read_text("utf-8"))["associations"]}
    nydala = data["Nydala Fritidsförening"]
    assert nydala["answers"]["works_against_segregation"] is True
    assert nydala["answers"]["how"] == "Läxhjälp och fotboll som för samman unga från hela Malmö."
    assert nydala["needs_review"] is False
    assert data["Somaliska Kvinnoföreningen"]["answers"]["about"] == \
        "Vi är en kulturförening i Sofielund med 60 medlemmar."


def test_hostile_mail_neither_runs_nor_loads(tmp_path: Path, browser: Any,
                                            recorder: tuple[str, list[str]]) -> None:
    from selenium.webdriver.common.by import By

    remote, seen = recorder
    cfg = review_config(tmp_path, remote=remote)
    token = "chromium-token-" + "y" * 20
    pages = ["/review/a8", "/messages/12", "/", "/associations", "/associations/8",
             "/reminders"]
    with _serve(cfg, token) as base:
        browser.get(f"{base}/?token={token}")
        for path in pages:
            browser.get(base + path)
            for summary in browser.find_elements(By.CSS_SELECTOR, "details > summary"):
                if summary.is_displayed():
                    summary.click()  # open the HTML body and the attachment texts
            time.sleep(0.5)
            assert browser.execute_script(
                "return [window.__pwned, window.pwned]") == [None, None], path
            assert browser.find_elements(By.TAG_NAME, "img") == [], path
        browser.get(base + "/review/a8")
        browser.find_element(By.CSS_SELECTOR, ".html-body > summary").click()
        frame = browser.find_element(By.CSS_SELECTOR, "iframe.mail-html")
        assert frame.get_attribute("sandbox") == ""
        time.sleep(1.0)
        # what the sender wrote is there, as text
        assert "<script>" in browser.find_element(By.CSS_SELECTOR, "dd.from").text
        assert '"><img src=x onerror=' in browser.find_element(By.CSS_SELECTOR,
                                                                "dd.subject").text
        assert "<script>" in browser.find_element(By.NAME, "q_about").get_attribute("value")
        assert "onerror=" in browser.find_element(By.CSS_SELECTOR, ".filename").text
        console = _console(browser)
    # The report file from the same store, opened as a file.
    report = write_report(cfg, tmp_path / "report.html")
    browser.get(report.as_uri())
    time.sleep(0.5)
    assert browser.execute_script("return [window.__pwned, window.pwned]") == [None, None]
    assert "<script>window.pwned=1" in browser.find_element(By.ID, "associations").text
    console += _console(browser)
    assert not [m for m in console if "XSS-RAN" in m], console
    assert seen == [], f"the page loaded from the 'internet': {seen}"


BRO_QUESTION = ("Hej!\n\nInnan vi svarar på enkäten en fråga: vi har sökt föreningsbidrag för "
                "vår vårfestival men inte hört något. Vet du vem på Fritidsförvaltningen jag "
                "ska kontakta om det?\n\nVi återkommer om enkäten!\n\nMvh Lina\n"
                "Kulturföreningen Bro Sofielund\n")
BRO_REPLY = ("Hej!\n\n1. Kulturföreningen Bro ordnar konserter och en vårfestival i Sofielund."
             "\n\n2. Ja\n\n3. Affischerna sätts upp på fem språk.\n\n4. Hinder: pengar. "
             "Möjligheter: grannarna.\n\nMvh Lina\nKulturföreningen Bro Sofielund\n")


def _bro_config(tmp_path: Path, second: str = BRO_REPLY) -> Config:
    """Kulturföreningen Bro's store: a question about a grant in December, then SECOND."""
    cfg = config_with_roster(tmp_path, "name,email\nKulturföreningen Bro Sofielund,"
                                       "bro.sofielund@gmail.com\n")
    sender = {"sender": "bro.sofielund@gmail.com", "name": "Lina Ek"}
    add_messages(cfg, [
        reply(BRO_QUESTION, message_id="<bro-1@example.org>",
              when=dt.datetime(2019, 12, 16, 13, 40, tzinfo=CET), **sender),
        reply(second, message_id="<bro-2@example.org>",
              when=dt.datetime(2020, 1, 23, 22, 18, tzinfo=CET), **sender)])
    return cfg


def test_why_first_and_a_mail_set_aside_from_the_item(tmp_path: Path, browser: Any) -> None:
    """The coordinator's trial (unseen42): the reasons sat under all four answer fields,
    below the fold of a 1000-pixel window, and a mail of the association's that is no
    answer (a question about a grant) took the message page and back: 4 clicks, 5 pages.
    Now the reasons open the record pane and the mail is set aside from the item."""
    from selenium.webdriver.common.by import By

    cfg = _bro_config(tmp_path)
    token = "chromium-token-" + "z" * 20
    with _serve(cfg, token) as base:
        browser.get(f"{base}/?token={token}")
        browser.get(f"{base}/review")
        _wait(browser, lambda d: "/review/a1" in d.current_url)
        assert _left(browser) == 1
        reasons = browser.find_element(By.ID, "reasons")
        first_field = browser.find_element(By.CSS_SELECTOR, "fieldset.question")
        assert reasons.location["y"] < first_field.location["y"]
        height = browser.execute_script("return window.innerHeight")
        assert reasons.location["y"] + reasons.size["height"] <= height  # seen without scrolling
        assert reasons.text.splitlines() == [
            "Varför granska", "Text i svaret som inte hör till någon fråga: vi har sökt "
            "föreningsbidrag för vår vårfestival men inte hört något. (mejl #1)"]
        # the first (oldest) mail is shown: set it aside, in one click, without leaving
        assert "föreningsbidrag" in browser.find_element(By.CSS_SELECTOR, "pre.body").text
        button = browser.find_element(By.ID, "message-not-survey")
        assert button.text == "Mejl #1 är inget enkätsvar"
        button.click()
        _wait(browser, lambda d: "done=not_survey" in d.current_url)
        assert "/review/a1" in browser.current_url
        assert browser.find_element(By.ID, "flash").text == \
            "Markerat som inte ett enkätsvar. (mejl #1) Ångra"
        assert "föreningsbidrag" not in browser.page_source  # only the reply is left
        # undone in one click, from the notice (the same undo as the mail page's history)
        browser.find_element(By.ID, "notice-undo-button").click()
        _wait(browser, lambda d: "done=undone" in d.current_url)
        assert "/review/a1" in browser.current_url
        assert browser.find_element(By.ID, "flash").text == "Ångrat."
        assert "föreningsbidrag" in browser.page_source  # back on the item
        browser.get(f"{base}/messages/1")
        assert len(browser.find_elements(By.CSS_SELECTOR, "tr.undone")) == 1
        browser.get(f"{base}/review/a1")
        browser.find_element(By.ID, "message-not-survey").click()
        _wait(browser, lambda d: "done=not_survey" in d.current_url)
    out = tmp_path / "export.json"
    service.export(cfg, "json", out)
    data = json.loads(out.read_text("utf-8"))
    bro = data["associations"][0]
    assert bro["needs_review"] is False and bro["review_reasons"] == []
    assert bro["answers"]["how"] == "Affischerna sätts upp på fem språk."
    assert [s["message"] for s in bro["sources"]] == [2, 2, 2, 2]
    service.reparse(cfg)  # the person's word holds after a reparse
    service.export(cfg, "json", out)
    assert json.loads(out.read_text("utf-8"))["associations"][0]["needs_review"] is False


def test_each_reason_says_which_mail_it_is_about(tmp_path: Path, browser: Any) -> None:
    """Two flagged mails on one item (unseen45, Kirsebergs Seniorförening): the pane showed
    the first while a reason quoted the second, with nothing to tell them apart."""
    from selenium.webdriver.common.by import By

    cfg = _bro_config(tmp_path, BRO_REPLY.replace("2. Ja", "2. Ja och nej, det beror på"))
    token = "chromium-token-" + "w" * 20
    with _serve(cfg, token) as base:
        browser.get(f"{base}/?token={token}")
        browser.get(f"{base}/review/a1")

        def reasons() -> list[tuple[str, bool]]:
            return [(li.text, "this-mail" in (li.get_attribute("class") or ""))
                    for li in browser.find_elements(By.CSS_SELECTOR, "#reasons li")]

        assert reasons() == [
            ("Text i svaret som inte hör till någon fråga: vi har sökt föreningsbidrag för "
             "vår vårfestival men inte hört något. (mejl #1)", True),
            ("Inga svar hittades (mejl #1)", True),
            ("Oklart svar (fråga 2): Ja och nej, det beror på (mejl #2)", False)]
        browser.find_element(By.LINK_TEXT, "(mejl #2)").click()
        _wait(browser, lambda d: "message=2" in d.current_url)
        assert "Ja och nej" in browser.find_element(By.CSS_SELECTOR, "pre.body").text
        assert [bold for _text, bold in reasons()] == [False, False, True]


def test_text_marked_in_the_mail_becomes_an_answer_by_its_number(tmp_path: Path,
                                                                  browser: Any) -> None:
    """The trial's clumsiest fix (unseen42, Kroksbäcks): the answer was in the mail but no
    field held it; copying meant drag, Ctrl-C, click the field, select all, Ctrl-V. Now:
    mark it and press the question's number (lines the client wrapped are joined)."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    cfg = config_with_roster(tmp_path, "name,email\nKroksbäcks Boulesällskap,"
                                       "kroksbacksboule@gmail.com\n")
    add_messages(cfg, [reply(
        "Hej! Ja, det gör vi. Boulebanan i Kroksbäcksparken är öppen för alla\noch vi lånar "
        "ut klot till den som vill prova.\nMvh Lasse\nKroksbäcks Boulesällskap\n",
        sender="kroksbacksboule@gmail.com", name="Lasse")])
    wanted = ("Boulebanan i Kroksbäcksparken är öppen för alla och vi lånar ut klot till den "
              "som vill prova.")
    token = "chromium-token-" + "v" * 20
    with _serve(cfg, token) as base:
        browser.get(f"{base}/?token={token}")
        browser.get(f"{base}/review/a1")
        # The parser now finds this answer itself (main, r25): the field is emptied here
        # (without focusing it) so the marking has something to fill.
        browser.execute_script("document.querySelector('[name=q_how]').value = '';")
        assert browser.find_element(By.NAME, "q_how").get_attribute("value") == ""
        browser.execute_script("""
            const pre = document.querySelector('#mail pre.body');
            const node = pre.firstChild, text = node.textContent;
            const from = text.indexOf('Boulebanan'), to = text.indexOf('prova.') + 6;
            const range = document.createRange();
            range.setStart(node, from); range.setEnd(node, to);
            const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);""")
        ActionChains(browser).send_keys("3").perform()
        assert browser.find_element(By.NAME, "q_how").get_attribute("value") == wanted
        assert browser.find_element(By.NAME, "q_about").get_attribute("value") == ""
        # nothing marked: a number does nothing
        ActionChains(browser).send_keys("1").perform()
        assert browser.find_element(By.NAME, "q_about").get_attribute("value") == ""
        browser.find_element(
            By.CSS_SELECTOR, 'input[name="q_works_against_segregation"][value="ja"]').click()
        browser.find_element(By.ID, "approve").click()
        _wait(browser, lambda d: "done=a1" in d.current_url)
    out = tmp_path / "export.json"
    service.export(cfg, "json", out)
    rec = json.loads(out.read_text("utf-8"))["associations"][0]
    assert rec["answers"]["how"] == wanted
    assert rec["answers"]["works_against_segregation"] is True
    assert rec["needs_review"] is False


def test_a_wrong_name_match_is_moved_from_the_item(tmp_path: Path, browser: Any) -> None:
    """A reply matched only by a name in its text ("bekräfta"): approving confirms it; when
    the name was the wrong one, the mail moves to its association from the item, instead
    of its page and back."""
    from selenium.webdriver.common.by import By

    cfg = config_with_roster(tmp_path, "name,email\nHyllie IF,kansli@hyllieif.se\n"
                                       "Holma Basket,holmabasket@gmail.com\n")
    add_messages(cfg, [reply(
        "Hej,\n\n1. Vi spelar basket i Holma, ungefär 80 barn.\n2. Ja\n3. Gratis träningar "
        "för alla.\n4. Hallen är full.\n\nHälsningar Omar\nHyllie IF\n",
        sender="omar.basket@example.net", name="Omar")])
    token = "chromium-token-" + "u" * 20
    with _serve(cfg, token) as base:
        browser.get(f"{base}/?token={token}")
        browser.get(f"{base}/review")
        _wait(browser, lambda d: "/review/a1" in d.current_url)
        assert "bekräfta" in browser.find_element(By.ID, "reasons").text
        browser.find_element(By.CSS_SELECTOR, "#move-mail > summary").click()
        browser.find_element(By.CSS_SELECTOR, '#move-mail input[name="association"]'
                             ).send_keys("Holma Basket")
        browser.find_element(By.ID, "move-mail-button").click()
        _wait(browser, lambda d: "done=moved" in d.current_url)
        assert browser.find_element(By.ID, "flash").text == \
            "Mejlet är flyttat. (mejl #1) Ångra"
    out = tmp_path / "export.json"
    service.export(cfg, "json", out)
    data = {a["association"]: a for a in json.loads(out.read_text("utf-8"))["associations"]}
    assert data["Hyllie IF"]["status"] == "no_response"
    holma = data["Holma Basket"]
    assert holma["status"] == "responded" and holma["needs_review"] is False
    assert holma["answers"]["about"] == "Vi spelar basket i Holma, ungefär 80 barn."
    assert holma["answers"]["works_against_segregation"] is True


HYLLIE_BY_NAME = ("Hej,\n\n1. Vi spelar fotboll i Hyllie, ungefär 200 barn.\n2. Ja och nej, det "
                  "beror på\n3. Gratis träningar för alla.\n4. Planerna är fulla.\n\n"
                  "Hälsningar Omar\nHyllie IF\n")


def _status_row(cfg: Config, name: str) -> dict[str, Any]:
    """The association's row as `intake status --format json` prints it."""
    from svarsinkorg.reports.status import status_json

    data = status_json(cfg.survey, service.survey_state(cfg), dt.datetime.now(dt.UTC))
    return next(a for a in data["associations"] if a["association"] == name)


def test_a_name_match_is_confirmed_by_its_own_button(tmp_path: Path, browser: Any) -> None:
    """The trial (r26): a reply matched only by a name in its text had no button of its
    own; "Spara och godkänn" confirmed it and said nothing. Now "Bekräfta" confirms just
    the sender (an assign to where it is, as `intake assign`), the answers stay to review,
    and the notice's Ångra takes it back."""
    from selenium.webdriver.common.by import By

    cfg = config_with_roster(tmp_path, "name,email\nHyllie IF,kansli@hyllieif.se\n"
                                       "Holma Basket,holmabasket@gmail.com\n")
    add_messages(cfg, [reply(HYLLIE_BY_NAME, sender="omar.fotboll@example.net", name="Omar")])
    token = "chromium-token-" + "t" * 20
    with _serve(cfg, token) as base:
        browser.get(f"{base}/?token={token}")
        browser.get(f"{base}/review")
        _wait(browser, lambda d: "/review/a1" in d.current_url)
        reasons = browser.find_element(By.ID, "reasons").text
        assert "omar.fotboll@example.net finns inte i registret: bekräfta" in reasons
        button = browser.find_element(By.ID, "confirm-match-button")
        assert button.text == "Rätt förening: bekräfta att mejl #1 är från Hyllie IF"
        assert "Spara och godkänn bekräftar den också" in \
            browser.find_element(By.ID, "confirm-match").text
        # under the reasons it answers, above the answer fields
        assert button.location["y"] < \
            browser.find_element(By.CSS_SELECTOR, "fieldset.question").location["y"]
        button.click()
        _wait(browser, lambda d: "done=confirmed" in d.current_url)
        # the item stays (its ambiguous answer still waits), without the doubt or button
        assert "/review/a1" in browser.current_url
        assert browser.find_element(By.ID, "flash").text == \
            "Bekräftat: mejl #1 är från Hyllie IF. Ångra"
        assert "bekräfta" not in browser.find_element(By.ID, "reasons").text
        assert "Oklart svar (fråga 2)" in browser.find_element(By.ID, "reasons").text
        assert browser.find_elements(By.ID, "confirm-match") == []
        assert _left(browser) == 1
        row = _status_row(cfg, "Hyllie IF")
        assert row["status"] == "responded" and row["needs_review"] is True
        # Ångra in the notice: the doubt and its button are back
        browser.find_element(By.ID, "notice-undo-button").click()
        _wait(browser, lambda d: "done=undone" in d.current_url)
        assert "bekräfta" in browser.find_element(By.ID, "reasons").text
        assert browser.find_elements(By.ID, "confirm-match-button")
        page = review.load_message(cfg, 1)
        assert page.message.assigned_by_hand is False
        browser.find_element(By.ID, "confirm-match-button").click()
        _wait(browser, lambda d: "done=confirmed" in d.current_url)
    page = review.load_message(cfg, 1)
    assert page.message.assigned_by_hand is True and page.message.association_id == 1
    assert [(h.kind, h.new, h.undone_at is None) for h in page.history] == [
        ("assign", 1, True), ("assign", 1, False)]
    out = tmp_path / "export.json"
    service.export(cfg, "json", out)
    data = {a["association"]: a for a in json.loads(out.read_text("utf-8"))["associations"]}
    hyllie = data["Hyllie IF"]
    assert hyllie["status"] == "responded" and hyllie["needs_review"] is True
    assert not [r for r in hyllie["review_reasons"] if "bekräfta" in r]
    assert hyllie["answers"]["about"] == "Vi spelar fotboll i Hyllie, ungefär 200 barn."
    assert data["Holma Basket"]["status"] == "no_response"
    service.reparse(cfg)  # the person's word holds after a reparse
    assert _status_row(cfg, "Hyllie IF")["review_reasons"] == hyllie["review_reasons"]


def test_the_notice_after_approving_undoes_the_whole_save(tmp_path: Path,
                                                        browser: Any) -> None:
    """Ångra was only on the association's or the mail's page: an approval by mistake
    ("g" on the wrong item) meant leaving the queue. Now the notice that follows undoes
    what the button did, the answer it changed and the approval, and goes back there."""
    from selenium.webdriver.common.by import By

    cfg = review_config(tmp_path)
    token = "chromium-token-" + "s" * 20
    with _serve(cfg, token) as base:
        browser.get(f"{base}/?token={token}")
        browser.get(f"{base}/review")
        _wait(browser, lambda d: "/review/a5" in d.current_url)
        assert _left(browser) == 4
        parsed = browser.find_element(By.NAME, "q_how").get_attribute("value")
        how = browser.find_element(By.NAME, "q_how")
        how.clear()
        how.send_keys("Fel text, på fel förening.")
        browser.find_element(By.ID, "approve").click()
        _wait(browser, lambda d: "/review/m11" in d.current_url)
        assert _left(browser) == 3
        assert browser.find_element(By.ID, "flash").text == \
            "Godkänt: Nydala Fritidsförening. Ångra"
        browser.find_element(By.ID, "notice-undo-button").click()
        _wait(browser, lambda d: "/review/a5" in d.current_url and "done=undone" in
              d.current_url)
        assert _left(browser) == 4
        assert browser.find_element(By.NAME, "q_how").get_attribute("value") == parsed
        # the notice's Ångra is spent: a reload of the old notice offers it no more
        browser.back()
        browser.refresh()
        _wait(browser, lambda d: "/review/m11" in d.current_url)
        assert browser.find_elements(By.ID, "notice-undo-button") == []
    page = review.load_association(cfg, 5)
    assert [(h.key, h.undone_at is not None) for h in page.history] == [
        ("reviewed", True), ("how", True)]
    row = _status_row(cfg, "Nydala Fritidsförening")
    assert row["needs_review"] is True
    out = tmp_path / "export.json"
    service.export(cfg, "json", out)
    nydala = next(a for a in json.loads(out.read_text("utf-8"))["associations"]
                  if a["association"] == "Nydala Fritidsförening")
    assert nydala["answers"]["how"] == parsed and nydala["needs_review"] is True


def test_a_status_without_answers_says_so_and_the_form_sets_a_status(tmp_path: Path,
                                                                    browser: Any) -> None:
    """The walkthrough (r44): a record "svarat" on a mail with no answers (a question about
    a grant) said nothing of it, and an association that answered inside another's mail
    kept "ej svarat" unless `intake set NAME status responded`. Now the item says what the
    status rests on, and the form has the status."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    cfg = config_with_roster(tmp_path, "name,email\nKulturföreningen Bro Sofielund,"
                                       "bro.sofielund@gmail.com\n"
                                       "Möllans Scoutkår,mollan.scout@example.org\n")
    add_messages(cfg, [reply(BRO_QUESTION, message_id="<bro-1@example.org>",
                             when=dt.datetime(2019, 12, 16, 13, 40, tzinfo=CET),
                             sender="bro.sofielund@gmail.com", name="Lina Ek")])
    token = "chromium-token-" + "r" * 20
    with _serve(cfg, token) as base:
        browser.get(f"{base}/?token={token}")
        browser.get(f"{base}/review")
        _wait(browser, lambda d: "/review/a1" in d.current_url)
        assert _left(browser) == 1
        reasons = browser.find_element(By.ID, "reasons").text.splitlines()
        assert reasons[0] == "Varför granska"
        assert reasons[1] == ("Status 'svarat' bygger bara på mejl där inga svar hittades: är "
                              "det inget enkätsvar, lägg det åt sidan")
        assert "Inga svar hittades" not in browser.find_element(By.ID, "reasons").text
        status = Select(browser.find_element(By.ID, "status"))
        assert status.first_selected_option.get_attribute("value") == "responded"
        assert [o.text for o in status.options] == ["Svarat", "Sent svar", "Inget svar"]
        # the record's page says it too
        browser.get(f"{base}/associations/1")
        assert "bygger bara på mejl där inga svar hittades" in \
            browser.find_element(By.CSS_SELECTOR, ".reasons").text
        browser.get(f"{base}/review/a1")
        browser.find_element(By.ID, "message-not-survey").click()
        _wait(browser, lambda d: "done=not_survey" in d.current_url)
        bro = _status_row(cfg, "Kulturföreningen Bro Sofielund")
        assert bro["status"] == "no_response" and bro["review_reasons"] == []
        assert bro["needs_review"] is False
        # Möllans Scoutkår answered inside another's mail: its status set on its form
        browser.get(f"{base}/review/a2")
        select = Select(browser.find_element(By.ID, "status"))
        assert select.first_selected_option.get_attribute("value") == "no_response"
        select.select_by_value("responded")
        browser.find_element(By.ID, "approve").click()
        _wait(browser, lambda d: "done=a2" in d.current_url)
        browser.get(f"{base}/review/a2")
        assert Select(browser.find_element(By.ID, "status")).first_selected_option \
            .get_attribute("value") == "responded"
        assert "satt för hand" in browser.find_element(
            By.CSS_SELECTOR, 'fieldset[data-key="status"]').text
    out = tmp_path / "export.json"
    service.export(cfg, "json", out)
    data = {a["association"]: a for a in json.loads(out.read_text("utf-8"))["associations"]}
    assert data["Möllans Scoutkår"]["status"] == "responded"
    assert data["Kulturföreningen Bro Sofielund"]["status"] == "no_response"
    page = review.load_association(cfg, 2)
    assert [(h.key, h.old, h.new, h.author) for h in page.history] == [
        ("reviewed", None, True, "Anna Testsson"),
        ("status", "no_response", "responded", "Anna Testsson")]


def _sections_config(tmp_path: Path, language: str = "sv") -> Config:
    """A chair's mail from her private address with a section per association (Löparen's
    first, then Sang's; tests/sections_data.py), and a mail whose second section holds
    nothing readable, from Lund Chess Club's own address."""
    from helpers import example_raw
    from sections_data import TWO_SECTIONS_EN, TWO_SECTIONS_SV

    from svarsinkorg.config import parse_config

    raw = example_raw()
    raw["survey"]["language"] = language
    raw["store"] = {"url": f"sqlite:///{tmp_path / 'sections.db'}"}
    cfg = parse_config(raw, tmp_path / "config.toml")
    (tmp_path / "roster.csv").write_text(
        "name,email\nSchackklubben Löparen,loparen.schack@gmail.com\n"
        "Bridgeklubben Sang,sang.bridge@telia.com\nLund Chess Club,info@lundchess.org\n"
        "Lund Walking Group,walk.lund@gmail.com\n", encoding="utf-8")
    service.import_roster(cfg, tmp_path / "roster.csv")
    empty = TWO_SECTIONS_EN.split("LUND WALKING GROUP")[0] + (
        "LUND WALKING GROUP\n\n1. -\n2. -\n3. -\n4. -\n\nBest regards\nSam\n")
    add_messages(cfg, [
        reply(TWO_SECTIONS_SV, sender="kerstin.berg@gmail.com", name="Kerstin",
              message_id="<two@example.se>", when=dt.datetime(2020, 1, 10, 12, 0, tzinfo=CET)),
        reply(empty, sender="info@lundchess.org", name="Sam",
              message_id="<chess@example.org>",
              when=dt.datetime(2020, 1, 11, 12, 0, tzinfo=CET))])
    return cfg


def _records(cfg: Config) -> dict[str, Any]:
    return {r.name: r for r in service.survey_state(cfg).associations}


def test_the_section_a_record_takes_its_answers_from_is_shown_beside_it(
        tmp_path: Path, browser: Any) -> None:
    """Sang's answers come from its section of Kerstin's mail: its item shows that section's
    words beside the fields, not the whole mail's; moved from Löparen's item to Sang (a
    wrong match by name), Sang's section is the mail's, and Löparen's item shows its own
    section. The mail whose second section held nothing says so, in its own words."""
    from selenium.webdriver.common.by import By

    cfg = _sections_config(tmp_path)
    recs = _records(cfg)
    loparen, sang = recs["Schackklubben Löparen"].id, recs["Bridgeklubben Sang"].id
    chess = recs["Lund Chess Club"].id
    token = "chromium-token-" + "s" * 20
    with _serve(cfg, token) as base:
        browser.get(f"{base}/?token={token}")
        browser.get(f"{base}/review/a{sang}")
        _wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, ".section-text"))
        (section,) = browser.find_elements(By.CSS_SELECTOR, ".section-text")
        assert section.find_element(By.TAG_NAME, "h3").text == \
            "Föreningens eget avsnitt i mejl #1 från kerstin.berg@gmail.com"
        words = section.find_element(By.TAG_NAME, "pre").text
        assert words.splitlines()[0] == "*** Bridgeklubben Sang ***"
        assert "4. Vi behöver fler lärare." in words and "schack" not in words
        # beside the record it confirms: in the record pane, above the answer fields
        assert section.location["y"] < \
            browser.find_element(By.CSS_SELECTOR, "fieldset.question").location["y"]
        assert browser.find_element(By.ID, "record").find_elements(
            By.CSS_SELECTOR, ".section-text")
        # the first association's own mail: no section of another's to show
        browser.get(f"{base}/review/a{loparen}")
        _wait(browser, lambda d: d.find_elements(By.ID, "reasons"))
        assert browser.find_elements(By.CSS_SELECTOR, ".section-text") == []
        # the mail is Sang's (the coordinator knows Kerstin wrote it for Sang): moved
        browser.find_element(By.CSS_SELECTOR, "#move-mail > summary").click()
        browser.find_element(By.CSS_SELECTOR, '#move-mail input[name="association"]'
                             ).send_keys("Bridgeklubben Sang")
        browser.find_element(By.ID, "move-mail-button").click()
        _wait(browser, lambda d: "done=moved" in d.current_url)
        browser.get(f"{base}/review/a{loparen}")
        _wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, ".section-text"))
        words = browser.find_element(By.CSS_SELECTOR, ".section-text pre").text
        assert words.splitlines()[0] == "*** Schackklubben Löparen ***"
        assert "bridge" not in words
        assert "Svaren kommer från föreningens eget avsnitt i mejl #1" in \
            browser.find_element(By.ID, "reasons").text
        # the mail whose section for Lund Walking Group held nothing: said so on its item
        browser.get(f"{base}/review/a{chess}")
        _wait(browser, lambda d: d.find_elements(By.ID, "reasons"))
        reasons = browser.find_element(By.ID, "reasons").text
        assert "i avsnittet för Lund Walking Group kunde inga svar läsas" in reasons
        assert "har lästs för den föreningen" not in reasons
    recs = _records(cfg)
    assert recs["Bridgeklubben Sang"].answers["obstacles_opportunities"] == \
        "Vi behöver fler lärare."
    assert recs["Schackklubben Löparen"].answers["obstacles_opportunities"] == \
        "Lokalen är för liten. Många unga vill lära sig."
    assert [r.code for r in recs["Schackklubben Löparen"].reasons] == ["answers_in_section"]


def test_the_section_is_shown_in_the_screens_language(tmp_path: Path, browser: Any) -> None:
    from selenium.webdriver.common.by import By

    cfg = _sections_config(tmp_path, "en")
    sang = _records(cfg)["Bridgeklubben Sang"].id
    token = "chromium-token-" + "e" * 20
    with _serve(cfg, token) as base:
        browser.get(f"{base}/?token={token}")
        browser.get(f"{base}/review/a{sang}")
        _wait(browser, lambda d: d.find_elements(By.CSS_SELECTOR, ".section-text"))
        section = browser.find_element(By.CSS_SELECTOR, ".section-text")
        assert section.find_element(By.TAG_NAME, "h3").text == \
            "This association's own section of mail #1 from kerstin.berg@gmail.com"
        assert "The answers come from this association's own section of mail #1" in \
            browser.find_element(By.ID, "reasons").text
        assert "*** Bridgeklubben Sang ***" in section.text
