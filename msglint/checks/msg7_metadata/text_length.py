"""MSG706 text-length: A Selling Partner API message (channel: sp-api) longer than its operation allows.

Pack entry: rules/msg7-metadata.toml; fixtures: fixtures/rules/MSG706-text-length/; see docs/rules.md#msg706.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.core.diagnostics import Finding

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document


def text_length(doc: Document, ctx: Context) -> Iterator[Finding]:
    if doc.front_matter is None:
        return  # no channel, so not sp-api; the shared module is not imported (#14)
    from msglint.checks.msg7_metadata.shared import sp_api, value

    if not sp_api(doc):
        return
    reason = value(doc, "reason") or ""
    op = ctx.data["operations"].get(reason)
    if not op:
        return  # no Messaging API operation for this reason: nothing to measure against
    limit = ctx.data["limits"].get(op)
    if limit is None:
        limit = ctx.data["default-limit"]
    limit = int(limit)
    # Count the visible text with placeholders removed and each run of white space as one
    # character (the text a buyer receives, minus the values that are filled in later).
    text = doc.text
    end = len(text.rstrip())
    count = 0
    over_at = -1
    prev_space = False
    for i in range(len(text) - len(text.lstrip()), end):
        if text[i].isspace():
            if prev_space:
                continue
            prev_space = True
        else:
            prev_space = False
        count += 1
        if count == limit + 1:
            over_at = i
    if count <= limit or over_at < 0:
        return
    s, e = doc.text_span(over_at, end)
    if limit == 0:
        yield Finding(
            s,
            e,
            f"{count} characters of text for {op} (reason {reason!r}): it takes no text, Amazon sends its own wording",
        )
        return
    yield Finding(
        s,
        e,
        f"{count} characters for {op} (reason {reason!r}): the Selling Partner API accepts at most "
        f"{limit}; this is where the text goes over",
    )
