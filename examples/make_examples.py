"""Writes the example replies in replies/ (run once; the .eml files are committed).

Fictional associations and people. Each file shows one thing the tool handles."""

from __future__ import annotations

import datetime as dt
import io
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "replies"
COORD = "samordnare@xn--malm-8qa.se"
ORIG = "<kartlaggning-2019@xn--malm-8qa.se>"
SUBJ = "Kartläggning: civilsamhällets arbete mot segregation i Malmö"
QUOTED = """> 1. Vilka är ni och vad bedriver ni för verksamhet? Berätta om er förening (bifoga gärna en länk eller beskriv med egna ord).
> 2. Arbetar ni för att motverka segregation? Ja / nej
> 3. Om svar ja på ovanstående fråga, på vilket sätt arbetar ni för att motverka segregation? Om svaret är nej, berätta gärna varför!
> 4. Vilka hinder respektive möjligheter upplever ni i ert arbete för att motverka segregation?
>
> Med vänliga hälsningar
> Samordnare"""
CET = dt.timezone(dt.timedelta(hours=1))


def mail(name: str, sender: str, when: dt.datetime, subject: str, body: str,
         *, headers: dict[str, str] | None = None, threaded: bool = True,
         charset: str = "utf-8") -> EmailMessage:
    m = EmailMessage()
    m["From"] = f"{name} <{sender}>"
    m["To"] = COORD
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    m["Message-ID"] = f"<example-{sender.split('@')[0]}-{when:%Y%m%d%H%M}@example.org>"
    if threaded:
        m["In-Reply-To"] = ORIG
        m["References"] = ORIG
    for k, v in (headers or {}).items():
        m[k] = v
    m.set_content(body, charset=charset)
    return m


