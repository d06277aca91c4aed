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
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Question
from .statements import yes_no_statement
from .text import SHORT, split_sentences

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


def _parts(sentence: str, stems: frozenset[str]) -> tuple[set[str], tuple[float, ...]]:
    """SENTENCE's word stems and its dense features (in the order of `DENSE`); STEMS: the
    survey's question words."""
    text = sentence.strip()
    words = _WORD.findall(text.lower())
    end = text.rstrip(" )\"'”’")[-1:]
    cut = {w: w[:STEM] for w in words}  # one stem per distinct word
    content = [cut[w] for w in words if len(w) >= _CONTENT_MIN]
    n = len(words)
    return set(cut.values()), (
        float(not _SECOND_PERSON.isdisjoint(cut)),
        float(not _FIRST_PERSON.isdisjoint(cut)),
        float(end == "?"),
        float(end == "!"),
        float(n <= 6),
        math.log1p(n) / 4,
        sum(c in stems for c in content) / len(content) if content else 0.0,
    )


def features(sentence: str, question_texts: Sequence[str] = ()) -> dict[str, float]:
    """The sparse features of SENTENCE by name ("w:<stem>" and `DENSE`), QUESTION_TEXTS the
    survey's questions: what the training script fits."""
    words, dense = _parts(sentence, _question_stems(tuple(question_texts)))
    out = {f"w:{w}": 1.0 for w in words}
    out.update((name, v) for name, v in zip(DENSE, dense, strict=True) if v)
    return out


@dataclass(frozen=True)
class AsideModel:
    """Logistic regression over sparse named features."""

    weights: dict[str, float]
    bias: float
    threshold: float
    # the fast path of `score`: word weights by stem, dense ones in `DENSE`'s order
    _words: dict[str, float] = field(init=False, repr=False, compare=False)
    _dense: tuple[float, ...] = field(init=False, repr=False, compare=False)
    # (sentence, question stems) -> score: an answer's sentences recur across a survey's
    # replies; kept per model (a model loaded anew starts empty), bounded as short_cache
    _memo: dict[tuple[str, frozenset[str]], float] = field(
        init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        words = {k[2:]: v for k, v in self.weights.items() if k.startswith("w:")}
        object.__setattr__(self, "_words", words)
        object.__setattr__(self, "_dense", tuple(self.weights.get(n, 0.0) for n in DENSE))
        object.__setattr__(self, "_memo", {})

    def probability(self, feats: dict[str, float]) -> float:
        w = self.weights
        z = self.bias + sum(w.get(k, 0.0) * v for k, v in feats.items())
        return _sigmoid(z)

    def score(self, sentence: str, question_stems: frozenset[str]) -> float:
        """The same probability as `probability(features(...))`, without naming features."""
        if len(sentence) > SHORT:
            return self._score(sentence, question_stems)
        key = (sentence, question_stems)
        got = self._memo.get(key)
        if got is None:
            if len(self._memo) >= 4096:
                self._memo.clear()
            got = self._memo[key] = self._score(sentence, question_stems)
        return got

    def _score(self, sentence: str, question_stems: frozenset[str]) -> float:
        words, dense = _parts(sentence, question_stems)
        get = self._words.get
        z = self.bias + sum(get(w, 0.0) for w in words)
        z += sum(a * b for a, b in zip(self._dense, dense, strict=True))
        return _sigmoid(z)


def _sigmoid(z: float) -> float:
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
    without a model. Scored as the self-check scores it (`AsideModel.score`), with the
    model file the self-check reads."""
    m = model or load_model(MODEL_FILE)
    if m is None:
        return None
    return m.score(sentence, _question_stems(tuple(question_texts)))


# "du"/"you" as anyone, in a clause of its own: "ingen bryr sig var du kommer ifrån när du står
# på brädan", "it does not matter where you live"
_GENERIC_YOU = re.compile(
    r"(?i)\b(?:var|när|där|hur|vem|vad|oavsett\s+(?:var|vem|hur|vad)|vart|varifrån|where|when"
    r"|wherever|whoever|however|who|how)\s+(?:du|you)\b")


def _generic_you(sentence: str) -> bool:
    """Every word of SENTENCE that could address the reader is "du"/"you" as anyone, in a
    clause opened by where/when/who (and it asks nothing): a statement, not said to the
    reader."""
    words = [w.lower() for w in _WORD.findall(sentence)]
    second = [w for w in words if w in _SECOND_PERSON]
    return bool(second) and not sentence.rstrip().endswith("?") \
        and set(second) <= {"du", "you"} \
        and len(_GENERIC_YOU.findall(sentence)) == len(second)


def asides_in_answers(answers: Sequence[tuple[str, str]],
                      questions: Sequence[Question]) -> list[tuple[str, str]]:
    """For each (question key, text answer) of ANSWERS, the first sentence of it the model
    scores at or above its threshold: said to the reader, not an answer. A sentence that
    gives the yes/no question its yes or no ("Och på fråga två svarar vi ja.") is not one:
    the training left such sentences out, so the model never learnt them."""
    m = load_model(MODEL_FILE) if ENABLED else None
    if m is None:
        return []
    stems = _question_stems(tuple(q.text for q in questions))
    yes_no = [q for q in questions if q.kind == "yes_no"]
    out: list[tuple[str, str]] = []
    for key, value in answers:
        for s in split_sentences(value):
            if m.score(s, stems) >= m.threshold and not _generic_you(s) \
                    and not any(yes_no_statement(s, q) is not None for q in yes_no):
                out.append((key, s))
                break
    return out
