"""Command line: ``msglint check | rules | explain``.

Exit codes (docs/cli.md): 0 nothing at error severity, 1 at least one error-severity diagnostic,
2 usage, configuration or I/O error (a message on stderr, never a traceback).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NoReturn

import click

from msglint.core.version import __version__

if TYPE_CHECKING:
    from msglint.core.config import Config
    from msglint.core.diagnostics import Diagnostic

FORMATS = ("text", "json", "sarif", "github", "junit", "gitlab")
EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _fail(message: str) -> NoReturn:
    click.echo(f"msglint: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def _split(values: Sequence[str]) -> tuple[str, ...] | None:
    if not values:
        return None
    return tuple(v.strip() for item in values for v in item.split(",") if v.strip())


class _Group(click.Group):
    def main(self, *args: Any, **kwargs: Any) -> Any:
        """Run without click's own exit handling so every failure maps to the documented exit codes (docs/cli.md)."""
        kwargs["standalone_mode"] = False
        try:
            return super().main(*args, **kwargs)
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
        except BrokenPipeError:
            sys.exit(EXIT_ERROR)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="msglint", message="%(prog)s %(version)s")
def cli() -> None:
    """Lint marketplace buyer-seller message templates against Amazon's Communication Guidelines."""


def _load_config(config_file: str | None, **overrides: Any) -> Config:
    from msglint.core.config import ConfigError, load

    try:
        cfg = load(config_file)
    except ConfigError as exc:
        _fail(str(exc))
    kw: dict[str, Any] = {k: v for k, v in overrides.items() if v is not None}
    try:
        if kw:
            from dataclasses import replace

            cfg = replace(cfg, **kw)
    except TypeError as exc:  # pragma: no cover - programming error guard
        _fail(str(exc))
    return cfg


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--marketplace", help="Buyer's marketplace, e.g. amazon.de (sets accepted languages).")
@click.option("--language", help="Buyer's language (ISO 639-1); overrides the marketplace's.")
@click.option("--select", multiple=True, help="Codes, slugs or prefixes to check (comma-separated).")
@click.option("--ignore", multiple=True, help="Codes, slugs or prefixes to skip.")
@click.option("--extend-select", multiple=True, help="Add rules to the selection.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Config file to use.")
@click.option("--stdin-filename", help="Name to report (and pick the format by) for '-'.")
@click.option("--exit-zero", is_flag=True, help="Always exit 0.")
@click.option("--fail-on", type=click.Choice(["error", "warning"]), default="error", show_default=True)
@click.option("--max-warnings", type=click.IntRange(min=0), default=None, help="Fail above N warnings.")
@click.option("--statistics", is_flag=True, help="Print per-rule counts.")
@click.option("--fix", is_flag=True, help="Apply the safe fixes in place, then report what is left.")
@click.option("--diff", is_flag=True, help="Show the fixes as a unified diff, write nothing (exit 1 if any).")
@click.option("--baseline", type=click.Path(dir_okay=False), help="Report only findings not recorded in FILE.")
@click.option("--write-baseline", type=click.Path(dir_okay=False), help="Record the current findings in FILE.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=0),
    default=None,
    envvar="MSGLINT_JOBS",
    help="Worker processes (1: no pool; default: every core, for batches of 128+ files).",
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
    jobs: int | None,
    fix: bool,
    diff: bool,
    baseline: str | None,
    write_baseline: str | None,
) -> None:
    """Lint files and folders ('-' reads standard input)."""
    from msglint.core.config import ConfigError
    from msglint.engine.linter import Linter
    from msglint.run.files import iter_files

    if marketplace is not None:
        from msglint.core.packs import marketplaces

        if marketplace.lower() not in marketplaces():
            _fail(f"unknown marketplace {marketplace!r} (known: {', '.join(sorted(marketplaces()))})")
        marketplace = marketplace.lower()
    cfg = _load_config(
        config_file,
        marketplace=marketplace,
        language=language.lower() if language else None,
        select=_split(select),
        ignore=_split(ignore),
        extend_select=_split(extend_select),
    )
    try:
        linter = Linter(cfg)
    except ConfigError as exc:
        _fail(str(exc))

    from msglint.run.parallel import lint_targets

    diags: list[Diagnostic] = []
    io_errors = 0
    targets = list(iter_files(list(paths) or ["."], cfg.exclude))
    files = len(targets)
    # Large batches are spread over worker processes; results come back in input order.
    if fix or diff:  # msglint/fixes.py: fix each file (or diff it), then report what is left
        from msglint.run.fixes import run_targets

        results = run_targets(linter, targets, jobs, stdin_filename, diff=diff)
    else:
        results = lint_targets(linter, targets, jobs, stdin_filename)
    for result in results:
        diags.extend(result.diagnostics)
        if result.error is not None:
            click.echo(f"msglint: {result.error}", err=True)
            io_errors += 1
    diags.extend(linter.lint_project_files(targets))  # project rules (MSG704) across all files
    diags.sort(key=lambda d: d.sort_key())
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
    out = render(
        fmt,
        diags,
        files=files,
        statistics=statistics,
        color=sys.stdout.isatty(),
        rules=linter.rules,
        paths=targets,
        docs_url=cfg.docs_url,
    )
    if out:
        click.echo(out, nl=not out.endswith("\n"), err=to_err)
    if not io_errors:  # run-wide notes (e.g. MSG404 is off), once; a failed run shows its errors only
        notes: dict[str, str] = dict(getattr(linter, "notes", {}))
        if files and "MSG404" in linter.selected and not cfg.languagetool_url:
            from msglint.text.grammar import OFF_NOTE  # also when worker processes did the linting

            notes.setdefault("MSG404-off", OFF_NOTE)
        for note in notes.values():
            click.echo(f"msglint: {note}", err=True)

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


@cli.command("rules")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules_cmd(fmt: str) -> None:
    """List every rule: code, slug, family, default severity, summary."""
    from msglint.core.packs import load_rules

    rules = load_rules()
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
def explain(rule: str) -> None:
    """Show a rule's documentation: the guideline it enforces, a bad and a good example."""
    from msglint.core.config import ConfigError
    from msglint.core.packs import load_rules
    from msglint.core.selectors import resolve_selectors

    rules = load_rules()
    try:
        codes = sorted(resolve_selectors([rule], rules, "explain"))
    except ConfigError as exc:
        _fail(str(exc))
    from msglint.reporters.text_report import explain_text

    click.echo("\n\n".join(explain_text(rules[c]) for c in codes))


def _front_ends() -> None:
    """``msglint server``, ``msglint web`` and ``msglint docs``: their modules import only click
    here; pygls, Starlette and uvicorn are imported when the command runs (extras lsp and web)."""
    from msglint.lsp.commands import server_cmd
    from msglint.web.commands import docs_cmd, web_cmd

    cli.add_command(server_cmd)
    cli.add_command(web_cmd)
    cli.add_command(docs_cmd)


_front_ends()


def main(argv: Sequence[str] | None = None) -> None:
    cli.main(args=list(argv) if argv is not None else None, prog_name="msglint")
