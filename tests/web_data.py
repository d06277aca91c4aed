"""A store for the review pages: the shipped examples plus replies that need a person
(an ambiguous yes/no, a reply from an unknown sender, a hostile mail), and a signed-in
test client. Shared by the route tests, the Chromium test and the README screenshot."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from helpers import CET, REPO, make_config, reply

from svarsinkorg import service
from svarsinkorg.config import Config
from svarsinkorg.pipeline import make_parser
from svarsinkorg.store.db import Store
from svarsinkorg.store.repository import store_message

TOKEN = "test-token-0123456789"
SCRIPT = '<script>window.__pwned=1;console.log("XSS-RAN")</script>'
IMG = '"><img src=x onerror="window.__pwned=2;console.log(\'XSS-RAN\')">'

NYDALA = ("Hej!\n\n1. Nydala Fritidsförening ordnar fritidsaktiviteter för unga i Nydala: "
          "fotboll, läxhjälp och en öppen verkstad.\n\n2. Ja och nej, det beror på\n\n"
          "3. Läxhjälp och fotboll där unga från olika stadsdelar möts.\n\n"
          "4. Hinder: pengar och lokaler. Möjlighet: fler volontärer.\n\nMvh Lena Berg\n"
          "Nydala Fritidsförening")
UNKNOWN = ("Hej,\n\n1. Vi är en kulturförening i Sofielund med 60 medlemmar.\n2. Nej\n"
           "3. Vi har inte resurser för det i år.\n4. Lokaler saknas.\n\nHälsningar Omar Ali")


def hostile_reply(remote: str = "http://127.0.0.1:9/") -> bytes:
    """A reply whose every sender-controlled field carries script, with an HTML body
    that tries to run script and to load from REMOTE (an image, CSS url(), @import)."""
    m = EmailMessage()
    m["From"] = f'"{SCRIPT}" <hej@ungdomenshus-lindangen.se>'
    m["To"] = "samordnare@xn--malm-8qa.se"
    m["Subject"] = f"Re: Kartläggning {IMG} {SCRIPT}"
    m["Date"] = format_datetime(dt.datetime(2020, 1, 12, 9, 30, tzinfo=CET))
    m["Message-ID"] = "<hostile-1@example.org>"
    m["In-Reply-To"] = "<kartlaggning-2019@xn--malm-8qa.se>"
    # "Ja och nej" is ambiguous: the reply lands in the review queue.
    text = (f"1. {SCRIPT}\n\n2. Ja och nej, det beror på\n\n3. {IMG}\n\n"
            f"4. Inget att tillägga {SCRIPT}\n")
    m.set_content(text)
    html = (
        "<html><head><style>@import url('" + remote + "import.css');"
        "body{background:url('" + remote + "css-bg.png')}</style>"
        "<script>window.__pwned=3;console.log('XSS-RAN');fetch('" + remote + "fetch')"
        "</script></head><body onload=\"window.__pwned=4;console.log('XSS-RAN')\">"
        "<p>1. " + SCRIPT + "</p><p>2. Ja</p>"
        "<img src='" + remote + "pixel.png' onerror=\"window.__pwned=5;console.log('XSS-RAN')\">"
        "<img src=x onerror=\"window.__pwned=6;console.log('XSS-RAN')\">"
        "<div style=\"background-image:url('" + remote + "div-bg.png')\">3. svar</div>"
        "<a href=\"javascript:console.log('XSS-RAN')\">länk</a>"
        "<iframe src='" + remote + "frame'></iframe>"
        "<svg><script>console.log('XSS-RAN')</script></svg>"
        "<form action='" + remote + "form'><input type=image src='" + remote + "input.png'>"
        "</form><link rel=stylesheet href='" + remote + "link.css'>"
        "<video poster='" + remote + "poster.png'></video></body></html>")
    m.add_alternative(html, subtype="html")
    m.add_attachment(f"{SCRIPT}\n{IMG}\n".encode(), maintype="text", subtype="plain",
                     filename=f"{IMG}{SCRIPT}.txt")
    return bytes(m)


def extra_messages(remote: str = "http://127.0.0.1:9/") -> list[bytes]:
    return [
        reply(NYDALA, sender="nydala.fritid@hotmail.com", name="Lena Berg",
              message_id="<nydala-1@example.org>",
              when=dt.datetime(2020, 1, 8, 10, 0, tzinfo=CET)),
        reply(UNKNOWN, sender="omar@example.net", name="Omar Ali",
              message_id="<okand-1@example.org>",
              when=dt.datetime(2020, 1, 10, 14, 0, tzinfo=CET)),
        hostile_reply(remote),
    ]


def add_messages(cfg: Config, raws: list[bytes]) -> None:
    store = Store(cfg.store_url)
    parse = make_parser(cfg)
    try:
        with store.session() as s:
            for i, raw in enumerate(raws):
                store_message(s, raw, f"test#{i}", parse)
    finally:
        store.close()


def review_config(tmp_path: Path, remote: str = "http://127.0.0.1:9/",
                  store_url: str | None = None, **tables: Any) -> Config:
    cfg = make_config(tmp_path, store_url, **tables)
    service.import_roster(cfg, REPO / "examples" / "roster.csv")
    service.import_paths(cfg, [REPO / "examples" / "replies"])
    add_messages(cfg, extra_messages(remote))
    return cfg
