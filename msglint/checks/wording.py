"""MSG402-MSG405: the message's language, spelling, grammar and sensitive content.

The shared work lives in engine-level helpers: :mod:`msglint.text.language` (detection, memoised in
``ctx.cache``), :mod:`msglint.text.spelling` (word lists cached on disk), :mod:`msglint.text.grammar`
(LanguageTool over HTTP, answers cached on disk) and :mod:`msglint.text.phrases` (phrase lists in
``rules/phrases/<lang>.toml``). Each check stays silent when it cannot be sure: too little text
to detect a language, no dictionary for it, no LanguageTool server.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.core.diagnostics import Finding
from msglint.text.language import (
    detectable,
    detection,
    is_code_like,
    language_info,
    language_name,
    message_language,
)

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document


def _first_word(doc: Document) -> tuple[int, int]:
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


def _names(codes: tuple[str, ...]) -> str:
    names = [language_name(c) for c in codes]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


# ---- MSG402 ---------------------------------------------------------------------------------
def language_mismatch(doc: Document, ctx: Context) -> Iterator[Finding]:
    expected = ctx.languages
    if not expected or any(lang not in detectable() for lang in expected):
        return  # nothing known, or a language we cannot tell apart: do not guess
    found = detection(doc, ctx.cache)
    if found.language is None or found.language in expected:
        return
    # Some text in the buyer's language (a bilingual message) is not a mismatch.
    floor = float(ctx.data.get("expected-language-floor", 0.2))
    if any(found.probability_of(lang) >= floor for lang in expected):
        return
    start, end = _first_word(doc)
    where = f" ({ctx.marketplace})" if ctx.marketplace else ""
    yield Finding(
        start,
        end,
        f"the message is in {language_name(found.language)} but the buyer's language is "
        f"{_names(expected)}{where}: write to buyers in their language",
    )


# ---- MSG403 ---------------------------------------------------------------------------------
def spelling(doc: Document, ctx: Context) -> Iterator[Finding]:
    from msglint.text.spelling import has_dictionary, speller

    lang = message_language(doc, ctx.cache, ctx.languages)
    if lang is None or not has_dictionary(lang):
        return
    words = tuple(w for entry in ctx.config.words for w in entry.split())
    sp = speller(lang, words, ctx.config.cache_dir)
    if not sp.available:
        return
    texts: list[tuple[str, int | None]] = [(doc.text, None)]
    texts.extend((value, offset) for _, value, offset in doc.fields)
    unknown: list[tuple[int, int, str]] = []
    checked = 0
    for text, offset in texts:
        count, found = sp.check_text(text)
        checked += count
        for start, end, word in found:
            if offset is None:
                s, e = doc.text_span(start, end)
            else:
                s, e = offset + start, offset + end
            unknown.append((s, e, word))
    # Many unknown words: the text is not in this language (or is a list of names): silent.
    if len(unknown) > float(ctx.data.get("max-unknown-share", 0.25)) * checked:
        return
    name = language_name(lang)
    for s, e, word in unknown:
        hint = sp.suggestions(word) if ctx.data.get("suggestions", True) else []
        did = f", did you mean {' or '.join(repr(h) for h in hint)}?" if hint else ""
        yield Finding(
            s,
            e,
            f"unknown word {word!r}: not in the {name} dictionary{did} "
            "(add names and brand words to 'words' in the configuration)",
        )


# ---- MSG404 ---------------------------------------------------------------------------------
_FAILED = "MSG404-failed"


def grammar(doc: Document, ctx: Context) -> Iterator[Finding]:
    url = ctx.config.languagetool_url
    if _FAILED in ctx.notes:
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
            tuple(ctx.data.get("disabled-rules", ())),
            tuple(ctx.data.get("disabled-categories", ())),
        )
    except GrammarUnavailable as exc:
        ctx.notes[_FAILED] = f"MSG404 grammar: {exc}; grammar was not checked"
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


# ---- MSG405 ---------------------------------------------------------------------------------
def sensitive_content(doc: Document, ctx: Context) -> Iterator[Finding]:
    from msglint.text.phrases import find, languages_for

    template = str(ctx.data.get("message", "{phrase!r}: offensive language"))
    hits = find(doc, "MSG405", languages_for(ctx, doc), ctx.cache)
    # Words offensive in one language and ordinary in another (French "con" is Spanish and
    # Italian "with"): searched only in the language the message is written in.
    primary = message_language(doc, ctx.cache, ctx.languages)
    if primary is not None:
        taken = [(h.start, h.end) for h in hits]
        for h in find(doc, "MSG405-strict", (primary,), ctx.cache):
            if not any(s < h.end and h.start < e for s, e in taken):
                hits.append(h)
    hits.sort(key=lambda h: h.start)
    for h in hits:
        where = f" in the {h.field}" if h.field else ""
        yield Finding(h.start, h.end, template.format(phrase=h.text, where=where))
