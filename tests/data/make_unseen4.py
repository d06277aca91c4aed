"""Build the fourth "unseen replies" corpus: messy real-world plain-text replies (typos in
the question labels, partial answers, answers out of order, merged questions 2-3, yes/no
buried in a sentence, a draft followed by a correction, format=flowed, hard wraps,
quoted-printable soft breaks, CRLF and tabs, HTML-only answers behind an empty plain part,
copied questions without numbers, mixed languages, URLs, a "mvh" inside a sentence, and an
ASCII table).

Run once (python tests/data/make_unseen4.py); the .eml files, expected.json and roster.csv
in tests/data/unseen4/ are committed. The bytes are the same on every run. The question
texts and the survey boilerplate come from make_unseen2. All names and texts are invented.

Decisions: when one mail gives the answers twice (a draft, then "Rättelse:" with new
answers), the later answers win; "Rättelse: 2. Ja" changes only that answer. "Inte som
förening, men enskilda medlemmar gör det" is ambiguous (question 2 null). For "2-3. Ja,
genom att ..." question 3 is the explanation after the yes, capitalised as the parser does.
"""

from __future__ import annotations

import csv
import json
import quopri
import random
import sys
from email.message import EmailMessage
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_unseen2 import COORD, ORIGINAL, QS, SUBJECT, ans, d, gmail_attr, quote

OUT = Path(__file__).resolve().parent / "unseen4"

ROSTER = [
    ("Föreningen Brobyggarna", "info@brobyggarna.se", "802703-3001"),
    ("Fotbollsklubben Nydala", "kansli@fknydala.se", "802703-3002"),
    ("Läxhjälpen Seved", "laxhjalpen.seved@gmail.com", "802703-3003"),
    ("Kulturföreningen Bron", "bron.kultur@gmail.com", "802703-3004"),
    ("Pensionärsföreningen Lönnen", "lonnen@telia.com", "802703-3005"),
    ("Badmintonklubben Fjädern", "info@bkfjadern.se", "802703-3006"),
    ("Somaliska Kvinnoföreningen Hooyo", "hooyo.malmo@gmail.com", "802703-3007"),
    ("Teatergruppen Scenen", "scenen.malmo@gmail.com", "802703-3008"),
    ("Stickcaféet Garnet", "garnet.stick@hotmail.com", "802703-3009"),
    ("Ungdomsföreningen Framtid", "framtid.ung@gmail.com", "802703-3010"),
    ("Hembygdsföreningen Husie", "husie.hembygd@telia.com", "802703-3011"),
    ("Judoklubben Kime", "kansli@judokime.se", "802703-3012"),
    ("Föreningen Matglädje", "matgladje@gmail.com", "802703-3013"),
    ("Kyrkans Ungdom Fosie", "ku.fosie@gmail.com", "802703-3014"),
    ("Arabiska Föräldraföreningen", "arabforaldrar.malmo@gmail.com", "802703-3015"),
    ("Cykelklubben Ekern", "ekern.ck@gmail.com", "802703-3016"),
    ("Fågelklubben Tärnan", "tarnan@fagel-malmo.se", "802703-3017"),
    ("Läsecirkeln Pärmen", "parmen.las@gmail.com", "802703-3018"),
    ("Seniorgympa Limhamn", "gympa.limhamn@telia.com", "802703-3019"),
    ("Innebandyklubben Klubban", "info@ibkklubban.se", "802703-3020"),
    ("Volontärnätverket Handen", "handen.volontar@gmail.com", "802703-3021"),
    ("Musikskolan Tonen", "tonen.musik@gmail.com", "802703-3022"),
    ("Dövas Förening Malmö", "dovas.malmo@gmail.com", "802703-3023"),
    ("Schackklubben Löparen", "loparen.schack@gmail.com", "802703-3024"),
    ("Trädgårdsgruppen Roten", "roten.odling@gmail.com", "802703-3025"),
    ("Boxningsklubben Hooken", "hooken.bk@gmail.com", "802703-3026"),
    ("Föreningen Kvinnokraft", "kvinnokraft.malmo@gmail.com", "802703-3027"),
    ("Filmklubben Ljuset", "ljuset.film@gmail.com", "802703-3028"),
    ("Bridgeklubben Spader", "spader.bridge@telia.com", "802703-3029"),
    ("Dansklubben Steget", "steget.dans@gmail.com", "802703-3030"),
    ("Fiskeklubben Abborren", "abborren.fiske@gmail.com", "802703-3031"),
    ("Karateklubben Kiai", "kiai.karate@gmail.com", "802703-3032"),
    ("Föreningen Nya Grannar", "nyagrannar@gmail.com", "802703-3033"),
    ("Kören Stämman", "stamman.kor@gmail.com", "802703-3034"),
]
EMAILS = {n: e for n, e, _ in ROSTER}
SURVEY_ID = "<kartlaggning-2019@xn--malm-8qa.se>"


