"""A survey of five questions with its own words (unseen78, Lund's survey on clubs and the
young: two text questions before the yes/no, two of them asking "hur"): the kinds its
first sight missed, each in other words than the corpus, Swedish and English, values and
review reasons asserted."""

from __future__ import annotations

import attachment_factories as f
import pytest
from helpers import codes, quoted_survey, values

from svarsinkorg.config import Limits, Question
from svarsinkorg.parsers.answers import extract_answers
from svarsinkorg.parsers.attachments import read_attachment_in_process
from svarsinkorg.parsers.model import Answer, Extraction
from svarsinkorg.parsers.selfcheck import check

# A library survey nobody wrote rules for; "hur" opens two of its questions (2 and 4).
SV = (
    Question("about", "Beskriv er förening: vad gör ni och var håller ni till?", "text", 1),
    Question("youth", "Hur många unga deltar i er verksamhet, och vad gör de?", "text", 2),
    Question("library", "Har ni ett samarbete med biblioteket? Ja / nej", "yes_no", 3),
    Question("how", "Om ja: hur går samarbetet till? Om nej: vad skulle hjälpa er att börja?",
             "text", 4),
    Question("wishes", "Vilka önskemål har ni på kommunen inför nästa år?", "text", 5),
)
EN = (
    Question("about", "Describe your association: what do you do and where?", "text", 1),
    Question("youth", "How many young people take part, and what do they do?", "text", 2),
    Question("library", "Do you work with the library? Yes / no", "yes_no", 3),
    Question("how", "If yes: how does it work? If no: what would help you start?", "text", 4),
    Question("wishes", "What do you wish from the city for next year?", "text", 5),
)
SV_QUOTE = quoted_survey(SV)
EN_QUOTE = quoted_survey(EN)


# --- a form filled in line by line: one short label of the writer's own per answer ----------

def test_labelled_lines_one_per_question_read_as_numbers_swedish() -> None:
    body = ("Hej!\n\nKlubben: Vi spelar schack i Väster, i gamla skolan.\n"
            "Ungdom: ett tjugotal, de spelar varje lördag.\nBiblioteket: nej\n"
            "Hur: Vi behöver någon att ringa på biblioteket.\n"
            "Önskemål: Ett större rum på lördagar.\n\nHälsningar\nPer" + SV_QUOTE)
    ex = extract_answers(body, SV)
    assert values(ex) == {
        "about": "Vi spelar schack i Väster, i gamla skolan.",
        "youth": "ett tjugotal, de spelar varje lördag.",
        "library": False,
        "how": "Vi behöver någon att ringa på biblioteket.",  # "Hur:" fits 2 and 4: its place
        "wishes": "Ett större rum på lördagar.",
    }
    assert codes(ex) == set()  # one per question, the no in its place: the layout is sure


def test_labelled_lines_in_english_under_a_swedish_survey() -> None:
    body = ("Hi!\n\nWho we are: A chess club in the west of town, in the old school.\n"
            "Juniors: About twenty, playing every Saturday.\nLibrary work: Yes\n"
            "In practice: We run a chess corner at the library once a month.\n"
            "What we hope for: A bigger room on Saturdays.\n\nBest\nPer" + SV_QUOTE)
    ex = extract_answers(body, SV)
    assert values(ex) == {
        "about": "A chess club in the west of town, in the old school.",
        "youth": "About twenty, playing every Saturday.",
        "library": True,
        "how": "We run a chess corner at the library once a month.",
        "wishes": "A bigger room on Saturdays.",
    }
    assert codes(ex) == set()


def test_labelled_lines_fewer_than_the_questions_are_no_layout() -> None:
    # three labels inside one answer (what the club wishes for), not one per question
    body = ("Hej!\n\nVi är en schackklubb i Väster med ett tjugotal unga.\n\n"
            "Lokal: ett större rum\nBidrag: till resor\nStöd: någon att fråga\n\n"
            "Hälsningar\nPer" + SV_QUOTE)
    ex = extract_answers(body, SV)
    assert values(ex)["library"] is None
    assert codes(ex)  # read by guess or not at all: shown


# --- the writer's short labels over the items of a numbered list ---------------------------

@pytest.mark.parametrize(("qs", "labels", "yes"), [
    (SV, ("Vi", "Unga", "Bibliotek", "Hur", "Önskemål"), "Ja"),
    (EN, ("Us", "Young", "Library", "How", "Wishes"), "Yes"),
])
def test_short_labels_opening_every_item_are_taken_off(qs, labels, yes) -> None:
    texts = ("Schack i Väster.", "Tjugo unga, varje lördag.", yes,
             "Schackhörna en gång i månaden.", "Ett större rum.")
    body = "Hej!\n\n" + "\n".join(
        f"{n}. {lab}: {t}" for n, (lab, t) in enumerate(zip(labels, texts, strict=True), 1)) \
        + "\n\nHälsningar\nPer"
    ex = extract_answers(body, qs)
    v = values(ex)
    assert v["youth"] == "Tjugo unga, varje lördag."
    assert v["how"] == "Schackhörna en gång i månaden."  # "Hur:"/"How:" fits two questions
    assert v["wishes"] == "Ett större rum."
    assert v["library"] is True


