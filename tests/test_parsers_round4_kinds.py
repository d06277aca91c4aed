"""Issue 9, round 4: the kinds behind the silent misses of two fresh corpora (unseen15,
unseen16), each checked on small replies in other words than the corpus's, Swedish and
English, with the values (and where it matters the review reason) asserted."""

from __future__ import annotations

import pytest
from helpers import Q1, Q2, Q3, Q4, QUESTIONS, example_raw, extract, reply, values

from svarsinkorg.config import parse_config
from svarsinkorg.intake.match import RosterEntry
from svarsinkorg.parsers.answers import extract_answers
from svarsinkorg.pipeline import parse_message

# --- a question put off, with its reason after the deferral ------------------------------------


@pytest.mark.parametrize("later", [
    "Fråga 4 återkommer vi om, styrelsen ska ta ställning i februari.",
    "Fråga 4: Återkommer med svar på den efter årsmötet.",
    "Fråga 4: Den frågan återkommer jag om - vill höra vad de andra ledarna tycker.",
    "Q4: We'll get back to you on this one, need to check with the board first.",
    "Q4: I will come back to this after our annual meeting.",
    # the deferral said in other words and orders
    "Fråga 4: Det får vi återkomma om.",
    "Fråga 4: Vet inte än, återkommer.",
    "Fråga 4: Vi hinner inte svara på den nu, återkommer i februari.",
    "Fråga 4: Hinder och möjligheter återkommer vi om när styrelsen har träffats.",
    "Fråga 4: Svaret kommer senare.",
    "Fråga 4: Den får vänta lite.",
    "Q4: Will get back to you on this.",
])
def test_a_deferral_with_its_reason_is_no_answer(later):
    ex = extract(
        "Hej!\n\nFråga 1: Vi är en schackklubb i Kirseberg med 40 medlemmar, mest unga.\n\n"
        "Fråga 2: Ja\n\nFråga 3: Vi spelar i biblioteket där alla kan komma in och vara med.\n\n"
        f"{later}\n\n/Maria")
    got = values(ex)
    assert got["obstacles_opportunities"] is None
    assert got["about"] == "Vi är en schackklubb i Kirseberg med 40 medlemmar, mest unga."
    assert got["how"] == "Vi spelar i biblioteket där alla kan komma in och vara med."
    assert got["works_against_segregation"] is True


@pytest.mark.parametrize("answer", [
    # the verb "återkomma" in an answer that tells what they do is an answer
    "Vi återkommer varje sommar till Pildammsparken med en öppen turnering för alla.",
    "Återkommer ofta: bristen på lokaler, men möjligheterna är många unga som vill spela.",
    "Pengar är ett hinder som ständigt återkommer.",
    "Problemet återkommer med det nya bidragssystemet.",
    "Barnen får vänta länge på halltider.",
])
def test_an_answer_using_the_verb_of_a_deferral_stays(answer):
    ex = extract(
        "Hej!\n\nFråga 1: Vi är en schackklubb i Kirseberg med 40 medlemmar, mest unga.\n\n"
        "Fråga 2: Ja\n\nFråga 3: Vi spelar i biblioteket där alla kan komma in och vara med.\n\n"
        f"Fråga 4: {answer}\n\n/Maria")
    assert values(ex)["obstacles_opportunities"] == answer


# --- an answer written in labelled parts keeps its first label --------------------------------


@pytest.mark.parametrize(("body", "want"), [
    # dash headings; the last answer in parts, "hinder:" opening it
    ("hej\n\nom oss - vi är en dansgrupp för tjejer 12-18 år i rosengård\n\n"
     "segregation? - ja\n\nhur - vi dansar med grupper från andra stadsdelar varje månad\n\n"
     "hinder: dyra lokaler. möjligheter: många vill börja!\n\nmvh Sara",
     "hinder: dyra lokaler. möjligheter: många vill börja!"),
    # headings on lines of their own; "Problem: ... Möjligheter: ..." under the last
    ("Hej!\n\nOm oss\nVi är en syförening i Oxie som träffas varje torsdag.\n\n"
     "Motverkar vi segregation?\nJa\n\nHur då?\nVi syr tillsammans med nyanlända kvinnor.\n\n"
     "Problem: ingen bil för att hämta folk. Möjligheter: kommunens nya mötesplats.\n\n"
     "Hälsningar Britt",
     "Problem: ingen bil för att hämta folk. Möjligheter: kommunens nya mötesplats."),
    # English, with numbers for the first three
    ("Hi,\n\n1. We are a cricket club in Hyllie with about 60 members.\n\n2. Yes\n\n"
     "3. We hold open practice on Sundays for anyone who wants to try.\n\n"
     "Obstacles: few pitches in the city. Opportunities: the game is growing fast.\n\n"
     "Best, Ravi",
     "Obstacles: few pitches in the city. Opportunities: the game is growing fast."),
])
def test_an_answer_in_labelled_parts_keeps_its_first_label(body, want):
    assert values(extract(body))["obstacles_opportunities"] == want


