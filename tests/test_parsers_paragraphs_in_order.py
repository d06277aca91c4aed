"""Plain paragraphs in question order after a yes or no (issue 9, the kinds behind
unseen22's misses): after one labelled answer, under the yes/no question asked back, and a
bare yes said by the question's verb. Small replies in other words than the corpus's,
Swedish and English, values and review reasons asserted."""

from __future__ import annotations

import pytest
from helpers import QUOTE, REPO, codes, example_raw, values

from svarsinkorg.config import parse_config
from svarsinkorg.parsers.answers import extract_answers
from svarsinkorg.parsers.model import Extraction

# the example survey's questions with their aliases: the replies' labels are the reader's own
# ("Om föreningen:", "About us:"), as the config's aliases know them
ALIASED = parse_config(example_raw(), REPO / "config.toml").survey.questions


def extract(body: str) -> Extraction:
    return extract_answers(body + QUOTE, ALIASED)


# --- one labelled answer, then a paragraph saying yes or no and plain paragraphs in order ---

@pytest.mark.parametrize(("body", "want"), [
    ("Hej!\n\nOm föreningen: Vi är en syförening med 40 medlemmar i Rosengård.\n\n"
     "Om vi arbetar mot segregation, ja det skulle jag säga att vi gör.\n\n"
     "Vi syr tillsammans med kvinnor från hela stan varje onsdag.\n\n"
     "Hindret är lokalen, den är för liten. Möjligheten är alla som vill vara med.\n\n"
     "Hälsningar\nBirgitta",
     {"about": "Vi är en syförening med 40 medlemmar i Rosengård.",
      "works_against_segregation": True,
      "how": "Vi syr tillsammans med kvinnor från hela stan varje onsdag.",
      "obstacles_opportunities": "Hindret är lokalen, den är för liten. Möjligheten är alla "
                                 "som vill vara med."}),
    ("Hi,\n\nAbout us: We are a cricket club with 60 players from many countries.\n\n"
     "Yes, we do work against segregation.\n\n"
     "We train in Rosengård and play matches all over Skåne.\n\n"
     "The main obstacle is the lack of a pitch.\n\n"
     "Best regards,\nRavi",
     {"about": "We are a cricket club with 60 players from many countries.",
      "works_against_segregation": True,
      "how": "We train in Rosengård and play matches all over Skåne.",
      "obstacles_opportunities": "The main obstacle is the lack of a pitch."}),
])
def test_yes_no_paragraph_after_one_label_opens_the_rest_by_order(
        body: str, want: dict[str, object]) -> None:
    ex = extract(body)
    assert values(ex) == want
    assert "by_position" in codes(ex)  # placed by order: shown, not sure


def test_yes_no_paragraph_that_goes_on_holds_the_follow_up_too() -> None:
    ex = extract("Om oss: Vi är en fotbollsklubb med 200 barn.\n\n"
                 "Ja, det gör vi genom läxhjälp och gratis avgifter.\n\n"
                 "Hinder är att pengarna inte räcker till.\n\nHälsningar\nAnna")
    got = values(ex)
    assert got["about"] == "Vi är en fotbollsklubb med 200 barn."
    assert got["works_against_segregation"] is True
    assert "läxhjälp" in str(got["how"])
    assert got["obstacles_opportunities"] == "Hinder är att pengarna inte räcker till."
    assert "by_position" in codes(ex)


def test_yes_no_paragraph_then_a_wish_to_tell_the_rest_in_person() -> None:
    ex = extract("Hejsan\n\nKort om föreningen: Vi är en judoklubb med 80 barn.\n\n"
                 "Ja vi jobbar mot segregation, helt klart. Men resten berättar vi hellre "
                 "muntligt, kom gärna förbi en träning!\n\nMehmet")
    got = values(ex)
    assert got["about"] == "Vi är en judoklubb med 80 barn."
    assert got["works_against_segregation"] is True
    assert got["how"] is None and got["obstacles_opportunities"] is None
    assert ex.wants_interview is True


