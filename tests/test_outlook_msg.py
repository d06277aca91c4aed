"""Outlook .msg files to RFC 5322 mail."""

from __future__ import annotations

import email
from email import policy
from email.message import EmailMessage

import attachment_factories as f
import pytest

from svarsinkorg.intake.outlook_msg import is_outlook_msg, msg_to_email_bytes

needs_writer = pytest.mark.skipif(
    not f.have_msg_writer(),
    reason="aspose-email-foss (pure-Python .msg writer, test-only) not installed",
)


@pytest.mark.parametrize(
    "data",
    [b"", b"MZ\x90\x00" + b"\x00" * 600, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
     b"From: a@b.se\r\n\r\nhej", b"PK\x03\x04" + b"\x00" * 100],
)
def test_not_a_msg(data: bytes) -> None:
    assert is_outlook_msg(data) is False
    with pytest.raises(ValueError, match=r"^not an Outlook \.msg file: "):
        msg_to_email_bytes(data)


def test_docx_is_not_a_msg() -> None:
    assert is_outlook_msg(f.docx_headings()) is False


@needs_writer
def test_ole_file_without_mapi_streams_is_not_a_msg() -> None:
    data = f.ole_file({"WordDocument": b"\x00" * 5000})
    assert is_outlook_msg(data) is False
    with pytest.raises(ValueError, match="no MAPI property streams"):
        msg_to_email_bytes(data)


def _parse(raw: bytes) -> EmailMessage:
    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


@needs_writer
def test_msg_becomes_a_mail_with_headers_bodies_and_attachments() -> None:
    docx = f.docx_headings()
    data = f.outlook_msg(docx=docx)
    assert is_outlook_msg(data) is True
    mail = _parse(msg_to_email_bytes(data))
    assert mail["From"].addresses[0].display_name == "Åsa Öberg"
    assert mail["From"].addresses[0].addr_spec == "asa.oberg@angsblomman.se"
    assert [a.addr_spec for a in mail["To"].addresses] == ["samordnare@malmo.se"]
    assert [a.addr_spec for a in mail["Cc"].addresses] == ["styrelsen@angsblomman.se"]
    assert mail["Subject"] == "Svar på kartläggningen – Föreningen Ängsblomman"
    assert mail["Date"].datetime.isoformat() == "2020-01-14T08:05:00+00:00"
    assert mail["Message-ID"] == "<svar-angsblomman-1@angsblomman.se>"
    assert mail["In-Reply-To"] is None

    plain = mail.get_body(("plain",))
    assert plain is not None
    assert f.ANSWERS[0] in plain.get_content()
    html = mail.get_body(("html",))
    assert html is not None and "<" in html.get_content()

    parts = list(mail.iter_attachments())
    names = [p.get_filename() for p in parts]
    assert names == ["Svar Ängsblomman.docx", "noter.txt", "Kartläggning.eml"]
    docx_part, txt_part, nested = parts
    assert docx_part.get_content_type() == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert docx_part.get_payload(decode=True) == docx
    assert txt_part.get_payload(decode=True) == "Fråga 2: Ja\n".encode()
    assert nested.get_content_type() == "message/rfc822"
    inner = nested.get_content()
    assert inner["Subject"] == "Vidarebefordrat: frågorna"
    inner_body = inner.get_body(("plain",))
    assert inner_body is not None and "Den ursprungliga enkäten." in inner_body.get_content()


@needs_writer
def test_transport_headers_give_threading_headers() -> None:
    headers = (
        "From: =?utf-8?q?=C3=85sa_=C3=96berg?= <asa.oberg@angsblomman.se>\r\n"
        "To: samordnare@malmo.se\r\n"
        "Subject: Re: Kartläggning\r\n"
        "Message-ID: <svar-angsblomman-1@angsblomman.se>\r\n"
        "In-Reply-To: <kartlaggning-2019@xn--malm-8qa.se>\r\n"
        "References: <kartlaggning-2019@xn--malm-8qa.se>\r\n"
        "Auto-Submitted: no\r\n"
    )
    mail = _parse(msg_to_email_bytes(f.outlook_msg(transport_headers=headers, with_embedded=False)))
    assert mail["In-Reply-To"] == "<kartlaggning-2019@xn--malm-8qa.se>"
    assert mail["References"] == "<kartlaggning-2019@xn--malm-8qa.se>"
    assert mail["From"].addresses[0].display_name == "Åsa Öberg"


@needs_writer
def test_internationalised_sender_address() -> None:
    data = f.outlook_msg(sender_email="åsa@ängsblomman.se", with_embedded=False)
    mail = _parse(msg_to_email_bytes(data))
    assert mail["From"].addresses[0].addr_spec == "åsa@ängsblomman.se"
