"""Every rule pack is complete, and its bad/good examples really behave as documented."""

from __future__ import annotations

import re

import pytest
from conftest import DATA

import msglint
from msglint.core.packs import load_rules
from msglint.core.userpacks import load_packs

RULES = load_rules()
#: The example house pack (examples/house-rules): user rules run the same example tests.
HOUSE_PACKS = [str(DATA.parent.parent / "examples" / "house-rules")]
USER_RULES = {c: r for c, r in load_packs(HOUSE_PACKS).rules.items() if c not in RULES}
EXAMPLES = {**RULES, **USER_RULES}
CATALOG = DATA / "rule-catalog.json"


def _example_config(code: str) -> dict[str, object]:
    cfg: dict[str, object] = {"language": "en"}
    if code in USER_RULES:
        cfg["packs"] = HOUSE_PACKS
    cfg.update(EXAMPLES[code].example_config)
    return cfg


def _lint_example(code: str, text: str) -> list[msglint.Diagnostic]:
    rule = EXAMPLES[code]
    data: str | bytes = text.encode("utf-8") if code == "MSG001" else text
    return msglint.lint(data, filename=rule.example_name, config=_example_config(code))


@pytest.mark.parametrize("code", sorted(EXAMPLES))
def test_bad_example_fires_exactly_its_rule(code: str) -> None:
    diags = _lint_example(code, EXAMPLES[code].bad)
    assert {d.code for d in diags} == {code}, [(d.code, d.message) for d in diags]


@pytest.mark.parametrize("code", sorted(EXAMPLES))
def test_good_example_is_silent(code: str) -> None:
    diags = _lint_example(code, EXAMPLES[code].good)
    assert diags == [], [(d.code, d.line, d.column, d.message) for d in diags]


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_metadata_is_complete(code: str) -> None:
    r = RULES[code]
    assert re.fullmatch(r"MSG\d{3}", r.code)
    assert re.fullmatch(r"[a-z]+(-[a-z]+)*", r.slug)
    assert r.guideline and r.source and r.summary
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r.checked), "the date the guideline quote was checked"
    module, _, func = r.check.partition(":")
    mod = __import__(f"msglint.checks.{module}", fromlist=[func])
    assert callable(getattr(mod, func))


def test_codes_and_slugs_match_the_catalog() -> None:
    """The public catalog (tests/data/rule-catalog.json): every published code keeps its slug."""
    import json

    catalog = json.loads(CATALOG.read_text(encoding="utf-8"))["rules"]
    assert set(catalog) <= set(RULES), "a published code disappeared: deprecate rules, never delete them"
    for code, rule in RULES.items():
        if code in catalog:
            assert rule.slug == catalog[code], code
    slugs = [r.slug for r in RULES.values()]
    assert len(slugs) == len(set(slugs))
