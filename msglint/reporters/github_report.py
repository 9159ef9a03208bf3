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


def annotation(d: Diagnostic) -> str:
    from msglint.run.baseline import relative_path

    level = "error" if d.severity == "error" else "warning"
    props = {
        "file": relative_path(d.path) if d.path != "-" else d.path,
        "line": str(d.line),
        "col": str(d.column),
        "endLine": str(d.end_line),
        "endColumn": str(d.end_column),
        "title": f"{d.code} [{d.rule}]",
    }
    head = ",".join(f"{k}={escape_property(v)}" for k, v in props.items())
    return f"::{level} {head}::{escape_data(d.message)}"


def render(diags: list[Diagnostic], **_: Any) -> str:
    return "\n".join(annotation(d) for d in diags)
