"""One loader for the corpora in tests/corpora/ (format: tests/corpora/README.md): every
folder with a truth.json is a corpus; its roster as the parser sees it; one pytest param
per mail or association (strict xfail where truth.json says "xfail"); and the field-by-field
comparison of a parsed mail with the record a person wrote."""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import pytest

from svarsinkorg.config import Config, Survey, example_config_path, parse_config
from svarsinkorg.intake.addresses import normalize_address
from svarsinkorg.intake.match import RosterEntry
from svarsinkorg.intake.roster import read_roster
from svarsinkorg.parsers.text import normalize_ws

CORPORA = Path(__file__).resolve().parent / "corpora"


@dataclass(frozen=True)
class Corpus:
    folder: Path

    @property
    def name(self) -> str:
        return self.folder.name

    @cached_property
    def truth(self) -> dict[str, Any]:
        return json.loads((self.folder / "truth.json").read_text(encoding="utf-8"))

    @property
    def messages(self) -> list[dict[str, Any]]:
        return self.truth["messages"]

    @property
    def associations(self) -> list[dict[str, Any]]:
        return self.truth.get("associations", [])

    @cached_property
    def known(self) -> dict[str, dict[str, str]]:
        """Known misses that are flagged for review: {"messages": {file: why},
        "associations": {name: why}} (known.json; absent: none)."""
        path = self.folder / "known.json"
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}

    def raw(self, message: dict[str, Any]) -> bytes:
        return (self.folder / message["file"]).read_bytes()

    def config(self, tmp: Path) -> Config:
        """The corpus's own config.toml if it has one, else the shipped example survey;
        the store in `tmp`."""
        own = self.folder / "config.toml"
        raw = tomllib.loads((own if own.exists() else example_config_path()).read_text("utf-8"))
        raw["store"] = {"url": f"sqlite:///{tmp / 'corpus.db'}"}
        return parse_config(raw, tmp / "config.toml")


def corpora(root: Path = CORPORA) -> list[Corpus]:
    """Every corpus folder, by name: a new folder is picked up with no code change."""
    return [Corpus(p.parent) for p in sorted(root.glob("*/truth.json"))]


def _marks(entry: dict[str, Any], known: dict[str, str]) -> list[Any]:
    # A known miss, strict: the fix must remove it ("xfail" in truth.json, or the corpus's
    # known.json: misses the parser flags for review, written by score_corpus --write-known).
    reason = entry.get("xfail") or known.get(entry.get("file") or entry.get("name", ""))
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


def corpus_params() -> list[Any]:
    return [pytest.param(c, id=c.name) for c in corpora()]


def message_params(*, only: str | None = None) -> list[Any]:
    """One param (corpus, message) per mail; `only`: those whose truth has that field."""
    def known(c: Corpus) -> dict[str, str]:
        # a must_not_flag mail flagged all the same is a known false alarm (known.json's
        # "false_alarms"), as a known miss is flagged
        if only == "must_not_flag":
            return {**c.known.get("messages", {}), **c.known.get("false_alarms", {})}
        return c.known.get("messages", {})

    return [
        pytest.param(c, m, id=f"{c.name}/{Path(m['file']).stem}", marks=_marks(m, known(c)))
        for c in corpora()
        for m in c.messages
        if only is None or m.get(only)
    ]


def association_params() -> list[Any]:
    return [
        pytest.param(c, a, id=f"{c.name}/{a['name']}",
                     marks=_marks(a, c.known.get("associations", {})))
        for c in corpora()
        for a in c.associations
    ]


@dataclass(frozen=True)
class Setup:
    """What parse_message needs besides the bytes: the survey and the roster, and the
    roster's names by id to compare associations by name."""

    survey: Survey
    roster: list[RosterEntry]
    names: dict[int, str]


def setup(corpus: Corpus, tmp: Path) -> Setup:
    cfg = corpus.config(tmp)
    rows = read_roster(corpus.folder / "roster.csv").rows
    roster = [
        RosterEntry(i, r.name, tuple(normalize_address(e) or e for e in r.emails))
        for i, r in enumerate(rows)
    ]
    return Setup(cfg.survey, roster, {i: r.name for i, r in enumerate(rows)})


def norm(v: Any) -> Any:
    return normalize_ws(v) if isinstance(v, str) else v


def unmarked_params(params: list[Any]) -> list[Any]:
    """The same params for the never-silently-wrong checks: known misses that are flagged
    must stay flagged (their xfail marks go); a known SILENT miss (a held-out corpus
    committed after it was measured) keeps its strict xfail, named SILENT in the output."""
    return [pytest.param(*p.values, id=p.id,
                         marks=[m for m in p.marks if m.kwargs.get("reason", "").startswith(
                             "SILENT")]) for p in params]


def check_message(s: Setup, corpus: Corpus, want: dict[str, Any]) -> list[str]:
    """Parse one corpus mail and compare every field its truth gives: kind (or an accepted
    alternative) and association always; bounces, interview wish, answers and where each
    came from where given; a review reason containing "must_flag" (test_not_flagged checks
    "must_not_flag")."""
    from svarsinkorg.pipeline import parse_message

    parsed = parse_message(corpus.raw(want), s.survey, s.roster)
    kinds = [want["kind"], *want.get("kind_also_accepted", [])]
    got: dict[str, Any] = {
        "kind": want["kind"] if parsed.kind in kinds else parsed.kind,
        "association": s.names.get(parsed.association_id),
    }
    expected: dict[str, Any] = {"kind": want["kind"], "association": want["association"]}
    keys = s.survey.keys
    if "bounced_addresses" in want:
        got["bounced_addresses"] = sorted(parsed.bounced_addresses)
        expected["bounced_addresses"] = sorted(want["bounced_addresses"])
    if "wants_interview" in want:
        got["wants_interview"] = parsed.wants_interview
        expected["wants_interview"] = want["wants_interview"]
    if "answers" in want:
        got["answers"] = {k: norm(parsed.answers.get(k, {}).get("value")) for k in keys}
        expected["answers"] = {k: norm(want["answers"].get(k)) for k in keys}
    if "answer_sources" in want:
        got["answer_sources"] = {
            k: parsed.answers[k].get("source")
            for k in keys
            if k in parsed.answers and parsed.answers[k].get("value") is not None
        }
        expected["answer_sources"] = want["answer_sources"]
    if got != expected:
        # Wrong, but is it at least flagged? The message says which, for the silent check.
        # An unmatched reply is flagged too: `intake review` lists it.
        reasons = list(parsed.problems)
        if parsed.kind == "reply" and parsed.association_id is None:
            reasons.append("unmatched reply")
        raise AssertionError(
            f"{'flagged: ' + '; '.join(reasons) if reasons else 'SILENT'}\n"
            f"got {got}\nwant {expected}")
    if "must_flag" in want:
        assert any(want["must_flag"] in p for p in parsed.problems), parsed.problems
    return parsed.problems
