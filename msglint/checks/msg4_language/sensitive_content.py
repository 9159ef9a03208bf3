"""MSG405 sensitive-content: Profanity, insults, adult or violent language.

Pack entry: rules/msg4-wording.toml; fixtures: fixtures/rules/MSG405-sensitive-content/; see docs/rules.md#msg405.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.core.diagnostics import Finding
from msglint.text.language import message_language

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document


# ---- MSG405 ---------------------------------------------------------------------------------
def sensitive_content(doc: Document, ctx: Context) -> Iterator[Finding]:
    from msglint.text.phrases import find, languages_for

    template = str(ctx.data["message"])
    hits = find(doc, "MSG405", languages_for(ctx, doc), ctx.cache)
    # Words offensive in one language and ordinary in another (French "con" is Spanish and
    # Italian "with"): searched only in the language the message is written in.
    primary = message_language(doc, ctx.cache, ctx.languages)
    if primary is not None:
        taken = [(h.start, h.end) for h in hits]
        for h in find(doc, "MSG405-strict", (primary,), ctx.cache):
            if not any(s < h.end and h.start < e for s, e in taken):
                hits.append(h)
    hits.sort(key=lambda h: h.start)
    for h in hits:
        where = f" in the {h.field}" if h.field else ""
        yield Finding(h.start, h.end, template.format(phrase=h.text, where=where))
