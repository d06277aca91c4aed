"""bench/review_walkthrough.py on a 10-mail piece of a corpus, in a real headless Chromium:
a coordinator with the truth beside her works the review queue through the pages only
(clicks and typing), and the JSON export afterwards equals the truth, field by field.

The piece of unseen73 holds what a queue asks of her: answers to correct, a bounce, an
association with two replies, and a mail that is no survey reply from a private address
(set aside with *Inte ett enkätsvar*). Skipped where Chromium or its driver is absent,
failed when CI=true (as tests/test_web_chromium.py)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from headless_chromium import require_browser
from helpers import bench_module

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpora" / "unseen73"
FILES = ["01_mailer-daemon.eml", "02_mailer-daemon.eml", "20_ungscen.uppsala.eml",
         "16_styrelsen_uppsalakammarkor.eml", "17_styrelsen_uppsalakammarkor.eml",
         "21_kontakt_ikf-gottsunda.eml", "27_maria.lindqvist72.eml",
         "33_kurdiskakvinnor.uppsala.eml", "34_afghankultur.uppsala.eml",
         "19_nyhetsbrev_bildningsvast-uppland.eml"]


def _piece(folder: Path) -> Path:
    """FILES of unseen73 as a corpus of their own: the whole roster (so every mail matches
    as in the full corpus), and the truth of the associations all of whose mail is here."""
    truth = json.loads((CORPUS / "truth.json").read_text("utf-8"))
    (folder / "messages").mkdir(parents=True)
    for name in ("roster.csv", "config.toml"):
        shutil.copy(CORPUS / name, folder / name)
    keep = {f"messages/{f}" for f in FILES}
    for f in FILES:
        shutil.copy(CORPUS / "messages" / f, folder / "messages" / f)
    messages = [m for m in truth["messages"] if m["file"] in keep]
    outside = {m["association"] for m in truth["messages"] if m["file"] not in keep}
    here = {m["association"] for m in messages} - outside - {None}
    truth["messages"] = messages
    truth["associations"] = [a for a in truth["associations"] if a["name"] in here]
    (folder / "truth.json").write_text(json.dumps(truth, ensure_ascii=False), "utf-8")
    return folder


def test_the_queue_is_worked_to_the_truth_through_the_pages(tmp_path: Path) -> None:
    require_browser()
    wt = bench_module("review_walkthrough")
    folder = _piece(tmp_path / "unseen73-piece")
    work = tmp_path / "work"
    work.mkdir()
    walk = wt.walk_corpus(folder, work)
    assert len(walk.after) == 6  # the associations whose every mail is in the piece
    # the walk had work to do, through the pages
    assert walk.right_before < walk.fields
    # (how many edits falls as the parser reads more of the piece right: at least one)
    assert walk.items >= 2 and walk.fields_edited >= 1 and walk.moves >= 1
    assert walk.actions >= walk.items + walk.fields_edited + walk.moves
    wrong = {name: [(f, got, want) for f, got, want in pairs if got != want]
             for name, pairs in walk.after.items()}
    assert {name: w for name, w in wrong.items() if w} == {}
    assert walk.right_after == walk.fields
    assert walk.left == [] and walk.findings == []
