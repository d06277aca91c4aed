"""Plain value types and pure helpers shared across the layers (the bottom layer, beside
config): what parsing made of a message, the roster as read and as matched, the store key of
a message, a normalised address. No imports of other svarsinkorg modules but the version,
so the store, intake and parsers can all use these without knowing each other."""

from __future__ import annotations

import contextlib
import datetime as dt
import email.utils
import functools
import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import getaddresses
from typing import Any

from . import __version__

# --- roster --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RosterRow:
    """One association as read from the roster file (intake/roster.py)."""

    line: int
    name: str
    emails: tuple[str, ...]
    org_number: str | None = None


@dataclass(frozen=True)
class RosterEntry:
    """One association as the matcher sees it (from the store)."""

    id: int
    name: str
    emails: tuple[str, ...]  # normalised
    ref: str | None = None  # the reminder reference, e.g. "K7Q2"


# --- addresses -----------------------------------------------------------------------------


def _domain_to_unicode(domain: str) -> str:
    labels = []
    for label in domain.split("."):
        if label.startswith("xn--"):
            # A broken punycode label stays as it is rather than lose the address.
            with contextlib.suppress(UnicodeError):
                label = label.encode("ascii").decode("idna")
        labels.append(label)
    return ".".join(labels)


@functools.lru_cache(maxsize=4096)  # the same few addresses (coordinator, roster) in every mail
def normalize_address(addr: str | None) -> str | None:
    """`Name <User@XN--MALM-8QA.se>` -> `user@malmö.se`; None when it is no address."""
    if not addr:
        return None
    parsed = getaddresses([addr])
    candidate = (parsed[0][1] if parsed else "") or addr
    candidate = candidate.strip().strip("<>").strip().lower()
    if "@" not in candidate:
        return None
    local, _, domain = candidate.rpartition("@")
    return f"{local}@{_domain_to_unicode(domain.rstrip('.'))}"


# --- review reasons ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Reason:
    """Why a person should look at a message. `code` is stable and language-free (the
    coordinator reads it translated, reports/labels.py); `key` is the question it concerns;
    `detail` is an excerpt of the mail or a value, shown verbatim.

    Codes: from the parser's self-check ("unassigned_text", "heading_in_answer", "partial",
    "yes_no_missing", "yes_no_contradicts", "yes_no_from_prose", "yes_no_conflict",
    "by_position", "answers_in_quote", "quoted_questions", "ambiguous", "aside_in_answer",
    "yes_no_other_language",
    ...), from the pipeline
    ("no_answer", "conflicting_sources", "attachment", "image", "oversized", "no_date", ...,
    "match_by_name", "sender_mismatch", "sent_for_other", "shared_address", "unmatched",
    ...) and the store
    ("not_a_reply", "parse_failed", "parse_timeout", "headers_only", "named_in_reply",
    "shared_address_other",
    "names_other", "responded_without_answers", "withdrawn_unanswered", "maybe_in_unmatched",
    "may_be_from",
    "unmatched_anyone", "may_be_anyones", "answers_in_section"). Each
    needs a label in both languages; an unknown one shows as its code and detail. A code in
    NOTE_CODES ("yes_no_hedged") is a note on an answer, not a review reason
    (`split_notes`). Here, at the bottom, so the store can keep them."""

    code: str
    key: str | None = None
    detail: str = ""


# Codes that say how an answer was given, not that a person must look: a note shown beside
# the answer it is about (the record's `answer_notes`, the export, the report and the
# record page), never a review reason. "yes_no_hedged": a yes said with a qualifier ("Ja, i
# viss mån."), read as yes; right in 63 of the 66 corpus mails it was on (issue 9).
NOTE_CODES = frozenset({"yes_no_hedged"})


def split_notes(reasons: Iterable[Reason]) -> tuple[list[Reason], list[Reason]]:
    """REASONS parted into (review reasons, answer notes): the one place that tells a
    doubt a person must look at from a note on an answer (NOTE_CODES). The parser returns
    both as `Reason`s and the store keeps both; every reader parts them here."""
    review: list[Reason] = []
    notes: list[Reason] = []
    for r in reasons:
        (notes if r.code in NOTE_CODES else review).append(r)
    return review, notes


class ParseTimeout(TimeoutError):
    """Parsing one message took longer than `[limits] parse_timeout_seconds` (a hostile or
    broken mail). The store keeps its bytes and flags it with reason "parse_timeout".
    Here, at the bottom, so the store can tell it from any other parser failure."""


class Refusal(LookupError):
    """A request refused for a reason the coordinator reads: `code` is labelled in
    reports/labels.py ("err_<code>", filled with `values`); str() stays the English text
    for logs and callers that only know LookupError."""

    def __init__(self, code: str, english: str, **values: object) -> None:
        super().__init__(english)
        self.code = code
        self.values = values


class BadValue(Refusal, ValueError):
    """A refused value (`intake set`): a Refusal that is also a ValueError."""


def reason_text(r: Reason) -> str:
    """The text form of a reason, "code[:key]: detail" (logs, tests, old readers)."""
    head = f"{r.code}:{r.key}" if r.key else r.code
    return f"{head}: {r.detail}" if r.detail else head


def stored_code(text: str, table: list[tuple[str, re.Pattern[str]]]
                ) -> tuple[str, dict[str, str]] | None:
    """The code of a stored English text (the first pattern of `table` it matches whole)
    and the values its named groups carry, or None. Producers keep English text; readers
    translate it by code (reports/labels.py, parsers/attachments/problems.py)."""
    for code, pattern in table:
        m = pattern.fullmatch(text)
        if m:
            return code, {k: v for k, v in m.groupdict().items() if v is not None}
    return None


