"""Parsing of SELECT / SEARCH / FETCH results, as imapclient hands them over. No server."""

from __future__ import annotations

import datetime as dt

import pytest

from svarsinkorg.config import ConfigError, ImapConfig, _parse_imap
from svarsinkorg.fetch.run import FetchSummary
from svarsinkorg.intake.imap.parsing import (
    META_QUERY,
    MessageFilter,
    MessageMeta,
    ResponseError,
    batches,
    body_of,
    download_chunks,
    find_section,
    header_of,
    imap_origin,
    new_uids,
    parse_meta,
    parse_select,
    search_criteria,
)

DOVECOT_SELECT = {
    b"PERMANENTFLAGS": (b"\\Answered", b"\\Flagged", b"\\Deleted", b"\\Seen", b"\\Draft",
                        b"\\*"),
    b"FLAGS": (b"\\Answered", b"\\Flagged", b"\\Deleted", b"\\Seen", b"\\Draft"),
    b"EXISTS": 3,
    b"RECENT": 0,
    b"UIDVALIDITY": 1796176853,
    b"UIDNEXT": 4,
    b"READ-WRITE": True,
}


def test_parse_select() -> None:
    info = parse_select(DOVECOT_SELECT)
    assert (info.uidvalidity, info.uidnext, info.exists, info.read_write) == (
        1796176853, 4, 3, True)
    assert info.allows_keyword("SvarsinkorgStored")


def test_parse_select_examine_without_uidnext() -> None:
    info = parse_select({b"EXISTS": 0, b"UIDVALIDITY": 7, b"READ-ONLY": [b""],
                         b"PERMANENTFLAGS": ()})
    assert (info.uidvalidity, info.uidnext, info.read_write) == (7, None, False)
    assert not info.allows_keyword("X")


def test_parse_select_needs_uidvalidity() -> None:
    with pytest.raises(ResponseError, match="UIDVALIDITY"):
        parse_select({b"EXISTS": 3})


def test_search_criteria_are_ascii() -> None:
    assert search_criteria(0) == ["UID", "1:*"]
    crit = search_criteria(41, dt.date(2019, 12, 1))
    assert crit == ["UID", "42:*", "SINCE", dt.date(2019, 12, 1)]
    assert all(str(c).isascii() for c in crit)


def test_new_uids_ignores_the_star_rule_answer() -> None:
    # `UID 6:*` on a folder whose highest UID is 5 answers 5
    assert new_uids([5], 5) == []
    assert new_uids([9, 6, 7, 5, 7], 5) == [6, 7, 9]


def test_find_section_whatever_the_server_calls_it() -> None:
    dovecot = {b"BODY[HEADER.FIELDS (MESSAGE-ID SUBJECT)]": b"Subject: a\r\n\r\n",
               b"RFC822.SIZE": 10, b"SEQ": 1}
    exchange = {b'BODY[HEADER.FIELDS ("MESSAGE-ID" "SUBJECT")]': b"Subject: b\r\n\r\n"}
    lower = {b"body[header.fields (subject)]": b"Subject: c\r\n\r\n"}
    assert find_section(dovecot, b"HEADER.FIELDS") == b"Subject: a\r\n\r\n"
    assert find_section(exchange, b"HEADER.FIELDS") == b"Subject: b\r\n\r\n"
    assert find_section(lower, b"HEADER.FIELDS") == b"Subject: c\r\n\r\n"
    assert find_section(dovecot, b"") is None  # the header part is not the body


def test_body_and_header_of() -> None:
    assert body_of({b"BODY[]": b"raw", b"SEQ": 3}) == b"raw"
    assert body_of({b"RFC822": b"old style"}) == b"old style"
    assert body_of({b"BODY[]<0>": b"partial-origin"}) == b"partial-origin"
    assert body_of({b"FLAGS": (b"\\Seen",)}) is None  # an unsolicited FLAGS update only
    assert body_of(None) is None
    assert header_of({b"BODY[HEADER]": b"H: v\r\n\r\n"}) == b"H: v\r\n\r\n"
    assert header_of({b"BODY[HEADER.FIELDS (FROM)]": b"x"}) is None


def test_parse_meta_decodes_subject_sender_and_thread() -> None:
    headers = (
        b"Message-ID: <abc@example.org>\r\n"
        b"Subject: =?utf-8?q?Re=3A_Kartl=C3=A4ggning?= del 2\r\n"
        b"From: =?iso-8859-1?q?K=E5re?= <Kare@Example.ORG>\r\n"
        b"In-Reply-To: <kartlaggning-2019@xn--malm-8qa.se>\r\n\r\n"
    )
    fetched = {7: {b"RFC822.SIZE": 1234, b"SEQ": 2,
                   b"BODY[HEADER.FIELDS (MESSAGE-ID SUBJECT FROM IN-REPLY-TO REFERENCES)]":
                       headers}}
    meta = parse_meta(fetched)[7]
    assert meta.size == 1234
    assert meta.message_id == "<abc@example.org>"
    assert meta.subject == "Re: Kartläggning del 2"
    assert meta.from_addr == "kare@example.org"
    assert meta.thread_ids == ("<kartlaggning-2019@xn--malm-8qa.se>",)


