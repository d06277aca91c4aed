"""Fallbacks for replies without markers: answers by position, and `about` from prose.

One paragraph per question; one fewer with the yes/no opening its follow-up; or prose
split at the sentence that says yes or no (parsers/statements.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ..config import Question
from .cues import CLOSING, DEFERS, SIGN_ROLE, declines
from .evidence import (
    clear_yes_no_opening,
    clear_yes_no_sentence,
    follows_up,
    not_asked_after,
    plain_yes_no,
    position_fits,
    yes_in_the_questions_words,
)
from .framing import (
    APOLOGY,
    DESCRIPTIVE,
    GREETING,
    META,
    PREAMBLE,
    SIGN_OFF,
    after_note_colon,
    body_paragraphs,
    framed_by_note_on_the_mail,
    introduces_writer,
    note_tells_only_of_the_mail,
    strip_greeting,
)
from .heading_pass import heading_scorer
from .headings import HeadingScorer
from .interview import wants_interview
from .lines import Asked, Line, n_words
from .quotes import is_valediction
from .statements import (
    _BY_NUMBER,
    _CONCESSION,
    _MEANS,
    Statement,
    after_by_number,
    by_number,
    concludes_yes_no,
    names_topic,
    said_as_outcome,
    says_how,
    whether_left_open,
    yes_no_said_again,
    yes_no_statement,
)
from .text import match_key, normalize_ws, split_sentences
from .to_reader import after_wish_to_meet, gives_its_reason, remarks_on_writing
from .yes_no import (
    _CONCESSION as _YES_NO_CONCESSION,
)
from .yes_no import (
    _MIXED,
    WHOLE_POINT,
    confirms_only,
    parse_yes_no,
    restates_answer,
    said_both_ways,
    split_yes_no_explanation,
    without_candour_tail,
)

# --- fallbacks ---------------------------------------------------------------------------------


_BULLET = re.compile(r"^\s*[-•*–·]\s+")
# a greeting run into the first sentence without a comma: "Hej vi är föräldrar som ..."
# ("Hej, vi är ...": the greeting with its comma, the sentence going on in lower case)
# ("hej! vi är ...": a writer all in lower case, whose "!" starts no sentence the splitter sees)
_GREETING_WORD = re.compile(r"^(?:hej+|hejsan|hallå|tjena|tja|hello|hi|hey)[,!]?\s+(?=[a-zåäö])",
                            re.I)


@dataclass
class _ByPosition:
    answers: dict[int, list[str]] = field(default_factory=dict)
    from_prose: bool = False  # the yes/no came from a sentence in prose
    # the paragraphs' own shape confirms the order (parsers/evidence.py): no doubt to show
    confirmed: bool = False


def answers_by_position(lines: list[Line], qs: list[Asked],
                        question_texts: Sequence[str] | None = None) -> _ByPosition:
    """Answers by their order when the reply has no headings: one paragraph (or line) per
    question; one paragraph fewer, the yes/no said in the first sentence of its follow-up;
    or one paragraph of sentences that says the yes/no somewhere in the middle.
    QUESTION_TEXTS given (a mail body): the line model may cut its closing lines too."""
    yes_no = [i for i, q in enumerate(qs) if q.q.kind == "yes_no"]
    if not yes_no or len(qs) < 2:
        return _ByPosition()
    pars = body_paragraphs(lines, question_texts)
    if len(pars) >= 3 and _the_wishs_paragraph(pars[-1]):
        # "Det är svårt för oss att skriva allt på svenska. Kan vi träffas i stället? Jag kan
        # komma till er.": the last paragraph is a wish to meet with its reason and where,
        # said to the reader: no answer in the last question's place
        pars = pars[:-1]
    units: list[str] | None = None
    reordered = False
    if len(pars) == len(qs):
        units = _conclusion_after_story(pars, qs)
        reordered = units is not pars
    elif len(pars) == 1 and len(pars[0].splitlines()) == len(qs):
        units = pars[0].splitlines()
    if units is not None:
        # "Arbetar vi mot segregation? Ja, på sätt och vis.": the writer puts the yes/no
        # question again and answers it in the same paragraph
        units = [_after_own_question(u, q) if q.q.kind == "yes_no" else u
                 for q, u in zip(qs, units, strict=True)]
    if (
        units is not None
        and not any(
            q.q.kind == "text" and u.rstrip().endswith("?")
            for q, u in zip(qs, units, strict=True)
        )
        and all(
            (parse_yes_no(u).value is not None) == (q.q.kind == "yes_no")
            or (q.q.kind == "text" and len(re.findall(r"\w+", u)) > 3)
            # "Nja, inte uttryckligen men i praktiken.": said, undecided (flagged)
            or (q.q.kind == "yes_no" and n_words(u) <= 10 and bool(_MIXED.search(u.lower())))
            # "Om vi jobbar mot segregation vet jag inte riktigt, det beror på ...": a
            # paragraph of its own that says the yes/no (or that it is undecided) in words
            or (q.q.kind == "yes_no" and len(split_sentences(normalize_ws(u))) == 1
                and yes_no_statement(u, q.q) is not None)
            # "Om vi arbetar mot segregation vet jag inte riktigt ... Men jag skulle nog ändå
            # säga ja, för ...": a paragraph in the yes/no's place that opens on it in words
            or (q.q.kind == "yes_no" and (first := (split_sentences(normalize_ws(u)) or [""])[0])
                and names_topic(first, q.q) and yes_no_statement(first, q.q) is not None)
            for q, u in zip(qs, units, strict=True)
        )
    ):
            placed = [(q, _BULLET.sub("", u)) for q, u in zip(qs, units, strict=True)]
            out = {q.num: [u] for q, u in placed}
            from_prose = False
            for q, u in placed:
                if q.q.kind == "yes_no" and parse_yes_no(u).value is None \
                        and (st := yes_no_statement(u, q.q)) is not None and st.value is not None:
                    # "Vi arbetar aktivt för att motverka segregation, ja.": said in a sentence
                    out[q.num] = [yes_no_word(st.value)]
                    from_prose = True
            # behind a note on the mail where the answers start is a guess, unless a bare
            # yes or no in the yes/no's place pins the order and the note holds no answer
            pinned = all(plain_yes_no(u) or clear_yes_no_sentence(u, q)
                         for q, u in placed if q.q.kind == "yes_no") \
                and note_tells_only_of_the_mail(lines)
            # a yes/no said in words is sure when its paragraph is that one clear sentence
            said_clearly = all(clear_yes_no_sentence(u, q) for q, u in placed
                               if q.q.kind == "yes_no" and parse_yes_no(u).value is None)
            # (a conclusion drawn after the story moved to the yes/no's place: a guess)
            return _ByPosition(out, from_prose,
                               confirmed=(not from_prose or said_clearly) and not reordered
                               and position_fits(placed, qs)
                               and (pinned or not framed_by_note_on_the_mail(lines)))
    if len(yes_no) >= 2:
        return _paragraphs_without_each_yes_no(pars, qs, yes_no, _framed_unpinned(lines))
    k = yes_no[0]
    if k + 1 >= len(qs):
        return _ByPosition()
    yn_q = qs[k]
    pinned = _pinned_by_yes_no(pars, qs, k)
    if pinned.answers:
        return pinned
    if len(pars) == 1 and _lines_as_paragraphs(pars[0], len(qs) - 1):
        # a phone's reply, one line per answer and no blank line between: the lines are its
        # paragraphs ("Bunkeflo IBK har ... / Jag skulle säga ja, ... / Svårt med ...")
        pars = pars[0].splitlines()
    if len(pars) == len(qs) - 1 and len(pars) >= 2:
        return _paragraphs_without_yes_no(pars, qs, k, _framed_unpinned(lines))
    earlier = _yes_no_paragraph_after_fewer(pars, qs, k, framed_by_note_on_the_mail(lines))
    if earlier.answers:
        return earlier
    if len(pars) == len(qs) - 2 and len(pars) >= 2 and k >= 1 \
            and (split := _split_at_plain_yes(pars[k - 1], yn_q.q)) is not None:
        # "Vi är ... Och ja, vi jobbar för att ... / Det svåra är ...": the plain yes opening
        # a later sentence of the paragraph before ends that answer and opens the
        # follow-up's; the paragraphs after it take the questions after. Still a guess
        parted = [*pars[:k - 1], *split, *pars[k:]]
        short = _paragraphs_without_yes_no(parted, qs, k, framed_by_note_on_the_mail(lines))
        if short.answers:
            return _ByPosition(short.answers, short.from_prose, confirmed=False)
    in_order = _sentences_in_order(pars, qs, k, yn_q)
    if in_order.answers:
        return in_order
    if k + 1 <= len(pars) < len(qs) - 1 and len(pars) >= 2 \
            and _opens_plain_yes_no(pars[k], yn_q.q):
        # "Vi är ... / Ja, vi stickar med alla som kommer ...": fewer paragraphs, the plain
        # yes or no opening the follow-up's pins the order; the later questions are left
        # unanswered (and `partial` shows it). Still a guess: never confirmed.
        short = _paragraphs_without_yes_no(pars, qs[: len(pars) + 1], k,
                                           framed_by_note_on_the_mail(lines))
        return _ByPosition(short.answers, short.from_prose, confirmed=False)
    return in_order


def _framed_unpinned(lines: list[Line]) -> bool:
    """The reply opens with a note on the mail that may hold part of the first answer: where
    the answers start is a guess. A note that says nothing of the association in any clause
    ("Hej! Tack för en bra enkät. Jag försöker svara i ordning.") holds none of it, so the
    paragraphs after it are the answers, and a plain yes or no opening the follow-up's
    paragraph (what confirms one paragraph fewer at all) pins their order as a bare yes/no
    does for one paragraph each."""
    return framed_by_note_on_the_mail(lines) and not note_tells_only_of_the_mail(lines)


def _the_wishs_paragraph(par: str) -> bool:
    """PAR is a wish to meet and nothing of the association's: the wish, a remark on
    writing the reply before it (its reason), or the one sentence before a wish that points
    back at it as its reason ("Teckenspråk är vårt första språk. Därför vill vi hellre ses."),
    and after it when, where or who comes."""
    sentences = split_sentences(normalize_ws(par))
    wish = next((i for i, s in enumerate(sentences) if wants_interview(s)), None)
    if wish == 1 and gives_its_reason(sentences[1]):
        return all(wants_interview(s) or after_wish_to_meet(s) for s in sentences[2:])
    return wish is not None \
        and all(remarks_on_writing(s) for s in sentences[:wish]) \
        and all(wants_interview(s) or after_wish_to_meet(s) for s in sentences[wish + 1:])


def _paragraphs_without_each_yes_no(pars: list[str], qs: list[Asked], yes_no: list[int],
                                    framed: bool) -> _ByPosition:
    """A survey with several yes/no questions, each followed by the question that asks on
    from it, answered in one paragraph per text question: each yes/no, if said, opens its
    follow-up's paragraph ("Någon egen lokal har vi inte. Vi är i ..." / "Förra året tog vi
    emot ... Vi ..."; "We have no room of our own. We meet ..."). Each yes/no is read as the
    one yes/no of a survey without the others (`_paragraphs_without_yes_no`); confirmed only
    when every one of them is."""
    if len(pars) != len(qs) - len(yes_no) or len(pars) < 2 \
            or any(k + 1 >= len(qs) or qs[k + 1].q.kind != "text" for k in yes_no):
        return _ByPosition()
    if (own := _undecided_own_paragraph(pars, qs, yes_no)) is not None:
        return own
    out: dict[int, list[str]] = {}
    from_prose, confirmed = False, True
    for k in yes_no:
        # the survey as if K were its one yes/no: the other yes/no questions left out
        alone = [q for i, q in enumerate(qs) if i == k or i not in yes_no]
        one = _paragraphs_without_yes_no(pars, alone, alone.index(qs[k]), framed)
        if not one.answers:
            return _ByPosition()
        own = {qs[k].num, qs[k + 1].num}
        out.update({n: v for n, v in one.answers.items() if n in own or n not in out})
        if qs[k + 1].num not in one.answers:
            out.pop(qs[k + 1].num, None)
        from_prose = from_prose or one.from_prose
        confirmed = confirmed and one.confirmed
    return _ByPosition(out, from_prose, confirmed)


def _undecided_own_paragraph(pars: list[str], qs: list[Asked], yes_no: list[int]
                             ) -> _ByPosition | None:
    """A later yes/no left open in a paragraph of its own, where its follow-up's would stand:
    one sentence naming that yes/no's topic, not its follow-up's, with no yes or no in it
    ("Styrelsen vet vi faktiskt inte, vi har aldrig frågat.", "The board, we honestly don't
    know."). It is that yes/no's place (undecided: flagged), the paragraphs after it the
    questions after it in order, and the last question, one paragraph short, unanswered."""
    for n, k in enumerate(yes_no):
        if n == 0:
            continue  # the first yes/no opens the reply's reading: no place to shift from
        j = (k + 1) - sum(1 for y in yes_no if y <= k)  # the follow-up's paragraph
        if j >= len(pars) or j < 1:
            continue
        par = pars[j]
        sentences = split_sentences(normalize_ws(par))
        if len(sentences) != 1 or n_words(par) > 15 or not names_topic(par, qs[k].q) \
                or names_topic(par, qs[k + 1].q) or parse_yes_no(par).value is not None:
            continue
        st = yes_no_statement(par, qs[k].q)
        if st is not None and st.value is not None:
            continue
        rest_qs = [q for i, q in enumerate(qs) if i != k][:-1]
        rest_pars = pars[:j] + pars[j + 1:]
        rest_yes_no = [i for i, q in enumerate(rest_qs) if q.q.kind == "yes_no"]
        if len(rest_yes_no) != 1:
            continue
        one = _paragraphs_without_yes_no(rest_pars, rest_qs, rest_yes_no[0])
        if not one.answers:
            return None
        return _ByPosition({**one.answers, qs[k].num: [par]}, one.from_prose, confirmed=False)
    return None


# a yes or no opening a paragraph, after "och"/"and" too ("Och ja, vi samarbetar med ...")
_AND_YES_NO = re.compile(r"(?i)^(?:och|and)\s+(?=(?:ja|nej|yes|no)\b)")


def _opens_yes_no_word(par: str) -> bool:
    """PAR's first sentence opens with a plain yes or no word, not hedged."""
    first = (split_sentences(normalize_ws(par)) or [""])[0]
    return bool(re.match(r"(?i)(?:ja|nej|yes|no)\b[,.!]?", first)) \
        and (yn := parse_yes_no(first)).value is not None and not yn.ambiguous and not yn.hedged


def _yes_no_paragraph_after_fewer(pars: list[str], qs: list[Asked], k: int,
                                  framed: bool) -> _ByPosition:
    """Fewer paragraphs than questions: one opening with a plain yes or no ("Nej, vi
    samarbetar inte ... Men vi skulle gärna ...", "Och ja, vi ...") one place early, the
    paragraphs after it one for each question after the follow-up. The word pins the order:
    the paragraphs after it answer the later questions, it answers the yes/no and its
    follow-up, and the text before it the questions before the yes/no - one paragraph too
    few there, so one is split where a sentence after its first speaks of the next
    question's words rather than its own ("Vi är en pensionärsförening ... Vi har inga
    medlemmar under 25 år ..."). A guess by order: never confirmed."""
    if not 2 <= len(pars) < len(qs) or k < 2:
        return _ByPosition()
    opens = [i for i, p in enumerate(pars) if _opens_yes_no_word(_AND_YES_NO.sub("", p, count=1))]
    if len(opens) != 1 or opens[0] != k - 1:
        return _ByPosition()
    y = opens[0]
    before, after = pars[:y], pars[y + 1:]
    if len(after) != len(qs) - k - 2 or any(
            p.rstrip().endswith("?") or n_words(p) <= 3 for p in [*before, *after]):
        return _ByPosition()
    scorer = heading_scorer(tuple((q.num, q.q) for q in qs))
    units: list[str] | None = None
    for j, par in enumerate(before):
        sentences = split_sentences(normalize_ws(par))
        this, nxt = qs[j].num, qs[j + 1].num
        for at in range(1, len(sentences)):
            scores = {h.num: h.score for h in scorer.scores(sentences[at])}
            if scores.get(nxt, 0.0) >= 1.0 and scores.get(nxt, 0.0) > scores.get(this, 0.0):
                units = [*before[:j], " ".join(sentences[:at]), " ".join(sentences[at:]),
                         *before[j + 1:]]
                break
        if units is not None:
            break
    if units is None:
        return _ByPosition()
    head = _paragraphs_without_yes_no([*units, pars[y]], qs[: k + 2], k, framed)
    if not head.answers:
        return _ByPosition()
    out = dict(head.answers)
    out.update({q.num: [_BULLET.sub("", p)] for q, p in zip(qs[k + 2:], after, strict=True)})
    return _ByPosition(out, head.from_prose, confirmed=False)


# "Vi bjuder också ...", "We also invite ...": a sentence that goes on with what they do is
# the follow-up's still, whatever later question its words also touch ("... fast språket är
# svårt")
# ("Vi har också svårt att ...", "We also need ...": having and needing may be the obstacle)
_GOES_ON_DOING = re.compile(
    r"(?i)^(?:och\s+|and\s+)?(?:vi|we)\s+(?:(?!(?:har|är|saknar|behöver|have|are|need|lack)\b)\w+\s+)?"
    r"(?:också|även|also)\s+(?!(?:har|är|saknar|behöver|have|are|need|lack)\b)")


# "Och ja, ...", "Så ja, ...", "And yes, ...", or the yes alone ("Ja, det gör vi, ..."): a
# later sentence turning to the yes
# (alone only with its comma or stop: "No one came ..." turns to nothing)
_TURN_TO_YES = re.compile(
    r"(?i)^(?:(?:och|så|and|so)\s+(?=(?:ja|nej|yes|no)\b)|(?=(?:ja|nej|yes|no)\s*[,.!]))")


def _split_at_plain_yes(par: str, q: Question) -> list[str] | None:
    """PAR as two: its sentences before the first later one that opens with a plain yes or
    no ("Och ja, vi jobbar för att ...", "Ja, det gör vi, ..."), and from that one on; None
    without one."""
    sentences = split_sentences(normalize_ws(par))
    for i, sentence in enumerate(sentences[1:], start=1):
        said = _TURN_TO_YES.sub("", sentence)
        if _TURN_TO_YES.match(sentence) and _opens_plain_yes_no(said, q):
            return [" ".join(sentences[:i]), " ".join([said, *sentences[i + 1:]])]
    return None


def _opens_plain_yes_no(par: str, q: Question) -> bool:
    """PAR opens with a plain yes or no word ("Ja, vi ...", "No, we ..."), not hedged, and
    says more than the yes: not the yes alone ("Ja, det gör vi.") nor the question said back
    ("Ja, vi arbetar mot segregation varje dag.") - those leave the follow-up open."""
    sentences = split_sentences(normalize_ws(par)) or [""]
    first = sentences[0]
    if not re.match(r"(?i)(?:ja|nej|jo|yes|no)\b[,.!]?", first) \
            or (yn := parse_yes_no(first)).value is None or yn.ambiguous:
        return False
    expl = split_yes_no_explanation(first)
    said_back = expl is None or yes_no_said_again(first) or restates_answer(first) \
        or question_said_back(expl, q, yn.value) or yes_no_statement(first, q) is not None
    return len(sentences) > 1 or not said_back


def _conclusion_after_story(pars: list[str], qs: list[Asked]) -> list[str]:
    """PARS, one per question, with the yes/no drawn as a conclusion in the paragraph after
    its place ("Vi är ... / <what happened last year> / Så ja, vi jobbar mot segregation,
    ... / <obstacles>"): the story told first is the follow-up's answer, the conclusion the
    yes/no's. PARS in question order otherwise."""
    k = next((i for i, q in enumerate(qs) if q.q.kind == "yes_no"), None)
    if k is None or k + 1 >= len(qs) or qs[k + 1].q.kind != "text" \
            or parse_yes_no(pars[k]).value is not None:
        return pars
    told, drawn = pars[k], pars[k + 1]
    if len(split_sentences(normalize_ws(drawn))) != 1 \
            or len(split_sentences(normalize_ws(told))) < 2 \
            or not concludes_yes_no(drawn, qs[k].q):
        return pars
    return [*pars[:k], drawn, told, *pars[k + 2:]]


def _lines_as_paragraphs(par: str, n: int) -> bool:
    """PAR is N lines (two or more), each a whole sentence or more of some length, ending
    where a sentence ends: lines the writer broke, not a paragraph wrapped by a client."""
    units = par.splitlines()
    return len(units) == n >= 2 and all(
        u.rstrip().endswith((".", "!")) and n_words(u) >= 6 for u in units)


_OWN_QUESTION = re.compile(r"^(?P<q>[^.!?\n]{3,80}\?)\s+(?P<a>\S.*)$", re.S)


def _after_own_question(unit: str, q: Asked) -> str:
    m = _OWN_QUESTION.match(unit.strip())
    if m and names_topic(m.group("q"), q.q):
        return m.group("a")
    return unit


# the yes said back by a pro-form: "ja det gör vi", "jo, vi gör det", "yes we do"
_SAID_BY_PRO_FORM = re.compile(
    r"(?i)\b(?:ja|jo|nej|yes|no)\b[\s,!]+(?:det\s+gör\s+vi|vi\s+gör\s+det|we\s+do)\b")
# what they do said by its means: "genom att ...", "med hjälp av ...", "by ...", "through ..."
_BY_MEANS = re.compile(r"(?i)\b(?:genom|via|med\s+hjälp|by|through)\b")
_SAID_BACK_ALONE_WORDS = 25
# after the pro-form, at most how far ("nog på vårt sätt", "in our own way") and a concession
# ("fast vi har inte tänkt på det", "even if we don't call it that"), or nothing
_HEDGE_THEN_CONCESSION = re.compile(
    r"(?i)^(?:\s+(?:nog|väl|ju|absolut|faktiskt|lite|really|actually|a\s+little))*"
    r"(?:\s+(?:på|i)\s+(?:vårt|sitt|ett)\s+(?:(?:eget|egen|lilla|enkla)\s+)?(?:sätt|vis)"
    r"|\s+in\s+our\s+(?:own\s+)?(?:little\s+)?way)?"
    r"(?:[\s,]+(?:fast|men|även\s+om|though|although|but|even\s+if)\s[^:]*|[\s.!]*)$")


def _yes_no_said_back_alone(par: str, q: Asked) -> bool:
    """PAR, in the yes/no question's place, is one sentence naming its topic and saying the
    yes or no back by a pro-form, with at most a hedge or a concession and no means ("om vi
    jobbar mot segregation, ja det gör vi nog på vårt sätt fast vi har inte tänkt på det så
    mycket"): the yes/no's own paragraph, as a bare "Ja." would be - what they do is in the
    next one."""
    sentences = split_sentences(normalize_ws(par))
    if len(sentences) != 1 or n_words(par) > _SAID_BACK_ALONE_WORDS:
        return False
    s = sentences[0]
    m = _SAID_BY_PRO_FORM.search(s)
    return m is not None and _HEDGE_THEN_CONCESSION.match(s[m.end():]) is not None \
        and not _BY_MEANS.search(s) and names_topic(s, q.q) \
        and (st := yes_no_statement(s, q.q)) is not None and st.value is not None


_WHY_NOT_WORDS_AFTER = 3


def _why_not_after_said_no(sentence: str, q: Asked) -> str | None:
    """The clause with its own subject after the no, when SENTENCE opens with the yes/no
    question's topic and a no ("Jobbar mot segregation, nej inte så mycket, vi är mest för
    vietnameser."): the why not, the rest of the sentence; None otherwise."""
    for m in _OWN_SUBJECT.finditer(sentence):
        head = sentence[:m.start()]
        if n_words(m.group("how")) >= _WHY_NOT_WORDS_AFTER and names_topic(head, q.q) \
                and re.search(r"(?i)\b(?:nej|no)\b", head) \
                and (st := yes_no_statement(head, q.q)) is not None and st.value is False:
            return m.group("how")
    return None


def _pinned_by_yes_no(pars: list[str], qs: list[Asked], k: int) -> _ByPosition:
    """Fewer paragraphs than questions, one of them a bare yes or no ("Nej.", "JA") standing
    where the yes/no question is asked: it pins the order. The paragraphs before it answer
    the questions before it one by one, those after it the questions that follow, the last
    ones left open ("Vi är ... / Nej. / Vi har aldrig arbetat med det.")."""
    if not 2 <= len(pars) < len(qs):
        return _ByPosition()
    bare = [i for i, p in enumerate(pars)
            if (n_words(p) <= 3 and parse_yes_no(p).value is not None)
            or (i == k and _yes_no_said_back_alone(p, qs[k]))]
    if bare != [k]:
        return _ByPosition()
    texts = [p for i, p in enumerate(pars) if i != k]
    if any(p.rstrip().endswith("?") or n_words(p) <= 3 for p in texts):
        return _ByPosition()
    out = {q.num: [_BULLET.sub("", p)] for q, p in zip(qs, pars, strict=False)}
    if parse_yes_no(pars[k]).value is None and (st := yes_no_statement(pars[k], qs[k].q)) \
            is not None and st.value is not None:
        # (said back in words: the word it says, from prose)
        out[qs[k].num] = [yes_no_word(st.value)]
        return _ByPosition(out, True)
    return _ByPosition(out)


# the doing said by a pro-form and its means in one run, no yes word before it: "Det gör vi
# genom att ...", "Vi gör det bland annat genom ...", "We do that by ...": a yes that says how
_DOING_BY = re.compile(
    r"(?i)^(?:det\s+gör\s+vi|vi\s+gör\s+det|we\s+do\s+(?:it|that|this))\s+"
    r"(?:bland\s+annat\s+|främst\s+|mainly\s+)?(?:genom|via|med\s+hjälp\s+av|by|through)\b")


def _said_again_after_comma(sentence: str) -> bool:
    """A yes or no, a comma, and the same said over as what the writer would say of it
    ("Ja, det skulle vi säga att vi gör.", "Yes, I would say so."): the yes/no's own
    sentence, nothing of how (a hedge in it is judged where the order is confirmed)."""
    head, sep, rest = sentence.partition(",")
    return bool(sep) and n_words(head) <= 2 and confirms_only(rest.strip())


# An idea closing an answer, put as a question of what could be done ("Kanske kunde man ordna
# en öppen träff för alla?", "Maybe the city could lend us a room?"): the answer's own
# words, no question to the reader; only after a sentence of its own in the same paragraph
_IDEA_MODAL = r"(?:kunde|skulle|kan|could|would|might|can)"
_IDEA_WHO = r"(?:man|vi|staden|kommunen|föreningarna|one|we|the\s+city|the\s+council)"
_IDEA_AS_QUESTION = re.compile(
    rf"(?i)^(?:kanske|möjligen|maybe|perhaps)\s+(?:{_IDEA_MODAL}\s+{_IDEA_WHO}"
    rf"|{_IDEA_WHO}\s+{_IDEA_MODAL})\b")


def _asks_back(par: str) -> bool:
    """PAR ends in a question, an idea put as one after a sentence of its own aside."""
    if not par.rstrip().endswith("?"):
        return False
    sentences = split_sentences(normalize_ws(par))
    return len(sentences) < 2 or not _IDEA_AS_QUESTION.match(sentences[-1]) \
        or sentences[-2].rstrip().endswith("?")


def _paragraphs_without_yes_no(pars: list[str], qs: list[Asked], k: int,
                               framed: bool = False) -> _ByPosition:
    """One paragraph per text question: the yes/no, if said, opens its follow-up."""
    if any(_asks_back(p) or len(re.findall(r"\w+", p)) <= 3 for p in pars):
        return _ByPosition()
    text_qs = [q for i, q in enumerate(qs) if i != k]
    out = {q.num: [p] for q, p in zip(text_qs, pars, strict=True)}
    follow = qs[k + 1]
    head, _, items = out[follow.num][0].partition("\n")
    if head.rstrip().endswith(":") and items.strip() and n_words(head) <= 10 \
            and all(_BULLET.match(ln) for ln in items.splitlines() if ln.strip()) \
            and (yn := parse_yes_no(head)).value is not None and not yn.ambiguous:
        # "Ja, det gör vi, på det här sättet:" over a list: the line is the yes/no's, the
        # list under it says how (its marks kept, as the corpora keep a list's)
        out[qs[k].num] = [yes_no_word(yn.value)]
        out[follow.num] = [items]
        return _ByPosition(out, True)
    sentences = split_sentences(normalize_ws(out[follow.num][0]))
    if len(sentences) > 1 and _echoes_question(sentences[0], qs[k], qs):
        # "Jobbar vi mot segregation? Inte direkt, ...": the writer asks the yes/no question
        # again in own words before answering it: a heading, no part of the answer
        sentences = sentences[1:]
        out[follow.num] = [" ".join(sentences)]
        echoed = True
    else:
        echoed = False
    if sentences and (bare := without_candour_tail(sentences[0])) != sentences[0] \
            and parse_yes_no(bare).value is not None:
        # "Nej, inte direkt, om jag ska vara ärlig. Oxie är ...": the candour after the no is
        # said of it; the sentence is the yes/no's as "Nej, inte direkt." is
        sentences[0] = bare
    st = yes_no_statement(sentences[0], qs[k].q) if sentences else None
    expl = None
    conceded = False  # "Ja, det gör vi, även om det inte alltid kallas så.": said back, kept
    said_again = False  # "Ja, det skulle vi säga att vi gör.": the yes said over, nothing more
    if st is None and sentences and (yn := parse_yes_no(sentences[0])).value is not None:
        # "Nej, det har vi inte haft som mål. ...": the paragraph opens with the yes/no
        expl = split_yes_no_explanation(sentences[0])
        if expl is not None and (yes_no_said_again(sentences[0])
                                 or _DOING_BY.match(normalize_ws(sentences[0]))):
            # the yes said back with a concession, or the doing said with its means ("Det
            # gör vi genom att ..."): the yes/no's, and the sentence stays the follow-up's
            # first (neither "Det gör vi, ..." cut out of it, nor dropped)
            expl, conceded = None, True
        said_again = _said_again_after_comma(sentences[0])
        if expl is not None or len(re.findall(r"\w+", sentences[0])) <= 3 \
                or restates_answer(sentences[0]) or conceded or said_again:
            st = Statement(yn.value, expl is None and not conceded)
    if st is None and len(sentences) > 1 and n_words(sentences[0]) <= 6 \
            and parse_yes_no(sentences[0]).value is None \
            and (said_both_ways(sentences[0]) or _MIXED.search(sentences[0].lower())):
        # "Nja. Vi jobbar mest för ...", "I viss mån, kanske. Vi har ...": the yes/no's own
        # short answer, both ways or hedged (left undecided), then the follow-up's
        out[qs[k].num] = [sentences[0]]
        out[follow.num] = [" ".join(sentences[1:])]
        return _ByPosition(out, False)
    if st is None and sentences and _WE_DO_IT.match(sentences[0]):
        # "Vi jobbar aktivt med det. Varje år ...": the follow-up opens saying they do it
        # (the yes, by what "det" stands for in this place); the sentence stays its answer
        out[qs[k].num] = [yes_no_word(True)]
        return _ByPosition(out, True)
    # "... Så svaret på fråga 2 är ja.": the writer names the question the yes or no answers,
    # anywhere in the paragraph; the sentence stays the follow-up's (it says how too)
    named = next((v for s in sentences if (v := by_number(s, qs[k].q)) is not None), None)
    later = st is None and named is not None
    if later:
        st = Statement(named, False)
    # confirmed: the yes/no plainly opens the follow-up's paragraph, or is given to the
    # question by its number, and the paragraphs read as the text questions' answers in order
    confirmed = (st is not None and st.value is not None and bool(sentences)
                 and follows_up(qs[k], follow)
                 and not framed
                 and (clear_yes_no_opening(sentences[0], qs[k]) is st.value
                      or named is st.value
                      or (st.value is True and yes_in_the_questions_words(sentences[0], qs[k])))
                 and position_fits(list(zip(text_qs, pars, strict=True)), qs))
    if st is not None:
        # (said over, the sentence is the yes/no's own answer as written)
        out[qs[k].num] = [sentences[0] if said_again else yes_no_word(st.value)]
        if expl:
            sentences[0] = expl[0].upper() + expl[1:]
        elif (cut := _yes_then_colon(sentences[0], qs[k].q, st.value)) is not None:
            # "Vi tycker nog att vi motverkar segregation, åtminstone på ett sätt: vi har ...":
            # the yes said whole before a colon, what they do after it
            sentences[0] = sentences[0][cut:]
        elif named is not None and (cut := after_by_number(sentences[0], qs[k].q)) is not None:
            # "Eftersom vi inte ... blir svaret på fråga 2 nej – vi är en hobbyförening ...":
            # given by number with the verb first, the how (or why not) after the dash
            sentences[0] = sentences[0][cut:]
        elif conceded and echoed and len(sentences) > 1:
            # "Om vi arbetar mot segregation? Ja, det vill jag nog säga, även om vi inte
            # kallar det så. Vi har ...": the question asked back, the sentence after it is
            # its answer (the concession says nothing of how): the how starts after it, and
            # the yes/no holds the sentence as written (as a yes said over does)
            out[qs[k].num] = [sentences[0]]
            sentences = sentences[1:]
        elif not later and not conceded and st.value is True \
                and (run_on := _run_on_how(sentences[0], qs[k])) is not None:
            # "ja vi jobbar mot segregation vi har öppet hus ...": the yes in the question's
            # words runs on with no stop into what they do - the how starts at its new
            # subject, as in one paragraph of prose (`_sentences_in_order`)
            tail = sentences[0][run_on.start("how"):]
            sentences[0] = tail[0].upper() + tail[1:]
        elif not later and not conceded and st.value is False \
                and (why := _why_not_after_said_no(sentences[0], qs[k])) is not None:
            # "Jobbar mot segregation, nej inte så mycket, vi är mest för vietnameser.": the
            # no said in the question's words, then a clause of its own on why not - kept
            sentences[0] = why[0].upper() + why[1:]
        elif later or conceded:
            pass  # the yes/no said further on, or said back with a concession: kept
        elif len(sentences) > 1 and (st.pure or (_BY_NUMBER.search(sentences[0]) is None
                                                  and not _SAYS_MORE.search(sentences[0])
                                                  and not _ANSWER_SAID.search(sentences[0])
                                                  and _YES_NO_WORD.search(sentences[0]))):
            # the yes/no's own sentence, the reason after it (a sentence that says the yes
            # only by doing it, "..., och vi jobbar målmedvetet med den", says how: it stays)
            sentences = sentences[1:]
        elif len(sentences) > 1 and st.value is None and whether_left_open(sentences[0], qs[k].q):
            # "Om vi arbetar mot segregation vet jag inte riktigt vad jag ska svara. Vi är ...":
            # the yes/no put back and left open, its own sentence; the rest is the follow-up's
            sentences = sentences[1:]
        if st.value is None and len(sentences) > 1 and n_words(sentences[-1]) <= 4 \
                and parse_yes_no(sentences[-1]).value is None \
                and (said_both_ways(sentences[-1]) or _MIXED.search(sentences[-1].lower())):
            # "... Både och kanske." closing it: the open yes/no said again, no part of how
            sentences = sentences[:-1]
        # ("... så svaret på er andra fråga blir ja." says how too: it stays)
        rest = " ".join(sentences)
        if not_asked_after(st.value, follow.q):
            # "Vi finns på Instagram ..., så svaret på fråga två är ja." where the follow-up
            # asks only after a no ("Om nej: ..."): the yes's own comment, no answer to it
            rest = ""
        if rest:
            out[follow.num] = [rest]
        else:
            del out[follow.num]
    return _ByPosition(out, st is not None, confirmed)


# a way, means or reason in the words after the yes/no: how, not the question said back
_WAY_WORDS = re.compile(r"(?i)\b(?:genom|via|med\s+hjälp|eftersom|därför|bland\s+annat|främst"
                        r"|mest|särskilt|by|through|because|mainly|especially)\b")


def question_said_back(expl: str, q: Question, value: bool | None) -> bool:
    """EXPL, the words after a yes or no word, only say the yes/no question back as a
    statement of the same answer ("vi arbetar inte för att motverka segregation.", "we do
    work against segregation"): short, close to the question's own words, no way or reason."""
    if n_words(expl) > 9 or _WAY_WORDS.search(expl) or says_how(expl):
        return False
    st = yes_no_statement(expl, q)
    return st is not None and st.value is value and names_topic(expl, q) \
        and fuzz.ratio(match_key(expl), match_key(q.text.split("?")[0])) >= 80


# a concession in the yes's own words keeps the sentence whole ("Vi motverkar absolut
# segregation, fast kanske på ett annat sätt än ni tänker: ...", unseen19; "..., men inte som
# ni kanske tror: ...")
_CONCEDES = re.compile(r"(?i)\b(?:fast|även\s+om|trots\s+att|although|even\s+if|though|men\s+inte"
                       r"|but\s+not)\b")


def _yes_then_colon(sentence: str, question: Question, value: bool | None) -> int | None:
    """Where what they do starts after a yes said whole before a colon ("..., men när jag
    tänker efter gör vi ju det: vi har ...", "I would say yes, we do work against
    segregation: the book is ..."), or None (no such colon, or a concession before it)."""
    head, sep, rest = sentence.partition(": ")
    if not sep or value is None or n_words(rest) < 4 or _CONCEDES.search(head):
        return None
    st = yes_no_statement(head + ".", question)
    return len(head) + len(sep) if st is not None and st.value is value else None


def _echoes_question(sentence: str, q: Asked, qs: list[Asked]) -> bool:
    """SENTENCE is a short question whose words fit Q (and perhaps others): Q asked again."""
    if not sentence.rstrip().endswith("?") or n_words(sentence) > 6:
        return False
    found, _ = heading_scorer(tuple((x.num, x.q) for x in qs)).candidates(sentence,
                                                                          min_score=1.0)
    return q.num in found


# "... så är svaret ja.", "Jag skulle säga ja, på vårt sätt.": the answer word said as the
# writer's answer, as "så svaret på er andra fråga blir ja" is: the sentence stays too
_ANSWER_SAID = re.compile(
    r"(?i)\b(?:svaret\s+(?:är|blir)|(?:är|blir)\s+svaret|(?:säga|svara|say|answer)"
    r"\s+(?:ja|nej|yes|no))\b")


# "Vi motverkar absolut segregation, fast kanske på ett annat sätt än ni tänker: personer
# med funktionsnedsättning ...": a yes sentence that goes on past a colon to say how
_SAYS_MORE = re.compile(r":\s+\S+(?:\s+\S+){3}")


# a yes or no said by its word, anywhere in the sentence ("Segregation, ja det är ju ...")
_YES_NO_WORD = re.compile(
    r"(?i)\b(?:ja|jo|japp|jepp|j[ao]då|j[ao]visst|nej|nä|yes|yep|no|nope|absolut|självklart"
    r"|definitivt|verkligen|absolutely|definitely|of\s+course|det\s+gör\s+vi|we\s+do)\b")


# "Vi jobbar aktivt med det.", "Det gör vi varje dag.", "We work on it": a short first
# sentence saying they do it, no negation
_WE_DO_IT = re.compile(
    r"^(?:(?:ja|jo|yes)[,!]?\s+)?(?:(?:vi|we)\s+(?:\w+\s+){0,2}(?:arbetar|jobbar|work)\s+(?:\w+\s+){0,2}"
    r"(?:med|mot|on|against)\s+(?:det|detta|den\s+frågan|it|this|that)"
    r"|det\s+gör\s+vi(?!\s+(?:inte|ej)))\b(?![^.!?]*\b(?:inte|ej|aldrig|not|never)\b)"
    r"[^.!?]{0,40}[.!]?$",
    re.I,
)


def yes_no_word(value: bool | None) -> str:
    return {True: "Ja", False: "Nej", None: "Både ja och nej"}[value]


# the means said in the yes sentence: "genom att ...", "genom gratis träning", "på det
# sättet att ...", "by ..."
_SAYS_BY_WHAT = re.compile(
    r"(?i)\b(?:genom\s+(?:att|\w+)|på\s+(?:det\s+sättet|så\s+sätt|det\s+viset|så\s+vis)\s+att"
    r"|by\s+\w+ing|through"
    # the yes said with its reason in the same run ("Ja vi jobbar mot segregation eftersom vi
    # blandar folk ..."): the reason is what they do, the follow-up's answer
    r"|eftersom|därför\s+att|because)\b")


# A word that only turns the talk to the answers ("Nåja.", "Hur som helst.", "Anyway."): said
# of the mail between a remark on it and the first answer, none of it
_INTERJECTION = re.compile(
    r"(?i)(?:nåja|nåväl|nåja\s+då|hursomhelst|hur\s+som\s+helst|i\s+alla\s+fall|iallafall"
    r"|anyway|anyhow|okej|okay|ok|alright|all\s+right)[\s.!,…]*")


# the season's wishes riding on the greeting: "Hej och god jul snart!", "Hi and happy new year!"
_SEASONS_WISH = re.compile(
    r"(?i)(?:god\s+jul|gott\s+nytt(?:\s+år)?|god\s+fortsättning|glad\s+påsk|trevlig\s+helg"
    r"|happy\s+new\s+year|merry\s+christmas|happy\s+holidays)(?:\s+\w+){0,3}?[\s!.,]*")


# a question to the reader opening the prose ("Vad roligt att kommunen frågar om sånt här, får
# vi veta resultatet sen?"): said of the mail, no answer
_REMARK_TO_READER = re.compile(
    r"(?i)\b(?:ni|er|era|ert|kommunen|staden|you|your|the\s+city)\b[^?]*\?\s*$")


def _sentences_in_order(pars: list[str], qs: list[Asked], k: int, yn_q: Asked) -> _ByPosition:
    """Prose without headings, its sentences in order (see _read_sentences_in_order). Typed
    in one breath with no capital after its stops ("... i april. jobbar mot segregation? ja
    lite, vi ..."), the stops end its sentences too when that reading comes down on a yes or
    a no; an undecided one ("kanske, beror på ...") keeps the reading as written."""
    if k == 1 and any(_LOWER_CASE_STOP.search(normalize_ws(p)) for p in pars):
        loose = _read_sentences_in_order(pars, qs, k, yn_q, at_lower_stops=True)
        said = loose.answers.get(yn_q.num)
        if said and parse_yes_no(said[0]).value is not None:
            return loose
    return _read_sentences_in_order(pars, qs, k, yn_q)


def _read_sentences_in_order(pars: list[str], qs: list[Asked], k: int, yn_q: Asked, *,
                             at_lower_stops: bool = False) -> _ByPosition:
    """Prose without headings: what comes before the sentence that says yes or no answers
    the first question, what follows it the follow-up, until a new paragraph (or, in one
    paragraph, a sentence that speaks of a later question's words) starts the next one."""
    if k != 1 or not pars:
        return _ByPosition()
    sentences: list[tuple[str, int]] = []
    for n, par in enumerate(pars):
        for s in split_sentences(normalize_ws(par)):
            for piece in (_at_lower_case_stops(s) if at_lower_stops else [s]):
                sentences += [(c, n) for c in _RUN_IN_YES_NO.split(piece)
                              if c and not wants_interview(c)]
    while sentences and (GREETING.fullmatch(sentences[0][0]) or PREAMBLE.match(sentences[0][0])
                         or ((g := GREETING.match(sentences[0][0])) is not None
                             and _SEASONS_WISH.fullmatch(sentences[0][0][g.end():]))):
        sentences.pop(0)  # "Hej." opening the one paragraph
    if sentences and (m := _GREETING_WORD.match(sentences[0][0])):
        sentences[0] = (sentences[0][0][m.end():], sentences[0][1])  # "Hej vi är ..."
    while len(sentences) > 2 and (APOLOGY.match(sentences[0][0]) or META.search(sentences[0][0])
                                  or introduces_writer(sentences[0][0])
                                  or _INTERJECTION.fullmatch(sentences[0][0])
                                  or _REMARK_TO_READER.search(sentences[0][0])):
        # "Hi, sorry this is late, I only found your mail now.", "Ursäkta dröjsmålet.": said
        # of the mail before the first answer starts, none of it
        sentences.pop(0)
    for i, (sentence, _) in enumerate(sentences):
        if i and (is_valediction(sentence) or SIGN_OFF.match(sentence)
                  or (CLOSING.match(sentence) and i > 1)):
            sentences = sentences[:i]  # "Hälsningar Ingrid Sjöberg, sekreterare" inside it
            break
    if len(sentences) < 2:
        return _ByPosition()
    if len(sentences) >= 4 and plain_yes_no(sentences[0][0]) \
            and (yn0 := parse_yes_no(sentences[0][0])).value is not None and not yn0.ambiguous:
        # "JA absolut 🙂 IK Pantern är ... Vi har ... Hallen räcker inte ...": the yes/no said
        # first, then the other answers in their order (still a guess: flagged)
        split = _answers_before_last_yes_no([s for s, _ in sentences[1:]], qs, k)
        if split is not None:
            return _ByPosition({yn_q.num: [yes_no_word(yn0.value)], **split}, True)
    at = next(
        (i for i, (s, _) in enumerate(sentences[1:], 1) if yes_no_statement(s, yn_q.q) is not None),
        None,
    )
    # the yes/no may end the prose ("Vi är ... Ja vi jobbar mot segregation." and a wish to
    # talk, taken out above): the first question and the yes/no, the rest left open
    st = yes_no_statement(sentences[at][0], yn_q.q) if at is not None else None
    said_open = False  # the open yes/no said in its own short sentence after its question
    if at is None:
        # "... Do we work against segregation? Yes, we hold ...": the writer asks the yes/no
        # question again, the next sentence opens with its answer word (the question is
        # dropped as a heading below, the words after the yes are the follow-up's)
        at = next((i for i, (s, _) in enumerate(sentences[2:], 2)
                   if _echoes_yes_no(sentences[i - 1][0], yn_q)
                   and (yn := parse_yes_no(s)).value is not None and not yn.ambiguous
                   and split_yes_no_explanation(s) is not None), None)
        st = Statement(parse_yes_no(sentences[at][0]).value, False) if at is not None else None
    if at is None:
        # "... Om vi motverkar segregation? Nja. Vi har inte ...": the question asked again,
        # then a short answer both ways or hedged: said, and left open (flagged)
        at = next((i for i, (s, _) in enumerate(sentences[2:], 2)
                   if _echoes_yes_no(sentences[i - 1][0], yn_q)
                   # (up to eight words when it opens with its answer word: "Ja, kanske på
                   # vårt sätt.", "Yes, maybe in our own way.")
                   and (n_words(s) <= 4 or (n_words(s) <= 8 and re.match(
                       r"(?i)(?:ja|jo|nej|yes|no)\b[,.!]?", s) is not None))
                   and i + 1 < len(sentences) and parse_yes_no(s).value is None
                   and (said_both_ways(s) or _MIXED.search(s.lower()))), None)
        # (the whole short sentence is the yes/no's: "kanske på vårt sätt" is no how)
        st = Statement(None, True) if at is not None else None
        said_open = at is not None  # what follows it is the follow-up's
    if at is None:
        # "Segregation är inget vi arbetar med uttryckligen, ..., men vi har haft kurser
        # ...": the topic said not to be worked on and then taken back in part - the yes/no
        # is left open there, what comes before it answers the first question
        at = next((i for i, (s, _) in enumerate(sentences[1:], 1) if _open_yes_no(s, yn_q)),
                  None)
        st = Statement(None, False) if at is not None else None
    if at is None or st is None or (at + 1 >= len(sentences) and len(sentences) < 3
                                    and n_words(sentences[0][0]) < 8):
        return _ByPosition()
    first = [s for s, _ in sentences[:at]]
    if len(first) > 1 and (_echoes_yes_no(first[-1], yn_q) or (
            first[-1].rstrip().endswith("?") and n_words(first[-1]) <= 10
            and re.search(rf"(?i)\b(?:fråga|frågan|question)\s*(?:nr\.?\s*)?{yn_q.num}\b"
                          r"|\bja\s+eller\s+nej\b|\byes\s+or\s+no\b", first[-1]))):
        # "... pop. Om vi arbetar mot segregation? Ja, ...", "Ja eller nej på fråga 2? Jag
        # skulle säga ja.": the writer asks the yes/no question again before answering it -
        # a heading, no part of the first answer
        first.pop()
    out = {qs[0].num: [" ".join(first)], yn_q.num: [yes_no_word(st.value)]}
    rest = sentences[at + 1 :]
    if not rest and st.value is not None and (split := _answers_before_last_yes_no(
            first, qs, k)) is not None:
        # the yes/no said last, after the other answers in their order: "Vi är ... Det vi gör
        # är ... Det svåra är ... Så svaret på er fråga är ja." (still a guess: flagged)
        out.update(split)
        return _ByPosition(out, True)
    how = (_run_on_how(sentences[at][0], yn_q) or _HOW_CLAUSE.search(sentences[at][0])
           or _new_clause(sentences[at][0], yn_q)) \
        if st.value else _why_not_clause(sentences[at][0], yn_q) if st.value is False else None
    if how is not None:
        # "Ja vi arbetar mot segregation, det gör vi genom att ...", "Ja vi jobbar mot
        # segregation, vi bjuder in alla ...": the yes, then a clause of the same sentence
        # saying how - the follow-up's answer starts there
        rest = [(sentences[at][0][how.start("how"):], sentences[at][1]), *rest]
    elif not st.pure and (after := _after_yes_word(sentences, at, yn_q)) is not None:
        # (a yes that says only how much, "Ja, på ett litet sätt.", is the yes/no's own)
        rest = [(after, sentences[at][1]), *rest]
    elif st.value is True and (_SAYS_BY_WHAT.search(sentences[at][0])
                               or said_as_outcome(sentences[at][0], yn_q.q)
                               or _runs_on_past_yes(sentences[at][0], yn_q)):
        # ("..., så segregationen bryter vi på det viset": the yes said as what comes of what
        # they do, the whole sentence telling how; "... så skulle jag säga ja, boxningen
        # samlar ...": the yes runs on past its comma into what they do)
        # "Och ja vi jobbar mot segregation på det sättet att vi ...": the yes says how in
        # one run, so the whole sentence opens the follow-up's answer
        rest = sentences[at:]
    elif st.value is False and not st.pure and _NO_LAST.search(sentences[at][0]):
        # "Vi är en bridgeklubb och har inte segregation som mål, så det arbetar vi inte
        # med.": why not first, the no said last by a pronoun - the whole sentence is why not
        rest = sentences[at:]
    if len(rest) > 1 and st.value is not None \
            and question_said_back(rest[0][0], yn_q.q, st.value):
        # "Nej, vi arbetar inte för att motverka segregation. Vi är ...": after the word
        # the question said back in its own words, still the yes/no's; why not after
        rest = rest[1:]
    if len(rest) > 1 and st.value is not None and n_words(rest[-1][0]) <= 6 \
            and by_number(rest[-1][0], yn_q.q) is st.value:
        # "... Så nej på fråga två." closing the paragraph: the yes/no said again by its
        # number, no part of how (or of a later answer)
        rest = rest[:-1]
    if not rest:
        return _ByPosition(out, True)
    later = qs[k + 2 :]
    cut = len(rest)
    if later:
        new_par = [j for j in range(1, len(rest)) if rest[j][1] != rest[j - 1][1]]
        if new_par:
            cut = new_par[0]
        else:
            scorer = heading_scorer(tuple((q.num, q.q) for q in qs))
            # (after a yes/no left open nothing need answer the follow-up: the next
            # sentence may already speak of the later question)
            for j in range(0 if st.value is None else 1, len(rest)):
                sc = {x.num: x.score for x in scorer.scores(rest[j][0])}
                if sc.get(later[0].num, 0) > sc.get(qs[k + 1].num, 0) \
                        and not _GOES_ON_DOING.match(rest[j][0]):
                    cut = j
                    break
            if cut == len(rest) and st.value is not None:
                # "..., och det största hindret är att ...": the later question's words
                # open a clause of the follow-up's sentence, joined by "och"/"men"
                rest, cut = _split_at_later_clause(rest, scorer, qs[k + 1].num, later[0].num)
    if (st.value is not None or said_open) and cut:
        out[qs[k + 1].num] = [" ".join(s for s, _ in rest[:cut])]
    # (after a yes/no left open, "alla är välkomna hos oss" is no clear "how": left over,
    # for the coordinator to read - the record is flagged for the open yes/no anyway)
    if later and cut < len(rest):
        out[later[0].num] = [" ".join(s for s, _ in rest[cut:])]
    # never confirmed: where a part ends inside a paragraph, by its words, is a guess ("Det
    # ger barnen möjlighet att träffas" is no obstacle), so the order stays a doubt
    return _ByPosition(out, True)


# a sentence's end marks, then a word in lower case: one sentence to split_sentences, two as
# a phone writer types them ("... segregation!! killar från ...", "... i april. jobbar mot
# segregation? ja lite, ..."); a stop after a word of one or two letters may be an
# abbreviation's ("bl.a. vi ...", "t.ex. fotboll")
_LOWER_CASE_STOP = re.compile(r"(?:[!?]+|(?<=[^\W\d_]{3})\.)\s+(?=[a-zåäöé])")


def _at_lower_case_stops(sentence: str) -> list[str]:
    """SENTENCE cut where its marks end a sentence though the next word is in lower case."""
    out, at = [], 0
    for m in _LOWER_CASE_STOP.finditer(sentence):
        out.append(sentence[at:m.end()].strip())
        at = m.end()
    out.append(sentence[at:].strip())
    return [x for x in out if x]


def _answers_before_last_yes_no(first: list[str], qs: list[Asked], k: int
                                ) -> dict[int, list[str]] | None:
    """FIRST, the sentences before a yes/no said last (or after one said first): one on what
    they are, one on how,
    and from the first one in the later question's words (more than the follow-up's) its
    answer - the three in the questions' order. None when they are not so laid out."""
    if k != 1 or len(qs) != 4 or len(first) < 3:
        return None
    scorer = heading_scorer(tuple((q.num, q.q) for q in qs))
    later, follow = qs[3].num, qs[2].num
    sc = [{x.num: x.score for x in scorer.scores(s)} for s in first]
    cut = next((j for j in range(1, len(first)) if sc[j].get(later, 0) > sc[j].get(follow, 0)
                and sc[j].get(later, 0) > 0), None)
    # (a short label of their own may open it: "Kort om oss: vi är ...")
    if cut != 2 or not DESCRIPTIVE.match(re.sub(r"^[^:.!?]{1,20}:\s*", "", first[0])):
        return None
    return {qs[0].num: [first[0]], follow: [first[1]], later: [" ".join(first[2:])]}


# the no said last in its sentence by a pronoun, after the reason: "..., så det arbetar vi
# inte med.", "..., so that is not something we work on."
_NO_LAST = re.compile(
    r"(?i)(?:,\s*|\s)(?:så|so)\s+(?:det|detta|that|it)\s+(?:arbetar|jobbar|håller|sysslar|gör|is)\s+"
    r"(?:vi|föreningen|klubben|not\s+something\s+we)\s+(?:inte\s+)?(?:\w+\s+)?(?:med|mot|on|do)?"
    r"[\s.!]*$")


def _after_yes_word(sentences: list[tuple[str, int]], at: int, yn_q: Asked) -> str | None:
    """The words after the yes or no word opening the sentence AT, when the sentence before
    it asks the yes/no question again ("Do we work against segregation? Yes, we pair ..."):
    they say how (or why not), the follow-up's answer."""
    if at < 1 or not _echoes_yes_no(sentences[at - 1][0], yn_q):
        return None
    expl = split_yes_no_explanation(sentences[at][0])
    return expl[0].upper() + expl[1:] if expl and n_words(expl) >= 3 else None


_AND_CLAUSE = re.compile(r",\s+(?:och|men|and|but)\s+(?=\w)", re.I)


def _split_at_later_clause(rest: list[tuple[str, int]], scorer: HeadingScorer, follow_up: int,
                           later: int) -> tuple[list[tuple[str, int]], int]:
    """REST split where a clause after ", och"/", men" speaks of the LATER question's words
    more than of the FOLLOW_UP's (its first such clause); the cut index, len(REST) if none."""
    for j, (s, n) in enumerate(rest):
        for m in _AND_CLAUSE.finditer(s):
            tail = s[m.end():]
            sc = {x.num: x.score for x in scorer.scores(tail)}
            if sc.get(later, 0) > sc.get(follow_up, 0) and n_words(s[:m.start()]) >= 3:
                return [*rest[:j], (s[:m.start()], n), (tail, n), *rest[j + 1:]], j + 1
    return rest, len(rest)


# the yes said back and going on to how after a comma: "..., det gör vi genom att ...",
# "..., we do that by ..."
_HOW_CLAUSE = re.compile(
    r",\s+(?P<how>(?:det\s+gör\s+vi|vi\s+gör\s+det|we\s+do\s+(?:it|that|this))\s+"
    r"(?:bland\s+annat\s+|främst\s+|mainly\s+)?(?:genom|via|med\s+hjälp\s+av|by|through)\s+\S.*)$",
    re.I)


def _echoes_yes_no(sentence: str, q: Asked) -> bool:
    """SENTENCE is a short question of the writer's own in the yes/no question's words
    ("Om vi arbetar mot segregation?", "Do we work against segregation?")."""
    return sentence.rstrip().endswith("?") and n_words(sentence) <= 10 \
        and names_topic(sentence, q.q)


# a clause with its own subject after a comma: "..., vi bjuder in alla ...", "..., we invite"
_OWN_SUBJECT = re.compile(
    r",\s+(?P<how>(?:vi|we|alla|föreningen|klubben|our\s+\w+|våra\s+\w+)\s+\w+\s+\S.*"
    # or a reason why ("..., för folk från hela stan står och skruvar ...", "..., because")
    r"|(?:för|eftersom|because|since)\s+\w+\s+\w+\s+\S.*)$", re.I)
_HOW_CLAUSE_WORDS = 5


# the answer word said as the writer's, then a comma: "... så skulle jag säga ja, boxningen
# samlar ..."
_YES_THEN_COMMA = re.compile(r"(?i)\b(?:ja|yes)\s*,\s*(?P<rest>\S.*)$")
_RUN_ON_WORDS = 6


def _runs_on_past_yes(sentence: str, q: Asked) -> bool:
    """The yes, said after the question's topic ("Om vi arbetar mot segregation så skulle jag
    säga ja, ..."), runs on after a comma into what they do, no concession ("..., även om vi
    inte kallat det så") and not the topic said again: the whole sentence says how."""
    m = _YES_THEN_COMMA.search(sentence)
    if m is None or not names_topic(sentence[:m.start()], q.q):
        return False
    rest = m.group("rest")
    return n_words(rest) >= _RUN_ON_WORDS and not _CONCESSION.match(rest) \
        and not names_topic(rest.split(",")[0], q.q)


def _new_clause(sentence: str, q: Asked) -> re.Match[str] | None:
    """The yes said in the question's own words, then a comma and a clause of its own that
    goes on to what they do ("Ja vi jobbar faktiskt mot segregation, vi bjuder in alla som
    ...", "Yes we work against segregation, we invite ..."): that clause opens the
    follow-up's answer. Not a yes said only as a word ("Ja, vi ..."): the comma must come
    after the question's topic."""
    for m in _OWN_SUBJECT.finditer(sentence):
        head = sentence[: m.start()]
        if _runs_on_past_yes(head, q):
            return None  # "... säga ja, boxningen samlar ..., vi har också ...": one run
        if names_topic(head, q.q) and n_words(m.group("how")) >= _HOW_CLAUSE_WORDS \
                and (st := yes_no_statement(head, q.q)) is not None and st.value is True:
            return m
    return None


_NEW_SUBJECT = re.compile(r"(?i)\s(?=(?:vi|we|dom|de|alla|föreningen|klubben)\s+\w+\s+\S)")
_REST = re.compile(r"(?P<how>\S.*)$", re.S)


def _run_on_how(sentence: str, q: Asked) -> re.Match[str] | None:
    """A plain yes in the question's words running on with no stop or comma into what they
    do ("ja vi jobbar mot segregation vi har gjort besök hos ...", "yes we work against
    segregation we invite ..."): a new subject after the topic opens the follow-up's answer.
    The head must be the whole yes (its topic named, nothing else said)."""
    for m in _NEW_SUBJECT.finditer(sentence):
        head, rest = sentence[: m.start()], sentence[m.end():]
        if re.search(r"[,;:.!?]", head) or n_words(head) > 8:
            return None
        # the yes ends on the topic's word ("... mot segregation vi har"), not on a word
        # leading on ("... segregation eftersom vi blandar" is one sentence telling how)
        if n_words(rest) >= _HOW_CLAUSE_WORDS and names_topic(head.split()[-1], q.q) \
                and re.match(r"(?i)(?:ja|jo|yes)\b", head) \
                and (st := yes_no_statement(head, q.q)) is not None and st.value is True \
                and st.pure:
            return _REST.search(sentence, m.end())
    return None


def _why_not_clause(sentence: str, q: Asked | None = None) -> re.Match[str] | None:
    """A no said whole in its first clause, then a comma and a clause of its own on why not
    ("Nej vi håller inte på med det, vi är bara några grannar som odlar ihop", "No we don't,
    we are just ..."; or the no said by negating the question's own words, "(Ärligt talat så)
    har vi inte jobbat med segregation alls, vi är helt enkelt för små"): that clause is the
    follow-up's answer (why not)."""
    m = _OWN_SUBJECT.search(sentence)
    if m is None or n_words(m.group("how")) < _HOW_CLAUSE_WORDS:
        return None
    head = sentence[: m.start()]
    if "," in head or not (re.match(r"(?i)(?:nej|no)\b", head) or (
            q is not None and names_topic(head, q.q)
            and re.search(r"(?i)\b(?:inte|ej|aldrig|not|never)\b", head))):
        return None
    return m if parse_yes_no(head).value is False else None


_NOT_AS_SUCH = re.compile(r"(?i)\b(?:inte|inget|ej|not|nothing)\b[^,;]*?\b(?:uttryckligen|uttalat"
                         r"|specifikt|direkt|explicitly|specifically|as\s+such)\b")
_BUT = re.compile(r"(?i)[,\s](?:men|fast|but)\s")


def _open_yes_no(sentence: str, q: Asked) -> bool:
    """SENTENCE names the yes/no question's topic, says it is not worked on as such, and
    then goes on with a "but" ("..., men vi har haft kurser för SFI-grupper", "Not
    explicitly, but ..."): said, and left open."""
    return names_topic(sentence, q.q) and bool(_NOT_AS_SUCH.search(sentence)) \
        and bool(_BUT.search(sentence))


# A yes or no run into the end of a sentence with no stop: "... och gör utflykter ja det gör
# vi absolut", "... på lördagar nej vi jobbar inte med det": the answer formula starts a
# sentence of its own.
_RUN_IN_YES_NO = re.compile(
    # (after "men"/"och" the yes is a clause of the same sentence: "inte som sådant men ja ...",
    # and the sentence's own: "Och ja vi jobbar ...", whatever the case of its first letter)
    r"(?<=[a-zåäö0-9])(?<!\b[mM]en)(?<!\b[oO]ch)(?<!\b[sS]å)(?<!\b[bB]ut)(?<!\b[aA]nd)\s+(?=(?:ja|nej|jo)\s+(?:det\s+gör\s+vi|vi\s+gör\s+(?:det|inte)"
    r"|vi\s+(?:jobbar|arbetar|motverkar)\b))"
)


_NOTE_WORDS = 8
_DEFER_NOTE_WORDS = 12  # "We'll get back to you with proper answers in January."
# "Mer hinner jag inte skriva nu.", "No time to write more right now.": the writer has said
# all there is time for - a note on the mail, no answer
_NO_TIME_FOR_MORE = re.compile(
    r"(?i)^(?=.*\b(?:mer|mera|more|längre|fler)\b)(?=.*\b(?:hinner|hann|orkar|tid|time)\b)"
    r"(?=.*(?:\b(?:inte|ej|ingen|no|not)\b|n't\b))")
# the question's matter said back by a pronoun: "det är inget vi arbetar med", "det gör vi
# varje vecka", "that is not something we do", "we do that by ..."
_SAID_BACK = re.compile(
    r"(?i)\b(?:det|detta|that|it)\s+(?:är|is)\s+(?:inget|inte\s+något|nothing|not\s+something)"
    r"\s+(?:som\s+|that\s+)?(?:vi|we)\b|\bdet\s+gör\s+vi\b|\bwe\s+do\s+(?:that|it|this)\b")
_SAID_BACK_WORDS = 25
# A name signed on the yes's own line after its stop, no slash: "Ja vi jobbar mot
# segregation! Lisa, Kulladals Kanotklubb", "Det gör vi. Per Olsson ordf.": capitalised words
# (a role, or "i"/"för" between them) and nothing else to the line's end.
_SIGNED_NAME = re.compile(
    r"(?<=[.!?])\s+(?:(?:för|for)\s+)?[A-ZÅÄÖÉÜ][\w'’-]*(?:,?\s+(?:(?:i|för|på|från|in|of|for)\s+)?"
    r"(?:[A-ZÅÄÖÉÜ][\w'’&-]*|" + SIGN_ROLE + r")){0,5}[,.]?$")


# a yes said whole as a clause of its own ("Klart vi gör,", "Ja, det gör vi,", "Jadå, det gör
# vi,", "Yes we do,") and a comma before what they do
_YES_SAID_WHOLE = (
    r"(?i)^(?:(?:ja|japp|jepp|jadå|jodå|jo|javisst|jovisst|absolut|yes|yeah|yep|sure),?\s+)?"
    r"(?:(?:själv|helt\s+)?klart\s+(?:att\s+)?vi\s+gör(?:\s+det)?"
    r"|det\s+gör\s+vi(?:\s+absolut|\s+verkligen)?|vi\s+gör\s+det|we\s+do|of\s+course\s+we\s+do)")
YES_FORMULA_COMMA = re.compile(
    _YES_SAID_WHOLE +
    # (how well said with it: "Ja vi gör det på vårt sätt, alla ...", "Yes we do in our own way,")
    r"(?:\s+(?:på|i)\s+(?:vårt|sitt|ett)\s+(?:(?:eget|egen|lilla|enkla)\s+)?(?:sätt|vis)"
    r"|\s+in\s+our\s+(?:own\s+)?(?:little\s+)?way)?"
    # then what they do, said with its own subject or means ("Det gör vi, eftersom ..." keeps
    # its yes: a reason hangs on it)
    r"\s*,\s+(?=(?:vi|we|genom|by|through|alla|våra|vår|vårt|our|everyone|everybody|all)\b)\w")


# The yes said whole, then a comma or a dash and a clause of its own however short ("Japp det
# gör vi, pingis funkar för alla oavsett språk.", "Yes we do – the kids run it themselves."):
# what they do, the how. Not a when/where/how-well tail ("..., varje vecka", "..., på vårt
# sätt"), a concession or reason ("..., även om ...", "..., eftersom ..."), nor the yes's
# point ("..., det är hela idén").
_YES_THEN_CLAUSE = re.compile(_YES_SAID_WHOLE + r"(?:\s*,|\s+[–—-])\s+(?P<tail>\w.*)$")
_NO_CLAUSE_START = re.compile(
    r"(?i)^(?:på|i|varje|varannan|hela|alltid|ofta|jämt|när|där|som|så|sen|sedan|nu|ju|nog|väl"
    r"|absolut|verkligen|helt|mest|lite|det|detta|den|med|till|efter|under|inom|hos|ibland"
    r"|at|in|on|every|each|always|often|when|where|as|so|now|it|that|this|with|to|after"
    r"|during|within|sometimes|all\s+the\s+time|of\s+course|definitely|really|mostly)\b")


# "med"/"with" then two or more things listed ("..., med grannfester och läxhjälp på gården",
# "..., with sports, trips and homework help"): what they do it with, the how, not a manner
# or a company ("..., med glädje", "..., med alla som vill").
_WITH_THINGS = re.compile(
    r"(?i)^(?:med|with)\s+(?!(?:oss|dem|er|alla|andra|varandra|us|them|you|everyone|all|others)\b)"
    r"\w+(?:\s+\w+)?(?:\s*,\s*\w+(?:\s+\w+)?)*\s+(?:och|and)\s+\w+")


def _yes_then_clause(sentence: str) -> int | None:
    """Where the clause of what they do starts after a yes said whole and a comma or dash
    (see _YES_THEN_CLAUSE), or None."""
    m = _YES_THEN_CLAUSE.match(sentence)
    if m is None:
        return None
    tail = m["tail"]
    if _WITH_THINGS.match(tail):
        return m.start("tail")  # "Ja det gör vi, med grannfester och läxhjälp": the means
    if n_words(tail) < 3 or _NO_CLAUSE_START.match(tail) or _CONCESSION.match(tail) \
            or _YES_NO_CONCESSION.match(tail) or WHOLE_POINT.match(tail) or _MEANS.match(tail):
        return None
    return m.start("tail")


# A no said alone before a comma, then a clause with its own subject ("Nej, vi är bara en
# syförening och har inga sådana aktiviteter.", "No, we are a small choir with no such
# work."): the why not. Not a decline ("Nej, vi vill inte delta") nor a put-off.
_NO_THEN_CLAUSE = re.compile(
    r"(?i)^(?:nej|nä|no|nope)\s*,\s+(?P<tail>(?:vi|we|det|it|vår|våra|vårt|our|föreningen"
    r"|klubben|the\s+club)\b.*)$")
_WHY_NOT_WORDS = 5


def _no_then_clause(sentence: str) -> int | None:
    """Where the why-not clause starts after a no said alone and a comma (see
    _NO_THEN_CLAUSE), or None."""
    m = _NO_THEN_CLAUSE.match(sentence)
    if m is None or n_words(m["tail"]) < _WHY_NOT_WORDS or declines(sentence) \
            or DEFERS.search(sentence) or META.search(sentence) or "?" in sentence:
        return None
    return m.start("tail")


def bare_yes_no(lines: list[Line], qs: list[Asked],
                question_texts: Sequence[str] | None = None) -> _ByPosition:
    """A reply that only says yes or no ("Jajamän, det gör vi! /Bengt"): the yes/no
    question's answer, the other questions left open (the caller flags it as from prose)."""
    yes_no = [q for q in qs if q.q.kind == "yes_no"]
    pars = body_paragraphs(lines, question_texts)
    if len(yes_no) != 1 or len(pars) != 1:
        return _ByPosition()
    text = re.sub(r"\s+/{1,2}\s*[A-ZÅÄÖÉÜ][^/.!?]{0,40}$", "", normalize_ws(pars[0]))  # "/Bengt"
    text = _SIGNED_NAME.sub("", text)
    text = strip_greeting(text)  # "Hej, jodå det gör vi!": the greeting on the yes's line
    sentences = split_sentences(text)
    # the yes's own sentence went on past its comma: what follows is said of the yes, no
    # description of the association opening a paragraph ("Ja det gör vi, vi har prova-på
    # för skolor"), unless it says what they are ("..., vi är en förening för ...")
    went_on = False
    if len(sentences) == 1 and (said := YES_FORMULA_COMMA.match(sentences[0])) \
            and yes_no_statement(sentences[0], yes_no[0].q) is None:
        went_on = not re.match(r"(?i)(?:vi|we)\s+(?:är|is|are)\b", sentences[0][said.end() - 1:])
        # "Jadå, det gör vi, alla som vill får spela med oss i parken.": the yes said whole
        # as a clause, then what they do after its comma - a yes and a remark (a short tail,
        # "Jo det gör vi, alla får spela boule hos oss.", is still the plain yes's own)
        sentences = [sentences[0][:said.end() - 1].rstrip(" ,") + ".",
                     sentences[0][said.end() - 1:]]
    elif len(sentences) == 1 and (cut := _no_then_clause(sentences[0])) is not None:
        # "Nej, vi är en liten klubb för pensionärer och har inget sådant.": the no, then
        # why not in a clause of its own after the comma (as "Nej. Vi är bara sex gubbar.")
        went_on = True  # (its description of the association is the why not)
        sentences = ["Nej.", sentences[0][cut:]]
    elif len(sentences) == 1 and (cut := _yes_then_clause(sentences[0])) is not None:
        # "Japp det gör vi, pingis funkar för alla oavsett språk.": a clause of its own after
        # the yes, however short, is what they do (a when/where tail stays the yes's)
        went_on = True
        sentences = [sentences[0][:cut].rstrip(" ,–—-") + ".", sentences[0][cut:]]
    # after the yes, a short note that more can come ("Återkommer om mer behövs", "Hör av
    # er om ni vill veta mer") says nothing more about the question: it is the note it is
    # nor does a note putting the rest off ("Vi återkommer med ordentliga svar efter
    # terminsavslutningen."): the other answers are to come, not said here
    sentences = [sentences[0], *(s for s in sentences[1:]
                                 if not ((CLOSING.match(s) and n_words(s) <= _NOTE_WORDS)
                                         or (_NO_TIME_FOR_MORE.match(s)
                                             and n_words(s) <= _NOTE_WORDS)
                                         or (DEFERS.search(s) and "?" not in s
                                             and n_words(s) <= _DEFER_NOTE_WORDS)))] \
        if sentences else sentences
    # a short remark after the yes ("Jo, det gör vi. Alla är välkomna på banan!") does not
    # hide it: the yes is read, and, not being all the mail says, shown as from prose
    if not sentences or len(sentences) > 3 or any(
            n_words(s) > _NOTE_WORDS
            # "Nej. Vi är bara tolv damer som syr, det är inget vi arbetar med.": one longer
            # remark that says the question's matter back by a pronoun is the why (not) too
            and not (len(sentences) == 2 and n_words(s) <= _SAID_BACK_WORDS
                     and (_SAID_BACK.search(s)
                          # a plain yes and one remark on what they do, no description of
                          # the association ("Ja, det gör vi. Banan är öppen för alla ...")
                          or (plain_yes_no(sentences[0])
                              and (went_on or not DESCRIPTIVE.match(s)))))
            for s in sentences[1:]):
        return _ByPosition()
    st = yes_no_statement(sentences[0], yes_no[0].q)
    how = says_how(sentences[0])  # "Ja, det gör vi genom läxhjälp.": the yes, and a doubt
    if st is None or st.value is None or not (st.pure or how):
        return _ByPosition()
    # confirmed: the one sentence is a plain yes or no ("Ja, det gör vi.", "Absolut, det gör
    # vi på vårt lilla sätt!"), nothing hedged or said both ways, and nothing else is said
    plain = not how and len(sentences) == 1 and (
        plain_yes_no(sentences[0]) or clear_yes_no_opening(sentences[0], yes_no[0]) is st.value)
    got = {yes_no[0].num: [yes_no_word(st.value)]}
    # a short remark after a plain yes or no ("Ja, det gör vi! Alla får vara med oavsett
    # cykel.", "Nej. Vi är bara sex gubbar.") is what the question asking on from it asks
    # for: how, or why not. Read as its answer, still a guess by order (not confirmed).
    k = qs.index(yes_no[0])
    rest = sentences[1:]
    if rest and st.pure and not how and k + 1 < len(qs) and follows_up(yes_no[0], qs[k + 1]) \
            and not any(META.search(s) or wants_interview(s) or s.endswith("?") for s in rest):
        got[qs[k + 1].num] = [" ".join(rest)]
    return _ByPosition(got, True, confirmed=plain)


# A short label of the writer's own opening a sentence, a colon after it, that says what
# follows is about the association ("Kort om oss:", "Om föreningen:", "Lite om klubben:",
# "About us:"): not a note on the mail ("En fråga bara: vi har sökt ..." asks something)
_OWN_LABEL = re.compile(
    r"^(?P<label>(?:(?:kort|lite|kortfattat|briefly|a\s+bit|a\s+little)\s+)?(?:om|about)\s+"
    r"(?:oss|föreningen|klubben|nätverket|organisationen|församlingen|vår\s+\w+|vårt\s+\w+"
    r"|us|our\s+\w+|the\s+(?:club|association|organi[sz]ation|network)))\s*:\s+(?P<rest>\S.*)$",
    re.I)


def after_own_label(sentence: str) -> str | None:
    """What follows a short label of the writer's own before SENTENCE's colon (above), when
    it describes the association as a sentence of its own ("Kort om oss: Kvinnonätverket
    Fosie är ett nätverk för kvinnor ..."); else None."""
    m = _OWN_LABEL.match(sentence)
    if m is None or not DESCRIPTIVE.match(m["rest"]):
        return None
    return m["rest"][:1].upper() + m["rest"][1:]


def about_from_prose(lines: list[Line], qs: Sequence[Asked] = ()) -> str | None:
    """Prose with no structure that describes the association: the first question's
    answer. It ends before a later paragraph that speaks of the yes/no question's topic
    ("Segregation är inte något vi har pratat om."): that is no description, and left over
    it shows as text no answer holds."""
    pars = body_paragraphs(lines)
    yes_no = [q for q in qs if q.q.kind == "yes_no"]
    if len(yes_no) == 1:
        ends = next((i for i, p in enumerate(pars) if i and names_topic(p, yes_no[0].q)), None)
        pars = pars[:ends]
    # a wish to talk in a paragraph of its own after the description: what that paragraph
    # says before the wish is its reason ("Det är svårt för oss att skriva långt. Kan vi
    # ses?"), no description
    at = next((i for i, p in enumerate(pars)
               if i and any(wants_interview(x) for x in split_sentences(normalize_ws(p)))), None)
    pars = pars[:at]
    if not pars:
        return None
    text = normalize_ws(" ".join(strip_greeting(p) for p in pars))
    sentences = split_sentences(text)
    wish = next((i for i, s in enumerate(sentences) if i and wants_interview(s)), None)
    if wish is not None:
        # "... Kan vi ha intervju istället? Gärna med tolk.": what follows a wish to tell it
        # in person is about that meeting (who comes, when), no description
        sentences = sentences[:wish]
    sentences = [after_note_colon(s) or after_own_label(s) or s for s in sentences]
    sentences = [
        s
        for s in sentences
        if not META.search(s) and not PREAMBLE.match(s) and not wants_interview(s)
    ]
    sentences = [s for s in sentences if not s.endswith("?")]
    if not sentences:
        return None
    descriptive = [s for s in sentences if DESCRIPTIVE.match(s)]
    if not descriptive or not (
        DESCRIPTIVE.match(sentences[0]) or 2 * len(descriptive) >= len(sentences)
    ):
        return None
    return " ".join(sentences)
