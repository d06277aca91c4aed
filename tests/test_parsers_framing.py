"""Framing text that is no answer: who answers, notes naming the answers by number, apologies and
"on behalf of" sentences before the first answer, and a note asking about one question."""

from __future__ import annotations

import pytest
from helpers import CHOIR, OBST_PROSE, QUESTIONS, QUOTE, SINGS, codes, extract, values

from svarsinkorg.parsers.answers import (
    asked_about_one_question,
    extract_answers,
)

# --- flagged kinds: the framing, a bare yes/no sentence, a label over the first answer -------


@pytest.mark.parametrize("intro", [
    "Hej. Svar från Rosengårds Schackklubb nedan.",
    "Hej! Svaren från styrelsen kommer här.",
    "Hi, answers from our board below.",
])
def test_who_answers_said_over_paragraphs_is_framing(intro):
    ex = extract(f"{intro}\n\nEn schackklubb i Rosengård med ungefär 60 medlemmar, mest barn.\n\n"
                 "Ja.\n\nVi spelar turneringar mot klubbar i hela stan och bjuder in skolor.\n\n"
                 "Lokalen är för liten. Men kommunen har lovat hjälp.\n\nMvh Omar")
    got = values(ex)
    assert got["about"] == "En schackklubb i Rosengård med ungefär 60 medlemmar, mest barn."
    assert got["works_against_segregation"] is True
    assert got["obstacles_opportunities"] == "Lokalen är för liten. Men kommunen har lovat hjälp."


# --- prose above numbered answers that speaks of the questions by number ------------------------


@pytest.mark.parametrize("intro", [
    "Hej igen,\n\nVi har läst igenom det vi skickade och vill byta svaren på fråga 2 och 3, "
    "resten står kvar.\n\n",
    "Hi again,\n\nThe board asked me to change our answers to question 2 and 3, the rest "
    "stays as it was.\n\n",
])
def test_prose_about_the_answers_by_number_is_not_question_one(intro):
    ex = extract_answers(intro + "2. Ja\n\n3. Vi lånar ut vår lokal gratis till "
                         "läxhjälp för barn från hela området.\n\n/Peter" + QUOTE, QUESTIONS)
    got = {k: a.value for k, a in ex.answers.items()}
    assert got == {"about": None, "works_against_segregation": True,
                   "how": "Vi lånar ut vår lokal gratis till läxhjälp för barn från hela "
                          "området.",
                   "obstacles_opportunities": None}


# --- one paragraph opening with an apology for the mail --------------------------------------

@pytest.mark.parametrize("opening", [
    "Hi, sorry for the late answer, your mail ended up in our spam folder.",
    "Hej, ursäkta att svaret dröjt, mejlet hamnade i skräpposten.",
])
def test_an_apology_opening_one_paragraph_is_no_part_of_answer_one(opening):
    ex = extract(
        f"{opening} Vi är en boxningsklubb i Seved med 60 aktiva i alla åldrar. Ja, vi jobbar "
        "mot segregation. Vi tränar tillsammans med klubbar från andra stadsdelar varje månad. "
        "Det svåra är att hitta ledare som kan stanna länge.\n\nMvh\nAdnan")
    about = "Vi är en boxningsklubb i Seved med 60 aktiva i alla åldrar."
    assert ex.answers["about"].value == about
    assert ex.answers["works_against_segregation"].value is True
    assert "by_position" in codes(ex)  # parts inside one paragraph are a guess: shown


# --- a note above the markers that names answers by number is no answer to question 1 -------

@pytest.mark.parametrize("note", [
    "Jag glömde en sak förra veckan. Ersätt gärna svaren 3 och 4 med dessa, resten står kvar.",
    "Vi har funderat lite mer i styrelsen, så här kommer nya versioner av svar 3 och 4.",
    "Sorry, I was too quick on Monday. Please swap answers 3 and 4 for the ones below.",
])
def test_a_note_naming_answers_by_number_is_no_first_answer(note):
    ex = extract(
        f"Hej igen,\n\n{note}\n\n3. Vi spelar schack med barn i tre skolor i Rosengård.\n\n"
        "4. Hindret är att vi saknar ledare. Möjligheten är alla barn som vill lära sig.\n\n/Anna")
    got = values(ex)
    assert got["about"] is None
    assert got["how"] == "Vi spelar schack med barn i tre skolor i Rosengård."
    assert got["obstacles_opportunities"] == (
        "Hindret är att vi saknar ledare. Möjligheten är alla barn som vill lära sig.")


