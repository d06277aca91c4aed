"""What the association says to the reader (the coordinator) rather than about itself.

Sentence cues the answer reader, its framing and evidence steps and the self-check share:
a paragraph said to the coordinator about the exchange (`said_to_reader`), an invitation
(`invites_reader`), and what follows a wish to meet (`after_wish_to_meet`,
`asks_when_to_meet`). Pure functions of the text; they live below the self-check so that
the readers need not import it.
"""

from __future__ import annotations

import re

from .cues import CLOSING, PHONE_NUMBER
from .text import ADDRESS, normalize_ws, short_cache, split_sentences

# A paragraph said to the coordinator rather than about the association: the reader
# addressed ("ni", "du", "you") about the exchange itself - contact, the survey, its
# results, a meeting. "Ni på kommunen borde ge oss lokaler" (an obstacle) is an answer.
_WORD = re.compile(r"\w+")  # words counted in every sentence (compiled once, not looked up)
TO_READER = re.compile(r"\b(?:ni|er|du|dig|you|your)\b", re.I)
_ABOUT_EXCHANGE = re.compile(
    r"\b(?:hör\w*\s+av|höra\s+av|kontakta\w*|ring\w*\s+(?:mig|oss)|mejla\w*|maila\w*"
    r"|skicka\w*\s+(?:\w+\s+){0,2}(?:till\s+oss|till\s+mig|resultat\w*|rapport\w*)"
    r"|resultat\w*|sammanställning\w*|enkät\w*|kartläggning\w*|frågorna|svaren|intervju\w*"
    r"|undrar|vill\s+(?:ni|du)\s+veta|behöver\s+(?:ni|du)|contact\w*|get\s+in\s+touch"
    r"|let\s+(?:me|us)\s+know|survey|results?|questions|interview\w*)\b",
    re.I,
)


# The reader invited to something of the association's ("Välkomna på vår vårföreställning i
# april!", "ni får gärna komma och titta", "You are welcome to our open day"): a "välkomna"
# opening the sentence greets the reader; "alla är välkomna" describes the association.
_INVITES = re.compile(
    r"^(?:och\s+|and\s+|förresten\s+)?(?:varmt\s+|hjärtligt\s+)?välkomn[ae]\s+(?:på|till|hit|förbi|att)\b"
    # (the reader greeted or asked along, not the generic "du kan komma gratis som ny")
    r"|\b(?:ni|du|you)\s+(?:är|are|'re)\s+(?:\w+\s+){0,2}?(?:välkomn[ae]|(?:most\s+)?welcome)\b"
    r"|\b(?:ni|du)\s+får\s+(?:\w+\s+)?gärna\s+komma\b"
    # ("Kom gärna och titta på en match", "Come and watch a game"; unseen116)
    r"|^(?:\w+[,!]?\s+)?(?:kom|titta|hälsa)\s+gärna\s+(?:och\s+\w+\s+)?(?:på|förbi|in|till)\b"
    r"|^(?:\w+[,!]?\s+)?(?:do\s+)?come\s+(?:and\s+(?:see|watch|join|hear|listen\s+to)|to\s+our)\b"
    r"|\bfeel\s+free\s+to\s+(?:come|visit|drop)\b"
    # an event of one day, said open: "Vi har julfest den 21 december ... och alla är
    # välkomna", "Our spring concert is on 8 March and everyone is welcome" (unseen116; "alla
    # är välkomna" with no date describes the association and stays its answer)
    r"|^(?=.*\b(?:\d{1,2}(?::?[ae])?\s+(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)"
    r"[a-z]*|(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\s+\d{1,2})\b).*\b(?:är|are|is)\s+(?:\w+\s+)?(?:välkomn[ae]|welcome)\b",
    re.I,
)


def invites_reader(sentence: str) -> bool:
    """SENTENCE invites the reader to something of the association's (a show, an open day)."""
    return bool(_INVITES.search(normalize_ws(sentence)))


# An offer to be asked, said to the reader: a way to reach someone on the condition that the
# reader has questions ("Om ni har frågor kan ni ringa Sven på 040-...", "... ni får ringa
# henne om ni undrar något", "If you have any questions, call Anna on ..."): the mail's
# closing, no answer, whoever is to be called
_CONTACT_VERB = re.compile(
    r"\b(?:ring\w*|kontakt\w*|mejl\w*|mail\w*|hör\w*\s+av|nå\s+(?:mig|oss|henne|honom)"
    r"|call|phone|e-?mail|contact|reach|get\s+in\s+touch)\b", re.I)
