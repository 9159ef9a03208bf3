"""How the console script ends (msglint.cli.run, #14): without tearing the interpreter down,
but with everything an ordinary exit does that anyone can see: the exit code, every ``atexit``
hook (the anchor and known-words caches are written there), all of standard output and error.
``msglint.cli.main`` (``python -m msglint``, callers that catch SystemExit) hands control back."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import run_cli

BAD = "<p>Order 123-1234567-1234567: thank you 😀</p>\n"


def _python(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd, timeout=120, check=False
    )


def test_atexit_hooks_run_once_after_the_report_with_the_exit_code(tmp_path: Path) -> None:
    (tmp_path / "bad.html").write_text(BAD, encoding="utf-8")
    code = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('hook', file=sys.stderr))\n"
        "from msglint.cli import run\n"
        "run(['check', '--no-cache', '--select', 'MSG101', 'bad.html'])\n"
        "print('not reached')\n"
    )
    r = _python(code, tmp_path)
    assert r.returncode == 1, r.stderr
    assert r.stdout.startswith("bad.html:1:41: MSG101 [emoji]")
    assert r.stderr.count("hook") == 1
    assert "not reached" not in r.stdout


def test_main_hands_control_back_with_the_gc_threshold_it_found(tmp_path: Path) -> None:
    (tmp_path / "bad.html").write_text(BAD, encoding="utf-8")
    code = (
        "import gc\n"
        "gc.set_threshold(900, 11, 12)\n"
        "from msglint.cli import main\n"
        "try:\n"
        "    main(['check', '--no-cache', '--select', 'MSG101', 'bad.html'])\n"
        "except SystemExit as e:\n"
        "    print('exit', e.code, gc.get_threshold())\n"
    )
    r = _python(code, tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[-1] == "exit 1 (900, 11, 12)"


def test_exit_codes_0_and_2_are_kept(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Hello\n", encoding="utf-8")
    run = "from msglint.cli import run\nrun({})\n"
    assert _python(run.format("['check', '--no-cache', '--select', 'MSG101', 'good.txt']"), tmp_path).returncode == 0
    r = _python(run.format("['check', '--select', 'MSG999', 'good.txt']"), tmp_path)
    assert r.returncode == 2
    assert r.stderr == "msglint: error: --select: unknown rule 'MSG999' (see 'msglint rules')\n"


def test_a_report_larger_than_a_pipe_buffer_arrives_whole(tmp_path: Path) -> None:
    # 3,000 findings, ~1 MB of JSON: more than a pipe holds, so it is still in the buffer of
    # sys.stdout when the command returns and must be flushed before the process ends
    (tmp_path / "many.txt").write_text("Thanks 😀\n" * 3000, encoding="utf-8")
    r = run_cli("check", "--select", "MSG101", "--format", "json", "many.txt", cwd=tmp_path)
    assert r.returncode == 1, r.stderr
    found = json.loads(r.stdout)
    assert len(found) == 3000
    assert (found[-1]["line"], found[-1]["column"]) == (3000, 8)


def test_the_console_script_raises_the_gc_threshold_before_importing_the_cli(tmp_path: Path) -> None:
    """msglint.console.run (the ``msglint`` script) sets the collector's threshold before
    msglint.cli and click are imported (#14: their import alone ran ~26 young collections)."""
    (tmp_path / "good.txt").write_text("Hello\n", encoding="utf-8")
    code = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print('threshold', gc.get_threshold()[0]))\n"
        "sys.argv = ['msglint', 'check', '--no-cache', '--select', 'MSG101', 'good.txt']\n"
        "from msglint.console import CONSOLE_GC_THRESHOLD, run\n"
        "print('before', 'msglint.cli' in sys.modules, gc.get_threshold()[0] == CONSOLE_GC_THRESHOLD)\n"
        "run()\n"
    )
    r = _python(code, tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["before False False", "No problems in 1 file.", "threshold 100000"]
