"""The reply as lines and the questions as keys: what every answer pass reads.

A `Line` is one line of the own text (quoted or not, bold stripped, number words as
digits); a `Cand` is what a line announces (a question number, a heading, a barrier).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..config import Question
from .quotes import is_quoted, plain
from .text import match_key, short_cache

# --- questions ------------------------------------------------------------------------------

# "Om oss", "Om kåren", "Om vår förening", "About the club": a topic named by a noun, the
# heading of what follows, never an answer. Only a noun (definite, or after a possessive) may
# follow "om", which also means "if" ("Om ja: ...", "Om vi får önska: ...").
TOPIC = (r"(?:om\s+(?:oss|mig|(?:vår|vårt|våra|min|mitt|mina)\s+\w+|\w{2,}(?:en|et|na))"
         r"|about\s+(?:us|me|(?:the|our|my)\s+\w+))")
FRAG = re.compile(r"[^?!.:|]+(?:[?!.:]+|\|)?")


@dataclass(frozen=True)
class Asked:
    q: Question
    num: int
    key_full: str
    frag_keys: tuple[str, ...]
    option_frags: tuple[str, ...]  # short non-question fragments like "Ja / nej"


def prepare(questions: Sequence[Question]) -> list[Asked]:
    # One survey's questions prepared once: the same Asked objects for every reply, so the
    # caches keyed by them (markers._detect) share one copy instead of one per reply.
    return list(_prepared_questions(tuple(questions)))


@functools.lru_cache(maxsize=64)
def _prepared_questions(questions: tuple[Question, ...]) -> tuple[Asked, ...]:
    nums = [q.number for q in questions]
    use_given = all(n > 0 for n in nums) and len(set(nums)) == len(nums)
    out = []
    for i, q in enumerate(questions):
        frags = [f.strip() for f in FRAG.findall(q.text) if match_key(f)]
        options = tuple(f for f in frags if not f.endswith("?") and len(match_key(f).split()) <= 4)
        out.append(
            Asked(
                q=q,
                num=q.number if use_given else i + 1,
                key_full=match_key(q.text),
                frag_keys=tuple(match_key(f) for f in frags),
                option_frags=options,
            )
        )
    return tuple(out)


@dataclass
class Cand:
    num: int
    rest: str
    strong: bool  # a label word or the question's text: may come in any order
    restated: bool
    num_end: int = 0  # "2-3." answers 2 (and 3 through the yes/no explanation)
    # "1 och 3:" names two questions, not a range: those between may have answers of their own
    listed: bool = False


BARRIER = Cand(-1, "", False, False)


@dataclass
class Line:
    text: str  # plain: unquoted, markdown marks gone
    quoted: bool
    # set in bold (or underlined) as a whole: a heading by its look, however many words
    bold: bool = False

    @property
    def blank(self) -> bool:
        return not self.text


_WHOLE_BOLD = re.compile(r"^\s*(?P<m>\*\*|\*|__|_)(?=\S)(?P<t>.+?)(?<=\S)(?P=m)\s*$")


# "Fråga ett:", "Question two -", "Fråga tre" on a line of its own: a number written as a
# word after a label is a number
_NUMBER_WORDS = {
    "ett": 1, "en": 1, "första": 1, "one": 1, "first": 1,
    "två": 2, "andra": 2, "two": 2, "second": 2,
    "tre": 3, "tredje": 3, "three": 3, "third": 3,
    "fyra": 4, "fjärde": 4, "four": 4, "fourth": 4,
    "fem": 5, "femte": 5, "five": 5, "fifth": 5,
    "sex": 6, "sjätte": 6, "six": 6, "sixth": 6,
}
_LABEL_NUMBER_WORD = re.compile(
    r"^(?P<lead>\s*(?:[-•*–]\s*)?(?:svar\s+på\s+fråga|svar\s+till\s+fråga|fråga|frågan|fraga"
    r"|question|answer|punkt)\s+(?:nummer\s+|nr\.?\s*|number\s+)?)(?P<w>"
    + "|".join(_NUMBER_WORDS) + r")\b(?=\s*[.:)\-–—]|\s*$)",  # or alone on its line
    re.I,
)


@short_cache(maxsize=4096)  # every line of every reply; the quoted questions recur
def _number_word_as_digit(text: str) -> str:
    return _LABEL_NUMBER_WORD.sub(
        lambda m: f"{m.group('lead')}{_NUMBER_WORDS[m.group('w').lower()]}", text, count=1)


def to_lines(own: str) -> list[Line]:
    return [Line(_number_word_as_digit(plain(ln)), is_quoted(ln), bool(_WHOLE_BOLD.match(ln)))
            for ln in own.splitlines()]


_WORD = re.compile(r"\w+")


@short_cache(maxsize=4096)  # asked of the same lines and sentences by many tests
def n_words(s: str) -> int:
    return len(_WORD.findall(s))


def split_paragraphs(lines: list[Line]) -> list[str]:
    pars: list[str] = []
    cur: list[str] = []
    for ln in lines:
        if ln.blank or ln.quoted:
            if cur:
                pars.append("\n".join(cur))
                cur = []
            continue
        cur.append(ln.text)
    if cur:
        pars.append("\n".join(cur))
    return pars
