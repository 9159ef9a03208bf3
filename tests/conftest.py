"""Shared helpers: lint a fixture and compare (code, line, column) triples."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
DATA = ROOT / "tests" / "data"  # everything the suite reads lives in the checkout (test_self_contained.py)

# Every msglint the suite starts runs without the result cache (no .msglint_cache folders in the
# checkout's fixtures); tests/test_cache.py turns it on for its own runs.
os.environ["MSGLINT_NO_CACHE"] = "1"

sys.path.insert(0, str(ROOT / "scripts"))  # the maintainer scripts (gen_docs.py) are not in the package


def lint_file(path: str | Path, **config: Any) -> list[tuple[str, int, int]]:
    """(code, line, column) of every diagnostic for a fixture file."""
    import msglint

    p = Path(path)
    if not p.is_absolute():
        p = FIXTURES / p
    diags = msglint.lint(p.read_bytes(), filename=str(p), config=config or None)
    return [(d.code, d.line, d.column) for d in diags]


def lint_text(source: str, filename: str = "t.html", **config: Any) -> list[tuple[str, int, int]]:
    import msglint

    diags = msglint.lint(source, filename=filename, config=config or None)
    return [(d.code, d.line, d.column) for d in diags]


def codes(source: str, filename: str = "t.html", **config: Any) -> set[str]:
    return {c for c, _, _ in lint_text(source, filename, **config)}


def run_cli(
    *args: str, input: bytes | None = None, cwd: str | Path | None = None, cache: bool = False
) -> subprocess.CompletedProcess[bytes]:
    """Run the installed ``msglint`` console script in a subprocess. The result cache is off
    unless ``cache`` (a test must not leave .msglint_cache folders in the checkout). The timeout
    guards against a hang, not a speed: a whole-fixtures run (4,400 files, ~55 s CPU) took 135 s
    of wall time on a machine loaded with other test runs, so it is 600 s."""
    exe = Path(sys.executable).parent / "msglint"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "msglint"]
    env = dict(os.environ, NO_COLOR="1")
    env.pop("MSGLINT_NO_CACHE", None)
    if not cache:
        env["MSGLINT_NO_CACHE"] = "1"
    return subprocess.run([*cmd, *args], input=input, capture_output=True, cwd=cwd, env=env, timeout=600)


#: The review and purpose rules, whose ideas the wording tests check.
WORDING_CODES = frozenset({"MSG501", "MSG502", "MSG503", "MSG504", "MSG601", "MSG602", "MSG603", "MSG604"})


def wording(body: str, lang: str) -> list[tuple[str, int, int]]:
    """(code, line, column) of the review and purpose findings of a plain-text message."""
    return [d for d in lint_text(body, "m.txt", language=lang) if d[0] in WORDING_CODES]


def assert_cli_positions(ideas: list[tuple[str, str, list[tuple[str, int, int]]]], tmp_path: Path) -> None:
    """The installed CLI reports the first three ideas of each language at their line and column,
    one ``msglint check`` per language."""
    import re

    by_lang: dict[str, list[tuple[str, list[tuple[str, int, int]]]]] = {}
    for n, (lang, body, expected) in enumerate(ideas):
        if len(by_lang.setdefault(lang, [])) < 3:
            path = tmp_path / lang / f"m{n}.txt"
            path.parent.mkdir(exist_ok=True)
            path.write_text(body, encoding="utf-8")
            by_lang[lang].append((str(path), expected))
    for lang, files in by_lang.items():
        proc = run_cli("check", "--language", lang, "--select", "MSG5,MSG6", *(p for p, _ in files))
        assert proc.returncode == 1, proc.stderr
        found = [m.groups() for m in re.finditer(r"^(.+?):(\d+):(\d+): (MSG\d{3}) ", proc.stdout.decode(), re.M)]
        for path, expected in files:
            got = [(code, int(line), int(col)) for p, line, col, code in found if p == path]
            assert got == expected, (path, proc.stdout.decode())


# ---- the suite reads nothing next to the checkout ---------------------------------------------
# A fresh clone must pass on its own: an audit hook records every file or folder opened beside the
# repository (ROOT.parent, e.g. a folder of specs on a development machine) and the test that did
# it fails. Python's own folders, the temporary folder and the user's cache are not "beside" it.
_PARENT = os.path.join(os.path.abspath(ROOT.parent), "")
_INSIDE = os.path.join(os.path.abspath(ROOT), "")
_ALLOWED = tuple(
    os.path.join(os.path.abspath(p), "")
    for p in {
        sys.prefix,
        sys.base_prefix,
        sys.exec_prefix,
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"),
        *(sys.path[1:]),
    }
    if p
    and not os.path.join(os.path.abspath(p), "").startswith(_INSIDE)
    and os.path.join(os.path.abspath(p), "") != _PARENT
)
#: What stood beside the checkout when the session started (a folder of specs, say). Folders
#: made later (pytest's tmp_path and tempfile's folders, when the checkout itself lives in the
#: temporary folder, as a CI clone may) are the tests' own, and pytest's base folder is too.
try:
    _SIBLINGS = frozenset(
        name for name in os.listdir(_PARENT) if name != ROOT.name and not name.startswith("pytest-of-")
    )
except OSError:
    _SIBLINGS = frozenset()
OUTSIDE_READS: list[str] = []


def outside_checkout(path: object) -> bool:
    """True for a path beside the checkout: below its parent, in something that was there before
    the tests started, and not inside the checkout, Python's folders or the user's cache."""
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    if not isinstance(path, str):
        return False  # a file descriptor
    full = os.path.join(os.path.abspath(path), "")
    if not full.startswith(_PARENT) or full.startswith(_INSIDE) or full.startswith(_ALLOWED):
        return False
    first = full[len(_PARENT) :].split(os.sep, 1)[0]
    # a neighbour that was there at the start, or one that is not there at all (a specs folder on a
    # machine without it: the attempt to read it is what counts)
    return first in _SIBLINGS or full == _PARENT or not os.path.exists(os.path.join(_PARENT, first))


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event in ("open", "os.listdir", "os.scandir") and args and outside_checkout(args[0]):
        OUTSIDE_READS.append(f"{event} {args[0]!r}")


sys.addaudithook(_audit)


@pytest.fixture(autouse=True)
def _reads_only_the_checkout() -> Any:
    start = len(OUTSIDE_READS)
    yield
    new = OUTSIDE_READS[start:]
    del OUTSIDE_READS[start:]
    if new:
        pytest.fail(f"the test read outside the repository: {new[:5]}", pytrace=False)


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES
