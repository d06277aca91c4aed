"""Mail clients in any language, by kind (issue 12, measured on the held-out corpus clients2):
sign-offs in other languages and scripts, labels typed with CJK punctuation, answers typed
into an unquoted original under a translated header block, forwards with right-to-left
labels, and the self-check's doubts when one of these is still read wrong."""

from __future__ import annotations

import pytest
from helpers import quoted

from svarsinkorg.config import Question
from svarsinkorg.parsers.answers import extract_answers
from svarsinkorg.parsers.model import Answer, Extraction
from svarsinkorg.parsers.quote_headers import has_date
from svarsinkorg.parsers.quotes import Reply, split_reply
from svarsinkorg.parsers.reply_doubts import reply_doubts
from svarsinkorg.parsers.text import fold_punctuation

Q1 = "Vem är ni och vad gör er förening? Beskriv gärna med egna ord."
Q2 = "Arbetar ni med att bryta segregation? Ja / nej"
Q3 = "Om ja, hur gör ni det? Om nej, varför inte?"
Q4 = "Vilka hinder och möjligheter ser ni i det arbetet?"
QUESTIONS = (
    Question("about", Q1, "text", 1),
    Question("works_against_segregation", Q2, "yes_no", 2),
    Question("how", Q3, "text", 3),
    Question("obstacles_opportunities", Q4, "text", 4),
)
SURVEY = f"""Hej!

Vi kartlägger föreningslivets arbete i staden och vill gärna höra från er.

1. {Q1}
2. {Q2}
3. {Q3}
4. {Q4}

Skicka ett svar per förening till enkat@stad.se senast den 15 mars.

Med vänliga hälsningar
Enkätgruppen"""

ABOUT = "Vi är en schackklubb i Norrby med 30 medlemmar."
HOW = "Våra turneringar är öppna för alla och vi spelar i biblioteket."
OBST = "Hinder: lokalhyran. Möjligheter: fler skolor vill spela."


def values(text: str) -> dict[str, object]:
    return {k: a.value for k, a in extract_answers(text, QUESTIONS).answers.items()}


def reply_over_gmail(own: str) -> str:
    return f"{own}\n\n3 mars 2021 09:05 skrev Enkätgruppen <enkat@stad.se>:\n\n{quoted(SURVEY)}\n"


NUMBERED = f"Hej,\n\n1. {ABOUT}\n\n2. Ja\n\n3. {HOW}\n\n4. {OBST}"


# --- 1. sign-offs by shape, in any language and script ---------------------------------------

@pytest.mark.parametrize("sign_off", [
    "Saygılarımla\nAyşe Demir\nTurkiska Schackklubben",  # closing + name + association
    "Hvala / Tack\nAmra Hodžić",  # two languages side by side, one of them known
    "Dziękuję!\nKasia",  # closing with "!" and a first name alone
    "مع التحية / Hälsningar\nفاطمة حسن",  # right-to-left closing and a name without capitals
    "शुभकामनाएँ\nराहुल वर्मा",  # Devanagari closing and name
    "Abraços\nMarta Lopes\n\nInviato da iPhone",  # a device footer in yet another language
])
def test_sign_off_in_another_language_is_not_part_of_the_last_answer(sign_off: str) -> None:
    got = values(reply_over_gmail(f"{NUMBERED}\n\n{sign_off}"))
    assert got == {"about": ABOUT, "works_against_segregation": True, "how": HOW,
                   "obstacles_opportunities": OBST}


def test_short_lines_that_continue_the_answer_are_kept() -> None:
    # a short line under the answer that is no closing + name: still the answer
    own = (f"Hej,\n\n1. {ABOUT}\n\n2. Ja\n\n3. {HOW}\n\n"
           "4. Lokalhyran är hög.\nmen skolorna vill spela")
    got = values(reply_over_gmail(own))
    assert got["obstacles_opportunities"] == "Lokalhyran är hög. men skolorna vill spela"


def test_device_footer_by_brand_name() -> None:
    reply = split_reply(f"{ABOUT}\n\nWysłane z mojego Galaxy")
    assert reply.own == ABOUT


