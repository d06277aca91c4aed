"""Headings in the writer's own words, assigned to questions in ONE order-aware pass.

parsers/headings.py scores a heading against a question; this module finds the
heading lines of a reply (`_heading_items`) and assigns them together
(`structural_headings`), a heading that names no question taking the place its
neighbours leave, by the shape of its answer.
"""

from __future__ import annotations

import functools
import re
from itertools import pairwise

from ..config import Question
from .cues import CLOSING as _CLOSING
from .framing import GREETING, LABEL_LINE, META, PREAMBLE, greeting_in_two_scripts
from .headings import HeadingScorer, content_words, words_match
from .lines import BARRIER, Asked, Cand, Line, n_words
from .quote_headers import label_line
from .quotes import is_valediction
from .text import match_key, normalize_ws, short_cache, split_sentences
from .yes_no import _MIXED, has_check_box, parse_yes_no, said_both_ways

# --- headings in the reader's own words ---------------------------------------------------------

# an arrow between a label and its answer, as a dash is: "Om oss → Vi är ...", "Hur -> ..."
_ARROW = r"(?:[→⇒➔➜➝]|-+>|=+>)"
# a dash between them may be doubled, as a typewriter's em dash: "Who we are -- We are ..."
_DASH = r"(?:--|[-–—])"
_INLINE_LABEL = re.compile(
    rf"^(?P<h>[^.:!?;→⇒➔➜➝>]{{2,60}}?)(?P<sep>\s*:|\s+{_DASH}|\s*{_ARROW})\s+(?P<a>\S.*)$")


@short_cache(maxsize=4096)  # the same lines' labels are asked by several passes of a reply
def _inline_label(t: str) -> re.Match[str] | None:
    return _INLINE_LABEL.match(t)


_CONTACT = re.compile(
    r"@|www\.|https?://|\b(?:tel|tfn|telefon|mobil|phone|e-?post|e-?mail)\b", re.I
)
_YES_NO_LABEL = re.compile(
    r"^(?P<h>[^\W\d_]{4,25})(?:\s*,)?\s+(?P<a>(?:ja|nej|yes|no|japp|nä)(?:[\s,.!].*)?)$", re.I)


def kinds_of(qs: list[Asked]) -> dict[int, str]:
    return {q.num: q.q.kind for q in qs}


_INLINE_QUESTION = re.compile(
    rf"^(?P<h>[^.:!?;]{{2,60}}\?)(?P<sep>\s*{_ARROW}|\s+{_DASH}(?=\s))?\s+(?P<a>\S.*)$")
_SENTENCE_END_CHARS = (".", "!", ",", ";")
_ORDER_ONLY = 0.05  # a heading that names no question may still stand for one by its place
# ... a yes/no's place a little better, its answer opening with the yes and going on to say
# more (_by_answer_shape)
_CARRIES_FOLLOW_UP = _ORDER_ONLY * 1.2


@functools.lru_cache(maxsize=64)
def heading_scorer(questions: tuple[tuple[int, Question], ...]) -> HeadingScorer:
    return HeadingScorer(questions)


def _next_paragraph_words(lines: list[Line], i: int) -> int:
    """Words in the own paragraph right under line I (after at most one blank line)."""
    j = i + 1
    if j < len(lines) and lines[j].blank:
        j += 1
    n = 0
    while j < len(lines) and not lines[j].blank and not lines[j].quoted:
        n += n_words(lines[j].text)
        j += 1
    return n


def next_text(lines: list[Line], i: int) -> str:
    """The next own non-blank line after line I ("" if none)."""
    for ln in lines[i + 1 : i + 3]:
        if ln.quoted:
            return ""
        if not ln.blank:
            return ln.text
    return ""


_Named = tuple[dict[int, float], bool]  # candidate questions with scores; named clearly?


def name_heading(scorer: HeadingScorer, head: str, answer: str, qs: list[Asked]) -> _Named:
    """The questions HEAD may name and whether one is named clearly; a tie (or a heading
    too weak on its own, "Segregation:") is decided by the answer's shape where it can be."""
    found, named = scorer.candidates(head)
    if named:
        return found, True
    loose, _ = scorer.candidates(head, min_score=0.5, margin=99.0)
    pool = loose or found
    if not pool:
        return {}, False
    kinds = {q.num: q.q.kind for q in qs}
    if len(pool) == 1 and kinds[next(iter(pool))] != "yes_no":
        return pool, False  # one weak match is no name: only its order may place it
    return _resolve_tie(pool, answer, qs)


