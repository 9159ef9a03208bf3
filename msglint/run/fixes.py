"""``--fix`` and ``--diff``: apply the rules' safe fixes without losing a byte of anything else.

Checks attach a :class:`~msglint.core.diagnostics.Fix` (edits in offsets of the decoded source) to
findings that have one mechanical repair. Here the edits are applied: non-overlapping fixes
only (an overlapping one waits for the next pass), then the text is linted again, up to
:data:`MAX_PASSES` times, until nothing fixable is left. The file is written back atomically by
:mod:`msglint.run.atomic` (mode, owner and hard links kept) in the encoding it was read in,
byte-order mark and line endings included, so a second ``--fix`` changes nothing.
"""

from __future__ import annotations

import bisect
import re
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from msglint.run.atomic import write_atomic

if TYPE_CHECKING:
    from collections.abc import Sequence

    from msglint.core.diagnostics import Diagnostic, Edit, Fix
    from msglint.engine.linter import Linter
    from msglint.run.parallel import FileResult

#: Re-lint and fix at most this many times per file (a fix may reveal or enable another).
MAX_PASSES = 10


class Remaining(list["Diagnostic"]):
    """The diagnostics left after fixing a file, with what was done (travels between processes)."""

    fixed: int = 0  # fixes applied
    diff: str = ""  # unified diff of the change ("" when unchanged), for --diff
    changed: bool = False


@dataclass
class FixOutcome:
    """A fixed text, what is left to report, and how many fixes and passes it took."""

    text: str
    remaining: list[Diagnostic]
    fixed: int
    passes: int


def _overlaps(a: Edit, b: Edit) -> bool:
    if a.start == a.end == b.start == b.end:  # two insertions at one point: order is unknown
        return True
    return a.start < b.end and b.start < a.end


class _Spans:
    """Edits that do not overlap, sorted by (start, end): an overlap test is a binary search.

    Disjoint spans sorted by start also have non-decreasing ends, so only the span just before
    a new one and the few starting inside it can overlap it: O(log n) per test instead of a
    test against every span taken so far (48k edits took minutes, see the fuzz triage D1)."""

    __slots__ = ("keys",)

    def __init__(self) -> None:
        self.keys: list[tuple[int, int]] = []

    def overlaps(self, start: int, end: int) -> bool:
        keys = self.keys
        i = bisect.bisect_left(keys, (start, -1))
        if i and keys[i - 1][1] > start:  # the span before reaches into this one
            return True
        n = len(keys)
        while i < n:
            s, e = keys[i]
            if s >= end and not (s == start == end):
                return False
            if (s == e == start == end) or (s < end and start < e):
                return True
            i += 1
        return False

    def add(self, start: int, end: int) -> None:
        keys = self.keys
        if not keys or keys[-1] <= (start, end):
            keys.append((start, end))  # the common case: fixes come in source order
        else:
            bisect.insort(keys, (start, end))


def select_fixes(fixes: Sequence[Fix], length: int | None = None, source: str | None = None) -> list[Fix]:
    """The fixes that can be applied together: in source order, skipping any that overlaps.

    ``length`` (of the source) rejects edits that point outside it: a buggy check must not
    corrupt a file. With ``source``, fixes whose edits touch and would together join text into
    markup (``<`` + pixel + pixel + ``p>``) are not applied together: the later one waits for
    the next pass, where it is judged alone. O(n log n) in the number of edits."""
    chosen = _select(fixes, len(source) if source is not None and length is None else length)
    if source is not None:
        chosen = _without_markup_seams(chosen, source)
    return chosen


