"""Lists and answer markers: bullets and HTML lists in question order, paragraphs by position,
glued dash markers, roman numerals and letters, one-line numbering, typo labels, ASCII tables."""

from __future__ import annotations

import pytest
from helpers import (
    A1,
    A3,
    A4,
    CHOIR,
    OBST_PROSE,
    QUESTIONS,
    QUOTE,
    SINGS,
    _vals,
    codes,
    extract,
    values,
)

from svarsinkorg.parsers.answers import (
    extract_answers,
    sequence_markers_as_numbers,
    split_inline_numbering,
)
from svarsinkorg.parsers.text import html_to_text, tab_table_as_lines

# --- a bulleted list in question order -------------------------------------------------------

HARD = "Hinder: lokalen är dyr. Möjligheter: många vill sjunga."


CHOIR_WRAPPED = CHOIR.replace(" sångare ", " sångare\n")


@pytest.mark.parametrize("body", [
    f"Hej,\n\nSvar från kören:\n\n- {CHOIR}\n- Ja\n- {SINGS}\n- {HARD}\n\nMvh Eva",
    f"Hej!\n\n• {CHOIR}\n\n• Ja, absolut\n\n• {SINGS}\n\n• {HARD}\n\n/Eva",
    # a bullet wrapped onto a second line stays one answer
    f"Hi,\n\n* {CHOIR_WRAPPED}\n* Yes\n* {SINGS}\n* {HARD}\n\nBest, Eva",
])
def test_a_bulleted_list_in_question_order_answers_one_to_one(body):
    got = values(extract(body))
    assert got["about"] == CHOIR
    assert got["works_against_segregation"] is True
    assert got["how"] == SINGS
    assert got["obstacles_opportunities"] == HARD


def test_a_list_inside_an_answer_stays_in_that_answer():
    got = values(extract(
        "Hej!\n\nOm oss:\nVi är en förening i Rosengård med\n- läxhjälp\n- fotboll\n- dans\n"
        "- matlagning\n\nSegregation: Ja\n\nHur: Alla är välkomna.\n\nHinder: Pengar.\n"))
    assert got == {
        "about": "Vi är en förening i Rosengård med - läxhjälp - fotboll - dans - matlagning",
        "works_against_segregation": True, "how": "Alla är välkomna.",
        "obstacles_opportunities": "Pengar."}


def test_four_bullets_with_no_yes_or_no_in_its_place_are_no_answers_one_to_one():
    ex = extract(f"Hej!\n\nVi gör det här:\n- {SINGS}\n- Läxhjälp för barn varje vecka.\n"
                 "- Fotboll på söndagar i parken.\n- Fika för grannarna en gång i månaden.\n\n/Eva")
    got = values(ex)
    assert got["works_against_segregation"] is None and got["how"] is None
    assert got["about"].startswith("Vi gör det här: - Vi sjunger")
    assert ex.reasons  # read as prose: shown to the coordinator


# --- an answer named by its number in the opening, written below ---------------------------


@pytest.mark.parametrize(("body", "num", "want"), [
    ("Hej igen!\n\nHär kommer svaret på fråga 3 som jag lovade förra veckan:\n\n"
     f"{SINGS}\n\n/Eva", "how", SINGS),
    ("Hej, vi glömde en sak. Och så fråga 4:\n\n"
     "Det svåra är att hitta ledare. Möjligheten är alla nya familjer i området.\n\nMvh Ali",
     "obstacles_opportunities",
     "Det svåra är att hitta ledare. Möjligheten är alla nya familjer i området."),
    ("Hi again, here is question 1 as promised:\n\n"
     "We are a chess club in Kirseberg with about 40 members.\n\nBest, Maria",
     "about", "We are a chess club in Kirseberg with about 40 members."),
])
def test_a_question_named_above_a_paragraph_is_answered_by_it(body, num, want):
    got = values(extract(body))
    assert got[num] == want
    assert [k for k, v in got.items() if v is not None] == [num]


# --- paragraphs after a marked yes/no question -----------------------------------------------


@pytest.mark.parametrize(("first", "yes_no"), [
    ("", "Arbetar vi för att motverka segregation? Ja."),
    ("", "Motverkar vi segregation?\nJa, absolut"),
    ("", "Do we work against segregation? Yes."),
    # numbers only on the first two: the rest goes on in paragraphs
    ("1. ", "2. Ja"),
    ("Q1: ", "Q2: Yes"),
])
def test_paragraphs_under_a_marked_yes_no_answer_the_questions_after_it(first, yes_no):
    ex = extract(f"Hej,\n\n{first}{CHOIR}\n\n{yes_no}\n\n{SINGS}\n\n{OBST_PROSE}\n\nMvh Eva")
    assert values(ex) == {"about": CHOIR, "works_against_segregation": True, "how": SINGS,
                          "obstacles_opportunities": OBST_PROSE}
    assert any(f.startswith("by_position") for f in ex.flags)  # placed by their order


def test_one_paragraph_more_than_questions_left_is_no_order():
    ex = extract(f"Hej,\n\n{CHOIR}\n\nArbetar vi för att motverka segregation? Ja.\n\n"
                 f"{SINGS}\n\nVi har också en sommarfest.\n\n{OBST_PROSE}\n\nMvh Eva")
    assert values(ex)["obstacles_opportunities"] != OBST_PROSE
    assert ex.reasons


def test_an_html_list_in_question_order_answers_one_to_one():
    from svarsinkorg.parsers.text import html_to_text

    text = html_to_text(
        "<html><body><p>Hej,</p><p>Svar från kören:</p><ul>"
        f"<li>{CHOIR}</li><li>Ja</li><li>{SINGS}</li><li>{HARD}</li>"
        "</ul><p>Mvh Eva</p></body></html>")
    assert values(extract_answers(text, QUESTIONS)) == {
        "about": CHOIR, "works_against_segregation": True, "how": SINGS,
        "obstacles_opportunities": HARD}


# --- "1- Vi är ...": a dash glued to the number is a marker, read and stripped -------------

@pytest.mark.parametrize("dash", ["-", "–"])
def test_a_dash_glued_to_the_number_marks_an_answer(dash):
    got = values(extract(
        f"Hej\n\n1{dash} Vi är en schackklubb i Lindängen med 40 medlemmar.\n\n2{dash} Ja\n\n"
        f"3{dash} Vi spelar i skolor och på biblioteket varje lördag.\n\n"
        f"4{dash} Hinder är lokalhyran. Möjligheter finns i skolorna.\n\nMvh\nAnders"))
    assert got["about"] == "Vi är en schackklubb i Lindängen med 40 medlemmar."
    assert got["works_against_segregation"] is True
    assert got["how"] == "Vi spelar i skolor och på biblioteket varje lördag."
    assert got["obstacles_opportunities"] == "Hinder är lokalhyran. Möjligheter finns i skolorna."


def test_a_glued_dash_marker_in_english():
    ex = extract(
        "Hi\n\n1- We are a football club in Holma with 120 young players.\n2- No\n"
        "3- We focus on football, not on segregation as such.\n"
        "4- Pitch time is scarce.\n\nBest\nJohn")
    got = values(ex)
    assert got["about"] == "We are a football club in Holma with 120 young players."
    assert got["works_against_segregation"] is False
    assert got["how"] == "We focus on football, not on segregation as such."
    assert got["obstacles_opportunities"] == "Pitch time is scarce."
    assert "by_position" not in codes(ex)


