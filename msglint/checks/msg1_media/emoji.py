"""MSG101 emoji: Emoji in the text, in alt/title attributes or in the subject.

Pack entry: rules/msg1-media.toml; fixtures: fixtures/rules/MSG101-emoji/; see docs/rules.md#msg101.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.checks.msg1_media.shared import emoji_spans, removal, typographic
from msglint.core.diagnostics import Edit, Finding, Fix

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document


def emoji(doc: Document, ctx: Context) -> Iterator[Finding]:
    allowed = typographic(tuple(ctx.data["typographic-symbols"]))
    text = doc.text
    for s, e, ch in emoji_spans(text, allowed):
        ss, se = doc.text_span(s, e)
        message = f"emoji {ch!r} in the message: Amazon does not allow emojis"
        yield Finding(ss, se, message, removal(doc.source, ss, se))
    for el in doc.elements:
        for name in ("alt", "title"):
            attr = el.attrs.get(name)
            if attr is None or not attr.value:
                continue
            raw = doc.source[attr.start : attr.end]
            for s, e, ch in emoji_spans(raw, allowed):
                yield Finding(
                    attr.start + s,
                    attr.start + e,
                    f"emoji {ch!r} in the {name!r} attribute: Amazon does not allow emojis",
                    Fix("remove the emoji", (Edit(attr.start + s, attr.start + e, ""),)),
                )
    for name, value, offset in doc.fields:
        for s, e, ch in emoji_spans(value, allowed):
            yield Finding(offset + s, offset + e, f"emoji {ch!r} in the {name}: Amazon does not allow emojis")