def reply_over_separator(own: str) -> str:
    """OWN over an original opened by a "-------- X --------" separator and a header block in
    the phone's language (an Android mail app set to Dutch)."""
    return (f"{own}\n\n-------- Oorspronkelijk bericht --------\nVan: Enkätgruppen "
            "<enkat@stad.se>\nDatum: 03-03-21 09:05 (GMT+01:00)\nAan: info@schack.se\n"
            f"Onderwerp: Enkät\n\n{SURVEY}\n")


@pytest.mark.parametrize("tail", [
    # a closing no rule knows, a name and the club, then the phone's footer closed by a stop
    "Hartelijke groet\nPieter de Vries\nSchackklubben\n\nVerzonden vanaf mijn Samsung Galaxy"
    " smartphone.",
    "Pozdrowienia\nAnna Nowak\n\nWysłane z mojego Galaxy telefonu.",  # name without a closing
    "Ayşe Demir\n\nSamsung Galaxy akıllı telefonumdan gönderildi.",
    "Best\nJohn Smith, Chess Club\n\nSent from my Samsung Galaxy smartphone.",
])
def test_device_footer_closed_by_a_stop_under_a_signed_name(tail: str) -> None:
    body = reply_over_separator(f"{NUMBERED}\n\n{tail}")
    ex = extract_answers(body, QUESTIONS)
    assert {k: a.value for k, a in ex.answers.items()} == {
        "about": ABOUT, "works_against_segregation": True, "how": HOW,
        "obstacles_opportunities": OBST}
    assert not ex.reasons


@pytest.mark.parametrize("footer", [
    "Enviado desde mi Samsung Galaxy.",  # a language the footer words do not know
    "Wysłane z mojego iPhone'a.",
    "Sent from my Huawei phone.",
])
def test_phone_footer_closed_by_a_stop_right_above_the_original(footer: str) -> None:
    # no name between the last answer and the footer: the footer stands alone above the quote
    got = values(reply_over_gmail(f"{NUMBERED}\n\n{footer}"))
    assert got["obstacles_opportunities"] == OBST
    ex = extract_answers(reply_over_gmail(f"Hi,\n\n1. We are a chess club.\n\n2. Yes\n\n"
                                          f"3. Open tournaments.\n\n4. The rent.\n\n{footer}"),
                         QUESTIONS)
    assert ex.answers["obstacles_opportunities"].value == "The rent."
    assert not [r for r in ex.reasons if r.code == "signature_in_answer"]


@pytest.mark.parametrize("last", ["Vi når alla medlemmar via Gmail.",
                                  "We reach everyone through Outlook."])
def test_app_sentence_of_its_own_above_the_original_stays(last: str) -> None:
    got = values(reply_over_gmail(f"{NUMBERED}\n\n{last}"))
    assert got["obstacles_opportunities"] == f"{OBST} {last}"


def test_short_app_sentence_under_the_last_answer_stays() -> None:
    # a stopped line naming an app right under an answer's own sentence is the answer's
    own = (f"1. {ABOUT}\n\n2. Yes\n\n3. We meet every week.\n\n4. Few volunteers.\n\n"
           "We reach everyone through Gmail.")
    assert split_reply(own).own.endswith("We reach everyone through Gmail.")
    own_sv = f"{NUMBERED}\n\nVi når alla medlemmar via Gmail."
    assert split_reply(own_sv).own.endswith("Vi når alla medlemmar via Gmail.")
    # a list's last item above it is no name signed
    own_list = "4. Hinder\n- pengar\n- lokal\n\nVi skickar allt via Outlook."
    assert split_reply(own_list).own.endswith("Vi skickar allt via Outlook.")


# --- 2. labels with full-width or other-script punctuation -------------------------------------

def test_fold_punctuation_only_touches_punctuation() -> None:
    assert fold_punctuation("Svar：Ja，absolut！（春节）") == "Svar:Ja,absolut!(春节)"
    assert fold_punctuation("Ｖi … 。") == "Ｖi … 。"  # letters, ellipsis, 。 untouched


