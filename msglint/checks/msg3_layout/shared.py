"""MSG3: layout and style that Amazon's messages may not change.

Amazon renders messages in its own frame, with its own font, colour, line height and
alignment; templates that set their own are reworked or blocked. Each check is one pass over
``doc.css`` (inline styles and ``<style>`` blocks, read with tinycss2) and/or ``doc.elements``;
lengths are compared in px (pt, em and rem converted at the 16 px browser default).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

from msglint.checks.style import (
    CSS_WIDE,
    significant,
    token_px,
)
from msglint.core.diagnostics import Edit, Finding, Fix

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import CssDecl, Document, Element

# Browser default sizes in px: <font size=1..7>, headings, <big>/<small>, CSS keywords.
_FONT_TAG_PX = {1: 10.0, 2: 13.0, 3: 16.0, 4: 18.0, 5: 24.0, 6: 32.0, 7: 48.0}
TAG_PX = {"h1": 32.0, "h2": 24.0, "h3": 18.72, "h4": 16.0, "h5": 13.28, "h6": 10.72, "big": 19.2, "small": 13.33}
_KEYWORD_PX = {
    "xx-small": 9.0,
    "x-small": 10.0,
    "small": 13.0,
    "medium": 16.0,
    "large": 18.0,
    "x-large": 24.0,
    "xx-large": 32.0,
    "xxx-large": 48.0,
}
SIZED_TAGS_IN_SELECTOR = re.compile(r"(?<![\w.#:-])(h[1-6]|big|small|font)(?![\w-])")
_FONT_SIZE_ATTR = re.compile(r"\s*+([+-]?)\s*+([1-7])\s*+")
# A comment whose body cannot run past its own "-->": one way to match it, so no backtracking
# over a run of comments; the possessive star never gives back what it matched.
_COMMENT = r"<!--(?:[^-]|-(?!->))*-->"
_SPACE = r"\s|&nbsp;?|&#160;?|&#[xX]0*[aA]0;?"
_EMPTY_BLOCK = re.compile(rf"(?:{_SPACE}|<br\s*/?>|{_COMMENT})*+", re.I)
# Inline tags (WYSIWYG editors wrap breaks in spans: "<br><span><br></span><br>") do not
# separate two breaks; text, images and block boundaries do.
_INLINE_TAG = r"</?(?:span|font|b|strong|i|em|u|small|big|sup|sub)(?:\s[^<>]{0,500})?/?>"
BLANK_GAP = re.compile(rf"(?:{_SPACE}|{_COMMENT}|{_INLINE_TAG})*+", re.I)
_NEWLINE = re.compile(r"\r\n|\n|\r")
_BLOCK_END = re.compile(r"</(p|div)\s*>", re.I)
MAX_GAP = 2000  # longer stretches between two breaks are not blank (and not worth scanning)


def short(value: str, limit: int = 40) -> str:
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 3] + "..."


def has_placeholder(doc: Document, start: int, end: int) -> bool:
    return bool(doc.placeholders) and doc.is_placeholder(start, end)


# ---- MSG301 font-size-count ---------------------------------------------------------------------
SizeKey = tuple[str, float | str]


def size_of_token(tok: Any) -> SizeKey | None:
    """A comparable key of a font-size token: px where the unit allows, else the value itself."""
    if tok.type == "ident":
        word = tok.lower_value
        if word in CSS_WIDE:
            return None
        if word in _KEYWORD_PX:
            return ("px", _KEYWORD_PX[word])
        return ("value", word)  # larger, smaller, math, ...
    if tok.type == "percentage":
        return ("px", round(float(tok.value) * 0.16, 2)) if tok.value else None
    px = token_px(tok)
    if px is not None:
        return ("px", round(px, 2)) if px > 0 else None  # font-size:0 hides whitespace, no text size
    if tok.type in ("dimension", "function"):
        return ("value", tok.serialize().lower())
    return None


def font_size_token(decl: CssDecl) -> tuple[Any, int] | None:
    """The size token of ``font-size`` or of a ``font`` shorthand (the one before ``/`` and family)."""
    toks = significant(decl)
    if decl.name == "font-size":
        return toks[0] if toks else None
    for tok, off in toks:
        if tok.type in ("dimension", "percentage"):
            return tok, off
        if tok.type == "ident" and (tok.lower_value in _KEYWORD_PX or tok.lower_value in ("larger", "smaller")):
            return tok, off
        if tok.type in ("string", "literal") or (tok.type == "ident" and tok.lower_value in CSS_WIDE):
            return None  # reached the family (or a keyword value): no size given
    return None


def font_tag_px(value: str) -> float | None:
    m = _FONT_SIZE_ATTR.fullmatch(value)
    if m is None:
        return None
    n = int(m.group(2))
    if m.group(1):
        n = 3 + n if m.group(1) == "+" else 3 - n
    return _FONT_TAG_PX[max(1, min(7, n))]


def displays_none(decls: Iterable[CssDecl]) -> bool:
    return any(d.name == "display" and d.value.lower().split() == ["none"] for d in decls)


# ---- MSG302 text-alignment ----------------------------------------------------------------------
def allowed_alignments(ctx: Context) -> frozenset[str]:
    allowed = {v.lower() for v in ctx.data["default-alignments"]} | CSS_WIDE
    rtl = {v.lower() for v in ctx.data["rtl-languages"]}
    if any(lang.split("-")[0] in rtl for lang in ctx.languages):
        allowed.update(v.lower() for v in ctx.data["rtl-default-alignments"])
    return frozenset(allowed)


def center_fix(doc: Document, el: Element) -> Fix | None:
    """``<center>...</center>`` becomes ``<div>...</div>``: still a block, no longer centred."""
    if el.close_start is None or el.close_end is None:
        return None
    if not re.fullmatch(r"</center\s*>", doc.source[el.close_start : el.close_end], re.I):
        return None  # closed implicitly by another end tag: leave it to a human
    return Fix(
        "replace <center> by <div>",
        (Edit(el.start + 1, el.start + 7, "div"), Edit(el.close_start + 2, el.close_start + 8, "div")),
    )


def in_rtl(el: Element | None) -> bool:
    """Inside ``dir="rtl"``: there, right alignment is the default one."""
    while el is not None:
        direction = el.get("dir")
        if direction is not None:
            return direction.strip().lower() == "rtl"
        el = el.parent
    return False


# ---- MSG304 line-breaks -------------------------------------------------------------------------
@cache
def _blank_line_run(max_breaks: int) -> re.Pattern[str]:
    """``max_breaks + 1`` or more newlines with nothing but spaces between them."""
    nl = r"(?:\r\n|\n|\r(?!\n))"  # CRLF is one break, never a CR and an LF
    return re.compile(rf"{nl}(?:[ \t\u00a0\u3000]*+{nl}){{{max_breaks},}}")


def break_units(doc: Document) -> Iterator[tuple[int, int]]:
    """Source spans that each render one line break: ``<br>`` and empty ``<p>``/``<div>``."""
    source = doc.source
    covered = -1
    for el in doc.elements:
        if el.start < covered:
            continue  # the <br> inside <p><br></p> belongs to its paragraph
        if el.tag == "br":
            yield el.start, el.end
        elif (
            el.tag in ("p", "div")
            and el.close_start is not None
            and el.close_end is not None
            and el.close_start - el.end <= 200
            and _EMPTY_BLOCK.fullmatch(source, el.end, el.close_start)
        ):
            # The unit ends with the element's own end tag, never with an end tag that closed
            # it implicitly (</td>, </b>): a fix must not delete another element's end.
            own = _BLOCK_END.fullmatch(source, el.close_start, el.close_end)
            end = el.close_end if own is not None and own.group(1).lower() == el.tag else el.close_start
            covered = end
            yield el.start, end


def breaks_message(n: int, limit: int) -> str:
    return f"{n} line breaks in a row: Amazon allows at most {limit} (the spacing between paragraphs)"


def text_line_breaks(doc: Document, limit: int) -> Iterator[Finding]:
    source = doc.source
    for m in _blank_line_run(limit).finditer(source, doc.body_start):
        if not source[doc.body_start : m.start()].strip() or not source[m.end() :].strip():
            continue  # blank lines before the first or after the last line render as nothing
        newlines = list(_NEWLINE.finditer(source, m.start(), m.end()))
        keep_end = newlines[limit - 1].end()
        yield Finding(
            keep_end,
            m.end(),
            breaks_message(len(newlines), limit),
            Fix(f"keep {limit} line breaks", (Edit(keep_end, m.end(), ""),)),
        )
