"""Raw RFC 5322 bytes (or an Outlook .msg) to a DecodedMessage, in one decoding pass.

The standard library parses the bytes (`email.message_from_bytes`, the compat32 policy:
the cheapest, and the tree mail-parser used to build for us); one walk of that tree then
reads the body texts (our charset rules), the attachments, the attached mails and the MIME
defects, and the headers are decoded here (encoded words, addresses, Date). Nothing here
raises on bad input: what went wrong becomes a `problems` entry for the review list.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import email
import email.utils
import logging
import re
import unicodedata
from email.errors import HeaderParseError
from email.header import Header, decode_header, make_header
from email.message import Message
from typing import Any

from ..parsers.model import Reason
from ..parsers.text import (
    html_to_text,
    plain_lists_from_html,
    plain_paragraphs_from_html,
    short_cache,
)
from .addresses import normalize_address
from .armor import clearsigned_text
from .message import Attachment, DecodedMessage
from .outlook_msg import is_outlook_msg, msg_to_email_bytes

log = logging.getLogger(__name__)

_MAX_DEPTH = 5  # attached mails inside attached mails: enough for any real forward chain


def _header_str(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str) and "=?" not in value:
        # no encoded word: decode_header gives the text back as one chunk, make_header
        # returns it unchanged (a short cut, not another decoding)
        return value
    try:
        return str(make_header(decode_header(str(value))))
    except (UnicodeError, LookupError, ValueError, binascii.Error):
        return str(value)


def _decode_words(raw: Any) -> str:
    # a subject or a name in encoded words recurs across an import's replies ("SV:
    # =?utf-8?q?Enk=C3=A4t?="): decoded once
    if isinstance(raw, str) and "=?" in raw:
        return _decode_words_cached(raw)
    return _decode_words_of(raw)


def _decode_words_of(raw: Any) -> str:
    """One raw header value (a str, or a Header when it held 8-bit bytes) as text: its
    encoded words decoded chunk by chunk, a chunk in an unknown or wrong charset read as
    UTF-8 with the bad bytes dropped, the result NFC-normalised and stripped (what
    mail-parser gave, so subjects and names compare as before)."""
    if not raw:
        return ""
    if isinstance(raw, str) and "=?" not in raw:
        if raw.isascii():  # most headers: NFC changes no ASCII text
            return raw.strip()
        text = raw
    else:
        try:
            chunks = decode_header(raw)
        except (HeaderParseError, UnicodeError, ValueError, binascii.Error):
            chunks = [(str(raw), None)]
        parts: list[str] = []
        for data, charset in chunks:
            if isinstance(data, str):
                parts.append(data)
                continue
            try:
                parts.append(data.decode(charset or "utf-8"))
            except (LookupError, ValueError):  # ValueError: a NUL in the charset name
                parts.append(data.decode("utf-8", "ignore"))
        text = "".join(parts)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # a codec made a lone surrogate: keep the raw text
            text = str(raw).encode("utf-8", "backslashreplace").decode("utf-8")
    return unicodedata.normalize("NFC", text).strip()


# _decode_words_of kept for the header values that hold encoded words (the only costly ones)
_decode_words_cached = short_cache(maxsize=1024)(_decode_words_of)


def _header_text(raw: Any) -> str:
    """A raw header value as a str for the address parser (8-bit bytes as UTF-8)."""
    if isinstance(raw, Header):
        out = []
        for data, charset in decode_header(raw.encode()):
            if isinstance(data, bytes):
                cs = charset if charset and charset != "unknown-8bit" else "utf-8"
                try:  # a byte that is no UTF-8 stays a lone surrogate: no address holds one
                    data = data.decode(cs, "surrogateescape")
                except (LookupError, UnicodeError):
                    data = data.decode("utf-8", "surrogateescape")
            out.append(data)
        return "".join(out)
    return str(raw)


# An addr-spec: dot-atoms or a quoted local part, @, dot-atoms or a domain literal (RFC 5322
# 3.4.1; RFC 6532 lets the atoms hold UTF-8, never a lone surrogate from a bad byte).
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~\x80-\ud7ff\ue000-\U0010ffff-]+"
_ADDR_SPEC = re.compile(rf"""(?:{_ATOM}(?:\.{_ATOM})*|"(?:[^"\\\r\n]|\\.)*")"""
                        rf"@(?:{_ATOM}(?:\.{_ATOM})*|\[[^\[\]\\\r\n]*\])")
