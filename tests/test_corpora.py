"""Every corpus in tests/corpora/ (tests/corpora/README.md), field by field: each mail parsed
alone against the record a person wrote, and - where truth.json has "associations" - each
association's record after a real import and JSON export. A corpus dropped into the folder
is tested with no code change."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from corpus import (
    Corpus,
    Setup,
    association_params,
    check_message,
    corpus_params,
    message_params,
    norm,
    setup,
    unmarked_params,
)

from svarsinkorg import service


@pytest.fixture(scope="module")
def setups(tmp_path_factory: pytest.TempPathFactory) -> Callable[[Corpus], Setup]:
    made: dict[str, Setup] = {}

    def get(corpus: Corpus) -> Setup:
        if corpus.name not in made:
            made[corpus.name] = setup(corpus, tmp_path_factory.mktemp(corpus.name))
        return made[corpus.name]

    return get


@pytest.mark.parametrize(("corpus", "message"), message_params())
def test_message(setups: Callable[[Corpus], Setup], corpus: Corpus,
                 message: dict[str, Any]) -> None:
    check_message(setups(corpus), corpus, message)


@pytest.mark.parametrize(("corpus", "message"), unmarked_params(message_params()))
def test_message_never_silently_wrong(setups: Callable[[Corpus], Setup], corpus: Corpus,
                                      message: dict[str, Any]) -> None:
    """The trust rule, on every mail, known misses included: a field that comes out wrong
    must come with a review reason, so the coordinator is told to look."""
    try:
        check_message(setups(corpus), corpus, message)
    except AssertionError as wrong:
        assert not str(wrong).startswith("SILENT"), str(wrong)


@pytest.mark.parametrize(("corpus", "message"), message_params(only="must_not_flag"))
def test_not_flagged(setups: Callable[[Corpus], Setup], corpus: Corpus,
                     message: dict[str, Any]) -> None:
    """No review reason at all: e.g. a logo or an unrelated document next to the answers is
    no problem for a person."""
    from svarsinkorg.pipeline import parse_message

    s = setups(corpus)
    assert parse_message(corpus.raw(message), s.survey, s.roster).problems == []


@pytest.mark.parametrize("corpus", corpus_params())
def test_corpus_is_complete(corpus: Corpus) -> None:
    """Every mail in messages/ has a truth entry and every entry a mail; associations, when
    given, are one per roster row in roster order."""
    files = {f"messages/{p.name}" for p in (corpus.folder / "messages").glob("*.eml")}
    named = [m["file"] for m in corpus.messages]
    assert files == set(named)
    assert len(named) == len(set(named))
    if corpus.associations:
        from svarsinkorg.intake.roster import read_roster

        roster = [r.name for r in read_roster(corpus.folder / "roster.csv").rows]
        assert [a["name"] for a in corpus.associations] == roster


# --- per association: a real import and export --------------------------------------------


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Callable[[Corpus], dict[str, Any]]:
    made: dict[str, dict[str, Any]] = {}

    def get(corpus: Corpus) -> dict[str, Any]:
        if corpus.name not in made:
            tmp = tmp_path_factory.mktemp(f"{corpus.name}-export")
            cfg = corpus.config(tmp)
            service.import_roster(cfg, corpus.folder / "roster.csv")
            summary = service.import_paths(cfg, [corpus.folder / "messages"])
            out = tmp / "export.json"
            service.export(cfg, "json", out)
            made[corpus.name] = {"summary": summary,
                                 **json.loads(out.read_text(encoding="utf-8"))}
        return made[corpus.name]

    return get


@pytest.mark.parametrize(
    "corpus", [p for p in corpus_params() if p.values[0].associations]  # type: ignore[union-attr]
)
def test_import_stores_every_message(exported: Callable[[Corpus], dict[str, Any]],
                                     corpus: Corpus) -> None:
    summary = exported(corpus)["summary"]
    assert (summary.stored, summary.failed) == (len(corpus.messages), 0)


@pytest.mark.parametrize(("corpus", "want"), association_params())
def test_association(exported: Callable[[Corpus], dict[str, Any]], corpus: Corpus,
                     want: dict[str, Any]) -> None:
    check_association(exported(corpus), want)


@pytest.mark.parametrize(("corpus", "want"), unmarked_params(association_params()))
def test_association_never_silently_wrong(exported: Callable[[Corpus], dict[str, Any]],
                                          corpus: Corpus, want: dict[str, Any]) -> None:
    """A record that the export gets wrong is marked needs_review, with its reasons."""
    got = {a["association"]: a for a in exported(corpus)["associations"]}[want["name"]]
    try:
        check_association(exported(corpus), want)
    except AssertionError as wrong:
        assert got["needs_review"], f"SILENT: {wrong}"


def check_association(export: dict[str, Any], want: dict[str, Any]) -> None:
    records = {a["association"]: a for a in export["associations"]}
    got = records[want["name"]]
    fields = ("status", "bounced", "wants_interview")
    assert {f: got[f] for f in fields} == {f: want[f] for f in fields}
    keys = sorted(set(got["answers"]) | set(want["answers"]))
    assert {k: norm(got["answers"].get(k)) for k in keys} == {
        k: norm(want["answers"].get(k)) for k in keys}

