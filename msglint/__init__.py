"""msglint: lint buyer-seller message templates against Amazon's Communication Guidelines.

The public library API is :func:`lint` and :func:`lint_paths`; both return
:class:`~msglint.diagnostics.Diagnostic` objects. Imports are lazy so that the CLI starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from collections.abc import Iterable

    from msglint.config import Config
    from msglint.diagnostics import Diagnostic


def _config(config: Config | dict[str, Any] | None, marketplace: str | None, language: str | None) -> Config:
    from msglint.config import Config, from_mapping

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
    from msglint.engine import Linter

    linter = Linter(_config(config, marketplace, language))
    diags = linter.lint_bytes(source, filename) if isinstance(source, bytes) else linter.lint_source(source, filename)
    # Project rules (MSG704) over the one message: a template scheduled twice is caught here.
    return diags + linter.lint_project()


def lint_paths(
    paths: Iterable[str],
    *,
    marketplace: str | None = None,
    language: str | None = None,
    config: Config | dict[str, Any] | None = None,
) -> list[Diagnostic]:
    """Lint files and folders (folders are expanded to message files), sorted by position."""
    from msglint.engine import Linter, iter_files

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
        from msglint.diagnostics import Diagnostic

        return Diagnostic
    if name == "Config":
        from msglint.config import Config

        return Config
    raise AttributeError(name)


__all__ = ["Config", "Diagnostic", "__version__", "lint", "lint_paths"]
