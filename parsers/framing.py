"""What frames an answer but is not one: greetings, preambles, sign-offs, closings.

`trim_closing` cuts the thanks and names after the last answer; `body_paragraphs` keeps
the paragraphs between the greeting/preamble and the closing.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from . import line_model
from . import quote_headers as qh
from .cues import CLOSING as _CLOSING
from .cues import (
    DEFERS,
    OTHER_MATTER,
    SIGN_ROLE,
    offers_to_send,
    refers_to_attachment,
    says_what_is_attached,
    stands_as_before,
)
from .interview import wants_interview
from .lines import Line, n_words, split_paragraphs
from .quotes import is_valediction
from .text import REPLY_LABEL, SEPARATOR_LINE, normalize_ws, short_cache, split_sentences
from .to_reader import gives_address, invites_reader, offers_contact, said_to_reader
from .yes_no import parse_yes_no

# --- cleaning answers ---------------------------------------------------------------------------

GREETING = re.compile(
    r"^(?i:hej+|hejsan|hallå|hello|hi|hey|dear|god\s+(?:morgon|middag|dag|eftermiddag|kväll)"
    r"|tjena|tjenare|tja|tjabba|yo|bästa|bäste|kära|käre|hejhej|goddag|greetings)\b"
    r"(?:\s+(?i:igen|again|alla|allihop|all|på\s+er|på\s+dig|hej))?"
    # a role rather than a name, on a line of its own: "Bäste samordnare,", "Hej kollegor!",
    # also with no mark after it ("Hej samordnare", "Hello coordinator")
    r"(?:\s+(?!(?i:vi|we|jag|det|tack|här|nu|svar)\b)[a-zåäöé][\w.-]*(?:\s+[a-zåäöé][\w.-]*)?"
    r"(?=\s*[!,.:]*\s*$))?"
    r"(?:\s+(?!(?:Vi|We|Jag|Det|Tack|Här|Nu|Svar)\b)[A-ZÅÄÖ][\w.-]*(?:\s+[A-ZÅÄÖ][\w.-]*){0,2}"
    # a name of an office ending in a common noun, alone on the line: "Hej Malmö stad",
    # "Hej Region Skåne kansli"
    r"(?:\s+[a-zåäö][\w.-]*(?=\s*[!,.:]*\s*$))?)?"
    r"(?:\s*[!,.:]+\s*|\s*$"
    # "Hej och tack för enkäten", "Hi and thanks for the survey": the thanks ride on the
    # greeting's line, they are read as the framing they are
    r"|\s+(?i:och|and)\s+(?=(?i:tack|thanks?|thank\s+you)\b)"
    # "Hej igen och gott nytt år!", "Hi and happy new year": the season's wishes likewise
    r"|\s+(?i:och|and)\s+(?=(?i:god\s+jul|gott\s+nytt|god\s+fortsättning|glad\s+påsk"
    r"|trevlig\s+helg|happy\s+new|merry|season'?s)\b))"
)
PREAMBLE = re.compile(
    r"^(?:tack\s+(?:för|så)|förlåt|ursäkta|sorry|beklagar|här\s+(?:kommer|är|nedan|följer|får\s+"
    r"(?:ni|du))|nedan\s+(?:följer|kommer|finns)|(?:våra|mina)\s+svar|svar(?:en)?\s+(?:på|till|nedan"
    # "Svar från Augustenborgs Odlarlag nedan.", "Answers from the board below:": who answers
    r"|kommer|följer|står|från)|(?:answers?|repl(?:y|ies))\s+from|oj\b|bortse\s+från|vi\s+skickade\s+fel|hoppas|se\s+(?:nedan|svar)"
    r"|thanks?\s+(?:for|you)|here\s+(?:are|is)|below\s+(?:are|is)|please\s+see|sorry|apologies"
    # "Please find our answers below.", "Our answers below:" (as "Se våra svar nedan")
    r"|please\s+find|(?:our|my)\s+answers|answers?\s+(?:below|follow)"
    r"|as\s+requested|enligt\s+önskemål|jag\s+svarar|vi\s+svarar|jag\s+skickar|vi\s+skickar"
    # on whose behalf the writer writes, all the sentence says: "Jag skriver å styrelsens
    # vägnar.", "I am writing on behalf of the board."; after the reason why, joined by
    # "så" / "so": "Ordföranden är sjuk så jag svarar för kårens räkning."
    r"|(?:[^.!?]{3,80}?,?\s+(?:så|so|and\s+so)\s+)?(?:(?:jag|vi)\s+(?:skriver|svarar)"
    r"\s+(?:här\s+)?(?:å|på|för)\s+(?:[\w-]+\s+){1,4}?(?:vägnar|räkning)\s*[.!]?\s*$"
    r"|(?:i\s+am|i'm|we\s+are|we're|i\s+will\s+be|i'll\s+be)\s+(?:writing|replying|answering)"
    r"\s+on\s+behalf\s+of\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*[.!]?\s*$))",
    re.I,
)


# The survey's own closing words, kept when the whole mail was pasted into a document:
# "Skicka ett svar per förening till ... senast den 31a januari.", "Önskar ni att svara på
# frågorna i en intervju istället? Kontakta mig så ordnar vi det!"
_INSTRUCTION = re.compile(
    r"^(?:(?:skicka|returnera|besvara|svara|mejla|maila|fyll\s+i)\b.*(?:\bsenast\b|@)"
    # "Vi behöver ett svar per förening senast fredag 31 januari": the deadline, asked for
    r"|(?:vi|jag)\s+(?:behöver|vill\s+ha|önskar|ber\s+om)\s+(?:\w+\s+){0,2}svar\w*\b[^.!?]*"
    r"\bsenast\b"
    r"|(?:önskar|vill|har)\s+(?:ni|du)\b[^?]*\?$"
    r"|kontakta\s+(?:mig|oss)\s+så\b"
    # an address to reply to and a deadline in one sentence, however it is worded: "Ett svar
    # per förening till x@y.se senast den 31 januari är jättebra", "... to x@y.se by 31 Jan"
    # (never in the writer's own voice: "Senast i höstas mejlade vi er på x@y.se")
    r"|(?![^.!?]*\b(?:vi|vår|våra|vårt|jag|we|our|I)\b)[^.!?]*(?:@[^.!?\s]+\.\w+[^.!?]*\b(?:senast|no\s+later\s+than|by|before)\s+\w"
    r"|\b(?:senast|no\s+later\s+than)\b[^.!?]*@))",
    re.I,
)


def is_instruction(sentence: str) -> bool:
    """A sentence addressed to the respondents (the survey's closing), not an answer."""
    return bool(_INSTRUCTION.match(sentence.strip()))


_POSTSCRIPT = re.compile(r"^\s*(?:p\.?\s?s\.?|ps)\b[\s:.-]", re.I)


# A closing line in any language as long as it ends in a known one: "Tack och hälsningar",
# "Pozdrawiam / Hälsningar", "Silav / Hälsningar"; or a "// Styrelsen genom Maja" line.
SIGN_OFF = re.compile(
    r"^(?:[^.!?]{0,30}[\s/,]+)?(?:(?:med\s+)?(?:\w+\s+)?hälsning(?:ar)?|mvh|regards|greetings"
    r"|best\s+wishes)[\s!.,]*$"
    r"|^/{1,2}\s*[A-ZÅÄÖÉÜ]"
    # a word of farewell and a name after a slash: "peace / Mo", "kram // Lina"
    r"|^[^\W\d_]+[!,]?\s*/{1,2}\s*(?-i:[A-ZÅÄÖÉÜ])[\w.'-]*(?:\s+(?-i:[A-ZÅÄÖÉÜ])[\w.'-]*)?\s*$",
    re.I,
)


def _cut_sign_off(lines: list[str]) -> list[str]:
    """Cut a closing greeting and the short signature lines under it."""
    for i, ln in enumerate(lines):
        t = ln.strip()
        if i == 0 or not t or len(t) > 60:
            continue
        if not (SIGN_OFF.match(t) or is_valediction(t)):
            continue
        tail = [x for x in lines[i + 1 :] if x.strip()]
        if len(tail) <= 8 and all(n_words(x) <= 12 for x in tail):
            return lines[:i]
    return lines


# "Förlåt om min svenska inte är perfekt", "ursäkta det sena svaret", "sorry for my English":
# the writer apologising to the reader for the reply itself.
APOLOGY = re.compile(
    r"^(?:\w+[,!]?\s+)?(?:förlåt|ursäkta|ber\s+om\s+ursäkt|jag\s+ber\s+om\s+ursäkt|vi\s+ber\s+om"
    r"\s+ursäkt|beklagar|sorry|apologi[sz]e|excuse|pardon)\b"
    # the writer's own language, said of itself: "min svenska är inte så bra", "my English is
    # not perfect" ("min svenska lärare", "vår svenska-cirkel" are no apology)
    r"|\b(?:min|mitt|my)\s+(?:svenska|engelska|svenskt?\s+språk|språk|swedish|english)"
    r"\s+(?:är|var|is|was|isn'?t|inte|not|kanske|blir)\b",
    re.I,
)
# A short name with a title after a closing: "Peter Ahlgren, ordf.", "Styrelsen".
_NAME_RIDE = re.compile(
    r"^[A-ZÅÄÖÉÜ][\w'’-]*(?:\s+[A-ZÅÄÖÉÜ][\w'’-]*){0,3}(?:\s*,\s*[\w. ]{1,25}"
    # or a role after the name: "Zahra Al-Amal styrelse", "Eva kassör"
    r"|\s+(?:styrelse\w*|ordförande|ordf\.?|sekreterare|kassör|ledamot|kansli\w*|board|chair))?"
    r"\.?$")


# A closing word and a name on the line the answer ends on: "Hälsn Peter Ahlgren, ordf.",
# "Vänl. hälsn. Karin", "Mvh/ Ali". Closings in other languages come from the header table.
_CLOSING_WORD = re.compile(
    r"^(?:(?:med\s+)?(?:vänl(?:ig|iga)?|bästa|varma|many|kind|best)\.?\s+)?"
    r"(?:hälsn(?:ing|ingar)?|mvh|m\.v\.h|vh|kram(?:ar)?|regards|cheers|tack|thanks)\b[\s,./!]*",
    re.I,
)


def _sign_off_and_name(sentence: str) -> bool:
    s = sentence.strip()
    m = _CLOSING_WORD.match(s)
    rest = s[m.end():] if m else qh.closing_rest(s)
    return rest is not None and (not rest.strip(" .,!") or bool(_NAME_RIDE.match(rest.strip())))


def _ends_answer(sentence: str, *, plain: bool = False) -> bool:
    """A sentence said to the reader rather than about the association: a closing, a sign-off
    and name ("Hälsn Peter Ahlgren, ordf."), a wish to talk, a note on the exchange or the
    survey ("Hör av er om ni undrar något"), an apology for the reply ("Förlåt om min
    svenska inte är perfekt")."""
    return bool(
        _CLOSING.match(sentence) or wants_interview(sentence) or is_instruction(sentence)
        or (_about_survey(sentence) and n_words(sentence) <= 20)
        or rest_said_elsewhere(sentence)
    ) or (not plain and bool(
        is_valediction(sentence) or SIGN_OFF.match(sentence) or _sign_off_and_name(sentence)
        or (APOLOGY.search(sentence) and n_words(sentence) <= 20)
        or (said_to_reader(sentence) and n_words(sentence) <= 25)
        # "Jag bifogar affischen till vår vårkurs, sprid den gärna!": a note on the mail
        or (says_what_is_attached(sentence) and n_words(sentence) <= 20)
        or (offers_to_send(sentence) and n_words(sentence) <= 25)
    ))


# the other answers said to be given another way, a short sentence naming "the rest" and
# the meeting, the phone or the spoken word: "Resten pratade vi om på mötet.", "De andra
# frågorna tog vi i telefon.", "The rest we covered at the meeting.", "We discussed the
# other questions when we met." - said of the exchange, no part of the answer it follows
_REST_SAID_ELSEWHERE = re.compile(
    r"(?i)^(?=.*\b(?:resten|de\s+(?:övriga|andra)\s+frågorna|övriga\s+frågor\w*|the\s+rest"
    r"|the\s+(?:other|remaining)\s+(?:questions|ones))\b)"
    r"(?=.*\b(?:på\s+(?:mötet|träffen|besöket)|i\s+telefon|muntligt|när\s+vi\s+(?:sågs|träffades"
    r"|ses|träffas)|at\s+the\s+(?:meeting|visit)|on\s+the\s+phone|in\s+person|when\s+we\s+"
    r"(?:met|meet)|orally)\b)")


def rest_said_elsewhere(sentence: str) -> bool:
    """SENTENCE says the other answers were (or will be) given another way (see
    _REST_SAID_ELSEWHERE): no answer, nothing left over."""
    return _REST_SAID_ELSEWHERE.search(sentence) is not None and n_words(sentence) <= 15


# an instruction to the reader or a condition on the wish: "Ring i så fall kassören"
_TO_READER_ACT = re.compile(
    r"^(?:\w+[,!]?\s+)?(?:ring|skriv|mejla|maila|kontakta|boka|hör|säg|meddela|call|email|write"
    r"|contact)\b|.*\b(?:i\s+så\s+fall|in\s+that\s+case|om\s+det\s+blir\s+av)\b",
    re.I,
)


def _rides_along(sentence: str) -> bool:
    """After such a sentence, what still speaks to the reader ("Vi ber i så fall att ni bokar
    tolk") or only names the writer belongs to the note too."""
    return bool(_NAME_RIDE.match(sentence.strip()) or _TO_READER_ACT.match(sentence)) or (
        bool(re.search(r"\b(?:ni|er|du|dig|you)\b", sentence, re.I)) and n_words(sentence) <= 20)


def _trailing_start(sentences: list[str], *, plain: bool = False) -> int:
    """Index of the first sentence of the note that ends the last answer's line: the earliest
    sentence that ends the answer with only such sentences, or ones riding along, after it."""
    cut = len(sentences)
    for j in range(len(sentences) - 1, -1, -1):
        if _ends_answer(sentences[j], plain=plain):
            cut = j
        elif plain or not _rides_along(sentences[j]):
            break
    return cut


# The line model may cut only short lines that are no sentence: a sign-off, a name, a
# greeting word ("Дзякуй,", "Алесь Караткевіч", "peace / Mo"). A longer line, or one
# ending a sentence ("Vet ej.", "skolorna i Oxie."), is left to the rules and the
# self-check, which can still show it; a short answer cut here would vanish unseen.
_MODEL_CUT_WORDS = 6
# ... and only when it is sure where the answer ends: the line above the cut must be
# answer text by the model's judgement too, or nothing is cut (a closing sentence the
# model may not cut, above a name, stays with the name, where the self-check sees both).
_ANSWER_BELOW = 0.5
# A closing block is a few lines (talon looks at the last 11): the model reads no further up.
_MODEL_MAX_LINES = 12


def _model_may_cut(line: str) -> bool:
    t = line.strip()
    return n_words(t) <= _MODEL_CUT_WORDS and not t.endswith((".", "?", ":", ";"))


# a list item's mark and its space: "- ", "* ", "• "
_ITEM_MARK = re.compile(r"^\s*([-–*•·▪◦])\s+\S")


def _list_goes_on(lines: Sequence[str], i: int) -> bool:
    """Line I is an item of the list the line right above it opens or continues (the same
    mark, no blank line between): "- Hinder: lokalen är för liten" under "- Hinder: korta
    bidrag, ett år i taget". A list's short items look like a sign-off to the line model;
    nobody signs under a list with its mark."""
    if i == 0:
        return False
    here, above = _ITEM_MARK.match(lines[i]), _ITEM_MARK.match(lines[i - 1])
    return bool(here and above and here.group(1) == above.group(1))


def cut_closing_lines(lines: list[str], question_texts: Sequence[str] | None = ()) -> list[str]:
    """LINES without the trailing lines the line model (`line_model.py`) judges a closing
    or signature, bottom-up; the first line with words always stays. Each line is judged
    where it stands in LINES, as the model learnt it (a name under "Дзякуй," is not last
    once the name is gone). QUESTION_TEXTS None: the rules alone (an attachment's text)."""
    model = line_model.load_model() if line_model.ENABLED else None
    if model is None or question_texts is None:
        return lines
    signed, lines = lines, [without_on_behalf(ln) for ln in lines]
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    end = len(lines)
    tail = filled[-_MODEL_MAX_LINES:]
    for i in reversed(tail):
        stop = i == tail[0] or not _model_may_cut(lines[i]) or line_model.continues_line(lines, i) \
            or _list_goes_on(lines, i)
        if stop and end == len(lines):
            break  # nothing cut, none to cut here: the model's features are not computed
        p = line_model.closing_probability(lines, i, question_texts, model) or 0.0
        if stop or p < model.threshold:
            if end < len(lines) and p >= _ANSWER_BELOW and not _says_yes_no(lines[i]):
                # not sure where the answer ends: the rules' reading stands, but for a name
                # signed alone on the last line under it ("... med belysning" / "Kjell"):
                # the doubt is the line above, the name is no answer's whatever it is
                return lines if not _lone_name_under(lines, end) else list(signed[:end])
            break
        end = i
    out = list(signed[:end])
    while out and not out[-1].strip():
        out.pop()
    return out


# Whose name it is, said in brackets after it: "Amira (för kollektivet)", "Jonas (för
# styrelsen)", "Sam (on behalf of the board)" - read as the name it follows
_ON_BEHALF = re.compile(
    r"\s*\((?:för|å|på\s+uppdrag\s+av|for|on\s+behalf\s+of)\s+[^()]{1,40}\)\s*$", re.I)


def without_on_behalf(line: str) -> str:
    """LINE without a bracketed "on behalf of" after a name (see _ON_BEHALF)."""
    m = _ON_BEHALF.search(line)
    return line[:m.start()] if m and _name_like(line[:m.start()]) else line


def _says_yes_no(line: str) -> bool:
    """A line that opens with a plain yes or no ("Jodå, det gör vi på vårt sätt.", "Nope,
    not yet.") is answer text, however short: no closing says yes or no. (A short line
    looks like a closing to the line model; above a name it is the answer.)"""
    t = line.strip()
    yn = parse_yes_no(t)
    first = re.match(r"\w+", t)
    return yn.value is not None and not yn.ambiguous and first is not None \
        and parse_yes_no(first.group()).value == yn.value


_SIGN_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")
_NO_CLOSING = re.compile(r"^(?:ja|jo|nej|nä|yes|no|inga|ingen|inget|vet|okej|ok)\b", re.I)


def _lone_name_under(lines: Sequence[str], end: int) -> bool:
    """The lines from END on are one name alone (one or two capitalised words, no stop)
    right under a line of text that ends in a word, as an answer typed without a stop does
    ("Vi behöver en ny bana med belysning" / "Kjell"): a name signed under the last answer.
    Under a sentence with its stop that may be a closing too ("Przepraszam za zamieszanie."
    / "Agnieszka Nowak") both stay, for the self-check to see; under a colon or comma the
    name is an item the line opens."""
    rest = [ln for ln in lines[end:] if ln.strip()]
    above = next((ln.strip() for ln in reversed(lines[:end]) if ln.strip()), "")
    return len(rest) == 1 and len(rest[0].split()) <= 2 and _name_like(rest[0]) \
        and above[-1:].isalnum() and not _ITEM_MARK.match(rest[0])


def _name_like(line: str) -> bool:
    """One to three words, each capitalised or in a script without capitals: a name."""
    t = line.strip().lstrip("/")
    if t.endswith((".", "!", "?", ":")) or _NO_CLOSING.match(t):
        return False  # "Inga.", "Nej!": a sentence or a yes or no, no name
    words = t.split()
    return 1 <= len(words) <= 3 and all(
        _SIGN_WORD.match(w) and not w[0].islower()  # capitalised, or a script without case
        for w in words)


def _closing_word_like(line: str) -> bool:
    """One to three words and no sentence ("Lugupidamisega", "Tervitustega,", "Cheers!"):
    the shape of a closing word, whatever its language; never a yes or no."""
    t = line.strip().rstrip(",!")
    words = t.split()
    return 1 <= len(words) <= 3 and not _NO_CLOSING.match(t) \
        and all(_SIGN_WORD.match(w) for w in words)


_SIGNATURE_WORDS = 6  # a role, the association's name, a phone number under the name


def _signature_line(line: str) -> bool:
    """A short line of a signature block under the name: no sentence, no yes or no."""
    t = line.strip()
    return 1 <= n_words(t) <= _SIGNATURE_WORDS and not t.endswith((".", "?", ":", ";")) \
        and not _NO_CLOSING.match(t)


def only_sign_off(lines: list[str], question_texts: Sequence[str] | None) -> bool:
    """LINES (the last answer, its closing already cut by the rules) are nothing but a
    sign-off the rules do not know by its words: a closing word and a name on one or two
    short lines ("Lugupidamisega" / "Kadri", "Tervitustega, Kadri Tamm"), or a name alone,
    with at most two short signature lines under them (a role, the association, a phone
    number), every line judged a closing line by the line model too. Under the last
    question, where the writer signed instead of answering, they are no answer. A terse
    answer of the same shape ("Pengar" / "Kadri") cannot be told from it: the question is
    left unanswered, which the self-check shows (partial)."""
    filled = [ln.strip() for ln in lines if ln.strip()]
    if question_texts is None or not 1 <= len(filled) <= 4 \
            or any(parse_yes_no(ln).value is not None for ln in filled):
        return False
    head, sep, rest = filled[0].partition(",")
    if sep and _closing_word_like(head) and rest.strip():
        # closing word and name on one line ("Tervitustega, Kadri Tamm, Eesti Selts")
        name, *more = [x.strip() for x in rest.split(",")]
        shape = [head + ",", name, *more, *filled[1:]]
    elif len(filled) >= 2 and _closing_word_like(filled[0]):
        shape = filled
    else:
        shape = ["", *filled]  # a name alone, maybe with its signature lines
        if n_words(filled[0]) > 2:
            return False
    if not _name_like(shape[1]) or len(shape) > 4 \
            or not all(_signature_line(x) for x in shape[2:]):
        return False
    shape = [x for x in shape if x]
    model = line_model.load_model() if line_model.ENABLED else None
    if model is None:
        return False
    return all((line_model.closing_probability(shape, i, question_texts, model) or 0.0)
               >= model.threshold for i in range(len(shape)))


def trim_closing(lines: list[str], question_texts: Sequence[str] | None = None) -> list[str]:
    """Drop closing lines/sentences at the end of the last answer ("Hör av er om ...") and
    a trailing "PS. ..." paragraph; then the short closing lines the line model knows by
    their shape (QUESTION_TEXTS: the survey's questions, one of its features; None: the
    rules alone)."""
    lines = cut_closing_lines(_trim_closing_rules(lines), question_texts)
    return lines


# A name and a role, the last paragraph of its own with no closing word: "Sofia, ordf.",
# "Anna Berg, kassör", "Tony (chair)": a signature
_NAME_AND_ROLE = re.compile(
    r"^[A-ZÅÄÖÉÜ][\w'’-]*(?:\s+[A-ZÅÄÖÉÜ][\w'’-]*){0,2}\s*[,(/–-]?\s*" + SIGN_ROLE + r"\)?\.?$",
    re.I)


def is_name_and_role(line: str) -> bool:
    """LINE is a name and a role signed alone ("Sofia, ordf.", "Anders Berg kassör")."""
    t = line.strip()
    return bool(t) and t[0].isupper() and bool(_NAME_AND_ROLE.match(t))


# a name signed with a slash after the last sentence, on its line: "... kommer hit. /Jesper,
# Cykelköket", "... alla. // Elin för Cykelköket" (a slash and a capital, no stop after it)
_SLASH_SIGNED_TAIL = re.compile(r"(?<=[.!?])\s+/{1,2}\s*[A-ZÅÄÖÉÜ][^/.!?]{0,40}$")


# A document's footnotes at its foot: every line opens with a superscript number ("¹ Protokoll
# från styrelsemöte ...", "² See the annual report."), the marks the headings above carry
_FOOTNOTE = re.compile(r"^\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*\S")
# A heading of its own for something else than the questions, alone on its line, maybe with
# the document's section number: "Övrigt", "1.4 Övrigt", "5.2 Övriga synpunkter:", "Other
# comments", "Additional remarks"
_OTHER_HEADING = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:övrigt|övriga\s+(?:synpunkter|kommentarer|frågor"
    r"|upplysningar)|annat|other(?:\s+(?:comments|remarks|matters|information))?"
    r"|additional\s+(?:comments|remarks|information)|any\s+other\s+(?:comments|business))"
    r"\s*:?\s*$", re.I)


# A document's own closing formula, a paragraph of its own at its foot: when and by whom it was
# adopted or where and when it was signed ("Antaget vid styrelsemötet den 14 januari 2020.",
# "Malmö den 3 februari 2020", "Approved by the board, 12 March 2020.", "Lund 2020-01-14"):
# a short line holding a whole date (day, month and year), no answer
_MONTH = (r"(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|mar(?:s|ch)?|apr(?:il)?|maj|may|jun[ie]?"
          r"|jul[iy]?|aug(?:usti|ust)?|sep(?:tember)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?"
          r"|dec(?:ember)?)\.?")
_FULL_DATE = re.compile(
    r"\b(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}(?:\s*(?:e|a|:e|:a|st|nd|rd|th))?\s+" + _MONTH
    + r",?\s+\d{4}|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\b", re.I)
_ADOPTED = re.compile(
    r"^\s*(?:antag\w*|godkän\w*|beslut\w*|fastställ\w*|adopted|approved|agreed)\b", re.I)


# Who signs the dateline, after its comma or a dash or slash: "Malmö 9 december 2019,
# styrelsen för X", "..., the board of X", "... – the ESN Malmö board", "... / Anna Berg" - a
# few words and no sentence's end (unseen106, unseen91).
_SIGNER_TAIL = re.compile(r"(?<=\d)(?:,|\s+[–—/-])\s+[^\s.!?:;,\d][^.!?:;\d]{1,60}$")


def is_dateline(par: str) -> bool:
    """PAR is a document's closing formula or a letter's dateline: its place and day
    (`DATELINE`), or adopted or approved and when, one short sentence with a whole date."""
    t = " ".join(par.split())
    return bool(t) and (bool(DATELINE.match(_SIGNER_TAIL.sub("", t))) or (
        n_words(t) <= 10 and len(split_sentences(t)) == 1
        and bool(_FULL_DATE.search(t)) and bool(_ADOPTED.match(t))))


def _last_paragraph(lines: list[str]) -> tuple[int, int]:
    """The bounds [start, end) of LINES' last paragraph (its lines not blank)."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    start = end
    while start and lines[start - 1].strip():
        start -= 1
    return start, end


def _without_dateline(lines: list[str]) -> list[str]:
    """LINES without a document's closing formula in the last paragraph of its own
    (`is_dateline`), under an answer above it."""
    start, end = _last_paragraph(lines)
    if start == end:
        return lines
    if start and end - start <= 2 and is_dateline(" ".join(lines[start:end])):
        return lines[:start]
    # typed on the line right under the last answer, no blank line between (a Word
    # document's foot): only the place-and-day line, with or without who signs it
    # ("Malmö 9 december 2019, styrelsen för X"), as a line of its own (unseen106)
    last = " ".join(lines[end - 1].split())
    if end - start >= 2 and DATELINE.match(_SIGNER_TAIL.sub("", last)):
        return lines[:end - 1]
    return lines


# A form's field for who filled it in (or signed it, and when) at its foot: "Ifyllt av: Ahmed
# Said, ordförande, 2020-01-16", "Besvarad av:" / a name, "Underskrift:", "Completed by: Sam
# Lee, secretary", "Filled in by:"; the label opens its line, its value on it or under it
FORM_CREDIT = re.compile(
    r"^\s*(?:ifyll[dt]|besvara[dt]|lämna[dt]|underteckna[dt]|(?:svar(?:en|et)?\s+)?"
    r"(?:skriv(?:et|na)|lämnade?)|completed|filled\s+(?:in|out)|answered|signed|submitted)"
    r"\s+(?:av|by)\s*[:.\-–]?(?:\s|$)"
    r"|^\s*(?:underskrift|namnteckning|namnförtydligande|kontaktperson|uppgiftslämnare"
    r"|signature|contact\s+person)\s*[:\-–]", re.I)


def _without_form_credit(lines: list[str]) -> list[str]:
    """LINES without a form's credit field in the last paragraph of its own (`FORM_CREDIT`:
    its label and value on one to three short lines, its date too), under an answer."""
    start, end = _last_paragraph(lines)
    par = [ln for ln in lines[start:end] if ln.strip()]
    if start == 0 or not par or len(par) > 3 or not FORM_CREDIT.match(par[0]) \
            or n_words(" ".join(par)) > 16 or not any(ln.strip() for ln in lines[:start]):
        return lines
    return lines[:start]


def _without_footnotes(lines: list[str]) -> list[str]:
    """LINES without the footnotes at their foot (each line opening with a superscript
    number): the notes to the headings' marks, no answer."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    start = end
    while start and (not lines[start - 1].strip() or _FOOTNOTE.match(lines[start - 1])):
        start -= 1
    while start < end and not lines[start].strip():
        start += 1
    if start == end or not any(ln.strip() for ln in lines[:start]):
        return lines
    return lines[:start]


