"""Answers typed inline between or beside the quoted questions (unseen96, round 46), found by
structure: the writer's own mark repeated before each answer ("/AK: ...", "[MB] ...") is no
word of it; an answer typed on a quoted question's own line after its text ("> 2. ...? Ja /
nej  JA") is the writer's; a narrowed no under its own question ("Nej, inte uttalat.")
is as plain as "Nej." there. Other words than the corpus's, Swedish and English."""

from __future__ import annotations

import pytest

from svarsinkorg.config import Question
from svarsinkorg.parsers.answers import extract_answers
from svarsinkorg.parsers.markers import answer_mark
from svarsinkorg.parsers.model import Answer, Extraction
from svarsinkorg.parsers.quotes import Reply
from svarsinkorg.parsers.reply_doubts import reply_doubts

SV = (
    Question("about", "Berätta vilka ni är och vad föreningen gör.", "text", 1),
    Question("works_against_segregation", "Arbetar ni för att bryta segregationen? Ja / nej",
             "yes_no", 2),
    Question("how", "Om ja, hur gör ni det? Om nej, vad är skälet?", "text", 3),
    Question("obstacles_opportunities", "Vad hindrar er och vilka möjligheter ser ni?", "text", 4),
)
ANSWERS = {
    "sv": ("Vi är en kanotklubb vid Pildammarna med 120 medlemmar.", "Ja",
           "Vi lånar ut kanoter gratis till skolor i Lindängen och Holma.",
           "Hinder: bryggan är sliten. Möjligheter: fler skolor vill paddla."),
    "en": ("We are a canoe club by the park ponds with 120 members.", "Yes",
           "We lend canoes for free to schools in Lindängen and Holma.",
           "Obstacles: the jetty is worn out. Opportunities: more schools want to paddle."),
}
# the survey's own closing and its offer of a talk (the survey is Swedish; "en" is a writer
# answering it in English)
CLOSING = "Svara senast den 20 mars till enkat@stad.se."
OFFER = "Vill ni hellre svara i ett samtal? Hör av er så bokar vi en tid."


def _questions(_lang: str) -> tuple[Question, ...]:
    return SV


def _expected(lang: str) -> dict[str, object]:
    about, _yes, how, obst = ANSWERS[lang]
    return {"about": about, "works_against_segregation": True, "how": how,
            "obstacles_opportunities": obst}


def _values(ex: Extraction) -> dict[str, object]:
    return {k: a.value for k, a in ex.answers.items()}


def _codes(ex: Extraction) -> list[str]:
    return [r.code for r in ex.reasons]


def _outlook_typed_in(lang: str, answers: tuple[str, str, str, str], top: str) -> str:
    """Outlook answering: the note on top, the unmarked original under its header block with
    each answer typed under its question."""
    qs = _questions(lang)
    body = "\n\n".join(f"{q.number}. {q.text}\n\n{a}" for q, a in zip(qs, answers, strict=True))
    return (f"{top}\n\nMed vänlig hälsning\nAnna Ek\n\n{'_' * 32}\n"
            "Från: Enkätgruppen <enkat@stad.se>\nSkickat: den 2 mars 2021 09:05\n"
            "Till: info@kanot.se\nÄmne: Enkät om föreningslivet\n\nHej!\n\n"
            f"Vi vill gärna veta hur ni arbetar.\n\n{body}\n\n{CLOSING}\n\n"
            "Hälsningar\nEnkätgruppen\n")


def _gmail_broken_quote(lang: str, typed: dict[int, str], beside: dict[int, str],
                        offer_answer: str = "") -> str:
    """Gmail answering inline: the original ">"-quoted, broken under the questions TYPED
    answers, with BESIDE answers typed on a quoted question's own line."""
    qs = _questions(lang)
    out = ["Hej, svaren står i texten nedan.", "", "Anna", "",
           "Den tis 2 mars 2021 kl 09:05 skrev Enkätgruppen <enkat@stad.se>:", "",
           "> Hej!", ">", "> Vi vill gärna veta hur ni arbetar, och att föreningslivet",
           "> arbetar för att bryta segregationen i staden ser vi som viktigt.", ">"]
    for q in qs:
        line = f"> {q.number}. {q.text}"
        if q.number in beside:
            line += f"  {beside[q.number]}"
        out.append(line)
        if q.number in typed:
            out += ["", typed[q.number], ""]
    out += [">", f"> {CLOSING}", ">", f"> {OFFER}"]
    if offer_answer:
        out += ["", offer_answer, ""]
    out += [">", "> Hälsningar", "> Enkätgruppen"]
    return "\n".join(out) + "\n"


# --- the writer's own mark repeated before each answer ----------------------------------------


@pytest.mark.parametrize("mark", ["/AE:", "AE:", "A.E.:", "[AE]", "(ae):"])
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_mark_repeated_before_each_answer_typed_into_the_original_is_no_word_of_it(
        lang: str, mark: str) -> None:
    top = ("Hej! Jag har skrivit i ert mejl, mina rader börjar med mina initialer."
           if lang == "sv" else "Hi! Please find my answers below, marked with my initials.")
    marked = tuple(f"{mark} {a}" for a in ANSWERS[lang])
    ex = extract_answers(_outlook_typed_in(lang, marked, top), _questions(lang))
    assert _values(ex) == _expected(lang)
    assert "heading_at_start" not in _codes(ex)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_mark_repeated_between_the_quoted_questions_is_no_word_of_the_answer(lang: str) -> None:
    about, yes, how, obst = ANSWERS[lang]
    typed = {1: f"[KB] {about}", 2: f"[KB] {yes}", 3: f"[KB] {how}", 4: f"[KB] {obst}"}
    ex = extract_answers(_gmail_broken_quote(lang, typed, {}), _questions(lang))
    assert _values(ex) == _expected(lang)


