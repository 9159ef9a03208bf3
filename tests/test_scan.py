"""msglint.text.scan: the candidate-led finditer gives exactly the regex's own matches.

Every phrase section and concept lexicon shipped is searched both ways over long texts made of
the fixtures of several languages (the wording sets, joined), and over texts built to sit on the
edges (a match at the very start or end of the searched range, a word character just before a
candidate, a look-behind that looks before ``pos``); the spans must be the same, in order.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from msglint.core.packs import load_data, phrase_languages
from msglint.text import scan
from msglint.text.concepts import lexicon
from msglint.text.phrases import fold_keep, keep_letters, section

ROOT = Path(__file__).resolve().parents[1]


def _corpus() -> str:
    """The start of one fixture message in six (the tuning sets of every language among
    them; held-back sets never), joined: about 50 kB, every script and many phrases of the packs."""
    files = [
        p
        for p in sorted((ROOT / "fixtures").rglob("*"))
        if p.suffix in (".txt", ".html") and not any(part.startswith("holdout") for part in p.parts)
    ]
    parts = [p.read_text(encoding="utf-8", errors="replace")[:160] for p in files[::6]]
    text = "\n\n".join(parts)
    assert len(text) > 20 * scan.MIN_LENGTH  # long enough for the scanning path
    return text


CORPUS = _corpus()


def _section_names(lang: str) -> list[str]:
    data = load_data(f"lang/{lang}")
    return sorted(k for k, v in data.items() if isinstance(v, dict) and "match" in v)


def _same(rx: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> None:
    """Both ways give the same spans (a regex without a scanner is searched by its own
    finditer in both: not compared again, some take seconds over the corpus)."""
    if scan.scanner(rx) is not None:
        _compare(rx, text, pos, endpos)


def _compare(rx: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> None:
    end = len(text) if endpos is None else endpos
    want = [m.span() for m in rx.finditer(text, pos, end)]
    got = [m.span() for m in scan.finditer(rx, text, pos, endpos)]
    assert got == want, rx.pattern[:120]
    first = rx.search(text, pos, end)
    found = scan.search(rx, text, pos, endpos)
    assert (found.span() if found else None) == (first.span() if first else None)


@pytest.mark.parametrize("lang", phrase_languages())
def test_every_phrase_section_matches_as_the_regex_does(lang: str) -> None:
    folded = fold_keep(CORPUS, keep_letters(lang))
    for name in _section_names(lang):
        sec = section(lang, name)
        assert sec is not None
        for key in ("match", "exclude", "unless", "require"):
            if not sec.has(key):
                continue
            rx = sec.regex(key, folded)
            if rx is not None:
                _same(rx, folded)
                _same(rx, folded, 1234, len(folded) - 777)


LEXICON_LANGUAGES = [lang for lang in phrase_languages() if lexicon(lang) is not None]


def test_lexicons_are_compared() -> None:
    assert len(LEXICON_LANGUAGES) >= 10


@pytest.mark.parametrize("lang", LEXICON_LANGUAGES)
def test_every_concept_pattern_matches_as_the_regex_does(lang: str) -> None:
    lx = lexicon(lang)
    assert lx is not None
    folded = fold_keep(CORPUS, lx.keep)
    for concept in lx.names:
        for rx in (lx.pattern_regex(concept, folded), lx.exclude_regex(concept, folded)):
            if rx is not None:
                _same(rx, folded)
    for rx in lx._raw_patterns.values():  # substring mode (ja)
        _same(rx, folded)


def test_most_shipped_regexes_get_a_scanner() -> None:
    """The speed-up applies: a regex led by a word-boundary look-behind and a group of words."""
    rx = re.compile(r"(?<![\w])(?:(?:coupons?)|(?:(gift|bonus) cards?))(?![\w])")
    s = scan.scanner(rx)
    assert s is not None
    assert [m.start() for m in s.finditer("a coupon, xcoupon, gift bonus")] == [2, 19, 24]


@pytest.mark.parametrize(
    ("pattern", "scanned"),
    [
        (r"(?<![\w])(?:ab|cd)(?![\w])", True),  # word boundaries both sides
        (r"(?<!x)ab", True),  # another look-behind: sees before pos
        (r"(?<![0-9])[0-9]++ ?%", True),  # a class look-behind, a possessive run
        (r"(?<![^a])b", True),  # a negated class look-behind
        (r"(?:a|b)?c+", True),  # optional head: the next element starts it too
        (r"\d+ ?%", True),  # a category
        (r"\bab\b", True),  # \b
        (r"ab$", True),  # end anchor at endpos
        (r"(?:x*)", False),  # can match empty: the regex's own finditer
        (r"[^a]b", True),  # a negated class first: scanned for b, tried one character before
        (r"(?i:ab)", False),  # inline flags
        (r"\w+b", False),  # a word class: nearly every position
        (r"[^%]{0,30}(?:ab|cd)", True),  # a bounded wide lead (the Japanese clause shape)
        (r"(?:[^x]|a){0,3}b", True),  # a listed or a wide character, three times, then b
        (r"(?:[^x]{0,5})?b", True),  # an optional wide run: b up to five characters in
        (r".{0,3}ab", True),  # any character
        (r"\w{2}ab", True),  # a fixed run of a wide category
        (r"(?:[^c]{1,3}a)?b", True),  # a listed character after a wide run, optional
        (r"[^%]{0,70}ab", False),  # a lead wider than _MAX_LEAD: the regex's own finditer
        (r"[^%]*ab", False),  # an unbounded lead
    ],
)
def test_edge_patterns(pattern: str, scanned: bool) -> None:
    rx = re.compile(pattern)
    assert (scan.scanner(rx) is not None) == scanned
    unit = "ab cd xab ab% 12 % 3 ccab, cab. xcd abab 1234 %\n"
    text = unit * 400 + "ab"
    for pos, endpos in ((0, None), (1, None), (3, len(text) - 1), (2, len(text) - 2), (len(unit), 5000)):
        _compare(rx, text, pos, endpos)


@pytest.mark.parametrize(
    "pattern",
    [r"[^%]{0,30}(?:ab|cd)", r"(?:[^x]|a){0,3}b", r"(?:[^x]{0,5})?b", r".{0,3}ab", r"(?:[^c]{1,3}a)?b", r"\w{2}ab"],
)
@pytest.mark.parametrize("seed", range(40))
def test_leads_give_the_regex_own_matches_on_random_text(pattern: str, seed: int) -> None:
    """Texts drawn from the characters the patterns name, plus the separators, so that matches,
    near misses and overlapping candidates are dense; every (pos, endpos) pair of a few."""
    import random

    rng = random.Random(seed)
    text = "".join(rng.choice("abcdx% .") for _ in range(rng.randrange(200, 900)))
    rx = re.compile(pattern)
    for pos, endpos in ((0, None), (rng.randrange(50), None), (3, len(text) - rng.randrange(1, 40))):
        _compare(rx, text, pos, endpos)


def test_japanese_clause_patterns_are_scanned_past_their_lead() -> None:
    """The ja clause patterns ('[^、。]{0,30}(ありがとう|...)') get a scanner with a lead: a long
    run without their words costs one scan (#14: a 1 MB message took 9 s), same matches."""
    lx = lexicon("ja")
    assert lx is not None
    led = [rx for rx in lx._raw_patterns.values() if scan.scanner_lead(rx)[1] > 0]
    assert led, "no ja pattern has a lead"
    text = ("商品の発送について、ご確認ください。" + "x" * 300 + "ご購入ありがとうございました。") * 40
    for rx in led:
        _compare(rx, text)
        _compare(rx, text, 7, len(text) - 5)


def test_dense_candidates_hand_over_to_the_engine() -> None:
    """Every position a candidate: the budget runs out and the engine does the rest, same result."""
    rx = re.compile(r"(?:a|b)(?:aab|bba)")
    text = "ab" * 50_000 + "aab" + "ba" * 50_000
    assert scan.scanner(rx) is not None
    _compare(rx, text)


@pytest.mark.parametrize("lang", LEXICON_LANGUAGES)
def test_a_text_without_the_anchors_has_no_match(lang: str) -> None:
    """Every substring-mode concept pattern with anchors: each match in the corpus holds one,
    so the skip in word_hits can never lose a hit."""
    lx = lexicon(lang)
    assert lx is not None
    folded = fold_keep(CORPUS, lx.keep)
    for concept, rx in lx._raw_patterns.items():
        needed = lx.raw_anchors(concept)
        if needed is None:
            continue
        for m in rx.finditer(folded):
            assert any(a in m.group() for a in needed), (concept, m.group())


def test_japanese_clause_patterns_have_anchors() -> None:
    """The clause patterns of ja (a wide class before the word) are skipped on texts without
    their words: a long non-Japanese token run costs a scan, not 30 tries per character."""
    lx = lexicon("ja")
    assert lx is not None
    with_anchors = [c for c in lx._raw_patterns if lx.raw_anchors(c) is not None]
    assert len(with_anchors) >= len(lx._raw_patterns) // 2
    assert "ありがとう" in (lx.raw_anchors("THANKS") or frozenset())
    assert [m.group() for m in lx._raw_patterns["THANKS"].finditer("x" * 500)] == []
