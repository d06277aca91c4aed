"""Which roster association a message belongs to, and how sure we are."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TypeVar

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from ..model import RosterEntry  # the bottom layer's; re-exported here
from ..parsers.model import Reason
from ..parsers.quote_headers import is_forward_subject
from ..parsers.quotes import forwarded_sender, is_valediction, text_above_quote
from ..parsers.text import holds_any_word, short_cache
from .addresses import find_addresses, normalize_address
from .message import DecodedMessage

T = TypeVar("T")

_REF_RE = re.compile(r"\[ref:\s*([A-Z0-9]{4,10})\]", re.I)
_REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|sv|vs|vb|fw|fwd|aw|wg|tr)\s*:\s*)+", re.I)
_SIGNATURE_LINES = 3
_NAME_SCORE = 92  # partial_ratio: tolerates a missing "Föreningen" or an å typed as a
_MIN_NAME_LEN = 6


@dataclass(frozen=True)
class Match:
    association_id: int | None
    method: str  # "reference", "sender", "reply-to", "forwarded", "name", "bounce", "none", ...
    detail: str = ""
    # Matched: the doubts a person should confirm ("match_by_name", "sender_mismatch").
    # Unmatched: why ("unmatched", "unmatched_several", "unmatched_bounce").
    reasons: tuple[Reason, ...] = ()


def reference_in(subject: str) -> str | None:
    m = _REF_RE.search(subject or "")
    return m.group(1).upper() if m else None


def plus_reference(recipients: Sequence[str], coordinators: set[str]) -> str | None:
    """The ref in a reply sent to a coordinator's plus address (samordnare+k7q2@malmö.se)."""
    for addr in recipients:
        local, _, domain = addr.rpartition("@")
        base, plus, tag = local.partition("+")
        if plus and tag and f"{base}@{domain}" in coordinators:
            return tag.upper()
    return None


def _by_address(roster: Sequence[RosterEntry], addrs: Sequence[str]) -> RosterEntry | None:
    for addr in addrs:
        for entry in roster:
            if addr in entry.emails:
                return entry
    return None


# Words a signature often leaves out of the registered name: the city ("Malmö Schack"
# signed "Schack") and a generic "Föreningen" / "i Malmö".
_DROPPABLE = re.compile(r"^(?:föreningen|malmö)\s+|\s+(?:i\s+)?malmö$", re.I)
_MIN_VARIANT_LEN = 12


@functools.lru_cache(maxsize=8192)
def name_variants(name: str) -> tuple[str, ...]:
    """NAME lower-cased, and without a leading or trailing city / "Föreningen" when what is
    left is still distinctive (two words, 12 characters)."""
    low = name.lower().strip()
    out = [low]
    short = _DROPPABLE.sub("", low).strip()
    short = _DROPPABLE.sub("", short).strip()
    if short != low and len(short) >= _MIN_VARIANT_LEN and len(short.split()) >= 2:
        out.append(short)
    return tuple(out)


_WORD = re.compile(r"\w+")
_TOKEN_SCORE = 85


def token_score(name: str, line: str) -> float:
    """NAME's words, each spelt a little differently, in a row in LINE ("kampsportsklubb
    öster" in "Sekreterare, Kampsportklubben Öster"): the mean word similarity when every
    word reaches 85, else 0. Names of two words and 12 characters or more only."""
    words = _WORD.findall(name.lower())
    if len(words) < 2 or len(name) < _MIN_VARIANT_LEN:
        return 0.0
    toks = _WORD.findall(line.lower())
    if len(toks) < len(words) or not _words_near(words, toks):
        return 0.0
    best = 0.0
    for i in range(len(toks) - len(words) + 1):
        ratios = [fuzz.ratio(w, t) for w, t in zip(words, toks[i : i + len(words)], strict=True)]
        if min(ratios) >= _TOKEN_SCORE:
            best = max(best, sum(ratios) / len(ratios))
    return best


def _words_near(words: Sequence[str], toks: Sequence[str]) -> bool:
    """Is every word near (ratio >= 85) some token? Computed in C by rapidfuzz."""
    return all(
        process.extractOne(w, toks, scorer=fuzz.ratio, score_cutoff=_TOKEN_SCORE) is not None
        for w in words
    )


def _could_score(name: str, lines: Sequence[str], all_tokens: Sequence[str]) -> bool:
    """An exact upper bound of `_score` >= _NAME_SCORE, cheap enough to run for every
    roster entry: partial_ratio bounds the line scores, and token_score needs every word
    of the name somewhere in the text."""
    if process.extractOne(name, lines, scorer=fuzz.partial_ratio,
                          score_cutoff=_NAME_SCORE) is not None:
        return True
    words = _WORD.findall(name)
    return len(words) >= 2 and len(name) >= _MIN_VARIANT_LEN and _words_near(words, all_tokens)


def _score(name: str, lines: Sequence[str]) -> float:
    best = 0.0
    for low in lines:
        # A line shorter than the name can only hold it misspelt: compare whole.
        short = len(low) + 2 < len(name)
        score = fuzz.ratio(name, low) if short else fuzz.partial_ratio(name, low)
        best = max(best, score, token_score(name, low))
        if best == 100:
            break
    return best


def _only_inside_longer(short: RosterEntry, longer: RosterEntry, text: str) -> bool:
    """Is SHORT's name ("IK Sölve") written only as part of LONGER's ("IK Sölve Ungdom")?"""
    s, lg = short.name.lower(), longer.name.lower()
    if s == lg or s not in lg:
        return False
    low = text.lower()
    if lg not in low:
        return False
    return s not in low.replace(lg, " ")


# A roster this long is tested in bulk (`_could_score_bulk`); a shorter one (the sender's
# holders, the own association) entry by entry.
_BULK_ROSTER = 16


