"""Which question does a short heading of the reader's own words stand for?

"Vilka vi är:", "Om oss", "Hinder och möjligheter", "Hur då?", "Why not": a heading is
scored against each question's content words (from the configured question text, with
fuzzy stems) and against the question's optional `aliases` from the config. Nothing here
knows this survey's wording: only general Swedish/English grammar words and the few
interrogatives that ask the same thing ("hur" = "på vilket sätt" = "how").
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..config import Question
from .text import match_key

# Words that carry no topic: grammar, pronouns (both persons), answer options.
_STOP = frozenset(
    """och eller för att som det den de dem med om på i en ett er ert era ni vi är har till
    från mot av så gärna ja nej inte ej vad vår vårt våra oss jag mig min mitt mina du dig din
    ditt där här när man sig sin sitt sina också även nu då bara kan ska skulle vill hos
    respektive gällande kring samt eller var varit vara blir bli svar svaret svaren fråga
    frågan frågor frågorna ovanstående ovan nedan
    the and a an of to in you your are is do does yes no or if on we our us i my me what
    with for at by be been it its this that these those as from answer answers question
    questions above below""".split()  # noqa: SIM905 - a word list reads best as text
)
# The same question asked with other interrogatives; each group becomes one token.
_SYNONYMS = [
    (re.compile(r"\b(?:på\s+vilket\s+sätt|på\s+vilka\s+sätt|hur|in\s+what\s+way|how)\b"), " HOW "),
    (re.compile(r"\b(?:varför|why)\b"), " WHY "),
    # the same verb in everyday words: "jobbar" = "arbetar" = "work"
    (re.compile(r"\b(?:arbet(?:a|ar|ade|at|e|et)|jobb(?:a|ar|ade|at)|work(?:s|ing)?)\b"), " WORK "),
    # what stands in the way, in everyday words: "hinder" = "det svåra" = "problemet"
    (re.compile(r"\b(?:hinder|hindret|hindren|hindrar|hindra|svår|svårt|svåra|svårast|svåraste"
                r"|svårighet(?:er|en|erna)?|problem|problemet|problemen|utmaning(?:ar|en|arna)?"
                r"|obstacles?|difficult(?:y|ies)?|challenges?|barriers?)\b"), " OBSTACLE "),
    # and what opens a way: "möjligheter" = "chanser" = "opportunities"
    (re.compile(r"\b(?:möjlighet(?:er|en|erna)?|chans(?:en|er|erna)?|opportunit(?:y|ies)"
                r"|possibilit(?:y|ies))\b"), " OPPORTUNITY "),
]
_OPTIONS = re.compile(r"\b(?:ja\s*/\s*nej|nej\s*/\s*ja|yes\s*/\s*no)\b", re.I)


def content_words(text: str) -> list[str]:
    """The topic words of TEXT, lower-case, synonyms folded."""
    t = " " + match_key(text) + " "
    for rx, tok in _SYNONYMS:
        t = rx.sub(tok, t)
    return [w for w in t.split() if w not in _STOP and not w.isdigit()]


@functools.lru_cache(maxsize=8192)  # word pairs recur: every reply's words against the questions'
def words_match(a: str, b: str) -> bool:
    """Same word, same stem (5 letters), or nearly the same spelling."""
    if a == b:
        return True
    if a.isupper() or b.isupper():
        return False
    short, long_ = sorted((len(a), len(b)))
    if short >= 5 and a[:5] == b[:5] and short >= 0.6 * long_:  # not a compound's first part
        return True
    return len(a) >= 6 and len(b) >= 6 and fuzz.ratio(a, b) >= 85


def _alias_score(key: str, alias: str) -> float:
    """How well a heading matches an alias: the alias alone ("Om oss"), or with a word or
    two around it ("Kort om oss", "Om oss i korthet")."""
    words, alias_words = key.split(), alias.split()
    if len(alias_words) < len(words) <= len(alias_words) + 2 and all(
        any(w == a or (len(a) >= 5 and fuzz.ratio(w, a) >= 88) for w in words) for a in alias_words
    ):
        return 90.0
    return fuzz.ratio(key, alias)


@dataclass(frozen=True)
class HeadingScore:
    num: int
    score: float  # weight of the heading's words found in the question (aliases: 3.0)
    coverage: float  # share of the heading's weight that the question explains


class HeadingScorer:
    """Scores a heading against every question of one survey."""

    def __init__(self, questions: Sequence[tuple[int, Question]]) -> None:
        self.nums = [n for n, _ in questions]
        self.words = [set(content_words(q.text)) for _, q in questions]
        self.aliases = [
            tuple(match_key(a) for a in q.aliases if match_key(a)) for _, q in questions
        ]
        self.kinds = [q.kind for _, q in questions]
        self._dfs: dict[str, int] = {}  # a word's document frequency, found once
        self._scores: dict[str, tuple[HeadingScore, ...]] = {}  # a heading's, found once

    def _df(self, w: str) -> int:
        df = self._dfs.get(w)
        if df is None:
            if len(self._dfs) >= 16384:
                self._dfs.clear()  # a scorer lives as long as its survey: stay bounded
            df = self._dfs[w] = sum(1 for ws in self.words if any(words_match(w, x) for x in ws))
        return df

    def scores(self, heading: str) -> list[HeadingScore]:
        """Every question's score for HEADING, best first."""
        done = self._scores.get(heading)
        if done is None:
            if len(self._scores) >= 4096:
                self._scores.clear()  # a scorer lives as long as its survey: stay bounded
            done = self._scores[heading] = tuple(self._score(heading))
        return list(done)  # a fresh list: callers may change theirs

    def _score(self, heading: str) -> list[HeadingScore]:
        key = match_key(heading)
        words = content_words(heading)
        n = len(self.nums)
        weights = {w: (math.log(1 + n / d) if (d := self._df(w)) else 1.0) for w in words}
        # "(ja/nej)" after a heading: the yes/no question's own answer options
        options = bool(_OPTIONS.search(heading))
        total = sum(weights.values()) + (1.0 if options else 0.0)
        out = []
        for i, num in enumerate(self.nums):
            alias = max((_alias_score(key, a) for a in self.aliases[i]), default=0.0)
            if alias >= 88:
                out.append(HeadingScore(num, 3.0, 1.0))
                continue
            got = sum(
                wt for w, wt in weights.items() if any(words_match(w, x) for x in self.words[i])
            )
            if options and self.kinds[i] == "yes_no":
                got += 1.0
            out.append(HeadingScore(num, got, got / total if total else 0.0))
        out.sort(key=lambda s: -s.score)
        return out

    def best(self, heading: str, *, min_score: float = 1.0, min_coverage: float = 0.6,
             margin: float = 0.5) -> int | None:
        """The one question HEADING clearly names, or None."""
        s = self.scores(heading)
        if not s:
            return None
        second = s[1].score if len(s) > 1 else 0.0
        top = s[0]
        if top.score >= min_score and top.coverage >= min_coverage and top.score - second >= margin:
            return top.num
        return None

    def candidates(self, heading: str, *, min_score: float = 1.0, min_coverage: float = 0.6,
                   margin: float = 0.5) -> tuple[dict[int, float], bool]:
        """The questions HEADING may name, with scores (for an order-aware assignment), and
        whether one of them is named clearly (by a margin). Tied questions ("Motverkar ni
        segregation?" fits three) come back unnamed: only their order can tell them apart."""
        ok = [
            s for s in self.scores(heading) if s.score >= min_score and s.coverage >= min_coverage
        ]
        if not ok:
            return {}, False
        clear = len(ok) == 1 or ok[0].score - ok[1].score >= margin
        if clear:
            return {s.num: s.score for s in ok}, True
        return {s.num: s.score for s in ok if ok[0].score - s.score < margin}, False
