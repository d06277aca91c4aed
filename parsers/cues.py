"""Whole-message cues in the association's own text: attachment, correction, away-notice.

All functions take the association's own words (quotes already stripped).
"""

from __future__ import annotations

import functools
import re

from .text import holds_any_word, normalize_ws, short_cache, split_sentences

# A phone or mail app by name, as its footer names it in any language ("Enviado do meu
# iPhone", "Samsung Galaxy akıllı telefonumdan gönderildi"): brand names are the same in
# every language. The footer is cut by its shape (parsers/quotes.py); the self-check asks
# whether one was left in an answer (parsers/selfcheck.py).
_PHONES = r"iphone|ipad|android|samsung|galaxy|huawei|xiaomi|blackberry"
DEVICE = re.compile(
    rf"\b(?:{_PHONES}|outlook|yahoo|gmail|aquamail|bluemail|k-?9|fairemail|proton\s*mail|spark)\b",
    re.I,
)
# ... a phone by its maker's or model's name, not a mail app's: "Vi når alla via Gmail." may
# be an answer's last sentence, a stopped line naming a phone right above the original is not
PHONE = re.compile(rf"\b(?:{_PHONES})\b", re.I)

# A phone number as written in a mail ("070-245 18 93", "011-16 72 40", "+46 70 123 45 67")
PHONE_NUMBER = r"(?<![\w-])(?:\+\d{2}\s?|0)\d{1,3}\s?[-–]?\s?\d{2,3}(?:\s?\d{2,3}){1,3}(?![\w-])"
# A way to reach someone: a phone number or a bare address
CONTACT_DETAIL = re.compile(
    rf"{PHONE_NUMBER}|(?<![<\w.-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?![\w>])")
# A question asking for a way to reach someone, from its configured text: a phone, an address
# ("Vem kan vi kontakta? (namn och telefon)", "Contact person (name, e-mail)")
_ASKS_FOR_CONTACT = re.compile(
    r"\b(?:telefon\w*|tfn|tel\.?\s*nr|mobil\w*|e-?post\w*|e-?mail\w*|mejladress\w*"
    r"|kontaktuppgift\w*|phone\w*|contact\s+details|mobile)\b", re.I)


def asks_for_contact(kind: str, text: str) -> bool:
    """A text question (KIND, TEXT as configured) asking for a way to reach someone: a name
    and a phone number in its answer are the answer, never a signature."""
    return kind == "text" and bool(_ASKS_FOR_CONTACT.search(text))


_ATTACHMENT = re.compile(
    r"\b(?:se\s+(?:den\s+)?(?:bifogad|bifogade|bifogat|bilagd|bilagda|bilaga|bilagan|bilagor"
    r"|fil(?:en)?|dokument(?:et)?)"
    r"|bifogar\s+(?:här\s+)?(?:\w+\s+){0,2}(?:svar|svaren|dokument|dokumentet|fil|filen|enkät\w*)"
    r"|bifogar\s+(?:vi|jag)\b"
    r"|(?:här\s+)?bifogas\b"
    r"|(?:svar(?:en)?|allt|det)\s+(?:finns|står|hittar\s+(?:ni|du))\s+i\s+(?:den\s+)?"
    r"(?:bifogade?|bilaga|bilagan|bilagorna|filen|dokumentet|excel\w*|word\w*|pdf\w*|"
    r"kalkylark\w*|\w*filen|\w*dokumentet)"
    r"|(?:i|enligt)\s+(?:den\s+)?(?:bifogade?\s+\w+|bilaga|bilagan)"
    r"|(?:se|enligt)\s+bilaga"
    r"|bifogat\s+(?:finns|är|hittar)"
    r"|(?:see|find)\s+(?:the\s+)?attach\w*|please\s+find\s+attached|attached\s+(?:is|are|you)"
    r"|(?:answers|replies|responses)\s+(?:are\s+)?in\s+the\s+attach\w*"
    r"|in\s+the\s+attached"
    # the file itself sent again, saved anew, made to open: "Jag har sparat om filen, hoppas
    # den går att öppna nu", "skickar dokumentet igen", "I re-saved the file as a PDF"
    r"|(?:sparat|sparade|sparar|skickar|skickat|skickade|konverterat|konverterade)\s+"
    r"(?:om\s+)?(?:\w+\s+){0,2}?(?:filen|dokumentet|bilagan)"
    r"|(?:filen|dokumentet|bilagan)\s+(?:\w+\s+){0,3}?(?:går|gick)\s+(?:\w+\s+)?att\s+öppna"
    r"|(?:re-?saved|re-?sent|resending|saved|converted)\s+(?:\w+\s+){0,2}?(?:file"
    r"|document|attachment)s?\b)",
    re.I,
)

# A mail that withdraws the previous one as a whole (the merge step then drops the earlier
# answers it does not repeat). A partial fix ("en rättelse: 2. Nej") is not one.
_CORRECTION = re.compile(
    r"\b(?:bortse\s+(?:helt\s+)?från|strunta\s+i|glöm)\s+(?:\w+\s+){0,2}(?:förra|tidigare|första"
    r"|föregående|senaste)\s+(?:mejl\w*|mail\w*|e-?post\w*|meddelande\w*|svar\w*|version\w*)"
    r"|\b(?:fel\s+version|skickade\s+(?:fel|en\s+gammal)|(?:ersätter|gäller\s+istället\s+för)"
    r"\s+(?:\w+\s+){0,2}(?:förra|tidigare|föregående))"
    r"|\bhär\s+(?:är|kommer)\s+(?:de\s+)?rätta?\s+svar(?:en)?"
    r"|\b(?:please\s+)?(?:ignore|disregard)\s+(?:my|the|our)\s+(?:previous|last|earlier|first)"
    r"|\bwrong\s+version\b",
    re.I,
)

_AWAY = re.compile(
    r"\b(?:tjänstledig|föräldraledig|semester|frånvarande|ledig\s+(?:till|tom|t\.o\.m|från)"
    r"|är\s+(?:borta|ledig)|åter\s+(?:den|på|i\s+tjänst)|tillbaka\s+(?:den|på|i\s+tjänst|igen)"
    r"|läser\s+inte\s+(?:min\s+)?(?:e-?post|mejl|mail)|automatiskt\s+svar|autosvar"
    r"|out\s+of\s+(?:the\s+)?office|on\s+(?:annual\s+)?leave|away\s+(?:until|from)"
    r"|limited\s+access\s+to\s+(?:e-?mail)|automatic\s+reply|auto-?reply)\b",
    re.I,
)


