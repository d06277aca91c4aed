"""Markers: numbered labels, restated question texts and headings that start an answer.

`_detect` reads what one line announces; `by_markers` cuts the reply at its markers.
The rewrites before it (`bare_numbers_as_markers`, `sequence_markers_as_numbers`,
`split_inline_numbering`) turn other numberings into the one `_detect` reads.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from itertools import pairwise

from rapidfuzz import fuzz

from . import quote_headers as qh
from .heading_pass import (
    HEADING_ASIDE,
    heading_scorer,
    in_labelled_parts,
    name_heading,
    next_text,
    structural_headings,
)
from .lines import BARRIER, FRAG, TOPIC, Asked, Cand, Line, n_words
from .quotes import is_quoted, is_valediction
from .text import ARROW, match_key, short_cache, strip_answer_arrow
from .yes_no import check_boxes_start, has_check_box, parse_yes_no


def _frag_score(key: str, frag: str, q: Asked, first: bool, at_end: bool) -> float:
    """How well one fragment of a line matches Q's text (0: not at all)."""
    # "Vi arbetar för att motverka segregation genom:" is the association's own voice
    # introducing an answer, not the question restated (a "?" may still restate it). A
    # word of the question's own ("Please tell us briefly about ...:", the asker's "us")
    # is the question's voice, not the writer's.
    if not frag.rstrip().endswith("?") and any(
            w not in q.key_full.split() for w in _FIRST_PERSON.findall(key)):
        return 0.0
    best = max((fuzz.ratio(key, qf) for qf in q.frag_keys), default=0.0)
    if best >= 85:
        return best
    score = 0.0
    nwords = len(key.split())
    if first and at_end and len(key) >= 15:
        # a question wrapped onto the next line: this line is how the question begins
        prefix = fuzz.ratio(key, q.key_full[: len(key)])
        if prefix >= 90:
            score = prefix * 0.9
    ends_q = frag.rstrip().endswith(("?", ":"))
    if first and frag.rstrip().endswith("?") and nwords >= 3 and best >= 78:
        score = max(score, best * 0.85)  # "Arbetar ni mot segregation?"
    # a shortened question: "Vilka är ni?", "På vilket sätt?" -- its words in a row
    if (
        nwords >= 2
        and len(key) >= 8
        and len(key) <= len(q.key_full)
        and (ends_q or (not first and at_end))
        and (p := fuzz.partial_ratio(key, q.key_full)) >= 85
        and _words_in_a_row(key.split(), q.key_full.split())
    ):
        score = max(score, p * 0.9)
    return score


def _words_in_a_row(words: list[str], in_words: list[str]) -> bool:
    n = len(words)
    allowed_misses = 1 if n >= 4 else 0
    for i in range(len(in_words) - n + 1):
        misses = sum(
            1 for a, b in zip(words, in_words[i : i + n], strict=True) if not _tok_match(a, b)
        )
        if misses <= allowed_misses:
            return True
    return False


_FIRST_PERSON = re.compile(r"\b(?:vi|vår|våra|vårt|oss|jag|mina|we|our|us)\b")
# a line in labelled parts: a one-word label and its colon, then after a sentence's end another
_PARTS_LINE = re.compile(r"^[^\W\d_][\w-]{1,30}\s*[:：]\s+\S.*?[.!?;]\s+"
                         r"[^\W\d_][\w-]{1,30}\s*[:：]\s+\S")
_ANSWER_LABEL = re.compile(r"^\s*(?:svar|answer|sv|a)\s*[:.)\-–—]+\s*", re.I)
_LEADING_PUNCT = re.compile(r"^[\s:;,.\-–—)\]]+")


def _strip_options(rest: str, q: Asked) -> str:
    for opt in q.option_frags:
        pat = r"^\s*" + r"\s*".join(re.escape(w) for w in opt.split()) + r"(?=\W|$)"
        m = re.match(pat, rest, re.I)
        if m:
            rest = rest[m.end() :]
    return rest


_TABLE_ROW_END = re.compile(r"(?<!\s)\s*\|\s*$")  # (?<!\s): once per run of spaces


def _clean_rest(rest: str) -> str:
    rest = _LEADING_PUNCT.sub("", strip_answer_arrow(rest))  # "...? Ja / nej --> Nej"
    rest = _ANSWER_LABEL.sub("", rest)
    return _TABLE_ROW_END.sub("", rest).strip()  # "| 1 | Ja |": the row's closing pipe


def _consume_question(text: str, q: Asked, *, may_tick: bool = True) -> tuple[float, str] | None:
    """If TEXT starts with (part of) Q's text, (score, the text after it). MAY_TICK False:
    the caller knows TEXT holds no ticked box (asked once for every question)."""
    pos = 0
    score = 0.0
    matched = 0
    end = len(text.rstrip())
    if may_tick and (boxes := check_boxes_start(text)) is not None:
        # "... segregation? [ ] Ja [X] Nej": the options with a box ticked are the answer,
        # never the question's own "Ja / nej" over again
        end = len(text[:boxes].rstrip())
    while pos < end:
        m = FRAG.match(text, pos)
        if not m:
            break
        frag = m.group(0)
        key = match_key(frag)
        if not key:
            pos = m.end()
            continue
        s = _frag_score(key, frag, q, first=matched == 0, at_end=m.end() >= end)
        if not s:
            break
        if matched == 0:
            score = s
        matched += 1
        pos = m.end()
    if not matched:
        return None
    if HEADING_ASIDE.match(text[pos - 1:].rstrip()):
        # "På vilket sätt? (om nej, varför inte)": the question's aside after it, no answer
        return score, ""
    return score, _clean_rest(_strip_options(text[pos:], q))


def _tok_match(w: str, x: str) -> bool:
    return w == x or (len(w) >= 5 and len(x) >= 5 and w[:5] == x[:5])


def _names_question(head: str, qs: list[Asked]) -> int | None:
    """The question a short heading after a number names clearly, if any: two distinct
    words or an alias ("4. Hinder och möjligheter? Vi saknar ..."), so that a question of the
    writer's own ("4. Vad menar ni med hinder? Vi har inga.") stays the answer."""
    found, named = heading_scorer(tuple((q.num, q.q) for q in qs)).candidates(head, min_score=2.0)
    return next(iter(found)) if named and len(found) == 1 else None


# --- markers ----------------------------------------------------------------------------------

# "2-3", "2 och 3", and "and" in any language: a word of one or two letters between two
# numbers ("2 i 3", "2 y 3", "2 и 3") when the marker ends in punctuation or a dash
_RANGE = (r"(?:(?:\s*(?:[-–/&+,]|och|and)\s*|\s+[^\W\d_]{{1,2}}\s+)(?P<{name}>\d{{1,2}})"
          r"(?!\d))?")
