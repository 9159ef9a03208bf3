"""MSG204 contact-email: An e-mail address in the text or a mailto: link.

Pack entry: rules/msg2-links.toml; fixtures: fixtures/rules/MSG204-contact-email/; see docs/rules.md#msg204.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING
from urllib.parse import unquote

from msglint.checks.msg2_links.shared import (
    CONTACT_SCHEMES_EMAIL,
    email_message,
    email_spans,
    inside,
    links,
    url_text_spans,
)
from msglint.core.diagnostics import Finding

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document


def contact_email(doc: Document, ctx: Context) -> Iterator[Finding]:
    not_tlds = frozenset(t.lower() for t in ctx.data["not-tlds"])
    reported: list[tuple[int, int]] = []
    for lk in links(doc, ctx):
        if lk.scheme in CONTACT_SCHEMES_EMAIL:
            if lk.element is not None and lk.element.tag == "a":
                reported.append((lk.element.end, lk.element.inner_end()))
            address = lk.url.split(":", 1)[1].split("?", 1)[0]
            yield Finding(
                lk.start,
                lk.end,
                f"mailto: link{' to ' + unquote(address) if address else ''}: a message may not "
                "contain e-mail addresses (buyers answer through Buyer-Seller Messaging)",
            )
    text = doc.text
    urls = url_text_spans(doc, ctx)
    for s, e in email_spans(text, not_tlds, ctx.packs):
        if any(us <= s < ue for us, ue in urls):
            continue  # user names and "@handles" inside URLs
        ss, se = doc.text_span(s, e)
        if inside(ss, reported):
            continue
        yield Finding(ss, se, email_message(text[s:e], ""))
    for name, value, offset in doc.fields:
        for s, e in email_spans(value, not_tlds, ctx.packs):
            yield Finding(offset + s, offset + e, email_message(value[s:e], f" in the {name}"))
