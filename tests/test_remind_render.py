"""The reminder's words and headers: the built-in Swedish text, Jinja2 and
string.Template templates (inline or a file), the subject's reference, Reply-To plus
addresses, and how addresses with åäö are written with and without SMTPUTF8."""

from __future__ import annotations

import datetime as dt
import email
from email import policy
from pathlib import Path

import pytest
from helpers import make_config

from svarsinkorg.config import Config
from svarsinkorg.intake.match import reference_in
from svarsinkorg.reminders.render import (
    OPT_OUT_TEXT,
    TemplateError,
    load_template,
    render_reminder,
)
from svarsinkorg.reminders.smtp import build_message

NOW = dt.datetime(2020, 1, 24, 9, 0, tzinfo=dt.UTC)  # a week before 2020-01-31
SMTP = {"host": "127.0.0.1", "from": "Samordnare Åsa Lind <samordnare@malmö.se>"}


def cfg_with(tmp_path: Path, **reminders: object) -> Config:
    base = {"min_days_between": 7, "max_reminders": 2, "rate_per_minute": 30,
            "subject": "Påminnelse: {survey}"}
    return make_config(tmp_path, smtp=dict(SMTP), reminders={**base, **reminders})


def render(cfg: Config, *, name: str = "Föreningen Grannskap Rosengård", ref: str = "K7Q2",
           now: dt.datetime = NOW):
    return render_reminder(cfg, load_template(cfg), association=name, ref=ref, round=1,
                           now=now)


def test_builtin_swedish_text_has_every_placeholder_filled(tmp_path: Path) -> None:
    cfg = cfg_with(tmp_path)
    r = render(cfg)
    assert r.body.startswith("Hej Föreningen Grannskap Rosengård!")
    assert "31 januari 2020 (om 7 dagar)" in r.body
    for q in cfg.survey.questions:
        assert f"{q.number}. {q.text}" in r.body
    assert "Samordnare Åsa Lind" in r.body  # the name from smtp.from
    assert OPT_OUT_TEXT in r.body
    assert "Referens: K7Q2" in r.body
    assert "{{" not in r.body and "$" not in r.body
    assert r.subject == ("Påminnelse: Kartläggning: civilsamhällets arbete mot segregation "
                         "i Malmö [ref: K7Q2]")
    assert reference_in(r.subject) == "K7Q2"
    assert reference_in("SV: Re: " + r.subject) == "K7Q2"  # a reply's subject still matches
    assert r.reply_to is None


def test_wording_near_and_after_the_deadline(tmp_path: Path) -> None:
    cfg = cfg_with(tmp_path)
    assert "(i morgon)" in render(cfg, now=dt.datetime(2020, 1, 30, 9, tzinfo=dt.UTC)).body
    assert "(i dag)" in render(cfg, now=dt.datetime(2020, 1, 31, 9, tzinfo=dt.UTC)).body
    late = render(cfg, now=dt.datetime(2020, 2, 3, 9, tzinfo=dt.UTC)).body
    assert "Sista svarsdagen var 31 januari 2020" in late


def test_coordinator_name_from_config(tmp_path: Path) -> None:
    cfg = make_config(tmp_path, smtp={**SMTP, "coordinator_name": "Karin Berg, Malmö stad"})
    assert "Med vänliga hälsningar\nKarin Berg, Malmö stad" in render(cfg).body


def test_inline_jinja2_template(tmp_path: Path) -> None:
    cfg = cfg_with(tmp_path, template=(
        "Hej {{ association }}!\n{% for q in question_list %}- {{ q }}\n{% endfor %}"
        "{{ days_left }} dagar kvar till {{ deadline_iso }}. /{{ coordinator }}\n"))
    body = render(cfg).body
    assert body.startswith("Hej Föreningen Grannskap Rosengård!\n- Vilka är ni")
    assert "7 dagar kvar till 2020-01-31. /Samordnare Åsa Lind" in body


def test_string_template_file_next_to_the_config(tmp_path: Path) -> None:
    (tmp_path / "paminnelse.txt").write_text(
        "Hej $association!\n\nSvara senast $deadline ($days_left_text).\n\n$questions\n\n"
        "$opt_out\n\nHälsningar\n$coordinator\n", encoding="utf-8")
    cfg = cfg_with(tmp_path, template="paminnelse.txt")
    t = load_template(cfg)
    assert t.engine == "string.Template" and t.origin.endswith("paminnelse.txt")
    body = render(cfg).body
    assert body.startswith("Hej Föreningen Grannskap Rosengård!\n\nSvara senast 31 januari "
                           "2020 (om 7 dagar).")
    assert "4. Vilka hinder" in body and OPT_OUT_TEXT in body


@pytest.mark.parametrize(("template", "message"), [
    ("Hej {{ forening }}!", "'forening' is undefined"),
    ("Hej $forening!", "unknown placeholder $forening"),
    ("Hej {% if %}", "line 1"),
    ("saknas.txt", "file not found"),
])
def test_template_errors_say_what_is_wrong(tmp_path: Path, template: str,
                                           message: str) -> None:
    cfg = cfg_with(tmp_path, template=template)
    with pytest.raises(TemplateError, match=r"placeholders|line|file not found") as info:
        render(cfg)
    assert message in str(info.value)


def test_subject_placeholders_and_errors(tmp_path: Path) -> None:
    r = render(cfg_with(tmp_path, subject="Påminnelse till {association} [ref: {ref}]"))
    assert r.subject == "Påminnelse till Föreningen Grannskap Rosengård [ref: K7Q2]"
    with pytest.raises(TemplateError, match=r"reminders.subject.*\{enkät\}"):
        render(cfg_with(tmp_path, subject="Påminnelse: {enkät}"))


