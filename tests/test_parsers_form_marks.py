"""Forms filled in as text (unseen80): a tick printed before its option ("X Ja" / "__ Nej"),
ticked boxes after the question restated on its line, the question's own aside in brackets
after its "?", the form's "Svar:" mark, a yes hedged in its own sentence before the how, and
a role cut short under the name ("ordf.")."""

from __future__ import annotations

from helpers import A1, A3, A4, QUESTIONS, codes, run

from svarsinkorg.parsers.answers import extract_answers
from svarsinkorg.parsers.yes_no import check_boxes_start, has_check_box, parse_yes_no

YN = "works_against_segregation"


# --- a tick before its option, a blank of underscores before the others ---------------------

def test_bare_tick_opening_the_line_marks_the_option_after_it():
    assert parse_yes_no("X Ja\n__ Nej").value is True
    assert parse_yes_no("__ Ja\nX Nej").value is False
    assert parse_yes_no("✓ Yes\n___ No").value is True
    assert parse_yes_no("Yes\n✔ No").value is False
    # the tick marks the option after it, never the one above: "Ja" / "X Nej" is a no
    assert parse_yes_no("Ja\nx Nej").value is False
    # blanks alone tick nothing; a letter inside a sentence is no tick
    assert not has_check_box("___ Ja\n___ Nej")
    assert not has_check_box("Vi har X antal medlemmar, ja nästan 200.")


def test_printed_form_with_the_tick_before_the_option_answers_the_yes_no():
    # a PDF form's text: each question restated, the options one per line under it
    text = ("Blankett för föreningar\n"
            f"{QUESTIONS[0].text}\nVi är en schackklubb på Möllan med 60 medlemmar.\n"
            f"{QUESTIONS[1].text}\n__ Ja\nX Nej\n"
            f"{QUESTIONS[2].text}\nVi är för få för att orka med mer än våra turneringar.\n"
            f"{QUESTIONS[3].text}\nHinder: ingen lokal. Möjligheter: skolorna vill ha schack.")
    ex = extract_answers(text, QUESTIONS, source="blankett.pdf")
    assert ex.answers[YN].value is False
    assert ex.answers["how"].value == "Vi är för få för att orka med mer än våra turneringar."
    assert not codes(ex) & {"ambiguous", "yes_no_missing"}


# --- ticked boxes after the question said again on its line -----------------------------------

def test_ticked_boxes_after_the_restated_question_are_the_answer():
    for line, want in [("2. Arbetar ni för att motverka segregation? [ ] Ja [X] Nej", False),
                       ("2. Arbetar ni för att motverka segregation? ☒ Ja ☐ Nej", True),
                       ("2. Arbetar ni för att motverka segregation? Ja [ ] Nej [x]", False),
                       ("2. [x] Ja [ ] Nej", True)]:
        ex = extract_answers(f"1. {A1}\n{line}\n3. {A3}\n4. {A4}", QUESTIONS)
        assert ex.answers[YN].value is want, line
        assert "yes_no_missing" not in codes(ex)
    # the question's own "Ja / nej" before the boxes is still no answer
    asked = "Arbetar ni mot segregation? Ja / nej [X] Ja [ ] Nej"
    assert asked[check_boxes_start(asked) or 0:] == "[X] Ja [ ] Nej"
    assert parse_yes_no(asked).value is True


def test_english_form_boxes_after_the_question():
    text = ("1. Who are you? We are a cycling club for women in Rosengård.\n"
            "2. Do you work against segregation? Yes [ ] No [X]\n"
            "3. We ride together but have not worked on it as such.\n"
            "4. Obstacles: bikes cost money. Opportunities: many want to learn.")
    assert run(text)[YN] is False


# --- the question's aside in brackets after its "?" -------------------------------------------

def test_a_questions_bracketed_aside_belongs_to_its_heading():
    got = run("Vilka är ni? (kort)\nVi är en kör med 30 sångare.\n\n"
              "Jobbar ni mot segregation? (ja/nej)\nJa\n\n"
              "Hur? (om nej, varför inte)\nVi sjunger på äldreboenden i hela stan.\n\n"
              "Hinder och möjligheter? (valfritt)\nLokalhyran är dyr.")
    assert got == {"about": "Vi är en kör med 30 sångare.", YN: True,
                   "how": "Vi sjunger på äldreboenden i hela stan.",
                   "obstacles_opportunities": "Lokalhyran är dyr."}


def test_a_table_row_with_the_aside_in_the_question_cell():
    # a table pasted from a shared document: question cell TAB answer cell
    text = ("Här är tabellen vi fyllde i:\n\n"
            "Who are you?\tA chess club for children in Holma.\n"
            "Do you work against segregation?\tYes\n"
            "In what way? (if not, why not)\tWe play in schools across the city.\n"
            "Obstacles and opportunities\tFew adults help. Many children want to play.\n")
    got = run(text)
    assert got["how"] == "We play in schools across the city."
    assert got[YN] is True


def test_own_words_in_brackets_after_the_question_stay_the_answer():
    got = run("Vilka är ni? (Vi är en liten syförening i Fosie.)\n\nJobbar ni mot segregation?\nJa")
    assert got["about"] == "(Vi är en liten syförening i Fosie.)"


