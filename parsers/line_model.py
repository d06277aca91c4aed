"""A small learned model for one decision: is a line at the end of the reply's own text a
closing or signature line ("Дзякуй," / "Алесь Караткевіч", "peace / Mo", "Kram från oss")
or part of the last answer?

The rules (`framing.py`, `quotes.py`) know closings by their words; a closing in a language
or register they do not list stays glued to the last answer. Like talon (Mailgun's reply
parser), this judges a line by its shape instead: length, capitals, punctuation at its end,
script, contact details, where it stands (blank lines around, lines after it), and how
much of it speaks the questions' words. The weights are learnt by
`bench/train_line_model.py` from the corpora's truth and shipped as JSON
(`line_model.json`); inference is a dot product, pure Python, no scikit-learn at run time.
"""

from __future__ import annotations

import functools
import json
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .cues import CLOSING
from .quotes import is_valediction

# Off: the rules decide alone (the bench measures rule against model this way).
ENABLED = True

_WORD = re.compile(r"\w+")
_CONTACT = re.compile(r"@|www\.|https?://|\+?\d[\d\s\-()]{6,}\d")
_MARKER = re.compile(r"^\s*(?:[-•*–]\s*)?(?:\w{1,8}\s*)?\d{1,2}\s*[.:)]")
_SLASH_LEAD = re.compile(r"^\s*(?:/{1,2}|--?|–|—)\s*\S")
_FIRST_PERSON = re.compile(r"\b(?:vi|vår|våra|vårt|oss|jag|mig|min|mitt|we|our|us|i|my)\b", re.I)
_SECOND_PERSON = re.compile(r"\b(?:ni|er|era|ert|du|dig|din|you|your)\b", re.I)
_CONTENT_MIN = 4  # letters: a word this long carries meaning in the question texts

FEATURES: tuple[str, ...] = (
    "words",  # number of words, capped at 30, /30
    "short",  # at most 4 words
    "one_word",
    "chars_log",  # log(1 + characters) / 5
    "ends_comma",
    "ends_period",
    "ends_exclamation",
    "ends_colon",
    "ends_question",
    "title_share",  # words that start with a capital, of words with a cased first letter
    "all_title",  # every cased word capitalised, at most 4 words: a name, a place
    "non_latin",  # share of letters outside the Latin script
    "uncased",  # has letters, none of them cased (Arabic, CJK, ...)
    "digits",
    "contact",  # an address, a URL or a phone number
    "question_words",  # share of its content words found in the question texts
    "lower_start",
    "sentences",  # more than one sentence
    "first_person",
    "second_person",
    "marker_start",  # "2.", "Fråga 3:"
    "slash_lead",  # "/Ali", "-- Maja"
    "rule_closing",  # the rules' own closing words match it
    "blank_before",
    "blank_after",
    "lines_after",  # non-blank lines after it, capped at 5, /5
    "is_last",
    "in_last_block",  # no blank line between it and the end
    "prev_ends_comma",  # "Дзякуй," above it
    "prev_short",
    "prev_rule_closing",
    "tail_short",  # every non-blank line after it has at most 4 words
    "continues",  # right under a line of 8+ words that ends mid-sentence: a wrapped line
    "prev_long",  # the line above has 60+ characters (a paragraph's line, not a signature's)
)


def _is_latin(ch: str) -> bool:
    try:
        return "LATIN" in unicodedata.name(ch)
    except ValueError:
        return False


@functools.lru_cache(maxsize=64)
def _question_stems(texts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower()[:5] for t in texts for w in _WORD.findall(t)
                     if len(w) >= _CONTENT_MIN and not w.isdigit())


def closing_by_rule(text: str) -> bool:
    """TEXT is a closing by the rules alone (a valediction, or `cues.CLOSING`): a feature
    of the model, and bench/train_aside_model.py's test of a sign-off."""
    return bool(is_valediction(text) or CLOSING.match(text))


