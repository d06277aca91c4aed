"""Build the fifth "unseen replies" corpus: forms and messy attachments - Word content
controls, legacy form fields and check boxes, merged header cells, placeholders left in a
form, a filled AcroForm PDF, a two-column PDF, answers continuing on page 2, XLSX merged
cells, comments, data-validation dropdowns and numbers stored as text, and mail-level mess
(a logo, an unrelated PDF, a zip, a cp1252 .txt, a forwarded mail with the answers).

Run once (python tests/data/make_unseen5.py); the .eml files, expected.json and roster.csv
in tests/data/unseen5/ are committed. The bytes are the same on every run. The question
texts and the survey boilerplate come from make_unseen2. All names and texts are invented.

Decisions: a form answer still showing its prompt ("Klicka eller tryck här för att ange
text.") is no answer (null). When the body and an attachment give DIFFERENT yes/no, the
body wins (it is what the sender wrote last, on top of the form) and the mail is flagged
for review ("conflicting answers"). A .zip attachment is not opened: it is flagged ("zip
archive") and its answers stay unread. A logo image or an unrelated PDF without the
questions adds nothing and no problem.
"""

from __future__ import annotations

import csv
import io
import json
import random
import sys
import textwrap
import zipfile
from email.message import EmailMessage
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from make_unseen2 import (
    COORD,
    DOCX_CT,
    KW,
    QS,
    SUBJECT,
    XLSX_CT,
    ans,
    attach,
    d,
    new_pdf,
    save_docx,
    save_xlsx,
)

OUT = Path(__file__).resolve().parent / "unseen5"
_ASCII = str.maketrans("åäöé", "aaoe")
_CLUBS = [
    "Ankaret", "Bojen", "Cirkeln", "Dalgången", "Eken", "Fyren", "Gläntan", "Hamnen", "Ivern",
    "Jollen", "Kompassen", "Lotsen", "Masten", "Noden", "Oasen", "Pollaren", "Rodret",
    "Seglet", "Tampen", "Udden", "Vinden", "Ycklan", "Zenit", "Åran", "Ärlan", "Öarna",
    "Bryggan", "Kajen", "Vågen", "Strandén",
]
ROSTER = [
    (f"Föreningen {n}", f"info@{n.lower().translate(_ASCII)}.se", f"802704-40{i:02d}")
    for i, n in enumerate(_CLUBS, 1)
]
EMAILS = {n: e for n, e, _ in ROSTER}
NAMES = [n for n, _, _ in ROSTER]
SURVEY_ID = "<kartlaggning-2019@xn--malm-8qa.se>"
PDF_CT = "application/pdf"
CASES: list[tuple[str, Any, dict[str, Any]]] = []
random.seed(2025)
PLACEHOLDER = "Klicka eller tryck här för att ange text."


def msg(name: str, n: int, subject: str = f"SV: {SUBJECT}") -> EmailMessage:
    m = EmailMessage()
    m["From"] = f"{name.split()[-1]} <{EMAILS[name]}>"
    m["To"] = f"Samordnare <{COORD}>"
    m["Subject"] = subject
    m["Date"] = d(10 + n % 18, 1, 9 + n % 8, n % 60).strftime("%a, %d %b %Y %H:%M:%S %z")
    m["Message-ID"] = f"<u5-{n:02d}@mail.example.se>"
    m["In-Reply-To"] = SURVEY_ID
    m["References"] = SURVEY_ID
    return m


def body(m: EmailMessage, lines: list[str]) -> EmailMessage:
    m.set_content("\n".join(lines) + "\n", charset="utf-8", cte="8bit")
    return m


BODY = ["Hej!", "", "Här kommer våra svar i bifogad fil.", "", "Med vänliga hälsningar", "Kim"]


def A(tag: str, works: bool | None = True) -> dict:
    return ans(f"Vi är föreningen {tag} och träffas varje vecka i Malmö.", works,
               f"Vi bjuder in nya medlemmar från alla stadsdelar till {tag}.",
               f"Hinder: lokalerna är dyra för {tag}. Möjligheter: många vill engagera sig.")


