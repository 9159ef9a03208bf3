"""MSG701 proactive-window: A proactive message scheduled over 30 days after order completion, or a review request
earlier than 5 days after delivery.

Pack entry: rules/msg7-metadata.toml; fixtures: fixtures/rules/MSG701-proactive-window/; see docs/rules.md#msg701.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.core.diagnostics import Finding

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document


# ---- MSG701 proactive-window ------------------------------------------------------------------
def proactive_window(doc: Document, ctx: Context) -> Iterator[Finding]:
    fm = doc.front_matter
    entry = fm.entries.get("send-after") if fm else None
    if entry is None:
        return
    # only when needed (#14: the shared module costs ~4 ms of a one-file run)
    from msglint.checks.msg7_metadata.shared import fmt_days, items, parse_send_after, value, vocabulary

    data = ctx.data
    max_days = float(data["max-days-after-completion"])
    slack = float(data["earlier-event-slack-days"])
    min_review = float(data["review-min-days-after-delivery"])
    is_review = value(doc, "reason") in vocabulary().get("review-reasons", ())
    for it in items(doc.source, entry):
        d = parse_send_after(it.value)
        if isinstance(d, str):
            continue  # MSG004 reports it
        late = d.days > max_days if d.event == "delivery" else d.days > max_days + slack
        if late:
            yield Finding(
                it.start,
                it.end,
                f"scheduled {fmt_days(d.days)} after {d.anchor}: proactive messages may only be sent "
                f"within {fmt_days(max_days)} of order completion",
            )
        elif is_review and d.days < min_review:
            # Order and shipment come before delivery: earlier after them is earlier after delivery.
            yield Finding(
                it.start,
                it.end,
                f"review request scheduled {fmt_days(d.days)} after {d.anchor}: Amazon allows review "
                f"requests from {fmt_days(min_review)} to {fmt_days(max_days)} after delivery",
            )