_IF_QUESTIONS = re.compile(
    r"\b(?:om\s+(?:ni|du)\s+(?:har\s+(?:\w+\s+){0,2}frågor|undrar|vill\s+veta|behöver\s+veta)"
    r"|vid\s+(?:\w+\s+)?frågor|if\s+you\s+(?:have\s+(?:\w+\s+){0,2}questions|wonder|want\s+to\s+know"
    r"|need\s+to\s+know)|(?:with|for)\s+(?:any\s+)?questions)\b", re.I)


def offers_contact(sentence: str) -> bool:
    """SENTENCE offers the reader a way to ask (`_IF_QUESTIONS` and `_CONTACT_VERB`)."""
    return bool(_IF_QUESTIONS.search(sentence) and _CONTACT_VERB.search(sentence))


# Where to write from now on, said to the reader: an e-mail address given with a verb of
# writing or sending ("Skriv gärna till min adress i fortsättningen, x@y.cz används inte.",
# "Please write to anna@example.org from now on", "Mejla hellre kassören på k@x.se"): the
# exchange, not the association. The address itself is the shape; the verbs are the few of
# writing (no other way to tell an address given to write to from one described).
# the verb asked of the reader: an imperative opening the sentence ("Skriv gärna ...",
# "Please write ...") or the reader named with it ("ni kan mejla ...", "you can email ...");
# "Senast i höstas mejlade vi x@y om en större hall" is the association's own story
_WRITE_VERB = re.compile(
    r"^(?:\w+[,!]?\s+)?(?:(?:gärna|please|kindly)\s+)?(?:skriv|skicka|mejla|maila|kontakta"
    r"|svara|write|send|e-?mail|contact|reply)\b"
    r"|\b(?:ni|du|you)\s+(?:\w+\s+)?(?:skriva|skicka|mejla|maila|kontakta|svara|write|send"
    r"|e-?mail|contact|reply)\b", re.I)


def gives_address(sentence: str) -> bool:
    """SENTENCE asks the reader to write to an e-mail address it gives (`_WRITE_VERB`)."""
    return bool(ADDRESS.search(sentence) and _WRITE_VERB.search(normalize_ws(sentence)))


@short_cache(maxsize=2048)  # the same sentences, asked by the reader, framing and self-check
def said_to_reader(par: str) -> bool:
    """PAR is said to the coordinator about the exchange (contact, the survey, its results,
    a meeting) or invites them, every sentence of it, rather than about the association."""
    sentences = split_sentences(normalize_ws(par))
    return bool(sentences) and all(
        bool(TO_READER.search(s) and _ABOUT_EXCHANGE.search(s)) or bool(CLOSING.match(s))
        or invites_reader(s)
        for s in sentences
    )


# When or where to meet, said right after a wish to meet: a weekday, a month, a clock time.
_WHEN_OR_WHERE = re.compile(
    r"\b(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:ar|en|s)?|januari|februari|mars|april|maj"
    r"|juni|juli|augusti|september|oktober|november|december|(?:kl\.?|klockan)\s*\d{1,2}"
    r"|\d{1,2}[:.]\d{2}"
    r"|öppet\s+hus|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    # a part of the day or week: "Jag kan de flesta förmiddagar.", "We are free most evenings."
    r"|(?:för|efter)middag(?:ar|en|arna)?|kvällar(?:na)?|helg(?:er|en|erna)?"
    r"|(?:mornings|afternoons|evenings|weekends?))\b",
    re.I)