# The common header, read without the character scan: mailboxes "Name <a@b>", "a@b",
# '"Name, Org" <a@b>' separated by commas.
_NAME = r'(?:"(?:[^"\\\r\n]|\\.)*"|[^"<>,;:()\\@\[\]\r\n]*)'
_MAILBOX = rf"(?:{_NAME}\s*<{_ADDR_SPEC.pattern}>|{_ADDR_SPEC.pattern})"
_SIMPLE_LIST = re.compile(rf"\s*{_MAILBOX}(?:\s*,\s*{_MAILBOX})*\s*")


def _address_pairs(raw: Any) -> tuple[list[tuple[str, str]], bool]:
    """(display name, address) pairs of an address header, and whether some of it could
    not be read as an address. Only a mailbox that stands alone is read: an unclosed or
    stray angle bracket, quote or comment, two addresses in one item or text after one,
    or an address that is no addr-spec make the item unreadable (a defect), never a
    guess. A display name is decoded (encoded words, quotes); one that only repeats the
    address is dropped."""
    if raw is None:
        return [], False
    pairs, bad = _text_address_pairs(_header_text(raw))
    return list(pairs), bad


@short_cache(maxsize=4096)  # the coordinator's To and each association's From recur
def _text_address_pairs(text: str) -> tuple[tuple[tuple[str, str], ...], bool]:
    """_address_pairs of a header's text (the pairs as a tuple: the cache's, kept as is)."""
    if not text.strip():
        return (), False
    if _SIMPLE_LIST.fullmatch(text):
        items = [(text, True)]
        bad = False
    else:
        items, _ = _scan_items(text)  # its "broken": an item not ok, counted below
        bad = False
    out: list[tuple[str, str]] = []
    for item, ok in items:
        if not ok and _ENCODED_ONLY.fullmatch(item):
            whole = _mailbox_in_encoded_words(item)
            if whole is not None:
                out.append(whole)
                continue
        if not ok:
            bad = True
            continue
        try:  # comments nested a thousand deep exhaust the stdlib's recursive reader
            pairs = email.utils.getaddresses([item])
        except (IndexError, ValueError, TypeError, HeaderParseError, RecursionError):
            bad = True
            continue
        for name, addr in pairs:
            if not addr or not _ADDR_SPEC.fullmatch(addr):
                bad = bad or bool(name or addr)
                continue
            name = _decode_words(name) if "=?" in name else name
            if not name.isascii():  # a bad byte in the name: kept visible, as \xNN
                name = name.encode("utf-8", "backslashreplace").decode("utf-8")
            out.append(("" if name == addr else name, addr))
    # nothing readable is damage, but an empty group ("undisclosed-recipients:;") is none
    return tuple(out), bad or (not out and not _EMPTY_GROUP.search(text))


_EMPTY_GROUP = re.compile(r":\s*;\s*$")

# A mailbox item that is nothing but encoded words: some mailers (web forms, old scripts)
# encode the whole "Name <addr>" as one, so the address hides inside the name.
_ENCODED_ONLY = re.compile(r"\s*(?:=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=\s*)+")


def _mailbox_in_encoded_words(item: str) -> tuple[str, str] | None:
    """The one plain mailbox ("Name <addr>" or "addr") that a header item encoded whole
    as encoded words holds once decoded, as (name, address); None when the decoded text
    is not exactly one readable mailbox (no address, two, or a broken one stays a defect)."""
    text = _decode_words(item)
    if not text or "=?" in text or "\n" in text or "\r" in text:
        return None
    pairs, bad = _text_address_pairs(text)
    if bad or len(pairs) != 1:
        return None
    return pairs[0]


