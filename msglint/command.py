"""``msglint check`` without click: the command's work, and a parser for its common command lines.

Importing click costs ~20 ms of CPU (click.core pulls in inspect, click.types datetime, uuid
and platform, gettext its plural regex), about a tenth of a one-file ``check`` (#14). A
pre-commit hook runs ``msglint check FILE...`` on every commit, so the console script
(:mod:`msglint.console`) reads such a command line with :func:`fast_check_params` and runs
:func:`run_check` without importing click. Anything the parser is not sure about (``--help``,
an unknown or misspelt option, a bad value, an option value that starts with ``-``, ``--``,
short options written together, the command's environment variables, shell completion, a path
click would refuse) gives None, and :mod:`msglint.cli` (click) parses the command line as
before, so help, errors and exit codes are click's own. ``msglint.cli.check`` runs the same
:func:`check`; tests/test_fast_cli.py checks the parser against click's on the same argv.

Exit codes (docs/cli.md): 0 nothing at error severity, 1 at least one error-severity diagnostic,
2 usage, configuration or I/O error (a message on stderr, never a traceback).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from msglint.core.config import Config

if TYPE_CHECKING:
    from msglint.core.config import Resolver
    from msglint.core.diagnostics import Diagnostic
    from msglint.engine.linter import Linter
    from msglint.run.files import Selection
    from msglint.run.parallel import FileResult

FORMATS = ("text", "json", "sarif", "github", "junit", "gitlab")
EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

#: click's ``_ansi_re`` (click/_compat.py): the escape sequences ``click.echo`` removes from
#: output that does not go to a terminal. Compiled on first use.
_ANSI = r"\033\[[0-?]*[ -/]*[@-~]"


def echo(message: str, nl: bool = True, err: bool = False, color: bool | None = None) -> None:
    """``click.echo`` of a string to standard output or error, without importing click.

    Once click is imported (``msglint.cli``, the LSP and web front ends, tests through
    ``CliRunner``) it is click.echo itself. Otherwise the streams are the interpreter's own
    text streams (:func:`fast_check_params` checked them: not ASCII, so click would not wrap
    them) and this does what click.echo does with them: write, then flush, escape sequences
    removed unless the stream is a terminal or ``color`` says otherwise."""
    click = sys.modules.get("click")
    if click is not None:
        click.echo(message, nl=nl, err=err, color=color)
        return
    stream = sys.stderr if err else sys.stdout
    if stream is None:
        return
    out = message + "\n" if nl else message
    if not out:
        stream.flush()
        return
    if (not _isatty(stream)) if color is None else not color:
        import re

        out = re.sub(_ANSI, "", out)
    stream.write(out)
    stream.flush()


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except Exception:  # click's isatty: any failure is "not a terminal"
        return False


def fail(message: str) -> NoReturn:
    echo(f"msglint: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def split(values: Sequence[str], option: str) -> tuple[str, ...] | None:
    """``--select a,b --select c`` as a tuple; an empty name is a usage error (``--select ''``
    must not silently select nothing)."""
    if not values:
        return None
    out = tuple(v.strip() for item in values for v in item.split(","))
    if not out or any(not v for v in out):
        fail(f"{option}: an empty rule name (use codes, slugs or prefixes such as 'MSG2' or 'emoji')")
    return out


def _remove_stale_temp_files(targets: Sequence[str]) -> None:
    """Temporary files an interrupted ``--fix`` left next to the files of this run go now."""
    from msglint.run.atomic import remove_stale_temp_files

    for folder in sorted({os.path.dirname(os.path.abspath(t)) for t in targets if t != "-"}):
        remove_stale_temp_files(folder)


def check(
    paths: tuple[str, ...],
    fmt: str,
    marketplace: str | None,
    language: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    extend_select: tuple[str, ...],
    config_file: str | None,
    stdin_filename: str | None,
    exit_zero: bool,
    fail_on: str,
    max_warnings: int | None,
    statistics: bool,
    force_exclude: bool | None,
    show_settings: str | None,
    show_files: bool,
    verbose: bool,
    color: str,
    show_source: bool | None,
    output_file: str | None,
    no_cache: bool,
    jobs: int | None,
    fix: bool,
    diff: bool,
    baseline: str | None,
    write_baseline: str | None,
) -> NoReturn:
    """``msglint check`` once its command line is read (by click or :func:`fast_check_params`);
    ends with SystemExit (the exit code)."""
    resolver = _make_resolver(config_file, marketplace, language, select, ignore, extend_select, force_exclude)
    if show_settings is not None:
        _show_settings(resolver, show_settings)
    selection, linters, groups = _plan(resolver, paths, _force_exclude(resolver, force_exclude), stdin_filename)
    targets = selection.files
    if show_files:
        for target in targets:
            echo(target)
        for path in selection.missing:
            echo(f"msglint: error: {path}: no such file or directory", err=True)
        sys.exit(EXIT_ERROR if selection.missing else EXIT_OK)
    for path in selection.skipped:
        echo(f"msglint: warning: {path}: dangling symbolic link, not linted", err=True)
    for path, why in selection.special:
        echo(f"msglint: skipped {path}: {why}", err=True)
    _remove_stale_temp_files(targets)
    for path in selection.missing:
        echo(f"msglint: error: {path}: no such file or directory", err=True)
    progress = _Progress(len(targets))
    try:
        results, diags = _lint_groups(linters, groups, resolver, jobs, stdin_filename, fix, diff, no_cache, progress)
    finally:
        progress.done()
    io_errors = len(selection.missing)
    files = 0
    for result in results:
        diags.extend(result.diagnostics)
        if result.error is not None:
            echo(f"msglint: {result.error}", err=True)
            io_errors += 1
        else:
            files += 1
    diags.sort(key=lambda d: d.sort_key())
    from msglint.core.packs import load_rules

    if diff:
        from msglint.run.fixes import print_diffs

        changed = print_diffs(results)
        sys.exit(EXIT_ERROR if io_errors else EXIT_FINDINGS if changed else EXIT_OK)
    if baseline or write_baseline:
        diags = _apply_baseline(diags, baseline, write_baseline)

    from msglint.reporters import render

    # With `--fix -` the fixed text goes to stdout, so the report goes to stderr (like ruff).
    to_err = fix and "-" in targets
    if fix:
        from msglint.run.fixes import summary

        n_fixed, n_changed = summary(results)
        if n_fixed:
            echo(
                f"Fixed {n_fixed} problem{'s' if n_fixed != 1 else ''} in {n_changed} "
                f"file{'s' if n_changed != 1 else ''}.",
                err=to_err or fmt != "text",
            )
    from msglint.reporters.terminal import use_color

    stream = sys.stderr if to_err else sys.stdout
    colored = use_color(color, stream) if output_file is None else color == "always"
    out = render(
        fmt,
        diags,
        files=files,
        statistics=statistics and fmt in ("text", "github"),
        color=colored and fmt == "text",
        show_source=show_source,
        rules=load_rules(),
        paths=targets,
        docs_url=resolver.default.docs_url,
    )
    if statistics and fmt == "json":  # like ruff: the per-rule counts as JSON
        import json

        from msglint.reporters.text_report import statistics as stats

        out = json.dumps(stats(diags), indent=2)
    elif statistics and fmt not in ("text", "github") and diags:  # the report file stays valid
        from msglint.reporters.text_report import statistics_table

        echo(statistics_table(diags), err=True)
    _write_report(out, output_file, to_err, colored)
    if not io_errors:  # run-wide notes (e.g. MSG404 is off), once; a failed run shows its errors only
        _print_notes(linters, files, verbose)
    _exit(diags, io_errors, exit_zero, fail_on, max_warnings)


def _write_report(out: str, output_file: str | None, to_err: bool, colored: bool) -> None:
    if output_file is None:
        if out:  # click would strip the colour codes off a terminal: FORCE_COLOR/--color always keep them
            echo(out, nl=not out.endswith("\n"), err=to_err, color=colored)
        return
    try:
        with open(output_file, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(out if out.endswith("\n") or not out else out + "\n")
    except OSError as exc:
        fail(f"cannot write {output_file}: {exc.strerror or exc}")


class _Progress:
    """``msglint: 1200/5000 files`` on standard error, for long runs on a terminal only."""

    MIN_FILES = 50

    def __init__(self, total: int) -> None:
        import time

        self.total, self.count, self.last = total, 0, time.monotonic()
        try:
            self.active = total >= self.MIN_FILES and sys.stderr.isatty()
        except (AttributeError, ValueError):
            self.active = False
        self.shown = False

    def __call__(self) -> None:
        import time

        self.count += 1
        if not self.active:
            return
        now = time.monotonic()
        if now - self.last >= 0.1 or self.count == self.total:
            self.last = now
            self.shown = True
            sys.stderr.write(f"\rmsglint: {self.count}/{self.total} files")
            sys.stderr.flush()

    def done(self) -> None:
        if self.shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def _make_resolver(
    config_file: str | None,
    marketplace: str | None,
    language: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    extend_select: tuple[str, ...],
    force_exclude: bool | None,
) -> Resolver:
    """The configuration of every file, with the command line's options on top (all validated)."""
    from msglint.core import values
    from msglint.core.config import ConfigError, Resolver

    checks = (("--marketplace", marketplace, values.marketplace), ("--language", language, values.language))
    for name, value, fn in checks:
        if value is not None:
            try:
                fn(value)
            except values.ValueProblem as exc:
                fail(f"{name}: {exc}")
    try:
        resolver = Resolver(
            config_file,
            marketplace=marketplace,
            language=language,
            select=split(select, "--select"),
            ignore=split(ignore, "--ignore"),
            extend_select=split(extend_select, "--extend-select"),
            force_exclude=force_exclude,
        )
    except ConfigError as exc:
        fail(str(exc))
    return resolver


