"""The parser checks its own work: after every extraction, the doubts a person should see.

`check(extraction, own_text, questions)` returns `Reason`s (codes in `model.Reason`); an
empty list means the answers account for the reply. It never changes the answers. What it
looks at:

- the extraction's own flags: answers placed by order ("by_position"), typed into the
  quoted original ("answers_in_quote"), an undecided yes/no ("ambiguous"), a yes/no taken
  from prose ("yes_no_from_prose") or said two ways ("yes_no_conflict"), a yes or no
  hedged by how far it goes ("yes_no_hedged": "Ja, i viss mån.");
- the yes/no against its follow-up: unanswered while the follow-up has text
  ("yes_no_missing"), or the follow-up opening with the opposite, or another answer taking
  it back by the question's number ("yes_no_contradicts", the reader's flag);
- an answer holding another question's heading ("heading_in_answer");
- the last answer running over a paragraph break into a note said to the coordinator
  (contact, the survey, its results) that the reader did not know as a closing: kept in the
  answer, shown as "unassigned_text" on that question (the reader's "trailing_note" flag);
  in the same paragraph the reader cuts what it knows (a sign-off and name, an apology for
  the reply, a note on the exchange, a wish to meet); a remark too long to be sure of (an
  apology, a note to the reader) stays and is flagged the same way;
- the association's own words that no answer holds: a sentence of substance left over
  ("unassigned_text"), not a greeting, closing, signature, note about the mail or a wish
  to talk;
- substantive text that answers some questions but not all ("partial"), unless the text
  says why (an attachment, later, skipped, an addition, a wish to talk) or the question's
  place was found left empty; in a reply with no answer at all, a yes/no said or a
  descriptive sentence is "unassigned_text";
- what a failed reading leaves in an answer, whatever step failed (measured by switching
  steps off, bench/ablation.py): a mail's tail (an address, a phone number, a sign-off
  word, a device footer, a disclaimer, a name or role signed after the last full stop:
  "signature_in_answer"); a note about the exchange as the answer or ending it (later, the
  other questions, the board first, a wish to talk, or what a sentence says of questions
  named by number, "Fråga 3 och 4 är svåra ...": "note_in_answer"); a heading or a
  list's number left at the answer's start ("heading_at_start"); the follow-up opening
  with the yes said over in the yes/no question's words ("follow_up_repeats_yes_no");
  the survey's own text as an answer or as the wish to talk ("survey_text_in_answer");
  answers read from an earlier mail quoted below a follow-up ("answer_below_original");
  a wish to meet or call that the reader did not see ("interview_unread", a cue of the
  self-check's own); a question given by its number in the text that got no answer
  ("named_unanswered"); a sentence inside an answer that a small learned model
  (`aside_model.py`) reads as said to the reader, not an answer: a question back, an
  invitation, a wish to meet, thanks, a promise ("aside_in_answer").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence

from rapidfuzz import fuzz

from ..config import Question
from . import quote_headers as qh
from .aside_model import asides_in_answers
from .cues import (
    CLOSING,
    CONTACT_DETAIL,
    DEFERS,
    DEVICE,
    OTHER_MATTER,
    PHONE_NUMBER,
    SIGN_ROLE,
    SKIPS,
    asks_for_contact,
    offers_to_send,
    refers_to_attachment,
)
from .evidence import asks_on_from, not_asked_after
from .framing import (
    FORM_CREDIT,
    after_note_colon,
    introduces_writer,
    is_dateline,
    rest_said_elsewhere,
    without_on_behalf,
)
from .headings import HeadingScorer, content_words, words_match
from .interview import wants_interview
from .lines import n_words  # cached per sentence: words are counted by many checks
from .model import Extraction, Reason
from .statements import names_topic, says_how, yes_no_statement
from .text import (
    ADDRESS,
    LIST_ITEM,
    SEPARATOR_LINE,
    excerpt,
    fold_punctuation,
    holds_any_word,
    match_key,
    normalize_ws,
    short_cache,
    split_sentences,
)
from .to_reader import (
    TO_READER,
    after_wish_to_meet,
    gives_its_reason,
    offers_contact,
    remarks_on_writing,
    said_to_reader,
    why_then,
)
from .yes_no import parse_yes_no


def _text_answers(ex: Extraction, questions: Sequence[Question]) -> Iterator[tuple[Question, str]]:
    """Each question with a text answer, and that text: what the answer checks read."""
    for q in questions:
        a = ex.answers.get(q.key)
        if a is not None and isinstance(a.value, str):
            yield q, a.value

def _follow_up(questions: Sequence[Question], i: int) -> Question | None:
    """The text question right after yes/no question I, asking about its answer (refers back
    to it or asks about its topic): a question of its own after it ("Övrigt: vad vill ni
    ...?") is none, and its answer neither contradicts the yes/no nor misses one."""
    if i + 1 < len(questions) and asks_on_from(questions[i], questions[i + 1]):
        return questions[i + 1]
    return None


def _flag_reasons(ex: Extraction) -> list[Reason]:
    out: list[Reason] = []
    for flag in ex.flags:
        code, _, key = flag.partition(":")
        if code in ("by_position", "answers_in_quote"):
            out.append(Reason(code))
        elif code == "trailing_note":
            out.append(_trailing_note(ex, key))
        elif code == "note_on_question":
            # the question's place holds a note on it and more words, none read as its answer
            a = ex.answers.get(key)
            out.append(Reason("unassigned_text", key, excerpt(a.raw or "") if a and a.raw else ""))
        elif code in ("ambiguous", "yes_no_conflict", "yes_no_from_prose", "quoted_questions",
                      "yes_no_hedged", "yes_no_contradicts", "yes_no_other_language"):
            a = ex.answers.get(key)
            out.append(Reason(code, key or None, excerpt(a.raw or "") if a and a.raw else ""))
    return out


# a sentence opening with two question numbers and no label ("2 och 3 är svåra för oss",
# "3 & 4 we'll send later"): said of those questions
_OTHER_NUMBERS = re.compile(r"^(?P<a>[1-9])\s*(?:och|and|&|,|\+|-|–)\s*(?P<b>[1-9])(?!\d)\s+"
                            r"(?![^\W\d_]*(?:år|åring|timm|gång|dag|vecko|veckor|st\b|kr\b|pers"
                            r"|years?|hours?|times|days|weeks))", re.I)


def _other_numbers_reasons(ex: Extraction, questions: Sequence[Question]) -> list[Reason]:
    """A text answer holding a sentence that names other questions by their bare numbers
    ("1 - Vi är ... 2 och 3 är svåra för oss."): a note on those questions, or their
    answers, read into this one."""
    numbers = {q.number for q in questions}
    out: list[Reason] = []
    for q, value in _text_answers(ex, questions):
        for sentence in split_sentences(value)[1:]:
            m = _OTHER_NUMBERS.match(sentence)
            if m and {int(m["a"]), int(m["b"])} <= numbers - {q.number}:
                out.append(Reason("heading_in_answer", q.key, excerpt(sentence)))
                break
    return out


def _wish_only_in_answers(ex: Extraction, own_text: str, questions: Sequence[Question]) -> bool:
    """Every sentence that asks to talk is inside an answer ("4. ... Biblioteket vill gärna
    ... träffar."): a wish read there does not say why the other answers are missing - a
    wish that excuses a gap stands on its own, outside the answers."""
    answers_text = match_key(" ".join(v for _, v in _text_answers(ex, questions)))
    wishes = [s for s in split_sentences(normalize_ws(own_text)) if wants_interview(s)]
    return bool(wishes) and bool(answers_text) and all(_covered(s, answers_text) for s in wishes)


def _yes_no_reasons(ex: Extraction, questions: Sequence[Question]) -> list[Reason]:
    out: list[Reason] = []
    for i, q in enumerate(questions):
        if q.kind != "yes_no":
            continue
        nxt = _follow_up(questions, i)
        if nxt is None:
            continue
        a, f = ex.answers.get(q.key), ex.answers.get(nxt.key)
        follow = f.value if f is not None and isinstance(f.value, str) else None
        if not follow or a is None:
            continue
        if not a.said:
            out.append(Reason("yes_no_missing", q.key, excerpt(follow)))
            continue
        if isinstance(a.value, bool):
            first = split_sentences(follow)[:1]
            st = yes_no_statement(first[0], q) if first else None
            if st is not None and st.value is not None and st.value != a.value:
                out.append(Reason("yes_no_contradicts", q.key, excerpt(first[0])))
    return out


# A heading inside an answer: a short clause ending in "?" or ":" after a sentence end.
_INNER_HEADING = re.compile(r"(?:^|(?<=[.!?])\s+|\n)(?P<h>[^.!?:\n]{3,60}[?:])(?=\s|$)")


@functools.lru_cache(maxsize=64)  # one survey's scorer, not one per message
def _scorer(questions: tuple[tuple[int, Question], ...]) -> HeadingScorer:
    return HeadingScorer(questions)


def _heading_reasons(ex: Extraction, questions: Sequence[Question]) -> list[Reason]:
    scorer = _scorer(tuple((i + 1, q) for i, q in enumerate(questions)))
    num_of = {q.key: i + 1 for i, q in enumerate(questions)}
    out: list[Reason] = []
    for q, value in _text_answers(ex, questions):
        for m in _INNER_HEADING.finditer(value):
            head = m.group("h").strip()
            if m.start("h") == 0 and not value[m.end("h"):].strip():
                continue
            found, named = scorer.candidates(head)
            if named and num_of[q.key] not in found and max(found.values()) >= 1.5:
                out.append(Reason("heading_in_answer", q.key, excerpt(head)))
                break
    return out


def _off_its_question(sentences: list[str], questions: Sequence[Question],
                      question: Question) -> str | None:
    """Of the SENTENCES of prose taken as QUESTION's answer, the one that shares no word with
    QUESTION while another says that answer in its own words (scores as its heading would),
    and shares one with a later question ("Hallar behöver vi inte" and "idrottshallar"): it
    turns to that question, maybe answers it. None if none does so."""
    scorer = _scorer(tuple((i + 1, q) for i, q in enumerate(questions)))
    num = next(i + 1 for i, q in enumerate(questions) if q.key == question.key)
    own = [{s.num: s.score for s in scorer.scores(x)}.get(num, 0.0) for x in sentences]
    if max(own) < 1.5:
        return None
    later = {w for q in questions[num:] for t in (q.text, *q.aliases) for w in content_words(t)}
    return next((x for x, sc in zip(sentences, own, strict=True)
                 if sc == 0.0 and _shares_a_word(content_words(x), later)), None)


def _shares_a_word(words: list[str], others: set[str]) -> bool:
    """One of WORDS is one of OTHERS, by stem or spelling, or the last part of a compound
    there ("hallar" of "idrottshallar", "tider" of "halltider")."""
    return any(words_match(w, o) or (len(w) >= 5 and o.endswith(w))
               for w in words for o in others)


def _trailing_note(ex: Extraction, key: str) -> Reason:
    """The reader kept a paragraph said to the coordinator at the end of KEY's answer
    (flag "trailing_note" from the reader, which still sees the paragraph breaks)."""
    a = ex.answers.get(key)
    value = a.value if a is not None and isinstance(a.value, str) else ""
    sentences = split_sentences(value)
    tail = [s for s in sentences if TO_READER.search(s)]
    # else the last sentence: the remark ends the answer ("Förlåt om min svenska ...")
    return Reason("unassigned_text", key,
                  excerpt(tail[-1] if tail else sentences[-1] if sentences else value))


_NOT_CONTENT = re.compile(
    r"\b(?:adress\w*|address\w*|kontaktperson\w*|listan|utskick\w*)\b"
    # (a sign-off shortened as people type it: "Hälsn Birgitta", "Vänl. hälsn.", "Mvh/Per")
    r"|^(?:hej|hejsan|hallå|hello|hi|dear|tack|thanks?|thank\s+you|mvh|hälsn|vänl|med\s+vänlig|vänliga"
    r"|hälsningar|regards|best|kram|ha\s+en|trevlig|god\s+jul|gott\s+nytt|p\.?s\.?)\b"
    r"|\b(?:enkät\w*|kartläggning\w*|frågor\w*|frågan|svar(?:a|en|et)?|besvara\w*|mejl\w*|mail\w*"
    r"|e-?post|bifoga\w*|bilag\w*|återkomm\w*|hör\s+av|kontakta\w*|intervju\w*|survey|questions?"
    r"|answers?|attach\w*|e-?mail|get\s+back|sorry|ursäkta|förlåt|beklagar|tjänstledig|semester"
    r"|skickat\s+från|sent\s+from|hälsning\w*|regards"
    # the attached file itself: "Filen är gjord i LibreOffice, hoppas den går att öppna."
    r"|filen|filerna|dokumentet|the\s+(?:file|document)"
    # the mail announcing what it brings: "Här kommer resten från X.", "Here is the rest."
    r"|^här\s+(?:kommer|följer|är)\s+(?:\w+\s+){0,2}?(?:resten|fortsättning\w*|svar\w*)"
    r"|^here\s+(?:is|are|comes)\s+the\s+(?:rest|remaining)"
    # answering as far as they can: "Vi svarar på det vi kan.", "We answer what we can."
    r"|(?:svarar|answer)\s+(?:på\s+)?(?:det|de|dem|what|så\s+gott)\s+(?:vi|jag|we|i)\s+(?:kan|can)\b"
    # a sentence on a condition set by the one before ("Ring i så fall kassören"): a note
    r"|i\s+så\s+fall|in\s+that\s+case"
    # a correction's note on the earlier reply: "jag skrev fel om ...", "I got that wrong"
    r"|(?:skrev|svarade|skrivit|svarat)\s+(?:\w+\s+)?fel|got\s+(?:\w+\s+){0,6}?wrong"
    # ... or a second mail naming the answer it adds to or fixes: "Här kommer ett tillägg
    # till fråga 3.", "A correction to question 2."
    r"|(?:tillägg|komplettering|rättelse|addition|correction)\s+(?:till|på|av|to|of|for)\s+"
    r"(?:fråga|frågan|svar(?:et)?|question|answer)\s*(?:nr\.?\s*)?\d"
    # a remark on the reply's own order: "Vi tar det i den ordning vi tänkte på det", "in a
    # different order", "lite huller om buller"
    r"|i\s+(?:den|en\s+annan|annan|egen|vår\s+egen|fel)\s+ordning|huller\s+om\s+buller"
    r"|in\s+(?:a\s+)?(?:different|another|our\s+own|the\s+wrong|no\s+particular)\s+order"
    r"|in\s+the\s+order\s+(?:we|i|it)\b"
    # ... or where it starts: "Jag börjar med det som känns viktigast", "Vi börjar bakifrån",
    # "I'll start with what matters most"
    r"|^(?:jag|vi)\s+(?:börjar|startar)\s+(?:med\s+(?:det\s+som|den\s+sista|sista|fråga\w*"
    r"|slutet)|bakifrån|från\s+slutet)"
    r"|^(?:i'?ll|we'?ll|i\s+will|we\s+will|let\s+me|let'?s)\s+start\s+(?:with\s+(?:what|the\s+last"
    r"|question)|from\s+the\s+end))\b"
    r"|@|www\.|https?://|\+?\d[\d\s\-()]{6,}\d",
    re.I,
)


@short_cache(maxsize=2048)  # the same sentences, checked for every doubt
def _not_content(sentence: str) -> bool:
    """A greeting, closing, note about the mail, wish to talk or remark to the reader."""
    return bool(_NOT_CONTENT.search(sentence) or CLOSING.match(sentence) or SKIPS.search(sentence)
                or DEFERS.search(sentence) or _note_on_numbered(sentence)
                or wants_interview(sentence) or said_to_reader(sentence)
                or offers_contact(sentence) or introduces_writer(sentence)
                or remarks_on_writing(sentence) or rest_said_elsewhere(sentence)
                or offers_to_send(sentence))


def _covered(sentence: str, answers_text: str) -> bool:
    key = match_key(sentence)
    if not key or key in answers_text:
        return True
    if len(key) > 400:  # a run-on "sentence" of a hostile mail: fuzzy matching it is quadratic
        return key[:200] in answers_text
    # score_cutoff one below the test: an early exit for pairs far off, exact scores near it
    return len(key) >= 12 and fuzz.partial_ratio(key, answers_text, score_cutoff=89) >= 90


# What opens a line without being anyone's answer: bullets, numbers, "Fråga 2:", a label.
@short_cache(maxsize=4096)  # every own line of every reply (~15 us a line)
def _without_lead(line: str) -> str:
    return _LINE_LEAD.sub("", line, count=1)


_LINE_LEAD = re.compile(
    r"^\s*(?:[-•*–·>]\s*)*(?:\(?\s*(?:svar\s+på\s+fråga|fråga|fråg|fraga|frag|svar|question|answer"
    r"|q|fr\.?|f|punkt)?\s*(?:nr\.?|nummer|no\.?|#)?\s*\d{1,2}\s*(?:[.:)\]\-–—]+|\s)\s*"
    # "Fråga ett vi är ...": the number in words after the label (a dictated reply)
    r"|(?:fråga|fraga|question)\s+(?:ett|två|tre|fyra|fem|sex|one|two|three|four|five|six)"
    r"(?![\w-])\s*[.:)\-–—]*\s*)?"
    # (a stop of an abbreviation inside the label: "Hinder resp. möjligheter:")
    # (a dash may be doubled, and may follow the writer's own question: "Segregation? -- Ja")
    r"(?:(?:[^.:!?\d]|\.(?=\s?[a-zåäö]|:)){1,40}?(?::|\??\s(?:--|[-–—])|\s?(?:[→⇒➔➜➝]|-+>|=+>))"
    r"\s+)?",
    re.I,
)
SLASH_SIGNATURE = re.compile(r"^\s*/{1,2}\s*[A-ZÅÄÖÉÜ]")
# A line of two to six capitalised words and no stop: a name ('Jess "Wreck-it Rut" Lindqvist',
# "Board, Malmö Roller Derby Öst"), never a sentence of an answer
_NAME_WORD = r"[\"'“”‘’(]?[A-ZÅÄÖÉÜ][\w.'’-]*[\"'“”‘’)]?,?"
# (an association's name after the writer's may hold a small word: "Olena Kovalenko,
# Ukrainska Föreningen i Malmö", "Friends of Malmö")
_NAME_LINK = r"(?:i|för|och|av|på|vid|of|the|for|in|and|de|la|van|von|al|el|bin)"
_NAME_LINE = re.compile(rf"^(?:{_NAME_WORD}\s+(?:{_NAME_LINK}\s+)?){{1,5}}{_NAME_WORD}$")
_POSTSCRIPT = re.compile(r"^\s*(?:p\.?\s?s\.?|ps)\b[\s:.-]", re.I)  # "PS. ..." after it all
# A PS about an answer (it names a question by number, or owns something written wrong):
# "PS. ... jag skrev nej på fråga 2, det blev fel. Svaret är ja!" may change an answer, so
# what no answer holds of it is left over, not skipped as an afterthought
_POSTSCRIPT_ON_ANSWER = re.compile(
    r"\b(?:fråga|frågan|question)\s*(?:nr\.?\s*)?[1-9](?!\d)"
    r"|\b(?:första|andra|tredje|fjärde|first|second|third|fourth)\s+(?:frågan|question)\b"
    r"|\b(?:blev|var|är|was|is)\s+(?:det\s+)?(?:fel|felaktigt|wrong|a\s+mistake)\b"
    r"|\b(?:skrev|svarade)\s+(?:jag|vi)\s+fel\b|\b(?:jag|vi)\s+(?:skrev|svarade)\s+fel\b",
    re.I)
_CHECK_BOX = re.compile(r"[\[(]\s*[xX✓✔ ]?\s*[\])]|[☒☑☐□■]")
_CORRECTION_LINE = re.compile(
    r"^\s*(?:rättelse|korrigering|ändring|uppdatering|correction|update)\s*[:\-–—]",
                              re.I)


_GREETING_LEAD = re.compile(r"^(?:hej(?:san)?|hallå|tjena|hejhej|hello|hi|dear)\b[\s,!.]*", re.I)
# With nothing answered, framing ("Jag är ordförande", "vi skriver inte så bra svenska") is
# short; an answer written as prose describes: a yes/no said, or a sentence this long.
_PROSE_ANSWER_WORDS = 10
# ... but a sentence saying what the association is ("Vi är en föräldraförening på X.", "We
# are a small choir.", "Föreningen är ett nätverk för ..."), however short, is the first
# question's answer in prose: never framing
_WHAT_WE_ARE = re.compile(
    r"^(?:vi\s+är|we\s+are|we['’]re|(?:föreningen|klubben|the\s+(?:association|club|society)"
    r")\s+(?:är|is))\s+(?:en|ett|an?)\s+\w+", re.I)


# a label, then the answer: "På er första fråga: Vi är ...", "Vilka är ni? – Vi är ..."
_LABEL_THEN_TEXT = re.compile(r"^(?P<head>.+?)(?::|\?\s*[-–—])\s+(?P<tail>\S.*)$", re.S)


def _pasted_original(lines: list[str], question_keys: tuple[str, ...]) -> int | None:
    """Where the survey's original opens unmarked in LINES (no ">", no header or separator:
    a helpdesk's thread, a copy pasted under the reply): its question list, every question's
    own text on lines of their own one after another; from the entry's stamp over it (a date
    with a time alone on its line, "2 dec. 2019 10:14") and its name line, else from the list.
    Nothing from there on is the association's own."""
    k = len(question_keys)
    if k < 3:
        return None
    is_q = _question_line_test(question_keys)
    rows = [i for i, ln in enumerate(lines) if ln.strip()]
    for n in range(len(rows) - k + 1):
        run = rows[n:n + k]
        if run[-1] - run[0] != k - 1 or not all(is_q(lines[i]) for i in run):
            continue
        # (the original's opening over its questions: a greeting and a few paragraphs, each
        # a line in plain text; a stamp further up is an entry of the writer's own)
        above = [j for j in range(run[0] - 1, -1, -1) if lines[j].strip()][:8]
        for j in above:
            t = lines[j].strip()
            if n_words(t) <= 7 and qh.has_date(t) and qh.has_time(t):
                name = j - 2 if j >= 2 and not lines[j - 1].strip() else None
                if name is not None and lines[name].strip() and n_words(lines[name]) <= 4 \
                        and not lines[name].strip().endswith((".", "!", "?", ":")):
                    return name
                return j
        return run[0]
    return None


def _first_text_question(ex: Extraction, questions: Sequence[Question]) -> str | None:
    """The key of the first question a text answers: the first question, or, when the survey
    opens with yes/no questions (config order) and each of them was answered, the first text
    question after them - its answer is the reply's first text, as the first question's is
    where the survey opens with one."""
    for q in questions:
        if q.kind != "yes_no":
            return q.key
        a = ex.answers.get(q.key)
        if a is None or a.value is None:
            return q.key
    return None


def unassigned_sentences(ex: Extraction, own_text: str, questions: Sequence[Question], *,
                         from_first_answer: bool = False,
                         nothing_answered: bool = False) -> list[str]:
    """Sentences of substance in OWN_TEXT that no answer holds (FROM_FIRST_ANSWER: only from
    the first answer on - a document may open with the survey's own text pasted in;
    NOTHING_ANSWERED: the whole text, for a reply where no answer was found)."""
    values = [v for a in ex.answers.values() for v in (a.value, a.raw) if isinstance(v, str)]
    answers_text = " ".join(match_key(v) for v in values)
    question_keys = _question_keys(tuple(questions))
    lines = own_text.splitlines()
    # a draft withdrawn by "Rättelse:" further down is not left over
    for i in range(len(lines) - 1, -1, -1):
        if _CORRECTION_LINE.match(lines[i]):
            lines = lines[i:]
            break
    # Lines quoted with ">" and the unmarked lines a mail client wrapped them onto are the
    # original's, not the association's.
    # A separator line ("-------- 원본 메시지 --------", "-----Original Message-----",
    # a row of underscores) opens an original in any language: nothing below it is own.
    cut = next((i for i, ln in enumerate(lines) if SEPARATOR_LINE.match(ln)), None)
    if cut is not None:
        lines = lines[:cut]
    if (cut := _pasted_original(lines, question_keys)) is not None:
        lines = lines[:cut]
    kept: list[str] = []
    in_quote = False
    for ln in lines:
        if ln.lstrip().startswith(">"):
            in_quote = True
            kept.append("")
            continue
        in_quote = in_quote and bool(ln.strip())
        kept.append("" if in_quote else ln)
    lines = kept

    line_keys = [match_key(ln) for ln in lines]  # once, for every answer's search below

    def first_line_of(v: str) -> int | None:
        start = " ".join(match_key(v).split()[:4])
        return next((i for i, k in enumerate(line_keys) if start and start in k), None)

    firsts = {q.key: first_line_of(a.value) for q in questions
              if (a := ex.answers.get(q.key)) and isinstance(a.value, str)
              and len(a.value.split()) >= 4}
    found = [i for i in firsts.values() if i is not None]
    if nothing_answered:
        found = [0]
    if not found:
        return []
    first = min(found)
    # Text above the first question's own answer belongs to no question: a greeting, or the
    # survey's text pasted into a document. Above a later question's answer it may be the
    # first one's, unmarked.
    q1 = _first_text_question(ex, questions)
    if not (from_first_answer or firsts.get(q1) == first):
        first = 0
    said_in_prose = [q for q in questions if q.kind == "yes_no" and ex.answers.get(q.key)
                     and ex.answers[q.key].said]
    out: list[str] = []
    scorer = _scorer(tuple((i + 1, q) for i, q in enumerate(questions)))  # one per survey
    # the first answer may start inside its line, after a sentence about the mail ("Jag
    # hoppas det går bra så här. Fråga 1: Vi är ..."): what stands before it is above it
    start_of_first = next((" ".join(match_key(a.value).split()[:4]) for q in questions
                           if q.key == q1 and (a := ex.answers.get(q.key))
                           and isinstance(a.value, str)
                           and firsts.get(q.key) == first), "")
    heads = {i for i in found if i is not None}
    credit = False  # the line above is a form's credit label alone ("Ifyllt av:")
    for line_no, line in enumerate(lines[first:], start=first):
        if FORM_CREDIT.match(line):
            credit = not FORM_CREDIT.sub("", line).strip(" :.-–")
            continue  # "Ifyllt av: Lena Berg, kassör": who filled the form in, no answer
        if credit and line.strip():
            credit = False
            continue  # the credit label's value on the line under it
        # (a script's own question mark, "؟", and full-width marks read as the others)
        rest = _without_lead(fold_punctuation(line.strip()))
        if line_no == first and start_of_first and not nothing_answered:
            parts = split_sentences(rest)
            at = next((k for k, x in enumerate(parts) if start_of_first in match_key(x)), 0)
            rest = " ".join(parts[at:])
        if not rest or _CHECK_BOX.search(rest) \
                or (_POSTSCRIPT.match(line) and not _POSTSCRIPT_ON_ANSWER.search(line)):
            continue
        if (n_words(rest) <= 8 and not rest.rstrip().endswith((".", "!"))
                and scorer.best(rest) is not None):
            continue  # a heading on its own line that names a question ("Hur vi jobbar mot ...")
        if (n_words(rest) <= 10 and not rest.rstrip().endswith((".", "!", ",", ";"))
                and line_no + 1 in heads and parse_yes_no(rest).value is None):
            continue  # a heading of the writer's own right above an answer's first line
        if _NAME_LINE.match(rest) or without_on_behalf(rest) != rest:
            # 'Jess "Wreck-it Rut" Lindqvist', "Sam (on behalf of the board)": a name signed
            continue
        after_wish = False  # the sentence before, in this line, asks to meet
        sentences = split_sentences(rest)
        for at, sentence in enumerate(sentences):
            if after_wish and (after_wish_to_meet(sentence) or why_then(sentence)):
                continue  # where, when or what for: the wish's
            if at + 1 < len(sentences) and gives_its_reason(sentences[at + 1]) \
                    and _wish_runs_on(sentences[at + 1], lines[line_no + 1:]
                                      if at + 2 == len(sentences) else ()):
                continue  # "... teckenspråk är vårt första. Därför vill vi ses.": its reason
            after_wish = wants_interview(sentence)
            if nothing_answered:
                sentence = _GREETING_LEAD.sub("", sentence).strip()
                if not sentence:
                    continue
                said = any(yes_no_statement(sentence, q) is not None
                           for q in questions if q.kind == "yes_no")
                # "Klubben: Vi spelar schack i Väster.": a short answer under the writer's
                # own label is an answer's shape, however short
                head = _SHORT_LABEL.match(line.strip())
                labelled_line = head is not None and rest.startswith(sentence) \
                    and not _CONTACT_WORD.search(head["h"])
                if n_words(sentence) < _PROSE_ANSWER_WORDS and not said and not labelled_line \
                        and not _WHAT_WE_ARE.match(sentence):
                    continue
            # a heading in emphasis ("*Vad är svårt?*") ends where its marks start
            if n_words(sentence) < 5 \
                    or sentence.rstrip(" *_").endswith(("?", ":", " -", " –", " —")) \
                    or (sentence[0].islower() and not nothing_answered):
                continue
            if SLASH_SIGNATURE.match(sentence):
                continue  # "/ Noah 17 år, styrelsen": a name signed under the text
            if (key := match_key(sentence)) in answers_text:
                continue  # an answer's own words (_covered's first test, ahead of the dearer ones)
            if any(yes_no_statement(sentence, q) is not None for q in said_in_prose):
                continue  # the sentence the yes/no was taken from
            if _not_content(sentence) or is_dateline(sentence):
                continue
            if _covered(sentence, answers_text):
                continue
            labelled = _LABEL_THEN_TEXT.match(sentence)
            if labelled and n_words(labelled["head"]) <= 8 \
                    and n_words(labelled["tail"]) >= 5 \
                    and _covered(labelled["tail"], answers_text):
                continue  # "På er första fråga: Vi är ...": a label over an answer held
            if (tail := after_note_colon(sentence)) and _covered(tail, answers_text):
                continue  # "Vi hinner inte skriva så mycket, men kort om oss: X är ...": a note
            if _names_question(key, question_keys):
                continue  # the survey's question restated: never an answer, never left over
            out.append(sentence)
    return out


def _wish_runs_on(start: str, below: Sequence[str]) -> bool:
    """START, with the lines of its paragraph BELOW it (START the last sentence of a line
    wrapped inside it), makes a sentence that asks to meet."""
    text = [start]
    for line in below:
        if not line.strip():
            break
        text.append(line.strip())
    first = next(iter(split_sentences(" ".join(text))), "")
    return bool(first) and wants_interview(first)


# --- what a failed reading leaves in an answer, whatever step failed -------------------------
# (bench/ablation.py: with one extraction step switched off, these are the shapes of the
# wrong answers that nothing else flagged)

# A mail's tail read as answer text: an address or a phone number, a device footer, a
# disclaimer, a sign-off word. Said anywhere in an answer, never part of what it answers.
_MAIL_TAIL = re.compile(
    r"<[^<>\s]+@[^<>\s]+>"  # an address in brackets: a header or an attribution line
    rf"|{PHONE_NUMBER}"
    r"|(?<![\w-])(?:skickat\s+från|sent\s+from|hämta\s+outlook|get\s+outlook|konfidentiell\w*"
    r"|confidential\w*|e-postmeddelande\w*|personuppgifter|dataskydd\w*|gdpr)(?![\w-])"
    # a sign-off word with a name (or nothing) after it: "Mvh Kerstin", "Hälsn Peter";
    # not "Hälsningar från våra medlemmar ..." or "(med vänlig hälsning till alla)"
    r"|(?<![\w-])(?:mvh|hälsn|hälsningar|med\s+vänlig\s+hälsning|vänliga\s+hälsningar|regards"
    r"|sincerely)[,.!]?(?:\s+(?-i:[A-ZÅÄÖÉÜ/])|\s*$)"
    # a postal address ending the answer: "... Kyrkogatan 3, 211 50 Malmö"
    r"|(?<![\w-])\d{3}\s?\d{2}\s+(?-i:[A-ZÅÄÖ])[\w-]+\s*$"
    # a form's credit field run on after the answer: "... Ifyllt av: Ahmed Said, 2020-01-16"
    r"|(?<![\w-])(?:ifyll[dt]|besvara[dt]|underteckna[dt]|completed|filled\s+(?:in|out)|signed)"
    r"\s+(?:av|by)\s*:"
    # the original's attribution line: "... skrev Samordnare:", "... kirjoitti:"
    r"|(?<![\w-])(?:skrev|wrote|kirjoitti|schrieb|shkroi|napisał|escribió|a\s+écrit)"
    r"(?:\s+[^\s.!?:]+){0,6}\s*:\s*$",
    re.I,
)
# A name or role signed after the last full stop: "... fler. Claes ordförande", "... alla.
# Mats", "... ansvar. /Elin för Cykelköket": capitalised words or a slash, no verb, no stop.
_SIGNED_TAIL = re.compile(
    rf"[.!?]\s+(?:/{{1,2}}\s*\S.{{0,40}}|(?:(?:för|for)\s+)?(?:[A-ZÅÄÖÉÜ][\w'’-]*\.?,?\s*|{SIGN_ROLE},?\s*){{1,4}})$")


def _signature_reasons(ex: Extraction, questions: Sequence[Question]) -> list[Reason]:
    out: list[Reason] = []
    for q, value in _text_answers(ex, questions):
        if asks_for_contact(q.kind, q.text):
            # "Vice ordf. Claes Björk, 070-591 23 48": the name and number asked for are no
            # mail's tail (a sign-off word, a footer or a disclaimer still are)
            left = CONTACT_DETAIL.sub("", value)
            m = _MAIL_TAIL.search(left)
            tail = m.group(0) if m else _device_tail(left)
        else:
            tail = _mail_tail(value)
        if tail is not None:
            out.append(Reason("signature_in_answer", q.key, excerpt(tail.lstrip(".!? "))))
    return out


# A table of figures run on after an answer's last sentence (a statistics tab or table
# read after the answers: "... fler verkstäder. Månad Besökare Sep 340 210 Okt 390 260"):
# bare numbers make a third or more of the words after the last stop, three at least, and
# no comma or colon joins them into a sentence.
_BARE_NUMBER = re.compile(r"(?<![\w.,:/-])\d+(?:[.,]\d+)?%?(?![\w/-])")


def _figures_tail(value: str) -> str | None:
    """The figures of a table trailing VALUE's prose, or None."""
    m = re.search(r"[.!?]\s+([^.!?]*)$", value)
    if m is None:
        return None
    tail = m.group(1)
    if re.search(r"[,:;]", tail):  # "Möjligheter: 3 nya grupper 2020, 2 till 2021": a sentence
        return None
    numbers = len(_BARE_NUMBER.findall(tail))
    return tail if numbers >= 3 and 3 * numbers >= len(tail.split()) else None


def _figures_reasons(ex: Extraction, questions: Sequence[Question]) -> list[Reason]:
    out: list[Reason] = []
    for q, value in _text_answers(ex, questions):
        tail = _figures_tail(value)
        if tail is not None:
            out.append(Reason("table_in_answer", q.key, excerpt(tail)))
    return out


@short_cache(maxsize=2048)  # ~50 us an answer; answers recur across a survey's replies
def all_capitals(text: str) -> bool:
    """TEXT is written in capitals throughout ("VI HAR CA 340 MEDLEMMAR ..."; a writer who
    sees badly, or an old habit): a capital then tells no name or heading."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 20 and sum(ch.isupper() for ch in letters) >= 0.9 * len(letters)


def _device_tail(value: str) -> str | None:
    """A name signed and a phone's footer run on after VALUE's last sentence, the footer closed
    by a stop in a language no footer words know ("... hjälpa. Me respekt Besnik Krasniqi
    Iliria Von meinem Samsung Galaxy Smartphone gesendet."): the last sentence names a phone
    or mail app, and two capitalised words or more stand before that name, past the
    sentence's first word. "Vi når alla via Gmail." names no one before the app."""
    m = re.search(r"(?:^|[.!?]\s+)([^.!?]+)[.!?]?\s*$", value)
    if m is None:
        return None
    last = m.group(1)
    brand = DEVICE.search(last)
    if brand is None or len(last.split()) > 16 or brand.start() == 0:
        return None
    before = last[: brand.start()].split()[1:]
    names = [w for w in before if w[:1].isupper() and not DEVICE.fullmatch(w.strip(",;"))]
    return last if len(names) >= 2 and m.start(1) > 0 else None


def _mail_tail(value: str) -> str | None:
    """What of a mail's tail or a signed name VALUE holds, or None. In an answer written in
    capitals (`all_capitals`) capitalised words after the last full stop are no name."""
    m = _MAIL_TAIL.search(value) or (None if all_capitals(value) else _SIGNED_TAIL.search(value))
    if m:
        return m.group(0)
    return None if all_capitals(value) else _device_tail(value)


# A sentence about the exchange rather than the association: the rest of the questions put
# off or left to a talk ("De andra frågorna är svåra att svara på i ett mejl", "återkommer
# vi om", "behöver jag stämma av med styrelsen"), not what the association does.
_ABOUT_THE_ANSWERING = re.compile(
    r"\b(?:återkomm\w*|get\s+back\s+to|(?:de\s+)?(?:andra|övriga|resterande)\s+frågor\w*"
    r"|resten\s+av\s+(?:frågorna|svaren)|(?:prata|diskutera|fundera|stämma\s+av|ta\s+upp)"
    r"\s+(?:\w+\s+){0,4}?(?:i|med)\s+styrelsen|styrelsen\s+först|the\s+(?:other|remaining)"
    r"\s+questions|the\s+rest\s+of\s+the\s+questions)\b",
    re.I,
)


@short_cache(maxsize=2048)  # an answer's last sentence is asked twice by _note_reasons
def _is_note(sentence: str) -> bool:
    """A sentence about the mail or the exchange (later, a wish to talk, a closing, said to
    the coordinator), not about the association."""
    return bool(_ABOUT_THE_ANSWERING.search(sentence) or CLOSING.match(sentence)
                or wants_interview(sentence) or said_to_reader(sentence))


def _note_reasons(ex: Extraction, questions: Sequence[Question]) -> list[Reason]:
    """An answer that is only a note ("återkommer vi om.", "Den frågan vill vi fundera på i
    styrelsen"), or an answer of several sentences ending in one ("De andra frågorna är
    svåra att svara på i ett mejl.")."""
    out: list[Reason] = []
    for q, value in _text_answers(ex, questions):
        sentences = split_sentences(value)
        if not sentences:
            continue
        if all(_is_note(s) for s in sentences) or (len(sentences) > 1 and _is_note(sentences[-1])):
            out.append(Reason("note_in_answer", q.key, excerpt(sentences[-1])))
            continue
        # board minutes read on past the answer: the minutes' next item ("§ 5 Vårens program")
        # or its duty to send the reply ("Sekreteraren skickar svaret ...") inside the answer
        item = next((x for x in sentences[1:] if _MINUTES_ITEM.match(x) or (
            _MINUTES_DUTY.match(x))), None)
        if item is not None:
            out.append(Reason("note_in_answer", q.key, excerpt(item)))
    return out


# a numbered item of minutes opening a sentence: "§ 5 Vårens program", "§6 Mötets avslutande"
_MINUTES_ITEM = re.compile(r"^§\s*\d{1,3}\b")
# the board's duty to send the reply, said in minutes: "Sekreteraren skickar svaret ...",
# "The secretary was asked to send the answers ..."
_MINUTES_DUTY = re.compile(
    r"^(?:sekreteraren|ordföranden|kassören|the\s+secretary|the\s+chair)\b[^.!?]{0,40}?"
    r"\b(?:skicka|skickar|sända|sänder|send|sends|sending)\s+(?:in\s+)?(?:svaret|svaren|enkäten"
    r"|the\s+(?:answers?|reply|survey))\b", re.I)


# questions named by number as a sentence's subject, no stop after the number, a verb next:
# "Fråga 3 och 4 är svåra att skriva kort om.", "Questions 3 and 4 are hard to put briefly."
_NUMBER_AS_SUBJECT = re.compile(
    r"(?im)^[ \t]*(?:fråg(?:a|an|orna)|questions?)\s+\d{1,2}(?:\s*(?:och|and|&|,|-|–)\s*\d{1,2})?"
    r"\s+(?P<rest>(?:är|var|blir|känns|verkar|kräver|tar|passar|is|are|was|were|seems?|takes?"
    r"|needs?)\b[^\n]*)")


def _number_as_subject_reasons(ex: Extraction, own_text: str,
                               questions: Sequence[Question]) -> list[Reason]:
    """An answer that is what a sentence says of questions named by number, read as a label
    and its answer ("Fråga 3 och 4 är svåra ..." stored as "är svåra ..."): a remark on those
    questions, not an answer to them, whatever step read it."""
    rests = [normalize_ws(m["rest"]) for m in _NUMBER_AS_SUBJECT.finditer(own_text)]
    if not rests:
        return []
    return [Reason("note_in_answer", q.key, excerpt(value))
            for q, value in _text_answers(ex, questions)
            if len(value) >= 8 and any(r[:30].startswith(value[:30]) for r in rests)]


# what opens a line without being its answer: a number or letter of a list
# (a letter or a roman numeral with its point or bracket: "A chess club", "I think" open English
# sentences)
_LIST_MARK = re.compile(r"^(?:\d{1,2}(?:[.):]|\s(?=\S))|(?:[IVX]{1,4}|[A-Da-d])[.):])\s*")
_MARK_ONLY = re.compile(r"^\s*(?:[-•*–·]\s*)?(?:\(?\d{1,2}\s*[.):]|[ivx]{1,4}[.)]|[a-d][.)])?\s*",
                        re.I)
# "Hinder: ... Möjligheter: ...": an answer in labelled parts keeps its first label
_PART = re.compile(r"(?:^|[.!?]\s+)[^\W\d_][\w-]{1,30}\s*[:：]\s")
# the same with no stop before it: the items of a list the client drew are joined without
# one ("Hinder: Lokalen är för liten Svårt att nå män Möjligheter: Ny samverkan ...")
_CAPITAL_PART = re.compile(r"\s[A-ZÅÄÖ][\w-]{1,30}[:：]\s")
_OPENING_LABEL = re.compile(r"^(?P<h>[^.!?:\n]{2,50}?)\s*(?P<p>[:?])\s+(?P<rest>\S.*)$", re.S)


# a lead-in said as a clause, the subject and its verb, ending in a colon: "Det här gör vi:",
# "Så här arbetar vi:", "This is what we do:", "This is how we work:"; or the writer as its
# subject, a verb after it (lower case: "I Lund:" is a place) and at most five words more:
# "Vi gör bland annat följande:", "Vi jobbar på tre sätt:", "We work in two ways:", "Vi
# skulle behöva:", "We would need:" (unseen110). Not a heading's noun phrase ("Hur vi
# arbetar:", "Våra tre sätt:", "Vi som förening:", "Vi:")
LEAD_IN_CLAUSE = re.compile(
    r"(?i)^(?:(?:det\s+här|detta|så\s+här|följande|här|this|here|the\s+following)\s+(?:\w+\s+){0,2}?"
    r"(?:gör|är|arbetar|jobbar|har|do|is|are|work|have)\s+(?:vi|jag|we|i)\b(?:\s+\w+)?"
    r"|(?:this\s+is|here\s+is|här\s+är)\s+(?:what|how|vad|hur)\s+(?:we|i|vi|jag)\s+\w+"
    r"|(?:vi|jag|we|i)\s+(?!(?:som|as|och|and|i|in|på|on|om|about|för|for|med|with|of|at|från"
    r"|from|själva|alla|all|both|båda)\b)(?-i:[a-zåäöé])\w*(?:\s+\w+){0,5}?)\s*:$")


def _short_heads(own_lines: list[str]) -> list[str]:
    """The own lines that may be a heading glued to an answer's front: short, capitalised, no
    sentence end, without their list mark (worked out once per reply, not per answer)."""
    out = []
    for ln in own_lines:
        if LIST_ITEM.match(ln):
            continue  # an item of a list the client drew opens its answer, no heading
        t = normalize_ws(_MARK_ONLY.sub("", ln, count=1))  # (once for both tests)
        if LEAD_IN_CLAUSE.match(t):
            continue  # "Det här gör vi:" over what it leads in to, a list or not: own words
        if not t or len(t.split()) > 6 or t[-1] in ".,;!" or not t[0].isupper():
            continue
        out.append(t)
    return out


def _opening_heading(value: str, heads: list[str], scorer: HeadingScorer) -> str | None:
    """The heading glued to the front of VALUE: a short line of the reply's own ("Om oss",
    "Hinder och möjligheter", "Hur?") that stood alone above the answer's first line (HEADS:
    `_short_heads`), or a label on the answer's line that names a question ("Hinder och
    möjligheter: ...", "Varför inte? Nej, ...")."""
    for t in heads:
        if not value.startswith(t + " "):
            continue
        rest = value[len(t):].lstrip()
        if not rest[:1].isupper() or len(rest.split()) < 3:
            continue
        if t.endswith(":") and len(t.split()) == 1 \
                and (_PART.search(rest) or _CAPITAL_PART.search(rest)):
            continue  # "Hinder:" over its part, "Möjligheter:" further down
        return t
    m = _OPENING_LABEL.match(value)
    if m and (len(m["h"].split()) >= 2 or m["p"] == "?") and len(m["h"].split()) <= 6 \
            and m["rest"][:1].isupper() and not LEAD_IN_CLAUSE.match(normalize_ws(m["h"]) + ":"):
        found, named = scorer.candidates(m["h"])
        if named and max(found.values()) >= 1.5:
            return m["h"] + m["p"]
    return None


def _opening_reasons(ex: Extraction, own_text: str,
                     questions: Sequence[Question]) -> list[Reason]:
    scorer = _scorer(tuple((i + 1, q) for i, q in enumerate(questions)))
    own_lines = [ln for ln in own_text.splitlines()
                 if ln.strip() and not ln.lstrip().startswith(">")]
    texts = [(q, a.value) for q in questions
             if (a := ex.answers.get(q.key)) and isinstance(a.value, str)]
    out: list[Reason] = []
    # "1 Polska Föreningen ...", "III. Vi syr ...", "c) Kulturkvällarna ...": a list's
    # numbers or letters left on two or more answers
    marked = [(q, v) for q, v in texts if _LIST_MARK.match(v)]
    if len(marked) >= 2:
        out += [Reason("heading_at_start", q.key, excerpt(v, 40)) for q, v in marked]
    heads = _short_heads(own_lines)
    for q, v in texts:
        head = _opening_heading(v, heads, scorer)
        if head is not None and asks_for_contact(q.kind, q.text) and _NAME_ALONE.match(head):
            head = None  # "Rasha Haddad 076-...": the name asked for, signed alone below too
        if head is not None:
            out.append(Reason("heading_at_start", q.key, excerpt(head)))
    out += _layout_label_reasons(texts, own_lines, scorer, questions,
                                 {r.key for r in out})
    return out


# a name alone on its line: "Rasha", "Jesper Wall"
_NAME_ALONE = re.compile(r"^[A-ZÅÄÖÉÜ][\w'’-]+(?:\s+[A-ZÅÄÖÉÜ][\w'’-]+){0,2}$")
# a label that is contact or header data, no answer's: "Tel: ...", "E-post: ...", "Ämne: ..."
_CONTACT_WORD = re.compile(
    r"(?i)\b(?:tel|tfn|telefon|mobil|phone|e-?post|e-?mail|mejl|adress|address|www|ämne|subject"
    r"|från|from|till|to|datum|date|skickat|sent|kopia|cc|org\.?\s*nr|bankgiro|plusgiro|ps|obs)\b")
# a short label of the writer's own opening a line: "Unga: ...", "Hur: ...", "Needs: ..."
_SHORT_LABEL = re.compile(r"^\s*(?:\d{1,2}\s*[.)]\s*)?(?P<h>[^\W\d_][\w/ -]{0,30}?)\s*[:：]\s+\S")


def _layout_label_reasons(texts: list[tuple[Question, str]], own_lines: list[str],
                          scorer: HeadingScorer, questions: Sequence[Question],
                          done: set[str | None]) -> list[Reason]:
    """A writer who labels their answers line by line ("Förening: ...", "Unga: ...", "Hur:
    ...", three or more own lines opening with a short label of up to three words): an answer
    still opening with one of those labels, whose words fit its own question (even among
    others: "Hur:" where two questions ask how), kept a heading the reading did not take off.
    An answer in labelled parts ("Hinder: ... Möjligheter: ...") keeps its first label."""
    labels = {m["h"].strip().lower() for ln in own_lines
              if (m := _SHORT_LABEL.match(ln)) and n_words(m["h"]) <= 3}
    if len(labels) < 3:
        return []
    nums = {q.key: i + 1 for i, q in enumerate(questions)}
    out: list[Reason] = []
    for q, v in texts:
        m = _OPENING_LABEL.match(v)
        if q.key in done or not m or m["p"] != ":" or m["h"].strip().lower() not in labels:
            continue
        if _PART.search(m["rest"]) or _CAPITAL_PART.search(" " + m["rest"]):
            continue
        found, _ = scorer.candidates(m["h"], min_score=0.5, margin=99.0)
        if nums[q.key] in found:
            out.append(Reason("heading_at_start", q.key, excerpt(m["h"] + ":")))
    return out


# a word that says yes or no, then a comma or a stop: what opens a yes/no answer
_YES_NO_LEFT = re.compile(
    r"^(?:ja|jo|nej|yes|no|absolut|absolutely|definitivt|definitely|självklart|certainly"
    r"|givetvis|naturligtvis|förstås|of\s+course|sure|indeed|visst|jovisst)\s*[,!.:;–—-]\s*\S",
    re.I)


def _repeats_yes_no(ex: Extraction, questions: Sequence[Question]) -> list[Reason]:
    """The follow-up ("how") answer opening with the yes said over in the yes/no question's
    own words ("Vi arbetar mot segregation.", "Vi jobbar aktivt med det."), and nothing of
    how in that sentence: the yes/no's words, not the follow-up's answer, read into it."""
    out: list[Reason] = []
    for i, q in enumerate(questions):
        nxt = _follow_up(questions, i)
        if q.kind != "yes_no" or nxt is None:
            continue
        f = ex.answers.get(nxt.key)
        if f is None or not isinstance(f.value, str):
            continue
        first = (split_sentences(f.value) or [""])[0]
        if f"yes_no_explanation:{nxt.key}" in ex.flags and _YES_NO_LEFT.match(first):
            # the how cut off the yes still opening with a yes or no word ("Definitely,
            # we ..."): where the yes ends was not found
            out.append(Reason("follow_up_repeats_yes_no", nxt.key, excerpt(first)))
            continue
        if n_words(first) > 8 or says_how(first):
            continue
        st = yes_no_statement(first, q)
        if (st is not None and st.value is True and names_topic(first, q)) \
                or fuzz.ratio(match_key(first), match_key(q.text.split("?")[0])) >= 80:
            out.append(Reason("follow_up_repeats_yes_no", nxt.key, excerpt(first)))
    return out


# --- the survey's own text read as the association's (measured by bench/ablation.py,
# quote_cut off): the original's closing ("Svara gärna direkt i mejlet ...") as the last
# answer, its "Det går också bra att be om en intervju" as a wish to talk -------------------

# A line that opens the quoted original: a header ("Från:", "From:", "Skickat:"), an
# attribution ("... skrev:", "... wrote:", "... kirjoitti:") or a separator line.
_ORIGINAL_OPENS = re.compile(
    r"^\s*(?:(?:från|from|skickat|sent|ämne|subject|till|to|datum|date)\s*:"
    r"|.{0,200}(?:skrev|wrote|kirjoitti|schrieb|a\s+écrit|escribió|shkroi|napisał|yazdı)\s*:\s*$"
    r"|-{3,}|_{8,})",
    re.I)


@short_cache(maxsize=4096)  # survey_text and _below_original_reasons read every own line;
def _opens_original(line: str) -> bool:  # the survey's quoted lines recur in every reply
    # every form holds a colon, three dashes or eight underscores: the `in` tests rule out
    # most lines before the regex (whose ".{0,200}" tries every position of a long line)
    return ((":" in line or "---" in line or "________" in line)
            and bool(_ORIGINAL_OPENS.match(line)))


# a header line in any language names an address: "Šalje: Samordnare <samordnare@...>"
# a sentence about the exchange itself: replying, the mail, an interview, the deadline
_ABOUT_REPLYING = re.compile(
    r"\b(?:svara\w*|besvara\w*|mejl\w*|mail\w*|e-?post|intervju\w*|senast|enkät\w*"
    r"|frågorna|reply|answer\w*|e-?mail|interview\w*|deadline|survey)\b",
    re.I)


_NAMES_A_TALK = re.compile(r"\b(?:intervju(?:n|a|er|as|ade)?|samtal(?:et)?|muntligt?"
                           r"|interview(?:s|ed)?)\b", re.I)  # not "samtalskvällar"


@functools.lru_cache(maxsize=64)  # one survey's keys, not worked out again for every reply
def _question_keys(questions: tuple[Question, ...]) -> tuple[str, ...]:
    return tuple(match_key(q.text) for q in questions)


def _is_question_line(line: str, question_keys: tuple[str, ...]) -> bool:
    key = match_key(_MARK_ONLY.sub("", line, count=1))
    return len(key) >= 12 and _names_question(key, question_keys)


@functools.lru_cache(maxsize=64)  # one per survey
def _question_line_test(question_keys: tuple[str, ...]) -> Callable[[str], bool]:
    """`_is_question_line` for one survey's keys, cached per line: every line of a reply's own
    text is read by survey_text and _below_original_reasons, and the quoted questions recur
    in every reply to one survey. A cache of one argument, so a hit is one dict lookup in C
    (not a wrapper and an lru_cache keyed on the line and the keys)."""
    return short_cache(maxsize=4096)(lambda line: _is_question_line(line, question_keys))


@short_cache(maxsize=4096)  # a line or sentence's key, tested by several checks of a reply
def _names_question(key: str, question_keys: tuple[str, ...]) -> bool:
    """KEY holds one of the questions' texts (nearly)."""
    return any(fuzz.partial_ratio(key, qk, score_cutoff=89) >= 90 for qk in question_keys)


def survey_text(own_text: str, questions: Sequence[Question], quoted: str = "") -> str:
    """The survey's own words in OWN_TEXT as the parser can tell them: lines quoted with ">"
    and, when the questions' texts stand in it, the original from its header or attribution
    line on (the whole of it: the coordinator's intro and closing around the questions);
    QUOTED: the original the reader cut away. Returned as one match key."""
    lines = own_text.splitlines()
    is_question_line = _question_line_test(_question_keys(tuple(questions)))
    at = [i for i, ln in enumerate(lines) if is_question_line(ln)]
    parts = [ln for ln in lines if ln.lstrip().startswith(">")]
    # what the reader cut away is the survey's when the questions stand in it (a forward
    # holds the association's own reply instead)
    if sum(map(is_question_line, quoted.splitlines())) >= 2:
        parts.append(quoted)
    # the original's last header line (or attribution) with two questions' texts below it
    # (with fewer than two question lines no line has two below it: the regexes need not run)
    # (AT ascends: two of it lie below line i exactly when i < at[-2], tested first so the
    # regexes run only on the lines above the last question but one)
    opens = [i for i, ln in enumerate(lines) if len(at) >= 2 and i < at[-2]
             and (_opens_original(ln) or ADDRESS.search(ln))]
    if opens:
        parts += lines[opens[-1]:]
    return " ".join(k for p in parts if (k := match_key(p)))


class _SurveyText:
    """The survey's own words in a reply (`survey_text`), made on first use: the three
    checks that read them test only the sentences that pass a cue of their own first (a
    wish to meet, a question named by number, words about replying), which most replies
    hold none of, and survey_text reads every own line against every question. `key` is
    survey_text's result; `outside(s)`: sentence S is one of the association's own, not held
    in it (the test made of every own sentence in advance before)."""

    def __init__(self, own_text: str, questions: Sequence[Question], quoted: str) -> None:
        self._args = (own_text, questions, quoted)

    @functools.cached_property
    def key(self) -> str:
        return survey_text(*self._args)

    def outside(self, sentence: str) -> bool:
        return bool(k := match_key(sentence)) and k not in self.key


def _survey_text_reasons(ex: Extraction, own_text: str, questions: Sequence[Question],
                         survey: _SurveyText) -> list[Reason]:
    """An answer, or the wish to talk, that is the survey's own text: every sentence of an
    answer about replying (the mail, the deadline, an interview) held in the original
    ("Svara gärna direkt i mejlet."), or an answer ending in one; wants_interview set while
    every sentence asking to talk is the original's ("Det går också bra att be om en
    intervju.")."""
    def held(sentence: str) -> bool:
        # (an empty survey text holds nothing: no reason, as when this returned at once)
        k = match_key(sentence)
        return len(k) >= 12 and k in survey.key

    out: list[Reason] = []
    for q, value in _text_answers(ex, questions):
        sentences = split_sentences(value)
        # the cue first: the survey's text is made only for an answer that may be flagged,
        # one whose last sentence (or every one) is about replying and long enough
        cues = [s for s in sentences if _ABOUT_REPLYING.search(s) and len(match_key(s)) >= 12]
        if not cues or (sentences[-1] not in cues and len(cues) != len(sentences)):
            continue  # the tail of held sentences below can be neither
        tail = [s for s in cues if held(s)]
        if tail and (tail[-1] == sentences[-1] or len(tail) == len(sentences)):
            out.append(Reason("survey_text_in_answer", q.key, excerpt(tail[-1])))
    if ex.wants_interview:
        # what can have set it: a wish by the reader's rule or the self-check's own cue, or
        # any sentence naming a talk ("Det går också bra att be om en intervju.")
        wishes = [s for s in split_sentences(normalize_ws(own_text))
                  if wants_interview(s) or asks_to_meet(s) or _NAMES_A_TALK.search(s)]
        if wishes and all(held(s) for s in wishes):
            out.append(Reason("survey_text_in_answer", "wants_interview", excerpt(wishes[-1])))
    return out


_BARE_ATTRIBUTION_WORDS = 5  # "Maja Berg skrev:", "On Monday Sam Lee wrote:"


def _below_original_reasons(ex: Extraction, own_text: str,
                            questions: Sequence[Question]) -> list[Reason]:
    """Answers read from below a header or attribution line of an earlier mail ("Från: ...
    <adress>", "Den ... skrev ...:") while the text above it says something of its own: the
    reply on top is new, what is answered below is the earlier mail's (an answer kept in
    the quote of a follow-up)."""
    lines = own_text.splitlines()
    # (an attribution without an address gives a date or a time, or is a name and the verb
    # alone: "Maja Berg skrev:"; "..., det har hänt saker sen Maja skrev:" is a sentence of
    # the writer's own that leads on to the answer under it)
    opens = [i for i, ln in enumerate(lines) if _opens_original(ln)
             and (ADDRESS.search(ln) or (ln.rstrip().endswith(":") and (
                 n_words(ln) <= _BARE_ATTRIBUTION_WORDS or qh.has_date(ln) or qh.has_time(ln))))]
    if not opens:
        return []
    top = opens[0]
    is_question_line = _question_line_test(_question_keys(tuple(questions)))
    if sum(map(is_question_line, lines[top:])) >= 2:
        return []  # answers typed into the survey mail below its header: read there on purpose
    above = [s for s in split_sentences(normalize_ws("\n".join(lines[:top])))
             if n_words(s) >= 5]
    if not above:
        return []
    head = match_key(" ".join(lines[:top]))
    out: list[Reason] = []
    for key, a in ex.answers.items():
        if not isinstance(a.value, str) or len(a.value.split()) < 4:
            continue
        start = " ".join(match_key(a.value).split()[:6])
        if start and start not in head:
            out.append(Reason("answer_below_original", key, excerpt(a.value)))
    return out


# --- a wish to talk the reader did not see (bench/ablation.py, interview off) --------------
# Independent of parsers/interview.py on purpose: a sentence of the association's own that
# asks for a meeting, a call, a visit or an interview, said as a question to the reader
# ("Kan vi ses en stund?", "kan nån ringa mig?") or as what they would rather do ("Vi pratar
# hellre", "berätta muntligt", "gärna intervju", "happy to do an interview").
_MEET = (r"(?:ses|träffas|träffa\w*|träff(?:ar|en)?|möte[ts]?|mötas|prata\w*|muntlig\w*|samtal\w*"
         r"|telefon\w*|ringa|ring|komm\w*\s+(?:\w+\s+)?(?:förbi|hit|ut|till\s+(?:oss|er|mig|dig))"
         r"|på\s+plats"
         r"|besök\w*|intervju\w*|interview\w*|meet\w*|call|phone|talk|visit\w*|in\s+person)")
_ASKS_TO_MEET = re.compile(
    # a question to the reader about meeting: "Kan vi ses?", "Skulle ni kunna komma till ..."
    rf"^(?![^?]*\b(?:vem|vilk\w*|vad|who|which|what|önskar|vill\s+ni|would\s+you\s+like)\b)"
    rf"[^?]*\b(?:kan|kunna|går\s+det|finns\s+det|möjlig\w*|passar|skulle|vore|could|can"
    rf"|would)\b[^?]*\b{_MEET}\b[^?]*\?$"
    # "Ring mig gärna", "call me": the contact for the talk
    r"|\b(?:ring|ringa|call|phone)\s+(?:mig|oss|me|us)\b"
    rf"|\b(?:hellre|istället|i\s+stället|gärna|rather|instead|happy\s+to|glad\s+to|would\s+love)"
    rf"\b(?:\s+\S+){{0,8}}?\s+{_MEET}\b"
    rf"|\b{_MEET}\b(?:\s+\S+){{0,4}}?\s+(?:hellre|istället|i\s+stället|rather|instead)\b",
    re.I)
# a question or offer about the survey, not a wish to meet: "Ring om ni har frågor", "Önskar
# ni ... en intervju?" (the survey's offer); the board to talk the questions over first;
# meeting others, not the coordinator
_CONTACT_OFFER = re.compile(
    r"\bprata\s+(?:igenom|ihop|med\s+styrelsen)|\b(?:träffa|möta)\s+andra\b"
    r"|\b(?:önskar\s+ni|vill\s+ni|would\s+you\s+like)\b|\b(?:om\s+(?:ni|du)\s+(?:har\s+(?:\w+\s+)?frågor|undrar|vill\s+veta)|if\s+you\s+have"
    r"\s+(?:any\s+)?questions)\b", re.I)


# ... and said inside an answer, it names the talk or the reader: "Föreningen ser gärna att
# vi får träffas för ett samtal", "Ja, gärna intervju!"
_TO_US = re.compile(r"\b(?:intervju\w*|samtal\w*|muntlig\w*|telefon\w*|interview\w*"
                    r"|in\s+person|ni|er|dig|du|you)\b", re.I)


@short_cache(maxsize=2048)  # every own sentence, by the wish and the survey-text checks
def asks_to_meet(sentence: str) -> bool:
    """SENTENCE asks for a meeting, a call, a visit or an interview (self-check's own cue)."""
    return bool(_ASKS_TO_MEET.search(sentence)) and not _CONTACT_OFFER.search(sentence)


def _unread_wish_reasons(ex: Extraction, sentences: list[str], survey: _SurveyText,
                         questions: Sequence[Question]) -> list[Reason]:
    """wants_interview is false while a sentence of the association's own (of SENTENCES,
    those the survey's own text does not hold), in no answer, asks to meet, call or be
    interviewed."""
    if ex.wants_interview:
        return []
    values = [v for a in ex.answers.values() for v in (a.value, a.raw) if isinstance(v, str)]
    answers_text = " ".join(match_key(v) for v in values)
    question_keys = [match_key(q.text) for q in questions]
    for s in sentences:
        if not asks_to_meet(s) or OTHER_MATTER.match(s):
            continue  # (a call asked on another matter, "En annan sak: kan du ringa ...")
        if answers_text and _covered(s, answers_text) and not _TO_US.search(s):
            continue  # "ungdomarna vill gärna träffa andra": an answer's own words
        key = match_key(s)
        if any(fuzz.partial_ratio(qk, key, score_cutoff=89) >= 90 for qk in question_keys):
            continue  # the survey's question pasted in
        if not survey.outside(s):
            continue  # the survey's own text (asked last: it is made on first use)
        return [Reason("interview_unread", "wants_interview", excerpt(s))]
    return []


# --- a question named by its number that got no answer (bench/ablation.py,
# named_by_number off): "Svaret på fråga 3 blir ...", "question 3", "punkt 3" --------------
_NUMBER_WORDS = {"ett": 1, "en": 1, "ettan": 1, "första": 1, "one": 1, "first": 1,
                 "två": 2, "tvåan": 2, "andra": 2, "two": 2, "second": 2,
                 "tre": 3, "trean": 3, "tredje": 3, "three": 3, "third": 3,
                 "fyra": 4, "fyran": 4, "fjärde": 4, "four": 4, "fourth": 4,
                 "fem": 5, "femte": 5, "five": 5, "fifth": 5}
_NAMED_NUMBER = re.compile(
    r"\b(?:fråga|frågan|frågor|fråg|fr\.|question|punkt|point|svar(?:et)?\s+på\s+fråga)"
    r"\s*(?:nr\.?|nummer|no\.?|#)?\s*(?P<n>\d{1,2}|"
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")\b"
    r"|\b(?P<w>första|andra|tredje|fjärde|femte|first|second|third|fourth|fifth)"
    r"\s+(?:frågan|fråga|question|punkten)\b",
    re.I)
# Every match of _NAMED_NUMBER / _ON_ANSWERS holds one of these (casefolded, as re.I compares;
# checked against the patterns' parse trees in tests/test_word_filters.py): most sentences
# hold none and skip the search (~10 us a sentence, every sentence of a reply's own text).
_NAMED_NUMBER_WORDS = ("fråg", "fr.", "question", "punkt", "point")
_ON_ANSWERS_WORDS = ("svar", "answer", "glöm", "missa", "lova", "komplett", "tillägg", "rätt",
                     "byt", "ändr", "forgot", "left", "missed", "promised", "correct", "replace",
                     "addition", "skrev", "wrote")


# ... and what it is given, right after: "Fråga 3 blir då: Vi ...", "svaret på fråga 2 ska
# vara ja", "ändra svaret på fråga 2 till ja"; not "Fråga 1 och 4 gäller som innan". Any two
# words may stand between the modal and its verb ("ska det alltså vara", "ska nog vara",
# "should probably be"): a doubt, so wider than the reader's plain corrections.
_GIVEN_AFTER = re.compile(
    r"^[^.!?:]{0,40}:\s*(?=\w)|^\s*(?:\w+\s+){0,5}?(?:(?:ska|skall|bör)\s+(?:\w+\s+){0,2}?"
    r"(?:vara|stå|lyda)\s+\w|till\s+\w|(?:should|is|will)\s+(?:\w+\s+){0,2}?(?:be|read)\s+\w)",
    re.I)


# A sentence that only announces a change of one answer, named by its number, the new answer
# in the sentences after it: "Jag vill ändra vårt svar på fråga 4.", "En rättelse till fråga
# 2.", "I'd like to update our answer to question 3."
_CHANGE_ANNOUNCED = re.compile(
    r"\b(?:ändra\w*|rätta\w*|byta|byter|uppdater\w*|korriger\w*|komplettera\w*|rättelse"
    r"|ändring|change\w*|correct\w*|update\w*|amend\w*|correction)\b", re.I)


def _named_unanswered_reasons(ex: Extraction, sentences: list[str], survey: _SurveyText,
                              questions: Sequence[Question]) -> list[Reason]:
    """The association's own text (of SENTENCES, those the survey's own text does not hold)
    names a question by its number while that question got no answer here: an answer given
    by number in prose, not found."""
    out: list[Reason] = []
    for s in sentences:
        if not holds_any_word(s, _NAMED_NUMBER_WORDS):
            continue
        for m in _NAMED_NUMBER.finditer(s):
            word = (m["n"] or m["w"] or "").lower()
            n = int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 0)
            announced = _CHANGE_ANNOUNCED.search(s[:m.start()]) is not None \
                and not s[m.end():].strip(" .!:")
            if not 1 <= n <= len(questions) or not (_GIVEN_AFTER.match(s[m.end():])
                                                    or announced):
                continue
            q = questions[n - 1]
            a = ex.answers.get(q.key)
            # (a place found and left empty or marked as not applying, "Fråga 3: Ej
            # aktuellt.", is accounted for: no answer went astray)
            if f"left_empty:{q.key}" in ex.flags:
                continue
            # the survey's own text asked last: it is made on first use
            if (a is None or not a.said) and survey.outside(s):
                out.append(Reason("named_unanswered", q.key, excerpt(s)))
    return out


# The text itself says why some questions have no answer here.
_EXPLAINS_GAP = re.compile(
    r"\b(?:återkomm\w*|återkommer|svarar\s+(?:\w+\s+){0,3}(?:senare|längre\s+fram)"
    r"|skickar\s+(?:\w+\s+){0,2}senare|hoppar\s+(?:vi\s+|jag\s+)?över|skippar|avstår"
    r"|vet\s+(?:vi|jag)\s+inte|vet\s+inte|ingen\s+aning|kan\s+(?:vi|jag)\s+inte\s+svara"
    r"|har\s+(?:vi|jag)\s+inget\s+(?:bra\s+)?svar|inget\s+(?:bra\s+)?svar\s+på"
    r"|resten|övriga\s+frågor\w*|(?:de\s+)?andra\s+frågorna|get\s+back\s+to\s+you"
    r"|answer\s+later|skip\w*|don'?t\s+know|the\s+rest|other\s+questions"
    # the questions still to come named: "I'll come back with 3 and 4 after our meeting"
    r"|come\s+back\s+(?:to\s+you\s+)?(?:with|on|about)\s+(?:questions?\s+)?\d"
    # an addition to an earlier reply: it names what it adds
    r"|svar(?:et|en)?\s+på\s+fråg\w*\s+(?:nr\s+)?\d|(?:ut)?lovade?|komplettera\w*|komplettering\w*"
    r"|tillägg\w*|glömde|lägga\s+till|forgot|in\s+addition\s+to"
    # another answer already says it
    r"|se\s+ovan|som\s+ovan|(?:samma|detsamma)\s+som\s+(?:i\s+)?(?:fråga|svar)\w*|see\s+above)\b",
    re.I,
)


# The mail brings the rest of an earlier reply: "Här kommer resten", "de sista svaren", "som
# jag lovade", "the rest of our answers". The questions before were answered in that one.
_COMPLETES = re.compile(
    r"\b(?:här\s+(?:kommer|är|följer)\s+(?:\w+\s+)?(?:resten|(?:de\s+)?(?:sista|övriga|återstående"
    r"|(?:ut)?lovade)\s+svaren)|resten\s+av\s+(?:\w+\s+)?svar(?:en)?\b|here\s+(?:is|are|comes)\s+the"
    r"\s+(?:rest|remaining\s+answers)|the\s+rest\s+of\s+(?:our|the|my)\s+answers)\b",
    re.I,
)


# ... or names the questions it brings by their numbers: "Här kommer svaren på fråga 3 och 4
# som jag lovade.", "Here are the answers to questions 3 and 4." The ones it leaves out were
# answered before (or are still to come), so they are not asked for here.
_BRINGS_NUMBERS = re.compile(
    r"\b(?:här\s+(?:kommer|är|följer)|nu\s+kommer|(?:here|below)\s+(?:is|are|comes?))\s+"
    r"(?:(?:\w+\s+){0,2}?)(?:svar(?:et|en)?|answers?)\s+(?:på|till|to|for)\s+"
    r"(?:fråg(?:a|an|orna)|questions?)\s*(?:nr\.?\s*)?"
    r"(?P<nums>\d(?:\s*(?:,|och|&|samt|and|\+|-|–)\s*\d)*)\b",
    re.I,
)


def numbers_brought(own_text: str) -> set[int]:
    """The question numbers a note says this mail brings the answers to ("Här kommer svaren
    på fråga 3 och 4"), or nothing when it names none."""
    m = _BRINGS_NUMBERS.search(normalize_ws(own_text))
    if m is None:
        return set()
    nums = [int(d) for d in re.findall(r"\d", m["nums"])]
    if re.search(r"\d\s*[-–]\s*\d", m["nums"]) and len(nums) == 2:
        return set(range(nums[0], nums[1] + 1))
    return set(nums)


# A note on the mail naming by number what it gives: "Som utlovat kommer våra svar på fråga 3
# och 4.", "Hej igen, jag glömde svara på fråga 3!", "Byt gärna ut svar 3 och 4 mot de här",
# "I forgot question 3 in my last mail" - numbers after a question or answer word, a list too
_NOTE_NUMBERS = re.compile(
    r"\b(?:fråg(?:a|an|orna)|questions?|svar(?:en|et)?|answers?)\s+(?:på\s+(?:fråg\w*\s+)?)?"
    r"(?:nr\.?\s*)?(?P<ns>\d(?:\s*(?:,|och|and|&|samt)\s*\d)*)\b", re.I)
# ... said of the mail itself: answers, or what is added or put right
_ON_ANSWERS = re.compile(
    r"\b(?:svar\w*|answer\w*|glömde|glömt|missade|missat|(?:ut)?lova\w*|komplett\w*|tillägg\w*"
    r"|rätt\w*|byt\w*|ändr\w*|forgot\w*|left\s+out|missed|promised|correct\w*|replace\w*"
    r"|addition\w*"
    # what was written before called too short: "jag skrev för kort på fråga 3 igår", "I wrote
    # too little on question 3"
    r"|skrev\s+(?:\w+\s+)?för\s+(?:kort|lite|knapphändigt|snabbt|slarvigt)"
    r"|wrote\s+(?:\w+\s+)?too\s+(?:little|briefly|short|quickly))\b",
    re.I)
_NOTE_MIN_WORDS = 5  # shorter, "Svar på fråga 3:" is a label over its answer


def _note_on_numbered(sentence: str) -> bool:
    """SENTENCE is a note on the mail naming a question by its number, what is added or put
    right ("Jag märkte att jag glömde fråga 4, ber om ursäkt.", "I forgot question 3 in my
    last mail."): about the exchange, no text of the association's left over."""
    return (n_words(sentence) >= _NOTE_MIN_WORDS and bool(_NOTE_NUMBERS.search(sentence))
            and bool(_ON_ANSWERS.search(sentence)))


def _gives_only_what_it_names(ex: Extraction, own_text: str,
                              questions: Sequence[Question]) -> bool:
    """A sentence of OWN_TEXT on the mail names by number exactly the questions it answers
    ("Som utlovat kommer våra svar på fråga 3 och 4." over "3. ..." and "4. ..."): a second
    mail that gives those and leaves the rest as they stand, so a yes/no left out here is
    no doubt."""
    named: set[int] = set()
    for s in split_sentences(normalize_ws(own_text)):
        if n_words(s) < _NOTE_MIN_WORDS or not holds_any_word(s, _ON_ANSWERS_WORDS) \
                or not _ON_ANSWERS.search(s):
            continue
        for m in _NOTE_NUMBERS.finditer(s):
            named |= {int(d) for d in re.findall(r"\d", m["ns"])}
    answered = {i for i, q in enumerate(questions, 1)
                if ex.answers.get(q.key) and ex.answers[q.key].value is not None}
    return bool(answered) and named == answered


# "fråga 2 och 3 vill styrelsen diskutera på nästa möte", "Question 3 the board must discuss
# first": questions named by number, left to the board or a meeting first
_NAMES_NUMBERS = re.compile(r"\b(?:fråg\w*|questions?)\s*(?:nr\.?\s*)?\d", re.I)
_LEFT_TO_BOARD = re.compile(
    r"\b(?:diskutera\w*|discuss\w*|styrelse\w*|board|(?:års|styrelse)?möte[nt]?|meeting)\b", re.I)


def explains_gap(own_text: str) -> bool:
    """The reply says why it answers fewer than all questions: an attachment, later, skipped,
    left to the board first."""
    flat = normalize_ws(own_text)
    return refers_to_attachment(own_text) or bool(_EXPLAINS_GAP.search(flat)) or any(
        _NAMES_NUMBERS.search(s) and _LEFT_TO_BOARD.search(s) for s in split_sentences(flat))


def _missing_yes_no_counts(ex: Extraction, own_text: str, questions: Sequence[Question], *,
                           whole: bool) -> bool:
    """A yes/no left out is a doubt: the text is the whole reply, and it neither answers
    some questions by number, completes an earlier reply, says which answers it brings (a
    yes/no not among them), nor gives only the answers it names."""
    brought = numbers_brought(own_text)
    return whole and "follow_up_answer" not in ex.flags \
        and not _COMPLETES.search(normalize_ws(own_text)) \
        and not (brought and not any(q.kind == "yes_no" and q.number in brought
                                     for q in questions)) \
        and not _gives_only_what_it_names(ex, own_text, questions)


def _yes_no_doubts(ex: Extraction, own_text: str, questions: Sequence[Question], *,
                   whole: bool) -> list[Reason]:
    """_yes_no_reasons, without "yes_no_missing" where a missing yes/no does not count
    (_missing_yes_no_counts). That is asked only when one is missing: with none, both ways
    give the same reasons, and most replies miss none while its tests read the whole own
    text (tests/test_parse_speedups.py checks this against asking always)."""
    yes_no = _yes_no_reasons(ex, questions)
    if any(r.code == "yes_no_missing" for r in yes_no) \
            and not _missing_yes_no_counts(ex, own_text, questions, whole=whole):
        return [r for r in yes_no if r.code != "yes_no_missing"]
    return yes_no


def check(ex: Extraction, own_text: str, questions: Sequence[Question], *,
          whole: bool = True, quoted: str = "") -> list[Reason]:
    """Every doubt about EX, the extraction of a text whose own words are OWN_TEXT. WHOLE:
    the text is meant to hold the whole reply (a mail body that refers to no attachment),
    so missing answers count; an attachment or a body next to one is judged alone only on
    what it holds. QUOTED: the original the reader cut away, the survey's own text."""
    reasons = _flag_reasons(ex)
    answered = [q for q in questions
                if ex.answers.get(q.key) and ex.answers[q.key].value is not None]
    # a reply that gives answers by their number ("Svaret på fråga 3 blir då:") opens with
    # the note on what it changes and why: what stands above its first answer is that note
    above_is_note = not whole or "follow_up_answer" in ex.flags
    left = unassigned_sentences(ex, own_text, questions, from_first_answer=above_is_note) \
        if answered else []
    if left:
        reasons.append(Reason("unassigned_text", None, excerpt(left[0])))
    reasons += _heading_reasons(ex, questions)
    reasons += _signature_reasons(ex, questions)
    reasons += _figures_reasons(ex, questions)
    reasons += _note_reasons(ex, questions)
    reasons += _number_as_subject_reasons(ex, own_text, questions)
    reasons += _opening_reasons(ex, own_text, questions)
    reasons += _repeats_yes_no(ex, questions)
    reasons += _other_numbers_reasons(ex, questions)
    # the survey's own words, once for the three checks that read them, and made only
    # when one of them has a sentence to test against them (_SurveyText)
    survey = _SurveyText(own_text, questions, quoted)
    sentences = split_sentences(normalize_ws(own_text))
    reasons += _survey_text_reasons(ex, own_text, questions, survey)
    reasons += _unread_wish_reasons(ex, sentences, survey, questions)
    reasons += _named_unanswered_reasons(ex, sentences, survey, questions)
    reasons += _below_original_reasons(ex, own_text, questions)
    # a sentence said to the reader, not an answer (a learned model: parsers/aside_model.py)
    # (a sentence giving the phone or address a contact question asks for is its answer:
    # "Jag som skriver, Name, 07x-...", however it speaks to the reader)
    contact = {q.key for q in questions if asks_for_contact(q.kind, q.text)}
    reasons += [Reason("aside_in_answer", k, excerpt(s)) for k, s in asides_in_answers(
        [(q.key, v) for q, v in _text_answers(ex, questions)], questions)
        if k not in contact or not CONTACT_DETAIL.search(s)]
    reasons += _yes_no_doubts(ex, own_text, questions, whole=whole)
    if "unstructured_about" in ex.flags and len(answered) == 1:
        a = ex.answers[answered[0].key]
        said = split_sentences(a.value) if isinstance(a.value, str) else []
        if len(said) >= 3:
            # prose with no headings taken as "about": it may hold the other answers too
            reasons.append(Reason("unassigned_text", answered[0].key, excerpt(a.value)))
        elif len(said) == 2 and (off := _off_its_question(said, questions, answered[0])):
            # two sentences, one in the question's own words and one with none of them
            # ("Vi har 8 ledare ... Hallar behöver vi inte ..."): the second may answer
            # another question
            reasons.append(Reason("unassigned_text", answered[0].key, excerpt(off)))
    if whole and not answered and "declined" not in ex.flags:
        # nothing answered, yet own text of substance: an answer in prose nobody took
        # (not the reasons of a reply that declines to take part: parsers/decline.py)
        left = unassigned_sentences(ex, own_text, questions, nothing_answered=True)
        if left:
            reasons.append(Reason("unassigned_text", None, excerpt(left[0])))
    # Fewer answers than questions: a doubt unless the text says why (the rest is in an
    # attachment, comes later, or is skipped). Whatever the reason the parser missed the
    # rest (a heading it did not know, answers run together), the record is not complete.
    # (a reply that is one plain yes or no and nothing else, "yes_no_alone", left nothing
    # unread: the other questions were not answered, not lost)
    if answered and whole and "follow_up_answer" not in ex.flags \
            and not (ex.wants_interview and not _wish_only_in_answers(ex, own_text, questions)) \
            and "yes_no_alone" not in ex.flags:
        ambiguous = {q.key for q in questions
                     if ex.answers.get(q.key) and ex.answers[q.key].ambiguous}
        missing = []
        for i, q in enumerate(questions):
            got = ex.answers.get(q.key)
            if q in answered or q.key in ambiguous or f"left_empty:{q.key}" in ex.flags \
                    or (got is not None and got.both_ways):
                continue
            prev = questions[i - 1] if i else None
            # "Om svaret är nej, berätta gärna varför": a "no" needs no reason given; a
            # follow-up asked only on the other answer ("Om nej: ..." after a yes) none
            before = ex.answers.get(prev.key) if prev is not None else None
            if prev is not None and prev.kind == "yes_no" and before is not None \
                    and (before.value is False or not_asked_after(before.value, q)):
                continue
            missing.append(q.key)
        # what explains a gap is searched for (a regex over the whole text) only for one
        if missing and not explains_gap(own_text) \
                and not _gives_only_what_it_names(ex, own_text, questions):
            reasons.append(Reason("partial", None, ", ".join(missing)))
    return list(dict.fromkeys(reasons))
