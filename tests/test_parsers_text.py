"""Whitespace normalisation and HTML to text."""

from __future__ import annotations

import pytest

from svarsinkorg.parsers.text import html_to_text, normalize_ws, split_sentences, strip_markdown


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "  Vi är\u00a0en   förening.\n\nVi har\tläxhjälp. ",
            "Vi är en förening. Vi har läxhjälp.",
        ),
        ("\u00a0\u00a0", ""),
        ("", ""),
        (None, ""),
        ("Hej\u200b då\ufeff", "Hej då"),
        ("rad ett\r\nrad två", "rad ett rad två"),
    ],
)
def test_normalize_ws(raw: str | None, expected: str) -> None:
    assert normalize_ws(raw) == expected


def test_strip_markdown() -> None:
    assert strip_markdown("**Fråga 1:** Vi är") == "Fråga 1: Vi är"
    assert strip_markdown("_Fråga 2:_ Ja") == "Fråga 2: Ja"
    assert strip_markdown("1\\. Vi är") == "1. Vi är"
    assert strip_markdown("info_malmo@exempel.se") == "info_malmo@exempel.se"
    assert strip_markdown("________________________________") == "________________________________"


def test_split_sentences() -> None:
    assert split_sentences("Vi är en kör. Vi sjunger! Kom? Ja.") == [
        "Vi är en kör.",
        "Vi sjunger!",
        "Kom?",
        "Ja.",
    ]


OUTLOOK_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style><!-- p.MsoNormal {margin:0cm; font-family:"Calibri",sans-serif;} --></style>
<!--[if gte mso 9]><xml><o:shapedefaults v:ext="edit" spidmax="1026" /></xml><![endif]-->
</head>
<body lang="SV"><div class="WordSection1">
<p class="MsoNormal">Hej,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Fr&aring;ga 1:</b> Vi &auml;r en hyresg&auml;stf&ouml;rening.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Fr&aring;ga 2:</b> Ja<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">V&auml;nliga h&auml;lsningar<o:p></o:p></p>
<p class="MsoNormal">Gunnel &Ouml;berg<o:p></o:p></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt">
<p class="MsoNormal"><b>Fr&aring;n:</b> Samordnare &lt;samordnare@xn--malm-8qa.se&gt;<br>
<b>Skickat:</b> den 2 december 2019 10:14<br>
<b>&Auml;mne:</b> Kartl&auml;ggning<o:p></o:p></p>
</div></div></body></html>"""


def test_outlook_html_entities_bold_and_style() -> None:
    text = html_to_text(OUTLOOK_HTML)
    lines = text.splitlines()
    assert "Fråga 1: Vi är en hyresgästförening." in lines
    assert "Fråga 2: Ja" in lines
    # one line per MsoNormal paragraph, no blank line inside the signature
    assert "Vänliga hälsningar\nGunnel Öberg" in text
    assert "Från: Samordnare <samordnare@xn--malm-8qa.se>" in lines
    assert "Ämne: Kartläggning" in lines
    assert "font-family" not in text and "shapedefaults" not in text
    assert "**" not in text


def test_gmail_html_blockquote_becomes_quoted_lines() -> None:
    html = (
        '<div dir="ltr"><div>Hej!</div><div><br></div><div>1. Vi är en kör.</div>'
        "<div>Hälsningar</div><div>Eva</div></div><br>"
        '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">Den mån 2 dec. 2019 kl 10:14 '
        "skrev Samordnare &lt;samordnare@xn--malm-8qa.se&gt;:<br></div>"
        '<blockquote class="gmail_quote" style="margin:0px"><div>Hej!</div><div><br></div>'
        "<div>1. Vilka är ni?</div></blockquote></div>"
    )
    text = html_to_text(html)
    lines = text.splitlines()
    assert lines[:5] == ["Hej!", "", "1. Vi är en kör.", "Hälsningar", "Eva"]
    assert "> 1. Vilka är ni?" in lines
    assert "> Hej!" in lines
    assert any(ln.startswith("Den mån 2 dec. 2019 kl 10:14 skrev Samordnare") for ln in lines)
    assert "1\\." not in text


def test_links_and_images_leave_no_trace() -> None:
    html = (
        '<p>Läs mer på <a href="https://exempel.se/om-oss">vår hemsida</a>.</p>'
        '<p><img src="cid:logo.png" alt="Logotyp"></p>'
    )
    text = html_to_text(html)
    assert "vår hemsida" in text
    assert "https://" not in text and "cid:" not in text and "Logotyp" not in text
    assert "[" not in text and "](" not in text


def test_table_cells_become_question_and_answer_lines() -> None:
    html = (
        "<table><tr><td>Fråga</td><td>Svar</td></tr>"
        "<tr><td>Arbetar ni för att motverka segregation?</td><td>Ja</td></tr></table>"
    )
    lines = [ln for ln in html_to_text(html).splitlines() if ln.strip()]
    assert lines == ["Fråga", "Svar", "Arbetar ni för att motverka segregation?", "Ja"]


def test_escaped_angle_brackets_stay_text() -> None:
    assert "a <b> c & d" in html_to_text("<p>a &lt;b&gt; c &amp; d</p>")


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><p>Vi är en kör<div><b>Fråga 2: Ja",
        "<<<>>><p>",
        "<style>p { color: red }",
        "</div></p></blockquote>Hej",
        "&#xZZZ; &bogus; &#99999999;",
        "",
        "<p>" * 500 + "djup",
    ],
)
def test_broken_html_never_raises(html: str) -> None:
    assert isinstance(html_to_text(html), str)


def test_broken_html_keeps_its_text() -> None:
    text = html_to_text("<html><body><p>Vi är en kör<div><b>Fråga 2: Ja")
    assert "Vi är en kör" in text
    assert "Fråga 2: Ja" in text


def test_nbsp_only_lines_become_blank() -> None:
    text = html_to_text("<div>Hej</div><div>&nbsp;</div><div>Svar</div>")
    assert text.splitlines() == ["Hej", "", "Svar"]


# --- a writer who starts sentences in lower case (issue 9, unseen28's silent kind) --------

@pytest.mark.parametrize(("text", "want"), [
    ("ja, vi jobbar med det. vi har läxhjälp på onsdagar.",
     ["ja, vi jobbar med det.", "vi har läxhjälp på onsdagar."]),
    ("yes, we do that. we run a homework club.", ["yes, we do that.", "we run a homework club."]),
    # an abbreviation or an ellipsis goes on: no new sentence
    ("vi har t.ex. läxhjälp, bl.a. i Rosengård osv. men inte i Limhamn.",
     ["vi har t.ex. läxhjälp, bl.a. i Rosengård osv. men inte i Limhamn."]),
    ("vi vet inte... men vi försöker.", ["vi vet inte... men vi försöker."]),
    ("ca. tio barn kommer, resp. fem vuxna.", ["ca. tio barn kommer, resp. fem vuxna."]),
])
def test_split_sentences_in_lower_case(text: str, want: list[str]) -> None:
    assert split_sentences(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Absolut, det gör vi 👍 Mer hinner jag inte skriva nu.",
     ["Absolut, det gör vi 👍", "Mer hinner jag inte skriva nu."]),
    ("Tack för frågorna 🙏 Vi återkommer.", ["Tack för frågorna 🙏", "Vi återkommer."]),
    # an emoji inside a sentence, a lower-case word after it, ends nothing
    ("Vi spelar ☀️ varje sommar.", ["Vi spelar ☀️ varje sommar."]),
])
def test_an_emoji_before_a_capital_ends_a_sentence(text: str, want: list[str]) -> None:
    assert split_sentences(text) == want