def test_a_paragraph_opening_with_yes_that_answers_nothing_stays_put() -> None:
    # "Yes, we sing ..." says yes to no question: not read as the yes/no's answer
    ex = extract("About us: we are a choir of 30 singers.\n\n"
                 "Yes, we sing mostly classical music and some pop.\n\nBest,\nEva")
    assert values(ex)["works_against_segregation"] is None
    assert ex.reasons  # the unanswered questions are shown


# --- a yes said by the question's verb with a pronoun object ------------------------------

@pytest.mark.parametrize(("body", "want"), [
    ("Jajamensan, vi jobbar med det hela tiden i hallen.\n/Sune", True),
    ("Jadå, vi arbetar mot det varje vecka.\n/Lena", True),
    ("Yes, we work on it all the time at the club.\n/Kim", True),
])
def test_a_bare_yes_said_by_the_verb_and_a_pronoun(body: str, want: bool) -> None:
    ex = extract(body)
    got = values(ex)
    assert got["works_against_segregation"] is want
    assert got["about"] is None and got["how"] is None


# --- the yes/no question asked back, answered in one hedged sentence, paragraphs after -----

@pytest.mark.parametrize(("body", "want"), [
    ("Hej,\n\nOm oss: vi är en schackklubb med 50 medlemmar.\n\n"
     "Arbetar vi mot segregation? Ja, det tror jag nog att vi gör.\n\n"
     "Vi spelar turneringar i alla stadsdelar.\n\n"
     "Hindret är pengar, möjligheten är intresset.\n\nMvh\nOla",
     ("Vi spelar turneringar i alla stadsdelar.",
      "Hindret är pengar, möjligheten är intresset.")),
    ("Hello,\n\nAbout us: we are a dance group of 25 young people.\n\n"
     "Do we work against segregation? Yes, I believe we do, in our way.\n\n"
     "We dance together in Rosengård and in the city centre.\n\n"
     "The obstacle is time, the opportunity is the music.\n\nBest,\nSara",
     ("We dance together in Rosengård and in the city centre.",
      "The obstacle is time, the opportunity is the music.")),
])
def test_hedged_yes_under_the_question_asked_back_then_paragraphs_in_order(
        body: str, want: tuple[str, str]) -> None:
    ex = extract(body)
    got = values(ex)
    assert got["works_against_segregation"] is True
    assert (got["how"], got["obstacles_opportunities"]) == want
    assert "by_position" in codes(ex)


# --- three paragraphs, the yes said back with a concession opening the follow-up's ---------

@pytest.mark.parametrize(("yes", "how"), [
    ("Ja, det gör vi, även om vi sällan kallar det så.",
     "Vi har öppna träningar där alla barn i området är välkomna."),
    ("Jo, det gör vi, även om vi inte har skrivit det någonstans.",
     "Vi lagar mat ihop med föreningar från andra stadsdelar."),
    ("Yes we do, even if we don't call it that.",
     "We run open practices where every kid in the area is welcome."),
    # said back as what the writer would say of it
    ("Ja, det skulle jag säga att vi gör, även om det inte var därför vi startade.",
     "På träningarna blandas barn från hela stan."),
    ("Yes, I would say we do, even if that is not why we started.",
     "Our practices mix kids from all over town."),
])
def test_a_yes_said_back_with_a_concession_opens_the_follow_up(yes: str, how: str) -> None:
    ex = extract(f"Hej!\n\nVi är en idrottsförening i Holma med 120 medlemmar.\n\n{yes} {how}"
                 "\n\nDet svåra är att hitta ledare. Möjligheten är alla föräldrar som vill."
                 "\n\nHälsningar\nStyrelsen")
    got = values(ex)
    assert got["works_against_segregation"] is True
    # the sentence stays the follow-up's, whole (not "Det gör vi, ..." cut out of it)
    assert got["how"] == f"{yes} {how}"
    assert not codes(ex) & {"by_position", "yes_no_from_prose"}


def test_a_hedged_yes_with_a_concession_stays_a_doubt() -> None:
    ex = extract("Hej!\n\nVi är en idrottsförening i Holma med 120 medlemmar.\n\n"
                 "Ja, det gör vi nog, även om vi sällan kallar det så. Vi har öppna träningar."
                 "\n\nDet svåra är att hitta ledare. Möjligheten är alla föräldrar som vill."
                 "\n\nHälsningar\nStyrelsen")
    assert values(ex)["works_against_segregation"] is True
    assert codes(ex) & {"by_position", "yes_no_from_prose"}