# Every match of _ATTACHMENT / _CORRECTION holds one of these words (checked against the
# patterns' parse trees in tests/test_word_filters.py): most replies hold none, and a search
# of a whole reply's own text costs ~50-100 us.
_ATTACHMENT_WORDS = ("bifog", "bilag", "fil", "dokument", "document", "excel", "word", "pdf",
                     "kalkylark", "attach")
_CORRECTION_WORDS = ("bortse", "strunta", "glöm", "version", "skickade", "ersätter", "gäller",
                     "rätt", "ignore", "disregard", "wrong")


# A run of word characters, spaces and hyphens: every match of _ATTACHMENT and _CORRECTION
# is made of these alone (tests/test_word_filters.py reads it from their parse trees), so a
# match lies inside one run (and `\b` at a run's edge is the same as in the whole text, a
# character of neither kind next to it); it holds a filter word, so its run does.
_RUN = re.compile(r"[\w\s-]+")


def _search_runs(rx: re.Pattern[str], words: tuple[str, ...], text: str) -> bool:
    """bool(RX.search(TEXT)) for RX as above, searching only the runs that hold one of
    WORDS: a search of a whole reply's own text costs ~100-300 us, most runs hold none."""
    return any(holds_any_word(run, words) and rx.search(run) for run in _runs(text))


# the attachment and the correction cue read the same own text: its runs are found once
# (a reply's own words, past the line caches' length: the last few texts are kept)
@functools.lru_cache(maxsize=4)
def _runs(text: str) -> tuple[str, ...]:
    return tuple(_RUN.findall(text))


# The writer saying what they attach, at a sentence's start: "Jag bifogar affischen till vår
# vårkurs", "Vi skickar också med våra stadgar", "I attach our poster", "Bifogar vår logga":
# said about the mail, whatever the file is (refers_to_attachment asks whether the file
# holds the answers).
_ATTACHING = re.compile(
    r"^(?:\w+[,!]?\s+)?(?:jag|vi)\s+(?:\w+\s+)?(?:bifogar|har\s+(?:\w+\s+)?bifogat"
    r"|skickar\s+(?:\w+\s+)?med)\b|^(?:här\s+)?bifogas\b|^bifogat\s+(?:finns|är)\b"
    # the subject left out, as a mail writes it: "Bifogar vår logga ...", "Skickar också med
    # stadgarna.", "Attaching our annual report."
    r"|^(?:(?:här|också|även)\s+)?bifogar\b|^skickar\s+(?:(?:också|även)\s+)?med\b|^attaching\b"
    r"|^(?:i|we)\s+(?:have\s+|'ve\s+)?(?:also\s+)?(?:attach(?:ed)?|enclose[d]?)\b"
    r"|^(?:please\s+)?find\s+attached\b|^attached\s+(?:is|are|you)\b", re.I)


def says_what_is_attached(sentence: str) -> bool:
    """SENTENCE opens with the writer attaching something ("Jag bifogar affischen ...")."""
    return bool(_ATTACHING.match(normalize_ws(sentence)))


# More material offered to the reader, on a condition that they want it or with them as
# its receiver: "Vi kan skicka vår verksamhetsberättelse också om det är intressant.",
# "Jag mejlar gärna stadgarna till er.", "We can send you our annual report if you like." -
# about the exchange, as what the mail attaches is; "Vi kan skicka barnen på läger" (no
# condition, no reader) is the association's own doing.
_SEND_OFFER = re.compile(
    r"^(?:\w+[,!]?\s+)?(?:(?:jag|vi)\s+(?:kan|kunde|skulle\s+kunna)\s+(?:(?:också|även|gärna)\s+)*"
    r"(?:skicka|mejla|maila|sända)|(?:jag|vi)\s+(?:skickar|mejlar|mailar)\s+(?:(?:också|även)\s+)*"
    r"gärna|(?:i|we)\s+(?:can|could|would\s+be\s+happy\s+to|'d\s+be\s+happy\s+to|are\s+happy"
    r"\s+to|will\s+gladly)\s+(?:also\s+)?(?:send|e-?mail|forward))\b", re.I)
_IF_WANTED = re.compile(
    r"\b(?:om\s+(?:ni|du)\s+(?:vill|önskar|är\s+intresserade?|behöver)"
    r"|om\s+det\s+(?:är|skulle\s+vara|vore)\s+(?:av\s+)?(?:\w+\s+)?(?:intress\w*|till\s+nytta|till\s+hjälp)"
    r"|om\s+det\s+(?:behövs|hjälper)|(?:till|åt)\s+(?:er|dig)|if\s+(?:you\s+(?:want|wish|like"
    r"|need|are\s+interested)|(?:it|that)\s+(?:is|'s|would\s+be)\s+(?:of\s+)?(?:\w+\s+)?(?:interest"
    r"|interesting|useful|helpful)|interested|needed)|send\s+(?:it\s+to\s+)?you)\b", re.I)


def offers_to_send(sentence: str) -> bool:
    """SENTENCE offers to send the reader more material (`_SEND_OFFER`), should they want it
    or to them (`_IF_WANTED`)."""
    s = normalize_ws(sentence)
    return bool(_SEND_OFFER.match(s) and _IF_WANTED.search(s))


# A turn to something other than the survey: "Sedan en annan fråga: ...", "En annan sak:",
# "On another matter, ..." (a grant, a room, an invitation; unseen106): what follows in that
# paragraph is no part of an answer, nor a wish to talk about the survey (unseen116).
OTHER_MATTER = re.compile(
    r"^(?:(?:och\s+)?(?:sen|sedan|så|också|dessutom|också)\s+)?(?:en|ett)\s+(?:helt\s+)?"
    r"(?:annan|annat)\s+(?:fråga|sak|ärende|grej)\b[^.!?]{0,30}[:,.]"
    r"|^(?:(?:and\s+)?(?:also|then)\s+)?(?:on\s+)?(?:an)?other\s+(?:question|matter|thing)\b"
    r"[^.!?]{0,30}[:,.]"
    r"|^(?:one\s+more\s+thing|something\s+else|något\s+annat)\s*[:,]", re.I)


@functools.lru_cache(maxsize=16)  # asked by the reader and again by the self-check
def refers_to_attachment(text: str | None) -> bool:
    """True for "se bifogad fil", "svaren finns i bilagan", "bifogar våra svar", "see attached"."""
    t = normalize_ws(text)
    return holds_any_word(t, _ATTACHMENT_WORDS) and _search_runs(_ATTACHMENT, _ATTACHMENT_WORDS, t)


