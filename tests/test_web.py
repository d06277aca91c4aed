"""`intake serve`: every page from the example data, corrections through the form (the
same corrections table as `intake set`, surviving reparse, with author and undo), stale
edits, and the security rules (token, session cookie, CSRF, CSP, hosts, downloads)."""

from __future__ import annotations

import html
import json
import re
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import markupsafe
import pytest
from helpers import example_raw, write_config
from starlette.testclient import TestClient
from typer.testing import CliRunner
from web_data import IMG, SCRIPT, TOKEN, review_config

from svarsinkorg import review, service
from svarsinkorg.cli import app as cli_app
from svarsinkorg.config import Config, parse_config
from svarsinkorg.web.app import create_app
from svarsinkorg.web.security import Auth
from svarsinkorg.web.server import ServeRefused, prepare

HOST = "http://127.0.0.1"


def make_client(cfg: Config, *, password: str | None = None, sign_in: bool = True,
                user: str = "Anna Testsson") -> TestClient:
    auth = Auth.create(user, password, token=TOKEN)
    client = TestClient(create_app(cfg, auth=auth), base_url=HOST)
    if sign_in:
        r = client.get(f"/?token={TOKEN}", follow_redirects=False)
        assert r.status_code == 303, r.text
    return client


@pytest.fixture
def cfg(tmp_path: Path) -> Config:
    return review_config(tmp_path)


@pytest.fixture
def client(cfg: Config) -> Iterator[TestClient]:
    with make_client(cfg) as c:
        yield c


def field(page: str, name: str) -> str:
    m = re.search(rf'name="{name}" value="([^"]*)"', page)
    assert m, f"no field {name}"
    return html.unescape(m.group(1))


def form_of(page: str) -> dict[str, str]:
    """What the browser would send from the review form as shown (defaults included)."""
    form = {"csrf": field(page, "csrf"), "token": field(page, "token"),
            "position": field(page, "position")}
    if 'name="message"' in page:
        form["message"] = field(page, "message")
    for m in re.finditer(r'<textarea name="(q_[^"]+)"[^>]*>(.*?)</textarea>', page, re.S):
        form[m.group(1)] = html.unescape(m.group(2))
    for m in re.finditer(r'<input type="radio" name="([^"]+)" value="([^"]*)" checked>', page):
        form[m.group(1)] = m.group(2)
    return form


def export_json(cfg: Config, tmp_path: Path) -> dict[str, Any]:
    out = tmp_path / "export.json"
    service.export(cfg, "json", out)
    return json.loads(out.read_text(encoding="utf-8"))


def record(data: dict[str, Any], name: str) -> dict[str, Any]:
    return next(a for a in data["associations"] if a["association"] == name)


def test_the_overview_counts_what_waits_as_the_queue_does(cfg: Config,
                                                          client: TestClient) -> None:
    # The trial on unseen42: the overview (and `intake report`) said "46 Att granska", one
    # per reason, beside "19 kvar att granska" in the queue and "Att granska: 19" in status.
    state = service.survey_state(cfg)
    queue = review.load_queue(cfg)
    assert len(queue) == 4 and len(state.review) > len(queue)
    overview = client.get("/")
    kpi = re.search(r'data-key="review" data-value="(\d+)"', overview.text)
    assert kpi is not None and int(kpi.group(1)) == 4
    report = service.write_report(cfg, cfg.path.parent / "rapport.html").read_text("utf-8")
    assert 'data-key="review" data-value="4"' in report
    # an approval takes one item off both at once
    page = client.get("/review/a5")
    form = form_of(page.text)
    form["action"] = "approve"
    assert client.post("/review/a5", data=form).status_code == 200
    assert 'data-key="review" data-value="3"' in client.get("/").text


# --- pages ------------------------------------------------------------------------------


def test_every_page_renders_from_the_example_data(cfg: Config, client: TestClient) -> None:
    overview = client.get("/")
    assert overview.status_code == 200
    assert 'data-key="responses"' in overview.text and "Lägesrapport" in overview.text
    assert 'href="/associations/' in overview.text  # the report, with links into the rest
    queue = review.load_queue(cfg)
    # Nydala is oldest; the examples' own item (Somaliska, matched by name) is last
    assert [i.ref for i in queue] == ["a5", "m11", "a8", "a7"]
    first = client.get("/review")
    assert first.url.path == "/review/a5"
    assert "4 kvar att granska" in first.text and "Nydala Fritidsförening" in first.text
    for item in queue:
        page = client.get(f"/review/{item.ref}")
        assert page.status_code == 200, item.ref
        assert "Spara och godkänn" in page.text
        assert ("Hoppa över" in page.text) == (item.ref != queue[-1].ref)
        assert 'name="csrf"' in page.text and 'name="token"' in page.text
    roster = client.get("/associations")
    assert roster.status_code == 200 and roster.text.count('data-association="') == 8
    assert client.get("/associations?q=nydala").text.count('data-association="') == 1
    state = service.survey_state(cfg)
    for rec in state.associations:
        page = client.get(f"/associations/{rec.id}")
        assert page.status_code == 200 and html.escape(rec.name) in page.text
    ids = [m.id for r in state.associations for m in r.messages] + \
        [m.id for m in state.unmatched]
    for message_id in ids:
        assert client.get(f"/messages/{message_id}").status_code == 200, message_id
    reminders = client.get("/reminders")
    assert reminders.status_code == 200
    assert "Påminnelser: provkörning" in reminders.text
    assert 'data-reason="responded"' in reminders.text
    nydala = reminders.text.split('data-association="Nydala Fritidsförening"')[1]
    assert "<td>har svarat</td>" in nydala.split("</tr>")[0]  # the skip, in Swedish
    main = reminders.text.split("<main")[1].split("</main>")[0]
    assert "intake remind --send" in main and 'method="post"' not in main  # no send button
    assert client.get("/associations/9999").status_code == 404
    assert client.get("/review/x1").status_code == 404


def test_review_screen_shows_the_mail_and_the_record_side_by_side(client: TestClient) -> None:
    page = client.get("/review/a5").text
    mail, rec = page.split('id="mail"')[1].split('id="record"')
    assert "Lena Berg" in mail and "nydala.fritid@hotmail.com" in mail
    assert "Ja och nej, det beror på" in mail  # the text body
    assert "Oklart svar (fråga 2): Ja och nej, det beror på" in rec  # the reason, in Swedish
    # yes/no as three radio buttons, "not answered" chosen (the answer was ambiguous)
    assert re.search(r'name="q_works_against_segregation" value="" checked', rec)
    assert rec.count('name="q_works_against_segregation"') == 3
    assert "Läxhjälp och fotboll där unga" in rec  # answers in editable fields
    # the unmatched reply gets a searchable association field and "not a survey reply"
    unmatched = client.get("/review/m11").text
    assert 'list="roster"' in unmatched and "<datalist" in unmatched
    assert "Inte ett enkätsvar" in unmatched
    assert unmatched.count("<option value=") == 8