def _scan_items(text: str) -> tuple[list[tuple[str, bool]], bool]:
    """The comma-separated items of an address list (quotes, comments and angle brackets
    respected; a group's label dropped), each with whether it is one well-formed mailbox,
    and whether anything in the list is broken."""
    items: list[tuple[str, bool]] = []
    start = 0
    opened = -1  # index of the open "<", -1 outside
    angles = 0  # complete <...> in this item
    after_angle = broken = group = False
    quote = escaped = False
    depth = 0
    for i, ch in enumerate(text):
        if escaped:
            escaped = False
        elif ch == "\\" and (quote or depth):
            escaped = True
        elif depth:
            depth += (ch == "(") - (ch == ")")
        elif quote:
            quote = ch != '"'
        elif ch == "(":
            depth = 1
        elif ch == '"':
            quote = True
        elif ch == "<":
            broken = broken or opened >= 0
            opened = i
        elif ch == ">":
            if opened < 0 or not _ADDR_SPEC.fullmatch(text[opened + 1:i].strip()):
                broken = True
            opened, angles = -1, angles + 1
        elif opened >= 0:
            continue
        elif ch in ",;":
            if ch == ";":
                broken = broken or not group
                group = False
            items.append((text[start:i], not broken and angles <= 1 and not after_angle))
            start, angles, after_angle, broken = i + 1, 0, False, False
        elif ch == ":":
            if group or angles or not text[start:i].strip() or "@" in text[start:i]:
                broken = True
            group = True
            start = i + 1  # "Group name: a@b, c@d;"
        elif angles and not ch.isspace():
            after_angle = True
    broken = broken or quote or escaped or depth > 0 or opened >= 0 or group
    items.append((text[start:], not broken and angles <= 1 and not after_angle))
    items = [(t, ok and ("<" in t or "(" in t or bool(_ADDR_SPEC.fullmatch(t.strip()))))
             for t, ok in items if t.strip() or not ok]
    return items, any(not ok for _, ok in items)


def _addresses(pairs: Any) -> list[str]:
    out: list[str] = []
    for pair in pairs or []:
        addr = pair[1] if isinstance(pair, (tuple, list)) and len(pair) > 1 else str(pair)
        norm = normalize_address(addr)
        if norm and norm not in out:
            out.append(norm)
    return out


_MSG_ID = re.compile(r"<[^<>\s]+>")


def _msg_ids(value: str) -> list[str]:
    return _MSG_ID.findall(value or "")


def _date(raw: str) -> tuple[dt.datetime | None, bool]:
    """The Date header as an aware UTC datetime, and whether it is damaged. The standard
    library reads the RFC 5322 form and the broken ones mailers write (no weekday, a
    two-digit year, dots in the time, no space before the zone, a comment after it, an
    unknown zone name: read as UTC). Damaged: unreadable, or no zone at all (the hour is
    then a guess)."""
    if not raw.strip():
        return None, False
    try:
        parsed = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None, True
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=dt.UTC), _NO_ZONE.search(raw.rstrip()) is None
    try:
        return parsed.astimezone(dt.UTC), False
    except (OverflowError, ValueError):
        return parsed, False


# a zone after the time: the stdlib reads an unknown name ("CEST") and -0000 as no zone
# (naive, taken as UTC); one was given, so the Date is not damaged
_NO_ZONE = re.compile(r"[\d\s](?:[A-Za-z]{1,5}|[+-]\d{4})(?:\s*\(.*\))?$")