def _resolve_tie(found: dict[int, float], answer: str, qs: list[Asked]) -> _Named:
    """A heading that fits several questions equally ("Segregation?" fits three): the
    answer's shape decides between a yes/no question and the others."""
    kinds = {q.num: q.q.kind for q in qs}
    yes_no = [n for n in found if kinds.get(n) == "yes_no"]
    if not yes_no or not answer:
        return found, False
    # a yes, a no, or a yes-and-no ("Hmm, både och. Inte som ett mål i sig ..."), or a
    # first sentence that speaks of answering yes or no ("Det är svårt att svara ja eller
    # nej på.", "Hard to say yes or no to that.")
    sentences = split_sentences(normalize_ws(answer)) or [""]
    first = sentences[0]
    if (parse_yes_no(answer).value is not None and n_words(answer) <= 12) or (
            n_words(answer) <= 20 and _MIXED.search(" ".join(answer.lower().split()[:6]))) or (
            n_words(first) <= 15 and _YES_OR_NO.search(first)) or (
            # or a last sentence that leaves it open, all of it ("..., men vi har inte
            # tänkt på det. Svårt att svara ja eller nej.")
            len(sentences) > 1 and said_both_ways(sentences[-1])):
        return ({yes_no[0]: max(found.values())}, True) if len(yes_no) == 1 else (found, False)
    rest = {n: v for n, v in found.items() if kinds.get(n) != "yes_no"}
    if len(rest) == 1:
        return rest, True
    return (rest or found), False


_YES_OR_NO = re.compile(
    r"(?i)\b(?:ja\s+eller\s+nej|nej\s+eller\s+ja|yes\s+or\s+no|no\s+or\s+yes)\b")


def _short_yes_no(text: str, limit: int = 6) -> bool:
    return bool(text) and n_words(text) <= limit and parse_yes_no(text).value is not None


def _by_answer_shape(found: dict[int, float], answer: str, qs: list[Asked]) -> dict[int, float]:
    """The questions a heading that names none may stand for, by the answer under it: a
    short yes or no only the yes/no question, a text only the others (all _ORDER_ONLY)."""
    kinds = {q.num: q.q.kind for q in qs}
    yes_no = _short_yes_no(answer, limit=10)  # "Ja, det gör vi verkligen varje vecka."
    shaped = {n: _ORDER_ONLY for n in found if (kinds.get(n) == "yes_no") == yes_no}
    if not yes_no and _opens_plain_yes_no(answer):
        # "Where we meet" / "Yes – Monday nights in ...": a yes or no opening a longer answer
        # may be the yes/no's own with what it says of it, where its neighbours leave that
        # place and no other (a little below the text places, which it takes when free)
        shaped.update({n: _ORDER_ONLY * 0.8 for n in found if kinds.get(n) == "yes_no"})
        # "Nyanlända: Ja! Flera som kommit hit ...": a yes or no opening a longer answer
        # fits a yes/no question whose follow-up it carries as well, a little better than
        # the text places, where the text place first in order would be an EARLIER yes/no's
        # follow-up (a survey with two yes/no questions). With none before it, the
        # follow-up's heading over the yes/no too ("Vårt bidrag" / "Ja, det är ...") reads
        # as before: the follow-up's place, the yes from its opening.
        nums = [q.num for q in qs]
        earlier_follow_ups = {b for a, b in pairwise(nums)
                              if kinds.get(a) == "yes_no" and _yes_no_then_follow_up(qs, a)}
        shaped.update({n: _CARRIES_FOLLOW_UP for n in found if kinds.get(n) == "yes_no"
                       and _yes_no_then_follow_up(qs, n)
                       and any(f < n and f in found for f in earlier_follow_ups)})
    return shaped


def _opens_plain_yes_no(answer: str) -> bool:
    """ANSWER's first sentence opens with a plain yes or no word ("Ja! ...", "Nej, vi ...")."""
    first = (split_sentences(normalize_ws(answer)) or [""])[0]
    return bool(re.match(r"(?i)(?:ja|nej|yes|no)\b(?:\s*[,.!]|\s+[-–—]\s)", first)) \
        and (yn := parse_yes_no(first)).value is not None and not yn.ambiguous


# (?<!\s): one try per run of spaces, not one per space (a run of 50k spaces was quadratic)
_TRAILING_DASH = re.compile(rf"(?<!\s)(?:\s+[-–—]+|\s*{_ARROW})\s*$")
_DASH_ENDS = "-–—→⇒➔➜➝>"  # the last character of every match of _TRAILING_DASH


def _dash_as_colon(t: str) -> str:
    """T (stripped) with its trailing dash or arrow as ":". A stripped text ends where a
    match would: only one that ends in a dash or an arrow is searched (the look-behind is
    tried at every position, ~20 us a line)."""
    if not t or t[-1] not in _DASH_ENDS:
        return t
    return _TRAILING_DASH.sub(":", t)
