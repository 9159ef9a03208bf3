"""``--format gitlab``: a GitLab code quality report (the Code Climate JSON subset GitLab reads).

Each issue has ``description``, ``check_name``, ``fingerprint`` (unique, stable across edits
elsewhere in the file: see :mod:`msglint.run.baseline`), ``severity`` and ``location.path`` +
``location.lines.begin``. Paths are relative to the current folder (the project root in CI).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from msglint.core.diagnostics import Diagnostic

#: GitLab severities: info, minor, major, critical, blocker.
SEVERITY = {"error": "major", "warning": "minor"}


def render(diags: list[Diagnostic], **_: Any) -> str:
    from msglint.run.baseline import fingerprints, relative_path

    issues = [
        {
            "type": "issue",
            "description": f"{d.code} [{d.rule}] {d.message}",
            "check_name": d.code,
            "categories": ["Style"],
            "fingerprint": fp,
            "severity": SEVERITY.get(d.severity, "minor"),
            "location": {
                "path": relative_path(d.path),
                "lines": {"begin": d.line, "end": d.end_line},
                "positions": {
                    "begin": {"line": d.line, "column": d.column},
                    "end": {"line": d.end_line, "column": d.end_column},
                },
            },
        }
        for d, fp in zip(diags, fingerprints(diags), strict=True)
    ]
    return json.dumps(issues, indent=2, ensure_ascii=False)
