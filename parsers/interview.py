"""Does a reply ask to answer in an interview, by phone or at a meeting instead?

Give it the association's own text only (quotes stripped): the survey itself says
"Önskar ni att svara på frågorna i en intervju istället för i text? Kontakta mig ..."
and that must not count. Sentences are checked one by one; a negation in the same
sentence ("vi vill inte bli intervjuade") cancels it.

A wish is found by what the sentence does: an oral act (talk, meet, call, visit) asked for
directly ("kan ni ringa mig?"), indirectly or on a condition ("vore det möjligt att ni
kommer förbi", "om ni vill ses"), preferred to writing ("lättare att prata än att skriva"),
or offered when met ("vi berättar gärna mer när vi ses"); said by the writer and aimed at
the reader, not an activity ("vi träffas varje tisdag", "barnen pratar hellre än skriver").
"""

from __future__ import annotations

import re

from .cues import OTHER_MATTER
from .text import fold_as_re_i, normalize_ws, short_cache, split_sentences

# Meeting the writer, as said after a third-person or impersonal wish: coming to us, listening
# to us, meeting (for a talk, with the reader), calling us. "Träffas" followed by how often or
# where ("träffas oftare", "träffas i gruppen") is an activity.
_MEET_US = (
    r"(?:(?:kunde|ville|skulle|kan|vill|får|fick|kommer\s+att)\s+)?(?:\w+\s+)?"
    r"(?:(?:komma|kom|kommer)\s+(?:hit|förbi|över|ut\s+till\s+oss|till\s+oss|hem\s+till\s+oss"
    # (the verbs in the present too: "att ni kommer och hälsar på en torsdag")
    r"|och\s+(?:lyssnar?|träffar?|pratar?|häls(?:a|ar)\s+på|besök(?:a|er)|berättar?))"
    # "lyssna på oss" alone is being heard ("att ni lyssnar på oss när ni fattar beslut")
    r"|träffar?\s+(?:oss|mig|er|dig)\b|besök(?:a|er)\s+oss|ringa\s+(?:oss|mig)"
    # meeting someone of the writer's for a talk: "träffar styrelsen och pratar"
    r"|träffar?\s+(?:\w+\s+){1,2}?och\s+(?:prata|berätta|samtala|lyssna)"
    r"|prata\s+med\s+(?:oss|mig|er|dig)(?!\s+(?:innan|före|när|om\s+(?:beslut|hur)))|ett\s+(?:samtal|möte)\s+med\s+(?:er|dig|oss)"
    # the reader at a meeting of the writer's: "att ni kommer på ett möte", "kommer till vårt
    # nästa styrelsemöte" (one meeting, singular: "ni kommer på våra träffar" is a welcome)
    r"|(?:komma|kom|kommer)\s+(?:på|till)\s+(?:ett|en|vårt|vår|nästa|något)\s+(?:\w+\s+)?"
    r"(?:\w*möte[nt]?|\w*träff(?:en)?)\b"
    r"|(?:träffas|ses|mötas|höras)(?=\s*(?:[,.!?;]|$|och\s+(?:prata|berätta|samtala|diskutera)"
    r"|för\s+(?:ett|en)\s+(?:samtal|pratstund|intervju|möte)|med\s+(?:er|dig)\b|personligen"
    r"|istället|i\s+stället|så\s+att)))"
)

# The frame of a wish not put as a question: "ser gärna att", "hade gärna sett att", "vore fint
# om", "skulle uppskatta om", "skulle bli glada om", "önskar att".
_WISH_FRAME = (
    r"(?:(?:ser|skulle\s+se)\s+(?:\w+\s+){0,2}(?:gärna|helst|positivt\s+på)"
    r"|(?:hade|skulle)\s+(?:\w+\s+)?(?:gärna|helst)\s+sett"
    r"|(?:vore|skulle\s+vara|hade\s+varit)\s+(?:\w+\s+)?(?:fint|bra|roligt|trevligt|värdefullt"
    r"|önskvärt|kul|välkommet|uppskattat|toppen|glädjande)"
    r"|(?:skulle|hade)\s+(?:\w+\s+)?(?:uppskatta[ts]?|bli\s+(?:\w+\s+)?glad[ae]?|glädja\s+oss"
    r"|vara\s+tacksamma?)(?:\s+det)?"
    r"|önskar(?:\s+\w+)?"
    # "vi skulle hellre vilja att ...", "jag vill helst att ..."
    r"|(?:skulle|vill)\s+(?:\w+\s+)?(?:hellre|helst|(?:jätte|väldigt\s+|mycket\s+)?gärna)"
    r"(?:\s+(?:vilja|se))?)"
    r"\s+(?:om|ifall|att)"
)
# who is to meet: the reader, someone of theirs, or "vi" (together)
_READER_SIDE = (r"ni|du|någon|kommunen|staden|samordnaren|ni\s+på\s+\w+"
                r"|någon\s+(?:från|av|på)\s+\w+(?:\s+\w+)?|vi|vi\s+och\s+(?:ni|du)")

