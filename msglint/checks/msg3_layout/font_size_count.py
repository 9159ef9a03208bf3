"""MSG301 font-size-count: More than three distinct font sizes.

Pack entry: rules/msg3-layout.toml; fixtures: fixtures/rules/MSG301-font-size-count/; see docs/rules.md#msg301.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.checks.msg3_layout.shared import (
    SIZED_TAGS_IN_SELECTOR,
    TAG_PX,
    SizeKey,
    displays_none,
    font_size_token,
    font_tag_px,
    has_placeholder,
    size_of_token,
)
from msglint.checks.style import decls_by_element
from msglint.core.diagnostics import Finding

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document


def font_size_count(doc: Document, ctx: Context) -> Iterator[Finding]:
    """More than three distinct font sizes; reported once, where the first extra size appears."""
    limit = int(ctx.data["max-font-sizes"])
    by_element = decls_by_element(doc, ctx.cache)
    found: list[tuple[int, int, SizeKey, str]] = []  # start, end, key, label
    styled_tags: set[str] = set()
    for decl in doc.css:
        if decl.name not in ("font-size", "font") or has_placeholder(doc, decl.start, decl.end):
            continue
        if decl.element is None and decl.selector:
            styled_tags.update(SIZED_TAGS_IN_SELECTOR.findall(decl.selector.lower()))
        if decl.element is not None and displays_none(by_element.get(decl.element.index, ())):
            continue  # a hidden preheader's font-size:1px is no size anyone reads
        hit = font_size_token(decl)
        if hit is None:
            continue
        key = size_of_token(hit[0])
        if key is not None:
            found.append((decl.start, decl.end, key, hit[0].serialize()))
    for el in doc.elements:
        if el.tag not in TAG_PX and el.tag != "font":
            continue
        if any(d.name in ("font-size", "font") for d in by_element.get(el.index, ())):
            continue  # the inline size is counted instead of the tag's default
        if el.tag == "font":
            attr = el.attrs.get("size")
            px = font_tag_px(attr.value) if attr is not None else None
            if attr is not None and px is not None:
                found.append((attr.name_start, attr.end, ("px", px), f'<font size="{attr.value.strip()}">'))
        elif el.tag not in styled_tags:
            found.append((el.start, el.end, ("px", TAG_PX[el.tag]), f"<{el.tag}>"))
    if len(found) <= limit:
        return
    found.sort(key=lambda f: f[0])
    labels: dict[SizeKey, str] = {}
    first_extra: tuple[int, int] | None = None
    for start, end, key, label in found:
        if key in labels:
            continue
        labels[key] = label
        if len(labels) == limit + 1:
            first_extra = (start, end)
    if first_extra is not None:
        yield Finding(
            first_extra[0],
            first_extra[1],
            f"{len(labels)} font sizes ({', '.join(labels.values())}): "
            f"Amazon allows at most {limit} font sizes in a message",
        )
