"""Find each survey question's answer in a reply's text (a mail body or an attachment's text).

Entry point: `extract_answers(text, questions)`. In order of preference:

1. Markers: numbered labels ("1.", "1)", "Fråga 1:", "Svar på fråga 1", "Q1", "F1:",
   "**Fråga 1:**"), the question's own text restated (fuzzy), or a ``>``-quoted question
   with the own answer written below it; and headings in the writer's own words ("Om oss",
   "Vilka vi är:", "Segregation - ja", "Hur då?", "Who we are"): a short line ending in
   ":", "?" or " -", a short line alone above a paragraph, or a short label before ":" or
   " - " on the answer's line. Headings are scored against each question's words and
   config `aliases` (parsers/headings.py) and assigned in ONE order-aware pass for the
   whole reply (parsers/heading_pass.py); a heading that names no question takes the place
   its neighbours leave, by the shape of its answer (a bare yes/no or a text). Everything
   up to the next marker belongs to the question. Prose above the first marker answers the
   first question when nothing else does (flagged).
2. Position: one paragraph per question; one fewer with the yes/no opening its follow-up;
   or prose split at the sentence that says yes or no (parsers/statements.py). Flagged.
3. Plain prose that describes the association answers `about` (the first question) only.
4. Answers typed into the quoted original, only when the own text says so ("svar nedan").
5. A forwarded reply's answers, when the forwarding text has none.

After the answers: a yes/no left open is taken from a statement in another answer
(flagged), wishes to talk are taken out of answers, an answer that runs into the survey's
question texts is cut there, and the self-check (parsers/selfcheck.py) lists its doubts
in `Extraction.reasons`.

Flags (in `Extraction.flags`): "ambiguous:<key>" (yes/no undecided), "correction" (the mail
withdraws the previous one), "inline_answers", "by_position", "unstructured_about",
"answers_in_quote", "yes_no_explanation:<key>" (a "Ja, genom ..." explanation answered
the next question), "yes_no_from_prose:<key>", "yes_no_conflict:<key>",
"quoted_questions:<key>", "forwarded", "away_notice", "extraction_error".
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from ..config import Question
from .announced import LAST, note_topic, yes_no_put_right
from .cues import CLOSING as _CLOSING_SENTENCE
from .cues import (
    CONTACT_DETAIL,
    asks_for_contact,
    declines,
    is_correction,
    looks_like_away_notice,
    refers_to_attachment,
    says_not_taking_part,
    stands_as_before,
)
from .cues import (
    DEFERS as _DEFERS,
)
from .cues import SKIPS as _SKIPS_Q
from .decline import only_declines
from .evidence import (
    clear_yes_no_opening,
    clear_yes_no_sentence,
    follows_up,
    not_asked_after,
    plain_yes_no,
    quote_answers_fit,
)
from .framing import (
    APOLOGY,
    DESCRIPTIVE,
    GREETING,
    META,
    PREAMBLE,
    PREAMBLE_ANY,
    announces_description,
    apologises_for_reply,
    asks_back,
    asks_before_answering,
    assents_only,
    body_paragraphs,
    frames_reply,
    is_closing_par,
    only_sign_off,
    raw_text,
    said_of_the_reply,
    says_sent_before,
    speaks_of_the_mail,
    strip_greeting,
    trim_closing,
)

# Re-exported: callers and tests import these from parsers.answers.
from .framing import is_instruction as is_instruction
from .heading_pass import heading_scorer
from .headings import content_words, words_match
from .interview import wants_interview, wish_in_signature
from .lines import TOPIC, Asked, Line, n_words, prepare, split_paragraphs, to_lines
from .markers import (
    Found,
    about_the_question,
    bare_numbers_as_markers,
    bullets_as_numbers,
    by_markers,
    labels_as_numbers,
    sequence_markers_as_numbers,
    split_inline_numbering,
    word_labels_as_numbers,
)
from .model import Answer, Extraction
from .prose import YES_FORMULA_COMMA as _YES_FORMULA_COMMA
from .prose import (
    _ByPosition,
    about_from_prose,
    after_own_label,
    answers_by_position,
    bare_yes_no,
    yes_no_word,
)
from .quotes import (
    POSTSCRIPT,
    clean_block,
    is_quoted,
    is_valediction,
    plain,
    split_reply,
    text_above_quote,
)
from .reply_doubts import reply_doubts
from .selfcheck import LEAD_IN_CLAUSE, check
from .statements import (
    Statement,
    adds_yes_no,
    after_by_number,
    by_number,
    concludes_yes_no,
    names_topic,
    said_back,
    says_how,
    yes_no_statement,
)
from .text import (
    LIST_ITEM,
    MODAL_ADVERBS,
    WordFiltered,
    keep_verbatim,
    match_key,
    normalize_ws,
    short_cache,
    split_sentences,
    tab_table_as_lines,
)
from .to_reader import (
    after_wish_to_meet,
    answers_together,
    asks_when_to_meet,
    said_to_reader,
    tells_instead_of_answering,
)
from .yes_no import (
    _MIXED,
    YesNo,
    comment_on_yes,
    confirms_only,
    gives_the_site,
    negates_intent_only,
    parse_yes_no,
    said_both_ways,
    signed_yes_no,
    split_yes_no_explanation,
)

log = logging.getLogger(__name__)

# A place marked empty: a dash, "x", "inget svar", or not applicable ("(gäller ej)", "Ej
# tillämpligt", "inte aktuellt för oss", "n/a", "(does not apply)"), brackets or not.
_NULLISH = re.compile(
    r"^[\W\d_]*$|^[(\[]?\s*(?:x|n/?a|n\.\s?a\.?|inget\s+svar"
    r"|(?:ej|inte)\s+(?:aktuellt|tillämpligt|tillämplig)(?:\s+för\s+oss)?"
    r"|gäller\s+(?:ej|inte)(?:\s+(?:för\s+)?oss)?|not\s+applicable|(?:does\s+not|doesn'?t)\s+apply"
    r"(?:\s+to\s+us)?)\s*[)\]]?[\s.!]*$", re.I)
# A Word form's prompt left in place: "Klicka eller tryck här för att ange text.", "Välj ett
# objekt.", "Click or tap here to enter text." - the field was never filled in.
_FORM_PROMPT = re.compile(
    r"^(?:klicka|tryck|click|tap)(?:\s+(?:eller|or)\s+(?:tryck|klicka|tap|click))?\s+"
    r"(?:här\s+|here\s+)?(?:för\s+att|to)\s+(?:ange|skriva|enter|type)\s+"
    r"(?:text|ett\s+datum|a\s+date)[\s.!]*$|^(?:välj\s+ett\s+objekt|choose\s+an\s+item)[\s.!]*$",
    re.I,
)
# "Vi återkommer om den frågan.": the question is put off, not answered.
_DEFERRED = re.compile(
    r"^(?:(?:vi|jag)\s+)?(?:återkommer|får\s+återkomma|svarar\s+(?:senare|längre\s+fram))"
    r"(?:\s+(?:om|med|kring|till|på|gällande)\s+(?:den\s+|denna\s+|det\s+|detta\s+)?"
    r"(?:frågan|fråga\s+\d|den|det|detta|denna|svar\w*|punkt\w*)"
    r"(?:\s+på\s+(?:den\s+|denna\s+)?(?:frågan|fråga\s+\d|den|det|detta|denna))?)?"
    r"(?:\s+(?:senare|längre\s+fram|så\s+snart\s+(?:vi|jag)\s+kan))?[\s.!]*$"
    # "(Den frågan) återkommer vi om.": the same, with the verb first
    r"|^(?:(?:den|denna|det|detta)\s+(?:frågan\s+)?)?(?:återkommer|svarar)\s+(?:vi|jag)"
    r"(?:\s+(?:om|med|till|kring|på)(?:\s+(?:den|det|detta|denna))?)?"
    r"(?:\s+(?:senare|längre\s+fram))?[\s.!]*$"
    r"|^(?:(?:we|i)(?:'ll|\s+will)\s+(?:get\s+back\s+to\s+you|come\s+back\s+to\s+(?:you|this"
    r"|that|it)|answer|reply|respond)(?:\s+(?:on|to|about|with)\s+(?:this|that|it|the\s+answer"
    r"|(?:this|that|the)\s+question)(?:\s+one)?)?(?:\s+later)?)[\s.!]*$",
    re.I,
)
# Where a deferral's own clause ends and its reason begins: "Återkommer jag om, måste prata
# med styrelsen först.", "We'll get back to you on this one as the board meets in March."
_CLAUSE_END = re.compile(
    r"\s*[,;:–—]\s*|\s+-\s+|\s+(?=(?:eftersom|för\s+att|då|när|efter|innan|men|vi\s+måste"
    r"|because|as|since|when|once|after|before|but)\b)",
    re.I,
)
# What a pointer points at: "ovan", "svaret ovan", "svar 1", "fråga 3", "punkt 2", "3", "above",
# "answer 1", "the previous one".
_POINTED_AT = (
    r"(?:ovan(?:för)?|nedan|ovanstående|föregående|innan|(?:(?:mitt|vårt|det)\s+)?(?:förra|"
    r"tidigare)(?:\s+svar(?:et)?)?|(?:(?:mitt|vårt|det)\s+)?svar(?:et)?(?:\s+(?:på\s+)?"
    r"(?:fråga\s+|frågan\s+|punkt\s+)?(?:nr\.?\s*)?\d)?(?:\s+(?:ovan|nedan|innan))?"
    r"|(?:fråga|frågan|punkt|punkten|nr\.?)\s*\d(?:\s+(?:ovan|nedan))?|\d(?:\s+(?:ovan|nedan))?"
    r"|above|below|(?:the\s+)?(?:previous|earlier)(?:\s+(?:one|answer|question))?"
    r"|(?:answer|question|point|no\.?)\s*\d(?:\s+(?:above|below))?)"
)
# An answer that only points elsewhere, with nothing of its own: "Se ovan.", "Samma som ovan.",
# "Som svar 2.", "Se punkt 1.", "Detsamma.", "Som sagt.", "Same as above.", "See the attached
# file." It is no answer (null, as the corpora's truths read it); the words stay in its raw.
_SEE_ELSEWHERE = re.compile(
    r"^(?:se\s+(?:(?:även|också)\s+)?(?:" + _POINTED_AT + r"|(?:den\s+)?(?:bifogad\w*|bilag\w*)"
    r"(?:\s+(?:fil|filen|dokument|dokumentet|excel\w*|word\w*|pdf\w*))?|fil(?:en)?"
    r"|dokument(?:et)?)"
    r"|(?:(?:samma|detsamma|likadant|liksom)(?:\s+svar)?\s+som|som)(?:\s+(?:i|på))?\s+"
    + _POINTED_AT
    + r"|samma(?:\s+svar)?|detsamma|dito|ditto|som\s+sagt(?:\s+" + _POINTED_AT + r")?"
    r"|(?:the\s+)?same(?:\s+answer)?(?:\s+as\s+" + _POINTED_AT + r")?|as\s+(?:said\s+)?"
    + _POINTED_AT
    + r"|see\s+(?:" + _POINTED_AT + r"|(?:the\s+)?attach\w*(?:\s+\w+)?))"
    r"[\s.!]*$",
    re.I,
)


# --- entry point ------------------------------------------------------------------------------


def _empty(questions: Sequence[Question], source: str) -> dict[str, Answer]:
    return {q.key: Answer(None, None, False, source) for q in questions}


_REFERS_BACK = re.compile(
    r"ovanstående|föregående|om\s+(?:svar(?:et)?\s+(?:är\s+)?)?(?:ja|nej)\b|om\s+så\s+är|if\s+(?:yes|so|no)"
    r"|above",
    re.I,
)


def extract_answers(
    text: str, questions: Sequence[Question], *, source: str = "body"
) -> Extraction:
    """Every question's answer in TEXT (a mail body or an attachment's text).

    `answers` has an entry for every question key (value None when not answered).
    Never raises: anything unexpected gives all-None answers flagged "extraction_error".
    """
    original = text or ""
    try:
        if source == "body":
            text = tab_table_as_lines(text or "")
        text = bare_numbers_as_markers(text or "", len(questions))
        text = sequence_markers_as_numbers(text, len(questions))
        text = word_labels_as_numbers(text, len(questions))
        text = split_inline_numbering(text, len(questions))
        return _verbatim(_extract(text, list(questions), source, depth=0), original)
    except Exception:
        log.exception("answer extraction failed")
        return Extraction(answers=_empty(questions, source), flags=["extraction_error"])


def _verbatim(ex: Extraction, original: str) -> Extraction:
    """EX with each text answer in the writer's own characters (full-width punctuation, word
    joiners: `keep_verbatim`), where reading folded or dropped them."""
    for key, a in ex.answers.items():
        if isinstance(a.value, str) and (kept := keep_verbatim(a.value, original)) != a.value:
            ex.answers[key] = dataclasses.replace(a, value=kept)
    return ex


# a turn that narrows or takes back what the clause before it said
_BUT_CLAUSE = re.compile(r"(?i)[\s,;–—-]+(?:men|fast|dock|utom|förutom|but|though|although"
                         r"|except|även\s+om|even\s+if)\b")


def _said_back_whole(value: str, question: Question) -> bool | None:
    """VALUE, a yes/no's own answer with no yes or no word, opens by saying the QUESTION back
    of the writer in its own verb and words ("Vi har ingen verksamhet för barn.", "We don't
    have a place of our own, we meet at home."): no when negated, yes otherwise; None when
    it says something else, asks, or turns with a "but" (a no with a but is a person's
    call)."""
    first = split_sentences(normalize_ws(value))[:1]
    if not first or "?" in first[0] or _BUT_CLAUSE.search(first[0]):
        return None
    return said_back(first[0], question)


_QUESTION_REF = WordFiltered(re.compile(
    r"\b(?:fråga|frågan|fråge|question)\s*(?:nr\.?\s*|nummer\s*|no\.?\s*)?(?P<n>[1-9])(?!\d)"
    # "fjärde frågan", "the second question": the number as an ordinal
    r"|\b(?P<ord>första|andra|tredje|fjärde|femte|sjätte|first|second|third|fourth|fifth|sixth)"
    r"\s+(?:frågan|fråga|question)\b"
    # "fråga fyra", "question two": the number as a word ("en" is left out: "fråga en gång")
    r"|\b(?:fråga|question)\s+(?P<ord2>ett|två|tre|fyra|fem|sex|one|two|three|four|five|six)\b",
    re.I,
), ("fråg", "question"))  # searched in most sentences of a reply, found in few


def _names_others_only(text: str, first: int) -> bool:
    """TEXT names questions by number, FIRST not among them (a regex over the whole text:
    asked only where nothing else decided)."""
    named = {_ref_number(m) for m in _QUESTION_REF.finditer(text)}
    return bool(named) and first not in named


_ORDINAL = {
    "första": 1, "andra": 2, "tredje": 3, "fjärde": 4, "femte": 5, "sjätte": 6,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
}


# an answer by its number: "svar 3 och 4", "svaren 2-4", "answer 3", "punkt 2"
_ANSWER_REF = re.compile(
    r"\b(?:svar|svaret|svaren|answers?|punkt|punkterna|points?)\s*(?:nr\.?\s*|nummer\s*|no\.?\s*)?"
    r"[1-9](?!\d)(?!\s*(?:gånger|ggr|dagar|veckor|år|times|days|weeks|years)\b)",
    re.I,
)


def _ref_number(m: re.Match[str]) -> int:
    if m.group("n"):
        return int(m.group("n"))
    return _ORDINAL[(m.group("ord") or m.group("ord2")).lower()]




# what may stand before the skip: the question itself ("Den frågan hoppar vi över"), not a
# thing of the answer's ("Hinder hoppar vi över varje helg" is a riding club's answer)
_SKIP_SUBJECT = re.compile(
    r"^(?:(?:den|denna|det|detta|frågan|fråga|sista|fjärde|tredje|nummer|nr|och|men|tyvärr|så"
    r"|the|this|that|one|last|question|and|but|sorry|unfortunately|\d)\b[\s,.:]*)*$", re.I)


_TO_YOU = re.compile(r"(?i)\b(?:ni|du|er|dig|you)\b")


# the question called hard to answer ("är svåra att skriva kort om", "is hard to answer") or
# skipped in a word the skip cues want an object for ("Question 4 we will skip for now.")
_HARD_TO_ANSWER = re.compile(r"\b(?:svår[at]?|knepig[at]?|hard|difficult|tricky|skip|skipping"
                             r"|skippar|skippa)\b", re.I)


def _passes_over(sentence: str) -> bool:
    """SENTENCE, about a question by its number, skips it, puts it off or calls it hard to
    answer ("Fråga 4 hoppar vi över.", "Question 4 we will answer later.")."""
    return bool(_SKIPS_Q.search(sentence) or _DEFERS.search(sentence) or _LATER.search(sentence)
                or _HARD_TO_ANSWER.search(sentence) or _put_off(sentence)
                # "Fråga 3 och 4 skickar jag efter mötet.": the put-off after the numbers
                or _LATER.match(_LEADING_REF.sub("", sentence, count=1)))


# "Fråga 3 och 4 ", "Question 4 ": the questions named by number opening a sentence
_LEADING_REF = re.compile(r"(?i)^\s*(?:fråga|frågan|fraga|frågorna|question|questions)\s*"
                          r"(?:nr\.?\s*)?\d{1,2}(?:\s*(?:[-–/&+,]|och|and)\s*\d{1,2})?\s+")


# "Den frågan kan jag inte svara på själv, ...", "Denna fråga hoppar vi över ...": the question
# in its own place named by a pronoun, then skipped in the first clause (the reason after it)
_THIS_QUESTION = re.compile(
    r"^(?:den(?:\s+här)?\s+frågan|denna\s+fråga|this\s+question|that\s+question)\s+\w", re.I)


def _this_question_skipped(sentence: str) -> bool:
    return bool(_THIS_QUESTION.match(sentence)) \
        and bool(_SKIPS_Q.search(_CLAUSE_END.split(sentence, maxsplit=1)[0]))


@short_cache(maxsize=2048)  # every answer of every reply; answers recur across replies
def _skipped(value: str) -> bool:
    """The answer only says the question is skipped ("hoppar vi över.", "We skip this one.")."""
    m = _SKIPS_Q.search(value)
    if not m or len(split_sentences(value)) != 1 or not _SKIP_SUBJECT.match(value[:m.start()]):
        return False
    # "..., men ring gärna om ni vill veta mer": a clause said to the reader may follow
    head, comma, tail = value[m.end():].partition(",")
    aside = bool(comma) and (wants_interview(tail.strip()) or said_to_reader(tail.strip())
                             or bool(_TO_YOU.search(tail)))
    return n_words(head) <= 3 and (n_words(value) <= 12 or aside)


# emoji (and their variation selector) ending a text, where a writer puts a stop
_CLOSING_EMOJI = re.compile(r"(?:\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?)+\s*$")
# an emoji where a writer ends a sentence without a stop, more words after it
_EMOJI_STOP = re.compile(r"^[^.!?]{3,60}?[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?(?=\s+\w)")


# a few words after a yes that only lead in to a list ("Ja, på flera sätt:" / "* ...")
_LIST_LEAD_IN = re.compile(r"^(?:\w+\s+){0,3}\w+\s*:\s*(?=[*\-•–·]\s)")
# ... over a list the client drew, whose marks are gone from the answer's text
_DRAWN_LIST_LEAD_IN = re.compile(r"^(?:\w+\s+){0,3}\w+\s*:\s*(?=\S)")


# "(Hinder och möjligheter) har vi därför inte så mycket att säga om.", "Det har vi inget att
# säga om.", "We have nothing much to say about that.": the question passed over in words
_NOTHING_TO_SAY = re.compile(
    r"\b(?:(?:har|kan)\s+(?:vi|jag)\s+(?:\w+\s+){0,2}?(?:inte\s+(?:så\s+|särskilt\s+)?(?:mycket"
    r"|något|mer)|inget|inga\s+synpunkter|inte\s+några\s+synpunkter)"
    r"|(?:vi|jag)\s+har\s+(?:\w+\s+)?(?:inte\s+(?:så\s+|särskilt\s+)?(?:mycket|något|mer)"
    r"|inget))\s+(?:att\s+(?:säga|tillägga|berätta|skriva)|att\s+komma\s+med|på\s+det)\b"
    r"|\b(?:we|i)\s+(?:have|'ve)\s+(?:(?:not|nothing)\s+much|nothing|little)\s+to\s+(?:say|add)\b"
    r"|\b(?:we|i)\s+(?:don'?t|do\s+not)\s+have\s+(?:much|anything)\s+to\s+(?:say|add)\b",
    re.I)


# "Vet inte riktigt vad vi ska svara här.", "Not sure what to write here.": the writer passed
# the question by, saying they have no answer to give (one short sentence)
_NO_ANSWER_TO_GIVE = re.compile(
    r"^(?:(?:jag|vi)\s+)?(?:vet|visste)\s+(?:(?:jag|vi)\s+)?(?:inte|ej)\s+(?:\w+\s+)?"
    r"(?:vad|hur)\s+(?:vi|jag|man)\s+(?:ska|skall|kan|bör|borde)\s+(?:svara|säga|skriva)"
    r"|^(?:(?:i|we)\s*)?(?:(?:do\s+not|don['’]?t)\s+(?:\w+\s+)?know"
    r"|(?:am\s+|are\s+|['’]m\s+|['’]re\s+)?not\s+sure)"
    r"\s+(?:\w+\s+)?what\s+to\s+(?:answer|say|write)\b",
    re.I)


def _no_answer_to_give(value: str) -> bool:
    """VALUE only says the writer does not know what to answer: one sentence, a few words
    after the words that say so ("här", "på den frågan", "here")."""
    m = _NO_ANSWER_TO_GIVE.match(value.strip())
    return m is not None and len(split_sentences(value)) == 1 and n_words(value[m.end():]) <= 4


def _nothing_to_say(value: str, question: Question) -> bool:
    """VALUE only says there is little to say to QUESTION: one short sentence, and before
    the words that say so only the question itself (a pronoun, or its own topic words:
    "Hinder och möjligheter har vi ..."), so "Pengar har vi inte mycket att säga om" (a
    thing of the answer's) stays."""
    m = _NOTHING_TO_SAY.search(value)
    if not m or n_words(value) > 14 or len(split_sentences(value)) != 1 \
            or n_words(value[m.end():]) > 3:
        return False
    before = value[:m.start()]
    if _SKIP_SUBJECT.match(before):
        return True
    words = content_words(before)
    asked = content_words(question.text)
    return bool(words) and all(any(words_match(w, a) for a in asked) for w in words)


_REASON_AFTER = re.compile(r",?\s+(?:eftersom|därför\s+att|since|because)\s+", re.I)


# the questions named by their topic: "Frågan om segregation och hur ...", "The questions
# about segregation ..."
_BY_TOPIC = re.compile(
    r"^(?:och\s+|men\s+|and\s+|but\s+)?(?:frågan|frågorna|den\s+frågan|the\s+questions?)"
    r"\s+(?:om|kring|gällande|on|about)\s+(?P<topic>[^,.;:!?]{3,60}?)"
    r"\s+(?:har|hoppar|får|kan|tar|svarar|vill|återkommer|lämnar|we|i|has|have|will)\b", re.I)


def _topic_refs(sentence: str, qs: Sequence[Asked]) -> set[int]:
    """The questions a sentence opening "Frågan om <topic> ..." names by their words."""
    m = _BY_TOPIC.match(sentence)
    if m is None:
        return set()
    words = content_words(m["topic"])
    return {q.num for q in qs if words and any(
        words_match(w, a) for w in words for a in content_words(q.q.text))}


# A sentence opening with question numbers alone, the way a list of answers names them
# ("2 och 3 hoppar vi över", "3 & 4 we'll send later"): read as "Fråga 2 och 3 ..." when a
# skip or a put-off follows
_BARE_NUMBERS = re.compile(
    r"^(?P<a>[1-9])(?:\s*(?:och|and|&|,|\+|-|–)\s*(?P<b>[1-9]))?(?:\s*(?:och|and|&|,)\s*"
    r"(?P<c>[1-9]))?(?!\d)\s+(?=[^\W\d_])", re.I)


def _bare_refs(m: re.Match[str]) -> set[int]:
    a, b, c = (int(x) if x else None for x in (m["a"], m["b"], m["c"]))
    if b is not None and c is None and b > a and re.search(r"[-–]", m.group(0)):
        return set(range(a, b + 1))  # "2-4": each question it spans
    return {x for x in (a, b, c) if x is not None}


def _skip_follows(rest: str) -> bool:
    """REST opens with the skip or put-off itself: the numbers before it are what is skipped
    ("2 och 3 hoppar vi över"), not a count ("2 gånger i veckan hoppar vi över träningen")."""
    return any((m := rx.search(rest)) is not None and n_words(rest[:m.start()]) == 0
               for rx in (_SKIPS_Q, _LATER, _DEFERS))


def _note_on_other_questions(value: str, num: int,
                             qs: Sequence[Asked] = ()) -> tuple[str, set[int]]:
    """An answer that ends with a sentence about other questions by their number, skipping or
    putting them off ("Fråga fyra hoppar vi över.", "Question 4 we will answer later."): the
    sentence is about those questions, not part of this answer. The answer without it, and
    the numbers it names."""
    sentences = split_sentences(value)
    named: set[int] = set()
    while len(sentences) > 1:
        last = sentences[-1]
        # by number, or by topic ("Frågan om segregation och hur ... hoppar vi över.")
        refs = {_ref_number(m) for m in _QUESTION_REF.finditer(last)}
        bare = _BARE_NUMBERS.match(last) if not refs else None
        # two numbers or more are questions named ("2 och 3 är svåra, där har vi inget
        # svar"); one alone only when the skip follows it ("4 hoppar vi över")
        if bare and (bare["b"] or _skip_follows(last[bare.end():])):
            refs = _bare_refs(bare)
        else:
            bare = None
        by_topic = not refs
        refs = refs or _topic_refs(last, qs)
        # the note may give its reason after it: "..., eftersom vi inte arbetar med det"
        # (or, named by its topic, before the skip: "... har vi diskuterat men ..., så den
        # hoppar vi över"); numbers alone before the skip may give it after a comma ("2 och 3
        # hoppar vi över, vi vet inte vad vi ska svara")
        note = _REASON_AFTER.split(last, maxsplit=1)[0]
        if bare:
            note = note.split(",", 1)[0]
        if not refs or num in refs or n_words(note) > (25 if by_topic else 15) \
                or not (_SKIPS_Q.search(last) or _LATER.search(last) or _DEFERS.search(last)):
            break
        named |= refs
        sentences.pop()
    return (" ".join(sentences) if named else value), named
_ASKS_MORE = re.compile(
    r"\b(?:utveckla|förtydliga|precisera|komplettera|berätta\s+mer|beskriva\s+mer|mer\s+om"
    r"|saknas|inget\s+svar|inte\s+svarat|glömt|missat|missing|no\s+answer"
    r"|expand|elaborate|clarify|tell\s+us\s+more"
    # what an answer means: "hur ska jag tolka svaret på fråga 2, är det ett ja eller ett
    # nej?", "did you mean yes or no on question 2?"
    r"|tolka|menade?\s+ni|interpret|(?:did|do)\s+you\s+mean"
    r"|(?:ett\s+)?ja\s+eller\s+(?:ett\s+)?nej|(?:a\s+)?yes\s+or\s+(?:a\s+)?no)\b",
    re.I,
)
_ADDS_TO = re.compile(
    r"\b(?:tillägg|komplettering|kompletterar|förtydligande|utveckling|svar(?:et)?\s+på"
    r"|angående|gällande|ang\.|addition|regarding|re:|answer\s+to"
    # a correction names the question it corrects: "En rättelse till fråga 3:"
    r"|rättelse|rättar|rätta|ändring|ändrar|correction|correcting)\s",
    re.I,
)
_ACK = re.compile(
    r"^(?:absolut|självklart|visst|j[ao]visst|gärna|ja,?\s+gärna|ja\s+absolut|okej|ok|såklart"
    r"|of\s+course|sure|certainly)\s*[.!,]\s*",
    re.I,
)


def _opening_paragraph(own_text: str) -> list[str]:
    pars = [p for p in re.split(r"\n\s*\n", own_text) if p.strip()]
    while len(pars) > 1 and GREETING.fullmatch(normalize_ws(pars[0])):
        pars.pop(0)
    return pars[0].splitlines() if pars else []


# the last question named as such: "svaret på sista frågan", "the answer to the last question"
_LAST_QUESTION = re.compile(
    r"\b(?:(?:den\s+)?sista\s+frågan|(?:the\s+)?(?:last|final)\s+question)\b", re.I)


def asked_about_one_question(own_text: str, quoted: str, n_questions: int = 0) -> int | None:
    """The one question a mail answers when it is a reply to a follow-up ("Kan ni utveckla
    fråga 3?" in the quoted text) or says so itself ("Ett tillägg till fråga 3:"; given
    N_QUESTIONS, "Här kommer svaret på sista frågan"). None when no question or more than
    one is named that way."""
    nums: set[int] = set()
    # the mail says so where it starts: its first paragraph after a greeting ("... så svaret
    # på er andra fråga blir ja" in the middle of prose answers is no follow-up)
    for line in _opening_paragraph(own_text):
        if _ADDS_TO.search(line + " "):
            nums.update(_ref_number(m) for m in _QUESTION_REF.finditer(line))
            if n_questions and _LAST_QUESTION.search(line):
                nums.add(n_questions)
    if not nums:
        for sentence in split_sentences(normalize_ws(quoted or "")):
            if _ASKS_MORE.search(sentence):
                nums.update(_ref_number(m) for m in _QUESTION_REF.finditer(sentence))
    return nums.pop() if len(nums) == 1 else None


# "svaret på fråga 2 ska vara JA och fråga 3 ska vara:" - answers given by their number in a
# sentence (a correction, an addition): the value after it, or the paragraph under a ":".
_NAMED_ANSWER = re.compile(
    r"\b(?:(?:svar(?:et)?\s+(?:på|till|för)\s+)?(?:fråga|frågan|question)\s*(?:nr\.?\s*)?"
    # "Rättelse till fråga 3 och 4: svaret på 3 ska vara Ja": the answer to a number alone,
    # the questions named just before (the modal after it says it is no count: "svaret på 3
    # frågor")
    r"|(?:svar(?:et)?\s+(?:på|till)|(?:the\s+)?answer\s+to)\s+)"
    r"(?P<n>[1-9])(?!\d)"
    # "jag skrev Nej på fråga 2 men det var fel, det ska vara JA": the old answer owned wrong
    r"(?:\s+(?:men|but|vilket|which)\s+(?:det\s+|that\s+|it\s+)?(?:var|blev|was|is)\s+"
    r"(?:fel|felaktigt|wrong|incorrect|a\s+mistake))?"
    # "fråga 2, det ska vara JA": the number, then the correction in a clause of its own
    r"(?:\s*,\s*(?:det|den|svaret|it|the\s+answer)|\s+(?:det|den|svaret))?"
    r"\s+(?:ska|skall|should|must)\s+(?:(?:det|den|svaret)\s+)?" + MODAL_ADVERBS
    + r"(?:vara|bli|lyda|stå|ändras\s+till|be|read)\b\s*(?P<v>:\s*$|[^,.;:!?]+?)"
    r"(?=\s+(?:och|and|samt)\s+(?:svar\w*\s+(?:på|till)\s+)?(?:fråga|question)|\s*[,.;!]|\s*$)",
    re.I,
)


# "Fråga 3 blir då: Öppet hus ...", "Question 3 is now: ...": the number, a verb and a colon,
# the answer after it in the same paragraph (up to the next one named so). Only with the
# colon: "fråga 3 blir svår" is no answer.
_NAMED_ANSWER_COLON = re.compile(
    r"\b(?:svar(?:et)?\s+(?:på|till|för)\s+|(?:the\s+)?answer\s+to\s+)?"
    r"(?:fråga|frågan|question)\s*(?:nr\.?\s*)?(?P<n>[1-9])(?!\d)\s+"
    r"(?:(?:ska|skall|should|must|will)\s+(?:det\s+)?" + MODAL_ADVERBS
    + r"(?:vara|bli|lyda|stå|be|read)|blir|lyder|är|becomes|is|reads)"
    r"(?:\s+(?:då|nu|istället|alltså|följande|then|now|instead|as\s+follows))?\s*:\s+"
    r"(?P<v>\S.*?)(?=\s+(?:svar\w*\s+(?:på|till)\s+)?(?:fråga|frågan|question)\s*[1-9](?!\d)"
    r"[^.:!?]{0,30}:|\s*$)",
    re.I,
)


# "Om fråga 3: Våra stadsvandringar ...", "Angående fråga 4: ...", "Regarding question 3: ...":
# a paragraph opening with the question it is about, by number, and a colon; its text the answer
_ON_QUESTION_COLON = re.compile(
    r"^(?:och\s+)?(?:om|angående|ang\.|gällande|beträffande|vad\s+gäller|på|till|regarding|about"
    r"|as\s+for|re:?)\s+(?:fråga|frågan|question)\s*(?:nr\.?\s*)?(?P<n>[1-9])(?!\d)\s*:\s+"
    r"(?P<v>\S.*?)\s*$", re.I)


def _postscripts_on_answers(answers: dict[str, Answer], qs: list[Asked], own_text: str,
                            source: str) -> None:
    """A postscript that names the text question it adds to ("PS. Angående fråga 4: Vi har
    också ...", "P.S. Regarding question 1: we also ...") adds its words to that answer, at
    its end: an afterthought written under the signature. A yes/no question's PS (it may
    correct the answer) and one naming no question are left as they are, for the self-check."""
    by_num = {q.num: q for q in qs}
    for par in split_paragraphs(to_lines(own_text)):
        flat = normalize_ws(par)
        if not (ps := POSTSCRIPT.match(flat)):
            continue
        said = flat[ps.end() - 1:]
        m = _ON_QUESTION_COLON.match(said) or _BARE_QUESTION_COLON.match(said)
        if m is not None:
            n, added = int(m.group("n")), m.group("v").strip()
        elif (named := _ps_lead_in(said)) is not None:
            n, added = named
        else:
            continue
        if (q := by_num.get(n)) is None or q.q.kind != "text" or _ASKS_OR_POINTS.search(added):
            continue
        a = answers.get(q.q.key)
        if a is not None and isinstance(a.value, str) and match_key(added) in match_key(a.value):
            continue  # read there already
        value = added if a is None or not isinstance(a.value, str) else f"{a.value} {added}"
        answers[q.q.key] = Answer(value, value, False, a.source if a is not None else source)


_PS_LEAD_IN_WORDS = 10
# a postscript on a question that asks the reader something ("... undrar jag en sak: räknas
# läxhjälp som arbete mot segregation?") or points to someone to call or mail ("Om fråga 3
# kan ni ringa min kollega: 070-123 45 67") adds nothing to the answer: it stays unassigned
# for the self-check (round 54's review)
_ASKS_OR_POINTS = re.compile(r"\?|\b\d{2,4}[-\s]?\d{2,3}[\s-]?\d{2}\b|@\w")


def _ps_lead_in(said: str) -> tuple[int, str] | None:
    """A postscript's own short lead-in before its colon naming one question by number, in
    any words ("Till fråga 3 glömde jag: vi har också ...", "Glömde skriva på fråga 3: ...",
    "For question 3 I forgot: ..."): that number and the words after the colon, their first
    letter a capital as an answer cut from a line (None when the lead-in names no question,
    more than one, or runs on as a sentence)."""
    head, colon, tail = said.partition(":")
    tail = tail.strip()
    if not colon or not tail or n_words(head) > _PS_LEAD_IN_WORDS or re.search(r"[.!?]", head):
        return None
    nums = {_ref_number(m) for m in _QUESTION_REF.finditer(head)}
    if len(nums) != 1:
        return None
    return nums.pop(), tail[0].upper() + tail[1:]


# "Fråga 4: Vi har också ...", "Question 2: ...": the question named alone before a colon
_BARE_QUESTION_COLON = re.compile(
    r"^(?:fråga|frågan|question)\s*(?:nr\.?\s*)?(?P<n>[1-9])(?!\d)\s*:\s+(?P<v>\S.*?)\s*$", re.I)

# "Nytt svar på fråga 4: ...", "Rätt svar till fråga 2: Ja.", "New answer to question 4: ...":
# a paragraph opening with the new answer's label, the answer after its colon (unseen106;
# the paragraph below is no part of it)
_NEW_ANSWER_TO = re.compile(
    r"^(?:(?:och|and|här\s+är|here\s+is)\s+)?(?:ett\s+|the\s+|a\s+|my\s+|our\s+|vårt\s+)?"
    r"(?:nytt|nya|rätt|rätta|korrekt|ändrat|uppdaterat|new|correct|corrected|updated|revised)"
    r"\s+(?:svar(?:et)?\s+(?:på|till|för)|answer\s+(?:to|for))\s+(?:fråga|frågan|question)\s*"
    r"(?:nr\.?\s*)?(?P<n>[1-9])(?!\d)\s*:\s+(?P<v>\S.*?)\s*$", re.I)


def _note_line_apart(par: str) -> list[str]:
    """PAR as two paragraphs when its first line is a short note naming one question by
    number with no stop at its end (or a colon), and the next line opens a new sentence ("Hej
    igen, här kommer fråga 4 som jag lovade" / "Hinder: ...", "Rättelse, fråga 1:" / "Sedan
    januari ..."): a phone writer's line break is the note's end, as a blank line would be."""
    first, _, rest = par.partition("\n")
    # (a colon ends the note too: "Rättelse, fråga 1:" / the answer on the next line,
    # unseen126; the line below is then that question's, as a paragraph below one is)
    if not rest.strip() or n_words(first) > 15 or first.rstrip().endswith((",", ";", "-")) \
            or re.search(r"[.!?]\s*$", first) or not rest.lstrip()[:1].isupper() \
            or len({_ref_number(m) for m in _QUESTION_REF.finditer(first)}) != 1:
        return [par]
    return [first, rest]


def _note_puts_right(below: Found, lines: list[Line], qs: list[Asked],
                     flags: list[str]) -> Found:
    """BELOW, the answers found under a note pointing to them, with the answers the note
    itself gives by number ("Rätt svar på fråga 4 är:" / the paragraph below, "The correct
    answer to question 4 is: ...") in their place: the writer puts those right and lets the
    rest stand (unseen114)."""
    named = _answers_named_by_number(lines, qs)
    if not named.answers or len(named.answers) >= len(qs):
        return below
    merged = {**below.answers, **named.answers}
    flags.append("note_puts_right")
    return dataclasses.replace(below, answers=merged, last_num=max(merged))


def _answers_named_by_number(lines: list[Line], qs: list[Asked]) -> Found:
    """Answers a sentence gives by question number ("fråga 2 ska vara JA"), or announces with
    a colon and writes in the paragraph below ("och fråga 3 ska vara:")."""
    by_num = {q.num: q for q in qs}
    pars = [p for par in split_paragraphs(lines) for p in _note_line_apart(par)]
    out: dict[int, list[str]] = {}
    for i, par in enumerate(pars):
        flat = normalize_ws(par)
        for m in _NAMED_ANSWER.finditer(flat):
            n = int(m.group("n"))
            if n not in by_num or n in out:
                continue
            v = m.group("v").strip()
            if v.startswith(":"):
                below = pars[i + 1] if i + 1 < len(pars) else ""
                if below and not _NAMED_ANSWER.search(normalize_ws(below)):
                    out[n] = [normalize_ws(below)]
            elif v:
                out[n] = [v]
                _reason_after_named_yes_no(flat, m, by_num[n], qs, out)
        for m in _NAMED_ANSWER_COLON.finditer(flat):
            n = int(m.group("n"))
            if n in by_num and n not in out:
                out[n] = [m.group("v").strip()]
        if (m := _ON_QUESTION_COLON.match(flat) or _NEW_ANSWER_TO.match(flat)) \
                and (n := int(m.group("n"))) in by_num and n not in out:
            out[n] = [m.group("v").strip()]
        # "här kommer fråga 4 som jag lovade:", "Och på fråga 3:": a sentence closing the
        # paragraph with a colon names one question, and the paragraph below answers it
        last = (split_sentences(flat) or [""])[-1]
        refs = {_ref_number(m) for m in _QUESTION_REF.finditer(last)}
        below = normalize_ws(pars[i + 1]) if i + 1 < len(pars) else ""
        if last.endswith(":") and len(refs) == 1 and below and not _QUESTION_REF.search(below):
            n = refs.pop()
            if n in by_num and n not in out and not _NAMED_ANSWER.search(last):
                out[n] = [below]
        elif below and not out and (n := (
                (_announced(pars, i, qs) if not refs else None) if last.endswith(":")
                # no colon: a short note naming what the mail completes, one paragraph below
                else _completed(pars, i, qs))) is not None and n in by_num:
            out[n] = [below]
    if not out:
        return Found()
    return Found(out, last_num=max(out))


def _reason_after_named_yes_no(flat: str, m: re.Match[str], q: Asked, qs: list[Asked],
                               out: dict[int, list[str]]) -> None:
    """A yes/no given by its number ("svaret på 3 ska vara Ja.", "question 2 should be
    yes."), then sentences of the association's own in the same paragraph ("Vi har faktiskt
    ett samarbete med ..."): the reason, as the answer of the question that asks on from it,
    when nothing else answers that one and no other number is given in them."""
    if q.q.kind != "yes_no" or parse_yes_no(m.group("v")).value is None:
        return
    k = qs.index(q)
    if k + 1 >= len(qs) or not follows_up(q, qs[k + 1]) or qs[k + 1].num in out:
        return
    # the note names the follow-up too ("Rättelse till fråga 3 och 4: ..."): what comes
    # after the yes/no is its new answer, not a remark ("Jag tryckte fel.")
    if not re.search(r"(?i)\b(?:fråg\w*|questions?)\s*(?:nr\.?\s*)?(?:\d\s*(?:,|och|and|&|/|[-–]"
                     rf"|samt)\s*)*{qs[k + 1].num}(?!\d)", flat[:m.start()]):
        return
    end = flat.find(".", m.end("v"))
    rest = flat[end + 1:].strip() if end >= 0 else ""
    if not rest or n_words(rest) < 4 or _QUESTION_REF.search(rest) \
            or _NAMED_ANSWER.search(rest) or frames_reply(rest) or is_closing_par(rest):
        return
    out[qs[k + 1].num] = [rest]


def _yes_no_put_right(lines: list[Line], qs: list[Asked]) -> Found | None:
    """A mail that is one paragraph between its framing and closing notes ("Det om hinder
    står kvar.") and corrects the yes/no by its topic, the reason after the answer word:
    the yes/no, and the reason as the answer of the question that asks on from it."""
    pars = [p for p in split_paragraphs(lines)
            if not (frames_reply(p) or is_closing_par(p) or stands_as_before(p))]
    yes_no = [i for i, q in enumerate(qs) if q.q.kind == "yes_no"]
    if len(pars) != 1 or len(yes_no) != 1:
        return None
    k = yes_no[0]
    got = yes_no_put_right(strip_greeting(pars[0]), qs[k])
    if got is None:
        return None
    value, reason = got
    out = {qs[k].num: [yes_no_word(value)]}
    if reason and k + 1 < len(qs) and follows_up(qs[k], qs[k + 1]):
        out[qs[k + 1].num] = [reason]
    return Found(out, last_num=max(out))


# "fråga 3 och 4", "questions 2, 3": a list of numbers names more than one question
_NUMBER_LIST = re.compile(
    r"\b(?:fråg\w*|questions?)\s*(?:nr\.?\s*)?\d\s*(?:,|och|and|&|/|[-–]|samt|or|eller)\s*\d",
    re.I)


def _corrects_some(own_text: str) -> bool:
    """"Jag skrev för kort på fråga 3 igår, här är rätt svar:" / "Resten stämmer.": the right
    answer given names its question by number (in the cue's sentence or in the note, the
    paragraph, that holds it), or the mail says the rest stands - a fix of some answers, not
    the earlier mail withdrawn whole."""
    sentences = split_sentences(normalize_ws(own_text))
    if any(stands_as_before(s) for s in sentences) or any(
            is_correction(s) and _QUESTION_REF.search(s) for s in sentences):
        return True
    # the note's sentences read together: "svaret på fråga 4 blev för kort. Här är ett nytt
    # svar som ersätter det förra:" / "Question 2 was wrong. This replaces the previous
    # answer:" - the cue's "det förra" is the answer the note named, not the earlier mail
    return any(is_correction(par) and _QUESTION_REF.search(par)
               for par in re.split(r"\n\s*\n", own_text))


def _completed(pars: list[str], i: int, qs: list[Asked]) -> int | None:
    """The question a short note names when the mail is that note and one paragraph, as a
    second mail sends what the first left out ("Jag glömde fråga 4 i mitt förra mejl,
    förlåt." / "Sorry, question 3 was missing from my last e-mail.") with no colon to
    point below: the note names one question by its number or place ("glömde sista
    frågan", "forgot the last question"), or by its topic in a note on the mail; it asks,
    skips and puts off nothing, and the paragraph below is prose that names no question
    (the answer). None otherwise."""
    if i + 1 >= len(pars):
        return None
    note = normalize_ws(strip_greeting(pars[i]))
    below = normalize_ws(pars[i + 1])
    if not note or n_words(note) > 30 or "?" in note or DESCRIPTIVE.match(note) \
            or _NAMED_ANSWER.search(note) or _SKIPS_Q.search(note) or _LATER.search(note) \
            or _DEFERS.search(note) or _QUESTION_REF.search(below) or "?" in below \
            or n_words(below) < 6 or _DEFERS.search(below) or stands_as_before(below) \
            or is_closing_par(pars[i + 1]):
        return None
    refs = {_ref_number(m) for m in _QUESTION_REF.finditer(note)}
    if len(refs) > 1 or _NUMBER_LIST.search(note) \
            or (not refs and not LAST.search(note) and not speaks_of_the_mail(note)):
        return None
    return _announced(pars, i, qs)


def _announced(pars: list[str], i: int, qs: list[Asked]) -> int | None:
    """The question a note about the mail names before its colon when the note is all the
    mail says besides one paragraph below it (a greeting above, "Det andra stämmer." and
    a closing under it): "Jag skrev fel om hinder och möjligheter. Så här ska det vara:",
    "my answer to question 4 was not what I meant. It should read:", "Här kommer svaret på
    den sista frågan:", "I forgot to tell you who we are, here it is:". None when the note
    names no question, or two."""
    note = normalize_ws(strip_greeting(pars[i]))
    if not note or n_words(note) > 45 or DESCRIPTIVE.match(note) \
            or not all(frames_reply(p) for p in pars[:i]) \
            or not all(stands_as_before(p) or is_closing_par(p) for p in pars[i + 2:]):
        return None
    refs = {_ref_number(m) for m in _QUESTION_REF.finditer(note)}
    if refs:
        return refs.pop() if len(refs) == 1 else None
    return note_topic(note, qs)



_ATTRIBUTION = re.compile(r"[^\n]*\b(?:skrev|wrote)\b[^\n]*:\s*")


# "... blev fel. Det ska vara: <the answer>", "Nytt svar: ...": the answer after the colon
_NEW_ANSWER = re.compile(
    r"(?:ska|skall|bör)\s+(?:det\s+)?" + MODAL_ADVERBS + r"(?:vara|lyda|stå)"
    r"|(?:nytt|rätt|korrekt|nya|rätta)\s+svar(?:et)?|should\s+" + MODAL_ADVERBS
    + r"(?:be|read)|new\s+answer|correct\s+answer", re.I)


def _follow_up_answer(lines: list[Line]) -> str | None:
    """The prose of a reply to a follow-up: greeting, closing, the sentence naming the
    question and a leading "Absolut." dropped; in the paragraph that names the question,
    what follows "Det ska vara:" is the answer."""
    pars = []
    for p in body_paragraphs(lines):
        if _ATTRIBUTION.fullmatch(p):
            continue
        if _QUESTION_REF.search(p):
            head, sep, tail = normalize_ws(p).rpartition(":")
            if sep and tail.strip() and _NEW_ANSWER.search(head[-40:]):
                pars.append(tail.strip())
            continue
        pars.append(p)
    if pars and len(pars) > 1 and len(re.findall(r"\w+", pars[-1])) <= 3:
        pars.pop()  # a bare name under the answer
    text = normalize_ws(" ".join(strip_greeting(p) for p in pars))
    text = _ACK.sub("", text)
    return text or None


_INLINE_SIGNAL = re.compile(
    r"\b(?:(?:se\s+)?(?:svar(?:en)?\s+)?(?:nedan|längre\s+ned|under\s+(?:varje|respektive|"
    r"frågorna|er\s+fråga)|(?:står\s+)?efter\s+(?:varje\s+|respektive\s+)?(?:fråga|frågorna|frågan))|i\s+(?:texten|mejlet|mailet|ditt\s+mejl|ert\s+mejl)|inline"
    r"|(?:i|med)\s+(?:rött|rödt|blått|grönt|fetstil|annan\s+färg)|below|in\s+(?:red|blue|bold))\b",
    re.I,
)
_COORDINATOR_VOICE = re.compile(
    r"^(?:skicka|kontakta|svara|besvara|hör|ring|maila|mejla|fyll|returnera|glöm|observera|obs"
    r"|önskar\s+ni|vill\s+ni|med\s+vänlig)\b|\b(?:ni|er|era|ert|du|dig|din|ditt|you|your)\b",
    re.I,
)
_OWN_VOICE = re.compile(r"\b(?:vi|vår|våra|vårt|oss|jag|mig|min|mitt|mina|we|our|us)\b", re.I)


def _drop_coordinator_text(lines: list[str]) -> list[str]:
    """For answers typed into the quoted original: stop at the survey's own closing text
    ("Skicka ett svar per förening ...", "Önskar ni ...")."""
    out: list[str] = []
    for par in raw_text(lines).split("\n\n"):
        pl = par.splitlines()
        # an answer typed in colour right above the original's next paragraph, no blank
        # line between them (HTML mail: "<p>Hinder: ...</p><p>Om ni hellre vill ...</p>"):
        # the answer's lines, up to the line that opens the original's text again in the
        # coordinator's voice (a line cut by a guess at an instruction stays a doubt)
        cut = next((k for k in range(1, len(pl))
                    if pl[k - 1].rstrip().endswith((".", "!", "?"))
                    and _coordinators_voice("\n".join(pl[k:]))), None)
        if cut is not None and not _coordinators_text("\n".join(pl[:cut])):
            out.extend([*pl[:cut], ""])
            break
        # the original's closing ("Tack på förhand!", "Vänliga hälsningar / Samordnare") under
        # the last question: its own sign-off, no answer typed there
        if _coordinators_text(par):
            break
        out.extend([*pl, ""])
    return out


def _coordinators_voice(par: str) -> bool:
    """PAR speaks to the reader, never as "vi" or "jag": "Om ni hellre vill ...", "Skicka ..."."""
    flat = normalize_ws(par)
    return bool(_COORDINATOR_VOICE.search(flat) and not _OWN_VOICE.search(flat))


def _coordinators_text(par: str) -> bool:
    """PAR is the original's own text: said in the coordinator's voice, an instruction, or
    its closing."""
    flat = normalize_ws(par)
    return (_coordinators_voice(par) or is_instruction(next(iter(split_sentences(flat)), ""))
            or _original_closing(par))


def _original_closing(par: str) -> bool:
    """A paragraph that only closes ("Tack på förhand!", "Thanks in advance.") or opens a
    sign-off ("Vänliga hälsningar / Samordnare"): the original's end, no answer. Short and
    not in the writer's voice: "Hoppas vi får fler ledare." typed under a question is an
    answer."""
    lines = par.strip().splitlines()
    if not lines:
        return False
    sentences = split_sentences(normalize_ws(par))
    return is_valediction(lines[0]) or (
        len(sentences) <= 2 and all(
            _CLOSING_SENTENCE.match(x) and n_words(x) <= 6 and not _OWN_VOICE.search(x)
            for x in sentences))


def _points_below(own_text: str) -> bool:
    """The own text says the answers are in the text below (inline or forwarded)."""
    return bool(_INLINE_SIGNAL.search(own_text) or PREAMBLE_ANY.search(own_text))


def _answered_under_note(own_text: str, lines: list[Line], n_questions: int = 0) -> bool:
    """The mail opens naming the one question it answers ("Här kommer svaret på fråga 4 som
    jag lovade:") and the answer follows in its own words: "här kommer svaret" points to
    that, not to the earlier answers quoted below."""
    if asked_about_one_question(own_text, "", n_questions) is None:
        return False
    return len(re.findall(r"\w+", _follow_up_answer(lines) or "")) >= 6


def _has_answers(found: Found) -> bool:
    return any(x.strip() for v in found.answers.values() for x in v)


_QUOTE_MARKS = re.compile(r"^(?:[ \t]*>)+")


def _one_quote_depth(reply_quoted: str) -> bool:
    """Every line of REPLY_QUOTED from its first ">"-quoted line on (blank lines aside) is
    quoted to the same depth (some repliers type their answers into the quote with a ">"
    of their own: "> SVAR: Ja")."""
    depths = {m.group().count(">") if (m := _QUOTE_MARKS.match(ln)) else 0
              for ln in itertools.dropwhile(lambda x: not x.lstrip().startswith(">"),
                                            reply_quoted.splitlines())
              if ln.strip(" \t>")}
    return len(depths) == 1 and 0 not in depths


def _answers_in_quote(reply_quoted: str, qs: list[Asked]) -> Found:
    """Answers typed into the quoted original ("se svar nedan", Outlook without ">")."""
    kept = clean_block([plain(ln) for ln in reply_quoted.splitlines()])
    found = by_markers([Line(plain(ln), False) for ln in kept], qs)
    found.answers = {
        n: cleaned for n, v in found.answers.items() if (cleaned := _drop_coordinator_text(v))
    }
    typed = {n for n, v in found.answers.items() if any(x.strip() for x in v)}
    if typed == {qs[-1].num} and _one_quote_depth(reply_quoted):
        # the original quoted whole to one depth, nothing under any question but the last:
        # what stands under the last is the original's own paragraph ("Om ni hellre vill
        # svara per telefon ..."), no answer typed there
        return Found()
    return found


def _yes_no_said_in_quote(reply_quoted: str, qs: list[Asked]) -> set[str]:
    """The yes/no questions answered with a plain yes or no under their own number in the
    quoted text (an earlier reply; the survey's own "Ja / nej" is no answer)."""
    found = _answers_in_quote(reply_quoted, qs)
    return {q.q.key for q in qs if q.q.kind == "yes_no"
            and plain_yes_no(normalize_ws(" ".join(found.answers.get(q.num, []))))}


def _in_quote_flag(found: Found, qs: list[Asked]) -> str:
    """Answers typed into the quoted original are a doubt unless each question has its own
    and the last ends in one paragraph (parsers/evidence.py): then a note."""
    sure = quote_answers_fit(found.answers, qs, found.last_num, found.by_order)
    return "answers_in_quote_confirmed" if sure else "answers_in_quote"


_OPEN_WORDS = 8  # "Tja, both yes and no honestly.": the open yes/no, said short


def _under_the_whole_quote(own: str) -> str | None:
    """The own text of a reply written under the whole ">"-quoted original (nothing of its
    own above or between the quoted lines), or None."""
    rows = own.split("\n")
    last = max((k for k, ln in enumerate(rows) if is_quoted(ln)), default=None)
    if last is None or any(plain(ln) for ln in rows[:last] if not is_quoted(ln)):
        return None
    return "\n".join(rows[last + 1 :]).strip("\n") or None


def _without_drawn_marks(value: str, items: set[str]) -> str:
    """VALUE (one line) without the client's list mark before each of ITEMS, the opening
    words of the drawn list's items: "... i praktiken: • Varje cirkel ..." -> "...: Varje
    cirkel ..." (a typed "- " or "• " before other words stays)."""
    for item in items:
        value = re.sub(r"(^|\s)[•·▪◦\uf0a7\uf0b7]\s+(?=" + re.escape(item) + r")", r"\1", value)
    return value


def _contact_given(lines_q: list[str], q: Asked) -> list[str] | None:
    """The last answer's lines up to the last one giving a way to reach someone (a phone
    number, an address), when Q asks for one ("Vem kan vi kontakta? (namn och telefon)") and
    its first paragraph gives it: a name and a number are that answer, never a signature to
    cut by its shape ("Lars Edvall, helst sms till 070-377 52 81 (jag hör dåligt i
    telefon)"); the thanks, name or note under it are the mail's closing. None: the rules
    and the line model decide, as for any last answer."""
    if not asks_for_contact(q.q.kind, q.q.text):
        return None
    first_par: list[str] = []
    for ln in lines_q:
        if not ln.strip() and first_par:
            break
        first_par.append(ln)
    last = max((i for i, ln in enumerate(first_par) if CONTACT_DETAIL.search(ln)), default=None)
    return None if last is None else first_par[: last + 1]


def _extract(text: str, questions: list[Question], source: str, depth: int) -> Extraction:
    ex = Extraction(answers=_empty(questions, source))
    if not questions or not text.strip():
        return ex
    qs = prepare(questions)
    # the line model knows a mail's closing lines; an attachment's text has none
    qtexts = [q.text for q in questions] if source == "body" else None
    reply = split_reply(text)
    listed = bullets_as_numbers(reply.own, [q.q.kind for q in qs])
    if listed == reply.own:
        listed = labels_as_numbers(reply.own, qs)
    if listed != reply.own:
        reply = dataclasses.replace(reply, own=listed)
    own_text = reply.own_unquoted()
    lines = to_lines(reply.own)
    # the opening words of each item of a list the mail client drew ("•\tVarje cirkel ..."):
    # a reading that joins an answer's lines into one still knows those marks are no words
    drawn_items = {" ".join(ln.text[m.end():].split()[:4]) for ln in lines
                   if (m := LIST_ITEM.match(ln.text)) and ln.text[m.end():].strip()}

    # (a wish said on the signature's line, cut with it, counts too: unseen116)
    ex.wants_interview = wants_interview(own_text) or (
        source == "body" and wish_in_signature(text_above_quote(text), own_text))
    ex.refers_to_attachment = refers_to_attachment(own_text)
    flags: list[str] = []
    if is_correction(own_text) and not _corrects_some(own_text):
        flags.append("correction")

    found = by_markers(lines, qs)
    if reply.inline and (below := _under_the_whole_quote(reply.own)):
        # bottom-posted under the whole quoted original: the quoted questions hold no
        # answer, so the text under the quote is a reply of its own (its own headings);
        # the quote's last question may seem to head it all, so its own headings win when
        # they place more answers
        below_found = by_markers(to_lines(below), qs)
        if len(below_found.answers) > len(found.answers):
            reply = dataclasses.replace(reply, own=below, inline=False)
            lines, found = to_lines(below), below_found
    if found.answers and found.inline:
        flags.append("inline_answers")
    if _paragraphs_after_yes_no(found, qs):
        flags.append("by_position")  # the paragraphs after a bare yes/no, by their order
    _yes_no_paragraph_in_its_place(found, qs)
    # the paragraphs after the one label, by their order; a lone paragraph that opens with
    # one clear sentence saying yes or no to the question is placed by its words (before
    # the gap's paragraphs are set apart: a yes said there says where it belongs)
    if (after_label := _paragraphs_after_labelled_answer(found, qs)) is not None:
        flags.append("by_position_confirmed" if after_label else "by_position")
    _gap_paragraphs_apart(found, qs)
    if found.by_order:
        flags.append("by_position")  # a heading that names no question, placed by its order
    _yes_no_above_the_labels(lines, found, qs)
    if (above := _paragraphs_above_a_later_heading(lines, found, qs)) is not None:
        # unheaded paragraphs over the first heading, a later question's: the questions
        # before it, by their order (the yes/no from its follow-up's words checked)
        found.answers.update(above.answers)
        flags.append("by_position")
        if above.from_prose:
            flags.extend(f"yes_no_from_prose:{q.q.key}" for q in qs if q.q.kind == "yes_no")
    intro = _intro_as_first_answer(lines, found, qs)
    if intro is not None:
        found.answers[qs[0].num] = [intro[0]]
        if not intro[1]:
            flags.append("by_position")
    if not found.answers and reply.quoted and not reply.forwarded and _points_below(own_text) \
            and not _answered_under_note(own_text, lines, max(q.num for q in qs)):
        # "we wrote our answers in the text below" / "here are the answers": look there
        # before reading the note as a follow-up, by position or as prose
        in_quote = _answers_in_quote(reply.quoted, qs)
        if _has_answers(in_quote):
            # a note pointing below that also gives answers by number ("Rätt svar på fråga
            # 4 är:" and the paragraph below) puts those right: the rest stand as quoted
            found = _note_puts_right(in_quote, lines, qs, flags)
            flags.append(_in_quote_flag(in_quote, qs))
    # markers that only say an earlier answer stands ("Fråga 1 och 4 står kvar som jag
    # skrev.") answer nothing: the answers the prose gives by number still count
    only_stands = bool(found.answers) and all(
        stands_as_before(raw_text(v)) for v in found.answers.values())
    if not found.answers or only_stands:
        named = _answers_named_by_number(lines, qs)
        if named.answers:
            merged = {**found.answers, **named.answers}
            found = Found(merged, last_num=max(merged))
            flags.append("follow_up_answer")  # a correction of some answers, not all
    if not found.answers and (put_right := _yes_no_put_right(lines, qs)) is not None:
        found = put_right  # "jag svarade fel på frågan om ... Ärligt talat är svaret nej. ..."
        flags.append("follow_up_answer")
    follow_up = None if found.answers \
        else asked_about_one_question(own_text, reply.quoted, max(q.num for q in qs))
    if follow_up is not None and any(q.num == follow_up for q in qs):
        text_for = _follow_up_answer(lines)
        if text_for:
            found = Found({follow_up: [text_for]}, last_num=follow_up)
            flags.append("follow_up_answer")
    pos_read: _ByPosition | None = None  # the reading by position, if made: for _position_agrees
    if not found.answers:
        by_pos = answers_by_position(lines, qs, qtexts)
        # (a copy: found holds by_pos's lists, and _position_agrees reads them as they were)
        pos_read = dataclasses.replace(by_pos, answers={k: list(v) for k, v in
                                                        by_pos.answers.items()})
        alone = False
        if not by_pos.answers:
            by_pos = bare_yes_no(lines, qs, qtexts)  # "Jajamän, det gör vi! /Bengt"
            alone = by_pos.confirmed
        if alone:
            # the whole reply is one plain yes or no: the yes/no question's answer, sure,
            # and nothing else was said that could have gone astray (a note, no doubt)
            found = Found(by_pos.answers, last_num=max(by_pos.answers))
            flags.append("yes_no_alone")
        elif by_pos.answers:
            found = Found(by_pos.answers, last_num=max(by_pos.answers))
            # the order confirmed by the paragraphs' shape is a note, not a doubt
            sure = "_confirmed" if by_pos.confirmed else ""
            flags.append(f"by_position{sure}")
            if by_pos.from_prose:
                said = "yes_no_from_follow_up" if sure else "yes_no_from_prose"
                flags.extend(f"{said}:{q.q.key}" for q in qs if q.q.kind == "yes_no")
    # only asked when nothing is found (a regex over the whole text)
    away = not found.answers and looks_like_away_notice(own_text)
    # "Vi är en kulturförening. Återkommer efter jul med ordentliga svar." / a wish to tell it
    # in person / "vi avstår från att delta, vi är bara några grannar": the prose is about
    # the mail (why not now, why not at all), not the answer to question 1
    # a mail that names the questions it answers by number, question 1 not among them ("Här
    # kommer svaren på fråga 3 och 4:"), does not describe the association in its prose
    # (a wish to tell "the rest" in person leaves the description above it an answer:
    # "Vi är kvinnor från Syrien som ... Kan vi ha intervju istället för resten av frågorna?")
    # (so does a put-off naming "the rest" or "the other questions": "Vi är ... sedan 1995. /
    # Vi återkommer med svar på de andra frågorna!" answers question 1 and puts off the rest)
    if not found.answers and not away \
            and (not ex.wants_interview or _FOR_THE_REST.search(own_text)
                 or _wish_for_a_later_topic(own_text, qs) or _described_apart(own_text)) \
            and (not _DEFERS.search(own_text) or _FOR_THE_REST.search(own_text)) \
            and not declines(own_text) and not _names_others_only(own_text, qs[0].num):
        about = about_from_prose(lines, qs)
        if about:
            found = Found({qs[0].num: [about]}, last_num=qs[0].num)
            flags.append("unstructured_about")
    if found.answers and asks_before_answering(own_text) and flags and all(
            f in ("unstructured_about", "by_position") or f.startswith("yes_no_from_prose:")
            for f in flags) and not _ANSWERS_ANYWAY.search(own_text) \
            and not _QUESTION_REF.search(own_text):
        # "Vi är en församling ... Gäller kartläggningen oss också?", "Vi vill gärna svara men
        # undrar vad ni menar med segregation.": a question back before answering, in prose
        # read only by a guess: what surrounds it is the question's setting, no answer (the
        # mail, answering nothing, is shown for a person to answer: no_answer)
        found = Found()
        flags = []
    if not found.answers and reply.quoted and _INLINE_SIGNAL.search(own_text):
        in_quote = _answers_in_quote(reply.quoted, qs)
        if _has_answers(in_quote):  # the original's questions alone hold no typed answer
            found = in_quote
            flags.append(_in_quote_flag(in_quote, qs))
    if not found.answers and away:
        flags.append("away_notice")
    if not found.answers and not away and only_declines(own_text, questions):
        # the association takes no part and says only that (its reasons, thanks): no
        # answer is missing, nothing to review, nobody to remind
        flags.append("declined")
    elif not found.answers and not away and _DEFERS.search(own_text) and "?" not in own_text \
            and not says_not_taking_part(own_text):
        # "Vi återkommer efter styrelsemötet.", "We will answer after our board meeting": the
        # answers are still to come, none went astray (own text of more substance is still
        # shown by the self-check as text no answer holds). A mail that asks something back
        # ("Innan vi svarar: vet du ...?") wants a person: not this note; nor one that says
        # it takes no part as well ("Vi kan inte vara med före jul, vi återkommer ...").
        flags.append("deferred")
    elif not found.answers and not away and (
            (reply.quoted and assents_only(own_text)) or says_sent_before(own_text)):
        # the answers are an earlier mail's: a member copied in, answering all to agree
        # with the reply quoted under it ("Instämmer, bra skrivet!"), or a reply to a
        # reminder saying they were sent ("Vi har redan svarat, kassören skickade svaren i
        # december"): no answers on purpose, none went astray (the records still ask when
        # the association has no answers from an earlier mail)
        flags.append("earlier_reply")

    # What the own text gave by a guess (a covering note read as prose or by position:
    # "Vår ordförande har skrivit svaren, se nedan.") gives way to the forwarded mail's
    # answers when they are more, or as many found by structure: the note is about the mail
    # it passes on. (A guess in the forwarded mail is flagged there as it would be here.)
    # So does a doubtful reading of the whole chain as one quote (answers_in_quote): the
    # original's numbered questions at its foot are not the forwarded answers over them.
    guessed = bool(found.answers) and any(
        f in ("unstructured_about", "answers_in_quote") or f.startswith("by_position")
        for f in flags)
    # answers the note gives by number over a forwarded mail ("Rätt svar på fråga 4 är:")
    named_in_note = "follow_up_answer" in flags and bool(found.answers) \
        and len(found.answers) < len(qs)
    if (not found.answers or guessed or named_in_note) and reply.forwarded and depth < 3:
        sub = _extract(reply.forwarded, questions, source, depth + 1)
        structured = not any(f == "unstructured_about" or f.startswith("by_position")
                             for f in sub.flags)
        more, n_sub = len(found.answers), len(sub.answered())
        if n_sub and named_in_note and structured:
            # the forwarder's note answers questions by number ("Rätt svar på fråga 4 är:",
            # "Correct answer to question 4: ..."): the forwarded mail's answers stand for
            # the others, the note's replace those it names (unseen114)
            note = _extract(reply.own, questions, source, depth + 1)
            for q in qs:
                if q.num in found.answers and note.answers[q.q.key].value is not None:
                    sub.answers[q.q.key] = note.answers[q.q.key]
            sub.flags = _unique([*flags, "forwarded", *sub.flags])
            return sub
        if n_sub and (not guessed or n_sub > more or (structured and n_sub == more)):
            sub.wants_interview = sub.wants_interview or ex.wants_interview
            sub.refers_to_attachment = sub.refers_to_attachment or ex.refers_to_attachment
            # the reading of the whole chain as one quote is dropped with its flag
            # (so is a note that the answers were an earlier mail's: they are here)
            kept = [f for f in flags if f not in ("answers_in_quote", "earlier_reply")]
            sub.flags = _unique([*kept, "forwarded", *sub.flags])
            return sub
        ex.wants_interview = ex.wants_interview or sub.wants_interview

    answers: dict[str, Answer] = {}
    # answers placed by order or taken from prose: a "both" there may be the reader's own
    # word for a mixed sentence ("kanske ... men ja"), not the writer's answer
    placed_by_reader = any(f.split(":")[0] in _READER_PLACED for f in flags)
    accounted: set[int] = set()  # questions a note at an answer's end skips or puts off
    drawn: set[str] = set()  # answers holding a list the mail client drew
    asked_again = _short_questions_heading(lines, found, qs)
    for q in qs:
        lines_q = found.answers.get(q.num)
        if lines_q is None:
            answers[q.q.key] = Answer(None, None, False, source)
            continue
        if q.num == found.last_num and (given := _contact_given(lines_q, q)) is not None:
            lines_q = given  # "5. Rasha Haddad 076-540 11 92" / "Tack så mycket" / "Rasha"
        elif q.num == found.last_num:
            lines_q = trim_closing(lines_q, qtexts)
            if q.q.kind == "text" and only_sign_off(lines_q, qtexts):
                # signed where the last answer would be: no answer, and not "left empty"
                # (the shape may hide a terse answer): the self-check shows it as partial
                answers[q.q.key] = Answer(None, None, False, source)
                flags.append(f"sign_off_as_answer:{q.q.key}")
                continue
        raw = raw_text(lines_q)
        if q.q.kind == "text" and "\n\n" in raw:
            # a paragraph below the answer putting a question back to the coordinator about
            # the survey is said to the reader: left over, for the self-check to show
            first_par, *pars = raw.split("\n\n")
            # (as is one only apologising for the reply or speaking of its language between
            # two answers: "Sorry my Swedish is not so good yet, I continue in English :)")
            raw = "\n\n".join([first_par, *(p for p in pars
                                              if not asks_back(p) and not said_of_the_reply(p))])
        if q.num == found.last_num and "\n\n" in raw \
                and _to_the_reader(raw.rsplit("\n\n", 1)[1]):
            # the last answer runs over a paragraph break into a note said to the
            # coordinator that the reader did not know as a closing: kept, but shown
            flags.append(f"trailing_note:{q.q.key}")
        elif q.num == found.last_num and (last := (split_sentences(raw) or [""])[-1]) and (
                APOLOGY.search(last) or said_to_reader(last)):
            # a remark to the reader the cut above left in (too long to be sure of): shown
            flags.append(f"trailing_note:{q.q.key}")
        # the marks of a list the mail client drew are its formatting, not the writer's words
        value = normalize_ws(_FORM_BLANK.sub(" ", LIST_ITEM.sub("", raw)))
        if LIST_ITEM.search(raw):
            drawn.add(q.q.key)
        elif drawn_items and (bare := _without_drawn_marks(value, drawn_items)) != value:
            value = bare  # a paragraph split at its sentences ran the drawn items together
            drawn.add(q.q.key)
        if q.q.kind == "text" and (lead := _MARKER_GOES_ON.match(value)):
            value = value[lead.end():]  # "Fråga 3 blir då istället: Vi bjuder in ..."
        if lead := _ANSWER_MARK.match(value):
            value = value[lead.end():]  # "Svar: Vi bjuder in ...": the form's answer mark
        if q.q.kind == "text" and (lead := _TOPIC_LABEL.match(value)):
            value = value[lead.end():]  # "1. Om kåren: Scoutkår med ...": the writer's heading
        if q.q.kind == "text" and (lead := _REPORTED_QUESTION.match(value)):
            value = value[lead.end():]  # "Ni frågar vilka vi är. Oxie Ridklubb är ..."
        if q.num in asked_again and (lead := _OWN_SHORT_QUESTION.match(value)):
            # "2. Motverkar ni segregation? Ja", "3. Hur? Att kunna ...": the question put
            # again short in the writer's words after its number - a heading, not the answer
            value = value[lead.end():]
        value, named_after = _note_on_other_questions(value, q.num, qs)
        accounted |= named_after
        first = (split_sentences(value) or [""])[0] if q.q.kind == "text" else ""
        if q.q.kind == "text" and ((about_the_question(value) and _passes_over(first))
                                   or _this_question_skipped(first)):
            # "Fråga 4 hoppar vi över. ...", "Fråga 3 och 4 är svåra att skriva kort om.": a
            # note on the question, no answer; words of substance after it are shown
            more = split_sentences(value)[1:]
            if more and not (_skipped(first) and n_words(" ".join(more)) <= 12):
                flags.append(f"note_on_question:{q.q.key}")
            answers[q.q.key] = Answer(None, raw or None, False, source)
            continue
        if _SEE_ELSEWHERE.match(value):
            if re.search(r"bifog|bilag|fil|dokument|attach", value, re.I):
                ex.refers_to_attachment = True
            value = ""
        if q.q.kind == "yes_no" and (kept := _yes_no_over_a_deferral(raw)) is not None:
            # "2. Ja" / blank / "Vi återkommer.": a partial reply's promise of the rest
            # closing the last answer given, not this answer put off
            value = kept
        # an emoji closing the sentence ("återkommer jag med 🙏") is its stop, not words
        said = _CLOSING_EMOJI.sub("", value)
        # a yes/no answered by a sign alone ("2. ✔️", "2. 👍") is that answer, no empty place
        signed = q.q.kind == "yes_no" and signed_yes_no(value) is not None
        if not signed and (
            _NULLISH.match(said)
            or _FORM_PROMPT.match(said)
            or _DEFERRED.match(said)
            or _put_off(said)
            or _skipped(said)
            or (q.q.kind == "text" and _nothing_to_say(said, q.q))
            or (q.q.kind == "text" and _no_answer_to_give(said))
            # "Fråga 1 gäller som jag skrev.": the earlier answer stands, this is none
            or stands_as_before(said)
            or fuzz.ratio(match_key(value), q.key_full) >= 90
        ):
            value = ""
        if q.q.kind == "text" and _not_understood(value):
            # not an answer, and not one left empty by choice either: the question is open
            answers[q.q.key] = Answer(None, raw or None, False, source)
            continue
        if not value:
            # the question's place was found and left empty (a form's field, "4. -"): the
            # reply accounts for it, so it is no sign of an answer gone astray
            answers[q.q.key] = Answer(None, raw or None, False, source)
            flags.append(f"left_empty:{q.q.key}")
            continue
        if q.q.kind == "yes_no":
            yn = parse_yes_no(value)
            if yn.value is None and gives_the_site(value, q.q.text):
                # "2. https://hagebyschack.se" to "Har föreningen en egen hemsida ...?": the
                # address given is the yes
                yn = parse_yes_no("Ja")
            if yn.value is None and (back := _said_back_whole(value, q.q)) is not None:
                # "Vi har ingen verksamhet för barn och unga, vi är en seniorförening.": the
                # question said back of the writer in its own verb and words, no "but"
                yn = YesNo(back)
            # "Både och." in its own place answers the question (neither yes nor no); the
            # same words the reader put there from prose are still a reading to check
            both = yn.ambiguous and said_both_ways(value) and not placed_by_reader
            answers[q.q.key] = Answer(yn.value, value, yn.ambiguous and not both, source,
                                      both_ways=both)
            if both:
                flags.append(f"both_ways:{q.q.key}")
            elif yn.ambiguous:
                flags.append(f"ambiguous:{q.q.key}")
            elif yn.unread_rest:  # "Да, в какой-то мере.": the rest may take the yes back
                flags.append(f"yes_no_other_language:{q.q.key}")
            elif yn.hedged:  # "Ja, i viss mån.": the yes, and how far it goes shown
                flags.append(f"yes_no_hedged:{q.q.key}")
        else:
            answers[q.q.key] = Answer(value, value, False, source)

    for q in qs:
        if (q.num in found.passed_by or q.num in accounted) and answers[q.q.key].value is None:
            flags.append(f"left_empty:{q.q.key}")  # a quoted question answered with nothing

    # "2. Ja, genom läxhjälp ..." and no answer 3 where 3 asks "how, if yes": the explanation.
    for idx, q in enumerate(qs[:-1]):
        nxt = qs[idx + 1]
        a = answers[q.q.key]
        spans_next = found.spans.get(q.num, q.num) >= nxt.num  # "2-3. Ja, genom ..."
        if (
            q.q.kind == "yes_no"
            and a.value is not None
            and a.raw
            and nxt.q.kind == "text"
            and answers[nxt.q.key].value is None
            and (spans_next or _REFERS_BACK.search(nxt.q.text))
            # "2. Nej, vi har egen hall." where 3 asks "Om ja: ...", "2. Ja, både hemsida och
            # Facebook." where 3 asks "Om nej: ...": the answer's own comment
            and not not_asked_after(a.value, nxt.q)
        ):
            expl = split_yes_no_explanation(a.raw)
            if expl and comment_on_yes(expl):
                # "Ja, fast mest av sig självt.", "Ja, det är hela vår idé.": the whole answer
                # a yes and a comment on it, nothing of how
                expl = None
            from_list = False
            if expl and (lead := _LIST_LEAD_IN.match(expl) or (
                    q.q.key in drawn and _DRAWN_LIST_LEAD_IN.match(expl))):
                expl = expl[lead.end():]  # "Ja, på flera sätt: * ...": the list says how
                from_list = True  # the items as written: the first keeps its case
            again_dropped = False
            if expl:
                # "Ja, det gör vi i allra högsta grad. Många ...": the yes said again is
                # the yes/no's, the explanation starts after it
                first, *more = split_sentences(expl)
                if cut := _EMOJI_STOP.search(first):
                    # "det jobbar vi med ❤️ parken är gratis ...": an emoji ends the sentence
                    first, more = first[:cut.end()].strip(), [first[cut.end():].strip(), *more]
                st = yes_no_statement(first, q.q)
                again = (st is not None and st.value == a.value) or (
                    _SAID_AGAIN.match(first) and len(re.findall(r"\w+", first)) <= 8
                    and parse_yes_no(first).value == a.value) or (
                    a.value is True and confirms_only(first)) or (
                    # "Nej, inte som förening. Vi är öppna för alla ...": the no narrowed in
                    # its own sentence ("inte aktivt", "not as such"); the why-not after it
                    a.value is False and bool(re.match(r"(?i)(?:inte|ej|not)\b", first))
                    and n_words(first) <= 4) or (
                    # "Ja, i viss mån. Vi är med ...": the hedge on the yes is the yes/no's
                    # (shown by yes_no_hedged), the how starts after its sentence
                    n_words(first) <= 5 and (whole := (split_sentences(normalize_ws(a.raw))
                                                       or [""])[0]).endswith(first)
                    and parse_yes_no(whole).hedged)
                if more and again:
                    # whole sentences of the writer's: kept as written ("våra kvällar ...")
                    expl = " ".join(more)
                    again_dropped = True
                elif a.value is True and (cl := _YES_CLAUSE_THEN_OWN.match(first)) \
                        and n_words(cl.group("rest")) >= 4 and (
                        _ELLIPTIC_YES.match(cl.group("c")) or confirms_only(cl.group("c"))):
                    # "Ja vi gör, vi har öppet för alla ...", "Yes we do, we help ...": the yes
                    # said again as a clause, the how a clause of its own after the comma,
                    # kept as written
                    expl = " ".join([cl.group("rest"), *more])
                    again_dropped = True
            if expl and _put_off(expl):
                # "2. Ja!! Resten skriver jag i helgen": the rest promised, no how
                expl = None
            if expl and len(re.findall(r"\w+", expl)) >= (1 if spans_next else 4):
                if not again_dropped and not from_list:
                    expl = expl[0].upper() + expl[1:]  # "Ja, vi har ..." -> "Vi har ..."
                answers[nxt.q.key] = Answer(expl, expl, False, source)
                flags.append(f"yes_no_explanation:{nxt.q.key}")

    for idx, q in enumerate(qs[:-1]):
        # "2-3. Tja, both yes and no honestly. Vi visar film ...": a yes/no left open in its
        # first sentence, the answer spanning the follow-up: the sentences after it are the
        # follow-up's (the open yes/no stays flagged)
        nxt, a = qs[idx + 1], answers[q.q.key]
        if q.q.kind == "yes_no" and a.value is None and a.raw and nxt.q.kind == "text" \
                and answers[nxt.q.key].value is None:
            spans_next = found.spans.get(q.num, q.num) >= nxt.num
            first, *more = split_sentences(normalize_ws(a.raw)) or [""]
            if spans_next and more and n_words(first) <= _OPEN_WORDS \
                    and _MIXED.search(first.lower()):
                expl = " ".join(more)
            elif (spans_next or _REFERS_BACK.search(nxt.q.text)) \
                    and negates_intent_only(first) and n_words(a.raw) >= 6:
                # "Not on purpose, to be honest. But ...": no answer word to leave behind,
                # the whole of it says how things are, for the question asking on from it
                expl = normalize_ws(a.raw)
            elif spans_next and n_words(a.raw) >= 6 and not _opens_with_yes_no(first) \
                    and not _MIXED.search(first.lower()) and not _QUESTION_REF.search(first) \
                    and not _passes_over(first) and not said_to_reader(first):
                # "2/3. Det kommer folk från hela området ...": one text for both, with no
                # yes or no said: it says how (the yes/no stays open and flagged)
                expl = normalize_ws(a.raw)
            else:
                continue
            answers[nxt.q.key] = Answer(expl, expl, False, source)
            flags.append(f"yes_no_explanation:{nxt.q.key}")

    flags.extend(_split_spanned_text(answers, qs, found, source))
    _strip_common_label(answers, qs, source)
    for key in _strip_own_label(answers, qs, source):
        flags = [f for f in flags if f != f"ambiguous:{key}"]
    _drop_interview_wishes(answers, qs, source, ex.wants_interview)
    _drop_story_lead_ins(answers, qs)
    flags.extend(_drop_quoted_questions(answers, qs, source))
    flags.extend(_yes_no_from_prose(answers, qs, source))
    flags.extend(_yes_no_by_number_in_note(answers, qs, own_text, source))
    flags.extend(_yes_no_taken_back(answers, qs, source))
    if "by_position" in flags and _position_agrees(answers, lines, qs, qtexts, pos_read):
        # placed partly by order (an intro read as question 1, paragraphs after a marked
        # yes/no), and the paragraphs' own shape reads the very same answers in their
        # places: two readings agree and one is confirmed, so the order is no guess
        flags = ["by_position_confirmed" if f == "by_position" else f for f in flags]
    _postscripts_on_answers(answers, qs, own_text, source)
    ex.answers = answers
    ex.flags = _unique(flags)
    try:
        ex.reasons = check(ex, reply.own, questions,
                           whole=source == "body" and not ex.refers_to_attachment,
                           quoted=reply.quoted)
        # a note naming the one question it brings, its answer under it ("Här kommer svaret
        # på sista frågan som jag lovade."), points at that answer, not at the quoted mail
        # (asked only when reply_doubts asks for the answers below: a note that points there
        # over a quote, which few replies hold; the own lines read again then)
        def answers_below(t: str) -> bool:
            under_note = _answered_under_note(reply.own_unquoted(), to_lines(reply.own),
                                              max(q.num for q in qs))
            return not under_note and _has_answers(_answers_in_quote(t, qs))

        ex.reasons += reply_doubts(
            ex, reply, questions, points_below=_points_below, answers_below=answers_below)
        if reply.quoted and any(r.code == "yes_no_missing" for r in ex.reasons):
            # the quoted mail is an earlier reply that said the yes or no plainly ("2. Ja"):
            # this one adds to it or corrects it, the yes/no it leaves out stands there
            said = _yes_no_said_in_quote(reply.quoted, qs)
            ex.reasons = [r for r in ex.reasons
                          if not (r.code == "yes_no_missing" and r.key in said)]
    except Exception:  # a failing check must not cost the answers found
        log.exception("self-check failed")
        ex.reasons = []
    return ex


# the questions not answered in the mail, named as what is left: "resten av frågorna", "de
# övriga frågorna", "the rest of the questions", "the other questions"
_FOR_THE_REST = re.compile(
    r"(?i)\b(?:resten|de\s+(?:övriga|andra)\s+frågorna|övriga\s+frågor\w*|the\s+rest"
    r"|the\s+(?:other|remaining)\s+questions)\b")


def _wish_for_a_later_topic(own_text: str, qs: list[Asked]) -> bool:
    """The wish to talk is said of the yes/no question's topic, in its own sentence ("Frågorna
    om segregation är stora för oss och vi berättar hellre om dem när vi ses"): what the
    prose says of the association above it is still question 1's answer."""
    yes_no = [q.q for q in qs if q.q.kind == "yes_no"]
    sentences = split_sentences(normalize_ws(own_text))
    wish = next((i for i, x in enumerate(sentences) if wants_interview(x)), None)
    if len(yes_no) != 1 or wish is None or not names_topic(sentences[wish], yes_no[0]):
        return False
    # above it, the association said plainly ("Vi är en förening för ..."), not the writer's
    # remark on the writing ("Vi är inte så vana att skriva."): only then is it an answer
    said = [x for x in sentences[:wish] if DESCRIPTIVE.match(x)]
    return bool(said) and not any(_NEGATED.search(x) for x in sentences[:wish])


_NEGATED = re.compile(r"(?i)\b(?:inte|ej|icke|aldrig|not|never|n't)\b")


# the writer going on to answer all the same after a question back: "Hur som helst. Vi är
# ...", "Vi svarar ändå", "Anyway, we are ..." (or naming a question by its number: "Så nej
# på fråga två")
_ANSWERS_ANYWAY = re.compile(
    r"(?i)\b(?:hur\s+som\s+helst|i\s+alla\s+fall|svarar\s+(?:vi|jag)\s+ändå|(?:vi|jag)\s+svarar"
    r"\s+ändå|anyway|in\s+any\s+case|we(?:['’]ll|\s+will)\s+answer\s+anyway)\b")


def _described_apart(own_text: str) -> bool:
    """The association described in a paragraph of its own, the wish to talk in a later one
    ("Vi är X, en förening för ... Vi har ... / Det är svårt för oss att skriva. Kan vi ses
    och prata om frågorna?", "We are X, a club for ... / Could we meet instead?"): the
    description is question 1's answer, the wish is for the rest. A paragraph that only
    remarks on the writing ("Vi är inte så vana att skriva.") describes nothing."""
    pars = [normalize_ws(p) for p in re.split(r"\n\s*\n", own_text) if p.strip()]
    wish = next((i for i, p in enumerate(pars)
                 if any(wants_interview(x) for x in split_sentences(p))), None)
    return wish is not None and _described_in_its_paragraph(pars, wish)


def _described_in_its_paragraph(pars: list[str], wish: int) -> bool:
    if not wish:
        return False
    said = [p for p in pars[:wish] if not frames_reply(p)]
    # (its first sentence under a short label of the writer's own: "Om oss: Vi är ...")
    said = [after_own_label(p) or p for p in said]
    return len(said) == 1 and all(
        DESCRIPTIVE.match(sentences[0]) and not any(
            META.search(x) or _NEGATED.search(x) or wants_interview(x) for x in sentences)
        for sentences in (split_sentences(p) for p in said))


# the sentence of a question's marker going on to a colon, the answer after it: "Fråga 3
# blir då istället: ...", "Question 3 should now read: ..." (a copula, a few words, ":")
_MARKER_GOES_ON = re.compile(
    r"^(?:blir|är|ska|skall|bör|lyder|får|becomes|is|should|will|would|reads)\b[^.!?:;]{0,30}"
    r":\s+(?=\S)")


# "Om oss:", "Om kåren:", "Om vår förening:", "About the club:": a heading naming what the
# answer is about, on the answer's own line.
_TOPIC_LABEL = re.compile(rf"^{TOPIC}\s*:\s+(?=\S)", re.I)
# "Svar: ...", "Answer: ...": the word for "answer" as a label opening the text under a
# question's place (a form's layout, a correction's "Rätt svar:" above it), not its words
# A form's blank to write on: a run of underscores after the text typed over it ("... för
# kvinnor.__________") or a line of them under it (a form's second answer line left empty).
# Underscores are no words: a word's own ("info_malmo") is a single one.
_FORM_BLANK = re.compile(r"_{3,}")
_ANSWER_MARK = re.compile(r"^(?:svar|answer|antwort|réponse|respuesta|vastaus)\s*[:：]\s*(?=\S)",
                          re.I)
# "Ni frågar vilka vi är.", "Ni undrar hur vi jobbar.", "You ask who we are.": the question
# restated as what the reader asked, a sentence of its own opening the answer - a heading
_REPORTED_QUESTION = re.compile(
    r"^(?:ni|du|you)\s+(?:frågar|frågade|undrar|undrade|ville?\s+veta|asks?|asked|wonder(?:ed)?"
    r"|want(?:ed)?\s+to\s+know)\b[^.!?]{3,80}[.:?]\s+(?=\S)", re.I)


# a short question opening an answer, the answer after it on the same line
_OWN_SHORT_QUESTION = re.compile(r"^(?P<q>[^.!?:\n]{2,60}\?)\s+(?=\S)")


_SIBLINGS_ASKED = 3
_NUMBERED_SHORT_QUESTION = re.compile(r"^\s*\d[.):]?\s+[^.!?:\n]{2,60}\?\s+\S")


def _short_questions_heading(lines: list[Line], found: Found, qs: list[Asked]) -> set[int]:
    """The answers that open with a short question of the writer's own fitting their
    question's words, the answer after it on the same line ("3. Hur? Att kunna ..."), when
    three or more numbered lines are so laid out: the writer's headings. One or two alone
    may be the writer's own words ("4. Vad är ett hinder? Vi vet inte riktigt."): kept."""
    if sum(bool(_NUMBERED_SHORT_QUESTION.match(ln.text)) for ln in lines
           if not ln.quoted) < _SIBLINGS_ASKED:
        return set()
    scorer = heading_scorer(tuple((q.num, q.q) for q in qs))
    out: set[int] = set()
    for q in qs:
        value = normalize_ws(raw_text(found.answers.get(q.num) or []))
        lead = _OWN_SHORT_QUESTION.match(value)
        if lead and n_words(lead["q"]) <= 6 and value[lead.end():][:1].isupper() \
                and q.num in scorer.candidates(lead["q"])[0]:
            out.add(q.num)
    return out


_READER_PLACED = frozenset({"by_position", "by_position_confirmed", "yes_no_from_prose",
                            "yes_no_from_follow_up"})


def _position_agrees(answers: dict[str, Answer], lines: list[Line], qs: list[Asked],
                     qtexts: Sequence[str] | None, read: _ByPosition | None = None) -> bool:
    """The reading by position alone is confirmed by the paragraphs' shape and gives every
    question exactly the answer ANSWERS hold (the yes/no the same yes or no). READ: that
    reading, when _extract made it already (of the same lines: ~1.6 ms a reply not read)."""
    by_pos = read if read is not None else answers_by_position(lines, qs, qtexts)
    if not by_pos.confirmed or by_pos.from_prose or len(by_pos.answers) != len(qs):
        return False
    for q in qs:
        a, placed = answers[q.q.key], normalize_ws(" ".join(by_pos.answers[q.num]))
        if q.q.kind == "yes_no":
            if a.value is None or parse_yes_no(placed).value is not a.value:
                return False
        elif not isinstance(a.value, str) or normalize_ws(a.value) != placed:
            return False
    return True


# "Detta måste vi diskutera i styrelsen först, vi återkommer.": the answer is put off, in
# other words - every sentence says it is to be discussed or will come later
_TO_DISCUSS = re.compile(
    r"\b(?:diskutera\w*|prata\s+ihop\s+oss|fundera\w*|bestämma|ta\s+upp\s+(?:det|frågan)"
    r"|stämma\s+av|behöver\s+(?:mer\s+)?tid|discuss\w*|think\s+about"
    # talked over with the board or members first: "vill jag prata med styrelsen om först"
    r"|(?:prata|tala|snacka|kolla|stämma\s+av)\s+(?:med|i)\s+(?:styrelsen|medlemmarna|ledarna"
    r"|föreningen|årsmötet|de\s+andra)|(?:talk|check)\s+(?:to|with)\s+(?:the|our)\s+"
    r"(?:board|members|committee))\b", re.I)


# A deferral said anywhere in a short answer: "Vi återkommer om den i februari.", "Det får
# vi återkomma om.", "Vet inte än, återkommer.", "Svaret kommer senare.", "Den får vänta.",
# "Will get back to you on this." The verb has "we/I" for its subject, said or left out
# ("Återkommer.", ", återkommer i februari", "återkommer vi om"), and goes with a word for
# the question, ends the answer, or names a time still to come: "Frågan återkommer ofta",
# "Vi återkommer varje sommar till parken" tell something, and stay.
_DEFER_VERB = (r"(?:(?:^|[,;:]\s*|\b(?:vi|jag)\s+(?:får\s+|ska\s+|kommer\s+att\s+)?)återkomm\w*"
               r"|\båterkomm\w*\s+(?:vi|jag)\b)")
_WHEN_LATER = (r"(?:senare|längre\s+fram|snart|efter\s+\w+|när\s+|så\s+snart|i\s+(?:januari"
               r"|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|vår|höst"
               r"|nästa|början|slutet|helgen|kväll|morgon)\b|imorgon\b|ikväll\b)")
_LATER = re.compile(
    # answering the question named later: "... och svarar på fråga 4 i januari", "vi besvarar
    # den efter årsmötet" (the question named, so "vi svarar på frågor efter träningen" is none)
    r"\b(?:svarar|besvarar)\s+(?:på\s+)?(?:den(?:\s+frågan)?|det|denna|frågan|fråga\s+\d)\s+"
    + _WHEN_LATER + r"|"
    # the question named by a pronoun, alone or with its noun ("om den", "med det svaret")
    + _DEFER_VERB + r"\s+(?:om|med|till|kring|på|gällande)\s+(?:(?:den|det|detta|denna|dem)"
    r"(?:\s+(?:frågan|svaret|delen|biten|punkten))?|frågan"
    # the questions named by their numbers alone: "återkommer med 3 och 4 efter mötet"
    r"|(?:frågorna\s+|fråga\s+)?\d(?:\s*(?:,|och|&)\s*\d)*|svar\w*|punkt\w*)"
    r"(?=[\s.,;!]*$|\s*[.,;!]|\s+(?:senare|längre|när|efter|så|i)\s)"
    r"|" + _DEFER_VERB + r"(?:\s+(?:om|med|till|kring|på))?[\s.!]*$"
    r"|" + _DEFER_VERB + r"(?:\s+(?:om|med)(?:\s+(?:den|det|detta|denna|svar\w*))?)?\s+"
    r"(?:senare|längre\s+fram|snart|efter\s+\w+|när\s+|så\s+snart|i\s+(?:januari|februari|mars"
    r"|april|maj|juni|juli|augusti|september|oktober|november|december|vår|höst|nästa|början"
    r"|slutet)\b)"
    r"|\bsvar(?:et|en)?\s+kommer\s+(?:senare|snart|efter|längre\s+fram)|^(?:det\s+)?kommer\s+senare"
    # the verb first, its object (the question) fronted into the label before it: "(Fråga 3
    # och 4) skickar jag efter vårt möte.", "(3.) Svarar vi på i januari.", "(4:) Kommer
    # efter årsmötet."
    r"|^(?:(?:skickar|svarar|besvarar|tar|skriver|fyller)\s+(?:jag|vi)(?:\s+(?:nog|gärna|då"
    r"|på|in|i|om))?|(?:kommer|följer))\s+" + _WHEN_LATER +
    r"|^(?:den|det|den\s+frågan|frågan|svaret)\s+får\s+vänta\b|\bget\s+back\s+to\s+you\b"
    r"|\bcome\s+back\s+to\s+(?:this|that|it|you)\b"
    r"|\bcome\s+back\s+(?:to\s+you\s+)?with\s+(?:the|that|this|our|an)\s+answer"
    # the questions named by number or as the rest: "I'll come back with 3 and 4 after our
    # board meeting!", "We'll come back on questions 3 and 4 in January."
    r"|\bcome\s+back\s+(?:to\s+you\s+)?(?:with|on|about)\s+(?:(?:the\s+)?answers?\s+to\s+)?"
    r"(?:(?:questions?|q)\s*)?\d(?:\s*(?:,|and|&)\s*(?:q\s*)?\d)*(?=[\s.,;!]*$|\s*[.,;!]"
    r"|\s+(?:later|after|when|once|in|next|tonight|tomorrow|soon|as\s+soon)\b)"
    r"|\bcome\s+back\s+(?:to\s+you\s+)?with\s+the\s+rest\b"
    r"|\b(?:answer|reply|respond)\s+(?:to\s+(?:this|that|it)\s+)?later\b",
    re.I,
)


# More writing promised for later, the whole answer: "Jag skriver mer efter styrelsemötet
# den 15:e.", "Vi berättar utförligare om det senare.", "I'll write more after our board
# meeting." (after an answer, "Vi har läxhjälp. Jag skriver mer sen." keeps both)
_MORE_LATER = re.compile(
    r"^(?:(?:jag|vi|i|we)(?:\s+(?:ska|kommer\s+att|will|shall)|['’]ll)?\s+)?"
    r"(?:(?:skriver|skickar|berättar|svarar)\s+(?:mer|mera|utförligare|utförligt|ordentligt"
    r"|fylligare|resten)\s+(?:om\s+(?:det|detta|den)\s+)?" + _WHEN_LATER +
    r"|(?:write|tell\s+you|send(?:\s+you)?)\s+(?:more|properly|the\s+rest)\s+"
    r"(?:later|after|when|once|next\s+\w+|in\s+\w+)\b)"
    # the rest put first, then who writes it and when: "Resten skriver jag från datorn i
    # helgen.", "The rest I'll send from my laptop tonight."
    r"|^resten\s+(?:skriver|skickar|tar|fyller\s+(?:jag|vi)\s+i|svarar|besvarar)\s+(?:jag|vi)?"
    r"(?:\s+\S+){0,5}?\s+" + _WHEN_LATER +
    r"|^the\s+rest\s+(?:i|we)(?:['’]ll|\s+will)\s+(?:write|send|do|answer|fill\s+in)"
    r"(?:\s+\S+){0,5}?\s+(?:later|after|when|once|next\s+\w+|tonight|tomorrow|at\s+the\s+weekend"
    r"|this\s+weekend)\b", re.I)


@short_cache(maxsize=2048)  # every answer of every reply; answers recur across replies
def _yes_no_over_a_deferral(raw: str) -> str | None:
    """A clear yes or no in a paragraph of its own with only a deferral after it, a blank
    line apart ("Ja" / "Vi återkommer.", "No." / "We will get back to you on the rest.",
    a hedged "Ja, i viss mån." too):
    the yes or no, the deferral being about the questions not yet answered. None otherwise
    (a yes and a deferral in one paragraph, "Ja, vi återkommer om det.", stays as it is)."""
    pars = [p for p in (x.strip() for x in raw.split("\n\n")) if p]
    if len(pars) < 2:
        return None
    first, *rest = pars
    rest_said = [_CLOSING_EMOJI.sub("", normalize_ws(p)) for p in rest]
    if not all(_put_off(p) or _DEFERRED.match(p) for p in rest_said):
        return None
    said = normalize_ws(first)
    if _put_off(said) or _DEFERRED.match(said):
        return None
    yn = parse_yes_no(said)
    # a hedged yes ("Ja, i viss mån." / "Resten återkommer jag om.") is that yes all the
    # same: kept, and the hedge is shown by yes_no_hedged where the answer is read
    return said if yn.value is not None and not yn.ambiguous else None


# The question's topic fronted, then who writes of it later: "Om hindren skriver jag senare",
# "Angående lokalen berättar vi längre fram", "About the obstacles I'll write later" - the
# whole first clause, so "Om helgerna skriver vi senare inlägg på Facebook" is none
_TOPIC_LATER = re.compile(
    r"^(?:om|angående|gällande|när\s+det\s+gäller)\s+(?:\S+\s+){1,4}?(?:skriver|berättar|svarar)"
    r"\s+(?:jag|vi)\s+(?:nog\s+|gärna\s+|mer\s+)?(?:sen|senare|längre\s+fram)[\s.!]*$"
    r"|^(?:about|as\s+for|regarding|on)\s+(?:\S+\s+){1,4}?(?:i|we)(?:['’]ll|\s+will)\s+"
    r"(?:write|tell\s+you|answer)\s+(?:more\s+)?(?:later|another\s+time)[\s.!]*$", re.I)


def _put_off(value: str) -> bool:
    """The answer only says it comes later: a deferral ("återkommer", "svarar senare"), with
    at most a short reason after it (the board must discuss it first, a meeting to wait for).
    A reason's words may be anything; what makes it one is the deferral it follows."""
    sentences = split_sentences(value)
    if not sentences or n_words(value) > 20:
        return False
    if n_words(value) <= 15 and (_LATER.search(value) or (
            len(sentences) == 1 and _MORE_LATER.match(value))):
        return True
    first = _CLAUSE_END.split(sentences[0], maxsplit=1)[0]
    if _TOPIC_LATER.match(first) and len(sentences) <= 2:
        return True  # "Om hindren skriver jag senare, styrelsen ses först.": any reason after
    if _DEFERRED.match(first) and all(
            _DEFERS.search(s) or _TO_DISCUSS.search(s) for s in sentences[1:]):
        return True
    return bool(_TO_DISCUSS.search(value)) \
        and any(_DEFERS.search(s) for s in sentences) \
        and all(_DEFERS.search(s) or _TO_DISCUSS.search(s) for s in sentences)


# The writer saying they do not understand the question: "This question I do not understand
# well.", "Den frågan förstår jag inte riktigt." (the question named: "vi förstår inte varför
# kommunen ..." is an answer)
_NOT_UNDERSTOOD = re.compile(
    r"\b(?:(?:i|we)\s+(?:do\s+not|don'?t|did\s+not|didn'?t)\s+(?:really\s+|quite\s+|fully\s+)?"
    r"understand|(?:jag|vi)\s+(?:förstår|förstod|begriper)\s+(?:inte|ej)"
    r"|(?:förstår|förstod|begriper)\s+(?:jag|vi)\s+(?:inte|ej))\b",
    re.I,
)
_THE_QUESTION = re.compile(r"\b(?:question|frågan|fråga|what\s+you\s+mean|vad\s+(?:ni|du)\s+menar)"
                           r"\b", re.I)


def _not_understood(value: str) -> bool:
    """The answer only says the question was not understood, perhaps asking back ("Can you
    explain?") or to talk instead: no answer, and the question stays open (the self-check
    shows it as unanswered)."""
    first, *rest = split_sentences(value) or [""]
    return bool(_NOT_UNDERSTOOD.search(first) and _THE_QUESTION.search(first)) and all(
        s.rstrip().endswith("?") or wants_interview(s) or said_to_reader(s) for s in rest)


_LEAD_LABEL = re.compile(r"^(?P<l>[^\W\d_]{2,15})\s*[:：]\s+(?=\S)")


def _paragraphs_after_yes_no(found: Found, qs: list[Asked]) -> bool:
    """A yes/no question found by its marker ("Arbetar vi mot segregation? Ja.") with more
    paragraphs under its bare yes or no, and as many questions after it that nothing
    marked: the reply goes on in paragraphs, one per question in their order (the yes/no's
    answer is the yes or no). Returns whether it placed any."""
    for idx, q in enumerate(qs):
        got = found.answers.get(q.num)
        if q.q.kind != "yes_no" or not got or found.spans.get(q.num, q.num) != q.num:
            continue
        pars = [p for p in split_paragraphs_text(got) if p]
        after = qs[idx + 1:]
        if len(pars) < 2 or len(pars) - 1 != len(after) \
                or any(a.num in found.answers for a in after):
            continue
        first = normalize_ws(pars[0])
        # a bare yes or no, or one sentence that only says it ("Yes, I think we do, in
        # practice."): nothing of how in it; a hedged yes ("Partly, yes.", "Ja, i viss mån.")
        # is a yes (yes_no_hedged); one left open ("Delvis.") is still the yes/no's short
        # answer (undecided, shown to a person)
        yn = parse_yes_no(first)
        hedged = yn.value is None and bool(_MIXED.search(first.lower()))
        if (yn.value is None and not hedged) or n_words(first) > 8 or (n_words(first) > 6 and (
                len(split_sentences(first)) > 1 or says_how(first))):
            continue
        if any(n_words(p) <= 3 or p.rstrip().endswith("?") for p in pars[1:]):
            continue
        found.answers[q.num] = [pars[0]]
        for a, p in zip(after, pars[1:], strict=True):
            found.answers[a.num] = [p]
        found.last_num = max(found.answers)
        return True
    return False


def _yes_no_paragraph_in_its_place(found: Found, qs: list[Asked]) -> None:
    """Labelled answers around a yes/no question that has no label of its own, and a
    paragraph of one sentence saying yes or no to it ("Ja, vi arbetar för att motverka
    segregation.") between the answer before it and the one after: that paragraph is the
    yes/no's answer, in its place, not the end of the answer above it."""
    for idx, q in enumerate(qs[1:-1], start=1):
        before, after = qs[idx - 1], qs[idx + 1]
        if q.q.kind != "yes_no" or q.num in found.answers \
                or before.num not in found.answers or after.num not in found.answers:
            continue
        pars = split_paragraphs_text(found.answers[before.num])
        if len(pars) < 2:
            continue
        last = normalize_ws(pars[-1])
        st = yes_no_statement(last, q.q)
        if len(split_sentences(last)) != 1 or n_words(last) > 15 or st is None \
                or st.value is None:
            continue
        found.answers[before.num] = "\n\n".join(pars[:-1]).split("\n")
        found.answers[q.num] = [pars[-1]]


def _gap_paragraphs_apart(found: Found, qs: list[Asked]) -> None:
    """Answers found for questions with unanswered ones between them ("Om oss: ..." and
    "Hinder och möjligheter: ..."), and a later paragraph of the first that opens speaking of
    a text question in the gap ("Segregation har vi inte funderat så mycket på, ..."), not
    of its own: that paragraph may be that question's answer, no part of the answer above
    it. It is left to no answer (the self-check shows it), as where it belongs is not said.
    (Only the yes/no in the gap, a paragraph that says no yes or no stays where it is.)"""
    nums = sorted(n for n, v in found.answers.items() if any(x.strip() for x in v))
    by_num = {q.num: q for q in qs}
    for n, m in itertools.pairwise(nums):
        gap = [by_num[k] for k in range(n + 1, m) if k in by_num and by_num[k].q.kind == "text"]
        if not gap or n not in by_num or found.spans.get(n, n) > n:
            continue
        pars = split_paragraphs_text(found.answers[n])
        for k in range(1, len(pars)):
            first = (split_sentences(normalize_ws(pars[k])) or [""])[0]
            if any(names_topic(first, g.q) for g in gap) and not names_topic(first, by_num[n].q):
                found.answers[n] = "\n\n".join(pars[:k]).split("\n")
                break


_PRO_FORM_DO = re.compile(r"(?i)\b(?:det\s+gör\s+vi|vi\s+gör\s+det|we\s+do)\b")


def _yes_no_above_the_labels(lines: list[Line], found: Found, qs: list[Asked]) -> None:
    """"Hej! Ja det gör vi." above the first labelled answer ("Om oss: www..."): one own
    line before the markers that is a plain yes or no, and nothing else there, answers the
    yes/no question when no marker does."""
    yes_no = [q for q in qs if q.q.kind == "yes_no"]
    if len(yes_no) != 1 or not found.answers or yes_no[0].num in found.answers \
            or not found.first_line:
        return
    above = [ln.text for ln in lines[:found.first_line] if not ln.blank and not ln.quoted]
    if len(above) != 1:
        return
    sentences = [x for x in split_sentences(normalize_ws(above[0]))
                 if not GREETING.fullmatch(x)]
    if len(sentences) != 1:
        return
    st = yes_no_statement(sentences[0], yes_no[0].q)
    if st is not None and st.value is not None and st.pure:
        found.answers[yes_no[0].num] = [yes_no_word(st.value)]


def _paragraphs_after_labelled_answer(found: Found, qs: list[Asked]) -> bool | None:
    """One answer found by its label ("Vilka vi är: PRO Kirseberg är ...", "Kort om oss:")
    and nothing after it marked, its paragraphs going on with one that says yes or no to
    the yes/no question that comes next ("Om vi motverkar segregation, ja det tycker jag
    nog", "Yes, we work against it every day."): the reply left its labels after the first
    one. That paragraph is the yes/no's answer and those after it, one each, the later
    questions' in their order. Placed by order: the caller flags it. Returns None when it
    did nothing, else whether the placing is sure: no paragraph placed after the yes/no's,
    whose first sentence says yes or no to it clearly ("Och ja, vi arbetar mot
    segregation.")."""
    for idx, q in enumerate(qs[:-1]):
        nxt = qs[idx + 1]
        got = found.answers.get(q.num)
        # a later question found by its own marker ("Fråga 4 vill vi hellre prata om.")
        # bounds the places left for the paragraphs in between
        marked_later = [a.num for a in qs[idx + 2:] if a.num in found.answers]
        if q.q.kind == "yes_no" or nxt.q.kind != "yes_no" or not got \
                or found.spans.get(q.num, q.num) != q.num or nxt.num in found.answers \
                or (marked_later and found.last_num != max(marked_later)):
            continue
        pars = [p for p in split_paragraphs_text(got) if p.strip()]
        if len(pars) < 2:
            continue
        # the yes or no said in the paragraph's first sentence, to this question
        first = split_sentences(normalize_ws(pars[1]))
        # a paragraph that goes on after its yes or no ("Ja, det gör vi genom läxhjälp.")
        # holds the follow-up's answer too: the paragraphs after it answer the later ones
        later = [a for a in qs[idx + 2 + int(bool(first) and (len(first) > 1
                                                           or says_how(first[0]))):]
                 if a.num < min(marked_later, default=a.num + 1)]
        rest = pars[2:]
        if len(rest) > len(later):
            continue
        st = yes_no_statement(first[0], nxt.q) if first else None
        if (st is None or st.value is None) and first and _PRO_FORM_DO.search(first[0]):
            # "Ja, det gör vi genom läxhjälp.": a plain yes opening it, the topic unnamed but
            # the question's verb said back ("Yes, we sing mostly pop" answers nothing)
            opening = clear_yes_no_opening(first[0], nxt)
            st = None if opening is None else Statement(opening, False)
        if st is None or st.value is None:
            continue
        if any(n_words(p) <= 3 or p.rstrip().endswith("?") for p in rest):
            continue
        found.answers[q.num] = pars[0].split("\n")
        # the yes or no as its word ("Om vi motverkar segregation, ja det tycker jag nog"
        # reads as a yes; "Ja vi jobbar mot segregation." says no more), what the paragraph
        # says after that sentence kept as its explanation
        after = first[1:]
        if wants_interview(first[0]):
            # "Ja, ..., men hur vi gör det vill vi hellre berätta i en intervju. Det blir
            # lättare med tolk. Ring mig ...": what follows the wish is about the meeting
            while after and (after_wish_to_meet(after[0]) or META.search(after[0])):
                after = after[1:]
        said = " ".join([yes_no_word(st.value) + ".", *after]) if not says_how(first[0]) \
            else " ".join(first)  # "Ja, det gör vi genom läxhjälp.": the how kept with it
        found.answers[nxt.num] = [said]
        for a, p in zip(later, rest, strict=False):
            found.answers[a.num] = p.split("\n")
        found.last_num = max(found.answers)
        # sure also when a later labelled answer bounds the places and the paragraphs fill
        # them one each ("Om oss: ..." / "Och ja, vi ..." / the how / "Hinder och
        # möjligheter: ..."): labels on both sides leave no other reading of the order
        fills_to_label = bool(rest) and bool(marked_later) and len(rest) == len(later) \
            and later[-1].num + 1 == min(marked_later)
        return (not rest or fills_to_label) and clear_yes_no_sentence(first[0], nxt)
    return None


def split_paragraphs_text(lines: list[str]) -> list[str]:
    """An answer's lines ("" for a blank line) as its paragraphs."""
    out: list[str] = []
    cur: list[str] = []
    for ln in [*lines, ""]:
        if ln.strip():
            cur.append(ln)
        elif cur:
            out.append("\n".join(cur))
            cur = []
    return out


def _strip_common_label(answers: dict[str, Answer], qs: list[Asked], source: str) -> None:
    """The same one-word label opening several answers ("Cevap: ...", "Odpowiedź: ...") is
    the writer's word for "answer" in any language, not part of what they answer."""
    leads = {}
    for q in qs:
        a = answers[q.q.key]
        text = a.raw if isinstance(a.raw, str) else a.value if isinstance(a.value, str) else ""
        m = _LEAD_LABEL.match(normalize_ws(text or ""))
        if m:
            leads[q.q.key] = m.group("l").lower()
    labels = list(leads.values())
    common = {lab for lab in labels if labels.count(lab) >= 2}
    if not common:
        return
    scorer = heading_scorer(tuple((q.num, q.q) for q in qs))
    for q in qs:
        a = answers[q.q.key]
        if q.q.kind != "text" or not isinstance(a.value, str) or leads.get(q.q.key) not in common:
            continue
        if scorer.best(leads[q.q.key]) is not None:
            continue  # "Hinder:" opening two answers names a question: it stays
        rest = _LEAD_LABEL.sub("", a.value, count=1)
        answers[q.q.key] = Answer(rest or None, a.raw, False, source)


# "Hur: Dansen är ...", "Hinder och möjligheter: Det är svårt ...": a short label of the
# writer's own opening an answer
# ("Om oss – Vi lånar ut ...": a dash after the label, spaced, says the same)
# (an abbreviation's point inside it, "Hinder resp. möjligheter:", "Hinder o. möjligheter:",
# is no sentence end: a word of one to four letters, a point, the label going on in lower case)
_OWN_LABEL = re.compile(
    r"^(?P<l>[^\W\d_](?:[^.!?:;–—]|(?<=\b\w)\.|(?<=\b\w{2})\.|(?<=\b\w{3})\.|(?<=\b\w{4})\.)"
    r"{0,40}?)(?:\s*(?P<colon>[:：])|\s+[-–—])\s+(?=\S)")


def _own_label(text: str) -> re.Match[str] | None:
    if not any(map(text.__contains__, ":：-–—")):  # what ends every label: none, no search
        return None
    m = _OWN_LABEL.match(text)
    if m and "." in m.group("l"):
        label = m.group("l")
        for i, ch in enumerate(label):
            after = label[i + 1:].lstrip()
            if ch == "." and not (after and after[0].islower()):
                return None  # a sentence ends there: no label
    return m


# a label further on: the answer is written in labelled parts ("Hinder: ... Möjligheter: ...")
_INTERROGATIVES = frozenset(
    {"hur", "varför", "vilka", "vad", "vem", "how", "why", "who", "what", "which"})
_PART_LABEL = re.compile(r"(?:^|\s)[^\W\d_][\w-]{1,30}\s*[:：]\s")


_ABOUT_LABEL = re.compile(
    r"(?i)^(?:om|angående|gällande|about|regarding)\s+"
    r"(?!(?:vi|ni|de|man|det|jag|du|någon|we|you|they|it|i|someone|ja|nej|yes|no|svar\w*"
    r"|inte|not|så|so)\b)\w")


def _to_the_reader(par: str) -> bool:
    """PAR, the last answer's last paragraph, is said to the coordinator: all of it, or it
    opens with an apology for the reply and goes on ("Ursäkta att svaret dröjt, ... . Vi har
    också ..."): what follows such an opening may be an answer or may not, so it is shown."""
    first = next(iter(split_sentences(normalize_ws(par))), "")
    return said_to_reader(par) or bool(first and apologises_for_reply(first))


def _strip_own_label(answers: dict[str, Answer], qs: list[Asked], source: str) -> list[str]:
    """A short label opening a text answer that names that very question ("3. Hur: ...")
    is the writer's heading, not part of the answer - unless the answer goes on in
    labelled parts, where the first label is one of them and stays. When two or more
    answers open with labels naming theirs, the writer labels every answer: a label that
    names nothing ("1 Om klubben: ...", "2 Jobbar mot segregation: Ja") is a heading too,
    and a yes/no behind one is read from what follows it. Returns the yes/no keys so read."""
    scorer = heading_scorer(tuple((q.num, q.q) for q in qs))
    labelled: dict[str, tuple[str, bool]] = {}  # key -> (the answer after it, names its question)
    fits = 0  # labels whose words fit their own question, if not only it
    for q in qs:
        a = answers[q.q.key]
        text = a.value if q.q.kind == "text" else a.raw if q.q.kind == "yes_no" else None
        if not isinstance(text, str):
            continue
        m = _own_label(text)
        if not m or n_words(m.group("l")) > 6:
            continue
        rest, label = text[m.end():], m.group("l")
        if m.group("colon") and LEAD_IN_CLAUSE.match(normalize_ws(label) + ":"):
            continue  # "Vi arbetar så här: ...", "This is what we do: ...": a clause, no label
        if m.group("colon") and _PART_LABEL.search(rest) and not _PART_LABEL.match(rest):
            # (parts under a dash label are the answer's, the label is not; nor is a label
            # straight above the first part: "Hinder och möjligheter: Hinder: ... ")
            continue
        # named clearly (two of its words or an alias), or asked by its interrogative alone
        # ("Hur:"); one content word ("Hinder:") may be a part of the answer: it stays
        found, named = scorer.candidates(label, min_score=2.0)
        clear = named and set(found) == {q.num}
        asked = label.strip().lower() in _INTERROGATIVES and scorer.best(label) == q.num
        # "Om hinder: vi har ...", "About obstacles: ...": what it is about, said as a label -
        # one word of the question is enough (not "Om vi får lokal: ...", a condition)
        about = bool(_ABOUT_LABEL.match(label)) and n_words(label) <= 4 \
            and scorer.best(label) == q.num
        labelled[q.q.key] = (rest, bool(clear or asked or about))
        fits += q.num in scorer.candidates(label, min_score=0.5, margin=99.0)[0]
    # two or more labels naming their questions, or three or more that each fit their own
    # question by a word ("Unga:", "Hur:", "Behov:" over the items of a list): the writer
    # labels every answer
    siblings = sum(ok for _, ok in labelled.values()) >= 2 or fits >= 3
    read: list[str] = []
    for q in qs:
        rest, ok = labelled.get(q.q.key, ("", False))
        if not rest or not (ok or siblings):
            continue
        a = answers[q.q.key]
        if q.q.kind == "text":
            answers[q.q.key] = Answer(rest, a.raw, False, source)
        elif a.value is None and (yn := parse_yes_no(rest)).value is not None \
                and not yn.ambiguous:
            answers[q.q.key] = Answer(yn.value, rest, False, source)
            read.append(q.q.key)
    return read


def _drop_interview_wishes(answers: dict[str, Answer], qs: list[Asked], source: str,
                          wants: bool = False) -> None:
    """A wish to talk instead ("Vi berättar gärna mer muntligt.") is the mail's, not an
    answer's: it sets wants_interview and leaves the answer it was written into; so does,
    in a mail that WANTS to meet, a question on when ("Passar det en tisdag i mars?"). To a
    question asking for a way to reach someone, "helst sms till 070-..." is the answer."""
    for q in qs:
        a = answers[q.q.key]
        if q.q.kind != "text" or not isinstance(a.value, str) \
                or asks_for_contact(q.q.kind, q.q.text):
            continue
        sentences = split_sentences(a.value)
        kept: list[str] = []
        after_wish = False
        for s in sentences:
            # what follows the wish about the meeting ("Passar det någon gång i februari?")
            # goes with it
            if wants_interview(s) or (after_wish and after_wish_to_meet(s)) \
                    or (wants and asks_when_to_meet(s)):
                after_wish = True
                continue
            after_wish = False
            kept.append(s)
        if len(kept) != len(sentences):
            answers[q.q.key] = Answer(" ".join(kept) or None, a.raw, False, source)


# a bracketed note on the writing itself: an apology, the language it is written in ("(perdón,
# på spanska, det är lättare)", "(sorry, in English)", "(jag skriver på arabiska)")
_ON_THE_WRITING = re.compile(
    r"^\s*\((?=[^()]{0,80}\))(?=[^()]*(?:\b(?:förlåt|ursäkta|sorry|apologies|excuse|perd[oó]n"
    r"|pardon)\b|\bpå\s+\w+ska\b|\bin\s+(?:english|swedish|spanish|arabic|persian|french"
    r"|german|turkish|polish|somali|bosnian|kurdish|\w+ish)\b))[^()]*\)\s*", re.I)


def _drop_story_lead_ins(answers: dict[str, Answer], qs: list[Asked]) -> None:
    """A text answer opening with the writer's choice to tell rather than answer plainly
    ("Låt mig berätta om midsommar i stället för att svara ja eller nej. Vi hade ...", "It
    says more than a yes or no: ...") or saying two answers are written as one ("Svaret på
    3 och 4 hänger ihop så jag skriver dem tillsammans."): the lead-in is said to the reader,
    what follows it is the answer."""
    for q in qs:
        a = answers[q.q.key]
        if q.q.kind != "text" or not isinstance(a.value, str):
            continue
        aside = _ON_THE_WRITING.match(a.value)
        if aside and a.value[aside.end():].strip():
            # "(förlåt, på engelska, det går fortare) We have ...": a bracketed note on the
            # writing itself opening the answer is said to the reader, the rest answers
            a = answers[q.q.key] = dataclasses.replace(a, value=a.value[aside.end():].strip())
        pasted = _PASTED_FROM.match(a.value)
        if pasted and a.value[pasted.end():].strip():
            # "Jag klistrar in texten från vår hemsida: Kören ...", "Copied from our annual
            # report: We are ...": where the text was taken from, said to the reader, is no
            # part of the answer that follows its colon
            a = answers[q.q.key] = dataclasses.replace(a, value=a.value[pasted.end():].strip())
        first, *more = split_sentences(a.value) or [""]
        if more and (tells_instead_of_answering(first) or answers_together(first)):
            at = a.value.find(first)
            rest = a.value[at + len(first):].strip() if at >= 0 else " ".join(more)
            answers[q.q.key] = dataclasses.replace(a, value=rest)


# a lead-in naming where the pasted text comes from, closed by its colon: "Jag klistrar in
# texten från vår hemsida:", "Vi kopierar från verksamhetsberättelsen:", "Här är texten från
# vår webbplats:", "Copied from our website:", "I'm pasting the text from our annual report:"
_PASTED_FROM = re.compile(
    r"^(?:(?:jag|vi)\s+(?:klistrar|kopierar|lånar)\s+(?:in\s+)?|(?:kopierat|klistrat|inklistrat|hämtat)"
    r"\s+|här\s+(?:är|kommer)\s+|(?:i'm|i\s+am|we're|we\s+are|i'll|we'll)\s+(?:pasting|copying"
    r"|paste|copy)\s+(?:in\s+)?|(?:copied|pasted|taken)\s+|here(?:'s|\s+is)\s+)"
    r"(?:[\w-]+\s+){0,3}?(?:från|ur|from)\s+(?:[\w-]+\s+){0,3}?(?:hemsida\w*|webbplats\w*"
    r"|webbsida\w*|sajt\w*|facebook\w*|instagram\w*|verksamhetsberättelse\w*|årsberättelse\w*"
    r"|broschyr\w*|folder\w*|stadgar\w*|website|web\s+page|site|homepage|annual\s+report"
    r"|brochure|leaflet|facebook|instagram)\s*:\s*",
    re.I)


_HEADER_FIELD = re.compile(
    r"\b(?:från|from|skickat|sent|ämne|subject|datum|date|till|to)\s*:\s", re.I
)


@short_cache(maxsize=4096)  # every answer's sentences, against the same survey's questions
def _restates_question(key: str, keys: tuple[str, ...]) -> bool:
    # score_cutoff one below the test: rapidfuzz gives up early on a pair that cannot
    # reach it, and a pair that does gets its exact score (no rounding at the boundary)
    return len(key.split()) >= 5 and any(
        fuzz.partial_ratio(key, k, score_cutoff=91) >= 92 for k in keys)


def _answers_in_its_words(sentence: str, keys: tuple[str, ...]) -> bool:
    """SENTENCE says an answer in a question's own words rather than restating it: a
    statement (no "?"), shorter than the question, with a word of its own where the
    question asks ("Två av dem är under 26 år." to "..., och hur många av dem är under 26
    år?", "Three of them are under 26."): the part of a question it answers, not the question
    pasted."""
    if sentence.rstrip().endswith("?"):
        return False
    words = match_key(sentence).split()
    for k in keys:
        asked = k.split()
        if fuzz.partial_ratio(" ".join(words), k) < 92 or len(words) >= len(asked):
            continue
        own = [w for w in words if not any(fuzz.ratio(w, a) >= 85 for a in asked)]
        if own:
            return True
    return False


def _drop_quoted_questions(answers: dict[str, Answer], qs: list[Asked], source: str) -> list[str]:
    """An answer that runs into the survey's own question texts (an original pasted without
    quote marks slipped through): the questions and what follows are no answer. The own
    words before them stay; the record is flagged either way."""
    flags: list[str] = []
    keys = tuple(q.key_full for q in qs if len(q.key_full.split()) >= 6)
    for q in qs:
        a = answers[q.q.key]
        if q.q.kind != "text" or not isinstance(a.value, str):
            continue
        sentences = split_sentences(a.value)
        cut = None
        for j, sentence in enumerate(sentences):
            if _restates_question(match_key(sentence), keys) \
                    and not _answers_in_its_words(sentence, keys):
                cut = j
                break
        if cut is None:
            continue
        while cut > 0 and _HEADER_FIELD.search(sentences[cut - 1]):
            cut -= 1  # "Från: Samordnare ... Skickat: ... Ämne: ..." above the questions
        kept = " ".join(sentences[:cut]).strip()
        hdr = _HEADER_FIELD.search(kept)
        if hdr:
            kept = kept[: hdr.start()].strip()
        answers[q.q.key] = Answer(kept or None, a.raw, False, source)
        flags.append(f"quoted_questions:{q.q.key}")
    return flags


# (also the doing said of themselves: "Vi gör det genom läxhjälp ...", "Det gör vi genom ...")
_OPENING_YES_NO = re.compile(r"^(?:ja|nej|yes|no|japp|nä|absolut|självklart|j[ao]visst|klart"
                             r"|vi\s+gör\s+det|det\s+gör\s+vi|we\s+do)\b", re.I)


def _asks_back(sentence: str, q: Asked) -> bool:
    """SENTENCE is Q asked back in the writer's words: short, a question, on Q's topic."""
    return sentence.rstrip().endswith("?") and n_words(sentence) <= 6 \
        and names_topic(sentence, q.q)


def _split_spanned_text(answers: dict[str, Answer], qs: list[Asked], found: Found,
                        source: str) -> list[str]:
    """"3+4. Vi håller öppna repetitioner ... Det som är svårt är ...": one answer given to two
    text questions by a span of numbers. It is split before the first sentence that speaks in
    the second question's own topic words (those the first question's text lacks: "svårt",
    "möjligheten" for "hinder respektive möjligheter") when none comes before it; the split
    is a guess by words, so it is flagged (by_position)."""
    flags: list[str] = []
    for idx, q in enumerate(qs[:-1]):
        nxt = qs[idx + 1]
        end = found.spans.get(q.num, q.num)
        # "1 och 3: ..." with "2: Ja" of its own: the span's last question is the second
        # one it answers, when every question between has an answer of its own
        between = [x for x in qs[idx + 1:] if x.num < end]
        if between and all(answers[x.q.key].value is not None for x in between):
            nxt = next((x for x in qs if x.num == end), nxt)
        a, b = answers[q.q.key], answers[nxt.q.key]
        if q.q.kind != "text" or nxt.q.kind != "text" or b.value is not None \
                or not isinstance(a.value, str) or end < nxt.num:
            continue
        own = set(content_words(q.q.text))
        distinct = [w for w in content_words(nxt.q.text)
                    if not any(words_match(w, x) for x in own)]
        sentences = split_sentences(normalize_ws(a.value))
        hits = [k for k, sentence in enumerate(sentences)
                if any(words_match(w, d) for w in content_words(sentence) for d in distinct)]
        if not hits or hits[0] == 0:
            continue
        k = hits[0]
        first, second = " ".join(sentences[:k]), " ".join(sentences[k:])
        answers[q.q.key] = Answer(first, first, False, a.source)
        answers[nxt.q.key] = Answer(second, second, False, source)
        flags.append("by_position")
    return flags


def _opens_with_yes_no(sentence: str) -> bool:
    return bool(_OPENING_YES_NO.match(sentence)) and parse_yes_no(sentence).value is not None


def _paragraphs_above_a_later_heading(lines: list[Line], found: Found,
                                      qs: list[Asked]) -> _ByPosition | None:
    """Paragraphs with no heading above the first one found when that one is a later
    question's and the yes/no is among those before it ("Vi är ... / Nej, det gör vi inte.
    ... / Fråga 4 har vi inget att säga om.", or the last answer under its own heading
    "Hinder och möjligheter:"): read by their order as the answers to the questions before
    it, as a reply with no headings at all is. None when their shape does not fit."""
    if not found.answers or not found.first_line or found.by_order:
        return None
    first = min(found.answers)
    before = [q for q in qs if q.num < first]
    if not any(q.q.kind == "yes_no" for q in before) or before[-1].q.kind != "text" \
            or any(ln.quoted for ln in lines[: found.first_line]):
        return None
    by_pos = answers_by_position(lines[: found.first_line], before)
    if set(by_pos.answers) - {q.num for q in before}:
        return None
    for i, q in enumerate(before):
        if q.num in by_pos.answers:
            continue
        # only a follow-up not asked after the yes/no's answer may be left out ("... så
        # svaret på fråga två är ja." where it asks "Om nej: ...")
        prev = before[i - 1] if i else None
        said = by_pos.answers.get(prev.num) if prev is not None and prev.q.kind == "yes_no" \
            else None
        if not said or not not_asked_after(parse_yes_no(raw_text(said)).value, q.q):
            return None
    return by_pos


def _intro_as_first_answer(lines: list[Line], found: Found,
                           qs: list[Asked]) -> tuple[str, bool] | None:
    """Prose above the first marker when the first question has none ("Hej! Vi är en kör i
    Husie ... / 2. Ja / 3. ..."): by its place, it answers the first question. Returns the
    answer and whether a label in it named the question by its number (no guess then)."""
    if not found.answers or not found.first_line or qs[0].num in found.answers:
        return None
    if qs[0].q.kind != "text" or any(ln.quoted for ln in lines[: found.first_line]):
        return None
    pars = body_paragraphs(lines[: found.first_line])
    text = normalize_ws(" ".join(strip_greeting(p) for p in pars))
    # "rättelse till vårt svar:" introduces the answers below it, it is none
    sentences = [s for s in split_sentences(text)
                 if not META.search(s) and not PREAMBLE.match(s) and not wants_interview(s)
                 and not s.rstrip().endswith(":")]
    said = split_sentences(text)
    if said and _REPORTED_QUESTION.match(f"{said[0]} x") and len(sentences) > 1 \
            and qs[0].num in heading_scorer(tuple((q.num, q.q) for q in qs)).candidates(
                said[0], min_score=0.5, min_coverage=0.5, margin=99.0)[0] \
            and not any(_QUESTION_REF.search(x) for x in said):
        # "Ni frågar vilka vi är. Oxie Ridklubb är ...": the first question asked again in
        # the writer's words heads the prose under it; its answer by that heading, no guess
        return " ".join(x for x in said[1:] if x in sentences), True
    for k, s in enumerate(said):
        # "Jag hoppas det går bra så här. På er första fråga, om vilka vi är: Seniorklubben
        # är ...", "As for question 1: We are ...": a label naming the first question by its
        # number, its answer after it; what stands before the label is about the mail
        m = _own_label(s)
        if not m or not m.group("colon") or n_words(m.group("l")) > 8:
            continue
        refs = {_ref_number(r) for r in _QUESTION_REF.finditer(m.group("l"))}
        after = [s[m.end():], *(x for x in said[k + 1:] if x in sentences)]
        if refs == {qs[0].num} and not any(_QUESTION_REF.search(x) for x in after) \
                and n_words(" ".join(after)) >= 6:
            return " ".join(after), True
    yes_no = qs[1] if len(qs) > 1 and qs[1].q.kind == "yes_no" else None
    if yes_no is not None and yes_no.num not in found.answers and len(sentences) > 1 \
            and _opens_with_yes_no(sentences[0]) \
            and (st := yes_no_statement(sentences[0], yes_no.q)) is not None \
            and st.pure and st.value is not None:
        # "Ja, vi arbetar mot segregation! Här kommer lite om oss. / Klubben startade ...":
        # the yes or no said whole before the description answers the yes/no question, the
        # description after it the first
        found.answers[yes_no.num] = [yes_no_word(st.value)]
        sentences = sentences[1:]
        while len(sentences) > 1 and announces_description(sentences[0]):
            sentences = sentences[1:]  # "Först lite om oss.": what follows, announced
    if not sentences or n_words(" ".join(sentences)) < 6:
        return None
    if any(_QUESTION_REF.search(s) or _ANSWER_REF.search(s) for s in said):
        # "vi vill ändra svaret på fråga 2 och 3 ...", "byt ut svar 3 och 4": prose that
        # speaks of the questions or answers by number is about the answers below it (a
        # correction, an addition), not question 1's
        return None
    text = " ".join(sentences)
    # "Vad vi är och gör: Vi är en ...": a short label of the writer's own over the text
    # that its siblings below answer under headings - a heading, whatever its words. A
    # sentence starts after it ("... tre saker: läxhjälp, fotboll" is one sentence).
    m = _own_label(text)
    rest = text[m.end():] if m else ""
    if m and n_words(m.group("l")) <= 8 and rest[:1].isupper() and not _PART_LABEL.search(rest) \
            and n_words(rest) >= 6:
        text = rest
    return text, False


# the yes said again in a sentence of its own: "Det gör vi i allra högsta grad."
# a short clause before a comma, then a clause of its own with its subject
_YES_CLAUSE_THEN_OWN = re.compile(
    r"^(?P<c>[^,;:]{2,25}),\s+(?P<rest>(?:vi|jag|we|i|alla|föreningen|klubben)\s+\w.*)$",
    re.I | re.S)
# the yes said again with its verb alone, the doing left out: "vi gör", "we do", "vi har"
_ELLIPTIC_YES = re.compile(r"^(?:vi|jag|we|i)\s+(?:gör|har|do|have)(?:\s+(?:det|it))?$", re.I)
_SAID_AGAIN = re.compile(r"(?i)(?:det\s+gör\s+vi|vi\s+gör\s+det|ja|yes|absolut|självklart"
                         r"|definitivt|verkligen|we\s+do|indeed)\b")


# "Vi har inte arbetat med det", "We haven't worked on it": the question's verb denied of
# themselves, its object a pronoun
_WE_DONT_IT = re.compile(
    r"(?i)^(?:vi|we)\s+(?:\w+\s+){0,2}?(?:inte|ej|aldrig|not|never|haven'?t|hasn'?t|don'?t"
    r"|didn'?t)\s+(?:\w+\s+){0,2}?(?:arbetat|jobbat|arbetar|jobbar|worked|work(?:ing)?)\s+"
    r"(?:\w+\s+){0,2}?(?:med|mot|on|against|with)\s+(?:det|den|detta|denna|it|this|that)\b")


# the answer word said last, after a comma, all that follows the question said back
_ANSWER_WORD_AFTER = re.compile(r"(?i),\s*(ja|nej|yes|no)\s*[.!]*\s*$")


def _yes_no_from_prose(answers: dict[str, Answer], qs: list[Asked], source: str) -> list[str]:
    """The yes/no question left unanswered while another answer says yes or no in a sentence
    ("Det gör vi absolut. Hela idén ...", "... och ja vi jobbar mot segregation varje dag"):
    take it from there, flagged. Its follow-up loses a sentence that says nothing else."""
    flags: list[str] = []
    for idx, q in enumerate(qs):
        a = answers[q.q.key]
        if q.q.kind != "yes_no" or a.said:
            continue
        nxt = qs[idx + 1] if idx + 1 < len(qs) else None
        order = ([nxt] if nxt is not None else []) + [x for x in qs if x is not q and x is not nxt]
        said: list[tuple[Asked, int, bool | None, bool]] = []
        named: set[bool] = set()  # given to the question by its number ("fråga 2: ja")
        for other in order:
            o = answers[other.q.key]
            if other.q.kind == "yes_no" or not isinstance(o.value, str):
                continue
            for j, sentence in enumerate(split_sentences(o.value)):
                st = yes_no_statement(sentence, q.q)
                if st is None and j == 0 and other is nxt and _opens_with_yes_no(sentence):
                    # the follow-up ("Om svar ja, ...") opening "Ja, vi har ...": its yes
                    yn = parse_yes_no(sentence).value
                    st = Statement(yn, split_yes_no_explanation(sentence) is None)
                if st is None and j == 0 and other is nxt and follows_up(q, nxt) \
                        and _WE_DONT_IT.match(sentence):
                    # "Vi har inte arbetat med det eftersom ...": the follow-up opening on not
                    # doing it, "det" the question's topic in that place: a no, with its
                    # reason (the sentence stays the follow-up's; flagged as from prose)
                    st = Statement(False, False)
                if st is not None:
                    said.append((other, j, st.value, st.pure))
                    if (v := by_number(sentence, q.q)) is not None:
                        named.add(v)
        if not said:
            continue
        values = {v for _, _, v, _ in said}
        if len(values) > 1 or None in values:
            answers[q.q.key] = Answer(None, said[0][0].q.key, True, source)
            flags.append(f"yes_no_conflict:{q.q.key}")
            continue
        other, j, value, pure = said[0]
        answers[q.q.key] = Answer(value, yes_no_word(value), False, source)
        o = answers[other.q.key]
        first = split_sentences(o.value)[0] if isinstance(o.value, str) else ""
        # the follow-up's own answer opening with a plain yes or no ("Det gör vi absolut.",
        # "Ja, vi ...") is as good as the question's own answer, and so is one that names the
        # question it answers ("så svaret på er andra fråga blir ja"): a note; anywhere else,
        # hedged or said both ways, a doubt
        sure = (other is nxt and j == 0 and follows_up(q, nxt)
                and clear_yes_no_opening(first, q) is value) or named == {value}
        flags.append(f"{'yes_no_from_follow_up' if sure else 'yes_no_from_prose'}:{q.q.key}")
        if (pure and j == 0 and other is nxt and parse_yes_no(first).value is not None
                and split_yes_no_explanation(first) is None) or (
                j == 0 and other is nxt and n_words(first) <= 14 and names_topic(first, q.q)
                and (after := _ANSWER_WORD_AFTER.search(first)) is not None
                and (after.group(1).lower() in ("ja", "yes")) is value):
            # "Det gör vi absolut." alone; "Vi ser oss som en del av arbetet mot segregation,
            # ja.", "We see ourselves as part of that work, yes.": the question said back in
            # the writer's words, the answer word after it - the yes/no's sentence, no how
            rest = " ".join(split_sentences(o.value)[1:])
            answers[other.q.key] = Answer(rest or None, o.raw, False, o.source)
        elif not pure and j == 0 and other is nxt \
                and (said_whole := _YES_FORMULA_COMMA.match(first)):
            # "Klart vi gör, vi tar med ...", "Ja, det gör vi, genom ...": the yes said whole,
            # then a comma and the how - the how starts after it, as after "2 och 3. Ja, ..."
            rest = " ".join([first[said_whole.end() - 1:], *split_sentences(o.value)[1:]])
            answers[other.q.key] = Answer(rest, o.raw, False, o.source)
        elif not pure and j == 0 and other is nxt \
                and (cut := after_by_number(first, q.q)) is not None:
            # "Eftersom vi inte ... blir svaret på fråga 2 nej – vi är en hobbyförening ...":
            # the yes/no given by number, then what they do or why not after the dash
            rest = " ".join([first[cut:], *split_sentences(o.value)[1:]])
            answers[other.q.key] = Answer(rest, o.raw, False, o.source)
        elif isinstance(o.value, str) and j > 0 \
                and j == len(sentences := split_sentences(o.value)) - 1 \
                and (concludes_yes_no(sentences[j], q.q) or adds_yes_no(sentences[j], q.q)):
            # "... nu är fyra av dem med på kursen. Så ja, vi arbetar för att ...": the yes
            # drawn from the story that ends the answer is the yes/no's, no part of it; so is
            # one added with an "and" ("... kurser för barn. Och ja, vi arbetar mot
            # segregation, det är hela idén.")
            rest = " ".join(sentences[:j])
            answers[other.q.key] = Answer(rest, o.raw, False, o.source)
        elif pure and isinstance(o.value, str):
            # a sentence that is only a yes or no ("Nej inte direkt.", "Ja absolut.") inside
            # another answer is the yes/no's answer taken from there, no part of that one
            sentences = split_sentences(o.value)
            # ... and so is one that says the question back, nothing else ("Vi har inga
            # samarbeten.", "Det räcker inte för oss.": its verb of the writer or of the
            # thing asked about, unseen126)
            if len(sentences) > 1 and ((n_words(sentences[j]) <= 3
                                        and _opens_with_yes_no(sentences[j]))
                                       or said_back(sentences[j], q.q) is value):
                # the question asked back right before it goes with it ("... verktyg.
                # Motverkar vi segregation? Ja, absolut.")
                i = j - 1 if j >= 2 and _asks_back(sentences[j - 1], q) else j
                rest = " ".join(sentences[:i] + sentences[j + 1:])
                answers[other.q.key] = Answer(rest, rest, False, o.source)
    return flags


def _yes_no_by_number_in_note(answers: dict[str, Answer], qs: list[Asked], own_text: str,
                              source: str) -> list[str]:
    """The yes/no question still open while the reply's own text, outside every answer,
    gives it a yes or no by its number ("vi vill ändra svaret på fråga 2 till ja", "please
    change question 2 to yes"): that is its answer - named, as a label names it."""
    flags: list[str] = []
    for q in qs:
        a = answers[q.q.key]
        if q.q.kind != "yes_no" or a.said:
            continue
        given = {v for par in own_text.split("\n\n")
                 for sentence in split_sentences(normalize_ws(par))
                 if (v := by_number(sentence, q.q)) is not None}
        if len(given) == 1:
            value = given.pop()
            answers[q.q.key] = Answer(value, yes_no_word(value), False, source)
            flags.append(f"yes_no_from_follow_up:{q.q.key}")
    return flags


_HEDGE_WORD = re.compile(r"(?i)\b(?:nog|väl|ju|probably)\s+")


def _yes_no_taken_back(answers: dict[str, Answer], qs: list[Asked], source: str) -> list[str]:
    """The yes/no question's own yes or no taken back in another answer by the question's
    number ("2. Ja" ... "3. ... så svaret på 2 är nog egentligen nej.", "2. No" ... "so the
    answer to question 2 is yes after all"): the writer's later word on it is the value, and
    a person judges (`yes_no_contradicts`)."""
    flags: list[str] = []
    for q in qs:
        a = answers[q.q.key]
        if q.q.kind != "yes_no" or not isinstance(a.value, bool):
            continue
        # (hedged or not: "nog egentligen nej" takes it back all the same, and is flagged)
        given = {v for other in qs if other.q.kind != "yes_no"
                 and isinstance(o := answers[other.q.key].value, str)
                 for sentence in split_sentences(o)
                 if (v := by_number(_HEDGE_WORD.sub("", sentence), q.q)) is not None}
        if given == {not a.value}:
            answers[q.q.key] = Answer(not a.value, a.raw, False, a.source)
            flags.append(f"yes_no_contradicts:{q.q.key}")
    return flags


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
