"""A second mail that corrects or completes one answer in prose: the answer announced by a
note about the mail (by number anywhere in the note, as "the last question", or by its
topic) is the paragraph under it; a yes/no changed by a pronoun after its number; notes
that the rest stands. Where the note fits two questions, nothing is guessed."""

from __future__ import annotations

import pytest
from helpers import QUESTIONS, codes, extract, values

from svarsinkorg.config import Question, example_config_path, load_config
from svarsinkorg.parsers.answers import extract_answers
from svarsinkorg.parsers.cues import stands_as_before

# --- an answer announced by a note that names its question --------------------------------


@pytest.mark.parametrize(("body", "key", "want"), [
    # by topic, the question's own words
    ("Hej igen\n\nJag skrev fel om hinder och möjligheter i förra veckan, det blev för "
     "kort. Så här ska det vara:\n\nLokalen är för dyr, men skolan intill vill samarbeta.\n\n"
     "Resten stämmer.\n\nPer",
     "obstacles_opportunities", "Lokalen är för dyr, men skolan intill vill samarbeta."),
    ("Hi again,\n\nI got the bit about obstacles and opportunities wrong. Here is what I "
     "meant:\n\nRent is what stops us, and the school next door is our opportunity.\n\n"
     "Everything else stays the same.\n\nSam",
     "obstacles_opportunities",
     "Rent is what stops us, and the school next door is our opportunity."),
    # by its place: "the last question"
    ("Hej och god fortsättning!\n\nHär kommer svaret på den sista frågan som jag lovade:\n\n"
     "Vi saknar ledare, men föräldrarna vill gärna hjälpa till.\n\nLena",
     "obstacles_opportunities", "Vi saknar ledare, men föräldrarna vill gärna hjälpa till."),
    # by number in the note's first sentence, the colon in its last
    ("Hi,\n\nI was too quick yesterday, my answer to question 3 was not what I meant. It "
     "should read:\n\nWe run free training on Sundays for kids from all over town.\n\nOmar",
     "how", "We run free training on Sundays for kids from all over town."),
])
def test_an_answer_announced_by_a_note_is_the_paragraph_below(body, key, want):
    ex = extract(body)
    got = values(ex)
    assert got[key] == want
    assert [k for k, v in got.items() if v is not None] == [key]
    assert not codes(ex) & {"unassigned_text", "no_answer", "by_position"}


def _with_aliases() -> tuple[Question, ...]:
    return load_config(example_config_path()).survey.questions


@pytest.mark.parametrize("note", [
    "Hej igen, jag märkte att jag glömde berätta vilka vi är, det kommer här:",
    "Hi, I forgot to tell you who we are, so here it is:",
])
def test_a_note_naming_a_question_by_its_configured_alias(note):
    ex = extract(f"{note}\n\nVi är en kör med 40 sångare som övar i kyrkan på onsdagar.\n\n"
                 "Maria", _with_aliases())
    got = values(ex)
    assert got["about"] == "Vi är en kör med 40 sångare som övar i kyrkan på onsdagar."
    assert got["how"] is None and got["obstacles_opportunities"] is None


def test_a_note_that_fits_two_questions_names_neither():
    # which answer the paragraph replaces is unclear: nothing is guessed, the doubt shows
    ex = extract("Hej\n\nJag skrev fel om hur vi arbetar och om hinder och möjligheter. Så här "
                 "ska det vara:\n\nVi har öppet hus varje lördag för alla i området.\n\nPer")
    got = values(ex)
    assert got["how"] is None and got["obstacles_opportunities"] is None
    assert ex.reasons


def test_a_colon_note_over_paragraphs_for_every_question_is_no_announcement():
    # four paragraphs under "... om vår förening:" are the answers in order, not one
    ex = extract(
        "Hej!\n\nHär kommer några rader om vår förening:\n\n"
        "Vi är en schackklubb i Sorgenfri med 40 medlemmar.\n\nJa\n\n"
        "Vi spelar i biblioteket där alla är välkomna.\n\n"
        "Det svåra är lokalen, men biblioteket vill samarbeta mer.\n\nHälsningar\nOla")
    got = values(ex)
    assert got["about"] == "Vi är en schackklubb i Sorgenfri med 40 medlemmar."
    assert got["works_against_segregation"] is True
    assert got["how"] == "Vi spelar i biblioteket där alla är välkomna."


# --- a yes/no changed by a pronoun after its number ----------------------------------------


