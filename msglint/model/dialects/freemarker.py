"""FreeMarker (Java shops: OFBiz, Broadleaf, Hybris e-mails): ``${expr}``, ``#{expr}``,
directives ``<#if (a > b)>``, ``</#if>``, ``<#list xs as x>``, macro calls ``<@m.header/>``,
comments ``<#-- -->``. A ``>`` inside parentheses or a string does not end a directive."""

from __future__ import annotations

import re

from msglint.model.dialects.base import BRACED, MAX_TAG, PRINTF, STRING_SLACK, Finder, RegexFinder, Scan, inner_pattern
from msglint.model.dialects.expr import text_strings
from msglint.model.dialects.tags import emit_tag, strip_code

CALLS = frozenset({"msg", "message", "i18n", "t", "translate", "_"})
INNER = inner_pattern(BRACED, PRINTF)
_OPEN = re.compile(r"<#--|</?[#@](?=[A-Za-z_])|[$#]\{")
_S = r"""(?:"(?:[^"\\]++|\\.)*+"|'(?:[^'\\]++|\\.)*+')"""
_P3 = rf"""\((?:[^()"']++|{_S})*+\)"""
_P2 = rf"""\((?:[^()"']++|{_S}|{_P3})*+\)"""
_P1 = rf"""\((?:[^()"']++|{_S}|{_P2})*+\)"""
#: A directive's code up to its '>' (strings and parenthesised expressions skipped).
_DIRECTIVE = re.compile(rf"""(?:[^"'()>]++|{_S}|{_P1})*+>""", re.S)
_B3 = rf"""\{{(?:[^{{}}"']++|{_S})*+\}}"""
#: An interpolation's expression up to its '}' (nested braces and strings skipped).
_INTERPOLATION = re.compile(rf"""(?:[^{{}}"']++|{_S}|\{{(?:[^{{}}"']++|{_S}|{_B3})*+\}})*+\}}""", re.S)


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
        tok = m.group()
        if tok == "<#--":
            close = finder.find("-->", s + 4)
            if close < 0:
                pos = s + 4
                continue
            out.comment(s, close + 3, s + 4, close)
            pos = close + 3
            continue
        first = finder.find("}" if tok.endswith("{") else ">", m.end())
        if first < 0:
            break  # no closing character anywhere after: the rest is text
        # a closing character inside a string or parentheses moves the end a little at most
        limit = min(n, s + MAX_TAG, first + STRING_SLACK)
        if tok.endswith("{"):
            im = _INTERPOLATION.match(text, m.end(), limit)
            if im is None or not im.group().endswith("}"):
                pos = _after_failure(finder, m.end(), "}", n)
                continue
            e = im.end()
            strings = list(text_strings(text, m.end(), e - 1, calls=CALLS))
            emit_tag(out, text, s, e, "placeholder", strip_code(text[m.end() : e - 1]), strings, inner=INNER)
            pos = e
            continue
        dm = _DIRECTIVE.match(text, m.end(), limit)
        if dm is None or not dm.group().endswith(">"):
            pos = _after_failure(finder, m.end(), ">", n)
            continue
        e = dm.end()
        out.add(s, e, "control", strip_code(text[s + 1 : e - 1]))
        pos = e
    return out.finish()


def _after_failure(finder: Finder, pos: int, close: str, n: int) -> int:
    """Where reading goes on after a directive or interpolation that does not close (an
    unbalanced quote or parenthesis): after the next ``close``, as an engine that does not
    lex strings would read it; the end when there is none. Everything skipped is text, and
    no stretch is read twice (a file full of broken directives stays linear)."""
    at = finder.find(close, pos)
    return n if at < 0 else at + 1
