"""A reply that only declines to take part (issue 9: false alarms by kind).

"Tack för förfrågan men vi avstår från att delta. Vi är bara ett par grannar och har ingen
verksamhet av det slaget. Lycka till!" answers no question, on purpose: the record says the
association declined, nobody reminds it and nobody needs to read it again. Only when the
WHOLE own text is the decline, its reasons, thanks and greetings: a decline next to an
answer, a question to the coordinator, a wish to talk, an attachment, a yes or no to the
yes/no question or a put-off ("vi återkommer efter jul": not an answer yet) is no plain
decline and keeps its flag.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..config import Question
from .cues import CLOSING, DEFERS, declines, refers_to_attachment
from .framing import GREETING
from .interview import wants_interview
from .statements import yes_no_statement
from .text import normalize_ws, split_sentences

# The reasons given are short: a paragraph about the association beyond this is a
# description a person should read (it may be the answer to question 1 after all).
_MAX_REASON_WORDS = 60
_NUMBERED = re.compile(r"^(?:fråga\s+|question\s+)?[1-9]\s*[.):]\s*\w", re.I)
_WORD = re.compile(r"\w+")


def _n_words(text: str) -> int:
    return len(_WORD.findall(text))


def only_declines(own_text: str, questions: Sequence[Question]) -> bool:
    """OWN_TEXT (the association's own words, quotes and signature gone) declines to take
    part and says nothing else a person must act on."""
    if not declines(own_text) or wants_interview(own_text) or refers_to_attachment(own_text):
        return False
    yes_no = [q for q in questions if q.kind == "yes_no"]
    reasons = 0
    for line in own_text.splitlines():
        line = line.strip()
        if not line:
            continue
        if _NUMBERED.match(line):
            return False  # "1. Vi är ...": an answer by its number beside the decline
        for sentence in split_sentences(normalize_ws(line)):
            if "?" in sentence or DEFERS.search(sentence):
                return False  # a question to the coordinator, or an answer put off
            if any(yes_no_statement(sentence, q) is not None for q in yes_no):
                return False  # "vi arbetar inte mot segregation": an answer, read it
            if GREETING.fullmatch(sentence) or CLOSING.match(sentence) or declines(sentence):
                continue
            if _n_words(sentence) <= 4 and not sentence.endswith((".", "!")):
                continue  # a name or a title left above the signature
            reasons += _n_words(sentence)
    return reasons <= _MAX_REASON_WORDS
