"""One message's way from raw bytes to what it says: decode, read attachments, extract
answers, classify, match. Pure: no database, no network; the use cases (service, fetch) call it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from rapidfuzz import fuzz

from .config import Config, Limits, Question, Survey
from .intake.classify import classify
from .intake.decode import decode_message
from .intake.match import RosterEntry, coordinator_set, match_message
from .intake.message import DecodedMessage
from .model import (  # noqa: F401  (moved to the bottom layer; still importable here)
    MAX_KEY,
    ParsedMessage,
    message_key,
    message_key_for,
    quick_message_id,
    sha256_of,
)
from .parsers.answers import extract_answers
from .parsers.attachments import read_attachment
from .parsers.cues import asks_to_opt_out
from .parsers.model import Answer, Extraction, Reason
from .parsers.quotes import is_quoted

_MAX_NESTING = 3
# Parser flags that mean "a person should look": the answers were found by a guess.
_REVIEW_FLAGS = {
    "by_position": "answers assigned by their order (no numbers or questions in the reply)",
    "answers_in_quote": "answers found inside the quoted text",
    "extraction_error": "the answer extraction failed on this text",
}


def reason_text(r: Reason) -> str:
    """A stored review reason: "code[:key]: detail" (translated where it is shown)."""
    head = f"{r.code}:{r.key}" if r.key else r.code
    return f"{head}: {r.detail}" if r.detail else head


def _better(a: Answer | None, b: Answer, question: Question) -> bool:
    """Is b a more complete answer than a?"""
    if b.value is None and not b.ambiguous:
        return False
    if a is None or (a.value is None and not a.ambiguous):
        return True
    if question.kind == "yes_no":
        return a.value is None and b.value is not None  # decided beats ambiguous
    return len(str(b.value or "")) > len(str(a.value or ""))


def combine(extractions: Sequence[Extraction], questions: Sequence[Question]) -> Extraction:
    """Per question the most complete answer over body and attachments.

    A yes/no given differently in two places (the body says "Nej", the attached form "Ja")
    keeps the first decided one - the body, which the sender wrote on top of the form - and
    is flagged "conflicting:<key>" for a person to look at."""
    out = Extraction()
    for q in questions:
        best: Answer | None = None
        decided: set[bool] = set()
        for ex in extractions:
            cand = ex.answers.get(q.key)
            if cand is not None and _better(best, cand, q):
                best = cand
            if q.kind == "yes_no" and cand is not None and isinstance(cand.value, bool):
                decided.add(cand.value)
        out.answers[q.key] = best or Answer(None)
        if len(decided) > 1:
            out.flags.append(f"conflicting:{q.key}")
    out.wants_interview = any(ex.wants_interview for ex in extractions)
    out.refers_to_attachment = any(ex.refers_to_attachment for ex in extractions)
    for ex in extractions:
        out.flags.extend(f for f in ex.flags if f not in out.flags)
        out.reasons.extend(r for r in ex.reasons if r not in out.reasons)
    return out


def _with_source(ex: Extraction, source: str) -> Extraction:
    ex.answers = {
        k: Answer(a.value, a.raw, a.ambiguous, source) for k, a in ex.answers.items()
    }
    return ex


def _extract_all(
    msg: DecodedMessage, survey: Survey, limits: Limits, problems: list[str],
    images: list[str], depth: int = 0,
) -> tuple[list[Extraction], list[DecodedMessage]]:
    """Extractions from the body, each readable attachment and each attached mail.
    Returns them with the attached mails met on the way (for matching forwards). An image
    (a logo, a photo) goes to IMAGES: it is a problem only when no answer was found."""
    questions = survey.questions
    extractions = [_with_source(extract_answers(msg.text, questions), "body")]
    nested: list[DecodedMessage] = list(msg.embedded)
    for att in msg.attachments:
        result = read_attachment(att.filename, att.content_type, att.data, limits)
        if result.problem and result.kind == "image" and not result.text:
            images.append(f"{att.filename}: {result.problem}")
        elif result.problem:
            problems.append(f"{att.filename}: {result.problem}")
        if result.nested_message is not None and depth < _MAX_NESTING:
            nested.append(decode_message(result.nested_message))
        if result.text:
            ex = extract_answers(result.text, questions)
            extractions.append(_with_source(ex, att.filename))
    if depth < _MAX_NESTING:
        for inner in nested:
            inner_ex, _ = _extract_all(inner, survey, limits, problems, images, depth + 1)
            extractions.extend(inner_ex)
    return extractions, nested


def _related(msg: DecodedMessage, survey: Survey, roster: Sequence[RosterEntry]) -> bool:
    if survey.original_message_id and survey.original_message_id in (
        [msg.in_reply_to, *msg.references]
    ):
        return True
    subject = msg.subject.lower()
    if len(survey.name) >= 8 and fuzz.partial_ratio(survey.name.lower(), subject) >= 85:
        return True
    senders = {msg.from_addr, *msg.reply_to}
    return any(a in e.emails for e in roster for a in senders if a)


def parse_message(
    raw: bytes, survey: Survey, roster: Sequence[RosterEntry], limits: Limits | None = None
) -> ParsedMessage:
    limits = limits or Limits()
    msg = decode_message(raw)
    problems = list(msg.problems)
    notes: list[str] = list(msg.notes)  # what was noticed that needs nobody's attention
    coordinators = coordinator_set(survey.coordinator)

    if len(raw) > limits.max_message_bytes:
        problems.append(
            f"message is {len(raw) // 1_000_000} MB, over the "
            f"{limits.max_message_bytes // 1_000_000} MB limit: attachments not read"
        )
        msg.attachments = []
    images: list[str] = []
    extractions, nested = _extract_all(msg, survey, limits, problems, images)
    combined = combine(extractions, survey.questions)
    answered = len([a for a in combined.answers.values() if a.value is not None])
    # a logo or photo next to answers needs nobody; with no answers it may be a scanned reply
    (notes if answered else problems).extend(images)

    related = (
        _related(msg, survey, roster)
        or combined.wants_interview
        or combined.refers_to_attachment
        or any(_related(inner, survey, roster) for inner in nested)
    )
    cls = classify(msg, coordinators=coordinators, answered=answered, related=related)
    # Names count in the sender's words and signature and in a forwarded original, not in
    # ">"-quoted text (which may quote a reminder naming another association).
    own = "\n".join(ln for ln in msg.text.splitlines() if not is_quoted(ln))
    match = match_message(
        msg, roster, coordinators, own_text=own, bounced=cls.bounced_addresses
    )

    counts = cls.kind == "reply"
    if counts and asks_to_opt_out(own):
        notes.append("opt_out")  # the roster flag is the coordinator's; records honour it
        if "unstructured_about" in combined.flags and answered == 1:
            # "Inga fler påminnelser, vi har inte tid": prose, but no description of them.
            combined.answers = {k: Answer(None) for k in combined.answers}
            answered = 0
    answers: dict[str, dict[str, Any]] = {}
    if counts:
        for key, a in combined.answers.items():
            answers[key] = {"value": a.value, "raw": a.raw, "ambiguous": a.ambiguous,
                            "source": a.source if a.value is not None or a.ambiguous else None}
            if a.ambiguous:
                problems.append(f"ambiguous answer to {key}: {a.raw!r}")
        for flag in combined.flags:
            if flag in _REVIEW_FLAGS:
                problems.append(_REVIEW_FLAGS[flag])
            elif flag.startswith("conflicting:"):
                key = flag.split(":", 1)[1]
                problems.append(f"conflicting answers to {key} in the mail and an attachment: "
                                f"the first one ({combined.answers[key].source}) was kept")
            elif not flag.startswith("ambiguous:"):  # ambiguous answers are listed above
                notes.append(flag)
        # The self-check's doubts; the labels turn the code into the coordinator's words.
        problems.extend(reason_text(r) for r in combined.reasons)
        if answered == 0 and not combined.wants_interview:
            problems.append("no answer found")
    if cls.kind == "bounce" and not cls.bounced_addresses:
        problems.append("delivery failure without a recognisable address")

    return ParsedMessage(
        header_message_id=msg.message_id,
        sent_at=msg.date,
        from_addr=msg.from_addr,
        from_name=msg.from_name,
        subject=msg.subject,
        kind=cls.kind,
        kind_reason=cls.reason,
        association_id=match.association_id,
        match_method=match.method,
        match_detail=match.detail,
        answers=answers,
        wants_interview=counts and combined.wants_interview,
        bounced_addresses=cls.bounced_addresses,
        problems=problems,
        notes=notes,
    )


def make_parser(config: Config) -> Callable[[bytes, list[RosterEntry]], ParsedMessage]:
    """The parse function the store calls for each raw message, bound to one config."""

    def parse(raw: bytes, roster: list[RosterEntry]) -> ParsedMessage:
        return parse_message(raw, config.survey, roster, config.limits)

    return parse
