"""Interview requests, attachment references, corrections and away notices in own text."""

from __future__ import annotations

import pytest
from helpers import REPO, codes, example_raw, extract, values

from svarsinkorg.config import parse_config
from svarsinkorg.parsers.cues import is_correction, looks_like_away_notice, refers_to_attachment
from svarsinkorg.parsers.framing import greeting_in_two_scripts
from svarsinkorg.parsers.interview import wants_interview


@pytest.mark.parametrize(
    "text",
    [
        "Hej! Vi vill gärna vara med men föredrar att svara i en intervju.",
        "Vi föredrar att svara i en intervju istället.",
        "Kan vi ta det på telefon istället?",
        "Vi ställer gärna upp på en intervju!",
        "Vi ställer gärna upp på en djupare intervju längre fram.",
        "Går det att boka ett möte i stället? Vi är inte så bra på att skriva.",
        "Kan du ringa mig på 072-111 22 33 någon eftermiddag?",
        "Ring mig gärna så berättar jag mer.",
        "Jag svarar hellre per telefon.",
        "Vi vill gärna bli intervjuade.",
        # asking whether a meeting suits the reader
        "Säg till om det passar att ses i januari eller februari.",
        "Meddela gärna när det funkar för dig att vi träffas.",
        "Passar det er att vi ses i mars?",
        "En intervju passar oss bättre.",
        "We would prefer to answer in an interview.",
        "Happy to do an interview if that helps.",
        "Please call me, it is easier to talk than to write.",
        "Ja, vi är gärna med på en fördjupad intervju senare.",
        "Vill ni ringa mig istället? Det är lättare.",
        "Vi föredrar ett möte istället.",
        "Kan vi boka en tid?",
        "Vi vill hellre ses och prata än att skriva.",
        "Jag skulle helst vilja träffas personligen.",
        "Vi föredrar att träffa dig istället för att skriva.",
    ],
)
def test_interview_requests(text: str) -> None:
    assert wants_interview(text) is True


@pytest.mark.parametrize(
    "text",
    [
        # the survey's own offer, pasted without quoting
        "Önskar ni att svara på frågorna i en intervju istället för i text? Kontakta mig så "
        "ordnar vi det!",
        "Vi vill inte bli intervjuade, men här är våra svar.",
        "Vi vill inte ha någon intervju.",
        "Ingen intervju tack, svaren står nedan.",
        "Ring gärna om ni har några frågor.",
        "Kontakta mig vid frågor.",
        "Vi har möten varannan vecka i föreningslokalen.",
        "Vi vill helst träffas på helgerna när alla är lediga.",
        "Ungdomarna vill hellre ses och prata än spela fotboll.",
        "Vi samarbetar med skolan och ordnar läxhjälp.",
        # answers that only mention meetings, phones or preferences
        "Vi ordnar träffar för nyanlända familjer.",
        "Föräldrar kan ringa oss när som helst.",
        "Ungdomarna föredrar att ses på fritidsgården.",
        "Barnen får prata på ett möte varje termin.",
        "Vi har gärna möten med grannar.",
        "Vi har blivit intervjuade av Sydsvenskan.",
        "Parents can call us any time.",
        # a meeting that suits someone, not asked of the reader
        "Vi spelar när det passar att ses på planen.",
        "Vi träffas när det passar alla medlemmar.",
        "Vi vill inte träffas, säg till om det passar att höras ändå.",
        "",
        "Hej! Se bifogad fil.",
    ],
)
def test_not_interview_requests(text: str) -> None:
    assert wants_interview(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "Hej, se bifogad fil.",
        "Se bifogat dokument.",
        "Svaren finns i bilagan.",
        "Svaren finns i excelfilen.",
        "Vi bifogar våra svar.",
        "Bifogar svaren i ett Word-dokument.",
        "Se bilaga",
        "Please find attached our answers.",
        "See attached.",
        "Our answers are in the attached document.",
    ],
)
def test_attachment_references(text: str) -> None:
    assert refers_to_attachment(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "Vi har en fritidsbuss.",
        # the survey's own sentence must not count
        "Ni kan skriva era svar direkt i mejlet, i ett bifogat dokument eller i en Excelfil.",
        "Bifoga gärna en länk.",
        "",
    ],
)
def test_not_attachment_references(text: str) -> None:
    assert refers_to_attachment(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "Oj, vi skickade fel version. Här är rätt svar, bortse från det förra mejlet:",
        "Hej igen! Vi skickade fel version, bortse från det förra mejlet.",
        "Strunta i mitt förra mejl, här kommer de rätta svaren.",
        "Please ignore my previous email.",
    ],
)
def test_corrections(text: str) -> None:
    assert is_correction(text) is True


def test_plain_answer_is_not_a_correction() -> None:
    assert is_correction("1. Vi är en förening för alla i Rosengård.") is False
    assert is_correction("4. Det finns inget rätt svar på hur man når alla.") is False
    # a partial fix keeps the earlier answers it does not repeat
    assert is_correction("Hej igen, en rättelse:\n\n2. Nej") is False


def test_away_notice() -> None:
    assert looks_like_away_notice(
        "Hej! Jag är tjänstledig till och med 13 januari och läser inte min e-post."
    )
    assert looks_like_away_notice("I am out of office until January 7th.")
    assert not looks_like_away_notice("Vi är en förening som ordnar sommarsemesterläger.")


@pytest.mark.parametrize(
    "text",
    [
        "Vi är inte så bra på att skriva långa texter, vi berättar hellre muntligt om vad vi gör.",
        "Vi svarar gärna muntligen istället.",
        "Ni får gärna komma förbi och prata med oss och ungdomarna.",
        "Du är välkommen förbi en tisdag så visar vi.",
        "Jag glömde skriva att vi gärna träffar er och berättar mer.",
        "Det är lättare att förklara när man ses.",
        "Jag har mycket mer att berätta, ring mig så tar vi det på telefon: 0762-11 38 05",
        "Slå en signal så pratar vi!",
        "You are welcome to come by and talk to us.",
        "Give me a call and we can go through it.",
        "Vi tar hellre ett samtal om det här.",
        "Hör av dig så bokar vi en tid.",
        "Kom gärna på besök en tisdag så får du se verksamheten.",
    ],
)
def test_interview_wishes_in_other_words(text: str) -> None:
    assert wants_interview(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "Nyanlända och svensktalande träffas och pratar svenska över fika.",
        "Alla är välkomna till våra träffar, det är gratis.",
        "Vi berättar om Malmö för nyanlända på våra kurser.",
        "Föräldrarna ringer oss ofta om skjuts.",
    ],
)
def test_activities_that_mention_meeting_or_talking_are_no_wish(text: str) -> None:
    assert wants_interview(text) is False


