"""A yes or a no said in prose rather than as the yes/no question's own answer.

"Segregation, ja det är ju det vi håller på med", "... och ja vi jobbar mot segregation
varje dag", "Det gör vi absolut.", "Vi jobbar väl inte med segregation som sådant men ja det
gör vi nog i praktiken", "Inte uttalat.", "Yes definitely." A sentence counts when it is a
short yes/no on its own, or when one of its clauses starts with a yes or no and the
sentence names the yes/no question's topic (its longer content words, from the config).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..config import Question
from .headings import content_words, words_match
from .text import MODAL_ADVERBS, REPLY_LABEL, normalize_ws, short_cache
from .yes_no import (
    _MIXED,
    _SHORT_YES_NO,
    BEFORE_ANSWER_WORD,
    CONCLUDING,
    WHOLE_POINT,
    confirms_only,
    parse_yes_no,
)

_CLAUSE_SPLIT = re.compile(r"[,;:()]|\.\.\.|…|\s[-–—]\s|\s(?:men|but|och|and|så|so)\s"
                           # "Om vi ... blir svaret ja": the answer after a "whether" clause
                           r"|\s(?=(?:är|blir)\s+(?:svaret|vårt\s+svar)\b)"
                           # "Mot segregation ja det gör vi", "Against segregation yes we do":
                           # the topic put first, the yes said back by a pro-form, no comma
                           r"|\s(?=(?:ja|jo|nej|yes|no)\s+(?:det\s+gör\s+vi|vi\s+gör\s+(?:det|inte)"
                           r"|we\s+do|we\s+don'?t)\b)", re.I)
_FILLER = re.compile(
    r"^(?:(?:och|and|men|but)\s+)?(?:hm+|öh+|eh+|tja|well|alltså|ju|väl|ärligt\s+talat"
    r"|uppriktigt\s+sagt|honestly|frankly"
    # the conclusion after a story, before the answer word: "Så ja, vi ...", "So no, ..."
    r"|(?:så|so|thus)" + BEFORE_ANSWER_WORD + r")?"
    r"\b[\s,.!]*", re.I
)


# A yes or no said as such, not "Vi har inte tid" (a "not" about something else).
_EXPLICIT = re.compile(
    r"(?i)(?:ja|jo|japp|jepp|jajamän|jajamen|j[ao]visst|j[ao]då|nej|nä|nix|yes|no|nope|absolut"
    r"|(?:helt\s+)?klart\s+(?:att\s+)?(?:vi\s+gör|det\s+gör\s+vi)|självklart|definitivt|verkligen"
    r"|visst|givetvis|inte|ej|det\s+gör\s+vi|vi\s+gör\s+det|gör\s+vi|of\s+course|definitely"
    r"|" + "|".join(sorted((re.escape(w) for w in _SHORT_YES_NO), key=len, reverse=True)) + r")\b"
)


# "Vi arbetar aktivt mot segregation", "Föreningen motverkar segregation": the question's
# verb said of themselves (its topic word is checked too)
_WE_DO = re.compile(
    r"(?i)(?:vi|föreningen|klubben|kören|we|our\s+\w+)\s+(?:\w+\s+){0,2}"
    r"(?:arbetar|jobbar|motverkar|verkar|kämpar|motarbetar|bryter|work(?:ing)?|fight(?:ing)?)\b"
    # said as what they think of it: "Vi tycker nog att vi motverkar segregation", "I think
    # we do work against segregation"
    r"|(?:vi|jag|we|i)\s+(?:\w+\s+)?(?:tycker|anser|tror|menar|think|believe|feel)\s+"
    r"(?:(?:nog|väl|ju|faktiskt|really|actually)\s+)?(?:att\s+|that\s+)?(?:vi|we)\s+(?:\w+\s+){0,2}"
    r"(?:arbetar|jobbar|motverkar|kämpar|motarbetar|bryter|work(?:ing)?|fight(?:ing)?)\b"
    # how they see themselves: "Vi ser oss som en förening som motverkar segregation", "We
    # definitely see ourselves as working against it"
    r"|(?:vi|we)\s+(?:\w+\s+){0,2}(?:ser|see|betraktar|regard|consider|räknar)\s+"
    r"(?:oss|ourselves)\s+(?:\w+\s+){0,5}?"
    r"(?:arbetar|jobbar|motverkar|verkar|kämpar|working|fighting|countering)\b"
    # the object put first, the verb before its subject: "Segregation motverkar vi absolut",
    # "Mot utanförskap jobbar vi varje dag", "så segregationen bryter vi på det viset" (to
    # break it is to work against it, in everyday words)
    # (not a question put back: "Hur motverkar vi segregation?", "Varför jobbar vi ...?")
    r"|(?!(?:hur|varför|vad|när|var|om|how|why|what|when)\b)(?:\w+\s+){1,3}"
    r"(?:arbetar|jobbar|motverkar|kämpar|motarbetar|bryter)\s+(?:vi|föreningen|klubben|kören)\b"
    r"(?![^.!?]*\?)"
)
# "klart", "självklart (att)", "givetvis", "naturligtvis", "of course" opening the doing
_OF_COURSE = re.compile(r"(?i)^(?:(?:själv)?klart|givetvis|naturligtvis|of\s+course)\s+(?:att\s+)?")
# "Vi ser hela vår verksamhet som ett sätt att bryta segregationen", "Our work is a way to
# fight segregation": what they do named as the means to the question's end (topic checked)
_OUR_WAY = re.compile(
    r"(?i)(?:(?:vi|we)\s+(?:ser|see|betraktar|regard)\s+)?(?:hela\s+|all\s+of\s+)?"
    r"(?:vår|vårt|våra|our|föreningens|klubbens)\s+(?:\w+\s+){0,2}(?:som|är|is|are|as)\s+"
    r"(?:\w+\s+){0,2}(?:sätt|way|means|verktyg|tool|redskap)\s+(?:att|to|för\s+att|of)\b"
    # what was just told named by a pronoun: "Vi ser det som ett sätt att motverka
    # segregation.", "Det är vårt sätt att ...", "We see this as a way to ..."
    r"|(?:(?:vi|we)\s+(?:\w+\s+)?(?:ser|see|betraktar|regard)\s+(?:det|detta|det\s+här|dem|de"
    r"|dessa|this|that|it|them)\s+(?:\w+\s+)?(?:som|as)"
    r"|(?:det|detta|det\s+här|this|that|it)\s+(?:är|is)(?:\s+(?:ju|också|alltså|also))?)\s+"
    r"(?:ett|vårt|a|our)\s+(?:\w+\s+){0,2}?(?:sätt|way|means|verktyg|tool|redskap)\s+"
    r"(?:att|to|för\s+att|of)\b"
)
# "Om vi jobbar mot segregation ...", "Huruvida föreningen ...", "Whether we ...": the yes/no
# question restated as an indirect question
_WHETHER = re.compile(
    r"(?i)^(?:(?:och|men|and|but)\s+)?(?:om|huruvida|ifall|whether|if)\s+(?:vi|föreningen|klubben"
    r"|vår\s+\w+|we|our\s+\w+)\b")
_UNSURE = re.compile(
    r"(?i)\b(?:vet\s+(?:jag|vi)\s+(?:inte|ej)|vet\s+inte|är\s+(?:jag|vi)\s+(?:inte\s+)?(?:osäkra?"
    r"|säkra?)|svårt\s+att\s+(?:säga|veta|svara)|(?:don'?t|do\s+not)\s+know|not\s+sure"
    r"|hard\s+to\s+say)\b")
# "på vårt lilla sätt", "i allra högsta grad", "in our own small way": in what way or how
# much, said after a yes/no, adds nothing to it (a hedge like "i viss mån" is not here)
_MANNER_TAIL = re.compile(
    r"(?i)\s+(?:(?:på|i)\s+(?:vårt|sitt|mitt|vår|ett|sin)\s+(?:(?:eget|egen|lilla|enkla"
    r"|blygsamma|speciella|vanliga|\w+a)\s+)?(?:sätt|vis)"
    r"|i\s+(?:allra\s+)?(?:högsta|hög|stor)\s+(?:grad|utsträckning)"
    r"|in\s+(?:our|its|my)\s+(?:own\s+)?(?:\w+\s+)?way"
    r"|to\s+a\s+(?:great|large|high)\s+(?:extent|degree)"
    # "det gör vi så gott vi kan", "as best we can": how well, not whether
    r"|så\s+gott\s+(?:vi|jag)\s+kan|efter\s+(?:bästa\s+)?förmåga"
    r"|as\s+(?:best|well\s+as)\s+(?:we|i)\s+can)"
    r"(?=[\s.!]*$)"
)
# "Japp, det gör vi varje dag på planen!", "Yes we do, every week at the club": a yes or no
# word, then the question's verb said back by a pro-form; a short tail after it tells when
# or where, nothing the question asks (a tail telling how, "genom ...", "by ...", is more)
_PRO_FORM = re.compile(
    r"(?i)^(?P<w>\w+)[\s,!.]+(?:det\s+gör\s+(?:vi|föreningen|klubben|vi\s+nog)|vi\s+gör\s+det"
    r"|(?:that\s+)?we\s+do|we\s+don'?t"
    # "Jajamensan, vi jobbar med det hela tiden": the question's verb with a pronoun object
    r"|vi\s+(?:jobbar|arbetar|kämpar)\s+(?:med|mot)\s+(?:det|den)"
    r"|we\s+work\s+(?:on|against)\s+(?:it|that))"
    r"(?:\s+(?:inte|ej|not))?(?P<tail>(?:\s|,).*)?$")
# The question's topic, then that it is not their work, the whole sentence: "Segregation är
# inget vi arbetar med.", "Segregation is not something we work on." (a tail, "... med
# uttryckligen, men ...", leaves it open)
_NOT_OUR_WORK = re.compile(
    r"(?i)^(?:\w+\s+){1,4}?(?:är|is)\s+(?:inget|inte\s+(?:något|någonting)|nothing|not\s+something)"
    r"\s+(?:som\s+|that\s+)?(?:vi|föreningen|klubben|we)\s+(?:\w+\s+)?(?:arbetar|jobbar|sysslar"
    r"|håller\s+på|work|deal)\s+(?:med|mot|with|on|against)[\s.!]*$")
# A clause saying no to the topic named before it, by a pronoun: "(så) det arbetar vi inte
# med", "det håller vi inte på med", "that we don't work on"
_PRO_FORM_NO = re.compile(
    r"(?i)^(?:så\s+|so\s+)?(?:det|detta|den|that|it)\s+(?:arbetar|jobbar|håller|sysslar|gör)\s+"
    r"(?:vi|föreningen|klubben)\s+(?:inte|ej|aldrig)(?:\s+(?:på\s+)?(?:med|mot))?[\s.!]*$"
    r"|^(?:så\s+|so\s+)?(?:that|it)\s+(?:is\s+not\s+something\s+)?we\s+(?:don'?t|do\s+not)\s+"
    r"(?:work\s+on|do)[\s.!]*$")
# The question's verb put first, then "gör vi (inte)": "Motverka segregation gör vi inte",
# "Jobba mot segregation gör vi varje dag" (the topic is checked too)
_VERB_PUT_FIRST = re.compile(
    r"(?i)^(?:att\s+)?(?:motverka|motarbeta|bekämpa|bryta|arbeta\s+mot|jobba\s+mot)\s+(?:\w+\s+){1,2}?"
    r"gör\s+(?:vi|föreningen|klubben)\b(?:\s+(?P<neg>inte|ej|aldrig))?")
# "vi jobbar ganska målmedvetet med den", "we work hard on it": the question's verb said of
# themselves, its object a pronoun
_WE_DO_IT = re.compile(
    r"(?i)^(?:vi|we)\s+(?:\w+\s+){0,3}(?:arbetar|jobbar|kämpar|work|fight)\s+(?:\w+\s+){0,2}"
    r"(?:med|mot|on|against)\s+(?:den|det|detta|denna|it|this|that)\b")
# "Segregation är faktiskt hela anledningen till att vi startade", "Att bryta segregationen är
# ett av skälen till att föreningen finns", "Segregation is the reason we started": the
# question's topic named as why the association exists - a yes (the topic is checked too)
_WHY_WE_EXIST = re.compile(
    r"(?i)\b(?:anledning(?:en|arna)?|skäl(?:et|en)?|orsak(?:en|erna)?)\s+(?:till|för)\s+(?:att\s+)?"
    r"(?:vi|föreningen|klubben|nätverket|gruppen)\s+(?:\w+\s+){0,2}?(?:startade|startades"
    r"|bildades|grundades|finns|existerar|började|kom\s+till)\b"
    r"|\breasons?\s+(?:why\s+|that\s+)?(?:we|the\s+\w+)\s+(?:\w+\s+)?(?:started|exists?|began"
    r"|(?:was|were)\s+(?:founded|started|formed))\b")
# The yes said, then that the question's matter is what they are for ("Ja vi jobbar mot
# segregation, det är hela idén med klubben!"): a reason, no how - the yes stays pure however
# long the sentence (yes_no.WHOLE_POINT).
_WHOLE_POINT = WHOLE_POINT
_MEANS = re.compile(
    r"(?i)^[\s,]*(?:genom|bland\s+annat|t\.\s?ex|till\s+exempel|via|med\s+hjälp|eftersom|för\s+att"
    r"|men|fast|dock|by|through|because|for\s+example|e\.g|but|although|though)\b")
_PRO_FORM_TAIL_WORDS = 6


def _pro_form_yes_no(s: str, value: bool | None) -> bool:
    """S is a plain yes or no (VALUE) said with a pro-form and a short when/where tail."""
    m = _PRO_FORM.match(s)
    if m is None or value is None or parse_yes_no(m.group("w")).value != value:
        return False
    tail = (m.group("tail") or "").strip(" .!,")
    return len(re.findall(r"\w+", tail)) <= _PRO_FORM_TAIL_WORDS and not _MEANS.match(tail)


# "jag skulle nog ändå säga ja", "vi svarar nej", "I would say yes": the answer word said
# as what the writer says; or the question's verb said back by a pro-form ("vi skulle ändå
# säga att vi gör det", "I would say that we do", "... att vi inte gör det")
_SAY = re.compile(
    r"(?i)^(?:(?:men|but|and|och|så|so|då)\s+)?(?:(?:jag|vi|I|we)\s+(?:(?:skulle|would|'d|får|must"
    r"|måste|vill|kan|nog|väl|ändå|ju|still|then|då|probably|nog)\s+){0,4}"
    # the verb before the subject after a fronted clause: "(Om vi ... så) skulle jag säga ja",
    # "(... så) säger jag ja"
    r"|(?:(?:skulle|får|måste|vill|kan)\s+(?:jag|vi)\s+(?:(?:nog|väl|ändå|ju|då)\s+){0,3}"
    r"(?=säga|svara)|(?=(?:säger|svarar)\s+(?:jag|vi)\b)))"
    r"(?:säga|svara|säger(?:\s+(?:jag|vi))?|svarar(?:\s+(?:jag|vi))?|say|answer)\s+(?:(?P<yn>ja|nej|yes|no)\b(?!\s+(?:och|and|eller|or)\s+(?:ja|nej|yes|no)\b)"
    r"|(?:att|that)\s+(?:vi|we)\s+(?:(?:nog|ändå|väl|ju|faktiskt|actually|still)\s+)?"
    r"(?:(?P<no>inte\s+gör\s+det|gör\s+det\s+inte|don'?t|do\s+not)|gör\s+det|do)\b"
    # the pro-form ends the clause ("... att vi gör det, för ..."), not "gör det bästa vi kan"
    r"(?=\s*(?:[.,;:!)]|$|(?:också|ändå|faktiskt|too|also|anyway)\b)))")


def whether_left_open(sentence: str, question: Question) -> bool:
    """SENTENCE only puts the yes/no QUESTION back as "whether" and says the writer cannot
    tell ("Om vi arbetar mot segregation vet jag inte riktigt vad jag ska svara.", "Whether
    we work against segregation, I honestly don't know."): the yes/no's own sentence, left
    open - no later clause takes a side, nothing of how or why."""
    s = normalize_ws(sentence)
    if not (_WHETHER.match(s) and _UNSURE.search(s)) or len(re.findall(r"\w+", s)) > 16 \
            or not names_topic(s, question):
        return False
    return all(_say_yes_no(c) is None for c in _CLAUSE_SPLIT.split(s)[1:] if c and c.strip())


def _say_yes_no(clause: str) -> bool | None:
    m = _SAY.match(_FILLER.sub("", clause.strip()))
    if m is None:
        return None
    return m.group("yn").lower() in ("ja", "yes") if m.group("yn") else m.group("no") is None


# "även om det inte alltid kallas så", "fast vi kallar det inte så", "even if we don't call it
# that": a concession said of the yes, not how it is done
_CONCESSION = re.compile(
    r"(?i)^[\s,]*(?:även\s+om|även\s+fast|om\s+än|fast|trots\s+att|although|even\s+if"
    r"|even\s+though|though)\b")


# "Det skulle jag säga att vi gör, ja.", "Vi gör nog det, ja.", "I would say we do, yes.", "Det
# gör vi inte, nej.": the question's verb said back by a pro-form, the yes or no word added
# after a comma as an afterthought
_AFTERTHOUGHT = re.compile(
    r"(?i)^(?P<pre>(?:[\w']+\s+){0,7}(?:gör|göra|do|does|did)(?:\s+(?:vi|det|inte|ej|nog|väl"
    r"|ju|it|not|so))*"
    # "... att vi gör det utan att ha tänkt på det så, ja.": a short how-well tail on the
    # pro-form before the word (no means: "genom ...", "by ...")
    r"(?:\s+(?![^,]*\b(?:genom|via|med\s+hjälp|bland\s+annat|by|through)\b)[\w']+"
    r"(?:\s+[\w']+){0,7})?)"
    r"\s*,\s*(?P<yn>ja|jo|jodå|nej|nä|yes|no)[\s.!…]*$")
_PRO_SUBJECT = re.compile(r"(?i)\b(?:vi|det|we|it|so)\b")


def _afterthought_yes_no(s: str) -> bool | None:
    m = _AFTERTHOUGHT.match(s)
    if m is None or _MIXED.search(m.group("pre").lower()) or not _PRO_SUBJECT.search(m["pre"]):
        return None
    value = m.group("yn").lower() in ("ja", "jo", "jodå", "yes")
    # the clause and the word must agree: "Det gör vi inte, ja." says nothing clear
    return value if bool(_NEGATED.search(m.group("pre"))) is not value else None


def yes_no_said_again(s: str) -> bool:
    """S is a yes or no said back with a pro-form and at most a concession ("Ja, det gör vi,
    även om det inte alltid kallas så.", "Yes we do, even if we don't call it that."): the
    yes/no's own sentence, saying nothing of how."""
    t = normalize_ws(s)
    m = _PRO_FORM.match(t)
    if m is None:
        # ... or as what they would say of it ("Ja, det skulle jag säga att vi gör, även om
        # det inte var därför vi startade.")
        w = _WORD_THEN_REST.match(t)
        if w is None or parse_yes_no(w["w"]).value is None:
            return False
        head, _, tail = w["rest"].partition(",")
        return bool(tail.strip(" .!")) and confirms_only(head) and bool(_CONCESSION.match(tail))
    if parse_yes_no(m.group("w")).value is None:
        return False
    tail = (m.group("tail") or "").strip(" .!,")
    return not tail or bool(_CONCESSION.match(tail))


_WORD_THEN_REST = re.compile(r"^(?P<w>\w+)[\s,!.]+(?P<rest>\S.*)$")


def says_how(s: str) -> bool:
    """S says yes or no back with a pro-form and goes on to how ("Ja, det gör vi genom
    läxhjälp.", "Yes we do, through homework help."): more than the yes alone."""
    m = _PRO_FORM.match(s)
    return m is not None and bool(_MEANS.match(m.group("tail") or ""))


# an English auxiliary's "not" contracted, its apostrophe typed or left out as a quick or
# second-language writer leaves it ("don't", "we haven’t", "We dont have place.", "doesnt")
CONTRACTED_NOT = (r"n['’]t\b|\b(?:do|does|did|have|has|had|is|are|was|were|ca|wo|could|would"
                  r"|should)nt\b")
_NEGATED = re.compile(r"(?i)\b(?:inte|ej|aldrig|inga|ingen|not|never|no)\b")
_CONTRACTED_NOT = re.compile("(?i)" + CONTRACTED_NOT)


def _negated(text: str) -> bool:
    """TEXT says not, in a word or contracted ("Nej vi jobbar inte ...", "No, we don't")."""
    return bool(_NEGATED.search(text) or _CONTRACTED_NOT.search(text))


_ORDINALS = {"första": 1, "andra": 2, "tredje": 3, "fjärde": 4, "femte": 5, "first": 1,
             "second": 2, "third": 3, "fourth": 4, "fifth": 5}
# The yes/no given to a question named by its number in prose: "så svaret på er andra fråga
# blir ja", "to your second question: yes", "fråga 2: absolut", "på fråga två svarar vi nej",
# "jag svarade fel på fråga 2, det ska vara JA".
# The writer says which question the word answers: it is that question's own answer.
_YES_WORDS = ("ja", "yes", "absolut", "självklart", "definitivt", "definitely", "absolutely",
              "of course")
_NUMBER_WORDS = {"ett": 1, "en": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "one": 1,
                 "two": 2, "three": 3, "four": 4, "five": 5}
_BY_NUMBER = re.compile(
    r"(?i)\b(?:(?:svar(?:et)?|answer)\s+)?(?:(?:på|till|to|for)\s+)?"
    r"(?:er\s+|den\s+|your\s+|the\s+)?"
    r"(?:(?P<ord>" + "|".join(_ORDINALS) + r")\s+(?:fråga(?:n)?|question)"
    r"|(?:fråga|frågan|question|(?<=\bsvaret\spå\s)|(?<=\banswer\sto\s))\s*(?:nr\.?\s*)?"
    r"(?P<n>[1-9])(?!\d)"
    r"|(?:fråga|question)\s+(?P<w>" + "|".join(_NUMBER_WORDS) + r")\b)"
    # "svaret på 2 är egentligen nej", "the answer to 2 is actually no": the number bare
    # after "svaret på", the word after a modal adverb (a hedge, "nog", keeps it a doubt)
    r"\s*(?:(?:blir|är|is|will\s+be)\s*" + MODAL_ADVERBS +
    r"|=|:|svarar\s+(?:vi|jag)|(?:we|I)\s+(?:answer|say)"
    # "vi vill ändra svaret på fråga 2 till ja", "change question 2 to yes": a correction
    r"|till|to"
    # a correction: "på fråga 2, det ska vara JA", "fråga 2 ska vara ja", "question 2 should be yes"
    r"|,?\s*(?:det\s+)?(?:ska|skall|bör)\s+(?:det\s+)?" + MODAL_ADVERBS + r"(?:vara|bli|stå)"
    r"|should\s+" + MODAL_ADVERBS + r"(?:be|read))\s*[:,]?\s*"
    r"(?P<yn>ja|nej|yes|no|absolut|självklart|definitivt|definitely|absolutely|of\s+course)\b"
    # the word alone, not "ja och nej" (both) or "no problem" (another sense of the word)
    r"(?!\s+(?:och|and|eller|or)\s+(?:ja|nej|yes|no)\b)"
    r"(?=\s*(?:[.,!;:)\-–]|$|\b(?:och|and|men|but|vi|we|det|it|absolut|definitely)\b))")


# The word first, then the question it answers by number, the whole sentence: "Så nej på
# fråga två.", "Ja till fråga 2!", "So yes to your second question."
_WORD_FOR_NUMBER = re.compile(
    r"(?i)^(?:(?:så|so|alltså|och|and)\s+)?(?:(?:svaret|the\s+answer)\s+(?:blir|är|is)\s+)?"
    r"(?P<yn>ja|nej|yes|no)\s+(?:på|till|to|for|on)\s+(?:er\s+|den\s+|your\s+|the\s+)?"
    r"(?:(?P<ord>" + "|".join(_ORDINALS) + r")\s+(?:fråga(?:n)?|question)"
    r"|(?:fråga|frågan|question)\s*(?:nr\.?\s*)?(?P<n>[1-9])(?!\d)"
    r"|(?:fråga|question)\s+(?P<w>" + "|".join(_NUMBER_WORDS) + r")\b)[\s.!]*$")


# The answer to "your question" said as yes or no: only the yes/no question has such an
# answer ("Så svaret på er fråga är ja", "So the answer to your question is yes")
_ANSWER_TO_YOUR_QUESTION = re.compile(
    r"(?i)^(?:(?:så|so|och|and)\s+)?(?:svaret|the\s+answer)\s+(?:på|till|to)\s+(?:er|din|your)"
    r"\s+(?:fråga|question)\s+(?:blir|är|is|will\s+be)\s+(?:nog\s+|väl\s+|absolut\s+)?"
    r"(?P<yn>ja|nej|yes|no)\b(?!\s+(?:och|and|eller|or)\s+(?:ja|nej|yes|no)\b)")


# The answer said as the question's verb by a pro-form: "(så är) svaret att det är precis det
# vi gör", "svaret är att vi inte gör det", "the answer is that it's exactly what we do"
_ANSWER_IS_THAT = re.compile(
    r"(?i)^(?:(?:så|so)\s+)?(?:(?:svaret|vårt\s+svar)\s+(?:blir|är)|(?:är|blir)\s+(?:svaret|vårt\s+svar)"
    r"|(?:the|our)\s+answer\s+is)\s+(?:att|that)\s+"
    r"(?:(?:det\s+är|it\s+is|it's)\s+(?:(?:precis|just|exakt|verkligen|faktiskt|exactly|precisely"
    r"|just)\s+)?(?:det|vad|what)\s+(?:som\s+)?(?:vi|we)\s+(?P<neg>inte\s+|don'?t\s+)?(?:gör|do)"
    r"|(?:vi|we)\s+(?:(?:nog|faktiskt|verkligen|actually|really)\s+)?(?P<neg2>inte\s+|don'?t\s+)?"
    r"(?:gör\s+det|do))\b")


# The answer word said as such, with no number: "(så) svaret blir nej", "vårt svar är ja",
# "so the answer is no" - in a sentence that names the question's topic
_ANSWER_IS = re.compile(
    r"(?i)^(?:(?:så|so)\s+)?(?:(?:svaret|vårt\s+svar|the\s+answer|our\s+answer)\s+(?:blir|är|får\s+bli"
    r"|is|would\s+be|will\s+be)"
    # the verb first, after "Om vi jobbar mot segregation så ...": "är svaret absolut ja"
    r"|(?:är|blir)\s+(?:svaret|vårt\s+svar))"
    r"\s+(?:nog\s+|väl\s+|then\s+|probably\s+|absolut\s+|definitivt\s+|självklart\s+|definitely\s+)?"
    r"(?P<yn>ja|nej|yes|no)\b"
    r"(?!\s+(?:och|and|eller|or)\s+(?:ja|nej|yes|no)\b)")


def _number_of(m: re.Match[str]) -> int:
    if m.group("n"):
        return int(m.group("n"))
    if m.group("w"):
        return _NUMBER_WORDS[m.group("w").lower()]
    return _ORDINALS[m.group("ord").lower()]


# A question named by number anywhere in a sentence ("På fråga 2 svarade jag nej, ...")
_REF = re.compile(
    r"(?i)\b(?:(?P<ord>" + "|".join(_ORDINALS) + r")\s+(?:fråga(?:n)?|question)"
    r"|(?:fråga|frågan|question)\s*(?:nr\.?\s*)?(?P<n>[1-9])(?!\d)"
    r"|(?:fråga|question)\s+(?P<w>" + "|".join(_NUMBER_WORDS) + r")\b)"
    # "fråga 2 och 3": more than one named
    r"(?P<more>\s*(?:,|och|and|&|-|–)\s*[1-9](?!\d))?")
# ... and changed later in it by a pronoun for the answer: "..., men vi vill ändra det till
# ja", "..., but we want to change that to yes", "..., men det ska vara ja"
_CHANGED_TO = re.compile(
    r"(?i)\b(?:(?:ändra|ändrar|ändrat|byta|byter|change|changing|switch)\s+(?:(?:det|den|detta"
    r"|svaret|vårt\s+svar|mitt\s+svar|it|that|this|the\s+answer|my\s+answer|our\s+answer)\s+)?"
    r"(?:till|to)|(?:det|den|svaret|it|that|the\s+answer)\s+(?:ska|skall|bör|should)\s+"
    + MODAL_ADVERBS + r"(?:vara|bli|stå|be))\s+(?P<yn>ja|nej|yes|no)\b"
    r"(?!\s+(?:och|and|eller|or)\s+(?:ja|nej|yes|no)\b)")


# The verb first after a fronted clause: "(Eftersom vi inte ... ) blir svaret på fråga 2 nej",
# "(..., så) är svaret på er andra fråga ja"
_VERB_FIRST_BY_NUMBER = re.compile(
    r"(?i)\b(?:blir|är)\s+(?P<ref>svar(?:et)?\s+(?:på|till)\s+(?:er\s+|den\s+)?(?:(?P<ord>"
    + "|".join(_ORDINALS) + r")\s+fråga(?:n)?|(?:fråga|frågan)\s*(?:nr\.?\s*)?(?P<n>[1-9])(?!\d)"
    r"|fråga\s+(?P<w>" + "|".join(_NUMBER_WORDS) + r")\b))\s+(?:(?:nog|väl|ju|alltså|då)\s+)?"
    r"(?P<yn>ja|nej)\b(?!\s+(?:och|eller)\s+(?:ja|nej)\b)(?=\s*(?:[.,!;:)\-–—]|$))")
# the sentence going on past the answer word: a dash, comma or colon, then a word
_GOES_ON = re.compile(r"\s*[–—,:-]\s+(?=\w)")


def _verb_first_refs(sentence: str, question: Question) -> Iterator[re.Match[str]]:
    """The answers SENTENCE gives QUESTION by its number with the verb first ("blir svaret
    på fråga 2 nej"), in order."""
    if question.number:
        for ref in _VERB_FIRST_BY_NUMBER.finditer(sentence):
            if _number_of(ref) == question.number:
                yield ref


def after_by_number(sentence: str, question: Question) -> int | None:
    """Where SENTENCE goes on past a dash or comma after giving QUESTION its yes or no by
    number with the verb first ("Eftersom vi inte ... blir svaret på fråga 2 nej – vi är en
    hobbyförening ..."): the index of what follows (what they do, or why not), or None."""
    for ref in _verb_first_refs(sentence, question):
        if m := _GOES_ON.match(sentence, ref.end()):
            return m.end()
    return None


def by_number(sentence: str, question: Question) -> bool | None:
    """The yes or no SENTENCE gives QUESTION by naming its number ("svaret på fråga 2 blir
    ja"), or None when it names no such answer."""
    s = normalize_ws(sentence)
    for ref in _verb_first_refs(s, question):
        return ref.group("yn").lower() in _YES_WORDS
    if (m := _WORD_FOR_NUMBER.match(s)) is not None and question.number \
            and _number_of(m) == question.number:
        return m.group("yn").lower() in _YES_WORDS
    for ref in _BY_NUMBER.finditer(s):
        if question.number and _number_of(ref) == question.number:
            return ref.group("yn").lower() in _YES_WORDS
    # "På fråga 2 svarade jag nej, men nu vill vi ändra det till ja": the one question the
    # sentence names, changed to the word after the change (the last one said)
    refs = list(_REF.finditer(s))
    if question.number and refs and {_number_of(r) for r in refs} == {question.number} \
            and not any(r.group("more") for r in refs):
        changes = list(_CHANGED_TO.finditer(s, refs[0].end()))
        if changes:
            return changes[-1].group("yn").lower() in _YES_WORDS
    return None


@dataclass(frozen=True)
class Statement:
    value: bool | None  # None: "både ja och nej" - said, but mixed
    pure: bool  # the sentence says nothing else ("Ja.", "Det gör vi absolut.", "Inte uttalat.")


@functools.lru_cache(maxsize=64)
def _topic_words(question: Question) -> tuple[str, ...]:
    return tuple(w for w in content_words(question.text) if len(w) >= 6 and not w.isupper())


def names_topic(sentence: str, question: Question) -> bool:
    words = content_words(sentence)
    return any(words_match(w, t) for t in _topic_words(question) for w in words)


_THEN = re.compile(r"(?i)^(?:så|och|och\s+så|so|and\s+so|and)\s+")


def _bare_clause(clause: str) -> str:
    """CLAUSE without its leading connective ("så", "och så", "and") and fillers."""
    return _FILLER.sub("", _THEN.sub("", clause.strip()))


def said_as_outcome(sentence: str, question: Question) -> bool:
    """SENTENCE tells what they do, then says the yes/no QUESTION's doing in a later clause as
    what comes of it ("Varannan helg tar vi med familjer ..., så segregationen bryter vi på
    det viset"): a yes said by doing it, the whole sentence telling how. No negation."""
    s = normalize_ws(sentence)
    clauses = _CLAUSE_SPLIT.split(s)
    # the first clause tells what they do: no yes or no word ("Och ja, vi arbetar ..."), not
    # the question's topic itself
    first = _FILLER.sub("", clauses[0].strip())
    if len(clauses) < 2 or len(re.findall(r"\w+", first)) < 4 \
            or _EXPLICIT.match(first) or names_topic(clauses[0], question):
        return False
    return not _NEGATED.search(s) and any(
        _WE_DO.match(_bare_clause(c)) and names_topic(c, question)
        for c in clauses[1:])


_NEGATION = re.compile(r"(?i)\s+(?:inte|icke|ej|not)\b|" + CONTRACTED_NOT)


def _word_said_over(s: str, value: bool) -> bool:
    """S is the yes or no word (VALUE), a comma, and the same said over as what the writer
    would say of it ("Nej, det kan vi inte säga att vi gör.", "Ja, det skulle jag säga att
    vi gör."): the yes/no's own sentence, nothing of how. A no's clause is negated, a yes's
    is not ("Nej, det skulle vi säga att vi gör" says both: none)."""
    head, sep, rest = s.partition(",")
    if not sep or len(re.findall(r"\w+", head)) > 2 or parse_yes_no(head).value != value:
        return False
    negated = _NEGATION.search(rest) is not None
    return negated == (value is False) and confirms_only(_NEGATION.sub("", rest).strip())


# What they do said to be about the question's doing: "(en stor del av) det vi gör handlar om
# att motverka segregation", "much of what we do is about fighting segregation" (the topic
# is checked too)
_WHAT_WE_DO_IS_ABOUT = re.compile(
    r"(?i)\b(?:det|allt|mycket)\s+(?:som\s+)?(?:vi|föreningen|klubben)\s+gör\s+(?:\w+\s+)?"
    r"(?:handlar\s+om|går\s+ut\s+på)\s+att\s+(?:motverka|motarbeta|bryta|minska|arbeta\s+mot"
    r"|jobba\s+mot|bekämpa)\b"
    r"|\bwhat\s+we\s+do\s+is\s+(?:\w+\s+)?about\s+(?:fighting|countering|breaking|reducing"
    r"|working\s+against)\b")


# A later clause ending on the question's verb said back as done: "... gör vi ju det", "vi
# gör faktiskt det", "we actually do"
_TAKEN_BACK = re.compile(
    r"(?i)(?:^|\s)(?:gör\s+vi\s+(?:(?:ju|nog|faktiskt|ändå|väl|visst)\s+)*det"
    r"|vi\s+(?:(?:ju|nog|faktiskt|ändå|väl|visst)\s+)*gör\s+det"
    r"|we\s+(?:(?:actually|still|probably|really)\s+)?do)[\s.!]*$")


# The yes/no question's own verb, first in it before its subject ("Har ni en egen lokal?",
# "Arbetar ni för att ...?", "Do you have ...?"): what the writer says back of themselves
_ASKED = re.compile(r"(?i)^\s*(?:(?:do|does|did)\s+(?:you|your\s+\w+)\s+(?P<en>\w+)"
                    r"|(?P<v>\w+)\s+(?:ni|du|you|er|ert|era|your|föreningen|klubben)\b"
                    r"(?:(?<=er)\s+\w+|(?<=ert|era)\s+\w+|(?<=your)\s+\w+)?)(?P<rest>[^?]*)")
# the writer, or the association named by what it is ("Kören har ...", "The club has ...")
_SUBJECT = (r"(?:vi|föreningen|klubben|kören|gruppen|nätverket|laget|we|our\s+\w+"
            r"|the\s+(?:club|association|choir|group|team))")
_NEGATIVE = re.compile(r"(?i)\b(?:inte|ej|aldrig|inga|ingen|inget|not|never|no)\b|"
                       + CONTRACTED_NOT)
_NEVER = re.compile(r"(?!)")


# A yes/no question asked of a thing, not of the reader: its verb first, then that thing in
# its definite form ("Räcker lokalerna för er verksamhet?", "Fungerar samarbetet?", "Are the
# premises sufficient?"). The writer says it back with a pronoun for the thing ("Det räcker
# inte för oss.", "De räcker gott.", "They are not.") or the thing itself ("Lokalerna räcker").
_ASKED_OF_A_THING = re.compile(
    r"(?i)^\s*(?:(?P<en>is|are|was|were)\s+the\s+(?P<en_n>\w+)"
    r"|(?P<v>\w+)\s+(?P<n>\w+(?:na|en|et|rna|arna|erna|orna)))\b(?P<rest>[^?]*)\?")
_THING_PRONOUN = r"(?:det|de|dom|dessa|den|it|they|these|those)"
# what may follow the verb said back of the thing: a short clause ("inte för oss", "gott",
# "not really"), no new statement of its own ("Det räcker med en timme i veckan" names what)
_SHORT_REST = 5


# the two shapes the question is said back in, and the words it asks about
_Asked = tuple[tuple[re.Pattern[str], re.Pattern[str]], tuple[str, ...]]


@functools.lru_cache(maxsize=64)
def _asked_of_a_thing(question: Question) -> re.Pattern[str] | None:
    """How a yes/no QUESTION asked of a thing ("Räcker lokalerna ...?") is said back: a
    pronoun or that thing, then (a word or two, "inte") the question's verb, then a short
    rest; None when the question is put to the reader or opens otherwise."""
    m = _ASKED_OF_A_THING.match(question.text)
    if m is None or re.match(rf"(?i)\s*\w+\s+(?:{_SUBJECT}|ni|du|you|er|ert|era|your)\b",
                             question.text):
        return None  # "Har föreningen ...?", "Har ni ...?": put to the reader (_asked)
    verb = (m["en"] or m["v"]).lower()
    thing = (m["en_n"] or m["n"]).lower()
    if len(verb) < 3 or len(thing) < 4:
        return None
    return re.compile(rf"(?i)^(?:{_THING_PRONOUN}|(?:the\s+)?{re.escape(thing)})\s+"
                      rf"(?:\w+\s+){{0,2}}?{re.escape(verb)}\b(?P<o>(?:\W+\w+){{0,{_SHORT_REST}}})"
                      r"\W*$")


@functools.lru_cache(maxsize=64)
def _asked(question: Question) -> _Asked | None:
    """How the yes/no QUESTION is said back, compiled once per question: its verb after the
    writer, or before the writer with what it asks about first, and the words it asks about
    (from the configured text: "Har ni en egen lokal?" -> "har"; "egen", "lokal"), or None
    when it opens otherwise."""
    m = _ASKED.match(question.text)
    if m is None:
        return None
    verb = (m["en"] or m["v"]).lower()
    words = tuple(w for w in content_words(m["rest"]) if len(w) >= 4 and not w.isupper())
    if not words or len(verb) < 2:
        return None
    # the writer first ("Vi har (inte) ...", "We don't have ..."), or what it asks about
    # first, the verb before the writer ("Någon egen lokal har vi inte")
    shapes = (re.compile(rf"(?i){_SUBJECT}\s+(?:[\w']+\s+){{0,2}}?{re.escape(verb)}\b(?P<o>.*)$"),
              re.compile(rf"(?i)(?P<o>(?:\w+\s+){{0,4}}?){re.escape(verb)}\s+{_SUBJECT}\b"))
    return shapes, words


# what the rest after the verb said back of a thing may hold and stay a plain yes or no:
# negation, degree said whole ("gott", "fullt ut", "absolut") and who it is for ("för oss",
# "för vår verksamhet"); a word of degree or time ("sådär", "knappt", "inte alltid", "på
# sommaren") or anything else leaves the yes/no undecided: "They are expensive." says nothing
# of "Are the premises sufficient?" (round 54's review)
_PLAIN_REST = frozenset([
    "inte", "ej", "icke", "riktigt", "gott", "bra", "väl", "absolut", "fullt", "helt", "ut",
    "verkligen", "nog", "för", "oss", "vår", "vårt", "våra", "verksamhet", "verksamheten",
    "föreningen", "not", "for", "us", "our", "well", "fine", "enough", "really", "absolutely",
    "quite", "fully"])


def _plain_rest(rest: str) -> bool:
    return all(w.lower() in _PLAIN_REST for w in re.findall(r"\w+", rest))


def said_back(sentence: str, question: Question) -> bool | None:
    """SENTENCE says the yes/no QUESTION back of the writer, by the question's own verb and
    what it asks about: "Vi har inte egen lokal.", "Vi har ingen lokal.", "Någon egen lokal
    har vi inte.", "We don't have premises of our own." - no when negated, yes otherwise;
    None when it does not say the question back."""
    asked = _asked(question)
    of_a_thing = _asked_of_a_thing(question)
    if asked is None and of_a_thing is None:
        return None
    (subject_first, verb_first), words = asked or ((_NEVER, _NEVER), ())
    for clause in _CLAUSE_SPLIT.split(normalize_ws(sentence)):
        c = _bare_clause(clause)
        if of_a_thing is not None and "?" not in c and (t := of_a_thing.match(c)) \
                and _plain_rest(t["o"]):
            # "Det räcker inte för oss.": the thing asked about said back by its pronoun,
            # which stands for what the question asks about (no content word to find)
            return not _NEGATIVE.search(c)
        m = subject_first.match(c) or verb_first.match(c)
        if m is None or "?" in c:
            continue
        said = content_words(" ".join(m["o"].split()[:5]))
        if not any(words_match(w, x) for w in said for x in words):
            continue
        return not _NEGATIVE.search(c)
    return None


# A conclusion drawn after a story: "Så ja, ...", "Alltså nej, ...", "So yes, ...", "Så om
# frågan är ... så är svaret ja": the connective looks back on what was told
CONCLUDES = re.compile(r"(?i)^" + CONCLUDING + r"\b(?!\s+(?:gör|är|har|kan"
                       r"|do|does|is|are|can|many|much|far)\b)")
_CONCLUDED = re.compile(r"(?i)^" + CONCLUDING + r"[\s,]+(?P<w>ja|jo|nej|yes|no)"
                        r"\s*[,.!]\s*(?P<rest>.*)$")


def _concluded_yes_no(s: str) -> bool | None:
    """S draws the yes or no from the story before it and says the question's doing back
    with the writer as subject ("Så ja, vi arbetar för att blanda stadens delar.", "So no,
    we don't work on it as such."): that yes or no, the topic word or not."""
    m = _CONCLUDED.match(s)
    if m is None or not _WE_DO.match(_FILLER.sub("", m.group("rest"))):
        return None
    value = m.group("w").lower() in ("ja", "jo", "yes")
    return value if _negated(m.group("rest")) == (not value) else None


def concludes_yes_no(sentence: str, question: Question) -> bool:
    """SENTENCE draws the yes/no QUESTION's answer from what was told before it ("Så ja, vi
    jobbar mot segregation, även om ...", "Så om frågan är om vi ... så är svaret väl ja")."""
    s = normalize_ws(sentence)
    if not CONCLUDES.match(s):
        return False  # (the connective first: most sentences open otherwise)
    st = yes_no_statement(s, question)
    return st is not None and st.value is not None


# The yes or no added at the end of another answer with an "and": "Och ja, vi arbetar mot
# segregation, det är hela idén.", "And no, we don't work against it as such."
_ADDED = re.compile(r"(?i)^(?:och|and|plus)[\s,]+(?:ja|jo|nej|yes|no)\b")


def adds_yes_no(sentence: str, question: Question) -> bool:
    """SENTENCE adds the yes/no QUESTION's answer with an "and" ("Och ja, vi arbetar mot
    segregation.", "And yes, we work against it."): the answer, no part of the one it ends."""
    s = normalize_ws(sentence)
    if not _ADDED.match(s):
        return False
    st = yes_no_statement(s, question)
    return st is not None and st.value is not None


# a later clause on the word for the work, not the work: "fast vi kanske inte kallar det så",
# "även om vi inte använder det ordet", "though we don't call it that"
_ABOUT_THE_WORD = re.compile(
    r"(?i)\b(?:kallar|kalla|benämner|call|name)\s+(?:det|detta|oss|it|this|that|ourselves)"
    r"(?:\s+(?:så|för\s+det|that|so))?\s*[.!]?$|\b(?:använder|use)\s+(?:det|that|the|this)\s+"
    r"(?:ordet|word)\b")


# "..., så svaret på er andra fråga blir nej", "..., so the answer to question 2 is no",
# "..., så svaret blir nej": the answer (by number or not) after a comma and a connective,
# the clause before it said first
_THEN_BY_NUMBER = re.compile(
    r"(?i),\s*(?:så|och|alltså|so|and|which\s+means)\s+"
    r"(?=(?:svaret|vårt\s+svar|the\s+answer|my\s+answer|our\s+answer)\b)")


def _same_said_before(s: str, value: bool, question: Question) -> bool:
    """The clause before the answer by number says that very yes or no itself ("Något
    uttalat arbete mot segregation har vi inte, så svaret på er andra fråga blir nej"): the
    whole sentence is the answer, no word of the follow-up's."""
    m = _THEN_BY_NUMBER.search(s)
    if m is None:
        return False
    clause = s[:m.start()].strip()
    if (before := yes_no_statement(clause + ".", question)) is not None:
        return before.value is value
    # the question's topic said back, with a not for a no and without one for a yes
    return names_topic(clause, question) and _negated(clause) is (value is False)


# "inte bara", "not only": a contrast that widens what is said ("..., inte bara de stora.",
# "Vi jobbar inte bara med idrott"), no not said of it
_NOT_ONLY = re.compile(r"(?i)\b(?:inte|ej|icke|not)\s+(?:bara|enbart|endast|only|just|merely)\b\s*")


@short_cache(maxsize=2048)  # the self-check asks again about the reader's sentences
def yes_no_statement(sentence: str, question: Question) -> Statement | None:
    """The yes or no SENTENCE gives to the yes/no QUESTION, or None when it gives none."""
    s = _NOT_ONLY.sub("", normalize_ws(sentence))
    if (label := REPLY_LABEL.match(s)) is not None:
        s = s[label.end():]  # "Snabbsvar: ja, vi jobbar med det.": the yes after the frame
    if not s:
        return None
    n_words = len(re.findall(r"\w+", s))
    whole = parse_yes_no(s)
    if whole.value is not None and n_words <= 6 and _EXPLICIT.match(_FILLER.sub("", s)):
        # "Ja vi gör det varje dag", "Inte uttalat."; "Ja, det gör vi genom läxhjälp." says
        # how too: not the yes alone
        return Statement(whole.value, not says_how(s))
    if whole.value is not None and not whole.ambiguous and _word_said_over(s, whole.value):
        return Statement(whole.value, True)
    parts = _CLAUSE_SPLIT.split(s)
    head = _FILLER.sub("", parts[0].strip())
    head_words = len(re.findall(r"\w+", head))
    plain_head = whole.value is not None and len(parts) > 1 and head_words <= 8 \
        and bool(_EXPLICIT.match(head)) and parse_yes_no(head).value == whole.value
    if plain_head and head_words <= 6 and all(_WHOLE_POINT.match(c) for c in parts[1:]):
        return Statement(whole.value, True)
    if plain_head and whole.value is False and re.match(r"(?i)(?:nej|no)\b", head) \
            and _negated(head[3:]):
        # "Nej vi jobbar inte med sånt, vi är bara ...": the no said whole in its first
        # clause, its negation there too; why not after the comma
        return Statement(False, False)
    core = _MANNER_TAIL.sub("", s)
    if whole.value is not None and core != s and len(re.findall(r"\w+", core)) <= 6 \
            and _EXPLICIT.match(_FILLER.sub("", core)) and parse_yes_no(core).value == whole.value:
        return Statement(whole.value, True)  # "Absolut, det gör vi på vårt lilla sätt!"
    if not whole.ambiguous and _pro_form_yes_no(s, whole.value):
        return Statement(whole.value, True)  # "Japp, det gör vi varje dag på planen!"
    if (drawn := _concluded_yes_no(s)) is not None:
        return Statement(drawn, False)  # "Så ja, vi arbetar för att blanda Malmöborna."
    late = _afterthought_yes_no(s)
    if late is not None:
        return Statement(late, True)  # "Det skulle jag säga att vi gör, ja."
    named = by_number(s, question)
    if named is not None:
        # "så svaret på er andra fråga blir ja": the yes/no given to the question by its number
        return Statement(named, n_words <= 8 or _same_said_before(s, named, question))
    topic = names_topic(s, question)
    if (m := _ANSWER_TO_YOUR_QUESTION.match(s)) is not None:
        # "Så svaret på er fråga är ja, ...": the one question a yes or no answers
        return Statement(m.group("yn").lower() in ("ja", "yes"), n_words <= 8)
    said_so = _say_yes_no(_CLAUSE_SPLIT.split(_MANNER_TAIL.sub("", s))[0])
    if not topic and said_so is not None and len(re.findall(r"\w+", _MANNER_TAIL.sub("", s))) <= 6:
        # "Jag skulle säga ja, på vårt sätt.": the answer word said as the writer's, short
        return Statement(said_so, False)
    if not topic:
        # "Vi har inte egen lokal.": the question said back in its own verb and words
        back = said_back(s, question)
        return Statement(back, n_words <= 6) if back is not None else None
    doing = s if not _ABOUT_THE_WORD.search(s) else " ".join(  # (the name's hedge aside)
        c for i, c in enumerate(_CLAUSE_SPLIT.split(s)) if i == 0 or not _ABOUT_THE_WORD.search(c))
    if _MIXED.search(doing.lower()) and re.search(r"\b(?:ja|nej|yes|no)\b", s, re.I):
        return Statement(None, n_words <= 10)  # "hm, både ja och nej"
    clauses = _CLAUSE_SPLIT.split(s)
    # "Ärligt talat så har vi inte ...": a candid adverb alone before the first clause
    while len(clauses) > 1 and not _FILLER.sub("", clauses[0].strip()):
        clauses.pop(0)
    if _WHETHER.match(s) and (_MIXED.search(s.lower()) or _UNSURE.search(s)):
        # the question put back as "whether" and left open: "Om vi motverkar segregation vet
        # jag inte riktigt", "Whether we work against segregation is hard to say" - unless
        # a later clause comes down on one side: "... men jag skulle nog ändå säga ja"
        late = [v for c in clauses[1:] if (v := _say_yes_no(c)) is not None]
        return Statement(late[-1] if late else None, False)
    said: bool | None = None
    # ("Klart vi jobbar mot segregation!!", "Självklart att vi gör ...", "Of course we work
    # against it": the doing said as a matter of course - the yes said in the question's words)
    first = _OF_COURSE.sub("", _FILLER.sub("", clauses[0]))
    if (_WE_DO.match(first) or _OUR_WAY.match(first)) and names_topic(clauses[0], question) \
            and whole.value is None and not _NEGATED.search(clauses[0]):
        said = True  # "Vi jobbar mot segregation varje dag."
    if said is None and whole.value is None and _WHY_WE_EXIST.search(s) \
            and not _NEGATED.search(s):
        said = True  # "Segregation är hela anledningen till att vi startade"
    if said is None and whole.value is None and names_topic(clauses[0], question) \
            and not _NEGATED.search(s) \
            and any(_WE_DO_IT.match(_FILLER.sub("", c.strip())) for c in clauses[1:]):
        # "Segregationen märks mycket här, och vi jobbar målmedvetet med den": the topic
        # named, then a later clause doing it by pronoun
        said = True
    if said is None and whole.value is None and said_as_outcome(s, question):
        said = True
    if said is None and whole.value is None \
            and (m := _WHAT_WE_DO_IS_ABOUT.search(s)) and not _NEGATED.search(m.group(0)):
        said = True  # "en stor del av det vi gör handlar om att motverka segregation"
    if whole.value is not None and names_topic(clauses[0], question):
        said = whole.value  # "Vi arbetar inte specifikt mot segregation, men ..."
    for clause in clauses:
        c = _FILLER.sub("", clause.strip())
        if not c or (clause is not clauses[0] and _ABOUT_THE_WORD.search(c)):
            continue  # "..., fast vi kanske inte kallar det så": the name, not the doing
        yn = parse_yes_no(c)
        if yn.value is not None and _EXPLICIT.match(c):
            said = yn.value  # the last clause wins: "inte som sådant men ja det gör vi nog"
        elif (m := _ANSWER_IS.match(c)) is not None:
            said = m.group("yn").lower() in ("ja", "yes")  # "... så svaret blir nej"
        elif (m := _ANSWER_IS_THAT.match(c)) is not None:
            said = not (m["neg"] or m["neg2"])  # "... så är svaret att det är precis det vi gör"
        elif (v := _say_yes_no(c)) is not None:
            said = v  # "men jag skulle nog ändå säga ja"
        elif said is False and clause is not clauses[0] and _TAKEN_BACK.search(c):
            # "Vi har nog inte tänkt på oss som en förening som motverkar segregation, men
            # när jag tänker efter gör vi ju det": the no taken back by the pro-form yes
            said = True
    if said is None and names_topic(clauses[0], question):
        if _NOT_OUR_WORK.match(s):
            said = False  # "Segregation är inget vi arbetar med."
        elif (m := _VERB_PUT_FIRST.match(clauses[0].strip())) is not None:
            said = not m.group("neg")  # "Motverka segregation gör vi inte, det är ..."
    if said is None and topic and not _MIXED.search(s.lower()) \
            and any(_PRO_FORM_NO.match(_FILLER.sub("", c.strip())) for c in clauses[1:]):
        # "Vi ... har inte segregation som mål, så det arbetar vi inte med.": the topic
        # named, then a later clause saying no to it by a pronoun
        said = False
    if said is None:
        said = said_back(s, question)  # "We don't have premises of our own."
    if said is None:
        return None
    # "Någon särskild verksamhet mot segregation har vi inte, så svaret blir nog nej.": the
    # answer word closing a sentence whose clause before says that same answer - all of it
    # the yes/no's, as with the answer given by number
    return Statement(said, n_words <= 10 or _concluded_on_itself(s, said, question))


def _concluded_on_itself(s: str, value: bool, question: Question) -> bool:
    """S ends with the answer word said as the answer ("..., så svaret blir nej") after a
    clause saying that same answer (`_same_said_before`)."""
    last = _CLAUSE_SPLIT.split(s)[-1].strip()
    return _ANSWER_IS.match(_FILLER.sub("", last)) is not None \
        and _same_said_before(s, value, question)