def case(file: str, m: EmailMessage | bytes, association: str, answers: dict,
         sources: dict, *, note: str, problem: str | None = None,
         no_problems: bool = False) -> None:
    exp: dict[str, Any] = {
        "kind": "reply", "association": association, "bounced_addresses": [],
        "wants_interview": False, "answers": answers, "answer_sources": sources, "note": note,
    }
    if problem:
        exp["problem_contains"] = problem
    if no_problems:
        exp["no_problems"] = True
    CASES.append((file, m, exp))


def all_src(a: dict, f: str) -> dict:
    return {k: f for k, v in a.items() if v is not None}


# --- Word helpers ---------------------------------------------------------------------------
import docx  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls  # noqa: E402

W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def sdt_block(text: str, *, placeholder: bool = False, tag: str = "svar") -> Any:
    """A block-level rich-text content control holding TEXT (or its prompt)."""
    ph = "<w:showingPlcHdr/>" if placeholder else ""
    style = '<w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>' if placeholder else ""
    return parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>'
        f'<w:id w:val="{sum(map(ord, tag)) + 1000}"/>{ph}</w:sdtPr><w:sdtContent><w:p><w:r>{style}'
        f'<w:t xml:space="preserve">{_x(text)}</w:t></w:r></w:p></w:sdtContent></w:sdt>')


def sdt_run(text: str, *, placeholder: bool = False) -> Any:
    ph = "<w:showingPlcHdr/>" if placeholder else ""
    return parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:id w:val="4711"/>{ph}<w:text/></w:sdtPr>'
        f'<w:sdtContent><w:r><w:t xml:space="preserve">{_x(text)}</w:t></w:r></w:sdtContent>'
        f'</w:sdt>')


def sdt_checkbox(checked: bool) -> Any:
    glyph = "☒" if checked else "☐"
    return parse_xml(
        f'<w:sdt {nsdecls("w")} {W14}><w:sdtPr><w:id w:val="1234"/><w14:checkbox>'
        f'<w14:checked w14:val="{int(checked)}"/><w14:checkedState w14:val="2612" '
        f'w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
        f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" '
        f'w:hAnsi="MS Gothic"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')


def sdt_dropdown(value: str) -> Any:
    return parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:id w:val="999"/><w:dropDownList>'
        f'<w:listItem w:displayText="Välj ett objekt." w:value=""/>'
        f'<w:listItem w:displayText="Ja" w:value="Ja"/><w:listItem w:displayText="Nej" '
        f'w:value="Nej"/></w:dropDownList></w:sdtPr><w:sdtContent><w:r><w:t>{value}</w:t>'
        f'</w:r></w:sdtContent></w:sdt>')