def addr(name: str) -> str:
    return EMAILS[name]


def msg(*, name: str, nick: str, n: int, subject: str = f"SV: {SUBJECT}") -> EmailMessage:
    m = EmailMessage()
    m["From"] = f"{nick} <{addr(name)}>"
    m["To"] = f"Samordnare <{COORD}>"
    m["Subject"] = subject
    m["Date"] = d(10 + n % 18, 1, 9 + n % 8, n % 60).strftime("%a, %d %b %Y %H:%M:%S %z")
    m["Message-ID"] = f"<u4-{n:02d}@mail.example.se>"
    m["In-Reply-To"] = SURVEY_ID
    m["References"] = SURVEY_ID
    return m


def body(m: EmailMessage, lines: list[str], cte: str = "8bit") -> EmailMessage:
    m.set_content("\n".join(lines) + "\n", charset="utf-8", cte=cte)
    return m


def raw(name: str, nick: str, n: int, payload: bytes, headers: str, eol: bytes = b"\n") -> bytes:
    """A hand-built single-part mail (for format=flowed, QP soft breaks and CRLF)."""
    date = d(10 + n % 18, 1, 9 + n % 8, n % 60).strftime("%a, %d %b %Y %H:%M:%S %z")
    head = [
        f"From: {nick} <{addr(name)}>", f"To: Samordnare <{COORD}>",
        f"Subject: SV: {SUBJECT}", f"Date: {date}", f"Message-ID: <u4-{n:02d}@mail.example.se>",
        f"In-Reply-To: {SURVEY_ID}", f"References: {SURVEY_ID}", "MIME-Version: 1.0",
        *headers.split("\n"),
    ]
    hb = eol.join(h.encode("ascii", "strict") if h.isascii() else h.encode("utf-8")
                  for h in head)
    return hb + eol + eol + payload


CASES: list[tuple[str, Any, dict[str, Any]]] = []
random.seed(2024)  # MIME boundaries: the same bytes on every run


def case(file: str, m: EmailMessage | bytes, association: str, answers: dict,
         sources: dict | None = None, *, note: str = "") -> None:
    if sources is None:
        sources = {k: "body" for k, v in answers.items() if v is not None}
    CASES.append((file, m, {
        "kind": "reply", "association": association, "bounced_addresses": [],
        "wants_interview": False, "answers": answers, "answer_sources": sources, "note": note,
    }))


def std(a: dict, labels: list[str], yes: str = "Ja") -> list[str]:
    vals = [a["about"], yes, a["how"], a["obstacles_opportunities"]]
    return [f"{lab} {v}" for lab, v in zip(labels, vals, strict=True)]


def A(tag: str, works: bool | None = True) -> dict:
    return ans(f"Vi är föreningen {tag} och träffas varje vecka i Malmö.", works,
               f"Vi bjuder in nya medlemmar från alla stadsdelar till {tag}.",
               f"Hinder: lokalerna är dyra för {tag}. Möjligheter: många vill engagera sig.")


