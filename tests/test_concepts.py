"""The concept layer (msglint/text/concepts.py): lexicon format, sentences, and every example.

Every concept of every language file carries ``examples = {match = [...], no-match = [...]}``;
every combination of the packs (``[[rule.data.when]]``) may carry the same: one generic test runs
them all, so the data documents itself and cannot drift.
"""

from __future__ import annotations

from typing import Any

import pytest

from msglint.core.packs import PackError, load_data, load_rules, phrase_languages
from msglint.text.concepts import (
    QUESTION,
    Combo,
    Lexicon,
    annotate_texts,
    combos_of,
    concepts_of,
    lexicon,
    split_sentences,
)
from msglint.text.phrases import fold


def _concept_examples() -> list[Any]:
    out: list[Any] = []
    for lang in phrase_languages():
        raw = load_data(f"lang/{lang}").get("concept", {})
        for name, spec in raw.items():
            ex = spec.get("examples", {})
            for text in ex.get("match", []):
                out.append(pytest.param(lang, name, text, True, id=f"{lang}-{name}-match-{text[:30]}"))
            for text in ex.get("no-match", []):
                out.append(pytest.param(lang, name, text, False, id=f"{lang}-{name}-nomatch-{text[:30]}"))
    return out


@pytest.mark.parametrize(("lang", "concept", "text", "expected"), _concept_examples())
def test_concept_examples(lang: str, concept: str, text: str, expected: bool) -> None:
    assert (concept in concepts_of(text, lang)) is expected


def test_every_concept_has_examples_both_ways() -> None:
    for lang in phrase_languages():
        for name, spec in load_data(f"lang/{lang}").get("concept", {}).items():
            ex = spec.get("examples", {})
            assert ex.get("match") and ex.get("no-match"), f"{lang}: concept {name} lacks examples"


def test_languages_with_concepts_load() -> None:
    for lang in phrase_languages():
        if load_data(f"lang/{lang}").get("concept"):
            lx = lexicon(lang)
            assert lx is not None
            lx.validate()


def test_word_items_stems_sequences_gaps_infixes() -> None:
    lx = Lexicon(
        "xx",
        {
            "A": {"words": ["refund*", "gift card*", "money ... back", "*bewert*", "5-star"]},
            "B": {"words": ["l'avis"], "exclude": ["no l'avis"]},
        },
    )
    text = fold("Refunded! A Gift Cards here. Money is sent back. Produktbewertungen. 5 star. L’avis. no l'avis")
    ann_hits = lx.hits(text, [m.span() for m in __import__("re").finditer(r"[^\W_]+", text)], [len(text)] * 40)
    words = sorted(text[s:e] for c, s, e in ann_hits if c == "A")
    assert words == ["5 star", "gift cards", "money is sent back", "produktbewertungen", "refunded"]
    assert [text[s:e] for c, s, e in ann_hits if c == "B"] == ["l'avis"]


def test_sequences_do_not_cross_sentences() -> None:
    lx = Lexicon("xx", {"A": {"words": ["gift card"]}})
    original = "A gift.\nCard here."
    ann = annotate_texts([(None, original, fold(original), -1)], ())
    assert [ann.concepts(s) for s in ann.sentences] == [frozenset(), frozenset()]
    assert lx.hits(fold(original), [(2, 6), (8, 12)], [7, 18]) == []


def test_substring_mode_for_languages_without_spaces() -> None:
    lx = Lexicon("ja", {"REVIEW": {"words": ["レビュー", "評価"], "patterns": ["星5つ?"]}}, mode="substring")
    text = fold("商品のレビューと評価をお願いします。星5", "ja")  # folded as the language folds
    expected = sorted(fold(w, "ja") for w in ["レビュー", "星5", "評価"])
    assert sorted(text[s:e] for _, s, e in lx.hits(text, [], [])) == expected


