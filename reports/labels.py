"""Every word the coordinator reads, in one place. Swedish by default; `language = "en"`
in [survey] switches. Keys are stable; add a key to both languages."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ..model import Reason, stored_code

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
        "declined": "Avböjer att delta",
        "declined_flag": "avböjer att delta",
        "bounced_flag": "adressen studsar",
        "review_flag": "granska",
        "late_flag": "sent",
        "corrected_flag": "ändrat för hand",
        "roster_imported": "Föreningar: {added} nya, {updated} uppdaterade, "
        "{unchanged} oförändrade",
        "roster_shared": "Delad adress {address}: {names} (ett svar därifrån räknas för den "
        "förening det nämner; nämner det ingen bekräftar du vilken)",
        "roster_skipped": "Rad {line} hoppades över: {why}",
        "roster_rematched": "{n} inlästa meddelanden matchades på nytt efter de ändrade adresserna",
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
        "skip_declined": "har avböjt att delta",
        "skip_late": "har svarat (efter sista svarsdag)",
        "skip_opted_out": "har avböjt påminnelser",
        "skip_bounced": "adressen studsar ({addresses})",
        "skip_no_address": "saknar e-postadress",
        "skip_max_reached": "redan påmind {n} gånger",
        "skip_reminded_today": "redan påmind i dag",
        "skip_too_soon": "påmind {date}, nästa tidigast {next}",
        "skipped_responded": "har svarat",
        "skipped_declined": "avböjt att delta",
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
        # the review pages of `intake serve` (issue 11)
        "nav_overview": "Översikt",
        "nav_review": "Att granska",
        "nav_associations": "Föreningar",
        "nav_reminders": "Påminnelser",
        "queue_left": "{n} kvar att granska",
        "queue_position": "{pos} av {n}",
        "queue_done": "Allt är granskat.",
        "not_in_queue": "Det här är inte längre i granskningskön.",
        "mail_title": "Mejlet",
        "record_title": "Posten",
        "to": "Till",
        "cc": "Kopia",
        "text_body": "Texten",
        "html_body": "HTML-versionen (rensad: inga bilder, skript eller externa resurser)",
        "attachments": "Bilagor",
        "download": "Ladda ned",
        "attachment_text": "Text ur bilagan",
        "attachment_problem": "Kunde inte läsas: {why}",
        "no_text": "(ingen text)",
        "interview_field": "Vill bli intervjuad",
        "status_from_mail": "som mejlen ger den",
        "status_set_by_hand": "satt för hand",
        "association_field": "Förening",
        "association_hint": "Skriv för att söka i registret",
        "not_survey": "Inte ett enkätsvar",
        "message_not_survey": "Mejl #{id} är inget enkätsvar",
        "reason_in_mail": "(mejl #{id})",
        "section_title": "Föreningens eget avsnitt i mejl #{id} från {sender}",
        "section_hint": "Det är härifrån föreningens svar kommer: jämför och godkänn.",
        "section_files": "Bilagor som namnges efter föreningen: {files} (texten under "
        "mejlets bilagor)",
        "confirm_match": "Rätt förening: bekräfta att mejl #{id} är från {name}",
        "confirm_match_hint": "Bekräftar bara avsändaren; svaren granskar du nedan. Spara och "
        "godkänn bekräftar den också.",
        "saved_confirmed": "Bekräftat: mejl #{id} är från {name}.",
        "confirm_moved": "Mejlet hör inte längre till den föreningen (någon har flyttat det). "
        "Ladda om sidan.",
        "undone_notice": "Ångrat.",
        "wrong_association": "Fel förening? Flytta mejl #{id}",
        "saved_moved": "Mejlet är flyttat.",
        "why_review": "Varför granska",
        "save_approve": "Spara och godkänn",
        "save_only": "Spara",
        "skip": "Hoppa över",
        "previous": "Föregående",
        "next": "Nästa",
        "keys_help": "Tangenter: j nästa, k föregående, g spara och godkänn, 1–9 markerad "
        "text i mejlet blir svaret på den frågan",
        "saved_changes": "Sparat: {n} ändringar.",
        "saved_approved": "Godkänt: {name}.",
        "saved_not_survey": "Markerat som inte ett enkätsvar.",
        "stale_title": "Posten har ändrats sedan du öppnade den",
        "stale_text": "Inget sparades. Jämför nedan; spara igen om dina värden ska gälla.",
        "stale_yours": "Ditt värde",
        "stale_now": "Sparat nu",
        "unknown_association": "Välj en förening ur registret, eller ”Inte ett enkätsvar”.",
        "history_title": "Ändringar för hand",
        "history_when": "När",
        "history_who": "Vem",
        "history_what": "Vad",
        "history_change": "Från → till",
        "no_history": "Inga ändringar för hand.",
        "undo": "Ångra",
        "undone_by": "ångrad {when} av {who}",
        "replaced": "ersatt av en senare ändring",
        "key_reviewed": "Granskad",
        "key_assign": "Förening för meddelande {id}",
        "key_status": "Status",
        "key_bounced": "Studsar",
        "parsed_value": "tolkat",
        "messages_title": "Meddelanden",
        "merged_title": "Sammanställt svar",
        "source": "Källa",
        "source_body": "mejlets text",
        "source_manual": "ändrat för hand",
        "search": "Sök",
        "search_hint": "Namn, e-post eller referens",
        "roster_count": "{n} föreningar",
        "reminders_page_title": "Påminnelser: provkörning",
        "reminders_page_note": "Så här skulle påminnelserna gå ut om de skickades nu. "
        "Inget skickas härifrån: kör intake remind --send när du vill skicka.",
        "would_remind": "Skulle påminnas ({n})",
        "skipped_title": "Hoppas över ({n})",
        "reminder_round": "Påminnelse {n}",
        "reminder_error": "Påminnelserna kan inte förberedas: {why}",
        "forbidden_title": "Ingen åtkomst",
        "forbidden_text": "Öppna länken som intake serve skrev ut (den fungerar en gång), "
        "eller logga in. En ny länk: tryck Enter i terminalen där intake serve körs.",
        "csrf_failed": "Formuläret kom inte från den här sidan eller är för gammalt. "
        "Ladda om sidan och försök igen.",
        "login_title": "Logga in",
        "user_name": "Namn",
        "password": "Lösenord",
        "login_failed": "Fel lösenord.",
        "logout": "Logga ut",
        "signed_in_as": "Inloggad som {name}",
        "not_found": "Finns inte.",
        "message_title": "Meddelande {id}",
        "move_message": "Flytta meddelandet",
        "move_button": "Flytta",
        "match_info": "Matchning",
        "open_review": "Granska",
        "show": "Visa",
        "no_messages": "Inga meddelanden.",
        "hand_assigned": "flyttat för hand",
        "everyone_skipped": "Ingen skulle påminnas nu.",
        "nothing_skipped": "Ingen hoppas över.",
        "unmatched_note": "Meddelanden utan förening",
        # issue 9: kinds, reminders held back for review, and review reasons
        "own": "egen",
        "not_reminded_review": "väntar på granskning, påminns inte",
        "own_title": "Egna utskick",
        "review_reasons": "Att granska",
        # a note on an answer, shown beside it, never reviewed (model.NOTE_CODES)
        "answer_notes": "Noteringar om svaren",
        "yes_no_hedged_note": "{answer} (med förbehåll: \"{words}\")",
        "question_ref": "fråga {n}",
        "interview_ref": "fältet ”Vill bli intervjuad”",
        "questions_ref": "fråga",
        "skip_awaits_review": "väntar på granskning: {why}",
        "skip_awaits_confirmation": "föreningen behöver bekräftas: {why}",
        "skipped_awaits_review": "väntar på granskning",
        "skipped_awaits_confirmation": "väntar på bekräftelse",
        "skip_awaits_unmatched": "ett svar utan förening kan vara från föreningen: {why}",
        "skipped_awaits_unmatched": "kan ha svarat utan förening",
        "remind_unmatched_waiting": "{n} svar utan förening väntar på granskning (intake "
        "review)",
        "status_unmatched_waiting": "{n} svar utan förening väntar på granskning (intake "
        "review): en förening som står utan svar kan ha svarat",
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
        "declined": "Declines to take part",
        "declined_flag": "declines to take part",
        "bounced_flag": "address bounces",
        "review_flag": "review",
        "late_flag": "late",
        "corrected_flag": "set by hand",
        "roster_imported": "Associations: {added} new, {updated} updated, {unchanged} unchanged",
        "roster_shared": "Shared address {address}: {names} (a reply from it counts for the "
        "association it names; naming none, you confirm which)",
        "roster_skipped": "Row {line} skipped: {why}",
        "roster_rematched": "{n} stored messages matched again for the changed addresses",
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
        "skip_declined": "has declined to take part",
        "skip_late": "has responded (after the deadline)",
        "skip_opted_out": "opted out of reminders",
        "skip_bounced": "the address bounces ({addresses})",
        "skip_no_address": "has no e-mail address",
        "skip_max_reached": "already reminded {n} times",
        "skip_reminded_today": "already reminded today",
        "skip_too_soon": "reminded {date}, next on {next} at the earliest",
        "skipped_responded": "responded",
        "skipped_declined": "declined to take part",
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
        # the review pages of `intake serve` (issue 11)
        "nav_overview": "Overview",
        "nav_review": "To review",
        "nav_associations": "Associations",
        "nav_reminders": "Reminders",
        "queue_left": "{n} left to review",
        "queue_position": "{pos} of {n}",
        "queue_done": "Everything is reviewed.",
        "not_in_queue": "This is no longer in the review queue.",
        "mail_title": "The mail",
        "record_title": "The record",
        "to": "To",
        "cc": "Cc",
        "text_body": "The text",
        "html_body": "The HTML version (cleaned: no images, scripts or remote content)",
        "attachments": "Attachments",
        "download": "Download",
        "attachment_text": "Text from the attachment",
        "attachment_problem": "Could not be read: {why}",
        "no_text": "(no text)",
        "interview_field": "Wants an interview",
        "status_from_mail": "as the mail makes it",
        "status_set_by_hand": "set by hand",
        "association_field": "Association",
        "association_hint": "Type to search the roster",
        "not_survey": "Not a survey reply",
        "message_not_survey": "Mail #{id} is no survey reply",
        "reason_in_mail": "(mail #{id})",
        "section_title": "This association's own section of mail #{id} from {sender}",
        "section_hint": "The association's answers come from here: compare and approve.",
        "section_files": "Attachments named after the association: {files} (their text is "
        "under the mail's attachments)",
        "confirm_match": "Right association: confirm mail #{id} is from {name}",
        "confirm_match_hint": "Confirms the sender only; review the answers below. Save and "
        "approve confirms it too.",
        "saved_confirmed": "Confirmed: mail #{id} is from {name}.",
        "confirm_moved": "The mail no longer belongs to that association (someone moved it). "
        "Reload the page.",
        "undone_notice": "Undone.",
        "wrong_association": "Wrong association? Move mail #{id}",
        "saved_moved": "The mail was moved.",
        "why_review": "Why review",
        "save_approve": "Save and approve",
        "save_only": "Save",
        "skip": "Skip",
        "previous": "Previous",
        "next": "Next",
        "keys_help": "Keys: j next, k previous, g save and approve, 1–9 the text marked in "
        "the mail becomes that question's answer",
        "saved_changes": "Saved: {n} changes.",
        "saved_approved": "Approved: {name}.",
        "saved_not_survey": "Marked as not a survey reply.",
        "stale_title": "The record changed since you opened it",
        "stale_text": "Nothing was saved. Compare below; save again if your values should hold.",
        "stale_yours": "Your value",
        "stale_now": "Stored now",
        "unknown_association": "Choose an association from the roster, or “Not a survey reply”.",
        "history_title": "Corrections",
        "history_when": "When",
        "history_who": "Who",
        "history_what": "What",
        "history_change": "From → to",
        "no_history": "No corrections.",
        "undo": "Undo",
        "undone_by": "undone {when} by {who}",
        "replaced": "replaced by a later correction",
        "key_reviewed": "Reviewed",
        "key_assign": "Association of message {id}",
        "key_status": "Status",
        "key_bounced": "Bounced",
        "parsed_value": "parsed",
        "messages_title": "Messages",
        "merged_title": "Merged record",
        "source": "Source",
        "source_body": "the mail's text",
        "source_manual": "set by hand",
        "search": "Search",
        "search_hint": "Name, e-mail or reference",
        "roster_count": "{n} associations",
        "reminders_page_title": "Reminders: dry run",
        "reminders_page_note": "This is how reminders would go out if sent now. Nothing is "
        "sent from here: run intake remind --send when you mean to send.",
        "would_remind": "Would be reminded ({n})",
        "skipped_title": "Skipped ({n})",
        "reminder_round": "Reminder {n}",
        "reminder_error": "The reminders cannot be prepared: {why}",
        "forbidden_title": "No access",
        "forbidden_text": "Open the link intake serve printed (it works once), or sign in. "
        "A new link: press Enter in the terminal where intake serve runs.",
        "csrf_failed": "The form did not come from this page or is too old. "
        "Reload the page and try again.",
        "login_title": "Sign in",
        "user_name": "Name",
        "password": "Password",
        "login_failed": "Wrong password.",
        "logout": "Sign out",
        "signed_in_as": "Signed in as {name}",
        "not_found": "Not found.",
        "message_title": "Message {id}",
        "move_message": "Move the message",
        "move_button": "Move",
        "match_info": "Matching",
        "open_review": "Review",
        "show": "Show",
        "no_messages": "No messages.",
        "hand_assigned": "moved by hand",
        "everyone_skipped": "Nobody would be reminded now.",
        "nothing_skipped": "Nobody is skipped.",
        "unmatched_note": "Messages without an association",
        # issue 9: kinds, reminders held back for review, and review reasons
        "own": "own mail",
        "not_reminded_review": "waiting for review, not reminded",
        "own_title": "Our own mail",
        "review_reasons": "To review",
        "answer_notes": "Notes on the answers",
        "yes_no_hedged_note": "{answer} (with a qualifier: \"{words}\")",
        "question_ref": "question {n}",
        "interview_ref": "the field “Wants an interview”",
        "questions_ref": "questions",
        "skip_awaits_review": "waiting for review: {why}",
        "skip_awaits_confirmation": "the association needs confirming: {why}",
        "skipped_awaits_review": "waiting for review",
        "skipped_awaits_confirmation": "waiting for confirmation",
        "skip_awaits_unmatched": "a reply that belongs to no association may be from it: "
        "{why}",
        "skipped_awaits_unmatched": "may have replied without a match",
        "remind_unmatched_waiting": "{n} replies without an association await review "
        "(intake review)",
        "status_unmatched_waiting": "{n} replies without an association await review "
        "(intake review): an association shown without a reply may have answered",
    },
}


# Review reasons by code (parsers.model.Reason, the pipeline, the store). Shown as
# "label (fråga N): detail"; a label may place {q} and {detail} itself. Add a code to both.
REASONS: dict[str, dict[str, str]] = {
    "sv": {
        "unassigned_text": "Text i svaret som inte hör till någon fråga",
        "heading_in_answer": "Svaret verkar innehålla en annan frågas rubrik",
        # what a failed reading leaves in an answer (parsers/selfcheck.py, bench/ablation.py)
        "heading_at_start": "Svaret börjar med en rubrik, ett nummer eller en svarsmarkering",
        "signature_in_answer": "Svaret verkar innehålla en hälsning, ett namn eller "
        "kontaktuppgifter",
        "table_in_answer": "Svaret slutar med en tabell med siffror (t.ex. statistik) "
        "som inte hör till svaret",
        "note_in_answer": "Svaret verkar innehålla ett meddelande om mejlet (t.ex. "
        "\"vi återkommer\") i stället för ett svar",
        "follow_up_repeats_yes_no": "Följdsvaret upprepar bara ja/nej-frågan",
        "survey_text_in_answer": "Svaret (eller intervjuönskan) är enkätens egen text, "
        "inte föreningens",
        "interview_unread": "Mejlet verkar be om ett möte eller samtal som inte lästes som "
        "en intervjuönskan",
        "named_unanswered": "Mejlet ger ett svar på en fråga med nummer som inte hittades",
        "aside_in_answer": "En mening i svaret verkar riktad till mottagaren, inte ett svar",
        "answer_below_original": "Svaret lästes ur ett tidigare mejl som citeras under det "
        "nya",
        "partial": "Alla frågor är inte besvarade",
        "yes_no_missing": "Ja/nej saknas fast följdfrågan har svar",
        "yes_no_contradicts": "Ja/nej-svaret motsägs av följdsvaret",
        "yes_no_other_language": "Ett ja på ett annat språk inleder ett längre svar som inte "
        "kunde läsas: kontrollera att resten inte tar tillbaka det",
        "yes_no_from_prose": "Ja/nej hittades i löptexten, inte som eget svar",
        "yes_no_conflict": "Olika ja/nej på olika ställen i mejlet",
        "yes_no_hedged": "Ja med förbehåll (\"i viss mån\", \"till viss del\"): läst som ja",
        "by_position": "Svaren fördelades efter ordningen (inga rubriker eller nummer)",
        "answers_in_quote": "Svaren hittades inuti det citerade utskicket",
        "quoted_questions": "Svaren hittades under citerade frågor",
        "ambiguous": "Oklart svar",
        "no_answer": "Inga svar hittades",
        "withdrawn_unanswered": "Mejlet drar tillbaka de tidigare svaren men svarar inte "
        "igen på {detail}: de tidigare svaren räknas inte",
        "responded_without_answers": "Status '{detail}' bygger bara på mejl där inga svar "
        "hittades: är det inget enkätsvar, lägg det åt sidan",
        "conflicting_sources": "Olika svar i mejlet och i en bilaga; det första behölls",
        "extraction_error": "Svaren kunde inte läsas ut ur texten",
        "attachment": "En bilaga kunde inte läsas helt",
        "image": "Bild utan text, kanske inskannade svar",
        "oversized": "Mejlet är för stort; bilagorna lästes inte",
        "headers_only": "Mejlet är för stort; bara rubrikraderna hämtades, läs det i "
        "e-postprogrammet",
        "no_date": "Mejlet saknar giltigt datum",
        "empty_body": "Mejlet är tomt",
        "answer_in_subject": "Mejlet är tomt utom ämnesraden; svaret lästes ur ämnesraden",
        "damaged": "Mejlet skadades på vägen; texten kan vara avkortad",
        "mime_defect": "Mejlet är felaktigt uppbyggt",
        "undecodable": "Mejlet kunde inte läsas",
        "decode": "Problem när mejlet lästes",
        "parse_failed": "Mejlet kunde inte tolkas",
        "parse_timeout": "Mejlet tog för lång tid att tolka (sparat som det kom)",
        "bounce_no_address": "Studs utan igenkännbar adress",
        "unmatched": "Hör inte till någon förening i registret",
        "unmatched_several": "Flera föreningar nämns; välj en",
        "unmatched_bounce": "Studs för en adress som inte finns i registret",
        "not_a_reply": "Mejl från föreningen som inte ser ut som ett svar",
        "match_by_name": "Kopplat till föreningen bara genom namnet i texten; avsändaren "
        "{detail} finns inte i registret: bekräfta",
        "sender_mismatch": "Avsändarnamnet innehåller en annan adress än avsändarens "
        "({detail}): bekräfta",
        "forward_of_other": "Vidarebefordrar ett svar som verkar vara från {detail}: "
        "välj vilken förening svaret gäller",
        "forwarded_here": "Ett svar som {detail} vidarebefordrat kan vara föreningens: "
        "välj vilken förening svaret gäller",
        "sent_for_other": "Skickat från adressen till {detail}, men säger sig bära denna "
        "förenings svar: bekräfta vilken förening svaret gäller",
        "shared_address": "Avsändaradressen delas av flera föreningar i registret "
        "({detail}) och texten säger inte vilken: bekräfta vilken förening svaret gäller",
        "several_associations": "Svar för flera föreningar i samma mejl: här gäller bara "
        "mejlets eget avsnitt; avsnittet för {detail} har lästs för den föreningen, att "
        "bekräfta där",
        "several_associations_unread": "Svar för flera föreningar i samma mejl: här gäller "
        "bara mejlets eget avsnitt; i avsnittet för {detail} kunde inga svar läsas, så den "
        "föreningen har inga svar härifrån: för in dem där för hand",
        "answers_in_section": "Svaren kommer från föreningens eget avsnitt i mejl #{mail} "
        "från {sender}, som svarar för flera föreningar: bekräfta att de gäller denna "
        "förening",
        "about_names_other": "Skickat från adressen till {detail}, men svaret beskriver "
        "denna förening: bekräfta vilken förening svaret gäller",
        "shared_address_other": "Ett svar från adressen som föreningen delar med andra "
        "kopplades till {detail} utan att säga vilken förening det gäller: det kan vara "
        "denna förenings; bekräfta vilken förening svaret gäller",
        "names_other": "Nämner även föreningen {detail}, som inte har svarat själv: "
        "gäller svaret även den?",
        "named_in_reply": "Nämns i ett svar från {detail}: gäller svaret även denna "
        "förening?",
        "maybe_in_unmatched": "Ett svar utan förening kan vara från denna förening (mejl "
        "#{mail} från {sender}): välj vilken förening det gäller",
        "may_be_from": "Kan vara från {detail}",
        "unmatched_anyone": "Ett svar utan förening (mejl #{mail} från {sender}) nämner "
        "ingen förening i registret och kan vara denna förenings: välj vilken förening det "
        "gäller",
        "may_be_anyones": "Nämner ingen förening: kan vara från vilken förening som helst "
        "som inte har svarat; de påminns inte förrän mejlet är kopplat",
        "text": "{detail}",
    },
    "en": {
        "unassigned_text": "Text in the reply that belongs to no question",
        "heading_in_answer": "The answer seems to hold another question's heading",
        "heading_at_start": "The answer starts with a heading, a number or an answer mark",
        "signature_in_answer": "The answer seems to hold a sign-off, a name or contact "
        "details",
        "table_in_answer": "The answer ends in a table of figures (e.g. statistics) that "
        "is no part of it",
        "note_in_answer": "The answer seems to hold a note about the mail (e.g. \"we will "
        "get back to you\") instead of an answer",
        "follow_up_repeats_yes_no": "The follow-up answer only repeats the yes/no question",
        "survey_text_in_answer": "The answer (or the interview wish) is the survey's own "
        "text, not the association's",
        "interview_unread": "The mail seems to ask for a meeting or a call that was not read "
        "as an interview wish",
        "named_unanswered": "The mail gives an answer to a question by its number that was "
        "not found",
        "aside_in_answer": "A sentence in the answer seems addressed to the reader, not an answer",
        "answer_below_original": "The answer was read from an earlier mail quoted below the "
        "new one",
        "partial": "Not every question is answered",
        "yes_no_missing": "Yes/no missing although the follow-up has an answer",
        "yes_no_contradicts": "The yes/no contradicts the follow-up answer",
        "yes_no_other_language": "A yes in another language opens a longer answer that could "
        "not be read: check that the rest does not take it back",
        "yes_no_from_prose": "Yes/no taken from the prose, not from its own answer",
        "yes_no_conflict": "Different yes/no in different places of the mail",
        "yes_no_hedged": "A yes with a hedge (\"to some extent\", \"in a way\"): read as yes",
        "by_position": "Answers assigned by their order (no headings or numbers)",
        "answers_in_quote": "Answers found inside the quoted survey mail",
        "quoted_questions": "Answers found under quoted questions",
        "ambiguous": "Unclear answer",
        "no_answer": "No answers found",
        "withdrawn_unanswered": "The mail withdraws the earlier answers but does not "
        "answer {detail} again: the earlier answers no longer count",
        "responded_without_answers": "Status '{detail}' rests only on mail where no "
        "answers were found: if it is no survey reply, set it aside",
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
        "answer_in_subject": "The mail is empty but for its subject line; the answer was "
        "read from the subject",
        "damaged": "The mail was damaged on the way; its text may be cut short",
        "mime_defect": "The mail is malformed",
        "undecodable": "The mail could not be read",
        "decode": "A problem reading the mail",
        "parse_failed": "The mail could not be parsed",
        "parse_timeout": "Parsing the mail took too long (stored as received)",
        "bounce_no_address": "Delivery failure without a recognisable address",
        "unmatched": "Belongs to no association in the roster",
        "unmatched_several": "Several associations are named; pick one",
        "unmatched_bounce": "Bounce for an address not in the roster",
        "not_a_reply": "Mail from the association that does not look like a reply",
        "match_by_name": "Matched to the association only by its name in the text; the "
        "sender {detail} is not in the roster: confirm",
        "sender_mismatch": "The sender's display name holds another address than the "
        "sender's ({detail}): confirm",
        "forward_of_other": "Forwards a reply that seems to be from {detail}: choose which "
        "association it is for",
        "forwarded_here": "A reply forwarded by {detail} may be this association's: choose "
        "which association it is for",
        "sent_for_other": "Sent from the address of {detail}, but says it carries this "
        "association's answers: confirm which association it is for",
        "shared_address": "The sender's address is shared by several associations in "
        "the roster ({detail}) and the text does not say which: confirm which association "
        "it is for",
        "several_associations": "Answers for several associations in one mail: only the "
        "mail's own section counts here; the section for {detail} was read for that "
        "association, to confirm there",
        "several_associations_unread": "Answers for several associations in one mail: only "
        "the mail's own section counts here; no answers could be read in the section for "
        "{detail}, so that association has none from this mail: enter them there by hand",
        "answers_in_section": "The answers come from this association's own section of mail "
        "#{mail} from {sender}, which answers for several associations: confirm they are "
        "this association's",
        "about_names_other": "Sent from the address of {detail}, but the reply describes "
        "this association: confirm which association it is for",
        "shared_address_other": "A reply from the address this association shares with "
        "others went to {detail} without saying which association it is for: it may be this "
        "one's; confirm which association it is for",
        "names_other": "Also names the association {detail}, which has not replied itself: "
        "does the reply answer for it too?",
        "named_in_reply": "Named in a reply from {detail}: does it answer for this "
        "association too?",
        "maybe_in_unmatched": "A reply that belongs to no association may be from this one "
        "(mail #{mail} from {sender}): choose which association it is for",
        "may_be_from": "May be from {detail}",
        "unmatched_anyone": "A reply that belongs to no association (mail #{mail} from "
        "{sender}) names none in the roster and may be this one's: choose which association "
        "it is for",
        "may_be_anyones": "Names no association: may be from any association that has not "
        "replied; they are not reminded until the mail is assigned",
        "text": "{detail}",
    },
}
_DETAIL_MAX = 160
# codes whose detail is a list of question keys ("how, about"): shown as "fråga 2, 3"
_KEY_LIST_DETAIL = {"partial", "withdrawn_unanswered"}
# codes whose detail is the matcher's stored text (store/records.py): translated
_MATCH_DETAIL = {"unmatched", "unmatched_several", "unmatched_bounce"}
# codes whose detail is "#<message id> <sender>" (store/records.py): said in the label
_MAIL_DETAIL_CODES = {"maybe_in_unmatched", "unmatched_anyone", "answers_in_section"}
# codes whose detail is a record's status ("responded", "late"): said in its word
_STATUS_DETAIL = {"responded_without_answers"}
# codes whose detail is the yes/no read, in the parser's word ("Ja", "Nej") when it was taken
# from a sentence and not written alone: said in the screen's word ("Yes", "No")
_YES_NO_DETAIL = {"yes_no_from_prose", "yes_no_conflict", "ambiguous", "yes_no_hedged",
                  "yes_no_other_language"}
_PARSER_YES_NO = {"Ja": True, "Nej": False}
_MAIL_DETAIL = re.compile(r"#(\d+) (.*)", re.S)
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
        if n:
            return self("question_ref", n=n)
        # The interview wish is a field of the record, not a question: its name, never its key.
        return self("interview_ref") if key == "wants_interview" else key

    def _question_list(self, detail: str) -> str:
        """ "works_against_segregation, how" -> "fråga 2, 3" when every key is known."""
        keys = [k.strip() for k in detail.split(",")]
        numbers = [self._numbers.get(k) for k in keys]
        if not all(numbers):
            return detail
        if len(numbers) == 1:
            return self("question_ref", n=numbers[0])
        return f"{self('questions_ref')} {', '.join(str(n) for n in numbers)}"

    def reason(self, r: Reason | str) -> str:
        """A review reason in the coordinator's words. A code without a label shows as
        the code and its detail; a plain string (an old stored row) as it is."""
        if isinstance(r, str):
            parsed = _from_text(r)
            if parsed is None:
                return r
            r = parsed
        if r.code in _KEY_LIST_DETAIL and r.detail:
            r = Reason(r.code, r.key, self._question_list(r.detail))
        elif r.code in _MATCH_DETAIL and r.detail:
            r = Reason(r.code, r.key, self.match_detail(r.detail))
        elif r.code in _STATUS_DETAIL and r.detail in ("responded", "late"):
            r = Reason(r.code, r.key, self(r.detail).lower())
        elif r.code in _YES_NO_DETAIL and r.detail in _PARSER_YES_NO:
            r = Reason(r.code, r.key, self.yes_no(_PARSER_YES_NO[r.detail]))
        elif r.code in ("attachment", "image") and r.detail:
            r = Reason(r.code, r.key, self.attachment_detail(r.detail))
        detail = r.detail if len(r.detail) <= _DETAIL_MAX else r.detail[:_DETAIL_MAX] + "…"
        template = REASONS[self.language].get(r.code) or REASONS["sv"].get(r.code)
        q = self.question(r.key) if r.key else ""
        mail = _MAIL_DETAIL.fullmatch(r.detail) if r.code in _MAIL_DETAIL_CODES else None
        if template is None or (r.code in _MAIL_DETAIL_CODES and mail is None):
            text = r.code
        else:
            extra = {"mail": mail.group(1), "sender": mail.group(2)} if mail else {}
            text = template.format(q=q, detail=detail, **extra)
            if "{detail}" in template or mail:
                detail = ""
            if "{q}" in template:
                q = ""
        if q:
            text += f" ({q})"
        return f"{text}: {detail}" if detail else text

    def reasons(self, rs: Iterable[Reason | str]) -> list[str]:
        return [self.reason(r) for r in rs]

    def __call__(self, key: str, /, **kw: object) -> str:
        text = self._t.get(key) or LABELS["sv"].get(key) or key
        return text.format(**kw) if kw else text

    def match_method(self, method: str | None) -> str:
        """How a message was tied to its association ("sender", "name", ...)."""
        if not method:
            return ""
        return self(f"mm_{method}") if method in MATCH_METHODS else method

    def match_detail(self, text: str | None) -> str:
        """A stored match detail in the coordinator's words; unknown: as stored."""
        return self._stored(text, MATCH_DETAILS)

    def kind_reason(self, text: str | None) -> str:
        """Why a message was classified as it was; unknown: as stored. The pipeline may add
        why a reply is about the survey after ": " ("related to survey: interview wish")."""
        if not text:
            return ""
        if stored_code(text, KIND_REASONS) is None and ": " in text:
            head, _, tail = text.partition(": ")
            if stored_code(head, KIND_REASONS) is not None:
                return f"{self.kind_reason(head)}: {self.kind_reason(tail)}"
        return self._stored(text, KIND_REASONS)

    def _stored(self, text: str | None, table: list[tuple[str, re.Pattern[str]]]) -> str:
        if not text:
            return ""
        found = stored_code(text, table)
        if found is None:
            return text
        code, values = found
        if code == "md_attached":  # "attached mail: <a detail>"
            values["v"] = self.match_detail(values["v"])
        return self(code, **values) if values else self(code)

    def attachment_detail(self, detail: str) -> str:
        """ "x.pdf: <reader's problem>" in the coordinator's words; unknown: as stored."""
        name, sep, problem = detail.partition(": ")
        return f"{name}: {self.reader_problem(problem)}" if sep else detail

    def reader_problem(self, problem: str) -> str:
        """An attachment reader's problem line (parsers/attachments/problems.py) in words;
        a form without a code as it is."""
        # Imported here: the attachment package costs ~25 ms, and `intake status --help`
        # or a quiet-night fetch reads labels without ever showing an attachment problem.
        from ..parsers.attachments.problems import problem_codes

        codes = problem_codes(problem)
        if not codes:
            return problem
        for _, values in codes:
            if "what" in values:  # a file kind ("image") in words; unknown: as it is
                values["what"] = self._t.get(f"file_{values['what']}", values["what"])
        return "; ".join(self(f"att_{c}", **v) if v else self(f"att_{c}") for c, v in codes)

    def source_error(self, e: object) -> str:
        """Why an import source could not be read (intake.sources.SourceError)."""
        code = getattr(e, "code", "")
        if code and f"source_{code}" in LABELS["sv"]:
            return self(f"source_{code}", detail=getattr(e, "detail", ""))
        return str(getattr(e, "reason", e))

    def error(self, exc: BaseException) -> str:
        """A refusal in the coordinator's words: an exception with a labelled `code`
        (model.Refusal, web.server.ServeRefused); any other as its own text."""
        code = getattr(exc, "code", None)
        if isinstance(code, str) and f"err_{code}" in LABELS["sv"]:
            return self(f"err_{code}", **getattr(exc, "values", {}))
        return str(exc)

    def yes_no(self, value: object) -> str:
        if value is True:
            return self("yes")
        if value is False:
            return self("no")
        return ""

    def answer_note(self, note: Reason, value: object) -> str:
        """An answer with its note beside it (model.NOTE_CODES): 'Ja (med förbehåll: "Ja,
        i viss mån.")'. A note of another code: the answer and the note's reason."""
        answer = self.yes_no(value) if isinstance(value, bool) else str(value or "")
        words = note.detail if len(note.detail) <= _DETAIL_MAX else \
            note.detail[:_DETAIL_MAX] + "…"
        if note.code == "yes_no_hedged" and words:
            return self("yes_no_hedged_note", answer=answer, words=words)
        return f"{answer} ({self.reason(Reason(note.code, None, note.detail))})"

    def answer_notes(self, notes: Iterable[Reason], answers: dict[str, object]) -> list[str]:
        """Each note with its question and the answer it is about: 'fråga 2: Ja (med
        förbehåll: "Ja, i viss mån.")' (the export's lines)."""
        return [f"{self.question(n.key)}: {self.answer_note(n, answers.get(n.key))}"
                if n.key else self.answer_note(n, None) for n in notes]