def is_correction(text: str | None) -> bool:
    """The previous mail is withdrawn whole: "bortse från det förra mejlet", "här är rätt
    svar", "vi skickade fel version". A partial fix ("en rättelse: 2. Nej") is not."""
    t = normalize_ws(text)
    return holds_any_word(t, _CORRECTION_WORDS) and _search_runs(_CORRECTION, _CORRECTION_WORDS, t)


def looks_like_away_notice(text: str | None) -> bool:
    """An out-of-office-like text ("Jag är tjänstledig till och med 13 januari")."""
    return bool(_AWAY.search(normalize_ws(text)))


# ... in the survey as such: the sentence ends there or names the survey, not "i en
# intervju" (answers given, no interview) or "på kvällarna" (an activity)
_WHOLE = (r"(?=\s*(?:[.,!;)]|$|\b(?:i|på|till|in)\s+(?:enkäten|kartläggningen|undersökningen"
          r"|denna|detta|den\s+här|the\s+survey|this)|\bden\s+här\s+gången|\bthis\s+time"
          # the occasion as the year: "Tyvärr kan vi inte svara i år, ...", "we can't answer
          # this year" (as "den här gången")
          r"|\bi\s+år\b|\bthis\s+year\b"
          # "... er enkät och kommit fram till att vi inte svarar på den.": the survey just
          # named, the sentence ending there
          r"|\b(?:på|i)\s+(?:den|dem|it)\s*(?:[.!;]|$)"
          # "hinner inte svara på enkäter just nu": not now, said of the whole survey
          r"|\b(?:just\s+nu|för\s+(?:tillfället|närvarande)|right\s+now|at\s+the\s+moment)"
          r"|\b(?:men|but|eftersom|då|because|since)\b))")
# Taking part in the survey as a whole: "delta", "vara med", "svara (på enkäten)". Not "svara
# på fråga 4" (one question skipped), not "delta i en intervju" (_WHOLE).
# (present tense too, as a clause after "att" puts it: "beslutat att vi inte deltar")
_TAKE_PART = (r"(?:deltar?|medverkar?|vara\s+med|är\s+med|ställa\s+upp|ställer\s+upp"
              r"|svarar?(?:\s+på\s+(?:enkät(?:en|er)"
              r"|kartläggningen|undersökningen|frågorna|era\s+frågor))?|besvara\s+(?:enkäten"
              r"|kartläggningen|frågorna|era\s+frågor))")
# The association says it takes no part in the survey as a whole: "vi avstår från att delta",
# "vi har beslutat att inte medverka", "vi tackar nej", "we will not take part". Skipping one
# question ("vi avstår från att svara på fråga 4") is not it.
_DECLINE = re.compile(
    r"\b(?:avstår|avböjer)\s+(?:\w+\s+){0,2}(?:från\s+)?(?:att\s+)?" + _TAKE_PART + _WHOLE
    # the verb alone is the decline when nothing follows but the occasion: "vi avstår den
    # här gången", "Vi avböjer.", "we will pass this time" (not "avstår fråga 4")
    + r"|\b(?:vi|jag)\s+(?:\w+\s+){0,2}?(?:avstår|avböjer)(?:\s+(?:tyvärr|nog|helst))?" + _WHOLE
    + r"|\b(?:we|i)(?:'ll|\s+will|\s+must|\s+have\s+to|\s+(?:will|must|'ll)\s+have\s+to)\s+"
    r"pass(?:\s+on\s+(?:this|it|the\s+survey))?(?=\s*(?:[.,!;)]|$|\bthis\s+time\b))"
    + r"|\b(?:beslutat|bestämt|valt)\s+att\s+(?:inte|ej)\s+" + _TAKE_PART + _WHOLE
    # the writer's own "no", however it is put: "vi kan tyvärr inte delta", "vi i styrelsen
    # har pratat om det och kommer tyvärr inte att delta", "vi har inte möjlighet att delta"
    + r"|\b(?:vi|jag)\b(?:\s+(?!som\b)[\w:]+){0,14}?\s+(?:inte|ej)\s+(?:\w+\s+){0,2}?(?:att\s+)?"
    + _TAKE_PART + _WHOLE
    # ... or as a means they lack: "vi har inga förutsättningar att medverka i denna
    # kartläggning", "ingen möjlighet att delta", "we have no capacity to take part"
    + r"|\b(?:inga|ingen|inget)\s+(?:\w+\s+)?(?:möjlighet\w*|förutsättning\w*|resurs\w*|tid"
    r"|kapacitet|ork|intresse)\s+(?:att\s+)?" + _TAKE_PART + _WHOLE
    + r"|\bno\s+(?:possibility|capacity|resources|time|interest|means)\s+to\s+(?:take\s+part"
    r"|participate|answer\s+the\s+(?:survey|questions))" + _WHOLE
    + r"|\b(?:vi|jag)\s+(?:\w+\s+)?(?:deltar|medverkar)\s+(?:\w+\s+)?(?:inte|ej)" + _WHOLE
    + r"|\btackar\s+(?:\w+\s+){0,2}nej(?:\s+till\s+(?:att\s+(?:delta|medverka|vara\s+med)"
    r"|(?:er\s+|din\s+)?(?:förfrågan|inbjudan)))?" + _WHOLE
    + r"|\b(?:decline|declines|declined)\s+(?:to\s+(?:take\s+part|participate|answer)|the\s+"
    r"(?:survey|invitation))"
    r"|\bwe\b(?:\s+\w+){0,4}?\s*(?:not|n't)\s+(?:\w+\s+){0,3}?(?:to\s+)?(?:be\s+)?(?:take\s+part"
    r"|taking\s+part|participate|participating|answer\s+the\s+(?:survey|questions)"
    r"|answer\s+it)" + _WHOLE
    # the survey itself skipped, named as the object: "vi står över den här enkäten", "we're
    # going to pass on this survey" (never one question: "vi hoppar över fråga 4")
    + r"|\b(?:vi|jag|we|i)\b(?:['’]re|['’]ll|['’]d)?(?:\s+\w+){0,4}?\s+(?:står|stå|hoppar|hoppa"
    r"|pass(?:ing)?|skip(?:ping)?)\s+(?:över|on)\s+(?:den\s+här\s+|denna\s+|detta\s+|er\s+|this\s+"
    r"|the\s+|your\s+)?(?:enkät(?:en)?|kartläggning(?:en)?|undersökning(?:en)?|survey|questionnaire"
    r"|mapping)\b"
    r"|\b(?:we|i)\b(?:['’]ll|\s+will|\s+are\s+going\s+to|['’]re\s+going\s+to)?\s+sit\s+this"
    r"\s+(?:one\s+)?out\b",
    re.I,
)


