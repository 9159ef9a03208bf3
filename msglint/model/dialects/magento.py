"""Magento 2 e-mail templates: ``{{trans "..." name=$x}}``, ``{{var x}}``, ``{{depend}}``,
``{{if}}``/``{{else}}``, ``{{for}}``, ``{{template}}``, ``{{layout}}``, ``{{block}}``,
``{{store url=""}}``, ``{{view url=""}}``..., and the ``<!--@subject ... @-->`` and
``<!--@vars ... @-->`` headers.

A directive ends at the first ``}}`` (as Magento's own parser reads it). The text of
``{{trans}}`` is message text; its ``%name`` variables are placeholders named after their
arguments (``%store_email`` + ``store_email=$store_email``). The subject is a field of the
message, read with the same rules.
"""

from __future__ import annotations

import re

from msglint.model.dialects.base import MAX_TAG, PERCENT_NAME, Finder, RegexFinder, Scan, inner_pattern
from msglint.model.dialects.expr import is_key
from msglint.model.dialects.tags import emit_tag, strip_code

INNER = inner_pattern(PERCENT_NAME)
CONTROL = frozenset("depend if else for template layout block css inlinecss widget include protocol_if".split())
_OPEN = re.compile(r"\{\{|<!--@(?:subject|vars|styles)")
_NAME = re.compile(r"\s*+(/?)([A-Za-z_]\w*+)")
_FIRST_STRING = re.compile(r"""\s++(?:"([^"\\]*+(?:\\.[^"\\]*+)*+)"|'([^'\\]*+(?:\\.[^'\\]*+)*+)')""", re.S)


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
        if text.startswith("<!--@", s):
            close = finder.find("@-->", m.end())
            if close < 0:
                pos = m.end()
                continue
            out.add(s, close + 4, "meta", m.group()[5:])
            if m.group() == "<!--@subject":
                body = m.end()
                while body < close and text[body] in " \t":
                    body += 1
                end = close
                while end > body and text[end - 1] in " \t\r\n":
                    end -= 1
                out.fields.append(("subject", body, end))
            pos = close + 4
            continue
        close = finder.find("}}", s + 2)
        if close < 0 or close - s > MAX_TAG:
            pos = s + 2
            continue
        e = close + 2
        nm = _NAME.match(text, s + 2, close)
        name = nm.group(2).lower() if nm else ""
        code = strip_code(text[s + 2 : close])
        if name == "trans" and nm is not None and not nm.group(1):
            fm = _FIRST_STRING.match(text, nm.end(), close)
            strings = []
            if fm is not None:
                g = 1 if fm.group(1) is not None else 2
                if not is_key(fm.group(g)):
                    strings.append((fm.start(g), fm.end(g), text[fm.start(g) - 1]))
            emit_tag(out, text, s, e, "placeholder", code, strings, inner=INNER)
        elif name in CONTROL or (nm is not None and nm.group(1)):
            out.add(s, e, "control", code)
        else:
            out.add(s, e, "placeholder", code)
        pos = e
    return out.finish()