def _by_name(roster: Sequence[RosterEntry], text: str) -> tuple[RosterEntry | None, str]:
    lines = [ln.strip(" >*_\t").lower() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln]
    all_tokens = sorted({t for ln in lines for t in _WORD.findall(ln)})
    bulk: set[str] | None = None
    entries: Iterable[RosterEntry] = roster
    if len(roster) >= _BULK_ROSTER:
        # only the entries with a variant that could score, in roster order
        names = _roster_names(roster)
        bulk = _could_score_bulk(names, lines, all_tokens)
        at = sorted({i for v in bulk for e in names.entries[v] for i in names.at[id(e)]})
        entries = [roster[i] for i in at]
    scored: list[tuple[float, RosterEntry]] = []
    for entry in entries:
        if len(entry.name) < _MIN_NAME_LEN:
            continue
        variants = [v for v in name_variants(entry.name)
                    if (v in bulk if bulk is not None else _could_score(v, lines, all_tokens))]
        if not variants:
            continue
        best = max(_score(v, lines) for v in variants)
        if best >= _NAME_SCORE:
            scored.append((best, entry))
    if not scored:
        return None, ""
    # "IK Sölve Ungdom" in the text also scores "IK Sölve" 100: the longer name counts.
    flat = "\n".join(lines)
    scored = [
        (sc, e)
        for sc, e in scored
        if not any(_only_inside_longer(e, other, flat) for _, other in scored)
    ]
    scored.sort(key=lambda t: -t[0])
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        names = ", ".join(e.name for _, e in scored[:3])
        return None, f"several associations named in the text: {names}"
    return scored[0][1], f"name '{scored[0][1].name}' in the text ({scored[0][0]:.0f})"


# What may follow a name written whole: a genitive ("Kören Xs", "IK:s", "Hawo's"), then
# no more letters ("Sölve" in "Sölvesborg" is another word).
_NAME_END = re.compile(r"(?::s|['’]s|s)?(?!\w)")


def _whole_in(name: str, line: str) -> bool:
    """Is NAME written in LINE as words of their own (the matcher's fuzzy score, 92, and
    whole words, a genitive allowed), not as part of a longer word?"""
    if len(line) < len(name):  # the line is the name, misspelt, or not at all
        return len(line) + 2 >= len(name) and fuzz.ratio(name, line) >= _NAME_SCORE
    found = fuzz.partial_ratio_alignment(name, line, score_cutoff=_NAME_SCORE)
    # the whole name, not its tail ("...ainska föreningen i malmö" in "Kinesiska ...")
    if found is not None and found.src_start == 0 and found.src_end == len(name):
        start, end = found.dest_start, found.dest_end
        if (start == 0 or not line[start - 1].isalnum()) and _NAME_END.match(line, end):
            return True
    # words spelt a little differently ("Kampsportklubbens Öster"): whole tokens already
    return token_score(name, line) >= _NAME_SCORE


# What in the sentence that names another association says the reply answers for it too,
# not that it works with it ("vi samarbetar med Y" is ordinary): "både X och Y", "för Xs
# och Ys räkning", "svarar för", "gäller båda", a role in it ("ordförande i Y"), "on behalf
# of". Swedish and English; ahead of a name, so no survey's wording.
_ANSWERS_FOR = re.compile(
    r"\b(?:både|both)\b|räkning|on behalf of|medlemsförening|member (?:associations|clubs)"
    r"|\bsvar(?:ar|en|et)?\s+(?:för|från)\b|\b(?:answer(?:s|ing)?|reply(?:ing)?)\s+(?:for|from)\b"
    r"|\bgäll(?:er|a)\b[^.!?]*\b(?:båda|alla|även|också|för)\b|\bräkna\b|\bcounts? for\b"
    r"|\b(?:ordförande|kassör|sekreterare|ledamot|styrelse\w*|chair\w*|treasurer|secretary"
    r"|board member)\s+(?:i|för|of|in|at)\b", re.I)
# Every match of _ANSWERS_FOR holds one of these (casefolded, as re.I compares; checked
# against the pattern's parse tree in tests/test_word_filters.py): most
# sentences hold none and skip the search (~15 us a sentence, the largest share of
# also_named).
_ANSWERS_FOR_WORDS = ("både", "both", "räkn", "behalf", "medlemsförening", "member", "svar",
                      "answer", "reply", "gäll", "count", "ordförande", "kassör", "sekreterare",
                      "ledamot", "styrelse", "chair", "treasurer", "secretary", "board")


@short_cache(maxsize=4096)  # ~13 sentences a reply; the greetings and sign-offs recur
def _answers_for(sentence: str) -> bool:
    return holds_any_word(sentence, _ANSWERS_FOR_WORDS) and bool(_ANSWERS_FOR.search(sentence))


# Not parsers.text.split_sentences (intake may import it, but it splits otherwise): it
# runs paragraphs together and ends a sentence before a capital, or after a whole word
# and before a lower-case one, never after "t.ex." or "bk."; here a blank line ends one
# (not after a ":") and so does any end mark. One splitter for both would change what
# also_named finds.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _sentences(text: str) -> list[str]:
    """TEXT's sentences, lower-cased, a paragraph's lines joined (a name may wrap); a
    paragraph ending in ":" runs on into the next (a list of members below its lead-in)."""
    paras: list[str] = []
    for para in re.split(r"\n\s*\n", text):
        flat = " ".join(ln.strip(" >*_\t") for ln in para.splitlines()).strip().lower()
        if not flat:
            continue
        if paras and paras[-1].endswith(":"):
            paras[-1] += " " + flat
        else:
            paras.append(flat)
    return [x for p in paras for x in _SENTENCE_END.split(p) if x]


@dataclass(frozen=True)
class _RosterNames:
    """A roster's name variants and their words, made once per roster (not per reply)."""

    entries: dict[str, list[RosterEntry]]  # variant -> the entries it is a variant of
    words: tuple[str, ...]  # every word of every variant
    variant_words: dict[str, tuple[str, ...]]
    by_word: dict[str, list[str]]  # word -> the variants holding it
    # token of a reply -> the words above near it (`_near_words`): the greetings' and the
    # signatures' words recur across an import's replies, each search costs ~15 us
    near: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)
    # place (a greeting or signature line) -> (the variants tried against it, those whose
    # partial_ratio reaches _NAME_SCORE): the same lines recur across replies, each test
    # costs a few us (`_could_score_all`); sets, so a reply's look-up is two set operations
    verdicts: dict[str, tuple[set[str], set[str]]] = field(default_factory=dict, compare=False)
    order: dict[int, int] = field(default_factory=dict, compare=False)  # entry id -> index
    # id() of an entry -> its places in the roster list (`_by_name`)
    at: dict[int, list[int]] = field(default_factory=dict, compare=False)
    # length -> the variants of that length, and each one's characters sorted
    # (`_line_reaching`)
    by_length: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = field(
        default_factory=dict, compare=False)
    # line -> the variants whose partial_ratio against it reaches _NAME_SCORE
    reaching: dict[str, frozenset[str]] = field(default_factory=dict, compare=False)