# --- stored match and classification texts -------------------------------------------------
# intake/match.py and intake/classify.py store their reasons as English text (old rows too).
# Each known form has a stable code here, derived from the text; the values it carries
# (addresses, names, header values) are kept verbatim. An unknown text shows as stored.
_ANY = r"(?P<v>.+)"
MATCH_DETAILS: list[tuple[str, re.Pattern[str]]] = [
    (code, re.compile(pattern, re.S)) for code, pattern in [
        ("md_bounce", rf"delivery failed for {_ANY}"),
        ("md_bounce_unknown", rf"bounce for unknown address {_ANY}"),
        ("md_reference", rf"reminder reference {_ANY}"),
        ("md_attached_from", rf"attached mail from {_ANY}"),
        ("md_forwarded_sender", r"the forwarded mail's sender"),
        ("md_address_in_text", r"the association's address in the text"),
        ("md_name_subject", rf"name '{_ANY}' in the subject"),
        ("md_name_signature", rf"name '{_ANY}' in the signature"),
        ("md_name_text", rf"name '{_ANY}' in the text \((?P<n>[\d.]+)\)"),
        ("md_several", rf"several associations named in the text: {_ANY}"),
        ("md_no_match", r"sender not in the roster and no association named"),
        ("md_attached", rf"attached mail: {_ANY}"),
        ("md_for_other", rf"for '{_ANY}', sent from (?P<a>.+)"),
    ]
]
KIND_REASONS: list[tuple[str, re.Pattern[str]]] = [
    (code, re.compile(pattern, re.S)) for code, pattern in [
        ("kr_own", r"sent from a coordinator address"),
        ("kr_delayed", r"delivery delayed \(not a failure\)"),
        ("kr_bounce", r"delivery failure report"),
        ("kr_receipt", r"read receipt \(disposition notification\)"),
        ("kr_receipt_subject", rf"read receipt \(subject '{_ANY}'\)"),
        ("kr_list", r"a newsletter or mailing list"),
        ("kr_auto_header", r"(?P<v>(?:Auto-Submitted|Precedence): .+)"),
        ("kr_auto_header", r"(?P<v>x-auto\w+) header"),
        ("kr_auto_suppress", r"X-Auto-Response-Suppress with an automatic-reply subject"),
        ("kr_ticket", rf"ticket receipt: '{_ANY}'"),
        ("kr_auto_subject", rf"subject '{_ANY}'"),
        ("kr_auto_body", rf"body says '{_ANY}'"),
        ("kr_no_reply", r"sent from a no-reply address"),
        ("kr_answers", r"answers the survey"),
        ("kr_related", r"related to survey"),
        ("kr_unrelated", r"not related to the survey"),
        ("kr_parse_failed", r"parsing failed"),
        # why a reply that answers nothing is still about the survey (pipeline, topic.py)
        ("kr_interview", r"interview wish"),
        ("kr_refers_attachment", r"refers to an attachment"),
        ("kr_opt_out", r"asks for no more reminders"),
        ("kr_bad_attachment", r"an attachment that could not be read"),
        ("kr_survey_word_subject", rf"survey word '{_ANY}' in the subject"),
        ("kr_survey_word_text", rf"survey word '{_ANY}' in the text"),
        ("kr_question_number", r"question (?P<v>\d+) in the text"),
        ("kr_in_reply", rf"'{_ANY}' in a reply to the survey"),
        ("kr_thread", r"a statement in the survey's thread"),
        ("kr_elsewhere", rf"says it is about something else: '{_ANY}'"),
    ]
]
MATCH_METHODS = ("bounce", "reference", "sender", "reply-to", "forwarded", "copied", "for_other",
                 "name", "none", "own")


