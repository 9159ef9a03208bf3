"""Shared helpers of the media (MSG1) and layout (MSG3) checks: CSS lengths and safe removals.

Kept apart from the checks so that each rule stays one pass over ``doc.elements`` or
``doc.css``; the per-element grouping of inline declarations is memoised in ``ctx.cache``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from msglint.core.diagnostics import Edit

if TYPE_CHECKING:
    from msglint.model.document import Attr, CssDecl, Document

#: CSS-wide keywords: they never set a value of their own.
CSS_WIDE = frozenset({"inherit", "initial", "unset", "revert", "revert-layer"})

# px per unit for absolute units and for font-relative units taken at the 16px browser default
# (an approximation: em inside a 14px paragraph is 14px, but a template rarely nests sizes).
_PX_PER_UNIT = {
    "px": 1.0,
    "pt": 4 / 3,
    "pc": 16.0,
    "in": 96.0,
    "cm": 96 / 2.54,
    "mm": 96 / 25.4,
    "q": 96 / 101.6,
    "em": 16.0,
    "rem": 16.0,
}

# After a CSS value: optional "!important", optional ";", then spaces up to the next declaration.
_DECL_TAIL = re.compile(r"[ \t]*(?:![ \t]*important)?[ \t]*;?[ \t]*", re.I)
_HTML_LENGTH = re.compile(r"\s*+([0-9]{1,7}(?:\.[0-9]{1,4})?)\s*+(px|%)?\s*+", re.I)


def decls_by_element(doc: Document, cache: dict[str, Any]) -> dict[int, list[CssDecl]]:
    """Inline (``style=``) declarations grouped by element index, computed once per document."""
    found: dict[int, list[CssDecl]] | None = cache.get("style.by-element")
    if found is None:
        found = {}
        for decl in doc.css:
            if decl.element is not None:
                found.setdefault(decl.element.index, []).append(decl)
        cache["style.by-element"] = found
    return found


def significant(decl: CssDecl) -> list[tuple[Any, int]]:
    """The tokens of a value that are not whitespace or comments, with their offsets."""
    return [
        (t, off)
        for t, off in zip(decl.tokens, decl.token_offsets, strict=True)
        if t.type not in ("whitespace", "comment")
    ]


def token_px(token: Any) -> float | None:
    """A length token in px (unitless 0 is 0), or None when the unit has no fixed size."""
    if token.type == "dimension":
        factor = _PX_PER_UNIT.get(token.lower_unit)
        return float(token.value) * factor if factor is not None else None
    if token.type == "number" and token.value == 0:
        return 0.0
    return None


def html_length(value: str) -> tuple[float, bool] | None:
    """An HTML ``width=``/``height=`` value: (number, is_percentage), or None if unreadable."""
    m = _HTML_LENGTH.fullmatch(value)
    if m is None:
        return None
    return float(m.group(1)), m.group(2) == "%"


def fmt_px(px: float) -> str:
    return f"{round(px, 1):g}px"


def attribute_removal(doc: Document, attr: Attr) -> tuple[Edit, ...]:
    """Remove an attribute with its value, its quotes and the space before it, and the later
    attributes of the same name in the tag: a browser ignores those, and removing only the
    first would bring the next one to life (one more ``--fix`` pass, and a change of its own)."""
    return tuple(_one_attribute_removal(doc.source, a) for a in (attr, *attr.ignored))


def _one_attribute_removal(source: str, attr: Attr) -> Edit:
    end = attr.end
    quoted = attr.start > attr.name_start and source[attr.start - 1] in "\"'"
    if quoted and end < len(source) and source[end] == source[attr.start - 1]:
        end += 1
    start = attr.name_start
    while start > 0 and source[start - 1] in " \t":
        start -= 1
    return Edit(start, end, "")


def declaration_removal(doc: Document, decl: CssDecl, cache: dict[str, Any]) -> tuple[Edit, ...]:
    """Remove one declaration with its ``!important`` and ``;`` (the whole ``style=`` if it was alone)."""
    if decl.attribute is not None:  # an attribute read as CSS (MJML): the attribute goes
        return attribute_removal(doc, decl.attribute)
    source = doc.source
    m = _DECL_TAIL.match(source, decl.end)
    end = m.end() if m else decl.end
    el = decl.element
    if el is not None:
        attr = el.attrs.get("style")
        siblings = decls_by_element(doc, cache).get(el.index, [])
        if attr is not None and len(siblings) == 1:
            rest = source[attr.start : decl.start] + source[end : attr.end]
            if not rest.strip(" \t\r\n;"):
                return attribute_removal(doc, attr)
        if attr is not None:
            end = min(end, attr.end)
    return (Edit(decl.start, end, ""),)
