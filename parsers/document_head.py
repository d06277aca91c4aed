"""A document's own head above its answers: the association's name as a title, a date and
place, the addressee ("Till Malmö stad" / "Enheten för ..."), a subject line ("Angående
kartläggningen ...", "Svar till Malmö stads kartläggning, januari 2020"), a title naming the
questions the document answers over the first one's heading ("Svar fråga 3 och 4" over
"Fråga 3"). A mail has a
subject and a greeting instead; an attached letter or form has these lines, and set close
above the first heading they read as that heading's title, or as answer 1's first words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..config import Question
from .heading_pass import heading_scorer
from .text import normalize_ws
from .yes_no import parse_yes_no

_MAX_WORDS = 12
# a letter's subject line, whatever it says after the word: it heads the letter, not a
# question ("Angående ...", "Ang.:", "Ärende:", "Re:", "Subject:", "Regarding ...")
_SUBJECT = re.compile(
    r"(?i)^(?:angående|ang\.|ärende|ämne|betr(?:\.|äffande)|re:|subject|regarding|concerning"
    r"|svar\s+(?:till|på|från)|answers?\s+(?:to|from)|reply\s+to|response\s+to)\b")
# a line that opens an answer or a question by its number or label: never a title
_NUMBERED = re.compile(r"(?i)^\s*(?:(?:fråga|question|f|q)\s*)?\d{1,2}\s*[.):]"
                       r"|\b(?:fråga|frågorna|question)\s*(?:nr\.?\s*)?\d")

# a line that names two or more questions by number ("Svar fråga 3 och 4", "Frågorna 2-4",
# "Answers to questions 1, 2 and 3"): over a heading of one of them it is the document's
# title, never that one question's heading
_SEVERAL = re.compile(
    r"(?i)\b(?:fråg(?:a|or|orna)|questions?|q)\s*(?:nr\.?\s*)?\d{1,2}"
    r"(?:\s*(?:,|och|and|&|[-–]|till|to)\s*\d{1,2}\b)+")


def _names_several(line: str) -> bool:
    return len(line.split()) <= _MAX_WORDS and not line.rstrip().endswith(".") and bool(
        _SEVERAL.search(line))


def _short(line: str) -> bool:
    t = line.strip()
    return bool(t) and len(t.split()) <= _MAX_WORDS and not t.endswith(
        (".", "?", "!", ":", ";", ",")) and not _NUMBERED.match(t)


def _title(line: str, questions: tuple[tuple[int, Question], ...]) -> bool:
    """LINE may be a title of the document: short, no sentence, names no question."""
    if _NUMBERED.search(line) or (not _short(line) and not _SUBJECT.match(line.strip())):
        return False
    found, _ = heading_scorer(questions).candidates(normalize_ws(line))
    return not found


def without_head(text: str, questions: Sequence[Question]) -> str:
    """TEXT (an attachment's, in reading order) without the title lines at its top: each a
    short line that names no question and heads no prose of its own (the line under it is
    short too: another title, a heading), or a subject line. The first line that is prose,
    a heading naming a question, a numbered line, or a short line right above prose (a
    heading of the writer's own words) ends the head: from there on all is kept."""
    qs = tuple((i + 1, q) for i, q in enumerate(questions))
    lines = text.splitlines()
    filled = [k for k, ln in enumerate(lines) if ln.strip()]
    cut = 0
    for n, k in enumerate(filled):
        line = lines[k]
        below = lines[filled[n + 1]] if n + 1 < len(filled) else None
        if below is not None and _names_several(line) and _NUMBERED.match(below.strip()):
            cut = k + 1  # "Svar fråga 3 och 4" over "Fråga 3": the title of the two
            continue
        if below is None or not _title(line, qs):
            break
        if not _SUBJECT.match(line.strip()) and (
                not _short(below) or parse_yes_no(below).value is not None):
            break  # a short line right above prose, or above a yes or no, heads it
        cut = k + 1
    if not cut:
        return text
    return "\n".join(lines[cut:]).lstrip("\n")
