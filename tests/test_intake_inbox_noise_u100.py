"""The inbox's noise around real replies (tests/corpora/unseen100, issue 9's round 46): a
real reply sent through the association's helpdesk, whose thread shows the survey's question
list unmarked under the answers; a spam filter's verdict on mail that never speaks of the
survey; a mail in the survey's thread that "answers this mail" only as the channel for
something else. Own words, Swedish and English; the corpus's sentences are not used."""

from __future__ import annotations

import pytest
from helpers import QUESTIONS, codes, extract, reply, values

from svarsinkorg.config import example_config_path, load_config
from svarsinkorg.intake.match import RosterEntry
from svarsinkorg.pipeline import parse_message

ROSTER = [RosterEntry(0, "Schackklubben Löparen", ("kansli@loparen.se",), None)]

_ABOUT = "Vi är en schackklubb i Husie med 40 medlemmar som spelar varje tisdag."
_HOW = "Vi har gratis nybörjarkurser på biblioteket i Rosengård."
_OBST = "Det är svårt att hitta ledare. Möjligheten är att skolorna vill samarbeta."
_ABOUT_EN = "We are a chess club in Husie with 40 members who play every Tuesday."
_HOW_EN = "We run free beginners' courses at the library in Rosengård."
_OBST_EN = "It is hard to find leaders. The opportunity is that schools want to work with us."

# the survey's own question list as the original shows it (config.example.toml's questions)
_QLIST = "\n".join(f"{i}. {q.text}" for i, q in enumerate(QUESTIONS, 1))


def _survey():
    return load_config(example_config_path()).survey


# --- the survey's question list pasted unmarked under numbered answers ---------------------


@pytest.mark.parametrize(("about", "yes", "how", "obst", "name", "stamp"), [
    (_ABOUT, "Ja.", _HOW, _OBST, "Per Holm\nOrdförande", "2 dec. 2019 10:14"),
    (_ABOUT_EN, "Yes.", _HOW_EN, _OBST_EN, "Per Holm\nChair", "Dec 2, 2019, 10:14 AM"),
])
def test_a_helpdesk_thread_under_the_answers_is_the_original_not_the_answers(
        about: str, yes: str, how: str, obst: str, name: str, stamp: str) -> None:
    # a helpdesk lists the thread newest first, each entry a name line and a date line, no
    # ">" and no "wrote:": the survey's numbered questions below are not the answers
    body = (f"##- Svara ovanför denna rad -##\n\nPer Holm (Schackklubben)\n\n{stamp}\n\n"
            f"Hej!\n\n1. {about}\n\n2. {yes}\n\n3. {how}\n\n4. {obst}\n\n{name}\n\n"
            f"Samordnare\n\n{stamp}\n\nHej!\n\nVi kartlägger föreningslivet i Malmö.\n\n"
            f"{_QLIST}\n\nSkicka ett svar per förening senast den 31a januari.\n\n"
            "Med vänliga hälsningar\nSamordnare\n")
    ex = extract(body)
    got = values(ex)
    assert got["about"] == about
    assert got["works_against_segregation"] is True
    assert got["how"] == how
    assert got["obstacles_opportunities"] == obst
    assert not codes(ex)


def test_the_question_list_pasted_with_no_stamp_above_it_ends_the_last_answer() -> None:
    body = (f"1. {_ABOUT}\n\n2. Nej.\n\n3. Vi har inte hunnit.\n\n4. {_OBST}\n\n"
            f"{_QLIST}\n")
    got = values(extract(body))
    assert got["about"] == _ABOUT
    assert got["works_against_segregation"] is False
    assert got["obstacles_opportunities"] == _OBST


def test_answers_typed_under_each_restated_question_are_still_read_there() -> None:
    # the questions with the answers between them: a reply, not a pasted original
    qs = [q.text for q in QUESTIONS]
    body = (f"1. {qs[0]}\n{_ABOUT}\n\n2. {qs[1]}\nJa\n\n3. {qs[2]}\n{_HOW}\n\n"
            f"4. {qs[3]}\n{_OBST}\n")
    got = values(extract(body))
    assert got["about"] == _ABOUT
    assert got["how"] == _HOW
    assert got["obstacles_opportunities"] == _OBST


def test_a_reply_through_a_helpdesk_is_a_reply_not_a_ticket_receipt() -> None:
    # its ticket footer ("Ärende #...") is a weak auto-reply cue: the answers decide
    body = (f"##- Svara ovanför denna rad -##\n\nPer Holm (Schackklubben Löparen)\n\n"
            f"13 jan. 2020 14:02\n\nHej! Här kommer våra svar.\n\n1. {_ABOUT}\n\n2. Ja.\n\n"
            f"3. {_HOW}\n\n4. {_OBST}\n\nPer Holm\n\nSamordnare\n\n2 dec. 2019 10:14\n\n"
            f"Hej!\n\n{_QLIST}\n\nMed vänliga hälsningar\nSamordnare\n\n"
            "--------------------------------\nÄrende: #20191202-0147\nStatus: Löst\n")
    p = parse_message(reply(body, sender="kansli@loparen.se",
                            subject="[Ärende #20191202-0147] Re: Kartläggning"),
                      _survey(), ROSTER)
    assert p.kind == "reply"
    assert p.answers["about"]["value"] == _ABOUT
    assert p.answers["obstacles_opportunities"]["value"] == _OBST


