"""Hosts of links and images, read the way a browser reads them, and which of them are Amazon's.

One home for this knowledge: MSG201/MSG202/MSG206 (links) and MSG103 (images, whose fix
upgrades only Amazon hosts to https) must agree on what is Amazon. The domains are data:
every marketplace of ``rules/marketplaces.toml`` plus ``rules/amazon.toml``.
"""

from __future__ import annotations

import contextlib
import re
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from msglint.core.packs import load_data, marketplaces

if TYPE_CHECKING:
    from msglint.core.packs import Packs

#: Schemes whose URLs name a host (the WHATWG "special" schemes a mail client follows).
_WEB_SCHEMES = frozenset({"http", "https", "ftp", "ftps"})
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]{0,30}):")
STRIP = " \t\n\r\f\v\x00\x0b\u00a0"
_INNER_WS = re.compile(r"[\t\n\r]")
#: Template syntax in a host: the host is filled in later and cannot be judged.
_TEMPLATED = re.compile(r"[{}]|\[\[|\]\]|%[A-Za-z_][\w.\-]{0,60}%|\$\{|<%|\*\|")


def normalise_host(host: str) -> str:
    """Lower-case ASCII (punycode) form of ``host``: how a browser compares hosts."""
    h = unquote(host).strip().rstrip(".").lower()
    if not h.isascii():
        # An invalid IDN stays as written, so it is never taken for an Amazon host.
        with contextlib.suppress(UnicodeError):
            h = h.encode("idna").decode("ascii")
    return h


def split_url(url: str) -> tuple[str, str | None, str, bool]:
    """(scheme, normalised host or None, host as written, templated) of a link target."""
    u = _INNER_WS.sub("", url.strip(STRIP))
    if u[:4].lower() == "www.":
        scheme, rest = "", u
    else:
        m = _SCHEME.match(u)
        scheme = m.group(1).lower() if m else ""
        if scheme in _WEB_SCHEMES and m is not None:
            # Browsers accept "https:\\host" and "https:host" for these schemes.
            rest = u[m.end() :].replace("\\", "/").lstrip("/")
        elif not scheme and u[:2] in ("//", "\\\\", "/\\", "\\/"):
            rest = u.replace("\\", "/").lstrip("/")
        else:
            return scheme, None, "", False
    netloc = re.split(r"[/?#]", rest, maxsplit=1)[0]
    if not netloc:
        return scheme, None, "", False
    if _TEMPLATED.search(netloc):
        return scheme, None, netloc, True
    try:
        host = urlsplit("//" + netloc).hostname
    except ValueError:
        host = None
    if not host:
        return scheme, None, netloc, False
    shown = unquote(netloc.rpartition("@")[2]).split(":")[0] or host
    return scheme, normalise_host(host), shown, False


def under(host: str, domains: frozenset[str]) -> bool:
    """``host`` is one of ``domains`` or a subdomain of one (``a.b.de`` is under ``b.de``)."""
    if host in domains:
        return True
    i = host.find(".")
    while i >= 0:
        if host[i + 1 :] in domains:
            return True
        i = host.find(".", i + 1)
    return False


def amazon_domains(packs: Packs | None = None) -> frozenset[str]:
    """Every Amazon domain of ``packs`` (None: the shipped packs): each marketplace's domain
    plus ``rules/amazon.toml``'s ``domains``. Built once per Packs object."""
    if packs is None:
        return _amazon_domains(marketplaces(), load_data("amazon"))
    p = packs
    return p.memoised("hosts.amazon_domains", lambda: _amazon_domains(p.marketplaces(), p.data("amazon")))


def _amazon_domains(markets: dict[str, Any], amazon: dict[str, Any]) -> frozenset[str]:
    return frozenset(normalise_host(d) for d in [*markets, *amazon.get("domains", [])])


def is_amazon(host: str, packs: Packs | None = None) -> bool:
    """``host`` is Amazon's (in ``packs``, the checks' ``ctx.packs``; None: the shipped packs)."""
    return under(host, amazon_domains(packs))
