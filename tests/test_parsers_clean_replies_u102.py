"""Careful replies (unseen102): the yes/no asked back, then a yes said over with a
concession, and a description of the association above a put-off of the other questions.
Written in other words than the corpus, Swedish and English."""

from __future__ import annotations

import pytest
from helpers import codes, extract

# --- the yes/no asked back, then a yes said over with a concession (prose.py) --------------


@pytest.mark.parametrize("asked, said, how", [
    ("Om vi motverkar segregation?", "Ja, det skulle jag nog säga, även om vi aldrig skrivit "
     "det någonstans.", "Varje vår bjuder vi in familjer från Herrgården till en gemensam "
     "odlingsdag i parken."),
    ("Do we work against segregation?", "Yes, I would say so, even if we never called it "
     "that.", "Every spring we invite families from Herrgården to a shared planting day in "
     "the park."),
])
def test_a_conceded_yes_after_the_question_asked_back_is_no_part_of_the_how(
        asked: str, said: str, how: str) -> None:
    about = "Vi är en trädgårdsförening i Kirseberg med 80 medlemmar och en egen koloni."
    ex = extract(f"Hej,\n\n{about}\n\n{asked} {said} {how}\n\n"
                 "Det svåra är att nå dem som inte redan känner oss.\n\nHälsningar\nAstrid")
    assert ex.answers["about"].value == about
    assert ex.answers["works_against_segregation"].value is True
    assert ex.answers["how"].value == how
    # the yes/no holds its sentence as written: no text left over to show
    assert "unassigned_text" not in codes(ex)


def test_a_conceded_yes_opening_the_paragraph_without_the_question_stays_in_the_how() -> None:
    # (unseen9/26/32: without the question asked back the sentence stays the how's first)
    said = "Ja, det gör vi, även om vi inte kallar det så."
    rest = "Varje vår bjuder vi in familjer från Herrgården till en odlingsdag."
    ex = extract("Hej,\n\nVi är en trädgårdsförening i Kirseberg med 80 medlemmar.\n\n"
                 f"{said} {rest}\n\nDet svåra är att nå nya.\n\nHälsningar\nAstrid")
    assert ex.answers["works_against_segregation"].value is True
    assert ex.answers["how"].value == f"{said} {rest}"


# --- a description above a put-off of the other questions (answers.py) ---------------------


@pytest.mark.parametrize("about, put_off", [
    ("Vi är Husie Schackklubb och har spelat i Husie sedan 1978, mest pensionärer och några "
     "skolbarn.", "Vi återkommer om resten av frågorna efter årsmötet!"),
    ("Vi är Husie Schackklubb och har spelat i Husie sedan 1978, mest pensionärer och några "
     "skolbarn.", "Vi återkommer med svar på de övriga frågorna."),
    ("We are Husie Chess Club and have played in Husie since 1978, mostly pensioners and some "
     "school children.", "We will get back to you on the other questions!"),
])
def test_a_description_above_a_put_off_of_the_rest_answers_question_one(
        about: str, put_off: str) -> None:
    ex = extract(f"Hej,\n\n{about}\n\n{put_off}\n\n/Olle")
    assert ex.answers["about"].value == about
    assert ex.answers["how"].value is None
    assert "unassigned_text" not in codes(ex)


@pytest.mark.parametrize("body", [
    # a put-off of all the answers: the prose is said of the mail (why not now), no answer
    "Hej,\n\nVi är en kulturförening. Vi återkommer efter jul med ordentliga svar.\n\n/Olle",
    "Hi,\n\nWe are a small choir. We will get back to you after our board meeting.\n\n/Olle",
])
def test_a_put_off_of_all_the_answers_still_gives_no_description(body: str) -> None:
    ex = extract(body)
    assert ex.answers["about"].value is None
