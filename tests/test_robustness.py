"""Regression tests for the reliability defects found by fuzzing (issue 14, D1-D21): memory and
time bounded by the input, no traceback on hostile input. No test times anything: sizes that took
minutes before the fixes run here, guarded by a timeout against a hang."""

from __future__ import annotations

import pickle
import tracemalloc

import pytest

import msglint
from msglint.core.diagnostics import Diagnostic, SourceText


# ---- D2: diagnostics hold positions, not copies of their line ---------------------------------
def test_diagnostics_share_the_source_instead_of_copying_their_line() -> None:
    """5,000 emoji on one 95 kB line: every diagnostic held a copy of the line (475 MB)."""
    src = "<html>\n<p>" + "Great product \U0001f600 " * 5000 + "order 123-1234567-1234567</p>\n</html>\n"
    msglint.lint("<p>warm up \U0001f600</p>", filename="w.html")
    tracemalloc.start()
    try:
        diags = msglint.lint(src, filename="l2.html", config={"select": ["emoji"]})
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(diags) == 5000
    assert peak < 30_000_000, f"{peak / 1e6:.0f} MB for a 95 kB input"
    first = diags[0]
    assert {id(d._source) for d in diags} == {id(first._source)}  # one shared source, no copies
    assert all(d._line is None for d in diags)
    assert first.line == 2 and first.source_line == src.splitlines()[1]
    assert first.line_slice(first.column, first.end_column) == "\U0001f600"


def test_source_line_is_computed_for_every_line_ending() -> None:
    text = "one\r\ntwo\nthree\r\n\r\nlast"
    st = SourceText(text)
    assert [st.line(n) for n in range(0, 7)] == ["", "one", "two", "three", "", "last", ""]
    assert st.position(text.index("two") + 1) == (2, 2)
    assert st.line_length(3) == 5 and st.line_slice(3, 2, 4) == "hr" and st.line_slice(3, 4) == "ee"
    assert pickle.loads(pickle.dumps(st)).line(5) == "last"


def test_a_hand_made_diagnostic_keeps_its_line_and_compares_by_position() -> None:
    a = Diagnostic("a.html", 3, 4, 3, 5, "MSG101", "emoji", "error", "m", source_line="<p>x</p>")
    b = Diagnostic("a.html", 3, 4, 3, 5, "MSG101", "emoji", "error", "m", source=SourceText("\n\n<p>y</p>"))
    assert a.source_line == "<p>x</p>" and b.source_line == "<p>y</p>"
    assert a == b and hash(a) == hash(b)  # the text is for reporters, not part of the identity
    assert pickle.loads(pickle.dumps(b)).source_line == "<p>y</p>"
    from dataclasses import replace

    assert replace(b, severity="warning").source_line == "<p>y</p>"


@pytest.mark.timeout(120)
def test_the_text_report_excerpt_is_a_window_of_a_long_line() -> None:
    from msglint.reporters import render

    src = "<p>" + "word \U0001f600 " * 20_000 + "</p>"
    diags = msglint.lint(src, filename="a.html", config={"select": ["emoji"]})
    out = render("text", diags, files=1, color=True).splitlines()
    excerpts = [ln for ln in out if ln.startswith("    1 | ")]
    assert len(excerpts) == 20_000 and max(len(ln) for ln in excerpts) <= 8 + 160


# ---- D3: emoji ZWJ chains are linear ------------------------------------------------------------
@pytest.mark.timeout(120)
def test_a_long_zwj_chain_of_emoji_is_linted_in_linear_time() -> None:
    """'👍🏽' + ZWJ, 100k times (500 kB): the emoji library's tokenizer is quadratic on it (16k took
    12 s); every emoji of the chain is still found."""
    diags = msglint.lint("\U0001f44d\U0001f3fd\u200d" * 100_000, filename="z.txt", config={"select": ["emoji"]})
    assert len(diags) == 100_000
    assert diags[0].message.startswith("emoji '\U0001f44d\U0001f3fd'") and diags[-1].column == 299_998
