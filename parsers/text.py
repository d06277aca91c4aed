"""Small text helpers shared by the parsers: whitespace, HTML to text, matching keys."""

from __future__ import annotations

import bisect
import functools
import html
import logging
import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import html2text

log = logging.getLogger(__name__)

_F = TypeVar("_F", bound=Callable[..., Any])

# Longest string a text cache keeps: lines, sentences and short answers recur (within a
# reply, and in every reply to one survey: the quoted questions, greetings, signatures);
# a whole body or a long paragraph rarely does and would only fill the memory.
SHORT = 400


class _ShortCache(dict):  # type: ignore[type-arg]
    """The cache of a pure function of one string, called as the function: a hit is one
    dict lookup in C (`__call__` is dict.__getitem__), with no Python frame around it, as
    every wrapper and lru_cache's LRU bookkeeping cost (~470 calls per reply, most of them
    hits: ~0.18 -> ~0.09 us a call). Only strings up to SHORT characters are kept and the
    cache is emptied when full: memory stays within maxsize x SHORT characters, and what a
    call returns is the function's own either way."""

    __call__ = dict.__getitem__

    def __init__(self, fn: Callable[[Any], Any], maxsize: int,
                 long: Callable[[Any], Any] | None = None) -> None:
        super().__init__()
        self.fn = fn
        self.long = long or fn  # what a string longer than SHORT is handed to
        self.maxsize = maxsize
        functools.update_wrapper(self, fn)  # type: ignore[arg-type]

    def __missing__(self, s: Any) -> Any:
        if s is not None and len(s) > SHORT:
            return self.long(s)
        got = self.fn(s)
        if len(self) >= self.maxsize:
            self.clear()
        self[s] = got
        return got

    def cache_clear(self) -> None:
        self.clear()

    # one cache object per function, compared and hashed as that (a dict is unhashable)
    __hash__ = object.__hash__  # type: ignore[assignment]

    def __eq__(self, other: object) -> bool:
        return self is other

    def __ne__(self, other: object) -> bool:
        return self is not other


def short_cache(maxsize: int) -> Callable[[_F], _F]:
    """A cache for a pure function of a string (then any hashable arguments), used only
    when the string is at most SHORT characters long: memory stays within maxsize x SHORT
    characters whatever the mail, and results are the function's own."""

    def wrap(fn: _F) -> _F:
        code = fn.__code__
        if code.co_argcount == 1 and not code.co_kwonlyargcount and not code.co_flags & 0x04:
            # a function of one line or sentence (most): see _ShortCache
            return _ShortCache(fn, maxsize)  # type: ignore[return-value]
        cached = functools.lru_cache(maxsize=maxsize)(fn)

        def call(s: Any, *args: Any) -> Any:
            if s is not None and len(s) > SHORT:
                return fn(s, *args)
            return cached(s, *args)

        call = functools.wraps(fn)(call)
        call.cache_info = cached.cache_info  # type: ignore[attr-defined]
        call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        return call  # type: ignore[return-value]

    return wrap

# Characters that are invisible but are not whitespace to `str.split`/`\s`.
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")


def _drop_invisible(s: str) -> str:
    # most text holds none: six `in` tests (instant for a character beyond the string's
    # widest) cost less than the substitution's scan
    if s.isascii() or not any(map(s.__contains__, _INVISIBLE_CHARS)):
        return s
    return _INVISIBLE.sub("", s)


# Direction marks and embeddings (LRM, RLM, ALM, LRE..RLO, LRI..PDI): right-to-left mail
# (Arabic, Persian) carries them; inside a text they steer display, at its edges they are noise.
DIRECTION_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def strip_direction_marks(s: str) -> str:
    """S without direction marks (and whitespace) at its two ends; the inside is untouched."""
    return s.strip(DIRECTION_MARKS + " \t\n\r\f\v\u00a0")


def _normalize_ws(s: str | None) -> str:
    if not s:
        return ""
    # (split and join rather than re.sub(r"\s+", " ", s).strip(): the same result, as
    # str.split and `\s` both take Py_UNICODE_ISSPACE for whitespace (tested), ~3x cheaper)
    return strip_direction_marks(" ".join(_drop_invisible(s).split()))


# A reply's own words (longer than SHORT) are normalised by each cue that reads them
# (attachment, correction, interview, away notice, opt-out, gap): the last few are kept.
_normalize_long = functools.lru_cache(maxsize=4)(_normalize_ws)
normalize_ws = _ShortCache(_normalize_ws, 2048, long=_normalize_long)
normalize_ws.__name__ = normalize_ws.__qualname__ = "normalize_ws"
normalize_ws.__doc__ = """Every run of whitespace (NBSP, tabs, line breaks included) becomes one
    space; stripped, direction marks at the two ends included (an answer never starts with
    an RLM)."""


_EXCERPT = 80


def excerpt(text: str, limit: int = _EXCERPT) -> str:
    """TEXT on one line, cut to LIMIT characters with an ellipsis: a reason's detail."""
    t = normalize_ws(text)
    return t if len(t) <= limit else t[: limit - 1].rstrip() + "…"