@pytest.mark.parametrize(("note", "want"), [
    ("På fråga 2 svarade jag nej, men efter styrelsemötet vill vi ändra det till ja.", True),
    ("I fråga 2 skrev jag ja, men det ska vara nej.", False),
    ("For question 2 I said no, but after talking to the board we want to change that to "
     "yes.", True),
])
def test_a_yes_no_changed_by_pronoun_after_its_number(note, want):
    ex = extract(f"Hej igen!\n\n{note}\n\nResten av svaren gäller som de står.\n\n/Jonas")
    got = values(ex)
    assert got["works_against_segregation"] is want
    assert got["about"] is None and got["how"] is None
    assert "unassigned_text" not in codes(ex)


# --- a correction by number with a sentence adverb between the modal and its verb ---------


@pytest.mark.parametrize(("note", "want"), [
    ("Kassören påpekade en sak. På fråga 2 ska det alltså vara ja, inte nej.", True),
    ("Jag skrev fel: svaret på fråga två ska egentligen vara nej.", False),
    ("Efter mötet i går: fråga 2 ska istället stå ja.", True),
    ("Sorry, my mistake. Question 2 should actually be yes, not no.", True),
    # an adverb of certainty (unseen43): the correction is as plain as without it
    ("Rättelse: på fråga 2 ska det givetvis stå nej.", False),
    ("Jag blandade ihop dem, fråga 2 ska självklart vara ja.", True),
    ("My mistake, question 2 should obviously be no.", False),
])
def test_a_yes_no_corrected_by_number_past_an_adverb(note, want):
    ex = extract(f"Hej igen!\n\n{note}\n\nResten gäller som jag skrev.\n\n/Fredrik")
    got = values(ex)
    assert got["works_against_segregation"] is want
    assert got["about"] is None and got["how"] is None


def test_an_answer_announced_by_number_past_an_adverb_is_the_paragraph_below():
    ex = extract("Hej!\n\nJag glömde en sak. Fråga 2 ska alltså vara ja, och fråga 3 ska då "
                 "vara:\n\nVi spelar med kulturskolan i Rosengård varje vecka.\n\n"
                 "Fråga 1 och 4 står kvar.\n\nFredrik")
    got = values(ex)
    assert got["works_against_segregation"] is True
    assert got["how"] == "Vi spelar med kulturskolan i Rosengård varje vecka."


@pytest.mark.parametrize("note", [
    "Svaret på fråga 2 ska nog vara ja.",
    "Question 2 should probably be yes.",
])
def test_a_hedged_correction_by_number_is_not_read_but_flagged(note):
    # a hedge is no plain answer: no yes is read, and the doubt shows (the question named
    # without an answer, or a yes/no that could not be decided)
    ex = extract(f"Hej igen,\n\n{note}\n\nLena")
    assert values(ex)["works_against_segregation"] is None
    assert codes(ex) & {"named_unanswered", "ambiguous"}


def test_a_change_naming_two_questions_gives_neither_a_yes_no():
    ex = extract("Hej igen!\n\nPå fråga 2 och 3 svarade jag fel, vi vill ändra det till ja."
                 "\n\n/Jonas")
    assert values(ex)["works_against_segregation"] is None


# --- notes that the earlier answers stand ----------------------------------------------------


@pytest.mark.parametrize(("text", "stands"), [
    ("Det andra stämmer.", True),
    ("Resten av svaren gäller som de står.", True),
    ("The rest of my answers stand.", True),
    ("Allt det övriga gäller som förut.", True),
    ("Det andra gäller lokalen.", False),  # an answer's second point
    ("Resten stämmer inte.", False),
    ("Stämmer.", False),  # may be a yes
])
def test_notes_that_the_rest_stands(text, stands):
    assert stands_as_before(text) is stands


def test_the_helpers_questions_have_no_aliases():
    # the topic tests above read the questions' own words, not the config's aliases
    assert not any(q.aliases for q in QUESTIONS)


# --- the yes/no put right by its topic, the reason after the answer word -------------------


