"""Labels and headings of the writer's own: labelled parts of one answer, a label or heading over
an answer ("Om oss:", "Hur:", a question of their own with a dash), abbreviations and colons
inside a label, a label naming a question by number."""

from __future__ import annotations

import pytest
from helpers import (
    CHOIR,
    SINGS,
    codes,
    extract,
    run,
    values,
    values_of,
)

# --- a label naming question 1 by its number, mid-paragraph ----------------------------------

ABOUT = "Vi är en syförening i Oxie med 20 medlemmar som träffas varje tisdag."


REST = (
    "\n\nArbetar vi mot segregation? Ja, det gör vi.\n\n"
    "På vilket sätt: Vi syr tillsammans med nyanlända kvinnor från hela Malmö.\n\n"
    "Hinder och möjligheter: Hindret är lokalen. Möjligheten är alla som vill vara med.\n\n"
    "Med vänlig hälsning\nBritt"
)


# --- an answer written in labelled parts keeps its first label --------------------------------


@pytest.mark.parametrize(("body", "want"), [
    # dash headings; the last answer in parts, "hinder:" opening it
    ("hej\n\nom oss - vi är en dansgrupp för tjejer 12-18 år i rosengård\n\n"
     "segregation? - ja\n\nhur - vi dansar med grupper från andra stadsdelar varje månad\n\n"
     "hinder: dyra lokaler. möjligheter: många vill börja!\n\nmvh Sara",
     "hinder: dyra lokaler. möjligheter: många vill börja!"),
    # headings on lines of their own; "Problem: ... Möjligheter: ..." under the last
    ("Hej!\n\nOm oss\nVi är en syförening i Oxie som träffas varje torsdag.\n\n"
     "Motverkar vi segregation?\nJa\n\nHur då?\nVi syr tillsammans med nyanlända kvinnor.\n\n"
     "Problem: ingen bil för att hämta folk. Möjligheter: kommunens nya mötesplats.\n\n"
     "Hälsningar Britt",
     "Problem: ingen bil för att hämta folk. Möjligheter: kommunens nya mötesplats."),
    # English, with numbers for the first three
    ("Hi,\n\n1. We are a cricket club in Hyllie with about 60 members.\n\n2. Yes\n\n"
     "3. We hold open practice on Sundays for anyone who wants to try.\n\n"
     "Obstacles: few pitches in the city. Opportunities: the game is growing fast.\n\n"
     "Best, Ravi",
     "Obstacles: few pitches in the city. Opportunities: the game is growing fast."),
])
def test_an_answer_in_labelled_parts_keeps_its_first_label(body, want):
    assert values(extract(body))["obstacles_opportunities"] == want


@pytest.mark.parametrize(("parts", "want"), [
    ("hinder: dyra lokaler.\nmöjligheter: många vill börja!",
     "hinder: dyra lokaler. möjligheter: många vill börja!"),
    ("Obstacles: few pitches.\nOpportunities: the game grows fast.",
     "Obstacles: few pitches. Opportunities: the game grows fast."),
])
def test_labelled_parts_line_by_line_are_one_answer(parts, want):
    got = values(extract(
        "hej\n\nom oss - vi är en dansgrupp för tjejer 12-18 år i rosengård\n\n"
        "segregation? - ja\n\nhur - vi dansar med grupper från andra stadsdelar\n\n"
        f"{parts}\n\nmvh Sara"))
    assert got["how"] == "vi dansar med grupper från andra stadsdelar"
    assert got["obstacles_opportunities"] == want


@pytest.mark.parametrize(("body", "want"), [
    # the same shape of label heads every answer: it is the reply's heading, also the last
    # (no partner label after it: the answer is not written in parts)
    ("Hej!\n\nVilka vi är: En boxningsklubb i Lindängen med 80 aktiva.\n\n"
     "Segregation: Ja\n\nHur vi gör: Gratis träning för alla under 18 år.\n\n"
     "Utmaningar: Lokalen är för liten och vi har för få ledare.\n\n/Ali",
     "Lokalen är för liten och vi har för få ledare."),
    # a heading naming both parts over parts of its own: the heading goes, the parts stay
    ("Hej!\n\nOm oss - En boxningsklubb i Lindängen med 80 aktiva.\n\nSegregation - Ja\n\n"
     "Hur - Gratis träning för alla under 18 år.\n\n"
     "Hinder och möjligheter: Hinder: liten lokal. Möjligheter: många vill börja.\n\n/Ali",
     "Hinder: liten lokal. Möjligheter: många vill börja."),
])
def test_a_label_like_the_replys_other_headings_is_a_heading(body, want):
    assert values(extract(body))["obstacles_opportunities"] == want


# --- a first part label stays, whatever shape the reply's headings have ----------------------


