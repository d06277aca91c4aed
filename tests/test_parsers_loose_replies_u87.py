"""Loose replies written as people talk (unseen87): what is said before the story starts in
the first paragraph, a yes/no asked back and answered open in a sentence of its own, and a
list the client drew inside a paragraph read at its sentences. Written in other words than
the corpus, Swedish and English."""

from __future__ import annotations

import pytest
from helpers import codes, extract

from svarsinkorg.parsers.framing import _frames_opening

# --- said before the story starts, opening the first paragraph (framing.py) -----------------


@pytest.mark.parametrize("lead", [
    "Här kommer några rader från oss på Kirsebergs Boulesällskap.",  # a few lines from us
    "Here are a few lines from us at the boules club.",
    "Nu har vi pratat ihop oss i styrelsen.",  # the board has talked: how the reply came about
    "Now we have talked it over in the board.",
    "Hej, här är vårt svar.",  # a lead-in to the answers after the greeting on its line
    "Hi, here are our answers.",
])
def test_a_lead_in_opening_the_first_paragraph_is_no_part_of_answer_one(lead: str) -> None:
    about = ("Vi är ett boulesällskap med 45 medlemmar som spelar på Kirsebergs torg varje "
             "söndag året runt.")
    ex = extract(
        f"{lead} {about}\n\n"
        "Ja, det gör vi. Alla får låna klot och vi har spelat med SFI-klasser i våras.\n\n"
        "Det svåra är att få unga att komma, men torget är en bra plats att synas på.\n\n"
        "Hälsningar\nBengt")
    assert ex.answers["about"].value == about
    assert ex.answers["works_against_segregation"].value is True


@pytest.mark.parametrize("intro", ["Sara här, en av tränarna.", "Sam here, one of the coaches."])
def test_a_name_then_here_in_a_paragraph_of_its_own_introduces_the_writer(intro: str) -> None:
    about = "Vi är en simklubb i Husie med 90 barn och tio ledare."
    ex = extract(
        f"Hej!\n\n{intro}\n\n{about}\n\n"
        "Ja, det gör vi. Vi har simskola för nyanlända familjer varje lördag.\n\n"
        "Hindret är badtiderna, möjligheten är alla föräldrar som vill hjälpa till.\n\n"
        "Mvh Sara")
    assert ex.answers["about"].value == about


@pytest.mark.parametrize("sentence", [
    "Vi här i Holma har en stark gemenskap.",  # a pronoun and a place word: no name
    "Nu har vi fått en ny lokal på Sevedsgatan med plats för 40 barn.",  # news, no board talk
    "Här kommer barnen varje tisdag för att spela.",  # "här kommer" of the association
])
def test_sentences_of_the_association_are_no_lead_in(sentence: str) -> None:
    assert not _frames_opening(sentence)


# --- the yes/no asked back, then its answer left open in a sentence of its own (prose.py) ---


@pytest.mark.parametrize("asked, open_yes, how", [
    ("Om vi motverkar segregation?", "Ja, kanske på vårt eget sätt.",
     "Vi har startat en läsecirkel ihop med biblioteket där alla är välkomna."),
    ("Do we work against segregation?", "Yes, maybe in our own small way.",
     "We have started a reading circle with the library where everyone is welcome."),
])
def test_an_open_yes_after_the_question_asked_back_leaves_the_how(asked, open_yes, how) -> None:
    about = "Vi är en förening för pensionärer i Kirseberg med 120 medlemmar."
    ex = extract(f"Hej!\n\n{about}\n\n{asked} {open_yes} {how}\n\nHälsningar\nBirgitta")
    assert ex.answers["about"].value == about
    # 'kanske'/'maybe' leans: undecided, and shown
    assert ex.answers["works_against_segregation"].value is None
    assert ex.answers["how"].value == how  # no part of the open yes in the how
    assert {"ambiguous", "by_position"} <= codes(ex)


# --- a list the client drew inside a paragraph read at its sentences (answers.py) -----------


def test_drawn_list_marks_are_dropped_when_a_paragraph_is_split_at_its_sentences() -> None:
    ex = extract(
        "Hej!\n\n"
        "Vi är en studieförening i Lindängen med sex cirklar i svenska och data.\n\n"
        "Jag skulle säga att vi arbetar mot segregation, ja. Så här går det till:\n"
        "  •\tVarje cirkel blandar nya och gamla malmöbor.\n"
        "  •\tVi byter lokal varje termin.\n\n"
        "Det svåra är lokalerna på kvällstid.\n\nHälsningar\nAnna")
    how = ex.answers["how"].value
    assert how is not None and "•" not in how
    assert how.endswith("Så här går det till: Varje cirkel blandar nya och gamla malmöbor. "
                        "Vi byter lokal varje termin.")


def test_a_typed_bullet_in_a_split_paragraph_stays() -> None:
    ex = extract(
        "Hej!\n\n"
        "Vi är en studieförening i Lindängen med sex cirklar i svenska och data.\n\n"
        "Jag skulle säga att vi arbetar mot segregation, ja. Så här går det till:\n"
        "• Varje cirkel blandar nya och gamla malmöbor.\n"
        "• Vi byter lokal varje termin.\n\n"
        "Det svåra är lokalerna på kvällstid.\n\nHälsningar\nAnna")
    how = ex.answers["how"].value
    assert how is not None and "• Varje cirkel" in how  # typed marks are the writer's


# --- candour closing the yes/no's sentence that opens the follow-up's paragraph (prose.py) --


@pytest.mark.parametrize("said, value", [
    ("Nej, inte direkt, om jag ska vara ärlig.", False),
    ("No, not really, if I'm honest.", False),
    ("Ja, det gör vi, om sanningen ska fram.", True),
])
def test_candour_after_the_yes_or_no_is_no_part_of_the_follow_up(said: str, value) -> None:
    why = "Vi är alla grannar i samma villaområde och frågan har aldrig kommit upp i styrelsen."
    ex = extract(
        "Hej!\n\nVi är en pensionärsförening i Oxie med 200 medlemmar och resor varje vår.\n\n"
        f"{said} {why}\n\nHindret är att vi inte vet hur man börjar.\n\nHälsningar\nSven")
    assert ex.answers["works_against_segregation"].value is value
    assert ex.answers["how"].value == why
    assert "by_position" in codes(ex)  # paragraphs in order: a guess, shown


# --- the yes/no said back in the writer's words, the answer word after it (answers.py) ------


@pytest.mark.parametrize("heading_how, said, how", [
    ("*Så jobbar vi*", "Vi räknar oss till dem som motverkar segregation, ja.",
     "Vi spelar våra pjäser i Rosengård och i centrum och bjuder publiken emellan."),
    ("*How we work*", "We count ourselves among those working against segregation, yes.",
     "We play in Rosengård and in the centre and bring the audiences across."),
])
def test_the_question_said_back_with_its_answer_word_is_no_how(heading_how, said, how) -> None:
    about = "Teater Västanvind är en amatörteater med 30 medlemmar i Lindängen."
    ex = extract(f"Hej!\n\n*Om oss*\n{about}\n\n{heading_how}\n{said} {how}\n\nKram Eva")
    assert ex.answers["about"].value == about
    assert ex.answers["works_against_segregation"].value is True
    assert ex.answers["how"].value == how
    assert "yes_no_from_prose" in codes(ex)  # taken from a sentence: shown