@pytest.mark.parametrize(("par", "want", "how"), [
    ("Vi har pratat ihop oss och jag svarade nog fel på frågan om vi motverkar segregation. "
     "Ärligt talat är svaret nej. Vi är mest pensionärer från samma kvarter.", False,
     "Vi är mest pensionärer från samma kvarter."),
    ("Min kollega påpekade att jag skrev fel om huruvida vi jobbar mot segregation. Svaret är "
     "ja. Vi har läxhjälp för barn från hela stan.", True,
     "Vi har läxhjälp för barn från hela stan."),
    ("I think I got the question about working against segregation wrong. Honestly, the "
     "answer is no. We have never worked with it.", False, "We have never worked with it."),
])
def test_a_yes_no_put_right_by_its_topic(par, want, how):
    ex = extract(f"Hej igen\n\n{par}\n\nDet om hinder och möjligheter står kvar.\n\nKerstin")
    got = values(ex)
    assert got["works_against_segregation"] is want
    assert got["how"] == how
    assert got["about"] is None and got["obstacles_opportunities"] is None
    assert not codes(ex) & {"unassigned_text", "no_answer"}


def test_an_answer_word_after_a_note_on_another_topic_is_no_yes_no():
    ex = extract("Hej igen\n\nJag skrev fel om vår lokal i förra mejlet. Svaret är nej. "
                 "Vi har ingen egen lokal.\n\nKerstin")
    assert values(ex)["works_against_segregation"] is None


# --- a note that several named answers stand, said in the plural ---------------------------


@pytest.mark.parametrize("note", [
    "Svaren på fråga 1 och 4 gäller som förut.",
    "Mina svar på fråga 1 och 4 står kvar.",
    "Our answers to questions 1 and 4 are unchanged.",
    "The answers to questions 1 and 4 still stand.",
])
def test_a_plural_note_that_named_answers_stand_is_no_answer(note):
    ex = extract("Hej igen!\n\nVi vill ändra svaret på fråga 2 till ja.\n\n"
                 "Fråga 3 blir då: Vi tränar ihop med lag från andra stadsdelar.\n\n"
                 f"{note}\n\n/Ali")
    got = values(ex)
    assert got["works_against_segregation"] is True
    assert got["how"] == "Vi tränar ihop med lag från andra stadsdelar."
    assert got["about"] is None and got["obstacles_opportunities"] is None


def test_a_plural_answer_note_about_the_content_is_no_stand_note():
    assert not stands_as_before("Svaren på fråga 1 och 4 gäller hur vi jobbar i dag.")


# --- a promised answer sent on its own, the mail's own earlier answers quoted below ----------

_EARLIER = ("\n\nDen fre 20 dec. 2019 kl 20:02 skrev Eva Berg <eva@korhusie.se>:\n\n> Hej!\n>\n"
            "> 1) Vi är en kör med 40 sångare som övar i Husie kyrka varje tisdag.\n>\n"
            "> 2) Ja\n>\n> 3) Vi sjunger med körer från hela stan.\n>\n"
            "> 4) Den svarar jag på efter jul.\n>\n> Mvh Eva\n")


@pytest.mark.parametrize(("note", "num", "key"), [
    ("Här kommer svaret på fråga 4 som jag lovade:", 4, "obstacles_opportunities"),
    ("Här kommer svaret på fråga 3, som utlovat.", 3, "how"),
    ("Här är svaret på fråga 4 som jag skulle återkomma med:", 4, "obstacles_opportunities"),
    ("Here is the answer to question 4 that I promised:", 4, "obstacles_opportunities"),
])
def test_a_promised_answer_under_its_note_is_read_not_the_quoted_earlier_answers(note, num,
                                                                                 key):
    # "Här kommer svaret på fråga 4": the answer follows in the mail's own words; the earlier
    # answers quoted below are the first mail's, no part of this one
    answer = ("Hindret är lokalerna som är dyra. Möjligheten är att musik inte kräver "
              "ett gemensamt språk.")
    got = values(extract_answers(f"Hej igen,\n\n{note}\n\n{answer}\n\nGod fortsättning!\nEva"
                                 f"{_EARLIER}", QUESTIONS))
    assert got[key] == answer
    assert all(v is None for k, v in got.items() if k != key), got


# --- a forgotten answer sent on its own: a note naming it, no colon, the answer below --------

_OBSTACLES = ("Vi har ingen egen lokal och får låna skolans matsal. Möjligheten är alla "
              "föräldrar som vill hjälpa till.")


