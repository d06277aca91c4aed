"""A yes/no said in prose: restated, hedged, with an alternative, by number, by doing it, as a
conclusion or as a means against segregation, and where the follow-up ("how") answer begins."""

from __future__ import annotations

import pytest
from helpers import (
    CHOIR,
    OBST_PROSE,
    QUESTIONS,
    SINGS,
    _vals,
    codes,
    extract,
    values,
)

from svarsinkorg.parsers.answers import extract_answers
from svarsinkorg.parsers.statements import yes_no_statement
from svarsinkorg.parsers.yes_no import parse_yes_no, split_yes_no_explanation

# --- four plain paragraphs: the yes/no question asked again over its answer, a hedged no ------

_INTRO = "Hej!\n\nVi är en kör med 40 sångare som övar i Husie kyrka varje tisdag.\n\n"


_LAST = "\n\nKanske kunde vi sjunga i Rosengård någon gång, det vore roligt.\n\nmvh Bo"


# --- a yes/no sentence in its place between labelled answers ---------------------------------


@pytest.mark.parametrize(("yes_no", "want"), [
    ("Ja, vi arbetar för att motverka segregation.", True),
    ("Nej, vi arbetar inte med segregation som sådan.", False),
    ("Yes, we work against segregation every day.", True),
])
def test_a_yes_no_sentence_between_labelled_answers_is_the_yes_no_answer(yes_no, want):
    ex = extract(f"Hej!\n\nOm oss: {CHOIR}\n\n{yes_no}\n\nSå gör vi: {SINGS}\n\n"
                 f"Hinder och möjligheter: {OBST_PROSE}\n\nMvh Eva")
    assert values(ex) == {"about": CHOIR, "works_against_segregation": want, "how": SINGS,
                          "obstacles_opportunities": OBST_PROSE}


def test_a_sentence_on_the_topic_that_says_no_yes_or_no_stays_in_its_answer():
    about = f"{CHOIR}\n\nVi bryr oss mycket om segregation i Husie."
    ex = extract(f"Hej!\n\nOm oss: {about}\n\nSå gör vi: {SINGS}\n\n"
                 f"Hinder och möjligheter: {OBST_PROSE}\n\nMvh Eva")
    assert values(ex)["about"] == f"{CHOIR} Vi bryr oss mycket om segregation i Husie."
    assert values(ex)["works_against_segregation"] is None
    assert ex.reasons


# --- a yes said over again is no explanation ------------------------------------------------


@pytest.mark.parametrize("yes", [
    "Ja, det skulle jag säga.",
    "Ja det kan man nog säga!",
    "Ja, det tycker vi.",
    "Yes, I would say so.",
    "Yes, I think so.",
])
def test_a_yes_said_again_is_not_the_follow_up_answer(yes):
    # the follow-up ("Om svar ja, på vilket sätt ...") gets no answer from a yes restated
    ex = extract(f"Hej!\n\nFråga 1: Vi är en stickklubb i Husie, ett tjugotal damer.\n"
                 f"Fråga 2: {yes}\n\nResten svarar vi på efter nästa möte.\n\n/Karin")
    got = values(ex)
    assert got["works_against_segregation"] is True
    assert got["how"] is None
    assert got["about"] == "Vi är en stickklubb i Husie, ett tjugotal damer."


def test_a_yes_with_its_explanation_still_gives_the_follow_up():
    assert split_yes_no_explanation("Ja, det gör vi genom läxhjälp i Rosengård.") \
        == "det gör vi genom läxhjälp i Rosengård."
    assert split_yes_no_explanation("Ja, det vill vi nog påstå.") is None
    assert split_yes_no_explanation("Yes, we do.") is None


# --- a yes or no taken back by an alternative is undecided ----------------------------------


@pytest.mark.parametrize("text", [
    "Nej, eller inte än i alla fall.",
    "Ja, eller vi försöker åtminstone.",
    "No, or at least not yet.",
    "Yes, or maybe rather we try to.",
])
def test_a_yes_no_with_an_alternative_is_a_doubt(text):
    yn = parse_yes_no(text)
    assert yn.value is None and yn.ambiguous


@pytest.mark.parametrize(("text", "want"), [
    ("Ja, vi eller våra medlemmar gör det varje vecka.", True),
    ("Nej, inte direkt.", False),
    ("Not really.", False),
])
def test_an_or_inside_the_answer_is_no_alternative(text, want):
    assert parse_yes_no(text).value is want


def test_a_numbered_answer_with_an_alternative_is_flagged_and_left_open():
    ex = extract("Hi,\n\n1. We are a choir for newcomers in Malmö, about 30 singers.\n"
                 "2. No, or not on purpose anyway.\n"
                 "3. We have not thought about it like that, but we sing in many languages.\n"
                 "4. Rehearsal rooms are expensive.\n\nBest,\nAnna")
    assert ex.answers["works_against_segregation"].value is None
    assert "ambiguous" in {r.code for r in ex.reasons}


@pytest.mark.parametrize(("said", "want"), [
    ("Nej inte direkt.", False), ("Ja absolut!", True), ("Nej, tyvärr.", False)])
def test_a_bare_yes_no_sentence_leaves_the_description(said, want):
    about = "Vi är en grupp grannar som hjälps åt med snöskottning och sånt."
    ex = extract(f"{said} {about}\n/Bo")
    assert ex.answers["works_against_segregation"].value is want
    assert ex.answers["about"].value == about
    assert "yes_no_from_prose" in {r.code for r in ex.reasons}  # taken from prose: shown


# --- the answer word said as such at the end of a sentence -----------------------------------


@pytest.mark.parametrize(("said", "want"), [
    ("Segregation jobbar vi inte direkt med så svaret blir nej.", False),
    ("Mot segregation arbetar vi hela tiden, så svaret är ja.", True),
    ("We do not work on segregation as such, so the answer is no.", False),
])
def test_the_answer_word_said_in_one_paragraph(said, want):
    ex = extract(f"Hej, vi är en ridklubb i Oxie med ridskola för barn och vuxna. {said} "
                 "Ridsport är dyr och de flesta som rider här bor nära. Mvh Camilla")
    got = values(ex)
    assert got["works_against_segregation"] is want
    assert got["about"] == "vi är en ridklubb i Oxie med ridskola för barn och vuxna."
    assert "by_position" in {r.code for r in ex.reasons}  # placed by order in prose: shown


def test_an_answer_that_is_not_yes_or_no_is_not_read_as_one():
    # "svaret blir nog både ja och nej": no clear answer
    ex = extract("Hej, vi är en kör i Husie med fyrtio sångare. När det gäller segregation så "
                 "svaret blir ja och nej. Vi sjunger mycket. Mvh Eva")
    assert ex.answers["works_against_segregation"].value is None


# --- a one-line yes said back by a pro-form, with a short tail -------------------------------

@pytest.mark.parametrize("body", [
    "Jajamän, det gör vi varje vecka i hallen! /Ola",
    "Jodå, det gör vi på vårt eget sätt.\nOla i Schackklubben Springaren",
    "Yep, we do every weekend at the club.\nOla from the Chess Club",
    "Japp, det gör vi i dagsläget.\n\nSkickat från min iPhone",
    "Hej!\nJovisst, det gör vi i vår lilla cirkel.\nHälsningar Karin, Bokcirkeln Sidan 9",
])
def test_a_one_line_yes_with_a_when_or_where_tail(body):
    ex = extract(body)
    got = values(ex)
    assert got == {"about": None, "works_against_segregation": True, "how": None,
                   "obstacles_opportunities": None}
    assert "yes_no_alone" in ex.flags
    assert codes(ex) == set()


@pytest.mark.parametrize("body", [
    "Ja, det gör vi genom läxhjälp.\nOla i Schackklubben Springaren",
    "Hej! Ja, det gör vi genom läxhjälp.\n\nOla",
    "Yes we do, through homework help.\n\nOla",
])
def test_a_one_line_yes_that_says_how_is_a_yes_with_a_doubt(body):
    ex = extract(body)
    assert ex.answers["works_against_segregation"].value is True
    assert "yes_no_alone" not in ex.flags
    assert {"by_position", "yes_no_from_prose"} <= codes(ex)


@pytest.mark.parametrize(("body", "want"), [
    ("Jo, det gör vi. Alla är välkomna på banan!\n/Kalle", True),
    ("Hej! Ja, det gör vi. Här spelar alla med alla.\n\nKalle", True),
    ("Nej, det gör vi inte. Vi är bara sex gubbar.\n/Kalle", False),
    ("Yes, we do. Everyone is welcome at our club!\n\nKalle", True),
])
def test_a_one_line_yes_no_with_a_short_remark_is_read_with_a_doubt(body, want):
    # the remark is what the follow-up asks (how, or why not), read as its answer by order:
    # a guess, so the yes/no and the remark are shown to a person
    ex = extract(body)
    got = values(ex)
    assert got["works_against_segregation"] is want
    assert got["how"] and got["how"] in body
    assert got["about"] is None and got["obstacles_opportunities"] is None
    assert "yes_no_from_prose" in codes(ex)


@pytest.mark.parametrize("body", [
    "Ja vi jobbar mot segregation! Lisa, Kulladals Kanotklubb",
    "Jajamän, det gör vi. Per Olsson ordf.",
    "Yes, we do! Anna Berg, Limhamns Roddklubb",
])
def test_a_one_line_yes_with_the_name_signed_on_its_line_is_a_plain_yes(body):
    # the name after the stop is a signature, no remark: the reply is one plain yes
    ex = extract(body)
    got = values(ex)
    assert got["works_against_segregation"] is True
    assert got["how"] is None
    assert "yes_no_alone" in ex.flags and not ex.reasons


@pytest.mark.parametrize(("sentence", "want"), [
    ("Det finns inget formellt arbete mot segregation hos oss men vi skulle ändå säga att "
     "vi gör det, för här träffas folk som annars aldrig skulle ses.", True),
    ("Segregation har vi inget program för, och jag skulle säga att vi inte gör det.", False),
    ("There is no formal programme against segregation, but I would say that we do.", True),
])
def test_a_yes_no_said_as_what_the_writer_would_say_of_doing_it(sentence, want):
    st = yes_no_statement(sentence, QUESTIONS[1])
    assert st is not None and st.value is want and not st.pure


# --- four plain paragraphs, the yes/no's paragraph unsure first, then coming down on a side --

@pytest.mark.parametrize(("middle", "want"), [
    ("Om vi jobbar mot segregation vet jag inte, det är inget mål för oss. Men jag skulle "
     "ändå säga ja, eftersom många nya svenskar har börjat spela hos oss.", True),
    ("Whether we work against segregation is hard to say, it is no goal of ours. But I "
     "would say yes, as many newcomers have joined us.", True),
    ("Om vi jobbar mot segregation vet jag inte riktigt. Det är inget mål för oss, och vi "
     "har aldrig pratat om det i styrelsen.", None),
])
def test_a_hedged_yes_no_paragraph_in_its_place(middle, want):
    ex = extract(
        "Hej,\n\nVi är en bridgeklubb i Limhamn med 120 medlemmar som spelar tre dagar i "
        f"veckan.\n\n{middle}\n\nVi har nybörjarkurser på lätt svenska tillsammans med "
        "Folkuniversitetet.\n\nDet svåra är att nå ut. Möjligheten är att kortspel inte "
        "kräver något gemensamt språk.\n\nHälsningar\nGöran")
    got = values(ex)
    assert got["works_against_segregation"] is want
    assert got["how"] == ("Vi har nybörjarkurser på lätt svenska tillsammans med "
                          "Folkuniversitetet.")
    assert got["obstacles_opportunities"].startswith("Det svåra är att nå ut.")
    # from prose, hedged or left open: shown to the coordinator either way
    assert codes(ex) & {"yes_no_from_prose", "ambiguous"}


# --- three plain paragraphs: a yes sentence that goes on past a colon to say how -------------

@pytest.mark.parametrize("how", [
    "Vi motverkar verkligen segregation, men inte som ni kanske tror: döva ungdomar från hela "
    "stan spelar teater tillsammans hos oss varje vecka.",
    "We do work against segregation, though not the way you might think: deaf teenagers "
    "from the whole city act together with us every week.",
])
def test_a_yes_sentence_that_goes_on_to_say_how_stays_in_the_how(how):
    ex = extract(
        "Hej!\n\nTeaterföreningen Tecken är en teatergrupp för döva och hörande ungdomar i "
        f"Malmö.\n\n{how}\n\nDet svåra är att få tolkar till alla repetitioner.\n\n"
        "Hälsningar\nMaja")
    assert ex.answers["how"].value == how
    assert ex.answers["works_against_segregation"].value is True
    assert ex.answers["obstacles_opportunities"].value == (
        "Det svåra är att få tolkar till alla repetitioner.")
    assert "yes_no_from_prose" in codes(ex)  # the yes read from prose: shown


def test_a_question_sent_on_by_number_is_no_yes_or_no():
    ex = extract("Hej!\n\nVi skickar fråga 2 till ordföranden och återkommer.\n\n"
                 "Fråga 3: Vi har läxhjälp för alla barn i området varje vecka.\n\nMvh\nNadia")
    assert ex.answers["works_against_segregation"].value is None


# --- three plain paragraphs: the yes said only by doing it, of the topic by pronoun ----------

@pytest.mark.parametrize("how", [
    "Segregationen syns tydligt i vårt område, och vi arbetar envist mot den. Alla "
    "läger är gratis och vi har ledare som talar sex språk.",
    "Segregation is very visible in our area, and we work hard against it. All our camps "
    "are free and our leaders speak six languages.",
])
def test_a_yes_said_by_doing_it_to_the_topic_by_pronoun(how):
    ex = extract(
        "Hej!\n\nScoutkåren Kompassen är en scoutkår i Holma med 80 scouter från 8 år.\n\n"
        f"{how}\n\nDet svåra är att få föräldrar att bli ledare.\n\nHälsningar\nLeo")
    assert ex.answers["works_against_segregation"].value is True
    assert ex.answers["how"].value == how  # the sentence says how too: it stays
    assert "yes_no_from_prose" in codes(ex)


def test_not_doing_it_is_no_yes():
    ex = extract(
        "Hej!\n\nScoutkåren Kompassen är en scoutkår i Holma med 80 scouter från 8 år.\n\n"
        "Segregationen syns tydligt här, men vi jobbar inte med den som kår. Alla läger är "
        "gratis.\n\nDet svåra är att få föräldrar att bli ledare.\n\nHälsningar\nLeo")
    assert ex.answers["works_against_segregation"].value is not True


@pytest.mark.parametrize(("par", "want", "how"), [
    ("Jobbar vi mot segregation? Inte direkt, så jag får nog svara nej. Vi har aldrig sett "
     "oss som en sådan förening, men alla får vara med.", False,
     "Vi har aldrig sett oss som en sådan förening, men alla får vara med."),
    ("Arbetar vi mot segregation? Nej. Vi har aldrig sett oss som en sådan förening, men "
     "alla får vara med.", False,
     "Vi har aldrig sett oss som en sådan förening, men alla får vara med."),
    ("Motverkar vi segregation? Ja, det gör vi. Vi sjunger på fem språk och har gratis "
     "medlemskap för unga.", True, "Vi sjunger på fem språk och har gratis medlemskap för unga."),
])
def test_the_yes_no_question_asked_again_heads_its_paragraph(par, want, how):
    got = values(extract(_INTRO + par + _LAST))
    assert got["works_against_segregation"] is want
    assert got["how"] == how


def test_a_hedged_no_said_again_as_the_conclusion_is_a_no_and_still_a_doubt():
    ex = extract(_INTRO + "Inte direkt, så vi får väl säga nej. Vi har aldrig sett oss som "
                 "en sådan förening, men alla får vara med." + _LAST)
    got = values(ex)
    assert got["works_against_segregation"] is False
    assert got["how"] == "Vi har aldrig sett oss som en sådan förening, men alla får vara med."
    assert "by_position" in codes(ex)  # four paragraphs placed by their order, a hedged no


@pytest.mark.parametrize(("text", "expl"), [
    ("Not really, so I would say no.", None),
    ("Inte direkt, men vi har öppna repetitioner.", "direkt, men vi har öppna repetitioner."),
    # the conclusion says the other answer: an explanation to read, not the same no again
    ("Nej, så jag får nog svara ja.", "så jag får nog svara ja."),
])
def test_a_conclusion_only_counts_when_it_repeats_the_answer(text, expl):
    from svarsinkorg.parsers.yes_no import split_yes_no_explanation
    assert split_yes_no_explanation(text) == expl


# --- the yes said by naming the activity as the means to the question's end -------------------

@pytest.mark.parametrize(("sentence", "want"), [
    ("Vi ser hela vår verksamhet som ett sätt att motverka segregationen.", True),
    ("Vårt arbete är ett sätt att bryta segregationen i stan, det är själva poängen.", True),
    ("Our work is a way to fight segregation.", True),
    ("Vi ser inte vår verksamhet som ett sätt att motverka segregation.", False),
    ("Vår verksamhet är ett sätt att ha roligt tillsammans.", None),
])
def test_the_activity_as_a_means_against_segregation_says_yes(sentence, want):
    from helpers import QUESTIONS

    from svarsinkorg.parsers.statements import yes_no_statement
    st = yes_no_statement(sentence, QUESTIONS[1])
    assert (st.value if st is not None else None) is want


def test_four_plain_paragraphs_with_the_yes_as_a_means():
    got = values(extract(
        "Hej!\n\nVi är en idrottsförening för tjejer i Holma med 60 medlemmar.\n\n"
        "Vi ser hela vår verksamhet som ett sätt att bryta segregationen.\n\n"
        "Tjejerna tränar ihop med lag från Limhamn och åker på cuper i hela Skåne.\n\n"
        "Det svåra är att hitta ledare. Det fina är att tjejerna växer.\n\nHälsningar\nAmal"))
    assert got["works_against_segregation"] is True
    assert got["how"] == "Tjejerna tränar ihop med lag från Limhamn och åker på cuper i hela Skåne."
    assert got["obstacles_opportunities"] == (
        "Det svåra är att hitta ledare. Det fina är att tjejerna växer.")


def test_yes_for_a_numbered_question():
    got = _vals("Ja på fråga 2, resten återkommer vi om.")
    assert got == {"about": None, "works_against_segregation": True, "how": None,
                   "obstacles_opportunities": None}
    # a yes about a text question is not a yes/no answer
    assert _vals("Ja på fråga 3, vi har läxhjälp.")["how"] is None


# --- three paragraphs, the follow-up's opening says yes in the question's own words --------

_THREE = ("Hej!\n\nVi är en musikförening i Kulladal med kurser för barn och vuxna.\n\n{mid}\n\n"
          "Det som hindrar oss är lokalen. Möjligheten är alla som vill spela.\n\nHälsningar\nAnna")


@pytest.mark.parametrize("mid", [
    "Vi jobbar faktiskt en hel del mot segregation genom att ha gratisplatser för barn.",
    "Föreningen arbetar aktivt mot segregation, bland annat med konserter i Rosengård.",
    "We work against segregation by giving free places to kids from every part of town.",
])
def test_a_yes_in_the_questions_words_opening_the_follow_up_is_sure(mid):
    ex = extract(_THREE.format(mid=mid))
    got = values(ex)
    assert got["works_against_segregation"] is True
    assert got["how"] == mid
    assert not codes(ex) & {"by_position", "yes_no_from_prose"}


@pytest.mark.parametrize("mid", [
    # hedged, or said only by doing it in a later clause: still a reading to check
    "Vi jobbar nog mot segregation på vårt sätt, med gratisplatser för barn.",
    "Segregationen märks mycket här, och vi jobbar med den genom gratisplatser.",
])
def test_a_hedged_or_indirect_yes_there_stays_a_doubt(mid):
    ex = extract(_THREE.format(mid=mid))
    assert codes(ex) & {"by_position", "yes_no_from_prose"}


# --- one paragraph: a yes sentence that says how too opens the follow-up's answer ----------


