"""One message's way from raw bytes to what it says: decode, read attachments, extract
answers, classify, match. Pure: no database, no network; the use cases (service, fetch) call it."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from rapidfuzz import fuzz

from .config import Config, Limits, Question, Survey
from .intake.classify import NEWSLETTER, Classification, classify, own_address
from .intake.decode import decode_message, problem_reason
from .intake.match import (
    Match,
    RosterEntry,
    also_named,
    body_sections,
    coordinator_set,
    described_other,
    files_named_for,
    forwarded_senders,
    match_message,
)
from .intake.maybe_from import maybe_from
from .intake.message import DecodedMessage
from .intake.topic import about_survey, answers_of_others, off_topic, words_in_subject
from .model import (  # noqa: F401  (moved to the bottom layer; still importable here)
    MAX_KEY,
    ParsedMessage,
    message_key,
    message_key_for,
    quick_message_id,
    reason_text,
    sha256_of,
)
from .parsers.answers import extract_answers
from .parsers.attachments import read_attachment
from .parsers.cues import asks_to_opt_out, refers_to_attachment
from .parsers.document_head import without_head
from .parsers.framing import announces_description
from .parsers.model import Answer, Extraction, Reason
from .parsers.quotes import is_quoted, text_above_quote
from .parsers.text import split_sentences
from .parsers.which_source import Source, source_said_to_count, written_in

_MAX_NESTING = 3
# Parser flags that mean "a person should look": the answers were found by a guess. Each
# becomes a review reason with the flag as its code.
_REVIEW_FLAGS = ("by_position", "answers_in_quote", "extraction_error")


def _better(a: Answer | None, b: Answer, question: Question) -> bool:
    """Is b a more complete answer than a?"""
    if not b.said:
        return False
    if a is None or not a.said:
        return True
    if question.kind == "yes_no":
        return a.value is None and b.value is not None  # decided beats ambiguous
    if (a_points := _points_to_file(a)) != _points_to_file(b):
        # "Fråga 3 och 4 har styrelsen skrivit, se bifogad fil": the file's answer, however
        # short, is the one the mail sends the reader to
        return a_points
    return len(str(b.value or "")) > len(str(a.value or ""))


def _points_to_file(a: Answer | None) -> bool:
    """Is A (a text answer) only the writer sending the reader to an attached file, every
    sentence of it ("Fråga 3 och 4 har styrelsen skrivit, se bifogad fil")? An answer of
    its own that ends "se bilagan för mer" is an answer."""
    if a is None or not isinstance(a.value, str):
        return False
    sentences = split_sentences(a.value)
    return bool(sentences) and all(refers_to_attachment(s) for s in sentences)


def _guesses_beside_a_whole_reply(extractions: Sequence[Extraction],
                                  questions: Sequence[Question]) -> set[int]:
    """The parts whose answers are a guess by order ("by_position": an annual report or
    statutes read paragraph by paragraph) beside a part that answers every question by its
    own structure (numbers, labels, restated questions): a guess never replaces an answer
    found so, however much longer it is."""
    if len(extractions) < 2:
        return set()
    guessed = {i for i, ex in enumerate(extractions) if "by_position" in ex.flags}
    whole = any(i not in guessed and all(
        (a := ex.answers.get(q.key)) is not None and a.said for q in questions)
        for i, ex in enumerate(extractions))
    return guessed if whole else set()


def _versions_in_other_language(extractions: Sequence[Extraction],
                                 questions: Sequence[Question], language: str) -> set[int]:
    """The parts that are the same answers again in another language than the survey's
    (the answers in Swedish and in English, "ni får båda versionerna"): a part whose text
    answers are surely in another language, beside a part surely in the survey's language
    that answers each of those questions too, and did not find its answers by position."""
    if len(extractions) < 2:  # one part (most mail): no second version to give way to
        return set()
    text_keys = [q.key for q in questions if q.kind != "yes_no"]
    keys = [{k for k in text_keys if (a := ex.answers.get(k)) is not None
             and isinstance(a.value, str) and a.value.strip()} for ex in extractions]
    langs = [written_in(" ".join(str(ex.answers[k].value) for k in sorted(ks)))
             for ex, ks in zip(extractions, keys, strict=True)]
    own = [ks for ex, ks, lg in zip(extractions, keys, langs, strict=True)
           if lg == language and "by_position" not in ex.flags]
    return {i for i, (ks, lg) in enumerate(zip(keys, langs, strict=True))
            if lg is not None and lg != language and ks and any(ks <= o for o in own)}


def combine(extractions: Sequence[Extraction], questions: Sequence[Question],
            counts: Source | None = None, language: str = "sv") -> Extraction:
    """Per question the most complete answer over body and attachments (the body first).

    COUNTS is the place the sender said counts ("det är den versionen som gäller" of the
    attached file): its answer wins wherever it has one, however long the other's.
    Otherwise a yes/no given differently in two places (the body says "Nej", the attached
    form "Ja") keeps the first decided one - the body, which the sender wrote on top of the
    form - and is flagged "conflicting:<key>" for a person to look at.

    The same answers again in another LANGUAGE than the survey's, beside a part in it that
    answers as much, give way to it (the answers sent in Swedish and in English)."""
    out = Extraction()
    other = _versions_in_other_language(extractions, questions, language)
    guessed = _guesses_beside_a_whole_reply(extractions, questions)
    for q in questions:
        best: Answer | None = None
        decided: set[bool] = set()
        for i, ex in enumerate(extractions):
            cand = ex.answers.get(q.key)
            if i in guessed and best is not None and best.said:
                continue
            if cand is not None and i not in other and _better(best, cand, q):
                best = cand
            if q.kind == "yes_no" and cand is not None and isinstance(cand.value, bool):
                decided.add(cand.value)
        said = _in_the_place_said(extractions, q, counts)
        out.answers[q.key] = said or best or Answer(None)
        if len(decided) > 1 and said is None:
            out.flags.append(f"conflicting:{q.key}")
    out.wants_interview = any(ex.wants_interview for ex in extractions)
    out.refers_to_attachment = any(ex.refers_to_attachment for ex in extractions)
    _carry_doubts(extractions, out)
    return out


def _carry_doubts(extractions: Sequence[Extraction], out: Extraction) -> None:
    """The flags and reasons of each part into OUT, less those about answers OUT did not
    take from it, and a "partial" less the questions another part answered."""
    answered = any(a.value is not None for a in out.answers.values())
    for ex in extractions:
        moot = answered and not _gave_any(ex, out)
        if moot and ex is not extractions[0] and ex.answered():
            # a file whose answers all gave way (statutes read by position beside a
            # complete body): its doubts are about answers nobody took. (One that answered
            # nothing keeps its text left over: a correction in it may not have been read.)
            continue
        # ... as are the guesses of a body that gave none ("Vi har skrivit in svaren under
        # frågorna i dokumentet": the questions quoted below it are no answers left empty);
        # its own words left over are still shown
        out.flags.extend(f for f in ex.flags if f not in out.flags
                         and not (moot and f in _ANSWER_GUESSES))
        overrode = _overrode(ex, extractions, out)
        for r in ex.reasons:
            if moot and (r.code in _ANSWER_GUESSES or r.key is not None):
                continue
            if r.key is not None and (a := out.answers.get(r.key)) is not None \
                    and a.value is not None and ex.answers.get(r.key) is not a \
                    and not overrode:
                # a doubt about this part's answer to a question another part answered
                # ("Fråga 3 och 4 har vi svarat på i bifogat dokument" read as the body's
                # how; a file with the how but no yes/no beside a body with the yes) - unless
                # this part's answers won over another's: then it may be no answers at all
                # (statutes longer than the body's answers) and its doubts stay
                continue
            if r.code == "partial":
                # missing in one part, answered in another (the body holds 4, the PDF 1-3)
                still = [k for k in r.detail.split(", ")
                         if k in out.answers and out.answers[k].value is None]
                if not still:
                    continue
                r = Reason("partial", None, ", ".join(still))
            if r not in out.reasons:
                out.reasons.append(r)


# how an extraction found its answers: moot where none of them was taken
_ANSWER_GUESSES = frozenset({"by_position", "answers_in_quote"})


def _overrode(ex: Extraction, extractions: Sequence[Extraction], out: Extraction) -> bool:
    """Did OUT take from EX an answer that another part also gave, undoubted? An answer
    that only sends the reader to the file ("Fråga 3 och 4 har styrelsen skrivit, se
    bifogat dokument") gave nothing for the file's answer to win over."""
    return any(
        out.answers.get(k) is a and any(
            o is not ex and (b := o.answers.get(k)) is not None and b.value is not None
            and not _points_to_file(b)
            and not any(r.key == k for r in o.reasons) for o in extractions)
        for k, a in ex.answers.items() if a.value is not None)


def _gave_any(ex: Extraction, out: Extraction) -> bool:
    """Does some answer in OUT come from EX?"""
    return any(out.answers.get(k) is a for k, a in ex.answers.items() if a.value is not None)


def _in_the_place_said(extractions: Sequence[Extraction], question: Question,
                       counts: Source | None) -> Answer | None:
    """The most complete answer to QUESTION from the place COUNTS (the body, or the
    attachments), when the sender said that place counts and it answers the question."""
    if counts is None:
        return None
    best: Answer | None = None
    for ex in extractions:
        cand = ex.answers.get(question.key)
        if cand is not None and (cand.source == "body") == (counts == "body") \
                and _better(best, cand, question):
            best = cand
    return best


def _with_source(ex: Extraction, source: str) -> Extraction:
    ex.answers = {
        k: dataclasses.replace(a, source=source) for k, a in ex.answers.items()
    }
    return ex


def _extract_all(
    msg: DecodedMessage, survey: Survey, limits: Limits, problems: list[Reason],
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
            problems.append(Reason("attachment", None, f"{att.filename}: {result.problem}"))
        # a ZIP's or winmail.dat's files are read one by one, sourced as the file the
        # mail carries (the container's name: what the coordinator sees attached)
        for part in result.members or (result,):
            if part.nested_message is not None and depth < _MAX_NESTING:
                nested.append(decode_message(part.nested_message))
            if part.text:
                # a letter's or a form's own head (title, date, addressee, subject) is no answer
                ex = extract_answers(without_head(part.text, questions), questions)
                extractions.append(_with_source(ex, att.filename))
    if depth < _MAX_NESTING:
        for inner in nested:
            inner_ex, _ = _extract_all(inner, survey, limits, problems, images, depth + 1)
            extractions.extend(inner_ex)
    return extractions, nested


def _one_associations_files(extractions: list[Extraction], msg: DecodedMessage,
                            roster: Sequence[RosterEntry]
                            ) -> tuple[list[Extraction], dict[int, list[Extraction]]]:
    """EXTRACTIONS without the attached files named after another roster association,
    when the files are named after two or more ("X_svar.docx", "Y_svar.docx": one writer
    sends one file per association): each file is its association's answers, never mixed
    question by question. The mail's association keeps its own file: the sender's, else the
    first named (the matcher takes the same; the others are flagged
    `several_associations`). Returned beside them: the files set aside, per association."""
    named = {a.filename: e for a in msg.attachments if a.filename
             and (e := files_named_for(roster, a.filename)) is not None}
    if len({e.id for e in named.values()}) < 2:
        return extractions, {}
    ids = [e.id for e in named.values()]
    mine = next((i for i in ids if any(
        msg.from_addr and msg.from_addr in e.emails for e in roster if e.id == i)), ids[0])
    kept: list[Extraction] = []
    aside: dict[int, list[Extraction]] = {}
    for ex in extractions:
        other = next((named[a.source].id for a in ex.answers.values()
                      if a.source in named and named[a.source].id != mine), None)
        if other is None:
            kept.append(ex)
        else:
            aside.setdefault(other, []).append(ex)
    return kept, aside


def _sections_of_others(msg: DecodedMessage, own: str, roster: Sequence[RosterEntry],
                        match: Match, survey: Survey, files: dict[int, list[Extraction]]
                        ) -> tuple[str | None, dict[int, Extraction], dict[int, dict[str, Any]]]:
    """For a mail the matcher found parted into a section per roster association
    (`several_associations`): the body without the other associations' sections (None: no
    section of another in the body), and each other association's answers, read by the
    same reader from its own section's text and from the file named after it (FILES).
    Third: each association's section as written (its head and lines, the files named after
    it; the mail's own association's too), for the review to show beside its record."""
    carried = {e.id for r in match.reasons if r.code == "several_associations"
               for e in roster if e.name in (r.detail or "").split(", ")}
    carried.discard(match.association_id or -1)
    if not carried:
        return None, {}, {}
    parts: dict[int, list[Extraction]] = {}
    texts: dict[int, dict[str, Any]] = {}
    lines = msg.text.splitlines()
    cut = False
    for sec in body_sections(roster, own):
        if sec.continues_numbering:
            continue  # a topic line inside one association's answers: no section
        shown = texts.setdefault(sec.entry.id, {})
        shown["text"] = "\n\n".join(filter(None, [
            shown.get("text"), "\n".join([sec.head, *sec.lines]).strip()]))
        if sec.entry.id not in carried:
            continue  # the mail's own association's section: read with the mail
        parts.setdefault(sec.entry.id, []).append(
            _with_source(extract_answers(sec.text, survey.questions), "body"))
        # the section, head and all, taken out of the mail's own body (found again in the
        # whole text: `own` is it less its ">" lines)
        block = [sec.head, *sec.lines]
        at = next((i for i in range(len(lines) - len(block) + 1)
                   if lines[i:i + len(block)] == block), None)
        if at is not None:
            lines[at:at + len(block)] = []
            cut = True
    for aid, exs in files.items():
        if aid in carried:
            parts.setdefault(aid, []).extend(exs)
    for a in msg.attachments:
        entry = files_named_for(roster, a.filename) if a.filename else None
        if entry is not None:
            texts.setdefault(entry.id, {}).setdefault("files", []).append(a.filename)
    out = {aid: combine(exs, survey.questions, None, survey.language)
           for aid, exs in parts.items()}
    return ("\n".join(lines) if cut else None), {
        aid: ex for aid, ex in out.items() if ex.answered() or ex.wants_interview}, texts


# The mail's doubt that a section (or file) for another association was read for it, and
# the one that a section named it but nothing could be read from it (a head over empty
# places, a file that could not be read): the other association's answers are not in the
# records, a person writes them in.
SECTION_READ = "several_associations"
SECTION_UNREAD = "several_associations_unread"


def _sections_said(reasons: Sequence[Reason], read: set[int],
                   roster: Sequence[RosterEntry]) -> tuple[Reason, ...]:
    """REASONS with the matcher's `several_associations` parted in two: the associations
    whose section was read for them (READ) keep that code, the others get
    `several_associations_unread` (each code only when it names someone)."""
    out: list[Reason] = []
    for r in reasons:
        if r.code != SECTION_READ:
            out.append(r)
            continue
        names = (r.detail or "").split(", ")
        ids = {e.name: e.id for e in roster}
        done = [n for n in names if ids.get(n) in read]
        left = [n for n in names if n not in done]
        if done:
            out.append(Reason(SECTION_READ, r.key, ", ".join(done)))
        if left:
            out.append(Reason(SECTION_UNREAD, r.key, ", ".join(left)))
    return tuple(out)


def _stored(a: Answer) -> dict[str, Any]:
    """One answer as ParsedMessage.answers holds it."""
    out: dict[str, Any] = {"value": a.value, "raw": a.raw, "ambiguous": a.ambiguous,
                           "source": a.source if a.said else None}
    if a.both_ways:  # answered as both or neither: an answer, its words kept
        out["both_ways"] = True
    return out


def _in_thread(msg: DecodedMessage, survey: Survey) -> bool:
    """Threads under the survey mail, or answers its subject (a reply to a reminder)."""
    if survey.original_message_id and survey.original_message_id in (
        [msg.in_reply_to, *msg.references]
    ):
        return True
    subject = msg.subject.lower()
    return len(survey.name) >= 8 and fuzz.partial_ratio(survey.name.lower(), subject) >= 85


def _own_words(text: str) -> str:
    """The sender's own text: above the quoted or forwarded original, no ">" lines."""
    return "\n".join(ln for ln in text_above_quote(text).splitlines() if not is_quoted(ln))


def _about_survey(msg: DecodedMessage, survey: Survey, nested: Sequence[DecodedMessage],
                  own_words: str) -> str | None:
    why = about_survey(msg.subject, own_words, survey, threaded=_in_thread(msg, survey))
    for inner in nested:  # a forwarded reply: the original's own words
        why = why or about_survey(inner.subject, _own_words(inner.text), survey,
                                  threaded=_in_thread(inner, survey))
    return why


def _add(reasons: list[Reason], r: Reason, *, once_per_key: bool = True) -> None:
    # One doubt per code and question: the parser and the pipeline may both see it. Mail
    # problems (two unreadable attachments) are kept each.
    if r in reasons or (once_per_key and any(o.code == r.code and o.key == r.key
                                            for o in reasons)):
        return
    reasons.append(r)


def _subject_as_body(msg: DecodedMessage, survey: Survey) -> str:
    """A mail with nothing in it but its subject (a phone's reply whose quote was deleted,
    the answer typed after the survey's subject: "SV: <survey> - Ja, vi ..."): the words the
    writer put in the subject are read as its text, to be confirmed (`answer_in_subject`).
    Returns those words, or "" when the mail has a body or its subject says nothing."""
    if "empty body" not in msg.problems:
        return ""
    words = words_in_subject(msg.subject, survey)
    if words:
        msg.text = words
        msg.problems = [p for p in msg.problems if p != "empty body"]
    return words


def parse_message(
    raw: bytes, survey: Survey, roster: Sequence[RosterEntry], limits: Limits | None = None
) -> ParsedMessage:
    limits = limits or Limits()
    msg = decode_message(raw)
    in_subject = _subject_as_body(msg, survey)
    problems = [problem_reason(p) for p in msg.problems]
    if in_subject:
        problems.append(Reason("answer_in_subject", None, in_subject))
    notes: list[str] = list(msg.notes)  # what was noticed that needs nobody's attention
    coordinators = coordinator_set(survey.coordinator)

    if len(raw) > limits.max_message_bytes:
        problems.append(Reason(
            "oversized", None,
            f"{len(raw) // 1_000_000} MB > {limits.max_message_bytes // 1_000_000} MB"))
        msg.attachments = []
    images: list[str] = []
    extractions, nested = _extract_all(msg, survey, limits, problems, images)
    extractions, files_of_others = _one_associations_files(extractions, msg, roster)

    def _combined() -> Extraction:
        # the place the sender's own words say counts, where the answers stand in both
        return combine(extractions, survey.questions,
                       source_said_to_count(_own_words(msg.text)) if len(extractions) > 1
                       else None, survey.language)

    combined = _combined()
    answered = len([a for a in combined.answers.values() if a.value is not None])
    # a logo or photo next to answers needs nobody; with no answers it may be a scanned reply
    if answered:
        notes.extend(images)
    else:
        problems.extend(Reason("image", None, i) for i in images)

    # Names count in the sender's words and signature and in a forwarded original, not in
    # ">"-quoted text (which may quote a reminder naming another association).
    own = "\n".join(ln for ln in msg.text.splitlines() if not is_quoted(ln))
    # A reply is what its own words make it, not the thread it sits in (issue 9): answers,
    # survey words, a wish to be interviewed, an attachment said or found to hold answers.
    own_words = _own_words(msg.text)
    # A paragraph taken as "about" for want of anything else answers nothing on its own:
    # without survey words, "Vi har bytt e-postadress" is no reply.
    # (unless the writer said so: "Som du bad om skriver jag lite om oss:" over it)
    guessed = answered == 1 and "unstructured_about" in combined.flags \
        and not announces_description(own_words)
    # (a mail that says it is about something else, and whose one "answer" is such a guess,
    # is about that something else: "en sak som inte handlar om enkäten: ... Vi har aldrig
    # sökt förut.")
    about = None if (not answered or guessed) and off_topic(own_words) else (
        _about_survey(msg, survey, nested, own_words)
        or ("interview wish" if combined.wants_interview else None)
        or ("refers to an attachment" if combined.refers_to_attachment else None)
        or ("asks for no more reminders" if asks_to_opt_out(own) else None)
        or ("an attachment that could not be read"
            if any(p.code == "attachment" for p in problems) else None)
    )
    # Only the coordinator's own mail needs to know whom it forwards: not on every message.
    forwards_other = bool(msg.from_addr) and own_address(msg.from_addr, coordinators) and any(
        not own_address(a, coordinators) for a in forwarded_senders(msg))
    cls = classify(msg, coordinators=coordinators, answered=0 if guessed else answered,
                   related=bool(about), forwards_other=forwards_other,
                   by_structure=bool(answered) and not any(
                       r.code == "by_position" for r in combined.reasons))
    kind_reason = cls.reason if cls.kind != "reply" or answered or not about \
        else f"{cls.reason}: {about}"
    if cls.kind == "own":
        # The coordinator's own mail (a reminder's copy): no association, nothing to review.
        return ParsedMessage(
            header_message_id=msg.message_id, sent_at=msg.date, from_addr=msg.from_addr,
            from_name=msg.from_name, subject=msg.subject, kind="own", kind_reason=cls.reason,
            association_id=None, match_method="own", match_detail="", notes=notes)
    match = match_message(
        msg, roster, coordinators, own_text=own, bounced=cls.bounced_addresses
    )

    if cls.kind == "reply" and match.association_id is None and (not answered or guessed) \
            and (others := answers_of_others(own_words)):
        # a third party writing about the survey (a partner body that passed it on, a
        # colleague asking how many answered): it answers nothing and speaks for no
        # association, so it holds no one's reminder; shown as mail that belongs to no one
        cls = Classification("other", f"about the survey, not a reply: {others}")
        kind_reason = cls.reason
    counts = cls.kind == "reply"
    if counts and match.method in ("sender", "reply-to") and survey.questions:
        # the first answer describes another roster association by its name: that one's
        # answers, sent from this address (a person confirms)
        said = [a.value for a in combined.answers.values() if isinstance(a.value, str)]
        first = combined.answers.get(survey.questions[0].key)
        # (the mail's own text: a file of answers is the sender's document, whoever it names)
        other = described_other(roster, first.value if first and isinstance(
            first.value, str) and first.source == "body" else None, match.association_id,
            "\n".join(said))
        if other is not None:
            sender = next((e.name for e in roster if e.id == match.association_id), "")
            match = Match(other.id, "for_other", f"answers describe '{other.name}', sent "
                          f"from {match.detail}",
                          reasons=(Reason("about_names_other", None, sender),))
    # One writer's mail with a section (or a file) per association: each other
    # association's answers from its own section, and the mail's from the rest alone.
    section_answers: dict[int, dict[str, dict[str, Any]]] = {}
    section_wishes: list[int] = []
    section_texts: dict[int, dict[str, Any]] = {}
    carried: dict[int, Extraction] = {}
    if counts:
        body, carried, section_texts = _sections_of_others(
            msg, own, roster, match, survey, files_of_others)
        if body is not None:
            extractions[0] = _with_source(extract_answers(body, survey.questions), "body")
            combined = _combined()
            answered = len([a for a in combined.answers.values() if a.value is not None])
        section_answers = {aid: {k: _stored(a) for k, a in ex.answers.items()}
                           for aid, ex in carried.items()}
        section_wishes = [aid for aid, ex in carried.items() if ex.wants_interview]
    if any(r.code == SECTION_READ for r in match.reasons):
        # said apart: a section read for its association, and one nothing could be read from
        match = dataclasses.replace(
            match, reasons=_sections_said(match.reasons, set(carried), roster))
    if counts and asks_to_opt_out(own):
        notes.append("opt_out")  # the roster flag is the coordinator's; records honour it
        if "unstructured_about" in combined.flags and answered == 1:
            # "Inga fler påminnelser, vi har inte tid": prose, but no description of them.
            combined.answers = {k: Answer(None) for k in combined.answers}
            answered = 0
    reasons: list[Reason] = []
    for r in problems:
        _add(reasons, r, once_per_key=False)
    answers: dict[str, dict[str, Any]] = {}
    if counts:
        # The self-check's doubts first: they carry the parser's own excerpt.
        for r in combined.reasons:
            _add(reasons, r)
        for key, a in combined.answers.items():
            answers[key] = _stored(a)
            if a.ambiguous:
                _add(reasons, Reason("ambiguous", key, str(a.raw or "")))
        for flag in combined.flags:
            if flag in _REVIEW_FLAGS:
                _add(reasons, Reason(flag))
            elif flag.startswith("conflicting:"):
                key = flag.split(":", 1)[1]
                _add(reasons, Reason("conflicting_sources", key,
                                     combined.answers[key].source))
            elif not flag.startswith("ambiguous:"):  # ambiguous answers are listed above
                notes.append(flag)
        # a reply that only declines to take part answers nothing on purpose (its note
        # "declined" marks the record): not a reply whose answers went astray
        # (nor one that puts its answers off: they are still to come, the reminders go on;
        # nor one that only agrees with the reply quoted under it: the records ask for it
        # when the association has no answers from an earlier mail)
        if answered == 0 and not combined.wants_interview \
                and not {"declined", "deferred", "earlier_reply"} & set(combined.flags):
            _add(reasons, Reason("no_answer"))
    if cls.kind == "bounce" and not cls.bounced_addresses:
        _add(reasons, Reason("bounce_no_address"))
    if cls.kind == "other":
        # a mail that asks to talk, read as no reply: the wish the reader missed is shown
        # for review rather than the mail counting for nothing (the self-check's own cue)
        for r in combined.reasons:
            if r.code == "interview_unread":
                _add(reasons, r)
    unmatched: Reason | None = None
    if match.association_id is None:
        unmatched = match.reasons[0] if match.reasons else Reason("unmatched")
    elif cls.kind in ("reply", "other"):
        # Who sent it is in doubt: the coordinator confirms (intake assign) before it counts
        # for sure; a bounce or an auto-reply has no sender worth confirming.
        for r in match.reasons:
            _add(reasons, r)

    # A reply that says it answers for other roster associations too (a chairwoman of two,
    # an umbrella for its members): noted, not decided here (the records ask a person).
    also = list(also_named(roster, own_words, match.association_id)) \
        if counts and match.association_id is not None else []
    # a section of the mail for another roster association (`several_associations`): that
    # association's record asks for it too, as for one the reply says it answers for
    for r in match.reasons if counts else ():
        if r.code in (SECTION_READ, SECTION_UNREAD):
            also += [e.id for e in roster if e.name in (r.detail or "").split(", ")
                     and e.id not in also]

    # Nothing vanishes: a reply (or mail from a person read as no reply, which matched
    # would be shown as "not_a_reply" and hold reminders all the same) that belongs to no
    # association keeps the ones it may be from; the records flag them (issue 9).
    maybe = list(maybe_from(roster, own_words, subject=msg.subject or "",
                            from_name=msg.from_name or "", from_addr=msg.from_addr or "")) \
        if match.association_id is None and (counts or (
            cls.kind == "other" and cls.reason != NEWSLETTER)) else []

    return ParsedMessage(
        header_message_id=msg.message_id,
        sent_at=msg.date,
        from_addr=msg.from_addr,
        from_name=msg.from_name,
        subject=msg.subject,
        kind=cls.kind,
        kind_reason=kind_reason,
        association_id=match.association_id,
        match_method=match.method,
        match_detail=match.detail,
        answers=answers,
        wants_interview=counts and combined.wants_interview,
        bounced_addresses=cls.bounced_addresses,
        reasons=reasons,
        notes=notes,
        unmatched_reason=unmatched,
        also_names=also,
        maybe_from=maybe,
        section_answers=section_answers,
        section_wishes=section_wishes,
        section_texts=section_texts,
    )


def make_parser(config: Config) -> Callable[[bytes, list[RosterEntry]], ParsedMessage]:
    """The parse function the store calls for each raw message, bound to one config."""

    survey = config.survey
    sender = config.smtp.from_addr if config.smtp else ""
    if sender and sender not in survey.coordinator:
        # The reminders' From is the coordinator's too: its copies are "own" mail.
        survey = dataclasses.replace(survey, coordinator=(*survey.coordinator, sender))

    def parse(raw: bytes, roster: list[RosterEntry]) -> ParsedMessage:
        return parse_message(raw, survey, roster, config.limits)

    return parse
