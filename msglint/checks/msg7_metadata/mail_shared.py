"""MSG705: a mail to a marketplace buyer alias that the marketplace does not permit.

Shop systems (Shopify, WooCommerce, PrestaShop...) send order, shipping and delivery
notifications on their own; when the order was imported from a marketplace, the recipient is
the buyer's alias and the marketplace relays (and keeps) a message its rules forbid. The check
reads the whole mail (``doc.meta["mail"]``, see ``msglint/eml.py``): subject and body wording of
shop notifications and carrier tracking links (lists in the rule's ``[rule.data]``), and the
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
    from msglint.model.document import Document
    from msglint.model.mail import Mail

_URL = re.compile(r"https?://[^\s<>\"'()]{1,500}", re.I)


@cache
def compile_patterns(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    """Patterns over folded text (lower case, no accents); a space matches any white space."""
    if not patterns:
        return None
    parts = [p.strip().replace(" ", r"\s+") for p in patterns if p.strip()]
    return re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in parts) + r")(?!\w)")


def fold_text(text: str) -> str:
    from msglint.text.phrases import fold

    return fold(text)


def phrase_pattern(data: dict[str, Any], key: str) -> re.Pattern[str] | None:
    """Every language's patterns: a shop writes to marketplace buyers in any language."""
    table: dict[str, list[str]] = data.get(key, {})
    return compile_patterns(tuple(p for lang in sorted(table) for p in table[lang]))


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
    names: dict[str, str] = data.get("shop-systems", {})
    for header in data.get("shop-headers", ()):
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
    limit = int(data.get("max-scan-chars", 100_000))  # a notification says what it is early
    subject_re = phrase_pattern(data, "subject")
    if mail.subject and subject_re is not None:
        m = subject_re.search(fold_text(mail.subject[:limit]))
        if m:
            out.append(f"subject {_short(mail.subject[m.start() : m.end()])!r}")
    body_re = phrase_pattern(data, "body")
    unless_re = phrase_pattern(data, "body-unless")
    if body_re is not None and unless_re is not None:
        texts = [mail.subject or ""] + [doc.text[:limit] for doc in mail.parts]
        if any(unless_re.search(fold_text(t)) for t in texts):
            body_re = None  # a problem is named: a permitted message about the order
    tracking = tracking_entries(tuple(data.get("tracking-links", ())))
    for doc in mail.parts:
        if body_re is not None:
            m = body_re.search(fold_text(doc.text[:limit]))
            if m:
                out.append(f"wording {_short(doc.text[m.start() : m.end()])!r}")
        for url in _links(doc, limit):
            host = tracking_host(url, tracking)
            if host:
                out.append(f"tracking link to {host}")
                break
    out.extend(_rule_wording(mail, ctx, data))
    return list(dict.fromkeys(out))


def _rule_wording(mail: Mail, ctx: Context, data: dict[str, Any]) -> Iterator[str]:
    """Matches of other wording rules' phrase sections (MSG602 confirmations, MSG601 marketing)."""
    sections: dict[str, str] = data.get("phrase-sections", {})
    if not sections:
        return
    try:
        from msglint.text.phrases import find, languages_for
    except ImportError:  # pragma: no cover - the phrase engine ships with msglint
        return
    langs = languages_for(ctx)
    for doc in mail.parts:
        for name, what in sections.items():
            hits = find(doc, name, langs)
            if hits:
                yield f"{what} {_short(hits[0].text)!r}"
