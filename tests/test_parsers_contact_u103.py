"""A follow-up that asks only after a NO ("Om nej: vad hindrar er?", "If not: why not?", the
mirror of unseen97's yes-only follow-up), a last question asking for a contact person (a name
and a phone number: an answer shaped like a signature), a table row whose answer cell is
empty, a place marked as not applying named by its number, and a web address given as the
yes to "do you have a site?" (unseen103, Norrköping's survey): the kinds its first sight
missed, in other words than the corpus, Swedish and English, values and review reasons
asserted."""

from __future__ import annotations

from helpers import codes, values

from svarsinkorg.config import Question
from svarsinkorg.parsers.answers import extract_answers
from svarsinkorg.parsers.cues import asks_for_contact
from svarsinkorg.parsers.evidence import asked_only_on, not_asked_after

SV = (
    Question("about", "Berätta kort om laget: vad gör ni och hur många spelar?", "text", 1),
    Question("field", "Har laget en egen träningsplan? Ja / Nej", "yes_no", 2),
    Question("why_not", "Om nej: vad är det som saknas? (till exempel pengar eller mark)",
             "text", 3),
    Question("help", "Vad kan fritidsförvaltningen göra för er?", "text", 4),
    Question("contact", "Vem kan vi kontakta för frågor? (namn och telefonnummer)", "text", 5),
)
EN = (
    Question("about", "Tell us briefly about the team: what do you do and how many play?",
             "text", 1),
    Question("field", "Does the team have a pitch of its own? Yes / No", "yes_no", 2),
    Question("why_not", "If not: what is missing? (for example money or land)", "text", 3),
    Question("help", "What can the leisure office do for you?", "text", 4),
    Question("contact", "Who can we contact with questions? (name and phone)", "text", 5),
)
SITE_SV = (
    Question("about", "Berätta kort om föreningen.", "text", 1),
    Question("web", "Har föreningen en hemsida eller en sida i sociala medier? Ja / Nej",
             "yes_no", 2),
    Question("wish", "Vad önskar ni av kommunen?", "text", 3),
)
SITE_EN = (
    Question("about", "Tell us briefly about the club.", "text", 1),
    Question("web", "Does the club have a website or a social media page? Yes / No",
             "yes_no", 2),
    Question("wish", "What would you like from the city?", "text", 3),
)


# --- the follow-up's condition read from the configured text, either way -----------------

def test_the_answer_a_follow_up_asks_on() -> None:
    assert asked_only_on(SV[2]) is False and asked_only_on(EN[2]) is False
    yes_only = Question("how", "Om ja: hur gör ni?", "text", 3)
    assert asked_only_on(yes_only) is True
    assert asked_only_on(Question("how", "Om ja, hur? Om nej, varför inte?", "text", 3)) is None
    assert not_asked_after(True, SV[2]) and not not_asked_after(False, SV[2])
    assert not_asked_after(False, yes_only) and not not_asked_after(None, SV[2])


# --- a yes's own comment is no answer to a follow-up that asks only after a no ------------------

def test_comment_after_a_yes_stays_off_a_no_only_follow_up_swedish() -> None:
    body = ("Hej!\n\n1. Fotbollslag för flickor, 40 spelare.\n\n"
            "2. Ja, vi delar gräsplanen med skolan.\n\n3. Gäller inte oss.\n\n"
            "4. Fler tider i sporthallen på vintern.\n\n5. Maria Ek, 070-111 22 33\n\n"
            "Hälsningar\nMaria Ek\nkassör\n070-111 22 33")
    ex = extract_answers(body, SV)
    assert values(ex) == {
        "about": "Fotbollslag för flickor, 40 spelare.",
        "field": True,
        "why_not": None,
        "help": "Fler tider i sporthallen på vintern.",
        "contact": "Maria Ek, 070-111 22 33",
    }
    assert codes(ex) == set()


def test_comment_after_a_yes_stays_off_a_no_only_follow_up_english() -> None:
    body = ("Hi,\n\n1. A girls' football team, 40 players.\n\n"
            "2. Yes, we share the grass pitch with the school.\n\n"
            "4. More hall times in winter.\n\n5. Mary Oak, 070-111 22 33\n\nBest\nMary")
    ex = extract_answers(body, EN)
    assert values(ex)["field"] is True and values(ex)["why_not"] is None
    assert values(ex)["contact"] == "Mary Oak, 070-111 22 33"
    # the follow-up left out after a yes is no gap: it asks only after a no
    assert codes(ex) == set()


def test_a_no_still_carries_its_reason_to_a_no_only_follow_up() -> None:
    body = ("Hej!\n\n1. Bandylag, 25 spelare.\n2. Nej, marken kostar för mycket.\n"
            "4. Hjälp med hyran.\n5. Olle Berg 073-444 55 66")
    ex = extract_answers(body, SV)
    assert values(ex)["field"] is False
    assert values(ex)["why_not"] == "Marken kostar för mycket."


