"""Builds real attachment files for the attachment reader tests (Swedish text throughout)."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

QUESTIONS = [
    "Vilka är ni och vad bedriver ni för verksamhet? Berätta om er förening (bifoga gärna en "
    "länk eller beskriv med egna ord).",
    "Arbetar ni för att motverka segregation? Ja / nej",
    "Om svar ja på ovanstående fråga, på vilket sätt arbetar ni för att motverka segregation? "
    "Om svaret är nej, berätta gärna varför!",
    "Vilka hinder respektive möjligheter upplever ni i ert arbete för att motverka segregation?",
]
ANSWERS = [
    "Föreningen Ängsblomman i Rosengård är en mötesplats för föräldrar och barn. Vi ordnar "
    "läxhjälp, språkcafé och utflykter året runt.",
    "Ja, absolut.",
    "Vi blandar deltagare från olika stadsdelar och gör gemensamma aktiviteter i hela Malmö, "
    "till exempel sommarläger på Österlen.",
    "Hinder: lokalhyran är för hög och få ledare orkar. Möjligheter: många nya medlemmar vill "
    "engagera sig och skolorna samarbetar gärna.",
]
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
DEJAVU_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")


def _save_docx(document: object) -> bytes:
    buf = io.BytesIO()
    document.save(buf)  # type: ignore[attr-defined]
    return buf.getvalue()


# --- DOCX --------------------------------------------------------------------------------------


def docx_headings() -> bytes:
    """Title, question headings (Heading 2) each followed by answer paragraphs; plus a
    header, a footer and a comment, none of which may be read."""
    import docx

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "SIDHUVUD Föreningen Ängsblomman"
    d.sections[0].footer.paragraphs[0].text = "SIDFOT sida 1"
    d.add_heading("Svar från Föreningen Ängsblomman", level=1)
    d.add_paragraph("Här kommer våra svar på kartläggningen.")
    for i, (q, a) in enumerate(zip(QUESTIONS, ANSWERS, strict=True), start=1):
        d.add_heading(f"{i}. {q}", level=2)
        p = d.add_paragraph(a)
        if i == 1:
            d.add_paragraph("Vi har funnits sedan 1998 och har 85 medlemmar.")
            if hasattr(d, "add_comment"):
                d.add_comment(p.runs, text="KOMMENTAR: kolla årtalet", author="Åsa")
    return _save_docx(d)


def docx_numbered_list() -> bytes:
    """Questions as a Word numbered list (List Number style: numbers not in the text)."""
    import docx

    d = docx.Document()
    d.add_paragraph("Svar på enkäten om segregation")
    for q, a in zip(QUESTIONS, ANSWERS, strict=True):
        d.add_paragraph(q, style="List Number")
        d.add_paragraph(a)
    return _save_docx(d)


def docx_two_column_table() -> bytes:
    """A paragraph, a 2-column question|answer table with a header row, a paragraph."""
    import docx

    d = docx.Document()
    d.add_paragraph("Före tabellen: hälsningar från styrelsen.")
    t = d.add_table(rows=1 + len(QUESTIONS), cols=2)
    t.cell(0, 0).text = "Fråga"
    t.cell(0, 1).text = "Svar"
    for i, (q, a) in enumerate(zip(QUESTIONS, ANSWERS, strict=True), start=1):
        t.cell(i, 0).text = q
        t.cell(i, 1).text = a
    d.add_paragraph("Efter tabellen: med vänlig hälsning, Örjan.")
    return _save_docx(d)


def docx_question_above_answer_table() -> bytes:
    """One column: a bold question row, the answer typed in the row below."""
    import docx

    d = docx.Document()
    t = d.add_table(rows=2 * len(QUESTIONS), cols=1)
    for i, (q, a) in enumerate(zip(QUESTIONS, ANSWERS, strict=True)):
        qcell = t.cell(2 * i, 0)
        qcell.paragraphs[0].add_run(f"{i + 1}. {q}").bold = True
        t.cell(2 * i + 1, 0).text = a
    return _save_docx(d)


def docx_form_cells() -> bytes:
    """A form: a number column, the question, and an answer cell typed by the association;
    the first row merges all three columns into one title cell; an empty answer cell."""
    import docx

    d = docx.Document()
    d.add_heading("Enkät: civilsamhällets arbete mot segregation", level=1)
    t = d.add_table(rows=1 + len(QUESTIONS) + 1, cols=3)
    title = t.cell(0, 0).merge(t.cell(0, 2))
    title.text = "Förening: Föreningen Ängsblomman"
    for i, (q, a) in enumerate(zip(QUESTIONS, ANSWERS, strict=True), start=1):
        t.cell(i, 0).text = f"{i}."
        t.cell(i, 1).text = q
        t.cell(i, 2).text = a
    last = len(QUESTIONS) + 1
    t.cell(last, 0).text = "5."
    t.cell(last, 1).text = "Övriga synpunkter?"
    d.add_paragraph("Tack för att ni svarade!")
    return _save_docx(d)


def docx_vertical_merge() -> bytes:
    """A question cell merged vertically over two answer rows: its text appears once."""
    import docx

    d = docx.Document()
    t = d.add_table(rows=2, cols=2)
    merged = t.cell(0, 0).merge(t.cell(1, 0))
    merged.text = "Vilka hinder upplever ni?"
    t.cell(0, 1).text = "Lokalerna är för små."
    t.cell(1, 1).text = "Ekonomin är osäker."
    return _save_docx(d)


# --- PDF ---------------------------------------------------------------------------------------


def have_dejavu() -> bool:
    return DEJAVU.is_file()


def _pdf(encrypt_user_password: str | None = None) -> object:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_font("DejaVu", fname=str(DEJAVU))
    if DEJAVU_BOLD.is_file():
        pdf.add_font("DejaVu", style="B", fname=str(DEJAVU_BOLD))
    if encrypt_user_password is not None:
        pdf.set_encryption(owner_password="ägarlösen", user_password=encrypt_user_password)
    return pdf


def pdf_questionnaire(extra_pages: int = 0) -> bytes:
    """Questions (bold) each followed by a wrapped answer paragraph, a gap between blocks;
    EXTRA_PAGES pages of filler after them."""
    pdf = _pdf()
    pdf.add_page()  # type: ignore[attr-defined]
    kw = {"new_x": "LMARGIN", "new_y": "NEXT"}
    pdf.set_font("DejaVu", size=14)  # type: ignore[attr-defined]
    pdf.multi_cell(0, 8, "Svar från Föreningen Ängsblomman", **kw)  # type: ignore[attr-defined]
    pdf.ln(4)  # type: ignore[attr-defined]
    for i, (q, a) in enumerate(zip(QUESTIONS, ANSWERS, strict=True), start=1):
        pdf.set_font("DejaVu", style="B" if DEJAVU_BOLD.is_file() else "", size=11)  # type: ignore[attr-defined]
        pdf.multi_cell(0, 6, f"{i}. {q}", **kw)  # type: ignore[attr-defined]
        pdf.set_font("DejaVu", size=11)  # type: ignore[attr-defined]
        pdf.multi_cell(0, 6, a, **kw)  # type: ignore[attr-defined]
        pdf.ln(6)  # type: ignore[attr-defined]
    for n in range(extra_pages):
        pdf.add_page()  # type: ignore[attr-defined]
        pdf.multi_cell(0, 6, f"Bilaga sida {n + 2}: verksamhetsberättelse för året.", **kw)  # type: ignore[attr-defined]
    return bytes(pdf.output())  # type: ignore[attr-defined]


def pdf_encrypted() -> bytes:
    pdf = _pdf(encrypt_user_password="hemligt")
    pdf.add_page()  # type: ignore[attr-defined]
    pdf.set_font("DejaVu", size=11)  # type: ignore[attr-defined]
    pdf.multi_cell(0, 6, "Hemliga svar från föreningen.")  # type: ignore[attr-defined]
    return bytes(pdf.output())  # type: ignore[attr-defined]


def png_image(width: int = 64, height: int = 32) -> bytes:
    """A small grey PNG made with zlib only."""
    import struct
    import zlib

    raw = b"".join(b"\x00" + bytes([200]) * width for _ in range(height))

    def chunk(tag: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + tag
            + body
            + struct.pack(">I", zlib.crc32(tag + body) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def pdf_image_only() -> bytes:
    """A "scan": one page holding only an image, no text layer."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.image(io.BytesIO(png_image()), x=10, y=10, w=180)
    return bytes(pdf.output())