_NUM_MARKER = re.compile(
    r"^\s*(?:[-•*–|]\s*)?(?:\(\s*)?"
    r"(?:(?P<label>svar\s+på\s+fråga|svar\s+till\s+fråga|svar\s+fråga|fråga|fraga|frågan|fråg|frag|svar"
    # "Ad 1." (Latin "to", as Polish, Czech and German replies number their points)
    r"|question|answer|q|punkt|ad"
    # "Svaret på 2 och 3 hänger ihop:", "The answers to 2 and 3 go together:": a lead-in
    # naming the numbers, a few words of its own, then the colon that ends it
    r"|(?P<lead>svar(?:et|en)\s+på\s+(?:fråg(?:a|an|orna)\s+)?"
    r"|(?:the\s+)?answers?\s+to\s+(?:questions?\s+)?))"
    r"\s*(?:nr\.?|nummer|no\.?|#)?\s*(?P<n1>\d{1,2})(?!\d)"
    + _RANGE.format(name="e1")
    + r"(?(lead)(?:\s+[^\W\d_]+){0,4}\s*:(?=\s)|)"
    + r"\s*[.:)\]\-–—]*"
    r"|(?P<n2>\d{1,2})(?!\d)" + _RANGE.format(name="e2") + r"(?:\s*[.):\]|]|\s+[-–—]"
    # "1- Vi är ...": a dash glued to the number, then a space and a word; "3- och
    # 4-åringar" (a compound cut short before a conjunction) stays prose
    r"|[-–](?=\s+(?!(?:och|till|eller|resp|samt|and|or|to)\b)[^\W\d_]))(?!\d)"
    r"|#(?P<n3>\d{1,2})(?!\d)\s*[.:)]?"
    # "F1:" / "F2." (F for fråga): only glued to the number and with punctuation, so that
    # "F3 klass" or "F-3" stays prose
    r"|(?P<flabel>f|fr\.?\s?)(?P<n4>\d{1,2})(?!\d)\s*[.:)]"
    # "Fråga ett vi är ...", "Question two yes": the number said in words after the label
    # (a reply dictated to a phone writes what it hears)
    r"|(?:fråga|fraga|question)\s+(?P<n6>ett|två|tre|fyra|fem|sex|one|two|three|four|five|six)"
    r"(?![\w-])\s*[.:)\-–—]*"
    # "Trean:", "Fyran -": the number as the noun Swedish makes of it, as a label
    r"|(?P<n5>ettan|tvåan|trean|fyran|femman|sexan)\s*(?:[:.)]|[-–—](?=\s)))"
    r"\s*(?P<rest>.*)$",
    re.I,
)
# A finite verb right after "Fråga 4" (no stop between): the question is the sentence's
# subject or fronted object ("Fråga 4 hoppar vi över", "Question 4 is hard to answer").
_ABOUT_THE_QUESTION = re.compile(
    r"(?:är|var|blir|blev|känns|kändes|verkar|hoppar|skippar|lämnar|tar|får|kommer|återkommer"
    r"|svarar|besvarar|handlar|gäller|har|hade|kan|kunde|vill|ska|skall|måste|behöver|passar"
    r"|förstår|hinner|orkar|vet|tycker|is|are|was|were|will|can|could|seems|looks|needs|we"
    r"|we'll|we're|has|have|goes)\s+\w")
_ABOUT_LEAD = re.compile(
    r"(?i)^\s*(?:fråga|frågan|fraga|frågorna|question|questions)\s*(?:nr\.?\s*)?\d{1,2}"
    r"(?:\s*(?:[-–/&+,]|och|and)\s*\d{1,2})?\s+" + _ABOUT_THE_QUESTION.pattern)


def about_the_question(value: str) -> bool:
    """VALUE opens with a sentence about its question by number, the verb right after it
    ("Fråga 4 hoppar vi över. ..."): a note on the question, not its answer."""
    return bool(_ABOUT_LEAD.match(value))


_NUMBER_NOUN = ("ettan", "tvåan", "trean", "fyran", "femman", "sexan")
_NUMBER_WORD = {w: k % 6 + 1 for k, w in enumerate(
    ("ett", "två", "tre", "fyra", "fem", "sex", "one", "two", "three", "four", "five", "six"))}
_QUESTION_THEN_LABEL = re.compile(
    r"^(?P<q>[^?]{3,}\?)\s*(?:svar|answer)\s*[:.\-–—]\s*(?P<a>.*)$", re.I
)


# "4. Hinder och möjligheter? Vi saknar ...", "3. Hur? – Vi har ...", "Hur? --> ...": a dash
# (or an arrow) after the question is the writer's own "question – answer" layout
_SHORT_QUESTION_THEN_TEXT = re.compile(
    rf"^(?P<q>[^?.!:]{{3,80}}\?)(?:\s*(?P<dash>[-–—]|{ARROW})(?=\s))?\s+(?P<a>\S.*)$")


# a short label alone after the number, ending in a colon (no sentence before it)
_LABEL_ALONE = re.compile(r"^(?P<h>[^.!?:\n]{3,50}?)\s*:\s*$")
# ... not the answer's own first sentence led into the list ("Vi arbetar ... genom:", "We
# do it by:"): the writer as its subject, or a preposition left open at its end
_OWN_VOICE = re.compile(r"(?i)^(?:vi|jag|we|i)\s|.*\s(?:genom|med|att|som|av|för|till|by|with"
                        r"|through|as|to|for)$")


# a question the writer asks of itself ("Vad är vi?", "Who are we?"), not of the reader
_ASKS_ITSELF = re.compile(r"(?i)\b(?:vi|oss|vår|vårt|våra|we|us|our)\b")
_ASKS_READER = re.compile(r"(?i)\b(?:ni|er|era|ert|du|dig|you|your)\b")


def _fits_question(head: str, qs: list[Asked]) -> set[int]:
    """The questions a short heading's words fit at all ("Hur?" fits the how-question,
    "Motverkar ni segregation?" every question about segregation)."""
    found, _ = heading_scorer(tuple((q.num, q.q) for q in qs)).candidates(head, min_score=1.0)
    return set(found)


def _is_heading_question(c: Cand) -> bool:
    """The text after "Fråga 1." is itself a question ("Vem är ni?"): a heading."""
    r = c.rest.strip()
    # (or two short questions of a form's own, "Om ja, på vilket sätt? Om nej, varför inte?")
    parts = [p for p in re.split(r"(?<=\?)\s+", r) if p]
    return (
        not c.restated
        and r.endswith("?")
        and (len(parts) == 1 or (len(parts) == 2 and len(r) <= 100
                                  and all(p.endswith("?") for p in parts)))
        and len(r) >= 3
        and parse_yes_no(r).value is None
    )


def _own_heading_names(c: Cand, lines: list[Line], i: int, qs: list[Asked],
                       stop: bool = False, long: bool = False) -> set[int] | None:
    """When the text after "1" is shaped as a short heading of the writer's own ("1 Om oss",
    "2 Segregation", "3 Hur") with the answer on the lines below: the questions it names
    (maybe none); None when it is not shaped so. STOP: one ended with a full stop is looked
    at too ("4. Hinder och möjligheter."). LONG: one of five to eight words naming nothing is
    shaped so too (the writer's pattern decides)."""
    r = c.rest.strip()
    if stop and r.endswith(".") and not r.endswith(".."):
        r = r[:-1].rstrip()
    # (a "Hinder:" after "4." opens a list of the answer's own: "Hinder: ... Möjligheter: ...")
    if c.restated or not r or n_words(r) > 8 or r.endswith((".", "!", ",", ":")):
        return None
    below = next_text(lines, i)
    if not below or _NUM_MARKER.match(below):
        return None
    q = next((q for q in qs if q.num == c.num), None)
    if q is None or (q.q.kind == "yes_no" and parse_yes_no(r).value is not None):
        return None
    found, named = name_heading(heading_scorer(tuple((x.num, x.q) for x in qs)), r, below, qs)
    if n_words(r) > 4 and not (named and c.num in found) and not (long and not found):
        # a longer one only when it names its own question clearly: a form's heading with its
        # age span or answer options ("2. Unga medlemmar 7-25 år", "3. Samarbete med skola
        # (ja/nej)"), not a one-line answer
        return None
    return set(found)