def _trim_closing_rules(lines: list[str]) -> list[str]:
    # a separator line ends the answer: below it come the signature block, a disclaimer or
    # an original (the self-check does not count them as own text either)
    cut = next((i for i, ln in enumerate(lines) if i > 0 and SEPARATOR_LINE.match(ln)), None)
    lines = _cut_sign_off(_without_dateline(_without_form_credit(_without_footnotes(
        list(lines if cut is None else lines[:cut])))))
    # a heading for something else ("Övrigt", "1.4 Övrigt") after the last answer ends it:
    # what is under it is the writer's own addition, left over and shown ("unassigned_text")
    cut = next((i for i, ln in enumerate(lines) if i > 0 and _OTHER_HEADING.match(ln)
                and not lines[i - 1].strip() and any(x.strip() for x in lines[:i])), None)
    if cut is not None:
        lines = lines[:cut]
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    if len(filled) > 1 and is_name_and_role(lines[filled[-1]]) \
            and not lines[filled[-1] - 1].strip():
        lines = lines[:filled[-1]]
    for i, ln in enumerate(lines):
        if i > 0 and _POSTSCRIPT.match(ln) and not lines[i - 1].strip():
            lines = lines[:i]
            break
    # A paragraph of its own after the answer that opens as a closing, a wish to talk, a
    # thank-you or a note about the survey ends the answer there: it is said to the
    # coordinator, not about the association. Anything of substance cut with it is left
    # over for the self-check to show ("unassigned_text"), never silently kept or lost.
    for i in range(1, len(lines)):
        if lines[i].strip() and not lines[i - 1].strip() and any(x.strip() for x in lines[:i]):
            first = next(iter(split_sentences(lines[i].strip())), "")
            # ... or a note that an earlier answer stands ("1. Samma som förut.")
            if first and (_opens_closing_par(first) or stands_as_before(lines[i])):
                lines = lines[:i]
                break
    while lines:
        while lines and not lines[-1].strip():
            lines.pop()
        if not lines:
            break
        sentences = split_sentences(lines[-1])
        start = _trailing_start(sentences)
        if start == 0 and not (len(lines) > 1 and lines[-2].strip()):
            # a paragraph of its own: only the plain closings end it here; a note to the
            # reader standing alone is kept and flagged ("trailing_note") below
            start = _trailing_start(sentences, plain=True)
            if start and all(apologises_for_reply(x) and n_words(x) <= _SHORT_APOLOGY_WORDS
                             for x in sentences):
                start = 0  # "förlåt sent svar.", "Sorry for the late reply!": as sure
        kept = sentences[:start]
        if len(kept) == len(sentences):
            break
        if kept:
            lines[-1] = " ".join(kept)
            break
        lines.pop()
    if lines and (m := _SLASH_SIGNED_TAIL.search(lines[-1])):
        lines[-1] = lines[-1][:m.start()]
    return lines


LABEL_LINE = re.compile(r"^\s*(?:svar|answer)\s*[:.\-–—]?\s*$", re.I)


def raw_text(lines: list[str]) -> str:
    pars: list[str] = []
    cur: list[str] = []
    content = [ln for ln in lines if ln.strip()]
    if len(content) > 1 and LABEL_LINE.match(content[0]):
        # a form's "Svar" cell or label line above the answer is no part of it
        lines = lines[lines.index(content[0]) + 1 :]
    for ln in lines:
        if ln.strip():
            cur.append(ln.strip())
        elif cur:
            pars.append("\n".join(cur))
            cur = []
    if cur:
        pars.append("\n".join(cur))
    return "\n\n".join(pars)


def strip_greeting(par: str) -> str:
    """Drop an opening "Hej!" / "Hej Anna," / "Hi," (its own line, or the start of the first)."""
    lines = par.strip().splitlines()
    if not lines:
        return ""
    first = lines[0].strip()
    m = GREETING.match(first)
    if m:
        lines[0] = first[m.end() :]
    return "\n".join(x for x in lines if x.strip())


# A sentence about the mail rather than the association: "fick kartläggningen vidarebefordrad,
# här är svaren", "Jag såg att ni gör en kartläggning och vill gärna svara för vår förening".
PREAMBLE_ANY = re.compile(
    r"\b(?:här\s+(?:är|kommer|följer|har\s+(?:ni|du))\s+(?:\w+\s+){0,2}svar\w*"
    r"|svar(?:en)?\s+(?:nedan|följer|kommer\s+här)|(?:vill|ska)\s+(?:gärna\s+)?(?:svara|besvara)"
    r"|here\s+(?:are|is)\s+(?:\w+\s+){0,2}answers?)\b",
    re.I,
)
# A closing sentence about the survey itself: "De andra frågorna är lite stora att svara på".
_ABOUT_SURVEY = re.compile(
    r"\b(?:frågorna|enkäten|kartläggningen|svara\s+på|besvara\w*|the\s+(?:questions|survey))\b",
    re.I,
)
# ... but a part of an answer under its own label ("Möjligheter: maten lockar alla, och vi får
# fler frågor från skolor än vi hinner svara på.", unseen122 37) speaks of the association,
# whatever words it shares with such a remark ("PS:", "Obs:" notes may be remarks)
_ANSWER_PART = re.compile(r"^(?!(?:ps|obs|nb|pps)\b)[^\W\d_]{3,20}\s*:\s+\S", re.I)


