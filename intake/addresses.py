"""E-mail address normalisation: case-folded, IDN domains in their Unicode form,
so that samordnare@xn--malm-8qa.se and Samordnare@Malmö.se compare equal."""

from __future__ import annotations

import contextlib
import re
from email.utils import getaddresses

_ADDR_RE = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\"]+$")


def _domain_to_unicode(domain: str) -> str:
    labels = []
    for label in domain.split("."):
        if label.startswith("xn--"):
            # A broken punycode label stays as it is rather than lose the address.
            with contextlib.suppress(UnicodeError):
                label = label.encode("ascii").decode("idna")
        labels.append(label)
    return ".".join(labels)


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
    for m in re.finditer(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", text or ""):
        norm = normalize_address(m.group(0))
        if norm and norm not in out:
            out.append(norm)
    return out
