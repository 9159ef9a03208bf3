"""The phrase engine: folding, whitespace, markup, offsets, exclude/unless/require, boundaries."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from msglint.core.packs import PackError, load_data
from msglint.model.document import parse
from msglint.text import phrases

DATA: dict[str, dict[str, Any]] = {
    "lang/xx": {
        "language": "xx",
        "GIFT": {"match": ["gift cards?", "free (products?|samples?)"], "exclude": ["no gift card"]},
        "ACCENT": {"match": ["évaluation positive", "straße", "cœur"]},
        "QUOTE": {"match": ["l'avis", "e-mail"]},
        "UNLESS": {"match": ["has shipped"], "unless": ["damaged"]},
        "REQUIRE": {"match": ["refund"], "require": ["reviews?"]},
        "CLASS": {"match": ["5[ -]stars?"]},
        "OPTIONAL": {"match": ["\\d+ ?% off", "e ?mail"]},
    },
    "lang/yy": {"language": "yy", "GIFT": {"match": ["geschenkkarte"]}},
}


@pytest.fixture(autouse=True)
def fake_phrases(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(phrases, "load_data", lambda name: DATA.get(name, {}))
    phrases.section.cache_clear()
    yield
    phrases.section.cache_clear()


def spans(source: str, name: str, langs: tuple[str, ...] = ("xx",), filename: str = "t.html") -> list[str]:
    doc = parse(source, filename)
    return [doc.source[m.start : m.end] for m in phrases.find(doc, name, langs)]


def test_fold_keeps_length_and_strips_accents_and_case() -> None:
    for s in ("ÉVALUATION Positive", "Straße ẞ", "İstanbul", "Œuvre æ", "l’avis", "ﬁne"):
        assert len(phrases.fold(s)) == len(s)
    assert phrases.fold("ÉVALUATION Positive") == "evaluation positive"
    assert phrases.fold("Zurück Über") == "zuruck uber"
    assert phrases.fold("l’avis") == "l'avis"


def test_case_and_accents_are_ignored() -> None:
    assert spans("<p>Merci pour une EVALUATION Positive.</p>", "ACCENT") == ["EVALUATION Positive"]
    assert spans("<p>une évaluation positive</p>", "ACCENT") == ["évaluation positive"]


def test_ligatures_and_sharp_s_match_both_spellings() -> None:
    assert spans("Hauptstraße und Hauptstrasse", "ACCENT", filename="t.txt") == []  # inside words
    assert spans("die Straße, die Strasse, die STRASSE", "ACCENT", filename="t.txt") == ["Straße", "Strasse", "STRASSE"]
    assert spans("de tout cœur, de tout coeur", "ACCENT", filename="t.txt") == ["cœur", "coeur"]


def test_typographic_apostrophes_and_hyphens() -> None:
    assert spans("Donnez l’avis par e‑mail", "QUOTE", filename="t.txt") == ["l’avis", "e‑mail"]


def test_space_matches_line_breaks_markup_and_entities() -> None:
    assert spans("<p>a gift\n   card</p>", "GIFT") == ["gift\n   card"]
    assert spans("<p>a <b>gift</b> card</p>", "GIFT") == ["gift</b> card"]
    assert spans("<p>a gift&nbsp;card</p>", "GIFT") == ["gift&nbsp;card"]
    assert spans("<p>a gift<br>card</p>", "GIFT") == ["gift<br>card"]
    assert spans("<p>free&#32;samples</p>", "GIFT") == ["free&#32;samples"]


def test_offsets_are_exact_source_offsets() -> None:
    src = "<html><body><p>Hello {{ name }},</p>\n<p>We offer a <i>Gift Card</i>!</p></body></html>"
    doc = parse(src, "t.html")
    [m] = phrases.find(doc, "GIFT", ("xx",))
    assert (m.start, m.end) == (src.index("Gift"), src.index("Card") + 4)
    assert m.text == "Gift Card"
    assert doc.position(m.start) == (2, 18)
    assert doc.text[m.text_start : m.text_end] == "Gift Card"


def test_no_match_inside_words() -> None:
    assert spans("giftcards, regift cards, freeproducts, carefree samplesize", "GIFT", filename="t.txt") == []
    assert spans("free samples.", "GIFT", filename="t.txt") == ["free samples"]


def test_placeholders_never_make_words() -> None:
    assert spans("<p>free {{ products }}</p>", "GIFT") == []


def test_exclude_drops_overlapping_matches_only() -> None:
    assert spans("There is no gift card here.", "GIFT", filename="t.txt") == []
    assert spans("No gift card. But a gift card!", "GIFT", filename="t.txt") == ["gift card"]


def test_unless_silences_the_section_for_the_whole_message() -> None:
    assert spans("Your order has shipped.", "UNLESS", filename="t.txt") == ["has shipped"]
    assert spans("Your order has shipped but arrived damaged.", "UNLESS", filename="t.txt") == []


def test_require_needs_context_somewhere_in_the_message() -> None:
    assert spans("You will get a refund.", "REQUIRE", filename="t.txt") == []
    assert spans("Leave a review and get a refund.", "REQUIRE", filename="t.txt") == ["refund"]


def test_character_classes_and_languages() -> None:
    assert spans("5 stars, 5-star", "CLASS", filename="t.txt") == ["5 stars", "5-star"]
    assert spans("eine Geschenkkarte und a gift card", "GIFT", ("xx", "yy"), "t.txt") == ["Geschenkkarte", "gift card"]
    assert spans("eine Geschenkkarte", "GIFT", ("xx",), "t.txt") == []
    assert spans("a gift card", "MISSING", ("xx", "zz"), "t.txt") == []


def test_fields_are_searched_with_their_own_offsets() -> None:
    doc = parse("<p>Hello</p>", "t.html")
    doc.fields.append(("subject", "Your free sample", 100))
    [m] = phrases.find(doc, "GIFT", ("xx",))
    assert (m.start, m.end, m.field) == (105, 116, "subject")
    assert phrases.find(doc, "GIFT", ("xx",), fields=False) == []


def test_bad_patterns_are_reported_as_pack_errors() -> None:
    DATA["lang/bad"] = {"S": {"match": ["(unclosed"]}, "T": {"match": ["(?P<x>a)"]}, "U": {"nope": []}}
    try:
        for name in ("S", "T"):
            sec = phrases.section("bad", name)
            assert sec is not None
            with pytest.raises(PackError, match=r"\[" + name + r"\]"):
                sec.validate()
        with pytest.raises(PackError):
            phrases.section("bad", "U")
    finally:
        del DATA["lang/bad"]


def test_folded_text_is_memoised_in_the_cache() -> None:
    doc = parse("a gift card", "t.txt")
    cache: dict[str, Any] = {}
    phrases.find(doc, "GIFT", ("xx",), cache)
    assert "phrases.folded" in cache
    cache["phrases.folded"] = [(None, doc.text, "nothing here", -1)]
    assert phrases.find(doc, "GIFT", ("xx",), cache) == []


def test_shipped_phrase_files_compile() -> None:
    """Every section of every real phrase file compiles (bad data fails here, not at a user's)."""
    real = phrases.phrase_languages()
    for lang in real:
        data = load_data(f"lang/{lang}")
        assert data.get("language") == lang
        for name, value in data.items():
            if isinstance(value, dict) and name not in ("concept", "concepts"):  # concepts: test_concepts.py
                DATA[f"lang/{lang}"] = data
                try:
                    phrases.section.cache_clear()
                    sec = phrases.section(lang, name)
                    assert sec is not None
                    sec.validate()
                finally:
                    del DATA[f"lang/{lang}"]


def test_space_question_mark_is_optional_whitespace() -> None:
    assert spans("10% off, 10 % off, 10\n% off, email, e mail", "OPTIONAL", filename="t.txt") == [
        "10% off",
        "10 % off",
        "10\n% off",
        "email",
        "e mail",
    ]
    assert spans("10%off", "OPTIONAL", filename="t.txt") == []


@pytest.mark.timeout(120)  # a hang guard, not a speed assertion: figures live in benchmarks/
def test_long_untrusted_input_is_fast() -> None:
    text = "gift " * 40000 + "free " * 40000 + "a" * 100000
    assert spans(text, "GIFT", filename="t.txt") == []


def test_public_helpers_for_checks_with_their_own_regexes() -> None:
    rx = phrases.compile_patterns(["stop receiving", "opt out"], "test")
    assert rx is not None and rx.search(phrases.fold("To OPT\nOUT, reply"))
    assert phrases.compile_patterns([], "test") is None
    doc = parse("<p>Opt out</p>", "t.html")
    [(name, original, folded, offset)] = phrases.folded_texts(doc, {})
    assert (name, original, folded, offset) == (None, doc.text, phrases.fold(doc.text), -1)


# ---- the anchor prefilter: only patterns whose required words occur are compiled and searched --
def test_anchors_are_required_literals() -> None:
    assert phrases._anchor("gift cards?") == {"gift"}
    assert phrases._anchor("free (products?|samples?)") == {"product", "sample"}
    assert phrases._anchor("(did you )?(love|loved)( it)?") == {"love"}  # "loved" contains "love"
    assert phrases._anchor("\\w{0,20}bewertung") == {"bewertung"}
    assert phrases._anchor("Évaluation positive") == {"evaluation"}  # folded like the text
    assert phrases._anchor("x(ab|c?)y") == {"x"}  # a group with an optional alternative is not required
    assert phrases._anchor("ab+c") == {"ab"}  # "abbc" contains "ab" but not "abc"
    assert phrases._anchor("colou?r") == {"colo"}
    assert phrases._anchor("straße") == {"stra"}  # "ß" matches "ss" too: it ends the run
    assert phrases._anchor("gift|card") == {"gift", "card"}
    assert phrases._anchor("(a(?=b)c)") == {"a"}  # lookarounds are zero width: "a" and "c" are not adjacent
    assert phrases._anchor("[abc]+ ?\\d") is None
    assert phrases._anchor("(gift)? ?(card)?") is None
    assert phrases._anchor("(?i)gift") is None
    # every required item, not only the best: each must be in the text
    assert phrases._anchor_sets("(your|the) (order|parcel) (has|have) (been )?(shipped|sent)") == (
        {"order", "parcel"},
        {"your", "the"},
        {"has", "have"},
        {"shipped", "sent"},
    )
    assert phrases._anchor_sets("(a|b) c|d") == ({"c", "d"},)  # a top-level "|": one set
    assert phrases._anchor_sets("(gift)? ?(card)?") == ()


def test_a_pattern_is_searched_only_when_all_its_required_words_occur() -> None:
    DATA["lang/xx"]["SHIP"] = {"match": ["(your|the) order has (been )?(shipped|sent)"]}
    try:
        sec = phrases.section("xx", "SHIP")
        assert sec is not None
        assert sec.regex("match", "your order is ready") is None  # "order" but neither verb
        rx = sec.regex("match", "your order has shipped")
        assert rx is not None and rx.search("your order has shipped")
        assert spans("Your order has been sent.", "SHIP", filename="t.txt") == ["Your order has been sent"]
    finally:
        del DATA["lang/xx"]["SHIP"]


def test_prefiltered_sections_find_what_whole_sections_find(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = parse("<p>A free sample, no gift card, a Gift Card.</p>", "t.html")
    found = phrases.find(doc, "GIFT", ("xx",))
    monkeypatch.setattr(phrases, "_PREFILTER", False)
    assert phrases.find(doc, "GIFT", ("xx",)) == found
    assert [m.text for m in found] == ["free sample", "Gift Card"]


def _real_texts() -> list[str]:
    """Every fixture file (its visible text and fields) and every rule pack's bad/good example."""
    from pathlib import Path

    from msglint.core.packs import load_rules
    from msglint.model.decode import DecodeError, decode_bytes

    root = Path(__file__).resolve().parent.parent
    texts: list[str] = []
    sources: list[tuple[str, str]] = []
    for path in sorted((root / "fixtures").rglob("*")):
        if path.is_file():
            try:
                sources.append((decode_bytes(path.read_bytes()).text, path.name))
            except DecodeError:
                continue
    for rule in load_rules().values():
        sources += [(rule.bad, "bad.html"), (rule.good, "good.html")]
    for source, name in sources:
        doc = parse(source, name)
        texts.append(doc.text)
        texts += [value for _, value, _ in doc.fields]
    return texts


def test_a_long_text_is_prefiltered_by_its_vocabulary_with_the_same_result(monkeypatch: pytest.MonkeyPatch) -> None:
    """Above 20k characters the prefilter looks for letter-and-digit anchors in the text's
    distinct runs of such characters, not in the text (each anchor was a scan of the whole text:
    seconds for 1 MB): a run occurs in the text exactly when it occurs in one of its runs."""
    import random

    text = "\n".join(_real_texts())[:150_000]
    assert len(text) > phrases._VOCABULARY_FROM
    within = phrases._searchable(text)
    assert len(within) < len(text) and phrases._searchable(text) is within
    rng = random.Random(5)
    checked = 0
    for _ in range(20_000):
        i = rng.randrange(len(text))
        a = text[i : i + rng.randint(1, 12)]
        if rng.random() < 0.5:  # and as many that are (mostly) nowhere
            j = rng.randrange(len(a))
            a = a[:j] + rng.choice("qxzßéçñ7") + a[j + 1 :]
        if a.isalnum():
            checked += 1
            assert (a in within) == (a in text), a
    assert checked > 3000
    monkeypatch.setattr(phrases, "load_data", load_data)  # the shipped packs, not this module's test data
    phrases.section.cache_clear()
    doc = parse("<p>" + text.replace("<", " ") + "</p>", "t.html")
    found = {name: phrases.find(doc, name, ("en", "de", "fr"), unless=False) for name in ("MSG501", "MSG601", "MSG203")}
    monkeypatch.setattr(phrases, "_PREFILTER", False)
    assert {name: phrases.find(doc, name, ("en", "de", "fr"), unless=False) for name in found} == found
    assert sum(map(len, found.values())) > 10


def test_every_shipped_pattern_match_contains_its_anchor(monkeypatch: pytest.MonkeyPatch) -> None:
    """Soundness of the prefilter on real data: wherever a shipped pattern matches a fixture or
    a pack example, its anchor is in the text; and each prefiltered key finds exactly the spans
    of the whole key."""
    monkeypatch.setattr(phrases, "load_data", load_data)
    phrases.section.cache_clear()
    raw = _real_texts()
    folded: dict[str, list[str]] = {}
    assert len(raw) > 400
    matched = 0
    for lang in phrases.phrase_languages():
        for name, value in load_data(f"lang/{lang}").items():
            if not isinstance(value, dict) or name in ("concept", "concepts"):
                continue
            sec = phrases.section(lang, name)
            assert sec is not None
            if sec.keep not in folded:
                folded[sec.keep] = [phrases.fold_keep(t, sec.keep) for t in raw]
            texts = folded[sec.keep]
            for key in phrases.KEYS:
                whole = getattr(sec, key)
                if whole is None:
                    continue
                hit_texts = [t for t in texts if whole.search(t)]
                for pattern in phrases.patterns_of(value, key):
                    if sec.skip:
                        break  # marks between letters: no anchors, no prefilter for this section
                    sets = phrases._anchor_sets(pattern.strip(), sec.keep)
                    rx = phrases._join([pattern], "test", sec.keep, sec.boundaries)
                    assert rx is not None
                    for t in hit_texts:
                        if rx.search(t):
                            matched += 1
                            for anchors in sets:  # the anchor and every further required set
                                assert any(a in t for a in anchors), (lang, name, pattern, anchors, t)
                for t in hit_texts:  # (without a match of the whole key, no subset matches)
                    sub = sec.regex(key, t)
                    got = [m.span() for m in sub.finditer(t)] if sub is not None else []
                    assert got == [m.span() for m in whole.finditer(t)], (lang, name, key, t)
    assert matched > 100  # the fixtures do exercise the phrase files


def test_linting_every_fixture_is_unchanged_by_the_prefilter(monkeypatch: pytest.MonkeyPatch) -> None:
    """End to end (find, covers, require/unless/exclude): the same diagnostics with and without."""
    from pathlib import Path

    from msglint.core.config import from_mapping
    from msglint.engine.linter import Linter
    from msglint.run.files import iter_files

    monkeypatch.setattr(phrases, "load_data", load_data)
    phrases.section.cache_clear()
    root = Path(__file__).resolve().parent.parent
    files = sorted(iter_files([str(root / "fixtures")]))

    def run() -> list[tuple[str, int, int, str, str]]:
        linter = Linter(from_mapping({"select": ["MSG2", "MSG4", "MSG5", "MSG6", "MSG7"]}))
        return [(d.path, d.line, d.column, d.code, d.message) for f in files for d in linter.lint_file(f)]

    filtered = run()
    monkeypatch.setattr(phrases, "_PREFILTER", False)
    assert run() == filtered
    assert len(filtered) > 100


def test_skip_marks_stay_with_an_optional_letter() -> None:
    """With ``skip-marks`` (Arabic harakat), a letter's marks are inserted after it; a quantifier
    after the letter must still apply to the letter and its marks ('شت?را' matches 'شرا', 'شترا'
    and 'شتّرا'), not to the marks alone (which made the letter required)."""
    import re

    marks = "\u064b-\u065f\u0670\u0640"
    rx = re.compile(phrases._translate("شت?را", "", marks))
    assert rx.fullmatch("شرا")
    assert rx.fullmatch("شترا")
    assert rx.fullmatch("شتّرا")
    assert not rx.fullmatch("شكرا")
    rx = re.compile(phrases._translate("ab{1,2}c", "", "x"))
    assert rx.fullmatch("abxbc")
    assert not rx.fullmatch("ac")


def test_skip_marks_belong_to_the_words_of_a_word_class() -> None:
    """With ``skip-marks``, ``\\w`` also takes the marks: a word that ends in tanween
    ('اعتذاراً') is one word for ``\\w* `` and ``(\\w+ ){0,3}``, so an exclude such as 'an apology
    for the delay' still drops the delay (a courtesy refund was reported as a delay notice).
    Without skip marks, ``\\w`` is unchanged."""
    import re

    marks = "\u064b-\u065f\u0670\u0640"
    rx = re.compile(phrases._translate("اعتذار\\w* (\\w+ ){0,3}التأخير", "", marks))
    assert rx.fullmatch(phrases.fold("اعتذاراً عن التأخير"))
    assert rx.fullmatch(phrases.fold("اعتذارا عن التأخير"))
    assert rx.fullmatch(phrases.fold("اعتذاراً عنً التأخير"))
    assert not rx.fullmatch(phrases.fold("اعتذاراً عن الطلب"))
    rx = re.compile(phrases._translate("[^\\w]x", "", marks))
    assert not rx.fullmatch("\u064bx")
    assert phrases._translate("a\\w+", "", "") == "a\\w+"
