"""MSG104 tracking-pixel: A tracking pixel or hidden image: a 0/1-pixel image, an image hidden by CSS, an open-
tracking beacon.

Pack entry: rules/msg1-media.toml; fixtures: fixtures/rules/MSG104-tracking-pixel/; see docs/rules.md#msg104.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.checks.msg1_media.shared import (
    ImageRef,
    beacon_patterns,
    hidden_by,
    image_refs,
    is_image_element,
    is_pixel,
    path,
    pixel_size,
    revealed_classes,
    short,
    size_text,
)
from msglint.checks.style import decls_by_element
from msglint.core.diagnostics import Edit, Finding, Fix

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document, Element


def tracking_pixel(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Tracking pixels: 0/1-pixel images, hidden images and known open-tracking beacon paths."""
    beacon = beacon_patterns(tuple(ctx.data["beacon-paths"]))
    refs = image_refs(doc, ctx.cache)
    by_element = decls_by_element(doc, ctx.cache)
    revealed = revealed_classes(doc) if doc.style_blocks else frozenset()
    # (reason, tag) of the nearest hidden element at or above each element, computed once per chain
    memo: dict[int, tuple[str, str] | None] = {}

    def hidden(el: Element) -> str | None:
        chain: list[Element] = []
        node: Element | None = el
        found: tuple[str, str] | None = None
        while node is not None:
            if node.index in memo:
                found = memo[node.index]
                break
            chain.append(node)
            own = hidden_by(node, by_element, revealed)
            if own is not None:
                found = (own, node.tag)
                break
            node = node.parent
        for n in chain:
            memo[n.index] = found
        if found is None:
            return None
        own_reason = hidden_by(el, by_element, revealed)
        return own_reason if own_reason is not None else f"{found[0]} on the enclosing <{found[1]}>"

    beacons: dict[int, str] = {}
    other: list[ImageRef] = []
    for ref in refs:
        if beacon is None or ref.url[:5].lower() == "data:" or not beacon.search(path(ref.url)):
            continue
        if ref.element is not None and is_image_element(ref.element) and ref.where == "src":
            beacons.setdefault(ref.element.index, ref.url)
        else:
            other.append(ref)
    for el in doc.elements:
        if not is_image_element(el):
            continue
        url = beacons.get(el.index)
        reason: str | None = None
        if url is not None:
            reason = f"open-tracking beacon {short(url)!r}"
        else:
            w, h = pixel_size(el, by_element.get(el.index, []))
            if is_pixel(w, h):
                reason = size_text(w, h)
            else:
                why = hidden(el)
                if why is not None:
                    reason = f"image hidden by {why}"
        if reason is not None:
            yield Finding(
                el.start,
                el.end,
                f"tracking pixel ({reason}): Amazon does not allow tracking pixels or images",
                Fix("remove the tracking pixel", (Edit(el.start, el.end, ""),)),
            )
    for ref in other:
        yield Finding(
            ref.start,
            ref.end,
            f"tracking pixel (open-tracking beacon {short(ref.url)!r}): "
            "Amazon does not allow tracking pixels or images",
        )
