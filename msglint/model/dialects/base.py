"""What a template dialect tells the document model: which spans of the source are not
message text, what they are, and where the text of translation calls is.

A dialect's scanner reads the body of a template and returns a :class:`Scan`:

- ``spans``: every stretch of template syntax, each a :class:`TemplateSpan` of one kind:
  ``placeholder`` (a value filled in when the message is sent, with its expression as
  ``name``), ``control`` (a tag that shapes the output but is no text: ``{% if %}``, PHP code),
  ``comment`` (never sent; the home of suppression directives: ``body_start``/``body_end``
  delimit its text) or ``meta`` (template metadata the buyer never sees).
- Everything between spans is message text or markup, read by the HTML or text reader as
  usual. A translation call (``{{trans "..."}}``, ``<?php _e( '...' ) ?>``) is therefore
  written as code spans around its string: the string's characters stay where they are in
  the source, so every diagnostic in it lands on its exact line and column. Placeholders
  inside the string (``%s``, ``%name``, ``:name``, ``{0}``) are spans of their own.
- ``edits``: characters of a string literal that the text reads differently: the backslash
  of ``\\'`` is dropped (``""``), ``\\n`` reads as a line break (``"\\n"``). Same length
  rules as masking: one source character, at most one text character.
- ``fields``: parts of the message that are not its body (Magento's ``<!--@subject ... @-->``),
  as (name, start, end); their text is read with the spans inside them blanked.

Scanners are linear: every search for a closing delimiter goes through :class:`Finder`, which
remembers where the next occurrence is, so a file full of unterminated openers is read in one
pass, and tags have bounded lengths. A tag that does not close is not a tag: its opener is
text and reading goes on after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal

SpanKind = Literal["placeholder", "control", "comment", "meta"]

#: The longest tag read as one (a longer "tag" is a stray opener in text).
MAX_TAG = 20_000
#: How far past the first closing delimiter a tag may end when that delimiter is in a string.
STRING_SLACK = 1_000


@dataclass(frozen=True, slots=True)
class TemplateSpan:
    start: int
    end: int
    kind: SpanKind
    name: str = ""  # the expression of a placeholder (``shop.url``, ``$order->get_id()``)
    body_start: int = -1  # comments: where the comment's text starts and ends
    body_end: int = -1
    #: a piece of a tag that holds translated text (``{{trans "`` ... ``" name=$x}}``): syntax
    #: around the text, not a value shown on its own
    part: bool = False


@dataclass
class Scan:
    spans: list[TemplateSpan] = field(default_factory=list)
    edits: list[tuple[int, str]] = field(default_factory=list)
    fields: list[tuple[str, int, int]] = field(default_factory=list)

    def add(self, start: int, end: int, kind: SpanKind, name: str = "", part: bool = False) -> None:
        if end > start:
            self.spans.append(TemplateSpan(start, end, kind, name, part=part))

    def comment(self, start: int, end: int, body_start: int, body_end: int) -> None:
        if end > start:
            self.spans.append(TemplateSpan(start, end, "comment", "", body_start, body_end))

    def finish(self) -> Scan:
        """Spans sorted, nested and overlapping ones dropped (the outer one wins)."""
        self.spans.sort(key=lambda s: (s.start, -s.end))
        out: list[TemplateSpan] = []
        last_end = -1
        for s in self.spans:
            if s.start < last_end:
                continue
            out.append(s)
            last_end = s.end
        self.spans = out
        self.edits.sort()
        return self


class Finder:
    """``str.find`` with memory: the next occurrence of each needle after the last search.

    Searching again from a later position reuses the answer while it is still ahead, so the
    same stretch of text is never searched twice for the same needle (a file with thousands
    of ``{*`` and no ``*}`` costs one search, not one per opener)."""

    __slots__ = ("text", "_next")

    def __init__(self, text: str) -> None:
        self.text = text
        self._next: dict[str, tuple[int, int]] = {}  # needle -> (searched from, found at or -1)

    def find(self, needle: str, pos: int) -> int:
        cached = self._next.get(needle)
        if cached is not None:
            frm, at = cached
            if frm <= pos and (at == -1 or at >= pos):
                return at
        at = self.text.find(needle, pos)
        self._next[needle] = (pos, at)
        return at


class RegexFinder:
    """The same memory for a compiled pattern's ``search`` (for openers with alternatives)."""

    __slots__ = ("text", "rx", "_from", "_match")

    def __init__(self, text: str, rx: re.Pattern[str]) -> None:
        self.text = text
        self.rx = rx
        self._from = -1
        self._match: re.Match[str] | None = None

    def search(self, pos: int) -> re.Match[str] | None:
        m = self._match
        if self._from != -1 and self._from <= pos and (m is None or m.start() >= pos):
            return m
        m = self.rx.search(self.text, pos)
        self._from, self._match = pos, m
        return m


# ---- strings in tags -------------------------------------------------------------------------------
#: A quoted string in tag code, possessive so that a quote that never closes fails at once.
QUOTED = re.compile(r""""(?:[^"\\]++|\\.)*+"|'(?:[^'\\]++|\\.)*+'""", re.S)
#: Tag code up to (not including) a closing delimiter, strings skipped: built per delimiter.


def code_until(close: str, quotes: str = "\"'") -> re.Pattern[str]:
    """A pattern matching tag code that ends right before ``close``, with strings in
    ``quotes`` skipped whole (a ``close`` inside a string does not end the tag)."""
    first = re.escape(close[0])
    q = "".join(re.escape(c) for c in quotes)
    strings = "|".join(rf"{re.escape(c)}(?:[^{re.escape(c)}\\]++|\\.)*+{re.escape(c)}" for c in quotes)
    alternatives = [rf"[^{q}{first}]++"]
    if strings:
        alternatives.append(strings)
    alternatives.append(rf"{first}(?!{re.escape(close[1:])})" if len(close) > 1 else r"(?!)")
    return re.compile(rf"(?:{'|'.join(alternatives)})*+", re.S)


