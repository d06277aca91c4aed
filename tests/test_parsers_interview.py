"""Interview requests, attachment references, corrections and away notices in own text."""

from __future__ import annotations

import pytest

from svarsinkorg.parsers.cues import is_correction, looks_like_away_notice, refers_to_attachment
from svarsinkorg.parsers.interview import wants_interview


@pytest.mark.parametrize(
    "text",
    [
        "Hej! Vi vill gärna vara med men föredrar att svara i en intervju.",
        "Vi föredrar att svara i en intervju istället.",
        "Kan vi ta det på telefon istället?",
        "Vi ställer gärna upp på en intervju!",
        "Vi ställer gärna upp på en djupare intervju längre fram.",
        "Går det att boka ett möte i stället? Vi är inte så bra på att skriva.",
        "Kan du ringa mig på 072-111 22 33 någon eftermiddag?",
        "Ring mig gärna så berättar jag mer.",
        "Jag svarar hellre per telefon.",
        "Vi vill gärna bli intervjuade.",
        "En intervju passar oss bättre.",
        "We would prefer to answer in an interview.",
        "Happy to do an interview if that helps.",
        "Please call me, it is easier to talk than to write.",
        "Ja, vi är gärna med på en fördjupad intervju senare.",
        "Vill ni ringa mig istället? Det är lättare.",
        "Vi föredrar ett möte istället.",
        "Kan vi boka en tid?",
        "Vi vill hellre ses och prata än att skriva.",
        "Jag skulle helst vilja träffas personligen.",
        "Vi föredrar att träffa dig istället för att skriva.",
    ],
)
def test_interview_requests(text: str) -> None:
    assert wants_interview(text) is True


@pytest.mark.parametrize(
    "text",
    [
        # the survey's own offer, pasted without quoting
        "Önskar ni att svara på frågorna i en intervju istället för i text? Kontakta mig så "
        "ordnar vi det!",
        "Vi vill inte bli intervjuade, men här är våra svar.",
        "Vi vill inte ha någon intervju.",
        "Ingen intervju tack, svaren står nedan.",
        "Ring gärna om ni har några frågor.",
        "Kontakta mig vid frågor.",
        "Vi har möten varannan vecka i föreningslokalen.",
        "Vi vill helst träffas på helgerna när alla är lediga.",
        "Ungdomarna vill hellre ses och prata än spela fotboll.",
        "Vi samarbetar med skolan och ordnar läxhjälp.",
        # answers that only mention meetings, phones or preferences
        "Vi ordnar träffar för nyanlända familjer.",
        "Föräldrar kan ringa oss när som helst.",
        "Ungdomarna föredrar att ses på fritidsgården.",
        "Barnen får prata på ett möte varje termin.",
        "Vi har gärna möten med grannar.",
        "Vi har blivit intervjuade av Sydsvenskan.",
        "Parents can call us any time.",
        "",
        "Hej! Se bifogad fil.",
    ],
)
def test_not_interview_requests(text: str) -> None:
    assert wants_interview(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "Hej, se bifogad fil.",
        "Se bifogat dokument.",
        "Svaren finns i bilagan.",
        "Svaren finns i excelfilen.",
        "Vi bifogar våra svar.",
        "Bifogar svaren i ett Word-dokument.",
        "Se bilaga",
        "Please find attached our answers.",
        "See attached.",
        "Our answers are in the attached document.",
    ],
)
def test_attachment_references(text: str) -> None:
    assert refers_to_attachment(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "Vi har en fritidsbuss.",
        # the survey's own sentence must not count
        "Ni kan skriva era svar direkt i mejlet, i ett bifogat dokument eller i en Excelfil.",
        "Bifoga gärna en länk.",
        "",
    ],
)
def test_not_attachment_references(text: str) -> None:
    assert refers_to_attachment(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "Oj, vi skickade fel version. Här är rätt svar, bortse från det förra mejlet:",
        "Hej igen! Vi skickade fel version, bortse från det förra mejlet.",
        "Strunta i mitt förra mejl, här kommer de rätta svaren.",
        "Please ignore my previous email.",
    ],
)
def test_corrections(text: str) -> None:
    assert is_correction(text) is True


def test_plain_answer_is_not_a_correction() -> None:
    assert is_correction("1. Vi är en förening för alla i Rosengård.") is False
    assert is_correction("4. Det finns inget rätt svar på hur man når alla.") is False
    # a partial fix keeps the earlier answers it does not repeat
    assert is_correction("Hej igen, en rättelse:\n\n2. Nej") is False


def test_away_notice() -> None:
    assert looks_like_away_notice(
        "Hej! Jag är tjänstledig till och med 13 januari och läser inte min e-post."
    )
    assert looks_like_away_notice("I am out of office until January 7th.")
    assert not looks_like_away_notice("Vi är en förening som ordnar sommarsemesterläger.")


@pytest.mark.parametrize(
    "text",
    [
        "Vi är inte så bra på att skriva långa texter, vi berättar hellre muntligt om vad vi gör.",
        "Vi svarar gärna muntligen istället.",
        "Ni får gärna komma förbi och prata med oss och ungdomarna.",
        "Du är välkommen förbi en tisdag så visar vi.",
        "Jag glömde skriva att vi gärna träffar er och berättar mer.",
        "Det är lättare att förklara när man ses.",
        "Jag har mycket mer att berätta, ring mig så tar vi det på telefon: 0762-11 38 05",
        "Slå en signal så pratar vi!",
        "You are welcome to come by and talk to us.",
        "Give me a call and we can go through it.",
        "Vi tar hellre ett samtal om det här.",
        "Hör av dig så bokar vi en tid.",
        "Kom gärna på besök en tisdag så får du se verksamheten.",
    ],
)
def test_interview_wishes_in_other_words(text: str) -> None:
    assert wants_interview(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "Nyanlända och svensktalande träffas och pratar svenska över fika.",
        "Alla är välkomna till våra träffar, det är gratis.",
        "Vi berättar om Malmö för nyanlända på våra kurser.",
        "Föräldrarna ringer oss ofta om skjuts.",
    ],
)
def test_activities_that_mention_meeting_or_talking_are_no_wish(text: str) -> None:
    assert wants_interview(text) is False