# Found by what the sentence does (a request to talk, meet, call or visit instead of
# writing), in words no pattern list names.
@pytest.mark.parametrize(
    "text",
    [
        "Att skriva är inte vår starka sida, kan vi inte ses en eftermiddag i lokalen istället?",
        "Kan du komma till oss så visar vi?",
        "Eller ring Ahmed 070-123 45 67.",
        "Ordföranden vill fortfarande gärna träffas som hon skrev.",
        "Vi vill gärna träffa er och prata istället för att fylla i allt.",
        "Could you call me instead?",
        "Kan vi höras på telefon nästa vecka?",
    ],
)
def test_a_request_to_talk_in_other_words(text: str) -> None:
    assert wants_interview(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "Vi träffas varje onsdag kl 18 i föreningslokalen.",
        "Föräldrarna kan ringa oss när som helst.",
        "Vi vill gärna träffa fler föreningar i området.",
        "Kan ni ringa skolan och fråga?",
        "Kom gärna på vår sommarfest i juni.",
        "Vad gör ni? (beskriv gärna med egna ord) Vi träffas varje tisdag och pratar svenska.",
    ],
)
def test_talk_and_meetings_described_are_no_request(text: str) -> None:
    assert wants_interview(text) is False


# Requests put without "kan ni ... ?": a conditional or indirect ask ("vore det möjligt
# att", "har ni möjlighet att", "would it be possible"), a condition put to the reader
# ("om ni vill ses"), talking held up against writing, an offer to tell more when met.
# Swedish, English and second-language Swedish.
@pytest.mark.parametrize(
    "text",
    [
        "Skulle det gå att ni kommer till oss en onsdag kväll istället?",
        "Finns det möjlighet för er att komma ut till lokalen någon dag?",
        "Har ni möjlighet att komma förbi en lördag?",
        "Om du har tid att ringa mig nästa vecka berättar jag gärna.",
        "Om ni vill ses kan vi ta en fika i klubbstugan.",
        "För oss är det enklare att berätta än att skriva ner allt.",
        "Jag pratar bättre än jag skriver, så hellre ett samtal.",
        "Vi berättar gärna mer när vi ses.",
        "Vi förklarar gärna mer på ett möte.",
        "Vi vill prata istället för att skriva.",
        "Would it be possible for you to come by one afternoon?",
        "It is easier for us to talk than to write.",
        "If you want to meet, just tell us when.",
        "We'd rather talk than write.",
        # second-language Swedish: word order and small words as they come
        "Vi kan mer berätta när vi träffas.",
        "Är det möjligt ni kommer till oss och vi berättar?",
        "Om du vill vi kan träffas och prata.",
        "Prata är lättare än skriva för oss.",
        "Hej, vore det okej att ni kommer hit en kväll",
        "Är det okej att vi ringer er nästa vecka?",
        "Vi visar gärna mer på plats.",
    ],
)
def test_conditional_and_comparative_requests(text: str) -> None:
    assert wants_interview(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "Vi träffas varje tisdag i församlingshemmet.",
        "Ni är välkomna på våra träffar, det är öppet för alla.",
        "Ring skolan om ni vill veta mer om läxhjälpen.",
        "Prata med barnen, de vet bäst.",
        # someone else's preference, or writing preferred
        "Barnen tycker det är lättare att prata svenska än att skriva.",
        "Ungdomarna föredrar att prata än att skriva läxor.",
        "Det är lättare att skriva än att prata för många av oss.",
        "Deltagarna pratar mer än de skriver under kursen.",
        # a condition put to a member or a visitor, not to the coordinator
        "Om du vill träffa nya vänner kan du komma på språkcaféet.",
        "Om ni vill träffas med andra familjer finns öppna förskolan.",
        "Här är det bra att ses för fika efter träningen.",
        "Vi berättar mer om oss själva i svaret på fråga 2.",
        "Vi övar på att prata och skriva svenska varje vecka.",
        "Föräldrar kan komma förbi och titta på träningen.",
        "Is it possible to join our choir? Yes, everyone can come.",
        "Vi tror det är bättre att träffas på riktigt än att skriva på nätet.",
        "Vi visar mer av vår verksamhet på plats i lokalen.",
        "Finns det möjlighet att träffas i större lokaler skulle fler komma.",
        "Har ni möjlighet att komma på vår höstmarknad?",
        "Vore det möjligt att få mer bidrag?",
    ],
)
def test_conditions_and_comparisons_in_activities_are_no_request(text: str) -> None:
    assert wants_interview(text) is False


# A wish said in the third person or impersonally, by what it asks: the reader (or someone of
# theirs) coming to the writer, listening to them, meeting them for a talk.
@pytest.mark.parametrize(
    "text",
    [
        "Styrelsen ser helst att ni kommer ut till oss en kväll.",
        "Klubben ser gärna att vi får ses och prata, det blir enklare så.",
        "Det hade varit roligt om någon från stadsdelen ville komma och träffa oss.",
        "Det vore värdefullt om ni kunde komma hit och lyssna på vad vi har att säga.",
        "Vi tycker det skulle vara bra om någon av er kunde komma förbi en tisdag.",
        "It would be great if someone could come by and visit us.",
        "Vi skulle uppskatta om ni kunde komma och prata med oss.",
        "Vi tar tacksamt emot ett besök av er.",
        "Det vore en ära att få träffa er.",
        "Medlemmarna önskar att någon från kommunen kommer hit och lyssnar.",
        "Vi hade gärna sett att ni kom ut till oss och pratade.",
        "We would appreciate it if someone could come and listen to us.",
    ],
)
def test_third_person_and_impersonal_interview_wishes(text: str) -> None:
    assert wants_interview(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "Det vore fint om kommunen gav oss billigare lokaler.",
        "Det vore roligt om fler föräldrar kom och lyssnade på konserterna.",
        "Föreningen ser gärna att medlemmarna träffas oftare utanför träningen.",
        "Styrelsen ser gärna att fler ungdomar kommer till våra möten.",
        "Det hade varit bra om vi fick träffas i större lokaler på helgerna.",
        "Det är fint att vi träffas.",
        "Det vore bra om ni kunde höja bidraget nästa år.",
        "Vi skulle uppskatta om kommunen kunde ge oss lokaler.",
        "Vi tar tacksamt emot fler medlemmar.",
        "Vi skulle bli glada om fler föräldrar kom och lyssnade.",
        "Vi önskar att ni lyssnar på oss när ni fattar beslut.",
        "Det vore bra om kommunen kunde prata med oss innan de bestämmer.",
        "Barnen önskar att vi träffas oftare.",
    ],
)
def test_impersonal_wishes_about_activities_are_not_interview_requests(text: str) -> None:
    assert wants_interview(text) is False