@pytest.mark.parametrize(("note", "key"), [
    ("Jag missade fråga 4 när jag svarade igår, ber om ursäkt.", "obstacles_opportunities"),
    ("Sorry, question 4 was missing from my last e-mail.", "obstacles_opportunities"),
    ("Den fjärde frågan kom visst inte med förra gången.", "obstacles_opportunities"),
    ("Oops, I left out the last question in my previous mail.", "obstacles_opportunities"),
    # by its topic, in a note on the mail
    ("Hinder och möjligheter blev inte med i mitt förra mejl.", "obstacles_opportunities"),
])
def test_a_short_note_naming_the_one_question_a_new_mail_completes(note, key):
    # a new mail, no quote, no colon after the note: the one paragraph below is that answer
    ex = extract_answers(f"Hej igen!\n{note}\n\n{_OBSTACLES}\n\n/Sara\nFöräldraföreningen",
                         QUESTIONS)
    got = values(ex)
    assert got[key] == _OBSTACLES
    assert [k for k, v in got.items() if v is not None] == [key]
    assert not codes(ex) & {"unassigned_text", "no_answer", "by_position"}


@pytest.mark.parametrize("note", [
    "Vi återkommer om fråga 4 efter styrelsemötet.",        # put off, the reason below
    "Vi hoppar över fråga 4, den är för svår för oss.",     # skipped
    "Vad menar ni med fråga 4?",                            # asked back
    "Jag glömde fråga 3 och 4 i mitt förra mejl.",          # two questions: which is which?
    "Tack för ert mejl, vi har pratat i styrelsen.",        # names no question
])
def test_a_note_that_does_not_name_one_question_to_complete_reads_nothing_below(note):
    ex = extract_answers(f"Hej!\n{note}\n\nVi har möte i januari och då tar vi upp det med "
                         "alla medlemmarna.\n\n/Sara", QUESTIONS)
    got = values(ex)
    assert got["obstacles_opportunities"] is None and got["how"] is None


def test_a_completing_mail_in_its_own_thread_is_a_reply_not_other(tmp_path):
    # own subject, not threaded, no survey words: the answer it gives makes it a reply
    from helpers import make_config, reply

    from svarsinkorg.intake.match import RosterEntry
    from svarsinkorg.pipeline import parse_message
    survey = make_config(tmp_path).survey
    roster = [RosterEntry(1, "Hyllie IF", ("kansli@hyllieif.se",))]
    p = parse_message(reply(f"Hej igen!\nJag glömde fråga 4 i förra mejlet, förlåt.\n\n"
                            f"{_OBSTACLES}\n\n/Per", subject="Fråga 4 - Hyllie IF",
                            threaded=False), survey, roster)
    assert p.kind == "reply" and p.association_id == 1
    assert p.answers["obstacles_opportunities"]["value"] == _OBSTACLES
    assert p.reasons == []


# --- "här är rätt svar" for one question: a fix of that answer, not the first mail withdrawn --

@pytest.mark.parametrize("body", [
    "Hej igen\n\nJag skrev för kort på fråga 3 igår, här är rätt svar:\n\n3. Vi lagar mat "
    "ihop med en förening i Limhamn varje månad.\n\nResten stämmer.\n\nFatima",
    "Hej!\n\nHär kommer rätt svar på fråga 3.\n\n3. Vi lagar mat ihop med en förening i "
    "Limhamn varje månad.\n\nFatima",
    "Hej!\n\nHär är de rätta svaren:\n\n3. Vi lagar mat ihop med en förening i Limhamn varje "
    "månad.\n\nDet andra gäller.\n\nFatima",
])
def test_the_right_answer_to_one_question_withdraws_nothing_else(body):
    ex = extract_answers(body, QUESTIONS)
    assert values(ex)["how"] == "Vi lagar mat ihop med en förening i Limhamn varje månad."
    assert "correction" not in ex.flags


@pytest.mark.parametrize(("body", "key", "want"), [
    # the note names the question in one sentence, the cue ("replaces the previous") is the next
    ("Hej igen!\n\nvi tänkte om kring svaret på fråga 3. Här kommer ett annat som ersätter "
     "det tidigare:\n\n3. Vi ordnar gemensamma utflykter med två föreningar i Fosie."
     "\n\nMvh Leila", "how", "Vi ordnar gemensamma utflykter med två föreningar i Fosie."),
    ("Hello again,\n\nour answer to question 4 came out wrong. Please disregard my "
     "previous answer, here it is:\n\n4. Finding a hall is hard, but the parents are eager "
     "to help.\n\nBest, Tom",
     "obstacles_opportunities", "Finding a hall is hard, but the parents are eager to help."),
])
def test_a_note_naming_the_question_beside_the_cue_withdraws_nothing_else(body, key, want):
    ex = extract_answers(body, QUESTIONS)
    assert values(ex)[key] == want
    assert "correction" not in ex.flags


