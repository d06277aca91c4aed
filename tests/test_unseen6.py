"""The sixth unseen corpus (tests/corpora/unseen6, written before issue 9's parser work by
someone who had not read the parser): every mail's kind, association, interview wish and
answers, read alone, as its truth.json says; and no answer field wrong without a flag."""

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

FOLDER = Path(__file__).resolve().parent / "corpora" / "unseen6"
TRUTH = json.loads((FOLDER / "truth.json").read_text(encoding="utf-8"))
SCORED = [m for m in TRUTH["messages"] if "answers" in m]


def _norm(v: Any) -> Any:
    return normalize_ws(v) if isinstance(v, str) else v


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, list[RosterEntry], dict]:
    cfg = make_config(tmp_path_factory.mktemp("unseen6"))
    rows = read_roster(FOLDER / "roster.csv").rows
    roster = [RosterEntry(i, r.name, tuple(normalize_address(e) or e for e in r.emails))
              for i, r in enumerate(rows)]
    return cfg, roster, {i: r.name for i, r in enumerate(rows)}


@pytest.mark.parametrize("m", SCORED, ids=[Path(m["file"]).stem for m in SCORED])
def test_unseen6_message(setup: tuple[Any, list[RosterEntry], dict], m: dict[str, Any]) -> None:
    cfg, roster, names = setup
    p = parse_message((FOLDER / m["file"]).read_bytes(), cfg.survey, roster, cfg.limits)
    kinds = [m["kind"], *m.get("kind_also_accepted", [])]
    got = {
        "kind": m["kind"] if p.kind in kinds else p.kind,
        "association": names.get(p.association_id),
        "wants_interview": p.wants_interview,
        "answers": {k: _norm((p.answers.get(k) or {}).get("value")) for k in cfg.survey.keys},
    }
    want = {
        "kind": m["kind"],
        "association": m["association"],
        "wants_interview": m.get("wants_interview", False),
        "answers": {k: _norm(m["answers"].get(k)) for k in cfg.survey.keys},
    }
    assert got == want


def test_corpus_is_complete() -> None:
    files = {f"messages/{p.name}" for p in (FOLDER / "messages").glob("*.eml")}
    assert files == {m["file"] for m in TRUTH["messages"]}
    assert len(SCORED) >= 40
