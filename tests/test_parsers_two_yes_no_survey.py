"""A survey with TWO yes/no questions, each followed by the question that asks on from it
(unseen86, Göteborg's survey on meeting places: "Har ni ...? Ja / nej" then "Om ja: ... Om
nej: ...", twice): the kinds its first sight missed, each in other words than the corpus,
Swedish and English, values and review reasons asserted."""

from __future__ import annotations

from helpers import codes, quoted_survey, values

from svarsinkorg.config import Question
from svarsinkorg.parsers.answers import extract_answers
from svarsinkorg.parsers.model import Answer, Extraction
from svarsinkorg.pipeline import combine

# A sports survey nobody wrote rules for: two yes/no questions, both follow-ups opening
# "Om ja:" / "If yes:" alike.
SV = (
    Question("about", "Berätta om klubben: vilka idrotter har ni och var tränar ni?", "text", 1),
    Question("web", "Har ni en egen webbplats för klubben? Ja / nej", "yes_no", 2),
    Question("web_how", "Om ja: vad lägger ni ut där? Om nej: hur når ni nya medlemmar?",
             "text", 3),
    Question("grant", "Har ni fått något bidrag från kommunen under året? Ja / nej", "yes_no", 4),
    Question("grant_how", "Om ja: vad användes bidraget till? Om nej: varför sökte ni inte?",
             "text", 5),
    Question("wishes", "Vad vill ni att kommunen gör för idrotten de närmaste åren?", "text", 6),
)
EN = (
    Question("about", "Tell us about the club: which sports and where do you train?", "text", 1),
    Question("web", "Does the club have a website of its own? Yes / no", "yes_no", 2),
    Question("web_how", "If yes: what do you post there? If no: how do new members find you?",
             "text", 3),
    Question("grant", "Did you receive any grant from the city this year? Yes / no", "yes_no", 4),
    Question("grant_how", "If yes: what was the grant used for? If no: why did you not apply?",
             "text", 5),
    Question("wishes", "What should the city do for sport in the coming years?", "text", 6),
)
SV_QUOTE = quoted_survey(SV)
EN_QUOTE = quoted_survey(EN)


# --- two follow-ups that open alike: the one restated further is the one restated ------------

def test_restated_follow_ups_that_open_alike_swedish() -> None:
    body = ("Hej,\n\n" + SV[0].text + "\nVi är en bordtennisklubb som tränar i Sporthallen.\n\n"
            + SV[1].text + "\nNej\n\n" + SV[2].text + "\nVi sätter upp lappar i skolorna.\n\n"
            + SV[3].text + "\nJa\n\n" + SV[4].text + "\nTill nya bord och en tränarkurs.\n\n"
            + SV[5].text + "\nFler halltider på helgerna.\n\nHälsningar\nEva")
    ex = extract_answers(body, SV)
    assert values(ex) == {
        "about": "Vi är en bordtennisklubb som tränar i Sporthallen.",
        "web": False,
        "web_how": "Vi sätter upp lappar i skolorna.",
        "grant": True,
        "grant_how": "Till nya bord och en tränarkurs.",
        "wishes": "Fler halltider på helgerna.",
    }
    assert codes(ex) == set()  # each question restated over its own answer: nothing to doubt


def test_restated_follow_ups_that_open_alike_english() -> None:
    body = ("Hello,\n\n" + EN[0].text + "\nWe are a table tennis club training at the sports "
            "hall.\n\n" + EN[1].text + "\nYes\n\n" + EN[2].text + "\nMatch results and the "
            "training times.\n\n" + EN[3].text + "\nNo\n\n" + EN[4].text + "\nNobody on the "
            "board knew how to apply.\n\n" + EN[5].text + "\nMore hall time at weekends.\n\nEva")
    ex = extract_answers(body, EN)
    assert values(ex) == {
        "about": "We are a table tennis club training at the sports hall.",
        "web": True,
        "web_how": "Match results and the training times.",
        "grant": False,
        "grant_how": "Nobody on the board knew how to apply.",
        "wishes": "More hall time at weekends.",
    }
    assert codes(ex) == set()


def test_the_shared_opening_alone_names_neither_follow_up() -> None:
    # "Om ja:" opens both follow-ups: alone before an answer it restates neither of them
    body = ("Hej!\n\n1. Vi är en bordtennisklubb.\n2. Ja\nOm ja: Vi lägger ut resultaten där.\n"
            "\nHälsningar\nEva" + SV_QUOTE)
    ex = extract_answers(body, SV)
    assert ex.answers["grant_how"].value is None
    assert ex.answers["web"].value is True