# --- XLSX --------------------------------------------------------------------------------------


def _save_xlsx(wb: object) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)  # type: ignore[attr-defined]
    return buf.getvalue()


def xlsx_columns_ab() -> bytes:
    """Questions in column A, answers in column B, a label row and a header row, an empty row."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Svar"
    ws.append(["Förening", "Föreningen Ängsblomman"])
    ws.append([])
    ws.append(["Fråga", "Svar"])
    for q, a in zip(QUESTIONS, ANSWERS, strict=True):
        ws.append([q, a])
    ws.append(["Antal medlemmar", 85])
    ws.append(["Bidrag 2019 (kr)", 12500.5])
    ws.append(["Summa", "=B9+1"])  # a formula without a cached value: never shown as "="
    return _save_xlsx(wb)


def xlsx_header_row() -> bytes:
    """One header row of questions, the answers in the row below (a web form export)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Förening", *QUESTIONS])
    ws.append(["Föreningen Ängsblomman", *ANSWERS])
    return _save_xlsx(wb)


def xlsx_two_sheets() -> bytes:
    """Sheet 1 holds questions 1-2, sheet 2 questions 3-4; a hidden helper sheet."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws1 = wb.active
    ws1.title = "Del 1"
    for q, a in zip(QUESTIONS[:2], ANSWERS[:2], strict=True):
        ws1.append([q, a])
    ws2 = wb.create_sheet("Del 2")
    for q, a in zip(QUESTIONS[2:], ANSWERS[2:], strict=True):
        ws2.append([q, a])
    hidden = wb.create_sheet("Listor")
    hidden.append(["DOLD-LISTA-JA"])
    hidden.sheet_state = "hidden"
    return _save_xlsx(wb)


def xlsx_merged() -> bytes:
    """A title merged across A1:C1 and answers merged across B:C."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "Kartläggning – Föreningen Ängsblomman"
    ws.merge_cells("A1:C1")
    for row, (q, a) in enumerate(zip(QUESTIONS, ANSWERS, strict=True), start=2):
        ws.cell(row=row, column=1, value=q)
        ws.cell(row=row, column=2, value=a)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
    return _save_xlsx(wb)


