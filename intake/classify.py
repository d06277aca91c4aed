"""What a message is: a reply, an automatic reply, a delivery failure, or something else."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from ..parsers.text import WordFiltered
from .addresses import find_addresses, normalize_address
from .message import DecodedMessage

# "own": the coordinator's own mail (a reminder's copy landing in the inbox): never a reply.
Kind = Literal["reply", "auto_reply", "bounce", "other", "own"]
KINDS: tuple[str, ...] = ("reply", "auto_reply", "bounce", "other", "own")


@dataclass(frozen=True)
class Classification:
    kind: Kind
    reason: str
    bounced_addresses: list[str] = field(default_factory=list)


_BOUNCE_SENDER = re.compile(r"^(mailer-daemon|postmaster|mail-daemon|noreply-dsn)@", re.I)
_BOUNCE_SUBJECT = re.compile(
    r"undeliver|delivery status notification|delivery (has )?failed|returned mail|"
    r"mail delivery (failed|failure|system)|failure notice|non[- ]?delivery|"
    r"kunde inte levereras|olevererbar|det gick inte att leverera|leveransfel|"
    r"meddelandet kunde inte",
    re.I,
)
_AUTO_SUBJECT = re.compile(
    r"^\s*(automatiskt svar|autosvar|auto[- ]?reply|automatic reply|out of (the )?office|"
    r"frånvaromeddelande|frånvaro|frånvarande|ej på plats|semester|abwesenheit|"
    r"réponse automatique|respuesta automática)\b",
    re.I,
)
_AUTO_BODY = re.compile(
    # an automatic receipt: "Tack för ditt mejl, vi svarar inom 3 dagar", "Thank you for your
    # email. We will reply within 48 hours" (a person's "Tack, vi återkommer!" is no receipt);
    # one sentence may come between, on why not now ("Kansliet är stängt till den 7 januari."),
    # also in a paragraph of its own (the thanks alone on the first line, a holiday closing
    # below it: "Vi svarar på ditt mejl så snart vi är tillbaka.")
    r"\b(?:tack\s+för\s+(?:ditt|ert)\s+(?:mejl|mail|e-?post\w*|meddelande)\b"
    r"(?:[^\n]|\n(?!\s*\n\s*\n)){0,200}?"
    # the promise may be the second verb of the closing's sentence ("Vi har julstängt ... och
    # svarar på mejl när vi är tillbaka"): its subject is the same "vi"
    r"\b(?:vi|jag|och)\s+(?:svarar|besvarar|återkommer|hör\s+av\s+(?:oss|mig))\b[^.!?\n]{0,40}?"
    r"\b(?:inom\s+\w+\s+(?:arbets)?(?:dagar|dygn|timmar|veckor?)"
    r"|så\s+snart\s+(?:vi|jag)\s+(?:kan|är\s+(?:tillbaka|åter|på\s+plats)|kommer\s+tillbaka)"
    r"|när\s+(?:vi|jag|kansliet|kontoret)\s+(?:är\s+(?:tillbaka|åter)|öppnar(?:\s+igen)?"
    r"|kommer\s+tillbaka)"
    # a queue: "vi besvarar mejl i den ordning de kommer in", "i turordning"
    r"|i\s+(?:den\s+)?(?:tur\s+och\s+)?ordning\s+(?:som\s+)?(?:de|det|dom|mejlen|meddelandena)"
    r"\s+(?:kommer|kom|inkommer|har\s+kommit)\s+in|i\s+turordning"
    # every mail, not yours: "Vi svarar på alla mejl efter det." (a person answers the one)
    r"|(?:alla|samtliga)\s+(?:mejl|mail|e-?post\w*|meddelanden|ärenden)\b)"
    r"|thank\s+you\s+for\s+your\s+(?:e-?mail|message)\b(?:[^\n]|\n(?!\s*\n\s*\n)){0,200}?"
    r"\b(?:we\s+(?:will|'ll)|and\s+will)\s+"
    r"(?:reply|respond|answer|get\s+back\s+to\s+you)\b[^.!?\n]{0,30}?\b(?:within\s+\w+\s+(?:hours|days)"
    r"|as\s+soon\s+as\s+(?:we|possible)|(?:when|once)\s+we(?:\s+are|'re|’re|\s+get)\s+back"
    r"|after\s+the\s+holidays|in\s+the\s+order\s+(?:they|it)\s+(?:are|were|was|is)\s+received"
    r"|all\s+(?:e-?mails|mails|messages)))\b"
    r"|\b(jag är (tjänstledig|föräldraledig|ledig|på semester|frånvarande|sjukskriven|"
    r"borta|bortrest|på resa|på kurs)|är tillbaka (den|på|igen)|åter (den|i tjänst|på kontoret)|"
    r"läser inte (min )?(e-?post|mejl|mail)|(e-?post|mejl|mail)\w* (läses|besvaras) (inte|ej)|"
    # "Vi läser inkommande e-post efter den 7 januari": a closed office's dated return
    r"läser (min |mina |vår |våra |inkommande )?(e-?post|mejl|mail)\w* (igen|först|åter"
    r"|(efter|från) den \d)|"
    r"har begränsad tillgång till (min )?(e-?post|mejl)|"
    r"i am (currently )?out of (the )?office|i('m| am) on (vacation|leave|holiday)|"
    r"(will|i'll) be back on|this is an automatic reply|detta är ett automatiskt svar)",
    re.I,
)


# A read receipt (RFC 8098 "disposition notification", or Outlook's "Läst: ..." mail): the
# mail was opened, nothing more. A machine's message, so an auto_reply.
_READ_SUBJECT = re.compile(
    r"^\s*(?:läst|read|lu|gelesen|leído|ej läst|not read|inte läst|olästa?)\s*:", re.I)
_READ_BODY = re.compile(
    r"\b(?:ditt meddelande|your message)\b[\s\S]{0,200}?\b(?:lästes|har lästs|was read|"
    r"has been read|was deleted without being read|togs bort utan att ha lästs)\b",
    re.I,
)
# A ticket system's receipt without RFC 3834 headers: "Vi har tagit emot ditt ärende",
# "Ärendenummer: 12345", "We have received your request". Weak: only when nothing is answered.
# A ticket system's receipt without RFC 3834 headers. What only a receipt says ("Vi har
# tagit emot ditt ärende", "We have received your request") decides alone; what a person's
# answer sent through a helpdesk may also carry ("Ärendenummer", "svara inte på detta
# mejl") only when nothing is answered.
_TICKET_RECEIPT = WordFiltered(re.compile(
    r"\b(?:vi\s+har\s+(?:nu\s+)?(?:tagit\s+emot|mottagit|registrerat)\s+(?:ditt|ert|din|er)\s+"
    r"(?:ärende|förfrågan)"
    r"|(?:ditt|ert)\s+(?:ärende|meddelande|mejl|mail)\s+har\s+(?:nu\s+)?(?:tagits\s+emot|"
    r"registrerats|mottagits)"
    r"|we\s+have\s+received\s+your\s+(?:request|enquiry|inquiry|ticket|case)"
    r"|your\s+(?:request|ticket|case|enquiry|inquiry)\s+has\s+been\s+(?:received|registered|"
    r"logged))",
    re.I,
), ("ärende", "förfrågan", "tagits", "registrerats", "received", "registered", "logged"))
# (every match holds one of the words: tests/test_word_filters.py; searched in every reply)
_TICKET = re.compile(
    r"\b(?:ärendenummer|ärende-?nr|ärende\s*(?:id\b|#)"
    r"|(?:detta|det\s+här)\s+(?:är\s+)?(?:ett\s+)?(?:automatiskt|automatgenererat)\s+"
    r"(?:genererat\s+|skickat\s+)?(?:meddelande|mejl|mail|svar|kvitto)"
    r"|svara\s+inte\s+på\s+(?:detta|det\s+här)\s+(?:meddelande|mejl|mail)"
    r"|this\s+is\s+an\s+automated\s+(?:message|response|reply|e-?mail)"
    r"|do\s+not\s+reply\s+to\s+this\s+(?:e-?mail|message)"
    r"|ticket\s+(?:number|id\b|#)|case\s+(?:number|id\b)|support\s+ticket)",
    re.I,
)
# the reason of bulk mail (a newsletter, a list): nobody's reply (pipeline.py reads it)
NEWSLETTER = "a newsletter or mailing list"
_NO_REPLY_SENDER = re.compile(r"^(?:no-?reply|do-?not-?reply|noreply-\w+)[@+.-]", re.I)


def read_receipt_reason(msg: DecodedMessage) -> str | None:
    ctype = msg.headers.get("content-type", "").lower()
    if "multipart/report" in ctype and "disposition-notification" in ctype:
        return "read receipt (disposition notification)"
    if _READ_SUBJECT.match(msg.subject) and (
        not msg.text.strip() or _READ_BODY.search(msg.text[:2000])
        or len(msg.text.strip()) < 400
    ):
        return f"read receipt (subject '{msg.subject[:60]}')"
    return None


def dsn_actions(msg: DecodedMessage) -> list[str]:
    """The Action of every per-recipient block of a delivery-status report (RFC 3464),
    lower-cased: "failed", "delayed", "delivered", "relayed", "expanded"."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", msg.raw_headers_text):
        if not re.search(r"^Final-Recipient:", block, re.I | re.M):
            continue
        action = re.search(r"^Action:\s*(\S+)", block, re.I | re.M)
        if action:
            out.append(action.group(1).lower())
    return out


