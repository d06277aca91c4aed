"""Closings, greetings and signatures: a sign-off in the last answer's place is no answer (and the
gap is shown), a survey closing or the original's address pasted after the last answer is
dropped, while short answers, welcomes and sentences in the writer's own voice stay."""

from __future__ import annotations

import attachment_factories as f
import pytest
from helpers import (
    Q1,
    Q2,
    Q3,
    Q4,
    QUESTIONS,
    QUOTE,
    codes,
    example_raw,
    extract,
    reply,
    run,
    values,
)

from svarsinkorg.config import parse_config
from svarsinkorg.intake.match import RosterEntry
from svarsinkorg.parsers.answers import extract_answers, is_instruction
from svarsinkorg.parsers.quotes import split_reply, text_above_quote
from svarsinkorg.pipeline import parse_message

# --- a sign-off where the last answer would be ------------------------------------------------

ROSTER = [RosterEntry(1, "Föreningen Kulturbron", ("info@kulturbron.se",))]


CLOSING = "> Tack på förhand!\n> Vänliga hälsningar\n> Samordnare\n> Malmö stad\n"


def inline(after_q4: str) -> bytes:
    # answers typed under the quoted questions; question 4 passed by
    return reply(
        "Hej!\n\nDen 2 dec. 2019 kl 10:14 skrev Samordnare <samordnare@malmo.se>:\n"
        f"> Hej,\n>\n> 1. {Q1}\n\nVi är en kulturförening för unga i Sofielund.\n\n"
        f"> 2. {Q2}\n\nJa\n\n> 3. {Q3}\n\nVi har öppen scen varannan fredag för alla.\n\n"
        f"> 4. {Q4}\n{after_q4}",
        sender="info@kulturbron.se")


# --- answers typed into the original, its closing (an address and a deadline) under the last ---


# Answers 1-3 typed after "SVAR:" into an Outlook-quoted original; the tests add answer 4.
ANSWERED_IN_OUTLOOK_QUOTE = (
    "Hej, svaren står i texten nedan.\n/Anders\n\n"
    "Från: Samordnare <samordnare@malmo.se>\nSkickat: den 2 december 2019 10:14\n"
    "Till: info@klubben.se\nÄmne: Kartläggning\n\nHej,\n\n"
    f"1. {Q1}\nSVAR: Vi är en bordtennisklubb i Husie med 60 medlemmar.\n"
    f"2. {Q2}\nSVAR: Ja\n"
    f"3. {Q3}\nSVAR: Vi har gratis prova-på-kvällar för alla i området.\n"
)


# --- an answer's "Label: text." with the sign-off under it is no part of the header below ----

_OUTLOOK_SV = ("Från: Samordnare <samordnare@malmo.se>\nSkickat: den 2 december 2019 09:14\n"
               "Ämne: Kartläggning\n")


_OUTLOOK_EN = ("From: Coordinator <samordnare@malmo.se>\nSent: Monday, 2 December 2019 09:14\n"
               "Subject: Survey\n")


# --- last answer: the survey's own closing words -------------------------------------------

PASTED_CLOSING = (
    "Skicka ett svar per förening till samordnare@malmö.se senast den 31a januari.\n"
    "Önskar ni att svara på frågorna i en intervju istället för i text? Kontakta mig så "
    "ordnar vi det!"
)


@pytest.mark.parametrize("after_q4", [
    # the survey's closing runs on under question 4, then an unknown sign-off
    CLOSING + "\nTervitustega,\nMari\n",
    CLOSING + "\nUdvozlettel\nZsofia Kiss\n",
    # the sign-off right under question 4, at the end or with the quote going on
    "\nTervitustega,\nMari\n",
    "\nSelam, Mari\n\n" + CLOSING,
    CLOSING + "\nMari\n",
    # with a signature block under the name: a role, the association, a phone number
    "\nTervitustega,\nMari Kask\nsekreterare\n0701-234567\n",
    CLOSING + "\nParimate soovidega, Mari Kask, Föreningen Kulturbron\n",
])
def test_a_sign_off_by_its_shape_is_no_answer_and_the_gap_is_shown(tmp_path, after_q4):
    survey = parse_config(example_raw() | {"store": {"url": "sqlite://"}},
                          tmp_path / "c.toml").survey
    p = parse_message(inline(after_q4), survey, ROSTER)
    got = {k: a["value"] for k, a in p.answers.items()}
    assert got == {
        "about": "Vi är en kulturförening för unga i Sofielund.",
        "works_against_segregation": True,
        "how": "Vi har öppen scen varannan fredag för alla.",
        "obstacles_opportunities": None,
    }
    # the gap is shown (a one-line sign-off may be shown as left-over text as well)
    assert "partial" in [r.code for r in p.reasons]
    assert {r.code for r in p.reasons} <= {"partial", "unassigned_text"}


