"""Attachments inside the whole pipeline: body + attachment combining, flags that keep the
body's answers, .msg files imported directly, forwarded mail attached."""

from __future__ import annotations

from email.message import EmailMessage

import attachment_factories as af
import attachment_factories as f
import pytest
from helpers import A1, A3, A4, QUESTIONS, make_config

from svarsinkorg import service
from svarsinkorg.intake.match import RosterEntry
from svarsinkorg.parsers.model import Answer, Extraction, Reason
from svarsinkorg.pipeline import combine, parse_message

ROSTER = [RosterEntry(1, "Föreningen Ängsblomman", ("asa.oberg@angsblomman.se",)),
          RosterEntry(2, "Hyllie IF", ("kansli@hyllieif.se",))]
ABOUT_DOCX = af.norm(af.ANSWERS[0] + " Vi har funnits sedan 1998 och har 85 medlemmar.")
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _with_attachment(body: str, data: bytes, filename: str, ctype: str = DOCX,
                     sender: str = "kansli@hyllieif.se") -> bytes:
    m = EmailMessage()
    m.set_content(body)
    m["From"] = sender
    m["To"] = "samordnare@xn--malm-8qa.se"
    m["Subject"] = "Re: Kartläggning: civilsamhällets arbete mot segregation i Malmö"
    m["Date"] = "Fri, 10 Jan 2020 12:00:00 +0100"
    maintype, subtype = ctype.split("/", 1)
    m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return bytes(m)


@pytest.fixture
def cfg(tmp_path):
    return make_config(tmp_path)


def test_body_pointing_to_attachment_takes_the_attachments_answers(cfg):
    raw = _with_attachment("Hej, se bifogad fil.\n\nMvh Per", af.docx_headings(), "svar.docx")
    p = parse_message(raw, cfg.survey, ROSTER)
    assert p.kind == "reply" and p.association_id == 2
    assert p.answers["about"]["value"] == ABOUT_DOCX
    assert p.answers["about"]["source"] == "svar.docx"
    assert p.problems == []


def test_each_question_takes_the_more_complete_answer_and_says_where(cfg):
    body = ("1. Kort.\n\n2. Ja\n\n3. Vi har läxhjälp, öppna fester och språkcafé varje vecka "
            "i hela stadsdelen för alla åldrar, och vi samarbetar med tre skolor, biblioteket "
            "och fritidsgården så att barn från olika områden möts varje vecka.\n\nMvh Per")
    raw = _with_attachment(body, af.docx_headings(), "svar.docx")
    p = parse_message(raw, cfg.survey, ROSTER)
    assert p.answers["about"]["source"] == "svar.docx"  # longer in the document
    assert p.answers["how"]["source"] == "body"
    assert p.answers["how"]["value"].startswith("Vi har läxhjälp")


@pytest.mark.parametrize(
    ("data", "name", "reason"),
    [
        (af.truncated_docx(), "svar.docx", "corrupt"),
        (af.exe_bytes(), "svar.docx", "not a Word document"),
        (b"", "tom.docx", "empty"),
    ],
)
def test_broken_attachment_is_flagged_and_the_body_still_counts(cfg, data, name, reason):
    body = "1. Vi är en fotbollsförening.\n\n2. Ja\n\nMvh Per"
    p = parse_message(_with_attachment(body, data, name), cfg.survey, ROSTER)
    assert p.answers["works_against_segregation"]["value"] is True
    assert p.answers["about"]["value"] == "Vi är en fotbollsförening."
    assert any(name in x and reason.lower() in x.lower() for x in p.problems), p.problems


