"""unseen104's kinds: where an answer ends and the closing begins. A motto quoted at a
signature's foot, a postscript under the signature that adds to an answer it names, a
form's "filled in by" field under the last answer, a closing said in two languages, a
late note with its comma left out, a sentence of the writer's own ending in "... skrev:",
and a reply put off to "next week"."""

from __future__ import annotations

import pytest
from helpers import A1, A3, QUESTIONS, codes, extract, values

from svarsinkorg.parsers.answers import extract_answers
from svarsinkorg.parsers.cues import DEFERS
from svarsinkorg.parsers.quotes import clean_block, is_motto, is_valediction

NUMBERED = (f"Hej!\n\n1. {A1}\n2. Ja\n3. {A3}\n"
            "4. Hinder: vi har för få ledare. Möjligheter: föräldrarna vill hjälpa till.\n\n")
LAST = "Hinder: vi har för få ledare. Möjligheter: föräldrarna vill hjälpa till."
NUMBERED_EN = ("Hi!\n\n1. We are a chess club in Rosengård with 40 members.\n2. Yes\n"
               "3. We play in the library and anyone can join for free.\n"
               "4. Obstacles: too few leaders. Opportunities: the parents want to help.\n\n")
LAST_EN = "Obstacles: too few leaders. Opportunities: the parents want to help."


# --- a motto quoted at the signature's foot (42, SILENT: the signature ran on in answer 4) ---


@pytest.mark.parametrize(("body", "last"), [
    (NUMBERED + "Ljus och värme,\nKarin Holm\ndiakon\n\n"
     "\"Bär varandras bördor\" (Gal 6:2)\n\nS:t Pauli församling\nKyrkogatan 3, 211 50 Malmö\n"
     "Tel 040-12 34 56",
     LAST),
    (NUMBERED + "Ljus och värme,\nKarin Holm\ndiakon\n\n“Bär varandras bördor” (Gal 6:2)", LAST),
    (NUMBERED_EN + "Peace be with you,\nTom Reed\npastor\n\n“Love your neighbour” – Mark 12:31",
     LAST_EN),
])
def test_a_motto_under_the_signature_is_the_signatures(body: str, last: str) -> None:
    ex = extract(body)
    assert values(ex)["obstacles_opportunities"] == last
    assert not codes(ex)


def test_an_address_left_at_an_answers_end_is_flagged() -> None:
    # the association's name over its street address alone is no block the rules cut: the
    # self-check shows the postcode and town ending the answer
    from svarsinkorg.parsers.selfcheck import _mail_tail
    assert _mail_tail(f"{LAST} S:t Pauli församling Kyrkogatan 3, 211 50 Malmö") is not None
    assert _mail_tail("Vi har 120 medlemmar i Malmö.") is None


def test_a_motto_shape_is_one_quotation_with_at_most_its_source() -> None:
    assert is_motto('"Idrott för alla!"')
    assert is_motto("«Together we are stronger» (our motto)")
    assert not is_motto('"Idrott för alla", säger vår tränare alltid.')  # a sentence of one's own
    assert not is_motto("Vi säger alltid \"idrott för alla\".")
    # a quotation alone under an answer with no signature over it stays the writer's
    block = ["Vi tränar varje dag.", "", "\"Idrott för alla!\""]
    assert clean_block(block) == block


# --- a postscript under the signature that names the answer it adds to (16, SILENT) -----------


@pytest.mark.parametrize(("body", "key", "want"), [
    (NUMBERED + "Vänliga hälsningar\nLena\nKassör\nNydala IF\nNydalavägen 1, 214 60 Malmö\n\n"
     "PS. Gällande fråga 1: Vi har också ett damlag sedan i höstas.",
     "about", f"{A1} Vi har också ett damlag sedan i höstas."),
    (NUMBERED + "Mvh\nLena\n\nP.S. Fråga 4: Skolan vill låna ut sin gymnastiksal.",
     "obstacles_opportunities", f"{LAST} Skolan vill låna ut sin gymnastiksal."),
    (NUMBERED_EN + "Best regards,\nLena\nTreasurer\n\n"
     "P.S. Regarding question 4: the school may lend us its hall.",
     "obstacles_opportunities", f"{LAST_EN} the school may lend us its hall."),
])
def test_a_postscript_naming_its_question_adds_to_that_answer(
        body: str, key: str, want: str) -> None:
    ex = extract(body)
    assert values(ex)[key] == want
    assert "unassigned_text" not in codes(ex)


def test_a_postscript_on_the_yes_no_question_is_left_for_a_person() -> None:
    # it may correct the answer: no rule adds it anywhere, the self-check shows it
    body = NUMBERED + ("Mvh\nLena\nNydala IF\n\n"
                       "PS. Angående fråga 2: vi är inte helt säkra, vi gör nog inte så mycket.")
    ex = extract(body)
    assert values(ex)["works_against_segregation"] is True
    assert "unassigned_text" in codes(ex)


def test_a_postscript_naming_no_question_adds_to_no_answer() -> None:
    body = NUMBERED + "Mvh\nLena\nNydala IF\n\nPS. Vi ses på mötet i vår!"
    got = values(extract(body))
    assert got["obstacles_opportunities"] == LAST


# --- a form's "filled in by" field under the last answer (30, SILENT: read into answer 4) -----

FORM = (
    "Fråga\nSvar\n\n{q1}\n{a1}\n\n{q2}\nJa\n\n{q3}\n{a3}\n\n{q4}\n{a4}\n\n{credit}"
)


