"""MSG401: a proactive message must carry the buyer's 17-digit Amazon order number.

A template rarely contains the number itself: it contains the placeholder that the sending tool
fills in (``{{ order_id }}``, ``[[order-id]]``, ``%ORDER_ID%``...). Placeholders are blank in
``doc.text``, so they are looked for in the source; the default shapes are pack data
(``order-placeholders``, case-insensitive) and the user adds their own with the
``order-placeholders`` setting (regexes, used as written).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from msglint.core.diagnostics import Finding

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document


@cache
def _rx(patterns: tuple[str, ...], flags: int) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


def missing_order_number(doc: Document, ctx: Context) -> Iterator[Finding]:
    body = doc.source[doc.body_start :]
    texts = [doc.text, *(value for _, value, _ in doc.fields)]
    if not body.strip() or not any(t.strip() for t in texts):
        return  # an empty message, or one made only of markup or placeholders: nothing to judge
    number = _rx(tuple(ctx.data.get("order-number", ())), 0)
    if number is not None and any(number.search(t) for t in texts):
        return
    sources = [body, *(value for _, value, _ in doc.fields)]
    for rx in (
        _rx(tuple(ctx.data.get("order-placeholders", ())), re.I),
        _rx(tuple(ctx.config.order_placeholders), 0),
    ):
        if rx is not None and any(rx.search(s) for s in sources):
            return
    yield Finding(
        doc.body_start,
        doc.body_start,
        "no Amazon order number: a proactive message must include the 17-digit order number "
        "(123-1234567-1234567) or an order-number placeholder (see order-placeholders)",
    )