@pytest.mark.parametrize(("parts", "want"), [
    ("hinder: dyra lokaler.\nmöjligheter: många vill börja!",
     "hinder: dyra lokaler. möjligheter: många vill börja!"),
    ("Obstacles: few pitches.\nOpportunities: the game grows fast.",
     "Obstacles: few pitches. Opportunities: the game grows fast."),
])
def test_labelled_parts_line_by_line_are_one_answer(parts, want):
    got = values(extract(
        "hej\n\nom oss - vi är en dansgrupp för tjejer 12-18 år i rosengård\n\n"
        "segregation? - ja\n\nhur - vi dansar med grupper från andra stadsdelar\n\n"
        f"{parts}\n\nmvh Sara"))
    assert got["how"] == "vi dansar med grupper från andra stadsdelar"
    assert got["obstacles_opportunities"] == want


@pytest.mark.parametrize(("body", "want"), [
    # the same shape of label heads every answer: it is the reply's heading, also the last
    ("Hej!\n\nVilka vi är: En boxningsklubb i Lindängen med 80 aktiva.\n\n"
     "Segregation: Ja\n\nHur vi gör: Gratis träning för alla under 18 år.\n\n"
     "Utmaningar: Lokalen är för liten. Möjligheter: många vill börja träna.\n\n/Ali",
     "Lokalen är för liten. Möjligheter: många vill börja träna."),
    # a heading naming both parts over parts of its own: the heading goes, the parts stay
    ("Hej!\n\nOm oss - En boxningsklubb i Lindängen med 80 aktiva.\n\nSegregation - Ja\n\n"
     "Hur - Gratis träning för alla under 18 år.\n\n"
     "Hinder och möjligheter: Hinder: liten lokal. Möjligheter: många vill börja.\n\n/Ali",
     "Hinder: liten lokal. Möjligheter: många vill börja."),
])
def test_a_label_like_the_replys_other_headings_is_a_heading(body, want):
    assert values(extract(body))["obstacles_opportunities"] == want


# --- a covering note over a forwarded reply -------------------------------------------------

ROSTER = [
    RosterEntry(1, "Husie Hembygdsförening", ("info@husiehembygd.se",)),
    RosterEntry(2, "Kören Harmoni", ("info@korenharmoni.se",)),
]
FORWARDED = (
    "Om föreningen: Husie Hembygdsförening vårdar gamla gården och ordnar marknader.\n\n"
    "Segregation: Ja\n\n"
    "Hur: Vi har bjudit in SFI-klasser till gården och ordnat en marknad på flera språk.\n\n"
    "Hinder och möjligheter: Få nya medlemmar hittar hit. Skolorna vill gärna komma.\n\n"
    "/Gösta\n"
)


@pytest.mark.parametrize(("note", "header"), [
    ("Hej!\n\nVår kassör Gösta har skrivit ihop det hela, se nedan.\n\nHälsningar\nAnna Berg\n"
     "sekreterare, Husie Hembygdsförening\n\n",
     "---------- Vidarebefordrat meddelande ---------\n"
     "Från: Gösta Lind <gosta.lind51@gmail.com>\nDate: mån 13 jan. 2020 kl 19:40\n"
     "Subject: Svaren\nTo: Husie Hembygdsförening <info@husiehembygd.se>\n\n\n"),
    ("Hi,\n\nOur treasurer Gösta put this together for the association, please find it "
     "below.\n\nRegards\nAnna Berg\n\n",
     "---------- Forwarded message ---------\n"
     "From: Gösta Lind <gosta.lind51@gmail.com>\nDate: Mon, Jan 13, 2020 at 7:40 PM\n"
     "Subject: The answers\nTo: Husie Hembygdsförening <info@husiehembygd.se>\n\n\n"),
])
def test_a_covering_note_gives_way_to_the_forwarded_answers(tmp_path, note, header):
    survey = parse_config(example_raw() | {"store": {"url": "sqlite://"}},
                          tmp_path / "c.toml").survey
    raw = reply(note + header + "Hej Anna,\n\nHär är mitt förslag.\n\n" + FORWARDED,
                sender="info@husiehembygd.se", name="Anna Berg",
                subject="Fwd: Svaren", threaded=False)
    p = parse_message(raw, survey, ROSTER)
    assert (p.kind, p.association_id) == ("reply", 1)
    got = {k: a["value"] for k, a in p.answers.items()}
    assert got == {
        "about": "Husie Hembygdsförening vårdar gamla gården och ordnar marknader.",
        "works_against_segregation": True,
        "how": "Vi har bjudit in SFI-klasser till gården och ordnat en marknad på flera språk.",
        "obstacles_opportunities": "Få nya medlemmar hittar hit. Skolorna vill gärna komma.",
    }


