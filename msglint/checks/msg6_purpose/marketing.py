"""MSG601 marketing: Promotion: coupons, discount codes, other products, 'follow us', newsletters, social media links.

Pack entry: rules/msg6-purpose.toml; fixtures: fixtures/rules/MSG601-marketing/; see docs/rules.md#msg601.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.checks.msg6_purpose.shared import URL_ATTRS, host_matches, host_of, is_host
from msglint.core.diagnostics import Finding
from msglint.text.concepts import purpose_check

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document


def marketing(doc: Document, ctx: Context) -> Iterator[Finding]:
    """MSG601: promotional phrases, plus links to (and host names of) social networks."""
    yield from purpose_check(doc, ctx)
    hosts = tuple(h.lower() for h in ctx.data["social-hosts"])
    if not hosts:
        return
    template = str(ctx.data["social-message"])
    seen: set[int] = set()
    for el in doc.elements:
        for name in URL_ATTRS:
            attr = el.attrs.get(name)
            if attr is None or attr.has_placeholder:
                continue
            h = is_host(host_of(attr.value), hosts)
            if h is not None:
                seen.add(attr.start)
                yield Finding(attr.start, attr.end, template.format(host=h))
    for m in host_matches(hosts, doc.text):
        s, e = doc.text_span(m.start(), m.end())
        if s in seen:
            continue
        h = is_host(m.group().lower(), hosts)
        if h is not None:
            yield Finding(s, e, template.format(host=h))