def test_a_compound_cut_short_before_a_conjunction_is_no_marker():
    # "3- och 4-åringar": a hyphen for the word left out, inside the answer to question 3
    got = values(extract(
        "Hej\n\n1. Vi är en danslekis i Kroksbäck.\n2. Ja\n3. Vi har danslek för\n"
        "3- och 4-åringar från hela stan på söndagar.\n4. Lokalen är för liten.\n\nLena"))
    assert got["how"] == "Vi har danslek för 3- och 4-åringar från hela stan på söndagar."
    assert got["obstacles_opportunities"] == "Lokalen är för liten."


def test_a_marker_with_an_answer_still_wins_over_prose():
    got = values(extract("1. Vi är en kör.\n\n2. Ja\n\n3. Vi sjunger i Rosengård.\n\n"
                         "4. Fråga 1 står kvar, men pengar är ett hinder.\n\n/Li"))
    assert got["about"] == "Vi är en kör."
    assert got["how"] == "Vi sjunger i Rosengård."


def test_roman_numerals_become_numbers():
    text = "Hej\nI. Vi är en förening.\nII. Ja\nIII. Genom läxhjälp.\nIV. Lokaler."
    assert sequence_markers_as_numbers(text, 4).splitlines()[1:] == [
        "1. Vi är en förening.", "2. Ja", "3. Genom läxhjälp.", "4. Lokaler."]


def test_letters_become_numbers_only_in_one_style_and_order():
    text = "a) Vi är en klubb.\nb) Ja\nc) Blandade lag."
    assert sequence_markers_as_numbers(text, 4).splitlines()[0] == "1. Vi är en klubb."
    mixed = "a) Vi är en klubb.\nB. Ja\nc) Blandade lag."
    assert sequence_markers_as_numbers(mixed, 4) == mixed
    lone = "Vi har två mål:\na) fler medlemmar\nPS. inget mer"
    assert sequence_markers_as_numbers(lone, 4) == lone


def test_one_line_numbering_is_split():
    assert split_inline_numbering("1) Vi spelar. 2) Ja 3) Gratis. 4) Hallar.", 4).splitlines() == [
        "1) Vi spelar.", "2) Ja", "3) Gratis.", "4) Hallar."]
    assert split_inline_numbering("1. En kör. 2. Ja. 3. Vi sjunger.", 4).splitlines()[1] == "2. Ja."


def test_one_line_numbering_leaves_prose():
    text = "1. Vi träffas kl 2. och 3. våningen används av 4. klass."
    assert split_inline_numbering(text, 4) == text
    assert split_inline_numbering("1) Vi har 2) lag", 4) == "1) Vi har 2) lag"


def test_label_typo_frag_is_a_marker():
    got = _vals(f"Fråg 1: {A1}\nFråg 2: Ja\nFråg 3: {A3}\nFråg 4: {A4}")
    assert got == {"about": A1, "works_against_segregation": True, "how": A3,
                   "obstacles_opportunities": A4}
    # "frågor" is a word, not a label
    assert _vals("Vi har frågor 2 gånger i veckan.")["works_against_segregation"] is None


def test_ascii_table_rows_are_markers():
    got = _vals(f"Fråga | Svar\n------+------\n1 | {A1} |\n| 2 | Ja |\n3 | {A3}\n4 | {A4}")
    assert got == {"about": A1, "works_against_segregation": True, "how": A3,
                   "obstacles_opportunities": A4}
    assert _vals(f"1. {A1}\n2. Ja\n3. Vi har 2 | 3 lag.\n4. {A4}")["how"] == "Vi har 2 | 3 lag."


# --- every question numbered once, in another order (unseen28) ---------------------------

@pytest.mark.parametrize("body", [
    "Hej,\n\nVi tar det viktigaste först:\n\n2. Ja\n3. Vi spelar turneringar i alla "
    "stadsdelar.\n\n1. Vi är en schackklubb med 50 medlemmar.\n\n4. Hindret är pengar, "
    "möjligheten är intresset.\n\nMvh Ola",
    "Hi,\n\n4. The obstacle is money, the opportunity is the interest.\n\n1. We are a chess "
    "club with 50 members.\n\n2. Yes\n\n3. We play tournaments in every part of town.\n\n"
    "Best, Ola",
])
def test_numbers_in_another_order_answer_their_questions(body: str) -> None:
    got = values(extract(body))
    assert got["works_against_segregation"] is True
    assert str(got["about"]).endswith("50 members.") or str(got["about"]).endswith(
        "50 medlemmar.")
    assert "turneringar" in str(got["how"]) or "tournaments" in str(got["how"])
    assert str(got["obstacles_opportunities"]).startswith(("Hindret", "The obstacle"))


def test_a_list_inside_an_answer_is_no_reordering() -> None:
    # "1. ... 2. ..." inside answer 3 repeats numbers: the list stays in its answer
    got = values(extract("1. Vi är en kör.\n2. Ja\n3. Vi gör två saker:\n1. Vi sjunger på "
                         "fyra språk.\n2. Vi bjuder in skolor.\n4. Hindret är pengar.\n\n/Eva"))
    assert got["about"] == "Vi är en kör."
    assert "bjuder in skolor" in str(got["how"])
    assert got["obstacles_opportunities"] == "Hindret är pengar."


# --- "2-3." with the yes/no left open, then how (unseen28) --------------------------------

@pytest.mark.parametrize(("body", "how"), [
    ("1. Vi är en filmklubb som visar film på Panora.\n\n2-3. Både ja och nej faktiskt. Vi "
     "visar film från hela världen men publiken är ganska lik.\n\n4. Hindret är pengar.\n\n/Tom",
     "Vi visar film från hela världen men publiken är ganska lik."),
    ("1. We are a film club.\n\n2-3. Well, yes and no really. We show films from all over the "
     "world, but our audience is much the same.\n\n4. The obstacle is money.\n\n/Tom",
     "We show films from all over the world, but our audience is much the same."),
])
def test_an_open_yes_no_spanning_its_follow_up_leaves_the_rest_to_it(body: str, how: str) -> None:
    ex = extract(body)
    got = values(ex)
    assert got["works_against_segregation"] is None
    assert got["how"] == how
    assert "ambiguous" in codes(ex)  # the open yes/no stays shown


# --- a list the mail client drew: its marks are formatting (unseen30) -------------------------

def test_an_html_list_as_one_answer_keeps_the_items_text_not_their_marks() -> None:
    ex = extract(html_to_text(
        "<div>Hej,</div><div><br></div><div><b>Vilka vi är</b><br>Vi är en kör i Husie.</div>"
        "<div><br></div><div><b>Segregation?</b><br>Ja</div><div><br></div>"
        "<div><b>Hur</b><br>Vi sjunger på äldreboenden.</div><div><br></div>"
        "<div><b>Hinder och möjligheter</b></div><ul><li>Lokalen är dyr</li>"
        "<li>Få har tid på kvällarna</li><li>Möjlighet: unga vill sjunga</li></ul>"
        "<div>Hälsningar<br>Eva</div>"))
    got = values(ex)
    assert got["obstacles_opportunities"] == (
        "Lokalen är dyr Få har tid på kvällarna Möjlighet: unga vill sjunga")
    assert got["about"] == "Vi är en kör i Husie."
    # the first item opens the answer: no heading left at its start, nothing to review
    assert not ex.reasons


