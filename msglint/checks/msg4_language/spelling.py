"""MSG403 spelling: Misspelled word (offline dictionary of the message's language).

Pack entry: rules/msg4-wording.toml; fixtures: fixtures/rules/MSG403-spelling/; see docs/rules.md#msg403.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.core.diagnostics import Finding
from msglint.text.language import language_name, message_language

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document


def coverage() -> str:
    """What ``msglint explain spelling`` says about languages: which are checked, which are not."""
    from msglint.text.spelling import spelling_languages

    checked, unchecked = spelling_languages()
    text = "Languages checked (Hunspell dictionaries shipped with msglint): " + ", ".join(checked) + "."
    if unchecked:
        text += " No dictionary, so no spelling check (never a guess): " + ", ".join(unchecked) + "."
    return text


# ---- MSG403 ---------------------------------------------------------------------------------
def spelling(doc: Document, ctx: Context) -> Iterator[Finding]:
    from msglint.text.spelling import has_dictionary, speller

    lang = message_language(doc, ctx.cache, ctx.languages)
    if lang is None or not has_dictionary(lang):
        return
    if ctx.languages and lang not in ctx.languages:
        # Detected in another language than the buyer's (MSG402 says so): such texts are mixed
        # (a Spanish greeting in an English template, Portuguese taken for Spanish), and spelling
        # them against one dictionary flags the other language's words. No guess.
        return
    from msglint.text.hunspell import DictionaryError

    words = tuple(w for entry in ctx.config.words for w in entry.split())
    try:
        sp = speller(lang, words, ctx.config.cache_dir)
    except DictionaryError as exc:  # a damaged installation: say so once, never guess
        ctx.notes["MSG403-dictionary"] = f"MSG403 spelling: {exc}; spelling was not checked"
        return
    if not sp.available:
        return
    texts: list[tuple[str, int | None]] = [(doc.text, None)]
    texts.extend((value, offset) for _, value, offset in doc.fields)
    unknown: list[tuple[int, int, str]] = []
    checked = 0
    share = float(ctx.data["max-unknown-share"])
    # At most this many unknown words leave the rule speaking (checked words <= the words in the
    # texts): past it, the check of the rest is skipped, since the result is silence anyway.
    allowed = int(share * sum(sp.word_count(text) for text, _ in texts))
    for text, offset in texts:
        count, found = sp.check_text(text, stop_after=allowed - len(unknown))
        checked += count
        for start, end, word in found:
            if offset is None:
                s, e = doc.text_span(start, end)
            else:
                s, e = offset + start, offset + end
            unknown.append((s, e, word))
        if len(unknown) > allowed:
            return  # too many unknown words: not this language (see below)
    # Many unknown words: the text is not in this language (or is a list of names): silent.
    if len(unknown) > share * checked:
        return
    name = language_name(lang)
    # A suggestion costs up to ~0.2 s of dictionary look-ups: a message full of typos (or a
    # large one) gets them for its first few distinct words only, so that it is linted in bounded time.
    budget = int(ctx.data["max-suggested"]) if ctx.data["suggestions"] else 0
    hinted: dict[str, list[str]] = {}
    for s, e, word in unknown:
        if word not in hinted and len(hinted) < budget:
            hinted[word] = sp.suggestions(word)
        hint = hinted.get(word, [])
        did = f", did you mean {' or '.join(repr(h) for h in hint)}?" if hint else ""
        yield Finding(
            s,
            e,
            f"unknown word {word!r}: not in the {name} dictionary{did} "
            "(add names and brand words to 'words' in the configuration)",
        )