# Each pattern must be specific enough not to fire on an answer that merely mentions
# meetings or phones ("vi ordnar träffar", "föräldrar kan ringa oss").
_POSITIVE = [
    # "föredrar att svara i en intervju", "vill hellre svara per telefon"
    r"\b(?:föredrar|föredrog|hellre|helst|prefer(?:s|red)?|rather)\b.{0,60}"
    r"\b(?:intervju\w*|telefon(?:intervju|samtal|möte)?\b|ringa\b|interview\w*|phone\b"
    r"|(?:ett\s+)?(?:möte|samtal|träff)\s+(?:istället|i\s+stället|med\s+(?:dig|er)))",
    # the writing itself the thing put second: "som vi gärna delar, men hellre över en kopp
    # kaffe än skriftligt", "we'd rather tell you than in writing"
    r"\b(?:hellre|helst|rather)\b.{0,60}\b(?:än|than)\s+(?:skriftligt|skriftligen|i\s+skrift"
    r"|(?:per|på|via|över)\s+(?:e-?)?mejl|in\s+writing|by\s+e-?mail|over\s+e-?mail)\b",
    # "vi vill hellre ses och prata", "jag föredrar att träffas personligen": a meeting instead
    # of writing (the words after "ses" keep "vi vill helst träffas på helgerna" an answer)
    r"\b(?:vi|jag)\s+(?:\w+\s+){0,2}(?:hellre|helst|föredrar|föredrog)\s+(?:\w+\s+){0,2}"
    # (how long said between: "hellre ses en timme och berätta", "träffas en stund och prata")
    r"(?:ses|träffas|mötas|träffa\s+(?:dig|er))\s+(?:(?:en|ett|någon|några)\s+(?:\w+\s+)?)?"
    r"(?:och\s+(?:prata|berätta|samtala|diskutera)"
    r"|personligen|istället|i\s+stället|än\s+(?:att\s+)?(?:skriva|svara)|(?:med|hos)\s+(?:dig|er))",
    # "svara/berätta/prata ... i en intervju / på telefon"
    r"\b(?:svara|berätta\w*|prata|ta\s+(?:det|detta|frågorna)|besvara|gå\s+igenom|answer|talk"
    r"|discuss)\b.{0,40}\b(?:i|via|genom|på|per|över|in|by|over)\s+(?:en\s+|ett\s+|an?\s+)?"
    r"(?:intervju\w*|telefon\b|telefonen\b|videosamtal|zoom|teams|interview\w*|phone\b)",
    # "ställer (gärna) upp på en intervju", "är gärna med på en intervju"
    r"\b(?:ställer|ställa|ställt|står|är|vara|finns)\s+(?:\w+\s+){0,3}(?:upp|med|tillgängliga?)\s+"
    r"(?:\w+\s+){0,2}(?:på|för|till|i)\s+(?:en\s+|ett\s+)?(?:\w+\s+)?(?:intervju\w*"
    r"|telefonintervju|samtal\s+med\s+(?:dig|er))",
    # "boka ett möte / en tid / en intervju"
    r"\b(?:boka|bokar|bestämma|bestämmer|sätta\s+upp|set\s+up|schedule|arrange)\s+(?:in\s+)?"
    r"(?:ett\s+(?:möte|samtal|telefonmöte|digitalt\s+möte)|en\s+(?:tid|träff|intervju|telefontid)"
    r"|an?\s+(?:meeting|call|interview))\b",
    # "kan du/ni ringa mig", "ring mig gärna", "call me"
    r"\b(?:kan|får|vill)\s+(?:du|ni)\s+(?:\w+\s+)?ringa\s+(?:mig|oss|upp)",
    r"^(?:\w+[,!]?\s+)?ring\s+(?:gärna\s+)?(?:upp\s+)?(?:mig|oss)\b",
    r"^(?:\w+[,!]?\s+)?(?:please\s+)?call\s+(?:me|us)\b"
    r"|\b(?:can|could)\s+you\s+(?:please\s+)?call\s+(?:me|us)\b",
    # "en intervju passar oss bättre", "gärna en intervju", "vill bli intervjuade"
    r"\bintervju\w*\s+(?:\w+\s+){0,2}(?:passar|fungerar|går\s+bra|är\s+bättre|vore\s+bra)",
    r"\b(?:gärna|önskar|vill\s+(?:gärna\s+)?(?:ha|göra|boka|delta\s+i))\s+(?:\w+\s+){0,2}"
    r"(?:intervju\w*|telefonintervju)",
    r"\bvill\s+(?:\w+\s+){0,2}(?:bli\s+)?intervjua(?:d|de|s)\b",
    r"\b(?:happy|glad|willing)\s+to\s+(?:do|have|give|take\s+part\s+in|be)\s+(?:an?\s+)?"
    r"(?:interview\w*|phone\s+call)",
    # meeting the reader offered: "we would be happy to meet you (for an interview)"
    r"\b(?:happy|glad|willing|love)\s+to\s+(?:meet|see|talk\s+(?:to|with))\s+you\b",
    # a meeting proposed as easier for the writer: "Maybe we can meet and talk, that is easier
    # for us.", "vi kan väl ses istället, det är enklare för mig" (for whom keeps "vi kan
    # träffas i parken, det är bättre för barnen" an activity)
    r"\b(?:we|vi)\s+(?:can|could|kan|kunde)\s+(?:\w+\s+)?(?:meet|talk|ses|träffas|prata\w*)\b"
    r"[^.!?]{0,40}\b(?:easier|simpler|better|lättare|enklare|bättre)\s+(?:for|för)\s+"
    r"(?:us|me|oss|mig)\b",
    r"\b(?:djupare|längre|fördjupad|uppföljande|mer\s+ingående)\s+(?:intervju|samtal)\b.{0,40}"
    r"\b(?:gärna|ja|absolut|välkomna|ställer|intresse)",
    r"\b(?:ja|gärna|absolut)\b.{0,30}\b(?:djupare|fördjupad|uppföljande)\s+(?:intervju|samtal)",
    # telling it by word of mouth: "vi berättar hellre muntligt", "svarar gärna muntligen"
    r"\b(?:berätta\w*|förklara\w*|prata\w*|svara\w*|ta\s+(?:det|detta|resten))\s+(?:\w+\s+){0,4}"
    r"(?:muntligt|muntligen|personligen|ansikte\s+mot\s+ansikte|in\s+person|face\s+to\s+face)\b",
    r"\b(?:muntligt|muntligen|in\s+person)\s+(?:\w+\s+){0,2}(?:istället|i\s+stället|hellre|instead"
    r"|rather)\b",
    # the object fronted, the verb before its subject: "Resten tar vi hellre muntligt.",
    # "Det tar jag gärna på telefon."; "The rest we'd rather do in person." (unseen107)
    r"\b(?:resten|det|detta|den\s+biten|the\s+rest)\s+(?:tar|berättar|förklarar)\s+(?:vi|jag)\s+"
    r"(?:\w+\s+){0,2}(?:muntligt|muntligen|personligen|på\s+telefon|i\s+telefon)\b",
    r"\bthe\s+rest\s+(?:we|i)(?:'d|\s+would)\s+rather\s+(?:\w+\s+){0,2}(?:in\s+person"
    r"|face\s+to\s+face|by\s+phone|on\s+the\s+phone)\b",
    # a visit: "ni får gärna komma förbi och prata", "välkommen förbi", "come by and talk"
    r"\b(?:ni|du)\s+(?:får|är)\s+(?:\w+\s+){0,2}(?:komma\s+(?:förbi|hit|hem\s+till\s+oss|till\s+oss"
    # ... on a day of the writer's: "ni får gärna komma på en onsdag (som vi pratade om)"
    r"|och\s+hälsa\s+på|(?:på\s+)?(?:en|någon|nästa)\s+(?:\w+dag|kväll|förmiddag|eftermiddag)\b)|välkomn[ae]\s+(?:förbi|hit|att\s+(?:komma|besöka|hälsa)|en\s+\w+dag"
    r"|på\s+(?:ett\s+)?besök))",
    r"\bvälkommen\s+(?:förbi|hit|på\s+besök)\b",
    # the writer offering to come to the reader: "vi kan komma till er och berätta"
    r"\b(?:vi|jag)\s+(?:(?:kan|kunde|vill|skulle\s+(?:kunna|vilja))\s+(?:gärna\s+)?(?:komma|åka)"
    r"|(?:kommer|åker)\s+gärna)\s+(?:in\s+|över\s+|upp\s+)?(?:till|förbi\s+hos|hem\s+till)\s+(?:dig|er)"
    r"\b(?!\s+med\b)",
    # ... the verb before its subject after a clause in front: "Om ni har tid i februari
    # kommer vi gärna in till er och berättar mer" (unseen116)
    r"\b(?:(?:kan|kunde|vill)\s+(?:vi|jag)\s+(?:gärna\s+|också\s+)*(?:komma|åka)"
    r"|(?:kommer|åker)\s+(?:vi|jag)\s+(?:gärna|också)(?:\s+gärna)?)\s+(?:in\s+|över\s+|upp\s+)?"
    r"(?:till|förbi\s+hos|hem\s+till)\s+(?:dig|er)\b(?!\s+med\b)",
    r"\bom\s+(?:ni|du)\s+(?:vill\s+|har\s+lust\s+att\s+)?(?:komma\s+(?:förbi|hit|på\s+besök)"
    r"|hälsa\s+på|ringa\s+(?:mig|oss))\b",
    r"\b(?:träffa[rs]?|besöka)\s+(?:er|dig)\b(?:\s+\w+){0,2}\s+(?:och\s+)?(?:berätta\w*|prata\w*"
    r"|förklara\w*|visa\w*)\b",
    # (when met or if met: "lättare att förklara resten om vi träffas", unseen126)
    r"\b(?:lättare|enklare|bättre)\s+att\s+(?:förklara|berätta|prata|svara)\s+(?:\w+\s+){0,2}"
    r"(?:(?:när|om|ifall)\s+(?:man|vi)\s+(?:ses|träffas)|muntligt|på\s+telefon|i\s+telefon"
    r"|på\s+plats)",
    # the reader coming on a day: "You are welcome to come on a Wednesday", "you can come one
    # evening" ("Kids come on a Saturday" is what they do)
    r"\byou(?:\s+are|'re|\s+can|\s+could|\s+may)\s+(?:\w+\s+){0,2}?(?:welcome\s+to\s+)?come\s+"
    r"(?:on\s+)?(?:a|one|some|any|next)\s+(?:\w+day|evening|afternoon|morning)\b",
    r"\b(?:come\s+(?:by|over|and\s+(?:visit|see|talk))|visit\s+us|meet\s+(?:up|in\s+person)"
    r"|talk\s+(?:in\s+person|on\s+the\s+phone)|give\s+(?:me|us)\s+a\s+(?:call|ring))\b",
    # a question put aside to be talked over, its object fronted and the preposition left at
    # the sentence's end: "Fråga 4 vill vi hellre prata om.", "Den delen berättar jag helst
    # om.", "Question 4 we would rather talk about." ("Vi pratar hellre om fotboll." is an
    # activity: the preposition has its object)
    r"\b(?:(?:vill|skulle)\s+(?:vi|jag)\s+(?:\w+\s+)?(?:hellre|helst)\s+(?:vilja\s+)?"
    r"(?:prata|berätta|samtala|diskutera)|(?:pratar|berättar)\s+(?:vi|jag)\s+(?:hellre|helst))"
    # (or a comma and why: "Fråga 3 och 4 skulle vi hellre prata om, det är svårt att ...")
    r"\s+om(?=\s*(?:[.!]|,\s+(?:det|för|eftersom|då|så)\b|$))",
    r"\b(?:we|i)\s+(?:would|'d)\s+(?:rather|prefer\s+to)\s+(?:talk|tell\s+you)\s+about"
    r"(?:\s+in\s+person)?(?=\s*(?:[.!]|$))",
    # "vi tar hellre ett samtal", "hör av dig så bokar vi en tid", "kom gärna på besök"
    r"\b(?:hellre|helst|föredrar)\s+(?:\w+\s+){0,3}(?:ett\s+|en\s+)?(?:samtal|möte|träff|besök)\b",
    r"\bbokar\s+(?:vi|jag)\s+(?:gärna\s+)?(?:en\s+tid|ett\s+möte|ett\s+samtal|en\s+intervju|en\s+träff)",
    r"\b(?:kom|komma)\s+gärna\s+(?:på\s+besök|förbi|hit|och\s+hälsa\s+på)\b",
    # the visit asked for, the telling promised then: "kom förbi en torsdag så berättar vi",
    # "kom hit någon gång så visar jag"
    r"\bkom\s+(?:\w+\s+)?(?:förbi|hit|över|på\s+besök)\b[^.!?]{0,30}\bså\s+(?:berättar|pratar"
    r"|förklarar|visar|tar)\s+(?:vi|jag)\b",
    # a call: "ring mig så tar vi det", "slå en signal"
    r"\bring\s+(?:gärna\s+)?(?:mig|oss)\s+(?:så|och)\b",
    r"\bslå\s+(?:\w+\s+){0,2}signal\b",
    # a wish said in the third person, impersonally or politely, by its frame: "Föreningen ser
    # gärna att vi får träffas för ett samtal", "det vore fint om någon från kommunen kunde
    # komma och lyssna på oss", "vi skulle uppskatta om ni kom förbi", "it would be nice if
    # someone came by" - then the reader (or someone of theirs) meeting the writer. "Det vore
    # fint om kommunen gav oss lokaler" asks for something else; "om fler föräldrar kom och
    # lyssnade" is about an audience; "ser gärna att vi träffas oftare" is an activity.
    rf"\b{_WISH_FRAME}\s+(?:{_READER_SIDE})\s+(?:\w+\s+){{0,2}}?{_MEET_US}",
    rf"\b(?:vore|skulle\s+vara|hade\s+varit)\s+(?:en\s+)?(?:ära|glädje|förmån)\s+att\s+(?:få\s+)?"
    rf"{_MEET_US}",
    # a meeting judged the better way to answer: "tror att det blir bättre om vi ses och
    # pratar", "det är enklare om ni ringer mig", "it would be easier if we met and talked"
    # ("det vore mycket bättre för oss att ni kommer och pratar med oss")
    rf"\b(?:bättre|enklare|lättare|smidigare)\s+(?:för\s+(?:oss|mig)\s+)?(?:om|ifall|att)\s+"
    rf"(?:{_READER_SIDE})\s+"
    rf"(?:\w+\s+){{0,2}}?(?:{_MEET_US}|ringer\s+(?:mig|oss)\b"
    # "det vore bättre om du kom till vårt styrelsemöte": their meeting, judged the better way
    r"|(?:komma|kom|kommer)\s+till\s+(?:vårt|vår|våra)\s+(?:\w+\s+)?(?:\w*möte[nt]?|\w*träff(?:en|ar|arna)?)\b"
    # "... lättare om vi tar det på telefon"
    rf"|tar?\s+(?:det|detta|frågorna)\s+(?:på|per|i|över)\s+telefon\w*(?!\s+med\b))",
    r"\b(?:better|easier|simpler)\s+if\s+you\s+(?:could\s+)?(?:come|came)\s+to\s+our\s+(?:\w+\s+)?"
    r"meeting\b",
    r"\b(?:better|easier|simpler)\s+if\s+(?:we|you)\s+(?:could\s+)?(?:meet|met|talk|talked|spoke|speak"
    r"|called\s+(?:me|us)|call\s+(?:me|us))\b(?=\s*(?:[,.!?;]|$|and\s+talk|in\s+person"
    r"|instead|on\s+the\s+phone))",
    # asking whether a meeting suits the reader: "säg till om det passar att ses i januari",
    # "passar det er att vi träffas?", "hör av dig om det funkar att höras på tisdag"
    r"\b(?:säg|meddela|hör\s+av\s+(?:dig|er)|skriv|berätta)\s+(?:gärna\s+|bara\s+)?(?:till\s+)?"
    r"(?:om|när)\s+det\s+(?:passar|funkar|fungerar|går\s+bra)\s+(?:för\s+)?(?:dig\s+|er\s+)?"
    r"(?:att\s+)?(?:vi\s+)?(?:ses|träffas|mötas|höras)\b"
    r"|^(?:\w+[,!]?\s+)?(?:passar|funkar|fungerar)\s+det\s+(?:för\s+)?(?:dig\s+|er\s+)?"
    r"(?:att\s+)?(?:vi\s+)?(?:ses|träffas|mötas|höras)\b",
    # "vi tar gärna emot ett besök av er", "välkomnar ett besök från kommunen"
    r"\b(?:tar\s+(?:\w+\s+)?emot|välkomnar|uppskattar)\s+(?:gärna\s+)?(?:ett|en)\s+(?:besök|samtal"
    r"|träff)\s+(?:av|från|med)\s+(?:er|dig|kommunen|någon)\b",
    # "we would still like you to come to a meeting", "we'd love for someone to visit us"
    r"\b(?:would|'d)\s+(?:\w+\s+)?(?:like|love|want)\s+(?:for\s+)?(?:you|someone|somebody)"
    r"\s+(?:\w+\s+){0,3}?to\s+(?:come\s+(?:by|over|to\s+(?:(?:a|our)\s+(?:\w+\s+)?meeting"
    r"|one\s+of\s+our\s+(?:\w+\s+)?meetings))|visit\s+us|meet\s+(?:us|me)|call\s+(?:us|me))\b",
    r"\b(?:would\s+be|'d\s+be|would\s+(?:appreciate|love)(?:\s+it)?|'d\s+(?:appreciate|love)"
    r"(?:\s+it)?)\s+(?:\w+\s+)?(?:(?:nice|great|good|lovely|helpful|glad|happy)\s+)?if\s+"
    r"(?:you|someone|somebody)\s+(?:\w+\s+){0,2}?(?:come\s+(?:by|over|and\s+(?:listen|meet|talk"
    r"|visit))|came\s+(?:by|over|and)|visit(?:ed)?\s+us|listen(?:ed)?\s+to\s+us|meet\s+us"
    r"|call(?:ed)?\s+us|talk(?:ed)?\s+(?:to|with)\s+us)",
]
_POSITIVE_RE = [re.compile(p, re.I) for p in _POSITIVE]
# A meeting to talk offered in statement order, the writer's side first: "vi kan också
# träffas och prata", "jag kan gärna ses och berätta mer", "we can also meet and talk". Not
# "kan vi träffas i lokalen" (an activity: the modal after its adverbial) nor "de kan ..."
# (others), nor one kept from talk ("vi kan inte ..."); the offer's adverb ("också",
# "gärna") needed: "Vi kan träffas och prata på vårt språk" describes the association.
_OFFER_TO_MEET = re.compile(
    r"(?:^|[,;:]\s*|\b(?:och|men|så|and|but|so)\s+)(?:vi|jag|we|i)\s+(?:kan|could|can)\s+"
    r"(?:också|även|gärna|also|gladly)\s+(?:träffas|ses|mötas|meet(?:\s+up)?)"
    r"\s+(?:och|and)\s+(?:prata|pratar|snacka|berätta|samtala|talk|chat)\b"
    # ... or the talk offered by its kind, a call or a meeting the writers can also have:
    # "Vi kan också ta ett videosamtal på Skype", "We can also do a phone call" (unseen116)
    r"|(?:^|[,;:]\s*|\b(?:och|men|så|and|but|so)\s+)(?:vi|jag|we|i)\s+(?:kan|could|can)\s+"
    r"(?:också|även|gärna|also|gladly)\s+(?:ta|ha|göra|boka|have|do|take|set\s+up|arrange)\s+"
    r"(?:ett|en|a|an)\s+(?:kort\s+|short\s+)?(?:video|telefon|zoom|teams|skype|phone\s+|video\s+)?"
    # (with the reader: "ett samtal med varje ny familj", "ett möte med föräldrarna" are theirs)
    r"(?:(?:samtal|intervju|call|interview|chat)\b(?!\s+(?:med|with)\s+(?!er\b|dig\b|you\b))"
    r"|(?:möte|meeting)\s+(?:med|with)\s+(?:er|dig|you)\b)",
    re.I)

