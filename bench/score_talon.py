"""Score our quote reader on a public reference suite nobody here wrote: mailgun/talon.

    python bench/score_talon.py /path/to/talon            # a git dir (bare or not) or a folder
    python bench/score_talon.py /path/to/talon --all      # also the other literal cases

Nothing of talon is copied into this repository: the cases are read from the given path each
run. The 24 scored cases are

- the 12 header-shape cases of tests/text_quotations_test.py (quote headers in English,
  German, French x2, Polish, Danish, Swedish x2, Norwegian, Dutch, Vietnamese, and Outlook's
  bold "*From:*" block): TALON_CASES below, by test function name;
- the 12 mails of tests/fixtures/standard_replies/*.eml (Android, AOL, Apple Mail x2, Comcast,
  Gmail, Hotmail, iPhone, Outlook, Sparrow, Thunderbird, Yahoo): the first text/plain part,
  expected text from <name>_reply_text or "Hello" (as talon's own test reads them).

A case passes when `parsers.quotes.text_above_quote` (the text down to the quoted original,
signature included, as talon's `extract_from_plain` returns it) equals the expected text,
compared line by line with trailing spaces ignored. `--all` also runs every other literal
`eq_(expected, quotations.extract_from_plain(body))` in that file, reported apart (not scored:
several test talon's own line marker internals or English-only wording).
"""

from __future__ import annotations

import argparse
import ast
import email
import email.iterators
import subprocess
import sys
from pathlib import Path

from svarsinkorg.parsers.quotes import split_reply, text_above_quote

TEST_FILE = "tests/text_quotations_test.py"
REPLIES_DIR = "tests/fixtures/standard_replies"
TALON_CASES = (
    "test_english_from_block",
    "test_german_from_block",
    "test_french_multiline_from_block",
    "test_french_from_block",
    "test_polish_from_block",
    "test_danish_from_block",
    "test_swedish_from_block",
    "test_swedish_from_line",
    "test_norwegian_from_line",
    "test_dutch_from_block",
    "test_vietnamese_from_block",
    "test_bold_from_block",
)


class Source:
    """Files of a talon checkout: a git dir (read with `git show HEAD:path`) or a folder."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.git = (path / "HEAD").is_file() and (path / "objects").is_dir()
        if not self.git and (path / ".git").is_dir() and not (path / TEST_FILE).is_file():
            self.path, self.git = path / ".git", True

    def read(self, rel: str) -> bytes:
        if not self.git:
            return (self.path / rel).read_bytes()
        out = subprocess.run(
            ["git", f"--git-dir={self.path}", "show", f"HEAD:{rel}"],
            capture_output=True,
            check=True,
        )
        return out.stdout

    def listdir(self, rel: str) -> list[str]:
        if not self.git:
            return sorted(p.name for p in (self.path / rel).iterdir())
        out = subprocess.run(
            ["git", f"--git-dir={self.path}", "ls-tree", "--name-only", f"HEAD:{rel}"],
            capture_output=True,
            check=True,
            text=True,
        )
        return sorted(out.stdout.split())

    def exists(self, rel: str) -> bool:
        try:
            self.read(rel)
        except (OSError, subprocess.CalledProcessError):
            return False
        return True


# --- literal cases from the test module ---------------------------------------------------------


def _value(node: ast.AST, env: dict[str, str]) -> str | None:
    """A string expression of the test file: literals, names bound to literals, u"", .format()
    and six.text_type(...)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return env.get(node.id)
    if isinstance(node, ast.Call):
        f = node.func
        if isinstance(f, ast.Attribute) and f.attr == "text_type" and node.args:
            return _value(node.args[0], env)
        if isinstance(f, ast.Attribute) and f.attr == "format":
            base = _value(f.value, env)
            args = [_value(a, env) for a in node.args]
            if base is not None and all(a is not None for a in args):
                return base.format(*args)
    return None


def _is_extract(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "extract_from_plain"
    )


def literal_cases(src: bytes) -> list[tuple[str, str, str]]:
    """(name, body, expected) for every eq_(expected, quotations.extract_from_plain(body))."""
    tree = ast.parse(src)
    out: list[tuple[str, str, str]] = []
    for fn in tree.body:
        if not isinstance(fn, ast.FunctionDef) or fn.decorator_list:
            continue  # decorated tests patch talon internals (MAX_LINES_COUNT)
        env: dict[str, str] = {}
        n = 0
        for stmt in ast.walk(fn):
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
                t = stmt.targets[0]
                v = _value(stmt.value, env)
                if isinstance(t, ast.Name) and v is not None:
                    env[t.id] = v
            if not (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call)):
                continue
            call = stmt.value
            if not (isinstance(call.func, ast.Name) and call.func.id == "eq_"):
                continue
            if len(call.args) < 2 or not _is_extract(call.args[1]):
                continue
            expected = _value(call.args[0], env)
            body = _value(call.args[1].args[0], env)  # type: ignore[attr-defined]
            if expected is None or body is None:
                continue
            n += 1
            out.append((fn.name if n == 1 else f"{fn.name}#{n}", body, expected))
    return out


def reply_cases(source: Source) -> list[tuple[str, str, str]]:
    names = source.listdir(REPLIES_DIR)
    out = []
    for name in names:
        if not name.endswith(".eml"):
            continue
        msg = email.message_from_bytes(source.read(f"{REPLIES_DIR}/{name}"))
        part = next(email.iterators.typed_subpart_iterator(msg, "text", "plain"))
        payload = part.get_payload(decode=True) or b""
        body = payload.decode(part.get_content_charset() or "utf-8", "replace")
        expected_file = f"{REPLIES_DIR}/{name[:-4]}_reply_text"
        expected = (
            source.read(expected_file).decode("utf-8").strip()
            if expected_file.rsplit("/", 1)[1] in names
            else "Hello"
        )
        out.append((f"standard_replies/{name}", body, expected))
    return out


def _norm(s: str) -> str:
    return "\n".join(ln.rstrip() for ln in s.replace("\r\n", "\n").strip().splitlines())


def run(cases: list[tuple[str, str, str]], verbose: bool) -> int:
    ok = 0
    for name, body, expected in cases:
        got = text_above_quote(body)
        passed = _norm(got) == _norm(expected)
        ok += passed
        mark = "pass" if passed else "FAIL"
        print(f"  {mark}  {name}")
        if not passed and verbose:
            print(f"        expected: {_norm(expected)!r}")
            print(f"        got:      {_norm(got)!r}")
            print(f"        own:      {split_reply(body).own_unquoted().strip()!r}")
    return ok


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("talon", type=Path, help="talon git dir or extracted folder")
    ap.add_argument("--all", action="store_true", help="also the other literal cases")
    ap.add_argument("-v", "--verbose", action="store_true", help="show expected/got on failures")
    args = ap.parse_args(argv)
    source = Source(args.talon)
    literal = literal_cases(source.read(TEST_FILE))
    by_name = {name: (name, body, exp) for name, body, exp in literal}
    missing = [n for n in TALON_CASES if n not in by_name]
    if missing:
        print(f"cases not found in {TEST_FILE}: {', '.join(missing)}", file=sys.stderr)
        return 2
    scored = [by_name[n] for n in TALON_CASES] + reply_cases(source)
    print(f"talon: {len(scored)} cases")
    ok = run(scored, args.verbose)
    print(f"score: {ok}/{len(scored)}")
    if args.all:
        rest = [c for c in literal if c[0] not in TALON_CASES]
        print(f"\nother literal extract_from_plain cases (not scored): {len(rest)}")
        ok2 = run(rest, args.verbose)
        print(f"other: {ok2}/{len(rest)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