# --- a contact answer is the answer, not a signature ------------------------------------------

def test_a_numbered_name_and_phone_is_the_contact_answer_not_a_signature() -> None:
    body = ("Hej,\n\n1. Vi är ett bordtennislag med 30 medlemmar.\n\n2. Nej\n\n"
            "3. Ingen mark.\n\n4. Pengar till en ny plan.\n\n5. Sven Lund, 070-987 65 43\n\n"
            "Med vänliga hälsningar\nSven Lund\nordförande\n070-987 65 43")
    ex = extract_answers(body, SV)
    assert values(ex)["contact"] == "Sven Lund, 070-987 65 43"
    assert codes(ex) == set()  # the number asked for is no signature in the answer


def test_the_writers_labels_go_on_over_a_contact_line() -> None:
    body = ("Hej,\n\nLAGET: Korpenlag i innebandy, 18 spelare.\n\nPLAN: NEJ\n\n"
            "VARFÖR: Vi hyr en hall.\n\nHJÄLP: Inget just nu.\n\n"
            "KONTAKT: Lagledaren Per Ås, 011-12 34 56\n\nPer Ås\n011-12 34 56")
    ex = extract_answers(body, SV)
    assert values(ex)["contact"] == "Lagledaren Per Ås, 011-12 34 56"
    body_en = ("Hi,\n\nTEAM: A five-a-side team, 12 players.\n\nPITCH: NO\n\n"
               "WHY: We rent a hall.\n\nHELP: Nothing right now.\n\n"
               "CONTACT: Our captain Sam Hill, 070-222 33 44\n\nSam Hill\n070-222 33 44")
    ex = extract_answers(body_en, EN)
    assert values(ex)["contact"] == "Our captain Sam Hill, 070-222 33 44"


def test_thanks_and_a_name_under_the_contact_line_are_the_closing() -> None:
    body = ("Hej\nSvar 1: Vi är ett cricketlag med 22 spelare.\nSvar 2: ja\n"
            "Svar 4: Hjälp att hitta en plan\nSvar 5: Imran Khan 076-123 45 67\n"
            "Tack så mycket\nImran")
    ex = extract_answers(body, SV)
    assert values(ex)["contact"] == "Imran Khan 076-123 45 67"
    assert codes(ex) == set()  # the name signed alone below is no heading over the answer


def test_a_way_to_reach_someone_is_the_contact_answer_not_a_wish_to_talk() -> None:
    body = ("Hej,\n\n1. Boulelag med 16 medlemmar.\n2. Ja\n4. Inget.\n"
            "5. Eva Lind, helst sms till 070-333 44 55 (jag hör dåligt)\n\nEva")
    ex = extract_answers(body, SV)
    assert values(ex)["contact"] == "Eva Lind, helst sms till 070-333 44 55 (jag hör dåligt)"
    body_en = ("Hi,\n\n1. A boules club of 16 members.\n2. Yes\n4. Nothing.\n"
               "5. Eve Lind, please text 070-333 44 55 (I hear badly)\n\nEve")
    ex = extract_answers(body_en, EN)
    assert values(ex)["contact"] == "Eve Lind, please text 070-333 44 55 (I hear badly)"


def test_a_question_asking_for_a_phone_or_address() -> None:
    assert asks_for_contact("text", "Vem når vi för frågor? (namn och telefonnummer)")
    assert asks_for_contact("text", "Contact person (name and e-mail)")
    assert not asks_for_contact("text", "Vilken kontakt har ni med skolan?")
    assert not asks_for_contact("yes_no", "Har ni en telefon? Ja / Nej")


def test_a_phone_in_another_questions_answer_is_still_a_signature() -> None:
    body = ("Hej,\n\n1. Vi är ett lag med 20 spelare, kansliet 070-555 66 77\n\n2. Ja\n\n"
            "4. Mer tider.\n\n5. Anna Ek, 070-555 66 77")
    ex = extract_answers(body, SV)
    assert "signature_in_answer" in codes(ex)


# --- a table row whose answer cell is left empty ---------------------------------------------

def test_a_tab_table_row_with_an_empty_answer_cell_swedish() -> None:
    body = ("Hej!\n\nLaget\tDamlag i handboll med 30 spelare.\n"
            "Egen plan\tJa, vid skolan\nVad saknas\t\n"
            "Vad förvaltningen kan göra\tFler tider i sporthallen under vintern.\n"
            "Kontakt\tLisa Sten, 072-000 11 22\n\nHälsningar\nLisa Sten")
    ex = extract_answers(body, SV)
    assert values(ex) == {
        "about": "Damlag i handboll med 30 spelare.",
        "field": True,
        "why_not": None,
        "help": "Fler tider i sporthallen under vintern.",
        "contact": "Lisa Sten, 072-000 11 22",
    }
    assert codes(ex) == set()


