"""Which roster associations an unmatched reply may be from: the safety net under the
matcher (issue 9, "nothing vanishes").

The matcher (`match.py`) ties a mail to one association only when it is sure. A reply it
cannot tie ("Hej! Här kommer svar från Kurdiska Ungdomsföreningen Newroz" from a private
Gmail address, the roster saying "Kurdiska Föreningen Newroz") would otherwise leave the
association's record looking unanswered, and a reminder would go to an association that
answered. Here the evidence is looser, because it only asks a person: a roster name said
(fuzzily) in the mail's own text, its subject or the sender's display name, or a word that
only one roster name has ("Newroz") written as a name in the text, or found in the
sender's display name, subject or address (newroz.malmo@gmail.com, info@korenharmoni.se).
Pure and cheap: only unmatched replies are read so, once each."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from ..model import RosterEntry
from .match import name_variants, per_roster, token_score

# Looser than the matcher's 92: "Kurdiska Ungdomsföreningen Newroz" for "Kurdiska Föreningen
# Newroz" scores ~86. Only for names of 12 characters or more (short ones collide).
_MAYBE_SCORE = 85
_MIN_FUZZY_LEN = 12
_MIN_WORD_LEN = 5
# A mail naming more than this many associations is a list (a newsletter, a partner
# round-up), not one association's signature: it holds no one.
_MAX_CANDIDATES = 4
# Words many names share, or that say nothing of which association it is.
_GENERIC = frozenset(str.split("""
förening föreningen föreningens föreningar forening foreningen malmö malmo malmös
idrottsförening idrottsföreningen idrottsklubb idrottsklubben sällskap sällskapet
kulturförening kulturföreningen klubb klubben club sweden sverige svenska svensk
ungdom ungdomar ungdomsförening ungdomsföreningen riksförbund förbund förbundet
studieförbund distrikt region skåne skånes stad staden kommun kommunen
"""))
_GENERIC_FOLDED = frozenset(
    "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))
    for w in _GENERIC)
# Mail providers' domains say nothing of who writes: their local part may.
_WEBMAIL = frozenset(str.split("""
gmail googlemail hotmail outlook live msn yahoo icloud me mac aol telia comhem bredband
bahnhof tele2 spray passagen protonmail proton pm gmx mail post yandex zoho web
"""))
_WORD = re.compile(r"\w+")
_CAP_WORD = re.compile(r"\b[A-ZÅÄÖÉÜ]\w+")


def fold(s: str) -> str:
    """Lower case without diacritics: an address has no å ("solve" for "Sölve")."""
    nfkd = unicodedata.normalize("NFKD", s.casefold())
    return "".join(c for c in nfkd if not unicodedata.combining(c))


@dataclass(frozen=True)
class _Roster:
    variants: dict[str, tuple[RosterEntry, ...]]  # name variant (lower) -> entries
    distinctive: dict[str, RosterEntry]  # folded word only one roster name has -> entry


_CACHE: list[tuple[Sequence[RosterEntry], int, _Roster]] = []


def _roster(roster: Sequence[RosterEntry]) -> _Roster:
    return per_roster(_CACHE, roster, _make_roster)


def _make_roster(roster: Sequence[RosterEntry]) -> _Roster:
    variants: dict[str, list[RosterEntry]] = {}
    owners: dict[str, set[int]] = {}
    by_id = {e.id: e for e in roster}
    for e in roster:
        for v in name_variants(e.name):
            variants.setdefault(v, []).append(e)
        for w in {fold(w) for w in _WORD.findall(e.name)}:
            owners.setdefault(w, set()).add(e.id)
    distinctive = {w: by_id[next(iter(ids))] for w, ids in owners.items()
                   if len(ids) == 1 and len(w) >= _MIN_WORD_LEN and w not in _GENERIC_FOLDED
                   and not w.isdigit()}
    return _Roster({v: tuple(es) for v, es in variants.items()}, distinctive)


def _sender_places(from_name: str, from_addr: str) -> list[str]:
    """The display name, and the address's local part and (a provider's aside) domain
    labels as words: "newroz.malmo@gmail.com" -> "newroz malmo"."""
    out = [from_name.strip()] if from_name and "@" not in from_name else []
    local, _, domain = (from_addr or "").rpartition("@")
    if local:
        out.append(re.sub(r"[._+\-\d]+", " ", local).strip())
    labels = [x for x in domain.split(".")[:-1] if x and x not in _WEBMAIL]
    out.extend(re.sub(r"[-\d]+", " ", x).strip() for x in labels)
    return [x for x in out if x]


def _fuzzy_named(made: _Roster, places: Sequence[str]) -> set[int]:
    """Roster names said, a little differently, in PLACES (lines, the subject, the
    display name): partial score 85 for names of 12 characters or more, or every word of
    the name in a row, each a little misspelt (match.token_score)."""
    found: set[int] = set()
    long_names = [v for v in made.variants if len(v) >= _MIN_FUZZY_LEN]
    for place in places:
        low = place.lower()
        if len(low) < 4:
            continue
        for v, _, _ in process.extract(low, long_names, scorer=fuzz.partial_ratio,
                                       score_cutoff=_MAYBE_SCORE, limit=None):
            # partial_ratio slides the shorter over the longer: a short line ("malmö")
            # inside a long name says nothing; the line must hold most of the name
            if len(low) + 4 >= len(v) or token_score(v, low) >= _MAYBE_SCORE:
                found.update(e.id for e in made.variants[v])
    return found


def _words_named(made: _Roster, sender: Sequence[str], own_text: str,
                 subject: str) -> set[int]:
    """A word only one roster name has: in the sender's places (as a word or inside a
    compound: korenharmoni), in the subject as a word, or in the text written as a name,
    capitalised ("svar från Newroz", "1. Grannkraft är en förening ..."). A sentence's
    first word is capitalised anyway ("Harmoni mellan grupperna ..."), so this may name
    one too many: only a person is asked, about a mail that waits for one anyway."""
    found: set[int] = set()
    sender_toks = {fold(t) for place in sender for t in _WORD.findall(place)}
    subject_toks = {fold(t) for t in _WORD.findall(subject)}
    for w, e in made.distinctive.items():
        if w in sender_toks or w in subject_toks \
                or (len(w) >= 6 and any(w in t for t in sender_toks)):
            found.add(e.id)
    for m in _CAP_WORD.finditer(own_text):
        w = fold(m.group())
        e = made.distinctive.get(w)
        if e is not None:
            found.add(e.id)
        else:
            found.update(x.id for x in _clipped(made, w))
    return found


# A definite or genitive ending on a clipped word ("Matkoopet", "Koopets").
_ENDING = re.compile(r"(?:ets|ens|et|en|s)$")
_MIN_CLIPPED = 6


def _clipped(made: _Roster, word: str) -> list[RosterEntry]:
    """The roster names whose own long word WORD (folded) says shorter, the way a compound
    is clipped in speech ("Matkoopet" for "Matkooperativ", "Seglarsällsk." for
    "Seglarsällskap"), or inflected ("Kooperativets"): its stem (a definite or genitive
    ending off) starts the roster word, is 6 letters or more and at least half of it."""
    stem = _ENDING.sub("", word) if len(word) > _MIN_CLIPPED + 1 else word
    # a word any name may hold is no clipped name ("Föreningens svar" is not
    # "Föreningsgården")
    if len(stem) < _MIN_CLIPPED or word in _GENERIC_FOLDED or stem in _GENERIC_FOLDED:
        return []
    return [e for d, e in made.distinctive.items()
            if d.startswith(stem) and 2 * len(stem) >= len(d)]


def maybe_from(roster: Sequence[RosterEntry], own_text: str, subject: str,
               from_name: str, from_addr: str) -> tuple[int, ...]:
    """The roster associations (ids, roster order) an UNMATCHED reply may be from, by its
    own text (OWN_TEXT: above the quoted original, no ">" lines), SUBJECT and sender. None
    when it names more than four (a list, not a signature)."""
    if not roster:
        return ()
    made = _roster(roster)
    lines = [ln.strip(" >*_\t") for ln in own_text.splitlines()]
    lines = [ln for ln in lines if ln]
    sender = _sender_places(from_name, from_addr)
    found = _fuzzy_named(made, [subject, *(x for x in sender[:1]), *lines])
    found |= _words_named(made, sender, "\n".join(lines), subject or "")
    if not found or len(found) > _MAX_CANDIDATES:
        return ()
    return tuple(e.id for e in roster if e.id in found)