def test_outlooks_plain_text_of_a_list_keeps_the_items_text_not_their_marks() -> None:
    # Outlook writes its list as "•\t" (level two "o\t") in the plain-text part
    got = values(extract(
        "Hi,\n\nAbout us\n\nWe are a volleyball club in Hyllie.\n\nDo we work against "
        "segregation?\n\nYes\n\nHow we work\n\n•\tFree try-outs at schools\n"
        "o\tin Holma too\n•\tLower fees for families\n\nObstacles and opportunities\n\n"
        "Obstacles: halls. Opportunities: it is cheap.\n\nBest regards\nLinnea"))
    assert got["how"] == "Free try-outs at schools in Holma too Lower fees for families"


# Outlook's plain text may pad a list's mark to the tab stop with spaces (or NBSPs) instead
# of a TAB: "·         Gratis ..." (unseen32)
LISTED = ("Hej,\n\nOm oss\n\nVi är en basketklubb i Hyllie med 11 lag.\n\n"
          "Arbetar vi mot segregation?\n\nJa, det gör vi.\n\nHur?\n{m}Gratis basketskola på "
          "söndagar.\n{m}Vi blandar lag från olika skolor.\n\nHinder och möjligheter\n"
          "{m}Hinder: hallen är fullbokad.\n{m}Möjlighet: basket är populärt.\n\nMvh\nLina")


@pytest.mark.parametrize("mark", ["·         ", "·" + "\u00a0" * 8 + " ", "▪   ", "•\t"])
def test_a_drawn_list_padded_with_spaces_keeps_the_items_text_not_their_marks(mark: str) -> None:
    ex = extract(LISTED.format(m=mark))
    got = values(ex)
    assert got["how"] == "Gratis basketskola på söndagar. Vi blandar lag från olika skolor."
    assert got["obstacles_opportunities"] == (
        "Hinder: hallen är fullbokad. Möjlighet: basket är populärt.")
    assert not ex.reasons


@pytest.mark.parametrize("mark", ["· ", "• "])
def test_a_typed_bullet_with_one_space_is_the_writers_own(mark: str) -> None:
    got = values(extract(LISTED.format(m=mark)))
    assert got["how"] == (f"{mark}Gratis basketskola på söndagar. "
                          f"{mark}Vi blandar lag från olika skolor.")


def test_a_word_list_paragraph_reads_as_a_drawn_list_item() -> None:
    text = html_to_text(
        '<p class="MsoNormal"><b>Hur vi arbetar</b></p><p class="MsoListParagraph" '
        'style="mso-list:l0 level1 lfo1"><![if !supportLists]><span style="font-family:Symbol">'
        '<span style="mso-list:Ignore">·<span style="font:7.0pt">&nbsp;&nbsp;&nbsp; </span>'
        '</span></span><![endif]>Läxhjälp på biblioteket</p>')
    assert "\n•\tLäxhjälp på biblioteket" in text
    assert "·" not in text


def test_a_typed_dash_list_in_html_keeps_the_writers_dashes() -> None:
    # the writer's own "- " is their words (as in plain text), not a drawn list
    text = html_to_text("<div>Hur:<br>- läxhjälp<br>- fotboll</div>")
    assert "- läxhjälp\n- fotboll" in text


# --- a topic heading after the number, a span of numbers alone on its line (unseen30) --------

@pytest.mark.parametrize(("body", "about"), [
    ("Hej,\n\n1. Om klubben\n\nVi ror från hamnen i Limhamn.\n\n2. Ja\n\n3. Skolor får ro med "
     "oss.\n\n4. Hindret är pengar.\n\nHälsningar\nPeter", "Vi ror från hamnen i Limhamn."),
    ("Hi,\n\n1. About the club\n\nWe row from the harbour in Limhamn.\n\n2. Yes\n\n3. Schools "
     "row with us.\n\n4. The obstacle is money.\n\nBest\nPeter",
     "We row from the harbour in Limhamn."),
    ("Hej,\n\n1. Om laget\nVi spelar handboll i Kirseberg.\n\n2. Nej\n\n3. Vi har inte tänkt "
     "på det.\n\n4. Vet inte.\n\n/Anna", "Vi spelar handboll i Kirseberg."),
])
def test_a_numbered_topic_heading_is_no_part_of_its_answer(body: str, about: str) -> None:
    assert values(extract(body))["about"] == about


def test_a_numbered_word_that_names_no_topic_stays_in_its_answer() -> None:
    # "1. Fotbollsklubb" may be the answer's first words: no siblings show it is a heading
    got = values(extract("Hej,\n\n1. Fotbollsklubb\n\nVi har 200 medlemmar.\n\n2. Ja\n\n"
                         "3. Vi har blandade lag.\n\n4. Pengar.\n\n/Ali"))
    assert got["about"] == "Fotbollsklubb Vi har 200 medlemmar."


@pytest.mark.parametrize("body", [
    "Hej,\n\nHär kommer en första del av svaren.\n\n1. Om klubben\n\nVi ror från hamnen.\n\n"
    "2–4\n\nÅterkommer efter styrelsemötet i januari.\n\nHälsningar\nPeter",
    "Hi,\n\nHere is the first part.\n\n1. We row from the harbour.\n\n2-4\n\nWe will get back "
    "to you after the board meeting.\n\nBest\nPeter",
])
def test_a_span_of_numbers_alone_on_its_line_marks_those_questions(body: str) -> None:
    got = values(extract(body))
    assert got["about"] in ("Vi ror från hamnen.", "We row from the harbour.")
    assert got["works_against_segregation"] is None
    assert got["how"] is None and got["obstacles_opportunities"] is None


# --- a question/answer table in Outlook's plain text: cells parted by a TAB (unseen30) -------

@pytest.mark.parametrize(("body", "how", "obst"), [
    ("Hej\n\nVi fyllde i en tabell.\n\nFråga\tSvar\nVilka är ni?\tVi driver bygdegården.\n"
     "Motverkar ni segregation?\tNej\nHur / varför inte\tVi har inte det som mål.\n"
     "Hinder och möjligheter\tHindret är att vi är få.\n\nMvh Karin",
     "Vi har inte det som mål.", "Hindret är att vi är få."),
    ("Hi\r\n\r\nQuestion\tAnswer\r\nWho are you?\tWe run the village hall.\r\n"
     "Do you work against segregation?\tNo\r\nHow / why not\tIt is not our aim.\r\n"
     "Obstacles and opportunities\tWe are few.\r\n\r\nRegards, Karin",
     "It is not our aim.", "We are few."),
])
def test_a_tab_parted_table_reads_each_question_cell_above_its_answer(
        body: str, how: str, obst: str) -> None:
    ex = extract(body)
    got = values(ex)
    assert got["works_against_segregation"] is False
    assert got["how"] == how
    assert got["obstacles_opportunities"] == obst
    assert "by_position" not in codes(ex)


