"""What the parsers hand back: plain dataclasses, no database, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field

AnswerValue = str | bool | None


@dataclass(frozen=True)
class Answer:
    """One question's answer. `value` is normalised (bool for yes/no questions); `raw` is
    the association's own words, kept so a person can check a normalisation."""

    value: AnswerValue
    raw: str | None = None
    ambiguous: bool = False  # yes/no that could not be decided: value is None, needs review
    source: str = "body"  # "body", or the attachment's file name


@dataclass(frozen=True)
class Reason:
    """Why a person should look at a reply. `code` is stable and language-free (the
    coordinator reads it translated, from the labels); `key` is the question it concerns;
    `detail` is an excerpt of the mail or a value, shown verbatim.

    Codes: "unassigned_text", "heading_in_answer", "partial", "yes_no_missing",
    "yes_no_contradicts", "yes_no_from_prose", "yes_no_conflict", "by_position",
    "answers_in_quote", "quoted_questions", "ambiguous" (more may be added; each needs a
    label in both languages)."""

    code: str
    key: str | None = None
    detail: str = ""


@dataclass
class Extraction:
    """Everything one text (a mail body or an attachment's text) says about the survey."""

    answers: dict[str, Answer] = field(default_factory=dict)
    wants_interview: bool = False
    refers_to_attachment: bool = False  # "se bifogad fil", "svaren finns i bilagan"
    flags: list[str] = field(default_factory=list)
    reasons: list[Reason] = field(default_factory=list)  # the self-check's doubts

    def answered(self) -> list[str]:
        return [k for k, a in self.answers.items() if a.value is not None]


@dataclass(frozen=True)
class AttachmentText:
    """An attachment read into text in reading order, or the reason it could not be."""

    filename: str
    kind: str  # "docx", "pdf", "xlsx", "odt", "doc", "txt", "html", "eml", "msg", "unknown", ...
    text: str | None = None
    problem: str | None = None  # flagged for review when set
    nested_message: bytes | None = None  # an attached mail, to be read recursively
