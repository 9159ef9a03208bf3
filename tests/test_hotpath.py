"""The optimised hot paths (placeholder regex, HTML scanner) keep their exact meaning."""

from __future__ import annotations

import random
import re

from msglint.document import parse
from msglint.placeholders import DEFAULT_PATTERNS, SINGLE_BRACE_PATTERN, compile_placeholders

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
