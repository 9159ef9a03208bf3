"""MSG401 missing-order-number: No 17-digit Amazon order number and no order-number placeholder in the message.

Pack entry: rules/msg4-order.toml; fixtures: fixtures/rules/MSG401-missing-order-number/; see docs/rules.md#msg401.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.checks.msg4_language.order_shared import compile_any, localised_placeholder
from msglint.core.diagnostics import Finding
from msglint.market.orders import order_number
from msglint.model.dialects import split_words

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document


def missing_order_number(doc: Document, ctx: Context) -> Iterator[Finding]:
    body = doc.source[doc.body_start :]
    texts = [doc.text, *(value for _, value, _ in doc.fields)]
    if not body.strip() or not any(t.strip() for t in texts):
        return  # an empty message, or one made only of markup or placeholders: nothing to judge
    number = order_number(ctx.packs)
    if any(number.search(t) for t in texts):
        return
    sources = [body, *(value for _, value, _ in doc.fields)]
    for rx in (
        compile_any(tuple(ctx.data["order-placeholders"]), re.I),
        compile_any(tuple(ctx.config.order_placeholders), 0),
    ):
        if rx is not None and any(rx.search(s) for s in sources):
            return
    localised = localised_placeholder(str(ctx.data["localised-placeholder"]), ctx.packs)
    if localised is not None:
        from msglint.text.phrases import fold

        if any(localised.search(fold(s)) for s in sources):
            return
    if _named_order_placeholder(doc, tuple(ctx.data["order-placeholder-names"])):
        return
    yield Finding(
        doc.body_start,
        doc.body_start,
        "no Amazon order number: a proactive message must include the 17-digit order number "
        "(123-1234567-1234567) or an order-number placeholder (see order-placeholders)",
    )


def _named_order_placeholder(doc: Document, patterns: tuple[str, ...]) -> bool:
    """A placeholder of the template's dialect whose expression names the order number
    (``{$Bestellung->cBestellNr}``, ``${order.orderId}``, ``$order->get_order_number()``)."""
    rx = compile_any(patterns, 0)
    if rx is None:
        return False
    return any(
        sp.kind == "placeholder" and sp.name and rx.search("_".join(split_words(sp.name))) is not None
        for sp in doc.template
    )
