"""MSG503 review-gating: A review requested only from satisfied buyers, or unhappy buyers steered away from reviewing.

Pack entry: rules/msg5-review.toml; fixtures: fixtures/rules/MSG503-review-gating/; see docs/rules.md#msg503.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.text.concepts import purpose_check

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.core.diagnostics import Finding
    from msglint.model.document import Document


def review_gating(doc: Document, ctx: Context) -> Iterator[Finding]:
    """MSG503: reviews only from satisfied buyers."""
    return purpose_check(doc, ctx)
