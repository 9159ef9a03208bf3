"""Baselines: adopt msglint on an existing template repository without fixing everything first.

``--write-baseline FILE`` records the current findings; ``--baseline FILE`` then reports only
findings that are not in it. A finding is keyed on a fingerprint of its rule, its file and the
offending text, not its line number, so edits elsewhere in the file (a new paragraph above) do
not make old findings "new". The same text flagged twice in one file is counted: a third copy
of a recorded emoji is new.

File format (JSON, paths relative to the baseline file's folder, sorted, one entry per key)::

    {"msglint-baseline": 1,
     "findings": [{"path": "templates/a.html", "code": "MSG101", "rule": "emoji",
                   "text": "😀", "fingerprint": "3f5c...", "count": 2}]}
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from msglint.core.diagnostics import Diagnostic

FORMAT_VERSION = 1
_MAX_TEXT = 200  # characters of offending text kept in the file (the fingerprint covers it all)


class BaselineError(Exception):
    """The baseline file cannot be read or is not a msglint baseline (exit code 2)."""


def offending_text(d: Diagnostic) -> str:
    """The flagged characters, whitespace-normalised (from the diagnostic's first line)."""
    seg = d.line_slice(d.column, d.end_column) if d.end_line == d.line else d.line_slice(d.column)
    return " ".join(seg.split())


def relative_path(path: str, base: str | os.PathLike[str] | None = None) -> str:
    """``path`` relative to ``base`` (default: the current folder), with forward slashes."""
    if path == "-" or path.startswith("<"):
        return path
    start = os.path.abspath(base) if base is not None else os.getcwd()
    try:
        rel = os.path.relpath(os.path.abspath(path), start)
    except ValueError:  # another drive (Windows)
        rel = os.path.abspath(path)
    return Path(rel).as_posix()


def fingerprint(d: Diagnostic, base: str | os.PathLike[str] | None = None) -> str:
    """Stable identity of a finding: rule, path and offending text; never the line number."""
    key = "\0".join((d.code, relative_path(d.path, base), offending_text(d)))
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def fingerprints(diags: Iterable[Diagnostic], base: str | os.PathLike[str] | None = None) -> list[str]:
    """One fingerprint per diagnostic, made unique by numbering repeats (``fp:2``, ``fp:3``).

    For reports that need a unique id per finding (GitLab code quality, SARIF).
    """
    seen: Counter[str] = Counter()
    out = []
    for d in diags:
        fp = fingerprint(d, base)
        seen[fp] += 1
        out.append(fp if seen[fp] == 1 else f"{fp}:{seen[fp]}")
    return out


def write(path: str, diags: Iterable[Diagnostic]) -> int:
    """Record ``diags`` in the baseline file ``path`` (atomically); returns the finding count."""
    base = os.path.dirname(os.path.abspath(path))
    entries: dict[str, dict[str, Any]] = {}
    total = 0
    for d in diags:
        fp = fingerprint(d, base)
        total += 1
        if fp in entries:
            entries[fp]["count"] += 1
            continue
        entries[fp] = {
            "path": relative_path(d.path, base),
            "code": d.code,
            "rule": d.rule,
            "text": offending_text(d)[:_MAX_TEXT],
            "fingerprint": fp,
            "count": 1,
        }
    data = {
        "msglint-baseline": FORMAT_VERSION,
        "findings": sorted(entries.values(), key=lambda e: (e["path"], e["code"], e["text"], e["fingerprint"])),
    }
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    from msglint.run.atomic import write_atomic

    try:
        write_atomic(path, text.encode("utf-8"), new_mode=0o644)
    except OSError as exc:
        raise BaselineError(f"cannot write baseline {path}: {exc.strerror or exc}") from None
    return total


def load(path: str) -> Counter[str]:
    """The recorded fingerprints and how often each may occur."""
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        raise BaselineError(f"baseline file not found: {path} (create it with --write-baseline)") from None
    except OSError as exc:
        raise BaselineError(f"cannot read baseline {path}: {exc.strerror or exc}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BaselineError(f"{path}: not a msglint baseline (invalid JSON: {exc})") from None
    if not isinstance(data, dict) or data.get("msglint-baseline") != FORMAT_VERSION:
        raise BaselineError(f"{path}: not a msglint baseline (version {FORMAT_VERSION} expected)")
    findings = data.get("findings")
    if not isinstance(findings, list):
        raise BaselineError(f"{path}: 'findings' must be a list")
    counts: Counter[str] = Counter()
    for i, entry in enumerate(findings):
        fp = entry.get("fingerprint") if isinstance(entry, dict) else None
        n = entry.get("count", 1) if isinstance(entry, dict) else None
        if not isinstance(fp, str) or not isinstance(n, int) or isinstance(n, bool) or n < 1:
            raise BaselineError(f"{path}: finding #{i + 1} needs a 'fingerprint' string and a positive 'count'")
        counts[fp] += n
    return counts


def filter_new(diags: list[Diagnostic], path: str) -> list[Diagnostic]:
    """The diagnostics of ``diags`` (sorted) that the baseline file ``path`` does not cover."""
    budget = load(path)
    base = os.path.dirname(os.path.abspath(path))
    out = []
    for d in diags:
        fp = fingerprint(d, base)
        if budget[fp] > 0:
            budget[fp] -= 1
        else:
            out.append(d)
    return out


__all__ = ["BaselineError", "filter_new", "fingerprint", "fingerprints", "load", "offending_text", "write"]