# the follow-up question's condition restated as its heading ("Om nej, varför?", "Om ja,
# hur?", "If yes, how?"): the yes or no in it is the question's, never the writer's answer
_IF_YES_NO = re.compile(
    r"^(?:om|if)\s+(?:(?:svaret|svar|the\s+answer)\s+(?:är\s+|is\s+)?)?(?:ja|nej|yes|no)\b", re.I)
# "Vi arbetar med:" is the own voice introducing a list; "Vårt arbete:" is a heading
_STARTS_OWN_VOICE = re.compile(r"^(?:vi|jag|we|i)\b", re.I)


@short_cache(maxsize=4096)  # a pure test of a line's text; lines recur across replies
def _heading_text(text: str) -> str | None:
    """TEXT as a heading reads ("Om föreningen -" is "Om föreningen:"), or None for a line
    that never heads an answer: a greeting, a closing, a check box, a line about the mail,
    a header label or a sign-off."""
    t = _dash_as_colon(text.strip())
    if not match_key(t) or GREETING.fullmatch(t) or _CLOSING.match(t) or has_check_box(t):
        return None
    # "Här är svaren:", "Tack för frågorna!": about the mail, never a question's heading
    if PREAMBLE.match(t) or LABEL_LINE.match(t) or is_valediction(t):
        return None
    # "På vilket sätt? (om nej, varför inte)", "Who are you? (briefly)": the question's own
    # aside after its mark belongs to the heading, never the answer's first words
    return HEADING_ASIDE.sub(r"\1", t)


# a parenthesis alone after a heading's "?" or ":" at the end of its line, not the own voice
HEADING_ASIDE = re.compile(
    r"([?:？：])\s*\((?!\s*(?:vi|jag|vår|våra|vårt|we|our|i)\b)[^()]{1,60}\)\s*$", re.I)


