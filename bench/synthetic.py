"""A synthetic, reproducible inbox for the benchmark: replies to the Malmö survey.

    python bench/synthetic.py --size 1000 --seed 2020 [--out bench/corpus]

For SIZE replies: 70 % answer in the mail body (numbered, "Fråga/Svar", the question
restated, answers between the quoted questions, HTML-only, with signatures, quotes and
mobile footers), 10 % in a DOCX, 10 % in a PDF, 10 % in an XLSX; on top of those, 4 % of
SIZE automatic replies and 2 % bounces. Everything is drawn from one `random.Random(seed)`
and every date is fixed, so the same seed gives the same bytes.

Output (cached: a second call with the same size and seed reuses it):
    <out>/s<seed>-n<size>/roster.csv
    <out>/s<seed>-n<size>/mail/00001.eml ...
    <out>/s<seed>-n<size>/attachments/{docx,pdf,xlsx}/...   (the attached files alone)
    <out>/s<seed>-n<size>/manifest.json                      (category of every file)
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
import re
import shutil
import zipfile
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

GENERATOR_VERSION = 1
DEFAULT_OUT = Path(__file__).resolve().parent / "corpus"
SURVEY_ID = "<kartlaggning-2019@xn--malm-8qa.se>"
COORDINATOR = "samordnare@xn--malm-8qa.se"
SUBJECT = "Kartläggning: civilsamhällets arbete mot segregation i Malmö"
CET = dt.timezone(dt.timedelta(hours=1))
ROSTER_SIZE = 400

QUESTIONS = (
    "Vilka är ni och vad bedriver ni för verksamhet? Berätta om er förening (bifoga gärna "
    "en länk eller beskriv med egna ord).",
    "Arbetar ni för att motverka segregation? Ja / nej",
    "Om svar ja på ovanstående fråga, på vilket sätt arbetar ni för att motverka "
    "segregation? Om svaret är nej, berätta gärna varför!",
    "Vilka hinder respektive möjligheter upplever ni i ert arbete för att motverka "
    "segregation?",
)

PLACES = ("Rosengård", "Hyllie", "Fosie", "Limhamn", "Husie", "Kirseberg", "Oxie",
          "Bunkeflo", "Västra Hamnen", "Möllevången", "Segevång", "Holma", "Kroksbäck",
          "Lindängen", "Södra Innerstaden", "Augustenborg", "Sofielund", "Värnhem",
          "Kulladal", "Holmagården", "Nydala", "Hermodsdal", "Bellevue", "Slottsstaden")
KINDS = ("Idrottsförening", "Scoutkår", "Kulturförening", "Läsförening", "Kvinnocafé",
         "Föräldraförening", "Schackklubb", "Körförening", "Odlarförening", "Fritidsgård",
         "Pensionärsförening", "Ungdomsförening", "Hyresgästförening", "Musikförening",
         "Dansförening", "Läxhjälp", "Boxningsklubb", "Seniorklubb")
FIRST = ("Anna", "Per", "Omar", "Fatima", "Linnea", "Johan", "Sara", "Ali", "Eva", "Mehmet",
         "Karin", "Ahmed", "Maria", "Erik", "Leyla", "Nils", "Amina", "Oskar", "Ida", "Yusuf")
LAST = ("Nilsson", "Andersson", "Benali", "Hassan", "Ström", "Lindqvist", "Karimi",
        "Persson", "Öberg", "Yilmaz", "Svensson", "Ahmadi", "Johansson", "Åberg")
ACTIVITIES = ("fotboll för barn och unga", "läxhjälp två kvällar i veckan",
              "språkcafé på svenska och arabiska", "odling i gemensamma pallkragar",
              "körsång för alla åldrar", "scoutmöten i skogen vid Bulltofta",
              "boxningsträning och mentorskap", "kvinnocafé med barnpassning",
              "schack i skolor och på biblioteket", "dans och teater för tonåringar",
              "utflykter för seniorer", "musikstudio för unga")
HOW = ("Vi blandar deltagare från olika stadsdelar i samma grupper",
       "Vi samarbetar med skolor i både öster och väster",
       "Vi ordnar gemensamma matcher och läger mellan områdena",
       "Våra ledare kommer från många olika bakgrunder och talar flera språk",
       "Vi håller aktiviteterna avgiftsfria så att alla kan vara med",
       "Vi bjuder in nyanlända familjer personligen")
OBSTACLES = ("Det saknas lokaler och ledare", "Bidragen räcker inte till hyran",
             "Det är svårt att nå föräldrar som inte läser svenska",
             "Kollektivtrafiken mellan områdena är dålig på kvällarna",
             "Möjligheterna är stora: många vill engagera sig",
             "Samarbetet med kommunen har blivit bättre det senaste året")
NO_REASON = ("Vi är en liten förening och har fullt upp med vår kärnverksamhet",
             "Det har inte varit en fråga för oss hittills")
GREETINGS = ("Hej!", "Hej,", "Hejsan!", "God dag,", "Hej samordnaren!")
SIGNOFFS = ("Med vänliga hälsningar", "Vänliga hälsningar", "Mvh", "Hälsningar", "/")
FOOTERS = ("Skickat från min iPhone", "Skickat från Outlook för Android",
           "Hämta Outlook för iOS", "")

BODY_LAYOUTS = ("numbered", "fraga_svar", "restated", "inline_quoted", "html", "numbered_quoted")


@dataclass(frozen=True)
class Association:
    name: str
    email: str
    org_number: str


@dataclass
class Corpus:
    root: Path
    mail_dir: Path
    roster: Path
    manifest: dict[str, object]

    @property
    def categories(self) -> dict[str, str]:
        files = self.manifest["files"]
        assert isinstance(files, dict)
        return files

    def files(self, category: str | None = None) -> list[Path]:
        return [self.mail_dir / f for f, c in sorted(self.categories.items())
                if category is None or c == category]

    def attachments(self, kind: str) -> list[Path]:
        return sorted((self.root / "attachments" / kind).glob("*"))


def _slug(text: str) -> str:
    table = str.maketrans("åäöéÅÄÖÉ ", "aaoeAAOE-")
    return "".join(c for c in text.translate(table).lower() if c.isalnum() or c == "-")


def make_roster(rng: random.Random) -> list[Association]:
    out: list[Association] = []
    seen: set[str] = set()
    while len(out) < ROSTER_SIZE:
        name = f"{rng.choice(KINDS)} {rng.choice(PLACES)}"
        if name in seen:
            name = f"{name} {len(out)}"
        seen.add(name)
        slug = _slug(name)
        domain = rng.choice(("gmail.com", "hotmail.com", f"{slug[:20]}.se", "telia.com"))
        local = f"kontakt.{slug[:30]}" if "." in domain[:-4] else slug[:30]
        email = f"{local}{len(out)}@{domain}"
        org = f"80{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        out.append(Association(name, email, org))
    return out


def _answers(rng: random.Random, assoc: Association) -> list[str]:
    yes = rng.random() < 0.8
    about = (f"{assoc.name} är en ideell förening med {rng.randint(12, 400)} medlemmar. "
             f"Vi bedriver {rng.choice(ACTIVITIES)} och {rng.choice(ACTIVITIES)}.")
    how = ". ".join(rng.sample(HOW, 2)) + "." if yes else rng.choice(NO_REASON) + "."
    obstacles = ". ".join(rng.sample(OBSTACLES, 2)) + "."
    yes_word = rng.choice(("Ja", "Ja.", "JA", "Ja, absolut", "ja")) if yes else rng.choice(
        ("Nej", "Nej.", "nej"))
    return [about, yes_word, how, obstacles]


def _signature(rng: random.Random, person: str, assoc: Association) -> str:
    footer = rng.choice(FOOTERS)
    phone = f"070-{rng.randint(1000000, 9999999)}"
    sig = f"{rng.choice(SIGNOFFS)}\n{person}\nOrdförande, {assoc.name}\n{phone}"
    return f"{sig}\n\n{footer}" if footer else sig


def _quoted_original() -> str:
    lines = [f"Den 2 dec. 2019 kl. 10:15 skrev Samordnare <{COORDINATOR}>:", ">", "> Hej!", ">",
             "> Malmö stad gör en kartläggning. Svara gärna på frågorna nedan.", ">"]
    for i, q in enumerate(QUESTIONS, 1):
        lines.append(f"> {i}. {q}")
        lines.append(">")
    lines.append("> Vänliga hälsningar, Samordnaren")
    return "\n".join(lines)


def body_text(rng: random.Random, layout: str, person: str, assoc: Association) -> str:
    a = _answers(rng, assoc)
    greet = rng.choice(GREETINGS)
    sig = _signature(rng, person, assoc)
    if layout == "numbered":
        parts = "\n\n".join(f"{i}. {x}" for i, x in enumerate(a, 1))
        return f"{greet}\n\nHär kommer våra svar.\n\n{parts}\n\n{sig}\n"
    if layout == "fraga_svar":
        parts = "\n\n".join(f"Fråga {i}: {q}\nSvar: {x}" for i, (q, x) in
                            enumerate(zip(QUESTIONS, a, strict=True), 1))
        return f"{greet}\n\n{parts}\n\n{sig}\n"
    if layout == "restated":
        parts = "\n\n".join(f"{q}\n{x}" for q, x in zip(QUESTIONS, a, strict=True))
        return f"{greet}\n\n{parts}\n\n{sig}\n"
    if layout == "inline_quoted":
        head = f"{greet} Svarar mellan raderna nedan.\n\n{sig}\n\n"
        parts = "\n\n".join(f"> {i}. {q}\n\n{x}" for i, (q, x) in
                            enumerate(zip(QUESTIONS, a, strict=True), 1))
        return f"{head}{parts}\n"
    if layout == "numbered_quoted":
        parts = "\n".join(f"{i}) {x}" for i, x in enumerate(a, 1))
        return f"{greet}\n\n{parts}\n\n{sig}\n\n{_quoted_original()}\n"
    raise ValueError(layout)


def body_html(rng: random.Random, person: str, assoc: Association) -> str:
    a = _answers(rng, assoc)
    items = "".join(f"<li><p><b>{q}</b></p><p>{x}</p></li>" for q, x in
                    zip(QUESTIONS, a, strict=True))
    return (f"<html><body><p>{rng.choice(GREETINGS)}</p><ol>{items}</ol>"
            f"<p>{rng.choice(SIGNOFFS)}<br>{person}<br>{assoc.name}</p>"
            f"<div style='color:gray'>{rng.choice(FOOTERS)}</div></body></html>")


def _fixed_zip(data: bytes) -> bytes:
    """The same zip with every member dated 2020-01-05, so the bytes depend on the seed only."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 5, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" on save
                body = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2020-01-05T00:00:00Z",
                              body)
            out.writestr(fixed, body)
    return buf.getvalue()


def make_docx(rng: random.Random, assoc: Association) -> bytes:
    from docx import Document

    a = _answers(rng, assoc)
    doc = Document()
    doc.add_heading(f"Svar från {assoc.name}", level=1)
    if rng.random() < 0.5:
        for i, (q, x) in enumerate(zip(QUESTIONS, a, strict=True), 1):
            doc.add_paragraph(f"{i}. {q}")
            doc.add_paragraph(x)
    else:
        table = doc.add_table(rows=0, cols=2)
        for q, x in zip(QUESTIONS, a, strict=True):
            row = table.add_row().cells
            row[0].text, row[1].text = q, x
    buf = io.BytesIO()
    doc.save(buf)
    return _fixed_zip(buf.getvalue())


def make_pdf(rng: random.Random, assoc: Association) -> bytes:
    from fpdf import FPDF

    a = _answers(rng, assoc)
    pdf = FPDF()
    pdf.set_creation_date(dt.datetime(2020, 1, 5, tzinfo=dt.UTC))  # same bytes every run
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    lines = [f"Svar från {assoc.name}", ""]
    for i, (q, x) in enumerate(zip(QUESTIONS, a, strict=True), 1):
        lines += [f"{i}. {q}", x, ""]
    for line in lines:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def make_xlsx(rng: random.Random, assoc: Association) -> bytes:
    from openpyxl import Workbook

    a = _answers(rng, assoc)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Svar"
    ws.append(["Fråga", "Svar"])
    for q, x in zip(QUESTIONS, a, strict=True):
        ws.append([q, x])
    wb.properties.created = dt.datetime(2020, 1, 5)
    wb.properties.modified = dt.datetime(2020, 1, 5)
    buf = io.BytesIO()
    wb.save(buf)
    return _fixed_zip(buf.getvalue())