_NEGATION = re.compile(
    r"\b(?:inte|ej|ingen|inget|inga|aldrig|slipper|not|no|never|don'?t|won'?t|rather\s+not)\b",
    re.I,
)
# The coordinator's own offer, pasted or paraphrased (the reader asked what THEY would rather
# do: "Vill ni hellre berätta muntligt kan vi boka en intervju", "Would you rather talk?"),
# and "call me if you have questions".
_NOT_A_REQUEST = re.compile(
    r"\b(?:önskar\s+ni\s+(?:att\s+)?svara|vill\s+ni\s+svara|(?:vill|önskar)\s+(?:ni|du)\s+hellre"
    r"|would\s+you\s+rather|kontakta\s+mig\s+så"
    r"|om\s+(?:ni|du)\s+har\s+(?:\w+\s+)?frågor|vid\s+frågor|if\s+you\s+have\s+(?:any\s+)?"
    r"questions|any\s+questions"
    # a call offered should the reader want more ("Ring mig om ni vill veta mer!", "Call me
    # if you want to know more"): more on the answers given, not a talk instead of them
    r"|(?:ring|ringa|hör\s+av|kontakta|mejla|call|contact|email)\s+(?:\w+\s+){0,3}?"
    r"(?:om\s+(?:ni|du)\s+vill\s+(?:veta|höra)|if\s+you\s+(?:want|would\s+like|wish)\s+to"
    r"\s+(?:know|hear))\s+(?:mer|mera|more)\b)\b",
    re.I,
)