def _show_settings(resolver: Resolver, path: str) -> NoReturn:
    from msglint.core.config import ConfigError, show_settings
    from msglint.engine.linter import Linter

    try:
        cfg = resolver.config_for(path)
        Linter(cfg)  # the rules it names are checked too
    except ConfigError as exc:
        fail(str(exc))
    echo(f"# settings for {path}\n{show_settings(cfg)}")
    sys.exit(EXIT_OK)


def _plan(
    resolver: Resolver, paths: Sequence[str], force_exclude: bool, stdin_filename: str | None
) -> tuple[Selection, dict[Config, Linter], dict[Config, list[str]]]:
    """The files to lint, grouped by the configuration that applies to each, with its Linter."""
    from msglint.core.config import ConfigError
    from msglint.engine.linter import Linter
    from msglint.run.files import select_files

    linters: dict[Config, Linter] = {}
    groups: dict[Config, list[str]] = {}
    try:
        selection = select_files(list(paths) or ["."], resolver, force_exclude)
        for target in selection.files:
            cfg = resolver.config_for(stdin_filename if target == "-" and stdin_filename else target)
            if cfg not in linters:
                linters[cfg] = Linter(cfg)
            groups.setdefault(cfg, []).append(target)
        if not linters:
            Linter(resolver.default)  # no file: the options are still checked
    except ConfigError as exc:
        fail(str(exc))
    for kept, hidden in dict.fromkeys(resolver.shadowed):
        echo(f"msglint: warning: {hidden} is ignored: {kept.name} in the same folder takes precedence", err=True)
    return selection, linters, groups


