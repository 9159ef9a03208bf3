"""The library is typed (py.typed): a user's script type-checks with mypy --strict against it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

USER_SCRIPT = """
from pathlib import Path

import msglint


def check(folder: Path) -> int:
    problems: list[msglint.Diagnostic] = []
    for path in sorted(folder.glob("*.html")):
        problems += msglint.lint_file(path, marketplace="amazon.de")  # a pathlib.Path is fine
    source = "<p>Your order 123-1234567-1234567: the ring 😀 is ready.</p>"
    diags = msglint.lint(source, filename="r.html", config={"select": ["emoji"]})
    fixed: str = msglint.apply_fixes(source, diags)
    outcome = msglint.fix(source, "r.html")
    codes: list[str] = [r.code for r in msglint.rules() if r.fixable]
    try:
        msglint.lint(source, config={"marketplace": "amazon.xx"})
    except msglint.ConfigError as exc:
        print(exc)
    cfg: msglint.Config = msglint.Config(marketplace="amazon.fr")
    print(fixed, outcome.text, outcome.fixed, codes, cfg.marketplace, [d.to_json()["code"] for d in problems])
    return len(problems) + sum(1 for d in diags if d.severity == "error" and d.line >= 1)
"""


def _mypy(tmp_path: Path, text: str) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "user_script.py"
    script.write_text(text, encoding="utf-8")
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / ".mypy"),
            str(script),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_a_user_script_type_checks_strictly(tmp_path: Path) -> None:
    r = _mypy(tmp_path, USER_SCRIPT)
    assert r.returncode == 0, r.stdout + r.stderr


def test_wrong_uses_are_caught_by_the_type_checker(tmp_path: Path) -> None:
    wrong = (
        USER_SCRIPT
        + """

def misuse() -> None:
    msglint.lint_file(42)
    n: int = msglint.apply_fixes("x", [])
"""
    )
    r = _mypy(tmp_path, wrong)
    assert r.returncode == 1, r.stdout
    assert 'Argument 1 to "lint_file" has incompatible type "int"' in r.stdout
    assert 'Incompatible types in assignment (expression has type "str", variable has type "int")' in r.stdout
