"""MSG303 font-override: An override of Amazon's default line height, font family or font colour.

Pack entry: rules/msg3-layout.toml; fixtures: fixtures/rules/MSG303-font-override/; see docs/rules.md#msg303.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.checks.msg3_layout.shared import short
from msglint.checks.style import CSS_WIDE, attribute_removal, declaration_removal, significant
from msglint.core.diagnostics import Finding, Fix

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document


# ---- MSG303 font-override -----------------------------------------------------------------------
def font_override(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Own font family, font colour or line height (CSS, ``<font face/color>``, ``<body text>``)."""
    properties: dict[str, str] = dict(ctx.data["properties"])
    attributes: dict[str, dict[str, str]] = dict(ctx.data["attributes"])
    neutral = CSS_WIDE | {"currentcolor"}
    for decl in doc.css:
        what = properties.get(decl.name)
        if what is None:
            continue
        toks = significant(decl)
        if not toks or (len(toks) == 1 and toks[0][0].type == "ident" and toks[0][0].lower_value in neutral):
            continue
        yield Finding(
            decl.start,
            decl.end,
            f"{decl.name}: {short(decl.value)} overrides Amazon's default {what}: remove it",
            Fix(f"remove the {decl.name} declaration", declaration_removal(doc, decl, ctx.cache)),
        )
    for el in doc.elements:
        names = attributes.get(el.tag)
        if not names:
            continue
        for name, what in names.items():
            attr = el.attrs.get(name)
            if attr is None or not attr.value.strip():
                continue
            yield Finding(
                attr.name_start,
                attr.end,
                f'{name}="{short(attr.value)}" on <{el.tag}> overrides Amazon\'s default {what}: remove it',
                Fix(f"remove the {name} attribute", attribute_removal(doc, attr)),
            )