def test_forwarded_reply_attached_as_mail_counts_for_its_writer(cfg):
    inner = EmailMessage()
    inner["From"] = "Per <kansli@hyllieif.se>"
    inner["Subject"] = "Re: Kartläggning"
    inner["Date"] = "Thu, 9 Jan 2020 12:00:00 +0100"
    inner.set_content("1. Hyllie IF spelar fotboll.\n\n2. Nej\n\nPer")
    outer = EmailMessage()
    outer["From"] = "sekreterare.privat@gmail.com"
    outer["To"] = "samordnare@xn--malm-8qa.se"
    outer["Subject"] = "VB: Kartläggning"
    outer["Date"] = "Fri, 10 Jan 2020 12:00:00 +0100"
    outer.set_content("Vidarebefordrar vårt svar.")
    outer.add_attachment(inner)
    p = parse_message(bytes(outer), cfg.survey, ROSTER)
    assert (p.kind, p.association_id, p.match_method) == ("reply", 2, "forwarded")
    assert p.answers["works_against_segregation"]["value"] is False


@pytest.mark.skipif(not af.have_msg_writer(), reason="aspose-email-foss not installed")
def test_outlook_msg_file_is_imported_with_its_attachment(cfg, tmp_path):
    (tmp_path / "roster.csv").write_text(
        "name,email\nFöreningen Ängsblomman,asa.oberg@angsblomman.se\n", encoding="utf-8")
    service.import_roster(cfg, tmp_path / "roster.csv")
    path = tmp_path / "svar.msg"
    path.write_bytes(af.outlook_msg())
    summary = service.import_paths(cfg, [path])
    assert (summary.stored, summary.failed) == (1, 0)
    rec = service.survey_state(cfg).associations[0]
    assert rec.status == "responded"
    assert rec.answers["about"] == ABOUT_DOCX
    again = service.import_paths(cfg, [path])
    assert again.duplicates == 1


def _ex(value: object, source: str) -> Extraction:
    ex = Extraction()
    ex.answers = {"works_against_segregation": Answer(value, str(value), False, source)}
    return ex


def _mail(body: str, attach_png: bool) -> bytes:
    from email.message import EmailMessage

    m = EmailMessage()
    m["From"] = "Kim <kim@example.se>"
    m["To"] = "samordnare@xn--malm-8qa.se"
    m["Subject"] = "SV: Kartläggning"
    m["Message-ID"] = "<x@example.se>"
    m.set_content(body)
    if attach_png:
        m.add_attachment(f.png_image(), maintype="image", subtype="png", filename="logo.png")
    return bytes(m)


def test_conflicting_yes_no_keeps_the_first_and_flags():
    got = combine([_ex(False, "body"), _ex(True, "a.docx")], QUESTIONS)
    assert got.answers["works_against_segregation"].value is False
    assert "conflicting:works_against_segregation" in got.flags
    same = combine([_ex(True, "body"), _ex(True, "a.docx")], QUESTIONS)
    assert not any(fl.startswith("conflicting:") for fl in same.flags)
    one = combine([_ex(None, "body"), _ex(True, "a.docx")], QUESTIONS)
    assert one.answers["works_against_segregation"].value is True and not one.flags


def test_image_is_a_problem_only_without_answers(tmp_path):
    from helpers import make_config

    from svarsinkorg.pipeline import parse_message

    survey = make_config(tmp_path).survey
    ok = parse_message(_mail(f"1. {A1}\n2. Ja\n3. {A3}\n4. {A4}\n", True), survey, [])
    assert not any("logo.png" in p for p in ok.problems)
    assert any("logo.png" in n for n in ok.notes)
    scan = parse_message(_mail("Hej, svaren finns i bilden.\n", True), survey, [])
    assert any("logo.png" in p for p in scan.problems)


# --- answers in the mail and in the file: the one the sender says counts ------------------

_LONG_ABOUT = ("1. Ängsblomman är en förening i Rosengård för föräldrar och barn, med läxhjälp, "
               "språkcafé, utflykter, sommarläger, filmkvällar, körsång, simskola för vuxna och "
               "en stor fest varje vår.\n\n"
               "2. Ja\n\n3. Vi blandar.\n\n4. Lokalen.\n\n")


