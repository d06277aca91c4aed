"""Which roster association a message belongs to, and how sure we are."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from .addresses import find_addresses, normalize_address
from .message import DecodedMessage

_REF_RE = re.compile(r"\[ref:\s*([A-Z0-9]{4,10})\]", re.I)
_NAME_SCORE = 92  # partial_ratio: tolerates a missing "Föreningen" or an å typed as a
_MIN_NAME_LEN = 6


@dataclass(frozen=True)
class RosterEntry:
    id: int
    name: str
    emails: tuple[str, ...]  # normalised
    ref: str | None = None  # the reminder reference, e.g. "K7Q2"


@dataclass(frozen=True)
class Match:
    association_id: int | None
    method: str  # "reference", "sender", "reply-to", "forwarded", "name", "bounce", "none", ...
    detail: str = ""


def reference_in(subject: str) -> str | None:
    m = _REF_RE.search(subject or "")
    return m.group(1).upper() if m else None


def plus_reference(recipients: Sequence[str], coordinators: set[str]) -> str | None:
    """The ref in a reply sent to a coordinator's plus address (samordnare+k7q2@malmö.se)."""
    for addr in recipients:
        local, _, domain = addr.rpartition("@")
        base, plus, tag = local.partition("+")
        if plus and tag and f"{base}@{domain}" in coordinators:
            return tag.upper()
    return None


def _by_address(roster: Sequence[RosterEntry], addrs: Sequence[str]) -> RosterEntry | None:
    for addr in addrs:
        for entry in roster:
            if addr in entry.emails:
                return entry
    return None


def _by_name(roster: Sequence[RosterEntry], text: str) -> tuple[RosterEntry | None, str]:
    lines = [ln.strip(" >*_\t") for ln in text.splitlines()]
    lines = [ln for ln in lines if ln]
    scored: list[tuple[float, RosterEntry]] = []
    for entry in roster:
        name = entry.name.lower()
        if len(name) < _MIN_NAME_LEN:
            continue
        best = 0.0
        for line in lines:
            low = line.lower()
            if len(low) + 2 < len(name):
                # A line shorter than the name can only hold it misspelt: compare whole.
                score = fuzz.ratio(name, low)
            else:
                score = fuzz.partial_ratio(name, low)
            best = max(best, score)
            if best == 100:
                break
        if best >= _NAME_SCORE:
            scored.append((best, entry))
    if not scored:
        return None, ""
    scored.sort(key=lambda t: -t[0])
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        names = ", ".join(e.name for _, e in scored[:3])
        return None, f"several associations named in the text: {names}"
    return scored[0][1], f"name '{scored[0][1].name}' in the text ({scored[0][0]:.0f})"


def match_message(
    msg: DecodedMessage,
    roster: Sequence[RosterEntry],
    coordinators: set[str],
    *,
    own_text: str,
    bounced: Sequence[str] = (),
) -> Match:
    """`own_text` is the sender's own words (quotes stripped): the association's name in
    the survey's quoted original must not count, but one in a signature must."""
    if bounced:
        entry = _by_address(roster, bounced)
        if entry:
            return Match(entry.id, "bounce", f"delivery failed for {', '.join(bounced)}")
        return Match(None, "none", f"bounce for unknown address {', '.join(bounced) or '?'}")

    ref = reference_in(msg.subject) or plus_reference([*msg.to, *msg.cc], coordinators)
    if ref:
        for entry in roster:
            if entry.ref and entry.ref.upper() == ref:
                return Match(entry.id, "reference", f"reminder reference {ref}")

    sender = [msg.from_addr] if msg.from_addr else []
    entry = _by_address(roster, sender)
    if entry:
        return Match(entry.id, "sender", msg.from_addr or "")
    entry = _by_address(roster, msg.reply_to)
    if entry:
        return Match(entry.id, "reply-to", ", ".join(msg.reply_to))

    # A forward: the original's sender, from an attached mail or an inline header block.
    for inner in msg.embedded:
        entry = _by_address(roster, [a for a in [inner.from_addr, *inner.reply_to] if a])
        if entry:
            return Match(entry.id, "forwarded", f"attached mail from {inner.from_addr}")
    named = [a for a in find_addresses(msg.text) if a not in coordinators]
    hits = {e.id: e for a in named for e in roster if a in e.emails}
    if len(hits) == 1:
        entry = next(iter(hits.values()))
        return Match(entry.id, "forwarded", "the association's address in the text")

    entry, detail = _by_name(roster, own_text)
    if entry:
        return Match(entry.id, "name", detail)
    for inner in msg.embedded:
        entry, detail = _by_name(roster, inner.text)
        if entry:
            return Match(entry.id, "name", "attached mail: " + detail)
    return Match(None, "none", detail or "sender not in the roster and no association named")


def coordinator_set(addresses: Sequence[str]) -> set[str]:
    return {a for a in (normalize_address(x) for x in addresses) if a}