def xlsx_budget() -> bytes:
    """An unrelated spreadsheet: a budget full of numbers."""
    import datetime as dt

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Budget 2020"
    ws.append(["Post", "Budget", "Utfall", "Datum"])
    ws.append(["Lokalhyra", 48000, 47250.75, dt.date(2020, 1, 15)])
    ws.append(["Fika", 3500, 4100, dt.datetime(2020, 1, 20, 14, 30)])
    ws.append(["Resor", 0.25, 1e-7, None])
    ws.append(["Medlemsavgifter", True, False, None])
    return _save_xlsx(wb)


# --- ODT ---------------------------------------------------------------------------------------

_ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'office:version="1.2"'
)


def _odf_zip(mimetype: str, content_xml: str) -> bytes:
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2">\n'
        f' <manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>\n'
        ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
        "</manifest:manifest>\n"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), mimetype, compress_type=zipfile.ZIP_STORED)
        zf.writestr("content.xml", content_xml, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def odt_document() -> bytes:
    """Heading, numbered list of questions 1-2 with answers, a comment (not read), a table
    with questions 3-4 and answers, a span, repeated spaces and a line break."""
    q, a = [_esc(x) for x in QUESTIONS], [_esc(x) for x in ANSWERS]
    content = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {_ODF_NS}>
 <office:automatic-styles>
  <text:list-style style:name="L1">
   <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>
  </text:list-style>
  <style:style style:name="T1" style:family="text">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
 </office:automatic-styles>
 <office:body>
  <office:text>
   <text:h text:outline-level="1">Svar från Föreningen Ängsblomman</text:h>
   <text:p>Hej!<text:s text:c="2"/>Här   är<text:line-break/>
     våra svar.<office:annotation><dc:creator>Åsa</dc:creator>
     <text:p>KOMMENTAR som inte ska läsas</text:p></office:annotation></text:p>
   <text:list text:style-name="L1">
    <text:list-item><text:p>{q[0]}</text:p></text:list-item>
   </text:list>
   <text:p>{a[0]}</text:p>
   <text:list text:style-name="L1" text:continue-numbering="true">
    <text:list-item><text:p>{q[1]}</text:p></text:list-item>
   </text:list>
   <text:p><text:span text:style-name="T1">{a[1]}</text:span></text:p>
   <table:table table:name="Tabell1">
    <table:table-column table:number-columns-repeated="2"/>
    <table:table-row>
     <table:table-cell office:value-type="string"><text:p>{q[2]}</text:p></table:table-cell>
     <table:table-cell office:value-type="string"><text:p>{a[2]}</text:p></table:table-cell>
    </table:table-row>
    <table:table-row>
     <table:table-cell office:value-type="string"><text:p>{q[3]}</text:p></table:table-cell>
     <table:table-cell office:value-type="string"><text:p>{a[3]}</text:p></table:table-cell>
    </table:table-row>
   </table:table>
   <text:p>Med vänlig hälsning, Örjan</text:p>
  </office:text>
 </office:body>
</office:document-content>
"""
    return _odf_zip("application/vnd.oasis.opendocument.text", content)


def _ods_cell(text: str) -> str:
    return (
        f'<table:table-cell office:value-type="string"><text:p>{_esc(text)}</text:p>'
        "</table:table-cell>"
    )


def ods_document() -> bytes:
    """A spreadsheet: questions in column A, answers in column B, a number, a huge repeat of
    empty rows (must not be expanded) and a covered (merged) cell."""
    rows = "".join(
        f"<table:table-row>{_ods_cell(q)}{_ods_cell(a)}</table:table-row>"
        for q, a in zip(QUESTIONS, ANSWERS, strict=True)
    )
    title = _ods_cell("Föreningen Ängsblomman").replace(
        "<table:table-cell ", '<table:table-cell table:number-columns-spanned="2" '
    )
    number = '<table:table-cell office:value-type="float" office:value="85"><text:p>85</text:p>'
    empty_rows = (
        '<table:table-row table:number-rows-repeated="1048000">'
        '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
    )
    content = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {_ODF_NS}>
 <office:body>
  <office:spreadsheet>
   <table:table table:name="Blad1">
    <table:table-row>{title}<table:covered-table-cell/></table:table-row>
    {rows}
    <table:table-row>{_ods_cell("Antal medlemmar")}{number}</table:table-cell></table:table-row>
    {empty_rows}
   </table:table>
  </office:spreadsheet>
 </office:body>
</office:document-content>
"""
    return _odf_zip("application/vnd.oasis.opendocument.spreadsheet", content)


# --- damaged and hostile files -----------------------------------------------------------------


def zip_bomb(member_mb: int = 300) -> bytes:
    """A docx-like zip whose word/document.xml unpacks to MEMBER_MB megabytes of zeros
    (written in a stream of 1 MB chunks, so the archive stays a few hundred KB)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        chunk = b"\x00" * (1024 * 1024)
        with zf.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(member_mb):
                member.write(chunk)
    return buf.getvalue()


def truncated_docx() -> bytes:
    data = docx_headings()
    return data[: len(data) // 2]


def exe_bytes() -> bytes:
    return b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200


def rtf_document() -> bytes:
    """An RTF with Swedish letters as \\'hh escapes and \\u escapes, a header (not read)."""
    body = (
        r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Times New Roman;}}"
        r"{\header Sidhuvud som inte ska l\'e4sas\par}"
        r"\f0\fs24 1. Vilka \'e4r ni och vad bedriver ni f\'f6r verksamhet?\par "
        r"Vi \'e4r en f\u246?rening i Malm\'f6 med 40 medlemmar.\par\par "
        r"2. Arbetar ni f\'f6r att motverka segregation? Ja / nej\par "
        r"Ja\par}"
    )
    return body.encode("latin-1")