@pytest.mark.parametrize(("yes", "obst"), [
    ("Och ja vi jobbar mot segregation genom att bjuda in familjer från andra skolor.",
     "Det svåra är att vi saknar lokal men många vill hjälpa till."),
    ("Ja vi motverkar segregation på så sätt att barnen tränar ihop över stadsdelsgränserna.",
     "Problemet är pengarna, möjligheten är alla föräldrar."),
    ("And yes we work against segregation by inviting families from other schools.",
     "The difficulty is that we have no premises, but many want to help."),
])
def test_a_yes_sentence_saying_how_in_one_paragraph_opens_the_follow_up(yes, obst):
    about = "Hej vi är ett föräldranätverk i Kroksbäck med ett 30-tal medlemmar."
    ex = extract(f"{about} {yes} {obst}\n\nmvh Nadia")
    got = values(ex)
    assert got["works_against_segregation"] is True
    assert (got["how"], got["obstacles_opportunities"]) == (yes, obst)
# --- a no said only as not doing "it", opening the follow-up's answer (unseen28) ----------

@pytest.mark.parametrize("body", [
    "1. Vi är en pensionärsförening med 300 medlemmar.\n\n3. Vi har inte jobbat med det "
    "eftersom vi saknar folk, men alla är välkomna.\n\n4. Hindret är att vi är få.\n\n/Gun",
    "1. We are a pensioners' club with 300 members.\n\n3. We haven't worked on it since we "
    "lack people, but everyone is welcome.\n\n4. The obstacle is that we are few.\n\n/Gun",
])
def test_not_doing_it_opening_the_follow_up_is_a_no_from_prose(body: str) -> None:
    from helpers import codes, extract, values

    ex = extract(body)
    got = values(ex)
    assert got["works_against_segregation"] is False
    assert str(got["how"]).startswith(("Vi har inte jobbat", "We haven't worked"))
    assert "yes_no_from_prose" in codes(ex)  # taken from prose: shown


def test_doing_something_else_with_it_is_no_no() -> None:
    from helpers import extract, values

    ex = extract("1. Vi är en kör.\n\n3. Vi har inte pratat om det i styrelsen än.\n\n"
                 "4. Hindret är pengar.\n\n/Gun")
    assert values(ex)["works_against_segregation"] is None


# --- one paragraph: the yes, then ", det gör vi genom ..." in the same sentence (unseen28) --

@pytest.mark.parametrize(("body", "how"), [
    ("Hej! Vi är en syjunta med 30 kvinnor som träffas varje onsdag i Lindängen. Ja vi "
     "jobbar mot segregation, det gör vi genom att sy ihop med kvinnor från hela stan. "
     "Hindret är lokalen, möjligheten är alla som vill vara med. Kram Eva",
     "det gör vi genom att sy ihop med kvinnor från hela stan."),
    ("Hi! We are a sewing circle of 30 women meeting every Wednesday in Lindängen. Yes we "
     "work against segregation, we do that by sewing with women from all over town. "
     "The obstacle is the room, the opportunity is everyone who wants to join. Eva",
     "we do that by sewing with women from all over town."),
])
def test_a_yes_going_on_to_how_in_one_paragraph_gives_the_follow_up_its_clause(
        body: str, how: str) -> None:
    from helpers import codes, extract, values

    ex = extract(body)
    got = values(ex)
    assert got["works_against_segregation"] is True
    assert got["how"] == how
    assert "by_position" in codes(ex)  # one paragraph split at its sentences: always shown


# --- one paragraph: the yes, then a comma and a clause with its own subject saying how ------

@pytest.mark.parametrize(("yes", "how"), [
    ("Ja vi arbetar mot segregation, vi har öppen träning för alla barn i området varje "
     "lördag.", "vi har öppen träning för alla barn i området varje lördag."),
    ("Och visst motverkar föreningen segregation, vi lånar ut instrument gratis till "
     "nyanlända familjer.", "vi lånar ut instrument gratis till nyanlända familjer."),
    ("Yes we work against segregation, we let every child in the area train for free on "
     "Saturdays.", "we let every child in the area train for free on Saturdays."),
])
def test_a_yes_going_on_in_a_clause_of_its_own_gives_the_follow_up_that_clause(yes, how):
    about = "Hej! Vi är en fotbollsklubb i Hermodsdal med 120 spelare."
    obst = "Hindret är planerna, möjligheten är alla engagerade föräldrar."
    ex = extract(f"{about} {yes} {obst}\n\nmvh Sami")
    got = values(ex)
    assert got["works_against_segregation"] is True
    assert (got["how"], got["obstacles_opportunities"]) == (how, obst)
    assert "by_position" in codes(ex)  # one paragraph split at its sentences: always shown


def test_a_yes_said_only_as_a_word_before_the_comma_keeps_its_sentence_whole():
    # "Ja, vi ...": the comma comes before the topic is named: no clause of its own
    ex = extract("Hej! Vi är en fotbollsklubb i Hermodsdal med 120 spelare. Ja, vi arbetar "
                 "mot segregation genom gratis träning. Hindret är planerna, möjligheten är "
                 "alla engagerade föräldrar.\n\nmvh Sami")
    assert values(ex)["how"] == "Ja, vi arbetar mot segregation genom gratis träning."


# --- one paragraph: the yes/no question asked back just before its answer -----------------

@pytest.mark.parametrize(("asked", "answer"), [
    ("Motverkar vi segregation?", "Ja, det tycker jag."),
    ("Jobbar föreningen mot segregation?", "Absolut."),
    ("Do we work against segregation?", "Yes, we do."),
])
def test_the_yes_no_asked_back_in_one_paragraph_is_no_part_of_answer_1(asked, answer):
    about = "Vi är en schackklubb med 60 medlemmar som spelar i Rosengård."
    ex = extract(f"Hej! {about} {asked} {answer} Vi har gratis schackskola för alla barn "
                 "i området. Hindret är lokalen, möjligheten är turneringarna.\n\n/Ahmed")
    got = values(ex)
    assert got["about"] == about
    assert got["works_against_segregation"] is True
    assert got["how"] == "Vi har gratis schackskola för alla barn i området."


# --- one paragraph: the topic not worked on as such, "but ...": the yes/no left open --------

@pytest.mark.parametrize(("middle", "obst"), [
    ("Segregation är inget vi jobbar med specifikt, vi är för få, men vi har haft öppna "
     "visningar för skolklasser.", "Hinder är lokalhyran, möjligheter finns i samarbeten."),
    ("Segregation is nothing we work on explicitly, we are too few, but we have had open "
     "days for school classes.", "Obstacles are the rent, opportunities lie in working "
     "with others."),
])
def test_a_topic_not_worked_on_as_such_but_leaves_the_yes_no_open(middle, obst):
    about = "Vi är en fotoklubb med 25 medlemmar som ställer ut på Möllan."
    ex = extract(f"Hej, {about} {middle} {obst}\n\nLena")
    got = values(ex)
    assert got["about"] == about
    assert got["works_against_segregation"] is None
    assert got["obstacles_opportunities"] == obst
    assert {"by_position", "ambiguous"} <= codes(ex)  # open and by position: shown


# --- four plain paragraphs: a hedged no concluded plainly is the yes/no's clear place --------

@pytest.mark.parametrize(("no", "flagged"), [
    ("Vi jobbar inte specifikt mot segregation, så svaret blir nej.", False),
    ("We don't really work against segregation, so the answer is no.", False),
    # the conclusion hedged too: still a doubt
    ("Vi jobbar inte aktivt mot segregation, så svaret blir nog nej.", True),
])
def test_a_hedged_no_concluded_plainly_confirms_the_order(no, flagged):
    ex = extract(f"Hej,\n\nVi är en odlingsförening med 40 lotter i Kirseberg.\n\n{no}\n\n"
                 "Vi är en liten förening och har fullt upp med odlingen.\n\nHindret är tid, "
                 "en möjlighet vore att bjuda in grannarna.\n\nHälsningar\nPer")
    got = values(ex)
    assert got["works_against_segregation"] is False
    assert got["how"] == "Vi är en liten förening och har fullt upp med odlingen."
    assert ("by_position" in codes(ex)) is flagged


# --- the yes/no question asked back, its answer a pro-form with the yes or no added after a comma


@pytest.mark.parametrize(("said", "want"), [
    ("Om vi arbetar mot segregation? Det skulle jag säga att vi gör, ja.", True),
    ("Jobbar vi mot segregation? Vi gör nog det, ja.", True),
    ("Arbetar vi mot segregation? Det gör vi inte, nej.", False),
    ("Do we work against segregation? I would say we do, yes.", True),
])
def test_a_yes_no_added_after_a_pro_form_answers_the_question_asked_back(said, want):
    ex = extract("Hej,\n\nVi är en pingisklubb i Hyllie med träning för barn och vuxna.\n\n"
                 f"{said}\n\nBarn från olika områden tränar ihop och avgiften är låg.\n\n"
                 "Hindret är hallen. Möjligheten är att pingis är billigt.\n\nMvh\nTomas")
    got = values(ex)
    assert got["works_against_segregation"] is want
    assert got["about"] == "Vi är en pingisklubb i Hyllie med träning för barn och vuxna."
    assert got["how"] == "Barn från olika områden tränar ihop och avgiften är låg."
    assert got["obstacles_opportunities"] == (
        "Hindret är hallen. Möjligheten är att pingis är billigt.")


@pytest.mark.parametrize("said", [
    "Det skulle jag säga att vi gör, nej.",  # the clause and the word disagree
    "Det gör vi delvis, ja.",  # hedged
    "Vi har läxhjälp för barn, ja.",  # no pro-form: not the question said back
])
def test_an_afterthought_yes_that_is_not_clear_gives_no_statement(said):
    from svarsinkorg.parsers.statements import yes_no_statement
    assert yes_no_statement(said, QUESTIONS[1]) is None


def test_saying_we_do_our_best_is_no_yes():
    # the pro-form must end its clause: "att vi gör det bästa vi kan" says how well, not yes
    st = yes_no_statement("Segregation är svårt, men jag skulle säga att vi gör det bästa vi "
                          "kan.", QUESTIONS[1])
    assert st is None or st.value is None


