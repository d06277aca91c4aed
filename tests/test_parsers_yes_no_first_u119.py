"""A survey that opens with its yes/no question, asks a second yes/no after a text question
and ends asking for a contact (unseen119, Helsingborg's survey): the kinds its first sight
missed, in other words than the corpus, Swedish and English, values and review reasons
asserted. The yes/no's place and the number of questions come from the configured
questions only."""

from __future__ import annotations

from helpers import codes, values

from svarsinkorg.config import Question
from svarsinkorg.parsers.answers import extract_answers

SV = (
    Question("house", "Har föreningen en egen klubbstuga? Ja / Nej", "yes_no", 1),
    Question("use", "Om ja: vad används den till? Om nej: var träffas ni?", "text", 2),
    Question("board", "Är det svårt att få folk till styrelsen? Ja / Nej", "yes_no", 3),
    Question("wish", "Vad skulle göra störst skillnad för er?", "text", 4),
    Question("contact", "Vem kan vi ringa om vi har frågor? (namn och telefon)", "text", 5),
)
EN = (
    Question("house", "Does the club have a clubhouse of its own? Yes / No", "yes_no", 1),
    Question("use", "If yes: what is it used for? If not: where do you meet?", "text", 2),
    Question("board", "Is it hard to find volunteers for the board? Yes / No", "yes_no", 3),
    Question("wish", "What would make the biggest difference for you?", "text", 4),
    Question("contact", "Who can we call with questions? (name and phone)", "text", 5),
)


# --- a no said as the question said back in its own verb and words ------------------------

def test_no_said_back_in_the_questions_words_swedish() -> None:
    body = ("Hej!\n\n1. Vi har ingen egen klubbstuga, vi är bara tolv medlemmar.\n\n"
            "2. Vi ses hemma hos varandra.\n\n3. Nej\n\n4. Billigare lokaler.\n\n"
            "5. Per Holm, 070-222 33 44\n\nHälsningar\nPer")
    ex = extract_answers(body, SV)
    assert values(ex)["house"] is False
    assert ex.answers["house"].raw.startswith("Vi har ingen egen klubbstuga")
    assert "ambiguous" not in codes(ex)


def test_no_said_back_in_the_questions_words_english() -> None:
    body = ("Hi,\n\n1. We don't have a clubhouse of our own, we are only twelve members.\n\n"
            "2. We meet at each other's homes.\n\n3. No\n\n4. Cheaper rooms.\n\n"
            "5. Pat Holm, 070-222 33 44\n\nBest\nPat")
    ex = extract_answers(body, EN)
    assert values(ex)["house"] is False
    assert "ambiguous" not in codes(ex)


def test_said_back_with_a_but_stays_a_persons_call() -> None:
    body = ("Hej!\n\n1. Vi har ingen egen klubbstuga men vi får låna kyrkans ibland.\n\n"
            "2. I kyrkans lokaler.\n\n3. Nej\n\n4. Billigare lokaler.\n\n"
            "5. Per Holm, 070-222 33 44\n\nHälsningar\nPer")
    ex = extract_answers(body, SV)
    assert values(ex)["house"] is None
    assert "ambiguous" in codes(ex)


# --- a form of the writer's own: a label naming no question takes its row's place ---------
# (one answer a line, no blank between; the label's row stood glued to the row above, the
# answer lost and nothing flagged)

def test_label_rows_take_their_places_by_order_swedish() -> None:
    # (the first label says more than a heading would: a year in it)
    body = ("Hej,\n\nEn egen klubbstuga sedan 1998: Ja\n"
            "Användning: Fika efter träningen och årsmötet varje vår.\n"
            "Styrelsen: Nej\n"
            "Drömmar: Ett nytt tak på stugan och en grusplan bakom den.\n"
            "Telefon: Eva Strand, 073-444 55 66\n\nHälsningar\nEva")
    ex = extract_answers(body, SV)
    assert values(ex) == {
        "house": True,
        "use": "Fika efter träningen och årsmötet varje vår.",
        "board": False,
        "wish": "Ett nytt tak på stugan och en grusplan bakom den.",
        "contact": "Eva Strand, 073-444 55 66",
    }
    assert codes(ex) == set()


def test_label_rows_take_their_places_by_order_english() -> None:
    body = ("Hi,\n\nOwn clubhouse since 1998: Yes\n"
            "Use: Coffee after practice and the annual meeting every spring.\n"
            "Board: No\n"
            "Dreams: A new roof on the house and a gravel pitch behind it.\n"
            "Call: Eve Strand, 073-444 55 66\n\nBest\nEve")
    ex = extract_answers(body, EN)
    assert values(ex)["wish"] == "A new roof on the house and a gravel pitch behind it."
    assert values(ex)["board"] is False
    assert codes(ex) == set()


# --- a note above the answers in a survey that opens with a yes/no ------------------------

def test_note_on_whom_the_writer_answers_for_frames_the_reply_swedish() -> None:
    body = ("Hej,\n\nKassören är bortrest så jag svarar för klubbens räkning.\n\n"
            "1. Ja\n\n2. Fika efter träningen och årsmötet varje vår.\n\n3. Nej\n\n"
            "4. Billigare lokaler på vintern.\n\n5. Per Holm, 070-222 33 44\n\nHälsningar\nPer")
    ex = extract_answers(body, SV)
    assert values(ex)["use"] == "Fika efter träningen och årsmötet varje vår."
    assert "unassigned_text" not in codes(ex)