def _about_survey(sentence: str) -> bool:
    return bool(_ABOUT_SURVEY.search(sentence)) and not _ANSWER_PART.match(sentence)


# The writer on the mail itself: "Jag fick er enkät vidarebefordrad och svarar från min
# privata mejl", "Jag har försökt ta frågorna i tur och ordning", "Styrelsen har diskuterat
# frågorna och jag skriver här våra svar": a person (I/we) and the survey, its questions,
# the answers or the mail - how the reply came about, not what the association does.
_ON_THE_MAIL = re.compile(
    r"\b(?:frågorna|enkät\w*|kartläggning\w*|förfrågan|inbjudan|utskick\w*|mejl\w*"
    r"|mail\w*|e-?post\w*|svaren|besvara\w*|the\s+questions|survey|questionnaire|e-?mail"
    # the reader's letter passed on: "fick ert brev vidarebefordrat av vår ordförande"
    r"|vidarebefordra\w*|(?:ert|ditt)\s+brev|forwarded|your\s+letter)\b",
    re.I,
)
# answering in general words: framing only when the sentence does not describe ("Vi svarar på
# frågor om skatt" is what a helpline does)
_ANSWERING = re.compile(r"\b(?:frågor|svar|svaret|svarar|svara|answers?|answering)\b", re.I)
_PERSON = re.compile(r"\b(?:jag|vi|mig|oss|styrelsen|i|we|me|us)\b", re.I)


# "svaret på fråga 2 ska vara JA och fråga 3 ska vara:": an answer given by its number, and
# a sentence ending in ":" introduces what follows - neither is framing
_NAMES_ANSWER = re.compile(r"\b(?:fråga|frågan|question)\s*(?:nr\.?\s*)?\d|:\s*$", re.I)


def speaks_of_the_mail(text: str) -> bool:
    """TEXT names the mail, the survey or its answers ("i mitt förra mejl", "the survey")."""
    return bool(_ON_THE_MAIL.search(text))


# the writing itself, all the sentence ends on: "Hon har berättat och jag skriver.", "My
# father tells, I write it down."
_WRITES = re.compile(
    r"\b(?:jag|vi|i|we)\s+(?:skriver|skrev|write|wrote|am\s+writing|are\s+writing)"
    r"(?:\s+(?:ner|ned|det|it\s+down|this|för\s+(?:henne|honom|dem|oss)|for\s+(?:her|him|them|us)))?"
    r"\s*[.!]?$", re.I)


# the mail said to be spoken into the phone: "jag pratar in det här i telefonen", "jag skriver
# med rösten", "dikterat i bilen", "I'm dictating this", "voice typing" - how the mail came
# about, said to the reader
_DICTATED = re.compile(
    r"\b(?:pratar|pratat|talar|talat)\s+in\s+(?:det\s+här|detta|det|mejlet|mailet|svaret|svaren)\b"
    r"|\bskriver\s+med\s+(?:rösten|röst\w*)\b|\bdikter\w*|\bröststyr\w*|\bröstinmatning\w*"
    r"|\bdictat\w*|\bvoice\s+(?:typing|input|to\s+text)\b|\bspeech[\s-]to[\s-]text\b", re.I)


@short_cache(maxsize=2048)  # a pure test of a sentence, asked again by several passes
def _on_the_mail(sentence: str) -> bool:
    return bool((_ON_THE_MAIL.search(sentence) or _WRITES.search(sentence)
                 or _DICTATED.search(sentence)
                 or (_ANSWERING.search(sentence) and not DESCRIPTIVE.match(sentence)))
                and _PERSON.search(sentence) and not _NAMES_ANSWER.search(sentence)
                and n_words(sentence) <= 30)


# Said before the story starts, in the reply's first paragraph: pleasure at being asked, said
# to the reader or of the mail ("Kul att ni frågar.", "Roligt att få mejl från kommunen.",
# "Nice of you to ask!"); the writer introducing themselves by name or role ("Jag heter
# Gunnar och är kassör i ...", "I'm the coordinator of the club, ..."); a lead-in to telling
# about the association ("Jag tänkte berätta lite om oss ...", "let me tell you a bit about
# us"). None of it answers a question.
_GLAD_ASKED = re.compile(
    r"^(?:(?:vad|så|väldigt|jätte|really|so)\s*)?(?:kul|roligt|trevligt|glädjande|nice|great"
    r"|lovely)\s+(?:att|of\s+you|to)\b|^(?:we\s+are|we're|i'm|i\s+am|vi\s+är|jag\s+är)\s+"
    r"(?:so\s+|very\s+|glada\s+och\s+)?(?:glad|glada|happy|pleased)\s+(?:att|to|that|för)\b", re.I)
_TO_READER_OR_MAIL = re.compile(
    r"\b(?:ni|er|ert|era|du|dig|you|kommunen|staden|mejl\w*|mail\w*|e-?post|frågar|fråga"
    r"|asking|ask|hear)\b", re.I)
_INTRODUCES_WRITER = re.compile(
    # "det är Hodan", "this is Sam here": the writer naming themself, as on the phone
    r"^(?:(?:hej|hejsan|hallå|hi|hello)[,!]?\s+)?(?:(?:det|här)\s+är|this\s+is|it\s+is|it'?s)"
    r"\s+(?-i:[A-ZÅÄÖÉÜ][a-zåäöéü]+)(?:\s+här|\s+here)?"
    r"(?=\s*[,.!]?\s*$)"
    # ... with the whole name and what they are or where from, as on the phone: "det är
    # Gunnar Persson ordförande i PRO Kirseberg", "det är Azad från kulturcentret", "Jag är
    # Pim från Thailändska föreningen", "this is Sam Berg, chair of ..." (what follows says
    # nothing of the association: see _only_introduces)
    r"|(?:^(?:(?:hej|hejsan|hallå|hi|hello)[,!]?\s+)?(?:det|här|jag)\s+är\s+"
    r"|^(?:this|it)\s+is\s+|^(?:i\s+am|i'm)\s+)"
    r"(?-i:[A-ZÅÄÖÉÜ][a-zåäöéü]+)(?:\s+(?-i:[A-ZÅÄÖÉÜ][a-zåäöéü]+))?,?\s+"
    r"(?:(?:" + SIGN_ROLE + r"|chair|secretary|treasurer)\s+)?(?:i|för|på|från|in|of|at|from)\s+\S"
    # "Maria här, en av cirkelledarna.", "Sam here, the club's secretary": the name first, as
    # on the phone (not a pronoun or a place word: "Vi här i Holma ...")
    r"|^(?!(?:vi|jag|we|det|här|där|alla|och|men|nu|så)\b)(?-i:[A-ZÅÄÖÉÜ][a-zåäöéü]+)\s+(?:här|here)"
    r"(?=\s*[,.!]|\s*$)"
    # who writes and "här" as all the line says, in any case, after a greeting or not, an
    # emoji at the line's end (the greeting is stripped first where it opens the reply): "yo,
    # seved streetbasket här 🏀", "hej! sara här", "hey, the kickers crew here ✌️" (a chat
    # opening; "hej, vi här i Holma ..." goes on about the association)
    r"|^(?:(?:hej|hejsan|hallå|hi|hello|hey|yo|tja|tjena|tjabba)[,!]*\s+)?"
    r"(?!(?:vi|jag|we|det|alla|här|där|och|men|nu|så|i|it|the|this)\b)"
    r"[^\W\d_][\w.'-]*(?:\s+[^\W\d_][\w.'-]*){0,3}?\s+(?:här|here)"
    r"(?=[\s,.!]*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?\s*)*$)"
    r"|^(?:jag\s+heter|mitt\s+namn\s+är|my\s+name\s+is|(?:jag\s+är|i\s+am|i'm)\s+(?:the\s+|en\s+av\s+"
    r"|one\s+of\s+the\s+|föreningens\s+|klubbens\s+|our\s+)?(?:[\w-]+\s+)?(?:" + SIGN_ROLE
    + r"|samordnare|kontaktperson|coordinator|president|contact\s+person|leader))\b", re.I)
