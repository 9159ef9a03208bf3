"""The dialect of templates whose engine is not known: the placeholders msglint has always read
(``{{ }}``, ``{% %}``, ``{# #}``, review-service ``[[tags]]``, PrestaShop's ``{shop_name}``),
with ``{# #}`` as comments and ``{% %}`` as control tags."""

from __future__ import annotations

from typing import TYPE_CHECKING

from msglint.model.dialects.base import Scan

if TYPE_CHECKING:
    from msglint.model.placeholders import Finder


def scan(text: str, start: int = 0, pattern: Finder | None = None) -> Scan:
    rx = pattern or _default()
    out = Scan()
    if pattern is None and "{" not in text and "[[" not in text:
        return out
    for m in rx.finditer(text, start):
        s, e = m.span()
        if text.startswith("{#", s):
            body_start = s + 2 + (text[s + 2 : s + 3] == "-")
            body_end = e - 2 - (text[e - 3 : e - 2] == "-" and e - 3 >= body_start)
            out.comment(s, e, body_start, body_end)
        elif text.startswith("{%", s):
            out.add(s, e, "control", text[s + 2 : e - 2].strip())
        else:
            out.add(s, e, "placeholder", text[s:e].strip("{}[]% \t\r\n-"))
    return out.finish()


_DEFAULT: list[Finder] = []


def _default() -> Finder:
    if not _DEFAULT:
        from msglint.model.placeholders import compile_placeholders

        _DEFAULT.append(compile_placeholders())
    return _DEFAULT[0]
