"""Plain text and HTML attachments."""

from __future__ import annotations

import codecs
import importlib
import re
from html.parser import HTMLParser

_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def _charset_param(content_type: str) -> str | None:
    m = re.search(r"charset\s*=\s*\"?([A-Za-z0-9_.:-]+)", content_type, re.IGNORECASE)
    return m.group(1) if m else None


def decode_text(data: bytes, content_type: str = "", extra_charset: str | None = None) -> str:
    """DATA as text: a BOM wins, then the declared charset if it decodes cleanly, then UTF-8,
    then Windows-1252 (what Swedish Windows users write), then Latin-1 (never fails)."""
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return _newlines(data.decode(enc))
            except UnicodeDecodeError:
                break
    candidates = [c for c in (_charset_param(content_type), extra_charset) if c]
    candidates += ["utf-8", "cp1252"]
    for enc in candidates:
        try:
            codecs.lookup(enc)
            return _newlines(data.decode(enc))
        except (LookupError, UnicodeDecodeError):
            continue
    return _newlines(data.decode("latin-1"))


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_txt(data: bytes, content_type: str = "") -> str:
    return decode_text(data, content_type).strip("\n\ufeff")


class _HtmlText(HTMLParser):
    """A small fallback: block elements end lines, table cells are lines, rows blocks."""

    _BLOCK = frozenset(
        {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
         "pre", "section", "article", "header", "footer", "table", "dl", "dt", "dd", "hr"}
    )
    _SKIP = frozenset({"script", "style", "head", "title", "template", "noscript"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self.skip += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "pre":
            self.pre += 1
            self.parts.append("\n\n")
        elif tag in self._BLOCK or tag == "tr":
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "pre":
            self.pre = max(0, self.pre - 1)
            self.parts.append("\n\n")
        elif tag in ("td", "th"):
            self.parts.append("\n")
        elif tag in self._BLOCK or tag == "tr":
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.pre:
            self.parts.append(data)
        else:
            self.parts.append(re.sub(r"[ \t\r\n\f]+", " ", data))

    def text(self) -> str:
        raw = "".join(self.parts)
        lines = [ln.strip() for ln in raw.split("\n")]
        out = "\n".join(lines)
        return re.sub(r"\n{3,}", "\n\n", out).strip()


def fallback_html_to_text(html: str) -> str:
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    return parser.text()


def read_html(data: bytes, content_type: str = "") -> str:
    m = _META_CHARSET.search(data[:4096])
    html = decode_text(data, content_type, m.group(1).decode("ascii") if m else None)
    try:
        module = importlib.import_module("svarsinkorg.parsers.text")
        convert = getattr(module, "html_to_text", None)
    except Exception:
        convert = None
    if convert is not None:
        try:
            result = convert(html)
            if isinstance(result, str):
                return result.strip()
        except Exception:
            pass
    return fallback_html_to_text(html)
