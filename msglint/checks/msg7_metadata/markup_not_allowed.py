"""MSG707 markup-not-allowed: HTML in a Selling Partner API message (channel: sp-api), whose text fields take plain
text only.

Pack entry: rules/msg7-metadata.toml; fixtures: fixtures/rules/MSG707-markup-not-allowed/; see docs/rules.md#msg707.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.core.diagnostics import Finding

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document


def markup_not_allowed(doc: Document, ctx: Context) -> Iterator[Finding]:
    if doc.front_matter is None or doc.kind != "html" or not doc.elements:
        return  # sp_api needs front matter; the shared module is not imported for nothing (#14)
    from msglint.checks.msg7_metadata.shared import sp_api

    if not sp_api(doc):
        return
    el = doc.elements[0]
    more = len(doc.elements) - 1
    rest = f" (and {more} more tag{'s' if more != 1 else ''})" if more else ""
    yield Finding(
        el.start,
        el.end,
        f"HTML tag <{el.tag}>{rest} in a Selling Partner API message: its text fields take plain text only",
    )