@pytest.mark.parametrize("note", [
    "Svaren står här också, men vi har ändrat lite i det bifogade dokumentet, så det är den "
    "versionen som räknas.",
    "The answers are below as well, but the attached document is the final version.",
    "Please use the answers in the attached file rather than the ones below.",
])
def test_the_file_said_to_count_wins_even_where_the_mail_says_more(cfg, note):
    raw = _with_attachment(f"Hej!\n\n{note}\n\n{_LONG_ABOUT}Mvh Per", af.docx_headings(),
                           "svar.docx")
    p = parse_message(raw, cfg.survey, ROSTER)
    assert p.answers["about"]["value"] == ABOUT_DOCX
    assert {a["source"] for a in p.answers.values()} == {"svar.docx"}


@pytest.mark.parametrize("note", [
    "Bortse från bilagan, det är ett gammalt utkast. Svaren i mejlet gäller.",
    "Ignore the attached file, it is an old draft: the answers in this email count.",
])
def test_the_mail_said_to_count_wins_over_a_longer_file(cfg, note):
    raw = _with_attachment(f"Hej!\n\n{note}\n\n1. Vi är en kör.\n\n2. Ja\n\n3. Vi blandar."
                           "\n\n4. Lokalen.\n\nMvh Per", af.docx_headings(), "svar.docx")
    p = parse_message(raw, cfg.survey, ROSTER)
    assert p.answers["about"]["value"] == "Vi är en kör."
    assert p.answers["how"]["value"] == "Vi blandar."
    assert {a["source"] for a in p.answers.values()} == {"body"}


def test_without_a_word_on_which_counts_the_more_complete_answer_wins(cfg):
    # "som gäller alla" speaks of a policy, not of which version of the answers counts
    raw = _with_attachment("Hej! Vi har en policy (se bilaga) som gäller alla ledare.\n\n"
                           f"{_LONG_ABOUT}Mvh Per", af.docx_headings(), "svar.docx")
    p = parse_message(raw, cfg.survey, ROSTER)
    assert p.answers["about"]["source"] == "body"
    assert p.answers["how"]["source"] == "svar.docx"  # longer in the document


def test_a_conflict_settled_by_the_sender_is_no_doubt():
    got = combine([_ex(False, "body"), _ex(True, "a.docx")], QUESTIONS, counts="attachment")
    assert got.answers["works_against_segregation"].value is True
    assert not got.flags
    back = combine([_ex(False, "body"), _ex(True, "a.docx")], QUESTIONS, counts="body")
    assert back.answers["works_against_segregation"].value is False and not back.flags


# --- a part whose answers nobody took: its doubts are moot --------------------------------

# statutes as a PDF's text comes out: a title, then sections of a heading and a paragraph
_STATUTES = ("Stadgar för Grannföreningen Solbacken\n\nAntagna vid årsmötet 2018-03-12\n\n"
             "§ 1 Namn\nFöreningens namn är Grannföreningen Solbacken.\n\n"
             "§ 2 Ändamål\nAtt främja gemenskap mellan de boende.\n\n"
             "§ 3 Medlemskap\nMedlem kan den bli som bor i området.\n\n"
             "§ 4 Styrelse\nStyrelsen har minst tre ledamöter.\n\n"
             "§ 5 Årsmöte\nÅrsmöte hålls före mars månads utgång.\n")


_HEADED_BODY = ("Hej,\n\nHär är våra svar. Jag bifogar också våra stadgar.\n\nOm oss\nVi är en "
                "grannförening i Solbacken sedan 2017 som har ett växthus, ett reparationskafé, "
                "grillkvällar på sommaren och en loppis varje höst.\n\nArbetar vi mot "
                "segregation\nJa\n\nHur\nAllt vi gör är gratis, och vi skriver inbjudningarna på "
                "fem språk så att alla grannar känner sig välkomna.\n\nHinder och "
                "möjligheter\nDet är svårt att få folk till styrelsen. "
                "Många vill vara med när något händer.\n\nHälsningar\nMarcus")


def test_statutes_beside_a_complete_reply_raise_no_doubt(tmp_path):
    cfg = make_config(tmp_path)  # the example survey, with its aliases ("Om oss")
    p = parse_message(_with_attachment(_HEADED_BODY, _STATUTES.encode(), "Stadgar.txt",
                                       "text/plain"), cfg.survey, ROSTER)
    assert p.answers["about"]["value"].startswith("Vi är en grannförening")
    assert {a["source"] for a in p.answers.values()} == {"body"}
    assert p.reasons == [], p.reasons