def fold_as_re_i(s: str) -> str:
    """S casefolded so that letters re.I takes for the same letter are the same: a word
    filter (`w in fold_as_re_i(s)`) then finds every word re.I would (tests/test_word_filters.py
    checks this for each filter's letters)."""
    # re.I takes the dotless "ı" and the dotted "İ" for "i"; casefold() keeps them apart.
    # (str.replace, not str.translate: a translation table with letters beyond ASCII goes
    # through a dict lookup per character, ~6 us for a reply's own text; these rarely occur)
    if "ı" in s or "İ" in s:
        s = s.replace("ı", "i").replace("İ", "i")
    return s.casefold()


def holds_any_word(s: str, words: tuple[str, ...]) -> bool:
    """Does S hold one of WORDS (casefolded as re.I compares, `fold_as_re_i`)? The test a word
    filter makes before a costly search (the WORDS' tests in C: map over the bound
    __contains__, not a generator's steps)."""
    return any(map(fold_as_re_i(s).__contains__, words))


class WordFiltered:
    """A compiled pattern (`rx`) behind a word filter: every match of it holds one of
    `words` (casefolded, as re.I compares: checked against the pattern's parse tree in
    tests/test_word_filters.py), so a text that holds none is not searched. For a pattern
    searched in many texts that rarely match (a regex over a reply's whole text is 20-50 us;
    the filter is a casefold and a few substring tests)."""

    def __init__(self, rx: re.Pattern[str], words: tuple[str, ...]) -> None:
        self.rx = rx
        self.words = words

    def may_match(self, s: str) -> bool:
        return holds_any_word(s, self.words)

    def search(self, s: str) -> re.Match[str] | None:
        return self.rx.search(s) if self.may_match(s) else None

    def finditer(self, s: str) -> Iterator[re.Match[str]]:
        return self.rx.finditer(s) if self.may_match(s) else iter(())


_WIDE_SPACES = "\u00a0" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000\t"
_WIDE_SPACE = re.compile(f"[{_WIDE_SPACES}]")


def _plain_spaces(s: str) -> str:
    # as _drop_invisible: most lines hold none (and an ASCII line only the TAB)
    if (s.isascii() and "\t" not in s) or not any(map(s.__contains__, _WIDE_SPACES)):
        return s
    return _WIDE_SPACE.sub(" ", s)


# A mark pointing at an answer, opening its line ("--> Nej", "=> Ja", "→ Vi är ...", "➜", "►",
# "👉"): drawn by the writer to set the answer off from the question above it, no part of
# it. Any run of dashes, equals signs or tildes ending in ">" (never ">" alone: a quote
# mark), or the arrows and pointers of Unicode; a list's bullet ("- ", "* ") is no arrow.
ARROW = (r"(?:[-\u2010-\u2015=~]+>|[\u2190-\u21ff\u27f0-\u27ff\u2900-\u297f\u2794\u2798-\u27af"
         r"\u27b1-\u27be\u25b6\u25b8\u25ba\u261b\u261e\u2b95\U0001f449\U0001f860-\U0001f8ff]+)")
ANSWER_ARROW = re.compile(rf"^\s*{ARROW}\s*(?=\S)")


def strip_answer_arrow(line: str) -> str:
    """LINE without the arrow that opens it ("--> Nej" -> "Nej"); an arrow alone stays."""
    m = ANSWER_ARROW.match(line)
    return line[m.end():] if m else line


# An e-mail address as written in a mail's text ("kansli@forening.se", "o'brien@x.se").
ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


# A list numbered the CJK way: the item's number and the enumeration comma ("1、Vi är ...",
# half-width "1､"), which has no compatibility form to fold. It numbers as "1." does.
_ENUM_COMMA = re.compile(r"^(?P<lead>[ \t>]*\d{1,2})[\u3001\uff64]\s*")


@short_cache(maxsize=4096)  # every line of every body (the quoted survey's recur in each reply)
def clean_line(line: str) -> str:
    """One line with NBSP and friends as plain spaces, invisible characters gone, right-stripped.
    The TAB after a list mark the mail client drew (`LIST_ITEM`) stays: it tells that mark.
    A number glued to the CJK enumeration comma ("2、Ja") is written "2. Ja"."""
    line = _drop_invisible(line)
    if ("\u3001" in line or "\uff64" in line) and (m := _ENUM_COMMA.match(line)):
        line = f"{m.group('lead')}. {line[m.end():]}"
    if "\t" in line and (m := LIST_ITEM.match(line)):
        head = m.group(0).rstrip(" \t")
        return head + "\t" + _plain_spaces(line[m.end():]).rstrip()
    line = _plain_spaces(line)
    return line.rstrip()


@functools.cache
def _punctuation_folds() -> dict[int, str]:
    """Every punctuation mark (and space) whose compatibility form (NFKC) differs: full-width
    "：" "，" "？" "（" of CJK input methods, small and vertical forms. Derived from Unicode,
    not listed by hand."""
    folds: dict[int, str] = {}
    for cp in range(0x2000, 0x10000):
        ch = chr(cp)
        if unicodedata.category(ch)[0] in "PZ":
            nf = unicodedata.normalize("NFKC", ch)
            if nf != ch and len(nf) == 1 and nf.strip():
                folds[cp] = nf
    # a script's own question mark, which Unicode gives no compatibility form: Arabic's "؟"
    # (Arabic, Persian, Kurdish, Urdu), Ethiopic's "፧" (Tigrinya, Amharic)
    folds.update({0x061F: "?", 0x1367: "?"})
    return folds