# --- lower-case paragraphs: the yes said over again is no part of the follow-up -----------

@pytest.mark.parametrize(("body", "want_how"), [
    ("hej!\n\nvi är en schackklubb i Rosengård med ett sextiotal barn.\n\n"
     "ja, det gör vi hela tiden. vi spelar turneringar mot klubbar i andra delar av stan.\n\n"
     "hinder är pengar, möjligheter är alla barn som vill lära sig.\n\nmvh Ali",
     "vi spelar turneringar mot klubbar i andra delar av stan."),
    ("hej\n\nvi är en syförening med fyrtio medlemmar i Lindängen.\n\n"
     "ja, vi arbetar aktivt med det. vi syr ihop med kvinnor från hela stan.\n\n"
     "hindret är lokalen, möjligheten är alla som vill vara med.\n\n/Birgitta",
     "vi syr ihop med kvinnor från hela stan."),
    ("hi\n\nwe are a cricket club with sixty players.\n\n"
     "yes, we work on it every week. we play matches against clubs from other parts of town.\n\n"
     "the obstacle is money, the opportunity is all the kids who want to play.\n\nbest, Ravi",
     "we play matches against clubs from other parts of town."),
])
def test_lower_case_yes_said_again_then_how(body: str, want_how: str) -> None:
    ex = extract(body)
    got = values(ex)
    assert got["works_against_segregation"] is True
    assert got["how"] == want_how
    assert got["about"] is not None and got["obstacles_opportunities"] is not None


# --- a one-line yes with a short note that more can come (unseen28) -----------------------

@pytest.mark.parametrize("body", [
    "Ja vi arbetar med det varje dag. Hör av er om ni vill veta mer\n\n/Sune, Hyllie IF",
    "Jadå, det gör vi hela tiden. Återkommer gärna om ni undrar något\n\n/Lena",
    "Yes, we work on it every week. Let me know if you need more\n\n/Kim",
])
def test_a_one_line_yes_and_a_note_that_more_can_come(body: str) -> None:
    ex = extract(body)
    got = values(ex)
    assert got["works_against_segregation"] is True
    assert got["about"] is None and got["how"] is None
    assert "unassigned_text" not in codes(ex)


def test_a_one_line_yes_and_more_said_stays_no_plain_yes() -> None:
    ex = extract("Ja vi arbetar med det varje dag. Vi har läxhjälp för barn i tre "
                 "stadsdelar och en kör.\n\n/Sune")
    assert ex.reasons  # more than the yes: shown


# --- one label, then one paragraph opening with a clear yes and a wish to talk (unseen28) --

@pytest.mark.parametrize("body", [
    "Hej!\n\nKort om oss: Vi är en judoklubb i Rosengård med 80 barn.\n\n"
    "Och ja, vi arbetar mot segregation. Men resten berättar vi hellre muntligt, "
    "kom gärna förbi en träning.\n\nMehmet",
    "Hi!\n\nAbout us: We are a judo club in Rosengård with 80 children.\n\n"
    "And yes, we work against segregation. We would prefer to answer the rest in an "
    "interview.\n\nMehmet",
])
def test_one_label_then_a_clear_yes_paragraph_is_placed_by_its_words(body: str) -> None:
    ex = extract(body)
    got = values(ex)
    assert got["works_against_segregation"] is True
    assert got["how"] is None and got["obstacles_opportunities"] is None
    assert ex.wants_interview
    assert "by_position" not in codes(ex)


def test_one_label_then_a_hedged_yes_paragraph_stays_by_position() -> None:
    ex = extract("Kort om oss: Vi är en judoklubb i Rosengård med 80 barn.\n\n"
                 "Om vi arbetar mot segregation, ja det tycker jag nog. Men resten berättar "
                 "vi hellre muntligt.\n\nMehmet")
    assert ex.reasons  # a hedged yes placed after the label: shown


