"""Command line: ``msglint check | rules | explain``.

Exit codes (docs/cli.md): 0 nothing at error severity, 1 at least one error-severity diagnostic,
2 usage, configuration or I/O error (a message on stderr, never a traceback).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NoReturn

import click

from msglint.core.config import Config
from msglint.core.version import __version__

if TYPE_CHECKING:
    from msglint.core.config import Resolver
    from msglint.core.diagnostics import Diagnostic
    from msglint.core.packs import RuleMeta
    from msglint.engine.linter import Linter
    from msglint.run.files import Selection
    from msglint.run.parallel import FileResult

FORMATS = ("text", "json", "sarif", "github", "junit", "gitlab")
EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _fail(message: str) -> NoReturn:
    click.echo(f"msglint: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def _split(values: Sequence[str], option: str) -> tuple[str, ...] | None:
    """``--select a,b --select c`` as a tuple; an empty name is a usage error (``--select ''``
    must not silently select nothing)."""
    if not values:
        return None
    out = tuple(v.strip() for item in values for v in item.split(","))
    if not out or any(not v for v in out):
        _fail(f"{option}: an empty rule name (use codes, slugs or prefixes such as 'MSG2' or 'emoji')")
    return out


class _Path(click.Path):
    """click's Path, with a NUL byte in the name a usage error (not a ValueError traceback)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, (str, bytes)) and ("\0" in value if isinstance(value, str) else b"\0" in value):
            self.fail(f"{value!r}: a path cannot contain a NUL byte", param, ctx)
        return super().convert(value, param, ctx)


def _remove_stale_temp_files(targets: Sequence[str]) -> None:
    """Temporary files an interrupted ``--fix`` left next to the files of this run go now."""
    import os

    from msglint.run.atomic import remove_stale_temp_files

    for folder in sorted({os.path.dirname(os.path.abspath(t)) for t in targets if t != "-"}):
        remove_stale_temp_files(folder)


def _silence_stdout() -> None:
    """After a failed write, point standard output at the null device: the interpreter flushes
    it once more at exit and would print another error (and exit 120)."""
    import os

    try:
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, sys.stdout.fileno())
        os.close(fd)
    except (OSError, AttributeError, ValueError):
        pass


def _flush_stdout() -> None:
    if sys.stdout is not None:
        sys.stdout.flush()


class _Group(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *_FRONT_ENDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in _FRONT_ENDS and cmd_name not in self.commands:
            _front_ends()
        return super().get_command(ctx, cmd_name)

    def main(self, *args: Any, **kwargs: Any) -> Any:
        """Run without click's own exit handling so every failure maps to the documented exit codes (docs/cli.md)."""
        kwargs["standalone_mode"] = False
        if sys.stdout is None:  # started with standard output closed (`>&-`): nowhere to report
            click.echo("msglint: error: standard output is closed: nowhere to write the report", err=True)
            sys.exit(EXIT_ERROR)
        try:
            try:
                return super().main(*args, **kwargs)
            finally:
                _flush_stdout()  # a report that cannot be written fails here, not at interpreter exit
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            exc.show()
            sys.exit(EXIT_ERROR)
        except click.exceptions.Abort:
            click.echo("msglint: aborted", err=True)
            sys.exit(EXIT_ERROR)
        except KeyboardInterrupt:
            sys.exit(130)
        except BrokenPipeError:  # the reader went away (`| head`): nothing more to say
            _silence_stdout()
            sys.exit(EXIT_ERROR)
        except OSError as exc:
            # Linted files, configuration and baseline report their own errors; what reaches
            # here is writing the report: a full disk (ENOSPC), an I/O error, a closed stream.
            _silence_stdout()
            click.echo(f"msglint: error: cannot write to standard output: {exc.strerror or exc}", err=True)
            sys.exit(EXIT_ERROR)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="msglint", message="%(prog)s %(version)s")
def cli() -> None:
    """Lint marketplace buyer-seller message templates against Amazon's Communication Guidelines."""