@functools.lru_cache(maxsize=8192)
def _whole_in_kept(name: str, line: str) -> bool:
    # a roster variant against a greeting's or signature's line: both recur across an
    # import's replies, and each test is a partial_ratio alignment and a token score (~20 us)
    return _whole_in(name, line)


def _said_whole(name: str, line: str) -> bool:
    """`_whole_in`, its verdicts kept for lines up to 200 characters (a long sentence rarely
    recurs)."""
    return _whole_in_kept(name, line) if len(line) <= 200 else _whole_in(name, line)


def per_roster(cache: list[tuple[Sequence[RosterEntry], int, T]], roster: Sequence[RosterEntry],
               build: Callable[[Sequence[RosterEntry]], T]) -> T:
    """What BUILD makes of ROSTER, made once per roster list and found by identity: one
    roster list serves a whole import, and hashing its entries for every reply cost more
    than this saves. CACHE keeps the last four (its strong references keep ids from being
    reused) with each list's length: a list grown or shrunk in place since is built again
    (what is built holds positions in the list; no caller changes a roster in place today)."""
    for known, size, made in cache:
        if known is roster and size == len(roster):
            return made
    made = build(roster)
    cache[:] = [(roster, len(roster), made), *cache[:3]]
    return made


_ROSTER_NAMES: list[tuple[Sequence[RosterEntry], int, _RosterNames]] = []


def _roster_names(roster: Sequence[RosterEntry]) -> _RosterNames:
    return per_roster(_ROSTER_NAMES, roster, _make_roster_names)


def _make_roster_names(roster: Sequence[RosterEntry]) -> _RosterNames:
    at: dict[int, list[int]] = {}
    for i, e in enumerate(roster):
        at.setdefault(id(e), []).append(i)
    entries: dict[str, list[RosterEntry]] = {}
    for e in roster:
        if len(e.name) >= _MIN_NAME_LEN:
            for v in name_variants(e.name):
                entries.setdefault(v, []).append(e)
    variant_words = {v: tuple(_WORD.findall(v)) for v in entries}
    by_word: dict[str, list[str]] = {}
    for v, ws in variant_words.items():
        for w in dict.fromkeys(ws):
            by_word.setdefault(w, []).append(v)
    return _RosterNames(entries, tuple(sorted(by_word)), variant_words, by_word,
                        order={e.id: i for i, e in enumerate(roster)},
                        by_length=_by_length(entries), at=at)


def _by_length(variants: Iterable[str]) -> dict[int, tuple[tuple[str, ...], tuple[str, ...]]]:
    groups: dict[int, list[str]] = {}
    for v in variants:
        groups.setdefault(len(v), []).append(v)
    return {n: (tuple(vs), tuple(_sorted_chars(v) for v in vs)) for n, vs in groups.items()}


def _near_words(names: _RosterNames, tok: str) -> tuple[str, ...]:
    """The roster's words within _TOKEN_SCORE of TOK, kept per roster (bounded: at most
    20,000 tokens of up to 40 characters, then it starts over)."""
    got = names.near.get(tok)
    if got is None:
        got = tuple(w for w, _, _ in process.extract(
            tok, names.words, scorer=fuzz.ratio, score_cutoff=_TOKEN_SCORE, limit=None))
        if len(tok) <= 40:
            if len(names.near) >= 20_000:
                names.near.clear()
            names.near[tok] = got
    return got


def _could_score_all(names: _RosterNames, places: Sequence[str]) -> set[str]:
    """The variants for which `_could_score(variant, places, tokens)` holds, found with a
    C call per token and per place rather than per roster entry (a reply is read against
    every association: 400 of them one by one cost ~10 ms a reply). A variant none of
    whose words is near a word of PLACES cannot score 92 on its whole length: not tried."""
    near: set[str] = set()
    for tok in {t for ln in places for t in _WORD.findall(ln)}:
        near.update(_near_words(names, tok))
    out: set[str] = set()
    cands: set[str] = set()
    for v in {v for w in near for v in names.by_word[w]}:
        ws = names.variant_words[v]
        if len(ws) >= 2 and len(v) >= _MIN_VARIANT_LEN and all(w in near for w in ws):
            out.add(v)  # token_score may reach it
        else:
            cands.add(v)
    for place in places:
        if len(place) > 200:  # a long sentence rarely recurs: not kept
            out.update(_reaching(place, list(cands)))
            continue
        known = names.verdicts.get(place)
        if known is None:
            if len(names.verdicts) >= 5_000:
                names.verdicts.clear()
            known = names.verdicts[place] = (set(), set())
        tried, reached = known
        new = cands - tried
        if new:
            reached.update(_reaching(place, list(new)))
            tried.update(new)
        out.update(reached & cands)
    return out


# `_could_score`'s partial_ratio >= _NAME_SCORE needs a window W of the longer string (as
# long as the shorter S at most) with 2 * LCS(S, W) >= 0.92 * (|S| + |W|), and LCS <= |W|,
# so LCS >= 92 / 108 * |S|: at least that many of S's characters are in the other string.
# Counted in C as an Indel distance between the two strings' characters sorted (the LCS of
# two sorted strings is their common multiset). Only a filter: what passes is then scored
# by partial_ratio itself. Up to 64 characters (rapidfuzz's windows for a short needle).
_SORTED_MAX = 64


def _sorted_chars(text: str) -> str:
    return "".join(sorted(text))