def test_attachment_is_listed_with_text_and_downloads_by_id(cfg: Config,
                                                            client: TestClient) -> None:
    state = service.survey_state(cfg)
    delfinen = next(r for r in state.associations if r.name.startswith("Simklubben"))
    message_id = delfinen.messages[0].id
    page = client.get(f"/messages/{message_id}").text
    assert ".docx" in page and f"/messages/{message_id}/attachments/0" in page
    assert "Text ur bilagan" in page and "simskola" in page.lower()
    got = client.get(f"/messages/{message_id}/attachments/0")
    assert got.status_code == 200
    assert got.headers["content-type"].startswith(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    assert got.headers["content-disposition"] == \
        f'attachment; filename="meddelande-{message_id}-bilaga-1.docx"'
    assert got.headers["x-content-type-options"] == "nosniff"
    assert got.content[:2] == b"PK"
    assert client.get(f"/messages/{message_id}/attachments/7").status_code == 404


def test_hostile_attachment_name_never_reaches_a_header(client: TestClient) -> None:
    assert "a8" in [i.ref for i in review.load_queue(client.app.state.web.config)]
    got = client.get("/messages/12/attachments/0")
    assert got.status_code == 200
    assert got.headers["content-disposition"] == 'attachment; filename="meddelande-12-bilaga-1.txt"'
    assert got.headers["content-type"].startswith("text/plain")
    assert "sandbox" in got.headers["content-security-policy"]


def test_english_switch(tmp_path: Path) -> None:
    raw = example_raw()
    raw["survey"]["language"] = "en"
    raw["store"] = {"url": f"sqlite:///{tmp_path / 'en.db'}"}
    cfg = parse_config(raw, tmp_path / "config.toml")
    from helpers import REPO
    from web_data import add_messages, extra_messages

    service.import_roster(cfg, REPO / "examples" / "roster.csv")
    add_messages(cfg, extra_messages())
    with make_client(cfg) as c:
        page = c.get("/review/a5").text
        assert "Save and approve" in page and "3 left to review" in page and "Skip" in page
        assert "Spara och godkänn" not in page
        assert "Overview" in c.get("/").text
        assert "Reminders: dry run" in c.get("/reminders").text


# --- corrections --------------------------------------------------------------------------


def test_correction_through_the_form_changes_the_export_and_survives_reparse(
        cfg: Config, client: TestClient, tmp_path: Path) -> None:
    before = record(export_json(cfg, tmp_path), "Nydala Fritidsförening")
    assert before["answers"]["works_against_segregation"] is None and before["needs_review"]
    page = client.get("/review/a5").text
    form = form_of(page)
    form["q_works_against_segregation"] = "ja"
    form["q_how"] = "Läxhjälp och fotboll som för samman unga från hela Malmö."
    form["action"] = "approve"
    saved = client.post("/review/a5", data=form, follow_redirects=False)
    assert saved.status_code == 303 and saved.headers["location"].startswith("/review?at=0")
    after = client.get(saved.headers["location"])
    assert after.url.path == "/review/m11"  # on to the next item
    assert "3 kvar att granska" in after.text and "Godkänt: Nydala Fritidsförening" in after.text
    data = record(export_json(cfg, tmp_path), "Nydala Fritidsförening")
    assert data["answers"]["works_against_segregation"] is True
    assert data["answers"]["how"] == "Läxhjälp och fotboll som för samman unga från hela Malmö."
    assert data["answers"]["about"] == before["answers"]["about"]  # unchanged: no correction
    assert data["needs_review"] is False
    assert {s["question"]: s["source"] for s in data["sources"]}["how"] == "manual"
    service.reparse(cfg)
    again = record(export_json(cfg, tmp_path), "Nydala Fritidsförening")
    assert again["answers"] == data["answers"] and again["needs_review"] is False
    # the history: who, when, old -> new, and undo
    detail = review.load_association(cfg, 5)
    entries = {(h.key, h.kind): h for h in detail.history}
    yn = entries[("works_against_segregation", "set")]
    assert (yn.author, yn.old, yn.new, yn.old_manual) == ("Anna Testsson", None, True, False)
    assert entries[("reviewed", "set")].author == "Anna Testsson"
    assert ("about", "set") not in entries
    page = client.get("/associations/5").text
    assert "Ändringar för hand" in page and "Anna Testsson" in page and "Ångra" in page
    undo = client.post(f"/corrections/{yn.id}/undo",
                       data={"csrf": field(page, "csrf"), "next": "/associations/5"},
                       follow_redirects=False)
    assert undo.status_code == 303 and undo.headers["location"] == "/associations/5"
    undone = record(export_json(cfg, tmp_path), "Nydala Fritidsförening")
    assert undone["answers"]["works_against_segregation"] is None
    assert undone["answers"]["how"] == data["answers"]["how"]  # only that one was undone
    assert "ångrad" in client.get("/associations/5").text


def test_save_without_approving_keeps_the_item_in_the_queue(cfg: Config,
                                                           client: TestClient) -> None:
    form = form_of(client.get("/review/a5").text)
    form["q_works_against_segregation"] = "nej"
    form["action"] = "save"
    r = client.post("/review/a5", data=form, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/review/a5?")
    page = client.get(r.headers["location"]).text
    assert "Sparat: 1 ändringar." in page
    assert re.search(r'name="q_works_against_segregation" value="nej" checked', page)
    assert "a5" in [i.ref for i in review.load_queue(cfg)]


def test_stale_edit_shows_both_and_overwrites_nothing(cfg: Config, client: TestClient,
                                                     tmp_path: Path) -> None:
    form = form_of(client.get("/review/a5").text)
    # Meanwhile another coordinator sets the answer from the command line.
    service.set_value(cfg, "Nydala Fritidsförening", "works_against_segregation", "nej",
                      author="Bertil")
    form["q_works_against_segregation"] = "ja"
    form["action"] = "approve"
    r = client.post("/review/a5", data=form, follow_redirects=False)
    assert r.status_code == 409
    assert "Posten har ändrats sedan du öppnade den" in r.text
    stale = r.text.split('id="stale"')[1].split("</table>")[0]
    row = stale.split('data-key="works_against_segregation"')[1].split("</tr>")[0]
    assert 'class="yours">Ja<' in row and 'class="now">Nej<' in row
    data = record(export_json(cfg, tmp_path), "Nydala Fritidsförening")
    assert data["answers"]["works_against_segregation"] is False  # Bertil's word stands
    assert data["needs_review"] is True  # and nothing was approved
    # The page offers the person's values with a fresh version: saving again is deliberate.
    assert re.search(r'name="q_works_against_segregation" value="ja" checked', r.text)
    again = form_of(r.text)
    again["action"] = "approve"
    assert client.post("/review/a5", data=again, follow_redirects=False).status_code == 303
    assert record(export_json(cfg, tmp_path), "Nydala Fritidsförening")["answers"][
        "works_against_segregation"] is True


def test_new_mail_for_the_record_also_counts_as_a_change(cfg: Config,
                                                         client: TestClient) -> None:
    from helpers import reply
    from web_data import add_messages

    form = form_of(client.get("/review/a5").text)
    add_messages(cfg, [reply("2. Ja, absolut.", sender="nydala.fritid@hotmail.com",
                             message_id="<nydala-2@example.org>")])
    form["action"] = "approve"
    assert client.post("/review/a5", data=form, follow_redirects=False).status_code == 409


def test_unmatched_reply_assigned_through_the_form(cfg: Config, client: TestClient,
                                                   tmp_path: Path) -> None:
    # an unknown name is refused with the form kept
    form = form_of(client.get("/review/m11").text)
    form["association"] = "Föreningen som inte finns"
    bad = client.post("/review/m11", data=form, follow_redirects=False)
    assert bad.status_code == 400 and "Välj en förening ur registret" in bad.text
    assert 'value="Föreningen som inte finns"' in bad.text
    form["association"] = "Somaliska Kvinnoföreningen"
    form["action"] = "approve"
    r = client.post("/review/m11", data=form, follow_redirects=False)
    assert r.status_code == 303
    data = record(export_json(cfg, tmp_path), "Somaliska Kvinnoföreningen")
    assert data["status"] == "responded"
    assert data["answers"]["about"] == "Vi är en kulturförening i Sofielund med 60 medlemmar."
    assert data["answers"]["works_against_segregation"] is False
    assert "m11" not in [i.ref for i in review.load_queue(cfg)]
    service.reparse(cfg)
    assert record(export_json(cfg, tmp_path), "Somaliska Kvinnoföreningen")["answers"] == \
        data["answers"]


def test_not_a_survey_reply(cfg: Config, client: TestClient, tmp_path: Path) -> None:
    form = form_of(client.get("/review/m11").text)
    form["not_survey"] = "1"
    form["action"] = "approve"
    gone = client.post("/review/m11", data=form, follow_redirects=False)
    assert gone.status_code == 303
    assert "Markerat som inte ett enkätsvar." in client.get(gone.headers["location"]).text
    assert "m11" not in [i.ref for i in review.load_queue(cfg)]
    data = export_json(cfg, tmp_path)
    assert "<okand-1@example.org>" not in [m["message_id"] for m in data["unmatched"]]


def _approve_the_whole_queue(client: TestClient) -> Any:
    """The fixture's four queue items approved in turn, each mail item set aside as no
    survey reply; the last answer (a redirect to the empty queue)."""
    for _ in range(4):
        page = client.get("/review")
        form = form_of(page.text)
        if "/review/m" in str(page.url):
            form["not_survey"] = "1"
        form["action"] = "approve"
        last = client.post(page.url.path, data=form, follow_redirects=False)
        assert last.status_code == 303
    return last


def test_queue_runs_empty(cfg: Config, client: TestClient) -> None:
    _approve_the_whole_queue(client)
    done = client.get("/review")
    assert done.status_code == 200 and "Allt är granskat." in done.text
    assert 'data-count="0"' in done.text


def test_cli_corrections_record_author_and_undo(cfg: Config, tmp_path: Path) -> None:
    service.set_value(cfg, "Boulesällskapet", "how", "Öppna kvällar.", author="Cecilia")
    service.set_value(cfg, "Boulesällskapet", "how", "Öppna kvällar varje vecka.")
    detail = review.load_association(cfg, 1)
    newest, older = [h for h in detail.history if h.key == "how"]
    assert (older.author, older.old_manual) == ("Cecilia", False)
    assert older.old.startswith("Vi har öppna spelkvällar")
    assert (newest.old, newest.old_manual, newest.new) == ("Öppna kvällar.", True,
                                                           "Öppna kvällar varje vecka.")
    assert newest.author == service.default_author(cfg)
    assert newest.in_force and not older.in_force
    with pytest.raises(LookupError, match="newer"):
        service.undo_correction(cfg, older.id)
    runner = CliRunner()
    path = write_config(tmp_path, cfg.store_url)
    result = runner.invoke(cli_app, ["--config", str(path), "undo", str(newest.id)])
    assert result.exit_code == 0, result.output
    how = record(export_json(cfg, tmp_path), "Boulesällskapet Ribersborg")["answers"]["how"]
    assert how == "Öppna kvällar."  # Cecilia's word is back
    result = runner.invoke(cli_app, ["--config", str(path), "undo", str(newest.id)])
    assert result.exit_code == 1 and f"Ändring {newest.id} är redan ångrad." in result.output


# --- security ------------------------------------------------------------------------------


PAGES = ["/", "/review", "/review/a5", "/associations", "/associations/5", "/messages/1",
         "/messages/1/attachments/0", "/reminders"]


def test_no_token_no_page(cfg: Config) -> None:
    with make_client(cfg, sign_in=False) as c:
        for path in PAGES:
            r = c.get(path, follow_redirects=False)
            assert r.status_code == 403, path
            assert "Nydala" not in r.text and "Ingen åtkomst" in r.text
        assert c.get("/?token=wrong", follow_redirects=False).status_code == 403
        c.cookies.set("intake_session", "made-up")
        assert c.get("/").status_code == 403
        assert c.post("/review/a5", data={}).status_code == 403


def test_token_works_once_and_sets_a_strict_httponly_cookie(cfg: Config) -> None:
    with make_client(cfg, sign_in=False) as first:
        r = first.get(f"/review?token={TOKEN}", follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/review"
        cookie = r.headers["set-cookie"]
        assert cookie.startswith("intake_session=")
        assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/" in cookie
        assert first.get("/").status_code == 200
        # A token on a path that looks like another host redirects home, not away.
        other = Auth.create("x", token="t" * 24)
        with TestClient(create_app(cfg, auth=other), base_url=HOST) as c:
            r = c.get(HOST + "//evil.example/x?token=" + "t" * 24, follow_redirects=False)
            assert r.status_code == 303 and r.headers["location"] == "/"
        # The same link again (someone else, later): nothing.
        second = TestClient(first.app, base_url=HOST)
        assert second.get(f"/?token={TOKEN}", follow_redirects=False).status_code == 403


def test_post_without_or_with_a_wrong_csrf_token_is_refused(cfg: Config, client: TestClient,
                                                            tmp_path: Path) -> None:
    before = export_json(cfg, tmp_path)
    page = client.get("/review/a5").text
    form = form_of(page)
    form["q_works_against_segregation"] = "ja"
    good = form["csrf"]
    posts = {"/review/a5": form, "/messages/11/assign": {"association": "Hyllie IF"},
             "/corrections/1/undo": {}, "/logout": {}}
    for path, data in posts.items():
        bare = {k: v for k, v in data.items() if k != "csrf"}
        assert client.post(path, data=bare).status_code == 403, path
        assert client.post(path, data={**bare, "csrf": good[:-2] + "xx"}).status_code == 403
    # a right token from another site's page is refused too
    r = client.post("/review/a5", data=form, headers={"origin": "http://evil.example"})
    assert r.status_code == 403
    assert export_json(cfg, tmp_path) == before
    assert client.get("/").status_code == 200  # still signed in: /logout was refused


def test_content_security_policy_and_headers(client: TestClient) -> None:
    r = client.get("/review/a8")
    policy = r.headers["content-security-policy"]
    nonce = re.search(r"'nonce-([^']+)'", policy).group(1)
    assert "frame-ancestors 'none'" in policy and "default-src 'none'" in policy
    assert "unsafe-inline" not in policy and "http" not in policy
    scripts = re.findall(r"<script([^>]*)>", r.text)
    assert scripts and all(f'nonce="{nonce}"' in s for s in scripts)
    styles = re.findall(r"<style([^>]*)>", r.text)
    assert styles and all(f'nonce="{nonce}"' in s for s in styles)
    assert client.get("/review/a8").headers["content-security-policy"] != policy  # fresh
    for name, value in {"x-content-type-options": "nosniff", "x-frame-options": "DENY",
                        "referrer-policy": "same-origin", "cache-control": "no-store"}.items():
        assert r.headers[name] == value


def test_other_host_headers_are_refused(client: TestClient) -> None:
    # A DNS-rebinding page cannot talk to the server by another name.
    assert client.get("/", headers={"host": "evil.example"}).status_code == 400


def test_every_sender_field_shows_as_text(cfg: Config, client: TestClient) -> None:
    pages = {p: client.get(p).text for p in
             ("/review/a8", "/messages/12", "/", "/associations", "/associations/8",
              "/review/a5", "/reminders")}
    for path, page in pages.items():
        # no markup from the mail: not as a tag, and no quote breaking out of an attribute
        assert not re.search(r"<script>\s*window", page), path
        assert "<img" not in page and '"><img' not in page and IMG not in page, path
        assert "onerror=" not in page.replace("onerror=&#34;", "").replace(
            "onerror=&quot;", ""), path
    item = pages["/review/a8"]
    mail = item.split('id="mail"')[1].split('id="record"')[0]
    esc = lambda text: str(markupsafe.escape(text))  # noqa: E731  (as Jinja escapes)
    # the name (the From header's quotes are the header's own)
    assert "&lt;script&gt;window.__pwned=1;console.log( XSS-RAN )&lt;/script&gt;" in \
        mail.split('class="from">')[1].split("</dd>")[0]
    assert esc(IMG) in mail.split('class="subject">')[1].split("</dd>")[0]
    assert 'class="filename">' + esc(IMG + SCRIPT + ".txt") in mail
    form = item.split('id="record"')[1]
    assert "&lt;script&gt;window.pwned=1" in form  # the answers, in their text fields
    assert "&#34;&gt;&lt;img src=x onerror=" in form
    overview = pages["/"]
    assert "&lt;script&gt;window.pwned=1" in overview  # the report's answer column


def test_html_mail_is_cleaned_and_sandboxed(client: TestClient) -> None:
    page = client.get("/review/a8").text
    frames = re.findall(r"<iframe([^>]*)>", page)
    assert len(frames) == 1 and 'sandbox=""' in frames[0]
    srcdoc = html.unescape(re.search(r'srcdoc="([^"]*)"', frames[0]).group(1))
    lowered = srcdoc.lower()
    for bad in ("<script", "onerror", "onload", "<img", "<style", "url(", "@import",
                "<iframe", "<link", "javascript:", "127.0.0.1", "<form", "<svg", "poster"):
        assert bad not in lowered, bad
    assert "<p>2. Ja</p>" in srcdoc and "3. svar" in srcdoc  # the harmless rest stays


def test_open_redirects_are_not_followed(client: TestClient) -> None:
    page = client.get("/review/a5").text
    r = client.post("/corrections/99/undo", data={"csrf": field(page, "csrf"),
                                                  "next": "//evil.example/x"},
                    follow_redirects=False)
    assert r.status_code == 409  # no such correction; and no redirect anywhere
    form = {"csrf": field(page, "csrf"), "association": "Hyllie IF", "next": "//evil.example"}
    r = client.post("/messages/11/assign", data=form, follow_redirects=False)
    assert r.status_code == 400  # Hyllie IF is not in this roster
    form["association"] = "Nydala Fritidsförening"
    r = client.post("/messages/11/assign", data=form, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/messages/11"


def test_non_loopback_host_without_a_password_refuses_to_start(
        cfg: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for host in ("0.0.0.0", "192.168.1.20", "example.org", "::"):
        with pytest.raises(ServeRefused, match="password_env"):
            prepare(cfg, host=host)
    for host in ("127.0.0.1", "localhost", "::1", "127.0.0.2"):
        plan = prepare(cfg, host=host, port=8999)
        assert plan.auth.token and len(plan.auth.token) >= 32
        assert plan.url.endswith(f":8999/?token={plan.auth.token}")
    assert prepare(cfg).auth.token != prepare(cfg).auth.token  # random each start
    path = write_config(tmp_path, cfg.store_url)
    result = CliRunner().invoke(cli_app, ["--config", str(path), "serve", "--host", "0.0.0.0"])
    assert result.exit_code == 2 and "password_env" in result.output
    # with a password configured (and set) it may start
    protected = tmp_path / "protected.toml"
    protected.write_text(path.read_text(encoding="utf-8").replace(
        "[serve]", '[serve]\npassword_env = "TEST_SERVE_PASSWORD"'), encoding="utf-8")
    from svarsinkorg.config import load_config

    pcfg = load_config(protected)
    with pytest.raises(ServeRefused, match="not set"):
        prepare(pcfg, host="0.0.0.0")
    monkeypatch.setenv("TEST_SERVE_PASSWORD", "korrekt häst batteri")
    plan = prepare(pcfg, host="0.0.0.0")
    assert plan.auth.has_password and plan.allowed_hosts == ["*"]
    assert plan.warning and "HTTPS" in plan.warning
    assert prepare(cfg).warning is None


def test_sign_in_with_a_password_records_the_name(cfg: Config, tmp_path: Path) -> None:
    with make_client(cfg, password="korrekt häst batteri", sign_in=False) as c:
        assert c.get("/").status_code == 403
        login = c.get("/login")
        assert login.status_code == 200
        csrf = field(login.text, "csrf")
        bad = c.post("/login", data={"csrf": csrf, "user": "Dana", "password": "fel"},
                     follow_redirects=False)
        assert bad.status_code == 403 and "Fel lösenord" in bad.text
        assert c.post("/login", data={"user": "Dana", "password": "korrekt häst batteri"},
                      follow_redirects=False).status_code == 403  # no CSRF value
        auth = c.app.state.web.auth  # type: ignore[attr-defined]
        auth.clock = lambda: time.time() + 5  # past the one-second backoff
        ok = c.post("/login", data={"csrf": csrf, "user": "Dana",
                                    "password": "korrekt häst batteri"},
                    follow_redirects=False)
        assert ok.status_code == 303
        page = c.get("/review/a5").text
        assert "Inloggad som Dana" in page
        form = form_of(page)
        form["q_works_against_segregation"] = "ja"
        form["action"] = "save"
        c.post("/review/a5", data=form)
        authors = {h.author for h in review.load_association(cfg, 5).history}
        assert authors == {"Dana"}
        c.post("/logout", data={"csrf": field(page, "csrf")})
        assert c.get("/").status_code == 403


def test_serve_config_keys(tmp_path: Path) -> None:
    raw = example_raw()
    assert raw["serve"]["port"] == 8470 and raw["serve"]["host"] == "127.0.0.1"
    raw["serve"] = {"user": "Eva", "port": 9000, "host": "localhost",
                    "password_env": "X_PASSWORD"}
    cfg = parse_config(raw, tmp_path / "c.toml")
    assert (cfg.serve.user, cfg.serve.port, cfg.serve.host) == ("Eva", 9000, "localhost")
    assert service.default_author(cfg) == "Eva"
    from svarsinkorg.config import ConfigError

    for bad in ({"port": 0}, {"port": "8470"}, {"user": ""}, {"colour": "blue"}):
        raw["serve"] = bad
        with pytest.raises(ConfigError, match="serve"):
            parse_config(raw, tmp_path / "c.toml")


def test_pages_follow_changes_made_elsewhere(cfg: Config, client: TestClient) -> None:
    # The server keeps the records between requests; a correction from the CLI, new
    # mail or a reparse must show on the next page all the same.
    assert "Ja och nej" not in client.get("/associations/5").text.split('id="record"')[1]
    service.set_value(cfg, "Nydala Fritidsförening", "how", "Allt möjligt.", author="Cli")
    assert "Allt möjligt." in client.get("/associations/5").text
    from helpers import reply
    from web_data import add_messages

    add_messages(cfg, [reply("Hej, vi svarar gärna.\n1. Vi är en ny förening.",
                             sender="kor@kirsebergskoren.se",
                             message_id="<kor-extra@example.org>")])
    newest = max(m.id for m in review.load_association(cfg, 3).record.messages)
    assert f'href="/messages/{newest}"' in client.get("/associations/3").text
    version = review.store_version(cfg)
    service.reparse(cfg)
    assert review.store_version(cfg) == version  # the same parse: nothing to rebuild
    service.undo_correction(cfg, review.load_association(cfg, 5).history[0].id)
    assert "Allt möjligt." not in client.get("/associations/5").text.split(
        'id="history"')[0]


def test_correction_undo_and_fingerprint_on_each_store(store_url: str, tmp_path: Path) -> None:
    """The same round on SQLite and on PostgreSQL (the migration's table, the store's
    fingerprint query, the form)."""
    cfg = review_config(tmp_path, store_url=store_url)
    with make_client(cfg) as c:
        first = c.get("/review")
        ref = first.url.path.rsplit("/", 1)[1]
        assert ref.startswith("a")
        version = review.store_version(cfg)
        form = form_of(first.text)
        form["q_works_against_segregation"] = "nej"
        form["action"] = "approve"
        assert c.post(first.url.path, data=form, follow_redirects=False).status_code == 303
        assert review.store_version(cfg) != version
        name = review.association_name(cfg, int(ref[1:]))
        assert record(export_json(cfg, tmp_path), name)["answers"][
            "works_against_segregation"] is False
        service.reparse(cfg)
        assert record(export_json(cfg, tmp_path), name)["answers"][
            "works_against_segregation"] is False
        entry = next(h for h in review.load_association(cfg, int(ref[1:])).history
                     if h.key == "works_against_segregation")
        page = c.get(f"/associations/{ref[1:]}").text
        c.post(f"/corrections/{entry.id}/undo", data={"csrf": field(page, "csrf")})
        assert record(export_json(cfg, tmp_path), name)["answers"][
            "works_against_segregation"] is None


def test_reminder_dry_run_lists_who_would_get_what(tmp_path: Path) -> None:
    import datetime as dt

    from helpers import REPO, make_config

    cfg = make_config(tmp_path)
    service.import_roster(cfg, REPO / "examples" / "roster.csv")
    service.import_paths(cfg, [REPO / "examples" / "replies" / "01_boule.eml"])
    auth = Auth.create("Anna", token=TOKEN)
    app = create_app(cfg, auth=auth, now=lambda: dt.datetime(2020, 1, 20, 9, tzinfo=dt.UTC))
    with TestClient(app, base_url=HOST) as c:
        c.get(f"/?token={TOKEN}")
        page = c.get("/reminders").text
    due = page.split('id="due"')[1].split('id="skipped"')[0]
    assert "Skulle påminnas (7)" in due
    assert 'data-association="Nydala Fritidsförening"' in due
    assert "nydala.fritid@hotmail.com" in due and "Påminnelse 1" in due
    assert "Påminnelse:" in due  # the rendered subject
    skipped = page.split('id="skipped"')[1]
    assert 'data-association="Boulesällskapet Ribersborg"' in skipped
    # a dry run: nothing sent, nothing recorded
    from svarsinkorg.store.db import Store
    from svarsinkorg.store.reminder_state import Reminder

    store = Store(cfg.store_url)
    with store.session() as s:
        assert s.query(Reminder).count() == 0
    store.close()


# --- review round 2: read-only page loads, the reminders page's store, sign-in ---------


def test_pages_load_while_another_writer_holds_the_store(cfg: Config,
                                                         client: TestClient) -> None:
    """Viewing takes no write lock: with a writer mid-transaction (the nightly fetch), every
    page still answers at once instead of queueing on busy_timeout (30 s)."""
    state = service.survey_state(cfg)
    path = cfg.store_url.removeprefix("sqlite:///")
    writer = sqlite3.connect(path, isolation_level=None, timeout=0)
    writer.execute("BEGIN IMMEDIATE")
    try:
        client.app.state.web.states.clear()  # type: ignore[attr-defined]
        started = time.monotonic()
        pages = ["/", "/review/a5", "/associations", f"/associations/{state.associations[0].id}",
                 f"/messages/{state.associations[0].messages[0].id}", "/reminders"]
        for page in pages:
            assert client.get(page).status_code == 200, page
        assert time.monotonic() - started < 10  # a write lock would wait 30 s each
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_reminders_page_uses_the_apps_store(cfg: Config, client: TestClient,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from svarsinkorg.reminders import run as reminders_run

    opened: list[str] = []
    real = reminders_run.Store

    def counting(url: str, **kw: Any) -> Any:
        opened.append(url)
        return real(url, **kw)

    monkeypatch.setattr(reminders_run, "Store", counting)
    for _ in range(3):
        page = client.get("/reminders")
        assert page.status_code == 200 and 'data-reason="responded"' in page.text
    assert opened == []
    store = client.app.state.web.store  # type: ignore[attr-defined]
    # still open and usable after the views (not closed by the dry run)
    with store.session(readonly=True) as s:
        assert s.connection() is not None


def test_sign_in_backoff_is_global(cfg: Config) -> None:
    """A wrong password holds back the next try from ANY connection, doubling per failure;
    inside the wait even the right password is not tried (429)."""
    now = [1000.0]
    with make_client(cfg, password="rätt", sign_in=False) as c, \
            make_client(cfg, password="rätt", sign_in=False) as other:
        auth = c.app.state.web.auth  # type: ignore[attr-defined]
        auth.clock = lambda: now[0]
        csrf = field(c.get("/login").text, "csrf")
        assert c.post("/login", data={"csrf": csrf, "password": "fel"},
                      follow_redirects=False).status_code == 403
        assert auth.failures == 1 and auth.login_wait() == 1.0
        # the same app from a second connection (own cookies): still held back
        other_app = TestClient(c.app, base_url=HOST)
        csrf2 = field(other_app.get("/login").text, "csrf")
        held = other_app.post("/login", data={"csrf": csrf2, "password": "rätt"},
                              follow_redirects=False)
        assert held.status_code == 429
        now[0] += 1.5
        assert c.post("/login", data={"csrf": csrf, "password": "fel2"},
                      follow_redirects=False).status_code == 403
        assert auth.failures == 2 and auth.login_wait() == 2.0
        now[0] += 1.0
        assert c.post("/login", data={"csrf": csrf, "password": "rätt"},
                      follow_redirects=False).status_code == 429
        now[0] += 1.5
        ok = other_app.post("/login", data={"csrf": csrf2, "password": "rätt"},
                            follow_redirects=False)
        assert ok.status_code == 303 and auth.failures == 0 and auth.login_wait() == 0.0
        assert other.get("/").status_code == 403  # a separate app, separate secrets


def test_login_csrf_compare_is_constant_time(cfg: Config, monkeypatch: pytest.MonkeyPatch
                                             ) -> None:
    from svarsinkorg.web import app as web_app

    calls: list[tuple[bytes, bytes]] = []
    real = web_app.hmac.compare_digest

    def spy(a: Any, b: Any) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(web_app.hmac, "compare_digest", spy)
    with make_client(cfg, password="rätt", sign_in=False) as c:
        csrf = field(c.get("/login").text, "csrf")
        wrong = c.post("/login", data={"csrf": csrf + "x", "password": "rätt"},
                       follow_redirects=False)
        assert wrong.status_code == 403
        assert (csrf.encode() + b"x", csrf.encode()) in calls


def test_token_url_opened_again_after_signing_in_goes_to_the_page(cfg: Config) -> None:
    with make_client(cfg) as c:  # signed in with the token already
        again = c.get(f"/review?token={TOKEN}", follow_redirects=False)
        assert again.status_code == 303 and again.headers["location"] == "/review"
        assert c.get("/", follow_redirects=False).status_code == 200
    with make_client(cfg) as c, TestClient(c.app, base_url=HOST) as stranger:
        # someone without a session still gets nothing for the spent token
        assert stranger.get(f"/?token={TOKEN}", follow_redirects=False).status_code == 403


# --- one path for corrections: the CLI and the pages share service's functions ----------


def test_cli_set_and_the_form_store_the_same_text_with_paragraphs(
        cfg: Config, client: TestClient, tmp_path: Path) -> None:
    typed = ("  Läxhjälp på tisdagar.  \r\n\r\n\r\n\r\nFotboll på   lördagar.\r\n"
             "  - och\tbasket\r\n\r\n")
    kept = "Läxhjälp på tisdagar.\n\nFotboll på lördagar.\n  - och basket"
    path = write_config(tmp_path, cfg.store_url)
    result = CliRunner().invoke(cli_app, ["--config", str(path), "set",
                                          "Boulesällskapet", "how", typed])
    assert result.exit_code == 0, result.output
    form = form_of(client.get("/review/a5").text)
    form["q_how"] = typed
    form["action"] = "save"
    assert client.post("/review/a5", data=form, follow_redirects=False).status_code == 303
    data = export_json(cfg, tmp_path)
    assert record(data, "Boulesällskapet Ribersborg")["answers"]["how"] == kept
    assert record(data, "Nydala Fritidsförening")["answers"]["how"] == kept
    assert service.clean_text(typed) == review.clean_text(typed) == kept
    assert service.parse_manual_value(cfg, "how", typed) == kept


def test_form_and_cli_record_the_value_in_force_as_before(cfg: Config, client: TestClient,
                                                          tmp_path: Path) -> None:
    """"old" in the history is what the record said, whichever face made the change."""
    shown = review.load_item(cfg, "a5").values["how"]
    form = form_of(client.get("/review/a5").text)
    form["q_how"] = "Från sidan."
    form["action"] = "save"
    client.post("/review/a5", data=form)
    service.set_value(cfg, "Nydala Fritidsförening", "how", "Från terminalen.")
    newest, older = [h for h in review.load_association(cfg, 5).history if h.key == "how"]
    assert (older.old, older.new) == (shown, "Från sidan.")
    assert (newest.old, newest.old_manual, newest.new) == ("Från sidan.", True,
                                                           "Från terminalen.")


def test_cli_assign_records_the_association_in_force_as_before(cfg: Config,
                                                               client: TestClient) -> None:
    """A message moved by hand on the page and then with `intake assign`: the second
    correction's "old" is the first one's "new", not the parsed match."""
    form = form_of(client.get("/review/m11").text)
    form["association"] = "Somaliska Kvinnoföreningen"
    form["action"] = "save"
    assert client.post("/review/m11", data=form, follow_redirects=False).status_code == 303
    state = service.survey_state(cfg)
    somali = next(r for r in state.associations if r.name == "Somaliska Kvinnoföreningen")
    boule = next(r for r in state.associations if r.name.startswith("Boulesällskapet"))
    assert "Meddelande 11 → Boulesällskapet" in service.assign(cfg, "11", "Boulesällskapet")
    moves = review.load_message(cfg, 11).history
    assert [(h.old, h.new) for h in moves] == [(somali.id, boule.id), (None, somali.id)]
    assert service.assign(cfg, "11", "ingen") == "Meddelande 11 hör inte till någon förening."
    assert review.load_message(cfg, 11).history[0].old == boule.id
    with pytest.raises(LookupError, match="no association"):
        service.assign(cfg, "11", "Finns inte")


def test_approve_is_the_same_correction_from_either_face(cfg: Config,
                                                         client: TestClient) -> None:
    assert "a8" in [i.ref for i in review.load_queue(cfg)]
    name = review.load_item(cfg, "a8").record.name  # type: ignore[union-attr]
    assert service.approve(cfg, name, author="Cecilia") == name
    assert "a8" not in [i.ref for i in review.load_queue(cfg)]
    entry = next(h for h in review.load_association(cfg, 8).history if h.key == "reviewed")
    assert (entry.new, entry.author) == (True, "Cecilia")


def test_two_concurrent_saves_of_one_record_cannot_both_pass_the_stale_check(
        store_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two coordinators save the same form at once. Each save, once past its stale check,
    waits (up to 2 s) for the other to pass its check too: without a row lock between check
    and write (PostgreSQL at READ COMMITTED) both would, and both overwrite. With it, the
    second waits for the first to commit, sees the new token and is told it is stale."""
    import contextlib
    import threading

    from svarsinkorg.store.db import Store

    cfg = review_config(tmp_path, store_url=store_url)
    store = Store(cfg.store_url)
    try:
        view = review.load_item(cfg, "a5", store=store)
        both_checked = threading.Barrier(2, timeout=2.0)
        real = review._item_view

        def slow_view(*args: Any, **kwargs: Any) -> Any:
            out = real(*args, **kwargs)
            # give the other save every chance to read the same, unchanged record
            with contextlib.suppress(threading.BrokenBarrierError):
                both_checked.wait()
            return out

        monkeypatch.setattr(review, "_item_view", slow_view)
        outcomes: dict[str, review.SaveOutcome] = {}

        def save(who: str, text: str) -> None:
            sub = review.Submission(answers={**{k: view.values[k] for k in cfg.survey.keys},
                                             "how": text}, approve=False)
            outcomes[who] = review.save_item(cfg, "a5", view.token, sub, who, store)

        threads = [threading.Thread(target=save, args=(who, f"Text från {who}."))
                   for who in ("Anna", "Bo")]
        for th in threads:
            th.start()
        for th in threads:
            th.join(timeout=60)
        monkeypatch.setattr(review, "_item_view", real)
        assert sorted(o.status for o in outcomes.values()) == ["saved", "stale"]
        winner = next(w for w, o in outcomes.items() if o.status == "saved")
        loser = next(w for w, o in outcomes.items() if o.status == "stale")
        assert outcomes[loser].current["how"] == f"Text från {winner}."
        hows = [h for h in review.load_association(cfg, 5, store=store).history
                if h.key == "how"]
        assert [(h.author, h.new) for h in hows] == [(winner, f"Text från {winner}.")]
    finally:
        store.close()


# --- Ångra in the notice, and a new link without a restart (r27) ---------------------------


def _notice_undo(page: str) -> tuple[str, dict[str, str]]:
    m = re.search(r'<form method="post" action="(/corrections/\d+/undo)"[^>]*id="notice-undo"',
                  page)
    assert m, "no Ångra in the notice"
    form = {name: field(page, name) for name in ("csrf", "also", "next")}
    return m.group(1), form


def test_dismissing_a_message_is_undone_from_the_notice(cfg: Config, client: TestClient,
                                                        tmp_path: Path) -> None:
    form = form_of(client.get("/review/m11").text)
    form["not_survey"] = "1"
    form["action"] = "approve"
    gone = client.post("/review/m11", data=form, follow_redirects=False)
    page = client.get(gone.headers["location"]).text
    assert "Markerat som inte ett enkätsvar." in page
    action, undo = _notice_undo(page)
    assert undo["also"] == "" and undo["next"] == "/review/m11?done=undone"
    back = client.post(action, data=undo, follow_redirects=False)
    assert back.status_code == 303 and back.headers["location"] == "/review/m11?done=undone"
    assert "Ångrat." in client.get(back.headers["location"]).text
    assert "m11" in [i.ref for i in review.load_queue(cfg)]
    assert "<okand-1@example.org>" in [m["message_id"] for m in
                                        export_json(cfg, tmp_path)["unmatched"]]
    # the spent notice (reload, back button) offers no second Ångra
    assert 'id="notice-undo"' not in client.get(gone.headers["location"]).text


def test_the_last_approval_is_undone_from_the_empty_queue(cfg: Config,
                                                          client: TestClient) -> None:
    last = _approve_the_whole_queue(client)
    done = client.get(last.headers["location"])
    assert "Allt är granskat." in done.text
    action, undo = _notice_undo(done.text)
    r = client.post(action, data=undo, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].endswith("?done=undone")
    assert len(review.load_queue(cfg)) == 1


def test_a_made_up_undo_in_the_url_offers_nothing(cfg: Config, client: TestClient) -> None:
    for query in ("undo=999&back=a5", "undo=1&back=../evil", "undo=x&back=a5"):
        page = client.get(f"/review/a5?done=saved&n=0&{query}").text
        assert 'id="notice-undo"' not in page, query
    # and the undo path refuses what is not a correction (no half-done undo)
    csrf = field(client.get("/review/a5").text, "csrf")
    r = client.post("/corrections/999/undo", data={"csrf": csrf, "also": "1000"})
    assert r.status_code == 409


def test_undo_also_takes_only_the_same_actions_corrections(cfg: Config,
                                                           client: TestClient) -> None:
    """ALSO comes from a form: it cannot take along another association's correction, nor
    another person's, even when each is real and in force; the notice offers Ångra only
    for the reader's own one action."""
    me = "Anna Testsson"  # the client's user
    service.set_value(cfg, "Boulesällskapet", "how", "Öppna kvällar.", author=me)
    service.set_value(cfg, "Boulesällskapet", "about", "Boule på Ribersborg.", author="Bo")
    boule = review.load_association(cfg, 1).history
    mine = next(h.id for h in boule if h.key == "how")
    bos = next(h.id for h in boule if h.key == "about")
    other = review.load_association(cfg, 5)
    service.set_value(cfg, other.record.name, "how", "Annat.", author=me)
    theirs = next(h.id for h in review.load_association(cfg, 5).history if h.key == "how")
    service.set_value(cfg, "Boulesällskapet", "obstacles_opportunities", "Lokaler.", author=me)
    second = next(h.id for h in review.load_association(cfg, 1).history
                  if h.key == "obstacles_opportunities")
    ours = client.get(f"/review/a1?done=saved&n=2&undo={mine},{second}&back=a1").text
    assert 'id="notice-undo"' in ours  # the control: one action of mine is offered
    assert not review.undoable(cfg, [mine, second], author="Bo")
    for also in (theirs, bos):
        page = client.get(f"/review/a1?done=saved&n=1&undo={mine},{also}&back=a1").text
        assert 'id="notice-undo"' not in page, also
        csrf = field(page, "csrf")
        r = client.post(f"/corrections/{mine}/undo", data={"csrf": csrf, "also": str(also)})
        assert r.status_code == 409 and "en och samma åtgärd" in r.text
    assert all(h.in_force for h in review.load_association(cfg, 1).history)
    assert review.load_association(cfg, 5).history[0].in_force


def test_a_confirmation_refuses_a_mail_moved_meanwhile(cfg: Config, client: TestClient) -> None:
    csrf = field(client.get("/review/a5").text, "csrf")
    mail = review.load_association(cfg, 5).record.messages[0].id
    r = client.post(f"/messages/{mail}/confirm",
                    data={"csrf": csrf, "association_id": "1", "position": "0"})
    assert r.status_code == 409 and "någon har flyttat det" in r.text
    assert review.load_message(cfg, mail).message.assigned_by_hand is False
    assert client.post(f"/messages/{mail}/confirm",
                       data={"association_id": "5"}).status_code == 403  # no CSRF


def test_enter_prints_a_new_one_time_link(cfg: Config) -> None:
    import io

    from svarsinkorg.web.server import may_read_keys, watch_for_new_links

    plan = prepare(cfg)
    first = plan.url
    shown: list[str] = []
    watch_for_new_links(plan, io.StringIO("\n\n"), shown.append).join(5)
    assert len(shown) == 2 and len({first, *shown}) == 3
    assert all(u.startswith("http://127.0.0.1:8470/?token=") for u in shown)
    with TestClient(create_app(cfg, auth=plan.auth), base_url=HOST) as c:
        for url in (first, shown[0]):  # replaced before use: dead
            assert c.get(url.removeprefix(HOST + ":8470"), follow_redirects=False
                         ).status_code == 403
        ok = c.get(shown[1].removeprefix(HOST + ":8470"), follow_redirects=False)
        assert ok.status_code == 303 and "intake_session=" in ok.headers["set-cookie"]
    assert not may_read_keys(io.StringIO(""))  # no terminal: nothing is read


def test_a_running_server_prints_a_new_link_on_enter(tmp_path: Path) -> None:
    """`intake serve` itself, on 127.0.0.1, its stdin a terminal: the link is spent in one
    browser; Enter there prints another that works, and the first stays dead."""
    import http.client
    import os
    import pty
    import socket
    import subprocess
    import sys
    from urllib.parse import urlsplit

    path = write_config(tmp_path)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]

    def get(url: str, cookie: str | None = None) -> http.client.HTTPResponse:
        parts = urlsplit(url)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
        conn.request("GET", parts.path + (f"?{parts.query}" if parts.query else ""),
                     headers={"Cookie": f"intake_session={cookie}"} if cookie else {})
        response = conn.getresponse()
        response.read()
        conn.close()
        return response

    master, slave = pty.openpty()
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "COLUMNS": "200"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "svarsinkorg.cli", "-c", str(path), "serve", "--port", str(port)],
        stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env,
        start_new_session=True, text=True)
    os.close(slave)
    try:
        assert proc.stdout is not None

        def next_link() -> str:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                line = proc.stdout.readline()
                assert line, "intake serve ended"
                if "?token=" in line:
                    return line.strip()
            raise AssertionError("no link printed")

        first = next_link()
        assert first.startswith(f"http://127.0.0.1:{port}/?token=")
        for _ in range(200):  # until uvicorn listens
            try:
                r = get(first)
                break
            except ConnectionRefusedError:
                time.sleep(0.1)
        assert r.status == 303  # the first browser signs in
        assert get(first).status == 403  # another browser: the link is spent
        os.write(master, b"\n")
        second = next_link()
        assert second != first
        signed = get(second)
        assert signed.status == 303
        cookie = signed.headers["set-cookie"].split(";")[0].split("=", 1)[1]
        assert get(f"http://127.0.0.1:{port}/", cookie).status == 200
        assert get(second).status == 403  # the new one works once, too
    finally:
        proc.terminate()
        proc.wait(10)
        os.close(master)