# --- LibreOffice -------------------------------------------------------------------------------


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_with_soffice(data: bytes, src_ext: str, target: str) -> bytes:
    """Convert DATA (a file with extension SRC_EXT) to TARGET ("doc", "xls") with LibreOffice,
    to build legacy test files. Only called when soffice exists."""
    binary = soffice()
    assert binary is not None
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"in{src_ext}"
        src.write_bytes(data)
        filters = {"doc": "doc:MS Word 97", "xls": "xls:MS Excel 97"}
        env = dict(os.environ, HOME=tmp)
        subprocess.run(
            [
                binary,
                f"-env:UserInstallation={(Path(tmp) / 'profile').as_uri()}",
                "--headless",
                "--norestore",
                "--convert-to",
                filters[target],
                "--outdir",
                tmp,
                str(src),
            ],
            check=True,
            capture_output=True,
            timeout=120,
            env=env,
        )
        return (Path(tmp) / f"in.{target}").read_bytes()


# --- OLE2 compound files and Outlook .msg (need aspose-email-foss, a pure-Python writer) --------


def have_msg_writer() -> bool:
    try:
        import aspose.email_foss.msg  # noqa: F401
    except ImportError:
        return False
    return True


def ole_file(streams: dict[str, bytes]) -> bytes:
    """An OLE2 compound file with top-level STREAMS (e.g. {"WordDocument": b"..."})."""
    from aspose.email_foss import cfb

    root = cfb.CFBStorage(name="Root Entry")
    for name, data in streams.items():
        root.add_stream(cfb.CFBStream(name=name, data=data))
    return cfb.CFBWriter.to_bytes(cfb.CFBDocument(root=root))


