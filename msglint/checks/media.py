"""MSG1: images and media."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from msglint.diagnostics import Edit, Finding, Fix

if TYPE_CHECKING:
    from msglint.document import Document
    from msglint.engine import Context

# Anything that could be an emoji: a cheap test that spares importing ``emoji`` for plain text.
_MAYBE_EMOJI = re.compile("[\u00a9\u00ae\u203c-\u3299\U0001f000-\U0001faff\U000e0020-\U000e007f]")
_VS16 = "\ufe0f"


@cache
def _typographic(symbols: tuple[str, ...]) -> frozenset[str]:
    out: set[str] = set()
    for item in symbols:
        if len(item) == 3 and item[1] == "-":  # a range such as "←-⇿"
            out.update(chr(c) for c in range(ord(item[0]), ord(item[2]) + 1))
        else:
            out.add(item)
    return frozenset(out)


def _emoji_spans(text: str, allowed: frozenset[str]) -> Iterator[tuple[int, int, str]]:
    if not _MAYBE_EMOJI.search(text):
        return
    import emoji as emoji_lib

    for m in emoji_lib.emoji_list(text):
        s, e, ch = m["match_start"], m["match_end"], m["emoji"]
        # A text-presentation symbol (©, ™, →, ✓) is typography unless VS16 asks for the emoji.
        if ch in allowed and not text.startswith(_VS16, e):
            continue
        if text.startswith(_VS16, e):
            e += 1
        yield s, e, ch


def _removal(source: str, start: int, end: int) -> Fix:
    # Take one adjacent space with the emoji so "Thanks 😀 for" becomes "Thanks for".
    if end < len(source) and source[end] == " " and (start == 0 or source[start - 1] in " \n>"):
        end += 1
    elif start > 0 and source[start - 1] == " " and (end >= len(source) or source[end] in "\r\n<.,!?"):
        start -= 1
    return Fix("remove the emoji", (Edit(start, end, ""),))


def emoji(doc: Document, ctx: Context) -> Iterator[Finding]:
    allowed = _typographic(tuple(ctx.data.get("typographic-symbols", ())))
    text = doc.text
    for s, e, ch in _emoji_spans(text, allowed):
        ss, se = doc.text_span(s, e)
        message = f"emoji {ch!r} in the message: Amazon does not allow emojis"
        yield Finding(ss, se, message, _removal(doc.source, ss, se))
    for el in doc.elements:
        for name in ("alt", "title"):
            attr = el.attrs.get(name)
            if attr is None or not attr.value:
                continue
            raw = doc.source[attr.start : attr.end]
            for s, e, ch in _emoji_spans(raw, allowed):
                yield Finding(
                    attr.start + s,
                    attr.start + e,
                    f"emoji {ch!r} in the {name!r} attribute: Amazon does not allow emojis",
                    Fix("remove the emoji", (Edit(attr.start + s, attr.start + e, ""),)),
                )
    for name, value, offset in doc.fields:
        for s, e, ch in _emoji_spans(value, allowed):
            yield Finding(offset + s, offset + e, f"emoji {ch!r} in the {name}: Amazon does not allow emojis")