# Taking part said not to happen, for now or at all: "vi kan inte vara med före jul", "we
# can't take part this spring" (no matter what follows: a put-off beside it is mixed)
_NOT_TAKING_PART = re.compile(
    r"\b(?:vi|jag|we|i)\b[^.!?]{0,60}?(?:\b(?:inte|ej|not)\s+|n't\s+)(?:\w+\s+){0,2}?(?:att\s+|to\s+)?"
    r"(?:" + _TAKE_PART + r"|take\s+part|participate)\b", re.I)


def says_not_taking_part(text: str | None) -> bool:
    """TEXT says the association does not (or cannot) take part, now or at all."""
    return bool(_NOT_TAKING_PART.search(normalize_ws(text)))


def declines(text: str | None) -> bool:
    """The association's own words say it takes no part in the survey ("vi avstår från att
    delta", "beslutat att inte delta", "we decline to take part")."""
    return bool(_DECLINE.search(normalize_ws(text)))


# An answer put off: "vi återkommer", "ni får våra svar efter det", "we'll get back to you".
DEFERS = re.compile(
    r"\b(?:återkommer|återkomma|svarar\s+(?:senare|längre\s+fram|ordentligt)|skickar\s+(?:\w+\s+)?"
    r"(?:svar\w*\s+)?senare|ordentliga\s+svar|get\s+back\s+to\s+you|answer\s+later"
    # the questions to come named by number: "I'll come back with 3 and 4 after our board
    # meeting!" ("we come back with 3 new ideas" names no question)
    r"|come\s+back\s+(?:to\s+you\s+)?(?:with|on|about)\s+(?:(?:the\s+)?answers?\s+to\s+)?"
    r"(?:(?:questions?|q)\s*)?\d(?:\s*(?:,|and|&)\s*(?:q\s*)?\d)*(?=[\s.,;!]*$|\s*[.,;!]"
    r"|\s+(?:later|after|when|once|in|next|tonight|tomorrow|soon|as\s+soon)\b)"
    # "ni får våra svar efter det", "svaren kommer efter årsmötet", "we'll send our answers after"
    # (or when next: "Ni får svar nästa vecka.", "You'll get our answers next week.")
    r"|(?:ni|du)\s+får\s+(?:\w+\s+)?svar(?:en|et)?\s+(?:efter|senare|i\s+\w+|när|så\s+snart|inom"
    r"|nästa\s+\w+)"
    r"|svar(?:en|et)\s+kommer\s+(?:efter|senare|i\s+\w+|när|så\s+snart|inom|nästa\s+\w+)"
    r"|you(?:['’]ll|\s+will)\s+(?:get|have|receive)\s+(?:our\s+|the\s+)?(?:answers?|repl(?:y|ies))"
    r"\s+(?:after|later|next|when|once|within|soon)"
    # ("... och skickar resten efter det": the answers still to come, named as the rest)
    r"|skickar\s+(?:vi\s+|jag\s+)?(?:(?:\w+\s+)?svar(?:en|et)?|resten)\s+(?:efter|i\s+\w+|när"
    r"|så\s+snart|inom)"
    # the answer to a question named by number or pronoun sent later: "Jag skickar svar på
    # fråga 4 senare, ...", "skickar svaret på den efter mötet" (the question named, so "vi
    # skickar svar på mejl varje dag" is none)
    r"|skickar\s+(?:vi\s+|jag\s+)?(?:\w+\s+)?svar(?:en|et)?\s+(?:på|till)\s+(?:(?:fråga|frågorna"
    r"|frågan)\s*(?:nr\.?\s*)?\d(?:\s*(?:,|och|&)\s*\d)*|den(?:\s+frågan)?|det|dem|resten)\s+"
    r"(?:senare|längre\s+fram|efter|i\s+\w+|när|så\s+snart|inom|nästa\s+\w+)"
    # "... men svarar i januari", "svarar efter jul": answering at a time of year named
    r"|svarar\s+(?:(?:nog|då|gärna)\s+)?(?:i|efter|under|till|framåt|i\s+början\s+av)\s+"
    r"(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
    r"|jul(?:en|lovet)?|nyår(?:et)?|helgerna|mellandagarna|vår(?:en)?|höst(?:en)?|sportlovet"
    r"|nästa\s+(?:vecka|månad|år))"
    r"|(?:send|give)\s+(?:you\s+)?(?:our\s+)?answers\s+(?:after|later|in|when)"
    # "we will answer after our board meeting", "vi svarar efter styrelsemötet": when, later
    r"|(?:we|I)(?:\s+(?:will|shall)|['’]ll)\s+(?:\w+\s+)?(?:answer|reply)\s+(?:after|when|once|in\s+\w+)"
    r"|(?:vi|jag)\s+(?:ska\s+|kommer\s+att\s+)?(?:\w+\s+)?svarar?\s+(?:när|så\s+snart|efter\s+"
    r"(?:vårt\s+|nästa\s+|att\s+)?\w*(?:möte[t]?|jul|nyår|helgen|semestern|sommaren|lovet|träffat))"
    # the rest promised in two words at a sentence's start: "Mer när vi haft årsmöte.",
    # "Resten efter jul.", "More after our AGM." ("Mer än hälften ..." is no promise)
    r"|(?:^|(?<=[.!?]\s))(?:mer|resten|more|the\s+rest)\s+(?:kommer\s+|följer\s+|to\s+come\s+"
    r"|will\s+follow\s+)?(?:när|efter|senare|later|after|when|once)"
    # "Innan vi svarar: ...", "Before we answer, ...": the answers are still to come
    r"|(?:innan|före)\s+(?:vi|jag)\s+(?:svarar|besvarar)|before\s+(?:we|i)\s+(?:answer|reply)"
    # more writing promised for later: "Skriver mer sen.", "Mer info kommer senare.", "Längre
    # svar kommer i januari.", "I'll write more after the weekend."
    r"|skriver\s+(?:\w+\s+)?(?:mer|mera|utförligare|längre)\s+(?:sen|senare|snart|när|efter|i\s+\w+)"
    r"|(?:mer|mera|längre\s+svar|utförligare\s+svar|more|longer\s+answers?)(?:\s+info\w*"
    r"|\s+details)?\s+(?:kommer|följer|comes|is\s+coming|will\s+follow|to\s+follow)\s+"
    r"(?:sen|senare|snart|efter|i\s+\w+|later|soon|after|in\s+\w+)"
    r"|(?:write|send)\s+(?:you\s+)?more\s+(?:later|soon|after|when|in\s+\w+|next)"
    # the subject after the verb, the topic fronted: "Om hinder skriver jag senare, ...",
    # "Det berättar vi mer om längre fram.", "About the obstacles I'll write later."
    r"|(?:skriver|berättar|svarar)\s+(?:vi|jag)\s+(?:\w+\s+){0,2}?(?:sen|senare|längre\s+fram"
    r"|vid\s+ett\s+senare\s+tillfälle)"
    r"|(?:we|i)(?:\s+will|['’]ll)\s+(?:write|tell\s+you)\s+(?:\w+\s+){0,3}?(?:later|another\s+time)"
    # the survey taken up at a meeting first: "Vi har styrelsemöte i januari och kan ta upp det
    # där.", "Vi tar upp frågorna på nästa styrelsemöte.", "We'll raise it at our board meeting."
    # (the survey as a whole: "frågan", one question, taken up later is no promise of all)
    r"|\w*möte\w*\b[^.!?]{0,60}?\b(?:ta|tar|tas)\s+upp\s+(?:det|dem|frågorna|enkäten"
    r"|saken)\s+(?:där|då)"
    r"|(?:ta|tar|tas)\s+upp\s+(?:det|dem|frågorna|enkäten|saken)\s+(?:på|vid|under)\s+"
    r"(?:\w+\s+){0,2}\w*möte\w*"
    r"|(?:raise|discuss|bring\s+up|take\s+up)\s+(?:it|them|the\s+(?:questions|survey))\s+"
    r"(?:at|in)\s+(?:\w+\s+){0,3}meeting)\b",
    re.I,
)


