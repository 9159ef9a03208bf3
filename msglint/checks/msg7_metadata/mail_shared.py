"""MSG705: a mail to a marketplace buyer alias that the marketplace does not permit.

Shop systems (Shopify, WooCommerce, PrestaShop...) send order, shipping and delivery
notifications on their own; when the order was imported from a marketplace, the recipient is
the buyer's alias and the marketplace relays (and keeps) a message its rules forbid. The check
reads the whole mail (``doc.meta["mail"]``, see ``msglint/model/mail.py``): subject and body
wording of shop notifications (sections ``MSG705-*`` of ``rules/lang/<lang>.toml``), carrier
tracking links (the rule's ``[rule.data]``), and the
wording sections of other rules (``MSG602`` confirmations, ``MSG601`` marketing) in
``rules/lang/<lang>.toml`` when they exist. A shop's ``X-Mailer`` is named in the message
but never decides on its own. The decision is made once per mail and reported at the first
alias recipient.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.core.packs import Packs
    from msglint.model.document import Document
    from msglint.model.mail import Mail

_URL = re.compile(r"https?://[^\s<>\"'()]{1,500}", re.I)


#: Sections of rules/lang/<lang>.toml: notification subjects, body wording, problems named.
SUBJECT, BODY, PROBLEM = "MSG705-subject", "MSG705-body", "MSG705-problem"


def first_match(name: str, text: str, packs: Packs | None = None) -> tuple[int, int] | None:
    """The leftmost match of section ``name`` in ``text``, in every language that has it (a
    shop writes to marketplace buyers in any language); at one position, the first language
    and pattern in file order. None when nothing matches."""
    from msglint.text.phrases import sections

    best: tuple[int, int] | None = None
    for sec in sections(name, packs=packs):
        m = sec.search(text)
        if m is not None and (best is None or m.start() < best[0]):
            best = m.span()
    return best


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


@cache
def tracking_entries(entries: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    out = []
    for e in entries:
        host, _, frag = e.lower().partition("/")
        out.append((host, frag))
    return tuple(out)


def tracking_host(url: str, entries: tuple[tuple[str, str], ...]) -> str | None:
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    host = (parts.hostname or "").lower().rstrip(".")
    path = (parts.path + ("?" + parts.query if parts.query else "")).lower()
    for h, frag in entries:
        if (host == h or host.endswith("." + h)) and (not frag or frag in path):
            return host
    return None


def _links(doc: Document, limit: int) -> Iterator[str]:
    for el in doc.iter_tag("a", "area"):
        href = el.get("href")
        if href:
            yield href
    for m in _URL.finditer(doc.text, 0, limit):
        yield m.group()


def shop_system(mail: Mail, data: dict[str, Any]) -> str | None:
    """The shop system named by the mail's headers (``X-Mailer``...), for the message."""
    names: dict[str, str] = data["shop-systems"]
    for header in data["shop-headers"]:
        for value in mail.headers.get(header, ()):
            low = value.lower()
            for needle, name in names.items():
                if needle in low:
                    return name
    return None


def mail_evidence(mail: Mail, ctx: Context) -> list[str]:
    """Why the mail is not permitted, most telling first; [] when nothing says so."""
    data = ctx.data
    out: list[str] = []
    limit = int(data["max-scan-chars"])  # a notification says what it is early
    if mail.subject:
        span = first_match(SUBJECT, mail.subject[:limit], ctx.packs)
        if span:
            out.append(f"subject {_short(mail.subject[span[0] : span[1]])!r}")
    body = True
    texts = [mail.subject or ""] + [doc.text[:limit] for doc in mail.parts]
    if any(first_match(PROBLEM, t, ctx.packs) for t in texts):
        body = False  # a problem is named: a permitted message about the order
    tracking = tracking_entries(tuple(data["tracking-links"]))
    for doc in mail.parts:
        if body:
            span = first_match(BODY, doc.text[:limit], ctx.packs)
            if span:
                out.append(f"wording {_short(doc.text[span[0] : span[1]])!r}")
        for url in _links(doc, limit):
            host = tracking_host(url, tracking)
            if host:
                out.append(f"tracking link to {host}")
                break
    out.extend(_rule_wording(mail, ctx, data))
    return list(dict.fromkeys(out))


def _rule_wording(mail: Mail, ctx: Context, data: dict[str, Any]) -> Iterator[str]:
    """Matches of other wording rules' phrase sections (MSG602 confirmations, MSG601 marketing)."""
    sections: dict[str, str] = data["phrase-sections"]
    if not sections:
        return
    try:
        from msglint.text.phrases import find, languages_for
    except ImportError:  # pragma: no cover - the phrase engine ships with msglint
        return
    langs = languages_for(ctx)
    for doc in mail.parts:
        for name, what in sections.items():
            hits = find(doc, name, langs, packs=ctx.packs)
            if hits:
                yield f"{what} {_short(hits[0].text)!r}"
