"""unseen116's kinds: the wish to talk, meet, call or be visited, and what only looks like it.
After the last answer, in a paragraph of its own: an event of one day said open to all, "come
and watch" and more material offered on a condition are notes to the reader, no answer's
text and no wish. A call or a meeting offered by the writers by its kind ("ett videosamtal"),
the visit offered with the verb before its subject, "vill jättegärna att ni besöker oss" and a
wish said on the signature's line are wishes; a call asked on another matter is none."""

from __future__ import annotations

import pytest
from helpers import A1, A3, codes, extract, values

from svarsinkorg.parsers.cues import offers_to_send
from svarsinkorg.parsers.interview import wants_interview
from svarsinkorg.parsers.to_reader import invites_reader

LAST = "Hinder: vi har för få ledare. Möjligheter: föräldrarna vill hjälpa till."
NUMBERED = f"Hej!\n\n1. {A1}\n2. Ja\n3. {A3}\n4. {LAST}\n\n"
LAST_EN = "Obstacles: too few coaches. Opportunities: the parents want to help."
NUMBERED_EN = ("Hi!\n\n1. We are a chess club in Rosengård with 40 members.\n2. Yes\n"
               "3. We play in the library and anyone can join for free.\n"
               f"4. {LAST_EN}\n\n")


# --- a note to the reader closing the mail, kept in the last answer (10, 16, 17: SILENT) ---


@pytest.mark.parametrize(("body", "last"), [
    # an event of one day, said open to all
    (NUMBERED + "Vi har sommarfest lördagen den 6 juni på Nydala torg och alla är välkomna, "
     "ta med barnen!\n\nHälsningar\nLena", LAST),
    (NUMBERED_EN + "Our open day is on 14 March at the club house and everyone is welcome.\n\n"
     "Best,\nTom", LAST_EN),
    # "come and watch"
    (NUMBERED + "Kom gärna och lyssna på en repetition i vår, det kostar inget.\n\nMvh\nLena",
     LAST),
    (NUMBERED_EN + "Come and watch one of our tournaments some Sunday, it is free.\n\nBest,\nTom",
     LAST_EN),
    # more material offered on a condition
    (NUMBERED + "Jag kan också skicka våra stadgar om ni vill läsa dem.\n\nHälsningar\nLena",
     LAST),
    (NUMBERED_EN + "We can send you our annual report too if it is of any interest.\n\n"
     "Best,\nTom", LAST_EN),
])
def test_a_note_to_the_reader_after_the_last_answer_is_no_answer(body: str, last: str) -> None:
    ex = extract(body)
    assert values(ex)["obstacles_opportunities"] == last
    assert ex.wants_interview is False
    assert not codes(ex)


@pytest.mark.parametrize("sentence", [
    "Hos oss är alla välkomna oavsett var man kommer ifrån.",
    "Everyone is welcome at our evenings, whatever their language.",
])
def test_all_welcome_without_a_day_describes_the_association(sentence: str) -> None:
    assert not invites_reader(sentence)


@pytest.mark.parametrize("sentence", [
    "Vi kan skicka barnen på läger varje sommar.",
    "Vi skickar gärna ut inbjudningar till alla medlemmar.",
    "We can send volunteers to other clubs.",
])
def test_sending_that_is_the_associations_own_doing_is_no_offer(sentence: str) -> None:
    assert not offers_to_send(sentence)


# --- the wish by its kind, kept in answer 4 (11, 26, 38: wrong but flagged) ---------------


@pytest.mark.parametrize("text", [
    # a call or a meeting offered by the writers by its kind
    "Vi kan också ta ett telefonsamtal om ni vill veta mer om läxhjälpen.",
    "Jag kan gärna ha ett kort möte med er i januari.",
    "We can also do a video call if you want to hear more about the club.",
    # the visit offered, the verb before its subject
    "Efter jul kommer vi gärna över till er och berättar mer.",
    "Om det passar kan vi gärna komma in till dig en dag.",
    # the wish framed, with an intensifier, the reader visiting
    "Vi vill jättegärna att ni besöker oss en kväll och träffar ledarna.",
])
def test_a_talk_offered_by_its_kind_is_a_wish(text: str) -> None:
    assert wants_interview(text) is True


