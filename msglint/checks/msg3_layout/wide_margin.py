"""MSG305 wide-margin: A margin or padding wider than 20 % of the maximum message width (max-width-px, default 600).

Pack entry: rules/msg3-layout.toml; fixtures: fixtures/rules/MSG305-wide-margin/; see docs/rules.md#msg305.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.checks.style import fmt_px, html_length, significant, token_px
from msglint.core.diagnostics import Finding

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document


# ---- MSG305 wide-margin -------------------------------------------------------------------------
def wide_margin(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Margins or padding over a share (20 %) of the message width, in CSS or HTML attributes."""
    ratio = float(ctx.data["max-margin-ratio"])
    max_width = int(ctx.data["max-width-px"])
    limit = ratio * max_width
    properties = frozenset(ctx.data["properties"])
    attributes: dict[str, list[str]] = dict(ctx.data["attributes"])
    tail = f"wider than {ratio * 100:g} % of the {max_width}px message width ({fmt_px(limit)})"
    pct_tail = f"wider than {ratio * 100:g} % of the message width"
    for decl in doc.css:
        if decl.name not in properties:
            continue
        for tok, _off in significant(decl):
            if tok.type == "percentage" and tok.value > ratio * 100:
                message = f"{decl.name} of {tok.serialize()} is {pct_tail}"
            elif (px := token_px(tok)) is not None and px > limit:
                message = f"{decl.name} of {tok.serialize()} is {tail}"
            else:
                continue
            yield Finding(decl.start, decl.end, message)
            break  # one finding per declaration, for its first offending value
    for el in doc.elements:
        for name in attributes.get(el.tag, ()):
            attr = el.attrs.get(name)
            parsed = html_length(attr.value) if attr is not None else None
            if attr is None or parsed is None:
                continue
            value, percent = parsed
            if (percent and value > ratio * 100) or (not percent and value > limit):
                shown = f"{value:g}%" if percent else fmt_px(value)
                yield Finding(
                    attr.name_start,
                    attr.end,
                    f'{name}="{attr.value.strip()}" on <{el.tag}> sets a margin of {shown}, '
                    f"{pct_tail if percent else tail}",
                )
