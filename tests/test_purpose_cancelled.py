"""MSG602 for a shop system's cancellation notice (ORDER with CANCELLED in one sentence), and
the neighbours that make the same words something a seller may send: a reply to the buyer's
request, a stock-out or delay (MSG604's business), a problem, a question or a request. Written
in the style of shop-system notices and seller letters; none is copied from a real template."""

from __future__ import annotations

import pytest
from conftest import lint_text

PURPOSE = {"MSG601", "MSG602", "MSG603", "MSG604"}
ORDER = "123-1234567-1234567"


def purpose(text: str, lang: str) -> list[tuple[str, int, int]]:
    return [d for d in lint_text(text, "m.txt", language=lang) if d[0] in PURPOSE]


@pytest.mark.parametrize(
    ("lang", "text", "line", "column"),
    [
        ("en", f"Hello Sam,\n\nYour order {ORDER} has been cancelled.\n\nBest regards\nThe shop team\n", 3, 1),
        ("en", f"Hi,\n\nwe have cancelled order {ORDER} today.\n\nKind regards\n", 3, 1),
        ("en", f"Dear customer,\n\nThis is to inform you that order {ORDER} was cancelled.\n\nRegards\n", 3, 1),
        ("de", f"Hallo,\n\nIhre Bestellung {ORDER} wurde storniert.\n\nViele Grüße\n", 3, 1),
        ("de", f"Guten Tag,\n\nIhre Bestellung {ORDER} wurde annulliert.\n\nMit freundlichen Grüßen\n", 3, 1),
        ("fr", f"Bonjour,\n\nVotre commande {ORDER} a été annulée.\n\nCordialement\n", 3, 1),
        ("es", f"Hola:\n\nSu pedido {ORDER} ha sido cancelado.\n\nSaludos\n", 3, 1),
        ("ja", f"お客様\n\nご注文（{ORDER}）はキャンセルとなりました。\n\nよろしくお願いいたします。\n", 3, 1),
    ],
)
def test_a_cancellation_notice_is_a_confirmation(lang: str, text: str, line: int, column: int) -> None:
    assert purpose(text, lang) == [("MSG602", line, column)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a reply: the buyer asked for it
        ("en", f"Hello,\n\nas you asked, we have cancelled your order {ORDER}.\n\nKind regards\n"),
        ("en", f"Hi,\n\nthank you for your message. Your order {ORDER} has been cancelled as requested.\n\nBest\n"),
        ("de", f"Hallo,\n\nwie gewünscht haben wir Ihre Bestellung {ORDER} storniert.\n\nViele Grüße\n"),
        ("fr", f"Bonjour,\n\ncomme demandé, nous avons annulé votre commande {ORDER}.\n\nCordialement\n"),
        # a problem or a request next to it
        (
            "en",
            f"Hello,\n\nyour order {ORDER} was cancelled because the delivery address is incomplete. "
            "Could you send us the full address?\n\nThanks\n",
        ),
        # offering to cancel, or saying how: nothing was cancelled
        ("en", f"Hello,\n\nyou can cancel order {ORDER} in your Amazon account at any time.\n\nRegards\n"),
        ("de", f"Hallo,\n\nSie können die Bestellung {ORDER} jederzeit stornieren.\n\nViele Grüße\n"),
        ("ja", f"お客様\n\nご注文（{ORDER}）をキャンセルされる場合はご連絡ください。\n\nよろしくお願いいたします。\n"),
    ],
)
def test_a_cancellation_that_answers_or_asks_is_not_flagged(lang: str, text: str) -> None:
    assert [c for c, _, _ in purpose(text, lang) if c == "MSG602"] == []


def test_a_stock_out_cancellation_stays_out_of_msg602() -> None:
    """Cancelling because of a stock-out is what Amazon asks for: neither MSG602 (this
    combination) nor MSG604 (CANCELLED next to it exempts)."""
    text = f"Hello,\n\nthe lamp is out of stock, so we have cancelled your order {ORDER}.\n\nSorry\n"
    assert "MSG602" not in {c for c, _, _ in purpose(text, "en")}


def test_order_summary_wording_of_a_shop_confirmation() -> None:
    """ "Your order consists of the following" above the items, after a thank-you: MSG602."""
    text = (
        f"Hello,\n\nThank you for your order {ORDER}. Your order consists of the following items:\n"
        "1 x desk lamp, 24.90 EUR\n\nKind regards\n"
    )
    assert [c for c, _, _ in purpose(text, "en")] == ["MSG602"]
