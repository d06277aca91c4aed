"""Quote headers found by their shape, whatever the mail client's language."""

from __future__ import annotations

import pytest
from helpers import QUESTIONS, codes, extract, quoted, values

from svarsinkorg.parsers import quote_headers as qh
from svarsinkorg.parsers.answers import extract_answers
from svarsinkorg.parsers.quotes import (
    forwarded_sender,
    split_reply,
    strip_quotes_and_signature,
    text_above_quote,
)
from svarsinkorg.parsers.text import normalize_ws, strip_direction_marks

SURVEY = (
    "Hej!\n\nMalmö stad kartlägger hur föreningar arbetar mot segregation.\n\n"
    "1. Vilka är ni och vad bedriver ni för verksamhet?\n"
    "2. Arbetar ni för att motverka segregation? Ja / nej\n"
    "3. På vilket sätt arbetar ni för att motverka segregation?\n"
    "4. Vilka hinder respektive möjligheter upplever ni?\n\n"
    "Med vänliga hälsningar\nSamordnare\nMalmö stad"
)
OWN = "1. Vi är en kvinnoförening i Rosengård.\n2. Ja"
ADDR = "Samordnare <samordnare@malmo.se>"


QUOTED = quoted(SURVEY)


def own(text: str) -> str:
    return strip_quotes_and_signature(text)


# --- attribution lines ------------------------------------------------------------------------

ATTRIBUTIONS = {
    "sv gmail": f"Den mån 2 dec. 2019 kl 10:14 skrev {ADDR}:",
    "en gmail": f"On Mon, 2 Dec 2019 at 10:14, {ADDR} wrote:",
    "da gmail": f"Den man. 2. dec. 2019 kl. 10.14 skrev {ADDR}:",
    "no gmail": f"man. 2. des. 2019 kl. 10:14 skrev {ADDR}:",
    "de gmail": f"Am Mo., 2. Dez. 2019 um 10:14 Uhr schrieb {ADDR}:",
    "es gmail": "El lun., 2 dic. 2019 a las 10:14, Samordnare (<samordnare@malmo.se>) escribió:",
    "fi gmail": "ma 2. jouluk. 2019 klo 10.14 Samordnare (samordnare@malmo.se) kirjoitti:",
    "ru gmail": f"пн, 2 дек. 2019 г. в 10:14, {ADDR}:",
    "vi gmail": f"Vào Th 2, 2 thg 12, 2019 vào lúc 10:14 {ADDR} đã viết:",
    "nl gmail": f"Op ma 2 dec. 2019 om 10:14 schreef {ADDR}:",
    "fr gmail": f"Le lun. 2 déc. 2019 à 10:14, {ADDR} a écrit :",
    "pl gmail": f"pon., 2 gru 2019 o 10:14 {ADDR} napisał(a):",
    "tr gmail": f"{ADDR}, 2 Ara 2019 Pzt, 10:14 tarihinde şunu yazdı:",
    "bs gmail": f"pon, 2. dec 2019. u 10:14 {ADDR} je napisao/la:",
    "so gmail": f"Isn, Dis 2, 2019 at 10:14 {ADDR} ayaa qoray:",
    "ti": f"ሰኑይ 2 ታሕሳስ 2019 10:14 {ADDR} ጸሓፈ:",
    # Gmail wraps Arabic and Persian in embeddings and marks; the digits may be Eastern
    "ar gmail": "\u202bفي الاثنين، ٢ ديسمبر ٢٠١٩ في ١٠:١٤ ص تمت كتابة ما يلي بواسطة "
    "\u202aSamordnare\u202c\u200f <\u202asamordnare@malmo.se\u202c\u200f>:\u202c",
    "fa gmail": "\u202bدر تاریخ دوشنبه ۲ دسامبر ۲۰۱۹ ساعت ۱۰:۱۴ "
    "\u202aSamordnare\u202c\u200f <samordnare@malmo.se> نوشت:\u202c",
    "ar apple": "في ٠٢\u200f/١٢\u200f/٢٠١٩، الساعة ١٠:١٤ ص، كتب Samordnare <samordnare@malmo.se>:",
    "android ru": '02.12.2019 10:14 пользователь "samordnare@malmo.se" '
    "<samordnare@malmo.se> написал:",
    "outlook web en": f"On Monday, December 2, 2019 10:14 AM, {ADDR} wrote:",
    "thunderbird": "On 2019-12-02 10:14, Samordnare wrote:",
}


@pytest.mark.parametrize("header", ATTRIBUTIONS.values(), ids=ATTRIBUTIONS.keys())
def test_attribution_above_a_quote_in_any_language(header: str) -> None:
    assert own(f"{OWN}\n\n{header}\n\n{QUOTED}\n") == OWN


@pytest.mark.parametrize("header", ATTRIBUTIONS.values(), ids=ATTRIBUTIONS.keys())
def test_attribution_above_an_unquoted_original(header: str) -> None:
    # Some clients (and HTML mail turned into text) leave the original without ">"
    text = f"{OWN}\n\n{header}\n\n{SURVEY}\n"
    assert own(text) == OWN
    assert text_above_quote(text) == OWN


