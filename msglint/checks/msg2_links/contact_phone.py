"""MSG205 contact-phone: A phone number in the text, or a tel:/sms:/WhatsApp link.

Pack entry: rules/msg2-links.toml; fixtures: fixtures/rules/MSG205-contact-phone/; see docs/rules.md#msg205.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.checks.msg2_links.shared import email_spans, inside, links, phone_message, phone_spans, url_text_spans
from msglint.core.diagnostics import Finding
from msglint.market.hosts import normalise_host, under

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document


def contact_phone(doc: Document, ctx: Context) -> Iterator[Finding]:
    schemes = frozenset(ctx.data["phone-schemes"])
    hosts = frozenset(normalise_host(h) for h in ctx.data["phone-hosts"])
    reported: list[tuple[int, int]] = []
    for lk in links(doc, ctx):
        if lk.scheme in schemes or (lk.host is not None and under(lk.host, hosts)):
            if lk.element is not None and lk.element.tag == "a":
                reported.append((lk.element.end, lk.element.inner_end()))
            kind = "WhatsApp" if lk.host is not None or lk.scheme == "whatsapp" else f"{lk.scheme}:"
            yield Finding(
                lk.start,
                lk.end,
                f"{kind} link: a message may not contain phone numbers (buyers answer through Buyer-Seller Messaging)",
            )
    text = doc.text
    skip = list(url_text_spans(doc, ctx))
    if "@" in text:
        skip.extend(email_spans(text, frozenset(), ctx.packs))
    for s, e in phone_spans(text, ctx, skip):
        ss, se = doc.text_span(s, e)
        if inside(ss, reported):
            continue
        yield Finding(ss, se, phone_message(text[s:e], ""))
    for name, value, offset in doc.fields:
        for s, e in phone_spans(value, ctx, []):
            yield Finding(offset + s, offset + e, phone_message(value[s:e], f" in the {name}"))