# --- a greeting in any language as a paragraph of its own above plain paragraphs ------------

@pytest.mark.parametrize("greeting", ["Hej,", "Hello,", "Bäste samordnare,", "Buongiorno!",
                                      "Привет,", "שלום"])
def test_greeting_alone_above_paragraphs_in_order_is_no_part_of_answer_one(
        greeting: str) -> None:
    # the greeting has a paragraph of its own: by its shape (one or two words ending in "," or
    # "!", or one word of a script without capitals) it frames the reply, it opens no answer
    body = (f"{greeting}\n\nVi är en boxningsklubb i Kroksbäck med 80 medlemmar.\n\n"
            "Ja, det gör vi.\n\n"
            "Vi tränar blandade grupper och tar in unga från alla skolor i området.\n\n"
            "Hindret är lokalhyran. Möjligheten är att tjejerna blir fler.\n\n"
            "Hälsningar\nNoor")
    ex = extract(body)
    assert values(ex) == {
        "about": "Vi är en boxningsklubb i Kroksbäck med 80 medlemmar.",
        "works_against_segregation": True,
        "how": "Vi tränar blandade grupper och tar in unga från alla skolor i området.",
        "obstacles_opportunities": "Hindret är lokalhyran. Möjligheten är att tjejerna blir fler.",
    }
    assert "by_position" not in codes(ex)


def test_a_short_first_paragraph_that_is_a_sentence_stays_an_answer() -> None:
    # a short first paragraph ending in a full stop is a sentence, not a greeting: it stays
    body = ("Vi spelar fotboll.\n\nJa.\n\nVi blandar lagen från olika skolor.\n\n"
            "Hinder är pengar och möjligheter är föräldrarna.")
    assert values(extract(body))["about"] == "Vi spelar fotboll."


# --- the yes/no question asked back and answered with a hedge, then paragraphs in order -----

@pytest.mark.parametrize(("hedged", "value", "code"), [
    ("Do we work against segregation? Partly, yes.", True, "yes_no_hedged"),
    ("Arbetar vi mot segregation? Delvis.", None, "ambiguous"),
    ("Arbete mot segregation? Ja, i viss mån.", True, "yes_no_hedged"),
    ("Jobbar vi mot segregation? Både ja och nej.", None, "ambiguous"),
])
def test_paragraphs_after_a_hedged_yes_no_still_answer_in_order(hedged, value, code):
    ex = extract("Hej,\n\nVi är en schackklubb som träffas på biblioteket varje torsdag.\n\n"
                 f"{hedged}\n\nVi bjuder in andra klubbar till turneringar två gånger om året.\n\n"
                 "Hindret är språket. Möjligheten är ett nätverk mellan klubbarna.\n\nTom")
    got = values(ex)
    # a hedged yes is the yes, its hedge shown; undecided ("Delvis." alone): a person decides
    assert got["works_against_segregation"] is value
    assert got["about"] == "Vi är en schackklubb som träffas på biblioteket varje torsdag."
    assert got["how"] == "Vi bjuder in andra klubbar till turneringar två gånger om året."
    assert got["obstacles_opportunities"] == (
        "Hindret är språket. Möjligheten är ett nätverk mellan klubbarna.")
    assert code in codes(ex)


# --- a plain no narrowed by "inte aktivt" in its own paragraph pins the order (unseen30) ------

_CLUB = "Västra Hamnens Seglarklubb har ett hundratal medlemmar och en bryggplats i Dockan."
_WHY = "Ärligt talat har vi inte jobbat med det. Medlemmarna bor mest i Västra Hamnen."
_OBST = "Möjligheten vore att samarbeta med skolor, men hindret är att båtar kostar."


@pytest.mark.parametrize("no", [
    "Nej, vi arbetar inte aktivt mot segregation.",
    "Nej, det gör vi inte riktigt.",
])
def test_a_no_narrowed_by_not_actively_is_a_plain_no_in_its_place(no: str) -> None:
    ex = extract(f"Hej!\n\n{_CLUB}\n\n{no}\n\n{_WHY}\n\n{_OBST}\n\nHälsningar\nJohan")
    got = values(ex)
    assert got["works_against_segregation"] is False
    assert got["how"] == _WHY and got["obstacles_opportunities"] == _OBST
    assert "by_position" not in codes(ex)