def test_full_width_colon_after_the_answer_label_is_not_in_the_answer() -> None:
    body = (f"请看下面。Se svaren nedan.\n\n{'_' * 32}\n发件人: Enkätgruppen <enkat@stad.se>\n"
            "发送时间: 2021年3月3日 9:05\n收件人: info@schack.se\n主题: Enkät\n\n"
            f"1. {Q1}\nSvar：{ABOUT}\n\n2. {Q2}\nSvar：Ja\n\n3. {Q3}\nSvar：{HOW}\n\n"
            f"4. {Q4}\nSvar：{OBST}\n\nSkicka ett svar per förening till enkat@stad.se senast "
            "den 15 mars.\n")
    got = values(body)
    assert got == {"about": ABOUT, "works_against_segregation": True, "how": HOW,
                   "obstacles_opportunities": OBST}


def test_full_width_numbering_counts_as_numbering() -> None:
    got = values(reply_over_gmail(f"1．{ABOUT}\n2．Nej\n3．{HOW}\n4．{OBST}"))
    assert got["about"] == ABOUT and got["works_against_segregation"] is False


# --- 3. answers typed into an unquoted original under a header block in any language -----------

@pytest.mark.parametrize("date", [
    "esmaspäev, 3. märts 2021 09:05",  # Estonian: a month name no table holds
    "Δευτέρα, 3 Μαρτίου 2021 9:05 πμ",
    "2021년 3월 3일 09:05",
])
def test_dates_in_any_language_by_shape(date: str) -> None:
    assert has_date(date)


def test_not_every_number_and_word_is_a_date() -> None:
    assert not has_date("Vi är 30 medlemmar sedan länge")
    assert not has_date("Övningar: tisdagar 18:30")


def test_answers_inside_an_unquoted_original_when_the_note_says_they_are_below() -> None:
    body = ("Hej!\n\nVi skrev in våra svar i texten nedan.\n\n"
            "Tervehdys / Hälsningar\nLiisa Mäki\n\n"
            f"{'_' * 32}\nSaatja: Enkätgruppen <enkat@stad.se>\n"
            "Saadetud: kolmapäev, 3. märts 2021 09:05\nAdressaat: info@schack.se\n"
            "Teema: Enkät om föreningslivet\n\nHej!\n\n"
            f"1. {Q1}\n{ABOUT}\n\n2. {Q2}\nJa\n\n3. {Q3}\n{HOW}\n\n4. {Q4}\n{OBST}\n\n"
            "Skicka ett svar per förening till enkat@stad.se senast den 15 mars.\n\n"
            "Med vänliga hälsningar\nEnkätgruppen\n")
    ex = extract_answers(body, QUESTIONS)
    assert {k: a.value for k, a in ex.answers.items()} == {
        "about": ABOUT, "works_against_segregation": True, "how": HOW,
        "obstacles_opportunities": OBST}
    # one under each question, the last a paragraph that the survey's closing follows
    assert "answers_in_quote_confirmed" in ex.flags


# --- 4. forwards with right-to-left labels ------------------------------------------------------

def test_forward_with_right_to_left_labels_gives_the_forwarded_answers() -> None:
    body = ("\u200fسلام! Hej!\n\nHär är svaren från vår kassör Dara.\n\n"
            "\u200fبا احترام / Hälsningar\nSara Karimi\n\n"
            "-------- Original Message --------\n"
            "موضوع: Svar till staden\nتاریخ: 04.03.2021 20:10\n"
            "از: Dara Ahmadi <dara.ahmadi@example.com>\nبه: info@schack.se\n\n"
            "Hej Sara, kan du skicka detta vidare?\n\n"
            f"Fråga 1: {ABOUT}\nFråga 2: Ja\nFråga 3: {HOW}\nFråga 4: {OBST}\n\nDara\n")
    got = values(body)
    assert got == {"about": ABOUT, "works_against_segregation": True, "how": HOW,
                   "obstacles_opportunities": OBST}