_LEADS_IN_TO_TELLING = re.compile(
    r"\b(?:tänkte|ska|vill|försöker|kan)\s+(?:jag\s+|vi\s+)?(?:\w+\s+)?(?:berätta|beskriva)\s+"
    r"(?:lite\s+|kort\s+|något\s+)?(?:om\s+)?(?:oss|föreningen|klubben|vår\s+\w+)\b"
    # a few lines from us said as what follows: "Här kommer några rader från oss i X.", "Here
    # are a few lines from us at the club."
    r"|^(?:här\s+(?:kommer|är|följer)|here\s+(?:are|is|comes?))\s+(?:några|ett\s+par|lite|a\s+few"
    r"|some|a\s+couple\s+of)\s+(?:rader|ord|lines|words)\b"
    r"|\b(?:let\s+me|i'll|i\s+will|i'd\s+like\s+to|we'd\s+like\s+to)\s+(?:\w+\s+)?(?:tell|describe)"
    r"\s+(?:you\s+)?(?:a\s+(?:bit|little)\s+|briefly\s+)?(?:about\s+)?(?:us|the\s+club|our\s+\w+)\b"
    # the writing itself as the lead-in, a little of it: "Jag skriver lite om oss på mitt eget
    # sätt, ...", "I'm writing a few words about our club, ..."
    r"|^(?:jag|vi)\s+(?:skriver|berättar)\s+(?:lite|kort|några\s+rader|något)\s+om\s+(?:oss|föreningen"
    r"|klubben|vår\s+\w+)\b|^(?:i|we)(?:'m|'re|\s+am|\s+are)?\s+(?:writing|telling\s+you)\s+(?:a\s+(?:bit"
    r"|little|few\s+(?:words|lines))|briefly)\s+about\s+(?:us|the\s+club|our\s+\w+)\b",
    re.I)
# a lead-in to telling said anywhere in the writer's words, the verb first after a lead too
# ("Som du bad om skriver jag lite om oss:", "Här berättar vi kort om föreningen."; "as you
# asked, here is a little about us:"): it announces the description (not cut as framing:
# the description may follow on the same line)
_ANNOUNCES_TELLING = re.compile(
    r"\b(?:skriver|berättar)\s+(?:jag|vi)\s+(?:lite|kort|några\s+rader|något)\s+om\s+(?:oss"
    r"|föreningen|klubben|vår\s+\w+)\b|\bhere\s+(?:is|are|comes)\s+(?:a\s+(?:bit|little|few\s+"
    r"(?:words|lines))|some\s+(?:words|lines))\s+about\s+(?:us|the\s+club|our\s+\w+)\b"
    # the announcement alone, no verb: "Först lite om oss.", "Men här är lite om klubben.",
    # "A little about us first."
    r"|^(?:(?:först|men|och|nu|så|first|and|but|now|so)\s+)*(?:här\s+(?:är|kommer|följer)\s+"
    r"|here\s+(?:is|are|comes)\s+)?(?:lite|något|kort|några\s+ord|a\s+(?:bit|little|few\s+words)"
    r"|some\s+words|briefly)\s+(?:om|about)\s+(?:oss|föreningen|klubben|vår\s+\w+|us|the\s+club"
    r"|our\s+\w+)(?:\s+(?:först|first|nedan|below))?\s*[.:!]?$",
    re.I)


def announces_description(text: str) -> bool:
    """TEXT (the sender's own words) says that what it holds tells about the association:
    "Som du bad om skriver jag lite om oss:", "As you asked, here is a little about us:".
    The one paragraph read as the description for want of structure is then what the writer
    said it is, no guess (`pipeline.parse_message`: a reply, not `other`)."""
    return any((_LEADS_IN_TO_TELLING.search(s) or _ANNOUNCES_TELLING.search(s))
               and n_words(s) <= 25 for s in split_sentences(normalize_ws(text)))


# the reply said to be late, and here at last: "Sent svar, men här kommer det.", "Lite sent,
# men här är våra svar.", "Sorry for the late reply, but here it is." (a short sentence; the
# comma may be left out: "lite sent men här är resten.", "a bit late but here is the rest.")
_LATE_REPLY = re.compile(
    r"^(?:(?:ursäkta|förlåt)\s+(?:för\s+)?(?:det\s+)?|sorry\s+(?:for\s+)?(?:the\s+|my\s+|our\s+)?)?"
    r"(?:(?:lite|något|väldigt|mycket|very|a\s+bit|rather)\s+)?(?:sent|sena|late)(?:\s+(?:svar\w*"
    r"|reply|answer|response))?\s*(?:,?\s*(?:men|but)\s+(?:här\s+(?:kommer|är)|here\s+(?:it\s+is|they\s+are"
    r"|are|is|comes))\b[^.!?]{0,25})?[.!]?$", re.I)


def _only_introduces(sentence: str) -> bool:
    """SENTENCE introduces the writer (see _INTRODUCES_WRITER) and says nothing of the
    association: it stops there, or goes on only about answering ("Jag är sekreterare i X och
    vår ordförande har bett mig svara på er enkät.", "I'm the club's secretary and our chair
    asked me to answer your survey.")."""
    head = _INTRODUCES_WRITER.match(sentence)
    if not head or n_words(sentence) > 25:
        return False
    if not _GOES_ON_ABOUT_US.search(sentence):
        return True
    rest = sentence[head.end():]
    cut = re.search(r",\s*|\s+(?:och|and)\s+", rest)
    more = rest[cut.end():] if cut else ""
    return bool(more) and not re.search(r"\d", sentence) \
        and not _GOES_ON_ABOUT_US.search(rest[:cut.start()] if cut else rest) \
        and bool(_ON_THE_MAIL.search(more) or _ANSWERING.search(more)) \
        and bool(re.search(r"\b(?:bett|bad|asked|wants?|ville|vill)\b", more, re.I))


def _opens_story(sentence: str) -> bool:
    """SENTENCE is said before the story starts (see _GLAD_ASKED): no answer."""
    s = sentence.strip()
    if n_words(s) > 25:
        return False
    return bool((_GLAD_ASKED.match(s) and _TO_READER_OR_MAIL.search(s) and n_words(s) <= 10)
                or _only_introduces(s) or _LEADS_IN_TO_TELLING.search(s)
                or (_LATE_REPLY.match(s) and n_words(s) <= 10))


def introduces_writer(sentence: str) -> bool:
    """SENTENCE only says who writes ("Jag heter Rojda och jag är ordförande i ...", "My name
    is Ali, I'm the club's treasurer."): framing, no answer's sentence."""
    return _only_introduces(sentence.strip())


# "I am the coach of ..., we are about 60 players ...": the introduction goes on to
# describe the association - the sentence is the answer's
_GOES_ON_ABOUT_US = re.compile(r"\b(?:vi|we|our|vår|våra|vårt|som|who|which)\b|\d", re.I)


def _is_preamble(par: str, *, first: bool = False) -> bool:
    """PAR frames the reply (greeting, thanks, "här är svaren"); FIRST: the reply's first
    paragraph, where sentences on how the reply came about frame it too."""
    return _preamble(par, first)


# A pure test of a paragraph's text, asked again of the same paragraphs by the opening's,
# the closing's and the position reader's passes (~30 us each on the real-shaped corpora)
@short_cache(maxsize=2048)
def _preamble(par: str, first: bool) -> bool:
    t = normalize_ws(strip_greeting(par))
    if not t:
        return True
    sentences = split_sentences(t)
    return all(
        PREAMBLE.match(s) or _CLOSING.match(s) or refers_to_attachment(s) or GREETING.fullmatch(s)
        or (PREAMBLE_ANY.search(s) and not DESCRIPTIVE.match(s))
        or (first and (_on_the_mail(s) or _opens_story(s))) or _LEADS_IN.search(s)
        for s in sentences
    )


# a clause that leads in to what follows, the sentence's last: "..., så här kommer lite om
# oss:", "..., so here is a little about us:"
_LEADS_IN = re.compile(
    r"(?:^|,\s*(?:så\s+|so\s+|men\s+|but\s+)?)(?:här\s+(?:kommer|följer|är)|nedan\s+(?:följer|kommer)"
    r"|here\s+(?:is|are|comes))\b[^.!?:]{0,40}:\s*$", re.I)


# A question put back to the coordinator about the survey itself: "En fråga tillbaka innan jag
# svarar på sista: kommer svaren att publiceras med föreningens namn?", "Will the answers be
# published?" - the exchange, not the association's work ("Hur når vi dem?" is an answer's).
_ASKS_ABOUT_EXCHANGE = re.compile(
    r"\b(?:fråga\s+tillbaka|frågor\s+tillbaka|svaren|enkäten|kartläggningen|publicera\w*"
    r"|question\s+back|the\s+answers|the\s+survey|publish\w*)\b",
    re.I,
)


def asks_back(par: str) -> bool:
    """PAR opens (first or second sentence) with a question to the coordinator about the
    survey: no part of the answer above it (the self-check shows it as text left over)."""
    sentences = split_sentences(normalize_ws(par))
    return any(s.rstrip().endswith("?") and bool(_ASKS_ABOUT_EXCHANGE.search(s))
               for s in sentences[:2])


# A question back before answering at all: whether the survey concerns the writer ("Gäller
# kartläggningen oss också?", "Does this apply to us as well?") or what it means by a word
# of its own ("... men undrar vad ni menar med segregation.", "What do you mean by ...?")
_ASKS_BEFORE_ANSWERING = re.compile(
    r"\bgäller\s+(?:\w+\s+){0,2}?(?:oss|vår\s+\w+|vårt\s+\w+|även\s+oss)(?:\s+(?:också|även"
    r"|med|verkligen))?\s*\?"
    r"|\b(?:undrar|vet\s+inte|förstår\s+(?:inte|ej))\s+(?:riktigt\s+)?vad\s+(?:ni|du)\s+menar\s+med\b"
    r"|\bvad\s+menar\s+(?:ni|du)\s+med\b[^.!?]*\?"
    r"|\b(?:does|do)\s+(?:this|it|the\s+survey)\s+(?:also\s+|really\s+)?(?:apply\s+to|concern)\s+"
    r"(?:us|our\s+\w+)(?:\s+(?:too|as\s+well|also))?\s*\?"
    r"|\b(?:wonder|not\s+sure|don'?t\s+understand)\s+what\s+you\s+mean\s+by\b"
    r"|\bwhat\s+do\s+you\s+mean\s+by\b[^.!?]*\?", re.I)