def _heading_items(
    lines: list[Line], cands: dict[int, Cand], qs: list[Asked]
) -> list[tuple[int, str, dict[int, float], bool]]:
    """Lines shaped like a heading, with the questions each may name: (line, answer text on
    the same line, {question number: score}, named by words). Shapes: a short line ending
    in ":", "?" or " -"; a short line alone above a paragraph; a short label before ":" or
    " - " (or a writer's own question) at the start of a line, the answer after it. A
    heading that names no question may still stand for one by its place (score
    _ORDER_ONLY), when it clearly heads a paragraph."""
    scorer = heading_scorer(tuple((q.num, q.q) for q in qs))
    nums = [q.num for q in qs]
    items: list[tuple[int, str, dict[int, float], bool]] = []
    siblings = _standalone_heading_ends(lines)
    own_questions = sum(1 for ln in lines if not ln.blank and not ln.quoted
                        and _INLINE_QUESTION.match(ln.text.strip()))
    dash_layout = _dash_labels(lines) >= 3
    part_lines = _part_label_lines(lines, scorer)
    alone = _lines_alone(lines)
    layout = _heading_layout(lines)
    colon_labels = sum(1 for k, ln in enumerate(lines)
                       if not ln.blank and not ln.quoted and (k == 0 or lines[k - 1].blank)
                       and (lm := _inline_label(ln.text.strip())) is not None
                       and lm.group("sep").strip() == ":" and n_words(lm.group("h")) <= 4)
    rows = _label_rows(lines)
    for i, ln in enumerate(lines):
        if ln.blank or i in cands or i in part_lines or greeting_in_two_scripts(ln.text):
            continue
        dashed = _dash_as_colon(ln.text.strip())
        # "Segregation – ja eller nej och i så fall hur" over its paragraph
        t = _heading_text(dashed + ":" if _dashed_heading_line(lines, i, dashed) else ln.text)
        if t is None:
            continue
        own_voice = bool(_STARTS_OWN_VOICE.match(t))  # "Vi arbetar med:" introduces a list
        if own_voice and i in alone and len(alone) >= 3:
            own_voice = False  # "Vi i korthet", a line of its own like the reply's other headings
        meta = _is_meta(t)
        # (a greeting alone on the line above, "Hej" then the first heading, opens as a blank does)
        prev_blank = i == 0 or lines[i - 1].blank or lines[i - 1].quoted \
            or bool(GREETING.fullmatch(lines[i - 1].text.strip())) \
            or greeting_in_two_scripts(lines[i - 1].text)
        said = _INLINE_QUESTION.match(t) if t.endswith(":") and not ln.quoted else None
        if said and parse_yes_no(said.group("a")).value is not None:
            # "Segregation? Ja, på flera sätt:" over a list: the writer's own question and
            # its yes or no on the line - the yes/no's answer; the list under it says how
            found, _ = name_heading(scorer, said.group("h"), said.group("a"), qs)
            yes_no = [n for n in found if kinds_of(qs).get(n) == "yes_no"]
            if len(yes_no) == 1:
                items.append((i, said.group("a").strip(), {yes_no[0]: 2.0}, True))
                continue
        if t.endswith((":", "?")) and n_words(t) <= 12:
            if t.endswith(":") and own_voice and n_words(t) > 1:
                continue  # ("Vi:" alone is a one-word label, as on an answer's line)
            if t.endswith("?") and parse_yes_no(t).value is not None \
                    and not _IF_YES_NO.match(t):
                continue  # ("Om nej, varför?" is the follow-up's condition, no answer)
            below = next_text(lines, i)
            found, named = name_heading(scorer, t, below, qs)
            if not named:
                # a longer one counts when set in bold, or shaped like two or more other
                # lines of the reply (the writer's own questions as a layout)
                long_ok = ln.bold or siblings.get(t[-1], 0) >= 3 \
                    or _longer_in_layout(lines, i, layout)
                if ln.quoted or meta or not prev_blank or n_words(t) > (12 if long_ok else 6) or (
                    _next_paragraph_words(lines, i) < 6 and not _short_yes_no(below)
                ):
                    continue
                found = _by_answer_shape(found or dict.fromkeys(nums), below, qs)
                if not found:
                    continue
            items.append((i, "", found, named))
            continue
        if ln.quoted:
            continue
        inline = _inline_label(_label_abbrev(t)) or _INLINE_QUESTION.match(t)
        # a heading line right under the text before it (no blank line between, as HTML
        # <br> lines come out): only when it names a question and the text above ended
        after_sentence = i > 0 and (
            lines[i - 1].text.rstrip().endswith((".", "!", "?", ":"))
            or bool(GREETING.fullmatch(lines[i - 1].text.strip()))
            or _short_yes_no(lines[i - 1].text)
            or _after_list_item(lines, i)
        )
        if (
            not inline
            and (n_words(t) <= 6 or _longer_in_layout(lines, i, layout))
            and not t.endswith(_SENTENCE_END_CHARS)
            and (prev_blank or (after_sentence and t[:1].isupper()))
            and i + 1 < len(lines)
            and not lines[i + 1].quoted
            and parse_yes_no(t).value is None
        ):
            nxt = _next_paragraph_words(lines, i)
            below = next_text(lines, i)
            found, named = name_heading(scorer, t, below, qs) if nxt else ({}, False)
            if not named and prev_blank and not own_voice and not meta and (
                nxt >= 6 or _short_yes_no(below)
            ):
                found = _by_answer_shape(found or dict.fromkeys(nums), below, qs)
            elif not named:
                found = {}
            if found:
                items.append((i, "", found, named))
                continue
        yn_label = None if inline else _YES_NO_LABEL.match(t)
        if yn_label and "," in t[:yn_label.start("a")] and colon_labels < 2:
            # "Segregation, ja det är ju det vi gör": a label only among the writer's other
            # labels ("om oss: ...", "hinder/möjligheter: ..."); in plain paragraphs it is
            # the yes said with its topic first, read by the paragraphs' order
            yn_label = None
        if yn_label and not ln.quoted:
            # "Segregation nej vi syr bara ...": the yes/no question's topic word, then its yes
            # or no with no colon between; the explanation after it stays with the answer
            found, _ = scorer.candidates(yn_label.group("h"), min_score=0.5, margin=99.0)
            yes_no = [n for n in found if kinds_of(qs).get(n) == "yes_no"]
            if len(yes_no) == 1 and parse_yes_no(yn_label.group("a")).value is not None:
                items.append((i, yn_label.group("a").strip(), {yes_no[0]: 2.0}, True))
                continue
        m = inline
        if m and i > 0 and _whole_line_heading(lines[i - 1]):
            # "Vad hindrar oss?" / "Hinder: ... Möjligheter: ...": a label on the line right
            # under a heading (or under "Vi arbetar med:") is the answer's own, not a question's
            m = None
        # "Vi arbetar med: ..." is the own voice; "Vi: En grupp kvinnor ..." a one-word label
        # (the writer's own questions opening three or more paragraphs are a layout:
        # one of them may run longer, "Vad är svårt och vad är bra? ...")
        longest = 8 if own_questions >= 3 and m and m.group("h").endswith("?") else None
        if m and prev_blank and dash_layout and _dashed(m):
            longest = 8  # "What we do about it -- ...": one more of the writer's layout
        # a label that restates a question in the writer's words may run longer ("Om vi
        # arbetar för att motverka segregation: ja, det gör vi."): up to 10 words when its
        # words name a question clearly
        if m and (n_words(m.group("h")) > 10 or (
                _STARTS_OWN_VOICE.match(m.group("h")) and n_words(m.group("h")) > 1)):
            m = None
        if m:
            head, answer = m.group("h"), m.group("a").strip()
            found, named = name_heading(scorer, head, answer, qs)
            if n_words(head) > (longest or 6) and not named:
                continue
            if named and (i + 1 in part_lines or in_labelled_parts(scorer, head, answer)):
                # "hinder: ... möjligheter: ...": the label's partner follows in the same
                # answer, so it is one of the answer's parts, kept in it - under headings
                # of any shape, colon labels too ("About us: ..." / "Obstacles: ...
                # Opportunities: ...")
                answer = t
            if not named:
                # "Utmaningar: Planerna!!! Vi har ...": a label heading a paragraph
                # (a short yes or no after it is a whole answer: "Trabajamos contra ...? Sí, ja!")
                if not (prev_blank or i in rows) or _meta_label(head, answer) \
                        or n_words(head) > (longest or 4) \
                        or re.search(r"\d", head) \
                        or (n_words(answer) < 6 and not _short_yes_no(answer)) \
                        or _CONTACT.search(t):
                    continue
                found = _by_answer_shape(found or dict.fromkeys(nums), answer, qs)
                if not found:
                    continue
                if _partner_label(scorer, answer, found):
                    # "Utmaningar: ... Möjligheter: ...": a label of the writer's own whose
                    # partner names the question further on is the answer's first part
                    answer = t
            items.append((i, answer, found, named))
    return items