def test_a_terse_answer_of_the_same_shape_is_never_lost_unseen(tmp_path):
    # "Lokaler / Mari" cannot be told from a sign-off: not taken, but shown
    survey = parse_config(example_raw() | {"store": {"url": "sqlite://"}},
                          tmp_path / "c.toml").survey
    p = parse_message(inline("\nLokaler\nMari\n"), survey, ROSTER)
    assert p.answers["obstacles_opportunities"]["value"] is None
    assert "partial" in [r.code for r in p.reasons]


@pytest.mark.parametrize("answer", [
    "Lokalerna är för dyra, men skolorna vill samarbeta.",
    "Hinder: pengar. Möjligheter: många unga.",
])
def test_a_short_answer_with_a_name_under_it_stays(tmp_path, answer):
    survey = parse_config(example_raw() | {"store": {"url": "sqlite://"}},
                          tmp_path / "c.toml").survey
    p = parse_message(inline(f"\n{answer}\n\nMari\n"), survey, ROSTER)
    assert p.answers["obstacles_opportunities"]["value"] == answer
    assert not p.reasons


# --- one plain yes with the greeting on its line ------------------------------------------------


@pytest.mark.parametrize(("body", "want"), [
    ("Hej, jodå, det gör vi!\nBritt", True),
    ("Hej Anna, ja det gör vi så gott vi kan.\n/Britt", True),
    ("Hi, yes we do, as best we can!\nBritt", True),
    ("Hej, nej det gör vi inte.\nBritt", False),
])
def test_one_plain_yes_with_a_greeting_on_its_line(body, want):
    ex = extract_answers(body + QUOTE, QUESTIONS)
    got = {k: a.value for k, a in ex.answers.items()}
    assert got == {"about": None, "works_against_segregation": want, "how": None,
                   "obstacles_opportunities": None}
    assert not ex.reasons


@pytest.mark.parametrize("closing", [
    "Svaren tas gärna emot på samordnare@malmo.se senast den 31 januari.",
    "Replies are welcome at coordinator@malmo.se by 31 January 2020.",
])
def test_the_originals_address_and_deadline_end_the_last_answer(closing):
    body = (
        ANSWERED_IN_OUTLOOK_QUOTE +
        f"4. {Q4}\nSVAR: Hallen är för liten, men skolan vill samarbeta.\n\n"
        f"{closing}\n\nVänliga hälsningar\nSamordnare\n")
    ex = extract_answers(body, QUESTIONS)
    assert ex.answers["obstacles_opportunities"].value == \
        "Hallen är för liten, men skolan vill samarbeta."
    assert ex.answers["about"].value == "Vi är en bordtennisklubb i Husie med 60 medlemmar."


def test_an_answer_naming_an_address_in_its_own_voice_stays():
    body = (
        ANSWERED_IN_OUTLOOK_QUOTE +
        f"4. {Q4}\nSVAR: Hallen är för liten.\n\nSenast i höstas mejlade vi "
        "fritid@malmo.se om en större hall.\n\nVänliga hälsningar\nSamordnare\n")
    ex = extract_answers(body, QUESTIONS)
    assert ex.answers["obstacles_opportunities"].value == \
        "Hallen är för liten. Senast i höstas mejlade vi fritid@malmo.se om en större hall."