def asks_before_answering(text: str) -> bool:
    """TEXT asks the coordinator back whether the survey concerns the writer or what it
    means by one of its words (above): a question to answer before the answers."""
    return bool(_ASKS_BEFORE_ANSWERING.search(normalize_ws(text)))


# a question named by its place in the survey: "Den sista frågan", "fråga 4", "the last one"
_NAMED_QUESTION = re.compile(
    r"(?i)^(?:men\s+|och\s+|but\s+|and\s+)?(?:den\s+|the\s+)?(?:sista|fjärde|tredje|andra|last|fourth"
    r"|third|second)\s+(?:frågan|question)\b|^(?:fråga|question)\s*\d\b")


def _opens_closing_par(sentence: str) -> bool:
    return bool(
        _CLOSING.match(sentence) or wants_interview(sentence) or is_instruction(sentence)
        or invites_reader(sentence) or offers_contact(sentence)
        # "Skriv gärna till min adress i fortsättningen, ...": where to write, an address
        or gives_address(sentence)
        # "Den sista frågan återkommer jag om, ...": another question put off, said to the
        # reader (the self-check shows what it cut)
        or (_NAMED_QUESTION.match(sentence) and DEFERS.search(sentence) is not None)
        or (_about_survey(sentence) and n_words(sentence) <= 20
            and not DESCRIPTIVE.match(sentence))
        # "Jag bifogar vår affisch för våren också, sätt gärna upp den!": what else the mail
        # brings, a paragraph of its own after the last answer, is about the mail
        or (says_what_is_attached(sentence) and n_words(sentence) <= 20)
        # "Sedan en annan fråga: ...", "En annan sak:", "On another matter, ...": a turn to
        # something other than the survey, a paragraph of its own after the last answer
        # (a grant, a room, an invitation; unseen106): no part of that answer
        or OTHER_MATTER.match(sentence) is not None
        # "Vi kan skicka vår verksamhetsberättelse också om det är intressant.": more material
        # offered to the reader, a note on the exchange as an attachment said is
        or (offers_to_send(sentence) and n_words(sentence) <= 25)
    )


def _is_closing_par(par: str) -> bool:
    lines = [x.strip() for x in par.strip().splitlines() if x.strip()]
    first = lines[0] if lines else ""
    if SIGN_OFF.match(first) or is_valediction(first):
        return True
    if len(lines) > 1 and _CLOSING.match(first) and all(n_words(x) <= 6 for x in lines[1:]):
        return True  # "God fortsättning!" / "Kim Åberg (hen), ordförande"
    return all(
        _CLOSING.match(s) or wants_interview(s) or _about_survey(s)
        for s in split_sentences(par)
    )


def frames_reply(par: str) -> bool:
    """PAR is framing where a reply starts (a greeting, thanks, how the reply came about)."""
    return _is_preamble(par, first=True)


def is_closing_par(par: str) -> bool:
    """PAR closes the reply (a sign-off, thanks, a wish to talk, a note on the survey)."""
    return _is_closing_par(par)


def _greeting_line(line: str, rest: list[str]) -> bool:
    """A greeting in any language by its shape: one or two words ending in "!" or "," on the
    first line ("yo!", "Merhaba,", "Silav!"), not a yes/no, with more text under it."""
    t = line.strip()
    two = re.split(r"\s*/\s*|\s+(?:och|and)\s+", t[:-1], maxsplit=1)
    if rest and len(two) == 2 and t.endswith(("!", ",")):
        # "Dzień dobry / Hej,", "Merhaba/Hello!", "Salaam aleikum och hej,": the greeting
        # said in two languages, one of them known, each part a word or two
        parts = [p.strip() for p in two]
        return all(1 <= len(p.split()) <= 2 and not re.search(r"\d", p) for p in parts) \
            and any(GREETING.fullmatch(p) for p in parts)
    return (bool(rest) and 1 <= len(t.split()) <= 2 and t.endswith(("!", ","))
            and not re.search(r"\d", t) and parse_yes_no(t).value is None
            and parse_yes_no(t).ambiguous)


def greeting_in_two_scripts(line: str) -> bool:
    """"سلام، hej", "مرحبا / Hello", "مرحبا Hej": a greeting said first in a script without
    capitals, then as a known greeting, parted by a comma (Latin or Arabic), a slash or a
    space, alone on its line:
    no heading, whatever follows it."""
    t = line.strip().rstrip("!,.،")
    parts = [p.strip() for p in re.split(r"[,،/]", t, maxsplit=1)]
    if len(parts) == 1:
        parts = t.split(None, 1)  # "مرحبا Hej": the two side by side, nothing between
    return len(parts) == 2 and _uncased_word_alone(parts[0]) \
        and bool(GREETING.fullmatch(parts[1]))


def _uncased_word_alone(line: str) -> bool:
    """One word in a script without capitals ("سلام", "שלום", "你好") alone above the reply:
    a greeting by its shape (no punctuation to tell it by, and no heading is one such word
    over a reply written in another script)."""
    t = line.strip()
    return len(t.split()) == 1 and len(t) <= 12 and all(
        ch.isalpha() and ch.lower() == ch.upper() for ch in t)


def framed_by_note_on_the_mail(lines: list[Line]) -> bool:
    """The reply opens with a paragraph on how it came about ("Jag har tagit frågorna i tur
    och ordning") that only the first-paragraph rule takes for framing: where the answers
    start is then the reader's guess, never confirmed by the paragraphs' shape alone."""
    for par in split_paragraphs(lines):
        if _is_preamble(par):
            continue
        return _is_preamble(par, first=True)
    return False


# where a clause starts inside a sentence: a new subject may say what the association is
_CLAUSE = re.compile(r",\s*(?:(?:och|men|så|and|but|so)\s+)?|\s+(?:och|men|så|and|but|so)\s+",
                     re.I)


def note_tells_only_of_the_mail(lines: list[Line]) -> bool:
    """The note the first-paragraph rule dropped ("Här kommer vårt svar. Jag har tagit
    frågorna i tur och ordning.") says nothing of the association in any clause: no "vi
    är/har/driver ...", "Föreningen bildades ...". Then no part of the first answer can be
    in it. "Vi är en kör och har diskuterat frågorna i styrelsen" may hold some."""
    for par in split_paragraphs(lines):
        if _is_preamble(par):
            continue
        if not _is_preamble(par, first=True):
            return True  # no note at all
        for s in split_sentences(normalize_ws(strip_greeting(par))):
            if any(DESCRIPTIVE.match(c.strip()) for c in _CLAUSE.split(s) if c and c.strip()):
                return False
        return True
    return True


def _after_lead_in(par: str) -> str | None:
    """What follows a lead-in's colon on its own line ("Här kommer våra svar: vi är ..."),
    when the lead-in frames the reply and what follows does not; else None."""
    first, *more = par.splitlines()
    m = re.match(r"^([^:]{3,80}):[ \t]+(\S.*)$", first.strip())
    if m is None or not _is_preamble(m.group(1) + ":", first=True):
        return None
    rest = "\n".join([m.group(2), *more])
    return None if _is_preamble(rest, first=True) else rest


# A letter's dateline, the place and the day it was written: "Malmö den 9 december 2019",
# "Lund, 12 jan 2020", "Malmö 2019-12-09" - never an answer's sentence
DATELINE = re.compile(
    r"^\s*[A-ZÅÄÖÉÜ][\w-]*(?:\s+[A-ZÅÄÖÉÜ][\w-]*)?,?\s+(?:den\s+|the\s+)?"
    r"(?:\d{1,2}(?::?e|:?a|st|nd|rd|th)?\s+[A-Za-zåäöé][a-zåäöé]{2,8}\.?,?\s+\d{4}|\d{4}-\d{1,2}-\d{1,2})\s*\.?\s*$")
# A letter's addressee line: "Till samordnaren för kartläggningen", "To the survey team" -
# a few words, no sentence's end, no colon
_ADDRESSEE = re.compile(r"^\s*(?:Till|To)\s+[^.!?:;]{3,60}$")


def _without_letter_head(par: str) -> str:
    """PAR without a letter's head over its greeting: the dateline and the addressee line
    ("Malmö den 9 december 2019" / "Till samordnaren ..." / "Hej!"). Only when a greeting
    follows them: the head is what a letter puts above it."""
    lines = par.splitlines()
    i = 0
    while i < len(lines) and i < 3 and (DATELINE.match(lines[i]) or _ADDRESSEE.match(lines[i])):
        i += 1
    if not i or i >= len(lines):
        return par
    nxt = lines[i].strip()
    if not (GREETING.match(nxt) or _greeting_line(nxt, lines[i + 1:] or ["-"])):
        return par
    return "\n".join(lines[i:])


def body_paragraphs(lines: list[Line], question_texts: Sequence[str] | None = None) -> list[str]:
    """The paragraphs between the greeting/preamble and the closing. QUESTION_TEXTS given:
    the text runs to the end of the mail, so the line model may cut closing lines too."""
    return list(_body_paragraphs(tuple(split_paragraphs(lines)),
                                 None if question_texts is None else tuple(question_texts)))


