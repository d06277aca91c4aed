"""Cheap checks made before any parser sees a stranger's file: size and zip bombs."""

from __future__ import annotations

import io
import zipfile

from svarsinkorg.config import Limits

# A member this small cannot hurt whatever its ratio: XML compresses well (styles.xml is
# often 30:1, a sheet of repeated empty rows can pass 100:1), so the ratio rule only
# applies to members and archives that unpack to more than this.
RATIO_FLOOR_BYTES = 1024 * 1024
MAX_ZIP_MEMBERS = 10_000


def human_size(n: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GB"  # pragma: no cover


def check_size(data: bytes, limits: Limits) -> str | None:
    if len(data) > limits.max_attachment_bytes:
        return (
            f"too large to read: {human_size(len(data))} "
            f"(limit {human_size(limits.max_attachment_bytes)})"
        )
    return None


def check_zip(data: bytes, limits: Limits) -> str | None:
    """A reason to refuse the zip container DATA, judged from its central directory only
    (nothing is decompressed), or None when it looks safe to open."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        return f"corrupt zip container: {exc or type(exc).__name__}"
    if len(infos) > MAX_ZIP_MEMBERS:
        return f"refused: looks like a zip bomb ({len(infos)} files in the archive)"
    total = sum(max(i.file_size, 0) for i in infos)
    packed = sum(max(i.compress_size, 0) for i in infos)
    if total > limits.max_uncompressed_bytes:
        return (
            f"refused: looks like a zip bomb (unpacks to {human_size(total)}, "
            f"limit {human_size(limits.max_uncompressed_bytes)})"
        )
    for info in infos:
        if info.file_size <= RATIO_FLOOR_BYTES:
            continue
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > limits.max_compression_ratio:
            return (
                f"refused: looks like a zip bomb ({info.filename} unpacks "
                f"{ratio:.0f}:1 to {human_size(info.file_size)}, "
                f"limit {limits.max_compression_ratio:.0f}:1)"
            )
    if total > RATIO_FLOOR_BYTES:
        ratio = total / max(packed, 1)
        if ratio > limits.max_compression_ratio:
            return (
                f"refused: looks like a zip bomb (unpacks {ratio:.0f}:1 to {human_size(total)}, "
                f"limit {limits.max_compression_ratio:.0f}:1)"
            )
    return None