def test_attribution_wrapped_over_two_and_three_lines() -> None:
    two = f"{OWN}\n\nW dniu 2 grudnia 2019 10:14 użytkownik Samordnare <samordnare@malmo.se>\n"
    assert own(f"{two}napisał:\n\n{SURVEY}") == OWN
    three = (
        f"{OWN}\n\nOn Dec 2, 2019, at 10:14 AM, Samordnare <\n"
        "samordnare@malmo.se>\nwrote:\n\n" + SURVEY
    )
    assert own(three) == OWN


def test_android_russian_attribution_wrapped_under_the_reply() -> None:
    text = (
        "Да\n02.12.2019 10:14 пользователь \"samordnare@malmo.se\" <\n"
        f"samordnare@malmo.se> написал:\n\n{QUOTED}"
    )
    assert own(text) == "Да"


@pytest.mark.parametrize(
    ("reply", "header"),
    [
        ("Ja", "Den 2 december 2019 10:14 skrev Samordnare (samordnare@malmo.se):"),
        ("Nej", "På 2 desember 2019 på 10:14:18, Samordnare (samordnare@malmo.se) skrev:"),
        ("Yes", "On 2 Dec 2019, at 10:14, Samordnare <samordnare@malmo.se> wrote:"),
        ("Tak", "pon., 2 gru 2019 o 10:14 Samordnare <samordnare@malmo.se> napisał(a):"),
        ("نعم", "في ٢ ديسمبر ٢٠١٩ ١٠:١٤ كتب Samordnare <samordnare@malmo.se>:"),
        ("Haa", "Isn, Dis 2, 2019 at 10:14 Samordnare <samordnare@malmo.se> ayaa qoray:"),
    ],
)
def test_one_word_reply_right_above_the_attribution_survives(reply: str, header: str) -> None:
    assert text_above_quote(f"{reply}\n{header}\n\n{SURVEY}") == reply
    assert own(f"{reply}\n{header}\n{QUOTED}") == reply


def test_one_word_reply_above_a_quoted_apple_attribution() -> None:
    text = "Ja\n> 2 dec. 2019 kl. 10:14 skrev Samordnare <samordnare@malmo.se>:\n>\n" + QUOTED
    assert text_above_quote(text) == "Ja"


def test_bottom_posted_reply_is_the_text_under_the_quote() -> None:
    text = f"Den 2 dec. 2019 kl. 10:14 skrev {ADDR}:\n{QUOTED}\n\nJa, vi är en kör.\n"
    assert text_above_quote(text) == "Ja, vi är en kör."


# --- an attribution with the original's first line glued on after its colon (unseen43) -------

@pytest.mark.parametrize("header", [
    # Yahoo's phone app: the original, unquoted, starts on the attribution's own line
    "  Den mån, 2 dec, 2019 kl. 10:14, Samordnare<samordnare@malmo.se> skrev:   Hej!",
    "On Monday, December 2, 2019, 10:14:22 AM GMT+1, Samordnare <samordnare@malmo.se> wrote: Hej!",
    "W dniu pon., 2 gru 2019 o 10:14 Samordnare <samordnare@malmo.se> napisał(a):  Hej!",
], ids=["sv yahoo", "en yahoo", "pl"])
def test_an_attribution_with_the_original_glued_on_ends_the_reply(header: str) -> None:
    survey = SURVEY.removeprefix("Hej!\n")
    text = f"{OWN}\n\nSkickat från Yahoo Mail för Android\n\n{header}\n{survey}\n"
    assert own(text) == OWN
    assert text_above_quote(text).startswith(OWN)


def test_numbered_answers_over_a_glued_attribution_are_read_once() -> None:
    # the original's own "1. ..." under it no longer competes with the answers' numbers
    text = ("hej\n\n1.vi är en kaffeförening i Rosengård\n2.JA\n3.vi har öppet hus för grannar"
            "\n4.hinder språk, möjlighet ungdomar\n\ntack\nYonas\n\n"
            "  Den mån, 2 dec, 2019 kl. 10:14, Samordnare<samordnare@malmo.se> skrev:   Hej!\n"
            f"{SURVEY.removeprefix('Hej!')}\n")
    ex = extract_answers(text, QUESTIONS)
    assert values(ex) == {"about": "vi är en kaffeförening i Rosengård",
                          "works_against_segregation": True,
                          "how": "vi har öppet hus för grannar",
                          "obstacles_opportunities": "hinder språk, möjlighet ungdomar"}
    assert codes(ex) == set()


@pytest.mark.parametrize("text", [
    # the verb and a date before a colon, but no address: the writer's own sentence
    "1. Vi skrev till kommunen den 2 dec 2019: vi vill ha en lokal.\n2. Ja",
    # an address and the verb, no date or time
    "1. Vår ordförande skrev till info@kor.se: vi söker fler sångare.\n2. Ja",
    # all three, but the verb is no attribution's (not right before the colon)
    "1. Den 2 dec 2019 skrev vi till info@malmo.se: vi vill ha en lokal.\n2. Ja",
])
def test_own_text_with_a_colon_after_the_verb_is_no_glued_attribution(text: str) -> None:
    assert own(text) == text