@pytest.mark.parametrize(("body", "want"), [
    # colon labels on every answer; the last one's label has its partner further on
    ("Hej!\n\nVilka vi är: En boxningsklubb i Lindängen med 80 aktiva.\n\n"
     "Segregation: Ja\n\nHur vi gör: Gratis träning för alla under 18 år.\n\n"
     "Utmaningar: Lokalen är för liten. Möjligheter: många vill börja träna.\n\n/Ali",
     "Utmaningar: Lokalen är för liten. Möjligheter: många vill börja träna."),
    # English colon labels, the yes/no asked back
    ("Hi,\n\nAbout us: A chess club in Möllevången with about 40 members.\n\n"
     "Do we work against segregation? Yes.\n\n"
     "How: Free evenings at the library in Rosengård for anyone.\n\n"
     "Obstacles: few volunteers. Opportunities: chess needs no common language.\n\nBest,\nPetra",
     "Obstacles: few volunteers. Opportunities: chess needs no common language."),
    # lower case, "problem:" and "möjligheter:"
    ("hej\n\nom oss: en syförening i oxie, 20 medlemmar\n\nsegregation: ja\n\n"
     "hur: vi syr ihop med nyanlända kvinnor varje vecka\n\n"
     "problem: ingen bil att hämta folk med. möjligheter: kommunens nya mötesplats\n\n/britt",
     "problem: ingen bil att hämta folk med. möjligheter: kommunens nya mötesplats"),
    # the parts the other way round
    ("Hej!\n\nOm föreningen: Vi är en odlingsförening på Sorgenfri med 60 lotter.\n\n"
     "Segregation: Ja\n\nHur: Lotterna lottas ut till alla som står i kö.\n\n"
     "Möjligheter: odling är något alla förstår. Hinder: kön är lång.\n\nMvh Eva",
     "Möjligheter: odling är något alla förstår. Hinder: kön är lång."),
    # a heading line of its own above the parts, which restates the question's first words:
    # "Hinder:" is no question wrapped onto the next line
    ("Hej,\n\nVilka är ni?\nEn kör i Limhamn med 30 sångare.\n\n"
     "Arbetar ni mot segregation?\nJa.\n\nPå vilket sätt?\nVi sjunger ihop med en kör från "
     "Kroksbäck.\n\nHinder respektive möjligheter\n"
     "Hinder: vi har ingen egen lokal. Möjligheter: musiken samlar alla.\n\nHälsningar\nKarin",
     "Hinder: vi har ingen egen lokal. Möjligheter: musiken samlar alla."),
])
def test_a_first_part_label_with_its_partner_after_it_stays(body, want):
    ex = extract(body)
    assert values(ex)["obstacles_opportunities"] == want
    assert not any(c.startswith("heading") for c in codes(ex))


def test_a_colon_after_a_sentence_naming_two_questions_names_no_one_answer():
    ex = extract("Hej! Här kommer svaren på fråga 3 och fråga 4:\n\n"
                 f"{SINGS}\n\n/Eva")
    assert values(ex)["obstacles_opportunities"] is None
    assert ex.reasons


@pytest.mark.parametrize("label", ["Lite om vad vi gör:", "Vilka vi är och vad vi gör:",
                                   "Our story in short:"])
def test_a_label_over_the_first_answer_is_a_heading(label):
    ex = extract(f"Hej!\n\n{label} Vi är en vänförening till biblioteket i Hermodsdal och ordnar "
                 "läsecirklar.\n\nJobbar vi mot segregation? Ja.\n\n"
                 "Hur då? Vi tar med barnen till bibliotek i andra delar av stan.\n\n"
                 "Hinder och möjligheter? Pengar är hindret, föräldrarna möjligheten.\n\n/Lena")
    got = values(ex)
    assert got["about"] == ("Vi är en vänförening till biblioteket i Hermodsdal och ordnar "
                            "läsecirklar.")
    assert got["how"] == "Vi tar med barnen till bibliotek i andra delar av stan."


def test_a_colon_inside_the_first_sentence_is_no_label():
    ex = extract("Hej!\n\nVi är en förening som gör tre saker: läxhjälp, fotboll och fika på "
                 "helgerna.\n\nJobbar vi mot segregation? Ja.\n\n"
                 "Hur då? Vi tar med barnen till bibliotek i andra delar av stan.\n\n"
                 "Hinder och möjligheter? Pengar är hindret, föräldrarna möjligheten.\n\n/Lena")
    assert ex.answers["about"].value == ("Vi är en förening som gör tre saker: läxhjälp, fotboll "
                                         "och fika på helgerna.")


# --- labels of the writer's own: a dash after them, or labels on every answer ---------------


@pytest.mark.parametrize(("body", "want"), [
    # a spaced dash after each label, as a colon; labelled parts under one stay the answer's
    ("1. Om föreningen – Vi är en kör med 30 sångare i Husie.\n\n2. Segregation – Ja\n\n"
     "3. Hur – Vi sjunger på äldreboenden och bjuder in nya malmöbor till öppna övningar.\n\n"
     "4. Hinder och möjligheter – Hinder: lokalhyran. Möjlighet: körsång kräver inget "
     "gemensamt språk.\n\n/Lena",
     {"about": "Vi är en kör med 30 sångare i Husie.",
      "how": "Vi sjunger på äldreboenden och bjuder in nya malmöbor till öppna övningar.",
      "obstacles_opportunities": "Hinder: lokalhyran. Möjlighet: körsång kräver inget "
                                 "gemensamt språk."}),
    ("1. About us — We are a chess club in Kirseberg with 40 members.\n\n2. Segregation — Yes"
     "\n\n3. How — We play in the library, where anyone can walk in and join a game.\n\n"
     "4. Obstacles and opportunities — Few girls come, but the schools want to work with us."
     "\n\nLena",
     {"about": "We are a chess club in Kirseberg with 40 members.",
      "how": "We play in the library, where anyone can walk in and join a game.",
      "obstacles_opportunities": "Few girls come, but the schools want to work with us."}),
    # labels on every answer: one that names nothing is a heading as its siblings are, and
    # a yes behind one is read from after it
    ("1 Om oss: Vi är en dansförening i Rosengård för barn från sju år.\n\n"
     "2 Motverkar ni: Ja\n\n3 Hur: Vi dansar i skolornas idrottshallar efter skoltid och "
     "det kostar inget.\n\n4 Hinder/möjligheter: Hallarna är fullbokade, men föräldrarna vill "
     "hjälpa till.\n\nSamira",
     {"about": "Vi är en dansförening i Rosengård för barn från sju år.",
      "how": "Vi dansar i skolornas idrottshallar efter skoltid och det kostar inget.",
      "obstacles_opportunities": "Hallarna är fullbokade, men föräldrarna vill hjälpa till."}),
])
def test_labels_of_the_writers_own_are_no_part_of_the_answers(body, want):
    got = values_of("Hej!\n\n" + body)
    assert got["works_against_segregation"] is True
    assert {k: got[k] for k in want} == want


