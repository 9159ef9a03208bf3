"""MSG504 review-change: A request to remove, change or update an existing review.

Pack entry: rules/msg5-review.toml; fixtures: fixtures/rules/MSG504-review-change/; see docs/rules.md#msg504.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.text.concepts import purpose_check

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.core.diagnostics import Finding
    from msglint.model.document import Document


def review_change(doc: Document, ctx: Context) -> Iterator[Finding]:
    """MSG504: asking to remove or update a review."""
    return purpose_check(doc, ctx)