# --- the form's answer mark ---------------------------------------------------------------------

def test_answer_mark_opening_a_corrected_answer_is_no_part_of_it():
    text = ("Hej igen!\nJag behöver rätta fråga 4, det blev fel. Så här ska det vara:\n\n"
            "Svar: Lokalen är för liten. Men vi får låna skolans aula från hösten.\n\n"
            "Allt annat stämmer.\nMvh Per")
    ex = extract_answers(text, QUESTIONS)
    assert ex.answers["obstacles_opportunities"].value == \
        "Lokalen är för liten. Men vi får låna skolans aula från hösten."
    got = run(f"1. Answer: {A1}\n2. Ja\n3. {A3}\n4. {A4}")
    assert got["about"] == A1
    # a sentence about the answer keeps its words
    assert run(f"1. {A1}\n2. Ja\n3. Svaret är enkelt: {A3}")["how"] == f"Svaret är enkelt: {A3}"


# --- a hedged yes in its own sentence, the how after it ---------------------------------------

def test_hedge_of_the_yes_stays_with_the_yes_and_is_shown():
    for yes, how in [("Ja, till viss del. Vi har öppna träningar på lördagar.",
                      "Vi har öppna träningar på lördagar."),
                     ("Yes, to some extent. We run open dances every month.",
                      "We run open dances every month.")]:
        ex = extract_answers(f"1. {A1}\n2. {yes}\n4. {A4}", QUESTIONS)
        assert ex.answers[YN].value is True
        assert ex.answers["how"].value == how
        assert "yes_no_hedged" in codes(ex)
    # a plain yes keeps its explanation whole
    ex = extract_answers(f"1. {A1}\n2. Ja, vi har öppna träningar.\n4. {A4}", QUESTIONS)
    assert ex.answers["how"].value == "Vi har öppna träningar."


# --- a role cut short under the name ---------------------------------------------------------

def test_abbreviated_role_under_the_name_is_the_signature():
    base = f"Hej\n\n1. {A1}\n2. Ja\n3. {A3}\n4. Hinder är lokalen. Möjlighet är ungdomarna.\n\n"
    for sig in ("Karin Lund\nordf.", "Karin Lund\nSekr.", "Karin Lund\nv. ordf."):
        ex = extract_answers(base + sig, QUESTIONS)
        assert ex.answers["obstacles_opportunities"].value == \
            "Hinder är lokalen. Möjlighet är ungdomarna.", sig
        assert "signature_in_answer" not in codes(ex)
    # a short sentence under the answer is no signature
    ex = extract_answers(base + "Vi ses.", QUESTIONS)
    assert ex.answers["obstacles_opportunities"].value.endswith("Vi ses.")


# --- the yes said again as a clause, the how a clause of its own after the comma ------------

def test_yes_said_again_as_a_clause_stays_with_the_yes():
    for yes, how in [("Ja vi gör, vi lånar ut instrument till alla som vill spela.",
                      "vi lånar ut instrument till alla som vill spela."),
                     ("Ja, det gör vi, alla får vara med på våra söndagsluncher.",
                      "alla får vara med på våra söndagsluncher."),
                     ("Yes we do, we lend instruments to anyone who wants to play.",
                      "we lend instruments to anyone who wants to play.")]:
        ex = extract_answers(f"1. {A1}\n\n2. {yes}\n\n4. {A4}", QUESTIONS)
        assert ex.answers[YN].value is True
        assert ex.answers["how"].value == how, yes
    # a concession after the yes is no how of its own: kept whole
    ex = extract_answers(f"1. {A1}\n\n2. Ja, det gör vi, även om vi inte kallar det så.\n\n"
                         f"4. {A4}", QUESTIONS)
    assert ex.answers["how"].value == "Det gör vi, även om vi inte kallar det så."


# --- a plain yes opening a later sentence of the first answer's paragraph ------------------

def test_turn_to_the_yes_inside_the_first_paragraph_opens_the_follow_up():
    for text, about, how, obstacles in [
        ("Hej!\n\nVi är en syförening i Fosie som träffas varje torsdag. Och ja, vi syr ihop "
         "med kvinnor från SFI varannan vecka.\n\nVåra maskiner är gamla. Men fler vill "
         "komma.\n\nHälsningar Eva",
         "Vi är en syförening i Fosie som träffas varje torsdag.",
         "Vi syr ihop med kvinnor från SFI varannan vecka.",
         "Våra maskiner är gamla. Men fler vill komma."),
        ("Hi,\n\nWe are a chess club in Holma with 40 members. And yes, we play in schools "
         "across the city every spring.\n\nWe lack a room. But many kids want to learn.\n\n"
         "Best, Sam",
         "We are a chess club in Holma with 40 members.",
         "We play in schools across the city every spring.",
         "We lack a room. But many kids want to learn."),
    ]:
        ex = extract_answers(text, QUESTIONS)
        assert ex.answers["about"].value == about
        assert ex.answers[YN].value is True
        assert ex.answers["how"].value == how
        assert ex.answers["obstacles_opportunities"].value == obstacles
        assert "by_position" in codes(ex)  # placed by order and a yes in prose: shown
