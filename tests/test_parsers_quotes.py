"""Quote, signature, footer and disclaimer stripping."""

from __future__ import annotations

import pytest
from helpers import QUESTIONS, quoted

from svarsinkorg.parsers.answers import extract_answers
from svarsinkorg.parsers.quotes import (
    is_footer,
    is_valediction,
    split_reply,
    strip_quotes_and_signature,
)

ORIGINAL = """Hej!

Malmö stad genomför just nu en kartläggning av hur civilsamhället arbetar för att motverka \
segregation i Malmö.

1. Vilka är ni och vad bedriver ni för verksamhet? Berätta om er förening (bifoga gärna en \
länk eller beskriv med egna ord).
2. Arbetar ni för att motverka segregation? Ja / nej
3. Om svar ja på ovanstående fråga, på vilket sätt arbetar ni för att motverka segregation? \
Om svaret är nej, berätta gärna varför!
4. Vilka hinder respektive möjligheter upplever ni i ert arbete för att motverka segregation?

Önskar ni att svara på frågorna i en intervju istället för i text? Kontakta mig så ordnar vi det!

Med vänliga hälsningar

Samordnare
Malmö stad"""


QUOTED = quoted(ORIGINAL)


OWN = "Hej!\n\n1. Vi är en schackklubb på Möllan.\n\n2. Ja"


def _own(text: str) -> str:
    return strip_quotes_and_signature(text)


@pytest.mark.parametrize(
    "header",
    [
        "Den mån 2 dec. 2019 kl 10:14 skrev Samordnare <samordnare@xn--malm-8qa.se>:",
        "2 dec. 2019 kl. 10:14 skrev Samordnare <samordnare@xn--malm-8qa.se>:",
        "Den 2 dec. 2019 kl. 10:14 skrev Samordnare <samordnare@xn--malm-8qa.se>:",
        "On Mon, 2 Dec 2019 at 10:14, Samordnare <samordnare@xn--malm-8qa.se> wrote:",
        "On 2019-12-02 10:14, Samordnare wrote:",
        "Samordnare skrev:",
    ],
)
def test_attribution_line_and_quote_are_removed(header: str) -> None:
    own = _own(f"{OWN}\n\n{header}\n\n{QUOTED}\n")
    assert own.endswith("2. Ja")
    assert "Malmö stad" not in own
    assert "skrev" not in own and "wrote" not in own


def test_gmail_wrapped_attribution_over_two_lines() -> None:
    text = (
        f"{OWN}\n\nDen mån 2 dec. 2019 kl 10:14 skrev Samordnare <\n"
        f"samordnare@xn--malm-8qa.se>:\n\n{QUOTED}\n"
    )
    assert _own(text) == OWN.replace("Hej!\n\n", "Hej!\n\n")


def test_apple_mail_quoted_attribution() -> None:
    header = "> 2 dec. 2019 kl. 10:14 skrev Samordnare <samordnare@xn--malm-8qa.se>:"
    text = f"{OWN}\n\n{header}\n>\n{QUOTED}"
    assert _own(text) == OWN


@pytest.mark.parametrize(
    "block",
    [
        "________________________________\nFrån: Samordnare <samordnare@xn--malm-8qa.se>\n"
        "Skickat: den 2 december 2019 10:14\nTill: samordnare@xn--malm-8qa.se\n"
        "Ämne: Kartläggning",
        "Från: Samordnare <samordnare@xn--malm-8qa.se>\nSkickat: den 2 december 2019 10:14\n"
        "Till: info@exempel.se\nÄmne: SV: Kartläggning",
        "From: Samordnare <samordnare@xn--malm-8qa.se>\nSent: Monday, December 2, 2019 10:14 AM\n"
        "To: info@example.org\nSubject: Kartläggning",
        "**Från:** Samordnare <samordnare@xn--malm-8qa.se>\n**Skickat:** den 2 december 2019\n"
        "**Till:** info@exempel.se\n**Ämne:** Kartläggning",
        "-----Ursprungligt meddelande-----\nFrån: Samordnare\nSkickat: den 2 december 2019",
        "-----Original Message-----\nFrom: Samordnare\nSent: 2 December 2019",
    ],
)
def test_outlook_header_blocks_cut_the_original(block: str) -> None:
    own = _own(f"{OWN}\n\n{block}\n\n{ORIGINAL}\n")
    assert own == OWN


