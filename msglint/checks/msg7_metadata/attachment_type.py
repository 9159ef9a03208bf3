"""MSG702 attachment-type: An attachment other than product instructions, warranty information or an invoice (or
more than 5 through the Selling Partner API).

Pack entry: rules/msg7-metadata.toml; fixtures: fixtures/rules/MSG702-attachment-type/; see docs/rules.md#msg702.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.core.diagnostics import Finding

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document


def attachment_type(doc: Document, ctx: Context) -> Iterator[Finding]:
    if doc.front_matter is None and doc.meta.get("mail") is None:
        return  # no attachment can be named (shared.attachments); its module is not imported (#14)
    from msglint.checks.msg7_metadata.shared import attachments, compact, keywords, kind_of, value

    atts = attachments(doc)
    if not atts:
        return
    data = ctx.data
    words = keywords(ctx.packs)
    allowed = "product instructions, warranty information and invoices"
    for att in atts:
        shown = repr(att.name) if att.name else f"({att.content_type or 'unnamed'})"
        kind = kind_of(att, data)
        if kind:
            yield Finding(att.start, att.end, f"attachment {shown} is {kind}: only {allowed} may be attached")
            continue
        # Substring of the name without separators: "Bedienungsanleitung" holds "anleitung",
        # "mode-d-emploi" holds "mode d'emploi" (a lenient test: a false alarm costs more).
        name = compact(att.name)
        if not any(k in name for k in words):
            yield Finding(
                att.start,
                att.end,
                f"attachment {shown}: its name does not say it is product instructions, warranty "
                f"information or an invoice, the only attachments Amazon permits",
            )
    fm = doc.front_matter
    channel = value(doc, "channel") if fm else None
    limit = int(data["sp-api-max-attachments"])
    if channel == "sp-api" and len(atts) > limit:
        extra = atts[limit]
        yield Finding(
            extra.start,
            extra.end,
            f"{len(atts)} attachments: the Selling Partner API takes at most {limit} per message",
        )