# longer, it says more than when and where: a description that an answer should hold
_LOGISTICS_WORDS = 16
# what is told at the meeting just asked for: "Då kan ungdomarna själva berätta hur ...",
# "Där kan vi visa er", "Then we can tell you more"
_AT_THE_MEETING = re.compile(
    r"^(?:då|där|så|then|there)\s+(?:kan|får|kommer|can|will)\s+(?:\w+\s+){1,3}?"
    r"(?:berätta|visa|prata|förklara|träffa|möta|tell|show|talk|explain|meet)\b"
    # "Vi berättar gärna hur vi har det ...": what they would tell there
    r"|^(?:vi|we)\s+(?:berättar|visar|förklarar|would\s+(?:gladly\s+)?(?:tell|show))"
    r"\s+(?:\w+\s+)?(?:gärna|mer|more|you)\b"
    # "Jag kan berätta om allt vi gör ...", "We can show you the hall": what they can tell there
    r"|^(?:vi|jag|we|i)\s+(?:kan|could|can)\s+(?:gärna\s+|gladly\s+)?"
    r"(?:berätta|visa|förklara|tell|show|explain)\b"
    # where to meet, proposed: "Vi kan ses i vårt växthus.", "We can meet at the club."
    r"|^(?:vi|ni|du|we|you)\s+(?:kan|could|can)\s+(?:\w+\s+)?(?:ses|träffas|mötas|meet)\b"
    # the guest invited, or the visit offered: "Ni är välkomna till oss en kväll", "You are
    # most welcome to visit us", "Vi kommer gärna till er", "... till stadshuset"
    r"|^(?:ni|du|you)(?:\s+är|\s+are|'re)\s+(?:\w+\s+)?(?:välkomn[ae]|welcome)\b"
    r"|^(?:vi|we)\s+(?:kommer|come|can\s+come|could\s+come)\s+(?:gärna\s+|gladly\s+)?"
    r"(?:till|to)\s+\w+"
    # the visit offered to the reader by who would come: "Jag och vår kassör kan komma till
    # er ...", "My wife and I could come to you one evening" (to the reader: "till oss" is
    # the association's own place, "Barnen kan komma till oss efter skolan" tells of it)
    r"|^(?:\w+\s+){0,4}?(?:kan|skulle\s+kunna|could|can)\s+(?:gärna\s+|gladly\s+)?"
    r"(?:komma|come)\s+(?:gärna\s+|over\s+)?(?:hem\s+)?(?:till|to)\s+(?:er|dig|you)\b"
    # who else would come: "Många av våra medlemmar vill också vara med och berätta."
    r"|^(?:\w+\s+){0,5}?(?:vill|skulle\s+vilja|would\s+like\s+to|want\s+to)\s+(?:också\s+|gärna\s+"
    r"|also\s+)*(?:vara\s+med|komma\s+med|delta|join|come\s+along)\b"
    # why the meeting is better than writing: "Vi tycker det blir mycket bättre om ni får se
    # verksamheten på plats", "It is easier to explain in person"
    r"|^(?:(?:vi|jag|we|i)\s+(?:tycker|tror|think|believe)\s+(?:att\s+|that\s+)?)?"
    r"(?:det|it)\s+(?:blir|är|vore|would\s+be|is|'s)\s+(?:\w+\s+){0,2}?"
    r"(?:bättre|lättare|enklare|roligare|better|easier)\b",
    re.I)
# the reader asked over after the time and place, in a clause of its own: "..., det vore
# roligt om du ville komma dit och prata med oss.", "..., you are welcome to come by"
_COME_OVER_TAIL = re.compile(
    r",\s*[^,]*\b(?:komma|kom|come|drop)\s+(?:dit|hit|förbi|över|by|over|along|round)\b[^,]*$"
    r"|,\s*[^,]*\b(?:prata|talk)\s+(?:med|with)\s+(?:oss|us)\b[^,]*$", re.I)
# "..., men vi kan anpassa oss.": a short clause after the time does not make it longer
_SHORT_AFTERTHOUGHT = re.compile(r",\s*(?:men|but|eller|or)\s+(?:\S+\s+){0,5}\S+[.!]?\s*$", re.I)

# a question to the reader on when to meet, after the wish: "Passar det någon gång i
# februari?", "Would a Tuesday work for you?"
_WHEN_ASKED = re.compile(
    r"^(?:passar|funkar|fungerar|går|kan|vill|har|would|could|does|is|can)\b[^?]*\?$", re.I)
_WHEN_ASKED_WORDS = 12


def asks_when_to_meet(sentence: str) -> bool:
    """A short question to the reader naming a time: "Passar det någon gång i februari?"."""
    return bool(_WHEN_ASKED.match(sentence.strip()) and _WHEN_OR_WHERE.search(sentence)
                and len(_WORD.findall(sentence)) <= _WHEN_ASKED_WORDS)


# how to reach the writers, said to the reader after the wish: a verb of reaching and the
# number or address to use ("Skicka sms till 070-765 43 21 eller mejla.", "Text me on 0707
# 12 34 56.", "Mejla kassören på k@x.se.")
_REACH_BY = re.compile(
    r"\b(?:skicka\w*|sms\w*|ring\w*|mejl\w*|mail\w*|kontakt\w*|nå\s+(?:mig|oss)|text(?:a|ing)?"
    r"|call|phone|e-?mail|contact|reach)\b", re.I)
