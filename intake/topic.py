"""Is a mail about the survey? Its own words decide, not the thread it sits in: a new mail
from a private address with "Svar på kartläggningen" is a reply, and a mail in the survey
thread that only asks about a grant is not."""

from __future__ import annotations

import functools
import re

from rapidfuzz import fuzz

from ..config import Survey

_REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|sv|vs|vb|fw|fwd|aw|wg|tr)\s*:\s*)+", re.I)
# Words that talk about answering, said in the survey thread ("Tack, vi återkommer!",
# "Vi skickade våra svar i december"): about the survey only there.
_REPLY_TALK = re.compile(
    r"\b(?:svar(?:et|en|a|ar|ade)?|besvara\w*|frågor(?:na)?|frågeformulär\w*|formulär\w*|"
    r"återkomm\w*|återkommer|enkät\w*|answers?|answered|questions|questionnaire|survey|"
    r"get\s+back\s+to\s+you)\b",
    re.I,
)
# "Innan vi svarar: ...", "Before we answer the questions, ...": the answer is still to come,
# the mail is about what the writer asks first
_BEFORE_ANSWERING = re.compile(
    r"\b(?:innan|före|before)\s+(?:(?:vi|jag|we|I)\s+)?(?:kan\s+|can\s+)?\w*\s*$", re.I)
# "Jag svarar på det här mejlet eftersom ...", "I am replying to this email because ...":
# the verb's object is the mail itself, the channel the writer uses for something else, not
# the survey's questions (a reply answering them says "svarar på frågorna", "här är svaren")
_THE_MAIL_ANSWERED = re.compile(
    r"\s+(?:på|to)\s+(?:det\s+här|den\s+här|detta|denna|ditt|ert|er|this|your)\s+"
    r"(?:mejl|mail|e-?post|e-?mail|meddelande|brev|message)\w*\b(?!\s*(?:om|med|about)\b)",
    re.I)
_QUESTION_SCORE = 90
# The sender says the mail is about something else ("en fråga som inte har med enkäten att
# göra", "en annan sak", "on another matter"): then survey words in it do not count.
_OFF_TOPIC = re.compile(
    r"\b(?:inte|inget|ingenting)\s+(?:har\s+)?(?:något\s+)?(?:att\s+göra\s+)?med\s+"
    r"(?:\w+\s+){1,3}att\s+göra\b"
    r"|\b(?:en|helt)\s+annan\s+(?:fråga|sak|grej)\b|\boff[- ]topic\b"
    # "En fråga vid sidan om: ..." - a question beside the survey
    r"|\b(?:fråga|sak|grej)\s+vid\s+sidan\s+(?:om|av)\b|\ba\s+side\s+(?:question|note)\b"
    r"|\b(?:not|nothing)\s+(?:to\s+do\s+with|related\s+to|about)\s+the\s+(?:survey|questionnaire)"
    # a negated "is about" before the survey's own kind of mail: "en sak som inte handlar om
    # enkäten", "det här gäller inte kartläggningen", "which is not about the questionnaire"
    r"|\b(?:(?:inte|ej)\s+(?:handlar\s+om|gäller|rör|berör)|(?:handlar|gäller|rör|berör)"
    r"\s+(?:inte|ej)(?:\s+om)?)\s+(?:själva\s+)?(?:enkät|kartläggning|undersökning|frågeformulär)"
    r"|\b(?:is\s+not|isn'?t|not)\s+(?:about|regarding|concerning)\s+the\s+"
    r"(?:survey|questionnaire|mapping)"
    r"|\bon\s+(?:another|a\s+different)\s+(?:matter|subject|note)\b"
    # asking in the survey's thread for want of the right person: "Sorry for asking here"
    r"|\b(?:sorry|excuse\s+me)\s+for\s+(?:asking|writing)\s+(?:here|in\s+this)"
    r"|\b(?:ursäkta|förlåt)\s+(?:att\s+)?(?:jag|vi)\s+(?:frågar|skriver)\s+(?:här|i\s+det)"
    r"|\b(?:did\s+not|didn'?t|could\s+not|couldn'?t)\s+find\s+the\s+right\s+(?:person|contact)"
    r"|\bhittade\s+(?:inte|ingen)\s+(?:rätt|annan)\s+(?:person|kontakt)",
    re.I,
)


