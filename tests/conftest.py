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
SHARED = ROOT.parent / "shared"

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
    *args: str, input: bytes | None = None, cwd: str | Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run the installed ``msglint`` console script in a subprocess."""
    exe = Path(sys.executable).parent / "msglint"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "msglint"]
    env = dict(os.environ, NO_COLOR="1")
    return subprocess.run([*cmd, *args], input=input, capture_output=True, cwd=cwd, env=env, timeout=120)


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES
