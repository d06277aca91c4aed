"""Replies written the way people speak (unseen127, round 54): dictated and phone-typed mail
with few capitals and stops, the writer's introduction running into the description, the
yes said back alone in its own paragraph, a yes in the question's words running on into
what they do, a yes said as a matter of course, a postscript adding to a question by its
number in the writer's own lead-in. Other words than the corpus's, Swedish and English;
values and review reasons asserted."""

from __future__ import annotations

from helpers import codes, extract, values

from svarsinkorg.parsers.framing import introduces_writer

_OBST = "Det svåra är att lokalen är dyr. Möjligheten är att många unga vill vara med."


# --- a postscript naming the question it adds to in the writer's own lead-in --------------
# (22: "PS. Till fråga 3 glömde jag: ..." was dropped with nothing flagged)

def test_postscript_lead_in_adds_to_its_question() -> None:
    body = ("Hej,\n\n1. Vi är en syförening i Husie med 25 medlemmar.\n\n2. Ja\n\n"
            "3. Vi syr kläder ihop med nyanlända kvinnor varje tisdag.\n\n4. " + _OBST + "\n\n"
            "PS. Om fråga 3 glömde jag att skriva: vi har också en loppis varje vår.\n\n"
            "Hälsningar\nAnna")
    ex = extract(body)
    assert values(ex)["how"] == ("Vi syr kläder ihop med nyanlända kvinnor varje tisdag. "
                                 "Vi har också en loppis varje vår.")
    assert values(ex)["obstacles_opportunities"] == _OBST
    assert not codes(ex)


def test_postscript_lead_in_english() -> None:
    body = ("Hi,\n\n1. We are a sewing circle in Husie with 25 members.\n\n2. Yes\n\n"
            "3. We sew clothes with newly arrived women every Tuesday.\n\n"
            "4. Rooms are expensive. Many young people want to join.\n\n"
            "P.S. For question 3 I forgot to say: we also hold a flea market every spring.\n\n"
            "Best\nAnna")
    ex = extract(body)
    assert values(ex)["how"].endswith("We also hold a flea market every spring.")
    assert values(ex)["obstacles_opportunities"] == \
        "Rooms are expensive. Many young people want to join."


def test_postscript_naming_two_questions_is_not_placed() -> None:
    body = ("Hej,\n\n1. Vi är en syförening i Husie med 25 medlemmar.\n\n2. Ja\n\n"
            "3. Vi syr kläder ihop med nyanlända kvinnor varje tisdag.\n\n4. " + _OBST + "\n\n"
            "PS. Till fråga 3 och fråga 4 vill jag lägga till: vi har en loppis.\n\n"
            "Hälsningar\nAnna")
    ex = extract(body)
    assert "loppis" not in values(ex)["how"]
    assert "loppis" not in values(ex)["obstacles_opportunities"]


# --- the writer's introduction running into the description with no stop -----------------
# (37: "hej jag heter Ali jag är ordförande i X vi är ungdomar ..." kept the introduction in
# answer 1, nothing flagged)

def test_run_on_introduction_is_cut_from_answer_one() -> None:
    body = ("hej jag heter Sara jag är kassör i Husie syförening vi är 25 kvinnor som syr "
            "ihop varje tisdag i kyrkans lokal\n\n"
            "ja absolut, vi syr med nyanlända och lär varandra svenska\n\n"
            "det svåra är lokalen, möjligheten är att många vill vara med\n\nSara")
    ex = extract(body)
    assert values(ex)["about"] == ("Vi är 25 kvinnor som syr ihop varje tisdag i kyrkans "
                                   "lokal")
    assert values(ex)["works_against_segregation"] is True


def test_introduction_saying_something_of_us_stays() -> None:
    # (the head speaks of the association already: no introduction alone to cut)
    body = ("hej jag heter Sara och vår förening har 25 medlemmar vi är kvinnor som syr "
            "ihop varje tisdag\n\nja absolut, vi syr med nyanlända och lär varandra svenska\n\n"
            "det svåra är lokalen, möjligheten är att många vill vara med\n\nSara")
    ex = extract(body)
    assert "25 medlemmar" in values(ex)["about"]


