"""Does a reply ask to answer in an interview, by phone or at a meeting instead?

Give it the association's own text only (quotes stripped): the survey itself says
"Önskar ni att svara på frågorna i en intervju istället för i text? Kontakta mig ..."
and that must not count. Sentences are checked one by one; a negation in the same
sentence ("vi vill inte bli intervjuade") cancels it.
"""

from __future__ import annotations

import re

from .text import normalize_ws, split_sentences

# Each pattern must be specific enough not to fire on an answer that merely mentions
# meetings or phones ("vi ordnar träffar", "föräldrar kan ringa oss").
_POSITIVE = [
    # "föredrar att svara i en intervju", "vill hellre svara per telefon"
    r"\b(?:föredrar|föredrog|hellre|helst|prefer(?:s|red)?|rather)\b.{0,60}"
    r"\b(?:intervju\w*|telefon(?:intervju|samtal|möte)?\b|ringa\b|interview\w*|phone\b"
    r"|(?:ett\s+)?(?:möte|samtal|träff)\s+(?:istället|i\s+stället|med\s+(?:dig|er)))",
    # "vi vill hellre ses och prata", "jag föredrar att träffas personligen": a meeting instead
    # of writing (the words after "ses" keep "vi vill helst träffas på helgerna" an answer)
    r"\b(?:vi|jag)\s+(?:\w+\s+){0,2}(?:hellre|helst|föredrar|föredrog)\s+(?:\w+\s+){0,2}"
    r"(?:ses|träffas|mötas|träffa\s+(?:dig|er))\s+(?:och\s+(?:prata|berätta|samtala|diskutera)"
    r"|personligen|istället|i\s+stället|än\s+(?:att\s+)?(?:skriva|svara)|(?:med|hos)\s+(?:dig|er))",
    # "svara/berätta/prata ... i en intervju / på telefon"
    r"\b(?:svara|berätta|prata|ta\s+(?:det|detta|frågorna)|besvara|gå\s+igenom|answer|talk"
    r"|discuss)\b.{0,40}\b(?:i|via|genom|på|per|över|in|by|over)\s+(?:en\s+|ett\s+|an?\s+)?"
    r"(?:intervju\w*|telefon\b|telefonen\b|videosamtal|zoom|teams|interview\w*|phone\b)",
    # "ställer (gärna) upp på en intervju", "är gärna med på en intervju"
    r"\b(?:ställer|ställa|ställt|står|är|vara|finns)\s+(?:\w+\s+){0,3}(?:upp|med|tillgängliga?)\s+"
    r"(?:\w+\s+){0,2}(?:på|för|till|i)\s+(?:en\s+|ett\s+)?(?:\w+\s+)?(?:intervju\w*"
    r"|telefonintervju|samtal\s+med\s+(?:dig|er))",
    # "boka ett möte / en tid / en intervju"
    r"\b(?:boka|bokar|bestämma|bestämmer|sätta\s+upp|set\s+up|schedule|arrange)\s+(?:in\s+)?"
    r"(?:ett\s+(?:möte|samtal|telefonmöte|digitalt\s+möte)|en\s+(?:tid|träff|intervju|telefontid)"
    r"|an?\s+(?:meeting|call|interview))\b",
    # "kan du/ni ringa mig", "ring mig gärna", "call me"
    r"\b(?:kan|får|vill)\s+(?:du|ni)\s+(?:\w+\s+)?ringa\s+(?:mig|oss|upp)",
    r"^(?:\w+[,!]?\s+)?ring\s+(?:gärna\s+)?(?:upp\s+)?(?:mig|oss)\b",
    r"^(?:\w+[,!]?\s+)?(?:please\s+)?call\s+(?:me|us)\b"
    r"|\b(?:can|could)\s+you\s+(?:please\s+)?call\s+(?:me|us)\b",
    # "en intervju passar oss bättre", "gärna en intervju", "vill bli intervjuade"
    r"\bintervju\w*\s+(?:\w+\s+){0,2}(?:passar|fungerar|går\s+bra|är\s+bättre|vore\s+bra)",
    r"\b(?:gärna|önskar|vill\s+(?:gärna\s+)?(?:ha|göra|boka|delta\s+i))\s+(?:\w+\s+){0,2}"
    r"(?:intervju\w*|telefonintervju)",
    r"\bvill\s+(?:\w+\s+){0,2}(?:bli\s+)?intervjua(?:d|de|s)\b",
    r"\b(?:happy|glad|willing)\s+to\s+(?:do|have|give|take\s+part\s+in|be)\s+(?:an?\s+)?"
    r"(?:interview\w*|phone\s+call)",
    r"\b(?:djupare|längre|fördjupad|uppföljande|mer\s+ingående)\s+(?:intervju|samtal)\b.{0,40}"
    r"\b(?:gärna|ja|absolut|välkomna|ställer|intresse)",
    r"\b(?:ja|gärna|absolut)\b.{0,30}\b(?:djupare|fördjupad|uppföljande)\s+(?:intervju|samtal)",
    # telling it by word of mouth: "vi berättar hellre muntligt", "svarar gärna muntligen"
    r"\b(?:berätta\w*|förklara\w*|prata\w*|svara\w*|ta\s+(?:det|detta|resten))\s+(?:\w+\s+){0,4}"
    r"(?:muntligt|muntligen|personligen|ansikte\s+mot\s+ansikte|in\s+person|face\s+to\s+face)\b",
    r"\b(?:muntligt|muntligen|in\s+person)\s+(?:\w+\s+){0,2}(?:istället|i\s+stället|hellre|instead"
    r"|rather)\b",
    # a visit: "ni får gärna komma förbi och prata", "välkommen förbi", "come by and talk"
    r"\b(?:ni|du)\s+(?:får|är)\s+(?:\w+\s+){0,2}(?:komma\s+(?:förbi|hit|hem\s+till\s+oss|till\s+oss"
    r"|och\s+hälsa\s+på)|välkomn[ae]\s+(?:förbi|hit|att\s+(?:komma|besöka|hälsa)|en\s+\w+dag"
    r"|på\s+(?:ett\s+)?besök))",
    r"\bvälkommen\s+(?:förbi|hit|på\s+besök)\b",
    r"\bom\s+(?:ni|du)\s+(?:vill\s+|har\s+lust\s+att\s+)?(?:komma\s+(?:förbi|hit|på\s+besök)"
    r"|hälsa\s+på|ringa\s+(?:mig|oss))\b",
    r"\b(?:träffa[rs]?|besöka)\s+(?:er|dig)\b(?:\s+\w+){0,2}\s+(?:och\s+)?(?:berätta\w*|prata\w*"
    r"|förklara\w*|visa\w*)\b",
    r"\b(?:lättare|enklare|bättre)\s+att\s+(?:förklara|berätta|prata|svara)\s+(?:\w+\s+){0,2}"
    r"(?:när\s+(?:man|vi)\s+(?:ses|träffas)|muntligt|på\s+telefon|i\s+telefon|på\s+plats)",
    r"\b(?:come\s+(?:by|over|and\s+(?:visit|see|talk))|visit\s+us|meet\s+(?:up|in\s+person)"
    r"|talk\s+(?:in\s+person|on\s+the\s+phone)|give\s+(?:me|us)\s+a\s+(?:call|ring))\b",
    # "vi tar hellre ett samtal", "hör av dig så bokar vi en tid", "kom gärna på besök"
    r"\b(?:hellre|helst|föredrar)\s+(?:\w+\s+){0,3}(?:ett\s+|en\s+)?(?:samtal|möte|träff|besök)\b",
    r"\bbokar\s+(?:vi|jag)\s+(?:gärna\s+)?(?:en\s+tid|ett\s+möte|ett\s+samtal|en\s+intervju|en\s+träff)",
    r"\b(?:kom|komma)\s+gärna\s+(?:på\s+besök|förbi|hit|och\s+hälsa\s+på)\b",
    # a call: "ring mig så tar vi det", "slå en signal"
    r"\bring\s+(?:gärna\s+)?(?:mig|oss)\s+(?:så|och)\b",
    r"\bslå\s+(?:\w+\s+){0,2}signal\b",
]
_POSITIVE_RE = [re.compile(p, re.I) for p in _POSITIVE]

_NEGATION = re.compile(
    r"\b(?:inte|ej|ingen|inget|inga|aldrig|slipper|not|no|never|don'?t|won'?t|rather\s+not)\b",
    re.I,
)
# The coordinator's own offer, pasted or paraphrased, and "call me if you have questions".
_NOT_A_REQUEST = re.compile(
    r"\b(?:önskar\s+ni\s+(?:att\s+)?svara|vill\s+ni\s+(?:hellre\s+)?svara|kontakta\s+mig\s+så"
    r"|om\s+(?:ni|du)\s+har\s+(?:\w+\s+)?frågor|vid\s+frågor|if\s+you\s+have\s+(?:any\s+)?"
    r"questions|any\s+questions)\b",
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
