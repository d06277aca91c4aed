"""`aliases` on a survey question: the words people use as its heading, from the config."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import example_raw

from svarsinkorg.config import ConfigError, parse_config


def _parse(tmp_path: Path, aliases: object) -> object:
    raw = example_raw()
    raw["store"] = {"url": f"sqlite:///{tmp_path / 'x.db'}"}
    raw["survey"]["questions"][0]["aliases"] = aliases
    return parse_config(raw, tmp_path / "config.toml")


def test_aliases_are_read_in_order(tmp_path: Path) -> None:
    cfg = _parse(tmp_path, ["Om oss", "Who we are"])
    assert cfg.survey.questions[0].aliases == ("Om oss", "Who we are")  # type: ignore[attr-defined]


def test_aliases_are_optional(tmp_path: Path) -> None:
    raw = example_raw()
    raw["store"] = {"url": f"sqlite:///{tmp_path / 'x.db'}"}
    for q in raw["survey"]["questions"]:
        q.pop("aliases", None)
    cfg = parse_config(raw, tmp_path / "config.toml")
    assert all(q.aliases == () for q in cfg.survey.questions)


def test_the_example_config_has_aliases(tmp_path: Path) -> None:
    raw = example_raw()
    raw["store"] = {"url": f"sqlite:///{tmp_path / 'x.db'}"}
    cfg = parse_config(raw, tmp_path / "config.toml")
    assert "Om oss" in cfg.survey.questions[0].aliases


@pytest.mark.parametrize("bad", ["Om oss", [""], [3]])
def test_bad_aliases_are_a_clear_error(tmp_path: Path, bad: object) -> None:
    with pytest.raises(ConfigError, match="aliases"):
        _parse(tmp_path, bad)
