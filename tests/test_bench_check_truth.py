"""bench/check_truth.py, the corpus writer's mechanical check: a clean corpus passes, and each
kind of truth mistake a writer makes is named (docs/measuring.md)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from helpers import bench_module

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpora" / "unseen73"  # its own config.toml: other question keys


def _copy(tmp_path: Path) -> tuple[Path, dict]:
    folder = tmp_path / "c"
    shutil.copytree(CORPUS, folder)
    return folder, json.loads((folder / "truth.json").read_text("utf-8"))


def test_a_clean_corpus_passes() -> None:
    r = bench_module("check_truth").check(CORPUS)
    assert r.errors == []
    assert r.warnings == []


def test_each_truth_mistake_is_named(tmp_path: Path) -> None:
    folder, truth = _copy(tmp_path)
    replies = [m for m in truth["messages"]
               if "answers" in m and isinstance(m["answers"].get("about"), str)]
    typo, unsourced = replies[0], replies[1]
    typo["answers"]["about"] = typo["answers"]["about"] + " och mer som aldrig skrevs"
    del unsourced["answer_sources"]["about"]
    truth["messages"][0]["association"] = "Föreningen som inte finns"
    (folder / "truth.json").write_text(json.dumps(truth, ensure_ascii=False), "utf-8")
    (folder / "messages" / "99_extra.eml").write_bytes(b"From: a@b.se\n\nhej\n")
    r = bench_module("check_truth").check(folder)
    assert f"{unsourced['file']}: answer_sources lacks about" in r.errors
    assert "messages/99_extra.eml: no truth entry" in r.errors
    assert any("Föreningen som inte finns" in e for e in r.errors)
    assert any(w.startswith(f"{typo['file']}: about not found verbatim") for w in r.warnings)
