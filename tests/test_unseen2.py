"""The second corpus of unseen mail (tests/data/unseen2, built by tests/data/make_unseen2.py):
answers in attachments laid out the way people really do it, bounces from several mail
servers, automatic replies and the harder matching cases. Every field of every mail is
checked against the record a person wrote."""

from __future__ import annotations

import pytest
from corpus import DATA, Setup, check_full_record, expected, params, setup

DATA_FOLDER = "unseen2"
EXPECTED = expected(DATA_FOLDER)
# Cases the parsers do not get right yet, with the reason (strict: a fix must remove them).
XFAIL: dict[str, str] = {}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Setup:
    return setup(DATA_FOLDER, tmp_path_factory.mktemp(DATA_FOLDER))


@pytest.mark.parametrize("name", params(EXPECTED, XFAIL))
def test_unseen2_message(corpus: Setup, name: str) -> None:
    check_full_record(corpus, DATA_FOLDER, name, EXPECTED[name])


def test_corpus_is_complete() -> None:
    files = {p.name for p in (DATA / DATA_FOLDER).glob("*.eml")}
    assert files == set(EXPECTED)
    assert len(files) >= 40