def _lint_groups(
    linters: dict[Config, Linter],
    groups: dict[Config, list[str]],
    resolver: Resolver,
    jobs: int | None,
    stdin_filename: str | None,
    fix: bool,
    diff: bool,
    no_cache: bool = True,
    progress: Callable[[], None] | None = None,
) -> tuple[list[FileResult], list[Diagnostic]]:
    """Each configuration's files linted (or fixed) by its own Linter, then the project rules.
    Linting (not fixing) goes through the result cache unless ``no_cache``."""
    from msglint.run.parallel import lint_file_task, lint_targets

    task = lint_file_task
    if not no_cache:
        from msglint.run.cache import cached_lint_task, set_project_root

        set_project_root(resolver.default.root or str(resolver.cwd))
        task = cached_lint_task

    results: list[FileResult] = []
    diags: list[Diagnostic] = []
    for cfg, group in groups.items():
        linter = linters[cfg]
        if fix or diff:  # msglint/fixes.py: fix each file (or diff it), then report what is left
            from msglint.run.fixes import run_targets

            results.extend(run_targets(linter, group, jobs, stdin_filename, diff=diff))
        else:  # large batches are spread over worker processes, results in input order
            results.extend(lint_targets(linter, group, jobs, stdin_filename, task, progress))
        diags.extend(_project_diagnostics(linter, group, resolver))  # project rules (MSG704)
    return results, diags