# the writer speaking of the question being answered ("We have not really thought about
# this question.", "Den frågan är svår"): the answer's content, no word on the survey itself
_THE_QUESTION = re.compile(
    r"(?i)\b(?:(?:this|that|the)\s+question|(?:den\s+här|denna|den)\s+frågan|frågan)\b")


@short_cache(maxsize=4096)  # a heading's text recurs across replies (META: ~50 us a line)
def _is_meta(text: str) -> bool:
    return bool(META.search(text))


def _meta_label(head: str, answer: str) -> bool:
    """A label line about the mail or the survey, not a label over an answer: its label or
    its text speaks of answering, mail, thanks ("Obs: vi återkommer ..."); the question
    named as the answer's subject does not count."""
    return bool(META.search(head) or META.search(_THE_QUESTION.sub(" ", answer)))


# a label further on in an answer, after a sentence's end: "... pengar. Möjligheter: ..."
_LATER_LABEL = re.compile(r"(?:^|[.!?;]\s+)(?P<l>[^\W\d_][\w-]{1,30})\s*[:：]\s+\S")


def in_labelled_parts(scorer: HeadingScorer, head: str, answer: str) -> bool:
    """HEAD opens an answer written in labelled parts of one question: a later label in the
    answer names the same question by another of its words ("Hinder: ... Möjligheter:
    ..." for "hinder respektive möjligheter"). The first label is then a part of the
    answer, as the second is, not a heading over it ("Hinder och möjligheter: Hinder: ..."
    names both parts: it is the heading)."""
    num = scorer.best(head, min_score=0.5)
    if num is None:
        return False
    head_words = content_words(head)
    for m in _LATER_LABEL.finditer(answer):
        label = m.group("l")
        words = content_words(label)
        if words and not any(words_match(w, h) for w in words for h in head_words) \
                and scorer.best(label, min_score=0.5) == num:
            return True
    return False


def _partner_label(scorer: HeadingScorer, answer: str, found: dict[int, float]) -> bool:
    """A later label in ANSWER, after a sentence's end, names one of the questions FOUND by
    its words ("... liten. Möjligheter: ..."): the answer is written in labelled parts (not
    when the answer opens with a label of its own: "Obstáculos y oportunidades: Hinder: ..."
    is a heading over the parts)."""
    if _LATER_LABEL.match(answer):
        return False
    for m in _LATER_LABEL.finditer(answer):
        if m.start() and scorer.best(m.group("l"), min_score=0.5) in found:
            return True
    return False


def _part_label_lines(lines: list[Line], scorer: HeadingScorer) -> set[int]:
    """Label lines right under a label line that names the same question by another of its
    words ("hinder: dyra lokaler." / "möjligheter: många vill börja!"): the answer's own
    parts, written line by line, not headings of their own."""
    out: set[int] = set()
    for j in range(1, len(lines)):
        above, ln = lines[j - 1], lines[j]
        if above.blank or ln.blank or above.quoted or ln.quoted:
            continue
        m0 = _inline_label(above.text.strip())
        m1 = _inline_label(ln.text.strip())
        if not (m0 and m1) or n_words(m0.group("h")) > 4 or n_words(m1.group("h")) > 4:
            continue
        num = scorer.best(m0.group("h"), min_score=0.5)
        w0, w1 = content_words(m0.group("h")), content_words(m1.group("h"))
        if num is not None and w1 and scorer.best(m1.group("h"), min_score=0.5) == num \
                and not any(words_match(a, b) for a in w0 for b in w1):
            out.add(j)
    return out


