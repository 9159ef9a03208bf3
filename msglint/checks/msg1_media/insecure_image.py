"""MSG103 insecure-image: An image loaded over http:// instead of https://.

Pack entry: rules/msg1-media.toml; fixtures: fixtures/rules/MSG103-insecure-image/; see docs/rules.md#msg103.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.checks.msg1_media.shared import image_refs, short
from msglint.core.diagnostics import Edit, Finding, Fix
from msglint.market.hosts import is_amazon, split_url

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document


# ---- MSG103 insecure-image ----------------------------------------------------------------------
def insecure_image(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Images fetched over plain http; only Amazon's own hosts are upgraded by the fix."""
    for ref in image_refs(doc, ctx.cache):
        url = ref.url.strip()
        if url[:7].lower() != "http://":
            continue
        host = split_url(url)[1]
        fix = None
        upgradable = ref.exact and doc.source[ref.start : ref.start + 5].lower() == "http:"
        if upgradable and host and is_amazon(host, ctx.packs):
            fix = Fix("load the image over https://", (Edit(ref.start, ref.start + 5, "https:"),))
        yield Finding(
            ref.start,
            ref.end,
            f"image {short(url)!r} is loaded over http://: Amazon does not allow insecure images, use https://",
            fix,
        )
