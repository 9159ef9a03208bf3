"""rules/amazon.toml's order-number next to text written without spaces: a Japanese (or Chinese)
message puts the number right against its words (注文番号249-3635811-3155824のミル); it is still
the order number for MSG401, MSG205 and MSG603. Latin letters, digits, _ and - next to it still
make it part of something longer."""

from __future__ import annotations

import pytest

import msglint
from msglint.market.orders import order_number


def _codes(text: str, lang: str) -> set[str]:
    """The codes msglint reports for ``text`` written in ``lang``."""
    return {d.code for d in msglint.lint(text.encode(), filename="m.txt", config={"language": lang})}


@pytest.mark.parametrize(
    "text",
    [
        "注文番号249-3635811-3155824のミル",
        "ご注文249-1696189-9338497の替えブラシ",
        "订单号249-3635811-3155824已",
        "(249-3635811-3155824)",
        "Order 249-3635811-3155824.",
    ],
)
def test_number_against_words_without_spaces(text: str) -> None:
    assert order_number().search(text)


@pytest.mark.parametrize(
    "text",
    [
        "1249-3635811-3155824",
        "249-3635811-31558245",
        "ref249-3635811-3155824",
        "249-3635811-3155824-2",
        "x_249-3635811-3155824",
    ],
)
def test_number_inside_something_longer(text: str) -> None:
    # neutral counter-examples: a longer number, a reference code
    assert not order_number().search(text)


def test_japanese_message_with_the_number_against_its_words_has_an_order_number() -> None:
    text = "{{buyer_name}} 様\n\n注文番号249-3635811-3155824のミルの刻印について、ご希望の文字をお知らせください。\n\nミル工房\n"
    assert "MSG401" not in _codes(text, "ja")


def test_japanese_message_without_a_number_still_misses_it() -> None:
    text = "{{buyer_name}} 様\n\nミルの刻印について、ご希望の文字をお知らせください。\n\nミル工房\n"
    assert "MSG401" in _codes(text, "ja")