def _own_headings(cands: dict[int, Cand], lines: list[Line], qs: list[Asked]) -> set[int]:
    """The lines whose marker carries a heading of the writer's own: one naming its question,
    one naming none that says what it is about ("1. Om klubben", "1. About the club": a
    topic is no answer), or any naming none ("1. Klubben") when two or more of its siblings in
    the same reply are shaped so and name theirs - the writer's pattern, not a one-line
    answer."""
    shaped = {i: names for i, c in cands.items()
              if c is not BARRIER and not lines[i].quoted
              and (names := _own_heading_names(c, lines, i, qs)) is not None}
    named = {i for i, names in shaped.items() if cands[i].num in names}
    # a sibling that is the writer's own question ("2. ¿Trabajamos contra la segregación?")
    # is a heading by its shape in any language: it shows the pattern as well
    pattern = named | {i for i in shaped if cands[i].rest.strip().endswith("?")}
    # Headings translated into the writer's own language name no question in the survey's
    # words: their shape alone shows the layout, each number's line a short heading over its
    # answer, or the writer's own question ("۲. آیا ... ؟" / "بلی" below). Siblings so shaped
    # show it to each other, and then a longer heading naming nothing ("1. Who we are and
    # what we do") is one as well.
    asked = {i for i, c in cands.items() if c is not BARRIER and not lines[i].quoted
             and _is_heading_question(c) and next_text(lines, i)}
    layout_by_shape = set(shaped) | asked
    if len(layout_by_shape) >= 3:
        pattern |= layout_by_shape
        shaped.update({i: names for i, c in cands.items()
                       if c is not BARRIER and i not in shaped and not lines[i].quoted
                       and (names := _own_heading_names(c, lines, i, qs, long=True)) == set()})
    # A heading typed as a sentence with its full stop ("Fråga nr 4. Hinder och möjligheter." /
    # the answer on the lines below) is one when it names its own question and two or more
    # of its siblings stand as headings over their answers (named, the writer's own question
    # or the survey's restated): the writer's layout, not a one-line answer ("4. Hinder är
    # pengar." names its question too, but stands among answers typed after their numbers)
    layout = pattern | {i for i, c in cands.items() if c is not BARRIER and c.restated
                        and not lines[i].quoted and next_text(lines, i)}
    stopped = {i for i, c in cands.items()
               if c is not BARRIER and i not in shaped and not lines[i].quoted
               and c.rest.strip().endswith(".") and len(layout - {i}) >= 2
               and c.num in (_own_heading_names(c, lines, i, qs, stop=True) or set())}
    return named | stopped | {i for i, names in shaped.items() if not names
                              and (len(pattern - {i}) >= 2
                                   or _TOPIC_HEADING.match(cands[i].rest.strip()))}


_TOPIC_HEADING = re.compile(rf"^{TOPIC}$", re.I)


# "Ja på fråga 2, resten återkommer vi om": a yes/no given for one numbered question.
_YES_NO_FOR_QUESTION = re.compile(
    r"^\s*(?P<yn>ja|nej|yes|no)\s*,?\s+(?:på|till|för|on|to|for)\s+(?:fråga|question)\s*"
    r"(?:nr\.?\s*)?(?P<n>\d{1,2})(?!\d)\s*(?:[,.;:!]|$)",
    re.I,
)
# "Rättelse:" / "Korrigering: 2. Ja": the answers after it replace those before it in the same
# mail (a draft pasted above, then the corrected answers: the later ones win).
_CORRECTION_HEAD = re.compile(
    r"^\s*(?:rättelse|korrigering|ändring|uppdatering|correction|update)\s*[:\-–—]\s*"
    r"(?P<rest>.*)$",
    re.I,
)


class _Questions:
    """One survey's questions as a cache key that hashes by identity: a tuple of Asked is
    hashed field by field (each Asked, each Question) at every lookup, ~10 per reply."""

    __slots__ = ("qs",)

    def __init__(self, qs: tuple[Asked, ...]) -> None:
        self.qs = qs


@functools.lru_cache(maxsize=64)  # one key per survey (equal questions, the same key)
def _questions_key(qs: tuple[Asked, ...]) -> _Questions:
    return _Questions(qs)


# A line reads the same in every reply to one survey (the quoted questions, "Fråga 1:",
# signatures): its Cand, never changed by a caller (BARRIER is shared already), is kept.
@short_cache(maxsize=4096)
def _detect(text: str, quoted: bool, survey: _Questions) -> Cand | None:
    """What line TEXT announces, if anything (SURVEY: `_questions_key` of the questions)."""
    qs = survey.qs
    by_num = {q.num: q for q in qs}
    yn = _YES_NO_FOR_QUESTION.match(text)
    if yn and not quoted:
        n = int(yn.group("n"))
        q = by_num.get(n)
        if q is not None and q.q.kind == "yes_no":
            return Cand(n, yn.group("yn"), True, False)
    m = _NUM_MARKER.match(text)
    if m:
        n = int(m.group("n1") or m.group("n2") or m.group("n3") or m.group("n4")
                or (_NUMBER_WORD[m.group("n6").lower()] if m.group("n6")
                    else _NUMBER_NOUN.index(m.group("n5").lower()) + 1))
        rest = m.group("rest")
        if n < 1:
            return None
        if n not in by_num:
            return None if quoted else BARRIER
        if m.group("n6") and _ABOUT_THE_QUESTION.match(text[m.start("rest"):]):
            return None  # "Fråga fyra hoppar vi över.": a sentence, read as before
        if m.group("label") and not quoted and _ABOUT_THE_QUESTION.match(text[m.start("rest"):]) \
                and not re.search(r"[.:)\]\-–—]\s*$", text[:m.start("rest")]) \
                and not re.match(r"[^.!?]*[:：]", rest):  # "Fråga 3 blir då: ..." goes on
            # "Fråga 4 hoppar vi över.", "Fråga 3 och 4 är svåra att skriva kort om.": the
            # number is what the sentence is about, its verb right after it - no label: the
            # whole sentence is the question's place, read as a note on it (answers.py)
            end = int(m.group("e1") or n)
            return Cand(n, text.strip(), True, False, max(n, end))
        consumed = _consume_question(rest, by_num[n])
        restated = consumed is not None
        rest = consumed[1] if consumed is not None else _clean_rest(rest)
        if consumed is None and (qm := _QUESTION_THEN_LABEL.match(rest)):
            rest = qm.group("a").strip()  # "Fråga 1. Vem är ni? Svar: Vi är ..."
            restated = True
        elif (
            consumed is None
            and (qm := _SHORT_QUESTION_THEN_TEXT.match(rest))
            and (_names_question(qm.group("q"), list(qs)) == n
                 # with the dash, a heading that fits this question at all, or none (the
                 # writer's own words: "Who are you? – ..."), is its heading
                 or (qm.group("dash")
                     and (n in (fits := _fits_question(qm.group("q"), list(qs))) or not fits))
                 # the writer asking itself, in few words ("1. Vad är vi? ...", "Who are
                 # we? ..."): a heading of its own words when it fits no other question
                 or (_ASKS_ITSELF.search(qm.group("q")) and not _ASKS_READER.search(qm.group("q"))
                     and len(qm.group("q").split()) <= 5
                     and (n in (fits := _fits_question(qm.group("q"), list(qs))) or not fits)))
        ):
            rest = qm.group("a").strip()  # "4. Hinder och möjligheter? Vi saknar ..."
            restated = True
        elif consumed is None and (lm := _LABEL_ALONE.match(rest)) \
                and len(lm.group("h").split()) >= 2 and not _OWN_VOICE.match(lm.group("h")) \
                and n in _fits_question(lm.group("h"), list(qs)):
            # "4. Det vi önskar mest:" over the list that answers it, "3. What we need
            # from you:": a label of the writer's own in this question's words, alone on
            # the number's line - the answer is below it (one word, "4. Hinder:", may be
            # the first of the answer's labelled parts: it stays)
            rest = ""
            restated = True
        if quoted and not restated and not rest.endswith("?"):
            return None
        end = int(m.group("e1") or m.group("e2") or n)
        labelled = bool(m.group("label") or m.group("flabel") or m.group("n5") or m.group("n6"))
        e = "e1" if m.group("e1") else "e2"
        listed = end > n + 1 and not re.search(
            r"[-–/]", text[m.end("n1" if e == "e1" else "n2"):m.start(e)])
        return Cand(n, rest, labelled or restated, restated, max(n, end), listed)
    if has_check_box(text):
        return None  # "[X] Ja [ ] Nej": a ticked answer, not the question's "Ja / nej" again
    scored = []
    for q in qs:
        c = _consume_question(text, q, may_tick=False)  # no ticked box: has_check_box above
        if c is not None:
            scored.append((c[0], q, c[1]))
    if scored:
        scored.sort(key=lambda x: -x[0])
        if len(scored) == 1 or scored[0][0] - scored[1][0] >= 3:
            _, q, rest = scored[0]
            return Cand(q.num, rest, True, True)
        # Two questions that open alike ("Om ja: beskriv ... Om nej: ..." and "Om ja: hur
        # ... Om nej: ..." after two yes/no questions): the one whose text the line goes
        # on restating past the shared opening is the one restated
        close = [x for x in scored if scored[0][0] - x[0] < 3]
        close.sort(key=lambda x: len(x[2]))
        if n_words(text[: len(text) - len(close[0][2])]) >= n_words(
                text[: len(text) - len(close[1][2])]) + 3:
            _, q, rest = close[0]
            return Cand(q.num, rest, True, True)
        return None
    return None  # headings in other words: structural_headings, for the whole reply at once


