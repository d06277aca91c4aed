"""The fourth corpus of unseen mail (tests/data/unseen4, built by tests/data/make_unseen4.py):
messy real-world plain-text replies - typos in labels, partial and reordered answers, merged
questions, yes/no inside sentences, corrections, flowed/wrapped/QP/CRLF bodies, HTML behind
an empty plain part and ASCII tables. Every field of every mail is checked."""

from __future__ import annotations

import pytest
from corpus import DATA, Setup, check_full_record, expected, params, setup

DATA_FOLDER = "unseen4"
EXPECTED = expected(DATA_FOLDER)
# Cases the parsers do not get right yet, with the reason (strict: a fix must remove them).
XFAIL: dict[str, str] = {}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Setup:
    return setup(DATA_FOLDER, tmp_path_factory.mktemp(DATA_FOLDER))


@pytest.mark.parametrize("name", params(EXPECTED, XFAIL))
def test_unseen4_message(corpus: Setup, name: str) -> None:
    check_full_record(corpus, DATA_FOLDER, name, EXPECTED[name])


def test_corpus_is_complete() -> None:
    files = {p.name for p in (DATA / DATA_FOLDER).glob("*.eml")}
    assert files == set(EXPECTED)
    assert len(files) >= 30