# rows parted by a blank line (each cell a paragraph, as Outlook writes them), the last answer
# in labelled parts: its first label stays (unseen95, SILENT: read as the heading's)
@pytest.mark.parametrize(("body", "obst"), [
    ("Hej\n\nVilka är ni?\tVi driver bygdegården i byn.\n\nMotverkar ni segregation?\tJa\n\n"
     "Hur?\tVi har öppet hus varje söndag.\n\n"
     "Hinder och möjligheter\tHinder: vi är för få. Möjligheter: många vill hjälpa till.\n\n"
     "Mvh Karin",
     "Hinder: vi är för få. Möjligheter: många vill hjälpa till."),
    ("Hi\r\n\r\nWho are you?\tWe run the village hall.\r\n\r\n"
     "Do you work against segregation?\tYes\r\n\r\nHow?\tOpen house every Sunday.\r\n\r\n"
     "Obstacles and opportunities\tObstacles: we are too few. Opportunities: many want to help."
     "\r\n\r\nRegards, Karin",
     "Obstacles: we are too few. Opportunities: many want to help."),
])
def test_tab_parted_rows_with_blank_lines_between_keep_labelled_parts_whole(
        body: str, obst: str) -> None:
    ex = extract(body)
    got = values(ex)
    assert got["works_against_segregation"] is True
    assert got["how"] in ("Vi har öppet hus varje söndag.", "Open house every Sunday.")
    assert got["obstacles_opportunities"] == obst
    if body.startswith("Hej"):
        assert got["about"] == "Vi driver bygdegården i byn."
        assert not codes(ex)  # a clean table: nothing for a person to check


def test_tab_parted_rows_with_blank_lines_between_are_written_cell_by_cell() -> None:
    text = "Vilka är ni?\tEn kör.\n\nHinder\tLokalen.\n\nMvh\n"
    assert tab_table_as_lines(text) == "Vilka är ni?\nEn kör.\n\nHinder\nLokalen.\n\nMvh\n"
    # one TAB-parted line among prose, a blank line each side, is no table
    lone = "Hej\n\nVi ses\tpå fredag.\n\nMvh\n"
    assert tab_table_as_lines(lone) == lone


def test_tab_parted_rows_leave_a_numbered_list_and_a_single_tab_alone() -> None:
    text = "1.\tVi är en kör.\n2.\tJa\nVi ses\tpå fredag.\n"
    assert tab_table_as_lines(text) == text


# --- a second set of numbered answers (one writer for two associations) ---------------------

SECOND_SET_SV = (
    "Hej!\n\nJag svarar för både kören och syföreningen här.\n\nKÖREN\n\n"
    f"1. {CHOIR}\n2. Ja\n3. {SINGS}\n4. {OBST_PROSE}\n\nSYFÖRENINGEN\n\n"
    "1. Vi syr ihop varje onsdag.\n2. Nej\n3. Det har vi inte tänkt på.\n4. Pengar.\n\n"
    "Hälsningar\nEva"
)
SECOND_SET_EN = (
    "Hi,\n\nBelow are the answers for our club, and for the youth section as well.\n\n"
    f"1) {CHOIR}\n2) Yes\n3) {SINGS}\n4) {OBST_PROSE}\n\nYouth section:\n\n"
    "1) We are 20 teenagers who sing together.\n2) Yes, in a way\n3) Open rehearsals.\n"
    "4) Time.\n\nBest regards\nEva"
)


@pytest.mark.parametrize("body", [SECOND_SET_SV, SECOND_SET_EN])
def test_a_second_set_of_answers_is_no_part_of_the_last_answer(body):
    ex = extract(body)
    assert values(ex) == {"about": CHOIR, "works_against_segregation": True, "how": SINGS,
                          "obstacles_opportunities": OBST_PROSE}
    assert "unassigned_text" in codes(ex)  # the second set: whose it is, a person says


def test_a_second_set_without_a_heading_between_ends_the_last_answer_too():
    body = (f"1. {CHOIR}\n2. Ja\n3. {SINGS}\n4. {OBST_PROSE}\n\n"
            "1. Vi är en förening för pensionärer.\n2. Nej\n3. Inget särskilt.\n4. Lokalen.\n")
    ex = extract(body)
    assert values(ex)["obstacles_opportunities"] == OBST_PROSE
    assert "unassigned_text" in codes(ex)


def test_a_numbered_list_inside_the_last_answer_stays_there():
    # "1. ... 4." again, but no yes or no in the yes/no question's place: a list of obstacles
    body = (f"1. {CHOIR}\n2. Ja\n3. {SINGS}\n4. Hinder:\n"
            "1. lokalen är dyr\n2. få ledare\n3. långt att resa\n4. ont om tid\n")
    ex = extract(body)
    assert values(ex)["obstacles_opportunities"] == (
        "Hinder: 1. lokalen är dyr 2. få ledare 3. långt att resa 4. ont om tid")


# --- one answer given to two text questions by a span of numbers ("3+4.") ---------------------

@pytest.mark.parametrize("marker", ["3+4.", "3 och 4:", "3-4)"])
def test_a_spanned_answer_splits_where_the_second_questions_topic_starts(marker):
    body = (f"Hej!\n\n1. {CHOIR}\n\n2. Ja\n\n{marker} {SINGS} Vi har också en öppen repetition. "
            f"{OBST_PROSE}\n\nHälsningar\nEva")
    ex = extract(body)
    v = values(ex)
    assert v["how"] == f"{SINGS} Vi har också en öppen repetition."
    assert v["obstacles_opportunities"] == OBST_PROSE
    assert "by_position" in codes(ex)  # split by words: a person checks it


def test_a_spanned_answer_in_english():
    body = (f"Hi!\n\n1. {CHOIR}\n2. Yes\n3-4. We sing in care homes across town. The difficulty "
            "is money. The opportunity is all the young people who want to join.\n\nBest, Eva")
    v = values(extract(body))
    assert v["how"] == "We sing in care homes across town."
    assert v["obstacles_opportunities"] == (
        "The difficulty is money. The opportunity is all the young people who want to join.")


def test_a_spanned_answer_that_opens_on_the_second_topic_stays_whole():
    body = (f"Hej!\n\n1. {CHOIR}\n2. Ja\n3+4. {OBST_PROSE} {SINGS}\n\nHälsningar\nEva")
    v = values(extract(body))
    assert v["how"] == f"{OBST_PROSE} {SINGS}"
    assert v["obstacles_opportunities"] is None


def test_numbers_in_another_order_with_a_span_are_read_where_they_stand() -> None:
    # every question numbered once, "2 och 3." covering two of them, 4 first
    ex = extract(
        "Hej,\n\nVi tar det viktigaste först:\n\n"
        "4. Pengar är hindret, men grannarna är vår möjlighet och de kommer gärna.\n\n"
        "1. Vi är en odlingsförening på Augustenborg med trettio lotter och en gemensam bänk.\n\n"
        "2 och 3. Ja. Vi delar ut lotter efter kö, inte efter vem man känner, och har "
        "skyltar på fyra språk.\n\nHälsningar Kim")
    got = values(ex)
    assert got["about"].startswith("Vi är en odlingsförening")
    assert got["works_against_segregation"] is True
    assert got["how"].startswith("Vi delar ut lotter efter kö")
    assert got["obstacles_opportunities"].startswith("Pengar är hindret")
    assert not codes(ex)
    got = values(extract(
        "3-4. We lend out boats for free. The hard part is finding leaders.\n\n"
        "1. A small rowing club in Limhamn.\n\n2. Yes\n\nBest, Jo"))
    assert got["about"] == "A small rowing club in Limhamn."
    assert got["works_against_segregation"] is True