def formtext_runs(p: Any, value: str) -> None:
    """A legacy form text field (FORMTEXT) with VALUE as its result."""
    for xml in (
        '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text1"/><w:enabled/>'
        '<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>',
        '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
        f'<w:r><w:t xml:space="preserve">{_x(value)}</w:t></w:r>',
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        p._p.append(parse_xml(xml.replace("<w:r>", f'<w:r {nsdecls("w")}>', 1)))


def formcheck_runs(p: Any, checked: bool) -> None:
    chk = '<w:checked/>' if checked else ''
    for xml in (
        f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/><w:enabled/>'
        f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>{chk}'
        f'</w:checkBox></w:ffData></w:fldChar></w:r>',
        '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        p._p.append(parse_xml(xml.replace("<w:r>", f'<w:r {nsdecls("w")}>', 1)))


def qpara(doc: Any, i: int) -> None:
    doc.add_paragraph().add_run(f"{i}. {QS[i - 1]}").bold = True


def yn_text(works: bool | None, style: str = "box") -> str:
    if style == "box":
        return f"{'☒' if works else '☐'} Ja {'☒' if works is False else '☐'} Nej"
    return f"[{'X' if works else ' '}] Ja [{'X' if works is False else ' '}] Nej"


n = 0
# --- 01 block content controls under each question ----------------------------------------
n += 1
name = NAMES[0]
a = A("Ankaret")
doc = docx.Document()
doc.add_heading("Kartläggning - svarsformulär", 1)
for i, v in enumerate([a["about"], "Ja", a["how"], a["obstacles_opportunities"]], 1):
    qpara(doc, i)
    doc.element.body.insert(len(doc.element.body) - 1, sdt_block(v, tag=f"svar{i}"))
F = "Svarsformulär Ankaret.docx"
m = body(msg(name, n), BODY)
attach(m, save_docx(doc), F, DOCX_CT)
case("01_docx_block_content_controls.eml", m, name, a, all_src(a, F),
     note="Word form: each answer in a block-level rich-text content control")

# --- 02 inline content controls after 'Svar:' ---------------------------------------------
n += 1
name = NAMES[1]
a = A("Bojen")
doc = docx.Document()
for i, v in enumerate([a["about"], "Ja", a["how"], a["obstacles_opportunities"]], 1):
    doc.add_paragraph(f"Fråga {i}: {QS[i - 1]}")
    p = doc.add_paragraph("Svar: ")
    p._p.append(sdt_run(v))
F = "Bojen.docx"
m = body(msg(name, n), BODY)
attach(m, save_docx(doc), F, DOCX_CT)
case("02_docx_inline_content_controls.eml", m, name, a, all_src(a, F),
     note="'Svar: ' followed by an inline plain-text content control")

# --- 03 check box glyphs in a paragraph ---------------------------------------------------
n += 1
name = NAMES[2]
a = A("Cirkeln", False)
a["how"] = "Vi är en liten syförening och har inte resurser för uppsökande arbete."
doc = docx.Document()
for i, v in enumerate([a["about"], yn_text(False), a["how"], a["obstacles_opportunities"]], 1):
    qpara(doc, i)
    doc.add_paragraph(v)
F = "Cirkeln svar.docx"
m = body(msg(name, n), BODY)
attach(m, save_docx(doc), F, DOCX_CT)
case("03_docx_checkbox_glyphs_nej.eml", m, name, a, all_src(a, F),
     note="'☐ Ja ☒ Nej' typed as glyphs in a paragraph")

# --- 04 [X] Ja [ ] Nej in a table cell ------------------------------------------------------
n += 1
name = NAMES[3]
a = A("Dalgången")
doc = docx.Document()
t = doc.add_table(rows=4, cols=2)
t.style = "Table Grid"
for i, v in enumerate([a["about"], yn_text(True, "x"), a["how"], a["obstacles_opportunities"]]):
    t.cell(i, 0).text = f"{i + 1}. {QS[i]}"
    t.cell(i, 1).text = v
F = "Dalgången.docx"
m = body(msg(name, n), BODY)
attach(m, save_docx(doc), F, DOCX_CT)
case("04_docx_table_bracket_x.eml", m, name, a, all_src(a, F),
     note="two-column table, '[X] Ja [ ] Nej' in the answer cell")

# --- 05 w14 check box content controls ------------------------------------------------------
n += 1
name = NAMES[4]
a = A("Eken")
doc = docx.Document()
for i, v in enumerate([a["about"], None, a["how"], a["obstacles_opportunities"]], 1):
    qpara(doc, i)
    if v is None:
        p = doc.add_paragraph()
        p._p.append(sdt_checkbox(True))
        p.add_run(" Ja   ")
        p._p.append(sdt_checkbox(False))
        p.add_run(" Nej")
    else:
        doc.add_paragraph(v)
F = "Eken.docx"
m = body(msg(name, n), BODY)
attach(m, save_docx(doc), F, DOCX_CT)
case("05_docx_checkbox_content_controls.eml", m, name, a, all_src(a, F),
     note="Word 2010 check box content controls before 'Ja' and 'Nej'")

# --- 06 legacy form fields: FORMTEXT and FORMCHECKBOX --------------------------------------
n += 1
name = NAMES[5]
a = A("Fyren")
doc = docx.Document()
for i, v in enumerate([a["about"], None, a["how"], a["obstacles_opportunities"]], 1):
    qpara(doc, i)
    p = doc.add_paragraph()
    if v is None:
        formcheck_runs(p, True)
        p.add_run(" Ja  ")
        formcheck_runs(p, False)
        p.add_run(" Nej")
    else:
        formtext_runs(p, v)
F = "Fyren formulär.docx"
m = body(msg(name, n), BODY)
attach(m, save_docx(doc), F, DOCX_CT)
case("06_docx_legacy_form_fields.eml", m, name, a, all_src(a, F),
     note="legacy Word form: FORMTEXT fields and FORMCHECKBOX check boxes")

# --- 07 question in a merged header cell spanning two columns ------------------------------
n += 1
name = NAMES[6]
a = A("Gläntan")
doc = docx.Document()
t = doc.add_table(rows=8, cols=2)
t.style = "Table Grid"
for i, v in enumerate([a["about"], "Ja", a["how"], a["obstacles_opportunities"]]):
    head = t.cell(2 * i, 0).merge(t.cell(2 * i, 1))
    head.text = f"{i + 1}. {QS[i]}"
    t.cell(2 * i + 1, 0).text = "Svar"
    t.cell(2 * i + 1, 1).text = v
F = "Gläntan.docx"
m = body(msg(name, n), BODY)
attach(m, save_docx(doc), F, DOCX_CT)
case("07_docx_merged_question_header.eml", m, name, a, all_src(a, F),
     note="question in a header cell merged over two columns; 'Svar | answer' below")

# --- 08 placeholder left in a content control ---------------------------------------------
n += 1
name = NAMES[7]
a = A("Hamnen")
a["obstacles_opportunities"] = None
doc = docx.Document()
for i, v in enumerate([a["about"], "Ja", a["how"], None], 1):
    qpara(doc, i)
    doc.element.body.insert(len(doc.element.body) - 1,
                            sdt_block(v or PLACEHOLDER, placeholder=v is None, tag=f"s{i}"))
F = "Hamnen.docx"
m = body(msg(name, n), BODY)
attach(m, save_docx(doc), F, DOCX_CT)
case("08_docx_placeholder_control.eml", m, name, a, all_src(a, F),
     note="question 4 left at the content-control prompt (showingPlcHdr): null")

# --- 09 placeholder text as plain text (control removed) ----------------------------------
n += 1
name = NAMES[8]
a = A("Ivern")
a["how"] = None
doc = docx.Document()
t = doc.add_table(rows=4, cols=2)
for i, v in enumerate([a["about"], "Ja", PLACEHOLDER, a["obstacles_opportunities"]]):
    t.cell(i, 0).text = QS[i]
    t.cell(i, 1).text = v
F = "Ivern.docx"
m = body(msg(name, n), BODY)
attach(m, save_docx(doc), F, DOCX_CT)
case("09_docx_placeholder_plain_text.eml", m, name, a, all_src(a, F),
     note="the prompt 'Klicka eller tryck här för att ange text.' left as plain text: null")

# --- 10 dropdown content control ----------------------------------------------------------
n += 1
name = NAMES[9]
a = A("Jollen")
doc = docx.Document()
t = doc.add_table(rows=4, cols=2)
for i, v in enumerate([a["about"], None, a["how"], a["obstacles_opportunities"]]):
    t.cell(i, 0).text = f"{i + 1}. {QS[i]}"
    if v is None:
        t.cell(i, 1).paragraphs[0]._p.append(sdt_dropdown("Ja"))
    else:
        t.cell(i, 1).text = v
F = "Jollen.docx"
m = body(msg(name, n), BODY)
attach(m, save_docx(doc), F, DOCX_CT)
case("10_docx_dropdown_control.eml", m, name, a, all_src(a, F),
     note="yes/no chosen in a drop-down list content control")


# --- PDF helpers ----------------------------------------------------------------------------
from attachment_factories import pdf_acroform as acroform_pdf  # noqa: E402


def form_layout(values: list[str | None], works: bool | None) -> bytes:
    lines, fields = [], []
    y = 780
    for i, q in enumerate(QS):
        for k, part in enumerate(textwrap.wrap(f"{i + 1}. {q}", 95)):
            lines.append((y - 12 * k, part))
        if i == 1:
            lines.append((y - 20, "Ja"))
            fields.append({"name": "Fraga2_Ja", "rect": (50, y - 23, 62, y - 11),
                           "checked": works is True})
            fields.append({"name": "Fraga2_Nej", "rect": (110, y - 23, 122, y - 11),
                           "checked": works is False})
            y -= 60
            continue
        fields.append({"name": f"Fraga{i + 1}", "rect": (50, y - 92, 545, y - 22),
                       "value": values[i] or ""})
        y -= 110
    # labels after the boxes on the yes/no line
    lines = [(yy, t) for yy, t in lines if t != "Ja"]
    yj = 780 - 110 - 20
    lines.append((yj, "      Ja                   Nej"))
    return acroform_pdf(lines, fields)


# --- 11 filled AcroForm PDF ----------------------------------------------------------------
n += 1
name = NAMES[10]
a = A("Kompassen")
F = "Kartläggning ifylld.pdf"
m = body(msg(name, n), BODY)
attach(m, form_layout([a["about"], None, a["how"], a["obstacles_opportunities"]], True), F,
       PDF_CT)
case("11_pdf_acroform_filled.eml", m, name, a, all_src(a, F),
     note="a fillable PDF: answers are form-field values (/V), not page text; Ja checked")

# --- 12 AcroForm PDF with Nej checked and question 4 empty ---------------------------------
n += 1
name = NAMES[11]
a = A("Lotsen", False)
a["how"] = "Vi är en ren idrottsförening och har inte tänkt i de banorna."
a["obstacles_opportunities"] = None
F = "formular_lotsen.pdf"
m = body(msg(name, n), BODY)
attach(m, form_layout([a["about"], None, a["how"], None], False), F, PDF_CT)
case("12_pdf_acroform_nej_empty_field.eml", m, name, a, all_src(a, F),
     note="fillable PDF with 'Nej' checked and the last field left empty (null)")

# --- 13 two-column PDF ----------------------------------------------------------------------
n += 1
name = NAMES[12]
a = A("Masten")
pdf = new_pdf()
pdf.add_page()
pdf.set_font("DejaVu", size=10)
for i, v in enumerate([a["about"], "Ja", a["how"], a["obstacles_opportunities"]]):
    y = pdf.get_y()
    pdf.set_font("DejaVu", "B", 10)
    pdf.multi_cell(75, 5, f"{i + 1}. {QS[i]}")
    y_end = pdf.get_y()
    pdf.set_xy(110, y)
    pdf.set_font("DejaVu", size=10)
    pdf.multi_cell(75, 5, v)
    pdf.set_y(max(y_end, pdf.get_y()) + 8)
F = "Masten.pdf"
m = body(msg(name, n), BODY)
attach(m, bytes(pdf.output()), F, PDF_CT)
case("13_pdf_two_columns.eml", m, name, a, all_src(a, F),
     note="PDF laid out in two columns: question left, answer right")

# --- 14 PDF answers continue on page 2 -----------------------------------------------------
n += 1
name = NAMES[13]
a = A("Noden")
long_about = " ".join(
    f"Mening {k} om vår verksamhet i Noden, där vi träffas och lagar mat tillsammans." for k
    in range(1, 31))
a["about"] = long_about
pdf = new_pdf()
pdf.add_page()
for i, v in enumerate([a["about"], "Ja", a["how"], a["obstacles_opportunities"]]):
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(0, 6, f"{i + 1}. {QS[i]}", **KW)
    pdf.set_font("DejaVu", size=11)
    pdf.multi_cell(0, 6, v, **KW)
    pdf.ln(4)
F = "Noden svar.pdf"
m = body(msg(name, n), BODY)
attach(m, bytes(pdf.output()), F, PDF_CT)
case("14_pdf_answer_continues_page2.eml", m, name, a, all_src(a, F),
     note="the answer to question 1 runs over the page break onto page 2")


# --- XLSX -------------------------------------------------------------------------------------
import openpyxl  # noqa: E402
from openpyxl.comments import Comment  # noqa: E402
from openpyxl.worksheet.datavalidation import DataValidation  # noqa: E402

# --- 15 merged answer cells -----------------------------------------------------------------
n += 1
name = NAMES[14]
a = A("Oasen")
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Enkät"
for i, v in enumerate([a["about"], "Ja", a["how"], a["obstacles_opportunities"]]):
    r = 1 + 2 * i
    ws.cell(r, 1, f"{i + 1}. {QS[i]}")
    ws.cell(r + 1, 1, v)
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=4)
F = "Oasen.xlsx"
m = body(msg(name, n), BODY)
attach(m, save_xlsx(wb), F, XLSX_CT)
case("15_xlsx_merged_answer_cells.eml", m, name, a, all_src(a, F),
     note="answers in cells merged over four columns under each question")

# --- 16 cell comments ignored ---------------------------------------------------------------
n += 1
name = NAMES[15]
a = A("Pollaren")
wb = openpyxl.Workbook()
ws = wb.active
ws.append(["Fråga", "Svar"])
for i, v in enumerate([a["about"], "Ja", a["how"], a["obstacles_opportunities"]]):
    ws.append([QS[i], v])
    ws.cell(i + 2, 2).comment = Comment(f"Kommentar från styrelsen om fråga {i + 1}", "Kim")
F = "Pollaren.xlsx"
m = body(msg(name, n), BODY)
attach(m, save_xlsx(wb), F, XLSX_CT)
case("16_xlsx_cell_comments.eml", m, name, a, all_src(a, F),
     note="each answer cell has a comment; comments are not answers")

# --- 17 questions in row 1, dropdown Ja ----------------------------------------------------
n += 1
name = NAMES[16]
a = A("Rodret")
wb = openpyxl.Workbook()
ws = wb.active
ws.append(QS)
ws.append([a["about"], "Ja", a["how"], a["obstacles_opportunities"]])
dv = DataValidation(type="list", formula1='"Ja,Nej"', allow_blank=True)
ws.add_data_validation(dv)
dv.add("B2")
F = "Rodret.xlsx"
m = body(msg(name, n), BODY)
attach(m, save_xlsx(wb), F, XLSX_CT)
case("17_xlsx_header_row_dropdown.eml", m, name, a, all_src(a, F),
     note="questions in row 1, answers in row 2; yes/no chosen from a data-validation list")

# --- 18 numbers stored as text --------------------------------------------------------------
n += 1
name = NAMES[17]
a = A("Seglet")
wb = openpyxl.Workbook()
ws = wb.active
ws.append(["Nr", "Fråga", "Svar"])
for i, v in enumerate([a["about"], "Ja", a["how"], a["obstacles_opportunities"]]):
    ws.append([str(i + 1), QS[i], v])
    ws.cell(i + 2, 1).number_format = "@"
F = "Seglet.xlsx"
m = body(msg(name, n), BODY)
attach(m, save_xlsx(wb), F, XLSX_CT)
case("18_xlsx_numbers_as_text.eml", m, name, a, all_src(a, F),
     note="question numbers stored as text ('@' format)")


# --- mail level -----------------------------------------------------------------------------
def png(w: int = 40, h: int = 20) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (w, h), (20, 60, 120)).save(buf, "PNG")
    return buf.getvalue()