# --- sentences that look a little like headers stay ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "1. Vi träffas den 2 mars kl 18:00:\n- sy\n- laga mat\n2. Ja",
        "1. Som vi skrev den 2 mars:\nVi vill nå fler barn.\n2. Ja",
        "1. Vi är en kör.\n\nNamn: Anna Berg\nOrt: Malmö\nTelefon: 070-123 45 67\n\n2. Ja",
        "1. Vi är en kör.\n\n------- Fyll i nedan -------\n\n2. Ja",
        "1. Vi är en kör.\n\n--- Fråga 2 ---\nJa",
        "Fråga 1: Vi är en kör.\nFråga 2: Ja",
        "3. Läxhjälp: måndagar 17:30\nSpråkcafé: torsdagar 18:00\nKontakt: anna@kor.se",
    ],
)
def test_own_text_that_only_resembles_a_header_is_kept(text: str) -> None:
    assert own(text) == text


# --- header blocks --------------------------------------------------------------------------------

HEADER_BLOCKS = {
    "sv": "Från: {a}\nSkickat: den 2 december 2019 10:14\nTill: info@forening.se\n"
    "Ämne: Kartläggning",
    "en": "From: {a}\nSent: Monday, December 2, 2019 10:14 AM\nTo: info@club.org\nSubject: Survey",
    "da": "Fra: {a}\nSendt: 2. december 2019 10:14\nTil: info@forening.dk\nEmne: Kartläggning",
    "no": "Fra: {a}\nSendt: mandag 2. desember 2019 10:14\nTil: info@lag.no\nEmne: Kartläggning",
    "de": "Von: {a}\nGesendet: Montag, 2. Dezember 2019 10:14\nAn: info@verein.de\n"
    "Betreff: Umfrage",
    "fr": "De : {a}\nEnvoyé : lundi 2 décembre 2019 10:14\nÀ : info@asso.fr\nObjet : Enquête",
    "es": "De: {a}\nEnviado: lunes, 2 de diciembre de 2019 10:14\nPara: info@club.es\n"
    "Asunto: Encuesta",
    "nl": "Van: {a}\nVerzonden: maandag 2 december 2019 10:14\nAan: info@club.nl\n"
    "Onderwerp: Enquête",
    "pl": "Od: {a}\nWysłano: poniedziałek, 2 grudnia 2019 10:14\nDo: info@klub.pl\nTemat: Ankieta",
    "tr": "Kimden: {a}\nGönderildi: 2 Aralık 2019 Pazartesi 10:14\nKime: info@dernek.se\n"
    "Konu: Anket",
    "fi": "Lähettäjä: {a}\nLähetetty: maanantai 2. joulukuuta 2019 10.14\n"
    "Vastaanottaja: info@seura.fi\nAihe: Kysely",
    "ru": "От: {a}\nОтправлено: 2 декабря 2019 г. 10:14\nКому: info@klub.ru\nТема: Опрос",
    "bs": "Od: {a}\nPoslano: ponedjeljak, 2. decembra 2019. 10:14\nZa: info@udruzenje.ba\n"
    "Predmet: Anketa",
    "ar": "من: {a}\nتم الإرسال: الاثنين، ٢ ديسمبر ٢٠١٩ ١٠:١٤ ص\nإلى: info@jamia.se\n"
    "الموضوع: Kartläggning",
    "fa": "از: {a}\nارسال شده: دوشنبه، ۲ دسامبر ۲۰۱۹ ۱۰:۱۴\nبه: info@anjoman.se\n"
    "موضوع: Kartläggning",
    "vi": "Từ: {a}\nĐã gửi: Thứ Hai, 2 tháng 12, 2019 10:14\nĐến: info@hoi.vn\nChủ đề: Khảo sát",
    # a language the word table does not know: the shape alone (address, time, 4 fields)
    "hu": "Feladó: {a}\nElküldve: 2019. december 2. 10:14\nCímzett: info@egyesulet.hu\n"
    "Tárgy: Kérdőív",
    "bold html": "**Från:** {a}\n**Skickat:** den 2 december 2019 10:14\n**Till:** info@f.se\n"
    "**Ämne:** Kartläggning",
}


@pytest.mark.parametrize("block", HEADER_BLOCKS.values(), ids=HEADER_BLOCKS.keys())
def test_header_block_in_any_language_cuts_the_original(block: str) -> None:
    text = f"{OWN}\n\n{block.format(a=ADDR)}\n\n{SURVEY}\n"
    assert own(text) == OWN
    assert "Malmö stad" in split_reply(text).quoted


def test_header_block_under_outlook_underscores_and_without_address() -> None:
    block = "________________________________\nFra: Samordnare\nSendt: 2. december 2019 10:14"
    assert own(f"{OWN}\n\n{block}\nTil: Forening\nEmne: Kartläggning\n\n{SURVEY}") == OWN


def test_header_block_with_wrapped_sender() -> None:
    text = (
        f"{OWN}\n\n  *From:* samordnare@malmo.se [mailto:\n  samordnare@malmo.se]\n"
        "  *Sent:* Monday, December 2, 2019 10:14 AM\n  *To:* info@club.org\n\n" + SURVEY
    )
    assert own(text) == OWN


# --- separators and forwards ---------------------------------------------------------------------

