"""Which place counts: the language a part is written in (parsers/which_source.py)."""

from __future__ import annotations

from svarsinkorg.parsers.which_source import written_in


def test_the_language_a_part_is_written_in():
    assert written_in("Vi är en förening som ordnar läxhjälp för barn och unga i Hermodsdal, "
                      "och vi har ett femtiotal familjer som medlemmar.") == "sv"
    assert written_in("We are an association that arranges homework help for the children "
                      "in Hermodsdal, and we have about fifty families as members.") == "en"
    # too short, or the two mixed: no sure language
    assert written_in("Ja, det gör vi.") is None
    assert written_in("Vi har homework help och the children are welcome för att lära sig "
                      "and we have ett café with the parents och deras barn.") is None