def unrelated_pdf() -> bytes:
    pdf = new_pdf()
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(0, 8, "Verksamhetsberättelse 2019", **KW)
    pdf.set_font("DejaVu", size=11)
    for t in ["Styrelsen har under året haft tio protokollförda möten.",
              "Årsmötet hölls den 14 mars i föreningslokalen. Kassören redovisade ett "
              "överskott på 12 400 kr.",
              "Medlemsantalet ökade från 85 till 97 under året."]:
        pdf.multi_cell(0, 6, t, **KW)
        pdf.ln(3)
    return bytes(pdf.output())


def answers_docx(a: dict, yn: str = "Ja") -> bytes:
    doc = docx.Document()
    for i, v in enumerate([a["about"], yn, a["how"], a["obstacles_opportunities"]], 1):
        qpara(doc, i)
        doc.add_paragraph(v)
    return save_docx(doc)


# --- 19 logo + unrelated PDF + answers DOCX -----------------------------------------------
n += 1
name = NAMES[18]
a = A("Tampen")
m = msg(name, n)
m.set_content("Hej!\n\nSvaren finns i bifogat dokument. Jag bifogar också vår "
              "verksamhetsberättelse.\n\nMvh\nKim\nFöreningen Tampen\n", charset="utf-8",
              cte="8bit")