def test_substring_mode_excludes_match_inside_words() -> None:
    """Japanese has no word boundaries: an exclude (the conditional 発送いたしましたら) must
    cancel the hit inside the same run of letters, as the items themselves match there."""
    lx = Lexicon("ja", {"DONE": {"words": ["発送いたしました"], "exclude": ["しましたら"]}}, mode="substring")
    done = fold("本日発送いたしました。", "ja")
    assert [c for c, _, _ in lx.hits(done, [], [])] == ["DONE"]
    when = fold("発送いたしましたらご連絡します。", "ja")
    assert lx.hits(when, [], []) == []


def test_bad_lexicons_are_pack_errors() -> None:
    with pytest.raises(PackError):
        Lexicon("xx", {"A": {"words": ["x"], "bogus": []}})
    with pytest.raises(PackError):
        Lexicon("xx", {"A": {"words": ["... x"]}})
    with pytest.raises(PackError):
        Lexicon("xx", {"A": {"words": "x"}})
    with pytest.raises(PackError):
        Combo.parse({"near": ["A"]}, "test")


def test_sentences_split_at_punctuation_blank_lines_and_new_lines() -> None:
    text = "Hello John,\nThank you for order no. 5. It ships today! Does it fit?\n\nKind regards\nthe team"
    spans = split_sentences(text, fold(text))
    assert [text[s:e] for s, e in spans] == [
        "Hello John,",
        "Thank you for order no. 5.",
        "It ships today!",
        "Does it fit?",
        "Kind regards\nthe team",
    ]


def test_a_question_is_a_concept() -> None:
    assert QUESTION in concepts_of("Does it fit?", "en")
    assert QUESTION not in concepts_of("It fits.", "en")


def test_arabic_question_mark_ends_a_sentence_and_asks() -> None:
    text = "هل أنت راض عن المصباح؟ نرجو ترك تقييم."
    assert [text[s:e] for s, e in split_sentences(text, fold(text))] == ["هل أنت راض عن المصباح؟", "نرجو ترك تقييم."]
    assert QUESTION in concepts_of("هل أنت راض عن المصباح؟", "ar")


def _combo_examples() -> list[Any]:
    out: list[Any] = []
    for code, meta in load_rules().items():
        raw = meta.data.get("when", [])
        for i, (entry, combo) in enumerate(zip(raw, combos_of(code, meta.data), strict=True)):
            for lang, ex in entry.get("examples", {}).items():
                for text in ex.get("match", []):
                    out.append(pytest.param(combo, lang, text, True, id=f"{code}#{i + 1}-{lang}-match-{text[:25]}"))
                for text in ex.get("no-match", []):
                    out.append(pytest.param(combo, lang, text, False, id=f"{code}#{i + 1}-{lang}-nomatch-{text[:25]}"))
    return out


@pytest.mark.parametrize(("combo", "lang", "text", "expected"), _combo_examples())
def test_combination_examples(combo: Combo, lang: str, text: str, expected: bool) -> None:
    ann = annotate_texts([(None, text, fold(text), -1)], (lang,))
    assert any(combo.holds(ann, s) for s in ann.sentences) is expected


def test_every_combination_has_examples() -> None:
    for code, meta in load_rules().items():
        for i, entry in enumerate(meta.data.get("when", [])):
            ex = entry.get("examples", {})
            assert ex and all(v.get("match") and v.get("no-match") for v in ex.values()), f"{code} when #{i + 1}"


def test_every_pack_combination_parses_and_names_known_concepts() -> None:
    rules = load_rules()
    known = {QUESTION}
    for lang in phrase_languages():
        known |= set(load_data(f"lang/{lang}").get("concept", {}))
    for code, meta in rules.items():
        for combo in combos_of(code, meta.data):
            assert combo.concepts() <= known, (code, combo.concepts() - known)


def test_substring_patterns_keep_their_escapes_when_folded() -> None:
    """Languages without spaces (Japanese) compile patterns raw, folded like the text: the folding
    lower-cases, and must not turn ``\\S`` (not a space) into ``\\s`` (a space)."""
    from msglint.text.concepts import _compile_raw

    rx = _compile_raw([r"注文(\S+)確認", r"ÉTAPE\W\d"], "test")
    assert rx.search("注文の確認")
    assert not rx.search("注文 確認")
    assert rx.search("etape-3")