@pytest.mark.parametrize("text", [
    "Vi kan också ha ett möte i lokalen med föräldrarna varje månad.",
    "Vi kan också ta ett samtal med varje ny familj.",
    "Ledarna kommer gärna till skolorna och berättar om fotbollen.",
    "We can also have a meeting with the parents every month.",
])
def test_talks_and_visits_of_the_associations_own_are_no_wish(text: str) -> None:
    assert wants_interview(text) is False


@pytest.mark.parametrize(("body", "last"), [
    (NUMBERED + "Vi kan också ta ett videosamtal om ni vill höra mer om läxhjälpen.\n\n"
     "Hälsningar\nLena", LAST),
    (NUMBERED_EN + "We can also do a phone call if you want to hear more.\n\nBest,\nTom",
     LAST_EN),
])
def test_a_call_offered_after_the_answers_is_read_and_leaves_the_last(body: str,
                                                                      last: str) -> None:
    ex = extract(body)
    assert ex.wants_interview is True
    assert values(ex)["obstacles_opportunities"] == last
    assert "aside_in_answer" not in codes(ex)


# --- a wish said on the signature's line (31: SILENT) --------------------------------------


@pytest.mark.parametrize("body", [
    NUMBERED + "Hälsningar\nLena Berg\nOrdförande\nMobil 070-111 22 33 (ring gärna, vi "
    "berättar hellre mer på telefon)",
    NUMBERED_EN + "Best,\nTom Reed\nChair\nPhone 070-111 22 33 (call me, I would rather "
    "tell you in person)",
])
def test_a_wish_on_the_signatures_line_is_read(body: str) -> None:
    ex = extract(body)
    assert ex.wants_interview is True
    assert values(ex)["obstacles_opportunities"] in (LAST, LAST_EN)


@pytest.mark.parametrize("tail", [
    "Hälsningar\nLena Berg\nCafé Nydala – välkommen förbi!\nTel 040-12 34 56",
    # the reader invited to play under the signature, "i" no "I": an invitation, no wish
    "Hälsningar\nLena Berg\n\nPS. Ni får gärna komma förbi och spela i vår, vi börjar i april.",
])
def test_a_slogan_or_an_invitation_under_the_signature_is_no_wish(tail: str) -> None:
    ex = extract(NUMBERED + tail)
    assert ex.wants_interview is False


# --- a call asked on another matter (43: SILENT, read as a wish) ---------------------------


@pytest.mark.parametrize("body", [
    NUMBERED + "En annan sak: kan du ringa mig om vår lokalbokning i vår? Ingen har svarat.\n\n"
    "Hälsningar\nLena",
    NUMBERED_EN + "On another matter, could you call me about our booking of the hall?\n\n"
    "Best,\nTom",
])
def test_a_call_asked_on_another_matter_is_no_wish(body: str) -> None:
    ex = extract(body)
    assert ex.wants_interview is False
    assert values(ex)["obstacles_opportunities"] in (LAST, LAST_EN)
    assert "interview_unread" not in codes(ex)


@pytest.mark.parametrize("sentence", [
    "Kan du ringa mig angående vår faktura från i höstas?",
    "Could you call me regarding our grant application?",
])
def test_a_call_about_a_named_errand_is_no_wish_but_shown(sentence: str) -> None:
    assert wants_interview(sentence) is False
    ex = extract(NUMBERED + sentence + "\n\nHälsningar\nLena")
    assert ex.wants_interview is False
    assert "interview_unread" in codes(ex)  # whether it is the survey's matter: a person


@pytest.mark.parametrize("sentence", [
    "Kan du ringa mig angående enkäten?",
    "Could you call me regarding our answers?",
])
def test_a_call_about_the_survey_stays_a_wish(sentence: str) -> None:
    assert wants_interview(sentence) is True
