"""Which of two places counts, when the association's own words say so: answers written in
the mail and again in an attached file ("det är den versionen som gäller", "the attached
version is the final one"), or a file the mail takes back ("bortse från bilagan, svaren i
mejlet gäller"). Without such words the most complete answer wins (pipeline.combine)."""

from __future__ import annotations

import re
from typing import Literal

from .text import normalize_ws, split_sentences

Source = Literal["attachment", "body"]

# the file: a noun for it or the verb that sends it ("bifogat", "the attached")
_FILE = (r"(?:bifoga\w*|bilag\w*|dokument\w*|\w*filen|fil|word\w*|pdf\w*|excel\w*"
         r"|kalkylark\w*|attach\w*|document\w*|file|spreadsheet)")
# the mail's own text: "här i mejlet", "det jag skriver här", "this e-mail", "the text above"
_MAIL = (r"(?:mejl(?:et)?|mail(?:et)?|e-?post(?:en)?|meddelandet|texten\s+(?:här|ovan|nedan)"
         r"|(?:skriver|skrivit|står)\s+här|this\s+(?:e-?mail|mail|message)|the\s+(?:e-?mail"
         r"|mail|message)(?:\s+(?:text|body))?|(?:written|typed)\s+(?:here|above|below))")
# ... is the one that counts: "gäller", "räknas", "ska användas", "den slutliga versionen",
# "counts", "is the final", "takes precedence"
_COUNTS = (r"(?:(?<!inte\s)(?<!ej\s)\bgäller\b|\bräknas\b|\bska\s+(?:användas|gälla)\b"
           r"|\butgå\s+från\b|\bdet\s+rätta\b"
           r"|\b(?:slutlig\w*|slutgiltig\w*|senaste|rätta|korrekta|uppdaterade|aktuella"
           r"|fullständiga)\s+(?:version\w*|svar\w*)"
           r"|(?<!not\s)(?<!n't\s)\b(?:counts|applies|stands|is\s+valid)\b"
           r"|\b(?:final|latest|correct|updated|official|complete)\s+(?:one|version|answers?)\b"
           r"|\btakes?\s+precedence\b|\bsupersedes?\b|\bplease\s+use\b)")
# the file taken back: "bortse från bilagan", "ignore the attachment", "filen är gammal"
_DROP = r"(?:bortse\s+från|strunta\s+i|glöm|ignore|disregard)"
_STALE = (r"(?:gammal|gamla|fel|inaktuell\w*|felaktig\w*|old|outdated|wrong|out\s+of\s+date"
          r"|an\s+earlier\s+draft|ett\s+tidigare\s+utkast)")

_FILE_DROPPED = re.compile(
    rf"\b{_DROP}\s+(?:\w+\s+){{0,3}}{_FILE}\b"
    rf"|\b{_FILE}\s+(?:\w+\s+){{0,4}}(?:är|var|is|was)\s+(?:\w+\s+){{0,2}}{_STALE}\b", re.I)
_FILE_WORD = re.compile(rf"\b{_FILE}\b", re.I)
_MAIL_WORD = re.compile(rf"\b{_MAIL}\b", re.I)
_COUNTS_WORD = re.compile(_COUNTS, re.I)
# a sentence about which version of the answers counts, not a policy "som gäller alla"
_NOT_AFTER = re.compile(r"\s+(?:inte|ej|not|längre\s+inte)\b", re.I)
_VERSION = re.compile(r"\b(?:svar\w*|version\w*|answers?|responses?|replies|text\w*)\b", re.I)


def _place_said_in(sentence: str) -> Source | None:
    """The place SENTENCE says counts ("body" also where it takes the file back), or None."""
    if _FILE_DROPPED.search(sentence):
        return "body"
    if not _VERSION.search(sentence):
        return None
    verb = _COUNTS_WORD.search(sentence)
    if verb is None or _NOT_AFTER.match(sentence, verb.end()):
        return None  # "bilagan gäller inte längre": taken back, said no clearer than that
    # the place named last before "gäller" ("... i dokumentet som är bifogat, så det är
    # den versionen som gäller"), else the first after it ("please use the attached ...")
    places = [(m.end(), "attachment") for m in _FILE_WORD.finditer(sentence, 0, verb.start())]
    places += [(m.end(), "body") for m in _MAIL_WORD.finditer(sentence, 0, verb.start())]
    if places:
        return max(places)[1]  # type: ignore[return-value]
    after = [(m.start(), "attachment") for m in _FILE_WORD.finditer(sentence, verb.end())]
    after += [(m.start(), "body") for m in _MAIL_WORD.finditer(sentence, verb.end())]
    return min(after)[1] if after else None  # type: ignore[return-value]


def source_said_to_count(own_text: str | None) -> Source | None:
    """"attachment" or "body" when the association's own words (the quote already cut
    away) say which of the two versions counts; None when they do not, or say both."""
    text = normalize_ws(own_text)
    if not text or not _FILE_WORD.search(text):
        return None
    said = {s for s in (_place_said_in(x) for x in split_sentences(text)) if s is not None}
    return said.pop() if len(said) == 1 else None


# Which language a part's answers are written in, by its small words: the same answers sent
# twice, a version in Swedish and one in English ("ni får båda versionerna"), count in the
# survey's language. Only the words that exist in one language alone are counted.
_SV_WORDS = frozenset([
    "och", "att", "det", "som", "är", "vi", "för", "med", "på", "av", "till", "inte", "har",
    "de", "den", "om", "kan", "vår", "våra", "vårt", "också", "eller", "från", "när", "där",
    "här", "hur", "vilka", "ett", "en", "ni", "många", "mycket", "efter"])
_EN_WORDS = frozenset([
    "the", "and", "to", "of", "we", "is", "are", "for", "with", "that", "our", "have",
    "not", "from", "when", "where", "here", "how", "which", "a", "an", "you", "many",
    "much", "also", "or", "but", "they", "this", "who", "their"])
_WORD = re.compile(r"[^\W\d_]+")


def written_in(text: str) -> str | None:
    """"sv" or "en" when TEXT's small words are clearly of one of them (eight at least, and
    three times the other's), else None: a short or mixed text has no sure language."""
    words = [w.lower() for w in _WORD.findall(text)]
    sv = sum(w in _SV_WORDS for w in words)
    en = sum(w in _EN_WORDS for w in words)
    if sv + en < 8:
        return None
    if sv >= 3 * en:
        return "sv"
    if en >= 3 * sv:
        return "en"
    return None
