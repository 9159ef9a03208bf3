"""MSG601 for the voucher, birthday and referral mails of shop systems: a voucher made out to
the buyer, its code, "paste it into your next basket", a discount waiting in the account, a
referral programme; and the neutral wording next to them that stays silent (a voucher the buyer
used, a parcel waiting at the post office, a request about the next order). Written in the style
of shop-system notices; none is copied from a real template."""

from __future__ import annotations

import pytest
from conftest import lint_text

ORDER = "123-1234567-1234567"


def marketing(body: str, lang: str) -> list[tuple[str, int, int]]:
    """The MSG601 findings of ``body`` (``{o}``: the order number) as line 3 of a message."""
    text = "Hello,\n\n" + body.format(o=ORDER) + "\n\nBest regards\n"
    return [d for d in lint_text(text, "m.txt", language=lang) if d[0] == "MSG601"]


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "We let you know that a voucher in your name has been created after order {o}."),
        ("en", "Here is the code of your voucher: AB12, worth 5 EUR (order {o})."),
        ("en", "For order {o}: simply paste this code into your next basket before paying."),
        ("en", "A discount voucher is waiting for you in your account (order {o})."),
        ("en", "Invite a friend through our refer-a-friend programme and win a voucher (order {o})!"),
        ("en", "Thanks to our customer recommendation scheme we grant you a reward of 5 EUR (order {o})."),
        ("de", "Im Rahmen unseres Empfehlungsprogramms steht ein Gutschein für Sie bereit (Bestellung {o})."),
        ("de", "Ein Gutschein über 5 EUR liegt in Ihrem Kundenkonto bereit (Bestellung {o})."),
        ("de", "Hier ist der Code für Ihren Gutschein zur Bestellung {o}: AB12."),
        ("de", "Setzen Sie den Code einfach beim Bezahlen Ihrer nächsten Bestellung ein (Bestellung {o})."),
        ("de", "Ein Rabattgutschein wartet in Ihrem Kundenkonto auf Sie (Bestellung {o})."),
        ("es", "Hemos creado un vale de descuento a su nombre tras el pedido {o}."),
        ("es", "Únase a nuestro programa de recomendación y gane un vale de 5 EUR (pedido {o})."),
        ("es", "Pegue este código en la cesta de su próxima compra (pedido {o})."),
    ],
)
def test_voucher_and_referral_mails_are_marketing(lang: str, body: str) -> None:
    assert marketing(body, lang) == [("MSG601", 3, 1)]


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "You used a discount voucher on order {o}; it stays valid for the replacement."),
        ("en", "Your parcel for order {o} is waiting for you at the post office."),
        ("en", "The gift card you paid order {o} with has been refunded to your account."),
        ("en", "Please add the engraving text for order {o} to your next message."),
        ("de", "Bitte geben Sie bei Ihrer nächsten Bestellung die vollständige Adresse an (Bestellung {o})."),
        ("de", "Ihr Paket zur Bestellung {o} wartet in der Filiale auf Sie."),
        ("es", "Su paquete del pedido {o} le espera en la oficina de correos."),
        ("es", "Usted utilizó un cupón en el pedido {o}."),
    ],
)
def test_neutral_wording_beside_vouchers_stays_silent(lang: str, body: str) -> None:
    assert marketing(body, lang) == []