def test_one_label_alone_that_names_nothing_stays_in_its_answer():
    # no sibling labels: "Lokalerna: ..." may be how the writer opens the answer
    got = values_of("Hej!\n\n1. Vi är en dansförening i Rosengård.\n\n2. Ja\n\n"
                 "3. Vi dansar i skolornas idrottshallar efter skoltid.\n\n"
                 "4. Lokalerna: de räcker inte till alla som vill vara med.\n\n/Samira")
    assert got["obstacles_opportunities"] == \
        "Lokalerna: de räcker inte till alla som vill vara med."


# --- the writer's own questions opening each paragraph ------------------------------------------


@pytest.mark.parametrize(("body", "want"), [
    ("Hej\nVem är vi? Vi är en syförening i Holma med ett tjugotal medlemmar som träffas "
     "varje tisdag.\n\nGör vi något mot segregation? Ja, det gör vi.\n\nPå vilket sätt? Vi "
     "syr tillsammans med kvinnor från hela området och lär av varandra.\n\nVad gör det svårt "
     "och vad hjälper? Många vet inte att vi finns, men de som kommer tar med sig vänner.\n\n"
     "Hälsningar Aina",
     ("Vi är en syförening i Holma med ett tjugotal medlemmar som träffas varje tisdag.",
      "Vi syr tillsammans med kvinnor från hela området och lär av varandra.",
      "Många vet inte att vi finns, men de som kommer tar med sig vänner.")),
    ("Hi\nWho are we? We are a sewing circle in Holma with about twenty members.\n\n"
     "Do we work against segregation? Yes, we do.\n\nHow? We sew together with women from "
     "all over the area and learn from each other.\n\nWhat is hard and what is good? "
     "Many do not know we exist, but those who come bring their friends.\n\nAina",
     ("We are a sewing circle in Holma with about twenty members.",
      "We sew together with women from all over the area and learn from each other.",
      "Many do not know we exist, but those who come bring their friends.")),
])
def test_own_questions_opening_paragraphs_are_headings(body, want):
    got = values_of(body)
    assert (got["about"], got["how"], got["obstacles_opportunities"]) == want
    assert got["works_against_segregation"] is True


# --- a label straight above an answer's labelled parts is the heading, not a part -------------

@pytest.mark.parametrize(("label", "parts"), [
    ("Hinder o möjligheter", "Hinder: dyr hall, få ledare. Möjligheter: många barn vill spela"),
    ("Hinder & möjligheter", "Hinder: dyr hall. Möjligheter: många barn vill spela"),
    ("Hinder resp. möjligheter", "Hinder: dyr hall. Möjligheter: många barn vill spela"),
    ("Obstacles and opportunities", "Obstacles: the hall costs a lot. Opportunities: kids"),
])
def test_a_label_over_labelled_parts_is_a_heading(label, parts):
    ex = extract(
        "Hej\n\n- Om oss: Vi är en basketklubb i Rosengård med 90 medlemmar.\n"
        "- Mot segregation: JA\n- Hur: Vi tränar gratis i skolans hall två kvällar i veckan.\n"
        f"- {label}: {parts}\n\nSara\nBK Rosengård")
    got = values(ex)
    assert got["obstacles_opportunities"] == parts
    assert got["about"] == "Vi är en basketklubb i Rosengård med 90 medlemmar."
    assert got["works_against_segregation"] is True
    assert codes(ex) == set()


@pytest.mark.parametrize("label", ["Hinder resp. möjligheter", "Hinder o. möjligheter",
                                   "Obstacles resp. opportunities"])
def test_an_abbreviations_point_inside_a_label_ends_no_sentence(label):
    got = values(extract(
        "Hej\n\n- Om oss: Vi är en kör på Möllan med 30 sångare.\n- Mot segregation: Ja\n"
        "- Hur: Vi sjunger på fyra språk och alla får vara med.\n"
        f"- {label}: Lokalen är dyr men många vill sjunga med oss.\n\nPer"))
    assert got["obstacles_opportunities"] == "Lokalen är dyr men många vill sjunga med oss."
    assert got["about"] == "Vi är en kör på Möllan med 30 sångare."  # its siblings stripped


def test_a_sentence_end_is_no_abbreviation_in_a_label():
    got = values(extract("Hej\n\n1. Vi är en förening. Vi spelar: futsal och fotboll.\n2. Ja\n"
                         "3. Vi spelar futsal med alla.\n4. Lokalen.\n\nEmre"))
    assert got["about"] == "Vi är en förening. Vi spelar: futsal och fotboll."


