"""``--format sarif``: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

The tool driver lists every rule (id, name, short and full description, help text and URI,
default level); each result points at its file and region. Columns count Unicode code points
(``columnKind``), as msglint's do. Paths are relative to the current folder, against the
``%SRCROOT%`` base, which is what ``github/codeql-action/upload-sarif`` expects from a checkout.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from msglint.core.diagnostics import rule_url

if TYPE_CHECKING:
    from msglint.core.diagnostics import Diagnostic, Fix
    from msglint.core.packs import RuleMeta

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/msglint/"


def _uri(path: str) -> tuple[str, str | None]:
    """(uri, uriBaseId) of a reported path."""
    from msglint.run.baseline import relative_path

    if path == "-" or path.startswith("<"):
        return quote(path), None
    rel = relative_path(path)
    if rel.startswith("../") or os.path.isabs(rel):
        return Path(os.path.abspath(path)).as_uri(), None
    return quote(rel), "%SRCROOT%"


def _rule(r: RuleMeta, docs_url: str | None = None) -> dict[str, Any]:
    help_lines = [r.summary, "", "Guideline:", r.guideline, f"-- {r.source}", "", "Flags: " + r.flags]
    if r.ignores:
        help_lines += ["", "Does not flag: " + r.ignores]
    help_lines += ["", f"Run 'msglint explain {r.code}' for a bad and a good example."]
    md = [
        f"**{r.code} {r.slug}**: {r.summary}",
        "",
        *("> " + ln for ln in r.guideline.splitlines()),
        ">",
        f"> -- {r.source}",
        "",
        "**Flags:** " + r.flags,
    ]
    if r.ignores:
        md += ["", "**Does not flag:** " + r.ignores]
    md += ["", "Bad:", "", "```", r.bad.strip("\n"), "```", "", "Good:", "", "```", r.good.strip("\n"), "```"]
    return {
        "id": r.code,
        "name": r.slug,
        "shortDescription": {"text": r.summary},
        "fullDescription": {"text": r.flags},
        "help": {"text": "\n".join(help_lines), "markdown": "\n".join(md)},
        "helpUri": rule_url(r.code, docs_url),
        "defaultConfiguration": {"level": "error" if r.severity == "error" else "warning"},
        "properties": {
            "tags": [t for t in (r.family, r.family_name) if t] + (["fixable"] if r.fixable else []),
            "problem.severity": r.severity,
            **({"guidelineUri": r.source_url} if r.source_url else {}),
        },
    }


def _region(line: int, col: int, end_line: int, end_col: int) -> dict[str, int]:
    region = {"startLine": line, "startColumn": col, "endLine": max(end_line, line)}
    region["endColumn"] = max(end_col, col) if end_line <= line else max(end_col, 1)
    return region


def _fix(fix: Fix, artifact: dict[str, Any]) -> dict[str, Any] | None:
    replacements = []
    for e in fix.edits:
        if e.location is None:
            return None
        replacements.append({"deletedRegion": _region(*e.location), "insertedContent": {"text": e.content}})
    return {
        "description": {"text": fix.message},
        "artifactChanges": [{"artifactLocation": artifact, "replacements": replacements}],
    }


def render(
    diags: list[Diagnostic], rules: dict[str, RuleMeta] | None = None, docs_url: str | None = None, **_: Any
) -> str:
    from msglint.core.version import __version__
    from msglint.run.baseline import fingerprints

    if rules is None:
        from msglint.core.packs import load_rules

        rules = load_rules()
    index = {code: i for i, code in enumerate(rules)}
    results = []
    artifacts: dict[str, dict[str, Any]] = {}
    for d, fp in zip(diags, fingerprints(diags), strict=True):
        uri, base = _uri(d.path)
        artifact: dict[str, Any] = {"uri": uri}
        if base:
            artifact["uriBaseId"] = base
        artifacts.setdefault(uri, artifact)
        result: dict[str, Any] = {
            "ruleId": d.code,
            "level": "error" if d.severity == "error" else "warning",
            "message": {"text": f"{d.message} [{d.rule}]"},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": artifact,
                        "region": _region(d.line, d.column, d.end_line, d.end_column),
                    }
                }
            ],
            "partialFingerprints": {"msglintFingerprint/v1": fp},
        }
        if d.code in index:
            result["ruleIndex"] = index[d.code]
        if d.fix is not None and (fix := _fix(d.fix, artifact)) is not None:
            result["fixes"] = [fix]
        results.append(result)
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "msglint",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": INFORMATION_URI,
                "rules": [_rule(r, docs_url) for r in rules.values()],
            }
        },
        "columnKind": "unicodeCodePoints",
        "originalUriBaseIds": {"%SRCROOT%": {"uri": Path(os.getcwd()).as_uri() + "/"}},
        "artifacts": [{"location": a} for a in artifacts.values()],
        "results": results,
    }
    return json.dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, indent=2, ensure_ascii=False)
