"""Build the third "unseen replies" corpus: threads (replies to reminders, to follow-up
questions, quoting earlier replies and several levels of headers), a coordinator colleague
forwarding an association's answer, HTML-only mail from real clients, and unusual languages
and layouts (English, bold copied questions, one-line answers, Roman numerals and letters,
long answers with lists and emojis).

Run once (python tests/data/make_unseen3.py); the .eml files, expected.json and roster.csv
in tests/data/unseen3/ are committed. The bytes are the same on every run. The question
texts and the survey boilerplate come from make_unseen2. All names and texts are invented.

Numbering decisions: Roman numerals (I.-IV.) and letters (a)-d)) in a four-item list are
read as questions 1-4. A "Ja" only in the subject line does not answer question 2.
"""

from __future__ import annotations

import csv
import json
import random
import sys
from email.message import EmailMessage
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_unseen2 import (
    COORD,
    ORIGINAL,
    OUTRO,
    QS,
    SUBJECT,
    ans,
    d,
    gmail_attr,
    outlook_block,
    quote,
    src,
)

OUT = Path(__file__).resolve().parent / "unseen3"

ROSTER = [
    ("Föreningen Grannkraft", "info@grannkraft.se", "802702-2001"),
    ("Kulturföreningen Mosaik", "mosaik.malmo@gmail.com", "802702-2002"),
    ("Idrottsföreningen Kroksbäck United", "kansli@kroksbackunited.se", "802702-2003"),
    ("Läsfrämjandet Augustenborg", "lasframjandet.augustenborg@gmail.com", "802702-2004"),
    ("Eritreanska Föreningen Asmara", "asmara.malmo@hotmail.com", "802702-2005"),
    ("Pensionärsföreningen Solrosen", "solrosen@telia.com", "802702-2006"),
    ("Teaterföreningen Ridån", "info@teaterridan.se", "802702-2007"),
    ("Brottningsklubben Titan", "kansli@bkthetitan.se", "802702-2008"),
    ("Hyresgästföreningen Nydala", "nydala@hyresgasterna-malmo.se", "802702-2009"),
    ("Kvinnonätverket Rosengård", "kvinnonatverket.rosengard@gmail.com", "802702-2010"),
    ("Musikföreningen Takt", "takt.malmo@outlook.com", "802702-2011"),
    ("Dansföreningen Salsa Sur", "salsasur.malmo@gmail.com", "802702-2012"),
    ("Cykelköket Sofielund", "hej@cykelkoket.se", "802702-2013"),
    ("Språkcaféet Värnhem", "sprakcafe.varnhem@gmail.com", "802702-2014"),
    ("Basketklubben Höjden", "info@bkhojden.se", "802702-2015"),
    ("Syföreningen Tråden", "traden.syforening@telia.com", "802702-2016"),
    ("Arabiska Kulturcentret Malmö", "akc.malmo@gmail.com", "802702-2017"),
    ("Fritidsföreningen Ungdomsgården Oxie", "ungdomsgarden.oxie@gmail.com", "802702-2018"),
    ("Schackklubben Springaren", "springaren@schack.se", "802702-2019"),
    ("Naturskyddsföreningen Malmö Väst", "malmovast@naturskydd.se", "802702-2020"),
    ("Boxningsklubben Ringen", "bk.ringen@gmail.com", "802702-2021"),
    ("Föreningen Fika Tillsammans", "fikatillsammans@gmail.com", "802702-2022"),
    ("Bosniska Föreningen Most", "most.malmo@gmail.com", "802702-2023"),
    ("Körsällskapet Harmoni", "harmoni.kor@gmail.com", "802702-2024"),
    ("Föreningen Läxhjälp Fosie", "laxhjalp.fosie@gmail.com", "802702-2025"),
    ("Handbollsklubben Kirseberg", "kansli@hkkirseberg.se", "802702-2026"),
    ("Polska Föreningen Orzeł", "orzel.malmo@gmail.com", "802702-2027"),
    ("Ungdomsrådet Hermodsdal", "ungdomsradet.hermodsdal@gmail.com", "802702-2028"),
    ("Konstföreningen Palett", "palett.konst@telia.com", "802702-2029"),
    ("Föreningen Öppna Händer", "info@oppnahander.se", "802702-2030"),
    ("Simklubben Delfinen", "kansli@skdelfinen.se", "802702-2031"),
    ("Iranska Kvinnoföreningen Nasim", "nasim.malmo@gmail.com", "802702-2032"),
    ("Motorklubben Kolvringen", "kolvringen.mk@gmail.com", "802702-2033"),
]
EMAILS = {n: e.split(";") for n, e, _ in ROSTER}
COLLEAGUE = "karin.lind@malmo.se"
REMINDER_SUBJECT = f"Påminnelse: {SUBJECT}"


def addr(name: str) -> str:
    return EMAILS[name][0]


def msg(*, sender: str, name: str, date: Any, mid: str, subject: str = f"SV: {SUBJECT}",
        in_reply_to: str | None = "<kartlaggning-2019@xn--malm-8qa.se>") -> EmailMessage:
    m = EmailMessage()
    m["From"] = f"{name} <{sender}>" if name else sender
    m["To"] = f"Samordnare <{COORD}>"
    m["Subject"] = subject
    m["Date"] = d(*date) .strftime("%a, %d %b %Y %H:%M:%S %z")
    m["Message-ID"] = mid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    return m


def body(m: EmailMessage, lines: list[str]) -> EmailMessage:
    m.set_content("\n".join(lines) + "\n", charset="utf-8", cte="8bit")
    return m


def html(m: EmailMessage, markup: str) -> EmailMessage:
    m.set_content(markup, subtype="html", charset="utf-8", cte="quoted-printable")
    return m