def test_underscore_rule_without_header_is_not_a_quote() -> None:
    text = "1. Vi är en kör.\n\n____________________\n\n2. Ja"
    assert "2. Ja" in _own(text)


def test_skrev_in_an_answer_is_not_an_attribution() -> None:
    text = "1. Som vi skrev i vår ansökan 2019:\nVi vill nå fler.\n2. Ja"
    assert _own(text) == text


def test_outlook_original_interview_offer_is_not_own_text() -> None:
    text = f"Hej, se bifogad fil.\n\nFrån: Samordnare\nSkickat: den 2 dec\nTill: x\n\n{ORIGINAL}"
    own = _own(text)
    assert own == "Hej, se bifogad fil."
    assert "intervju" not in own


@pytest.mark.parametrize(
    "sig",
    [
        "Hälsningar\nPer Nilsson\nOrdförande Hyllie IF",
        "Med vänlig hälsning\nReza Tehrani\nIranska Kulturföreningen Pars",
        "Med vänliga hälsningar,\nAnna",
        "Mvh Hamid\nAfghanska Ungdomsföreningen Malmö",
        "MVH\nKarin",
        "Vänliga hälsningar\nGunnel Öberg\nHyresgästföreningen Holmagården\nTel 040-12 34 56",
        "Kind regards\nMargaret Olsen\nMalmö Bridge Club",
        "Best regards,\nMargaret",
        "Scouthälsningar\nJohanna",
        "//Lena",
        "/\nMaria Persson\nOrdförande, Pensionärsförening Bellevue\n070-9910181",
        "/Lena, kassör",
        "-- \nLena Persson\nwww.exempel.se",
        "Omar Benali\nkassör Malmö Kampsportsklubb Öster",
        "Birgit Holm, Läsföreningen Bokstaven",
        "Per",
        "//Per",
        "Skickat från min iPhone",
        "Sent from my iPhone",
        "Skickat från Outlook för Android",
        "Hämta Outlook för iOS",
        "Hälsningar\nMalin\n\nSkickat från min Samsung Galaxy-smartphone.",
    ],
)
def test_signatures_and_footers_are_removed(sig: str) -> None:
    body = "1. Vi är en schackklubb på Möllan.\n\n2. Ja"
    assert _own(f"{body}\n\n{sig}\n") == body


def test_disclaimer_is_removed() -> None:
    body = "1. Vi är en idrottsförening.\n2. Nej"
    text = (
        f"{body}\n\nMvh Eva\n\nDetta e-postmeddelande kan innehålla konfidentiell information "
        "och är endast avsett för mottagaren. Om du har fått det av misstag, radera det.\n\n"
        "This e-mail is confidential and intended solely for the addressee."
    )
    assert _own(text) == body


def test_english_disclaimer_without_greeting_is_removed() -> None:
    body = "1. We are a bridge club.\n2. No"
    text = (
        f"{body}\n\nThis email and any attachments are confidential and intended solely for "
        "the addressee."
    )
    assert _own(text) == body


def test_privacy_notice_is_removed() -> None:
    body = "1. Vi är en kör.\n2. Ja"
    text = (
        f"{body}\n\nHälsningar\nEva\n\nNär du skickar e-post till oss behandlar vi dina "
        "personuppgifter enligt dataskyddsförordningen. Läs mer på vår webbplats."
    )
    assert _own(text) == body
    text = f"{body}\n\nVi behandlar dina personuppgifter enligt GDPR, läs mer på www.x.se"
    assert _own(text) == body


def test_answer_mentioning_gdpr_is_not_a_disclaimer() -> None:
    body = "1. Vi är en kör.\n2. Ja\n\n4. Ett hinder är GDPR, vi får inte dela medlemslistor."
    assert _own(body) == body
    body = (
        "1. Vi är en kör.\n\nDetta är viktigt för oss eftersom rykten ibland sprids "
        "felaktigt av misstag.\n\n2. Ja"
    )
    assert _own(body) == body


def test_footer_inside_the_text_is_removed_but_the_answer_after_it_is_kept() -> None:
    text = "1. Vi är en kör.\nSkickat från min iPhone\n2. Ja"
    assert _own(text) == "1. Vi är en kör.\n2. Ja"


