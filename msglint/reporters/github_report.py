"""``--format github``: GitHub Actions workflow commands, one annotation per diagnostic.

``::error file=a.html,line=3,col=5,endLine=3,endColumn=6,title=MSG101 [emoji]::message``.
Values are escaped as the Actions runner unescapes them (``%``, CR and LF in the message; also
``:`` and ``,`` in properties), so a message or path with those characters cannot break or
forge a command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from msglint.core.diagnostics import Diagnostic


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def repository_root() -> str | None:
    """Where GitHub resolves annotation paths: ``GITHUB_WORKSPACE``, else the Git work tree
    above the current folder (None outside one)."""
    import os

    workspace = os.environ.get("GITHUB_WORKSPACE")
    if workspace and os.path.isdir(workspace):
        return workspace
    cur = os.getcwd()
    while True:
        if os.path.exists(os.path.join(cur, ".git")):
            return cur
        parent = os.path.dirname(cur)
        if parent == cur:
            return None
        cur = parent


def annotation(d: Diagnostic, base: str | None = None) -> str:
    from msglint.reporters.text_report import escape_controls
    from msglint.run.baseline import relative_path

    level = "error" if d.severity == "error" else "warning"
    props = {
        "file": relative_path(d.path, base) if d.path != "-" else d.path,
        "line": str(d.line),
        "col": str(d.column),
        "endLine": str(d.end_line),
        "endColumn": str(d.end_column),
        "title": f"{d.code} [{d.rule}]",
    }
    head = ",".join(f"{k}={escape_property(v)}" for k, v in props.items())
    return f"::{level} {escape_controls(head)}::{escape_controls(escape_data(d.message))}"


def render(diags: list[Diagnostic], files: int = 0, **options: Any) -> str:
    """The annotations (paths relative to the repository, which GitHub expects), then the plain
    report: GitHub shows only a few annotations per step, the log keeps every finding."""
    from msglint.reporters import text_report

    base = repository_root()
    lines = [annotation(d, base) for d in diags]
    options.pop("color", None)
    options.pop("show_source", None)
    plain = text_report.render(diags, files=files, color=False, show_source=False, **options)
    return "\n".join([*lines, plain])