def reminder(name: str, ref: str) -> list[str]:
    return [
        f"Hej {name}!",
        "",
        f"Vi har ännu inte fått något svar från er på kartläggningen ”{SUBJECT}”. Sista "
        "svarsdag är 31 januari 2020 (om 9 dagar). Varje förening som svarar gör bilden mer "
        "komplett, och det tar bara några minuter.",
        "",
        "Svara gärna direkt på det här mejlet och skriv svaren under frågorna:",
        "",
        *[f"{i}. {q}" for i, q in enumerate(QS, 1)],
        "",
        "Ni kan också bifoga svaren som ett dokument, eller skriva att ni hellre vill bli "
        "intervjuade, så hör vi av oss.",
        "",
        "Med vänliga hälsningar",
        "Samordnare",
        "",
        f"Referens: {ref}",
    ]


CASES: list[tuple[str, Any, dict[str, Any]]] = []
random.seed(2023)  # MIME boundaries: the same bytes on every run


def case(file: str, m: EmailMessage | bytes, association: str | None, answers: dict,
         sources: dict, *, kind: str = "reply", note: str = "") -> None:
    CASES.append((file, m, {
        "kind": kind, "association": association, "bounced_addresses": [],
        "wants_interview": False, "answers": answers, "answer_sources": sources, "note": note,
    }))


BODY4 = src("body", "body", "body", "body")

# --- 01 reply to a reminder from a private address, answers on top ------------------------
name = "Föreningen Grannkraft"
A = ans("Grannkraft är en förening för boende på Seved som ordnar grannfester och läxhjälp.",
        True, "Vi bjuder in grannar från hela stadsdelen till gemensamma middagar varje månad.",
        "Hinder: lokalen är för liten. Möjligheter: många nya grannar vill engagera sig.")
m = msg(sender="lena.holm72@gmail.com", name="Lena Holm", date=(22, 1, 19, 5),
        mid="<CAgrann0001@mail.gmail.com>", subject=f"Re: {REMINDER_SUBJECT} [ref: K7Q2]",
        in_reply_to="<paminnelse-k7q2@xn--malm-8qa.se>")
body(m, ["Hej!", "", "Förlåt att det dröjt.", "", f"1. {A['about']}", "2. Ja",
         f"3. {A['how']}", f"4. {A['obstacles_opportunities']}", "", "Lena", "",
         "Den ons 22 jan. 2020 kl 09:00 skrev Samordnare <samordnare@xn--malm-8qa.se>:", "",
         *quote(reminder(name, "K7Q2"))])
case("01_reminder_reply_private_address.eml", m, name, A, BODY4,
     note="reply to a reminder from a private address; the association is named only in the "
          "quoted reminder greeting")

# --- 02 reply to a reminder, answers under the quoted questions ---------------------------
name = "Kulturföreningen Mosaik"
A = ans("Mosaik ordnar konstkurser och utställningar för barn och vuxna i Rosengård.",
        True, "Vi blandar deltagare från olika stadsdelar i alla kurser.",
        "Hinder: svårt att nå ut. Möjligheter: konsten behöver inga ord.")
rem = reminder(name, "M2X9")
lines = []
for ln in rem:
    lines.append(f"> {ln}" if ln else ">")
    for i, a in enumerate([A["about"], "Ja", A["how"], A["obstacles_opportunities"]], 1):
        if ln.startswith(f"{i}. "):
            lines += ["", a, ""]
m = msg(sender=addr(name), name="Mosaik", date=(23, 1, 10, 0),
        mid="<CAmosaik001@mail.gmail.com>", subject=f"Re: {REMINDER_SUBJECT} [ref: M2X9]",
        in_reply_to="<paminnelse-m2x9@xn--malm-8qa.se>")
body(m, ["Svar nedan!", "", "Den tors 23 jan. 2020 kl 08:00 skrev Samordnare "
         "<samordnare@xn--malm-8qa.se>:", *lines])
case("02_reminder_reply_inline_under_questions.eml", m, name, A, BODY4,
     note="answers written under each question of the quoted reminder")

# --- 03 a second mail quoting the association's own earlier reply --------------------------
name = "Idrottsföreningen Kroksbäck United"
Q4A = "Hinder: planerna är fullbokade. Möjligheter: fotbollen samlar alla barn i området."
earlier = ["Hej,", "", "1. Vi är en fotbollsförening i Kroksbäck med 300 aktiva.", "2. Ja",
           "3. Gratis träningsavgift och blandade lag.", "4. Återkommer om den.", "",
           "Ahmed, Kroksbäck United"]
m = msg(sender=addr(name), name="Kroksbäck United", date=(24, 1, 9, 30),
        mid="<20200124093000.ku@kroksbackunited.se>", subject=f"SV: SV: {SUBJECT}")
body(m, ["Hej igen,", "", "Här kommer svaret på fråga 4 som vi lovade:", "",
         f"4. {Q4A}", "", "Ahmed", "", "________________________________",
         f"Från: Kroksbäck United <{addr(name)}>", "Skickat: den 20 januari 2020 11:02",
         f"Till: Samordnare <{COORD}>", f"Ämne: SV: {SUBJECT}", "", *earlier, "",
         *outlook_block(addr(name)), *ORIGINAL])
case("03_quotes_own_earlier_reply.eml", m, name, ans(None, None, None, Q4A),
     src(None, None, None, "body"),
     note="adds answer 4; the quoted earlier reply's answers belong to the earlier mail")

# --- 04 two levels of Outlook headers under the answers ------------------------------------
name = "Läsfrämjandet Augustenborg"
A = ans("Vi driver bokcirklar och högläsning för barn på biblioteket i Augustenborg.", True,
        "Högläsning på flera språk och bokcirklar där nya och gamla malmöbor möts.",
        "Hinder: ideella krafter räcker inte. Möjligheter: biblioteket vill samarbeta.")
m = msg(sender=addr(name), name="Läsfrämjandet Augustenborg", date=(25, 1, 14, 0),
        mid="<AM0PR01MB0001.lf@AM0PR01MB0001.eurprd01.prod.outlook.com>",
        subject=f"SV: SV: {SUBJECT}")
