"""What msglint writes is safe to print and honest: control characters escaped, summaries true."""

from __future__ import annotations

from conftest import run_cli


def test_explain_writes_no_control_characters() -> None:
    r = run_cli("explain", "MSG001")
    assert r.returncode == 0
    assert b"\x00" not in r.stdout and b"\x01" not in r.stdout
    assert b"\\x00\\x01\\x02binary\\x00" in r.stdout
