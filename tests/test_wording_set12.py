"""The ideas the twelfth blind set (``tune12``) showed missing or over-read, each as new wording
(not the set's text) with its line and column, and the near misses that must stay silent: an
alternative *address* or a time window ("the next two weeks") is no delay notice, a legal
withdrawal notice no request to cancel, a size choice in a customisation question no
alternative product, "whatever your opinion" no gating."""

from __future__ import annotations

import pytest
from conftest import lint_text

ORDER = "123-1234567-1234567"
RULES = {"MSG501", "MSG502", "MSG503", "MSG504", "MSG601", "MSG602", "MSG603", "MSG604"}


def found(text: str, lang: str) -> list[tuple[str, int, int]]:
    return [d for d in lint_text(text, "m.txt", language=lang) if d[0] in RULES]


@pytest.mark.parametrize(
    ("lang", "body", "code", "column"),
    [
        ("en", f"The watering can from order {ORDER} sold out faster than we expected.", "MSG604", 1),
        ("en", f"For order {ORDER} we could switch the kettle for a comparable model from another maker.", "MSG604", 1),
        ("sv", f"Tyvärr har vi just nu slut på termosen i din order {ORDER}.", "MSG604", 1),
        (
            "fr",
            f"Publiez un avis sur la théière (commande {ORDER}) et nous vous offrirons une boîte de thé.",
            "MSG501",
            1,
        ),
        (
            "nl",
            f"Wij zouden een review met het maximale aantal sterren voor bestelling {ORDER} waarderen.",
            "MSG502",
            1,
        ),
        ("de", f"Eine Bestnote für die Thermoskanne aus Bestellung {ORDER} würde uns sehr helfen.", "MSG502", 1),
        # the gating sentence, after the thanks
        (
            "fr",
            f"Merci pour la commande {ORDER}. En cas de déception, évitez de noter l'article : écrivez-nous.",
            "MSG503",
            45,
        ),
    ],
)
def test_new_wording_of_a_forbidden_idea(lang: str, body: str, code: str, column: int) -> None:
    assert found(f"Hello,\n\n{body}\n\nBest regards\n", lang) == [(code, 3, column)]


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("de", f"Bitte nennen Sie uns für Bestellung {ORDER} Ihre Postnummer oder eine alternative Lieferadresse."),
        ("fr", f"Pour la commande {ORDER}, indiquez-nous une adresse de livraison alternative."),
        ("es", f"Para el pedido {ORDER}, indíquenos una dirección de entrega alternativa."),
        ("it", f"Per l'ordine {ORDER} ci indichi un indirizzo di consegna alternativo."),
        ("nl", f"Geef voor bestelling {ORDER} een alternatief afleveradres door."),
        (
            "fr",
            f"Quels jours êtes-vous chez vous au cours des deux prochaines semaines (commande {ORDER}) ? Cela évite les retards.",
        ),
        ("es", f"¿Qué días estará en casa durante las próximas dos semanas (pedido {ORDER})? Así evitamos retrasos."),
        ("it", f"In quali giorni sarà a casa nelle prossime due settimane (ordine {ORDER})? Così evitiamo ritardi."),
        ("nl", f"Op welke dagen bent u de komende twee weken thuis (bestelling {ORDER})? Zo voorkomen we vertraging."),
        ("en", f"Attached is the withdrawal notice for order {ORDER}: you may cancel the contract within 14 days."),
        (
            "sv",
            f"Du valde storlek XL till de broderade vantarna i order {ORDER}. Ska vi sy storlek M i stället, eller är XL rätt?",
        ),
        (
            "tr",
            f"{ORDER} numaralı siparişiniz için Amazon'da yorum yazabilirsiniz. Görüşünüz ne olursa olsun yardımcı olur.",
        ),
        ("es", f"¿Te gustaría recibir el manual del pedido {ORDER} en papel? Te lo enviamos con gusto."),
        ("pt", f"A ducha do pedido {ORDER} foi enviada sem o anel de vedação; enviaremos a peça amanhã."),
    ],
)
def test_near_misses_stay_silent(lang: str, body: str) -> None:
    assert found(f"Hello,\n\n{body}\n\nBest regards\n", lang) == []


def test_a_suspended_hyphen_is_no_spelling_mistake() -> None:
    """'Elektro- und Elektronikgeräte': the first part is a compound's head (its tail comes
    after 'und'); a real typo in the same place is still reported."""
    ok = f"Hallo,\n\nanbei die Hinweise nach dem Elektro- und Elektronikgerätegesetz zu Bestellung {ORDER}.\n\nGrüße\n"
    bad = ok.replace("Elektro-", "Elektrp")
    assert [c for c, _, _ in lint_text(ok, "m.txt", language="de") if c == "MSG403"] == []
    assert [c for c, _, _ in lint_text(bad, "m.txt", language="de") if c == "MSG403"] == ["MSG403"]
