"""Helpers shared by the tag-based dialects: recording a tag with its translated strings."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

from msglint.model.dialects.base import Scan, SpanKind, string_text
from msglint.model.dialects.expr import named_args

_POSITIONAL = re.compile(r"%(?:(\d{1,2})\$)?")


def inner_key(raw: str) -> str:
    """The variable an inner placeholder names: ``%(name)s`` -> name, ``{order_name}`` ->
    order_name, ``%store_email`` -> store_email, ``:name`` -> name; "" for ``%s``."""
    m = re.search(r"\(([A-Za-z_]\w*)\)", raw)
    if m:
        return m.group(1)
    key = raw.strip("{}%: \t[]/")
    if re.fullmatch(r"\d*\$?[-+0#]{0,3}\d{0,3}(?:\.\d+)?[bcdeEfFgGosuxX]", key):
        return ""
    return key


def emit_tag(
    scan: Scan,
    text: str,
    start: int,
    end: int,
    kind: SpanKind,
    name: str,
    strings: Iterable[tuple[int, int, str]] = (),
    *,
    inner: re.Pattern[str] | None = None,
    escapes: Literal["c", "single", "none"] = "single",
    percent_literal: bool = False,
) -> None:
    """Record the tag ``text[start:end]`` as spans of ``kind`` around its translated
    ``strings`` (content start, content end, quote), whose text stays text; placeholders
    inside them are named after the tag's arguments (``%name`` + ``name=$order.name``)."""
    pos = start
    args: dict[str, str] | None = None
    strings = list(strings)
    if strings:  # the tag's name is its code: the translated text is not part of it
        name = strip_code(
            "".join(
                text[a:b]
                for a, b in zip([start] + [e for _, e, _ in strings], [s for s, _, _ in strings] + [end], strict=True)
            )
        )
    for s, e, q in strings:
        scan.add(pos, s, kind, name, part=True)
        if args is None:
            args = named_args(text[start:end])
        known = args

        def name_of(raw: str, _index: int, known: dict[str, str] = known) -> str:
            key = inner_key(raw)
            value = known.get(key) or known.get(raw)
            return f"{raw} {value}" if value else raw

        string_text(
            scan, text, s, e, quote=q, escapes=escapes, inner=inner, name_of=name_of, percent_literal=percent_literal
        )
        pos = e
    scan.add(pos, end, kind, name, part=bool(strings))


def strip_code(code: str, limit: int = 400) -> str:
    code = " ".join(code.split())
    return code if len(code) <= limit else code[:limit]
