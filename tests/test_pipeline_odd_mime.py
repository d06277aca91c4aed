"""Mail that is odd as MIME, not as writing: an inline PGP-signed text, a signed mail's
signature part, the answers' file inside a ZIP or inside Outlook's winmail.dat (TNEF), and
a mail whose only words are in its subject line. Every file is built here."""

from __future__ import annotations

import io
import struct
import zipfile
from email.message import EmailMessage

import attachment_factories as af
import pytest
from helpers import make_config

from svarsinkorg.config import Limits
from svarsinkorg.intake.armor import clearsigned_text
from svarsinkorg.intake.decode import decode_message
from svarsinkorg.intake.match import RosterEntry
from svarsinkorg.parsers.attachments import read_attachment_in_process
from svarsinkorg.pipeline import parse_message

ROSTER = [RosterEntry(1, "Hyllie IF", ("kansli@hyllieif.se",))]
SUBJECT = "Re: Kartläggning: civilsamhällets arbete mot segregation i Malmö"
ABOUT_DOCX = af.norm(af.ANSWERS[0] + " Vi har funnits sedan 1998 och har 85 medlemmar.")


@pytest.fixture
def cfg(tmp_path):
    return make_config(tmp_path)


def _mail(body: str, subject: str = SUBJECT) -> EmailMessage:
    m = EmailMessage()
    m["From"] = "kansli@hyllieif.se"
    m["To"] = "samordnare@xn--malm-8qa.se"
    m["Subject"] = subject
    m["Date"] = "Fri, 10 Jan 2020 12:00:00 +0100"
    m.set_content(body)
    return m


def _codes(p) -> list[str]:
    return [r.code for r in p.reasons]


# --- an inline PGP-signed text (RFC 4880 7.1) ----------------------------------------------

SIGNATURE = ("-----BEGIN PGP SIGNATURE-----\n\niQEzBAEBCAAdFiEEabcdefgh\n=xY12\n"
             "-----END PGP SIGNATURE-----\n")


def test_clear_signed_text_drops_the_armor_and_undoes_the_dash_escaping():
    signed = ("-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\nWe do three things:\n"
              "- - homework club\n- - a choir\n\n- -- \nAnna\n" + SIGNATURE)
    assert clearsigned_text("Top line of the mailer\n" + signed + "footer\n") == (
        "Top line of the mailer\nWe do three things:\n- homework club\n- a choir\n\n"
        "-- \nAnna\nfooter\n")


def test_a_signature_cut_short_drops_only_its_own_lines():
    # no END line (a mailer cut it): the base64 lines go, the writer's text after them stays
    signed = ("-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n1. Vi är en kör.\n"
              "-----BEGIN PGP SIGNATURE-----\n\niQEzBAEBCAAdFiEEabcdefgh\n=xY12\n"
              "4. Vi behöver en större lokal, tack.\n")
    assert clearsigned_text(signed) == "1. Vi är en kör.\n4. Vi behöver en större lokal, tack.\n"


def test_text_without_a_signature_block_is_left_as_it_is():
    half = "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n- - ett\n"
    assert clearsigned_text(half) == half
    assert clearsigned_text("- - ett\n") == "- - ett\n"


def test_a_pgp_signed_reply_keeps_its_typed_list_marks_once(cfg):
    body = ("-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\nHej!\n\n"
            "1. Vi är en idrottsförening i Hyllie med 300 medlemmar.\n\n2. Ja\n\n"
            "3. Så här gör vi:\n- - Gratis träningar på lov\n- - Lån av utrustning\n\n"
            "4. Hinder är lokalerna. Möjligheter är skolorna runt omkring.\n\n"
            "Hälsningar\nOla\n\n- -- \nHyllie IF\n" + SIGNATURE)
    p = parse_message(bytes(_mail(body)), cfg.survey, ROSTER)
    assert p.answers["how"]["value"] == ("Så här gör vi: - Gratis träningar på lov "
                                         "- Lån av utrustning")
    assert p.answers["works_against_segregation"]["value"] is True
    assert "PGP" not in p.answers["obstacles_opportunities"]["value"]
    assert p.reasons == []


# --- the signature part of a signed mail (S/MIME, PGP/MIME) ---------------------------------

_DER_SIGNED_DATA = (b"\x30\x82\x05\x10\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02\xa0\x82"
                    + bytes(range(256)) * 4)