# --- a topic heading over "hard to say yes or no" --------------------------------------------

@pytest.mark.parametrize("first", [
    "Det är svårt att svara ja eller nej på.",
    "Hard to say yes or no to that one.",
])
def test_a_topic_heading_over_a_yes_or_no_said_hard_is_the_yes_no_question(first):
    ex = extract(
        "Hej!\n\nVilka vi är:\nVi är en dansgrupp i Hyllie med 25 dansare i alla åldrar.\n\n"
        f"Segregation:\n{first} Vi har inget mål om det, men alla är välkomna.\n\n"
        "Hur:\nVi dansar på öppna scener i flera stadsdelar varje sommar.\n\n"
        "Hinder och möjligheter:\nLokalhyran är hög. Möjligheter finns i fler samarbeten.\n\n"
        "Hälsningar\nLina, ordförande")
    got = values(ex)
    assert got["about"] == "Vi är en dansgrupp i Hyllie med 25 dansare i alla åldrar."
    assert got["works_against_segregation"] is None
    assert got["how"] == "Vi dansar på öppna scener i flera stadsdelar varje sommar."
    assert "ambiguous" in codes(ex)  # said neither way: shown, not guessed


@pytest.mark.parametrize("label, said", [
    ("Segregation:", "Tja, alla är välkomna, men vi har inte tänkt på det som ett mål. "
                     "Svårt att svara ja eller nej."),
    ("Segregation:", "Vi har aldrig pratat om det i styrelsen, vi bara spelar. Både och."),
    ("Segregation:", "We welcome everyone, but it is not something we set out to do. "
                     "Hard to say yes or no."),
])
def test_a_topic_label_over_a_text_ending_undecided_is_the_yes_no_question(label, said):
    # the same labels on their answers' lines, no "Hur:": the text leaving the yes or no open
    # at its end answers the yes/no (undecided), not question 1 or the how
    ex = extract(
        "Hej!\n\nOm oss: Vi är en dansgrupp i Hyllie med 25 dansare i alla åldrar.\n\n"
        f"{label} {said}\n\n"
        "Hinder och möjligheter: Lokalhyran är hög. Möjligheter finns i fler samarbeten.\n\n"
        "Hälsningar\nLina")
    got = values(ex)
    assert got["about"] == "Vi är en dansgrupp i Hyllie med 25 dansare i alla åldrar."
    assert got["works_against_segregation"] is None
    assert got["how"] is None
    assert "ambiguous" in codes(ex)


@pytest.mark.parametrize("lead", [
    "Jag vet inte om det blir rätt så här. Om er första fråga, vilka vi är:",
    "Till fråga 1:",
    "I hope this format works. As for your first question:",
])
def test_a_label_naming_question_one_by_number_opens_its_answer(lead):
    ex = extract(f"Hej!\n\n{lead} {ABOUT}{REST}")
    assert ex.answers["about"].value == ABOUT
    assert ex.answers["how"].value == "Vi syr tillsammans med nyanlända kvinnor från hela Malmö."
    assert codes(ex) == set()


# --- a numbered answer opening with the writer's own "about X:" heading -----------------------

@pytest.mark.parametrize("label", ["Om klubben:", "Om oss:", "Om vår förening:",
                                   "Om församlingen:", "About us:", "About the club:"])
def test_an_about_heading_on_the_answer_line_is_no_part_of_it(label):
    got = values(extract(
        f"Hej,\n\n1. {label} Vi är en fotbollsklubb med 200 barn i Kroksbäck.\n\n2. Ja\n\n"
        "3. Gratis träning och lån av skor.\n\n4. Planerna räcker inte till.\n\nOla"))
    assert got["about"] == "Vi är en fotbollsklubb med 200 barn i Kroksbäck."
    assert got["how"] == "Gratis träning och lån av skor."


@pytest.mark.parametrize(("body", "want"), [
    # "om" is also "if": a condition before the colon is part of the answer
    ("3. Om vi får önska: fler lokaler i Fosie.", "Om vi får önska: fler lokaler i Fosie."),
    ("3. Om ja: vi tränar tillsammans med en klubb i Limhamn.",
     "Om ja: vi tränar tillsammans med en klubb i Limhamn."),
])
def test_a_condition_before_a_colon_stays(body, want):
    got = values(extract(f"1. Vi är en klubb.\n\n2. Ja\n\n{body}\n\n4. Pengar.\n\nOla"))
    assert got["how"] == want


# --- "N. <the question in the writer's words>? – <answer>": the dash is a Q-and-A layout ------

@pytest.mark.parametrize(("body", "want"), [
    ("1. Vilka är ni? – En schackklubb i Rosengård med 40 spelare i alla åldrar.\n\n"
     "2. Jobbar ni mot segregation? – Ja\n\n3. På vilket sätt? – Vi spelar turneringar mot "
     "klubbar i andra stadsdelar.\n\n4. Hinder? - Lokalen är för liten för alla som vill.",
     {"about": "En schackklubb i Rosengård med 40 spelare i alla åldrar.",
      "works_against_segregation": True,
      "how": "Vi spelar turneringar mot klubbar i andra stadsdelar.",
      "obstacles_opportunities": "Lokalen är för liten för alla som vill."}),
    ("1. Who are you? – A chess club in Rosengård with 40 players of all ages.\n\n"
     "2. Against segregation? – Yes\n\n3. How? – We play tournaments against clubs from "
     "other parts of town.\n\n4. Obstacles/opportunities? — The room is too small for all.",
     {"about": "A chess club in Rosengård with 40 players of all ages.",
      "works_against_segregation": True,
      "how": "We play tournaments against clubs from other parts of town.",
      "obstacles_opportunities": "The room is too small for all."}),
])
def test_a_short_question_and_a_dash_head_the_answer(body, want):
    ex = extract(f"Hej!\n\n{body}\n\nMvh Goran")
    assert values(ex) == want
    assert codes(ex) == set()


