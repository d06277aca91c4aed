"""Word filters in front of costly searches never turn a match away.

parsers/interview._may_be_a_wish: every pattern a wish needs (interview._NEEDED) needs a
word that begins with one of interview._STEMS. intake/match._answers_for: every match of
match._ANSWERS_FOR holds one of match._ANSWERS_FOR_WORDS; parsers/cues the same for the
attachment and correction cues. What a pattern needs is read from
its parse tree (re._parser, CPython's own reading of the pattern), so a word added to a
pattern that no stem covers fails here, not silently in a reply.

re._parser is private, kept on purpose: no public API gives a pattern's parse tree
(`sre_parse` is a deprecated alias of the same module), and testing on strings instead
(sample matches, or hand-split the alternatives) would see some branches, not every one,
nor show that each filter word is needed. If a CPython release changes the module, this
file errors, or fails: an item the reading does not know counts as needing nothing, so a
pattern it cannot read is not covered. Adapt the reading here, not the code under test."""

from __future__ import annotations

import re
import re._constants as C
import re._parser as P
import sys
from collections.abc import Callable, Iterable

import pytest
from helpers import corpus_bodies

from svarsinkorg.intake import match
from svarsinkorg.parsers import cues, interview, selfcheck
from svarsinkorg.parsers.text import fold_as_re_i, holds_any_word, normalize_ws, split_sentences

# --- what a pattern needs ---------------------------------------------------------------
# A need is (text, starts_word): every match holds TEXT (up to case, as re.I compares), and
# with starts_word a word begins where TEXT does (a non-word character or the string's
# start before it). An option is a set of needs: every match holds one of them. A sequence
# has one option per item it cannot do without; an alternation one option, the union of
# one option (PICK) per branch.

_CAP = 64  # spellings tracked of one run of fixed text ("komm(?:a|er)": two)
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_NONWORD_CATS = (C.CATEGORY_SPACE, C.CATEGORY_NOT_WORD)

Need = tuple[str, bool]
Option = frozenset[Need]


def _word(ch: str) -> bool:
    return bool(re.match(r"\w", ch))


def _exact(op, av) -> set[str] | None:
    """Every spelling of the item, when it is a small set of fixed strings."""
    if op is C.LITERAL:
        return {chr(av)}
    if op is C.IN:
        return {chr(v) for _, v in av} if all(o is C.LITERAL for o, _ in av) else None
    if op is C.SUBPATTERN:
        return _exact_seq(list(av[3]))
    if op is C.BRANCH:
        out: set[str] = set()
        for b in av[1]:
            e = _exact_seq(list(b))
            if e is None:
                return None
            out |= e
        return out if len(out) <= _CAP else None
    if op in _REPEATS and av[0] == av[1] == 1:
        return _exact_seq(list(av[2]))
    return None


def _exact_seq(items: list) -> set[str] | None:
    out = {""}
    for op, av in items:
        e = _exact(op, av)
        if e is None:
            return None
        out = {a + b for a in out for b in e}
        if len(out) > _CAP:
            return None
    return out


def _ends_nonword(items: list) -> bool:
    """Every match of ITEMS ends with a non-word character."""
    if not items:
        return False
    op, av = items[-1]
    if op in _REPEATS:
        return av[0] >= 1 and _ends_nonword(list(av[2]))
    if op is C.SUBPATTERN:
        return _ends_nonword(list(av[3]))
    if op is C.BRANCH:
        return all(_ends_nonword(list(b)) for b in av[1])
    if op is C.LITERAL:
        return not _word(chr(av))
    if op is C.IN:
        return all((o is C.CATEGORY and v in _NONWORD_CATS)
                   or (o is C.LITERAL and not _word(chr(v))) for o, v in av)
    return False


