"""The document model: one parse per file, shared by every rule.

Diagnostics must point at characters of the original file, so the model keeps source offsets
for everything: elements and attribute values, CSS declarations, and the visible text (which is
assembled from pieces that each remember where they came from). lxml builds a fine tree but
reports only the line of an element and nothing for text, so the HTML is read by a small
position-keeping scanner instead (see ``benchmarks/`` for the cost next to a bare lxml parse).

Template placeholders are blanked out (same length, newlines kept) before the markup is
scanned, so ``{% if a > b %}`` cannot be mistaken for markup and ``{{ name }}`` never becomes a
word. Attribute values are read back from the original source, so a rule can still see that
``href="{{ review_url }}"`` is a placeholder.
"""

from __future__ import annotations

import bisect
import dataclasses
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

from msglint.core.diagnostics import SourceText
from msglint.model.dialects import DIALECTS, TemplateSpan, dialect_for
from msglint.model.dialects import SUFFIXES as DIALECT_SUFFIXES
from msglint.model.markup import (  # noqa: F401 - re-exported: the document's parts
    DELETED,
    ENTITY,
    Attr,
    Comment,
    CssDecl,
    Element,
    TextBuilder,
    TextMap,
    decode_entities,
    unescape,
)
from msglint.model.placeholders import Finder, mask

if TYPE_CHECKING:
    # parsed only when a file starts with '---' (#14: the module is not imported otherwise)
    from msglint.model.frontmatter import FrontMatter

Kind = Literal["html", "text"]

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
TEMPLATE_SUFFIXES = frozenset(
    {".j2", ".jinja", ".jinja2", ".liquid", ".hbs", ".mustache", ".tpl", ".twig"}
) | frozenset(os.path.splitext("x" + sfx)[1] for sfx, _ in DIALECT_SUFFIXES)
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})

VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
RAW_TEXT_TAGS = frozenset({"script", "style", "title", "textarea", "template", "noscript", "xmp"})
#: Tags that start a new line of rendered text; text on either side is not one word.
BLOCK_TAGS = frozenset(
    "address article aside blockquote br center dd div dl dt footer form h1 h2 h3 h4 h5 h6 header "
    "hr li main nav ol p pre section table tbody td tfoot th thead tr ul body html head".split()
)
# Tags whose opening closes an open element of the same kind (HTML's implied end tags).
_SELF_NESTING_CLOSES = frozenset({"p", "li", "td", "th", "tr", "option", "dt", "dd"})

# The tag name and the attribute run are possessive: a start tag that fails (a quote that is
# never closed) gives up at once instead of retrying with every shorter name (quadratic).
_TOKEN = re.compile(
    r"""
    (?P<comment><!--.*?(?:-->|\Z))
  | (?P<decl><![^>]*>?|</(?![A-Za-z])[^>]*>?)
  | (?P<pi><\?[^>]*>?)
  | (?P<end></(?P<endname>[A-Za-z][^\s/>]*)[^>]*>)
  | (?P<start><(?P<name>[A-Za-z][^\s/>]*+)(?P<attrs>(?:"[^"]*"|'[^']*'|[^'">])*+)>)
    """,
    re.S | re.X,
)


def _bogus_end(text: str, lt: int) -> bool:
    """``</`` not followed by a letter: HTML reads up to the next ``>`` as a comment (``</<style>``
    hides the style block's text from the reader; ``</>`` is nothing), never as text."""
    c = text[lt + 2 : lt + 3]
    return text.startswith("</", lt) and not ("a" <= c.lower() <= "z" and c != "")