def test_a_question_of_the_writers_own_without_a_dash_stays_in_the_answer():
    got = values(extract("1. Vi är en schackklubb.\n\n2. Ja\n\n3. Hur? Vi spelar mot andra "
                         "klubbar.\n\n4. Vad är ett hinder? Vi vet inte riktigt.\n\nGoran"))
    assert got["obstacles_opportunities"] == "Vad är ett hinder? Vi vet inte riktigt."


# --- "Hur?" as the heading of the how-question ---------------------------------------------


def test_how_heading_marks_the_how_question() -> None:
    text = ("Vilka är ni?\nVi är en kulturförening.\n\nArbetar ni för att motverka segregation?\n"
            "Ja\n\nHur?\nÖppna kvällar för alla.\n\nHinder och möjligheter?\nEkonomin är svag.")
    got = run(text)
    assert got["how"] == "Öppna kvällar för alla."
    assert got["obstacles_opportunities"] == "Ekonomin är svag."


def test_longer_question_starting_with_hur_is_no_heading() -> None:
    got = run("1. Vi är en förening.\n2. Ja\n3. Vi spelar fotboll.\nHur många är vi? 40.\n"
              "4. Lokaler.")
    assert got["how"] == "Vi spelar fotboll. Hur många är vi? 40."


# --- one topic heading over the yes/no and its follow-up, between named headings (unseen28) --

@pytest.mark.parametrize(("body", "how"), [
    ("Hej!\n\nOm föreningen:\nVi är en syförening i Oxie med 20 medlemmar.\n\n"
     "Segregation:\nDet gör vi, eftersom vi syr ihop med kvinnor från hela Malmö. Vi är "
     "också med på Malmöfestivalen.\n\n"
     "Hinder och möjligheter:\nHindret är lokalen. Möjligheten är alla som vill vara med.\n\n"
     "Hälsningar\nBritt", "syr ihop med kvinnor från hela Malmö"),
    ("Hej!\n\nOm oss:\nVi är en boxningsklubb i Rosengård med 90 medlemmar.\n\n"
     "Segregation:\nJa, det gör vi eftersom vi tränar med klubbar från hela stan. Vi har "
     "också läxhjälp i klubbstugan.\n\n"
     "Hinder och möjligheter:\nHindret är hyran, möjligheten är alla unga som vill boxas.\n\n"
     "Mvh\nSami", "tränar med klubbar från hela stan"),
])
def test_a_topic_heading_between_named_ones_holds_the_yes_no_and_its_follow_up(
        body: str, how: str) -> None:
    from helpers import QUOTE, REPO, example_raw

    from svarsinkorg.config import parse_config
    from svarsinkorg.parsers.answers import extract_answers

    # the example survey with its aliases, as a coordinator ships it
    aliased = parse_config(example_raw(), REPO / "config.toml").survey.questions
    ex = extract_answers(body + QUOTE, aliased)
    got = values(ex)
    assert got["works_against_segregation"] is True
    assert how in str(got["how"])
    assert str(got["obstacles_opportunities"]).startswith("Hindret är")
    assert "by_position" not in codes(ex)  # its neighbours leave it that one place


def test_a_heading_that_names_nothing_with_no_named_neighbour_stays_a_doubt() -> None:
    ex = extract("Hej!\n\nBakgrund\nVi är en syförening i Oxie med 20 medlemmar.\n\n"
                 "Vårt bidrag\nJa, vi syr ihop med kvinnor från hela Malmö.\n\n"
                 "Framåt\nVi behöver en större lokal men har många nya medlemmar.\n\n"
                 "Hälsningar\nBritt")
    assert "by_position" in codes(ex)


# --- a plain yes on the greeting's line above the one label (unseen28) --------------------

def _aliased(body: str):
    from helpers import QUOTE, REPO, example_raw

    from svarsinkorg.config import parse_config
    from svarsinkorg.parsers.answers import extract_answers

    # the example survey with its aliases ("Om oss", "About us"), as a coordinator ships it
    questions = parse_config(example_raw(), REPO / "config.toml").survey.questions
    return extract_answers(body + QUOTE, questions)


@pytest.mark.parametrize(("body", "want"), [
    ("Hej! Ja det gör vi.\nOm oss: Vi är en fritidsgård i Kroksbäck.\n\n/Mikael", True),
    ("Hi! No, we don't.\nAbout us: We are a youth centre in Kroksbäck.\n\n/Mikael", False),
])
def test_a_plain_yes_or_no_above_the_one_label_answers_the_yes_no(body: str, want: bool) -> None:
    ex = _aliased(body)
    got = values(ex)
    assert got["works_against_segregation"] is want
    assert str(got["about"]).endswith("Kroksbäck.")
    assert "partial" in codes(ex)  # the rest is still missing: shown


