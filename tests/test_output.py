"""What msglint writes is safe to print and honest: control characters escaped, summaries true."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import run_cli


def test_explain_writes_no_control_characters() -> None:
    r = run_cli("explain", "MSG001")
    assert r.returncode == 0
    assert b"\x00" not in r.stdout and b"\x01" not in r.stdout
    assert b"\\x00\\x01\\x02binary\\x00" in r.stdout


EMOJI = "<p>Hello, your order 123-1234567-1234567: which text should we engrave on the ring 😀?</p>\n"
CJK = "<p>ご注文 123-1234567-1234567 の刻印テキスト 😀 を教えてください</p>\n"


def _cli(*args: str, cwd: Path, env: dict[str, str] | None = None, **kw: object) -> subprocess.CompletedProcess[bytes]:
    exe = Path(sys.executable).parent / "msglint"
    base = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    base["MSGLINT_NO_CACHE"] = "1"
    base.update(env or {})
    if "stderr" not in kw:
        kw.update(stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return subprocess.run([str(exe), *args], cwd=cwd, env=base, timeout=120, **kw)  # type: ignore[call-overload, no-any-return]


@pytest.mark.parametrize(
    ("env", "args", "colored"),
    [
        ({}, [], False),  # not a terminal
        ({"FORCE_COLOR": "1"}, [], True),
        ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, [], False),
        ({"FORCE_COLOR": "0"}, [], False),
        ({}, ["--color", "always"], True),
        ({"FORCE_COLOR": "1"}, ["--color", "never"], False),
        ({"NO_COLOR": "1"}, ["--color", "always"], True),
    ],
)
def test_color_follows_the_option_and_the_environment(
    tmp_path: Path, env: dict[str, str], args: list[str], colored: bool
) -> None:
    (tmp_path / "a.html").write_text(EMOJI, encoding="utf-8")
    r = _cli("check", "--select", "emoji", *args, "a.html", cwd=tmp_path, env=env)
    assert r.returncode == 1
    assert (b"\x1b[" in r.stdout) is colored, r.stdout


def test_show_source_places_carets_by_display_width(tmp_path: Path) -> None:
    (tmp_path / "jp.html").write_text(CJK, encoding="utf-8")
    r = _cli("check", "--select", "emoji", "--show-source", "jp.html", cwd=tmp_path)
    lines = r.stdout.decode().splitlines()
    head, source, caret = lines[0], lines[1], lines[2]
    assert head.startswith("jp.html:1:"), head
    assert source == "    1 | " + CJK.rstrip("\n")
    # the emoji is after 27 characters, 9 of them wide (2 columns each): 36 display columns
    prefix = CJK[: CJK.index("😀")]
    wide = sum(1 for ch in prefix if ord(ch) > 0x2E80)
    assert caret == " " * (len("    1 | ") + len(prefix) + wide) + "^^", (caret, source)
    plain = _cli("check", "--select", "emoji", "jp.html", cwd=tmp_path)
    assert len(plain.stdout.decode().splitlines()) == 3  # off a terminal: no excerpt unless asked


def test_output_file_takes_the_report(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(EMOJI, encoding="utf-8")
    r = _cli("check", "--select", "emoji", "--format", "json", "-o", "report.json", "a.html", cwd=tmp_path)
    assert r.returncode == 1 and r.stdout == b""
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert [d["code"] for d in report] == ["MSG101"]


def test_statistics_in_every_format(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(EMOJI + EMOJI, encoding="utf-8")
    r = _cli("check", "--select", "emoji", "--statistics", "--format", "json", "a.html", cwd=tmp_path)
    assert json.loads(r.stdout) == [{"code": "MSG101", "rule": "emoji", "count": 2, "fixable": 2}]
    for fmt in ("sarif", "gitlab", "junit"):
        r = _cli("check", "--select", "emoji", "--statistics", "--format", fmt, "a.html", cwd=tmp_path)
        assert b"    2  MSG101  emoji" in r.stderr, (fmt, r.stderr)
        if fmt != "junit":
            json.loads(r.stdout)  # the report itself stays valid
    r = _cli("check", "--select", "emoji", "--statistics", "--format", "github", "a.html", cwd=tmp_path)
    assert b"    2  MSG101  emoji" in r.stdout


def test_github_format_prints_a_plain_report_with_repository_paths(tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "a.html").write_text(EMOJI, encoding="utf-8")
    env = {"GITHUB_WORKSPACE": ""}
    r = _cli("check", "--select", "emoji", "--format", "github", "a.html", cwd=tmp_path / "templates", env=env)
    lines = r.stdout.decode().splitlines()
    assert lines[0].startswith("::error file=templates/a.html,line=1,col="), lines
    assert lines[1].startswith("a.html:1:") and "MSG101 [emoji]" in lines[1]
    assert lines[-1] == "1 problem in 1 file (1 error, 0 warnings); 1 fixable with --fix"


def test_control_characters_are_escaped_in_the_text_report(tmp_path: Path) -> None:
    name = "evil\x1b[31m.html"
    (tmp_path / name).write_text(EMOJI, encoding="utf-8")
    r = _cli("check", "--select", "emoji", "--show-source", name, cwd=tmp_path)
    assert b"\x1b" not in r.stdout and b"evil\\x1b[31m.html:1:" in r.stdout
    (tmp_path / "nul.txt").write_bytes(b"Hello \x00\x01 order 123-1234567-1234567 \xf0\x9f\x98\x80\n")
    r = _cli("check", "--show-source", "nul.txt", cwd=tmp_path)
    assert b"\x00" not in r.stdout and b"\x01" not in r.stdout


def test_progress_on_a_terminal_only(tmp_path: Path) -> None:
    import pty

    for i in range(60):
        (tmp_path / f"m{i:02d}.html").write_text(EMOJI, encoding="utf-8")
    master, slave = pty.openpty()
    try:
        r = _cli("check", "--select", "emoji", "--jobs", "1", ".", cwd=tmp_path, stderr=slave, stdout=subprocess.PIPE)
        os.close(slave)
        chunks = []
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
    finally:
        os.close(master)
    shown = b"".join(chunks)
    assert b"msglint: 60/60 files" in shown, shown
    assert r.stdout.decode().rstrip().endswith("60 problems in 60 files (60 errors, 0 warnings); 60 fixable with --fix")
    quiet = _cli("check", "--select", "emoji", ".", cwd=tmp_path)
    assert b"files" not in quiet.stderr
