"""*Spara och godkänn* keeps what the form showed: approving settles the doubt about a
later mail (a display name holding another address), and that mail's answers must not
then replace, unseen, the ones the person approved (bench/review_walkthrough.py on
unseen7, Assyriska Föreningen i Malmö)."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from email.utils import format_datetime

import pytest
from helpers import CET, config_with_roster, import_mail, reply
from sqlalchemy import select

from svarsinkorg import review, service
from svarsinkorg.store.models import Correction

ROSTER_CSV = (
    "name,email,org_number\n"
    "Hyllie IF,kansli@hyllieif.se,\n"
    "Kören Harmoni,info@korenharmoni.se,\n"
)
GENUINE = ("Hej!\n\n1. Vi är en fotbollsförening med 180 spelare.\n\n2. Ja\n\n"
           "3. Vi blandar spelare från olika områden.\n\n4. Det saknas ledare.\n\n"
           "Hälsningar\nPer\nHyllie IF")
SPOOF = ("Hej!\n\n1. Vi har lagt ner verksamheten.\n\n2. Nej\n\n"
         "3. Inget.\n\n4. Allt.\n\nHälsningar\nPer\nHyllie IF")
WHO = "Anna Testsson"


def _spoofed() -> bytes:
    m = EmailMessage()
    m["From"] = '"Hyllie IF <kansli@hyllieif.se>" <hyllie.if.2020@gmail.com>'
    m["To"] = "samordnare@xn--malm-8qa.se"
    m["Subject"] = "Re: Kartläggning: civilsamhällets arbete mot segregation i Malmö"
    m["Date"] = format_datetime(dt.datetime(2020, 1, 12, 12, tzinfo=CET))
    m["In-Reply-To"] = "<kartlaggning-2019@xn--malm-8qa.se>"
    m["Message-ID"] = "<spoof@x>"
    m.set_content(SPOOF)
    return bytes(m)


@pytest.fixture
def cfg(tmp_path):
    return config_with_roster(tmp_path, ROSTER_CSV)


def _record(cfg, name: str = "Hyllie IF"):
    return next(r for r in service.survey_state(cfg).associations if r.name == name)


def _corrections(cfg) -> list[tuple[str | None, object, str | None]]:
    with service.store_session(cfg, readonly=True) as s:
        return sorted(((c.key, (c.value or {}).get("value"), c.author)
                       for c in s.scalars(select(Correction).where(Correction.kind == "set"))),
                      key=lambda t: str(t[0]))


def _with_doubtful_mail(cfg, tmp_path) -> review.ItemView:
    import_mail(cfg, tmp_path, "genuine.eml", reply(GENUINE, message_id="<real@x>"))
    import_mail(cfg, tmp_path, "spoof.eml", _spoofed())
    rec = _record(cfg)
    assert "sender_mismatch" in [r.code for r in rec.reasons]
    view = review.load_item(cfg, f"a{rec.id}")
    # the form shows the genuine reply's answers: the doubtful mail is held back
    assert view.values["about"] == "Vi är en fotbollsförening med 180 spelare."
    assert view.values["works_against_segregation"] is True
    return view


def _submit(view: review.ItemView, **changed) -> review.Submission:
    answers = {k: v for k, v in view.values.items() if k != "wants_interview"}
    answers.update(changed)
    return review.Submission(answers=answers, wants_interview=view.values["wants_interview"])


def _record_values(cfg) -> dict:
    return review.record_values(cfg.survey, _record(cfg))


def test_approving_unchanged_keeps_what_the_form_showed(cfg, tmp_path):
    view = _with_doubtful_mail(cfg, tmp_path)
    out = review.save_item(cfg, view.ref, view.token, _submit(view), WHO)
    assert out.status == "saved" and out.changes == []
    assert _record_values(cfg) == view.values
    assert not _record(cfg).needs_review  # approved: it leaves the queue, as shown
    # the kept values are corrections of this save, with who, taken back by its Ångra
    rows = _corrections(cfg)
    assert all(who == WHO for _k, _v, who in rows)
    assert ("about", view.values["about"], WHO) in rows
    assert review.undoable(cfg, out.events, author=WHO)
    review.undo(cfg, out.events[0], WHO, also=out.events[1:])
    assert _corrections(cfg) == []
    assert _record_values(cfg) == view.values and _record(cfg).needs_review


def test_approving_with_one_field_changed_changes_only_that_field(cfg, tmp_path):
    view = _with_doubtful_mail(cfg, tmp_path)
    out = review.save_item(cfg, view.ref, view.token,
                           _submit(view, how="Vi spelar i tre stadsdelar."), WHO)
    assert out.status == "saved" and [c.key for c in out.changes] == ["how"]
    assert _record_values(cfg) == {**view.values, "how": "Vi spelar i tre stadsdelar."}


def test_approving_without_a_doubtful_mail_adds_no_corrections(cfg, tmp_path):
    import_mail(cfg, tmp_path, "genuine.eml", reply(GENUINE, message_id="<real@x>"))
    rec = _record(cfg)
    view = review.load_item(cfg, f"a{rec.id}")
    out = review.save_item(cfg, view.ref, view.token, _submit(view), WHO)
    assert out.status == "saved" and len(out.events) == 1
    assert _corrections(cfg) == [("reviewed", True, WHO)]
    assert _record_values(cfg) == view.values
    # one field changed: that field and the approval, nothing else
    view = review.load_item(cfg, f"a{rec.id}")
    out = review.save_item(cfg, view.ref, view.token, _submit(view, about="Fotboll."), WHO)
    assert len(out.events) == 2
    assert _corrections(cfg) == [("about", "Fotboll.", WHO), ("reviewed", True, WHO)]
