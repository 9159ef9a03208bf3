"""The parts of a parsed document: elements, attributes, comments, CSS declarations, and the
map from visible text back to source offsets. Shared by the HTML scanner (document.py) and the
CSS reader (css.py), which is why they live below both."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

ENTITY = re.compile(r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)")


@dataclass(frozen=True, slots=True)
class Attr:
    name: str
    value: str  # entity-decoded, from the original source (placeholders intact)
    name_start: int
    start: int  # offset of the value's first character (inside the quotes)
    end: int
    #: later attributes of the same name in the same start tag: a browser ignores them, but
    #: removing this one would bring the next to life (so a removal takes them along)
    ignored: tuple[Attr, ...] = ()

    @property
    def has_placeholder(self) -> bool:
        v = self.value
        return "{{" in v or "{%" in v or "[[" in v or ("{" in v and "}" in v) or "<?" in v or "${" in v or "<#" in v


@dataclass(eq=False, slots=True)
class Element:
    tag: str  # lower-case
    start: int  # offset of '<'
    end: int  # offset after the start tag's '>'
    attrs: dict[str, Attr]
    parent: Element | None
    index: int
    close_start: int | None = None  # offset of the end tag's '<', when there is one
    close_end: int | None = None

    def get(self, name: str, default: str | None = None) -> str | None:
        a = self.attrs.get(name)
        return a.value if a is not None else default

    def ancestors(self) -> Iterator[Element]:
        p = self.parent
        while p is not None:
            yield p
            p = p.parent

    def inner_end(self) -> int:
        return self.close_start if self.close_start is not None else self.end


@dataclass(frozen=True, slots=True)
class Comment:
    start: int
    end: int
    body: str  # the text between the delimiters


@dataclass(frozen=True, slots=True)
class CssDecl:
    """One CSS declaration from a ``style=`` attribute or a ``<style>`` block."""

    name: str  # lower-case property name
    value: str  # serialised value, without ``!important``
    #: the value's tinycss2 component values, white space and comments left out (the checks read
    #: no others; a 1 MB style sheet holds 57,000 white-space tokens, 3 MB, #14)
    tokens: tuple[Any, ...]
    important: bool
    start: int  # absolute offset of the property name
    end: int  # absolute offset just after the value
    element: Element | None  # for style attributes
    selector: str | None  # for style blocks
    #: offset of each token in ``tokens`` from ``token_base``: the tuple of the parsed string,
    #: shared by every declaration read from the same string (:attr:`token_offsets` adds the base)
    token_rel: tuple[int, ...]
    token_base: int = 0
    #: the presentational attribute the declaration is read from (MJML's font-size="14px"), if any
    attribute: Attr | None = None

    @property
    def token_offsets(self) -> tuple[int, ...]:
        """The absolute offset of each token in ``tokens`` (made when asked: a tuple of absolute
        offsets per declaration was 5 MB of a 1 MB style sheet's lint, #14)."""
        base = self.token_base
        return tuple(base + o for o in self.token_rel) if base else self.token_rel


#: One piece of visible text: (text offset, source start, source end, length in the text).
#: A plain tuple: a document has thousands of pieces, and a tuple is the cheapest record.
_Piece = tuple[int, int, int, int]


#: A character of the masked source that is not part of the text: the backslash of an escape
#: in a translated string (``don\'t``). The text builder drops it, keeping the source mapping.
DELETED = "\x00"


class TextBuilder:
    """Collects visible text pieces, each mapped back to its span of the source.

    With ``deletions``, characters :data:`DELETED` are left out of the text (the pieces around
    them keep their own source offsets)."""

    __slots__ = ("_parts", "_pieces", "_len", "_deletions")

    def __init__(self, deletions: bool = False) -> None:
        self._parts: list[str] = []
        self._pieces: list[_Piece] = []
        self._len = 0
        self._deletions = deletions

    def add(self, text: str, src_start: int, src_end: int | None = None) -> None:
        if not text:
            return
        if self._deletions and src_end is None and DELETED in text:
            pos = 0
            at = text.find(DELETED)
            while at >= 0:
                if at > pos:
                    self.add(text[pos:at], src_start + pos, src_start + at)
                pos = at + 1
                at = text.find(DELETED, pos)
            if pos < len(text):
                self.add(text[pos:], src_start + pos, src_start + len(text))
            return
        n = len(text)
        self._pieces.append((self._len, src_start, src_start + n if src_end is None else src_end, n))
        self._parts.append(text)
        self._len += n

    def build(self) -> TextMap:
        return TextMap("".join(self._parts), self._pieces)


class TextMap:
    """Visible text plus the mapping of every text offset to a source offset."""

    __slots__ = ("text", "_pieces", "_starts")

    def __init__(self, text: str, pieces: list[_Piece]) -> None:
        self.text = text
        self._pieces = pieces
        self._starts = [p[0] for p in pieces]

    def to_source(self, pos: int) -> int:
        """Source offset of the character at text offset ``pos``."""
        if not self._pieces:
            return 0
        i = bisect.bisect_right(self._starts, pos) - 1
        text_start, src_start, src_end, length = self._pieces[max(i, 0)]
        rel = pos - text_start
        if src_end - src_start == length:
            return src_start + min(rel, length)
        return src_start if rel < length else src_end

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        """Source span covering text span [start, end)."""
        s = self.to_source(start)
        if end <= start:
            return s, s
        i = bisect.bisect_right(self._starts, end - 1) - 1
        text_start, src_start, src_end, length = self._pieces[max(i, 0)]
        rel = end - 1 - text_start
        e = src_start + rel + 1 if src_end - src_start == length else src_end
        return s, max(e, s)


def decode_entities(raw: str, src_start: int, builder: TextBuilder) -> None:
    """Add ``raw`` (HTML text at ``src_start``) to ``builder``, decoding character references."""
    if "&" not in raw:
        builder.add(raw, src_start)
        return
    pos = 0
    for m in ENTITY.finditer(raw):
        ch = _entity_char(m.group())
        if ch is None:
            continue
        builder.add(raw[pos : m.start()], src_start + pos)
        builder.add(ch, src_start + m.start(), src_start + m.end())
        pos = m.end()
    builder.add(raw[pos:], src_start + pos)


def _entity_char(ref: str) -> str | None:
    body = ref[1:]
    if body.startswith("#"):
        num = body[1:].rstrip(";")
        try:
            cp = int(num[1:], 16) if num[:1] in "xX" else int(num)
            return chr(cp) if 0 < cp < 0x110000 else "\ufffd"
        except ValueError:
            return None
    named = _html5_entities()
    ch = named.get(body) or named.get(body.rstrip(";") + ";")
    return ch


def _html5_entities() -> dict[str, str]:
    """HTML5's named character references (2,231 of them), imported at the first named
    reference met: a plain-text message never needs the table (#14: ~1 ms of start-up)."""
    from html.entities import html5

    return html5


def unescape(value: str) -> str:
    if "&" not in value:
        return value
    return ENTITY.sub(lambda m: _entity_char(m.group()) or m.group(), value)
