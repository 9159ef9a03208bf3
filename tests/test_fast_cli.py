"""``msglint check`` without click (msglint.command, #14): the console script reads a plain
``check`` command line itself and must pass ``check`` exactly what click would, and leave every
other command line (help, errors, unusual spellings) to click.

The parser is compared with click's own parsing of the same argv (``make_context``), its
option table with the click command's declared parameters, and the console script's output
and exit code with ``python -m msglint`` (click) on the same command lines in a subprocess.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import click
import pytest

from msglint.cli import cli
from msglint.command import CLICK_ENVIRONMENT, DEFAULTS, OPTIONS, parse_check_args

CHECK = cli.commands["check"]


def _click_params(argv: list[str]) -> dict[str, Any]:
    """The parameters click passes to ``check`` for ``msglint <argv>``."""
    assert argv[0] == "check"
    with CHECK.make_context("check", list(argv[1:])) as ctx:
        return dict(ctx.params)


def test_the_option_table_is_the_click_commands() -> None:
    declared: dict[str, tuple[str, Any]] = {}
    names: list[str] = []
    for param in CHECK.params:
        assert param.name is not None
        names.append(param.name)
        if isinstance(param, click.Argument):
            assert param.name == "paths" and param.nargs == -1
            continue
        assert isinstance(param, click.Option)
        for envvar in [param.envvar] if isinstance(param.envvar, str) else param.envvar or []:
            assert envvar in CLICK_ENVIRONMENT
        if param.is_flag and param.secondary_opts:
            declared.update({o: (param.name, True) for o in param.opts})
            declared.update({o: (param.name, False) for o in param.secondary_opts})
        elif param.is_flag:
            declared.update({o: (param.name, True) for o in param.opts})
        elif param.multiple:
            declared.update({o: (param.name, "multi") for o in param.opts})
        elif isinstance(param.type, click.Choice):
            declared.update({o: (param.name, tuple(param.type.choices)) for o in param.opts})
        elif isinstance(param.type, click.IntRange):
            assert param.type.min == 0 and param.type.max is None and not param.type.min_open
            declared.update({o: (param.name, "int") for o in param.opts})
        elif isinstance(param.type, click.Path):
            assert not param.type.dir_okay and param.type.file_okay and param.type.readable
            assert not param.type.exists and not param.type.writable and not param.type.resolve_path
            declared.update({o: (param.name, "path") for o in param.opts})
        else:
            assert param.type is click.STRING
            declared.update({o: (param.name, "str") for o in param.opts})
    assert declared == OPTIONS
    assert set(names) == set(DEFAULTS)


def test_the_defaults_are_clicks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for name in CLICK_ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    assert _click_params(["check"]) == DEFAULTS


# Command lines this parser reads (it must, or the fast path is never taken), relative to a
# folder holding good.txt, sub/ and conf.toml.
READ = [
    ["check", "good.txt"],
    ["check", "--no-cache", "good.txt"],
    ["check"],
    ["check", "-"],
    ["check", "good.txt", "sub", "missing.html"],
    ["check", "--format", "json", "good.txt"],
    ["check", "--format=sarif", "good.txt"],
    ["check", "good.txt", "--format", "github", "--no-cache"],
    ["check", "--select", "MSG1,MSG2", "--select", "emoji", "--ignore", "MSG101", "good.txt"],
    ["check", "--extend-select=MSG404", "--ignore=", "good.txt"],
    ["check", "--select", "", "good.txt"],
    ["check", "--marketplace", "amazon.de", "--language", "de", "good.txt"],
    ["check", "--config", "conf.toml", "--stdin-filename", "x.html", "-"],
    ["check", "--exit-zero", "--fail-on", "warning", "--max-warnings", "0", "--statistics", "good.txt"],
    ["check", "--fix", "good.txt"],
    ["check", "--diff", "good.txt"],
    ["check", "--baseline", "base.json", "good.txt"],
    ["check", "--write-baseline=base.json", "good.txt"],
    ["check", "--force-exclude", "--no-force-exclude", "good.txt"],
    ["check", "--no-force-exclude", "--force-exclude", "good.txt"],
    ["check", "--show-settings", "good.txt"],
    ["check", "--show-files", "-v", "sub"],
    ["check", "--verbose", "--color", "always", "--show-source", "good.txt"],
    ["check", "--color=never", "--no-show-source", "good.txt"],
    ["check", "-o", "out.txt", "good.txt"],
    ["check", "--output-file", "out.txt", "good.txt"],
    ["check", "--jobs", "2", "good.txt"],
    ["check", "-j", "0", "good.txt"],
    ["check", "--max-warnings", "007", "good.txt"],
    ["check", "--no-cache", "--no-cache", "-v", "-v", "good.txt"],
]

# Command lines left to click: help, errors, and spellings whose reading this parser does not
# repeat (click's messages and exit codes stay click's).
LEFT = [
    [],
    ["rules"],
    ["explain", "MSG101"],
    ["--version"],
    ["check", "--help"],
    ["check", "-h"],
    ["check", "good.txt", "--help"],
    ["check", "--", "good.txt"],
    ["check", "--nosuch", "good.txt"],
    ["check", "--form", "json", "good.txt"],
    ["check", "--format", "JSON", "good.txt"],
    ["check", "--format", "xml", "good.txt"],
    ["check", "--format"],
    ["check", "--format=", "good.txt"],
    ["check", "--no-cache=1", "good.txt"],
    ["check", "-j2", "good.txt"],
    ["check", "-vj", "2", "good.txt"],
    ["check", "--jobs", "-1", "good.txt"],
    ["check", "--jobs", "two", "good.txt"],
    ["check", "--jobs", "+2", "good.txt"],
    ["check", "--jobs", "２", "good.txt"],
    ["check", "--max-warnings", " 3", "good.txt"],
    ["check", "--format", "json", "--format", "text", "good.txt"],
    ["check", "--select", "-x", "good.txt"],
    ["check", "--config", "sub", "good.txt"],
    ["check", "-o", "sub", "good.txt"],
    ["check", "good\0.txt"],
    ["check", "--config", "a\0b"],
]


@pytest.fixture()
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "good.txt").write_text("Hello, your order has shipped.\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "conf.toml").write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for name in CLICK_ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    return tmp_path


@pytest.mark.parametrize("argv", READ, ids=" ".join)
def test_the_parser_reads_what_click_reads(folder: Path, argv: list[str]) -> None:
    params = parse_check_args(argv, {})
    assert params is not None
    assert params == _click_params(argv)


@pytest.mark.parametrize("argv", LEFT, ids=repr)
def test_the_parser_leaves_other_command_lines_to_click(folder: Path, argv: list[str]) -> None:
    assert parse_check_args(argv, {}) is None


def test_an_unreadable_path_is_left_to_click(folder: Path) -> None:
    if os.geteuid() == 0:  # root reads every file: click's readable check never fails
        (folder / "secret.txt").write_text("x", encoding="utf-8")
        assert parse_check_args(["check", "secret.txt"], {}) == _click_params(["check", "secret.txt"])
        return
    secret = folder / "secret.txt"
    secret.write_text("x", encoding="utf-8")
    secret.chmod(0)
    assert parse_check_args(["check", "secret.txt"], {}) is None
    with pytest.raises(click.BadParameter):
        _click_params(["check", "secret.txt"])


def test_msglint_no_cache_1_is_read_like_click_and_other_variables_go_to_click(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MSGLINT_NO_CACHE", "1")
    for argv in (["check", "good.txt"], ["check", "--no-cache", "good.txt"]):
        params = parse_check_args(argv, {"MSGLINT_NO_CACHE": "1"})
        assert params is not None and params["no_cache"] is True
        assert params == _click_params(argv)
    for env in ({"MSGLINT_NO_CACHE": "0"}, {"MSGLINT_NO_CACHE": ""}, {"MSGLINT_JOBS": "1"}, {"_MSGLINT_COMPLETE": "x"}):
        assert parse_check_args(["check", "good.txt"], env) is None


BAD = "<p>Order 123-1234567-1234567: thank you \U0001f600 \x1b[31mred\x1b[0m</p>\n"

# Each runs through the console script (no click) and through ``python -m msglint`` (click).
SAME = [
    ["check", "bad.html"],
    ["check", "--no-cache", "bad.html", "good.txt"],
    ["check", "--format", "json", "bad.html"],
    ["check", "--format=sarif", "bad.html"],
    ["check", "--select", "MSG101", "--statistics", "bad.html"],
    ["check", "--select", "MSG999", "bad.html"],
    ["check", "--ignore", "nosuch", "bad.html"],
    ["check", "--select", "", "bad.html"],
    ["check", "--marketplace", "amazon.xx", "bad.html"],
    ["check", "missing.html", "good.txt"],
    ["check", "--exit-zero", "bad.html"],
    ["check", "--color", "always", "bad.html"],
    ["check", "--show-source", "bad.html"],
    ["check", "--fail-on", "warning", "--max-warnings", "0", "good.txt"],
    ["check", "--show-files", "."],
    ["check", "--config", "missing.toml", "bad.html"],
]


def _run(folder: Path, argv: list[str], fast: bool) -> tuple[int, bytes, bytes, bool]:
    """(exit code, stdout, stderr, click imported?) of ``msglint <argv>``."""
    entry = "from msglint.console import run; run()" if fast else "from msglint.cli import main; main()"
    hook = "import atexit, sys; atexit.register(lambda: sys.stderr.write('CLICK' if 'click' in sys.modules else ''))\n"
    env = {k: v for k, v in os.environ.items() if k not in CLICK_ENVIRONMENT and k not in ("NO_COLOR", "FORCE_COLOR")}
    r = subprocess.run(
        [sys.executable, "-c", hook + entry, *argv], capture_output=True, cwd=folder, env=env, timeout=120, check=False
    )
    clicked = r.stderr.endswith(b"CLICK")
    return r.returncode, r.stdout, r.stderr.removesuffix(b"CLICK"), clicked


@pytest.mark.parametrize("argv", SAME, ids=" ".join)
def test_the_console_script_prints_what_click_prints(folder: Path, argv: list[str]) -> None:
    (folder / "bad.html").write_text(BAD, encoding="utf-8")
    (folder / ".msglint_cache").mkdir()  # the result cache of the runs stays in this folder
    code, out, err, clicked = _run(folder, argv, fast=True)
    assert not clicked  # the fast path was taken
    assert (code, out, err) == _run(folder, argv, fast=False)[:3]


def test_a_command_line_the_parser_leaves_still_gets_clicks_message(folder: Path) -> None:
    code, out, err, clicked = _run(folder, ["check", "--form", "json", "good.txt"], fast=True)
    assert clicked and code == 2 and out == b""
    assert b"Error: No such option '--form'." in err
    assert (code, out, err) == _run(folder, ["check", "--form", "json", "good.txt"], fast=False)[:3]
