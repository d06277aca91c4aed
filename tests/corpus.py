"""Shared loading for the unseen-mail corpora in tests/data/: the expected records, the
roster as the parser sees it, and one pytest param per mail (strict xfails by name)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from helpers import make_config

from svarsinkorg.config import Survey
from svarsinkorg.intake.addresses import normalize_address
from svarsinkorg.intake.match import RosterEntry
from svarsinkorg.intake.roster import read_roster
from svarsinkorg.parsers.text import normalize_ws

KEYS = ["about", "works_against_segregation", "how", "obstacles_opportunities"]
DATA = Path(__file__).resolve().parent / "data"


def expected(folder: str) -> dict[str, dict[str, Any]]:
    return json.loads((DATA / folder / "expected.json").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Setup:
    survey: Survey
    roster: list[RosterEntry]
    names: dict[int, str]


def setup(folder: str, tmp: Path) -> Setup:
    cfg = make_config(tmp)
    rows = read_roster(DATA / folder / "roster.csv").rows
    roster = [
        RosterEntry(i, r.name, tuple(normalize_address(e) or e for e in r.emails))
        for i, r in enumerate(rows)
    ]
    return Setup(cfg.survey, roster, {i: r.name for i, r in enumerate(rows)})


def norm(v: Any) -> Any:
    return normalize_ws(v) if isinstance(v, str) else v


def params(cases: dict[str, Any], xfail: dict[str, str]) -> list[Any]:
    out = []
    for name in sorted(cases):
        marks = [pytest.mark.xfail(strict=True, reason=xfail[name])] if name in xfail else []
        out.append(pytest.param(name, id=name.removesuffix(".eml"), marks=marks))
    return out


def check_full_record(corpus: Setup, folder: str, name: str, want: dict[str, Any]) -> None:
    """Parse one corpus mail and compare every field of the record a person wrote:
    kind (or an accepted alternative), association, bounces, interview wish, answers and
    where each came from, and a flagged problem where one is expected."""
    from svarsinkorg.pipeline import parse_message

    parsed = parse_message((DATA / folder / name).read_bytes(), corpus.survey, corpus.roster)
    kinds = [want["kind"], *want.get("kind_also_accepted", [])]
    got = {
        "kind": want["kind"] if parsed.kind in kinds else parsed.kind,
        "association": corpus.names.get(parsed.association_id),
        "bounced_addresses": sorted(parsed.bounced_addresses),
        "wants_interview": parsed.wants_interview,
        "answers": {k: norm(parsed.answers.get(k, {}).get("value")) for k in KEYS},
        "answer_sources": {
            k: parsed.answers[k].get("source")
            for k in KEYS
            if k in parsed.answers and parsed.answers[k].get("value") is not None
        },
    }
    expected = {
        "kind": want["kind"],
        "association": want["association"],
        "bounced_addresses": sorted(want["bounced_addresses"]),
        "wants_interview": want["wants_interview"],
        "answers": {k: norm(want["answers"][k]) for k in KEYS},
        "answer_sources": want["answer_sources"],
    }
    assert got == expected
    if "problem_contains" in want:
        assert any(want["problem_contains"] in p for p in parsed.problems), parsed.problems