ORIGINAL_SEPARATORS = [
    "-----Ursprungligt meddelande-----",
    "-----Original Message-----",
    "-----Oprindelig meddelelse-----",
    "-----Opprinnelig melding-----",
    "-----Ursprüngliche Nachricht-----",
    "-----Message d'origine-----",
    "-----Mensaje original-----",
    "-----Oorspronkelijk bericht-----",
    "-----Alkuperäinen viesti-----",
    "-----Oryginalna wiadomość-----",
    "-----Исходное сообщение-----",
    "-----Orijinal İleti-----",
    "-----الرسالة الأصلية-----",
    "-----پیام اصلی-----",
    "-----Izvorna poruka-----",
]


@pytest.mark.parametrize("sep", ORIGINAL_SEPARATORS)
def test_original_message_separator_without_header_block(sep: str) -> None:
    assert own(f"{OWN}\n\n{sep}\n\n{SURVEY}") == OWN


def test_dashed_line_with_an_attribution_inside() -> None:
    assert own(f"Ja\n\n---- Samordnare skrev ----\n\n{QUOTED}") == "Ja"
    assert own(f"Ja\n\n------Den 2019-12-02 10:14, Samordnare skrev-----\n\n{SURVEY}") == "Ja"


FORWARDS = {
    "gmail en": "---------- Forwarded message ---------\nFrom: {s}\n"
    "Date: Mon, Dec 2, 2019 at 10:14 AM"
    "\nSubject: Re: Kartläggning\nTo: {c}",
    "gmail sv": "---------- Vidarebefordrat meddelande ---------\nFrån: {s}\n"
    "Date: mån 2 dec. 2019 kl 10:14\nSubject: Sv: Kartläggning\nTo: {c}",
    "gmail de": "---------- Weitergeleitete Nachricht ---------\nVon: {s}\n"
    "Date: Mo., 2. Dez. 2019 um 10:14 Uhr\nSubject: AW: Kartläggning\nTo: {c}",
    "gmail pl": "---------- Wiadomość przekazana dalej ---------\nOd: {s}\n"
    "Date: pon., 2 gru 2019 o 10:14\nSubject: Re: Kartläggning\nTo: {c}",
    "gmail ar": "---------- الرسالة المُعاد توجيهها ---------\nمن: {s}\n"
    "Date: الاثنين، ٢ ديسمبر ٢٠١٩ في ١٠:١٤ ص\nSubject: Re: Kartläggning\nTo: {c}",
    "gmail fa": "---------- پیام بازارسال شده ---------\nاز: {s}\n"
    "Date: دوشنبه ۲ دسامبر ۲۰۱۹ ساعت ۱۰:۱۴\nSubject: Re: Kartläggning\nTo: {c}",
    "gmail tr": "---------- Yönlendirilen ileti ---------\nGönderen: {s}\n"
    "Date: 2 Ara 2019 Pzt, 10:14\nSubject: Ynt: Kartläggning\nTo: {c}",
    "thunderbird": "-------- Forwarded Message --------\nSubject: \tRe: Kartläggning\n"
    "Date: \tMon, 2 Dec 2019 10:14:00 +0100\nFrom: \t{s}\nTo: \t{c}",
    "apple sv": "Början på vidarebefordrat brev:\n\nFrån: {s}\nÄmne: Sv: Kartläggning\n"
    "Datum: 2 december 2019 10:14:00 CET\nTill: {c}",
    "apple en": "Begin forwarded message:\n\nFrom: {s}\nSubject: Re: Kartläggning\n"
    "Date: 2 December 2019 at 10:14:00 CET\nTo: {c}",
    "outlook da": "Fra: {s}\nSendt: 2. december 2019 10:14\nTil: {c}\nEmne: VS: Kartläggning",
    "outlook de": "Von: {s}\nGesendet: Montag, 2. Dezember 2019 10:14\nAn: {c}\n"
    "Betreff: WG: Kartläggning",
    "outlook sv": "________________________________\nFrån: {s}\nSkickat: den 2 december 2019 10:14"
    "\nTill: {c}\nÄmne: VB: Kartläggning",
}
KANSLI = "Kansliet <kansli@hyllieif.se>"


@pytest.mark.parametrize("block", FORWARDS.values(), ids=FORWARDS.keys())
def test_forward_in_any_language(block: str) -> None:
    answer = "1. Vi spelar fotboll.\n2. Ja"
    head = block.format(s=KANSLI, c="Samordnare <samordnare@malmo.se>")
    text = f"Hej, här kommer svaret från vår förening.\n\n{head}\n\n{answer}\n"
    reply = split_reply(text)
    assert reply.own == "Hej, här kommer svaret från vår förening."
    assert reply.forwarded == answer
    assert forwarded_sender(text) == KANSLI


def test_forwarded_sender_is_none_for_a_plain_reply() -> None:
    assert forwarded_sender(f"{OWN}\n\nDen 2 dec. 2019 kl 10:14 skrev {ADDR}:\n{QUOTED}") is None
    assert forwarded_sender(OWN) is None


# --- dates, times, labels ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "s",
    [
        "2 dec. 2019", "2019-12-02", "02.12.2019", "12/2/19", "December 2, 2019",
        "17-feb.-2015", "2 tháng 12, 2019", "٢ ديسمبر ٢٠١٩", "٠٢/١٢/٢٠١٩", "۲ دسامبر ۲۰۱۹",
        "2 grudnia 2019", "2 декабря 2019", "2 Aralık 2019", "2. joulukuuta 2019",
        "2 ታሕሳስ 2019", "2 Desembar 2019",
    ],
)
def test_dates_in_any_script(s: str) -> None:
    assert qh.has_date(s)


