"""MSG604 out-of-stock: A stock-out or delay notice, or an offer of an alternative product (cancel the order instead).

Pack entry: rules/msg6-purpose.toml; fixtures: fixtures/rules/MSG604-out-of-stock/; see docs/rules.md#msg604.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.core.diagnostics import Finding
from msglint.text.concepts import purpose_check

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document


def out_of_stock(doc: Document, ctx: Context) -> Iterator[Finding]:
    """MSG604: stock-out and delay notices, alternative offers."""
    return purpose_check(doc, ctx)
