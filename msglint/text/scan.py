"""``finditer`` for long texts that visits only where a match can start.

Python's regex engine tries a pattern at every position of the text unless the pattern starts
with a literal or a character class. The phrase and concept regexes start with a word-boundary
look-behind, or with a group of alternatives, so a 1 MB message costs 25-250 ms per regex even
when the regex matches nowhere: with a dozen languages searched (nothing detected) that was most
of the time of a long mixed-language message (#14).

:func:`finditer` gives exactly ``rx.finditer(text, pos, endpos)``: it works out, once per
regex, the characters a match can start with (a character class, from the parsed pattern), and
tries the regex (``rx.match``) only where such a character is, found by a class-led scan that
the engine runs fast. Skipped positions cannot start a match, and a match is tried from a
position exactly as the engine's own search tries it (look-behinds and anchors see the whole
string in both), so the matches are the same. Where that cannot be told (a pattern that can
match the empty string, starts with ``\\w``, ``.``, a negated class, a backreference or inline
flags), or where candidates turn out to be dense (the text is in the regex's own script: see
``_STEP``), the regex's own ``finditer`` does the work.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

try:  # the parser the engine itself uses (Python >= 3.11)
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python: always the plain finditer
    _parser = None

#: Texts shorter than this are searched with the regex's own finditer (nothing to win).
MIN_LENGTH = 200
#: What a step of :func:`finditer` costs (a scan, a ``match`` and a loop in Python), and what the
#: engine's own search spends per position of the text: about ``_POSITION`` plus ``_PER_CHAR``
#: per character of the pattern (measured, microseconds, on the phrase and concept regexes:
#: 0.03 for ``coupons?``, 0.3 for an alternation of 3,000 characters). Once the candidates tried
#: cost what the engine would have spent on the whole text, the engine does the rest.
_STEP = 0.4
_POSITION = 0.03
_PER_CHAR = 0.0001

_SCANS: dict[tuple[str, int], re.Pattern[str] | None] = {}
_SCANS_MAX = 4096


_CATEGORIES: dict[Any, str] = {}
if _parser is not None:
    _CATEGORIES = {
        _c.CATEGORY_DIGIT: "\\d",
        _c.CATEGORY_NOT_DIGIT: "\\D",
        _c.CATEGORY_WORD: "\\w",
        _c.CATEGORY_NOT_WORD: "\\W",
        _c.CATEGORY_SPACE: "\\s",
        _c.CATEGORY_NOT_SPACE: "\\S",
    }


class _GiveUp(Exception):
    """The first characters of a pattern cannot be told (as a positive character class)."""


def _char(c: int) -> str:
    return f"\\U{c:08x}"


def _first_of_in(items: list[tuple[Any, Any]]) -> set[str]:
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(_char(av))
        elif op is _c.RANGE:
            out.add(f"{_char(av[0])}-{_char(av[1])}")
        elif op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            out.add("\\d")
        else:  # NEGATE, \w, \s, \W...: too wide, or not a positive set
            raise _GiveUp
    return out


def _first_seq(seq: Any) -> tuple[set[str], bool]:
    """(class items that a match of ``seq`` can start with, whether ``seq`` can match empty)."""
    out: set[str] = set()
    for op, av in seq:
        got, nullable = _first_op(op, av)
        out |= got
        if not nullable:
            return out, False
    return out, True


def _first_op(op: Any, av: Any) -> tuple[set[str], bool]:
    if op is _c.LITERAL:
        return {_char(av)}, False
    if op is _c.IN:
        return _first_of_in(av), False
    if op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
        return {"\\d"}, False
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _GiveUp
        return _first_seq(sub)
    if op is _c.ATOMIC_GROUP:
        return _first_seq(av)
    if op is _c.BRANCH:
        out: set[str] = set()
        nullable = False
        for alt in av[1]:
            got, empty = _first_seq(alt)
            out |= got
            nullable = nullable or empty
        return out, nullable
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        lo, _hi, item = av
        got, empty = _first_seq(item)
        return got, lo == 0 or empty
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return set(), True  # zero width: the next element starts the match
    raise _GiveUp  # ANY, NOT_LITERAL, \w, backreferences, conditionals...


def _class_source(items: list[tuple[Any, Any]]) -> str:
    """The source of a character class from its parsed items (raises _GiveUp if unusual)."""
    out: list[str] = []
    for op, av in items:
        if op is _c.NEGATE:
            out.insert(0, "^")
        elif op is _c.LITERAL:
            out.append(_char(av))
        elif op is _c.RANGE:
            out.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is _c.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:
            raise _GiveUp
    return "[" + "".join(out) + "]"


def _lookbehind(seq: Any) -> str | None:
    r"""The class of a leading one-character negative look-behind of ``seq`` (``(?<![\w])``,
    ``(?<![0-9])``: a match starts where no such character is before), or None."""
    if not len(seq):
        return None
    op, av = seq[0]
    if op is not _c.ASSERT_NOT or av[0] != -1:
        return None
    inner = list(av[1])
    if len(inner) != 1:
        return None
    iop, iav = inner[0]
    try:
        if iop is _c.IN:
            return _class_source(iav)
        if iop is _c.LITERAL or iop is _c.CATEGORY:
            return _class_source([inner[0]])
    except _GiveUp:
        return None
    return None


def scanner(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """A regex whose matches are single characters, at every position where ``rx`` may match
    (a superset), led by a character class; None if that cannot be told. Cached per pattern."""
    key = (rx.pattern, rx.flags)
    if key in _SCANS:
        return _SCANS[key]
    scan: re.Pattern[str] | None = None
    if _parser is not None and isinstance(rx.pattern, str):
        try:
            parsed = _parser.parse(rx.pattern, rx.flags)
            first, nullable = _first_seq(parsed)
            if first and not nullable:
                source = "[" + "".join(sorted(first)) + "]"
                behind = _lookbehind(parsed)
                if behind is not None:
                    # the class first (the engine scans for it fast), then "no such character
                    # before it" checked behind: the same positions as the pattern's look-behind
                    source += f"(?<!{behind}[\\s\\S])"
                scan = re.compile(source, rx.flags & (re.IGNORECASE | re.ASCII))
        except (_GiveUp, re.error, RecursionError, AttributeError, TypeError, ValueError):
            scan = None
    if len(_SCANS) >= _SCANS_MAX:
        _SCANS.clear()
    _SCANS[key] = scan
    return scan


def finditer(rx: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
    """Exactly the matches of ``rx.finditer(text, pos, endpos)``, faster on long texts where
    the places a match can start are sparse (see the module docstring)."""
    end = len(text) if endpos is None else min(endpos, len(text))
    if end - pos < MIN_LENGTH:
        yield from rx.finditer(text, pos, end)
        return
    scan = scanner(rx)
    if scan is None:
        yield from rx.finditer(text, pos, end)
        return
    budget = (end - pos) * (_POSITION + _PER_CHAR * len(rx.pattern)) / _STEP
    seen = 0
    search, match = scan.search, rx.match
    while True:
        c = search(text, pos, end)
        if c is None:
            return
        at = c.start()
        m = match(text, at, end)
        if m is None:
            pos = at + 1
        else:
            yield m
            pos = m.end()  # never empty: the pattern cannot match the empty string
        seen += 1
        if seen > budget:
            yield from rx.finditer(text, pos, end)  # dense: the engine's own loop is cheaper
            return


def search(rx: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    """Exactly ``rx.search(text, pos, endpos)`` (the first match :func:`finditer` gives)."""
    return next(finditer(rx, text, pos, endpos), None)
