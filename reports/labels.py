"""Every word the coordinator reads, in one place. Swedish by default; `language = "en"`
in [survey] switches. Keys are stable; add a key to both languages."""

from __future__ import annotations

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
        "roster_imported": "Föreningar: {added} nya, {updated} uppdaterade, {unchanged} oförändrade",
        "roster_skipped": "Rad {line} hoppades över: {why}",
        "import_summary": "{stored} nya meddelanden ({kinds}), {duplicates} redan inlästa, "
        "{failed} kunde inte tolkas",
        "reparsed": "{n} meddelanden tolkades om",
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
    },
}


class Labels:
    def __init__(self, language: str = "sv") -> None:
        self.language = language if language in LABELS else "sv"
        self._t = LABELS[self.language]

    def __call__(self, key: str, **kw: object) -> str:
        text = self._t.get(key) or LABELS["sv"].get(key) or key
        return text.format(**kw) if kw else text

    def yes_no(self, value: object) -> str:
        if value is True:
            return self("yes")
        if value is False:
            return self("no")
        return ""
