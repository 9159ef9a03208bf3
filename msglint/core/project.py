"""What project rules see of each file: small picklable summaries, and their findings.

The engine builds these (msglint/engine/project.py); project checks such as MSG704 read them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


@dataclass(frozen=True)
class SummaryEntry:
    """A front matter entry with its value's position (1-based line/column, source offsets)."""

    key: str
    value: str | tuple[str, ...]
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    source_line: str


@dataclass(frozen=True)
class FileSummary:
    """What a project rule may know about one file: small and picklable."""

    path: str
    front_matter: tuple[SummaryEntry, ...]

    def get(self, key: str) -> SummaryEntry | None:
        return next((e for e in self.front_matter if e.key == key), None)


class ProjectFinding(NamedTuple):
    """A project check's result: the file and the entry to report at (None: line 1)."""

    path: str
    entry: SummaryEntry | None
    message: str
