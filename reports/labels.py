"""Every word the coordinator reads, in one place. Swedish by default; `language = "en"`
in [survey] switches. Keys are stable; add a key to both languages."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ..model import Reason

if TYPE_CHECKING:
    from ..config import Survey

LABELS: dict[str, dict[str, str]] = {
    "sv": {
        "association": "Förening",
        "org_number": "Organisationsnummer",
        "emails": "E-post",
        "status": "Status",
        "received": "Mottaget",
        "answered": "Besvarade frågor",
        "flags": "Att notera",
        "bounced": "Studsar",
        "wants_interview": "Vill intervjuas",
        "needs_review": "Behöver granskas",
        "responded": "Svarat",
        "late": "Sent svar",
        "no_response": "Inget svar",
        "yes": "Ja",
        "no": "Nej",
        "deadline": "Sista svarsdag",
        "days_left": "{n} dagar kvar",
        "day_left": "1 dag kvar",
        "last_day": "Sista dagen idag",
        "days_ago": "Passerade för {n} dagar sedan",
        "day_ago": "Passerade igår",
        "counts": "Svarat: {responded} · Sent: {late} · Inget svar: {no_response} · "
        "Studsar: {bounced} · Att granska: {needs_review} · Av {total}",
        "unmatched_title": "Meddelanden utan förening",
        "review_title": "Att granska",
        "from": "Från",
        "subject": "Ämne",
        "date": "Datum",
        "kind": "Typ",
        "why": "Varför",
        "message": "Meddelande",
        "reply": "svar",
        "auto_reply": "autosvar",
        "bounce": "studs",
        "other": "övrigt",
        "manual": "ändrat för hand",
        "nothing_to_review": "Inget att granska.",
        "export_written": "Exporten är sparad: {path}",
        "sources": "Källor",
        "reminders": "Påminnelser",
        "last_reminded": "Senast påmind",
        "opted_out": "Avböjt påminnelser",
        "interview_flag": "vill intervjuas",
        "bounced_flag": "adressen studsar",
        "review_flag": "granska",
        "late_flag": "sent",
        "corrected_flag": "ändrat för hand",
        "roster_imported": "Föreningar: {added} nya, {updated} uppdaterade, "
        "{unchanged} oförändrade",
        "roster_skipped": "Rad {line} hoppades över: {why}",
        "import_summary": "{stored} nya meddelanden ({kinds}), {duplicates} redan inlästa, "
        "{failed} kunde inte tolkas",
        "reparsed": "{n} meddelanden tolkades om",
        # reminders and the HTML report (issue 5)
        "remind_dry_run": "Provkörning: inget skickas. Lägg till --send för att skicka.",
        "remind_would_send": "Skulle skicka påminnelse {round} till {name}",
        "remind_to": "Till",
        "remind_left_out": "Skrivs inte till (studsar eller avvisad): {addresses}",
        "remind_dry_summary": "Skulle skicka: {n} · Hoppar över: {skipped} ({reasons})",
        "remind_sent_line": "Skickad: {name} ({to})",
        "remind_refused_line": "Avvisad av servern: {name} <{address}>: {why}",
        "remind_failed_line": "Misslyckades: {name}: {why}",
        "remind_unknown_line": "Oklart om den kom fram: {name}: {why}",
        "remind_skipped_line": "Hoppar över {name}: {why}",
        "remind_summary": "Skickade: {sent} · Hoppade över: {skipped} ({reasons}) · "
        "Misslyckades: {failed}",
        "remind_aborted": "Körningen avbröts: {why}",
        "remind_not_attempted": "Inte försökt: {names}",
        "skip_responded": "har svarat",
        "skip_late": "har svarat (efter sista svarsdag)",
        "skip_opted_out": "har avböjt påminnelser",
        "skip_bounced": "adressen studsar ({addresses})",
        "skip_no_address": "saknar e-postadress",
        "skip_max_reached": "redan påmind {n} gånger",
        "skip_reminded_today": "redan påmind i dag",
        "skip_too_soon": "påmind {date}, nästa tidigast {next}",
        "skipped_responded": "har svarat",
        "skipped_late": "svarat sent",
        "skipped_opted_out": "avböjt",
        "skipped_bounced": "studsar",
        "skipped_no_address": "saknar adress",
        "skipped_max_reached": "påminda max antal gånger",
        "skipped_reminded_today": "påminda i dag",
        "skipped_too_soon": "påminda nyligen",
        "opted_out_done": "{name} får inga fler påminnelser.",
        "opted_in_done": "{name} får påminnelser igen.",
        "report_title": "Lägesrapport",
        "report_generated": "Skapad {when}",
        "report_written": "Rapporten är sparad: {path}",
        "kpi_responses": "Svar hittills",
        "kpi_of": "av {total}",
        "kpi_days_left": "Sista svarsdag {date}",
        "kpi_unit_days_left": "dagar kvar",
        "kpi_unit_day_left": "dag kvar",
        "kpi_unit_last_day": "sista dagen",
        "kpi_unit_day_ago": "dag sedan",
        "kpi_unit_days_ago": "dagar sedan",
        "kpi_late": "Sena svar",
        "kpi_bounced": "Studsande adresser",
        "kpi_review": "Att granska",
        "chart_title": "Svar över tid",
        "chart_responses": "Antal svar",
        "chart_today": "I dag",
        "chart_reminder": "Påminnelse {n}",
        "chart_roster": "Alla {n} föreningar",
        "unanswered": "Ej besvarat",
        "associations_title": "Föreningar",
        "answers": "Svar",
        "not_answered_title": "Har inte svarat",
        "never_reminded": "aldrig",
        "not_reminded_opted_out": "avböjt påminnelser, påminns inte",
        "not_reminded_bounced": "adressen studsar, påminns inte",
        "auto_replies_note": "autosvar: {n}",
        "reminders_title": "Påminnelser",
        "reminder_round_col": "Omgång",
        "reminded_count": "Påminda",
        "replies_after": "Svar efter påminnelsen",
        "reminder_effect": "{n} av {total} påminda föreningar har svarat efter en påminnelse.",
        "after_reminder": "efter påminnelse {n}",
        "no_reminders_yet": "Inga påminnelser skickade ännu.",
        "everyone_answered": "Alla har svarat.",
        # issue 9: kinds, reminders held back for review, and review reasons
        "own": "egen",
        "not_reminded_review": "väntar på granskning, påminns inte",
        "own_title": "Egna utskick",
        "review_reasons": "Att granska",
        "question_ref": "fråga {n}",
        "skip_awaits_review": "väntar på granskning: {why}",
        "skip_awaits_confirmation": "föreningen behöver bekräftas: {why}",
        "skipped_awaits_review": "väntar på granskning",
        "skipped_awaits_confirmation": "väntar på bekräftelse",
    },
    "en": {
        "association": "Association",
        "org_number": "Organisation number",
        "emails": "E-mail",
        "status": "Status",
        "received": "Received",
        "answered": "Answered questions",
        "flags": "Flags",
        "bounced": "Bounced",
        "wants_interview": "Wants interview",
        "needs_review": "Needs review",
        "responded": "Responded",
        "late": "Late",
        "no_response": "No response",
        "yes": "Yes",
        "no": "No",
        "deadline": "Deadline",
        "days_left": "{n} days left",
        "day_left": "1 day left",
        "last_day": "Last day today",
        "days_ago": "Passed {n} days ago",
        "day_ago": "Passed yesterday",
        "counts": "Responded: {responded} · Late: {late} · No response: {no_response} · "
        "Bounced: {bounced} · Needs review: {needs_review} · Of {total}",
        "unmatched_title": "Messages without an association",
        "review_title": "To review",
        "from": "From",
        "subject": "Subject",
        "date": "Date",
        "kind": "Kind",
        "why": "Why",
        "message": "Message",
        "reply": "reply",
        "auto_reply": "auto-reply",
        "bounce": "bounce",
        "other": "other",
        "manual": "set by hand",
        "nothing_to_review": "Nothing to review.",
        "export_written": "Export written: {path}",
        "sources": "Sources",
        "reminders": "Reminders",
        "last_reminded": "Last reminded",
        "opted_out": "Opted out of reminders",
        "interview_flag": "wants interview",
        "bounced_flag": "address bounces",
        "review_flag": "review",
        "late_flag": "late",
        "corrected_flag": "set by hand",
        "roster_imported": "Associations: {added} new, {updated} updated, {unchanged} unchanged",
        "roster_skipped": "Row {line} skipped: {why}",
        "import_summary": "{stored} new messages ({kinds}), {duplicates} already stored, "
        "{failed} could not be parsed",
        "reparsed": "{n} messages parsed again",
        # reminders and the HTML report (issue 5)
        "remind_dry_run": "Dry run: nothing is sent. Add --send to send.",
        "remind_would_send": "Would send reminder {round} to {name}",
        "remind_to": "To",
        "remind_left_out": "Not written to (bounced or refused): {addresses}",
        "remind_dry_summary": "Would send: {n} · Skipping: {skipped} ({reasons})",
        "remind_sent_line": "Sent: {name} ({to})",
        "remind_refused_line": "Refused by the server: {name} <{address}>: {why}",
        "remind_failed_line": "Failed: {name}: {why}",
        "remind_unknown_line": "Unknown whether delivered: {name}: {why}",
        "remind_skipped_line": "Skipping {name}: {why}",
        "remind_summary": "Sent: {sent} · Skipped: {skipped} ({reasons}) · Failed: {failed}",
        "remind_aborted": "The run stopped: {why}",
        "remind_not_attempted": "Not attempted: {names}",
        "skip_responded": "has responded",
        "skip_late": "has responded (after the deadline)",
        "skip_opted_out": "opted out of reminders",
        "skip_bounced": "the address bounces ({addresses})",
        "skip_no_address": "has no e-mail address",
        "skip_max_reached": "already reminded {n} times",
        "skip_reminded_today": "already reminded today",
        "skip_too_soon": "reminded {date}, next on {next} at the earliest",
        "skipped_responded": "responded",
        "skipped_late": "responded late",
        "skipped_opted_out": "opted out",
        "skipped_bounced": "bounced",
        "skipped_no_address": "no address",
        "skipped_max_reached": "reminded the most times",
        "skipped_reminded_today": "reminded today",
        "skipped_too_soon": "reminded recently",
        "opted_out_done": "{name} gets no more reminders.",
        "opted_in_done": "{name} gets reminders again.",
        "report_title": "Status report",
        "report_generated": "Made {when}",
        "report_written": "Report written: {path}",
        "kpi_responses": "Responses so far",
        "kpi_of": "of {total}",
        "kpi_days_left": "Deadline {date}",
        "kpi_unit_days_left": "days left",
        "kpi_unit_day_left": "day left",
        "kpi_unit_last_day": "last day",
        "kpi_unit_day_ago": "day ago",
        "kpi_unit_days_ago": "days ago",
        "kpi_late": "Late replies",
        "kpi_bounced": "Bounced addresses",
        "kpi_review": "Waiting for review",
        "chart_title": "Responses over time",
        "chart_responses": "Responses",
        "chart_today": "Today",
        "chart_reminder": "Reminder {n}",
        "chart_roster": "All {n} associations",
        "unanswered": "Not answered",
        "associations_title": "Associations",
        "answers": "Answers",
        "not_answered_title": "Not answered",
        "never_reminded": "never",
        "not_reminded_opted_out": "opted out, not reminded",
        "not_reminded_bounced": "address bounces, not reminded",
        "auto_replies_note": "auto-replies: {n}",
        "reminders_title": "Reminders",
        "reminder_round_col": "Round",
        "reminded_count": "Reminded",
        "replies_after": "Replies after the reminder",
        "reminder_effect": "{n} of {total} reminded associations replied after a reminder.",
        "after_reminder": "after reminder {n}",
        "no_reminders_yet": "No reminders sent yet.",
        "everyone_answered": "Everyone has answered.",
        # issue 9: kinds, reminders held back for review, and review reasons
        "own": "own mail",
        "not_reminded_review": "waiting for review, not reminded",
        "own_title": "Our own mail",
        "review_reasons": "To review",
        "question_ref": "question {n}",
        "skip_awaits_review": "waiting for review: {why}",
        "skip_awaits_confirmation": "the association needs confirming: {why}",
        "skipped_awaits_review": "waiting for review",
        "skipped_awaits_confirmation": "waiting for confirmation",
    },
}


# Review reasons by code (parsers.model.Reason, the pipeline, the store). Shown as
# "label (fråga N): detail"; a label may place {q} and {detail} itself. Add a code to both.
REASONS: dict[str, dict[str, str]] = {
    "sv": {
        "unassigned_text": "Text i svaret som inte hör till någon fråga",
        "heading_in_answer": "Svaret verkar innehålla en annan frågas rubrik",
        "partial": "Alla frågor är inte besvarade",
        "yes_no_missing": "Ja/nej saknas fast följdfrågan har svar",
        "yes_no_contradicts": "Ja/nej-svaret motsägs av följdsvaret",
        "yes_no_from_prose": "Ja/nej hittades i löptexten, inte som eget svar",
        "yes_no_conflict": "Olika ja/nej på olika ställen i mejlet",
        "by_position": "Svaren fördelades efter ordningen (inga rubriker eller nummer)",
        "answers_in_quote": "Svaren hittades inuti det citerade utskicket",
        "quoted_questions": "Svaren hittades under citerade frågor",
        "ambiguous": "Oklart svar",
        "no_answer": "Inga svar hittades",
        "conflicting_sources": "Olika svar i mejlet och i en bilaga; det första behölls",
        "extraction_error": "Svaren kunde inte läsas ut ur texten",
        "attachment": "En bilaga kunde inte läsas helt",
        "image": "Bild utan text, kanske inskannade svar",
        "oversized": "Mejlet är för stort; bilagorna lästes inte",
        "headers_only": "Mejlet är för stort; bara rubrikraderna hämtades, läs det i "
        "e-postprogrammet",
        "no_date": "Mejlet saknar giltigt datum",
        "empty_body": "Mejlet är tomt",
        "damaged": "Mejlet skadades på vägen; texten kan vara avkortad",
        "mime_defect": "Mejlet är felaktigt uppbyggt",
        "undecodable": "Mejlet kunde inte läsas",
        "decode": "Problem när mejlet lästes",
        "parse_failed": "Mejlet kunde inte tolkas",
        "bounce_no_address": "Studs utan igenkännbar adress",
        "unmatched": "Hör inte till någon förening i registret",
        "unmatched_several": "Flera föreningar nämns; välj en",
        "unmatched_bounce": "Studs för en adress som inte finns i registret",
        "not_a_reply": "Mejl från föreningen som inte ser ut som ett svar",
        "match_by_name": "Kopplat till föreningen bara genom namnet i texten; avsändaren "
        "{detail} finns inte i registret: bekräfta",
        "sender_mismatch": "Avsändarnamnet innehåller en annan adress än avsändarens "
        "({detail}): bekräfta",
        "text": "{detail}",
    },
    "en": {
        "unassigned_text": "Text in the reply that belongs to no question",
        "heading_in_answer": "The answer seems to hold another question's heading",
        "partial": "Not every question is answered",
        "yes_no_missing": "Yes/no missing although the follow-up has an answer",
        "yes_no_contradicts": "The yes/no contradicts the follow-up answer",
        "yes_no_from_prose": "Yes/no taken from the prose, not from its own answer",
        "yes_no_conflict": "Different yes/no in different places of the mail",
        "by_position": "Answers assigned by their order (no headings or numbers)",
        "answers_in_quote": "Answers found inside the quoted survey mail",
        "quoted_questions": "Answers found under quoted questions",
        "ambiguous": "Unclear answer",
        "no_answer": "No answers found",
        "conflicting_sources": "Different answers in the mail and an attachment; the first "
        "was kept",
        "extraction_error": "The answers could not be read from the text",
        "attachment": "An attachment could not be read fully",
        "image": "An image without text, maybe scanned answers",
        "oversized": "The mail is too large; its attachments were not read",
        "headers_only": "The mail is too large; only its headers were fetched, read it in "
        "the mail client",
        "no_date": "The mail has no usable date",
        "empty_body": "The mail is empty",
        "damaged": "The mail was damaged on the way; its text may be cut short",
        "mime_defect": "The mail is malformed",
        "undecodable": "The mail could not be read",
        "decode": "A problem reading the mail",
        "parse_failed": "The mail could not be parsed",
        "bounce_no_address": "Delivery failure without a recognisable address",
        "unmatched": "Belongs to no association in the roster",
        "unmatched_several": "Several associations are named; pick one",
        "unmatched_bounce": "Bounce for an address not in the roster",
        "not_a_reply": "Mail from the association that does not look like a reply",
        "match_by_name": "Matched to the association only by its name in the text; the "
        "sender {detail} is not in the roster: confirm",
        "sender_mismatch": "The sender's display name holds another address than the "
        "sender's ({detail}): confirm",
        "text": "{detail}",
    },
}
_DETAIL_MAX = 160
_TEXT_FORM = re.compile(r"([a-z_]+)(?::([\w.-]+))?(?:: (.*))?", re.S)


def _from_text(text: str) -> Reason | None:
    """A reason in its stored text form, "code[:key]: detail" (model.reason_text), when
    the code has a label; else None (an old free text, shown as it is)."""
    m = _TEXT_FORM.fullmatch(text)
    if m is None or m.group(1) not in REASONS["sv"] or m.group(1) == "text":
        return None
    return Reason(m.group(1), m.group(2), m.group(3) or "")


class Labels:
    def __init__(self, language: str = "sv", question_keys: Sequence[str] = ()) -> None:
        self.language = language if language in LABELS else "sv"
        self._t = LABELS[self.language]
        # question key -> its number, so a reason reads "fråga 3", not "how"
        self._numbers = {k: i for i, k in enumerate(question_keys, start=1)}

    @classmethod
    def for_survey(cls, survey: Survey) -> Labels:
        return cls(survey.language, survey.keys)

    def question(self, key: str) -> str:
        n = self._numbers.get(key)
        return self("question_ref", n=n) if n else key

    def reason(self, r: Reason | str) -> str:
        """A review reason in the coordinator's words. A code without a label shows as
        the code and its detail; a plain string (an old stored row) as it is."""
        if isinstance(r, str):
            parsed = _from_text(r)
            if parsed is None:
                return r
            r = parsed
        detail = r.detail if len(r.detail) <= _DETAIL_MAX else r.detail[:_DETAIL_MAX] + "…"
        template = REASONS[self.language].get(r.code) or REASONS["sv"].get(r.code)
        q = self.question(r.key) if r.key else ""
        if template is None:
            text = r.code
        else:
            text = template.format(q=q, detail=detail)
            if "{detail}" in template:
                detail = ""
            if "{q}" in template:
                q = ""
        if q:
            text += f" ({q})"
        return f"{text}: {detail}" if detail else text

    def reasons(self, rs: Iterable[Reason | str]) -> list[str]:
        return [self.reason(r) for r in rs]

    def __call__(self, key: str, **kw: object) -> str:
        text = self._t.get(key) or LABELS["sv"].get(key) or key
        return text.format(**kw) if kw else text

    def yes_no(self, value: object) -> str:
        if value is True:
            return self("yes")
        if value is False:
            return self("no")
        return ""