def test_prose_with_a_count_after_answer_words_still_answers_question_1():
    # "svar 3 gånger": a count, not an answer's number; the intro is question 1's answer
    got = values(extract(
        "Hej!\n\nVi är en quizförening på Möllan där lagen lämnar svar 3 gånger per kväll.\n\n"
        "2. Ja\n\n3. Vi spelar schack med barn i tre skolor i Rosengård.\n\n"
        "4. Hindret är att vi saknar ledare.\n\n/Anna"))
    assert got["about"] == (
        "Vi är en quizförening på Möllan där lagen lämnar svar 3 gånger per kväll.")


# --- "Jag skriver å styrelsens vägnar.": on whose behalf, framing before the first answer ---

@pytest.mark.parametrize(("lead", "about"), [
    ("Jag skriver på styrelsens vägnar.",
     "Vi är en kör i Oxie med 40 sångare som övar på tisdagar i kyrkan."),
    ("Vi svarar här för föreningens räkning.",
     "Vi är en kör i Oxie med 40 sångare som övar på tisdagar i kyrkan."),
    ("I am writing on behalf of the board.",
     "We are a choir in Oxie with 40 singers who rehearse on Tuesdays in the church."),
])
def test_a_sentence_on_whose_behalf_is_no_part_of_the_first_answer(lead, about):
    yes = "Ja, vi arbetar mot segregation." if about.startswith("Vi") else \
        "Yes, we work against segregation."
    how = "Vi sjunger med nyanlända varje vecka." if about.startswith("Vi") else \
        "We sing with newcomers every week."
    ex = extract(f"Hej!\n\n{lead} {about} {yes} {how}\n\nMed vänlig hälsning\nBritt")
    assert values(ex)["about"] == about


def test_on_whose_behalf_with_more_said_stays_in_the_answer():
    ex = extract("Hej!\n\nJag skriver för föreningens räkning och vi är en kör i Oxie med 40 "
                 "sångare. Ja, vi arbetar mot segregation. Vi sjunger med nyanlända varje "
                 "vecka.\n\nBritt")
    assert values(ex)["about"] == (
        "Jag skriver för föreningens räkning och vi är en kör i Oxie med 40 sångare.")


def test_follow_up_question_found_in_quote_or_own_text():
    assert asked_about_one_question("Absolut, här:", "Kan ni utveckla fråga 3?") == 3
    assert asked_about_one_question("Ett tillägg till fråga 3:", "") == 3


def test_follow_up_not_found_for_several_or_no_questions():
    assert asked_about_one_question("Hej", "Kan ni utveckla fråga 3 och fråga 4?") is None
    assert asked_about_one_question("Vi svarar på fråga 1 och 2 nedan", "") is None
    assert asked_about_one_question("Hej", "Vad roligt, fråga 3 var bra.") is None


# --- a note on the rest of the answers above answers 2-4 is no answer 1 (unseen30) -----------

@pytest.mark.parametrize("intro", [
    "Hej igen,\n\nSom utlovat kommer resten av svaren efter styrelsemötet.",
    "Hej,\n\nNu har styrelsen träffats, så här kommer resten av svaret från oss i klubben.",
    "Hi again,\n\nAs promised, the rest of our answers now that the board has met.",
])
def test_a_note_on_the_rest_of_the_answers_is_no_answer_to_question_1(intro: str) -> None:
    ex = extract(f"{intro}\n\n2.\n\nJa\n\n3.\n\nVi har en prova-på-vecka för skolor från hela "
                 "Malmö.\n\n4.\n\nHinder: avståndet. Möjligheter: skolsamarbetet.\n\n"
                 "Hälsningar\nPeter")
    got = values(ex)
    assert got["about"] is None
    assert got["works_against_segregation"] is True
    assert got["how"] == "Vi har en prova-på-vecka för skolor från hela Malmö."
    assert "by_position" not in codes(ex)


