"""MSG1: images and media."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from msglint.checks.style import html_length, significant, token_px
from msglint.core.diagnostics import Edit, Fix
from msglint.model.document import unescape

if TYPE_CHECKING:
    from msglint.model.document import CssDecl, Document, Element

# Anything that could be an emoji: a cheap test that spares importing ``emoji`` for plain text.
MAYBE_EMOJI = re.compile("[\u00a9\u00ae\u203c-\u3299\U0001f000-\U0001faff\U000e0020-\U000e007f]")
_VS16 = "\ufe0f"


@cache
def typographic(symbols: tuple[str, ...]) -> frozenset[str]:
    out: set[str] = set()
    for item in symbols:
        if len(item) == 3 and item[1] == "-":  # a range such as "←-⇿"
            out.update(chr(c) for c in range(ord(item[0]), ord(item[2]) + 1))
        else:
            out.add(item)
    return frozenset(out)


#: Runs of possible emoji characters and the joiners of emoji sequences (ZWJ, VS16, keycap).
_EMOJI_RUN = re.compile("[\u00a9\u00ae\u203c-\u3299\U0001f000-\U0001faff\U000e0020-\U000e007f\u200d\ufe0f\u20e3]+")


def _emoji_windows(text: str) -> Iterator[tuple[int, int]]:
    """Spans of ``text`` that can hold an emoji: each run above plus the character before it
    (the digit of a keycap sequence). :func:`emoji_list` walks a string in Python, about
    5 us per character; giving it only these windows instead of the whole message makes
    MSG101 some 50x cheaper on text with a euro sign, and finds exactly the same emoji."""
    start = end = -1
    for m in _EMOJI_RUN.finditer(text):
        s = max(0, m.start() - 1)
        if start >= 0 and s <= end:
            end = m.end()
            continue
        if start >= 0:
            yield start, end
        start, end = s, m.end()
    if start >= 0:
        yield start, end


_ZWJ = "\u200d"


def emoji_list(string: str) -> list[tuple[int, int, str]]:
    """``emoji.emoji_list(string)`` as (start, end, emoji): the same matches, in linear time.

    This is the algorithm of ``emoji.tokenizer.tokenize`` (greedy walk of the library's search
    tree; a ZWJ after an emoji is skipped and the emoji matched again, so that non-RGI ZWJ
    sequences come out as their parts) with one change: the skipped ZWJ positions are kept in a
    set. The library keeps them in a list and tests membership at every character, so a chain of
    16k ZWJ-joined emoji (48 kB) took 12 s and 400 kB of them minutes (fuzz triage D3).
    ``tests/test_hotpath.py`` checks that both give the same matches.
    """
    from emoji import unicode_codes
    from emoji.tokenizer import get_search_tree

    tree = get_search_tree()
    data = unicode_codes.EMOJI_DATA
    component = unicode_codes.STATUS["component"]
    out: list[tuple[int, int, str]] = []
    # pending tokens (chars, start, is an emoji match), flushed at the first plain character
    result: list[tuple[str, int, bool]] = []
    ignore: set[int] = set()
    i = 0
    length = len(string)
    while i < length:
        consumed = False
        char = string[i]
        if i in ignore:
            i += 1
            continue
        if char in tree:
            j = i + 1
            sub_tree = tree[char]
            while j < length and string[j] in sub_tree:
                if j in ignore:
                    break
                sub_tree = sub_tree[string[j]]
                j += 1
            if "data" in sub_tree:
                result.append((string[i:j], i, True))
                i = j - 1
                consumed = True
        elif char == _ZWJ and result and result[-1][0] in data and i > 0 and string[i - 1] in tree:
            ignore.add(i)
            if data[result[-1][0]]["status"] == component:
                i -= sum(len(t[0]) for t in result[-2:])
                if string[i] == _ZWJ:
                    i += 1
                    del result[-1]
                else:
                    del result[-2:]
            else:
                i -= len(result[-1][0])
                del result[-1]
            continue
        elif result:
            out.extend((start, start + len(chars), chars) for chars, start, match in result if match)
            result = []
        if not consumed and char != "\ufe0e" and char != "\ufe0f":
            result.append((char, i, False))
        i += 1
    out.extend((start, start + len(chars), chars) for chars, start, match in result if match)
    return out


def emoji_spans(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, int, str]]:
    if not MAYBE_EMOJI.search(text):
        return
    for ws, we in _emoji_windows(text):
        for ms, me, ch in emoji_list(text[ws:we]):
            s, e = ms + ws, me + ws
            # A text-presentation symbol (©, ™, →, ✓) is typography unless VS16 asks for the emoji.
            if ch in allowed and not text.startswith(_VS16, e):
                continue
            if text.startswith(_VS16, e):
                e += 1
            yield s, e, ch


def removal(source: str, start: int, end: int) -> Fix:
    # Take one adjacent space with the emoji so "Thanks 😀 for" becomes "Thanks for".
    if end < len(source) and source[end] == " " and (start == 0 or source[start - 1] in " \n>"):
        end += 1
    elif start > 0 and source[start - 1] == " " and (end >= len(source) or source[end] in "\r\n<.,!?"):
        start -= 1
    return Fix("remove the emoji", (Edit(start, end, ""),))


# ---- images: one collection of every image reference, shared by MSG102-MSG105 ----------------
@dataclass(frozen=True, slots=True)
class ImageRef:
    """An image URL of the message and where its characters are in the source."""

    url: str  # entity-decoded
    start: int  # the URL's first character, or the start of ``url(...)`` when not ``exact``
    end: int
    where: str  # "src", "srcset", "background", "css"
    element: Element | None
    exact: bool  # [start, end) holds the URL itself, so a fix may edit it


_IMAGE_SRC_TAGS = frozenset({"img", "input", "image"})
_SRCSET_TAGS = frozenset({"img", "source"})
# Possessive: a failed attempt may not rescan a long run of commas (quadratic otherwise).
_SRCSET_URL = re.compile(r"[\s,]*+([^\s,][^\s]*+)?[^,]*+")


def is_image_element(el: Element) -> bool:
    if el.tag == "input":
        return (el.get("type") or "").strip().lower() == "image"
    return el.tag in ("img", "image")


def _attr_url(doc: Document, el: Element, name: str, where: str) -> ImageRef | None:
    attr = el.attrs.get(name)
    if attr is None:
        return None
    raw = doc.source[attr.start : attr.end]
    stripped = raw.strip()
    if not stripped:
        return None
    start = attr.start + raw.index(stripped[0])
    return ImageRef(unescape(stripped), start, start + len(stripped), where, el, True)


def _srcset_urls(doc: Document, el: Element) -> Iterator[ImageRef]:
    attr = el.attrs.get("srcset")
    if attr is None:
        return
    raw = doc.source[attr.start : attr.end]
    for m in _SRCSET_URL.finditer(raw):
        url = (m.group(1) or "").rstrip(",")
        if url:
            s = attr.start + m.start(1)
            yield ImageRef(unescape(url), s, s + len(url), "srcset", el, True)


def image_refs(doc: Document, cache: dict[str, Any]) -> list[ImageRef]:
    """Every image URL: ``src``/``srcset``, ``background=`` attributes and CSS ``url()``."""
    refs: list[ImageRef] | None = cache.get("media.images")
    if refs is not None:
        return refs
    refs = []
    for el in doc.elements:
        if el.tag in _IMAGE_SRC_TAGS and is_image_element(el):
            for name in ("src", "href", "xlink:href") if el.tag == "image" else ("src",):
                ref = _attr_url(doc, el, name, "src")
                if ref is not None:
                    refs.append(ref)
        if el.tag in _SRCSET_TAGS and "srcset" in el.attrs:
            refs.extend(_srcset_urls(doc, el))
        if "background" in el.attrs:
            ref = _attr_url(doc, el, "background", "background")
            if ref is not None:
                refs.append(ref)
    if doc.css:  # only then import msglint.model.css (and tinycss2): start-up of CSS-free templates
        from msglint.model.css import css_urls

        for decl in doc.css:
            for url, s, e in css_urls(decl):
                if not url.strip():
                    continue
                inner = doc.source.find(url, s, e) if url else -1
                if inner >= 0:
                    refs.append(ImageRef(url, inner, inner + len(url), "css", decl.element, True))
                else:  # written with CSS escapes: report the url() token, offer no fix
                    refs.append(ImageRef(url, s, e, "css", decl.element, False))
    refs.sort(key=lambda r: r.start)
    cache["media.images"] = refs
    return refs


def short(url: str, limit: int = 60) -> str:
    url = url.strip()
    if url[:5].lower() == "data:":
        return url[: url.find(",")] if 0 < url.find(",") < 40 else url[:30] + "..."
    return url if len(url) <= limit else url[: limit - 3] + "..."


def path(url: str) -> str:
    """The lower-case path of a URL, without query string and fragment."""
    u = url.strip().lower()
    for sep in ("?", "#"):
        i = u.find(sep)
        if i >= 0:
            u = u[:i]
    return u


# ---- MSG104 tracking-pixel ----------------------------------------------------------------------
@cache
def beacon_patterns(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns))


_CLASS_SELECTOR = re.compile(r"\.(-?[A-Za-z_][\w-]{0,100})")


def revealed_classes(doc: Document) -> frozenset[str]:
    """Classes that a ``<style>`` rule displays (``.mobile { display: block !important }``).

    Responsive templates hide the mobile version of a banner inline and reveal it in a media
    query: an image in such an element is shown to some readers, so it is no tracking pixel."""
    found: set[str] = set()
    for decl in doc.css:
        if decl.element is None and decl.selector and decl.name == "display" and decl.value.lower() != "none":
            found.update(_CLASS_SELECTOR.findall(decl.selector))
    return frozenset(found)


def hidden_by(el: Element, by_element: dict[int, list[CssDecl]], revealed: frozenset[str]) -> str | None:
    """Why ``el`` itself is not rendered (``display:none``, ...), or None."""
    if "hidden" in el.attrs:
        return "the hidden attribute"
    for decl in by_element.get(el.index, ()):
        toks = significant(decl)
        if len(toks) != 1:
            continue
        tok = toks[0][0]
        if decl.name == "display" and tok.type == "ident" and tok.lower_value == "none":
            if revealed and not revealed.isdisjoint((el.get("class") or "").split()):
                continue
            return "display:none"
        if decl.name == "visibility" and tok.type == "ident" and tok.lower_value in ("hidden", "collapse"):
            return f"visibility:{tok.lower_value}"
        if decl.name == "opacity" and tok.type in ("number", "percentage") and tok.value == 0:
            return "opacity:0"
    return None


def pixel_size(el: Element, decls: list[CssDecl]) -> tuple[float | None, float | None]:
    """Rendered width and height in px where the markup says (CSS wins over attributes)."""
    size: dict[str, float | None] = {}
    for name in ("width", "height"):
        attr = el.get(name)
        parsed = html_length(attr) if attr is not None else None
        size[name] = parsed[0] if parsed is not None and not parsed[1] else None
    for decl in decls:
        dim = decl.name.removeprefix("max-")
        if dim in ("width", "height"):
            toks = significant(decl)
            px = token_px(toks[0][0]) if len(toks) == 1 else None
            if px is not None and (decl.name == dim or px <= 1):
                size[dim] = px
    return size["width"], size["height"]


def is_pixel(w: float | None, h: float | None) -> bool:
    """0 in either dimension, or 1 px with the other side 0, 1 or unset (a 600x1 rule is not)."""
    if w == 0 or h == 0:
        return True
    return (w is not None and w <= 1 and (h is None or h <= 1)) or (h is not None and h <= 1 and w is None)


def size_text(w: float | None, h: float | None) -> str:
    if w is not None and h is not None:
        return f"{w:g}x{h:g} px image"
    return f"{w:g} px wide image" if w is not None else f"{h:g} px high image"