def decode_text_bytes(data: bytes, declared: str | None) -> tuple[str, str | None]:
    """Bytes of a text part to str, åäö intact whatever the label says.

    Order: valid UTF-8 with non-ASCII wins even over a declared latin-1 (a common
    mislabel, and UTF-8 validity is a strong signal); then the declared charset, decoded
    strictly; then windows-1252, which decodes every Western byte. Returns the text and a
    problem note when the label was missing, unknown or wrong."""
    charset = (declared or "").strip().strip('"').lower() or None
    if charset in ("utf-16", "utf-16le", "utf-16be", "utf-32"):
        try:
            return data.decode(charset), None
        except UnicodeDecodeError:
            pass
    if not data.isascii():
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            ok = charset in (None, "utf-8", "utf8", "us-ascii", "ascii")
            return text, None if ok else f"text labelled {charset} was UTF-8"
    if charset:
        try:
            return data.decode(charset), None
        except UnicodeDecodeError:
            note: str | None = f"text not valid {charset}, read as windows-1252"
        except (LookupError, ValueError):  # ValueError: a NUL in the charset name
            note = f"unknown charset {charset!r}, read as windows-1252"
    else:
        note = None if data.isascii() else "no charset given, read as windows-1252"
    return data.decode("cp1252", errors="replace"), note


# A text/plain part that holds an HTML document (broken mailers and mail generators send
# the HTML source under a plain label): it is read the HTML way, never as its source.
_HTML_START = re.compile(r"^\ufeff?\s*<(?:!doctype\s+html|html|head|body|meta|div|p|table)\b",
                         re.I)
_HTML_TAG = re.compile(
    r"</?(?:html|head|body|meta|style|div|p|br|span|table|tbody|tr|td|th|b|strong|i|em|u"
    r"|font|a|ul|ol|li|h[1-6]|blockquote|hr|img|center|pre)\b[^<>]{0,2000}>", re.I)


def looks_like_html(text: str) -> bool:
    """TEXT is an HTML document or fragment, not prose: it opens with a document's tag, or
    tags make up a good share of it. An address in angle brackets ("<kansli@x.se>") or a
    word such as "<b>" in a sentence is no HTML."""
    head = text[:4000]
    tags = _HTML_TAG.findall(head)
    if _HTML_START.match(head):
        return len(tags) >= 2
    if len(tags) < 5:  # most plain parts: the share of tags is not counted
        return False
    # the characters that are not whitespace (str.split splits on exactly what isspace is)
    visible = len("".join(head.split()))
    return visible > 0 and sum(len(t) for t in tags) >= 0.25 * visible


class _Body:
    """The plain and HTML texts of one body (sub)tree, in order."""

    def __init__(self) -> None:
        self.plain: list[str] = []
        self.html: list[str] = []

    def extend(self, other: _Body) -> None:
        self.plain.extend(other.plain)
        self.html.extend(other.html)


# "the part's file name was not read" (a name read may well be None)
_UNREAD: Any = object()


def _leaf_body(part: Message, ctype: str, walk: _Walk, named: Any = _UNREAD) -> _Body:
    """The body text of a leaf part. NAMED: what `part.get_filename()` gave when the
    attachment test read it (`_attachment`), else _UNREAD."""
    body = _Body()
    if ctype not in ("text/plain", "text/html"):
        return body
    disposition = (part.get("Content-Disposition") or "").lower()
    if "attachment" in disposition or (
            (part.get_filename() if named is _UNREAD else named) and ctype != "text/html"):
        return body
    try:
        data = part.get_payload(decode=True) or b""
    except (ValueError, TypeError, binascii.Error):
        data = b""
        walk.problems.append("a body part could not be decoded")
    for defect in part.defects:
        name = type(defect).__name__
        if "Base64" in name or "QuotedPrintable" in name:
            walk.problems.append(
                f"body part damaged in transfer ({name}): text may be cut short")
    if not isinstance(data, bytes):
        data = str(data).encode("utf-8", errors="replace")
    text, note = decode_text_bytes(data, part.get_content_charset())
    if note and note not in walk.notes:
        walk.notes.append(note)
    text = clearsigned_text(text)  # an inline PGP signature: the signed text, unescaped
    if ctype == "text/plain" and looks_like_html(text):
        walk.notes.append("a text/plain part held HTML: read as HTML")
        ctype = "text/html"
    (body.plain if ctype == "text/plain" else body.html).append(text)
    return body