def test_a_note_that_renumbers_answers_stays_framing_beside_another_sentence() -> None:
    # the sentence naming answers by number makes the whole note about the answers below
    ex = extract("Hej igen,\n\nJag var lite för snabb i går. Byt gärna ut svaren 3 och 4 mot "
                 "de här.\n\n3. Vi har en ungdomsgrupp i Seved.\n\n4. Hindret är hyran.\n\n/Mikael")
    assert values(ex)["about"] is None


# --- the mail spoken of as a message, a promise kept: no answer ----------------------------


@pytest.mark.parametrize("body", [
    "Tack för ditt mejl!\n\nVi har tagit emot ditt meddelande.\n\nFöreningen Solrosen",
    "Hi,\n\nWe got your message and will look at it.\n\nThe club",
])
def test_a_sentence_on_the_message_is_not_the_association(body):
    ex = extract(body)
    assert values(ex)["about"] is None


@pytest.mark.parametrize("lead", [
    "Som utlovat kommer resten av våra svar.",
    "Här kommer, som utlovat, de sista svaren.",
    "As promised, here is the rest.",
])
def test_a_promise_kept_above_numbered_answers_is_no_answer_one(lead):
    ex = extract(f"Hej igen!\n\n{lead}\n\nFråga 3: Vi har läxhjälp för barn från hela stan."
                 "\n\nFråga 4: Lokalen är för liten, men biblioteket vill samarbeta.\n\nYasmin")
    got = values(ex)
    assert got["about"] is None
    assert got["how"] == "Vi har läxhjälp för barn från hela stan."
    assert got["obstacles_opportunities"] == "Lokalen är för liten, men biblioteket vill samarbeta."


# --- said to the reader between or under the answers: an invitation, a question back ---------


@pytest.mark.parametrize("invite", [
    "Välkomna till vår julkonsert den 14 december, ni får gärna ta med familjen!",
    "Ni är förresten hjärtligt välkomna på vår öppna dag i maj.",
    "You are most welcome to our summer tournament, it is free!",
    "Kom gärna förbi på vår loppis i vår, den är öppen för alla.",
])
def test_an_invitation_in_its_own_paragraph_ends_the_last_answer(invite: str) -> None:
    ex = extract("1. Vi är en kör i Västra hamnen.\n\n2. Ja\n\n3. Vi sjunger på äldreboenden.\n\n"
                 f"4. Hindret är lokalen. Möjligheten är nya sångare.\n\n{invite}\n\n"
                 "Hälsningar\nIrma Lund")
    assert values(ex)["obstacles_opportunities"] == \
        "Hindret är lokalen. Möjligheten är nya sångare."
    assert "unassigned_text" not in codes(ex)  # an invitation is no answer gone astray


@pytest.mark.parametrize("said", [
    "Alla är välkomna hos oss, det är vår möjlighet.",
    "Som ny i Sverige kan du komma till oss gratis, det är vår möjlighet.",
])
def test_everyone_welcome_in_an_answer_stays(said: str) -> None:
    ex = extract("1. Vi är en kör i Västra hamnen.\n\n2. Ja\n\n3. Vi sjunger på äldreboenden.\n\n"
                 f"4. Hindret är lokalen.\n\n{said}\n\nHälsningar\nIrma Lund")
    assert values(ex)["obstacles_opportunities"] == f"Hindret är lokalen. {said}"


@pytest.mark.parametrize("question_back", [
    "En sak innan fråga fyra: kommer enkäten att visas för andra föreningar? Vi vill gärna veta.",
    "Hur kommer svaren att användas? Vi undrar eftersom vi är en liten förening.",
    "One thing first: will the answers be published with our name? We would like to know.",
])
def test_a_question_back_between_answers_is_no_part_of_the_answer_above(question_back) -> None:
    ex = extract("1. Vi är en simklubb i Hyllie.\n\n2. Ja\n\n"
                 "3. Vi har gratis simskola för nyanlända barn.\n\n"
                 f"{question_back}\n\n4. Hindret är badtiderna.\n\nMvh Omar")
    got = values(ex)
    assert got["how"] == "Vi har gratis simskola för nyanlända barn."
    assert got["obstacles_opportunities"] == "Hindret är badtiderna."