# The reader by position, the bare yes/no reader and the prose readers each ask for one
# reply's paragraphs (~150-500 us): a pure function of its paragraphs' text, the last few
# replies' kept (a fresh list for each caller).
@functools.lru_cache(maxsize=8)
def _body_paragraphs(split: tuple[str, ...],
                     question_texts: tuple[str, ...] | None) -> tuple[str, ...]:
    pars = list(split)
    if pars:
        pars[0] = _without_letter_head(pars[0])
    if len(pars) > 1 and len(pars[0].splitlines()) == 1 \
            and (_greeting_line(pars[0], pars[1:]) or _uncased_word_alone(pars[0])
                 or greeting_in_two_scripts(pars[0])):
        pars.pop(0)  # "Hallo," / "Kære koordinator," / "سلام" as a paragraph of its own
    if pars:
        first, *more = pars[0].splitlines()
        # (a phone's "hej" with no stop, its own line over the reply, is the greeting too)
        if _greeting_line(first, more) or (more and GREETING.fullmatch(first.strip())
                                           and n_words(first) <= 2):
            pars[0] = "\n".join(more)
        elif (m := re.match(r"^(\S+(?:\s\S+)?[!,])\s+(?=[A-ZÅÄÖ])", first)) \
                and _greeting_line(m.group(1), [first[m.end():]]):
            pars[0] = "\n".join([first[m.end():], *more])  # "Silav! Vi är ..." on one line
    if pars:
        # "Snabbsvar: ja, vi ...": a label naming the reply itself frames it, like a greeting
        pars[0] = REPLY_LABEL.sub("", pars[0], count=1)
    while pars and _is_preamble(pars[0], first=True):
        if (rest := _after_lead_in(pars[0])) is not None:
            pars[0] = rest  # "Här kommer våra svar: vi är en förening ...": the answer stays
            break
        pars.pop(0)
    if pars:
        pars[0] = _without_run_on_introduction(_without_opening_thanks(pars[0]))
    if pars:
        pars[0] = _without_announcement(pars[0])
    # "Till saken. Nej, inte direkt. Vi är ...": a turn to the answers opening a later
    # paragraph frames what follows it
    pars = [pars[0], *map(_without_turn, pars[1:])] if pars else pars
    while pars and _is_closing_par(pars[-1]):
        pars.pop()
    if pars and question_texts is not None:
        flat = [ln for p in pars for ln in ("", *p.splitlines())][1:]
        kept = cut_closing_lines(flat, question_texts)
        if len(kept) < len(flat):
            pars = [x for x in "\n".join(kept).split("\n\n") if x.strip()]
    if pars:
        last = _cut_sign_off(pars[-1].splitlines())
        pars[-1] = _SLASH_NAME_END.sub("", "\n".join(last)).strip()
        if not pars[-1]:
            pars.pop()
    return tuple(pars)


def _without_announcement(par: str) -> str:
    """PAR without its opening lines up to one ending in a colon that announces the
    description below it ("Tack för att du kom. Som du bad om skriver jag lite om oss:" /
    "Föreningen startade ..."; "As you asked, here is a little about us:" / ...), when what
    stands above the announcement frames the reply too. Else PAR."""
    lines = par.splitlines()
    for i, line in enumerate(lines[:-1]):
        if not line.rstrip().endswith(":"):
            continue
        sentences = split_sentences(normalize_ws("\n".join(lines[:i + 1])))
        if sentences and (_ANNOUNCES_TELLING.search(sentences[-1])
                          or _LEADS_IN_TO_TELLING.search(sentences[-1])) \
                and n_words(sentences[-1]) <= 25 \
                and (len(sentences) == 1 or _is_preamble(" ".join(sentences[:-1]), first=True)):
            return "\n".join(lines[i + 1:])
        break
    return par


# A thanks opening the reply's first paragraph, a sentence of its own: "Thanks for including
# us! Welcome Dinner ...", "Tack för att ni frågar! Vi är ...": said to the reader, no answer
_THANKS = re.compile(r"^(?:tack\s+(?:för|så)|thanks?\s+(?:for|you|a\s+lot)|thank\s+you)\b", re.I)


# where the association's own description starts after the writer's introduction with no
# stop: "hej jag heter Ali jag är ordförande i X vi är ungdomar som ..."
_DESCRIPTION_RUNS_ON = re.compile(
    r"\s(?=(?:vi|we)\s+(?:är|har|bedriver|driver|träffas|finns|are|have|run|meet)\b)", re.I)
_GREETING_WORD = re.compile(r"^(?:hej|hejsan|hallå|hi|hello|hey)\b[\s,!]*", re.I)
_INTRO_WORDS = 15

# the cut introduction must be a person's: "jag", a name said as one's own, or a role ("det
# är Gunnar Persson ordförande i ..."); "Hej det är Rosengårds Fotbollsklubb i Malmö vi är 200
# medlemmar ..." names the association itself and stays in its answer (round 54's review)
_A_PERSON_SPEAKS = re.compile(
    r"(?i)\b(?:jag|heter|namn|i\s+am|i'm|my\s+name)\b|\b(?:" + SIGN_ROLE + r"|chair|secretary"
    r"|treasurer)\b")


def _without_run_on_introduction(par: str) -> str:
    """PAR without the writer's introduction (and a greeting before it) running with no stop
    into the association's description on the same line, as a phone writer types or
    dictates ("hej jag heter Ali jag är ordförande i X vi är ungdomar som ..."): the
    description from its "vi", with a capital as an answer cut from a line. The
    introduction must say nothing of the association (no "vi", "vår", "som", number) and
    carry no mark nor link at all: "I am the coach of the club, we are 60 players ..." and
    "Jag är kassör i kören och vi är 30 sångare ..." are one sentence that goes on to
    describe, kept whole. Else PAR."""
    first, nl, more = par.lstrip().partition("\n")
    said = first[g.end():] if (g := _GREETING_WORD.match(first)) else first
    if not _INTRODUCES_WRITER.match(said):
        return par
    m = _DESCRIPTION_RUNS_ON.search(said)
    if m is None:
        return par
    head, rest = said[:m.start()], said[m.end():]
    if re.search(r"[.!?:;,]", head) or n_words(head) > _INTRO_WORDS \
            or re.search(r"(?i)\b(?:och|and|men|but|så|so|där|where)$", head) \
            or _GOES_ON_ABOUT_US.search(head) or not DESCRIPTIVE.match(rest) or n_words(rest) < 4 \
            or not _A_PERSON_SPEAKS.search(head):
        return par
    return rest[0].upper() + rest[1:] + nl + more


def _without_opening_thanks(par: str) -> str:
    """PAR without the short sentences opening it that are said before the story starts (a
    thanks, "Kul att ni frågar.", "Jag fick ert mejl vidarebefordrat av ...", the writer
    introducing themselves), when more follows on its line or below (the rest is the reply; a
    thanks said alone is dropped as a preamble)."""
    text, cut = par.lstrip(), False
    while True:
        sentences = split_sentences(normalize_ws(text))
        # (the sentence as written, wrapped over lines: "... har varit \nsjuk och ...")
        said = re.match(r"\s+".join(map(re.escape, sentences[0].split())), text) \
            if sentences else None
        if len(sentences) < 2 or not _frames_opening(sentences[0]) \
                or not re.search(r"[.!]$", sentences[0]) or said is None \
                or _is_preamble(sentences[1]):
            return text if cut else par
        if (tail := after_note_colon(sentences[0])) is not None:
            # "Sorry for the short answer, but in brief: we are ...": the answer after the note
            return tail + text[said.end():]
        text, cut = text[said.end():].lstrip(), True


# An apology for the reply itself opening it, a sentence of its own: late, in another
# language, short ("ursäkta att svaret dröjt, vi har haft mycket i höst.", "Sorry, my Swedish
# is not good enough so I write in English!") - said to the reader, no answer. Not a note on
# a wrong answer ("Förlåt, svaret på fråga 2 blev fel"): that corrects the reply.
_APOLOGY = re.compile(
    r"^(?:förlåt|ursäkta|beklagar|sorry|apologies|(?:i|we)\s+apologi[sz]e)\b", re.I)
_CORRECTS = re.compile(r"\b(?:fel\w*|rätt\w*|ändr\w*|wrong|correct\w*|chang\w*|mistake\w*"
                       r"|misstag\w*)\b", re.I)
# A turn to the answers, all the sentence is (or its last clause): "Till saken.", "Nu till
# frågorna.", "..., så här blir det.", "To the point.", "So here goes."
_TURNS_TO_ANSWERS = re.compile(
    r"(?:^|,\s*)(?:(?:men\s+|nu\s+|så\s+)?(?:över\s+)?till\s+(?:saken|frågorna|svaren)"
    r"|så\s+här\s+blir\s+det|(?:so\s+)?here\s+goes|(?:but\s+|now\s+|so\s+)?(?:on\s+)?to\s+the"
    r"\s+(?:point|questions|answers))\s*[.!:]?\s*$", re.I)


def turns_to_answers(sentence: str) -> bool:
    """SENTENCE only turns to the answers ("Till saken.", "..., så här blir det."): framing."""
    s = sentence.strip()
    return n_words(s) <= 10 and bool(_TURNS_TO_ANSWERS.search(s))


# a short apology for the reply standing alone under the last answer is a closing
_SHORT_APOLOGY_WORDS = 8


def apologises_for_reply(sentence: str) -> bool:
    """SENTENCE opens with an apology for the reply (late, its language), no correction."""
    s = sentence.strip()
    return n_words(s) <= 30 and bool(_APOLOGY.match(s)) and not _CORRECTS.search(s) \
        and not _NAMES_ANSWER.search(s)


# A note on the language the reply is written in, all the sentence says: "I hope English is
# ok.", "Hope it's fine that I write in English!", "Hoppas det går bra på engelska.", "Jag
# fortsätter på engelska." - said to the reader, no answer ("Our game nights are in English"
# tells what they do: no hope, no writing of the reply).
_LANGUAGES = (r"(?:english|engelska|swedish|svenska|arabic|arabiska|spanish|spanska|persian"
              r"|persiska|french|franska|german|tyska)")
_LANGUAGE_NOTE = re.compile(
    r"^(?:(?:i|we|jag|vi)\s+)?(?:hope|hoppas)\b[^.!?]{0,30}?\b" + _LANGUAGES
    + r"\b[^.!?]{0,20}$"
    r"|^(?:(?:so|så|and|och)\s+)?(?:i|we|jag|vi)\s+(?:will\s+|ska\s+|['’]ll\s+)?(?:write|answer"
    r"|reply|continue|go\s+on|skriver|svarar|fortsätter)\s+(?:\w+\s+)?(?:in|på)\s+" + _LANGUAGES
    + r"(?:\s+(?:now|instead|from\s+here|nu|istället|härifrån))?\b[^.!?]{0,30}$",
    re.I)


def notes_reply_language(sentence: str) -> bool:
    """SENTENCE only speaks of the language the reply is written in ("I hope English is
    ok.", "Jag fortsätter på engelska."): said to the reader."""
    s = sentence.strip().rstrip(" .!?:;)(-–—☺🙂😊").strip()
    return n_words(s) <= 12 and bool(_LANGUAGE_NOTE.match(s))


def said_of_the_reply(par: str) -> bool:
    """PAR, a paragraph of its own, only apologises for the reply or speaks of its language
    ("Sorry my Swedish is not so good yet, I continue in English :)", "Förlåt, jag skriver
    resten på engelska.", "I hope English is ok."): said to the reader, in no answer."""
    sentences = split_sentences(normalize_ws(par))
    return bool(sentences) and len(sentences) <= 2 and all(
        apologises_for_reply(x) or notes_reply_language(x) for x in sentences)


