"""msglint: lint buyer-seller message templates against Amazon's Communication Guidelines.

The public library API: :func:`lint`, :func:`lint_file` and :func:`lint_paths` return
:class:`~msglint.core.diagnostics.Diagnostic` objects; :func:`fix` and :func:`apply_fixes` apply the
safe fixes; :func:`rules` lists the rules' metadata. Imports are lazy so that the CLI starts fast.

Thread safety: every call builds its own linter state; the rule packs, compiled patterns and word
lists shared between calls are read-only once loaded, and the spelling dictionaries (Hunspell)
are only called with the GIL held and unpacked under a lock, so calls from several threads are safe.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from msglint.core.version import __version__

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from msglint.core.config import Config
    from msglint.core.diagnostics import Diagnostic
    from msglint.core.packs import RuleMeta
    from msglint.engine.linter import Linter
    from msglint.run.fixes import FixOutcome


#: The rule that reports a buyer language or marketplace the library was given but does not know.
ARGUMENT_RULE = "MSG402"


def _config(config: Config | dict[str, Any] | None, marketplace: str | None, language: str | None) -> Config:
    from msglint.core.config import Config, from_mapping

    if config is None:
        cfg = Config()
    elif isinstance(config, dict):
        cfg = from_mapping(config, "<library config>")
    else:
        cfg = config
    return cfg.with_overrides(marketplace=marketplace, language=language)


def _arguments(marketplace: object, language: object) -> tuple[str | None, str | None, list[str]]:
    """The ``marketplace`` and ``language`` arguments the library can use, and a message for each
    one it cannot (D13).

    A configuration file or the command line refuses such a value (exit 2): the user is there to
    read the error. A program calling the library usually passes what a shop system stored for
    the buyer, and one bad record must not stop a batch with an exception; so the value is left
    out (the message is linted as if it were not given) and reported as a finding of MSG402
    language-mismatch, which keeps the result from being clean. MSG402 is the closest rule for
    both arguments: the buyer language is what it checks the message against, and what the
    library uses a marketplace for is the buyer's languages (and the region of phone numbers);
    MSG004 is about a template's front matter and MSG705 about mail recipients, neither of which
    the caller wrote here.
    """
    from msglint.core import values

    mp, mp_problem = _usable(marketplace, values.marketplace)
    lang, lang_problem = _usable(language, values.language)
    after = "the message was linted without it, so its language was not checked against the buyer's"
    problems: list[str] = []
    if mp_problem:
        known = "is not a marketplace msglint knows"
        problems.append(f"the given marketplace {marketplace!r} {known} ({mp_problem}); {after}")
    if lang_problem:
        known = "is not a language code msglint knows"
        problems.append(f"the given buyer language {language!r} {known} ({lang_problem}); {after}")
    return mp, lang, problems


def _usable(value: object, check: Callable[[str], str]) -> tuple[str | None, str]:
    """``(normalised value, "")``, or ``(None, why)`` when ``check`` refuses it. ``check`` (the
    configuration's own, ``msglint.core.values``) ignores case and blanks; an empty string is
    not given, as ``language=""`` is the natural "no language"."""
    from msglint.core.values import ValueProblem

    if value is None or (isinstance(value, str) and not value.strip()):
        return None, ""
    if not isinstance(value, str):
        return None, f"not a string: {value!r}"
    try:
        return check(value), ""
    except ValueProblem as exc:
        return None, str(exc)


def _argument_findings(linter: Linter, path: str, problems: list[str]) -> list[Diagnostic]:
    """One MSG402 error at 1:1 of ``path`` per argument the library could not use."""
    from msglint.core.diagnostics import Diagnostic

    rule = linter.rules[ARGUMENT_RULE]
    return [Diagnostic(path, 1, 1, 1, 1, rule.code, rule.slug, "error", message) for message in problems]


def _linter(
    config: Config | dict[str, Any] | None, marketplace: str | None, language: str | None
) -> tuple[Linter, list[str]]:
    from msglint.engine.linter import Linter

    mp, lang, problems = _arguments(marketplace, language)
    return Linter(_config(config, mp, lang)), problems


def _with(extra: list[Diagnostic], diags: list[Diagnostic]) -> list[Diagnostic]:
    """``diags`` (sorted by position) with ``extra`` in their places."""
    if not extra:
        return diags
    return sorted(extra + diags, key=lambda d: d.sort_key())


def lint(
    source: str | bytes,
    filename: str = "<string>",
    *,
    marketplace: str | None = None,
    language: str | None = None,
    config: Config | dict[str, Any] | None = None,
) -> list[Diagnostic]:
    """Lint one message given as text (or bytes, decoded as msglint decodes files).

    ``marketplace`` and ``language`` are matched without regard to case and blanks (``"EN"`` is
    ``"en"``, ``""`` is not given); a value msglint does not know is an MSG402 error at 1:1,
    not an exception (see :func:`_arguments`). A bad ``config`` raises ConfigError."""
    linter, problems = _linter(config, marketplace, language)
    diags = linter.lint_bytes(source, filename) if isinstance(source, bytes) else linter.lint_source(source, filename)
    # Project rules (MSG704) over the one message: a template scheduled twice is caught here.
    return _with(_argument_findings(linter, filename, problems), diags) + linter.lint_project()


def lint_file(
    path: str | os.PathLike[str],
    *,
    marketplace: str | None = None,
    language: str | None = None,
    config: Config | dict[str, Any] | None = None,
) -> list[Diagnostic]:
    """Lint one file (any ``os.PathLike``); OSError propagates when it cannot be read.
    ``marketplace`` and ``language`` as in :func:`lint`."""
    linter, problems = _linter(config, marketplace, language)
    name = os.fspath(path)
    return _with(_argument_findings(linter, name, problems), linter.lint_file(name)) + linter.lint_project()


def fix(
    source: str,
    filename: str = "<string>",
    *,
    marketplace: str | None = None,
    language: str | None = None,
    config: Config | dict[str, Any] | None = None,
) -> FixOutcome:
    """Apply every safe fix to ``source`` until none is left, as ``msglint check --fix`` does.

    Returns the fixed text, the diagnostics left, and how many fixes were applied.
    ``marketplace`` and ``language`` as in :func:`lint` (an unknown one is left in ``remaining``)."""
    from dataclasses import replace

    from msglint.run.fixes import fix_text

    linter, problems = _linter(config, marketplace, language)
    outcome = fix_text(linter, source, filename)
    if not problems:
        return outcome
    return replace(outcome, remaining=_with(_argument_findings(linter, filename, problems), outcome.remaining))


def apply_fixes(source: str, diagnostics: Iterable[Diagnostic]) -> str:
    """``source`` with the fixes of ``diagnostics`` applied once (overlapping ones skipped).

    The diagnostics must come from linting exactly this ``source``; use :func:`fix` to repeat
    until nothing fixable is left."""
    from msglint.run.fixes import apply_edits, select_fixes

    chosen = select_fixes([d.fix for d in diagnostics if d.fix is not None], len(source), source)
    return apply_edits(source, [e for f in chosen for e in f.edits])


def rules(config: Config | dict[str, Any] | None = None) -> list[RuleMeta]:
    """Metadata of every rule (code, slug, severity, summary, guideline, examples), by code;
    with ``config``, the rules of its user packs (``packs``) too."""
    from msglint.core.userpacks import load_packs

    cfg = _config(config, None, None)
    return list(load_packs(cfg.packs, cfg.root).rules.values())


def lint_paths(
    paths: Iterable[str],
    *,
    marketplace: str | None = None,
    language: str | None = None,
    config: Config | dict[str, Any] | None = None,
) -> list[Diagnostic]:
    """Lint files and folders (folders are expanded to message files), sorted by position.
    ``marketplace`` and ``language`` as in :func:`lint` (an unknown one is reported in each file)."""
    from msglint.run.files import iter_files

    linter, problems = _linter(config, marketplace, language)
    out: list[Diagnostic] = []
    for path in iter_files(paths, linter.config.exclude):
        out.extend(_argument_findings(linter, path, problems))  # each file's result is not clean
        out.extend(linter.lint_file(path))
    out.extend(linter.lint_project())  # rules across the files (MSG704)
    out.sort(key=lambda d: d.sort_key())
    return out


def __getattr__(name: str) -> Any:
    if name == "Diagnostic":
        from msglint.core.diagnostics import Diagnostic

        return Diagnostic
    if name == "Config":
        from msglint.core.config import Config

        return Config
    if name == "ConfigError":
        from msglint.core.config import ConfigError

        return ConfigError
    raise AttributeError(name)


__all__ = [
    "Config",
    "ConfigError",
    "Diagnostic",
    "__version__",
    "apply_fixes",
    "fix",
    "lint",
    "lint_file",
    "lint_paths",
    "rules",
]
