"""The pre-commit hook, end to end: a template repository adopts msglint with four lines.

pre-commit clones this checkout at its current HEAD, builds a virtualenv and pip-installs msglint
into it (from PyPI's build backend and dependencies), so this test is slow; it is marked
``integration`` and runs in CI like every other test.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

BAD = "<p>Your order 123-1234567-1234567: we need the engraving text for your ring 😀.</p>\n"
GOOD = "<p>Your order 123-1234567-1234567: we need the engraving text for your ring.</p>\n"


def _git(*args: str, cwd: Path) -> str:
    env = dict(
        os.environ,
        GIT_AUTHOR_NAME="t",
        GIT_AUTHOR_EMAIL="t@example.invalid",
        GIT_COMMITTER_NAME="t",
        GIT_COMMITTER_EMAIL="t@example.invalid",
    )
    r = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, env=env, check=True)
    return r.stdout.strip()


def _pre_commit(*args: str, cwd: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT", "VIRTUAL_ENV"))}
    env.update(PRE_COMMIT_HOME=str(home), NO_COLOR="1", PRE_COMMIT_COLOR="never")
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *args, "--color", "never"],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=env,
        timeout=1200,
    )


@pytest.mark.integration
def test_hook_fails_on_a_bad_template_and_passes_on_a_good_one(tmp_path: Path) -> None:
    # The hook definition must be committed: pre-commit reads it from the commit, not the tree.
    sha = _git("rev-parse", "HEAD", cwd=ROOT)
    _git("cat-file", "-e", f"{sha}:.pre-commit-hooks.yaml", cwd=ROOT)

    repo = tmp_path / "templates"
    repo.mkdir()
    _git("init", "-q", cwd=repo)
    (repo / "bad.html").write_text(BAD, encoding="utf-8")
    (repo / "good.j2").write_text(GOOD, encoding="utf-8")
    (repo / "notes.py").write_text("# not a template: the hook must not lint it 😀\n", encoding="utf-8")
    # The four lines a template repository adds (plus the `repos:` key).
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {ROOT}\n    rev: {sha}\n    hooks:\n      - id: msglint\n", encoding="utf-8"
    )
    _git("add", "-A", cwd=repo)
    home = tmp_path / "pre-commit-home"

    r = _pre_commit("run", "--all-files", cwd=repo, home=home)
    out = r.stdout + r.stderr
    assert r.returncode == 1, out
    assert "bad.html:1:" in out and "MSG101 [emoji]" in out, out
    assert "good.j2" not in out and "notes.py" not in out, out

    r = _pre_commit("run", "--files", "good.j2", "notes.py", cwd=repo, home=home)
    out = r.stdout + r.stderr
    assert r.returncode == 0, out
    assert "msglint" in out and "Passed" in out, out


def test_hook_file_covers_the_template_suffixes() -> None:
    """The hook's file pattern and ``msglint check``'s folder expansion lint the same files."""
    import re

    import yaml

    from msglint.run.files import DEFAULT_SUFFIXES

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert (hook["id"], hook["entry"], hook["language"], hook["require_serial"]) == (
        "msglint",
        "msglint check --force-exclude",  # exclude and .gitignore apply to the staged files too
        "python",
        True,  # one process sees all templates: MSG704 compares them with each other
    )
    pattern = re.compile(hook["files"])
    for suffix in DEFAULT_SUFFIXES:
        assert pattern.search(f"templates/review{suffix}"), suffix
        assert pattern.search(f"templates/REVIEW{suffix.upper()}"), suffix
    for other in ("setup.py", "README.md", "styles.css", "data.json", "html/notes"):
        assert not pattern.search(other), other
