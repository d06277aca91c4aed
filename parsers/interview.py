"""Does a reply ask to answer in an interview, by phone or at a meeting instead?

Give it the association's own text only (quotes stripped): the survey itself says
"Önskar ni att svara på frågorna i en intervju istället för i text? Kontakta mig ..."
and that must not count. Sentences are checked one by one; a negation in the same
sentence ("vi vill inte bli intervjuade") cancels it.
"""

from __future__ import annotations

import re

from .text import normalize_ws, split_sentences

_POSITIVE = [
    # "föredrar att svara i en intervju", "vill hellre svara per telefon"
    r"\b(?:föredrar|föredrog|hellre|helst|prefer(?:s|red)?|rather)\b.{0,60}"
    r"\b(?:intervju\w*|telefon\w*|ringa|samtal|möte\w*|träff\w*|ses|interview\w*|phone|call|meeting)",
    # "svara/berätta/prata ... i en intervju / på telefon / vid ett möte"
    r"\b(?:svara|berätta|prata|ta\s+(?:det|detta|frågorna)|besvara|gå\s+igenom|answer|talk|discuss)"
    r"\b.{0,40}\b(?:i|via|genom|på|per|vid|över|in|by|over|at)\s+(?:en\s+|ett\s+|an?\s+)?"
    r"(?:intervju\w*|telefon\w*|möte\w*|träff\w*|videosamtal|zoom|teams|interview\w*|phone|meeting)",
    # "ställer (gärna) upp på en intervju", "är gärna med på en intervju"
    r"\b(?:ställer|ställa|ställt|står|är|vara|finns)\s+(?:\w+\s+){0,3}(?:upp|med|tillgängliga?)\s+"
    r"(?:\w+\s+){0,2}(?:på|för|till|i)\s+(?:en\s+)?(?:\w+\s+)?(?:intervju\w*|samtal|möte\w*)",
    # "boka/ordna/bestämma ett möte / en tid / en intervju"
    r"\b(?:boka|bokar|ordna|ordnar|bestämma|bestämmer|planera|sätta\s+upp|set\s+up|schedule|arrange)"
    r"\s+(?:in\s+)?(?:\w+\s+){0,2}(?:möte\w*|träff\w*|tid|intervju\w*|samtal|telefonmöte|"
    r"meeting|call|interview)",
    # "kan du/ni ringa mig", "ring mig gärna", "call me"
    r"\b(?:kan|får|vill)\s+(?:du|ni)\s+(?:\w+\s+)?ringa\s+(?:mig|oss|upp)",
    r"\bring(?:a)?\s+(?:gärna\s+)?(?:upp\s+)?(?:mig|oss)\b",
    r"\b(?:please\s+)?call\s+(?:me|us)\b",
    # "en intervju passar oss bättre", "gärna en intervju", "vill bli intervjuade"
    r"\bintervju\w*\s+(?:\w+\s+){0,2}(?:passar|fungerar|går\s+bra|är\s+bättre|vore\s+bra)",
    r"\b(?:gärna|önskar|vill\s+(?:gärna\s+)?(?:ha|göra|boka|delta\s+i))\s+(?:\w+\s+){0,2}"
    r"(?:intervju\w*|telefonintervju|möte|samtal)",
    r"\bvill\s+(?:\w+\s+){0,2}(?:bli\s+)?intervjua(?:d|de|s)\b",
    r"\b(?:happy|glad|willing)\s+to\s+(?:do|have|give|take\s+part\s+in|be)\s+(?:an?\s+)?"
    r"(?:interview\w*|phone\s+call|meeting)",
    r"\b(?:djupare|längre|fördjupad|uppföljande|mer\s+ingående)\s+(?:intervju|samtal)\b.{0,40}"
    r"\b(?:gärna|ja|absolut|välkomna|ställer|intresse)",
    r"\b(?:ja|gärna|absolut)\b.{0,30}\b(?:djupare|fördjupad|uppföljande)\s+(?:intervju|samtal)",
]
_POSITIVE_RE = [re.compile(p, re.I) for p in _POSITIVE]

_NEGATION = re.compile(
    r"\b(?:inte|ej|ingen|inget|inga|aldrig|slipper|not|no|never|don'?t|won'?t|rather\s+not)\b",
    re.I,
)
# The coordinator's own offer, pasted or paraphrased, and "call me if you have questions".
_NOT_A_REQUEST = re.compile(
    r"\b(?:önskar\s+ni|vill\s+ni|kontakta\s+mig\s+så|om\s+(?:ni|du)\s+har\s+(?:\w+\s+)?frågor"
    r"|vid\s+frågor|if\s+you\s+have\s+(?:any\s+)?questions|any\s+questions)\b",
    re.I,
)


def _sentence_wants_interview(sentence: str) -> bool:
    if _NOT_A_REQUEST.search(sentence):
        return False
    for rx in _POSITIVE_RE:
        m = rx.search(sentence)
        if not m:
            continue
        # a negation before or inside the match: "vi vill inte bli intervjuade"
        window = sentence[max(0, m.start() - 40) : m.end()]
        if _NEGATION.search(window):
            continue
        return True
    return False


def wants_interview(text: str | None) -> bool:
    """True when the association's own text asks to answer by interview, phone or meeting,
    or accepts a deeper interview later."""
    t = normalize_ws(text)
    if not t:
        return False
    return any(_sentence_wants_interview(s) for s in split_sentences(t))
