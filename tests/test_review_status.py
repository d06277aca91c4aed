"""Two things a coordinator could not do from the review pages (bench/review_walkthrough.py):

A. a record whose status ("svarat", "sent svar") rests only on mail with no answer in it
   (a grant question, "may we answer late?", read as a reply) says so, once, beside that
   mail: "responded_without_answers", in `intake review`, the queue, the record and the
   JSON export's review_reasons;
B. the review form has the status: a person's choice is a correction like
   `intake set NAME status ...` (who, when), undone by the notice's Ångra."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import CET, config_with_roster, import_mail, reply, write_config
from sqlalchemy import select
from typer.testing import CliRunner

from svarsinkorg import review, service
from svarsinkorg.cli import app
from svarsinkorg.model import Reason
from svarsinkorg.reports.export import export_json
from svarsinkorg.reports.labels import Labels
from svarsinkorg.store.models import Correction, CorrectionEvent

ROSTER_CSV = (
    "name,email,org_number\n"
    "Hyllie IF,kansli@hyllieif.se,\n"
    "Kören Harmoni,info@korenharmoni.se,\n"
)
# "May we answer late?": a reply in the survey's thread without any answer.
ASKS_LATE = ("Hej!\n\nGår det bra om vi svarar på enkäten efter sista dagen? Vi har årsmöte "
             "först och styrelsen vill läsa frågorna tillsammans.\n\nHälsningar\nPer\n")
FULL = ("Hej!\n\n1. Vi är en fotbollsförening med 180 spelare.\n\n2. Ja\n\n"
        "3. Vi blandar spelare från olika områden.\n\n4. Det saknas ledare.\n\nHälsningar\nPer")
WISH = ("Hej!\n\nVi vill gärna bli intervjuade om enkäten, ring mig på 070-123 45 67.\n\n"
        "Hälsningar\nEva\nKören Harmoni\n")
CODE = "responded_without_answers"
SV_TEXT = ("Status 'svarat' bygger bara på mejl där inga svar hittades: är det inget "
           "enkätsvar, lägg det åt sidan")
EN_TEXT = ("Status 'responded' rests only on mail where no answers were found: if it is no "
           "survey reply, set it aside")
WHO = "Anna Testsson"
RUNNER = CliRunner()


@pytest.fixture
def cfg(tmp_path):
    write_config(tmp_path)  # the same store, for the CLI
    return config_with_roster(tmp_path, ROSTER_CSV)


def _record(cfg, name: str = "Hyllie IF"):
    return next(r for r in service.survey_state(cfg).associations if r.name == name)


def _codes(rec) -> list[str]:
    return [r.code for r in rec.reasons]


def _status_rows(cfg) -> list[tuple[int | None, object, str | None]]:
    with service.store_session(cfg, readonly=True) as s:
        return [(c.association_id, (c.value or {}).get("value"), c.author)
                for c in s.scalars(select(Correction).where(Correction.key == "status"))]


# --- A: the reason ----------------------------------------------------------------------


def test_labels_word_the_reason_in_both_languages() -> None:
    r = Reason(CODE, None, "responded")
    assert Labels("sv").reason(r) == SV_TEXT
    assert Labels("en").reason(r) == EN_TEXT
    late = Reason(CODE, None, "late")
    assert Labels("sv").reason(late).startswith("Status 'sent svar' bygger bara på mejl där")
    assert Labels("en").reason(late).startswith("Status 'late' rests only on mail")
    # its stored text form reads back the same (review_reasons, old readers)
    assert Labels("sv").reason(f"{CODE}: responded") == SV_TEXT


def test_a_status_resting_only_on_mail_without_answers_says_so_once(cfg, tmp_path):
    import_mail(cfg, tmp_path, "late.eml", reply(ASKS_LATE, message_id="<late@x>"))
    rec = _record(cfg)
    assert rec.status == "responded" and rec.answered() == [] and not rec.wants_interview
    # one clear reason: it takes the place of the mail's "no answers found"
    assert _codes(rec) == [CODE]
    assert rec.reasons[0].detail == "responded"
    assert rec.review_reasons == [f"{CODE}: responded"]
    assert rec.needs_review and rec.holding == rec.reasons
    state = service.survey_state(cfg)
    # beside the mail it rests on: `intake review` lists it there, the queue links it
    mail = rec.messages[0].id
    assert [(what, m.id, r.code) for what, m, r in state.review] == [("message", mail, CODE)]
    [item] = review.review_queue(state)
    assert item.ref == f"a{rec.id}" and item.reasons_with_mail() == [(rec.reasons[0], mail)]
    # the JSON export's review_reasons, in the survey's language (Swedish by default)
    data = export_json(cfg.survey, state, Labels.for_survey(cfg.survey))
    hyllie = next(a for a in data["associations"] if a["association"] == "Hyllie IF")
    assert hyllie["status"] == "responded" and hyllie["review_reasons"] == [SV_TEXT]


def test_intake_review_shows_the_reason(cfg, tmp_path):
    import_mail(cfg, tmp_path, "late.eml", reply(ASKS_LATE, message_id="<late@x>"))
    out = RUNNER.invoke(app, ["-c", str(tmp_path / "config.toml"), "review"],
                        env={"COLUMNS": "300"}).output
    assert "Hyllie IF" in out
    assert SV_TEXT in " ".join(out.split())
    assert "Inga svar hittades" not in out


def test_no_reason_with_answers_or_an_interview_wish(cfg, tmp_path):
    import_mail(cfg, tmp_path, "full.eml", reply(FULL, message_id="<full@x>"))
    import_mail(cfg, tmp_path, "wish.eml", reply(WISH, sender="info@korenharmoni.se",
                                                  message_id="<wish@x>"))
    hyllie, koren = _record(cfg), _record(cfg, "Kören Harmoni")
    assert hyllie.status == "responded" and hyllie.answered()
    assert CODE not in _codes(hyllie)
    assert koren.status == "responded" and koren.wants_interview and not koren.answered()
    assert CODE not in _codes(koren)


def test_answers_in_a_later_mail_take_the_reason_away(cfg, tmp_path):
    import_mail(cfg, tmp_path, "late.eml", reply(ASKS_LATE, message_id="<late@x>"))
    assert CODE in _codes(_record(cfg))
    import_mail(cfg, tmp_path, "full.eml", reply(
        FULL, message_id="<full@x>", when=dt.datetime(2020, 1, 20, 12, tzinfo=CET)))
    rec = _record(cfg)
    assert rec.answered() and CODE not in _codes(rec)


def test_on_time_only_through_mail_without_answers_the_answers_late(cfg, tmp_path):
    """unseen63: "svarat" rested on a question in January; the answers came in February."""
    import_mail(cfg, tmp_path, "late.eml", reply(ASKS_LATE, message_id="<late@x>"))
    import_mail(cfg, tmp_path, "full.eml", reply(
        FULL, message_id="<full@x>", when=dt.datetime(2020, 2, 10, 9, tzinfo=CET)))
    rec = _record(cfg)
    assert rec.status == "responded" and rec.answered()
    assert _codes(rec) == [CODE]  # in place of the question's "no answers found"
    question = rec.messages[0].id
    assert [(m.id, r.code) for _w, m, r in service.survey_state(cfg).review] == [
        (question, CODE)]
    review.assign_message(cfg, question, None, WHO)  # set aside: the status follows
    rec = _record(cfg)
    assert rec.status == "late" and rec.reasons == []


def test_the_fix_it_points_to_and_approving_as_it_is_both_settle_it(cfg, tmp_path):
    import_mail(cfg, tmp_path, "late.eml", reply(ASKS_LATE, message_id="<late@x>"))
    rec = _record(cfg)
    mail = rec.messages[0].id
    # "Mejl #N är inget enkätsvar": the status follows, the reason goes with the mail
    done = review.assign_message(cfg, mail, None, WHO)
    rec = _record(cfg)
    assert rec.status == "no_response" and rec.reasons == [] and not rec.needs_review
    review.undo(cfg, done.event, WHO)
    assert CODE in _codes(_record(cfg))
    # or the coordinator says it is a reply after all: approved as it is, it is settled
    view = review.load_item(cfg, f"a{rec.id}")
    out = review.save_item(cfg, view.ref, view.token, review.Submission(
        answers={k: view.values[k] for k in cfg.survey.keys}), WHO)
    assert out.status == "saved"
    rec = _record(cfg)
    assert rec.status == "responded" and not rec.needs_review


def test_a_status_set_by_hand_is_a_persons_word(cfg, tmp_path):
    import_mail(cfg, tmp_path, "late.eml", reply(ASKS_LATE, message_id="<late@x>"))
    service.set_value(cfg, "Hyllie IF", "status", "responded", author=WHO)
    assert CODE not in _codes(_record(cfg))


# --- B: the status on the review form ---------------------------------------------------


def test_the_form_reads_the_status(cfg) -> None:
    survey = cfg.survey
    form = {f"q_{k}": "" for k in survey.keys}
    assert review.submission_from_form(survey, {**form, "status": "late"}).status == "late"
    assert review.submission_from_form(survey, form).status is None
    assert review.submission_from_form(survey, {**form, "status": "maybe"}).status is None


def test_status_from_the_form_is_a_correction_and_angra_takes_it_back(cfg, tmp_path):
    # Kören Harmoni answered inside Hyllie IF's mail: no mail of its own, "no response"
    rec = _record(cfg, "Kören Harmoni")
    view = review.load_item(cfg, f"a{rec.id}")
    assert view.values["status"] == "no_response"
    answers = {k: view.values[k] for k in cfg.survey.keys}
    out = review.save_item(cfg, view.ref, view.token, review.Submission(
        answers=answers, wants_interview=False, status="responded"), WHO)
    assert out.status == "saved"
    assert [(c.key, c.old, c.new) for c in out.changes] == [
        ("status", "no_response", "responded")]
    assert _status_rows(cfg) == [(rec.id, "responded", WHO)]
    with service.store_session(cfg, readonly=True) as s:
        events = list(s.scalars(select(CorrectionEvent)
                                .where(CorrectionEvent.id.in_(out.events))
                                .order_by(CorrectionEvent.id)))
    assert [(e.key, (e.old or {}).get("value"), (e.new or {}).get("value"), e.author)
            for e in events] == [("status", "no_response", "responded", WHO),
                                 ("reviewed", None, True, WHO)]
    after = _record(cfg, "Kören Harmoni")
    assert after.status == "responded" and "status" in after.corrected
    state = service.survey_state(cfg)
    data = export_json(cfg.survey, state, Labels.for_survey(cfg.survey))
    assert next(a for a in data["associations"]
                if a["association"] == "Kören Harmoni")["status"] == "responded"
    assert review.undoable(cfg, out.events, author=WHO)
    # the notice's Ångra: the save's corrections, all of them
    newest = max(out.events)
    review.undo(cfg, newest, WHO, also=[e for e in out.events if e != newest])
    assert _status_rows(cfg) == []
    assert _record(cfg, "Kören Harmoni").status == "no_response"


def test_an_unchanged_status_writes_nothing_and_approving_keeps_it(cfg, tmp_path):
    import_mail(cfg, tmp_path, "full.eml", reply(FULL, message_id="<full@x>"))
    rec = _record(cfg)
    view = review.load_item(cfg, f"a{rec.id}")
    assert view.values["status"] == "responded"
    out = review.save_item(cfg, view.ref, view.token, review.Submission(
        answers={k: view.values[k] for k in cfg.survey.keys},
        wants_interview=view.values["wants_interview"], status="responded"), WHO)
    assert out.status == "saved" and out.changes == []
    assert _status_rows(cfg) == []  # approving pins nothing: it changed no status


def test_a_stale_form_does_not_set_the_status(cfg, tmp_path):
    rec = _record(cfg, "Kören Harmoni")
    view = review.load_item(cfg, f"a{rec.id}")
    service.set_value(cfg, "Kören Harmoni", "status", "late", author="Colleague")
    out = review.save_item(cfg, view.ref, view.token, review.Submission(
        answers={k: view.values[k] for k in cfg.survey.keys}, status="responded"), WHO)
    assert out.status == "stale"
    assert out.current["status"] == "late"
    assert _status_rows(cfg) == [(rec.id, "late", "Colleague")]