SIG = ["", "Med vänliga hälsningar", "Anna"]

# --- 01-06 typos in the question labels ----------------------------------------------------
LABELS = [
    ("01_label_frag_typo.eml", [f"Fråg {i}:" for i in range(1, 5)], "Föreningen Brobyggarna"),
    ("02_label_no_space.eml", [f"Fråga{i}:" for i in range(1, 5)], "Fotbollsklubben Nydala"),
    ("03_label_space_before_colon.eml", [f"Fråga {i} :" for i in range(1, 5)],
     "Läxhjälpen Seved"),
    ("04_label_upper_case.eml", [f"FRÅGA {i}" for i in range(1, 5)], "Kulturföreningen Bron"),
    ("05_label_fraga_nr.eml", [f"fråga nr {i}" for i in range(1, 5)],
     "Pensionärsföreningen Lönnen"),
    ("06_label_svar_fraga_dash.eml", [f"Svar fråga {i} -" for i in range(1, 5)],
     "Badmintonklubben Fjädern"),
]
for n, (file, labels, name) in enumerate(LABELS, 1):
    a = A(name.split()[-1])
    m = msg(name=name, nick=name, n=n)
    body(m, ["Hej!", "", *std(a, labels), *SIG])
    case(file, m, name, a, note=f"labels like {labels[0]!r}")

# --- 07 only questions 1 and 4 answered -------------------------------------------------------
name = "Somaliska Kvinnoföreningen Hooyo"
a = A("Hooyo")
m = msg(name=name, nick="Hooyo", n=7)
body(m, ["Hej,", "", f"1. {a['about']}", "", f"4. {a['obstacles_opportunities']}", *SIG])
case("07_only_q1_q4.eml", m, name, ans(a["about"], None, None, a["obstacles_opportunities"]),
     note="only questions 1 and 4 answered")

# --- 08 three of four ------------------------------------------------------------------------
name = "Teatergruppen Scenen"
a = A("Scenen")
m = msg(name=name, nick="Scenen", n=8)
body(m, ["Hej,", "", f"1. {a['about']}", "2. Ja", f"3. {a['how']}", "", "Fråga 4 återkommer vi om.",
         *SIG])
case("08_three_of_four.eml", m, name, ans(a["about"], True, a["how"], None),
     note="questions 1-3 answered, 4 promised later")

# --- 09 answers in another order ------------------------------------------------------------
name = "Stickcaféet Garnet"
a = A("Garnet")
m = msg(name=name, nick="Garnet", n=9)
body(m, ["Hej!", "", f"Fråga 4: {a['obstacles_opportunities']}", "", f"Fråga 1: {a['about']}",
         "", "Fråga 3: " + a["how"], "", "Fråga 2: Ja", *SIG])
case("09_answers_out_of_order.eml", m, name, a, note="labelled answers in order 4, 1, 3, 2")

# --- 10 merged 2-3 ---------------------------------------------------------------------------
name = "Ungdomsföreningen Framtid"
a = A("Framtid")
how = "genom att ordna läger där ungdomar från olika stadsdelar bor tillsammans."
m = msg(name=name, nick="Framtid", n=10)
body(m, ["Hej!", "", f"1. {a['about']}", "", f"2-3. Ja, {how}", "",
         f"4. {a['obstacles_opportunities']}", *SIG])
case("10_merged_q2_q3.eml", m, name,
     ans(a["about"], True, how[0].upper() + how[1:], a["obstacles_opportunities"]),
     note="'2-3. Ja, genom att ...': q2 True, q3 the explanation after the yes (capitalised)")

