"""Answers found by structure (issue 9): headings in the reader's own words, assigned to the
questions in one order-aware pass; plain paragraphs in order; yes/no said in prose. Each
kind is checked on several small realistic replies, without the config's aliases unless a
test says so, with the values and the review reason asserted."""

from __future__ import annotations

import pytest
from helpers import Q1, Q2, Q3, Q4, QUESTIONS, codes, extract, values

from svarsinkorg.config import Question
from svarsinkorg.parsers.answers import extract_answers
from svarsinkorg.parsers.cues import stands_as_before

WITH_ALIASES = (
    Question("about", Q1, "text", 1, ("Om oss", "Who we are")),
    QUESTIONS[1],
    QUESTIONS[2],
    Question("obstacles_opportunities", Q4, "text", 4, ("Utmaningar och möjligheter",)),
)

ABOUT = "Vi är en kör i Husie med 30 sångare och repeterar varje tisdag i kyrkan."
HOW = "Vi sjunger på äldreboenden i hela stan och har en öppen kör för nyanlända."
OBST = "Lokalen är dyr och det är svårt att hitta nya ledare, men intresset är stort."
FULL = {
    "about": ABOUT,
    "works_against_segregation": True,
    "how": HOW,
    "obstacles_opportunities": OBST,
}


# --- headings in other words ---------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        # own headings on lines of their own, no colon; the writer's own questions
        f"Hej!\n\nVilka är vi?\n{ABOUT}\n\nMotverkar vi segregation?\nJa\n\nHur då?\n{HOW}\n\n"
        f"Hinder och möjligheter\n{OBST}\n\nMvh Eva",
        # labels on the same line, colon
        f"Hej,\n\nVilka vi är: {ABOUT}\n\nSegregation? Ja absolut\n\nHur: {HOW}\n\n"
        f"Hinder/möjligheter: {OBST}\n\nHälsningar\nEva",
        # labels with a dash, en dash
        f"Bästa samordnare,\n\nVerksamheten – {ABOUT}\n\nSegregation - ja\n\n"
        f"På vilket sätt - {HOW}\n\nHinder och möjligheter - {OBST}\n\nTack och hälsningar\nEva",
        # heading lines ending in a dash
        f"Hej,\n\nVår verksamhet -\n{ABOUT}\n\nJobbar ni mot segregation? -\nJa, absolut.\n\n"
        f"Hur -\n{HOW}\n\nHinder och möjligheter -\n{OBST}",
    ],
)
def test_headings_in_own_words_are_found_and_cut_off(body: str) -> None:
    ex = extract(body)
    got = values(ex)
    assert got["about"] == ABOUT
    assert got["how"] == HOW
    assert got["obstacles_opportunities"] == OBST
    assert got["works_against_segregation"] is True
    assert ex.reasons == []


def test_headings_without_blank_lines_around_them() -> None:
    # HTML mail with <br> lines: the heading sits right under the previous answer
    body = f"Hej!\nOm oss\n{ABOUT}\nSegregation\nJa\nHur\n{HOW}\nHinder och möjligheter\n{OBST}"
    ex = extract(body, WITH_ALIASES)
    assert values(ex) == FULL
    assert ex.reasons == []


def test_headings_in_english_with_no_alias_are_placed_by_the_answers_shape() -> None:
    body = (
        f"Hello!\n\nWho we are\n{ABOUT}\n\nAgainst segregation?\nYes!\n\nWhat we do\n{HOW}\n\n"
        f"Challenges\n{OBST}\n\nCheers, Eva"
    )
    ex = extract(body, WITH_ALIASES)
    assert values(ex) == FULL


def test_unknown_headings_are_placed_by_their_order_between_named_ones() -> None:
    # "Om kören" and "Det som bromsar" name no question; their neighbours leave one place each
    body = (
        f"Hej,\n\nOm kören:\n{ABOUT}\n\nArbetar ni mot segregation?\nJa\n\nVad vi gör:\n{HOW}\n\n"
        f"Det som bromsar:\n{OBST}\n\nMvh Eva"
    )
    ex = extract(body)
    assert values(ex) == FULL
    assert ex.reasons == []


def test_headings_that_name_nothing_at_all_are_placed_by_order_and_flagged() -> None:
    body = (
        f"Hej,\n\nKören\n{ABOUT}\n\nStyrelsens syn\nJa, det gör vi verkligen varje vecka här.\n\n"
        f"Konserterna\n{HOW}\n\nFramtiden\n{OBST}\n"
    )
    ex = extract(body)
    assert values(ex)["about"] == ABOUT
    assert values(ex)["obstacles_opportunities"] == OBST
    assert "by_position" in codes(ex)


def test_aliases_from_the_config_name_a_heading() -> None:
    body = (
        f"Hello,\n\nWho we are:\n{ABOUT}\n\nSegregation: yes\n\nHow:\n{HOW}\n\n"
        f"Utmaningar och möjligheter:\n{OBST}\n"
    )
    ex = extract(body, WITH_ALIASES)
    assert values(ex) == FULL
    assert ex.reasons == []


def test_an_alias_with_a_word_around_it_still_names_the_question() -> None:
    ex = extract(f"Hej!\n\nKort om oss: {ABOUT}\n", WITH_ALIASES)
    assert values(ex)["about"] == ABOUT


def test_a_heading_is_never_left_glued_to_the_answer() -> None:
    body = f"Hej\n\nOm oss\n{ABOUT}\n\nHinder och möjligheter\n{OBST}\n"
    got = values(extract(body, WITH_ALIASES))
    assert got["about"] == ABOUT
    assert got["obstacles_opportunities"] == OBST


def test_split_label_inside_an_answer_stays_in_it() -> None:
    # "Hinder:" / "Möjligheter:" under the question's own heading belong to the answer
    body = "Hinder och möjligheter?\nHinder: lokalen är dyr.\nMöjligheter: många vill vara med.\n"
    got = values(extract(body))
    assert got["obstacles_opportunities"] == (
        "Hinder: lokalen är dyr. Möjligheter: många vill vara med."
    )


def test_a_lone_document_title_is_no_heading() -> None:
    text = "Verksamhetsberättelse 2019\nStyrelsen har haft tio möten under året och ett årsmöte."
    assert all(v is None for v in values(extract_answers(text, QUESTIONS)).values())


def test_signature_in_another_language_is_cut_from_the_last_answer() -> None:
    body = (
        f"1) {ABOUT}\n2) Ja!\n3) {HOW}\n4) {OBST}\n\n"
        "Pozdrawiam / Hälsningar\nMarta Nowak\nordförande"
    )
    assert values(extract(body)) == FULL


def test_numbers_with_a_short_heading_of_their_own_above_the_answer() -> None:
    body = f"1 Om oss\n{ABOUT}\n2 Segregation\nJa\n3 Hur\n{HOW}\n4 Hinder\n{OBST}"
    ex = extract(body, WITH_ALIASES)
    assert values(ex) == FULL
    assert ex.reasons == []


def test_question_numbers_as_words_on_a_line_of_their_own_are_numbers() -> None:
    body = (f"Hej!\n\nFråga ett\n{ABOUT}\n\nFråga två\nJa\n\nFråga tre\n{HOW}\n\n"
            f"Fråga fyra\n{OBST}\n\nYonas")
    ex = extract(body)
    assert values(ex) == FULL
    assert ex.reasons == []  # numbered, not placed by their order


def test_a_label_after_the_number_that_opens_a_list_stays_in_the_answer() -> None:
    body = f"1. {ABOUT}\n2. Ja\n3. {HOW}\n4. Hinder:\n- lokalen är dyr\nMöjligheter: många vill"
    assert values(extract(body))["obstacles_opportunities"] == (
        "Hinder: - lokalen är dyr Möjligheter: många vill"
    )


# --- plain paragraphs in question order -------------------------------------------------------


