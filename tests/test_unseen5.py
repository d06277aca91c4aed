"""The fifth corpus of unseen mail (tests/data/unseen5, built by tests/data/make_unseen5.py):
forms and messy attachments - Word content controls, form fields and check boxes, merged
cells, placeholders, filled AcroForm PDFs, two-column and two-page PDFs, XLSX merged cells,
comments and dropdowns, and mails with logos, unrelated PDFs, zips, cp1252 text and
forwarded mails. Every field of every mail is checked."""

from __future__ import annotations

import pytest
from corpus import DATA, Setup, check_full_record, expected, params, setup

DATA_FOLDER = "unseen5"
EXPECTED = expected(DATA_FOLDER)
# Cases the parsers do not get right yet, with the reason (strict: a fix must remove them).
XFAIL: dict[str, str] = {}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Setup:
    return setup(DATA_FOLDER, tmp_path_factory.mktemp(DATA_FOLDER))


@pytest.mark.parametrize("name", params(EXPECTED, XFAIL))
def test_unseen5_message(corpus: Setup, name: str) -> None:
    check_full_record(corpus, DATA_FOLDER, name, EXPECTED[name])


def test_corpus_is_complete() -> None:
    files = {p.name for p in (DATA / DATA_FOLDER).glob("*.eml")}
    assert files == set(EXPECTED)
    assert len(files) >= 25


@pytest.mark.parametrize(
    "name", sorted(n for n, w in EXPECTED.items() if w.get("no_problems") and n not in XFAIL)
)
def test_unseen5_no_problems(corpus: Setup, name: str) -> None:
    """A logo or an unrelated document next to the answers is no problem for a person."""
    from svarsinkorg.pipeline import parse_message

    parsed = parse_message((DATA / DATA_FOLDER / name).read_bytes(), corpus.survey,
                           corpus.roster)
    assert parsed.problems == []