@pytest.mark.parametrize("sentence,value", [
    ("Om ni undrar om vi motverkar segregation så är svaret ja.", True),
    ("Om ni frågar om vi arbetar mot segregation blir svaret nog nej.", False),
])
def test_the_answer_word_after_a_fronted_clause(sentence: str, value: bool) -> None:
    from helpers import QUESTIONS

    from svarsinkorg.parsers.statements import yes_no_statement

    st = yes_no_statement(sentence, QUESTIONS[1])
    assert st is not None and st.value is value


@pytest.mark.parametrize("asked,yes", [
    ("Motverkar vi segregation?", "Ja, absolut!"),
    ("Jobbar vi mot segregation?", "Japp."),
    ("Do we work against segregation?", "Yes, definitely."),
])
def test_the_yes_no_asked_back_goes_with_its_answer_out_of_answer_one(asked, yes):
    from helpers import values
    from test_parsers_paragraphs_in_order import extract

    about = "Vi är ett ideellt cykelkök i Augustenborg där alla kan laga sin cykel gratis."
    body = (f"Hej hej!\n\n{about} {asked} {yes}\n\n"
            "Köket är öppet för alla och vi lär ut hur man lagar cykeln själv.\n\n"
            "Vi behöver fler volontärer. Möjligheten är att cykeln är ett enkelt sätt att "
            "träffas.\n\nHälsningar\nMalin")
    v = values(extract(body))
    assert (v["about"], v["works_against_segregation"]) == (about, True)


@pytest.mark.parametrize("sentence", [
    "Vi har aldrig sett oss som en förening som motverkar segregation, och ärligt talat gör "
    "vi nog inte det heller.",
    "Segregation har vi inte tänkt så mycket på, och gör vi väl inte heller.",
])
def test_a_no_said_by_the_pro_form_after_a_fronted_word(sentence: str) -> None:
    from helpers import QUESTIONS

    from svarsinkorg.parsers.statements import yes_no_statement

    st = yes_no_statement(sentence, QUESTIONS[1])
    assert st is not None and st.value is False and not st.pure


def test_a_pro_form_no_opening_the_follow_up_paragraph_is_flagged():
    from helpers import values
    from test_parsers_paragraphs_in_order import extract

    about = "Klagshamns Kanotklubb har ett hundratal medlemmar och paddlar havskajak längs kusten."
    why = ("Vi har aldrig tänkt på oss som en förening som motverkar segregation, och ärligt "
           "talat gör vi nog inte det heller. Nästan alla medlemmar bor i närheten.")
    obst = "Det största hindret är att det är långt hit och att man måste kunna simma."
    ex = extract(f"Hej,\n\n{about}\n\n{why}\n\n{obst}\n\nMed vänlig hälsning\nPer-Erik")
    v = values(ex)
    assert (v["about"], v["works_against_segregation"], v["how"], v["obstacles_opportunities"]) \
        == (about, False, why, obst)
    assert "yes_no_from_prose" in {r.code for r in ex.reasons}
# --- the yes said by naming the topic as why the association exists ---------------------------

@pytest.mark.parametrize(("sentence", "want"), [
    ("Segregationen i området är själva anledningen till att vi startade föreningen.", True),
    ("Att bryta segregation är ett av skälen till att klubben bildades.", True),
    ("Segregation is the main reason we started the club.", True),
    ("Segregation är inte anledningen till att vi finns.", None),
    ("Fotbollen är anledningen till att vi startade.", None),
])
def test_the_topic_as_why_the_association_exists_says_yes(sentence, want):
    from svarsinkorg.parsers.statements import yes_no_statement
    st = yes_no_statement(sentence, QUESTIONS[1])
    assert (st.value if st is not None else None) is want


def test_four_plain_paragraphs_with_the_yes_as_why_they_started():
    got = values(extract(
        "Hej!\n\nVi är ett nätverk av föräldrar i Holma som ordnar läxhjälp och utflykter.\n\n"
        "Segregationen är faktiskt hela anledningen till att vi startade, vi vill minska den.\n\n"
        "Vi tar med barnen till museer och parker i andra delar av stan.\n\n"
        "Det svåra är pengar. Det fina är alla föräldrar som vill hjälpa till.\n\n"
        "Hälsningar\nSara"))
    assert got["works_against_segregation"] is True
    assert got["how"] == "Vi tar med barnen till museer och parker i andra delar av stan."


# Round 9 (unseen40): small associations writing one paragraph in a hurry.
@pytest.mark.parametrize("sentence", [
    "Utanförskap motverkar vi varje dag!",
    "Mot segregation jobbar vi hela tiden.",
    "Segregationen i området arbetar föreningen mot.",
])
def test_the_topic_put_first_and_the_verb_before_we_is_a_yes(sentence):
    st = yes_no_statement(sentence, QUESTIONS[1])
    assert st is not None and st.value is True


@pytest.mark.parametrize("sentence", [
    "Hur motverkar vi segregation?",
    "Varför jobbar vi mot segregation i Rosengård?",
    "Segregation motverkar vi väl ändå?",
])
def test_a_question_put_back_with_the_verb_before_we_is_no_yes(sentence):
    assert yes_no_statement(sentence, QUESTIONS[1]) is None


@pytest.mark.parametrize("sentence", [
    "Segregation motverkar vi inte, vi är för få.",
    "Mot segregation jobbar vi tyvärr inte.",
])
def test_the_topic_put_first_and_a_not_is_no_yes(sentence):
    st = yes_no_statement(sentence, QUESTIONS[1])
    assert st is None or st.value is not True


@pytest.mark.parametrize(("sentence", "value"), [
    ("Mot segregation ja det gör vi, vi har öppna träffar", True),
    ("Against segregation no we don't, we are only a few", False),
    ("Segregation yes we do, every week", True),
])
def test_a_yes_run_in_after_the_topic_without_a_comma(sentence, value):
    st = yes_no_statement(sentence, QUESTIONS[1])
    assert st is not None and st.value is value


def test_one_paragraph_with_the_topic_first_yes_is_read_in_order():
    ex = extract(f"Hej! {CHOIR} Segregation motverkar vi på alla sätt! {SINGS} {OBST_PROSE}\n"
                 "Mvh Lena")
    assert values(ex) == {"about": CHOIR, "works_against_segregation": True, "how": SINGS,
                          "obstacles_opportunities": OBST_PROSE}
    assert "by_position" in codes(ex)  # split inside one paragraph by its words: a guess


def test_the_yes_no_asked_again_and_answered_by_the_next_sentence_in_english():
    about = "We are a parents' network in Malmö with playgroups every week."
    how = "we move our meetings around the city and pair new families with local ones."
    obst = "The hard part is money, the opportunity is that parents want to meet."
    ex = extract(f"Hi! {about} Do we work against segregation? Yes, {how} {obst}\nBest, Anna")
    assert values(ex) == {"about": about, "works_against_segregation": True,
                          "how": how[0].upper() + how[1:], "obstacles_opportunities": obst}


def test_the_yes_no_asked_again_and_answered_in_swedish():
    how = "vi håller träffarna i olika stadsdelar och bjuder in grannarna."
    ex = extract(f"Hej! {CHOIR} Arbetar vi mot segregation? Ja, {how} {OBST_PROSE}\nHälsningar Bo")
    assert values(ex)["works_against_segregation"] is True
    assert values(ex)["how"] == how[0].upper() + how[1:]
    assert values(ex)["about"] == CHOIR


def test_a_yes_saying_only_how_much_after_the_question_asked_again_is_not_the_how():
    ex = extract(f"Hej! {CHOIR} Om vi arbetar mot segregation? Ja, på vårt lilla sätt. {SINGS} "
                 f"{OBST_PROSE}\nKarin")
    assert values(ex)["how"] == SINGS


@pytest.mark.parametrize(("body", "value", "why"), [
    ("Hej. Nej. Vi är bara åtta pensionärer som spelar boule på lördagar, det är inget vi "
     "arbetar med.\nHälsningar Gun", False,
     "Vi är bara åtta pensionärer som spelar boule på lördagar, det är inget vi arbetar med."),
    ("Hi. No. We are just a few neighbours who knit on Thursdays, that is not something we "
     "work on.\nBest, Ann", False,
     "We are just a few neighbours who knit on Thursdays, that is not something we work on."),
    ("Hej! Ja. Alla barn i området får spela gratis hos oss varje vecka, det gör vi för att "
     "alla ska mötas.\n/Ali", True,
     "Alla barn i området får spela gratis hos oss varje vecka, det gör vi för att alla ska "
     "mötas."),
])
def test_a_bare_yes_or_no_and_one_longer_remark_saying_it_back_is_the_why(body, value, why):
    ex = extract(body)
    assert values(ex)["works_against_segregation"] is value
    assert values(ex)["how"] == why
    assert values(ex)["about"] is None


def test_a_bare_no_and_a_long_description_without_saying_it_back_is_not_the_why():
    ex = extract("Hej. Nej. Vi är en syförening i Limhamn med tolv medlemmar som träffas på "
                 "torsdagar i församlingshemmet och syr till basaren.\n/Britt")
    assert values(ex)["how"] is None


# --- one paragraph: the yes said with its reason in the same run is the how's first sentence --


@pytest.mark.parametrize("yes_how", [
    "Ja vi arbetar mot segregation eftersom vi övar i Rosengård varannan vecka och sjunger "
    "med skolkörer där.",
    "Vi jobbar absolut mot segregation därför att vi bjuder in nya sångare från alla "
    "stadsdelar varje termin.",
    "Yes we work against segregation because we rehearse in Rosengård every other week with "
    "the school choirs.",
])
def test_a_yes_with_its_reason_in_one_run_opens_the_how(yes_how):
    ex = extract(f"Hej! {CHOIR} {yes_how} {OBST_PROSE}\nMvh Lena")
    assert values(ex) == {"about": CHOIR, "works_against_segregation": True, "how": yes_how,
                          "obstacles_opportunities": OBST_PROSE}
    assert "by_position" in codes(ex)  # split inside one paragraph by its words: a guess