def test_four_plain_paragraphs_that_fit_their_questions_need_no_review() -> None:
    # the count matches, the yes/no paragraph is a plain yes, each paragraph reads as an
    # answer: the order is confirmed by the reply's shape, noted, not flagged
    body = f"Hej!\n\nHär kommer våra svar.\n\n{ABOUT}\n\nJa det gör vi.\n\n{HOW}\n\n{OBST}\n"
    ex = extract(body)
    assert values(ex) == FULL
    assert ex.reasons == []
    assert "by_position_confirmed" in ex.flags


@pytest.mark.parametrize(
    ("paragraphs", "why"),
    [
        # the yes/no paragraph hedges: a person decides
        ((ABOUT, "Ja, det gör vi nog.", HOW, OBST), "hedged yes"),
        # a greeting in another language left on the first answer
        ((f"Silav! {ABOUT}", "Ja", HOW, OBST), "greeting left"),
        # (a word the reader did not know before each number, "Sp 1." ... "Sp 4.", is read as
        # the numbering by its shape since unseen111: test_parsers_webmail_shapes_u111)
        # a note about the mail read as the first answer (a short thanks opening it is cut:
        # test_a_short_thanks_on_the_mail_opening_answer_one_is_cut)
        ((f"Tack för mejlet och för att ni vill veta mer om oss, här kommer föreningens svar "
          f"på frågorna. {ABOUT}", "Ja", HOW, OBST), "introduction"),
        # the third paragraph speaks of obstacles and opportunities, the fourth of what they do
        ((ABOUT, "Ja",
          "Hindren är lokalhyran och möjligheterna är de många nya medlemmarna vi upplever.",
          HOW), "out of order"),
        # one answer in two paragraphs, the last question unanswered
        ((ABOUT, "Ja", HOW, "Vi har även en sommarkör som sjunger i parkerna."), "goes on"),
        # a closing or an afterthought in the last question's place
        ((ABOUT, "Ja", HOW, "Vi ser fram emot att läsa resultatet!"), "closing"),
        ((ABOUT, "Ja", HOW, "PS. Vi har bytt ordförande sedan sist."), "postscript"),
    ],
)
def test_paragraphs_in_order_that_do_not_fit_their_questions_stay_flagged(
        paragraphs: tuple[str, ...], why: str) -> None:
    ex = extract("Hej\n\n" + "\n\n".join(paragraphs) + "\n")
    assert "by_position" in codes(ex), why


def test_a_short_thanks_on_the_mail_opening_answer_one_is_cut() -> None:
    # (unseen61) a thanks of up to ten words said before the story starts is no answer
    ex = extract("Hej\n\n" + "\n\n".join(
        (f"Tack för mejlet, här kommer föreningens svar på frågorna. {ABOUT}", "Ja", HOW, OBST))
        + "\n")
    assert values(ex)["about"] == ABOUT


@pytest.mark.parametrize(
    ("opening", "value", "doubt"),
    [
        ("Segregation, ja det är ju det vi håller på med egentligen.", True, False),
        ("Det gör vi absolut.", True, False),
        # "not explicitly": a hedged no is read, and a person confirms it
        ("Inte uttalat.", False, True),
        ("Ja, det gör vi nog i praktiken.", True, True),
    ],
)
def test_three_paragraphs_the_yes_no_opening_its_follow_up(opening: str, value: bool,
                                                           doubt: bool) -> None:
    body = f"Hej\n\n{ABOUT}\n\n{opening} {HOW}\n\n{OBST}\n"
    ex = extract(body)
    assert values(ex)["works_against_segregation"] is value
    assert values(ex)["about"] == ABOUT
    if doubt:
        assert {"by_position", "yes_no_from_prose"} <= codes(ex)
    else:
        # a plain yes opening the follow-up's own paragraph is as good as its own answer
        assert values(ex) == FULL
        assert ex.reasons == []
        assert "yes_no_from_follow_up:works_against_segregation" in ex.flags


def test_three_paragraphs_a_leading_no_keeps_its_reason_in_the_follow_up() -> None:
    ex = extract(f"Hej\n\n{ABOUT}\n\nNej, det har vi inte haft som mål. {HOW}\n\n{OBST}\n")
    got = values(ex)
    assert got["works_against_segregation"] is False
    assert got["how"] == f"Det har vi inte haft som mål. {HOW}"
    assert ex.reasons == []  # a plain no, said first in the follow-up's paragraph


def test_three_paragraphs_a_no_said_both_ways_stays_flagged() -> None:
    ex = extract(f"Hej\n\n{ABOUT}\n\nNej, men ja i praktiken ibland. {HOW}\n\n{OBST}\n")
    assert "by_position" in codes(ex)


def test_three_paragraphs_without_a_yes_no_leave_it_open_and_say_so() -> None:
    middle = "Segregation är ett stort ord och vi vet inte riktigt vad vi ska svara."
    ex = extract(f"Hej\n\n{ABOUT}\n\n{middle}\n\n{OBST}\n")
    got = values(ex)
    assert got["works_against_segregation"] is None
    assert got["how"] == middle
    assert "yes_no_missing" in codes(ex)


def test_one_paragraph_split_at_the_yes_no_sentence() -> None:
    body = (
        "Hej. Vi är en musikförening för unga i Möllan med replokaler och studio. "
        "Yes definitivt. Gratis bandcoachning och vi blandar kids från hela stan i samma band. "
        "Lokalhyran är ett problem, men möjligheten är att musik är en plats för alla. "
        "Hälsningar Ali"
    )
    ex = extract(body)
    assert values(ex) == {
        "about": "Vi är en musikförening för unga i Möllan med replokaler och studio.",
        "works_against_segregation": True,
        "how": "Gratis bandcoachning och vi blandar kids från hela stan i samma band.",
        "obstacles_opportunities": (
            "Lokalhyran är ett problem, men möjligheten är att musik är en plats för alla."
        ),
    }
    # where "how" ends and "obstacles" starts inside one paragraph is read from its words:
    # a guess, however well the parts fit
    assert {"by_position", "yes_no_from_prose"} <= codes(ex)


def test_one_paragraph_split_at_a_hedged_yes_stays_flagged() -> None:
    body = (
        "Vi är en musikförening för unga i Möllan med replokaler och studio. Det gör vi nog. "
        "Vi blandar kids från hela stan i samma band. "
        "Lokalhyran är ett hinder, men möjligheten är att musik är en plats för alla.\n\n"
        "Hälsningar Ali"
    )
    ex = extract(body)
    assert values(ex)["works_against_segregation"] is True
    assert {"by_position", "yes_no_from_prose"} <= codes(ex)


@pytest.mark.parametrize(
    ("note", "yes_no", "confirmed"),
    [
        # a note only on the mail, the order pinned by a bare "Nej." in its place: a note
        ("Här kommer föreningens svar på er förfrågan. Jag har tagit frågorna i tur och "
         "ordning.", "Nej.", True),
        # the note may hold part of the first answer ("vi är en kör ..."): a doubt
        ("Vi är en liten kör och har diskuterat frågorna i styrelsen.", "Nej.", False),
        ("Jag fick mejlet av en vän, och vi har läst frågorna.", "Nej.", False),
        # nothing pins the order: where the answers start is a guess
        ("Här kommer föreningens svar på er förfrågan. Jag har tagit frågorna i tur och "
         "ordning.", "Nej, det har vi faktiskt aldrig haft som mål i föreningen.", False),
    ],
)
def test_prose_in_order_behind_a_note_about_the_mail(note: str, yes_no: str,
                                                     confirmed: bool) -> None:
    # "Bäste samordnare, här kommer ... svar": the note is no part of the first answer
    body = f"Bäste samordnare,\n\n{note}\n\n{ABOUT}\n\n{yes_no}\n\n{HOW}\n\n{OBST}\n\nMvh Gösta"
    ex = extract(body)
    assert values(ex)["works_against_segregation"] is False
    assert values(ex)["about"] == ABOUT
    assert ("by_position" in codes(ex)) is not confirmed