def _names_grammar(cfg: Config) -> bool:
    """MSG404 was asked for by name (code or slug), not just by a prefix or by default."""
    return any(
        t.strip().upper() == "MSG404" or t.strip().lower() == "grammar"
        for t in (*(cfg.select or ()), *cfg.extend_select)
    )


def _print_notes(linters: dict[Config, Linter], files: int, verbose: bool) -> None:
    """Run-wide notes on stderr, once. "MSG404 is off" only when the user named MSG404 or asked
    for -v: a pre-commit hook or a sendmail filter must not print it on every run."""
    notes: dict[str, str] = {}
    for each in linters.values():
        for key, text in each.notes.items():
            notes.setdefault(key, text)
    off = [c for c, lt in linters.items() if "MSG404" in lt.selected and not c.languagetool_url]
    if files and off and (verbose or any(_names_grammar(c) for c in off)):
        from msglint.text.grammar import OFF_NOTE  # also when worker processes did the linting

        notes.setdefault("MSG404-off", OFF_NOTE)
    else:
        notes.pop("MSG404-off", None)
    for note in notes.values():
        echo(f"msglint: {note}", err=True)


def _exit(diags: list[Diagnostic], io_errors: int, exit_zero: bool, fail_on: str, max_warnings: int | None) -> NoReturn:
    if io_errors:
        sys.exit(EXIT_ERROR)
    if exit_zero:
        sys.exit(EXIT_OK)
    errors = sum(1 for d in diags if d.severity == "error")
    warnings = len(diags) - errors
    failed = errors > 0 or (fail_on == "warning" and warnings > 0)
    if max_warnings is not None and warnings > max_warnings:
        failed = True
    sys.exit(EXIT_FINDINGS if failed else EXIT_OK)


def _force_exclude(resolver: Resolver, option: bool | None) -> bool:
    """--force-exclude / --no-force-exclude, else the ``force-exclude`` of the configuration."""
    if option is not None:
        return option
    return bool(resolver.config_for(".").force_exclude)


def _project_diagnostics(linter: Linter, group: list[str], resolver: Resolver) -> list[Diagnostic]:
    """Project rules (MSG704) over the files linted, compared with every other message file of
    the project (below the configuration's folder): pre-commit passes only the staged files, and a
    repeat of a template that is not staged must still be caught. Only linted files are reported."""
    if not linter.project_codes:
        return []
    root = linter.config.root
    if not root:
        return linter.lint_project_files(group)
    import os

    from msglint.run.files import project_files

    linted = {os.path.abspath(p) for p in group if p != "-"}
    cwd = str(resolver.cwd)
    others = [
        os.path.relpath(p, cwd) if p.startswith(cwd + os.sep) else p
        for p in project_files(root, resolver)
        if p not in linted and resolver.config_for(p) == linter.config
    ]
    return linter.lint_project_files(group, others)