def _both(pairs: dict[str, tuple[str, str]]) -> None:
    """Add labels given as key -> (Swedish, English): both languages at once."""
    for key, (sv, en) in pairs.items():
        LABELS["sv"].setdefault(key, sv)
        LABELS["en"].setdefault(key, en)


_both({
    # match methods
    "mm_bounce": ("studsen", "the bounce"),
    "mm_reference": ("påminnelsens referens", "the reminder reference"),
    "mm_sender": ("avsändaren", "the sender"),
    "mm_reply-to": ("svarsadressen", "the reply-to address"),
    "mm_forwarded": ("vidarebefordrat mejl", "a forwarded mail"),
    "mm_copied": ("föreningens adress bland mottagarna",
                  "the association's address among the recipients"),
    "mm_name": ("föreningens namn", "the association's name"),
    "mm_for_other": ("skickat för föreningen från en annan förenings adress",
                     "sent for the association from another one's address"),
    "mm_none": ("ingen koppling", "no match"),
    "mm_own": ("samordnarens eget mejl", "the coordinator's own mail"),
    # match details
    "md_bounce": ("leveransen misslyckades till {v}", "delivery failed for {v}"),
    "md_bounce_unknown": ("studs för en okänd adress {v}", "bounce for unknown address {v}"),
    "md_reference": ("påminnelsereferens {v}", "reminder reference {v}"),
    "md_attached_from": ("bifogat mejl från {v}", "attached mail from {v}"),
    "md_forwarded_sender": ("det vidarebefordrade mejlets avsändare",
                            "the forwarded mail's sender"),
    "md_address_in_text": ("föreningens adress i texten", "the association's address in the text"),
    "md_name_subject": ("namnet '{v}' i ämnesraden", "name '{v}' in the subject"),
    "md_name_signature": ("namnet '{v}' i signaturen", "name '{v}' in the signature"),
    "md_name_text": ("namnet '{v}' i texten ({n})", "name '{v}' in the text ({n})"),
    "md_several": ("flera föreningar nämns i texten: {v}",
                   "several associations named in the text: {v}"),
    "md_no_match": ("avsändaren finns inte i registret och ingen förening nämns",
                    "sender not in the roster and no association named"),
    "md_attached": ("bifogat mejl: {v}", "attached mail: {v}"),
    "md_for_other": ("för '{v}', skickat från {a}", "for '{v}', sent from {a}"),
    # kind reasons
    "kr_own": ("skickat från en samordnaradress", "sent from a coordinator address"),
    "kr_delayed": ("leveransen är försenad (inte misslyckad)", "delivery delayed (not a failure)"),
    "kr_bounce": ("rapport om misslyckad leverans", "delivery failure report"),
    "kr_receipt": ("läskvitto", "read receipt"),
    "kr_receipt_subject": ("läskvitto (ämne '{v}')", "read receipt (subject '{v}')"),
    "kr_list": ("nyhetsbrev eller e-postlista", "a newsletter or mailing list"),
    "kr_auto_header": ("automatiskt svar ({v})", "automatic reply ({v})"),
    "kr_auto_suppress": ("automatiskt svar (X-Auto-Response-Suppress och ämnesraden)",
                         "automatic reply (X-Auto-Response-Suppress and the subject)"),
    "kr_ticket": ("ärendekvitto: '{v}'", "ticket receipt: '{v}'"),
    "kr_auto_subject": ("automatiskt svar enligt ämnesraden '{v}'",
                        "automatic reply by its subject '{v}'"),
    "kr_auto_body": ("texten säger '{v}'", "the text says '{v}'"),
    "kr_no_reply": ("skickat från en no-reply-adress", "sent from a no-reply address"),
    "kr_answers": ("svarar på enkäten", "answers the survey"),
    "kr_related": ("handlar om enkäten", "related to the survey"),
    "kr_unrelated": ("handlar inte om enkäten", "not related to the survey"),
    "kr_parse_failed": ("kunde inte tolkas", "parsing failed"),
    "kr_interview": ("vill intervjuas", "wants an interview"),
    "kr_refers_attachment": ("hänvisar till en bilaga", "refers to an attachment"),
    "kr_opt_out": ("vill inte ha fler påminnelser", "asks for no more reminders"),
    "kr_bad_attachment": ("en bilaga som inte kunde läsas", "an attachment that could not be read"),
    "kr_survey_word_subject": ("enkätordet '{v}' i ämnesraden", "survey word '{v}' in the subject"),
    "kr_survey_word_text": ("enkätordet '{v}' i texten", "survey word '{v}' in the text"),
    "kr_question_number": ("fråga {v} i texten", "question {v} in the text"),
    "kr_in_reply": ("'{v}' i ett svar på enkäten", "'{v}' in a reply to the survey"),
    "kr_thread": ("ett påstående i enkätens tråd", "a statement in the survey's thread"),
    "kr_elsewhere": ("säger att det gäller något annat: '{v}'",
                     "says it is about something else: '{v}'"),
})


