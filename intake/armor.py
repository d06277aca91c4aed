"""An inline PGP-signed text read as its signer wrote it (RFC 4880, 7.1 and 7.2).

A clear-signed mail body wraps the writer's text in armor: a "-----BEGIN PGP SIGNED
MESSAGE-----" line, its "Hash: ..." armor headers and a blank line above it, and the armored
signature ("-----BEGIN PGP SIGNATURE-----" ... "-----END PGP SIGNATURE-----") under it.
Inside, every line that begins with a dash is dash-escaped: "- " put before it, so a typed
list item "- Kurser" reads "- - Kurser" and a signature separator "-- " reads "- -- ". The
text is read with the armor dropped and the escaping undone; what stands outside the block
(a mailer's own lines above or below it) is kept as it is.
"""

from __future__ import annotations

import re

_BEGIN = re.compile(r"^-----BEGIN PGP SIGNED MESSAGE-----[ \t\r]*$", re.M)
_SIG_BEGIN = re.compile(r"^-----BEGIN PGP SIGNATURE-----[ \t\r]*$", re.M)
_SIG_END = re.compile(r"^-----END PGP SIGNATURE-----[ \t\r]*$", re.M)
# an armor header line ("Hash: SHA256", "Charset: UTF-8", RFC 4880 6.2)
_ARMOR_HEADER = re.compile(r"^[A-Za-z][A-Za-z0-9-]*: ?[^\n]*$")


def clearsigned_text(text: str) -> str:
    """TEXT with each clear-signed block replaced by its signed text; TEXT itself when it
    holds none (or only a block's first line, with no signature under it)."""
    if "-----BEGIN PGP SIGNED MESSAGE-----" not in text:
        return text
    out: list[str] = []
    pos = 0
    while (begin := _BEGIN.search(text, pos)) is not None:
        sig = _SIG_BEGIN.search(text, begin.end())
        if sig is None:
            break
        end = _SIG_END.search(text, sig.end())
        out.append(text[pos:begin.start()])
        out.append(_signed_part(text[begin.end():sig.start()]))
        if end is not None:
            pos = end.end()
            pos += text.startswith("\n", pos)  # the END line's own line break
        else:
            # a signature cut short (no END line): only its own lines go, armor headers and
            # base64; the text after them is the writer's
            pos = _after_signature_lines(text, sig.end())
    out.append(text[pos:])
    return "".join(out)


_SIGNATURE_LINE = re.compile(r"[A-Za-z0-9+/=]*\r?$|[A-Za-z][A-Za-z0-9-]*: ?[^\n]*$")


def _after_signature_lines(text: str, pos: int) -> int:
    """Where the lines of an armored signature that starts at POS stop: the first line
    that is neither base64 nor an armor header (RFC 4880 6.2)."""
    lines = text[pos:].split("\n")
    skip = 0
    for i, line in enumerate(lines):
        if i and not _SIGNATURE_LINE.fullmatch(line):
            break
        skip += len(line) + 1
    return min(len(text), pos + skip)


def _signed_part(block: str) -> str:
    lines = block.split("\n")
    if lines and not lines[0].strip():
        lines = lines[1:]  # the rest of the BEGIN line
    # the armor headers end at the first blank line
    head = 0
    while head < len(lines) and _ARMOR_HEADER.match(lines[head].rstrip("\r")):
        head += 1
    if head < len(lines) and not lines[head].strip():
        lines = lines[head + 1:]
    return "\n".join(line[2:] if line.startswith("- ") else line for line in lines)
