"""A mailing list's footer ("Vill du inte ha fler utskick? Svara med AVREGISTRERA.") tells the
list's own readers how to leave: said in an association's newsletter it is no request for
fewer reminders, so the newsletter stays a mail about something else."""

from __future__ import annotations

import pytest
from helpers import example_raw, reply

from svarsinkorg.config import parse_config
from svarsinkorg.intake.match import RosterEntry
from svarsinkorg.parsers.cues import asks_to_opt_out
from svarsinkorg.pipeline import parse_message

ROSTER = [RosterEntry(1, "Hyllie IF", ("kansli@hyllieif.se",))]


@pytest.mark.parametrize(("text", "asks"), [
    ("Vill du inte ha fler utskick? Svara med AVREGISTRERA.", False),
    ("Om du inte vill ha fler mejl, klicka här för att avregistrera dig.", False),
    ("If you no longer wish to receive these e-mails, unsubscribe here.", False),
    ("Vi vill inte ha fler påminnelser, tack.", True),
    ("Snälla, ta bort oss från utskicket.", True),
    ("Please unsubscribe us, we are closing down.", True),
])
def test_a_list_footer_asks_nothing_of_the_coordinator(text, asks):
    assert asks_to_opt_out(text) is asks


@pytest.mark.parametrize("footer", [
    "Vill du inte ha fler utskick? Svara med AVREGISTRERA.",
    "Vill ni inte ha våra nyhetsbrev? Klicka här för att avregistrera er.",
])
def test_an_associations_own_newsletter_is_other_mail(tmp_path, footer):
    survey = parse_config(example_raw() | {"store": {"url": "sqlite://"}},
                          tmp_path / "c.toml").survey
    raw = reply("Hej alla vänner till Hyllie IF!\n\nVårens innebandyläger blir 14-16 mars i Hyllie "
                "sporthall. Alla åldrar, ingen anmälan.\n\nVarmt välkomna!\nHyllie IF\n\n"
                f"{footer}\n",
                subject="Inbjudan: Vårläger i innebandy", threaded=False)
    p = parse_message(raw, survey, ROSTER)
    assert p.kind == "other"
    assert not p.reasons
