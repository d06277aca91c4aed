"""Realistic replies the parsers were not written against (tests/data/unseen, built by
tests/data/make_unseen.py): every field of every mail against the record a person wrote."""

from __future__ import annotations

import pytest
from corpus import DATA, KEYS, Setup, expected, norm, params, setup

from svarsinkorg.pipeline import parse_message

DATA_FOLDER = "unseen"
EXPECTED = expected(DATA_FOLDER)
# Cases the parsers do not get right yet, with the reason (strict: a fix must remove them).
XFAIL: dict[str, str] = {}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Setup:
    return setup(DATA_FOLDER, tmp_path_factory.mktemp(DATA_FOLDER))


@pytest.mark.parametrize("name", params(EXPECTED, XFAIL))
def test_unseen_reply(corpus: Setup, name: str) -> None:
    survey, roster, names = corpus.survey, corpus.roster, corpus.names
    want = EXPECTED[name]
    parsed = parse_message((DATA / DATA_FOLDER / name).read_bytes(), survey, roster)
    got = {
        "kind": parsed.kind,
        "association": names.get(parsed.association_id),
        "wants_interview": parsed.wants_interview,
        "answers": {k: norm(parsed.answers.get(k, {}).get("value")) for k in KEYS},
    }
    expected = {
        "kind": want["kind"],
        "association": want["association"],
        "wants_interview": want["wants_interview"],
        "answers": {k: norm(want["answers"][k]) for k in KEYS},
    }
    assert got == expected


def test_corpus_is_complete() -> None:
    files = {p.name for p in (DATA / DATA_FOLDER).glob("*.eml")}
    assert files == set(EXPECTED)
    assert len(files) >= 40