@pytest.mark.parametrize(
    "text",
    [
        # the writer offering to come, asked in statement word order
        "Kanske vi kan komma till er och berätta om föreningen?",
        "Vi kan komma till dig och visa lokalen?",
        "Jag kan komma till er på kontoret nästa vecka.",
        "Vi kommer gärna till er och berättar mer.",
        # asking the reader to name a time
        "Säg vilken dag som passar dig.",
        "Meddela gärna när det passar er.",
        "När passar det dig?",
        "Let me know which day suits you.",
    ],
)
def test_offers_to_come_and_asks_for_a_time_are_wishes_to_talk(text: str) -> None:
    assert wants_interview(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "Barnen kan komma till oss efter skolan.",
        "Vi anpassar tiderna efter vilken dag som passar flest.",
        "Medlemmarna får säga vilken dag som passar dem.",
        "Vi kan komma till er med förslag på lokaler.",
        "Vi kan hjälpa nyanlända med läxor?",
    ],
)
def test_activities_that_mention_visits_or_times_are_no_wishes(text: str) -> None:
    assert wants_interview(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "Många av oss tycker att det är lättare att berätta än att skriva.",
        "Det är bättre att ni kommer hit och träffar oss än att vi skriver långa svar.",
    ],
)
def test_talking_preferred_by_us_or_by_a_visit_is_a_wish(text: str) -> None:
    assert wants_interview(text) is True


def test_others_preferring_a_visit_is_no_wish() -> None:
    assert wants_interview("Det är bättre att barnen kommer hit än att de sitter hemma.") is False


# --- a question on when to meet, after the wish, goes with the wish (unseen28) -----------

@pytest.mark.parametrize(("body", "asked"), [
    ("Om oss: Vi är en dansförening i Rosengård med 80 barn.\n\n"
     "Ja, vi arbetar mot segregation. Resten tar vi hellre på ett möte. "
     "Passar det en tisdag i mars?\n\nMvh\nLeyla", "Passar det"),
    ("About us: We are a dance club in Rosengård with 80 children.\n\n"
     "Yes, we work against segregation. We would prefer to answer the rest in an interview. "
     "Would a Tuesday in March work for you?\n\nBest\nLeyla", "Would a Tuesday"),
])
def test_a_question_on_when_to_meet_is_no_answer(body: str, asked: str) -> None:
    from helpers import extract

    ex = extract(body)
    assert ex.wants_interview
    assert all(asked not in str(a.value) for a in ex.answers.values())
    assert ex.answers["works_against_segregation"].value is True


def test_a_question_to_the_reader_without_a_wish_stays_in_its_answer() -> None:
    from helpers import extract

    ex = extract("1. Vi är en dansförening i Rosengård.\n2. Ja\n3. Vi dansar med skolor. "
                 "Kan det vara något för er?\n4. Hindret är lokalen.\n\n/Leyla")
    assert "Kan det vara något för er?" in str(ex.answers["how"].value)


@pytest.mark.parametrize(
    "text",
    [
        "Vi tror att det vore bättre om vi träffas och berättar, det finns mycket att säga.",
        "Det är nog enklare om ni ringer mig, jag skriver inte så bra.",
        "Jag tror det blir smidigare om du och jag ses istället.",
        "It would be easier if we met and talked, there is a lot to tell.",
        "I think it is better if you call me instead.",
    ],
)
def test_a_meeting_judged_the_better_way_to_answer_is_a_wish(text: str) -> None:
    assert wants_interview(text)


@pytest.mark.parametrize(
    "text",
    [
        "Det blir bättre om vi träffas oftare i gruppen.",
        "Barnen lär sig bättre om de ses varje vecka.",
        "Det är enklare om vi pratar med föräldrarna först.",
        "Things go better if we meet every week as a group.",
    ],
)
def test_better_if_we_meet_as_an_activity_is_no_wish(text: str) -> None:
    assert not wants_interview(text)


# --- a meeting judged better, or wished for someone of the reader's with the writer's people ---

@pytest.mark.parametrize("text", [
    "Många av oss skriver dåligt, så det vore mycket bättre för oss att ni kommer och pratar "
    "med oss.",
    "Det är enklare för mig att du kommer hit och träffar oss.",
    "Vi skulle hellre vilja att någon från staden träffar styrelsen och pratar.",
    "Jag vill helst att ni träffar våra ledare och berättar om kartläggningen.",
    "Jag tror det är lättare om vi tar det på telefon.",
])
def test_a_meeting_wished_for_in_a_frame(text: str) -> None:
    assert wants_interview(text)


@pytest.mark.parametrize("text", [
    "Det är bättre att vi träffas varje vecka än varannan.",
    "Vi skulle hellre vilja att kommunen gav oss en lokal.",
    "Det vore bättre för oss att barnen träffar varandra och pratar svenska.",
    "Det är lättare om vi tar det på telefon med föräldrarna som inte läser svenska.",
])
def test_frames_that_wish_for_something_else_are_no_request(text: str) -> None:
    assert not wants_interview(text)
# --- a wish to meet at the end of the last answer, in words the rules did not know -----------


@pytest.mark.parametrize(
    "text",
    [
        "Vi berättar gärna mer om lägret i en intervju, om det passar.",
        "Jag berättar hellre om det här på telefon.",
        "We would be glad to meet you and tell you about the camp.",
        "Our board would be happy to talk with you about it.",
        "Perhaps we could meet instead, that is simpler for me.",
        "Vi kan kanske ses istället, det är lättare för oss.",
    ],
)
def test_a_meeting_offered_in_other_words_is_a_wish(text: str) -> None:
    assert wants_interview(text)