# What the sentence does, not its words: it asks to talk instead of write. Three parts:
# an oral act (talk, meet, call, visit), said as a request or preference (a question put to
# the reader, "gärna"/"hellre"/"istället", an imperative) and aimed at the reader or put
# instead of writing. "Vi träffas varje torsdag" (no request) and "Föräldrar kan ringa oss"
# (nobody asked) describe the association; they are answers.
_ORAL = re.compile(
    r"\b(?:prata|pratar|snacka|ses|träffas|träffa|träffar|mötas|ringa|ring|ringer|samtal\w*"
    r"|telefon\w*|möte|mötet|besöka|besök|komm(?:a|er)\s+(?:till\s+oss|förbi|hit|över|ut)|intervju\w*"
    # the writer coming to the reader: "kan vi komma till dig och berätta?"
    r"|komm(?:a|er)\s+(?:till|hem\s+till|upp\s+till)\s+(?:dig|er)"
    r"|talk|meet|call|visit|phone)\b",
    re.I,
)
# a question put to the reader or proposed together: "Kan du komma till oss?", "Kan vi inte
# ta det på telefon?" ("inte" there proposes, it does not refuse); also as a clause after a
# comma ("Skriva är inte min grej, kan vi ses istället?")
_ASKED = re.compile(
    r"(?:^|[,;:]\s*|\b(?:så|men|eller|but|or|so)\s+)(?:\w+[,!]?\s+)?"
    r"(?:kan|får|skulle|vill|ska|går\s+det\s+att|could|can|shall|would)\s+"
    r"(?P<who>du|ni|vi|jag|man|you|we|i)\b(?:\s+(?:inte|not))?",
    re.I,
)
# the same question in statement word order, as second-language writers put it: "Kanske vi
# kan komma till dig och berätta?" (only with the "?" that makes it a question)
_ASKED_STATEMENT_ORDER = re.compile(
    r"(?:^|[,;:]\s*|\b(?:så|men|eller|but|or|so)\s+)(?:\w+[,!]?\s+)?"
    r"(?P<who>vi|jag|we|i)\s+(?:kan|kunde|får|skulle\s+kunna|could|can)\b",
    re.I,
)
# Asking the reader to name a time: "Säg vilken dag som passar.", "Meddela när det passar
# dig.", "När passar det er?", "Let me know which day suits you." - a meeting to be set up.
_NAME_A_TIME = re.compile(
    r"^(?:\w+[,!]?\s+)?(?:säg|meddela|skriv|berätta|let\s+(?:me|us)\s+know|tell\s+(?:me|us))"
    r"\s+(?:gärna\s+|bara\s+)?(?:till\s+)?(?:vilken|vilka|vilket|när|which|what|when)\s+"
    r"(?:\w+\s+)?(?:dag\w*|tid\w*|datum|veck\w*|day|days|time|date|week)?\b"
    r".{0,20}\b(?:passar|funkar|fungerar|går\s+bra|suits?|works?)\b"
    r"|^(?:\w+[,!]?\s+)?(?:när|vilken\s+(?:dag|tid)|when|what\s+(?:day|time))\s+"
    r"(?:\w+\s+)?(?:passar|funkar|fungerar|suits?|works?)\s+(?:det\s+|it\s+)?(?:för\s+)?"
    r"(?:dig|er|you)\b.*\?\s*$",
    re.I,
)
# (an intensifier between the modal and its verb is the same wish: "we would really like
# to meet you", "we'd very much like to", "vi skulle verkligen vilja träffa er")
_WISH = re.compile(r"\b(?:gärna|hellre|(?<!som\s)helst|istället|i\s+stället|föredrar|rather"
                   r"|prefer\w*|instead|(?:would|'d)\s+(?:really\s+|very\s+much\s+|so\s+much\s+"
                   r"|truly\s+)?like|skulle\s+(?:verkligen\s+|så\s+gärna\s+|jättegärna\s+)?vilja)\b",
                   re.I)