# --- 11-14 yes/no in a sentence -------------------------------------------------------------
YN = [
    ("11_yes_in_sentence.eml", "Hembygdsföreningen Husie", "Ja det gör vi, genom läxhjälp.", True),
    ("12_no_in_sentence.eml", "Judoklubben Kime", "Det gör vi inte.", False),
    ("13_absolut_inte.eml", "Föreningen Matglädje", "Absolut inte.", False),
    ("14_ambiguous_members.eml", "Kyrkans Ungdom Fosie",
     "Inte som förening, men enskilda medlemmar gör det.", None),
]
for n, (file, name, q2, val) in enumerate(YN, 11):
    a = A(name.split()[-1], val)
    m = msg(name=name, nick=name, n=n)
    body(m, ["Hej,", "", f"1. {a['about']}", f"2. {q2}", f"3. {a['how']}",
             f"4. {a['obstacles_opportunities']}", *SIG])
    case(file, m, name, a, note=f"question 2 answered {q2!r}")

# --- 15 draft then correction --------------------------------------------------------------
name = "Arabiska Föräldraföreningen"
old = A("gammalt utkast", False)
a = A("Föräldraföreningen")
m = msg(name=name, nick="Föräldraföreningen", n=15)
body(m, ["Hej,", "", f"1. {old['about']}", "2. Nej", f"3. {old['how']}",
         f"4. {old['obstacles_opportunities']}", "", "Rättelse:", "", f"1. {a['about']}",
         "2. Ja", f"3. {a['how']}", f"4. {a['obstacles_opportunities']}", *SIG])
case("15_draft_then_correction.eml", m, name, a,
     note="answers twice in one mail, the later ones after 'Rättelse:' win")

# --- 16 format=flowed -------------------------------------------------------------------------
name = "Cykelklubben Ekern"
a = ans("Vi är en cykelklubb i Husie med ungefär åttio medlemmar som cyklar tillsammans varje "
        "söndag och lagar cyklar i vår verkstad.", True,
        "Vi lånar ut cyklar gratis till nyanlända familjer och håller cykelkurser för vuxna "
        "som aldrig har lärt sig cykla.",
        "Hinder: verkstaden är liten. Möjligheter: kommunen vill samarbeta kring cykelskolor.")


def flow(text: str, width: int = 60) -> list[str]:
    out, cur = [], ""
    for w in text.split(" "):
        if cur and len(cur) + len(w) + 1 > width:
            out.append(cur + " ")
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    out.append(cur)
    return out


lines = ["Hej!", ""]
for i, v in enumerate([a["about"], "Ja", a["how"], a["obstacles_opportunities"]], 1):
    lines += [*flow(f"{i}. {v}"), ""]
lines += ["Mvh", "Erik"]
m = raw(name, "Ekern", 16, ("\n".join(lines) + "\n").encode("utf-8"),
        "Content-Type: text/plain; charset=utf-8; format=flowed\nContent-Transfer-Encoding: 8bit")
case("16_format_flowed.eml", m, name, a, note="format=flowed soft line breaks")

# --- 17 hard-wrapped 72 columns ------------------------------------------------------------
name = "Fågelklubben Tärnan"
a = ans("Fågelklubben Tärnan ordnar fågelskådning vid Klagshamn och Limhamns kalkbrott för "
        "alla åldrar, och vi har en ungdomsgrupp som träffas varannan lördag.", True,
        "Vi annonserar våra utflykter på flera språk och har lånekikare så att alla kan vara "
        "med, oavsett var de bor eller vad de har för ekonomi.",
        "Hinder: det är svårt att ta sig till lokalerna utan bil. Möjligheter: naturen är "
        "gratis och många nya malmöbor är intresserade av fåglar.")


def hard(text: str, first: str, width: int = 72) -> list[str]:
    out, cur = [], first
    for w in text.split(" "):
        if len(cur) + len(w) + 1 > width:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur.strip() else f"{cur}{w}"
    out.append(cur)
    return out