def test_a_longer_line_above_the_label_is_no_yes() -> None:
    ex = _aliased("Hej! Ja, här kommer lite om oss och vad vi gör på gården.\n"
                 "Om oss: Vi är en fritidsgård i Kroksbäck.\n\n/Mikael")
    assert values(ex)["works_against_segregation"] is None


# --- a question restated in the writer's own words: a longer label, a reported question ------

BODY_OXIE = (
    "Hej!\n\n{first}Oxie Ridklubb är en ridskola med ett 30-tal hästar. Vi har lektioner för "
    "barn och vuxna.\n\n{yes_no}\n\nPå vilket sätt: Vi har ridläger för tjejer från Lindängen "
    "och Holma.\n\nHinder och möjligheter: Ridning är dyrt. Möjligheten är att många barn "
    "drömmer om hästar.\n\nHälsningar\nCamilla"
)


@pytest.mark.parametrize("yes_no", [
    "Om vi arbetar för att motverka segregation: ja, det gör vi.",
    "Arbetar vi i föreningen för att motverka segregation: Ja.",
])
def test_a_long_label_restating_the_yes_no_question_is_a_heading(yes_no):
    ex = extract(BODY_OXIE.format(first="", yes_no=yes_no))
    got = values(ex)
    assert got["works_against_segregation"] is True
    assert got["about"] == ("Oxie Ridklubb är en ridskola med ett 30-tal hästar. Vi har "
                            "lektioner för barn och vuxna.")
    assert got["how"] == "Vi har ridläger för tjejer från Lindängen och Holma."


@pytest.mark.parametrize("first", [
    "Ni frågar vilka vi är. ",
    "Ni undrar vad vi bedriver för verksamhet. ",
])
def test_a_reported_question_heads_the_first_answer(first):
    ex = extract(BODY_OXIE.format(first=first, yes_no="Om vi arbetar för att motverka "
                                  "segregation: ja, det gör vi."))
    got = values(ex)
    assert got["about"] == ("Oxie Ridklubb är en ridskola med ett 30-tal hästar. Vi har "
                            "lektioner för barn och vuxna.")
    assert "by_position" not in codes(ex)


def test_a_reported_question_opening_a_numbered_answer_is_dropped():
    got = values_of("1. Vi är en kör i Husie med 30 sångare.\n2. Ja\n3. You ask how we do it. "
                    "We sing in five languages with newcomers.\n4. Lokalen är dyr.\n\nEva")
    assert got["how"] == "We sing in five languages with newcomers."


def test_a_long_colon_sentence_naming_no_question_stays_in_its_answer():
    # ten words before a colon that name no question clearly are the answer's own sentence
    got = values_of("1. Vi är en kör i Husie med 30 sångare.\n2. Ja\n3. Det vi gör varje "
                    "vecka på onsdagar i kyrkan i Husie: sjunger med nyanlända.\n"
                    "4. Lokalen är dyr.\n\nEva")
    assert got["how"] == ("Det vi gör varje vecka på onsdagar i kyrkan i Husie: sjunger med "
                          "nyanlända.")


# --- labels parted from their answers by a doubled dash, as a layout -------------------------

DASHED_EN = (
    "Hi,\n\nSorry for the English.\n\n"
    "Who we are -- We are a choir of 30 singers in Husie and rehearse on Tuesdays.\n\n"
    "Segregation? -- Very much so, it is why we started.\n\n"
    "What we do about it -- We sing in care homes all over town and run an open choir.\n\n"
    "What's hard, what helps -- The hall is expensive. Many young people want to sing.\n\n"
    "All the best,\nEva"
)
DASHED_SV = (
    "Hej!\n\n"
    "Kort om oss -- Vi är en syförening i Oxie med 20 medlemmar som träffas varje tisdag.\n\n"
    "Segregation -- Ja, det är därför vi finns.\n\n"
    "Det vi gör åt saken i vardagen -- Vi syr tillsammans med nyanlända kvinnor från hela "
    "Malmö.\n\n"
    "Svårt och bra -- Hindret är lokalen. Möjligheten är alla som vill vara med.\n\n"
    "Hälsningar\nBritt"
)


def test_dashed_labels_in_english_with_a_longer_one_in_the_layout():
    ex = extract(DASHED_EN)
    assert values(ex) == {
        "about": "We are a choir of 30 singers in Husie and rehearse on Tuesdays.",
        "works_against_segregation": True,
        "how": "We sing in care homes all over town and run an open choir.",
        "obstacles_opportunities": "The hall is expensive. Many young people want to sing.",
    }
    assert not codes(ex)  # the yes is its own answer's; nothing is left over


def test_dashed_labels_in_swedish():
    v = values(extract(DASHED_SV))
    assert v["about"] == ABOUT
    assert v["works_against_segregation"] is True
    assert v["how"] == "Vi syr tillsammans med nyanlända kvinnor från hela Malmö."
    assert v["obstacles_opportunities"] == (
        "Hindret är lokalen. Möjligheten är alla som vill vara med.")


def test_one_dash_in_prose_is_no_layout():
    # a single "--" aside inside a paragraph does not make its opening words a heading
    body = (f"Hej!\n\n1. {ABOUT}\n2. Ja\n3. Vi har två grupper -- en för unga och en för "
            f"äldre -- och {SINGS[0].lower()}{SINGS[1:]}\n4. Pengar och lokaler.\n\nHälsningar")
    v = values(extract(body))
    assert v["how"].startswith("Vi har två grupper -- en för unga")


