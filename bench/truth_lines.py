"""What both model trainers (train_line_model.py, train_aside_model.py) read from a corpus
reply: its own lines as the parser sees them, and whether a line holds true answer text."""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from svarsinkorg.config import Question
from svarsinkorg.intake.decode import decode_message
from svarsinkorg.parsers.lines import to_lines
from svarsinkorg.parsers.markers import (
    bare_numbers_as_markers,
    sequence_markers_as_numbers,
    split_inline_numbering,
)
from svarsinkorg.parsers.quotes import plain, split_reply, text_above_quote
from svarsinkorg.parsers.text import match_key, split_sentences

# A line's lead before its answer: a number ("2.", "Fråga 3:"), a bullet, a short label
# ("Hinder: ").
ANSWER_LEAD = re.compile(
    r"^\s*(?:[-•*–·>]\s*)*(?:\(?\s*(?:fråga|question|svar|answer|q|f)?\s*\d{1,2}\s*[.:)\]\-–—]+\s*)?"
    r"(?:[^.:!?\d]{1,40}?(?::|\s[-–—→])\s+)?", re.I)


def survey_questions(folder: Path) -> tuple[Question, ...]:
    """The survey questions of the corpus in FOLDER (its config as bench/score_corpus.py
    makes it)."""
    from score_corpus import corpus_config  # bench/ is on sys.path: the trainers run there

    with tempfile.TemporaryDirectory() as tmp:
        return tuple(corpus_config(folder, Path(tmp)).survey.questions)


def replies_with_answers(corpus: Path, *, skip_blank: bool = False
                         ) -> Iterator[tuple[dict[str, Any], list[str]]]:
    """Each reply of CORPUS's truth with text answers read from its body: (the truth's
    message entry, the match keys of those answers). SKIP_BLANK leaves out answers that are
    only white space."""
    truth = json.loads((corpus / "truth.json").read_text("utf-8"))
    for m in truth["messages"]:
        answers = m.get("answers")
        if not answers or m.get("kind") != "reply":
            continue
        sources = m.get("answer_sources", {})
        keys = [match_key(v) for k, v in answers.items()
                if isinstance(v, str) and (v.strip() or not skip_blank)
                and sources.get(k, "body") == "body"]
        if keys:
            yield m, keys


def own_lines(raw: bytes, n_questions: int, *, signature: bool) -> list[str]:
    """The reply's own lines as `extract_answers` sees them, quoted lines blank. SIGNATURE:
    the text down to the quote with the signature the quote splitter would strip still in
    it (talon's view: more closings to learn from, in every language of the corpora)."""
    text = decode_message(raw).text or ""
    text = bare_numbers_as_markers(text, n_questions)
    text = sequence_markers_as_numbers(text, n_questions)
    text = split_inline_numbering(text, n_questions)
    if signature:
        return [plain(ln) for ln in text_above_quote(text).splitlines()]
    return ["" if ln.quoted else ln.text for ln in to_lines(split_reply(text).own)]


def _in(key: str, answer_keys: list[str]) -> bool:
    return bool(key) and any(f" {key} " in f" {a} " for a in answer_keys)


def holds_answer(lines: list[str], i: int, answer_keys: list[str]) -> bool:
    """Line I holds true answer text. A short line must be a whole answer or read on with
    the line above or below it inside one answer: an association's name signed under the
    answers is not answer text because the first answer names it too."""
    line = lines[i]
    keys = [match_key(part) for part in (line, ANSWER_LEAD.sub("", line, count=1))]
    if any(k in answer_keys for k in keys if k):
        return True
    if len(match_key(line).split()) >= 4:
        if any(_in(k, answer_keys) for k in keys if len(k) >= 3):
            return True
        # an answer's sentence and something else on one line ("... möjlighet. Tack, Zahra")
        return any(len(k.split()) >= 3 and any(k in a for a in answer_keys)
                   for k in (match_key(s) for s in split_sentences(line)))
    prev = lines[i - 1] if i > 0 else ""
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    return any(_in(match_key(f"{a} {b}"), answer_keys) and len(match_key(f"{a} {b}").split()) >= 4
               for a, b in ((prev, line), (line, nxt), (ANSWER_LEAD.sub("", prev, count=1), line))
               if a.strip() and b.strip())