def test_note_on_whom_the_writer_answers_for_frames_the_reply_english() -> None:
    body = ("Hi,\n\nThe chair is travelling, so I am answering on behalf of the club.\n\n"
            "1. Yes\n\n2. Coffee after practice and the annual meeting every spring.\n\n"
            "3. No\n\n4. Cheaper rooms in winter.\n\n5. Pat Holm, 070-222 33 44\n\nBest\nPat")
    ex = extract_answers(body, EN)
    assert values(ex)["use"] == "Coffee after practice and the annual meeting every spring."
    assert "unassigned_text" not in codes(ex)


def test_a_note_to_a_colleague_above_the_first_text_answer_is_no_answer() -> None:
    # the first question a yes/no, answered: the reply's first text is the second question's
    # answer, as the first question's is where a survey opens with a text question
    body = ("Hej,\n\nAnna, kan du vidarebefordra det här till kommunen i morgon.\n\n"
            "1. Ja\n\n2. Fika efter träningen och årsmötet varje vår.\n\n3. Nej\n\n"
            "4. Billigare lokaler på vintern.\n\n5. Per Holm, 070-222 33 44\n\nHälsningar\nPer")
    ex = extract_answers(body, SV)
    assert values(ex)["house"] is True
    assert "unassigned_text" not in codes(ex)


# --- the original quoted whole: its own paragraph under the last question is no answer ----

def _quoted(questions: tuple[Question, ...], closing: str) -> str:
    lines = [f"> {q.number}. {q.text}" for q in questions]
    return "\n".join(["> Hej!", ">", *lines, ">", f"> {closing}", ">", "> Vänliga hälsningar",
                      "> Fritidskontoret"])


def test_a_wish_to_meet_over_a_quote_takes_nothing_from_the_original_swedish() -> None:
    body = ("Hej,\n\nVi vill gärna svara men det är lättare att berätta när vi ses, skriva är "
            "svårt för oss. Kan vi ses en kväll i april?\n\nHälsningar\nAhmed\n\n"
            "Den 3 mars 2023 skrev Fritidskontoret <fritid@kommun.se>:\n\n"
            + _quoted(SV, "Om ni hellre vill svara per telefon går det fint, ring så "
                          "bokar vi en tid."))
    ex = extract_answers(body, SV)
    assert all(v is None for v in values(ex).values())
    assert "answers_in_quote" not in codes(ex)


def test_a_wish_to_meet_over_a_quote_takes_nothing_from_the_original_english() -> None:
    body = ("Hi,\n\nWe would like to answer, but not in the mail below: writing is hard for "
            "us. Can we meet one evening in April?\n\nBest\nAhmed\n\n"
            "On 3 March 2023 Leisure Office <leisure@city.example> wrote:\n\n"
            + _quoted(EN, "If you would rather answer by phone that is fine, call and we "
                          "will book a time."))
    ex = extract_answers(body, EN)
    assert all(v is None for v in values(ex).values())
    assert "answers_in_quote" not in codes(ex)


# --- the contact asked for, given in a sentence that speaks of the writer ------------------

def test_contact_given_as_the_writer_is_no_aside_swedish() -> None:
    body = ("Hej\n\n1. Ja\n\n2. Fika efter träningen och årsmötet varje vår.\n\n3. Ja\n\n"
            "4. Pengar till ett nytt tak på stugan.\n\n"
            "5. Det är jag som skriver, Lisa Berg, 072-123 45 67.\n\nLisa")
    ex = extract_answers(body, SV)
    assert values(ex)["contact"] == "Det är jag som skriver, Lisa Berg, 072-123 45 67."
    assert "aside_in_answer" not in codes(ex)


def test_contact_given_as_the_writer_is_no_aside_english() -> None:
    body = ("Hi\n\n1. Yes\n\n2. Coffee after practice and the annual meeting every spring.\n\n"
            "3. Yes\n\n4. Money for a new roof on the house.\n\n"
            "5. That would be me, the one writing, Lisa Berg, 072-123 45 67.\n\nLisa")
    ex = extract_answers(body, EN)
    assert values(ex)["contact"] == "That would be me, the one writing, Lisa Berg, 072-123 45 67."
    assert "aside_in_answer" not in codes(ex)


# --- prose in order: the second yes/no left open in a paragraph of its own -----------------

def test_second_yes_no_left_open_in_its_own_paragraph_swedish() -> None:
    body = ("Hej!\n\nVi är en liten klubb som mest spelar boule i parken, så nej, vi har ingen "
            "egen klubbstuga. Vi ses hemma hos varandra eller i parken när vädret tillåter.\n\n"
            "Styrelsen vet vi faktiskt inte, vi har aldrig frågat någon.\n\n"
            "Det som skulle göra störst skillnad är ett förråd för klot och bord nära parken.\n\n"
            "Hälsningar\nBo\nbo@boulevännerna.se")
    ex = extract_answers(body, SV)
    assert values(ex) == {
        "house": False,
        "use": "Vi ses hemma hos varandra eller i parken när vädret tillåter.",
        "board": None,
        "wish": "Det som skulle göra störst skillnad är ett förråd för klot och bord nära "
                "parken.",
        "contact": None,
    }
    assert {"by_position", "ambiguous", "partial"} <= codes(ex)


def test_second_yes_no_left_open_in_its_own_paragraph_english() -> None:
    body = ("Hi!\n\nWe are a small club that mostly plays boules in the park, so no, we don't "
            "have a clubhouse of our own. We meet at each other's homes or in the park when "
            "the weather allows.\n\n"
            "Volunteers, we honestly don't know, we have never looked for any.\n\n"
            "What would make the biggest difference is a shed for balls and tables near the "
            "park.\n\nBest\nBo\nbo@boulefriends.example")
    ex = extract_answers(body, EN)
    assert values(ex)["board"] is None
    assert values(ex)["wish"] == ("What would make the biggest difference is a shed for balls "
                                  "and tables near the park.")
    assert values(ex)["contact"] is None
    assert {"by_position", "ambiguous"} <= codes(ex)
