"""MSG301-MSG305: font sizes, alignment, font overrides, line breaks and margins."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import FIXTURES, lint_file, lint_text
from test_media import assert_fixed, diags, fix_all, only

import msglint

LAYOUT = FIXTURES  # per-rule folders: fixtures/rules/<CODE>-<slug>/


def has(code: str, source: str, filename: str = "t.html", **config: object) -> bool:
    return code in {d.code for d in diags(source, filename, **config)}


# ---- fixtures: exact positions ----------------------------------------------------------------
def test_font_size_count_fixture() -> None:
    assert only("MSG301", lint_file(LAYOUT / "rules/MSG301-font-size-count/bad-font-size-count.html")) == [(12, 1)]
    found = diags(
        (LAYOUT / "rules/MSG301-font-size-count/bad-font-size-count.html").read_text(encoding="utf-8"),
        select=["MSG301"],
    )
    assert found[0].message.startswith("4 font sizes (14px, 12pt, 11px, <h2>):")


def test_font_size_count_from_tags() -> None:
    assert only("MSG301", lint_file(LAYOUT / "rules/MSG301-font-size-count/bad-font-size-count-tags.html")) == [(4, 57)]


def test_text_alignment_fixture() -> None:
    got = only("MSG302", lint_file(LAYOUT / "rules/MSG302-text-alignment/bad-text-alignment.it.html"))
    assert got == [(6, 12), (7, 7), (10, 14), (11, 1), (14, 8), (14, 43), (17, 6)]


def test_font_override_fixture() -> None:
    got = only("MSG303", lint_file(LAYOUT / "rules/MSG303-font-override/bad-font-override.de.html"))
    assert got == [(6, 10), (6, 60), (7, 7), (10, 7), (11, 11), (13, 10), (13, 25), (14, 11), (15, 11)]


def test_line_breaks_html_fixture() -> None:
    assert only("MSG304", lint_file(LAYOUT / "rules/MSG304-line-breaks/bad-line-breaks.html")) == [
        (3, 1),
        (7, 1),
        (8, 93),
    ]


def test_line_breaks_text_fixture() -> None:
    assert only("MSG304", lint_file(LAYOUT / "rules/MSG304-line-breaks/bad-line-breaks.txt")) == [(3, 1), (7, 1)]


def test_wide_margin_fixture() -> None:
    got = only("MSG305", lint_file(LAYOUT / "rules/MSG305-wide-margin/bad-wide-margin.fr.html"))
    assert got == [(6, 14), (7, 27), (10, 7), (12, 11), (13, 11), (14, 8)]


@pytest.mark.parametrize("path", sorted(LAYOUT.glob("rules/MSG3*/good-*")), ids=lambda p: p.name)
def test_good_layout_fixtures_are_silent(path: Path) -> None:
    assert [t for t in lint_file(path) if t[0].startswith(("MSG1", "MSG3"))] == []


# ---- MSG301 font-size-count -------------------------------------------------------------------
def _sizes(*values: str) -> str:
    return "".join(f'<p style="font-size:{v}">x</p>' for v in values)


@pytest.mark.parametrize(
    ("values", "flagged"),
    [
        (("10px", "12px", "14px"), False),
        (("10px", "12px", "14px", "18px"), True),
        (("12pt", "16px", "1em", "100%", "medium", "1rem"), False),  # one size, six spellings
        (("9pt", "12px", "14px", "16px"), False),  # 9pt == 12px: three sizes
        (("9pt", "13px", "14px", "16px"), True),
        (("9pt", "12px", "14px", "1em"), False),
        (("0", "12px", "14px", "16px"), False),  # font-size:0 is a whitespace trick
        (("inherit", "12px", "14px", "16px"), False),
        (("smaller", "12px", "14px", "16px"), True),
        (("2vw", "12px", "14px", "16px"), True),
    ],
)
def test_font_size_normalisation(values: tuple[str, ...], flagged: bool) -> None:
    assert has("MSG301", _sizes(*values)) is flagged


def test_font_shorthand_and_style_blocks_count() -> None:
    source = "<style>.a{font:bold 20px/1.2 Arial}.b{font-size:22px}</style>" + _sizes("12px", "14px")
    assert only("MSG301", lint_text(source)) == [(1, 103)]  # the second <p>


def test_heading_sized_by_a_style_rule_counts_once() -> None:
    source = "<style>h1{font-size:14px}</style><h1>Title</h1>" + _sizes("12px", "16px")
    assert not has("MSG301", source)
    # Without the rule, <h1> has the browser's 32px: a fourth size.
    assert only("MSG301", lint_text("<h1>Title</h1>" + _sizes("12px", "14px", "16px"))) == [(1, 87)]


def test_inline_size_replaces_the_tag_default() -> None:
    source = '<h1 style="font-size:16px">Title</h1><h2 style="font-size:14px">Sub</h2>' + _sizes("12px")
    assert not has("MSG301", source)


@pytest.mark.timeout(120)  # a hang guard, not a speed assertion: figures live in benchmarks/
def test_long_font_size_attribute_is_linear() -> None:
    assert not has("MSG301", '<font size="' + " " * 20_000 + 'x">a</font>')


def test_hidden_preheader_size_does_not_count() -> None:
    preheader = '<span style="display:none !important; font-size:1px; max-height:0">Your order</span>'
    assert not has("MSG301", preheader + _sizes("12px", "14px", "16px"))
    assert has("MSG301", preheader.replace("display:none !important;", "") + _sizes("12px", "14px", "16px"))


def test_font_size_count_reports_once_and_follows_config() -> None:
    source = _sizes("10px", "12px", "14px", "16px", "18px", "20px")
    found = diags(source, select=["MSG301"])
    assert len(found) == 1
    assert found[0].message == (
        "6 font sizes (10px, 12px, 14px, 16px, 18px, 20px): Amazon allows at most 3 font sizes in a message"
    )


# ---- MSG302 text-alignment --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("markup", "flagged"),
    [
        ('<p style="text-align:center">x</p>', True),
        ('<p style="text-align: JUSTIFY">x</p>', True),
        ('<p style="text-align:right">x</p>', True),
        ('<p style="text-align:left">x</p>', False),
        ('<p style="text-align:start">x</p>', False),
        ('<p style="text-align:initial">x</p>', False),
        ('<p style="text-align:{{ align }}">x</p>', False),
        ('<div align="center">x</div>', True),
        ('<div align="left">x</div>', False),
        ('<img src="a.png" align="middle">', False),
        ("<center>x</center>", True),
        ('<p style="vertical-align:middle">x</p>', False),
    ],
)
def test_alignment(markup: str, flagged: bool) -> None:
    assert has("MSG302", markup) is flagged


def test_right_alignment_is_the_default_for_rtl_buyers() -> None:
    markup = '<p style="text-align:right">x</p>'
    assert not has("MSG302", markup, language="ar")
    assert has("MSG302", '<p style="text-align:center">x</p>', language="ar")
    assert [
        t for t in lint_file(LAYOUT / "rules/MSG302-text-alignment/good-text-alignment.ar.html") if t[0] == "MSG302"
    ] == []


@pytest.mark.parametrize(
    ("markup", "flagged"),
    [
        ('<div dir="rtl"><p style="text-align:right">x</p></div>', False),
        ('<div dir="RTL"><p align="right">x</p></div>', False),
        ('<div dir="rtl"><p dir="ltr" style="text-align:right">x</p></div>', True),
        ('<div dir="rtl"><p style="text-align:center">x</p></div>', True),
        ('<div dir="ltr"><p align="right">x</p></div>', True),
    ],
)
def test_right_alignment_inside_dir_rtl(markup: str, flagged: bool) -> None:
    assert has("MSG302", markup) is flagged


def test_text_alignment_fix() -> None:
    source = (LAYOUT / "rules/MSG302-text-alignment/bad-text-alignment.it.html").read_text(encoding="utf-8")
    fixed = assert_fixed(source, "MSG302")
    assert "<body>\n<div>\n<p>Gentile {{ buyer_name }},</p>\n</div>" in fixed
    assert '<table width="480"><tr><td>' in fixed
    assert "<div><p>Quale testo" in fixed
    assert ".firma { }" in fixed
    assert "p { }" in fixed


def test_center_closed_implicitly_is_not_fixed() -> None:
    found = diags("<div><center><p>x</p></div>", select=["MSG302"])
    assert len(found) == 1 and found[0].fix is None


def test_alignment_fix_keeps_other_declarations() -> None:
    source = '<p style="color:red; text-align:center !important; margin:0">x</p>'
    assert assert_fixed(source, "MSG302") == '<p style="color:red; margin:0">x</p>'


# ---- MSG303 font-override ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("markup", "flagged"),
    [
        ('<p style="color:#333">x</p>', True),
        ('<p style="font-family:Arial">x</p>', True),
        ('<p style="line-height:1.5">x</p>', True),
        ('<p style="font:12px Arial">x</p>', True),
        ('<font face="Arial">x</font>', True),
        ('<font color="red">x</font>', True),
        ('<body text="#000"><p>x</p></body>', True),
        ('<p style="background-color:#333">x</p>', False),
        ('<p style="border-color:#333; border:1px solid #ccc">x</p>', False),
        ('<p style="color:inherit">x</p>', False),
        ('<p style="color:currentColor">x</p>', False),
        ('<p style="font-size:14px; font-weight:bold">x</p>', False),
        ('<font size="3">x</font>', False),
        ("<p>Choose a colour and a font for the engraving: Arial or Times.</p>", False),
    ],
)
def test_font_overrides(markup: str, flagged: bool) -> None:
    assert has("MSG303", markup) is flagged


def test_font_override_fix() -> None:
    source = (LAYOUT / "rules/MSG303-font-override/bad-font-override.de.html").read_text(encoding="utf-8")
    fixed = assert_fixed(source, "MSG303")
    assert "body { }" in fixed and "a { }" in fixed
    assert "<body>" in fixed
    assert '<p style="font-size:14px">Guten Tag' in fixed
    assert "<p><font>An welchem Wochentag" in fixed
    assert "<p>Bitte antworten Sie" in fixed  # the style attribute held only the font shorthand
    assert "<p>Mit freundlichen" in fixed  # ... or only line-height with !important


def test_two_rules_fix_the_same_style_attribute() -> None:
    source = '<p style="text-align:center; color:red">x</p>'
    edits = [e for d in diags(source, select=["MSG302", "MSG303"]) if d.fix for e in d.fix.edits]
    from test_media import apply_edits

    fixed = apply_edits(source, edits)
    assert fixed == '<p style="">x</p>'
    assert not has("MSG302", fixed) and not has("MSG303", fixed)


# ---- MSG304 line-breaks -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("markup", "flagged"),
    [
        ("<p>a<br><br>b</p>", False),
        ("<p>a<br><br><br>b</p>", True),
        ("<p>a<br />\n  <br/>&nbsp;<BR>b</p>", True),
        ("<p>a<br><br>b<br><br>c</p>", False),
        ("<p>a<br><br>{{ name }}<br>c</p>", False),
        ("<p>a<br><br></p><p><br>b</p>", False),  # a paragraph end between the breaks
        ('<p>a<br><span style="x"><br></span> <br>b</p>', True),
        ('<p>a<br><br><img src="a.png" alt=""><br>b</p>', False),
        ("<p>a</p><p>&nbsp;</p><p>&#160;</p><p>b</p>", False),
        ("<p>a</p><p>&nbsp;</p><p>&#160;</p><div></div><p>b</p>", True),
        ("<p>a</p><p> x </p><p></p><p></p><p>b</p>", False),
    ],
)
def test_html_break_runs(markup: str, flagged: bool) -> None:
    assert has("MSG304", markup) is flagged


@pytest.mark.timeout(120)  # a hang guard, not a speed assertion: figures live in benchmarks/
def test_comments_between_breaks_cannot_blow_up() -> None:
    """A run of comments before a non-blank character once backtracked exponentially."""
    assert not has("MSG304", "<p>a<br>" + "<!---->" * 200 + "x<br><br>b</p>")
    assert not has("MSG304", "<p>a<br>" + "<!-- <br>" * 300 + "<br><br>b</p>")
    assert has("MSG304", "<p>a<br><!-- one --><br><!-- --- two --->\n<br>b</p>")
    assert not has("MSG304", "<p>a</p><p><!----><!---->x</p><p></p><p></p>")


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Hello,\n\nyour order 123-1234567-1234567.\n", False),
        ("Hello,\n\n\nyour order.\n", True),
        ("Hello,\r\n\r\n\r\nyour order.\r\n", True),
        ("Hello,\r\n\r\nyour order.\r\n", False),  # CRLF is one break
        ("Hello,\n \t\n\u00a0\nyour order.\n", True),  # lines of spaces are blank
        ("Hello,\n\nyour order.\n\n\n\n", False),  # trailing blank lines render as nothing
        ("\n\n\n\nHello,\n\nyour order.\n", False),
    ],
)
def test_text_break_runs(text: str, flagged: bool) -> None:
    assert has("MSG304", text, "t.txt") is flagged


def test_text_breaks_after_front_matter() -> None:
    text = "---\nlanguage: en\n---\nHello,\n\n\n\nyour order.\n"
    assert only("MSG304", lint_text(text, "t.txt")) == [(6, 1)]


def test_line_break_fix_html() -> None:
    source = (LAYOUT / "rules/MSG304-line-breaks/bad-line-breaks.html").read_text(encoding="utf-8")
    fixed = assert_fixed(source, "MSG304")
    assert fixed.startswith("<p>Bonjour {{ buyer_name }},<br>\n<br>\n\nvotre commande")
    assert "</p>\n<p>&nbsp;</p>\n<p></p>\n\n<p>Quel prénom" in fixed
    assert "à ce message.<br><br>&nbsp;<!-- signature -->\nCordialement" in fixed


def test_line_break_fix_never_deletes_an_end_tag_it_does_not_own() -> None:
    source = "<table><tr><td>a<br><br><p></td></tr></table><p>b</p>"
    assert only("MSG304", lint_text(source)) == [(1, 25)]
    assert assert_fixed(source, "MSG304") == "<table><tr><td>a<br><br></td></tr></table><p>b</p>"


def test_line_break_fix_keeps_inline_tags_balanced() -> None:
    source = "<p>a<br><span><br></span><br><b><br></b>b</p>"
    assert only("MSG304", lint_text(source)) == [(1, 26)]
    assert assert_fixed(source, "MSG304") == "<p>a<br><span><br></span><b></b>b</p>"


def test_line_break_fix_text_keeps_line_endings() -> None:
    source = (LAYOUT / "rules/MSG304-line-breaks/bad-line-breaks.txt").read_text(encoding="utf-8")
    fixed = assert_fixed(source, "MSG304", "t.txt")
    assert "Hallo {{ buyer_name }},\n\nIhre Bestellung" in fixed
    assert "gravieren?\n\nBitte antworten" in fixed
    crlf = "Hello,\r\n\r\n  \r\n\r\nyour order.\r\n"
    assert assert_fixed(crlf, "MSG304", "t.txt") == "Hello,\r\n\r\nyour order.\r\n"


# ---- MSG305 wide-margin -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("style", "flagged"),
    [
        ("margin:120px", False),
        ("margin:121px", True),
        ("margin:0 auto", False),
        ("padding:10px 10px 10px 130px", True),
        ("padding:20%", False),
        ("padding:21%", True),
        ("margin-right:-300px", False),
        ("margin-left:90pt", False),  # 120px
        ("margin-left:91pt", True),
        ("padding:7.5rem", False),
        ("padding:8rem", True),
        ("margin:calc(100% - 10px)", False),
        ("width:300px", False),
        ("border-width:130px", False),
    ],
)
def test_margins(style: str, flagged: bool) -> None:
    assert has("MSG305", f'<div style="{style}"><p>x</p></div>') is flagged


def test_margin_limit_follows_max_width_px() -> None:
    markup = '<div style="padding:0 150px"><p>x</p></div>'
    assert has("MSG305", markup)
    assert msglint.lint(markup, filename="t.html", config={"max-width-px": 800, "select": ["MSG305"]}) == []


def test_wide_margin_is_not_fixable() -> None:
    _, unfixable = fix_all(
        (LAYOUT / "rules/MSG305-wide-margin/bad-wide-margin.fr.html").read_text(encoding="utf-8"), "MSG305"
    )
    assert len(unfixable) == 6


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("<p style=color:red>x</p>", "<p>x</p>"),  # unquoted
        ("<p style='color:red;'>x</p>", "<p>x</p>"),
        ('<p  style="  color : red  ;  " class="a">x</p>', '<p class="a">x</p>'),
        ('<p style="margin:0;color:red">x</p>', '<p style="margin:0;">x</p>'),
        ('<font color="red" size="2">x</font>', '<font size="2">x</font>'),
        ("<style>p{color:red;margin:0}</style><p>x</p>", "<style>p{margin:0}</style><p>x</p>"),
        ('<p style="font-family:&quot;Calibri&quot;,sans-serif; margin:0">x</p>', '<p style="margin:0">x</p>'),
        ('<p style="color:red;font-family:&#39;Open Sans&#39;">x</p>', '<p style="">x</p>'),
    ],
)
def test_declaration_and_attribute_removal(source: str, expected: str) -> None:
    assert assert_fixed(source, "MSG303") == expected