def test_a_question_of_the_associations_own_in_an_answer_stays() -> None:
    ex = extract("1. Vi är en simklubb i Hyllie.\n\n2. Ja\n\n"
                 "3. Vi har gratis simskola.\n\nHur når vi fler? Vi delar ut lappar i skolorna."
                 "\n\n4. Hindret är badtiderna.\n\nMvh Omar")
    assert values(ex)["how"] == \
        "Vi har gratis simskola. Hur når vi fler? Vi delar ut lappar i skolorna."


@pytest.mark.parametrize("not_understood", [
    "Den här frågan förstår jag inte riktigt. Vad menar ni?",
    "I don't really understand the question. Could you say it in another way?",
    "Vi förstår inte frågan. Kan ni förklara?",
])
def test_an_answer_saying_the_question_is_not_understood_is_none(not_understood: str) -> None:
    ex = extract("1. Vi är en kvinnoförening i Rosengård.\n\n2. Ja\n\n"
                 f"3. Vi lagar mat tillsammans med svenska grannar.\n\n4. {not_understood}\n\n"
                 "Tack\nSara")
    assert values(ex)["obstacles_opportunities"] is None
    assert "partial" in codes(ex)  # the question is still open: a person explains it


def test_not_understanding_others_is_an_answer() -> None:
    ex = extract("1. Vi är en kvinnoförening i Rosengård.\n\n2. Ja\n\n"
                 "3. Vi lagar mat tillsammans.\n\n4. Vi förstår inte varför kommunen stängde "
                 "träffpunkten.\n\nTack\nSara")
    assert values(ex)["obstacles_opportunities"] == \
        "Vi förstår inte varför kommunen stängde träffpunkten."


# --- a greeting naming an office, a first paragraph on the letter passed on ------------------


@pytest.mark.parametrize("greeting", ["Hej Malmö stad", "Hej Region Skåne!", "Hej Malmö kommun,"])
def test_a_greeting_naming_an_office_is_no_part_of_answer_1(greeting: str) -> None:
    got = values(extract(f"{greeting}\n\nVi är en syjunta i Nydala. Vi träffas varje måndag.\n\n"
                         "2. Ja\n\n3. Alla är välkomna.\n\n4. Lokalen är dyr.\n\nHälsning\nAmal"))
    assert got["about"] == "Vi är en syjunta i Nydala. Vi träffas varje måndag."


@pytest.mark.parametrize("first", [
    "Jag är kassör i föreningen och fick ert brev vidarebefordrat av vår ordförande som är "
    "bortrest. Jag svarar så gott jag kan.",
    "I am the treasurer and your letter was forwarded to me by our chair. I will answer as "
    "well as I can.",
])
def test_a_first_paragraph_on_the_letter_passed_on_is_framing(first: str) -> None:
    got = values(extract(
        f"Hej!\n\n{first}\n\nVi är en pensionärsförening i Oxie med 200 medlemmar.\n\n"
        "Ja, det gör vi.\n\nVi bjuder in nya grannar till kaffe varje torsdag.\n\n"
        "Hindret är trappan till lokalen, möjligheten är alla nya grannar.\n\nHälsningar\nBo"))
    assert got["about"] == "Vi är en pensionärsförening i Oxie med 200 medlemmar."
    assert got["works_against_segregation"] is True
    assert got["how"] == "Vi bjuder in nya grannar till kaffe varje torsdag."


# Round 9 (unseen40): greetings of volunteers writing in a hurry or in two languages.
@pytest.mark.parametrize("greeting", ["Merhaba / Hej,", "Hello/Hej!", "Dobar dan / Hello,"])
def test_a_greeting_in_two_languages_is_no_answer(greeting):
    how = "Vi har öppna fester för alla i området och svenska kurser för nyanlända."
    ex = extract(f"{greeting}\n\n{CHOIR}\n\n{how}\n\n{OBST_PROSE}\n\nHälsningar\nAnna")
    assert values(ex)["about"] == CHOIR
    assert values(ex)["how"] == how