def test_a_narrowed_no_in_english_in_its_place_is_plain_too() -> None:
    ex = extract("Hi!\n\nWe are a sailing club in the Western Harbour with about a hundred "
                 "members.\n\nNo, we are not really working against segregation.\n\nHonestly we "
                 "have not worked on it. Our members mostly live nearby.\n\nThe obstacle is that "
                 "boats cost a lot, the opportunity would be working with schools.\n\nBest\nJohan")
    assert values(ex)["works_against_segregation"] is False
    assert "by_position" not in codes(ex)


def test_the_same_narrowing_after_a_yes_still_leaves_the_order_in_doubt() -> None:
    ex = extract(f"Hej!\n\n{_CLUB}\n\nJa, vi arbetar inte aktivt med det.\n\n{_WHY}\n\n{_OBST}"
                 "\n\nHälsningar\nJohan")
    assert "by_position" in codes(ex)


# --- a note that nothing more is to be said closes the reply: no answer ----------------------


@pytest.mark.parametrize("note", [
    "Tyvärr har vi inte så mycket mer att säga.",
    "Mer än så har vi inte att berätta.",
    "Det var allt från oss.",
    "That's all we have to say.",
])
def test_a_note_that_nothing_more_is_said_is_no_answer(note):
    ex = extract("Hej!\n\nVi är en bridgeklubb i Limhamn med 120 medlemmar.\n\nJa\n\n"
                 f"Vi har nybörjarkurser på lätt svenska.\n\n{note}\n\nHälsningar\nGöran")
    got = values(ex)
    assert got["about"] == "Vi är en bridgeklubb i Limhamn med 120 medlemmar."
    assert got["how"] == "Vi har nybörjarkurser på lätt svenska."
    assert got["obstacles_opportunities"] is None


def test_all_in_a_closing_sentence_that_goes_on_is_an_answer():
    # "Det var allt vi ..." goes on to say something: not the note
    ex = extract("Hej!\n\nVi är en bridgeklubb i Limhamn med 120 medlemmar.\n\nJa\n\n"
                 "Vi har nybörjarkurser på lätt svenska.\n\nDet var allt vi hade råd med, "
                 "lokalen är dyr.\n\nHälsningar\nGöran")
    assert values(ex)["obstacles_opportunities"] == "Det var allt vi hade råd med, lokalen är dyr."


# --- prose taken as question 1 ends before a paragraph on the yes/no question's topic --------


@pytest.mark.parametrize("topic_par", [
    "Segregation är inte något vi har pratat om i styrelsen. Men vem som helst kan komma.",
    "Segregation is nothing our board has talked about. But anyone can come and play.",
])
def test_prose_read_as_about_stops_at_the_yes_no_topic(topic_par):
    ex = extract("Hej!\n\nVi är ett gäng boulespelare, mest pensionärer, som spelar vid "
                 f"kyrkan året runt. Ungefär 45 medlemmar.\n\n{topic_par}\n\nHälsningar\nGunnel")
    got = values(ex)
    assert got["about"] == ("Vi är ett gäng boulespelare, mest pensionärer, som spelar vid "
                            "kyrkan året runt. Ungefär 45 medlemmar.")
    assert got["how"] is None and got["works_against_segregation"] is None
    # the paragraph left over is shown, not lost
    assert "unassigned_text" in codes(ex)


@pytest.mark.parametrize("last", [
    "Det var allt för dyrt att hyra en lokal i fjol.",
    "Mer än så har vi inte råd med, lokalen kostar.",
    "That's all we can afford, the hall is expensive.",
])
def test_a_last_answer_that_only_opens_like_a_closing_stays(last):
    ex = extract("Hej!\n\nVi är en bridgeklubb i Limhamn med 120 medlemmar.\n\nJa\n\n"
                 f"Vi har nybörjarkurser på lätt svenska.\n\n{last}\n\nHälsningar\nGöran")
    assert values(ex)["obstacles_opportunities"] == last


