"""A general mailbox by a new hand (unseen85, round 45): "frågor" said of the issues an
association works on ("driver frågor som rör ...") inside its description, and the
follow-up question's condition restated as its heading ("Om nej, varför?", "If yes, how?").
Other words than the corpus's, Swedish and English."""

from __future__ import annotations

import pytest
from helpers import codes, extract, values

from svarsinkorg.parsers.framing import META

# --- "frågor" as the issues worked on, inside a description ------------------------------------


@pytest.mark.parametrize("about", [
    "Vi är Rosengårds Tjejjour, en förening för unga tjejer 13-19 år. Vi ordnar läxhjälp, "
    "fikakvällar och driver frågor som rör tjejers trygghet i området.",
    "Vi är en hyresgästförening i Seved med 140 medlemmar. Vi engagerar oss i frågor kring "
    "boende, trappstädning och grönytor.",
    "We are Seved Youth Voices, a group run by young people aged 16-21. We make a radio show "
    "and speak up on questions that affect young people in our block.",
])
def test_issues_worked_on_stay_in_the_description(about: str) -> None:
    wish = ("Vi vill hellre ses och prata om resten än att skriva. Kan du komma till vår "
            "träff en tisdag?") if "Vi är" in about else \
        "We'd rather meet and talk about the rest than write. Could you come to a Tuesday meeting?"
    got = extract(f"Hej!\n\n{about}\n\n{wish}\n\n/Sara\n")
    assert values(got)["about"] == about  # the sentence naming the issues was dropped


@pytest.mark.parametrize("sentence", [
    "Om ni har frågor om enkäten, ring mig.",
    "Tack för frågorna!",
    "Vi tog frågorna på styrelsemötet.",
    "If you have any questions, call me.",
])
def test_the_survey_s_questions_stay_about_the_mail(sentence: str) -> None:
    assert META.search(sentence)


@pytest.mark.parametrize("sentence", [
    "Vi driver frågor som rör unga i Holma.",
    "Föreningen arbetar med frågor kring boende.",
    "We speak up on questions that affect young people.",
])
def test_issues_are_not_the_survey_s_questions(sentence: str) -> None:
    assert not META.search(sentence)


# --- the follow-up's condition restated as its heading ----------------------------------------

_ABOUT = "Vi är en liten sångkör i Limhamn med 25 sångare som övar varje onsdag kväll."
_WHY = "Vi har inte hunnit tänka på det. De flesta av oss har sjungit ihop i trettio år."
_OBST = "Det svåra är att hitta en lokal. Möjligheten är att skolan vill samarbeta med oss."
_ABOUT_EN = "We are a small choir in Limhamn with 25 singers who practise every Wednesday."
_HOW_EN = "We sing with the newcomers' class at the school once a month. Anyone may join."
_OBST_EN = "Finding a room is hard. The school wants to work with us, which is a chance."


@pytest.mark.parametrize("h1, h2, yes_no, h3, follow, h4, about, obst, want", [
    ("Vilka är ni?", "Arbetar ni mot segregation?", "Nej", "Om nej, varför?", _WHY,
     "Hinder och möjligheter?", _ABOUT, _OBST, False),
    ("Vilka är ni?", "Arbetar ni mot segregation?", "Ja", "Om ja, hur?",
     "Vi sjunger med språkklassen på skolan en gång i månaden. Alla får vara med.",
     "Hinder och möjligheter?", _ABOUT, _OBST, True),
    ("Who are you?", "Do you work against segregation?", "Yes", "If yes, how?", _HOW_EN,
     "Obstacles and opportunities?", _ABOUT_EN, _OBST_EN, True),
    ("Who are you?", "Do you work against segregation?", "No", "If no, why?", _HOW_EN,
     "Obstacles and opportunities?", _ABOUT_EN, _OBST_EN, False),
])
def test_the_follow_up_s_condition_as_its_heading(
        h1: str, h2: str, yes_no: str, h3: str, follow: str, h4: str, about: str, obst: str,
        want: bool) -> None:
    text = (f"Hej!\n\n{h1}\n{about}\n\n{h2}\n{yes_no}\n\n{h3}\n{follow}\n\n{h4}\n{obst}\n\n"
            "Hälsningar\nBo\n")
    got = extract(text)
    v = values(got)
    assert v["how"] == follow  # was "Om nej, varför? ...": the heading read as a plain no
    assert v["works_against_segregation"] is want
    assert v["obstacles_opportunities"] == obst
    assert "heading_at_start" not in codes(got)


def test_a_plain_no_asked_back_is_still_no_heading() -> None:
    # "Nej, varför?" opens no condition: a no said back, as before
    text = (f"Hej!\n\nVilka är ni?\n{_ABOUT}\n\nArbetar ni mot segregation?\nNej, varför?\n\n"
            f"Hinder och möjligheter?\n{_OBST}\n\nHälsningar\nBo\n")
    v = values(extract(text))
    assert v["works_against_segregation"] is False


# --- an idea closing the last answer, put as a question -----------------------------------------

_P1 = "Vi är en syförening i Fosie med 30 medlemmar. Vi träffas varje måndag i kyrkans lokal."
_P2 = ("Nej, det gör vi nog inte. Vi syr mest för basarer och har inte tänkt i de banorna. "
       "Men alla som vill får komma.")
_P1_EN = "We are a sewing circle in Fosie with 30 members. We meet every Monday in the church hall."
_P2_EN = ("No, not really. We sew for the bazaar and have not thought along those lines. "
          "But anyone who wants to may come.")


@pytest.mark.parametrize("p1, p2, p3, want", [
    (_P1, _P2, "Vi vet inte hur vi ska nå yngre. Kanske kunde kommunen tipsa om oss på "
     "biblioteket?", False),
    (_P1_EN, _P2_EN, "We don't know how to reach younger people. Maybe the city could tell "
     "people about us at the library?", False),
])
def test_an_idea_put_as_a_question_ends_the_last_answer(p1: str, p2: str, p3: str,
                                                         want: bool) -> None:
    got = extract(f"Hej!\n\n{p1}\n\n{p2}\n\n{p3}\n\nHälsningar\nGun\n")
    v = values(got)
    assert v["about"] == p1  # was the whole reply in answer 1: the "?" read as asking back
    assert v["works_against_segregation"] is want
    assert v["obstacles_opportunities"] == p3
    assert "by_position" in codes(got)  # read by order: still for a person to confirm


def test_a_question_to_the_reader_still_stops_the_reading_by_paragraphs() -> None:
    p3 = "Vi vet inte hur vi ska nå yngre. Kan du ringa mig om det?"
    v = values(extract(f"Hej!\n\n{_P1}\n\n{_P2}\n\n{p3}\n\nHälsningar\nGun\n"))
    assert v["obstacles_opportunities"] is None
