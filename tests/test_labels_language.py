"""One language per screen (review r3): what used to reach the coordinator in English on
Swedish screens now comes from reports/labels.py, Swedish by default, English by switch."""

from __future__ import annotations

import dataclasses
import io
import re
from pathlib import Path

import pytest
from helpers import example_raw, write_config
from rich.console import Console
from starlette.testclient import TestClient
from typer.testing import CliRunner
from web_data import TOKEN, review_config

from svarsinkorg import review, service
from svarsinkorg.cli import _fetch_line, failures_command
from svarsinkorg.cli import app as cli_app
from svarsinkorg.config import Config, parse_config
from svarsinkorg.fetch.run import FetchSummary
from svarsinkorg.model import Reason
from svarsinkorg.parsers.attachments import read_attachment_in_process
from svarsinkorg.parsers.attachments.problems import problem_codes
from svarsinkorg.reports.labels import Labels
from svarsinkorg.web.app import create_app
from svarsinkorg.web.security import Auth
from svarsinkorg.web.server import ServeRefused, prepare


def survey_labels(language: str) -> Labels:
    raw = example_raw()
    raw["survey"]["language"] = language
    return Labels.for_survey(parse_config(raw, Path("config.toml")).survey)


SV, EN = survey_labels("sv"), survey_labels("en")


def english(cfg: Config) -> Config:
    return dataclasses.replace(cfg, survey=dataclasses.replace(cfg.survey, language="en"))


def client_for(cfg: Config) -> TestClient:
    c = TestClient(create_app(cfg, auth=Auth.create("Anna", None, token=TOKEN)),
                   base_url="http://127.0.0.1")
    assert c.get(f"/?token={TOKEN}", follow_redirects=False).status_code == 303
    return c


# --- a) "partial" names questions by number, not by key ---------------------------------


def test_partial_reason_names_question_numbers() -> None:
    keys = SV._numbers  # the example survey: key -> number
    two, three = [k for k, n in keys.items() if n in (2, 3)]
    r = Reason("partial", None, f"{two}, {three}")
    assert SV.reason(r) == "Alla frågor är inte besvarade: fråga 2, 3"
    assert EN.reason(r) == "Not every question is answered: questions 2, 3"
    assert SV.reason(f"partial: {three}") == "Alla frågor är inte besvarade: fråga 3"
    # a key the survey no longer has: shown as stored, nothing lost
    assert SV.reason("partial: gone_key").endswith(": gone_key")


def test_a_yes_no_read_from_prose_is_said_in_the_screens_word() -> None:
    # (unseen110) the parser's "Nej" for a no it took from a sentence ("We dont have place.")
    # reads "No" on an English screen; the writer's own words stay as written
    two = next(k for k, n in SV._numbers.items() if n == 2)
    assert EN.reason(Reason("yes_no_from_prose", two, "Nej")) == (
        "Yes/no taken from the prose, not from its own answer (question 2): No")
    assert SV.reason(Reason("yes_no_from_prose", two, "Nej")).endswith("(fråga 2): Nej")
    assert EN.reason(f"yes_no_conflict:{two}: Ja").endswith(": Yes")
    assert EN.reason(Reason("yes_no_hedged", two, "Sort of, yes.")).endswith(": Sort of, yes.")


# --- b) match methods/details and kind reasons -------------------------------------------


@pytest.mark.parametrize(("method", "detail", "sv", "en"), [
    ("sender", "a@b.se", "avsändaren: a@b.se", "the sender: a@b.se"),
    ("none", "sender not in the roster and no association named",
     "ingen koppling: avsändaren finns inte i registret och ingen förening nämns",
     "no match: sender not in the roster and no association named"),
    ("name", "attached mail: name 'IK Sölve' in the text (92)",
     "föreningens namn: bifogat mejl: namnet 'IK Sölve' i texten (92)",
     "the association's name: attached mail: name 'IK Sölve' in the text (92)"),
    ("bounce", "delivery failed for x@y.se", "studsen: leveransen misslyckades till x@y.se",
     "the bounce: delivery failed for x@y.se"),
])
def test_match_info_in_words(method: str, detail: str, sv: str, en: str) -> None:
    assert f"{SV.match_method(method)}: {SV.match_detail(detail)}" == sv
    assert f"{EN.match_method(method)}: {EN.match_detail(detail)}" == en


