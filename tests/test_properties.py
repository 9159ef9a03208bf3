"""Property tests (hypothesis): msglint never raises on any input, and ``--fix`` changes no byte
outside the edits it reports, in every supported encoding and line-ending style, converges, and
is idempotent. Bounded and derandomised for CI (``MSGLINT_HYPOTHESIS_EXAMPLES`` raises the
count for a long local run); ``tests/fuzz/`` holds the seeded generator fuzzing."""

from __future__ import annotations

import codecs
import html.parser
import os
import re
from email.utils import getaddresses

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import msglint
from msglint.core.config import Config
from msglint.engine.linter import Linter
from msglint.model.decode import DecodeError, decode_bytes, encode_text
from msglint.model.mail import split_addresses
from msglint.run.fixes import MAX_PASSES, fix_bytes, fix_text, select_fixes

EXAMPLES = int(os.environ.get("MSGLINT_HYPOTHESIS_EXAMPLES", "120"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=os.environ.get("MSGLINT_HYPOTHESIS_RANDOM") != "1",  # 1: a fresh random search
    database=None,
    suppress_health_check=list(HealthCheck),
)

NAMES = st.sampled_from(["a.html", "a.txt", "a.eml", "a.j2", "a", "a.liquid", "a.xhtml", "a.md"])
PIECES = st.sampled_from(
    [
        "<", ">", "</", "&", "&amp;", "&#x1F600;", "{{", "}}", "{%", "%}", "{#", "#}", "[[", "]]", "{x}", "\n", "\r",
        "\r\n", "\f", "\t", "\U0001f600", "\U0001f44d\U0001f3fd", "\u200d", "\ufe0f", "\u2714\ufe0f", "\u00a9",
        "\u0301", "<p>", "</p>", "<br>", "<br><br><br><br>", "<!--", "-->", "msglint: disable=emoji",
        "123-1234567-1234567", "http://www.amazon.de/x", "Thank you for your order", "Vielen Dank",
        ' style="text-align:center"', ' style="font-family:Arial;color:red"', "<style>", "</style>",
        "p { font-family: Arial; }", "@media screen {", "}", ";", ":", '"', "'", "=", "a@b.c",
    ]
)  # fmt: skip
SOUP = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=40).map("".join)

TAGS = st.sampled_from(["p", "div", "span", "td", "b", "a", "font", "center", "li", "h1", "style", "img", "br"])
ATTRS = st.sampled_from(
    [
        "", ' style="text-align:center"', " align='right'", ' style="font-family:Arial;color:#333"',
        ' style="\rline-height:3;\fcolor:red\r"', ' href="http://www.amazon.com/x"', ' alt="nice \U0001f600"',
        ' src="http://amazon.de/p.gif" width="1" height="1"', ' style="display:none"', ' class="x"',
        ' style="margin-left:300px"', ' style="font-size:9px"',
    ]
)  # fmt: skip
STYLE_BLOCKS = st.sampled_from(
    [
        "<style>\rbody { margin: 0; }\rp { font-family: Arial; color: #333; }\r</style>",
        "<style>\fp{line-height:2}\f.c{text-align:center !important}</style>",
        "<style>\r\n@media screen { td { color: red; font-family: 'A\\'B', x(1,\r\n2) } }\r\n</style>",
        "<style>p { color: \"r\\\"d\"; }</style>",
    ]
)  # fmt: skip


def _element(children: st.SearchStrategy[list[str]]) -> st.SearchStrategy[str]:
    return st.builds(
        lambda t, a, c, close: f"<{t}{a}>{''.join(c)}{'</' + t + '>' if close else ''}",
        TAGS,
        ATTRS,
        children,
        st.booleans(),
    )


HTML = st.recursive(
    st.one_of(SOUP, STYLE_BLOCKS, st.sampled_from(["\U0001f600", "<br><br><br>", "\n\n\n\n", "{{ order_id }}"])),
    lambda inner: _element(st.lists(inner, max_size=4)),
    max_leaves=30,
)

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16-le-bom", "utf-16-be-bom", "cp1252"]
NEWLINES = ["\n", "\r\n", "\r", "mixed"]
_LINTER: dict[str, Linter] = {}


def _linter() -> Linter:
    if "x" not in _LINTER:
        _LINTER["x"] = Linter(Config())
    return _LINTER["x"]