lines = ["Hej,", ""]
for i, v in enumerate([a["about"], "Ja", a["how"], a["obstacles_opportunities"]], 1):
    lines += [*hard(v, f"{i}. "), ""]
lines += ["Hälsningar", "Sven"]
m = msg(name=name, nick="Tärnan", n=17)
body(m, lines)
case("17_hard_wrapped_72.eml", m, name, a, note="answers hard-wrapped at 72 columns")

# --- 18 quoted-printable soft breaks inside words ------------------------------------------
name = "Läsecirkeln Pärmen"
a = ans("Läsecirkeln Pärmen träffas på Garaget och läser romaner på lätt svenska tillsammans "
        "med nyanlända deltagare.", True,
        "Vi väljer böcker som finns översatta till arabiska, somaliska och dari, så att alla "
        "kan läsa parallellt.",
        "Hinder: få böcker på lätt svenska. Möjligheter: biblioteket vill samarbeta.")
m = msg(name=name, nick="Pärmen", n=18)
body(m, ["Hej!", "", *std(a, ["1.", "2.", "3.", "4."]), *SIG], cte="quoted-printable")
case("18_qp_soft_breaks.eml", m, name, a, note="quoted-printable with soft breaks inside words")

# --- 19 CRLF and tabs ------------------------------------------------------------------------
name = "Seniorgympa Limhamn"
a = A("Seniorgympa")
lines = ["Hej!", "", f"1.\t{a['about']}", "2.\tJa", f"3.\t{a['how']}",
         f"4.\t{a['obstacles_opportunities']}", "", "Mvh", "Gun"]