body(m, ["Hej Samordnare,", "", "Nu har styrelsen gått igenom frågorna:", "",
         f"1. {A['about']}", "", "2. Ja", "", f"3. {A['how']}", "",
         f"4. {A['obstacles_opportunities']}", "", "Med vänlig hälsning", "Birgitta Ek",
         "Läsfrämjandet Augustenborg", "", "Från: Samordnare <samordnare@xn--malm-8qa.se>",
         "Skickat: den 10 januari 2020 08:12", f"Till: {addr(name)}",
         f"Ämne: SV: {SUBJECT}", "", "Tack, vi ser fram emot era svar!", "",
         "Från: Läsfrämjandet Augustenborg <lasframjandet.augustenborg@gmail.com>",
         "Skickat: den 9 januari 2020 17:40", f"Till: Samordnare <{COORD}>",
         f"Ämne: SV: {SUBJECT}", "", "Hej, vi svarar efter styrelsemötet.", "",
         *outlook_block(addr(name)), *ORIGINAL])
case("04_two_levels_of_outlook_headers.eml", m, name, A, BODY4,
     note="answers above two quoted Outlook header blocks (and the original below)")

# --- 05 answer to the coordinator's follow-up about question 3, on top ---------------------
name = "Eritreanska Föreningen Asmara"
HOW = ("Vi har öppet hus varje lördag där alla grannar är välkomna, och våra ungdomar spelar "
       "fotboll i en blandad serie med lag från hela Malmö.")
m = msg(sender=addr(name), name="Asmara", date=(26, 1, 12, 0),
        mid="<AM6PR02MB0002.asmara@AM6PR02MB0002.eurprd02.prod.outlook.com>",
        subject=f"SV: SV: {SUBJECT}", in_reply_to="<foljdfraga-asmara@xn--malm-8qa.se>")
body(m, ["Hej!", "", "Absolut.", HOW, "", "Mvh Yonas", "", "________________________________",
         f"Från: Samordnare <{COORD}>", "Skickat: den 24 januari 2020 10:00",
         f"Till: {addr(name)}", f"Ämne: SV: {SUBJECT}", "",
         "Hej Yonas, tack för era svar! Kan ni utveckla fråga 3? På vilket sätt arbetar ni "
         "mot segregation?", "", "Vänliga hälsningar", "Samordnare"])
case("05_followup_question_3_on_top.eml", m, name, ans(None, None, HOW, None),
     src(None, None, "body", None),
     note="reply to the coordinator's 'Kan ni utveckla fråga 3?': the text answers only q3")

# --- 06 answer placed under the quoted follow-up question ---------------------------------
name = "Pensionärsföreningen Solrosen"
HOW = ("Vi har startat en samtalsgrupp på svenska för äldre som nyss kommit till Sverige och "
       "bjuder in dem till våra utflykter.")
m = msg(sender=addr(name), name="Solrosen", date=(26, 1, 15, 0),
        mid="<1580050800.solrosen@telia.com>", subject=f"Re: Re: {SUBJECT}",
        in_reply_to="<foljdfraga-solrosen@xn--malm-8qa.se>")
body(m, ["Samordnare skrev 2020-01-24 10:05:", "> Hej! Tack för svaren.", ">",
         "> Kan ni utveckla fråga 3?", "", HOW, "", "> Hälsningar, Samordnare", "",
         "Gunnel"])
case("06_followup_question_3_inline.eml", m, name, ans(None, None, HOW, None),
     src(None, None, "body", None),
     note="answer written under the quoted follow-up question about question 3")

# --- 07 a colleague at the municipality forwards an answer inline --------------------------
name = "Teaterföreningen Ridån"
A = ans("Ridån är en amatörteater med ungdomsgrupper i Kirseberg och Södervärn.", True,
        "Vi spelar på flera språk och turnerar med föreställningar till fritidsgårdar.",
        "Hinder: repetitionslokal. Möjligheter: teater ger unga en röst.")
m = msg(sender=COLLEAGUE, name="Karin Lind", date=(27, 1, 8, 30),
        mid="<AM7PR03MB0003.karin@AM7PR03MB0003.eurprd03.prod.outlook.com>",
        subject="VB: Svar på enkäten", in_reply_to=None)
body(m, ["Hej!", "", "Det här svaret kom till mig, vidarebefordrar.", "", "/Karin", "",
         "Karin Lind", "Handläggare", "Malmö stad", "", "________________________________",
         f"Från: Teaterföreningen Ridån <{addr(name)}>", "Skickat: den 25 januari 2020 21:14",
         f"Till: Karin Lind <{COLLEAGUE}>", "Ämne: Svar på enkäten", "", "Hej Karin,", "",
         "Här är våra svar på kartläggningen.", "", f"1. {A['about']}", "2. Ja",
         f"3. {A['how']}", f"4. {A['obstacles_opportunities']}", "", "Hälsningar",
         "Teaterföreningen Ridån"])
case("07_colleague_forwards_inline.eml", m, name, A, BODY4,
     note="a coordinator-domain colleague (not in the roster) forwards the association's mail")

# --- 08 the same kind of forward with the original attached as .eml ------------------------
name = "Brottningsklubben Titan"
A = ans("Brottningsklubben Titan har brottning för barn och vuxna i Lindängen.", True,
        "Vi har gratis prova-på för tjejer och samarbetar med skolorna i området.",
        "Hinder: mattorna är slitna. Möjligheter: sporten lockar unga från alla bakgrunder.")
inner = EmailMessage()
inner["From"] = f"Brottningsklubben Titan <{addr(name)}>"
inner["To"] = f"Karin Lind <{COLLEAGUE}>"
inner["Subject"] = "Svar på enkäten"
inner["Date"] = d(25, 1, 18, 0).strftime("%a, %d %b %Y %H:%M:%S %z")
inner["Message-ID"] = "<titan0001@bkthetitan.se>"
inner.set_content("\n".join(["Hej!", "", f"1. {A['about']}", "2. Ja", f"3. {A['how']}",
                             f"4. {A['obstacles_opportunities']}", "", "Mvh Titan"]) + "\n",
                  charset="utf-8", cte="8bit")
