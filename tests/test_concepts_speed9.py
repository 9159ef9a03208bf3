"""The annotation's compact storage gives what the lists of tuples gave (issue #14, ninth session).

Word hits live in four arrays in the order of the tuples (start, lexicon, end, concept) that were
sorted before; word spans in two arrays; the words of a text are one string per distinct word.
These tests pin the order and the values, on neutral text as well as on text with hits.
"""

from __future__ import annotations

from array import array

from msglint.text.concepts import (
    Lexicon,
    _cut_words,
    _Spans,
    _token_offsets,
    annotate_texts,
    token_words,
    word_positions,
)
from msglint.text.phrases import fold


def _ann(text: str, languages: tuple[str, ...] = ("en",)):  # type: ignore[no-untyped-def]
    return annotate_texts([(None, text, fold(text), -1)], languages)


def test_hits_of_two_lexicons_sort_as_the_tuples_did() -> None:
    """Same start in two lexicons: the lexicon order decides, then the end, then the name."""
    text = "Thank you for your order. Danke sehr."
    ann = _ann(text, ("en", "de"))
    for s in ann.sentences:
        hits = [h for hs in ann.word_hits_of(s.index).values() for h in hs]
        flat = sorted(hits)
        # the arrays hold them in exactly that order
        lo, hi = ann._hit_lo[s.index], ann._hit_lo[s.index + 1]
        stored = [
            (ann._h_start[k], ann._h_lex[k], ann._h_end[k], ann._concept_names[ann._h_cid[k]]) for k in range(lo, hi)
        ]
        assert stored == flat


def test_a_neutral_sentence_has_no_word_hits_and_no_concepts() -> None:
    text = "The parcel weighs 2 kg. It is blue."
    ann = _ann(text)
    assert ann._hit_lo[-1] == len(ann._h_start)
    assert "THANKS" not in ann.word_hits_of(1)
    assert ann.word_hits_of(1) == {c: [h for h in hs if h[3] == c] for c, hs in ann.word_hits_of(1).items()}
    assert ann.hits(ann.sentences[1], "THANKS") == ()
    assert not ann.has(ann.sentences[1], "THANKS")


def test_hits_group_spans_by_lexicon_in_order() -> None:
    text = "Thank you, vielen Dank for your order."
    ann = _ann(text, ("en", "de"))
    s = ann.sentences[0]
    spans = ann.hits(s, "THANKS")
    assert [text[a:b] for a, b in spans][:1] == ["Thank"]
    assert "Dank" in {text[a:b] for a, b in spans}
    assert ann.hits(s, "THANKS") == spans


TEXTS = [
    ("Thank you for your order! We shipped it today. If you like it, please leave a review.", ("en",)),
    ("Vielen Dank für Ihre Bestellung. Wir haben das Paket heute versendet. Thank you!", ("de", "en")),
    ("Merci pour votre commande. N'hésitez pas à nous contacter. Le colis est parti.", ("fr",)),
    ("ご注文ありがとうございます。商品は本日発送いたしました。", ("ja",)),
    ("The parcel weighs 2 kg. It is blue.", ("en", "sv")),
]


def test_plain_concepts_give_what_the_memoised_path_gives(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A concept without patterns that can match and without excludes (plain) is read from the
    arrays each time; forcing every concept through the memoised path gives the same spans."""
    from msglint.text import concepts

    for text, langs in TEXTS:
        ann = _ann(text, langs)
        names = ann.concept_names()
        fast = [(c, ann.hits(s, c), ann.has(s, c)) for s in ann.sentences for c in names]
        plain = [c for c in names if c != "QUESTION" and ann._is_plain(0, c)]
        assert all(s.index not in ann._memo.get(c, {}) for c in plain for s in ann.sentences)
        with monkeypatch.context() as m:
            m.setattr(concepts.Annotation, "_is_plain", lambda self, ti, concept: False)
            slow_ann = _ann(text, langs)
            slow = [(c, slow_ann.hits(s, c), slow_ann.has(s, c)) for s in slow_ann.sentences for c in names]
        assert fast == slow
        assert any(h for _, h, _ in fast) or text.startswith("The parcel")


def test_spans_read_as_pairs() -> None:
    spans = _Spans(array("i", [0, 4, 9]), array("i", [3, 8, 12]))
    assert len(spans) == 3
    assert spans[1] == (4, 8)
    assert spans[-1] == (9, 12)
    assert spans[0:2] == [(0, 3), (4, 8)]
    assert list(spans) == [(0, 3), (4, 8), (9, 12)]
    assert _token_offsets(spans) == (spans.starts, spans.ends)
    assert _token_offsets([(0, 3), (4, 8)]) == ([0, 4], [3, 8])


def test_cut_words_share_one_string_per_word() -> None:
    text = "order order gift order"
    words = _cut_words(text, [(0, 5), (6, 11), (12, 16), (17, 22)])
    assert words == ["order", "order", "gift", "order"]
    assert words[0] is words[1] is words[3]
    assert token_words(text, [(0, 5), (12, 16)]) == ["order", "gift"]


def test_word_positions_are_arrays_in_order() -> None:
    where = word_positions(["a", "b", "a", "a"])
    assert {w: list(v) for w, v in where.items()} == {"a": [0, 2, 3], "b": [1]}
    assert all(isinstance(v, array) for v in where.values())


def test_word_hits_take_pairs_or_spans_alike() -> None:
    lx = Lexicon("xx", {"A": {"words": ["gift card", "money ... back"]}, "B": {"words": ["card*"]}})
    text = "a gift card. your money is back"
    pairs = [(0, 1), (2, 6), (7, 11), (13, 17), (18, 23), (24, 26), (27, 31)]
    bounds = [12, 12, 12, 31, 31, 31, 31]
    spans = _Spans(array("q", [a for a, _ in pairs]), array("q", [b for _, b in pairs]))
    assert lx.word_hits(text, pairs, bounds) == lx.word_hits(text, spans, bounds)
    assert lx.word_hits(text, spans, bounds) == [("A", 2, 11), ("B", 7, 11), ("A", 18, 31)]