def test_first_name_right_under_the_last_answer_is_a_signature() -> None:
    assert _own("1. Vi är en kör.\n2. Nej\n3. Vi har inte tänkt på det.\nPer") == (
        "1. Vi är en kör.\n2. Nej\n3. Vi har inte tänkt på det."
    )


@pytest.mark.parametrize(
    "body",
    [
        "1. Vi är en kör.\n\n2.\n\nNej",
        "1. Vi är en kör.\n\n4. Hinder:\n\nPengar",
        "1. Vi är en kör.\n\n2.\n\nJa",
        "1. Vi är en kör.\n\n4.\n\nInga",
    ],
)
def test_one_word_answer_in_its_own_paragraph_is_not_a_signature(body: str) -> None:
    assert _own(body) == body


def test_greeting_word_inside_an_answer_is_not_a_signature() -> None:
    body = "1. Vi skickar hälsningar till alla nya medlemmar varje månad.\n\n2. Ja"
    assert _own(body) == body


def test_dash_list_of_answers_is_not_swallowed_as_signature() -> None:
    body = "- Fråga 1: Vi är en dansförening.\n- Fråga 2: Ja\n- Fråga 3: Öppna danskvällar."
    assert _own(body + "\n\nMvh Sara") == body


def test_thanks_at_the_start_is_not_a_signature() -> None:
    body = "Tack!\n\nVi är en liten förening med körsång och fika för pensionärer i Oxie."
    assert _own(body) == body


def test_valediction_before_answers_does_not_cut_them() -> None:
    text = "Hej, svar nedan.\nMvh Anna\n\n1. Vi är en kör.\n2. Ja"
    assert "2. Ja" in _own(text)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Hälsningar", True),
        ("Mvh Hamid", True),
        ("Med vänliga hälsningar, Per", True),
        ("Kind regards", True),
        ("Tack!", True),
        ("Tack för mejlet.", False),
        ("Hälsningar från alla oss i styrelsen som hoppas att ni får en fin jul.", False),
        ("2. Ja", False),
        ("Gröna hälsningar", True),
        ("Musikaliska hälsningar från Tonkraft", True),
        ("Vi skickar hälsningar till alla", False),
        ("Ha en fin dag! 🌸", True),
        ("Ha en fin dag med barnen på lägret.", False),
        ("Tack! 😊", True),
    ],
)
def test_is_valediction(line: str, expected: bool) -> None:
    assert is_valediction(line) is expected


def test_is_footer() -> None:
    assert is_footer("Skickat från min iPhone")
    assert is_footer("Hämta Outlook för Android<https://aka.ms/ghei36>")
    assert not is_footer("Vi skickar från vår lokal varje vecka.")


def test_inline_answers_between_quoted_questions_are_kept() -> None:
    text = (
        "Hej! Svaren står under varje fråga.\n\n"
        "Den mån 2 dec. 2019 kl 10:14 skrev Samordnare <samordnare@xn--malm-8qa.se>:\n\n"
        "> 1. Vilka är ni och vad bedriver ni för verksamhet?\n\n"
        "Vi är en läsförening.\n\n"
        "> 2. Arbetar ni för att motverka segregation? Ja / nej\n\n"
        "ja\n\n"
        "> Med vänliga hälsningar\n> Samordnare\n"
    )
    reply = split_reply(text)
    assert reply.inline is True
    own_lines = reply.own.splitlines()
    assert "> 1. Vilka är ni och vad bedriver ni för verksamhet?" in own_lines
    assert "Vi är en läsförening." in own_lines
    assert "ja" in own_lines
    # the quoted lines are not own words
    assert "Samordnare" not in reply.own_unquoted()


def test_top_posted_reply_has_no_inline_part() -> None:
    header = "Den mån 2 dec. 2019 kl 10:14 skrev X <x@y.se>:"
    text = f"{OWN}\n\nHälsningar\nPer\n\n{header}\n\n{QUOTED}\n"
    reply = split_reply(text)
    assert reply.inline is False
    assert reply.own == OWN
    assert "Vilka är ni" in reply.quoted


def test_signature_below_the_quote_does_not_make_it_inline() -> None:
    text = f"{OWN}\n\nDen mån 2 dec. 2019 kl 10:14 skrev X <x@y.se>:\n\n{QUOTED}\n\nMvh Per\n"
    reply = split_reply(text)
    assert reply.inline is False
    assert reply.own == OWN