_IMPERATIVE = re.compile(r"^(?:\w+[,!]?\s+)?(?:eller\s+|or\s+)?(?:ring|kom|call|come)\b",
                         re.I)
# whom the talk is with: the reader, the writer, or "instead" (of writing) / by phone
_WITH_US = re.compile(r"\b(?:mig|oss|me|us|istället|i\s+stället|instead|telefon\w*|phone)\b"
                      r"|\d{2,}[\d\s-]{4,}", re.I)
_WITH_READER = re.compile(r"\b(?:dig|er|you)\b", re.I)
# "Han vill fortfarande gärna träffas (som han skrev)": a wish to meet with nothing after it
# saying with whom or when, so the reader.
_MEET_BARE = re.compile(
    r"\b(?:(?:vill|önskar|wants?|would\s+like)\s+(?:\w+\s+){0,2}(?:gärna|hellre|still|fortfarande)"
    r"|would\s+still\s+(?:like|love)\s+to)\s+(?:\w+\s+){0,1}(?:träffas|ses|mötas|meet)\s*(?:$|[,.!;]|\bsom\b|\bas\b"
    # ... or to tell (someone listens: the reader): "Vi vill fortfarande gärna träffas och
    # berätta mer." ("träffas och prata" may be what members do together)
    r"|\b(?:och|and)\s+(?:berätta|förklara|tell|explain)\b)",
    re.I,
)


# A request put conditionally or indirectly, no modal + subject to find: "Vore det möjligt
# att ni kommer förbi?", "Finns det möjlighet för er att ...", "Would it be possible to ...".
# The inverted clause is a question even when the "?" is missing (second-language writing).
_INDIRECT_ASK = re.compile(
    r"(?:^|[,;:–-]\s*|\b(?:så|men|eller|but|or|so)\s+)(?:(?:hej|hi|och|and|annars|eller|alltså)"
    r"[,!]?\s+)?"
    r"(?:(?:vore|är|skulle|blir|går)\s+det\s+(?:\w+\s+){0,2}(?:möjligt|ok(?:ej)?|okay|lägligt|bra"
    r"|fint|gå|passa)\s*(?:för\s+(?:dig|er)\s+)?(?:(?:om|att)\s+)?"
    r"|finns\s+det\s+(?:\w+\s+)?(?:möjlighet|chans|tid)\s+(?:för\s+(?:dig|er)\s+)?(?:att\s+)?"
    r"|har\s+(?:du|ni)\s+(?:\w+\s+)?(?:möjlighet|tid|lust|chans)\s+(?:att\s+)?"
    r"|(?:would|will|is)\s+it\s+be\s+possible\s+(?:for\s+you\s+)?(?:to\s+)?"
    r"|is\s+it\s+possible\s+(?:for\s+you\s+)?(?:to\s+)?"
    r"|(?:would|could)\s+you\s+be\s+able\s+to\s+)",
    re.I,
)
# A visit is to the writer by its verb: "ni kommer förbi", "come by".
_VISIT = re.compile(
    r"\b(?:komm(?:a|er)|kom|titta|tittar|hälsa|hälsar)\s+(?:\w+\s+)?(?:förbi|hit|över|ut|in|på"
    r"|till\s+oss)\b|\bcome\s+(?:by|over|round|and)\b|\bvisit\s+us\b|\bdrop\s+by\b"
    # the reader coming to talk, or to one of the writers' own meetings (unseen106): "komma
    # och träffa styrelsen", "komma till en av våra torsdagsträffar", "come to one of our"
    r"|\bkomm(?:a|er)\s+och\s+(?:träffa|prata|hälsa\s+på|berätta|lyssna)\b"
    r"|\bkomm(?:a|er)\s+till\s+(?:\w+\s+){0,3}?(?:vår|våra|vårt)\b"
    r"|\bcome\s+to\s+(?:\w+\s+){0,3}?our\b",
    re.I,
)
# The reader asked in an indirect question (unseen106): "Pappa undrar om du kan komma och
# träffa styrelsen ...", "We wonder if you could come and talk with the girls".
_WONDER_IF = re.compile(
    r"\b(?:undrar|undrade|frågar|wonder(?:s|ed|ing)?|asks?|asked)\s+(?:\w+\s+)?"
    r"(?:om|ifall|if|whether)\s+(?:du|ni|you)\s+(?:kan|kunde|skulle|hinner|could|can|would"
    r"|might)\b", re.I)
