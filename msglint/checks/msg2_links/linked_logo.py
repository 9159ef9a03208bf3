"""MSG206 linked-logo: An image (a logo) wrapped in a link to a site other than Amazon.

Pack entry: rules/msg2-links.toml; fixtures: fixtures/rules/MSG206-linked-logo/; see docs/rules.md#msg206.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.checks.msg2_links.shared import Link, linked_images, links, placeholder_is_external
from msglint.core.diagnostics import Finding
from msglint.market.hosts import is_amazon

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document


def linked_logo(doc: Document, ctx: Context) -> Iterator[Finding]:
    anchors: dict[int, Link] = {
        lk.element.index: lk
        for lk in links(doc, ctx)
        if lk.element is not None
        and lk.element.tag == "a"
        and (
            (lk.host is not None and not is_amazon(lk.host, ctx.packs))
            or (bool(lk.placeholder) and placeholder_is_external(lk, ctx))
        )
    }
    if not anchors:
        return
    for el, lk in sorted(linked_images(doc, anchors), key=lambda pair: pair[0].start):
        what = "image" if el.tag == "img" else f"background image of <{el.tag}>"
        where = lk.shown_host if lk.host is not None else f"your shop ({lk.placeholder})"
        if lk.host is None and not lk.own_site:
            where = f"a placeholder address ({lk.placeholder})"
        yield Finding(
            el.start,
            el.end,
            f"{what} linked to {where}: a logo or image may not link to your website",
        )
