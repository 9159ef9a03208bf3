"""Handlebars and Mustache: ``{{value}}``, ``{{{raw}}}``, ``{{#block}}``/``{{/block}}``,
``{{^inverse}}``, ``{{> partial}}``, comments ``{{! }}`` and ``{{!-- --}}`` (which may contain
``}}``), and translation helpers: ``{{t "Your order has shipped"}}``, ``(i18n "...")``."""

from __future__ import annotations

import re

from msglint.model.dialects.base import (
    BRACED,
    DOUBLE_BRACED,
    MAX_TAG,
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

HELPERS = frozenset({"t", "i18n", "__", "translate", "$t", "trans", "_", "tr"})
INNER = inner_pattern(PRINTF, BRACED, DOUBLE_BRACED, r"__[A-Za-z_]\w{0,40}__")
_OPEN = re.compile(r"\{\{")
_CODE = code_until("}}")
_CODE3 = code_until("}}}")
_CONTROL = re.compile(r"~?\s*+(?:[#/^>&=]|else\b|\*)")


def scan(text: str, start: int = 0) -> Scan:
    out = Scan()
    finder = Finder(text)
    opener = RegexFinder(text, _OPEN)
    pos = start
    n = len(text)
    while pos < n:
        m = opener.search(pos)
        if m is None:
            break
        s = m.start()
        if text.startswith("{{!--", s) or text.startswith("{{~!--", s):
            body = s + (5 if text[s + 2] == "!" else 6)
            close = _comment_close(text, finder, body)
            if close is None:
                pos = s + 2
                continue
            out.comment(s, close[1], body, close[0])
            pos = close[1]
            continue
        if text.startswith("{{!", s) or text.startswith("{{~!", s):
            body = s + (3 if text[s + 2] == "!" else 4)
            close_at = finder.find("}}", body)
            if close_at < 0 or close_at - s > MAX_TAG:
                pos = s + 2
                continue
            body_end = close_at - (text[close_at - 1] == "~")
            out.comment(s, close_at + 2, body, body_end)
            pos = close_at + 2
            continue
        if text.startswith("{{{", s):
            e = tag_end(text, finder, s, s + 3, "}}}", _CODE3)
            if e >= 0:
                out.add(s, e, "placeholder", strip_code(text[s + 3 : e - 3]))
                pos = e
                continue
        e = tag_end(text, finder, s, s + 2, "}}", _CODE)
        if e < 0:
            pos = s + 2
            continue
        code = text[s + 2 : e - 2]
        kind: SpanKind = "control" if _CONTROL.match(code) else "placeholder"
        strings = list(text_strings(text, s + 2, e - 2, helpers=HELPERS))
        emit_tag(out, text, s, e, kind, strip_code(code.lstrip("~#/^>&{ ")), strings, inner=INNER)
        pos = e
    return out.finish()


def _comment_close(text: str, finder: Finder, body: int) -> tuple[int, int] | None:
    """(body end, comment end) of ``{{!-- ... --}}`` (``--~}}`` too), or None."""
    at = finder.find("--}}", body)
    alt = finder.find("--~}}", body)
    if alt >= 0 and (at < 0 or alt < at):
        at, length = alt, 5
    else:
        length = 4
    if at < 0 or at - body > MAX_TAG * 5:
        return None
    return at, at + length