# A typed list mark right after a punctuated number: "3. - gratis ...", "2) • läxhjälp"
_LIST_MARK_AFTER_NUMBER = re.compile(r"^\s*\d{1,2}\s*[.):]\s*(?P<mark>[-•*–])\s+\S")


@dataclass
class _Open:
    num: int
    lines: list[str] = field(default_factory=list)
    cont: bool = False  # directly after a quoted question: quoted lines continue it
    first_line: int = 0
    pending: str | None = None  # a question-like heading after the marker, maybe an answer
    head: str | None = None  # the marker line, when it restated (part of) the question
    mark: str | None = None  # a typed list mark after the number ("3. - gratis ..."), cut

    def list_marked(self) -> list[str]:
        """The lines with the typed list mark put back on the first line when the lines
        below it are items with that mark ("3. - gratis ..." / "- kurser ..."): the first
        item's mark is the writer's, not the number's punctuation. One line alone stays cut
        ("3. - Vi har läxhjälp")."""
        items = [x for x in self.lines[1:] if x.strip()]
        if self.mark is None or not self.lines or not items \
                or not all(x.lstrip().startswith(self.mark + " ") for x in items):
            return self.lines
        return [f"{self.mark} {self.lines[0]}", *self.lines[1:]]

    def has_content(self) -> bool:
        return any(x.strip() for x in self.lines)


def _quoted_has_own_content(lines: list[Line], i: int, cands: dict[int, Cand]) -> bool:
    j = i + 1
    while j < len(lines) and lines[j].quoted and not lines[j].blank and j not in cands:
        j += 1  # the question wraps onto more quoted lines
    while j < len(lines):
        ln = lines[j]
        if j in cands:
            return False
        if ln.blank:
            j += 1
            continue
        return not ln.quoted
    return False


@dataclass
class Found:
    answers: dict[int, list[str]] = field(default_factory=dict)  # lines by question number
    inline: bool = False  # a ">"-quoted question marked an own answer
    last_num: int | None = None  # the answer that comes last in the text
    spans: dict[int, int] = field(default_factory=dict)  # "2-3." -> {2: 3}
    by_order: set[int] = field(default_factory=set)  # headings that named no question: order
    first_line: int | None = None  # where the first answer's marker is
    # quoted questions the writer passed by with nothing under them, while answering others
    # under theirs: the place is found, left empty (like "4. -")
    passed_by: set[int] = field(default_factory=set)


def _passed_by(lines: list[Line], i: int) -> bool:
    """The quoted question at line I is followed, past blank lines, by more of the quote
    (the writer scrolled on), and no own words come after it but a sign-off: its answer
    is nowhere else to be looked for."""
    j = i
    # the question's own lines, to its question mark ("... för att" / "> motverka segregation?")
    while j < len(lines) and lines[j].quoted and not lines[j].text.rstrip().endswith("?") \
            and j - i < 4:
        j += 1
    j += 1
    while j < len(lines) and lines[j].blank:
        j += 1
    if j >= len(lines) or not lines[j].quoted:
        return False  # own words under it (or the end): not passed by
    rest = [ln.text for ln in lines[j:] if not ln.quoted and not ln.blank]
    return not rest or is_valediction(rest[0])


def _renumber_by_headings(cands: dict[int, Cand], lines: list[Line], qs: list[Asked]) -> None:
    """The writer's own section numbers over headings that name the questions in another
    order ("1. Vilka vi är", "2. Hinder och möjligheter", "3. Arbetar vi mot segregation?",
    "4. Hur vi arbetar"): when every numbered line is such a heading, each naming one question
    and every question named once, the headings say whose answer is under them, not the
    numbers (a letter or report keeps its own numbering). CANDS are renumbered in place."""
    own = {i: c for i, c in cands.items() if c is not BARRIER and not lines[i].quoted}
    if len(qs) < 3 or len(own) != len(qs) or any(c.strong or c.num_end > c.num
                                                  for c in own.values()):
        return
    names: dict[int, set[int]] = {}
    for i, c in own.items():
        found = _own_heading_names(c, lines, i, qs)
        if not found:
            return
        names[i] = set(found)
    # a heading fitting two questions ("Vilka vi är": the about and "Vilka hinder ...") is
    # the one its siblings leave; none left open, or the numbers stand
    named: dict[int, int] = {}
    while len(named) < len(names):
        sure = {i: next(iter(n)) for i, n in names.items() if i not in named and len(n) == 1}
        if not sure:
            return
        named.update(sure)
        for i, n in names.items():
            if i not in named:
                n.difference_update(sure.values())
    if sorted(named.values()) != sorted(q.num for q in qs) \
            or sorted(c.num for c in own.values()) != sorted(q.num for q in qs) \
            or all(named[i] == c.num for i, c in own.items()):
        return
    for i, c in own.items():
        cands[i] = Cand(named[i], c.rest, c.strong, c.restated, named[i])


def _numbers_reordered(cands: dict[int, Cand], lines: list[Line], qs: list[Asked]) -> bool:
    """The writer numbered every question once, in another order ("2. Ja", "3. ...", "1.
    ...", "4. ..."): each number is an answer, not a list inside one (a list repeats or
    skips numbers)."""
    own = [c for i, c in sorted(cands.items()) if c is not BARRIER and not lines[i].quoted]
    nums = [c.num for c in own]
    # a span ("2 och 3.", "2-3.") numbers each question it covers once
    covered = [n for c in own for n in range(c.num, max(c.num, c.num_end) + 1)]
    return len(qs) >= 3 and sorted(covered) == sorted(q.num for q in qs) \
        and nums != sorted(nums)


def _second_set(cands: dict[int, Cand], lines: list[Line], qs: list[Asked],
                resets: set[int]) -> int | None:
    """The line where the numbering starts over with a whole second set of answers: every
    question numbered once in order, then "1." again and every number after it in order,
    the yes/no question's place a yes or no ("1. ... 4. ... / KLUBB B / 1. ... 2. Nej").
    A writer answering for two associations, or pasting an older draft: the set below is
    no part of the last answer (a list inside an answer does not say yes or no in the
    yes/no question's place). After "Rättelse:" (RESETS) the second set replaces the first."""
    nums = sorted(q.num for q in qs)
    if len(nums) < 3:
        return None
    seq = [(i, c) for i, c in sorted(cands.items())
           if c is not BARRIER and not lines[i].quoted and not c.strong]
    k = len(nums)
    for start in range(k, len(seq) - k + 1):
        first, second = seq[start - k:start], seq[start:start + k]
        if [c.num for _, c in first] != nums or [c.num for _, c in second] != nums \
                or any(first[-1][0] < r <= second[0][0] for r in resets):
            continue
        in_order = sorted(qs, key=lambda q: q.num)
        yes_no = [c for (_, c), q in zip(second, in_order, strict=True) if q.q.kind == "yes_no"]
        if yes_no and all(parse_yes_no(c.rest).value is not None for c in yes_no):
            return second[0][0]
    return None