_DELAY_SUBJECT = re.compile(
    r"\(delay\)|^\s*delayed\s*:|delivery\s+delayed|delayed\s+mail|warning:\s+message\s+"
    r"\S+\s+delayed|fördröjd\s+leverans|leveransen\s+(?:har\s+)?fördröjts|försenad\s+leverans"
    r"|^\s*fördröjd\s*:",
    re.I,
)


def is_delay_notice(msg: DecodedMessage) -> bool:
    """A delivery-status report that only says delivery is delayed (or was relayed): the
    address may still work, so it is no delivery failure."""
    actions = dsn_actions(msg)
    if actions:
        return not any(a in ("failed", "failure") for a in actions)
    return bool(_DELAY_SUBJECT.search(msg.subject))


# Where a bounce's human-readable text stops describing the failure and copies the
# returned message (whose headers name the sender, the Message-ID and other addresses).
# [ \t], not \s, at the line's edges: with re.M, \s ran across blank lines from every line
# start (a bounce of 2,000 blank lines took 16 s).
_RETURNED_COPY = re.compile(
    r"^[ \t]*(?:-{2,}[ \t]*)?(?:below\s+this\s+line\s+is\s+a\s+copy\s+of\s+the\s+message"
    r"|original\s+message\s+headers|this\s+is\s+a\s+copy\s+of\s+the\s+(?:original\s+)?message"
    r"|the\s+original\s+message\s+(?:was|is)|[- \t]*original\s+message[- \t]*$"
    r"|ursprungliga\s+meddelandehuvuden|ursprungligt\s+meddelande)",
    re.I | re.M,
)
_ID_HEADER_LINE = re.compile(
    r"^[ \t]*(?:message-id|references|in-reply-to|received|return-path|reply-to|x-[\w-]+)"
    r"[ \t]*:.*$",
    re.I | re.M,
)


