"""Marketplace buyer aliases: which recipient addresses a marketplace relays to its buyer.

Amazon gives every buyer an anonymised alias per seller (``t969vz2jn3bdsy7@marketplace.amazon.de``);
mail to it is relayed and kept for disputes, so it must follow the marketplace's rules. Order
import plugins prefix it (``blacklisted-...``) so the shop system's mails bounce, and some import
tools rewrite its domain to one of the seller's own (``alias-domains`` in the configuration).
eBay relays ``<hash>@members.ebay.<tld>``. Every domain list is data in ``rules/``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from msglint.core.packs import load_data, marketplaces

#: Longest address considered (RFC 5321: 64 + 1 + 255); longer strings are not addresses.
_MAX_ADDRESS = 320


@dataclass(frozen=True)
class Alias:
    """A recipient that a marketplace relays to its buyer."""

    address: str  # as written (lower-cased)
    relay: str  # who relays it: "Amazon", "eBay", or "a marketplace" for configured domains
    marketplace: str | None  # "amazon.de", "ebay.com"; None when a configured domain hides it
    languages: tuple[str, ...]  # the marketplace's buyer languages, () when unknown
    blacklisted: bool  # carries an import plugin's bounce prefix ("blacklisted-")
    configured: bool = False  # matched the user's ``alias-domains``

    def describe(self) -> str:
        """``... an Amazon buyer alias relayed by Amazon (amazon.de)``, for messages."""
        if self.configured:
            return f"{self.address}, a marketplace buyer alias (its domain is in alias-domains)"
        where = f" ({self.marketplace})" if self.marketplace else ""
        prefix = ", with an import plugin's bounce prefix," if self.blacklisted else ""
        return f"{self.address}, a buyer alias{prefix} relayed by {self.relay}{where}"


@dataclass(frozen=True)
class _Tables:
    """The marketplaces' alias domain tables, built once."""

    amazon: dict[str, str]  # alias domain -> marketplace
    amazon_bare: dict[str, str]  # "amazon.fr" -> "amazon.fr" (only with a blacklist prefix)
    ebay: dict[str, tuple[str, tuple[str, ...]]]  # domain -> (site, languages)
    ebay_relay: str
    prefixes: tuple[str, ...]


#: The tables, with the pack data they were built from (rebuilt when a file changes).
_TABLES: list[tuple[tuple[Any, Any], _Tables]] = []


def _tables() -> _Tables:
    data: dict[str, Any] = load_data("aliases")
    source = (data, load_data("marketplaces"))
    if _TABLES and all(a is b for a, b in zip(_TABLES[0][0], source, strict=True)):
        return _TABLES[0][1]
    tables = _build_tables(data)
    _TABLES[:] = [(source, tables)]
    return tables


def _build_tables(data: dict[str, Any]) -> _Tables:
    amazon: dict[str, str] = {}
    for code, info in marketplaces().items():
        dom = str(info.get("alias-domain", "")).lower()
        if dom:
            amazon[dom] = code
    bare = {code.lower(): code for code in marketplaces()} if data.get("prefixed-bare-amazon-domains") else {}
    ebay_data = data.get("ebay", {})
    ebay = {
        dom.lower(): (str(v.get("site", dom)), tuple(v.get("languages", ())))
        for dom, v in ebay_data.get("domains", {}).items()
    }
    prefixes = tuple(p.lower() for p in data.get("blacklist-prefixes", ()))
    return _Tables(amazon, bare, ebay, str(ebay_data.get("relay", "eBay")), prefixes)


def amazon_marketplace(domain: str) -> str | None:
    """The Amazon marketplace whose buyer alias domain is ``domain`` (``None`` if none)."""
    return _tables().amazon.get(domain.strip().lower().rstrip("."))


def classify(address: str, alias_domains: tuple[str, ...] = ()) -> Alias | None:
    """The alias ``address`` is, or ``None`` for an ordinary address.

    ``alias_domains`` are the user's configured domains (``Config.alias_domains``): an import
    tool rewrote the alias to one of them, so every address there is a marketplace buyer.
    """
    addr = address.strip().strip("<>").strip().lower()
    if not addr or len(addr) > _MAX_ADDRESS or addr.count("@") != 1:
        return None
    local, _, domain = addr.partition("@")
    domain = domain.rstrip(".")
    if not local or not domain:
        return None
    t = _tables()
    blacklisted = False
    for prefix in t.prefixes:
        if local.startswith(prefix) and len(local) > len(prefix):
            blacklisted = True
            break
    langs: tuple[str, ...]
    mp = t.amazon.get(domain)
    if mp is None and blacklisted:
        mp = t.amazon_bare.get(domain)
    if mp is not None:
        langs = tuple(marketplaces().get(mp, {}).get("languages", ()))
        return Alias(addr, "Amazon", mp, langs, blacklisted)
    ebay = t.ebay.get(domain)
    if ebay is not None:
        return Alias(addr, t.ebay_relay, ebay[0], ebay[1], blacklisted)
    for dom in alias_domains:
        d = dom.strip().lower().lstrip("@").rstrip(".")
        if d and (domain == d or domain.endswith("." + d)):
            return Alias(addr, "a marketplace", None, (), blacklisted, configured=True)
    return None


def find_aliases(addresses: list[str], alias_domains: tuple[str, ...] = ()) -> list[Alias]:
    """The aliases among ``addresses``, in order, each once."""
    seen: set[str] = set()
    out: list[Alias] = []
    for a in addresses:
        alias = classify(a, alias_domains)
        if alias is not None and alias.address not in seen:
            seen.add(alias.address)
            out.append(alias)
    return out


__all__ = ["Alias", "amazon_marketplace", "classify", "find_aliases"]
