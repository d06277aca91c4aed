"""Answers wholly or mostly in other languages and scripts under the survey's numbers
(unseen117): the yes/no words of other languages (a closed lexicon), headings the writer
translated (found by their shape), a name signed in a script without capitals, the writer's
own characters kept (full-width punctuation, ZWNJ), and a short "what we are" sentence in a
reply where nothing was answered shown. Written in other words than the corpus."""

from __future__ import annotations

import pytest
from helpers import codes, extract, values

from svarsinkorg.model import split_notes
from svarsinkorg.parsers.text import fold_punctuation, keep_verbatim
from svarsinkorg.parsers.yes_no import parse_yes_no
from svarsinkorg.reports.labels import Labels

SV, EN = Labels("sv"), Labels("en")


@pytest.mark.parametrize(("said", "value"), [
    ("Так", True),  # Ukrainian
    ("是的", True),  # Chinese
    ("ใช่ค่ะ", True),  # Thai, with its polite particle (a vowel mark \w leaves out)
    ("ไม่ใช่", False),
    ("Ні", False),
    ("Kyllä", True),
    ("Evet.", True),
    ("Hayır", False),
    ("不是", False),
])
def test_a_yes_or_no_word_of_another_language(said, value):
    yn = parse_yes_no(said)
    assert (yn.value, yn.ambiguous, yn.hedged) == (value, False, False)


@pytest.mark.parametrize("said", [
    "Evet, ama sadece biraz.",  # Turkish: "yes, but only a little"
    "Tak, w pewnym stopniu.",  # Polish: "yes, to some degree"
])
def test_another_languages_yes_opening_a_longer_answer_is_yes_shown(said):
    yn = parse_yes_no(said)
    assert (yn.value, yn.hedged, yn.unread_rest) == (True, True, True)


@pytest.mark.parametrize(("said", "value"), [
    ("Ja, vi gör det varje vecka.", True),  # Swedish and English keep their own rules
    ("Yes, we do that every week.", True),
    ("Nie, ale chcemy to zmienić w przyszłości.", None),  # a no so followed stays open
    ("Tak, ale nie zawsze.", None),  # a no word after the yes: said both ways, open
])
def test_own_languages_and_a_no_are_not_read_by_the_lexicon(said, value):
    yn = parse_yes_no(said)
    assert yn.value is value and not yn.hedged


def test_a_yes_of_another_language_in_a_numbered_reply():
    ex = extract("Вітаю!\n\n1. Ми — спортивний клуб для дітей у Русенгорді.\n\n2. Так\n\n"
                 "3. Ми граємо разом зі шведськими командами щотижня.\n\n"
                 "4. Бракує тренерів. Можливість — нова зала.\n")
    assert values(ex)["works_against_segregation"] is True
    assert "ambiguous" not in codes(ex)


def test_a_yes_of_another_language_before_words_unread_is_reviewed():
    # the rest ("to some degree") is not read: it might as well take the yes back, so a
    # person looks (yes_no_other_language, a review reason), not only a note as a Swedish
    # or English hedge the reader understood
    ex = extract("1. Jesteśmy chórem polskim w Malmö od 1999 roku.\n\n"
                 "2. Tak, w pewnym stopniu.\n\n3. Śpiewamy na festiwalach miejskich.\n\n"
                 "4. Brakuje pieniędzy. Szansą są nowi członkowie.\n")
    assert values(ex)["works_against_segregation"] is True
    review, notes = split_notes(ex.reasons)
    assert [r.code for r in review] == ["yes_no_other_language"]
    assert review[0].key == "works_against_segregation"
    assert review[0].detail == "Tak, w pewnym stopniu."
    assert notes == []
    assert SV.reason(review[0]).startswith("Ett ja på ett annat språk inleder")
    assert EN.reason(review[0]).startswith("A yes in another language opens")


def test_a_plain_yes_of_another_language_is_no_doubt():
    ex = extract("1. Jesteśmy chórem polskim w Malmö od 1999 roku.\n\n"
                 "2. Tak.\n\n3. Śpiewamy na festiwalach miejskich.\n\n"
                 "4. Brakuje pieniędzy. Szansą są nowi członkowie.\n")
    assert values(ex)["works_against_segregation"] is True
    assert not {"yes_no_other_language", "yes_no_hedged", "ambiguous"} & codes(ex)


