"""Memory of a large lint (#14): shared objects where equal ones were copied, same results.

Each saving of the tenth session keeps the results byte for byte; these tests pin the
equivalences it rests on (and a counter-example where objects must stay apart).
"""

from __future__ import annotations

import random

from msglint.core.diagnostics import Diagnostic, sort_diagnostics
from msglint.engine.linter import Linter
from msglint.model.document import parse
from msglint.text.concepts import Lexicon


def _diag(path: str, line: int, column: int, code: str, tag: int) -> Diagnostic:
    return Diagnostic(path, line, column, line, column + 1, code, "rule", "error", f"m{tag}")


def test_sort_diagnostics_orders_as_the_tuple_key() -> None:
    """Two stable passes (code, then line and column as one integer) give the order and the tie
    order of ``sort(key=Diagnostic.sort_key)``, for one path and for several."""
    rng = random.Random(10)
    for paths in (["a.html"], ["a.html", "b.html", "a.htm"]):
        for _ in range(50):
            diags = [
                _diag(
                    rng.choice(paths), rng.randint(1, 4), rng.randint(1, 4), rng.choice(["MSG301", "MSG1", "MSG30"]), i
                )
                for i in range(rng.randint(0, 40))
            ]
            expected = sorted(diags, key=Diagnostic.sort_key)
            sort_diagnostics(diags)
            assert [d.message for d in diags] == [d.message for d in expected]


def test_sort_diagnostics_large_columns_and_line_zero() -> None:
    """A column as long as a 10 MB line still orders before the next line's first column."""
    diags = [_diag("a", 2, 1, "MSG1", 0), _diag("a", 1, 10_000_000, "MSG1", 1), _diag("a", 0, 5, "MSG1", 2)]
    sort_diagnostics(diags)
    assert [d.message for d in diags] == ["m2", "m1", "m0"]


def test_css_declarations_keep_significant_tokens_at_their_offsets() -> None:
    """White space and comments are left out of ``tokens``; every kept token is at its offset."""
    src = '<style>p { padding: 0 /* x */ 10px  0; color : red }</style><p style="margin:  0  auto">x</p>'
    doc = parse(src, "t.html")
    got = {
        d.name: [
            (t.type, t.serialize(), src[o : o + len(t.serialize())])
            for t, o in zip(d.tokens, d.token_offsets, strict=True)
        ]
        for d in doc.css
    }
    assert got == {
        "padding": [("number", "0", "0"), ("dimension", "10px", "10px"), ("number", "0", "0")],
        "color": [("ident", "red", "red")],
        "margin": [("number", "0", "0"), ("ident", "auto", "auto")],
    }


def test_equal_css_tokens_are_one_object_and_different_ones_are_not() -> None:
    """Equal simple tokens are shared between declarations (their offsets stay their own);
    neutral counter-example: tokens that differ in unit, case or kind stay apart."""
    src = '<style>a { margin: 0 10px; padding: 0 10px } b { margin: 10PX 10em; color: "0" }</style>'
    doc = parse(src, "t.html")
    margin_a, padding_a, margin_b, color_b = doc.css
    assert margin_a.tokens[0] is padding_a.tokens[0]  # 0
    assert margin_a.tokens[1] is padding_a.tokens[1]  # 10px
    assert margin_a.token_offsets != padding_a.token_offsets
    assert margin_b.tokens[0] is not margin_a.tokens[1]  # 10PX is not 10px (same value, other text)
    assert margin_b.tokens[1] is not margin_a.tokens[1]  # 10em is not 10px
    assert color_b.tokens[0] is not margin_a.tokens[0]  # the string "0" is not the number 0
    assert [t.serialize() for t in margin_b.tokens] == ["10PX", "10em"]
    assert margin_b.tokens[0].lower_unit == "px"


def test_equal_messages_are_one_string_and_edit_locations_are_the_located_ones() -> None:
    """Diagnostics of one document with equal messages share the message string; every edit's
    location is the one ``SourceText.locate`` gives."""
    rows = "".join(f'<p style="font-family: Arial; color: red">row {i}</p>\n' for i in range(300))
    source = f"<html><body>{rows}</body></html>"
    linter = Linter()
    diags = linter.lint_source(source, "t.html")
    fonts = [d for d in diags if "font-family" in d.message]
    assert len(fonts) == 300
    assert all(d.message is fonts[0].message for d in fonts)
    doc = parse(source, "t.html")
    for d in diags:
        if d.fix is None:
            continue
        for e in d.fix.edits:
            assert e.location == doc.source_text.locate(e.start, e.end)
        assert (d.line, d.column) == doc.position(d.start)


def test_unknown_tokens_share_one_empty_classification() -> None:
    """Tokens that start no word item get the same (empty) list from the cache; a token that
    starts one (neutral counter-example) gets its own non-empty list."""
    lx = Lexicon("en", {"THANKS": {"words": ["thank you"]}})
    a, b = lx.classify("zebra"), lx.classify("table")
    assert a == [] and a is b
    assert lx.classify("thank") == [("THANKS", (("w", "you"),))]