def fold_punctuation(s: str) -> str:
    """S with punctuation in its compatibility form ("Svar：" -> "Svar:"), letters untouched, so
    a label typed with a CJK or Arabic input method reads like any other."""
    if s.isascii() or (max(s) < "\u2000" and "\u061f" not in s and "\u1367" not in s):
        # nothing to fold (every fold but "؟" "፧" is of U+2000 or above): translate's
        # lookup of each character in the table (~20 us a line) is skipped for most lines
        return s
    return s.translate(_punctuation_folds())


# What reading changes of the writer's characters and must give back: the punctuation folded
# to its compatibility form (a full-width "，" of a CJK input method read as ","), and the
# joiners that shape Persian, Kurdish and Indic words ("می‌کنیم" with its ZWNJ) dropped with
# the invisible characters.
_JOINERS = "\u200c\u200d"


@functools.cache
def _unfolds() -> dict[str, str]:
    """Each folded mark's class of the characters that fold to it ("," -> "[,，﹐]")."""
    by: dict[str, list[str]] = {}
    for cp, nf in _punctuation_folds().items():
        by.setdefault(nf, [nf]).append(chr(cp))
    return {nf: "[" + "".join(re.escape(c) for c in chars) + "]" for nf, chars in by.items()}


@functools.cache
def _verbatim_marks() -> re.Pattern[str]:
    """Any character reading folds or drops and keep_verbatim gives back."""
    chars = "".join(chr(cp) for cp in _punctuation_folds()) + _JOINERS
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]")


def keep_verbatim(value: str, source: str) -> str:
    """VALUE (an answer read from SOURCE) with the writer's own characters where reading
    changed them: full-width punctuation and word joiners as SOURCE has them. VALUE as it is
    when SOURCE holds none of them, or holds VALUE in more than one way or not at all."""
    if not value or not source or source.isascii():
        return value
    if _verbatim_marks().search(source) is None:
        return value  # (a search in C: most replies hold å, ä, ö and none of these)
    unfolds = _unfolds()
    joiner = f"[{_JOINERS}]*"
    parts: list[str] = []
    for ch in value:
        if ch.isspace():
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
            continue
        parts.append(unfolds.get(ch, re.escape(ch)))
        parts.append(joiner)
    try:
        found = {" ".join(m.group(0).split()) for m in re.finditer("".join(parts), source)}
    except re.error:
        return value
    return found.pop() if len(found) == 1 else value


_MD_BOLD = re.compile(r"\*\*|__")
_MD_EDGE_STAR = re.compile(r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
_MD_EDGE_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])|(?<=[^\s_])_(?![\w_])")
# A separator line: "-------- Original Message --------" in any language, a row of
# underscores or equals signs. What follows it is an original, a signature block or a
# disclaimer - never the association's answer.
SEPARATOR_LINE = re.compile(r"^\s*(?:-{4,}[^-\n]{0,60}-{4,}|_{8,}|={8,})\s*$")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")

# Up to two sentence adverbs between a modal and its verb in a correction ("fråga 2 ska det
# alltså vara ja", "ska istället lyda", "ska naturligtvis stå ja", "should obviously be yes"):
# a regex fragment shared by every reader of answers given by number. Hedges ("nog",
# "kanske", "probably") are not in it: a hedged correction is no plain answer.
MODAL_ADVERBS = (r"(?:(?:alltså|då|nu|istället|i\s+stället|egentligen|förstås|faktiskt|snarare"
                 r"|rätteligen|naturligtvis|givetvis|självklart|såklart|actually|instead|rather"
                 r"|really|then|now|of\s+course|obviously|clearly|certainly)\s+){0,2}")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
_UNDERSCORE_LINE = re.compile(r"\s*_{3,}\s*")


@functools.lru_cache(maxsize=65536)  # the quote splitter asks for the same lines many times
def strip_markdown(line: str) -> str:
    """Drop markdown emphasis/heading marks that an HTML-to-text step may have left.

    `**Fråga 1:** Vi är` -> `Fråga 1: Vi är`; `_kursiv_` -> `kursiv`; `1\\.` -> `1.`.
    Underscores inside words (``info_malmo``) and lines of underscores are kept.
    """
    # each step only where its mark stands (most lines hold none, and the edge patterns try
    # their look-behinds at every position)
    if "_" in line and _UNDERSCORE_LINE.fullmatch(line):
        return line
    if "\\" in line:
        line = _MD_ESCAPE.sub(r"\1", line)
    if "#" in line:
        line = _MD_HEADING.sub("", line)
    if "*" in line or "_" in line:
        line = _MD_BOLD.sub("", line)
        if "*" in line:
            line = _MD_EDGE_STAR.sub("", line)
        if "_" in line:
            line = _MD_EDGE_UNDERSCORE.sub("", line)
    return line