def _apply_baseline(diags: list[Diagnostic], baseline: str | None, write_baseline: str | None) -> list[Diagnostic]:
    """``--baseline``: drop recorded findings; ``--write-baseline``: record them (then exit 0)."""
    from msglint.run import baseline as bl

    try:
        if write_baseline:
            n = bl.write(write_baseline, diags)
            echo(f"msglint: recorded {n} finding{'s' if n != 1 else ''} in {write_baseline}", err=True)
            sys.exit(EXIT_OK)
        assert baseline is not None
        return bl.filter_new(diags, baseline)
    except bl.BaselineError as exc:
        fail(str(exc))


# ---------------------------------------------------------------------------------------------
# The command line of ``check`` without click

#: ``check``'s options as ``msglint.cli`` declares them for click: option -> (parameter, kind).
#: Kinds: "str", "multi" (repeatable), "path" (a file name click stats: a folder is refused),
#: "int" (click.IntRange(min=0)), a tuple of choices, or a constant stored by a flag.
#: tests/test_fast_cli.py compares this table with the click command's parameters.
OPTIONS: dict[str, tuple[str, Any]] = {
    "--format": ("fmt", FORMATS),
    "--marketplace": ("marketplace", "str"),
    "--language": ("language", "str"),
    "--select": ("select", "multi"),
    "--ignore": ("ignore", "multi"),
    "--extend-select": ("extend_select", "multi"),
    "--config": ("config_file", "path"),
    "--stdin-filename": ("stdin_filename", "str"),
    "--exit-zero": ("exit_zero", True),
    "--fail-on": ("fail_on", ("error", "warning")),
    "--max-warnings": ("max_warnings", "int"),
    "--statistics": ("statistics", True),
    "--fix": ("fix", True),
    "--diff": ("diff", True),
    "--baseline": ("baseline", "path"),
    "--write-baseline": ("write_baseline", "path"),
    "--force-exclude": ("force_exclude", True),
    "--no-force-exclude": ("force_exclude", False),
    "--show-settings": ("show_settings", "str"),
    "--show-files": ("show_files", True),
    "-v": ("verbose", True),
    "--verbose": ("verbose", True),
    "--color": ("color", ("auto", "always", "never")),
    "--show-source": ("show_source", True),
    "--no-show-source": ("show_source", False),
    "-o": ("output_file", "path"),
    "--output-file": ("output_file", "path"),
    "--no-cache": ("no_cache", True),
    "--jobs": ("jobs", "int"),
    "-j": ("jobs", "int"),
}

#: The parameters of ``check`` when its command line names none (click's defaults).
DEFAULTS: dict[str, Any] = {
    "paths": (),
    "fmt": "text",
    "marketplace": None,
    "language": None,
    "select": (),
    "ignore": (),
    "extend_select": (),
    "config_file": None,
    "stdin_filename": None,
    "exit_zero": False,
    "fail_on": "error",
    "max_warnings": None,
    "statistics": False,
    "force_exclude": None,
    "show_settings": None,
    "show_files": False,
    "verbose": False,
    "color": "auto",
    "show_source": None,
    "output_file": None,
    "no_cache": False,
    "jobs": None,
    "fix": False,
    "diff": False,
    "baseline": None,
    "write_baseline": None,
}

#: Environment variables click would read for this command line (``--no-cache``, ``--jobs``,
#: shell completion of the ``msglint`` program): with one of them set, click parses, except
#: ``MSGLINT_NO_CACHE=1`` (docs/cli.md's spelling), which this parser reads as click does.
CLICK_ENVIRONMENT = ("MSGLINT_NO_CACHE", "MSGLINT_JOBS", "_MSGLINT_COMPLETE")


