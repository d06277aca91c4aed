"""Thread mail (tests/corpora/unseen84): a From header whose whole "Name <addr>" is one
encoded word, and a reply-all by someone copied in on the association's thread. Own words,
Swedish and English; the corpus's sentences are not used."""

from __future__ import annotations

import pytest
from helpers import reply

from svarsinkorg.config import Survey, example_config_path, load_config
from svarsinkorg.intake.decode import decode_message
from svarsinkorg.intake.match import RosterEntry, match_message
from svarsinkorg.pipeline import parse_message
from svarsinkorg.reports.labels import Labels

HEAD = (b"From: Kalle Anka <kalle@forening.se>\r\nTo: samordnare@xn--malm-8qa.se\r\n"
        b"Subject: Svar\r\nDate: Fri, 10 Jan 2020 12:00:00 +0100\r\nMIME-Version: 1.0\r\n")
DEFECT = "MIME defect: AddressHeaderDefect"


# --- the whole mailbox inside encoded words (web forms, old scripts) -----------------------

@pytest.mark.parametrize(("from_", "addr", "name"), [
    # quoted-printable, folded over two encoded words, a Swedish name
    (b"=?utf-8?q?B=C3=A5tklubben_=C3=96resund_=3Cstyrelse=40batklubb?=\r\n"
     b" =?utf-8?q?en=2Ese=3E?=", "styrelse@batklubben.se", "Båtklubben Öresund"),
    # base64, an English name
    (b"=?utf-8?b?Q2hlc3MgQ2x1YiBOb3J0aCA8Y2x1YkBjaGVzcy1ub3J0aC5vcmc+?=",
     "club@chess-north.org", "Chess Club North"),
    # iso-8859-1, the address alone in angle brackets
    (b"=?iso-8859-1?q?=3Ckassor=40idrottsf=F6reningen.se=3E?=", "kassor@idrottsföreningen.se",
     ""),
    # a bare address encoded
    (b"=?utf-8?q?info=40hembygd.se?=", "info@hembygd.se", ""),
])
def test_mailbox_encoded_whole_is_read(from_, addr, name):
    msg = decode_message(HEAD.replace(b"Kalle Anka <kalle@forening.se>", from_) + b"\r\n1. Ja\r\n")
    assert (msg.from_addr, msg.from_name) == (addr, name)
    assert DEFECT not in msg.problems


@pytest.mark.parametrize("from_", [
    b"=?utf-8?q?Kalle_Anka?=",  # a name and no address: nothing to read
    b"=?utf-8?q?A_=3Ca=40x.se=3E=2C_B_=3Cb=40y.se=3E?=",  # two mailboxes in one: no guess
    b"=?utf-8?q?Kalle_=3Ckalle=40forening.se?=",  # an unclosed bracket inside
    b"=?utf-8?q?Kalle_=3Ckalle=40forening.se=3E?= extra",  # text outside the encoded word
    b"=?utf-8?q?Kalle_=3Ck=40x.se=3E=0AFrom=3A_y=40z.se?=",  # a line break smuggled in
])
def test_what_stays_unreadable_is_still_a_defect(from_):
    msg = decode_message(HEAD.replace(b"Kalle Anka <kalle@forening.se>", from_) + b"\r\n1. Ja\r\n")
    assert msg.from_addr is None
    assert DEFECT in msg.problems


def test_encoded_name_beside_a_real_address_is_read_as_before():
    # the display name holding another address stays a name: the sender is the real one
    # (and the matcher's sender_mismatch shows it)
    from_ = b"=?utf-8?q?Klubben_=3Ckansli=40klubben.se=3E?= <someone@privat.se>"
    msg = decode_message(HEAD.replace(b"Kalle Anka <kalle@forening.se>", from_) + b"\r\n1. Ja\r\n")
    assert msg.from_addr == "someone@privat.se"
    assert msg.from_name == "Klubben <kansli@klubben.se>"
    assert msg.problems == []


ROSTER = [
    RosterEntry(1, "Båtklubben Öresund", ("styrelse@batklubben.se",), None),
    RosterEntry(2, "Chess Club North", ("club@chess-north.org",), None),
    RosterEntry(3, "Hembygdsföreningen Gamla Byn", ("info@hembygd.se",), None),
]
COORD = {"samordnare@malmö.se"}


def _survey() -> Survey:
    return load_config(example_config_path()).survey