# The survey's answers said to be others', by one who answers none (a partner body that passed
# the survey on, a colleague at the city): the answering done by a third person ("De svarar
# direkt till dig.", "Föreningarna svarar själva.", "They will reply to you directly.") or
# counted from the reader's side ("Hur många svar har kommit in?", "Hur många har svarat?",
# "How many answers have come in?"). Said by a sender no roster association matched, with
# nothing answered, the mail is about the survey, not a reply to it (unseen107).
_OTHERS_ANSWER = re.compile(
    r"\b(?:de|dom|föreningarna|medlemmarna|they|the\s+(?:associations|clubs|members))\s+"
    r"(?:(?:kommer\s+att|ska|vill|will|would|are\s+going\s+to)\s+)?(?:själva\s+)?"
    r"(?:svarar|besvarar|svara|besvara|reply|answer|respond)\b"
    r"|\bhur\s+många\s+(?:svar|som\s+(?:har\s+)?svarat|har\s+svarat|föreningar\s+har\s+svarat)\b"
    r"|\b(?:svar(?:en)?\s+(?:har\s+)?(?:kommit|kom)\s+in|inkomna\s+svar)\b"
    r"|\bhow\s+many\s+(?:answers|responses|replies|have\s+(?:replied|answered|responded)"
    r"|(?:associations|clubs)\s+have\s+(?:replied|answered|responded))\b",
    re.I,
)


def answers_of_others(own_text: str) -> str | None:
    """Why OWN_TEXT speaks of the survey's answers as other people's (see _OTHERS_ANSWER),
    or None."""
    m = _OTHERS_ANSWER.search(own_text)
    return f"speaks of others' answers: '{m.group(0)}'" if m else None


def off_topic(own_text: str) -> str | None:
    m = _OFF_TOPIC.search(own_text)
    return f"says it is about something else: '{m.group(0)}'" if m else None


@functools.lru_cache(maxsize=16)  # one survey's words: built once, not for every reply
def _word_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    # A word and its inflections ("kartläggning", "kartläggningen", "segregationen").
    stems = sorted({w.lower() for w in words if w.strip()}, key=len, reverse=True)
    if not stems:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in stems) + r")\w*", re.I)


def _own_subject(subject: str, survey: Survey) -> str:
    """The subject the sender wrote: empty when it is the survey's own subject answered
    ("SV: Kartläggning: ..."), which says nothing about what the mail holds."""
    rest = _REPLY_PREFIX.sub("", subject or "").strip()
    rest = re.sub(r"^(?:påminnelse|reminder)\s*:\s*", "", rest, flags=re.I)
    if rest and fuzz.ratio(rest.lower(), survey.name.lower()) >= 90:
        return ""
    return rest


# what parts the words a writer adds from the survey's subject ("... i Malmö - Ja, vi ...")
_SUBJECT_JOIN = re.compile(r"^[\s\-\u2013\u2014:;,|/>]+")


def words_in_subject(subject: str, survey: Survey) -> str:
    """The words a sender wrote in the subject line: the subject without its reply and
    forward prefixes and without the survey's own subject (the words after it, when the
    writer added to it). Empty when it is the survey's subject answered, or says nothing."""
    rest = _REPLY_PREFIX.sub("", subject or "").strip()
    name = survey.name.strip()
    if name and rest.lower().startswith(name.lower()):
        rest = _SUBJECT_JOIN.sub("", rest[len(name):])
    elif _own_subject(subject, survey) == "":
        return ""
    return rest if re.search(r"\w", rest) else ""


def _first_clause(text: str) -> str:
    m = re.match(r"[^?.!]{15,}[?.!]", text.strip())
    return (m.group(0) if m else text.strip()).lower()


def about_survey(subject: str, own_text: str, survey: Survey, *, threaded: bool) -> str | None:
    """Why the sender's own words (quotes stripped) are about the survey, or None. Survey
    words ([survey] keywords, else derived from its name) and restated question texts count
    anywhere; talk of answering ("svar", "återkommer") only in the survey's thread."""
    words = _word_pattern(survey.survey_words)
    own_subject = _own_subject(subject, survey)
    for where, text in (("subject", own_subject), ("text", own_text)):
        m = words.search(text) if words and text else None
        if m:
            return f"survey word '{m.group(0)}' in the {where}"
    lines = [ln.strip().lower() for ln in own_text.splitlines() if len(ln.strip()) >= 15]
    for q in survey.questions:
        clause = _first_clause(q.text)
        if len(clause) >= 15 and any(
            # score_cutoff one below the test: early exit far off, exact near it
            fuzz.partial_ratio(clause, ln, score_cutoff=_QUESTION_SCORE - 1) >= _QUESTION_SCORE
            for ln in lines
            if len(ln) + 5 >= len(clause) * 0.6
        ):
            return f"question {q.number} in the text"
    if threaded:
        m = next((m for text in (own_text, own_subject) for m in _REPLY_TALK.finditer(text)
                  if not _BEFORE_ANSWERING.search(text[:m.start()])
                  and not _THE_MAIL_ANSWERED.match(text, m.end())), None)
        if m:
            return f"'{m.group(0)}' in a reply to the survey"
        if own_text.strip() and "?" not in own_text:
            # A statement in the thread ("Vi träffar er gärna"): about the survey. A question
            # that never speaks of it ("När öppnar bidraget?") is about something else.
            return "a statement in the survey's thread"
    return None