# an abbreviation's stop inside a label ("Hinder resp. möjligheter:", "Verksamhet m.m.:",
# "Segr.:", "Hinder/möjl.:", "Obst./opp.:") is no sentence end: a short word (lower-case, or
# capitalised when the label's colon or a slash follows), a stop, and the label going on
_ABBREV_STOP = re.compile("|".join(
    [rf"(?<=\b[a-zåäö]{{{n}}})\.(?=\s?[a-zåäö]|[:/]|$)" for n in range(1, 5)]
    + [rf"(?<=\b[A-ZÅÄÖ][a-zåäö]{{{n}}})\.(?=[:/]|$)" for n in range(2, 7)]))


def _label_rows(lines: list[Line]) -> set[int]:
    """Lines of a form the writer typed, one answer a line under a short label of their own
    ("Ledarbrist: Nej" / "Önskemål: Att ..." / "Kontakt: ..."): three or more such lines
    together, no blank between. Each row stands as its neighbours do, so a label that names
    no question still heads its row, by its place, as one after a blank line would."""
    rows: set[int] = set()
    run: list[int] = []
    for i, ln in enumerate([*lines, None]):
        m = None if ln is None or ln.blank or ln.quoted else _inline_label(ln.text.strip())
        if m is not None and m.group("sep").strip() == ":" and n_words(m.group("h")) <= 4 \
                and not ((f := label_line(ln.text)) is not None and f.known):
            # (a header block's "Från:" / "Date:" / "Subject:" rows are no form of answers)
            run.append(i)
            continue
        if len(run) >= 3:
            rows.update(run)
        run = []
    return rows


def _label_abbrev(t: str) -> str:
    """T with the stops of abbreviations taken out of the label before its first ":" (the
    answer after it is kept as written)."""
    head, sep, rest = t.partition(":")
    if not sep or "." not in head or n_words(head) > 8:
        return t
    return _ABBREV_STOP.sub("", head) + sep + rest


def _lines_alone(lines: list[Line]) -> set[int]:
    """Own lines that stand alone as a heading does: short (up to six words), no sentence's
    end but a "?", a blank line above and below, a paragraph under them."""
    out: set[int] = set()
    for i, ln in enumerate(lines):
        if ln.blank or ln.quoted or not (i == 0 or lines[i - 1].blank):
            continue
        t = ln.text.strip()
        if n_words(t) > 6 or t.endswith((".", "!", ",", ";", ":")) or i + 2 >= len(lines):
            continue
        if lines[i + 1].blank and not lines[i + 2].blank and not lines[i + 2].quoted \
                and n_words(lines[i + 2].text) >= 6:
            out.add(i)
    return out


def _heading_layout(lines: list[Line]) -> set[int]:
    """Own lines shaped as the reply's headings: after a blank line, short (up to six words,
    or up to twelve ending in ":" or "?"), no sentence's end, own text right under them (on
    the next line or after one blank line)."""
    out: set[int] = set()
    for i, ln in enumerate(lines):
        if ln.blank or ln.quoted or not (i == 0 or lines[i - 1].blank):
            continue
        t = ln.text.strip()
        if t.endswith(_SENTENCE_END_CHARS) or n_words(t) > (12 if t.endswith((":", "?")) else 6):
            continue
        below = next_text(lines, i)
        if below and n_words(below) >= 3:
            out.add(i)
    return out


def _longer_in_layout(lines: list[Line], i: int, layout: set[int]) -> bool:
    """Line I may be a longer heading (up to ten words: "Det som är svårt och det som är
    lätt") of the reply's layout: two or more other lines head their paragraphs so, and this
    one is short as a line (no wrapped line of a paragraph: those run to the client's width)
    with a new sentence right under it."""
    t = lines[i].text.strip()
    below = next_text(lines, i)
    return len(layout - {i}) >= 2 and len(t) <= 50 and n_words(t) <= 10 \
        and bool(below) and below[:1].isupper()


def _dashed_heading_line(lines: list[Line], i: int, t: str) -> bool:
    """Line I (text T) is a heading in two parts parted by a dash, standing alone above
    its paragraph: a topic and what it asks ("Segregation – ja eller nej och i så fall
    hur"), no sentence's end after the dash, after a blank line and with text right under
    it (a label with its answer on the same line ends in a sentence's end, or stands
    alone)."""
    m = _inline_label(t)
    if m is None or not _dashed(m) or not (i == 0 or lines[i - 1].blank):
        return False
    rest = m.group("a").strip()
    if n_words(rest) > 8 or rest.endswith((".", "!", "?", ",", ";", ":")) or n_words(t) > 11:
        return False
    below = lines[i + 1] if i + 1 < len(lines) else None
    return below is not None and not below.blank and not below.quoted \
        and n_words(below.text) >= 6