def test_the_writers_own_question_with_its_yes_over_a_list() -> None:
    ex = extract(
        "Hej!\n\nOm klubben:\n* boxning för alla från tio år\n* tjejträning på söndagar\n\n"
        "Motverkar ni segregation? Ja, på många sätt:\n* gratis första terminen\n"
        "* tränare från hela staden\n\nHinder och möjligheter:\n* för liten lokal\n"
        "* många vill börja\n\n/Sami")
    got = values(ex)
    assert got["works_against_segregation"] is True
    assert got["how"] == "* gratis första terminen * tränare från hela staden"
    assert got["obstacles_opportunities"] == "* för liten lokal * många vill börja"
    got = values(extract(
        "About the club:\n- chess for all ages\n- Tuesday evenings\n\n"
        "Segregation? Yes, in two ways:\n- free membership\n- games in the library\n\n"
        "Obstacles and opportunities:\n- no money\n- many want to join"))
    assert got["works_against_segregation"] is True
    assert got["how"] == "- free membership - games in the library"


# --- an arrow pointing at each answer: a mark, no part of the answer (unseen43) ---------------

CLUB = "We are a hiking club for people from the Alps, with walks in Skåne every month."
WHY_NOT = "We are a social club for our members and have no means for projects."
NO_HINDRANCE = "We see no real obstacles, and new members of any background are welcome."


def test_arrows_under_the_questions_of_an_unquoted_original_are_no_part_of_the_answers():
    # Outlook answering above an original it does not quote; the answers typed into it,
    # each after "=>"
    qs = [ln for ln in QUOTE.splitlines() if ln.startswith("> ")]
    inline = "\n".join(f"{q[2:]}\n=> {a}" for q, a in
                       zip(qs, [CLUB, "No", WHY_NOT, NO_HINDRANCE], strict=True))
    body = ("Hello,\n\nOur answers are below, after the arrows.\n\nKind regards\nAnna Huber\n\n"
            "-----Original Message-----\nFrom: Samordnare <samordnare@malmo.se>\n"
            "Sent: Monday, December 2, 2019 10:14 AM\nTo: info@alpina.se\nSubject: Survey\n\n"
            f"Hej!\n\n{inline}\n\nMed vänliga hälsningar\nSamordnare\n")
    got = values(extract_answers(body, QUESTIONS))
    assert got == {"about": CLUB, "works_against_segregation": False, "how": WHY_NOT,
                   "obstacles_opportunities": NO_HINDRANCE}


@pytest.mark.parametrize("arrow", ["→", "->", "-->", "==>", "➜", "↳"])
def test_an_arrow_under_each_quoted_question_opens_no_answer(arrow):
    body = "\n".join(f"{q}\n{arrow} {a}" for q, a in zip(
        [ln for ln in QUOTE.splitlines() if ln.startswith("> ")],
        [CHOIR, "Ja", SINGS, OBST_PROSE], strict=True))
    got = values(extract_answers(f"Hej, svaren står under frågorna.\n\n{body}\n", QUESTIONS))
    assert got == {"about": CHOIR, "works_against_segregation": True, "how": SINGS,
                   "obstacles_opportunities": OBST_PROSE}


def test_an_arrow_after_the_restated_question_on_its_line_is_no_part_of_the_answer():
    body = (f"Hej!\n\n1. Vilka är ni? --> {CHOIR}\n"
            "2. Arbetar ni för att motverka segregation? Ja / nej --> Nej\n"
            f"3. På vilket sätt? -> {SINGS}\n4. Hinder och möjligheter? => {OBST_PROSE}\n\n/Eva")
    got = values(extract(body))
    assert got == {"about": CHOIR, "works_against_segregation": False, "how": SINGS,
                   "obstacles_opportunities": OBST_PROSE}


def test_an_arrow_after_a_number_is_no_part_of_the_answer():
    got = values(extract(f"Hej!\n\n1. ➜ {CHOIR}\n2. ➜ Ja\n3. ➜ {SINGS}\n4. ➜ {OBST_PROSE}\n"))
    assert got["about"] == CHOIR and got["obstacles_opportunities"] == OBST_PROSE


def test_an_arrow_inside_the_text_and_a_list_dash_stay():
    got = values(extract(
        "Hej!\n\n1. Vi är en fritidsgård. Barnen går från läxhjälp -> fotboll varje dag.\n"
        "2. Ja\n3. Så här:\n- läger\n- öppet hus\n4. Pengar.\n"))
    assert got["about"] == "Vi är en fritidsgård. Barnen går från läxhjälp -> fotboll varje dag."
    assert got["how"] == "Så här: - läger - öppet hus"


@pytest.mark.parametrize("lead", [
    "Svaret på 2 och 3 hänger ihop:",
    "Svaren på fråga 2 och 3:",
    "The answers to 2 and 3 go together:",
])
def test_a_lead_in_naming_two_numbers_then_a_colon_answers_both(lead):
    ex = extract(f"1. Vi är en kör i Rosengård.\n\n{lead} Ja, vi sjunger med nyanlända "
                 "varje vecka.\n\n4. Ingen egen lokal.\n\n/Eva")
    assert values(ex) == {
        "about": "Vi är en kör i Rosengård.",
        "works_against_segregation": True,
        "how": "Vi sjunger med nyanlända varje vecka.",
        "obstacles_opportunities": "Ingen egen lokal.",
    }


def test_an_answer_to_a_question_that_says_it_is_answered_later_is_no_lead_in():
    # no colon after the words: "Svaret på 4" in the prose stays prose
    ex = extract("1. Vi är en kör.\n\n2. Ja.\n\n3. Vi sjunger med alla. Svaret på 4 blir "
                 "kort, vi saknar lokal.\n\n/Eva")
    assert values(ex)["how"].startswith("Vi sjunger med alla.")


def test_points_numbered_ad_1_as_polish_and_czech_replies_do():
    ex = extract("Dzień dobry,\n\nAd 1. Vi är en polsk förening i Malmö med lördagsskola.\n\n"
                 "Ad 2. Tak / Ja\n\nAd 3. Vi samarbetar med andra föreningar.\n\n"
                 "Ad 4. Brist på lokal.\n\nZ poważaniem\nKrzysztof")
    assert values(ex) == {
        "about": "Vi är en polsk förening i Malmö med lördagsskola.",
        "works_against_segregation": True,
        "how": "Vi samarbetar med andra föreningar.",
        "obstacles_opportunities": "Brist på lokal.",
    }


def test_ad_as_a_word_of_the_answer_is_no_marker():
    ex = extract("1. Vi gör en ad 2 gånger om året i lokaltidningen.\n\n2. Ja.\n\n"
                 "3. Vi bjuder in alla.\n\n4. Inga hinder.\n\n/Eva")
    assert values(ex)["about"] == "Vi gör en ad 2 gånger om året i lokaltidningen."


# --- a numbered list inside an answer, under its heading ---------------------------------------


@pytest.mark.parametrize("body, how", [
    # a label of the writer's own naming the how-question, the <ol> as HTML mail renders it
    ("Hej!\n\nOm klubben:\nVi är en schackklubb med 80 medlemmar i Husie.\n\n"
     "Motverkar ni segregation?\nJa\n\nPå vilket sätt:\n\n"
     "1. Gratis kurser i skolorna\n2. Turneringar ihop med Rosengård\n3. Lån av brädor\n"
     "Hinder och möjligheter:\nHinder: lokalen. Möjligheter: schack kräver inget språk.\n\n/Ola",
     "1. Gratis kurser i skolorna 2. Turneringar ihop med Rosengård 3. Lån av brädor"),
    # English, the list right under the label
    ("Hi,\n\nAbout us:\nWe are a choir of 40 singers from all over Malmö.\n\n"
     "Do you work against segregation?\nYes\n\nHow we do it:\n"
     "1) Open rehearsals every Monday\n2) Songs in five languages\n\n"
     "Obstacles and opportunities:\nObstacles: money. Opportunities: music needs no words.\n",
     "1) Open rehearsals every Monday 2) Songs in five languages"),
])
def test_numbered_list_under_a_heading_stays_in_that_answer(body: str, how: str) -> None:
    v = values(extract(body))
    assert v["how"] == how
    assert v["works_against_segregation"] is True
    assert str(v["about"]).startswith(("Vi är en schackklubb", "We are a choir"))
    assert v["obstacles_opportunities"] is not None


