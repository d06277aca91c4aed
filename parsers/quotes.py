"""Separate the association's own words from everything else in a reply.

What goes: the quoted original (``>`` lines, and the headers mail clients write above it in
their own language, found by shape in `quote_headers`: an attribution line with a date or
time and a name or address ending in ":" ("Den 2 dec. 2019 kl 10:14 skrev X:", "W dniu ...
napisał:"), a block of "Label: value" lines with an address and a date ("Från:/Skickat:",
"Fra:/Sendt:", "من:/تم الإرسال:"), "----- X -----" separators and "____" rules),
signatures (a closing greeting and the lines after it, "-- ", "//Namn", a trailing
name/role block), mobile footers ("Skickat från min iPhone", "Hämta Outlook för iOS") and
legal disclaimers.

What stays: text written between ``>``-quoted lines (answers written under each quoted
question). When that happens `Reply.own` keeps the quoted lines, prefixed with "> ", so
the answer finder can see which question the own text follows.

We do not use mail-parser-reply/quotequail: both drop text written between quoted lines,
and mail-parser-reply's signature rule can swallow "- Fråga 1: Ja" lists.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from . import quote_headers as qh
from .cues import DEVICE, PHONE
from .text import (
    ADDRESS,
    clean_line,
    fold_punctuation,
    short_cache,
    strip_answer_arrow,
    strip_markdown,
)
from .yes_no import parse_yes_no

# --- line classifiers -----------------------------------------------------------------------

_QUOTE_PREFIX = re.compile(r"^\s*>")


def is_quoted(line: str) -> bool:
    # asked ~180 times per reply: str.lstrip() strips what `\s` matches (Py_UNICODE_ISSPACE),
    # so this is _QUOTE_PREFIX.match without a regex call
    return line.lstrip().startswith(">")


def unquote(line: str) -> str:
    """Remove every level of ``>`` quoting."""
    return re.sub(r"^(?:\s*>)+ ?", "", line)


@short_cache(maxsize=8192)  # asked ~300 times per reply, mostly for the same lines
def plain(line: str) -> str:
    """The line as words: unquoted, markdown marks and an answer's arrow gone, NBSP as space,
    stripped."""
    return strip_answer_arrow(fold_punctuation(strip_markdown(clean_line(unquote(line))))).strip()


_UNDERSCORES = re.compile(r"^\s*_{8,}\s*$")


@dataclass(frozen=True)
class _Cut:
    index: int  # first line that is not the association's own text
    kind: str  # "quote", "attribution", "header", "separator", "forward"
    body_start: int  # first line after the header lines


def _header_fields(lines: list[str], i: int) -> tuple[int, list[qh.Field]]:
    """The "Label: value" run starting at i: (index after it, its fields). A value may wrap
    onto a short line of its own ("*From:* bob@x [mailto:" / "bob@x]"); one blank line may
    sit between the first two fields (HTML mail puts each in a paragraph)."""
    fields: list[qh.Field] = []
    last = i
    j = i
    while j < len(lines) and j < i + 14 and len(fields) < 9:
        p = plain(lines[j])
        f = qh.label_line(p) if p else None
        if f is not None and len(p) <= 300:
            fields.append(f)
            last = j
        elif not p:
            if len(fields) >= 2 or j > last + 1:
                break
        elif (fields and j == last + 1 and len(p.split()) <= 6
              and not fields[-1].value.endswith((".", "!", "?")) and not is_valediction(p)):
            # a wrapped value: it belongs to the field above (a value that ended its sentence
            # wraps no further, and "Hälsningar" under "Hinder: ... ." starts a signature:
            # else an answer's "Label: text" chains through the sign-off into the header)
            prev = fields[-1]
            fields[-1] = qh.Field(prev.label, f"{prev.value} {p}", prev.known, prev.role)
            last = j
        else:
            break
        j += 1
    return last + 1, fields


def _header_block_end(lines: list[str], i: int) -> int:
    """If a mail header block ("Från:/Skickat:/Till:/Ämne:", "Fra:/Sendt:", "من:/تم الإرسال:",
    in any language) starts at i, the index after it; else i.

    The shape: 2-8 "Label: value" lines; one value holds an address and one a date or time.
    Labels from the word table only break ties: a block starting with a known sender or
    date label needs only a date or an address; a block of unknown labels needs three
    fields, an address and one value with both a date and a time (clients always write
    both; a contact block with "Övningar: tisdagar 18:30" does not)."""
    if qh.label_line(plain(lines[i])) is None:
        return i
    end, fields = _header_fields(lines, i)
    if not 2 <= len(fields) <= 8:
        return i
    values = [f.value for f in fields]
    addr = any(qh.has_address(v) for v in values)
    date = any(qh.has_date(v) or qh.has_time(v) for v in values)
    stamp = any(qh.has_date(v) and qh.has_time(v) for v in values)  # "2 dec 2019 10:14"
    known = sum(f.known for f in fields)
    if fields[0].role in ("from", "date") and known >= 2 and (addr or date or known >= 3):
        return end  # "Från: Samordnare / Skickat: den 2 dec": the labels say it
    if addr and date and known >= 2:
        return end  # Thunderbird's "Subject: / Date: / From: / To:"
    if addr and stamp and len(fields) >= 3:
        return end  # labels we have no words for: the shape alone
    return i


# "jag skickar dem vidare", "vidarebefordrar", "forwarding": the writer passes a mail on
_FORWARD_NOTE = re.compile(
    r"\b(?:skickar|skicka|skickat|sänder)\b[^.!?\n]{0,60}\bvidare\b|\bvidarebefordr\w*"
    r"|\bforward(?:s|ing|ed)?\b|\bpassing\s+(?:this|it|them)\s+on\b"
    # a mail that reached the writer instead ("Det här kom till mig", "This came to me"),
    # or that others asked the writer to send in ("bad mig skicka in deras svar", "asked me
    # to send their answers"): passed on all the same (unseen114)
    r"|\b(?:kom|hamnade|landade)\s+(?:till|hos)\s+mig\b"
    r"|\b(?:came|went)\s+to\s+me\b|\b(?:landed|ended\s+up)\s+(?:with|in)\s+(?:me|my)\b"
    r"|(?<!\bni\s)(?<!\bdu\s)\b(?:bad|ber)\s+mig\s+(?:att\s+)?(?:skicka|lämna|sända|mejla|maila)"
    r"|(?<!\byou\s)\basked\s+me\s+to\s+(?:send|pass|submit|e-?mail)",
    re.I,
)


def _is_forward_header_block(
    lines: list[str], start: int, end: int, above: list[str] | None = None
) -> bool:
    """A forwarded mail: its subject says "VB:"/"Fwd:"/"WG:"/"PD:", or (Outlook keeps the
    forwarded mail's own subject) the text above it says that it is being passed on ("jag
    skickar svaren vidare") and the block has a subject."""
    _, fields = _header_fields(lines, start)
    if any(qh.is_forward_subject(f.value) for f in fields):
        return True
    # The block's mail is itself a reply ("RE: Kartläggning") to an older mail that was not
    # sent by the block's recipient: someone passes on a reply that was sent to them ("här
    # kommer Youssefs svar"). In a back-and-forth the older mail is the recipient's own.
    if any(qh.is_reply_subject(f.value) for f in fields):
        to = {a for f in fields if f.role == "to" for a in _addresses(f.value)}
        older = _sender_of_next_header(lines, end)
        if to and older and older not in to:
            return True
    if not above:
        return False
    note = " ".join(plain(x) for x in above if not is_quoted(x))
    if not (_FORWARD_NOTE.search(note) or qh.says_forward(note)):
        return False
    # A colleague passing on a mail sent to her keeps its own subject ("Svar på enkäten");
    # the block's sender is then not the one the writer is replying to, so any subject counts
    # once the text above says the mail is passed on.
    return any(
        f.value and f.role not in ("from", "date", "to") and not qh.has_address(f.value)
        for f in fields
    )




def _addresses(s: str) -> set[str]:
    return {a.lower() for a in ADDRESS.findall(s)}


def _sender_of_next_header(lines: list[str], start: int) -> str | None:
    """The sender's address in the next quote header below `start` (attribution or header
    block), if it names one."""
    cut = _find_cut(lines, start)
    if cut is None:
        return None
    for k in range(cut.index, max(cut.body_start, cut.index + 1)):
        if k < len(lines) and _header_block_end(lines, k) > k:
            _, fields = _header_fields(lines, k)
            sender = [f.value for f in fields if f.role == "from"] or [
                f.value for f in fields if f.role not in ("to", "other")
            ]
            found = [a for v in sender for a in sorted(_addresses(v))]
            return found[0] if found else None
    head = " ".join(plain(x) for x in lines[cut.index : max(cut.body_start, cut.index + 1)])
    found = ADDRESS.findall(head)
    return found[0].lower() if found else None


@short_cache(maxsize=4096)  # every line of every reply (and joined pairs), by _find_cut
def _attribution_shape(s: str, quoted_below: bool) -> bool:
    """ "Den 2 dec. 2019 kl. 10:14 skrev X <x@y>:", "W dniu ... użytkownik X napisał:",
    "02.04.2012 14:20 пользователь X <x@y> написал:": a date or time and an address or the
    verb, ending in a colon. Right above a quote less is enough ("Samordnare skrev:")."""
    n = qh.normalize(s).strip()
    if not n.endswith(":") or len(n) > 300:
        return False
    when = qh.has_date(n) or qh.has_time(n)
    addr = qh.has_address(n)
    verb = qh.has_wrote(n)
    if when and addr:
        return True
    if verb and qh.has_time(n):
        return True
    if quoted_below:
        words = len(n.split())
        return (verb and (when or words <= 12)) or (
            qh.has_date(n) and qh.has_time(n) and words <= 25
        )
    return False


_COLON_THEN_TEXT = re.compile(r":\s+(?=\S)")


@short_cache(maxsize=4096)  # every own line that names the verb, by the quote splitter
def _glued_attribution(p: str) -> bool:
    """An attribution with the original's first line glued on after its colon, as Yahoo's
    phone app writes it ("Den mån, 2 dec, 2019 kl. 10:14, X<x@y> skrev:   Hej!"): a part up
    to a colon that holds all of one (a date or time, an address and the verb), the verb
    right before the colon ("Den 2 dec 2019 skrev vi till info@x.se: ..." is a sentence)."""
    if len(p) > 400 or not qh.has_wrote(p):
        return False
    for m in _COLON_THEN_TEXT.finditer(p):
        head = p[: m.start() + 1]
        if (qh.has_wrote(" ".join(head.split()[-2:])) and qh.has_address(head)
                and (qh.has_date(head) or qh.has_time(head))):
            return True
    return False


@short_cache(maxsize=4096)  # every line of every reply, by the quote splitter
def _header_parts(s: str) -> int:
    """How many parts of an attribution the line holds: date, time, address, the verb."""
    return sum((qh.has_date(s), qh.has_time(s), qh.has_address(s), qh.has_wrote(s)))


def _has_header_part(s: str) -> bool:
    return _header_parts(s) > 0 or "<" in s


def _attribution_len(lines: list[str], i: int) -> int:
    """1-3 when an attribution line starts at i (Gmail and Outlook wrap it)."""
    p = plain(lines[i])
    if not p or len(p) > 300:
        return 0

    def quoted_after(k: int) -> bool:
        for j in range(k, min(len(lines), k + 3)):
            if lines[j].strip():
                return is_quoted(lines[j])
        return False

    if _attribution_shape(p, quoted_after(i + 1)) or _glued_attribution(p):
        return 1
    # A wrapped attribution starts with part of one (a date, time, address or the verb):
    # "Ja" or "Thanks," right above "Den ... skrev:" is the answer, not a wrapped header.
    if p.endswith((".", "!", "?", ":")) or not _has_header_part(p):
        return 0
    joined = p
    for k in range(1, 3):
        j = i + k
        if j >= len(lines) or not lines[j].strip() or is_quoted(lines[j]) != is_quoted(lines[i]):
            return 0
        nxt = plain(lines[j])
        joined = f"{joined} {nxt}"
        if len(joined) > 300:
            return 0
        if _attribution_shape(joined, quoted_after(j + 1)):
            # the attribution may start on the next line ("Ja, kl 18:00 passar" above it); a
            # first line with two parts of one ("2 dec. 2019 10:14 ... <") is its start
            return 0 if _header_parts(p) < 2 and _attribution_len(lines, i + 1) else k + 1
        if nxt.endswith((".", "!", "?", ":")):
            return 0
    return 0


def _separator_cut(lines: list[str], i: int, above_from: int | None) -> _Cut | None:
    """ "-----Original Message-----", "---------- Forwarded message ---------", "____",
    "Begin forwarded message:" and their translations. A dashed line with any words counts
    when a header block follows; without one only when its words say it (the table) or it
    holds an attribution ("---- John Smith wrote ----"). The text above it is
    lines[above_from:i] (None: no text above), sliced only when a header block needs it."""
    raw = lines[i]
    p = plain(raw)
    words = qh.dashed_words(p)
    lead_in = words is None and not _UNDERSCORES.match(raw) and qh.is_lead_in(p)
    if words is None and not _UNDERSCORES.match(raw) and not lead_in:
        return None
    j = i + 1
    while j < len(lines) and j < i + 3 and not lines[j].strip():
        j += 1
    end = _header_block_end(lines, j) if j < len(lines) else j
    text = words or p
    if end > j:
        above = lines[above_from:i] if above_from is not None else []
        fwd = qh.says_forward(text) or _is_forward_header_block(lines, j, end, above)
        return _Cut(i, "forward" if fwd else "separator", end)
    if lead_in:
        return None
    if words is not None and qh.says_forward(words):
        return _Cut(i, "forward", j)
    if words is not None and (
        qh.says_original(words) or qh.has_wrote(words) or _attribution_shape(words + ":", True)
    ):
        return _Cut(i, "separator", j)
    return None


@short_cache(maxsize=4096)  # every own line above the cut, in every reply
def _may_start_cut(raw: str) -> bool:
    """The tests of the line alone that _separator_cut, _header_block_end and
    _attribution_len each make before they read the lines around it: False when none of the
    three can start at RAW (most lines of a reply), so their calls are spared."""
    p = plain(raw)
    if qh.dashed_words(p) is not None or _UNDERSCORES.match(raw) or qh.is_lead_in(p):
        return True  # a separator's
    if qh.label_line(p) is not None:
        return True  # a header block's
    if not p or len(p) > 300:
        return False
    # an attribution's: ending in ":" (_attribution_shape), or the first line of a wrapped one
    return qh.normalize(p).strip().endswith(":") or (
        not p.endswith((".", "!", "?", ":")) and _has_header_part(p)) or _glued_attribution(p)


# An attribution enclosed in arrows, the original unquoted under it (GroupWise, Notes: '>>>
# "Samordnare" <x@y> 2019-12-02 10:14 >>>'): arrows on both sides, an address and a date or
# time between them - a quote's ">" opens it, yet nothing under it is quoted
_ENCLOSED = re.compile(r"^\s*>{2,}\s*(?P<a>\S.*?)\s*>{2,}\s*$")


def _enclosed_attribution(raw: str) -> bool:
    m = _ENCLOSED.match(raw)
    return m is not None and len(m["a"]) <= 300 and qh.has_address(m["a"]) \
        and (qh.has_date(m["a"]) or qh.has_time(m["a"]))


def _find_cut(lines: list[str], start: int = 0) -> _Cut | None:
    for i in range(start, len(lines)):
        raw = lines[i]
        if is_quoted(raw):
            if _enclosed_attribution(raw):
                return _Cut(i, "attribution", i + 1)
            n = _attribution_len(lines, i)
            return _Cut(i, "quote", i + max(n, 0))
        p = plain(raw)
        if not p or not _may_start_cut(raw):
            continue
        cut = _separator_cut(lines, i, start)
        if cut is not None:
            return cut
        end = _header_block_end(lines, i)
        if end > i:
            fwd = _is_forward_header_block(lines, i, end, lines[start:i])
            kind = "forward" if fwd else "header"
            return _Cut(i, kind, end)
        n = _attribution_len(lines, i)
        if n:
            return _Cut(i, "attribution", i + n)
    return None


# --- signatures, footers, disclaimers ---------------------------------------------------------

_FOOTER = re.compile(
    r"^(?:(?:skickat|skickad|sänt|sent|sendt|envoyé|gesendet|enviado)\s+(?:från|from|fra|med|with"
    r"|via|using|von|de|desde)\s+(?:min|mitt|my|min\s+\w+|mi|en|an?|outlook|yahoo|gmail|mail|e-?post"
    r"|samsung|iphone|ipad|android|huawei|mobil\w*|galaxy|telia|tele2|aol|proton\w*|bluemail)\b.*"
    r"|(?:hämta|skaffa|get|download|ladda\s+ner)\s+outlook\s+(?:för|for|på|on)\s+"
    r"(?:ios|android|iphone|windows)\b.*"
    r"|von\s+meinem\s+\w+\s+gesendet.*"
    r"|skickat\s+från\s+(?:min|mitt)\s+.*"
    r"|sent\s+from\s+my\s+.*)$",
    re.I,
)

_VALEDICTION = re.compile(
    r"^(?:"
    r"(?P<hals>(?:med\s+)?(?:(?:vänlig|vänliga|varm|varma|bästa|glad|glada|soliga|många|hjärtliga"
    r"|kärleksfulla|sportsliga|sportiga|kollegiala|kind|kindest|best|warm|warmest|many|warm\s+and"
    r"\s+kind"
    r"|[a-zåäöé]{2,}[ae])\s+)?(?:hälsning|hälsningar|regards|wishes)"  # "Gröna hälsningar"
    # the greeting said as a verb over the name: "Hälsar / Ola", "Hälsar styrelsen genom Eva"
    r"|hälsar"
    r"|\w{3,}hälsning(?:ar)?"  # Scouthälsningar, Idrottshälsningar, Julhälsningar
    r"|mvh\.?|m\.v\.h\.?|vh|mvhälsningar|mvh/\w*|all\s+the\s+best|sincerely|yours\s+(?:truly|sincerely)"
    r"|best\s+wishes|with\s+(?:kind\s+|best\s+)?regards|regards|cheers|kram(?:ar)?)"
    r"|(?P<short>tack\s+(?:igen|så\s+mycket|på\s+förhand)|tack|thanks|thank\s+you|best|vänligen"
    r"|hej\s+(?:så\s+länge|då|hej)|ha\s+det\s+(?:bra|gott|fint)"
    r"|ha\s+en\s+(?:bra|fin|trevlig|skön|härlig|god|strålande)\s+(?:dag|helg|kväll|vecka|jul"
    r"|fortsättning))"
    r")\b(?P<rest>.*)$",
    re.I,
)
# two short parts, one to four words each, parted by a slash with spaces round it
_IN_TWO_LANGUAGES = re.compile(r"([^/]*?\w[^/]*?)\s+/{1,2}\s+([^/]*?\w[^/]*?)[\s!.,]*")
_SLASH_SIGN = re.compile(r"^/{1,2}\s*[A-ZÅÄÖÉÜ][\w.'-]*(?:\s+[A-ZÅÄÖÉÜ][\w.'-]*){0,3}\s*(?:,.*)?$")
_SIG_DASHES = re.compile(r"^(?:--|—|–|-- |/{1,2})\s*$")

_DISCLAIMER_START = re.compile(
    r"^(?:detta|denna|det\s+här|this|the\s+(?:information|content)|informationen|innehållet"
    r"|observera|obs|disclaimer|konfidentiell\w*|sekretess\w*|notice|caution|varning|important"
    r"|confidential\w*|när\s+du\s+(?:skickar|kontaktar|mejlar|mailar)|when\s+you\s+(?:send|contact)"
    r"|om\s+du\s+(?:inte\s+är|har\s+fått)|if\s+you\s+(?:are\s+not|have\s+received))\b",
    re.I,
)
_DISCLAIMER_WORDS = re.compile(
    r"konfidentiell|sekretessbelag|omfattas\s+av\s+sekretess|avsedd\w*\s+(?:enbart|endast"
    r"|uteslutande|bara)|endast\s+avsedd|intended\s+(?:solely|only|exclusively)|confidential"
    r"|privileged|om\s+du\s+(?:inte\s+är\s+(?:rätt|avsedd)|har\s+fått\s+(?:detta|det\s+här|"
    r"meddelandet|mejlet|e-?postmeddelandet))|if\s+you\s+(?:are\s+not\s+the|have\s+received\s+this)",
    re.I,
)
_CONTACT_LINE = re.compile(
    r"(?:\+?\d[\d\s\-()]{6,}\d|@|www\.|https?://|\b(?:tel|tfn|telefon|mobil|mob|phone|e-?post"
    r"|e-?mail|adress|address|org\.?\s*nr|organisationsnummer)\b"
    # a postcode and its town ending the line: "Kyrkogatan 3, 211 50 Malmö", "SE-214 22 Malmö"
    r"|\b\d{3}\s?\d{2}\s+(?-i:[A-ZÅÄÖ])[\w-]+\s*$)",
    re.I,
)
_NAME_LINE = re.compile(
    r"^/{0,2}\s*[A-ZÅÄÖÉÜÆØ][\w'’.-]+(?:(?:\s+(?:af|von|van|de|der|al|el|bin|ibn|och|&"
    r"|[A-ZÅÄÖÉÜÆØ][\w'’.-]*)){1,4}\s*(?:[,/–-].{0,80})?"
    # a first name and, after a comma, the association: "Rojda, KUF Malmö"
    r"|\s*,\s*[A-ZÅÄÖÉÜÆØ][\w'’.&-]*(?:\s+[A-ZÅÄÖÉÜÆØ0-9][\w'’.&-]*){0,4})$"
)
_NOT_NAME_START = re.compile(
    r"^(?:vi|det|den|de|jag|vår|våra|vårt|inga|ingen|inget|nej|ja|se|tack|hej|om|men|och|för"
    r"|när|att|alla|många|malmö\s+stad|fråga|svar|question|answer|we|our|the|it|no|yes)\b",
    re.I,
)
_MARKERISH = re.compile(
    r"^\s*(?:[-•*–]\s*)?(?:(?:fråga|fraga|svar|question|answer|q)\s*\d|f\d{1,2}\s*[.:)]"
    r"|\d{1,2}\s*[.):]"
    # "1 - ja", "2– text": a number and a dash opening the line numbers an answer too
    r"|\d{1,2}\s*[-–]\s)",
    re.I,
)


@short_cache(maxsize=4096)  # a line's shape: asked for every reply's lines
def is_footer(line: str) -> bool:
    return bool(_FOOTER.match(plain(line)))


@short_cache(maxsize=4096)  # a line's shape: asked for every reply's lines
def is_valediction(line: str) -> bool:
    """A closing greeting line: "Hälsningar", "Mvh Hamid", "Kind regards", "//Anna", "-- "."""
    p = plain(line)
    if not p or len(p) > 70:
        return False
    if _SIG_DASHES.match(line.strip()) or _SLASH_SIGN.match(p):
        return True
    if two := _IN_TWO_LANGUAGES.fullmatch(p):
        # the closing said twice, the writer's language and Swedish: "Xin cảm ơn / Tack så
        # mycket", "Salamat po / Thank you", "Tack så mycket / Xin cảm ơn"
        parts = two.group(1, 2)
        if all(len(x.split()) <= 4 for x in parts) and any(is_valediction(x) for x in parts):
            return True
    m = _VALEDICTION.match(p)
    if not m:
        # a closing in the writer's own language ("Pozdrawiam Kasia", "Поздрав, Dragana")
        other = qh.closing_rest(p)
        if other is None:
            return False
        words = other.strip(" ,.!:;-–—/").split()
        return len(words) <= 6 and not re.search(r"[.?]$", other.strip())
    # emoji and other symbols after the closing ("Ha en fin dag! 🌸") say nothing
    rest = re.sub(r"[^\w\s.?!,:;/'’&()-]", "", m.group("rest")).strip(" ,.!:;-–—/")
    if m.group("short"):
        # "Tack!", "Thanks," alone; "Tack för mejlet" is an opening, not a closing
        return not rest
    words = rest.split()
    return len(words) <= 6 and not re.search(r"[.?]$", rest)


def _paragraphs(block: list[str]) -> list[tuple[int, int]]:
    """(start, end) index pairs of non-blank runs in `block`."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(block):
        if not block[i].strip():
            i += 1
            continue
        j = i
        while j < len(block) and block[j].strip():
            j += 1
        out.append((i, j))
        i = j
    return out


_PRIVACY_NOTICE = re.compile(
    r"\bbehandl\w*\s+(?:\w+\s+){0,2}(?:dina|era)\s+personuppgifter"
    r"|\bprocess\w*\s+(?:\w+\s+){0,2}your\s+personal\s+data",
    re.I,
)


def _is_disclaimer(par: list[str]) -> bool:
    return _is_disclaimer_text(" ".join(plain(x) for x in par))


@short_cache(maxsize=2048)  # a paragraph's text: signatures and the quoted survey's recur
def _is_disclaimer_text(text: str) -> bool:
    if len(text) >= 60 and _DISCLAIMER_START.match(text) and _DISCLAIMER_WORDS.search(text):
        return True
    if re.match(r"^(?:disclaimer|ansvarsfriskrivning|sekretessmeddelande)\b", text, re.I):
        return True
    # a form tool's own notice under a pasted or forwarded form copy ("Lämna aldrig ut ditt
    # lösenord.", "Microsoft Forms", "Skapa ditt eget Google-formulär"): no words of the writer's
    if _FORMS_NOTICE.match(text) and len(text) < 400:
        return True
    # "När du skickar e-post till oss behandlar vi dina personuppgifter ..." / "Läs mer ..."
    return bool(_PRIVACY_NOTICE.search(text)) and len(text) < 600


_FORMS_TOOL = r"(?:google[\s-]*(?:formulär|forms?)|microsoft\s+forms|forms?|formulär)"
_FORMS_NOTICE = re.compile(
    r"^(?:(?:skicka|lämna|ge)\s+aldrig\s+(?:ut\s+)?(?:ditt\s+|dina\s+)?lösenord"
    r"|never\s+(?:submit|give\s+out|share)\s+(?:your\s+)?passwords?"
    r"|det\s+här\s+innehållet\s+har\s+(?:varken\s+)?skapats\s+(?:eller\s+godkänts\s+)?av"
    r"|this\s+content\s+is\s+(?:neither\s+)?created\s+(?:nor\s+endorsed\s+)?by"
    r"|(?:skapa\s+ditt\s+eget|create\s+your\s+own)\s+" + _FORMS_TOOL +
    r"|(?:drivs\s+av|powered\s+by)\s+" + _FORMS_TOOL +
    r"|(?:google\s+(?:formulär|forms)|microsoft\s+forms)\s*\.?$)",
    re.I,
)


_FIRST_NAME = re.compile(r"^/{0,2}\s*[A-ZÅÄÖÉÜÆØ][a-zåäöéüæøß'’-]{1,14}[!.]?$")
_BARE_MARKER = re.compile(
    r"^\s*(?:[-•*–]\s*)?(?:(?:fråga|svar|question|answer|q)\s*)?\d{1,2}\s*[.):\-–]?\s*$", re.I
)
_YES_NO_WORD = re.compile(
    r"^(?:ja|jo|j[ao]då|j[ao]visst|japp|jepp|nej|nä|nix|nope|yes|no|absolut|inga|ingen)\b", re.I)


@short_cache(maxsize=4096)  # a line's shape: asked for every reply's lines
def _is_first_name(line: str) -> bool:
    """A lone first name signing off ("Per", "//Anna"), not a one-word answer."""
    p = plain(line)
    return bool(_FIRST_NAME.match(p)) and not _NOT_NAME_START.match(p) and not _YES_NO_WORD.match(p)


# The words a sentence cannot end on: a line ending so goes on onto the next
_GOES_ON = re.compile(
    r"(?:[,:;&/-]|\b(?:och|eller|men|med|i|på|till|för|av|om|från|som|att|en|ett|den|det"
    r"|and|or|but|with|in|on|at|to|for|of|from|the|a|an))$", re.I)


def _typed_unwrapped(line: str, name: str) -> bool:
    """LINE, with no stop, ends a text typed without wrapping (longer than any client wraps
    at) and not on a word that leads on, and NAME under it has no stop of its own."""
    p = plain(line)
    return len(p) > 80 and not _GOES_ON.search(p) and not plain(name).endswith((".", "!"))


def _introduces_answer(line: str) -> bool:
    """ "4." or "Hinder:" on the line before: what follows is the answer, not a signature."""
    p = plain(line)
    return bool(_BARE_MARKER.match(p)) or p.endswith(":")


def _is_sign_off_phrase(line: str) -> bool:
    """A short closing phrase we have no word list for ("Frid och allt gott", "Rock on",
    "Pozdrawiam,", "Saludos", "Abraços", "لەگەڵ ڕێزدا"): a few words in any script, no digits,
    no sentence or heading punctuation; or two of them side by side in two languages
    ("धन्यवाद / Tack", "Përshëndetje / Hälsningar")."""
    sides = line.split(" / ")
    if len(sides) == 2 and all(sides):
        return all(_is_sign_off_phrase(x) or is_valediction(x) for x in sides) \
            and len(line.split()) <= 7
    p = line.strip().rstrip(" ,!")
    words = p.split()
    return (
        1 <= len(words) <= 4
        and len(p) <= 40
        and not re.search(r"[\d.?:;@/]", p)
        and not _NOT_NAME_START.match(p)
        and not _YES_NO_WORD.match(p)
        and not _MARKERISH.match(p)
    )


_TRANSLITERATED = re.compile(r"\s*\((?P<latin>[^()]{2,40})\)$")


def _is_uncased_name(line: str) -> bool:
    """A name in a script without capitals (Arabic, Devanagari, CJK, ...): one to four words of
    letters (and their vowel signs) only, where the capital rules of `_NAME_LINE` cannot apply;
    maybe with the name in Latin letters in brackets after it ("มาลี (Malee Andersson)")."""
    p = plain(line).strip(" ,")
    if p.endswith(")") and (m := _TRANSLITERATED.search(p)) and _NAME_LINE.match(m["latin"]):
        p = p[:m.start()]
    words = p.split()
    return 1 <= len(words) <= 4 and all(
        all(ch.isalpha() or unicodedata.category(ch)[0] == "M" or ch in "'’-\u200c" for ch in w)
        and any(ch.isalpha() and ch.lower() == ch.upper() for ch in w)
        for w in words
    )


@short_cache(maxsize=4096)  # a line's shape: asked for every reply's lines
def _is_device_footer(line: str) -> bool:
    """A short line naming the phone or app it was sent from, in whatever language."""
    p = plain(line)
    return bool(p) and len(p.split()) <= 7 and bool(DEVICE.search(p)) \
        and not re.search(r"[.?:]$", p) and not _CONTACT_LINE.search(p)


def _stopped_device_footer(block: list[str]) -> str | None:
    """BLOCK's last line as a paragraph of its own (under a blank line) naming a phone or app
    and closed by one full stop ("Von meinem Samsung Galaxy Smartphone gesendet."): that
    line, else None."""
    if len(block) < 3 or plain(block[-2]):
        return None
    p = plain(block[-1])
    if not p.endswith(".") or p.endswith("..") or not _is_device_footer(p[:-1]):
        return None
    return p


def _phone_footer_over_original(block: list[str]) -> bool:
    """BLOCK (own text right above a quoted original) ends in a paragraph of one line, closed
    by a stop, naming a phone (cues.PHONE: an app's name alone may end an answer): the
    phone's footer in a language no footer words know ("Enviado desde mi Samsung Galaxy.")."""
    p = _stopped_device_footer(block)
    return p is not None and bool(PHONE.search(p))


def _signed_device_footer(block: list[str]) -> bool:
    """BLOCK ends in a device footer closed by a full stop ("Von meinem Samsung Galaxy
    Smartphone gesendet.", "Samsung Galaxy akıllı telefonumdan gönderildi."): a line of its
    own under a blank line, and above that a name or sign-off, no sentence. A short line
    naming an app with a stop right under an answer ("Vi når alla via Gmail.") stays."""
    if _stopped_device_footer(block) is None:
        return False
    above = next((plain(x) for x in reversed(block[:-2]) if plain(x)), "")
    return bool(above) and len(above.split()) <= 6 and not re.search(r"[.!?:;,]$", above) \
        and not _NOT_NAME_START.match(above) and not _MARKERISH.match(above) \
        and bool(_NAME_LINE.match(above) or _is_first_name(above) or _is_uncased_name(above))


@short_cache(maxsize=4096)  # a line's shape: asked for every reply's closing lines
def _is_contact(line: str) -> bool:
    return bool(_CONTACT_LINE.search(line))


def _looks_like_name_block(par: list[str], before: str = "") -> bool:
    """A trailing "Omar Benali / kassör Malmö Kampsportsklubb Öster" block (no greeting, or
    an unusual closing phrase above the name); `before` is the last line above the block."""
    lines = [plain(x) for x in par if plain(x)]
    # a full signature (address, phone, web, org.nr) may run longer than six lines
    if not (1 <= len(lines) <= 6
            or (len(lines) <= 10 and sum(1 for x in lines if _is_contact(x)) >= 2)):
        return False
    if len(lines) == 1 and (_is_first_name(lines[0]) or (
            len(lines[0].split()) == 1 and _is_uncased_name(lines[0])
            and parse_yes_no(lines[0]).value is None)):
        # a lone first name, in a script with capitals ("Per") or without ("ئارام", "王丽")
        return not _introduces_answer(before)
    if all(_is_contact(x) and len(x.split()) <= 8 and not _MARKERISH.match(x) for x in lines):
        # (a numbered line is an answer, "5. Gunnar Lindqvist, 070-245 18 93", whatever it
        # holds: a survey may ask for a name and a phone)
        return True
    if len(lines) >= 2 and sum(map(_is_contact, lines)) >= 2 and not _introduces_answer(before) \
            and all(len(x.split()) <= 8 and not re.search(r"[.!?:]$", x) for x in lines):
        # the association's name over its address and phone: "Pauli församling" /
        # "Kyrkogatan 3, 211 50 Malmö" / "Tel 040-12 34 56" (two contact lines at least)
        return True
    signed_off = (
        len(lines) >= 2
        and not _NAME_LINE.match(lines[0])
        and _is_sign_off_phrase(lines[0])
        and (_is_first_name(lines[1]) or _NAME_LINE.match(lines[1]) or _is_uncased_name(lines[1]))
        and not _NOT_NAME_START.match(lines[1])
        and not _introduces_answer(before)
    )
    if signed_off:
        lines = lines[1:]  # "Frid och allt gott / Anna Jönsson / Diakon": judge the name part
    first = lines[0]
    if len(first) > 70 or _NOT_NAME_START.match(first) or _MARKERISH.match(first):
        return False
    if not (_NAME_LINE.match(first)
            or (signed_off and (_is_first_name(first) or _is_uncased_name(first)))):
        return False
    if len(lines) == 1 and "," not in first and len(first.split()) < 2 and not signed_off:
        return False
    for x in lines:
        if len(x.split()) > 12 or (re.search(r"[.!?:]$", x) and not _is_contact(x)
                                   and not _ABBREVIATED.match(x)):
            return False
    return True


# A label of the writer's own opening a line: one to three words and a colon ("KONTAKT:",
# "Stöd från kommunen:"), not a signature's field ("Tel:", "E-post:", "Org.nr:")
_OWN_LABEL = re.compile(r"^\s*(?P<l>[^\W\d_][\w/&'’-]*(?:\s+[\w/&'’-]+){0,2})\s*:\s*\S")


def _layout_shape(par: list[str]) -> str | None:
    """The shape of an answer in the writer's layout that PAR has, if any: "label" (one to
    three words and a colon opening it: "KONTAKT: Bo Falk, ..."), "heading" (a short line of
    its own, no stop and no name, over the lines of its answer: a table's question cell over
    its answer cell, "Kontakt" / "Jesper Wall, 073-377 29 05"). A signature's field ("Tel:",
    "E-post:") is neither."""
    lines = [plain(x) for x in par if plain(x)]
    if not lines:
        return None
    m = _OWN_LABEL.match(lines[0])
    if m is not None:
        return None if _CONTACT_LINE.search(m.group("l")) else "label"
    first = lines[0]
    if len(lines) >= 2 and len(first.split()) <= 4 and not re.search(r"[.!?:,;]$", first) \
            and not _NAME_LINE.match(first) and not _CONTACT_LINE.search(first) \
            and not _MARKERISH.match(first):
        return "heading"
    return None


def _labelled_like_above(par: list[str], above: list[str]) -> bool:
    """PAR has the shape of the writer's answers, as two or more paragraphs above it do
    ("VERKSAMHET: ...", "HINDER: ...", then "KONTAKT: Bo Falk, 011-23 45 90"; a table's rows
    written cell by cell): the writer's layout of answers goes on, no name block under them,
    whatever the lines hold."""
    shape = _layout_shape(par)
    return shape is not None and sum(
        1 for s, e in _paragraphs(above) if _layout_shape(above[s:e]) == shape
        # a heading's siblings over answers in words, not over a list of names and numbers
        # (a board list under its "Roll" / "Namn" / "Telefon" cells)
        and (shape == "label" or any(len(plain(x).split()) >= 6 for x in above[s + 1:e]))) >= 2


# a role or title cut short under the name ("ordf.", "v. ordf.", "sekr.", "Dr."): the point
# is the abbreviation's, no sentence's end
_ABBREVIATED = re.compile(r"^(?:[^\W\d_]{1,5}\.\s*){1,2}$")


def _without_signature_block(block: list[str]) -> list[str]:
    """BLOCK without a trailing name/role/contact block with no greeting over it (HTML mail
    may put each of its lines in a paragraph of its own, so the last few short paragraphs
    are tried together)."""
    pars = _paragraphs(block)
    while len(pars) >= 2:
        cut_at = None
        for k in range(1, min(4, len(pars) - 1) + 1):
            tail = pars[-k:]
            if k > 1 and any(e - s > 2 for s, e in tail):
                break
            lines = [ln for s, e in tail for ln in block[s:e]]
            before = block[pars[-k - 1][1] - 1]
            if _looks_like_name_block(lines, before) \
                    and not _labelled_like_above(lines, block[:tail[0][0]]):
                cut_at = tail[0][0]
        if cut_at is None:
            break
        block = block[:cut_at]
        pars = _paragraphs(block)
    return block


# A motto: a line that is one quotation in quote marks, maybe with its source after it in
# brackets or after a dash ('"Älska din nästa som dig själv" (Matt 22:39)', '“Idrott för
# alla” – Klubbens motto', "«Together we are stronger»"); no words of the writer's own
_MOTTO = re.compile(
    r"^\s*[\"“”„«»'‘’‚]\s*(?P<q>[^\"“”„«»]{2,120}?)\s*[\"“”„«»'‘’]"
    r"\s*(?:\([^()]{1,40}\)|[-–—]\s*[^\s.!?][^.!?]{0,40})?\s*[.!]?\s*$")


def is_motto(line: str) -> bool:
    """LINE is a quoted motto alone (`_MOTTO`): at most 15 words in the marks."""
    m = _MOTTO.match(plain(line))
    return bool(m) and len(m["q"].split()) <= 15


# A postscript's opening: "PS.", "P.S.", "PS:", "P.p.s."
POSTSCRIPT = re.compile(r"^\s*(?:p\.?\s?p\.?\s?s\.?|p\.?\s?s\.?|pps|ps)(?=[\s:.-])[\s:.-]*\S", re.I)


# a question named by its number: "fråga 4", "question 2", "andra frågan", "the third question"
_NAMES_QUESTION = re.compile(
    r"\b(?:fråga|frågan|question)\s*(?:nr\.?\s*)?[1-9](?!\d)|\b(?:första|andra|tredje|fjärde"
    r"|femte|sjätte|first|second|third|fourth|fifth|sixth)\s+(?:frågan|question)\b", re.I)


def _with_postscript(block: list[str], signed: list[str]) -> list[str]:
    """BLOCK, the lines of SIGNED above the signature cut from it, with a postscript under
    that signature put back when it names a question by its number: a paragraph opening
    "PS." that speaks of an answer ("PS. Angående fråga 4: ...", "P.S. On question 2 ...") is
    the writer's own words again, however far under the name and address it stands, and so
    is everything from it on. (A PS naming none stays cut with the signature, as before.)"""
    at = next((s for s, e in _paragraphs(signed)
               if s >= len(block) and POSTSCRIPT.match(plain(signed[s]))
               and _NAMES_QUESTION.search(" ".join(signed[s:e]))), None)
    return block if at is None else [*block, "", *signed[at:]]


def clean_block(block: list[str], *, over_original: bool = False) -> list[str]:
    """Own (unquoted) lines with footers, disclaimers and the signature removed. OVER_ORIGINAL:
    the lines stand right above a quoted or forwarded original."""
    block = [ln for ln in block if not is_footer(ln)]
    # "Enviado do meu iPhone" as the last line, in a language the footer words do not know
    # (closed by a stop when a signed name stands above it, or a phone's name right above
    # the original)
    while block and (not block[-1].strip() or _is_device_footer(block[-1])
                     or _signed_device_footer(block)
                     or (over_original and _phone_footer_over_original(block))):
        block = block[:-1]
    # Disclaimer: that paragraph and everything after it.
    for s, e in _paragraphs(block):
        if _is_disclaimer(block[s:e]):
            block = block[:s]
            break
    signed = block
    # Closing greeting: cut from the last one whose tail looks like a signature.
    for i in range(len(block) - 1, -1, -1):
        if not is_valediction(block[i]):
            continue
        tail = [plain(x) for x in block[i + 1 :] if plain(x)]
        if any(_MARKERISH.match(x) for x in tail):
            continue
        before = [x for x in block[:i] if plain(x)]
        sig_like = len(tail) <= 6 and all(len(x.split()) <= 12 for x in tail)
        if before or sig_like:
            block = block[:i]
            break
    block = _without_signature_block(block)
    # a motto quoted at the signature's foot ('"Älska din nästa som dig själv" (Matt 22:39)',
    # '"Sport för alla!"'): the signature's, when the lines above it are cut as one
    pars = _paragraphs(block)
    if len(pars) >= 3 and pars[-1][1] - pars[-1][0] == 1 and is_motto(block[pars[-1][0]]):
        above = _without_signature_block(block[: pars[-1][0]])
        if len(_paragraphs(above)) < len(pars) - 1:
            block = above
    # "... det.\nPer": a first name right under the last sentence
    while block and not block[-1].strip():
        block.pop()
    if len(block) < len(signed):
        block = _with_postscript(block, signed)
    # "... samarbeta\nAhmed": a phone leaves the last stop out; a line too long for any
    # client to have wrapped was typed as one, so the name under it is no word carried over
    if (
        len(block) >= 2
        and _is_first_name(block[-1])
        and (re.search(r"[.!?]$", plain(block[-2])) or _typed_unwrapped(block[-2], block[-1]))
        and not _BARE_MARKER.match(plain(block[-2]))
    ):
        block.pop()
    return block


# --- the split ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """A mail body taken apart.

    own: the association's words. When they are written between ``>``-quoted lines the
        quoted lines are kept, each as "> text", so a reader can tell which question the
        own text follows; otherwise no quoted line is left.
    quoted: what was cut away (the quoted original and its header).
    forwarded: the text of a forwarded message, when the body forwards one.
    inline: own text was found between quoted lines.
    """

    own: str
    quoted: str = ""
    forwarded: str | None = None
    inline: bool = False

    def own_unquoted(self) -> str:
        """`own` without the kept quoted lines."""
        return "\n".join(ln for ln in self.own.splitlines() if not is_quoted(ln))


def _clean_segments(lines: list[str], done: dict[tuple[str, ...], list[str]]) -> list[str]:
    """Clean every run of own lines; quoted lines pass through as "> text". DONE: runs
    cleaned before for this reply (split_reply cleans the runs under the first quote twice:
    to see whether own text is there, then with the lines above)."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            key = tuple(run)
            if key not in done:
                done[key] = clean_block(run)
            out.extend(done[key])
            run.clear()

    for ln in lines:
        if is_quoted(ln):
            flush()
            out.append("> " + plain(ln))
        else:
            run.append(ln)
    flush()
    return out


@functools.lru_cache(maxsize=8)  # one reply's texts: its body, forwarded or attached mails
def _prepared(text: str | None) -> tuple[tuple[str, ...], tuple[str, ...], _Cut | None]:
    """TEXT's lines (cleaned), the same with blank-looking lines emptied, and where the
    original begins. One message's body is split this way by the answer reader, the topic
    test, the matcher and the forward check: found once, shared (all read-only)."""
    lines = [
        clean_line(x) for x in (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    ]
    marked = ["" if not plain(x) and not is_quoted(x) else x for x in lines]
    return tuple(lines), tuple(marked), _find_cut(marked)


def split_reply(text: str | None) -> Reply:
    """Split a plain-text mail body into the association's own words and the rest."""
    _, marked_t, cut = _prepared(text)
    lines = list(marked_t)
    if cut is None:
        own = clean_block(lines)
        return Reply(own="\n".join(own).strip("\n"))

    top = lines[: cut.index]
    rest = lines[cut.index :]
    quoted = "\n".join(rest).strip("\n")

    if cut.kind == "forward":
        body = lines[cut.body_start :]
        if any(x.strip() for x in body) and all(is_quoted(x) for x in body if x.strip()):
            # Apple Mail and others forward as one ">"-quoted block: the forwarded mail's own
            # words are one level down, the same as if it had been forwarded inline
            body = [re.sub(r"^\s*> ?", "", x) for x in body]
        fwd = "\n".join(body).strip("\n")
        own = clean_block(top, over_original=True)
        return Reply(own="\n".join(own).strip("\n"), quoted=quoted, forwarded=fwd or None)

    # Own text written after ">"-quoted lines (inline answers, bottom posting)?
    section = lines[cut.index :]
    # (an attribution enclosed in arrows, '>>> X <x@y> 2019-12-02 10:14 >>>', quotes nothing)
    skip = 1 if cut.kind == "attribution" and is_quoted(section[0]) else 0
    first_q = next((k for k, ln in enumerate(section) if k >= skip and is_quoted(ln)), None)
    inline = False
    # (an original that opens the mail unquoted, its header block on the first line, may hold
    # the ">"-quoted questions with the answers typed under each: nothing above, all below)
    if first_q is not None and (cut.kind in ("quote", "attribution") or (
            cut.kind in ("header", "separator") and not any(plain(x) for x in top))):
        # stop at a later unquoted header/separator (an older message below)
        later = _find_unquoted_header(section, first_q + 1)
        if later is not None:
            section = section[:later]
        done: dict[tuple[str, ...], list[str]] = {}
        after = _clean_segments(list(section[first_q:]), done)
        inline = any(plain(ln) and not is_quoted(ln) for ln in after)
        if inline:
            # the header lines count as quoted
            head_len = cut.body_start - cut.index
            marked = [
                ">" + ln if k < head_len and not is_quoted(ln) else ln
                for k, ln in enumerate(section)
            ]
            own_lines = _clean_segments(top + marked, done)
            return Reply(
                own="\n".join(own_lines).strip("\n"),
                quoted=quoted,
                inline=True,
            )
    below = _below_unquoted_original(lines, cut) if not any(plain(x) for x in top) else None
    if below is not None:
        # nothing above an original that opens the mail unquoted: the reply is under it
        start, end = below
        own = clean_block(lines[start:end])
        return Reply(own="\n".join(own).strip("\n"),
                     quoted="\n".join(lines[cut.index : start]).strip("\n"))
    own = clean_block(top, over_original=True)
    return Reply(own="\n".join(own).strip("\n"), quoted=quoted, inline=inline)


def _below_unquoted_original(lines: list[str], cut: _Cut) -> tuple[int, int] | None:
    """A reply written under the original when the original opens the mail unquoted (Outlook
    set to reply below: its header block on the first line, no ">"): where the original's
    own closing ends and the writer's text starts, and where that text ends (an older
    message's header). The closing by its shape: a closing line with one to four short
    lines under it (the sender's name and office), then a blank line and more text. A
    closing alone ("Tack på förhand!") ends nothing: the name under it is the sign."""
    if cut.kind not in ("header", "separator"):
        return None
    section = lines[cut.body_start :]
    later = _find_unquoted_header(section, 0)
    end = later if later is not None else len(section)
    for k in range(end):
        if not is_valediction(section[k]):
            continue
        j = k + 1
        while j < end and plain(section[j]) and len(plain(section[j]).split()) <= 6:
            j += 1
        if not 2 <= j - k <= 5 or (j < end and plain(section[j])):
            continue
        if any(plain(x) for x in section[j:end]):
            return cut.body_start + j, cut.body_start + end
        return None
    return None


def text_above_quote(text: str | None) -> str:
    """TEXT down to where the quoted or forwarded original begins, signature included; for a
    bottom-posted reply (nothing above the quote), the own lines under it."""
    lines_t, marked_t, cut = _prepared(text)
    lines, marked = list(lines_t), list(marked_t)
    if cut is None:
        return "\n".join(lines).strip("\n")
    above = "\n".join(lines[: cut.index]).strip("\n")
    if not above.strip() and (below := _below_unquoted_original(marked, cut)) is not None:
        return "\n".join(lines[below[0] : below[1]]).strip("\n")
    if above.strip() or cut.kind not in ("quote", "attribution"):
        return above
    # Nothing above the quote: a bottom-posted reply ("X wrote:" / "> ..." / the answer).
    # Its own words are the unquoted lines below, down to an older message's header.
    section = marked[cut.body_start :]
    later = _find_unquoted_header(section, 0)
    kept = lines[cut.body_start :][: later if later is not None else len(section)]
    return "\n".join(ln for ln in kept if not is_quoted(ln)).strip("\n")


def _find_unquoted_header(section: list[str], start: int) -> int | None:
    for k in range(start, len(section)):
        ln = section[k]
        if is_quoted(ln) or not plain(ln):
            continue
        if (
            _separator_cut(section, k, None) is not None
            or _header_block_end(section, k) > k
            or _attribution_len(section, k)
        ):
            return k
    return None


def forwarded_sender(text: str | None, *, forward_subject: bool = False) -> str | None:
    """The sender's value ("Kansliet <kansli@x.se>") in the header block of a mail forwarded
    inline, in any language: the field labelled as the sender ("Från", "Von", "Kimden", "من"),
    else the first value holding an address (every client writes the sender before the
    recipients). None when the body forwards nothing. `forward_subject`: the mail's subject
    says it forwards ("VB:", "WG:"), so Outlook's block, the same for a reply and a
    forward, is a forward's."""
    _, marked_t, cut = _prepared(text)
    lines = list(marked_t)
    if cut is None or not (cut.kind == "forward" or (forward_subject and cut.kind != "quote")):
        return None
    for k in range(cut.index, cut.body_start):
        if _header_block_end(lines, k) > k:
            _, fields = _header_fields(lines, k)
            break
    else:
        return None
    # the value as written (label_line normalises digits; addresses keep theirs)
    by_role = [f for f in fields if f.role == "from" and qh.has_address(f.value)]
    with_addr = [f for f in fields if qh.has_address(f.value) and f.role not in ("to", "other")]
    pick = (by_role or with_addr or [None])[0]
    return pick.value if pick else None


def strip_quotes_and_signature(text: str | None) -> str:
    """The association's own words only (no quoted lines at all), cleaned."""
    return split_reply(text).own_unquoted().strip()