@pytest.mark.parametrize("body", [
    "Hej!\n\nVi har skrivit in våra svar med rött under frågorna i dokumentet.\n\nLeyla",
    "Hi!\n\nWe typed our answers under the questions in the document.\n\nLeyla",
])
def test_a_body_that_gave_no_answer_leaves_no_guess_of_its_own(cfg, body):
    quote = ("\n\n> 2 dec. 2019 kl. 10:14 skrev Samordnare <samordnare@xn--malm-8qa.se>:\n>\n"
             + "".join(f"> {i}. {q}\n" for i, q in enumerate(af.QUESTIONS, start=1)))
    p = parse_message(_with_attachment(body + quote, af.docx_headings(), "svar.docx"),
                      cfg.survey, ROSTER)
    assert p.answers["about"]["value"] == ABOUT_DOCX
    assert not {r.code for r in p.reasons} & {"answers_in_quote", "by_position"}, p.reasons


@pytest.mark.parametrize("body", [
    "Hej igen,\n\nförlåt! Jag har sparat om filen, hoppas den går att öppna nu.\n\nMinh",
    "Hej,\n\njag skickar dokumentet igen, nu som Word.\n\nMinh",
    "Hello again,\n\nsorry! I re-saved the file, it should open now.\n\nMinh",
])
def test_a_note_on_the_file_sent_again_is_no_text_left_over(cfg, body):
    p = parse_message(_with_attachment(body, af.docx_headings(), "svar_ny.docx"),
                      cfg.survey, ROSTER)
    assert p.kind == "reply" and p.answers["about"]["value"] == ABOUT_DOCX
    assert p.reasons == [], p.reasons


# --- an attached letter: its head, then one paragraph per answer --------------------------

def _letter_docx(head: list[str], subject: str, paragraphs: list[str],
                 closing: list[str]) -> bytes:
    """A letter as Word writes it: no blank paragraphs, the subject line in bold."""
    import docx

    d = docx.Document()
    for line in head:
        d.add_paragraph(line)
    d.add_paragraph().add_run(subject).bold = True
    for text in [*paragraphs, *closing]:
        d.add_paragraph(text)
    return af._save_docx(d)


_SV_LETTER = [
    "Tack för er förfrågan. Här följer föreningens svar.",
    "Musikhuset är en ideell förening som driver replokaler och en liten konsertscen. Hos "
    "oss repar ett fyrtiotal band.",
    "Ja, vi arbetar för att motverka segregation.",
    "Vi har kurser där ungdomar från olika stadsdelar spelar i samma band. Musiken är ett "
    "gemensamt språk.",
    "Hindret är främst ekonomin. Möjligheten är att musik lockar alla.",
]
_EN_LETTER = [
    "Thank you for your letter. Here are our answers.",
    "The Music House is a non-profit association running rehearsal rooms and a small "
    "stage. Some forty bands rehearse with us.",
    "Yes, we work against segregation.",
    "Young people from different parts of the city play in the same bands. Music is a "
    "common language.",
    "The main obstacle is money. The opportunity is that music draws everyone.",
]


@pytest.mark.parametrize(("head", "subject", "pars", "closing"), [
    (["Malmö 2020-01-10", "Till Malmö stad\nEnheten för civilsamhälle och demokrati"],
     "Angående kartläggningen av civilsamhällets arbete", _SV_LETTER,
     ["Med vänlig hälsning", "Jonas Ek\nOrdförande"]),
    (["Malmö, 10 January 2020", "To the City of Malmö"], "Regarding your survey", _EN_LETTER,
     ["Kind regards", "Jonas Ek\nChair"]),
])
def test_a_letter_with_one_paragraph_per_answer_is_read_in_order(cfg, head, subject, pars,
                                                                  closing):
    raw = _with_attachment("Hej,\n\nSe bifogat brev med våra svar.\n\nJonas",
                           _letter_docx(head, subject, pars, closing), "Brev.docx")
    p = parse_message(raw, cfg.survey, ROSTER)
    assert p.answers["about"]["value"] == pars[1]
    assert p.answers["works_against_segregation"]["value"] is True
    assert p.answers["how"]["value"] == pars[3]
    assert p.answers["obstacles_opportunities"]["value"] == pars[4]
    assert p.answers["about"]["source"] == "Brev.docx"
    assert p.reasons == [], p.reasons  # four paragraphs for four questions: no guess


