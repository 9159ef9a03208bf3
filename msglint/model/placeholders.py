"""Template placeholders: spans of the source that are filled in later and are never words.

Template engines seen in seller tooling: Jinja/Twig/Liquid/Handlebars (``{{ }}``, ``{% %}``,
``{# #}``), review-request services (``[[order-id]]``) and PrestaShop-style single braces
(``{shop_name}``). Single-brace styles are configurable because CSS and JSON also use braces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

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


class PatternSet:
    """Regexes searched as the alternation ``p1|p2|...`` would search them, each compiled on its
    own: a user's pattern keeps its global flags (``(?i)...``) and its group names, which in one
    joined pattern fail to compile ("global flags not at the start", "redefinition of group
    name": fuzz triage D8). Zero-length matches are never placeholders and are skipped."""

    __slots__ = ("patterns",)

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = tuple(patterns)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        found = [m for m in (self._next(p, text, pos) for p in self.patterns) if m is not None]
        return min(found, key=lambda m: m.start()) if found else None  # min keeps the first of ties

    @staticmethod
    def _next(pattern: re.Pattern[str], text: str, pos: int) -> re.Match[str] | None:
        m = pattern.search(text, pos)
        while m is not None and m.end() == m.start():
            if m.start() >= len(text):
                return None
            m = pattern.search(text, m.start() + 1)
        return m

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        """Non-overlapping matches from ``pos``, leftmost first, earlier patterns first at one position."""
        pats = self.patterns
        ahead: list[re.Match[str] | None] = [self._next(p, text, pos) for p in pats]
        while True:
            best = -1
            for k, m in enumerate(ahead):
                if m is not None and m.start() < pos:  # overtaken by the last match: look again
                    m = ahead[k] = self._next(pats[k], text, pos)
                if m is not None and (best < 0 or m.start() < ahead[best].start()):  # type: ignore[union-attr]
                    best = k
            if best < 0:
                return
            m = ahead[best]
            assert m is not None
            yield m
            pos = m.end()


Finder = re.Pattern[str] | PatternSet


def compile_union(patterns: Iterable[str], flags: int = 0) -> Finder | None:
    """One finder for ``patterns`` (None when there are none)."""
    compiled = [re.compile(p, flags) for p in patterns]
    if not compiled:
        return None
    return compiled[0] if len(compiled) == 1 else PatternSet(compiled)


def compile_placeholders(extra: Iterable[str] = (), single_brace: bool = True) -> Finder:
    parts = list(DEFAULT_PATTERNS)
    if single_brace:
        parts.append(SINGLE_BRACE_PATTERN)
    builtin = re.compile("|".join(f"(?:{p})" for p in parts), re.S)
    user = [re.compile(p, re.S) for p in extra]
    return PatternSet([builtin, *user]) if user else builtin


_DEFAULT = compile_placeholders()


def find_placeholders(text: str, pattern: Finder | None = None) -> list[tuple[int, int]]:
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
