"""MSG402-MSG405: the message's language, spelling, grammar and sensitive content.

The shared work lives in engine-level helpers: :mod:`msglint.text.language` (detection, memoised in
``ctx.cache``), :mod:`msglint.text.spelling` (word lists cached on disk), :mod:`msglint.text.grammar`
(LanguageTool over HTTP, answers cached on disk) and :mod:`msglint.text.phrases` (phrase lists in
``rules/lang/<lang>.toml``). Each check stays silent when it cannot be sure: too little text
to detect a language, no dictionary for it, no LanguageTool server.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from msglint.text.language import (
    is_code_like,
    language_name,
)

if TYPE_CHECKING:
    from msglint.model.document import Document


def first_word(doc: Document) -> tuple[int, int]:
    """Source span of the first visible word (where a whole-message diagnostic points)."""
    import re

    text = doc.text
    for tok in re.finditer(r"\S+", text):
        if is_code_like(tok.group()):
            continue
        m = re.search(r"[^\W\d_]+", tok.group())
        if m:
            return doc.text_span(tok.start() + m.start(), tok.start() + m.end())
    for _, value, offset in doc.fields:
        m = re.search(r"[^\W\d_]+", value)
        if m:
            return offset + m.start(), offset + m.end()
    return doc.body_start, doc.body_start


def names(codes: tuple[str, ...]) -> str:
    names = [language_name(c) for c in codes]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


# ---- MSG404 ---------------------------------------------------------------------------------
FAILED = "MSG404-failed"