def _alternative(children: list[_Body]) -> _Body:
    """The parts of a multipart/alternative say the same thing: the reply is read from ONE
    of them, never from their concatenation. The plain text of the last alternative that
    has a real one (not an "this mail is HTML" placeholder), and the HTML of the last that
    has HTML (the decoder picks between the two as for any mail)."""
    out = _Body()
    with_plain = [c for c in children if any(t.strip() for t in c.plain)]
    real = [c for c in with_plain if not _is_html_placeholder("\n".join(c.plain))]
    if real or with_plain:
        out.plain = (real or with_plain)[-1].plain
    with_html = [c for c in children if any(t.strip() for t in c.html)]
    if with_html:
        out.html = with_html[-1].html
    return out


class _Walk:
    """What the one walk of a MIME tree collects besides the body texts, in tree order."""

    def __init__(self) -> None:
        self.defects: set[str] = set()  # MIME defect categories
        self.problems: list[str] = []  # of the body parts
        self.notes: list[str] = []
        self.attachments: list[Attachment] = []
        self.attached_mails: list[Message] = []
        self.dsn_text: list[str] = []  # delivery-status and rfc822-headers parts


def _visit(part: Message, walk: _Walk, depth: int = 0, read_body: bool = True) -> _Body:
    """One part and everything below it, in the order of `Message.walk()`: its defects
    (read before its payload is decoded, which may add more), its attachment, attached
    mail or bounce text, then its body text or its children's."""
    walk.defects.update(type(d).__name__ for d in part.defects)
    ctype = part.get_content_type()
    multipart = part.is_multipart()
    named = _attachment(part, multipart, walk)
    if ctype == "message/rfc822" and depth:
        payload = part.get_payload()
        inner = payload[0] if isinstance(payload, list) and payload else None
        if isinstance(inner, Message):
            walk.attached_mails.append(inner)
    elif ctype in ("message/delivery-status", "text/rfc822-headers"):
        payload = part.get_payload()
        if isinstance(payload, list):
            walk.dsn_text.extend(str(p) for p in payload)
        else:
            walk.dsn_text.append(str(part.get_payload(decode=False)))
    if not multipart:
        return _leaf_body(part, ctype, walk, named) if read_body else _Body()
    payload = part.get_payload()
    children = [c for c in payload if isinstance(c, Message)] if isinstance(payload, list) else []
    read_body = read_body and depth <= 50  # a hostile nesting: what was read so far is enough
    bodies = [_visit(c, walk, depth + 1, read_body) for c in children]
    if not read_body:
        return _Body()
    if ctype == "multipart/alternative" and len(bodies) > 1:
        return _alternative(bodies)
    out = _Body()
    for b in bodies:  # mixed, related, an attached mail: the parts in order
        out.extend(b)
    return out


_MIME_HEADERS = ("content-type", "content-disposition", "content-id",
                 "content-transfer-encoding")


def _metadata(part: Message, walk: _Walk) -> Message:
    """The part itself, or, when its MIME headers hold 8-bit bytes (a raw UTF-8 filename,
    as some mailers write), a copy of those headers decoded as UTF-8; bytes that are not
    UTF-8 become U+FFFD and a MimeHeaderDefect."""
    if all(v.isascii() for k, v in part.raw_items() if k.lower() in _MIME_HEADERS):
        return part
    view = Message()
    view.set_default_type(part.get_default_type())
    for name, raw in part.raw_items():
        if name.lower() not in _MIME_HEADERS:
            continue
        octets = str(raw).encode("utf-8", "surrogateescape")
        try:
            value = octets.decode("utf-8")
        except UnicodeDecodeError:
            value = octets.decode("utf-8", "replace")
            walk.defects.add("MimeHeaderDefect")
        view[name] = value
    return view