# A question left out on purpose: "(Fråga 4) hoppar vi över", "den avstår vi från", "har vi
# inget svar på", "kan jag inte svara på", "We'll skip question 4", "I pass on that one". The
# question (or a word for it) is what is skipped: "vi hoppar över hinder" tells something.
SKIPS = re.compile(
    r"\b(?:hopp(?:ar|a|as)\s+(?:vi|jag)\s+över|(?:vi|jag)\s+(?:hoppar|hoppade)\s+över\s+"
    r"(?:den|denna|det|detta|frågan|fråga\b)|^hopp\w*\s+över[\s.!]*$"
    r"|avstår\s+(?:vi|jag)(?:\s+från)?|(?:vi|jag)\s+avstår\s+från\s+(?:den|denna|det|detta|frågan"
    r"|att\s+svara)|(?:har|kan)\s+(?:vi|jag)\s+(?:inte|inget|inga|ej)\s+(?:\w+\s+)?(?:svar\w*"
    r"|kommentar\w*)|lämnar\s+(?:vi|jag)\s+(?:tom|obesvarad|därhän|öppen)|låter\s+(?:vi|jag)\s+"
    r"(?:bli|vara)|(?:we|i)(?:'ll|\s+will|\s+would)?\s+(?:skip|pass\s+on|leave\s+out)\s+(?:this|that"
    r"|it|the\s+(?:last\s+)?question|question)\b|(?:we|i)(?:'d|\s+would)\s+rather\s+not\s+answer"
    r"|(?:we|i)\s+(?:have|has)\s+no\s+(?:answer|comment)|no\s+answer\s+(?:to|for)"
    # "Den fjärde frågan svarar vi inte på", "We won't answer that one"
    r"|svarar\s+(?:vi|jag)\s+(?:inte|ej)\s+på|(?:vi|jag)\s+svarar\s+(?:inte|ej)\s+på\s+(?:den|denna"
    r"|det|detta|frågan|fråga\b)|(?:we|i)\s+(?:will\s+not|won'?t|do\s+not|don'?t)\s+answer\s+(?:this"
    r"|that|it|the\s+(?:last\s+)?question|question)"
    # no time for it: "Den sista frågan hinner jag inte med", "I don't have time for the last one"
    r"|hinner\s+(?:vi|jag)\s+(?:tyvärr\s+)?(?:inte|ej)\s+(?:med|svara\s+på)(?:\s+(?:den|denna|det))?"
    r"|(?:we|i)\s+(?:don'?t|do\s+not)\s+have\s+time\s+for\s+(?:this|that|it|the\s+last))\b",
    re.I,
)


_OPT_OUT = re.compile(
    r"\b(?:inga\s+fler\s+påminnelser|(?:vill|önskar)\s+(?:inte|ej)\s+(?:ha|få)\s+"
    r"(?:några\s+)?(?:fler\s+)?(?:påminnelser|mejl|mail|utskick)"
    r"|sluta\s+(?:skicka|mejla|maila)|ta\s+bort\s+(?:oss|mig)\s+(?:från|ur)\s+(?:listan|utskicket)"
    r"|avregistrera|unsubscribe|no\s+more\s+reminders|stop\s+(?:sending|emailing))\b",
    re.I,
)


# A mailing list's footer telling ITS reader how to leave ("Vill du inte ha fler utskick?
# Svara med AVREGISTRERA.", "Click here to unsubscribe"): the sender's own list, no request
_LIST_FOOTER = re.compile(
    r"\b(?:svara\s+med|reply\s+with|klicka|click|(?:för\s+att|to)\s+(?:avregistrera|unsubscribe)"
    r"|(?:vill|önskar)\s+(?:du|ni)\s+(?:inte|ej)|om\s+(?:du|ni)\s+(?:inte|ej|inte\s+längre)\s+vill"
    r"|if\s+you\s+(?:no\s+longer|don'?t|do\s+not)\s+(?:want|wish))\b",
    re.I)
# Every match of _OPT_OUT holds one of these, and is made of a run's characters (both
# checked in tests/test_word_filters.py): searched as the attachment cue is
_OPT_OUT_WORDS = ("påminnelser", "mejl", "mail", "utskick", "sluta", "listan", "avregistrera",
                  "unsubscribe", "reminders", "stop")


