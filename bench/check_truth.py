"""Mechanical checks of a corpus folder before it is scored (roster.csv, messages/*.eml,
truth.json, optional config.toml): the checks a corpus writer runs on their own truth.

    python bench/check_truth.py tests/corpora/<name>

ERROR lines must be fixed (a file with no truth entry, a name not in the roster, a non-null
answer with no source, a source naming no part of the mail); WARN lines are to be read (an
answer whose words are not found verbatim in the part it names: a typo, or a picture).
The procedure these checks belong to is docs/measuring.md."""

from __future__ import annotations

import csv
import json
import re
import sys
import tomllib
from pathlib import Path
from typing import Any

from svarsinkorg.config import Limits
from svarsinkorg.intake.decode import decode_message
from svarsinkorg.parsers.attachments import read_attachment_in_process

KINDS = ("reply", "auto_reply", "bounce", "other", "own")
STATUSES = ("responded", "late", "no_response")
_QUOTE = re.compile(r"(?m)^[ \t]*(>[ \t]?)+")


def _norm(text: str) -> str:
    """TEXT without quote marks, every whitespace run one space: how answers are compared."""
    return re.sub(r"\s+", " ", _QUOTE.sub("", text).replace("\u00a0", " ")).strip()


def _loose(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


class Report:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def error(self, msg: str) -> None:
        self.errors.append(msg)

    def warn(self, msg: str) -> None:
        self.warnings.append(msg)


def _questions(folder: Path) -> tuple[list[str], set[str]]:
    if not (folder / "config.toml").exists():
        return (["about", "works_against_segregation", "how", "obstacles_opportunities"],
                {"works_against_segregation"})
    qs = tomllib.loads((folder / "config.toml").read_text("utf-8"))["survey"]["questions"]
    return [q["key"] for q in qs], {q["key"] for q in qs if q.get("kind") == "yes_no"}


def _parts(raw: bytes) -> dict[str, str]:
    """The mail's parts as normalised text: "body" (plain and HTML) and each attachment."""
    decoded = decode_message(raw)
    html = re.sub(r"<[^>]+>", " ", decoded.html or "")
    parts = {"body": _norm(decoded.text) + " " + _norm(html)}
    for a in decoded.attachments:
        read = read_attachment_in_process(a.filename or "", a.content_type or "", a.data, Limits())
        parts[a.filename or ""] = _norm(read.text or "")
    return parts


def _check_answers(r: Report, m: dict[str, Any], keys: list[str], yes_no: set[str],
                   parts: dict[str, str]) -> None:
    f, answers = m["file"], m["answers"]
    r.errors += [f"{f}: answer key {k!r} is no question key" for k in answers if k not in keys]
    r.errors += [f"{f}: answers lacks {k!r} (use null)" for k in keys if k not in answers]
    sources = m.get("answer_sources") or {}
    if not m.get("answer_sources") and any(v is not None for v in answers.values()):
        r.error(f"{f}: no answer_sources")
    for k, v in answers.items():
        if v is None:
            if k in sources:
                r.error(f"{f}: answer_sources names {k} but the answer is null")
            continue
        if k in yes_no and not isinstance(v, bool):
            r.error(f"{f}: {k} must be true, false or null")
        elif k not in yes_no and (not isinstance(v, str) or not v.strip()):
            r.error(f"{f}: {k} must be a non-empty string or null")
        if k not in sources:
            r.error(f"{f}: answer_sources lacks {k}")
        elif sources[k] not in parts:
            r.error(f"{f}: answer_sources[{k}]={sources[k]!r} names no part ({list(parts)})")
        elif isinstance(v, str) and _norm(v) not in parts[sources[k]]:
            if _loose(v) in _loose(parts[sources[k]]):
                r.warn(f"{f}: {k} found only ignoring punctuation in {sources[k]}")
            else:
                r.warn(f"{f}: {k} not found verbatim in {sources[k]}: {v[:70]!r}")


def check(folder: Path) -> Report:
    r = Report()
    keys, yes_no = _questions(folder)
    roster = (folder / "roster.csv").read_text("utf-8").splitlines()
    names = [row["name"] for row in csv.DictReader(roster)]
    truth = json.loads((folder / "truth.json").read_text("utf-8"))
    files = {f"messages/{p.name}" for p in (folder / "messages").glob("*.eml")}
    listed = [m["file"] for m in truth["messages"]]
    r.errors += [f"{f}: no truth entry" for f in sorted(files - set(listed))]
    r.errors += [f"{f}: truth entry but no file" for f in listed if f not in files]
    if len(set(listed)) != len(listed):
        r.error("a file appears twice in truth messages")
    associations = truth.get("associations")  # optional in the corpora's format
    if associations is not None and [a["name"] for a in associations] != names:
        r.error("associations must be one per roster row, in roster order, named as in the roster")
    by_association: dict[str, list[dict[str, Any]]] = {}
    for m in truth["messages"]:
        f = m["file"]
        if m["kind"] not in KINDS:
            r.error(f"{f}: kind {m['kind']!r}")
        if m["association"] is not None and m["association"] not in names:
            r.error(f"{f}: association {m['association']!r} is not in the roster")
        if m.get("must_not_flag") and (m["kind"] != "reply" or "answers" not in m):
            r.error(f"{f}: must_not_flag only on replies with answers")
        if m["kind"] == "reply" and "answers" not in m:
            r.warn(f"{f}: a reply without per-message answers")
        if "answers" in m and f in files:
            by_association.setdefault(m["association"], []).append(m)
            _check_answers(r, m, keys, yes_no, _parts((folder / f).read_bytes()))
    for a in associations or []:
        if a["status"] not in STATUSES:
            r.error(f"{a['name']}: status {a['status']!r}")
        msgs = by_association.get(a["name"], [])
        for k, v in (a.get("answers") or {}).items():
            if v is not None and not any(m["answers"].get(k) == v for m in msgs):
                r.warn(f"{a['name']}: {k} is no single message's answer (a correction?)")
        replied = any(m["kind"] == "reply" and m["association"] == a["name"]
                      for m in truth["messages"])
        if a["status"] != "no_response" and not replied:
            r.error(f"{a['name']}: status {a['status']} but no reply")
    return r


def main(argv: list[str]) -> int:
    folder = Path(argv[0])
    r = check(folder)
    for line in r.errors:
        print("ERROR", line)
    for line in r.warnings:
        print("WARN ", line)
    print(f"{len(list((folder / 'messages').glob('*.eml')))} files, "
          f"{len(r.errors)} ERROR, {len(r.warnings)} WARN")
    return 1 if r.errors else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