def test_the_right_answers_with_nothing_said_to_stand_still_withdraw_the_first_mail():
    ex = extract_answers("Hej!\n\nBortse från förra mejlet, här är rätt svar:\n\n1. Vi är en "
                         "kör.\n2. Ja\n3. Vi sjunger med alla.\n4. Lokalen.\n\nFatima", QUESTIONS)
    assert "correction" in ex.flags


def test_a_record_keeps_the_first_mails_answers_under_a_fix_of_one(tmp_path):
    import datetime as dt

    from helpers import config_with_roster, import_mail, reply

    from svarsinkorg import service
    cfg = config_with_roster(tmp_path, "name,email,org_number\nHyllie IF,kansli@hyllieif.se,\n")
    import_mail(cfg, tmp_path, "a.eml", reply(
        "Hej!\n\n1. Vi är en idrottsförening i Hyllie.\n2. Ja\n3. Vi har öppna träningar.\n"
        "4. Hindret är hyran. Möjligheten är alla nya barn.\n\nPer", message_id="<a@x>",
        when=dt.datetime(2019, 12, 3, 10, tzinfo=dt.UTC)))
    import_mail(cfg, tmp_path, "b.eml", reply(
        "Hej igen\n\nJag skrev för kort på fråga 3, här är rätt svar:\n\n3. Vi har öppna "
        "träningar och tränar ihop med en klubb i Rosengård.\n\nResten stämmer.\n\nPer",
        message_id="<b@x>", when=dt.datetime(2019, 12, 4, 10, tzinfo=dt.UTC)))
    rec = {r.name: r for r in service.survey_state(cfg).associations}["Hyllie IF"]
    assert rec.answers == {
        "about": "Vi är en idrottsförening i Hyllie.", "works_against_segregation": True,
        "how": "Vi har öppna träningar och tränar ihop med en klubb i Rosengård.",
        "obstacles_opportunities": "Hindret är hyran. Möjligheten är alla nya barn."}
    assert not rec.needs_review


# --- the rest stands, said of what the writer wrote ------------------------------------------


@pytest.mark.parametrize(("text", "stands"), [
    ("Det andra jag skrev gäller.", True),
    ("Resten som vi svarade står kvar.", True),
    ("Allt det övriga vi skrev stämmer fortfarande.", True),
    ("Everything else I wrote stands.", True),
    ("Det andra jag skrev gäller lokalen.", False),  # what it says of the second point
    ("Det andra vi gör är läxhjälp.", False),  # an answer's second point
])
def test_the_rest_stands_said_of_what_was_written(text, stands):
    assert stands_as_before(text) is stands


@pytest.mark.parametrize("closing", ["Det övriga vi svarade gäller.",
                                     "Resten som jag skrev står kvar.",
                                     "Everything else we wrote still stands."])
def test_a_note_that_the_rest_written_stands_is_no_part_of_the_new_answer(closing):
    body = ("Hej igen!\n\nJag glömde en sak i svaret på fråga 4. Så här ska det vara:\n\n"
            "Lokalen räcker inte till, men grannskolan har erbjudit sin matsal på helgerna.\n\n"
            f"{closing}\n\nGunnel\n")
    ex = extract(body)
    assert values(ex)["obstacles_opportunities"] == (
        "Lokalen räcker inte till, men grannskolan har erbjudit sin matsal på helgerna.")
    assert "aside_in_answer" not in codes(ex)


# --- a correction that owns the old answer wrong before giving the new one --------------------


@pytest.mark.parametrize(("body", "want"), [
    ("Hej igen, jag ser nu att jag skrev Nej på fråga 2 men det var fel, det ska vara JA. Vi "
     "arbetar mot segregation varje vecka. Resten av svaren stämmer.\n\nFörlåt! Fatima", True),
    ("Hej! Jag svarade ja på fråga 2 men det blev fel, det ska vara nej. Vi har inte kommit "
     "igång ännu.\n\nMvh Per", False),
    ("Hi again,\n\nI wrote No to question 2 but that was wrong, it should be Yes. We work "
     "against segregation every week. The other answers stand.\n\nSorry! Fatima", True),
])
def test_a_correction_owning_the_old_answer_wrong_gives_the_new_one(body: str, want: bool) -> None:
    ex = extract(body)
    got = values(ex)
    assert got["works_against_segregation"] is want
    # the note is no description of the association
    assert got["about"] is None
    assert "follow_up_answer" in ex.flags