@pytest.mark.parametrize("body", [
    # a lead-in naming no question over the answers' own numbers
    f"Hej!\n\nHär kommer våra svar:\n\n1. {A1}\n2. Ja\n3. {A3}\n4. {A4}\n\nMvh Eva",
    # a lead-in that names a question, but the yes/no's place says yes: the answers' numbers
    f"Hej!\n\nOm segregation och annat:\n1. {A1}\n2. Ja, absolut\n3. {A3}\n4. {A4}\n",
])
def test_answer_numbers_under_a_lead_in_stay_numbers(body: str) -> None:
    v = values(extract(body))
    assert v["about"] == A1
    assert v["works_against_segregation"] is True
    assert v["how"] == A3
    assert v["obstacles_opportunities"] == A4


# --- a dash list ending the last answer is no sign-off (unseen53) ------------------------------


@pytest.mark.parametrize("items", [
    ["- Hinder: korta bidrag, ett år i taget", "- Hinder: lokalen är för liten",
     "- Möjlighet: kvinnorna sprider ordet själva"],
    ["- Brist på ledare, alla jobbar", "- Dyra lokaler", "- Föräldrar som hjälper till"],
    ["* Obstacles: short grants, one year at a time", "* Too small premises",
     "* Opportunity: word of mouth"],
    ["• Svårt att nå pappor, de jobbar kvällar", "• Bra samarbete med skolan"],
])
def test_short_items_of_a_list_ending_the_last_answer_stay_in_it(items):
    # the short items under the first look like a name and a sign-off to the line model
    body = ("1. Vi är en mötesplats för kvinnor i Holma.\n\n2. Ja.\n\n"
            "3. Vi har svenskundervisning med volontärer.\n\n4.\n" + "\n".join(items)
            + "\n\nVänligen\nShirin, Holma Kvinnocenter")
    got = values(extract(body))["obstacles_opportunities"]
    assert got == " ".join(items)


def test_a_name_under_a_list_with_no_mark_is_still_cut():
    body = ("1. Vi är en mötesplats för kvinnor i Holma.\n\n2. Ja.\n\n"
            "3. Vi har svenskundervisning.\n\n4.\n- Korta bidrag\n- Liten lokal\n\n"
            "Shirin\nHolma Kvinnocenter")
    assert values(extract(body))["obstacles_opportunities"] == "- Korta bidrag - Liten lokal"


# --- an HTML mail's plain alternative: its client drew the <li> items (unseen66) --------------

def _alternative(plain: str, html: str) -> bytes:
    from email.message import EmailMessage

    m = EmailMessage()
    m["From"] = "Maria <kontakt@teatern.se>"
    m["To"] = "samordnare@malmo.se"
    m["Subject"] = "Re: Kartläggning"
    m["Date"] = "Tue, 10 Dec 2019 14:22:47 +0100"
    m.set_content(plain)
    m.add_alternative(html, subtype="html")
    return bytes(m)


GMAIL_HTML = (
    "<div>Hej,</div><div><br></div><div><b>Vilka vi är</b></div><div>Vi är en teaterförening "
    "i Sorgenfri med amatörer i alla åldrar.</div><div><br></div><div><b>Motverkar vi "
    "segregation?</b></div><div>Ja, absolut.</div><div><br></div><div><b>Hur vi jobbar</b></div>"
    "<ul><li>Gratis workshoppar på fritidsgårdar</li><li>Öppen rollbesättning</li></ul>"
    "<div><b>Hinder och möjligheter</b></div><ul><li>Hinder: lokalen är trång</li>"
    "<li>Hinder: bidrag för ett år i taget</li><li>Möjlighet: många unga vill spela</li></ul>"
    "<div>Allt gott,</div><div>Maria</div>")
# Gmail's own plain text of it: "* " marks, no blank line where a list ends
GMAIL_PLAIN = (
    "Hej,\n\nVilka vi är\nVi är en teaterförening i Sorgenfri med amatörer i alla åldrar.\n\n"
    "Motverkar vi segregation?\nJa, absolut.\n\nHur vi jobbar\n\n"
    "* Gratis workshoppar på fritidsgårdar\n* Öppen rollbesättning\nHinder och möjligheter\n\n"
    "* Hinder: lokalen är trång\n* Hinder: bidrag för ett år i taget\n"
    "* Möjlighet: många unga vill spela\n\nAllt gott,\nMaria\n")


def test_a_plain_alternative_of_an_html_list_keeps_the_items_text_and_every_item() -> None:
    from svarsinkorg.intake.decode import decode_message

    text = decode_message(_alternative(GMAIL_PLAIN, GMAIL_HTML)).text
    ex = extract(text)
    got = values(ex)
    assert got["how"] == "Gratis workshoppar på fritidsgårdar Öppen rollbesättning"
    assert got["obstacles_opportunities"] == (
        "Hinder: lokalen är trång Hinder: bidrag för ett år i taget "
        "Möjlighet: många unga vill spela")


def test_a_plain_alternative_with_a_wrapped_item_is_one_drawn_item() -> None:
    from svarsinkorg.parsers.text import plain_lists_from_html

    html = ("<div><b>How we work</b></div><ul><li>Free rehearsals for everyone in Rosengård "
            "and Holma on Tuesday evenings</li><li>Songs in four languages</li></ul>"
            "<div>Obstacles and opportunities</div>")
    plain = ("How we work\n- Free rehearsals for everyone in Rosengård and Holma on\n"
             "Tuesday evenings\n- Songs in four languages\nObstacles and opportunities\n")
    assert plain_lists_from_html(plain, html) == (
        "How we work\n•\tFree rehearsals for everyone in Rosengård and Holma on Tuesday "
        "evenings\n•\tSongs in four languages\n\nObstacles and opportunities\n")


def test_marks_typed_in_an_html_mail_with_no_list_stay_the_writers() -> None:
    from svarsinkorg.parsers.text import plain_lists_from_html

    plain = "Hur:\n- läxhjälp\n- fotboll\n"
    assert plain_lists_from_html(plain, "<div>Hur:<br>- läxhjälp<br>- fotboll</div>") == plain
    # an <li> elsewhere in the mail (a signature's list) draws only its own text
    assert plain_lists_from_html(plain, "<div>Hur:<br>- läxhjälp<br>- fotboll</div>"
                                 "<ul><li>Styrelsen</li></ul>") == plain


