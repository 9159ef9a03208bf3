"""MSG5: review requests. Purely phrase-based: the phrases are in ``rules/phrases/<lang>.toml``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.text.phrases import phrase_check

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.core.diagnostics import Finding
    from msglint.model.document import Document


def incentive(doc: Document, ctx: Context) -> Iterator[Finding]:
    """MSG501: compensation for a review (only in messages that mention reviews)."""
    return phrase_check(doc, ctx)


def bias(doc: Document, ctx: Context) -> Iterator[Finding]:
    """MSG502: asking for positive reviews."""
    return phrase_check(doc, ctx)


def gating(doc: Document, ctx: Context) -> Iterator[Finding]:
    """MSG503: reviews only from satisfied buyers."""
    return phrase_check(doc, ctx)


def change(doc: Document, ctx: Context) -> Iterator[Finding]:
    """MSG504: asking to remove or update a review."""
    return phrase_check(doc, ctx)