def outlook_msg(
    *,
    transport_headers: str | None = None,
    with_embedded: bool = True,
    sender_email: str = "asa.oberg@angsblomman.se",
    docx: bytes | None = None,
) -> bytes:
    """A real Outlook .msg: sender, To and Cc recipients, delivery time, Message-ID, a plain
    body (the writer adds an HTML body), a .docx and a .txt attachment and, optionally, an
    embedded Outlook item."""
    import datetime as dt

    from aspose.email_foss import msg

    P = msg.PropertyId
    m = msg.MapiMessage.create("Svar på kartläggningen – Föreningen Ängsblomman", "\n".join(
        ["Hej!", "", f"1. {QUESTIONS[0]}", ANSWERS[0], "", "Med vänlig hälsning", "Åsa Öberg"]
    ))
    m.set_property(P.SENDER_NAME, "Åsa Öberg")
    m.set_property(P.SENDER_EMAIL_ADDRESS, sender_email)
    m.set_property(P.SENDER_ADDRESS_TYPE, "SMTP")
    m.set_property(P.MESSAGE_DELIVERY_TIME, dt.datetime(2020, 1, 14, 8, 5, tzinfo=dt.UTC))
    m.set_property(P.INTERNET_MESSAGE_ID, "<svar-angsblomman-1@angsblomman.se>")
    if transport_headers is not None:
        m.set_property(P.TRANSPORT_MESSAGE_HEADERS, transport_headers)
    m.add_recipient("samordnare@malmo.se", display_name="Samordnare Malmö")
    m.add_recipient("styrelsen@angsblomman.se", display_name="Styrelsen", recipient_type=2)
    m.add_attachment("Svar Ängsblomman.docx", docx if docx is not None else docx_headings(),
                     mime_type="application/vnd.openxmlformats-officedocument."
                     "wordprocessingml.document")
    m.add_attachment("noter.txt", "Fråga 2: Ja\n".encode(), mime_type="text/plain")
    if with_embedded:
        inner = msg.MapiMessage.create("Vidarebefordrat: frågorna", "Den ursprungliga enkäten.")
        inner.set_property(P.SENDER_NAME, "Samordnare")
        inner.set_property(P.SENDER_EMAIL_ADDRESS, "samordnare@malmo.se")
        inner.set_property(P.SENDER_ADDRESS_TYPE, "SMTP")
        m.add_embedded_message_attachment(inner, filename="Kartläggning.msg")
    return bytes(m.to_bytes())