# --- paragraphs, one per text question, each yes/no said opening its follow-up's -------------

def test_paragraphs_with_each_yes_no_opening_its_follow_up_swedish() -> None:
    body = ("Hej Lena!\n\nVi är en bordtennisklubb med ett sextiotal medlemmar och tränar i "
            "Sporthallen på tisdagar och torsdagar.\n\n"
            "Nej, någon egen webbplats har vi inte. Nya medlemmar hittar oss genom kompisar "
            "och lappar i skolorna.\n\n"
            "Ja, vi fick ett bidrag i våras. Pengarna gick till nya bord och en tränarkurs.\n\n"
            "Vi önskar fler halltider på helgerna och billigare hyra för ungdomslagen.\n\n"
            "Hälsningar\nEva" + SV_QUOTE)
    ex = extract_answers(body, SV)
    assert values(ex) == {
        "about": "Vi är en bordtennisklubb med ett sextiotal medlemmar och tränar i "
                 "Sporthallen på tisdagar och torsdagar.",
        "web": False,
        "web_how": "Nya medlemmar hittar oss genom kompisar och lappar i skolorna.",
        "grant": True,
        "grant_how": "Pengarna gick till nya bord och en tränarkurs.",
        "wishes": "Vi önskar fler halltider på helgerna och billigare hyra för ungdomslagen.",
    }


def test_paragraphs_with_each_yes_no_said_back_in_words_english() -> None:
    body = ("Hi Lena,\n\nWe are a table tennis club of about sixty members, training at the "
            "sports hall on Tuesdays and Thursdays.\n\n"
            "We don't have a website of our own. New members find us through friends and posters "
            "in the schools.\n\n"
            "Yes, we received a grant in the spring. The money went to new tables and a coaching "
            "course.\n\n"
            "We would like more hall time at weekends and a lower rent for the youth teams.\n\n"
            "Best regards\nEva" + EN_QUOTE)
    ex = extract_answers(body, EN)
    got = values(ex)
    assert got["web"] is False and got["grant"] is True
    assert got["web_how"] == "New members find us through friends and posters in the schools."
    assert got["grant_how"] == "The money went to new tables and a coaching course."
    assert got["wishes"].startswith("We would like more hall time")
    assert "by_position" in codes(ex)  # a yes/no said back in words: read by order, shown


def test_paragraphs_fewer_than_the_text_questions_are_no_such_reading() -> None:
    body = ("Hej!\n\nVi är en bordtennisklubb i Sporthallen.\n\n"
            "Ja, vi fick ett bidrag i våras till nya bord.\n\nHälsningar\nEva" + SV_QUOTE)
    ex = extract_answers(body, SV)
    assert ex.answers["web_how"].value is None or codes(ex)  # never a silent guess
    assert codes(ex)


# --- "1 och 3:" names two questions: the one between keeps an answer of its own --------------

def test_two_questions_listed_on_one_answer_with_the_yes_no_between_swedish() -> None:
    body = ("Hej!\n\n1 och 3: Vi är en bordtennisklubb med sextio spelare i Sporthallen. "
            "Vi tränar två kvällar i veckan. Nya medlemmar når vi genom lappar i skolorna och "
            "på biblioteket.\n\n2: Nej\n\n4: Ja\n\n5: Till nya bord och en tränarkurs.\n\n"
            "6: Fler halltider på helgerna.\n\nHälsningar\nEva" + SV_QUOTE)
    ex = extract_answers(body, SV)
    got = values(ex)
    assert got["web"] is False  # "2: Nej" after the pair is read, not passed by
    assert got["grant"] is True
    assert got["about"] == ("Vi är en bordtennisklubb med sextio spelare i Sporthallen. "
                            "Vi tränar två kvällar i veckan.")
    assert got["web_how"] == "Nya medlemmar når vi genom lappar i skolorna och på biblioteket."
    assert "by_position" in codes(ex)  # where the pair's text parts is a guess by words


def test_two_questions_listed_on_one_answer_english() -> None:
    body = ("Hi!\n\n1 and 3: We are a table tennis club at the sports hall. We train twice a "
            "week. New members find us through posters in the schools and at the library.\n\n"
            "2: No\n\n4: Yes\n\n5: New tables and a coaching course.\n\n"
            "6: More hall time at weekends.\n\nEva" + EN_QUOTE)
    ex = extract_answers(body, EN)
    got = values(ex)
    assert got["web"] is False and got["grant"] is True
    assert got["web_how"] == ("New members find us through posters in the schools and at the "
                              "library.")
    assert "by_position" in codes(ex)


