"""Output formats: SARIF (schema-valid), GitHub workflow commands, JUnit XML, GitLab code quality,
the text summary, and the exit-code options."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import DATA, run_cli

import msglint
from msglint.core.diagnostics import Diagnostic
from msglint.reporters import render

ORDER = "Your order 123-1234567-1234567"
BAD = f"<p>{ORDER}: the ring 😀 is ready.</p>\n<!-- msglint: disable-next-line=emoji -->\n<p>{ORDER}.</p>\n"
SCHEMA = DATA / "sarif-2.1.0.json"
SELECT = "MSG101,MSG002,MSG003"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with one bad template (an error and a warning) and one clean one; cwd is it."""
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "bad.html").write_text(BAD, encoding="utf-8")
    (tmp_path / "templates" / "good.html").write_text(f"<p>{ORDER}.</p>\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _diags() -> list[Diagnostic]:
    return msglint.lint_paths(["templates"], config={"select": SELECT.split(",")})


def test_fixture_has_an_error_and_a_warning(project: Path) -> None:
    assert [(d.code, d.severity, d.line) for d in _diags()] == [("MSG101", "error", 1), ("MSG002", "warning", 2)]


# ---- SARIF ------------------------------------------------------------------------------------
def test_sarif_is_valid_against_the_2_1_0_schema(project: Path) -> None:
    import jsonschema

    assert SCHEMA.is_file(), f"SARIF schema missing at {SCHEMA}"
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    sarif = json.loads(render("sarif", _diags()))
    jsonschema.validators.validator_for(schema)(schema).validate(sarif)
    # an empty run is valid too
    jsonschema.validators.validator_for(schema)(schema).validate(json.loads(render("sarif", [])))


def test_sarif_driver_lists_every_rule_with_its_documentation(project: Path) -> None:
    from msglint.core.packs import load_rules

    run = json.loads(render("sarif", _diags()))["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == list(load_rules())
    for r in rules:
        meta = load_rules()[r["id"]]
        assert r["name"] == meta.slug
        assert r["shortDescription"]["text"] == meta.summary
        assert r["fullDescription"]["text"] == meta.flags
        assert meta.guideline.splitlines()[0] in r["help"]["text"]
        assert r["helpUri"] == f"http://127.0.0.1:8765/rules/{meta.code}/"  # the rule's page (docs-url)
        if meta.source_url:
            assert r["properties"]["guidelineUri"] == meta.source_url
    assert run["columnKind"] == "unicodeCodePoints"


def test_sarif_results_point_at_file_and_region(project: Path) -> None:
    run = json.loads(render("sarif", _diags()))["runs"][0]
    res = run["results"]
    assert [(r["ruleId"], r["level"]) for r in res] == [("MSG101", "error"), ("MSG002", "warning")]
    loc = res[0]["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"] == {"uri": "templates/bad.html", "uriBaseId": "%SRCROOT%"}
    assert loc["region"] == {"startLine": 1, "startColumn": 45, "endLine": 1, "endColumn": 46}
    assert run["tool"]["driver"]["rules"][res[0]["ruleIndex"]]["id"] == "MSG101"
    assert res[0]["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"] == {"text": ""}
    assert res[0]["partialFingerprints"]["msglintFingerprint/v1"]


# ---- GitHub -----------------------------------------------------------------------------------
def test_github_workflow_commands(project: Path) -> None:
    lines = render("github", _diags()).splitlines()
    assert lines[0] == (
        "::error file=templates/bad.html,line=1,col=45,endLine=1,endColumn=46,title=MSG101 [emoji]::"
        + _diags()[0].message
    )
    assert lines[1].startswith("::warning file=templates/bad.html,line=2,col=1,")


def test_github_escaping() -> None:
    from msglint.reporters.github_report import annotation

    d = Diagnostic("a,b:c%.html", 1, 2, 1, 3, "MSG101", "emoji", "error", "100% sure\r\nnext: a, b")
    assert annotation(d) == (
        "::error file=a%2Cb%3Ac%25.html,line=1,col=2,endLine=1,endColumn=3,title=MSG101 [emoji]"
        "::100%25 sure%0D%0Anext: a, b"
    )


# ---- JUnit ------------------------------------------------------------------------------------
def test_junit_xml(project: Path) -> None:
    root = ET.fromstring(render("junit", _diags(), files=2, paths=["templates/bad.html", "templates/good.html"]))
    assert root.tag == "testsuites" and root.get("failures") == "2"
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    assert set(suites) == {"templates/bad.html", "templates/good.html"}
    cases = suites["templates/bad.html"].findall("testcase")
    assert [c.get("name") for c in cases] == ["MSG101 [emoji] at 1:45", "MSG002 [unused-suppression] at 2:1"]
    assert cases[0].find("failure") is not None
    assert suites["templates/good.html"].find("testcase/failure") is None
    clean = ET.fromstring(render("junit", [], files=3))
    assert clean.find("testsuite/testcase") is not None and clean.find(".//failure") is None


def test_junit_survives_control_characters() -> None:
    d = Diagnostic("x.html", 1, 1, 1, 1, "MSG001", "unreadable-input", "error", "bad \x00\x1b byte")
    assert ET.fromstring(render("junit", [d])).find(".//failure") is not None


# ---- GitLab -----------------------------------------------------------------------------------
def test_gitlab_code_quality(project: Path) -> None:
    issues = json.loads(render("gitlab", _diags()))
    first = issues[0]
    assert first["check_name"] == "MSG101"
    assert first["description"].startswith("MSG101 [emoji] ")
    assert first["severity"] == "major" and issues[1]["severity"] == "minor"
    assert first["location"]["path"] == "templates/bad.html"
    assert first["location"]["lines"]["begin"] == 1
    assert len({i["fingerprint"] for i in issues}) == len(issues)


def test_gitlab_fingerprints_survive_edits_above_and_stay_unique(project: Path) -> None:
    before = json.loads(render("gitlab", _diags()))[0]["fingerprint"]
    bad = project / "templates" / "bad.html"
    bad.write_text(f"<p>{ORDER}.</p>\n" + BAD + f"<p>{ORDER}: the ring 😀 is ready.</p>\n", encoding="utf-8")
    issues = [i for i in json.loads(render("gitlab", _diags())) if i["check_name"] == "MSG101"]
    assert issues[0]["fingerprint"] == before and issues[0]["location"]["lines"]["begin"] == 2
    assert issues[1]["fingerprint"] != before


# ---- through the CLI: formats, summary, exit codes ---------------------------------------------
@pytest.mark.parametrize("fmt", ["sarif", "github", "junit", "gitlab", "json", "text"])
def test_every_format_from_the_cli(project: Path, fmt: str) -> None:
    r = run_cli("check", "--select", SELECT, "--format", fmt, "templates", cwd=project)
    assert r.returncode == 1, r.stderr
    out = r.stdout.decode()
    assert "MSG101" in out and b"Traceback" not in r.stderr
    if fmt in ("sarif", "gitlab", "json"):
        json.loads(out)
    if fmt == "junit":
        ET.fromstring(out)


def test_text_summary_and_statistics(project: Path) -> None:
    r = run_cli("check", "--select", SELECT, "templates", cwd=project)
    out = r.stdout.decode().splitlines()
    assert out[-1] == "2 problems in 1 file (1 error, 1 warning); 1 fixable with --fix"
    r = run_cli("check", "--select", SELECT, "--statistics", "templates", cwd=project)
    out = r.stdout.decode()
    assert "    1  MSG101  emoji" in out and "    1  MSG002  unused-suppression" in out
    r = run_cli("check", "--select", SELECT, "templates/good.html", cwd=project)
    assert r.stdout.decode().strip() == "No problems in 1 file." and r.returncode == 0


def test_fail_on_and_max_warnings(project: Path) -> None:
    warn = project / "warn.html"
    warn.write_text(f"<!-- msglint: disable -->\n<p>{ORDER}.</p>\n", encoding="utf-8")
    args = ("check", "--select", SELECT)
    assert run_cli(*args, "warn.html", cwd=project).returncode == 0  # a warning alone passes
    assert run_cli(*args, "--fail-on", "warning", "warn.html", cwd=project).returncode == 1
    assert run_cli(*args, "--fail-on", "error", "warn.html", cwd=project).returncode == 0
    assert run_cli(*args, "--max-warnings", "1", "warn.html", cwd=project).returncode == 0
    assert run_cli(*args, "--max-warnings", "0", "warn.html", cwd=project).returncode == 1
    assert run_cli(*args, "--max-warnings", "0", "--exit-zero", "warn.html", cwd=project).returncode == 0
    assert run_cli(*args, "--max-warnings", "-1", "warn.html", cwd=project).returncode == 2


# ---- every format over every fixture: the real diagnostics of every rule ----------------------
@pytest.fixture(scope="module")
def all_fixture_diags() -> list[Diagnostic]:
    from conftest import FIXTURES

    diags = msglint.lint_paths([str(FIXTURES)], config={"language": "en"})
    assert len({d.code for d in diags}) > 5, "the fixtures should exercise many rules"
    return diags


def test_every_format_renders_every_rule_s_diagnostics(all_fixture_diags: list[Diagnostic]) -> None:
    import re

    import jsonschema

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    sarif = json.loads(render("sarif", all_fixture_diags))
    jsonschema.validators.validator_for(schema)(schema).validate(sarif)
    assert len(sarif["runs"][0]["results"]) == len(all_fixture_diags)

    command = re.compile(
        r"^::(error|warning) file=[^,:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=MSG\d{3} \[[a-z-]+\]::.*$"
    )
    out = render("github", all_fixture_diags).splitlines()
    lines = [ln for ln in out if ln.startswith("::")]  # then the plain report, ending in its summary
    assert len(lines) == len(all_fixture_diags)
    assert out[-1].startswith(f"{len(all_fixture_diags)} problems in ")
    assert all(command.match(line) for line in lines), [ln for ln in lines if not command.match(ln)][:3]

    root = ET.fromstring(render("junit", all_fixture_diags))
    assert len(root.findall(".//failure")) == len(all_fixture_diags)

    issues = json.loads(render("gitlab", all_fixture_diags))
    assert len({i["fingerprint"] for i in issues}) == len(issues) == len(all_fixture_diags)
    for i in issues:
        assert {"description", "check_name", "fingerprint", "severity", "location"} <= i.keys()
        assert i["location"]["lines"]["begin"] >= 1 and i["severity"] in ("major", "minor")
