"""The project's conventions, enforced (CONTRIBUTING.md):

- every rule's check is ``msglint/checks/<family package>/<slug>.py`` with a function named by
  its slug (``core.packs.check_path``), and nothing else in ``checks/`` looks like a rule;
- every rule has ``fixtures/rules/<CODE>-<slug>/`` with ``bad-*`` files on which the rule fires
  and ``good-*`` near misses on which it stays silent (MSG404 needs a server: its files are
  linted through the stand-in server in tests/test_grammar.py);
- the top level of ``fixtures/`` holds only the per-rule folders and the documented sets;
- every pack file in ``rules/`` is loaded by msglint.
"""

from __future__ import annotations

import importlib
import tomllib
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT

import msglint
from msglint.core.packs import FAMILY_PACKAGES, load_rules

RULES = load_rules()
RULE_FIXTURES = FIXTURES / "rules"
#: Multi-rule sets, each with its own README or test: labelled messages, mails, fix round-trips,
#: complete compliant templates.
FIXTURE_SETS = {"rules", "wording", "mail", "fix", "good", "dialects", "spelling"}
#: Rules whose fixtures need something the generic test cannot give (a server).
NEEDS_SERVER = {"MSG404"}
#: Configuration a fixture folder's files are linted with (the rule's own options).
FOLDER_CONFIG: dict[str, dict[str, object]] = {
    "MSG201-external-link": {"allowed-domains": ["example-gps.com"]},
    "MSG402-language-mismatch": {},
}


def _folder(code: str) -> Path:
    return RULE_FIXTURES / f"{code}-{RULES[code].slug}"


@pytest.mark.parametrize("code", sorted(RULES))
def test_check_is_the_slug_module_and_function(code: str) -> None:
    rule = RULES[code]
    module, _, func = rule.check.partition(":")
    name = rule.slug.replace("-", "_")
    assert module == f"{FAMILY_PACKAGES[code[:4]]}.{name}" and func == name
    assert callable(getattr(importlib.import_module(f"msglint.checks.{module}"), func))


def test_every_check_module_belongs_to_a_rule() -> None:
    modules = {r.check.partition(":")[0] for r in RULES.values()}
    for path in (ROOT / "msglint" / "checks").glob("msg*_*/*.py"):
        if path.name == "__init__.py" or path.stem.endswith("shared"):
            continue
        assert f"{path.parent.name}.{path.stem}" in modules, f"{path}: not a rule's module (helpers go in *shared.py)"


@pytest.mark.parametrize("code", sorted(RULES))
def test_every_rule_has_bad_and_good_fixtures(code: str) -> None:
    folder = _folder(code)
    assert folder.is_dir(), f"missing {folder.relative_to(ROOT)}"
    files = [p for p in folder.rglob("*") if p.is_file() and p.suffix != ".md"]
    bad = [p for p in files if p.name.startswith("bad-") or p.parent.name != folder.name]
    good = [p for p in files if p.name.startswith("good-")]
    assert bad, f"{folder.name}: no bad-* fixture"
    assert good or code == "MSG704", f"{folder.name}: no good-* near miss"
    assert all(p in bad or p in good for p in files), f"{folder.name}: files must be named bad-* or good-*"


def test_fixture_top_level_is_the_convention() -> None:
    top = {p.name for p in FIXTURES.iterdir() if p.is_dir()}
    assert top <= FIXTURE_SETS, f"unexpected fixture folders {sorted(top - FIXTURE_SETS)}"
    for folder in RULE_FIXTURES.iterdir():
        code, _, slug = folder.name.partition("-")
        assert code in RULES and RULES[code].slug == slug, f"{folder.name} names no rule"


def _cases() -> list[object]:
    out: list[object] = []
    for code in sorted(RULES):
        if code in NEEDS_SERVER or code == "MSG704":  # MSG704 compares files: tests/test_metadata.py
            continue
        for path in sorted(_folder(code).glob("*-*")):
            if path.is_file() and path.suffix != ".md":
                out.append(pytest.param(code, path, id=f"{code}/{path.name}"))
    return out


@pytest.mark.parametrize(("code", "path"), _cases())
def test_bad_fixtures_fire_and_good_ones_stay_silent(code: str, path: Path) -> None:
    """The generic half of every rule's fixture test; exact lines and columns are asserted in
    the family's test module (tests/test_<family>.py)."""
    config = dict(FOLDER_CONFIG.get(path.parent.name, {}))  # every rule on: suppressions are judged then
    got = [d for d in msglint.lint(path.read_bytes(), filename=str(path), config=config) if d.code == code]
    if path.name.startswith("bad-"):
        assert got, f"{code} does not fire on {path.name}"
    else:
        assert not got, f"{code} fires on the near miss {path.name}: {[d.message for d in got]}"


def test_every_pack_file_is_loaded() -> None:
    """A TOML file under rules/ that no loader reads would be knowledge that silently does nothing."""
    from msglint.core.packs import load_data, packs_dir

    packs = packs_dir()
    for path in sorted(packs.rglob("*.toml")):
        rel = path.relative_to(packs).with_suffix("").as_posix()
        if path.name.startswith("msg"):
            with path.open("rb") as fh:
                codes = {r["code"] for r in tomllib.load(fh).get("rule", [])}
            assert codes and codes <= set(RULES), f"{rel}: rules not loaded"
        else:
            assert load_data(rel), f"rules/{rel}.toml is not read by load_data"