def mentions_opt_out(flat: str) -> bool:
    """_OPT_OUT found in FLAT (normalised), searched only in the runs holding its words."""
    return holds_any_word(flat, _OPT_OUT_WORDS) and _search_runs(_OPT_OUT, _OPT_OUT_WORDS, flat)


def asks_to_opt_out(text: str | None) -> bool:
    """The reply asks for no more reminders ("inga fler påminnelser", "sluta skicka",
    "unsubscribe"), as the reminder tells them to; a list footer telling its own readers
    how to leave asks nothing."""
    flat = normalize_ws(text)
    if not mentions_opt_out(flat):
        return False
    sentences = split_sentences(flat)
    return any(_OPT_OUT.search(s) and not _LIST_FOOTER.search(s)
               # "Vill du inte ha fler utskick? Svara med AVREGISTRERA.": the question is
               # the footer's own, the instruction after it
               and not (i + 1 < len(sentences) and s.rstrip().endswith("?")
                        and _LIST_FOOTER.search(sentences[i + 1]))
               for i, s in enumerate(sentences))


# An earlier answer stands. _AS_BEFORE: "som förut", "som jag skrev", "as I wrote";
# _STANDS: what is said of the earlier answer ("gäller (som förut)", "står kvar", "är
# oförändrat", "stands", "is unchanged") or _AS_BEFORE alone ("Samma som förut.").
_AS_BEFORE = (
    r"(?:(?:precis\s+|samma\s+|detsamma\s+)?som\s+(?:förut|innan|tidigare|sist|förra\s+gången|förra"
    r"|i\s+(?:mitt|vårt|det)\s+(?:förra|tidigare|första)\s+\w+"
    r"|(?:jag|vi)\s+(?:skrev|svarade|sa|sade|har\s+skrivit|har\s+svarat)"
    r"(?:\s+(?:förut|innan|tidigare|sist|först|förra\s+gången|i\s+(?:mitt|vårt)\s+förra\s+\w+))?"
    r"|(?:det|de|den)\s+(?:stod|står|var|är))"
    r"|(?:just\s+|exactly\s+|(?:the\s+)?same\s+)?as\s+(?:before|previously|earlier|last\s+time"
    r"|(?:I|we)\s+(?:wrote|said|answered|have\s+written)"
    r"(?:\s+(?:before|earlier|previously|last\s+time|in\s+(?:my|our)\s+(?:last|first|previous)\s+\w+))?))"
)
_STANDS = (
    r"(?:(?:\w+\s+)?gäller(?:\s+(?:fortfarande|fortsatt|än|alltjämt))?(?:\s+" + _AS_BEFORE + r")?"
    r"|(?:står\s+(?:fast|kvar)|ligger\s+kvar|kvarstår)(?:\s+" + _AS_BEFORE + r")?"
    # "Det andra stämmer.", "Resten stämmer fortfarande": what was written is right
    r"|stämmer(?:\s+(?:fortfarande|fortsatt|än))?(?!\s+(?:inte|ej)\b)"
    r"|(?:är|blir)\s+(?:fortfarande\s+)?(?:" + _AS_BEFORE + r"|oförändrad\w*|detsamma|samma"
    r"(?:\s+som\s+(?:förut|innan|tidigare|sist))?)"
    r"|(?:har\s+(?:inte|ej)\s+ändrats|ändras\s+(?:inte|ej))"
    r"|(?:still\s+)?(?:stands?|holds?)(?:\s+" + _AS_BEFORE + r")?"
    r"|(?:is|are|stays?|remains?)\s+(?:unchanged|the\s+same|" + _AS_BEFORE + r")"
    r"|(?:has|have)\s+not\s+changed|" + _AS_BEFORE
    + r"|oförändrat|inga\s+ändringar|ingen\s+ändring|unchanged|no\s+change)"
)
# ... what the writer wrote before, said of it: "Det andra jag skrev gäller.", "Resten som vi
# svarade står kvar.", "Everything else I wrote stands."
_WRITTEN = (r"(?:(?:som|that)\s+)?(?:jag|vi|I|we)\s+(?:skrev|svarade|sa|sade"
            r"|har\s+(?:skrivit|svarat)|wrote|said|answered|have\s+(?:written|answered))")
# Which answers: the rest ("Resten", "Övriga svar", "the other answers") ...
_REST = (r"(?:resten(?:\s+av\s+(?:svaren|frågorna|mina\s+svar|våra\s+svar))?"
         r"|övriga(?:\s+(?:frågor(?:na)?|svar(?:en)?))?|de\s+andra\s+svaren|allt\s+annat"
         r"|the\s+(?:rest(?:\s+of\s+(?:the|my|our)\s+answers)?|other\s+answers)|everything\s+else)"
         + r"(?:\s+" + _WRITTEN + r")?")
# ... or named ones ("1.", "Fråga 1", "Svaret på fråga 1 och 3", "Mitt förra svar", "Answer 1",
# "the first question")
_ORDINAL = (r"(?:första|andra|tredje|fjärde|femte|first|second|third|fourth|fifth"
            r"|\d+(?::a|:e|st|nd|rd|th)?)")
_NAMED = (
    r"(?:\d\s*[.):]|(?:(?:mitt|vårt|mina|våra|my|our|the)\s+)?(?:(?:förra|tidigare|previous|earlier)\s+)?"
    # one answer or several: "Svaret på fråga 2", "Svaren på fråga 1 och 4", "The answers to"
    r"(?:(?:svar(?:et|en)?|answers?)\s+(?:(?:på|till|to|for|of)\s+)?)?"
    r"(?:(?:den|the)\s+" + _ORDINAL + r"\s+(?:frågan|question|one)|" + _ORDINAL
    + r"\s+(?:frågan|svaret|punkten|question|answer)"
    r"|(?:frågan?|frågorna|punkt(?:en|erna)?|svar(?:et)?|question|questions|answer|point)"
    r"\s+(?:(?:nr|no|nummer)\.?\s*)?\d+(?:\s*(?:,|och|&|and|-|–)\s*\d+)*"
    r"|svar(?:et)?|answer))"
)
# "Resten gäller" opens a closing sentence as before; a named answer must be all the sentence
# says ("Fråga 3 gäller hur ni ..." is about the question, not a note that it stands)
_STANDS_AFTER_REST = _REST + r"\s+" + _STANDS + r"\b"
# "Det andra stämmer.", "Allt det övriga gäller.": only as the whole sentence ("Det andra
# gäller lokalen" is an answer's second point)
# "Det om hinder och möjligheter står kvar.": an answer named by its topic
_OTHER = r"(?:allt\s+)?det\s+(?:andra|övriga|om(?:\s+[\w-]+){1,5}?)(?:\s+" + _WRITTEN + r")?"
_STANDS_AFTER_NAMED = r"(?:" + _NAMED + r"|" + _OTHER + r")\s+" + _STANDS + r"[\s.!)]*$"
_STANDS_ALONE = re.compile(
    # "Stämmer." alone may be a yes: only what is named "stämmer"
    r"^(?!stämmer\b)(?:(?:" + _REST + r"|" + _NAMED + r"|" + _OTHER + r")\s*[:\-–]?\s+)?" + _STANDS
    + r"[\s.!)]*$", re.I)