def test_preamble_in_other_words_is_no_answer() -> None:
    body = (
        f"Hej\n\nfick kartläggningen vidarebefordrad från vår ordförande, här är svaren\n\n"
        f"{ABOUT}\n\nNej\n\nVi har aldrig diskuterat det i styrelsen.\n\n{OBST}\n"
    )
    got = values(extract(body))
    assert got["about"] == ABOUT
    assert got["works_against_segregation"] is False


# --- yes/no ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "value"),
    [("Tak - ja", True), ("Inte uttalat.", False), ("Ja, i allra högsta grad.", True),
     ("Oui / yes", True), ("Nej, inte direkt.", False)],
)
def test_yes_no_in_more_words(answer: str, value: bool) -> None:
    got = values(extract(f"1. {ABOUT}\n2. {answer}\n3. {HOW}\n4. {OBST}"))
    assert got["works_against_segregation"] is value


def test_yes_no_from_the_follow_up_when_its_own_answer_is_missing() -> None:
    body = (
        f"Om föreningen -\n{ABOUT}\n\nJobbar ni mot segregation och hur -\n"
        f"Det gör vi absolut. {HOW}\n\nHinder och möjligheter -\n{OBST}"
    )
    ex = extract(body)
    assert values(ex) == FULL
    # the follow-up's own answer opens with a plain yes: as good as its own answer, noted
    assert ex.reasons == []
    assert "yes_no_from_follow_up:works_against_segregation" in ex.flags


@pytest.mark.parametrize("opening", ["Det gör vi nog.", "Ja, men inte som förening.",
                                     "Vi försöker, och ja, ibland lyckas vi."])
def test_yes_no_from_the_follow_up_hedged_or_not_first_stays_flagged(opening: str) -> None:
    body = (
        f"Om föreningen -\n{ABOUT}\n\nJobbar ni mot segregation och hur -\n"
        f"{opening} {HOW}\n\nHinder och möjligheter -\n{OBST}"
    )
    assert codes(extract(body)) & {"yes_no_from_prose", "ambiguous", "yes_no_missing"}


def test_yes_no_inside_prose_of_another_answer_is_taken_and_flagged() -> None:
    body = (
        f"1. {ABOUT} Vi har funnits länge och ja vi jobbar mot segregation varje dag.\n\n"
        f"3. {HOW}\n\n4. {OBST}"
    )
    ex = extract(body)
    assert values(ex)["works_against_segregation"] is True
    assert "yes_no_from_prose" in codes(ex)


def test_a_heading_for_two_questions_the_yes_opening_the_answer() -> None:
    body = (
        f"Om oss: {ABOUT}\n\nSegregation och hur: Ja, vi sjunger på äldreboenden.\n\n"
        f"Hinder: {OBST}"
    )
    ex = extract(body, WITH_ALIASES)
    assert values(ex)["works_against_segregation"] is True
    assert values(ex)["how"] == "Ja, vi sjunger på äldreboenden."
    assert ex.reasons == []  # "Ja, ..." opens the follow-up's own answer


def test_two_statements_that_disagree_decide_nothing() -> None:
    body = (
        f"1. {ABOUT} Ja, vi arbetar mot segregation.\n\n"
        f"3. Nej, vi arbetar inte med segregation som förening. {HOW}\n\n4. {OBST}"
    )
    ex = extract(body)
    assert values(ex)["works_against_segregation"] is None
    assert "yes_no_conflict" in codes(ex)


def test_bold_heading_on_the_answers_line_in_html_mail() -> None:
    from svarsinkorg.parsers.text import html_to_text

    html = (
        f"<p>Hej!</p><p><b>Om oss</b> {ABOUT}</p><p><strong>Segregation</strong><br>Ja</p>"
        f"<p><b>Hur</b><br>{HOW}</p><p><b>Hinder och möjligheter</b> {OBST}</p>"
    )
    text = html_to_text(html)
    assert "Om oss: Vi är en kör" in text
    assert values(extract_answers(text, WITH_ALIASES)) == FULL
    # bold inside a sentence, or a bold name that the sentence goes on from, stays as it is
    assert html_to_text("<p>Vi sjunger <b>tre</b> gånger.</p>").strip() == "Vi sjunger tre gånger."
    assert html_to_text("<p><b>Kören Ton</b> är en kör.</p>").strip() == "Kören Ton är en kör."


def test_an_undecided_yes_no_paragraph_in_order_is_ambiguous_and_flagged() -> None:
    ex = extract(f"Hej\n\n{ABOUT}\n\nNja, inte uttryckligen men i praktiken.\n\n{HOW}\n\n{OBST}")
    assert values(ex) == {**FULL, "works_against_segregation": None}
    assert {"by_position", "ambiguous"} <= codes(ex)


def test_a_wish_to_talk_inside_an_answer_leaves_the_answer() -> None:
    ex = extract(f"1. {ABOUT} Vi berättar gärna mer muntligt.\n2. Ja\n3. {HOW}\n4. {OBST}")
    assert values(ex) == FULL
    assert ex.wants_interview is True


def test_the_only_sentence_of_the_follow_up_stays_its_answer() -> None:
    middle = "Vi jobbar absolut mot segregation genom öppna repetitioner för alla."
    ex = extract(f"Hej\n\n{ABOUT}\n\n{middle}\n\n{OBST}")
    assert values(ex) == {**FULL, "how": middle}
    # the yes said in the question's own words, the writer the subject, opening the
    # follow-up's paragraph: as plain as "Ja, vi ..." there (test_parsers_yes_no_prose.py)
    assert not {"by_position", "yes_no_from_prose"} & codes(ex)


# --- the writer's own questions as headings, a label of the answer's own under one ---------


def test_long_own_question_headings_shaped_like_their_siblings_are_headings() -> None:
    # every heading a question of the writer's own on its line; the last is longer than a
    # short heading and names no question by its words, and its answer opens with a label
    body = (
        f"Hej,\n\nVem är vi?\n{ABOUT}\n\nMotverkar vi segregation?\nJa, det gör vi.\n\n"
        f"Hur går det till?\n{HOW}\n\nVad står i vägen och vad ger oss kraft?\n"
        "Problem: lokalen är dyr. Styrka: många vill hjälpa till.\n\nMvh Eva"
    )
    ex = extract(body)
    got = values(ex)
    assert got["about"] == ABOUT
    assert got["works_against_segregation"] is True
    assert got["how"] == HOW  # the last heading is not left at the end of this answer
    assert got["obstacles_opportunities"] == (
        "Problem: lokalen är dyr. Styrka: många vill hjälpa till.")


def test_a_label_right_under_a_heading_line_belongs_to_the_answer() -> None:
    body = (
        f"Om oss:\n{ABOUT}\n\nSegregation:\nJa\n\nHur:\n{HOW}\n\nHinder och möjligheter:\n"
        "Hinder: vi saknar pengar. Möjligheter: skolan vill samarbeta.\n"
    )
    ex = extract(body, WITH_ALIASES)
    got = values(ex)
    assert got["how"] == HOW
    assert got["obstacles_opportunities"] == (
        "Hinder: vi saknar pengar. Möjligheter: skolan vill samarbeta.")
    assert ex.reasons == []


# --- closings and declines ----------------------------------------------------------------


