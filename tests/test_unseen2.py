"""The second corpus of unseen mail (tests/data/unseen2, built by tests/data/make_unseen2.py):
answers in attachments laid out the way people really do it, bounces from several mail
servers, automatic replies and the harder matching cases. Every field of every mail is
checked against the record a person wrote."""

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

DATA = Path(__file__).resolve().parent / "data" / "unseen2"
EXPECTED: dict[str, dict[str, Any]] = json.loads(
    (DATA / "expected.json").read_text(encoding="utf-8")
)
KEYS = ["about", "works_against_segregation", "how", "obstacles_opportunities"]

# Cases the parsers do not get right yet, with the reason (strict: a fix must remove them).
XFAIL: dict[str, str] = {}


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, list[RosterEntry], dict]:
    cfg = make_config(tmp_path_factory.mktemp("unseen2"))
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
def test_unseen2_message(setup: tuple[Any, list[RosterEntry], dict], name: str) -> None:
    survey, roster, names = setup
    want = EXPECTED[name]
    parsed = parse_message((DATA / name).read_bytes(), survey, roster)
    kinds = [want["kind"], *want.get("kind_also_accepted", [])]
    got = {
        "kind": want["kind"] if parsed.kind in kinds else parsed.kind,
        "association": names.get(parsed.association_id),
        "bounced_addresses": sorted(parsed.bounced_addresses),
        "wants_interview": parsed.wants_interview,
        "answers": {k: _norm(parsed.answers.get(k, {}).get("value")) for k in KEYS},
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
        "answers": {k: _norm(want["answers"][k]) for k in KEYS},
        "answer_sources": want["answer_sources"],
    }
    assert got == expected
    if "problem_contains" in want:
        assert any(want["problem_contains"] in p for p in parsed.problems), parsed.problems


def test_corpus_is_complete() -> None:
    files = {p.name for p in DATA.glob("*.eml")}
    assert files == set(EXPECTED)
    assert len(files) >= 40
