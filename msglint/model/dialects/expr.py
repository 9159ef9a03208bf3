"""Translation calls inside template expressions: which string literals are message text.

The expression languages of Jinja, Twig, Liquid, Handlebars, FreeMarker and Blade's PHP share
three shapes of translation:

- a call: ``_("Your order has shipped")``, ``__('Hello :name', [...])``, ``t("...")``;
- a helper with its argument after a space: ``{{t "Hello"}}``, ``(i18n "...")``;
- a filter on the string: ``'Hello {firstname}'|trans({}, 'Emails.Body')``, ``'...' | t``.

:func:`text_strings` returns the string literals in such a position. A string that looks like
a translation key (``customer_mailer.order.title``, ``shop::app.mail.heading``) is a lookup,
not text: the words are in a locale file msglint does not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from msglint.model.dialects.base import QUOTED

_IDENT = r"[A-Za-z_$][\w$]*+"
#: A key: no space, dots, underscores, colons or slashes between words, no sentence punctuation.
_KEY = re.compile(r"[\w$-]++(?:(?:\.|::|:|/|_)[\w$-]++)++|[a-z0-9]++(?:_[a-z0-9]++)++")


def is_key(value: str) -> bool:
    v = value.strip()
    return bool(v) and " " not in v and _KEY.fullmatch(v) is not None


_ARG = re.compile(
    r"""(?P<q>['"]?)(?P<key>%?[A-Za-z_][\w.\-]{0,60}%?|\[/?\d{1,2}\]|:[A-Za-z_]\w{0,60})(?P=q)\s*+(?:=>|:|=)(?!=)\s*+"""
    r"""(?P<value>(?:"[^"]{0,200}"|'[^']{0,200}'|\([^()]{0,200}\)|\[[^\[\]]{0,200}\]|[^,)\]}\s"'])*+)"""
)


_KEY_AFTER = re.compile(r"\s*+(?:=>|:)")


def _without_text(code: str) -> str:
    """``code`` with the content of its strings blanked, except strings used as keys
    (``'name' => ...``, ``'%name%': ...``): words in a sentence are no arguments."""
    parts: list[str] = []
    pos = 0
    for m in QUOTED.finditer(code):
        if _KEY_AFTER.match(code, m.end()) or not any(c.isspace() for c in m.group()):
            continue
        parts.append(code[pos : m.start() + 1])
        parts.append(" " * (m.end() - m.start() - 2))
        pos = m.end() - 1
    parts.append(code[pos:])
    return "".join(parts)


def named_args(code: str) -> dict[str, str]:
    """``key -> expression`` of the named arguments and array entries in a tag's code:
    ``name=$order.name``, ``'%name%': customer.firstName``, ``'name' => $user->name``."""
    out: dict[str, str] = {}
    if "'" in code or '"' in code:
        code = _without_text(code)
    for m in _ARG.finditer(code):
        value = m.group("value").strip()
        if value:
            key = m.group("key")
            out.setdefault(key, value)
            out.setdefault(key.strip("%:"), value)
    return out


def text_strings(
    text: str,
    start: int,
    end: int,
    *,
    calls: frozenset[str] = frozenset(),
    helpers: frozenset[str] = frozenset(),
    filters: frozenset[str] = frozenset(),
) -> Iterator[tuple[int, int, str]]:
    """(content start, content end, quote) of the strings of ``text[start:end]`` that are
    translated text: first argument of a call in ``calls``, argument of a helper in
    ``helpers`` (Handlebars style, no parentheses) or the operand of a filter in ``filters``."""
    for m in QUOTED.finditer(text, start, end):
        s, e = m.start(), m.end()
        content = text[s + 1 : e - 1]
        if not content.strip() or is_key(content):
            continue
        if _is_argument(text, start, s, calls, helpers) or _is_filtered(text, e, end, filters):
            yield s + 1, e - 1, text[s]


_BEFORE_CALL = re.compile(r"(?P<name>[A-Za-z_$][\w$.:]*+)\s*+\(\s*+$")
_BEFORE_HELPER = re.compile(r"(?:^|[\s(])(?P<name>[A-Za-z_$][\w$.]*+)\s++$")
_AFTER_FILTER = re.compile(r"\s*+\|\s*+(?P<name>[A-Za-z_][\w.]*+)")


def _is_argument(text: str, start: int, s: int, calls: frozenset[str], helpers: frozenset[str]) -> bool:
    window = text[max(start, s - 80) : s]
    if calls:
        m = _BEFORE_CALL.search(window)
        if m is not None and m.group("name").rsplit(".", 1)[-1].rsplit("::", 1)[-1] in calls:
            return True
    if helpers:
        m = _BEFORE_HELPER.search(window)
        if m is not None and m.group("name") in helpers:
            # the helper must open the tag or a sub-expression: "{{t", "(t"
            before = window[: m.start("name")].rstrip()
            return not before or before.endswith(("(", "{", "{{", "{{{", "~"))
    return False


def _is_filtered(text: str, e: int, end: int, filters: frozenset[str]) -> bool:
    if not filters:
        return False
    m = _AFTER_FILTER.match(text, e, end)
    return m is not None and m.group("name") in filters
