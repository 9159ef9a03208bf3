"""An annotation holds positions, not copies (issue #14, seventh session, goal 3).

A sentence keeps the index of its first word and its number of words; the word spans of a text
are two arrays of offsets, cut into (start, end) pairs only when thanks-only asks for a
sentence's words (Annotation.tokens). A word hit is the tuple the annotation sorted, kept once.
"""

from __future__ import annotations

from array import array

from msglint.text.concepts import annotate_texts
from msglint.text.phrases import fold


def test_the_words_of_each_sentence_are_given_exactly_from_the_offsets() -> None:
    text = "Thank you for your order!  We shipped it today.\n\nKind regards, Anna"
    ann = annotate_texts([(None, text, fold(text), -1)], ("en",))
    got = [[text[a:b] for a, b in ann.tokens(s)] for s in ann.sentences]
    assert got == [
        ["Thank", "you", "for", "your", "order"],
        ["We", "shipped", "it", "today"],
        ["Kind", "regards", "Anna"],
    ]
    assert [s.words for s in ann.sentences] == [5, 4, 3]
    assert [s.first_token for s in ann.sentences] == [0, 5, 9]
    assert ann.tokens(ann.sentences[1]) == [(27, 29), (30, 37), (38, 40), (41, 46)]


def test_a_sentence_holds_numbers_and_the_word_spans_are_arrays() -> None:
    text = "Thanks a lot. " * 500
    ann = annotate_texts([(None, text, fold(text), -1)], ("en",))
    assert len(ann.sentences) == 500
    for s in ann.sentences:
        assert all(isinstance(getattr(s, f), (int, bool)) for f in s.__slots__ if f != "__weakref__")
    starts, ends = ann._token_spans[0]
    assert isinstance(starts, array) and isinstance(ends, array)
    assert len(starts) == len(ends) == 1500
    assert ann.tokens(ann.sentences[499]) == [(6986, 6992), (6993, 6994), (6995, 6998)]


def test_a_word_hit_is_kept_as_sorted_once() -> None:
    text = "Thank you for your order. Thanks again."
    ann = annotate_texts([(None, text, fold(text), -1)], ("en",))
    first = ann.word_hits_of(0)["THANKS"]
    assert first and all(hit[3] == "THANKS" and hit[1] == 0 for hit in first)
    assert first == [(0, 0, 5, "THANKS"), (0, 0, 9, "THANKS"), (10, 0, 24, "THANKS")]
    assert [text[a:b] for a, _, b, _ in first] == ["Thank", "Thank you", "for your order"]
    assert ann.hits(ann.sentences[0], "THANKS") == ((0, 5), (0, 9), (10, 24))
    assert ann.hits(ann.sentences[1], "THANKS") == ((26, 32),)
