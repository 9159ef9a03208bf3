"""MSG603 thanks-only with one sentence of story (#10, ninth session).

A warm thank-you note often adds one sentence about the shop or the product ("every candle is
poured by hand in our workshop") that no lexicon covers. Such a sentence no longer counts as a
purpose when the message has at least two thanks, wishes or offers of help and the sentence
follows one of them; news ("we cannot..."), a question, a done status, a second such sentence or a
reply to the buyer's message keep the message permitted. Texts written for this test."""

from __future__ import annotations

import pytest

import msglint


def _codes(text: str, language: str = "en") -> list[tuple[str, int, int]]:
    diags = msglint.lint(text, filename="note.txt", config={"language": language})
    return [(d.code, d.line, d.column) for d in diags if d.code.startswith("MSG6")]


STORY = """Hello {{buyer_name}},

Thank you so much for your order 123-1234567-1234567!
Every mug is thrown by hand in a tiny studio by the harbour, one afternoon at a time.
We hope it keeps your coffee warm on many slow mornings.

Kind regards,
Harbour Clay
"""


def test_a_story_sentence_in_a_warm_thanks_is_still_thanks_only() -> None:
    assert _codes(STORY) == [("MSG603", 3, 1)]


@pytest.mark.parametrize(
    "text",
    [
        # a reply to the buyer: the unknown sentence is the answer
        "Hello {{buyer_name}},\n\nThank you for your message about order 123-1234567-1234567.\n"
        "The lid fits every jar of the set, the small one included.\nWe hope you enjoy it.\n\nKind regards,\nJar & Co\n",
        # the news comes first, before any thanks
        "Hello {{buyer_name}},\n\nYour trade account now uses the price list for resellers.\n"
        "Thank you for shopping with us, and we hope you like the new terms.\n\nKind regards,\nJar & Co\n",
        # news with a negation is not a story
        "Hello {{buyer_name}},\n\nThank you for your interest in our trade account.\n"
        "We cannot open it for private households at the moment.\nWe wish you a lovely weekend.\n\nKind regards,\nJar & Co\n",
        # a question asks the buyer something
        "Hello {{buyer_name}},\n\nThank you for your order 123-1234567-1234567!\n"
        "Would the blue or the green cord suit your lamp better?\nWe hope you enjoy it.\n\nKind regards,\nJar & Co\n",
        # an instruction with a quantity informs
        "Hello {{buyer_name}},\n\nThank you for your order 123-1234567-1234567!\n"
        "Leave the candle to burn for 2 hours the first time you light it.\nWe hope you enjoy it.\n\nKind regards,\nJar & Co\n",
    ],
    ids=["reply", "news-first", "negation", "question", "number"],
)
def test_near_misses_stay_permitted(text: str) -> None:
    assert [c for c, _, _ in _codes(text)] == []


def test_two_story_sentences_are_information() -> None:
    text = STORY.replace(
        "one afternoon at a time.",
        "one afternoon at a time.\nThe glaze mixes ash from the beach with clay from the hills.",
    )
    assert _codes(text) == []