def _without_markup_seams(chosen: list[Fix], source: str) -> list[Fix]:
    """``chosen`` less the fixes that wait for the next pass because their edits touch another
    fix's and would join text into markup there. Every offending run of touching edits gives up
    one fix per round (its last fix other than the run's first), so the rounds are as many as
    the longest run has fixes, not as many as there are runs (one round per run was quadratic:
    2,000 ``<`` + pixel + pixel + ``p>`` took 11 s to fix, 40x their lint)."""
    while True:
        owner: dict[tuple[int, int, str], int] = {}
        for i, fix in enumerate(chosen):
            for e in fix.edits:
                owner.setdefault((e.start, e.end, e.content), i)
        drop = _offending_fixes(source, sorted(owner), owner)
        if not drop:
            return chosen
        chosen = [f for i, f in enumerate(chosen) if i not in drop]


def _offending_fixes(
    source: str, ordered: list[tuple[int, int, str]], owner: dict[tuple[int, int, str], int]
) -> set[int]:
    """For every run of touching edits that would join text into markup, the fix that waits."""
    from msglint.model.seams import edits_join_markup

    drop: set[int] = set()
    i, n = 0, len(ordered)
    while i < n:
        j = i
        while j + 1 < n and ordered[j + 1][0] == ordered[j][1]:
            j += 1
        run = ordered[i : j + 1]
        if edits_join_markup(source, run):
            first = owner[run[0]]
            later = [owner[e] for e in run if owner[e] != first]
            drop.add(later[-1] if later else first)
        i = j + 1
    return drop


def _select(fixes: Sequence[Fix], length: int | None) -> list[Fix]:
    chosen: list[Fix] = []
    taken = _Spans()
    for fix in sorted(fixes, key=lambda f: min((e.start for e in f.edits), default=0)):
        edits = fix.edits
        if not edits or any(taken.overlaps(e.start, e.end) for e in edits):
            continue
        if any(e.start < 0 or e.end < e.start or (length is not None and e.end > length) for e in edits):
            continue
        if len(edits) > 1 and not _disjoint(edits):
            continue  # a malformed fix: never guess
        chosen.append(fix)
        for e in edits:
            taken.add(e.start, e.end)
    return chosen


def _disjoint(edits: Sequence[Edit]) -> bool:
    """No two of ``edits`` overlap (sorted once, then each against its neighbours)."""
    spans = _Spans()
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if spans.overlaps(e.start, e.end):
            return False
        spans.add(e.start, e.end)
    return True


def apply_edits(text: str, edits: Sequence[Edit], newline: str = "\n") -> str:
    """``text`` with ``edits`` (non-overlapping) applied; inserted newlines follow the file's.

    One pass over the text: the kept slices and the new contents are joined once (applying the
    edits one by one copied the text once per edit)."""
    if not edits:
        return text
    parts: list[str] = []
    pos = 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        content = e.content
        if newline != "\n" and "\n" in content:
            content = re.sub(r"\r?\n", newline, content)
        parts.append(text[pos : e.start])
        parts.append(content)
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts)


def fix_text(linter: Linter, text: str, path: str, newline: str = "\n", max_passes: int = MAX_PASSES) -> FixOutcome:
    """Fix ``text`` until stable (or ``max_passes``); the diagnostics left at the end."""
    fixed = 0
    passes = 0
    diags = linter.lint_source(text, path)
    while passes < max_passes:
        chosen = select_fixes([d.fix for d in diags if d.fix is not None], len(text), text)
        if not chosen:
            break
        new = apply_edits(text, [e for f in chosen for e in f.edits], newline)
        passes += 1
        if new == text:
            break
        text = new
        fixed += len(chosen)
        diags = linter.lint_source(text, path)
    return FixOutcome(text, diags, fixed, passes)


def fix_bytes(linter: Linter, data: bytes, path: str) -> tuple[bytes, Remaining]:
    """Fixed bytes of a file (``data`` itself when nothing changes) and what is left."""
    from msglint.model.decode import DecodeError, encode_text

    if linter.reads_as_mail(path, data):  # --fix never rewrites a mail: its parts, each in its charset
        return data, Remaining(linter.lint_bytes(data, path))
    try:
        decoded = linter.decode(data, path)
    except DecodeError:
        return data, Remaining(linter.lint_bytes(data, path))
    outcome = fix_text(linter, decoded.text, path, decoded.newline)
    remaining = Remaining(outcome.remaining)
    if outcome.text == decoded.text:
        return data, remaining
    try:
        new = encode_text(outcome.text, decoded.encoding)
    except UnicodeEncodeError:  # a fix introduced a character the legacy encoding lacks
        return data, Remaining(linter.lint_source(decoded.text, path))
    remaining.fixed = outcome.fixed
    remaining.changed = new != data
    if remaining.changed:
        remaining.diff = unified_diff(decoded.text, outcome.text, path)
    return new, remaining