_NOT_WORD = re.compile(r"[^\w\s]")


@short_cache(maxsize=4096)  # lines and sentences compared by several passes
def match_key(s: str) -> str:
    """Lower-case letters and digits only, single-spaced: the form used for fuzzy matching."""
    s = s.lower().replace("_", " ")
    return " ".join(_NOT_WORD.sub(" ", s).split())  # split and join, as _normalize_ws


# (an emoji ends a sentence where its writer put no stop: "Absolut 👍 Mer hinner jag inte")
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])[\"'”)]*|(?<=[\U0001F300-\U0001FAFF\u2600-\u27BF\ufe0f]))"
                           r"\s+(?=[\"'“(]?[A-ZÅÄÖÆØÉÜ0-9])")


def split_sentences(s: str) -> list[str]:
    """Split prose into sentences (good enough for Swedish and English mail text)."""
    return list(_sentences(s))  # a fresh list: callers may change theirs


def _split(s: str) -> tuple[str, ...]:
    s = normalize_ws(s)
    if not s:
        return ()
    parts = [p.strip() for p in _SENTENCE_END.split(s) if p.strip()]
    return tuple(q for p in parts for q in _lower_case_sentences(p))


# Each answer is split again later; a reply's own words (longer than SHORT) are split by the
# interview test and again by the self-check's passes (left-over sentences, the survey's
# text): the last few of those are kept.
_sentences = _ShortCache(_split, 1024, long=functools.lru_cache(maxsize=4)(_split))


# A writer who starts sentences in lower case ("ja, vi jobbar med det. vi har grupper ..."):
# a full stop after a whole word, then a lower-case word, ends a sentence too; not after an
# abbreviation ("t.ex. vi", "ca. tio", "osv. men") or an ellipsis ("vet inte... men").
_LOWER_END = re.compile(r"(?<=[^\W\d_]{3}\.)\s+(?=[a-zåäöæøéü])")
_ABBREVIATION = re.compile(
    r"(?i)(?:^|[\s(])(?:\w+\.)*(?:osv|etc|resp|inkl|exkl|bla|tex|dvs|pga|jfr|ang|mfl|ung|tel"
    r"|min|max|approx|incl|vol|nov|dec|jan|feb|aug|sept?|okt|oct)\.$")


# What every match of _LOWER_END holds: most sentences have no full stop followed by a
# space and a lower-case letter, and this search (a literal first) is ~10x cheaper than
# _LOWER_END's, whose look-behind is tried at every position.
_LOWER_END_NEEDS = re.compile(r"\.\s+[a-zåäöæøéü]")


def _lower_case_sentences(p: str) -> list[str]:
    if "." not in p or not _LOWER_END_NEEDS.search(p):
        return [p]
    out: list[str] = []
    start = 0
    for m in _LOWER_END.finditer(p):
        head = p[start:m.start()]
        if _ABBREVIATION.search(head) or head.endswith(".."):
            continue
        out.append(head.strip())
        start = m.end()
    out.append(p[start:].strip())
    return [q for q in out if q]


# A table in a plain-text part: Outlook writes each row on one line, its cells parted by a
# TAB ("Vilka är ni?<TAB>Vi är ..."), with or without a blank line between rows (cells of
# paragraphs). Read as the HTML part's table is read: each cell a line of its own, a blank
# line after each row, so a question cell stands above its answer.
_TAB_CELLS = re.compile(r"[ ]*\t[ \t]*")


def _table_row(line: str) -> list[str] | None:
    if "\t" not in line or line.lstrip().startswith(">") or LIST_ITEM.match(line):
        return None
    cells = [_unquote_cell(c.strip()) for c in _TAB_CELLS.split(line.strip())]
    cells = [c for c in cells if c]
    if len(cells) == 1 and re.search(r"\S\t\s*$", line):
        cells.append("")  # "Hinder<TAB>": the question cell over an answer cell left empty
    if len(cells) < 2 or not re.search(r"[^\W\d_]{2}", cells[0]):
        return None  # one cell, or a number's column ("1.<TAB>...": a numbered list)
    return cells


def _unquote_cell(cell: str) -> str:
    """A spreadsheet cell as Excel and Sheets copy it: wrapped in double quotes, its own
    quotes doubled, when it holds a line break, a TAB or a quote ('"Vi gör ...\nVår ..."')."""
    if len(cell) >= 2 and cell[0] == cell[-1] == '"' and '"' not in cell[1:-1].replace('""', ""):
        return cell[1:-1].replace('""', '"').strip()
    return cell