def _in_the_surveys_words(text: str, qs: list[Asked]) -> float:
    """The share of TEXT's words that the questions' own texts use: how far TEXT is written in
    the survey's language (its small words, "och", "att", "för", "vi", are the questions'
    too), whatever the script."""
    vocabulary = {w for q in qs for w in q.key_full.split()}
    words = match_key(text).split()
    return sum(w in vocabulary for w in words) / len(words) if words else 0.0


def _second_set_in_survey_language(second_set: int, lines: list[Line], qs: list[Asked]) -> bool:
    """The whole second set of answers (from SECOND_SET on) says the first one again in the
    survey's language ("-- På svenska --" over it): the first set in another language or
    script shares next to none of the questions' words, the second many. Then the second
    is the answer the coordinator reads; the first is the same answers in the writer's
    language."""
    first = " ".join(ln.text for ln in lines[:second_set] if not ln.quoted)
    second = " ".join(ln.text for ln in lines[second_set:] if not ln.quoted)
    a, b = _in_the_surveys_words(first, qs), _in_the_surveys_words(second, qs)
    return b >= 0.15 and b >= 3 * a


def _pasted_question_list(cands: dict[int, Cand], lines: list[Line],
                          qs: list[Asked]) -> int | None:
    """The line where the survey's own question list starts, pasted unmarked (no ">", no
    header or attribution the quote splitter knows: a helpdesk's thread, a copy under the
    reply) below a whole numbered set of answers: every question numbered once in order
    in the writer's own words, then every question's own text, numbered in order, one to a
    line with nothing after any of them. The list is the original, not the answers; the
    writer's numbers above stand (a restated question beats a bare number elsewhere)."""
    nums = sorted(q.num for q in qs)
    if len(nums) < 3:
        return None
    seq = [(i, c) for i, c in sorted(cands.items())
           if c is not BARRIER and not lines[i].quoted]
    k = len(nums)
    for start in range(k, len(seq) - k + 1):
        first, second = seq[start - k:start], seq[start:start + k]
        if [c.num for _, c in first] != nums or [c.num for _, c in second] != nums:
            continue
        if any(c.strong or c.restated for _, c in first):
            continue
        if not all(c.strong and c.restated and not c.rest.strip() for _, c in second):
            continue
        rows = [i for i, _ in second]
        if any(not lines[j].blank for a, b in pairwise(rows)
               for j in range(a + 1, b)):
            continue  # something written between the questions: answers typed under them
        return _entry_stamp_above(lines, first[-1][0], rows[0])
    return None


def _entry_stamp_above(lines: list[Line], after: int, at: int) -> int:
    """Where the pasted original opens between the last answer (line AFTER) and its
    question list (line AT): an earlier entry's head as a helpdesk thread shows it, a date
    with a time alone on its line ("2 dec. 2019 10:14", "Dec 2, 2019, 10:14 AM") with the
    name line over it ("Samordnare"); else the list itself."""
    for i in range(after + 1, at):
        t = lines[i].text.strip()
        if not t or lines[i].quoted or n_words(t) > 7 or not (qh.has_date(t) and qh.has_time(t)):
            continue
        above = [j for j in range(after + 1, i) if not lines[j].blank]
        # the name line over the stamp, a paragraph of its own
        if above and above[-1] >= 1 and lines[above[-1] - 1].blank \
                and n_words(lines[above[-1]].text) <= 4 \
                and not re.search(r"[.!?:]$", lines[above[-1]].text.strip()):
            return above[-1]
        return i
    return at


def _drop_heading_above(answer: list[str]) -> list[str]:
    """ANSWER's lines without the short heading line that closes them, set apart by a
    blank line ("KLUBB B" over the next set of answers)."""
    out = list(answer)
    while out and not out[-1].strip():
        out.pop()
    # the heading may carry an aside in brackets after it ("KLUBB B (nedskrivet efter
    # samtal med ordföranden)", unseen106): the heading is what stands before it
    head = re.sub(r"\s*\([^()]*\)\s*$", "", out[-1]) if out else ""
    if len(out) >= 2 and not out[-2].strip() and head.strip() and n_words(head) <= 6 \
            and not head.rstrip().endswith((".", "!", "?", ",")):
        out = out[:-2]
    return out


def _lists_under_a_lead_in(lines: list[Line], cands: dict[int, Cand], qs: list[Asked]) -> list[int]:
    """The lines of numbered lists that sit inside an answer: a tight run "1." "2." ... (no
    blank line between the items) right under a line of the writer's own that ends in ":"
    and names a question ("How we do it:") or restates one ("På vilket sätt:"), the yes/no
    question's place in the run holding no yes or no. The answers' own numbers are not
    under one such line ("Här kommer våra svar:" names no question; "2. Ja" answers)."""
    yes_no = {q.num for q in qs if q.q.kind == "yes_no"}
    out: list[int] = []
    for i, c in sorted(cands.items()):
        if c is BARRIER or c.num != 1 or c.strong or lines[i].quoted:
            continue
        j = i - 1
        if j >= 0 and lines[j].blank:
            j -= 1  # one blank line between the lead-in and its list
        if j < 0 or lines[j].quoted:
            continue
        lead = lines[j].text.strip()
        if j in cands:
            # a heading restating a question ("På vilket sätt:" for the how-question)
            if cands[j] is BARRIER or not cands[j].strong or cands[j].rest.strip():
                continue
        elif not lead.endswith(":") or n_words(lead) > 8 \
                or not _fits_question(lead.rstrip(":").strip(), qs):
            continue
        run = [i]
        while (k := run[-1] + 1) < len(lines) and k in cands and cands[k] is not BARRIER \
                and not cands[k].strong and cands[k].num == cands[run[-1]].num + 1:
            run.append(k)
        if len(run) < 2 or any(cands[k].num in yes_no
                               and parse_yes_no(cands[k].rest).value is not None for k in run):
            continue
        out.extend(run)
    return out


_WORD_RE = re.compile(r"\w+")


def _last_words(text: str, n: int = 2) -> list[str]:
    return _WORD_RE.findall(text.lower())[-n:]


def _typed_beside(line: str, c: Cand, q: Asked) -> bool:
    """What follows a quoted question's own words on its LINE (C.rest: past its text and its
    options, "Ja / nej") is typed there by the writer, not more of the survey's text: the
    whole question stands on the line before it, from its first word to its last (or to its
    options: not a line of the original's intro that names its words), it is no question or
    aside of its own ("?", a bracket) and, past two words, not the question's words again
    (an original worded a little differently from the configured text)."""
    rest = c.rest.strip()
    if not c.restated or not rest or rest.endswith(("?", ")")) or rest.startswith("("):
        return False
    at = line.rfind(rest)
    if at < 0:
        return False
    head = _WORD_RE.findall(re.sub(r"^[\s>]*\d{1,2}\s*[.):]?", "", line[:at]).lower())
    text = q.q.text
    for opt in q.option_frags:
        text = text.replace(opt, " ")
    asked_words = _WORD_RE.findall(text.lower())
    # the whole question on its line, from its first word to its last (or its options)
    if not head or not asked_words or head[:2] != asked_words[:2] \
            or len(head) < len(asked_words) \
            or head[-2:] not in (_last_words(q.q.text), asked_words[-2:]):
        return False
    words = _WORD_RE.findall(rest.lower())
    if len(words) <= 2:
        return bool(words)
    asked = set(_WORD_RE.findall(q.q.text.lower()))
    return sum(w in asked for w in words) * 2 < len(words)


