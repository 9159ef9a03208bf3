"""Every example a pattern carries in rules/lang/<lang>.toml, run: the pattern matches each of
its examples, and the whole section finds nothing in each counter-example (a neutral text)."""

from __future__ import annotations

import pytest

from msglint.core.packs import load_data, phrase_languages
from msglint.model.document import parse
from msglint.text import phrases

#: Sections whose every pattern must carry an example and a neutral counter-example.
EXAMPLES_REQUIRED = ("MSG203",)
#: Sections whose every pattern must carry at least an example.
MATCH_EXAMPLES_REQUIRED = ("MSG705-subject", "MSG705-body", "MSG705-problem")


def _sections() -> list[tuple[str, str]]:
    return [
        (lang, name)
        for lang in phrase_languages()
        for name, value in load_data(f"lang/{lang}").items()
        if isinstance(value, dict) and name not in phrases.CONCEPT_TABLES  # concepts: test_concepts.py
    ]


CASES = [
    pytest.param(lang, name, ex, id=f"{lang}-{name}-{i}")
    for lang, name in _sections()
    if (sec := phrases.section(lang, name)) is not None
    for i, ex in enumerate(sec.examples)
]


def test_there_are_examples() -> None:
    assert len(CASES) > 100


@pytest.mark.parametrize(("lang", "name", "example"), CASES)
def test_pattern_examples(lang: str, name: str, example: phrases.Example) -> None:
    sec = phrases.section(lang, name)
    assert sec is not None
    rx = sec.compile_one(example.pattern)
    for text in example.matches:
        assert rx.search(sec.fold(text)), f"lang/{lang}.toml [{name}] {example.pattern!r} misses {text!r}"
    for text in example.counter:
        doc = parse(text, "t.txt")
        found = phrases.find(doc, name, (lang,), {})
        assert not found, f"lang/{lang}.toml [{name}] flags the neutral {text!r}: {[m.text for m in found]}"


@pytest.mark.parametrize(("lang", "name"), _sections())
def test_required_examples(lang: str, name: str) -> None:
    sec = phrases.section(lang, name)
    assert sec is not None
    with_examples = {ex.pattern: ex for ex in sec.examples}
    if name in EXAMPLES_REQUIRED or name in MATCH_EXAMPLES_REQUIRED:
        for pattern in sec.patterns():
            ex = with_examples.get(pattern)
            assert ex is not None and ex.matches, f"lang/{lang}.toml [{name}] {pattern!r}: no example"
            if name in EXAMPLES_REQUIRED:
                assert ex.counter, f"lang/{lang}.toml [{name}] {pattern!r}: no counter-example"