def fast_check_params(argv: Sequence[str]) -> dict[str, Any] | None:
    """The parameters click would pass to ``check`` for ``msglint <argv>``, or None when click
    must read the command line (anything but a plain ``check`` command line that click
    accepts). Never wrong in the other direction: None costs only click's import."""
    if os.name == "nt" or not (_plain_text_stream(sys.stdout) and _plain_text_stream(sys.stderr)):
        return None
    return parse_check_args(argv, os.environ)


def parse_check_args(argv: Sequence[str], environ: Mapping[str, str]) -> dict[str, Any] | None:
    """The parameters of ``check`` in ``msglint <argv>`` as click would read them with the
    environment ``environ``, or None when the command line is not one this parser is sure of
    (:func:`fast_check_params`)."""
    if not argv or argv[0] != "check":
        return None
    env = {v: environ[v] for v in CLICK_ENVIRONMENT if v in environ}
    if env.pop("MSGLINT_NO_CACHE", "1") != "1" or env:
        return None
    params = dict(DEFAULTS)
    params["no_cache"] = "MSGLINT_NO_CACHE" in environ
    paths: list[str] = []
    multi: dict[str, list[str]] = {}
    seen: set[str] = set()
    args = list(argv[1:])
    i = 0
    while i < len(args):
        arg = args[i]
        i += 1
        if "\0" in arg:
            return None
        if arg == "-" or not arg.startswith("-"):
            if not _path_ok(arg, dir_okay=True):
                return None
            paths.append(arg)
            continue
        name, eq, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        spec = OPTIONS.get(name)
        if spec is None:
            return None  # --help, --, -j2, -vj, a misspelt option: click says what it is
        dest, kind = spec
        if isinstance(kind, bool):
            if eq:
                return None  # a flag given a value: click's error
            params[dest] = kind
            continue
        if not eq:
            if i >= len(args):
                return None  # the option's value is missing: click's error
            value = args[i]
            i += 1
        if value.startswith("-") or "\0" in value:
            return None
        if kind == "multi":
            multi.setdefault(dest, []).append(value)
            continue
        if dest in seen:
            return None  # given twice: click decides which one counts
        seen.add(dest)
        if isinstance(kind, tuple):
            if value not in kind:
                return None
            params[dest] = value
        elif kind == "int":
            if not (value.isascii() and value.isdigit()):
                return None
            params[dest] = int(value)
        elif kind == "path":
            if not _path_ok(value, dir_okay=False):
                return None
            params[dest] = value
        else:
            params[dest] = value
    params["paths"] = tuple(paths)
    for dest, values in multi.items():
        params[dest] = tuple(values)
    return params


def _plain_text_stream(stream: Any) -> bool:
    """The interpreter's own text stream with an encoding click would not replace (not ASCII):
    what ``click.echo`` would write to unchanged."""
    import codecs
    import io

    if type(stream) is not io.TextIOWrapper or stream.errors is None:
        return False
    try:
        return codecs.lookup(stream.encoding).name != "ascii"
    except (LookupError, TypeError):
        return False


def _path_ok(value: str, dir_okay: bool) -> bool:
    """What click.Path (exists=False, readable=True) accepts without a message: a name that
    does not exist, or one that can be read (and, with ``dir_okay=False``, is no folder)."""
    import stat

    try:
        st = os.stat(value)
    except OSError:
        return True
    except ValueError:
        return False
    if not dir_okay and stat.S_ISDIR(st.st_mode):
        return False
    return os.access(value, os.R_OK)


