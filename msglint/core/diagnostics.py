"""What a check finds, and what the user sees."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

#: Where the rule pages are when ``docs-url`` is not set: the pages ``msglint web`` serves with
#: its default address. ``msglint docs --out site/`` builds the same pages as static files.
DOCS_URL = "http://127.0.0.1:8765/rules/"


def rule_url(code: str, base: str | None = None) -> str:
    """The documentation page of rule ``code``: ``<base><CODE>/`` (``msglint docs`` writes
    ``rules/<CODE>/index.html``)."""
    return (base or DOCS_URL).rstrip("/") + "/" + code + "/"


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace source[start:end] with ``content`` (offsets in decoded characters)."""

    start: int
    end: int
    content: str
    #: 1-based (line, column, end_line, end_column), filled in by the engine for reporters
    location: tuple[int, int, int, int] | None = None


@dataclass(frozen=True, slots=True)
class Fix:
    message: str
    edits: tuple[Edit, ...]


class Finding(NamedTuple):
    """A check's result, in source offsets; the engine turns it into a Diagnostic."""

    start: int
    end: int
    message: str
    fix: Fix | None = None
    note: str = ""  # details for the reader, printed under the message (kept short: under 200 characters)


@dataclass(frozen=True, slots=True)
class Diagnostic:
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    rule: str
    severity: str  # "error" | "warning"
    message: str
    fix: Fix | None = None
    start: int = 0  # offsets into the decoded source, for fixes and excerpts
    end: int = 0
    source_line: str = ""  # the offending line, for the text reporter's excerpt
    note: str = ""  # details that would make the message too long (evidence, context)

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.code)

    def to_json(self, docs_url: str | None = None) -> dict[str, Any]:
        """The JSON object of docs/cli.md; a fix lists its edits like ruff does; ``url`` is the
        rule's documentation page under ``docs_url`` (the ``docs-url`` setting, default DOCS_URL)."""
        fix: dict[str, Any] | None = None
        if self.fix is not None:
            edits = []
            for e in self.fix.edits:
                entry: dict[str, Any] = {"content": e.content}
                if e.location is not None:
                    sl, sc, el, ec = e.location
                    entry["location"] = {"line": sl, "column": sc}
                    entry["end_location"] = {"line": el, "column": ec}
                entry["start_offset"] = e.start
                entry["end_offset"] = e.end
                edits.append(entry)
            fix = {"message": self.fix.message, "applicability": "safe", "edits": edits}
        out = {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "fix": fix,
            "url": rule_url(self.code, docs_url),
        }
        if self.note:
            out["note"] = self.note
        return out