def failure_text(text: str) -> str:
    """The part of a bounce's text that describes the failure: the returned copy and
    Message-ID-like header lines cut away."""
    m = _RETURNED_COPY.search(text)
    if m:
        text = text[: m.start()]
    return _ID_HEADER_LINE.sub("", text)


def _bounced_addresses(msg: DecodedMessage, coordinators: set[str]) -> list[str]:
    out: list[str] = []
    # RFC 3464: a per-recipient block names Final-Recipient and its Action.
    for block in re.split(r"\n\s*\n", msg.raw_headers_text):
        m = re.search(r"^Final-Recipient:\s*[^;]*;\s*(\S+)", block, re.I | re.M)
        if not m:
            continue
        action = re.search(r"^Action:\s*(\S+)", block, re.I | re.M)
        if action and action.group(1).lower() not in ("failed", "failure"):
            continue  # "delayed" or "delivered" is no bounce
        addr = normalize_address(m.group(1))
        if addr and addr not in out:
            out.append(addr)
    if out:
        return out
    # No machine-readable report: the addresses the human-readable text names.
    for addr in find_addresses(failure_text(msg.text)):
        local = addr.split("@", 1)[0]
        if addr in coordinators or _BOUNCE_SENDER.match(addr) or local in ("postmaster",):
            continue
        out.append(addr)
    return out


def is_bounce(msg: DecodedMessage) -> bool:
    ctype = msg.headers.get("content-type", "").lower()
    if "multipart/report" in ctype and "delivery-status" in ctype:
        return True
    sender = msg.from_addr or ""
    if _BOUNCE_SENDER.match(sender):
        return True
    if not msg.headers.get("return-path", "x").strip("<> ") and _BOUNCE_SUBJECT.search(
        msg.subject
    ):
        return True  # empty envelope sender + a failure subject
    return bool(_BOUNCE_SUBJECT.search(msg.subject) and "Final-Recipient" in msg.raw_headers_text)


