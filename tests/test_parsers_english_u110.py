"""A survey asked in English (unseen110, Lund's international associations): the kinds its
first sight missed, in other words than the corpus, English and Swedish, values and review
reasons asserted. A plain reply that names the survey by the word for one ("survey answer",
"svar på enkäten") is a reply; a note that the mail answers the survey names no one
question; "not" contracted without its apostrophe ("We dont have ...") is a no; a restated
question holding the asker's own "us" before its colon is the question, not the writer's
voice; a clause leading in to a list ("We would need:") is the answer's own words; a heading
naming no question over "Yes – ..." takes the yes/no's place."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import codes, reply, values

from svarsinkorg.config import Question, Survey
from svarsinkorg.intake.match import RosterEntry
from svarsinkorg.intake.topic import about_survey
from svarsinkorg.parsers.answers import extract_answers
from svarsinkorg.parsers.selfcheck import LEAD_IN_CLAUSE
from svarsinkorg.parsers.statements import said_back
from svarsinkorg.pipeline import parse_message

EN = (
    Question("about", "Tell us about your club: what do you do and who takes part?", "text", 1),
    Question("room", "Does your club have a room of its own in Ystad? Yes / No", "yes_no", 2),
    Question("room_needs", "If not, what would you need? If yes, what is good and what is "
             "missing?", "text", 3),
    Question("city", "How could the city help clubs like yours?", "text", 4),
)
SV = (
    Question("about", "Berätta för oss om klubben: vad gör ni och vilka är med?", "text", 1),
    Question("room", "Har klubben en egen lokal i Ystad? Ja / Nej", "yes_no", 2),
    Question("room_needs", "Om inte, vad skulle ni behöva? Om ja, vad är bra och vad saknas?",
             "text", 3),
    Question("city", "Hur kan kommunen hjälpa klubbar som er?", "text", 4),
)


def _survey(questions: tuple[Question, ...], name: str, language: str) -> Survey:
    # a name with no word of eight letters: only the word for a survey can say what it is
    return Survey(name=name, coordinator=("fritid@ystad.se",), deadline=dt.date(2022, 5, 31),
                  timezone="Europe/Stockholm", questions=questions, language=language)


# --- a new mail naming the survey by the word for one is a reply (it vanished as other) -------

@pytest.mark.parametrize(("questions", "name", "language", "subject", "text"), [
    (EN, "Clubs 2022", "en", "survey answer",
     "Hi\n\nWe are the Sudanese club in Ystad, about 30 families. We dont have a room. "
     "We need a room on Sundays. The city can help with cheap rooms.\n\nThanks\nOmar"),
    (EN, "Clubs 2022", "en", "our reply",
     "Hello, here is our reply to the questionnaire. We are a chess club for refugees."),
    (SV, "Klubbar 2022", "sv", "svar",
     "Hej\n\nHär är vårt svar på enkäten. Vi är en schackklubb med 20 medlemmar."),
    (SV, "Klubbar 2022", "sv", "Survey",  # an English word for it in a Swedish survey
     "Hej, vi är en schackklubb med 20 medlemmar och spelar varje tisdag."),
])
def test_the_word_for_a_survey_makes_a_new_mail_about_it(questions, name, language, subject,
                                                          text) -> None:
    survey = _survey(questions, name, language)
    assert about_survey(subject, text, survey, threaded=False) is not None


def test_a_new_mail_in_simple_english_prose_is_a_reply_with_its_answers() -> None:
    survey = _survey(EN, "Clubs 2022", "en")
    roster = [RosterEntry(0, "Sudanese Club Ystad", ("sudan.ystad@example.org",))]
    body = ("Hello\n\nThis is the answer from Sudanese club in Ystad for the survey of the "
            "city.\n\nWe are Sudanese club in Ystad, we are about 30 families. We have "
            "Arabic class for children and a football team. We dont have room. We need room "
            "on Sundays for the Arabic class, maybe 40 person. The city can help with cheap "
            "room and information in Arabic.\n\nThank you\nOmar Hassan\nchairman\n")
    p = parse_message(reply(body, sender="sudan.ystad@example.org", subject="survey answer",
                            threaded=False), survey, roster)
    assert (p.kind, p.association_id) == ("reply", 0)
    got = {k: a["value"] for k, a in p.answers.items()}
    assert got["about"].startswith("We are Sudanese club in Ystad")
    assert got["room"] is False
    assert got["room_needs"].startswith("We need room on Sundays")
    assert got["city"].startswith("The city can help")
    # one paragraph split at its sentences: always a person's to confirm
    assert "by_position" in [r.code for r in p.reasons]


# --- a note that the mail answers the survey names no one question -----------------------------

@pytest.mark.parametrize(("questions", "body", "first", "room"), [
    (EN, "Hi\n\nThis is the reply from the chess club in Ystad for the city's survey.\n\n"
         "We are a chess club in Ystad with 20 members. We play on Tuesdays. We dont have a "
         "room of our own. We would need a quiet room for 20 people. The city could lend us "
         "a school room.\n\nBest\nEva",
     "We are a chess club in Ystad with 20 members.", False),
    (SV, "Hej\n\nHär är svaret från schackklubben i Ystad på kommunens enkät.\n\nVi är en "
         "schackklubb i Ystad med 20 medlemmar. Vi spelar på tisdagar. Vi har ingen egen "
         "lokal. Vi skulle behöva ett tyst rum för 20 personer. Kommunen kan låna ut en "
         "skolsal.\n\nHälsningar\nEva",
     "Vi är en schackklubb i Ystad med 20 medlemmar.", False),
])
def test_a_note_answering_the_whole_survey_names_no_question(questions, body, first,
                                                             room) -> None:
    ex = extract_answers(body, questions)
    got = values(ex)
    assert got["about"].startswith(first)
    assert got["room"] is room
    assert got["room_needs"] and got["city"]
    assert "by_position" in codes(ex)


# --- "not" contracted without its apostrophe ----------------------------------------------------

@pytest.mark.parametrize(("sentence", "value"), [
    ("We dont have a room.", False),
    ("The club doesnt have a room of its own.", False),
    ("We havent had a room since 2019.", None),  # (the question's verb not said back)
    ("We have a room at the library.", True),
])
def test_not_contracted_without_its_apostrophe_is_a_no(sentence, value) -> None:
    assert said_back(sentence, EN[1]) is value


# --- a restated question with the asker's "us" before its colon ---------------------------------

@pytest.mark.parametrize(("questions", "body", "about"), [
    (EN, "Hi,\n\nTell us about your club: what do you do and who takes part?\nWe play chess "
         "on Tuesdays, mostly pensioners.\n\nDoes your club have a room of its own in Ystad? "
         "Yes / No\nNo\n\nIf not, what would you need? If yes, what is good and what is "
         "missing?\nA quiet room for 20.\n\nHow could the city help clubs like yours?\nLend "
         "us school rooms.\n\nBest\nEva",
     "We play chess on Tuesdays, mostly pensioners."),
    (SV, "Hej,\n\nBerätta för oss om klubben: vad gör ni och vilka är med?\nVi spelar schack "
         "på tisdagar, mest pensionärer.\n\nHar klubben en egen lokal i Ystad? Ja / Nej\n"
         "Nej\n\nOm inte, vad skulle ni behöva? Om ja, vad är bra och vad saknas?\nEtt tyst "
         "rum för 20.\n\nHur kan kommunen hjälpa klubbar som er?\nLåna ut skolsalar.\n\n"
         "Hälsningar\nEva",
     "Vi spelar schack på tisdagar, mest pensionärer."),
])
def test_a_restated_question_with_the_askers_us_is_the_question(questions, body,
                                                                about) -> None:
    ex = extract_answers(body, questions)
    got = values(ex)
    assert got["about"] == about
    assert got["room"] is False
    assert "quoted_questions" not in codes(ex)
    assert not ex.reasons


# --- a clause leading in to a list is the answer's own words ------------------------------------

@pytest.mark.parametrize(("questions", "body", "needs"), [
    (EN, "Hi,\n\n1. We are a chess club with 20 members.\n2. No\n3. We would need:\n\n"
         "- A quiet room for twenty people\n- A cupboard for the boards\n\n"
         "4. Lend us school rooms in the evenings.\n\nBest\nEva",
     "We would need: - A quiet room for twenty people - A cupboard for the boards"),
    (SV, "Hej,\n\n1. Vi är en schackklubb med 20 medlemmar.\n2. Nej\n3. Vi skulle behöva:\n\n"
         "- Ett tyst rum för tjugo personer\n- Ett skåp för brädena\n\n"
         "4. Låna ut skolsalar på kvällarna.\n\nHälsningar\nEva",
     "Vi skulle behöva: - Ett tyst rum för tjugo personer - Ett skåp för brädena"),
])
def test_a_lead_in_clause_over_a_list_stays_in_the_answer(questions, body, needs) -> None:
    ex = extract_answers(body, questions)
    assert " ".join(values(ex)["room_needs"].split()) == needs
    assert "heading_at_start" not in codes(ex)


@pytest.mark.parametrize(("text", "clause"), [
    ("We would need:", True), ("Vi skulle behöva:", True), ("We need:", True),
    ("Vi behöver bland annat:", True), ("I think:", True),
    ("Vi:", False), ("I Lund:", False), ("Vi som förening:", False), ("Våra behov:", False),
    ("What we need:", False), ("Hur vi arbetar:", False),
])
def test_the_writer_as_subject_and_a_verb_is_a_clause_not_a_label(text, clause) -> None:
    assert bool(LEAD_IN_CLAUSE.match(text)) is clause


# --- a heading naming no question over "Yes – ..." takes the yes/no's place -------------------

@pytest.mark.parametrize(("questions", "body", "value"), [
    (EN, "Hi!\n\nWho we are\nA chess club with 20 members, mostly pensioners. We play every "
         "Tuesday.\n\nOur corner\nYes – Tuesday evenings in the library's reading room on "
         "Storgatan.\n\nWhat is good / what is missing\nIt is free and quiet. But it closes at "
         "nine, so long games are cut short.\n\nHow the city could help\nLend us school rooms "
         "in the evenings.\n\nCheers,\nEva",
     True),
    (SV, "Hej!\n\nVilka vi är\nEn schackklubb med 20 medlemmar, mest pensionärer. Vi spelar "
         "varje tisdag.\n\nVår hörna\nNej – vi spelar hemma hos varandra eller på kaféer i "
         "stan.\n\nVad som är bra / vad som saknas\nDet är gratis och lugnt. Men det stänger "
         "klockan nio, så långa partier avbryts.\n\nHur kommunen kan hjälpa\nLåna ut "
         "skolsalar på kvällarna.\n\nHälsningar\nEva",
     False),
])
def test_a_heading_naming_nothing_over_a_dashed_yes_takes_the_yes_no_place(questions, body,
                                                                           value) -> None:
    got = values(extract_answers(body, questions))
    assert got["room"] is value
    assert got["about"].startswith(("A chess club", "En schackklubb"))
    assert "Tuesday evenings" not in got["about"] and "kaféer" not in got["about"]
    assert got["room_needs"].startswith(("It is free", "Det är gratis"))
