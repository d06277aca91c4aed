"""Decoding: every charset and transfer encoding, åäö intact, defects flagged not raised."""

from __future__ import annotations

import base64
import datetime as dt

import pytest

from svarsinkorg.intake.decode import decode_message, decode_text_bytes

BODY = "1. Vi är en förening på Söder.\n2. Ja\n"
HEAD = (b"From: =?iso-8859-1?Q?G=F6ran_=C5str=F6m?= <Goran@Hyllie.SE>\r\n"
        b"To: samordnare@xn--malm-8qa.se\r\n"
        b"Subject: =?utf-8?B?U1Y6IEthcnRsw6RnZ25pbmc=?=\r\n"
        b"Date: Fri, 10 Jan 2020 12:00:00 +0100\r\nMessage-ID: <m1@x>\r\nMIME-Version: 1.0\r\n")


def _mail(ctype: bytes, cte: bytes, payload: bytes) -> bytes:
    return HEAD + b"Content-Type: " + ctype + b"\r\nContent-Transfer-Encoding: " + cte + \
        b"\r\n\r\n" + payload


@pytest.mark.parametrize(
    ("ctype", "cte", "payload"),
    [
        (b"text/plain; charset=utf-8", b"8bit", BODY.encode()),
        (b"text/plain; charset=iso-8859-1", b"8bit", BODY.encode("latin-1")),
        (b"text/plain; charset=windows-1252", b"quoted-printable",
         BODY.encode("cp1252").replace(b"\xe4", b"=E4").replace(b"\xf6", b"=F6")),
        (b"text/plain; charset=utf-8", b"base64", base64.encodebytes(BODY.encode())),
        (b'text/plain; charset="UTF-8"', b"quoted-printable",
         BODY.encode().replace(b"\xc3\xa4", b"=C3=A4").replace(b"\xc3\xb6", b"=C3=B6")),
        (b"text/plain", b"8bit", BODY.encode("cp1252")),  # no charset at all
        (b"text/plain; charset=unknown-8bit", b"8bit", BODY.encode("cp1252")),
        (b"text/plain; charset=x-nonsense", b"8bit", BODY.encode("latin-1")),
        (b"text/plain; charset=iso-8859-1", b"8bit", BODY.encode("utf-8")),  # mislabelled
        (b"text/plain; charset=utf-16", b"base64", base64.encodebytes(BODY.encode("utf-16"))),
    ],
)
def test_body_text_keeps_aao_in_every_encoding(ctype, cte, payload):
    msg = decode_message(_mail(ctype, cte, payload))
    assert msg.text.strip() == BODY.strip()
    assert msg.problems == []


def test_headers_are_rfc2047_decoded_and_address_normalised():
    msg = decode_message(_mail(b"text/plain; charset=utf-8", b"8bit", BODY.encode()))
    assert msg.subject == "SV: Kartläggning"
    assert msg.from_name == "Göran Åström"
    assert msg.from_addr == "goran@hyllie.se"
    assert msg.to == ["samordnare@malmö.se"]
    assert msg.message_id == "<m1@x>"
    assert msg.date == dt.datetime(2020, 1, 10, 11, 0, tzinfo=dt.UTC)  # the same instant


def test_html_only_body_becomes_text():
    html = "<html><body><p><b>Fr&aring;ga 1:</b> Vi &auml;r en f&ouml;rening.</p></body></html>"
    msg = decode_message(_mail(b"text/html; charset=windows-1252", b"8bit", html.encode()))
    assert "Fråga 1:" in msg.text and "Vi är en förening." in msg.text


def test_broken_base64_is_flagged_and_keeps_what_could_be_read():
    msg = decode_message(_mail(b"text/plain; charset=utf-8", b"base64",
                               b"MS4gVmkg5HIgZW4=%%%\r\n"))
    assert msg.text.startswith("1. Vi är en")
    assert any("damaged" in p for p in msg.problems)


@pytest.mark.parametrize("raw", [b"", b"   \r\n", bytes(range(256)) * 4,
                                 b"no header separator at all"])
def test_garbage_never_raises_and_says_why(raw):
    msg = decode_message(raw)
    assert msg.problems


def test_mislabelled_charset_is_a_note_not_a_review_flag():
    text, note = decode_text_bytes("Trädgård".encode(), "iso-8859-1")
    assert (text, note) == ("Trädgård", "text labelled iso-8859-1 was UTF-8")
    text, note = decode_text_bytes("Trädgård".encode("cp1252"), None)
    assert text == "Trädgård" and "windows-1252" in note


def test_attached_mail_is_decoded_recursively():
    from email.message import EmailMessage

    inner = EmailMessage()
    inner["From"] = "Åsa <asa@forening.se>"
    inner["Subject"] = "Svar"
    inner.set_content("1. Vi odlar.", charset="iso-8859-1")
    outer = EmailMessage()
    outer["From"] = "kansli@forening.se"
    outer["Subject"] = "Fwd: Svar"
    outer.set_content("Se nedan.")
    outer.add_attachment(inner)
    msg = decode_message(bytes(outer))
    assert [m.from_addr for m in msg.embedded] == ["asa@forening.se"]
    assert msg.embedded[0].text.strip() == "1. Vi odlar."
    assert msg.attachments == []  # the mail is read as a mail, not as a file