def test_the_writers_full_width_punctuation_is_kept():
    ex = extract("1、我们是一个舞蹈团，有五十名成员。\n\n2、是的\n\n"
                 "3、我们每个月和瑞典学校一起表演，也邀请邻居来看。\n\n"
                 "4、困难是场地太小，机会是很多年轻人感兴趣。\n")
    got = values(ex)
    assert got["about"] == "我们是一个舞蹈团，有五十名成员。"
    assert got["how"] == "我们每个月和瑞典学校一起表演，也邀请邻居来看。"
    assert got["works_against_segregation"] is True


def test_keep_verbatim_gives_back_folded_marks_and_joiners():
    assert keep_verbatim("Ja,absolut", "Svar：Ja，absolut") == "Ja，absolut"
    assert keep_verbatim("ما کار میکنیم", "ما کار می\u200cکنیم.") == "ما کار می\u200cکنیم"
    # held twice in two ways: the value as read
    assert keep_verbatim("a,b", "a，b och a﹐b") == "a,b"
    assert keep_verbatim("Vi spelar fotboll.", "Vi spelar fotboll.") == "Vi spelar fotboll."


def test_a_scripts_own_question_mark_reads_as_one():
    assert fold_punctuation("آیا کار می‌کنیم؟") == "آیا کار می‌کنیم?"
    assert fold_punctuation("ንሰርሕ ዶ፧") == "ንሰርሕ ዶ?"


def test_headings_translated_into_the_writers_language_are_no_answer():
    # Turkish: each number's line a heading in the writer's words, the answer under it
    ex = extract("Merhaba,\n\n1. Biz kimiz ve ne yapıyoruz\n"
                 "Dernek 2005 yılında kuruldu ve gençlere futbol eğitimi veriyor.\n\n"
                 "2. Ayrımcılığa karşı çalışıyor muyuz?\nEvet\n\n"
                 "3. Nasıl\nHer hafta İsveçli kulüplerle ortak antrenman yapıyoruz.\n\n"
                 "4. Engeller ve fırsatlar\nSalon bulmak zor. Fırsat ise gönüllülerimiz.\n")
    assert values(ex) == {
        "about": "Dernek 2005 yılında kuruldu ve gençlere futbol eğitimi veriyor.",
        "works_against_segregation": True,
        "how": "Her hafta İsveçli kulüplerle ortak antrenman yapıyoruz.",
        "obstacles_opportunities": "Salon bulmak zor. Fırsat ise gönüllülerimiz.",
    }
    assert not codes(ex) & {"unassigned_text", "heading_at_start", "ambiguous"}


def test_headings_of_the_writers_own_in_english_the_same_way():
    ex = extract("1. Our little story so far\nWe started as a reading circle in 2012 and now "
                 "run homework help.\n\n2. Is that us?\nYes\n\n3. Day to day\nWe mix pupils "
                 "from three schools every Tuesday.\n\n4. Hard parts and chances\nRooms cost "
                 "too much. The library wants to help.\n")
    got = values(ex)
    assert got["about"].startswith("We started as a reading circle")
    assert got["how"] == "We mix pupils from three schools every Tuesday."
    assert got["obstacles_opportunities"] == "Rooms cost too much. The library wants to help."


@pytest.mark.parametrize("signed", [
    "سمير",  # Arabic: a lone first name, no capitals to tell it by
    "王丽",
    "Hälsningar\nსალომე",  # Georgian under a sign-off
    "شكراً\nسمير (Samir Haddad)",  # a sign-off, the name with its Latin spelling
])
def test_a_name_signed_in_a_script_without_capitals_is_cut(signed):
    ex = extract("1. Vi är en kulturförening för unga i Malmö.\n2. Ja\n"
                 "3. Vi ordnar öppna fester med grannarna.\n"
                 f"4. Hindret är lokaler. Möjligheten är våra frivilliga.\n\n{signed}\n")
    assert values(ex)["obstacles_opportunities"] == \
        "Hindret är lokaler. Möjligheten är våra frivilliga."
    assert "signature_in_answer" not in codes(ex)


