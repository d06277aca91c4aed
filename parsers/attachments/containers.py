"""The files inside an attachment that only carries files: a ZIP archive, or Outlook's
TNEF wrapper (winmail.dat, application/ms-tnef), which holds the attachments of a mail sent
in Outlook's rich text format.

Each yields its member files as (name, bytes) for the attachment reader to read like any
attachment, or the reason it cannot: nothing here raises. A ZIP is judged by the same
zip-bomb checks as a DOCX before anything is unpacked, and a member is read no further than
its declared size; a TNEF file is walked attribute by attribute within its own length
(MS-OXTNEF 2.1: a signature, then attributes of level, id, length, data and checksum).
"""

from __future__ import annotations

import io
import lzma
import struct
import zipfile
import zlib

from svarsinkorg.config import Limits

from .safety import check_zip
from .sniff import TNEF_MAGIC

# more files than this in one archive are not read one by one (a backup, not a reply)
MAX_CONTAINER_FILES = 20
# what a packing program adds of its own: no file the sender chose
_PACKER_NOISE = (".ds_store", "thumbs.db", "desktop.ini")


def zip_members(data: bytes, limits: Limits) -> tuple[list[tuple[str, bytes]], list[str]]:
    """The files of the ZIP archive DATA and the problems met (refused, encrypted, too
    many files)."""
    refused = check_zip(data, limits)
    if refused:
        return [], [refused]
    members: list[tuple[str, bytes]] = []
    problems: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        infos = [i for i in zf.infolist() if not i.is_dir() and not _noise(i.filename)]
        if len(infos) > MAX_CONTAINER_FILES:
            problems.append(f"only the first {MAX_CONTAINER_FILES} of {len(infos)} files read")
            infos = infos[:MAX_CONTAINER_FILES]
        for info in infos:
            name = info.filename.rsplit("/", 1)[-1]
            if info.flag_bits & 0x1:
                problems.append(f"{name}: password-protected in the archive: cannot be read")
                continue
            if info.file_size > limits.max_attachment_bytes:
                # refused before it is inflated, as a file that size in the mail would be
                problems.append(f"{name}: larger than the attachment limit: not unpacked")
                continue
            try:
                with zf.open(info) as f:
                    members.append((name, f.read(info.file_size + 1)[: info.file_size]))
            except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError,
                    RuntimeError, EOFError, zlib.error, lzma.LZMAError) as exc:
                problems.append(f"{name}: could not unpack ({type(exc).__name__})")
    return members, problems


def _noise(path: str) -> bool:
    base = path.rsplit("/", 1)[-1]
    return (path.startswith("__MACOSX/") or base.startswith("._")
            or base.lower() in _PACKER_NOISE)


# TNEF attribute ids (the low 16 bits of the attribute id)
_ATT_RENDDATA = 0x9002  # attAttachRendData: a new attachment begins
_ATT_TITLE = 0x8010  # attAttachTitle: its (short) file name
_ATT_DATA = 0x800F  # attAttachData: its bytes
_ATT_MAPI = 0x9005  # attAttachment: its MAPI properties (the long file name)
_PR_ATTACH_LONG_FILENAME = 0x3707


def tnef_members(data: bytes) -> tuple[list[tuple[str, bytes]], list[str]]:
    """The attached files of the TNEF stream DATA and the problems met."""
    if not data.startswith(TNEF_MAGIC) or len(data) < 6:
        return [], ["not a TNEF file"]
    files: list[dict[str, object]] = []
    problems: list[str] = []
    pos = 6  # signature and legacy key
    while pos < len(data):
        if pos + 9 > len(data):
            problems.append("TNEF file cut short")
            break
        _level, attr_id, length = struct.unpack_from("<BII", data, pos)
        start = pos + 9
        if start + length + 2 > len(data):
            problems.append("TNEF file cut short")
            break
        value = data[start:start + length]
        pos = start + length + 2  # the checksum is not needed to read
        name = attr_id & 0xFFFF
        if name == _ATT_RENDDATA:
            if len(files) >= MAX_CONTAINER_FILES:
                problems.append(f"only the first {MAX_CONTAINER_FILES} files read")
                break
            files.append({})
        elif files and name == _ATT_TITLE:
            files[-1].setdefault("name", _c_string(value))
        elif files and name == _ATT_DATA:
            files[-1]["data"] = value
        elif files and name == _ATT_MAPI:
            long_name = _mapi_long_filename(value)
            if long_name:
                files[-1]["name"] = long_name
    members = []
    for i, f in enumerate(files, 1):
        blob = f.get("data")
        if isinstance(blob, bytes) and blob:
            members.append((str(f.get("name") or f"attachment{i}"), blob))
    return members, problems


def _c_string(value: bytes) -> str:
    return value.split(b"\x00", 1)[0].decode("cp1252", "replace").strip()


# MAPI property types and their fixed sizes (MS-OXTNEF 2.1.3.4); the string types are
# counted values, each length-prefixed and padded to 4 bytes
_FIXED = {0x0002: 4, 0x0003: 4, 0x0004: 4, 0x000A: 4, 0x000B: 4, 0x0005: 8, 0x0006: 8,
          0x0007: 8, 0x0014: 8, 0x0040: 8, 0x0048: 16}
_COUNTED = (0x001E, 0x001F, 0x0102, 0x000D)


def _mapi_long_filename(props: bytes) -> str | None:
    """PR_ATTACH_LONG_FILENAME from an attAttachment's property list, if it comes before
    any property this walk cannot size (a named or multi-valued one)."""
    try:
        (count,) = struct.unpack_from("<I", props, 0)
        pos = 4
        for _ in range(min(count, 1000)):
            tag_type, tag_id = struct.unpack_from("<HH", props, pos)
            pos += 4
            if tag_id >= 0x8000 or tag_type & 0x1000:
                return None
            if tag_type in _FIXED:
                pos += _FIXED[tag_type]
                continue
            if tag_type not in _COUNTED:
                return None
            (values,) = struct.unpack_from("<I", props, pos)
            pos += 4
            for _v in range(min(values, 100)):
                (size,) = struct.unpack_from("<I", props, pos)
                raw = props[pos + 4:pos + 4 + size]
                pos += 4 + size + (-size % 4)
                if tag_id == _PR_ATTACH_LONG_FILENAME:
                    if tag_type == 0x001F:
                        return raw.decode("utf-16-le", "replace").split("\x00", 1)[0].strip()
                    return _c_string(raw)
    except struct.error:
        return None
    return None