def test_kind_reasons_in_words_and_old_text_as_stored() -> None:
    assert SV.kind_reason("sent from a coordinator address") == "skickat från en samordnaradress"
    assert EN.kind_reason("sent from a coordinator address") == "sent from a coordinator address"
    assert SV.kind_reason("related to survey: survey word 'enkät' in the text") == \
        "handlar om enkäten: enkätordet 'enkät' i texten"
    assert SV.kind_reason("Auto-Submitted: auto-replied") == \
        "automatiskt svar (Auto-Submitted: auto-replied)"
    assert SV.kind_reason("some text an old version stored") == "some text an old version stored"
    assert SV.match_method("hand-picked") == "hand-picked"
    # the unmatched review reason carries the match detail
    assert SV.reason(Reason("unmatched", None, "sender not in the roster and no association "
                            "named")).endswith("avsändaren finns inte i registret och ingen "
                                               "förening nämns")


def test_message_page_shows_match_and_kind_in_the_screen_language(tmp_path: Path) -> None:
    cfg = review_config(tmp_path)
    with client_for(cfg) as c:
        page = c.get("/messages/1").text
    assert "avsändaren" in page and "svarar på enkäten" in page
    assert "answers the survey" not in page
    with client_for(english(cfg)) as c:
        page = c.get("/messages/1").text
    assert "the sender" in page and "answers the survey" in page
    assert "svarar på enkäten" not in page


# --- c) web errors -----------------------------------------------------------------------


def test_web_undo_refusal_and_http_errors_are_labelled(tmp_path: Path) -> None:
    cfg = review_config(tmp_path)
    service.set_value(cfg, "Boulesällskapet", "how", "Ett.")
    service.set_value(cfg, "Boulesällskapet", "how", "Två.")
    with client_for(cfg) as c:
        page = c.get("/associations/1").text
        csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
        older = [h for h in review.load_association(cfg, 1).history if h.key == "how"][-1].id
        r = c.post(f"/corrections/{older}/undo", data={"csrf": csrf}, follow_redirects=False)
        assert r.status_code == 409
        assert f"Ändring {older} har ersatts av en senare ändring: ångra den först." in r.text
        assert "replaced by a newer" not in r.text
        r = c.get("/corrections/1/undo")
        assert r.status_code == 405 and "Sidan kunde inte visas (HTTP-fel 405)." in r.text
    with client_for(english(cfg)) as c:
        r = c.get("/corrections/1/undo")
        assert "The page could not be shown (HTTP error 405)." in r.text


# --- d) intake fetch ---------------------------------------------------------------------


def test_fetch_summary_and_failures_table_in_words(tmp_path: Path) -> None:
    s = FetchSummary()
    s.stored, s.by_kind["reply"], s.unmatched = 2, 2, 1
    assert _fetch_line(s, SV) == (
        "intake fetch: 2 nya meddelanden (2 svar, 0 autosvar, 0 studsar, 0 övriga), "
        "1 utan förening, 0 redan inlästa, 0 överhoppade, 0 för stora, 0 fel")
    assert _fetch_line(s, EN).startswith("intake fetch: 2 new messages (2 replies, ")
    assert s.line().startswith("intake fetch: 2 new messages")  # the log keeps its words
    cfg = review_config(tmp_path)
    for c, text in ((cfg, "Inga misslyckade eller flaggade meddelanden."),
                    (english(cfg), "No failed or flagged messages.")):
        out = Console(file=io.StringIO(), width=200)
        assert failures_command(c, out=out) == 0
        assert out.file.getvalue().strip() == text  # type: ignore[attr-defined]


# --- e) CLI answers and intake serve ------------------------------------------------------


def test_cli_assign_set_undo_answer_in_swedish(tmp_path: Path) -> None:
    path = write_config(tmp_path)
    run = CliRunner().invoke
    assert run(cli_app, ["-c", str(path), "associations", "import",
                         str(Path(__file__).parents[1] / "examples" / "roster.csv")]).exit_code == 0
    r = run(cli_app, ["-c", str(path), "set", "Boulesällskapet", "how", "Öppna kvällar."])
    assert r.exit_code == 0 and r.output.strip().endswith("how = Öppna kvällar.")
    r = run(cli_app, ["-c", str(path), "set", "Boulesällskapet", "wants_interview", "ja"])
    assert r.exit_code == 0 and r.output.strip().endswith("wants_interview = Ja")
    r = run(cli_app, ["-c", str(path), "set", "Boulesällskapet", "nope", "x"])
    assert r.exit_code == 1 and "Okänd nyckel 'nope': använd en av" in r.output
    r = run(cli_app, ["-c", str(path), "set", "Ingen sådan förening", "how", "x"])
    assert r.exit_code == 1 and "Det finns ingen förening 'Ingen sådan förening'" in r.output
    r = run(cli_app, ["-c", str(path), "assign", "999", "Boulesällskapet"])
    assert r.exit_code == 1 and "Det finns inget sparat meddelande '999'." in r.output
    r = run(cli_app, ["-c", str(path), "undo", "1"])
    assert r.exit_code == 0 and "Ändring 1 ångrad." in r.output
    r = run(cli_app, ["-c", str(path), "undo", "99"])
    assert r.exit_code == 1 and "Det finns ingen ändring 99." in r.output


