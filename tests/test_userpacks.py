"""Packs as an object (one per configuration) and user packs (``packs = [...]``)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import msglint
from msglint.core.config import ConfigError, from_mapping
from msglint.core.packs import Packs, load_rules
from msglint.core.userpacks import load_packs
from msglint.engine.linter import Linter

ROOT = Path(__file__).resolve().parent.parent
HOUSE = ROOT / "examples" / "house-rules"

DE = (
    "<p>Hallo, Ihre Bestellung 123-1234567-1234567 ist graviert: ein spottbilliges Geschenk? "
    "Nein, ein Blitzangebot.</p>"
)
EN = (
    "<p>Hello, your order 123-1234567-1234567 is engraved: a cheap trick, see https://help.acme-tools.example/care.</p>"
)


def _codes(diags: list[msglint.Diagnostic]) -> list[tuple[str, int, int]]:
    return [(d.code, d.line, d.column) for d in diags]


def test_two_configurations_with_different_packs_in_one_process() -> None:
    house = Linter(from_mapping({"packs": [str(HOUSE)], "select": ["ACME", "MSG2", "MSG6"]}))
    plain = Linter(from_mapping({"select": ["MSG2", "MSG6"]}))
    assert "ACME001" in house.rules and "ACME001" not in plain.rules
    assert house.packs is not plain.packs
    for _ in range(2):  # interleaved: nothing of one configuration leaks into the other
        assert _codes(plain.lint_source(EN, "en.html")) == [("MSG201", 1, 74)]
        assert _codes(house.lint_source(EN, "en.html")) == [("ACME001", 1, 57)]
        assert _codes(plain.lint_source(DE, "de.html")) == []
        assert _codes(house.lint_source(DE, "de.html")) == [("MSG601", 1, 89)]  # the sentence of the phrase
    # the shipped section is extended for the house configuration only
    assert house.packs.data("lang/de")["MSG601"]["match"][-1] == "blitzangebot(e)?"
    assert "blitzangebot(e)?" not in plain.packs.data("lang/de")["MSG601"]["match"]


def test_linter_takes_a_packs_object() -> None:
    packs = load_packs([str(HOUSE)])
    linter = Linter(from_mapping({"select": ["ACME001"]}), packs)
    assert linter.packs is packs
    assert _codes(linter.lint_source(EN, "en.html")) == [("ACME001", 1, 57)]
    assert list(Packs.shipped().rules) == list(load_rules())


def test_library_rules_lists_user_rules() -> None:
    assert "ACME001" not in {r.code for r in msglint.rules()}
    user = [r for r in msglint.rules({"packs": [str(HOUSE)]}) if r.code == "ACME001"]
    assert [(r.slug, r.family, r.family_name, r.severity) for r in user] == [
        ("acme-banned-words", "ACME", "Acme house rules", "error")
    ]


def _house_project(tmp_path: Path) -> Path:
    shutil.copytree(HOUSE, tmp_path / "house-rules")
    (tmp_path / "msglint.toml").write_text('packs = ["./house-rules"]\n', encoding="utf-8")
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "engraving.html").write_text(
        "<p>Hello, your order 123-1234567-1234567 is engraved.\n"
        "The acmegrip case is a no-brainer, see https://help.acme-tools.example/care.</p>\n",
        encoding="utf-8",
    )
    return tmp_path


def _cli(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "msglint", *args], cwd=cwd, capture_output=True, text=True)


def test_house_pack_end_to_end_through_the_cli(tmp_path: Path) -> None:
    project = _house_project(tmp_path)
    proc = _cli(project, "check", "--language", "en", "templates/")
    assert proc.returncode == 1, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == (
        "templates/engraving.html:2:24: ACME001 [acme-banned-words] 'no-brainer': "
        "Acme's house style does not use this word with buyers"
    )
    assert len([ln for ln in lines if ": MSG" in ln or ": ACME" in ln]) == 1  # Acmegrip spelled, host allowed
    listed = _cli(project, "rules")
    assert listed.returncode == 0
    assert any(ln.startswith("ACME001  acme-banned-words") for ln in listed.stdout.splitlines())
    explained = _cli(project, "explain", "acme-banned-words")
    assert explained.returncode == 0 and "Words Acme never writes to buyers" in explained.stdout
    # worker processes build the same packs from the configuration
    shutil.copy(project / "templates" / "engraving.html", project / "templates" / "engraving2.html")
    pooled = _cli(project, "check", "--language", "en", "--jobs", "2", "templates/")
    assert pooled.returncode == 1, pooled.stderr
    assert [ln for ln in pooled.stdout.splitlines() if "ACME001" in ln] == [
        lines[0],
        lines[0].replace("engraving.html", "engraving2.html"),
    ]
    # without the pack: no house rule, and the spelling and link rules see the brand and the host
    (project / "msglint.toml").write_text("", encoding="utf-8")
    plain = _cli(project, "check", "--language", "en", "templates/")
    assert "ACME001" not in plain.stdout
    assert "MSG201 [external-link]" in plain.stdout and "MSG403 [spelling] unknown word 'acmegrip'" in plain.stdout


def _pack(tmp_path: Path, top: str, lang: str | None = None) -> Path:
    folder = tmp_path / "pack"
    (folder / "lang").mkdir(parents=True, exist_ok=True)
    (folder / "house.toml").write_text(top, encoding="utf-8")
    if lang is not None:
        (folder / "lang" / "en.toml").write_text(lang, encoding="utf-8")
    return folder


RULE = """
[[rule]]
code = "ACME001"
slug = "acme-words"
severity = "error"
summary = "House words."
message = "{phrase!r}{where}: not our style"
bad = "<p>cheap</p>"
good = "<p>fine</p>"