# --- labels cut short with a stop: "Segr.:", "Hinder/möjl.:" ---------------------------------

@pytest.mark.parametrize("body", [
    (f"Hej,\n\nVilka: {ABOUT}\n\nSegr.: ja\n\nHur: {SINGS}\n\n"
     "Hinder/möjl.: Hindret är lokalen. Möjligheten är alla som vill vara med.\n\nmvh\nJonas"),
    (f"Hi,\n\nAbout: {ABOUT}\n\nSegreg.: yes\n\nHow: {SINGS}\n\n"
     "Obst./opp.: Hindret är lokalen. Möjligheten är alla som vill vara med.\n\nBest\nJonas"),
])
def test_abbreviated_capitalised_labels(body):
    ex = extract(body)
    assert values(ex) == {
        "about": ABOUT, "works_against_segregation": True, "how": SINGS,
        "obstacles_opportunities": "Hindret är lokalen. Möjligheten är alla som vill vara med.",
    }


def test_a_capitalised_word_and_a_stop_in_prose_stays_a_sentence_end():
    # "Ja." ends a sentence; only a stop right before the label's colon is an abbreviation's
    v = values(extract(f"Hej,\n\n1. {ABOUT} Vi har funnits sedan 1990.\n2. Ja. Vi gör det.\n"
                       f"3. {SINGS}\n4. Lokalen.\n"))
    assert v["about"] == f"{ABOUT} Vi har funnits sedan 1990."
    assert v["works_against_segregation"] is True


# --- a heading in two parts parted by a dash, alone above its paragraph ----------------------

def test_a_dashed_heading_line_over_the_yes_no_and_how():
    body = ("Hej!\n\nJag börjar med det som känns viktigast för oss.\n\n"
            "Hinder och möjligheter\nHindret är lokalen. Möjligheten är alla som vill vara med.\n\n"
            f"Om oss\n{ABOUT}\n\n"
            f"Segregation – ja eller nej och i så fall hur\nJa. {SINGS}\n\nMvh\nLena")
    ex = extract(body)
    assert values(ex) == {
        "about": ABOUT, "works_against_segregation": True, "how": SINGS,
        "obstacles_opportunities": "Hindret är lokalen. Möjligheten är alla som vill vara med.",
    }
    assert "unassigned_text" not in codes(ex)  # where the writer starts is a note on the order


def test_a_dashed_heading_line_in_english():
    body = (f"Hi,\n\nAbout us\n{ABOUT}\n\nSegregation - yes or no, and how\nYes. {SINGS}\n\n"
            "Obstacles and opportunities\nHindret är lokalen. Möjligheten är alla som vill.\n\n"
            "Best\nLena")
    v = values(extract(body))
    assert (v["works_against_segregation"], v["how"]) == (True, SINGS)


def test_a_label_with_its_answer_after_a_dash_is_no_heading_line():
    # the words after the dash end in a stop: they are the answer, on the label's line
    body = (f"Hej!\n\nOm oss – {ABOUT}\n\nSegregation – Ja.\n\nHur – {SINGS}\n\n"
            "Hinder – Lokalen är för dyr för oss.\n\nMvh Lena")
    v = values(extract(body))
    assert (v["about"], v["works_against_segregation"], v["how"]) == (ABOUT, True, SINGS)


# --- a topic label over the yes/no and its follow-up, the answer speaking of the question -----


@pytest.mark.parametrize(("body", "want"), [
    ("Hej!\n\nOm oss: En kör i Husie med 25 sångare som övar varje onsdag.\n\n"
     "Segregation: Den frågan har vi inte funderat så mycket på. Alla är välkomna att "
     "sjunga hos oss.\n\nHinder och möjligheter: Vi saknar en egen lokal.\n\n/Eva",
     "Den frågan har vi inte funderat så mycket på. Alla är välkomna att sjunga hos oss."),
    ("Hello,\n\nAbout the club: A badminton club in Kirseberg with 50 players.\n\n"
     "Segregation: We never discussed that question in the board. Anyone can book a court "
     "and play with us.\n\nObstacles and opportunities: Courts are expensive. Many want to "
     "start.\n\nKind regards,\nNguyen",
     "We never discussed that question in the board. Anyone can book a court and play "
     "with us."),
])
def test_a_topic_label_whose_answer_speaks_of_the_question_is_the_follow_up(body, want):
    v = values(extract(body))
    assert v["how"] == want
    assert v["works_against_segregation"] is None
    assert v["about"].endswith(("onsdag.", "50 players."))


def test_a_label_line_about_answering_later_is_still_no_answer():
    ex = extract("Hej!\n\nOm oss: En kör i Husie med 25 sångare som övar varje onsdag.\n\n"
                 "Segregation: Ja, det gör vi genom att sjunga med en kör i Rosengård.\n\n"
                 "Obs: frågan om hinder återkommer vi till efter styrelsemötet i mars.\n\n/Eva")
    assert values(ex)["obstacles_opportunities"] is None