@pytest.mark.parametrize(("said", "what"), [
    ("Hej!\n\nVi är en syförening i Kirseberg. Vi har inte tid att skriva nu men vi träffas "
     "gärna och berättar. Kan ni ringa mig? 070-123 45 67\n\nHälsningar\nBirgitta\n",
     "Vi är en syförening i Kirseberg."),
    ("Hi,\n\nWe are a small chess club. We have no time to write now but would love to meet "
     "and tell you. Could you call me? 070-765 43 21\n\nBest\nTom\n",
     "We are a small chess club."),
])
def test_what_we_are_beside_a_wish_to_talk_is_never_lost(said, what):
    # read as the first answer, or shown: a short "what we are" sentence is no framing
    ex = extract(said)
    assert values(ex)["about"] == what or "unassigned_text" in codes(ex)
    assert ex.wants_interview


def test_framing_about_the_writer_is_still_no_answer():
    ex = extract("Hej!\n\nJag är ny som ordförande. Kan ni ringa mig? 070-123 45 67\n\n"
                 "Hälsningar\nBirgitta\n")
    assert "unassigned_text" not in codes(ex)


def test_the_same_answers_twice_the_second_in_the_surveys_language_is_read():
    # Arabic first, then the same answers in Swedish under a language line: the Swedish set
    ex = extract("مرحبا\n\n1. نحن نادي رياضي للشباب في مالمو.\n2. نعم\n"
                 "3. نلعب مع فرق سويدية كل أسبوع.\n4. نحتاج إلى قاعة. الفرصة هي المتطوعون.\n\n"
                 "-- Svenska --\n\n1. Vi är en idrottsklubb för unga i Malmö.\n2. Ja\n"
                 "3. Vi spelar med svenska lag varje vecka.\n"
                 "4. Vi behöver en hall. Möjligheten är våra frivilliga.\n\nHälsningar\nSamir\n")
    assert values(ex) == {
        "about": "Vi är en idrottsklubb för unga i Malmö.",
        "works_against_segregation": True,
        "how": "Vi spelar med svenska lag varje vecka.",
        "obstacles_opportunities": "Vi behöver en hall. Möjligheten är våra frivilliga.",
    }
    assert "unassigned_text" not in codes(ex)


def test_the_same_answers_twice_in_the_surveys_language_first_keeps_the_first():
    ex = extract("1. Vi är en idrottsklubb för unga i Malmö.\n2. Ja\n"
                 "3. Vi spelar med svenska lag varje vecka.\n"
                 "4. Vi behöver en hall. Möjligheten är våra frivilliga.\n\n"
                 "In English:\n\n1. We are a sports club for young people in Malmö.\n2. Yes\n"
                 "3. We play with Swedish teams every week.\n"
                 "4. We need a hall. Our volunteers are the chance.\n\nHälsningar\nSamir\n")
    assert values(ex)["about"] == "Vi är en idrottsklubb för unga i Malmö."


@pytest.mark.parametrize("said", [
    "Hej igen!\n\nJag vill rätta vårt svar på fråga 3. Vi har nu också läxhjälp på lördagar.\n\n"
    "Tack!\nOla\n",
    "Hi again,\n\nI'd like to update our answer to question 3. We now also run a summer camp "
    "with the school.\n\nThanks\nTom\n",
])
def test_a_change_announced_by_number_is_never_silent(said):
    ex = extract(said)
    assert ("named_unanswered", "how") in {(r.code, r.key) for r in ex.reasons} \
        or values(ex)["how"]


@pytest.mark.parametrize("last", [
    "Hindret — brist på lokaler. Möjligheten — samarbete med biblioteket.",
    "Obstacle — no hall of our own. Chance — the school wants to help.",
    "Engel — salon yok. Fırsat — kütüphane ile işbirliği.",
])
def test_a_dash_that_says_is_in_the_answers_own_parts_is_no_label_left(last):
    ex = extract("1. Vi är en förening för unga i Malmö.\n\n2. Ja\n\n"
                 f"3. Vi har läxhjälp för alla.\n\n4. {last}\n")
    assert values(ex)["obstacles_opportunities"] == last
    assert "heading_in_answer" not in codes(ex)