def test_a_forwarded_reply_in_plain_paragraphs_counts_and_is_flagged(tmp_path):
    # the forwarded answers are found by position only: more than the note's guess, they
    # are the reply's, and the order stays a doubt shown to the coordinator
    survey = parse_config(example_raw() | {"store": {"url": "sqlite://"}},
                          tmp_path / "c.toml").survey
    forwarded = (
        "Hej Anna,\n\nVi är en hembygdsförening som vårdar gamla gården i Husie.\n\n"
        "Ja.\n\nVi har bjudit in SFI-klasser till gården och ordnat en marknad.\n\n"
        "Få nya medlemmar hittar hit, men skolorna vill gärna komma.\n\n/Gösta\n")
    raw = reply("Hej!\n\nVår kassör Gösta har skrivit ihop det hela, se nedan.\n\n"
                "Hälsningar\nAnna Berg\n\n"
                "---------- Vidarebefordrat meddelande ---------\n"
                "Från: Gösta Lind <gosta.lind51@gmail.com>\nDate: mån 13 jan. 2020 kl 19:40\n"
                "Subject: Svaren\nTo: Husie Hembygdsförening <info@husiehembygd.se>\n\n\n"
                + forwarded, sender="info@husiehembygd.se", name="Anna Berg",
                subject="Fwd: Svaren", threaded=False)
    p = parse_message(raw, survey, ROSTER)
    assert (p.kind, p.association_id) == ("reply", 1)
    assert p.answers["about"]["value"] == \
        "Vi är en hembygdsförening som vårdar gamla gården i Husie."
    assert p.answers["works_against_segregation"]["value"] is True
    assert p.answers["obstacles_opportunities"]["value"] == \
        "Få nya medlemmar hittar hit, men skolorna vill gärna komma."
    assert p.problems


def test_own_answers_above_a_forwarded_survey_mail_stay_the_answers():
    # the writer answers in headings of their own and forwards the survey mail below: the
    # forwarded original (the coordinator's questions) gives no answers in their place
    ex = extract_answers(
        "Hej!\n\nOm oss\nVi är en kör i Husie med 30 sångare och repeterar varje tisdag.\n\n"
        "Segregation\nJa\n\nHur\nVi sjunger på äldreboenden i hela stan.\n\n"
        "Hinder och möjligheter\nLokalen är dyr men intresset är stort.\n\nMvh Eva\n\n"
        "---------- Vidarebefordrat meddelande ---------\n"
        "Från: Samordnare <samordnare@malmo.se>\nDate: mån 2 dec. 2019 kl 10:14\n"
        "Subject: Kartläggning\nTo: Kören <info@koren.se>\n\n\n"
        f"Hej!\n\n1. {Q1}\n2. {Q2}\n3. {Q3}\n4. {Q4}\n\nMed vänliga hälsningar\nSamordnare\n",
        QUESTIONS)
    got = values(ex)
    assert got["about"] == "Vi är en kör i Husie med 30 sångare och repeterar varje tisdag."
    assert got["obstacles_opportunities"] == "Lokalen är dyr men intresset är stort."


# --- a bulleted list in question order -------------------------------------------------------

CHOIR = "Vi är en kör i Husie med 30 sångare och repeterar varje tisdag."
SINGS = "Vi sjunger på äldreboenden i hela stan och har en öppen kör för nyanlända."
HARD = "Hinder: lokalen är dyr. Möjligheter: många vill sjunga."
CHOIR_WRAPPED = CHOIR.replace(" sångare ", " sångare\n")
OBST_PROSE = "Det svåra är att lokalen är dyr. Möjligheten är att många unga vill sjunga."


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