def _line_reaching(names: _RosterNames, line: str) -> frozenset[str]:
    """The roster's variants whose partial_ratio against LINE reaches _NAME_SCORE (the
    first half of `_could_score`), kept per roster for lines up to 200 characters: only
    those sharing enough characters with LINE are scored."""
    got = names.reaching.get(line)
    if got is not None:
        return got
    n = len(line)
    key = _sorted_chars(line)
    sharing: list[str] = []
    for size, (variants, keys) in names.by_length.items():
        short = min(size, n)
        if short > _SORTED_MAX:
            sharing.extend(variants)
            continue
        # 2 * common characters = size + n - distance >= 92 / 54 * short, less one
        # character of slack for rounding: the most distance that can still reach
        most = size + n + (108 - 92 * short) // 54
        if most >= 0:
            sharing.extend(variants[i] for _, _, i in process.extract(
                key, keys, scorer=Indel.distance, score_cutoff=most, limit=None))
    got = frozenset(_reaching(line, sharing)) if sharing else frozenset()
    if n <= 200:
        if len(names.reaching) >= 5_000:
            names.reaching.clear()
        names.reaching[line] = got
    return got


def _could_score_bulk(names: _RosterNames, lines: Sequence[str],
                      all_tokens: Sequence[str]) -> set[str]:
    """The roster's variants for which `_could_score(variant, LINES, ALL_TOKENS)` holds,
    found with C calls per line and per token rather than per roster entry (400 entries
    one by one cost ~1-3 ms for every text a name is looked for in, and a reply looks in
    up to a dozen: the section heads, its first answer)."""
    near: set[str] = set()
    for tok in all_tokens:
        near.update(_near_words(names, tok))
    out: set[str] = set()
    for v in {v for w in near for v in names.by_word[w]}:
        ws = names.variant_words[v]
        if len(ws) >= 2 and len(v) >= _MIN_VARIANT_LEN and all(w in near for w in ws):
            out.add(v)  # every word near a token: _words_near
    for ln in lines:
        out |= _line_reaching(names, ln)
    return out


def _reaching(place: str, variants: list[str]) -> set[str]:
    """The VARIANTS whose partial_ratio against PLACE reaches _NAME_SCORE."""
    return {v for v, _, _ in process.extract(
        place, variants, scorer=fuzz.partial_ratio, score_cutoff=_NAME_SCORE, limit=None)}


def also_named(roster: Sequence[RosterEntry], own_text: str,
               matched: int | None) -> tuple[int, ...]:
    """The OTHER roster associations a reply names in its own words (OWN_TEXT: above the
    quoted original, no ">" lines) as ones it answers for too: "ordförande i både X och
    Y", an umbrella's "vi svarar för våra medlemsföreningar: A, B", "för Xs och Ys
    räkning", or the name in the signature or the greeting ("X / Y"). A partner named in
    passing ("vi samarbetar med Y") is not: without such a cue it would hold a reminder
    to every partner that has not answered. Names by the matcher's scores, written as
    words of their own (a genitive allowed), not a name only written inside a longer
    roster name that is there too ("IK Sölve" in "IK Sölve Ungdom"). In roster order.
    Who the mail belongs to is not changed: the records decide what it means."""
    lines = [ln.strip(" >*_\t").lower() for ln in own_text.splitlines()]
    lines = [ln for ln in lines if ln]
    # Where a name counts: the signature's and the greeting's lines (not a sentence there,
    # "PS. Y svarar nog separat.") and the sentences that say the reply answers for one.
    # Only these are searched: a few lines, not the whole mail, for each roster entry.
    framing = [ln for ln in [*(x.lower().strip() for x in _signature_lines(own_text)),
                             *lines[:1]]
               if not ln.endswith(".") and not ln.startswith("ps")]
    places = [*framing, *(x for x in _sentences(own_text) if _answers_for(x))]
    if not places:
        return ()
    names = _roster_names(roster)
    near = _could_score_all(names, places)
    said_whole = {v for v in near if any(_said_whole(v, ln) for ln in places)}
    by_entry: dict[int, tuple[RosterEntry, list[str]]] = {}
    for v in sorted(said_whole):
        for entry in names.entries[v]:
            if entry.id != matched:
                by_entry.setdefault(entry.id, (entry, []))[1].append(v)
    if not by_entry:
        return ()
    found = sorted(by_entry.values(), key=lambda ev: names.order[ev[0].id])
    flat = "\n".join(lines)
    named = [*(e for e, _ in found), *(e for e in roster if e.id == matched)]
    out: list[int] = []
    for entry, variants in found:
        if any(_only_inside_longer(entry, other, flat) for other in named):
            continue
        # its name inside a longer one named there too is not its own mention
        longer = [o.name.lower() for o in named
                  if o.id != entry.id and entry.name.lower() in o.name.lower()]

        def said(text: str, longer: list[str] = longer, variants: list[str] = variants) -> bool:
            for name in longer:
                text = text.replace(name, " ")
            return any(_whole_in(v, text) for v in variants)

        if any(said(x) for x in places):
            out.append(entry.id)
    return tuple(out)


# A section of one mail headed by a roster association's name (unseen106: one writer, two
# associations' answers in one mail): a line of its own that is the name and little else
# ("=== PRO Lindängen ===", "FÖRENINGSRÅDET SYDOST", "Kören X:", an aside in brackets after
# it: "(nedskrivet efter samtal)"), over answer text (a numbered line or a sentence of
# twelve words or more before the next head); or an attached file named after one
# ("Kroksback_Unga_svar.docx"). The signature under a closing is no section.
_HEAD_MARKS = re.compile(r"^[\s=#*_~\-–—]+|[\s=#*_~\-–—:]+$")
_HEAD_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")
_NUMBERED = re.compile(r"^\s*\d{1,2}\s*[.):]\s*\S")
_FILE_EXT = re.compile(r"\.[A-Za-z0-9]{1,5}$")


def _head_name(roster: Sequence[RosterEntry], line: str) -> RosterEntry | None:
    # A head is a name and little else: a long line is none, and the end-anchored patterns
    # below would backtrack quadratically over a long run of spaces in one.
    if len(line) > 240:
        return None
    t = _HEAD_MARKS.sub("", _HEAD_ASIDE.sub("", line.strip()))
    if not t or len(t.split()) > 8 or t[-1] in ".!?,;":
        return None
    entry, _ = _by_name(roster, t)
    if entry is None or len(_WORD.findall(t)) > len(_WORD.findall(entry.name)) + 1:
        return None
    return entry


