"""One roster address shared by several associations (a study association's office, a
treasurer who keeps three clubs' books, one building's mailbox): the store keeps it on
every association the roster gives it to, a reply from it goes to the holder it names (or,
naming none, to the first, to confirm), each holder without a reply gets its own reminder
there, a bounce of it marks every holder, and nothing of it vanishes (issue 9)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from helpers import (
    CET,
    REMINDER_DAY,
    config_with_roster,
    import_mail,
    records_by_name,
    reminder_selection,
    reply,
    stored_messages,
)
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from svarsinkorg import review, service
from svarsinkorg.config import Config
from svarsinkorg.reminders.run import run_reminders
from svarsinkorg.store import migrations
from svarsinkorg.store.db import Store, make_engine
from svarsinkorg.store.repository import roster

SCOUT, PENSION, HYLLIE = "Rörsjöns Scoutkår", "Rörsjöns Pensionärsklubb", "Hyllie IF"
SHARED = "kansli@rorsjon.se"
ROSTER = (f"name,email,org_number\n{SCOUT},{SHARED},802400-1111\n"
          f"{PENSION},{SHARED},802400-2222\n{HYLLIE},kansli@hyllieif.se,802400-3333\n")
ANSWERS = ("1. Vi är en förening med 80 medlemmar som träffas varje vecka.\n2. Ja\n"
           "3. Vi bjuder in grannar till öppna träffar.\n4. Lokalerna är för små.\n\n"
           "Hälsningar\nBritt\n")


def _shared(tmp_path: Path, store_url: str | None = None) -> Config:
    return config_with_roster(tmp_path, ROSTER, store_url)


def _bounce(address: str) -> bytes:
    return (
        "From: MAILER-DAEMON@mx1.example.se (Mail Delivery System)\n"
        "To: samordnare@xn--malm-8qa.se\nSubject: Undelivered Mail Returned to Sender\n"
        "Date: Mon, 13 Jan 2020 10:14:30 +0100\nMessage-ID: <bounce-shared@mx1.example.se>\n"
        "Auto-Submitted: auto-replied\nMIME-Version: 1.0\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n'
        "--b\nContent-Type: text/plain\n\nYour message could not be delivered.\n\n"
        f"<{address}>: 550 5.1.1 User unknown\n\n"
        "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx1.example.se\n\n"
        f"Final-Recipient: rfc822; {address}\nAction: failed\nStatus: 5.1.1\n\n--b--\n"
    ).encode()


def _ids(config: Config) -> dict[str, int]:
    return {name: r.id for name, r in records_by_name(config).items()}


# --- the roster ---------------------------------------------------------------------------


def test_roster_import_keeps_a_shared_address_on_every_holder(tmp_path: Path,
                                                              store_url: str) -> None:
    config = _shared(tmp_path, store_url)
    views = {a.name: a.emails for a in service.list_associations(config)}
    assert views == {SCOUT: [SHARED], PENSION: [SHARED], HYLLIE: ["kansli@hyllieif.se"]}
    # the same roster again changes nothing (it moved the address back and forth before)
    result, skipped = service.import_roster(config, tmp_path / "roster.csv")
    assert (result.added, result.updated, result.unchanged, skipped) == (0, 0, 3, [])
    assert result.shared == {SHARED: [SCOUT, PENSION]}
    assert {a.name: a.emails for a in service.list_associations(config)} == views
    store = Store(config.store_url)
    try:
        with store.session() as s:
            assert [(e.name, e.emails) for e in roster(s)] == [
                (SCOUT, (SHARED,)), (PENSION, (SHARED,)), (HYLLIE, ("kansli@hyllieif.se",))]
    finally:
        store.close()


def test_an_address_dropped_from_one_row_leaves_only_that_association(
        tmp_path: Path, store_url: str) -> None:
    config = _shared(tmp_path, store_url)
    ids = _ids(config)
    (tmp_path / "roster2.csv").write_text(
        f"name,email,org_number\n{SCOUT},scout@rorsjon.se; {SHARED},802400-1111\n"
        f"{PENSION},pension@rorsjon.se,802400-2222\n", encoding="utf-8")
    result, _ = service.import_roster(config, tmp_path / "roster2.csv")
    assert (result.added, result.updated, result.unchanged) == (0, 2, 0)
    assert result.shared == {}
    assert {a.name: a.emails for a in service.list_associations(config)} == {
        SCOUT: [SHARED, "scout@rorsjon.se"], PENSION: ["pension@rorsjon.se"],
        HYLLIE: ["kansli@hyllieif.se"]}
    assert _ids(config) == ids  # the same associations, references and all
    again, _ = service.import_roster(config, tmp_path / "roster2.csv")
    assert (again.updated, again.unchanged) == (0, 2)
    # a reply from the address naming nobody is now the one holder's, with no doubt
    import_mail(config, tmp_path, "r.eml", reply(ANSWERS, sender=SHARED, name="Kansliet"))
    (msg,) = stored_messages(config).values()
    assert (msg.association_id, msg.match_method) == (ids[SCOUT], "sender")
    assert msg.problems.get("reasons", []) == []


def test_cli_import_names_the_shared_addresses(tmp_path: Path) -> None:
    from helpers import write_config
    from typer.testing import CliRunner

    from svarsinkorg.cli import app

    cfg = write_config(tmp_path)
    (tmp_path / "roster.csv").write_text(ROSTER, encoding="utf-8")
    out = CliRunner().invoke(app, ["-c", str(cfg), "associations", "import",
                                   str(tmp_path / "roster.csv")], env={"COLUMNS": "200"})
    assert out.exit_code == 0, out.output
    assert "Föreningar: 3 nya, 0 uppdaterade, 0 oförändrade" in out.output
    assert f"Delad adress {SHARED}: {SCOUT}, {PENSION}" in out.output


# --- replies --------------------------------------------------------------------------------


def test_a_reply_from_the_shared_address_naming_one_holder_is_that_ones(tmp_path: Path) -> None:
    config = _shared(tmp_path)
    ids = _ids(config)
    body = ANSWERS.replace("Britt\n", f"Britt\n{PENSION}\n")
    import_mail(config, tmp_path, "r.eml", reply(body, sender=SHARED, name="Kansliet"))
    (msg,) = stored_messages(config).values()
    assert (msg.kind, msg.association_id, msg.match_method) == ("reply", ids[PENSION], "sender")
    assert msg.match_detail == f"{SHARED}, name '{PENSION}' in the text"
    recs = records_by_name(config)
    assert (recs[PENSION].status, recs[PENSION].needs_review) == ("responded", False)
    assert recs[PENSION].answers["works_against_segregation"] is True
    assert (recs[SCOUT].status, recs[SCOUT].reasons) == ("no_response", [])
    # the Scoutkår, which has not answered, is reminded at the address it shares
    sel = reminder_selection(config)
    assert [(c.name, c.addresses, c.ref) for c in sel.due] == [
        (SCOUT, (SHARED,), recs[SCOUT].ref), (HYLLIE, ("kansli@hyllieif.se",), recs[HYLLIE].ref)]
    assert [(s.name, s.reason) for s in sel.skipped] == [(PENSION, "responded")]


def test_a_reply_naming_neither_goes_to_the_first_holder_to_confirm(tmp_path: Path) -> None:
    config = _shared(tmp_path)
    ids = _ids(config)
    import_mail(config, tmp_path, "r.eml", reply(ANSWERS, sender=SHARED, name="Kansliet"))
    (msg,) = stored_messages(config).values()
    assert (msg.association_id, msg.match_method) == (ids[SCOUT], "sender")
    assert msg.problems["reasons"] == [
        {"code": "shared_address", "key": None, "detail": f"{SCOUT}, {PENSION}"}]
    recs = records_by_name(config)
    assert recs[SCOUT].status == "responded" and recs[SCOUT].needs_review
    assert [r.code for r in recs[SCOUT].reasons] == ["shared_address"]
    # the other holder may be the one that answered: flagged and not reminded meanwhile
    assert recs[PENSION].status == "no_response" and recs[PENSION].needs_review
    assert [(r.code, r.detail) for r in recs[PENSION].reasons] == [
        ("shared_address_other", SCOUT)]
    state = service.survey_state(config)
    assert [(what, m.id, r.code) for what, m, r in state.review if m is not None] == [
        ("message", msg.id, "shared_address")]
    queue = review.load_queue(config)
    assert {(q.ref, q.message_id) for q in queue} == {
        (f"a{ids[SCOUT]}", msg.id), (f"a{ids[PENSION]}", msg.id)}
    sel = reminder_selection(config)
    assert [c.name for c in sel.due] == [HYLLIE]
    skipped = {s.name: (s.reason, [r.code for r in s.params.get("reasons", ())])
               for s in sel.skipped}
    assert skipped == {SCOUT: ("responded", []),
                       PENSION: ("awaits_confirmation", ["shared_address_other"])}
    # `intake review` lists the mail under both associations
    from helpers import write_config
    from typer.testing import CliRunner

    from svarsinkorg.cli import app

    cfg = write_config(tmp_path)  # the same store, as a file for the command line
    out = CliRunner().invoke(app, ["-c", str(cfg), "review"], env={"COLUMNS": "250"})
    assert out.exit_code == 0, out.output
    assert "Avsändaradressen delas av flera föreningar" in out.output
    assert "Ett svar från adressen som föreningen delar" in out.output


def test_a_reply_to_a_holders_reminder_is_that_holders_by_its_reference(
        tmp_path: Path) -> None:
    config = _shared(tmp_path)
    recs = records_by_name(config)
    subject = f"SV: Påminnelse: Kartläggning [ref: {recs[PENSION].ref}]"
    import_mail(config, tmp_path, "r.eml",
                reply(ANSWERS, sender=SHARED, name="Kansliet", subject=subject))
    (msg,) = stored_messages(config).values()
    assert (msg.association_id, msg.match_method) == (recs[PENSION].id, "reference")
    recs = records_by_name(config)
    assert (recs[PENSION].status, recs[PENSION].reasons) == ("responded", [])
    assert (recs[SCOUT].status, recs[SCOUT].reasons) == ("no_response", [])


def test_the_coordinator_picks_the_holder_and_the_other_is_reminded(tmp_path: Path) -> None:
    config = _shared(tmp_path)
    ids = _ids(config)
    import_mail(config, tmp_path, "r.eml", reply(ANSWERS, sender=SHARED, name="Kansliet"))
    (msg,) = stored_messages(config).values()
    done = review.assign_message(config, msg.id, PENSION, author="Anna")  # as the web page
    assert done.name == PENSION
    recs = records_by_name(config)
    assert (recs[PENSION].status, recs[PENSION].needs_review) == ("responded", False)
    assert recs[PENSION].answers["how"] == "Vi bjuder in grannar till öppna träffar."
    assert (recs[SCOUT].status, recs[SCOUT].reasons) == ("no_response", [])
    assert [c.name for c in reminder_selection(config).due] == [SCOUT, HYLLIE]
    assert review.load_queue(config) == []
    # a fresh mail from the address, left where it was (the first holder, in doubt):
    # confirming it there ("Bekräfta") settles it for the first holder
    import_mail(config, tmp_path, "r2.eml", reply(ANSWERS, sender=SHARED, name="Kansliet",
                                                  message_id="<second@rorsjon.se>"))
    (fresh,) = [m for m in stored_messages(config).values() if m.id != msg.id]
    assert fresh.association_id == ids[SCOUT]
    recs = records_by_name(config)
    assert [r.code for r in recs[SCOUT].reasons] == ["shared_address"]
    assert [c.name for c in reminder_selection(config).due] == [HYLLIE]
    review.confirm_match(config, fresh.id, ids[SCOUT], author="Anna")
    recs = records_by_name(config)
    assert (recs[SCOUT].status, recs[SCOUT].needs_review, recs[SCOUT].reasons) == (
        "responded", False, [])
    assert (recs[PENSION].status, recs[PENSION].reasons) == ("responded", [])
    assert [c.name for c in reminder_selection(config).due] == [HYLLIE]


def _flagged_for_scout_pension_waits(config: Config, msg_id: int) -> None:
    ids = _ids(config)
    (msg,) = [m for m in stored_messages(config).values() if m.id == msg_id]
    assert msg.association_id == ids[SCOUT]
    assert msg.problems["reasons"] == [
        {"code": "shared_address", "key": None, "detail": f"{SCOUT}, {PENSION}"}]
    recs = records_by_name(config)
    assert [r.code for r in recs[SCOUT].reasons] == ["shared_address"]
    assert [(r.code, r.detail) for r in recs[PENSION].reasons] == [
        ("shared_address_other", SCOUT)]
    assert [c.name for c in reminder_selection(config).due] == [HYLLIE]


def test_a_reply_to_the_shared_address_from_a_private_one_is_flagged(tmp_path: Path) -> None:
    config = _shared(tmp_path)
    import_mail(config, tmp_path, "r.eml",
                reply(ANSWERS, sender="britt.svensson@gmail.com", name="Britt Svensson",
                      headers={"Reply-To": f"Kansliet <{SHARED}>"}))
    (msg,) = stored_messages(config).values()
    assert (msg.match_method, msg.match_detail) == ("reply-to", SHARED)
    _flagged_for_scout_pension_waits(config, msg.id)
    # the holder it names takes it, with no doubt
    body = ANSWERS.replace("Britt\n", f"Britt\n{PENSION}\n")
    import_mail(config, tmp_path, "r2.eml",
                reply(body, sender="britt.svensson@gmail.com", name="Britt Svensson",
                      message_id="<named@gmail.com>",
                      headers={"Reply-To": f"Kansliet <{SHARED}>"}))
    (named,) = [m for m in stored_messages(config).values() if m.id != msg.id]
    assert (named.association_id, named.match_method) == (_ids(config)[PENSION], "reply-to")
    assert named.problems.get("reasons", []) == []


def test_a_forward_of_a_mail_from_the_shared_address_is_flagged(tmp_path: Path) -> None:
    config = _shared(tmp_path)
    body = ("Hej, jag skickar vidare det här.\n\nBritt\n\n"
            "---------- Vidarebefordrat meddelande ----------\n"
            f"Från: Kansliet <{SHARED}>\nDatum: 9 januari 2020 10:00\n"
            "Ämne: Kartläggning\nTill: britt.svensson@gmail.com\n\n" + ANSWERS)
    import_mail(config, tmp_path, "f.eml",
                reply(body, sender="britt.svensson@gmail.com", name="Britt Svensson",
                      subject="Fwd: Kartläggning"))
    (msg,) = stored_messages(config).values()
    assert (msg.match_method, msg.match_detail) == ("forwarded", SHARED)
    _flagged_for_scout_pension_waits(config, msg.id)


def test_a_roster_import_that_shares_an_address_matches_its_stored_mail_again(
        tmp_path: Path) -> None:
    from helpers import write_config
    from typer.testing import CliRunner

    from svarsinkorg.cli import app

    # the address is the Scoutkår's alone, and a reply from it is stored as the Scoutkår's
    config = config_with_roster(
        tmp_path, f"name,email,org_number\n{SCOUT},{SHARED},802400-1111\n"
        f"{PENSION},pension@rorsjon.se,802400-2222\n{HYLLIE},kansli@hyllieif.se,802400-3333\n")
    import_mail(config, tmp_path, "r.eml", reply(ANSWERS, sender=SHARED, name="Kansliet"))
    body = ANSWERS.replace("Britt\n", f"Britt\n{PENSION}\n")
    import_mail(config, tmp_path, "named.eml", reply(body, sender=SHARED, name="Kansliet",
                                                     message_id="<named@rorsjon.se>"))
    import_mail(config, tmp_path, "h.eml", reply(ANSWERS, message_id="<h@hyllieif.se>"))
    ids = _ids(config)
    assert sorted(m.association_id for m in stored_messages(config).values()) == sorted(
        [ids[SCOUT], ids[SCOUT], ids[HYLLIE]])
    # the roster again, now giving the address to the Pensionärsklubb as well
    cfg = write_config(tmp_path)  # the same store, as a file for the command line
    (tmp_path / "shared.csv").write_text(ROSTER, encoding="utf-8")
    out = CliRunner().invoke(app, ["-c", str(cfg), "associations", "import",
                                   str(tmp_path / "shared.csv")], env={"COLUMNS": "200"})
    assert out.exit_code == 0, out.output
    assert f"Delad adress {SHARED}: {SCOUT}, {PENSION}" in out.output
    # the two replies from the address (not Hyllie's) were matched again
    assert "2 inlästa meddelanden matchades på nytt" in out.output
    after = {m.match_detail: m for m in stored_messages(config).values()}
    plain = after[SHARED]
    assert plain.association_id == ids[SCOUT]
    assert [r["code"] for r in plain.problems["reasons"]] == ["shared_address"]
    named = after[f"{SHARED}, name '{PENSION}' in the text"]
    assert named.association_id == ids[PENSION]
    recs = records_by_name(config)
    assert [r.code for r in recs[SCOUT].reasons] == ["shared_address"]
    assert (recs[PENSION].status, recs[PENSION].reasons) == ("responded", [])
    due = [c.name for c in reminder_selection(config).due]
    assert PENSION not in due and due == []


def test_the_web_review_assigns_a_shared_address_reply(tmp_path: Path) -> None:
    from test_web import field, make_client

    config = _shared(tmp_path)
    ids = _ids(config)
    import_mail(config, tmp_path, "r.eml", reply(ANSWERS, sender=SHARED, name="Kansliet"))
    (msg,) = stored_messages(config).values()
    with make_client(config) as client:
        page = client.get(f"/review/a{ids[PENSION]}").text
        assert "Ett svar från adressen som föreningen delar" in page
        scout = client.get(f"/review/a{ids[SCOUT]}").text
        assert f'action="/messages/{msg.id}/confirm"' in scout  # "Bekräfta" is offered
        r = client.post(f"/messages/{msg.id}/assign",
                        data={"csrf": field(page, "csrf"), "association": PENSION},
                        follow_redirects=False)
        assert r.status_code == 303
    assert review.load_message(config, msg.id).message.association_id == ids[PENSION]
    recs = records_by_name(config)
    assert (recs[PENSION].status, recs[SCOUT].status) == ("responded", "no_response")
    assert not recs[SCOUT].needs_review and not recs[PENSION].needs_review


# --- reminders, bounces, auto-replies -----------------------------------------------------


def test_each_unanswered_holder_gets_its_own_reminder_at_the_shared_address(
        tmp_path: Path) -> None:
    config = _shared(tmp_path)
    recs = records_by_name(config)
    result = run_reminders(config, send=False, now=lambda: REMINDER_DAY)
    planned = {p.candidate.name: p for p in result.planned}
    assert set(planned) == {SCOUT, PENSION, HYLLIE}
    for name in (SCOUT, PENSION):
        p = planned[name]
        assert p.candidate.addresses == (SHARED,)
        assert p.rendered.subject.endswith(f"[ref: {recs[name].ref}]")
        assert f"Hej {name}!" in p.rendered.body
    assert recs[SCOUT].ref != recs[PENSION].ref


def test_a_bounce_of_the_shared_address_marks_every_holder(tmp_path: Path) -> None:
    config = config_with_roster(tmp_path, ROSTER.replace(
        f"{PENSION},{SHARED}", f"{PENSION},{SHARED}; ordf@rorsjon.se"))
    import_mail(config, tmp_path, "b.eml", _bounce(SHARED))
    (msg,) = stored_messages(config).values()
    assert msg.kind == "bounce"
    recs = records_by_name(config)
    assert (recs[SCOUT].bounced, recs[PENSION].bounced, recs[HYLLIE].bounced) == (
        True, True, False)
    assert [m.id for m in recs[PENSION].messages] == [msg.id]
    sel = reminder_selection(config)
    due = {c.name: (c.addresses, c.left_out) for c in sel.due}
    # the Pensionärsklubb's other address still works; the Scoutkår has none left
    assert due == {PENSION: (("ordf@rorsjon.se",), (SHARED,)),
                   HYLLIE: (("kansli@hyllieif.se",), ())}
    assert [(s.name, s.reason, s.params) for s in sel.skipped] == [
        (SCOUT, "bounced", {"addresses": SHARED})]
    state = service.survey_state(config)
    assert sum(r.bounced for r in state.associations) == 2


def test_an_auto_reply_from_the_shared_address_counts_for_every_holder(tmp_path: Path) -> None:
    config = _shared(tmp_path)
    import_mail(config, tmp_path, "a.eml", reply(
        "Jag är på semester till den 20 januari.", sender=SHARED, name="Kansliet",
        subject="Frånvaromeddelande: Kartläggning", headers={"Auto-Submitted": "auto-replied"},
        when=dt.datetime(2020, 1, 12, 9, tzinfo=CET)))
    (msg,) = stored_messages(config).values()
    assert msg.kind == "auto_reply"
    recs = records_by_name(config)
    for name in (SCOUT, PENSION):
        assert (recs[name].auto_replies, recs[name].status, recs[name].reasons) == (
            1, "no_response", [])
    assert recs[HYLLIE].auto_replies == 0
    assert [c.name for c in reminder_selection(config).due] == [SCOUT, PENSION, HYLLIE]


# --- the export --------------------------------------------------------------------------

CONTRACT = {"association", "org_number", "emails", "status", "bounced", "received_at",
            "wants_interview", "declined", "needs_review", "answers", "sources",
            "review_reasons"}


def test_the_json_export_keeps_its_contract_with_a_shared_address(tmp_path: Path) -> None:
    config = _shared(tmp_path)
    import_mail(config, tmp_path, "r.eml", reply(ANSWERS, sender=SHARED, name="Kansliet"))
    service.export(config, "json", tmp_path / "out.json")
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert set(data) >= {"survey", "associations", "unmatched"}
    rows = data["associations"]
    assert [r["association"] for r in rows] == [SCOUT, PENSION, HYLLIE]  # one per association
    for row in rows:
        assert set(row) >= CONTRACT, CONTRACT - set(row)
    by = {r["association"]: r for r in rows}
    assert by[SCOUT]["emails"] == by[PENSION]["emails"] == [SHARED]
    assert (by[SCOUT]["status"], by[PENSION]["status"]) == ("responded", "no_response")
    assert by[SCOUT]["needs_review"] and by[PENSION]["needs_review"]
    assert len(by[SCOUT]["review_reasons"]) == len(by[PENSION]["review_reasons"]) == 1
    assert by[PENSION]["review_reasons"][0].startswith("Ett svar från adressen som föreningen")
    assert data["unmatched"] == []
    # `intake status --format json`: one row per association, each with its addresses
    from helpers import write_config
    from typer.testing import CliRunner

    from svarsinkorg.cli import app

    out = CliRunner().invoke(app, ["-c", str(write_config(tmp_path)), "status", "--format",
                                   "json"])
    assert out.exit_code == 0, out.output
    status = {r["association"]: r for r in json.loads(out.output)["associations"]}
    assert {n: (r["emails"], r["status"]) for n, r in status.items()} == {
        SCOUT: ([SHARED], "responded"), PENSION: ([SHARED], "no_response"),
        HYLLIE: (["kansli@hyllieif.se"], "no_response")}
    service.export(config, "csv", tmp_path / "out.csv")
    lines = (tmp_path / "out.csv").read_text(encoding="utf-8-sig").splitlines()
    assert [ln.split(";")[:3] for ln in lines[1:]] == [
        [SCOUT, "802400-1111", SHARED], [PENSION, "802400-2222", SHARED],
        [HYLLIE, "802400-3333", "kansli@hyllieif.se"]]


# --- the migration -----------------------------------------------------------------------


def _main_schema_store(url: str) -> None:
    """A store at revision 0003 (main's schema before 0004: one association per address)
    with a roster, a message and a correction in it."""
    engine = make_engine(url)
    try:
        migrations.upgrade(engine, "0003")
        with engine.begin() as conn:
            for i, (name, emails) in enumerate([(SCOUT, [SHARED, "scout@rorsjon.se"]),
                                                (PENSION, ["pension@rorsjon.se"])], 1):
                conn.execute(text(
                    "INSERT INTO associations (id, name, roster_order, opted_out, ref, "
                    "created_at) VALUES (:i, :n, :i, false, :r, CURRENT_TIMESTAMP)"),
                    {"i": i, "n": name, "r": f"REF{i}"})
                for e in emails:
                    conn.execute(text("INSERT INTO association_emails (association_id, email) "
                                      "VALUES (:i, :e)"), {"i": i, "e": e})
            if engine.dialect.name == "postgresql":  # ids given by hand: the sequence on
                conn.execute(text("SELECT setval('associations_id_seq', 2)"))
            with pytest.raises(IntegrityError), conn.begin_nested():
                conn.execute(text("INSERT INTO association_emails (association_id, email) "
                                  "VALUES (2, :e)"), {"e": SHARED})  # main's rule
    finally:
        engine.dispose()


def _emails(conn) -> list[tuple[int, int, str]]:
    return [tuple(r) for r in conn.execute(text(
        "SELECT id, association_id, email FROM association_emails ORDER BY id"))]


def test_0004_keeps_every_row_and_lets_an_address_be_shared(store_url: str) -> None:
    _main_schema_store(store_url)
    engine = make_engine(store_url)
    try:
        with engine.connect() as conn:
            before = _emails(conn)
        result = migrations.upgrade(engine)
        assert (result.before, result.after, result.action) == (
            "0003", migrations.head_revision(), "upgraded")
        with engine.begin() as conn:
            assert _emails(conn) == before  # every row, ids and all
            assert migrations.differences(conn) == []
            conn.execute(text("INSERT INTO association_emails (association_id, email) "
                              "VALUES (2, :e)"), {"e": SHARED})
            new_id, aid, email = _emails(conn)[-1]
            assert (aid, email) == (2, SHARED) and new_id > max(i for i, _a, _e in before)
        with pytest.raises(IntegrityError), engine.begin() as conn:  # the same pair twice
            conn.execute(text("INSERT INTO association_emails (association_id, email) "
                              "VALUES (2, :e)"), {"e": SHARED})
    finally:
        engine.dispose()
    # and the store works as one: the roster import shares the address
    store = Store(store_url)
    try:
        with store.session() as s:
            assert [(e.name, e.emails) for e in roster(s)] == [
                (SCOUT, (SHARED, "scout@rorsjon.se")), (PENSION, ("pension@rorsjon.se", SHARED))]
            from svarsinkorg.model import RosterRow
            from svarsinkorg.store.repository import upsert_roster

            result = upsert_roster(s, [RosterRow(2, SCOUT, (SHARED,), None),
                                       RosterRow(3, PENSION, (SHARED,), None)])
            assert result.shared == {SHARED: [SCOUT, PENSION]}
        with store.session() as s:
            assert [(e.name, e.emails) for e in roster(s)] == [
                (SCOUT, (SHARED,)), (PENSION, (SHARED,))]
    finally:
        store.close()


def test_a_main_schema_store_without_a_version_is_adopted_and_upgraded(store_url: str) -> None:
    """A store made by create_all from the models before 0004 (its tables and columns are
    0003's, its constraint the old one): stamped with the oldest revision of that shape,
    so 0004 still runs on it."""
    _main_schema_store(store_url)
    engine = make_engine(store_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("DROP TABLE alembic_version"))
        result = migrations.upgrade(engine)
        assert (result.before, result.after, result.action) == (
            None, migrations.head_revision(), "adopted")
        with engine.begin() as conn:
            assert len(_emails(conn)) == 3
            assert migrations.differences(conn) == []
            conn.execute(text("INSERT INTO association_emails (association_id, email) "
                              "VALUES (2, :e)"), {"e": SHARED})
    finally:
        engine.dispose()


def test_downgrade_below_0004_refuses_while_an_address_is_shared(tmp_path: Path) -> None:
    from alembic import command

    url = f"sqlite:///{tmp_path / 'dg.db'}"
    engine = make_engine(url)
    try:
        migrations.upgrade(engine)
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO associations (id, name, roster_order, opted_out, "
                              "created_at) VALUES (1, 'A', 1, 0, CURRENT_TIMESTAMP), "
                              "(2, 'B', 2, 0, CURRENT_TIMESTAMP)"))
            conn.execute(text("INSERT INTO association_emails (association_id, email) "
                              "VALUES (1, 'x@y.se'), (2, 'x@y.se')"))
        with pytest.raises(RuntimeError, match=r"x@y\.se"), engine.begin() as conn:
            command.downgrade(migrations.alembic_config(conn), "0003")
        assert migrations.current_revision(engine) == migrations.head_revision()  # nothing undone
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM association_emails WHERE association_id = 2"))
            command.downgrade(migrations.alembic_config(conn), "0003")
        assert migrations.current_revision(engine) == "0003"
        with pytest.raises(IntegrityError), engine.begin() as conn:
            conn.execute(text("INSERT INTO association_emails (association_id, email) "
                              "VALUES (2, 'x@y.se')"))
    finally:
        engine.dispose()

