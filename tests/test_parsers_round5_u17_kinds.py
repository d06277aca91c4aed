"""Issue 9, round 5 (unseen17): the kinds behind its silent misses, each on small replies in
other words than the corpus's, Swedish and English, values and review reasons asserted."""

from __future__ import annotations

import pytest
from helpers import Q1, Q2, Q3, Q4, QUESTIONS, QUOTE, example_raw, extract, reply, values

from svarsinkorg.config import parse_config
from svarsinkorg.intake.match import RosterEntry
from svarsinkorg.parsers.answers import extract_answers
from svarsinkorg.pipeline import parse_message


def values_of(body: str) -> dict[str, object]:
    return values(extract(body))


# --- a deferral after its reason, the question named by pronoun and noun ---------------------


@pytest.mark.parametrize("later", [
    "Den vill styrelsen titta på först, jag återkommer med det svaret.",
    "Vi har inte hunnit diskutera det, vi återkommer om den frågan.",
    "Kassören är bortrest, vi återkommer med den delen.",
    "We have to ask our members first, we will come back with that answer.",
])
def test_a_deferral_after_its_reason_is_no_answer(later):
    got = values_of(
        "Hej!\n\n1. Vi är en boulklubb på Limhamn med 35 medlemmar.\n\n2. Ja\n\n"
        "3. Vi spelar på torget så att alla som går förbi kan vara med.\n\n"
        f"4. {later}\n\nHälsningar\nPia")
    assert got["obstacles_opportunities"] is None
    assert got["how"] == "Vi spelar på torget så att alla som går förbi kan vara med."
    assert got["works_against_segregation"] is True


@pytest.mark.parametrize("answer", [
    # "återkommer med det ..." telling what they do is an answer
    "Vi återkommer med det nya spelschemat till alla familjer varje höst.",
    "Hindret återkommer med det nya bidragssystemet, men skolorna vill samarbeta.",
])
def test_an_answer_with_the_verb_of_a_deferral_stays(answer):
    got = values_of(
        "Hej!\n\n1. Vi är en boulklubb på Limhamn med 35 medlemmar.\n\n2. Ja\n\n"
        "3. Vi spelar på torget så att alla som går förbi kan vara med.\n\n"
        f"4. {answer}\n\nHälsningar\nPia")
    assert got["obstacles_opportunities"] == answer


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


# --- labels of the writer's own: a dash after them, or labels on every answer ---------------


@pytest.mark.parametrize(("body", "want"), [
    # a spaced dash after each label, as a colon; labelled parts under one stay the answer's
    ("1. Om föreningen – Vi är en kör med 30 sångare i Husie.\n\n2. Segregation – Ja\n\n"
     "3. Hur – Vi sjunger på äldreboenden och bjuder in nya malmöbor till öppna övningar.\n\n"
     "4. Hinder och möjligheter – Hinder: lokalhyran. Möjlighet: körsång kräver inget "
     "gemensamt språk.\n\n/Lena",
     {"about": "Vi är en kör med 30 sångare i Husie.",
      "how": "Vi sjunger på äldreboenden och bjuder in nya malmöbor till öppna övningar.",
      "obstacles_opportunities": "Hinder: lokalhyran. Möjlighet: körsång kräver inget "
                                 "gemensamt språk."}),
    ("1. About us — We are a chess club in Kirseberg with 40 members.\n\n2. Segregation — Yes"
     "\n\n3. How — We play in the library, where anyone can walk in and join a game.\n\n"
     "4. Obstacles and opportunities — Few girls come, but the schools want to work with us."
     "\n\nLena",
     {"about": "We are a chess club in Kirseberg with 40 members.",
      "how": "We play in the library, where anyone can walk in and join a game.",
      "obstacles_opportunities": "Few girls come, but the schools want to work with us."}),
    # labels on every answer: one that names nothing is a heading as its siblings are, and
    # a yes behind one is read from after it
    ("1 Om oss: Vi är en dansförening i Rosengård för barn från sju år.\n\n"
     "2 Motverkar ni: Ja\n\n3 Hur: Vi dansar i skolornas idrottshallar efter skoltid och "
     "det kostar inget.\n\n4 Hinder/möjligheter: Hallarna är fullbokade, men föräldrarna vill "
     "hjälpa till.\n\nSamira",
     {"about": "Vi är en dansförening i Rosengård för barn från sju år.",
      "how": "Vi dansar i skolornas idrottshallar efter skoltid och det kostar inget.",
      "obstacles_opportunities": "Hallarna är fullbokade, men föräldrarna vill hjälpa till."}),
])
def test_labels_of_the_writers_own_are_no_part_of_the_answers(body, want):
    got = values_of("Hej!\n\n" + body)
    assert got["works_against_segregation"] is True
    assert {k: got[k] for k in want} == want