def _options(items: list, at_word: bool, pick: Callable[[list[Option]], Option],
             lead: tuple[set[str], bool] | None = None) -> list[Option]:
    """AT_WORD: a word begins where the sequence does (if it begins with a word character).
    LEAD: fixed text right before it (and whether a word begins with that), read as the
    start of its own first run ("bi(?:fogade?\\s+\\w+|laga)": "bifogade", "bilaga")."""
    opts: list[Option] = []
    # fixed text read so far, and whether a word begins with it
    run, run_at = lead if lead is not None else ({""}, at_word)
    for op, av in items:
        e = _exact(op, av)
        if e is not None:
            grown = {a + b for a in run for b in e}
            if len(grown) <= _CAP:
                run = grown
                continue
        # here: after the run; a word begins here when every spelling ends in a non-word char
        here = run_at if run == {""} else all(not _word(s[-1]) for s in run)
        if "" not in run:
            opts.append(frozenset((s, run_at) for s in run))
        if e is not None:  # too many spellings: a new run starts
            run, run_at = e, here
            continue
        before = (run, run_at) if "" not in run else None
        run = {""}
        if op is C.AT:  # zero-width: \b or ^ before a word character begins a word
            run_at = av in (C.AT_BOUNDARY, C.AT_BEGINNING, C.AT_BEGINNING_STRING)
            continue
        if op is C.SUBPATTERN:
            opts += _options(list(av[3]), here, pick, before)
        elif op in _REPEATS and av[0] >= 1:  # (the text before leads its first round)
            opts += _options(list(av[2]), here, pick, before)
        elif op is C.BRANCH:
            per = [_options(list(b), here, pick, before) for b in av[1]]
            if all(per):
                opts.append(frozenset().union(*(pick(p) for p in per)))
        if op in _REPEATS and av[0] == 0:  # absent (here stays) or ending as its body does
            run_at = here and _ends_nonword(list(av[2]))
        else:  # (lookarounds and the rest: nothing known)
            run_at = _ends_nonword([(op, av)])
    if "" not in run:
        opts.append(frozenset((s, run_at) for s in run))
    return opts


def _stem_covers(stem: str, need: Need, anywhere: bool) -> bool:
    """A word beginning with STEM (ANYWHERE: STEM, inside a word or not) is wherever NEED is."""
    text, at_word = need
    t = text.lower()
    if anywhere:
        return stem in t
    return any(t.startswith(stem, i) and (at_word if i == 0 else not _word(t[i - 1]))
               for i in range(len(t)))


def _covered(option: Option, stems: Iterable[str], anywhere: bool) -> bool:
    return all(any(_stem_covers(s, n, anywhere) for s in stems) for n in option)


def covered_by(rx: re.Pattern[str], stems: tuple[str, ...], anywhere: bool = False) -> bool:
    """Every match of RX holds a word beginning with one of STEMS (ANYWHERE: one of STEMS)."""
    def pick(opts: list[Option]) -> Option:
        return next((o for o in opts if _covered(o, stems, anywhere)), opts[0])
    return any(_covered(o, stems, anywhere)
               for o in _options(list(P.parse(rx.pattern, rx.flags)), False, pick))


# --- the reading itself ------------------------------------------------------------------

@pytest.mark.parametrize(("pattern", "stems", "expected"), [
    (r"\bring\b", ("ring",), True),
    (r"\bring\b", ("rin",), True),
    (r"\bring\b", ("ing",), False),  # "ing" begins no word there
    (r"för\s+ring", ("ring",), True),  # after a space
    (r"föring", ("ring",), False),  # inside a word ("förening")
    (r"\b(?:ring|ringa|ses)\b", ("ring",), False),  # "ses" is not covered
    (r"\b(?:ring|ringa|ses)\b", ("ring", "ses"), True),
    (r"\bkomm(?:a|er)\s+hit", ("komma", "kommer"), True),
    (r"\bkomm(?:a|er)\s+hit", ("komma",), False),
    (r"\bkomm(?:a|er)\s+hit", ("hit",), True),
    (r"^(?:\w+[,!]?\s+)?ring\s+mig", ("ring",), True),  # present or absent, a word begins
    (r"^(?:\w+)?ring\s+mig", ("ring",), False),  # "Förring mig"
    (r"(?:vi\s+)?ring", ("ring",), False),  # no start of a word known
    (r"\b(?:gärna\s+)?ring", ("ring",), True),
    (r"\bvill\s+(?:\w+\s+){0,2}ringa", ("vill",), True),
    (r"\bvill\s+(?:\w+\s+){0,2}ringa", ("ring",), True),
    (r"(?:a|b)?\bx", ("y",), False),
    (r"\bx(?=ring)", ("ring",), False),  # a lookahead is not read
    (r"\b(?:möte|.{0,3}samtal)", ("möte", "samtal"), False),
    (r"\bbi(?:fogade?\s+\w+|laga)", ("bifog", "bilag"), True),  # the lead joined
    (r"\bbi(?:fogade?\s+\w+|laga)", ("bifog",), False),
    (r"\bbi(?:fogade?\s+\w+|\w*laga)", ("bifog", "bilag"), False),
    (r"\bkomm(?:a|er)?\s+hit", ("komma", "kommer"), False),  # "komm hit"
])
def test_reading_of_a_pattern(pattern: str, stems: tuple[str, ...], expected: bool) -> None:
    assert covered_by(re.compile(pattern, re.I), stems) is expected