def test_apple_mail_forward_quoted_as_one_block_is_read() -> None:
    body = ("Hej! Skickar vidare svaren från vår ledare.\n\nPozdrav,\nIvana\n\n"
            "Početak prosleđene poruke:\n\n"
            "> Od: Marko Ilić <marko@example.com>\n> Naslov: Svar\n"
            "> Datum: 4. mart 2021. 20:41:00 CET\n> Za: Klubben <info@schack.se>\n>\n"
            f"> 1. {ABOUT}\n>\n> 2. Ja\n>\n> 3. {HOW}\n>\n> 4. {OBST}\n>\n> Marko\n")
    got = values(body)
    assert got == {"about": ABOUT, "works_against_segregation": True, "how": HOW,
                   "obstacles_opportunities": OBST}


# --- when a reader still gets it wrong: flagged, never silent -----------------------------------

def _ex(**values: str | bool) -> Extraction:
    return Extraction(answers={
        q.key: Answer(values.get(q.key), values.get(q.key), False, "body")  # type: ignore[arg-type]
        for q in QUESTIONS})


def _doubts(ex: Extraction, reply: Reply, below: bool = False) -> list[tuple[str, str | None]]:
    from svarsinkorg.parsers.answers import _points_below
    return [(r.code, r.key) for r in reply_doubts(
        ex, reply, QUESTIONS, points_below=_points_below, answers_below=lambda _t: below)]


def test_doubt_a_sign_off_left_in_the_last_answer() -> None:
    ex = _ex(about=ABOUT, obstacles_opportunities=f"{OBST}\n\nFaleminderit!\nDrita")
    assert ("unassigned_text", "obstacles_opportunities") in _doubts(ex, Reply(own=""))


@pytest.mark.parametrize("value", [
    f"{OBST} Cumprimentos Rui Costa Clube de Xadrez",
    f"{OBST} Дякую / Tack Olena Koval",
])
def test_doubt_a_closing_and_name_glued_to_the_last_answer(value: str) -> None:
    ex = _ex(about=ABOUT, obstacles_opportunities=value)
    assert ("unassigned_text", "obstacles_opportunities") in _doubts(ex, Reply(own=""))


@pytest.mark.parametrize("tail", [
    "Hartelijke groet Pieter de Vries Schackklubben Verzonden vanaf mijn Samsung Galaxy"
    " smartphone.",
    "Cheers John Smith Chess Club Sent with Galaxy phone.",
])
def test_doubt_a_signed_name_and_a_stopped_device_footer_left_in_the_last_answer(
        tail: str) -> None:
    from svarsinkorg.parsers.selfcheck import check
    ex = _ex(about=ABOUT, works_against_segregation=True, how=HOW,
             obstacles_opportunities=f"{OBST} {tail}")
    reasons = [(r.code, r.key) for r in check(ex, f"{NUMBERED}\n\n{tail}", QUESTIONS)]
    assert ("signature_in_answer", "obstacles_opportunities") in reasons


@pytest.mark.parametrize("last", ["Vi når alla medlemmar via Gmail och Facebook.",
                                  "We reach every member through Gmail."])
def test_no_doubt_for_an_answer_sentence_naming_an_app(last: str) -> None:
    from svarsinkorg.parsers.selfcheck import check
    ex = _ex(about=ABOUT, works_against_segregation=True, how=HOW,
             obstacles_opportunities=f"{OBST} {last}")
    reasons = [r.code for r in check(ex, f"{NUMBERED} {last}", QUESTIONS)]
    assert "signature_in_answer" not in reasons


def test_no_doubt_for_an_answer_ending_without_a_full_stop() -> None:
    ex = _ex(about=ABOUT, obstacles_opportunities="Lokalen är dyr. Möjligheter finns i skolan")
    assert _doubts(ex, Reply(own="")) == []


def test_doubt_a_label_left_with_other_script_punctuation() -> None:
    ex = _ex(about=f"回答、{ABOUT}")
    assert ("heading_in_answer", "about") in _doubts(ex, Reply(own=""))


def test_doubt_a_note_about_the_answers_below_taken_as_an_answer() -> None:
    ex = _ex(obstacles_opportunities="Hej! Här är svaren från vår ordförande.")
    assert ("unassigned_text", "obstacles_opportunities") in _doubts(
        ex, Reply(own="x", quoted="> 1. Vi är ..."))


