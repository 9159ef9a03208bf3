"""No pack pattern can backtrack catastrophically (#14, tenth session).

The fuzz run of this session found a 519-byte message that took 32 s of CPU: a German wish
pattern, ``(frohe|...) ([\\w'-]+ ?){1,4}!``, lets one long word ("FesttageFestFest...") be split
among four repetitions in O(n^4) ways before the "!" fails. The same shape was in five language
files. The patterns now make the space between words mandatory; this test reads every regular
expression of every shipped pack and rejects the shape (a repeat that may run more than once over
a body that starts with a repeated item and may otherwise be empty), so that a new entry cannot
bring it back, and lints the fuzz input itself."""

from __future__ import annotations

import re
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

import msglint

_parser = re._parser  # type: ignore[attr-defined]
_const = re._constants  # type: ignore[attr-defined]
RULES = Path(__file__).resolve().parent.parent / "rules"
REPEATS = (_const.MAX_REPEAT, _const.MIN_REPEAT, _const.POSSESSIVE_REPEAT)


def _strings(node: object, key: str = "") -> Iterator[str]:
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _strings(v, k)
    elif isinstance(node, list):
        for v in node:
            yield from _strings(v, key)
    elif isinstance(node, str) and key in ("patterns", "exclude", "pattern", "regex"):
        yield node


def _pack_patterns() -> list[tuple[str, str]]:
    out = []
    for path in sorted(RULES.rglob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        out += [(path.relative_to(RULES).as_posix(), p) for p in _strings(data)]
    return out


def _ambiguous(items: object) -> bool:
    """True if some repeat that may run twice or more has a body whose first item is itself a
    repeat of more than one character and whose other items may match nothing."""
    for op, av in items:  # type: ignore[attr-defined]
        if op in REPEATS:
            lo, hi, body = av
            seq = body.data
            while len(seq) == 1 and seq[0][0] is _const.SUBPATTERN:  # the group around the body
                seq = seq[0][1][-1].data
            if hi > 1 and seq:
                inner = seq[0]
                while inner[0] is _const.SUBPATTERN and len(inner[1][-1].data) == 1:
                    inner = inner[1][-1].data[0]
                tail = _parser.SubPattern(body.state, seq[1:])
                if inner[0] in REPEATS and inner[1][1] > 1 and tail.getwidth()[0] == 0:
                    return True
            if _ambiguous(body.data):
                return True
        elif op is _const.SUBPATTERN:
            if _ambiguous(av[-1].data):
                return True
        elif op is _const.BRANCH and any(_ambiguous(b.data) for b in av[1]):
            return True
    return False


PATTERNS = _pack_patterns()


def test_the_packs_have_patterns_to_check() -> None:
    assert len(PATTERNS) > 1000


def test_the_check_finds_the_shape_it_is_for() -> None:
    assert _ambiguous(_parser.parse(r"(frohe) ([\w'-]+ ?){1,4}!").data)
    assert _ambiguous(_parser.parse(r"(\w+\s*)+$").data)
    assert not _ambiguous(_parser.parse(r"(frohe) [\w'-]+( [\w'-]+){0,3} ?!").data)
    assert not _ambiguous(_parser.parse(r"(\w+ ){0,5}review").data)


def test_no_pack_pattern_can_split_a_word_among_repetitions() -> None:
    bad = []
    for where, pattern in PATTERNS:
        try:
            tree = _parser.parse(pattern)
        except re.error:
            continue  # phrase syntax that only the pack compiler reads; not a regex here
        if _ambiguous(tree.data):
            bad.append(f"{where}: {pattern}")
    assert bad == []


@pytest.mark.parametrize("language", ["de", "es", "fr", "it", "nl"])
def test_a_long_glued_word_after_a_wish_word_lints_at_once(language: str) -> None:
    opener = {"de": "frohe", "es": "feliz", "fr": "bonne", "it": "buon", "nl": "fijne"}[language]
    text = f"Hallo,\n{opener} Festtage{'Fest' * 120}.\nOrder 123-1234567-1234567\n"
    start = time.process_time()  # CPU, not wall: a guard against O(n^4), not a speed test
    msglint.lint(text, filename="note.txt", config={"language": language})
    assert time.process_time() - start < 2