m.add_alternative('<html><body><p>Hej!</p><p>Svaren finns i bifogat dokument. Jag bifogar '
                  'också vår verksamhetsberättelse.</p><p>Mvh<br>Kim<br>Föreningen Tampen<br>'
                  '<img src="cid:logo@tampen"></p></body></html>', subtype="html",
                  charset="utf-8", cte="8bit")
m.get_payload()[1].add_related(png(), "image", "png", cid="<logo@tampen>",
                               filename="image001.png")
F = "Svar Tampen.docx"
attach(m, unrelated_pdf(), "Verksamhetsberättelse 2019.pdf", PDF_CT)
attach(m, answers_docx(a), F, DOCX_CT)
case("19_logo_unrelated_pdf_and_answers.eml", m, name, a, all_src(a, F), no_problems=True,
     note="inline logo PNG, an unrelated annual report PDF and the answers DOCX")

# --- 20 logo attached as a plain attachment (not inline) ----------------------------------
n += 1
name = NAMES[19]
a = A("Udden")
m = body(msg(name, n), BODY)
attach(m, png(), "logo_udden.png", "image/png")
attach(m, answers_docx(a), "Udden.docx", DOCX_CT)
case("20_logo_attachment_and_docx.eml", m, name, a, all_src(a, "Udden.docx"),
     no_problems=True, note="a logo PNG attached next to the answers: no problem")

