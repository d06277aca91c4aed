"""Hostile shapes that made a regex backtrack for seconds or minutes (a run of 50,000
spaces in a line, thousands of blank lines in a bounce) parse at once. A hang fails the
test by an alarm of its own, never by a timing assertion."""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from helpers import alarm_guard, make_config, reply

from svarsinkorg.intake.addresses import find_addresses
from svarsinkorg.pipeline import parse_message

SPACES = " " * 50_000


@pytest.fixture(autouse=True)
def _guard():
    with alarm_guard(20, "a pattern backtracked for 20 s: catastrophic again"):
        yield


@pytest.fixture
def parse(tmp_path):
    config = make_config(tmp_path)
    return lambda raw: parse_message(raw, config.survey, [], config.limits)


def _bounce(body: str) -> bytes:
    m = EmailMessage()
    m["From"] = "MAILER-DAEMON@mx1.example.se"
    m["To"] = "samordnare@xn--malm-8qa.se"
    m["Subject"] = "Mail delivery failed: returning message to sender"
    m.set_content(body)
    return bytes(m)


@pytest.mark.parametrize("line", [
    "a" + SPACES + "b:",  # _TRAILING_DASH, quote_headers' label line
    "Vi är en förening /Ali" + SPACES + "x",  # _SLASH_NAME_END
    "Vi är" + SPACES + "-x",
    "Vi har" + SPACES + "| x",  # a table row's closing pipe
])
def test_a_line_with_50k_spaces_parses_and_keeps_the_answers(parse, line):
    p = parse(reply(f"1. Vi tränar fotboll.\n\n{line}\n\n2. Ja\n\n3. Läxhjälp.\n\n4. Lokaler.\n"))
    assert p.kind == "reply"
    assert p.answers["about"]["value"].startswith("Vi tränar fotboll.")
    assert p.answers["works_against_segregation"]["value"] is True
    assert p.answers["how"]["value"] == "Läxhjälp."
    assert p.answers["obstacles_opportunities"]["value"] == "Lokaler."


@pytest.mark.parametrize("blank", ["\n", " \n", "\t\n"])
def test_a_bounce_of_5k_blank_lines_parses_and_names_the_address(parse, blank):
    p = parse(_bounce("<kontakt@latinhuset-malmo.se>: 550 5.1.1 User unknown\n"
                      + blank * 5000 + "Send a mail to postmaster for help.\n"))
    assert p.kind == "bounce"
    assert p.bounced_addresses == ["kontakt@latinhuset-malmo.se"]


def test_a_long_word_without_an_at_is_no_address_and_one_with_is():
    assert find_addresses("a" * 100_000) == []
    assert find_addresses("skriv till " + "a" * 50_000 + " eller per@hyllieif.se") == [
        "per@hyllieif.se"]


def test_a_run_on_line_read_as_an_answer_is_checked_at_once(parse):
    # a yes/no label with 20,000 words after it: the left-over check must not go quadratic
    p = parse(reply("Segregation " + "nej " * 20_000 + "\n"))
    assert p.kind == "reply"
    assert p.answers["works_against_segregation"]["value"] is False