def test_a_tab_table_row_with_an_empty_answer_cell_english() -> None:
    body = ("Hi,\n\nThe team\tA handball team of 30 players.\n"
            "Own pitch\tYes, at the school\nWhat is missing\t\n"
            "Help from the office\tMore times in the sports hall in winter.\n"
            "Contact\tLisa Stone, 072-000 11 22\n\nRegards\nLisa")
    ex = extract_answers(body, EN)
    assert values(ex)["why_not"] is None
    assert values(ex)["help"] == "More times in the sports hall in winter."
    assert values(ex)["contact"] == "Lisa Stone, 072-000 11 22"


# --- a place named by number and marked as not applying is accounted for --------------------

def test_a_numbered_place_marked_not_applying_is_no_named_unanswered() -> None:
    body = ("Hej,\n\nFråga 1: Simklubb med 200 medlemmar.\n\nFråga 2: Ja, vi har en bassäng.\n\n"
            "Fråga 3: Ej aktuellt.\n\nFråga 4: Bättre tider.\n\nFråga 5: Ulf, 070-121 21 21.")
    ex = extract_answers(body, SV)
    assert values(ex)["why_not"] is None
    assert "named_unanswered" not in codes(ex) and "partial" not in codes(ex)


# --- a web address as the yes to "do you have a site?" -----------------------------------------

def test_a_web_address_answers_a_site_question_yes() -> None:
    body = "Hej!\n\n1. Vi är en körförening.\n\n2. https://korforening.se\n\n3. Mer pengar."
    ex = extract_answers(body, SITE_SV)
    assert values(ex)["web"] is True and "ambiguous" not in codes(ex)
    body_en = "Hi!\n\n1. We are a choir.\n\n2. www.ourchoir.org\n\n3. More money."
    ex = extract_answers(body_en, SITE_EN)
    assert values(ex)["web"] is True and "ambiguous" not in codes(ex)


def test_a_web_address_to_another_yes_no_stays_undecided() -> None:
    other = (SITE_SV[0], Question("youth", "Har ni en ungdomsgrupp? Ja / Nej", "yes_no", 2),
             SITE_SV[2])
    ex = extract_answers("1. Vi är en kör.\n\n2. https://korforening.se\n\n3. Pengar.", other)
    assert values(ex)["youth"] is None and "ambiguous" in codes(ex)


# --- paragraphs by their order: the yes's comment paragraph takes no no-only follow-up -------

def test_paragraphs_by_order_skip_a_follow_up_not_asked_after_the_yes_swedish() -> None:
    body = ("Hej!\n\nVi är ett damlag i fotboll med 22 spelare som tränar på tisdagar.\n\n"
            "Vi spelar på skolans plan och har ett Instagramkonto, så svaret på fråga två "
            "är ja.\n\nVi skulle behöva fler tider på konstgräset under vintern.\n\n"
            "Kontakt för frågor: jag själv, Nora Falk, 070-808 90 90.")
    ex = extract_answers(body, SV)
    assert values(ex) == {
        "about": "Vi är ett damlag i fotboll med 22 spelare som tränar på tisdagar.",
        "field": True,
        "why_not": None,
        "help": "Vi skulle behöva fler tider på konstgräset under vintern.",
        "contact": "jag själv, Nora Falk, 070-808 90 90.",
    }
    assert "by_position" in codes(ex)  # read by order: still a guess, shown


def test_paragraphs_by_order_skip_a_follow_up_not_asked_after_the_yes_english() -> None:
    body = ("Hi!\n\nWe are a women's football team of 22 players who train on Tuesdays.\n\n"
            "We play on the school's pitch, so the answer to question two is yes.\n\n"
            "We would need more times on the artificial turf in winter.\n\n"
            "Contact for questions: myself, Nora Falk, 070-808 90 90.")
    ex = extract_answers(body, EN)
    assert values(ex)["field"] is True and values(ex)["why_not"] is None
    assert values(ex)["help"] == "We would need more times on the artificial turf in winter."
    assert values(ex)["about"].startswith("We are a women's football team")


# --- a decline for this year ------------------------------------------------------------------

def test_not_answering_this_year_is_a_decline() -> None:
    from svarsinkorg.parsers.cues import declines
    assert declines("Tyvärr kan vi inte svara i år, styrelsen vilar under pandemin.")
    assert declines("Unfortunately we cannot answer the survey this year.")
    ex = extract_answers("Hej,\n\nTyvärr kan vi inte svara i år, vi har inga träningar "
                         "förrän i höst. Hör av er nästa år!\n\nAnna", SV)
    assert "declined" in ex.flags and codes(ex) == set()
    # one question not answered this year is no decline of the survey
    assert not declines("Fråga 4 kan vi inte svara på i år.")