def test_one_label_alone_that_names_nothing_stays_in_its_answer():
    # no sibling labels: "Lokalerna: ..." may be how the writer opens the answer
    got = values_of("Hej!\n\n1. Vi är en dansförening i Rosengård.\n\n2. Ja\n\n"
                 "3. Vi dansar i skolornas idrottshallar efter skoltid.\n\n"
                 "4. Lokalerna: de räcker inte till alla som vill vara med.\n\n/Samira")
    assert got["obstacles_opportunities"] == \
        "Lokalerna: de räcker inte till alla som vill vara med."


# --- the writer's own questions opening each paragraph ------------------------------------------


@pytest.mark.parametrize(("body", "want"), [
    ("Hej\nVem är vi? Vi är en syförening i Holma med ett tjugotal medlemmar som träffas "
     "varje tisdag.\n\nGör vi något mot segregation? Ja, det gör vi.\n\nPå vilket sätt? Vi "
     "syr tillsammans med kvinnor från hela området och lär av varandra.\n\nVad gör det svårt "
     "och vad hjälper? Många vet inte att vi finns, men de som kommer tar med sig vänner.\n\n"
     "Hälsningar Aina",
     ("Vi är en syförening i Holma med ett tjugotal medlemmar som träffas varje tisdag.",
      "Vi syr tillsammans med kvinnor från hela området och lär av varandra.",
      "Många vet inte att vi finns, men de som kommer tar med sig vänner.")),
    ("Hi\nWho are we? We are a sewing circle in Holma with about twenty members.\n\n"
     "Do we work against segregation? Yes, we do.\n\nHow? We sew together with women from "
     "all over the area and learn from each other.\n\nWhat is hard and what is good? "
     "Many do not know we exist, but those who come bring their friends.\n\nAina",
     ("We are a sewing circle in Holma with about twenty members.",
      "We sew together with women from all over the area and learn from each other.",
      "Many do not know we exist, but those who come bring their friends.")),
])
def test_own_questions_opening_paragraphs_are_headings(body, want):
    got = values_of(body)
    assert (got["about"], got["how"], got["obstacles_opportunities"]) == want
    assert got["works_against_segregation"] is True


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


# --- a decline said in a clause after "att" ------------------------------------------------------


@pytest.mark.parametrize("body", [
    "Hej,\n\nTack för frågan. Vi har pratat i styrelsen och kommit fram till att vi inte "
    "medverkar den här gången, vi har för mycket annat just nu.\n\nHälsningar\nOla",
    "Hej!\n\nStyrelsen meddelar att vi inte svarar på enkäten i år.\n\nMvh\nOla",
])
def test_a_decline_in_a_clause_after_att_marks_the_reply_declined(body):
    ex = extract_answers(body + QUOTE, QUESTIONS)
    assert all(a.value is None for a in ex.answers.values())
    assert "declined" in ex.flags
    assert not ex.reasons


def test_a_clause_about_others_taking_part_is_no_decline():
    ex = extract_answers("Hej!\n\n1. Vi är en fotbollsklubb i Oxie.\n\n2. Ja\n\n3. Vi vill att "
                         "fler barn deltar, så träningen är gratis.\n\n4. Det är svårt att få "
                         "tider på planerna.\n\n/Ola" + QUOTE, QUESTIONS)
    assert "declined" not in ex.flags
    assert ex.answers["how"].value == "Vi vill att fler barn deltar, så träningen är gratis."


# --- prose above numbered answers that speaks of the questions by number ------------------------


@pytest.mark.parametrize("intro", [
    "Hej igen,\n\nVi har läst igenom det vi skickade och vill byta svaren på fråga 2 och 3, "
    "resten står kvar.\n\n",
    "Hi again,\n\nThe board asked me to change our answers to question 2 and 3, the rest "
    "stays as it was.\n\n",
])
def test_prose_about_the_answers_by_number_is_not_question_one(intro):
    ex = extract_answers(intro + "2. Ja\n\n3. Vi lånar ut vår lokal gratis till "
                         "läxhjälp för barn från hela området.\n\n/Peter" + QUOTE, QUESTIONS)
    got = {k: a.value for k, a in ex.answers.items()}
    assert got == {"about": None, "works_against_segregation": True,
                   "how": "Vi lånar ut vår lokal gratis till läxhjälp för barn från hela "
                          "området.",
                   "obstacles_opportunities": None}


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