@pytest.mark.parametrize("wish", [
    "Vi önskar er alla en god jul och ett gott nytt år.",
    "Jag önskar dig en fin helg.",
    "Allt gott önskar vi i styrelsen.",
    "God fortsättning på det nya året!",
    "Wishing you all a peaceful holiday season.",
])
def test_a_paragraph_wishing_the_reader_well_ends_the_last_answer(wish: str) -> None:
    body = f"1. {ABOUT}\n\n2. Ja\n\n3. {HOW}\n\n4. {OBST}\n\n{wish}\n\nMed vänlig hälsning\nEva"
    ex = extract(body)
    assert values(ex)["obstacles_opportunities"] == OBST
    assert ex.reasons == []


@pytest.mark.parametrize("body", [
    "Hej!\n\nStyrelsen har valt att inte delta. Vi är en liten bokcirkel och har ingen "
    "verksamhet utåt.\n\nHälsningar\nAnna",
    "Hej,\n\nVi tackar nej. Föreningen har bara åtta medlemmar som spelar schack på "
    "fredagar.\n\nMvh\nOlle",
    "Hello,\n\nWe decline to take part. We are a small reading circle and have no activities "
    "of that kind.\n\nBest, Anna",
])
def test_a_decline_with_a_reason_is_no_description_of_the_association(body: str) -> None:
    ex = extract(body)
    assert all(v is None for v in values(ex).values())


def test_a_decline_of_one_question_keeps_the_other_answers() -> None:
    body = f"1. {ABOUT}\n\n2. Ja\n\n3. {HOW}\n\n4. Den frågan avstår vi från att svara på.\n"
    ex = extract(body)
    got = values(ex)
    assert got["about"] == ABOUT
    assert got["how"] == HOW


@pytest.mark.parametrize("arrow", ["→", "->", "=>", "⇒"])
def test_labels_with_an_arrow_before_the_answer(arrow: str) -> None:
    body = (f"Hej!\n\nVilka vi är {arrow} {ABOUT}\n\nSegregation? {arrow} Ja!\n\n"
            f"Hur {arrow} {HOW}\n\nHinder och möjligheter {arrow} {OBST}\n")
    ex = extract(body)
    assert values(ex) == FULL
    assert ex.reasons == []


@pytest.mark.parametrize(("preamble", "doubt"), [
    # the bare "Ja." pins the order and the note says nothing of the association: a note
    ("Jag fick era frågor av en medlem och svarar från min egen mejl.", []),
    ("Styrelsen har gått igenom enkäten och jag skriver här det vi kom fram till.", []),
    # "Vi har ...": a clause that could start describing the association keeps the doubt
    ("Vi har försökt svara på frågorna i den ordning de kom.", ["by_position"]),
])
def test_plain_paragraphs_after_a_paragraph_on_how_the_reply_came_about(
        preamble: str, doubt: list[str]) -> None:
    body = f"Bäste samordnare,\n\n{preamble}\n\n{ABOUT}\n\nJa.\n\n{HOW}\n\n{OBST}\n\nMvh Eva"
    ex = extract(body)
    assert values(ex) == FULL
    assert [r.code for r in ex.reasons] == doubt


def test_a_paragraph_naming_an_answer_by_number_is_no_framing() -> None:
    # a correction: "fråga 3 ska vara:" introduces the answer below it, it is not a preamble
    body = ("Hej igen!\n\nEn rättelse: svaret på fråga 2 ska vara ja och fråga 3 ska vara:\n\n"
            f"{HOW}\n\nResten gäller som förut.\n")
    ex = extract(body)
    assert values(ex)["about"] != HOW or ex.reasons  # never HOW as "about" unflagged


def test_a_bare_no_paragraph_pins_the_order_of_fewer_paragraphs() -> None:
    body = ("Hej.\n\nVi är en bridgeklubb med 40 medlemmar som spelar på Kirseberg.\n\nNej.\n\n"
            "Vi har aldrig arbetat med det, klubben är en träffpunkt för äldre.\n")
    ex = extract(body)
    assert values(ex) == {
        "about": "Vi är en bridgeklubb med 40 medlemmar som spelar på Kirseberg.",
        "works_against_segregation": False,
        "how": "Vi har aldrig arbetat med det, klubben är en träffpunkt för äldre.",
        "obstacles_opportunities": None,
    }
    assert {"by_position", "partial"} <= codes(ex)


def test_a_bare_yes_in_the_wrong_place_pins_nothing() -> None:
    body = f"Hej!\n\n{ABOUT}\n\n{HOW}\n\nJa.\n"
    ex = extract(body)
    assert values(ex)["how"] != HOW or "by_position" in codes(ex)


def test_prose_ending_in_the_yes_no_answers_the_first_question_and_the_yes_no() -> None:
    body = ("Hej vi är en förening för föräldrar i Holma som hjälper varandra med skolan. "
            "Ja vi jobbar mot segregation.\n\nAmina\n")
    ex = extract(body)
    got = values(ex)
    assert got["about"] == ("vi är en förening för föräldrar i Holma som hjälper varandra "
                            "med skolan.")
    assert got["works_against_segregation"] is True
    assert got["how"] is None
    assert "yes_no_from_prose" in codes(ex)


def test_a_yes_no_left_open_in_a_whether_sentence_of_its_own_paragraph() -> None:
    body = (f"Hej!\n\n{ABOUT}\n\nHuruvida vi motverkar segregation är svårt att säga, det beror "
            f"på hur man ser det.\n\n{HOW}\n\n{OBST}\n")
    ex = extract(body)
    got = values(ex)
    assert (got["about"], got["how"], got["obstacles_opportunities"]) == (ABOUT, HOW, OBST)
    assert got["works_against_segregation"] is None
    assert "ambiguous" in codes(ex)


def test_one_block_with_a_whether_sentence_gives_the_first_answer_and_an_open_yes_no() -> None:
    body = ("Hej. Vi är en boulklubb med 30 medlemmar som spelar i Pildammsparken varje "
            "onsdag. Om vi jobbar mot segregation vet jag inte riktigt, alla är välkomna. "
            "God jul önskar Gunnar Ek")
    ex = extract(body)
    got = values(ex)
    assert got["about"] == ("Vi är en boulklubb med 30 medlemmar som spelar i Pildammsparken "
                            "varje onsdag.")
    assert got["works_against_segregation"] is None
    assert got["how"] is None
    assert "ambiguous" in codes(ex)


def test_lines_in_order_between_a_greeting_and_a_sign_off_of_any_words() -> None:
    body = ("yo!\nvi e en skejtförening i Kroksbäck med ramp och kurser för kids\nja\n"
            "vi har gratis prova-på för tjejer från hela stan varje lördag\n"
            "hinder = pengar. möjlighet = alla gillar skejt\npeace / Sami\n")
    ex = extract(body)
    assert values(ex) == {
        "about": "vi e en skejtförening i Kroksbäck med ramp och kurser för kids",
        "works_against_segregation": True,
        "how": "vi har gratis prova-på för tjejer från hela stan varje lördag",
        "obstacles_opportunities": "hinder = pengar. möjlighet = alla gillar skejt",
    }
    assert [r.code for r in ex.reasons] == ["by_position"]


def test_the_writers_own_yes_no_question_in_its_paragraph_is_not_the_answer() -> None:
    body = (f"Hej,\n\n{ABOUT}\n\nMotverkar vi segregation? Ja, det gör vi varje vecka.\n\n"
            f"{HOW}\n\n{OBST}\n")
    ex = extract(body)
    assert values(ex) == FULL
    assert codes(ex) <= {"by_position"}  # a plain yes after it: the order may be confirmed


def test_a_yes_run_into_the_end_of_a_sentence_without_a_stop() -> None:
    body = ("Hej vi är en grupp mammor från Holma som ses varje fredag och lagar mat ihop ja det "
            "gör vi absolut. Vi bjuder alltid in nya grannar från hela Hyllie.\n")
    ex = extract(body)
    got = values(ex)
    assert got["about"] == ("vi är en grupp mammor från Holma som ses varje fredag och lagar "
                            "mat ihop")
    assert got["works_against_segregation"] is True
    assert got["how"] == "Vi bjuder alltid in nya grannar från hela Hyllie."
    assert "yes_no_from_prose" in codes(ex)


