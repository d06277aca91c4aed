"""The shapes of quote headers, in any language.

Mail clients write the line or block above a quoted original in their own language:
"Den 2 dec. 2019 kl. 10:14 skrev X <x@y>:", "W dniu 28 stycznia 2015 01:53 użytkownik X
napisał:", "في ٢ ديسمبر ٢٠١٩ ١٠:١٤ كتب X:", "Fra: / Sendt: / Til: / Emne:". We recognise
them by shape: a date or a time, a name or an address, a colon at the end, "Label: value"
lines. Words are used only to break ties (a header without an address, a separator line
without a header block under it, whether a block is a forward) and live in ONE table,
`WORDS`, one entry per language.

Everything here reads one line or a few lines; `parsers.quotes` decides where a reply ends.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from .text import DIRECTION_MARKS, short_cache

# --- the tie-breaker table ----------------------------------------------------------------------


@dataclass(frozen=True)
class Words:
    wrote: tuple[str, ...] = ()  # the verb of an attribution line ("skrev", "a écrit")
    from_: tuple[str, ...] = ()  # header label of the sender
    date: tuple[str, ...] = ()  # header label of the date ("Skickat", "Datum")
    to: tuple[str, ...] = ()  # header label of the recipient
    other: tuple[str, ...] = ()  # other header labels (cc, subject)
    original: tuple[str, ...] = ()  # "-----Original Message-----"
    forward: tuple[str, ...] = ()  # words saying a message is forwarded
    fwd_prefix: tuple[str, ...] = ()  # forward subject prefixes ("VB", "Fwd")
    reply_prefix: tuple[str, ...] = ()  # reply subject prefixes ("SV", "AW")
    closing: tuple[str, ...] = ()  # closing greetings that may stand above a name
    months: tuple[str, ...] = ()  # month names and the clients' abbreviations


# Sources: the clients' own locale strings (Gmail, Outlook desktop/web, Apple Mail/iOS,
# Android/Samsung, Thunderbird) as they appear in mail. Abbreviations without their dot.
WORDS: dict[str, Words] = {
    "sv": Words(
        wrote=("skrev", "skriver"),
        from_=("från",),
        date=("skickat", "datum", "skickades"),
        to=("till",),
        other=("kopia", "ämne", "hemlig kopia", "svara till", "organisation"),
        original=("ursprungligt meddelande", "originalmeddelande", "ursprungligt e-postmeddelande",
                  "original meddelande"),
        forward=("vidarebefordrat", "vidarebefordrade", "vidarebefordrat meddelande",
                 "början på vidarebefordrat meddelande"),
        fwd_prefix=("vb",),
        months=("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                "september", "oktober", "november", "december", "jan", "feb", "mar", "apr",
                "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec"),
        reply_prefix=("sv", "svar"),
    ),
    "en": Words(
        wrote=("wrote", "writes", "sent"),
        from_=("from",),
        date=("sent", "date"),
        to=("to",),
        other=("cc", "bcc", "subject", "reply-to", "organization"),
        original=("original message", "reply message"),
        forward=("forwarded message", "begin forwarded message", "forwarded"),
        fwd_prefix=("fw", "fwd"),
        months=("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
        reply_prefix=("re",),
        closing=("regards", "best regards", "kind regards", "best wishes", "cheers"),
    ),
    "da": Words(
        wrote=("skrev",),
        from_=("fra",),
        date=("sendt", "dato"),
        to=("til",),
        other=("cc", "emne"),
        original=("oprindelig meddelelse", "original meddelelse"),
        forward=("videresendt meddelelse", "videresendt besked", "start på videresendt besked",
                 "videresendt"),
        fwd_prefix=("vs", "vidr"),
        months=("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
                "september", "oktober", "november", "december", "okt"),
        reply_prefix=("sv",),
        closing=("hilsen", "venlig hilsen", "med venlig hilsen", "mvh", "kh"),
    ),
    "no": Words(
        wrote=("skrev", "skreiv", "skrev følgende"),
        from_=("fra",),
        date=("sendt", "dato"),
        to=("til",),
        other=("kopi", "emne"),
        original=("opprinnelig melding", "originalmelding", "opprinnelig e-post"),
        forward=("videresendt melding", "videresendt e-post", "begynnelse på videresendt melding",
                 "videresendt"),
        fwd_prefix=("vs", "vb"),
        months=("januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
                "september", "oktober", "november", "desember", "des"),
        reply_prefix=("sv",),
        closing=("hilsen", "vennlig hilsen", "med vennlig hilsen", "mvh", "beste hilsen"),
    ),
    "de": Words(
        wrote=("schrieb", "geschrieben"),
        from_=("von",),
        date=("gesendet", "datum"),
        to=("an",),
        other=("cc", "betreff"),
        original=("ursprüngliche nachricht", "antwort nachricht", "original-nachricht",
                  "originalnachricht"),
        forward=("weitergeleitete nachricht", "anfang der weitergeleiteten nachricht",
                 "weitergeleitet"),
        fwd_prefix=("wg", "fw", "wtrlt"),
        months=("januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august",
                "september", "oktober", "november", "dezember", "mär", "mrz", "okt", "dez"),
        reply_prefix=("aw", "antw"),
        closing=(
            "grüße", "grüsse", "viele grüße", "liebe grüße", "mit freundlichen grüßen",
            "freundliche grüsse", "beste grüße", "lg", "mfg", "grüessli", "gruß", "gruss",
        ),
    ),
    "nl": Words(
        wrote=("schreef", "geschreven"),
        from_=("van",),
        date=("verzonden", "datum"),
        to=("aan",),
        other=("cc", "onderwerp"),
        original=("oorspronkelijk bericht", "origineel bericht"),
        forward=("doorgestuurd bericht", "begin doorgestuurd bericht", "doorgestuurd"),
        fwd_prefix=("fw", "fwd", "doorst"),
        months=("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                "september", "oktober", "november", "december", "mrt", "okt"),
        reply_prefix=("antw", "re"),
        closing=("groeten", "met vriendelijke groet", "vriendelijke groeten", "groetjes", "mvg"),
    ),
    "fr": Words(
        wrote=("a écrit", "écrit"),
        from_=("de", "expéditeur"),
        date=("envoyé", "date"),
        to=("à", "a", "destinataire"),
        other=("cc", "objet"),
        original=("message d'origine", "message original", "message d’origine"),
        forward=("message transféré", "début du message réexpédié", "début du message transféré",
                 "transféré", "réexpédié"),
        fwd_prefix=("tr", "fwd"),
        months=("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                "septembre", "octobre", "novembre", "décembre", "janv", "févr", "avr", "juil",
                "déc"),
        reply_prefix=("re", "rép"),
        closing=(
            "cordialement", "bien cordialement", "amitiés", "bien à vous", "bises",
            "salutations",
        ),
    ),
    "es": Words(
        wrote=("escribió",),
        from_=("de",),
        date=("enviado", "fecha", "enviado el"),
        to=("para",),
        other=("cc", "asunto"),
        original=("mensaje original",),
        forward=("mensaje reenviado", "inicio del mensaje reenviado", "reenviado"),
        fwd_prefix=("rv", "reenv"),
        months=("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                "septiembre", "setiembre", "octubre", "noviembre", "diciembre", "ene", "abr",
                "ago", "dic"),
        reply_prefix=("re",),
        closing=("saludos", "un saludo", "atentamente", "abrazos", "un abrazo", "cordialmente"),
    ),
    "fi": Words(
        wrote=("kirjoitti",),
        from_=("lähettäjä",),
        date=("lähetetty", "päivämäärä"),
        to=("vastaanottaja",),
        other=("kopio", "aihe"),
        original=("alkuperäinen viesti",),
        forward=("välitetty viesti", "edelleenlähetetty viesti", "välitetty"),
        fwd_prefix=("vl",),
        months=("tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta",
                "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta",
                "joulukuuta", "tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu",
                "kesäkuu", "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"),
        reply_prefix=("vs",),
        closing=("terveisin", "ystävällisin terveisin", "parhain terveisin", "t"),
    ),
    "pl": Words(
        wrote=("napisał", "napisała", "napisał(a)", "pisze"),
        from_=("od", "nadawca"),
        date=("wysłano", "wysłane", "data"),
        to=("do", "adresat"),
        other=("dw", "temat"),
        original=("oryginalna wiadomość", "wiadomość oryginalna"),
        forward=("wiadomość przekazana dalej", "przekazana wiadomość", "przekazana dalej"),
        fwd_prefix=("pd", "fwd"),
        months=("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
                "sierpnia", "września", "października", "listopada", "grudnia", "styczeń",
                "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień",
                "wrzesień", "październik", "listopad", "grudzień", "sty", "lut", "kwi", "cze",
                "lip", "sie", "wrz", "paź", "lis", "gru"),
        reply_prefix=("odp", "re"),
        closing=("pozdrawiam", "pozdrowienia", "z poważaniem", "serdecznie pozdrawiam"),
    ),
    "ru": Words(
        wrote=("написал", "написала", "написал(а)", "пишет"),
        from_=("от",),
        date=("отправлено", "дата"),
        to=("кому",),
        other=("копия", "тема"),
        original=("исходное сообщение", "оригинальное сообщение"),
        forward=("пересылаемое сообщение", "пересланное сообщение",
                 "начало переадресованного сообщения"),
        fwd_prefix=("пересл",),
        months=("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                "сентября", "октября", "ноября", "декабря", "янв", "фев", "мар", "апр", "июн",
                "июл", "авг", "сен", "сент", "окт", "ноя", "дек"),
        reply_prefix=("отв", "re"),
        closing=("с уважением", "всего доброго", "с наилучшими пожеланиями", "спасибо"),
    ),
    "bs_hr_sr": Words(
        wrote=("napisao", "napisala", "je napisao", "je napisala", "написао", "написала",
               "napisao/la"),
        from_=("od", "šalje", "pošiljalac", "pošiljatelj", "од"),
        date=("poslano", "poslato", "datum", "послато", "датум"),
        to=("za", "prima", "за"),
        other=("kopija", "predmet", "naslov", "предмет"),
        original=("izvorna poruka", "originalna poruka", "оригинална порука"),
        forward=("proslijeđena poruka", "prosleđena poruka", "proslijeđeno", "prosleđeno",
                 "прослеђена порука"),
        fwd_prefix=("fw", "fwd", "pr"),
        months=("januar", "januara", "februar", "februara", "mart", "marta", "april", "aprila",
                "maj", "maja", "juni", "juna", "jun", "juli", "jula", "jul", "august", "augusta",
                "avgust", "avgusta", "septembar", "septembra", "oktobar", "oktobra", "novembar",
                "novembra", "decembar", "decembra", "siječnja", "veljače", "ožujka", "travnja",
                "svibnja", "lipnja", "srpnja", "kolovoza", "rujna", "listopada", "studenoga",
                "studenog", "prosinca", "siječanj", "veljača", "ožujak", "travanj", "svibanj",
                "lipanj", "srpanj", "kolovoz", "rujan", "listopad", "studeni", "prosinac",
                "јануар", "фебруар", "март", "април", "мај", "јун", "јул", "август", "септембар",
                "октобар", "новембар", "децембар"),
        reply_prefix=("odg", "odgovor", "одг"),
        closing=(
            "pozdrav", "srdačan pozdrav", "lijep pozdrav", "lep pozdrav", "s poštovanjem",
            "поздрав", "срдачан поздрав",
        ),
    ),
    "tr": Words(
        wrote=("yazdı",),
        from_=("kimden", "gönderen"),
        date=("gönderildi", "gönderilme", "tarih", "gönderilme tarihi"),
        to=("kime", "alıcı"),
        other=("bilgi", "konu"),
        original=("orijinal ileti", "özgün ileti", "orijinal mesaj"),
        forward=("iletilen ileti", "iletilmiş ileti", "yönlendirilen ileti", "iletilmiş mesaj",
                 "iletilen mesaj"),
        fwd_prefix=("ilt", "ilet", "fw"),
        months=("ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos",
                "eylül", "ekim", "kasım", "aralık", "oca", "şub", "nis", "haz", "tem", "ağu",
                "eyl", "eki", "kas", "ara"),
        reply_prefix=("ynt", "yanıt", "cvp"),
        closing=("saygılarımla", "selamlar", "sevgiler", "iyi çalışmalar", "saygılar"),
    ),
    "vi": Words(
        wrote=("đã viết", "viết"),
        from_=("từ", "người gửi"),
        date=("đã gửi", "ngày", "gửi"),
        to=("đến", "tới"),
        other=("chủ đề", "cc"),
        original=("thư gốc", "tin nhắn gốc"),
        forward=("thư được chuyển tiếp", "tin nhắn đã chuyển tiếp", "chuyển tiếp"),
        fwd_prefix=("fwd", "chuyển tiếp"),
        months=("tháng",),  # "8 tháng 6, 2017": the month is a number after "tháng"
        reply_prefix=("trả lời", "tl"),
        closing=("trân trọng", "thân ái", "thân mến", "kính thư"),
    ),
    "ar": Words(
        wrote=("كتب", "كتبت", "كتب:"),
        from_=("من", "المرسل"),
        date=("تم الإرسال", "أرسل", "أُرسل", "التاريخ", "إرسال"),
        to=("إلى", "الى"),
        other=("نسخة", "الموضوع", "نسخة إلى"),
        original=("الرسالة الأصلية",),
        forward=("رسالة معاد توجيهها", "المعاد توجيهها", "الرسالة المعاد توجيهها",
                 "بداية الرسالة المعاد توجيهها", "إعادة توجيه", "معاد توجيهها"),
        fwd_prefix=("إعادة توجيه", "توجيه"),  # Outlook: "إعادة توجيه: ..."
        months=("يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يوليو",
                "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر", "كانون الثاني", "شباط", "آذار",
                "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
                "تشرين الثاني", "كانون الأول"),
        reply_prefix=("رد",),
        closing=("مع التحية", "مع تحياتي", "تحياتي", "مع خالص التحية", "شكرا", "شكراً", "وشكرا"),
    ),
    "fa": Words(
        wrote=("نوشت", "نوشته"),
        from_=("از", "فرستنده"),
        date=("ارسال شده", "فرستاده شده", "تاریخ", "ارسال"),
        to=("به", "گیرنده"),
        other=("رونوشت", "موضوع"),
        original=("پیام اصلی", "پیام اولیه"),
        forward=("پیام بازارسال شده", "پیام هدایت‌شده", "پیام هدایت شده", "بازارسال",
                 "پیام ارسال مجدد شده"),
        fwd_prefix=("باز",),
        months=("ژانویه", "ژانویهٔ", "فوریه", "مارس", "آوریل", "مه", "می", "ژوئن", "ژوئیه",
                "ژوئیهٔ", "اوت", "آگوست", "سپتامبر", "اکتبر", "نوامبر", "دسامبر", "فروردین",
                "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی",
                "بهمن", "اسفند"),
        reply_prefix=("پاسخ",),
        closing=("با احترام", "با سپاس", "سپاس", "ممنون", "با تشکر", "قربان شما"),
    ),
    "so": Words(
        wrote=("qoray", "ayaa qoray", "wuxuu qoray", "waxay qortay"),
        from_=("ka", "laga", "ka yimid", "diraha"),
        date=("taariikh", "taariikhda", "la diray", "diray"),
        to=("ku", "loo"),
        other=("mawduuc", "mawduuca", "ujeeddo", "cinwaan"),
        original=("fariinta asalka ah", "farriinta asalka ah"),
        forward=("fariin la gudbiyay", "fariin la soo gudbiyay", "la gudbiyay",
                 "farriin la gudbiyey"),
        fwd_prefix=("fwd",),
        months=("janaayo", "jannaayo", "febraayo", "feberwari", "maarso", "abriil", "maajo",
                "juun", "luuliyo", "luulyo", "ogost", "agoosto", "sebtember", "sibtambar",
                "oktoobar", "nofembar", "noofambar", "desembar", "diseembar", "bisha"),
        reply_prefix=(),
        closing=("mahadsanid", "mahadsanidiin", "nabadgelyo", "salaan", "salaamo"),
    ),
    "ti": Words(
        wrote=("ጸሓፈ", "ጸሓፈት", "ጽሒፉ", "ጽሒፋ"),
        from_=("ካብ", "ሰዳዲ"),
        date=("ዝተላእከ", "ዕለት", "ተላኢኹ"),
        to=("ናብ",),
        other=("ኣርእስቲ", "ቅዳሕ"),
        original=("ናይ መጀመርታ መልእኽቲ", "ኦሪጂናል መልእኽቲ"),
        forward=("ዝተሰደደ መልእኽቲ", "ዝተመሓላለፈ መልእኽቲ", "ዝተመሓላለፈ"),
        months=("ጥሪ", "ለካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰነ", "ሓምለ", "ነሓሰ", "መስከረም",
                "ጥቅምቲ", "ሕዳር", "ታሕሳስ"),
        reply_prefix=(),
        closing=("የቐንየለይ", "የቐንየልና", "ሰላምታ", "ብሰላም"),
    ),
}


def _alternation(words: set[str]) -> str:
    # longest first so "ursprungligt e-postmeddelande" wins over a shorter prefix
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _trie(words: set[str]) -> str:
    """The same words as `_alternation` (spaces as \\s+), written as a trie: "a(?:br(?:il)?|
    vril)" for "abr|abril|avril", behind a look-ahead for their first characters. It matches
    the very same strings, so where only whether a line holds one counts (a search's truth)
    it is the same test; sre tries a position with one branch per first character instead
    of one per word (~120 -> ~20 us for has_date's 321 month names on a line with a digit).
    Not for a pattern whose groups or match ends are read: which alternative wins differs."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + emit(sub)
                for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        return f"(?:{'|'.join(alts)})" + ("?" if "" in node else "")

    firsts = "".join(re.escape(c) for c in sorted({w[0] for w in words}))
    return f"(?=[{firsts}]){emit(root)}"


def _all(attr: str) -> set[str]:
    return {normalize(w) for ws in WORDS.values() for w in getattr(ws, attr)}


# `\b` does not work after "(a)" or before Arabic/Ethiopic combining marks: use look-arounds.
_B, _E = r"(?<![^\W\d_])", r"(?![^\W\d_])"


@functools.cache
def _rx(attr: str) -> re.Pattern[str]:
    # read only as a search's truth (has_wrote, says_forward, says_original): a trie
    return re.compile(f"{_B}{_trie(_all(attr))}{_E}", re.I)


@functools.cache
def _label_roles() -> dict[str, str]:
    """Known header label (lower case) -> "from", "date" or "other"; a label that is both
    ("De" is French "from", "Date" English "date") takes the first role."""
    roles: dict[str, str] = {}
    for attr, role in (("from_", "from"), ("date", "date"), ("to", "to"), ("other", "other")):
        for w in _all(attr):
            roles.setdefault(w.lower(), role)
    return roles


# --- characters ----------------------------------------------------------------------------------

# Arabic-Indic and Persian digits read as ASCII digits when we look for dates and times.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_BIDI = re.compile(f"[{DIRECTION_MARKS}]")


# Arabic short vowels and tatweel: optional in writing ("المُعاد" = "المعاد")
_HARAKAT = re.compile("[\u064b-\u0652\u0640]")


@functools.lru_cache(maxsize=65536)  # the splitter asks about the same lines many times
def normalize(line: str) -> str:
    """A line as we recognise it: no direction marks, ASCII digits, Arabic comma as comma,
    full-width colon as colon, no Arabic short vowels."""
    line = _HARAKAT.sub("", _BIDI.sub("", line))
    return line.translate(_DIGITS).replace("،", ",").replace("：", ":")


# --- dates, times, addresses --------------------------------------------------------------------

_TIME = re.compile(r"(?<![\d.:])(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?(?![.:]?\d)")
_NUMERIC_DATE = re.compile(
    r"(?<!\d)(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2}))(?!\d)"
)
# A date by shape in a language whose month names the table lacks: a day, one word, a year
# ("2 dicembre 2019", "2 Δεκεμβρίου 2019", "13 janar 2020"), or year 年 month 月 day 日 / the
# Korean 년 월 일. The day may carry a suffix glued to it ("2nd", "2e", the Kurdish "2ی").
# The year may be the Buddhist era's (Thai clients: "2 ธันวาคม 2562 10:14", 2019 + 543).
_SHAPE_DATE = re.compile(
    r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])[^\W\d_]{0,3}\.?\s+[^\W\d_]{3,}\.?,?\s+(?:19|20|25)\d{2}"
    r"(?!\d)"
    # a month name of two words ("2ی کانوونی یەکەم 2019", "2 كانون الأول 2019") only in a
    # stamp with its time: prose has day, two words and a year ("3 grupper sedan 2019")
    r"|(?<!\d)(?:0?[1-9]|[12]\d|3[01])[^\W\d_]{0,3}\.?\s+[^\W\d_]{3,}\s+[^\W\d_]{2,}\.?,?"
    r"\s+(?:19|20|25)\d{2},?\s+(?:[01]?\d|2[0-3])[:.][0-5]\d(?!\d)"
    r"|(?:19|20)\d{2}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]"
)


