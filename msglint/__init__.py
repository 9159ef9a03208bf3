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
    from collections.abc import Iterable

    from msglint.core.config import Config
    from msglint.core.diagnostics import Diagnostic
    from msglint.core.packs import RuleMeta
    from msglint.run.fixes import FixOutcome


def _config(config: Config | dict[str, Any] | None, marketplace: str | None, language: str | None) -> Config:
    from msglint.core.config import Config, from_mapping

    if config is None:
        cfg = Config()
    elif isinstance(config, dict):
        cfg = from_mapping(config, "<library config>")
    else:
        cfg = config
    return cfg.with_overrides(marketplace=marketplace, language=language)


def lint(
    source: str | bytes,
    filename: str = "<string>",
    *,
    marketplace: str | None = None,
    language: str | None = None,
    config: Config | dict[str, Any] | None = None,
) -> list[Diagnostic]:
    """Lint one message given as text (or bytes, decoded as msglint decodes files)."""
    from msglint.engine.linter import Linter

    linter = Linter(_config(config, marketplace, language))
    diags = linter.lint_bytes(source, filename) if isinstance(source, bytes) else linter.lint_source(source, filename)
    # Project rules (MSG704) over the one message: a template scheduled twice is caught here.
    return diags + linter.lint_project()


def lint_file(
    path: str | os.PathLike[str],
    *,
    marketplace: str | None = None,
    language: str | None = None,
    config: Config | dict[str, Any] | None = None,
) -> list[Diagnostic]:
    """Lint one file (any ``os.PathLike``); OSError propagates when it cannot be read."""
    from msglint.engine.linter import Linter

    linter = Linter(_config(config, marketplace, language))
    return linter.lint_file(os.fspath(path)) + linter.lint_project()


def fix(
    source: str,
    filename: str = "<string>",
    *,
    marketplace: str | None = None,
    language: str | None = None,
    config: Config | dict[str, Any] | None = None,
) -> FixOutcome:
    """Apply every safe fix to ``source`` until none is left, as ``msglint check --fix`` does.

    Returns the fixed text, the diagnostics left, and how many fixes were applied."""
    from msglint.engine.linter import Linter
    from msglint.run.fixes import fix_text

    return fix_text(Linter(_config(config, marketplace, language)), source, filename)


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
    """Lint files and folders (folders are expanded to message files), sorted by position."""
    from msglint.engine.linter import Linter
    from msglint.run.files import iter_files

    cfg = _config(config, marketplace, language)
    linter = Linter(cfg)
    out: list[Diagnostic] = []
    for path in iter_files(paths, cfg.exclude):
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
