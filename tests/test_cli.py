"""The installed console script, run in a subprocess: exit codes, formats, errors."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_cli

BAD = "<p>Order 123-1234567-1234567: thank you 😀</p>\n"
GOOD = "<p>Your order 123-1234567-1234567: please send us the engraving text.</p>\n"


def test_version() -> None:
    r = run_cli("--version")
    assert r.returncode == 0
    assert r.stdout.decode().startswith("msglint ")


def test_python_dash_m(tmp_path: Path) -> None:
    import subprocess
    import sys

    f = tmp_path / "a.html"
    f.write_text(BAD)
    r = subprocess.run([sys.executable, "-m", "msglint", "check", "--select", "MSG101", str(f)], capture_output=True)
    assert r.returncode == 1
    assert b"MSG101" in r.stdout


def test_exit_codes(tmp_path: Path) -> None:
    bad, good = tmp_path / "bad.html", tmp_path / "good.html"
    bad.write_text(BAD)
    good.write_text(GOOD)
    r = run_cli("check", "--select", "MSG1", str(bad))
    assert r.returncode == 1, r.stderr
    assert f"{bad}:1:41: MSG101 [emoji]" in r.stdout.decode()
    assert run_cli("check", "--select", "MSG1", str(good)).returncode == 0
    assert run_cli("check", "--select", "MSG1", "--exit-zero", str(bad)).returncode == 0
    r = run_cli("check", str(tmp_path / "missing.html"))
    assert r.returncode == 2
    assert b"no such file" in r.stderr
    assert b"Traceback" not in r.stderr


def test_usage_and_config_errors_exit_2(tmp_path: Path) -> None:
    r = run_cli("check", "--select", "MSG999", str(tmp_path))
    assert r.returncode == 2 and b"MSG999" in r.stderr and b"Traceback" not in r.stderr
    r = run_cli("check", "--marketplace", "amazon.xx", str(tmp_path))
    assert r.returncode == 2 and b"amazon.xx" in r.stderr
    r = run_cli("check", "--format", "yaml", str(tmp_path))
    assert r.returncode == 2
    cfg = tmp_path / "msglint.toml"
    cfg.write_text("colour = 'red'\n")
    r = run_cli("check", str(tmp_path), cwd=tmp_path)
    assert r.returncode == 2 and b"unknown key 'colour'" in r.stderr
    cfg.write_text("select = [\n")
    r = run_cli("check", str(tmp_path), cwd=tmp_path)
    assert r.returncode == 2 and b"invalid TOML" in r.stderr and b"Traceback" not in r.stderr


def test_json_output(tmp_path: Path) -> None:
    bad = tmp_path / "bad.html"
    bad.write_text(BAD)
    r = run_cli("check", "--select", "MSG101", "--format", "json", str(bad))
    data = json.loads(r.stdout)
    assert data == [
        {
            "path": str(bad),
            "line": 1,
            "column": 41,
            "end_line": 1,
            "end_column": 42,
            "code": "MSG101",
            "rule": "emoji",
            "severity": "error",
            "message": data[0]["message"],
            "fix": data[0]["fix"],
            "url": "http://127.0.0.1:8765/rules/MSG101/",
        }
    ]
    assert data[0]["fix"]["edits"][0]["content"] == ""


def test_stdin(tmp_path: Path) -> None:
    r = run_cli("check", "--select", "MSG101", "--stdin-filename", "review.html", "-", input=BAD.encode())
    assert r.returncode == 1
    assert r.stdout.decode().startswith("review.html:1:41: MSG101")


def test_binary_and_badly_encoded_files(tmp_path: Path) -> None:
    (tmp_path / "logo.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00")
    (tmp_path / "latin1.txt").write_bytes("Très bien, merci 😀".encode()[:-4] + b"\xe9t\xe9")
    r = run_cli("check", "--select", "MSG0,MSG101", "--format", "json", str(tmp_path))
    assert b"Traceback" not in r.stderr
    data = json.loads(r.stdout)
    assert [(Path(d["path"]).name, d["code"]) for d in data] == [("logo.html", "MSG001")]
    assert r.returncode == 1


def test_rules_and_explain() -> None:
    r = run_cli("rules", "--format", "json")
    rules = json.loads(r.stdout)
    assert {"code": "MSG101", "slug": "emoji"}.items() <= next(x for x in rules if x["code"] == "MSG101").items()
    r = run_cli("explain", "emoji")
    out = r.stdout.decode()
    assert r.returncode == 0
    assert "Guideline:" in out and "Bad:" in out and "Good:" in out
    assert run_cli("explain", "MSG999").returncode == 2
