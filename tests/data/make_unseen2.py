"""Build the second "unseen replies" corpus: attachments in the layouts people really
produce, bounces from several mail servers, automatic replies, and the harder matching
cases (similar names, names only in a signature or subject, second and IDN addresses).

Run once (python tests/data/make_unseen2.py); the .eml files, expected.json and roster.csv
in tests/data/unseen2/ are committed. The bytes are the same on every run (fixed MIME
boundaries, zip timestamps and PDF dates). All names, addresses and texts are invented.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import re
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "unseen2"
CET = dt.timezone(dt.timedelta(hours=1))
COORD = "samordnare@xn--malm-8qa.se"
SURVEY_ID = "<kartlaggning-2019@xn--malm-8qa.se>"
SUBJECT = "Kartläggning: civilsamhällets arbete mot segregation i Malmö"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = dt.datetime(2020, 1, 10, 9, 0, tzinfo=dt.UTC)


def puny(addr: str) -> str:
    local, _, domain = addr.rpartition("@")
    return f"{local}@{domain.encode('idna').decode('ascii')}"


ROSTER = [
    ("IK Sölve", "kansli@iksolve.se", "802701-1001"),
    ("IK Sölve Ungdom", "ungdom@iksolve.se", "802701-1002"),
    ("Malmö FF Supporterklubb", "info@mffsupporterklubb.se", "802701-1003"),
    ("Malmö Schack", "malmoschack@gmail.com", "802701-1004"),
    ("Föreningen Åkern", "info@föreningen-åkern.se;ordforande@föreningen-åkern.se", "802701-1005"),
    ("Malmö Kampsportsklubb Öster", "kansli@mkkoster.se", "802701-1006"),
    ("Kvinnojouren Väduren", "vaduren@telia.com", "802701-1007"),
    ("Internationella Kvinnoföreningen Amal", "amal.malmo@gmail.com", "802701-1008"),
    ("Kulturföreningen Fönstret", "kontakt@kulturfönstret.se", "802701-1009"),
    ("Läxhjälpen Kroksbäck", "laxhjalpen.kroksback@gmail.com;info@laxhjalpenkroksback.se",
     "802701-1010"),
    ("Scoutkåren Tornfalken", "tornfalken@scoutkaren.se", "802701-1011"),
    ("Grannsamverkan Hermodsdal", "hermodsdal@grannsamverkan.se", "802701-1012"),
    ("Möllans Musikverkstad", "info@mollansmusik.se", "802701-1013"),
    ("Stadsdelsföreningen Holma-Kroksbäck", "styrelsen@holmakroksback.se", "802701-1014"),
    ("Syriska Kulturföreningen Jasmin", "jasmin.kultur@hotmail.com", "802701-1015"),
    ("Bordtennisklubben Rosen", "btkrosen@gmail.com", "802701-1016"),
    ("Cirkusföreningen Manegen", "manegen.malmo@gmail.com", "802701-1017"),
    ("Föräldranätverket Lindängen", "foraldranatverket@lindangen.nu", "802701-1018"),
    ("Ridklubben Hästhoven", "info@rkhasthoven.se", "802701-1019"),
    ("Seniordans Kirseberg", "seniordans.kirseberg@gmail.com", "802701-1020"),
    ("Roddklubben Öresund", "kansli@roddoresund.se", "802701-1021"),
    ("Bokcirkeln Sidan", "bokcirkeln.sidan@gmail.com", "802701-1022"),
    ("Kurdiska Ungdomsförbundet Malmö", "kuf.malmo@gmail.com", "802701-1023"),
    ("Afghanska Föreningen Hindukush", "hindukush.malmo@gmail.com", "802701-1024"),
    ("Tamilska Föreningen Malmö", "tamil.malmo@gmail.com", "802701-1025"),
    ("Volleybollklubben Hyllie", "vbk.hyllie@gmail.com;kassor@vbkhyllie.se", "802701-1026"),
    ("Fotbollsklubben Sofielund", "kansli@fksofielund.se", "802701-1027"),
    ("Somaliska Ungdomsföreningen Horn", "horn.ungdom@gmail.com", "802701-1028"),
    ("Trädgårdsföreningen Gröna Fingrar", "gronafingrar@telia.com", "802701-1029"),
    ("Kulturhuset Ögat", "info@kulturhuset-ögat.se", "802701-1030"),
    ("Pingisklubben Västra Hamnen", "pingis.vh@gmail.com", "802701-1031"),
    ("Friluftsfrämjandet Malmö Söder", "soder@frilufts-malmo.se", "802701-1032"),
    ("Boulesällskapet Slottsparken", "boule.slottsparken@gmail.com", "802701-1033"),
    ("Ensamkommandes Förening Malmö", "ensamkommande.malmo@gmail.com", "802701-1034"),
    ("Keramikverkstaden Lera", "lera.keramik@outlook.com", "802701-1035"),
    ("Klätterklubben Greppet", "info@klattergreppet.se", "802701-1036"),
    ("Sjöscouterna Limhamn", "sjoscout.limhamn@gmail.com", "802701-1037"),
    ("Föreningen Bydelen Rosengård", "bydelen@rosengard.nu", "802701-1038"),
]
EMAILS = {n: e.split(";") for n, e, _ in ROSTER}


def addr(name: str, i: int = 0) -> str:
    return EMAILS[name][i]


Q1 = (
    "Vilka är ni och vad bedriver ni för verksamhet? Berätta om er förening (bifoga gärna en "
    "länk eller beskriv med egna ord)."
)
Q2 = "Arbetar ni för att motverka segregation? Ja / nej"
Q3 = (
    "Om svar ja på ovanstående fråga, på vilket sätt arbetar ni för att motverka segregation? "
    "Om svaret är nej, berätta gärna varför!"
)
Q4 = "Vilka hinder respektive möjligheter upplever ni i ert arbete för att motverka segregation?"
QS = [Q1, Q2, Q3, Q4]

INTRO = [
    "Hej!",
    "",
    "Malmö stad genomför just nu en kartläggning av hur civilsamhället arbetar för att "
    "motverka segregation i Malmö. Syftet är att få en bild av vad som redan görs, vilka behov "
    "som finns och hur staden bättre kan stötta föreningslivet. Vi blir väldigt glada om ni "
    "vill ta er tid att svara på fyra korta frågor.",
    "",
    "Ni kan skriva era svar direkt i mejlet, i ett bifogat dokument eller i en Excelfil - det "
    "som passar er bäst.",
    "",
]
OUTRO = [
    "",
    "Skicka ett svar per förening till samordnare@malmö.se senast den 31a januari.",
    "",
    "Önskar ni att svara på frågorna i en intervju istället för i text? Kontakta mig så ordnar "
    "vi det!",
    "",
    "Med vänliga hälsningar",
    "",
    "Samordnare",
    "Enheten för civilsamhälle och demokrati",
    "Malmö stad",
]
QLINES = [f"{i}. {q}" for i, q in enumerate(QS, 1)]
ORIGINAL = INTRO + QLINES + OUTRO


def quote(lines: list[str], prefix: str = ">") -> list[str]:
    return [prefix if not ln else f"{prefix} {ln}" for ln in lines]


def gmail_attr(day: str = "mån 2 dec. 2019 kl 10:14") -> str:
    return f"Den {day} skrev Samordnare <samordnare@xn--malm-8qa.se>:"


def outlook_block(to: str) -> list[str]:
    return [
        "________________________________",
        f"Från: Samordnare <{COORD}>",
        "Skickat: den 2 december 2019 10:14",
        f"Till: {to}",
        f"Ämne: {SUBJECT}",
        "",
    ]


def d(day: int, month: int, hour: int = 12, minute: int = 0) -> dt.datetime:
    year = 2019 if month == 12 else 2020
    return dt.datetime(year, month, day, hour, minute, tzinfo=CET)


def msg(*, sender: str, name: str, date: dt.datetime, mid: str,
        subject: str = f"SV: {SUBJECT}", reply: bool = True,
        headers: dict[str, str] | None = None) -> EmailMessage:
    m = EmailMessage()
    m["Return-Path"] = f"<{sender}>"
    m["From"] = f"{name} <{sender}>" if name else sender
    m["To"] = f"Samordnare <{COORD}>"
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = mid
    if reply:
        m["In-Reply-To"] = SURVEY_ID
        m["References"] = SURVEY_ID
    for k, v in (headers or {}).items():
        m[k] = v
    return m


def body(m: EmailMessage, lines: list[str]) -> EmailMessage:
    m.set_content("\n".join(lines) + "\n", charset="utf-8", cte="8bit")
    return m


DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def attach(m: EmailMessage, data: bytes, filename: str, ctype: str) -> None:
    maintype, subtype = ctype.split("/", 1)
    m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)


def ans(about: str | None, works: bool | None, how: str | None, obst: str | None) -> dict:
    return {"about": about, "works_against_segregation": works, "how": how,
            "obstacles_opportunities": obst}


def src(*sources: str | None) -> dict:
    keys = ["about", "works_against_segregation", "how", "obstacles_opportunities"]
    return {k: s for k, s in zip(keys, sources, strict=True) if s is not None}


NONE = ans(None, None, None, None)
CASES: list[tuple[str, Any, dict[str, Any]]] = []
random.seed(2021)  # MIME boundaries: the same bytes on every run


def case(file: str, m: EmailMessage | bytes, kind: str, association: str | None,
         answers: dict, sources: dict | None = None, *, bounced: list[str] | None = None,
         wants_interview: bool = False, note: str = "", kind_also: list[str] | None = None,
         problem: str | None = None) -> None:
    exp: dict[str, Any] = {
        "kind": kind, "association": association, "bounced_addresses": bounced or [],
        "wants_interview": wants_interview, "answers": answers,
        "answer_sources": sources or {}, "note": note,
    }
    if kind_also:
        exp["kind_also_accepted"] = kind_also
    if problem:
        exp["problem_contains"] = problem
    CASES.append((file, m, exp))


# --- deterministic Office files ------------------------------------------------------------

_CORE_DATE = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def fixed_zip(data: bytes) -> bytes:
    """The same zip with fixed timestamps (file headers and docProps/core.xml)."""
    src_zip = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src_zip.infolist():
            blob = src_zip.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = _CORE_DATE.sub(rb"\g<1>2020-01-10T09:00:00Z\g<2>", blob)
            zi = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 10, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def save_docx(document: Any) -> bytes:
    document.core_properties.author = "Användare"
    document.core_properties.created = FIXED.replace(tzinfo=None)
    document.core_properties.modified = FIXED.replace(tzinfo=None)
    buf = io.BytesIO()
    document.save(buf)
    return fixed_zip(buf.getvalue())


def save_xlsx(wb: Any) -> bytes:
    wb.properties.creator = "Användare"
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    buf = io.BytesIO()
    wb.save(buf)
    return fixed_zip(buf.getvalue())


def new_pdf(producer: str = "Microsoft: Print To PDF") -> Any:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer(producer)
    pdf.set_creator("Microsoft® Word för Microsoft 365")
    pdf.set_margins(25, 25, 25)
    pdf.set_auto_page_break(True, margin=25)
    pdf.add_font("DejaVu", fname=DEJAVU)
    pdf.add_font("DejaVu", style="B", fname=DEJAVU_BOLD)
    return pdf


KW = {"new_x": "LMARGIN", "new_y": "NEXT"}


def bold_para(document: Any, text: str) -> None:
    document.add_paragraph().add_run(text).bold = True


# === attachments ===========================================================================

# --- 01 survey pasted into Word: bold questions (no numbers), answers as plain paragraphs ----
import docx  # noqa: E402
from docx.shared import Cm  # noqa: E402

name = "Scoutkåren Tornfalken"
A = ans(
    "Scoutkåren Tornfalken har funnits i Fosie sedan 1962. Vi har cirka 120 scouter från 8 "
    "år och uppåt och träffas varje vecka i scoutstugan vid Fosieby. "
    "Mer information finns på www.tornfalken.se.",
    True,
    "Vi har startat en avdelning på Nydala där ledarna själva vuxit upp i området, och vi "
    "åker på gemensamma läger med kårer från Limhamn och Bunkeflo. "
    "Utrustning lånas ut gratis så att ingen ska behöva stanna hemma för att familjen inte "
    "har råd.",
    "Hinder: det är svårt att hitta vuxna ledare och föräldrar känner inte till scouting. "
    "Möjligheter: barnen vill gärna vara ute och stadsdelsförvaltningen har varit positiv.",
)
doc = docx.Document()
for q, a in zip(QS, [A["about"], "Ja", A["how"], A["obstacles_opportunities"]], strict=True):
    bold_para(doc, q)
    if q == Q3:
        first, second = a.split(" Utrustning", 1)
        doc.add_paragraph(first)
        doc.add_paragraph("Utrustning" + second)
    elif q == Q1:
        main_, link = a.split(" Mer information", 1)
        doc.add_paragraph(main_)
        doc.add_paragraph("Mer information" + link)
    else:
        doc.add_paragraph(a)
    doc.add_paragraph()
m = msg(sender=addr(name), name="Karin Holm", date=d(9, 12, 19, 3),
        mid="<CAtornfalken01@mail.gmail.com>", subject=f"Re: {SUBJECT}")
body(m, ["Hej!", "", "Bifogar våra svar.", "", "Vänliga hälsningar", "Karin Holm",
         "Kårordförande, Scoutkåren Tornfalken", "", gmail_attr(), "", *quote(ORIGINAL)])
attach(m, save_docx(doc), "Kartläggning Tornfalken.docx", DOCX_CT)
F = "Kartläggning Tornfalken.docx"
case("01_docx_pasted_bold_questions.eml", m, "reply", name, A, src(F, F, F, F),
     note="survey pasted into Word, bold question paragraphs without numbers, answers below")

# --- 02 Word table with a "Fråga | Svar" header row ---------------------------------------
name = "Kvinnojouren Väduren"
A = ans(
    "Kvinnojouren Väduren är en ideell förening som stöttar kvinnor och barn som utsatts för "
    "våld. Vi har en stödtelefon och ett skyddat boende.",
    False,
    "Vår verksamhet riktar sig till alla kvinnor oavsett bakgrund men vi har inte "
    "segregation som uttalat mål. Vi arbetar med akut stöd.",
    "Hinder: tolkar kostar mycket. Möjligheter: fler kvinnor från olika delar av staden hör av "
    "sig när informationen finns på flera språk.",
)
doc = docx.Document()
doc.add_paragraph("Kvinnojouren Väduren – svar på kartläggningen")
t = doc.add_table(rows=5, cols=2)
t.style = "Table Grid"
t.cell(0, 0).paragraphs[0].add_run("Fråga").bold = True
t.cell(0, 1).paragraphs[0].add_run("Svar").bold = True
for i, (q, a) in enumerate(zip(QS, [A["about"], "Nej", A["how"],
                                    A["obstacles_opportunities"]], strict=True), 1):
    t.cell(i, 0).text = q
    t.cell(i, 1).text = a
m = msg(sender=addr(name), name="Kvinnojouren Väduren", date=d(11, 12, 14, 22),
        mid="<1576070520.112233@telia.com>")
body(m, ["Hej,", "", "Svaren i bilagan.", "", "Mvh", "Lena", "Kvinnojouren Väduren"])
F = "Svar kartläggning.docx"
attach(m, save_docx(doc), F, DOCX_CT)
case("02_docx_table_fraga_svar_header.eml", m, "reply", name, A, src(F, F, F, F),
     note="Word table, question in column 1, answer in column 2, header row 'Fråga | Svar'")

# --- 03 Word document with "Svar:" lines under numbered questions --------------------------
name = "Grannsamverkan Hermodsdal"
A = ans(
    "Vi är en grannsamverkansförening i Hermodsdal med ett fyrtiotal aktiva boende. Vi ordnar "
    "nattvandringar, städdagar och en gårdsfest varje sommar.",
    True,
    "Gårdsfesten och städdagarna är öppna för alla och vi bjuder särskilt in nyinflyttade, "
    "med inbjudningar på svenska, arabiska och somaliska.",
    "Hinder: många bor kort tid i området. Möjligheter: bostadsbolaget vill samarbeta och "
    "lånar ut lokal gratis.",
)
doc = docx.Document()
doc.add_paragraph("Grannsamverkan Hermodsdal")
doc.add_paragraph()
for i, (q, a) in enumerate(zip(QS, [A["about"], "Ja.", A["how"],
                                    A["obstacles_opportunities"]], strict=True), 1):
    doc.add_paragraph(f"{i}. {q}")
    doc.add_paragraph(f"Svar: {a}")
    doc.add_paragraph()
m = msg(sender=addr(name), name="Per Ek", date=d(13, 12, 8, 51),
        mid="<0f1e2d3c-hermodsdal@grannsamverkan.se>")
body(m, ["Se bilaga", "", "/Per Ek, Grannsamverkan Hermodsdal"])
F = "enkat_hermodsdal.docx"
attach(m, save_docx(doc), F, DOCX_CT)
case("03_docx_svar_lines.eml", m, "reply", name, A, src(F, F, F, F),
     note="Word document: '1. question' paragraphs, each answer on a 'Svar:' paragraph")

# --- 04 numbered list of questions, answers as indented paragraphs; English body -----------
name = "Internationella Kvinnoföreningen Amal"
A = ans(
    "Amal är en förening för kvinnor från hela världen som bor i Malmö. Vi har svenskacafé "
    "två gånger i veckan, promenadgrupp och föräldraträffar.",
    True,
    "Våra träffar är öppna och vi för samman nyanlända kvinnor med kvinnor som bott här länge. "
    "Vi gör studiebesök i olika stadsdelar.",
    "Hinder: lokalen på Rosengård är för liten och barnpassning saknas. Möjligheter: många "
    "kvinnor vill engagera sig som volontärer.",
)
doc = docx.Document()
doc.add_paragraph("Enkät – Internationella Kvinnoföreningen Amal")
for q, a in zip(QS, [A["about"], "Ja", A["how"], A["obstacles_opportunities"]], strict=True):
    doc.add_paragraph(q, style="List Number")
    p = doc.add_paragraph(a)
    p.paragraph_format.left_indent = Cm(1.27)
m = msg(sender=addr(name), name="Amal Malmö", date=d(16, 12, 10, 5),
        mid="<CAamal0001@mail.gmail.com>", subject=f"Re: {SUBJECT}")
body(m, ["Hello,", "", "Please see attachment.", "", "Best regards,", "Samira", "",
         gmail_attr(), "", *quote(ORIGINAL)])
F = "Amal svar.docx"
attach(m, save_docx(doc), F, DOCX_CT)
case("04_docx_numbered_list_indented_answers.eml", m, "reply", name, A, src(F, F, F, F),
     note="questions as a Word numbered list (numbers not in the text), answers indented")

# --- 05 PDF "printed" from Word, multi-line answers, answer 3 in two paragraphs ------------
name = "Möllans Musikverkstad"
A = ans(
    "Möllans Musikverkstad är en ideell förening som driver en replokal och en musikskola för "
    "barn och unga på Möllevången. Vi har omkring 60 elever och ett tiotal band som repar hos "
    "oss varje vecka.",
    True,
    "Vi håller nere avgifterna så att alla har råd, och vi lånar ut instrument gratis. Vi "
    "samarbetar med fritidsgårdar i Rosengård och Seved så att ungdomar därifrån kan komma hit. "
    "Varje vår ordnar vi en konsert där band från olika delar av Malmö spelar tillsammans.",
    "Det största hindret är ekonomin: hyran har höjts två år i rad. Möjligheterna är stora, "
    "musiken lockar ungdomar från hela staden och många vill bli ledare.",
)
pdf = new_pdf()
pdf.add_page()
pdf.set_font("DejaVu", size=14)
pdf.multi_cell(0, 8, "Kartläggning – svar från Möllans Musikverkstad", **KW)
pdf.ln(4)
parts3 = A["how"].split(" Varje vår", 1)
answers = [[A["about"]], ["Ja"], [parts3[0], "Varje vår" + parts3[1]],
           [A["obstacles_opportunities"]]]
for i, (q, ps) in enumerate(zip(QS, answers, strict=True), 1):
    pdf.set_font("DejaVu", style="B", size=11)
    pdf.multi_cell(0, 5.5, f"{i}. {q}", **KW)
    pdf.ln(1.5)
    pdf.set_font("DejaVu", size=11)
    for j, p in enumerate(ps):
        if j:
            pdf.ln(3)
        pdf.multi_cell(0, 5.5, p, **KW)
    pdf.ln(6)
m = msg(sender=addr(name), name="Möllans Musikverkstad", date=d(18, 12, 22, 40),
        mid="<DB7PR03MB4977.mollan@DB7PR03MB4977.eurprd03.prod.outlook.com>")
body(m, ["Hej, se bifogad pdf.", "", "Med vänlig hälsning", "Jonas", "Möllans Musikverkstad",
         "", *outlook_block(addr(name)), *ORIGINAL])
F = "Kartläggning Möllans Musikverkstad.pdf"
attach(m, bytes(pdf.output()), F, "application/pdf")
case("05_pdf_print_to_pdf_multiline.eml", m, "reply", name, A, src(F, F, F, F),
     note="PDF printed from Word: bold numbered questions, wrapped multi-line answers")

# --- 06 XLSX header row Förening | Fråga 1 | ... | Fråga 4, one data row -------------------
import openpyxl  # noqa: E402

name = "Bordtennisklubben Rosen"
A = ans(
    "Bordtennisklubb i Rosengård med 70 medlemmar, träning fyra kvällar i veckan.",
    True,
    "Vi tar emot nybörjare gratis första terminen och spelar seriematcher mot klubbar i hela "
    "Skåne.",
    "Hinder: hallen är ofta uppbokad. Möjligheter: bordtennis kräver inget gemensamt språk.",
)
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Blad1"
ws.append(["Förening", "Fråga 1", "Fråga 2", "Fråga 3", "Fråga 4"])
ws.append(["BTK Rosen", A["about"], "Ja", A["how"], A["obstacles_opportunities"]])
m = msg(sender=addr(name), name="BTK Rosen", date=d(19, 12, 17, 12),
        mid="<CArosen00001@mail.gmail.com>", subject=f"Re: {SUBJECT}")
body(m, ["Hej", "", "Svaren finns i excelfilen.", "", "Hälsningar Goran, BTK Rosen"])
F = "svar_btk_rosen.xlsx"
attach(m, save_xlsx(wb), F, XLSX_CT)
case("06_xlsx_header_fraga_n.eml", m, "reply", name, A, src(F, F, F, F),
     note="Excel: header row 'Förening | Fråga 1 | Fråga 2 | Fråga 3 | Fråga 4', one data row")

# --- 07 XLSX: A = number, B = question, C = answer -----------------------------------------
name = "Cirkusföreningen Manegen"
A = ans(
    "Vi är en cirkusförening för barn och unga. Vi har cirkusskola i Kirseberg och "
    "sommarläger.",
    True,
    "Cirkusskolan har deltagare från hela Malmö och vi åker ut med en mobil manege till "
    "skolor i Lindängen och Holma.",
    "Hinder: takhöjden i lokaler. Möjligheter: cirkus passar alla åldrar och kräver inget "
    "språk.",
)
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Enkät"
ws.append(["Nr", "Fråga", "Svar"])
for i, (q, a) in enumerate(zip(QS, [A["about"], "JA", A["how"],
                                    A["obstacles_opportunities"]], strict=True), 1):
    ws.append([str(i), q, a])
m = msg(sender=addr(name), name="Manegen", date=d(20, 12, 9, 30),
        mid="<CAmanegen0001@mail.gmail.com>", subject=f"Re: {SUBJECT}")
body(m, ["Hej!", "", "Bifogat finns våra svar i en Excelfil.", "", "Cirkushälsningar",
         "Manegen", "", "Skickat från min iPhone"])
F = "Manegen enkät.xlsx"
attach(m, save_xlsx(wb), F, XLSX_CT)
case("07_xlsx_number_question_answer_columns.eml", m, "reply", name, A, src(F, F, F, F),
     note="Excel: column A '1'..'4', column B the question, column C the answer")

# --- 08 XLSX with a second, unrelated sheet (member list) ----------------------------------
name = "Ridklubben Hästhoven"
A = ans(
    "Ridklubben Hästhoven bedriver ridskola med 14 hästar i Husie. Vi har cirka 300 "
    "elever i alla åldrar.",
    True,
    "Vi har ett samarbete med en skola i Rosengård där elever får rida en gång i veckan på "
    "skoltid, och vi erbjuder subventionerade platser.",
    "Hinder: ridning är dyrt och stallet ligger långt från kollektivtrafiken. Möjligheter: "
    "hästarna lockar barn som annars inte hade kommit hit.",
)
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Kartläggning"
for q, a in zip(QS, [A["about"], "Ja", A["how"], A["obstacles_opportunities"]], strict=True):
    ws.append([q, a])
ws2 = wb.create_sheet("Styrelse")
ws2.append(["Roll", "Namn", "Telefon"])
ws2.append(["Ordförande", "Birgitta Nilsson", "070-111 22 33"])
ws2.append(["Kassör", "Anders Berg", "070-444 55 66"])
ws2.append(["Ledamot", "Sara Holm", "073-777 88 99"])
m = msg(sender=addr(name), name="RK Hästhoven", date=d(7, 1, 11, 45),
        mid="<AM6PR02MB4321.hasthoven@AM6PR02MB4321.eurprd02.prod.outlook.com>")
body(m, ["Hej,", "", "Se bifogat.", "", "Med vänlig hälsning", "Birgitta Nilsson",
         "Ordförande, Ridklubben Hästhoven", "", *outlook_block(addr(name)), *ORIGINAL])
F = "Hästhoven.xlsx"
attach(m, save_xlsx(wb), F, XLSX_CT)
case("08_xlsx_second_sheet_board_list.eml", m, "reply", name, A, src(F, F, F, F),
     note="Excel: questions/answers in A/B on sheet 1, an unrelated board list on sheet 2")

# --- 09 body answers 1-2, attachment answers 3-4 -------------------------------------------
name = "Läxhjälpen Kroksbäck"
A = ans(
    "Vi är en läxhjälpsförening i Kroksbäck. Ett trettiotal volontärer hjälper barn i "
    "årskurs 4-9 med läxorna tre eftermiddagar i veckan.",
    True,
    "Våra volontärer kommer från hela Malmö, många är studenter från Lunds universitet, och "
    "barnen får träffa förebilder de annars inte möter.",
    "Hinder: volontärerna stannar ofta bara en termin. Möjligheter: skolan vill utöka "
    "samarbetet och föräldrarna är engagerade.",
)
doc = docx.Document()
doc.add_paragraph("Läxhjälpen Kroksbäck, fråga 3 och 4")
doc.add_paragraph()
doc.add_paragraph(f"3. {Q3}")
doc.add_paragraph(A["how"])
doc.add_paragraph()
doc.add_paragraph(f"4. {Q4}")
doc.add_paragraph(A["obstacles_opportunities"])
m = msg(sender=addr(name, 1), name="Läxhjälpen Kroksbäck", date=d(8, 1, 16, 2),
        mid="<20200108160200.ab12@laxhjalpenkroksback.se>")
body(m, ["Hej!", "", f"1. {A['about']}", "", "2. Ja", "",
         "Fråga 3 och 4 svarar vi på i bifogade dokument.", "", "Hälsningar",
         "Fatima, Läxhjälpen Kroksbäck"])
F = "fråga 3 och 4.docx"
attach(m, save_docx(doc), F, DOCX_CT)
case("09_body_and_attachment_split.eml", m, "reply", name, A, src("body", "body", F, F),
     note="questions 1-2 answered in the body, 3-4 in the attached document; sent from the "
          "association's second roster address")

# --- 10 docx sent as application/octet-stream ----------------------------------------------
name = "Seniordans Kirseberg"
A = ans(
    "Seniordans Kirseberg samlar ett sextiotal pensionärer som dansar bugg och gammeldans "
    "varje onsdag i Kirsebergs folkets hus.",
    False,
    "Vi är en dansförening och har inte tänkt på segregation. Alla är välkomna men de flesta "
    "av oss bor i Kirseberg.",
    "Hinder: vi är få som orkar ordna saker. Möjligheter: vi skulle gärna dansa med andra "
    "föreningar.",
)
doc = docx.Document()
for i, (q, a) in enumerate(zip(QS, [A["about"], "Nej", A["how"],
                                    A["obstacles_opportunities"]], strict=True), 1):
    bold_para(doc, f"{i}. {q}")
    doc.add_paragraph(a)
m = msg(sender=addr(name), name="Gunnel Persson", date=d(9, 1, 10, 10),
        mid="<CAseniordans01@mail.gmail.com>", subject=f"Re: {SUBJECT}")
body(m, ["Hej!", "", "Här kommer svaren i en bilaga.", "", "Gunnel Persson",
         "Seniordans Kirseberg"])
F = "Seniordans svar.docx"
attach(m, save_docx(doc), F, "application/octet-stream")
case("10_docx_as_octet_stream.eml", m, "reply", name, A, src(F, F, F, F),
     note="a .docx attached with the content type application/octet-stream")

# --- 11 a .docx file named .doc ------------------------------------------------------------
name = "Roddklubben Öresund"
A = ans(
    "Roddklubben Öresund ror inomskärs och på kanalen. Vi har 150 medlemmar och en "
    "ungdomssektion.",
    True,
    "Vi erbjuder prova-på-rodd för skolklasser från hela Malmö och har gratis "
    "ungdomsmedlemskap första året.",
    "Hinder: båtarna är dyra och klubbhuset ligger i Limhamn. Möjligheter: kanalrodd "
    "syns och väcker nyfikenhet.",
)
doc = docx.Document()
doc.add_paragraph("Svar från Roddklubben Öresund")
for i, (q, a) in enumerate(zip(QS, [A["about"], "Ja", A["how"],
                                    A["obstacles_opportunities"]], strict=True), 1):
    doc.add_paragraph(f"{i}. {q}")
    doc.add_paragraph(a)
m = msg(sender=addr(name), name="Roddklubben Öresund", date=d(10, 1, 19, 19),
        mid="<5e18b4a7.roddoresund@roddoresund.se>")
body(m, ["Hej,", "", "Bifogar enkäten ifylld.", "", "Mvh Lars, RK Öresund"])
F = "Enkät roddklubben.doc"
attach(m, save_docx(doc), F, "application/msword")
case("11_docx_named_doc.eml", m, "reply", name, A, src(F, F, F, F),
     note="a DOCX file named .doc and declared application/msword")

# --- 12 image-only PDF (a scan) ------------------------------------------------------------
name = "Bokcirkeln Sidan"


def png_image(width: int = 120, height: int = 160) -> bytes:
    import struct
    import zlib

    raw = b"".join(b"\x00" + bytes([235 - (y % 7)]) * width for y in range(height))

    def chunk(tag: bytes, payload: bytes) -> bytes:
        return (struct.pack(">I", len(payload)) + tag + payload
                + struct.pack(">I", zlib.crc32(tag + payload) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


scan = new_pdf(producer="HP Scan")
scan.add_page()
scan.image(io.BytesIO(png_image()), x=0, y=0, w=210)
m = msg(sender=addr(name), name="Bokcirkeln Sidan", date=d(12, 1, 15, 0),
        mid="<CAsidan00001@mail.gmail.com>", subject=f"Re: {SUBJECT}")
body(m, ["se bifogad skannad enkät"])
F = "scan0001.pdf"
attach(m, bytes(scan.output()), F, "application/pdf")
case("12_scanned_pdf_no_text.eml", m, "reply", name, NONE,
     note="image-only PDF (a scan) and a one-line body: nothing readable, flagged",
     problem="no text layer")

# --- 13 survey mail pasted whole into Word (intro and closing kept) ------------------------
name = "Somaliska Ungdomsföreningen Horn"
A = ans(
    "Horn är en förening för unga med rötter i Somalia. Vi har fotboll, läxhjälp och "
    "föreläsningar för föräldrar.",
    True,
    "Vi spelar i en blandad serie och ordnar vänskapsmatcher mot lag från Limhamn. "
    "Föräldraträffarna har tolk så att alla kan vara med.",
    "Hinder: det saknas lokaler på kvällar. Möjligheter: ungdomarna är stolta och vill visa "
    "upp området.",
)
doc = docx.Document()
for ln in INTRO:
    if ln:
        doc.add_paragraph(ln)
for i, (q, a) in enumerate(zip(QS, [A["about"], "Ja", A["how"],
                                    A["obstacles_opportunities"]], strict=True), 1):
    doc.add_paragraph(f"{i}. {q}")
    p = doc.add_paragraph()
    p.add_run(a).italic = True
for ln in OUTRO:
    if ln:
        doc.add_paragraph(ln)
m = msg(sender=addr(name), name="Horn Ungdom", date=d(14, 1, 21, 5),
        mid="<CAhorn000001@mail.gmail.com>", subject=f"Re: {SUBJECT}")
body(m, ["Hej", "Se bifogad fil", "", "Abdi"])
F = "Kartläggning svar Horn.docx"
attach(m, save_docx(doc), F, DOCX_CT)
case("13_docx_whole_survey_mail_pasted.eml", m, "reply", name, A, src(F, F, F, F),
     note="the whole survey mail pasted into Word: intro and closing (which mentions an "
          "interview) around the answers")

# --- 14 Word form with a contact block and "Fråga N" bold labels ---------------------------
name = "Tamilska Föreningen Malmö"
A = ans(
    "Tamilska Föreningen Malmö ordnar tamilskundervisning för barn, kulturkvällar och firar "
    "högtider tillsammans.",
    True,
    "Våra kulturkvällar är öppna för alla och vi deltar i Malmöfestivalen.",
    "Hinder: föreningen har få medlemmar under 30. Möjligheter: samarbete med andra "
    "kulturföreningar.",
)
doc = docx.Document()
doc.add_heading("Kartläggning 2019/2020", level=1)
doc.add_paragraph("Förening: Tamilska Föreningen Malmö")
doc.add_paragraph("Kontaktperson: Ravi Kumar, 070-123 45 67")
doc.add_paragraph()
for i, (q, a) in enumerate(zip(QS, [A["about"], "Ja", A["how"],
                                    A["obstacles_opportunities"]], strict=True), 1):
    p = doc.add_paragraph()
    p.add_run(f"Fråga {i}: ").bold = True
    p.add_run(q).bold = True
    doc.add_paragraph(a)
m = msg(sender=addr(name), name="Ravi Kumar", date=d(15, 1, 9, 15),
        mid="<CAtamil000001@mail.gmail.com>", subject=f"Re: {SUBJECT}")
body(m, ["Hej,", "", "Vi bifogar vårt svar.", "", "Ravi"])
F = "Tamilska föreningen.docx"
attach(m, save_docx(doc), F, DOCX_CT)
case("14_docx_form_contact_block.eml", m, "reply", name, A, src(F, F, F, F),
     note="Word form: a heading, a contact block, bold 'Fråga N:' + question, answer below")

# --- 15 two-page PDF with a page footer falling inside the answers -------------------------
name = "Friluftsfrämjandet Malmö Söder"
long_about = (
    "Friluftsfrämjandet Malmö Söder är en lokalavdelning med knappt 400 medlemmar. Vi har "
    "Skogsmulle och Strövare för barn, vandring och kajak för vuxna och en grupp för "
    "nyanlända som vill lära sig om allemansrätten. Verksamheten drivs av ett femtiotal "
    "ideella ledare som utbildas av förbundet. Vi har vår bas i en friluftsgård vid "
    "Bulltofta men är ute i hela Skåne. "
) * 3
A = ans(
    long_about.strip(),
    True,
    "Vi har startat Skogsmulle-grupper på förskolor i Rosengård och Holma och lånar ut "
    "utrustning så att kostnaden inte stoppar någon. Vi rekryterar ledare bland föräldrarna.",
    "Hinder: transporter ut i naturen kostar. Möjligheter: intresset för friluftsliv är stort "
    "bland nya svenskar.",
)


def footer_pdf() -> bytes:
    from fpdf import FPDF

    class P(FPDF):
        def footer(self) -> None:  # type: ignore[override]
            self.set_y(-18)
            self.set_font("DejaVu", size=9)
            self.cell(0, 6, f"Sida {self.page_no()} av {{nb}}", align="C")

    pdf = P(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("Microsoft: Print To PDF")
    pdf.set_margins(25, 25, 25)
    pdf.set_auto_page_break(True, margin=25)
    pdf.add_font("DejaVu", fname=DEJAVU)
    pdf.add_font("DejaVu", style="B", fname=DEJAVU_BOLD)
    pdf.add_page()
    pdf.set_font("DejaVu", size=11)
    pdf.ln(110)  # the letterhead space the association left blank
    for i, (q, a) in enumerate(zip(QS, [A["about"], "Ja", A["how"],
                                        A["obstacles_opportunities"]], strict=True), 1):
        pdf.set_font("DejaVu", style="B", size=11)
        pdf.multi_cell(0, 5.5, f"{i}. {q}", **KW)
        pdf.set_font("DejaVu", size=11)
        pdf.multi_cell(0, 5.5, a, **KW)
        pdf.ln(5)
    return bytes(pdf.output())


m = msg(sender=addr(name), name="Friluftsfrämjandet Malmö Söder", date=d(16, 1, 13, 37),
        mid="<20200116133700.fs@frilufts-malmo.se>")
body(m, ["Hej!", "", "Svaren i bilagan. Hör av dig om något är oklart.", "", "Helena",
         "Friluftsfrämjandet Malmö Söder"])
F = "Kartläggning FF Söder.pdf"
attach(m, footer_pdf(), F, "application/pdf")
case("15_pdf_two_pages_footer.eml", m, "reply", name, A, src(F, F, F, F),
     note="two-page PDF, page footer 'Sida 1 av 2' falls in the middle of the answers")

# --- 16 Microsoft Forms export: ID/Starttid/... columns then the questions -----------------
name = "Klätterklubben Greppet"
A = ans(
    "Vi är en klätterklubb med 250 medlemmar som klättrar i en hall i Västra Hamnen.",
    True,
    "Vi har öppna klätterkvällar med gratis utrustning för ungdomar från fritidsgårdar.",
    "Hinder: hallen är dyr att hyra. Möjligheter: klättring är populärt bland unga.",
)
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Form1"
ws.append(["ID", "Starttid", "Sluttid", "E-post", "Namn", *QS])
ws.append([1, dt.datetime(2020, 1, 17, 10, 2, 11), dt.datetime(2020, 1, 17, 10, 19, 45),
           "anonymous", "", A["about"], "Ja", A["how"], A["obstacles_opportunities"]])
m = msg(sender=addr(name), name="Klätterklubben Greppet", date=d(17, 1, 10, 25),
        mid="<AS8PR10MB4242.greppet@AS8PR10MB4242.eurprd10.prod.outlook.com>")
body(m, ["Hej!", "", "Vi fyllde i frågorna i ett formulär, här är exporten.", "",
         "Mvh Greppet"])
F = "Kartläggning(1-1).xlsx"
attach(m, save_xlsx(wb), F, XLSX_CT)
case("16_xlsx_forms_export.eml", m, "reply", name, A, src(F, F, F, F),
     note="Microsoft Forms export: ID, Starttid, Sluttid, E-post, Namn, then the questions")

# --- 17 "Bifogar våra svar" + docx + an inline logo image ----------------------------------
name = "Trädgårdsföreningen Gröna Fingrar"
A = ans(
    "Gröna Fingrar driver en gemensam odling på Sofielund med ett sextiotal odlare.",
    True,
    "Odlingslotterna lottas ut så att boende från olika hus och bakgrunder odlar sida vid "
    "sida, och vi har gemensamma skördefester.",
    "Hinder: marken är bara lånad ett år i taget. Möjligheter: odling är något alla kan.",
)
doc = docx.Document()
for q, a in zip(QS, [A["about"], "Ja", A["how"], A["obstacles_opportunities"]], strict=True):
    bold_para(doc, q)
    doc.add_paragraph(a)
m = msg(sender=addr(name), name="Gröna Fingrar", date=d(18, 1, 12, 0),
        mid="<1579345200.445566@telia.com>")
body(m, ["Hej!", "", "Bifogar våra svar på kartläggningen.", "", "Gröna hälsningar",
         "Maj-Britt", "Trädgårdsföreningen Gröna Fingrar"])
m.add_attachment(png_image(40, 40), maintype="image", subtype="png", filename="image001.png",
                 disposition="inline", cid="<image001.png@01D5CDE2.6F9B1A40>")
F = "Gröna Fingrar.docx"
attach(m, save_docx(doc), F, DOCX_CT)
case("17_docx_with_logo_image.eml", m, "reply", name, A, src(F, F, F, F),
     note="a signature logo image and the answers in a DOCX")

# --- 18 English-language answers in a PDF; body "Please see attachment" ---------------------
name = "Ensamkommandes Förening Malmö"
A = ans(
    "We are an association run by young people who came to Sweden alone. We meet every "
    "Thursday, help each other with homework and Swedish, and play football.",
    True,
    "We invite Swedish youth to our meetings and we visit schools to tell our stories.",
    "Obstacles: many members move when they turn 18. Opportunities: our members speak many "
    "languages and want to help newcomers.",
)
pdf = new_pdf()
pdf.add_page()
for i, (q, a) in enumerate(zip(QS, [A["about"], "Yes", A["how"],
                                    A["obstacles_opportunities"]], strict=True), 1):
    pdf.set_font("DejaVu", style="B", size=11)
    pdf.multi_cell(0, 5.5, f"{i}. {q}", **KW)
    pdf.set_font("DejaVu", size=11)
    pdf.multi_cell(0, 5.5, a, **KW)
    pdf.ln(5)
m = msg(sender=addr(name), name="Ensamkommandes Förening", date=d(19, 1, 18, 30),
        mid="<CAensam00001@mail.gmail.com>", subject=f"Re: {SUBJECT}")
body(m, ["Hi,", "", "Please see attachment. Sorry that we answer in English.", "",
         "Best regards", "Ali"])
F = "answers.pdf"
attach(m, bytes(pdf.output()), F, "application/pdf")
case("18_pdf_english_answers.eml", m, "reply", name, A, src(F, F, F, F),
     note="answers in English in a PDF under the Swedish questions")

# === bounces ===============================================================================


def original_rfc822(to: str) -> str:
    return (
        f"From: Samordnare <{COORD}>\nTo: {to}\nSubject: =?utf-8?q?Kartl=C3=A4ggning=3A_"
        "civilsamh=C3=A4llets_arbete_mot_segregation_i_Malm=C3=B6?=\n"
        f"Date: Mon, 2 Dec 2019 10:14:00 +0100\nMessage-ID: {SURVEY_ID}\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
        + "\n".join(ORIGINAL) + "\n"
    )


def report(head: str, boundary: str, text: str, dsn: str | None, original: str,
           original_type: str = "message/rfc822") -> bytes:
    parts = [f"--{boundary}\nContent-Type: text/plain; charset=\"utf-8\"\n"
             f"Content-Transfer-Encoding: 8bit\n\n{text}\n"]
    if dsn is not None:
        parts.append(f"--{boundary}\nContent-Type: message/delivery-status\n\n{dsn}\n")
    parts.append(f"--{boundary}\nContent-Type: {original_type}\n\n{original}\n")
    return (head + "".join(parts) + f"--{boundary}--\n").encode("utf-8")


def o365_ndr(to: str, *, swedish: bool, when: dt.datetime, mid: str) -> bytes:
    boundary = "_000_" + mid.strip("<>").split("@")[0].replace(".", "")
    if swedish:
        subject = ("=?utf-8?q?Det_gick_inte_att_leverera=3A_Kartl=C3=A4ggning=3A_civilsamh=C3="
                   "A4llets_arbete_mot_segregation_i_Malm=C3=B6?=")
        text = (
            f"Ditt meddelande till {to} kunde inte levereras.\n\n"
            f"{to.split('@')[0]} hittades inte på {to.split('@')[1]}.\n\n"
            "Samordnare\nAvsändare    Åtgärd krävs\n\n"
            f"{to.split('@')[1]}\n\nMottagaren hittades inte\n\n"
            "Så här åtgärdar du det\nKontrollera att e-postadressen är korrekt.\n\n"
            "Diagnostisk information för administratörer:\n\n"
            "Genererande server: AM0PR10MB2545.EURPRD10.PROD.OUTLOOK.COM\n\n"
            f"{to}\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipientNotFound; "
            "Recipient not found by SMTP address lookup'\n"
        )
    else:
        subject = ("=?utf-8?q?Undeliverable=3A_Kartl=C3=A4ggning=3A_civilsamh=C3=A4llets_arbete"
                   "_mot_segregation_i_Malm=C3=B6?=")
        text = (
            f"Your message to {to} couldn't be delivered.\n\n"
            f"{to.split('@')[0]} wasn't found at {to.split('@')[1]}.\n\n"
            "Samordnare    Office 365    Action Required\n\n"
            "Unknown To address\n\n"
            "How to Fix It\nThe address may be misspelled or may not exist.\n\n"
            "Diagnostic information for administrators:\n\n"
            "Generating server: DB8PR06MB6123.eurprd06.prod.outlook.com\n\n"
            f"{to}\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
            "Recipient not found by SMTP address lookup'\n"
        )
    dsn = (
        "Reporting-MTA: dns;DB8PR06MB6123.eurprd06.prod.outlook.com\n"
        f"Received-From-MTA: dns;{COORD.split('@')[1]}\n"
        f"Arrival-Date: {format_datetime(when)}\n\n"
        f"Final-Recipient: rfc822;{to}\nAction: failed\nStatus: 5.1.10\n"
        "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found "
        "by SMTP address lookup\n"
    )
    head = (
        "Return-Path: <>\n"
        f"From: postmaster@{COORD.split('@')[1]}\n"
        f"To: {COORD}\nSubject: {subject}\nDate: {format_datetime(when)}\nMessage-ID: {mid}\n"
        f"In-Reply-To: {SURVEY_ID}\nReferences: {SURVEY_ID}\n"
        "Auto-Submitted: auto-replied\nX-MS-Exchange-Message-Is-Ndr: \n"
        f"Content-Language: {'sv-SE' if swedish else 'en-US'}\nMIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=delivery-status;\n"
        f"\tboundary=\"{boundary}\"\n\n"
    )
    return report(head, boundary, text, dsn, original_rfc822(to))


name = "Pingisklubben Västra Hamnen"
case("19_o365_ndr_english.eml",
     o365_ndr(addr(name), swedish=False, when=d(2, 12, 10, 15),
              mid="<b1c2d3e4-ndr-en@DB8PR06MB6123.eurprd06.prod.outlook.com>"),
     "bounce", name, NONE, bounced=[addr(name)],
     note="Office 365 NDR in English, multipart/report with message/delivery-status")

name = "Keramikverkstaden Lera"
case("20_o365_ndr_swedish.eml",
     o365_ndr(addr(name), swedish=True, when=d(2, 12, 10, 16),
              mid="<f5e6d7c8-ndr-sv@AM0PR10MB2545.EURPRD10.PROD.OUTLOOK.COM>"),
     "bounce", name, NONE, bounced=[addr(name)],
     note="Office 365 NDR in Swedish, multipart/report with message/delivery-status")

# --- 21 Gmail "Address not found" ----------------------------------------------------------
name = "Boulesällskapet Slottsparken"
to = addr(name)
boundary = "000000000000a1b2c3d4e5f60718"
text = (
    "\n** Address not found **\n\n"
    f"Your message wasn't delivered to {to} because the address couldn't be found, or is "
    "unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser"
    "\n\nThe response was:\n\n"
    f"550 5.1.1 The email account that you tried to reach does not exist. Please try "
    "double-checking the recipient's email address for typos or unnecessary spaces. Learn "
    "more at https://support.google.com/mail/?p=NoSuchUser x12si3456789lfa.123 - gsmtp\n"
)
dsn = (
    "Reporting-MTA: dns; googlemail.com\n"
    "Received-From-MTA: dns; samordnare.malmo@gmail.com\n"
    f"Arrival-Date: {format_datetime(d(2, 12, 10, 14))}\n\n"
    f"Final-Recipient: rfc822; {to}\nAction: failed\nStatus: 5.1.1\n"
    "Remote-MTA: dns; gmail-smtp-in.l.google.com. (2a00:1450:4010:c0e::1b, the server for the "
    "domain gmail.com.)\n"
    "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not "
    "exist.\nLast-Attempt-Date: Mon, 02 Dec 2019 01:14:05 -0800 (PST)\n"
)
head = (
    "Return-Path: <>\n"
    "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
    f"To: {COORD}\nAuto-Submitted: auto-replied\n"
    "Subject: Delivery Status Notification (Failure)\n"
    f"References: {SURVEY_ID}\nIn-Reply-To: {SURVEY_ID}\n"
    f"Date: {format_datetime(d(2, 12, 10, 14))}\n"
    "Message-ID: <5de4d7ad.1c69fb81.abc12.3f4e.GMR@mx.google.com>\nMIME-Version: 1.0\n"
    f"Content-Type: multipart/report; boundary=\"{boundary}\"; report-type=delivery-status\n\n"
)
case("21_gmail_address_not_found.eml", report(head, boundary, text, dsn, original_rfc822(to)),
     "bounce", name, NONE, bounced=[to], note="Gmail 'Address not found' from mailer-daemon")

# --- 22 Postfix bounce for an IDN address (reported in punycode) ---------------------------
name = "Föreningen Åkern"
to = puny(addr(name, 1))
boundary = "4A2F31C0A3.1575278100/mx1.xn--malm-8qa.se"
text = (
    "This is the mail system at host mx1.xn--malm-8qa.se.\n\n"
    "I'm sorry to have to inform you that your message could not\n"
    "be delivered to one or more recipients. It's attached below.\n\n"
    "For further assistance, please send mail to postmaster.\n\n"
    "If you do so, please include this problem report. You can\n"
    "delete your own text from the attached returned message.\n\n"
    "                   The mail system\n\n"
    f"<{to}>: host mail.{to.split('@')[1]}[194.9.95.12] said: 550 5.1.1\n"
    f"    <{to}>: Recipient address rejected: User unknown in virtual mailbox\n"
    "    table (in reply to RCPT TO command)\n"
)
dsn = (
    "Reporting-MTA: dns; mx1.xn--malm-8qa.se\nX-Postfix-Queue-ID: 4A2F31C0A3\n"
    f"X-Postfix-Sender: rfc822; {COORD}\n"
    "Arrival-Date: Mon,  2 Dec 2019 10:14:58 +0100 (CET)\n\n"
    f"Final-Recipient: rfc822; {to}\nOriginal-Recipient: rfc822;{to}\nAction: failed\n"
    f"Status: 5.1.1\nRemote-MTA: dns; mail.{to.split('@')[1]}\n"
    f"Diagnostic-Code: smtp; 550 5.1.1 <{to}>: Recipient address rejected: User\n"
    "    unknown in virtual mailbox table\n"
)
head = (
    "Return-Path: <>\n"
    "From: MAILER-DAEMON@mx1.xn--malm-8qa.se (Mail Delivery System)\n"
    f"To: {COORD}\nSubject: Undelivered Mail Returned to Sender\nAuto-Submitted: auto-replied\n"
    f"Date: {format_datetime(d(2, 12, 10, 15))}\n"
    "Message-Id: <20191202091500.5B8D31C0A4@mx1.xn--malm-8qa.se>\nMIME-Version: 1.0\n"
    "Content-Type: multipart/report; report-type=delivery-status;\n"
    f"\tboundary=\"{boundary}\"\n\n"
)
case("22_postfix_idn_punycode.eml", report(head, boundary, text, dsn, original_rfc822(to)),
     "bounce", name, NONE, bounced=[addr(name, 1)],
     note="Postfix bounce naming the association's second (IDN) address in punycode")

# --- 23 qmail bounce (plain text, original copied below) -----------------------------------
name = "Sjöscouterna Limhamn"
to = addr(name)
qmail = (
    "Return-Path: <>\n"
    "From: MAILER-DAEMON@mail.xn--malm-8qa.se\n"
    f"To: {COORD}\nSubject: failure notice\n"
    f"Date: {format_datetime(d(2, 12, 10, 20))}\n"
    "Message-ID: <20191202092011.30412.qmail@mail.xn--malm-8qa.se>\n"
    "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n"
    "Content-Transfer-Encoding: 8bit\n\n"
    "Hi. This is the qmail-send program at mail.xn--malm-8qa.se.\n"
    "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
    "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
    f"<{to}>:\n"
    "142.250.102.27 does not like recipient.\n"
    "Remote host said: 550-5.1.1 The email account that you tried to reach does not exist.\n"
    "Giving up on 142.250.102.27.\n\n"
    "--- Below this line is a copy of the message.\n\n"
    f"Return-Path: <{COORD}>\n"
    "Received: (qmail 30410 invoked by uid 89); 2 Dec 2019 09:14:00 -0000\n"
    f"From: Samordnare <{COORD}>\nTo: {to}\n"
    f"Subject: {SUBJECT}\nMessage-ID: {SURVEY_ID}\n"
    "Reply-To: Samordnare <samordnare@xn--malm-8qa.se>\n\n"
    + "\n".join(ORIGINAL) + "\n"
    "Frågor? Kontakta oss på info@xn--malm-8qa.se eller civilsamhalle@malmo.se.\n"
).encode("utf-8")
case("23_qmail_failure_notice.eml", qmail, "bounce", name, NONE, bounced=[to],
     note="qmail 'Hi. This is the qmail-send program', original copied as plain text below")

# --- 24 delayed-delivery notice: not a bounce ----------------------------------------------
name = "Kulturhuset Ögat"
to = addr(name)
boundary = "000000000000delay0001"
text = (
    "\n** Delivery delayed **\n\n"
    f"There was a temporary problem delivering your message to {puny(to)}. Gmail will retry "
    "for 46 more hours. You'll be notified if the delivery fails permanently.\n\n"
    "The response was:\n\nThe recipient server did not accept our requests to connect. "
    f"Learn more at https://support.google.com/mail/answer/7720 [mail.{puny(to).split('@')[1]}. "
    "194.9.95.77: timed out]\n"
)
dsn = (
    "Reporting-MTA: dns; googlemail.com\n"
    f"Arrival-Date: {format_datetime(d(2, 12, 10, 14))}\n\n"
    f"Final-Recipient: rfc822; {puny(to)}\nAction: delayed\nStatus: 4.4.1\n"
    "Diagnostic-Code: smtp; The recipient server did not accept our requests to connect.\n"
    "Will-Retry-Until: Wed, 04 Dec 2019 01:14:05 -0800 (PST)\n"
)
head = (
    "Return-Path: <>\n"
    "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
    f"To: {COORD}\nAuto-Submitted: auto-replied\n"
    "Subject: Delivery Status Notification (Delay)\n"
    f"References: {SURVEY_ID}\nIn-Reply-To: {SURVEY_ID}\n"
    f"Date: {format_datetime(d(2, 12, 14, 20))}\n"
    "Message-ID: <5de50c12.1c69fb81.delay.77aa.GMR@mx.google.com>\nMIME-Version: 1.0\n"
    f"Content-Type: multipart/report; boundary=\"{boundary}\"; report-type=delivery-status\n\n"
)
case("24_gmail_delayed_not_bounce.eml",
     report(head, boundary, text, dsn, original_rfc822(puny(to)), "text/rfc822-headers"),
     "auto_reply", name, NONE, kind_also=["other"],
     note="'Action: delayed' notice: no delivery failure, the address is still good")

# --- 25 bounce for an address not in the roster --------------------------------------------
to = "kontakt@gamlaforeningen-malmo.se"
boundary = "7C1D21C0B1.1575278400/mx1.xn--malm-8qa.se"
text = (
    "This is the mail system at host mx1.xn--malm-8qa.se.\n\n"
    "I'm sorry to have to inform you that your message could not\n"
    "be delivered to one or more recipients. It's attached below.\n\n"
    "                   The mail system\n\n"
    f"<{to}>: Host or domain name not found. Name service error for\n"
    "    name=gamlaforeningen-malmo.se type=MX: Host not found, try again\n"
)
dsn = (
    "Reporting-MTA: dns; mx1.xn--malm-8qa.se\n\n"
    f"Final-Recipient: rfc822; {to}\nAction: failed\nStatus: 5.4.4\n"
    "Diagnostic-Code: X-Postfix; Host or domain name not found.\n"
)
head = (
    "Return-Path: <>\n"
    "From: MAILER-DAEMON@mx1.xn--malm-8qa.se (Mail Delivery System)\n"
    f"To: {COORD}\nSubject: Undelivered Mail Returned to Sender\n"
    f"Date: {format_datetime(d(2, 12, 10, 20))}\n"
    "Message-Id: <20191202092000.7C1D21C0B1@mx1.xn--malm-8qa.se>\nMIME-Version: 1.0\n"
    "Content-Type: multipart/report; report-type=delivery-status;\n"
    f"\tboundary=\"{boundary}\"\n\n"
)
case("25_bounce_address_not_in_roster.eml",
     report(head, boundary, text, dsn, original_rfc822(to)), "bounce", None, NONE,
     bounced=[to], note="Postfix bounce for an address that is not in the roster")

# --- 26 Exchange on-premises NDR without a DSN part (text + attached original) -------------
name = "Föreningen Bydelen Rosengård"
to = addr(name)
boundary = "_002_ndr_bydelen_"
text = (
    "Delivery has failed to these recipients or groups:\n\n"
    f"{to}<mailto:{to}>\n"
    "The e-mail address you entered couldn't be found. Please check the recipient's e-mail "
    "address and try to resend the message. If the problem continues, please contact your "
    "helpdesk.\n\n\n\n\n\nDiagnostic information for administrators:\n\n"
    "Generating server: EXCH02.intern.xn--malm-8qa.se\n\n"
    f"{to}\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##\n\n"
    "Original message headers:\n\n"
    "Received: from EXCH01.intern.xn--malm-8qa.se (10.1.2.3) by EXCH02.intern.xn--malm-8qa.se"
    "\nMessage-ID: <kartlaggning-2019@xn--malm-8qa.se>\n"
)
head = (
    "Return-Path: <>\n"
    "From: Microsoft Exchange <postmaster@xn--malm-8qa.se>\n"
    f"To: {COORD}\nSubject: =?utf-8?q?Undeliverable=3A_Kartl=C3=A4ggning?=\n"
    f"Date: {format_datetime(d(2, 12, 10, 21))}\n"
    "Message-ID: <ndr-bydelen-0001@EXCH02.intern.xn--malm-8qa.se>\nMIME-Version: 1.0\n"
    f"Content-Type: multipart/mixed; boundary=\"{boundary}\"\n\n"
)
case("26_exchange_ndr_no_dsn_part.eml",
     report(head, boundary, text, None, original_rfc822(to)), "bounce", name, NONE,
     bounced=[to], note="Exchange 2010 NDR, no delivery-status part: addresses from the text")

# === automatic replies =====================================================================

name = "Kurdiska Ungdomsförbundet Malmö"
m = msg(sender=addr(name), name="KUF Malmö", date=d(2, 12, 10, 15),
        mid="<CAkuf00auto01@mail.gmail.com>", subject=f"Automatiskt svar: {SUBJECT}",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
body(m, ["Hej!", "", "Jag är på semester till och med den 6 januari och läser inte min e-post.",
         "Vid brådskande ärenden, kontakta Dilan på 070-987 65 43.", "", "/Rojda"])
case("27_auto_swedish_with_headers.eml", m, "auto_reply", name, NONE,
     note="Swedish out-of-office with Auto-Submitted and X-Auto-Response-Suppress headers")

name = "Afghanska Föreningen Hindukush"
m = msg(sender=addr(name), name="Hindukush", date=d(2, 12, 10, 18),
        mid="<CAhindu0auto1@mail.gmail.com>", subject=f"Out of Office: {SUBJECT}")
body(m, ["I am out of the office until Monday 9 December with limited access to email.",
         "For urgent matters please call +46 70 222 33 44.", "", "Kind regards,", "Nasrin"])
case("28_auto_english_no_headers.eml", m, "auto_reply", name, NONE,
     note="English out-of-office recognisable from subject and body only")

name = "Fotbollsklubben Sofielund"
m = msg(sender=addr(name), name="FK Sofielund Kansli", date=d(2, 12, 10, 16),
        mid="<20191202101600.kansli@fksofielund.se>", subject="Tack för ditt mejl")
body(m, ["Tack för ditt mejl, vi svarar inom 3 dagar.", "",
         "Kansliet är bemannat tisdagar och torsdagar 17-19.", "", "FK Sofielund",
         "www.fksofielund.se"])
case("29_auto_tack_for_ditt_mejl.eml", m, "auto_reply", name, NONE,
     note="'Tack för ditt mejl, vi svarar inom 3 dagar': an automatic receipt, no headers")

name = "Syriska Kulturföreningen Jasmin"
m = msg(sender=addr(name), name="Jasmin Kultur", date=d(2, 12, 10, 19),
        mid="<DB6P190MB0101.jasmin@DB6P190MB0101.EURP190.PROD.OUTLOOK.COM>",
        subject=f"Automatiskt svar: {SUBJECT}")
body(m, ["Hej,", "", "Tack för ditt meddelande. Jag är föräldraledig och är tillbaka i "
         "augusti 2020. Ditt mejl kommer inte att vidarebefordras.", "",
         "Hälsningar Rasha", "", *outlook_block(addr(name)), *ORIGINAL])
case("30_auto_with_original_quoted.eml", m, "auto_reply", name, NONE,
     note="automatic reply that includes the original survey (with its questions) below")

name = "Volleybollklubben Hyllie"
m = msg(sender=addr(name), name="VBK Hyllie", date=d(2, 12, 11, 0),
        mid="<AM7PR04MB7000.autoreply.vbk@AM7PR04MB7000.eurprd04.prod.outlook.com>",
        subject=f"Automatic reply: {SUBJECT}",
        headers={"X-Auto-Response-Suppress": "All", "X-MS-Exchange-Inbox-Rules-Loop":
                 addr(name)})
body(m, ["Thank you for your email. I am currently travelling and will respond as soon as "
         "possible after 16 December.", "", "Anders Wallin", "VBK Hyllie"])
case("31_auto_english_automatic_reply_subject.eml", m, "auto_reply", name, NONE,
     note="English 'Automatic reply:' with X-Auto-Response-Suppress, travelling")

# --- 32 a real reply whose client adds X-Auto-Response-Suppress ----------------------------
name = "Stadsdelsföreningen Holma-Kroksbäck"
A = ans(
    "Vi är en stadsdelsförening som samlar boende i Holma och Kroksbäck kring trygghet, "
    "kultur och miljö.",
    True,
    "Vi ordnar Holmadagen där alla föreningar i området visar upp sig, och vi bjuder in "
    "politiker och tjänstepersoner till öppna möten.",
    "Hinder: få orkar engagera sig långsiktigt. Möjligheter: stadsdelen har många "
    "eldsjälar.",
)
m = msg(sender=addr(name), name="Styrelsen Holma-Kroksbäck", date=d(20, 1, 19, 50),
        mid="<HE1PR0701MB2222.holma@HE1PR0701MB2222.eurprd07.prod.outlook.com>",
        headers={"X-Auto-Response-Suppress": "All", "Thread-Topic": SUBJECT})
body(m, ["Hej!", "", f"1. {A['about']}", "", "2. Ja", "", f"3. {A['how']}", "",
         f"4. {A['obstacles_opportunities']}", "", "Vänligen", "Styrelsen",
         "Stadsdelsföreningen Holma-Kroksbäck", "", *outlook_block(addr(name)), *ORIGINAL])
case("32_real_reply_with_auto_response_suppress.eml", m, "reply", name, A,
     src("body", "body", "body", "body"),
     note="a real reply from Outlook carrying X-Auto-Response-Suppress: All")

# === matching ==============================================================================

# --- 33 personal address; name only in the signature, spelt differently -------------------
name = "Malmö Kampsportsklubb Öster"
A = ans(
    "Vi är en kampsportsklubb i Östra Malmö med thaiboxning, judo och BJJ för barn och vuxna.",
    True,
    "Vi har nolltaxa för barn i familjer med försörjningsstöd och tränar tillsammans med "
    "klubbar i andra stadsdelar.",
    "Hinder: lokalen är för liten. Möjligheter: många tjejer har börjat träna.",
)
m = msg(sender="anna.lindqvist82@hotmail.com", name="Anna Lindqvist", date=d(21, 1, 20, 12),
        mid="<AM0P190MB0444.anna@AM0P190MB0444.EURP190.PROD.OUTLOOK.COM>")
body(m, ["Hej,", "", f"1. {A['about']}", "2. Ja", f"3. {A['how']}",
         f"4. {A['obstacles_opportunities']}", "", "Mvh", "Anna Lindqvist",
         "Sekreterare, Kampsportklubben Öster", "", *outlook_block("anna.lindqvist82@hotmail.com"),
         *ORIGINAL])
case("33_match_signature_spelt_differently.eml", m, "reply", name, A,
     src("body", "body", "body", "body"),
     note="personal address; the signature says 'Kampsportklubben Öster' (roster: 'Malmö "
          "Kampsportsklubb Öster')")

# --- 34 name only in the subject; the longer of two similar names --------------------------
name = "IK Sölve Ungdom"
A = ans(
    "Vi är ungdomssektionen i IK Sölve med fotboll och friidrott för 7-16 år.",
    True,
    "Vi har gratis sommarfotboll i Herrgården och Lindängen och lånar ut skor.",
    "Hinder: få ledare. Möjligheter: föräldrar vill hjälpa till om de blir tillfrågade.",
)
m = msg(sender="mohammed.haddad@gmail.com", name="Mohammed Haddad", date=d(22, 1, 21, 0),
        mid="<CAsolveu0001@mail.gmail.com>", subject="Svar från IK Sölve Ungdom")
body(m, ["Hej!", "", f"1. {A['about']}", "", "2. ja", "", f"3. {A['how']}", "",
         f"4. {A['obstacles_opportunities']}", "", "Mohammed"])
case("34_match_name_only_in_subject.eml", m, "reply", name, A,
     src("body", "body", "body", "body"),
     note="personal address; the association named only in the subject; 'IK Sölve' is "
          "also a roster name")

# --- 35 signature names the longer of two similar names ------------------------------------
name = "IK Sölve Ungdom"
A2 = ans(
    "Ungdomsverksamheten i IK Sölve, cirka 200 barn och unga som spelar fotboll.",
    True,
    "Lagen blandas med spelare från olika skolor och vi åker på cuper tillsammans.",
    None,
)
m = msg(sender="lisa.b@live.se", name="Lisa Bergström", date=d(23, 1, 9, 40),
        mid="<AM6P195MB0123.lisa@AM6P195MB0123.EURP195.PROD.OUTLOOK.COM>")
body(m, ["Hej,", "", f"1. {A2['about']}", "2. Ja", f"3. {A2['how']}",
         "4. Vi återkommer om den frågan.", "", "Med vänlig hälsning", "Lisa Bergström",
         "Ungdomsansvarig", "IK Sölve Ungdom", "", *outlook_block("lisa.b@live.se"),
         *ORIGINAL])
case("35_match_longer_similar_name_in_signature.eml", m, "reply", name, A2,
     src("body", "body", "body", None),
     note="personal address; answer 1 names the parent club 'IK Sölve', the signature "
          "'IK Sölve Ungdom'; answer 4 only put off ('Vi återkommer om den frågan')")

# --- 36 roster sender mentions another association -----------------------------------------
name = "Malmö Schack"
A = ans(
    "Malmö Schack är Malmös största schackklubb med 180 medlemmar och träning varje dag.",
    True,
    "Vi har schack i skolan på sex skolor och en gemensam turnering med Malmö FF "
    "Supporterklubb och IK Sölve varje vår.",
    "Hinder: ekonomi. Möjligheter: schack lockar barn från alla bakgrunder.",
)
m = msg(sender=addr(name), name="Malmö Schack", date=d(24, 1, 18, 18),
        mid="<CAschack0001@mail.gmail.com>", subject=f"Re: {SUBJECT}")
body(m, ["Hej!", "", f"1. {A['about']}", "", "2. Ja", "", f"3. {A['how']}", "",
         f"4. {A['obstacles_opportunities']}", "", "Hälsningar,", "Erik",
         "PS. Malmö FF Supporterklubb svarar nog separat.", "", gmail_attr(), "",
         *quote(ORIGINAL)])
case("36_sender_wins_over_named_association.eml", m, "reply", name, A,
     src("body", "body", "body", "body"),
     note="roster address; the text names two other roster associations")

# --- 37 upper-case sender address ----------------------------------------------------------
name = "Malmö FF Supporterklubb"
A = ans(
    "Vi är en supporterklubb med 1 500 medlemmar som ordnar bussresor och träffar i "
    "samband med matcher.",
    False,
    "Vi är en supporterförening och har inte det som mål, även om alla är välkomna.",
    "Hinder: dålig rykte. Möjligheter: fotbollen samlar hela stan.",
)
m = msg(sender=addr(name).upper(), name="MFF SUPPORTERKLUBB", date=d(25, 1, 11, 11),
        mid="<20200125111100.mff@mffsupporterklubb.se>")
body(m, ["1. " + A["about"], "2. Nej", "3. " + A["how"], "4. " + A["obstacles_opportunities"],
         "", "/Styrelsen"])
case("37_match_uppercase_sender.eml", m, "reply", name, A,
     src("body", "body", "body", "body"), note="the sender's address written in upper case")

# --- 38 punycode sender, second roster address ---------------------------------------------
name = "Föreningen Åkern"
A = ans(
    "Föreningen Åkern driver en stadsodling och ett öppet växthus i Rosengård.",
    True,
    "Vi odlar tillsammans med boende och skolor och delar skörden på gemensamma middagar.",
    "Hinder: vandalisering. Möjligheter: många vill odla.",
)
m = msg(sender=puny(addr(name, 1)), name="Ordförande Föreningen Åkern", date=d(26, 1, 14, 0),
        mid=f"<20200126140000.akern@{puny(addr(name, 1)).split('@')[1]}>")
body(m, ["Hej!", "", "1. " + A["about"], "", "2. Ja", "", "3. " + A["how"], "",
         "4. " + A["obstacles_opportunities"], "", "Vänliga hälsningar", "Ulla"])
case("38_match_punycode_second_address.eml", m, "reply", name, A,
     src("body", "body", "body", "body"),
     note="sent from the association's second roster address, IDN domain in punycode")

# --- 39 IDN domain in Unicode in the header (UTF-8 header) ---------------------------------
name = "Kulturföreningen Fönstret"
A = ans(
    "Kulturföreningen Fönstret visar film och ordnar konstutställningar på Möllevången.",
    True,
    "Vi visar film med textning på flera språk och har fri entré en kväll i månaden.",
    "Hinder: lokalhyran. Möjligheter: samarbete med biblioteket.",
)
raw = (
    f"Return-Path: <{addr(name)}>\n"
    f"From: =?utf-8?q?Kulturf=C3=B6reningen_F=C3=B6nstret?= <{addr(name)}>\n"
    f"To: Samordnare <{COORD}>\nSubject: =?utf-8?q?SV=3A_Kartl=C3=A4ggning?=\n"
    f"Date: {format_datetime(d(27, 1, 16, 30))}\n"
    "Message-ID: <20200127163000.fonstret@xn--kulturfnstret-omb.se>\n"
    f"In-Reply-To: {SURVEY_ID}\nMIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
    + "\n".join(["Hej,", "", "1. " + A["about"], "2. Ja", "3. " + A["how"],
                 "4. " + A["obstacles_opportunities"], "", "/Fönstret"]) + "\n"
).encode("utf-8")
case("39_match_utf8_idn_sender.eml", raw, "reply", name, A,
     src("body", "body", "body", "body"),
     note="sender's IDN address written in Unicode in a raw UTF-8 header")

# --- 40 personal address, shorter of two similar names in the signature -------------------
name = "IK Sölve"
A = ans(
    "IK Sölve är en idrottsklubb i Lindängen med fotboll, friidrott och boxning.",
    True,
    "Vi har gratis träningsavgift för barn och samarbetar med skolan om rörelse på rasterna.",
    "Hinder: planerna räcker inte till. Möjligheter: idrotten samlar.",
)
m = msg(sender="kjell.nordin@telia.com", name="Kjell Nordin", date=d(28, 1, 8, 8),
        mid="<1580195280.778899@telia.com>")
body(m, ["Hej!", "", "1. " + A["about"], "2. Ja", "3. " + A["how"],
         "4. " + A["obstacles_opportunities"], "", "Kjell Nordin", "Ordförande, IK Sölve",
         "Tel 040-12 34 56"])
case("40_match_shorter_similar_name.eml", m, "reply", name, A,
     src("body", "body", "body", "body"),
     note="personal address; the signature names 'IK Sölve' (not 'IK Sölve Ungdom')")

# --- 41 "Svaren i bilagan" + body answer for Q2 only, rest in xlsx columns A/B --------------
name = "Föräldranätverket Lindängen"
A = ans(
    "Föräldranätverket samlar föräldrar i Lindängen som nattvandrar och ordnar aktiviteter "
    "för barnen på lov.",
    True,
    "Vi ordnar lovaktiviteter i samarbete med föreningar i andra delar av Malmö så att barnen "
    "kommer ut ur området.",
    "Hinder: få pappor engagerar sig. Möjligheter: skolan och polisen är bra samarbetspartner.",
)
wb = openpyxl.Workbook()
ws = wb.active
ws.append(["Kartläggning – Föräldranätverket Lindängen"])
ws.append([])
ws.append(["Fråga", "Svar"])
for q, a in zip(QS, [A["about"], "Ja", A["how"], A["obstacles_opportunities"]], strict=True):
    ws.append([q, a])
m = msg(sender=addr(name), name="Föräldranätverket", date=d(29, 1, 22, 14),
        mid="<20200129221400.fn@lindangen.nu>")
body(m, ["Hej!", "", "Svaren i bilagan, som Excel.", "", "/Maria"])
F = "svar.xlsx"
attach(m, save_xlsx(wb), F, XLSX_CT)
case("41_xlsx_title_fraga_svar_header.eml", m, "reply", name, A, src(F, F, F, F),
     note="Excel: a title row, a 'Fråga | Svar' header, questions in A and answers in B")

# --- 42 reply with answers in the body; the name of the association is only in the sign-off -
name = "Kulturhuset Ögat"
A = ans(
    "Kulturhuset Ögat är ett föreningsdrivet kulturhus i Södra Innerstaden med scen, ateljéer "
    "och kafé.",
    True,
    "Scenen hyrs ut billigt till föreningar från hela Malmö och vi har ett öppet kafé där "
    "alla kan sitta utan att köpa något.",
    "Hinder: ekonomin. Möjligheter: kulturen är ett gemensamt språk.",
)
m = msg(sender=puny(addr(name)), name="Kulturhuset Ögat",
        date=d(30, 1, 10, 1), mid=f"<20200130100100.ogat@{puny(addr(name)).split('@')[1]}>")
body(m, ["Hej,", "", "Vilka är ni?", A["about"], "", "Arbetar ni för att motverka segregation?",
         "Ja", "", "Hur?", A["how"], "", "Hinder och möjligheter?",
         A["obstacles_opportunities"], "", "Mvh Kulturhuset Ögat"])
case("42_punycode_sender_short_headings.eml", m, "reply", name, A,
     src("body", "body", "body", "body"),
     note="IDN sender in punycode; answers under shortened question headings")

# --- 43 body answers some, PDF answers the others (body: 4, attachment: 1-3) ---------------
name = "Kurdiska Ungdomsförbundet Malmö"
A = ans(
    "KUF Malmö har segling och kanot för barn från 8 år. Vi har två kanotgrupper "
    "och en seglarskola.",
    True,
    "Vi har gratis prova-på-dagar för barn från hela Malmö och bussar dit grupper från "
    "fritidsgårdarna.",
    "Hinder: båtplatserna kostar. Möjligheter: havet lockar.",
)
pdf = new_pdf()
pdf.add_page()
for i, (q, a) in enumerate(zip(QS[:3], [A["about"], "Ja", A["how"]], strict=True), 1):
    pdf.set_font("DejaVu", style="B", size=11)
    pdf.multi_cell(0, 5.5, f"{i}. {q}", **KW)
    pdf.set_font("DejaVu", size=11)
    pdf.multi_cell(0, 5.5, a, **KW)
    pdf.ln(5)
m = msg(sender=addr(name), name="KUF Malmö", date=d(31, 1, 9, 2),
        mid="<CAkuf00real01@mail.gmail.com>", subject=f"Re: {SUBJECT}")
body(m, ["Hej!", "", "Se bilaga för fråga 1-3.", "",
         "4. " + A["obstacles_opportunities"], "", "Rojda, KUF Malmö"])
F = "KUF 1-3.pdf"
attach(m, bytes(pdf.output()), F, "application/pdf")
case("43_body_q4_pdf_q1_to_3.eml", m, "reply", name, A, src(F, F, F, "body"),
     note="questions 1-3 in the attached PDF, question 4 in the body")

# --- 44 docx table with a number column and a header row, answers with line breaks ---------
name = "Afghanska Föreningen Hindukush"
A = ans(
    "Hindukush är en kulturförening för afghaner i Malmö. Vi har språkkurser i dari, "
    "kvinnogrupp och idrott.",
    True,
    "Vi ordnar öppna fester på Nowruz och samarbetar med svenska föreningar i "
    "Fosie.",
    "Hinder: lokal. Möjligheter: ungdomarna.",
)
doc = docx.Document()
t = doc.add_table(rows=5, cols=3)
t.style = "Table Grid"
for j, h in enumerate(["Nr", "Fråga", "Svar"]):
    t.cell(0, j).paragraphs[0].add_run(h).bold = True
for i, (q, a) in enumerate(zip(QS, [A["about"], "Ja", A["how"],
                                    A["obstacles_opportunities"]], strict=True), 1):
    t.cell(i, 0).text = str(i)
    t.cell(i, 1).text = q
    cell = t.cell(i, 2)
    sents = a.split(". ")
    cell.text = sents[0] + ("." if len(sents) > 1 else "")
    for s in sents[1:]:
        cell.add_paragraph(s if s.endswith(".") else s + ".")
m = msg(sender=addr(name), name="Hindukush", date=d(20, 1, 17, 0),
        mid="<CAhindu0real1@mail.gmail.com>", subject=f"Re: {SUBJECT}")
body(m, ["Salam,", "", "Vi skickar svaren i bifogat dokument.", "", "Nasrin"])
F = "Hindukush.docx"
attach(m, save_docx(doc), F, DOCX_CT)
case("44_docx_table_number_column_header.eml", m, "reply", name, A, src(F, F, F, F),
     note="Word table 'Nr | Fråga | Svar' with a header row, answers in several paragraphs")


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
