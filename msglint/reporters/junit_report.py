"""``--format junit``: JUnit XML for CI systems that show test reports (Jenkins, GitLab, Azure).

One ``<testsuite>`` per file with problems (or, when the linted paths are known, per linted
file), one failing ``<testcase>`` per diagnostic, named ``CODE [slug] at line:col``; a clean run
is one passing test case, so the report is never empty.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from msglint.core.diagnostics import Diagnostic

# Characters XML 1.0 cannot contain at all (not even escaped).
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean(value: str) -> str:
    return _INVALID_XML.sub("\ufffd", value)


def render(diags: list[Diagnostic], files: int = 0, paths: list[str] | None = None, **_: Any) -> str:
    from msglint.run.baseline import relative_path

    by_file: dict[str, list[Diagnostic]] = {}
    for p in paths or ():
        if p != "-":  # stdin is reported under --stdin-filename, which only its diagnostics carry
            by_file.setdefault(relative_path(p), [])
    for d in diags:
        by_file.setdefault(relative_path(d.path), []).append(d)
    root = ET.Element("testsuites", name="msglint", tests=str(max(len(diags), 1)), failures=str(len(diags)))
    root.set("errors", "0")
    if not by_file:
        suite = ET.SubElement(root, "testsuite", name="msglint", tests="1", failures="0", errors="0")
        ET.SubElement(
            suite, "testcase", name=f"no problems in {files} file{'s' if files != 1 else ''}", classname="msglint"
        )
    for path, items in by_file.items():
        suite = ET.SubElement(
            root,
            "testsuite",
            name=_clean(path),
            tests=str(max(len(items), 1)),
            failures=str(len(items)),
            errors="0",
        )
        if not items:
            ET.SubElement(suite, "testcase", name="no problems", classname=_clean(path))
            continue
        for d in items:
            case = ET.SubElement(
                suite, "testcase", name=f"{d.code} [{d.rule}] at {d.line}:{d.column}", classname=_clean(path)
            )
            fail = ET.SubElement(case, "failure", message=_clean(d.message), type=f"{d.code} {d.severity}")
            fail.text = _clean(f"{d.path}:{d.line}:{d.column}: {d.code} [{d.rule}] {d.severity}: {d.message}")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")