# A condition put to the reader: "om ni vill träffas", "if you'd like to meet", "om du har tid
# att ringa mig". Bare reciprocal verbs ("träffas", "ses", "höras") are with the writer; a
# transitive one needs "oss/mig" so "om du vill träffa nya vänner" stays an activity.
_IF_YOU_WANT = re.compile(
    r"\b(?:om|ifall|när)\s+(?:ni|du)\s+(?:\w+\s+)?(?:vill|önskar|har\s+(?:\w+\s+)?(?:tid|lust"
    r"|möjlighet)|hinner|kan)\s+(?:att\s+)?(?:\w+\s+){0,2}"
    r"(?:(?:träffas|ses|höras|mötas)(?!\s+(?:med\s+(?!oss|mig)|\w+[ae]r\b))"
    r"|(?:träffa|besöka|ringa|prata\s+med|komma\s+(?:till|hem\s+till))\s+(?:oss|mig)\b"
    r"|komma\s+(?:förbi|hit|över))"
    r"|\bif\s+you(?:'d|\s+would|\s+want|\s+wish)?\s+(?:like\s+)?(?:to\s+)?(?:meet(?!\s+(?!us|me)\w)"
    r"|talk\s+to\s+(?:us|me)|come\s+(?:by|over)|call\s+(?:us|me)|visit\s+us)",
    re.I,
)
# Talking held up against writing: "lättare att prata än att skriva", "we'd rather talk than
# write", "prata är lättare för oss". The writer's own preference (first person, or the
# impersonal "det är"); "Barnen tycker det är lättare att prata än skriva" is about others.
_SPEECH = (r"(?:prata|pratar|berätta|berättar|förklara|förklarar|tala|talar|säga|svara\s+muntligt"
           r"|ses|träffas|talk|tell|explain|speak|meet"
           # the reader coming to meet them: "bättre att ni kommer hit och träffar oss än ..."
           r"|komm(?:a|er)\s+hit|träffa(?:r)?\s+(?:oss|mig))")
# writing as the way to answer, not chatting online ("än att skriva på nätet" is an activity)
_WRITING = (r"(?:skriva|skriver|skrift|text|write|writing|in\s+writing)"
            r"(?!\s+(?:\w+\s+)?(?:på\s+(?:nätet|sociala|facebook|instagram|internet|mobilen)"
            r"|i\s+(?:chatt\w*|appen|gruppen)|till\s+varandra|online|on\s+(?:line|social)))")
_SPEECH_OVER_WRITING = re.compile(
    rf"\b(?:lättare|enklare|bättre|smidigare|roligare|hellre|easier|better|rather)\b"
    rf"(?:\s+\w+){{0,4}}?\s+(?:att\s+|to\s+)?{_SPEECH}\b.{{0,40}}?\b(?:än|than)\s+(?:att\s+|to\s+)?"
    rf"(?:\w+\s+){{0,2}}?{_WRITING}\b"
    rf"|\b{_SPEECH}\b.{{0,20}}?\b(?:är|is)\s+(?:\w+\s+)?(?:lättare|enklare|easier)\b.{{0,20}}?"
    rf"\b(?:än|than)\s+(?:att\s+|to\s+)?{_WRITING}\b"
    rf"|\b{_SPEECH}\b(?:\s+\w+){{0,3}}\s+(?:istället\s+för|i\s+stället\s+för|instead\s+of|rather"
    rf"\s+than)\s+(?:att\s+)?{_WRITING}"
    # the verb first, the preference after it: "vi pratar hellre än skriver"
    rf"|\b{_SPEECH}\s+(?:\w+\s+)?(?:hellre|helst)\s+än\s+(?:att\s+)?(?:\w+\s+){{0,2}}?{_WRITING}\b",
    re.I,
)
_OTHERS_PREFER = re.compile(
    r"^(?:\w+\s+){0,2}(?:barnen|ungdomarna|deltagarna|medlemmarna|eleverna|de|dom|många|alla"
    r"|kvinnorna|föräldrarna|the\s+(?:children|kids|members|participants)|they|many)\b"
    # ("många av oss", "alla vi": the writers themselves)
    r"(?!\s+(?:av\s+oss|of\s+us|vi|we)\b)",
    re.I,
)
_FIRST_PERSON = re.compile(r"\b(?:vi|jag|oss|mig|we|i|us|me|our|vår|våra|vårt)\b|^det\b|^it\b",
                           re.I)
# An offer to tell more when met: "vi berättar gärna mer när vi ses", "svarar gärna mer
# utförligt på ett möte".
_WHEN_MET = (r"(?:(?:när|om)\s+(?:vi|ni|du)\s+(?:\w+\s+)?(?:ses|träffas|hörs|kommer\s+förbi)"
             r"|(?:vid|på|i|under)\s+(?:ett|en)\s+(?:möte|samtal|besök|träff|telefonsamtal)\b"
             r"|på\s+(?:plats|telefon)\b|(?:when|if)\s+we\s+meet|in\s+person)")
_MORE_WHEN_MET = re.compile(
    r"(?:\b(?:berätta\w*|svara\w*|förklara\w*|visa\w*|tell|explain)\s+(?:\w+\s+){0,3}"
    r"(?:mer|mera|more)|\b(?:mer|mera|more)\s+(?:\w+\s+)?(?:berätta\w*|förklara\w*|tell|explain))"
    rf"\b.{{0,40}}\b{_WHEN_MET}",
    re.I,
)
# ... or telling wished for till then: "vi skulle hellre berätta om vår verksamhet när vi
# ses", "vi vill helst förklara det på ett möte" (the modal makes it a wish: "vi berättar helst
# om våra hemländer när vi ses" is what they do at their own meetings, as is one that recurs:
# "... när vi ses på tisdagarna")
_RATHER_WHEN_MET = re.compile(
    r"\b(?:skulle|vill|ville)\s+(?:\w+\s+)?(?:hellre|helst)\s+(?:\w+\s+)?(?:berätta|förklara)"
    rf"\b.{{0,40}}\b{_WHEN_MET}",
    re.I,
)
_RECURRING = re.compile(r"(?i)\b(?:\w+dagar(?:na)?|varje|varannan|every|weekly)\b")
# ... said as an offer ("gärna", "kan"), not as what the association does at its meetings
_OFFER = re.compile(r"\b(?:gärna|kan|kunde|skulle|happy|glad|would|could|can|'d)\b", re.I)