def by_markers(lines: list[Line], qs: list[Asked]) -> Found:
    """Answers found by markers (numbers, labels, restated or quoted questions)."""
    survey = _questions_key(tuple(qs))
    by_num = {q.num: q for q in qs}
    cands: dict[int, Cand] = {}
    resets: set[int] = set()
    for i, ln in enumerate(lines):
        if ln.blank:
            continue
        text = ln.text
        if not ln.quoted and (cm := _CORRECTION_HEAD.match(text)):
            resets.add(i)
            text = cm.group("rest")
            if not text.strip():
                continue
        c = _detect(text, ln.quoted, survey)
        if c is not None:
            cands[i] = c
    for i in _lists_under_a_lead_in(lines, cands, qs):
        del cands[i]  # "På vilket sätt:" over "1. ... 2. ...": the list is that answer's
    by_order = structural_headings(lines, cands, qs)
    passed: set[int] = set()
    # above the first question only a greeting or the quote's attribution: an answer written
    # on top of the quote ("Hej! Hindret är pengar.") would be nowhere else
    first_q = min(cands, default=0)
    head_bare = all(n_words(ln.text) <= 3 or ln.text.rstrip().endswith(":")
                    for ln in lines[:first_q] if not ln.quoted and not ln.blank)
    quoted_qs = [i for i, c in cands.items() if lines[i].quoted and c is not BARRIER]
    under = {i for i in quoted_qs if _quoted_has_own_content(lines, i, cands)}
    # the quote broken around answers typed under its questions: an answer typed on a quoted
    # question's own line, after the question's words, is the writer's too
    beside = {i for i in quoted_qs if i not in under
              and _typed_beside(lines[i].text, cands[i], by_num[cands[i].num])} if under else set()
    for i in quoted_qs:
        if i not in under and i not in beside:
            if head_bare and _passed_by(lines, i):
                passed.add(cands[i].num)
            del cands[i]
    if (pasted := _pasted_question_list(cands, lines, qs)) is not None:
        # the survey's question list pasted unmarked under numbered answers: the original
        for i in [i for i in cands if i >= pasted]:
            del cands[i]
        cands[pasted] = BARRIER
    strong_nums = {c.num for c in cands.values() if c.strong}
    for i in [i for i, c in cands.items() if not c.strong and c.num in strong_nums]:
        del cands[i]
    if not any(c is not BARRIER for c in cands.values()):
        return Found()
    _renumber_by_headings(cands, lines, qs)
    own_headings = _own_headings(cands, lines, qs)
    reordered = _numbers_reordered(cands, lines, qs)
    second_set = _second_set(cands, lines, qs, resets)
    if second_set is not None and _second_set_in_survey_language(second_set, lines, qs):
        # the same answers twice, the second in the survey's language: it replaces the first
        resets = resets | {second_set}
        second_set = None

    results: dict[int, list[str]] = {}
    spans: dict[int, int] = {}
    order: list[tuple[int, int]] = []
    used: set[int] = set()
    between: set[int] = set()  # numbers inside a listed pair ("1 och 3"): not passed
    last = 0
    cur: _Open | None = None
    inline = False

    def close() -> None:
        nonlocal cur
        if cur is not None:
            if cur.pending and not cur.has_content():
                cur.lines = [cur.pending]  # "3. Vet inte?" was the answer after all
            results[cur.num] = cur.list_marked()
            order.append((cur.first_line, cur.num))
        cur = None

    sub_list = False  # "1. ... 2. ..." inside an answer: a "5." there is no barrier
    for i, ln in enumerate(lines):
        c = cands.get(i)
        if i == second_set:
            if cur is not None:
                cur.lines = _drop_heading_above(cur.lines)
            close()
            break  # the rest is another set of answers: whose, the reader cannot tell
        if i in resets and (c is not None or any(j > i for j in cands)):
            close()
            used.clear()
            between.clear()
            last = 0
            sub_list = False
            if c is None:
                continue
        if c is BARRIER:
            if not sub_list:
                close()
                continue
            c = None  # "5." of a list inside the answer
        if c is not None and c.num not in used \
                and (c.strong or c.num > last or c.num in between or reordered):
            close()
            sub_list = False
            cur = _Open(c.num, cont=ln.quoted, first_line=i)
            if ln.quoted:
                # the quoted question line is never the association's answer, what was
                # typed beside it may be ("> 2. Arbetar ni ...? Ja / nej  JA")
                if i in beside:
                    cur.lines.append(c.rest)
            elif _is_heading_question(c) or i in own_headings:
                cur.pending = c.rest  # "Fråga 1. Vem är ni?" / "1 Om oss" + the answer below
            elif c.rest:
                cur.lines.append(c.rest)
                if (lm := _LIST_MARK_AFTER_NUMBER.match(ln.text)) and not c.rest.startswith(
                        lm.group("mark")):
                    cur.mark = lm.group("mark")
            elif c.restated:
                cur.head = ln.text
            spans[c.num] = max(c.num, c.num_end)
            used.add(c.num)
            last = max(last, c.num, c.num_end)
            if c.listed:
                # "1 och 3: ..." then "2: Ja": the number between opens its own answer
                between |= set(range(c.num + 1, c.num_end))
            inline = inline or ln.quoted
            continue
        if ln.blank:
            if cur is not None:
                cur.cont = False
                cur.lines.append("")
            continue
        if ln.quoted:
            if cur is not None and cur.cont:
                continue
            close()
            continue
        if cur is None:
            continue  # before the first marker, or after a barrier: not an answer
        cur.cont = False
        if c is not None and not c.strong:
            sub_list = True
        if c is not None and c.num == cur.num and c.restated and not cur.has_content():
            if c.rest:
                cur.lines.append(c.rest)
            continue
        # (a ticked box, "☒ Ja ☐ Nej", is the answer, never the question's "Ja / nej" wrapped)
        if not cur.has_content() and cur.head is not None and not has_check_box(ln.text):
            # A restated question wrapped onto this line ("... arbetar ni för att" /
            # "motverka segregation? Om svaret är nej ..."): the rest of the question
            # is no answer; what follows it on the line is.
            c2 = _detect(f"{cur.head} {ln.text}", False, survey)
            if (
                c2 is not None
                and c2.num == cur.num
                and c2.restated
                and len(c2.rest) < len(_clean_rest(ln.text))
                # "Hinder respektive möjligheter" / "Hinder: ... Möjligheter: ...": the
                # answer's first part label, its partner further on, is no question wrapped
                and not _PARTS_LINE.match(ln.text.strip())
            ):
                cur.head = f"{cur.head} {ln.text}"
                if c2.rest:
                    cur.pending = None
                    cur.lines.append(c2.rest)
                continue
            cur.head = None
        if not cur.has_content():
            t = _clean_rest(ln.text) if _ANSWER_LABEL.match(ln.text) else ln.text
            if t:
                cur.pending = None
                cur.lines.append(t)
            continue
        cur.lines.append(ln.text)
    close()
    _drop_repeated_label(results)
    last_num = max(order)[1] if order else None
    first_line = min(order)[0] if order else None
    return Found(results, inline, last_num, spans, by_order & set(results), first_line,
                 passed - set(results) if inline else set())


# The writer's own mark opening each answer typed under its question, no word of the answer:
# one letter and a colon ("R: ...", "O: ...", "V: ..."), initials in capitals with a colon
# ("AK: ...", "A.K.: ..."), after a slash ("/AK: ...", "/AK ...") or in brackets ("[AK] ...",
# "(mb): ..."). A mark by its repetition: the same one opening two answers or more.
_ANSWER_MARK_HEAD = re.compile(
    r"^\s*(?P<l>(?P<open>[/\[(])?\s*(?P<w>[^\W\d_](?:\.?[^\W\d_]){0,3}\.?)\s*"
    r"(?P<close>[\])])?\s*(?P<colon>[:：])?)(?:\s+|$)")


