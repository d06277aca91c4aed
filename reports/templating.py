"""The one Jinja2 environment every HTML page comes from: `intake report`'s file and the
pages of `intake serve`. Autoescaping is on for every template, whatever its name: a
sender's name, subject or answer reaches the page as text, never as markup."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

TEMPLATES = Path(__file__).with_name("templates")


@functools.cache
def _environment(extra: tuple[str, ...]) -> Environment:
    loaders = [FileSystemLoader(d) for d in extra] + [FileSystemLoader(str(TEMPLATES))]
    env = Environment(
        loader=ChoiceLoader(loaders),
        autoescape=True,  # every template; no select_autoescape by file name
        undefined=StrictUndefined,  # a misspelt name fails a test instead of printing ""
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


def environment(extra_dirs: Sequence[Path] = ()) -> Environment:
    """The report's templates, with EXTRA_DIRS (the web pages' own) looked up first."""
    return _environment(tuple(str(d) for d in extra_dirs))


@functools.cache
def report_css() -> Markup:
    # Our own stylesheet, inlined by the templates: trusted, so not escaped.
    return Markup((TEMPLATES / "report.css").read_text(encoding="utf-8"))