@pytest.mark.parametrize(("body", "how", "obstacles"), [
    ("Hej,\n\nOm oss\nVi är en liten teaterförening i Sorgenfri.\n\nMotverkar vi segregation?\n"
     "Ja.\n\nHur vi jobbar\n\n* Gratis workshoppar på fritidsgårdar\n* Öppen rollbesättning\n"
     "Hinder och möjligheter\n\n* Hinder: lokalen är trång\n* Möjlighet: många unga\n\n"
     "Hälsningar\nMaria\n",
     "* Gratis workshoppar på fritidsgårdar * Öppen rollbesättning",
     "* Hinder: lokalen är trång * Möjlighet: många unga"),
    ("Hi,\n\nAbout us\nWe are a small choir in Husie.\n\nAgainst segregation?\nYes.\n\n"
     "How we work\n- free rehearsals in Rosengård\n- songs in four languages\n"
     "Obstacles and opportunities\n- Obstacle: the hall is small\n"
     "- Opportunity: many new singers\n\nBest\nAnna\n",
     "- free rehearsals in Rosengård - songs in four languages",
     "- Obstacle: the hall is small - Opportunity: many new singers"),
])
def test_a_heading_right_under_a_lists_last_item_heads_the_next_answer(body, how, obstacles):
    # typed marks stay (the writer's own); the heading is no part of the list above it
    got = values(extract(body, _example_questions()))
    assert got["how"] == how
    assert got["obstacles_opportunities"] == obstacles


def test_a_wrapped_items_line_naming_no_question_stays_in_the_item() -> None:
    got = values(extract(
        "1. Vi är en kör i Husie.\n\n2. Ja\n\n3. Så här:\n- Vi sjunger på äldreboenden i\n"
        "Husie och Oxie\n\n4. Lokalen är dyr.\n\n/Eva"))
    assert got["how"] == "Så här: - Vi sjunger på äldreboenden i Husie och Oxie"


def _example_questions():
    from svarsinkorg.config import example_config_path, load_config

    return tuple(load_config(example_config_path()).survey.questions)


def test_a_one_word_pronoun_label_on_its_own_line_heads_its_answer() -> None:
    # a two-column table's cells come out one per line: "Vi:" is a label, not "Vi arbetar med:"
    ex = extract("Hej,\nVi:\nVi är föräldrar som stöttar fritidsgården i Kroksbäck med läger.\n"
                 "Ja/nej:\nJa\nHur:\nVi ordnar sommarläger med fritidsgårdar i andra "
                 "stadsdelar.\nHinder/möjligheter:\nHinder: bussarna är dyra.\n\nMvh\nJenny",
                 _example_questions())
    got = values(ex)
    assert got["about"] == "Vi är föräldrar som stöttar fritidsgården i Kroksbäck med läger."
    assert got["how"] == "Vi ordnar sommarläger med fritidsgårdar i andra stadsdelar."
    assert "by_position" not in codes(ex)


# --- an HTML mail's plain alternative that lost its paragraph breaks (unseen66) --------------

OUTLOOK_PARAGRAPHS_HTML = (
    "<html><body><div><p>Hej och tack för mejlet,</p><p>Vi är en vänförening till badhuset "
    "med 900 medlemmar. Vi ordnar vinterbad och bastukvällar.</p><p>Vi delar ut gratis "
    "entrékort till SFI-elever och har en badvärd som pratar arabiska.</p><p>Svårigheterna är "
    "att det kostar att ta sig hit. Möjligheterna är stora.</p><p>Vänligen<br>Margareta</p>"
    "</div></body></html>")
OUTLOOK_PARAGRAPHS_PLAIN = (
    "Hej och tack för mejlet,\nVi är en vänförening till badhuset med 900 medlemmar. Vi ordnar "
    "vinterbad och bastukvällar.\nVi delar ut gratis entrékort till SFI-elever och har en "
    "badvärd som pratar arabiska.\nSvårigheterna är att det kostar att ta sig hit. "
    "Möjligheterna är stora.\nVänligen\nMargareta\n")


def test_a_plain_alternative_gets_back_the_html_paragraphs_breaks() -> None:
    from svarsinkorg.intake.decode import decode_message

    text = decode_message(_alternative(OUTLOOK_PARAGRAPHS_PLAIN, OUTLOOK_PARAGRAPHS_HTML)).text
    assert text.startswith(
        "Hej och tack för mejlet,\n\nVi är en vänförening till badhuset med 900 medlemmar. "
        "Vi ordnar vinterbad och bastukvällar.\n\nVi delar ut")
    assert "Möjligheterna är stora.\n\nVänligen\nMargareta" in text
    got = values(extract(text))
    assert got["about"] == ("Vi är en vänförening till badhuset med 900 medlemmar. "
                            "Vi ordnar vinterbad och bastukvällar.")
    assert got["obstacles_opportunities"] == (
        "Svårigheterna är att det kostar att ta sig hit. Möjligheterna är stora.")


def test_outlooks_line_per_paragraph_html_leaves_the_plain_lines_alone() -> None:
    from svarsinkorg.parsers.text import plain_paragraphs_from_html

    html = ('<p class="MsoNormal">Om oss</p><p class="MsoNormal">Vi är en kör.</p>'
            '<p class="MsoNormal">Hinder</p><p class="MsoNormal">Lokalen.</p>')
    plain = "Om oss\nVi är en kör.\nHinder\nLokalen.\n"
    assert plain_paragraphs_from_html(plain, html) == plain


def test_plain_lines_inside_one_html_paragraph_stay_together() -> None:
    from svarsinkorg.parsers.text import plain_paragraphs_from_html

    html = ("<p>Hi,</p><p>About us<br>We are a choir in Husie.</p><p>How<br>We sing.</p>"
            "<p>Best,<br>Anna</p>")
    plain = "Hi,\nAbout us\nWe are a choir in Husie.\nHow\nWe sing.\nBest,\nAnna\n\n> q\n"
    assert plain_paragraphs_from_html(plain, html) == (
        "Hi,\n\nAbout us\nWe are a choir in Husie.\n\nHow\nWe sing.\n\nBest,\nAnna\n\n> q\n")


def test_a_plain_text_that_kept_a_paragraph_break_keeps_its_layout() -> None:
    from svarsinkorg.parsers.text import plain_paragraphs_from_html

    # the writer's heading right above its answer (a <p> each in the HTML) stays so
    html = ("<p>Hej,</p><p>Vilka är vi?</p><p>Vi är en grupp i församlingen.</p>"
            "<p>Hinder?</p><p>Språket.</p>")
    plain = "Hej,\n\nVilka är vi?\nVi är en grupp i församlingen.\n\nHinder?\nSpråket.\n"
    assert plain_paragraphs_from_html(plain, html) == plain


def test_html_with_unclosed_or_broken_tags_reads_what_it_closes() -> None:
    from svarsinkorg.parsers.text import plain_lists_from_html, plain_paragraphs_from_html

    # </p> left out after the last paragraphs (legal HTML): only closed ones are paragraphs
    # (the last of them the sign-off's, no break), and a mail of such <p>s alone is returned
    # as it is
    plain = "Hej,\nOm oss\nVi är en kör.\nHinder\nLokalen.\n"
    html = "<p>Hej,</p><p>Om oss</p><p>Vi är en kör.</p><p>Hinder<p>Lokalen." + "<p>x" * 500
    assert plain_paragraphs_from_html(plain, html) == (
        "Hej,\n\nOm oss\n\nVi är en kör.\nHinder\nLokalen.\n")
    assert plain_paragraphs_from_html(plain, "<p>Hej,<p>Om oss" * 500) == plain
    # "<li" with no ">" after it is no item; the item before it still is, ending there
    html = "<ul><li>läxhjälp</li><li>fotboll" + "<li" * 500
    assert plain_lists_from_html("* läxhjälp\n* fotboll\nHinder\n", html) == (
        "•\tläxhjälp\n•\tfotboll\nHinder\n")