@dataclass(frozen=True)
class Section:
    """One association's part of a mail parted into sections: its head's roster entry and
    the lines under the head (the head itself not among them), as written."""

    entry: RosterEntry
    head: str
    lines: tuple[str, ...]
    # the number of the last numbered line above the head (None: none above it)
    after: int | None = None

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def continues_numbering(self) -> bool:
        """Does its first numbered line go on from the one above its head ("3." above,
        "4." below): a topic line inside one association's answers, not a section?"""
        first = next((_number(ln) for ln in self.lines if _NUMBERED.match(ln)), None)
        return self.after is not None and first == self.after + 1


def _number(line: str) -> int | None:
    """A numbered line's number ("4. Lokalen ..." -> 4)."""
    m = re.match(r"\s*(\d{1,2})", line)
    return int(m.group(1)) if m else None


def body_sections(roster: Sequence[RosterEntry], text: str) -> tuple[Section, ...]:
    """The sections TEXT (above the quoted original) is parted into, in the order written:
    each head a line of its own that is a roster association's name, over answer text (a
    numbered line or a long one), down to the next head or the closing greeting (a name
    heading two sections: both, each in its place)."""
    lines = text_above_quote(text).splitlines()
    end = next((i for i in range(len(lines) - 1, -1, -1) if is_valediction(lines[i])),
               len(lines))
    heads = [(i, e) for i in range(end) if lines[i].strip()
             and (e := _head_name(roster, lines[i])) is not None]
    out: list[Section] = []
    for k, (i, entry) in enumerate(heads):
        stop = heads[k + 1][0] if k + 1 < len(heads) else end
        body = [ln for ln in lines[i + 1:stop] if ln.strip()]
        if any(_NUMBERED.match(ln) or len(ln.split()) >= 12 for ln in body):
            above = next((_number(ln) for ln in reversed(lines[:i]) if _NUMBERED.match(ln)),
                         None)
            out.append(Section(entry, lines[i], tuple(lines[i + 1:stop]), above))
    return tuple(out)


def section_heads(roster: Sequence[RosterEntry], own_text: str,
                  file_names: Sequence[str] = ()) -> tuple[RosterEntry, ...]:
    """The roster associations OWN_TEXT (above the quoted original) is parted into sections
    for, in the order written (body_sections), then those the attached FILE_NAMES are named
    after."""
    out = {s.entry.id: s.entry for s in body_sections(roster, own_text)}
    for name in file_names:
        entry = files_named_for(roster, name)
        if entry is not None:
            out.setdefault(entry.id, entry)
    return tuple(out.values())


def files_named_for(roster: Sequence[RosterEntry], file_name: str) -> RosterEntry | None:
    """The one roster association FILE_NAME is named after ("Kroksback_Unga_svar.docx")."""
    words = re.sub(r"[_\-.+]+", " ", _FILE_EXT.sub("", file_name or "")).strip()
    return _by_name(roster, words)[0] if words else None


def described_other(roster: Sequence[RosterEntry], about: str | None, matched: int | None,
                    answers_text: str) -> RosterEntry | None:
    """The other roster association a reply's first answer describes (unseen106: a writer
    active in two associations pastes the other's answers into a mail from this one's
    address): the answer's first sentence opens with that association's whole name as its
    subject ("Y är en förening för ...", "Y is a club for ..."), and the answers never name
    the sender's own association. None otherwise."""
    if not about or matched is None:
        return None
    first = re.split(r"(?<=[.!?])\s+", about.strip(), maxsplit=1)[0]
    # What is returned is another association whose name opens FIRST (the tests below):
    # when no roster name but the sender's own passes them, the search of the whole
    # roster can only end in None (the synthetic replies open with their own name).
    if not any(e.id != matched and _opens(e, first)
               for e in _roster_openings(roster).get(first.lower()[:3], ())):
        return None
    entry, _ = _by_name(roster, first)
    if entry is None or entry.id == matched or not _opens(entry, first):
        return None
    own = [e for e in roster if e.id == matched]
    if _by_name(own, answers_text)[0] is not None:
        return None  # it speaks of its own association too: a partner's name in passing
    return entry


def _opens(entry: RosterEntry, first: str) -> bool:
    """Does ENTRY's name open the sentence FIRST (`described_other`)?"""
    opening = first[:len(entry.name) + 2].lower()
    return fuzz.partial_ratio(entry.name.lower(), opening) >= _NAME_SCORE \
        and opening.startswith(entry.name.lower()[:3])


_ROSTER_OPENINGS: list[tuple[Sequence[RosterEntry], int, dict[str, list[RosterEntry]]]] = []


def _roster_openings(roster: Sequence[RosterEntry]) -> dict[str, list[RosterEntry]]:
    """First three letters (lower-cased) -> the roster's entries `_by_name` can find with a
    name of that opening (`described_other`'s quick refusal; `_opens` checks the rest)."""
    def build(entries: Sequence[RosterEntry]) -> dict[str, list[RosterEntry]]:
        out: dict[str, list[RosterEntry]] = {}
        for e in entries:
            if len(e.name) >= _MIN_NAME_LEN:
                out.setdefault(e.name.lower()[:3], []).append(e)
        return out
    return per_roster(_ROSTER_OPENINGS, roster, build)


def _signature_lines(text: str) -> list[str]:
    """The lines under the last closing greeting ("Med vänlig hälsning"), else the last few
    lines, of the text above the quoted original."""
    lines = [ln for ln in text_above_quote(text).splitlines() if ln.strip()]
    for i in range(len(lines) - 1, -1, -1):
        if is_valediction(lines[i]):
            return lines[i + 1 :][:_SIGNATURE_LINES]
    return lines[-_SIGNATURE_LINES:] if len(lines) > _SIGNATURE_LINES else []


