import datetime as dt
import re
from pathlib import Path

import pytest
from helpers import example_raw

from svarsinkorg.config import ConfigError, load_config, parse_config


def test_example_config_ships_the_malmo_survey():
    cfg = parse_config(example_raw(), Path("/tmp/x/config.toml"))
    assert [q.key for q in cfg.survey.questions] == [
        "about", "works_against_segregation", "how", "obstacles_opportunities"]
    assert cfg.survey.question("works_against_segregation").kind == "yes_no"
    assert cfg.survey.coordinator == ("samordnare@malmö.se",)
    assert cfg.survey.deadline == dt.date(2020, 1, 31)
    assert "Vilka är ni" in cfg.survey.questions[0].text


def test_deadline_is_inclusive_until_midnight_local_time():
    s = parse_config(example_raw()).survey
    stockholm = s.tz
    assert not s.is_late(dt.datetime(2020, 1, 31, 23, 59, 59, tzinfo=stockholm))
    assert s.is_late(dt.datetime(2020, 2, 1, 0, 0, 0, tzinfo=stockholm))
    # 23:30 UTC on the 31st is already 00:30 on 1 February in Stockholm.
    assert s.is_late(dt.datetime(2020, 1, 31, 23, 30, tzinfo=dt.UTC))


def test_relative_sqlite_path_resolves_next_to_the_config_file(tmp_path):
    raw = example_raw()
    raw["store"] = {"url": "sqlite:///intake.db"}
    cfg = parse_config(raw, tmp_path / "config.toml")
    assert cfg.store_url == f"sqlite:///{tmp_path / 'intake.db'}"


@pytest.mark.parametrize(
    ("mutate", "named"),
    [
        (lambda r: r["survey"].pop("deadline"), "survey.deadline"),
        (lambda r: r["survey"].update(deadline="31/1 2020"), "survey.deadline"),
        (lambda r: r["survey"].update(timezone="Europe/Malmoe"), "survey.timezone"),
        (lambda r: r["survey"]["questions"][1].update(kind="scale"), "survey.questions[1].kind"),
        (lambda r: r["survey"]["questions"][2].pop("key"), "survey.questions[2].key"),
        (lambda r: r["survey"].pop("name"), "survey.name"),
        (lambda r: r.update(imap={"port": 993}), "imap.host"),
        (lambda r: r.update(smtp={"host": "x"}), "smtp.from"),
        (lambda r: r.update(limits={"max_pdf_pagez": 3}), "limits.max_pdf_pagez"),
    ],
)
def test_bad_config_fails_fast_naming_the_key(mutate, named):
    raw = example_raw()
    mutate(raw)
    with pytest.raises(ConfigError, match=re.escape(named)):
        parse_config(raw)


def test_missing_config_file_says_what_to_do(tmp_path):
    with pytest.raises(ConfigError, match=r"config\.example\.toml"):
        load_config(tmp_path / "nope.toml")


def test_config_from_environment_variable(tmp_path, monkeypatch):
    from helpers import write_config

    path = write_config(tmp_path)
    monkeypatch.setenv("INTAKE_CONFIG", str(path))
    assert load_config().path == path.resolve()


@pytest.mark.parametrize(
    ("table", "named"),
    [
        ({"limits": {"max_message_bytes": "50MB"}}, "limits.max_message_bytes"),
        ({"limits": {"max_pdf_pages": -1}}, "limits.max_pdf_pages"),
        ({"smtp": {"host": "smtp.malmo.se", "from": "a@b.se", "port": "587"}}, "smtp.port"),
        ({"smtp": {"host": "smtp.malmo.se", "from": "a@b.se", "security": "none"}},
         "smtp.security"),
        ({"smtp": {"host": "smtp.malmo.se", "from": "a@b.se", "password_env": "X",
                   "password_command": "pass x"}}, "password_env and password_command"),
    ],
)
def test_bad_limits_and_smtp_values_are_refused_naming_the_key(table, named):
    raw = example_raw()
    raw.update(table)
    with pytest.raises(ConfigError, match=re.escape(named)):
        parse_config(raw)


def test_clear_text_smtp_is_allowed_to_a_local_relay():
    raw = example_raw()
    raw["smtp"] = {"host": "127.0.0.1", "from": "a@b.se", "security": "none", "port": 2525}
    assert parse_config(raw).smtp.port == 2525