def tag_end(text: str, finder: Finder, start: int, body: int, close: str, code: re.Pattern[str] | None) -> int:
    """End of a tag whose code starts at ``body`` and ends with ``close``; -1 if it does not
    close within :data:`MAX_TAG` characters. With ``code``, a ``close`` inside a string does
    not end the tag (when the strings do not balance, the first ``close`` does, as in
    engines that do not lex strings)."""
    at = finder.find(close, body)
    if at < 0 or at - start > MAX_TAG:
        return -1
    if code is not None:
        # a close inside a string moves the end by that string's length at most: bounded, so
        # that a file full of unbalanced quotes stays linear
        m = code.match(text, body, min(len(text), start + MAX_TAG, at + STRING_SLACK))
        if m is not None and text.startswith(close, m.end()):
            return m.end() + len(close)
    return at + len(close)


# ---- the text of string literals -------------------------------------------------------------------
#: printf-style conversions (PHP, C, Python %-formatting, Smarty's sprintf): %s, %1$s, %05.2f,
#: %(name)s. No space flag: "20% off" is text.
PRINTF = r"%(?:\d{1,2}\$)?(?:\([A-Za-z_]\w{0,40}\))?[-+0#]{0,3}\d{0,3}(?:\.\d{1,3})?[bcdeEfFgGosuxX]"
#: ``{name}``, ``{0}``, ``{name.field}`` (PrestaShop, ICU, .NET, Java MessageFormat).
BRACED = r"\{[A-Za-z_0-9][\w.\-]{0,60}\}"
#: ``{{ name }}`` inside a string (i18next, Shopify's t filter).
DOUBLE_BRACED = r"\{\{[^{}\n]{1,200}\}\}"
#: ``%name%`` (Symfony translator parameters).
PERCENT_WRAPPED = r"%[A-Za-z_][\w.\-]{0,60}%"
#: ``%name`` (Magento ``{{trans}}`` variables).
PERCENT_NAME = r"%[A-Za-z_]\w{0,60}"
#: ``:name`` (Laravel ``__()`` replacements); not a time (10:30) nor a scheme (mailto:x).
COLON_NAME = r"(?<![\w:/])(?<!\w:):[A-Za-z_]\w{0,60}"
#: PrestaShop's ``[1]...[/1]`` markers, replaced by markup when the mail is built.
MARKERS = r"\[/?\d{1,2}\]"


def inner_pattern(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts))


#: Escapes by string flavour: what a backslash followed by a character reads as.
_C_ESCAPES = {
    "n": "\n",
    "t": "\t",
    "r": "\r",
    "\\": "\\",
    "'": "'",
    '"': '"',
    "$": "$",
    "0": "",
    "e": "",
    "v": "",
    "f": "",
}


def string_text(
    scan: Scan,
    text: str,
    start: int,
    end: int,
    *,
    quote: str,
    escapes: Literal["c", "single", "none"] = "single",
    inner: re.Pattern[str] | None = None,
    name_of: Callable[[str, int], str] | None = None,
    percent_literal: bool = False,
) -> None:
    """Record what the string literal ``text[start:end]`` (its content, quotes excluded) holds
    besides text: escapes (``edits``) and inner placeholders (``spans``, named by ``name_of``
    from their own text and their index among the string's placeholders).

    ``escapes``: ``"single"`` reads ``\\'`` and ``\\\\`` (PHP single quotes, most template
    engines), ``"c"`` every C escape (PHP double quotes), ``"none"`` no escapes.
    ``percent_literal``: ``%%`` is a literal ``%`` (printf formats)."""
    if escapes != "none":
        i = text.find("\\", start, end)
        while i >= 0 and i + 1 < end:
            nxt = text[i + 1]
            if escapes == "single":
                if nxt == quote or nxt == "\\":
                    scan.edits.append((i, ""))
                    i = text.find("\\", i + 2, end)
                    continue
            elif nxt in _C_ESCAPES:
                scan.edits.append((i, ""))
                if _C_ESCAPES[nxt] != nxt:
                    scan.edits.append((i + 1, _C_ESCAPES[nxt]))
                i = text.find("\\", i + 2, end)
                continue
            i = text.find("\\", i + 1, end)
    literal: set[int] = set()
    if percent_literal:
        i = text.find("%%", start, end)
        while i >= 0:
            scan.edits.append((i, ""))
            literal.update((i, i + 1))
            i = text.find("%%", i + 2, end)
    if inner is None:
        return
    index = 0
    for m in inner.finditer(text, start, end):
        if m.start() in literal:
            continue  # "%%s" is a literal "%" followed by "s"
        raw = m.group()
        scan.add(m.start(), m.end(), "placeholder", name_of(raw, index) if name_of else raw)
        index += 1


def strings_in(text: str, start: int, end: int, quotes: str = "\"'") -> Iterable[tuple[int, int, str]]:
    """(content start, content end, quote) of every string literal in ``text[start:end]``."""
    for m in QUOTED.finditer(text, start, end):
        q = m.group()[0]
        if q in quotes:
            yield m.start() + 1, m.end() - 1, q


def split_words(name: str) -> list[str]:
    """The words of a placeholder's expression, lower case: ``ShopURL`` -> shop, url;
    ``getBaseUrl()`` -> get, base, url; ``order.increment_id`` -> order, increment, id."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    spaced = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", spaced)
    return [w for w in re.split(r"[^A-Za-z0-9]+", spaced.lower()) if w]
