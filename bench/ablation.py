"""Ablation: switch one extraction step off and see whether the self-check flags what goes wrong.

    python bench/ablation.py [--steps closing_rules,quote_cut] [--jobs 2] [--records]
                             [--silent] [corpus folders ...]  (default: tests/corpora/*/)

A fresh corpus written by someone who never saw the parser brings shapes no rule knows; the
reading then fails in one step and the answers come out wrong. That cannot be measured on
corpora the rules were fitted to, except by taking a rule away: each step below is
monkeypatched, in a process of its own, to its "found nothing" result (no quote found, no
closing cut, no heading recognised, no yes/no in prose, ...) in every module that uses it,
the self-check's own modules excepted (`parsers/selfcheck.py`, `parsers/reply_doubts.py`:
they judge the result, they are not the step under test). The whole scorer of
bench/score_corpus.py then runs over the corpora. A good self-check flags the wrong fields
an ablation produces (`wrong SILENT` stays small) without flagging every mail.

Per step: fields lost (right fields fewer than with the step on), wrong fields flagged, wrong
fields SILENT per message (M) and, with --records, per association record (A), and the flag
rate of messages (and records). --silent lists every silent wrong field (the material for
new self-check reasons). About 4 ms a mail: the message level of ~1,300 mails takes ~10 s
a step; --records adds the import into a fresh SQLite store per corpus (~40 s a step).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import score_corpus as sc  # noqa: E402  (bench/ is on the path only from here)

NEVER = re.compile(r"(?!x)x")  # a regex that finds nothing


def _identity(x: Any, *_: Any, **__: Any) -> Any:
    return list(x) if isinstance(x, (list, tuple)) else x


def _none(*_: Any, **__: Any) -> None:
    return None


def _false(*_: Any, **__: Any) -> bool:
    return False


def _empty_list(*_: Any, **__: Any) -> list[Any]:
    return []


def _empty_set(*_: Any, **__: Any) -> set[Any]:
    return set()


def _found_nothing(*_: Any, **__: Any) -> Any:
    from svarsinkorg.parsers.markers import Found
    return Found()


def _no_position(*_: Any, **__: Any) -> Any:
    from svarsinkorg.parsers.prose import _ByPosition
    return _ByPosition()


def _no_note(value: str, *_: Any) -> tuple[str, set[int]]:
    return value, set()


# step -> (what it is, [(module under svarsinkorg.parsers, attribute, replacement)])
Patch = tuple[str, str, Any]
STEPS: dict[str, tuple[str, list[Patch]]] = {
    "quote_cut": ("where the quoted original begins (header, separator, '>' lines)",
                  [("quotes", "_find_cut", _none)]),
    "attribution": ("the 'On ... wrote:' attribution line's shape",
                    [("quotes", "_attribution_shape", _false)]),
    "signature_block": ("signature, disclaimer and device footer blocks in own text",
                        [("quotes", "clean_block", _identity)]),
    "greeting": ("a greeting line or a greeting opening the first paragraph",
                 [("framing", "strip_greeting", _identity),
                  ("framing", "_greeting_line", _false)]),
    "preamble": ("a first paragraph on how the reply came about",
                 [("framing", "_is_preamble", _false)]),
    "closing_par": ("a closing paragraph after the answers (thanks, contact)",
                    [("framing", "_is_closing_par", _false)]),
    "closing_rules": ("the sign-off and closing sentences under the last answer",
                      [("framing", "_trim_closing_rules", _identity)]),
    "line_model": ("the learned line model's closing lines",
                   [("framing", "cut_closing_lines", _identity)]),
    "sign_off_alone": ("a sign-off alone where the last answer would be",
                       [("framing", "only_sign_off", _false)]),
    "list_markers": ("other numberings read as numbers (bare '1 ', 'a)', 'i.', inline '1) 2)')",
                     [("markers", "bare_numbers_as_markers", _identity),
                      ("markers", "sequence_markers_as_numbers", _identity),
                      ("markers", "split_inline_numbering", _identity)]),
    "bullets": ("a bulleted list, one bullet per question",
                [("markers", "bullets_as_numbers", _identity)]),
    "headings": ("headings in the writer's own words (the one pass over the reply)",
                 [("heading_pass", "structural_headings", _empty_set)]),
    "own_questions": ("the writer's own questions as headings ('Vilka är vi?')",
                      [("markers", "_own_headings", _empty_set)]),
    "named_by_number": ("answers named by number in a sentence ('fråga 3 ska vara:')",
                        [("answers", "_answers_named_by_number", _found_nothing)]),
    "intro_first": ("an intro paragraph above the markers as question 1",
                    [("answers", "_intro_as_first_answer", _none)]),
    "by_position": ("paragraphs in question order, no headings",
                    [("prose", "answers_by_position", _no_position)]),
    "about_prose": ("plain prose describing the association as question 1",
                    [("prose", "about_from_prose", _none)]),
    "in_quote": ("answers typed into the quoted original",
                 [("answers", "_answers_in_quote", _found_nothing)]),
    "yes_no_prose": ("a yes/no left open taken from a statement in another answer",
                     [("answers", "_yes_no_from_prose", _empty_list)]),
    "yes_no_statement": ("a yes or no said in a sentence ('ja vi jobbar mot segregation')",
                         [("statements", "yes_no_statement", _none)]),
    "yes_no_explanation": ("'Ja, genom läxhjälp' giving the follow-up its explanation",
                           [("yes_no", "split_yes_no_explanation", _none)]),
    "deferral": ("a promise to answer later ('återkommer', 'prata i styrelsen först')",
                 [("cues", "DEFERS", NEVER), ("answers", "_DEFERRED", NEVER),
                  ("answers", "_put_off", _false)]),
    "skips": ("a skipped question and notes on other questions under an answer",
              [("answers", "_skipped", _false), ("cues", "SKIPS", NEVER),
               ("answers", "_note_on_other_questions", _no_note)]),
    "decline": ("a reply declining to take part",
                [("cues", "declines", _false), ("decline", "only_declines", _false)]),
    "interview": ("a wish to be interviewed / to talk instead",
                  [("interview", "wants_interview", _false)]),
    "drop_interview": ("the wish to talk taken out of the answer it was written into",
                       [("answers", "_drop_interview_wishes", _none)]),
    "own_label": ("the writer's label opening an answer ('Svar:', 'Om oss:')",
                  [("answers", "_strip_own_label", _empty_list),
                   ("answers", "_strip_common_label", _none)]),
    "quoted_questions": ("an answer cut where it runs into the survey's own question texts",
                         [("answers", "_drop_quoted_questions", _empty_list)]),
}

# judged, never ablated: the self-check is what is measured
_JUDGES = ("svarsinkorg.parsers.selfcheck", "svarsinkorg.parsers.reply_doubts")


def apply(step: str) -> None:
    """Switch STEP off in this process: every module binding the original gets the stub."""
    import importlib

    import svarsinkorg.pipeline
    import svarsinkorg.service  # noqa: F401

    for mod_name, attr, stub in STEPS[step][1]:
        mod = importlib.import_module(f"svarsinkorg.parsers.{mod_name}")
        orig = getattr(mod, attr)
        for name, m in list(sys.modules.items()):
            if not name.startswith("svarsinkorg") or name in _JUDGES or m is None:
                continue
            for k, v in list(vars(m).items()):
                if v is orig:
                    setattr(m, k, stub)


@dataclass
class Row:
    """One step's scores over all the corpora: per message (m) and per record (a)."""
    step: str
    m: sc.Score = field(default_factory=sc.Score)
    a: sc.Score = field(default_factory=sc.Score)
    silent: list[str] = field(default_factory=list)
    seconds: float = 0.0


