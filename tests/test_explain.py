"""Explain pages and messages written for sellers: English quotes, no internal paths, how to fix."""

from __future__ import annotations

import re

import pytest
from conftest import run_cli

from msglint.core.packs import load_rules
from msglint.reporters.text_report import explain_text

RULES = load_rules()


@pytest.mark.parametrize("code", sorted(RULES))
def test_every_rule_says_how_to_fix_it_in_one_line(code: str) -> None:
    how = RULES[code].how_to_fix
    assert how and "\n" not in how and len(how) <= 160 and how.endswith("."), (code, how)
    assert f"How to fix: {how}" in explain_text(RULES[code])


@pytest.mark.parametrize("code", sorted(RULES))
def test_explain_pages_name_no_internal_paths(code: str) -> None:
    page = re.sub(r"https?://\S+", "", explain_text(RULES[code]))  # links to the guidelines are fine
    for needle in ("rules/", "msglint/", "fixtures/", "tests/", "docs/", "seeds", ".toml", ".py", "shared/"):
        assert needle not in page, (code, needle)


@pytest.mark.parametrize("code", sorted(RULES))
def test_guidelines_are_quoted_in_english_first(code: str) -> None:
    """The guideline starts in English; a French source's wording follows as 'Original (French)'."""
    first = RULES[code].guideline.split("\n\n")[0]
    assert not re.search(r"[«»éèêàçù]|\b(les|des|ne|pas|du|une|avis)\b", first), (code, first)
    if re.search(r"[«»]|\bles\b", RULES[code].guideline):
        assert "Original (French): «" in RULES[code].guideline, code


def test_explain_from_the_cli_shows_how_to_fix() -> None:
    r = run_cli("explain", "emoji")
    assert r.returncode == 0 and b"How to fix: Delete the emoji" in r.stdout