def test_a_range_still_spans_the_questions_between() -> None:
    # "2-3:" is a range: the yes/no and its follow-up in one answer, as before
    body = ("Hej!\n\n1: Vi är en bordtennisklubb.\n2-3: Ja, vi lägger ut resultaten där.\n"
            "4: Nej\n5: Ingen i styrelsen visste hur man söker.\n6: Fler halltider.\n\n"
            "Hälsningar\nEva" + SV_QUOTE)
    got = values(extract_answers(body, SV))
    assert got["web"] is True
    assert got["web_how"] == "Vi lägger ut resultaten där."


# --- a short label whose answer opens with a yes or no: the yes/no's place ------------------

def test_own_labels_fewer_than_questions_each_yes_no_carrying_its_follow_up_swedish() -> None:
    body = ("Hej!\n\nOm oss: Vi är en bordtennisklubb som tränar i Sporthallen två kvällar i "
            "veckan.\n\nHemsida: Nej, vi har bara en sida på Facebook.\n\n"
            "Pengar: Ja! Vi köpte nya bord och skickade två ledare på tränarkurs.\n\n"
            "De närmaste åren: Fler halltider på helgerna.\n\nHälsningar\nEva" + SV_QUOTE)
    ex = extract_answers(body, SV)
    assert values(ex) == {
        "about": "Vi är en bordtennisklubb som tränar i Sporthallen två kvällar i veckan.",
        "web": False,
        "web_how": "Vi har bara en sida på Facebook.",
        "grant": True,
        "grant_how": "Vi köpte nya bord och skickade två ledare på tränarkurs.",
        "wishes": "Fler halltider på helgerna.",
    }
    assert "by_position" in codes(ex)  # labels that name no question: placed by order


def test_own_labels_each_yes_no_carrying_its_follow_up_english() -> None:
    body = ("Hi!\n\nAbout us: A table tennis club training at the sports hall twice a week.\n\n"
            "Online: No, we only have a Facebook page.\n\n"
            "Money: Yes! We bought new tables and sent two coaches on a course.\n\n"
            "Wishes: More hall time at weekends.\n\nEva" + EN_QUOTE)
    got = values(extract_answers(body, EN))
    assert got["web"] is False and got["grant"] is True
    assert got["web_how"] == "We only have a Facebook page."
    assert got["grant_how"] == "We bought new tables and sent two coaches on a course."


# --- an attachment read by guess never replaces a whole reply found by structure ------------

def _ex(answers: dict[str, object], source: str, flags: list[str]) -> Extraction:
    ex = Extraction()
    ex.answers = {k: Answer(v, v if isinstance(v, str) else None, False, source)
                  for k, v in answers.items()}
    ex.flags = list(flags)
    return ex


def test_a_report_read_by_order_gives_way_to_a_numbered_body() -> None:
    body = _ex({"about": "Vi är en bordtennisklubb.", "web": False, "web_how": "Lappar.",
                "grant": True, "grant_how": "Nya bord.", "wishes": "Fler tider."}, "body", [])
    report = _ex({"about": "Under året spelade klubben fyra serier och ordnade två läger för "
                  "ungdomarna, och styrelsen sammanträdde åtta gånger.",
                  "web": None, "web_how": None, "grant": None, "grant_how": None,
                  "wishes": None}, "verksamhetsberattelse.pdf", ["by_position"])
    out = combine([body, report], SV)
    assert out.answers["about"].value == "Vi är en bordtennisklubb."
    assert out.answers["about"].source == "body"


def test_a_longer_answer_found_by_structure_still_wins() -> None:
    # both by their numbers: the more complete one wins, as before
    body = _ex({"about": "En klubb.", "web": False, "web_how": "Lappar.", "grant": True,
                "grant_how": "Nya bord.", "wishes": "Fler tider."}, "body", [])
    doc = _ex({"about": "Vi är en bordtennisklubb med sextio medlemmar i Sporthallen.",
               "web": None, "web_how": None, "grant": None, "grant_how": None,
               "wishes": None}, "svar.docx", [])
    out = combine([body, doc], SV)
    assert out.answers["about"].source == "svar.docx"