def docx_answers() -> bytes:
    from docx import Document

    doc = Document()
    doc.add_heading("Svar på kartläggningen – Simklubben Delfinen Malmö", 1)
    qa = [
        ("1. Vilka är ni och vad bedriver ni för verksamhet?",
         "Simklubben Delfinen har 300 medlemmar och ordnar simskola för barn och vuxna i Hylliebadet."),
        ("2. Arbetar ni för att motverka segregation?", "Ja"),
        ("3. På vilket sätt arbetar ni för att motverka segregation?",
         "Vi har gratis simskola för nyanlända familjer och kvinnor-simning på söndagar."),
        ("4. Vilka hinder respektive möjligheter upplever ni?",
         "Det är brist på badtider. Skolsamarbeten ger oss möjlighet att nå fler barn."),
    ]
    for q, a in qa:
        doc.add_heading(q, 2)
        doc.add_paragraph(a)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def main() -> None:
    OUT.mkdir(exist_ok=True)
    msgs: dict[str, EmailMessage] = {}
    msgs["01_boule.eml"] = mail(
        "Sten Åkesson", "boule.ribersborg@gmail.com", dt.datetime(2019, 12, 4, 9, 12, tzinfo=CET),
        f"Re: {SUBJ}",
        "Hej!\n\n1. Boulesällskapet Ribersborg spelar boule på Ribersborgs strand varje "
        "tisdag och torsdag. Vi är 45 medlemmar.\n\n2. Ja\n\n3. Vi har öppna spelkvällar "
        "där alla kan låna klot och prova.\n\n4. Hinder: vi saknar en vinterlokal. "
        "Möjlighet: många nya grannar i området är nyfikna.\n\nHälsningar\nSten Åkesson\n"
        "Boulesällskapet Ribersborg\n\nDen mån 2 dec. 2019 kl 10:14 skrev Samordnare "
        f"<{COORD}>:\n\n{QUOTED}\n")
    msgs["02_grannskap.eml"] = mail(
        "Leyla Demir", "info@grannskap-rosengard.se", dt.datetime(2019, 12, 9, 14, 3, tzinfo=CET),
        f"SV: {SUBJ}",
        "Hej,\n\nFråga 1: Föreningen Grannskap driver läxhjälp och en mötesplats för "
        "föräldrar i Rosengård.\nFråga 2: Ja, absolut.\nFråga 3: Vi för samman familjer "
        "från olika stadsdelar genom utflykter och gemensamma middagar.\nFråga 4: Lokalhyran "
        "är ett hinder. Vi ser stora möjligheter i samarbetet med biblioteket.\n\nMvh Leyla\n\n"
        "Skickat från min iPhone\n\n________________________________\nFrån: Samordnare "
        f"<{COORD}>\nSkickat: den 2 december 2019 10:14\nTill: info@grannskap-rosengard.se\n"
        f"Ämne: {SUBJ}\n\n1. Vilka är ni och vad bedriver ni för verksamhet?\n", charset="utf-8")
    msgs["03_kor_autosvar.eml"] = mail(
        "Kirsebergs Körsällskap", "kor@kirsebergskoren.se",
        dt.datetime(2019, 12, 2, 10, 15, tzinfo=CET), f"Automatiskt svar: {SUBJ}",
        "Tack för ditt mejl. Jag är på semester till och med 6 januari och läser inte "
        "min e-post.", headers={"Auto-Submitted": "auto-replied"})
    msgs["04_kor_svar.eml"] = mail(
        "Gun Lind", "ordf@kirsebergskoren.se", dt.datetime(2020, 1, 14, 19, 40, tzinfo=CET),
        f"Re: {SUBJ}",
        "Hej! Svaren står under frågorna.\n\n> 1. Vilka är ni och vad bedriver ni för "
        "verksamhet? Berätta om er förening (bifoga gärna en länk eller beskriv med egna "
        "ord).\n\nKirsebergs Körsällskap är en blandad kör med 30 sångare som övar i "
        "Kirsebergskyrkan.\n\n> 2. Arbetar ni för att motverka segregation? Ja / nej\n\n"
        "Nej\n\n> 3. Om svar ja på ovanstående fråga, på vilket sätt arbetar ni för att "
        "motverka segregation? Om svaret är nej, berätta gärna varför!\n\nVi har inte "
        "tänkt på det, men alla som vill sjunga är välkomna.\n\n> 4. Vilka hinder "
        "respektive möjligheter upplever ni i ert arbete för att motverka segregation?\n\n"
        "Vi skulle gärna sjunga på fler språk om vi hittade en ledare för det.\n\n"
        "Gun Lind, ordförande\n")
    msgs["05_schack_iso.eml"] = mail(
        "Mats Öhrn", "springaren.schack@telia.com", dt.datetime(2020, 2, 3, 8, 0, tzinfo=CET),
        f"Sv: {SUBJ}",
        "Hej, ursäkta att svaret är sent.\n\nFråga 1) Malmö Schackklubb Springaren har "
        "schackträning för barn och vuxna på Möllevången.\nFråga 2) Ja\nFråga 3) Vi har "
        "gratis schackskola på fritidsgårdar i flera stadsdelar.\nFråga 4) Vi behöver fler "
        "ledare. Intresset för schack växer.\n\nMed vänlig hälsning\nMats Öhrn\n",
        charset="iso-8859-1")
    bounce = EmailMessage()
    bounce["From"] = "MAILER-DAEMON@mx1.xn--malm-8qa.se (Mail Delivery System)"
    bounce["To"] = COORD
    bounce["Subject"] = "Undelivered Mail Returned to Sender"
    bounce["Date"] = format_datetime(dt.datetime(2019, 12, 2, 10, 14, 30, tzinfo=CET))
    bounce["Message-ID"] = "<example-bounce-1@mx1.xn--malm-8qa.se>"
    bounce["Auto-Submitted"] = "auto-replied"
    bounce.set_content("Your message could not be delivered.\n\n"
                       "<nydala.fritid@hotmail.com>: 550 5.1.1 User unknown\n")
    dsn = EmailMessage()
    dsn.set_content("")
    bounce.add_attachment(
        "Reporting-MTA: dns; mx1.xn--malm-8qa.se\n\nFinal-Recipient: rfc822; "
        "nydala.fritid@hotmail.com\nAction: failed\nStatus: 5.1.1\n",
        subtype="plain", filename=None)
    msgs["06_bounce.eml"] = bounce
    m = mail("Eva Strand", "kansli@delfinen-malmo.se", dt.datetime(2020, 1, 20, 16, 30, tzinfo=CET),
             f"Re: {SUBJ}", "Hej, se bifogad fil med våra svar.\n\nVänliga hälsningar\nEva Strand\n"
             "Simklubben Delfinen Malmö\n")
    m.add_attachment(docx_answers(), maintype="application",
                     subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                     filename="Delfinen svar.docx")
    msgs["07_delfinen_docx.eml"] = m
    msgs["08_somaliska_intervju.eml"] = mail(
        "Hodan Ali", "hodan.ali78@gmail.com", dt.datetime(2020, 1, 27, 11, 5, tzinfo=CET),
        f"Re: {SUBJ}",
        "Hej!\n\nVi vill gärna vara med men föredrar att svara i en intervju. Ring mig "
        "gärna på eftermiddagen.\n\nHodan Ali\nSomaliska Kvinnoföreningen\n")
    msgs["09_okand.eml"] = mail(
        "Nils Berg", "nils.berg@example.net", dt.datetime(2020, 1, 10, 12, 0, tzinfo=CET),
        "Fråga om bidrag", "Hej, när öppnar ansökan om föreningsbidrag i år?\n\n/Nils\n",
        threaded=False)
    for name, msg in msgs.items():
        (OUT / name).write_bytes(bytes(msg))


if __name__ == "__main__":
    main()