def test_reading_anywhere() -> None:
    assert covered_by(re.compile(r"beräkning|räkna", re.I), ("räkn",), anywhere=True)
    assert not covered_by(re.compile(r"beräkning|räkna", re.I), ("räkna",), anywhere=True)
    assert not covered_by(re.compile(r"räk\w*ning", re.I), ("räkn",), anywhere=True)


_EVERY_CHAR = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def _folds_as_re_i(stems: tuple[str, ...], fold: Callable[[str], str]) -> list[str]:
    """The stems' letters some character re.I takes for them does not FOLD to."""
    bad = []
    for x in sorted(set("".join(stems))):
        if {fold(c) for c in re.findall(re.escape(x), _EVERY_CHAR, re.I)} != {x}:
            bad.append(x)
    return bad


# --- the filter --------------------------------------------------------------------------

def test_every_needed_pattern_needs_a_stem() -> None:
    missing = [rx.pattern[:60] for rx in interview._NEEDED
               if not covered_by(rx, interview._STEMS)]
    assert missing == []


def test_stems_are_words_as_casefold_compares_them() -> None:
    # the filter casefolds a sentence's words; re.I compares case by case: every character
    # re.I takes for a stem's character must fold to it ("ſ" for "s", "K" for "k"; "ı" and
    # "İ" for "i", which casefold() alone keeps apart)
    for stem in interview._STEMS:
        assert stem == stem.casefold() and re.fullmatch(r"\w+", stem), stem
    assert _folds_as_re_i(interview._STEMS, fold_as_re_i) == []
    assert _folds_as_re_i(("i",), str.casefold) == ["i"]  # the check can fail
    assert interview._may_be_a_wish("RİNG MIG") and interview._may_be_a_wish("rıng mig")


def test_filter_turns_no_wish_away() -> None:
    wish = "Vi vill gärna bli intervjuade."
    assert interview._may_be_a_wish(wish) and interview.wants_interview(wish)
    assert interview._may_be_a_wish("KAN NI RINGA MIG?")
    assert not interview._may_be_a_wish("Föreningen har 40 medlemmar och en styrelse.")
    assert not interview.wants_interview("Föreningen har 40 medlemmar.")


def _corpus_sentences() -> set[str]:
    out: set[str] = set()
    for text in corpus_bodies():
        for chunk in [text, *text.splitlines()]:
            out.update(split_sentences(normalize_ws(chunk)))
    return out


def test_filter_changes_no_answer_on_the_corpora(monkeypatch: pytest.MonkeyPatch) -> None:
    sentences = sorted(_corpus_sentences())
    assert len(sentences) > 3000
    uncached = interview._sentence_wants_interview.__wrapped__  # type: ignore[attr-defined]
    with_filter = [uncached(s) for s in sentences]
    monkeypatch.setattr(interview, "_may_be_a_wish", lambda s: True)
    without = [uncached(s) for s in sentences]
    assert with_filter == without
    assert sum(without) > 20  # the corpora hold wishes, so the comparison means something


