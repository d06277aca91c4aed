"""Turning document structure into the text layout the answer extractor reads.

Blocks are separated by one blank line; lines within a block by one newline. A question
is on its own line, its answer on the following line(s) of the same block.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_NUMBER_CELL = re.compile(r"(?:fråga|question|nr\.?)?\s*(\d{1,2})\s*[.):]?", re.IGNORECASE)
_NUMBER_MARK = re.compile(r"^\s*(?:fråga\s*)?\d{1,2}\s*[.):](?!\d)\s*\S", re.IGNORECASE)
_NUMERIC = re.compile(r"^[\s\d.,:%+\-−–/eE]*$")
# A question referred to by its number only: "Fråga 1", "Question 2", "F3", "Q4:"
_QUESTION_LABEL = re.compile(
    r"^(?:fråga|fraga|question|q|f)\s*(?:nr\.?\s*)?\d{1,2}\s*[.:)]?$", re.IGNORECASE
)


class TextBuilder:
    """Collects lines into blank-line separated blocks."""

    def __init__(self) -> None:
        self._blocks: list[list[str]] = [[]]

    def brk(self) -> None:
        """End the current block (a no-op when it is empty)."""
        if self._blocks[-1]:
            self._blocks.append([])

    def line(self, text: str) -> None:
        """Add TEXT to the current block; a blank line inside TEXT ends the block."""
        for raw in text.splitlines():
            stripped = raw.strip()
            if not stripped or not stripped.replace("\u00a0", "").strip():
                self.brk()
            else:
                self._blocks[-1].append(raw.rstrip())

    def block(self, lines: Sequence[str]) -> None:
        """Add LINES as a block of their own (blank lines inside are dropped)."""
        self.brk()
        for text in lines:
            for raw in text.splitlines():
                if raw.strip():
                    self._blocks[-1].append(raw.rstrip())
        self.brk()

    def is_empty(self) -> bool:
        return not any(self._blocks)

    def lines(self) -> list[str]:
        return [ln for b in self._blocks for ln in b]

    def text(self) -> str:
        return "\n\n".join("\n".join(b) for b in self._blocks if b)


def squash_blank_lines(text: str) -> str:
    """TEXT with empty lines removed (a cell's paragraphs stay together in one block)."""
    return "\n".join(ln.rstrip() for ln in text.splitlines() if ln.strip())


def starts_block(text: str, strong: bool, after_question: bool) -> bool:
    """Should a body paragraph start a new block? Right after a question only an explicit
    question (a "?" or a number marker) does: a bold answer stays with its question."""
    if after_question:
        t = text.strip()
        return ("?" in t and len(t) <= 400) or bool(_NUMBER_MARK.match(t))
    return question_like(text, strong)


class BlockFlow:
    """Where a document's body paragraphs break into blocks, shared by the DOCX and ODT
    renderers (their XML differs; the layout rule must not)."""

    prev_was_list: bool = False
    prev_was_question: bool = False
    prev_was_prose: bool = False
    under_question: bool = False  # the current block opened with a question or heading

    def emit_paragraph(
        self, out: TextBuilder, text: str, heading: bool, strong: bool, is_list: bool
    ) -> None:
        if not text.strip():
            out.brk()
            self.prev_was_list = self.prev_was_question = self.prev_was_prose = False
            self.under_question = False
            return
        if (
            heading
            or (is_list and not self.prev_was_list)
            or starts_block(text, strong, self.prev_was_question)
            # a paragraph after one that ended its sentences is a paragraph of its own, as
            # a blank line makes it in a mail (a letter's answers, one paragraph each) -
            # unless a question or a heading opened the block: its answer's paragraphs
            or (self.prev_was_prose and not is_list and not self.under_question)
        ):
            out.brk()
            t = text.strip()
            self.under_question = heading or ("?" in t and len(t) <= 400) \
                or t.endswith(":") or bool(_NUMBER_MARK.match(t)) \
                or bool(_QUESTION_LABEL.match(t))
        out.line(text)
        self.prev_was_list = is_list
        self.prev_was_question = heading or question_like(text, strong)
        if not heading and not strong and _answered_in_place(text):
            # "Arbetar vi mot segregation? Ja, det gör vi.": a question the paragraph
            # answers itself heads no block; the next paragraph is the next answer's
            self.prev_was_question = self.under_question = False
        self.prev_was_prose = not is_list and not self.prev_was_question \
            and text.rstrip().endswith((".", "!"))


def _answered_in_place(text: str) -> bool:
    """A question sentence followed, in the same paragraph, by its answer sentence."""
    t = text.strip()
    if "?" not in t or _NUMBER_MARK.match(t):
        return False
    tail = t.rsplit("?", 1)[1].strip()
    return len(tail) >= 3 and tail.endswith((".", "!"))


def question_like(text: str, strong: bool = False) -> bool:
    """Does TEXT look like a question or a label (not like an answer)?"""
    t = text.strip()
    if not t or _NUMERIC.match(t):
        return False
    if _QUESTION_LABEL.match(t):
        return True
    if strong and len(t) <= 300:
        return True
    if "?" in t and len(t) <= 400:
        return True
    if t.endswith(":") and len(t) <= 200:
        return True
    return bool(_NUMBER_MARK.match(t)) and len(t) <= 400


@dataclass(frozen=True)
class Cell:
    text: str
    strong: bool = False  # bold, or a heading style: styled like a question

    @property
    def question(self) -> bool:
        return question_like(self.text, self.strong)


def _merge_number_cell(cells: list[Cell]) -> list[Cell]:
    """["1.", "Vilka är ni?"] -> ["1. Vilka är ni?"]: a number column stays with its text."""
    if len(cells) >= 2:
        m = _NUMBER_CELL.fullmatch(cells[0].text.strip())
        if m:
            first = cells[0].text.strip()
            prefix = first if not first.isdigit() else f"{first}."
            return [Cell(f"{prefix} {cells[1].text.lstrip()}", cells[1].strong), *cells[2:]]
    return cells


def render_table(out: TextBuilder, rows: Sequence[Sequence[Cell]]) -> None:
    """Rows of cells: each row's cells one per line, one block per row. A one-cell question
    row directly above a one-cell answer row makes one block "question\\nanswer"."""
    kept = [
        _merge_number_cell([c for c in row if c.text.strip()])
        for row in rows
    ]
    kept = [r for r in kept if r]
    out.brk()
    i = 0
    while i < len(kept):
        row = kept[i]
        nxt = kept[i + 1] if i + 1 < len(kept) else None
        if (
            nxt is not None
            and len(row) == 1
            and len(nxt) == 1
            and row[0].question
            and not nxt[0].question
        ):
            out.block([squash_blank_lines(row[0].text), squash_blank_lines(nxt[0].text)])
            i += 2
            continue
        out.block([squash_blank_lines(c.text) for c in row])
        i += 1
    out.brk()


def render_sheet(out: TextBuilder, rows: Sequence[Sequence[str]]) -> None:
    """A spreadsheet's rows (cells by column position, "" when empty).

    Questions down column A and answers in column B render row by row. One header row of
    questions with answers in the row(s) below renders column by column: "header\\nvalue"
    for each filled cell of each answer row. Anything else (a budget) renders row-wise.
    """
    filled = [list(r) for r in rows if any(c.strip() for c in r)]
    if not filled:
        return
    header_at = _question_header_row(filled)
    out.brk()
    if header_at is None:
        render_table(out, [[Cell(c) for c in r] for r in filled])
        out.brk()
        return
    render_table(out, [[Cell(c) for c in r] for r in filled[:header_at]])
    header = filled[header_at]
    for row in filled[header_at + 1 :]:
        for col, value in enumerate(row):
            if not value.strip():
                continue
            label = header[col].strip() if col < len(header) else ""
            lines = [label, squash_blank_lines(value)] if label else [squash_blank_lines(value)]
            out.block(lines)
    out.brk()


def _question_header_row(filled: list[list[str]]) -> int | None:
    """The index of a header row of questions (questions across, answers below), or None."""
    best: tuple[int, int] | None = None  # (question cells, index)
    for idx, row in enumerate(filled[:5]):
        cells = [c for c in row if c.strip()]
        if len(cells) < 2:
            continue
        q = sum(1 for c in cells if question_like(c))
        if q >= 2 and (best is None or q > best[0]):
            best = (q, idx)
    if best is None:
        return _label_header_row(filled)
    if best[1] == len(filled) - 1:
        return None
    q_across, at = best
    # questions down the first filled column, from the header row on
    q_down = 0
    for row in filled[at:]:
        first = next((c for c in row if c.strip()), "")
        if question_like(first):
            q_down += 1
    return at if q_across > q_down else None


def _label_like(cell: str) -> bool:
    """A short column label of the writer's own ("Verksamhet", "Hinder/möjligheter"): no
    sentence, no number."""
    t = cell.strip()
    return bool(t) and len(t) <= 60 and "\n" not in t and not _NUMERIC.match(t) \
        and not t.endswith((".", "!"))


def _prose_cell(cell: str) -> bool:
    t = cell.strip()
    return len(t) >= 40 and t.count(" ") >= 5


def _label_header_row(filled: list[list[str]]) -> int | None:
    """The first row as a header of the writer's own short labels (none a question) over a
    few answer rows, each with two or more prose cells: read column by column like a header
    of questions. A budget or a member list (numbers, names) has no prose rows."""
    header = [c for c in filled[0] if c.strip()]
    body = filled[1:]
    if len(header) < 3 or not all(_label_like(c) for c in header) or not 1 <= len(body) <= 5:
        return None
    if all(sum(1 for c in row if _prose_cell(c)) >= 2 for row in body):
        return 0
    return None