def test_a_yes_after_men_stays_a_clause_of_its_sentence() -> None:
    body = ("Hej. Vi är en pensionärsförening med 60 medlemmar som spelar bingo varje torsdag. "
            "Vi jobbar inte med segregation som sådant men ja det gör vi nog i praktiken. "
            "Vi har utbyte med en irakisk förening som kommer och spelar med oss.\n")
    ex = extract(body)
    assert values(ex)["works_against_segregation"] is True


# --- corrections and additions that name their questions ----------------------------------


def test_answers_given_by_number_in_a_sentence_and_under_a_colon() -> None:
    body = ("Hej igen,\n\nVi behöver ändra två saker: fråga 2 ska vara nej och svaret på fråga 4 "
            f"ska vara:\n\n{OBST}\n\nÖvriga svar står kvar.\n\nMvh Eva")
    ex = extract(body)
    got = values(ex)
    assert got["works_against_segregation"] is False
    assert got["obstacles_opportunities"] == OBST
    assert got["about"] is None and got["how"] is None
    assert "partial" not in codes(ex)


@pytest.mark.parametrize("note", ["Resten gäller som förut.", "Övriga svar står kvar.",
                                  "The other answers still stand."])
def test_a_note_that_the_other_answers_hold_is_no_part_of_the_answer(note: str) -> None:
    body = f"Hej!\n\nEn rättelse till fråga 3 i vårt svar:\n\n{HOW}\n\n{note}\n"
    ex = extract(body)
    assert values(ex)["how"] == HOW


@pytest.mark.parametrize("note", [
    "Fråga 1 gäller som jag skrev.",
    "1. Samma som förut.",
    "Svaret på första frågan står kvar.",
    "1. Som vi svarade i vårt förra mejl.",
    "Question 1: as I wrote before.",
    "Answer 1 still stands.",
])
def test_a_note_that_an_earlier_answer_stands_is_no_answer(note: str) -> None:
    # a second mail changes answers 2 and 3 and says answer 1 stands, in its own words:
    # that note is no answer 1 (it would replace the real one in the record)
    body = (f"Hej igen!\n\nJag måste rätta mitt förra svar:\n\n2. Ja\n\n3. {HOW}\n\n{note}"
            "\n\nKerstin")
    ex = extract(body)
    got = values(ex)
    assert got["about"] is None
    assert got["works_against_segregation"] is True
    assert got["how"] == HOW


@pytest.mark.parametrize("text", [
    "Vi gör samma som förut: läxhjälp och språkcafé.",
    "Fråga 3 gäller hur vi arbetar, och där har vi mycket att berätta.",
    "Det som gäller nu är att vi saknar lokal.",
    "As before, we run a homework club on Tuesdays.",
])
def test_an_answer_that_only_mentions_earlier_times_is_kept(text: str) -> None:
    assert not stands_as_before(text)
    assert values(extract(f"1. {ABOUT}\n\n2. Ja\n\n3. {text}\n\n4. {OBST}\n"))["how"] == text


@pytest.mark.parametrize("opening", ["Hej och tack för enkäten", "Hej och tack för ert mejl!",
                                     "Hi and thanks for the survey"])
def test_thanks_riding_on_the_greeting_line_frame_plain_paragraphs(opening: str) -> None:
    # four plain paragraphs in order under "Hej och tack ...": the line is framing, not a fifth
    body = (f"{opening}\n\n{ABOUT}\n\nArbetar vi mot segregation? Ja, det skulle jag säga.\n\n"
            f"{HOW}\n\n{OBST}\n\nMvh Rania")
    assert values(extract(body)) == FULL


@pytest.mark.parametrize("said,value", [("Och ja vi jobbar absolut mot segregation.", True),
                                        ("Men nej vi jobbar inte mot segregation.", False)])
def test_a_yes_no_sentence_opening_with_a_conjunction_leaves_no_word_behind(said: str,
                                                                            value: bool) -> None:
    # one paragraph: "Och"/"Men" open the yes/no's sentence, they are no end of answer 1
    body = f"Hej! {ABOUT} {said} {HOW}\n"
    ex = extract(body)
    assert values(ex)["about"] == ABOUT
    assert values(ex)["works_against_segregation"] is value


def test_a_line_announcing_the_answers_below_is_no_first_answer() -> None:
    body = f"Dobry wieczór ponownie,\n\nrättelse till vårt tidigare svar:\n\n2. Nej\n\n3. {HOW}\n"
    ex = extract(body)
    assert values(ex)["about"] is None
    assert values(ex)["how"] == HOW


def test_a_label_with_an_abbreviation_and_a_one_word_label() -> None:
    body = (f"Hej!\n\nVi: {ABOUT}\n\nMot segregation: ja\n\nHur: {HOW}\n\n"
            f"Hinder resp. möjligheter: {OBST}\n")
    ex = extract(body)
    assert values(ex) == FULL
    assert ex.reasons == []


def test_a_yes_no_given_by_the_questions_number_inside_prose_stays_in_the_follow_up() -> None:
    how = ("Vi har inget projekt som heter så, men allt vi gör handlar om det, så svaret på er "
           "andra fråga blir ja. Vi ordnar läxhjälp på fyra språk.")
    body = f"Hej,\n\n{ABOUT}\n\n{how}\n\n{OBST}\n"
    ex = extract(body)
    got = values(ex)
    assert got["works_against_segregation"] is True
    assert got["how"] == how
    # the writer names the question the yes answers: its own answer, and it pins the order
    assert ex.reasons == []


def test_obstacles_in_everyday_words_start_the_last_answer_in_one_block() -> None:
    body = ("Hej! Vi är en förening för föräldrar i Holma med ett 40-tal aktiva som nattvandrar. "
            "Ja, det gör vi. Vi gör utflykter med barnen till andra delar av stan. Det svåraste "
            "är att vi jobbar skift. Men skolan vill samarbeta med oss.\n")
    ex = extract(body)
    got = values(ex)
    assert got["how"] == "Vi gör utflykter med barnen till andra delar av stan."
    assert got["obstacles_opportunities"] == ("Det svåraste är att vi jobbar skift. Men skolan "
                                              "vill samarbeta med oss.")


def test_labels_shortened_to_fr_with_a_number() -> None:
    body = f"Hej,\n\nFr 1. {ABOUT}\n\nFr 2. Ja\n\nFr 3. {HOW}\n\nFr 4. {OBST}\n"
    ex = extract(body)
    assert values(ex) == FULL
    assert ex.reasons == []


def test_a_correction_naming_its_question_by_ordinal_with_the_answer_after_a_colon() -> None:
    body = ("Hej igen!\n\nFörra svaret på tredje frågan blev fel, jag skickade ett utkast. Det "
            f"ska vara: {HOW}\n\nResten gäller som jag skrev.\n")
    ex = extract(body)
    got = values(ex)
    assert got["how"] == HOW
    assert got["about"] is None and got["obstacles_opportunities"] is None


@pytest.mark.parametrize(("body", "how"), [
    ("Hej!\n\nVi har pratat i styrelsen och ändrar svaret på fråga 2 till ja. Fråga 3 blir då: "
     "Vi lagar mat med familjer från Lindängen varje söndag, och alla får ta med en vän.\n\n"
     "Resten gäller som förut.\n\n/Karin",
     "Vi lagar mat med familjer från Lindängen varje söndag, och alla får ta med en vän."),
    ("Hello again,\n\nWe want to change our answer to question 2 to yes. Question 3 is now: we "
     "run a homework club open to every school in the area, and we mix the groups.\n\n"
     "The rest stands.\n\nAnna",
     "we run a homework club open to every school in the area, and we mix the groups."),
])
def test_a_correction_giving_an_answer_by_number_after_a_colon_in_the_same_sentence(
        body: str, how: str) -> None:
    got = values(extract(body))
    assert got["works_against_segregation"] is True
    assert got["how"] == how
    assert got["about"] is None and got["obstacles_opportunities"] is None