# --- the doing said by a pro-form with its means in one run opens the follow-up -------------


@pytest.mark.parametrize("how", [
    "Det gör vi genom att bjuda in familjer från Rosengård till våra konserter varje vår.",
    "Vi gör det genom gratis körskola för barn i hela Husie, och alla får vara med.",
    "Det gör vi bland annat genom sommarläger där barn från olika stadsdelar bor ihop.",
    "We do that by singing with choirs from other parts of the city every autumn.",
])
def test_the_doing_said_with_its_means_in_one_run_is_a_yes_and_stays_the_how(how):
    # "Det gör vi genom att ..." says yes by a pro-form and how in the same breath: the
    # sentence is the follow-up's answer as written, not cut to "Genom att ..."
    about = "Vi är en kör med 40 sångare som övar i Husie kyrka varje tisdag."
    obstacles = "Det svåra är lokalerna. Det som är bra är att många vill sjunga med oss."
    ex = extract(f"Hej!\n\n{about}\n\n{how}\n\n{obstacles}\n\nMvh Eva")
    assert values(ex) == {"about": about, "works_against_segregation": True, "how": how,
                          "obstacles_opportunities": obstacles}


@pytest.mark.parametrize(("sentence", "value"), [
    ("Om vi motverkar segregation så skulle jag säga ja, även om vi inte kallar det så.", True),
    ("Om vi jobbar mot segregation så får jag nog svara nej.", False),
    ("Gäller det segregation så säger jag ja.", True),
    ("Om vi arbetar mot segregation, då skulle vi nog ändå säga ja.", True),
])
def test_the_answer_word_said_with_the_verb_before_the_writer(sentence, value):
    # Swedish puts the verb before the subject after a fronted clause: "så skulle jag säga ja"
    st = yes_no_statement(sentence, QUESTIONS[1])
    assert st is not None and st.value is value


def test_one_paragraph_with_the_yes_said_verb_first_is_read_in_order():
    ex = extract(f"Hej! {CHOIR} Om vi motverkar segregation så skulle jag säga ja, även om vi "
                 f"inte kallat det så. {SINGS} {OBST_PROSE}\nMvh Lena")
    assert values(ex) == {"about": CHOIR, "works_against_segregation": True, "how": SINGS,
                          "obstacles_opportunities": OBST_PROSE}
    assert "yes_no_from_prose" in codes(ex)  # from prose, in one paragraph: still a doubt


@pytest.mark.parametrize("yes_how", [
    "Om vi motverkar segregation så skulle jag säga ja, kören samlar sångare från Rosengård "
    "och Limhamn i samma stämmor, vi har också gratis plats för den som inte kan betala.",
    "If we work against segregation, I would say yes, the choir brings singers from Rosengård "
    "and Limhamn together, and we keep free places for those who cannot pay.",
])
def test_a_yes_running_on_past_its_comma_into_what_they_do_opens_the_how(yes_how):
    # after "ja," the sentence goes on with what they do: the whole sentence says how
    ex = extract(f"Hej! {CHOIR} {yes_how} {OBST_PROSE}\nMvh Lena")
    got = values(ex)
    assert got["works_against_segregation"] is True
    assert got["how"] == yes_how
    assert got["obstacles_opportunities"] == OBST_PROSE


@pytest.mark.parametrize("body,how", [
    ("Hej! Ja, det gör vi. Bangolfbanan i parken är öppen för alla och vi lånar ut klubbor "
     "till den som vill prova.\nMvh Stig",
     "Bangolfbanan i parken är öppen för alla och vi lånar ut klubbor till den som vill prova."),
    ("Yes, we do. The courts are free on Sundays and anyone can borrow a racket from us.\n"
     "Best, Pat",
     "The courts are free on Sundays and anyone can borrow a racket from us."),
])
def test_a_one_line_plain_yes_with_one_longer_remark_gives_the_how(body: str, how: str) -> None:
    ex = extract(body)
    got = values(ex)
    assert got["works_against_segregation"] is True
    assert got["how"] == how
    assert "by_position" in codes(ex)  # by order: shown


def test_a_yes_said_back_fronted_and_an_emoji_ending_it_leave_the_how() -> None:
    got = values(extract(
        "om oss: vi är en klätterklubb i hyllie med 200 medlemmar\n\n"
        "segregation, ja det jobbar vi med 💪 väggen är gratis på onsdagar och hit kommer "
        "folk från hela stan\n\n"
        "hinder/möjligheter: det svåra är hyran. det bästa är gemenskapen\n\n/kim"))
    assert got["works_against_segregation"] is True
    assert got["how"] == "väggen är gratis på onsdagar och hit kommer folk från hela stan"
    assert got["about"] == "vi är en klätterklubb i hyllie med 200 medlemmar"


def test_a_topic_and_a_comma_before_the_yes_in_plain_paragraphs_is_no_label() -> None:
    # no colon labels around it: the paragraphs are read in order, the yes opening the third
    got = values(extract(
        "Vi är en schackklubb i Rosengård med 50 medlemmar.\n\n"
        "Segregation, ja det är ju det vi håller på med. Barnen spelar mot pensionärer från "
        "hela stan varje lördag.\n\nSvårigheten är lokalen, möjligheten är skolorna.\n\n/Ola"))
    assert got["works_against_segregation"] is True
    assert got["obstacles_opportunities"] == "Svårigheten är lokalen, möjligheten är skolorna."


@pytest.mark.parametrize("body,how", [
    ("Hej! Vi är en paddelklubb i Limhamn, vi paddlar och tältar. Varje sommar tar vi med "
     "familjer från hela stan ut på vattnet, så segregationen bryter vi på det viset. Svårast "
     "är att få tag i ledare.\n\nMvh Ulf",
     "Varje sommar tar vi med familjer från hela stan ut på vattnet, så segregationen bryter "
     "vi på det viset."),
    ("Vi är en syförening i Oxie med tjugo medlemmar. Vi syr med kvinnor från fem länder, och "
     "segregation motverkar vi på det sättet. Det svåra är att lokalen är liten.\n/Britt",
     "Vi syr med kvinnor från fem länder, och segregation motverkar vi på det sättet."),
])
def test_a_yes_said_as_what_comes_of_what_they_do_keeps_its_sentence_as_the_how(
        body: str, how: str) -> None:
    ex = extract(body)
    got = values(ex)
    assert got["works_against_segregation"] is True
    assert got["how"] == how
    assert got["obstacles_opportunities"].startswith(("Svårast", "Det svåra"))
    assert "yes_no_from_prose" in codes(ex)  # one paragraph, a yes from prose: shown


def test_a_doing_said_as_an_outcome_with_a_negation_says_no_yes() -> None:
    from helpers import QUESTIONS as QS

    from svarsinkorg.parsers.statements import said_as_outcome
    assert said_as_outcome("Vi paddlar med familjer från hela stan, så segregationen bryter vi "
                           "på det viset.", QS[1])
    assert not said_as_outcome("Vi paddlar med familjer från hela stan, men segregationen "
                               "bryter vi inte.", QS[1])
    assert not said_as_outcome("Vi paddlar med barnen varje sommar.", QS[1])
    # the yes said first is the yes's own sentence, not an outcome of what they do
    assert not said_as_outcome("Och ja, vi arbetar mot segregation på vårt eget sätt.", QS[1])


@pytest.mark.parametrize(("head", "yes", "how"), [
    ("Segregation och hur:", "Klart vi gör, vi tar med barnen till matcher i andra delar av stan.",
     "vi tar med barnen till matcher i andra delar av stan."),
    ("Segregation och hur:", "Ja, det gör vi, genom läxhjälp för alla barn i området.",
     "genom läxhjälp för alla barn i området."),
    ("Segregation and how:", "Yes we do, we cook together with newcomers every Friday.",
     "we cook together with newcomers every Friday."),
])
def test_a_yes_said_whole_then_a_comma_opening_the_follow_up_gives_both(head, yes, how):
    ex = extract(f"Om oss: Vi är en förening i Seved med sextio medlemmar.\n\n{head} {yes}\n\n"
                 "Hinder: Vi saknar en egen lokal.\n\n/Yasin")
    v = values(ex)
    assert v["works_against_segregation"] is True
    assert v["how"] == how


@pytest.mark.parametrize("text", ["Klart det är svårt att få folk att komma.",
                                  "Klart att det kostar pengar."])
def test_klart_said_of_something_else_is_no_yes(text):
    assert parse_yes_no(text).value is None


def test_a_yes_said_whole_with_its_reason_after_the_comma_stays_whole():
    ex = extract("Om oss: Vi är en förening i Seved med sextio medlemmar.\n\n"
                 "Segregation och hur: Det gör vi, eftersom vi samlar grannar från hela stan.\n\n"
                 "Hinder: Vi saknar en egen lokal.\n\n/Yasin")
    assert values(ex)["how"] == "Det gör vi, eftersom vi samlar grannar från hela stan."


def test_klart_vi_gor_opening_the_follow_up_under_a_heading_of_both_is_no_doubt():
    ex = extract("Vilka vi är: Vi är ett nätverk av unga vuxna som bor på Seved.\n\n"
                 "Jobbar vi mot segregation och hur: Klart vi gör, vi tar med unga från Seved "
                 "till aktiviteter i andra delar av stan.\n\n"
                 "Det svåra och det som funkar: Många tror att Seved är farligt.\n\n/Yasin")
    v = values(ex)
    assert v["works_against_segregation"] is True
    assert v["how"] == "vi tar med unga från Seved till aktiviteter i andra delar av stan."
    assert not codes(ex) & {"yes_no_from_prose", "yes_no_missing", "partial"}


# --- the yes/no word, a comma and the same said over as what the writer would say (unseen50) --

@pytest.mark.parametrize(("sentence", "want"), [
    ("Nej, det skulle jag inte påstå att vi gör.", False),
    ("Ja, det vill jag nog säga att vi gör.", True),
    ("No, I would not say that we do.", False),
])
def test_a_yes_no_said_over_is_the_yes_no_alone(sentence: str, want: bool) -> None:
    st = yes_no_statement(sentence, QUESTIONS[1])
    assert st is not None and st.value is want and st.pure