def test_a_slash_between_two_long_phrases_is_no_greeting():
    first = "Kör / orkester, vi sjunger och spelar i Husie varje tisdag."
    ex = extract(f"{first}\n\nJa.\n\n{SINGS}\n\n{OBST_PROSE}")
    assert values(ex)["about"] == first


@pytest.mark.parametrize("hello", ["hej", "Hej", "hello"])
def test_a_phones_greeting_line_without_a_stop_is_not_counted_as_an_answer_line(hello):
    about = "vi är en mötesplats i Sofielund med frukost varje lördag"
    how = "alla är välkomna och grannar från hela området träffas här"
    obst = "hinder är pengar och möjlighet är att kyrkan hjälper oss"
    ex = extract(f"{hello}\n{about}\nja vi jobbar mot segregation\n{how}\n{obst}\n/ Ulla")
    assert values(ex) == {"about": about, "works_against_segregation": True, "how": how,
                          "obstacles_opportunities": obst}


# --- a note on what the mail attaches, at the last answer's end -----------------------------

@pytest.mark.parametrize(("note", "body"), [
    ("Jag bifogar affischen till vår vårkurs, sprid den gärna!!",
     "1. En dansförening i Folkets Park.\n\n2. Ja\n\n3. Alla dansar med alla.\n\n"
     "4. Lokalerna är dyra, men dansen är en möjlighet att mötas. {note}\n\nAbrazos\nCarolina"),
    ("Vi skickar också med våra stadgar.",
     "1. En dansförening i Folkets Park.\n\n2. Ja\n\n3. Alla dansar med alla.\n\n"
     "4. Lokalerna är dyra, men dansen är en möjlighet att mötas. {note}\n\nHälsningar\nCarolina"),
    ("I attach the poster for our spring course, please share it!",
     "1. A dance club in Folkets Park.\n\n2. Yes\n\n3. Everybody dances with everybody.\n\n"
     "4. Rooms are expensive, but dance is a chance to meet. {note}\n\nBest\nCarolina"),
])
def test_a_note_on_what_the_mail_attaches_ends_the_last_answer(note, body):
    got = values(extract(body.format(note=note)))
    assert got["obstacles_opportunities"] in (
        "Lokalerna är dyra, men dansen är en möjlighet att mötas.",
        "Rooms are expensive, but dance is a chance to meet.")


def test_an_answer_that_speaks_of_sending_things_keeps_it():
    # the association's work, not a note on this mail: "Vi skickar ut ..." is no attaching
    body = ("1. En dansförening.\n\n2. Ja\n\n3. Alla dansar med alla.\n\n4. Lokalerna är dyra. "
            "Vi skickar ut affischer till alla skolor.\n\nHälsningar\nCarolina")
    assert values(extract(body))["obstacles_opportunities"] == (
        "Lokalerna är dyra. Vi skickar ut affischer till alla skolor.")


@pytest.mark.parametrize("frame", [
    "Jag skriver för min pappas förening eftersom han inte läser mejl. Han berättar och jag "
    "skriver.",
    "I am answering for my mother's association. She tells, I write it down.",
])
def test_a_first_paragraph_on_who_writes_for_whom_frames_the_reply(frame: str) -> None:
    got = values(extract(
        f"Hej!\n\n{frame}\n\n"
        "Föreningen har funnits sedan 1998 och har ett hundratal medlemmar från Bosnien.\n\n"
        "Ja det gör de. De ordnar fester dit hela området bjuds in.\n\n"
        "Det svåra är lokalen. Det som är bra är att de unga vill vara med.\n\nHälsningar Lejla"))
    assert got["about"] == ("Föreningen har funnits sedan 1998 och har ett hundratal "
                            "medlemmar från Bosnien.")
    assert got["works_against_segregation"] is True
    assert got["obstacles_opportunities"].startswith("Det svåra är lokalen")