def test_parse_meta_reads_the_date_when_asked() -> None:
    # the plan compares a stored mail's Date with this one's (a mailer reusing one
    # Message-ID for every mail); no Date or an unreadable one: None (the id decides)
    fetched = {1: {b"BODY[HEADER.FIELDS (MESSAGE-ID DATE)]":
                   b"Message-ID: <a@x>\r\nDate: Thu, 09 Jan 2020 18:30:00 +0100\r\n\r\n"},
               2: {b"BODY[HEADER.FIELDS (MESSAGE-ID DATE)]": b"Message-ID: <a@x>\r\n\r\n"},
               3: {b"BODY[HEADER.FIELDS (DATE)]": b"Date: yesterday\r\n\r\n"}}
    metas = parse_meta(fetched)
    assert metas[1].date == dt.datetime(2020, 1, 9, 17, 30, tzinfo=dt.UTC)
    assert metas[2].date is None and metas[3].date is None
    assert any("DATE" in q for q in META_QUERY)


def test_parse_meta_survives_garbage_and_missing_headers() -> None:
    fetched = {1: {b"RFC822.SIZE": 5, b"BODY[HEADER.FIELDS (SUBJECT)]": b"\r\n"},
               2: {b"RFC822.SIZE": 9,
                   b"BODY[HEADER.FIELDS (SUBJECT FROM)]":
                       b"Subject: \xff\xfe\r\nFrom: <<>\r\n\r\n"},
               3: {b"SEQ": 3}}
    metas = parse_meta(fetched)
    assert metas[1].message_id is None and metas[1].subject == ""
    assert metas[2].size == 9 and isinstance(metas[2].subject, str)
    assert metas[3].size is None and metas[3].headers == b""


def test_meta_query_is_ascii_and_peeks() -> None:
    assert all(q.isascii() for q in META_QUERY)
    assert any(q.startswith("BODY.PEEK[HEADER.FIELDS") for q in META_QUERY)


def meta(subject: str = "", sender: str = "", thread: tuple[str, ...] = ()) -> MessageMeta:
    return MessageMeta(uid=1, size=1, headers=b"", message_id=None, subject=subject,
                       from_addr=sender, thread_ids=thread)


def test_filter_on_our_side() -> None:
    assert MessageFilter().keeps(meta("anything"))
    f = MessageFilter(subjects=("Kartläggning",), senders=("@hyllieif.se",),
                      thread_ids=("<kartlaggning-2019@xn--malm-8qa.se>",))
    assert f.keeps(meta("SV: KARTLÄGGNING  civilsamhället"))
    # decomposed ä (NFD) from some clients still matches
    assert f.keeps(meta("Re: Kartla\u0308ggning"))
    assert f.keeps(meta("Hej", "kansli@hyllieif.se"))
    assert f.keeps(meta("Hej", "x@y.se", ("<kartlaggning-2019@xn--malm-8qa.se>",)))
    assert not f.keeps(meta("Veckans erbjudanden", "news@shop.example"))


def test_download_chunks_by_size() -> None:
    sizes: dict[int, int | None] = {1: 40, 2: 40, 3: 40, 4: 200, 5: None}
    assert download_chunks([1, 2, 3, 4, 5], sizes, 100) == [[1, 2], [3], [4], [5]]
    assert download_chunks([], sizes, 100) == []
    assert batches([1, 2, 3, 4, 5], 2) == [[1, 2], [3, 4], [5]]


def test_imap_origin_is_an_rfc5092_url() -> None:
    assert imap_origin("imap.example.org", "a@b.se", "Inkorg/Enkät", 12, 34) == (
        "imap://a%40b.se@imap.example.org/Inkorg%2FEnk%C3%A4t;UIDVALIDITY=12/;UID=34")


def test_summary_line() -> None:
    s = FetchSummary(stored=3, unmatched=1, duplicates=2, skipped=1, parse_failed=1)
    s.by_kind.update({"reply": 2, "bounce": 1})
    assert s.line() == (
        "intake fetch: 3 new messages (2 replies, 0 auto-replies, 1 bounces, 0 other), "
        "1 unmatched, 2 already stored, 1 skipped, 0 oversized, 1 errors")
    assert s.exit_code == 0
    s.partial, s.problems = True, ["INBOX: connection lost (socket error: EOF)"]
    assert s.line().endswith("; PARTIAL RUN: INBOX: connection lost (socket error: EOF)")
    assert s.exit_code == 5


# -- the [imap] table's added checks ---------------------------------------------------


def test_imap_config_checks() -> None:
    ok = _parse_imap({"host": "h", "folders": "INBOX", "subject_filter": "Kartläggning"})
    assert ok.folders == ("INBOX",) and ok.subject_filter == ("Kartläggning",)
    assert isinstance(ok, ImapConfig)
    for bad, msg in [
        ({"password_env": "A", "oauth2_token_command": "b"}, "only one of"),
        ({"batch_size": 0}, "batch_size"),
        ({"port": 70000}, "imap.port"),
        ({"folders": []}, "imap.folders"),
        ({"keyword": "två ord"}, "imap.keyword"),
        ({"verify_certificate": "no"}, "verify_certificate"),
        ({"oauth2_scopes": [1]}, "oauth2_scopes"),
    ]:
        with pytest.raises(ConfigError, match=msg):
            _parse_imap({"host": "h", **bad})