@pytest.mark.parametrize(("close", "header"), [
    ("Hälsningar\nMaja Berg\nKassör, Kören Fyra Språk\n", _OUTLOOK_SV),
    ("Mvh\nMaja\n", _OUTLOOK_SV),
    ("Kind regards\nMaja Berg\nTreasurer, Four Languages Choir\n", _OUTLOOK_EN),
])
def test_a_labelled_answer_above_the_sign_off_stays_the_answer(close, header):
    # HTML mail turned to text: no blank lines, headings with a colon, the header unquoted
    ex = extract(
        "Hej!\nVilka vi är:\nVi är en kör i Malmö med 30 sångare.\nArbetar vi mot segregation?\n"
        "Ja\nHur vi arbetar:\nVi sjunger på fyra språk.\nHinder och möjligheter:\n"
        "Hinder: lokalen är dyr. Möjligheter: många vill sjunga med oss.\n" + close + header)
    got = values(ex)
    assert got["obstacles_opportunities"] == (
        "Hinder: lokalen är dyr. Möjligheter: många vill sjunga med oss.")
    assert got["how"] == "Vi sjunger på fyra språk."
    assert "partial" not in codes(ex)


# --- after a wish to meet, the invitation or the visit offered is the wish's, not an answer -

@pytest.mark.parametrize("invite", [
    "Ni är varmt välkomna till oss i Lindängen en eftermiddag, eller så kommer vi till er.",
    "Vi kommer gärna till er på stadshuset en förmiddag om det passar bättre.",
    "You are most welcome to visit us at the mosque one evening, or we can come to you.",
    # the place named, not the reader (unseen30)
    "Vi kommer gärna till stadshuset eller så kommer ni till oss.",
    "We come to the city hall gladly, or you come to us.",
])
def test_an_invitation_after_a_wish_to_meet_is_no_left_over_text(invite):
    ex = extract(
        "Hej,\n\nTack för frågorna. Vi skriver inte så bra svenska. "
        f"Kan vi ses och berätta i stället? {invite}\n\nHälsningar\nAmina\n")
    assert ex.wants_interview is True
    assert all(v is None for v in values(ex).values())
    assert "unassigned_text" not in codes(ex)


def test_a_welcome_sentence_in_an_answer_stays_in_the_answer():
    got = values(extract(
        "Hej\n\n1. Vi är en öppen förskola i Holma. Ni är välkomna till oss varje dag.\n2. Ja\n"
        "3. Vi bjuder in familjer från hela stan.\n4. Lokalen är liten.\n\nAmina"))
    assert got["about"] == "Vi är en öppen förskola i Holma. Ni är välkomna till oss varje dag."


def test_survey_closing_pasted_after_the_last_answer_is_dropped() -> None:
    text = "\n".join(f"{i}. {q}\n{a}" for i, (q, a) in
                     enumerate(zip(f.QUESTIONS, f.ANSWERS, strict=True), 1))
    got = run(f"{text}\n{PASTED_CLOSING}")
    assert got["obstacles_opportunities"] == f.ANSWERS[3]


def test_own_sentences_about_sending_or_asking_are_kept() -> None:
    assert is_instruction("Skicka ett svar per förening till samordnare@malmö.se senast 31/1.")
    assert is_instruction("Önskar ni att svara i en intervju istället?")
    assert not is_instruction("Vi skickar in vår ansökan till kommunen i mars.")
    assert not is_instruction("Skicka inte barnen hem utan mat.")
    assert not is_instruction("Har ni hört talas om oss?  Vi finns på Möllan.")
    last = "Hinder: lokaler. Vi skickar in en ansökan senast i mars."
    got = run(f"1. Vi är en förening.\n2. Ja\n3. Läxhjälp.\n4. {last}")
    assert got["obstacles_opportunities"] == last


# --- signatures: "Förnamn, Förening" ------------------------------------------------------


def test_first_name_comma_association_signature_is_cut() -> None:
    own = split_reply("4. Hinder: lokaler. Möjligheter: havet.\n\nRojda, KUF Malmö").own
    assert own == "4. Hinder: lokaler. Möjligheter: havet."


def test_answer_line_with_comma_is_no_signature() -> None:
    own = split_reply("4. Hinder: lokaler.\n\nLokaler, ekonomi och tid").own
    assert own.endswith("Lokaler, ekonomi och tid")


def test_text_above_quote_keeps_the_signature() -> None:
    text = "1. Svar\n\nMvh\nLisa\nIK Sölve Ungdom\n\n> 1. Vilka är ni?\n"
    assert text_above_quote(text).splitlines()[-1] == "IK Sölve Ungdom"


# --- the greeting said as a verb over the name ("Hälsar / Ola") -----------------------------