# --- 21 body and attachment disagree -------------------------------------------------------
n += 1
name = NAMES[20]
a = A("Vinden", False)
m = body(msg(name, n), ["Hej!", "", "Svaren finns i bifogad fil, men en rättelse:",
                        "2. Nej, det gör vi inte längre.", "", "Hälsningar", "Kim"])
F = "Vinden.docx"
attach(m, answers_docx(a, "Ja"), F, DOCX_CT)
case("21_body_and_attachment_disagree.eml", m, name, a,
     {**all_src(a, F), "works_against_segregation": "body"}, problem="conflicting_sources",
     note="the body says 'Nej', the attached form 'Ja': the body wins, flagged for review")

# --- 22 zip with a docx ---------------------------------------------------------------------
n += 1
name = NAMES[21]
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
    zi = zipfile.ZipInfo("Svar Ycklan.docx", date_time=(2020, 1, 10, 9, 0, 0))
    z.writestr(zi, answers_docx(A("Ycklan")))
m = body(msg(name, n), BODY)
attach(m, buf.getvalue(), "svar.zip", "application/zip")
case("22_zip_with_docx.eml", m, name, ans(None, None, None, None), {}, problem="zip archive",
     note="a .zip holding the answers DOCX: zip archives are not opened (flagged)")

# --- 23 cp1252 .txt -------------------------------------------------------------------------
n += 1
name = NAMES[22]
a = A("Zenit")
txt = "\r\n".join(f"{i}. {QS[i - 1]}\r\n{v}\r\n" for i, v in enumerate(
    [a["about"], "Ja", a["how"], a["obstacles_opportunities"]], 1)).encode("cp1252")
