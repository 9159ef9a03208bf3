"""MSG404 grammar: Grammar problem reported by a LanguageTool server (when languagetool-url is set).

Pack entry: rules/msg4-wording.toml; fixtures: fixtures/rules/MSG404-grammar/; see docs/rules.md#msg404.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.checks.msg4_language.shared import FAILED
from msglint.core.diagnostics import Finding
from msglint.text.language import language_info, message_language

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document


def grammar(doc: Document, ctx: Context) -> Iterator[Finding]:
    url = ctx.config.languagetool_url
    if FAILED in ctx.notes:
        return  # the server failed earlier in this run: noted once, not asked again
    text = doc.text
    if not text.strip():
        return
    if not url:
        from msglint.text.grammar import OFF_NOTE

        ctx.notes.setdefault("MSG404-off", OFF_NOTE)  # printed once per run by the CLI
        return
    lang = message_language(doc, ctx.cache, ctx.languages)
    code = str(language_info().get(lang or "", {}).get("languagetool", ""))
    if not code:
        return
    from msglint.text.grammar import GrammarUnavailable, check

    try:
        matches = check(
            text,
            code,
            url,
            ctx.config.cache_dir,
            tuple(ctx.data["disabled-rules"]),
            tuple(ctx.data["disabled-categories"]),
        )
    except GrammarUnavailable as exc:
        ctx.notes[FAILED] = f"MSG404 grammar: {exc}; grammar was not checked"
        return
    for m in matches:
        if m.end <= m.start:
            continue
        s, e = doc.text_span(m.start, m.end)
        # Next to a placeholder the text LanguageTool saw is not the text the buyer gets.
        if doc.is_placeholder(max(s - 1, 0), e + 1):
            continue
        fix = f" (suggestion: {m.replacements[0]!r})" if m.replacements else ""
        rule = f" [LanguageTool {m.rule_id}]" if m.rule_id else ""
        yield Finding(s, e, f"{m.message.rstrip('.')}{fix}{rule}")
