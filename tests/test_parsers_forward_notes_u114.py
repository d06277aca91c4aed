"""A note over a forwarded or quoted reply that puts one answer right by its number
(unseen114): the note's answer replaces that one, the others stand as passed on."""

from __future__ import annotations

import pytest
from helpers import QUESTIONS, values

from svarsinkorg.parsers.answers import extract_answers

CHAIR = (
    "1. Vi är en idrottsförening i Rosengård med fotboll och basket för unga.\n"
    "2. Ja\n"
    "3. Lagen blandar spelare från hela staden och vi spelar turneringar i andra stadsdelar.\n"
    "4. Vi har sökt pengar till nya mål.\n\n"
    "Karim\n"
)
CHAIR_EN = (
    "1. We are a sports club in Rosengård with football and basketball for young people.\n"
    "2. Yes\n"
    "3. The teams mix players from all over the city and we play tournaments elsewhere.\n"
    "4. We applied for money for new goals.\n\n"
    "Karim\n"
)
NEW_SV = "Vi saknar tränare på kvällarna. En möjlighet är skolans nya idrottshall."
NEW_EN = "We lack coaches in the evenings. An opportunity is the school's new sports hall."


@pytest.mark.parametrize(("note", "header", "chair", "new", "first"), [
    ("Hej,\n\nHär nedan är vår ordförandes svar.\n\nKarim missförstod fråga 4. "
     "Rätt svar på fråga 4 är:\n" + NEW_SV + "\n\nHälsningar\nSara, sekreterare\n\n",
     "________________________________\nFrån: Karim Said <karim@idrott.se>\n"
     "Skickat: den 9 januari 2020 20:15\nTill: styrelsen@idrott.se\nÄmne: Enkäten\n\n",
     CHAIR, NEW_SV, "Vi är en idrottsförening i Rosengård med fotboll och basket för unga."),
    ("Hi,\n\nPlease see our chair's answers below.\n\nKarim mixed up question 4. "
     "The correct answer to question 4 is:\n" + NEW_EN + "\n\nBest\nSara, secretary\n\n",
     "________________________________\nFrom: Karim Said <karim@idrott.se>\n"
     "Sent: 9 January 2020 20:15\nTo: board@idrott.se\nSubject: The survey\n\n",
     CHAIR_EN, NEW_EN,
     "We are a sports club in Rosengård with football and basketball for young people."),
])
def test_a_note_above_the_passed_on_answers_puts_one_right_by_number(note, header, chair,
                                                                     new, first):
    ex = extract_answers(note + header + chair, QUESTIONS)
    got = values(ex)
    assert got["obstacles_opportunities"] == new
    assert got["about"] == first
    assert got["works_against_segregation"] is True
    assert "note_puts_right" in ex.flags
    assert not ex.reasons, ex.reasons


@pytest.mark.parametrize(("note", "header", "chair", "new"), [
    ("Hej!\n\nJag vidarebefordrar Karims svar. Nytt svar på fråga 4: " + NEW_SV + "\n\n"
     "Mvh Sara\n\n",
     "---------- Vidarebefordrat meddelande ---------\n"
     "Från: Karim Said <karim@idrott.se>\nDate: tors 9 jan. 2020 kl 20:15\n"
     "Subject: Enkäten\nTo: Sara <sara@idrott.se>\n\n\n", CHAIR, NEW_SV),
    ("Hi!\n\nForwarding Karim's answers. New answer to question 4: " + NEW_EN + "\n\n"
     "Best, Sara\n\n",
     "---------- Forwarded message ---------\n"
     "From: Karim Said <karim@idrott.se>\nDate: Thu, Jan 9, 2020 at 8:15 PM\n"
     "Subject: The survey\nTo: Sara <sara@idrott.se>\n\n\n", CHAIR_EN, NEW_EN),
])
def test_a_forwarders_note_answering_by_number_replaces_that_forwarded_answer(
        note, header, chair, new):
    ex = extract_answers(note + header + chair, QUESTIONS)
    got = values(ex)
    assert got["obstacles_opportunities"] == new
    assert got["works_against_segregation"] is True
    assert got["about"] and got["how"]  # the forwarded mail's answers stand
    assert "forwarded" in ex.flags


# --- a mail passed on in Outlook's header block, the note saying it reached the writer -----

OUTLOOK_SV = ("________________________________\nFrån: Idrottsföreningen <if.rosengard@gmail.com>\n"
              "Skickat: den 14 januari 2020 18:40\nTill: Per Holm <per.holm@malmo.se>\n"
              "Ämne: Re: Kartläggningen\n\nHej!\n")
OUTLOOK_EN = ("________________________________\nFrom: The sports club <if.rosengard@gmail.com>\n"
              "Sent: 14 January 2020 18:40\nTo: Per Holm <per.holm@malmo.se>\n"
              "Subject: Re: The survey\n\nHi!\n")


@pytest.mark.parametrize(("note", "header", "chair"), [
    ("Hej,\n\nDet här hamnade hos mig, det ser ut som svar på er enkät.\n\n/Per\n\n",
     OUTLOOK_SV, CHAIR),
    ("Hej!\n\nKlubben bad mig att skicka deras svar till dig.\n\nMvh Per Holm\n\n",
     OUTLOOK_SV, CHAIR),
    ("Hi,\n\nThis ended up with me, I think it is an answer to your survey.\n\n/Per\n\n",
     OUTLOOK_EN, CHAIR_EN),
    ("Hi,\n\nThe club asked me to send their answers on to you.\n\nBest, Per Holm\n\n",
     OUTLOOK_EN, CHAIR_EN),
])
def test_a_mail_that_reached_the_writer_is_passed_on(note, header, chair):
    ex = extract_answers(note + header + chair, QUESTIONS)
    got = values(ex)
    assert got["works_against_segregation"] is True
    assert got["about"] and got["how"] and got["obstacles_opportunities"]
    assert "forwarded" in ex.flags


def test_you_asked_me_to_send_is_no_mail_passed_on():
    from svarsinkorg.parsers.quotes import _FORWARD_NOTE
    assert not _FORWARD_NOTE.search("Här är svaren som du bad mig skicka.")
    assert not _FORWARD_NOTE.search("Here are the answers you asked me to send.")