m = body(msg(name, n), BODY)
attach(m, txt, "svar.txt", "text/plain")
case("23_txt_cp1252.eml", m, name, a, all_src(a, "svar.txt"),
     note="answers in a Windows-1252 .txt attachment (no charset parameter)")

# --- 24 forwarded mail with the answers docx ------------------------------------------------
n += 1
name = NAMES[23]
a = A("Åran")
inner = EmailMessage()
inner["From"] = "Ordförande <ordf@aran-privat.se>"
inner["To"] = f"Kim <{EMAILS[name]}>"
inner["Subject"] = "Svar på kartläggningen"
inner["Date"] = "Thu, 09 Jan 2020 20:00:00 +0100"
inner["Message-ID"] = "<u5-inner-24@aran-privat.se>"
inner.set_content("Hej Kim, här är svaren, kan du skicka vidare?\n\n/Ordf\n", charset="utf-8",
                  cte="8bit")
F = "Åran svar.docx"
attach(inner, answers_docx(a), F, DOCX_CT)
m = body(msg(name, n, subject=f"VB: {SUBJECT}"),
         ["Hej!", "", "Vidarebefordrar svaren från vår ordförande.", "", "Kim"])
m.add_attachment(inner)
case("24_forwarded_rfc822_with_docx.eml", m, name, a, all_src(a, F),
     note="the answers DOCX is attached to a forwarded message/rfc822")

