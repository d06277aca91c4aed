"""Fallbacks for replies without markers: answers by position, and `about` from prose.

One paragraph per question; one fewer with the yes/no opening its follow-up; or prose
split at the sentence that says yes or no (parsers/statements.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .evidence import clear_yes_no_opening, follows_up, position_fits
from .framing import (
    DESCRIPTIVE,
    GREETING,
    META,
    PREAMBLE,
    SIGN_OFF,
    body_paragraphs,
    strip_greeting,
)
from .heading_pass import heading_scorer
from .interview import wants_interview
from .lines import Asked, Line, n_words
from .quotes import is_valediction
from .statements import Statement, yes_no_statement
from .text import normalize_ws, split_sentences
from .yes_no import _MIXED, parse_yes_no, split_yes_no_explanation

# --- fallbacks ---------------------------------------------------------------------------------


_BULLET = re.compile(r"^\s*[-•*–·]\s+")


@dataclass
class _ByPosition:
    answers: dict[int, list[str]] = field(default_factory=dict)
    from_prose: bool = False  # the yes/no came from a sentence in prose
    # the paragraphs' own shape confirms the order (parsers/evidence.py): no doubt to show
    confirmed: bool = False


def answers_by_position(lines: list[Line], qs: list[Asked],
                        question_texts: Sequence[str] | None = None) -> _ByPosition:
    """Answers by their order when the reply has no headings: one paragraph (or line) per
    question; one paragraph fewer, the yes/no said in the first sentence of its follow-up;
    or one paragraph of sentences that says the yes/no somewhere in the middle.
    QUESTION_TEXTS given (a mail body): the line model may cut its closing lines too."""
    yes_no = [i for i, q in enumerate(qs) if q.q.kind == "yes_no"]
    if not yes_no or len(qs) < 2:
        return _ByPosition()
    pars = body_paragraphs(lines, question_texts)
    units: list[str] | None = None
    if len(pars) == len(qs):
        units = pars
    elif len(pars) == 1 and len(pars[0].splitlines()) == len(qs):
        units = pars[0].splitlines()
    if (
        units is not None
        and not any(
            q.q.kind == "text" and u.rstrip().endswith("?")
            for q, u in zip(qs, units, strict=True)
        )
        and all(
            (parse_yes_no(u).value is not None) == (q.q.kind == "yes_no")
            or (q.q.kind == "text" and len(re.findall(r"\w+", u)) > 3)
            # "Nja, inte uttryckligen men i praktiken.": said, undecided (flagged)
            or (q.q.kind == "yes_no" and n_words(u) <= 10 and bool(_MIXED.search(u.lower())))
            for q, u in zip(qs, units, strict=True)
        )
    ):
            placed = [(q, _BULLET.sub("", u)) for q, u in zip(qs, units, strict=True)]
            return _ByPosition({q.num: [u] for q, u in placed},
                               confirmed=position_fits(placed, qs))
    k = yes_no[0]
    if len(yes_no) != 1 or k + 1 >= len(qs):
        return _ByPosition()
    yn_q = qs[k]
    if len(pars) == len(qs) - 1 and len(pars) >= 2:
        return _paragraphs_without_yes_no(pars, qs, k)
    return _sentences_in_order(pars, qs, k, yn_q)


def _paragraphs_without_yes_no(pars: list[str], qs: list[Asked], k: int) -> _ByPosition:
    """One paragraph per text question: the yes/no, if said, opens its follow-up."""
    if any(p.rstrip().endswith("?") or len(re.findall(r"\w+", p)) <= 3 for p in pars):
        return _ByPosition()
    text_qs = [q for i, q in enumerate(qs) if i != k]
    out = {q.num: [p] for q, p in zip(text_qs, pars, strict=True)}
    follow = qs[k + 1]
    sentences = split_sentences(normalize_ws(out[follow.num][0]))
    st = yes_no_statement(sentences[0], qs[k].q) if sentences else None
    expl = None
    if st is None and sentences and (yn := parse_yes_no(sentences[0])).value is not None:
        # "Nej, det har vi inte haft som mål. ...": the paragraph opens with the yes/no
        expl = split_yes_no_explanation(sentences[0])
        if expl is not None or len(re.findall(r"\w+", sentences[0])) <= 3:
            st = Statement(yn.value, expl is None)
    # confirmed: the yes/no plainly opens the follow-up's paragraph, and the paragraphs read
    # as the text questions' answers in their order
    confirmed = (st is not None and bool(sentences) and follows_up(qs[k], follow)
                 and clear_yes_no_opening(sentences[0], qs[k]) is st.value
                 and position_fits(list(zip(text_qs, pars, strict=True)), qs))
    if st is not None:
        out[qs[k].num] = [yes_no_word(st.value)]
        if expl:
            sentences[0] = expl[0].upper() + expl[1:]
        elif len(sentences) > 1:
            sentences = sentences[1:]  # the yes/no's own sentence, the reason after it
        rest = " ".join(sentences)
        if rest:
            out[follow.num] = [rest]
        else:
            del out[follow.num]
    return _ByPosition(out, st is not None, confirmed)


def yes_no_word(value: bool | None) -> str:
    return {True: "Ja", False: "Nej", None: "Både ja och nej"}[value]


def _sentences_in_order(pars: list[str], qs: list[Asked], k: int, yn_q: Asked) -> _ByPosition:
    """Prose without headings: what comes before the sentence that says yes or no answers
    the first question, what follows it the follow-up, until a new paragraph (or, in one
    paragraph, a sentence that speaks of a later question's words) starts the next one."""
    if k != 1 or not pars:
        return _ByPosition()
    sentences: list[tuple[str, int]] = []
    for n, par in enumerate(pars):
        sentences += [(s, n) for s in split_sentences(normalize_ws(par)) if not wants_interview(s)]
    while sentences and (GREETING.fullmatch(sentences[0][0]) or PREAMBLE.match(sentences[0][0])):
        sentences.pop(0)  # "Hej." opening the one paragraph
    for i, (sentence, _) in enumerate(sentences):
        if i and (is_valediction(sentence) or SIGN_OFF.match(sentence)):
            sentences = sentences[:i]  # "Hälsningar Ingrid Sjöberg, sekreterare" inside it
            break
    if len(sentences) < 3:
        return _ByPosition()
    at = next(
        (i for i, (s, _) in enumerate(sentences[1:], 1) if yes_no_statement(s, yn_q.q) is not None),
        None,
    )
    if at is None or at + 1 >= len(sentences):
        return _ByPosition()
    st = yes_no_statement(sentences[at][0], yn_q.q)
    assert st is not None
    out = {qs[0].num: [" ".join(s for s, _ in sentences[:at])], yn_q.num: [yes_no_word(st.value)]}
    rest = sentences[at + 1 :]
    later = qs[k + 2 :]
    cut = len(rest)
    if later:
        new_par = [j for j in range(1, len(rest)) if rest[j][1] != rest[j - 1][1]]
        if new_par:
            cut = new_par[0]
        else:
            scorer = heading_scorer(tuple((q.num, q.q) for q in qs))
            for j in range(1, len(rest)):
                sc = {x.num: x.score for x in scorer.scores(rest[j][0])}
                if sc.get(later[0].num, 0) > sc.get(qs[k + 1].num, 0):
                    cut = j
                    break
    out[qs[k + 1].num] = [" ".join(s for s, _ in rest[:cut])]
    if later and cut < len(rest):
        out[later[0].num] = [" ".join(s for s, _ in rest[cut:])]
    # never confirmed: where a part ends inside a paragraph, by its words, is a guess ("Det
    # ger barnen möjlighet att träffas" is no obstacle), so the order stays a doubt
    return _ByPosition(out, True)


def about_from_prose(lines: list[Line]) -> str | None:
    pars = body_paragraphs(lines)
    if not pars:
        return None
    text = normalize_ws(" ".join(strip_greeting(p) for p in pars))
    sentences = [
        s
        for s in split_sentences(text)
        if not META.search(s) and not PREAMBLE.match(s) and not wants_interview(s)
    ]
    sentences = [s for s in sentences if not s.endswith("?")]
    if not sentences:
        return None
    descriptive = [s for s in sentences if DESCRIPTIVE.match(s)]
    if not descriptive or not (
        DESCRIPTIVE.match(sentences[0]) or 2 * len(descriptive) >= len(sentences)
    ):
        return None
    return " ".join(sentences)