def test_a_reply_opening_with_the_last_questions_heading_goes_back_for_the_rest() -> None:
    ex = extract(
        "Hej,\n\nVi svarar på det vi kan.\n\nHinder och möjligheter\n"
        "Lokalen är för liten och hyran är dyr. Det fina är att alla kan vara med.\n\n"
        "Om gillet\nVi är ett kooperativ med 40 medlemmar som delar en verkstad för trä "
        "och keramik.\n\nHälsningar Göran")
    got = values(ex)
    assert got["obstacles_opportunities"].startswith("Lokalen är för liten")
    assert got["about"].startswith("Vi är ett kooperativ")
    # "Om gillet" names no question: placed by order, shown; the note is no text left over
    assert "by_position" in codes(ex) and "unassigned_text" not in codes(ex)


def test_the_number_nouns_trean_and_fyran_as_labels_name_their_questions():
    ex = extract("Hej igen,\n\nsom utlovat kommer här resten.\n\nTrean: Vi lagar cyklar "
                 "bredvid varandra, pensionärer och nyanlända.\n\nFyran - Hindret är att "
                 "källaren inte är tillgänglig.\n\nHälsningar\nLinnea")
    v = values(ex)
    assert v["how"] == "Vi lagar cyklar bredvid varandra, pensionärer och nyanlända."
    assert v["obstacles_opportunities"] == "Hindret är att källaren inte är tillgänglig."
    assert v["about"] is None


def test_a_number_noun_inside_a_sentence_is_no_label():
    ex = extract("1. Vi är en kör.\n\n2. Ja.\n\n3. Trean i laget är från Rosengård, vi "
                 "blandar alla.\n\n4. Inga hinder.\n\n/Eva")
    assert values(ex)["how"] == "Trean i laget är från Rosengård, vi blandar alla."


# --- a short question of the writer's own after the number, the answer after it (unseen50) ---

def test_short_own_questions_after_the_numbers_are_headings() -> None:
    got = values_of(
        "Hej!\n\n1. Vilken verksamhet har ni? Vi driver en loppis i Västra Innerstaden, "
        "öppen varje lördag.\n\n"
        "2. Jobbar ni mot segregation? Ja\n\n"
        "3. På vilket sätt? Alla kan skänka och handla, och vi har volontärer från tio länder.\n\n"
        "4. Hinder och möjligheter? Lokalhyran är ett hinder. Möjligheten är fler volontärer.\n\n"
        "Hälsningar\nMaja\n")
    assert got == {
        "about": "Vi driver en loppis i Västra Innerstaden, öppen varje lördag.",
        "works_against_segregation": True,
        "how": "Alla kan skänka och handla, och vi har volontärer från tio länder.",
        "obstacles_opportunities": "Lokalhyran är ett hinder. Möjligheten är fler volontärer.",
    }


def test_a_question_opening_an_answer_that_names_no_question_stays() -> None:
    # "Vad är en loppis?" asks nothing the survey asks: the writer's own words, kept
    got = values_of(
        "1. Vad är en loppis? En second hand-butik där allt skänks.\n2. Ja\n"
        "3. Vi har volontärer från tio länder.\n4. Lokalhyran.\n")
    assert got["about"] == "Vad är en loppis? En second hand-butik där allt skänks."


# --- a paragraph speaking of a question between two labelled answers (unseen55) ----------------

_OBST = "Det är svårt för oss äldre att ta oss till stan. Men vi vill gärna träffa andra."


@pytest.mark.parametrize("aside", [
    "Segregation har vi inte funderat så mycket på, vi är mest pensionärer från Oxie.",
    "Segregation is not something we have thought much about, we are mostly pensioners.",
])
def test_a_paragraph_speaking_of_a_question_in_the_gap_is_no_part_of_the_answer_above(aside):
    ex = extract(f"Hej,\n\nOm oss: {ABOUT}\n\n{aside}\n\nHinder och möjligheter: {_OBST}\n\n"
                 "Mvh Birgit")
    got = values(ex)
    assert (got["about"], got["obstacles_opportunities"]) == (ABOUT, _OBST)
    # where it belongs is not said: left to no answer, and shown
    assert got["works_against_segregation"] is None and got["how"] is None
    assert "unassigned_text" in codes(ex)


def test_a_second_paragraph_on_the_answers_own_matter_stays_in_it():
    more = "Föreningen startade 1982 och har en egen lokal vid torget."
    got = values_of(f"Hej,\n\nOm oss: {ABOUT}\n\n{more}\n\nHinder och möjligheter: {_OBST}\n\n"
                    "Mvh Birgit")
    assert got["about"] == f"{ABOUT} {more}"


# --- "Om hinder: ..." opening a paragraph read in order: what it is about, a label -----------
# (unseen61 41: one word of the question after "Om" is enough; "Om vi ...", "Om ja:" stay)

@pytest.mark.parametrize(("label", "rest"), [
    ("Om hinder:", "vi har ingen egen lokal och få ledare."),
    ("Angående hindren:", "lokalen är för liten för alla som vill."),
    ("About obstacles:", "we have no money for a hall of our own."),
])
def test_an_about_label_opening_the_last_paragraph_is_no_part_of_it(label, rest):
    got = values(extract(
        f"Hej!\n\n{CHOIR}\n\nJa, det gör vi. {SINGS}\n\n{label} {rest}\n\nHälsningar\nBo"))
    assert got["obstacles_opportunities"] == rest


def test_an_if_clause_before_a_colon_in_the_last_paragraph_stays():
    last = "Om vi får önska: en större lokal i Fosie."
    got = values(extract(f"Hej!\n\n{CHOIR}\n\nJa, det gör vi. {SINGS}\n\n{last}\n\nHälsningar\nBo"))
    assert got["obstacles_opportunities"] == last
