"""unseen95's kinds: a lead-in clause counting the ways before they are listed ("Vi jobbar på
tre sätt:") is the answer's own words, no heading left at its start."""

from __future__ import annotations

import pytest
from helpers import CHOIR, OBST_PROSE, codes, extract, values

# --- "Vi jobbar på två sätt:" over the items: a lead-in clause, no heading (a false alarm) -----


@pytest.mark.parametrize(("body", "how"), [
    (f"Hej!\n\nOm oss\n{CHOIR}\n\nSegregation\nJa\n\nHur\nVi arbetar på två olika sätt:\n"
     "Kören är öppen för alla.\nVi sjunger på äldreboenden i hela stan.\n\n"
     f"Hinder och möjligheter\n{OBST_PROSE}\n\nMvh Bo",
     "Vi arbetar på två olika sätt: Kören är öppen för alla. "
     "Vi sjunger på äldreboenden i hela stan."),
    (f"Hi!\n\nAbout us\n{CHOIR}\n\nSegregation\nYes\n\nHow\nWe work in two ways:\n"
     "The choir is open to all.\nWe sing in care homes across town.\n\n"
     f"Obstacles and opportunities\n{OBST_PROSE}\n\nBest, Bo",
     "We work in two ways: The choir is open to all. We sing in care homes across town."),
])
def test_a_lead_in_counting_the_ways_is_no_heading_at_the_start(body: str, how: str) -> None:
    ex = extract(body)
    got = values(ex)
    assert got["works_against_segregation"] is True
    assert got["how"] == how
    assert "heading_at_start" not in codes(ex)


@pytest.mark.parametrize("head", ["Våra två sätt", "Our two ways"])
def test_a_noun_phrase_over_the_items_is_still_a_heading_to_check(head: str) -> None:
    from svarsinkorg.parsers.selfcheck import LEAD_IN_CLAUSE
    assert not LEAD_IN_CLAUSE.match(head + ":")
    for clause in ("Vi jobbar på tre sätt:", "Vi gör det på flera olika sätt:",
                   "We work in two ways:", "We do this in a few ways:"):
        assert LEAD_IN_CLAUSE.match(clause)
    # (unseen110) the writer as subject and a verb make a clause whatever follows: the ways
    # counted were one case of it, a place is another ("Vi jobbar på Möllan: ...")
    assert LEAD_IN_CLAUSE.match("Vi jobbar på Möllan:")
