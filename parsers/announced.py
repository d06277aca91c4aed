"""An answer announced by a note about the mail, written in the paragraph below it.

A second mail often corrects or completes one answer in prose: "Jag skrev lite fel om hinder
och möjligheter. Så här ska det vara:", "Här kommer svaret på den sista frågan, som jag
lovade:", "I forgot to tell you who we are, here it is:", "my answer to question 4 was
not what I meant. It should read:" - and then one paragraph, the new answer. Which question
the note names is read from its number (answers.py), from "the last question", or from its
topic: the question's configured `aliases` said in the note, else its content words
(parsers/headings.py) with a clear margin over every other question. A note that fits two
questions names none: the answer stays unread and the self-check shows it.
"""

from __future__ import annotations

import re

from ..config import SURVEY_WORDS
from .heading_pass import heading_scorer
from .lines import Asked, n_words
from .statements import names_topic
from .text import match_key, normalize_ws, split_sentences

# "den sista frågan", "the last question", "sista punkten": the last question by its place
LAST = re.compile(r"\b(?:sista|last|final)\s+(?:frågan|fråga|punkten|question|one)\b", re.I)

# how far the best question's topic words must outweigh the next one's
_MARGIN = 2.0
_MIN_SCORE = 1.5

# the survey itself named ("för kommunens enkät", "for the survey"): the whole of it, and no
# one question unless a question is named too ("frågan om hinder i enkäten")
_THE_SURVEY = re.compile(r"(?i)\b(?:" + "|".join(SURVEY_WORDS) + r")\w*")
_ONE_QUESTION = re.compile(r"(?i)\b(?:fråga|frågan|question|punkt|punkten)\b")


def _alias_in(note_key: str, alias_key: str) -> bool:
    at = re.search(rf"(?<!\w){re.escape(alias_key)}(?!\w)", note_key) if alias_key else None
    return at is not None


def note_topic(note: str, qs: list[Asked]) -> int | None:
    """The one question NOTE (a sentence about the mail, not an answer) names by its place
    ("den sista frågan") or its topic ("om hinder och möjligheter", "vilka vi är"), or None."""
    if not qs:
        return None
    if LAST.search(note):
        return qs[-1].num
    if _THE_SURVEY.search(note) and not _ONE_QUESTION.search(note):
        # "Detta är svaret från X på kommunens enkät.", "This is the answer from X for the
        # survey": a note on the whole reply; the words it shares with one question (the
        # association, the town) name none
        return None
    key = match_key(note)
    by_alias = {q.num for q in qs if any(_alias_in(key, match_key(a)) for a in q.q.aliases)}
    if len(by_alias) == 1:
        return by_alias.pop()
    if by_alias:
        return None  # the note names two questions' words: which one it means is unclear
    scores = heading_scorer(tuple((q.num, q.q) for q in qs)).scores(note)
    if not scores:
        return None
    top = scores[0]
    second = scores[1].score if len(scores) > 1 else 0.0
    if top.score >= _MIN_SCORE and top.score >= _MARGIN * second:
        return top.num
    return None


# The answer word said as the answer, also after a fronted phrase ("Ärligt talat är svaret
# nej.", "Så svaret blir ja.", "The answer is no.", "Honestly, the answer is no.")
_ANSWER_WORD = re.compile(
    r"(?i)^(?:[\w]+[\s,]+){0,3}?(?:(?:är|blir)\s+(?:nog\s+|alltså\s+|då\s+)?(?:svaret|vårt\s+svar)"
    r"|(?:svaret|vårt\s+svar)\s+(?:är|blir)|(?:the|our)\s+answer\s+is)\s+(?P<yn>ja|nej|yes|no)\b"
    r"(?!\s+(?:och|and|eller|or)\s+(?:ja|nej|yes|no)\b)[\s.!]*$")


def yes_no_put_right(par: str, yes_no: Asked) -> tuple[bool, str] | None:
    """PAR corrects the yes/no by its topic: a note naming the question ("jag svarade fel på
    frågan om vi arbetar mot segregation", "I got the segregation question wrong"), then
    the answer word as the answer ("Ärligt talat är svaret nej."), then the reason. The
    new yes or no and the reason (may be ""), or None when PAR is not that shape."""
    sentences = split_sentences(normalize_ws(par))
    for j, s in enumerate(sentences[1:], 1):
        m = _ANSWER_WORD.match(s)
        if m is None:
            continue
        note = " ".join(sentences[:j])
        if not names_topic(note, yes_no.q) or n_words(note) > 40:
            return None
        return m.group("yn").lower() in ("ja", "yes"), " ".join(sentences[j + 1:])
    return None