# --- a spam filter's verdict -----------------------------------------------------------------

_PITCH = ("Hello,\n\nI noticed your website is not on the first page of search results.\n\n"
          "Our agency can lift it to the top within a month. Prices start at $99.\n\n"
          "Answer this mail with YES for a free audit.\n\nKind regards,\nJohn Smith\n")
_PITCH_SV = ("Hej!\n\nVi har sett att er hemsida inte syns på första sidan hos Google.\n\n"
             "Vår byrå kan lyfta den till topp tre på en månad. Priser från 990 kr.\n\n"
             "Svara JA så skickar vi en gratis analys.\n\nMvh\nJohan Svensson\n")


@pytest.mark.parametrize("body", [_PITCH, _PITCH_SV])
@pytest.mark.parametrize("header", [("X-Spam-Flag", "YES"),
                                    ("X-Spam-Status", "Yes, score=8.1 required=5.0")])
def test_mail_marked_as_spam_that_never_speaks_of_the_survey_is_other(
        body: str, header: tuple[str, str]) -> None:
    raw = reply(body, sender="john@seo-agency.example", subject="Re: Your website",
                threaded=False, headers=dict([header]))
    p = parse_message(raw, _survey(), ROSTER)
    assert p.kind == "other"
    assert "spam" in p.kind_reason
    assert not p.answers


@pytest.mark.parametrize("body", [
    # survey words in its own text: a spam filter's verdict never hides it
    f"Hej! Här är vårt svar på kartläggningen.\n\n{_ABOUT}\n\n{_HOW}\n\n{_OBST}\n",
    # numbered answers: found by structure, not by the order of paragraphs
    f"1. {_ABOUT}\n\n2. Ja\n\n3. {_HOW}\n\n4. {_OBST}\n",
])
def test_a_reply_marked_as_spam_still_counts(body: str) -> None:
    raw = reply(body, sender="kansli@loparen.se", subject="Svar", threaded=False,
                headers={"X-Spam-Flag": "YES"})
    p = parse_message(raw, _survey(), ROSTER)
    assert p.kind == "reply"
    assert p.answers["about"]["value"] == _ABOUT


def test_spam_flag_no_changes_nothing() -> None:
    raw = reply(_PITCH, sender="john@seo-agency.example", subject="Re: Your website",
                threaded=False, headers={"X-Spam-Flag": "NO"})
    assert "spam" not in parse_message(raw, _survey(), ROSTER).kind_reason


# --- "answering this mail" as the channel for something else ----------------------------------


@pytest.mark.parametrize("body", [
    "Hej,\n\nJag svarar på det här mejlet eftersom jag inte har någon annan adress till er.\n\n"
    "Vi vill hyra gymnastiksalen i Husie en lördag i april. Vem ska jag vända mig till?\n\n"
    "Hälsningar\nPer\n",
    "Hi,\n\nI'm replying to this email as it is the only address I have for you.\n\n"
    "We would like to rent the sports hall in Husie on a Saturday in April. Who do I ask?\n\n"
    "Best\nPer\n",
])
def test_answering_this_mail_only_as_a_channel_is_no_talk_of_the_survey(body: str) -> None:
    p = parse_message(reply(body, sender="kansli@loparen.se"), _survey(), ROSTER)
    assert p.kind == "other"
    assert p.association_id == 0  # the association's mail all the same: shown for review


def test_answering_the_mail_about_the_survey_is_still_a_reply() -> None:
    body = ("Hej,\n\nJag svarar på ert mejl om enkäten så snart styrelsen har träffats.\n\n"
            "Hälsningar\nPer\n")
    p = parse_message(reply(body, sender="kansli@loparen.se"), _survey(), ROSTER)
    assert p.kind == "reply"


# --- a wish to meet, with its reason, as the last of fewer paragraphs -----------------------


@pytest.mark.parametrize(("about", "yes", "wish"), [
    (_ABOUT, "Ja, vi arbetar mot segregation.",
     "Vi är inte så vana vid att skriva långa texter. Kan vi ses och prata i stället? "
     "Vi har öppet i klubblokalen varje tisdag kväll."),
    (_ABOUT_EN, "Yes, we work against segregation.",
     "My Swedish is not very good. Could we meet and talk instead? "
     "We can come to the town hall."),
])
def test_a_wish_to_meet_with_its_reason_is_no_answer_by_position(
        about: str, yes: str, wish: str) -> None:
    ex = extract(f"Hej,\n\n{about}\n\n{yes}\n\n{wish}\n\nHälsningar\nPer\n")
    got = values(ex)
    assert got["about"] == about
    assert got["works_against_segregation"] is True
    assert got["how"] is None  # the yes said over is no how
    assert got["obstacles_opportunities"] is None  # the wish is not the last answer
    assert ex.wants_interview
    assert "partial" in codes(ex) or "by_position" in codes(ex)


def test_a_last_paragraph_with_an_answer_before_the_wish_stays_an_answer() -> None:
    obst = "Det svåra är lokalen, den är för liten. Kan vi ses och prata om det?"
    ex = extract(f"Hej,\n\n{_ABOUT}\n\nJa.\n\n{_HOW}\n\n{obst}\n\nHälsningar\nPer\n")
    assert values(ex)["obstacles_opportunities"] is not None
