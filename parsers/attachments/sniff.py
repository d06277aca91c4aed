"""What an attachment really is, judged by its bytes; the name and content type are hints only."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# kinds a reader exists for (directly, or through LibreOffice)
READABLE_KINDS = frozenset(
    {"docx", "xlsx", "odt", "ods", "pdf", "doc", "xls", "rtf", "txt", "html", "eml", "msg"}
)

# what a file name promises, for "not a Word document (content is ...)"
_EXPECTED_BY_EXT: dict[str, tuple[str, str]] = {
    ".docx": ("docx", "a Word document"),
    ".docm": ("docx", "a Word document"),
    ".dotx": ("docx", "a Word document"),
    ".doc": ("doc", "a Word document"),
    ".odt": ("odt", "an OpenDocument text"),
    ".rtf": ("rtf", "an RTF document"),
    ".xlsx": ("xlsx", "an Excel file"),
    ".xlsm": ("xlsx", "an Excel file"),
    ".xls": ("xls", "an Excel file"),
    ".ods": ("ods", "an OpenDocument spreadsheet"),
    ".pdf": ("pdf", "a PDF"),
    ".txt": ("txt", "a text file"),
    ".csv": ("txt", "a text file"),
    ".htm": ("html", "an HTML file"),
    ".html": ("html", "an HTML file"),
    ".eml": ("eml", "an e-mail"),
    ".msg": ("msg", "an Outlook message"),
}

_EXPECTED_BY_TYPE: dict[str, str] = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/msword": ".doc",
    "application/vnd.oasis.opendocument.text": ".odt",
    "application/rtf": ".rtf",
    "text/rtf": ".rtf",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
    "application/vnd.ms-excel": ".xls",
    "application/vnd.oasis.opendocument.spreadsheet": ".ods",
    "application/pdf": ".pdf",
    "text/plain": ".txt",
    "text/html": ".html",
    "message/rfc822": ".eml",
    "application/vnd.ms-outlook": ".msg",
}

# what some unreadable contents are, in words
_DESCRIPTIONS: dict[str, str] = {
    "exe": "a Windows program (.exe)",
    "elf": "a Linux program",
    "image": "an image",
    "zip": "a zip archive",
    "pptx": "a PowerPoint presentation",
    "ppt": "a PowerPoint presentation",
    "encrypted-office": "a password-protected Office document",
    "ole": "an unknown Microsoft Office file",
    "binary": "unrecognised binary data",
    "gzip": "a gzip archive",
    "rar": "a RAR archive",
    "7z": "a 7-Zip archive",
    "tnef": "an Outlook TNEF file (winmail.dat)",
    "signature": "a digital signature",
}

_MAIL_HEADERS = frozenset(
    {
        "from",
        "to",
        "cc",
        "subject",
        "date",
        "message-id",
        "received",
        "return-path",
        "mime-version",
        "delivered-to",
        "reply-to",
        "content-type",
        "in-reply-to",
        "references",
        "sender",
        "x-mailer",
    }
)
_HEADER_LINE = re.compile(rb"^([A-Za-z0-9][A-Za-z0-9-]{0,60}):[ \t]")
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|p|div|table)\b",
    re.IGNORECASE | re.DOTALL,
)


@dataclass(frozen=True)
class Sniffed:
    kind: str  # a READABLE_KINDS member, or a description key ("exe", "image", ...)
    detail: str = ""  # e.g. the ODF mimetype or the zip error


def extension(filename: str) -> str:
    name = filename.strip().lower()
    dot = name.rfind(".")
    return name[dot:] if dot > 0 or (dot == 0 and len(name) > 1) else ""


def expected_kind(filename: str, content_type: str) -> tuple[str, str] | None:
    """What the name (or, failing that, the content type) promises: (kind, label)."""
    ext = extension(filename)
    if ext in _EXPECTED_BY_EXT:
        return _EXPECTED_BY_EXT[ext]
    ctype = content_type.split(";", 1)[0].strip().lower().replace(" ", "")
    ext = _EXPECTED_BY_TYPE.get(ctype, "")
    return _EXPECTED_BY_EXT.get(ext)


def describe(kind: str) -> str:
    return _DESCRIPTIONS.get(kind, f"a {kind.upper()} file")


def ole_stream_names(data: bytes) -> list[str] | None:
    """Top-level entry names of an OLE2 compound file, or None when it cannot be read."""
    if not data.startswith(OLE2_MAGIC):
        return None
    try:
        import olefile

        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            names = {entry[0] for entry in ole.listdir(streams=True, storages=True) if entry}
    except Exception:
        return None
    return sorted(names)


def is_msg_streams(names: list[str]) -> bool:
    """Top-level OLE2 names of an Outlook item: property streams plus the properties header."""
    has_props = any(n.startswith("__substg1.0_") for n in names)
    return has_props and (
        "__properties_version1.0" in names
        or any(n.startswith("__recip_version1.0_") for n in names)
    )


def _sniff_ole(data: bytes, filename: str) -> Sniffed:
    names = ole_stream_names(data)
    if names is None:
        # unreadable compound file: trust the name, the reader will report the damage
        ext = extension(filename)
        hint = {".doc": "doc", ".xls": "xls", ".msg": "msg"}.get(ext)
        return Sniffed(hint or "ole", "unreadable OLE2 structure")
    lowered = {n.lower() for n in names}
    if "encryptedpackage" in lowered or "encryptioninfo" in lowered:
        return Sniffed("encrypted-office")
    if is_msg_streams(names):
        return Sniffed("msg")
    if "worddocument" in lowered:
        return Sniffed("doc")
    if "workbook" in lowered or "book" in lowered:
        return Sniffed("xls")
    if "powerpoint document" in lowered:
        return Sniffed("ppt")
    return Sniffed("ole")


def _sniff_zip(data: bytes) -> Sniffed:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
            if "mimetype" in names:
                info = zf.getinfo("mimetype")
                if info.file_size <= 200 and info.compress_size <= 400:
                    mime = zf.read("mimetype").decode("ascii", "replace").strip()
                    if mime == "application/vnd.oasis.opendocument.text":
                        return Sniffed("odt", mime)
                    if mime == "application/vnd.oasis.opendocument.spreadsheet":
                        return Sniffed("ods", mime)
            if "word/document.xml" in names or any(
                n.startswith("word/") and n.endswith(".xml") and "document" in n for n in names
            ):
                return Sniffed("docx")
            if "xl/workbook.xml" in names or any(n.startswith("xl/workbook") for n in names):
                return Sniffed("xlsx")
            if any(n.startswith("ppt/") for n in names):
                return Sniffed("pptx")
            if "content.xml" in names:
                return Sniffed("odt", "content.xml without mimetype")
            return Sniffed("zip")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, KeyError) as exc:
        return Sniffed("zip-corrupt", str(exc) or type(exc).__name__)


def looks_like_mail(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith(b"From ") and b"\n" in head:  # mbox "From " line
        head = head.split(b"\n", 1)[1]
    found: set[str] = set()
    for raw_line in head.splitlines():
        if not raw_line.strip():
            break
        if raw_line[:1] in (b" ", b"\t"):
            continue  # folded continuation
        m = _HEADER_LINE.match(raw_line)
        if not m:
            return False
        found.add(m.group(1).decode("ascii").lower())
    known = found & _MAIL_HEADERS
    return len(known) >= 3 or (len(known) >= 2 and bool(found & {"received", "message-id"}))


def looks_like_html(data: bytes) -> bool:
    head = data[:4096]
    for bom in (b"\xef\xbb\xbf",):
        if head.startswith(bom):
            head = head[len(bom):]
    if _HTML_START.match(head):
        return True
    lowered = head.lower()
    return b"<html" in lowered and b"</" in data[-4096:].lower()


def looks_like_text(data: bytes) -> bool:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    sample = data[:65536]
    if b"\x00" in sample:
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls <= max(2, len(sample) // 100)


# A detached signature of a signed mail (S/MIME's smime.p7s, PGP/MIME's signature.asc):
# declared so by its type or name AND shaped so (PGP's armor, or a DER PKCS #7 SignedData
# whose content type OID 1.2.840.113549.1.7.2 opens it); it signs the mail, it holds no text.
_SIGNATURE_TYPES = frozenset({"application/pkcs7-signature", "application/x-pkcs7-signature",
                              "application/pgp-signature"})
_SIGNATURE_EXTS = frozenset({".p7s", ".asc", ".sig"})
_SIGNED_DATA_OID = b"\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02"
TNEF_MAGIC = b"\x78\x9f\x3e\x22"


def is_detached_signature(data: bytes, filename: str, ctype: str) -> bool:
    if ctype not in _SIGNATURE_TYPES and extension(filename) not in _SIGNATURE_EXTS:
        return False
    head = data.lstrip()[:64]
    return (head.startswith((b"-----BEGIN PGP SIGNATURE-----", b"-----BEGIN PKCS7-----"))
            or (data[:1] == b"\x30" and _SIGNED_DATA_OID in data[:64]))


def sniff(data: bytes, filename: str = "", content_type: str = "") -> Sniffed:
    """The kind of DATA, from its content; name and content type break ties only."""
    ctype = content_type.split(";", 1)[0].strip().lower()
    if is_detached_signature(data, filename, ctype):
        return Sniffed("signature")
    if data.startswith(TNEF_MAGIC):
        return Sniffed("tnef")
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return _sniff_zip(data)
    if data[:1024].find(b"%PDF-") >= 0:
        return Sniffed("pdf")
    if data.startswith(OLE2_MAGIC):
        return _sniff_ole(data, filename)
    if data.lstrip()[:5].lower() == b"{\\rtf":
        return Sniffed("rtf")
    if data.startswith(b"MZ"):
        return Sniffed("exe")
    if data.startswith(b"\x7fELF"):
        return Sniffed("elf")
    if data.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*")):
        return Sniffed("image")
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return Sniffed("image")
    if data.startswith(b"\x1f\x8b"):
        return Sniffed("gzip")
    if data.startswith(b"Rar!"):
        return Sniffed("rar")
    if data.startswith(b"7z\xbc\xaf\x27\x1c"):
        return Sniffed("7z")
    if not looks_like_text(data):
        return Sniffed("binary")
    if looks_like_mail(data):
        return Sniffed("eml")
    if (ctype == "message/rfc822" or extension(filename) == ".eml") and _HEADER_LINE.match(data):
        return Sniffed("eml")
    if looks_like_html(data) or (ctype in ("text/html", "application/xhtml+xml") and b"<" in data):
        return Sniffed("html")
    return Sniffed("txt")