# a meeting word as a counted or described event ("fler öppna träffar", "flera möten", "our
# regular meetings"): an activity, whoever would like more of them
_COUNTED_EVENTS = re.compile(
    r"\b(?:fler|flera|många|olika|öppna|regelbundna|gemensamma|våra|more|several|many|open"
    r"|regular|our)\s+(?:\w+\s+)?$", re.I)


# the reader as the one asked ("har ni tid", "do you have time"), and one meeting or call
# named by its article where the oral word stands ("för ett möte", "for a call")
_READER_ASKED = re.compile(r"(?i)\b(?:ni|du|er|dig|you)\b")
_ONE_MEETING = re.compile(r"(?i)(?:möte|samtal|telefonsamtal|träff|meeting|call|talk)\b")
_ONE_MEETING_BEFORE = re.compile(r"(?i)^\s*(?:för|till|for)\s+(?:ett|en|a|an)\s+"
                                 r"(?:kort\s+|short\s+)?$")


def _asks_by_kind(s: str) -> bool:
    """The request kinds that carry no modal + subject: indirect or conditional asks, talk
    held up against writing, an offer to tell more when met or telling wished for then."""
    if _IF_YOU_WANT.search(s) or (_MORE_WHEN_MET.search(s) and _OFFER.search(s)):
        return True
    if _RATHER_WHEN_MET.search(s) and not _OTHERS_PREFER.search(s) and not _RECURRING.search(s):
        return True
    m = _SPEECH_OVER_WRITING.search(s)
    if m and not _OTHERS_PREFER.search(s) and (_FIRST_PERSON.search(s)
                                                  or re.match(_SPEECH, s, re.I)):
        return True
    ask = _INDIRECT_ASK.search(s)
    if ask:
        rest = s[ask.end():]
        oral = _ORAL.search(rest)
        if oral and not _NEGATION.search(rest[: oral.start()]):
            if _VISIT.search(rest) or _WITH_US.search(rest):
                return True
            # one meeting or call asked of the reader, the time for it: "Har ni tid för ett
            # möte i mars?", "Do you have time for a call?" (unseen126) - the meeting is with
            # the asker (no "vi" said); "Har ni möjlighet att ordna ett möte för alla
            # föreningar?" asks for something else
            if s.rstrip().endswith("?") and _READER_ASKED.search(s[: ask.end()]) \
                    and _ONE_MEETING.match(rest[oral.start():]) \
                    and _ONE_MEETING_BEFORE.match(rest[: oral.start()]):
                return True
            # "träffas", "vi ringer": with the reader only when put as a question or
            # naming the reader ("Finns det möjlighet att träffas i större lokaler ..." is
            # an obstacle described)
            together = bool(re.match(r"(?:\w+\s+)?(?:vi|we)\b", rest, re.I)
                            or re.search(r"\b(?:ses|träffas|höras|mötas|meet)\b", rest, re.I))
            return together and (s.rstrip().endswith("?") or bool(_WITH_READER.search(rest)
                                 or re.search(r"\b(?:ni|du)\b", rest, re.I)))
    return False


def _a_names_word(sentence: str, m: re.Match[str]) -> bool:
    """The match is one word with a capital inside the sentence, straight after a word
    ("Vi driver Café Välkommen varje onsdag", "Föreningen Välkommen ordnar ..."): a name's
    word, no invitation (unseen115). Opening the sentence, or after a colon or a dash
    ("Till er alla: Välkommen!"), the capital may be the sentence's own."""
    word = m.group(0)
    if " " in word or not word[:1].isupper():
        return False
    return bool(re.search(r"\w[\w.'’]*\s+$", sentence[: m.start()]))


def _asks_to_talk(sentence: str) -> bool:
    s = sentence.strip()
    if _MEET_BARE.search(s) or _NAME_A_TIME.search(s) or _asks_by_kind(s):
        return True
    oral = _ORAL.search(s)
    if not oral:
        return False
    asked = next((m for m in _ASKED.finditer(s) if m.end() <= oral.start() + 1), None)
    if asked is None and s.endswith("?"):
        asked = next((m for m in _ASKED_STATEMENT_ORDER.finditer(s)
                      if m.end() <= oral.start() + 1), None)
    if asked and s.endswith("?"):
        if _NEGATION.search(s[asked.end():oral.start()]):
            return False
        together = asked.group("who").lower() in ("vi", "we")
        return together or bool(_WITH_US.search(s[asked.end():])
                                or _VISIT.search(s[asked.end():]))
    wonder = _WONDER_IF.search(s)
    if wonder is not None and wonder.end() <= oral.start() + 1 \
            and not _NEGATION.search(s[wonder.end():oral.start()]):
        return bool(_VISIT.search(s[wonder.end():]) or _WITH_US.search(s[wonder.end():]))
    if any(not _a_names_word(s, m) for m in re.finditer(
            r"\bvälkommen\b|\bsäg\s+(?:en\s+)?(?:annan\s+)?tid\b", s, re.I)):
        return True  # "välkommen (singular: the reader) då", "säg en annan tid": an invitation
    if _IMPERATIVE.match(s):
        return bool(_WITH_US.search(s))  # "Ring mig", "Eller ring Fatima 070-284 51 63"
    # the wish and the talk in one clause: "vi vill gärna träffa dig och prata istället"
    for o in _ORAL.finditer(s):
        if _COUNTED_EVENTS.search(s[: o.start()]):
            continue  # "hjälpa oss med fler öppna träffar": meetings as events, not a talk
        clause = re.split(r"[.!?()*:;]", s[max(0, o.start() - 50): o.end() + 50])
        near = next((c for c in clause if o.group(0) in c), "")
        if _WISH.search(near) and (_WITH_READER.search(near) or _WITH_US.search(near)):
            head = near[: near.find(o.group(0))]
            if not _NEGATION.search(head[-40:]):
                return True
    return False


# A sentence is a wish only when one of these matches: each way _asks_to_talk says yes
# needs one of its first six (the _INDIRECT_ASK way and every later one need _ORAL), and the
# loop below needs a _POSITIVE pattern.
_NEEDED = (_MEET_BARE, _NAME_A_TIME, _IF_YOU_WANT, _MORE_WHEN_MET, _RATHER_WHEN_MET,
           _SPEECH_OVER_WRITING, _ORAL, *_POSITIVE_RE)
# ... and each of those needs a word that begins with one of these (casefolded, as re.I
# compares). Four sentences in five have none and skip the ~40 searches (~100 us a sentence,
# the filter ~7 us). tests/test_word_filters.py reads what each pattern of
# _NEEDED needs from its parse tree and checks that a stem here begins it: a word added to a
# pattern fails that test until it is covered here.
_STEMS = (
    "ansikte", "arrange", "berätta", "bestämma", "bestämmer", "besök", "better", "boka",
    "bättre", "call", "come", "dig", "djupare", "du", "easier", "enklare", "er", "face",
    "fortfarande", "fördjupad", "förklara", "gärna", "hellre", "helst", "höras", "if",
    "instead", "interview", "intervju", "istället", "kom", "let", "lättare", "meddela", "meet",
    "mer", "more", "muntligen", "muntligt", "mötas", "möte", "ni", "när", "person", "phone",
    "prata", "rather",
    "ring", "roligare", "samtal", "schedule", "see", "ses", "set", "signal", "simpler", "skriv",
    "smidigare", "snacka", "still", "stället", "säg", "sätta", "talk", "teams", "telefon", "tell",
    "träff", "uppföljande", "videosamtal", "vilken", "visit", "välkommen", "what", "when", "zoom",
)
_WORD = re.compile(r"\w+")