# --- a phone's reply: one line per answer, no blank line between, one fewer than asked -------

CLUB = "Bunkeflo IBK har 300 spelare i innebandy, från knattar till damlag och herrlag."
TEAMS = "Vi har lag som tränar både i Bunkeflostrand och i Holma och byter hallar mellan lagen."
HALLS = "Svårt med halltider och ledare. Bra att skolorna vill vara med."


@pytest.mark.parametrize("yes", ["Ja, det gör vi.", "Jag skulle säga ja, på vårt sätt."])
def test_lines_without_blank_lines_read_as_paragraphs(yes):
    body = f"Hej\n\n{CLUB}\n{yes} {TEAMS}\n{HALLS}\n\nMvh Johan\nBunkeflo IBK"
    ex = extract(body)
    v = values(ex)
    assert (v["about"], v["works_against_segregation"], v["obstacles_opportunities"]) == (
        CLUB, True, HALLS)
    assert v["how"].endswith(TEAMS)


def test_the_hedged_yes_on_its_line_is_flagged():
    body = f"Hej\n\n{CLUB}\nJag skulle säga ja, på vårt sätt. {TEAMS}\n{HALLS}\n\nMvh Johan"
    assert "yes_no_from_prose" in codes(extract(body))


def test_a_paragraph_wrapped_by_the_client_is_no_lines_of_answers():
    # lines that do not end where a sentence ends are one paragraph wrapped
    body = ("Hej\n\nBunkeflo IBK har 300 spelare i innebandy, från knattar till\n"
            "damlag och herrlag, och vi arbetar mot segregation genom att\n"
            "lagen byter hallar. Svårt med halltider och ledare.\n\nMvh Johan")
    assert values(extract(body))["obstacles_opportunities"] is None


@pytest.mark.parametrize("said", [
    "Om ni undrar om vi motverkar segregation så är svaret ja.",
    "Jag skulle säga ja, på vårt sätt.",
])
def test_the_answer_word_said_as_the_writers_stays_in_the_follow_up(said):
    body = f"Hej\n\n{CLUB}\n\n{said} {TEAMS}\n\n{HALLS}\n\nMvh Johan"
    ex = extract(body)
    v = values(ex)
    assert (v["works_against_segregation"], v["how"]) == (True, f"{said} {TEAMS}")
    assert "yes_no_from_prose" in codes(ex)


def test_a_plain_yes_sentence_opening_the_follow_up_is_still_the_yes_no_alone():
    body = f"Hej\n\n{CLUB}\n\nJa, det gör vi. {TEAMS}\n\n{HALLS}\n\nMvh Johan"
    v = values(extract(body))
    assert (v["works_against_segregation"], v["how"]) == (True, TEAMS)


@pytest.mark.parametrize("opening", [
    "Nja.",
    "Om vi arbetar mot segregation? I viss mån, kanske.",
    "Partly, I would say.",
])
def test_a_hedged_or_both_ways_yes_no_opening_the_follow_ups_paragraph(opening: str) -> None:
    # three paragraphs for four questions: the yes/no's own short answer opens the third
    ex = extract(
        "Hej!\n\nVi är en pensionärsförening i Oxie med 150 medlemmar och träffas varje vecka.\n\n"
        f"{opening} Vi har medlemmar från många länder, men nya grupper hittar inte hit. "
        "I våras bjöd vi in en annan förening till en utflykt.\n\n"
        "Det som hindrar är språket, men utflykten visade att det går.\n\nHälsningar Gun")
    got = values(ex)
    assert got["works_against_segregation"] is None
    assert got["how"] == ("Vi har medlemmar från många länder, men nya grupper hittar inte "
                          "hit. I våras bjöd vi in en annan förening till en utflykt.")
    assert got["obstacles_opportunities"].startswith("Det som hindrar")
    # placed by the reader, both ways or hedged: a person decides
    assert {"by_position", "ambiguous"} <= codes(ex)



# --- a yes said over as what the writer would say, opening the follow-up (unseen43) ----------

