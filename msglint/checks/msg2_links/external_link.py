"""MSG201 external-link: A link to a site other than Amazon that is not on the allowed-domains list.

Pack entry: rules/msg2-links.toml; fixtures: fixtures/rules/MSG201-external-link/; see docs/rules.md#msg201.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.checks.msg2_links.shared import allowed_domains, links, placeholder_is_external
from msglint.core.diagnostics import Finding
from msglint.market.hosts import is_amazon, under

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document


# ---- MSG201 external-link ---------------------------------------------------------------------
def external_link(doc: Document, ctx: Context) -> Iterator[Finding]:
    allowed = allowed_domains(ctx.config.allowed_domains)
    for lk in links(doc, ctx):
        if lk.placeholder and placeholder_is_external(lk, ctx):
            what = "your shop" if lk.own_site else "a placeholder address"
            yield Finding(
                lk.start,
                lk.end,
                f"link to {what} ({lk.placeholder}): only links to Amazon and to the allowed-domains list "
                "may appear in a message, not links to the seller's own site",
            )
            continue
        if lk.host is None or is_amazon(lk.host, ctx.packs) or under(lk.host, allowed):
            continue
        trick = ""
        netloc = lk.url.split("//", 1)[-1].split("/", 1)[0]
        if "@" in netloc:
            trick = f" (the part before '@' is a user name, the link goes to {lk.shown_host})"
        yield Finding(
            lk.start,
            lk.end,
            f"link to {lk.shown_host}{trick}: only links to Amazon and to the allowed-domains "
            "list may appear in a message",
        )