_both({
    # refusals (model.Refusal, web.server.ServeRefused): "err_" + code
    "err_no_correction": ("Det finns ingen ändring {id}.", "There is no correction {id}."),
    "err_already_undone": ("Ändring {id} är redan ångrad.", "Correction {id} is already undone."),
    "err_undo_not_one_action": ("Ändringarna hör inte till en och samma åtgärd: ångra dem "
                                "en i taget i historiken.",
                                "These corrections were not made by one action: undo them "
                                "one at a time in the history."),
    "err_undo_newer_first": ("Ändring {id} har ersatts av en senare ändring: ångra den först.",
                             "Correction {id} was replaced by a newer one: undo that first."),
    "err_no_message": ("Det finns inget sparat meddelande {ref!r}.",
                       "There is no stored message {ref!r}."),
    "err_no_association": ("Det finns ingen förening {name!r} i registret.",
                           "There is no association {name!r} in the roster."),
    "err_several_associations": ("{name!r} passar flera föreningar: {names}",
                                 "{name!r} names several associations: {names}"),
    "err_bad_status": ("Status måste vara responded, late eller no_response.",
                       "Status must be responded, late or no_response."),
    "err_bad_yes_no": ("{key} tar ja eller nej, inte {value!r}.",
                       "{key} takes yes or no (ja/nej), not {value!r}."),
    "err_unknown_key": ("Okänd nyckel {key!r}: använd en av {keys}.",
                        "Unknown key {key!r}: use one of {keys}."),
    "err_serve_env_unset": ("serve.password_env anger ${env}, som inte är satt (eller är tom): "
                            "sätt den, eller ta bort password_env.",
                            "serve.password_env names ${env}, which is not set (or empty): set "
                            "it, or remove password_env."),
    "err_serve_not_loopback": ("--host {host} skulle visa folks mejl för nätverket: ange först "
                               "[serve] password_env (ett lösenord för inloggning), eller kör "
                               "på 127.0.0.1.",
                               "--host {host} would show people's mail to the network: set "
                               "[serve] password_env (a sign-in password) first, or serve on "
                               "127.0.0.1."),
    "serve_plain_http": ("vanlig HTTP: lösenordet, sessionen och folks mejl går okrypterat över "
                         "nätverket; lägg servern bakom HTTPS (en omvänd proxy) eller använd en "
                         "SSH-tunnel till 127.0.0.1",
                         "plain HTTP: the password, the session and people's mail cross the "
                         "network unencrypted; put the server behind HTTPS (a reverse proxy) or "
                         "use an SSH tunnel to 127.0.0.1"),
    "serve_stop_hint": ("(Ctrl-C stoppar servern; Enter skriver ut en ny engångslänk, t.ex. "
                        "för en annan webbläsare)",
                        "(Ctrl-C stops the server; Enter prints a new one-time link, e.g. for "
                        "another browser)"),
    "serve_new_link": ("Ny engångslänk (den förra slutar gälla):",
                       "A new one-time link (the previous one stops working):"),
    "http_error": ("Sidan kunde inte visas (HTTP-fel {code}).",
                   "The page could not be shown (HTTP error {code})."),
    "template_error": ("Påminnelsemallen kunde inte användas: {detail}",
                       "The reminder template could not be used: {detail}"),
    # CLI answers to assign / set / undo
    "assigned_none": ("Meddelande {id} hör inte till någon förening.",
                      "Message {id} belongs to no association."),
    "assigned_to": ("Meddelande {id} → {name}", "Message {id} → {name}"),
    "assigned_to_section": (
        "Meddelande {id} → {name}: föreningens eget avsnitt i mejlet är nu dess svar; svaren "
        "mejlet lästes med ligger kvar hos {first}, som ett avsnitt att bekräfta där",
        "Message {id} → {name}: its own section of the mail is its answers now; the answers "
        "the mail was read with stay with {first}, as a section to confirm there"),
    "value_set": ("{name}: {key} = {value}", "{name}: {key} = {value}"),
    "value_cleared": ("(tomt)", "(empty)"),
    "demo_summary": ("Demolager {path}: {added} föreningar, {stored} meddelanden inlästa",
                     "Demo store {path}: {added} associations, {stored} messages imported"),
    "source_missing": ("filen eller mappen finns inte", "no such file or folder"),
    "source_unreadable": ("kan inte läsas: {detail}", "cannot be read: {detail}"),
    "source_empty": ("tom fil", "empty file"),
    "source_not_mail": ("ser inte ut som ett mejl (inga rubrikrader)",
                        "does not look like an e-mail (no header lines)"),
    "correction_undone": ("Ändring {id} ångrad.", "Correction {id} undone."),
})


