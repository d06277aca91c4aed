"""The third corpus of unseen mail (tests/data/unseen3, built by tests/data/make_unseen3.py):
threads (reminders, follow-up questions, earlier replies quoted), colleague forwards,
HTML-only mail from real clients and unusual numbering and languages. Every field of every mail is
checked against the record a person wrote."""

from __future__ import annotations

import pytest
from corpus import DATA, Setup, check_full_record, expected, params, setup

DATA_FOLDER = "unseen3"
EXPECTED = expected(DATA_FOLDER)
# Cases the parsers do not get right yet, with the reason (strict: a fix must remove them).
XFAIL: dict[str, str] = {
    "01_reminder_reply_private_address.eml": (
        "private address, no roster ref in this corpus: the association is named only in the "
        "quoted reminder greeting, and quoted text is deliberately not used for matching"
    ),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Setup:
    return setup(DATA_FOLDER, tmp_path_factory.mktemp(DATA_FOLDER))


@pytest.mark.parametrize("name", params(EXPECTED, XFAIL))
def test_unseen3_message(corpus: Setup, name: str) -> None:
    check_full_record(corpus, DATA_FOLDER, name, EXPECTED[name])


def test_corpus_is_complete() -> None:
    files = {p.name for p in (DATA / DATA_FOLDER).glob("*.eml")}
    assert files == set(EXPECTED)
    assert len(files) >= 30