def _attachment(part: Message, multipart: bool, walk: _Walk) -> Any:
    """The part as an attachment, if it is one: it has a file name (RFC 2231 or the
    `name` parameter, encoded words decoded), or a Content-ID and is no text part, or is
    RTF, or says `attachment` (a multipart one too). Attached mails and DSN material
    are read elsewhere, never as files. Returns what `part.get_filename()` gives when it
    was read of the part itself (the body reader asks the same of every leaf: the
    header's parameters parsed once, not twice), else _UNREAD."""
    meta = _metadata(part, walk)
    disposition = (meta.get_content_disposition() or "").lower()
    if multipart and disposition != "attachment":
        return _UNREAD
    raw_name = meta.get_filename()
    named = raw_name if meta is part else _UNREAD
    filename = _decode_words(raw_name)
    if not filename:
        subtype = meta.get_content_subtype()
        content_id = _decode_words(meta.get("content-id"))
        if content_id and subtype not in ("html", "plain"):
            filename = content_id
        elif subtype == "rtf":
            filename = "attachment.rtf"
        elif disposition == "attachment":
            filename = "attachment.txt"
        else:
            return named
    ctype = meta.get_content_type()
    if not ctype.isascii() or " " in ctype or "=?" in ctype:
        ctype = re.sub(r"\s+", "", _header_str(ctype)).lower()
    if ctype.startswith("message/") or ctype == "text/rfc822-headers":
        return named
    walk.attachments.append(Attachment(filename=_header_str(filename) or "attachment",
                                       content_type=ctype,
                                       data=_attachment_bytes(part, meta, multipart)))
    return named


def _attachment_bytes(part: Message, meta: Message, multipart: bool) -> bytes:
    if multipart:
        text = "".join(_flatten(m) for m in part.get_payload() if isinstance(m, Message))
        charset = meta.get_content_charset() or "utf-8"
        try:
            return text.encode(charset, errors="replace")
        except LookupError:
            return text.encode("utf-8", errors="replace")
    cte = str(meta.get("content-transfer-encoding", "")).strip().lower()
    if cte == "base64":
        # the transfer text decoded leniently (characters outside the alphabet skipped);
        # a part cut off mid-quantum reads as empty, not as a file with its tail missing
        try:
            text = part.get_payload(decode=False)
        except (LookupError, UnicodeError):  # a charset no codec applies ("undefined")
            data = part.get_payload(decode=True)
            return data if isinstance(data, bytes) else b""
        try:
            return base64.b64decode(text) if isinstance(text, str) else b""
        except (binascii.Error, ValueError):
            return b""
    data = part.get_payload(decode=True)
    return data if isinstance(data, bytes) else b""


def _flatten(part: Message) -> str:
    """A part back to text, whatever its declared charset can encode."""
    try:
        return part.as_string()
    except (LookupError, UnicodeError):
        pass
    try:
        return part.as_bytes().decode("utf-8", "surrogateescape")
    except (LookupError, UnicodeError):
        return ""


# A plain part that only says the mail is HTML ("This message is in HTML format.", "Ditt
# e-postprogram kan inte visa HTML"): the HTML part holds the text.
_HTML_PLACEHOLDER = re.compile(
    r"^\W*(?:this\s+(?:is\s+an?\s+)?(?:message|e-?mail|mail)\s+(?:is\s+)?(?:in|an?)\s+"
    r"(?:html|multi-?part)\b[^\n]*"
    r"|(?:your|this)\s+(?:e-?mail\s+)?(?:client|reader|program)\b[^\n]*\bhtml\b[^\n]*"
    r"|(?:detta|det\s+här)\s+(?:meddelande|mejl|mail|e-?postmeddelande)\s+är\s+i\s+html"
    r"[^\n]*"
    r"|(?:ditt|ert)\s+e-?postprogram\b[^\n]*\bhtml\b[^\n]*)\W*$",
    re.I,
)


def _is_html_placeholder(plain: str) -> bool:
    t = " ".join(plain.split())
    return len(t) <= 200 and bool(_HTML_PLACEHOLDER.match(t))


