"""Legacy .doc, .xls and .rtf: converted with LibreOffice headless, then read as DOCX/XLSX.

The input is written into a private temporary directory under its content hash (never the
sender's name), LibreOffice gets a throw-away profile there, runs in its own process group
and is killed with the whole group when it overruns the time limit. Without LibreOffice an
RTF is still read with a small built-in RTF-to-text converter.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

# kind -> (input extension, --convert-to filter, converted kind)
_TARGETS: dict[str, tuple[str, str, str]] = {
    "doc": (".doc", "docx:MS Word 2007 XML", "docx"),
    "rtf": (".rtf", "docx:MS Word 2007 XML", "docx"),
    "xls": (".xls", "xlsx:Calc MS Excel 2007 XML", "xlsx"),
}
_PACKAGE_HINT = {
    "doc": "libreoffice-writer",
    "rtf": "libreoffice-writer",
    "xls": "libreoffice-calc",
}


class ConversionError(Exception):
    pass


def soffice_binary() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def missing_libreoffice(kind: str) -> str:
    return (
        f"cannot read .{kind} without LibreOffice "
        f"(install {_PACKAGE_HINT.get(kind, 'libreoffice')})"
    )


def convert_with_libreoffice(data: bytes, kind: str, timeout: float) -> tuple[bytes, str]:
    """(converted bytes, converted kind) for a .doc/.xls/.rtf. Raises ConversionError."""
    binary = soffice_binary()
    if binary is None:
        raise ConversionError(missing_libreoffice(kind))
    ext, target, converted_kind = _TARGETS[kind]
    digest = hashlib.sha256(data).hexdigest()[:32]
    with tempfile.TemporaryDirectory(prefix="svarsinkorg-lo-") as tmp:
        tmpdir = Path(tmp)
        indir, outdir = tmpdir / "in", tmpdir / "out"
        indir.mkdir(mode=0o700)
        outdir.mkdir(mode=0o700)
        src = indir / f"{digest}{ext}"
        src.write_bytes(data)
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(tmpdir),
            "TMPDIR": str(tmpdir),
            "LANG": os.environ.get("LANG", "C.UTF-8"),
            "SAL_USE_VCLPLUGIN": "svp",
        }
        cmd = [
            binary,
            f"-env:UserInstallation={(tmpdir / 'profile').as_uri()}",
            "--headless",
            "--invisible",
            "--nologo",
            "--nodefault",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            target,
            "--outdir",
            str(outdir),
            str(src),
        ]
        try:
            proc = subprocess.Popen(
                cmd,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=env,
                cwd=tmpdir,
                start_new_session=True,
            )
        except OSError as exc:
            raise ConversionError(f"could not start LibreOffice: {exc}") from exc
        try:
            _out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill_group(proc)
            raise ConversionError(
                f"took longer than {timeout:g} s (LibreOffice conversion)"
            ) from None
        finally:
            if proc.poll() is None:  # pragma: no cover - communicate() returned or raised
                _kill_group(proc)
        result = outdir / f"{digest}.{converted_kind}"
        if not result.is_file() or result.stat().st_size == 0:
            reason = err.decode("utf-8", "replace").strip().splitlines()
            detail = reason[-1] if reason else f"exit status {proc.returncode}"
            raise ConversionError(f"LibreOffice could not convert the .{kind}: {detail}")
        return result.read_bytes(), converted_kind


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    try:
        proc.communicate(timeout=5)
    except Exception:  # pragma: no cover
        proc.kill()


# --- RTF without LibreOffice -----------------------------------------------------------------

_RTF_TOKEN = re.compile(
    r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # control word
    r"|\\'([0-9a-fA-F]{2})"  # hex byte
    r"|\\([^a-zA-Z])"  # control symbol
    r"|([{}])"
    r"|[\r\n]+"
    r"|([^\\{}\r\n]+)",
)
_RTF_SKIP_DESTINATIONS = frozenset(
    {
        "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "headerl",
        "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "footnote", "annotation",
        "atnid", "atnauthor", "atnref", "atndate", "listtable", "listoverridetable", "rsidtbl",
        "generator", "themedata", "colorschememapping", "datastore", "latentstyles",
        "xmlnstbl", "filetbl", "revtbl", "pgdsctbl", "operator", "fldinst", "mmathPr",
        "wgrffmtfilter", "bkmkstart", "bkmkend", "field-inst", "template", "docvar",
        "comment", "company", "author", "title", "subject", "keywords", "doccomm",
        "nonshppict", "shppict", "blipuid", "fchars", "lchars", "pnseclvl", "pntext",
        "listtext", "xe", "tc", "txe", "fldtype", "ftnsep", "ftnsepc", "aftnsep",
    }
)
_RTF_CHARS = {
    "par": "\n", "line": "\n", "sect": "\n\n", "page": "\n", "tab": "\t", "cell": "\n",
    "row": "\n\n", "nestcell": "\n", "nestrow": "\n", "emdash": "—", "endash": "–",
    "bullet": "•", "lquote": "‘", "rquote": "’", "ldblquote": "“", "rdblquote": "”",
    "emspace": " ", "enspace": " ", "qmspace": " ", "~": "\u00a0",
}


def rtf_to_text(data: bytes) -> str:
    """Plain text of an RTF document: body text only (no headers, footers, comments)."""
    source = data.decode("latin-1")
    codepage = "cp1252"
    m = re.search(r"\\ansicpg(\d+)", source[:2000])
    if m:
        codepage = f"cp{m.group(1)}"
        try:
            "".encode(codepage)
        except LookupError:
            codepage = "cp1252"
    stack: list[tuple[int, bool]] = []
    skip_bytes_after_u = 1
    ignorable = False
    pending_skip = 0
    out: list[str] = []
    hex_bytes = bytearray()

    def flush_hex() -> None:
        if hex_bytes:
            out.append(hex_bytes.decode(codepage, "replace"))
            hex_bytes.clear()

    for match in _RTF_TOKEN.finditer(source):
        word, arg, hexcode, char, brace, text = match.groups()
        if hexcode is None:
            flush_hex()
        if brace == "{":
            pending_skip = 0
            stack.append((skip_bytes_after_u, ignorable))
        elif brace == "}":
            pending_skip = 0
            if stack:
                skip_bytes_after_u, ignorable = stack.pop()
        elif char is not None:
            pending_skip = 0
            if char == "*":
                ignorable = True
            elif not ignorable:
                if char in "\\{}":
                    out.append(char)
                elif char == "~":
                    out.append("\u00a0")
                elif char == "_":
                    out.append("-")
                elif char in "\r\n":
                    out.append("\n")
        elif word is not None:
            pending_skip = 0
            if word in _RTF_SKIP_DESTINATIONS:
                ignorable = True
            elif ignorable:
                pass
            elif word in _RTF_CHARS:
                out.append(_RTF_CHARS[word])
            elif word == "uc":
                skip_bytes_after_u = int(arg or 1)
            elif word == "u" and arg is not None:
                code = int(arg)
                if code < 0:
                    code += 0x10000
                out.append(chr(code))
                pending_skip = skip_bytes_after_u
        elif hexcode is not None:
            if pending_skip > 0:
                pending_skip -= 1
            elif not ignorable:
                hex_bytes.append(int(hexcode, 16))
        elif text is not None:
            if pending_skip > 0:
                dropped = min(pending_skip, len(text))
                text = text[dropped:]
                pending_skip -= dropped
            if not ignorable:
                out.append(text)
    flush_hex()
    lines = [ln.strip() for ln in "".join(out).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
