"""MSG603 thanks-only: A message that only thanks the buyer or only says you are there if something goes wrong.

Pack entry: rules/msg6-purpose.toml; fixtures: fixtures/rules/MSG603-thanks-only/; see docs/rules.md#msg603.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.checks.msg6_purpose.shared import AVAILABLE, OTHER, THANKS, iter_clauses
from msglint.core.diagnostics import Finding
from msglint.text.concepts import annotate, phatic_message, yielded
from msglint.text.phrases import folded_text, languages_for

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document


def thanks_only(doc: Document, ctx: Context) -> Iterator[Finding]:
    """MSG603: every clause is a greeting, closing, thanks or offer of help, and one is a thanks
    or an offer of help. One finding for the whole message, at the first such clause."""
    if not doc.text.strip():
        return
    message = str(ctx.data["message"])
    if yielded(doc, ctx):
        return  # another purpose rule (a confirmation, a review request...) reports it
    if "only" in ctx.data:
        found = phatic_message(doc, ctx)
        if found is not None:
            s, e = annotate(doc, ctx).span(doc, found)
            yield Finding(s, e, message)
            return
    langs = languages_for(ctx, doc)
    first: tuple[int, int] | None = None
    words = int(ctx.data["signature-max-words"])
    for kind, s, e in iter_clauses(doc, langs, words, folded_text(doc, ctx.cache), ctx.packs):
        if kind == OTHER:
            return  # the message says something else: it has a purpose
        if first is None and kind in (THANKS, AVAILABLE):
            first = (s, e)
    if first is None:
        return
    s, e = doc.text_span(*first)
    yield Finding(s, e, message)
