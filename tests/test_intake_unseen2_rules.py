"""Rules the second unseen corpus (tests/corpora/unseen2) showed were missing in classify and
match: each with a case where it fires and one where it must not."""

from __future__ import annotations

from helpers import reply

from svarsinkorg.intake.classify import classify, failure_text
from svarsinkorg.intake.decode import decode_message
from svarsinkorg.intake.match import RosterEntry, match_message, name_variants, token_score

COORD = {"samordnare@malmö.se"}
ROSTER = [
    RosterEntry(1, "IK Sölve", ("kansli@iksolve.se",)),
    RosterEntry(2, "IK Sölve Ungdom", ("ungdom@iksolve.se",)),
    RosterEntry(3, "Malmö Kampsportsklubb Öster", ("kansli@mkkoster.se",)),
    RosterEntry(4, "Malmö Schack", ("malmoschack@gmail.com",)),
]


def _kind(raw: bytes, answered: int = 0):
    return classify(decode_message(raw), coordinators=COORD, answered=answered, related=True)


def _match(raw: bytes):
    msg = decode_message(raw)
    return match_message(msg, ROSTER, COORD, own_text=msg.text)


def _dsn(action: str) -> bytes:
    return (
        "Return-Path: <>\nFrom: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
        "To: samordnare@xn--malm-8qa.se\nSubject: Delivery Status Notification\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n'
        "--b\nContent-Type: text/plain\n\nThere was a problem delivering to info@x.se.\n"
        "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; googlemail.com\n\n"
        f"Final-Recipient: rfc822; info@x.se\nAction: {action}\nStatus: 4.4.1\n\n--b--\n"
    ).encode()


# --- delay notices ------------------------------------------------------------------------


def test_delayed_dsn_is_no_bounce() -> None:
    c = _kind(_dsn("delayed"))
    assert c.kind == "auto_reply" and c.bounced_addresses == []


def test_failed_dsn_is_still_a_bounce() -> None:
    c = _kind(_dsn("failed"))
    assert c.kind == "bounce" and c.bounced_addresses == ["info@x.se"]


def test_delay_subject_without_a_report_is_no_bounce() -> None:
    raw = reply("Delivery to the following recipients has been delayed: info@x.se",
                sender="postmaster@malmö.se", subject="Delayed: Kartläggning")
    assert _kind(raw).kind == "auto_reply"
    raw = reply("Delivery has failed to these recipients: info@x.se",
                sender="postmaster@malmö.se", subject="Undeliverable: Kartläggning")
    assert _kind(raw).kind == "bounce"


# --- bounce text: the returned copy names no failed address --------------------------------


def test_bounce_text_stops_at_the_returned_copy() -> None:
    text = ("<lost@x.se>:\nmailbox unknown\n\n--- Below this line is a copy of the message.\n\n"
            "To: lost@x.se\nMessage-ID: <abc@malmö.se>\nKontakta info@malmö.se")
    assert "info@malmö.se" not in failure_text(text)
    assert "abc@malmö.se" not in failure_text(text)
    assert "lost@x.se" in failure_text(text)


def test_bounce_text_without_a_copy_is_kept_whole() -> None:
    text = "Delivery has failed to these recipients:\n\nlost@x.se\nother@y.se\n"
    assert failure_text(text) == text


# --- automatic receipts ("Tack för ditt mejl, vi svarar inom 3 dagar") --------------------


def test_automatic_receipt_without_headers_is_an_auto_reply() -> None:
    raw = reply("Tack för ditt mejl, vi svarar inom 3 dagar.\n\nKansliet",
                subject="Tack för ditt mejl")
    assert _kind(raw).kind == "auto_reply"
    raw = reply("Thank you for your email. We will reply within 48 hours.", subject="Re: x")
    assert _kind(raw).kind == "auto_reply"


def test_human_thanks_and_promise_is_a_reply() -> None:
    assert _kind(reply("Tack för ditt mejl! Vi återkommer med svar.")).kind == "reply"
    assert _kind(reply("Tack, vi återkommer!")).kind == "reply"


# --- names: variants, words spelt differently, the longer of two names ---------------------


def test_name_variants_drop_the_city_when_still_distinctive() -> None:
    assert name_variants("Malmö Kampsportsklubb Öster") == (
        "malmö kampsportsklubb öster", "kampsportsklubb öster")
    assert name_variants("Malmö Schack") == ("malmö schack",)  # "schack" alone: too generic


def test_token_score_tolerates_each_word_spelt_a_little_differently() -> None:
    assert token_score("kampsportsklubb öster", "Sekreterare, Kampsportklubben Öster") >= 92
    assert token_score("kampsportsklubb öster", "Kampsportklubben Väster") == 0
    assert token_score("malmö schack", "Malmö Schackklubb") == 0


def test_signature_spelt_differently_matches() -> None:
    raw = reply("1. Vi tränar judo.\n\nMvh\nAnna\nSekreterare, Kampsportklubben Öster",
                sender="anna@hotmail.com")
    assert _match(raw).association_id == 3


def test_other_club_in_another_district_does_not_match() -> None:
    raw = reply("1. Vi tränar judo.\n\nMvh\nAnna\nKampsportklubben Väster", sender="a@b.se")
    assert _match(raw).association_id is None


def test_name_in_the_subject_wins_over_a_parent_club_in_the_text() -> None:
    raw = reply("1. Vi är ungdomssektionen i IK Sölve.", sender="m@gmail.com",
                subject="Svar från IK Sölve Ungdom")
    m = _match(raw)
    assert (m.association_id, m.method) == (2, "name")


def test_longer_name_in_the_text_does_not_also_count_the_shorter() -> None:
    raw = reply("1. Vi spelar fotboll.\n\nHälsningar\nLisa\nIK Sölve Ungdom", sender="l@live.se")
    assert _match(raw).association_id == 2


def test_shorter_name_alone_matches_the_shorter() -> None:
    raw = reply("1. Vi spelar fotboll.\n\nKjell Nordin\nOrdförande, IK Sölve", sender="k@telia.com")
    assert _match(raw).association_id == 1


def test_signature_decides_between_two_names_in_the_text() -> None:
    raw = reply("1. Ungdomsverksamheten i IK Sölve.\n\nMed vänlig hälsning\nLisa\n"
                "IK Sölve Ungdom", sender="l@live.se")
    assert _match(raw).association_id == 2


def test_two_names_and_no_signature_stay_unmatched() -> None:
    raw = reply("Vi samarbetar med Malmö Schack och IK Sölve.", sender="x@y.se")
    assert _match(raw).association_id is None
