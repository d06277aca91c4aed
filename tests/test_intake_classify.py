"""Classification: reply, auto_reply, bounce, other."""

from email.message import EmailMessage

import pytest
from helpers import reply

from svarsinkorg.intake.classify import classify
from svarsinkorg.intake.decode import decode_message

COORD = {"samordnare@malmö.se"}


def _kind(raw: bytes, answered: int = 0, related: bool = True):
    return classify(decode_message(raw), coordinators=COORD, answered=answered, related=related)


def test_out_of_office_by_auto_submitted_header():
    raw = reply("Jag är tjänstledig till 13 januari.", headers={"Auto-Submitted": "auto-replied"})
    assert _kind(raw).kind == "auto_reply"


def test_x_autoreply_header_is_an_auto_reply():
    assert _kind(reply("Tack för ditt mejl.", headers={"X-Autoreply": "yes"})).kind == "auto_reply"


def test_auto_submitted_no_is_not_an_auto_reply():
    raw = reply("1. Vi är en förening.", headers={"Auto-Submitted": "no"})
    assert _kind(raw, answered=1).kind == "reply"


def test_franvaromeddelande_subject_without_headers():
    raw = reply("Jag är på semester och åter den 7 januari.",
                subject="Frånvaromeddelande: Kartläggning")
    assert _kind(raw).kind == "auto_reply"


def test_outlook_automatic_reply_with_suppress_header():
    raw = reply("I am out of the office until Monday.", subject="Automatic reply: Kartläggning",
                headers={"X-Auto-Response-Suppress": "All"})
    assert _kind(raw).kind == "auto_reply"


def test_body_cue_alone_when_nothing_is_answered():
    raw = reply("Hej! Jag är föräldraledig och läser inte min e-post. Kontakta kansliet.")
    assert _kind(raw).kind == "auto_reply"


def test_body_cue_does_not_overrule_real_answers():
    raw = reply("1. Vi är en idrottsförening. Jag är ledig nu men svarar ändå.\n2. Ja")
    assert _kind(raw, answered=2).kind == "reply"


def test_precedence_bulk_newsletter_without_answers_is_automatic():
    raw = reply("Nyhetsbrev december", headers={"Precedence": "bulk"}, threaded=False)
    assert _kind(raw, related=False).kind == "auto_reply"


def test_bounce_from_mailer_daemon_names_the_failed_recipient_in_text():
    m = EmailMessage()
    m["From"] = "MAILER-DAEMON@mx1.example.se"
    m["To"] = "samordnare@xn--malm-8qa.se"
    m["Subject"] = "Mail delivery failed: returning message to sender"
    m.set_content("<kontakt@latinhuset-malmo.se>: 550 5.1.1 User unknown\n"
                  "Send a mail to postmaster@mx1.example.se for help.")
    c = _kind(bytes(m))
    assert c.kind == "bounce"
    assert c.bounced_addresses == ["kontakt@latinhuset-malmo.se"]


def test_swedish_exchange_ndr_subject_with_empty_return_path():
    m = EmailMessage()
    m["From"] = "Microsoft Outlook <microsoftexchange@malmo.se>"
    m["Return-Path"] = "<>"
    m["Subject"] = "Det gick inte att leverera: Kartläggning"
    m.set_content("Det gick inte att leverera till kontakt@latinhuset-malmo.se. "
                  "Mottagarens e-postadress hittades inte.")
    c = _kind(bytes(m))
    assert c.kind == "bounce"
    assert "kontakt@latinhuset-malmo.se" in c.bounced_addresses


def test_unrelated_mail_is_other():
    raw = reply("Hej, finns det ett föreningsregister?", subject="Fråga om register",
                threaded=False, sender="linnea@gmail.com")
    assert _kind(raw, related=False).kind == "other"


def test_related_mail_without_answers_is_still_a_reply():
    raw = reply("Vi återkommer med svar nästa vecka!")
    assert _kind(raw, related=True).kind == "reply"


def test_a_person_away_says_when_they_read_mail_again() -> None:
    from svarsinkorg.intake.classify import _AUTO_BODY

    assert _AUTO_BODY.search("Jag är utomlands över jul. Jag läser mejl igen från den 7 januari.")
    assert not _AUTO_BODY.search("Vi läser gärna mejl från föräldrarna och svarar snabbt.")


def test_a_closed_office_receipt_with_a_sentence_between_thanks_and_promise():
    # an office's automatic notice without RFC 3834 headers: thanks, why not now, a promise
    raw = reply("Hej!\nTack för ditt mejl. Kansliet har semesterstängt och öppnar igen den "
                "10 augusti. Vi svarar så snart vi kan.\n\nKarate Malmö")
    assert _kind(raw).kind == "auto_reply"
    raw = reply("Thank you for your email. Our office is closed over the holidays and opens "
                "again on 7 January. We will reply as soon as we can.\n\nThe club office")
    assert _kind(raw).kind == "auto_reply"


def test_a_person_thanking_and_promising_answers_while_answering_is_a_reply():
    raw = reply("Tack för ditt mejl. 1. Vi är en dansklubb. Vi svarar på resten så snart vi kan.")
    assert _kind(raw, answered=1).kind == "reply"


# --- a holiday auto-answer without auto-reply headers: the thanks on a line of its own -------


