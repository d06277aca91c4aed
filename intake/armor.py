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
        pos = end.end() if end is not None else len(text)
        pos += text.startswith("\n", pos)  # the END line's own line break
    out.append(text[pos:])
    return "".join(out)


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
