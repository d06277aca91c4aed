"""E-mail address normalisation: case-folded, IDN domains in their Unicode form,
so that samordnare@xn--malm-8qa.se and Samordnare@Malmö.se compare equal."""

from __future__ import annotations

import contextlib
import re

from ..model import normalize_address  # the bottom layer's; re-exported here

_ADDR_RE = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\"]+$")


def is_valid_address(addr: str) -> bool:
    norm = normalize_address(addr)
    return bool(norm and _ADDR_RE.match(norm))


def to_ascii_address(addr: str) -> str:
    """For SMTP envelopes: the domain in punycode, the local part as given."""
    local, _, domain = addr.rpartition("@")
    with contextlib.suppress(UnicodeError):
        domain = domain.encode("idna").decode("ascii")
    return f"{local}@{domain}"


def split_addresses(field: str) -> list[str]:
    """A roster cell with one or more addresses separated by ';' or ','."""
    return [p.strip() for p in re.split(r"[;,]", field or "") if p.strip()]


def find_addresses(text: str) -> list[str]:
    """Every address-looking token in free text, normalised, in order, once each."""
    out: list[str] = []
    # (?<!...): from a word's start only; tried inside a long word it was quadratic
    for m in re.finditer(r"(?<![\w.+'-])[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", text or ""):
        norm = normalize_address(m.group(0))
        if norm and norm not in out:
            out.append(norm)
    return out