def _dashed(m: re.Match[str]) -> bool:
    """The label M matched is parted from its answer by a dash or an arrow, not a colon."""
    sep = (m.groupdict().get("sep") or "").strip()
    return (bool(sep) and sep != ":") or m.group("a").startswith(("-", "–", "—"))


def _dash_labels(lines: list[Line]) -> int:
    """How many paragraphs open with a label of up to eight words and a dash or an arrow
    before the answer ("Who we are -- ...", "Segregation? -- ..."): with three or more, that
    is the writer's layout, and a longer label in it ("What we do about it -- ...") is a
    heading too (a colon's short labels are read anyway; a long one stays prose)."""
    n = 0
    for i, ln in enumerate(lines):
        if ln.blank or ln.quoted or not (i == 0 or lines[i - 1].blank):
            continue
        t = ln.text.strip()
        m = _inline_label(t) or _INLINE_QUESTION.match(t)
        if m and n_words(m.group("h")) <= 8 and _dashed(m):
            n += 1
    return n


# a list item's mark: typed ("- ", "* ", "• ") or drawn by the client ("•\t")
_ITEM_MARK = re.compile(r"^\s*[-*•–·▪◦]\s")


def _after_list_item(lines: list[Line], i: int) -> bool:
    """Line I, no mark of its own, right under a list's item (a plain alternative closes an
    HTML list with no blank line: "* ... julföreställning" / "Hinder och möjligheter"),
    with a block of its own under it: a blank line or the next list's first item. A list
    item's wrapped line has no such block under it but the next item, so the heading must
    still name a question (the caller's rule for a line with no blank line above)."""
    if i == 0 or i + 1 >= len(lines) or lines[i - 1].quoted \
            or not _ITEM_MARK.match(lines[i - 1].text) or _ITEM_MARK.match(lines[i].text):
        return False
    below = lines[i + 1]
    return below.blank or bool(_ITEM_MARK.match(below.text))


def _whole_line_heading(ln: Line) -> bool:
    """LN is a heading-shaped line as a whole: short, ending in ":" or "?", no answer after a
    label on it."""
    t = ln.text.strip()
    return (not ln.blank and not ln.quoted and t.endswith((":", "?")) and n_words(t) <= 12
            and not _inline_label(t) and not _INLINE_QUESTION.match(t))


def _standalone_heading_ends(lines: list[Line]) -> dict[str, int]:
    """How many own lines, per closing mark (":" or "?"), stand alone as a heading does: a
    short line ending in the mark after a blank line, with text right under it."""
    out: dict[str, int] = {}
    for i, ln in enumerate(lines):
        if not (i == 0 or lines[i - 1].blank) or i + 1 >= len(lines):
            continue
        below = lines[i + 1]
        if below.blank or below.quoted or not _whole_line_heading(ln):
            continue
        end = ln.text.strip()[-1]
        out[end] = out.get(end, 0) + 1
    return out