def guard(invoke: Callable[[], Any]) -> Any:
    """Run a command so that every failure maps to the documented exit codes (docs/cli.md):
    what ``msglint.cli``'s click group does around click's own ``main``."""
    if sys.stdout is None:  # started with standard output closed (`>&-`): nowhere to report
        echo("msglint: error: standard output is closed: nowhere to write the report", err=True)
        sys.exit(EXIT_ERROR)
    try:
        try:
            return invoke()
        finally:
            flush_stdout()  # a report that cannot be written fails here, not at interpreter exit
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:  # the reader went away (`| head`): nothing more to say
        silence_stdout()
        sys.exit(EXIT_ERROR)
    except OSError as exc:
        # Linted files, configuration and baseline report their own errors; what reaches
        # here is writing the report: a full disk (ENOSPC), an I/O error, a closed stream.
        silence_stdout()
        echo(f"msglint: error: cannot write to standard output: {exc.strerror or exc}", err=True)
        sys.exit(EXIT_ERROR)


def silence_stdout() -> None:
    """After a failed write, point standard output at the null device: the interpreter flushes
    it once more at exit and would print another error (and exit 120)."""
    try:
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, sys.stdout.fileno())
        os.close(fd)
    except (OSError, AttributeError, ValueError):
        pass


def flush_stdout() -> None:
    if sys.stdout is not None:
        sys.stdout.flush()


class _PacifyFlush:
    """click's ``_PacifyFlushWrapper``: a stream whose ``flush`` ignores a broken pipe."""

    def __init__(self, wrapped: Any) -> None:
        self.wrapped = wrapped

    def flush(self) -> None:
        import errno

        try:
            self.wrapped.flush()
        except OSError as exc:
            if exc.errno != errno.EPIPE:
                raise

    def __getattr__(self, attr: str) -> Any:
        return getattr(self.wrapped, attr)


def _as_click_main(params: dict[str, Any]) -> None:
    """:func:`check` with what click's ``main`` (``standalone_mode=False``) does around a
    command: Ctrl-C or end of input ends the line and aborts (``msglint: aborted``, exit 2), a
    broken pipe makes flushing quiet and exits 1."""
    import errno

    try:
        check(**params)
    except (EOFError, KeyboardInterrupt):
        echo("", err=True)  # click: the blank line closes the terminal's ``^C`` echo
        echo("msglint: aborted", err=True)  # msglint.cli's group, on click's Abort
        sys.exit(EXIT_ERROR)
    except OSError as exc:
        if exc.errno != errno.EPIPE:
            raise
        sys.stdout = _PacifyFlush(sys.stdout)
        sys.stderr = _PacifyFlush(sys.stderr)
        sys.exit(1)


def run_check(params: dict[str, Any]) -> NoReturn:
    """The console script's ``msglint check`` for parameters :func:`fast_check_params` read:
    like ``msglint.cli.run`` for the same command line, without click."""
    try:
        guard(lambda: _as_click_main(params))
    except SystemExit as done:
        exit_now(done)
        raise
    raise SystemExit(EXIT_OK)  # check always exits; this is for the type checker


def exit_now(done: SystemExit) -> None:
    """End the process without tearing the interpreter down, when that is safe.

    Tearing down (clearing every module, freeing every object of the packs and lexicons) cost
    ~20 ms of CPU after a one-file ``check`` of ~180 ms (#14), and nothing of it is needed.
    What an ordinary exit does that matters is still done, in its order: the ``atexit`` hooks
    (the anchor and known-words caches are written there), then flushing standard output and
    error. Only for an integer exit code, with no other thread running (a pool's manager, a
    server); otherwise, or when a flush fails, the ordinary exit runs (the caller re-raises).
    """
    import threading

    code = done.code if done.code is not None else 0
    if not isinstance(code, int) or not 0 <= code <= 255 or threading.active_count() != 1:
        return
    if "multiprocessing" in sys.modules:  # a pool's children are joined at an ordinary exit
        import multiprocessing

        if multiprocessing.active_children():
            return
    import atexit

    atexit._run_exitfuncs()  # runs every hook once and clears them (so an ordinary exit is safe)
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return  # the ordinary exit reports or ignores this as before
    os._exit(code)