def auto_reply_reason(msg: DecodedMessage, *, strong_only: bool = False
                      ) -> tuple[str | None, bool]:
    """(reason, strong). Strong cues (RFC 3834 headers) decide alone; weak ones
    (subject or body wording) only when the message answers nothing. STRONG_ONLY: the
    weak ones are not looked for (every strong cue is tested before any weak one, so the
    answer is the same whenever it is strong)."""
    h = msg.headers
    auto_submitted = h.get("auto-submitted", "").strip().lower()
    if auto_submitted and auto_submitted != "no":
        return f"Auto-Submitted: {auto_submitted}", True
    for name in ("x-autoreply", "x-autorespond", "x-autoresponder"):
        if name in h:
            return f"{name} header", True
    precedence = h.get("precedence", "").strip().lower()
    if precedence == "auto_reply":
        return "Precedence: auto_reply", True
    if "x-auto-response-suppress" in h and _AUTO_SUBJECT.search(msg.subject):
        return "X-Auto-Response-Suppress with an automatic-reply subject", True
    m = _TICKET_RECEIPT.search(msg.subject) or _TICKET_RECEIPT.search(msg.text[:1500])
    if m:
        return f"ticket receipt: '{m.group(0)}'", True
    if strong_only:
        return None, False
    if _AUTO_SUBJECT.search(msg.subject):
        return f"subject '{msg.subject[:60]}'", False
    if precedence in ("bulk", "junk"):
        return f"Precedence: {precedence}", False
    m = _AUTO_BODY.search(msg.text[:1500])
    if m:
        return f"body says '{m.group(0)}'", False
    m = _TICKET.search(msg.subject) or _TICKET.search(msg.text[:1500])
    if m:
        return f"ticket receipt: '{m.group(0)}'", False
    if _NO_REPLY_SENDER.match(msg.from_addr or ""):
        return "sent from a no-reply address", False
    return None, False


_SPAM_STATUS = re.compile(r"^\s*yes\b", re.I)


def spam_verdict(msg: DecodedMessage) -> str | None:
    """The receiving server's spam filter marked the mail as spam (SpamAssassin's
    "X-Spam-Flag: YES" or "X-Spam-Status: Yes, score=...", rspamd's "X-Spam: Yes")."""
    h = msg.headers
    for name in ("x-spam-flag", "x-spam-status", "x-spam"):
        if _SPAM_STATUS.match(h.get(name, "")):
            return f"{name}: yes"
    return None


def own_address(addr: str, coordinators: set[str]) -> bool:
    """A coordinator's address, also as a plus address (samordnare+k7q2@malmö.se)."""
    local, _, domain = addr.rpartition("@")
    return addr in coordinators or f"{local.split('+', 1)[0]}@{domain}" in coordinators


def classify(
    msg: DecodedMessage,
    *,
    coordinators: set[str],
    answered: int,
    related: bool,
    forwards_other: bool = False,
    by_structure: bool = False,
) -> Classification:
    """`answered`: how many questions the message answers; `related`: its own words are
    about the survey (survey words, a wish to be interviewed, an attachment said to hold the
    answers), so it is a reply even when it answers nothing we could read.
    `forwards_other`: it carries someone else's mail (attached or inline): a coordinator
    passing on a reply that reached another address is no mail of the coordinator's own.
    `by_structure`: answers were found by their numbers, labels or restated questions (not
    by the order of plain paragraphs alone)."""
    own = msg.from_addr and own_address(msg.from_addr, coordinators)
    if own and not forwards_other:
        return Classification("own", "sent from a coordinator address")
    bounce = is_bounce(msg)  # (asked once: its subject search is ~15 us)
    if bounce and is_delay_notice(msg):
        return Classification("auto_reply", "delivery delayed (not a failure)")
    if bounce:
        return Classification("bounce", "delivery failure report",
                              _bounced_addresses(msg, coordinators))
    receipt = read_receipt_reason(msg)
    if receipt:
        return Classification("auto_reply", receipt)
    threaded = bool(msg.in_reply_to or msg.references)
    if not threaded and ("list-unsubscribe" in msg.headers or "list-id" in msg.headers):
        # A newsletter naming "segregation" may look answered: it answers no one.
        return Classification("other", NEWSLETTER)
    spam = spam_verdict(msg)
    if spam and not related and not by_structure:
        # a spam filter's verdict, and nothing in the mail's own words speaks of the survey
        # (no survey word, no restated question, not in the survey's thread): what a reading
        # by position found in it answers nothing (a filter's verdict alone never hides a
        # mail that says it is about the survey, or one answering it by numbers or labels)
        return Classification("other", f"marked as spam ({spam}), not about the survey")
    # with answers, a weak cue decides nothing: it is not searched for (body regexes)
    reason, strong = auto_reply_reason(msg, strong_only=answered > 0)
    if reason and (strong or answered == 0):
        return Classification("auto_reply", reason)
    if answered or related:
        return Classification("reply", "answers the survey" if answered else "related to survey")
    return Classification("other", "not related to the survey")
