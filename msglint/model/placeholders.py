"""Template placeholders: spans of the source that are filled in later and are never words.

Template engines seen in seller tooling: Jinja/Twig/Liquid/Handlebars (``{{ }}``, ``{% %}``,
``{# #}``), review-request services (``[[order-id]]``) and PrestaShop-style single braces
(``{shop_name}``). Single-brace styles are configurable because CSS and JSON also use braces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Bounded lengths keep a stray "{{" without its "}}" from swallowing the rest of a large file.
DEFAULT_PATTERNS: tuple[str, ...] = (
    r"\{\{.{0,500}?\}\}",
    r"\{%.{0,2000}?%\}",
    r"\{#.{0,2000}?#\}",
    r"\[\[[\w .:-]{1,80}\]\]",
)
#: Single-brace tags (PrestaShop ``{shop_name}``, ``{order_reference}``). ``{color:red}`` in
#: CSS does not match: the name must be a bare identifier. The brace comes first and the
#: look-behind after it (same meaning as a leading look-behind) so that every alternative
#: starts with a literal: the regex engine then skips to candidate characters, 5x faster.
SINGLE_BRACE_PATTERN = r"\{(?<![{\w$]\{)[A-Za-z_][\w.-]{0,60}\}(?!\})"


def compile_placeholders(extra: Iterable[str] = (), single_brace: bool = True) -> re.Pattern[str]:
    parts = list(DEFAULT_PATTERNS)
    if single_brace:
        parts.append(SINGLE_BRACE_PATTERN)
    parts.extend(extra)
    return re.compile("|".join(f"(?:{p})" for p in parts), re.S)


_DEFAULT = compile_placeholders()


def find_placeholders(text: str, pattern: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
    """Return the (start, end) spans of every placeholder in ``text``."""
    pat = pattern or _DEFAULT
    if "{" not in text and "[[" not in text and pattern is None:
        return []
    return [m.span() for m in pat.finditer(text)]


def mask(text: str, spans: list[tuple[int, int]], offset: int = 0) -> str:
    """Blank out ``spans`` (absolute offsets, ``offset`` = where ``text`` starts) keeping
    length and newlines, so offsets in the masked text equal offsets in the original."""
    if not spans:
        return text
    out: list[str] = []
    pos = 0
    for s, e in spans:
        s -= offset
        e -= offset
        if e <= 0 or s >= len(text):
            continue
        s = max(s, 0)
        e = min(e, len(text))
        out.append(text[pos:s])
        chunk = text[s:e]
        out.append(re.sub(r"[^\n]", " ", chunk))
        pos = e
    out.append(text[pos:])
    return "".join(out)
