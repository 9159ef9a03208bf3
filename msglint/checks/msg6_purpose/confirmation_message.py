"""MSG602 confirmation-message: An order, shipping, delivery or refund confirmation (Amazon already sends them).

Pack entry: rules/msg6-purpose.toml; fixtures: fixtures/rules/MSG602-confirmation-message/; see docs/rules.md#msg602.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.core.diagnostics import Finding
from msglint.text.concepts import purpose_check

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document


def confirmation_message(doc: Document, ctx: Context) -> Iterator[Finding]:
    """MSG602: order, shipping, delivery or refund confirmations (problems excepted by data)."""
    return purpose_check(doc, ctx)
