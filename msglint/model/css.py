"""CSS declarations with absolute source positions, read with tinycss2.

tinycss2 reports 1-based line/column positions relative to the string it parsed; this module
turns them into offsets of the original file so that a diagnostic lands on the property.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import tinycss2

from msglint.model.markup import ENTITY, CssDecl, unescape

if TYPE_CHECKING:
    from msglint.model.document import Document, Element


_LINE_BREAK = re.compile(r"\r\n|[\r\n\f]")


class _Locator:
    """Converts tinycss2 (line, column) in a substring to an absolute offset.

    tinycss2 turns ``\\r\\n``, ``\\r`` and ``\\f`` into ``\\n`` before it counts lines, so
    lines break at exactly those here too: counting ``\\n`` alone put every token after a lone CR
    or a form feed on the wrong character, and ``--fix`` deleted the wrong bytes (D20, D21)."""

    def __init__(self, text: str, base: int) -> None:
        self.text = text
        self.base = base
        self.starts = [0]
        self.starts.extend(m.end() for m in _LINE_BREAK.finditer(text))

    def offset(self, line: int, column: int) -> int:
        line = max(1, min(line, len(self.starts)))
        return self.base + self.starts[line - 1] + column - 1

    def value_end(self, pos: int, important: bool) -> int:
        """Where a declaration's value ends, its last significant token starting at offset
        ``pos``: at the first ``;`` or ``}`` outside strings, comments and brackets, less white
        space, comments and ``!important`` at its end. Read from the source text: a token's
        serialisation is not its source (quotes, escapes, line breaks inside a function)."""
        text = self.text
        n = len(text)
        i = pos - self.base
        sig = i
        depth = 0
        while i < n:
            c = text[i]
            if c == "\\":
                i = min(i + 2, n)
                sig = i
                continue
            if c == '"' or c == "'":
                j = i + 1
                while j < n and text[j] != c and text[j] not in "\r\n\f":
                    j += 2 if text[j] == "\\" else 1
                i = sig = min(j + 1, n)
                continue
            if c == "/" and text.startswith("/*", i):
                j = text.find("*/", i + 2)
                i = n if j < 0 else j + 2
                continue
            if c in "([{":
                depth += 1
            elif c in ")]}":
                if depth == 0:
                    break
                depth -= 1
            elif c == ";" and depth == 0:
                break
            if not c.isspace():
                sig = i + 1
            i += 1
        if important and text[max(0, sig - 9) : sig].lower() == "important":
            k = sig - 9
            while k > 0 and text[k - 1].isspace():
                k -= 1
            if k > 0 and text[k - 1] == "!":
                k -= 1
                while k > 0 and text[k - 1].isspace():
                    k -= 1
                sig = k
        return self.base + min(sig, n)


#: A declaration with offsets relative to the parsed string: (name, value, tokens, important,
#: start, end, token offsets, selector); tokens without white space and comments (CssDecl.tokens).
#: Cached by the string, so it must stay immutable.
_RelDecl = tuple[str, str, tuple[Any, ...], bool, int, int, tuple[int, ...], "str | None"]


#: The longest string :func:`_shared` interns: names, units, keywords and short values repeat
#: (``px``, ``center``, ``font-family``); a long one rarely does.
_SHARE_MAX = 64


def _shared(text: str) -> str:
    """One object for equal short strings: a 1 MB style sheet's 32,000 declarations held 49,000
    lower-cased copies of a few dozen names and keywords (2.7 MB, #14)."""
    return sys.intern(text) if len(text) <= _SHARE_MAX and type(text) is str else text


_CANONICAL: dict[tuple[Any, ...], Any] = {}
_CANONICAL_MAX = 4096
_BY_REPRESENTATION = frozenset(("number", "percentage", "string", "url"))


def _canonical(token: Any) -> Any:
    """One token object for equal simple tokens (idents, numbers, dimensions, strings...): a
    1 MB style sheet's 32,000 declarations hold tens of thousands of ``0``, ``px`` and ``center``
    tokens, each with its own lower-case copy (5 MB, #14). Equal tokens are those equal in the
    fields the others derive from (an ident's value, a number's representation, a dimension's
    representation and unit...). A token's ``source_line`` and ``source_column`` are read only
    before it is shared (a declaration keeps its tokens' offsets: :attr:`CssDecl.token_offsets`);
    functions and blocks, which hold other tokens, are kept as they are."""
    kind = token.type
    if kind == "ident" or kind == "literal":
        key: tuple[Any, ...] = (kind, token.value)
    elif kind in _BY_REPRESENTATION:
        key = (kind, token.representation)
    elif kind == "dimension":
        if len(token.unit) > _SHARE_MAX:
            return token
        key = (kind, token.representation, token.unit)
    elif kind == "hash":
        key = (kind, token.value, token.is_identifier)
    else:
        return token
    if len(key[1]) > _SHARE_MAX:
        return token
    got = _CANONICAL.get(key)
    if got is None:
        if len(_CANONICAL) >= _CANONICAL_MAX:
            _CANONICAL.clear()
        got = _CANONICAL[key] = token
    return got


def _declarations(nodes: Iterable[Any], loc: _Locator, out: list[_RelDecl], selector: str | None) -> None:
    for node in nodes:
        if node.type != "declaration":
            continue
        tokens = tuple(node.value)
        start = loc.offset(node.source_line, node.source_column)
        end = start + len(node.name)
        kept = tuple(t for t in tokens if t.type not in ("whitespace", "comment"))
        offsets = tuple(loc.offset(t.source_line, t.source_column) for t in kept)
        kept = tuple(_canonical(t) for t in kept)
        if offsets:
            end = loc.value_end(offsets[-1], bool(node.important))
        try:
            value = tinycss2.serialize(tokens).strip()
        except RecursionError:  # tinycss2 serialises recursively: "((((" nested 1000 deep is no style
            continue
        out.append(
            (_shared(node.lower_name), _shared(value), kept, bool(node.important), start, end, offsets, selector)
        )


#: @media/@supports nest two or three deep in real style sheets; deeper is garbage (and
#: recursing thousands deep would raise RecursionError).
MAX_RULE_NESTING = 32


def _rules(nodes: Iterable[Any], loc: _Locator, out: list[_RelDecl], depth: int = 0) -> None:
    for rule in nodes:
        if rule.type == "qualified-rule":
            try:
                selector = _shared(tinycss2.serialize(rule.prelude).strip())
            except RecursionError:
                continue
            decls = tinycss2.parse_blocks_contents(rule.content, skip_whitespace=True, skip_comments=True)
            _declarations(decls, loc, out, selector)
        elif (
            depth < MAX_RULE_NESTING
            and rule.type == "at-rule"
            and rule.content is not None
            and (rule.lower_at_keyword in ("media", "supports", "document"))
        ):
            nested = tinycss2.parse_rule_list(rule.content, skip_whitespace=True, skip_comments=True)
            _rules(nested, loc, out, depth + 1)


# Templates repeat the same inline styles on every cell and row, and the same <style> block in
# every template of a shop: parsing each distinct string once saves most of the CSS time
# (see benchmarks/bench.py). Bounded, so a long run over many files cannot grow without limit.
def _unescape_mapped(raw: str) -> tuple[str, list[int]]:
    """``raw`` with character references decoded, and the offset in ``raw`` of each character
    (plus one for the end). Outlook and rich-text editors write ``font-family:&quot;Calibri&quot;``:
    parsed raw, the ``;`` of ``&quot;`` would end the declaration."""
    parts: list[str] = []
    where: list[int] = []
    pos = 0
    for m in ENTITY.finditer(raw):
        ch = unescape(m.group())
        if ch == m.group():
            continue
        parts.append(raw[pos : m.start()])
        where.extend(range(pos, m.start()))
        parts.append(ch)
        where.extend([m.start()] * len(ch))
        pos = m.end()
    parts.append(raw[pos:])
    where.extend(range(pos, len(raw) + 1))
    return "".join(parts), where


@lru_cache(maxsize=2048)
def _style_attribute(raw: str) -> tuple[_RelDecl, ...]:
    out: list[_RelDecl] = []
    text, where = _unescape_mapped(raw) if "&" in raw else (raw, None)
    decls = tinycss2.parse_blocks_contents(text, skip_whitespace=True, skip_comments=True)
    _declarations(decls, _Locator(text, 0), out, None)
    if where is not None:  # offsets in the decoded text -> offsets in the source
        last = len(where) - 1
        out = [
            (n, v, t, i, where[min(s, last)], where[min(e, last)], tuple(where[min(o, last)] for o in offs), sel)
            for n, v, t, i, s, e, offs, sel in out
        ]
    return tuple(out)


@lru_cache(maxsize=128)
def _style_block(content: str) -> tuple[_RelDecl, ...]:
    out: list[_RelDecl] = []
    rules = tinycss2.parse_stylesheet(content, skip_whitespace=True, skip_comments=True)
    _rules(rules, _Locator(content, 0), out)
    return tuple(out)


def _absolute(rel: tuple[_RelDecl, ...], base: int, element: Element | None, out: list[CssDecl]) -> None:
    for name, value, tokens, important, start, end, offsets, selector in rel:
        out.append(
            CssDecl(
                name=name,
                value=value,
                tokens=tokens,
                important=important,
                start=base + start,
                end=base + end,
                element=element,
                selector=selector,
                token_rel=offsets,
                token_base=base,
            )
        )


def collect_declarations(doc: Document) -> list[CssDecl]:
    out: list[CssDecl] = []
    for el in doc.elements:
        attr = el.attrs.get("style")
        if attr is None or not attr.value.strip():
            continue
        # The raw source slice, so positions match the file (character references decoded).
        _absolute(_style_attribute(doc.source[attr.start : attr.end]), attr.start, el, out)
    for start, content in doc.style_blocks:
        _absolute(_style_block(content), start, None, out)
    if doc.markup == "mjml":
        _attribute_declarations(doc, out)
    out.sort(key=lambda d: d.start)
    return out


#: MJML attributes that compile to the CSS property of the same name (mj-text font-size="14px",
#: mj-section padding="0 150px", mj-all font-family="..."): read as declarations on their element.
MJML_STYLE_ATTRIBUTES = frozenset(
    """color font-family font-size line-height letter-spacing text-align padding padding-top padding-bottom
    padding-left padding-right inner-padding""".split()
)


def _attribute_declarations(doc: Document, out: list[CssDecl]) -> None:
    for el in doc.elements:
        for name, attr in el.attrs.items():
            if name not in MJML_STYLE_ATTRIBUTES or not attr.value.strip():
                continue
            raw = doc.source[attr.start : attr.end]
            try:
                tokens = tuple(tinycss2.parse_component_value_list(raw))
                value = tinycss2.serialize(tokens).strip()
            except RecursionError:
                continue
            loc = _Locator(raw, attr.start)
            kept = tuple(t for t in tokens if t.type not in ("whitespace", "comment"))
            offsets = tuple(loc.offset(t.source_line, t.source_column) for t in kept)
            prop = "padding" if name == "inner-padding" else name
            out.append(CssDecl(prop, value, kept, False, attr.name_start, attr.end, el, None, offsets, 0, attr))


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
