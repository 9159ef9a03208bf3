"""MSG105 oversized-image: An image wider than 80 % of the maximum message width (max-width-px, default 600).

Pack entry: rules/msg1-media.toml; fixtures: fixtures/rules/MSG105-oversized-image/; see docs/rules.md#msg105.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.checks.msg1_media.shared import is_image_element
from msglint.checks.style import decls_by_element, fmt_px, html_length, significant, token_px
from msglint.core.diagnostics import Finding

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document


# ---- MSG105 oversized-image ---------------------------------------------------------------------
def oversized_image(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Images wider than a share (80 %) of the message width, by ``width=`` or inline CSS."""
    ratio = float(ctx.data["max-image-ratio"])
    max_width = int(ctx.data["max-width-px"])
    limit = ratio * max_width
    by_element = decls_by_element(doc, ctx.cache)
    for el in doc.elements:
        if not is_image_element(el):
            continue
        width: tuple[float, bool, int, int] | None = None  # value, is %, span
        cap: float | None = None
        attr = el.attrs.get("width")
        if attr is not None and (parsed := html_length(attr.value)) is not None:
            width = (parsed[0], parsed[1], attr.name_start, attr.end)
        for decl in by_element.get(el.index, ()):
            toks = significant(decl)
            if decl.name not in ("width", "max-width") or len(toks) != 1:
                continue
            tok = toks[0][0]
            if decl.name == "max-width":
                cap = token_px(tok)
            elif tok.type == "percentage":
                width = (float(tok.value), True, decl.start, decl.end)
            elif tok.type == "ident" and tok.lower_value == "auto":
                width = None  # CSS overrides the width attribute: the image's own size, unknown here
            elif (px := token_px(tok)) is not None:
                width = (px, False, decl.start, decl.end)
        if width is None:
            continue
        value, percent, start, end = width
        if percent:
            if value > ratio * 100 and (cap is None or cap > limit):
                yield Finding(
                    start,
                    end,
                    f"image {value:g}% wide: images may be at most {ratio * 100:g} % of the message width",
                )
        elif value > limit and (cap is None or cap > limit):
            shown = min(value, cap) if cap is not None else value
            yield Finding(
                start,
                end,
                f"image {fmt_px(shown)} wide: images may be at most {ratio * 100:g} % of the "
                f"{max_width}px message width ({fmt_px(limit)})",
            )