@pytest.mark.parametrize("close", [
    "Hälsar\nOla Ohlsson, ordf.",
    "Hälsar Ola",
    "Hälsar styrelsen genom\nKarin Lund",
])
def test_a_closing_verb_over_the_name_is_cut_from_the_last_answer(close):
    got = values(extract(
        "Hej!\n\nVilka är ni? Vi är en odlarförening i Västra Hamnen.\n\n"
        "Arbetar ni för att motverka segregation? Ja.\n\n"
        "På vilket sätt? Vi har odlingslådor för boende i Holma.\n\n"
        "Hinder och möjligheter? Hinder: avståndet. Möjligheter: odling är lätt att börja med."
        f"\n\n{close}\n"))
    assert got["obstacles_opportunities"] == (
        "Hinder: avståndet. Möjligheter: odling är lätt att börja med.")
    assert got["about"] == "Vi är en odlarförening i Västra Hamnen."


def test_the_verb_in_an_answer_sentence_is_kept():
    got = values(extract(
        "1. Vi är en kvinnoförening i Rosengård.\n2. Ja\n"
        "3. Alla som kommer hälsar på varandra på flera språk.\n4. Lokalen är dyr.\n\nAmina"))
    assert got["how"] == "Alla som kommer hälsar på varandra på flera språk."


def test_the_place_offered_after_a_wish_to_meet_for_the_rest_is_no_left_over_text() -> None:
    # question 1 answered, the rest to be told at a meeting: where to meet is the wish's
    from helpers import QUOTE, REPO, example_raw

    from svarsinkorg.config import parse_config
    from svarsinkorg.parsers.answers import extract_answers

    # the example survey with its aliases ("Om oss"), as a coordinator ships it
    questions = parse_config(example_raw(), REPO / "config.toml").survey.questions
    ex = extract_answers(
        "Hej!\n\nKort om oss: Kvinnoföreningen samlar kvinnor i Nydala och har svenskcafé och "
        "syförening.\n\nPå de andra frågorna vill vi hellre svara när vi ses. Kan vi boka ett "
        "möte i februari? Vi kommer gärna till stadshuset eller så kommer ni till oss.\n\n"
        "Hälsningar\nRana\n" + QUOTE, questions)
    assert ex.wants_interview is True
    assert values(ex)["about"] == (
        "Kvinnoföreningen samlar kvinnor i Nydala och har svenskcafé och syförening.")
    assert "unassigned_text" not in codes(ex)


# --- a name and a role as the last paragraph, no closing word (unseen53) ---------------------


@pytest.mark.parametrize("signature", [
    "Sofia, ordf.", "Anna Berg, kassör", "Tony (chair)", "Maria Lind sekreterare",
])
def test_a_name_and_a_role_alone_under_the_last_answer_is_a_signature(signature):
    ex = extract("Om oss: Vi är föräldraföreningen på Djungelskolan.\nSegregation: ja\n"
                 "Hur: Vi har tolkar på föräldramötena.\n"
                 "Hinder & möjligheter: Det är svårt att få föräldrar att komma.\n\n"
                 f"{signature}")
    assert values(ex)["obstacles_opportunities"] == "Det är svårt att få föräldrar att komma."
    assert "signature_in_answer" not in codes(ex)


def test_a_last_paragraph_naming_roles_in_a_sentence_stays():
    got = values(extract("1. Vi är en scoutkår.\n2. Ja\n3. Vi har läger.\n"
                         "4. Hinder: vi saknar folk.\n\nVi behöver fler ledare och en kassör."))
    assert got["obstacles_opportunities"] == (
        "Hinder: vi saknar folk. Vi behöver fler ledare och en kassör.")


@pytest.mark.parametrize("blessing", [
    "Inshallah det blir bra.",
    "Insha'Allah!",
    "Om Gud vill går det bättre sen.",
    "God willing, more next time.",
])
def test_a_short_blessing_in_closing_is_no_part_of_the_last_answer(blessing):
    # a second-language writer's closing wish on its own line above the sign-off
    body = (f"1 Vi är en förening för mammor i Holma.\n\n2 ja\n\n3 Vi lagar mat tillsammans.\n\n"
            f"4 Problem är lokal. Möjlighet är många vill komma.\n\n{blessing}\nMvh Amina\n")
    ex = extract_answers(body + QUOTE, QUESTIONS)
    assert ex.answers["obstacles_opportunities"].value == \
        "Problem är lokal. Möjlighet är många vill komma."