def _join_quoted_cells(lines: list[str]) -> list[str]:
    """LINES with a TAB-parted row whose last cell opens a quote left open ('Hur<TAB>"Vi gör
    ...') joined with the lines up to the one closing it: a spreadsheet cell holding a line
    break, copied (its break kept inside the cell)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        last = line.rsplit("\t", 1)[-1].lstrip() if "\t" in line else ""
        if last.startswith('"') and last.replace('""', "").count('"') % 2 == 1:
            j = next((k for k in range(i + 1, min(len(lines), i + 30))
                      if lines[k].replace('""', "").count('"') % 2 == 1
                      and lines[k].rstrip().endswith('"')), None)
            if j is not None and not any(ln.lstrip().startswith(">") for ln in lines[i + 1:j + 1]):
                out.append(" ".join(x.strip() for x in lines[i:j + 1]))
                i = j + 1
                continue
        out.append(line)
        i += 1
    return out


def tab_table_as_lines(text: str) -> str:
    """TEXT with each run of two or more TAB-parted rows written cell by cell."""
    if "\t" not in text:
        return text
    lines = _join_quoted_cells(text.splitlines())
    rows = [_table_row(ln) for ln in lines]
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        run: list[list[str]] = []
        while j < len(lines) and rows[j] is not None:
            run.append(rows[j])  # type: ignore[arg-type]
            j += 1
            if j + 1 < len(lines) and not lines[j].strip() and rows[j + 1] is not None:
                j += 1  # a blank line between two rows: each cell a paragraph (unseen95)
        if len(run) >= 2 and sum(1 for r in run if r[-1]) >= 2:
            for r in run:
                out.extend([*(c for c in r if c), ""])
            if j < len(lines) and not lines[j].strip():
                j += 1  # the row's own blank line stands for the table's end
            i = j
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out) + ("\n" if text.endswith("\n") else "")


# --- HTML ---------------------------------------------------------------------------------

_DROP_BLOCKS = re.compile(
    r"<(head|style|script|title|xml|template|noscript)\b[^>]*>.*?</\1\s*>", re.I | re.S
)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_CONDITIONAL = re.compile(r"<!\[(?:if[^\]]*|endif)\]>", re.I)
_ENTITY = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")
_CELL_END = re.compile(r"</t[dh]\s*>", re.I)
_ROW_END = re.compile(r"</tr\s*>", re.I)
_P_OPEN = re.compile(r"<p(?:\s[^>]*)?>", re.I)
_P_CLOSE = re.compile(r"</p\s*>", re.I)
_DIV_OPEN = re.compile(r"<div(?:\s[^>]*)?>", re.I)
_DIV_CLOSE = re.compile(r"</div\s*>", re.I)
_KEEP_ESCAPED = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}


def _decode_entity(m: re.Match[str]) -> str:
    ch = html.unescape(m.group(0))
    if ch == m.group(0):
        return ch
    if ch in _KEEP_ESCAPED:
        return _KEEP_ESCAPED[ch]
    return ch


# A list item the mail client draws (an HTML <li>, a Word list paragraph): the mark is the
# client's formatting, not the writer's words. It is written as Outlook writes it in its own
# plain text, a bullet and a TAB ("•\tLokalhyran ..."), which a typed bullet ("- ", "• ")
# never is: `LIST_ITEM` finds it so an answer made of such items keeps only their text.
# Outlook may pad the mark to its tab stop with spaces instead ("·         Gratis ..."): a
# bullet glyph and three or more spaces, which typing never gives either.
_LIST_MARK = "\ue000"  # a private-use placeholder that html2text passes through
_LIST_PLACEHOLDER = re.compile(r"^(?P<indent>\s*)\ue000\s*")
LIST_ITEM = re.compile(
    r"(?m)^[ \t]*(?:[•·▪◦§o\uf0a7\uf0b7]\t|[•·▪◦\uf0a7\uf0b7][ \u00a0]{3,})[ \t]*")
# Word's list mark: the glyph and its spacing in a span Outlook hides from every other reader
_WORD_LIST_MARK = re.compile(
    r"<span\b[^>]*mso-list\s*:\s*ignore[^>]*>(?:[^<]|<span\b[^>]*>[^<]*</span>)*</span>", re.I)


def _converter() -> html2text.HTML2Text:
    h = html2text.HTML2Text()
    h.ignore_links = True
    h.ignore_images = True
    h.ignore_emphasis = True  # no ** / _ noise around "Fråga 1:" labels
    h.ignore_tables = True  # cells become lines (see _CELL_END), not markdown tables
    h.body_width = 0
    h.unicode_snob = True
    h.ul_item_mark = _LIST_MARK  # see LIST_ITEM
    h.single_line_break = False
    return h


def _fallback_text(s: str) -> str:
    s = re.sub(r"<\s*br\s*/?>|</\s*(p|div|li|tr|h[1-6])\s*>", "\n", s, flags=re.I)
    s = re.sub(r"<[^>]*>", "", s)
    return html.unescape(s)


# A short bold (or underlined) run opening a block, with the block's text after it on the
# same line: "<p><b>Om oss</b> Vi är ...</p>". Emphasis is dropped in the text, so the run
# gets the colon a writer would type ("Om oss: Vi är ..."): a heading, found by structure.
_BOLD_LEAD = re.compile(
    r"(?P<open>(?:^|<(?:p|div|li|td|br)\b[^>]*>)\s*)"
    r"<(?P<tag>b|strong|u)\b[^>]*>(?P<span><span\b[^>]*>)?(?P<text>[^<>]{1,60}?)"
    # the text after it starts a sentence of its own: "<b>IK Fosie</b> är en ..." goes on
    r"(?P<endspan></span>)?</(?P=tag)>(?=[ \t]*(?:<[^>]*>)*[ \t]*(?-i:[A-ZÅÄÖÉÜ0-9\"'“(]))",
    re.I,
)


def _bold_label(m: re.Match[str]) -> str:
    text = m.group("text")
    stripped = text.strip()
    if (not stripped or len(stripped.split()) > 6 or stripped[-1] in ":?.!-–—,;"
            or stripped[0].isdigit()):
        return m.group(0)
    return (f"{m.group('open')}<{m.group('tag')}>{m.group('span') or ''}{stripped}:"
            f"{m.group('endspan') or ''}</{m.group('tag')}> ")


# An ordered list the client draws (`<ol>`) after the writer's own numbered lines ("3. Hur?"
# over items "1. ...", "2. ..."): its numbers start again inside one answer, so they are the
# client's, not the questions'; its items are written as drawn items (`LIST_ITEM`), their
# text only. An `<ol>` of the answers themselves (no numbered line of the writer's above it),
# or one that goes on from a number (`start="3"`), keeps its numbers: they are the questions'.
_OL_ITEM_MARK = "\ue001"  # a private-use placeholder opening each <ol> item's text
_OL = re.compile(r"<ol\b(?P<attrs>[^>]*)>(?P<body>(?:(?!<ol\b|</ol\s*>).)*)</ol\s*>",
                 re.I | re.S)
_OL_GOES_ON = re.compile(r"\bstart\s*=\s*[\"']?\s*(?!1\b)\d", re.I)
_LI_TAG = re.compile(r"(<li\b[^>]*>)", re.I)
_OL_LINE = re.compile(r"^(?P<indent>\s*)\d{1,3}\.\s+\ue001\s*")
_NUMBERED_LINE = re.compile(r"^\s*(?:(?:fråga|question)\s*)?\d{1,2}\s*[.):]\s*\S", re.I)


# A heading the writer set in bold (or as an HTML heading) on a line of its own right above
# the list ("<b>Hur</b>", "<strong>How we work</strong>"; `_bold_label` has given it its
# colon by then): the list is that answer's, as under a numbered line (unseen106). A lead-in
# to the answers themselves ("<b>Våra svar:</b>", "Our answers") keeps the numbers.
_BOLD_HEADING_ABOVE = re.compile(
    r"<(?P<t>b|strong|h[1-6])\b[^>]*>(?P<text>[^<]{1,60})</(?P=t)\s*>\s*"
    r"(?:</(?:div|p|span)\s*>\s*|<br\s*/?>\s*|<(?:div|p)\b[^>]*>\s*)*$", re.I)
_NAMES_ANSWERS = re.compile(r"\b(?:svar\w*|answers?|replies)\b", re.I)
_OL_UNDER_HEADING = "\ue002"  # an <ol> item's mark: under a heading of the writer's own


def _mark_ol_items(m: re.Match[str]) -> str:
    if _OL_GOES_ON.search(m.group("attrs")):
        return m.group(0)
    mark = _OL_ITEM_MARK
    head = _BOLD_HEADING_ABOVE.search(m.string[max(0, m.start() - 400):m.start()])
    if head is not None and len(head.group("text").split()) <= 8 \
            and not _NAMES_ANSWERS.search(head.group("text")):
        mark += _OL_UNDER_HEADING
    body = _LI_TAG.sub(r"\1" + mark, m.group("body"))
    return m.group(0)[: m.start("body") - m.start()] + body + m.group(0)[m.end("body") - m.start():]


def _ol_items_as_drawn(lines: list[str]) -> list[str]:
    """LINES with each `<ol>` item (`_OL_ITEM_MARK`) after a numbered line of the writer's
    own (not quoted) written as a drawn item ("•\tText"), every other item's mark taken out."""
    out: list[str] = []
    numbered = False
    for line in lines:
        m = _OL_LINE.match(line)
        if m and (numbered or line[m.end():].startswith(_OL_UNDER_HEADING)):
            out.append(f"{m.group('indent')}•\t{line[m.end():].lstrip(_OL_UNDER_HEADING)}")
            continue
        if not m and not line.lstrip().startswith(">") and _NUMBERED_LINE.match(line):
            numbered = True
        out.append(line.replace(_OL_ITEM_MARK, "").replace(_OL_UNDER_HEADING, ""))
    return out