@pytest.mark.parametrize("body", [
    "Tack för ditt mejl!\n\nKansliet är stängt under jul- och nyårshelgerna och öppnar igen "
    "den 7 januari. Vi besvarar ditt mejl så snart vi kan.\n\nFöreningen Gemenskap",
    "Tack för ditt meddelande!\n\nVi har stängt 20 december - 7 januari. Vi svarar på ditt "
    "mejl så snart vi är tillbaka.\n\nGod jul önskar Teaterföreningen",
    "Tack för ert mail.\nKontoret har julstängt. Vi hör av oss när kontoret öppnar igen."
    "\n\n/Klubben",
    "Thank you for your message!\n\nThe office is closed over Christmas and the New Year. "
    "We will reply when we are back.\n\nThe club",
])
def test_a_holiday_receipt_without_headers_is_an_auto_reply(body: str) -> None:
    raw = reply(body)
    assert _kind(raw, related=False).kind == "auto_reply"
    assert _kind(raw, related=True).kind == "auto_reply"


def test_a_persons_thanks_without_a_promise_when_is_no_receipt() -> None:
    raw = reply("Tack för ditt mejl!\n\nVi har inte hunnit prata i styrelsen än, men vi "
                "svarar gärna på enkäten.\n\nMvh Eva")
    assert _kind(raw).kind == "reply"
    # the promise far below the thanks, past paragraphs of its own, is a person's
    raw = reply("Tack för ditt mejl!\n\nVi har läst frågorna.\n\n\n\nVi återkommer efter "
                "helgerna med svaren.\n\nMvh Eva")
    assert _kind(raw).kind == "reply"
    # "after the holidays" is a person's promise as often as a machine's
    raw = reply("Tack för ditt mejl!\n\nVi återkommer efter helgerna med svaren.\n\nMvh Eva")
    assert _kind(raw).kind == "reply"
    # with answers, a receipt's words decide nothing
    raw = reply("Tack för ditt mejl!\n\n1. Vi är en dansklubb i Fosie.\n\nVi svarar på resten "
                "så snart vi är tillbaka.")
    assert _kind(raw, answered=1).kind == "reply"


# --- a receipt that promises an answer in turn, without auto-reply headers ------------------


@pytest.mark.parametrize("body", [
    "Tack för ditt mejl!\n\nVi har tagit emot ditt meddelande. Kansliet har öppet tisdagar "
    "kl 13-16 och vi besvarar mejl i den ordning de kommer in.\n\nFöreningen Solrosen",
    "Tack för ert mail. Vi svarar på alla mejl i tur och ordning som de kommer in.\n\n/Kansliet",
    "Thank you for your email. We will reply to all messages in the order they are "
    "received.\n\nThe club office",
])
def test_a_receipt_answering_mail_in_turn_is_an_auto_reply(body: str) -> None:
    raw = reply(body)
    assert _kind(raw, related=True).kind == "auto_reply"


def test_a_person_who_got_the_mail_and_answers_later_is_no_receipt() -> None:
    # "we got your mail" alone is what people write, too: it decides nothing
    raw = reply("Hej! Vi har tagit emot ert mejl om kartläggningen och vill gärna vara med. "
                "Vi återkommer i januari!\n\n/Maria")
    assert _kind(raw).kind == "reply"


@pytest.mark.parametrize("body", [
    "Hej och tack för ditt mejl.\n\nKansliet är stängt 20 december - 6 januari. Vi svarar på "
    "alla mejl efter det.\n\nIdrottsföreningen",
    "Tack för ert meddelande. Vi har semester i juli. Vi besvarar samtliga mejl i augusti."
    "\n\n/Kansliet",
    "Thank you for your email. The office is closed until 7 January; we will answer all "
    "emails after that.\n\nThe club office",
])
def test_a_receipt_promising_to_answer_all_mail_is_an_auto_reply(body: str) -> None:
    # all mail, not the one it answers: a machine's promise (a person answers yours)
    assert _kind(reply(body), related=True).kind == "auto_reply"


def test_a_person_answering_the_survey_after_a_closed_period_is_no_receipt() -> None:
    raw = reply("Hej och tack för ditt mejl.\n\nKansliet är stängt över jul. Vi svarar på "
                "frågorna efter det.\n\n/Maria")
    assert _kind(raw, related=True).kind == "reply"


# --- a receipt whose promise is the closing sentence's second verb (unseen54 22) -------------


@pytest.mark.parametrize("body", [
    "Tack för ditt meddelande! Kontoret är stängt under sportlovet och återkommer när vi är "
    "tillbaka den 24 februari.\n\nScoutkåren Ekorren",
    "Tack för ert mail. Vi har sommaruppehåll till 10 augusti och besvarar mejl så snart vi "
    "kan.\n\nKansliet",
    "Thank you for your message. We are closed for the holidays and will reply when we're "
    "back.\n\nThe club office",
])
def test_a_closed_office_receipt_promising_with_its_second_verb_is_an_auto_reply(
        body: str) -> None:
    assert _kind(reply(body), related=False).kind == "auto_reply"


def test_a_person_closing_and_answering_the_survey_later_is_no_receipt() -> None:
    # the answer to this survey, not to "mejl": a person's promise, no receipt
    raw = reply("Hej och tack för ditt mejl! Vi har stängt över jul och svarar på era frågor "
                "i januari.\n\n/Maria")
    assert _kind(raw, related=True).kind == "reply"