[rule.phrases.en]
match = ["cheap"]
"""


@pytest.mark.parametrize(
    ("top", "lang", "message"),
    [
        (
            RULE.replace('"ACME001"', '"MSG901"'),
            None,
            r"house.toml:3: key 'code': 'MSG901': MSG codes",
        ),
        (RULE.replace('"ACME001"', '"acme-1"'), None, r"house.toml:3: key 'code': 'acme-1' is not a rule code"),
        (
            RULE.replace('"acme-words"', '"emoji"'),
            None,
            r"house.toml:4: key 'slug': 'emoji' is already the slug",
        ),
        (RULE.replace('"error"', '"fatal"'), None, r"house.toml:5: key 'severity': 'fatal' must be one of"),
        (RULE.replace("{where}", "{who}"), None, r"house.toml:7: key 'message': only \{phrase\} and \{where\}"),
        (
            RULE.replace('match = ["cheap"]', 'match = ["(cheap"]'),
            None,
            r"house.toml:12: key 'phrases.en.match': .*bad pattern",
        ),
        (RULE.replace("match = ", "matches = "), None, r"house.toml:12: key 'phrases.en.matches': unknown key"),
        (RULE.replace('good = "<p>fine</p>"', ""), None, r"house.toml:2: key 'good': a user rule needs"),
        ("stopwords = ['x']\n" + RULE, None, r"house.toml:1: key 'stopwords': unknown key"),
        ("words = 'Acme'\n", None, r"house.toml:1: key 'words': must be a list of strings"),
        ("words = ['x']\nbroken\n", None, r"house.toml: invalid TOML: .*\(at line 2, column 7\)"),
        (RULE, '[MSG999]\nmatch = ["x"]\n', r"lang/en.toml:1: key 'MSG999': unknown phrase section"),
        (RULE, '[MSG601]\nmatch = ["x"]\nunles = ["y"]\n', r"lang/en.toml:3: key 'MSG601.unles': unknown key"),
        (RULE, '[ACME001]\nmatch = ["ok", "bad)"]\n', r"lang/en.toml:2: key 'ACME001.match': .*bad pattern 'bad\)'"),
        (RULE, 'language = "de"\n', r"lang/en.toml:1: key 'language': 'de' does not match the file name"),
    ],
)
def test_pack_errors_name_file_line_and_key(tmp_path: Path, top: str, lang: str | None, message: str) -> None:
    folder = _pack(tmp_path, top, lang)
    with pytest.raises(ConfigError, match=message):
        Linter(from_mapping({"packs": ["pack"]}, str(tmp_path / "msglint.toml"), str(tmp_path)))
    assert folder.is_dir()


def test_a_missing_pack_is_an_error_and_the_cli_exits_2(tmp_path: Path) -> None:
    (tmp_path / "msglint.toml").write_text('packs = ["./nowhere"]\n', encoding="utf-8")
    (tmp_path / "a.html").write_text("<p>Order 123-1234567-1234567</p>", encoding="utf-8")
    proc = _cli(tmp_path, "check", "a.html")
    assert proc.returncode == 2
    assert "key 'packs': pack './nowhere' not found" in proc.stderr
    bad = _pack(tmp_path, RULE.replace('"error"', '"fatal"'))
    (tmp_path / "msglint.toml").write_text(f'packs = ["{bad.name}"]\n', encoding="utf-8")
    proc = _cli(tmp_path, "check", "a.html")
    assert proc.returncode == 2
    assert "pack/house.toml:5: key 'severity'" in proc.stderr
    assert _cli(tmp_path, "rules").returncode == 2


def test_user_codes_select_ignore_and_severity(tmp_path: Path) -> None:
    cfg = {"packs": [str(HOUSE)], "select": ["ACME"], "severity": {"acme-banned-words": "warning"}}
    found = msglint.lint(EN, filename="en.html", config=cfg)
    assert [(d.code, d.severity) for d in found] == [("ACME001", "warning")]
    assert msglint.lint(EN, filename="en.html", config={**cfg, "ignore": ["ACME001"]}) == []


def test_packs_and_rule_options_of_an_extended_configuration(tmp_path: Path) -> None:
    """``extend``: the parent's packs stay relative to the parent's folder; [rules.CODE] merge."""
    project = _house_project(tmp_path)
    (project / "msglint.toml").write_text(
        'packs = ["./house-rules"]\n[rules.MSG304]\nmax-line-breaks = 3\n', encoding="utf-8"
    )
    child = project / "templates" / "de"
    child.mkdir()
    (child / "msglint.toml").write_text('extend = "../../msglint.toml"\nlanguage = "de"\n', encoding="utf-8")
    (child / "a.html").write_text(
        "<p>Hallo, Ihre Bestellung 123-1234567-1234567: spottbillig!<br><br><br>Gruss</p>\n", encoding="utf-8"
    )
    proc = _cli(project, "check", "--select", "ACME001,MSG304", "templates/de/a.html")
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout.splitlines()[0].startswith("templates/de/a.html:1:48: ACME001 [acme-banned-words]")
    assert "MSG304" not in proc.stdout  # three breaks allowed by the parent's option


def test_a_pack_extends_sections_that_checks_read_as_parts(tmp_path: Path) -> None:
    """MSG203's opt-out wording is compiled once per Packs object: the house configuration sees
    the pack's phrase, the plain one (in the same process, before and after) does not."""
    folder = _pack(tmp_path, "", '[MSG203]\nmatch = ["tap here to silence these mails"]\n')
    text = "<p>Order 123-1234567-1234567: which name should we engrave? Tap here to silence these mails.</p>"
    plain = Linter(from_mapping({"language": "en", "select": ["MSG203"]}))
    house = Linter(from_mapping({"language": "en", "select": ["MSG203"], "packs": [str(folder)]}))
    assert _codes(plain.lint_source(text, "a.html")) == []
    assert _codes(house.lint_source(text, "a.html")) == [("MSG203", 1, 61)]
    assert _codes(plain.lint_source(text, "a.html")) == []
