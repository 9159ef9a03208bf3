"""Which files a run lints: folders expanded to message files, in a stable order."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator

#: File types linted when a folder is given (explicit files are linted whatever their name).
DEFAULT_SUFFIXES = frozenset(
    {
        ".html",
        ".htm",
        ".xhtml",
        ".txt",
        ".text",
        ".j2",
        ".jinja",
        ".jinja2",
        ".liquid",
        ".hbs",
        ".mustache",
        ".tpl",
        ".twig",
        ".eml",
    }
)
SKIP_DIRS = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        "node_modules",
        ".venv",
        "venv",
        "__pycache__",
        ".tox",
        ".mypy_cache",
        ".ruff_cache",
        ".pytest_cache",
    }
)


def iter_files(paths: Iterable[str], exclude: Iterable[str] = ()) -> Iterator[str]:
    """Expand folders into the message files below them, in a stable order."""
    excl = tuple(exclude)
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
                for name in sorted(files):
                    if os.path.splitext(name)[1].lower() not in DEFAULT_SUFFIXES:
                        continue
                    full = os.path.join(root, name)
                    if excl and any(fnmatch.fnmatch(full, g) or fnmatch.fnmatch(name, g) for g in excl):
                        continue
                    yield full
        else:
            yield p
