"""Evidence for the readings the parser makes without markers (issue 9: flags that mean
something). A reading found by order, from prose or inside the quoted original is flagged
for a person UNLESS the reply's own shape confirms it; then a note records how it was read
and nobody has to look. Each check is general: it looks at shapes (how many paragraphs, a
plain yes or no, where a paragraph break falls), the question texts from the config and
general language (yes/no words, hedges, greetings), never at one survey's wording.

- `position_fits`: paragraphs lined up with the questions by their order. Confirmed when
  the count matched exactly (the caller's rule), the yes/no paragraph is a plain yes or no,
  every text paragraph reads as an answer (no greeting, label, heading line, note about the
  mail, question) and none is closer in content words to another question than to its own;
  the last may look like a closing to the line model unless it speaks in its own
  question's words.
- `clear_yes_no_opening`: the first sentence of the follow-up's own answer opens with a plain
  yes or no ("Ja, ...", "Det gör vi absolut.", "Absolut, det är hela idén.", "Segregation,
  ja ..."): as good as the yes/no question's own answer. Hedged ("nog", "väl", "inte
  uttalat"), mixed or said both ways, it is not.
- `quote_answers_fit`: answers typed into the quoted original, one under each question, the
  last one a single paragraph that does not end speaking of the mail (past it starts the
  original's own closing text: where a longer last answer ends is a guess).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..config import Question
from .cues import CLOSING
from .framing import APOLOGY, GREETING, META, PREAMBLE, is_name_and_role
from .headings import HeadingScorer
from .line_model import closing_probability
from .lines import Asked
from .statements import (
    _ANSWER_IS,
    _CLAUSE_SPLIT,
    _EXPLICIT,
    _FILLER,
    _NEGATED,
    _WE_DO,
    names_topic,
    yes_no_said_again,
    yes_no_statement,
)
from .text import normalize_ws, split_sentences
from .to_reader import said_to_reader
from .yes_no import _MIXED, parse_yes_no, said_both_ways

# Words that make a yes or no less than plain: a guess, a "not really", a "in practice".
_HEDGE = re.compile(
    r"\b(?:nog|väl|kanske|typ|liksom|ungefär|antagligen|troligen|troligtvis|förmodligen"
    r"|tror|antar|hoppas|i\s+praktiken|i\s+princip|på\s+sätt\s+och\s+vis|i\s+viss\s+mån|delvis"
    r"|inte\s+(?:egentligen|uttalat|uttryckligen|direkt|specifikt|officiellt|formellt|aktivt"
    r"|medvetet|riktigt|så\s+mycket|som\s+\w+)|egentligen\s+inte"
    r"|probably|maybe|perhaps|i\s+(?:guess|think|suppose)|sort\s+of|kind\s+of|not\s+really"
    r"|not\s+(?:explicitly|directly|officially|formally|as\s+such)|in\s+practice|partly)\b",
    re.I,
)
_YES_WORD = re.compile(r"\b(?:ja|jo|japp|yes|absolut|självklart|visst|definitivt)\b", re.I)
_NO_WORD = re.compile(r"\b(?:nej|nä|inte|ej|aldrig|no|not|never)\b", re.I)
# A label or a number before the answer that the marker reader did not know ("Fr 1.",
# "Punkt 2)", "Q-3:"): what follows may belong anywhere.
_LABEL_LEAD = re.compile(r"^\s*\S{1,12}\s*[-#]?\s*\d{1,2}\s*[.:)\]]")
_WORD = re.compile(r"\w+")
# A client that wraps at 72-78 characters leaves lines about this long before a break: a
# shorter line ("ja klart") was ended by the writer, a longer one was never wrapped
_WRAP_WIDTH = (45, 80)
# below the model's own threshold for cutting a line: here a doubt only costs a look
_CLOSING_DOUBT = 0.5
# a short answer of its own that a closing never is: "Vet ej.", "Inga.", "No idea."
_DONT_KNOW = re.compile(
    r"^(?:vet\s+(?:ej|inte)|ingen\s+aning|inga|inget|inga\s+(?:hinder|problem)"
    r"|don'?t\s+know|no\s+idea|none)[\s.!]*$", re.I)
# A paragraph that goes on from the one before: "Dessutom ...", "Men ...", "We also ..."
_CONTINUES = re.compile(
    r"^(?:och|men|även(?!\s+(?:om|fast)\b)|dessutom|också|därtill|utöver\s+(?:det|detta)|förutom\s+(?:det|detta)"
    r"|plus|likaså|and|but|also|moreover|besides|in\s+addition|furthermore)\b",
    re.I,
)
# "Och ja, vi jobbar ...", "And no, we have not ...": the "and" turns to the yes/no's answer
# word, said with its comma or stop - the next answer, not more of the one before it
_TURNS_TO_YES_NO = re.compile(r"(?i)^(?:och|and)\s+(?:ja|jo|nej|yes|no)\s*[,.!]")
# ("även om", "även fast": a concession, "even if" - not "also")
_ALSO = re.compile(r"\b(?:också|även(?!\s+(?:om|fast)\b)|dessutom|likaså|also|too|as\s+well)\b",
                   re.I)


def _also_early(opening: str) -> bool:
    """"också"/"also" among the first five words (read in the whole sentence, so that
    "även" before "om" in the sixth is seen as the concession it is)."""
    m = _ALSO.search(opening)
    return m is not None and m.start() < len(" ".join(opening.split()[:5]))


_POSTSCRIPT = re.compile(r"^(?:p\.?\s?s\.?|ps)\b", re.I)
# the mail itself spoken of: "vårt svar", "er förfrågan", "inbjudan", "enkäten"
_ABOUT_MAIL = re.compile(
    r"\b(?:svar|svaren|svaret|förfrågan|inbjudan|utskick\w*|frågeformulär\w*|kartläggning\w*"
    r"|sammanställning\w*|reply|request)\b"
    # results are the survey's when said to the reader ("Lycka till med resultatet", "ta del
    # av resultaten", "we look forward to the results"), not the association's own ("Men
    # skolorna ser resultaten")
    r"|(?=.*\b(?:ni|er|ert|era|dig|du|you|your|ta\s+del|fram\s+emot|forward|lycka|luck"
    r"|hoppas|hope|dela|share)\b).*\b(?:resultat\w*|results?)\b",
    re.I)


def _n_words(text: str) -> int:
    return len(_WORD.findall(text))


# A clause of purpose or cause: what is "not" there is the aim or the reason, not the
# answer ("Vi gör det genom gratis läxhjälp, så att det inte är plånboken som avgör").
# A contrast ("men", "fast", "but") is not one: "Ja, men inte som förening" is said both ways.
_PURPOSE = re.compile(r"[,\s](?:så\s+att|för\s+att|eftersom|so\s+that|in\s+order\s+to|because)\s",
                      re.I)


_CONCESSION_AFTER = re.compile(r"[,\s](?:även\s+om|även\s+fast|om\s+än|trots\s+att|even\s+if"
                               r"|even\s+though|although)\s", re.I)


def _said_both_ways(sentence: str, value: bool) -> bool:
    """A yes that also says "not", a no that also says "yes": "Ja, men inte som förening"."""
    if value:
        # "Ja, det gör vi, även om det inte alltid kallas så.": the yes said back, and a
        # concession about it - its "not" limits nothing the yes says (a hedge still does)
        said = _CONCESSION_AFTER.split(sentence, maxsplit=1)[0] \
            if yes_no_said_again(sentence) else sentence
        return bool(_NO_WORD.search(_PURPOSE.split(said, maxsplit=1)[0]))
    rest = _NO_WORD.sub(" ", sentence, count=1)
    return bool(_YES_WORD.search(rest))


def plain_yes_no(text: str) -> bool:
    """TEXT is a yes or a no and little else: "Ja", "Nej.", "Ja, det gör vi.", "Ja vi gör
    det varje dag". Not "Nja", "Ja, men inte som förening", "Inte uttalat"."""
    t = normalize_ws(text)
    yn = parse_yes_no(t)
    if yn.value is None or yn.ambiguous or _n_words(t) > 8:
        return False
    if _MIXED.search(t.lower()) or _HEDGE.search(t):
        return False
    return not _said_both_ways(t, yn.value)