def test_a_no_said_over_with_a_yes_clause_is_no_statement() -> None:
    # the clause says the opposite of the word before it: not read as either
    assert yes_no_statement("Nej, det skulle vi säga att vi gör.", QUESTIONS[1]) is None


def test_a_no_said_over_in_one_paragraph_splits_it() -> None:
    got = _vals("Hej! Vi är en stickklubb på Möllan med femton medlemmar. Nej, det kan jag inte "
                "säga att vi gör. Vi träffas mest för att prata och sticka och har aldrig tänkt "
                "på det.\n")
    assert got["about"] == "Vi är en stickklubb på Möllan med femton medlemmar."
    assert got["works_against_segregation"] is False
    assert got["how"] == "Vi träffas mest för att prata och sticka och har aldrig tänkt på det."


def test_own_question_then_a_hedge_leaves_the_yes_no_open_and_keeps_the_how() -> None:
    # the yes/no question asked again in the paragraph, a short both-ways answer, then why
    ex = extract_answers(
        "Hej!\n\nVi är en boulegrupp på Ribersborg som spelar varje söndag. Jobbar vi mot "
        "segregation? Både och. Vi har aldrig tänkt på det, men folk från hela stan dyker upp "
        "och spelar med.\n\nDet svåra är att vi inte har någon stuga, det fina är att det är "
        "gratis.\n\n/Lasse\n", QUESTIONS)
    got = values(ex)
    assert got["about"] == "Vi är en boulegrupp på Ribersborg som spelar varje söndag."
    assert got["works_against_segregation"] is None
    assert got["how"] == ("Vi har aldrig tänkt på det, men folk från hela stan dyker upp och "
                          "spelar med.")
    assert got["obstacles_opportunities"] == (
        "Det svåra är att vi inte har någon stuga, det fina är att det är gratis.")
    assert "ambiguous" in codes(ex)  # left open: shown


def test_an_open_yes_no_said_again_at_the_follow_ups_end_is_no_part_of_how() -> None:
    got = values(extract_answers(
        "Hej!\n\nVi är en förening för eritreanska familjer i Malmö med ett hundratal "
        "medlemmar.\n\nOm vi motverkar segregation vet jag inte riktigt. Vi ordnar "
        "läxhjälp för våra barn men vill att de ska ha vänner överallt. Kanske delvis.\n\n"
        "Hindret är pengar. Möjligheten är alla engagerade föräldrar.\n\n/Yonas\n", QUESTIONS))
    assert got["works_against_segregation"] is None
    # (its opening sentence is left to the rules for it; the closing hedge goes)
    assert got["how"].endswith("Vi ordnar läxhjälp för våra barn men vill att de ska ha "
                               "vänner överallt.")


# --- one lower-case paragraph: a greeting with "!", the yes hedged, then why after a comma ----

@pytest.mark.parametrize(("body", "about", "how"), [
    ("hej! vi är en syförening i husie med 30 medlemmar som träffas varje onsdag. och ja vi "
     "motverkar segregation skulle jag säga, för kvinnor från hela stan syr bredvid varandra "
     "varje vecka. det svåra är lokalen men intresset är stort\n\n/Anna",
     "vi är en syförening i husie med 30 medlemmar som träffas varje onsdag.",
     "för kvinnor från hela stan syr bredvid varandra varje vecka."),
    ("hi! we are a chess club in husie with 30 members who meet every wednesday. and yes we "
     "work against segregation i would say, because kids from all over town play each other "
     "every week. our biggest obstacle is money but many want to help\n\n/Ali",
     "we are a chess club in husie with 30 members who meet every wednesday.",
     "because kids from all over town play each other every week."),
])
def test_lower_case_paragraph_greeting_and_a_reason_after_the_yes(
        body: str, about: str, how: str) -> None:
    ex = extract(body)
    got = values(ex)
    assert got["about"] == about
    assert got["works_against_segregation"] is True
    assert got["how"] == how
    assert got["obstacles_opportunities"] is not None
    assert "by_position" in codes(ex)  # one paragraph read by its order: shown


# --- how the association sees itself says the yes (unseen55) ---------------------------------

@pytest.mark.parametrize(("sentence", "value"), [
    ("Vi ser oss verkligen som en förening som motverkar segregation.", True),
    ("Vi betraktar oss som en kör som arbetar mot segregation varje vecka.", True),
    ("We definitely see ourselves as working against segregation.", True),
    ("We are definitely working against segregation.", True),
    ("Vi ser oss inte som en förening som arbetar mot segregation.", False),
])
def test_how_the_association_sees_itself_says_the_yes(sentence: str, value: bool) -> None:
    st = yes_no_statement(sentence, QUESTIONS[1])
    assert st is not None and st.value is value


def test_a_self_view_naming_no_topic_says_nothing() -> None:
    assert yes_no_statement("We see ourselves as a club for everyone.", QUESTIONS[1]) is None


def test_a_self_view_opening_the_how_paragraph_is_the_yes() -> None:
    body = (f"Hej,\n\n{CHOIR}\n\nVi ser oss som en kör som motverkar segregation. {SINGS}\n\n"
            f"{OBST_PROSE}\n\nHälsningar\nBo")
    assert values(extract(body)) == {"about": CHOIR, "works_against_segregation": True,
                                     "how": SINGS, "obstacles_opportunities": OBST_PROSE}


# --- a one-line reply: the yes said whole, a comma, what they do (unseen53) ------------------


@pytest.mark.parametrize(("line", "how"), [
    ("Jadå, det gör vi, alla som vill får spela med oss i parken. /Sten",
     "alla som vill får spela med oss i parken."),
    ("Ja, det gör vi, alla barn får vara med på träningarna varje lördag.",
     "alla barn får vara med på träningarna varje lördag."),
    ("Yes we do, everyone can join our rides on Sundays in the park.",
     "everyone can join our rides on Sundays in the park."),
])
def test_a_one_line_yes_said_whole_then_what_they_do(line, how):
    ex = extract(f"{line}\n")
    got = values(ex)
    assert got["works_against_segregation"] is True
    assert got["how"] == how
    assert "yes_no_from_prose" in codes(ex)  # a one-line reply is still read from prose


@pytest.mark.parametrize(("line", "how"), [
    # (unseen61 16) a clause of its own after the comma or a dash, however short, is the how
    ("Jepp det gör vi, bordtennis passar alla åldrar. /Lars", "bordtennis passar alla åldrar."),
    ("Ja, det gör vi – föräldrarna lagar maten ihop.", "föräldrarna lagar maten ihop."),
    ("Jo det gör vi, alla får spela boule hos oss. Kjell / Hermodsdals Boule",
     "alla får spela boule hos oss."),
    ("Yes we do, the older kids coach the younger ones.", "the older kids coach the younger ones."),
])
def test_a_one_line_yes_then_a_short_clause_of_what_they_do(line, how):
    ex = extract(f"{line}\n")
    got = values(ex)
    assert got["works_against_segregation"] is True
    assert got["how"] == how
    assert "yes_no_from_prose" in codes(ex)  # the how read from one line: still a guess


@pytest.mark.parametrize("line", [
    "Jo det gör vi, varje torsdag i parken.",
    "Ja det gör vi, det är hela idén med föreningen.",
    "Yes we do, every Saturday at the club.",
])
def test_a_when_where_tail_or_the_point_after_the_comma_stays_the_plain_yes(line):
    ex = extract(f"{line}\n")
    got = values(ex)
    assert got["works_against_segregation"] is True
    assert got["how"] is None


# --- a flat no said of the topic, a verb put first (unseen53) --------------------------------


@pytest.mark.parametrize(("sentence", "value"), [
    ("Segregation är inget vi arbetar med.", False),
    ("Segregation är inte något som föreningen jobbar med.", False),
    ("Segregation is not something we work on.", False),
    ("Motverka segregation gör vi inte, det är inte vad en läsecirkel håller på med.", False),
    ("Jobba mot segregation gör vi varje dag.", True),
])
def test_the_topic_said_not_to_be_their_work_or_the_verb_put_first(sentence, value):
    st = yes_no_statement(sentence, QUESTIONS[1])
    assert st is not None and st.value is value


@pytest.mark.parametrize("sentence", [
    "Segregation är inget vi arbetar med uttryckligen, men alla är välkomna.",
    "Fotboll är inget vi arbetar med.",
])
def test_a_no_left_open_or_of_another_topic_is_none(sentence):
    st = yes_no_statement(sentence, QUESTIONS[1])
    assert st is None or st.value is not False


def test_one_paragraph_describing_then_a_flat_no():
    ex = extract("Hej! Vi är en vänförening som stöttar kallbadhuset med pengar och arbete. "
                 "Segregation är inget vi arbetar med.\n/Birgitta\n")
    got = values(ex)
    assert got["about"] == "Vi är en vänförening som stöttar kallbadhuset med pengar och arbete."
    assert got["works_against_segregation"] is False
    assert "yes_no_from_prose" in codes(ex)


@pytest.mark.parametrize("sentence", [
    "Vi är en bridgeklubb och har inte segregation som mål, så det arbetar vi inte med.",
    "Vi är bara grannar som odlar ihop och segregation är inget mål för oss, så det jobbar "
    "vi inte med.",
])
def test_why_not_first_then_the_no_said_last_by_a_pronoun(sentence):
    ex = extract("Hej,\n\nSorgenfri Bridgeklubb spelar bridge tre gånger i veckan. "
                 f"Medelåldern är nog 72 år.\n\n{sentence} Men alla är välkomna.\n\nMvh Hans\n")
    got = values(ex)
    assert got["about"] == ("Sorgenfri Bridgeklubb spelar bridge tre gånger i veckan. "
                            "Medelåldern är nog 72 år.")
    assert got["works_against_segregation"] is False
    assert got["how"] == f"{sentence} Men alla är välkomna."  # the whole of it is why not
    assert "yes_no_from_prose" in codes(ex)


