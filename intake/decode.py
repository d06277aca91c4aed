"""Raw RFC 5322 bytes (or an Outlook .msg) to a DecodedMessage.

mail-parser does the header, body and attachment decoding; the stdlib tree it keeps
(`parsed.message`) is walked for what mail-parser flattens away: attached mails.
Nothing here raises on bad input: defects become `problems` for the review list.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import email.utils
import logging
import re
from email.header import decode_header, make_header
from email.message import Message
from typing import Any

import mailparser

from ..parsers.model import Reason
from ..parsers.text import html_to_text
from .addresses import normalize_address
from .message import Attachment, DecodedMessage
from .outlook_msg import is_outlook_msg, msg_to_email_bytes

log = logging.getLogger(__name__)
# mail-parser logs every unhandled content type at ERROR; that is noise for us.
logging.getLogger("mailparser").setLevel(logging.CRITICAL)

_MAX_DEPTH = 5  # attached mails inside attached mails: enough for any real forward chain


class _MailParser(mailparser.MailParser):
    """mail-parser without its two summary dicts (`.mail`, `.mail_partial`): it builds them
    at the end of every parse by decoding every header once more, a quarter of its time,
    and we read the parts, headers and defects directly. Were the hook renamed upstream,
    this would only be slower again."""

    def _make_mail(self, complete: bool = True) -> dict[str, Any]:
        return {}


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


def _addresses(pairs: Any) -> list[str]:
    out: list[str] = []
    for pair in pairs or []:
        addr = pair[1] if isinstance(pair, (tuple, list)) and len(pair) > 1 else str(pair)
        norm = normalize_address(addr)
        if norm and norm not in out:
            out.append(norm)
    return out


def _msg_ids(value: str) -> list[str]:
    return re.findall(r"<[^<>\s]+>", value or "")


def _aware(date: Any, raw_date: str) -> dt.datetime | None:
    if isinstance(date, dt.datetime):
        return date if date.tzinfo else date.replace(tzinfo=dt.UTC)
    if raw_date:
        try:
            parsed = email.utils.parsedate_to_datetime(raw_date)
        except (TypeError, ValueError, IndexError):
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
    return None


def _attachment_bytes(att: dict[str, Any]) -> bytes:
    payload = att.get("payload") or ""
    if att.get("binary"):
        try:
            return base64.b64decode(payload)
        except (binascii.Error, ValueError):
            return b""
    charset = att.get("charset") or "utf-8"
    try:
        return payload.encode(charset, errors="replace")
    except LookupError:
        return payload.encode("utf-8", errors="replace")


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
        except LookupError:
            note: str | None = f"unknown charset {charset!r}, read as windows-1252"
        except UnicodeDecodeError:
            note = f"text not valid {charset}, read as windows-1252"
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


def _leaf_body(part: Message, problems: list[str], notes: list[str]) -> _Body:
    body = _Body()
    ctype = part.get_content_type()
    if ctype not in ("text/plain", "text/html"):
        return body
    disposition = (part.get("Content-Disposition") or "").lower()
    if "attachment" in disposition or (part.get_filename() and ctype != "text/html"):
        return body
    try:
        data = part.get_payload(decode=True) or b""
    except (ValueError, TypeError, binascii.Error):
        data = b""
        problems.append("a body part could not be decoded")
    for defect in part.defects:
        name = type(defect).__name__
        if "Base64" in name or "QuotedPrintable" in name:
            problems.append(f"body part damaged in transfer ({name}): text may be cut short")
    if not isinstance(data, bytes):
        data = str(data).encode("utf-8", errors="replace")
    text, note = decode_text_bytes(data, part.get_content_charset())
    if note and note not in notes:
        notes.append(note)
    if ctype == "text/plain" and looks_like_html(text):
        notes.append("a text/plain part held HTML: read as HTML")
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


def _walk_body(part: Message, problems: list[str], notes: list[str], depth: int = 0) -> _Body:
    if not part.is_multipart():
        return _leaf_body(part, problems, notes)
    payload = part.get_payload()
    children = [c for c in payload if isinstance(c, Message)] if isinstance(payload, list) else []
    if depth > 50:  # a hostile nesting: what was read so far is enough
        return _Body()
    bodies = [_walk_body(c, problems, notes, depth + 1) for c in children]
    if part.get_content_type() == "multipart/alternative" and len(bodies) > 1:
        return _alternative(bodies)
    out = _Body()
    for b in bodies:  # mixed, related, an attached mail: the parts in order
        out.extend(b)
    return out


def _body_parts(root: Message) -> tuple[list[str], list[str], list[str], list[str]]:
    """(plain texts, html texts, problems, notes) of the inline body parts."""
    problems: list[str] = []
    notes: list[str] = []
    body = _walk_body(root, problems, notes)
    return body.plain, body.html, problems, notes


def _embedded_messages(root: Message) -> list[bytes]:
    out: list[bytes] = []
    for part in root.walk():
        if part is root or part.get_content_type() != "message/rfc822":
            continue
        payload = part.get_payload()
        inner = payload[0] if isinstance(payload, list) and payload else None
        if isinstance(inner, Message):
            try:
                out.append(inner.as_bytes())
            except (UnicodeError, LookupError, ValueError):
                log.debug("attached mail could not be serialised", exc_info=True)
    return out


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
    problems: list[str] = []
    if is_outlook_msg(raw):
        try:
            raw = msg_to_email_bytes(raw)
        except ValueError as exc:
            return _empty(f"Outlook .msg could not be read: {exc}")
    if not raw.strip():
        return _empty("empty message")
    try:
        parsed = _MailParser.from_bytes(raw)
    except Exception as exc:  # mail-parser raises a zoo of types on hostile input
        return _empty(f"undecodable message: {type(exc).__name__}: {exc}")

    headers = {k.lower(): _header_str(v) for k, v in (parsed.headers or {}).items()}
    for cat in sorted(parsed.defects_categories or []):
        problems.append(f"MIME defect: {cat}")

    root = parsed.message
    if isinstance(root, Message):
        plain_parts, html_parts, part_problems, notes = _body_parts(root)
        problems.extend(p for p in part_problems if p not in problems)
        # mail-parser flags a charset it could not decode; we decoded it ourselves.
        if plain_parts or html_parts:
            problems[:] = [p for p in problems if "CharsetDecodeDefect" not in p]
    else:
        plain_parts, html_parts, notes = parsed.text_plain or [], parsed.text_html or [], []
    plain = "\n\n".join(t for t in plain_parts if t and t.strip())
    html = "\n".join(html_parts) or None
    if plain.strip() and not (html and _is_html_placeholder(plain)):
        text = plain
    elif html:
        text = html_to_text(html)
    else:
        text = ""

    attachments: list[Attachment] = []
    for att in parsed.attachments or []:
        ctype = _header_str(att.get("mail_content_type") or "application/octet-stream")
        ctype = re.sub(r"\s+", "", ctype).lower()
        if ctype.startswith("message/") or ctype == "text/rfc822-headers":
            continue  # read below from the MIME tree, or DSN material for classify
        name = _header_str(att.get("filename") or "") or "attachment"
        attachments.append(Attachment(filename=name, content_type=ctype,
                                      data=_attachment_bytes(att)))

    embedded: list[DecodedMessage] = []
    if depth < _MAX_DEPTH and isinstance(root, Message):
        embedded = [decode_message(b, depth + 1) for b in _embedded_messages(root)]

    from_pairs = parsed.from_ or []
    from_addr = _addresses(from_pairs)
    from_name = ""
    if from_pairs and isinstance(from_pairs[0], (tuple, list)):
        from_name = _header_str(from_pairs[0][0])
    mid = _msg_ids(headers.get("message-id", ""))
    date = _aware(parsed.date, headers.get("date", ""))
    if date is None:
        problems.append("no usable Date header")
    if not text.strip() and not attachments and not embedded:
        problems.append("empty body")

    return DecodedMessage(
        message_id=mid[0] if mid else None,
        subject=_header_str(parsed.subject),
        from_addr=from_addr[0] if from_addr else None,
        from_name=from_name,
        to=_addresses(parsed.to),
        cc=_addresses(parsed.cc),
        reply_to=_addresses(parsed.reply_to),
        date=date,
        headers=headers,
        text=text,
        html=html,
        attachments=attachments,
        embedded=embedded,
        in_reply_to=(_msg_ids(headers.get("in-reply-to", "")) or [None])[0],
        references=_msg_ids(headers.get("references", "")),
        problems=problems,
        notes=notes,
        raw_headers_text=_raw_mime_text(root),
    )


def _raw_mime_text(root: Any) -> str:
    """Text of the delivery-status and rfc822-headers parts: bounces name addresses there."""
    if not isinstance(root, Message):
        return ""
    chunks: list[str] = []
    for part in root.walk():
        ctype = part.get_content_type()
        if ctype in ("message/delivery-status", "text/rfc822-headers"):
            payload = part.get_payload()
            if isinstance(payload, list):
                chunks.extend(str(p) for p in payload)
            else:
                chunks.append(str(part.get_payload(decode=False)))
    return "\n".join(chunks)


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