def decode_message(raw: bytes, depth: int = 0) -> DecodedMessage:
    """Decode one mail. Always returns a message; what went wrong is in `.problems`."""
    if is_outlook_msg(raw):
        try:
            raw = msg_to_email_bytes(raw)
        except ValueError as exc:
            return _empty(f"Outlook .msg could not be read: {exc}")
    if not raw.strip():
        return _empty("empty message")
    try:
        return _decode(email.message_from_bytes(raw), depth)
    except RecursionError:
        return _empty("undecodable message: nesting too deep to parse")
    except Exception as exc:  # hostile input must flag its message, never stop the run
        log.debug("undecodable message", exc_info=True)
        return _empty(f"undecodable message: {type(exc).__name__}: {exc}")


def _decode(root: Message, depth: int) -> DecodedMessage:
    walk = _Walk()
    body = _visit(root, walk)

    headers: dict[str, str] = {}
    for name, value in root.items():
        key = name.lower()
        if key not in headers:
            headers[key] = _header_str(_decode_words(value))
    addresses: dict[str, list[tuple[str, str]]] = {}
    for key in ("from", "to", "cc", "reply-to"):
        pairs, bad = _address_pairs(root.get(key))
        addresses[key] = pairs
        if bad:
            walk.defects.add("AddressHeaderDefect")
    date, damaged = _date(headers.get("date", ""))
    if damaged:
        walk.defects.add("DateHeaderDefect")

    problems = [f"MIME defect: {cat}" for cat in sorted(walk.defects)]
    problems.extend(p for p in walk.problems if p not in problems)
    plain = "\n\n".join(t for t in body.plain if t and t.strip())
    html = "\n".join(body.html) or None
    if plain.strip() and not (html and _is_html_placeholder(plain)):
        text = plain_paragraphs_from_html(plain_lists_from_html(plain, html), html)
    elif html:
        text = html_to_text(html)
    else:
        text = ""

    embedded: list[DecodedMessage] = []
    if depth < _MAX_DEPTH:
        for inner in walk.attached_mails:
            try:
                data = inner.as_bytes()
            except (UnicodeError, LookupError, ValueError):
                log.debug("attached mail could not be serialised", exc_info=True)
                continue
            embedded.append(decode_message(data, depth + 1))

    from_pairs = addresses["from"]
    from_addr = _addresses(from_pairs)
    mid = _msg_ids(headers.get("message-id", ""))
    if date is None:
        problems.append("no usable Date header")
    if not text.strip() and not walk.attachments and not embedded:
        problems.append("empty body")

    return DecodedMessage(
        message_id=mid[0] if mid else None,
        subject=headers.get("subject", ""),
        from_addr=from_addr[0] if from_addr else None,
        from_name=_header_str(from_pairs[0][0]) if from_pairs else "",
        to=_addresses(addresses["to"]),
        cc=_addresses(addresses["cc"]),
        reply_to=_addresses(addresses["reply-to"]),
        date=date,
        headers=headers,
        text=text,
        html=html,
        attachments=walk.attachments,
        embedded=embedded,
        in_reply_to=(_msg_ids(headers.get("in-reply-to", "")) or [None])[0],
        references=_msg_ids(headers.get("references", "")),
        problems=problems,
        notes=walk.notes,
        raw_headers_text="\n".join(walk.dsn_text),
    )


def _empty(problem: str) -> DecodedMessage:
    return DecodedMessage(
        message_id=None, subject="", from_addr=None, from_name="", to=[], cc=[],
        reply_to=[], date=None, headers={}, text="", problems=[problem],
    )


# The problems above as review reasons (a stable code; the text stays as the detail).
_PROBLEM_CODES = (
    ("no usable Date header", "no_date"),
    ("empty body", "empty_body"),
    ("empty message", "empty_body"),
    ("body part damaged", "damaged"),
    ("a body part could not be decoded", "damaged"),
    ("MIME defect", "mime_defect"),
    ("Outlook .msg could not be read", "undecodable"),
    ("undecodable message", "undecodable"),
)


def problem_reason(problem: str) -> Reason:
    for start, code in _PROBLEM_CODES:
        if problem.startswith(start):
            detail = problem.removeprefix("MIME defect: ")
            return Reason(code, None, detail if code in ("mime_defect", "undecodable",
                                                         "damaged") else "")
    return Reason("decode", None, problem)
