"""The engine: document model, decoding, selection, configuration."""

from __future__ import annotations

import codecs
import contextlib
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import msglint
from msglint.core.config import ConfigError, from_mapping, load_file
from msglint.engine.linter import Linter
from msglint.model.decode import DecodeError, decode_bytes, encode_text
from msglint.model.document import parse


# ---- decoding -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("Grüße".encode(), "utf-8"),
        (codecs.BOM_UTF8 + "Grüße".encode(), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + "Grüße".encode("utf-16-le"), "utf-16-le-bom"),
        (codecs.BOM_UTF16_BE + "Grüße".encode("utf-16-be"), "utf-16-be-bom"),
        ("Grüße".encode("cp1252"), "cp1252"),
    ],
)
def test_decoding_round_trips(data: bytes, encoding: str) -> None:
    d = decode_bytes(data)
    assert d.text == "Grüße"
    assert d.encoding == encoding
    assert encode_text(d.text, d.encoding) == data


def test_binary_is_refused() -> None:
    with pytest.raises(DecodeError, match="binary"):
        decode_bytes(b"GIF89a\x00\x01\x02\x00")


def test_crlf_is_remembered() -> None:
    assert decode_bytes(b"a\r\nb\r\n").newline == "\r\n"
    assert decode_bytes(b"a\nb\n").newline == "\n"


# ---- document model -------------------------------------------------------------------------
def test_text_offsets_survive_entities_and_front_matter() -> None:
    src = "---\nreason: invoice\n---\n<p>Hallo f&uuml;r {{ name }}, caf&eacute;s</p>"
    doc = parse(src, "x.html")
    assert doc.front_matter is not None and doc.front_matter.get("reason") == "invoice"
    i = doc.text.index("für")
    s, e = doc.text_span(i, i + 3)
    assert src[s:e] == "f&uuml;r"
    assert doc.position(s) == (4, 10)
    assert "name" not in doc.text  # placeholders are never words
    j = doc.text.index("cafés")
    assert src.__getitem__(slice(*doc.text_span(j, j + 5))) == "caf&eacute;s"


def test_placeholder_in_attribute_is_kept_and_markup_in_tags_is_masked() -> None:
    src = '<a href="{{ review_url }}">x</a>{% if a > b %}<b>y</b>{% endif %}'
    doc = parse(src, "t.html")
    a = next(doc.iter_tag("a"))
    assert a.get("href") == "{{ review_url }}"
    assert a.attrs["href"].has_placeholder
    assert [el.tag for el in doc.elements] == ["a", "b"]


def test_block_tags_separate_words_inline_tags_do_not() -> None:
    doc = parse("<p>one</p><p>two</p> h<b>e</b>llo", "t.html")
    assert "one\ntwo" in doc.text
    assert "hello" in doc.text


def test_malformed_html_never_fails() -> None:
    for src in ["<p <b>>>", "<a href='x>oops", "<!-- never closed", "<<<>>>", "</p></div>", "<p>" * 50000]:
        doc = parse(src, "t.html")
        assert isinstance(doc.text, str)


def test_css_declarations_have_positions() -> None:
    src = '<p style="color: red;\n font-size:12px">x</p><style>\np { text-align: center }</style>'
    doc = parse(src, "t.html")
    got = [(d.name, d.value, doc.position(d.start)) for d in doc.css]
    assert got == [("color", "red", (1, 11)), ("font-size", "12px", (2, 2)), ("text-align", "center", (3, 5))]


def test_kind_is_detected_by_suffix_then_content() -> None:
    assert parse("<p>x</p>", "a.txt").kind == "text"
    assert parse("plain", "a.html").kind == "html"
    assert parse("<p>hi</p>", "a.j2").kind == "html"
    assert parse("Hello {{ name }}", "a.j2").kind == "text"


# ---- configuration --------------------------------------------------------------------------
def test_unknown_config_key_is_an_error_that_names_it() -> None:
    with pytest.raises(ConfigError, match="unknown key 'colour'"):
        from_mapping({"colour": "red"})


def test_wrong_types_are_errors() -> None:
    with pytest.raises(ConfigError, match="max-width-px"):
        from_mapping({"max-width-px": "wide"})
    with pytest.raises(ConfigError, match="bad regex"):
        from_mapping({"order-placeholders": ["("]})


def test_unknown_rule_in_select_is_an_error() -> None:
    with pytest.raises(ConfigError, match="MSG999"):
        Linter(from_mapping({"select": ["MSG999"]}))


def test_select_by_code_slug_and_prefix() -> None:
    assert Linter(from_mapping({"select": ["emoji"]})).selected == {"MSG101"}
    assert "MSG101" in Linter(from_mapping({"select": ["MSG1"]})).selected
    assert "MSG101" not in Linter(from_mapping({"ignore": ["MSG1"]})).selected
    selected = Linter(from_mapping({"select": ["MSG0"], "extend-select": ["MSG101"]})).selected
    assert selected == {"MSG001", "MSG002", "MSG003", "MSG004", "MSG101"}


def test_severity_override(tmp_path: Path) -> None:
    cfg = tmp_path / "msglint.toml"
    cfg.write_text('[severity]\nemoji = "warning"\n')
    diags = msglint.lint("<p>hi 😀</p>", "t.html", config=load_file(cfg))
    assert [(d.code, d.severity) for d in diags if d.code == "MSG101"] == [("MSG101", "warning")]