# The start-tag alternative of _TOKEN in parts, for _FailedTags.
_TAG_NAME = re.compile(r"[A-Za-z][^\s/>]*+")
_ATTR_RUN = re.compile(r"""(?:"[^"]*"|'[^']*'|[^'">])*+""")
_QUOTED = re.compile(r""""[^"]*"|'[^']*'""")
_ATTR = re.compile(
    r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""",
)
#: characters an attribute run made only of cannot hold an attribute (_ATTR names exclude them)
_NO_ATTRS = "/ \t\n\r\f"
_LOOKS_HTML = re.compile(
    r"<(?:!doctype|html|head|body|p|div|br|span|table|a\s|img|b|i|strong|em|ul|ol|li|h[1-6]|font|center|style|td|tr)[\s/>]",
    re.I,
)


@dataclass
class Document:
    """A message template, read once; rules only look at it."""

    path: str
    source: str
    kind: Kind
    front_matter: FrontMatter | None
    body_start: int
    placeholders: list[tuple[int, int]]
    elements: list[Element] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    textmap: TextMap = field(default_factory=lambda: TextMap("", []))
    #: raw ``<style>`` blocks: (content start offset, content)
    style_blocks: list[tuple[int, str]] = field(default_factory=list)
    #: Extra text fields that are part of the message but not its body (e.g. an e-mail subject):
    #: (name, text, source offset of the text)
    fields: list[tuple[str, str, int]] = field(default_factory=list)
    #: Set by readers of container formats (.eml); None for templates.
    meta: dict[str, Any] = field(default_factory=dict)
    #: The template dialect the body was read in (msglint.model.dialects), and what it found:
    #: placeholders with their expressions, control tags, template comments, metadata.
    dialect: str = "generic"
    template: list[TemplateSpan] = field(default_factory=list)
    #: "html" (HTML or plain text, see ``kind``) or "mjml"
    markup: str = "html"

    # ---- positions -----------------------------------------------------------------------
    @cached_property
    def source_text(self) -> SourceText:
        """The source with its line index, shared by reference with every diagnostic of it."""
        return SourceText(self.source)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of ``offset``, in characters of the decoded text."""
        return self.source_text.position(offset)

    def line_text(self, line: int) -> str:
        return self.source_text.line(line)

    # ---- text ----------------------------------------------------------------------------
    @property
    def text(self) -> str:
        """The visible text of the message (tags removed, entities decoded, placeholders blank)."""
        return self.textmap.text

    def text_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of :attr:`text` to a span of :attr:`source`."""
        return self.textmap.span_to_source(start, end)

    def is_placeholder(self, start: int, end: int | None = None) -> bool:
        """True if a placeholder overlaps ``start:end`` (the character at ``start`` without
        ``end``). A binary search: a long template asks this for each of thousands of spans."""
        end = start + 1 if end is None else end
        index = self._placeholder_index()
        if index is None:  # not sorted by start (the scanners sort them): the walk as it always was
            for s, e in self.placeholders:
                if s < end and start < e:
                    return True
                if s >= end:
                    break
            return False
        starts, reach = index
        k = bisect.bisect_left(starts, end)  # the placeholders starting before ``end``
        return k > 0 and reach[k - 1] > start  # the furthest any of them reaches

    def _placeholder_index(self) -> tuple[list[int], list[int]] | None:
        """Starts of :attr:`placeholders` and the furthest end among the first i+1 of them;
        None if they are not sorted by start. Rebuilt when the list is replaced or grows."""
        spans = self.placeholders
        key = (id(spans), len(spans))
        cached = self.__dict__.get("_placeholder_cache")
        if cached is not None and cached[0] == key and cached[1] is spans:
            index: tuple[list[int], list[int]] | None = cached[2]
            return index
        starts = [s for s, _ in spans]
        index = None
        if all(a <= b for a, b in zip(starts, starts[1:], strict=False)):
            reach: list[int] = []
            furthest = -1
            for _, e in spans:
                furthest = max(furthest, e)
                reach.append(furthest)
            index = (starts, reach)
        self.__dict__["_placeholder_cache"] = (key, spans, index)
        return index

    @cached_property
    def _template_starts(self) -> list[int]:
        return [sp.start for sp in self.template]

    def template_at(self, offset: int) -> TemplateSpan | None:
        """The template span (placeholder, control tag, comment) covering ``offset``, if any."""
        i = bisect.bisect_right(self._template_starts, offset) - 1
        if i >= 0 and self.template[i].start <= offset < self.template[i].end:
            return self.template[i]
        return None

    def template_comments(self) -> list[TemplateSpan]:
        """The template's own comments (``{# #}``, ``{{!-- --}}``, ``{* *}``, ``<?php // ?>``...)."""
        return [sp for sp in self.template if sp.kind == "comment"]

    # ---- markup --------------------------------------------------------------------------
    def iter_tag(self, *tags: str) -> Iterator[Element]:
        wanted = frozenset(tags)
        return (el for el in self.elements if el.tag in wanted)

    @cached_property
    def css(self) -> list[CssDecl]:
        """Every CSS declaration of the document (inline styles and style blocks)."""
        if self.markup != "mjml" and not self.style_blocks and not any("style" in el.attrs for el in self.elements):
            return []  # no CSS at all: tinycss2 is not even imported
        from msglint.model.css import collect_declarations

        return collect_declarations(self)


def detect_kind(path: str, source: str) -> Kind:
    lower = path.lower()
    dot = lower.rfind(".")
    suffix = lower[dot:] if dot > lower.rfind("/") else ""
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    return "html" if _LOOKS_HTML.search(source, 0, 20000) else "text"


def parse(
    source: str,
    path: str = "<string>",
    kind: Kind | None = None,
    placeholder_re: Finder | None = None,
    dialect: str | None = None,
    extra_placeholders: Finder | None = None,
) -> Document:
    """Build the document model of ``source``.

    ``dialect`` names the template language (msglint.model.dialects); None: from the file's
    suffix, else from its content. ``placeholder_re`` replaces the placeholders of the generic
    dialect (the ``placeholders`` and ``single-brace-placeholders`` settings);
    ``extra_placeholders`` adds the user's own placeholder patterns to any other dialect.
    """
    fm = None
    if source.startswith(("---", "\ufeff---")):
        from msglint.model.frontmatter import parse_front_matter

        fm = parse_front_matter(source)
    body_start = fm.end if fm else 0
    body = source[body_start:]
    name = dialect or dialect_for(path, source, body_start)
    d = DIALECTS[name]
    if name in ("generic", "prestashop"):
        from msglint.model.dialects import generic

        scan = generic.scan(source, body_start, placeholder_re)
    else:
        scan = d.scan(source, body_start)
        if extra_placeholders is not None:
            for m in extra_placeholders.finditer(source, body_start):
                if m.end() > m.start():
                    scan.add(m.start(), m.end(), "placeholder", m.group())
            scan.finish()
    spans = [(sp.start, sp.end) for sp in scan.spans]
    masked = mask(body, spans, body_start)
    if scan.edits:
        masked = _apply_edits(masked, scan.edits, body_start)
    if kind is None:
        kind = "html" if d.markup == "mjml" else detect_kind(path, masked if name != "generic" else body)
    doc = Document(path, source, kind, fm, body_start, spans, dialect=name, template=scan.spans, markup=d.markup)
    for field_name, s, e in scan.fields:
        doc.fields.append((field_name, _field_text(d, source[s:e]), s))
    if kind == "html":
        scan_html(
            doc, masked, body_start, deletions=bool(scan.edits), tag_map=MJML_TAGS if d.markup == "mjml" else None
        )
        if d.markup == "mjml":
            _mjml_linked_images(doc)
    else:
        b = TextBuilder(deletions=bool(scan.edits))
        b.add(masked, body_start)
        doc.textmap = b.build()
    return doc


def _apply_edits(masked: str, edits: list[tuple[int, str]], base: int) -> str:
    """``masked`` with the scan's edits: a character dropped from the text (:data:`DELETED`)
    or read as another (an escape's ``\\n`` is a line break). Same length."""
    chars = list(masked)
    n = len(chars)
    for pos, ch in edits:
        i = pos - base
        if 0 <= i < n and chars[i] != " ":
            chars[i] = ch or DELETED
    return "".join(chars)


def _field_text(d: Any, raw: str) -> str:
    """A field's text (a Magento subject): its template syntax blanked, same length."""
    sub = d.scan(raw, 0)
    text = mask(raw, [(sp.start, sp.end) for sp in sub.spans], 0)
    if sub.edits:
        chars = list(text)
        for pos, ch in sub.edits:
            if 0 <= pos < len(chars):
                chars[pos] = ch if ch and ch != "\n" else " "
        text = "".join(chars)
    return text


#: MJML's components read as the HTML they compile to (mj-image is an image, mj-button a link...).
MJML_TAGS = {
    "mjml": "html", "mj-head": "head", "mj-body": "body", "mj-title": "title", "mj-style": "style",
    "mj-preview": "div", "mj-section": "table", "mj-wrapper": "table", "mj-group": "tr", "mj-column": "td",
    "mj-text": "div", "mj-image": "img", "mj-button": "a", "mj-divider": "hr", "mj-spacer": "div",
    "mj-table": "table", "mj-social-element": "a", "mj-navbar-link": "a", "mj-carousel-image": "img",
    "mj-hero": "div", "mj-raw": "div", "mj-accordion-text": "div", "mj-accordion-title": "div",
}  # fmt: skip


def _mjml_linked_images(doc: Document) -> None:
    """An mj-image with ``href`` is an image inside a link: the link is made an element of its
    own (an ``a`` spanning the image's tag), so that links and linked images read as in HTML."""
    if not any(el.tag == "img" and "href" in el.attrs for el in doc.elements):
        return
    out: list[Element] = []
    for el in doc.elements:
        if el.tag == "img" and "href" in el.attrs:
            a = Element("a", el.start, el.start, {"href": el.attrs["href"]}, el.parent, 0, el.end, el.end)
            out.append(a)
            el.parent = a
        out.append(el)
    for i, el in enumerate(out):
        el.index = i
    doc.elements = out


#: The end tag of each raw-text element, compiled once.
_RAW_CLOSE = {name: re.compile(rf"</{name}\s*>", re.I) for name in RAW_TEXT_TAGS}


class _FailedTags:
    """Start tags known to fail, so that a run of broken tags is not rescanned (quadratic).

    Past its name, a start tag's attribute scan is deterministic: from any position outside
    quotes it ends at the same place. When a tag fails (a quote that is never closed), every
    position its scan passed outside quotes leads to the same failure, and so does any later
    '<' whose name ends at one of them."""

    __slots__ = ("text", "chains")

    def __init__(self, text: str) -> None:
        self.text = text
        # (first position, stop position, openings and closings of its quoted strings)
        self.chains: list[tuple[int, int, list[int], list[int]]] = []

    def known(self, lt: int) -> bool:
        name = _TAG_NAME.match(self.text, lt + 1)
        if name is None:
            return False
        p = name.end()
        for start, stop, opens, closes in self.chains:
            if start <= p <= stop:
                i = bisect.bisect_left(opens, p) - 1
                if i < 0 or p > closes[i]:
                    return True
        return False

    def add(self, lt: int) -> None:
        name = _TAG_NAME.match(self.text, lt + 1)
        if name is None:
            return
        p = name.end()
        run = _ATTR_RUN.match(self.text, p)
        stop = run.end() if run is not None else p
        opens: list[int] = []
        closes: list[int] = []
        for q in _QUOTED.finditer(self.text, p, stop):
            opens.append(q.start())
            closes.append(q.end() - 1)
        self.chains.append((p, stop, opens, closes))
        if len(self.chains) > 8:
            del self.chains[0]


def scan_html(
    doc: Document, masked: str, base: int, *, deletions: bool = False, tag_map: dict[str, str] | None = None
) -> None:
    """Scan markup of ``masked`` (which starts at source offset ``base``) into ``doc``.

    The hot loop of msglint (see ``benchmarks/bench.py``): one regex search per tag, no
    per-token allocations beyond the model itself, and a count of open elements by tag so that
    a stray end tag in a deeply nested (or never closed) document does not scan the stack.
    """
    source = doc.source
    builder = TextBuilder(deletions)
    add = builder.add
    parts = builder._parts
    elements: list[Element] = []
    stack: list[Element] = []
    open_tags: dict[str, int] = {}
    comments = doc.comments
    pos = 0
    n = len(masked)
    find = masked.find
    match = _TOKEN.match
    # Start and end tags need a '>': after the last one, only comments, <!...> and <?...> can
    # still match. Trying a tag there would scan to the end for every '<' (quadratic on a
    # truncated file or a text full of '<a href=').
    last_gt = masked.rfind(">")
    failed = _FailedTags(masked)
    while pos < n:
        # str.find then an anchored match: far cheaper than a regex search, which would try
        # the whole pattern at every character. A '<' that starts no markup ("a < b") stays in
        # the text before the next one.
        lt = find("<", pos)
        m = None
        while lt >= 0:
            if (lt < last_gt or masked.startswith(("<!", "<?"), lt) or _bogus_end(masked, lt)) and not (
                failed.chains and failed.known(lt)
            ):
                m = match(masked, lt)
                if m is not None:
                    break
                failed.add(lt)
            lt = find("<", lt + 1)
        if m is None:
            decode_entities(masked[pos:], base + pos, builder)
            break
        mend = m.end()
        if lt > pos:
            decode_entities(masked[pos:lt], base + pos, builder)
        kind = m.lastgroup
        if kind == "start":
            name = m.group("name").lower()
            own_name = name
            if tag_map is not None:
                name = tag_map.get(name, name)
            raw_attrs = m.group("attrs")
            # "<br/>": no attribute can be in slashes and blanks; _parse_attrs would find none
            # (100,000 calls on a page of breaks, #14)
            attrs = _parse_attrs(raw_attrs, base + m.start("attrs"), source) if raw_attrs.strip(_NO_ATTRS) else {}
            if stack and name in _SELF_NESTING_CLOSES and stack[-1].tag == name:
                closed = stack.pop()
                open_tags[name] -= 1
                closed.close_start = closed.close_end = base + lt
            el = Element(name, base + lt, base + mend, attrs, stack[-1] if stack else None, len(elements))
            elements.append(el)
            if name in BLOCK_TAGS and parts and parts[-1][-1] != "\n":
                add("\n", base + lt, base + mend)
            self_closing = raw_attrs.rstrip().endswith("/")
            if name in RAW_TEXT_TAGS and not self_closing:
                raw_close = _RAW_CLOSE[name] if own_name == name else re.compile(rf"</{re.escape(own_name)}\s*>", re.I)
                close = raw_close.search(masked, mend)
                cend = close.start() if close else n
                if name == "style":
                    doc.style_blocks.append((base + mend, source[base + mend : base + cend]))
                el.close_start = base + cend
                el.close_end = base + (close.end() if close else n)
                pos = close.end() if close else n
                continue
            if name not in VOID_TAGS and not self_closing:
                stack.append(el)
                open_tags[name] = open_tags.get(name, 0) + 1
        elif kind == "end":
            name = m.group("endname").lower()
            if tag_map is not None:
                name = tag_map.get(name, name)
            if open_tags.get(name):
                for i in range(len(stack) - 1, -1, -1):
                    if stack[i].tag == name:
                        for closed in stack[i:]:
                            closed.close_start = base + lt
                            closed.close_end = base + mend
                            open_tags[closed.tag] -= 1
                        del stack[i:]
                        break
            if name in BLOCK_TAGS and parts and parts[-1][-1] != "\n":
                add("\n", base + lt, base + mend)
        elif kind == "comment":
            raw = m.group()
            body = raw[4:-3] if raw.endswith("-->") else raw[4:]
            comments.append(Comment(base + lt, base + mend, body))
        pos = mend
    doc.elements = elements
    doc.textmap = builder.build()


def _parse_attrs(raw: str, offset: int, source: str) -> dict[str, Attr]:
    attrs: dict[str, Attr] = {}
    if not raw or raw.isspace():
        return attrs
    duplicates: dict[str, list[Attr]] = {}
    for m in _ATTR.finditer(raw):
        name = m.group(1).lower()
        if name == "/":
            continue
        g = m.lastindex  # 2, 3 or 4: the value in double, single or no quotes; 1: no value
        if g is not None and g > 1:
            s, e = m.span(g)
            s += offset
            e += offset
            # Read the value back from the original source: placeholders were blanked.
            attr = Attr(name, unescape(source[s:e]), m.start(1) + offset, s, e)
        else:
            s = m.start(1) + offset
            attr = Attr(name, "", s, m.end(1) + offset, m.end(1) + offset)
        if name in attrs:  # the first one counts (HTML); the others are kept only to be removed with it
            duplicates.setdefault(name, []).append(attr)
        else:
            attrs[name] = attr
    for name, later in duplicates.items():
        attrs[name] = dataclasses.replace(attrs[name], ignored=tuple(later))
    return attrs