# the hedges that only narrow a no: "inte aktivt", "inte direkt", "not really"
_NARROWING_NO = re.compile(
    r"\b(?:inte\s+(?:egentligen|uttalat|uttryckligen|direkt|specifikt|officiellt|formellt"
    r"|aktivt|medvetet|riktigt|så\s+mycket|som\s+\w+)|egentligen\s+inte|not\s+really"
    r"|not\s+(?:explicitly|directly|officially|formally|as\s+such))\b", re.I)


def clear_yes_no_opening(sentence: str, question: Asked | None = None,
                         narrowed_no: bool = False) -> bool | None:
    """The yes or no SENTENCE opens with, when it opens with a plain one (the first sentence
    of the follow-up's answer, or the yes/no's own paragraph). None when it does not, or
    when it hedges or says it both ways. A leading clause that only names the question's
    topic ("Segregation, ja ...") is read past."""
    s = normalize_ws(sentence)
    if not s or _MIXED.search(s.lower()):
        return None
    head, sep, rest = s.partition(",")
    if sep and question is not None and _n_words(head) <= 3 and names_topic(head, question.q) \
            and not _EXPLICIT.match(_FILLER.sub("", head)):
        s = rest.strip()
    opening = _FILLER.sub("", s)
    if not _EXPLICIT.match(opening):
        return None
    yn = parse_yes_no(opening)
    if yn.value is None or yn.ambiguous:
        return None
    # NARROWED_NO (the yes/no's own paragraph): "Nej, vi arbetar inte aktivt mot
    # segregation." is still a plain no; the same words after a yes ("Ja, inte aktivt") hedge it
    if _HEDGE.search(_NARROWING_NO.sub(" ", s) if narrowed_no and yn.value is False else s):
        return None
    if question is not None:
        st = yes_no_statement(s, question.q)
        if st is not None and st.value != yn.value:
            return None  # "Ja ... men vi arbetar inte mot segregation": two answers
    if _said_both_ways(opening, yn.value):
        return None
    return yn.value


