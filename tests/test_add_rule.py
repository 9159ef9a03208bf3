"""scripts/add_rule.py writes a new rule's pack entry, check, fixtures and test stub, and refuses
to overwrite or to reuse a code or slug."""

from __future__ import annotations

import ast
import shutil
import tomllib
from pathlib import Path

import add_rule
import pytest
from conftest import ROOT


def test_scaffold_writes_every_file_of_a_rule(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    assert add_rule.main(["MSG108", "animated-svg", "--summary", "An animated SVG.", "--root", str(tmp_path)]) == 0
    pack = tomllib.loads((tmp_path / "rules" / "msg1-media.toml").read_text(encoding="utf-8"))
    entry = [r for r in pack["rule"] if r["code"] == "MSG108"]
    assert entry and entry[0]["slug"] == "animated-svg" and entry[0]["summary"] == "An animated SVG."
    check = tmp_path / "msglint" / "checks" / "msg1_media" / "animated_svg.py"
    tree = ast.parse(check.read_text(encoding="utf-8"))
    assert [f.name for f in tree.body if isinstance(f, ast.FunctionDef)] == ["animated_svg"]
    assert (tmp_path / "fixtures" / "rules" / "MSG108-animated-svg" / "bad-example.html").is_file()
    assert (tmp_path / "fixtures" / "rules" / "MSG108-animated-svg" / "good-example.html").is_file()
    assert "rules/MSG108-animated-svg/bad-example.html" in (tmp_path / "tests" / "test_animated_svg.py").read_text()
    assert "MSG108 animated-svg: wrote" in capsys.readouterr().out


def test_scaffold_refuses_a_used_code_or_slug(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    with pytest.raises(SystemExit) as exc:
        add_rule.main(["MSG101", "new-thing", "--root", str(tmp_path)])
    assert exc.value.code == 2
    with pytest.raises(SystemExit):
        add_rule.main(["MSG108", "emoji", "--root", str(tmp_path)])
    assert "MSG108" not in (tmp_path / "rules" / "msg1-media.toml").read_text(encoding="utf-8")
