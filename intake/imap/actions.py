"""What may be done to a message on the server once it is safely in the store.

Default: nothing (the folder is opened read-only with EXAMINE). Optional: set a keyword,
or move the message to another folder. Only messages whose bytes are in the store (stored
now, or already there) are touched; skipped, oversized and failed ones never are."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Protocol

from imapclient import DELETED, IMAPClient

from ...config import ImapConfig
from .parsing import SelectInfo

log = logging.getLogger(__name__)


class ActionUnavailable(Exception):
    """The action cannot be done in this folder (no keywords allowed, no target folder)."""


class PostStoreAction(Protocol):
    name: str

    @property
    def needs_write(self) -> bool:
        """True when the folder must be SELECTed read-write (else EXAMINE)."""
        ...

    def check(self, client: IMAPClient, folder: str, info: SelectInfo) -> None:
        """Raise ActionUnavailable when the action cannot work in this folder."""
        ...

    def apply(self, client: IMAPClient, uids: Sequence[int]) -> None: ...


class NoAction:
    name = "none"
    needs_write = False

    def check(self, client: IMAPClient, folder: str, info: SelectInfo) -> None:
        return None

    def apply(self, client: IMAPClient, uids: Sequence[int]) -> None:
        return None


class SetKeyword:
    """STORE +FLAGS.SILENT (keyword). \\Seen is never touched."""

    needs_write = True

    def __init__(self, keyword: str) -> None:
        self.keyword = keyword
        self.name = f"keyword {keyword}"

    def check(self, client: IMAPClient, folder: str, info: SelectInfo) -> None:
        if not info.allows_keyword(self.keyword):
            raise ActionUnavailable(
                f"the server does not keep custom keywords in {folder} (no \\* in "
                "PERMANENTFLAGS; Exchange never does): use imap.after_store = 'move'"
            )

    def apply(self, client: IMAPClient, uids: Sequence[int]) -> None:
        if uids:
            client.add_flags(list(uids), [self.keyword.encode("ascii")], silent=True)


class MoveTo:
    """UID MOVE where the server has it; else UID COPY, \\Deleted and UID EXPUNGE of
    exactly those UIDs (UIDPLUS). Without UIDPLUS the copies stay flagged \\Deleted
    rather than expunging the whole folder, which could remove mail we never touched."""

    needs_write = True

    def __init__(self, folder: str) -> None:
        self.folder = folder
        self.name = f"move to {folder}"

    def check(self, client: IMAPClient, folder: str, info: SelectInfo) -> None:
        if not client.folder_exists(self.folder):
            raise ActionUnavailable(f"the folder {self.folder!r} (imap.move_to) does not exist")

    def apply(self, client: IMAPClient, uids: Sequence[int]) -> None:
        if not uids:
            return
        if client.has_capability("MOVE"):
            client.move(list(uids), self.folder)
            return
        client.copy(list(uids), self.folder)
        client.add_flags(list(uids), [DELETED], silent=True)
        if client.has_capability("UIDPLUS"):
            client.uid_expunge(list(uids))
        else:
            log.warning("no UIDPLUS: moved messages stay in the folder flagged \\Deleted")


def make_action(cfg: ImapConfig, folder: str) -> PostStoreAction:
    """The configured action for one folder. Moving a folder's mail into itself is none."""
    if cfg.after_store == "keyword":
        return SetKeyword(cfg.keyword)
    if cfg.after_store == "move" and cfg.move_to and cfg.move_to != folder:
        return MoveTo(cfg.move_to)
    return NoAction()