m = msg(sender=COLLEAGUE, name="Karin Lind", date=(27, 1, 8, 45),
        mid="<AM7PR03MB0003.karin2@AM7PR03MB0003.eurprd03.prod.outlook.com>",
        subject="VB: Svar på enkäten", in_reply_to=None)
body(m, ["Hej, ännu ett svar som kom till min adress. Se bifogat mejl.", "", "/Karin"])
m.add_attachment(inner, filename="Svar på enkäten.eml")
case("08_colleague_forwards_as_eml.eml", m, name, A, BODY4,
     note="colleague forwards the association's mail as an attached .eml")

# --- 09 Outlook HTML-only, answers in a two-column table -----------------------------------
name = "Hyresgästföreningen Nydala"
A = ans("Vi är hyresgästernas lokala förening i Nydala och driver en gårdslokal.", True,
        "Vi ordnar gårdsfester, språkcafé och läxhjälp i gårdslokalen för alla boende.",
        "Hinder: få orkar engagera sig. Möjligheter: gårdslokalen är en naturlig mötesplats.")
rows = "".join(
    f'<tr><td width="300" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">'
    f'<p class="MsoNormal"><b>{q}</b><o:p></o:p></p></td>'
    f'<td width="300" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">'
    f'<p class="MsoNormal">{a}<o:p></o:p></p></td></tr>'
    for q, a in zip(QS, [A["about"], "Ja", A["how"], A["obstacles_opportunities"]], strict=True))
m = msg(sender=addr(name), name="Hyresgästföreningen Nydala", date=(27, 1, 16, 0),
        mid="<DB7PR04MB0004.nydala@DB7PR04MB0004.eurprd04.prod.outlook.com>")
html(m, '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
     '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
     '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}'
     ' --></style></head><body lang="SV" link="#0563C1"><div class="WordSection1">'
     '<p class="MsoNormal">Hej!<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
     '<p class="MsoNormal">Här är våra svar:<o:p></o:p></p>'
     '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">'
     f'<tbody>{rows}</tbody></table><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
     '<p class="MsoNormal">Med vänlig hälsning<o:p></o:p></p>'
     '<p class="MsoNormal">Styrelsen, Hyresgästföreningen Nydala<o:p></o:p></p>'
     '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
     f'<p class="MsoNormal"><b>Från:</b> Samordnare &lt;{COORD}&gt;<br><b>Skickat:</b> den 2 '
     f'december 2019 10:14<br><b>Till:</b> {addr(name)}<br><b>Ämne:</b> {SUBJECT}</p></div>'
     + "".join(f'<p class="MsoNormal">{ln}<o:p></o:p></p>' for ln in ORIGINAL)
     + "</div></body></html>")
case("09_outlook_html_two_column_table.eml", m, name, A, BODY4,
     note="HTML-only Outlook mail, questions and answers in a two-column table")

# --- 10 Gmail HTML, answers in an ordered list ---------------------------------------------
name = "Kvinnonätverket Rosengård"
A = ans("Ett nätverk för kvinnor i Rosengård med svenskträning, promenader och syjunta.",
        True, "Vi gör utflykter till andra delar av Malmö och bjuder in kvinnor från hela stan.",
        "Hinder: barnpassning. Möjligheter: kvinnorna sprider ordet själva.")
items = "".join(f"<li>{a}</li>" for a in [A["about"], "Ja", A["how"],
                                          A["obstacles_opportunities"]])
quoted = "<br>".join(ORIGINAL)
m = msg(sender=addr(name), name="Kvinnonätverket", date=(27, 1, 20, 0),
        mid="<CAkvinn0001@mail.gmail.com>", subject=f"Re: {SUBJECT}")
html(m, f'<div dir="ltr"><div>Hej,</div><div><br></div><div>Våra svar:</div><ol>{items}</ol>'
     '<div>Hälsningar</div><div>Samira</div></div><br><div class="gmail_quote">'
     f'<div dir="ltr" class="gmail_attr">{gmail_attr()}<br></div>'
     '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
     f'rgb(204,204,204);padding-left:1ex">{quoted}</blockquote></div>')
case("10_gmail_html_ordered_list.eml", m, name, A, BODY4,
     note="HTML-only Gmail mail, the four answers as <ol><li> items")

# --- 11 Apple Mail HTML with blockquote type=cite ------------------------------------------
name = "Musikföreningen Takt"
A = ans("Takt är en musikförening med band, kör och instrumentlektioner för unga.", True,
        "Vi lånar ut instrument gratis och har replokaler öppna för alla ungdomar.",
        "Hinder: lokalerna. Möjligheter: musiken förenar.")
divs = "".join(f"<div>{i}. {a}</div>" for i, a in enumerate(
    [A["about"], "Ja", A["how"], A["obstacles_opportunities"]], 1))
m = msg(sender=addr(name), name="Takt", date=(28, 1, 9, 0),
        mid="<8F2A1C3D-0001-4A5B-9C6D-TAKT@outlook.com>")
html(m, '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
     '</head><body dir="auto"><div>Hej!</div><div><br></div>' + divs
     + '<div><br></div><div>Jonas</div><div><br><div dir="ltr">Skickat från min iPhone</div>'
     '<div dir="ltr"><br><blockquote type="cite">2 dec. 2019 kl. 10:14 skrev Samordnare '
     f'&lt;{COORD}&gt;:<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">'
     + "".join(f"<div>{ln}</div>" if ln else "<div><br></div>" for ln in ORIGINAL)
     + "</div></blockquote></div></body></html>")
case("11_apple_mail_html_blockquote.eml", m, name, A, BODY4,
     note="HTML-only Apple Mail (iPhone), the original in <blockquote type=cite>")