def answer_mark(line: str) -> re.Match[str] | None:
    """The writer's answer mark opening LINE, if its shape is one (`_ANSWER_MARK_HEAD`): a
    bracket closed, a slash before capitals, else a colon after one letter or capitals."""
    m = _ANSWER_MARK_HEAD.match(line)
    if m is None:
        return None
    opened, closed, letters = m["open"], m["close"], m["w"].replace(".", "")
    if opened in ("[", "("):
        return m if closed == {"[": "]", "(": ")"}[opened] else None
    if closed:
        return None
    if opened == "/":
        return m if letters.isupper() else None  # "/AK", not "/och"
    return m if m["colon"] and (len(letters) == 1 or letters.isupper()) else None


def _mark_key(m: re.Match[str]) -> str:
    return re.sub(r"\s+", "", m["l"]).rstrip(":：")


def _drop_repeated_label(results: dict[int, list[str]]) -> None:
    """RESULTS with the writer's answer mark (`answer_mark`) taken off each answer's first
    line when the same mark opens at least two answers (a mark by its repetition, in any
    language; one "R: ..." or "AK: ..." alone stays, as it could be the answer's own)."""
    firsts: dict[int, tuple[int, re.Match[str]]] = {}
    for num, ans in results.items():
        k = next((k for k, x in enumerate(ans) if x.strip()), None)
        if k is not None and (m := answer_mark(ans[k])):
            firsts[num] = (k, m)
    for mark in {_mark_key(m) for _, m in firsts.values()}:
        nums = [n for n, (_, m) in firsts.items() if _mark_key(m) == mark]
        if len(nums) < 2:
            continue
        for n in nums:
            k, m = firsts[n]
            results[n][k] = results[n][k][m.end():]


_BARE_NUMBER = re.compile(r"^(?P<n>[1-9])\s+(?P<rest>[^\W\d_].*)$")


def bare_numbers_as_markers(text: str, n_questions: int) -> str:
    """Phone replies often number answers without punctuation ("1 Vi är ...", "2 ja").
    A bare number only counts as a marker when unquoted lines start 1, 2, 3 ... in order
    (at least three of them): "3 gånger i veckan" alone stays prose."""
    lines = text.splitlines()
    bare = [_BARE_NUMBER.match(line.strip()) for line in lines]  # once, for _bare_run too
    hits: list[tuple[int, int]] = []
    expected = 1
    for i, m in enumerate(bare):
        if m and int(m.group("n")) == expected and expected <= n_questions:
            hits.append((i, expected))
            expected += 1
    if len(hits) < min(3, n_questions):
        hits = _bare_run(lines, bare, n_questions)
    ranges = _bare_ranges(lines, n_questions)
    if not hits and not ranges:
        return text
    if hits:
        for i, n in hits:
            stripped = lines[i].strip()
            lines[i] = f"{n}. {stripped[1:].strip()}"
    for i in ranges:
        lines[i] = lines[i].rstrip() + "."
    return "\n".join(lines)


_RULE_START = re.compile(r"\s*(?:-{3,}|_{5,})")


def _bare_run(lines: list[str], bare: list[re.Match[str] | None],
              n_questions: int) -> list[tuple[int, int]]:
    """A reply sent in parts from a phone ("2 ja" / "3 vi har läxhjälp ..."): the only bare
    numbers of the text are two in a row, one after the other (n, n + 1) with nothing
    but blank lines between them - the writer's own numbering, from any question on. A lone
    "3 gånger i veckan" or "2 tränare" under "5 lag" stays prose. BARE: each line's
    _BARE_NUMBER match."""
    end = next((i for i, ln in enumerate(lines)
                if is_quoted(ln) or _RULE_START.match(ln)), len(lines))
    found = [(i, int(m.group("n"))) for i, line in enumerate(lines[:end])
             if (m := bare[i]) and int(m.group("n")) <= n_questions
             and not line.rstrip().endswith(":")]  # "2 dec. 2019 kl. 10:14 skrev ...:"
    if len(found) != 2:
        return []
    (i, a), (j, b) = found
    if b != a + 1 or any(x.strip() for x in lines[i + 1:j]):
        return []
    return found


# A line that is nothing but a span of question numbers: "2–4", "3 och 4", "2 & 3"
_BARE_RANGE = re.compile(r"^\s*(?P<a>[1-9])\s*(?:[-–—/&+,]|och|and)\s*(?P<b>[1-9])\s*$", re.I)


def _bare_ranges(lines: list[str], n_questions: int) -> list[int]:
    """The lines that only name a span of questions ("2–4" over "Återkommer efter mötet."),
    in a reply that numbers its other answers: the span's marker, as "2–4." would be. A
    span alone, with no numbered answer beside it, stays prose."""
    spans = [i for i, ln in enumerate(lines)
             if not is_quoted(ln) and (m := _BARE_RANGE.match(ln))
             and 1 <= int(m.group("a")) < int(m.group("b")) <= n_questions]
    if not spans:
        return []
    numbered = any(
        i not in spans and not is_quoted(ln) and (m := _NUM_MARKER.match(ln))
        and (m.group("n1") or m.group("n2")) and 1 <= int(m.group("n1") or m.group("n2"))
        <= n_questions for i, ln in enumerate(lines))
    return spans if numbered else []


_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")
_SEQ_MARKER = re.compile(r"^(?P<m>[ivx]{1,4}|[a-j])(?P<p>[.)])\s+(?P<rest>\S.*)$", re.I)


def sequence_markers_as_numbers(text: str, n_questions: int) -> str:
    """Answers numbered with Roman numerals ("I.", "II.") or letters ("a)", "B.") are read as
    questions 1, 2, 3 ... A marker only counts when unquoted lines start with the first,
    second, third ... of one style (same case and punctuation) in order, at least three of
    them: a lone "a) ..." or "I. ..." stays prose."""
    lines = text.splitlines()
    # each line's marker once, for both styles
    marks = [None if is_quoted(line) else _SEQ_MARKER.match(line.strip()) for line in lines]
    if not any(marks):
        return text
    for style in ("roman", "letter"):
        hits: list[tuple[int, int]] = []
        shape: tuple[bool, str] | None = None
        for i, m in enumerate(marks):
            if not m or len(hits) >= n_questions:
                continue
            mark, punct = m.group("m"), m.group("p")
            want = len(hits)
            token = _ROMAN[want] if style == "roman" else "abcdefghij"[want]
            if mark.lower() != token or (shape and shape != (mark.isupper(), punct)):
                continue
            shape = (mark.isupper(), punct)
            hits.append((i, want + 1))
        if len(hits) >= min(3, n_questions) and len(hits) >= 2:
            for i, n in hits:
                m = marks[i]
                assert m is not None
                lines[i] = f"{n}. {m.group('rest')}"
            return "\n".join(lines)
    return text


# A word of the writer's language used as the numbers' label ("Câu 1:", "Pytanie 2.",
# "Kérdés 3)", "Вопрос 4 -"): one word, its number, then punctuation or a dash
_WORD_NUMBER = re.compile(
    r"^(?P<w>[^\W\d_]{1,12})\.?\s*(?P<n>\d{1,2})(?!\d)\s*(?:[.:)]|[-–—](?=\s))\s*(?P<rest>.*)$")


def word_labels_as_numbers(text: str, n_questions: int) -> str:
    """Answers labelled by a word in a language no label list knows and a number ("Câu 1:
    ...", "Câu 2: Có / Ja") are read as questions 1, 2, 3 ...: the shape is one and the same
    word over unquoted lines numbered 1, 2, 3 ... in order, at least three of them (or every
    question), and no other numbering of the writer's ("1. ...", "Fråga 1:"): "Steg 1:" /
    "Steg 2:" / "Steg 3:" inside a numbered answer are its steps."""
    lines = text.splitlines()
    if any(not is_quoted(line) and (m := _NUM_MARKER.match(line)) and (m["n1"] or m["n2"])
           for line in lines):
        return text
    marks = [None if is_quoted(line) else _WORD_NUMBER.match(line.strip()) for line in lines]
    words = {m.group("w").lower() for m in marks if m and m.group("n") == "1"}
    for word in words:
        hits: list[tuple[int, int]] = []
        for i, m in enumerate(marks):
            if m and m.group("w").lower() == word and int(m.group("n")) == len(hits) + 1 \
                    and len(hits) < n_questions:
                hits.append((i, len(hits) + 1))
        if len(hits) >= min(3, n_questions) and len(hits) >= 2:
            for i, n in hits:
                m = marks[i]
                assert m is not None
                lines[i] = f"{n}. {m.group('rest')}"
            return "\n".join(lines)
    return text


