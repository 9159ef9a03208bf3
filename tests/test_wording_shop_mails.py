"""Purpose rules on the shapes real shop-system mails take (issue #10): a heading that names the
mail, an order summary under the thanks, status changes, payments, and the near misses that must
stay silent (a password reset, a reference to Amazon's confirmation, an invoice mail, a template
whose words are a ``{message}`` placeholder). Each case: language, text, the purpose/review
findings as (code, line, column)."""

from __future__ import annotations

import pytest

import msglint

CASES = [
    # a heading that names the mail as a confirmation (max-words), at the heading
    ("en", "Order confirmation\n\nThank you for shopping with us.\n", [("MSG602", 1, 1)]),
    ("de", "Versandbestätigung\n\nHallo Jana,\nviele Grüße\n", [("MSG602", 1, 1)]),
    ("en", "Please keep the order confirmation from Amazon for the warranty.\n", []),
    ("de", "Die Bestellbestätigung von Amazon gilt als Garantiebeleg, bitte bewahren Sie sie auf.\n", []),
    # thanks for the order above the summary a shop prints; not when an invoice is attached
    ("en", "Thank you for your order.\n\nOrder details\nQuantity: 1\nUnit price: 20 EUR\n", [("MSG602", 1, 1)]),
    ("en", "Thank you for your order. Please find the invoice attached.\n\nOrder total: 20 EUR\n", []),
    # one word is not a combination: "received" is no delivery of an order
    ("en", "We received a password reset request for your account.\n", []),
    ("it", "Abbiamo ricevuto una richiesta di reimpostazione della password per il tuo account.\n", []),
    # payment received, status changed, refund started: confirmations in other words
    ("de", "Wir haben Ihre Zahlung dankend erhalten.\n", [("MSG602", 1, 1)]),
    ("de", "der Lieferstatus Ihrer Bestellung hat sich geändert.\n", [("MSG602", 1, 1)]),
    ("es", "Se ha iniciado el reembolso de su pedido 123-1234567-1234567.\n", [("MSG602", 1, 1)]),
    ("nl", "Uw terugbetaling is gestart voor bestelling 123-1234567-1234567.\n", [("MSG602", 1, 1)]),
    # a confirmation next to payment instructions is still one
    (
        "en",
        "Your order has been placed successfully. Please send your bank wire to the account below.\n",
        [("MSG602", 1, 1)],
    ),
    # an address block is no problem that justifies the message; a wrong address is
    ("en", "Thank you for your order.\n\nDelivery address: 1 Main Street\n", [("MSG602", 1, 1)]),
    (
        "en",
        "Your parcel has been shipped, but the house number in the address seems incomplete. Could you send it?\n",
        [],
    ),
    # "review" meaning "look at"
    ("en", "You can review this credit slip and download your invoice.\n", []),
    # a German ordinal date does not end the sentence: the request to change the review is found
    ("de", "Guten Tag,\n\nob Sie Ihre Bewertung vom 3. Mai eventuell anpassen könnten.\n", [("MSG504", 3, 1)]),
    # "on a safe place" is no alternative product; a sent message is no parcel
    ("es", "Guarda los datos de tu cuenta en lugar seguro.\n", []),
    ("it", "Il tuo messaggio è stato inviato correttamente.\n", []),
    # the words of a contact-form acknowledgement are a placeholder: not thanks-only
    ("en", "Thank you, your message has reached our team.\n\nYour message: {message}\n\nKind regards\n", []),
    ("en", "Thank you, your message has reached our team.\n\nKind regards\n", [("MSG603", 1, 1)]),
    # a delay of one day with a question is no stock-out notice
    (
        "de",
        "DHL hat uns mitgeteilt, dass sich die Zustellung um einen Tag verschiebt. Sollen wir das Paket an eine andere Adresse umleiten?\n",
        [],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_shop_mail_shapes(language: str, text: str, expected: list[tuple[str, int, int]]) -> None:
    got = [
        (d.code, d.line, d.column)
        for d in msglint.lint(text, "message.txt", language=language)
        if d.code.startswith(("MSG5", "MSG6"))
    ]
    assert got == expected