@functools.cache
def _month_date() -> re.Pattern[str]:
    months = _trie(_all("months"))  # read only as a search's truth (has_date)
    m = f"{_B}(?:{months})\\.?{_E}"
    # a month name next to a number: "2 dec.", "December 2", "17-feb.-2015", "tháng 6"
    return re.compile(f"\\d\\.?[\\s,-]{{0,3}}{m}|{m}[\\s,-]{{0,3}}\\d", re.I)


_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+|\[mailto:|mailto:", re.I)


@short_cache(maxsize=4096)  # the splitter asks about the same lines many times
def has_time(s: str) -> bool:
    return bool(_TIME.search(normalize(s)))


_DIGIT = re.compile(r"\d")
# The combining vowel and tone marks of scripts that write them over or under a letter (Thai
# "ธันวาคม", Devanagari, Latin accents typed apart): no word character to a regular
# expression, so a month name written with them reads as a word only without them.
_MARKS = {cp: None for cp in range(0x300, 0x2000)
          if unicodedata.category(chr(cp)) in ("Mn", "Mc")}


def _ranges(points: list[int]) -> list[tuple[int, int]]:
    """Sorted code points as runs (first, last)."""
    out: list[tuple[int, int]] = []
    for p in points:
        if out and out[-1][1] == p - 1:
            out[-1] = (out[-1][0], p)
        else:
            out.append((p, p))
    return out


@short_cache(maxsize=4096)  # the splitter asks about the same lines many times
def has_date(s: str) -> bool:
    n = normalize(s)
    # every date pattern holds a digit: a line without one skips the month-name alternation
    if not _DIGIT.search(n):
        return False
    return bool(_NUMERIC_DATE.search(n) or _month_date().search(n)
                or _SHAPE_DATE.search(n.translate(_MARKS)))


@short_cache(maxsize=4096)  # the splitter asks about the same lines many times
def has_address(s: str) -> bool:
    return bool(_ADDRESS.search(s))


@short_cache(maxsize=4096)  # the splitter asks about the same lines many times
def has_wrote(s: str) -> bool:
    return bool(_rx("wrote").search(normalize(s)))


def says_forward(s: str) -> bool:
    return bool(_rx("forward").search(normalize(s)))


def says_original(s: str) -> bool:
    return bool(_rx("original").search(normalize(s)))


@functools.cache
def _fwd_subject() -> re.Pattern[str]:
    prefixes = _alternation(_all("fwd_prefix") | {"fw", "fwd", "vb", "wg", "tr"})
    replies = _alternation(_all("reply_prefix"))
    return re.compile(f"^(?:(?:{replies})\\s*:\\s*)*(?:{prefixes})\\s*:", re.I)


def is_forward_subject(value: str) -> bool:
    """A subject saying the mail is forwarded: "VB: ...", "Fwd: ...", "WG: ...", "PD: ..."."""
    return bool(_fwd_subject().match(normalize(value).strip()))


@functools.cache
def _reply_subject() -> re.Pattern[str]:
    return re.compile(f"^(?:{_alternation(_all('reply_prefix'))})\\s*:", re.I)


def is_reply_subject(value: str) -> bool:
    """A subject saying the mail is a reply: "SV: ...", "RE: ...", "AW: ...", "Odp: ..."."""
    return bool(_reply_subject().match(normalize(value).strip()))


@functools.cache
def _closing() -> re.Pattern[str]:
    return re.compile(f"^(?:{_alternation(_all('closing'))}){_E}[\\s,.!]*(?P<rest>.*)$", re.I)


def closing_rest(line: str) -> str | None:
    """For a line starting with a closing greeting from the table ("Pozdrawiam Kasia",
    "Поздрав, Dragana", "Grüessli"), what follows it; else None."""
    m = _closing().match(normalize(line).strip())
    return m.group("rest") if m else None


# --- "Label: value" lines -------------------------------------------------------------------------

# A label: one to four words in any script ("Från", "Skickat", "تم الإرسال", "Gönderilme
# tarihi"), optionally in bold (markdown stars), a colon, then the value (may be empty).
# "\s*(?:\*+\s*)?", not "\s*\**\s*": two \s* side by side split a long run of spaces in
# every way before failing ("a" + 50,000 spaces + "b:" took minutes).
# A label's letters may carry combining marks (Thai "ส่ง", "ถึง", "เรื่อง").
_MARK_CLASS = "".join(f"{chr(a)}-{chr(b)}" for a, b in _ranges(sorted(_MARKS)))
_LABEL_LINE = re.compile(
    rf"^\**\s*([^\W\d_](?:[^\W\d_'’.-]|[{_MARK_CLASS}])*"
    rf"(?:[ \t-](?:[^\W\d_]|[{_MARK_CLASS}])+){{0,3}})"
    r"\s*(?:\*+\s*)?:\s*(?:\*+\s*)?(.*)$"
)


@dataclass(frozen=True)
class Field:
    label: str
    value: str
    known: bool  # the label is a header label in the table
    role: str  # "from", "date", "to", "other" (another known label) or ""


def label_line(line: str) -> Field | None:
    """ "Från: Anna <a@b.se>" -> Field("Från", "Anna <a@b.se>", ...); None when the line is
    not "Label: value" (a sentence with a colon, a time "10:14", a URL)."""
    n = normalize(line).strip()
    m = _LABEL_LINE.match(n)
    if not m:
        return None
    label = m.group(1).strip()
    if len(label) > 30 or m.group(2).startswith("//"):
        return None
    low = " ".join(label.lower().split())
    role = _label_roles().get(low, "")
    known = bool(role)
    return Field(label, m.group(2).strip(), known, role)


# --- separators -----------------------------------------------------------------------------------

_DASHED = re.compile(r"^\s*[-=_*–—]{2,}\s*(?P<words>[^-=_*–—].*?)\s*[-=_*–—]{2,}\s*:?\s*$")
_LEAD_DASHED = re.compile(r"^\s*[-=_*–—]{3,}\s*(?P<words>[^-=_*–—].*?)\s*:?\s*$")


def dashed_words(line: str) -> str | None:
    """The words of a "----- X -----" line (or "-----X" / "X -----"), else None."""
    n = normalize(line).strip()
    m = _DASHED.match(n)
    if m:
        return m.group("words")
    m = _LEAD_DASHED.match(n)
    if m and len(m.group("words").split()) <= 6:
        return m.group("words")
    return None


def is_lead_in(line: str) -> bool:
    """A short line ending in ":" with no digits or address: Apple's "Begin forwarded message:",
    "Början på vidarebefordrat brev:". Only counts in front of a header block."""
    n = normalize(line).strip()
    return n.endswith(":") and 1 <= len(n.split()) <= 8 and not re.search(r"\d|@", n)