def test_forwarded_message_is_returned_separately() -> None:
    text = (
        "Hej, vidarebefordrar svaret från vår ordförande.\n\n"
        "---------- Forwarded message ---------\n"
        "From: Ordförande <ordf@exempel.se>\nDate: Tue, 3 Dec 2019 at 09:00\n"
        "Subject: Re: Kartläggning\nTo: Kansliet <info@exempel.se>\n\n"
        "1. Vi är en fotbollsklubb.\n2. Ja\n"
    )
    reply = split_reply(text)
    assert reply.own == "Hej, vidarebefordrar svaret från vår ordförande."
    assert reply.forwarded is not None
    assert reply.forwarded.startswith("1. Vi är en fotbollsklubb.")


def test_no_quote_at_all_keeps_everything_but_the_signature() -> None:
    assert _own("1. Vi är en kör.\n2. Ja\n\nHälsningar\nEva") == "1. Vi är en kör.\n2. Ja"


@pytest.mark.parametrize("text", ["", "   ", "\n\n", None, "> bara citat\n> inget mer"])
def test_empty_or_only_quote_gives_empty_own_text(text: str | None) -> None:
    assert _own(text) == ""


@pytest.mark.parametrize(
    "sig",
    [
        "Frid och allt gott\nAnna Jönsson\nDiakon, Sofielunds församling\nTel: 040-98 76 54",
        "Rock on\nAlex\nMusikföreningen Tonkraft\nwww.tonkraft.se",
        "Pozdrawiam,\nKatarzyna Nowak\nPolska Kulturföreningen Wisła",
        "Saludos\nRodrigo Fuentes\nFöreningen Salvador Allende",
    ],
)
def test_unknown_closing_phrase_above_a_name_block_is_a_signature(sig: str) -> None:
    assert _own(f"{OWN}\n\n{sig}") == OWN


def test_long_signature_with_address_phone_web_and_org_number_is_removed() -> None:
    sig = (
        "Kerstin Malm\nKassör\nVävstugan Lorensborg\nLorensborgsgatan 12, 217 61 Malmö\n"
        "Tel 040-11 22 33 / 070-998 87 76\nwww.vavstugan-lorensborg.se\nOrg.nr 802724-4545"
    )
    assert _own(f"{OWN}\n\n{sig}") == OWN


def test_short_answer_paragraph_after_a_bare_marker_is_not_a_sign_off() -> None:
    body = "1. Vi är en schackklubb.\n\n4.\nEkonomi och lokaler\nAnna Berg"
    assert "Ekonomi och lokaler" in _own(body)


def test_forwarded_reply_under_an_outlook_header_without_vb_subject() -> None:
    text = (
        "Hej!\n\nOrdföranden skickade svaren till mig, jag skickar dem vidare.\n\n/Per\n\n"
        "________________________________\nFrån: Fatima Ali <syjuntan@example.se>\n"
        "Skickat: den 14 januari 2020 19:40\nTill: Per <per@example.se>\n"
        "Ämne: SV: Kartläggning\n\n1. Vi syr.\n\n2. Ja"
    )
    r = split_reply(text)
    assert r.forwarded is not None and r.forwarded.startswith("1. Vi syr.")


def test_quoted_reply_without_a_forwarding_note_is_no_forward() -> None:
    text = (
        "Tack för svaret!\n\n________________________________\nFrån: Samordnare <s@x.se>\n"
        "Skickat: den 14 januari 2020 19:40\nTill: a@b.se\nÄmne: SV: Kartläggning\n\nTack!"
    )
    assert split_reply(text).forwarded is None


# --- a reply written under the whole ">"-quoted original (unseen43) ------------------------

def _bottom_posted(attribution: str, reply: str) -> str:
    return f"{attribution}\n{QUOTED}\n\n{reply}\n"


_ABOUT = "Vi är en schackklubb i Hyllie med fyrtio medlemmar, de flesta under tjugo."
_WHY = "Vi har inte sett det som vår uppgift, vi är för få för att ordna mer än träningarna."
_OBST = "Det svåra är lokalen. En möjlighet vore att spela i biblioteket."