def line_features(lines: Sequence[str], i: int,
                  question_texts: Sequence[str] = ()) -> list[float]:
    """The features of line I among LINES (the reply's own lines, blank ones included), in
    the order of `FEATURES`."""
    text = lines[i].strip()
    words = _WORD.findall(text)
    n = len(words)
    cased = [w for w in words if w[0].lower() != w[0].upper()]
    title = [w for w in cased if w[0].isupper()]
    letters = [ch for ch in text if ch.isalpha()]
    non_latin = sum(not _is_latin(ch) for ch in letters) / len(letters) if letters else 0.0
    stems = _question_stems(tuple(question_texts))
    content = [w.lower()[:5] for w in words if len(w) >= _CONTENT_MIN and not w.isdigit()]
    q_share = sum(c in stems for c in content) / len(content) if content else 0.0
    after = [ln.strip() for ln in lines[i + 1:] if ln.strip()]
    prev = next((ln.strip() for ln in reversed(lines[:i]) if ln.strip()), "")
    blank_before = i > 0 and not lines[i - 1].strip()
    blank_after = i + 1 < len(lines) and not lines[i + 1].strip()
    in_last_block = all(ln.strip() for ln in lines[i + 1:]) if after else True
    end = text[-1:] if text else ""
    return [
        min(n, 30) / 30,
        float(n <= 4),
        float(n <= 1),
        math.log1p(len(text)) / 5,
        float(end == ","),
        float(end == "."),
        float(end == "!"),
        float(end == ":"),
        float(end == "?"),
        len(title) / len(cased) if cased else 0.0,
        float(bool(cased) and len(title) == len(cased) and n <= 4),
        non_latin,
        float(bool(letters) and not cased),
        float(any(ch.isdigit() for ch in text)),
        float(bool(_CONTACT.search(text))),
        q_share,
        float(bool(text) and text[0].islower()),
        float(len(re.findall(r"[.!?]\s+\S", text)) > 0),
        float(bool(_FIRST_PERSON.search(text))),
        float(bool(_SECOND_PERSON.search(text))),
        float(bool(_MARKER.match(text))),
        float(bool(_SLASH_LEAD.match(text))),
        float(closing_by_rule(text)),
        float(blank_before),
        float(blank_after),
        min(len(after), 5) / 5,
        float(not after),
        float(in_last_block),
        float(prev.endswith(",")),
        float(bool(prev) and len(_WORD.findall(prev)) <= 4),
        float(bool(prev) and closing_by_rule(prev)),
        float(all(len(_WORD.findall(x)) <= 4 for x in after)),
        float(continues_line(lines, i)),
        float(len(prev) >= 60),
    ]


def continues_line(lines: Sequence[str], i: int) -> bool:
    """Line I goes on with the sentence of the line right above it (no blank line between):
    that line has 8 words or more and ends in no punctuation, as a mail client wraps a
    paragraph ("... och vi" / "har två svenska medlemmar.")."""
    if i == 0 or not lines[i - 1].strip():
        return False
    above = lines[i - 1].strip()
    return len(_WORD.findall(above)) >= 8 and above[-1].isalnum()


@dataclass(frozen=True)
class LineModel:
    """Logistic regression over `FEATURES`: weights with the scaling folded in."""

    weights: tuple[float, ...]
    bias: float
    threshold: float

    def probability(self, features: Sequence[float]) -> float:
        z = self.bias + sum(w * x for w, x in zip(self.weights, features, strict=True))
        return 1 / (1 + math.exp(-max(-60.0, min(60.0, z))))


MODEL_FILE = Path(__file__).with_name("line_model.json")


@functools.cache
def load_model(path: Path = MODEL_FILE) -> LineModel | None:
    """The shipped model, or None when its file is missing or was made for other features
    (then the rules decide alone)."""
    try:
        raw = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if tuple(raw.get("features", ())) != FEATURES:
        return None
    return LineModel(tuple(float(w) for w in raw["weights"]), float(raw["bias"]),
                     float(raw["threshold"]))


def closing_probability(lines: Sequence[str], i: int, question_texts: Sequence[str] = (),
                        model: LineModel | None = None) -> float | None:
    """How likely line I of LINES closes the mail (a sign-off, a name, a thank-you) rather
    than belongs to the last answer; None without a model."""
    m = model or load_model()
    if m is None:
        return None
    return m.probability(line_features(lines, i, question_texts))
