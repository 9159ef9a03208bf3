"""Jinja, Twig and Liquid: ``{{ value }}``, ``{% tag %}``, ``{# comment #}``.

- Translation: ``{{ _("...") }}``, ``{{ gettext("...") }}``, ``{{ 'text'|trans({...}) }}``
  (Twig, PrestaShop's mail themes), ``{{ 'text' | t }}`` (Liquid); the body of
  ``{% trans %}...{% endtrans %}`` is text already, its ``%name%`` parameters are placeholders.
- Comments: ``{# #}``, Liquid's ``{% comment %}...{% endcomment %}`` and ``{% # note %}``.
"""

from __future__ import annotations

import re

from msglint.model.dialects.base import (
    BRACED,
    DOUBLE_BRACED,
    MARKERS,
    MAX_TAG,
    PERCENT_WRAPPED,
    PRINTF,
    Finder,
    RegexFinder,
    Scan,
    SpanKind,
    code_until,
    inner_pattern,
    tag_end,
)
from msglint.model.dialects.expr import text_strings
from msglint.model.dialects.tags import emit_tag, strip_code

CALLS = frozenset({"_", "gettext", "ngettext", "trans", "t", "__", "translate"})
FILTERS = frozenset({"trans", "t", "translate", "transchoice"})
INNER = inner_pattern(PERCENT_WRAPPED, PRINTF, BRACED, DOUBLE_BRACED, MARKERS)
_TRANS_BODY_INNER = re.compile(PERCENT_WRAPPED)

_OPEN = re.compile(r"\{[{%#]")
_CODE_VALUE = code_until("}}")
_CODE_TAG = code_until("%}")
_TAG_NAME = re.compile(r"[-+~]?\s*+(#|[A-Za-z_]\w*+)")
_END_COMMENT = re.compile(r"\{%-?\s*+endcomment\s*+-?%\}")
_END_TRANS = re.compile(r"\{%-?\s*+end(?:trans|blocktrans)\s*+-?%\}")


def scan(text: str, start: int = 0, *, liquid: bool = False) -> Scan:
    out = Scan()
    finder = Finder(text)
    opener = RegexFinder(text, _OPEN)
    end_comment = RegexFinder(text, _END_COMMENT)
    end_trans = RegexFinder(text, _END_TRANS)
    trans_regions: list[tuple[int, int]] = []
    pos = start
    n = len(text)
    while pos < n:
        m = opener.search(pos)
        if m is None:
            break
        s = m.start()
        kind = text[s + 1]
        if kind == "#":
            close = finder.find("#}", s + 2)
            if close < 0 or close - s > MAX_TAG:
                pos = s + 2
                continue
            body_start = s + 2 + (text[s + 2 : s + 3] == "-")
            body_end = close - (text[close - 1 : close] == "-" and close - 1 >= body_start)
            out.comment(s, close + 2, body_start, body_end)
            pos = close + 2
            continue
        if kind == "%":
            e = tag_end(text, finder, s, s + 2, "%}", _CODE_TAG)
            if e < 0:
                pos = s + 2
                continue
            name_m = _TAG_NAME.match(text, s + 2, e)
            name = name_m.group(1) if name_m else ""
            if name == "comment":
                end_m = end_comment.search(e)
                if end_m is not None:
                    out.comment(s, end_m.end(), e, end_m.start())
                    pos = end_m.end()
                    continue
            if name == "#" and liquid:
                assert name_m is not None
                out.comment(s, e, name_m.end(1), e - 2 - (text[e - 3] == "-"))
                pos = e
                continue
            if name in ("trans", "blocktrans"):
                end_m = end_trans.search(e)
                if end_m is not None:
                    trans_regions.append((e, end_m.start()))
            strings = list(text_strings(text, s + 2, e - 2, calls=CALLS, filters=FILTERS))
            kind_: SpanKind = "placeholder" if name in ("trans", "blocktrans") else "control"
            emit_tag(
                out,
                text,
                s,
                e,
                kind_,
                strip_code(text[s + 2 : e - 2]),
                strings,
                inner=INNER,
                percent_literal=not liquid,
            )
            pos = e
            continue
        e = tag_end(text, finder, s, s + 2, "}}", _CODE_VALUE)
        if e < 0:
            pos = s + 2
            continue
        strings = list(text_strings(text, s + 2, e - 2, calls=CALLS, filters=FILTERS))
        emit_tag(
            out,
            text,
            s,
            e,
            "placeholder",
            strip_code(text[s + 2 : e - 2]),
            strings,
            inner=INNER,
            percent_literal=not liquid,
        )
        pos = e
    if trans_regions:
        _trans_bodies(text, out, trans_regions)
    return out.finish()


def _trans_bodies(text: str, out: Scan, regions: list[tuple[int, int]]) -> None:
    """``%name%`` in the text of ``{% trans %}`` blocks: Twig's parameters."""
    for s, e in regions:
        for m in _TRANS_BODY_INNER.finditer(text, s, e):
            out.add(m.start(), m.end(), "placeholder", m.group())