@pytest.mark.parametrize("s", ["2019", "vi är 12 st", "1. Ja", "version 2.5", "tel 070-1234567"])
def test_not_dates(s: str) -> None:
    assert not qh.has_date(s)


@pytest.mark.parametrize("s", ["10:14", "kl. 10.14", "١٠:١٤", "۱۰:۱۴", "10:14:00", "5:42 PM"])
def test_times_in_any_script(s: str) -> None:
    assert qh.has_time(s)


@pytest.mark.parametrize("s", ["2.12.2019", "kl 25:00", "1 500", "3.5 timmar"])
def test_not_times(s: str) -> None:
    assert not qh.has_time(s)


def test_label_lines_in_any_script() -> None:
    f = qh.label_line("تم الإرسال: الاثنين، ٢ ديسمبر ٢٠١٩")
    assert f is not None and (f.label, f.role) == ("تم الإرسال", "date")
    f = qh.label_line("**Kimden:** Anna <anna@x.se>")
    assert f is not None and (f.label, f.value, f.role) == ("Kimden", "Anna <anna@x.se>", "from")
    f = qh.label_line("Feladó: Anna")
    assert f is not None and (f.known, f.role) == (False, "")
    assert qh.label_line("Fråga 1: Ja") is None
    assert qh.label_line("https://malmo.se") is None


def test_word_table_covers_the_associations_languages() -> None:
    needed = {"sv", "en", "ar", "fa", "bs_hr_sr", "pl", "so", "tr", "ti", "da", "no", "de", "es",
              "fi", "ru", "vi", "nl", "fr"}
    assert needed <= set(qh.WORDS)
    for lang in needed:
        w = qh.WORDS[lang]
        assert w.wrote and w.from_ and w.date and w.months and w.forward, lang


# --- right-to-left text ------------------------------------------------------------------------


def test_right_to_left_answers_survive_unchanged() -> None:
    body = "1. \u200fنحن جمعية نسائية في روزنغورد.\n2. نعم، نعمل ضد العزل."
    text = f"{body}\n\nفي ٢ ديسمبر ٢٠١٩ ١٠:١٤ كتب Samordnare <samordnare@malmo.se>:\n{QUOTED}"
    assert own(text) == body  # marks inside the text stay, nothing is reordered


def test_direction_marks_are_stripped_at_the_edges_only() -> None:
    assert strip_direction_marks("\u200f\u202bنعم\u202c\u200e ") == "نعم"
    inner = "نعم \u200eMalmö\u200f ok"
    assert strip_direction_marks(inner) == inner
    assert normalize_ws("\u200f  نحن   جمعية \u200f") == "نحن جمعية"


# --- closings in the writer's language, a reply passed on -------------------------------------


@pytest.mark.parametrize(
    "closing",
    [
        "Pozdrawiam\nKasia",
        "Pozdrawiam Kasia",
        "Поздрав, Dragana",
        "Grüessli\nUrsula",
        "Mit freundlichen Grüßen\nBeat Müller, Präsident",
        "Cordialement,\nNadia",
        "Saludos\nAndrés Gómez",
        "Terveisin\nMatti",
        "Saygılarımla\nAyşe Yılmaz",
        "Med venlig hilsen\nSøren",
        "مع التحية\nعلي جبار",
        "با احترام\nمریم",
        "Trân trọng,\nLan",
        "Mahadsanid\nHodan",
        "የቐንየለይ / Tack\nYonas Tesfay\nEritreanska Föreningen Selam",
    ],
)
def test_closing_in_any_language_ends_the_last_answer(closing: str) -> None:
    body = "1. Vi är en kör.\n\n4. Vi behöver större lokal."
    assert own(f"{body}\n\n{closing}\n\n{ATTRIBUTIONS['sv gmail']}\n{QUOTED}") == body


def test_a_closing_word_inside_an_answer_stays() -> None:
    body = "1. Vi är en kör.\n\n4. Saludos från oss alla: vi behöver en större lokal."
    assert own(body) == body


def test_a_reply_passed_on_by_a_colleague_is_a_forward_without_forward_words() -> None:
    # Outlook keeps the passed-on mail's own subject ("RE: ..."), and that mail quotes the
    # survey in turn: the block is a forward whatever the note above says.
    text = (
        "Hej,\n\nhär kommer Youssefs svar för Atlas.\n\nNadia Benali\n\n"
        "De : Youssef El Amrani <y.elamrani@hotmail.fr>\nEnvoyé : samedi 25 janvier 2020 23:12\n"
        "À : atlas.malmo@outlook.com\nObjet : RE: Kartläggning\n\n"
        "1. Atlas är en förening för marockaner.\n\n2. Oui\n\n"
        "-------- Message d'origine --------\n"
        f"De : {ADDR}\nDate : 02/12/2019 10:14 (GMT+01:00)\nÀ : atlas.malmo@outlook.com\n"
        f"Objet : Kartläggning\n\n{SURVEY}"
    )
    reply = split_reply(text)
    assert reply.forwarded is not None
    assert reply.forwarded.startswith("1. Atlas är en förening för marockaner.")
    assert forwarded_sender(text) == "Youssef El Amrani <y.elamrani@hotmail.fr>"


