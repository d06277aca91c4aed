"""Realistic replies the parsers were not written against (tests/data/unseen, built by
tests/data/make_unseen.py): every field of every mail against the record a person wrote."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from helpers import make_config

from svarsinkorg.intake.addresses import normalize_address
from svarsinkorg.intake.match import RosterEntry
from svarsinkorg.intake.roster import read_roster
from svarsinkorg.parsers.text import normalize_ws
from svarsinkorg.pipeline import parse_message

DATA = Path(__file__).resolve().parent / "data" / "unseen"
EXPECTED: dict[str, dict[str, Any]] = json.loads(
    (DATA / "expected.json").read_text(encoding="utf-8")
)
KEYS = ["about", "works_against_segregation", "how", "obstacles_opportunities"]

# Cases the parsers do not get right yet, with the reason (strict: a fix must remove them).
XFAIL: dict[str, str] = {}


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, list[RosterEntry], dict]:
    cfg = make_config(tmp_path_factory.mktemp("unseen"))
    rows = read_roster(DATA / "roster.csv").rows
    roster = [
        RosterEntry(i, r.name, tuple(normalize_address(e) or e for e in r.emails))
        for i, r in enumerate(rows)
    ]
    return cfg.survey, roster, {i: r.name for i, r in enumerate(rows)}


def _norm(v: Any) -> Any:
    return normalize_ws(v) if isinstance(v, str) else v


def _params() -> list[Any]:
    out = []
    for name in sorted(EXPECTED):
        marks = [pytest.mark.xfail(strict=True, reason=XFAIL[name])] if name in XFAIL else []
        out.append(pytest.param(name, id=name.removesuffix(".eml"), marks=marks))
    return out


@pytest.mark.parametrize("name", _params())
def test_unseen_reply(setup: tuple[Any, list[RosterEntry], dict], name: str) -> None:
    survey, roster, names = setup
    want = EXPECTED[name]
    parsed = parse_message((DATA / name).read_bytes(), survey, roster)
    got = {
        "kind": parsed.kind,
        "association": names.get(parsed.association_id),
        "wants_interview": parsed.wants_interview,
        "answers": {k: _norm(parsed.answers.get(k, {}).get("value")) for k in KEYS},
    }
    expected = {
        "kind": want["kind"],
        "association": want["association"],
        "wants_interview": want["wants_interview"],
        "answers": {k: _norm(want["answers"][k]) for k in KEYS},
    }
    assert got == expected


def test_corpus_is_complete() -> None:
    files = {p.name for p in DATA.glob("*.eml")}
    assert files == set(EXPECTED)
    assert len(files) >= 40
