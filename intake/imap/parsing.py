"""Reading IMAP responses (as imapclient hands them over) into plain values.

No network here: every function takes what a SELECT, SEARCH or FETCH returned, so servers'
quirks (Exchange quoting header field names, missing UIDNEXT, the `n:*` rule) are handled
in one place and unit-tested without a server.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from typing import Any
from urllib.parse import quote

from ...model import quick_date, quick_message_id

# What one nightly run asks for. All of it is ASCII: Exchange answers BADCHARSET to a
# SEARCH with non-ASCII text, so subject / sender filtering happens on our side.
# DATE: a mail under a stored Message-ID is a copy only with the stored one's Date (a
# mailer may reuse one id for every mail: model.mail_key), decided before any download.
HEADER_FIELDS = ("MESSAGE-ID", "DATE", "SUBJECT", "FROM", "IN-REPLY-TO", "REFERENCES")
META_QUERY = ("RFC822.SIZE", f"BODY.PEEK[HEADER.FIELDS ({' '.join(HEADER_FIELDS)})]")
BODY_QUERY = ("BODY.PEEK[]",)  # PEEK: \Seen stays as it was
HEADER_QUERY = ("BODY.PEEK[HEADER]",)


class ResponseError(ValueError):
    """A server response we cannot use (e.g. a SELECT without UIDVALIDITY)."""


@dataclass(frozen=True)
class SelectInfo:
    uidvalidity: int
    uidnext: int | None
    exists: int
    read_write: bool
    permanent_flags: tuple[bytes, ...]

    def allows_keyword(self, keyword: str) -> bool:
        """Can a STORE set this keyword for good? (`\\*` means any new keyword.)"""
        flags = {f.lower() for f in self.permanent_flags}
        return b"\\*" in flags or keyword.encode("ascii", "replace").lower() in flags


def _int(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, bytes | str):
        text = value.decode("ascii", "replace") if isinstance(value, bytes) else value
        text = text.strip()
        return int(text) if text.isdigit() else None
    if isinstance(value, list | tuple) and value:
        return _int(value[0])
    return None


def parse_select(resp: Mapping[bytes, Any]) -> SelectInfo:
    """imapclient's select_folder() dict -> SelectInfo. UIDVALIDITY is required: without
    it no UID can be trusted from one night to the next."""
    uidvalidity = _int(resp.get(b"UIDVALIDITY"))
    if uidvalidity is None:
        raise ResponseError("the server sent no UIDVALIDITY for the folder")
    flags = resp.get(b"PERMANENTFLAGS", ())
    return SelectInfo(
        uidvalidity=uidvalidity,
        uidnext=_int(resp.get(b"UIDNEXT")),
        exists=_int(resp.get(b"EXISTS")) or 0,
        read_write=bool(resp.get(b"READ-WRITE", False)),
        permanent_flags=tuple(f if isinstance(f, bytes) else str(f).encode() for f in flags),
    )


def search_criteria(last_uid: int, since: dt.date | None = None) -> list[Any]:
    """UID SEARCH for everything after the watermark (and on/after SINCE). ASCII only."""
    criteria: list[Any] = ["UID", f"{last_uid + 1}:*"]
    if since is not None:
        criteria += ["SINCE", since]
    return criteria


def new_uids(found: Iterable[int], last_uid: int) -> list[int]:
    """The UIDs above the watermark, ascending. `UID n:*` always matches the highest UID
    even when it is below n (RFC 3501 6.4.8), so a quiet night answers with an old one."""
    return sorted({int(u) for u in found if int(u) > last_uid})


class MessageMeta:
    """What the cheap first FETCH tells about one message.

    The sender and the thread ids (In-Reply-To, References) are read from `headers` when
    first asked for: only the subject/sender filters ask, and only for a message whose
    subject did not already decide. Reading them up front (the standard library's address
    and header parsers) was ~0.5 of the ~0.65 ms of CPU that parse_meta spent per UID, on
    every UID of a first fetch, most of which are then only recorded. Passed to the
    constructor (tests), they are taken as given."""

    __slots__ = (
        "_block",
        "_date",
        "_from_addr",
        "_thread_ids",
        "headers",
        "message_id",
        "size",
        "subject",
        "uid",
    )

    def __init__(self, uid: int, size: int | None, headers: bytes, message_id: str | None,
                 subject: str, from_addr: str | None = None,
                 thread_ids: tuple[str, ...] | None = None) -> None:
        self.uid = uid
        self.size = size
        self.headers = headers
        self.message_id = message_id
        self.subject = subject
        self._from_addr = from_addr
        self._thread_ids = thread_ids
        self._block: tuple[Message | None] | None = None  # the parsed headers, once read
        self._date: tuple[dt.datetime | None] | None = None  # the Date, once read

    def _headers(self) -> Message | None:
        """`headers` parsed, once for both lazy fields (a filter asks for the sender, then
        the thread ids, of a message its subject did not decide)."""
        if self._block is None:
            self._block = (_header_block(self.headers),)
        return self._block[0]

    @property
    def from_addr(self) -> str:
        if self._from_addr is None:
            self._from_addr = _sender_of(self._headers())
        return self._from_addr

    @property
    def date(self) -> dt.datetime | None:
        """The Date header (aware UTC, as model.quick_date reads it), read when first asked
        for: only a message whose Message-ID the store holds needs it (same mail, or
        another under a reused id?), not every UID of a first fetch."""
        if self._date is None:
            self._date = (quick_date(self.headers + b"\r\n") if self.headers else None,)
        return self._date[0]

    @property
    def thread_ids(self) -> tuple[str, ...]:
        if self._thread_ids is None:
            self._thread_ids = _thread_ids_of(self._headers())
        return self._thread_ids

    def __repr__(self) -> str:
        return (f"MessageMeta(uid={self.uid!r}, size={self.size!r}, "
                f"message_id={self.message_id!r}, subject={self.subject!r})")


def find_section(item: Mapping[bytes, Any] | None, section: bytes) -> bytes | None:
    """The literal for a BODY[...] section in one FETCH item, however the server spelled
    the key (`BODY[HEADER.FIELDS ("SUBJECT")]`, lower case, ...). `section` is the part
    inside the brackets up to the first space, e.g. b"" for the whole message, b"HEADER",
    b"HEADER.FIELDS"."""
    if not item:
        return None
    for key, value in item.items():
        if not isinstance(key, bytes):
            continue
        k = key.upper()
        if not k.startswith(b"BODY[") and not k.startswith(b"BINARY["):
            continue
        inside = k[k.index(b"[") + 1 :].split(b"]", 1)[0]
        name = inside.split(b" ", 1)[0].split(b"<", 1)[0]
        if name == section:
            return _literal(value)
    if section == b"":  # RFC822 is the old name of BODY[]
        return _literal(item.get(b"RFC822"))
    if section == b"HEADER":
        return _literal(item.get(b"RFC822.HEADER"))
    return None


def _literal(value: Any) -> bytes | None:
    if value is None:
        return None
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("utf-8", "surrogateescape")
    return None


def body_of(item: Mapping[bytes, Any] | None) -> bytes | None:
    """The full raw message from a FETCH BODY.PEEK[] item; None when it is missing."""
    return find_section(item, b"")


def header_of(item: Mapping[bytes, Any] | None) -> bytes | None:
    return find_section(item, b"HEADER")


def _normalise(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _header_block(raw: bytes) -> Message | None:
    """The parsed header block; None for one email cannot read at all."""
    try:
        return BytesHeaderParser(policy=default_policy).parsebytes(raw)
    except Exception:
        return None


def _subject_of(headers: Message | None) -> str:
    if headers is None:
        return ""
    try:
        return str(headers.get("Subject", "") or "")
    except Exception:
        return ""


def _sender_of(headers: Message | None) -> str:
    if headers is None:
        return ""
    sender = ""
    try:
        from_header = headers.get("From")
        addresses: Sequence[Address] = getattr(from_header, "addresses", ()) or ()
        if addresses:
            sender = addresses[0].addr_spec
        elif from_header is not None:
            sender = str(from_header)
    except Exception:
        sender = ""
    return sender.strip().lower()


def _thread_ids_of(headers: Message | None) -> tuple[str, ...]:
    if headers is None:
        return ()
    ids: list[str] = []
    for name in ("In-Reply-To", "References"):
        try:
            value = str(headers.get(name, "") or "")
        except Exception:
            continue
        ids.extend(re.findall(r"<[^<>\s]+>", value))
    return tuple(ids)


def parse_meta(fetched: Mapping[int, Mapping[bytes, Any]]) -> dict[int, MessageMeta]:
    """The META_QUERY FETCH answer -> per UID what it says. UIDs the server did not answer
    for (expunged in the meantime) are absent."""
    out: dict[int, MessageMeta] = {}
    for uid, item in fetched.items():
        headers = find_section(item, b"HEADER.FIELDS") or b""
        out[int(uid)] = MessageMeta(
            uid=int(uid),
            size=_int(item.get(b"RFC822.SIZE")),
            headers=headers,
            message_id=quick_message_id(headers + b"\r\n") if headers else None,
            # every UID's subject is recorded (imap_seen.subject); sender and thread ids
            # are read when the filters ask (MessageMeta)
            subject=_subject_of(_header_block(headers)),
        )
    return out


@dataclass(frozen=True)
class MessageFilter:
    """Which messages are ours. Empty filter: all of them. Otherwise a message is kept
    when its subject contains one of `subjects`, its sender contains one of `senders`, or
    it answers one of `thread_ids` (the survey's own Message-ID). Case and Unicode form
    do not matter; the comparison happens here because servers differ in SEARCH."""

    subjects: tuple[str, ...] = ()
    senders: tuple[str, ...] = ()
    thread_ids: tuple[str, ...] = ()

    @property
    def active(self) -> bool:
        return bool(self.subjects or self.senders)

    def keeps(self, meta: MessageMeta) -> bool:
        if not self.active:
            return True
        subject = _normalise(meta.subject)
        if any(_normalise(s) in subject for s in self.subjects if s.strip()):
            return True
        sender = _normalise(meta.from_addr)
        if sender and any(_normalise(s) in sender for s in self.senders if s.strip()):
            return True
        return any(t in self.thread_ids for t in meta.thread_ids)


def download_chunks(
    uids: Sequence[int], sizes: Mapping[int, int | None], max_bytes: int
) -> list[list[int]]:
    """Split UIDs into FETCH groups of at most max_bytes (by RFC822.SIZE); a message
    larger than that goes alone. Keeps the order."""
    chunks: list[list[int]] = []
    current: list[int] = []
    total = 0
    for uid in uids:
        size = sizes.get(uid) or 0
        if current and total + size > max_bytes:
            chunks.append(current)
            current, total = [], 0
        current.append(uid)
        total += size
    if current:
        chunks.append(current)
    return chunks


def batches(uids: Sequence[int], size: int) -> list[list[int]]:
    return [list(uids[i : i + size]) for i in range(0, len(uids), max(1, size))]


def imap_origin(host: str, username: str, folder: str, uidvalidity: int, uid: int) -> str:
    """Where a stored message came from, as an RFC 5092 IMAP URL."""
    user = quote(username, safe="")
    return f"imap://{user}@{host}/{quote(folder, safe='')};UIDVALIDITY={uidvalidity}/;UID={uid}"