def test_a_sentence_of_substance_after_a_blessing_word_stays_the_answers():
    body = ("1 Vi är en förening för mammor i Holma.\n\n2 ja\n\n3 Vi lagar mat tillsammans.\n\n"
            "4 Problem är lokal.\n\nInshallah får vi en ny lokal nästa år och kan då ta emot "
            "fler barn i läxhjälpen.\nMvh Amina\n")
    ex = extract_answers(body + QUOTE, QUESTIONS)
    assert "ny lokal" in (ex.answers["obstacles_opportunities"].value or "") or ex.reasons


@pytest.mark.parametrize("signed", [" /Jonas, Husie Kör", " // Elin för Cykelköket", " /Mats"])
def test_a_name_signed_with_a_slash_after_the_last_sentence_is_cut(signed):
    last = "Lokalen är dyr. Möjligheten är att många unga vill sjunga."
    body = (f"1. Vi är en kör i Husie.\n2. Ja\n3. Vi sjunger med alla.\n4. {last}{signed}\n\n"
            "Skickat från min iPhone\n")
    ex = extract_answers(body + QUOTE, QUESTIONS)
    assert ex.answers["obstacles_opportunities"].value == last


def test_a_slash_inside_the_last_sentence_stays_the_answers():
    last = "Lokalen är dyr och/eller för liten för oss och våra grannar."
    ex = extract_answers(f"1. Vi är en kör i Husie.\n2. Ja\n3. Vi sjunger med alla.\n4. {last}\n"
                         + QUOTE, QUESTIONS)
    assert ex.answers["obstacles_opportunities"].value == last


# --- (unseen90) whom to call should the reader have questions, after the last answer ----------

@pytest.mark.parametrize("note", [
    "Ni kan ringa vår kassör Leyla på 070-765 43 21 om ni har några frågor.",
    "Mejla gärna mig på ordf@klubben.se om något är oklart.",
    "Du når Sven direkt på 040-12 34 56 om du undrar något.",
    "You can reach our chair Dana at 073-000 11 22 if you have any questions.",
    "Please e-mail the secretary if anything is unclear.",
])
def test_a_contact_note_for_questions_is_no_part_of_the_last_answer(note):
    text = ("1. Vi är en dansförening.\n\n2. Ja\n\n3. Vi dansar med skolor i hela stan.\n\n"
            "4. Hinder: lokalhyran. Möjligheter: många vill dansa.\n\n"
            f"{note}\n\nVänliga hälsningar\nMaja")
    ex = extract_answers(text, QUESTIONS)
    assert values(ex)["obstacles_opportunities"] == \
        "Hinder: lokalhyran. Möjligheter: många vill dansa."
    assert not codes(ex)


def test_a_call_inside_an_answer_that_is_the_work_itself_stays():
    # the condition is the association's own callers, not the reader: its answer
    ex = extract_answers("1. Vi är en jourförening.\n\n2. Ja\n\n3. Vi har en jourtelefon.\n\n"
                         "4. Volontärerna ringer föräldrarna om barnen har frågor.", QUESTIONS)
    assert values(ex)["obstacles_opportunities"] == \
        "Volontärerna ringer föräldrarna om barnen har frågor."


# --- (unseen90) who wrote the document down, and when, at its foot -----------------------------

@pytest.mark.parametrize("foot", [
    "Nedtecknat av sekreteraren Olle Ek efter styrelsemötet den 14 januari 2020.",
    "Compiled by the study association together with the chair, February 2020.",
])
def test_a_credit_line_at_the_foot_is_no_part_of_the_last_answer(foot):
    text = ("Om oss\nVi är en syförening i Fosie.\n\nHinder och möjligheter\n"
            f"Lokalen är för liten. Möjligheten är alla som vill lära sig sy.\n\n{foot}")
    ex = extract_answers(text, QUESTIONS)
    assert values(ex)["obstacles_opportunities"] == \
        "Lokalen är för liten. Möjligheten är alla som vill lära sig sy."


def test_a_written_year_inside_the_answer_stays():
    ex = extract_answers("1. Vi är en syförening.\n\n2. Ja\n\n3. Öppna syträffar.\n\n"
                         "4. Boken om oss skriven av Anna Berg 2019 säljer bra.", QUESTIONS)
    assert values(ex)["obstacles_opportunities"] == \
        "Boken om oss skriven av Anna Berg 2019 säljer bra."
