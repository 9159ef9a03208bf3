"""MSG203 opt-out-link: A link or text that offers to unsubscribe or opt out of messages.

Pack entry: rules/msg2-links.toml; fixtures: fixtures/rules/MSG203-opt-out-link/; see docs/rules.md#msg203.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING
from urllib.parse import unquote

from msglint.checks.msg2_links.shared import (
    OPTOUT_MESSAGE,
    inside,
    link_text,
    links,
    optout_link_text,
    optout_patterns,
    optout_url,
)
from msglint.core.diagnostics import Finding

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document


def opt_out_link(doc: Document, ctx: Context) -> Iterator[Finding]:
    reported: list[tuple[int, int]] = []
    for lk in links(doc, ctx):
        if lk.element is not None and lk.element.tag == "a":
            text = link_text(doc, lk.element)
            if optout_link_text(text, ctx.packs):
                reported.append((lk.element.end, lk.element.inner_end()))
                yield Finding(lk.start, lk.end, f"opt-out link {text!r}: {OPTOUT_MESSAGE}")
                continue
        if optout_url(unquote(lk.url), ctx.packs):
            if lk.element is None:
                reported.append((lk.start, lk.end))  # a bare URL: its words are part of it
            elif lk.element.tag == "a":
                reported.append((lk.element.end, lk.element.inner_end()))
            yield Finding(lk.start, lk.end, f"opt-out link: {OPTOUT_MESSAGE}")
    patterns = optout_patterns(ctx.packs)
    if not patterns:
        return
    from msglint.text.phrases import folded_texts, without_marks

    keeps = sorted({keep for keep, _, _, _ in patterns})
    texts = {keep: folded_texts(doc, ctx.cache, keep) for keep in keeps}
    for i, (field_name, original, _, offset) in enumerate(texts[""] if "" in texts else texts[keeps[0]]):
        spans: set[tuple[int, int]] = set()
        unmarked: dict[tuple[str, str], str] = {}  # the folded text without a language's skip marks
        for keep, skip, anchors, rx in patterns:
            folded = texts[keep][i][2]  # every folding keeps the length: spans are comparable
            haystack = folded
            if skip and anchors:
                haystack = unmarked.get((keep, skip), "")
                if not haystack:
                    haystack = unmarked[(keep, skip)] = without_marks(folded, skip)
            if all(any(a in haystack for a in req) for req in anchors):
                spans.update(m.span() for m in rx.finditer(folded))
        hits = sorted(spans, key=lambda span: (span[0], -span[1]))
        last_end = -1
        for s, e in hits:
            if s < last_end:
                continue  # inside a longer match (two patterns, or two languages)
            last_end = e
            ss, se = doc.text_span(s, e) if offset < 0 else (offset + s, offset + e)
            if inside(ss, reported):
                continue
            where = f" in the {field_name}" if field_name else ""
            words = " ".join(original[s:e].split())
            yield Finding(ss, se, f"opt-out wording {words!r}{where}: {OPTOUT_MESSAGE}")