def test_a_lead_in_to_what_follows_frames_and_a_named_description_with_an_ampersand() -> None:
    ex = extract(
        "Hej!\n\nVi är inte vana vid att skriva, så här kommer några rader om oss:\n\n"
        "Sy & Språk är en förening i Hermodsdal där vi syr och pratar svenska varje måndag. "
        "Vi är ett tjugotal kvinnor.\n\n"
        "Resten av frågorna tar vi hellre när vi ses – kom förbi en måndag så berättar vi.\n\n"
        "Mvh Hiba")
    got = values(ex)
    assert got["about"] == ("Sy & Språk är en förening i Hermodsdal där vi syr och pratar "
                            "svenska varje måndag. Vi är ett tjugotal kvinnor.")
    assert got["how"] is None and got["works_against_segregation"] is None
    assert ex.wants_interview


def test_a_promise_kept_above_the_rest_of_the_answers_is_framing_not_answer_one():
    ex = extract("Hej igen,\n\nsom utlovat kommer här resten efter vårt styrelsemöte.\n\n"
                 "Trean: Vi lagar cyklar bredvid varandra, pensionärer och nyanlända.\n\n"
                 "Fyran: Hindret är att källaren inte är tillgänglig.\n\nHälsningar\nLinnea")
    assert values(ex)["about"] is None
    assert values(ex)["how"] == "Vi lagar cyklar bredvid varandra, pensionärer och nyanlända."


# --- "Please find our answers below." frames the reply as "Se våra svar nedan." does (unseen55) -

_CLUB = "Malmö Cricket Club was founded in 2011 and has around 90 players from many countries."
_HOW = "Cricket brings young men from Rosengård and Hyllie together, and we run school clinics."
_OBST = "The biggest obstacle is finding a pitch. The opportunity is that the sport is growing."


@pytest.mark.parametrize("note", [
    "Thank you for including us. Please find our answers below.",
    "Thanks! Our answers below.",
    "Tack för mejlet. Se våra svar nedan.",
])
def test_a_note_pointing_at_the_answers_below_frames_paragraphs_in_order(note: str) -> None:
    body = (f"Hi,\n\n{note}\n\n{_CLUB}\n\nWe definitely see ourselves as working against "
            f"segregation. {_HOW}\n\n{_OBST}\n\nBest regards,\nImran")
    ex = extract(body)
    assert values(ex) == {"about": _CLUB, "works_against_segregation": True, "how": _HOW,
                          "obstacles_opportunities": _OBST}
    assert "by_position_confirmed" in ex.flags and not codes(ex)


# --- said before the story starts: glad to be asked, who writes, a lead-in to telling -------
# (unseen61: 'Kul att ni frågar.', 'Jag heter Gunnar och är kassör i ...', 'I'm the
# coordinator of the club, so let me tell you a bit about us.')

_PROSE_YES = "Ja, det gör vi. " + SINGS


@pytest.mark.parametrize("opening", [
    "Vad roligt att ni hör av er.",
    "Nice of you to ask!",
    "Vi fick ert mail via kommunens nyhetsbrev.",
    "Tack för att ni tog kontakt med oss i kören.",
])
def test_a_sentence_said_before_the_story_is_no_part_of_answer_one(opening: str) -> None:
    ex = extract(f"Hej!\n\n{opening} {CHOIR}\n\n{_PROSE_YES}\n\n{OBST_PROSE}\n\nHälsningar\nBo")
    got = values(ex)
    assert got["about"] == CHOIR
    assert got["obstacles_opportunities"] == OBST_PROSE


@pytest.mark.parametrize("intro", [
    "Jag heter Lena och är sekreterare i kören. Jag tänkte berätta lite om oss.",
    "My name is Tom and I'm the chairman. Let me tell you a little about us.",
    "Mitt namn är Ali, jag är kontaktperson för föreningen.",
])
def test_the_writer_introducing_themselves_in_a_paragraph_of_its_own_frames(intro: str) -> None:
    ex = extract(f"Hej,\n\n{intro}\n\n{CHOIR}\n\n{_PROSE_YES}\n\n{OBST_PROSE}\n\nHälsningar\nBo")
    got = values(ex)
    assert got["about"] == CHOIR
    assert got["works_against_segregation"] is True
    assert got["obstacles_opportunities"] == OBST_PROSE


