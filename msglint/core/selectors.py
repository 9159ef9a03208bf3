"""Naming rules: a code (``MSG101``), a slug (``emoji``), a family prefix (``MSG1``) or ``ALL``."""

from __future__ import annotations

from collections.abc import Iterable

from msglint.core.config import ConfigError
from msglint.core.packs import RuleMeta


def resolve_selectors(tokens: Iterable[str], rules: dict[str, RuleMeta], what: str) -> set[str]:
    """Codes named by ``tokens``: a code, a slug, or a code prefix (``MSG2``, ``MSG``)."""
    by_slug = {r.slug: r.code for r in rules.values()}
    out: set[str] = set()
    for raw in tokens:
        tok = raw.strip()
        if not tok:
            continue
        up = tok.upper()
        if up in rules:
            out.add(up)
        elif tok.lower() in by_slug:
            out.add(by_slug[tok.lower()])
        elif (up.startswith("MSG") or len(up) >= 2) and (matched := [c for c in rules if c.startswith(up)]):
            out.update(matched)
        elif up == "ALL":
            out.update(rules)
        else:
            from msglint.core.values import did_you_mean

            hint = did_you_mean(tok.upper(), rules) if up.startswith("MSG") else did_you_mean(tok.lower(), by_slug)
            raise ConfigError(f"{what}: unknown rule {tok!r}{hint} (see 'msglint rules')")
    return out
