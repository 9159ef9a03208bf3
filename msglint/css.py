"""CSS declarations with absolute source positions, read with tinycss2.

tinycss2 reports 1-based line/column positions relative to the string it parsed; this module
turns them into offsets of the original file so that a diagnostic lands on the property.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import tinycss2

from msglint.document import CssDecl

if TYPE_CHECKING:
    from msglint.document import Document, Element


class _Locator:
    """Converts tinycss2 (line, column) in a substring to an absolute offset."""

    def __init__(self, text: str, base: int) -> None:
        self.base = base
        self.starts = [0]
        i = text.find("\n")
        while i >= 0:
            self.starts.append(i + 1)
            i = text.find("\n", i + 1)

    def offset(self, line: int, column: int) -> int:
        line = max(1, min(line, len(self.starts)))
        return self.base + self.starts[line - 1] + column - 1


def _declarations(
    nodes: Iterable[Any],
    loc: _Locator,
    out: list[CssDecl],
    element: Element | None,
    selector: str | None,
) -> None:
    for node in nodes:
        if node.type != "declaration":
            continue
        tokens = tuple(node.value)
        offsets = tuple(loc.offset(t.source_line, t.source_column) for t in tokens)
        start = loc.offset(node.source_line, node.source_column)
        end = start + len(node.name)
        for t, off in zip(tokens, offsets, strict=True):
            if t.type not in ("whitespace", "comment"):
                end = off + len(t.serialize())
        out.append(
            CssDecl(
                name=node.lower_name,
                value=tinycss2.serialize(tokens).strip(),
                tokens=tokens,
                important=bool(node.important),
                start=start,
                end=end,
                element=element,
                selector=selector,
                token_offsets=offsets,
            )
        )


def _rules(nodes: Iterable[Any], loc: _Locator, out: list[CssDecl]) -> None:
    for rule in nodes:
        if rule.type == "qualified-rule":
            selector = tinycss2.serialize(rule.prelude).strip()
            decls = tinycss2.parse_blocks_contents(rule.content, skip_whitespace=True, skip_comments=True)
            _declarations(decls, loc, out, None, selector)
        elif rule.type == "at-rule" and rule.content is not None and rule.lower_at_keyword in (
            "media",
            "supports",
            "document",
        ):
            _rules(tinycss2.parse_rule_list(rule.content, skip_whitespace=True, skip_comments=True), loc, out)


def collect_declarations(doc: Document) -> list[CssDecl]:
    out: list[CssDecl] = []
    for el in doc.elements:
        attr = el.attrs.get("style")
        if attr is None or not attr.value.strip():
            continue
        # Parse the raw source slice so positions match the file (entities are rare in CSS).
        raw = doc.source[attr.start : attr.end]
        decls = tinycss2.parse_blocks_contents(raw, skip_whitespace=True, skip_comments=True)
        _declarations(decls, _Locator(raw, attr.start), out, el, None)
    for start, content in doc.style_blocks:
        rules = tinycss2.parse_stylesheet(content, skip_whitespace=True, skip_comments=True)
        _rules(rules, _Locator(content, start), out)
    out.sort(key=lambda d: d.start)
    return out


def css_urls(decl: CssDecl) -> list[tuple[str, int, int]]:
    """The ``url(...)`` references of a declaration: (url, start, end) with absolute offsets."""
    found: list[tuple[str, int, int]] = []
    for tok, off in zip(decl.tokens, decl.token_offsets, strict=True):
        if tok.type == "url":
            found.append((tok.value, off, off + len(tok.serialize())))
        elif tok.type == "function" and tok.lower_name == "url":
            for arg in tok.arguments:
                if arg.type == "string":
                    found.append((arg.value, off, off + len(tok.serialize())))
    return found
