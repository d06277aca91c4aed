"""What the parsers hand back: plain dataclasses, no database, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field

# A review reason (code, question key, detail) lives at the bottom layer so the store can
# keep it; the parsers make them.
from ..model import Reason

__all__ = ["Answer", "AnswerValue", "AttachmentText", "Extraction", "Reason"]

AnswerValue = str | bool | None


@dataclass(frozen=True)
class Answer:
    """One question's answer. `value` is normalised (bool for yes/no questions); `raw` is
    the association's own words, kept so a person can check a normalisation."""

    value: AnswerValue
    raw: str | None = None
    ambiguous: bool = False  # yes/no that could not be decided: value is None, needs review
    source: str = "body"  # "body", or the attachment's file name
    # a yes/no answered as both or neither on purpose ("Både och.", "Nja"): value None,
    # the words kept in `raw`; an answer, not a doubt (parsers/yes_no.said_both_ways)
    both_ways: bool = False

    @property
    def said(self) -> bool:
        """Something stands in this answer's place: a value, a yes/no left undecided, or one
        answered both ways on purpose. False only where nothing was answered."""
        return self.value is not None or self.ambiguous or self.both_ways


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
    # the files a container (a ZIP, Outlook's winmail.dat) carries, each read as an
    # attachment of its own; their problems are said in the container's `problem`
    members: tuple[AttachmentText, ...] = ()