# --- 12 answers in red inside the quoted original ------------------------------------------
name = "Dansföreningen Salsa Sur"
A = ans("Salsa Sur har danskurser i salsa och bachata för alla åldrar på Möllan.", True,
        "Kurserna är billiga och vi byter partner hela tiden så att alla lär känna alla.",
        "Hinder: hyran. Möjligheter: dansen är för alla.")
red = [A["about"], "Ja", A["how"], A["obstacles_opportunities"]]
qhtml = "".join(
    f'<p class="MsoNormal">{i}. {q}<o:p></o:p></p>'
    f'<p class="MsoNormal"><span style="color:red">{a}</span><o:p></o:p></p>'
    for i, (q, a) in enumerate(zip(QS, red, strict=True), 1))
m = msg(sender=addr(name), name="Salsa Sur", date=(28, 1, 12, 0),
        mid="<AM9PR05MB0005.salsa@AM9PR05MB0005.eurprd05.prod.outlook.com>")
html(m, '<html><body lang="SV"><div class="WordSection1">'
     '<p class="MsoNormal">Hej, svar i rött nedan.<o:p></o:p></p>'
     '<p class="MsoNormal">/Carmen<o:p></o:p></p><p class="MsoNormal">&nbsp;</p>'
     '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
     f'<p class="MsoNormal"><b>Från:</b> Samordnare &lt;{COORD}&gt;<br><b>Skickat:</b> den 2 '
     f'december 2019 10:14<br><b>Till:</b> {addr(name)}<br><b>Ämne:</b> {SUBJECT}</p></div>'
     + "".join(f'<p class="MsoNormal">{ln}</p>' for ln in ORIGINAL[:7]) + qhtml
     + "".join(f'<p class="MsoNormal">{ln}</p>' for ln in OUTRO) + "</div></body></html>")
case("12_html_answers_in_red_in_quote.eml", m, name, A, BODY4,
     note="'svar i rött nedan': answers in red spans under the questions of the quoted original")

# --- 13 English, "Q1:" style ---------------------------------------------------------------
name = "Cykelköket Sofielund"
A = ans("Cykelköket is a bicycle workshop where anyone can repair their bike for free.", True,
        "We teach cycling to adults, mostly newly arrived women, and our volunteers come from "
        "all over Malmö.",
        "Obstacles: we depend on donated parts. Opportunities: cycling gives people freedom.")
m = msg(sender=addr(name), name="Cykelköket", date=(28, 1, 13, 0),
        mid="<CAcykel0001@mail.gmail.com>", subject=f"Re: {SUBJECT}")
body(m, ["Hi,", "", "Sorry, we answer in English.", "", f"Q1: {A['about']}", "Q2: Yes",
         f"Q3: {A['how']}", f"Q4: {A['obstacles_opportunities']}", "", "Best regards,",
         "Tom", "", gmail_attr(), *quote(ORIGINAL)])
case("13_english_q_labels.eml", m, name, A, BODY4, note="English reply, 'Q1:' labels")

# --- 14 the full question copied in bold (**...**) before each answer ----------------------
name = "Språkcaféet Värnhem"
A = ans("Språkcaféet Värnhem träffas varje tisdag på kvällen för att prata svenska.", True,
        "Nya och gamla malmöbor möts över en kopp kaffe och lär känna varandra.",
        "Hinder: lokalen stänger tidigt. Möjligheter: fler volontärer anmäler sig.")
lines = ["Hej!", ""]
for q, a in zip(QS, [A["about"], "Ja", A["how"], A["obstacles_opportunities"]], strict=True):
    lines += [f"**{q}**", a, ""]
m = msg(sender=addr(name), name="Språkcaféet", date=(28, 1, 14, 0),
        mid="<CAsprak0001@mail.gmail.com>", subject=f"Re: {SUBJECT}")
body(m, [*lines, "Vänliga hälsningar", "Eva"])
case("14_bold_copied_questions.eml", m, name, A, BODY4,
     note="each answer under the full question copied and bolded with **")

# --- 15 all four answers on one line, "1) ... 2) ..." --------------------------------------
name = "Basketklubben Höjden"
A = ans("Vi är en basketklubb i Hyllie med 12 lag.", True,
        "Vi har gratis spontanbasket på fredagar.",
        "Hinder: hallider. Möjligheter: basket är stort.")
m = msg(sender=addr(name), name="BK Höjden", date=(28, 1, 15, 0),
        mid="<20200128150000.hojden@bkhojden.se>")
body(m, ["Hej!", "", f"1) {A['about']} 2) Ja 3) {A['how']} 4) "
         f"{A['obstacles_opportunities']}", "", "Mvh Ali"])
case("15_one_line_paren_numbers.eml", m, name, A, BODY4,
     note="all four answers in one line numbered 1) 2) 3) 4)")

# --- 16 Roman numerals ---------------------------------------------------------------------
name = "Syföreningen Tråden"
A = ans("Tråden är en syförening som träffas varje onsdag i Oxie.", True,
        "Vi syr tillsammans med kvinnor från boendet för nyanlända.",
        "Hinder: symaskinerna är gamla. Möjligheter: handarbete behöver inget gemensamt språk.")
m = msg(sender=addr(name), name="Tråden", date=(28, 1, 16, 0),
        mid="<1580223600.traden@telia.com>")
body(m, ["Hej,", "", f"I. {A['about']}", "II. Ja", f"III. {A['how']}",
         f"IV. {A['obstacles_opportunities']}", "", "Hälsningar Britt"])
case("16_roman_numerals.eml", m, name, A, BODY4,
     note="answers numbered I. II. III. IV. (read as questions 1-4)")

# --- 17 letters a) - d) --------------------------------------------------------------------
name = "Arabiska Kulturcentret Malmö"
A = ans("Kulturcentret har arabiskundervisning, bibliotek och kulturkvällar.", True,
        "Kulturkvällarna är öppna för alla och hålls på både arabiska och svenska.",
        "Hinder: fördomar. Möjligheter: intresset för arabisk kultur växer.")
