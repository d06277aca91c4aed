"""A coordinator works the review queue to the truth, in a real headless Chromium: how
much work the flagged records are in `intake serve`, and what the pages cannot fix.

    python bench/review_walkthrough.py tests/corpora/unseen67 [more corpus folders]
    python bench/review_walkthrough.py --details tests/corpora/clients

Per corpus: the folder imported into a fresh SQLite store (as bench/score_corpus.py does),
the real app served on 127.0.0.1 (uvicorn in a thread, as tests/test_web_chromium.py), and
Chromium driven like a person with truth.json beside her: open *Att granska*, and per item
compare the shown record with the truth, move a mail that belongs elsewhere (*Fel
förening? Flytta mejl #N*), set aside one that is no reply (*Mejl #N är inget
enkätsvar*, or *Inte ett enkätsvar* on an unmatched one), name the association of an
unmatched reply, change only the fields that differ (the status too, on an association's
item), then *Spara och godkänn*; until the queue is empty. Then the JSON export, scored
against the truth as score_corpus scores it (status, bounced, interview wish, each answer).

Every change goes through the pages: clicks, typing, keys. The store is only READ, to
know which corpus file a shown mail is (`messages.origin`): the coordinator recognising
the mail in front of her, which a person does by reading it.

Counted: items (every queue item opened, also one that came back), items approved with
nothing changed, fields edited, moves (a mail moved, set aside or given its association),
page actions (clicks + fields typed into), the export's fields right before and after.
"Left" lists each association still wrong after the walk and why the pages could not
bring it there."""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
import tempfile
import time
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from svarsinkorg import service
from svarsinkorg.config import Config, example_config_path, parse_config
from svarsinkorg.parsers.text import normalize_ws
from svarsinkorg.web.app import create_app
from svarsinkorg.web.security import Auth
from svarsinkorg.web.server import serving_in_thread

# headless_chromium.py: the browser as the Chromium tests start it (appended, not prepended:
# bench's own modules win over the tests' of the same name)
sys.path.append(str(Path(__file__).resolve().parents[1] / "tests"))
from headless_chromium import driven_chromium

TOKEN = "walkthrough-token-" + "w" * 20
MAX_VISITS = 3  # an item opened this often without leaving the queue is stuck