def html_to_text(html_text: str | None) -> str:
    """Turn an HTML mail body into plain text that the quote stripper understands.

    `<blockquote>` becomes `>`-quoting, `<head>`/`<style>`/comments (Outlook's CSS and
    conditional comments) are dropped, links and images leave no trace, table cells become
    lines ("question\\nanswer\\n\\n" per row). Never raises: broken HTML gets a crude
    tag-stripping fallback.
    """
    if not html_text:
        return ""
    s = str(html_text)
    try:
        s = _COMMENT.sub("", s)
        s = _CONDITIONAL.sub("", s)
        s = _DROP_BLOCKS.sub("", s)
        # Decode entities ourselves: html2text splits text at each entity and, inside bold
        # text, then inserts spaces ("Fr åga"). &lt; &gt; &amp; stay escaped.
        s = _ENTITY.sub(_decode_entity, s)
        s = _BOLD_LEAD.sub(_bold_label, s)
        s = _WORD_LIST_MARK.sub(_LIST_MARK, s)
        if "<ol" in s or "<OL" in s:
            s = _OL.sub(_mark_ol_items, s)
        if "MsoNormal" in s:
            # Outlook/Word: every line is a margin-less <p class=MsoNormal>; blank lines are
            # <p>&nbsp;</p>. Treat them as lines, not paragraphs.
            s = _P_OPEN.sub("<div>", s)
            s = _P_CLOSE.sub("</div>", s)
        # Gmail, Apple Mail and Outlook write one <div> per line and <div><br></div> for a
        # blank line; html2text would put a blank line after every div.
        s = _DIV_OPEN.sub("", s)
        s = _DIV_CLOSE.sub("<br>", s)
        s = _CELL_END.sub("<br>", s)
        s = _ROW_END.sub("<br><br>", s)
        out = _converter().handle(s)
    except Exception:  # html2text on pathological input: never fail the caller
        log.warning("html2text failed; falling back to tag stripping", exc_info=True)
        out = _fallback_text(s)
    lines = []
    for raw in out.splitlines():
        line = clean_line(_MD_ESCAPE.sub(r"\1", raw))
        if _LIST_MARK in line:
            line = _LIST_PLACEHOLDER.sub(r"\g<indent>•\t", line).replace(_LIST_MARK, "•")
        if re.fullmatch(r"\s*(\*\s*){3,}", line):  # <hr> as "* * *"
            line = ""
        if re.fullmatch(r">[\s>]*", line):
            line = ">"
        lines.append(line)
    if _OL_ITEM_MARK in out:
        lines = _ol_items_as_drawn(lines)
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    # html2text emits "> \n>   \n> \n" runs for blank lines inside blockquotes.
    text = re.sub(r"(?:^>\n){2,}", ">\n", text, flags=re.M)
    return text.strip("\n") + "\n" if text.strip() else ""