@pytest.mark.parametrize(
    "text",
    [
        "Barnen berättar gärna om sina liv i teatern.",
        "We are happy to meet new members every Monday.",
        "Vi kan träffas i parken på sommaren, det är bättre för barnen.",
    ],
)
def test_telling_and_meeting_as_activities_are_no_wish(text: str) -> None:
    assert not wants_interview(text)


def test_a_wish_to_meet_under_the_last_answer_is_no_part_of_it() -> None:
    from helpers import extract, values

    ex = extract("1. Vi är en seglarklubb i Limhamn.\n\n2. Ja\n\n3. Vi lånar ut båtar gratis.\n\n"
                 "4. Hindret är pengar, möjligheten är havet. Vi berättar gärna mer i en "
                 "intervju om ni vill.\n\nHälsningar\nMarta")
    assert ex.wants_interview
    assert values(ex)["obstacles_opportunities"] == "Hindret är pengar, möjligheten är havet."


@pytest.mark.parametrize(
    "text",
    [
        # the coordinator's own offer, the reader asked what they would rather do
        "Vill ni hellre berätta muntligt kan vi boka en intervju.",
        "Önskar du hellre prata i telefon går det bra att ringa mig.",
        "Would you rather talk in person, we can book an interview.",
    ],
)
def test_asking_what_the_reader_would_rather_do_is_the_coordinators_offer(text: str) -> None:
    assert not wants_interview(text)


@pytest.mark.parametrize("who", [
    "Flera i styrelsen vill också vara med och berätta.",
    "Våra ledare skulle gärna vilja delta.",
    "Our chair would like to join too.",
])
def test_who_else_would_come_to_the_meeting_is_the_wishs(who: str) -> None:
    from helpers import codes, extract

    ex = extract("Hej,\n\nVi skriver inte så gärna, det blir bättre om vi får träffas och prata "
                 f"i stället. {who}\n\nHälsningar\nNadia")
    assert ex.wants_interview
    assert "unassigned_text" not in codes(ex)  # nothing of the association's left unread


def test_members_who_join_the_activities_are_no_part_of_a_wish() -> None:
    from svarsinkorg.parsers.to_reader import after_wish_to_meet

    assert not after_wish_to_meet("Barnen spelar fotboll varje vecka med lag från Limhamn.")


# Round 9 (unseen40): the first answer written, the rest wished for in person
@pytest.mark.parametrize(("body", "about"), [
    ("Hej\nVi är kvinnor från Eritrea som lagar mat och syr, vi träffas i Holma varje vecka.\n"
     "Kan vi ta resten av frågorna på ett möte istället? Jag tar med min son som tolk.\nTack\nAwet",
     "Vi är kvinnor från Eritrea som lagar mat och syr, vi träffas i Holma varje vecka."),
    ("Hi\nWe are a small chess club for seniors in Oxie and we meet every Monday.\n"
     "We would prefer an interview for the rest of the questions. I can bring a friend to "
     "interpret.\nBest, Ivo",
     "We are a small chess club for seniors in Oxie and we meet every Monday."),
])
def test_the_description_above_a_wish_to_tell_the_rest_in_person_is_answer_1(body, about):
    ex = extract(body)
    assert ex.wants_interview
    assert values(ex)["about"] == about
    assert "unassigned_text" not in codes(ex)


def test_a_wish_to_tell_it_all_in_person_is_still_no_description():
    ex = extract("Hej!\nVi är en liten förening och skriver inte så bra. Kan ni komma och "
                 "intervjua oss istället?\n/Sara")
    assert ex.wants_interview
    assert values(ex)["about"] is None


@pytest.mark.parametrize("text", [
    "Vi tycker det är bättre att ni kommer och hälsar på en torsdag när vi repar.",
    "Det är enklare för oss om någon från kommunen kommer och pratar med styrelsen.",
    "Det vore fint om ni kommer och lyssnar en kväll, så berättar vi.",
])
def test_a_visit_wished_for_in_the_present_tense_is_an_interview_wish(text):
    assert wants_interview(text)


def test_coming_and_telling_as_what_the_association_does_is_no_wish():
    assert not wants_interview("Vi kommer och berättar om vår verksamhet på skolor i Rosengård.")


# --- a greeting in two scripts over a label, and a yes/no paragraph whose wish to meet
# --- defers the rest: no heading, and the words about the meeting are no "how" -----------------

# the example survey with its aliases: "Om oss:" is the reader's own label for question 1
_ALIASED = parse_config(example_raw(), REPO / "config.toml").survey.questions
_ABOUT = "Vi är en förening för kurdiska familjer i Rosengård sedan 1995."
_YES_THEN_MEET = ("Ja, vi jobbar mot segregation, men hur och vad som är svårt vill vi hellre "
                  "berätta muntligt. Gärna med tolk så att fler av oss kan vara med.")


@pytest.mark.parametrize("greeting", ["سلام، hej", "مرحبا / Hej", "Hej"])
def test_a_yes_deferring_the_rest_to_a_meeting_keeps_no_how(greeting):
    ex = extract(f"{greeting}\n\nOm oss: {_ABOUT}\n\n{_YES_THEN_MEET}\n\nAhmad", _ALIASED)
    v = values(ex)
    assert v["about"] == _ABOUT
    assert v["works_against_segregation"] is True
    assert v["how"] is None and v["obstacles_opportunities"] is None
    assert ex.wants_interview


@pytest.mark.parametrize(("line", "want"), [
    ("سلام، hej", True), ("مرحبا / Hello!", True), ("سلام", False), ("Hej, Anna", False),
    ("سلام، Om oss", False),
])
def test_a_greeting_in_two_scripts_by_its_shape(line, want):
    assert greeting_in_two_scripts(line) is want


@pytest.mark.parametrize(("sentence", "want"), [
    ("Vi svarar här ändå, men ni får gärna komma på en onsdag som vi pratade om.", True),
    ("Du är välkommen att komma någon kväll och se hur vi tränar.", True),
    ("Ni får gärna komma en torsdag när kören övar.", True),
    ("You are welcome to come on a Wednesday and meet the choir.", True),
    ("Barnen får komma en lördag i månaden och spela.", False),   # what they do
    ("Kids can come on a Saturday to play.", False),
])
def test_the_reader_asked_to_come_on_a_day_is_a_wish_to_meet(sentence, want):
    assert wants_interview(sentence) is want