def match_message(
    msg: DecodedMessage,
    roster: Sequence[RosterEntry],
    coordinators: set[str],
    *,
    own_text: str,
    bounced: Sequence[str] = (),
) -> Match:
    """The association a message belongs to, with what a person should confirm: a match
    made only from a name (the sender is not in the roster: anyone can write a name), and
    a display name holding another address than the sender's ("Förening X
    <kansli@forening-x.se>" <someone@else.se>)."""
    m = _match(msg, roster, coordinators, own_text=own_text, bounced=bounced)
    sections = () if bounced else section_heads(
        roster, own_text, [a.filename or "" for a in msg.attachments])
    if m.association_id is None and len(sections) >= 2:
        # one writer's mail parted into sections for two roster associations or more, from
        # an address in none of them: the first section's answers are the ones read, so
        # the mail is the first's, by name (to confirm), the others flagged below
        m = Match(sections[0].id, "name", f"name '{sections[0].name}' heads the first section")
    if m.association_id is None:
        if bounced:
            why = Reason("unmatched_bounce", None, ", ".join(bounced))
        elif m.detail.startswith("several associations"):
            why = Reason("unmatched_several", None, m.detail.split(": ", 1)[-1])
        else:
            why = Reason("unmatched", None, msg.from_addr or "")
        return replace(m, reasons=(why,))
    if m.method in ("sender", "reply-to"):
        sent_for = _sent_for_other(msg, roster, m.association_id, own_text)
        if sent_for is not None:
            # the mail says it carries another roster association's answers: it is that
            # association's, and a person confirms it (the sender's own name in the doubt)
            sender = next((e.name for e in roster if e.id == m.association_id), "")
            return Match(sent_for.id, "for_other",
                         f"for '{sent_for.name}', sent from {m.detail}",
                         reasons=(Reason("sent_for_other", None, sender),))
    doubts: list[Reason] = list(m.reasons)
    if m.method == "name":
        doubts.append(Reason("match_by_name", None, msg.from_addr or ""))
    others = [e.name for e in sections if e.id != m.association_id]
    if others:
        # answers for another roster association in a section of their own: they must not
        # count for this one, nor vanish (a person moves them: `intake set`)
        doubts.append(Reason("several_associations", None, ", ".join(others)))
    spoof = sender_mismatch(msg)
    if spoof:
        doubts.append(spoof)
    if m.method in ("sender", "reply-to", "reference"):
        other = _forward_of_other(msg, roster, m.association_id)
        if other is not None:
            doubts.append(Reason("forward_of_other", None, other.name))
    return replace(m, reasons=tuple(doubts))


# A go-between's words: the mail is written or sent for someone ("Nu skriver jag för X",
# "Jag mejlar å Xs vägnar", "för Xs räkning", "on behalf of X", "writing for X"; not "för
# att", in order to), or the answers are said to be another's in the subject ("Svar från
# X", "Answers from X").
_SENT_FOR = re.compile(
    r"\b(?:skriver|svarar|skickar|mejlar|mailar|hör\s+av\s+mig|writ(?:e|ing)|send(?:ing)?"
    r"|answer(?:ing)?|repl(?:y|ying)|e-?mail(?:ing)?)\b[^.!?:]{0,40}?"
    r"\b(?:för|å|for|on\s+behalf\s+of)\b(?!\s+att\b)(?!\s+(?:to|the\s+survey)\b)"
    r"|\b(?:räkning|vägnar)\b|\bon\s+behalf\s+of\b",
    re.I)
_ANSWERS_OF = re.compile(
    r"^(?:(?:våra\s+)?svar(?:en)?|enkätsvar|answers?|repl(?:y|ies))\s+(?:från|för|from|for|of)\s+",
    re.I)
# The answers said to be a third party's: "deras svar", "their answers", "de bad mig",
# "they asked me"; the sender's own association answered as well ("både", "också", "our
# own") is another matter (also_named: the mail stays the sender's).
_THEIRS = re.compile(
    r"\b(?:deras|their)\s+(?:svar|enkätsvar|answers?|repl(?:y|ies))\b"
    r"|\b(?:de|dom|they)\s+(?:bad|har\s+bett|asked)\s+(?:mig|oss|me|us)\b", re.I)
_BOTH_OURS = re.compile(
    r"\b(?:både|båda|bägge|också|även|both|also|too|as\s+well|our\s+own|vår\s+egen|vårt\s+eget)\b",
    re.I)


def _sent_for_other(msg: DecodedMessage, roster: Sequence[RosterEntry], matched: int | None,
                    own_text: str) -> RosterEntry | None:
    """The one other roster association a mail from an association's own address says it
    carries the answers of: its subject says whose answers they are ("Svar från X") or a
    sentence of its own words says it is written or sent for X ("Nu skriver jag för X", "on
    behalf of X"), with the answers said to be theirs ("deras svar", "their answers", "de
    bad mig skicka"), and nothing says it answers for the sender's own association too
    ("både", "också": also_named's). None otherwise, or when two are named so."""
    above = text_above_quote(own_text)
    subject = _REPLY_PREFIX.sub("", msg.subject or "").strip()
    found: dict[int, RosterEntry] = {}
    said_theirs = False
    if (lead := _ANSWERS_OF.match(subject)) is not None:
        entry, _ = _by_name(roster, subject[lead.end():])
        if entry is not None and entry.id != matched:
            found[entry.id] = entry
            said_theirs = True
    for sentence in _sentences(above):
        if not _SENT_FOR.search(sentence):
            continue
        if _BOTH_OURS.search(sentence):
            return None
        entry, _ = _by_name(roster, sentence)
        if entry is None:
            continue
        if entry.id == matched:
            return None  # it writes for its own association
        found[entry.id] = entry
    if len(found) != 1:
        return None
    if not (said_theirs or _THEIRS.search(above)):
        return None
    return next(iter(found.values()))


def _forward_of_other(msg: DecodedMessage, roster: Sequence[RosterEntry],
                      matched: int | None) -> RosterEntry | None:
    """The other association a forward is from: one roster association (a district
    council, a parent club) passing on another's answers is matched by its own address,
    but the answers are the forwarded association's - a person must say whose they are."""
    senders = forwarded_senders(msg)  # attached mails' first, then the inline block's
    if not senders:
        return None
    entry = _by_address(roster, senders)
    if entry is not None:
        return entry if entry.id != matched else None
    above = text_above_quote(msg.text)
    below = msg.text[len(above):] if msg.text.startswith(above) else ""
    for text in [below, *(inner.text for inner in msg.embedded)]:
        entry, _ = _by_name(roster, text or "")
        if entry is not None and entry.id != matched:
            return entry
    return None