_FIRST_INLINE = re.compile(r"(?P<n>1)(?P<p>[.)])\s+\S")


def split_inline_numbering(text: str, n_questions: int) -> str:
    """"1) Vi är ... 2) Ja 3) ... 4) ..." on one line: split before each number. Only when
    the unquoted line starts with "1." or "1)" and the numbers 2, 3 ... follow in order with
    the same punctuation, each after a space (for "N." after the end of a sentence), at
    least three in all; "kl 2. " or a single "2)" in prose stays as it is."""
    out: list[str] = []
    changed = False
    for line in text.splitlines():
        stripped = line.strip()
        m0 = _FIRST_INLINE.match(stripped)
        if is_quoted(line) or not m0:
            out.append(line)
            continue
        punct = m0.group("p")
        cuts = [0]
        want = 2
        pat = re.compile(
            r"(?<=\s)(?P<n>[1-9])" + re.escape(punct) + r"\s+\S"
            if punct == ")"
            else r"(?<=[.!?]\s)(?P<n>[1-9])\.\s+\S"
        )
        for m in pat.finditer(stripped):
            if int(m.group("n")) == want and want <= n_questions:
                cuts.append(m.start())
                want += 1
        if len(cuts) < min(3, n_questions):
            out.append(line)
            continue
        cuts.append(len(stripped))
        out.extend(stripped[a:b].strip() for a, b in pairwise(cuts))
        changed = True
    return "\n".join(out) if changed else text


# A list bullet: "- ", "* ", "• ", "– " at the start of a line
_BULLET = re.compile(r"^(?P<b>[-*•–·▪◦►➢])\s+(?P<rest>\S.*)$")
_NUMBERED = re.compile(r"^\s*(?:[1-9]\s*[.):]|(?:fråga|question|q|f)\s*[1-9]\b)", re.I)


def bullets_as_numbers(own: str, kinds: list[str]) -> str:
    """Answers written as a bulleted list in question order, no headings ("- Simklubb med
    ...", "- Ja", "- Simskola för ...", "- Hinder: ..."): the bullets are read as numbers 1,
    2, 3 ... OWN is the reply's own words; KINDS the questions' kinds in order. Only when
    the bullets are the reply's one structure and fit the questions one to one: exactly as
    many bullets as questions, of one style, in one list (lines between them only wrap a
    bullet), no numbers elsewhere, and each yes/no question's bullet says yes or no while
    no other bullet is a bare yes or no. A list of activities inside an answer has other
    answers around it, or no yes or no in the yes/no question's place: it stays a list."""
    if "yes_no" not in kinds or len(kinds) < 3:
        return own
    lines = own.splitlines()
    hits = [(i, m) for i, ln in enumerate(lines)
            if not is_quoted(ln) and (m := _BULLET.match(ln.strip()))]
    if len(hits) != len(kinds) or len({m.group("b") for _, m in hits}) != 1:
        return own
    if any(_NUMBERED.match(ln) for ln in lines if not is_quoted(ln)) \
            or any(_NUMBERED.match(m.group("rest")) for _, m in hits):
        return own  # "- Fråga 1: ...": numbered already
    if not _one_block(lines, [i for i, _ in hits]) \
            or not _fit_kinds([m.group("rest") for _, m in hits], kinds):
        return own
    for n, (i, m) in enumerate(hits, start=1):
        lines[i] = f"{n}. {m.group('rest')}"
    return "\n".join(lines)


def _one_block(lines: list[str], rows: list[int]) -> bool:
    """The ROWS (line indexes, in order) are one list: a line between them is one of them
    or wraps the line above it (no blank line before it)."""
    taken = set(rows)
    return not any(i not in taken and lines[i].strip() and not lines[i - 1].strip()
                   for i in range(rows[0], rows[-1]))


def _fit_kinds(rests: list[str], kinds: list[str]) -> bool:
    """Answers RESTS, one per question of KINDS in order, fit them: each yes/no question's
    says yes or no, and no other is a bare yes or no (three words at most)."""
    for rest, kind in zip(rests, kinds, strict=True):
        said = parse_yes_no(rest).value is not None
        if (kind == "yes_no" and not said) or (kind != "yes_no" and said and n_words(rest) <= 3):
            return False
    return True


# A line opening with a short label of the writer's own and a colon, the answer after it
# ("Unga: ca 45 barn ...", "Young members: About 150 ...")
_LABEL_LINE = re.compile(r"^(?P<h>[^\W\d_][^.:!?;@\d]{0,58}?)\s*[:：]\s+(?P<rest>\S.*)$")
_OWN_VOICE = re.compile(r"(?i)^(?:vi|jag|we|i)\b")
_CONTACT_LABEL = re.compile(
    r"(?i)\b(?:tel|tfn|telefon|mobil|phone|e-?post|e-?mail|mejl|adress|address|www)\b")


def labels_as_numbers(own: str, qs: list[Asked]) -> str:
    """Answers written as a form filled in line by line, a short label of the writer's own
    before each ("Förening: ...", "Unga: ...", "Samarbete skola: ja", "Hur: ...", or in
    English under a Swedish survey: "About us: ...", "Needs: ..."): the labels are read as
    the numbers 1, 2, 3 ... and are no part of the answers. As with bullets, only when the
    labelled lines are the reply's one structure and fit the questions one to one: exactly
    as many as questions, in one block (blank lines or a wrapped line between them only), no
    numbers elsewhere, each yes/no question's line says yes or no while no other is a bare
    yes or no, and no label names another question than the one in its place (a label
    naming none, or its own among others, "Hur:" where two questions ask how, is placed by
    the layout). Labels that name their questions out of order are left to the headings."""
    kinds = [q.q.kind for q in qs]
    if "yes_no" not in kinds or len(kinds) < 3 or (":" not in own and "：" not in own):
        return own
    lines = own.splitlines()
    hits: list[tuple[int, re.Match[str]]] = []
    for i, ln in enumerate(lines):
        if is_quoted(ln):
            continue
        m = _LABEL_LINE.match(ln.strip())
        if m is None:
            continue
        head = m.group("h").strip()
        if n_words(head) > 8 or (_OWN_VOICE.match(head) and n_words(head) > 1) \
                or _CONTACT_LABEL.search(head):
            continue
        hits.append((i, m))
    if len(hits) != len(kinds):
        return own
    if any(_NUMBERED.match(ln) for ln in lines if not is_quoted(ln)):
        return own
    if not _one_block(lines, [i for i, _ in hits]) \
            or not _fit_kinds([m.group("rest") for _, m in hits], kinds):
        return own
    scorer = heading_scorer(tuple((q.num, q.q) for q in qs))
    for (_, m), q in zip(hits, qs, strict=True):
        named = scorer.best(m.group("h"))
        if named is not None and named != q.num:
            return own  # a label naming another question: the headings place it
    for n, (i, m) in enumerate(hits, start=1):
        head, rest = m.group("h").strip(), m.group("rest")
        # "Hinder: ... Möjligheter: ...": the first label is a part of the answer, kept (not
        # a heading naming both parts, "Hinder och möjligheter: ... Möjligheter: ...")
        keep = f"{head}: " if in_labelled_parts(scorer, head, rest) else ""
        lines[i] = f"{n}. {keep}{rest}"
    return "\n".join(lines)

