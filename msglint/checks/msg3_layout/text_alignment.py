"""MSG302 text-alignment: A centred body or another override of the default text alignment.

Pack entry: rules/msg3-layout.toml; fixtures: fixtures/rules/MSG302-text-alignment/; see docs/rules.md#msg302.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.checks.msg3_layout.shared import allowed_alignments, center_fix, in_rtl
from msglint.checks.style import attribute_removal, declaration_removal, significant
from msglint.core.diagnostics import Finding, Fix

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document


def text_alignment(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Centred or otherwise re-aligned text: ``text-align``, ``align=`` and ``<center>``."""
    allowed = allowed_alignments(ctx)
    rtl_allowed = frozenset(v.lower() for v in ctx.data["rtl-default-alignments"])
    align_tags = frozenset(t.lower() for t in ctx.data["align-attribute-tags"])
    why = "Amazon does not allow centred messages or changes to the default text alignment"
    for decl in doc.css:
        if decl.name != "text-align":
            continue
        toks = significant(decl)
        if len(toks) != 1 or toks[0][0].type != "ident" or toks[0][0].lower_value in allowed:
            continue
        if toks[0][0].lower_value in rtl_allowed and in_rtl(decl.element):
            continue
        yield Finding(
            decl.start,
            decl.end,
            f"text-align: {toks[0][0].value} overrides the text alignment: {why}",
            Fix("remove the text-align declaration", declaration_removal(doc, decl, ctx.cache)),
        )
    for el in doc.elements:
        if el.tag == "center":
            yield Finding(el.start, el.end, f"<center> centres the text: {why}", center_fix(doc, el))
            continue
        attr = el.attrs.get("align")
        if attr is None or el.tag not in align_tags:
            continue
        value = attr.value.strip().lower()
        if not value or value in allowed or attr.has_placeholder or (value in rtl_allowed and in_rtl(el)):
            continue
        yield Finding(
            attr.name_start,
            attr.end,
            f'align="{value}" on <{el.tag}> overrides the text alignment: {why}',
            Fix("remove the align attribute", attribute_removal(doc, attr)),
        )