m = msg(sender=addr(name), name="AKC Malmö", date=(28, 1, 17, 0),
        mid="<CAakc00001@mail.gmail.com>", subject=f"Re: {SUBJECT}")
body(m, ["Hej", "", f"a) {A['about']}", "", "b) Ja", "", f"c) {A['how']}", "",
         f"d) {A['obstacles_opportunities']}", "", "Med vänliga hälsningar", "Omar"])
case("17_letters_a_to_d.eml", m, name, A, BODY4,
     note="answers lettered a) b) c) d) (read as questions 1-4)")

# --- 18 "Ja" only in the subject ----------------------------------------------------------
name = "Fritidsföreningen Ungdomsgården Oxie"
A = ans("Vi driver ungdomsgården i Oxie med öppen verksamhet fyra kvällar i veckan.", None,
        "Vi åker på utbyten med ungdomsgårdar i Rosengård och Kroksbäck.",
        "Hinder: bussförbindelserna. Möjligheter: ungdomarna vill träffas.")
m = msg(sender=addr(name), name="Ungdomsgården Oxie", date=(28, 1, 18, 0),
        mid="<CAoxie0001@mail.gmail.com>",
        subject="Svar: Ja, vi arbetar mot segregation")
body(m, ["Hej!", "", f"1. {A['about']}", "", f"3. {A['how']}", "",
         f"4. {A['obstacles_opportunities']}", "", "/Jenny"])
case("18_yes_only_in_subject.eml", m, name, A, src("body", None, "body", "body"),
     note="q2 answered only in the subject line: null")

# --- 19 very long answers with bullet lists -----------------------------------------------
name = "Naturskyddsföreningen Malmö Väst"
P1 = ("Naturskyddsföreningen Malmö Väst är en lokalkrets med cirka 900 medlemmar. Vi ordnar "
      "exkursioner, föredrag och naturvårdsdagar i västra Malmö.")
P1b = ("Vi har också en barngrupp, Miljöspanarna, som träffas varannan lördag.")
H1 = "Vi arbetar på flera sätt:"
H2 = ["- Gratis naturvandringar på lätt svenska tillsammans med SFI.",
      "- Miljöspanarna har grupper både i Limhamn och i Holma.",
      "- Vi lånar ut kikare och stövlar så att utrustning inte blir ett hinder."]
H3 = "Vi utvärderar arbetet varje år tillsammans med deltagarna."
O1 = "Hinder:"
O2 = ["• Få ledare talar andra språk än svenska.", "• Transporter till naturområden kostar."]
O3 = "Möjligheter: intresset för naturen är stort i alla stadsdelar."
A = ans(f"{P1} {P1b}", True, " ".join([H1, *H2, H3]), " ".join([O1, *O2, O3]))
m = msg(sender=addr(name), name="NF Malmö Väst", date=(29, 1, 9, 0),
        mid="<20200129090000.nf@naturskydd.se>")
body(m, ["Hej!", "", f"1. {P1}", "", P1b, "", "2. Ja", "", f"3. {H1}", *H2, "", H3, "",
         f"4. {O1}", *O2, "", O3, "", "Med vänlig hälsning", "Per Nyström",
         "Ordförande, Naturskyddsföreningen Malmö Väst"])
case("19_long_answers_with_lists.eml", m, name, A, BODY4,
     note="several paragraphs and bullet lists inside answers")

# --- 20 emojis ----------------------------------------------------------------------------
name = "Boxningsklubben Ringen"
A = ans("Vi är en boxningsklubb på Rosengård 🥊 med 150 medlemmar.", True,
        "Alla tränar ihop oavsett bakgrund 💪 och vi har tjejgrupp på söndagar.",
        "Hinder: pengar 😅 Möjligheter: massor! 🙌")
m = msg(sender=addr(name), name="BK Ringen", date=(29, 1, 10, 0),
        mid="<CAring00001@mail.gmail.com>", subject=f"Re: {SUBJECT}")
body(m, ["Tjena! 👋", "", f"1. {A['about']}", "2. Ja 👍", f"3. {A['how']}",
         f"4. {A['obstacles_opportunities']}", "", "Hälsningar Kenan 🙂", "",
         "Skickat från min iPhone"])
case("20_emojis.eml", m, name, A, BODY4, note="answers with emojis, 'Ja 👍'")

# --- 21 "Hälsningar från våra medlemmar" inside an answer ---------------------------------
name = "Föreningen Fika Tillsammans"
H = ["Vi bjuder in till fika i parker runt om i Malmö där vem som helst kan slå sig ned.",
     "Hälsningar från våra medlemmar brukar vi skriva på vykort som vi delar ut i "
     "bostadsområden där vi inte varit förut.",
     "Så får vi nya deltagare varje gång."]
A = ans("Fika Tillsammans ordnar gratis fika utomhus för att grannar ska lära känna varandra.",
        True, " ".join(H), "Hinder: vädret. Möjligheter: alla gillar fika.")
m = msg(sender=addr(name), name="Fika Tillsammans", date=(29, 1, 11, 0),
        mid="<CAfika00001@mail.gmail.com>", subject=f"Re: {SUBJECT}")
body(m, ["Hej!", "", f"1. {A['about']}", "", "2. Ja", "", f"3. {H[0]}", H[1], H[2], "",
         f"4. {A['obstacles_opportunities']}", "", "Kram", "Linnea"])
case("21_halsningar_line_inside_answer.eml", m, name, A, BODY4,
     note="a line starting 'Hälsningar från våra medlemmar' inside answer 3 is no signature")

# --- 22 colleague forward, Gmail style "Forwarded message" ---------------------------------
name = "Bosniska Föreningen Most"
A = ans("Most är en kulturförening för bosnier i Malmö med folkdans och språkskola.", False,
        "Vi fokuserar på vårt eget kulturarv, men alla är välkomna på våra fester.",
        "Hinder: lokalen. Möjligheter: ungdomarna.")
