"""``--baseline`` / ``--write-baseline``: only new findings are reported; fingerprints survive
edits elsewhere in the file; repeated identical findings are counted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_cli

from msglint.run.baseline import fingerprint, offending_text

SEL = ("--select", "MSG101")
ORDER = "Your order 123-1234567-1234567"
LINE_A = f"<p>{ORDER}: the ring 😀 is ready.</p>\n"
LINE_B = "<p>Thanks 👍</p>\n"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "a.html").write_text(LINE_A + LINE_B + LINE_A, encoding="utf-8")
    r = run_cli("check", *SEL, "--write-baseline", "msglint-baseline.json", "templates", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert b"recorded 3 findings" in r.stderr
    return tmp_path


def _check(repo: Path, *extra: str, cwd: Path | None = None) -> tuple[int, list[tuple[str, int]]]:
    r = run_cli("check", *SEL, "--format", "json", *extra, cwd=cwd or repo)
    assert b"Traceback" not in r.stderr
    data = json.loads(r.stdout) if r.stdout.strip() else []
    return r.returncode, [(Path(d["path"]).name, d["line"]) for d in data]


def test_file_format(repo: Path) -> None:
    data = json.loads((repo / "msglint-baseline.json").read_text(encoding="utf-8"))
    assert data["msglint-baseline"] == 1
    assert [(f["path"], f["code"], f["rule"], f["text"], f["count"]) for f in data["findings"]] == [
        ("templates/a.html", "MSG101", "emoji", "👍", 1),
        ("templates/a.html", "MSG101", "emoji", "😀", 2),
    ]


def test_baselined_findings_are_not_reported(repo: Path) -> None:
    assert _check(repo, "--baseline", "msglint-baseline.json", "templates") == (0, [])
    assert _check(repo, "templates")[0] == 1  # without the baseline they are


def test_edits_elsewhere_do_not_make_old_findings_new(repo: Path) -> None:
    a = repo / "templates" / "a.html"
    a.write_text(f"<p>{ORDER}: a new first paragraph.</p>\n\n" + a.read_text(encoding="utf-8"), encoding="utf-8")
    assert _check(repo, "--baseline", "msglint-baseline.json", "templates") == (0, [])


def test_new_and_repeated_findings_are_reported(repo: Path) -> None:
    a = repo / "templates" / "a.html"
    a.write_text(a.read_text(encoding="utf-8") + "<p>Ready 🎉</p>\n" + LINE_A, encoding="utf-8")
    rc, found = _check(repo, "--baseline", "msglint-baseline.json", "templates")
    # the new emoji, and a third copy of the recorded one (the baseline allows two)
    assert (rc, found) == (1, [("a.html", 4), ("a.html", 5)])
    # fixing a recorded finding is fine; the baseline only ever allows, never requires
    a.write_text(LINE_A, encoding="utf-8")
    assert _check(repo, "--baseline", "msglint-baseline.json", "templates") == (0, [])


def test_same_text_in_another_file_or_rule_is_new(repo: Path) -> None:
    (repo / "templates" / "b.html").write_text(LINE_A, encoding="utf-8")
    assert _check(repo, "--baseline", "msglint-baseline.json", "templates") == (1, [("b.html", 1)])


def test_paths_are_relative_to_the_baseline_file(repo: Path) -> None:
    sub = repo / "templates"
    assert _check(repo, "--baseline", "../msglint-baseline.json", ".", cwd=sub) == (0, [])
    absolute = str(repo / "msglint-baseline.json")
    assert _check(repo, "--baseline", absolute, str(sub / "a.html"), cwd=Path("/")) == (0, [])


def test_bad_baseline_files_are_errors(repo: Path) -> None:
    for content in (
        "not json",
        "[]",
        '{"msglint-baseline": 99, "findings": []}',
        '{"msglint-baseline": 1, "findings": [{"fingerprint": 3}]}',
    ):
        (repo / "bad.json").write_text(content)
        r = run_cli("check", *SEL, "--baseline", "bad.json", "templates", cwd=repo)
        assert r.returncode == 2 and b"bad.json" in r.stderr and b"Traceback" not in r.stderr, content
    r = run_cli("check", *SEL, "--baseline", "missing.json", "templates", cwd=repo)
    assert r.returncode == 2 and b"baseline file not found" in r.stderr


def test_fingerprint_ignores_the_line_but_not_rule_path_or_text() -> None:
    from msglint.core.diagnostics import Diagnostic

    d = Diagnostic("a.html", 3, 4, 3, 5, "MSG101", "emoji", "error", "m", source_line="<p>😀</p>")
    moved = Diagnostic("a.html", 9, 4, 9, 5, "MSG101", "emoji", "error", "m", source_line="<p>😀</p>")
    other_text = Diagnostic("a.html", 3, 4, 3, 5, "MSG101", "emoji", "error", "m", source_line="<p>🎉</p>")
    other_path = Diagnostic("b.html", 3, 4, 3, 5, "MSG101", "emoji", "error", "m", source_line="<p>😀</p>")
    assert fingerprint(d) == fingerprint(moved)
    assert offending_text(d) == "😀"
    assert len({fingerprint(x) for x in (d, other_text, other_path)}) == 3