def test_two_answers_given_by_number_and_colon_in_one_paragraph_stay_apart() -> None:
    got = values(extract("Hej!\n\nVi ändrar oss. Fråga 3 ska vara: Vi sjunger ihop. Fråga 4 "
                         "blir: Lokalen är dyr.\n\n/Eva"))
    assert got["how"] == "Vi sjunger ihop."
    assert got["obstacles_opportunities"] == "Lokalen är dyr."


def test_a_question_number_with_a_verb_but_no_colon_gives_no_answer() -> None:
    got = values(extract("Hej!\n\nFråga 3 blir svår för oss att svara på, vi återkommer.\n\n/Eva"))
    assert got["how"] is None


def test_a_follow_up_opening_with_we_do_it_gives_the_yes_and_keeps_the_sentence() -> None:
    how = "Vi jobbar aktivt med det. Varje år spelar vi teater på tre språk."
    body = f"Hej!\n\n{ABOUT}\n\n{how}\n\n{OBST}\n"
    ex = extract(body)
    got = values(ex)
    assert got["works_against_segregation"] is True
    assert got["how"] == how
    assert "yes_no_from_prose" in codes(ex)


def test_a_follow_up_saying_they_do_not_do_it_gives_no_yes() -> None:
    body = f"Hej!\n\n{ABOUT}\n\nVi jobbar inte med det. Vi spelar bara schack.\n\n{OBST}\n"
    ex = extract(body)
    assert values(ex)["works_against_segregation"] is not True


def test_a_heading_for_how_whose_answer_opens_we_do_it_gives_the_yes() -> None:
    body = (f"Hej!\n\nOm oss\n\n{ABOUT}\n\nHur vi jobbar mot segregation\n\nVi gör det genom "
            f"gratis körsång för alla barn i området.\n\nHinder och möjligheter\n\n{OBST}\n")
    ex = extract(body, WITH_ALIASES)
    got = values(ex)
    assert got["works_against_segregation"] is True
    assert got["how"] == "Vi gör det genom gratis körsång för alla barn i området."
    assert codes(ex) <= {"yes_no_from_prose"}  # a plain opening of the follow-up: a note


def test_an_answer_put_off_in_other_words_is_no_answer() -> None:
    body = (f"1. {ABOUT}\n2. Ja\n3. {HOW}\n4. Det måste vi diskutera på årsmötet först, vi "
            "återkommer.\n")
    ex = extract(body)
    assert values(ex)["obstacles_opportunities"] is None
    assert values(ex)["how"] == HOW


def test_an_answer_that_only_mentions_coming_back_is_kept() -> None:
    body = (f"1. {ABOUT}\n2. Ja\n3. {HOW}\n"
            "4. Lokalen är för dyr, men vi återkommer med idéer.\n")
    ex = extract(body)
    assert values(ex)["obstacles_opportunities"] == (
        "Lokalen är för dyr, men vi återkommer med idéer.")


def test_an_own_question_answered_by_a_bare_yes_on_its_line_is_a_heading() -> None:
    body = (f"Hola!\n\nQuiénes somos: {ABOUT}\n\nTrabajamos contra la segregación? Sí, ja!\n\n"
            f"Cómo: {HOW}\n\nObstáculos y oportunidades: {OBST}\n\nMuchas gracias för att ni "
            "frågar oss.\n")
    ex = extract(body)
    assert values(ex) == FULL


@pytest.mark.parametrize("later", [
    "Vi har årsmöte i februari och vill prata ihop oss först, så ni får våra svar efter det.",
    "Svaren kommer efter styrelsemötet nästa vecka.",
])
def test_a_promise_to_answer_later_in_other_words_is_no_description(later: str) -> None:
    body = f"Hej!\n\nTack för mejlet. {later}\n\nGod fortsättning!\nKim Åberg, ordförande\n"
    ex = extract(body)
    assert all(v is None for v in values(ex).values())


def test_the_same_answer_label_in_another_language_opens_each_answer_under_the_quote() -> None:
    body = ("Merhaba,\n\nsvaren står efter frågorna.\n\nSevgiler\nAyşe\n\n-----Özgün İleti-----\n"
            f"> 1. {Q1}\n\nCevap: {ABOUT}\n\n> 2. {Q2}\n\nCevap: Evet / Ja\n\n> 3. {Q3}\n\n"
            f"Cevap: {HOW}\n\n> 4. {Q4}\n\nCevap: Hinder: {OBST}\n")
    ex = extract_answers(body, QUESTIONS)
    got = values(ex)
    assert got["about"] == ABOUT
    assert got["works_against_segregation"] is True
    assert got["how"] == HOW
    assert got["obstacles_opportunities"] == f"Hinder: {OBST}"


def test_a_greeting_word_of_any_language_run_into_the_first_line() -> None:
    body = f"Silav! {ABOUT} Ja. {HOW}\n\nVi vill gärna ha en intervju också.\n"
    ex = extract(body)
    assert values(ex)["about"] == ABOUT


def test_a_shared_heading_over_a_yes_and_no_answer_is_the_yes_no_question() -> None:
    body = (f"Hej,\n\nOm oss - {ABOUT}\n\nSegregation - Hmm, både och. Inte som mål men alla är "
            f"välkomna.\n\nHinder och möjligheter - {OBST}\n")
    ex = extract(body)
    got = values(ex)
    assert got["works_against_segregation"] is None
    assert got["how"] is None
    assert got["obstacles_opportunities"] == OBST
    assert "ambiguous" in codes(ex)


def test_thanks_and_a_name_with_a_role_end_the_last_answer_in_one_block() -> None:
    body = (f"1. {ABOUT}\n2. Ja\n3. {HOW}\n4. {OBST} Tack, Zahra Al-Amal styrelse\n")
    ex = extract(body)
    assert values(ex)["obstacles_opportunities"] == OBST


# --- evidence: a reading confirmed only where the survey's own questions allow it ------------


OTHER_SURVEY = (
    Question("about", "Berätta kort om er förening.", "text", 1),
    Question("premises", "Har ni en egen lokal? Ja / nej", "yes_no", 2),
    Question("children", "Vad gör ni för barn och unga?", "text", 3),
)


def test_a_yes_opening_an_answer_that_does_not_ask_on_from_the_yes_no_stays_flagged() -> None:
    # "Vad gör ni för barn" does not ask on from "Har ni en egen lokal": its "Ja, ..." may
    # answer something else, so a person confirms the yes/no read from it
    body = (f"Om oss -\n{ABOUT}\n\nBarn och unga -\nJa, vi har barngrupper varje lördag.\n\n"
            "Hälsningar Eva")
    ex = extract_answers(body, OTHER_SURVEY)
    assert ex.answers["premises"].value is True
    assert "yes_no_from_prose" in codes(ex)


def test_four_lines_that_are_one_wrapped_paragraph_are_not_confirmed_by_position() -> None:
    body = ("Vi är en kör i Husie och sjunger varje tisdag, och\n"
            "ja vi gör det\n"
            "genom att sjunga på äldreboenden i hela stan och ha en\n"
            "öppen kör för nyanlända i kyrkan varje vecka.\n")
    assert "by_position_confirmed" not in extract(body).flags


def test_four_short_lines_one_per_question_are_confirmed_by_position() -> None:
    body = f"{ABOUT}\nNej.\nVi har inte haft tid med det i år.\n{OBST}\n\nHälsn Margareta"
    ex = extract(body)
    assert values(ex) == {"about": ABOUT, "works_against_segregation": False,
                          "how": "Vi har inte haft tid med det i år.",
                          "obstacles_opportunities": OBST}
    assert ex.reasons == []
    assert "by_position_confirmed" in ex.flags