def structural_headings(lines: list[Line], cands: dict[int, Cand], qs: list[Asked]) -> set[int]:
    """Add the reply's headings in other words to CANDS, assigned in one pass for the whole
    reply: each question at most once, in question order, the best total score. Returns the
    question numbers placed by order alone (their heading named no question)."""
    items = _heading_items(lines, cands, qs)
    fixed = [(i, c.num) for i, c in sorted(cands.items()) if c is not BARRIER]
    if len(items) + len(fixed) < 2:
        # one lone heading-like line is no structure: "Verksamhetsberättelse 2019" above a
        # paragraph only counts when it names a question
        items = [it for it in items if it[3] and max(it[2].values()) >= 2.0]
    if not items:
        return set()
    # A heading that names one question, and the only one to name it, is placed like a
    # number: in any order ("Hinder och möjligheter:" first, "Om oss:" after it).
    fixed_nums = {n for _, n in fixed}
    single = [(i, next(iter(found))) for i, _, found, named in items if named and len(found) == 1]
    claims = [n for _, n in single]
    sure = [(i, n) for i, n in single if claims.count(n) == 1 and n not in fixed_nums]
    rest_of = {i: rest for i, rest, _, _ in items}
    for i, n in sure:
        cands[i] = Cand(n, rest_of[i], True, True)
    sure_lines = {i for i, _ in sure}
    items = [it for it in items if it[0] not in sure_lines]
    fixed = sorted(fixed + sure)
    fixed_nums |= {n for _, n in sure}
    if not items:
        return set()
    ordered = all(a < b for (_, a), (_, b) in pairwise(fixed))
    # the reply opens with the last question's heading ("Hinder och möjligheter" first, then
    # "Om gillet"): the writer starts where it matters most, the headings after it go back
    # to the places it left
    first_line = min([i for i, _ in fixed] + [it[0] for it in items])
    if ordered and any(i == first_line and n == max(q.num for q in qs) for i, n in fixed):
        ordered = False
    # DP over the reply's lines: state = the last question number placed so far.
    seq: list[tuple[int, int | None, dict[int, float]]] = [(i, n, {}) for i, n in fixed]
    seq += [(i, None, found) for i, _, found, _ in items]
    seq.sort(key=lambda x: x[0])
    best: dict[int, tuple[float, list[tuple[int, int]]]] = {0: (0.0, [])}
    for i, fixed_num, found in seq:
        nxt: dict[int, tuple[float, list[tuple[int, int]]]] = {}

        def keep(state: int, val: tuple[float, list[tuple[int, int]]],
                 nxt: dict[int, tuple[float, list[tuple[int, int]]]] = nxt) -> None:
            if state not in nxt or val[0] > nxt[state][0] + 1e-9:
                nxt[state] = val

        for last, (score, path) in best.items():
            if fixed_num is not None:
                keep(max(last, fixed_num) if ordered else last, (score, path))
                continue
            keep(last, (score, path))
            for num, sc in found.items():
                if num in fixed_nums or (num <= last):
                    continue
                keep(num, (score + sc, [*path, (i, num)]))
        best = nxt
    _, path = max(best.values(), key=lambda v: (v[0], len(v[1])))
    named = {i: by_words for i, _, _, by_words in items}
    for i, num in path:
        cands[i] = Cand(num, rest_of[i], True, True)
    # A heading placed by its order alone is a guess, unless its neighbours, named by words
    # or numbers, leave it exactly one place ("Om oss" / 2. / 3. / "Utmaningar:").
    placed = sorted([(i, n, True) for i, n in fixed] + [(i, n, named[i]) for i, n in path])
    all_nums = sorted(q.num for q in qs)
    anchors = any(sure for _, _, sure in placed)
    # every other question named (by words or numbers, in any order): the one heading that
    # names none takes the one place left, by elimination, not by a guess at the order
    named_nums = {n for _, n, sure in placed if sure}
    unsure = [n for _, n, sure in placed if not sure]
    by_elimination = len(unsure) == 1 and named_nums | set(unsure) == set(all_nums) \
        and len(named_nums) == len(all_nums) - 1
    by_order: set[int] = set()
    for k, (i, num, sure) in enumerate(placed):
        if sure or (by_elimination and not _MISC_LABEL.match(lines[i].text)):
            continue
        prev = placed[k - 1][1] if k else None
        nxt = placed[k + 1][1] if k + 1 < len(placed) else None
        pos = all_nums.index(num)
        fits_prev = (prev is None and pos == 0) or (prev is not None and pos > 0
                                                    and all_nums[pos - 1] == prev)
        fits_next = (nxt is None and pos == len(all_nums) - 1) or (
            nxt is not None and pos + 1 < len(all_nums) and all_nums[pos + 1] == nxt)
        # the follow-up's heading over the yes/no too (the yes opening it): the yes/no is
        # the one place between
        if not fits_prev and prev is not None and pos >= 2 and all_nums[pos - 2] == prev \
                and _yes_no_then_follow_up(qs, all_nums[pos - 1]):
            fits_prev = True
        # the yes/no's heading over its follow-up too ("Segregation:" / "Det gör vi,
        # eftersom ..." / "Hinder och möjligheter:"): the follow-up is the one place between
        if not fits_next and nxt is not None and pos + 2 < len(all_nums) \
                and all_nums[pos + 2] == nxt and _yes_no_then_follow_up(qs, num):
            fits_next = True
        heads_other = bool(_MISC_LABEL.match(lines[i].text))
        if not (anchors and fits_prev and fits_next) or heads_other:
            by_order.add(num)
    return by_order


def _yes_no_then_follow_up(qs: list[Asked], num: int) -> bool:
    """Question NUM is a yes/no and the question after it asks on from it."""
    from .evidence import follows_up  # evidence reads headings too: imported when asked

    at = next((k for k, q in enumerate(qs) if q.num == num), None)
    return at is not None and at + 1 < len(qs) and qs[at].q.kind == "yes_no" \
        and follows_up(qs[at], qs[at + 1])


# "Övrigt:", "PS:", "Annat:": a label for something else than the survey's questions
_MISC_LABEL = re.compile(r"^\s*(?:övrigt|annat|ps|p\.s\.|obs|other|misc\w*|note|nb)\b", re.I)
