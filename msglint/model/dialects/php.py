"""PHP templates (WooCommerce, OpenCart, Magento's .phtml, plain PHP mailers).

Everything between ``<?php``/``<?=`` and ``?>`` (or the end of the file) is code, read with a
small tokenizer that knows strings, heredocs and comments, so that a ``>`` in a string or a
``=>`` never ends the block and a URL in a doc comment is no link. What the code outputs as
message text:

- the string arguments of the gettext family (``__``, ``_e``, ``_x``, ``esc_html__``,
  ``esc_html_e``, ``esc_attr__``, ... and PHP's own ``_``/``gettext``), wherever they are;
- the format string of ``printf``/``sprintf`` (directly or through a gettext call), whose
  ``%s`` placeholders are named after the arguments that fill them;
- the string literals and heredocs an ``echo``/``print``/``<?=`` outputs directly.

Code around them is a placeholder when the block outputs something (``echo``, ``printf``,
``_e``...), a control span otherwise; comments are comments (``// msglint: ...`` works).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from msglint.model.dialects.base import PRINTF, Finder, Scan, SpanKind, string_text
from msglint.model.dialects.tags import strip_code

#: Translation functions: name -> index of the argument that is the text.
GETTEXT = {
    "__": 0,
    "_e": 0,
    "_x": 0,
    "_ex": 0,
    "_n": 0,
    "_nx": 0,
    "_n_noop": 0,
    "esc_html__": 0,
    "esc_html_e": 0,
    "esc_html_x": 0,
    "esc_attr__": 0,
    "esc_attr_e": 0,
    "esc_attr_x": 0,
    "_": 0,
    "gettext": 0,
    "ngettext": 0,
    "dgettext": 1,
    "translate": 0,
    "t": 0,
    "trans": 0,
    "trans_choice": 0,
    "lang": 0,
    "wp_sprintf": 0,
}
PRINTF_FUNCS = frozenset({"printf", "sprintf", "vprintf", "vsprintf", "wp_sprintf", "esc_html_sprintf"})
_OUTPUT_WORDS = frozenset({"echo", "print", "printf", "vprintf", "_e", "_ex", "esc_html_e", "esc_attr_e"})

_INNER_PRINTF = re.compile(PRINTF)
#: Variables interpolated in double-quoted strings and heredocs: $name, $obj->field, {$expr}.
_INTERPOLATION = re.compile(r"\{\$[^{}\n]{1,200}\}|\$[A-Za-z_]\w*(?:->[A-Za-z_]\w*|\[[^\]\n]{1,60}\])?")
_INNER_DOUBLE = re.compile(f"(?:{PRINTF})|{_INTERPOLATION.pattern}")

_TOKEN = re.compile(
    r"""
      (?P<s1>'(?:[^'\\]++|\\.)*+')
    | (?P<s2>"(?:[^"\\]++|\\.)*+")
    | (?P<lc>(?://|\#(?!\[))(?:[^\n?]++|\?(?!>))*+)
    | (?P<bc>/\*)
    | (?P<heredoc><<<[ \t]*+(?P<hq>['"]?)(?P<hid>[A-Za-z_]\w*+)(?P=hq)\r?\n)
    | (?P<close>\?>)
    | (?P<ident>[A-Za-z_\\][\w\\]*+)
    | (?P<punct>[(),;\[\]])
    | (?P<other>[^'"/\#<?A-Za-z_\\(),;\[\]]++|.)
    """,
    re.S | re.X,
)
_OPEN = re.compile(r"<\?(?:php(?![\w])|=)?")


@dataclass
class _Frame:
    """An open parenthesis or bracket: a call (``name``) with its arguments."""

    name: str  # lower-case function name, "" for a plain parenthesis or an array
    arg: int = 0
    arg_starts: list[int] = field(default_factory=list)
    arg_ends: list[int] = field(default_factory=list)
    #: text strings waiting for this printf call's arguments: (start, end, quote, flavour)
    formats: list[tuple[int, int, str, str]] = field(default_factory=list)


class _Heredocs:
    """Where each heredoc identifier's closing line is, searched once per identifier."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._cache: dict[str, tuple[int, re.Match[str] | None]] = {}

    def close(self, ident: str, pos: int) -> re.Match[str] | None:
        cached = self._cache.get(ident)
        if cached is not None:
            frm, m = cached
            if frm <= pos and (m is None or m.start() >= pos):
                return m
        m = re.compile(rf"^[ \t]*+{re.escape(ident)}(?!\w)", re.M).search(self.text, pos)
        self._cache[ident] = (pos, m)
        return m


def scan(text: str, start: int = 0) -> Scan:
    out = Scan()
    finder = Finder(text)
    heredocs = _Heredocs(text)
    pos = start
    n = len(text)
    while pos < n:
        at = finder.find("<?", pos)
        if at < 0:
            break
        m = _OPEN.match(text, at)
        assert m is not None
        if text.startswith("<?xml", at):
            pos = at + 2
            continue
        pos = scan_code(text, m.end(), n, out, finder, heredocs, block_start=at, echo=m.group() == "<?=")
    return out.finish()


def scan_code(
    text: str,
    code_start: int,
    limit: int,
    out: Scan,
    finder: Finder,
    heredocs: _Heredocs,
    *,
    block_start: int,
    echo: bool = False,
    stop_at_close: bool = True,
    inner: re.Pattern[str] | None = None,
) -> int:
    """Read PHP code from ``code_start`` to ``?>`` (or ``limit``); record its spans in ``out``
    (code from ``block_start``). ``echo``: the code is an expression that is output (``<?=``,
    Blade's ``{{ }}``). Returns where reading stops (after ``?>``)."""
    reader = _CodeReader(text, limit, out, finder, heredocs, echo, inner)
    end = reader.read(code_start, stop_at_close)
    reader.record(block_start, code_start, end)
    return end


class _CodeReader:
    """One block of PHP code, token by token: strings, comments, calls and their arguments."""

    def __init__(
        self,
        text: str,
        limit: int,
        out: Scan,
        finder: Finder,
        heredocs: _Heredocs,
        echo: bool,
        inner: re.Pattern[str] | None,
    ) -> None:
        self.text, self.limit, self.out, self.finder, self.heredocs = text, limit, out, finder, heredocs
        self.echo, self.inner = echo, inner
        self.texts: list[tuple[int, int, str, str]] = []  # text strings (start, end, quote, flavour)
        self.formatted: list[tuple[int, int]] = []  # printf formats already recorded
        self.comments: list[tuple[int, int, int, int]] = []
        self.stack: list[_Frame] = []
        self.echo_depth = 0 if echo else -1  # stack depth of the running echo statement
        self.outputs = echo
        self.prev_ident = ""

    def read(self, pos: int, stop_at_close: bool) -> int:
        text, limit = self.text, self.limit
        while pos < limit:
            m = _TOKEN.match(text, pos, limit)
            if m is None:  # pragma: no cover - "other" matches any character
                break
            kind = m.lastgroup
            if kind == "close" and stop_at_close:
                return m.end()
            if kind == "bc":
                pos = self._block_comment(m)
            elif kind == "lc":
                body = m.start() + (2 if text[m.start()] == "/" else 1)
                self.comments.append((m.start(), m.end(), body, m.end()))
                pos = m.end()
            elif kind == "heredoc":
                pos = self._heredoc(m)
            elif kind in ("s1", "s2"):
                q = text[m.start()]
                self._string(m.start() + 1, m.end() - 1, q, "single" if q == "'" else "double")
                pos = m.end()
            elif kind == "ident":
                self._ident(m.group().lower())
                pos = m.end()
            elif kind == "punct":
                self._punct(m)
                pos = m.end()
            else:
                if not m.group().isspace():
                    self.prev_ident = ""
                pos = m.end()
        return limit

    def _block_comment(self, m: re.Match[str]) -> int:
        close = self.finder.find("*/", m.end())
        if 0 <= close < self.limit:
            self.comments.append((m.start(), close + 2, m.end(), close))
            return close + 2
        return m.end()

    def _heredoc(self, m: re.Match[str]) -> int:
        text = self.text
        close_m = self.heredocs.close(m.group("hid"), m.end())
        if close_m is None or close_m.start() >= self.limit:
            return m.end()
        content_end = close_m.start() - 1 if text[close_m.start() - 1 : close_m.start()] == "\n" else close_m.start()
        if content_end > 0 and text[content_end - 1 : content_end] == "\r":
            content_end -= 1
        self._string(m.end(), content_end, "", "nowdoc" if m.group("hq") == "'" else "heredoc")
        return close_m.end()

    def _string(self, s: int, e: int, q: str, flavour: str) -> None:
        _string(self.texts, self.stack, self.echo_depth, s, e, q, flavour)
        self.prev_ident = ""

    def _ident(self, word: str) -> None:
        if word in _OUTPUT_WORDS:
            self.outputs = True
        if word in ("echo", "print") and self.echo_depth < 0:
            self.echo_depth = len(self.stack)
        self.prev_ident = word

    def _punct(self, m: re.Match[str]) -> None:
        ch = m.group()
        stack = self.stack
        if ch in "([":
            frame = _Frame(self.prev_ident if ch == "(" else "")
            frame.arg_starts.append(m.end())
            stack.append(frame)
        elif ch in ")]":
            if stack:
                frame = stack.pop()
                frame.arg_ends.append(m.start())
                if frame.formats:
                    _name_formats(self.text, frame, _TextReader(self.text, self.out, self.inner, ""), self.formatted)
        elif ch == ",":
            if stack:
                frame = stack[-1]
                frame.arg_ends.append(m.start())
                frame.arg += 1
                frame.arg_starts.append(m.end())
        elif ch == ";" and len(stack) <= max(self.echo_depth, 0) and not self.echo:
            self.echo_depth = -1
        self.prev_ident = ""

    def record(self, block_start: int, code_start: int, end: int) -> None:
        """Record the block: its text strings, its code pieces around them, its comments."""
        text, out = self.text, self.out
        reader = _TextReader(text, out, self.inner, text[code_start:end])
        # Unfinished printf calls (the code stops mid-call): their strings are text all the same.
        for frame in self.stack:
            for s, e, q, flavour in frame.formats:
                reader.read(s, e, q, flavour, None)
                self.formatted.append((s, e))
        for s, e, q, flavour in self.texts:
            reader.read(s, e, q, flavour, None)
        kind: SpanKind = "placeholder" if self.outputs else "control"
        holes = sorted([(s, e) for s, e, _, _ in self.texts] + self.formatted + [(c[0], c[1]) for c in self.comments])
        piece_start = block_start
        part = bool(self.texts or self.formatted)
        for s, e in holes:
            if s < piece_start:
                continue
            out.add(piece_start, s, kind, strip_code(text[piece_start:s]), part=part)
            piece_start = e
        out.add(piece_start, end, kind, strip_code(text[piece_start:end]), part=part)
        for s, e, b, be in self.comments:
            out.comment(s, e, b, be)


def _string(
    texts: list[tuple[int, int, str, str]], stack: list[_Frame], echo_depth: int, s: int, e: int, q: str, flavour: str
) -> None:
    """Decide whether the string literal at ``[s, e)`` is text and where it is recorded."""
    if not stack:
        if echo_depth == 0:
            texts.append((s, e, q, flavour))
        return
    top = stack[-1]
    index = GETTEXT.get(top.name)
    if index is not None and top.arg == index:
        # a gettext call as the format of an enclosing printf: named after that call's arguments
        if len(stack) >= 2 and stack[-2].name in PRINTF_FUNCS and stack[-2].arg == 0:
            stack[-2].formats.append((s, e, q, flavour))
        else:
            texts.append((s, e, q, flavour))
        return
    if top.name in PRINTF_FUNCS and top.arg == 0:
        top.formats.append((s, e, q, flavour))
        return
    if echo_depth >= 0 and len(stack) == echo_depth:
        texts.append((s, e, q, flavour))


def _name_formats(text: str, frame: _Frame, reader: _TextReader, formatted: list[tuple[int, int]]) -> None:
    """The format strings of a finished printf call: %s, %1$s named after its arguments."""
    args = [strip_code(text[a:b], 200) for a, b in zip(frame.arg_starts, frame.arg_ends, strict=False)]
    for s, e, q, flavour in frame.formats:
        reader.read(s, e, q, flavour, args)
        formatted.append((s, e))
    frame.formats = []


class _TextReader:
    """Records string literals as text: their escapes and their placeholders (printf's, the
    variables of double-quoted strings, and ``inner``'s, such as Laravel's ``:name``), named
    after printf's arguments or the named arguments of the surrounding code."""

    def __init__(self, text: str, out: Scan, inner: re.Pattern[str] | None, code: str) -> None:
        self.text = text
        self.out = out
        self.inner = inner
        self.code = code
        self._args: dict[str, str] | None = None

    def _named(self, key: str) -> str:
        if self._args is None:
            from msglint.model.dialects.expr import named_args

            self._args = named_args(self.code) if self.code else {}
        return self._args.get(key, "")

    def read(self, s: int, e: int, q: str, flavour: str, args: list[str] | None) -> None:
        def name_of(raw: str, index: int) -> str:
            if args is not None and raw.startswith("%"):
                m = re.match(r"%(\d{1,2})\$", raw)
                i = int(m.group(1)) if m else index + 1
                if 0 < i < len(args):
                    return f"{raw} {args[i]}"
            value = self._named(raw.strip("{}%:$ "))
            return f"{raw} {value}" if value else raw

        escapes: Literal["c", "single", "none"]
        if flavour == "single" or flavour == "nowdoc":
            inner = _INNER_PRINTF if self.inner is None else _combined(self.inner)
            escapes = "single" if flavour == "single" else "none"
        else:  # double quotes and heredoc: C escapes, variables
            inner = _INNER_DOUBLE if self.inner is None else _combined(self.inner, double=True)
            escapes = "c"
        string_text(
            self.out,
            self.text,
            s,
            e,
            quote=q or '"',
            escapes=escapes,
            inner=inner,
            name_of=name_of,
            percent_literal=args is not None,
        )


_COMBINED: dict[tuple[str, bool], re.Pattern[str]] = {}


def _combined(extra: re.Pattern[str], double: bool = False) -> re.Pattern[str]:
    key = (extra.pattern, double)
    rx = _COMBINED.get(key)
    if rx is None:
        base = _INNER_DOUBLE if double else _INNER_PRINTF
        rx = _COMBINED[key] = re.compile(f"(?:{extra.pattern})|(?:{base.pattern})")
    return rx