_CAMP = "Vi har ett gemensamt läger med en kår från Seved varje sommar sedan några år."
_THREE = ("Hej,\n\nVi är en scoutkår i Oxie med sextio scouter och möten varje torsdag i "
          "stugan.\n\n{yes} " + _CAMP + "\n\nDet svåra är skjutsarna till lägren. Möjligheten "
          "är att barnen gärna blandar sig.\n\nHälsningar\nOskar")


@pytest.mark.parametrize("yes", [
    "Ja, det skulle vi säga att vi gör.",
    "Ja, det tycker vi att vi gör.",
    "Yes, I would say so.",
])
def test_a_yes_said_over_opening_the_follow_up_is_the_yes_no_and_confirms_the_order(yes):
    ex = extract(_THREE.format(yes=yes))
    v = values(ex)
    assert v["works_against_segregation"] is True
    assert v["how"] == _CAMP  # the yes said over explains nothing
    assert codes(ex) == set()


def test_a_hedged_yes_said_over_still_shows_the_doubt():
    ex = extract(_THREE.format(yes="Ja, det vill vi nog säga."))
    assert values(ex)["works_against_segregation"] is True
    assert "by_position" in codes(ex)


# --- plain paragraphs above the one heading found, a later question's (unseen50) ---

@pytest.mark.parametrize(("body", "want"), [
    # a closing sentence skipping the last question by its number is the only "heading"
    ("Hej!\n\nVi är en schackklubb i Kirseberg med ett femtiotal juniorer.\n\n"
     "Nej, det gör vi inte. Vi tar emot alla som vill spela och det räcker för oss.\n\n"
     "Fråga 4 hoppar vi över.\n\nMvh Göran\n",
     ("Vi är en schackklubb i Kirseberg med ett femtiotal juniorer.", False,
      "Vi tar emot alla som vill spela och det räcker för oss.", None)),
    # the last answer under its own heading, the others plain paragraphs over it
    ("Hej,\n\nVi är en kör i Oxie som sjunger på äldreboenden och i kyrkan.\n\n"
     "Ja. Vi har körkvällar på tre språk och bjuder in SFI-klasser att sjunga med.\n\n"
     "Hinder och möjligheter:\nLokalen kostar för mycket, men intresset är stort.\n\n"
     "Hälsningar\nEva\n",
     ("Vi är en kör i Oxie som sjunger på äldreboenden och i kyrkan.", True,
      "Vi har körkvällar på tre språk och bjuder in SFI-klasser att sjunga med.",
      "Lokalen kostar för mycket, men intresset är stort.")),
])
def test_paragraphs_above_a_later_heading_are_read_in_order(
        body: str, want: tuple[object, ...]) -> None:
    ex = extract(body)
    assert tuple(values(ex).values()) == want
    assert "by_position" in codes(ex)  # placed by order: still shown


def test_a_yes_line_leading_in_to_a_list_is_the_yes_and_the_list_the_how() -> None:
    body = ("Hej!\n\nVi är en fritidsgård för unga i Hermodsdal.\n\n"
            "Absolut, det gör vi genom:\n- läxhjälp två dagar i veckan\n- gratis sommarläger\n\n"
            "Det svåra är pengarna, det lätta är att unga vill komma.\n\n/Kim\n")
    got = values(extract(body))
    assert got["works_against_segregation"] is True
    assert got["how"] == "- läxhjälp två dagar i veckan - gratis sommarläger"
    assert got["obstacles_opportunities"] == (
        "Det svåra är pengarna, det lätta är att unga vill komma.")


# --- one label, a yes paragraph that says how, then a later question named by number ---------

@pytest.mark.parametrize(("body", "about", "how"), [
    ("Hej!\n\nKort om oss: Vi är en syförening med 40 medlemmar i Rosengård.\n\n"
     "Och ja, vi jobbar mot segregation. Vi syr tillsammans med kvinnor från hela stan.\n\n"
     "Fråga 4: Lokalen är för liten, men intresset växer.\n\nHälsningar\nBirgitta",
     "Vi är en syförening med 40 medlemmar i Rosengård.",
     "Vi syr tillsammans med kvinnor från hela stan."),
    ("Hi,\n\nAbout us: We are a cricket club with 60 players from many countries.\n\n"
     "And yes, we work against segregation. We play matches all over Skåne.\n\n"
     "Question 4: We have no pitch of our own, but many want to play.\n\nBest,\nRavi",
     "We are a cricket club with 60 players from many countries.",
     "We play matches all over Skåne."),
])
def test_yes_paragraph_between_a_label_and_a_later_numbered_answer(
        body: str, about: str, how: str) -> None:
    got = values(extract(body))
    assert got["about"] == about
    assert got["works_against_segregation"] is True
    assert got["how"] == how
    assert got["obstacles_opportunities"] is not None