def test_pyproject_section_is_read(tmp_path: Path) -> None:
    pp = tmp_path / "pyproject.toml"
    pp.write_text('[project]\nname = "x"\n[tool.msglint]\nignore = ["MSG101"]\n')
    cfg = load_file(pp)
    assert cfg.ignore == ("MSG101",)


def test_per_file_ignores(tmp_path: Path) -> None:
    (tmp_path / "legacy").mkdir()
    f = tmp_path / "legacy" / "old.html"
    f.write_text("<p>hi 😀</p>")
    cfg = from_mapping({"per-file-ignores": {"legacy/*.html": ["emoji"]}}, root=str(tmp_path))
    assert not [d for d in Linter(cfg).lint_file(str(f)) if d.code == "MSG101"]


def test_library_lint_returns_typed_diagnostics() -> None:
    diags = msglint.lint("<p>hi 😀</p>", filename="review.html", config={"select": ["MSG101"]})
    assert len(diags) == 1
    d = diags[0]
    assert isinstance(d, msglint.Diagnostic)
    assert (d.code, d.rule, d.line, d.column, d.severity) == ("MSG101", "emoji", 1, 7, "error")


@contextlib.contextmanager
def _cpu_guard(limit: float = 2.0) -> Iterator[None]:
    """A guard against a quadratic scan, not a speed test: these inputs parse in milliseconds,
    and the quadratic versions took minutes of CPU. It reads the process's CPU time, not the
    wall clock, so a loaded machine (helpers, CI neighbours) cannot fail it."""
    start = time.process_time()
    yield
    assert time.process_time() - start < limit


def test_unterminated_tags_are_linear() -> None:
    """'<a href=' 20 000 times with no '>' was quadratic (each '<' scanned to the end)."""
    with _cpu_guard():
        doc = parse("<p>x</p>" + "<a href=" * 20_000 + "<!-- c", "t.html")
    assert [el.tag for el in doc.elements] == ["p"]
    assert doc.text.count("<a href=") == 20_000
    assert [c.body for c in doc.comments] == [" c"]  # an unterminated comment still is one


@pytest.mark.parametrize(
    "source",
    [
        "<" + "a" * 20_000 + " '>",  # a failed tag backtracked through its long name
        '<a x="' * 5_001 + ">",
        "<a x " * 20_000 + "'>",  # every '<' scanned up to the unpaired quote
        "<a x='y' " * 10_000 + "'>",
        '<a b="<i x=' * 5_000 + "'>",
    ],
)
def test_broken_tags_are_linear(source: str) -> None:
    with _cpu_guard():
        doc = parse("<p>x</p>" + source + "<b>y</b>", "t.html")
    assert doc.elements[0].tag == "p"


def test_markup_after_a_broken_tag_is_still_read() -> None:
    doc = parse("<p><img alt='it''s' src=\"a.png> <b>bold</b> <i>x</i></p>", "t.html")
    assert [el.tag for el in doc.elements] == ["p", "b", "i"]
    doc = parse('<p><a href="https://example.com/x>broken<b class="c">y</b> <i>k</i></p>', "t.html")
    assert [el.tag for el in doc.elements] == ["p", "b", "i"]


@pytest.mark.parametrize(
    "source",
    [
        '<p style="color:' + "(" * 20_000 + '">x</p>',
        "<style>a" + "(" * 20_000 + "{color:red}</style><p>x</p>",
        '<p style="background:url(a.png); margin:' + "[" * 20_000 + '">x</p>',
        "<style>" + "@media x{" * 3_000 + "p{color:red}" + "}" * 3_000 + "</style><p>x</p>",
        "<style>" + "@media x{" * 3_000 + "</style><p>x</p>",
    ],
)
def test_deeply_nested_css_is_skipped_not_a_crash(source: str) -> None:
    diags = msglint.lint(source, filename="t.html", config={"select": ["MSG1", "MSG3"]})
    assert all(d.code.startswith(("MSG1", "MSG3")) for d in diags)


def test_nested_media_rules_are_read() -> None:
    doc = parse("<style>@media screen{@supports (display:grid){p{color:red}}}</style><p>x</p>", "t.html")
    assert [(d.name, d.value) for d in doc.css] == [("color", "red")]


def test_character_references_in_style_attributes() -> None:
    """Outlook writes font-family:&quot;Calibri&quot;: the ';' of '&quot;' ends no declaration."""
    source = '<p style="font-family:&quot;Calibri&quot;,sans-serif;color:#1F497D">x</p>'
    doc = parse(source, "t.html")
    found = [(d.name, d.value, source[d.start : d.end]) for d in doc.css]
    assert found == [
        ("font-family", '"Calibri",sans-serif', "font-family:&quot;Calibri&quot;,sans-serif"),
        ("color", "#1F497D", "color:#1F497D"),
    ]
    fam = doc.css[0]
    assert [source[o : o + 6] for o in fam.token_offsets] == ["&quot;", ",sans-", "sans-s"]


def test_pack_cache_follows_the_file_and_survives_corruption(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from msglint.core.packs import _read_toml

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    pack = tmp_path / "p.toml"
    pack.write_text('a = "one"\n')
    assert _read_toml(pack) == {"a": "one"}
    entries = list((tmp_path / "cache" / "msglint" / "packs").iterdir())
    assert len(entries) == 1
    assert _read_toml(pack) == {"a": "one"}  # from the cache
    entries[0].write_bytes(b"not json {")
    assert _read_toml(pack) == {"a": "one"}  # corrupt entry: parsed again
    pack.write_text('a = "two, a longer value"\n')
    os.utime(pack, ns=(1, 1))
    assert _read_toml(pack) == {"a": "two, a longer value"}  # edited file: new key
