"""What one fetch did (FetchSummary), in a module of its own: the quiet-night path
(fetch/night.py) reports with it without importing the full run's SQLAlchemy, rich
progress bars and parsers."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..config import ImapConfig
from ..intake.imap.errors import EXIT_OK, EXIT_PARTIAL


def account_of(cfg: ImapConfig) -> str:
    return f"{cfg.username}@{cfg.host.lower()}"


@dataclass
class FetchSummary:
    folders: list[str] = field(default_factory=list)
    looked_at: int = 0  # new UIDs handled this run
    stored: int = 0
    by_kind: Counter[str] = field(default_factory=Counter)
    unmatched: int = 0  # new replies / auto-replies / bounces with no association
    duplicates: int = 0
    skipped: int = 0
    oversized: int = 0
    failed: int = 0  # could not be downloaded
    parse_failed: int = 0  # stored raw, parsing failed
    downloaded: int = 0  # full message bodies fetched
    downloaded_bytes: int = 0
    actions_done: int = 0
    action_errors: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # folders not (fully) read
    warnings: list[str] = field(default_factory=list)
    partial: bool = False

    @property
    def errors(self) -> int:
        return self.failed + self.parse_failed + len(self.action_errors) + len(self.problems)

    @property
    def exit_code(self) -> int:
        return EXIT_PARTIAL if self.partial else EXIT_OK

    def line(self) -> str:
        k = self.by_kind
        text = (
            f"intake fetch: {self.stored} new messages ({k['reply']} replies, "
            f"{k['auto_reply']} auto-replies, {k['bounce']} bounces, "
            f"{k['other'] + k['own']} other), "  # "own": the coordinator's own mail
            f"{self.unmatched} unmatched, {self.duplicates} already stored, "
            f"{self.skipped} skipped, {self.oversized} oversized, {self.errors} errors"
        )
        if self.partial:
            text += "; PARTIAL RUN: " + "; ".join([*self.problems, *self.action_errors])
        return text