def test_answers_for_filter() -> None:
    # intake.match: the words before its "answers for another association too" search
    assert covered_by(match._ANSWERS_FOR, match._ANSWERS_FOR_WORDS, anywhere=True)
    assert not covered_by(match._ANSWERS_FOR, match._ANSWERS_FOR_WORDS[1:], anywhere=True)
    assert _folds_as_re_i(match._ANSWERS_FOR_WORDS, fold_as_re_i) == []
    assert match._answers_for("vi svarar för både kören och orkestern.")
    assert match._answers_for("ORDFÖRANDE I IK SÖLVE")
    assert not match._answers_for("vi samarbetar med ik sölve.")


@pytest.mark.parametrize(("rx", "words"), [
    (cues._ATTACHMENT, cues._ATTACHMENT_WORDS),
    (cues._CORRECTION, cues._CORRECTION_WORDS),
])
def test_cue_filters(rx: re.Pattern[str], words: tuple[str, ...]) -> None:
    # parsers.cues: the words before the attachment and correction searches
    assert covered_by(rx, words, anywhere=True)
    assert not covered_by(rx, words[1:], anywhere=True)  # each word is needed
    assert _folds_as_re_i(words, fold_as_re_i) == []


def test_cue_filters_keep_the_cues() -> None:
    assert cues.refers_to_attachment("Hej! Svaren finns i BIFOGADE filen.")
    assert cues.refers_to_attachment("Please find attached our answers.")
    assert not cues.refers_to_attachment("Hej! Vi är 40 medlemmar.")
    assert cues.is_correction("Bortse från förra mejlet, här är rätt svar.")
    assert not cues.is_correction("1. Ja 2. Nej")


@pytest.mark.parametrize(("rx", "words"), [
    (selfcheck._NAMED_NUMBER, selfcheck._NAMED_NUMBER_WORDS),
    (selfcheck._ON_ANSWERS, selfcheck._ON_ANSWERS_WORDS),
])
def test_selfcheck_number_note_filters(rx: re.Pattern[str], words: tuple[str, ...]) -> None:
    # parsers.selfcheck: the words before the searches for a question named by its number
    # and for a note on what the mail gives (every sentence of the own text)
    assert covered_by(rx, words, anywhere=True)
    assert _folds_as_re_i(words, fold_as_re_i) == []
    for k in range(len(words)):  # each word is needed
        assert not covered_by(rx, words[:k] + words[k + 1:], anywhere=True), words[k]


def test_selfcheck_filters_change_nothing_on_the_corpora() -> None:
    sentences = sorted(_corpus_sentences())
    for rx, words in ((selfcheck._NAMED_NUMBER, selfcheck._NAMED_NUMBER_WORDS),
                      (selfcheck._ON_ANSWERS, selfcheck._ON_ANSWERS_WORDS)):
        hits = [s for s in sentences if rx.search(s)]
        assert hits and all(holds_any_word(s, words) for s in hits)


def _in_runs(items: Iterable[tuple[object, object]]) -> bool:
    """Every character the pattern items can consume is one of cues._RUN's ([\\w\\s-]), and
    they assert nothing but word boundaries (no ^, $ or look-around, which would see past
    a run's edge)."""
    def ok(c: int) -> bool:
        return bool(cues._RUN.fullmatch(chr(c)))

    for op, av in items:
        if op is C.LITERAL:
            if not ok(av):  # type: ignore[arg-type]
                return False
        elif op is C.IN:
            for o, v in av:  # type: ignore[union-attr]
                if o is C.LITERAL and ok(v):
                    continue
                if o is C.RANGE and all(ok(c) for c in range(v[0], v[1] + 1)):
                    continue
                if o is C.CATEGORY and v in (C.CATEGORY_WORD, C.CATEGORY_SPACE,
                                             C.CATEGORY_DIGIT):
                    continue
                return False
        elif op is C.AT:
            if av not in (C.AT_BOUNDARY, C.AT_NON_BOUNDARY):
                return False
        elif op is C.BRANCH:
            if not all(_in_runs(list(b)) for b in av[1]):  # type: ignore[index]
                return False
        elif op is C.SUBPATTERN:
            if not _in_runs(list(av[3])):  # type: ignore[index]
                return False
        elif op in _REPEATS:
            if not _in_runs(list(av[2])):  # type: ignore[index]
                return False
        else:  # ANY, NOT_LITERAL, look-around, group references: not known to stay in a run
            return False
    return True


