"""Every parse result, one line per message, to diff before and after a speed change.

    python bench/parse_digest.py > /tmp/before.txt     # on the old code
    python bench/parse_digest.py > /tmp/after.txt      # on the new code
    diff /tmp/before.txt /tmp/after.txt                # must print nothing

Parses (pipeline.parse_message, in this process) every message of tests/corpora/*/, the
shared samples (/work/shared/samples, when present), examples/replies and the synthetic
corpus (`--size`, all kinds: body, DOCX, PDF, XLSX, auto-replies, bounces), each with its
own roster and survey, and prints per message its name and a digest of every field of the
ParsedMessage (reasons, notes, answers with their raw text and source included). With
--full the fields themselves are printed instead of the digest (to see what changed).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import sys
import tomllib
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import synthetic  # noqa: E402

SAMPLES = Path("/work/shared/samples")


def _survey(folder: Path | None) -> Any:
    from svarsinkorg.config import example_config_path, parse_config

    own = folder / "config.toml" if folder else None
    path = own if own and own.exists() else example_config_path()
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    raw["store"] = {"url": "sqlite://"}
    cfg = parse_config(raw, path)
    return cfg.survey, cfg.limits


def _roster(csv: Path) -> list[Any]:
    from svarsinkorg.intake.addresses import normalize_address
    from svarsinkorg.intake.match import RosterEntry
    from svarsinkorg.intake.roster import read_roster

    rows = read_roster(csv).rows
    return [RosterEntry(i + 1, r.name, tuple(normalize_address(e) or e for e in r.emails))
            for i, r in enumerate(rows)]


def _sets(size: int, seed: int) -> list[tuple[str, list[Path], Path, Path | None]]:
    """(label, message files, roster, folder with a config.toml or None)."""
    out = []
    for folder in sorted((ROOT / "tests" / "corpora").glob("*/")):
        if (folder / "messages").is_dir():
            out.append((folder.name, sorted((folder / "messages").glob("*.eml")),
                        folder / "roster.csv", folder))
    if (SAMPLES / "messages").is_dir():
        out.append(("samples", sorted((SAMPLES / "messages").rglob("*.eml")),
                    SAMPLES / "roster.csv", None))
    ex = ROOT / "examples"
    if (ex / "replies").is_dir():
        out.append(("examples", sorted((ex / "replies").rglob("*.eml")), ex / "roster.csv", None))
    if size:
        corpus = synthetic.generate(size, seed)
        out.append((f"synthetic{size}", sorted(corpus.files()), corpus.roster, None))
    return out


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=int, default=1000, help="synthetic corpus (0: none)")
    ap.add_argument("--seed", type=int, default=2020)
    ap.add_argument("--full", action="store_true", help="print the fields, not a digest")
    args = ap.parse_args()

    from svarsinkorg.parsers.attachments import shutdown
    from svarsinkorg.pipeline import parse_message

    try:
        for label, files, roster_csv, folder in _sets(args.size, args.seed):
            survey, limits = _survey(folder)
            roster = _roster(roster_csv)
            for f in files:
                try:
                    got: Any = _plain(parse_message(f.read_bytes(), survey, roster, limits))
                except Exception as exc:  # a crash is a result too
                    got = f"{type(exc).__name__}: {exc}"
                text = repr(got)
                shown = text if args.full else hashlib.sha256(text.encode()).hexdigest()[:16]
                print(f"{label}/{f.name}\t{shown}")
    finally:
        shutdown()


if __name__ == "__main__":
    main()