def test_reply_to_plus_address(tmp_path: Path) -> None:
    r = render(cfg_with(tmp_path, reply_to_plus=True))
    assert r.reply_to == "Samordnare Åsa Lind <samordnare+k7q2@malmö.se>"
    assert "[ref: K7Q2]" in r.subject  # the matcher reads the subject


def _parsed(data: bytes) -> email.message.EmailMessage:
    # An SMTPUTF8 message has raw UTF-8 headers: parse it as text (as its reader would).
    return email.message_from_string(data.decode("utf-8"),  # type: ignore[return-value]
                                     policy=policy.default)


def test_message_without_smtputf8_uses_punycode_and_encoded_words(tmp_path: Path) -> None:
    r = render(cfg_with(tmp_path, reply_to_plus=True))
    built = build_message(r, from_addr=SMTP["from"],
                          to=["info@grannskap-rosengård.se", "åsa@exempel.se"],
                          message_id="<x@xn--malm-8qa.se>", date=NOW,
                          in_reply_to="<kartlaggning-2019@xn--malm-8qa.se>",
                          references=["<first@xn--malm-8qa.se>"], server_smtputf8=False)
    assert not built.utf8
    assert built.data.isascii()
    assert built.sender == "samordnare@xn--malm-8qa.se"
    puny = "grannskap-rosengård.se".encode("idna").decode("ascii")
    assert puny.startswith("xn--")
    assert built.recipients == {f"info@{puny}": "info@grannskap-rosengård.se"}
    assert "åsa@exempel.se" in built.unusable and "SMTPUTF8" in built.unusable["åsa@exempel.se"]
    msg = _parsed(built.data)
    assert msg["Subject"] == r.subject
    assert msg["From"].addresses[0].display_name == "Samordnare Åsa Lind"
    assert msg["To"].addresses[0].addr_spec == f"info@{puny}"
    assert msg["Reply-To"].addresses[0].addr_spec == "samordnare+k7q2@xn--malm-8qa.se"
    assert msg["In-Reply-To"] == "<kartlaggning-2019@xn--malm-8qa.se>"
    assert msg["References"] == ("<kartlaggning-2019@xn--malm-8qa.se> "
                                 "<first@xn--malm-8qa.se>")
    assert msg.get_content().replace("\r\n", "\n") == r.body


def test_message_with_smtputf8_keeps_unicode_addresses(tmp_path: Path) -> None:
    r = render(cfg_with(tmp_path))
    built = build_message(r, from_addr=SMTP["from"], to=["åsa@grannskap-rosengård.se"],
                          message_id="<x@xn--malm-8qa.se>", date=NOW, server_smtputf8=True)
    assert built.utf8 and built.unusable == {}
    assert built.sender == "samordnare@malmö.se"
    assert list(built.recipients) == ["åsa@grannskap-rosengård.se"]
    msg = _parsed(built.data)
    assert msg["To"].addresses[0].addr_spec == "åsa@grannskap-rosengård.se"
    assert msg["Subject"] == r.subject
    assert "In-Reply-To" not in msg  # no original Message-ID given: no threading headers


def test_all_ascii_message_needs_no_smtputf8_even_when_offered(tmp_path: Path) -> None:
    cfg = make_config(tmp_path, smtp={"host": "h", "from": "samordnare@example.org"})
    r = render(cfg)
    built = build_message(r, from_addr="samordnare@example.org", to=["a@example.org"],
                          message_id="<x@example.org>", date=NOW, server_smtputf8=True)
    assert not built.utf8 and built.data.isascii()


def test_builtin_text_and_subject_follow_an_english_survey(tmp_path: Path) -> None:
    # an English survey's associations get an English reminder: text, date, subject and the
    # opt-out words (which the reply reader knows: "no more reminders")
    raw_survey = make_config(tmp_path).survey
    cfg = make_config(tmp_path, smtp=dict(SMTP), reminders={"max_reminders": 2},
                      survey={"name": "Survey: international associations in Lund 2021",
                              "coordinator": ["international@lund.se"],
                              "deadline": "2020-01-31", "timezone": "Europe/Stockholm",
                              "language": "en",
                              "questions": [{"key": q.key, "text": q.text, "kind": q.kind}
                                            for q in raw_survey.questions]})
    r = render(cfg, name="Lund Chess Society")
    assert r.body.startswith("Dear Lund Chess Society,")
    assert "The last day to reply is 31 January 2020 (in 7 days)." in r.body
    assert 'the words "no more reminders"' in r.body
    assert "Kind regards\nSamordnare Åsa Lind" in r.body
    assert "Reference: K7Q2" in r.body
    assert "Hej" not in r.body and "januari" not in r.body
    assert r.subject == "Reminder: Survey: international associations in Lund 2021 [ref: K7Q2]"
    late = render(cfg, now=dt.datetime(2020, 2, 3, 9, tzinfo=dt.UTC)).body
    assert "The last day to reply was 31 January 2020" in late
    from svarsinkorg.parsers.cues import asks_to_opt_out
    assert asks_to_opt_out("Hi, no more reminders please. Thanks!")


def test_a_swedish_survey_keeps_the_swedish_subject_by_default(tmp_path: Path) -> None:
    cfg = make_config(tmp_path, smtp=dict(SMTP), reminders={"max_reminders": 2})
    assert render(cfg).subject.startswith("Påminnelse: Kartläggning: ")