def test_import_source_errors_in_words(tmp_path: Path) -> None:
    path = write_config(tmp_path)
    (tmp_path / "tom.eml").write_bytes(b"")
    r = CliRunner().invoke(cli_app, ["-c", str(path), "import", str(tmp_path / "tom.eml"),
                                     str(tmp_path / "saknas.eml")])
    assert "tom.eml: tom fil" in r.output
    assert "saknas.eml: filen eller mappen finns inte" in r.output
    assert "no such file" not in r.output


def test_serve_refusal_in_words(tmp_path: Path) -> None:
    cfg = review_config(tmp_path)
    with pytest.raises(ServeRefused) as exc:
        prepare(cfg, "0.0.0.0")
    assert SV.error(exc.value).startswith("--host 0.0.0.0 skulle visa folks mejl för nätverket")
    assert EN.error(exc.value).startswith("--host 0.0.0.0 would show people's mail")
    assert "would show people's mail" in str(exc.value)  # logs and old readers
    assert SV("serve_stop_hint").startswith("(Ctrl-C stoppar servern; Enter skriver ut en ny")


# --- f) attachment problems ---------------------------------------------------------------


PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


def test_attachment_problems_are_codes_translated_by_labels() -> None:
    img = read_attachment_in_process("svar.pdf", "application/pdf", PNG, service_limits())
    assert img.problem and problem_codes(img.problem) == [("wrong_type", {"what": "image"})]
    reason = Reason("attachment", None, f"svar.pdf: {img.problem}")
    assert SV.reason(reason) == ("En bilaga kunde inte läsas helt: svar.pdf: innehållet är "
                                 "inte vad filnamnet säger (det är en bild)")
    assert EN.reason(reason) == ("An attachment could not be read fully: svar.pdf: the content "
                                 "is not what the file name says (it is an image)")
    photo = read_attachment_in_process("foto.png", "image/png", PNG, service_limits())
    assert SV.reason(Reason("attachment", None, f"foto.png: {photo.problem}")) == (
        "En bilaga kunde inte läsas helt: foto.png: en bild utan text (ett foto eller en "
        "skanning?)")
    empty = read_attachment_in_process("tom.docx", "", b"", service_limits())
    assert SV.reason(Reason("attachment", None, f"tom.docx: {empty.problem}")).endswith(
        "tom.docx: tom fil")
    # the web's attachment note: the reader's line alone
    assert SV.reader_problem(empty.problem or "") == "tom fil"
    assert EN.reader_problem(empty.problem or "") == "an empty file"
    # an unknown problem text (a newer reader) stays as stored
    assert SV.reason("attachment: x.pdf: something new").endswith("x.pdf: something new")


def service_limits():  # type: ignore[no-untyped-def]
    raw = example_raw()
    return parse_config(raw, Path("config.toml")).limits


def test_every_stored_match_and_kind_text_of_the_examples_has_a_code(tmp_path: Path) -> None:
    """A new wording in intake/match.py or classify.py without a code here shows English."""
    from sqlalchemy import select

    from svarsinkorg.reports.labels import KIND_REASONS, MATCH_DETAILS, stored_code
    from svarsinkorg.store.models import Message

    cfg = review_config(tmp_path)
    with service.store_session(cfg) as s:
        rows = list(s.scalars(select(Message)))
    assert len(rows) >= 10
    for m in rows:
        if m.kind_reason:
            head = m.kind_reason.split(": ", 1)[0]
            assert stored_code(m.kind_reason, KIND_REASONS) or stored_code(head, KIND_REASONS), \
                m.kind_reason
            assert SV.kind_reason(m.kind_reason) != m.kind_reason
        if m.match_detail and "@" not in m.match_detail:
            assert stored_code(m.match_detail, MATCH_DETAILS), m.match_detail