# A closing sentence: "Hör av er om ...", "Hoppas det hjälper", "Tack igen", "Lycka till".
CLOSING = re.compile(
    # a short chat word before the thanks, joined by "och": "GG och tack för att ni frågar!",
    # "haha o tack igen", "ok and thanks!" (not a greeting: "Hej och tack för enkäten" opens)
    r"^(?:(?!(?:hej|hejsan|hi|hello|hallå|tja|hey|vi|jag|ni|du|we|i|you)\b)[^\W\d_]{1,5}[,!]?\s+(?:och|o|and|&)\s+"
    r"(?=(?:tack|thanks?|thank\s+you)\b))?"
    # a contact request, plain or in chat slang: "hör av er", "hit us up", "hmu", "slå en
    # signal", "drop us a line", "give us a shout"
    r"(?:hit\s+(?:us|me)\s+up|hmu|slå\s+(?:oss|mig)\s+en\s+(?:signal|pling)"
    r"|drop\s+(?:us|me)\s+a\s+line|give\s+(?:us|me)\s+a\s+(?:shout|call)\b"
    r"|hör\s+(?:gärna\s+)?av\s+(?:dig|er)|tveka\s+inte|återkom\w*\s+(?:gärna\s+)?(?:om|vid|till)"
    # whom to call or write, and how, should the reader have questions: "Ni kan ringa Amra
    # direkt på 076-... om ni har frågor.", "Mejla mig om något är oklart.", "You can reach
    # our chair at ... if you have any questions." (the condition says it is for the reader)
    r"|(?:(?:ni|du|you)\s+(?:(?:kan|får|can|may)\s+)?(?:gärna\s+|också\s+|also\s+)?)?"
    r"(?:ringa|ring|mejla|maila|kontakta|skriv(?:a)?\s+till|nå|når|sms:?a|call|phone|e-?mail"
    r"|contact|reach|text|write\s+to)\b[^.!?]{0,80}?\b(?:om|ifall|vid|if|should)\s+"
    r"(?:(?:ni|du|you)\s+(?:undrar\s+(?:över\s+)?något|(?:har|skulle\s+ha|have|need)\s+(?:några\s+"
    r"|fler\s+|mer\s+|any\s+|further\s+|more\s+)?(?:frågor|questions))|något\s+är\s+oklart|anything\s+is"
    r"\s+unclear|frågor)[\s.!]*$"
    # who wrote the document down, and when, at its foot: "Sammanställt av ABF tillsammans
    # med ordföranden, januari 2020.", "Compiled by the board secretary, 12 March 2020."
    r"|(?:sammanställ[dt]|skriv(?:et|en)|nedteckna[dt]|upprätta[dt]|compiled|written\s+down"
    r"|prepared|drawn\s+up)\s+(?:av|by)\b[^.!?]{0,120}?\b(?:19|20)\d\d[\s.]*$"
    # board minutes pasted or attached: the duty to send the answer, and the minutes' foot
    # ("Sekreteraren fick i uppdrag att skicka svaret ...", "The secretary will send the
    # answers ...", "Vid protokollet: ...", "Justeras: ...")
    r"|(?:sekreteraren|ordföranden|kassören|the\s+secretary|the\s+chair)\s+(?:fick\s+i\s+uppdrag"
    r"\s+att\s+|ges\s+i\s+uppdrag\s+att\s+|uppdrogs\s+att\s+|was\s+(?:asked|instructed|tasked)"
    r"\s+(?:with\s+sending|to)\s+|will\s+|(?=sk|se))?(?:skicka|skickar|sända|sänder|send|sends)"
    r"\s+(?:in\s+)?(?:svaret|svaren|enkäten|the\s+(?:answers?|reply|survey))\b"
    r"|vid\s+protokollet\b|justeras\s*:|minutes\s+taken\s+by\b"
    r"|hoppas\s+(?:att\s+)?(?:detta|det|svaren|ni|du|vi)"
    # the hope said with its subject first, about the answers only: "Vi hoppas att svaren är
    # till nytta.", "We hope this helps." ("Vi hoppas att vi får en lokal" stays an answer)
    r"|(?:vi|jag|we|i)\s+(?:hoppas|hope)\s+(?:att\s+|that\s+)?(?:detta|det\s+här|svaren|svaret"
    r"|this|these|the\s+answers?|our\s+answers?)\b|tack\s+(?:för|så|igen|på|och)|tack[!.]*$"
    r"|lycka\s+till|ha\s+en\s+(?:bra|fin|trevlig|skön|god|härlig)|god\s+jul|gott\s+nytt"
    r"|trevlig\s+helg|(?:ni|du)\s+får\s+gärna\s+(?:höra|kontakta|ringa|återkomma)"
    # wishing the reader well: "Vi önskar er en välsignad advent", "Allt gott", "God
    # fortsättning!", "Wishing you a merry Christmas"
    r"|(?:vi|jag)\s+önskar\s+(?:er|dig|you)\s+(?:alla\s+)?(?:en|ett|allt|god|gott|lycka|all|a)\b"
    # a short blessing said in closing: "Inshallah bättre nästa år.", "Om Gud vill.", "God
    # willing!" (short only: a sentence of substance after it is the answer's)
    r"|(?:in\s?sh?a'?\s?allah|insh?allah|om\s+gud\s+vill|god\s+willing|إن\s*شاء\s*الله)"
    r"[^.!?\n]{0,30}[.!]*\s*$"
    r"|allt\s+gott|god\s+fortsättning|glad\s+(?:advent|påsk|midsommar)|trevlig\s+(?:advent|jul"
    r"|påsk|sommar)|happy\s+(?:new\s+year|holidays|easter)|merry\s+christmas|season'?s\s+greetings"
    r"|(?:we\s+)?wish(?:ing)?\s+you\s+(?:all\s+)?(?:a|an|the|all|every|good|well)\b"
    r"|kontakta\s+(?:mig|oss)\s+(?:gärna\s+)?(?:om|vid|för|ifall)|vid\s+frågor"
    # (unseen115) more talk offered should the reader need it, the whole sentence: "Vi ställer
    # gärna upp på fler samtal om det behövs.", "Jag står gärna till tjänst med mer vid
    # behov.", "We are happy to talk more if needed." (the wish is not read from it: the
    # self-check still shows it; "Vi ställer upp med lokal om det behövs" goes on, no talk;
    # offered should the reader wish it, "... om ni vill", it is a wish: not here)
    r"|(?:vi|jag)\s+(?:ställer|står)\s+(?:\w+\s+){0,2}?(?:upp|till\s+tjänst)\s+(?:på|för|med)\s+"
    r"(?:\w+\s+){0,2}?(?:samtal|intervju\w*|möte[nt]?|träff\w*|frågor|mer|mera)\b[^.!?]{0,40}?"
    r"\b(?:om\s+(?:det\s+)?behövs|vid\s+behov|om\s+(?:ni|du)\s+behöver"
    r"(?:\s+\w+)?)[\s.!]*$"
    r"|(?:we|i)(?:'re|'m|\s+are|\s+am|\s+would\s+be|'d\s+be)\s+(?:\w+\s+)?(?:happy|glad"
    r"|available)\s+to\s+(?:talk|meet|answer|tell|explain|chat)\b[^.!?]{0,40}?\bif\s+(?:needed"
    r"|necessary|required|you\s+need(?:\s+\w+)?)[\s.!]*$"
    r"|(?:please\s+)?(?:let\s+(?:me|us)\s+know|feel\s+free|do\s+not\s+hesitate|don'?t\s+hesitate)"
    r"|hope\s+this|thanks?\b|thank\s+you|best\s+of\s+luck|good\s+luck"
    # thanks in the languages the associations write in
    r"|(?:muchas\s+|mil\s+)?gracias|merci|danke|grazie|obrigad[oa]|dziękuj\w*|teşekkür\w*|kiitos"
    r"|hvala|спасибо|дякую|شكرا\w*|ممنون|mulțumesc|köszönöm|děkuji|ευχαριστώ"
    # (Tagalog, Somali, Kurdish, Persian, Albanian, Swahili, Vietnamese, Indonesian, Tigrinya,
    # Amharic: "Salamat po / Tack så mycket", the other language first)
    r"|salamat\b|mahadsanid|(?:sipas|spas)\b|سپاس|سوپاس|مرسی|faleminderit|asante\b|cảm\s+ơn"
    r"|terima\s+kasih|የቐንየለይ|አመሰግናለሁ"
    # "Resten skickar vi senare." / "Övriga frågor återkommer vi om.": the rest is put off
    r"|(?:resten|övriga\s+(?:frågor(?:na)?|svar(?:en)?))\s+(?:(?:skickar|återkommer|svarar"
    r"|besvarar|kompletterar)\s+(?:vi|jag)|(?:vi|jag)\s+(?:skickar|återkommer|svarar|besvarar)"
    r"|kommer\s+(?:senare|sen))\b"
    r"|(?:we(?:'ll|\s+will)\s+send|we(?:'ll|\s+will)\s+answer)\s+the\s+rest"
    # nothing more to say, the whole sentence: "Tyvärr har vi inte så mycket mer att säga.",
    # "Mer än så har vi inte att berätta.", "Det var allt från oss.", "That's all from us."
    # (not "Det var allt för dyrt", "Mer än så har vi inte råd med": they go on)
    r"|(?:(?:tyvärr\s+|annars\s+)?(?:har\s+(?:vi|jag)|(?:vi|jag)\s+har)\s+(?:tyvärr\s+)?(?:inte"
    r"|inget|inga)\s+(?:så\s+)?(?:mycket\s+)?(?:mer|mera|annat|fler)\s+att\s+(?:säga|berätta"
    r"|tillägga|skriva)|mer\s+än\s+så\s+(?:har|kan)\s+(?:vi|jag)\s+(?:tyvärr\s+)?inte(?:\s+(?:att\s+)?"
    r"(?:säga|berätta|tillägga))?|det\s+var\s+(?:väl\s+)?allt(?:\s+(?:från\s+(?:oss|mig)|för\s+(?:nu"
    r"|den\s+här\s+gången|denna\s+gång)))?|(?:that'?s|that\s+is)\s+all(?:\s+(?:from\s+(?:us|me)"
    r"|(?:we|i)\s+(?:have\s+to\s+say|can\s+say|wanted\s+to\s+say)))?|(?:we|i)\s+have\s+nothing"
    r"\s+(?:more|else)\s+to\s+(?:add|say))(?:\s+(?:om\s+(?:det|detta|saken)|just\s+nu|about\s+it))?"
    r"[\s.!]*$"
    # "Resten gäller som förut.", "Övriga svar står kvar.", "Fråga 1 gäller som jag skrev.":
    # earlier answers still hold (_STANDS below)
    r"|" + _STANDS_AFTER_REST + r"|" + _STANDS_AFTER_NAMED + r")",
    re.I,
)


# A role signed after a name: "Claes ordförande", "Per Olsson, kassör".
SIGN_ROLE = (r"(?:ordf\.?|ordförande|kassör|sekreterare|ledamot|styrelsen|tränare|huvudtränare"
             r"|coach|ledare|verksamhetsledare|chair\w*|board|secretary|treasurer)")


_LEAD_NUMBER = re.compile(r"^\d\s*[.):]\s+")


@short_cache(maxsize=2048)  # every answer and paragraph, asked by several passes of a reply
def stands_as_before(text: str | None) -> bool:
    """TEXT only says that an earlier answer stands, with or without naming it: "Gäller som
    jag skrev.", "Står kvar.", "Samma som förut.", "Svaret på fråga 1 är oförändrat.", "As
    before.", "Answer 1 still stands." It is no answer: the earlier one stays."""
    # "1. Samma som förut.": the number is read with the note, not as a sentence of its own
    sentences = split_sentences(_LEAD_NUMBER.sub("", normalize_ws(text)))
    return bool(sentences) and any(_STANDS_ALONE.match(s) for s in sentences) and all(
        _STANDS_ALONE.match(s) or CLOSING.match(s) for s in sentences)