# ---- no input makes msglint raise -------------------------------------------------------------------
@SETTINGS
@given(st.text(max_size=2000), NAMES, st.sampled_from([None, "amazon.de", "amazon.com", "amazon.co.jp"]))
def test_lint_never_raises_on_text(source: str, name: str, marketplace: str | None) -> None:
    for d in msglint.lint(source, filename=name, marketplace=marketplace):
        assert d.line >= 1 and d.column >= 1 and (d.end_line, d.end_column) >= (d.line, d.column)


@SETTINGS
@given(st.binary(max_size=2000), NAMES)
def test_lint_never_raises_on_bytes(data: bytes, name: str) -> None:
    msglint.lint(data, filename=name)


@SETTINGS
@given(HTML, st.sampled_from(["a.html", "a.j2", "a.txt"]))
def test_lint_never_raises_on_markup_soup(source: str, name: str) -> None:
    diags = msglint.lint(source, filename=name)
    assert diags == sorted(diags, key=lambda d: d.sort_key()) or any(d.code == "MSG704" for d in diags)
    for d in diags:
        for e in d.fix.edits if d.fix else ():
            assert 0 <= e.start <= e.end <= len(source)


HEADERS = st.lists(
    st.tuples(
        st.sampled_from(["From", "To", "Cc", "Subject", "Content-Type", "Content-Transfer-Encoding", "X-Mailer"]),
        st.one_of(
            SOUP,
            st.sampled_from(
                [
                    "x@marketplace.amazon.de",
                    "multipart/mixed; boundary=b",
                    "text/html; charset=utf-8",
                    "base64",
                    "=?utf-8?B?8J+YgA==?=",
                    "a:;",
                    '"a, b" <b@c.d>',
                    "a:" * 300,
                    "(" * 300,
                ]
            ),  # fmt: skip
        ),
    ),
    min_size=1,
    max_size=8,
)


@SETTINGS
@given(HEADERS, SOUP, st.sampled_from(["\n", "\r\n"]), st.booleans())
def test_lint_never_raises_on_mail(headers: list[tuple[str, str]], body: str, nl: str, as_bytes: bool) -> None:
    src = nl.join(f"{k}: {v}" for k, v in headers) + nl + nl + body + nl + "--b" + nl + body + nl + "--b--" + nl
    msglint.lint(src.encode("utf-8", "surrogatepass") if as_bytes else src, filename="m.eml")


@SETTINGS
@given(st.lists(st.sampled_from(['"Doe, J" <j@d.com>', "a@b.c", "(x, y)", "Team:", ";", " ", ",", "<q@r.s>"])))
def test_address_parts_agree_with_the_standard_parser(parts: list[str]) -> None:
    value = "".join(parts)
    clean, spans = split_addresses(value)
    ours = [a for s, e in spans for _, a in getaddresses([clean[s:e]]) if "@" in a]
    assert ours == [a for _, a in getaddresses([value]) if "@" in a]


# ---- --fix: byte-exact, in every encoding and line ending ---------------------------------------
def _with_newlines(text: str, nl: str) -> str:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if nl != "mixed":
        return nl.join(lines)
    return "".join(line + ("\r\n" if i % 2 else "\n") for i, line in enumerate(lines[:-1])) + lines[-1]


def _encodable(text: str, encoding: str) -> str:
    if encoding != "cp1252":
        return text
    return "".join(ch if ch.encode("cp1252", "ignore") else f"&#x{ord(ch):X};" for ch in text)


def _visible(text: str) -> str:
    """The visible words, read by the standard library's HTML parser (independent of msglint's
    scanner). Template placeholders are blanked first, as a template engine replaces them before
    any HTML parser sees the message (and as msglint documents it)."""
    from msglint.model.placeholders import find_placeholders, mask

    text = mask(text, find_placeholders(text))
    chunks: list[str] = []

    class P(html.parser.HTMLParser):
        skip = 0

        def handle_starttag(self, tag: str, attrs: object) -> None:
            self.skip += tag in ("style", "script", "title")

        def handle_endtag(self, tag: str) -> None:
            if tag in ("style", "script", "title") and self.skip:
                self.skip -= 1

        def handle_data(self, data: str) -> None:
            if not self.skip:
                chunks.append(data)

    p = P(convert_charrefs=True)
    p.feed(text)
    p.close()
    return "".join(chunks)