def unified_diff(before: str, after: str, path: str) -> str:
    """A ``diff -u`` of two texts, as git shows it (``a/`` and ``b/`` prefixes)."""
    import difflib

    name = path[2:] if path.startswith("./") else path.lstrip("/")
    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True), f"a/{name}", f"b/{name}"
    )
    out = []
    for line in lines:
        if not line.endswith("\n"):
            line += "\n\\ No newline at end of file\n"
        out.append(line)
    return "".join(out)


def fix_file_task(linter: Linter, path: str) -> list[Diagnostic]:
    """``--fix`` for one file (a :mod:`msglint.run.parallel` task): fix it in place, return what is left."""
    data = linter.read(path)
    if isinstance(data, list):
        return Remaining(data)
    new, remaining = fix_bytes(linter, data, path)
    if remaining.changed:
        write_atomic(path, new)
    return remaining


def diff_file_task(linter: Linter, path: str) -> list[Diagnostic]:
    """``--diff`` for one file: compute the fix and its diff, write nothing."""
    data = linter.read(path)
    if isinstance(data, list):
        return Remaining(data)
    return fix_bytes(linter, data, path)[1]


def run_targets(
    linter: Linter,
    targets: Sequence[str],
    jobs: int | None,
    stdin_filename: str | None,
    diff: bool = False,
) -> list[FileResult]:
    """Fix (or diff) every target; ``-`` reads stdin and writes the fixed text to stdout."""
    from msglint.run.parallel import FileResult, lint_targets, run_one

    task = diff_file_task if diff else fix_file_task
    files = [t for t in targets if t != "-"]
    results = lint_targets(linter, files, jobs, stdin_filename, task=task)
    if "-" in targets:
        name = stdin_filename or "-"

        def stdin_task(lt: Linter, _path: str) -> list[Diagnostic]:
            from msglint.model.decode import InputTooLarge, read_stream

            try:
                data = read_stream(sys.stdin.buffer if sys.stdin is not None else None, lt.config.max_file_size)
            except InputTooLarge as exc:
                return Remaining(lt.read_error(name, exc))
            new, remaining = fix_bytes(lt, data, name)
            if not diff:
                sys.stdout.buffer.write(new)
                sys.stdout.flush()
            return remaining

        res = run_one(linter, "-", stdin_task)
        results.insert(targets.index("-"), FileResult(name, res.diagnostics, res.error))
    return results


def summary(results: Sequence[FileResult]) -> tuple[int, int]:
    """(fixes applied, files changed) over ``results`` of :func:`run_targets`."""
    fixed = changed = 0
    for r in results:
        if isinstance(r.diagnostics, Remaining):
            fixed += r.diagnostics.fixed
            changed += r.diagnostics.changed
    return fixed, changed


__all__ = [
    "MAX_PASSES",
    "FixOutcome",
    "Remaining",
    "apply_edits",
    "diff_file_task",
    "fix_bytes",
    "fix_file_task",
    "fix_text",
    "run_targets",
    "select_fixes",
    "summary",
    "unified_diff",
    "write_atomic",
]


def print_diffs(results: Sequence[FileResult]) -> bool:
    """``--diff``: write each changed file's diff to stdout; True when anything would change."""
    changed = False
    for r in results:
        if isinstance(r.diagnostics, Remaining) and r.diagnostics.diff:
            sys.stdout.write(r.diagnostics.diff)
            changed = True
    sys.stdout.flush()
    return changed
