"""Outlook .msg files (saved by a coordinator from Outlook) to RFC 5322 mail bytes.

`intake import` hands a .msg to `msg_to_email_bytes` and then reads the result like any
other mail: From, To, Cc, Subject, Date, Message-ID, In-Reply-To/References, the plain
body (with the HTML body as an alternative) and the attachments. An embedded Outlook item
becomes a message/rfc822 part (or, if it cannot be converted, a .msg attachment).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import email.utils
import logging
import mimetypes
import re
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from typing import Any

from svarsinkorg.parsers.attachments.sniff import OLE2_MAGIC, is_msg_streams, ole_stream_names

MAX_NESTING = 5
_CRLF = re.compile(r"[\r\n]+\s*")
# transport headers worth keeping when the .msg carries them (threading, auto-replies)
_KEPT_TRANSPORT = (
    "References",
    "Reply-To",
    "Auto-Submitted",
    "X-Autoreply",
    "X-Autorespond",
    "Precedence",
    "X-Auto-Response-Suppress",
)


def is_outlook_msg(data: bytes) -> bool:
    """Is DATA an Outlook item: an OLE2 compound file holding MAPI property streams?"""
    if not data.startswith(OLE2_MAGIC):
        return False
    names = ole_stream_names(data)
    return names is not None and is_msg_streams(names)


def msg_to_email_bytes(data: bytes) -> bytes:
    """The Outlook .msg DATA as RFC 5322 bytes. Raises ValueError("not an Outlook .msg
    file: ...") when DATA is not one or cannot be converted."""
    if not data.startswith(OLE2_MAGIC):
        raise ValueError("not an Outlook .msg file: no OLE2 compound file signature")
    if not is_outlook_msg(data):
        raise ValueError("not an Outlook .msg file: no MAPI property streams")
    try:
        import extract_msg

        # extract-msg warns about every odd property; a reader of strangers' files
        # cannot act on that, and the conversion's own failures raise ValueError
        logging.getLogger("extract_msg").setLevel(logging.ERROR)
        item = extract_msg.openMsg(data, strict=False)
    except Exception as exc:
        raise ValueError(f"not an Outlook .msg file: {_short(exc)}") from exc
    try:
        message = _to_email(item, depth=0)
    except ValueError:
        raise
    except Exception as exc:
        raise ValueError(f"not an Outlook .msg file: cannot convert it ({_short(exc)})") from exc
    finally:
        with contextlib.suppress(Exception):
            item.close()
    try:
        return message.as_bytes(policy=policy.default)
    except Exception:  # non-ASCII addresses: write them as UTF-8 (RFC 6532)
        return message.as_bytes(policy=policy.default.clone(utf8=True))


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    text = _CRLF.sub(" ", str(value)).strip().replace("\x00", "")
    return text or None


def _stream(item: Any, prop: str) -> str | None:
    try:
        return _clean(item.getStringStream(f"__substg1.0_{prop}"))
    except Exception:
        return None


def _attr(item: Any, name: str) -> Any:
    try:
        return getattr(item, name)
    except Exception:
        return None


def _transport_headers(item: Any) -> dict[str, str]:
    """The stored Internet headers (present on received mail), first value of each."""
    raw = _attr(item, "headerText")
    if not raw:
        return {}
    try:
        from email.parser import HeaderParser

        if raw.startswith("Microsoft Mail Internet Headers Version 2.0"):
            raw = raw[len("Microsoft Mail Internet Headers Version 2.0") :].lstrip()
        parsed = HeaderParser(policy=policy.default).parsestr(raw)
        out: dict[str, str] = {}
        for key, value in parsed.items():
            cleaned = _clean(value)
            if cleaned and key.lower() not in out:
                out[key.lower()] = cleaned
        return out
    except Exception:
        return {}


def _format_address(name: str | None, addr: str | None) -> str | None:
    if not addr or "@" not in addr:
        return None
    try:
        return str(Address(display_name=name or "", addr_spec=addr))
    except Exception:
        return f"<{addr}>"


def _sender(item: Any) -> str | None:
    name = _stream(item, "0C1A")  # PR_SENDER_NAME
    addr = _stream(item, "5D01")  # PR_SENDER_SMTP_ADDRESS
    if not addr and (_stream(item, "0C1E") or "").upper() == "SMTP":
        addr = _stream(item, "0C1F")  # PR_SENDER_EMAIL_ADDRESS
    if not addr:
        addr = _stream(item, "5D02")  # PR_SENT_REPRESENTING_SMTP_ADDRESS
    if not addr and (_stream(item, "0064") or "").upper() == "SMTP":
        addr = _stream(item, "0065")  # PR_SENT_REPRESENTING_EMAIL_ADDRESS
    if not name:
        name = _stream(item, "0042")  # PR_SENT_REPRESENTING_NAME
    formatted = _format_address(name, addr)
    if formatted:
        return formatted
    sender = _clean(_attr(item, "sender"))
    return sender if sender and "@" in sender else None


def _recipients(item: Any, wanted: int) -> list[str]:
    out: list[str] = []
    for recipient in _attr(item, "recipients") or []:
        try:
            rtype = int(recipient.type)
        except Exception:
            continue
        if rtype != wanted:
            continue
        formatted = _format_address(_clean(recipient.name), _clean(recipient.email))
        if formatted:
            out.append(formatted)
    return out


def _set(message: EmailMessage, name: str, value: str | None) -> None:
    if not value:
        return
    try:
        message[name] = value
    except Exception:
        # a value the header parser rejects: keep it as unstructured text
        message[f"X-Outlook-{name}"] = value


def _html_text(raw: Any) -> str | None:
    if raw is None:
        return None
    if isinstance(raw, str):
        return raw or None
    if isinstance(raw, bytes | bytearray):
        head = bytes(raw[:2048]).lower()
        m = re.search(rb"charset\s*=\s*[\"']?([a-z0-9_.:-]+)", head)
        for enc in ([m.group(1).decode("ascii")] if m else []) + ["utf-8", "cp1252"]:
            try:
                return bytes(raw).decode(enc) or None
            except (LookupError, UnicodeDecodeError):
                continue
        return bytes(raw).decode("latin-1") or None
    return None


def _to_email(item: Any, depth: int) -> EmailMessage:
    if depth > MAX_NESTING:
        raise ValueError("not an Outlook .msg file: items nested too deeply")
    message = EmailMessage(policy=policy.default)
    transport = _transport_headers(item)

    _set(message, "From", transport.get("from") or _sender(item))
    to = transport.get("to") or ", ".join(_recipients(item, 1))
    cc = transport.get("cc") or ", ".join(_recipients(item, 2))
    _set(message, "To", to)
    _set(message, "Cc", cc)
    _set(message, "Subject", _clean(_attr(item, "subject")) or transport.get("subject"))
    date = _attr(item, "date")
    if isinstance(date, dt.datetime):
        if date.tzinfo is None:
            date = date.replace(tzinfo=dt.UTC)
        _set(message, "Date", email.utils.format_datetime(date))
    elif transport.get("date"):
        _set(message, "Date", transport["date"])
    _set(message, "Message-ID", _clean(_attr(item, "messageId")) or transport.get("message-id"))
    _set(message, "In-Reply-To", _clean(_attr(item, "inReplyTo")) or transport.get("in-reply-to"))
    for name in _KEPT_TRANSPORT:
        _set(message, name, transport.get(name.lower()))
    _set(message, "X-Outlook-Message-Class", _stream(item, "001A"))

    body = _attr(item, "body")
    html = _html_text(_attr(item, "htmlBody"))
    text = body if isinstance(body, str) else ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    message.set_content(text, subtype="plain", charset="utf-8")
    if html:
        message.add_alternative(html, subtype="html", charset="utf-8")

    for index, att in enumerate(_attr(item, "attachments") or [], start=1):
        _attach(message, att, index, depth)
    return message


def _filename(att: Any, index: int, default_ext: str = "") -> str:
    for name in ("longFilename", "shortFilename", "name", "displayName"):
        value = _clean(_attr(att, name))
        if value:
            return value.replace("/", "_").replace("\\", "_")
    return f"attachment-{index}{default_ext}"


def _attach(message: EmailMessage, att: Any, index: int, depth: int) -> None:
    try:
        att_type = int(att.type)
    except Exception:
        att_type = -1
    if att_type in (1, 6):  # an embedded Outlook item (MSG / SIGNED_EMBEDDED)
        inner = _attr(att, "data")
        if inner is None:
            return
        filename = _filename(att, index, ".msg")
        try:
            nested = _to_email(inner, depth + 1)
        except Exception:
            nested = None
        if nested is not None:
            name = filename[:-4] + ".eml" if filename.lower().endswith(".msg") else filename
            message.add_attachment(nested, disposition="attachment", filename=name)
            return
        try:
            raw = inner.exportBytes(allowBadEmbed=True)
        except Exception:
            return
        message.add_attachment(
            raw, maintype="application", subtype="vnd.ms-outlook", filename=filename
        )
        return
    data = _attr(att, "data")
    if not isinstance(data, bytes | bytearray):
        return  # a web link, broken or unsupported attachment: nothing to carry
    filename = _filename(att, index)
    ctype = _clean(_attr(att, "mimetype")) or mimetypes.guess_type(filename)[0]
    if not ctype or "/" not in ctype:
        ctype = "application/octet-stream"
    maintype, subtype = ctype.lower().split("/", 1)
    subtype = subtype.split(";", 1)[0].strip() or "octet-stream"
    if maintype in ("multipart", "message"):
        maintype, subtype = "application", "octet-stream"
    message.add_attachment(bytes(data), maintype=maintype, subtype=subtype, filename=filename)
