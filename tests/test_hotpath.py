"""The optimised hot paths (placeholder regex, HTML scanner, placeholder lookup, concept hits) keep their exact meaning."""

from __future__ import annotations

import random
import re

import pytest

from msglint.model.document import parse
from msglint.model.placeholders import DEFAULT_PATTERNS, SINGLE_BRACE_PATTERN, compile_placeholders

#: The single-brace pattern as first written, with the look-behind in front (slow to search).
_ORIGINAL_SINGLE = r"(?<![{\w$])\{[A-Za-z_][\w.-]{0,60}\}(?!\})"


def test_single_brace_pattern_means_what_it_meant() -> None:
    original = re.compile("|".join(f"(?:{p})" for p in (*DEFAULT_PATTERNS, _ORIGINAL_SINGLE)), re.S)
    fast = compile_placeholders()
    assert SINGLE_BRACE_PATTERN != _ORIGINAL_SINGLE
    rng = random.Random(11)
    alphabet = ["{", "}", "[[", "]]", "%", "#", "a", "_", " ", "$", ".", "-", "\n", "1", "{{", "shop_name", "x}"]
    for _ in range(20000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert [m.span() for m in fast.finditer(s)] == [m.span() for m in original.finditer(s)], s
    for s in ["{shop_name}", "a{shop_name}", "${x}", "{{x}}", "{x}}", " {order_reference}.", "{color:red}"]:
        assert [m.span() for m in fast.finditer(s)] == [m.span() for m in original.finditer(s)], s


def test_stray_end_tags_in_deep_nesting() -> None:
    """The open-tag count must not skip an end tag that closes a deeply buried element."""
    src = "<section>" + "<div>" * 3000 + "<p>x</span></p></section><b>y</b>"
    doc = parse(src, "t.html")
    section = doc.elements[0]
    assert section.tag == "section" and section.close_start == src.index("</section>")
    divs = [el for el in doc.elements if el.tag == "div"]
    assert len(divs) == 3000 and all(el.close_start == section.close_start for el in divs)
    b = doc.elements[-1]
    assert b.tag == "b" and b.parent is None and b.close_start == src.index("</b>")
    assert doc.text.split() == ["x", "y"]


def test_self_nesting_and_reopened_tags_close_correctly() -> None:
    src = "<ul><li>a<li>b</ul><ul><li>c</li></ul></li>"
    doc = parse(src, "t.html")
    lis = [el for el in doc.elements if el.tag == "li"]
    assert [src[el.start : el.end] for el in lis] == ["<li>"] * 3
    assert lis[0].close_start == src.index("<li>b")  # implied end tag
    assert lis[1].close_start == src.index("</ul>")
    assert lis[2].close_start == src.index("</li>")
    assert lis[2].parent is doc.elements[3]  # the second <ul>


def test_block_tag_at_start_adds_no_leading_newline() -> None:
    assert parse("<p>hello</p>", "t.html").text == "hello\n"
    assert parse("a < b <p>c", "t.html").text == "a < b \nc"


def _emoji_full_text(text: str, allowed: frozenset[str]) -> list[tuple[int, int, str]]:
    """MSG101's emoji search as first written: ``emoji_list`` over the whole text."""
    import emoji as emoji_lib

    from msglint.checks.msg1_media.shared import MAYBE_EMOJI

    if not MAYBE_EMOJI.search(text):
        return []
    out = []
    for m in emoji_lib.emoji_list(text):
        s, e, ch = m["match_start"], m["match_end"], m["emoji"]
        if ch in allowed and not text.startswith("\ufe0f", e):
            continue
        out.append((s, e + 1 if text.startswith("\ufe0f", e) else e, ch))
    return out


def test_windowed_emoji_search_finds_exactly_what_the_full_search_finds() -> None:
    import emoji as emoji_lib

    from msglint.checks.msg1_media.shared import emoji_spans

    allowed = frozenset("©®™✓→")
    every = sorted(emoji_lib.EMOJI_DATA)
    for em in every:  # every emoji and sequence the library knows, in the contexts that matter
        for text in (em, f"a{em}b", f"1{em}", em + em, f"€ 12 {em}\ufe0f.", f"Grüße\u200d{em}"):
            assert list(emoji_spans(text, allowed)) == _emoji_full_text(text, allowed), text
    rng = random.Random(5)
    filler = ["a", " ", "1", "#", "*", "€", "\u200d", "\ufe0f", "\u20e3", "é", "\n", "©", "™", "→"]
    for _ in range(20000):
        n = rng.randint(1, 8)
        text = "".join(rng.choice(every) if rng.random() < 0.4 else rng.choice(filler) for _ in range(n))
        assert list(emoji_spans(text, allowed)) == _emoji_full_text(text, allowed), text


def test_cached_css_keeps_each_occurrence_at_its_own_position() -> None:
    """Identical inline styles and style blocks are parsed once but located per occurrence."""
    style = "padding: 4px; color: red"
    block = "<style>\ntd { margin: 0 }\n</style>"
    body = f'<table><tr><td style="{style}">a</td>\n<td style="{style}">b</td></tr></table>{block}'
    for prefix in ("", "<p>moved</p>\n\n"):  # the same strings at other offsets, in another document
        src = prefix + body
        doc = parse(src, "t.html")
        tds = [el for el in doc.elements if el.tag == "td"]
        first, second = src.index(style), src.rindex(style)
        got = [(d.name, d.value, d.start, d.element, d.selector) for d in doc.css]
        assert got == [
            ("padding", "4px", first, tds[0], None),
            ("color", "red", first + 14, tds[0], None),
            ("padding", "4px", second, tds[1], None),
            ("color", "red", second + 14, tds[1], None),
            ("margin", "0", src.index("margin"), None, "td"),
        ]
        for d in doc.css:
            assert src[d.start : d.end] == f"{d.name}: {d.value}"
            assert all(src.startswith(t.serialize(), o) for t, o in zip(d.tokens, d.token_offsets, strict=True))


def test_plain_templates_do_not_load_the_mail_or_css_modules() -> None:
    """Start-up: an HTML file without CSS needs neither msglint.model.mail nor tinycss2."""
    import subprocess
    import sys

    from msglint.engine.linter import _NEVER_MAIL, _may_be_mail
    from msglint.model.mail import _NOT_MAIL_SUFFIXES

    assert not _may_be_mail("t.html")  # fills the engine's set on first use (a run of this test alone)
    assert _NEVER_MAIL == _NOT_MAIL_SUFFIXES  # the engine's shortcut agrees with the mail reader
    code = (
        "import sys, msglint\n"
        "msglint.lint('<p>Order 123-1234567-1234567: the invoice is attached.</p>', 't.html',"
        " config={'select': ['MSG1', 'MSG3']})\n"
        "print(sorted(m for m in ('msglint.model.mail', 'tinycss2', 'email') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    code = code.replace("<p>Order", '<p style="color: red">Order').replace("t.html", "t.eml")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "msglint.model.mail" in out  # ... and the test can fail: a mail does load the mail reader


def test_binary_sniffing_counts_control_bytes_like_the_loop_did() -> None:
    from msglint.model import decode

    def by_loop(data: bytes) -> bool:
        sample = data[:8192]
        if b"\x00" in sample:
            return True
        return sum(1 for b in sample if b in decode._BINARY_CONTROLS) > max(2, len(sample) // 100)

    rng = random.Random(2)
    for _ in range(3000):
        alphabet = bytes(rng.sample(range(1, 256), rng.randint(1, 40)))
        data = bytes(rng.choice(alphabet) for _ in range(rng.choice([0, 3, 50, 300, 9000])))
        assert decode._looks_binary(data) == by_loop(data)
    assert decode._looks_binary(b"GIF89a" + bytes(range(1, 27)) * 3)
    assert not decode._looks_binary("Grüße\r\n\tà bientôt\x0c".encode())


def test_linear_emoji_tokenizer_matches_the_emoji_library() -> None:
    """MSG101's own ``emoji_list`` (linear on ZWJ chains) finds exactly what ``emoji.emoji_list``
    finds: random strings of emoji, joiners, modifiers, tags, keycaps and plain characters."""
    import random

    import emoji as emoji_lib

    from msglint.checks.msg1_media.shared import emoji_list

    keys = sorted(emoji_lib.EMOJI_DATA)
    alphabet = [*"\u200d\ufe0f\ufe0e\u20e3a 1#\u00a9\u2122\u2764", "\U0001f3fd", "\U0001f3fb", "\U0001f44d",
                "\U0001f468", "\U0001f469", "\U0001f467", "\U0001f3f3", "\U0001f308", "\U0001f1e9", "\U0001f1ea",
                "\U000e0067", "\U000e007f"]  # fmt: skip
    rng = random.Random(101)
    for _ in range(5000):
        s = "".join(rng.choice(alphabet) if rng.random() < 0.6 else rng.choice(keys) for _ in range(rng.randint(0, 30)))
        expected = [(m["match_start"], m["match_end"], m["emoji"]) for m in emoji_lib.emoji_list(s)]
        assert emoji_list(s) == expected, repr(s)


def test_language_detection_words_are_those_of_the_per_token_loop() -> None:
    """text_words (two scans in C) gives exactly the words of the former loop: each whitespace
    token that is_code_like refuses is skipped, the _WORD matches of the others are kept."""
    import random

    from msglint.text.language import _TOKEN, _WORD, is_code_like, text_words

    def per_token(part: str) -> list[str]:
        return [m.group() for t in _TOKEN.findall(part) if not is_code_like(t) for m in _WORD.finditer(t)]

    alphabet = ["a", "Z", "\u00e9", "\u00df", "1", "\u0663", "@", "_", ":", "/", "://", "www.", "WWW.", ".", " ",
                "\n", "\t", "'", "\u2019", "-", "\u65e5\u672c", "\u00a0", "\u2003", "\u01c5", "\x1c", "\u2028"]  # fmt: skip
    rng = random.Random(402)
    for _ in range(20_000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert text_words(s) == per_token(s), repr(s)


def test_placeholder_lookup_by_binary_search_is_the_walk() -> None:
    """Document.is_placeholder (binary search) answers as the walk over the placeholders did."""

    def walk(spans: list[tuple[int, int]], start: int, end: int) -> bool:
        for s, e in spans:
            if s < end and start < e:
                return True
            if s >= end:
                break
        return False

    rng = random.Random(5)
    for _ in range(300):
        src = "".join(rng.choice(["{{ x }}", "{{y}}", "a", " ", "{% if z %}", "\n"]) for _ in range(rng.randint(0, 40)))
        doc = parse(src, "t.html")
        for start in range(len(src) + 2):
            for end in (None, start, start + 1, start + 3, start + 9):
                want = walk(doc.placeholders, start, start + 1 if end is None else end)
                assert doc.is_placeholder(start, end) is want, (src, start, end)
    doc = parse("{{ a }} b {{ c }}", "t.html")
    doc.placeholders = [(10, 17), (0, 7)]  # not sorted by start: the walk, as before
    assert doc.is_placeholder(12) is True and doc.is_placeholder(3) is False


def test_exclude_test_by_binary_search_is_the_pairwise_test() -> None:
    from msglint.text.concepts import _outside

    rng = random.Random(9)
    rx = re.compile(r"ab*|c?d")
    for _ in range(2000):
        text = "".join(rng.choice("abcdx ") for _ in range(rng.randint(0, 30)))
        matches = [m.span() for m in rx.finditer(text)]
        spans = [(a, a + rng.randint(0, 6)) for a in (rng.randint(0, 30) for _ in range(rng.randint(0, 8)))]
        want = [(a, b) for a, b in spans if not any(xs < b and a < xe for xs, xe in matches)]
        assert _outside(spans, matches) == want, (text, spans)


def test_concept_hits_are_those_of_the_unfiltered_search(monkeypatch: pytest.MonkeyPatch) -> None:
    """A sentence without a required word of a concept's patterns is not searched: the hits are
    those of searching every sentence, in every language, on messages of every language, also
    when the sentences holding one are found by one scan of the text (Annotation._holding_words)."""
    from pathlib import Path

    from msglint.text import concepts
    from msglint.text.phrases import fold

    root = Path(__file__).resolve().parents[1] / "fixtures" / "wording"
    texts = [
        p.read_text(encoding="utf-8")
        for lang in ("en", "de", "fr", "es", "it", "nl", "pl")
        for p in sorted((root / lang).glob("*.txt"))[:12]
    ]
    # Arabic with its marks and the same messages without them: a text without skip marks has
    # required words (Lexicon.required_words), a text with them has none
    arabic = [p.read_text(encoding="utf-8") for p in sorted((root / "ar").glob("tune*/*.txt"))[:12]]
    unmarked = [re.sub("[\u064b-\u065f\u0670\u0640]", "", t) for t in arabic]
    assert arabic and unmarked != arabic
    texts += arabic + unmarked
    assert len(texts) > 50
    langs = ("en", "de", "fr", "es", "it", "nl", "pl", "sv", "tr", "ar", "pt")

    def all_hits() -> list[list[tuple[str, tuple[tuple[int, int], ...]]]]:
        out = []
        for text in texts:
            ann = concepts.annotate_texts([(None, text, fold(text), -1)], langs)
            names = sorted({n for lx, _ in ann.lexicons for n in lx.names})
            out.append([(c, ann.hits(s, c)) for s in ann.sentences for c in names])
        return out

    fast = all_hits()
    # the sentences holding a required word found in one scan of the text (a long message),
    # from the first sentence asked: the same hits
    monkeypatch.setattr(concepts, "_ASKED_BEFORE_SCAN", 1)
    texts.append("\n\n".join(texts))  # one message of every sentence: words across sentence ends
    scanned = all_hits()
    assert scanned[:-1] == fast
    monkeypatch.setattr(concepts.Lexicon, "pattern_words", lambda self, concept, text=None: None)
    monkeypatch.setattr(concepts.Lexicon, "required_words", lambda self, concept, text=None: None)
    assert all_hits() == scanned
    assert any(spans for hits in fast for _, spans in hits)


def test_social_host_matches_are_those_of_the_full_pattern() -> None:
    """MSG601's host search skips a text naming no social host: same matches as the pattern."""
    from msglint.checks.msg6_purpose.shared import host_matches, host_pattern
    from msglint.core.packs import load_rules

    hosts = tuple(h.lower() for h in load_rules()["MSG601"].data["social-hosts"])
    texts = [
        "Follow us on facebook.com/ourshop and WWW.INSTAGRAM.COM!",
        "no host named here. " * 500,
        "shop.facebook.company, a@facebook.com, m.facebook.com.",
        "",
        "see " + " ".join(hosts),
        # characters that match an ASCII letter ignoring case: İ, ı, the long s, the Kelvin sign
        "\u0130nstagram.com p\u0131nterest.de \u017fnapchat.com ti\u212atok.com",
        "Stra\u00dfe 5, \u00e9t\u00e9: FaceBook.Com/Shop",
        # long texts are read in pieces: a name across a piece boundary, and after many pieces
        "x" * ((1 << 16) - 4) + " instagram.com/shop",
        "\u00e9" * 200_000 + " FACEBOOK.com",
    ]
    found = 0
    for text in texts:
        want = [m.span() for m in host_pattern(hosts).finditer(text)]
        assert [m.span() for m in host_matches(hosts, text)] == want, text[:60]
        found += len(want)
    assert found >= 8


def test_the_collector_is_paused_during_a_lint_and_restored_after() -> None:
    """A lint runs no cyclic collection (each found nothing and a 600 KB page of ``<br/>`` spent
    half its time in them, #14); the collector's state is the caller's again afterwards."""
    import gc

    import msglint

    source = "<p>a" + "<br/>\n" * 5000 + "b</p>"
    msglint.lint("<p>warm up</p>", filename="w.html")
    seen: list[int] = []

    def record(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(info["generation"])

    previous = gc.get_threshold()
    gc.set_threshold(100)  # many collections if a lint allocated with the collector running
    gc.callbacks.append(record)
    try:
        diags = msglint.lint(source, filename="m.html")
        during = list(seen)
        assert gc.isenabled()
        gc.disable()
        msglint.lint(source, filename="m.html")
        assert not gc.isenabled()  # a caller who paused it keeps it paused
    finally:
        gc.enable()
        gc.callbacks.remove(record)
        gc.set_threshold(*previous)
    assert "MSG304" in [d.code for d in diags]
    # At most the one young collection the first allocation after the lint starts, when the
    # engine has handed back the diagnostics (in msglint.lint, outside the engine).
    assert len(during) <= 1, during


def _joins_markup_reference(source: str, edits: list[tuple[int, int, str]]) -> bool:
    """``edits_join_markup`` as it was before its shortcut for seams after a character that
    opens no markup: every seam sliced and asked (#14)."""
    from msglint.model.seams import joins_markup

    ordered = sorted(edits)
    i = 0
    while i < len(ordered):
        start, end, content = ordered[i]
        parts = [content]
        while i + 1 < len(ordered) and ordered[i + 1][0] == end:
            i += 1
            end = ordered[i][1]
            parts.append(ordered[i][2])
        i += 1
        middle = "".join(parts)
        left, right = source[max(0, start - 3) : start], source[end : end + 3]
        old = source[start:end]
        if middle:
            new = (joins_markup(left, middle), joins_markup(left + middle, right))
            was = (
                (joins_markup(left, old), joins_markup(left + old, right))
                if old
                else (joins_markup(left, right), False)
            )
        else:
            new = (joins_markup(left, right), False)
            was = (
                (joins_markup(left, old), joins_markup(left + old, right))
                if old
                else (joins_markup(left, right), False)
            )
        if (new[0] and not was[0]) or (new[1] and not was[1]):
            return True
    return False


def test_seam_shortcut_answers_as_every_seam_asked() -> None:
    """The shortcut in ``edits_join_markup`` (no slicing after a character that opens no markup)
    answers as asking every seam does, over random sources and edits built from the characters
    that open markup and others."""
    from msglint.model.seams import edits_join_markup

    rng = random.Random(14)
    alphabet = "</>&;{}[]%#-!?\r\npa 1"
    differ = 0
    joined = 0
    for _ in range(20_000):
        source = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        edits: list[tuple[int, int, str]] = []
        pos = 0
        while pos < len(source) and len(edits) < 3:
            start = rng.randint(pos, len(source))
            end = rng.randint(start, min(len(source), start + 3))
            content = "".join(rng.choice(alphabet) for _ in range(rng.choice((0, 0, 1, 2))))
            edits.append((start, end, content))
            pos = end + rng.choice((0, 1))
        expected = _joins_markup_reference(source, edits)
        joined += expected
        differ += edits_join_markup(source, edits) != expected
    assert differ == 0
    assert joined > 1000  # the draw exercises joining seams, not only harmless ones