def test_a_quoted_reply_subject_without_an_older_quote_is_not_a_forward() -> None:
    text = (
        f"{OWN}\n\nFrån: {ADDR}\nSkickat: den 7 januari 2020 14:05\nTill: info@kor.se\n"
        "Ämne: SV: Kartläggning\n\nTack för era svar! Fråga 2 saknas."
    )
    reply = split_reply(text)
    assert reply.own == OWN
    assert reply.forwarded is None


def test_a_back_and_forth_is_not_a_forward() -> None:
    # The coordinator's "SV:" quotes the association's own earlier mail: its recipient wrote
    # the older mail, so nothing is passed on.
    text = (
        "Vi har startat en samtalsgrupp för äldre.\n\n"
        f"Från: {ADDR}\nSkickat: den 7 januari 2020 14:05\nTill: info@kor.se\n"
        "Ämne: SV: Kartläggning\n\nKan ni utveckla fråga 3?\n\n"
        "Från: Kören <info@kor.se>\nSkickat: den 3 januari 2020 09:00\n"
        "Till: samordnare@malmo.se\nÄmne: SV: Kartläggning\n\n1. Vi är en kör.\n2. Ja"
    )
    reply = split_reply(text)
    assert reply.own == "Vi har startat en samtalsgrupp för äldre."
    assert reply.forwarded is None
    assert forwarded_sender(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "1. Vi är en kör.\nKontakt: anna@kor.se\nTelefon: 040-12 34 56\nÖvningar: tisdagar 18:30"
        "\n\n2. Ja",
        "1. Vi är en kör.\n\nTill: alla medlemmar\nDatum: 12 mars\n\n2. Ja",
        "1. Vi är en kör.\nNamn: Anna Berg\nE-post: anna@kor.se\n\n2. Ja",
    ],
)
def test_label_lines_in_an_answer_are_not_a_header_block(text: str) -> None:
    assert own(text) == text


@pytest.mark.parametrize(
    "reply",
    ["Thanks,\nAlex", "Ja, kl 18:00 passar oss.", "Ja, kl 18:00 passar", "Hälsningar\nAnna 2019"],
)
def test_own_lines_right_above_an_attribution_are_not_part_of_it(reply: str) -> None:
    text = f"{reply}\nOn 26.06.2014 14:41, Samordnare wrote:\n\n{QUOTED}"
    assert text_above_quote(text) == reply


def test_a_subject_that_wraps_still_belongs_to_the_header():
    ex = extract(
        "Hej\n\n1. Vi är en kör i Malmö.\n2. Ja\n3. Vi sjunger på fyra språk.\n"
        "4. Lokalen är dyr.\n\nMaja\n\nFrån: Samordnare <samordnare@malmo.se>\n"
        "Skickat: den 2 december 2019 09:14\nÄmne: Kartläggning: civilsamhällets arbete mot\n"
        "segregation i Malmö\n")
    assert values(ex)["obstacles_opportunities"] == "Lokalen är dyr."
    assert codes(ex) == set()


# --- a reply written under an original that opens the mail unquoted ---------------------------

SV_BLOCK = (f"Från: {ADDR}\nSkickat: den 2 december 2019 10:14\nTill: kansli@kfum.se\n"
            "Ämne: Kartläggning")
EN_BLOCK = (f"From: {ADDR}\nSent: Monday, December 2, 2019 10:14 AM\nTo: info@club.se\n"
            "Subject: Survey")
BELOW = ("Hejsan\n\n1. Vi är en fritidsgård för unga i Lindängen.\n\n2. Ja\n\n"
         "3. Vi blandar skolor på våra läger.\n\n4. Hinder är pengar, möjligheter är ledarna.")


@pytest.mark.parametrize("block", [SV_BLOCK, EN_BLOCK, f"-----Original Message-----\n{EN_BLOCK}"],
                         ids=["sv header", "en header", "separator"])
def test_reply_under_an_original_that_opens_the_mail(block: str) -> None:
    # Outlook set to answer below the original: the header block on the first line, no ">",
    # the original's closing and name, then the writer's own text
    text = f"{block}\n\n{SURVEY}\n\n{BELOW}\n\nHälsningar\nLena\n"
    assert own(text).startswith("Hejsan\n\n1. Vi är en fritidsgård")
    assert own(text).endswith("möjligheter är ledarna.")
    assert text_above_quote(text).startswith("Hejsan")
    ex = extract(text)
    assert values(ex) == {
        "about": "Vi är en fritidsgård för unga i Lindängen.",
        "works_against_segregation": True,
        "how": "Vi blandar skolor på våra läger.",
        "obstacles_opportunities": "Hinder är pengar, möjligheter är ledarna.",
    }


def test_original_alone_under_its_header_block_leaves_no_own_text() -> None:
    assert own(f"{SV_BLOCK}\n\n{SURVEY}\n") == ""


def test_a_closing_without_a_name_under_it_does_not_end_the_original() -> None:
    # "Tack på förhand!" alone is the original's thanks, not its sign: the text under it is
    # still the coordinator's
    survey = SURVEY.replace("Med vänliga hälsningar\nSamordnare\nMalmö stad",
                            "Tack på förhand!\n\nSkicka svaren senast 31 januari.")
    assert own(f"{EN_BLOCK}\n\n{survey}\n") == ""