@dataclass
class Walk:
    corpus: str
    queue_start: int = 0  # items in the queue when she opens it
    items: int = 0  # items opened (one that came back counts again)
    unchanged: int = 0  # approved with nothing changed
    fields_edited: int = 0
    moves: int = 0  # a mail moved, set aside, or given its association
    actions: int = 0  # clicks + fields typed into
    fields: int = 0
    right_before: int = 0
    right_after: int = 0
    left: list[str] = field(default_factory=list)  # still wrong after the walk, and why
    # the associations she approved with every field as the truth has it
    approved_as_truth: set[str] = field(default_factory=set)
    # per truth association: (field, exported after the walk, truth)
    after: dict[str, list[tuple[str, Any, Any]]] = field(default_factory=dict)
    findings: list[str] = field(default_factory=list)  # what the pages would not do
    log: list[str] = field(default_factory=list)

    def row(self) -> str:
        per = self.fields_edited / self.items if self.items else 0.0
        return (f"{self.corpus:<12} {self.queue_start:>5} {self.items:>5} {self.unchanged:>9} "
                f"{self.fields_edited:>6} {per:>8.2f} {self.moves:>5} {self.actions:>7} "
                f"{self.right_before:>5}/{self.fields:<5} {self.right_after:>5}/{self.fields:<5}"
                f" {len(self.left):>4}")

    def add(self, other: Walk) -> None:
        for name in ("queue_start", "items", "unchanged", "fields_edited", "moves", "actions",
                     "fields", "right_before", "right_after"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.left += other.left


HEADER = (f"{'corpus':<12} {'queue':>5} {'items':>5} {'unchanged':>9} {'edits':>6} "
          f"{'edits/it':>8} {'moves':>5} {'actions':>7} {'right before':<11} "
          f"{'right after':<11} {'left':>4}")


# --- setting up: the store, the server, the browser -------------------------------------


def corpus_config(folder: Path, tmp: Path) -> Config:
    """The corpus's own config.toml if it has one, else the shipped example survey (as
    bench/score_corpus.py)."""
    import tomllib

    own = folder / "config.toml"
    raw = tomllib.loads((own if own.exists() else example_config_path()).read_text("utf-8"))
    raw["store"] = {"url": f"sqlite:///{tmp / 'walk.db'}"}
    return parse_config(raw, tmp / "config.toml")


def serve(cfg: Config, token: str = TOKEN) -> AbstractContextManager[str]:
    """The app `intake serve` runs, under uvicorn on 127.0.0.1 in a thread."""
    return serving_in_thread(create_app(cfg, auth=Auth.create("Walkthrough", token=token)))


# --- the truth and the export -----------------------------------------------------------


def _norm(v: Any) -> Any:
    return normalize_ws(v) if isinstance(v, str) else v


def export_pairs(cfg: Config, truth: dict[str, Any], out: Path
                 ) -> dict[str, list[tuple[str, Any, Any]]]:
    """The JSON export (as `intake export --format json`), per truth association: (field,
    exported, truth), the fields bench/score_corpus.py scores."""
    service.export(cfg, "json", out)
    data = {a["association"]: a for a in json.loads(out.read_text("utf-8"))["associations"]}
    result: dict[str, list[tuple[str, Any, Any]]] = {}
    for want in truth.get("associations", []):
        got = data[want["name"]]
        pairs: list[tuple[str, Any, Any]] = [
            ("status", got["status"], want["status"]),
            ("bounced", got["bounced"], want["bounced"]),
            ("wants_interview", got["wants_interview"], want["wants_interview"]),
        ]
        for k in cfg.survey.keys:
            pairs.append((k, _norm(got["answers"].get(k)), _norm(want["answers"].get(k))))
        result[want["name"]] = pairs
    return result


def _right(pairs: dict[str, list[tuple[str, Any, Any]]]) -> tuple[int, int]:
    every = [p for ps in pairs.values() for p in ps]
    return sum(got == want for _f, got, want in every), len(every)


def origins(db: Path, folder: Path) -> dict[int, str]:
    """Stored message id -> its corpus file (relative, as truth.json names it). Read only."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = con.execute("SELECT id, origin FROM messages").fetchall()
    finally:
        con.close()
    out: dict[int, str] = {}
    for ident, origin in rows:
        path = Path(origin)
        try:
            out[int(ident)] = str(path.resolve().relative_to(folder.resolve()))
        except ValueError:
            out[int(ident)] = path.name
    return out


# --- the coordinator --------------------------------------------------------------------


class Coordinator:
    """Chromium in a person's hands: every change is a click or typing, counted."""

    def __init__(self, driver: Any, base: str, cfg: Config, truth: dict[str, Any],
                 files: dict[int, str], walk: Walk) -> None:
        self.d = driver
        self.base = base
        self.cfg = cfg
        self.walk = walk
        self.files = files
        self.by_file = {m["file"]: m for m in truth["messages"]}
        self.by_name = {a["name"]: a for a in truth.get("associations", [])}

    # the page

    def find(self, css: str) -> list[Any]:
        from selenium.webdriver.common.by import By

        return list(self.d.find_elements(By.CSS_SELECTOR, css))

    def one(self, css: str) -> Any:
        from selenium.webdriver.common.by import By

        return self.d.find_element(By.CSS_SELECTOR, css)

    def click_to_page(self, element: Any) -> None:
        """A click that loads a page: wait for the new one (the old page's window carries
        a mark the new one lacks; selenium's staleness check trips on a page mid-swap)."""
        from selenium.common.exceptions import WebDriverException
        from selenium.webdriver.support.ui import WebDriverWait

        def loaded(d: Any) -> bool:
            try:
                return bool(d.execute_script(
                    "return window.__walk === undefined && document.readyState === 'complete'"))
            except WebDriverException:
                return False

        self.d.execute_script("window.__walk = 1;")
        element.click()
        self.walk.actions += 1
        WebDriverWait(self.d, 60).until(loaded)

    def click(self, element: Any) -> None:
        element.click()
        self.walk.actions += 1

    def type_into(self, element: Any, text: str | None) -> None:
        """Select all and type (a cleared field for "not answered"). ChromeDriver cannot
        type characters outside the BMP (an emoji): those are pasted, as a person would."""
        element.clear()
        if text:
            if any(ord(c) > 0xFFFF for c in text):
                self.d.execute_script(
                    "arguments[0].value = arguments[1];"
                    "arguments[0].dispatchEvent(new Event('input'));", element, text)
            else:
                element.send_keys(text)
        self.walk.actions += 1

    def ref(self) -> str | None:
        m = re.search(r"/review/([am][0-9]+)", self.d.current_url)
        return m.group(1) if m else None

    def queue_left(self) -> int:
        found = self.find("#queue-left")
        return int(found[0].get_attribute("data-left")) if found else 0

    def shown_message(self) -> int | None:
        link = self.find("#mail h2 a")
        return int(link[0].text.lstrip("#")) if link else None

    def item_messages(self) -> list[int]:
        tabs = [int(re.search(r"message=([0-9]+)", a.get_attribute("href")).group(1))
                for a in self.find("ul.tabs li a")]
        shown = self.shown_message()
        return tabs or ([shown] if shown is not None else [])

    def show(self, message_id: int) -> None:
        if self.shown_message() == message_id:
            return
        tab = [a for a in self.find("ul.tabs li a")
               if a.get_attribute("href").endswith(f"message={message_id}")]
        self.click_to_page(tab[0])

    def status(self) -> str | None:
        """The record's status as its badge shows it (class "badge responded")."""
        badge = self.find("p.assoc-name span.badge")
        if not badge:
            return None
        classes = (badge[0].get_attribute("class") or "").split()
        return next((c for c in classes if c != "badge"), None)

    # the form

    def edit_fields(self, want: dict[str, Any]) -> int:
        """Change the form's fields that differ from WANT (a truth association record): the
        answers, the interview wish and, on an association's item, the status."""
        edited = 0
        for q in self.cfg.survey.questions:
            truth = want["answers"].get(q.key)
            if q.kind == "yes_no":
                value = {True: "ja", False: "nej", None: ""}[truth]
                radio = self.one(f'input[name="q_{q.key}"][value="{value}"]')
                if not radio.is_selected():
                    self.click(radio)
                    edited += 1
            else:
                area = self.one(f'textarea[name="q_{q.key}"]')
                if _norm(area.get_attribute("value") or None) != _norm(truth):
                    self.type_into(area, truth)
                    edited += 1
        radio = self.one(f'input[name="wants_interview"]'
                         f'[value="{"ja" if want["wants_interview"] else "nej"}"]')
        if not radio.is_selected():
            self.click(radio)
            edited += 1
        # The status (an association's item): the one the truth has, when the mail gives
        # another (an association that answered inside another's mail).
        select = self.find("select#status")
        if select and select[0].get_attribute("value") != want["status"]:
            from selenium.webdriver.support.ui import Select

            Select(select[0]).select_by_value(want["status"])
            self.walk.actions += 1
            edited += 1
        self.walk.fields_edited += edited
        return edited

    def approve(self) -> None:
        self.click_to_page(self.one("#approve"))
        if self.find("#review-form p.error, #record p.error"):
            self.walk.findings.append(f"{self.d.current_url}: save refused: "
                                      f"{self.one('p.error').text}")

    # one item

    def association_item(self, ref: str) -> None:
        name = self.one("p.assoc-name a").text
        moved = 0
        for mid in self.item_messages():
            file = self.files.get(mid, "")
            tm = self.by_file.get(file)
            if tm is None:
                continue
            if tm["association"] == name:
                # Mail of hers that is no reply (a question about a grant, "may we answer
                # late?") makes the record "responded" while the truth says otherwise: it
                # is set aside, when the status shows it counts.
                want = self.by_name.get(name)
                if tm["kind"] == "other" and want is not None \
                        and self.status() != want["status"] and self.find("#message-not-survey"):
                    self.show(mid)
                    self.click_to_page(self.one("#message-not-survey"))
                    moved += 1
                    self.walk.log.append(f"{ref}: mail #{mid} ({file}) set aside: no reply")
                continue
            self.show(mid)
            if tm["association"] is None:
                button = self.find("#message-not-survey")
                if not button:
                    self.walk.findings.append(
                        f"{ref}: mail #{mid} ({file}, a {tm['kind']}) belongs to no "
                        f"association, but the item offers no way to set it aside")
                    continue
                self.click_to_page(button[0])
            else:
                if not self.find("#move-mail"):
                    self.walk.findings.append(
                        f"{ref}: mail #{mid} ({file}) is {tm['association']}'s, but the item "
                        f"offers no move for it")
                    continue
                self.click(self.one("#move-mail > summary"))
                self.type_into(self.one('#move-mail input[name="association"]'),
                               tm["association"])
                self.click_to_page(self.one("#move-mail-button"))
            moved += 1
            self.walk.log.append(f"{ref}: mail #{mid} ({file}) -> {tm['association']}")
        self.walk.moves += moved
        want = self.by_name.get(name)
        if want is None:  # not in the truth: nothing to compare; a person approves
            self.approve()
            return
        edited = self.edit_fields(want)
        if edited == 0 and moved and self.ref() == ref and not self.find("#reasons"):
            # The move settled it and the item left the queue: nothing to approve.
            self.click_to_page(self.one("#nav-review"))
            return
        if edited == 0 and moved == 0:
            self.walk.unchanged += 1
        if edited:
            self.walk.log.append(f"{ref} {name}: {edited} field(s) edited")
        self.walk.approved_as_truth.add(name)
        self.approve()

    def message_item(self, ref: str) -> None:
        mid = int(ref[1:])
        file = self.files.get(mid, "")
        tm = self.by_file.get(file)
        if tm is None or tm["association"] is None:
            self.click(self.one('input[name="not_survey"]'))
            self.walk.moves += 1
            self.walk.log.append(f"{ref}: mail #{mid} ({file}) not a survey reply")
            self.approve()
            return
        self.type_into(self.one('input[name="association"]'), tm["association"])
        self.click(self.one("#record h2"))  # leave the field (its list of names closes)
        self.walk.moves += 1
        want = self.by_name.get(tm["association"])
        edited = self.edit_fields(want) if want is not None else 0
        if want is not None:
            self.walk.approved_as_truth.add(tm["association"])
        self.walk.log.append(f"{ref}: mail #{mid} ({file}) -> {tm['association']}, "
                             f"{edited} field(s) edited")
        self.approve()

    def walk_queue(self) -> None:
        self.d.get(f"{self.base}/?token={TOKEN}")
        self.click_to_page(self.one("#nav-review"))
        self.walk.queue_start = self.queue_left()
        visits: dict[str, int] = {}
        stuck: set[str] = set()
        while self.queue_left() > 0:
            ref = self.ref()
            # past an item that does not leave the queue: "Nästa" until one that does
            while ref in stuck:
                following = self.find("#next")
                if not following:
                    return
                self.click_to_page(following[0])
                ref = self.ref()
            if ref is None:
                return
            visits[ref] = visits.get(ref, 0) + 1
            if visits[ref] >= MAX_VISITS:
                stuck.add(ref)
                self.walk.findings.append(f"{ref}: still in the queue after "
                                          f"{MAX_VISITS - 1} approvals")
                continue
            self.walk.items += 1
            self.walk.log.append(f"{ref}: opened ({self.find('#reasons')[0].text[:150]!r})"
                                 if self.find("#reasons") else f"{ref}: opened")
            if ref.startswith("a"):
                self.association_item(ref)
            else:
                self.message_item(ref)
            if self.ref() is None and self.queue_left() > 0:
                self.click_to_page(self.one("#nav-review"))


def _why(cfg: Config, name: str, wrong: list[tuple[str, Any, Any]],
         state_by_name: dict[str, Any], in_queue_at_start: set[str], approved: set[str]
         ) -> str:
    fields = ", ".join(f"{f} {got!r:.40} (truth {want!r:.40})" for f, got, want in wrong)
    editable = {"status", "wants_interview", *cfg.survey.keys}
    fixed_only_by_mail = [f for f, _g, _w in wrong if f not in editable]
    if fixed_only_by_mail:
        why = ("bounced is no field on the review form (`intake set` has it): it follows "
               "the mail, and the mail was not moved where it had to be")
    elif name in approved:
        why = ("approved showing the truth, and changed by the approval itself: approving "
               "confirms a mail in doubt (sender mismatch, name match), whose answers then "
               "replace the ones the form showed, unseen")
    elif name not in in_queue_at_start and not state_by_name[name]["needs_review"]:
        why = ("never in the queue and not flagged: a silent error the pages do not show, "
               "and an association's page offers no form when it is out of the queue")
    else:
        why = "was in the queue, still wrong after it emptied"
    return f"{name}: {fields}: {why}"


def walk_corpus(folder: Path, work: Path) -> Walk:
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    walk = Walk(folder.name)
    cfg = corpus_config(folder, work)
    service.import_roster(cfg, folder / "roster.csv")
    service.import_paths(cfg, [folder / "messages"])
    before = export_pairs(cfg, truth, work / "before.json")
    walk.right_before, walk.fields = _right(before)
    exported = {a["association"]: a for a in json.loads(
        (work / "before.json").read_text("utf-8"))["associations"]}
    files = origins(work / "walk.db", folder)
    from svarsinkorg import review

    queued = {i.title for i in review.load_queue(cfg) if i.kind == "association"}
    with serve(cfg) as base, driven_chromium(work / "profile") as driver:
        Coordinator(driver, base, cfg, truth, files, walk).walk_queue()
    after = walk.after = export_pairs(cfg, truth, work / "after.json")
    walk.right_after, _n = _right(after)
    for name, pairs in after.items():
        wrong = [p for p in pairs if p[1] != p[2]]
        if wrong:
            walk.left.append(_why(cfg, name, wrong, exported, queued,
                                  walk.approved_as_truth))
    return walk


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--details", action="store_true", help="every move and edit")
    args = ap.parse_args(argv)
    total = Walk("total")
    print(HEADER)
    walks = []
    for folder in args.folders:
        with tempfile.TemporaryDirectory() as tmp:
            started = time.monotonic()
            w = walk_corpus(folder, Path(tmp))
        walks.append(w)
        total.add(w)
        print(w.row() + f"   ({time.monotonic() - started:.0f} s)", flush=True)
    print(total.row())
    print("(queue: items at the start; items: opened, a returning one again; unchanged: "
          "approved as shown; edits: fields changed; moves: mails moved, set aside or "
          "assigned; actions: clicks + fields typed; right: the export's fields equal to "
          "the truth; left: associations still wrong)")
    for w in walks:
        for line in (w.log if args.details else []):
            print(f"  {w.corpus} {line}")
        for line in w.findings:
            print(f"  {w.corpus} FINDING {line}")
        for line in w.left:
            print(f"  {w.corpus} LEFT {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
