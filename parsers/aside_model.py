"""A small learned model for one doubt: is a sentence inside an answer said to the reader
about the exchange (a question back, an invitation, a wish to meet, "I do not understand
this question", thanks, a promise to send more, an apology) rather than an answer?

Rules with phrase lists (`selfcheck.py`, `framing.py`) know the asides they were written
for; each new mailbox brings one in words they do not list. This judges a sentence by its
words (lower-cased, cut to a short prefix so Swedish inflections share a weight) and a few
language-light signs: second-person words, a '?' or '!' at its end, its length, how much
of it speaks the survey's own question words (from config). (Where it stands in the reply
is left out on purpose: the training asides include the notes above the first answer, so
"early" would be learnt as "aside", and inside an answer an aside stands late.)
The weights are learnt by `bench/train_aside_model.py` from the corpora's truth and shipped
as JSON (`aside_model.json`); inference is a sparse dot product, pure Python.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .text import split_sentences

# Off: no aside check (the bench measures the parser without it this way).
ENABLED = True

_WORD = re.compile(r"[^\W\d_]+")
STEM = 5  # letters kept of a word: "föreställning" / "föreställningar" share "föres"
_SECOND_PERSON = frozenset(("ni", "er", "era", "ert", "eder", "du", "dig", "din", "ditt", "dina",
                            "you", "your", "yours"))
_FIRST_PERSON = frozenset(("vi", "vår", "våra", "vårt", "oss", "jag", "mig", "min", "mitt",
                           "mina", "we", "our", "us", "i", "my", "me"))
_CONTENT_MIN = 4

# the dense features, by name, besides the word stems ("w:<stem>")
DENSE: tuple[str, ...] = (
    "second_person",  # a word addressing the reader
    "first_person",
    "ends_question",
    "ends_exclamation",
    "short",  # at most 6 words
    "words_log",  # log(1 + words) / 4
    "question_words",  # share of its content words found in the survey's questions
)


def stem(word: str) -> str:
    w = word.lower()
    return w[:STEM]


@functools.lru_cache(maxsize=64)
def _question_stems(texts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(stem(w) for t in texts for w in _WORD.findall(t) if len(w) >= _CONTENT_MIN)


def features(sentence: str, question_texts: Sequence[str] = ()) -> dict[str, float]:
    """The sparse features of SENTENCE, QUESTION_TEXTS the survey's questions."""
    text = sentence.strip()
    words = _WORD.findall(text)
    lower = [w.lower() for w in words]
    out: dict[str, float] = {f"w:{stem(w)}": 1.0 for w in words}
    stems = _question_stems(tuple(question_texts))
    content = [stem(w) for w in words if len(w) >= _CONTENT_MIN]
    end = text.rstrip(" )\"'”’")[-1:]
    dense = (
        float(any(w in _SECOND_PERSON for w in lower)),
        float(any(w in _FIRST_PERSON for w in lower)),
        float(end == "?"),
        float(end == "!"),
        float(len(words) <= 6),
        math.log1p(len(words)) / 4,
        sum(c in stems for c in content) / len(content) if content else 0.0,
    )
    for name, v in zip(DENSE, dense, strict=True):
        if v:
            out[name] = v
    return out


@dataclass(frozen=True)
class AsideModel:
    """Logistic regression over sparse named features."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, feats: dict[str, float]) -> float:
        w = self.weights
        z = self.bias + sum(w.get(k, 0.0) * v for k, v in feats.items())
        return 1 / (1 + math.exp(-max(-60.0, min(60.0, z))))


MODEL_FILE = Path(__file__).with_name("aside_model.json")


@functools.cache
def load_model(path: Path = MODEL_FILE) -> AsideModel | None:
    """The shipped model, or None when its file is missing or made for other features."""
    try:
        raw = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if tuple(raw.get("dense", ())) != DENSE or raw.get("stem") != STEM:
        return None
    return AsideModel({k: float(v) for k, v in raw["weights"].items()}, float(raw["bias"]),
                      float(raw["threshold"]))


def aside_probability(sentence: str, question_texts: Sequence[str] = (),
                      model: AsideModel | None = None) -> float | None:
    """How likely SENTENCE is said to the reader about the exchange, not an answer; None
    without a model."""
    m = model or load_model()
    if m is None:
        return None
    return m.probability(features(sentence, question_texts))


def asides_in_answers(answers: Sequence[tuple[str, str]],
                      question_texts: Sequence[str]) -> list[tuple[str, str]]:
    """For each (question key, text answer) of ANSWERS, the first sentence of it the model
    scores at or above its threshold: said to the reader, not an answer."""
    m = load_model(MODEL_FILE) if ENABLED else None
    if m is None:
        return []
    qt = tuple(question_texts)
    out: list[tuple[str, str]] = []
    for key, value in answers:
        for s in split_sentences(value):
            if m.probability(features(s, qt)) >= m.threshold:
                out.append((key, s))
                break
    return out