def run(step: str, folders: list[str], records: bool) -> Row:
    """Score FOLDERS with STEP off ("" for none), in this (fresh) process."""
    if step:
        apply(step)
    row = Row(step or "(none)")
    tally = sc._tally
    silent: list[str] = []

    def keep_silent(score: Any, unit: str, pairs: list[tuple[str, Any, Any]], flagged: bool,
                    *rest: Any) -> None:  # the whole wrong value, not the report's excerpt
        if not flagged and score.by_reason is not None:
            silent.extend(f"{unit} {f}: got {got!r} want {want!r}"
                          for f, got, want in pairs if got != want)
        tally(score, unit, pairs, flagged, *rest)

    sc._tally = keep_silent
    t0 = time.perf_counter()
    for f in folders:
        folder = Path(f)
        truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        with tempfile.TemporaryDirectory() as tmp:
            cfg = sc.corpus_config(folder, Path(tmp))
            row.m.add(sc.score_messages(folder, cfg, truth))
            row.silent += [f"{folder.name}/{d}" for d in silent]
            silent.clear()
            if records:
                row.a.add(sc.score_associations(folder, cfg, truth))
                silent.clear()
    row.seconds = time.perf_counter() - t0
    return row


def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:.1f} %" if d else "-"


def table(rows: list[Row], base: Row, records: bool) -> list[str]:
    head = (f"{'step':<20} {'lost':>5} {'wrong flagged':>13} {'SILENT M':>8}"
            + (f" {'SILENT A':>8}" if records else "") + f" {'mails flagged':>13}"
            + (f" {'records flagged':>15}" if records else ""))
    out = [head]
    for r in [base, *rows]:
        out.append(f"{r.step:<20} {base.m.fields_right - r.m.fields_right:>5} "
                   f"{r.m.wrong_flagged:>13} "
                   f"{r.m.wrong_silent:>8}" + (f" {r.a.wrong_silent:>8}" if records else "")
                   + f" {_pct(r.m.units_flagged, r.m.units):>13}"
                   + (f" {_pct(r.a.units_flagged, r.a.units):>15}" if records else ""))
    total_m = sum(r.m.wrong_silent - base.m.wrong_silent for r in rows)
    total_a = sum(r.a.wrong_silent - base.a.wrong_silent for r in rows)
    out.append(f"{'total (over base)':<20} "
               f"{sum(base.m.fields_right - r.m.fields_right for r in rows):>5} "
               f"{sum(r.m.wrong_flagged - base.m.wrong_flagged for r in rows):>13} {total_m:>8}"
               + (f" {total_a:>8}" if records else ""))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="*")
    ap.add_argument("--steps", help="comma-separated steps (default: all): " + ", ".join(STEPS))
    ap.add_argument("--jobs", type=int, default=1, help="processes (at most 2)")
    ap.add_argument("--records", action="store_true",
                    help="also score the association records (slower)")
    ap.add_argument("--silent", action="store_true", help="list every silent wrong field")
    args = ap.parse_args(argv)
    folders = args.folders or sorted(str(p) for p in (ROOT / "tests" / "corpora").glob("*/")
                                     if (p / "truth.json").exists())
    steps = args.steps.split(",") if args.steps else list(STEPS)
    unknown = [s for s in steps if s not in STEPS]
    if unknown:
        ap.error(f"unknown steps: {', '.join(unknown)} (known: {', '.join(STEPS)})")
    jobs = max(1, min(args.jobs, 2))
    t0 = time.perf_counter()
    # a fresh process per step: no stub, and no cache filled under one, outlives its step
    with ProcessPoolExecutor(jobs, mp_context=get_context("spawn"), max_tasks_per_child=1) as ex:
        futures = [ex.submit(run, s, folders, args.records) for s in ["", *steps]]
        base, *rows = [f.result() for f in futures]
    print(f"ablation over {len(folders)} corpora, {base.m.units} mails"
          + (f", {base.a.units} records" if args.records else "")
          + f" ({time.perf_counter() - t0:.0f} s)")
    print("lost: right fields fewer than with every step on; SILENT M/A: wrong fields not "
          "flagged, per message / per record")
    for line in table(rows, base, args.records):
        print(line)
    if args.silent:
        for r in rows:
            for s in r.silent:
                if s not in base.silent:
                    print(f"[{r.step}] {s}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