# --- a loose paragraph: a candid adverb before an inverted no, the no by number at the end,
# a word turning to the answers (unseen54 25) ----------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("Ärligt talat så har vi inte arbetat mot segregation.", False),
    ("Uppriktigt sagt jobbar vi inte med segregation.", False),
    ("Ärligt talat har vi inte jobbat med segregation hittills.", False),
])
def test_a_candid_adverb_before_an_inverted_no_is_the_no(text: str, value: bool) -> None:
    st = yes_no_statement(text, QUESTIONS[1])
    assert st is not None and st.value is value


@pytest.mark.parametrize(("text", "value"), [
    ("Så ja på fråga två.", True),
    ("Nej till fråga 2!", False),
    ("So yes to your second question.", True),
])
def test_the_word_then_the_question_by_number_is_its_answer(text: str, value: bool) -> None:
    st = yes_no_statement(text, QUESTIONS[1])
    assert st is not None and st.value is value and st.pure


@pytest.mark.parametrize(("text", "value"), [
    # (unseen61 41) the verb first after a fronted clause
    ("Eftersom vi är en ren motionsklubb blir svaret på fråga 2 nej.", False),
    ("Med tanke på allt vi gör med skolorna är svaret på er andra fråga ja.", True),
    ("Då vi inte har tänkt så blir svaret på fråga två nog nej.", False),
])
def test_the_answer_by_number_with_the_verb_first_is_its_answer(text: str, value: bool) -> None:
    st = yes_no_statement(text, QUESTIONS[1])
    assert st is not None and st.value is value


def test_the_answer_by_number_verb_first_then_a_dash_gives_what_follows_to_the_follow_up():
    why_not = "vi är bara tio pensionärer som spelar kort och har aldrig haft det som mål."
    got = values(extract(
        f"Hej!\n\n{CHOIR}\n\nEftersom vi inte jobbar med segregation blir svaret på fråga 2 "
        f"nej – {why_not}\n\n{OBST_PROSE}\n\nHälsningar\nBo"))
    assert got["works_against_segregation"] is False
    assert got["how"] == why_not
    assert got["obstacles_opportunities"] == OBST_PROSE


@pytest.mark.parametrize(("text", "value"), [
    # (unseen61 03) the yes said back, a short how-well tail, the word as an afterthought
    ("Jag skulle säga att vi gör det utan att kalla det något särskilt, ja.", True),
    ("Det gör vi nog på vårt eget lilla sätt, ja.", True),
    ("I'd say we do it without really planning it, yes.", True),
])
def test_a_pro_form_yes_with_a_short_tail_then_the_word_is_a_plain_yes(text, value):
    st = yes_no_statement(text, QUESTIONS[1])
    assert st is not None and st.value is value and st.pure


@pytest.mark.parametrize("text", [
    # (unseen61 46) a no said of how they saw themselves, taken back by the pro-form yes
    "Vi har inte sett oss som en förening som motverkar segregation, men egentligen gör vi "
    "nog det.",
    "Vi jobbar inte uttalat mot segregation, men i praktiken gör vi faktiskt det.",
    "We don't really think of ourselves as working against segregation, but we actually do.",
])
def test_a_no_taken_back_by_the_pro_form_yes_is_a_yes(text):
    st = yes_no_statement(text, QUESTIONS[1])
    assert st is not None and st.value is True


def test_a_no_with_a_clause_on_something_else_stays_a_no():
    st = yes_no_statement("Vi jobbar inte mot segregation, men fotboll gör vi.", QUESTIONS[1])
    assert st is not None and st.value is False


@pytest.mark.parametrize(("text", "value"), [
    # (unseen61 33) the answer said as the pro-form clause, after a "whether" put to the reader
    ("Om ni undrar om vi jobbar mot segregation så är svaret att det är just det vi gör.", True),
    ("Om ni frågar om vi arbetar mot segregation är svaret att vi inte gör det.", False),
    ("If you wonder whether we work against segregation, the answer is that we do.", True),
])
def test_the_answer_said_as_a_pro_form_clause_is_the_yes_or_no(text: str, value: bool) -> None:
    st = yes_no_statement(text, QUESTIONS[1])
    assert st is not None and st.value is value


@pytest.mark.parametrize(("text", "value"), [
    # (unseen61 07) the yes said as what they think of themselves
    ("Vi tycker nog att vi motverkar segregation på vårt sätt.", True),
    ("Jag anser att vi arbetar mot segregation varje vecka.", True),
    ("I think we do work against segregation in a small way.", True),
])
def test_the_yes_said_as_what_the_writer_thinks_is_a_yes(text: str, value: bool) -> None:
    st = yes_no_statement(text, QUESTIONS[1])
    assert st is not None and st.value is value


def test_a_negated_opinion_says_no_yes() -> None:
    st = yes_no_statement("Jag tror inte att vi motverkar segregation särskilt mycket.",
                          QUESTIONS[1])
    assert st is None or st.value is not True


@pytest.mark.parametrize(("yes", "how"), [
    # (unseen61 19, 46) the yes said whole before a colon: what they do after it
    ("Vi tycker nog att vi motverkar segregation, åtminstone på ett sätt:",
     "vi spelar schack med två skolor i Rosengård varje vecka."),
    ("I would say yes, we do work against segregation:",
     "newcomers and Swedes read the same book and meet every month."),
])
def test_a_yes_said_whole_before_a_colon_leaves_the_how_after_it(yes, how):
    got = values(extract(f"Hej!\n\n{CHOIR}\n\n{yes} {how}\n\n{OBST_PROSE}\n\nHälsningar\nBo"))
    assert got["works_against_segregation"] is True
    assert got["how"] == how


def test_a_concession_before_the_colon_keeps_the_sentence_whole():
    how = ("Vi motverkar absolut segregation, fast kanske på ett annat sätt än ni tänker: "
           "personer med funktionsnedsättning tränar hos oss från alla stadsdelar.")
    got = values(extract(f"Hej!\n\n{CHOIR}\n\n{how}\n\n{OBST_PROSE}\n\nHälsningar\nBo"))
    assert got["how"] == how


@pytest.mark.parametrize(("text", "value"), [
    # (unseen61 12) what they do said to be about the question's doing
    ("Eftersom en stor del av det vi gör handlar om att motverka segregation har vi kurser "
     "för kvinnor som aldrig cyklat.", True),
    ("Mycket av det vi gör går ut på att bryta segregationen i stan.", True),
    ("Much of what we do is about fighting segregation in our part of town.", True),
    ("Det vi gör handlar inte om att motverka segregation.", None),
])
def test_what_they_do_said_to_be_about_the_topic_is_a_yes(text, value):
    st = yes_no_statement(text, QUESTIONS[1])
    assert (st.value if st is not None else None) is value


def test_the_word_then_another_questions_number_is_not_its_answer() -> None:
    assert yes_no_statement("Ja till fråga 4, men mer om det sen.", QUESTIONS[1]) is None


def test_a_loose_paragraph_with_why_not_after_a_negated_topic_and_the_no_by_number() -> None:
    got = values(extract(
        "Hej! Vi blev lite förvånade över mejlet, gäller det verkligen oss? Hur som helst. Vi "
        "är en schackklubb med 30 medlemmar som spelar i Västra Hamnen på onsdagar. Ärligt "
        "talat så har vi inte tänkt på segregation, vi är bara några vänner som gillar schack "
        "och har fullt upp med turneringarna. Så nej på fråga två.\n\nHälsningar Olle"))
    assert got["about"] == ("Vi är en schackklubb med 30 medlemmar som spelar i Västra Hamnen "
                            "på onsdagar.")
    assert got["works_against_segregation"] is False
    assert got["how"] == ("vi är bara några vänner som gillar schack och har fullt upp med "
                          "turneringarna.")


# --- one paragraph with the yes/no said last, after the other answers in order (unseen54 03,
# 21, 50) ------------------------------------------------------------------------------------

_ABOUT = "Vi är en schackklubb med 30 medlemmar som spelar i Västra Hamnen på onsdagar."
_HOW = "Vi spelar varje sommar ute på Möllevångstorget så att vem som helst kan sätta sig ner."
_OBST = "Det svåra är att hitta lokal på vintern, men möjligheten är att fler unga vill spela."


@pytest.mark.parametrize("last", [
    "Så svaret på er fråga är ja, det är ju det vi gör.",
    "Ja eller nej på fråga 2? Jag skulle säga ja.",
    "Så om frågan är om vi motverkar segregation – ja.",
])
def test_the_yes_no_said_last_after_the_other_answers_in_order(last: str) -> None:
    ex = extract(f"Hej! {_ABOUT} {_HOW} {_OBST} {last}\n\nHälsningar Olle")
    got = values(ex)
    assert got["about"] == _ABOUT
    assert got["works_against_segregation"] is True
    assert got["how"] == _HOW
    assert got["obstacles_opportunities"] == _OBST
    assert "by_position" in ex.flags  # where each part ends is a guess


def test_a_question_to_the_reader_opening_the_paragraph_is_no_part_of_answer_one() -> None:
    got = values(extract(f"Tjena! Kul att kommunen frågar, får vi se resultatet sen? {_ABOUT} "
                         f"{_HOW} {_OBST} Så svaret på er fråga är ja.\n\n/Olle"))
    assert got["about"] == _ABOUT


def test_the_answer_to_your_question_said_as_yes_or_no() -> None:
    st = yes_no_statement("So the answer to your question is no.", QUESTIONS[1])
    assert st is not None and st.value is False


@pytest.mark.parametrize("yes", ["JA absolut 🙂", "Jajamän!", "Yes!"])
def test_the_yes_said_first_then_the_other_answers_in_order(yes: str) -> None:
    ex = extract(f"{yes} {_ABOUT} {_HOW} {_OBST}\n\nHälsningar Olle")
    got = values(ex)
    assert got["works_against_segregation"] is True
    assert (got["about"], got["how"], got["obstacles_opportunities"]) == (_ABOUT, _HOW, _OBST)
    assert "by_position" in ex.flags


def test_a_yes_first_over_sentences_not_laid_out_as_the_answers_is_not_split() -> None:
    # no sentence in the fourth question's words: where answer 1 ends is not read
    ex = extract(f"Ja! {_ABOUT} {_HOW} Vi har också en kiosk.\n\nHälsningar Olle")
    assert values(ex)["how"] is None
    assert ex.flags  # the rest left to a person


