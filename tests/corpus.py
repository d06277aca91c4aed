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