m = msg(sender="amra.hodzic@malmo.se", name="Amra Hodzic", date=(29, 1, 13, 0),
        mid="<CAamra00001@mail.gmail.com>", subject="Fwd: Kartläggningen", in_reply_to=None)
body(m, ["Hej, detta skickades till mig av misstag.", "", "Amra", "",
         "---------- Forwarded message ---------",
         f"Från: Bosniska Föreningen Most <{addr(name)}>",
         "Date: tis 28 jan. 2020 kl 20:11", "Subject: Kartläggningen",
         "To: <amra.hodzic@malmo.se>", "", "Hej,", "", f"1. {A['about']}", "2. Nej",
         f"3. {A['how']}", f"4. {A['obstacles_opportunities']}", "", "Selma, Most"])
case("22_colleague_forwards_gmail_style.eml", m, name, A, BODY4,
     note="coordinator-domain colleague forwards with a Gmail 'Forwarded message' header")

# --- 23 English "Question 1 / Answer:" ------------------------------------------------------
name = "Polska Föreningen Orzeł"
A = ans("Orzeł is a Polish cultural association with a Saturday school for 60 children.",
        True, "We run open cultural evenings together with other associations in Malmö.",
        "Obstacles: volunteers have little time. Opportunities: many mixed families.")
m = msg(sender=addr(name), name="Orzeł Malmö", date=(29, 1, 14, 0),
        mid="<CAorzel0001@mail.gmail.com>", subject=f"Re: {SUBJECT}")
body(m, ["Dear coordinator,", "", "Question 1", f"Answer: {A['about']}", "", "Question 2",
         "Answer: Yes", "", "Question 3", f"Answer: {A['how']}", "", "Question 4",
         f"Answer: {A['obstacles_opportunities']}", "", "Kind regards,", "Marta"])
case("23_english_question_answer_labels.eml", m, name, A, BODY4,
     note="English 'Question N' headings with 'Answer:' labels")

# --- 24 one paragraph "1. ... 2. ..." on one line with periods -----------------------------
name = "Körsällskapet Harmoni"
A = ans("En kör med 40 sångare i Limhamn.", True,
        "Vi sjunger sånger från många länder och har öppna repetitioner.",
        "Hinder: noter kostar. Möjligheter: sång förenar.")
m = msg(sender=addr(name), name="Harmoni", date=(29, 1, 15, 0),
        mid="<CAharm00001@mail.gmail.com>", subject=f"Re: {SUBJECT}")
body(m, ["Hej!", f"1. {A['about']} 2. Ja. 3. {A['how']} 4. {A['obstacles_opportunities']}",
         "Ingrid"])
case("24_one_line_dot_numbers.eml", m, name, A, BODY4,
     note="all answers on one line numbered '1.' '2.' '3.' '4.'")

# --- 25 Gmail reply quoting its own earlier reply which quoted the survey ------------------
name = "Föreningen Läxhjälp Fosie"
A = ans(None, None, "Vi har läxhjälp i tre skolor och volontärerna kommer från hela Malmö.",
        None)
m = msg(sender=addr(name), name="Läxhjälp Fosie", date=(29, 1, 16, 0),
        mid="<CAlaxf00002@mail.gmail.com>", subject=f"Re: {SUBJECT}")
body(m, ["Hej igen, ett tillägg till fråga 3:", "", A["how"], "", "/Sara", "",
         f"Den tis 14 jan. 2020 kl 18:00 skrev Läxhjälp Fosie <{addr(name)}>:", "",
         "> Hej!", ">", "> 1. Vi ordnar läxhjälp för barn i Fosie.", "> 2. Ja",
         "> 3. Läxhjälpen är öppen för alla.", "> 4. Hinder: volontärer.", ">", "> /Sara",
         ">", "> " + gmail_attr(), ">", *quote(quote(ORIGINAL))])
case("25_addition_to_question_3_quoting_own_reply.eml", m, name, A,
     src(None, None, "body", None),
     note="'ett tillägg till fråga 3:' unnumbered text answers q3; the quoted earlier reply "
          "is not re-read")

# --- 26 Outlook HTML table with a header row "Fråga | Svar" --------------------------------
name = "Handbollsklubben Kirseberg"
A = ans("HK Kirseberg har handboll för barn och ungdomar, 15 lag.", True,
        "Vi har handbollsskola på tre skolor i olika stadsdelar.",
        "Hinder: hallider. Möjligheter: föräldrarna hjälper till.")
rows = "<tr><td><p><b>Fråga</b></p></td><td><p><b>Svar</b></p></td></tr>" + "".join(
    f"<tr><td><p>{i}. {q}</p></td><td><p>{a}</p></td></tr>"
    for i, (q, a) in enumerate(zip(QS, [A["about"], "Ja", A["how"],
                                        A["obstacles_opportunities"]], strict=True), 1))
m = msg(sender=addr(name), name="HK Kirseberg", date=(29, 1, 17, 0),
        mid="<HE1PR06MB0006.hk@HE1PR06MB0006.eurprd06.prod.outlook.com>")
html(m, f'<html><body><p class="MsoNormal">Hej,</p><table border="1">{rows}</table>'
     '<p class="MsoNormal">Hälsningar, Kansliet</p></body></html>')
case("26_html_table_with_header_row.eml", m, name, A, BODY4,
     note="HTML table 'Fråga | Svar' with numbered questions")

# --- 27 reply to a reminder from a roster address, answers with question headings --------
name = "Ungdomsrådet Hermodsdal"
A = ans("Ungdomsrådet är unga i Hermodsdal som ordnar aktiviteter för andra unga.", True,
        "Vi ordnar turneringar och fester tillsammans med ungdomsråd i andra stadsdelar.",
        "Hinder: vuxna lyssnar inte. Möjligheter: vi är många.")