def yes_in_the_questions_words(sentence: str, question: Asked) -> bool:
    """SENTENCE opens by saying yes in the yes/no QUESTION's own words, the writer the
    subject: "Vi jobbar faktiskt en hel del mot segregation genom att ...", "We work against
    segregation by ...". No negation, hedge or "both" anywhere in it: as clear as "Ja, vi ..."
    opening the follow-up's answer. (A yes said only by doing it in a later clause, "...,
    och vi jobbar med den", is not this.)"""
    s = normalize_ws(sentence)
    first = _FILLER.sub("", _CLAUSE_SPLIT.split(s)[0])
    return bool(_WE_DO.match(first)) and names_topic(first, question.q) \
        and not _NEGATED.search(s) and not _HEDGE.search(s) and not _MIXED.search(s.lower())


# A question that asks on from the one before it: "Om svar ja på ovanstående fråga, ...".
_ASKS_ON = re.compile(
    r"ovanstående|föregående|om\s+(?:svar(?:et)?\s+(?:är\s+)?)?(?:ja|nej)\b|om\s+så\s+är"
    r"|if\s+(?:yes|so|no)\b|above|previous",
    re.I,
)


# The follow-up's condition: on a yes ("Om ja:", "Om svar ja på ovanstående fråga", "If
# yes,", "Om så är fallet") and on a no ("Om nej", "Om svaret är nej, berätta varför",
# "varför inte?", "If not, why?").
_ON_YES = re.compile(
    r"\bom\s+(?:svar(?:et)?\s+(?:är\s+)?)?ja\b|\bom\s+så\s+är|\bif\s+(?:yes|so)\b", re.I)
_ON_NO = re.compile(
    r"\bom\s+(?:svar(?:et)?\s+(?:är\s+)?)?(?:nej|inte)\b|\bvarför\s+(?:inte|ej)\b"
    r"|\bif\s+(?:no|not)\b|\bwhy\s+not\b|\botherwise\b|\bannars\b", re.I)


