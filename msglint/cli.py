"""Command line: ``msglint check | rules | explain``.

Exit codes (docs/cli.md): 0 nothing at error severity, 1 at least one error-severity diagnostic,
2 usage, configuration or I/O error (a message on stderr, never a traceback).

``check``'s work is :func:`msglint.command.check`; the console script runs it without click for
the command lines :func:`msglint.command.fast_check_params` reads (#14), and through click here
for every other one.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NoReturn

import click

from msglint import command
from msglint.command import EXIT_ERROR, FORMATS, exit_now, fail, flush_stdout, silence_stdout
from msglint.core.version import __version__

if TYPE_CHECKING:
    from msglint.core.packs import RuleMeta


def _fail(message: str) -> NoReturn:
    fail(message)


class _Path(click.Path):
    """click's Path, with a NUL byte in the name a usage error (not a ValueError traceback)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, (str, bytes)) and ("\0" in value if isinstance(value, str) else b"\0" in value):
            self.fail(f"{value!r}: a path cannot contain a NUL byte", param, ctx)
        return super().convert(value, param, ctx)


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
                flush_stdout()  # a report that cannot be written fails here, not at interpreter exit
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
            silence_stdout()
            sys.exit(EXIT_ERROR)
        except OSError as exc:
            # Linted files, configuration and baseline report their own errors; what reaches
            # here is writing the report: a full disk (ENOSPC), an I/O error, a closed stream.
            silence_stdout()
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
    command.check(
        paths,
        fmt,
        marketplace,
        language,
        select,
        ignore,
        extend_select,
        config_file,
        stdin_filename,
        exit_zero,
        fail_on,
        max_warnings,
        statistics,
        force_exclude,
        show_settings,
        show_files,
        verbose,
        color,
        show_source,
        output_file,
        no_cache,
        jobs,
        fix,
        diff,
        baseline,
        write_baseline,
    )


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
        exit_now(done)
        raise