m = msg(sender=addr(name), name="Ungdomsrådet", date=(29, 1, 18, 0),
        mid="<CAungd00001@mail.gmail.com>", subject=f"Re: {REMINDER_SUBJECT} [ref: H3RD]",
        in_reply_to="<paminnelse-h3rd@xn--malm-8qa.se>")
body(m, ["Hej! Sorry att vi är sena.", "", f"1. {A['about']}", "2. ja", f"3. {A['how']}",
         f"4. {A['obstacles_opportunities']}", "", "Ungdomsrådet", "",
         "Den ons 22 jan. 2020 kl 09:00 skrev Samordnare <samordnare@xn--malm-8qa.se>:",
         *quote(reminder(name, "H3RD"))])
case("27_reminder_reply_roster_address.eml", m, name, A, BODY4,
     note="reply to a reminder from the roster address, quoting the reminder")

# --- 28 HTML with <br>-separated paragraphs and a Outlook-style HTML quote -----------------
name = "Konstföreningen Palett"
A = ans("Palett är en konstförening som ställer ut amatörkonstnärer från hela Malmö.", True,
        "Vi har öppna måleriverkstäder i Rosengård och på Möllan.",
        "Hinder: pengar till material. Möjligheter: konsten når alla.")
m = msg(sender=addr(name), name="Palett", date=(29, 1, 19, 0),
        mid="<1580320800.palett@telia.com>")
html(m, "<html><body><div>Hej!<br><br>1. " + A["about"] + "<br>2. Ja<br>3. " + A["how"]
     + "<br>4. " + A["obstacles_opportunities"] + "<br><br>Mvh Gun</div>"
     '<div id="appendonsend"></div><hr style="display:inline-block;width:98%">'
     f'<div id="divRplyFwdMsg"><b>Från:</b> Samordnare &lt;{COORD}&gt;<br><b>Skickat:</b> '
     f"den 2 december 2019 10:14<br><b>Till:</b> {addr(name)}<br><b>Ämne:</b> {SUBJECT}"
     "</div><div>" + "<br>".join(ORIGINAL) + "</div></body></html>")
case("28_outlook_web_html_br_lines.eml", m, name, A, BODY4,
     note="Outlook on the web HTML, <br> separated answers, divRplyFwdMsg header")

# --- 29 English reply quoting the survey, "1 -" numbering with a dash ----------------------
name = "Iranska Kvinnoföreningen Nasim"
A = ans("Nasim is an association for Iranian women in Malmö with language and sports groups.",
        True, "We invite Swedish and other women to our Nowruz party and walking group.",
        "Obstacles: lack of funding. Opportunities: strong network of volunteers.")
m = msg(sender=addr(name), name="Nasim", date=(29, 1, 20, 0),
        mid="<CAnasim0001@mail.gmail.com>", subject=f"Re: {SUBJECT}")
body(m, ["Hello,", "", f"1 - {A['about']}", "2 - Yes", f"3 - {A['how']}",
         f"4 - {A['obstacles_opportunities']}", "", "Regards, Shirin", "", gmail_attr(),
         *quote(ORIGINAL)])
case("29_english_dash_numbers.eml", m, name, A, BODY4, note="English, '1 -' numbering")

# --- 30 Swedish, bold copied questions with a number and a colon answer -------------------
name = "Simklubben Delfinen"
A = ans("Simklubben Delfinen har simskola och tävlingssimning i Aq-va-kul.", True,
        "Vi har simskola för vuxna som aldrig lärt sig simma och gratis plats för barn på "
        "sommarlovet.", "Hinder: bassängtider. Möjligheter: alla behöver kunna simma.")
lines = ["Hej,", ""]
for i, (q, a) in enumerate(zip(QS, [A["about"], "Ja", A["how"],
                                    A["obstacles_opportunities"]], strict=True), 1):
    lines += [f"**{i}. {q}**", f"Svar: {a}", ""]
m = msg(sender=addr(name), name="SK Delfinen", date=(29, 1, 21, 0),
        mid="<20200129210000.delfinen@skdelfinen.se>")
body(m, [*lines, "Simhälsningar", "Kansliet"])
case("30_bold_numbered_questions_svar_label.eml", m, name, A, BODY4,
     note="bold numbered questions, answers after 'Svar:'")

# --- 31 Q2 answered in body, subject says Ja too -------------------------------------------
name = "Motorklubben Kolvringen"
A = ans("Kolvringen är en motorklubb som skruvar på mopeder med ungdomar i Oxie.", False,
        "Vi har inte tänkt på det så, vi är en hobbyklubb.",
        "Hinder: verkstaden är liten. Möjligheter: ungdomarna gillar att skruva.")
m = msg(sender=addr(name), name="MK Kolvringen", date=(30, 1, 9, 0),
        mid="<CAkolv00001@mail.gmail.com>", subject="Svar: Ja här kommer svaren")
body(m, ["Hej", "", f"1. {A['about']}", "2. Nej", f"3. {A['how']}",
         f"4. {A['obstacles_opportunities']}", "", "Roger"])
case("31_subject_ja_body_nej.eml", m, name, A, BODY4,
     note="the subject starts 'Svar: Ja', the body says Nej: the body wins")

# --- 32 Öppna Händer: letters with capitals and periods "A." ------------------------------
name = "Föreningen Öppna Händer"
A = ans("Öppna Händer delar ut mat och kläder och har en mötesplats i Sofielund.", True,
        "Mötesplatsen är öppen för alla och volontärerna kommer från hela Malmö.",
        "Hinder: lokalen är för liten. Möjligheter: fler vill bli volontärer.")
m = msg(sender=addr(name), name="Öppna Händer", date=(30, 1, 10, 0),
        mid="<20200130100000.oh@oppnahander.se>")
body(m, ["Hej,", "", f"A. {A['about']}", "B. Ja", f"C. {A['how']}",
         f"D. {A['obstacles_opportunities']}", "", "Vänligen", "Maja"])
case("32_capital_letters.eml", m, name, A, BODY4,
     note="answers lettered A. B. C. D. (read as questions 1-4)")


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