def asked_only_on(nxt: Question) -> bool | None:
    """The one answer NXT, the follow-up, asks on: True after a yes only ("Om ja: vilka dagar
    ...?", "If yes, how?"), False after a no only ("Om nej: vad är det som hindrar er?", "If
    not, why not?"), None when it asks on either or names neither. The words a writer puts
    after the other answer ("Nej, vi har egen hall.", "Ja, både hemsida och Facebook.") are
    that answer's own comment, never the follow-up's answer, and the follow-up left empty
    after it is no gap."""
    if nxt.kind != "text":
        return None
    on_yes, on_no = bool(_ON_YES.search(nxt.text)), bool(_ON_NO.search(nxt.text))
    return True if on_yes and not on_no else False if on_no and not on_yes else None


def not_asked_after(value: bool | None, nxt: Question) -> bool:
    """VALUE, the yes/no's answer, is the one NXT does not ask on ("Ja" before "Om nej:
    ...", "Nej" before "Om ja: ..."): NXT has nothing to take from it."""
    on = asked_only_on(nxt)
    return value is not None and on is not None and value != on


def asks_on_from(yes_no: Question, nxt: Question) -> bool:
    """NXT asks on from the yes/no question (refers back to it, or asks about its topic); a
    text question after it that does neither ("Övrigt: ...") is a question of its own."""
    return nxt.kind == "text" and bool(_ASKS_ON.search(nxt.text) or names_topic(nxt.text, yes_no))


def follows_up(yes_no: Asked, nxt: Asked) -> bool:
    """NXT asks on from the yes/no question (refers back to it, or asks about its topic):
    only then does a yes or no opening NXT's answer answer the yes/no question too."""
    return asks_on_from(yes_no.q, nxt.q)


def _reads_as_answer(unit: str, first: bool, last: bool = False,
                     after_yes_no: bool = False) -> bool:
    """A paragraph that can stand as an answer as it is: no greeting, label or heading line
    left on it, no note about the mail (first or last), no question, and it does not go on
    from the paragraph before ("Dessutom ...": one answer in two paragraphs). AFTER_YES_NO:
    the paragraph before is a plain yes or no in the yes/no question's place, a whole answer
    that nothing goes on from, so an "också" there is the follow-up's ("Vi ser att
    segregation också handlar om ...")."""
    text = unit.strip()
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if not lines or text.endswith("?"):
        return False
    if len(lines) > 1 and _n_words(lines[0]) <= 5 and not re.search(r"[.!]$", lines[0]):
        return False  # a heading line of its own above the answer ("Fråga ett", "Vilka vi är")
    flat = normalize_ws(text)
    if _LABEL_LEAD.match(flat):
        return False
    sentences = split_sentences(flat)
    opening = sentences[0] if sentences else flat
    if _n_words(opening) <= 2 and opening.endswith(("!", ",")) and len(sentences) > 1:
        return False  # "Silav!", "Hola!": a greeting in any language left on the answer
    if GREETING.match(opening) or PREAMBLE.match(opening) or APOLOGY.search(opening):
        return False
    if not first and not after_yes_no and (
            (_CONTINUES.match(opening) and not _TURNS_TO_YES_NO.match(opening))
            or _also_early(opening)):
        return False  # "Vi har även en sommarkör ...": more of the answer before it
    if _POSTSCRIPT.match(opening):
        return False  # "PS. ...": an afterthought, not an answer in its place
    # the first paragraph saying something about the mail anywhere ("Bäste samordnare, Här
    # kommer föreningens svar på er förfrågan. Jag har tagit frågorna i ordning.") holds an
    # introduction, not only the first answer
    # introduction; the last one saying it ("Hoppas svaren hjälper er") a closing
    about_mail = [s for s in sentences if META.search(s) or _ABOUT_MAIL.search(s)]
    return not ((first and about_mail) or (last and about_mail and about_mail[-1] == sentences[-1]))


