"""MSG102 animated-image: A GIF image: a .gif source, a data:image/gif URL or a CSS url() to a GIF.

Pack entry: rules/msg1-media.toml; fixtures: fixtures/rules/MSG102-animated-image/; see docs/rules.md#msg102.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.checks.msg1_media.shared import image_refs, path, short
from msglint.core.diagnostics import Finding

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document


# ---- MSG102 animated-image ----------------------------------------------------------------------
def animated_image(doc: Document, ctx: Context) -> Iterator[Finding]:
    """GIF images: a ``.gif`` path (query strings allowed) or a ``data:image/gif`` URL."""
    extensions = tuple(ctx.data["gif-extensions"])
    data_types = tuple(ctx.data["gif-data-types"])
    for ref in image_refs(doc, ctx.cache):
        lower = ref.url.strip().lower()
        if lower.startswith(data_types) or (not lower.startswith("data:") and path(lower).endswith(extensions)):
            yield Finding(
                ref.start,
                ref.end,
                f"GIF image {short(ref.url)!r}: Amazon does not allow GIFs or animated images in messages",
            )