def test_doubt_answers_below_left_unread() -> None:
    ex = _ex(about="Vi har skrivit svaren i texten nedan.")
    ex.flags = ["unstructured_about"]
    reply = Reply(own="Vi har skrivit svaren i texten nedan.", quoted=f"1. {Q1}\n{ABOUT}")
    assert ("unassigned_text", None) in _doubts(ex, reply, below=True)


def test_no_doubt_for_a_clean_reply() -> None:
    ex = _ex(about=ABOUT, how=HOW, obstacles_opportunities=OBST)
    assert _doubts(ex, Reply(own=NUMBERED, quoted=quoted(SURVEY))) == []


# --- the original's own closing under its last question is no answer typed there --------------

THANKING = SURVEY.replace("Skicka ett svar per förening till enkat@stad.se senast den 15 mars.",
                          "{thanks}")


@pytest.mark.parametrize(("note", "yes", "thanks"), [
    ("Här kommer våra svar.", "Ja, det gör vi.", "Tack på förhand!"),
    ("Here are our answers.", "Yes, we do.", "Thanks in advance!"),
])
def test_plain_paragraphs_above_a_quote_that_ends_in_thanks(note: str, yes: str,
                                                            thanks: str) -> None:
    # "here are our answers" points at the text that follows, above the quote: the quote's
    # closing ("Tack på förhand!") under question 4 is the original's, no answer typed there
    body = (f"Bonjour,\n\n{note}\n\n{ABOUT}\n\n{yes}\n\n{HOW}\n\n{OBST}\n\nCordialement,\nAwa\n\n"
            f"3 mars 2021 09:05 skrev Enkätgruppen <enkat@stad.se>:\n\n"
            f"{quoted(THANKING.format(thanks=thanks))}\n")
    ex = extract_answers(body, QUESTIONS)
    assert {k: a.value for k, a in ex.answers.items()} == {
        "about": ABOUT, "works_against_segregation": True, "how": HOW,
        "obstacles_opportunities": OBST}
    assert "answers_in_quote" not in ex.flags


def test_answers_typed_under_the_questions_stop_at_the_originals_thanks() -> None:
    body = ("Svaren står under varje fråga.\n\nMvh Liisa\n\n"
            f"{'_' * 32}\nFrån: Enkätgruppen <enkat@stad.se>\nSkickat: den 3 mars 2021 09:05\n"
            "Till: info@schack.se\nÄmne: Enkät\n\nHej!\n\n"
            f"1. {Q1}\n{ABOUT}\n\n2. {Q2}\nJa\n\n3. {Q3}\n{HOW}\n\n4. {Q4}\n{OBST}\n\n"
            "Tack på förhand!\n\nMed vänliga hälsningar\nEnkätgruppen\n")
    ex = extract_answers(body, QUESTIONS)
    assert ex.answers["obstacles_opportunities"].value == OBST
    assert "answers_in_quote_confirmed" in ex.flags


@pytest.mark.parametrize(("how", "obst"), [
    # "Tack vare ..." (thanks to) opens a sentence, not a closing
    (HOW, "Tack vare kommunens bidrag har vi lokal. Hinder: få ledare."),
    # a wish in the writer's own voice, a paragraph of its own, is the answer's
    (f"{HOW}\n\nHoppas vi får fler nästa år.", OBST),
])
def test_an_answer_typed_under_a_question_that_reads_like_thanks_stays(
        how: str, obst: str) -> None:
    body = ("Svaren står under varje fråga.\n\nMvh Liisa\n\n"
            f"{'_' * 32}\nFrån: Enkätgruppen <enkat@stad.se>\nSkickat: den 3 mars 2021 09:05\n"
            "Till: info@schack.se\nÄmne: Enkät\n\nHej!\n\n"
            f"1. {Q1}\n{ABOUT}\n\n2. {Q2}\nJa\n\n3. {Q3}\n{how}\n\n4. {Q4}\n{obst}\n\n"
            "Med vänliga hälsningar\nEnkätgruppen\n")
    got = extract_answers(body, QUESTIONS).answers
    assert (got["how"].value, got["obstacles_opportunities"].value) == (
        " ".join(how.split()), obst)


