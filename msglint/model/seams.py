"""Would an edit turn text into markup? The characters on either side of a removal meet.

Removing a tracking pixel from ``Gruss</<img ...>p>`` joins ``</`` and ``p>`` into an end tag;
removing an emoji from ``<✔️p>`` makes ``<p>``: the visible text changes, which a safe fix must
never do (fuzz triage D16). The same holds for character references (``&`` + ``amp;``),
comments, template delimiters (``{`` + ``{``) and line breaks (a lone CR + LF become one CRLF).
The engine drops a fix whose edits would do this; ``select_fixes`` defers a fix whose edits
touch another fix's and would do it together.
"""

from __future__ import annotations

from collections.abc import Iterable

_CONTEXT = 3  # characters of context either side: the longest opener checked is "<!-"
#: the last characters of the left side after which :func:`joins_markup` can be true
_OPENER_ENDS = frozenset("/<&{[}]%#-!\r")


def joins_markup(left: str, right: str) -> bool:
    """``left`` (text ending where the edit's content ends) followed by ``right`` (the text after
    the edit) starts markup across the seam."""
    if not left or not right:
        return False
    r0 = right[0]
    if left.endswith("</"):
        return r0.isalpha()
    last = left[-1]
    if last == "<":
        return r0.isalpha() or r0 in "/!?"
    if last == "&":
        return r0.isalnum() or r0 == "#"
    if last in "{[":
        return r0 == last or (last == "{" and r0 in "%#")
    if last in "}]%#":
        return r0 == ("]" if last == "]" else "}")
    if last == "-":
        return left.endswith(("<!-", "--")) and r0 in "->"
    if last == "!":
        return left.endswith("<!") and r0 == "-"
    if last == "\r":
        return r0 == "\n"
    return False


def edits_join_markup(source: str, edits: Iterable[tuple[int, int, str]]) -> bool:
    """Applying ``edits`` ((start, end, content), non-overlapping) to ``source`` joins text into
    markup at one of their seams where the source had none (renaming a tag keeps its ``<``).
    Edits that touch (one ends where the next starts) make one seam."""
    ordered = sorted(edits)
    i = 0
    n = len(ordered)
    while i < n:
        start, end, content = ordered[i]
        if (
            (i + 1 == n or ordered[i + 1][0] != end)
            and (start == 0 or source[start - 1] not in _OPENER_ENDS)
            and (not content or content[-1] not in _OPENER_ENDS)
        ):
            # A seam can join markup only after one of _OPENER_ENDS (joins_markup); the left
            # seam follows source[start - 1], the right one the edit's last character. Most
            # edits (a removed <br> after a line break) end here without a slice (#14).
            i += 1
            continue
        parts = [content]
        while i + 1 < n and ordered[i + 1][0] == end:  # touching edits: the text between is gone
            i += 1
            end = ordered[i][1]
            parts.append(ordered[i][2])
        i += 1
        middle = "".join(parts)
        left = source[max(0, start - _CONTEXT) : start]
        right = source[end : end + _CONTEXT]
        if middle:
            new_left, new_right = joins_markup(left, middle), joins_markup(left + middle, right)
        else:
            new_left, new_right = joins_markup(left, right), False
        if not (new_left or new_right):
            continue  # no seam joins: nothing to compare with the source (most edits, #14)
        old_left, old_right = _seams(left, source[start:end], right)
        if (new_left and not old_left) or (new_right and not old_right):
            return True
    return False


def _seams(left: str, middle: str, right: str) -> tuple[bool, bool]:
    """Whether each of the two seams around ``middle`` (left, right) joins into markup; an empty
    ``middle`` makes one seam, counted as the left one."""
    if middle:
        return joins_markup(left, middle), joins_markup(left + middle, right)
    return joins_markup(left, right), False


__all__ = ["edits_join_markup", "joins_markup"]
