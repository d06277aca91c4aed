"""Doubts about how a reply's parts were told apart (quote, forward, sign-off, labels): the
kinds a mail client in another language gets wrong. Each doubt is a Reason the coordinator
reads (same codes as the self-check), so a case the readers still miss is flagged, never
silent. Called once, after the self-check, from `answers._extract`."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

from ..config import Question
from .model import Extraction, Reason
from .quotes import Reply, clean_block
from .text import excerpt

# A label the readers did not take off: one or two words and a punctuation mark outside
# ASCII that has no compatibility form ("جواب، ...", "回答、..."): "Svar：" is folded already.
# A question's number so marked ("3。Vi ...", "٤، ...") is one too.
_LABEL_HEAD = re.compile(r"^(?P<label>[^\W\d_]{1,15}(?:\s[^\W\d_]{1,15})?|\d{1,2})\s*(?P<mark>\S)")


def _sign_off_left(value: str) -> str | None:
    """What the sign-off reader would still cut from the end of an answer's raw text."""
    lines = value.splitlines()
    if len([x for x in lines if x.strip()]) < 2:
        return None
    kept = clean_block(list(lines))
    cut = [x.strip() for x in lines[len(kept):] if x.strip()]
    return " / ".join(cut) if cut and len(kept) < len(lines) and any(
        x.strip() for x in kept) else None


def _name_like(word: str) -> bool:
    """A capitalised word or one in a script without capitals (a name, a closing word)."""
    w = word.strip(",.!/()")
    return bool(w) and (w[0].isupper() or (w[0].isalpha() and w[0].lower() == w[0].upper()))


def _name_tail(value: str) -> str | None:
    """Independent of the sign-off reader: the words after an answer's last finished sentence,
    when they are no sentence and mostly name-like ("... kontakter. Abraços João Ferreira",
    "... delta. धन्यवाद / Tack Priya Sharma"): a closing and a name kept in the answer."""
    parts = re.split(r"(?<=[.!?])\s+", value.strip())
    if len(parts) < 2:
        return None
    tail = parts[-1]
    words = [w for w in tail.split() if w != "/"]
    if not 2 <= len(words) <= 14 or re.search(r"[.?:;]$", tail) or ":" in tail:
        return None
    named = sum(_name_like(w) for w in words)
    return tail if named * 2 >= len(words) and named >= 2 else None


def _label_left(value: str) -> str | None:
    m = _LABEL_HEAD.match(value)
    if not m:
        return None
    mark = m.group("mark")
    if ord(mark) < 128 or not unicodedata.category(mark).startswith("P"):
        return None
    if unicodedata.category(mark) in ("Ps", "Pi"):  # an opening bracket or quote: prose
        return None
    if m.group("label").isdigit() and unicodedata.category(mark) != "Po":
        return None  # "5–10 barn ...": a range, not a number marked
    if unicodedata.category(mark) == "Pd" and re.search(
            rf"[.!?]\s+[^\W\d_]{{1,15}}(?:\s[^\W\d_]{{1,15}})?\s*{re.escape(mark)}\s",
            value[m.end():]):
        # "Hinder — lokaler. Möjlighet — biblioteket.", "Перешкода — ... Можливість — ...":
        # the dash that says "is" in the answer's own parts, said again after a sentence
        return None
    return m.group(0)


# A mark opening an answer that is no word of it: initials or a letter with a colon ("AK:",
# "R:"), after a slash ("/AK") or in brackets ("[AK]", "(mb)"). Independent of the readers'
# own answer marks (parsers/markers.py): found on two answers or more, it was left in them.
_MARK_OPENING = re.compile(r"^(?P<m>(?P<o>[/\[(])?[^\W\d_](?:\.?[^\W\d_]){0,3}\.?(?P<c>[\])])?"
                           r"(?P<colon>[:：])?)\s+\S")


def _mark_opening(value: str) -> str | None:
    m = _MARK_OPENING.match(value)
    if m is None or bool(m["o"] in ("[", "(")) != bool(m["c"]):
        return None
    letters = re.sub(r"[^\w]", "", m["m"])
    if m["o"] in ("[", "(") or (m["o"] == "/" and letters.isupper()):
        return m["m"]
    return m["m"] if m["colon"] and (len(letters) == 1 or letters.isupper()) else None


def _repeated_marks(ex: Extraction, questions: Sequence[Question]) -> list[Reason]:
    """The same mark opening two or more answers ("/AK: Vi är ...", "/AK: Hinder: ..."): the
    writer's answer mark, which the reading did not take off."""
    marks = {q.key: m for q in questions if isinstance(v := ex.answers[q.key].value, str)
             and (m := _mark_opening(v.strip()))}
    out: list[Reason] = []
    for key, m in marks.items():
        if sum(x == m for x in marks.values()) >= 2:
            out.append(Reason("heading_at_start", key, excerpt(m)))
    return out


# How the own text was read when it held no labelled answers: a note above the original
# read by position, as prose or as the answer to one question.
_WEAK = ("by_position", "by_position_confirmed", "unstructured_about", "follow_up_answer")


def reply_doubts(
    ex: Extraction,
    reply: Reply,
    questions: Sequence[Question],
    *,
    points_below: Callable[[str], bool],
    answers_below: Callable[[str], bool],
) -> list[Reason]:
    """Doubts the readers of quotes, forwards, sign-offs and labels leave behind.

    POINTS_BELOW(text): the text says the answers are in the mail below ("svaren nedan",
    "här är svaren"); ANSWERS_BELOW(quoted): the quoted original holds answers typed between
    the survey's questions. Both come from the answer reader so the rules live in one place.
    """
    out: list[Reason] = []
    answered = [q for q in questions
                if ex.answers.get(q.key) and ex.answers[q.key].value is not None]
    for q in answered:
        a = ex.answers[q.key]
        if not isinstance(a.value, str):
            continue
        if q is answered[-1] and a.raw and (
                left := _sign_off_left(a.raw) or _name_tail(a.value)):
            out.append(Reason("unassigned_text", q.key, excerpt(left)))  # a sign-off kept
        if label := _label_left(a.value):
            out.append(Reason("heading_in_answer", q.key, excerpt(label)))
        if (reply.quoted or reply.forwarded) and len(a.value.split()) <= 25 \
                and points_below(a.value):
            # "Hej! Här är svaren från vår ordförande" taken as an answer: the answers are below
            out.append(Reason("unassigned_text", q.key, excerpt(a.value)))
    out += _repeated_marks(ex, [q for q in questions if q.key in ex.answers])
    if (
        reply.quoted
        and not reply.inline
        and (not answered or any(f in ex.flags for f in _WEAK))
        and points_below(reply.own_unquoted())
        and answers_below(reply.quoted)
    ):
        # the writer says the answers are below and there are some, but others were read
        out.append(Reason("unassigned_text", None, excerpt(reply.quoted)))
    return out
