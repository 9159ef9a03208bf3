"""MSG202 insecure-link: A link over http:// (Amazon and allowed domains included).

Pack entry: rules/msg2-links.toml; fixtures: fixtures/rules/MSG202-insecure-link/; see docs/rules.md#msg202.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.checks.msg2_links.shared import links
from msglint.core.diagnostics import Edit, Finding, Fix
from msglint.market.hosts import is_amazon

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document


# ---- MSG202 insecure-link ---------------------------------------------------------------------
def insecure_link(doc: Document, ctx: Context) -> Iterator[Finding]:
    src = doc.source
    for lk in links(doc, ctx):
        if lk.scheme != "http":
            continue
        fix = None
        if lk.host is not None and is_amazon(lk.host, ctx.packs) and src[lk.start : lk.start + 5].lower() == "http:":
            fix = Fix("use https://", (Edit(lk.start, lk.start + 4, "https"),))
        where = lk.shown_host or "a templated host"
        yield Finding(
            lk.start,
            lk.end,
            f"insecure http:// link to {where}: links in a message must use https://",
            fix,
        )
