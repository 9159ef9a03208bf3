"""MSG501 review-incentive: Compensation offered for a review: money, gift cards, free or discounted products,
refunds, coupons, future benefits.

Pack entry: rules/msg5-review.toml; fixtures: fixtures/rules/MSG501-review-incentive/; see docs/rules.md#msg501.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.text.concepts import purpose_check

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.core.diagnostics import Finding
    from msglint.model.document import Document


def review_incentive(doc: Document, ctx: Context) -> Iterator[Finding]:
    """MSG501: compensation for a review (only in messages that mention reviews)."""
    return purpose_check(doc, ctx)