def test_reply_under_the_original_stops_at_an_older_message() -> None:
    older = f"From: Kansli <info@club.se>\nSent: 1 December 2019 09:00\nTo: {ADDR}\nSubject: Fråga"
    text = f"{EN_BLOCK}\n\n{SURVEY}\n\nWe are a youth club in Lindängen.\n\n{older}\n\nOld text."
    assert own(text) == "We are a youth club in Lindängen."


# --- a header block of labels we have no words for, its day written with a suffix ------------

@pytest.mark.parametrize("block", [
    # Welsh "2il" (2nd), Kurmanji "2yê", English "2nd": the day glued to its ending
    f"Oddi wrth: {ADDR}\nAnfonwyd: dydd Llun, 2il Rhagfyr 2019 10:14\nAt: info@club.se\n"
    "Pwnc: Kartläggning",
    f"Ji: {ADDR}\nŞandin: Duşem, 2yê Kanûnê 2019 10:14\nBo: info@club.se\nMijar: Kartläggning",
    f"Avsändare: {ADDR}\nSkickad: Monday, 2nd December 2019 10:14\nMottagare: info@club.se",
], ids=["cy", "kmr", "en suffix"])
def test_header_block_with_a_day_suffix_is_found_by_shape(block: str) -> None:
    text = f"{OWN}\n\n{block}\n\n{SURVEY}\n"
    assert own(text) == OWN
    assert text_above_quote(text) == OWN


def test_label_lines_with_a_suffixed_day_but_no_address_stay_own_text() -> None:
    # the shape needs an address too: a club's own "Label: value" lines are no header block
    text = "Träningar: tisdagar 18:30\nStartade: 2nd March 2019 18:00\nPlats: Kroksbäcksskolan"
    assert own(text) == text


# --- an original opening the mail unquoted, the questions ">"-quoted with answers under each --

def _inline_under_header(separator: str, labels: tuple[str, str, str], sign_off: str,
                         answers: list[str]) -> str:
    """A mail that opens with the original's separator and header block (LABELS: from, sent,
    subject), its questions ">"-quoted with ANSWERS typed under each, then SIGN_OFF."""
    from_, sent, subject = labels
    head = (f"{separator}\n{from_}: {ADDR}\n{sent}: 2 december 2019 10:14\n"
            f"{subject}: Kartläggning\n\n")
    qs = [ln for ln in SURVEY.splitlines() if ln[:1].isdigit()]
    parts = [f"> {q}\n\n{a}\n" for q, a in zip(qs, answers, strict=True)]
    return head + "\n".join(parts) + f"\n{sign_off}\n"


ANSWERS_SV = ["Vi är en syförening i Oxie med 20 medlemmar.", "nej inte egentligen",
              "Vi har inte sett det som vår uppgift i en liten by.",
              "Bussarna är dåliga. En möjlighet vore fler besök."]


@pytest.mark.parametrize("body", [
    _inline_under_header("-----Ursprungligt meddelande-----", ("Från", "Skickat", "Ämne"),
                         "Hälsningar Kjell, Syföreningen", ANSWERS_SV),
    _inline_under_header("-----Original Message-----", ("From", "Sent", "Subject"),
                         "Regards, Kjell", ANSWERS_SV),
])
def test_answers_under_quoted_questions_below_an_unquoted_header_block(body):
    v = values(extract_answers(body, QUESTIONS))
    assert v == {"about": ANSWERS_SV[0], "works_against_segregation": False,
                 "how": ANSWERS_SV[2], "obstacles_opportunities": ANSWERS_SV[3]}


def test_own_text_above_the_header_block_is_still_the_reply():
    # a top-posted reply over an Outlook original: the text above is read, not the quote
    body = ("1. Vi är en kör i Husie.\n2. Ja\n3. Vi sjunger på äldreboenden.\n4. Lokalen.\n\n"
            "Hälsningar Eva\n\n"
            + _inline_under_header("-----Ursprungligt meddelande-----",
                                   ("Från", "Skickat", "Ämne"), "", ANSWERS_SV))
    v = values(extract_answers(body, QUESTIONS))
    assert v["about"] == "Vi är en kör i Husie."
    assert v["obstacles_opportunities"] == "Lokalen."


# --- under the whole quote, own headings one of which restates a question (unseen53) --------

@pytest.mark.parametrize(("h1", "h2", "h3", "h4"), [
    ("Vilka är vi?", "Arbetar vi för att motverka segregation?", "Hur?",
     "Hinder och möjligheter?"),
    ("Om oss", "Arbetar vi mot segregation?", "Hur då?", "Hinder och möjligheter"),
    ("Who are we?", "Do we work against segregation?", "How?", "Obstacles and opportunities?"),
])
def test_own_headings_under_the_whole_quote_are_read_as_headings(h1, h2, h3, h4) -> None:
    # the restated second heading matched the quoted original too, and alone it had the
    # paragraphs under it read by position
    body = (f"{h1}\nOxie Scoutkår har 85 scouter och 20 ledare.\n\n{h2}\nJa.\n\n"
            f"{h3}\nVi har en avdelning på Lindängen och gemensamma läger.\n\n"
            f"{h4}\nHinder: få ledare. Möjligheter: ett färdigt program.\n\nMed scouthälsning\n"
            "Karin Bengtsson")
    ex = extract_answers(f"Den 2 dec. 2019 kl. 10:14 skrev {ADDR}:\n{QUOTED}\n\nHej!\n\n{body}\n",
                         QUESTIONS)
    assert values(ex) == {
        "about": "Oxie Scoutkår har 85 scouter och 20 ledare.",
        "works_against_segregation": True,
        "how": "Vi har en avdelning på Lindängen och gemensamma läger.",
        "obstacles_opportunities": "Hinder: få ledare. Möjligheter: ett färdigt program."}
    assert "by_position" not in codes(ex)