_REACH_NUMBER = re.compile(PHONE_NUMBER + r"|[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


def reach_us_by(sentence: str) -> bool:
    """SENTENCE says how to reach the writers: a verb of reaching with a number or address,
    short (`_REACH_BY`, `_REACH_NUMBER`)."""
    return bool(_REACH_NUMBER.search(sentence) and _REACH_BY.search(sentence)
                and len(_WORD.findall(_REACH_NUMBER.sub("x", sentence))) <= _WHEN_ASKED_WORDS)


# a wish to meet that points back at the sentence before it as its reason: "Därför vill vi
# gärna svara i en intervju", "That is why we would rather meet"
_FOR_THAT_REASON = re.compile(
    r"^(?:och\s+|and\s+)?(?:därför|det\s+är\s+därför|av\s+den\s+anledningen|therefore"
    r"|(?:that|this)(?:['’]s|\s+is)\s+why|for\s+that\s+reason)\b", re.I)


def gives_its_reason(sentence: str) -> bool:
    """SENTENCE opens by pointing back at the sentence before it as its reason ("Därför
    ...", "That is why ..."): that sentence belongs with it."""
    return bool(_FOR_THAT_REASON.match(normalize_ws(sentence)))


def after_wish_to_meet(sentence: str) -> bool:
    """SENTENCE, right after a wish to meet, is about that meeting: when or where ("Vi har
    öppet hus varje torsdag kl 18-21."), what it is for ("Då kan ungdomarna själva berätta
    ..."), a short question on when ("Passar det någon gång i februari?"), or how to reach
    the writers ("Skicka sms till 070-765 43 21.")."""
    words = len(_WORD.findall(sentence))
    return bool(
        _PHONE_ALONE.match(sentence)
        or (_WHEN_OR_WHERE.search(sentence)
         and len(_WORD.findall(_SHORT_AFTERTHOUGHT.sub("", _COME_OVER_TAIL.sub("", sentence))))
         <= _LOGISTICS_WORDS)
        or _AT_THE_MEETING.match(sentence)
        or (_WHO_COMES.search(sentence) and words <= _LOGISTICS_WORDS)
        or (_WHEN_ASKED.match(sentence.strip()) and words <= _WHEN_ASKED_WORDS)
        or (_SAY_WHEN.match(sentence.strip()) and words <= _WHEN_ASKED_WORDS)
        or (_WE_COME.match(sentence.strip()) and words <= _WHEN_ASKED_WORDS)
        or reach_us_by(sentence))


# the writers offering to come to the reader, where: "Vi kan komma till stadshuset.", "Jag
# kommer gärna till ert kontor.", "We can come to the town hall."
_WE_COME = re.compile(
    r"(?i)^(?:vi|jag|we|i)\s+(?:kan|kommer|could|can|will|would)\s+(?:gärna\s+|också\s+|happily\s+"
    r"|also\s+)?(?:komma|come)\s+(?:till|to|in\s+to|förbi|by|över|over)\b")


# the number to call, alone after the wish ("Ring mig ... ? 073-556 12 09.", "Tel: 040-12 34 56")
_PHONE_ALONE = re.compile(
    r"^\s*(?:(?:tel|telefon|mobil|mob|phone|ring)\w*\.?\s*:?\s*)?\+?\d[\d\s()/-]{5,}\d\s*[.!]?\s*$",
    re.I)


# the reader asked to say when: "Säg bara till vilken vecka!", "Hör av er när det passar.",
# "Just let us know which day."
_SAY_WHEN = re.compile(
    r"(?i)^(?:(?:så\s+)?(?:säg|hör\s+av\s+(?:er|dig)|meddela|skriv|maila|mejla)|(?:just\s+)?let\s+"
    r"(?:us|me)\s+know|tell\s+(?:us|me))\s+(?:\w+\s+){0,2}?(?:till\s+)?(?:vilken|vilket|vilka|när"
    r"|which|when|what\s+(?:day|time|week))\b")


# a short sentence pointing back at the time just proposed: "Då är flest på plats.", "Då har
# vi öppet.", "Then everyone is there." (why that time suits them)
_THEN = re.compile(r"^(?:då|then)\b(?!\s*,)", re.I)
_THEN_WORDS = 8


# what the meeting would bring, said after the wish: "Vi har mycket att berätta om ...", "Jag
# har en hel del att visa er", "We have a lot to tell you about ..."
_MORE_TO_TELL = re.compile(
    r"^(?:vi|jag|we|i)\s+(?:har|have)\s+(?:så\s+|så\s+otroligt\s+|really\s+|so\s+)?"
    r"(?:mycket|mer|massor|en\s+(?:hel\s+)?del|a\s+lot|lots|much|more|plenty)\s+"
    r"(?:mer\s+)?(?:att\s+(?:berätta|visa|säga|prata\s+om)|to\s+(?:tell|show|say|talk\s+about))\b"
    # the pleasure of telling it: "Det vore roligt att berätta om vår dans, ...", "It would be
    # nice to tell you about the choir"
    r"|^(?:det|it)\s+(?:vore|skulle\s+vara|blir|would\s+be|'d\s+be)\s+(?:\w+\s+)?(?:roligt|kul"
    r"|trevligt|fint|nice|great|lovely|fun)\s+(?:att|to)\s+(?:få\s+)?(?:berätta|visa|prata|tell"
    r"|show|talk)\b",
    re.I)
_MORE_TO_TELL_WORDS = 18


def why_then(sentence: str) -> bool:
    """SENTENCE, right after a wish to meet, is short and points back at it ("Då är flest på
    plats.": why that time suits; "Vi har mycket att berätta om ...": what the meeting would
    bring). For the self-check's text left over only: inside an answer a "Då ..." sentence
    may be the answer's own ("Då möts barn från hela stan.")."""
    words = len(_WORD.findall(sentence))
    return (bool(_THEN.match(sentence)) and words <= _THEN_WORDS) \
        or (bool(_MORE_TO_TELL.match(sentence.strip())) and words <= _MORE_TO_TELL_WORDS)


# who comes along to the meeting and in what language: "Gärna med tolk eller så tar jag med
# min dotter.", "I can bring my son to translate."
_WHO_COMES = re.compile(
    r"(?i)\b(?:tolk\w*|interpret\w*|översätt\w*|translat\w*|(?:tar|tager)\s+(?:jag|vi)\s+med"
    r"|(?:jag|vi)\s+(?:kan\s+|ska\s+)?ta\s+med|(?:I|we)\s+(?:will\s+|can\s+|could\s+)?bring"
    r"|(?:I|we)'ll\s+bring)\b")


# The writer choosing to tell a story in place of a plain answer: "Låt mig berätta om i fjol
# i stället för att svara ja eller nej.", "Det som hände i höstas säger mer än ett ja eller
# nej.", "It is easier to explain with an example than to answer yes or no." - the answering
# named (svara, ett ja eller nej, answer) and set against the telling (i stället för, mer
# än, än att, rather than, instead of): said to the reader, no part of the answer it opens.
_ANSWERING = re.compile(
    r"(?i)\b(?:svara\w*|svaret|(?:ett\s+)?ja\s+eller\s+(?:ett\s+)?nej|answer\w*"
    r"|(?:a\s+)?yes\s+or\s+(?:a\s+)?no)\b")
_IN_PLACE_OF = re.compile(
    r"(?i)\b(?:i\s*stället\s+för|istället\s+för|hellre\s+än|snarare\s+än|mer\s+än|än\s+att"
    r"|instead\s+of|rather\s+than|more\s+than|than\s+to)\b")
_STORY_LEAD_IN_WORDS = 25


def tells_instead_of_answering(sentence: str) -> bool:
    """SENTENCE says the writer tells (an example, what happened) in place of answering
    plainly: a lead-in to the story after it, no answer's sentence."""
    s = normalize_ws(sentence)
    m = _IN_PLACE_OF.search(s)
    return m is not None and len(_WORD.findall(s)) <= _STORY_LEAD_IN_WORDS \
        and _ANSWERING.search(s, m.end()) is not None


# The writer saying two answers are given as one: "Svaret på 3 och 4 hänger ihop så jag
# skriver dem tillsammans.", "Vi svarar på båda på en gång.", "I'll answer 3 and 4 together."
# - a note on the reply's layout, no part of the answer it opens.
_TOGETHER = re.compile(
    r"(?i)\b(?:jag|vi|i|we)(?:['’]ll|\s+will|\s+ska)?\s+(?:skriver|svarar\s+på|besvarar|tar"
    r"|write|answer|take)\s+(?:dem|de|båda|dessa|frågorna|\d\s+och\s+\d|them|both|these"
    r"|the\s+two|\d\s+and\s+\d)\s+(?:\w+\s+)?(?:tillsammans|samtidigt|ihop|på\s+en\s+gång"
    r"|together|at\s+once|in\s+one)\b")


def answers_together(sentence: str) -> bool:
    """SENTENCE says the writer answers two questions as one (see _TOGETHER), short."""
    s = normalize_ws(sentence)
    return bool(_TOGETHER.search(s)) and len(_WORD.findall(s)) <= _STORY_LEAD_IN_WORDS


# A remark on writing the reply itself, not on the association: its reason for asking to meet
# or for a short answer. The answer readers (a wish's paragraph in a reply read by position)
# and the self-check (no text left over) share it.
_ON_WRITING = re.compile(
    # a remark on writing the reply itself: "Det är svårt för oss att skriva allt på svenska"
    r"(?:svårt\s+(?:för\s+(?:oss|mig)\s+)?att\s+(?:skriva|formulera|uttrycka)"
    # ... however it is put: "vi är inte så bra på att skriva", "inte vana vid att skriva
    # långa texter", "det blir fattigt att svara skriftligt", "not good at writing"
    r"|(?:bra|vana?|duktiga?|vant)\s+(?:på|vid)\s+att\s+(?:skriva|formulera)"
    r"|(?:svara|skriva|berätta)\s+(?:\w+\s+)?skriftligt|(?:good|used)\s+(?:at|to)\s+writing"
    r"|hard\s+(?:for\s+(?:us|me)\s+)?to\s+(?:write|put\s+(?:it\s+)?into\s+words)"
    # ... or the writers not at home with the means of the reply, said as a "not": "Vi är
    # flera i styrelsen som inte är så vana vid datorer", "många som inte skriver så bra
    # svenska", "we are not used to e-mail" (a plain "vana vid datorer" may be an answer's)
    r"|\binte\s+(?:är\s+)?(?:så\s+|särskilt\s+|speciellt\s+|alls\s+)?(?:vana?|vant|bra|duktiga?)\s+"
    r"(?:på|vid|med)\s+(?:dator\w*|data|mejl\w*|mail\w*|e-?post|internet|teknik\w*|svenska)\b"
    r"|\binte\s+(?:skriver|talar|pratar|kan)\s+(?:så\s+|särskilt\s+)?(?:bra\s+)?svenska\b"
    # ... the verb first in a main clause: "många av våra medlemmar skriver inte så bra
    # svenska", "they don't write Swedish well"
    r"|\b(?:skriver|talar|pratar|kan)\s+inte\s+(?:så\s+|särskilt\s+)?(?:bra\s+)?svenska\b"
    r"|\b(?:don'?t|do\s+not|can'?t|cannot)\s+(?:write|speak)\s+(?:much\s+|good\s+)?swedish\b"
    # ... or said of the writer's Swedish: "Min svenska (skriva) är inte så bra", "vår svenska
    # är inte perfekt", "my Swedish is not very good"
    r"|\b(?:min|vår|mitt|my|our)\s+(?:svenska|swedish)(?:\s+\w+)?\s+(?:är|is)\s+(?:inte|not)\s+"
    r"(?:så\s+|särskilt\s+|speciellt\s+|very\s+|so\s+)?(?:bra|god|perfekt|good|perfect)\b"
    r"|\b(?:my|our)\s+swedish\s+isn'?t\s+(?:very\s+|so\s+)?(?:good|perfect)\b"
    r"|\bnot\s+(?:very\s+|so\s+|really\s+)?(?:good|used)\s+(?:at|to|with)\s+(?:computers|e-?mails?"
    r"|the\s+internet|swedish)\b"
    # ... or getting the work down in words: "svårt att få ner vårt arbete i text", "sätta
    # ord på det vi gör", "put what we do on paper"
    r"|(?:få|sätta|skriva)\s+(?:ner\s+)?(?:\w+\s+){0,3}?(?:i\s+(?:text|skrift|ord)|på\s+papper)"
    r"|sätta\s+ord\s+på|(?:put|get)\s+(?:\w+\s+){0,3}?(?:down\s+)?(?:on\s+paper|in\s+writing)"
    r")",
    re.I,
)


@short_cache(maxsize=2048)
def remarks_on_writing(sentence: str) -> bool:
    """"Det är svårt för oss att skriva allt på svenska.", "vi är inte vana vid datorer",
    "my Swedish is not very good", "hard for us to put it into words"."""
    return bool(_ON_WRITING.search(sentence))