# The plain alternative of an HTML mail, as a client writes it from the HTML: Gmail and
# Thunderbird draw each <li> of a <ul> as "* item" (or "- item") and close the list with no
# blank line, so a heading right under the list reads as the last item's next line.
_HTML_LI = re.compile(r"<li\b[^>]*>(?P<text>.*?)(?:</li\s*>|(?=<li\b|</[uo]l\s*>))"
                      r"(?P<end>\s*</[uo]l\s*>)?", re.I | re.S)
_LI_OPEN = re.compile(r"<li\b", re.I)
_HTML_TAG = re.compile(r"<[^>]*>")
# Outlook writes a nested list's levels with marks of their own ("*", then "o", then "§" or
# "▪"): each taken as a mark only where the text after it is an <li>'s whole text.
_PLAIN_ITEM = re.compile(r"^(?P<indent>[ \t]*)[*\-•·+o§▪◦][ \t]+(?P<text>\S.*)$")
_NESTED_LIST = re.compile(r"<[uo]l\b", re.I)
# an <ol>'s item as Outlook writes it in the plain text: indented, its number padded
_PLAIN_OL_ITEM = re.compile(r"^(?P<indent>[ \t]*)\d{1,2}[.)][ \t]+(?P<text>\S.*)$")


def _html_key(s: str) -> str:
    # an <li>'s or <p>'s text and a plain line compared alike: tags out, entities decoded,
    # white space folded, case folded
    return " ".join(html.unescape(_HTML_TAG.sub(" ", s)).split()).casefold()


def _starts_any(sorted_keys: list[str], prefix: str) -> bool:
    """Some key of SORTED_KEYS starts with PREFIX: the keys that do sort right from where
    PREFIX would go, so one bisection stands for a test of every key (a long mail's lines
    against its many <p> or <li> texts were lines x keys tests: 2,000 of each took 3 s)."""
    at = bisect.bisect_left(sorted_keys, prefix)
    return at < len(sorted_keys) and sorted_keys[at].startswith(prefix)