# --- a parsed message and its store key ------------------------------------------------------


@dataclass
class ParsedMessage:
    """What parsing made of one message. Its store key and hash are the store's business
    (`message_key`, `sha256_of`): computed once there, not again here."""

    header_message_id: str | None
    sent_at: dt.datetime | None
    from_addr: str | None
    from_name: str
    subject: str
    kind: str
    kind_reason: str
    association_id: int | None
    match_method: str
    match_detail: str
    answers: dict[str, dict[str, Any]] = field(default_factory=dict)
    wants_interview: bool = False
    bounced_addresses: list[str] = field(default_factory=list)
    # Why a person should look: stable codes, translated where shown (reports.labels).
    reasons: list[Reason] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    parsed_with: str = __version__
    unmatched_reason: Reason | None = None  # why no association was found
    # Other roster associations (ids) a reply names in its own words ("ordförande i både
    # X och Y"): it still belongs to the one matched; the records ask a person whether it
    # answers for them too (store/records.py).
    also_names: list[int] = field(default_factory=list)
    # An unmatched reply: the roster associations (ids) it may be from, by looser evidence
    # than a match (intake/maybe_from.py); the records flag them while they have no reply.
    maybe_from: list[int] = field(default_factory=list)
    # A mail parted into a section (or an attached file) per roster association: each
    # OTHER association's answers (id -> the shape of `answers`), read from its own section
    # alone; `answers` holds only the mail's association's. The records give them to that
    # association, to confirm (store/records.py).
    section_answers: dict[int, dict[str, dict[str, Any]]] = field(default_factory=dict)
    # ... and those of them whose own section asks to be interviewed (ids)
    section_wishes: list[int] = field(default_factory=list)
    # The words each association's section holds (id -> {"text": its head and lines} and/or
    # {"files": [the attached file names named after it]}), the mail's own association's
    # too: the review shows them beside the record that takes their answers.
    section_texts: dict[int, dict[str, Any]] = field(default_factory=dict)

    @property
    def problems(self) -> list[str]:
        """The review reasons as text, "code[:key]: detail" (an answer's note, NOTE_CODES,
        is none: it is shown beside the answer, not reviewed)."""
        return [reason_text(r) for r in split_notes(self.reasons)[0]]


def sha256_of(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def quick_message_id(raw: bytes) -> str | None:
    """The Message-ID from the headers alone (cheap: no body decoding)."""
    head = raw[:65536].split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    try:
        headers = BytesHeaderParser(policy=compat32).parsebytes(head)
        value = str(headers.get("Message-ID", "") or "")
    except Exception:  # a header block the stdlib cannot read has no usable id
        return None
    m = re.search(r"<[^<>\s]+>", value)
    return m.group(0) if m else None


MAX_KEY = 900  # the store's column holds 998; a longer Message-ID is hashed instead


def message_key_for(message_id: str | None, raw: bytes) -> str:
    """What makes a second import a no-op: the Message-ID, else a hash of the bytes."""
    if not message_id:
        return f"sha256:{sha256_of(raw)}"
    mid = message_id.strip()
    if len(mid) > MAX_KEY:
        return "mid-sha256:" + hashlib.sha256(mid.encode("utf-8", "replace")).hexdigest()
    return mid


def message_key(raw: bytes) -> str:
    return message_key_for(quick_message_id(raw), raw)


def quick_date(raw: bytes) -> dt.datetime | None:
    """The Date header as an aware UTC datetime, from the headers alone (as intake's decode
    reads it: no zone is UTC); None when there is none or it cannot be read."""
    head = raw[:65536].split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    try:
        value = str(BytesHeaderParser(policy=compat32).parsebytes(head).get("Date", "") or "")
        when = email.utils.parsedate_to_datetime(value) if value.strip() else None
    except Exception:  # a header block or a date the stdlib cannot read
        return None
    if when is None:
        return None
    try:
        return when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when.astimezone(dt.UTC)
    except (OverflowError, ValueError):
        return None


def same_mail(stored: dt.datetime | None, new: dt.datetime | None) -> bool:
    """Are two mails under one Message-ID the same mail, by their Date headers (STORED:
    the stored one's, aware or naive UTC)? A copy of a mail keeps its Date; a mailer that
    gives every mail it sends the same Message-ID (a generator's hash of the sender, a
    broken client) sends the next mail with a date of its own. Without both dates: the
    same (the Message-ID alone decides, as it always did)."""
    if stored is None or new is None:
        return True
    if stored.tzinfo is None:
        stored = stored.replace(tzinfo=dt.UTC)
    return stored == new


def reused_id_key(key: str, when: dt.datetime) -> str:
    """The store key of a mail whose Message-ID another stored mail with another date
    carries (same_mail is False): the id and this mail's date, so that importing it again
    is still a no-op and neither mail hides the other."""
    return f"{key} {when.astimezone(dt.UTC).isoformat()}"


def mail_key(key: str, when: dt.datetime | None, held: Mapping[str, dt.datetime | None]) -> str:
    """The store key of a mail whose Message-ID key is KEY and whose Date is WHEN, given
    HELD: keys already taken (stored, or met earlier in this run), each with its mail's
    date. A key held by a mail with another date is another mail's: this one's is the id
    and its date (reused_id_key). The one rule `intake import`, store_message and the
    fetch's plan all follow, so that none of them takes a mail for another's copy."""
    if key in held and when is not None and not same_mail(held[key], when):
        return reused_id_key(key, when)
    return key
