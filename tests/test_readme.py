"""The README stays true: its rule table matches the packs, its library example runs as shown,
and the set-up commands CI relies on are there."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest
from conftest import ROOT
from gen_docs import END, START, render_readme, rules_table

from msglint.core.packs import load_rules

README = ROOT / "README.md"


def _section(title: str) -> str:
    text = README.read_text(encoding="utf-8")
    m = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert m, f"README.md has no '## {title}' section"
    return m.group(1)


def test_rule_table_is_up_to_date() -> None:
    text = README.read_text(encoding="utf-8")
    assert START in text and END in text
    assert render_readme(text) == text, (
        "README.md's rule table is out of date with rules/: run `python scripts/gen_docs.py` and commit README.md"
    )


def test_rule_table_has_every_rule_and_marks_fixable_ones() -> None:
    rows = {line.split(" | ")[0].lstrip("| "): line for line in rules_table().splitlines()[2:]}
    assert list(rows) == list(load_rules())
    for code, rule in load_rules().items():
        assert f"`{rule.slug}`" in rows[code]
        assert rows[code].rstrip().endswith("| yes |") == rule.fixable


def test_docs_check_mode_reports_a_stale_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gen_docs as docs

    stale = tmp_path / "README.md"
    stale.write_text(f"# x\n\n{START}\n| old |\n{END}\n", encoding="utf-8")
    monkeypatch.setattr(docs, "README", stale)
    assert docs.main(["--check"]) == 1
    assert "| old |" in stale.read_text(encoding="utf-8")  # --check writes nothing
    assert docs.main([]) == 0 and docs.main(["--check"]) == 0
    stale.write_text("# no markers\n", encoding="utf-8")
    assert docs.main(["--check"]) == 2


def test_library_example_runs_and_prints_what_the_readme_says(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    section = _section("Library")
    code = re.search(r"```python\n(.*?)```", section, re.S)
    expected = re.search(r"```text\n(.*?)```", section, re.S)
    assert code and expected, "the Library section needs a ```python example and its ```text output"
    monkeypatch.chdir(tmp_path)  # the example writes a templates/ folder
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code.group(1), "README.md (Library)", "exec"), {"__name__": "readme_example"})
    assert out.getvalue() == expected.group(1)


def test_setup_commands_and_sections_are_present() -> None:
    text = README.read_text(encoding="utf-8")
    assert "pip install -e '.[dev]' && python -m pytest" in text  # what CI runs
    for title in ("Configuration", "Suppressions", "Fixes", "Baseline", "pre-commit", "Library", "Rules"):
        _section(title)
    assert '"msglint-baseline": 1' in _section("Baseline")
    assert "- id: msglint" in _section("pre-commit")