_NOT_WORDS = re.compile(
    r"[\s\ufe0f\u200d\u20e3\U0001f3fb-\U0001f3ff]+|[\U0001f000-\U0001faff\u2600-\u27bf\u00a9\u00ae]"
)


@SETTINGS
@given(HTML, st.sampled_from(ENCODINGS), st.sampled_from(NEWLINES), st.sampled_from(["a.html", "a.txt", "a.j2"]))
def test_fix_changes_no_byte_outside_its_edits(source: str, encoding: str, nl: str, name: str) -> None:
    text = _encodable(_with_newlines(source, nl), encoding).replace("\x00", "")
    try:
        data = encode_text(text, encoding)
    except UnicodeEncodeError:
        return
    try:
        decoded = decode_bytes(data)
    except DecodeError:
        return
    text = decoded.text
    linter = _linter()
    diags = linter.lint_source(text, name)
    chosen = select_fixes([d.fix for d in diags if d.fix is not None], len(text), text)
    edits = sorted((e.start, e.end, e.content) for f in chosen for e in f.edits)
    one = fix_text(linter, text, name, decoded.newline, max_passes=1)
    # The first pass is exactly the reported edits: every other character is where it was.
    expected, pos = [], 0
    for s, e, c in edits:
        expected += [text[pos:s], c]
        pos = e
    expected.append(text[pos:])
    assert one.text == "".join(expected)
    # ...and so is every byte: each stretch of the file between two edits is the same bytes after
    # the fix (the decoding round-trips, the encoding is per character, the BOM is kept).
    assert encode_text(text, decoded.encoding) == data
    new1 = encode_text(one.text, decoded.encoding)
    codec = _codec(decoded.encoding)
    bom = len(data) - len(text.encode(codec))
    assert new1[:bom] == data[:bom]
    old_at, new_at, pos = bom, bom, 0
    for s, e, c in [*edits, (len(text), len(text), "")]:
        gap = len(text[pos:s].encode(codec))
        assert new1[new_at : new_at + gap] == data[old_at : old_at + gap]
        old_at += gap + len(text[s:e].encode(codec))
        new_at += gap + len(c.replace("\n", decoded.newline).encode(codec))
        pos = e
    # All passes: the encoding, its BOM and the line-ending style come back as they were.
    new, _ = fix_bytes(linter, data, name)
    assert new[:bom] == data[:bom]
    if new != data and new.strip(b"\x00\t\r\n\x0c "):
        try:
            back = decode_bytes(new)
        except DecodeError:  # what is left is control characters (the binary sniff): bytes checked above
            return
        assert back.encoding == decoded.encoding
    # The fixes never change what the buyer reads (only emoji and layout go).
    if "<" in text and name != "a.txt":
        before = _NOT_WORDS.sub("", _visible(text)).replace("http://", "https://")
        after = _NOT_WORDS.sub("", _visible(one.text)).replace("http://", "https://")
        assert after == before


def _codec(encoding: str) -> str:
    return {"utf-8-sig": "utf-8", "utf-16-le-bom": "utf-16-le", "utf-16-be-bom": "utf-16-be"}.get(encoding, encoding)


@SETTINGS
@given(HTML, st.sampled_from(["\n", "\r\n", "\r"]), st.sampled_from(["a.html", "a.txt", "a.j2"]))
def test_fix_converges_and_is_idempotent(source: str, nl: str, name: str) -> None:
    text = _with_newlines(source, nl)
    linter = _linter()
    once = fix_text(linter, text, name, nl)
    assert once.passes < MAX_PASSES, "fix did not converge"
    assert not [d for d in once.remaining if d.fix is not None], "fixable findings left"
    twice = fix_text(linter, once.text, name, nl)
    assert twice.text == once.text and twice.fixed == 0
    crlf = text.count("\r\n")
    assert (
        once.text.count("\r\n") <= crlf and once.text.count("\r") - once.text.count("\r\n") <= text.count("\r") - crlf
    )  # no line ending appears that was not there


def test_the_bom_survives_a_fix() -> None:
    data = codecs.BOM_UTF16_LE + "<p>x \U0001f600 123-1234567-1234567</p>\r\n".encode("utf-16-le")
    new, _ = fix_bytes(_linter(), data, "a.html")
    assert new == codecs.BOM_UTF16_LE + "<p>x 123-1234567-1234567</p>\r\n".encode("utf-16-le")