# --- assertions ----------------------------------------------------------------------------------


def norm(text: str) -> str:
    """Every run of whitespace (including no-break spaces) as one space, trimmed."""
    return " ".join(text.split())


def block_after(text: str, question_start: str) -> str:
    """The lines that follow the line containing QUESTION_START, up to the next blank line,
    whitespace-normalised. Fails when no line contains it."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if norm(question_start) in norm(line):
            following: list[str] = []
            for nxt in lines[i + 1 :]:
                if not nxt.strip():
                    break
                following.append(nxt)
            return norm(" ".join(following))
    raise AssertionError(f"no line contains {question_start!r} in:\n{text}")


def samples_dir() -> Path | None:
    env = os.environ.get("INTAKE_SAMPLES_DIR")
    candidates = [Path(env)] if env else []
    candidates.append(Path(__file__).resolve().parents[2] / "shared" / "samples")
    for path in candidates:
        if (path / "truth.json").is_file():
            return path
    return None


def sample_attachment(message_file: str, suffix: str) -> tuple[str, str, bytes]:
    """(filename, declared content type, bytes) of the first attachment of a sample mail
    whose name ends with SUFFIX."""
    import email
    from email import policy

    base = samples_dir()
    assert base is not None
    msg = email.message_from_bytes((base / message_file).read_bytes(), policy=policy.default)
    for part in msg.walk():
        name = part.get_filename()
        if name and name.lower().endswith(suffix):
            payload = part.get_payload(decode=True)
            assert isinstance(payload, bytes)
            return name, part.get("Content-Type", ""), payload
    raise AssertionError(f"{message_file} has no {suffix} attachment")


def _pdf_text_string(s: str) -> bytes:
    """A PDF text string: UTF-16BE with BOM (any characters)."""
    return b"<" + (b"\xfe\xff" + s.encode("utf-16-be")).hex().upper().encode() + b">"


def _winansi(s: str) -> bytes:
    e = s.encode("cp1252")
    return b"(" + e.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def pdf_acroform(lines: list[tuple[float, str]], fields: list[dict]) -> bytes:
    """A one-page PDF written by hand: LINES (y, text) in Helvetica and an AcroForm with
    FIELDS ({'name', 'rect', 'value'} text fields; {'name', 'rect', 'checked'} check boxes).
    NeedAppearances: the values are in /V only, as many form fillers leave them."""
    objs: list[bytes] = []
    content = b"BT /F1 10 Tf " + b" ".join(
        b"1 0 0 1 50 %d Tm %s Tj" % (y, _winansi(t)) for y, t in lines) + b" ET"
    n_fixed = 5
    field_ids = [n_fixed + 1 + i for i in range(len(fields))]
    annots = b"[" + b" ".join(b"%d 0 R" % i for i in field_ids) + b"]"
    objs.append(b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields %s "
                b"/NeedAppearances true >> >>" % annots)
    objs.append(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font "
                b"<< /F1 4 0 R >> >> /Contents 5 0 R /Annots %s >>" % annots)
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                b"/Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content))
    for f in fields:
        rect = b"[%d %d %d %d]" % tuple(f["rect"])
        if "checked" in f:
            state = b"/Yes" if f["checked"] else b"/Off"
            objs.append(b"<< /Type /Annot /Subtype /Widget /FT /Btn /T %s /Rect %s /P 3 0 R "
                        b"/V %s /AS %s /F 4 >>" % (_pdf_text_string(f["name"]), rect, state, state))
        else:
            objs.append(b"<< /Type /Annot /Subtype /Widget /FT /Tx /T %s /Rect %s /P 3 0 R "
                        b"/V %s /F 4 /Ff 4096 >>" % (_pdf_text_string(f["name"]), rect,
                                                      _pdf_text_string(f["value"])))
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (i, o)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)