def test_encoded_mailbox_reply_is_matched_by_its_sender_without_a_flag():
    raw = reply("1. Vi seglar.\n2. Ja\n3. Vi har öppna seglardagar.\n4. Hinder: pengar.\n\n"
                "Mvh\nEva", sender="x@y.se")
    raw = raw.replace(b"From: Per Nilsson <x@y.se>",
                      b"From: =?utf-8?q?Eva_=3Cstyrelse=40batklubben=2Ese=3E?=")
    p = parse_message(raw, _survey(), ROSTER)
    assert (p.association_id, p.match_method) == (1, "sender")
    assert not [r for r in p.reasons if r.code == "mime_defect"]


# --- a reply-all by someone copied in on the association's thread ------------------------

def _match(raw: bytes):
    msg = decode_message(raw)
    return match_message(msg, ROSTER, COORD, own_text=msg.text)


def test_copied_in_reply_all_is_the_associations():
    # the chair, from a private address, answers in the thread with the club copied in
    raw = reply("Jag vill bara lägga till att vi gärna ses.\n\nGöran", sender="goran@privat.se",
                headers={"Cc": "styrelse@batklubben.se"})
    m = _match(raw)
    assert (m.association_id, m.method) == (1, "copied")
    assert m.reasons == ()


def test_copied_in_english():
    raw = reply("Agree with what Sam wrote below.\n\nRobin", sender="robin@mail.com",
                subject="RE: The survey", threaded=False,
                headers={"Cc": "Chess Club <club@chess-north.org>, Someone <someone@else.org>"})
    m = _match(raw)
    assert (m.association_id, m.method) == (2, "copied")


@pytest.mark.parametrize(("cc", "threaded", "subject"), [
    # two associations copied in: whose is it? nobody's by this rule
    ("styrelse@batklubben.se, club@chess-north.org", True, "Re: Enkäten"),
    # a new mail (no In-Reply-To, no reply prefix) copying an association decides nothing
    ("styrelse@batklubben.se", False, "Fråga om bidrag"),
])
def test_copied_in_decides_nothing_when_unsure(cc, threaded, subject):
    raw = reply("Hej, en fråga.\n\nAnna", sender="anna@privat.se", subject=subject,
                threaded=threaded, headers={"Cc": cc})
    assert _match(raw).association_id is None


def test_own_roster_address_wins_over_one_copied_in():
    raw = reply("Hej!\n\nEva", sender="info@hembygd.se", headers={"Cc": "styrelse@batklubben.se"})
    assert (_match(raw).association_id, _match(raw).method) == (3, "sender")


@pytest.mark.parametrize("language", ["sv", "en"])
def test_copied_match_method_has_a_label(language):
    label = Labels(language).match_method("copied")
    assert label != "copied" and label


# --- a member copied in who only agrees with the reply quoted under it -------------------

_EARLIER_REPLY = (
    "\n\nDen 12 jan. 2020 kl 18:02 skrev Eva Berg <styrelse@batklubben.se>:\n"
    "> 1. Vi är en båtklubb med 200 medlemmar.\n> 2. Ja\n"
    "> 3. Vi har öppna seglardagar för skolor.\n> 4. Hinder: pengar. Möjligheter: hamnen.\n")
_EARLIER_REPLY_EN = (
    "\n\nOn 12 Jan 2020, at 18:02, Sam Berg <club@chess-north.org> wrote:\n"
    "> 1. We are a chess club of 40 members.\n> 2. Yes\n"
    "> 3. Free lessons at the library.\n> 4. Obstacles: money. Opportunities: schools.\n")


@pytest.mark.parametrize("own", [
    "Håller med Eva, bra formulerat!\n\n/Göran",
    "Hej!\nJag ställer mig bakom svaren.\n\nMvh Lena, kassör",
    "Instämmer helt.\n\nSkickat från min iPhone",
    "Agreed, well put Sam!\n\nRobin",
    "I agree with all of it. Thanks!\n\n-- \nRobin",
])
def test_assent_to_the_quoted_reply_answers_nothing_on_purpose(own):
    from helpers import QUESTIONS

    from svarsinkorg.parsers.answers import extract_answers
    quote = _EARLIER_REPLY_EN if "Robin" in own else _EARLIER_REPLY
    ex = extract_answers(own + quote, QUESTIONS)
    assert all(a.value is None for a in ex.answers.values())
    assert "earlier_reply" in ex.flags
    assert not ex.reasons


