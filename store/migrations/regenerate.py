"""Write migration revisions from the models with Alembic's autogenerate.

    python -m svarsinkorg.store.migrations.regenerate --new "add reminders.channel"
        the next revision on top of the newest one: what to run after changing a model.
    python -m svarsinkorg.store.migrations.regenerate --initial
        rewrite revision 0001 from scratch (only while no store anywhere has been made
        with the old one, i.e. before a release; refused when later revisions exist).

Autogenerate compares the models with a scratch SQLite database brought to the newest
revision, so no server is needed. Read the result before committing it: autogenerate
does not see renames (it writes drop + add) and knows nothing about data.
tests/test_store_migrations.py fails while models and revisions differ.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from . import MIGRATIONS_DIR, alembic_config, differences, revisions, script_directory

VERSIONS = MIGRATIONS_DIR / "versions"


def _tidy(path: Path) -> None:
    """Autogenerate writes long lines; make the file pass the project's ruff config."""
    ruff = shutil.which("ruff")
    if ruff is None:
        print("ruff not found: format the new revision by hand", file=sys.stderr)
        return
    subprocess.run([ruff, "format", "--line-length", "100", str(path)], check=False)
    subprocess.run([ruff, "check", "--fix", "--quiet", str(path)], check=False)


def generate(message: str, *, initial: bool) -> Path | None:
    existing = revisions()
    if initial:
        if len(existing) > 1:
            raise SystemExit(
                "later revisions exist: use --new, a released initial revision is history"
            )
        for old in VERSIONS.glob("0001_*.py"):
            old.unlink()
        script_directory.cache_clear()
        rev_id = "0001"
        target = None
    else:
        numbers = [int(r) for r in existing if re.fullmatch(r"\d{4}", r)]
        rev_id = f"{max(numbers, default=0) + 1:04d}"
        target = "head"
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_engine(f"sqlite:///{Path(tmp) / 'scratch.db'}")
        try:
            with engine.connect() as conn:
                cfg = alembic_config(conn)
                if target is not None and existing:
                    command.upgrade(cfg, target)
                    conn.commit()
                if not initial and not differences(conn):
                    print("models and migrations agree: no new revision needed")
                    return None
                script = command.revision(cfg, message=message, autogenerate=True,
                                          rev_id=rev_id)
        finally:
            engine.dispose()
    script_directory.cache_clear()
    scripts = script if isinstance(script, list) else [script]
    path = Path(scripts[0].path) if scripts and scripts[0] is not None else None
    if path is not None:
        _tidy(path)
        print(f"wrote {path}")
    return path


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m svarsinkorg.store.migrations.regenerate")
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--new", metavar="MESSAGE", help="autogenerate the next revision")
    group.add_argument("--initial", action="store_true", help="rewrite revision 0001")
    args = ap.parse_args(argv)
    if args.initial:
        generate("initial schema", initial=True)
    else:
        generate(args.new, initial=False)


if __name__ == "__main__":
    main()