@pytest.mark.parametrize(("ctype", "name", "data"), [
    ("application/pkcs7-signature", "smime.p7s", _DER_SIGNED_DATA),
    ("application/x-pkcs7-signature", "smime.p7s", _DER_SIGNED_DATA),
    ("application/pgp-signature", "signature.asc", SIGNATURE.encode()),
])
def test_a_signed_mails_signature_part_is_no_attachment_to_read(cfg, ctype, name, data):
    m = _mail("1. We are a sports club in Hyllie.\n\n2. Yes\n\n3. Free training on holidays."
              "\n\n4. Halls are few; schools are many.\n\nBest regards\nOla")
    main, sub = ctype.split("/")
    m.add_attachment(data, maintype=main, subtype=sub, filename=name)
    p = parse_message(bytes(m), cfg.survey, ROSTER)
    assert p.answers["how"]["value"] == "Free training on holidays."
    assert p.reasons == []
    got = read_attachment_in_process(name, ctype, data, Limits())
    assert (got.kind, got.problem, got.text) == ("signature", None, None)


def test_a_file_named_as_a_signature_is_read_by_its_content():
    got = read_attachment_in_process("smime.p7s", "application/pkcs7-signature",
                                     af.docx_headings(), Limits())
    assert got.kind == "docx" and "Ängsblomman" in (got.text or "")


# --- files inside a ZIP ---------------------------------------------------------------------

def _zip(files: dict[str, bytes], encrypt: bool = False) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
    out = bytearray(buf.getvalue())
    if encrypt:  # every member marked encrypted (bit 0 of the flags), as a password sets it
        for sig, at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            pos = out.find(sig)
            while pos >= 0:
                out[pos + at] |= 0x1
                pos = out.find(sig, pos + 4)
    return bytes(out)


def _with_file(body: str, data: bytes, name: str, ctype: str) -> bytes:
    m = _mail(body)
    main, sub = ctype.split("/")
    m.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return bytes(m)


def test_a_docx_inside_a_zip_is_read_and_sourced_as_the_zip(cfg):
    data = _zip({"__MACOSX/._svar.docx": b"\x00\x05\x16\x07", "Svar/svar.docx": af.docx_headings()})
    raw = _with_file("Hej, svaren ligger i den packade filen.\n\nMvh Per", data, "svar.zip",
                     "application/zip")
    p = parse_message(raw, cfg.survey, ROSTER)
    assert p.answers["about"]["value"] == ABOUT_DOCX
    assert p.answers["about"]["source"] == "svar.zip"
    assert p.answers["works_against_segregation"]["value"] is True
    assert p.reasons == []


def test_a_logo_beside_the_answers_in_a_zip_is_no_doubt(cfg):
    data = _zip({"svar.docx": af.docx_headings(), "image001.png": af.png_image()})
    raw = _with_file("Hej, svaren ligger i den packade filen.\n\nMvh Per", data, "svar.zip",
                     "application/zip")
    p = parse_message(raw, cfg.survey, ROSTER)
    assert p.answers["about"]["value"] == ABOUT_DOCX
    assert p.reasons == []


def test_a_member_that_cannot_be_inflated_or_is_too_big_leaves_the_others_read():
    data = bytearray(_zip({"a_broken.txt": b"Hej hej " * 400, "svar.docx": af.docx_headings()}))
    at = data.find(b"PK\x03\x04")  # the first member's deflate stream, spoiled
    start = at + 30 + int.from_bytes(data[at + 26:at + 28], "little")
    data[start:start + 8] = b"\xff" * 8
    got = read_attachment_in_process("svar.zip", "application/zip", bytes(data), Limits())
    assert "a_broken.txt: could not unpack" in (got.problem or "")
    assert [m.filename for m in got.members if m.text] == ["svar.docx"]
    big = _zip({"big.txt": b"a" * 100_000, "svar.docx": af.docx_headings()})
    assert len(big) < 60_000
    got = read_attachment_in_process("svar.zip", "application/zip", big,
                                     Limits(max_attachment_bytes=60_000,
                                            max_compression_ratio=10_000))
    assert "big.txt: larger than the attachment limit" in (got.problem or "")
    assert [m.filename for m in got.members if m.text] == ["svar.docx"]


@pytest.mark.parametrize(("data", "said"), [
    (b"PK\x03\x04 not really a zip", "corrupt zip"),
    (_zip({"a.txt": b"x" * 3_000_000}), "zip bomb"),
    (_zip({"answers.docx": af.docx_headings()}, encrypt=True), "password-protected"),
    (_zip({"in.zip": _zip({"deeper.zip": _zip({"x.docx": af.docx_headings()})})}),
     "inside an archive: not opened"),
    (_zip({"logo.png": af.png_image()}), "no file with text in the zip archive"),
])
def test_a_zip_that_cannot_be_read_says_why(cfg, data, said):
    limits = Limits(max_compression_ratio=50)
    got = read_attachment_in_process("answers.zip", "application/zip", data, limits)
    assert got.problem and said in got.problem, got.problem
    raw = _with_file("Our answers are in the attached archive.\n\nRegards\nPer", data,
                     "answers.zip", "application/zip")
    p = parse_message(raw, cfg.survey, ROSTER)
    assert "attachment" in _codes(p)


