"""unseen126's kind: a yes/no question asked of a THING, not of the reader ("Räcker
lokalerna för er verksamhet? (ja/nej)"), answered in prose by the thing's pronoun and the
question's own verb ("Det räcker inte för oss.", "Det räcker gott för oss, så vi saknar
inget."). The question's verb and thing come from the config: any survey's question of that
shape, none of this one's words in code. The sentence says the yes/no and nothing else: it
leaves the answer it sits in, as a plain "Ja." there does ("Vi har inga samarbeten." too:
a question put to the reader said back). Before, the yes/no was missed (`partial`) and the
sentence stayed in the first answer."""

from __future__ import annotations

import pytest
from helpers import codes, quoted_survey, values

from svarsinkorg.config import Question
from svarsinkorg.parsers.answers import extract_answers
from svarsinkorg.parsers.statements import said_back, yes_no_statement

HALLS = (
    Question("halls", "Var tränar klubben i dag?", "text", 1),
    Question("enough", "Räcker halltiderna för klubbens lag? (ja/nej)", "yes_no", 2),
    Question("missing", "Om nej: vad saknas?", "text", 3),
    Question("schools", "Har ni samarbeten med skolor? (ja/nej)", "yes_no", 4),
    Question("other", "Övriga synpunkter", "text", 5),
)
EN = Question("enough", "Are the premises sufficient for your activities? Yes / No", "yes_no", 2)
READER = Question("own", "Har ni en egen lokal? Ja / nej", "yes_no", 2)


@pytest.mark.parametrize(("sentence", "want"), [
    ("Det räcker inte för oss.", False),
    ("De räcker gott, så vi saknar inget.", True),
    ("Halltiderna räcker inte riktigt.", False),
    ("Nej, det räcker inte.", False),
])
def test_the_thing_said_back_by_its_pronoun_and_the_questions_verb(sentence, want):
    st = yes_no_statement(sentence, HALLS[1])
    assert st is not None and st.value is want


def test_english_the_thing_said_back():
    assert said_back("They are not, sadly.", EN) is False
    assert said_back("They are fine for us.", EN) is True


@pytest.mark.parametrize("sentence", [
    # the verb with a what of its own: no answer to whether the halls suffice
    "Det räcker med en timme i veckan för att barnen ska lära sig grunderna ordentligt.",
    # asked back, not said
    "Räcker det?",
    # another verb
    "Det är trångt i hallen.",
])
def test_what_is_not_the_thing_said_back(sentence):
    assert said_back(sentence, HALLS[1]) is None


def test_a_question_put_to_the_reader_is_not_asked_of_a_thing():
    # "Har ni ...?": the pronoun "det" stands for nothing the question asks about
    assert said_back("Det har vi inte tänkt på.", READER) is None
    assert said_back("Vi har ingen egen lokal.", READER) is False


def test_one_paragraph_the_yes_nos_said_back_leave_the_first_answer():
    body = ("Hej!\n\nVi är en liten innebandyklubb som tränar i Västhallen på söndagar. "
            "Halltiderna räcker gott för oss. Vi har inga samarbeten.\n\nHälsningar\nKim"
            + quoted_survey(HALLS))
    ex = extract_answers(body, HALLS)
    assert values(ex) == {
        "halls": "Vi är en liten innebandyklubb som tränar i Västhallen på söndagar.",
        "enough": True, "missing": None, "schools": False, "other": None}
    # taken from prose: a person confirms
    assert {"yes_no_from_prose"} <= codes(ex)


# round 54's review: the pronoun and verb with a word of degree, time or anything else after
# them is no plain yes or no ("Det räcker sådär." was read as yes, with no reason; "They are
# expensive." as yes to "Are the premises sufficient?")
@pytest.mark.parametrize("sentence", [
    "Det räcker sådär.", "Det räcker knappt.", "De räcker på sommaren.", "Det räcker inte alltid.",
])
def test_the_thing_said_back_with_more_than_a_plain_yes_or_no_is_undecided(sentence):
    st = yes_no_statement(sentence, HALLS[1])
    assert st is None or st.value is None


@pytest.mark.parametrize("sentence", ["They are expensive.", "They are shared with two clubs."])
def test_a_copula_said_back_with_a_word_of_its_own_is_no_answer(sentence):
    assert said_back(sentence, EN) is None