@pytest.mark.parametrize("credit", [
    "Ifyllt av:\nLena Berg, kassör Nydala IF, 2020-01-12",
    "Besvarad av: Lena Berg, kassör",
    "Completed by:\nLena Berg, treasurer, 12 January 2020",
])
def test_a_forms_credit_field_is_no_part_of_the_last_answer(credit: str) -> None:
    q1, q2, q3, q4 = (q.text for q in QUESTIONS)
    text = FORM.format(q1=q1, q2=q2, q3=q3, q4=q4, a1=A1, a3=A3, a4=LAST, credit=credit)
    ex = extract_answers(text, QUESTIONS, source="svar.xlsx")
    assert values(ex)["obstacles_opportunities"] == LAST
    assert not codes(ex)


@pytest.mark.parametrize("tail", ["Ifyllt av: Lena Berg", "Filled in by: Lena Berg"])
def test_a_credit_field_left_in_an_answer_is_flagged(tail: str) -> None:
    from svarsinkorg.parsers.selfcheck import _mail_tail
    assert _mail_tail(f"{LAST} {tail}") is not None
    assert _mail_tail("Vi har ifyllda ansökningar av många slag.") is None


# --- a closing said in two languages, parted by a slash (46, false alarm: text left over) -----


@pytest.mark.parametrize("closing", [
    "Salamat po / Tack så mycket", "Tack så mycket / Salamat po", "Tack så mycket",
    "Merci beaucoup / Thank you"])
def test_a_closing_in_two_languages_is_a_closing(closing: str) -> None:
    assert is_valediction(closing)
    ex = extract(NUMBERED + f"{closing}\nMaria Santos\nFilippinska Föreningen")
    assert values(ex)["obstacles_opportunities"] == LAST
    assert not codes(ex)


@pytest.mark.parametrize("line", ["Ja / nej", "Tack så mycket för hjälpen",
                                  "Vi jobbar med barn / unga och vuxna varje vecka"])
def test_a_slash_in_a_line_of_the_answer_makes_no_closing(line: str) -> None:
    assert not is_valediction(line)


# --- a late note with its comma left out (45: read as answer 1 by position) -------------------


@pytest.mark.parametrize("body", [
    f"Hej igen, lite sent men här är resten.\n\n3. {A3}\n4. {LAST}\n\nMvh Lena",
    "Hi again, a bit late but here is the rest.\n\n3. We play in the library.\n"
    f"4. {LAST_EN}\n\nBest, Lena",
])
def test_a_late_note_over_the_rest_of_the_answers_is_no_answer(body: str) -> None:
    ex = extract(body)
    assert values(ex)["about"] is None
    assert "aside_in_answer" not in codes(ex)


# --- "..., det har hänt saker sen Maja skrev:" is no attribution (40, false alarm) -----------


@pytest.mark.parametrize("body", [
    "Hej, det är Erik.\n\nVi vill ändra svaret på fråga 4, mycket har hänt sedan Maja skrev:\n\n"
    f"4. {LAST}\n\n/Erik",
    "Hi, Erik here.\n\nWe want to update our answer to question 4, a lot has changed since "
    f"Anna wrote:\n\n4. {LAST_EN}\n\n/Erik",
])
def test_a_sentence_ending_in_wrote_is_no_attribution(body: str) -> None:
    ex = extract(body)
    assert values(ex)["obstacles_opportunities"] in (LAST, LAST_EN)
    assert "answer_below_original" not in codes(ex)


# --- "Ni får svar nästa vecka." puts the answers off (unseen105's 29: no_answer) --------------


@pytest.mark.parametrize("sentence", [
    "Ni får svar nästa vecka.", "Svaren kommer nästa månad.",
    "You'll get our answers next week.", "You will get the answers after our meeting."])
def test_answers_promised_for_next_week_are_put_off(sentence: str) -> None:
    assert DEFERS.search(sentence)


def test_an_answer_said_to_come_is_no_put_off_without_a_when() -> None:
    assert not DEFERS.search("Ni får svar på allt hos oss.")


# --- a labelled part of the last answer sharing words with a remark on the survey
# (unseen122 37, SILENT: "Möjligheter: ... än vi hinner svara på." was cut as a closing) ---


@pytest.mark.parametrize("part", [
    "Möjligheter: maten lockar alla, och vi får fler frågor från skolor än vi hinner svara på.",
    "Möjligheter: fler vill besvara våra inbjudningar än förr.",
    "Opportunities: we get more questions from schools than we can answer, the questions "
    "keep coming.",
])
def test_a_labelled_part_of_the_last_answer_is_no_closing(part: str) -> None:
    body = (f"Hej!\n\n1. {A1}\n2. Ja\n3. {A3}\n4. Hinder: köket är för litet. {part}\n\n"
            "Hälsningar\nSofia")
    ex = extract_answers(body, QUESTIONS)
    assert values(ex)["obstacles_opportunities"] == f"Hinder: köket är för litet. {part}"


def test_a_remark_on_the_survey_after_the_last_answer_still_closes() -> None:
    body = (f"Hej!\n\n1. {A1}\n2. Ja\n3. {A3}\n4. Köket är för litet.\n\n"
            "Den sista frågan var svår att svara på.\n\nHälsningar\nSofia")
    ex = extract_answers(body, QUESTIONS)
    assert values(ex)["obstacles_opportunities"] == "Köket är för litet."