def sender_mismatch(msg: DecodedMessage) -> Reason | None:
    """A display name that holds an address other than the sender's."""
    shown = [a for a in find_addresses(msg.from_name or "") if a != msg.from_addr]
    if not shown:
        return None
    return Reason("sender_mismatch", None, f"{', '.join(shown)} ≠ {msg.from_addr or '?'}")


def _match(
    msg: DecodedMessage,
    roster: Sequence[RosterEntry],
    coordinators: set[str],
    *,
    own_text: str,
    bounced: Sequence[str] = (),
) -> Match:
    """`own_text` is the sender's own words (quotes stripped): the association's name in
    the survey's quoted original must not count, but one in a signature must."""
    if bounced:
        entry = _by_address(roster, bounced)
        if entry:
            return Match(entry.id, "bounce", f"delivery failed for {', '.join(bounced)}")
        return Match(None, "none", f"bounce for unknown address {', '.join(bounced) or '?'}")

    ref = reference_in(msg.subject) or plus_reference([*msg.to, *msg.cc], coordinators)
    if ref:
        for entry in roster:
            if entry.ref and entry.ref.upper() == ref:
                return Match(entry.id, "reference", f"reminder reference {ref}")

    # The sender's address, a Reply-To, then a forward's original sender (an attached
    # mail's, or an inline header block's in any language: "Från:", "Von:", "Kimden:",
    # "من:", whoever else the block or the text names): the first the roster holds decides;
    # an address several associations share says only that it is one of them
    # (`_shared_sender`).
    found = _held_by(msg, roster, [msg.from_addr] if msg.from_addr else [], own_text,
                     "sender", msg.from_addr or "")
    found = found or _held_by(msg, roster, msg.reply_to, own_text,
                              "reply-to", ", ".join(msg.reply_to))
    for inner in msg.embedded:
        found = found or _held_by(msg, roster, [a for a in [inner.from_addr, *inner.reply_to]
                                                if a], own_text,
                                  "forwarded", f"attached mail from {inner.from_addr}")
    found = found or _held_by(msg, roster, find_addresses(forwarded_sender(msg.text) or ""),
                              own_text, "forwarded", "the forwarded mail's sender")
    if found:
        return found
    named = [a for a in find_addresses(msg.text) if a not in coordinators]
    hits = {e.id: e for a in named for e in roster if a in e.emails}
    if len(hits) == 1:
        entry = next(iter(hits.values()))
        return Match(entry.id, "forwarded", "the association's address in the text")
    # A reply-all in the association's thread by someone copied in (its chair, a board
    # member, a volunteer writing from a private address): the association's own address
    # among the recipients, and no other roster association's, says whose thread it is.
    entry = _copied_in(msg, roster, coordinators)
    if entry:
        return Match(entry.id, "copied", "the association's address among the recipients")

    # The subject first: "Svar från IK Sölve Ungdom" is said on purpose, while the text may
    # name partners or the parent club in passing.
    subject = _REPLY_PREFIX.sub("", msg.subject or "")
    entry, _ = _by_name(roster, subject)
    if entry:
        return Match(entry.id, "name", f"name '{entry.name}' in the subject")
    entry, detail = _by_name(roster, own_text)
    if entry:
        return Match(entry.id, "name", detail)
    if detail:
        # Several named (a partner, the parent club): the one in the signature decides.
        entry, _ = _by_name(roster, "\n".join(_signature_lines(own_text)))
        if entry:
            return Match(entry.id, "name", f"name '{entry.name}' in the signature")
    for inner in msg.embedded:
        entry, detail = _by_name(roster, inner.text)
        if entry:
            return Match(entry.id, "name", "attached mail: " + detail)
    if not detail:
        entry = _by_name_said_short(roster, own_text)
        if entry:
            return Match(entry.id, "name", f"name '{entry.name}' said shorter in the text")
        entry = _by_initials(roster, f"{subject}\n{own_text}")
        if entry:
            return Match(entry.id, "name", f"name '{entry.name}' said by its initials")
    return Match(None, "none", detail or "sender not in the roster and no association named")


def _held_by(msg: DecodedMessage, roster: Sequence[RosterEntry], addrs: Sequence[str],
             own_text: str, method: str, detail: str) -> Match | None:
    """The match by the first of ADDRS the roster holds (METHOD, DETAIL), through
    `_shared_sender` when several associations hold it; None when none is held."""
    addr, holders = _holders_of(roster, addrs)
    if len(holders) > 1:
        return _shared_sender(msg, holders, own_text, method=method, address=addr)
    return Match(holders[0].id, method, detail) if holders else None


def _holders_of(roster: Sequence[RosterEntry],
                addrs: Sequence[str]) -> tuple[str, list[RosterEntry]]:
    """The first of ADDRS the roster holds, with every holder of it in roster order (more
    than one: a shared address); ("", []) when none is held."""
    for addr in addrs:
        holders = [e for e in roster if addr in e.emails]
        if holders:
            return addr, holders
    return "", []


def _shared_sender(msg: DecodedMessage, holders: Sequence[RosterEntry], own_text: str, *,
                   method: str = "sender", address: str | None = None) -> Match:
    """A sender's address that several roster associations share (one office, one
    building, one treasurer): the address says only that it is one of them. The one of
    them the subject or the sender's own words name decides ("svaret gäller X", a
    signature); none named, or several, and the first holds it, with "shared_address" to
    confirm (the others' names in its detail). ADDRESS: the shared address when it is not
    the sender's (a Reply-To, a forwarded mail's sender); the match's detail starts with
    it, so the records find the other holders (store/records.py)."""
    address = address or msg.from_addr or ""
    subject = _REPLY_PREFIX.sub("", msg.subject or "")
    for text in (subject, text_above_quote(own_text)):
        entry, _ = _by_name(holders, text)
        if entry is not None:
            return Match(entry.id, method, f"{address}, name '{entry.name}' in the text")
    names = ", ".join(e.name for e in holders)
    return Match(holders[0].id, method, address,
                 reasons=(Reason("shared_address", None, names),))


