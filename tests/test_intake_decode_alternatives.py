"""Body parts as broken mailers send them (issue 9, round 4): a text/plain part holding an
HTML document is read the HTML way, and the parts of a multipart/alternative are
alternatives - the reply is read from ONE of them, never from their concatenation."""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from helpers import QUESTIONS

from svarsinkorg.intake.decode import decode_message, looks_like_html
from svarsinkorg.parsers.answers import extract_answers

PLAIN = (
    "Hej!\n\n1. Vi är en kör i Husie med 30 sångare.\n\n2. Ja\n\n"
    "3. Vi sjunger på äldreboenden i hela stan.\n\n4. Lokalen är dyr men intresset är stort.\n\n"
    "Mvh Eva\n"
)
HTML = (
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
    "<style>p {margin:0}</style></head><body><div style=\"font-family:Arial\">"
    "<p>Hej!</p>\n<p>1. Vi &auml;r en k&ouml;r i Husie med 30 s&aring;ngare.</p>\n<p>2. Ja</p>\n"
    "<p>3. Vi sjunger p&aring; &auml;ldreboenden i hela stan.</p>\n"
    "<p>4. Lokalen &auml;r dyr men intresset &auml;r stort.</p>\n<p>Mvh Eva</p>"
    "</div></body></html>"
)
WANT = {
    "about": "Vi är en kör i Husie med 30 sångare.",
    "works_against_segregation": True,
    "how": "Vi sjunger på äldreboenden i hela stan.",
    "obstacles_opportunities": "Lokalen är dyr men intresset är stort.",
}


def _base() -> EmailMessage:
    m = EmailMessage()
    m["From"] = "Eva <info@koren.se>"
    m["To"] = "samordnare@xn--malm-8qa.se"
    m["Subject"] = "Svar på enkäten"
    m["Date"] = "Fri, 10 Jan 2020 12:00:00 +0100"
    return m


def _answers(raw: bytes) -> dict[str, object]:
    text = decode_message(raw).text
    return {k: a.value for k, a in extract_answers(text, QUESTIONS).answers.items()}


@pytest.mark.parametrize("source", [
    HTML,
    "<!DOCTYPE html>\n" + HTML,
    # a fragment: no <html>, but tags are most of it (Gmail's divs)
    HTML.split("<body>")[1].split("</body>")[0],
])
def test_a_plain_part_holding_html_is_read_as_html(source):
    m = _base()
    m.set_content(source, subtype="plain", charset="utf-8")
    msg = decode_message(bytes(m))
    assert "<p>" not in msg.text and "&auml;" not in msg.text and "font-family" not in msg.text
    assert "1. Vi är en kör i Husie med 30 sångare." in msg.text
    assert _answers(bytes(m)) == WANT


@pytest.mark.parametrize("text", [
    PLAIN,
    # addresses and a heart in angle brackets, a tag named in a sentence: prose all the same
    "Hej!\n\nSkicka gärna till <info@koren.se> eller <https://koren.se>. <3\n"
    "Vi skrev <b> runt rubrikerna men det syntes inte.\n",
])
def test_plain_text_with_angle_brackets_stays_plain(text):
    assert not looks_like_html(text)


def test_alternatives_are_read_once_not_concatenated():
    # the broken generator's shape: the HTML as a second text/plain alternative
    m = _base()
    m.set_content(PLAIN, charset="utf-8")
    m.add_alternative(HTML, subtype="plain", charset="utf-8")
    msg = decode_message(bytes(m))
    assert msg.text.count("Vi är en kör i Husie") == 1
    assert "<p>" not in msg.text
    assert _answers(bytes(m)) == WANT


def test_plain_and_html_alternatives_give_one_text_and_keep_the_html():
    m = _base()
    m.set_content(PLAIN, charset="utf-8")
    m.add_alternative(HTML, subtype="html", charset="utf-8")
    msg = decode_message(bytes(m))
    assert msg.text.count("Lokalen är dyr") == 1
    assert msg.html is not None and "<p>" in msg.html  # the web view still shows the HTML
    assert _answers(bytes(m)) == WANT


def test_an_html_placeholder_gives_way_to_the_html_alternative():
    m = _base()
    m.set_content("This message is in HTML format.\n", charset="utf-8")
    m.add_alternative(HTML, subtype="plain", charset="utf-8")  # HTML under a plain label
    assert _answers(bytes(m)) == WANT


def test_parts_of_a_mixed_body_are_all_kept_in_order():
    # Apple Mail splits the text around an inline picture: both halves are the reply
    m = _base()
    m.set_content("Hej!\n\n1. Vi är en kör i Husie med 30 sångare.\n\n2. Ja\n", charset="utf-8")
    m.add_attachment(b"\x89PNG\r\n\x1a\n", maintype="image", subtype="png",
                     disposition="inline", filename="kor.png")
    m.add_attachment("3. Vi sjunger på äldreboenden i hela stan.\n\n"
                     "4. Lokalen är dyr men intresset är stort.\n\nMvh Eva\n",
                     subtype="plain", disposition="inline")
    assert _answers(bytes(m)) == WANT


def _mail(plain: str, html: str) -> bytes:
    m = EmailMessage()
    m["From"] = "a@example.se"
    m["Subject"] = "x"
    m.set_content(plain)
    m.add_alternative(html, subtype="html")
    return bytes(m)


def test_html_placeholder_plain_part_uses_html():
    msg = decode_message(_mail("This message is in HTML format.\n", "<p>1. Vi spelar.</p>"))
    assert "Vi spelar" in msg.text
    msg = decode_message(_mail("Detta meddelande är i HTML-format.\n", "<p>1. Vi spelar.</p>"))
    assert "Vi spelar" in msg.text


def test_real_plain_part_is_kept_even_if_it_mentions_html():
    plain = "1. Vi gör hemsidor i HTML för föreningar.\n"
    msg = decode_message(_mail(plain, "<p>annat</p>"))
    assert "hemsidor" in msg.text
