"""MSG502 review-bias: A request for a positive or 5-star review, or other non-neutral wording of a review request.

Pack entry: rules/msg5-review.toml; fixtures: fixtures/rules/MSG502-review-bias/; see docs/rules.md#msg502.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.text.concepts import purpose_check

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.core.diagnostics import Finding
    from msglint.model.document import Document


def review_bias(doc: Document, ctx: Context) -> Iterator[Finding]:
    """MSG502: asking for positive reviews."""
    return purpose_check(doc, ctx)