# --- issue 9, unseen82: writers with Swedish as a second language -------------------------------

@pytest.mark.parametrize(("asked", "answer"), [
    ("Vilka är vi?", CHOIR),
    ("Vad gör vi?", CHOIR),
    ("Who are we?", "We are a choir in Husie with thirty singers."),
])
def test_the_writer_asking_itself_after_the_number_is_a_heading(asked, answer) -> None:
    # "1. Vad gör vi? Vi är ...": a short question of the writer's own, asked of itself and
    # fitting no other question, heads the answer on its line
    body = (f"Hej!\n\n1. {asked} {answer}\n\n2. Ja\n\n3. {SINGS}\n\n4. {HARD}\n\n"
            "Hälsningar\nEva")
    ex = extract(body + QUOTE)
    assert values(ex)["about"] == answer
    assert values(ex)["how"] == SINGS


def test_a_question_to_the_reader_after_the_number_stays_the_answer() -> None:
    # asked of the reader ("ni", "you"), the question is the writer's answer: it stays
    body = (f"Hej!\n\n1. {CHOIR}\n\n2. Ja\n\n3. {SINGS}\n\n4. Vad menar ni med möjligheter? "
            "Vi har inga stora hinder.\n\nHälsningar\nEva")
    v = values(extract(body + QUOTE))
    assert v["obstacles_opportunities"] == "Vad menar ni med möjligheter? Vi har inga stora hinder."


@pytest.mark.parametrize(("aside", "answer"), [
    ("(förlåt, jag skriver på engelska, det går fortare)",
     "Renting a room is expensive. Many new families want to join."),
    ("(sorry, in English)", "Lokalen är dyr. Många nya familjer vill vara med."),
    ("(ursäkta min svenska)", "Lokalen är dyr. Många nya familjer vill vara med."),
])
def test_a_bracketed_note_on_the_writing_opening_an_answer_is_dropped(aside, answer) -> None:
    # a note in brackets on the writing itself (an apology, the language it is written in)
    # opening an answer is said to the reader; the rest answers
    body = (f"Hej!\n\n1. {CHOIR}\n\n2. Ja\n\n3. {SINGS}\n\n4. {aside} {answer}\n\n"
            "Hälsningar\nEva")
    assert values(extract(body + QUOTE))["obstacles_opportunities"] == answer


def test_a_bracketed_note_on_the_content_stays() -> None:
    body = (f"Hej!\n\n1. {CHOIR}\n\n2. Ja\n\n3. {SINGS}\n\n4. (se även vår verksamhetsberättelse)"
            " Lokalen är dyr.\n\nHälsningar\nEva")
    assert values(extract(body + QUOTE))["obstacles_opportunities"] == \
        "(se även vår verksamhetsberättelse) Lokalen är dyr."


@pytest.mark.parametrize(("plain", "html", "how"), [
    # Outlook's plain alternative of a nested <ul>: "*" for the first level, "o" for the
    # second, each padded to its tab stop; the marks are the client's, the words the answer
    ("Hej,\n\n1. Vi är en kör i Husie.\n\n2. Ja\n\n3. Vi jobbar på två sätt:\n\n"
     "  *   Repetitioner\n      o   tisdagar i Rosengård\n      o   gratis för alla\n"
     "  *   Konserter\n\n"
     "4. Lokalen är för liten.\n\nHälsningar\nEva\n",
     "<ul><li>Repetitioner<ul><li>tisdagar i Rosengård</li><li>gratis för alla</li></ul>"
     "</li><li>Konserter</li></ul>",
     "Vi jobbar på två sätt: Repetitioner tisdagar i Rosengård gratis för alla Konserter"),
    ("Hi,\n\n1. We are a choir in Husie.\n\n2. Yes\n\n3. We work in two ways:\n\n  *   Workshops\n"
     "      o   at youth centres\n          §   in Holma\n  *   Open auditions\n\n"
     "4. The hall is small.\n\nBest\nAnna\n",
     "<ul><li>Workshops<ul><li>at youth centres<ul><li>in Holma</li></ul></li></ul></li>"
     "<li>Open auditions</li></ul>",
     "We work in two ways: Workshops at youth centres in Holma Open auditions"),
])
def test_outlooks_nested_list_marks_in_the_plain_text_are_no_answer_words(plain, html, how):
    from svarsinkorg.parsers.text import plain_lists_from_html

    ex = extract(plain_lists_from_html(plain, html))
    assert values(ex)["how"] == how
    assert not codes(ex)


def test_a_typed_o_for_och_at_a_lines_start_stays_when_no_li_has_its_text():
    from svarsinkorg.parsers.text import plain_lists_from_html

    plain = "3. Vi har:\n  o   kaffe\n"  # no <li> reads "kaffe": the writer's own line
    assert plain_lists_from_html(plain, "<ul><li>annat</li></ul>") == plain


@pytest.mark.parametrize(("plain", "html", "obstacles"), [
    # Outlook's plain alternative of an <ol> inside answer 4, under the writer's numbered
    # lines: its numbers start again inside the answer, so they are the client's
    ("Hej,\n\n1. Vi är en kör i Husie.\n\n2. Ja\n\n3. Vi sjunger på fyra språk.\n\n"
     "4. Vi ser tre problem:\n\n  1.   Hyran för lokalen.\n  2.   Få ledare.\n"
     "  3.   Långa resor.\n\nHälsningar\nEva\n",
     "<p>4. Vi ser tre problem:</p><ol><li>Hyran för lokalen.</li><li>Få ledare.</li>"
     "<li>Långa resor.</li></ol>",
     "Vi ser tre problem: Hyran för lokalen. Få ledare. Långa resor."),
    ("Hi,\n\n1. We are a choir in Husie.\n\n2. Yes\n\n3. We sing in four languages.\n\n"
     "4. Obstacles:\n   1.   The rent of the hall.\n   2.   Few leaders.\n\nBest\nAnna\n",
     "<p>4. Obstacles:</p><ol><li>The rent of the hall.</li><li>Few leaders.</li></ol>",
     "Obstacles: The rent of the hall. Few leaders."),
])
def test_an_ol_inside_an_answer_written_by_outlook_in_plain_keeps_its_items_text(
        plain, html, obstacles):
    from svarsinkorg.parsers.text import plain_lists_from_html

    ex = extract(plain_lists_from_html(plain, html))
    assert values(ex)["obstacles_opportunities"] == obstacles
    assert values(ex)["how"] in ("Vi sjunger på fyra språk.", "We sing in four languages.")


def test_an_ol_of_the_answers_themselves_keeps_its_numbers_in_plain():
    from svarsinkorg.parsers.text import plain_lists_from_html

    # no numbered line of the writer's above the list: its numbers are the questions'
    plain = ("Hej,\n\n  1.   Vi är en kör i Husie.\n  2.   Ja\n  3.   Vi sjunger på fyra språk.\n"
             "  4.   Hyran är hög.\n\nHälsningar\nEva\n")
    html = ("<ol><li>Vi är en kör i Husie.</li><li>Ja</li><li>Vi sjunger på fyra språk.</li>"
            "<li>Hyran är hög.</li></ol>")
    assert plain_lists_from_html(plain, html) == plain
    got = values(extract(plain))
    assert (got["about"], got["works_against_segregation"]) == ("Vi är en kör i Husie.", True)
