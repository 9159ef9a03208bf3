"""What the terminal needs: whether to colour, and how wide text is when displayed.

Colour follows ``--color auto|always|never``; with ``auto`` (the default) ``NO_COLOR`` (any
non-empty value) turns it off, ``FORCE_COLOR`` (non-empty, not ``0``) turns it on, else colour is
used on a terminal only (https://no-color.org, https://force-color.org).

Display width: East Asian wide and fullwidth characters and emoji take two columns, combining
marks, zero-width characters and variation selectors none, so a caret under a CJK word or after
an emoji points at the right place.
"""

from __future__ import annotations

import os
import unicodedata
from typing import TextIO


def use_color(mode: str, stream: TextIO) -> bool:
    if mode == "always":
        return True
    if mode == "never":
        return False
    if os.environ.get("NO_COLOR"):
        return False
    force = os.environ.get("FORCE_COLOR")
    if force and force != "0":
        return True
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def char_width(ch: str) -> int:
    cp = ord(ch)
    if cp < 0x20 or 0x7F <= cp < 0xA0:
        return 0
    if unicodedata.combining(ch) or cp in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF) or 0xFE00 <= cp <= 0xFE0F:
        return 0
    if 0xE0100 <= cp <= 0xE01EF or 0x1F3FB <= cp <= 0x1F3FF:  # variation selectors, skin tones
        return 0
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 2
    if 0x1F000 <= cp <= 0x1FAFF:  # emoji and pictographs not marked wide
        return 2
    return 1


def display_width(text: str) -> int:
    return sum(char_width(ch) for ch in text)


__all__ = ["char_width", "display_width", "use_color"]