def test_an_answers_second_paragraph_under_its_question_stays_with_it():
    import docx

    from svarsinkorg.parsers.attachments.docx import read_docx

    d = docx.Document()
    d.add_paragraph("1. Vilka är ni?")
    d.add_paragraph("Vi är en kör.")
    d.add_paragraph("Vi har funnits sedan 1998.")
    d.add_paragraph("2. Arbetar ni mot segregation?")
    d.add_paragraph("Ja.")
    text = read_docx(af._save_docx(d))
    assert "1. Vilka är ni?\nVi är en kör.\nVi har funnits sedan 1998.\n\n2. " in text


# A letter whose yes/no paragraph asks the question back and answers it in place.
@pytest.mark.parametrize("yes_par", [
    "Motverkar vi segregation? Ja, absolut.",
    "Jobbar föreningen mot segregation? Ja, på flera sätt!",
    "Do we work against segregation? Yes, we do.",
])
def test_a_letter_paragraph_asking_and_answering_the_yes_no_question_heads_no_block(
        cfg, yes_par):
    pars = ["Här kommer föreningens svar.",
            "Vi är en schackklubb i Rosengård med ett sextiotal medlemmar i alla åldrar.",
            yes_par,
            "Vi spelar turneringar mot klubbar i andra stadsdelar och lär ut schack i skolor.",
            "Hindret är lokalen. Möjligheten är att schack inte kräver något gemensamt språk."]
    raw = _with_attachment("Hej,\n\nbifogat finns vårt brev.\n\nAmir",
                           _letter_docx(["Hyllie IF"], "Kartläggningen", pars, ["Hälsningar",
                                                                               "Amir"]),
                           "Brev.docx")
    p = parse_message(raw, cfg.survey, ROSTER)
    assert p.answers["about"]["value"] == pars[1]
    assert p.answers["works_against_segregation"]["value"] is True
    assert p.answers["how"]["value"] == pars[3]
    assert p.answers["obstacles_opportunities"]["value"] == pars[4]


def test_a_question_paragraph_without_its_answer_still_heads_the_next_one():
    import docx

    from svarsinkorg.parsers.attachments.docx import read_docx

    d = docx.Document()
    d.add_paragraph("Hur arbetar ni mot segregation?")
    d.add_paragraph("Vi har läxhjälp.")
    d.add_paragraph("Vi har också språkcafé.")
    d.add_paragraph("Motverkar ni segregation? Ja, det gör vi.")
    d.add_paragraph("Vi har öppna fester.")
    text = read_docx(af._save_docx(d))
    assert "Hur arbetar ni mot segregation?\nVi har läxhjälp.\nVi har också språkcafé." in text
    assert "Motverkar ni segregation? Ja, det gör vi.\n\nVi har öppna fester." in text


# --- a doubt about a part's answer another part replaced (unseen56) -------------------------


def _part(source: str, answers: dict[str, object], reasons: list[Reason]) -> Extraction:
    return Extraction(answers={k: Answer(v, v if isinstance(v, str) else None, source=source)
                               for k, v in answers.items()}, reasons=reasons)


def test_a_doubt_about_the_bodys_answer_goes_when_the_file_gives_that_answer():
    body = _part("body", {"about": A1, "works_against_segregation": True,
                          "how": "Resten står i filen eftersom det blev långt."},
                 [Reason("aside_in_answer", "how", "Resten står i filen ...")])
    how = ("Vi tränar i blandade lag med barn från Rosengård och Bunkeflo, och våra ledare "
           "kommer från båda stadsdelarna.")
    doc = _part("svar.docx", {"how": how, "obstacles_opportunities": A4},
                [Reason("yes_no_missing", "works_against_segregation", how[:40])])
    got = combine([body, doc], QUESTIONS)
    assert got.answers["how"].value == how and got.answers["works_against_segregation"].value
    assert got.reasons == []