# --- (unseen72) numbers and answer marks by shape ------------------------------------------

ABOUT_EN = "We are a chess club in Norrby with thirty members."
HOW_EN = "Our tournaments are open to everyone and we play in the library."
OBST_EN = "Obstacles: the rent. Opportunities: more schools want to play."


@pytest.mark.parametrize(("about", "yes", "how", "obst"), [
    (ABOUT, "Ja", HOW, OBST),
    (ABOUT_EN, "Yes", HOW_EN, OBST_EN),
])
@pytest.mark.parametrize("comma", ["\u3001", "\uff64", "\u3001 "])
def test_cjk_enumeration_comma_numbers_as_a_full_stop(about: str, yes: str, how: str, obst: str,
                                                      comma: str) -> None:
    # "1、..." is how a Chinese input method numbers a list: the number is no part of the answer
    own = f"您好 Hej!\n\n1{comma}{about}\n2{comma}{yes}\n3{comma}{how}\n4{comma}{obst}\n\nWei"
    ex = extract_answers(reply_over_gmail(own), QUESTIONS)
    assert {k: a.value for k, a in ex.answers.items()} == {
        "about": about, "works_against_segregation": True, "how": how,
        "obstacles_opportunities": obst}


def test_enumeration_comma_inside_a_sentence_stays() -> None:
    assert split_reply(f"Vi har tre lag、två i Norrby.\n\n{quoted(SURVEY)}").own == \
        "Vi har tre lag、två i Norrby."


@pytest.mark.parametrize(("mark", "about", "yes", "how", "obst"), [
    ("R", ABOUT, "Sí / Ja", HOW, OBST),  # Spanish, Italian, French, Portuguese: R for reply
    ("O", ABOUT_EN, "Yes", HOW_EN, OBST_EN),  # Polish: O for odpowiedź
    ("V", ABOUT, "Joo, ja", HOW, OBST),  # Finnish: V for vastaus
])
def test_one_letter_answer_mark_repeated_under_each_question(mark: str, about: str, yes: str,
                                                             how: str, obst: str) -> None:
    body = (f"Hola,\nSvaren står under varje fråga.\n\nJuan\n\n{'_' * 32}\n"
            "De: Enkätgruppen <enkat@stad.se>\nEnviado: miércoles, 3 de marzo de 2021 9:05\n"
            "Para: info@schack.se\nAsunto: Enkät\n\nHej!\n\n"
            f"1. {Q1}\n{mark}: {about}\n\n2. {Q2}\n{mark}: {yes}\n\n3. {Q3}\n{mark}: {how}\n\n"
            f"4. {Q4}\n{mark}: {obst}\n\n"
            "Skicka ett svar per förening till enkat@stad.se senast den 15 mars.\n")
    got = values(body)
    assert got == {"about": about, "works_against_segregation": True, "how": how,
                   "obstacles_opportunities": obst}


def test_one_letter_and_a_colon_once_is_the_answers_own() -> None:
    # one answer opening "B: ..." is no mark the writer repeats: kept as written
    own = f"1. {ABOUT}\n2. Ja\n3. B: lag i Norrby spelar mot lag i centrum.\n4. {OBST}"
    got = values(reply_over_gmail(own))
    assert got["how"] == "B: lag i Norrby spelar mot lag i centrum."


@pytest.mark.parametrize("value", [f"3\u3002{HOW}", f"4\u060c {OBST_EN}"])
def test_doubt_a_number_left_with_other_script_punctuation(value: str) -> None:
    ex = _ex(about=ABOUT, how=value)
    assert ("heading_in_answer", "how") in _doubts(ex, Reply(own=""))


@pytest.mark.parametrize("value", ["5–10 barn kommer varje vecka.", "12 teams play here."])
def test_no_doubt_for_an_answer_that_opens_with_a_number(value: str) -> None:
    assert _doubts(_ex(about=ABOUT, how=value), Reply(own="")) == []