@cli.command()
@click.argument("paths", nargs=-1, type=_Path())
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--marketplace", help="Buyer's marketplace, e.g. amazon.de (sets accepted languages).")
@click.option("--language", help="Buyer's language (ISO 639-1); overrides the marketplace's.")
@click.option("--select", multiple=True, help="Codes, slugs or prefixes to check (comma-separated).")
@click.option("--ignore", multiple=True, help="Codes, slugs or prefixes to skip.")
@click.option("--extend-select", multiple=True, help="Add rules to the selection.")
@click.option("--config", "config_file", type=_Path(dir_okay=False), help="Config file to use.")
@click.option("--stdin-filename", help="Name to report (and pick the format by) for '-'.")
@click.option("--exit-zero", is_flag=True, help="Always exit 0.")
@click.option("--fail-on", type=click.Choice(["error", "warning"]), default="error", show_default=True)
@click.option("--max-warnings", type=click.IntRange(min=0), default=None, help="Fail above N warnings.")
@click.option("--statistics", is_flag=True, help="Print per-rule counts.")
@click.option("--fix", is_flag=True, help="Apply the safe fixes in place, then report what is left.")
@click.option("--diff", is_flag=True, help="Show the fixes as a unified diff, write nothing (exit 1 if any).")
@click.option("--baseline", type=_Path(dir_okay=False), help="Report only findings not recorded in FILE.")
@click.option("--write-baseline", type=_Path(dir_okay=False), help="Record the current findings in FILE.")
@click.option(
    "--force-exclude/--no-force-exclude",
    default=None,
    help="Apply exclude, extend-exclude and .gitignore to files named on the command line too.",
)
@click.option("--show-settings", "show_settings", metavar="FILE", help="Print the configuration FILE gets, and exit.")
@click.option("--show-files", is_flag=True, help="List the files that would be linted, and exit.")
@click.option("-v", "--verbose", is_flag=True, help="Also print notes about rules that could not run.")
@click.option(
    "--color",
    type=click.Choice(["auto", "always", "never"]),
    default="auto",
    show_default=True,
    help="Colour the text report (auto: on a terminal, unless NO_COLOR; FORCE_COLOR forces it).",
)
@click.option(
    "--show-source/--no-show-source",
    default=None,
    help="Show the offending line with carets under the finding (default: on a terminal).",
)
@click.option("-o", "--output-file", type=click.Path(dir_okay=False), help="Write the report to FILE.")
@click.option(
    "--no-cache",
    is_flag=True,
    envvar="MSGLINT_NO_CACHE",
    help="Do not read or write the result cache (.msglint_cache/); also MSGLINT_NO_CACHE=1.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=0),
    default=None,
    envvar="MSGLINT_JOBS",
    help="Worker processes, at most one per core (1: no pool; default: every core, for batches of 128+ files).",
)
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
) -> None:
    """Lint files and folders ('-' reads standard input)."""
    resolver = _make_resolver(config_file, marketplace, language, select, ignore, extend_select, force_exclude)
    if show_settings is not None:
        _show_settings(resolver, show_settings)
    selection, linters, groups = _plan(resolver, paths, _force_exclude(resolver, force_exclude), stdin_filename)
    targets = selection.files
    if show_files:
        for target in targets:
            click.echo(target)
        for path in selection.missing:
            click.echo(f"msglint: error: {path}: no such file or directory", err=True)
        sys.exit(EXIT_ERROR if selection.missing else EXIT_OK)
    for path in selection.skipped:
        click.echo(f"msglint: warning: {path}: dangling symbolic link, not linted", err=True)
    for path, why in selection.special:
        click.echo(f"msglint: skipped {path}: {why}", err=True)
    _remove_stale_temp_files(targets)
    for path in selection.missing:
        click.echo(f"msglint: error: {path}: no such file or directory", err=True)
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
            click.echo(f"msglint: {result.error}", err=True)
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
            click.echo(
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

        click.echo(statistics_table(diags), err=True)
    _write_report(out, output_file, to_err, colored)
    if not io_errors:  # run-wide notes (e.g. MSG404 is off), once; a failed run shows its errors only
        _print_notes(linters, files, verbose)
    _exit(diags, io_errors, exit_zero, fail_on, max_warnings)


def _write_report(out: str, output_file: str | None, to_err: bool, colored: bool) -> None:
    if output_file is None:
        if out:  # click would strip the colour codes off a terminal: FORCE_COLOR/--color always keep them
            click.echo(out, nl=not out.endswith("\n"), err=to_err, color=colored)
        return
    try:
        with open(output_file, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(out if out.endswith("\n") or not out else out + "\n")
    except OSError as exc:
        _fail(f"cannot write {output_file}: {exc.strerror or exc}")


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
                _fail(f"{name}: {exc}")
    try:
        resolver = Resolver(
            config_file,
            marketplace=marketplace,
            language=language,
            select=_split(select, "--select"),
            ignore=_split(ignore, "--ignore"),
            extend_select=_split(extend_select, "--extend-select"),
            force_exclude=force_exclude,
        )
    except ConfigError as exc:
        _fail(str(exc))
    return resolver


def _show_settings(resolver: Resolver, path: str) -> NoReturn:
    from msglint.core.config import ConfigError, show_settings
    from msglint.engine.linter import Linter

    try:
        cfg = resolver.config_for(path)
        Linter(cfg)  # the rules it names are checked too
    except ConfigError as exc:
        _fail(str(exc))
    click.echo(f"# settings for {path}\n{show_settings(cfg)}")
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
        _fail(str(exc))
    for kept, hidden in dict.fromkeys(resolver.shadowed):
        click.echo(f"msglint: warning: {hidden} is ignored: {kept.name} in the same folder takes precedence", err=True)
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
        click.echo(f"msglint: {note}", err=True)


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
            click.echo(f"msglint: recorded {n} finding{'s' if n != 1 else ''} in {write_baseline}", err=True)
            sys.exit(EXIT_OK)
        assert baseline is not None
        return bl.filter_new(diags, baseline)
    except bl.BaselineError as exc:
        _fail(str(exc))


def _rules_of_config(config_file: str | None) -> dict[str, RuleMeta]:
    """The rules of the configuration's packs: msglint's plus the user packs (``packs``)."""
    from msglint.core.config import ConfigError, load
    from msglint.core.userpacks import load_packs

    try:
        cfg = load(config_file)
        return load_packs(cfg.packs, cfg.root).rules
    except ConfigError as exc:
        _fail(str(exc))


@cli.command("rules")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option(
    "--config", "config_file", type=click.Path(dir_okay=False), help="Configuration file (its packs add rules)."
)
def rules_cmd(fmt: str, config_file: str | None) -> None:
    """List every rule: code, slug, family, default severity, summary (user packs' too)."""
    rules = _rules_of_config(config_file)
    if fmt == "json":
        import json

        click.echo(
            json.dumps(
                [
                    {
                        "code": r.code,
                        "slug": r.slug,
                        "family": r.family,
                        "family_name": r.family_name,
                        "severity": r.severity,
                        "summary": r.summary,
                        "fixable": r.fixable,
                        "deprecated": r.deprecated,
                    }
                    for r in rules.values()
                ],
                indent=2,
                ensure_ascii=False,
            )
        )
        return
    width = max(len(r.slug) for r in rules.values())
    for r in rules.values():
        fix = " (fixable)" if r.fixable else ""
        click.echo(f"{r.code}  {r.slug:<{width}}  {r.severity:<7}  {r.summary}{fix}")


@cli.command()
@click.argument("rule")
@click.option(
    "--config", "config_file", type=click.Path(dir_okay=False), help="Configuration file (its packs add rules)."
)
def explain(rule: str, config_file: str | None) -> None:
    """Show a rule's documentation: the guideline it enforces, a bad and a good example."""
    from msglint.core.config import ConfigError
    from msglint.core.selectors import resolve_selectors

    rules = _rules_of_config(config_file)
    try:
        codes = sorted(resolve_selectors([rule], rules, "explain"))
    except ConfigError as exc:
        _fail(str(exc))
    from msglint.reporters.text_report import explain_text

    click.echo("\n\n".join(explain_text(rules[c]) for c in codes))


#: The front ends' commands, added when named or listed (``--help``): ``msglint check`` does
#: not import their modules (~1.5 ms of a one-file run, #14).
_FRONT_ENDS = ("server", "web", "docs")


def _front_ends() -> None:
    """``msglint server``, ``msglint web`` and ``msglint docs``: their modules import only click
    here; pygls, Starlette and uvicorn are imported when the command runs (extras lsp and web)."""
    from msglint.lsp.commands import server_cmd
    from msglint.web.commands import docs_cmd, web_cmd

    cli.add_command(server_cmd)
    cli.add_command(web_cmd)
    cli.add_command(docs_cmd)


#: The cyclic collector's first threshold while :func:`main` runs (Python's default: 700
#: allocations). Start-up builds long-lived objects (modules, classes, rule packs, lexicons):
#: with 700, a one-file ``check`` ran ~50 young collections that found next to nothing (10-17 ms
#: of CPU out of ~180, #14). mypy's CLI does the same (200,000). Cyclic garbage still goes,
#: after this many allocations instead of 700; the previous threshold is restored on return.
CLI_GC_THRESHOLD = 100_000


def main(argv: Sequence[str] | None = None) -> None:
    """The command line; ends with SystemExit (the exit code) like any click program, so a
    caller that catches it (a test harness, ``runpy``) carries on. The console script is
    :func:`run`."""
    import gc

    previous = gc.get_threshold()
    gc.set_threshold(CLI_GC_THRESHOLD)
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="msglint")
    finally:
        gc.set_threshold(*previous)


def run(argv: Sequence[str] | None = None) -> None:
    """The ``msglint`` console script: :func:`main`, then the process ends (:func:`_exit_now`)."""
    try:
        main(argv)
    except SystemExit as done:
        _exit_now(done)
        raise


def _exit_now(done: SystemExit) -> None:
    """End the process without tearing the interpreter down, when that is safe.

    Tearing down (clearing every module, freeing every object of the packs and lexicons) cost
    ~20 ms of CPU after a one-file ``check`` of ~180 ms (#14), and nothing of it is needed.
    What an ordinary exit does that matters is still done, in its order: the ``atexit`` hooks
    (the anchor and known-words caches are written there), then flushing standard output and
    error. Only for an integer exit code, with no other thread running (a pool's manager, a
    server); otherwise, or when a flush fails, the ordinary exit runs (the caller re-raises).
    """
    import os
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