def test_a_doubt_about_the_answer_taken_stays():
    body = _part("body", {"about": A1, "works_against_segregation": True, "how": A3},
                 [Reason("aside_in_answer", "how", "Hör av er!")])
    doc = _part("svar.docx", {"how": "Kort.", "obstacles_opportunities": A4}, [])
    got = combine([body, doc], QUESTIONS)
    assert got.answers["how"].value == A3
    assert [r.code for r in got.reasons] == ["aside_in_answer"]


def test_a_missing_yes_no_another_part_does_not_give_stays_flagged():
    one = _part("del1.docx", {"about": A1}, [])
    two = _part("del2.pdf", {"how": A3, "obstacles_opportunities": A4},
                [Reason("yes_no_missing", "works_against_segregation", A3[:40])])
    got = combine([one, two], QUESTIONS)
    assert got.answers["works_against_segregation"].value is None
    assert [r.code for r in got.reasons] == ["yes_no_missing"]


def test_a_file_whose_longer_text_won_over_the_bodys_answers_keeps_its_doubts():
    # statutes attached beside four answers in the body: their longer paragraphs win the
    # about and the obstacles, so their doubt (no yes/no beside a how) must stay shown
    body = _part("body", {"about": A1, "works_against_segregation": True, "how": A3,
                          "obstacles_opportunities": A4}, [])
    statutes = ("Föreningens namn är Grannföreningen Solbacken. Föreningen har till ändamål "
                "att främja gemenskap mellan de boende i området.")
    doc = _part("Stadgar.pdf", {"about": statutes,
                                "obstacles_opportunities": statutes + " Årsmöte hålls i mars."},
                [Reason("yes_no_missing", "works_against_segregation", statutes[:40])])
    got = combine([body, doc], QUESTIONS)
    assert got.answers["about"].value == statutes
    assert [r.code for r in got.reasons] == ["yes_no_missing"]


# --- an answer in the mail that only sends the reader to the file (unseen70) ----------------


@pytest.mark.parametrize("pointer", [
    "Fråga 3 och 4 har vår kassör skrivit ner, se bifogad fil.",
    "Questions 3 and 4 are answered by our board, see the attached document.",
])
def test_a_files_answer_that_won_over_a_pointer_to_it_loses_its_doubt_the_body_settles(
        pointer):
    # the mail answers 1 and 2 and points at the file for the rest; the file holds 3 and 4
    # and no yes/no: the yes/no it lacks is the body's, no doubt left to show
    body = _part("body", {"about": A1, "works_against_segregation": True, "how": pointer}, [])
    doc = _part("del2.docx", {"how": A3, "obstacles_opportunities": A4},
                [Reason("yes_no_missing", "works_against_segregation", A3[:40])])
    got = combine([body, doc], QUESTIONS)
    assert got.answers["how"].value == A3 and got.answers["how"].source == "del2.docx"
    assert got.answers["works_against_segregation"].value is True
    assert got.reasons == []


def test_a_file_that_won_over_a_real_answer_still_keeps_its_doubt():
    # the same shape with a short answer of its own in the mail: the file may be no answers
    body = _part("body", {"about": A1, "works_against_segregation": True,
                          "how": "Vi spelar med alla."}, [])
    doc = _part("bilaga.pdf", {"how": A3, "obstacles_opportunities": A4},
                [Reason("yes_no_missing", "works_against_segregation", A3[:40])])
    got = combine([body, doc], QUESTIONS)
    assert [r.code for r in got.reasons] == ["yes_no_missing"]


def test_an_answer_of_its_own_that_also_points_to_the_file_is_an_answer():
    own = "Vi har läxhjälp och språkcafé varje vecka i Rosengård. Se bifogad fil för mer."
    body = _part("body", {"about": A1, "works_against_segregation": True, "how": own}, [])
    doc = _part("bilaga.pdf", {"how": "Kort.", "obstacles_opportunities": A4}, [])
    got = combine([body, doc], QUESTIONS)
    assert got.answers["how"].value == own and got.answers["how"].source == "body"


