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
    from msglint.model.document import CssDecl, Document, Element

_UNKNOWN = -1.0  # a container whose width is a placeholder


def _own_width(el: Element, decls: list[CssDecl]) -> tuple[float, bool] | None:
    """The width an element declares: (value, is percentage), (_UNKNOWN, False) when it is a
    placeholder, None when it declares none. CSS wins over the attribute; a px max-width caps."""
    width: tuple[float, bool] | None = None
    attr = el.attrs.get("width")
    if attr is not None:
        parsed = html_length(attr.value)
        if parsed is not None:
            width = parsed
        elif attr.has_placeholder or attr.value.strip():
            width = (_UNKNOWN, False)
    cap: float | None = None
    for decl in decls:
        toks = significant(decl)
        if decl.name not in ("width", "max-width") or len(toks) != 1:
            continue
        tok = toks[0][0]
        if decl.name == "max-width":
            cap = token_px(tok)
        elif tok.type == "percentage":
            width = (float(tok.value), True)
        elif (px := token_px(tok)) is not None:
            width = (px, False)
    if cap is not None and (width is None or width[1] or width[0] > cap):
        return (cap, False)
    return width


def container_width(
    el: Element, by_element: dict[int, list[CssDecl]], message_width: float
) -> tuple[float | None, Element | None]:
    """The width in px of the box ``el`` sits in: the nearest ancestor that declares a width
    (percentages resolved through their own containers), else the message. (None, ancestor)
    when a width on the way is a placeholder."""
    factor = 1.0
    node = el.parent
    while node is not None:
        own = _own_width(node, by_element.get(node.index, []))
        if own is not None:
            value, percent = own
            if value == _UNKNOWN:
                return None, node
            if not percent:
                return factor * value, node
            factor *= value / 100
        node = node.parent
    return factor * message_width, None


# ---- MSG105 oversized-image ---------------------------------------------------------------------
def oversized_image(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Images wider than a share (80 %) of the message width, by ``width=`` or inline CSS; a
    percentage is taken of the nearest box that declares a width (a 150 px table cell, a
    ``max-width`` container), else of the message."""
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
            box, container = container_width(el, by_element, max_width)
            if box is None:
                continue  # inside a box whose width is filled in later
            px = value / 100 * box
            if px > limit and (cap is None or cap > limit):
                if container is None:
                    message = f"image {value:g}% wide: images may be at most {ratio * 100:g} % of the message width"
                else:
                    message = (
                        f"image {value:g}% of its {fmt_px(box)} wide <{container.tag}> ({fmt_px(px)}): images may be "
                        f"at most {ratio * 100:g} % of the {max_width}px message width ({fmt_px(limit)})"
                    )
                yield Finding(start, end, message)
        elif value > limit and (cap is None or cap > limit):
            shown = min(value, cap) if cap is not None else value
            yield Finding(
                start,
                end,
                f"image {fmt_px(shown)} wide: images may be at most {ratio * 100:g} % of the "
                f"{max_width}px message width ({fmt_px(limit)})",
            )
