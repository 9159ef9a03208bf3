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
string in both), so the matches are the same. A pattern that starts with a bounded run of any
characters (``[^、。]{0,30}``, ``.{0,3}``, ``\\w{2}``: at most ``_MAX_LEAD``) before a listed one is
scanned for the listed ones and tried up to that many positions before each (:func:`finditer`).
Where none of that can be told (a pattern that can match the empty string or only wide
characters, an unbounded wide run, a backreference or inline flags), or where candidates turn
out to be dense (the text is in the regex's own script: see ``_STEP``), the regex's own
``finditer`` does the work.
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

_SCANS: dict[tuple[str, int], tuple[re.Pattern[str] | None, int]] = {}
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


#: The widest run of "any character" before a pattern's first listed character that
#: :func:`finditer` still steps over: ``[^、。]{0,30}(ありがとう|...)`` (the Japanese clause
#: patterns) is scanned for its words and tried at most 30 characters before each (#14).
_MAX_LEAD = 64


def _first_seq(seq: Any) -> tuple[set[str], int, bool, int]:
    """``(first, lead, passable, through)`` of a parsed sequence: every match of ``seq`` that
    holds a listed character holds one of the class items ``first`` within its first ``lead + 1``
    characters; ``passable``: a match may hold none (it is empty, or made of wide elements only:
    a negated class, ``.``, ``\\w``), and then it is at most ``through`` characters long.

    Elements are walked in order: a passable one adds its ``through`` to the lead and the walk
    goes on; the first one that is not passable ends it."""
    out: set[str] = set()
    lead = 0
    most = 0
    for op, av in seq:
        got, inner, passable, through = _first_op(op, av)
        if got:
            out |= got
            most = max(most, lead + inner)
        if not passable:
            return out, most, False, 0
        lead += through
        if lead > _MAX_LEAD:
            raise _GiveUp
    return out, most, True, lead


def _first_op(op: Any, av: Any) -> tuple[set[str], int, bool, int]:
    if op is _c.LITERAL:
        return {_char(av)}, 0, False, 0
    if op is _c.IN:
        try:
            return _first_of_in(av), 0, False, 0
        except _GiveUp:
            return set(), 0, True, 1  # a negated class or a wide category: one character
    if op is _c.CATEGORY:
        return ({"\\d"}, 0, False, 0) if av is _c.CATEGORY_DIGIT else (set(), 0, True, 1)
    if op is _c.ANY or op is _c.NOT_LITERAL:
        return set(), 0, True, 1
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _GiveUp
        return _first_seq(sub)
    if op is _c.ATOMIC_GROUP:
        return _first_seq(av)
    if op is _c.BRANCH:
        out: set[str] = set()
        most = through = 0
        passable = False
        for alt in av[1]:
            got, lead, empty, far = _first_seq(alt)
            out |= got
            most = max(most, lead)
            if empty:
                passable = True
                through = max(through, far)
        return out, most, passable, through
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        lo, hi, item = av
        got, lead, empty, far = _first_seq(item)
        if empty and far:
            # each repetition may pass ``far`` wide characters before the next one lists one
            if far * hi > _MAX_LEAD:
                raise _GiveUp
            return got, lead + far * (hi - 1), True, far * hi
        return got, lead, lo == 0 or empty, 0
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return set(), 0, True, 0  # zero width: the next element starts the match
    raise _GiveUp  # backreferences, conditionals...


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
    """A regex whose matches are single characters, one of which every match of ``rx`` holds
    within its first ``lead + 1`` characters (see :func:`scanner_lead`); None if that cannot be
    told. With lead 0, they are the positions where ``rx`` may match (a superset)."""
    return scanner_lead(rx)[0]


def scanner_lead(rx: re.Pattern[str]) -> tuple[re.Pattern[str] | None, int]:
    """``(scanner, lead)``: a class-led regex finding characters one of which every match of
    ``rx`` holds at most ``lead`` characters after its start, or ``(None, 0)`` if that cannot
    be told. Cached per pattern."""
    key = (rx.pattern, rx.flags)
    if key in _SCANS:
        return _SCANS[key]
    scan: re.Pattern[str] | None = None
    lead = 0
    if _parser is not None and isinstance(rx.pattern, str):
        try:
            parsed = _parser.parse(rx.pattern, rx.flags)
            first, lead, passable, _through = _first_seq(parsed)
            if first and not passable:
                source = "[" + "".join(sorted(first)) + "]"
                behind = _lookbehind(parsed) if lead == 0 else None
                if behind is not None:
                    # the class first (the engine scans for it fast), then "no such character
                    # before it" checked behind: the same positions as the pattern's look-behind
                    source += f"(?<!{behind}[\\s\\S])"
                scan = re.compile(source, rx.flags & (re.IGNORECASE | re.ASCII))
        except (_GiveUp, re.error, RecursionError, AttributeError, TypeError, ValueError):
            scan = None
    found = (scan, lead if scan is not None else 0)
    if len(_SCANS) >= _SCANS_MAX:
        _SCANS.clear()
    _SCANS[key] = found
    return found


def finditer(rx: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
    """Exactly the matches of ``rx.finditer(text, pos, endpos)``, faster on long texts where
    the places a match can start are sparse (see the module docstring).

    With a lead (a pattern that may start with up to ``lead`` characters of any kind before a
    listed one), the positions from ``lead`` characters before a candidate up to it are tried in
    order, each once: a match starting anywhere else would hold no candidate in reach."""
    end = len(text) if endpos is None else min(endpos, len(text))
    if end - pos < MIN_LENGTH:
        yield from rx.finditer(text, pos, end)
        return
    scan, lead = scanner_lead(rx)
    if scan is None:
        yield from rx.finditer(text, pos, end)
        return
    budget = (end - pos) * (_POSITION + _PER_CHAR * len(rx.pattern)) / _STEP
    seen = 0
    search, match = scan.search, rx.match
    tried = pos  # every position before this one has been tried (or lies before pos)
    while True:
        c = search(text, pos, end)
        if c is None:
            return
        at = c.start()
        m = None
        for start in range(max(tried, at - lead), at + 1):
            seen += 1
            m = match(text, start, end)
            if m is not None:
                break
        if m is None:
            pos = tried = at + 1
        else:
            yield m
            pos = tried = m.end()  # never empty: every match holds a candidate character
        if seen > budget:
            yield from rx.finditer(text, pos, end)  # dense: the engine's own loop is cheaper
            return


def search(rx: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
    """Exactly ``rx.search(text, pos, endpos)`` (the first match :func:`finditer` gives)."""
    return next(finditer(rx, text, pos, endpos), None)