def test_a_mark_opening_one_answer_only_stays_its_own() -> None:
    about, _yes, how, obst = ANSWERS["sv"]
    answers = (about, "Ja", f"EU: bidraget gav oss fler kanoter. {how}", obst)
    ex = extract_answers(_outlook_typed_in("sv", answers, "Hej! Svaren står nedan."), SV)
    assert _values(ex)["how"] == f"EU: bidraget gav oss fler kanoter. {how}"


@pytest.mark.parametrize(("line", "mark"), [
    ("/AK: Vi är ...", "/AK:"), ("AK: Vi är ...", "AK:"), ("[AK] We are ...", "[AK]"),
    ("R: Somos ...", "R:"), ("/AK We are ...", "/AK"),
    ("Hinder: lokalen", None), ("Vi: en klubb", None), ("/och sedan", None),
    ("(se nedan) text", None), ("[AK text", None),
])
def test_the_shape_of_an_answer_mark(line: str, mark: str | None) -> None:
    m = answer_mark(line)
    assert (m["l"] if m else None) == mark


def _ex(**values: object) -> Extraction:
    return Extraction(answers={q.key: Answer(values.get(q.key), values.get(q.key), False, "body")  # type: ignore[arg-type]
                               for q in SV})


def _doubts(ex: Extraction) -> list[tuple[str, str | None]]:
    return [(r.code, r.key) for r in reply_doubts(
        ex, Reply(own=""), SV, points_below=lambda _t: False, answers_below=lambda _t: False)]


@pytest.mark.parametrize("mark", ["/AE:", "[AE]", "KB:"])
def test_doubt_a_mark_left_on_two_answers(mark: str) -> None:
    about, _yes, how, obst = ANSWERS["en"]
    ex = _ex(about=f"{mark} {about}", works_against_segregation=True, how=f"{mark} {how}",
             obstacles_opportunities=obst)
    doubts = _doubts(ex)
    assert ("heading_at_start", "about") in doubts and ("heading_at_start", "how") in doubts


def test_no_doubt_for_labels_in_words_or_a_mark_once() -> None:
    about, _yes, _how, obst = ANSWERS["sv"]
    ex = _ex(about=f"AE: {about}", works_against_segregation=True,
             how="Hinder: inga. Möjligheter: många.", obstacles_opportunities=f"Hinder: {obst}")
    assert [d for d in _doubts(ex) if d[0] == "heading_at_start"] == []


# --- an answer typed beside the quoted question ---------------------------------------------


@pytest.mark.parametrize(("lang", "said", "value"), [
    ("sv", "JA", True), ("sv", "Nej tyvärr", False),
    ("en", "YES", True), ("en", "No", False),
])
def test_an_answer_typed_on_the_quoted_questions_own_line(lang: str, said: str,
                                                           value: bool) -> None:
    about, _yes, how, obst = ANSWERS[lang]
    text = _gmail_broken_quote(lang, {1: about, 3: how, 4: obst}, {2: said})
    ex = extract_answers(text, _questions(lang))
    assert _values(ex) == {**_expected(lang), "works_against_segregation": value}
    assert "partial" not in _codes(ex)


def test_a_line_of_the_originals_intro_naming_the_question_is_no_answer_beside_it() -> None:
    # "> arbetar för att bryta segregationen i staden ser vi som viktigt." restates question
    # 2's words in the intro: what follows them there is the survey's, the yes is under it
    about, _yes, how, obst = ANSWERS["sv"]
    text = _gmail_broken_quote("sv", {1: about, 2: "Ja.", 3: how, 4: obst}, {})
    ex = extract_answers(text, SV)
    assert _values(ex) == _expected("sv")
    assert "ambiguous" not in _codes(ex)


def test_the_originals_own_words_beside_a_question_are_no_answer() -> None:
    # an original worded a little past the configured text: more of the question, not typed
    about, _yes, _how, obst = ANSWERS["sv"]
    text = _gmail_broken_quote("sv", {1: about, 2: "Ja", 4: obst},
                               {3: "Om nej, vad är skälet till det?"})
    got = _values(extract_answers(text, SV))
    assert got["how"] is None


# --- a narrowed no under its own question is plain -------------------------------------------


@pytest.mark.parametrize(("lang", "no"), [
    ("sv", "Nej, inte uttalat."), ("sv", "Nej, inte uttryckligen."),
    ("en", "No, not explicitly."), ("en", "No, not really."),
])
def test_a_narrowed_no_typed_under_its_question_confirms_the_reading(lang: str, no: str) -> None:
    about, _yes, how, obst = ANSWERS[lang]
    top = "Hej! Svaren står nedan." if lang == "sv" else "Hi! Our answers are below."
    ex = extract_answers(_outlook_typed_in(lang, (about, no, how, obst), top), _questions(lang))
    assert _values(ex) == {**_expected(lang), "works_against_segregation": False}
    assert "answers_in_quote" not in _codes(ex)


@pytest.mark.parametrize(("lang", "hedged"), [("sv", "Ja, delvis."), ("en", "Yes, partly.")])
def test_a_hedged_yes_typed_under_its_question_is_still_a_doubt(lang: str, hedged: str) -> None:
    about, _yes, how, obst = ANSWERS[lang]
    top = "Hej! Svaren står nedan." if lang == "sv" else "Hi! Our answers are below."
    ex = extract_answers(_outlook_typed_in(lang, (about, hedged, how, obst), top),
                         _questions(lang))
    assert set(_codes(ex)) & {"answers_in_quote", "yes_no_hedged", "ambiguous"}
