"""Smarty (JTL-Shop, PrestaShop 1.6 modules and themes, many German shop systems).

``{$x}``, ``{$obj->field|escape:'html'}``, ``{#config#}`` are placeholders; ``{if}``,
``{foreach}``, ``{include}``, ``{/if}``... are control tags; ``{* ... *}`` is a comment;
``{literal}...{/literal}`` is read as written (CSS and scripts). PrestaShop's ``{l s='...'}``
is a translation whose text is message text (``%s`` named after ``sprintf=[...]``); JTL's
``{lang key=...}`` is a lookup, a placeholder. As in Smarty 3, a ``{`` followed by white
space is no tag (``a { color: red }``).
"""

from __future__ import annotations

import re

from msglint.model.dialects.base import (
    MARKERS,
    PRINTF,
    Finder,
    RegexFinder,
    Scan,
    code_until,
    inner_pattern,
    tag_end,
)
from msglint.model.dialects.expr import is_key
from msglint.model.dialects.tags import emit_tag, strip_code

INNER = inner_pattern(PRINTF, MARKERS)
CONTROL = frozenset(
    """if elseif else foreach foreachelse for forelse section sectionelse while include include_php insert
    assign append capture block extends function call literal strip nocache setfilter config_load
    includemailtemplate break continue""".split()
)
_OPEN = re.compile(r"\{(?=[$#*/A-Za-z])")
_CODE = code_until("}")
_NAME = re.compile(r"(/?)([A-Za-z_]\w*+)(?=[\s}=])")
_L_TEXT = re.compile(r"""\s++s=(?:'((?:[^'\\]++|\\.)*+)'|"((?:[^"\\]++|\\.)*+)")""", re.S)
_END_LITERAL = re.compile(r"\{/literal\}")
_POSITIONAL_ARGS = re.compile(r"sprintf=\[(.{0,300}?)\](?=\s|\})")


def scan(text: str, start: int = 0) -> Scan:
    out = Scan()
    finder = Finder(text)
    opener = RegexFinder(text, _OPEN)
    end_literal = RegexFinder(text, _END_LITERAL)
    pos = start
    n = len(text)
    while pos < n:
        m = opener.search(pos)
        if m is None:
            break
        s = m.start()
        c = text[s + 1]
        if c == "*":
            close = finder.find("*}", s + 2)
            if close < 0:
                pos = s + 2
                continue
            out.comment(s, close + 2, s + 2, close)
            pos = close + 2
            continue
        e = tag_end(text, finder, s, s + 1, "}", _CODE)
        if e < 0:
            pos = s + 1
            continue
        if c in "$#":
            out.add(s, e, "placeholder", strip_code(text[s + 1 : e - 1]))
            pos = e
            continue
        nm = _NAME.match(text, s + 1, e)
        if nm is None:  # "{color:red}": no Smarty tag
            pos = s + 1
            continue
        closing, name = nm.group(1), nm.group(2).lower()
        code = strip_code(text[s + 1 : e - 1])
        if name == "literal" and not closing:
            end_m = end_literal.search(e)
            out.add(s, e, "control", code)
            if end_m is not None:
                out.add(end_m.start(), end_m.end(), "control", "/literal")
                pos = end_m.end()
            else:
                pos = e
            continue
        if name == "l" and not closing:
            lm = _L_TEXT.match(text, nm.end(), e)
            strings = []
            if lm is not None:
                g = 1 if lm.group(1) is not None else 2
                if not is_key(lm.group(g)):
                    strings.append((lm.start(g), lm.end(g), text[lm.start(g) - 1]))
            emit_tag(out, text, s, e, "placeholder", code, strings, inner=INNER, percent_literal=False)
            _name_positional(out, text, s, e)
            pos = e
            continue
        if closing or name in CONTROL:
            out.add(s, e, "control", code)
        else:
            out.add(s, e, "placeholder", code)
        pos = e
    return out.finish()


def _name_positional(out: Scan, text: str, s: int, e: int) -> None:
    """``{l s='Order %s' sprintf=[$order_name]}``: each ``%s`` is named after its value."""
    m = _POSITIONAL_ARGS.search(text, s, e)
    if m is None:
        return
    values = [v.strip() for v in m.group(1).split(",")]
    index = 0
    for i, sp in enumerate(out.spans):
        if s <= sp.start < e and sp.kind == "placeholder" and sp.name.startswith("%") and " " not in sp.name:
            pm = re.match(r"%(\d{1,2})\$", sp.name)
            k = int(pm.group(1)) - 1 if pm else index
            index += 1
            if 0 <= k < len(values):
                out.spans[i] = type(sp)(sp.start, sp.end, sp.kind, f"{sp.name} {values[k]}")
