"""Score the older unseen corpora (tests/data/unseen*, truth in expected.json, one entry per
mail) with the same numbers as score_corpus.py's per-message level: fields right, messages
fully right, wrong fields flagged and SILENT, messages flagged.

    python bench/score_legacy.py [tests/data/unseen ...] [--details]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path
from typing import Any

from score_corpus import Score, _norm, _tally, corpus_config

from svarsinkorg.intake.addresses import normalize_address
from svarsinkorg.intake.match import RosterEntry
from svarsinkorg.intake.roster import read_roster
from svarsinkorg.pipeline import parse_message

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def score(folder: Path, tmp: Path) -> Score:
    cfg = corpus_config(folder, tmp)
    rows = read_roster(folder / "roster.csv").rows
    roster = [RosterEntry(i, r.name, tuple(normalize_address(e) or e for e in r.emails))
              for i, r in enumerate(rows)]
    names = {i: r.name for i, r in enumerate(rows)}
    truth: dict[str, Any] = json.loads((folder / "expected.json").read_text("utf-8"))
    s = Score()
    for name, want in sorted(truth.items()):
        p = parse_message((folder / name).read_bytes(), cfg.survey, roster, cfg.limits)
        kinds = [want["kind"], *want.get("kind_also_accepted", [])]
        got_route = (want["kind"] if p.kind in kinds else p.kind, names.get(p.association_id))
        pairs: list[tuple[str, Any, Any]] = [
            ("kind+association", got_route, (want["kind"], want["association"])),
            ("wants_interview", p.wants_interview, want["wants_interview"]),
        ]
        for k in cfg.survey.keys:
            pairs.append((k, _norm((p.answers.get(k) or {}).get("value")),
                          _norm(want["answers"].get(k))))
        _tally(s, name, pairs, bool(p.problems), p.problems)
    return s


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--details", action="store_true")
    ap.add_argument("--flagged", action="store_true", help="list every flagged message")
    args = ap.parse_args()
    folders = args.folders or sorted(p for p in DATA.glob("unseen*") if p.is_dir())
    total = Score()
    for folder in folders:
        with tempfile.TemporaryDirectory() as tmp:
            s = score(folder, Path(tmp))
        print(s.line(folder.name))
        for f in ("units", "units_right", "fields", "fields_right", "wrong_flagged",
                  "wrong_silent", "units_flagged"):
            setattr(total, f, getattr(total, f) + getattr(s, f))
        if args.details:
            print("\n".join(s.details))
    print(total.line("all old corpora"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