@pytest.mark.parametrize("greeting", ["Hej och god jul snart!", "Hej och gott nytt år!",
                                      "Hi and happy new year!"])
def test_the_seasons_wish_on_the_greeting_is_no_part_of_answer_one(greeting: str) -> None:
    got = values(extract(f"{greeting} {_ABOUT} Motverkar vi segregation? Ja, vi spelar "
                         f"varje sommar ute på torget så att vem som helst kan sätta sig ner."
                         f"\n\nHälsningar Olle"))
    assert got["about"] == _ABOUT


# --- a label naming the reply itself over a short yes or no ("Snabbsvar: ja, ...") -----------

@pytest.mark.parametrize(("body", "want"), [
    ("Hej! Snabbsvar: ja, vi jobbar med det. Återkommer med ordentliga svar efter jul.\n"
     "Mikael, Teaterföreningen", True),
    ("Hej! Svar: ja, det gör vi.\nLena", True),
    ("Hej!\n\nKort svar: nej, det gör vi inte.\n\nMvh Sture", False),
    ("Hej! Snabbt svar: Ja.\n/Åsa", True),
])
def test_a_label_naming_the_reply_does_not_hide_the_yes_or_no(body: str, want: bool) -> None:
    ex = extract(body)
    got = values(ex)
    assert got["works_against_segregation"] is want
    assert (got["about"], got["how"], got["obstacles_opportunities"]) == (None, None, None)


@pytest.mark.parametrize("body", [
    "Hi! Quick answer: yes, we do. Will send proper answers after the holidays.\nMikael",
    "Hi,\n\nShort answer: no, not really. More in January.\n\nMikael",
])
def test_a_label_naming_the_reply_in_english_keeps_the_yes_or_no_flagged(body: str) -> None:
    ex = extract(body)
    assert values(ex)["works_against_segregation"] is ("yes" in body)
    assert ex.reasons  # the rest to come: read from prose, shown to a person


def test_the_reply_label_is_no_part_of_the_statement() -> None:
    q = QUESTIONS[1]
    assert yes_no_statement("Snabbsvar: ja, vi jobbar med det.", q) is not None
    assert yes_no_statement("Kort svar: nej.", q).value is False  # type: ignore[union-attr]
    # a label naming something else is no frame: the sentence after it is not read as said
    assert yes_no_statement("Ansökan: skickad i går.", q) is None


# --- a one-line yes with how well said ("på vårt sätt"), then what they do ------------------

@pytest.mark.parametrize(("body", "how"), [
    ("Ja vi gör det på vårt sätt, alla kvinnor är välkomna hos oss. /Ingrid, Syföreningen i "
     "Fosie", "alla kvinnor är välkomna hos oss."),
    ("Ja, det gör vi på vårt eget sätt, alla barn är välkomna att spela hos oss.\n/Kalle",
     "alla barn är välkomna att spela hos oss."),
    ("Yes we do in our own way, all women are welcome with us. /Ingrid",
     "all women are welcome with us."),
])
def test_a_yes_said_with_how_well_keeps_what_follows_as_the_how(body: str, how: str) -> None:
    ex = extract(body)
    got = values(ex)
    assert got["works_against_segregation"] is True
    assert got["how"] == how
    assert "by_position" in codes(ex)  # one line placed by its order: shown to a person


@pytest.mark.parametrize("marker", ["2 och 3.", "2/3.", "2-3:"])
def test_one_text_for_the_yes_no_and_how_saying_no_yes_or_no_is_the_how(marker):
    how = "Vi blandar lagen med flit så att barnen från olika skolor spelar ihop."
    ex = extract(f"1. Vi är en fotbollsklubb i Nydala.\n\n{marker} {how}\n\n"
                 "4. Hinder är pengar.\n")
    got = values(ex)
    assert got["how"] == how
    assert got["works_against_segregation"] is None
    assert ex.reasons  # the yes/no left open is for a person


def test_one_text_for_both_opening_with_a_no_keeps_the_no():
    got = values(extract("1. Vi är en fotbollsklubb i Nydala.\n\n2 och 3. Nej, vi har inte "
                         "tänkt på det, vi spelar bara fotboll.\n\n4. Hinder är pengar.\n"))
    assert got["works_against_segregation"] is False
    assert got["how"] == "Vi har inte tänkt på det, vi spelar bara fotboll."


def test_one_text_for_both_that_does_not_know_how_to_answer_them_is_no_how():
    got = values(extract("1. Vi är en fotbollsklubb i Nydala.\n\n2-3. Fråga 2 och 3 vet vi inte "
                         "hur vi ska svara på, styrelsen har inte pratat om det.\n\n"
                         "4. Hinder är pengar.\n"))
    assert got["how"] is None


# --- a one-line yes, then a comma and what they do it with, listed (unseen64) ----------------

@pytest.mark.parametrize(("body", "how"), [
    ("Ja, det gör vi, med sommarläger och fotboll i parken.\n/Ali, Rosengårds IF",
     "med sommarläger och fotboll i parken."),
    ("Absolut det gör vi, med språkcafé, kör och utflykter för alla åldrar.\nMvh Karin",
     "med språkcafé, kör och utflykter för alla åldrar."),
    ("Yes we do, with homework help and open training on Sundays. /Sam",
     "with homework help and open training on Sundays."),
])
def test_a_yes_then_with_things_listed_gives_them_as_the_how(body: str, how: str) -> None:
    ex = extract(body)
    got = values(ex)
    assert got["works_against_segregation"] is True
    assert got["how"] == how
    assert "by_position" in codes(ex)  # one line placed by its order: shown to a person


@pytest.mark.parametrize("body", [
    "Ja, det gör vi, med alla som vill vara med. /Eva",
    "Ja det gör vi, med glädje!\n/Per",
])
def test_a_yes_then_with_whom_or_how_gladly_is_no_how(body: str) -> None:
    assert values(extract(body))["how"] is None
# --- the yes/no question said back after the word, the reason after it (issue 9, unseen59) --

_KNIT = "Hej!\n\nVi är en stickklubb i Oxie med tolv medlemmar som träffas varannan torsdag.\n\n"


@pytest.mark.parametrize(("par", "want", "how"), [
    ("Nej, vi jobbar inte för att motverka segregation. Vi är en sluten krets av grannar och "
     "har ingen utåtriktad verksamhet.", False,
     "Vi är en sluten krets av grannar och har ingen utåtriktad verksamhet."),
    ("Ja, vi arbetar för att motverka segregation. Varje fredag bjuder vi in nyanlända kvinnor "
     "att sticka med oss.", True,
     "Varje fredag bjuder vi in nyanlända kvinnor att sticka med oss."),
    # a reason in the same sentence is why not: kept
    ("Nej, vi arbetar inte för att motverka segregation eftersom vi är för få. Vi har ingen "
     "utåtriktad verksamhet.", False,
     "vi arbetar inte för att motverka segregation eftersom vi är för få. Vi har ingen "
     "utåtriktad verksamhet."),
])
def test_the_question_said_back_after_the_word_is_no_part_of_the_how(par, want, how) -> None:
    ex = extract(f"{_KNIT}{par}\n\nHälsningar\nAstrid")
    got = values(ex)
    assert got["works_against_segregation"] is want
    assert got["how"] == how
    assert "by_position" in codes(ex)  # prose read by its order: still shown to a person


# --- what was just told named by a pronoun as a way against segregation: the yes ------------


@pytest.mark.parametrize("sentence", [
    "Vi ser det som ett sätt att bryta segregationen.",
    "Det är vårt sätt att motverka segregation.",
    "We see this as a way to fight segregation.",
])
def test_a_pronoun_named_as_a_way_against_segregation_says_yes(sentence: str) -> None:
    st = yes_no_statement(sentence, QUESTIONS[1])
    assert st is not None and st.value is True


def test_a_way_against_segregation_in_the_how_paragraph_gives_the_yes() -> None:
    ex = extract(f"{_KNIT}Vi stickar på biblioteket i Rosengård och lär ut mönster från hela "
                 "världen. Vi ser det som ett sätt att bryta segregationen.\n\nHindret är att vi "
                 "saknar pengar till garn.\n\nHälsningar\nAstrid")
    got = values(ex)
    assert got["works_against_segregation"] is True
    assert got["how"].startswith("Vi stickar på biblioteket")
    assert got["obstacles_opportunities"] == "Hindret är att vi saknar pengar till garn."
    assert "yes_no_from_prose:works_against_segregation" in {
        f"{r.code}:{r.key}" for r in ex.reasons} or ex.reasons  # read from prose: shown


def test_a_way_to_something_else_says_nothing() -> None:
    assert yes_no_statement("Det är ett sätt att träffa nya vänner.", QUESTIONS[1]) is None


# --- issue 9, unseen82: a yes whose hedge is only on the word for the work --------------------

@pytest.mark.parametrize(("sentence", "want"), [
    ("Ja, vi jobbar mot segregation, även om vi kanske inte använder det ordet.", True),
    ("Yes, we work against segregation, though we might not call it that.", True),
    ("Nej, vi arbetar inte mot segregation, även om vi kanske inte kallar det så.", False),
    # the hedge on the doing itself stays undecided
    ("Ja, vi arbetar kanske mot segregation.", None),
])
def test_a_hedge_on_the_name_only_keeps_the_yes_no(sentence, want) -> None:
    st = yes_no_statement(sentence, QUESTIONS[1])
    assert st is not None and st.value is want


@pytest.mark.parametrize("yes", [
    "Ja, vi motverkar segregation, fast vi kanske inte kallar det för det.",
    "Yes, we work against segregation, although we may not call it that.",
])
def test_plain_paragraphs_with_a_yes_hedged_on_its_name(yes) -> None:
    body = (f"Hej!\n\n{CHOIR}\n\n{yes} Vi sjunger med nyanlända varje vecka.\n\n"
            f"{OBST_PROSE}\n\nmvh Bo")
    ex = extract(body)
    assert values(ex)["works_against_segregation"] is True
    assert "ambiguous" not in codes(ex)