def _clear_yes_no_paragraph(unit: str, q: Asked) -> bool:
    """The yes/no's own paragraph, longer than a plain yes: one sentence that opens with a
    plain yes or no and says nothing the other way or hedged ("Ja, det skulle jag verkligen
    säga att vi gör, även om vi sällan använder det ordet."). More sentences may be more of
    an answer (a "how" put in the yes/no's place): those stay a doubt."""
    sentences = split_sentences(normalize_ws(unit))
    return len(sentences) == 1 and _n_words(unit) <= 25 \
        and clear_yes_no_opening(sentences[0], q, narrowed_no=True) is not None


def clear_yes_no_sentence(unit: str, q: Asked) -> bool:
    """The yes/no's own paragraph is one sentence that says it in words and nothing else
    ("Vi arbetar aktivt för att motverka segregation, ja.", "Vi jobbar inte mot
    segregation."): no hedge, not mixed, not said both ways. As good as a plain yes or no
    in that place; a sentence among others ("... ja det gör vi absolut. Vi är ...") is not."""
    t = normalize_ws(unit)
    if len(split_sentences(t)) != 1 or _n_words(t) > 15 or _MIXED.search(t.lower()):
        return False
    st = yes_no_statement(t, q.q)
    if st is None or st.value is None:
        return False
    if _HEDGE.search(t):
        # "Vi arbetar inte aktivt mot segregation, så svaret blir nej.": a hedged no, then
        # the answer word said plainly as the conclusion - the writer has decided
        return _concluded(t, st.value)
    return not _said_both_ways(t, st.value)


def _concluded(sentence: str, value: bool) -> bool:
    """SENTENCE ends by saying its answer word as the answer ("så svaret blir nej", "so the
    answer is yes"), unhedged, and the same as VALUE."""
    last = _CLAUSE_SPLIT.split(sentence)[-1].strip().rstrip(".!")
    m = _ANSWER_IS.match(_FILLER.sub("", last))
    return m is not None and not _HEDGE.search(last) \
        and (m.group("yn").lower() in ("ja", "yes")) == value


def _names_own_question(scorer: HeadingScorer, q: Asked, unit: str) -> bool:
    """UNIT speaks in its own question's words, clearly and more than in any other's
    ("hinder = pengar ... möjlighet = musiken" in the obstacles' place): an answer, not a
    closing, whatever its shape ("Svårt med lokaler men stora möjligheter med de unga")."""
    scores = {s.num: s.score for s in scorer.scores(unit)}
    own = scores.get(q.num, 0.0)
    return q.q.kind == "text" and own >= 1.5 and all(
        sc < own for n, sc in scores.items() if n != q.num)


def position_fits(units: Sequence[tuple[Asked, str]], questions: Sequence[Asked]) -> bool:
    """UNITS (question, its paragraph by order) read as the answers they were placed as."""
    texts = [(q, u) for q, u in units if q.q.kind == "text"]
    for i, (q, u) in enumerate(units):
        prev = units[i - 1][1].rstrip() if i else ""
        if prev and u.lstrip()[:1].islower() and not prev.endswith((".", "!", "?")) \
                and _WRAP_WIDTH[0] <= len(prev.splitlines()[-1]) <= _WRAP_WIDTH[1]:
            return False  # a line the mail client wrapped, not a paragraph of its own
        if q.q.kind == "yes_no":
            if not (plain_yes_no(u) or _clear_yes_no_paragraph(u, q)
                    or clear_yes_no_sentence(u, q)):
                return False
        elif plain_yes_no(u):
            return False  # a bare yes or no in a text question's place: the order is off
        elif not _reads_as_answer(u, first=i == 0, last=i == len(units) - 1,
                                  after_yes_no=i > 0 and units[i - 1][0].q.kind == "yes_no") \
                or _n_words(u) < 2:
            return False
    # the last place is where a closing the readers did not know ends up ("Vi ses på
    # stämman i vår.", "Skriv gärna om ni vill veta mer."): the learned line model judges
    # it by its shape, and a fair chance of a closing keeps the doubt
    lines = [ln for _, u in units for ln in ("", normalize_ws(u))][1:]  # paragraphs apart
    p = closing_probability(lines, len(lines) - 1, [q.q.text for q in questions])
    scorer = HeadingScorer(tuple((q.num, q.q) for q in questions if q.q.kind == "text"))
    if p is not None and p >= _CLOSING_DOUBT and not _DONT_KNOW.match(lines[-1]) \
            and not _names_own_question(scorer, *units[-1]):
        return False
    # closer in content words to another question than to its own: placed wrong, or an
    # answer to a question out of order
    for q, u in texts:
        scores = {s.num: s.score for s in scorer.scores(u)}
        own = scores.get(q.num, 0.0)
        if any(n != q.num and sc >= 1.5 and sc > own + 1.0 for n, sc in scores.items()):
            return False
    return True