def test_one_label_in_labelled_parts_stays_among_labelled_answers() -> None:
    body = ("1. Vi: Schack i Väster.\n2. Unga: Tjugo, varje lördag.\n3. Bibliotek: Ja\n"
            "4. Hur: Schackhörna. Kurser: två om året.\n5. Önskemål: Ett större rum.")
    ex = extract_answers(body, SV)
    assert values(ex)["how"] == "Hur: Schackhörna. Kurser: två om året."


def test_a_label_left_at_an_answers_start_among_the_writers_labels_is_shown() -> None:
    # the self-check by kind, whatever reading left it: "Hur:" fits its own question
    own = ("Klubben: Schack i Väster.\nUngdom: ett tjugotal.\nBiblioteket: ja\n"
           "Hur: Schackhörna en gång i månaden.\nÖnskemål: Ett större rum.")
    answers = {q.key: Answer(None, None, False, "body") for q in SV}
    answers.update({
        "about": Answer("Schack i Väster.", None, False, "body"),
        "youth": Answer("ett tjugotal.", None, False, "body"),
        "library": Answer(True, "ja", False, "body"),
        "how": Answer("Hur: Schackhörna en gång i månaden.", None, False, "body"),
        "wishes": Answer("Ett större rum.", None, False, "body"),
    })
    reasons = check(Extraction(answers=answers), own, SV)
    assert [(r.code, r.key) for r in reasons if r.code == "heading_at_start"] == [
        ("heading_at_start", "how")]


# --- a form's numbered heading with its age span or answer options -------------------------

@pytest.mark.parametrize(("qs", "youth", "library"), [
    (SV, "Unga deltagare 10-19 år", "Samarbete bibliotek (ja/nej)"),
    (EN, "Young people taking part 10-19 years", "Library work (yes/no)"),
])
def test_a_numbered_heading_naming_its_question_may_be_longer(qs, youth, library) -> None:
    text = (f"1. Om klubben\nSchack i Väster, i gamla skolan.\n\n2. {youth}\n"
            "ca 20 st, de spelar varje lördag.\n\n3. {library}\nJa\n\n"
            "4. Hur\nSchackhörna en gång i månaden.\n\n5. Önskemål\nEtt större rum.")
    ex = extract_answers(text.replace("{library}", library), qs, source="svar.xlsx")
    v = values(ex)
    assert v["youth"] == "ca 20 st, de spelar varje lördag."
    assert v["library"] is True
    assert "ambiguous" not in codes(ex)


# --- a correction that gives the yes/no to a number alone, its reason after it -------------

def test_the_answer_to_a_bare_number_after_the_questions_are_named_swedish() -> None:
    body = ("Hej igen,\n\nRättelse av fråga 3 och 4: svaret på 3 ska vara Nej. Biblioteket "
            "stängde innan vi hann börja, så det blev aldrig av.\n\nMvh\nPer")
    ex = extract_answers(body, SV)
    v = values(ex)
    assert v["library"] is False
    assert v["how"] == "Biblioteket stängde innan vi hann börja, så det blev aldrig av."
    assert "named_unanswered" not in codes(ex)


def test_the_answer_to_a_bare_number_after_the_questions_are_named_english() -> None:
    body = ("Hello again,\n\nA correction to questions 3 and 4: the answer to 3 should be yes. "
            "We started reading evenings at the library in March.\n\nBest\nPer")
    ex = extract_answers(body, EN)
    v = values(ex)
    assert v["library"] is True
    assert v["how"] == "We started reading evenings at the library in March."


def test_a_count_after_the_answer_to_is_no_question() -> None:
    body = "Svaret på 3 frågor ska vara kort, tyckte styrelsen. Vi spelar schack i Väster."
    ex = extract_answers(body, SV)
    assert values(ex)["library"] is None


# --- fewer paragraphs than questions, a yes or no one place early pins them ----------------

def test_a_no_paragraph_one_place_early_pins_the_order_swedish() -> None:
    body = ("Hej,\n\nVi är en schackklubb i Väster. Vi spelar i gamla skolan på lördagar. "
            "Unga deltar inte hos oss, alla är pensionärer.\n\nNej, vi har inget samarbete "
            "med biblioteket. Men vi skulle gärna hålla en kurs där.\n\nVi önskar ett större "
            "rum.\n\nHälsningar\nPer")
    ex = extract_answers(body + SV_QUOTE, SV)
    assert values(ex) == {
        "about": "Vi är en schackklubb i Väster. Vi spelar i gamla skolan på lördagar.",
        "youth": "Unga deltar inte hos oss, alla är pensionärer.",
        "library": False,
        "how": "Men vi skulle gärna hålla en kurs där.",
        "wishes": "Vi önskar ett större rum.",
    }
    assert "by_position" in codes(ex)  # a guess by order and a split: shown