# --- results the association sees are its own, not the survey's (unseen55) ---------------------

@pytest.mark.parametrize("last", [
    "Vi saknar pengar till mellanmål. Men skolorna ser resultaten och vill utöka samarbetet.",
    "We lack money for snacks. But the schools see the results and want more of it.",
])
def test_results_the_association_sees_end_its_last_answer_as_its_own(last):
    body = ("Hej!\n\nVi är studenter som ger gratis läxhjälp till barn i Holma tre dagar i "
            "veckan.\n\nJa, det är hela poängen. Barnen träffar studenter från andra delar av "
            f"stan.\n\n{last}\n\nHälsningar\nElin")
    ex = extract(body)
    assert values(ex)["obstacles_opportunities"] == last
    assert "by_position_confirmed" in ex.flags and "by_position" not in codes(ex)


def test_results_said_to_the_reader_still_close_the_mail():
    body = ("Hej!\n\nVi är studenter som ger gratis läxhjälp till barn i Holma tre dagar i "
            "veckan.\n\nJa, det är hela poängen. Barnen träffar studenter från andra delar av "
            "stan.\n\nVi saknar pengar. Lycka till med resultatet!\n\nHälsningar\nElin")
    assert "by_position_confirmed" not in extract(body).flags


# --- a label, a clear yes paragraph, the how, then a later label: the places are filled one
# each between two labels, so the order is sure (unseen60) ---------------------------------

@pytest.mark.parametrize(("body", "how"), [
    ("Hej!\n\nOm föreningen: Vi är en schackklubb med 50 medlemmar i Lindängen.\n\n"
     "Ja, vi arbetar verkligen mot segregation.\n\n"
     "Vi spelar turneringar med klubbar från Vellinge och Lund och lånar ut bräden till skolor.\n\n"
     "Hinder och möjligheter: Hindret är lokalhyran. Möjligheten är att schack inte kräver "
     "något språk.\n\nHälsningar\nGöran",
     "Vi spelar turneringar med klubbar från Vellinge och Lund och lånar ut bräden till skolor."),
    ("Hi,\n\nAbout us: We are a choir of 30 singers from twelve countries.\n\n"
     "And yes, we really work against segregation.\n\n"
     "We rehearse in Rosengård and sing at concerts in Limhamn and Bunkeflo.\n\n"
     "Obstacles and opportunities: Renting a hall is hard. Music needs no common "
     "language.\n\nBest,\nMaria",
     "We rehearse in Rosengård and sing at concerts in Limhamn and Bunkeflo."),
])
def test_paragraphs_filling_the_places_between_two_labels_are_sure(body: str, how: str) -> None:
    ex = extract(body)
    got = values(ex)
    assert got["works_against_segregation"] is True
    assert got["how"] == how
    assert got["obstacles_opportunities"] is not None
    assert "by_position" not in codes(ex) and "by_position_confirmed" in ex.flags


def test_paragraphs_running_to_the_end_with_no_later_label_stay_a_guess() -> None:
    body = ("Hej!\n\nOm föreningen: Vi är en schackklubb med 50 medlemmar i Lindängen.\n\n"
            "Ja, vi arbetar verkligen mot segregation.\n\n"
            "Vi spelar turneringar med klubbar från Vellinge och Lund.\n\n"
            "Lokalhyran är svår, men schack kräver inget språk.\n\nHälsningar\nGöran")
    got = values(extract(body))
    assert got["how"] == "Vi spelar turneringar med klubbar från Vellinge och Lund."
    assert "by_position" in codes(extract(body))
