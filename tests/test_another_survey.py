"""Another survey's words (unseen73, Uppsala's premises survey): the reading takes what the
yes/no question asks and what a label restates from the configured questions, never from
the Malmö survey's wording. Each kind in other words than the corpus, Swedish and English,
values and review reasons asserted."""

from __future__ import annotations

import pytest
from helpers import codes, quoted_survey, values

from svarsinkorg.config import Question
from svarsinkorg.parsers.answers import extract_answers
from svarsinkorg.parsers.statements import said_back, yes_no_statement

# A sports survey nobody wrote rules for: its yes/no asks "have you ...", not "do you work
# against ...".
SV = (
    Question("about", "Berätta kort om er klubb.", "text", 1),
    Question("has_hall", "Har ni tillgång till en idrottshall? Ja / nej", "yes_no", 2),
    Question("training", "Om ja: hur fungerar hallen? Om nej: var tränar ni?", "text", 3),
    Question("needs", "Vad behöver ni från kommunen när det gäller halltider?", "text", 4),
)
EN = (
    Question("about", "Tell us briefly about your club.", "text", 1),
    Question("has_hall", "Do you have access to a sports hall? Yes / no", "yes_no", 2),
    Question("training", "If yes: how does the hall work for you? If no: where do you train?",
             "text", 3),
    Question("needs", "What do you need from the city regarding hall times?", "text", 4),
)
SV_QUOTE = quoted_survey(SV)
EN_QUOTE = quoted_survey(EN)


@pytest.mark.parametrize(("sentence", "want"), [
    ("Vi har ingen idrottshall.", False),
    ("Vi har tyvärr inte tillgång till någon hall.", False),
    ("Någon idrottshall har vi inte.", False),
    ("Vi har tillgång till idrottshallen i Sätra två kvällar i veckan.", True),
])
def test_the_yes_no_said_back_in_its_own_verb_swedish(sentence: str, want: bool) -> None:
    st = yes_no_statement(sentence, SV[1])
    assert st is not None and st.value is want


@pytest.mark.parametrize(("sentence", "want"), [
    ("We don't have access to a hall.", False),
    ("We have access to the school's sports hall on Mondays.", True),
])
def test_the_yes_no_said_back_in_its_own_verb_english(sentence: str, want: bool) -> None:
    st = yes_no_statement(sentence, EN[1])
    assert st is not None and st.value is want


@pytest.mark.parametrize("sentence", [
    "Vi har 30 juniorer och två lag.",  # the verb, but not what the question asks about
    "Vi behöver en hall.",  # what it asks about, but not its verb
    "Har vi tillgång till hallen?",  # asked back, not said
    "We have two teams.",
])
def test_the_verb_or_the_words_alone_say_nothing(sentence: str) -> None:
    q = EN[1] if sentence.startswith("We") else SV[1]
    assert said_back(sentence, q) is None
    assert yes_no_statement(sentence, q) is None


def test_one_paragraph_with_the_no_said_back_swedish() -> None:
    body = ("Hej!\n\nVi är en innebandyklubb med ett trettiotal juniorer. Vi har ingen "
            "idrottshall att träna i. Vi tränar utomhus på skolgården så länge det går. Vi "
            "behöver fler halltider från kommunen på vintern.\n\nHälsningar\nKalle")
    ex = extract_answers(body + SV_QUOTE, SV)
    assert values(ex) == {
        "about": "Vi är en innebandyklubb med ett trettiotal juniorer.",
        "has_hall": False,
        "training": "Vi tränar utomhus på skolgården så länge det går.",
        "needs": "Vi behöver fler halltider från kommunen på vintern.",
    }
    assert "yes_no_from_prose" in codes(ex)  # a no from prose, split at its sentences: shown


def test_one_paragraph_with_the_no_said_back_english() -> None:
    body = ("Hi,\n\nWe are a floorball club with about thirty juniors. We don't have access "
            "to a sports hall. We train outdoors in the schoolyard as long as we can. We "
            "need more hall times from the city in winter.\n\nBest regards\nKim")
    ex = extract_answers(body + EN_QUOTE, EN)
    v = values(ex)
    assert v["has_hall"] is False
    assert v["about"] == "We are a floorball club with about thirty juniors."
    assert v["training"] == "We train outdoors in the schoolyard as long as we can."
    assert "yes_no_from_prose" in codes(ex)


@pytest.mark.parametrize(("label", "qs", "quote"), [
    ("Det vi behöver mest:", SV, SV_QUOTE),
    ("What we need most:", EN, EN_QUOTE),
])
def test_a_label_in_the_questions_words_alone_after_its_number(label, qs, quote) -> None:
    body = (f"1. Vi är en liten klubb.\n\n2. Nej.\n\n3. Utomhus.\n\n4. {label}\n"
            "- Fler halltider\n- Ett förråd\n\nHälsningar\nKalle")
    ex = extract_answers(body + quote, qs)
    assert values(ex)["needs"] == "- Fler halltider - Ett förråd"  # typed marks kept
    assert "heading_at_start" not in codes(ex)


def test_a_sentence_after_the_number_stays_the_answer() -> None:
    body = ("1. Vi är en liten klubb.\n\n2. Nej.\n\n3. Utomhus.\n\n4. Vi behöver fler "
            "halltider.\n\nHälsningar\nKalle")
    ex = extract_answers(body + SV_QUOTE, SV)
    assert values(ex)["needs"] == "Vi behöver fler halltider."


@pytest.mark.parametrize(("asked", "sentence", "want"), [
    ("Har er förening en egen lokal? Ja / nej", "Föreningen har ingen egen lokal.", False),
    ("Har er förening en egen lokal? Ja / nej", "Kören har en egen lokal i källaren.", True),
    ("Does your association have its own premises? Yes / no",
     "The club has no premises of its own.", None),  # "has": not the question's own verb form
    ("Does your association have its own premises? Yes / no",
     "We have premises of our own since 2015.", True),
])
def test_the_question_asked_of_the_association_by_name(asked: str, sentence: str,
                                                       want: bool | None) -> None:
    assert said_back(sentence, Question("q", asked, "yes_no", 2)) is want


def test_the_example_surveys_verb_without_its_words_says_nothing() -> None:
    q = Question("works_against_segregation", "Arbetar ni för att motverka segregation? Ja / nej",
                 "yes_no", 2)
    assert said_back("Vi arbetar mest med barn och unga.", q) is None
    assert said_back("Vi arbetar inte för att motverka segregation.", q) is False


def test_one_word_label_alone_after_the_number_stays_a_part() -> None:
    body = ("1. Vi är en liten klubb.\n\n2. Nej.\n\n3. Utomhus.\n\n4. Halltider:\n"
            "- fler kvällar\nFörråd:\n- ett skåp\n\nHälsningar\nKalle")
    ex = extract_answers(body + SV_QUOTE, SV)
    assert str(values(ex)["needs"]).startswith("Halltider:")


def test_the_answers_own_lead_in_after_the_number_stays() -> None:
    body = ("1. Vi är en liten klubb.\n\n2. Nej.\n\n3. Utomhus.\n\n4. Vi behöver från kommunen:\n"
            "- fler halltider\n\nHälsningar\nKalle")
    ex = extract_answers(body + SV_QUOTE, SV)
    assert str(values(ex)["needs"]).startswith("Vi behöver från kommunen:")
