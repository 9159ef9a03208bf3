"""MSG402 language-mismatch: The message is not in the buyer's language.

Pack entry: rules/msg4-wording.toml; fixtures: fixtures/rules/MSG402-language-mismatch/; see docs/rules.md#msg402.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.checks.msg4_language.shared import first_word, names
from msglint.core.diagnostics import Finding
from msglint.text.language import detectable, detection, language_name

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document


# ---- MSG402 ---------------------------------------------------------------------------------
def language_mismatch(doc: Document, ctx: Context) -> Iterator[Finding]:
    expected = ctx.languages
    if not expected or any(lang not in detectable() for lang in expected):
        return  # nothing known, or a language we cannot tell apart: do not guess
    found = detection(doc, ctx.cache)
    if found.language is None or found.language in expected:
        return
    # Some text in the buyer's language (a bilingual message) is not a mismatch.
    floor = float(ctx.data["expected-language-floor"])
    if any(found.probability_of(lang) >= floor for lang in expected):
        return
    start, end = first_word(doc)
    where = f" ({ctx.marketplace})" if ctx.marketplace else ""
    yield Finding(
        start,
        end,
        f"the message is in {language_name(found.language)} but the buyer's language is "
        f"{names(expected)}{where}: write to buyers in their language",
    )
