"""Build the "unseen replies" corpus: realistic reply mails the parsers were not written
against, each with the record a person would write down for it.

Run once (python tests/data/make_unseen.py); the .eml files, expected.json and roster.csv
in tests/data/unseen/ are committed. All names, addresses and texts are invented.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import json
import random
import textwrap
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "unseen"
CET = dt.timezone(dt.timedelta(hours=1))
COORD = "samordnare@xn--malm-8qa.se"
SURVEY_ID = "<kartlaggning-2019@xn--malm-8qa.se>"
REMINDER_ID = "<paminnelse-2020-01-07@xn--malm-8qa.se>"
SUBJECT = "Kartläggning: civilsamhällets arbete mot segregation i Malmö"

ROSTER = [
    ("Rosengårds Schackklubb", "info@rosengardschack.se", "802411-2233"),
    ("Somaliska Kvinnoföreningen i Malmö", "somaliskakvinnor.malmo@gmail.com", "802499-1021"),
    ("Kulturföreningen Tamam", "kontakt@tamam-malmo.se", "802510-3344"),
    ("Lindängens Fotbollsklubb", "kansli@lindangenfk.se", "802433-9087"),
    ("Seniornätverket Kirseberg", "seniornatverket.kirseberg@telia.com", "802477-6655"),
    ("Malmö Cricketförening", "malmocricket@outlook.com", "802540-1122"),
    ("Läxhjälpsföreningen Studiero", "studiero.malmo@gmail.com", "802551-7788"),
    ("Hyresgästföreningen Augustenborg", "styrelsen@hgf-augustenborg.se", "802566-4410"),
    ("Ungdomens Hus Nydala", "info@ungdomenshusnydala.se", "802571-9001"),
    ("Dansföreningen Salsa Sur", "salsasur.malmo@gmail.com", "802588-2323"),
    ("Cykelköket Möllan", "hej@cykelkoket-mollan.se", "802590-6767"),
    ("Stadsodlarna Holma", "stadsodlarna.holma@gmail.com", "802602-1515"),
    ("Bosniska Kulturföreningen Most", "most.malmo@telia.com", "802613-8080"),
    ("Basketklubben Triangeln", "info@bktriangeln.se", "802624-3131"),
    ("Motionsföreningen Gå Tillsammans", "gatillsammans@gmail.com", "802635-4646"),
    ("Pensionärsföreningen Solrosen", "solrosen.pf@telia.com", "802646-5757"),
    ("Musikföreningen Tonkraft", "info@tonkraft.se", "802657-6868"),
    ("Malmö International Families", "contact@malmofamilies.org", "802668-7979"),
    ("Arabiska Föräldraföreningen i Malmö", "arabiskaforaldrar@hotmail.com", "802679-8080"),
    ("Persiska Kulturföreningen Simorgh", "simorgh.malmo@yahoo.se", "802680-9191"),
    ("Eritreanska Föreningen Asmara", "asmara.malmo@gmail.com", "802691-1212"),
    ("Kurdiska Kulturhuset Newroz", "newroz.malmo@gmail.com", "802702-2323"),
    ("Språkcafé Sofielund", "sprakcafe@sofielundsforsamling.se", "802713-3434"),
    ("Vävstugan Lorensborg", "vavstugan.lorensborg@gmail.com", "802724-4545"),
    ("Teaterföreningen Scenfolket", "scenfolket@gmail.com", "802735-5656"),
    ("Syjuntan Rosengård", "syjuntan.rosengard@hotmail.com", "802746-6767"),
    ("Brottarklubben Herkules", "kansli@bkherkules.se", "802757-7878"),
    ("Capoeiraföreningen Grupo Sol", "info@capoeirasol.se", "802768-8989"),
    ("Boxningsklubben Kämpa", "boxning@bkkampa.se", "802779-9090"),
    ("Folkdansgillet Sländan", "slandan.folkdans@gmail.com", "802780-1010"),
    ("Stödföreningen Grannkraft", "info@grannkraft.se", "802791-2020"),
    ("Kryddgårdens Vänner", "vanner@kryddgarden.se", "802802-3030"),
    ("Filippinska Föreningen Bayanihan", "bayanihan.malmo@gmail.com", "802813-4040"),
    ("Polska Kulturföreningen Wisła", "wisla.malmo@gmail.com", "802824-5050"),
    ("Romska Ungdomsföreningen Dikh", "dikh.malmo@gmail.com", "802835-6060"),
    ("Kvarterskören Möllan", "kvarterskoren@gmail.com", "802846-7070"),
    ("Vietnamesiska Föreningen Sen Vàng", "senvang.malmo@gmail.com", "802857-8080"),
    ("Skateföreningen Bowlen", "info@skatebowlen.se", "802868-9090"),
    ("Brädspelsföreningen Tärningen", "tarningen.malmo@gmail.com", "802879-1111"),
    ("Hembygdsföreningen Husie", "husiehembygd@telia.com", "802880-2222"),
    ("IK Pantern Seved", "kansli@ikpanternseved.se", "802891-3333"),
    ("Schackföreningen Springaren", "springaren.malmo@gmail.com", "802902-4444"),
    ("Judoklubben Kano Malmö", "kansli@kanojudo.se", "802913-5555"),
    ("Föreningen Grannar i Sorgenfri", "grannar.sorgenfri@gmail.com", "802924-6666"),
    ("Malmö Tjejjour Linnea", "info@tjejjourlinnea.se", "802935-7777"),
    ("Fältbiologerna Malmö Syd", "faltbiologerna.malmosyd@gmail.com", "802946-8888"),
    ("Islamiska Kvinnoföreningen Nur", "nur.kvinnor@hotmail.com", "802957-9999"),
    ("Simklubben Delfinen Malmö", "info@skdelfinen.se", "802968-1212"),
    ("Afrikanska Kulturföreningen Baobab", "baobab.malmo@gmail.com", "802979-1313"),
    ("Innebandyklubben Kroksbäck", "kansli@ibkkroksback.se", "802980-1414"),
    ("Chilenska Föreningen Salvador Allende", "sallende.malmo@telia.com", "802991-1515"),
    ("Föreningen Läxor & Lek", "laxorochlek@gmail.com", "803002-1616"),
    ("Ukrainska Föreningen Kalyna", "kalyna.malmo@gmail.com", "803013-1717"),
]
EMAIL = {name: addr for name, addr, _ in ROSTER}

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

REMINDER = [
    "Hej!",
    "",
    "Vi har ännu inte fått något svar från er förening på kartläggningen som skickades ut den "
    "2 december. Det vore värdefullt att få med just er! Frågorna är:",
    "",
    *QLINES,
    "",
    "Svara gärna senast den 31 januari.",
    "",
    "Med vänliga hälsningar",
    "Samordnare",
    "Malmö stad",
]


def quote(lines: list[str], prefix: str = ">") -> list[str]:
    return [prefix if not ln else f"{prefix} {ln}" for ln in lines]


def wrap(lines: list[str], width: int = 76) -> list[str]:
    out: list[str] = []
    for ln in lines:
        if len(ln) <= width:
            out.append(ln)
        else:
            out.extend(textwrap.wrap(ln, width, break_long_words=False, break_on_hyphens=False))
    return out


def outlook_block(to: str, sent: str = "den 2 december 2019 10:14", subject: str = SUBJECT,
                  sender: str = f"Samordnare <{COORD}>") -> list[str]:
    return [
        "________________________________",
        f"Från: {sender}",
        f"Skickat: {sent}",
        f"Till: {to}",
        f"Ämne: {subject}",
        "",
    ]


def msg(
    *,
    sender: str,
    name: str,
    date: dt.datetime,
    subject: str = f"SV: {SUBJECT}",
    mid: str,
    reply_to_survey: bool = True,
    in_reply_to: str = SURVEY_ID,
    headers: dict[str, str] | None = None,
) -> EmailMessage:
    m = EmailMessage()
    m["Return-Path"] = f"<{sender}>"
    m["From"] = f"{name} <{sender}>" if name else sender
    m["To"] = f"Samordnare <{COORD}>"
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = mid
    if reply_to_survey:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in (headers or {}).items():
        m[k] = v
    return m


def d(day: int, month: int, hour: int = 12, minute: int = 0) -> dt.datetime:
    year = 2019 if month == 12 else 2020
    return dt.datetime(year, month, day, hour, minute, tzinfo=CET)


def plain(m: EmailMessage, lines: list[str], charset: str = "utf-8", cte: str | None = None,
          flowed: bool = False) -> EmailMessage:
    body = "\n".join(lines) + "\n"
    params = {}
    if flowed:
        params["format"] = "flowed"
    m.set_content(body, charset=charset, cte=cte or ("quoted-printable"
                                                     if charset != "utf-8" else "8bit"),
                  params=params)
    return m


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def html_lines_to_divs(lines: list[str]) -> str:
    return "".join(f"<div>{esc(x)}</div>" if x else "<div><br></div>" for x in lines)


def gmail_html(own: list[str], attribution: str, quoted_lines: list[str]) -> str:
    return (
        '<div dir="ltr">' + html_lines_to_divs(own) + '</div><br><div class="gmail_quote">'
        f'<div dir="ltr" class="gmail_attr">{esc(attribution)}<br></div>'
        '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
        'rgb(204,204,204);padding-left:1ex">' + html_lines_to_divs(quoted_lines)
        + "</blockquote></div>\n"
    )


MSO_HEAD = (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">'
    '<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
    "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;margin-bottom:.0001pt;"
    'font-size:11.0pt;font-family:"Calibri",sans-serif;}\n--></style></head>'
    '<body lang="SV" link="#0563C1" vlink="#954F72"><div class="WordSection1">'
)


def mso_p(s: str, raw: bool = False) -> str:
    inner = s if raw else esc(s)
    if not s:
        return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    return f'<p class="MsoNormal">{inner}<o:p></o:p></p>\n'


def mso_header(to: str, sent: str = "den 2 december 2019 10:14") -> str:
    return (
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
        f'<p class="MsoNormal"><b>Från:</b> Samordnare &lt;{COORD}&gt;<br>'
        f"<b>Skickat:</b> {sent}<br><b>Till:</b> {esc(to)}<br>"
        f"<b>Ämne:</b> {esc(SUBJECT)}<o:p></o:p></p></div>\n"
    )


def outlook_html(own: list[str], to: str, original: list[str] | None = None,
                 raw: bool = False) -> str:
    parts = [MSO_HEAD]
    parts.extend(mso_p(x, raw) for x in own)
    parts.append(mso_p(""))
    parts.append(mso_header(to))
    parts.extend(mso_p(x, raw) for x in (ORIGINAL if original is None else original))
    parts.append("</div></body></html>\n")
    return "".join(parts)


def ans(about: str | None, works: bool | None, how: str | None, obst: str | None) -> dict:
    return {
        "about": about,
        "works_against_segregation": works,
        "how": how,
        "obstacles_opportunities": obst,
    }


NONE = ans(None, None, None, None)
CASES: list[tuple[str, Any, dict[str, Any]]] = []
random.seed(2020)  # MIME boundaries: the same bytes on every run


def case(file: str, m: EmailMessage | bytes, kind: str, association: str | None,
         answers: dict, wants_interview: bool = False, note: str = "") -> None:
    CASES.append((file, m, {
        "kind": kind, "association": association, "wants_interview": wants_interview,
        "answers": answers, "note": note,
    }))


# --- 01 Outlook desktop, HTML only, windows-1252, "1." numbers, full signature ----------------
A = ans(
    "Vi är en schackklubb i Rosengård med cirka 80 medlemmar, de flesta barn och ungdomar. Vi "
    "tränar tisdagar och torsdagar i Rosengårdsskolans matsal.",
    True,
    "Vi arrangerar öppna turneringar där barn från hela Malmö möts, och vi samarbetar med "
    "klubbar i Limhamn och Bunkeflo så att våra juniorer får spela på andra sidan stan.",
    "Hinder: lokalkostnader och att många föräldrar inte har bil. Möjligheter: schack är "
    "gratis att lära sig och språket spelar ingen roll vid brädet.",
)
name = "Rosengårds Schackklubb"
m = msg(sender=EMAIL[name], name="Ahmad Karimi", date=d(12, 12, 9, 41),
        mid="<AM0PR07MB4411A1@AM0PR07MB4411.eurprd07.prod.outlook.com>",
        headers={"Thread-Topic": SUBJECT, "X-MS-Has-Attach": ""})
own = [
    "Hej,", "", "Tack för ert mejl. Här kommer våra svar.", "",
    f"1. {A['about']}", "", "2. Ja", "", f"3. {A['how']}", "",
    f"4. {A['obstacles_opportunities']}", "",
    "Med vänlig hälsning", "Ahmad Karimi", "Ordförande, Rosengårds Schackklubb",
    "Tel 070-123 45 67", "Amiralsgatan 100, 214 37 Malmö", "www.rosengardschack.se",
    "Org.nr 802411-2233",
]
m.set_content(outlook_html(own, EMAIL[name]), subtype="html", charset="windows-1252",
              cte="quoted-printable")
case("01_outlook_html_cp1252_numbered.eml", m, "reply", name, A,
     note="HTML-only Outlook desktop, windows-1252, '1.' answers, full signature")

# --- 02 Outlook for iOS, "1)" numbers ---------------------------------------------------------
A = ans(
    "Vi är en förening för somaliska kvinnor och deras familjer. Vi har kvinnogrupp, simskola "
    "och föräldrastöd i Herrgården.",
    True,
    "Vi tar med kvinnorna till aktiviteter i andra delar av staden, till exempel simhallen i "
    "Hyllie och stadsbiblioteket, och vi bjuder in andra föreningar till våra träffar.",
    "Det svåraste är att få lokaler på kvällstid. Möjligheten är att kvinnorna själva vill "
    "mycket och sprider ordet till varandra.",
)
name = "Somaliska Kvinnoföreningen i Malmö"
m = msg(sender=EMAIL[name], name="Hodan Warsame", date=d(16, 12, 21, 5),
        mid="<VI1PR06MB5534C2@VI1PR06MB5534.eurprd06.prod.outlook.com>")
lines = [
    "Hej", "", f"1) {A['about']}", "2) Ja", f"3) {A['how']}",
    f"4) {A['obstacles_opportunities']}", "", "Hodan", "",
    "Hämta Outlook för iOS<https://aka.ms/o0ukef>",
    *outlook_block(f"{EMAIL[name]} <{EMAIL[name]}>", "Monday, December 2, 2019 10:14:56 AM"),
    *ORIGINAL,
]
plain(m, lines)
case("02_outlook_ios_paren_numbers.eml", m, "reply", name, A,
     note="Outlook for iOS, '1)' numbers on consecutive lines, 'Hämta Outlook för iOS'")

# --- 03 Gmail plain+HTML reply to the reminder, "Svar 1:" labels ------------------------------
A = ans(
    "Kulturföreningen Tamam samlar unga vuxna med rötter i Syrien, Irak och Palestina. Vi "
    "ordnar musikkvällar, matlagning och utflykter.",
    True,
    "Alla våra arrangemang är öppna för alla och vi gör dem på svenska och arabiska. Vi har "
    "också ett utbyte med en fritidsgård i Bunkeflostrand.",
    "Ekonomin är ett hinder, vi har inga anställda. En möjlighet är att många ungdomar vill "
    "engagera sig om de får ansvar.",
)
name = "Kulturföreningen Tamam"
m = msg(sender=EMAIL[name], name="Rami Haddad", date=d(9, 1, 22, 17),
        subject=f"Re: Påminnelse: {SUBJECT}", mid="<CAF3kd9xTamam01@mail.gmail.com>",
        in_reply_to=REMINDER_ID)
attr = "Den tis 7 jan. 2020 kl 14:02 skrev Samordnare <samordnare@xn--malm-8qa.se>:"
own = [
    "Hej!", "", "Förlåt att det dröjt.", "",
    f"Svar 1: {A['about']}", "", "Svar 2: Ja", "", f"Svar 3: {A['how']}", "",
    f"Svar 4: {A['obstacles_opportunities']}", "", "Hälsningar", "Rami Haddad",
    "Kulturföreningen Tamam",
]
m.set_content("\n".join([*wrap(own), "", attr, "", *quote(wrap(REMINDER))]) + "\n")
m.add_alternative(gmail_html(own, attr, REMINDER), subtype="html")
case("03_gmail_reminder_reply_svar_labels.eml", m, "reply", name, A,
     note="Gmail plain+HTML reply to the 7 Jan reminder, 'Svar 1:' labels, wrapped lines")

# --- 04 Apple Mail, "F1:" labels ------------------------------------------------------------
A = ans(
    "Lindängens FK är en fotbollsklubb med 14 ungdomslag och ett damlag. Vi har cirka 300 "
    "aktiva spelare, de flesta från Lindängen och Almvik.",
    True,
    "Vi blandar spelare från olika skolor i samma lag och våra tränare är ofta gamla spelare "
    "från området. Vi åker på cuper tillsammans med klubbar från andra stadsdelar.",
    "Hindret är planbrist och att föräldrar inte har råd med avgifter. Möjligheten är att "
    "fotbollen når barn som inte går på andra aktiviteter.",
)
name = "Lindängens Fotbollsklubb"
m = msg(sender=EMAIL[name], name="Mikael Lund", date=d(8, 1, 19, 33),
        subject=f"Re: {SUBJECT}", mid="<5F1B7C2E-1D1A-4C5E-9F0B-LFK2020@lindangenfk.se>",
        headers={"X-Mailer": "Apple Mail (2.3445.104.11)"})
lines = [
    "Hej,", "", f"F1: {A['about']}", "", "F2: Ja", "", f"F3: {A['how']}", "",
    f"F4: {A['obstacles_opportunities']}", "", "Mvh", "Mikael Lund", "Kanslist, Lindängens FK",
    "", "> 2 dec. 2019 kl. 10:14 skrev Samordnare <samordnare@xn--malm-8qa.se>:", ">",
    *quote(ORIGINAL),
]
plain(m, lines)
case("04_apple_mail_f_labels.eml", m, "reply", name, A,
     note="Apple Mail, 'F1:' labels, '2 dec. 2019 kl. 10:14 skrev ...:' attribution")

# --- 05 Thunderbird, format=flowed, "Fråga 1:" labels --------------------------------------
A = ans(
    "Seniornätverket Kirseberg är en förening för pensionärer i Kirseberg och Östra "
    "Fäladen. Vi har promenadgrupper, studiecirklar och ett seniorcafé varje fredag.",
    True,
    "Vi har startat en språkvängrupp där svenskfödda pensionärer träffar nyanlända äldre och "
    "pratar svenska över en kopp kaffe.",
    "Många äldre är ensamma och svåra att nå. Möjligheter finns i samarbetet med "
    "träffpunkten och biblioteket.",
)
name = "Seniornätverket Kirseberg"
m = msg(sender=EMAIL[name], name="Birgitta Holm", date=d(19, 12, 10, 2),
        mid="<a1b2c3d4-senior@telia.com>",
        headers={"User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:68.0) "
                 "Gecko/20100101 Thunderbird/68.3.0"})
own = [
    "Hej!", "", f"Fråga 1: {A['about']}", "", "Fråga 2: Ja", "", f"Fråga 3: {A['how']}", "",
    f"Fråga 4: {A['obstacles_opportunities']}", "", "Vänliga hälsningar", "Birgitta Holm",
    "sekreterare", "",
]
lines = []
for ln in own:
    parts = wrap([ln], 72)
    lines.extend([p + " " for p in parts[:-1]] + [parts[-1]] if parts else [""])
lines += ["Den 2019-12-02 kl. 10:14, skrev Samordnare:", *quote(wrap(ORIGINAL, 72))]
plain(m, lines, flowed=True)
case("05_thunderbird_fraga_labels_flowed.eml", m, "reply", name, A,
     note="Thunderbird format=flowed, 'Fråga 1:' labels, 'Den 2019-12-02 kl. 10:14, skrev'")

# --- 06 iPhone, bulleted answers in order ---------------------------------------------------
A = ans(
    "Vi är en cricketförening med tre lag, mest spelare från Afghanistan, Pakistan och Sri "
    "Lanka.",
    True,
    "Vi har öppna träningar i Kroksbäcksparken där alla får prova och vi har börjat samarbeta "
    "med en skola i Limhamn.",
    "Vi har ingen egen plan och det är svårt att få tider. Många svenska ungdomar är nyfikna "
    "på sporten, det är en möjlighet.",
)
name = "Malmö Cricketförening"
m = msg(sender=EMAIL[name], name="Imran Shah", date=d(14, 1, 18, 20),
        subject=f"Re: {SUBJECT}", mid="<8E1C2B44-CRICKET@outlook.com>")
lines = [
    "Hej", "", f"- {A['about']}", "- Ja", f"- {A['how']}", f"- {A['obstacles_opportunities']}",
    "", "Imran", "", "Skickat från min iPhone", "",
    "> 2 dec. 2019 kl. 10:14 skrev Samordnare <samordnare@xn--malm-8qa.se>:", ">",
    *quote(["\ufeffHej!", *ORIGINAL[1:]]),
]
plain(m, lines)
case("06_iphone_bulleted_in_order.eml", m, "reply", name, A,
     note="iPhone Mail, answers as a '-' list in question order without numbers")

# --- 07 Samsung, "1 -" numbers ----------------------------------------------------------------
A = ans(
    "Studiero är en ideell läxhjälpsförening. Studenter från universitetet hjälper barn i "
    "årskurs 4-9 med läxor tre kvällar i veckan på Holma bibliotek.",
    True,
    "Våra läxhjälpare kommer från hela Malmö och barnen får förebilder utanför sitt eget "
    "område. Vi ordnar också studiebesök på universitetet.",
    "Hinder är att vi saknar pengar till mellanmål och att volontärerna byts ut ofta. "
    "Möjligheter är att skolorna vill samarbeta mer.",
)
name = "Läxhjälpsföreningen Studiero"
m = msg(sender=EMAIL[name], name="Sara Nilsson", date=d(20, 1, 7, 55),
        subject=f"SV: {SUBJECT}", mid="<samsung-studiero-1579503300@email.android.com>")
lines = [
    "Hej!", "", f"1 - {A['about']}", "", "2 - ja", "", f"3 - {A['how']}", "",
    f"4 - {A['obstacles_opportunities']}", "", "Mvh Sara", "", "",
    "Skickat från min Samsung Galaxy-smartphone.", "", "",
    "-------- Originalmeddelande --------",
    "Från: Samordnare <samordnare@xn--malm-8qa.se> ",
    "Datum: 2019-12-02 10:14 (GMT+01:00) ",
    f"Till: {EMAIL[name]} ",
    f"Ämne: {SUBJECT} ", "", *ORIGINAL,
]
plain(m, lines)
case("07_samsung_dash_numbers.eml", m, "reply", name, A,
     note="Samsung mail, '1 - ' numbers, 'Skickat från min Samsung Galaxy-smartphone.'")

# --- 08 questions restated in full, answer on the next line -----------------------------------
A = ans(
    "Vi är hyresgästföreningen för de cirka 1 800 hyresgästerna i Augustenborg. Vi ordnar "
    "gårdsfester, loppisar och en läxhjälp i vår lokal på Lönngatan.",
    True,
    "Vi jobbar för att alla hyresgäster ska kunna vara med oavsett språk, vi översätter "
    "information till fem språk och har grannvärdar.",
    "Hindret är att få folk att orka engagera sig. Möjligheten är det stora intresset för "
    "odlingen och gårdsfesterna.",
)
name = "Hyresgästföreningen Augustenborg"
m = msg(sender=EMAIL[name], name="Styrelsen HGF Augustenborg", date=d(10, 1, 14, 30),
        mid="<HE1PR0701MB9911AUG@HE1PR0701MB9911.eurprd07.prod.outlook.com>")
lines = [
    "Hej,", "", "Här är våra svar.", "",
    QLINES[0], A["about"], "", QLINES[1], "Ja", "", QLINES[2], A["how"], "",
    QLINES[3], A["obstacles_opportunities"], "",
    "Med vänlig hälsning", "Styrelsen", "Hyresgästföreningen Augustenborg", "",
    *outlook_block(EMAIL[name]), *ORIGINAL,
]
plain(m, lines)
case("08_questions_restated_in_full.eml", m, "reply", name, A,
     note="each question restated in full (with its number), the answer on the next line")

# --- 09 shortened question headings --------------------------------------------------------
A = ans(
    "Ungdomens Hus är en mötesplats för unga mellan 13 och 20 år i Nydala. Vi har öppet fem "
    "kvällar i veckan med musikstudio, gym och läxläsning.",
    True,
    "Vi har utbyten med fritidsgårdar i Limhamn och Husie och vi tar med ungdomarna till "
    "evenemang i centrum som de annars inte hade gått till.",
    "Hinder: korta projektpengar och att unga i Nydala sällan rör sig i andra delar av stan. "
    "Möjligheter: ungdomarna är nyfikna och vill träffa nya människor.",
)
name = "Ungdomens Hus Nydala"
m = msg(sender=EMAIL[name], name="Jonas Berg", date=d(17, 1, 16, 12),
        mid="<DB7PR02MB1234UHN@DB7PR02MB1234.eurprd02.prod.outlook.com>")
lines = [
    "Hej!", "", "Vilka är ni?", A["about"], "", "Arbetar ni för att motverka segregation?",
    "Ja", "", "På vilket sätt?", A["how"], "", "Hinder och möjligheter?",
    A["obstacles_opportunities"], "", "Hälsningar Jonas Berg", "Verksamhetsledare",
    "Ungdomens Hus Nydala", "", *outlook_block(EMAIL[name]), *ORIGINAL,
]
plain(m, lines)
case("09_shortened_question_headings.eml", m, "reply", name, A,
     note="questions restated in short form as headings ('Vilka är ni?', 'På vilket sätt?')")

# --- 10 Gmail, answers under each ">"-quoted question --------------------------------------
A = ans(
    "Salsa Sur är en dansförening som har kurser i salsa och bachata för vuxna. Vi har "
    "ungefär 120 medlemmar.",
    True,
    "Dansen blandar folk från hela världen och alla åldrar. Vi har sänkt avgiften för "
    "studenter och arbetslösa och har gratis prova-på-kvällar på Möllan.",
    "Det är svårt att nå nya grupper via sociala medier. Men dans är ett språk alla förstår.",
)
name = "Dansföreningen Salsa Sur"
m = msg(sender=EMAIL[name], name="Carolina Vega", date=d(11, 1, 11, 48),
        subject=f"Re: {SUBJECT}", mid="<CAH5salsaSur02@mail.gmail.com>")
attr = "Den mån 2 dec. 2019 kl 10:14 skrev Samordnare <samordnare@xn--malm-8qa.se>:"
lines = [
    "Hej! Svaren står under varje fråga.", "", "Carolina, Salsa Sur", "", attr, "",
    *quote(INTRO), f"> {QLINES[0]}", "", A["about"], "", f"> {QLINES[1]}", "", "Ja", "",
    f"> {QLINES[2]}", "", A["how"], "", f"> {QLINES[3]}", "", A["obstacles_opportunities"], "",
    *quote(OUTRO[1:]),
]
plain(m, lines)
case("10_gmail_answers_under_quoted_questions.eml", m, "reply", name, A,
     note="Gmail: answers written under each '>'-quoted question")

# --- 11 Outlook HTML, answers typed into the original in a coloured span -----------------------
A = ans(
    "Cykelköket är en öppen cykelverkstad på Möllevången där vem som helst kan laga sin cykel "
    "gratis med hjälp av våra volontärer.",
    True,
    "Vi lär ut cykling till vuxna kvinnor som aldrig har cyklat och vi har verkstadskvällar "
    "där folk från olika delar av stan jobbar sida vid sida.",
    "Vi har svårt att hitta en större lokal. Möjligheten är att cykeln ger frihet att röra "
    "sig i hela staden.",
)
name = "Cykelköket Möllan"
m = msg(sender=EMAIL[name], name="Jonas Åkesson", date=d(13, 1, 20, 44),
        mid="<AM6PR03MB5555CYK@AM6PR03MB5555.eurprd03.prod.outlook.com>")


def red(s: str) -> str:
    return f'<span style="color:#C00000">{esc(s)}</span>'


orig_html = [esc(x) for x in INTRO]
for q, a in zip(QLINES, [A["about"], "Ja", A["how"], A["obstacles_opportunities"]],
                strict=True):
    orig_html += [esc(q), red(a), ""]
orig_html += [esc(x) for x in OUTRO[1:]]
own = ["Hej!", "", "Vi har skrivit våra svar direkt i ditt mejl, i rött nedan.", "",
       "Mvh Jonas", "Cykelköket Möllan"]
m.set_content(outlook_html([esc(x) for x in own], EMAIL[name], orig_html, raw=True),
              subtype="html", charset="windows-1252", cte="quoted-printable")
case("11_outlook_html_answers_in_red_inside_original.eml", m, "reply", name, A,
     note="Outlook HTML: answers typed in red under each question of the original, no '>'")

# --- 12 one paragraph per question, no numbers -------------------------------------------------
A = ans(
    "Stadsodlarna Holma är en odlingsförening med 40 odlingslådor mellan husen på Holma. "
    "Medlemmarna odlar grönsaker och kryddor tillsammans.",
    True,
    "Odlingen är en plats där grannar som annars aldrig hade pratat med varandra möts, och "
    "vi bjuder in skolklasser från andra stadsdelar till skörden.",
    "Det är svårt med vatten och förvaring. Fastighetsägaren är positiv och vill att vi "
    "växer, det är en stor möjlighet.",
)
name = "Stadsodlarna Holma"
m = msg(sender=EMAIL[name], name="Leyla Demir", date=d(22, 1, 9, 15),
        subject=f"Re: {SUBJECT}", mid="<CAJholma123@mail.gmail.com>")
attr = "Den mån 2 dec. 2019 kl 10:14 skrev Samordnare <samordnare@xn--malm-8qa.se>:"
own = ["Hej!", "", A["about"], "", "Ja, det gör vi.", "", A["how"], "",
       A["obstacles_opportunities"], "", "Hälsningar", "Leyla"]
m.set_content("\n".join([*own, "", attr, "", *quote(ORIGINAL)]) + "\n")
m.add_alternative(gmail_html(own, attr, ORIGINAL), subtype="html")
case("12_paragraph_per_question_no_numbers.eml", m, "reply", name,
     ans(A["about"], True, A["how"], A["obstacles_opportunities"]),
     note="one unnumbered paragraph per question, in order")

# --- 13 "Ja" alone, explanation under question 3 -------------------------------------------
A = ans(
    "Vi är en kulturförening för bosnier i Malmö och har funnits sedan 1994. Vi har "
    "folkdans, språkskola för barn och firar högtider tillsammans.",
    True,
    "Vi bjuder in grannar och andra föreningar till våra fester och vår folkdansgrupp "
    "uppträder på skolor och äldreboenden i hela Malmö.",
    "Lokalhyran är ett stort hinder. Möjlighet: vi har många unga som är födda här och "
    "vill bygga broar.",
)
name = "Bosniska Kulturföreningen Most"
m = msg(sender=EMAIL[name], name="Emir Hodzic", date=d(28, 1, 22, 40),
        mid="<1579983600.most@telia.com>")
lines = [
    "Hej,", "", f"Fråga 1. {A['about']}", "", "Fråga 2. JA", "", f"Fråga 3. {A['how']}", "",
    f"Fråga 4. {A['obstacles_opportunities']}", "", "Hälsningar", "Emir Hodzic",
    "Bosniska Kulturföreningen Most", "", "----- Ursprungligt meddelande -----",
    f"Från: Samordnare <{COORD}>", f"Till: {EMAIL[name]}", "Skickat: måndag, 2 dec 2019 10:14",
    f"Ämne: {SUBJECT}", "", *ORIGINAL,
]
plain(m, lines, charset="iso-8859-15")
case("13_ja_alone_explanation_in_q3.eml", m, "reply", name, A,
     note="'Fråga 2. JA' alone, the explanation under 'Fråga 3.', iso-8859-15 webmail")

# --- 14 "Nej. <reason>" with no question 3 --------------------------------------------------
A = ans(
    "Basketklubben Triangeln har sju lag för barn och ungdomar och ett seniorlag. Vi tränar i "
    "Heleneholms sporthall.",
    False,
    "Vi ser oss som en idrottsförening och har inte haft segregation som något eget mål, "
    "men alla är välkomna hos oss.",
    "Hallbrist och höga kostnader för domare och resor.",
)
name = "Basketklubben Triangeln"
m = msg(sender=EMAIL[name], name="Peter Ljung", date=d(15, 1, 13, 7),
        mid="<VE1PR08MB0001TRI@VE1PR08MB0001.eurprd08.prod.outlook.com>")
lines = [
    "Hej", "", f"1. {A['about']}", f"2. Nej. {A['how']}", f"4. {A['obstacles_opportunities']}",
    "", "/Peter Ljung, ordförande", "", *outlook_block(EMAIL[name]), *ORIGINAL,
]
plain(m, lines)
case("14_nej_with_reason_no_q3.eml", m, "reply", name, A,
     note="'2. Nej. <reason>' and no answer numbered 3: the reason answers question 3")

# --- 15 "Både och" -----------------------------------------------------------------------------
A = ans(
    "Gå Tillsammans är en motionsförening som ordnar promenader och stavgång för kvinnor i "
    "Fosie och Oxie.",
    None,
    "Vi har inget uttalat mål om segregation men våra promenader går genom olika områden och "
    "deltagarna kommer från många länder.",
    "Hindret är att många inte vet att vi finns. Möjligheten är att det är gratis och enkelt "
    "att vara med.",
)
name = "Motionsföreningen Gå Tillsammans"
m = msg(sender=EMAIL[name], name="Gå Tillsammans", date=d(21, 1, 17, 3),
        subject=f"Re: {SUBJECT}", mid="<CAKgatillsammans@mail.gmail.com>")
lines = [
    "Hej!", "", f"1. {A['about']}", "", "2. Både och.", "", f"3. {A['how']}", "",
    f"4. {A['obstacles_opportunities']}", "", "Hälsningar", "Marie Persson",
    "Motionsföreningen Gå Tillsammans", "",
    "Den mån 2 dec. 2019 kl 10:14 skrev Samordnare <samordnare@xn--malm-8qa.se>:", "",
    *quote(ORIGINAL),
]
plain(m, lines)
case("15_bade_och_ambiguous.eml", m, "reply", name, A,
     note="'2. Både och.' is ambiguous: null")

# --- 16 "Vi arbetar inte aktivt med det" ------------------------------------------------------
A = ans(
    "Vi är en pensionärsförening med cirka 150 medlemmar. Vi spelar boule, har resor och "
    "månadsmöten med föredrag.",
    False,
    "Vi är mest pensionärer som träffas för att umgås och det har inte varit aktuellt för oss.",
    "Vi har svårt att få nya och yngre medlemmar.",
)
name = "Pensionärsföreningen Solrosen"
m = msg(sender=EMAIL[name], name="Gösta Andersson", date=d(7, 1, 10, 30),
        mid="<000d01d5c53a$solrosen@telia.com>", headers={"X-Mailer": "Microsoft Outlook 16.0"})
lines = [
    "Hej.", "", f"1. {A['about']}", "", "2. Vi arbetar inte aktivt med det.", "",
    f"3. {A['how']}", "", f"4. {A['obstacles_opportunities']}", "", "Gösta Andersson",
    "Ordförande PF Solrosen", "tel. 040-12 34 56", "", *outlook_block(EMAIL[name]),
    *ORIGINAL,
]
plain(m, lines, charset="iso-8859-1")
case("16_arbetar_inte_aktivt.eml", m, "reply", name, A,
     note="'2. Vi arbetar inte aktivt med det.' is a no; iso-8859-1 QP")

# --- 17 Swedish reply with "Yes" on question 2 ----------------------------------------------
A = ans(
    "Tonkraft är en musikförening som driver replokaler och en kör för unga i Sofielund.",
    True,
    "Vi har gratis rockskola för barn från Sofielund och Seved och bandmedlemmarna kommer "
    "från hela stan.",
    "Hinder: replokalerna räcker inte till. Möjligheter: musiken är ett gemensamt språk.",
)
name = "Musikföreningen Tonkraft"
m = msg(sender=EMAIL[name], name="Alex Moreno", date=d(23, 1, 23, 51),
        subject=f"Re: {SUBJECT}", mid="<tonkraft-23jan@tonkraft.se>")
lines = [
    "Hej!", "", f"1. {A['about']}", "2. Yes!", f"3. {A['how']}",
    f"4. {A['obstacles_opportunities']}", "", "Rock on", "Alex", "Musikföreningen Tonkraft",
    "www.tonkraft.se", "", "Den mån 2 dec. 2019 kl 10:14 skrev Samordnare "
    "<samordnare@xn--malm-8qa.se>:", "", *quote(ORIGINAL),
]
plain(m, lines)
case("17_swedish_reply_yes_in_english.eml", m, "reply", name, A,
     note="Swedish answers with 'Yes!' on question 2")

# --- 18 entire reply in English --------------------------------------------------------------
A = ans(
    "Malmö International Families is a network for international families in Malmö. We "
    "organise playgroups, picnics and Swedish conversation evenings for parents.",
    True,
    "We pair newly arrived families with families who have lived here for many years and "
    "we hold our meetings in different parts of the city every month.",
    "Obstacles: many parents work long hours and we depend on volunteers. Opportunities: "
    "there is a lot of interest from Swedish families who want to meet newcomers.",
)
name = "Malmö International Families"
m = msg(sender=EMAIL[name], name="Jennifer Clarke", date=d(5, 12, 20, 12),
        subject=f"RE: {SUBJECT}", mid="<DM6PR11MB2222MIF@DM6PR11MB2222.namprd11.prod.outlook.com>")
lines = [
    "Dear Sir or Madam,", "", "Thank you for including us. Our answers are below.", "",
    f"1. {A['about']}", "", "2. Yes", "", f"3. {A['how']}", "",
    f"4. {A['obstacles_opportunities']}", "", "Kind regards,", "Jennifer Clarke",
    "Chair, Malmö International Families", "",
    "From: Samordnare <samordnare@xn--malm-8qa.se>", "Sent: Monday, December 2, 2019 10:14 AM",
    f"To: {EMAIL[name]}", f"Subject: {SUBJECT}", "", *ORIGINAL,
]
plain(m, lines)
case("18_english_reply.eml", m, "reply", name, A,
     note="whole reply in English, Outlook 'From:/Sent:/To:/Subject:' block")

# --- 19 Arabic greeting -------------------------------------------------------------------
A = ans(
    "Vi är en förening för arabisktalande föräldrar i Malmö. Vi har föräldracirklar, "
    "modersmålsstöd och aktiviteter för barnen på helgerna.",
    True,
    "Vi hjälper föräldrarna att förstå skolan och föreningslivet i Sverige och vi "
    "uppmuntrar barnen att börja i idrottsföreningar utanför området.",
    "Språket och att föräldrarna inte litar på myndigheter. Möjligheten är att föräldrarna "
    "vill att barnen ska lyckas.",
)
name = "Arabiska Föräldraföreningen i Malmö"
m = msg(sender=EMAIL[name], name="Arabiska Föräldraföreningen", date=d(3, 1, 15, 26),
        mid="<AM5PR0101MB0707ARAB@AM5PR0101MB0707.eurprd01.prod.exchangelabs.com>")
lines = [
    "السلام عليكم", "Hej!", "", f"1. {A['about']}", "", "2. ja", "", f"3. {A['how']}", "",
    f"4. {A['obstacles_opportunities']}", "", "Med vänlig hälsning", "Khaled Mansour",
    "مع تحياتي", "", *outlook_block(EMAIL[name]), *ORIGINAL,
]
plain(m, lines)
case("19_arabic_greeting.eml", m, "reply", name, A,
     note="greeting in Arabic script, signature partly in Arabic")

# --- 20 Persian greeting, Yahoo footer, "1)" ------------------------------------------------
A = ans(
    "Simorgh är en persisk kulturförening. Vi har persiska lektioner för barn, poesikvällar "
    "och firar nouruz varje år.",
    True,
    "Vårt nouruzfirande är öppet för alla och förra året kom över 400 personer, många utan "
    "iransk bakgrund. Vi har också poesikvällar på svenska och persiska.",
    "Det är svårt att få bidrag för kulturarrangemang. Möjligheterna finns i samarbete med "
    "biblioteken.",
)
name = "Persiska Kulturföreningen Simorgh"
m = msg(sender=EMAIL[name], name="Simorgh Malmö", date=d(29, 1, 0, 12),
        mid="<1093847.simorgh@mail.yahoo.com>")
lines = [
    "سلام و وقت بخیر", "", f"1) {A['about']}", "", "2) Ja", "", f"3) {A['how']}", "",
    f"4) {A['obstacles_opportunities']}", "", "Med vänliga hälsningar,", "Maryam Rahimi",
    "", "Skickat från Yahoo Mail för iPhone", "",
    "Den måndag, december 2, 2019, 10:14, Samordnare <samordnare@xn--malm-8qa.se> skrev:", "",
    *quote(ORIGINAL),
]
plain(m, lines)
case("20_persian_greeting_yahoo.eml", m, "reply", name, A,
     note="greeting in Persian script, Yahoo Mail for iPhone footer")

# --- 21 "Tack, vi återkommer" ------------------------------------------------------------------
name = "Eritreanska Föreningen Asmara"
m = msg(sender=EMAIL[name], name="Asmara Malmö", date=d(4, 12, 8, 40),
        subject=f"Re: {SUBJECT}", mid="<CAasmara01@mail.gmail.com>")
lines = ["Tack, vi återkommer!", "", "Yonas", "", "Den mån 2 dec. 2019 kl 10:14 skrev "
         "Samordnare <samordnare@xn--malm-8qa.se>:", "", *quote(ORIGINAL)]
plain(m, lines)
case("21_tack_vi_aterkommer.eml", m, "reply", name, NONE,
     note="only 'Tack, vi återkommer!': a reply without answers")

# --- 22 "Vi vill hellre ses och prata" -------------------------------------------------------
name = "Kurdiska Kulturhuset Newroz"
m = msg(sender=EMAIL[name], name="Dilan Aziz", date=d(9, 12, 13, 13),
        subject=f"Re: {SUBJECT}", mid="<CAnewroz77@mail.gmail.com>")
lines = [
    "Hej!", "", "Tack för mejlet. Vi vill hellre ses och prata än att skriva, vi har mycket "
    "att berätta om vårt arbete.", "Jag nås på 076-555 12 34.", "", "Dilan Aziz",
    "Kurdiska Kulturhuset Newroz", "", "Den mån 2 dec. 2019 kl 10:14 skrev Samordnare "
    "<samordnare@xn--malm-8qa.se>:", "", *quote(ORIGINAL),
]
plain(m, lines)
case("22_hellre_ses_och_prata.eml", m, "reply", name, NONE, wants_interview=True,
     note="'Vi vill hellre ses och prata': asks for a meeting instead of writing")

# --- 23 long legal disclaimer ------------------------------------------------------------------
A = ans(
    "Språkcaféet i Sofielunds församling är öppet varje onsdag. Nyanlända och svensktalande "
    "träffas och pratar svenska över fika.",
    True,
    "Språkcaféet är en plats där människor från olika delar av Malmö och med olika bakgrund "
    "lär känna varandra. Vi ordnar också utflykter till andra stadsdelar.",
    "Hinder: vi är beroende av frivilliga. Möjligheter: många vill engagera sig som "
    "samtalsledare.",
)
name = "Språkcafé Sofielund"
m = msg(sender=EMAIL[name], name="Anna Jönsson", date=d(18, 12, 11, 11),
        mid="<HE1P190MB0003SOF@HE1P190MB0003.EURP190.PROD.OUTLOOK.COM>")
lines = [
    "Hej!", "", f"1. {A['about']}", "2. Ja", f"3. {A['how']}",
    f"4. {A['obstacles_opportunities']}", "", "Frid och allt gott", "Anna Jönsson",
    "Diakon, Sofielunds församling", "Tel: 040-98 76 54", "", "",
    "När du skickar e-post till Svenska kyrkan i Malmö behandlar vi dina personuppgifter i "
    "enlighet med dataskyddsförordningen. Läs mer om hur vi behandlar personuppgifter på "
    "vår webbplats.", "",
    "Detta e-postmeddelande och eventuella bilagor kan innehålla konfidentiell information "
    "och är endast avsett för den eller de mottagare som anges ovan. Om du har fått detta "
    "meddelande av misstag, vänligen meddela avsändaren och radera meddelandet. This e-mail "
    "and any attachments may contain confidential information and are intended solely for "
    "the addressee(s). If you have received this e-mail in error, please notify the sender "
    "and delete it.", "",
    *outlook_block(EMAIL[name]), *ORIGINAL,
]
plain(m, lines)
case("23_long_legal_disclaimer.eml", m, "reply", name, A,
     note="answers, a valediction without 'hälsningar' and a long privacy/legal disclaimer")

# --- 24 signature with phone, address, web, org number; no greeting ---------------------------
A = ans(
    "Vävstugan är en textilförening i Lorensborg med 12 vävstolar. Vi har öppet hus två "
    "gånger i veckan.",
    True,
    "Vi har kurser för kvinnor som nyss kommit till Sverige där vi väver och pratar svenska "
    "samtidigt. Flera deltagare har sedan blivit medlemmar.",
    "Hindret är att lokalen är för liten. Möjligheten är att textil och hantverk finns i "
    "alla kulturer.",
)
name = "Vävstugan Lorensborg"
m = msg(sender=EMAIL[name], name="Vävstugan Lorensborg", date=d(27, 1, 19, 19),
        subject=f"Re: {SUBJECT}", mid="<CAvav0001@mail.gmail.com>")
lines = [
    f"1. {A['about']}", "", "2. Ja", "", f"3. {A['how']}", "", f"4. {A['obstacles_opportunities']}",
    "", "Kerstin Malm", "Kassör", "Vävstugan Lorensborg", "Lorensborgsgatan 12, 217 61 Malmö",
    "Tel 040-11 22 33 / 070-998 87 76", "www.vavstugan-lorensborg.se", "Org.nr 802724-4545",
    "", "Den mån 2 dec. 2019 kl 10:14 skrev Samordnare <samordnare@xn--malm-8qa.se>:", "",
    *quote(ORIGINAL),
]
plain(m, lines)
case("24_signature_block_no_greeting.eml", m, "reply", name, A,
     note="no greeting, no valediction, a signature block with address, phone, web, org.nr")

# --- 25 reply-all, answers below a colleague's forward (bottom posting) ------------------------
A = ans(
    "Scenfolket är en amatörteater med ett trettiotal medlemmar. Vi sätter upp en föreställning "
    "per år och har teaterkurser för barn.",
    True,
    "Våra barnkurser hålls i Kroksbäck och Västra Hamnen och barngrupperna spelar för "
    "varandra. Vi söker medvetet skådespelare från hela Malmö.",
    "Det är dyrt att hyra scen. Möjligheten är att teater gör det lätt att mötas över "
    "gränser.",
)
name = "Teaterföreningen Scenfolket"
m = msg(sender="lena.sandberg@gmail.com", name="Lena Sandberg", date=d(12, 1, 21, 2),
        subject=f"Re: Fwd: {SUBJECT}", mid="<CAlenaS@mail.gmail.com>",
        in_reply_to="<CAkarinEk@scenfolket.se>",
        headers={"Cc": f"Karin Ek <karin.ek@scenfolket.se>, {EMAIL[name]}"})
lines = [
    "Den tors 9 jan. 2020 kl 09:12 skrev Karin Ek <karin.ek@scenfolket.se>:", "",
    "> Hej Lena och Samordnaren,", ">",
    "> Lena, kan du svara på det här? Jag hinner inte före deadline. Jag sätter",
    "> samordnaren på kopia.", ">", "> /Karin", ">",
    "> ---------- Forwarded message ---------",
    "> Från: Samordnare <samordnare@xn--malm-8qa.se>", "> Date: mån 2 dec. 2019 kl 10:14",
    f"> Subject: {SUBJECT}", f"> To: <{EMAIL[name]}>", ">", *quote(ORIGINAL), "",
    "Hej!", "", "Jag svarar för föreningen.", "", f"1. {A['about']}", "", "2. Ja", "",
    f"3. {A['how']}", "", f"4. {A['obstacles_opportunities']}", "", "Hälsningar",
    "Lena Sandberg", "Sekreterare, Teaterföreningen Scenfolket",
]
plain(m, lines)
case("25_reply_all_answers_below_forward.eml", m, "reply", name, A,
     note="reply-all from a private address, bottom-posted under a colleague's forward")

# --- 26 "VB:" forward by a colleague from a private address -----------------------------------
A = ans(
    "Syjuntan Rosengård är en förening där kvinnor syr, stickar och lär sig svenska "
    "tillsammans. Vi träffas i Rosengårds bibliotek varje torsdag.",
    True,
    "Vi har börjat sy tillsammans med en syförening i Limhamn och vi ställer ut våra arbeten "
    "på Malmö stadsbibliotek.",
    "Hinder är att många av kvinnorna inte har råd med material. Möjligheten är att fler "
    "föreningar vill samarbeta med oss.",
)
name = "Syjuntan Rosengård"
m = msg(sender="per.larsson72@gmail.com", name="Per Larsson", date=d(16, 1, 8, 4),
        subject=f"VB: SV: {SUBJECT}", mid="<DB6P18901MB0042PL@DB6P18901MB0042.outlook.com>",
        reply_to_survey=False)
lines = [
    "Hej!", "", "Vår ordförande skickade svaren till mig av misstag, jag skickar dem vidare.",
    "", "/Per", "", "________________________________",
    f"Från: Fatima Ali <{EMAIL[name]}>", "Skickat: den 14 januari 2020 19:40",
    "Till: Per Larsson <per.larsson72@gmail.com>", f"Ämne: SV: {SUBJECT}", "",
    "Hej,", "", f"1. {A['about']}", "", "2. Ja", "", f"3. {A['how']}", "",
    f"4. {A['obstacles_opportunities']}", "", "Hälsningar Fatima Ali", "Ordförande, Syjuntan "
    "Rosengård", "", "________________________________",
    f"Från: Samordnare <{COORD}>", "Skickat: den 2 december 2019 10:14",
    f"Till: {EMAIL[name]}", f"Ämne: {SUBJECT}", "", *ORIGINAL,
]
plain(m, lines)
case("26_vb_forward_from_private_address.eml", m, "reply", name, A,
     note="'VB:' forward by a colleague from a private address; answers in the forwarded part")

# --- 27 out-of-office in Swedish, no auto headers ----------------------------------------------
name = "Brottarklubben Herkules"
m = msg(sender=EMAIL[name], name="Kansliet BK Herkules", date=d(2, 12, 10, 15),
        subject=f"SV: {SUBJECT}", mid="<ooo-herkules-1@bkherkules.se>")
plain(m, [
    "Hej!", "", "Tack för ditt mejl. Jag är på semester till och med den 6 januari och läser "
    "inte min e-post under tiden. För brådskande ärenden, ring kansliet på 040-22 33 44.", "",
    "Med vänlig hälsning", "Nils Ek", "BK Herkules",
])
case("27_out_of_office_swedish_no_headers.eml", m, "auto_reply", name, NONE,
     note="Swedish out-of-office without RFC 3834 headers, ordinary 'SV:' subject")

# --- 28 out-of-office in English, subject only --------------------------------------------
name = "Capoeiraföreningen Grupo Sol"
m = msg(sender=EMAIL[name], name="Grupo Sol", date=d(2, 12, 10, 16),
        subject=f"Automatic reply: {SUBJECT}", mid="<ooo-capoeira@capoeirasol.se>")
plain(m, [
    "Thank you for your message. I am travelling until 20 January with limited access to "
    "email. Your message will be answered when I return.", "", "Obrigado!", "Mestre Rafael",
])
case("28_out_of_office_english_subject_only.eml", m, "auto_reply", name, NONE,
     note="English automatic reply recognisable from the subject, no RFC 3834 headers")

# --- 29 Exchange NDR in Swedish with a delivery-status part ---------------------------------
NDR_TEXT = """Det gick inte att leverera meddelandet till de här mottagarna eller grupperna:

boxning@bkkampa.se (boxning@bkkampa.se)
E-postadressen du angav kunde inte hittas. Kontrollera mottagarens e-postadress och försök \
skicka meddelandet igen. Kontakta supportavdelningen om problemet kvarstår.

Diagnostisk information för administratörer:

Genererande server: HE1PR07MB3301.eurprd07.prod.outlook.com

boxning@bkkampa.se
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by \
SMTP address lookup'
"""


def exchange_ndr(with_dsn: bool, to: str, mid: str, when: dt.datetime) -> bytes:
    boundary = "_ndr_boundary_" + mid.strip("<>").split("@")[0]
    text_part = NDR_TEXT.replace("boxning@bkkampa.se", to)
    parts = [
        f"--{boundary}\nContent-Type: text/plain; charset=\"utf-8\"\n"
        f"Content-Transfer-Encoding: 8bit\n\n{text_part}\n"
    ]
    if with_dsn:
        parts.append(
            f"--{boundary}\nContent-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns;HE1PR07MB3301.eurprd07.prod.outlook.com\n"
            "Received-From-MTA: dns;EXCH01.intern.xn--malm-8qa.se\n"
            f"Arrival-Date: {format_datetime(when)}\n\n"
            f"Final-Recipient: rfc822;{to}\nAction: failed\nStatus: 5.1.10\n"
            "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not "
            "found by SMTP address lookup\n\n"
        )
    parts.append(
        f"--{boundary}\nContent-Type: message/rfc822\n\n"
        f"From: Samordnare <{COORD}>\nTo: {to}\nSubject: =?utf-8?q?Kartl=C3=A4ggning=3A_"
        "civilsamh=C3=A4llets_arbete_mot_segregation_i_Malm=C3=B6?=\n"
        f"Date: Mon, 2 Dec 2019 10:14:00 +0100\nMessage-ID: {SURVEY_ID}\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
        + "\n".join(ORIGINAL) + "\n\n"
    )
    report = "; report-type=delivery-status" if with_dsn else ""
    head = (
        "Return-Path: <>\n"
        "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@"
        "xn--malm-8qa.se>\n"
        f"To: Samordnare <{COORD}>\n"
        "Subject: =?utf-8?q?Det_gick_inte_att_leverera=3A_Kartl=C3=A4ggning=3A_"
        "civilsamh=C3=A4llets_arbete_mot_segregation_i_Malm=C3=B6?=\n"
        f"Date: {format_datetime(when)}\nMessage-ID: {mid}\n"
        f"In-Reply-To: {SURVEY_ID}\nReferences: {SURVEY_ID}\n"
        "Content-Language: sv-SE\nMIME-Version: 1.0\n"
        f"Content-Type: multipart/{'report' if with_dsn else 'mixed'}{report}; "
        f"boundary=\"{boundary}\"\n\n"
    )
    return (head + "".join(parts) + f"--{boundary}--\n").encode("utf-8")


name = "Boxningsklubben Kämpa"
case("29_exchange_ndr_swedish.eml",
     exchange_ndr(True, EMAIL[name], "<ndr-kampa@HE1PR07MB3301.eurprd07.prod.outlook.com>",
                  d(2, 12, 10, 14)),
     "bounce", name, NONE, note="Exchange NDR in Swedish with a delivery-status part")

# --- 30 answers, signature, then "PS ..." chatter -------------------------------------------
A = ans(
    "Folkdansgillet Sländan dansar svensk folkdans och har en barngrupp och en "
    "vuxengrupp. Vi övar i Husie församlingshem.",
    True,
    "Vi har bjudit in föreningar från andra länder att visa sina danser och lära ut dem "
    "till oss, och vi lär ut våra danser till dem.",
    "Folkdans ses som gammaldags. Möjlighet: dansen är ett sätt att mötas utan många ord.",
)
name = "Folkdansgillet Sländan"
m = msg(sender=EMAIL[name], name="Ingrid Svensson", date=d(30, 1, 20, 20),
        subject=f"Re: {SUBJECT}", mid="<CAslandan1@mail.gmail.com>")
lines = [
    "Hej!", "", f"1. {A['about']}", "", "2. Ja", "", f"3. {A['how']}", "",
    f"4. {A['obstacles_opportunities']}", "", "Vänliga hälsningar", "Ingrid Svensson",
    "Folkdansgillet Sländan", "",
    "PS. Vi har vårfest den 21 mars i Husie församlingshem, ni är varmt välkomna! Inbjudan "
    "kommer i februari.", "",
    "Den mån 2 dec. 2019 kl 10:14 skrev Samordnare <samordnare@xn--malm-8qa.se>:", "",
    *quote(ORIGINAL),
]
plain(m, lines)
case("30_ps_after_signature.eml", m, "reply", name, A,
     note="answers, signature, then an unrelated 'PS.' paragraph")

# --- 31 Outlook on the web, HTML only, bold labels on their own line ------------------------
A = ans(
    "Grannkraft är en stödförening som hjälper boende i Södra Sofielund med myndighetskontakter, "
    "blanketter och praktiska frågor.",
    True,
    "Vi har öppen mottagning på flera språk och hjälper boende att hitta föreningar, jobb och "
    "aktiviteter i hela staden.",
    "Hinder: vi har långa köer och få volontärer. Möjligheter: vi har ett gott samarbete med "
    "stadsdelen.",
)
name = "Stödföreningen Grannkraft"
m = msg(sender=EMAIL[name], name="Grannkraft", date=d(24, 1, 9, 9),
        mid="<VI1PR0901MB1111GK@VI1PR0901MB1111.eurprd09.prod.outlook.com>")
body = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '</head><body dir="ltr"><div style="font-family: Calibri, Helvetica, sans-serif; '
        'font-size: 12pt; color: rgb(0, 0, 0);">Hej!</div><div><br></div>']
for i, a in enumerate([A["about"], "Ja", A["how"], A["obstacles_opportunities"]], 1):
    body.append(f"<div><b>Fråga {i}</b></div><div>{esc(a)}</div><div><br></div>")
body.append("<div>Med vänliga hälsningar,</div><div>Amira Said</div><div>Grannkraft</div>"
            '<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" '
            f'dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
            f"<b>Från:</b> Samordnare &lt;{COORD}&gt;<br><b>Skickat:</b> den 2 december 2019 "
            f"10:14<br><b>Till:</b> {EMAIL[name]}<br><b>Ämne:</b> {esc(SUBJECT)}</font>"
            "<div>&nbsp;</div></div><div>" + html_lines_to_divs(ORIGINAL) + "</div></body></html>")
m.set_content("".join(body), subtype="html", charset="utf-8")
case("31_owa_html_bold_labels_own_line.eml", m, "reply", name, A,
     note="Outlook on the web, HTML only, bold 'Fråga 1' label above each answer")

# --- 32 Outlook web HTML with a bulleted <ul> list in order ------------------------------------
A = ans(
    "Kryddgårdens Vänner är en förening som stöttar fritidsgården på Kryddgården med "
    "volontärer och aktiviteter.",
    True,
    "Vi tar med ungdomarna på läger tillsammans med ungdomar från Limhamn och vi har "
    "mentorer från näringslivet.",
    "Svårt att hitta volontärer som stannar länge. Många företag vill bidra, det är en "
    "möjlighet.",
)
name = "Kryddgårdens Vänner"
m = msg(sender=EMAIL[name], name="Kryddgårdens Vänner", date=d(25, 1, 14, 4),
        mid="<HE1PR03MB2222KV@HE1PR03MB2222.eurprd03.prod.outlook.com>")
items = "".join(f"<li>{esc(a)}</li>" for a in [A["about"], "Ja", A["how"],
                                               A["obstacles_opportunities"]])
body = ('<html><head><meta charset="utf-8"></head><body><div>Hej,</div><div><br></div>'
        "<div>Våra svar i samma ordning som frågorna:</div>"
        f"<ul>{items}</ul><div>Vänligen</div><div>Mats Olofsson</div><div><br></div>"
        '<hr><div id="divRplyFwdMsg"><b>Från:</b> Samordnare &lt;' + COORD + "&gt;<br>"
        "<b>Skickat:</b> den 2 december 2019 10:14<br><b>Till:</b> " + EMAIL[name] + "<br>"
        f"<b>Ämne:</b> {esc(SUBJECT)}</div><div>" + html_lines_to_divs(ORIGINAL)
        + "</div></body></html>")
m.set_content(body, subtype="html", charset="utf-8")
case("32_owa_html_bulleted_list.eml", m, "reply", name, A,
     note="HTML <ul> list of answers in question order")

# --- 33 plain Outlook, answers typed under the questions in the original ------------------------
A = ans(
    "Bayanihan är en förening för filippiner i Malmö. Vi har kulturkvällar, basket och "
    "hjälper nya filippiner att komma till rätta.",
    True,
    "Vi deltar i Malmöfestivalen och bjuder in grannar till våra fester. Många av våra "
    "medlemmar är gifta med svenskar och vi blandar språken.",
    "Hinder: de flesta arbetar skift och har lite tid. Möjligheter: stor gemenskap och glädje.",
)
name = "Filippinska Föreningen Bayanihan"
m = msg(sender=EMAIL[name], name="Maria Santos", date=d(26, 1, 12, 45),
        mid="<MW2PR1101MB3333BAY@MW2PR1101MB3333.namprd11.prod.outlook.com>")
orig = [*INTRO]
for q, a in zip(QLINES, [A["about"], "Ja", A["how"], A["obstacles_opportunities"]],
                strict=True):
    orig += [q, f"Svar: {a}", ""]
orig += OUTRO[1:]
lines = ["Hej, svaren står under varje fråga nedan.", "", "Maria Santos", "Bayanihan Malmö", "",
         *outlook_block(EMAIL[name]), *orig]
plain(m, lines)
case("33_plain_answers_typed_into_original.eml", m, "reply", name, A,
     note="Outlook plain text: 'Svar:' lines typed under each question of the original")

# --- 34 "1. Vilka är ni? Vi är ..." question and answer on one line --------------------------
A = ans(
    "Vi är en polsk kulturförening med polsk lördagsskola för barn, kör och filmkvällar.",
    True,
    "Vi samarbetar med andra föreningar på Seved och firar svenska och polska högtider "
    "öppet för alla.",
    "Vi saknar pengar och lokaler. Möjlighet: många polska familjer har flyttat hit och "
    "vill vara med.",
)
name = "Polska Kulturföreningen Wisła"
m = msg(sender=EMAIL[name], name="Katarzyna Nowak", date=d(31, 1, 21, 59),
        subject=f"Re: {SUBJECT}", mid="<CAwisla31@mail.gmail.com>")
lines = [
    "Dzień dobry / Hej!", "", f"1. Vilka är ni? {A['about']}", "",
    "2. Arbetar ni för att motverka segregation? Ja", "",
    f"3. På vilket sätt? {A['how']}", "",
    f"4. Hinder och möjligheter? {A['obstacles_opportunities']}",
    "", "Pozdrawiam,", "Katarzyna Nowak", "Polska Kulturföreningen Wisła", "",
    "Den mån 2 dec. 2019 kl 10:14 skrev Samordnare <samordnare@xn--malm-8qa.se>:", "",
    *quote(ORIGINAL),
]
plain(m, lines)
case("34_short_question_and_answer_on_one_line.eml", m, "reply", name, A,
     note="'1. Vilka är ni? Vi är ...': shortened question and answer on one line; Polish "
     "greeting and valediction")

# --- 35 answers + interview for the rest -----------------------------------------------------
A = ans(
    "Dikh är en förening för romska ungdomar i Malmö. Vi har läxhjälp, musik och "
    "föreläsningar om romsk historia.",
    True,
    None,
    None,
)
name = "Romska Ungdomsföreningen Dikh"
m = msg(sender=EMAIL[name], name="Dikh Malmö", date=d(14, 1, 15, 0),
        subject=f"Re: {SUBJECT}", mid="<CAdikh14@mail.gmail.com>")
lines = [
    "Hej,", "", f"1. {A['about']}", "", "2. Ja", "",
    "Frågorna 3 och 4 tar vi hellre på telefon, det blir lättare att förklara så. Ring mig "
    "gärna på 070-444 55 66.", "", "Hälsningar", "Robert Lindqvist", "",
    "Den mån 2 dec. 2019 kl 10:14 skrev Samordnare <samordnare@xn--malm-8qa.se>:", "",
    *quote(ORIGINAL),
]
plain(m, lines)
case("35_two_answers_and_phone_for_the_rest.eml", m, "reply", name, A, wants_interview=True,
     note="answers 1-2, asks to take 3-4 on the phone")

# --- 36 plain prose about the association only ---------------------------------------------
A = ans(
    "Vi är en kör med 40 sångare från hela Möllevången. Vi övar varje onsdag i S:t Andreas "
    "kyrka och sjunger sånger från hela världen.",
    None, None, None,
)
name = "Kvarterskören Möllan"
m = msg(sender=EMAIL[name], name="Kvarterskören", date=d(11, 12, 18, 30),
        subject=f"Re: {SUBJECT}", mid="<CAkor11@mail.gmail.com>")
lines = [
    "Hej!", "", A["about"], "", "Resten av frågorna får vår ordförande svara på.", "",
    "Hälsningar Eva", "", "Den mån 2 dec. 2019 kl 10:14 skrev Samordnare "
    "<samordnare@xn--malm-8qa.se>:", "", *quote(ORIGINAL),
]
plain(m, lines)
case("36_prose_about_only.eml", m, "reply", name, A,
     note="a short description of the association and nothing else")

# --- 37 unrelated mail --------------------------------------------------------------------
m = msg(sender="info@foreningsnatverket-skane.se", name="Föreningsnätverket Skåne",
        date=d(20, 1, 8, 0), subject="Inbjudan: nätverksträff för föreningar 20 februari",
        mid="<nyhetsbrev-2020-01@foreningsnatverket-skane.se>", reply_to_survey=False)
plain(m, [
    "Hej!", "", "Välkommen till vår nätverksträff för föreningar i Skåne den 20 februari kl "
    "18-20 på Stadsbiblioteket. Anmäl dig via vår hemsida.", "", "Föreningsnätverket Skåne",
])
case("37_unrelated_invitation.eml", m, "other", None, NONE, note="unrelated newsletter")

# --- 38 "1)" alone on a line, answer below ----------------------------------------------------
A = ans(
    "Sen Vàng är en förening för vietnameser i Malmö med omnejd. Vi firar Tết och har "
    "vietnamesiska kurser för barn.",
    True,
    "Vårt nyårsfirande är öppet för alla och vi lagar mat tillsammans med andra föreningar "
    "på Rosengård.",
    "Många äldre talar inte svenska. Möjligheten är att barnen blir en bro.",
)
name = "Vietnamesiska Föreningen Sen Vàng"
m = msg(sender=EMAIL[name], name="Nguyen Thi Lan", date=d(6, 1, 16, 16),
        subject=f"Re: {SUBJECT}", mid="<CAsenvang6@mail.gmail.com>")
lines = [
    "Chào / Hej", "", "1)", A["about"], "", "2)", "Ja", "", "3)", A["how"], "", "4)",
    A["obstacles_opportunities"], "", "Tack!", "Lan", "",
    "Den mån 2 dec. 2019 kl 10:14 skrev Samordnare <samordnare@xn--malm-8qa.se>:", "",
    *quote(ORIGINAL),
]
plain(m, lines)
case("38_number_alone_answer_below.eml", m, "reply", name, A,
     note="'1)' alone on a line, the answer on the lines below")

# --- 39 "Svar på fråga 1:" -------------------------------------------------------------------
A = ans(
    "Vi är en skateförening som driver skateparken i Bowlen och har skatekurser för tjejer "
    "och killar.",
    True,
    "Skateparken är öppen för alla och våra kurser är gratis. Vi åker på skatetävlingar i "
    "andra städer med ungdomar från olika områden.",
    "Hinder: vandalisering och att vi behöver fler ledare. Möjligheter: skate är populärt.",
)
name = "Skateföreningen Bowlen"
m = msg(sender=EMAIL[name], name="Bowlen Skate", date=d(19, 1, 13, 37),
        subject=f"Sv: {SUBJECT}", mid="<bowlen19@skatebowlen.se>")
lines = [
    "Hejsan!", "", f"Svar på fråga 1: {A['about']}", "", "Svar på fråga 2: Ja", "",
    f"Svar på fråga 3: {A['how']}", "", f"Svar på fråga 4: {A['obstacles_opportunities']}", "",
    "Ha det gott!", "Kim", "", *outlook_block(EMAIL[name]), *ORIGINAL,
]
plain(m, lines)
case("39_svar_pa_fraga_labels.eml", m, "reply", name, A,
     note="'Svar på fråga 1:' labels, 'Ha det gott!' closing")

# --- 40 late reply (February), apology, "1." -----------------------------------------------
A = ans(
    "Tärningen är en brädspelsförening som har spelkvällar varje fredag på Garaget.",
    True,
    "Brädspel är ett enkelt sätt att lära känna nya människor, många av våra medlemmar är "
    "nyanlända och lär sig svenska genom spelen.",
    "Vi behöver fler spel och en större lokal. Möjligheten är att alla kan spela.",
)
name = "Brädspelsföreningen Tärningen"
m = msg(sender=EMAIL[name], name="Tärningen", date=d(4, 2, 22, 10),
        subject=f"Re: {SUBJECT}", mid="<CAtarning4@mail.gmail.com>")
lines = [
    "Hej!", "", "Förlåt att vi är sena med svaren, hoppas de fortfarande kan komma till nytta.",
    "", f"1. {A['about']}", "2. Ja", f"3. {A['how']}", f"4. {A['obstacles_opportunities']}",
    "", "Mvh", "Oskar", "Brädspelsföreningen Tärningen", "",
    "Den mån 2 dec. 2019 kl 10:14 skrev Samordnare <samordnare@xn--malm-8qa.se>:", "",
    *quote(ORIGINAL),
]
plain(m, lines)
case("40_late_reply_february.eml", m, "reply", name, A,
     note="late reply (4 Feb) with an apology before the answers")

# --- 41 Outlook for Android, "Fråga 1 -" -----------------------------------------------------
A = ans(
    "Hembygdsföreningen Husie vårdar Husie gamla prästgård och ordnar visningar, "
    "hantverksdagar och julmarknad.",
    False,
    "Vi har inte tänkt på vår förening på det sättet, vi arbetar med hembygdens historia.",
    "Vi har svårt att nå nya Husiebor. Vi skulle gärna vilja ha kontakt med skolor.",
)
name = "Hembygdsföreningen Husie"
m = msg(sender=EMAIL[name], name="Göran Paulsson", date=d(3, 12, 19, 45),
        mid="<AM0PR0602MB4444HH@AM0PR0602MB4444.eurprd06.prod.outlook.com>")
lines = [
    "Hej", "", f"Fråga 1 - {A['about']}", "Fråga 2 - Nej", f"Fråga 3 - {A['how']}",
    f"Fråga 4 - {A['obstacles_opportunities']}", "", "Göran", "",
    "Hämta Outlook för Android<https://aka.ms/ghei36>", "",
    *outlook_block(EMAIL[name], "Monday, December 2, 2019 10:14:56 AM"), *ORIGINAL,
]
plain(m, lines)
case("41_outlook_android_fraga_dash.eml", m, "reply", name, A,
     note="Outlook for Android, 'Fråga 1 - ' labels, 'Nej'")

# --- 42 "Se ovan" on question 3 ------------------------------------------------------------
A = ans(
    "IK Pantern är en idrottsklubb på Seved med fotboll, innebandy och futsal för barn och "
    "ungdomar. Allt vi gör handlar om att barn från olika bakgrund ska mötas genom idrott.",
    True, None,
    "Hinder: ekonomi och brist på tider i hallarna. Möjligheter: barnen vill idrotta.",
)
name = "IK Pantern Seved"
m = msg(sender=EMAIL[name], name="IK Pantern", date=d(15, 1, 19, 0),
        mid="<HE1PR08MB5555IKP@HE1PR08MB5555.eurprd08.prod.outlook.com>")
lines = [
    "Hej!", "", f"1. {A['about']}", "", "2. Ja", "", "3. Se ovan.", "",
    f"4. {A['obstacles_opportunities']}", "", "Sportsliga hälsningar", "Ali Hassan",
    "IK Pantern Seved", "", *outlook_block(EMAIL[name]), *ORIGINAL,
]
plain(m, lines)
case("42_see_above_on_q3.eml", m, "reply", name, A,
     note="'3. Se ovan.' points back: not an answer of its own")

# --- 43 Exchange NDR text only (no delivery-status part) ------------------------------------
name = "Schackföreningen Springaren"
case("43_exchange_ndr_text_only.eml",
     exchange_ndr(False, EMAIL[name], "<ndr-springaren@HE1PR07MB3301.eurprd07.prod.outlook.com>",
                  d(2, 12, 10, 15)),
     "bounce", name, NONE,
     note="Swedish Exchange NDR without a delivery-status part, original attached")

# --- 44 English out-of-office in the body, Swedish subject ------------------------------------
name = "Musikföreningen Tonkraft"
m = msg(sender=EMAIL[name], name="Alex Moreno", date=d(2, 12, 10, 20),
        subject=f"Re: {SUBJECT}", mid="<ooo-tonkraft@tonkraft.se>")
plain(m, [
    "Hi, I'm on vacation until January 7th and will not be checking my email. I'll get back "
    "to you when I return.", "", "/Alex",
])
case("44_out_of_office_english_body.eml", m, "auto_reply", name, NONE,
     note="English out-of-office text under an ordinary 'Re:' subject, no headers")

# --- 45 answer typed after the question inside Gmail quote, HTML only pieces -----------------
A = ans(
    "Springaren är en schackförening för vuxna och barn i Kirseberg med 60 medlemmar.",
    False,
    "Vi är en liten förening och har inte haft kraft att arbeta med det, men alla är "
    "välkomna att spela.",
    "Vi har inga särskilda hinder, men en möjlighet är att schack kan spelas utan ett "
    "gemensamt språk.",
)
name = "Schackföreningen Springaren"
m = msg(sender="springaren.ordf@gmail.com", name="Bo Ek", date=d(20, 1, 20, 0),
        subject=f"Re: {SUBJECT}", mid="<CAspringaren20@mail.gmail.com>",
        headers={"Reply-To": EMAIL[name]})
lines = [
    "Hej,", "", "Svarar under frågorna nedan. Vi hade fel adress i er lista, använd gärna "
    "den här istället.", "", "Bo Ek, ordförande", "", "Den mån 2 dec. 2019 kl 10:14 skrev "
    "Samordnare <samordnare@xn--malm-8qa.se>:", "", *quote(INTRO),
    f"> {QLINES[0]}", A["about"], f"> {QLINES[1]}", "Nej", f"> {QLINES[2]}", A["how"],
    f"> {QLINES[3]}", A["obstacles_opportunities"], ">", *quote(OUTRO[1:]),
]
plain(m, lines)
case("45_inline_answers_tight_reply_to_roster.eml", m, "reply", name, A,
     note="answers directly under each quoted question without blank lines; private sender, "
     "roster address in Reply-To")

# --- 46 Outlook desktop HTML: a two-column table (question | answer) ------------------------
A = ans(
    "Judoklubben Kano har judo för barn från fem år, ungdomar och vuxna. Vi har cirka 200 "
    "medlemmar och tränar i Baltiska hallen.",
    True,
    "Vi erbjuder gratis prova-på-terminer för barn i Rosengård och Lindängen och hämtar upp "
    "barnen med minibuss till träningen.",
    "Hinder: resor och avgifter. Möjligheter: judons värderingar om respekt passar alla.",
)
name = "Judoklubben Kano Malmö"
m = msg(sender=EMAIL[name], name="Kano Judo", date=d(13, 12, 10, 5),
        mid="<AM0PR08MB7777KANO@AM0PR08MB7777.eurprd08.prod.outlook.com>")
rows = "".join(
    f'<tr><td width="300" valign="top"><p class="MsoNormal">{esc(q)}<o:p></o:p></p></td>'
    f'<td width="300" valign="top"><p class="MsoNormal">{esc(a)}<o:p></o:p></p></td></tr>'
    for q, a in zip(QLINES, [A["about"], "Ja", A["how"], A["obstacles_opportunities"]],
                    strict=True)
)
body = (MSO_HEAD + mso_p("Hej!") + mso_p("") + mso_p("Vi har fyllt i svaren i tabellen nedan.")
        + mso_p("") + '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">'
        + rows + "</table>" + mso_p("") + mso_p("Vänliga hälsningar") + mso_p("Lars Persson")
        + mso_p("Ordförande, Judoklubben Kano Malmö") + mso_p("") + mso_header(EMAIL[name])
        + "".join(mso_p(x) for x in ORIGINAL) + "</div></body></html>\n")
m.set_content(body, subtype="html", charset="windows-1252", cte="quoted-printable")
case("46_outlook_html_answer_table.eml", m, "reply", name, A,
     note="Outlook HTML: a two-column table with the questions and the answers")

# --- 47 question restated with its options, the answer on the next line -------------------
A = ans(
    "Vi är en grannförening i Sorgenfri som ordnar grannfika, loppis och städdagar.",
    True,
    "Vi bjuder in alla grannar oavsett bakgrund och vi skriver våra inbjudningar på flera "
    "språk.",
    "Det är svårt att få kontakt med dem som just flyttat in. Möjlighet: grannfikat är "
    "populärt.",
)
name = "Föreningen Grannar i Sorgenfri"
m = msg(sender=EMAIL[name], name="Grannar i Sorgenfri", date=d(17, 12, 20, 20),
        subject=f"Re: {SUBJECT}", mid="<CAsorgenfri17@mail.gmail.com>")
lines = [
    "Hej!", "", f"Fråga 1: {Q1}", f"Svar: {A['about']}", "", f"Fråga 2: {Q2}", "Svar: Ja", "",
    f"Fråga 3: {Q3}", f"Svar: {A['how']}", "", f"Fråga 4: {Q4}",
    f"Svar: {A['obstacles_opportunities']}", "", "Hälsningar", "Styrelsen",
    "Föreningen Grannar i Sorgenfri", "",
    "Den mån 2 dec. 2019 kl 10:14 skrev Samordnare <samordnare@xn--malm-8qa.se>:", "",
    *quote(ORIGINAL),
]
plain(m, wrap(lines))
case("47_fraga_label_question_then_svar_line.eml", m, "reply", name, A,
     note="'Fråga 1: <full question>' then 'Svar: ...' on the next line, wrapped at 76")

# --- 48 emoji ------------------------------------------------------------------------------
A = ans(
    "Tjejjouren Linnea är en ideell jour för tjejer 12-25 år. Vi har chatt, mejl och "
    "tjejgrupper på skolor.",
    True,
    "Våra tjejgrupper finns på skolor i olika delar av Malmö och vi blandar tjejer från "
    "olika skolor på våra helgläger.",
    "Hinder: vi har få jourtjejer som pratar andra språk än svenska. Möjlighet: fler "
    "skolor vill ha oss.",
)
name = "Malmö Tjejjour Linnea"
m = msg(sender=EMAIL[name], name="Tjejjouren Linnea", date=d(10, 12, 16, 41),
        subject=f"SV: {SUBJECT}", mid="<linnea10dec@tjejjourlinnea.se>")
lines = [
    "Hej hej! 😊", "", f"1. {A['about']}", "2. Ja 👍", f"3. {A['how']}",
    f"4. {A['obstacles_opportunities']}", "", "Ha en fin dag! 🌸", "Sofia på Tjejjouren Linnea",
    "", *outlook_block(EMAIL[name]), *ORIGINAL,
]
plain(m, lines)
case("48_emoji.eml", m, "reply", name, A, note="emoji in the greeting, on 'Ja' and the closing")

# --- 49 "Absolut, ..." ---------------------------------------------------------------------
A = ans(
    "Fältbiologerna Malmö Syd är en naturförening för unga. Vi går på exkursioner, fågelskådar "
    "och har naturläger.",
    True,
    "Vi har börjat med naturutflykter för nyanlända ungdomar tillsammans med SFI och vi "
    "hämtar upp deltagare i Rosengård och Holma.",
    "Hinder: det är dyrt att resa ut i naturen. Möjligheter: naturen är gratis och för alla.",
)
name = "Fältbiologerna Malmö Syd"
m = msg(sender=EMAIL[name], name="Fältbiologerna", date=d(8, 1, 9, 30),
        subject=f"Re: {SUBJECT}", mid="<CAfalt8jan@mail.gmail.com>")
lines = [
    "Hej!", "", f"1. {A['about']}", "", "2. Absolut, det är något vi brinner för.", "",
    f"3. {A['how']}", "", f"4. {A['obstacles_opportunities']}", "", "Gröna hälsningar",
    "Elin", "", "Den mån 2 dec. 2019 kl 10:14 skrev Samordnare <samordnare@xn--malm-8qa.se>:",
    "", *quote(ORIGINAL),
]
plain(m, lines)
case("49_absolut_yes.eml", m, "reply", name, A,
     note="'2. Absolut, det är något vi brinner för.' is a yes")

# --- 50 "Nej, inte specifikt" -----------------------------------------------------------------
A = ans(
    "Vi är en kvinnoförening knuten till moskén på Jägersro. Vi har koranstudier, "
    "matlagning och föreläsningar om hälsa.",
    False,
    "Vi har inte haft resurser att arbeta med det, vi är bara frivilliga.",
    "Det finns fördomar mot oss. Vi skulle gärna samarbeta med andra kvinnoföreningar.",
)
name = "Islamiska Kvinnoföreningen Nur"
m = msg(sender=EMAIL[name], name="Nur Kvinnoförening", date=d(22, 1, 11, 22),
        mid="<DB8PR03MB1111NUR@DB8PR03MB1111.eurprd03.prod.outlook.com>")
lines = [
    "Assalamu alaikum,", "", f"1. {A['about']}", "", "2. Nej, inte specifikt.", "",
    f"3. {A['how']}", "", f"4. {A['obstacles_opportunities']}", "", "Med vänliga hälsningar",
    "Aisha", "", *outlook_block(EMAIL[name]), *ORIGINAL,
]
plain(m, lines)
case("50_nej_inte_specifikt.eml", m, "reply", name, A,
     note="'Assalamu alaikum,' greeting; '2. Nej, inte specifikt.' is a no")

# --- 51 iPad with a signature above the footer -------------------------------------------
A = ans(
    "Simklubben Delfinen har simskola för barn och vuxna och tävlingssim. Vi har 450 "
    "medlemmar.",
    True,
    "Vi har simskola för vuxna kvinnor som aldrig lärt sig simma och vi har sänkt avgiften "
    "för familjer med låg inkomst.",
    "Bassängtider är ett hinder. Möjlighet: alla barn behöver kunna simma.",
)
name = "Simklubben Delfinen Malmö"
m = msg(sender=EMAIL[name], name="SK Delfinen", date=d(16, 1, 20, 55),
        subject=f"Re: {SUBJECT}", mid="<7A8B9C-DELFINEN@skdelfinen.se>")
lines = [
    "Hej", "", f"1) {A['about']}", "", "2) Ja", "", f"3) {A['how']}", "",
    f"4) {A['obstacles_opportunities']}", "", "Mvh", "Karin Ström", "Kanslichef",
    "SK Delfinen", "", "Skickat från min iPad", "",
    "> 2 dec. 2019 kl. 10:14 skrev Samordnare <samordnare@xn--malm-8qa.se>:", ">",
    *quote(ORIGINAL),
]
plain(m, lines)
case("51_ipad_signature_then_footer.eml", m, "reply", name, A,
     note="iPad: signature, 'Skickat från min iPad', quoted original")

# --- 52 Outlook HTML: answers in blue after the question on the same line -----------------
A = ans(
    "Baobab är en förening för människor med rötter i Västafrika. Vi har trumkurser, dans och "
    "läxhjälp.",
    True,
    "Våra trum- och danskurser är öppna för alla och vi uppträder på skolor och festivaler "
    "i hela Skåne.",
    "Hinder är lokaler och pengar. Möjligheten är det stora intresset för afrikansk kultur.",
)
name = "Afrikanska Kulturföreningen Baobab"
m = msg(sender=EMAIL[name], name="Baobab Malmö", date=d(27, 1, 22, 0),
        mid="<AM6PR01MB4444BAO@AM6PR01MB4444.eurprd01.prod.outlook.com>")


def blue(s: str) -> str:
    return f' <span style="color:#2F5597">{esc(s)}</span>'


orig_html = [esc(x) for x in INTRO]
for q, a in zip(QLINES, [A["about"], "Ja", A["how"], A["obstacles_opportunities"]],
                strict=True):
    orig_html.append(esc(q) + blue(a))
orig_html += [esc(x) for x in OUTRO]
own = ["Hej!", "", "Se svar i blått nedan.", "", "Moussa Diallo", "Baobab"]
m.set_content(outlook_html([esc(x) for x in own], EMAIL[name], orig_html, raw=True),
              subtype="html", charset="windows-1252", cte="quoted-printable")
case("52_outlook_html_answers_after_question_in_blue.eml", m, "reply", name, A,
     note="Outlook HTML: answers in blue right after each question of the original")

# --- 53 a link as the answer to question 1 ----------------------------------------------------
A = ans(
    "www.ibkkroksback.se",
    True,
    "Vi har gratis innebandy på lördagar i Kroksbäcksskolans gympasal för alla barn som vill "
    "komma, utan anmälan.",
    "Vi saknar ledare. Många föräldrar vill hjälpa till om de får utbildning.",
)
name = "Innebandyklubben Kroksbäck"
m = msg(sender=EMAIL[name], name="IBK Kroksbäck", date=d(12, 1, 18, 18),
        mid="<HE1PR02MB5151IBK@HE1PR02MB5151.eurprd02.prod.outlook.com>")
lines = [
    "Hej!", "", f"1. {A['about']}", "2. Ja", f"3. {A['how']}", f"4. {A['obstacles_opportunities']}",
    "", "/Johan", "", *outlook_block(EMAIL[name]), *ORIGINAL,
]
plain(m, lines)
case("53_link_as_answer_one.eml", m, "reply", name, A, note="'1. www...' a link as the answer")

# --- 54 Gmail forward by a municipal colleague of a mis-sent reply ------------------------
A = ans(
    "Vi är en förening för chilenare och andra latinamerikaner i Malmö. Vi har funnits "
    "sedan 1976 och har folkmusik, dans och en spansk lördagsskola.",
    True,
    "Vi samarbetar med skolor i Fosie och Hyllie och har öppna kulturkvällar för alla.",
    "Medlemmarna blir äldre. Möjlighet: barnbarnen vill lära sig spanska.",
)
name = "Chilenska Föreningen Salvador Allende"
m = msg(sender="anna.berg@xn--malm-8qa.se", name="Anna Berg", date=d(9, 1, 8, 12),
        subject=f"Fwd: SV: {SUBJECT}", mid="<CAannaberg9@xn--malm-8qa.se>",
        reply_to_survey=False)
lines = [
    "Hej, det här kom till mig, jag tror det är till dig.", "", "Anna", "",
    "---------- Forwarded message ---------",
    f"Från: Rodrigo Fuentes <{EMAIL[name]}>", "Date: ons 8 jan. 2020 kl 21:40",
    f"Subject: SV: {SUBJECT}", "To: Anna Berg <anna.berg@xn--malm-8qa.se>", "",
    "Hola! Hej!", "", f"1. {A['about']}", "2. Ja", f"3. {A['how']}",
    f"4. {A['obstacles_opportunities']}", "", "Saludos", "Rodrigo Fuentes",
    "Föreningen Salvador Allende", "",
]
plain(m, lines)
case("54_municipal_colleague_forwards_missent_reply.eml", m, "reply", name, A,
     note="a municipal colleague forwards an association's reply that was sent to her")

# --- 55 out-of-office naming a colleague, no headers ----------------------------------------
name = "Föreningen Läxor & Lek"
m = msg(sender=EMAIL[name], name="Läxor & Lek", date=d(2, 12, 10, 30),
        subject=f"SV: {SUBJECT}", mid="<ooo-laxorochlek@gmail.com>")
plain(m, [
    "Hej,", "", "Jag är föräldraledig och läser inte denna mejl regelbundet. Kontakta "
    "istället vår ordförande Lisa på lisa.ek@laxorochlek.se.", "", "Mvh Johanna",
])
case("55_out_of_office_parental_leave.eml", m, "auto_reply", name, NONE,
     note="Swedish out-of-office (parental leave) naming another address, no headers")

# --- 56 "we already answered" ---------------------------------------------------------------
name = "Ukrainska Föreningen Kalyna"
m = msg(sender=EMAIL[name], name="Kalyna", date=d(8, 1, 10, 10),
        subject=f"Re: Påminnelse: {SUBJECT}", mid="<CAkalyna8@mail.gmail.com>",
        in_reply_to=REMINDER_ID)
lines = [
    "Hej! Vi skickade våra svar den 18 december, har ni inte fått dem? Säg till så skickar vi "
    "igen.", "", "Olena", "", "Den tis 7 jan. 2020 kl 14:02 skrev Samordnare "
    "<samordnare@xn--malm-8qa.se>:", "", *quote(REMINDER),
]
plain(m, lines)
case("56_already_answered.eml", m, "reply", name, NONE,
     note="reply to the reminder saying the answers were already sent: no answers")


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
