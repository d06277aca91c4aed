"""Yes/no answers in Swedish and English: "Ja", "JA!", "Japp", "Nej tyvärr", "No", "Nja" ...

The value comes from the first words; an explanation after it ("Ja, vi har läxhjälp")
does not change it. Genuinely mixed answers ("både ja och nej", "delvis", "kanske")
and answers that give no yes or no at all are undecided: value None, ambiguous True.
A yes word with a qualifier of degree ("Ja, i viss mån.", "Partly, yes.") is that yes,
hedged: value set, `hedged` True (shown: yes_no_hedged). A narrowed no ("Nej, inte direkt.")
is a plain no.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import normalize_ws, short_cache, strip_markdown


@dataclass(frozen=True)
class YesNo:
    value: bool | None
    ambiguous: bool = False  # text was given but no clear yes or no: needs a person
    # the yes or no said with a qualifier of degree ("Ja, i viss mån.", "Yes, in a way."):
    # the value stands, the hedge is shown to a person (yes_no_hedged)
    hedged: bool = False
    # another language's yes word opening words the reader cannot read on ("Да, в какой-то
    # мере."): the yes stands, but what follows may take it back: a person looks
    # (yes_no_other_language, a review reason, unlike the hedge's note)
    unread_rest: bool = False


# Anything that makes the first clause a "both/partly/don't know".
_MIXED = re.compile(
    r"\b(?:både\s+ja\s+och\s+nej|både\s+och|ja\s+och\s+nej|nej\s+och\s+ja|ja\s*/\s*nej"
    r"|ja\s+eller\s+nej|nja+|delvis|kanske|eventuellt|till\s+(?:en\s+)?viss\s+del"
    r"|i\s+viss\s+mån|på\s+sätt\s+och\s+vis|mer\s+eller\s+mindre|beror\s+på|vet\s+(?:ej|inte)"
    r"|osäker|oklart|svårt\s+att\s+säga"
    # "Inte som förening, men enskilda medlemmar gör det": the members do, the club does not
    r"|(?:inte|ej)\s+som\s+(?:förening\w*|organisation\w*|klubb\w*)"
    # ("inte uttalat" is a no: not as a stated goal, as the next words usually explain)
    r"|(?:inte|ej)\s+(?:officiellt|formellt|organiserat)"
    r"|not\s+as\s+an?\s+(?:association|organi[sz]ation|club)|not\s+(?:officially|formally)"
    r"|yes\s+and\s+no|partly|partially|somewhat|maybe|perhaps|sort\s+of|kind\s+of"
    r"|to\s+some\s+extent|not\s+sure|don'?t\s+know|it\s+depends|depends)\b",
    re.I,
)

# A qualifier of degree: the yes holds only so far. After the answer word ("Ja, i viss
# mån.", "ja på sätt och vis", "Yes, to some extent.", "Ja, till viss del men vi vill bli
# bättre.") or before it ("Partly, yes.", "I viss mån, ja.", "In a way, yes."), it hedges
# the answer and does not undo it: the value stands, flagged `yes_no_hedged`. Not an open
# word ("kanske", "vet inte", "beror på", "Nja"): those leave it undecided.
_DEGREE = (
    r"(?:i\s+(?:en\s+)?(?:viss|någon)\s+mån|till\s+(?:en\s+)?(?:viss|vissa|någon)\s+del(?:ar)?"
    r"|till\s+en\s+del|delvis|på\s+sätt\s+och\s+vis|på\s+ett\s+sätt|mer\s+eller\s+mindre"
    r"|to\s+(?:some|a|an|a\s+certain|some\s+small)\s+(?:extent|degree)"
    r"|in\s+(?:a|some)\s+(?:way|ways|sense)|partly|partially|somewhat|sort\s+of|kind\s+of"
    r"|more\s+or\s+less)"
)
_HEDGED_AFTER = re.compile(
    r"^(?P<w>ja+|jo+|japp+|jepp|yes+|yeah|yep)\b[\s,.!:;\-–—]*"
    r"(?:(?:det\s+gör\s+vi|vi\s+gör\s+det|we\s+do|it\s+does|that\s+is)\s*,?\s*)?"
    + _DEGREE + r"\b(?P<rest>.*)$", re.I)
_HEDGED_BEFORE = re.compile(
    r"^" + _DEGREE + r"[\s,]+(?P<w>ja|jo|yes)\b(?P<rest>.*)$", re.I)


# A concession after the hedged yes, in a clause of its own opened by a concessive
# conjunction and with a subject of its own: "Ja, i viss mån, fast vi har inte tänkt på det
# som segregationsarbete.", "Ja, i viss mån, även om det inte är vårt huvudsyfte.", "Yes, to
# some extent, although it is not our main aim." It says what the work is not called or aimed
# at; its "inte" does not take the yes back. Not a bare "fast inte" / "though not really" (no
# clause: the yes taken back), not one denying the doing itself ("fast vi gör det inte"), and
# nothing open or both ways in it ("även om vi kanske ...", "fast inte som förening").
_CONCESSIVE = re.compile(
    r"^[\s,;:\-–—]*(?:fast|även\s+om|om\s+än|trots\s+att|though|although|even\s+though"
    r"|even\s+if)\s+(?P<clause>(?:det|detta|vi|man|de|föreningen|klubben|it|this|that|we|they)"
    r"\b.*)$", re.I)
_DOING = re.compile(r"\b(?:gör|göra|jobbar|arbetar|motverkar|do|does|doing|work|works|working)\b",
                    re.I)


def _conceded_only(rest: str) -> bool:
    """REST, what follows a hedged yes in its sentence, is a concession clause (above) that
    leaves the yes standing."""
    m = _CONCESSIVE.match(rest)
    if m is None:
        return False
    clause = m["clause"]
    if len(clause.split()) < 3 or _MIXED.search(clause) or _OR_ELSE.match(clause):
        return False
    if re.search(r"\b(?:ja|jo|yes|nej|no|säker|säkra|sure|certain)\b", clause, re.I):
        return False  # an answer word, or the writer not sure of the yes ("fast vi är inte säkra")
    return not (_DOING.search(clause) and _NEGATION.search(clause))


def _hedged(t: str) -> bool | None:
    """The yes T says with a qualifier of degree, or None (a no so qualified is no answer:
    "Nej, i viss mån." says both): the qualifier next to the
    answer word, nothing open or said both ways in the rest of its first clause ("Ja, i viss
    mån, kanske." and "Delvis, men inte som förening" stay undecided); a concession clause
    after it leaves it standing (`_CONCESSIVE`)."""
    m = _HEDGED_AFTER.match(t) or _HEDGED_BEFORE.match(t)
    if m is None:
        return None
    clause = re.split(r"[.!?;]", m["rest"], maxsplit=1)[0]
    if _conceded_only(clause):
        return True
    rest = " ".join(clause.split()[:8]).lower()
    if _MIXED.search(rest) or _OR_ELSE.match(rest) or re.search(
            r"\b(?:ja|jo|yes|nej|no|inte|ej|not)\b", rest):
        return None
    return True


_YES = re.compile(
    # "Klart vi gör", "Klart att vi gör det", "Självklart gör vi det": the yes said whole
    r"^(?:(?:själv|helt\s+)?klart\s+(?:att\s+)?(?:vi\s+gör(?:\s+det)?|det(?:\s+gör\s+vi|(?=\s*[.,!]))"
    r"|gör\s+vi(?:\s+det)?)"
    r"|ja+|japp+|jepp+|jo+|joo|j[ao]\s?visst|j[ao]då|jajamen(?:san)?|jajamän|visst|absolut"
    r"|självklart|givetvis|definitivt|förstås|naturligtvis|verkligen|precis|stämmer"
    r"|det\s+gör\s+vi|det\s+gör\s+vi\s+absolut|vi\s+gör\s+det|i\s+(?:allra\s+)?högsta\s+grad"
    r"|helt\s+klart|yes+|yeah|yep|yup|sure|absolutely|definitely|certainly|indeed"
    r"|of\s+course|we\s+do|correct|very\s+much(?:\s+so)?)\b",
    re.I,
)

_NO = re.compile(
    r"^(?:nej+|nä+|näe|nää+|nix|nope|no|nah|icke|ej|inte|tyvärr\s+(?:inte|nej|ej)"
    r"|ännu\s+inte|inte\s+än|inte\s+ännu|not|never|aldrig|nejdå|ingalunda"
    r"|(?:absolut|verkligen|definitivt|självklart|helt\s+klart)\s+(?:inte|ej)"
    r"|absolutely\s+not|definitely\s+not|certainly\s+not|of\s+course\s+not"
    r"|det\s+gör\s+vi\s+(?:inte|ej)|vi\s+gör\s+(?:inte|ej)\s+det"
    r"|vi\s+(?:\w+\s+){0,2}(?:inte|ej)\b|we\s+(?:do\s+not|don'?t)|we\s+(?:\w+\s+){0,2}not"
    # the pro-form after a fronted word: "(ärligt talat) gör vi nog inte det heller"
    r"|gör\s+vi\s+(?:nog\s+|väl\s+|ju\s+)?(?:inte|ej))\b",
    re.I,
)

# "Not really, or not yet.", "Nej, eller inte än", "Ja, eller åtminstone försöker vi": a yes
# or no taken back in the same breath by an alternative - the writer does not commit to it
_OR_ELSE = re.compile(
    r"^[^,.;:!?]{1,20}?,?\s+(?:or|eller)\s+(?:\w+\s+){0,2}(?:not|inte|ej|no|nej|yes|ja|ännu|än"
    r"|yet|kanske|maybe|perhaps|snarare|rather|rättare|åtminstone|at\s+least|i\s+alla\s+fall"
    r"|försöker|try|trying)\b",
    re.I,
)

# the same yes or no opening the answer and closing it after "men"/"but": "Ja, kanske inte så
# mycket som andra, men ja.", "No, maybe a little, but no."
_SAID_AGAIN_LAST = re.compile(
    r"^(ja|nej|yes|no)\b[^.!?]*?[\s,]+(?:men|but)\s+(?i:\1)\s*[.!]*\s*$", re.I)
_SAID_AGAIN_LAST_WORDS = 20
# a yes or no put right at once on its line: "Nej – förlåt, jag menar ja!", "Ja, oj, jag menade
# nej.", "No - sorry, I mean yes." (the word after "jag menar" is the answer)
_MEANT_OTHER = re.compile(
    r"^(?:ja|nej|yes|no)\b[\s,.!–—-]*(?:(?:förlåt|ursäkta|oj|oops|sorry|pardon)[\s,.!–—-]*)?"
    r"(?:jag\s+menar|jag\s+menade|menar|menade|i\s+mean|i\s+meant)\s+(ja|nej|yes|no)\b", re.I)

# "Nej, inte som förening.", "No, not formally.": the no said, then narrowed to the association
# or to a formal aim - the same no, not "both" (without the "Nej" it may be the members who do)
_NO_NARROWED = re.compile(
    r"^(?:nej|nä|no|nope)\b[\s,.!:;\-–—]*(?:(?:inte|ej)\s+som\s+(?:förening\w*|organisation\w*"
    r"|klubb\w*)|(?:inte|ej)\s+(?:officiellt|formellt|organiserat)"
    r"|not\s+as\s+an?\s+(?:association|organi[sz]ation|club)|not\s+(?:officially|formally))\b"
    # nothing after it that says otherwise ("..., men enskilda medlemmar gör det")
    r"(?![^.!?;]*\b(?:men|fast|but|though|although)\b)",
    re.I,
)

# "Not on purpose, but ...", "Inte medvetet.": the "not" narrowed to the intent, with no "nej"
# or "no" before it - the work may happen all the same (as "inte som förening" without a
# "nej"): no answer either way. After a "Nej" ("Nej, inte medvetet.") it is the no.
_INTENT_ONLY = re.compile(
    r"^(?:(?:inte|ej)\s+(?:medvetet|avsiktligt|med\s+(?:flit|avsikt)|planerat|uttalat\s+medvetet)"
    r"|not\s+(?:on\s+purpose|deliberately|intentionally|consciously|knowingly|by\s+design"
    r"|as\s+a\s+(?:conscious|deliberate)\s+\w+))\b",
    re.I,
)

_LEADING_NOISE = re.compile(r"^[\s\-–—:;,.*•>\"'“”()\[\]]+")

# The verdict a sentence lands on, the answer word last: "Vi tog upp det i styrelsen och
# landade i att svaret är ja.", "Efter diskussion blir det ett nej.", "After some thought,
# the answer is yes.", "Styrelsens svar är ja." (not "om svaret är ja" / "if the answer is
# yes": a condition)
_VERDICT = re.compile(
    r"\b(?:svaret\s+(?:är|blir|får\s+bli|ska\s+vara)|det\s+blir|blir\s+det"
    r"|the\s+answer\s+(?:is|will\s+be)|it(?:'s|\s+is)|our\s+answer\s+is|vårt\s+svar\s+(?:är|blir)"
    # the answer owned by who gives it: "Styrelsens svar är ja.", "The board's answer is yes."
    r"|[^\W\d_]{2,}s\s+svar\s+(?:är|blir)|[^\W\d_]{2,}['’]s\s+answer\s+(?:is|will\s+be))"
    r"\s+(?:ett\s+|an?\s+)?(?:klart\s+|tydligt\s+|clear\s+)?(?P<v>ja|nej|yes|no)\s*[.!]*\s*$",
    re.I)
_CONDITION = frozenset({"om", "ifall", "huruvida", "if", "whether", "när", "when"})
_VERDICT_MAX_WORDS = 25


def negates_intent_only(text: str | None) -> bool:
    """TEXT opens by saying the work is not done on purpose, with no "nej" or "no" before
    it ("Not on purpose, but ...", "Inte medvetet, men ..."): no answer word at all, the
    whole of it says how things are (for the follow-up), the yes/no left open."""
    t = _CANDID.sub("", _LEADING_NOISE.sub("", normalize_ws(strip_markdown(text or ""))))
    return bool(_INTENT_ONLY.match(t))
_LABEL = re.compile(r"^(?:svar|answer|sv|a)\s*[:.)-]\s*", re.I)
# The connective that draws a conclusion after a story ("Så ja, ...", "Alltså nej", "So yes,
# ..."), and what follows it when it leads to the answer word itself (not "Så gör vi", "So
# no one ...")
CONCLUDING = r"(?:och\s+|and\s+)?(?:så|alltså|so|thus)"
BEFORE_ANSWER_WORD = r"(?=[\s,]+(?:ja|jo|nej|yes|no)(?:[,.!:;]|$|\s+(?:vi|det|we|it|i)\b))"
# "Ärligt talat nej", "Honestly no, not as an aim": said candidly, the same yes or no
_CANDID = re.compile(r"^(?:ärligt\s+talat|uppriktigt\s+sagt|honestly|frankly|to\s+be\s+honest"
                     r"|in\s+all\s+honesty"
                     # a conclusion drawn after a story: "Så ja, vi ...", "Alltså nej.", "So
                     # yes, we do": the connective before the answer word frames it as
                     # candour does
                     r"|" + CONCLUDING + BEFORE_ANSWER_WORD +
                     r")\b[\s,:;.!-]*(?=\w)", re.I)


_INVERTED = re.compile(
    r"^(?:så\s+)?(?P<v>har|hade|jobbar|arbetar|gör|är|motverkar|kämpar|sysslar|håller)\s+"
    r"(?P<s>vi|jag|föreningen|klubben)\b", re.I)


_AFTER_OPTION = r"(?<=\bja\s)|(?<=\bnej\s)|(?<=\byes\s)|(?<=\bno\s)"
# A check box: "[X]", "( )", or a form glyph ("☒ Ja ☐ Nej" from Word, PDF forms, Unicode).
# A form printed or typed as text marks its options so too: a bare tick opening the line
# before the option ("X Ja" / "__ Nej", "✓ Yes"), a blank of underscores before the others.
_BOX_TOKEN = re.compile(
    r"(?P<box>[\[(]\s*(?P<tick>[xX✓✔✗×*])?\s*[\])]|(?P<gtick>[☒☑✅■])|[☐□]"
    r"|(?:^|(?<=\n)|" + _AFTER_OPTION + r")\s*(?P<btick>[xX✓✔])(?=[ \t]+(?:ja|nej|yes|no)\b)"
    r"|(?<!\w)_{2,}(?!\w))"
    r"|\b(?P<label>ja|nej|yes|no)\b",
    re.I,
)
# a bare tick before an option, at the start of a line or right after the option above it
# (the form's lines joined: "Ja X Nej"): the cheap test before _BOX_TOKEN
_BARE_TICK = re.compile(r"(?:^|\n|\b(?:ja|nej|yes|no)[ \t]+)\s*[xX✓✔][ \t]+(?:ja|nej|yes|no)\b",
                        re.I)


# what a ticked box of _BOX_TOKEN holds: its bracket, or its glyph
_TICKED_OPENS = "[(☒☑✅■"
# Every ticked token of _BOX_TOKEN holds one of these: a mark in brackets ("[X]", "(x)"), a
# form glyph, or a bare tick before an option ("X Ja"). A text without one (most lines) has
# no ticked box and is not searched further: a "(" alone sent it to _BOX_TOKEN's finditer,
# and any other line to _BARE_TICK's search (10-50 us of CPU a line, asked again by every
# question: markers._consume_question).
_TICK_CHARS = "xX✓✔✗×*☒☑✅■"
# (one class first, so the engine skips to its characters; each branch then checks what
# the character began: case-insensitive only where _BOX_TOKEN's matters, the option words)
_A_TICK = re.compile(r"[\[(☒☑✅■xX✓✔](?:(?<=[\[(])\s*[xX✓✔✗×*]\s*[\])]|(?<=[☒☑✅■])"
                     r"|(?<=[xX✓✔])(?=[ \t]+(?i:ja|nej|yes|no)\b))")


def _is_ticked(m: re.Match[str]) -> bool:
    return bool(m.group("tick") or m.group("gtick") or m.group("btick"))


def has_check_box(text: str) -> bool:
    """Does TEXT hold a ticked box next to a yes/no ("[X] Ja [ ] Nej", "☐ Ja ☒ Nej")?"""
    return _ticked(text) is not None


def check_boxes_start(text: str) -> int | None:
    """Where the ticked options of TEXT begin ("Arbetar ni ...? Ja / nej [ ] Ja [X] Nej": at
    "[ ]"; "... Ja [X] Nej [ ]": at that "Ja"), or None without a ticked box."""
    if _ticked(text) is None:
        return None
    tokens = list(_BOX_TOKEN.finditer(text))
    first = next(i for i, m in enumerate(tokens) if m.group("box"))
    if first and tokens[first - 1].group("label") and not _box_first(tokens):
        first -= 1  # the option's word before its box
    return tokens[first].start()


def _box_first(tokens: list[re.Match[str]]) -> bool:
    """Do the boxes stand before their options ("[ ] Ja [X] Nej") or after them ("Ja [X]
    Nej [ ]")? An option word after the last box says before: the question's own "Ja / nej"
    ahead of the boxes ("... Ja / nej [X] Ja [ ] Nej") does not turn them round."""
    return not tokens[-1].group("box")


def _ticked(text: str) -> bool | None:
    """ "Ja [X] Nej [ ]" / "[ ] Ja [x] Nej" / "☒ Ja ☐ Nej": the ticked option, or None
    without boxes."""
    if not any(map(text.__contains__, _TICK_CHARS)) or not _A_TICK.search(text):
        return None  # no tick anywhere, so no ticked box: most lines, not tokenised
    if not any(map(text.__contains__, _TICKED_OPENS)) and not _BARE_TICK.search(text):
        return None  # no ticked box can stand here: most lines, not searched
    tokens = list(_BOX_TOKEN.finditer(text))
    boxes = [m for m in tokens if m.group("box")]
    if not boxes or not any(_is_ticked(m) for m in boxes):
        return None
    box_first = _box_first(tokens)
    chosen: set[bool] = set()
    for i, m in enumerate(tokens):
        if not m.group("label"):
            continue
        j = i - 1 if box_first else i + 1
        if i and tokens[i - 1].group("btick"):
            j = i - 1  # a bare tick marks the option after it, whatever the boxes' side
        elif 0 <= j < len(tokens) and tokens[j].group("btick"):
            continue  # ... never the one before it ("Ja" / "X Nej")
        if 0 <= j < len(tokens) and tokens[j].group("box") and _is_ticked(tokens[j]):
            chosen.add(m.group("label").lower() in ("ja", "yes"))
    return chosen.pop() if len(chosen) == 1 else None


# The yes and no words of the languages the associations write in: a closed class, so a
# small lexicon (not a list of this survey's sentences). Scripts written without spaces
# (Chinese, Thai) give the word with its polite particle as one token.
_YES_WORDS = (
    "ja yes jo oui si sí sì sim tak evet kyllä joo da да так ано ano igen ναι có vâng naam نعم"
    " بله aye yep"
    # Somali, Persian (spoken and formal), Arabic (formal and spoken), Kurdish (Kurmanji and
    # Sorani), Tigrinya, Amharic
    " haa آره بلی أجل اجل ايوه erê belê بەڵێ እወ አዎ"
    # Chinese, Thai (alone and with its polite particle), Vietnamese, Urdu, Estonian, Lithuanian
    " 是的 是 对 有的 ใช่ ใช่ค่ะ ใช่ครับ ค่ะ ครับ dạ ہاں jah taip"
)
_NO_WORDS = (
    "nej no nei nee nein non não nie hayır ei ne не нет ні nem όχι không لا نه nope"
    " maya خیر نەخێر ኣይፋል"
    " 不是 不 没有 否 ไม่ ไม่ใช่ ไม่ค่ะ ไม่ครับ نہیں"
)
# Of these, the words that are Swedish or English too: those languages' own rules read them.
# A word with its combining marks: Python's \w leaves out the marks of Thai ("ใช่"), Arabic
# harakat and decomposed Latin accents.
_WORD = re.compile(r"[\w\u0300-\u036f\u064b-\u065f\u0670\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]+")
_OWN_LANGUAGE_WORDS = frozenset(["ja", "yes", "jo", "joo", "yep", "aye", "no", "nej", "nope"])
_SHORT_YES_NO = {
    **dict.fromkeys(_YES_WORDS.split(), True),
    **dict.fromkeys(_NO_WORDS.split(), False),
}


def _first_clause_words(text: str, limit: int = 6) -> str:
    first = re.split(r"(?<=[.!?;])\s|\n", text, maxsplit=1)[0]
    return " ".join(first.split()[:limit])


@short_cache(maxsize=1024)  # YesNo is frozen; every pass asks about the same clauses
def parse_yes_no(text: str | None) -> YesNo:
    """Normalise a yes/no answer; see the module docstring."""
    t = normalize_ws(strip_markdown(text or ""))
    ticked = _ticked(t)
    if ticked is None and text and "\n" in text:
        ticked = _ticked(text)  # a form's options on lines of their own: "Ja" / "X Nej"
    if ticked is not None:
        return YesNo(ticked)
    t = _LEADING_NOISE.sub("", t)
    t = _LABEL.sub("", t)
    t = _CANDID.sub("", _LEADING_NOISE.sub("", t))
    # Swedish puts the verb before its subject after a fronted adverb: "Ärligt talat (så)
    # har vi inte jobbat med ..." is "vi har inte jobbat med ..."
    if t != (before := _LEADING_NOISE.sub("", normalize_ws(strip_markdown(text or "")))) \
            and before:
        t = _INVERTED.sub(r"\g<s> \g<v>", t)
    if not t:
        return YesNo(None, False)
    head = _first_clause_words(t).lower()
    if _NO_NARROWED.match(t):
        return YesNo(False)
    if (meant := _MEANT_OTHER.match(t)) is not None:
        # "Nej – förlåt, jag menar ja!": the word put right at once is the answer
        return YesNo(meant.group(1).lower() in ("ja", "yes"))
    if (said := _SAID_AGAIN_LAST.match(t)) and len(t.split()) <= _SAID_AGAIN_LAST_WORDS:
        # "Ja, kanske inte så mycket som en stor förening men ja.": a hedge between the
        # same word said first and last, after "men": the writer lands on it
        return YesNo(said.group(1).lower() in ("ja", "yes"))
    if (hedged := _hedged(t)) is not None:
        # "Ja, i viss mån.", "Partly, yes.": the answer word, hedged by how far it goes
        return YesNo(hedged, hedged=True)
    if (verdict := _VERDICT.search(t)) is not None and len(t.split()) <= _VERDICT_MAX_WORDS \
            and not _CONDITION.intersection(t[:verdict.start()].lower().split()[-1:]) \
            and not re.search(r"[.!?;]\s", t[:verdict.start()]) and not _MIXED.search(t):
        # one sentence that lands on the answer word: the writer's verdict
        return YesNo(verdict.group("v").lower() in ("ja", "yes"))
    if (intent := _INTENT_ONLY.match(t)) is not None and not re.sub(
            r"[\s.!…]+", "", without_candour_tail(t)[intent.end():]):
        # "Inte medvetet.", "Not on purpose, to be honest.": the "not" alone is the answer,
        # nothing after it says the work happens all the same ("..., men det blir så ändå")
        return YesNo(False)
    if _MIXED.search(head) or _OR_ELSE.match(head) or _INTENT_ONLY.match(head):
        return YesNo(None, True)
    if _NO.match(head):  # first: "det gör vi inte" starts like "det gör vi"
        return YesNo(False)
    if _YES.match(head):
        return YesNo(True)
    # "Tak - ja", "Oui", "Sí", "Nein": a short answer with one yes or no in it, in the
    # languages the associations write in (a word list of the languages, not of the survey)
    words = _WORD.findall(t.lower())
    if len(words) <= 3:
        said = {_SHORT_YES_NO[w] for w in words if w in _SHORT_YES_NO}
        if len(said) == 1:
            return YesNo(said.pop())
    elif _SHORT_YES_NO.get(words[0]) and words[0] not in _OWN_LANGUAGE_WORDS \
            and not any(_SHORT_YES_NO.get(w) is False for w in words[1:]):
        # "Да, в какой-то мере.", "Evet, ama ...": another language's yes word opening a
        # longer answer the reader cannot read on: the yes, flagged for a person, since what
        # follows may qualify or take it back (yes_no_other_language). A no so followed stays
        # undecided.
        return YesNo(True, hedged=True, unread_rest=True)
    if not words and (sign := signed_yes_no(t)) is not None:
        return YesNo(sign)  # "✔️", "👍", "❌": a sign alone in the answer's place
    if (pro := pro_form_yes_no(t)) is not None:
        return pro
    return YesNo(None, True)


# The yes or no given as a sign alone, the way a chat or a form is answered: a tick or a
# thumb up says yes, a cross or a thumb down says no (skin tones and the emoji selector
# dropped). One sign, or the same one repeated; both kinds say nothing.
_YES_SIGNS = frozenset("✔✓✅☑👍👌🙋💯")
_NO_SIGNS = frozenset("✖✗✘❌❎👎🚫⛔")
_SIGN_NOISE = re.compile(r"[\s.!\ufe0f\u200d\U0001F3FB-\U0001F3FF]+")


def signed_yes_no(text: str) -> bool | None:
    """TEXT is nothing but a yes sign or a no sign ("✔️", "👍🏽", "❌"): its value, else None."""
    signs = set(_SIGN_NOISE.sub("", text))
    if not signs:
        return None
    if signs <= _YES_SIGNS:
        return True
    if signs <= _NO_SIGNS:
        return False
    return None


# The yes or no said of the question's doing by a pronoun, with no answer word: the writer's
# own sentence in the yes/no's place that names the doing only as "det" / "that" and the
# association as "vi" / "vår" / "we" / "our":
#   identity: "Det är ju det vi håller på med hela tiden!", "That's exactly what we do.";
#   belonging: "Det har inte varit vår grej.", "Det är vår vardag.", "That's not our thing.";
#   kind: "Det är inget vi jobbar med.", "It's something we do every day.";
#   a claim turned down: "Det är inte så att vi inte gör något", "It's not that we don't try".
# Its polarity is the count of its "not"s before any "men"/"but" (two cancel); a qualifier of
# how far after it ("..., men bara i viss mån") hedges it, a concession with nobody doing
# anything ("..., men i liten skala": how big, the yes whole) leaves it plain; an open word,
# a question, or a "not" in a "but" clause after it leaves it undecided.
_PRO_FORM_OPEN = re.compile(
    r"^(?:det|detta|that|this|it)(?:['’]s|\s+(?:är|var|blir|har\s+(?:\w+\s+)?varit|is|was"
    r"|has\s+(?:\w+\s+)?been|isn['’]t|wasn['’]t|hasn['’]t\s+been))\b", re.I)
_WRITER = r"(?:vi|we)"
_PRO_FORM_FRAME = re.compile(
    r"\b(?:(?:det|vad|just\s+det|precis\s+(?:det|vad)|exakt\s+(?:det|vad)|what|exactly\s+what"
    r"|precisely\s+what|just\s+what)\s+(?:som\s+)?" + _WRITER +
    r"|(?:vår|vårt|våra|our)\s+(?:\w+\s+)?(?:grej|grejer|sak|thing|cup\s+of\s+tea|fokus|focus"
    r"|område|area|uppdrag|mission|kärna|core|vardag|everyday|inriktning|profil|bit|prioritet"
    r"|priority|uppgift|task|business|idé|idea)"
    r"|(?:något|nånting|någonting|inget|ingenting|inte\s+något|something|nothing|not\s+something"
    r"|anything)\s+(?:som\s+|that\s+)?" + _WRITER +
    r"|(?:så\s+att|that)\s+" + _WRITER + r")\b", re.I)
_NEGATION = re.compile(
    r"\b(?:inte|ej|icke|aldrig|inget|ingenting|ingen|inga|not|never|nothing|n['’]t)\b|n['’]t\b",
    re.I)
_BUT = re.compile(r"(?i)[\s,;–—-]+(?:men|fast|but|though|although|även\s+om|even\s+if)\b")
_PRO_FORM_MAX_WORDS = 20
# how big the work is, after a "but": "i liten skala", "i begränsad omfattning", "on a small
# scale" - the yes stands whole
_HOW_BIG = re.compile(
    r"(?i)^\s*(?:bara\s+|only\s+)?(?:i|on|in)\s+(?:en\s+|a\s+)?(?:liten|mindre|begränsad"
    r"|blygsam|small|smaller|limited|modest)\s+(?:skala|omfattning|utsträckning|scale|way)"
    r"[\s.!]*$")


def pro_form_yes_no(text: str) -> YesNo | None:
    """TEXT's first sentence says the yes or no of the question's doing by a pronoun (above),
    or None when it is no such sentence."""
    first = without_candour_tail(re.split(r"(?<=[.!?])\s", normalize_ws(text), maxsplit=1)[0])
    if first.rstrip().endswith("?") or len(first.split()) > _PRO_FORM_MAX_WORDS:
        return None
    if not _PRO_FORM_OPEN.match(first) or not _PRO_FORM_FRAME.search(first):
        return None
    but = _BUT.search(first)
    claim, rest = (first[:but.start()], first[but.end():]) if but else (first, "")
    if _MIXED.search(claim) or _NEGATION.search(rest) or re.search(
            r"\b(?:ja|jo|yes|nej|no)\b", rest, re.I):
        return YesNo(None, True)
    value = len(_NEGATION.findall(claim)) % 2 == 0
    hedged = bool(rest) and bool(re.match(r"^\s*(?:bara\s+|only\s+)?" + _DEGREE + r"\b", rest,
                                          re.I))
    if rest and not hedged and not _HOW_BIG.match(rest) and not comment_on_yes("men " + rest):
        return YesNo(None, True)
    return YesNo(value, hedged=hedged and value)


# Both or neither, said as the answer itself: "Både och.", "Både ja och nej", "Ja och nej",
# "Nja", "Yes and no", "Varken ja eller nej", "Svårt att svara ja eller nej på" (after a "hm"
# or "tja"). Not "delvis", "kanske", "vet inte": those lean, guess or do not know, and stay
# a doubt.
_BOTH_WAYS = re.compile(
    r"^(?:(?:hm+|hmm+|tja|öh+|well|alltså)[\s,.!]+)?(?:både\s+ja\s+och\s+nej|både\s+och"
    r"|ja\s+och\s+nej|nej\s+och\s+ja|nja+|(?:both\s+)?yes\s+and\s+no"
    r"|varken\s+ja\s+eller\s+nej|neither\s+yes\s+(?:n|)or\s+no"
    r"|(?:det\s+är\s+)?(?:svårt|omöjligt)\s+att\s+svara\s+(?:med\s+)?(?:ett\s+)?ja\s+eller\s+nej"
    r"(?:\s+på)?|(?:it\s+is\s+|it's\s+)?(?:hard|impossible)\s+to\s+(?:say|answer)\s+yes\s+or\s+no)"
    r"(?=[\s,.!:;)-]|$)",
    re.I,
)


def said_both_ways(text: str | None) -> bool:
    """TEXT, the yes/no question's own answer, is "both" (or "neither") and nothing else:
    "Både och.", "Nja", "Både ja och nej!". Words after it may lean one way ("Nja, mest
    ja") or hold the follow-up's answer ("Både och. Inte som ett mål, men ..."): a doubt."""
    t = _LEADING_NOISE.sub("", normalize_ws(strip_markdown(text or "")))
    m = _BOTH_WAYS.match(t)
    return bool(m) and not re.sub(r"[\s.!…]+", "", t[m.end():])


# The yes or no said over again with no content of its own: "(Ja) det vill vi nog säga", "det
# kan man säga", "det skulle jag tro", "det gör vi", "(Yes,) I would say so", "we do". Its
# words are a pronoun, a verb of saying or thinking and small adverbs, nothing about the work.
_CONFIRMS = re.compile(
    r"^(?:(?:det|så|detta)\s+(?:(?:vill|skulle|kan|får|måste|vågar|tycker|tror|anser|gör|är"
    r"|har)\s+)?(?:vi|jag|man|det)(?:\s+(?:nog|väl|ju|ändå|gärna|absolut|verkligen|definitivt"
    r"|faktiskt|helt\s+klart|också))*(?:\s+(?:säga|påstå|hävda|tro|tycka|göra|gör|det))?"
    # "det vill vi gärna säga att vi gör", "vi vill tro att vi gör det", "jag skulle säga att
    # föreningen gör det": the yes said over again as what they say of it, with no "ja"
    r"|(?:(?:det|så|detta)\s+(?:vill|skulle|kan|får|vågar)\s+(?:vi|jag)"
    r"|(?:vi|jag)\s+(?:vill|skulle|kan|får|vågar))(?:\s+(?:nog|väl|ju|ändå|gärna|absolut"
    r"|verkligen|faktiskt|också))*\s+(?:säga|påstå|hävda|tro|tycka|svara)\s+(?:att\s+)?"
    r"(?:vi|man|föreningen|klubben)(?:\s+(?:nog|väl|ju|ändå|faktiskt|också))*"
    r"\s+(?:gör(?:\s+det)?|(?:jobbar|arbetar)\s+(?:med|mot)\s+(?:det|den))"
    # ... or as what they think of it, the verb of thinking finite: "det tycker vi att vi gör",
    # "vi anser nog att vi gör det", "det tror jag att föreningen gör"
    r"|(?:(?:det|så|detta)\s+(?:tycker|tror|anser|menar|upplever)\s+(?:vi|jag)"
    r"|(?:vi|jag)\s+(?:tycker|tror|anser|menar|upplever))(?:\s+(?:nog|väl|ju|ändå|absolut"
    r"|verkligen|faktiskt|också))*\s+(?:att\s+)?(?:vi|man|föreningen|klubben)"
    r"(?:\s+(?:nog|väl|ju|ändå|faktiskt|också))*"
    r"\s+(?:gör(?:\s+det)?|(?:jobbar|arbetar)\s+(?:med|mot)\s+(?:det|den))"
    # the matter said back by its pronoun, fronted: "det jobbar vi med", "det arbetar vi
    # absolut med"
    r"|(?:det|detta)\s+(?:jobbar|arbetar)\s+(?:vi|jag)(?:\s+(?:nog|väl|ju|absolut|verkligen"
    r"|faktiskt|också|mycket|aktivt))*\s+med"
    # the verb first, after how far the yes goes: "(i viss mån) gör vi det", "(på vårt sätt)
    # tycker vi nog det", "tror jag det"
    r"|(?:gör|tycker|tror|anser|skulle\s+(?:jag|vi)\s+(?:säga|tro))(?:\s+(?:vi|jag|man))?"
    r"(?:\s+(?:nog|väl|ju|ändå|absolut|verkligen|faktiskt|också))*\s+det"
    r"|(?:i|we)\s+(?:(?:would|'d|do|think|believe|guess|suppose|really)\s*){1,2}(?:say\s+)?(?:so)?"
    r"|(?:i|we)(?:\s+would|'d)\s+(?:like\s+to\s+)?(?:say|think|believe)\s+(?:that\s+)?we\s+do"
    r"|(?:i'd|we'd)\s+say\s+so|(?:that\s+)?we\s+(?:do|are)|(?:i\s+)?think\s+so"
    r")[\s.!…]*$",
    re.I,
)


_EMOJI = re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF\ufe0f]+")


def confirms_only(s: str) -> bool:
    """S only says the yes again ("Det vill vi gärna säga att vi gör.", "We'd like to think
    we do.", "det jobbar vi med ❤️"): nothing of how."""
    return bool(_CONFIRMS.match(normalize_ws(_EMOJI.sub(" ", s))))


# What may follow a yes or no and still be part of it: an intensifier said again in either
# language, or how far the yes goes ("på vårt lilla sätt,", "in our own small way,") when a
# comma closes it
_YES_QUALIFIER = re.compile(
    r"^(?:(?:absolut|verkligen|självklart|tyvärr|definitivt|givetvis|förstås|naturligtvis"
    r"|helt\s+klart|i\s+(?:allra\s+)?högsta\s+grad|absolutely|definitely|certainly|of\s+course"
    r"|indeed|sadly|unfortunately)\b[\s,.!:;\-–—]*"
    r"|(?:på\s+(?:vårt|mitt|sitt|ett)\s+(?:\w+\s+){0,2}sätt|i\s+(?:viss|någon)\s+mån"
    r"|in\s+(?:our|my|a|its)\s+(?:\w+\s+){0,2}way|to\s+some\s+(?:extent|degree)"
    # how much, said alone before the comma: "ja lite, vi har ...", "yes a little, we ..."
    r"|lite(?:\s+grann)?|delvis|a\s+(?:little|bit)|somewhat|partly)\s*,\s*)+",
    re.I,
)


# How far the yes goes put first with no comma, the clause going on after it ("på vårt lilla
# sätt tycker vi nog det", "i viss mån gör vi det", "in our own small way we do")
_HOW_FAR = re.compile(
    r"^(?:på\s+(?:vårt|mitt|sitt|ett)\s+(?:\w+\s+){0,2}sätt|i\s+(?:viss|någon)\s+mån"
    r"|in\s+(?:our|my|a|its)\s+(?:\w+\s+){0,2}way|to\s+some\s+(?:extent|degree))\s+", re.I)


# The yes said, then that the question's matter is what they are for: "Ja, det är hela vår
# idé.", "det är hela idén med klubben!", "Yes, that's the whole point of the club." A
# reason, no how.
WHOLE_POINT = re.compile(
    r"(?i)^\s*(?:det|detta|de[tn]\s+här|that|this|it)(?:\s+är|\s+is|['’]s)\s+(?:ju\s+|liksom\s+)?"
    r"(?:(?:hela|själva)\s+(?:(?:vår|min|er|deras|föreningens|klubbens)\s+)?(?:idén?|poängen?"
    r"|meningen?|grejen?|syftet|anledningen)|(?:the|our)\s+whole\s+(?:point|idea|reason)"
    r"|why\s+we\s+exist)"
    r"(?:\s+(?:med|till|bakom|för|of|behind|for)\s+(?:(?:the|our|vår)\s+)?\w+)?[\s.!]*$"
    r"|^\s*(?:det|that|it)\s+är\s+därför\s+(?:vi|föreningen|klubben)\s+finns[\s.!]*$")
# A concession after the yes with nobody doing anything in it: "(Ja,) fast mest av sig
# självt.", "men inte medvetet", "(Yes,) though mostly by accident." It narrows the yes; it
# says nothing of how ("men vi har bara läxhjälp", "fast genom skolan" do).
_CONCESSION = re.compile(r"(?i)^(?:fast|men|dock|though|although|but)\b")
_DOER_OR_MEANS = re.compile(
    r"(?i)\b(?:vi|jag|vår|våra|vårt|oss|man|föreningen|klubben|alla|genom|via|med\s+hjälp"
    r"|we|our|us|i|everyone|everybody|through|by\s+\w+ing)\b")


def comment_on_yes(rest: str) -> bool:
    """REST, the words after a yes or no, only comments on it (why it is the whole point, or
    a concession narrowing it): one short sentence, no how."""
    r = rest.strip()
    if WHOLE_POINT.match(r):
        return True
    return bool(_CONCESSION.match(r)) and len(re.findall(r"\w+", r)) <= 8 \
        and not re.search(r"[.!?]\s+\S", r) and not _DOER_OR_MEANS.search(r)


# candour closing the yes/no's sentence, after a comma: "..., om jag ska vara ärlig.", "...,
# om sanningen ska fram.", "..., ärligt talat.", "..., to be honest.", "..., if I'm honest."
_CANDID_TAIL = re.compile(
    r",\s*(?:om\s+jag\s+ska\s+vara\s+(?:helt\s+)?ärlig|om\s+sanningen\s+ska\s+fram|ärligt\s+talat"
    r"|uppriktigt\s+sagt|to\s+be\s+(?:completely\s+)?(?:honest|fair)|if\s+i'?m\s+(?:being\s+)?honest"
    r"|för\s+att\s+vara\s+ärlig"
    r"|honestly|frankly)\s*[.!]?\s*$", re.I)


def without_candour_tail(sentence: str) -> str:
    """SENTENCE without the candour closing it ("Nej, inte direkt, om jag ska vara ärlig." ->
    "Nej, inte direkt.", "No, not really, if I'm honest." -> "No, not really."): said of the
    answer, as it is before it ("Ärligt talat nej"), no word of what the answer says."""
    cut = _CANDID_TAIL.sub(".", sentence)
    return cut if cut.strip(" .") else sentence


def split_yes_no_explanation(text: str) -> str | None:
    """The explanation after a leading yes/no ("Ja, vi har läxhjälp." -> "vi har läxhjälp.")."""
    t = _CANDID.sub("", _LEADING_NOISE.sub("", normalize_ws(text)))
    m = _NO.match(t) or _YES.match(t)
    if not m:
        return None
    rest = t[m.end() :]
    rest = re.sub(r"^[\s,.!:;\-–—]+", "", rest)
    # "Ja, absolut." / "Nej tyvärr." carry no explanation; "Yes, definitely, we ..." and
    # "Ja på vårt lilla sätt, vi ..." say the yes again or qualify it: the how starts after
    rest = _YES_QUALIFIER.sub("", rest)
    if _CONFIRMS.match(rest) or _CONFIRMS.match(_HOW_FAR.sub("", rest)):
        # ("på vårt lilla sätt tycker vi nog det", "in our own small way we do": how far the
        # yes goes, put first with no comma, and the yes said again after it)
        return None
    # "Inte direkt, så jag får nog svara nej.", "Not really, so I'd say no.": a hedge on the
    # no, then the same answer said as the conclusion - nothing explained
    if _concludes_same(rest, negative=bool(_NO.match(t))):
        return None
    return rest or None


def _concludes_same(rest: str, *, negative: bool) -> bool:
    said = _CONCLUDES.match(re.sub(r"^(?:direkt|riktigt|egentligen|really|exactly)\b[\s,]*",
                                   "", rest, flags=re.I))
    return bool(said) and (said["word"].lower() in ("nej", "no")) == negative


def restates_answer(text: str) -> bool:
    """TEXT opens with a yes or no and only says it again as its conclusion ("Inte direkt,
    så jag får nog svara nej.", "Not really, so I'd say no.")."""
    t = _CANDID.sub("", _LEADING_NOISE.sub("", normalize_ws(text)))
    m = _NO.match(t) or _YES.match(t)
    if not m:
        return False
    rest = re.sub(r"^[\s,.!:;\-–—]+", "", t[m.end():])
    return _concludes_same(rest, negative=bool(_NO.match(t)))


_CONCLUDES = re.compile(
    r"^(?:så|so)\s+(?:(?:jag|vi|man|i|we)\s+)?(?:(?:får|måste|skulle|kan|vill|would|must|'d|guess"
    r"|have\s+to)\s+)?(?:(?:nog|väl|ju|ändå|then)\s+)?(?:svara|säga|say|answer)\s+"
    r"(?P<word>ja|nej|yes|no)[\s.!…]*$", re.I)


# A question asking whether the association has a site or page on the web ("Har föreningen en
# egen hemsida eller en sida i sociala medier?", "Do you have a website?"), from its text
_ASKS_FOR_SITE = re.compile(
    r"\b(?:hemsid\w*|webbplats\w*|webbsid\w*|sociala\s+medier|websites?|web\s+pages?"
    r"|social\s+media|homepage)\b", re.I)
# a web address: "https://hagebyschack.se", "www.lindoss.se", "instagram.com/x"
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)*\.(?:se|com|org|nu|net)(?:/\S*)?",
                          re.I)


def gives_the_site(value: str, question_text: str) -> bool:
    """VALUE, a yes/no question's answer with no yes or no word, is nothing but the address
    of the site the question asks about ("https://hagebyschack.se" to "Har ni en hemsida?"):
    the thing asked for given, so a yes."""
    if not _ASKS_FOR_SITE.search(question_text):
        return False
    rest = _WEB_ADDRESS.sub(" ", value)
    return rest != value and not re.search(r"[^\W\d_]", re.sub(r"\b(?:och|and|samt)\b", "", rest))