# --- files inside Outlook's winmail.dat (TNEF) ----------------------------------------------

def _attr(level: int, attr_id: int, data: bytes) -> bytes:
    return struct.pack("<BII", level, attr_id, len(data)) + data + struct.pack(
        "<H", sum(data) & 0xFFFF)


def _tnef(files: list[tuple[str, bytes]]) -> bytes:
    out = struct.pack("<IH", 0x223E9F78, 0x0001)
    out += _attr(1, 0x00089006, struct.pack("<I", 0x00010000))  # attTnefVersion
    out += _attr(1, 0x0002800C, b"See the attached file.\x00")  # attBody
    for name, data in files:
        out += _attr(2, 0x00069002, struct.pack("<HIHHI", 1, 0xFFFFFFFF, 0, 0, 0))
        out += _attr(2, 0x00018010, b"SVAR~1.DOC\x00")  # the short name
        out += _attr(2, 0x0006800F, data)
        long_name = name.encode("cp1252") + b"\x00"
        props = (struct.pack("<I", 2) + struct.pack("<II", 0x37050003, 1)
                 + struct.pack("<HHI", 0x001E, 0x3707, 1) + struct.pack("<I", len(long_name))
                 + long_name + b"\x00" * (-len(long_name) % 4))
        out += _attr(2, 0x00069005, props)
    return out


def test_the_answers_file_inside_winmail_dat_is_read_and_sourced_as_winmail_dat(cfg):
    raw = _with_file("Hej,\n\nvi bifogar våra svar som ett Word-dokument.\n\nMvh\nPer",
                     _tnef([("Våra svar.docx", af.docx_headings())]), "winmail.dat",
                     "application/ms-tnef")
    p = parse_message(raw, cfg.survey, ROSTER)
    assert p.answers["about"]["value"] == ABOUT_DOCX
    assert p.answers["about"]["source"] == "winmail.dat"
    assert p.reasons == []


def test_a_broken_winmail_dat_is_flagged_with_its_reason(cfg):
    whole = _tnef([("answers.docx", af.docx_headings())])
    got = read_attachment_in_process("winmail.dat", "application/ms-tnef",
                                     whole[: len(whole) // 2], Limits())
    assert got.problem and "TNEF file cut short" in got.problem
    assert read_attachment_in_process("winmail.dat", "application/ms-tnef", _tnef([]),
                                      Limits()).problem == \
        "in the winmail.dat (TNEF): no file with text in the winmail.dat (TNEF)"
    raw = _with_file("Please find our answers attached.\n\nRegards\nPer", whole[:300],
                     "winmail.dat", "application/ms-tnef")
    p = parse_message(raw, cfg.survey, ROSTER)
    assert "attachment" in _codes(p)


def test_a_long_file_name_in_winmail_dat_names_the_member():
    got = read_attachment_in_process("winmail.dat", "application/ms-tnef",
                                     _tnef([("Enkät 2020.docx", b"\x89PNG\r\n\x1a\n" + b"0" * 40)]),
                                     Limits())
    assert got.problem and "Enkät 2020.docx" in got.problem


# --- a mail whose only words are its subject ------------------------------------------------

def _empty_body(subject: str) -> bytes:
    """A phone's reply: the quote deleted, nothing typed in the body, the subject as sent
    (8-bit UTF-8, as many mailers send it)."""
    return (f"From: kansli@hyllieif.se\nTo: samordnare@xn--malm-8qa.se\nSubject: {subject}\n"
            "Date: Fri, 10 Jan 2020 12:00:00 +0100\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n"
            "\n\n\n").encode()


@pytest.mark.parametrize("added", [
    "Vi har läxhjälp för barn varje tisdag",
    "We run a homework club for children every Tuesday",
])
def test_words_added_to_the_surveys_subject_are_read_as_the_text(cfg, added):
    p = parse_message(_empty_body(f"{SUBJECT} - {added}"), cfg.survey, ROSTER)
    assert p.kind == "reply"
    assert p.answers["about"]["value"] == added
    assert p.answers["about"]["source"] == "body"
    assert "answer_in_subject" in _codes(p) and "empty_body" not in _codes(p)


def test_the_surveys_subject_alone_over_an_empty_body_is_an_empty_mail(cfg):
    p = parse_message(_empty_body(SUBJECT), cfg.survey, ROSTER)
    assert "empty_body" in _codes(p) and "answer_in_subject" not in _codes(p)
    assert decode_message(_empty_body(SUBJECT)).problems == ["empty body"]