def test_phone_introduction_with_full_name_and_role() -> None:
    assert introduces_writer("det är Gunnar Persson ordförande i PRO Oxie.")
    assert introduces_writer("hej det är Azad från kulturföreningen")
    assert introduces_writer("this is Sam Berg, chair of the chess club")
    # (a description after it: not the introduction alone)
    assert not introduces_writer("det är Gunnar från PRO Oxie, vi är 300 medlemmar")


def test_dictation_note_in_its_own_paragraph_frames_the_reply() -> None:
    body = ("hej det är Gunnar Persson ordförande i PRO Oxie. jag pratar in det här i "
            "telefonen så ursäkta om det blir konstigt punkt\n\n"
            "vi är en pensionärsförening med 300 medlemmar och vi träffas varje tisdag\n\n"
            "ja vi jobbar mot segregation vi har en svenskcirkel för nyanlända pensionärer\n\n"
            "det svåra är att många är gamla, möjligheten är att nya vill vara med\n\n"
            "hälsningar Gunnar")
    ex = extract(body)
    assert values(ex)["about"] == ("vi är en pensionärsförening med 300 medlemmar och vi "
                                   "träffas varje tisdag")
    assert values(ex)["works_against_segregation"] is True
    # the yes in the question's words runs on into what they do: the how starts at "vi har"
    assert values(ex)["how"] == "Vi har en svenskcirkel för nyanlända pensionärer"
    assert values(ex)["obstacles_opportunities"].startswith("det svåra är")


def test_dictation_note_english() -> None:
    body = ("hi this is Sam Berg from the Oxie chess club, I'm dictating this in the car\n\n"
            "we are a chess club with 40 members and we play every Thursday\n\n"
            "yes we work against segregation we play in schools all over town\n\n"
            "the hard part is money, the opportunity is that many kids want to play\n\nSam")
    ex = extract(body)
    assert values(ex)["about"] == "we are a chess club with 40 members and we play every Thursday"
    assert values(ex)["works_against_segregation"] is True


# --- the yes said back alone in its own paragraph, what they do in the next -----------------
# (05: "om vi jobbar mot segregation, ja det gör vi nog på vårt sätt fast ..." read as the
# how, the how paragraph as the obstacles)

def test_yes_said_back_alone_pins_the_order() -> None:
    body = ("Hej\n\nvi är en pensionärsförening med 300 medlemmar i Oxie och vi träffas varje "
            "tisdag\n\n"
            "om vi jobbar mot segregation, ja det gör vi nog på vårt sätt fast vi har inte "
            "tänkt på det så mycket\n\n"
            "vi har fått nya medlemmar från Syrien som är med på resorna och i boulen\n\n"
            "hälsningar Gunnar")
    ex = extract(body)
    assert values(ex)["works_against_segregation"] is True
    assert values(ex)["how"] == ("vi har fått nya medlemmar från Syrien som är med på resorna "
                                 "och i boulen")
    assert values(ex)["obstacles_opportunities"] is None
    assert "by_position" in codes(ex)
    assert "yes_no_from_prose" in codes(ex)


# --- a yes said as a matter of course, its sentence ended with no capital after it ---------
# (28: "Klart vi jobbar mot segregation!! killar från ..." left three answers unread)

def test_yes_as_a_matter_of_course_in_one_paragraph() -> None:
    body = ("Hej! Vi är en fotbollsklubb i Oxie med 200 medlemmar, vi tränar på Oxievallen. "
            "Självklart vi jobbar mot segregation!! barn från Oxie och från Rosengård spelar i "
            "samma lag, vi åker på cuper ihop. Problem är att planerna är fulla. Möjlighet är "
            "att många vill börja.\n\nMvh Karim")
    ex = extract(body)
    assert values(ex)["works_against_segregation"] is True
    assert values(ex)["how"] == ("barn från Oxie och från Rosengård spelar i samma lag, vi åker "
                                 "på cuper ihop.")
    assert values(ex)["obstacles_opportunities"].startswith("Problem är att planerna")
    assert "by_position" in codes(ex)


# --- one breath on a phone: stops, and no capital after them ----------------------------------
# (48: "... i april. jobbar mot segregation? ja lite, vi har ..." was one sentence to the
# reader - nothing read; the name and an apology opening it stayed in answer 1)

