"""Rules the second unseen corpus (tests/corpora/unseen2) showed were missing in the parsers:
each with a case where it fires and one where it must not."""

from __future__ import annotations

import attachment_factories as f
import pytest

from svarsinkorg.config import Limits, Question
from svarsinkorg.parsers.answers import extract_answers, is_instruction
from svarsinkorg.parsers.attachments import read_attachment_in_process
from svarsinkorg.parsers.attachments.pdf import is_page_number
from svarsinkorg.parsers.attachments.render import TextBuilder, question_like, render_sheet
from svarsinkorg.parsers.quotes import split_reply, text_above_quote

QUESTIONS = tuple(
    Question(k, t, kind, i)
    for i, (k, t, kind) in enumerate(
        zip(
            ["about", "works_against_segregation", "how", "obstacles_opportunities"],
            f.QUESTIONS,
            ["text", "yes_no", "text", "text"],
            strict=True,
        ),
        start=1,
    )
)


def run(text: str) -> dict[str, object]:
    return {k: a.value for k, a in extract_answers(text, QUESTIONS).answers.items()}


# --- PDF: page numbers in the header / footer ---------------------------------------------


@pytest.mark.parametrize("line", ["Sida 1 av 2", "Page 3 of 4", "2 (3)", "- 2 -", "1/2", "s. 4"])
def test_page_number_lines(line: str) -> None:
    assert is_page_number(line)


@pytest.mark.parametrize("line", ["2 av 3 ledare är kvinnor", "Ja", "Sidan 2 visar budgeten",
                                  "2019", "Fråga 1"])
def test_not_page_number_lines(line: str) -> None:
    assert not is_page_number(line)


def _pdf_with_footer(footer: str) -> bytes:
    from fpdf import FPDF

    class P(FPDF):
        def footer(self) -> None:  # type: ignore[override]
            self.set_y(-15)
            self.set_font("DejaVu", size=9)
            self.cell(0, 6, footer.replace("N", str(self.page_no())), align="C")

    pdf = P()
    pdf.add_font("DejaVu", fname=str(f.DEJAVU))
    pdf.add_page()
    pdf.set_font("DejaVu", size=11)
    for i, (q, a) in enumerate(zip(f.QUESTIONS, f.ANSWERS, strict=True), start=1):
        pdf.multi_cell(0, 6, f"{i}. {q}", new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 6, a, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    return bytes(pdf.output())


@pytest.mark.skipif(not f.have_dejavu(), reason="DejaVu font missing")
def test_pdf_footer_page_number_is_not_part_of_the_last_answer() -> None:
    text = read_attachment_in_process("a.pdf", "application/pdf",
                                      _pdf_with_footer("Sida N av 1"), Limits()).text or ""
    assert "Sida 1 av 1" not in text
    assert run(text)["obstacles_opportunities"] == f.ANSWERS[3]


@pytest.mark.skipif(not f.have_dejavu(), reason="DejaVu font missing")
def test_pdf_footer_that_is_no_page_number_is_kept() -> None:
    text = read_attachment_in_process("a.pdf", "application/pdf",
                                      _pdf_with_footer("Föreningen Ängsblomman"), Limits()).text
    assert "Föreningen Ängsblomman" in (text or "").splitlines()[-1]


# --- spreadsheets: a header row of "Fråga 1", "Fråga 2", ... -------------------------------


def _sheet(rows: list[list[str]]) -> str:
    out = TextBuilder()
    render_sheet(out, rows)
    return out.text()


def test_header_row_of_question_numbers_renders_column_wise() -> None:
    text = _sheet([["Förening", "Fråga 1", "Fråga 2", "Fråga 3", "Fråga 4"],
                   ["Ängsblomman", *f.ANSWERS]])
    assert run(text) == {"about": f.ANSWERS[0], "works_against_segregation": True,
                         "how": f.ANSWERS[2], "obstacles_opportunities": f.ANSWERS[3]}


def test_question_label_needs_nothing_after_the_number() -> None:
    assert question_like("Fråga 3") and question_like("Q4:") and question_like("F2")
    assert not question_like("Fråga 3 kronor per medlem")
    assert not question_like("Frågor")
    # a budget header stays row-wise
    assert _sheet([["Konto", "2019", "2020"], ["Hyra", "12000", "13000"]]).splitlines()[:3] == [
        "Konto", "2019", "2020"]


# --- last answer: the survey's own closing words -------------------------------------------

PASTED_CLOSING = (
    "Skicka ett svar per förening till samordnare@malmö.se senast den 31a januari.\n"
    "Önskar ni att svara på frågorna i en intervju istället för i text? Kontakta mig så "
    "ordnar vi det!"
)


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


# --- an answer that only puts the question off --------------------------------------------


@pytest.mark.parametrize("deferral", ["Vi återkommer om den frågan.", "Återkommer om detta!",
                                      "Vi svarar senare.", "We will get back to you on this."])
def test_deferred_answer_is_no_answer(deferral: str) -> None:
    got = run(f"1. Vi är en förening för unga.\n2. Ja\n3. Läxhjälp varje vecka.\n4. {deferral}")
    assert got["obstacles_opportunities"] is None
    assert got["how"] == "Läxhjälp varje vecka."


def test_answer_that_mentions_coming_back_is_kept() -> None:
    a = "Vi återkommer varje sommar till Holma med läger för barnen."
    assert run(f"1. Vi är en förening.\n2. Ja\n3. {a}\n4. Lokaler.")["how"] == a


# --- "Hur?" as the heading of the how-question ---------------------------------------------


def test_how_heading_marks_the_how_question() -> None:
    text = ("Vilka är ni?\nVi är en kulturförening.\n\nArbetar ni för att motverka segregation?\n"
            "Ja\n\nHur?\nÖppna kvällar för alla.\n\nHinder och möjligheter?\nEkonomin är svag.")
    got = run(text)
    assert got["how"] == "Öppna kvällar för alla."
    assert got["obstacles_opportunities"] == "Ekonomin är svag."


def test_longer_question_starting_with_hur_is_no_heading() -> None:
    got = run("1. Vi är en förening.\n2. Ja\n3. Vi spelar fotboll.\nHur många är vi? 40.\n"
              "4. Lokaler.")
    assert got["how"] == "Vi spelar fotboll. Hur många är vi? 40."


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
