"""MSG705 marketplace-recipient: A mail to a marketplace buyer alias (Amazon, eBay) that the marketplace does not
permit, such as a shop's shipping notification.

Pack entry: rules/msg7-metadata.toml;
fixtures: fixtures/rules/MSG705-marketplace-recipient/; see docs/rules.md#msg705.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.checks.msg7_metadata.mail_shared import mail_evidence, shop_system
from msglint.core.diagnostics import Finding

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document
    from msglint.model.mail import Mail


def marketplace_recipient(doc: Document, ctx: Context) -> Iterator[Finding]:
    mail: Mail | None = doc.meta.get("mail")
    if mail is None or not mail.aliases:
        return
    key = f"{ctx.rule.code}.evidence"
    if key not in mail.cache:
        mail.cache[key] = mail_evidence(mail, ctx)
    evidence: list[str] = mail.cache[key]
    if not evidence:
        return
    alias, rcpt = mail.aliases[0]
    shop = shop_system(mail, ctx.data)
    sent_by = f", sent by {shop}" if shop else ""
    more = len(mail.aliases) - 1
    others = f" (and {more} more alias{'es' if more > 1 else ''})" if more else ""
    relay = alias.relay if not alias.configured else "the marketplace"
    address = alias.address if len(alias.address) <= 60 else alias.address[:57] + "..."
    yield Finding(
        rcpt.start,
        rcpt.end,
        # short enough to read in a terminal or a mail log (under 200 characters); the evidence is the note
        f"do not send this mail: it is a shop notification to the marketplace buyer alias {address}{others}, "
        f"and {relay} does not permit these",
        note=f"{alias.describe()}; found: {'; '.join(evidence[:3])}{sent_by}. Marketplaces do not permit order, "
        "shipping or delivery confirmations, tracking links, stock-out notices or marketing to their buyers.",
    )
