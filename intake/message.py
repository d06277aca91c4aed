"""A decoded mail: what the rest of the pipeline reads instead of MIME."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    data: bytes


@dataclass
class DecodedMessage:
    message_id: str | None
    subject: str
    from_addr: str | None  # lower-cased address, IDN domains in Unicode form
    from_name: str
    to: list[str]
    cc: list[str]
    reply_to: list[str]
    date: dt.datetime | None  # timezone-aware
    headers: dict[str, str]  # lower-cased names, first value, decoded
    text: str  # the body as text: text/plain, else HTML turned into text
    html: str | None = None
    attachments: list[Attachment] = field(default_factory=list)
    embedded: list[DecodedMessage] = field(default_factory=list)  # message/rfc822 parts
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # decoding defects worth a review flag
    notes: list[str] = field(default_factory=list)  # guesses that worked (e.g. a charset)
    raw_headers_text: str = ""
