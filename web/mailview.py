"""A stored mail as the review screen shows it: headers, the text, the HTML made harmless,
and the attachments with their text. Downloads go by stored message id and position,
with a type sniffed from the bytes and a name we make; the sender's name is only shown."""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

import nh3

from ..config import Limits
from ..intake.decode import decode_message
from ..intake.message import Attachment, DecodedMessage
from ..parsers.attachments import read_attachment
from ..parsers.attachments.sniff import sniff
from ..parsers.model import AttachmentText

# Everything nh3 allows by default but images: an <img> in a stranger's mail is at best a
# tracking pixel. Links keep their text and lose their target (the text body shows URLs).
_TAGS = set(nh3.ALLOWED_TAGS) - {"img", "area", "map", "a"} | {"span"}
_ATTRIBUTES = {tag: attrs for tag, attrs in nh3.ALLOWED_ATTRIBUTES.items()
               if tag in _TAGS and tag not in ("img", "a", "area")}

# What a download is served as: from the sniffed kind, never from the sender's header.
_MIME = {
    "pdf": ("application/pdf", ".pdf"),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             ".docx"),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
    "odt": ("application/vnd.oasis.opendocument.text", ".odt"),
    "ods": ("application/vnd.oasis.opendocument.spreadsheet", ".ods"),
    "doc": ("application/msword", ".doc"),
    "xls": ("application/vnd.ms-excel", ".xls"),
    "rtf": ("application/rtf", ".rtf"),
    "txt": ("text/plain; charset=utf-8", ".txt"),
    "eml": ("message/rfc822", ".eml"),
    "msg": ("application/vnd.ms-outlook", ".msg"),
    # HTML is a page that would run in our origin if opened: it downloads as bytes.
    "html": ("application/octet-stream", ".html.txt"),
}


def sanitize_html(html: str) -> str:
    """A mail's HTML with no script, no event handler, no style, no image, no link."""
    return nh3.clean(html, tags=_TAGS, attributes=_ATTRIBUTES, strip_comments=True,
                     url_schemes=set(), link_rel=None)


def download_type(data: bytes, message_id: int, index: int) -> tuple[str, str]:
    """(content type, file name) for an attachment's bytes."""
    kind = sniff(data).kind
    mime, ext = _MIME.get(kind, ("application/octet-stream", ".bin"))
    return mime, f"meddelande-{message_id}-bilaga-{index + 1}{ext}"


@dataclass(frozen=True)
class AttachmentView:
    index: int
    filename: str  # as the sender named it: shown, never used to serve
    size: int
    kind: str  # sniffed
    text: str | None
    problem: str | None


@dataclass
class MailView:
    from_name: str
    from_addr: str | None
    to: list[str]
    cc: list[str]
    date: dt.datetime | None
    subject: str
    text: str
    html: str | None  # sanitised
    attachments: list[AttachmentView] = field(default_factory=list)
    embedded: list[MailView] = field(default_factory=list)  # attached mails
    problems: list[str] = field(default_factory=list)


Reader = Callable[[str, str, bytes, Limits], AttachmentText]


class TextCache:
    """Attachment text by (message id, position): the worker process that reads an
    attachment is not free, and the same item is opened again after each save."""

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._items: OrderedDict[tuple[int, str, int], tuple[str | None, str | None]] = (
            OrderedDict())
        self._lock = threading.Lock()

    def get(self, key: tuple[int, str, int],
            make: Callable[[], tuple[str | None, str | None]]) -> tuple[str | None, str | None]:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        value = make()
        with self._lock:
            self._items[key] = value
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value


def _view(msg: DecodedMessage, message_id: int, limits: Limits, cache: TextCache,
          read: Reader, path: str) -> MailView:
    attachments = []
    for i, att in enumerate(msg.attachments):
        def make(att: Attachment = att) -> tuple[str | None, str | None]:
            result = read(att.filename, att.content_type, att.data, limits)
            return result.text, result.problem
        text, problem = cache.get((message_id, path, i), make)
        attachments.append(AttachmentView(i, att.filename, len(att.data),
                                          sniff(att.data, att.filename).kind, text, problem))
    return MailView(
        from_name=msg.from_name, from_addr=msg.from_addr, to=list(msg.to), cc=list(msg.cc),
        date=msg.date, subject=msg.subject, text=msg.text,
        html=sanitize_html(msg.html) if msg.html else None, attachments=attachments,
        embedded=[_view(inner, message_id, limits, cache, read, f"{path}.{n}")
                  for n, inner in enumerate(msg.embedded[:3])] if path.count(".") < 2 else [],
        problems=list(msg.problems))


def mail_view(raw: bytes, message_id: int, limits: Limits, cache: TextCache,
              read: Reader = read_attachment) -> MailView:
    return _view(decode_message(raw), message_id, limits, cache, read, "0")


def attachment_data(raw: bytes, index: int) -> bytes | None:
    """The bytes of the top-level attachment at INDEX (the order mail_view lists)."""
    attachments = decode_message(raw).attachments
    if not 0 <= index < len(attachments):
        return None
    return attachments[index].data