# --- a header block of unknown labels whose month name is two words (unseen63) --------------

@pytest.mark.parametrize("block", [
    # Sorani "کانوونی یەکەم", Arabic "كانون الأول": December written in two words
    f"لە: {ADDR}\nنێردرا: دووشەممە، 2ی کانوونی یەکەم 2019 10:14\nبۆ: info@club.se\n"
    "بابەت: Kartläggning",
    f"من: {ADDR}\nأرسل: الاثنين، 2 كانون الأول 2019 10:14\nإلى: info@club.se\n"
    "الموضوع: Kartläggning",
], ids=["ckb", "ar-levant"])
def test_header_block_with_a_two_word_month_is_found_by_shape(block: str) -> None:
    text = f"{OWN}\n\n{block}\n\n{SURVEY}\n"
    assert own(text) == OWN


@pytest.mark.parametrize("s", ["Vi har 3 grupper sedan 2019", "We have 3 teams since 2019",
                               "Vi startade 5 nya grupper 2019 och 18:30 är träningen"])
def test_day_two_words_and_a_year_in_prose_is_no_date(s: str) -> None:
    # a two-word month only counts in a stamp with its time right after the year
    assert not qh.has_date(s)


def test_two_word_month_stamp_is_a_date() -> None:
    assert qh.has_date("måndag, 2ی کانوونی یەکەم 2019 10:14")
    assert qh.has_date("Monday, 2 كانون الأول 2019, 10:14")


# --- answers typed into the original, its own paragraph to the reader under the last question --

TYPED_IN = ["Vi är en syförening i Oxie med 20 medlemmar.", "Nej",
            "Vi har inte sett det som vår uppgift i en liten by.",
            "Bussarna är dåliga. En möjlighet vore fler besök."]


def _typed_into(closing: str, answers: list[str]) -> str:
    qs = [ln for ln in SURVEY.splitlines() if ln[:1].isdigit()]
    parts = "\n\n".join(f"{q}\n\n{a}" for q, a in zip(qs, answers, strict=True))
    return (f"Hej! Vi har skrivit svaren i ert mejl nedan.\n\n-----Original Message-----\n"
            f"Från: {ADDR}\nSkickat: den 2 december 2019 10:14\nTill: info@club.se\n"
            f"Ämne: Kartläggning\n\nHej!\n\n{parts}\n\n{closing}\n\nMed vänliga hälsningar\n"
            "Samordnare\n")


@pytest.mark.parametrize("closing", [
    "Om ni hellre vill berätta muntligt går det bra att boka en intervju med oss.",
    "If you would rather tell us in person, you are welcome to book an interview with us.",
])
def test_the_originals_paragraph_to_the_reader_under_the_last_answer_is_no_doubt(closing):
    ex = extract_answers(_typed_into(closing, TYPED_IN), QUESTIONS)
    assert values(ex)["obstacles_opportunities"] == TYPED_IN[3]
    assert "answers_in_quote_confirmed" in ex.flags
    assert "answers_in_quote" not in codes(ex)


def test_a_second_paragraph_of_the_writers_own_under_the_last_answer_stays_a_doubt():
    # said of the association, not to the reader: it may be more of the answer
    ex = extract_answers(_typed_into("Vi har också en kör som sjunger på fester.",
                                     TYPED_IN), QUESTIONS)
    assert "answers_in_quote" in ex.flags


@pytest.mark.parametrize("closing", ["Stort tack för hjälpen!", "Tusen tack!", "Many thanks!"])
def test_a_stronger_thanks_under_the_last_typed_answer_is_the_closing(closing):
    ex = extract_answers(_typed_into(closing, TYPED_IN), QUESTIONS)
    assert values(ex)["obstacles_opportunities"] == TYPED_IN[3]
    assert "answers_in_quote" not in codes(ex)


@pytest.mark.parametrize("note", [
    "Hej\n\nVi har läst frågorna i ert mejl. Det är svårt för oss att skriva på svenska. "
    "Kan vi träffas istället och berätta?",
    "Hi\n\nWe have read the questions in your mail below. Writing is hard for us. Could we "
    "meet instead and tell you?",
])
def test_a_pointer_into_the_original_that_holds_no_typed_answer_is_no_doubt(note):
    # "i ert mejl" / "below" points into a quote holding the survey's questions alone
    ex = extract_answers(f"{note}\n\n-----Original Message-----\nFrån: {ADDR}\n"
                         f"Skickat: den 2 december 2019 10:14\nÄmne: Kartläggning\n\n{SURVEY}\n",
                         QUESTIONS)
    assert ex.wants_interview
    assert "answers_in_quote" not in ex.flags
    assert all(v is None for v in values(ex).values())
