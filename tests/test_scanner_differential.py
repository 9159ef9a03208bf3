"""The HTML scanner against lxml (a dev dependency): same elements, same visible text.

msglint parses HTML with its own linear, position-keeping scanner (msglint/model/document.py)
because every diagnostic needs exact source offsets for text and attribute values, which lxml
does not give (docs/architecture.md). This test keeps the scanner honest: on every HTML fixture
and on a seeded generated corpus, the start tags it sees (in order) and the words of the visible
text agree with lxml's HTML parser. Known, accepted differences are normalised explicitly here:

- lxml adds implied ``html``/``head``/``body``/``tbody`` elements and wraps stray text in ``p``;
  the scanner records only the tags written in the source (``IMPLIED``).
- Comments, ``script``/``style``/``title``/``template``/``noscript``/``textarea`` content are not
  visible text for either.
- Block-level elements separate words (the scanner inserts a break; lxml's text_content() would
  glue "a</p><p>b" into one word, so the lxml side adds the same separators).

Documented differences (inputs the comparison does not generate, on purpose):

- A comment may separate words for the scanner (``A<!-- x -->B`` can be two words; a browser
  shows "AB"). Harmless for the rules (comments sit between words in practice), so the generator
  writes no comments between words; fixtures with comments are compared as they are.
- Implied end tags of ``p`` before a block-level start tag (``<p>a<ul>...</ul>b</p>``): HTML
  closes the ``p`` at ``<ul>`` and makes ``</p>`` an empty paragraph; the scanner keeps ``b`` in
  the open ``p``. Only invalid markup nests blocks in ``p``, and the text is the same up to word
  breaks, so the generator nests blocks only where HTML allows them.
"""

from __future__ import annotations

import random
import re

import lxml.html
import pytest
from conftest import FIXTURES

from msglint.model.decode import decode_bytes
from msglint.model.document import BLOCK_TAGS, parse

IMPLIED = {"html", "head", "body", "tbody"}
HIDDEN = {"script", "style", "title", "head", "template", "noscript", "textarea", "xmp"}


def _scanner(src: str) -> tuple[list[str], list[str]]:
    doc = parse(src, "x.html")
    return [e.tag for e in doc.elements if e.tag not in IMPLIED], doc.text.split()


def _lxml(src: str) -> tuple[list[str], list[str]]:
    if not src.strip():
        return [], []
    root = lxml.html.document_fromstring(src)
    tags = [e.tag for e in root.iter() if isinstance(e.tag, str) and e.tag not in IMPLIED]
    parts: list[str] = []

    def walk(el: lxml.html.HtmlElement) -> None:
        block = isinstance(el.tag, str) and el.tag in BLOCK_TAGS
        if block:
            parts.append(" ")
        if isinstance(el.tag, str) and el.tag not in HIDDEN and el.text:
            parts.append(el.text)
        for child in el:
            if isinstance(child.tag, str) and child.tag not in HIDDEN:
                walk(child)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append(" ")

    walk(root)
    return tags, "".join(parts).split()


#: A PrestaShop placeholder ({firstname}): a template too (CSS blocks hold a colon).
_PRESTASHOP = re.compile(r"\{[a-z_]+\}")


def _fixture_html() -> list[object]:
    out: list[object] = []
    for path in sorted(FIXTURES.rglob("*.html")):
        try:
            text = decode_bytes(path.read_bytes()).text
        except Exception:  # unreadable input is MSG001's fixture, not HTML
            continue
        templated = "{{" in text or "{%" in text or _PRESTASHOP.search(text) or "dialects" in path.parts
        if templated or text.startswith(("---", "\ufeff---")):
            continue  # templates: placeholders are masked by the scanner, text to lxml
        out.append(pytest.param(text, id=str(path.relative_to(FIXTURES))))
    return out


@pytest.mark.parametrize("source", _fixture_html())
def test_scanner_agrees_with_lxml_on_fixtures(source: str) -> None:
    assert _scanner(source) == _lxml(source)


_WORDS = ["Order", "123-4567890-1234567", "the", "parcel", "Grüße", "caf&eacute;", "5&nbsp;kg", "A&amp;B", "&#128512;"]
_INLINE = ["b", "i", "span", "strong", "em", "a", "font", "u"]
_BLOCK = ["p", "div", "td", "li", "h2"]


def _generate(rng: random.Random, depth: int = 0, *, inline_only: bool = False) -> str:
    """Valid nesting: inline elements and ``p``/``h2`` hold inline content only."""
    out: list[str] = []
    for _ in range(rng.randint(1, 5)):
        roll = rng.random()
        if roll < 0.4 or depth > 3:
            out.append(" ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 4))))
        elif roll < 0.65:
            tag = rng.choice(_INLINE)
            attr = (
                ' href="https://www.amazon.de/x"'
                if tag == "a"
                else rng.choice(["", ' style="color:#333"', " class='x'"])
            )
            out.append(f"<{tag}{attr}>{_generate(rng, depth + 1, inline_only=True)}</{tag}>")
        elif roll < 0.88 and not inline_only and roll < 0.8:
            tag = "ul" if depth < 3 and rng.random() < 0.2 else rng.choice(["p", "div", "h2"])
            if tag == "ul":
                inner = f"<li>{_generate(rng, depth + 2)}</li>"
            else:
                inner = _generate(rng, depth + 1, inline_only=tag != "div")
            out.append(f"<{tag}>{inner}</{tag}>")
        elif roll < 0.88:
            out.append(rng.choice(["<br>", "<br/>", '<img src="https://m.media-amazon.com/a.png" alt="logo">']))
        elif roll < 0.94:
            out.append("<script>var a = '<p>';</script>")
        elif not inline_only:
            out.append(f"<table><tr><td>{_generate(rng, depth + 2)}</td></tr></table>")
    return "".join(out)


@pytest.mark.parametrize("seed", range(300))
def test_scanner_agrees_with_lxml_on_generated_html(seed: int) -> None:
    source = f"<html><body>{_generate(random.Random(seed))}</body></html>"
    assert _scanner(source) == _lxml(source), source


def test_the_comparison_can_fail() -> None:
    """A difference in elements or text is seen (the normalisation does not hide everything)."""
    assert _lxml("<p>a b</p>") != _lxml("<p>a c</p>")
    assert _scanner("<p><b>x</b></p>") != _scanner("<p><i>x</i></p>")