def test_gladness_that_describes_the_association_stays_in_answer_one() -> None:
    about = "Kul att så många barn kommer till oss varje vecka. " + CHOIR
    ex = extract(f"Hej!\n\n{about}\n\n{_PROSE_YES}\n\n{OBST_PROSE}\n\nHälsningar\nBo")
    assert values(ex)["about"] == about


def test_an_introduction_that_goes_on_to_describe_the_association_stays() -> None:
    about = ("I am the coach of the futsal club, we are about 60 players from 25 countries "
             "and play in the district league.")
    ex = extract(f"Hi,\n\n{about}\n\nYes, we do. We train with two clubs from Rosengård.\n\n"
                 "The hard part is hall time.\n\nBest\nMike")
    assert values(ex)["about"] == about


def test_a_first_sentence_on_a_wrong_answer_is_kept_for_the_correction() -> None:
    ex = extract("Hej igen!\n\nFörra svaret på fjärde frågan blev fel, jag skickade utkastet. "
                 "Det ska vara: Lokalen räcker inte till alla som vill vara med.\n\n"
                 "Resten gäller som jag skrev.\n\nAnders")
    want = "Lokalen räcker inte till alla som vill vara med."
    assert values(ex)["obstacles_opportunities"] == want


# --- a lead-in and the answer on one line, parted by its colon (round 12) -----------------------


@pytest.mark.parametrize(("body", "about"), [
    ("Hej!\nHär kommer våra svar: vi är en förening i Rosengård med 40 medlemmar som spelar "
     "fotboll.\nMikael", "vi är en förening i Rosengård med 40 medlemmar som spelar fotboll."),
    ("Hi,\nHere are our answers: we are a football club in Rosengård with 40 members.\nMikael",
     "we are a football club in Rosengård with 40 members."),
])
def test_the_answer_after_a_lead_in_on_its_line_is_kept(body: str, about: str) -> None:
    ex = extract(body)
    assert values(ex)["about"] == about
    assert "partial" in codes(ex)  # the other questions unanswered: shown


def test_a_lead_in_alone_on_its_line_still_frames() -> None:
    ex = extract("Hej!\n\nHär kommer våra svar:\n\n1. Vi är en kör i Husie med 30 sångare.\n"
                 "2. Ja\n3. Vi sjunger med nyanlända varje vår.\n4. Lokalerna är dyra.\n\nMvh Bo")
    assert values(ex)["about"] == "Vi är en kör i Husie med 30 sångare."
    assert not codes(ex)


# --- the same note with its subject left out, as a mail writes it (unseen98) -----------------

@pytest.mark.parametrize("note", [
    "Bifogar vår affisch om ni vill ha med den i rapporten.",
    "Bifogar även våra stadgar.",
    "Attaching our poster in case you want it for the report.",
])
@pytest.mark.parametrize("gap", [" ", "\n\n"])
def test_a_note_on_what_is_attached_without_its_subject_ends_the_last_answer(note, gap):
    body = ("1. En dansförening i Folkets Park.\n\n2. Ja\n\n3. Alla dansar med alla.\n\n"
            f"4. Lokalerna är dyra, men dansen är en möjlighet att mötas.{gap}{note}\n\n"
            "Hälsningar\nCarolina")
    ex = extract(body)
    assert values(ex)["obstacles_opportunities"] == (
        "Lokalerna är dyra, men dansen är en möjlighet att mötas.")
    assert not codes(ex) & {"unassigned_text", "note_in_answer", "aside_in_answer"}


def test_an_answer_opening_with_attaching_words_of_its_work_keeps_them():
    # "Skickar ut ..." / "Bifogade filer ..." are no note on this mail
    body = ("1. En dansförening.\n\n2. Ja\n\n3. Alla dansar med alla.\n\n4. Lokalerna är dyra. "
            "Skickar ut affischer till alla skolor hjälper.\n\nHälsningar\nCarolina")
    assert values(extract(body))["obstacles_opportunities"] == (
        "Lokalerna är dyra. Skickar ut affischer till alla skolor hjälper.")
