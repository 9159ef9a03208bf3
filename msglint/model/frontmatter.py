"""Template front matter: a ``---`` block of ``key: value`` lines (a YAML subset).

A real YAML parser would accept far more than the contract allows (anchors, nested maps) and
would cost start-up time; this reader accepts exactly the subset of docs/templates.md and reports every
deviation with its position, so a typo in a key is a diagnostic, not a silently ignored line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: The keys docs/templates.md defines. Anything else is an error.
KNOWN_KEYS = frozenset(
    {
        "marketplace",
        "language",
        "reason",
        "send-after",
        "attachments",
        "channel",
        "trigger",
        "subject",
        "encoding",  # the file's encoding, read from the bytes by msglint.model.decode
    }
)

_OPEN = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.M)
# Matched against the line without trailing blanks: a lazy group before [ \t]*$ is quadratic.
_LINE = re.compile(r"^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)$")


@dataclass(frozen=True)
class Entry:
    key: str
    value: str | list[str]
    key_start: int
    value_start: int
    value_end: int


@dataclass
class FrontMatter:
    start: int
    end: int  # offset just after the closing '---' line: the message body starts here
    entries: dict[str, Entry] = field(default_factory=dict)
    errors: list[tuple[int, int, str]] = field(default_factory=list)

    def get(self, key: str) -> str | list[str] | None:
        e = self.entries.get(key)
        return e.value if e else None


def _strip_comment(value: str) -> str:
    # A '#' starts a comment when preceded by whitespace and not inside quotes.
    quote = ""
    for i, ch in enumerate(value):
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch == "#" and (i == 0 or value[i - 1] in " \t"):
            return value[:i].rstrip()
    return value


def _unquote(v: str) -> str:
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
        return v[1:-1]
    return v


def parse_front_matter(text: str) -> FrontMatter | None:
    """Parse front matter at the start of ``text``; None when there is none."""
    m = _OPEN.match(text)
    if not m:
        return None
    close = _CLOSE.search(text, m.end())
    if not close:
        fm = FrontMatter(0, 0)
        fm.errors.append((0, 3, "front matter opened with '---' but never closed"))
        return fm
    end = close.end()
    if text.startswith("\r\n", end):
        end += 2
    elif text.startswith("\n", end):
        end += 1
    fm = FrontMatter(0, end)
    pos = m.end()
    for raw in text[m.end() : close.start()].splitlines(keepends=True):
        line_start = pos
        pos += len(raw)
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        lm = _LINE.match(line.rstrip(" \t"))
        if not lm:
            fm.errors.append(
                (line_start, line_start + len(line), f"front matter line is not 'key: value': {line.strip()!r}")
            )
            continue
        key = lm.group(1).lower()
        raw_value = _strip_comment(lm.group(2))
        vstart = line_start + lm.start(2)
        vend = vstart + len(raw_value)
        if key not in KNOWN_KEYS:
            fm.errors.append(
                (
                    line_start,
                    line_start + len(lm.group(1)),
                    f"unknown front matter key {lm.group(1)!r} (known: {', '.join(sorted(KNOWN_KEYS))})",
                )
            )
            continue
        if key in fm.entries:
            fm.errors.append((line_start, line_start + len(lm.group(1)), f"duplicate front matter key {key!r}"))
            continue
        value: str | list[str]
        if raw_value.startswith("["):
            if not raw_value.endswith("]"):
                fm.errors.append((vstart, vend, f"unterminated list in front matter key {key!r}"))
                continue
            inner = raw_value[1:-1].strip()
            value = [_unquote(x.strip()) for x in inner.split(",") if x.strip()] if inner else []
        else:
            value = _unquote(raw_value)
        fm.entries[key] = Entry(key, value, line_start, vstart, vend)
    return fm