def test_a_dont_know_in_the_last_place_is_an_answer_not_a_closing() -> None:
    ex = extract(f"{ABOUT}\nNej.\nVi har inte haft tid med det i år.\nVet ej.\n\nHälsn Margareta")
    assert values(ex)["obstacles_opportunities"] == "Vet ej."
    assert ex.reasons == []


@pytest.mark.parametrize("last", ["Det var allt från oss för den här gången.",
                                  "Vi ses på stämman i vår.", "Skriv gärna om ni vill veta mer."])
def test_a_closing_in_the_last_questions_place_keeps_the_doubt(last: str) -> None:
    # the last place is where a closing no rule knows ends up: judged by the line model
    ex = extract(f"Hej\n\n{ABOUT}\n\nJa\n\n{HOW}\n\n{last}\n")
    assert "by_position" in codes(ex)


def test_a_topic_word_then_yes_or_no_without_a_colon_answers_the_yes_no_question() -> None:
    body = (f"Hej\n{ABOUT}\nSegregation nej vi sjunger bara, det är inget vi har tänkt på.\n"
            "Hälsn Eva\n")
    ex = extract(body)
    got = values(ex)
    assert got["works_against_segregation"] is False
    assert got["how"] == "Vi sjunger bara, det är inget vi har tänkt på."
    assert got["about"] == ABOUT


def test_after_a_yes_no_left_open_in_one_block_the_rest_is_no_clear_how() -> None:
    body = ("Hej. Vi är en koloniförening på Kirseberg med 48 lotter. Om vi motverkar "
            "segregation vet jag inte riktigt. Vi har medlemmar från många länder men det har "
            "blivit så av sig självt. Hälsningar Sven\n")
    ex = extract(body)
    got = values(ex)
    assert got["about"] == "Vi är en koloniförening på Kirseberg med 48 lotter."
    assert got["works_against_segregation"] is None and got["how"] is None
    assert {"ambiguous", "unassigned_text"} <= codes(ex)


# A signature block, a separator line and a disclaimer of several sentences, then the
# Outlook original: the separator ends the last answer, so the sign-off above it is cut too.
@pytest.mark.parametrize(
    ("closing", "separator", "disclaimer"),
    [
        ("Srdacan pozdrav / Vänliga hälsningar\nEmir Hodzic\nSekreterare\nTel. 040-93 12 45",
         "_" * 32,
         "KONFIDENTIALITET: Informationen i detta e-postmeddelande är avsedd endast för "
         "adressaten och kan innehålla sekretessbelagd information. Om du har fått detta "
         "meddelande av misstag ber vi dig kontakta avsändaren och radera meddelandet. "
         "Föreningen ansvarar inte för virus eller andra fel som kan uppstå vid överföringen."),
        ("Best regards / Med vänlig hälsning\nAnna Berg\nOrdförande\nMobil 070-123 45 67",
         "=" * 20,
         "This e-mail and any attachments are confidential and intended solely for the "
         "addressee. If you have received it in error, please notify the sender and delete "
         "it. The association accepts no liability for viruses or errors in transmission."),
    ],
    ids=["underscores", "equals-signs"],
)
def test_a_separator_line_ends_the_last_answer(closing: str, separator: str,
                                               disclaimer: str) -> None:
    body = (
        f"Hej,\n\nFråga 1 - vilka är ni?\nSvar: {ABOUT}\n\n"
        "Fråga 2 - arbetar ni mot segregation?\nSvar: Ja\n\n"
        f"Fråga 3 - på vilket sätt?\nSvar: {HOW}\n\n"
        f"Fråga 4 - hinder och möjligheter?\nSvar: {OBST}\n\n"
        f"{closing}\n\n{separator}\n{disclaimer}\n\n"
        "Från: Samordnare <samordnare@malmö.se>\nSkickat: den 2 december 2019 10:14\n"
        "Till: info@forening.se\nÄmne: Kartläggning\n\nHej!\n\n1. Vilka är ni?\n"
    )
    assert values(extract(body))["obstacles_opportunities"] == OBST


@pytest.mark.parametrize(
    ("line3", "line4"),
    [
        (f"3. Hur: {HOW}", f"4. Hinder och möjligheter: {OBST}"),
        (f"3) Varför: {HOW}", f"4) Utmaningar och möjligheter: {OBST}"),
        (f"3 - Hur: {HOW}", f"4 - Hinder och möjligheter : {OBST}"),
    ],
    ids=["hur", "varfor-and-an-alias", "dashes"],
)
def test_a_short_label_naming_its_question_after_the_number_is_no_part_of_the_answer(
    line3: str, line4: str
) -> None:
    body = f"Hej!\n\n1. Om oss: {ABOUT}\n2. Ja\n{line3}\n{line4}\n\nMvh\nLeila\n"
    got = values(extract(body, WITH_ALIASES))
    assert (got["about"], got["how"], got["obstacles_opportunities"]) == (ABOUT, HOW, OBST)


@pytest.mark.parametrize(
    "line4",
    [
        "4. Hinder: lokalen är dyr. Möjligheter: många unga vill vara med.",  # labelled parts
        "4. Hinder: lokalen är dyr och ledarna är för få.",  # one word, maybe half of it
        "4. Så här: lokalen är dyr och ledarna är för få.",  # names no question
    ],
    ids=["labelled-parts", "one-content-word", "names-nothing"],
)
def test_a_label_that_may_be_part_of_the_answer_stays(line4: str) -> None:
    body = f"Hej!\n\n1. {ABOUT}\n2. Ja\n3. {HOW}\n{line4}\n\nMvh\nLeila\n"
    assert values(extract(body))["obstacles_opportunities"] == line4[3:]


@pytest.mark.parametrize("first", ["Bakgrund", "Kort om klubben", "Vår verksamhet idag"])
def test_a_numbered_heading_naming_nothing_is_a_heading_when_its_siblings_are(first: str) -> None:
    # "1. Bakgrund" names no question's words, but the reply's other numbered lines are
    # short headings of the writer's own with the answer below: so is this one
    body = (f"Hej!\n\n1. {first}\n{ABOUT}\n\n2. Segregation\nJa\n\n3. Hur\n{HOW}\n\n"
            f"4. Hinder och möjligheter\n{OBST}\n\nHälsningar\nLars\n")
    got = values(extract(body))
    assert (got["about"], got["works_against_segregation"], got["how"],
            got["obstacles_opportunities"]) == (ABOUT, True, HOW, OBST)


@pytest.mark.parametrize(("q1", "q2", "q3", "last"), [
    ("Vilka är vi?", "Motverkar vi segregation?", "Hur då?", "Det svåra, det lätta"),
    ("¿Quiénes somos?", "¿Trabajamos contra la segregación?", "¿Cómo?",
     "Obstáculos y oportunidades"),
    ("Who are we?", "Do we fight segregation?", "How?", "Hard and easy parts"),
], ids=["sv", "es", "en"])
def test_a_numbered_heading_naming_nothing_is_a_heading_under_own_question_siblings(
        q1: str, q2: str, q3: str, last: str) -> None:
    # the siblings are the writer's own questions (in any language: headings by their "?"),
    # so the last numbered line, naming no question's words, is a heading too, not the
    # answer's first words
    body = (f"Hej!\n\n1. {q1}\n{ABOUT}\n\n2. {q2}\nJa.\n\n3. {q3}\n{HOW}\n\n"
            f"4. {last}\n{OBST}\n\nHälsningar\nCarmen\n")
    ex = extract(body)
    assert values(ex) == FULL
    assert "heading_at_start" not in codes(ex)


# --- one heading naming no question, every other one named: its place by elimination ---------

