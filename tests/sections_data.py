"""The roster and the mails the tests of one writer's mail for several associations share
(tests/test_several_associations.py: the matcher and the reader; tests/
test_sections_per_association.py: each association's record, review and assign): a section
per association in the body (Swedish and English heads), one attached file per association,
and the answers each section holds."""

from __future__ import annotations

from email.message import EmailMessage

from svarsinkorg.intake.match import RosterEntry

ROSTER = [
    RosterEntry(1, "Hyllie IF", ("kansli@hyllieif.se",)),
    RosterEntry(2, "Schackklubben Löparen", ("loparen.schack@gmail.com",)),
    RosterEntry(3, "Bridgeklubben Sang", ("sang.bridge@telia.com",)),
    RosterEntry(4, "Lund Chess Club", ("info@lundchess.org",)),
    RosterEntry(5, "Lund Walking Group", ("walk.lund@gmail.com",)),
]
COORD = {"samordnare@malmö.se"}
# The first three of ROSTER as a roster file, for a real import.
CSV = ("name,email,org_number\nSchackklubben Löparen,loparen.schack@gmail.com,802400-1111\n"
       "Bridgeklubben Sang,sang.bridge@telia.com,802400-2222\n"
       "Hyllie IF,kansli@hyllieif.se,802400-3333\n")

TWO_SECTIONS_SV = """Hej!

Jag sitter i styrelsen för båda klubbarna, så här kommer svaren i ett mejl.

*** Schackklubben Löparen ***

1. Vi spelar schack varje tisdag i Väster, ett fyrtiotal medlemmar i alla åldrar.
2. Ja
3. Vi har gratis nybörjarkurser på biblioteket och spelar mot klubbar i andra stadsdelar.
4. Lokalen är för liten. Många unga vill lära sig.

*** Bridgeklubben Sang ***

1. Vi spelar bridge två kvällar i veckan, mest pensionärer.
2. Nej
3. Det har inte blivit så, vi är få och har svårt att hitta nya.
4. Vi behöver fler lärare.

Hälsningar
Kerstin
"""

TWO_SECTIONS_EN = """Hello,

I chair both clubs, so here are the answers for both.

LUND CHESS CLUB

1. We play chess every Monday in the library, about thirty members of all ages.
2. Yes
3. Free lessons for beginners and matches against clubs in other parts of town.
4. We need a bigger room. Many young people want to learn.

LUND WALKING GROUP (written down after a call with our chair)

1. We walk together every Sunday morning, mostly retired people.
2. No
3. It has not come up, we are few and rarely meet new people.
4. We need more leaders.

Best regards
Sam
"""

# What each section of TWO_SECTIONS_SV answers, by question key.
SANG = {"about": "Vi spelar bridge två kvällar i veckan, mest pensionärer.",
        "works_against_segregation": False,
        "how": "Det har inte blivit så, vi är få och har svårt att hitta nya.",
        "obstacles_opportunities": "Vi behöver fler lärare."}
LOPAREN = {"about": "Vi spelar schack varje tisdag i Väster, ett fyrtiotal medlemmar i alla "
                    "åldrar.",
           "works_against_segregation": True,
           "how": "Vi har gratis nybörjarkurser på biblioteket och spelar mot klubbar i andra "
                  "stadsdelar.",
           "obstacles_opportunities": "Lokalen är för liten. Många unga vill lära sig."}


def files_mail(sender: str = "kerstin.berg@gmail.com") -> bytes:
    """One mail, one attached file per association, named after it."""
    m = EmailMessage()
    m["From"] = f"Kerstin <{sender}>"
    m["To"] = "samordnare@xn--malm-8qa.se"
    m["Subject"] = "Enkätsvar"
    m["Date"] = "Fri, 10 Jan 2020 12:00:00 +0100"
    m.set_content("Hej! Jag bifogar svaren för båda klubbarna, en fil för varje.\n\nKerstin\n")
    for name, how in (("Schackklubben_Loparen_svar.txt", "Vi har gratis kurser för nybörjare."),
                      ("Bridgeklubben-Sang-svar.txt", "Vi bjuder in grannar till spelkvällar.")):
        text = (f"1. Vi är en liten klubb med trettio medlemmar.\n\n2. Ja\n\n3. {how}\n\n"
                "4. Lokalen är dyr.\n")
        m.add_attachment(text.encode(), maintype="text", subtype="plain", filename=name)
    return bytes(m)