# --- 25 unrelated PDF only, answers in the body --------------------------------------------
n += 1
name = NAMES[24]
a = A("Ärlan")
m = body(msg(name, n), [f"{i}. {v}" for i, v in enumerate(
    [a["about"], "Ja", a["how"], a["obstacles_opportunities"]], 1)] + ["", "Mvh", "Kim"])
attach(m, unrelated_pdf(), "Verksamhetsberättelse 2019.pdf", PDF_CT)
case("25_body_answers_unrelated_pdf.eml", m, name, a, all_src(a, "body"), no_problems=True,
     note="answers in the body; the attached annual report adds nothing")

# --- 26 checkbox glyphs in a table cell, Nej ------------------------------------------------
n += 1
name = NAMES[25]
a = A("Öarna", False)
a["how"] = "Vi har inte haft tid att arbeta med det i år."
doc = docx.Document()
t = doc.add_table(rows=5, cols=2)
t.style = "Table Grid"
t.cell(0, 0).text = "Fråga"
t.cell(0, 1).text = "Svar"
for i, v in enumerate([a["about"], "☐ Ja   ☒ Nej", a["how"], a["obstacles_opportunities"]], 1):
    t.cell(i, 0).text = QS[i - 1]
    t.cell(i, 1).text = v
F = "Öarna.docx"
m = body(msg(name, n), BODY)
attach(m, save_docx(doc), F, DOCX_CT)
case("26_docx_table_checkbox_nej.eml", m, name, a, all_src(a, F),
     note="'☐ Ja ☒ Nej' in a table cell under a 'Fråga | Svar' header")

# --- 27 xlsx merged question cells (question merged across columns, answers below) --------
n += 1
name = NAMES[26]
a = A("Bryggan")
wb = openpyxl.Workbook()
ws = wb.active
r = 1
for i, v in enumerate([a["about"], "Ja", a["how"], a["obstacles_opportunities"]]):
    ws.cell(r, 1, f"Fråga {i + 1}. {QS[i]}")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    ws.cell(r + 1, 1, "Svar:")
    ws.cell(r + 1, 2, v)
    ws.merge_cells(start_row=r + 1, start_column=2, end_row=r + 1, end_column=3)
    r += 3
F = "Bryggan.xlsx"
m = body(msg(name, n), BODY)
attach(m, save_xlsx(wb), F, XLSX_CT)
case("27_xlsx_merged_question_and_answer.eml", m, name, a, all_src(a, F),
     note="question merged over three columns, 'Svar:' then the answer in a merged cell")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    expected: dict[str, Any] = {}
    for file, m, exp in CASES:
        data = m if isinstance(m, bytes) else bytes(m)
        (OUT / file).write_bytes(data)
        expected[file] = exp
    (OUT / "expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    with (OUT / "roster.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["name", "email", "org_number"])
        w.writerows(ROSTER)
    print(f"{len(CASES)} cases written to {OUT}")


if __name__ == "__main__":
    main()