@pytest.mark.parametrize("own", [
    "Jag håller inte med, vi jobbar inte alls med det.\n\n/Göran",  # a "not": disagreement
    "Håller med, men fråga 2 borde vara nej.\n\n/Göran",  # a "but": more than assent
    "Håller ni med om att vi ska svara ja?\n\n/Göran",  # a question back
    "I agree, but we should also say that the hall is too small for us.\n\nRobin",
    "Instämmer. Vi har också en ungdomssektion med 30 barn som tränar varje lördag på "
    "hamnplanen och en seglarskola.\n\n/Göran",  # a description of its own: more than assent
])
def test_more_than_assent_is_not_taken_for_it(own):
    from svarsinkorg.parsers.framing import assents_only
    body = own.rsplit("\n\n", 1)[0]
    assert not assents_only(body)


def test_assent_mail_is_not_flagged_no_answer_by_the_pipeline():
    raw = reply("Instämmer, bra sammanfattat Eva!\n\n/Göran" + _EARLIER_REPLY,
                sender="goran@privat.se", headers={"Cc": "styrelse@batklubben.se"})
    p = parse_message(raw, _survey(), ROSTER)
    assert (p.kind, p.association_id) == ("reply", 1)
    assert p.reasons == [] and "earlier_reply" in p.notes


def test_assent_without_an_answered_question_stays_unread_text():
    # assent with no quoted reply under it: nothing to agree with here, the usual doubt
    raw = reply("Instämmer!\n\n/Göran", sender="styrelse@batklubben.se")
    p = parse_message(raw, _survey(), ROSTER)
    assert "no_answer" in [r.code for r in p.reasons]


# --- a reply to a reminder saying the answers went in an earlier mail --------------------

@pytest.mark.parametrize("own", [
    "Hej,\nvi har redan skickat in våra svar, vår kassör mejlade dem före jul. "
    "Hör av er om de inte kommit fram.",
    "Svaren skickades av Eva den 3 december från hennes privata adress.",
    "Hi, we have already replied - our chair sent the answers in December. Let us know if "
    "they did not arrive.",
    "Our answers were sent by the secretary last week.",
])
def test_sent_before_answers_nothing_on_purpose(own):
    from helpers import QUESTIONS, QUOTE

    from svarsinkorg.parsers.answers import extract_answers
    ex = extract_answers(own + "\n\n/Lena" + QUOTE, QUESTIONS)
    assert all(a.value is None for a in ex.answers.values())
    assert "earlier_reply" in ex.flags
    assert not ex.reasons


@pytest.mark.parametrize("own", [
    "Vi har redan svarat, men har ni fått det?",  # a question back: a person answers it
    "Har ni fått våra svar?",
    # a colleague passing on someone else's answers: a forward, not "already answered"
    "Kassören i klubben skickade sina svar till mig, så jag skickar dem vidare.",
    "She sent her answers to me by mistake, so I am forwarding them.",
    "We have already replied, but here is more: we also run a youth team of 30 girls on "
    "Saturdays in the park behind the school and a summer camp every year in July that "
    "welcomes children from every part of the city and beyond, with free meals.",
])
def test_more_than_sent_before_is_not_taken_for_it(own):
    from svarsinkorg.parsers.framing import says_sent_before
    assert not says_sent_before(own)


def test_sent_before_reply_is_not_flagged_no_answer_by_the_pipeline():
    raw = reply("Hej!\nVi har redan svarat, vår ordförande skickade svaren i december.\n\n"
                "/Lena, sekreterare", sender="info@hembygd.se")
    p = parse_message(raw, _survey(), ROSTER)
    assert (p.kind, p.association_id) == ("reply", 3)
    assert p.reasons == [] and "earlier_reply" in p.notes


def test_forward_under_a_note_on_the_sending_keeps_the_forwarded_answers():
    # "the answers came to me, here they are": the forwarded mail's answers count, and the
    # mail carries no note that they were an earlier mail's
    from helpers import QUESTIONS

    from svarsinkorg.parsers.answers import extract_answers
    text = ("Hej!\nVi har redan fått svaren från båtklubben, jag skickar dem vidare.\n\n/Anna\n\n"
            "-----Ursprungligt meddelande-----\nFrån: Eva Berg <styrelse@batklubben.se>\n"
            "Skickat: den 12 januari 2020 18:02\nTill: Anna <anna@stad.se>\nÄmne: enkäten\n\n"
            "1. Vi är en båtklubb med 200 medlemmar.\n2. Ja\n3. Öppna seglardagar för skolor."
            "\n4. Hinder: pengar. Möjligheter: hamnen.\n")
    ex = extract_answers(text, QUESTIONS)
    assert ex.answers["about"].value == "Vi är en båtklubb med 200 medlemmar."
    assert ex.answers["works_against_segregation"].value is True
    assert "earlier_reply" not in ex.flags