# --- a better answer to one question over the writer's own earlier reply, quoted ------------

@pytest.mark.parametrize(("note", "attribution", "yes"), [
    ("Hej igen,\n\njag skrev för kort på fråga 3. Här är ett bättre svar:\n\n",
     "Den 30 jan. 2020 kl. 21:17 skrev Elin Berg <elin@laxhjalp.se>:", "Ja"),
    ("Hi again,\n\nmy answer to question 3 was too short. A better one:\n\n",
     "On 2020-01-30 21:17, Elin Berg wrote:", "Nej"),
])
def test_a_yes_no_said_in_the_quoted_earlier_reply_is_not_missing(note, attribution, yes):
    # the quote is her own first reply ("2. Ja"): this mail adds to it, the yes/no stands
    new = ("3. Vi blandar barn från olika skolor i samma grupper och har föräldrakvällar "
           "på flera språk.")
    earlier = (f"> 1. Vi är en läxhjälp i Fosie för barn i årskurs 4-9.\n>\n> 2. {yes}\n>\n"
               "> 3. Vi hjälper barn.\n>\n> 4. Hinder: få volontärer.")
    ex = extract_answers(f"{note}{new}\n\nResten gäller.\n\n{attribution}\n{earlier}\n",
                         QUESTIONS)
    assert values(ex)["how"] == new[3:]
    assert values(ex)["works_against_segregation"] is None
    assert "yes_no_missing" not in codes(ex)


def test_a_missing_yes_no_over_the_survey_alone_is_still_a_doubt():
    # the quoted survey's "Ja / nej" is no earlier answer
    ex = extract("3. Vi blandar barn från olika skolor i samma grupper och har "
                 "föräldrakvällar på flera språk.")
    assert "yes_no_missing" in codes(ex)


# --- (unseen90) the yes/no settled in a reply to the coordinator's "yes or no?" ------------

@pytest.mark.parametrize(("own", "quoted", "want"), [
    ("Hej!\n\nVi har pratat om saken på årsmötet och kommit fram till att svaret blir nej.\n\n"
     "/Göran",
     "> Hej Göran! Hur ska jag tolka ert svar på fråga 2? Menar ni ja eller nej?", False),
    ("Hi,\n\nWe talked it over at our meeting, and the answer is yes.\n\nMaria",
     "> Hello Maria, thanks! Did you mean yes or no on question 2?", True),
])
def test_the_verdict_on_the_question_the_coordinator_asks_about_is_its_answer(own, quoted, want):
    ex = extract_answers(f"{own}\n\n{quoted}\n", QUESTIONS)
    got = values(ex)
    assert got["works_against_segregation"] is want
    assert got["about"] is None and got["how"] is None
    assert "follow_up_answer" in ex.flags
    assert not codes(ex)


# --- unseen126: the correction's label line ending in a colon, the answer on the next line --


FIVE = (
    Question("halls", "Var tränar klubben i dag?", "text", 1),
    Question("enough", "Räcker halltiderna för klubbens lag? (ja/nej)", "yes_no", 2),
    Question("missing", "Om nej: vad saknas?", "text", 3),
    Question("schools", "Har ni samarbeten med skolor? (ja/nej)", "yes_no", 4),
    Question("other", "Övriga synpunkter", "text", 5),
)


@pytest.mark.parametrize(("note", "key"), [
    ("Rättelse, fråga 1:", "halls"),
    ("Ändring till fråga 3:", "missing"),
    ("Correction, question 5:", "other"),
])
def test_a_correction_label_line_ending_in_a_colon_heads_the_line_below(note, key):
    text = "Sedan mars tränar vi i Nya hallen, inte i Västhallen som jag skrev."
    body = (f"Hej igen!\n\n{note}\n{text} Matcherna spelar vi kvar där.\n\n/Jonas\n\n"
            "> Den 6 feb. 2020 kl. 09:05 skrev Jonas <jonas@example.se>:\n> Svaren i mejlet.")
    ex = extract_answers(body, FIVE)
    want = {k.key: None for k in FIVE} | {key: text + " Matcherna spelar vi kvar där."}
    assert values(ex) == want
    assert not {"named_unanswered", "no_answer", "unassigned_text"} & codes(ex)