@pytest.mark.parametrize("text", [
    "Kom förbi en torsdag så berättar vi hur vi tänker.",
    "Resten tar vi hellre över en kopp kaffe – kom hit någon gång så visar vi.",
])
def test_a_visit_asked_for_with_the_telling_promised_is_a_wish(text: str) -> None:
    assert wants_interview(text)


@pytest.mark.parametrize("text", [
    "Barnen kom förbi efter skolan och vi lagade cyklar.",
    "Kom förbi caféet på lördag, det är öppet för alla.",
])
def test_a_visit_told_of_or_offered_to_all_is_no_wish(text: str) -> None:
    assert not wants_interview(text)


@pytest.mark.parametrize("body", [
    "Hej!\n\nVi är en matförening i Fosie där vi lagar mat tillsammans varje torsdag.\n\n"
    "Resten tar vi hellre när vi ses – kom förbi en torsdag så berättar vi. Säg bara till "
    "vilken vecka!\n\nMvh Dalia",
    "Hi!\n\nWe are a cooking club in Fosie and we cook together every Thursday.\n\n"
    "We would be happy to meet you for an interview about the rest. Just let us know which "
    "day suits you.\n\nBest, Dalia",
])
def test_asking_the_reader_to_say_when_after_a_wish_to_meet_is_the_wish(body: str) -> None:
    ex = extract(body)
    assert ex.wants_interview
    assert values(ex)["about"].startswith(("Vi är en matförening", "We are a cooking club"))
    assert "unassigned_text" not in codes(ex)



# --- telling it wished for till the reader and the writer meet (unseen43) ---------------------

@pytest.mark.parametrize("text", [
    "Vi skriver inte så bra och skulle hellre berätta om föreningen när vi ses.",
    "Jag skulle helst berätta om det här när vi träffas.",
    "Hur vi jobbar vill vi hellre förklara på ett möte.",
])
def test_telling_wished_for_when_met_is_a_wish(text):
    assert wants_interview(text)


@pytest.mark.parametrize("text", [
    # others preferring it, or telling in another way: no wish of the writer's
    "Barnen berättar hellre när vi ses på fritidsgården.",
    "Vi berättar hellre med bilder än med ord på våra utställningar.",
    # what they do at their own meetings: no modal, or meetings that recur
    "På träffarna berättar vi helst om våra hemländer när vi ses.",
    "På mötena vill vi helst berätta om våra hemländer när vi ses på tisdagarna.",
])
def test_telling_preferred_by_others_or_otherwise_is_no_wish(text):
    assert not wants_interview(text)


@pytest.mark.parametrize("wish", [
    "Frågorna om segregation vill vi hellre ta muntligt, kan vi ses i februari?",
    "Om hur vi motverkar segregation skulle vi hellre berätta när vi ses. Kan ni komma hit?",
    "About segregation we would rather talk in person. Could you visit us one evening?",
])
def test_a_wish_said_of_the_segregation_questions_leaves_the_description_an_answer(wish):
    about = "Vi är en syförening i Kroksbäck med tjugo medlemmar som träffas varje onsdag."
    ex = extract(f"Hej!\n\n{about} {wish}\n\nHälsningar\nDragana")
    v = values(ex)
    assert v["about"] == about
    assert v["works_against_segregation"] is None and v["how"] is None
    assert ex.wants_interview


def test_a_wish_to_tell_about_the_association_itself_keeps_its_prose_out_of_question_1():
    # the wish covers who they are: no description is read as question 1 by a guess
    ex = extract("Hej!\n\nVi är en liten förening och skulle hellre berätta om vad vi gör när "
                 "vi ses. Kan ni komma förbi en kväll?\n\nHälsningar\nDragana")
    assert ex.wants_interview
    assert values(ex)["about"] is None


# --- why the time proposed suits them, right after the wish, is the wish's (unseen43) ----------

@pytest.mark.parametrize(("wish", "then"), [
    ("Kan ni komma till oss en torsdag kväll?", "Då är de flesta av oss där."),
    ("Could you visit us on a Saturday morning?", "Then everyone is at the hall."),
])
def test_why_the_proposed_time_suits_is_no_text_left_over(wish, then):
    about = "Vi är en förening för somaliska föräldrar i Fosie med läxhjälp och fotboll."
    ex = extract(f"Hej!\n\n{about} Resten skulle vi hellre berätta när vi ses. {wish} {then}\n\n"
                 "Hälsningar\nHodan")
    assert ex.wants_interview
    assert values(ex)["about"] == about
    assert "unassigned_text" not in codes(ex)


def test_a_then_sentence_of_substance_after_the_wish_is_still_shown():
    ex = extract("Hej!\n\nVi är en förening för somaliska föräldrar i Fosie. Resten skulle vi "
                 "hellre berätta när vi ses. Kan ni komma en torsdag? Då har vi läxhjälp för "
                 "fyrtio barn från hela Fosie och Rosengård och en fotbollsträning efteråt.\n\n"
                 "Hodan")
    assert "unassigned_text" in codes(ex)


def test_a_remark_on_the_writing_above_a_wish_for_the_segregation_questions_is_no_answer():
    ex = extract("Hej!\n\nVi är inte så bra på att skriva. Om segregation skulle vi hellre "
                 "berätta när vi ses.\n\nMvh Ali")
    assert ex.wants_interview
    assert values(ex)["about"] is None


@pytest.mark.parametrize("sentence", [
    "Biblioteket vill gärna hjälpa oss med fler öppna träffar.",
    "Kyrkan ställer gärna upp med lokal för flera gemensamma träffar med oss.",
    "The library would like to help us with more open meetings.",
])
def test_meetings_counted_or_described_as_events_are_no_wish_to_meet(sentence):
    assert not wants_interview(sentence)


def test_a_wish_to_meet_the_reader_stays_a_wish():
    assert wants_interview("Vi vill gärna träffa dig och prata istället.")
    assert wants_interview("We would rather meet you and talk about it.")


