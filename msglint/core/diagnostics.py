"""What a check finds, and what the user sees."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any, NamedTuple

#: Where the rule pages are when ``docs-url`` is not set: the pages ``msglint web`` serves with
#: its default address. ``msglint docs --out site/`` builds the same pages as static files.
DOCS_URL = "http://127.0.0.1:8765/rules/"


def rule_url(code: str, base: str | None = None) -> str:
    """The documentation page of rule ``code``: ``<base><CODE>/`` (``msglint docs`` writes
    ``rules/<CODE>/index.html``)."""
    return (base or DOCS_URL).rstrip("/") + "/" + code + "/"


@dataclass(frozen=True, slots=True, init=False)
class Edit:
    """Replace source[start:end] with ``content`` (offsets in decoded characters).

    The ``__init__`` is written out (as :class:`Diagnostic`'s): the one a frozen dataclass
    generates looks ``object.__setattr__`` up per field, and a fix of 100,000 breaks builds
    two edits per break (the check's, then the engine's with its location; #14)."""

    start: int
    end: int
    content: str
    #: 1-based (line, column, end_line, end_column), filled in by the engine for reporters
    location: tuple[int, int, int, int] | None

    def __init__(self, start: int, end: int, content: str, location: tuple[int, int, int, int] | None = None) -> None:
        put = object.__setattr__
        put(self, "start", start)
        put(self, "end", end)
        put(self, "content", content)
        put(self, "location", location)


@dataclass(frozen=True, slots=True)
class Fix:
    """A safe fix: its message and the edits that make it."""

    message: str
    edits: tuple[Edit, ...]


class Finding(NamedTuple):
    """A check's result, in source offsets; the engine turns it into a Diagnostic."""

    start: int
    end: int
    message: str
    fix: Fix | None = None
    note: str = ""  # details for the reader, printed under the message (kept short: under 200 characters)


class SourceText:
    """The decoded text diagnostics point into, shared by reference by a document's diagnostics.

    A diagnostic keeps positions, never a copy of its line: ten thousand findings on one long
    line of minified HTML would otherwise hold ten thousand copies of that line (gigabytes, see
    the fuzz triage D2). Lines (split after each ``\\n``, as :meth:`Document.position` counts
    them) are cut out only when a reporter asks, and only the part it asks for.
    """

    __slots__ = ("text", "_starts")

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] | None = None

    def __reduce__(self) -> tuple[Any, ...]:  # the line index is rebuilt on demand, not sent
        return (SourceText, (self.text,))

    @property
    def line_starts(self) -> list[int]:
        starts = self._starts
        if starts is None:
            text = self.text
            starts = [0]
            i = text.find("\n")
            while i >= 0:
                starts.append(i + 1)
                i = text.find("\n", i + 1)
            self._starts = starts
        return starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of ``offset``, in characters of the decoded text."""
        offset = max(0, min(offset, len(self.text)))
        starts = self.line_starts
        i = bisect.bisect_right(starts, offset) - 1
        return i + 1, offset - starts[i] + 1

    def locate(self, start: int, end: int) -> tuple[int, int, int, int]:
        """(line, column, end_line, end_column) of ``start`` and ``end``, as :meth:`position`
        gives them: one call per edit of a fix (a fix of 100,000 edits, #14)."""
        n = len(self.text)
        start = 0 if start < 0 else n if start > n else start
        end = 0 if end < 0 else n if end > n else end
        starts = self._starts if self._starts is not None else self.line_starts
        i = bisect.bisect_right(starts, start) - 1
        j = bisect.bisect_right(starts, end) - 1
        return i + 1, start - starts[i] + 1, j + 1, end - starts[j] + 1

    def _bounds(self, line: int) -> tuple[int, int] | None:
        starts = self.line_starts
        if line < 1 or line > len(starts):
            return None
        start = starts[line - 1]
        end = starts[line] - 1 if line < len(starts) else len(self.text)
        text = self.text
        while end > start and text[end - 1] in "\r\n":
            end -= 1
        return start, end

    def line(self, line: int) -> str:
        """Line ``line`` (1-based) without its line break; "" when there is no such line."""
        b = self._bounds(line)
        return self.text[b[0] : b[1]] if b else ""

    def line_length(self, line: int) -> int:
        b = self._bounds(line)
        return b[1] - b[0] if b else 0

    def line_slice(self, line: int, start_col: int, end_col: int | None = None) -> str:
        """Columns ``start_col`` to ``end_col`` (1-based, end excluded; None: to the line's end)."""
        b = self._bounds(line)
        if b is None:
            return ""
        lo = b[0] + max(start_col - 1, 0)
        hi = b[1] if end_col is None else min(b[1], b[0] + max(end_col - 1, 0))
        return self.text[lo:hi] if hi > lo else ""


class SourceLines:
    """Some lines of a source, by number: what diagnostics read back from the result cache
    point into (each line stored once, however many diagnostics are on it)."""

    __slots__ = ("lines",)

    def __init__(self, lines: dict[int, str]) -> None:
        self.lines = lines

    def line(self, line: int) -> str:
        return self.lines.get(line, "")

    def line_length(self, line: int) -> int:
        return len(self.line(line))

    def line_slice(self, line: int, start_col: int, end_col: int | None = None) -> str:
        text = self.line(line)
        return text[max(start_col - 1, 0) : None if end_col is None else max(end_col - 1, 0)]


@dataclass(frozen=True, slots=True, init=False)
class Diagnostic:
    """One finding as the user sees it: file, 1-based line and column, rule, message, fix.

    ``source_line`` (the offending line, for excerpts and baselines) is computed on demand from
    the shared :class:`SourceText`; a diagnostic built by hand may give it as text instead.
    """

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
    note: str = ""  # details that would make the message too long (evidence, context)
    _line: str | None = field(default=None, compare=False, repr=False)
    _source: SourceText | SourceLines | None = field(default=None, compare=False, repr=False)

    def __init__(
        self,
        path: str,
        line: int,
        column: int,
        end_line: int,
        end_column: int,
        code: str,
        rule: str,
        severity: str,
        message: str,
        fix: Fix | None = None,
        start: int = 0,
        end: int = 0,
        source_line: str | None = None,
        note: str = "",
        source: SourceText | SourceLines | None = None,
        *,
        _line: str | None = None,
        _source: SourceText | SourceLines | None = None,
    ) -> None:
        put = object.__setattr__
        put(self, "path", path)
        put(self, "line", line)
        put(self, "column", column)
        put(self, "end_line", end_line)
        put(self, "end_column", end_column)
        put(self, "code", code)
        put(self, "rule", rule)
        put(self, "severity", severity)
        put(self, "message", message)
        put(self, "fix", fix)
        put(self, "start", start)
        put(self, "end", end)
        put(self, "note", note)
        put(self, "_line", source_line if source_line is not None else _line)
        put(self, "_source", source if source is not None else _source)

    @property
    def source_line(self) -> str:
        """The line the diagnostic starts on, without its line break (computed when asked)."""
        if self._line is not None:
            return self._line
        return self._source.line(self.line) if self._source is not None else ""

    def line_length(self) -> int:
        if self._line is not None or self._source is None:
            return len(self.source_line)
        return self._source.line_length(self.line)

    def line_slice(self, start_col: int, end_col: int | None = None) -> str:
        """Columns ``start_col``..``end_col`` (1-based, end excluded) of :attr:`source_line`,
        without copying the whole line."""
        if self._line is not None or self._source is None:
            line = self.source_line
            return line[max(start_col - 1, 0) : None if end_col is None else max(end_col - 1, 0)]
        return self._source.line_slice(self.line, start_col, end_col)

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


_COLUMNS = 1 << 32


def sort_diagnostics(diags: list[Diagnostic]) -> None:
    """Sort ``diags`` in place exactly as ``diags.sort(key=Diagnostic.sort_key)`` does.

    One file's diagnostics (all one path, every column in [0, 2**32)) are sorted twice, stably:
    by code, then by line and column as one integer. That orders them by (line, column, code)
    with ties in their first order, as the tuple key does, without a 4-tuple per diagnostic
    (1.5 MB at the peak of a 1 MB style sheet's lint, 27,555 diagnostics, #14)."""
    if len(diags) < 2:
        return
    path = diags[0].path
    if all(d.path == path and 0 <= d.column < _COLUMNS and d.line >= 0 for d in diags):
        diags.sort(key=_code)
        diags.sort(key=_line_column)
    else:
        diags.sort(key=Diagnostic.sort_key)


def _code(d: Diagnostic) -> str:
    return d.code


def _line_column(d: Diagnostic) -> int:
    return d.line * _COLUMNS + d.column