ATTACHMENT_MAKERS = {
    "docx": (make_docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "pdf": (make_pdf, "application/pdf"),
    "xlsx": (make_xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}


def _envelope(rng: random.Random, i: int, seed: int, sender: str, name: str,
              subject: str) -> EmailMessage:
    m = EmailMessage()
    m["From"] = f"{name} <{sender}>"
    m["To"] = f"Samordnare <{COORDINATOR}>"
    m["Subject"] = subject
    when = dt.datetime(2019, 12, 3, 8, 0, tzinfo=CET) + dt.timedelta(
        minutes=rng.randint(0, 60 * 24 * 70))
    m["Date"] = format_datetime(when)
    m["Message-ID"] = f"<bench-{seed}-{i}@{sender.split('@')[1]}>"
    return m


def make_reply(rng: random.Random, i: int, seed: int, assoc: Association,
               category: str) -> tuple[bytes, bytes | None]:
    person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    m = _envelope(rng, i, seed, assoc.email, person, rng.choice(("SV: ", "Re: ", "Sv: "))
                  + SUBJECT)
    m["In-Reply-To"] = SURVEY_ID
    m["References"] = SURVEY_ID
    attachment: bytes | None = None
    if category == "body":
        layout = rng.choice(BODY_LAYOUTS)
        if layout == "html":
            m.set_content(body_html(rng, person, assoc), subtype="html")
        else:
            m.set_content(body_text(rng, layout, person, assoc))
    else:
        maker, ctype = ATTACHMENT_MAKERS[category]
        attachment = maker(rng, assoc)
        m.set_content(f"{rng.choice(GREETINGS)}\n\nVåra svar finns i bifogad fil.\n\n"
                      f"{_signature(rng, person, assoc)}\n")
        main, sub = ctype.split("/")
        m.add_attachment(attachment, maintype=main, subtype=sub,
                         filename=f"Svar {assoc.name}.{category}")
        m.set_boundary(f"=_bench_{seed}_{i}")
    return bytes(m), attachment


def make_auto_reply(rng: random.Random, i: int, seed: int, assoc: Association) -> bytes:
    m = _envelope(rng, i, seed, assoc.email, assoc.name,
                  rng.choice(("Automatiskt svar: ", "Autosvar: ", "Frånvaro: ")) + SUBJECT)
    m["Auto-Submitted"] = "auto-replied"
    m["X-Autoreply"] = "yes"
    m["In-Reply-To"] = SURVEY_ID
    back = dt.date(2020, 1, rng.randint(7, 28)).isoformat()
    m.set_content(f"Hej,\n\nJag är på semester och tillbaka {back}. Ditt mejl läses då.\n\n"
                  f"{assoc.name}\n")
    return bytes(m)


def make_bounce(rng: random.Random, i: int, seed: int, assoc: Association) -> bytes:
    """A Postfix-style delivery failure (multipart/report) for an association's address."""
    when = format_datetime(dt.datetime(2019, 12, 2, 10, 20, tzinfo=CET)
                           + dt.timedelta(seconds=rng.randint(0, 3600)))
    boundary = f"bounce-{seed}-{i}"
    text = f"""From: Mail Delivery System <MAILER-DAEMON@mx.xn--malm-8qa.se>
To: {COORDINATOR}
Subject: Undelivered Mail Returned to Sender
Date: {when}
Message-ID: <bounce-{seed}-{i}@mx.xn--malm-8qa.se>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"

--{boundary}
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.xn--malm-8qa.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<{assoc.email}>: host mx.example.net said: 550 5.1.1 User unknown

--{boundary}
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.xn--malm-8qa.se

Final-Recipient: rfc822; {assoc.email}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--{boundary}
Content-Type: text/rfc822-headers

From: {COORDINATOR}
To: {assoc.email}
Subject: =?utf-8?q?Kartl=C3=A4ggning?=
Message-ID: {SURVEY_ID}

--{boundary}--
"""
    return text.replace("\n", "\r\n").encode("utf-8")


def plan(size: int, rng: random.Random) -> list[str]:
    """The category of each message, shuffled: body / docx / pdf / xlsx / auto / bounce."""
    cats = (["body"] * round(size * 0.7) + ["docx"] * round(size * 0.1)
            + ["pdf"] * round(size * 0.1))
    cats += ["xlsx"] * (size - len(cats))
    cats += ["auto"] * round(size * 0.04) + ["bounce"] * round(size * 0.02)
    rng.shuffle(cats)
    return cats


def generate(size: int, seed: int = 2020, out: Path = DEFAULT_OUT,
             force: bool = False) -> Corpus:
    root = out / f"s{seed}-n{size}"
    manifest_path = root / "manifest.json"
    if manifest_path.exists() and not force:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        if manifest.get("generator") == GENERATOR_VERSION:
            return Corpus(root, root / "mail", root / "roster.csv", manifest)
    if root.exists():
        shutil.rmtree(root)
    mail = root / "mail"
    mail.mkdir(parents=True)
    rng = random.Random(seed)
    roster = make_roster(rng)
    with (root / "roster.csv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("name,email,org_number\n")
        for a in roster:
            fh.write(f'"{a.name}",{a.email},{a.org_number}\n')
    files: dict[str, str] = {}
    for kind in ATTACHMENT_MAKERS:
        (root / "attachments" / kind).mkdir(parents=True)
    for i, category in enumerate(plan(size, rng), 1):
        assoc = rng.choice(roster)
        name = f"{i:05d}.eml"
        if category == "auto":
            raw = make_auto_reply(rng, i, seed, assoc)
        elif category == "bounce":
            raw = make_bounce(rng, i, seed, assoc)
        else:
            raw, att = make_reply(rng, i, seed, assoc, category)
            if att is not None:
                (root / "attachments" / category / f"{i:05d}.{category}").write_bytes(att)
        (mail / name).write_bytes(raw)
        files[name] = category
    counts: dict[str, int] = {}
    for c in files.values():
        counts[c] = counts.get(c, 0) + 1
    manifest = {"generator": GENERATOR_VERSION, "seed": seed, "size": size,
                "roster": len(roster), "counts": counts, "files": files}
    manifest_path.write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return Corpus(root, mail, root / "roster.csv", manifest)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=2020)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--force", action="store_true", help="generate again even if cached")
    args = ap.parse_args()
    corpus = generate(args.size, args.seed, args.out, args.force)
    print(f"{corpus.root}: {corpus.manifest['counts']}")


if __name__ == "__main__":
    main()