_both({
    # intake fetch (its English FetchSummary.line() stays for the log)
    "fetch_summary": ("{stored} nya meddelanden ({replies} svar, {auto} autosvar, {bounces} "
                      "studsar, {other} övriga), {unmatched} utan förening, {duplicates} redan "
                      "inlästa, {skipped} överhoppade, {oversized} för stora, {errors} fel",
                      "{stored} new messages ({replies} replies, {auto} auto-replies, {bounces} "
                      "bounces, {other} other), {unmatched} unmatched, {duplicates} already "
                      "stored, {skipped} skipped, {oversized} oversized, {errors} errors"),
    "fetch_partial": ("; OFULLSTÄNDIG KÖRNING: {problems}", "; PARTIAL RUN: {problems}"),
    "fetch_failures_hint": ("(intake fetch --failures listar dem)",
                            "(intake fetch --failures lists them)"),
    "failures_when": ("När", "When"),
    "failures_folder": ("Mapp", "Folder"),
    "failures_uid": ("UID", "UID"),
    "failures_outcome": ("Utfall", "Outcome"),
    "failures_subject": ("Ämne", "Subject"),
    "failures_error": ("Fel", "Error"),
    "outcome_stored": ("sparat", "stored"),
    "outcome_duplicate": ("redan sparat", "duplicate"),
    "outcome_oversized": ("för stort", "oversized"),
    "outcome_failed": ("kunde inte hämtas", "failed"),
    "action_failed": ("åtgärden misslyckades", "action failed"),
    "no_failures": ("Inga misslyckade eller flaggade meddelanden.",
                    "No failed or flagged messages."),
})


