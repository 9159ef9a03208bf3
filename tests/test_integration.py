"""End to end over the shipped fixtures, through the installed console script.

This is the promise of the README: ``msglint check fixtures/`` reports every rule, and every
compliant template ("good" fixtures and the compliant labelled wording messages) gets no
diagnostic at all, from any rule.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest
from conftest import FIXTURES, run_cli

from msglint.core.packs import load_rules

#: Rules that cannot fire on files alone: MSG404 needs a LanguageTool server (tested against a
#: stand-in server in test_grammar.py).
NEEDS_SERVICE = {"MSG404"}


@pytest.fixture(scope="module")
def fixture_report() -> list[dict[str, object]]:
    r = run_cli("check", "--format", "json", str(FIXTURES))
    assert r.returncode == 1, r.stderr.decode()
    assert b"Traceback" not in r.stderr
    data: list[dict[str, object]] = json.loads(r.stdout)
    return data


def test_every_rule_is_reported_on_the_fixtures(fixture_report: list[dict[str, object]]) -> None:
    reported = {d["code"] for d in fixture_report}
    expected = {c for c, r in load_rules().items() if not r.deprecated} - NEEDS_SERVICE
    assert expected - reported == set()


def test_positions_are_inside_the_files(fixture_report: list[dict[str, object]]) -> None:
    for d in fixture_report:
        path = Path(str(d["path"]))
        lines = path.read_bytes().decode("utf-8", errors="replace").splitlines() or [""]
        line, col = int(str(d["line"])), int(str(d["column"]))
        assert 1 <= line <= max(1, len(lines)), d
        assert col >= 1, d


def _compliant_files() -> list[Path]:
    """Complete compliant messages. (Rule fixtures named ``good-*`` are near misses for their
    own rule and may carry other findings on purpose.)"""
    good = [p for p in (FIXTURES / "good").rglob("*") if p.is_file() and not p.name.endswith(".md")]
    good += [
        FIXTURES / "rules/MSG001-unreadable-input/good-latin1-invoice.txt",
        FIXTURES / "rules/MSG101-emoji/good-complete-invoice.en.html",
    ]
    for labels in FIXTURES.glob("wording/*/labels*.toml"):
        with labels.open("rb") as fh:
            for name, entry in tomllib.load(fh).items():
                if entry.get("expect") == [] and (labels.parent / name).is_file():
                    good.append(labels.parent / name)
    return sorted(set(good))


def test_compliant_fixtures_get_no_diagnostic_at_all(fixture_report: list[dict[str, object]]) -> None:
    good = {str(p) for p in _compliant_files()}
    assert len(good) >= 100
    noisy = sorted({(str(d["path"]), str(d["code"])) for d in fixture_report if str(d["path"]) in good})
    assert noisy == []


def test_input_fixtures_fire_at_their_positions() -> None:
    from conftest import lint_file

    assert lint_file("rules/MSG001-unreadable-input/bad-logo-saved-as-template.html") == [("MSG001", 1, 1)]
    assert lint_file("rules/MSG001-unreadable-input/good-latin1-invoice.txt") == []
    assert lint_file("rules/MSG002-unused-suppression/bad-stale-suppressions.html") == [
        ("MSG002", 2, 1),
        ("MSG003", 4, 23),
    ]


def test_readme_first_command_runs_the_linter_on_the_fixtures() -> None:
    """The README's first command ends in ``msglint check fixtures/``: it must report, not crash."""
    readme = (FIXTURES.parent / "README.md").read_text(encoding="utf-8")
    assert "msglint check fixtures/" in readme.split("\n## ")[0]
    r = run_cli("check", "fixtures/", cwd=FIXTURES.parent)
    assert r.returncode == 1
    assert b"Traceback" not in r.stderr
    assert re.match(r"\d+ problems in \d+ files", r.stdout.decode().rstrip().splitlines()[-1])  # the summary