def test_a_third_partys_wish_for_more_meetings_ends_answer_four_not_a_wish():
    ex = extract("1. Vi är en liten läsecirkel.\n\n2. Ja.\n\n3. Vi läser böcker från "
                 "olika länder.\n\n4. Vi är få. Biblioteket vill gärna hjälpa oss med fler "
                 "öppna träffar.\n\n/Eva")
    assert not ex.wants_interview
    assert values(ex)["obstacles_opportunities"] == (
        "Vi är få. Biblioteket vill gärna hjälpa oss med fler öppna träffar.")


# --- a question put aside to be talked over, the preposition left at the end ----------------

@pytest.mark.parametrize("text", [
    "Fråga 4 vill vi hellre prata om.",
    "Den delen skulle jag helst vilja berätta om!",
    "Question 4 we would rather talk about in person.",
])
def test_a_question_put_aside_to_talk_about_is_a_wish(text: str) -> None:
    assert wants_interview(text)


@pytest.mark.parametrize("text", [
    "Barnen vill hellre prata om spel än om skolan.",
    "Vi pratar hellre om fotboll.",
    "We would rather talk about what works.",
])
def test_talking_about_something_named_is_no_wish(text: str) -> None:
    assert not wants_interview(text)


def test_a_numbered_question_put_aside_with_a_number_to_call_is_no_answer() -> None:
    ex = extract("Hej!\n\n1. Vi är en schackklubb i Husie med 40 medlemmar.\n2. Ja\n"
                 "3. Vi spelar i skolor i hela stan.\n"
                 "4. Den frågan vill vi hellre prata om. Kan du ringa mig? 070-123 45 67.\n\n"
                 "Mvh Ali")
    got = values(ex)
    assert got["obstacles_opportunities"] is None
    assert got["how"] == "Vi spelar i skolor i hela stan."
    assert ex.wants_interview is True
# --- a call offered should the reader want to know more: no wish to answer by talking -----


@pytest.mark.parametrize("text, want", [
    ("Ring mig om ni vill veta mer!", False),
    ("Hör gärna av er till mig om du vill höra mer om läxhjälpen.", False),
    ("Call me if you want to know more.", False),
    ("Feel free to contact us if you would like to hear more.", False),
    # an interview itself offered on that condition is a wish
    ("Om ni vill veta mer kan vi gärna ställa upp på en intervju.", True),
    ("We would also be happy to do an interview if you want to know more.", True),
])
def test_a_call_offered_for_more_is_no_wish_an_interview_offered_is(text, want):
    assert wants_interview(text) is want


# --- their own meeting judged the better way to answer (unseen53) ----------------------------


@pytest.mark.parametrize("text", [
    "Det vore bättre om du kom till vårt styrelsemöte den 5 februari och fick höra från flera "
    "föreningar samtidigt.",
    "Det är enklare om ni kommer till vår månadsträff, då är alla där.",
    "It would be better if you came to our board meeting in February.",
])
def test_their_meeting_judged_better_than_writing_is_a_wish(text: str) -> None:
    assert wants_interview(text)


@pytest.mark.parametrize("text", [
    "Det vore fint om fler kom till våra möten.",
    "Det är bättre för barnen om de kommer till våra träffar.",
    "Det är bättre om medlemmarna kommer till vårt årsmöte.",
])
def test_others_coming_to_their_meetings_is_no_wish(text: str) -> None:
    assert not wants_interview(text)


# --- unseen66: talking preferred with the verb first; a question put aside, then why ---------

@pytest.mark.parametrize("text", [
    "vi vill gärna vara med men vi pratar hellre än skriver.",
    "Jag berättar helst än att skriva långa texter.",
    "Fråga 3 och 4 skulle vi hellre prata om, det är svårt att få ner i ett mejl.",
])
def test_talking_preferred_said_verb_first_or_with_a_reason_is_a_wish(text: str) -> None:
    assert wants_interview(text)


@pytest.mark.parametrize("text", [
    "Barnen pratar hellre än skriver, så vi har samtalsgrupper.",
    "Vi pratar hellre om fotboll, det är roligare.",
])
def test_others_talking_or_a_topic_talked_about_is_no_wish(text: str) -> None:
    assert not wants_interview(text)


@pytest.mark.parametrize(("wish", "when"), [
    ("Fråga 3 och 4 skulle vi hellre prata om, det är mycket som är svårt att få ner i ett "
     "mejl. Kan vi ses på en fika i januari?", "Jag kan de flesta förmiddagar."),
    ("Question 3 and 4 we would rather talk about in person. Could we meet in January?",
     "I am free most afternoons."),
])
def test_a_part_of_the_day_after_a_wish_is_the_wishs(wish: str, when: str) -> None:
    ex = extract(f"Hej!\n1. Vi är en cirkusförening i Sofielund.\n2. Ja.\n{wish} {when}\n"
                 "Hälsningar\nElin")
    got = values(ex)
    assert ex.wants_interview
    assert got["how"] is None and got["obstacles_opportunities"] is None
    assert got["about"] == "Vi är en cirkusförening i Sofielund."
    assert not ex.reasons


# Round 12 (unseen65): the time and place of the wish, then the reader asked over in a clause

@pytest.mark.parametrize("where", [
    "Vi träffas på tisdagar kl 17 i Kroksbäcks bibliotek, det vore roligt om du ville komma "
    "dit och prata med oss.",
    "Vi ses varje torsdag kl 18 i kvarterslokalen på Ystadvägen, du är välkommen att komma "
    "förbi.",
    "We meet on Thursdays at 18.00 in the community hall on Ystadvägen, you are very welcome "
    "to come by and talk with us.",
])
def test_the_place_of_the_wish_asking_the_reader_over_is_the_wishs(where: str) -> None:
    ex = extract("Hej!\n\nVi är ett nätverk av föräldrar och ingen av oss är så bra på att "
                 f"skriva. Kan vi inte ta ett samtal istället? {where}\n\nHälsningar Hodan")
    assert ex.wants_interview
    assert values(ex) == dict.fromkeys(values(ex))  # nothing read as an answer
    assert not codes(ex)


def test_a_long_description_after_the_time_is_no_part_of_the_wish() -> None:
    from svarsinkorg.parsers.to_reader import after_wish_to_meet

    assert not after_wish_to_meet(
        "Vi träffas på tisdagar kl 17 i biblioteket och lagar mat tillsammans med nyanlända "
        "familjer från hela området, och läser sagor för barnen.")


# --- writing named as what they would rather not do (issue 9, unseen59) ---------------------


@pytest.mark.parametrize("sentence", [
    "Vi berättar gärna om läxhjälpen, men hellre vid ett fikabord än skriftligt.",
    "Det mesta tar vi helst på plats i lokalen än per mejl.",
    "We have plenty to share, but would rather do it over coffee than in writing.",
])
def test_rather_anything_than_in_writing_is_a_wish_to_talk(sentence: str) -> None:
    assert wants_interview(sentence)


@pytest.mark.parametrize("sentence", [
    "Barnen pratar hellre än skriver.",
    "Många av våra medlemmar läser hellre på arabiska än på svenska.",
])
def test_rather_without_writing_put_second_is_no_wish(sentence: str) -> None:
    assert not wants_interview(sentence)


def test_a_wish_over_coffee_rather_than_in_writing_leaves_nothing_over() -> None:
    ex = extract("Hej,\n\nVi har mycket att berätta om vår syjunta i Holma, men hellre vid ett "
                 "fikabord än skriftligt. Hör av dig så ses vi.\n\nMvh Nadia\nSyjuntan Holma")
    assert ex.wants_interview
    assert values(ex) == dict.fromkeys(values(ex))  # nothing read as an answer
    assert not codes(ex)


# Round 13 (unseen60): the visit offered by who would come, to the reader's place

@pytest.mark.parametrize("visit", [
    "Jag och vår sekreterare kan komma till er eller så kommer ni hit till oss i Lindängen "
    "en eftermiddag.",
    "Två av oss i styrelsen kan gärna komma till er på kommunen.",
    "My husband and I could come to you any weekday, or you visit our hall in Nydala.",
])
def test_who_would_come_to_the_reader_after_a_wish_is_the_wishs(visit: str) -> None:
    ex = extract("Hej!\n\nTack för mejlet. Det är svårt för oss att skriva allt detta på "
                 f"svenska. Kan vi ses istället? {visit}\n\nHälsningar\nLeyla")
    assert ex.wants_interview
    assert values(ex) == dict.fromkeys(values(ex))  # nothing read as an answer
    assert not codes(ex)


def test_a_visit_to_the_associations_own_place_is_no_part_of_a_wish() -> None:
    from svarsinkorg.parsers.to_reader import after_wish_to_meet

    assert not after_wish_to_meet("Barnen kan komma till oss efter skolan och göra läxor.")


# --- unseen74: the reader wished at one meeting of the writer's, by a wish frame -----------


@pytest.mark.parametrize("text", [
    "Vi vill fortfarande gärna att du kommer på ett möte hos oss.",
    "Styrelsen ser gärna att någon från staden kommer till vårt nästa medlemsmöte.",
    "We would still like you to come to one of our meetings.",
    "We'd really like someone from the city to meet us in person.",
])
def test_the_reader_wished_at_one_of_their_meetings_is_a_wish(text: str) -> None:
    assert wants_interview(text)


@pytest.mark.parametrize("text", [
    # their meetings as a welcome to all, someone else at a meeting, an event not a meeting
    "Vi ser gärna att ni kommer på våra träffar.",
    "Vi vill gärna att fler föräldrar kommer på ett möte.",
    "We would like you to come to our summer festival.",
    "We would like the parents to come to a meeting at school.",
])
def test_meetings_as_events_or_others_at_a_meeting_are_no_wish(text: str) -> None:
    assert not wants_interview(text)


@pytest.mark.parametrize("body", [
    "Hej igen\n\nVi har inte hunnit ses, så min son skrev svaren åt mig. Vi vill ändå gärna att "
    "du kommer på ett möte med styrelsen.\n\n1. Vi är en förening för eritreanska familjer i "
    "Holma.\n2. Ja\n3. Vi har läxhjälp för alla barn i området.\n4. Hinder är lokalen. "
    "Möjlighet är alla unga som vill hjälpa till.\n\nSenait",
    "Hello again\n\nWe have not managed to meet, so my daughter helped me write the answers. We "
    "would still like you to come to a meeting.\n\n1. We are a parents' association in Holma.\n"
    "2. Yes\n3. We help parents understand the school.\n4. The obstacle is the language. The "
    "opportunity is our young members.\n\nSenait",
])
def test_a_wish_to_meet_anyway_above_full_answers_is_read(body: str) -> None:
    ex = extract(body)
    assert ex.wants_interview
    assert "interview_unread" not in codes(ex)  # the self-check's cue is read, so quiet
    assert values(ex)["works_against_segregation"] is True
    assert str(values(ex)["about"]).startswith(("Vi är en förening", "We are a parents"))


# --- an invitation's words as a proper name (unseen76: "Föreningen Välkommen Hit ...") ----------


@pytest.mark.parametrize("text", [
    "Vi driver caféet Välkommen Förbi i Lindängen, där grannar lagar mat ihop.",
    "Språkcaféet Välkommen Hit har öppet varje onsdag i biblioteket.",
    "Our group Come Visit Us opens every Friday.",
    "Our club Come Over And Play trains on Sundays.",
])
def test_an_invitation_capitalised_as_a_name_inside_the_sentence_is_no_wish(text: str) -> None:
    assert not wants_interview(text)


@pytest.mark.parametrize("text", [
    "Välkommen Hit!",  # opening the sentence: the capital may be the sentence's own
    "Välkommen hit så berättar vi mer!",
    "Ni är välkommen förbi en torsdag.",
])
def test_the_same_invitation_said_to_the_reader_is_still_a_wish(text: str) -> None:
    assert wants_interview(text)


# (unseen115) One invitation word capitalised inside the sentence, straight after a word, is a
# name's word ("Café Välkommen", "caféet Välkommen"), even beside a sentence of people meeting.
@pytest.mark.parametrize("text", [
    "Vi har Kafé Välkommen på tisdagar, där nyinflyttade träffar grannar över en fika.",
    "Språkcaféet Välkommen samlas i biblioteket och där träffas alla som vill öva svenska.",
    "We run Café Welcome on Tuesdays, where newcomers meet their neighbours.",
])
def test_one_invitation_word_as_a_name_beside_people_meeting_is_no_wish(text: str) -> None:
    assert not wants_interview(text)


@pytest.mark.parametrize("text", [
    "Du är välkommen på tisdag, så träffas vi och pratar om svaren.",
    "Till er alla: Välkommen hit och träffa oss en tisdag!",
])
def test_the_invitation_word_said_to_the_reader_beside_a_meeting_is_still_a_wish(
        text: str) -> None:
    assert wants_interview(text)


@pytest.mark.parametrize("body", [
    "Hej,\n\n1. Vi är en församling med 150 medlemmar.\n\n2. Ja\n\n3. Vi har Kafé "
    "Välkommen varje tisdag, där nyinflyttade träffar grannar. Våra körer sjunger också "
    "tillsammans med en kör i Rosengård.\n\n4. Det är svårt att nå nya grupper.\n\nHälsningar\nEva",
    "Hi,\n\n1. We are a parish of 150 members.\n\n2. Yes\n\n3. We run Café Welcome every "
    "Tuesday, where newcomers meet their neighbours. Our choirs also sing together with a "
    "choir in another district.\n\n4. It is hard to reach new groups.\n\nBest\nEva",
])
def test_a_how_naming_a_cafe_by_an_invitation_word_keeps_both_sentences(body: str) -> None:
    ex = extract(body)
    assert not ex.wants_interview
    assert str(values(ex)["how"]).startswith(("Vi har Kafé Välkommen", "We run Café Welcome"))
    assert str(values(ex)["how"]).endswith(("i Rosengård.", "another district."))
    assert "interview_unread" not in codes(ex)


@pytest.mark.parametrize("body", [
    "Hej,\n\nHär är våra svar.\n\nVerksamhet:\nNätverket Välkommen Förbi ordnar middagar där "
    "nyanlända och grannar lagar mat ihop.\n\nMotverkar vi segregation?\nJa.\n\nSå här:\nVi "
    "blandar alltid gäster från olika stadsdelar vid borden.\n\nUtmaningar och möjligheter:\n"
    "Det svåra är att hitta lokaler. Möjligheten är alla som vill laga mat.\n\nHälsningar\nEva",
    "Hi,\n\nHere are our answers.\n\nWhat we do:\nOur group Come Visit Us pairs newcomers with "
    "local families for Sunday dinners.\n\nDo we work against segregation?\nYes.\n\nHow:\nWe "
    "always mix guests from different parts of town.\n\nObstacles and opportunities:\nThe hard "
    "part is finding hosts. The opportunity is everyone who wants to cook.\n\nBest\nEva",
])
def test_a_description_naming_the_association_by_an_invitation_stays_the_answer(
        body: str) -> None:
    ex = extract(body)
    assert not ex.wants_interview
    assert str(values(ex)["about"]).startswith(("Nätverket Välkommen Förbi", "Our group Come"))
    assert values(ex)["works_against_segregation"] is True


# A meeting to talk offered in statement order, the writer first, with the offer's adverb
# ("vi kan också träffas och prata"): a wish to meet, also as a clause after a call offered
# should the reader want more (that call alone is none).
@pytest.mark.parametrize("text", [
    "Vi kan gärna ses och berätta mer om hur vi jobbar.",
    "Hör av dig om du vill veta mer, jag kan även träffas och berätta.",
    "We can also meet and talk about it.",
    "Call me if you would like to know more, we can gladly meet and talk.",
])
def test_a_meeting_to_talk_offered_in_statement_order_is_a_wish(text):
    assert wants_interview(text)


@pytest.mark.parametrize("text", [
    "Vi kan träffas och prata på vårt eget språk i lokalen.",  # the activity, no offer
    "I lokalen kan vi också träffas och prata.",  # the modal after its adverbial: activity
    "Vi kan inte träffas och prata före mars.",
    "Hör av dig om du vill veta mer.",
    "Call me if you want to know more.",
])
def test_no_offer_of_a_meeting_to_talk_is_no_wish(text):
    assert not wants_interview(text)


def test_a_reply_offering_to_meet_after_its_answers_wants_an_interview():
    ex = extract("1. Vi är en syförening i Kirseberg.\n2. Ja\n3. Vi syr tillsammans med "
                 "nyanlända.\n4. Lokalen är för liten.\n\nMejla om ni vill veta mer, vi kan "
                 "också ses och prata.\nHälsningar Lena")
    assert ex.wants_interview is True
    assert values(ex)["works_against_segregation"] is True
    assert codes(ex) == set()


@pytest.mark.parametrize("text", [
    # a visit to a place given by its address, no talk asked: the place advertised
    "Välkomna att besöka oss: Kafé Linden, Lindgatan 12, 214 30 Malmö. Öppet alla dagar.",
    "Besök oss gärna på Ystadvägen 44, vi har öppet hus varje lördag.",
    "Do visit us: The Reading Room, 4 Harbour Street, open Monday to Friday.",
])
def test_a_visit_to_an_address_given_is_no_wish_to_talk(text: str) -> None:
    assert not wants_interview(text)


@pytest.mark.parametrize("text", [
    # ... while a talk asked beside the address is still one
    "Besök oss gärna på Lindgatan 12 så kan vi prata om allt.",
    "Come visit us at 4 Harbour Street and we can talk it through.",
])
def test_a_visit_with_a_talk_beside_the_address_is_a_wish(text: str) -> None:
    assert wants_interview(text)


def test_a_venues_address_under_an_answer_stays_the_answers_and_asks_for_nothing() -> None:
    body = ("Hej!\n\nOm oss:\nVi driver ett kafé för unga i Sofielund.\n\n"
            "Motverkar ni segregation:\nJa\n\nHur:\nVi har läxhjälp varje dag. "
            "Programmet finns på vår sida: "
            "https://kafe-linden.example/program\n\nBesök oss gärna: Kafé Linden, Lindgatan 12, "
            "214 30 Malmö.\n\nHinder och möjligheter:\nHyran stiger.\n\nHälsningar\nSara\n")
    ex = extract(body)
    assert values(ex)["how"] == (
        "Vi har läxhjälp varje dag. Programmet finns på vår sida: "
        "https://kafe-linden.example/program Besök oss gärna: Kafé Linden, Lindgatan 12, "
        "214 30 Malmö.")
    assert not ex.wants_interview
    assert not codes(ex)