def test_arabic_marks_stay_inside_a_word() -> None:
    """A shadda or other haraka inside a word does not split it: 'نقدّر' is one word, compared
    without its marks, so the lexicon's 'نقدر' covers it (thanks-only counts words)."""
    from msglint.text.concepts import annotate_texts
    from msglint.text.phrases import fold

    text = "نقدّر تسوقك معنا."
    ann = annotate_texts([(None, text, fold(text), -1)], ("ar",))
    assert [s.words for s in ann.sentences] == [3]


def test_infix_items_are_found_as_a_substring_search_finds_them() -> None:
    """Lexicon._infixes cuts a short token into substrings instead of testing each of the ~300
    Arabic infix items (#14): the same items, in the same order, as ``text in token``."""
    import random
    from pathlib import Path

    from msglint.text.concepts import lexicon

    lx = lexicon("ar")
    assert lx is not None and lx._infix
    tokens: set[str] = set()
    for path in Path(__file__).resolve().parent.parent.joinpath("fixtures", "wording", "ar").rglob("*.*"):
        if path.suffix in (".txt", ".html"):
            tokens.update(fold(path.read_text(encoding="utf-8")).split())
    pool = sorted(tokens)
    rng = random.Random(7)
    tokens.update("".join(rng.choice(pool)[:6] for _ in range(rng.randint(2, 12))) for _ in range(500))
    for token in sorted(tokens):
        assert lx._infixes(token) == [(c, rest) for text, c, rest in lx._infix if text in token], token


def test_ascii_and_digit_tokens_are_classified_as_by_every_item() -> None:
    """Lexicon.classify tries only the lengths of ASCII items on an ASCII token, of digit items
    on a number (a message of 20,000 URLs has 40,000 distinct ASCII tokens, #14): the same
    items, in the same order, as trying every item's length."""
    from msglint.text.concepts import lexicon

    def every_item(lx: Any, token: str) -> list[Any]:
        n = len(token)
        out = list(lx._exact.get(token, ()))
        out += [e for k in lx._prefix_lengths if k <= n for e in lx._prefix.get(token[:k], ())]
        out += [e for k in lx._suffix_lengths if k <= n for e in lx._suffix.get(token[n - k :], ())]
        return out + lx._infixes(token)

    tokens = ["5", "10317", "10317w", "png", "dhl", "ups123", "smsa", "pdf", "order", "reviews", "x" * 60]
    tokens += ["2024", "ordered", "amazon", "refunded", "5star", "thanks", "تقييم", "شكرا", "dhl2"]
    checked = 0
    for language in ("ar", "en", "de", "ja"):
        lx = lexicon(language)
        assert lx is not None
        for token in tokens:
            got = lx.classify(fold(token))
            assert got == every_item(lx, fold(token)), (language, token)
            checked += bool(got)
    assert checked >= 10  # items were found, not only nothing


def test_arabic_concept_patterns_let_marks_follow_their_letters() -> None:
    """The file's ``skip-marks`` apply to concept patterns as to phrase sections: sellers write
    tanween and shadda ('أولًا', 'بدلًا', 'لبّى'), and a pattern written 'أولا' must still match;
    without the marks the same sentence matches too, and an unrelated one does not."""
    from msglint.text.concepts import concepts_of

    assert "CONTACT-FIRST" in concepts_of("تواصل معنا أولًا.", "ar")
    assert "CONTACT-FIRST" in concepts_of("تواصل معنا أولا.", "ar")
    assert "CONTACT-FIRST" in concepts_of("بدلًا من ترك تقييم سلبي، راسلنا.", "ar")
    assert "SATISFIED-CONDITION" in concepts_of("إذا لبّى المنتج توقعاتك، فسيسعدنا تقييمك.", "ar")
    assert "CONTACT-FIRST" not in concepts_of("تواصل معنا عبر رسائل أمازون.", "ar")