_both({
    # attachment problems (parsers/attachments/problems.py): "att_" + code
    "att_image": ("en bild utan text (ett foto eller en skanning?)",
                  "an image without text (a photo or a scan?)"),
    "att_encrypted_office": ("lösenordsskyddat Office-dokument, kan inte läsas",
                             "a password-protected Office document, cannot be read"),
    "att_wrong_type": ("innehållet är inte vad filnamnet säger (det är {what})",
                       "the content is not what the file name says (it is {what})"),
    "att_no_libreoffice": (".{d}-filer kan inte läsas utan LibreOffice",
                           ".{d} files cannot be read without LibreOffice"),
    "att_unsupported": ("kan inte läsas ({what})", "cannot be read ({what})"),
    # file kinds (parsers/attachments/sniff.py)
    "file_exe": ("ett Windows-program (.exe)", "a Windows program (.exe)"),
    "file_elf": ("ett Linux-program", "a Linux program"),
    "file_image": ("en bild", "an image"),
    "file_zip": ("ett zip-arkiv", "a zip archive"),
    "file_pptx": ("en PowerPoint-presentation", "a PowerPoint presentation"),
    "file_ppt": ("en PowerPoint-presentation", "a PowerPoint presentation"),
    "file_encrypted-office": ("ett lösenordsskyddat Office-dokument",
                              "a password-protected Office document"),
    "file_ole": ("en okänd Microsoft Office-fil", "an unknown Microsoft Office file"),
    "file_binary": ("okända binära data", "unrecognised binary data"),
    "file_gzip": ("ett gzip-arkiv", "a gzip archive"),
    "file_rar": ("ett RAR-arkiv", "a RAR archive"),
    "file_7z": ("ett 7-Zip-arkiv", "a 7-Zip archive"),
    "att_unreadable": ("bilagan kunde inte läsas ({d})", "the attachment could not be read ({d})"),
    "att_empty": ("tom fil", "an empty file"),
    "att_too_large": ("för stor för att läsas ({d})", "too large to read ({d})"),
    "att_zip_bomb": ("vägrades: ser ut som en zip-bomb ({d})",
                     "refused: looks like a zip bomb ({d})"),
    "att_converted_unreadable": ("den konverterade filen kunde inte läsas ({d})",
                                 "the converted file could not be read ({d})"),
    "att_converted_refused": ("den konverterade filen vägrades ({d})",
                              "the converted file was refused ({d})"),
    "att_corrupt": ("trasig eller avkortad fil ({d})", "a damaged or truncated file ({d})"),
    "att_libreoffice_failed": ("LibreOffice kunde inte konvertera filen ({d})",
                               "LibreOffice could not convert the file ({d})"),
    "att_timeout": ("tog längre tid än {d} s att läsa", "took longer than {d} s to read"),
    "att_reader_unavailable": ("läsaren kunde inte köras", "the reader could not run"),
    "att_reader_crashed": ("läsaren kraschade på filen (kod {d})",
                           "the reader crashed on this file (code {d})"),
    "att_reader_failed": ("läsaren misslyckades ({d})", "the reader failed ({d})"),
    "att_no_text": ("ingen text i filen", "no text in the file"),
    "att_pdf_no_text": ("PDF:en saknar text (inskannad bild?)",
                        "the PDF has no text (a scanned image?)"),
    "att_pdf_encrypted": ("PDF:en är krypterad", "the PDF is encrypted"),
    "att_pdf_pages": ("PDF:en har {d} sidor; bara de första {n} lästes",
                      "the PDF has {d} pages; only the first {n} were read"),
    "att_pdf_fonts": ("PDF:ens text går inte att läsa (typsnitt utan Unicode)",
                      "the PDF's text is unreadable (fonts without Unicode)"),
    "att_sheet_too_large": ("kalkylbladet är för stort; bara de första {d} cellerna lästes",
                            "the spreadsheet is too large; only the first {d} cells were read"),
    "att_no_reader": ("ingen läsare för {d}", "no reader for {d}"),
})