def _last_paragraph(lines: list[str]) -> list[str]:
    """The lines after the last blank one (LINES holds a blank line)."""
    return lines[len(lines) - lines[::-1].index(""):]


def _without_last_paragraph(lines: list[str]) -> list[str]:
    """LINES up to their last blank line, trailing blank lines dropped."""
    out = lines[:len(lines) - lines[::-1].index("") - 1]
    while out and not out[-1]:
        out.pop()
    return out


def quote_answers_fit(answers: dict[int, list[str]], questions: Sequence[Asked],
                      last_num: int | None, by_order: set[int]) -> bool:
    """Answers typed into the quoted original: every question has its own, found under its
    own question (not by order), a yes/no answered with a plain yes or no (or both ways),
    and the last one is a single paragraph."""
    if by_order or any(not "".join(answers.get(q.num, [])).strip() for q in questions):
        return False
    for q in questions:
        said = normalize_ws(" ".join(answers[q.num]))
        # ("Tja, både och.": an answer as plain, both ways, the record shows it as such)
        # (under its own question the no may be narrowed, "Nej, inte uttalat.", and stay plain;
        # a clear opening is a yes or a no: its False is an answer too)
        if q.q.kind == "yes_no" and not (
                plain_yes_no(said) or clear_yes_no_opening(said, narrowed_no=True) is not None
                or said_both_ways(said)):
            return False
    last = [ln.strip() for ln in answers.get(last_num or questions[-1].num, [])]
    while last and not last[-1]:
        last.pop()
    while last and not last[0]:
        last.pop(0)
    # the original's own thanks under the last answer, a paragraph of its own ("Tack på
    # förhand!", "Thanks in advance"): the survey's closing, not more of the answer
    # the same for its paragraph said to the reader about the exchange ("Om ni hellre vill
    # berätta muntligt går det bra att boka en intervju med oss."): the original's, typed
    # by the coordinator under the last question, not a second paragraph of the answer
    while "" in last and (_closing_paragraph(par := _last_paragraph(last))
                          or said_to_reader(" ".join(par))):
        last = _without_last_paragraph(last)
    # the forwarded answers' writer signing with name and role, a paragraph of its own
    # ("Anders Berg, ordf."): a signature, not more of the last answer
    if "" in last and is_name_and_role(" ".join(_last_paragraph(last))):
        last = _without_last_paragraph(last)
    if not last or "" in last:
        return False
    # the original's own closing run on under the last answer ("Vi behöver ett svar per
    # förening senast ..."): the last sentence speaks of the mail, not of the association
    tail = (split_sentences(normalize_ws(" ".join(last))) or [""])[-1]
    return not (said_to_reader(tail) or _ABOUT_MAIL.search(tail))


_CLOSING_WORDS = 6


def _closing_paragraph(lines: list[str]) -> bool:
    """LINES are a short closing and nothing else: every sentence thanks or signs off."""
    sentences = split_sentences(normalize_ws(" ".join(lines)))
    return bool(sentences) and all(
        CLOSING.match(_THANKS_WORD.sub("", x)) and len(re.findall(r"\w+", x)) <= _CLOSING_WORDS
        for x in sentences)


# the thanks said stronger ("Stort tack för hjälpen!", "Tusen tack!", "Many thanks!")
_THANKS_WORD = re.compile(r"^(?:stort|varmt|tusen|innerligt|many|big)\s+(?=tack|thanks)", re.I)