def test_and_yes_opening_the_paragraph_pins_the_order_english() -> None:
    body = ("Hi,\n\nWe are a chess club in the west of town. Around twenty young people take "
            "part, playing every Saturday.\n\nAnd yes, we run a chess corner at the library "
            "once a month.\n\nWe wish for a bigger room.\n\nBest\nPer")
    ex = extract_answers(body + EN_QUOTE, EN)
    v = values(ex)
    assert v["about"] == "We are a chess club in the west of town."
    assert v["youth"] == "Around twenty young people take part, playing every Saturday."
    assert v["library"] is True
    assert v["wishes"] == "We wish for a bigger room."
    assert "by_position" in codes(ex)


# --- a PDF whose headings stand as far below the text as its paragraphs do ----------------

def _spaced_pdf(blocks: list[tuple[str, str]]) -> bytes:
    pdf = f._pdf()
    pdf.add_page()
    kw = {"new_x": "LMARGIN", "new_y": "NEXT"}
    pdf.set_font("DejaVu", size=11)
    for head, text in blocks:
        pdf.multi_cell(0, 6, head, **kw)
        pdf.ln(4)
        pdf.multi_cell(0, 6, text, **kw)
        pdf.ln(4)
    return bytes(pdf.output())


def _nearly_full_line(words: str) -> str:
    """WORDS, cut or padded to one line that ends close to the right margin."""
    pdf = f._pdf()
    pdf.add_page()
    pdf.set_font("DejaVu", size=11)
    room = pdf.epw - pdf.get_string_width("Önskemål")  # the heading's first word won't fit
    out = ""
    for w in (words + " och mer och mer och mer och mer och mer och mer").split():
        if pdf.get_string_width(f"{out} {w}.".strip()) > room + 2:
            break
        out = f"{out} {w}".strip()
    return out + "."


@pytest.mark.skipif(not f.have_dejavu(), reason="DejaVuSans.ttf missing for PDFs with åäö")
def test_a_pdf_heading_under_a_nearly_full_line_starts_anew() -> None:
    # the last line of the how runs close to the margin; the heading under it, one
    # paragraph's gap below (the gap every heading and one-line answer has), is no wrap
    long_how = _nearly_full_line("Vi har en schackhörna på biblioteket en gång i månaden och "
                                 "lånar ut böcker om schack till barnen som kommer dit")
    blocks = [("Om oss", "Schack i Väster, i gamla skolan. Vi spelar på lördagar och ibland "
                         "på kvällarna, och vi har en liten turnering varje vår i aulan där."),
              ("Unga", "Ett tjugotal, de spelar varje lördag."),
              ("Samarbete med biblioteket", "Ja"),
              ("Så går det till", long_how),
              ("Önskemål", "Ett större rum på lördagar.")]
    text = read_attachment_in_process("svar.pdf", "application/pdf", _spaced_pdf(blocks),
                                      Limits()).text or ""
    assert "\nÖnskemål\n" in text
    ex = extract_answers(text, SV, source="svar.pdf")
    v = values(ex)
    assert v["how"] == long_how
    assert v["wishes"] == "Ett större rum på lördagar."


# --- where the writers would come, after a wish to meet ------------------------------------

@pytest.mark.parametrize(("qs", "body"), [
    (SV, "Hej!\n\nFöreningen: Vi spelar schack i Väster.\nUnga: ett tjugotal unga.\n\n"
         "Resten vill vi hellre berätta om när vi ses, går det bra? Vi kan komma till ert "
         "kontor.\n\nPer"),
    (EN, "Hi!\n\nOur association: We play chess in the west of town.\nYoung people: about "
         "twenty young people.\n\nWe would like to meet and tell you the rest, is that ok? We "
         "can come to your office.\n\nPer"),
])
def test_an_offer_to_come_to_the_reader_after_a_wish_to_meet_is_the_wishs(qs, body) -> None:
    ex = extract_answers(body, qs)
    assert ex.wants_interview
    assert values(ex)["youth"] in ("ett tjugotal unga.", "about twenty young people.")
    assert "unassigned_text" not in codes(ex)


def test_short_answers_under_labels_left_unread_are_shown() -> None:
    # labels naming no question, two answers and a wish to meet: nothing read, and the
    # labelled lines are shown as text no answer holds (they are an answer's shape)
    body = ("Hej!\n\nKlubben: Vi spelar schack i Väster.\nUngdom: ett tjugotal unga.\n\n"
            "Resten vill vi hellre berätta om när vi ses. Vi kan komma till ert kontor.\n\nPer")
    ex = extract_answers(body, SV)
    assert "unassigned_text" in codes(ex) or any(v for v in values(ex).values())
