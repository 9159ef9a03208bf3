"""Rule options: declared with a schema in the packs, set in the configuration, read by checks
with no default in code."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import msglint
from msglint.core.config import ConfigError, from_mapping
from msglint.core.packs import PackError, load_rules, parse_options
from msglint.engine.linter import Linter

CHECKS = Path(msglint.__file__).parent / "checks"


def test_every_option_has_a_valid_default_and_is_in_the_rule_data() -> None:
    declared = 0
    for rule in load_rules().values():
        for name, opt in rule.options.items():
            declared += 1
            assert opt.check(opt.default) is None
            assert rule.data[name] == opt.default
    assert declared >= 20


def test_checks_read_pack_data_without_a_default_in_code() -> None:
    """No ``ctx.data.get(key, default)``: the pack is the one place a value lives."""
    offenders = []
    for path in CHECKS.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "get"
                and ast.unparse(node.func.value) in ("ctx.data", "data")
                and len(node.args) == 2
                and isinstance(node.args[0], ast.Constant)
            ):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []


def test_every_key_a_check_reads_is_in_its_family_pack() -> None:
    rules = load_rules()
    for path in CHECKS.rglob("*.py"):
        family = path.parent.name[:4].upper()  # msg1_media -> MSG1
        keys = set(re.findall(r'\bdata\["([a-z-]+)"\]', path.read_text(encoding="utf-8")))
        known = {k for r in rules.values() if r.code.startswith(family) for k in r.data}
        assert keys <= known, (path, keys - known)


def test_pack_option_schema_errors_name_the_option() -> None:
    with pytest.raises(PackError, match="option 'limit': type must be one of"):
        parse_options({"limit": {"type": "integer", "default": 2}}, "x.toml: MSG999")
    with pytest.raises(PackError, match="option 'limit' lacks a default"):
        parse_options({"limit": {"type": "int"}}, "x.toml: MSG999")
    with pytest.raises(PackError, match=r"option 'limit': default 0 must be at least 1"):
        parse_options({"limit": {"type": "int", "default": 0, "min": 1}}, "x.toml: MSG999")
    with pytest.raises(PackError, match="unknown keys"):
        parse_options({"limit": {"type": "int", "default": 1, "maximum": 3}}, "x.toml: MSG999")


def test_a_rule_option_set_in_the_configuration_changes_the_check() -> None:
    text = "<p>Order 123-1234567-1234567: which name?<br><br><br>Thanks</p>"
    assert [d.code for d in msglint.lint(text, filename="t.html", config={"select": ["MSG304"]})] == ["MSG304"]
    cfg = {"select": ["MSG304"], "rules": {"MSG304": {"max-line-breaks": 3}}}
    assert msglint.lint(text, filename="t.html", config=cfg) == []
    by_slug = {"select": ["MSG304"], "rules": {"line-breaks": {"max-line-breaks": 3}}}
    assert msglint.lint(text, filename="t.html", config=by_slug) == []


def test_rule_table_max_width_px_wins_over_the_global_key() -> None:
    markup = '<p>Order 123-1234567-1234567</p><img src="https://m.media-amazon.com/a.png" width="600">'
    cfg = {"select": ["MSG105"], "max-width-px": 800, "rules": {"MSG105": {"max-width-px": 700}}}
    found = msglint.lint(markup, filename="t.html", config=cfg)
    assert [d.code for d in found] == ["MSG105"]
    assert msglint.lint(markup, filename="t.html", config={**cfg, "rules": {}}) == []


@pytest.mark.parametrize(
    ("rules", "message"),
    [
        (
            {"MSG304": {"max-breaks": 3}},
            r"msglint.toml: key 'rules.MSG304.max-breaks': MSG304 has no option 'max-breaks' "
            r"\(its options: max-line-breaks\)",
        ),
        ({"MSG304": {"max-line-breaks": "3"}}, r"key 'rules.MSG304.max-line-breaks' must be an integer \(got '3'\)"),
        ({"MSG304": {"max-line-breaks": 0}}, r"key 'rules.MSG304.max-line-breaks' must be at least 1 \(got 0\)"),
        ({"MSG403": {"suggestions": "no"}}, r"key 'rules.MSG403.suggestions' must be true or false"),
        ({"MSG999": {"x": 1}}, r"unknown rule 'MSG999'"),
        ({"MSG304": 3}, r"key 'rules.MSG304' must be a table"),
    ],
)
def test_wrong_rule_options_are_errors_that_name_the_key(rules: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        Linter(from_mapping({"rules": rules}, "msglint.toml"))


def test_cli_rule_option_error_exits_2(tmp_path: Path) -> None:
    import subprocess
    import sys

    (tmp_path / "msglint.toml").write_text("[rules.MSG105]\nmax-width-px = -5\n", encoding="utf-8")
    (tmp_path / "a.html").write_text("<p>Order 123-1234567-1234567</p>", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "msglint", "check", "a.html"], cwd=tmp_path, capture_output=True, text=True
    )
    assert proc.returncode == 2
    assert "key 'rules.MSG105.max-width-px' must be at least 1 (got -5)" in proc.stderr


@pytest.mark.parametrize("number", ["123-1234567-1234567", "D01-1234567-1234567"])
def test_one_order_number_for_msg401_msg205_and_msg603(number: str) -> None:
    """rules/amazon.toml's order-number: digital orders (D01-) count everywhere alike."""
    from msglint.market.orders import order_number

    assert order_number().fullmatch(number)
    cfg = {"language": "en", "select": ["MSG401", "MSG205", "MSG603"]}
    found = msglint.lint(f"<p>Thank you for your order {number}!</p>", filename="t.html", config=cfg)
    assert [(d.code, d.line, d.column) for d in found] == [("MSG603", 1, 4)]
    found = msglint.lint(f"<p>Order {number}: which name should we engrave?</p>", filename="t.html", config=cfg)
    assert found == []