def _without_turn(par: str) -> str:
    """PAR without a short turn to the answers opening it ("Till saken.", "To the point."),
    when more follows."""
    m = re.match(r"\s*([^.!?\n]{3,60}[.!:])\s+(?=\S)", par)
    if m is None or not turns_to_answers(m.group(1)):
        return par
    return par[m.end():]


# How the reply came about, the board's talk now done (a put-off kept), all the sentence
# says: "Nu har vi pratat i styrelsen.", "Nu har styrelsen diskuterat saken.", "Now we have
# talked it over in the board."
_BOARD_HAS_TALKED = re.compile(
    r"^(?:så\s+)?nu\s+har\s+(?:vi|styrelsen|jag)\s+(?:\w+\s+)?(?:pratat|diskuterat|talat|träffats"
    r"|haft\s+(?:styrelse|års)?möte|pratat\s+ihop\s+oss)\b[^.!?]{0,30}[.!]?$"
    r"|^(?:so\s+)?(?:now\s+)?(?:we|the\s+board|i)\s+(?:have|has)\s+(?:now\s+)?(?:talked|discussed|met"
    r"|had\s+(?:a|our)\s+(?:board\s+)?meeting)\b[^.!?]{0,30}[.!]?$", re.I)


def _frames_opening(sentence: str) -> bool:
    """SENTENCE, opening the first paragraph, is said before the story starts."""
    said = strip_greeting(sentence) or sentence
    return bool((_THANKS.match(sentence) and n_words(sentence) <= 10) or _opens_story(sentence)
                # "Hej, här är vårt svar.": the lead-in to the answers after the greeting
                or (said is not sentence and PREAMBLE_ANY.search(said) is not None
                    and n_words(said) <= 8 and not DESCRIPTIVE.match(said))
                or (_BOARD_HAS_TALKED.match(said) is not None and n_words(said) <= 10)
                or apologises_for_reply(sentence) or turns_to_answers(sentence)
                or notes_reply_language(sentence)
                or (_on_the_mail(sentence) and n_words(sentence) <= 12
                    # (not a note on an answer: "Förra svaret på fjärde frågan blev fel, ...")
                    and not _ON_ANSWERS.search(sentence)))


_ON_ANSWERS = re.compile(r"\b(?:fråg\w*|svar\w*|question\w*|answer\w*|fel|wrong|rätt\w*|ändr\w*"
                         r"|correct\w*|change\w*)\b", re.I)


# "... för alla. /Ali": a name signed at the end of the text
_SLASH_NAME_END = re.compile(r"(?<!\s)\s+/{1,2}\s*[A-ZÅÄÖÉÜ][\w.'-]*(?:\s+[A-ZÅÄÖÉÜ][\w.'-]*)?\s*$")


DESCRIPTIVE = re.compile(
    r"^(?:(?:vi|vår|våra|vårt|föreningen|klubben|organisationen|kåren|förbundet|nätverket"
    r"|församlingen|we|our|the\s+(?:club|association|organi[sz]ation|society))\b.{0,80}?"
    r"\b(?:är|har|bedriver|driver|arbetar|jobbar|ordnar|anordnar|arrangerar|erbjuder|samlar"
    r"|startade|startades|bildades|grundades|finns|träffas|möts|består|verkar|hjälper|stöttar"
    r"|is|are|has|have|runs?|organi[sz]es?|offers?|was\s+founded|meets?|helps?)\b"
    # (a name may hold an ampersand of its own: "Mat & Möten är en förening ...")
    r"|[A-ZÅÄÖ][\w&.'-]*(?:\s+[A-ZÅÄÖ0-9&][\w&.'-]*){0,5}\s+(?:är|bedriver|driver|ordnar|erbjuder"
    r"|samlar|startade|bildades|grundades|is|runs|was\s+founded)\s+(?:en|ett|a|an|sedan|cirka|ca"
    r"|över|about|in)\b)",
    re.I,
)
META = re.compile(
    # ("frågor" as issues, not the survey's questions: "driver frågor som rör unga",
    # "engagerar oss i frågor kring boende", "on questions that affect young people")
    r"\b(?:svara\w*|svar(?:et|en)|besvara\w*|frågor(?!\s+(?:som\s+(?:rör|gäller|berör|angår)"
    r"|kring|rörande|inom)\b)\w*|frågan|enkät\w*|intervju\w*|bifoga\w*|bilag\w*|mejl\w*"
    # the mail as a "message" ("Vi har tagit emot ditt meddelande.", "we got your message")
    r"|mail\w*|e-post|meddelande\w*|(?:your|my|our|this)\s+message"
    # the answers as such, and a promise kept ("Som utlovat kommer resten av våra svar.")
    r"|(?:våra|mina|resten\s+av(?:\s+\w+)?)\s+svar|utlova[dt]\w*|as\s+promised"
    r"|återkomm\w*|ring\w*|telefon|hinner|tjänstledig|semester|ledig|hör\s+av"
    r"|kontakta\w*|tack|förlåt|ursäkta|answer\w*|questions?(?!\s+(?:(?:that|which)\s+(?:affect|concern|matter)|concerning)\b)|survey|interview\w*|attach\w*"
    r"|e-?mail|get\s+back|sorry|thank\w*|uppsats)\b",
    re.I,
)


# A note on the mail before a colon, the description after it in the same sentence: "Vi
# hinner inte skriva så mycket, men kort om oss: X är en förening ...", "Sorry for the short
# answer, but in brief: we are ...". The note is said to the reader; what follows the colon
# is the answer (unseen107: the whole sentence went, the description's first half with it).
_NOTE_COLON = re.compile(r"^(?P<note>[^:]{8,120}?):\s+(?P<rest>\S.*)$", re.S)


def after_note_colon(sentence: str) -> str | None:
    """What follows a note on the mail before SENTENCE's colon (see _NOTE_COLON), when it is
    no note itself and runs to a sentence of its own (four words or more); else None."""
    m = _NOTE_COLON.match(sentence)
    if m is None or not (META.search(m["note"]) or PREAMBLE.match(m["note"])
                         or APOLOGY.match(m["note"])):
        return None
    rest = m["rest"]
    if META.search(rest) or PREAMBLE.match(rest) or n_words(rest) < 4:
        return None
    return rest[:1].upper() + rest[1:]


# --- a reply that only agrees with the reply quoted under it -----------------------------------

# Saying yes to what another wrote: "Instämmer!", "Jag håller med om allt.", "Bra skrivet,
# Eva.", "Vi står bakom svaren.", "Agreed.", "I agree with all of it.", "Well put, Sam!",
# "+1". A "not" anywhere ("håller inte med", "don't agree") is no assent.
_ASSENT = re.compile(
    r"(?:\binstämm(?:er|er\s+helt|er\s+till\s+fullo)\b|\bhåller\s+(?:helt\s+)?med\b"
    r"|\b(?:bra|väl|fint|utmärkt|klokt)\s+(?:skrivet|sammanfattat|formulerat|sagt|svarat)\b"
    r"|\b(?:står|ställer\s+(?:mig|oss))\s+(?:helt\s+)?bakom\b|\bskriver\s+under\s+på\b"
    r"|\bagreed?\b|\bwell\s+(?:put|said|written|summed\s+up)\b|\bgood\s+summary\b"
    r"|\bi\s+second\s+(?:that|this)\b|(?:^|\s)\+1\b)",
    re.I,
)
# Saying the answers went in an earlier mail: "Vi har redan svarat", "Vi skickade in våra
# svar i december", "Svaren skickades av vår kassör", "We have already replied", "Our answers
# were sent by the chair last week" (a reply to a reminder).
_SENT_BEFORE = re.compile(
    r"(?:\b(?:vi|jag)\s+har\s+redan\s+(?:svarat|skickat|besvarat|lämnat)"
    r"|\bredan\s+(?:svarat|skickat\s+(?:in\s+)?(?:våra|vårt|mina|mitt|ett|er)?\s*svar)"
    r"|\bskickade\s+(?:in\s+)?(?:vårt|våra|ett)\s+svar(?:et|en)?\b"
    r"|\bsvar(?:et|en)\s+(?:har\s+)?(?:skickades|skickats|gick\s+iväg|kom\s+in)\b"
    r"|\b(?:we|i)\s+(?:have\s+|'ve\s+)?already\s+(?:replied|answered|responded|sent)"
    r"|\b(?:our|the)\s+(?:answers?|reply|replies)\s+(?:was|were|has\s+been|have\s+been)\s+sent\b)",
    re.I,
)
_SENT_BEFORE_MAX_WORDS = 45
_NOT = re.compile(r"\b(?:inte|ej|icke|not|don'?t|doesn'?t|disagree\w*|men|but)\b|n't\b", re.I)
_ASSENT_MAX_WORDS = 20


def assents_only(own_text: str) -> bool:
    """OWN_TEXT (the sender's words, quote and signature gone) only agrees with what was
    written before ("Instämmer, bra skrivet Eva!", "Agreed, well put."): a member copied in
    answering all, the reply it agrees with quoted under it. Such a mail gives no answers on
    purpose: none went astray. A greeting may open it and a closing end it; a question, a
    "not" or a "but", or anything else of its own is more than assent."""
    return not _NOT.search(own_text) and _only_saying(own_text, _ASSENT, _ASSENT_MAX_WORDS)


def says_sent_before(own_text: str) -> bool:
    """OWN_TEXT (the sender's words, quote and signature gone) only says the answers were
    sent in an earlier mail, by whom or when ("Vi har redan svarat, vår kassör skickade
    svaren den 3 december. Hör av er om de inte kommit fram.", "We have already replied,
    our chair sent the answers last week."): a reply to a reminder that gives no answers on
    purpose. Every sentence says that or closes the mail; a question is more."""
    return _only_saying(own_text, _SENT_BEFORE, _SENT_BEFORE_MAX_WORDS)


def _only_saying(own_text: str, says: re.Pattern[str], max_words: int) -> bool:
    """Every sentence of OWN_TEXT says SAYS or closes the mail, and one says it; a short
    greeting may open it; a question, or more than MAX_WORDS words, is more than that."""
    text = normalize_ws(own_text)
    if not text or "?" in text or len(text.split()) > max_words:
        return False
    lines = [ln.strip() for ln in own_text.splitlines() if ln.strip()]
    if lines and GREETING.match(lines[0]) and len(lines[0].split()) <= 3:
        lines = lines[1:]
    sentences = split_sentences(" ".join(lines))
    return bool(sentences) and all(
        says.search(s) or _CLOSING.match(s) for s in sentences) and any(
        says.search(s) for s in sentences)