def _copied_in(msg: DecodedMessage, roster: Sequence[RosterEntry],
               coordinators: set[str]) -> RosterEntry | None:
    """The one roster association among a thread reply's recipients (To and Cc, the
    coordinator's addresses aside): a mail that answers an earlier one (In-Reply-To,
    References or a reply prefix) with one association copied in is that association's
    thread. Two associations copied in, or a mail that starts no thread, decide nothing."""
    if not (msg.in_reply_to or msg.references or _REPLY_PREFIX.match(msg.subject or "")):
        return None
    copied = [a for a in [*msg.to, *msg.cc] if a not in coordinators]
    hits = {e.id: e for a in copied for e in roster if a in e.emails}
    return next(iter(hits.values())) if len(hits) == 1 else None


# Words an abbreviation leaves out ("KFUM": Kristliga Föreningen av Unga Män).
_CONNECTOR = frozenset({"i", "och", "för", "av", "på", "de", "the", "of", "and", "for", "in"})
_MIN_INITIALS = 3  # "IK", "FF", "AB" stand for too many things
# Initials standing alone are common words of their own ("SFI", "OBS", "SMS"): four or more.
_MIN_BARE_INITIALS = 4
# A word in capitals, as initials are written: only these are looked up in the roster.
_CAPS_WORD = re.compile(r"\b[A-ZÅÄÖ]{3,}\b")


@functools.lru_cache(maxsize=8192)
def _initials_forms(name: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """NAME's abbreviations, each with the words that must stand right after it: the
    initials of all its words ("RUMM"), or of the words before its last one or two, those
    then written out ("RUM Malmö" for "Riksförbundet Unga Musikanter Malmö")."""
    words = [w for w in _WORD.findall(name) if w.lower() not in _CONNECTOR]
    out = []
    for cut in range(len(words), max(len(words) - 3, 0), -1):
        initials = "".join(w[0] for w in words[:cut]).upper()
        if len(initials) >= (_MIN_INITIALS if cut < len(words) else _MIN_BARE_INITIALS):
            out.append((initials, tuple(w.lower() for w in words[cut:])))
    return tuple(out)


def _by_initials(roster: Sequence[RosterEntry], text: str) -> RosterEntry | None:
    """The association written by its initials in capitals, the rest of its name right
    after them ("Svarar för RUM Malmö", "KFUM"): one roster name only; the match is by
    name, so a person confirms it."""
    caps = set(_CAPS_WORD.findall(text))
    if not caps:
        return None
    toks = _WORD.findall(text)
    hits: dict[int, RosterEntry] = {}
    for entry in roster:
        for initials, rest in _initials_forms(entry.name):
            if initials not in caps:
                continue
            for i, t in enumerate(toks):
                after = [x.lower() for x in toks[i + 1:i + 1 + len(rest)]]
                if t == initials and len(after) == len(rest) and all(
                        fuzz.ratio(a, w) >= _TOKEN_SCORE for a, w in zip(after, rest,
                                                                           strict=True)):
                    hits[entry.id] = entry
                    break
    return next(iter(hits.values())) if len(hits) == 1 else None


# Words of a registered name that say only what kind of body it is: a name said shorter
# keeps its own word ("Newroz ungdomsförening" for "Kurdiska Ungdomsföreningen Newroz").
_GENERIC_NAME_WORD = re.compile(
    r"^(?:förening\w*|\w*föreningen|\w*förening|klubb\w*|\w*klubben|\w*klubb|sällskap\w*"
    r"|malmö|i|och|för|av|de|den|det|the|of|and|club|association|society)$", re.I)


def _by_name_said_short(roster: Sequence[RosterEntry], text: str) -> RosterEntry | None:
    """The association whose name is written shorter or in another order, the way people
    say it: all words of the name but one, next to each other in one line in any order
    (each a little misspelt at most), one of them a word no other roster name has. Asked
    only when nothing else matched; the match is by name, so a person confirms it."""
    lines = [_WORD.findall(ln.lower()) for ln in text.splitlines()]
    lines = [ln for ln in lines if len(ln) >= 2]
    if not lines:
        return None
    counts: dict[str, int] = {}
    words_of = {}
    for entry in roster:
        words = list(dict.fromkeys(_WORD.findall(entry.name.lower())))
        words_of[entry.id] = words
        for w in words:
            counts[w] = counts.get(w, 0) + 1
    hits: list[RosterEntry] = []
    for entry in roster:
        words = words_of[entry.id]
        own = [w for w in words if counts[w] == 1 and len(w) >= 5
               and not _GENERIC_NAME_WORD.match(w)]
        if len(words) < 3 or not own:
            continue
        need = len(words) - 1
        # "Rytm & Rörelse" for "Malmö Dansförening Rytm & Rörelse": the name's own words
        # alone (two or more), every word that only says what kind of body it is left out
        kept = [w for w in words if not _GENERIC_NAME_WORD.match(w)]
        runs = {need, len(kept)} if len(kept) >= 2 else {need}
        for toks in lines:
            if any(_said_together(words if n == need else kept, own, toks[i:i + n])
                   for n in runs for i in range(len(toks) - n + 1)):
                hits.append(entry)
                break
    return hits[0] if len(hits) == 1 else None


def _said_together(words: Sequence[str], own: Sequence[str], run: Sequence[str]) -> bool:
    """Is every token of RUN a different word of the name, one of them its own word?"""
    left = list(words)
    for t in run:
        w = next((w for w in left if fuzz.ratio(w, t) >= _TOKEN_SCORE), None)
        if w is None:
            return False
        left.remove(w)
    return any(w not in left for w in own)


def forwarded_senders(msg: DecodedMessage) -> list[str]:
    """Who wrote the mail this one forwards: attached mails' senders and the sender in an
    inline forward's header block (any language)."""
    found = [a for inner in msg.embedded for a in [inner.from_addr] if a]
    inline = forwarded_sender(msg.text, forward_subject=is_forward_subject(msg.subject or ""))
    return found + find_addresses(inline or "")


def coordinator_set(addresses: Sequence[str]) -> set[str]:
    return {a for a in (normalize_address(x) for x in addresses) if a}