def _may_be_a_wish(sentence: str) -> bool:
    """False when no word of SENTENCE begins with a stem: then no pattern of _NEEDED can
    match. (Words as \\b sees them: split before casefolding.)"""
    words = fold_as_re_i(" ".join(_WORD.findall(sentence))).split()
    return any(w.startswith(_STEMS) for w in words)


# A visit invited to a place given by its address ("Besök oss gärna: Café X, Storgatan 3, 211
# 50 Malmö", "Visit us at 4 Main Street"), with no word of talking: the place advertised to
# anyone who passes, as a signature's address is, no wish to meet the reader and talk.
_PLACE_ADDRESS = re.compile(
    r"\b\d{3}\s?\d{2}\s+(?-i:[A-ZÅÄÖ])\w+"  # a postcode and its town
    r"|\b(?-i:[A-ZÅÄÖ])\w*(?:gatan|vägen|torget|gränd|allén|stigen|plan)\s+\d+"
    r"|\b\d+\s+(?-i:[A-Z])\w*\s+(?:street|road|avenue|square)\b", re.I)
_TALK = re.compile(r"\b(?:prata\w*|snacka\w*|berätta\w*|samtal\w*|intervju\w*|ring\w*"
                   r"|telefon\w*|träffa\w*|ses|talk\w*|interview\w*|call\w*|phone\w*"
                   r"|meet\w*|tell\w*)\b", re.I)


# A call or meeting asked about a matter it names, one that is not the survey or the work
# it asks about: "kan du ringa mig angående vår ansökan om föreningsbidrag?", "Could you call
# me regarding our invoice?" - another errand, no wish to answer by talking. (Whether the
# matter is the survey's subject only a person can tell: the self-check still shows the call
# as `interview_unread`.)
_ABOUT_A_MATTER = re.compile(
    r"\b(?:angående|gällande|beträffande|rörande|ang\.|regarding|concerning|re:)\s+(?P<what>[^,.!?;]+)",
    re.I)
_THE_SURVEYS_MATTER = re.compile(
    r"(?:enkät|kartlägg|fråg|svar|intervju|verksamhet|arbete|survey|question|answer|interview"
    r"|work|\b(?:det|detta|den|this|that|it)\b)", re.I)


def _about_another_matter(sentence: str) -> bool:
    m = _ABOUT_A_MATTER.search(sentence)
    return m is not None and not _THE_SURVEYS_MATTER.search(m.group("what"))


@short_cache(maxsize=2048)  # a sentence is asked again by each later pass
def _sentence_wants_interview(sentence: str) -> bool:
    if not _may_be_a_wish(sentence):
        return False
    if OTHER_MATTER.match(sentence) or _about_another_matter(sentence):
        return False
    if _PLACE_ADDRESS.search(sentence) and not _TALK.search(sentence):
        return False
    if (declined := _NOT_A_REQUEST.search(sentence)) is not None:
        # a call offered should the reader want more is none; a meeting to talk offered
        # in a clause after it is ("Ring mig om ni vill veta mer, vi kan också träffas och
        # prata")
        # ("We can also do a video call if you want to hear more": the call is the offer's)
        offer = _OFFER_TO_MEET.search(sentence)
        return bool(_OFFER_TO_MEET.search(sentence, declined.end())) or (
            offer is not None and offer.start() <= declined.start() < offer.end())
    if _OFFER_TO_MEET.search(sentence):
        return True
    if _asks_to_talk(sentence):
        return True
    for rx in _POSITIVE_RE:
        m = rx.search(sentence)
        if not m:
            continue
        # a negation before or inside the match: "vi vill inte bli intervjuade"
        window = sentence[max(0, m.start() - 40) : m.end()]
        if _NEGATION.search(window) or _in_a_name(sentence, m):
            continue
        return True
    return False


_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _in_a_name(sentence: str, m: re.Match[str]) -> bool:
    """The wish's words are a proper name's: two or more, every one capitalised, inside
    the sentence ("Föreningen Välkommen Hit kopplar ihop ...", "we run Come Visit Us, a
    ..."): a name, no invitation. Opening the sentence ("Välkommen Hit!") the capital may
    be the sentence's own: still read as a wish."""
    words = _TITLE_WORD.findall(m.group(0))
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return False
    return bool(sentence[: m.start()].strip(" \t\"'“”«»(-–—"))


@short_cache(maxsize=4096)  # asked per sentence by the reader, the self-check and the filters
def wants_interview(text: str | None) -> bool:
    """True when the association's own text asks to answer by interview, phone or meeting,
    or accepts a deeper interview later."""
    if not normalize_ws(text):
        return False
    # a paragraph that turns to another matter ("En annan sak: ...", "On another matter,
    # ...") asks nothing about the survey, a call in it included
    pars = (normalize_ws(p) for p in re.split(r"\n[ \t]*\n", text or ""))
    return any(_sentence_wants_interview(s) for p in pars if p and not OTHER_MATTER.match(p)
               for s in split_sentences(p))


# A wish said on a line of the signature, the writer's own sentence beside the phone number
# ("Tel 070-234 56 78 (ring gärna, jag berättar hellre mer om våra svar i ett samtal)", "Mob
# 0701 (call me, I would rather tell you in person)"): the signature is cut from the answers,
# the wish in it still counts. Only in the first person and naming the talk: a slogan under a
# name ("Välkommen förbi!") advertises to anyone, a PS asking the reader over to play ("Ni får
# gärna komma förbi och kasta ett klot i vår", unseen61) invites to the activity.
_BRACKETED = re.compile(r"\(([^()]*)\)")
# (the English "I" in its capital only: "i" is Swedish "in", "kasta ett klot i vår")
_WRITER = re.compile(r"(?i:\b(?:jag|vi|mig|oss|we|me|us)\b)|\bI\b")


def wish_in_signature(above: str, own: str) -> bool:
    """A line of ABOVE (the mail's text above the quoted original, signature included) that
    OWN (its own words, the signature cut) leaves out says a wish to talk in the first person."""
    kept = {normalize_ws(x) for x in own.splitlines()}
    for line in above.splitlines():
        t = normalize_ws(line)
        if not t or t in kept or not _may_be_a_wish(t):
            continue
        for part in (*_BRACKETED.findall(t), _BRACKETED.sub(" ", t)):
            if _WRITER.search(part) and _TALK.search(part) and wants_interview(part):
                return True
    return False
