"""MSG304 line-breaks: More than two line breaks in a row.

Pack entry: rules/msg3-layout.toml; fixtures: fixtures/rules/MSG304-line-breaks/; see docs/rules.md#msg304.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.checks.msg3_layout.shared import BLANK_GAP, MAX_GAP, break_units, breaks_message, text_line_breaks
from msglint.core.diagnostics import Edit, Finding, Fix

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document


def line_breaks(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Runs of more than two line breaks; the fix keeps the first two."""
    limit = int(ctx.data["max-line-breaks"])
    if doc.kind == "text":
        yield from text_line_breaks(doc, limit)
        return
    source = doc.source
    run: list[tuple[int, int]] = []

    def report() -> Iterator[Finding]:
        if len(run) > limit:
            yield Finding(
                run[limit][0],
                run[-1][1],
                breaks_message(len(run), limit),
                # Only the extra breaks go: tags and spaces between them stay, so no span is
                # left unclosed.
                Fix(f"keep {limit} line breaks", tuple(Edit(s, e, "") for s, e in run[limit:])),
            )

    for start, end in break_units(doc):
        if run:
            gap_start = run[-1][1]
            if start - gap_start > MAX_GAP or not BLANK_GAP.fullmatch(source, gap_start, start):
                yield from report()
                run = []
        run.append((start, end))
    yield from report()