def plain_lists_from_html(plain: str, html_text: str | None) -> str:
    """PLAIN with the list items its HTML alternative drew as `<li>` written as client-drawn
    items (`LIST_ITEM`'s "•\\t"), a blank line after a list's last item.

    Only a marked plain line whose item text (with its wrapped lines) is an `<li>`'s whole
    text is rewritten: a list typed in the HTML as "- item" lines keeps its marks, and the
    plain text of a mail whose HTML has no list is returned as it is.
    """
    if not html_text or "<li" not in html_text.lower():
        return plain
    items: dict[str, bool] = {}  # an <li>'s text -> it is the last item of its list
    # searched up to the first "<li" after the last ">" (an item's end may look ahead to it):
    # a match holds a ">", and each "<li" past the last one would scan to the end in vain
    # (quadratic on broken HTML: 80,000 of them took 30 s)
    last_gt = html_text.rfind(">") + 1
    after = _LI_OPEN.search(html_text, last_gt)
    for m in _HTML_LI.finditer(html_text, 0, after.end() if after else last_gt):
        text = m.group("text")
        if "<li" in text.lower():  # a nested list's parent: its own text is before the list
            text = text[:nested.start()] if (nested := _NESTED_LIST.search(text)) else ""
        key = _html_key(text)
        if key:
            items[key] = items.get(key, False) or m.group("end") is not None
    if not items:
        return plain
    sorted_items = sorted(items)
    # the items of an <ol> that starts at one: numbered by the client, as in _ol_items_as_drawn
    ordered = {k for ol in _OL.finditer(html_text) if not _OL_GOES_ON.search(ol.group("attrs"))
               for li in _HTML_LI.finditer(ol.group("body"))
               if (k := _html_key(li.group("text"))) in items}
    lines = plain.split("\n")
    out: list[str] = []
    numbered = False  # a numbered line of the writer's own above (not an item of an <ol>)
    i = 0
    while i < len(lines):
        m = _PLAIN_ITEM.match(lines[i])
        if not m and ordered and (n := _PLAIN_OL_ITEM.match(lines[i])) is not None \
                and _html_key(n.group("text")) in ordered:
            if numbered:  # its numbers start again inside an answer: the client's
                m = n
            else:  # an <ol> of the answers themselves: the numbers are the questions'
                out.append(lines[i])
                i += 1
                continue
        if not m:
            if not lines[i].lstrip().startswith(">") and _NUMBERED_LINE.match(lines[i]):
                numbered = True
            out.append(lines[i])
            i += 1
            continue
        text, j = m.group("text"), i + 1
        key = _html_key(text)
        # a long item wrapped by the client: its next lines, while they go on the <li>'s text
        while key not in items and j < len(lines) and lines[j].strip() \
                and not _PLAIN_ITEM.match(lines[j]):
            longer = _html_key(f"{text} {lines[j]}")
            if not _starts_any(sorted_items, longer):
                break
            text, key, j = f"{text} {lines[j].strip()}", longer, j + 1
        if key not in items:
            out.append(lines[i])
            i += 1
            continue
        out.append(f"{m.group('indent')}•\t{' '.join(text.split())}")
        i = j
        if items[key] and i < len(lines) and lines[i].strip() and not _PLAIN_ITEM.match(lines[i]):
            out.append("")  # the list ends here in the HTML: what follows is a block of its own
    return "\n".join(out)


# an HTML paragraph (Outlook's MsoNormal <p> is a line, and html_to_text reads it so)
_HTML_P = re.compile(r"<p\b[^>]*>(?P<text>.*?)</p\s*>", re.I | re.S)
_HTML_P_CLOSE = re.compile(r"</p\s*>", re.I)


def plain_paragraphs_from_html(plain: str, html_text: str | None) -> str:
    """PLAIN with a blank line where its HTML alternative ends a paragraph (`<p>`), when the
    plain text kept none of those breaks: Outlook's plain alternative of a mail written in
    paragraphs may run them all together ("Hej och tack,\nVi är ...\nVi har ..."), and the
    reply would read as one block. A paragraph is found by its whole text in the plain
    lines. A plain text that keeps a break after any paragraph kept the writer's layout (a
    heading right above its answer stays so); quoted lines and a mail of Outlook's
    line-per-<p> (MsoNormal) are left alone."""
    if not html_text or "<p" not in html_text.lower() or "MsoNormal" in html_text:
        return plain
    # searched only up to the last </p>: every match ends at one, and a <p> after it (</p>
    # may be left out in HTML) would scan to the end of the mail in vain, one scan per <p>
    # (quadratic: 8,000 unclosed <p> took 30 s)
    closes = [m.end() for m in _HTML_P_CLOSE.finditer(html_text)]
    if not closes:
        return plain
    keys = {k for m in _HTML_P.finditer(html_text, 0, closes[-1])
            if (k := _html_key(m.group("text")))}
    if len(keys) < 3:
        return plain
    sorted_keys = sorted(keys)
    lines = plain.split("\n")
    ends: list[int] = []  # lines that end an HTML paragraph, own text under them
    run = ""  # the key of the lines since a paragraph's start
    for i, line in enumerate(lines):
        if not line.strip() or line.lstrip().startswith(">"):
            run = ""
            continue
        cand = _html_key(f"{run} {line}") if run else _html_key(line)
        if not _starts_any(sorted_keys, cand):
            cand = _html_key(line)
            if not _starts_any(sorted_keys, cand):
                run = ""
                continue
        run = cand
        if run in keys:
            ends.append(i)
            run = ""
    breaks = {i for i in ends[:-1] if i + 1 < len(lines)}  # (the last: the sign-off's)
    if len(breaks) < 2 or any(not lines[i + 1].strip() for i in breaks):
        return plain
    out: list[str] = []
    for i, line in enumerate(lines):
        out.append(line)
        if i in breaks and not lines[i + 1].lstrip().startswith(">"):
            out.append("")
    return "\n".join(out)


# A short label naming the reply itself before what it says ("Snabbsvar: ja, ...", "Kort
# svar: nej.", "Quick answer: yes, ..."): the writer's frame, no part of the statement
REPLY_LABEL = re.compile(
    r"(?i)^(?:[\w-]+[ \t]+){0,2}[\w-]*(?:svar(?:et)?|answer|reply|response)[ \t]*:[ \t]+(?=\S)")