# The same answers sent twice, in the survey's language and in another ("ni får båda
# versionerna"): the version in the survey's language is the one read, however long the
# other; a question only the other answers is still taken from it.
_SV_PARTS = {
    "about": "Vi är en förening för föräldrar i Hermodsdal som ordnar läxhjälp och utflykter "
             "för barnen. Vi har ett femtiotal familjer som medlemmar.",
    "works_against_segregation": True,
    "how": "Vi bjuder in familjer från andra delar av staden till våra utflykter och har "
           "läxhjälp på både svenska och arabiska.",
}
_EN_PARTS = {
    "about": "We are an association for parents in Hermodsdal who arrange homework help and "
             "day trips for the children. We have about fifty families as members, and many "
             "of them are new to the city.",
    "works_against_segregation": True,
    "how": "We invite families from other parts of the city to our trips and we have homework "
           "help in both Swedish and Arabic, which is what the parents asked for.",
}


def test_the_version_in_the_surveys_language_is_read_however_long_the_other():
    sv = _part("svar SV.docx", _SV_PARTS, [])
    en = _part("answers EN.docx", _EN_PARTS, [])
    for parts in ([en, sv], [sv, en], [_part("body", {}, []), en, sv]):
        got = combine(parts, QUESTIONS)
        assert {k: got.answers[k].source for k in _SV_PARTS} == dict.fromkeys(
            _SV_PARTS, "svar SV.docx")
        assert got.answers["about"].value == _SV_PARTS["about"]
        assert got.reasons == [] and not got.flags
    got = combine([sv, en], QUESTIONS, language="en")
    assert {got.answers[k].source for k in ("about", "how")} == {"answers EN.docx"}


def test_another_languages_part_answering_more_is_no_mere_version():
    sv = _part("svar.docx", {"about": _SV_PARTS["about"]}, [])
    en = _part("answers.docx", {"about": _EN_PARTS["about"], "how": _EN_PARTS["how"]}, [])
    got = combine([sv, en], QUESTIONS)
    # the longer answer wins as before: the English part is more than the Swedish again
    assert got.answers["about"].source == "answers.docx"
    assert got.answers["how"].value == _EN_PARTS["how"]


def test_a_yes_no_that_differs_between_the_versions_is_still_a_conflict():
    sv = _part("svar.docx", _SV_PARTS, [])
    en = _part("answers.docx", {**_EN_PARTS, "works_against_segregation": False}, [])
    got = combine([sv, en], QUESTIONS)
    assert got.answers["works_against_segregation"].value is True
    assert "conflicting:works_against_segregation" in got.flags


def test_two_attached_versions_in_two_languages_read_from_the_swedish(cfg):
    import docx

    def doc(parts: dict[str, object], yes: str) -> bytes:
        d = docx.Document()
        d.add_paragraph("1. " + str(parts["about"]))
        d.add_paragraph("2. " + yes)
        d.add_paragraph("3. " + str(parts["how"]))
        return af._save_docx(d)

    m = EmailMessage()
    m.set_content("Hej! Här kommer våra svar, på svenska och engelska.\n\nMvh Sara")
    m["From"] = "kansli@hyllieif.se"
    m["To"] = "samordnare@xn--malm-8qa.se"
    m["Subject"] = "Re: Kartläggning: civilsamhällets arbete mot segregation i Malmö"
    m["Date"] = "Fri, 10 Jan 2020 12:00:00 +0100"
    for name, data in (("answers EN.docx", doc(_EN_PARTS, "Yes.")),
                       ("svar SV.docx", doc(_SV_PARTS, "Ja."))):
        m.add_attachment(data, maintype="application", subtype=DOCX.split("/")[1],
                         filename=name)
    got = parse_message(bytes(m), cfg.survey, ROSTER)
    assert got.answers["about"]["value"] == _SV_PARTS["about"]
    assert got.answers["how"]["source"] == "svar SV.docx"
    assert got.answers["works_against_segregation"]["value"] is True