m = raw(name, "Seniorgympa", 19, ("\r\n".join(lines) + "\r\n").encode("utf-8"),
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit", eol=b"\r\n")
case("19_crlf_tabs.eml", m, name, a, note="CRLF line ends and a tab after each number")

# --- 20 empty plain part, answers in HTML -------------------------------------------------
name = "Innebandyklubben Klubban"
a = A("Klubban")
m = msg(name=name, nick="Klubban", n=20)
m.set_content("This message is in HTML format.\n", charset="utf-8", cte="8bit")
m.add_alternative("<html><body><p>Hej!</p>"
                  + "".join(f"<p>{i}. {v}</p>" for i, v in enumerate(
                      [a["about"], "Ja", a["how"], a["obstacles_opportunities"]], 1))
                  + "<p>Mvh<br>Klubban</p></body></html>", subtype="html", charset="utf-8",
                  cte="quoted-printable")
case("20_plain_placeholder_html_answers.eml", m, name, a,
     note="plain part only says 'This message is in HTML format.', answers in the HTML part")

# --- 21 copied questions without numbers, "Svar:" lines ---------------------------------
name = "Volontärnätverket Handen"
a = A("Handen")
m = msg(name=name, nick="Handen", n=21)
lines = ["Hej,", ""]
for q, v in zip(QS, [a["about"], "Ja", a["how"], a["obstacles_opportunities"]], strict=True):
    lines += [q, f"Svar: {v}", ""]
body(m, [*lines, "Hälsningar", "Handen"])
case("21_svar_under_unnumbered_questions.eml", m, name, a,
     note="questions copied without numbers, each followed by a 'Svar:' line")

# --- 22 mixed Swedish / English ------------------------------------------------------------
name = "Musikskolan Tonen"
a = ans("We are a music school for kids in Rosengård, vi har 60 elever.", True,
        "We offer free lessons and our teachers speak five languages.",
        "Hinder: lack of rooms. Möjligheter: many parents want to help.")
m = msg(name=name, nick="Tonen", n=22)
body(m, ["Hi / Hej!", "", f"1. {a['about']}", "2. Yes", f"3. {a['how']}",
         f"4. {a['obstacles_opportunities']}", "", "Best regards / Mvh", "Tonen"])
case("22_mixed_swedish_english.eml", m, name, a, note="answers mixing Swedish and English")

# --- 23 URL and e-mail address in an answer -------------------------------------------------
name = "Dövas Förening Malmö"
a = ans("Vi är dövas förening i Malmö, läs mer på https://www.dovasmalmo.se/om-oss eller "
        "mejla ordforande@dovasmalmo.se.", True,
        "Vi ordnar teckenspråkskurser för alla, se www.dovasmalmo.se/kurser.",
        "Hinder: tolkbrist. Möjligheter: intresset för teckenspråk växer.")
m = msg(name=name, nick="Dövas Förening", n=23)
body(m, ["Hej,", "", *std(a, ["1.", "2.", "3.", "4."]), *SIG])
case("23_url_and_email_in_answer.eml", m, name, a, note="answers containing a URL and an address")

# --- 24 "mvh" inside an answer sentence -------------------------------------------------------
name = "Schackklubben Löparen"
a = ans("Schackklubben Löparen spelar schack i Kroksbäck varje tisdag.", True,
        "Vi har ett mvh-tänk (med vänlig hälsning till alla) där nya spelare alltid får en "
        "fadder.\nMvh-tänket betyder att ingen ska känna sig utanför.",
        "Hinder: få ledare. Möjligheter: schack kräver inget gemensamt språk.")
m = msg(name=name, nick="Löparen", n=24)
body(m, ["Hej!", "", f"1. {a['about']}", "2. Ja", f"3. {a['how']}",
         f"4. {a['obstacles_opportunities']}", "", "Mvh", "Peter"])
case("24_mvh_inside_answer.eml", m, name, a,
     note="an answer line starting with 'Mvh-tänket' must not be cut as a signature")

# --- 25 very short reply ---------------------------------------------------------------------
name = "Trädgårdsgruppen Roten"
m = msg(name=name, nick="Roten", n=25)
body(m, ["Ja på fråga 2, resten återkommer vi om.", "", "/Roten"])
case("25_very_short_yes_q2.eml", m, name, ans(None, True, None, None),
     note="'Ja på fråga 2, resten återkommer vi om'")

# --- 26 ASCII table --------------------------------------------------------------------------
name = "Boxningsklubben Hooken"
a = ans("Boxningsklubb i Nydala för unga", True, "Gratis träning för alla",
        "Hinder: lokalen. Möjligheter: sponsorer")
m = msg(name=name, nick="Hooken", n=26)
body(m, ["Hej,", "", "Fråga | Svar", "------+------------------------------------",
         f"1     | {a['about']}", "2     | Ja", f"3     | {a['how']}",
         f"4     | {a['obstacles_opportunities']}", "", "Mvh Hooken"])
case("26_ascii_table.eml", m, name, a, note="answers in an ASCII table 'Fråga | Svar'")

# --- 27 answers under quoted questions with Gmail attribution ----------------------------
name = "Föreningen Kvinnokraft"
a = A("Kvinnokraft")
m = msg(name=name, nick="Kvinnokraft", n=27)
body(m, ["Hej!", "", "Fråga1 : " + a["about"], "Fråga2 : ja", "Fråga3 : " + a["how"],
         "Fråga4 : " + a["obstacles_opportunities"], "", "Mvh", "Leyla", "", gmail_attr(), "",
         *quote(ORIGINAL)])
case("27_label_nospace_space_colon_quoted.eml", m, name, a,
     note="'Fråga1 :' labels above the quoted survey")

# --- 28 'Svar på fråga N:' ----------------------------------------------------------------
name = "Filmklubben Ljuset"
a = A("Ljuset")
m = msg(name=name, nick="Ljuset", n=28)
body(m, ["Hej!", "", *std(a, [f"Svar på fråga {i}:" for i in range(1, 5)]), *SIG])
case("28_label_svar_pa_fraga.eml", m, name, a, note="labels 'Svar på fråga N:'")

# --- 29 label on its own line, answer on the next -------------------------------------------
name = "Bridgeklubben Spader"
a = A("Spader")
m = msg(name=name, nick="Spader", n=29)
lines = ["Hej,", ""]
for i, v in enumerate([a["about"], "Ja", a["how"], a["obstacles_opportunities"]], 1):
    lines += [f"Fråga {i}", v, ""]
body(m, [*lines, "Hälsningar Spader"])
case("29_label_alone_answer_next_line.eml", m, name, a, note="'Fråga N' alone, answer below")

# --- 30 "Nej" with reason, q3 as reason -----------------------------------------------------
name = "Dansklubben Steget"
a = ans("Vi dansar bugg i Västra Hamnen.", False,
        "Vi har inte haft resurser till det än, men vi vill gärna.",
        "Hinder: ekonomi. Möjligheter: dans förenar.")
m = msg(name=name, nick="Steget", n=30)
body(m, ["Hej!", "", "1) " + a["about"], "2) Nej, det gör vi inte", "3) " + a["how"],
         "4) " + a["obstacles_opportunities"], *SIG])
case("30_no_sentence_paren_numbers.eml", m, name, a, note="'2) Nej, det gör vi inte'")

# --- 31 only q2 and q3 answered, q2 "Ja absolut" --------------------------------------------
name = "Fiskeklubben Abborren"
a = A("Abborren")
m = msg(name=name, nick="Abborren", n=31)
body(m, ["Hej,", "", "Fråga 2: Ja absolut", f"Fråga 3: {a['how']}", "",
         "Resten skickar vi senare.", *SIG])
case("31_only_q2_q3.eml", m, name, ans(None, True, a["how"], None),
     note="only questions 2 and 3 answered")

# --- 32 CRLF with format=flowed and QP -------------------------------------------------------
name = "Karateklubben Kiai"
a = ans("Karateklubben Kiai tränar i Oxie och har medlemmar från tolv olika länder som "
        "tränar tillsammans tre gånger i veckan.", True,
        "Vi har subventionerade avgifter och tränare som talar arabiska, persiska och "
        "svenska.", "Hinder: höga hyror. Möjligheter: samarbete med skolorna i Oxie.")
lines = ["Hej!", ""]
for i, v in enumerate([a["about"], "Ja", a["how"], a["obstacles_opportunities"]], 1):
    lines += [*flow(f"{i}. {v}", 50), ""]
lines += ["Mvh", "Kiai"]


payload = quopri.encodestring(("\r\n".join(lines) + "\r\n").encode("utf-8"))
m = raw(name, "Kiai", 32, payload,
        "Content-Type: text/plain; charset=utf-8; format=flowed; delsp=no\n"
        "Content-Transfer-Encoding: quoted-printable", eol=b"\r\n")
case("32_flowed_qp_crlf.eml", m, name, a, note="format=flowed, quoted-printable and CRLF")

# --- 33 English labels -----------------------------------------------------------------------
name = "Föreningen Nya Grannar"
a = A("Nya Grannar")
m = msg(name=name, nick="Nya Grannar", n=33)
body(m, ["Hello,", "", *std(a, [f"Question {i}:" for i in range(1, 5)], yes="Yes, we do."),
         "", "Kind regards", "Omar"])
case("33_english_question_labels.eml", m, name, a, note="'Question N:' labels, 'Yes, we do.'")

# --- 34 correction with "Rättelse:" and only some answers --------------------------------
name = "Kören Stämman"
a = A("Stämman")
m = msg(name=name, nick="Stämman", n=34)
body(m, ["Hej!", "", f"1. {a['about']}", "2. Nej", f"3. {a['how']}",
         f"4. {a['obstacles_opportunities']}", "", "Rättelse: 2. Ja", *SIG])
case("34_correction_single_answer.eml", m, name, a,
     note="'Rättelse: 2. Ja' after the answers changes only question 2")


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