@pytest.mark.parametrize(("attribution", "reply"), [
    ("Am 02.12.2019 um 10:14 schrieb Samordnare:",
     f"Hej,\n\nhär kommer svaren.\n\nOm klubben:\n{_ABOUT}\n\nSegregation:\nNej\n\n"
     f"Varför inte:\n{_WHY}\n\nHinder och möjligheter:\n{_OBST}\n\nHälsningar\nKlaus"),
    ("On 2019-12-02 10:14, Samordnare wrote:",
     f"Hi,\n\nAbout us:\n{_ABOUT}\n\nAgainst segregation:\nNo\n\nWhy not:\n{_WHY}\n\n"
     f"Obstacles and opportunities:\n{_OBST}\n\nBest\nKlaus"),
], ids=["sv headings", "en headings"])
def test_own_headings_under_the_whole_quote_are_read_as_a_reply_of_their_own(attribution,
                                                                              reply):
    # the quoted questions hold no answer: the text under the quote is read alone, by its
    # own headings (not by position)
    ex = extract_answers(_bottom_posted(attribution, reply), QUESTIONS)
    assert {k: a.value for k, a in ex.answers.items()} == {
        "about": _ABOUT, "works_against_segregation": False, "how": _WHY,
        "obstacles_opportunities": _OBST}
    assert {r.code for r in ex.reasons} == set()


def test_an_answer_under_the_last_quoted_question_stays_that_questions():
    # the quote ends at question 4 and the writer answered under it: inline, as before
    quoted = "\n".join(f"> {ln}" for ln in ORIGINAL.splitlines()
                       if ln.startswith(("1.", "2.", "3.", "4.")))
    ex = extract_answers(f"Den 2 dec. 2019 kl. 10:14 skrev Samordnare:\n{quoted}\n\n{_OBST}\n",
                         QUESTIONS)
    assert ex.answers["obstacles_opportunities"].value == _OBST
    assert ex.answers["about"].value is None


@pytest.mark.parametrize(("attribution", "reply"), [
    ("Den 2019-12-02 kl. 10:14, skrev Samordnare:",
     f"Hej och tack!\n\nVilka vi är:\n{_ABOUT}\n\nArbetar vi mot segregation?\nNej.\n\n"
     f"På vilket sätt:\n{_WHY}\n\nHinder och möjligheter:\n{_OBST}\n\nHälsningar\nKlaus"),
    ("On 2019-12-02 10:14, Samordnare wrote:",
     f"Hi and thanks!\n\nWho we are:\n{_ABOUT}\n\nDo we work against segregation?\nNo.\n\n"
     f"In what way:\n{_WHY}\n\nObstacles and opportunities:\n{_OBST}\n\nBest\nKlaus"),
], ids=["sv", "en"])
def test_own_headings_under_the_whole_quote_win_over_the_last_quoted_question(attribution,
                                                                              reply):
    # the quote ends with the original's closing, under its question 4: that question seems
    # to head all the text below it, but the writer's own headings there place more answers
    ex = extract_answers(_bottom_posted(attribution, reply), QUESTIONS)
    assert {k: a.value for k, a in ex.answers.items()} == {
        "about": _ABOUT, "works_against_segregation": False, "how": _WHY,
        "obstacles_opportunities": _OBST}
    assert {r.code for r in ex.reasons} == set()


@pytest.mark.parametrize(("opening", "numbers"), [
    ("Pozdrav", ["1 - ", "2 - ", "3 - ", "4 - "]),
    ("Lijep pozdrav svima", ["1 – ", "2 – ", "3 – ", "4 – "]),
    ("Saludos", ["1- ", "2- ", "3- ", "4- "]),
    ("Selamlar", ["1 -", "2 -", "3 -", "4 -"]),
])
def test_a_closing_word_opening_the_mail_keeps_dash_numbered_answers_below(opening, numbers):
    # a word that also closes a letter ("Pozdrav" greets both ways) on the first line: the
    # short numbered lines under it are answers, not a signature to cut with it
    ans = ["kör för vuxna, repetition varje tisdag", "nej", "vi har inte hunnit än",
           "hinder: tid. möjligheter: nya medlemmar"]
    body = "\n".join(f"{n}{a}" if n.endswith(" ") else f"{n} {a}"
                     for n, a in zip(numbers, ans, strict=True))
    ex = extract_answers(f"{opening}\n\n{body}\n\nDragan\n", QUESTIONS)
    assert ex.answers["about"].value == ans[0]
    assert ex.answers["works_against_segregation"].value is False
    assert ex.answers["how"].value == ans[2]
    assert ex.answers["obstacles_opportunities"].value == ans[3]