@pytest.mark.parametrize("correction", [
    "Jag skrev fel på fråga 2, det ska vara ja.",
    "Jag skrev fel i går, på fråga 2 ska det vara Ja, inte nej.",
    "Sorry, question 2 should be yes.",
])
def test_a_correction_in_a_clause_and_an_answer_announced_after_it(correction):
    got = values(extract(f"Hej igen! {correction} Och på fråga 3:\n\n{SINGS}\n\n/Eva"))
    assert got == {"about": None, "works_against_segregation": True, "how": SINGS,
                   "obstacles_opportunities": None}


def test_a_colon_after_a_sentence_naming_two_questions_names_no_one_answer():
    ex = extract("Hej! Här kommer svaren på fråga 3 och fråga 4:\n\n"
                 f"{SINGS}\n\n/Eva")
    assert values(ex)["obstacles_opportunities"] is None
    assert ex.reasons


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


# --- a yes/no sentence in its place between labelled answers ---------------------------------


@pytest.mark.parametrize(("yes_no", "want"), [
    ("Ja, vi arbetar för att motverka segregation.", True),
    ("Nej, vi arbetar inte med segregation som sådan.", False),
    ("Yes, we work against segregation every day.", True),
])
def test_a_yes_no_sentence_between_labelled_answers_is_the_yes_no_answer(yes_no, want):
    ex = extract(f"Hej!\n\nOm oss: {CHOIR}\n\n{yes_no}\n\nSå gör vi: {SINGS}\n\n"
                 f"Hinder och möjligheter: {OBST_PROSE}\n\nMvh Eva")
    assert values(ex) == {"about": CHOIR, "works_against_segregation": want, "how": SINGS,
                          "obstacles_opportunities": OBST_PROSE}


def test_a_sentence_on_the_topic_that_says_no_yes_or_no_stays_in_its_answer():
    about = f"{CHOIR}\n\nVi bryr oss mycket om segregation i Husie."
    ex = extract(f"Hej!\n\nOm oss: {about}\n\nSå gör vi: {SINGS}\n\n"
                 f"Hinder och möjligheter: {OBST_PROSE}\n\nMvh Eva")
    assert values(ex)["about"] == f"{CHOIR} Vi bryr oss mycket om segregation i Husie."
    assert values(ex)["works_against_segregation"] is None
    assert ex.reasons


@pytest.mark.parametrize("body", [
    "Hej!\n\nInnan vi svarar: vem på kommunen ansvarar för lokalbokningen i Husie? "
    "Vi har fått veta att vår lokal ska byggas om.\n\nMvh Eva",
    "Hi,\n\nBefore we answer, could you tell us who handles the grants? "
    "Our club has grown a lot this year.\n\nBest, Eva",
])
def test_a_mail_that_says_its_answers_are_still_to_come_gives_no_first_answer(body):
    # (nothing answered: the pipeline lists it under review as no_answer)
    assert all(v is None for v in values(extract(body)).values())


def test_answers_by_position_above_a_forwarded_survey_mail_stay_the_answers():
    # the own answers are a guess by position; the forwarded survey mail holds no answers
    # found by structure, so it does not take their place
    ex = extract_answers(
        f"Hej!\n\n{CHOIR}\n\nJa\n\n{SINGS}\n\n{OBST_PROSE}\n\nMvh Eva\n\n"
        "---------- Vidarebefordrat meddelande ---------\n"
        "Från: Samordnare <samordnare@malmo.se>\nDate: mån 2 dec. 2019 kl 10:14\n"
        "Subject: Kartläggning\nTo: Kören <info@koren.se>\n\n\n"
        "Hej!\n\nVi vore tacksamma om er förening ville svara på fyra frågor:\n\n"
        f"1. {Q1}\n2. {Q2}\n3. {Q3}\n4. {Q4}\n\nMed vänliga hälsningar\nSamordnare\n",
        QUESTIONS)
    assert values(ex) == {"about": CHOIR, "works_against_segregation": True, "how": SINGS,
                          "obstacles_opportunities": OBST_PROSE}


def test_an_html_list_in_question_order_answers_one_to_one():
    from svarsinkorg.parsers.text import html_to_text

    text = html_to_text(
        "<html><body><p>Hej,</p><p>Svar från kören:</p><ul>"
        f"<li>{CHOIR}</li><li>Ja</li><li>{SINGS}</li><li>{HARD}</li>"
        "</ul><p>Mvh Eva</p></body></html>")
    assert values(extract_answers(text, QUESTIONS)) == {
        "about": CHOIR, "works_against_segregation": True, "how": SINGS,
        "obstacles_opportunities": HARD}