ROW = "Vi är en roddklubb vid Pildammarna med 150 medlemmar och ror på sommaren."
TRY = "Vi har prova-på-dagar för skolklasser från hela Malmö och lånar ut båtar."
COST = "Det kostar mycket att hålla båtarna i skick. Men många skolor vill komma."


@pytest.mark.parametrize("body", [
    # answers in another order, lower case: 2, 3, 1, 4
    f"hej!\n\nsegregation: ja\n\nså här gör vi: {TRY}\n\nverksamheten: {ROW}\n\n"
    f"hinder och möjligheter: {COST}\n\n/Tove",
    f"Hej!\n\nVår verksamhet: {ROW}\n\nSå här gör vi: {TRY}\n\nSegregation: Ja\n\n"
    f"Hinder och möjligheter: {COST}\n\n/Tove",
])
def test_the_one_unnamed_heading_takes_the_one_place_left(body):
    ex = extract(body)
    assert values(ex) == {"about": ROW, "works_against_segregation": True, "how": TRY,
                          "obstacles_opportunities": COST}
    assert "by_position" not in codes(ex)


def test_two_unnamed_headings_out_of_order_stay_a_guess():
    body = (f"Hi!\n\nObstacles and opportunities: {COST}\n\nOur way: {TRY}\n\n"
            f"About the club: {ROW}\n\nSegregation: Yes\n\n/Tove")
    assert "by_position" in codes(extract(body))


# --- a heading of the writer's own that opens with "Vi", among other headings on their own ---

@pytest.mark.parametrize("first", ["Vi i korthet", "Vi som förening", "We in short"])
def test_an_own_voice_heading_among_headings_standing_alone(first):
    body = (f"Hej,\n\ntack för frågorna.\n\n{first}\n\n{ROW}\n\nSegregationen?\n\n"
            f"Ja, absolut.\n\nSå gör vi\n\n{TRY}\n\nSvårt och bra\n\n{COST}\n\nHälsningar\nShirin")
    v = values(extract(body))
    assert v["about"] == ROW
    assert (v["works_against_segregation"], v["how"], v["obstacles_opportunities"]) == (
        True, TRY, COST)


def test_a_short_own_voice_line_over_a_list_is_no_heading():
    # alone, with no other headings standing so, "Vi har" over the lines stays the answer's
    body = f"Hej!\n\n1. {ROW}\n2. Ja\n3. Vi har\n\n{TRY}\n4. Pengar.\n"
    assert values(extract(body))["how"].startswith("Vi har")
# --- one paragraph: the yes/no asked back as "whether ... så är svaret ja", the obstacles in a
# clause of the how's sentence --------------------------------------------------------------


@pytest.mark.parametrize(("yes", "want"), [
    ("Om vi arbetar mot segregation så är svaret definitivt ja", True),
    ("Om föreningen jobbar mot segregation blir svaret ja", True),
    ("Om vi motverkar segregation så är svaret nej", False),
])
def test_whether_then_the_answer_with_the_verb_first(yes: str, want: bool) -> None:
    from svarsinkorg.parsers.statements import yes_no_statement
    st = yes_no_statement(f"{yes}.", QUESTIONS[1])
    assert st is not None and st.value is want


@pytest.mark.parametrize(("how", "obst"), [
    ("vi spelar med lag från hela stan", "det största hindret är planerna, men möjligheten är "
     "alla unga som vill spela"),
    ("vi bjuder in skolor från andra områden", "problemet är pengar och hindret är lokalen"),
])
def test_one_paragraph_with_the_obstacles_in_a_clause_of_the_how(how: str, obst: str) -> None:
    ex = extract("Hej! Vi är en innebandyklubb för barn i Holma. Om vi arbetar mot segregation "
                 f"så är svaret ja, {how}, och {obst}. Hör av er om ni undrar något! /Kim")
    got = values(ex)
    assert got["about"] == "Vi är en innebandyklubb för barn i Holma."
    assert got["works_against_segregation"] is True
    assert got["how"] == how
    assert got["obstacles_opportunities"] == f"{obst}."
    assert "by_position" in codes(ex)  # parts inside one paragraph are a guess: shown


def test_one_paragraph_with_a_possibility_for_the_children_in_the_how_stays() -> None:
    ex = extract("Hej! Vi är en innebandyklubb för barn i Holma. Om vi arbetar mot segregation "
                 "så är svaret ja, vi spelar med lag från hela stan, och barnen får möjlighet att "
                 "träffas. Hindret är pengar. /Kim")
    got = values(ex)
    assert got["how"] == ("vi spelar med lag från hela stan, och barnen får möjlighet att "
                          "träffas.")
    assert got["obstacles_opportunities"] == "Hindret är pengar."


@pytest.mark.parametrize("greeting", ["hej!", "Hej!", "hi!", "tjena!"])
def test_a_greeting_with_its_exclamation_run_into_a_lower_case_paragraph(greeting) -> None:
    # a run-on paragraph: the greeting's "!" and the sentence going on in lower case
    body = (f"{greeting} vi är en boxningsklubb i Clemensgården med 70 aktiva från 8 år. "
            "Ja vi jobbar mot segregation, alla tränar ihop oavsett bakgrund.\n\nTony\n")
    got = values(extract(body))
    assert got["about"] == "vi är en boxningsklubb i Clemensgården med 70 aktiva från 8 år."


# --- attached forms and letters (unseen64) ---------------------------------------------------

@pytest.mark.parametrize("box", ["☒ Ja     ☐ Nej", "[X] Ja [ ] Nej", "☐ Nej ☒ Ja", "☑ Ja ☐ Nej"])
def test_a_ticked_box_under_the_yes_no_heading_is_its_answer(box: str) -> None:
    ex = extract(f"1. Vilka är ni?\n{ABOUT}\n\n2. Arbetar ni för att motverka segregation?\n"
                 f"{box}\n\n3. På vilket sätt?\n{HOW}\n\n4. Hinder och möjligheter\n{OBST}\n")
    assert values(ex) == FULL
    assert codes(ex) == set()


@pytest.mark.parametrize("heading", [
    "Om ja, på vilket sätt? Om nej, varför inte?",
    "If yes, how? If not, why not?",
    "Hur då? Eller varför inte?",
])
def test_two_short_questions_of_a_form_after_the_number_are_its_heading(heading: str) -> None:
    ex = extract(f"1. Vilka är ni?\n{ABOUT}\n\n2. Motverkar ni segregation?\nJa\n\n"
                 f"3. {heading}\n{HOW}\n\n4. Hinder och möjligheter\n{OBST}\n")
    assert values(ex)["how"] == HOW
    assert "heading_at_start" not in codes(ex)


@pytest.mark.parametrize("head", [
    "Malmö den 9 december 2019\nTill samordnaren för kartläggningen\nHej!",
    "Lund, 12 jan 2020\nHej,",
    "Till Malmö stad, kartläggningen\nHej samordnare!",
    "Malmö 2020-01-08\nTill samordnaren\nHej!",
    "To the survey team\nDear coordinator,",
])
def test_a_letters_head_over_its_greeting_is_no_answer(head: str) -> None:
    ex = extract(f"{head}\n\n{ABOUT}\n\nArbetar vi mot segregation? Ja, det gör vi.\n\n{HOW}\n\n"
                 f"{OBST}\n\nMed vänlig hälsning\nAnna Berg\nordförande, Kören Ton\n")
    assert values(ex)["about"] == ABOUT


def test_a_first_line_naming_who_it_is_for_without_a_greeting_stays() -> None:
    # no greeting under it: no letter's head, the words are the writer's (kept or shown)
    ex = extract(f"Till alla som undrar vad vi gör: {ABOUT}\n\n2. Ja\n\n3. {HOW}\n\n4. {OBST}\n")
    assert "Till alla" in (values(ex)["about"] or "") or codes(ex)