@pytest.mark.parametrize("rx", [cues._ATTACHMENT, cues._CORRECTION])
def test_cue_matches_lie_in_runs(rx: re.Pattern[str]) -> None:
    # refers_to_attachment / is_correction search only the runs of [\w\s-] holding a word
    assert _in_runs(list(P.parse(rx.pattern, rx.flags)))
    assert not _in_runs(list(P.parse(r"\bse\s+bifogad\.", re.I)))  # a stop leaves the run
    assert not _in_runs(list(P.parse(r"^bifogar", re.I)))
    assert not _in_runs(list(P.parse(r"bifog(?!\.)", re.I)))


def test_cue_runs_change_nothing_on_the_corpora() -> None:
    found = 0
    for s in sorted(_corpus_texts_whole()):
        t = normalize_ws(s)
        for rx, words in ((cues._ATTACHMENT, cues._ATTACHMENT_WORDS),
                          (cues._CORRECTION, cues._CORRECTION_WORDS)):
            whole = bool(rx.search(t))
            assert cues._search_runs(rx, words, t) == whole, t[:80]
            found += whole
    assert found > 10


def _corpus_texts_whole() -> set[str]:
    return set(corpus_bodies())


def test_question_ref_filter() -> None:
    # parsers.answers._QUESTION_REF (a question named by its number) behind its words
    from svarsinkorg.parsers import answers

    ref = answers._QUESTION_REF
    assert covered_by(ref.rx, ref.words, anywhere=True)
    assert _folds_as_re_i(ref.words, fold_as_re_i) == []
    for k in range(len(ref.words)):
        assert not covered_by(ref.rx, ref.words[:k] + ref.words[k + 1:], anywhere=True)
    sentences = sorted(_corpus_sentences())
    hits = [s for s in sentences if ref.rx.search(s)]
    assert len(hits) > 20 and all(ref.may_match(s) for s in hits)
    assert [m.group(0) for m in ref.finditer("Svar på FRÅGA 3 och fråga fyra.")] == [
        "FRÅGA 3", "fråga fyra"]
    assert ref.search("Vi har 3 grupper.") is None


def test_opt_out_and_ticket_receipt_filters() -> None:
    # parsers.cues.asks_to_opt_out searches the runs holding its words, as the attachment
    # cue; intake.classify._TICKET_RECEIPT is behind its words
    from svarsinkorg.intake import classify

    rx, words = cues._OPT_OUT, cues._OPT_OUT_WORDS
    assert _in_runs(list(P.parse(rx.pattern, rx.flags)))
    receipt = classify._TICKET_RECEIPT
    for rx, words in ((cues._OPT_OUT, cues._OPT_OUT_WORDS), (receipt.rx, receipt.words)):
        assert covered_by(rx, words, anywhere=True)
        assert _folds_as_re_i(words, fold_as_re_i) == []
        for k in range(len(words)):
            assert not covered_by(rx, words[:k] + words[k + 1:], anywhere=True), words[k]
    found = 0
    for s in sorted(_corpus_texts_whole()):
        t = normalize_ws(s)
        whole = bool(cues._OPT_OUT.search(t))
        # (the filtered search; asks_to_opt_out then drops a list footer's own sentences)
        assert cues.mentions_opt_out(t) == whole
        assert (receipt.search(s[:1500]) is not None) == bool(receipt.rx.search(s[:1500]))
        found += whole
    assert found >= 1
    assert cues.asks_to_opt_out("Hej. Vi vill inte ha fler påminnelser, tack.")
    assert receipt.search("We have received your request and will reply soon.")