def test_stops_before_lower_case_words_end_sentences() -> None:
    body = ("Hej! Jag är Lina från Syföreningen Husie. förlåt att jag svarar sent. vi är 25 "
            "kvinnor som syr ihop varje tisdag i kyrkan. jobbar mot segregation? ja lite, vi "
            "syr med nyanlända och lär varandra svenska. svårt är lokalen som är dyr. tack Lina")
    ex = extract(body)
    assert values(ex)["about"] == "vi är 25 kvinnor som syr ihop varje tisdag i kyrkan."
    assert values(ex)["works_against_segregation"] is True
    assert values(ex)["how"] == "Vi syr med nyanlända och lär varandra svenska."
    assert values(ex)["obstacles_opportunities"] == "svårt är lokalen som är dyr."
    assert "by_position" in codes(ex)


def test_an_abbreviations_stop_ends_no_sentence() -> None:
    # (a stop after a word of one or two letters: "bl.a. vi", "t.ex. fotboll")
    body = ("hej! vi är en idrottsförening i Oxie med bl.a. fotboll och t.ex. dans för barn. "
            "ja vi jobbar mot segregation, vi har lag med barn från hela stan och åker på cuper. "
            "svårt är att planerna är fulla. /Eva")
    ex = extract(body)
    assert values(ex)["about"] == ("vi är en idrottsförening i Oxie med bl.a. fotboll och "
                                   "t.ex. dans för barn.")
    assert values(ex)["works_against_segregation"] is True


# --- the no said in the question's words, why not in a clause of its own after it ----------
# (46: "Jobbar mot segregation, nej inte så mycket, vi är mest för vietnameser. Men ..."
# lost the clause after the no)

def test_why_not_clause_after_a_no_in_the_questions_words_is_kept() -> None:
    body = ("Hej,\n\nVi är en förening för pensionärer från Polen i Malmö sedan 1985.\n\n"
            "Jobbar mot segregation, nej inte så mycket, vi är mest för polacker. Men våra "
            "barnbarn har många svenska vänner.\n\n"
            "Hinder: de äldre pratar inte svenska. Möjlighet: en öppen julfest.\n\nTack\nEwa")
    ex = extract(body)
    assert values(ex)["works_against_segregation"] is False
    assert values(ex)["how"] == ("Vi är mest för polacker. Men våra barnbarn har många svenska "
                                 "vänner.")
    assert "by_position" in codes(ex)


def test_a_no_with_only_a_how_far_keeps_nothing_of_it() -> None:
    # (no clause of its own after the no: the sentence is the yes/no's)
    body = ("Hej,\n\nVi är en förening för pensionärer från Polen i Malmö sedan 1985.\n\n"
            "Jobbar mot segregation, nej inte så mycket. Men våra barnbarn har många svenska "
            "vänner.\n\nHinder: de äldre pratar inte svenska. Möjlighet: en öppen julfest.\n\n"
            "Tack\nEwa")
    ex = extract(body)
    assert values(ex)["works_against_segregation"] is False
    assert values(ex)["how"] == "Men våra barnbarn har många svenska vänner."


# round 54's review: a postscript on a question that asks the reader something, or points to
# someone to call, adds nothing to that answer; an introduction that names the association
# itself ("det är Rosengårds Fotbollsklubb i Malmö") is no writer's and stays in answer 1
def test_postscript_asking_or_pointing_adds_nothing() -> None:
    for ps in ("PS. Angående fråga 3 undrar jag en sak: räknas läxhjälp som arbete mot "
               "segregation?", "PS. Om fråga 3 kan ni ringa min kollega: 070-1234567"):
        ex = extract(f"Hej!\n\n1. Vi är en kör i Husie.\n2. Ja\n3. Vi har öppna repetitioner.\n"
                     f"4. Ekonomin.\n\nMvh Anna\n\n{ps}")
        assert values(ex)["how"] == "Vi har öppna repetitioner."


def test_introduction_naming_the_association_is_not_cut() -> None:
    ex = extract("Hej det är Rosengårds Fotbollsklubb i Malmö vi är 200 medlemmar som spelar "
                 "fotboll varje vecka\n\n2. Ja\n3. Vi spelar med alla.\n4. Pengar.")
    assert "Rosengårds Fotbollsklubb" in values(ex)["about"]
