"""Confirmation wording the thirteenth blind set (``tune13``) showed missing, as new sentences
(not the set's text) at their line and column, and the permitted messages next to them that must
stay silent: a replacement sent for the problem in the sentence before; and a bank's few days
for a refund to show, which is no carrier delay."""

from __future__ import annotations

import pytest
from conftest import lint_text

ORDER = "123-1234567-1234567"
RULES = {"MSG501", "MSG502", "MSG503", "MSG504", "MSG601", "MSG602", "MSG603", "MSG604"}


def found(text: str, lang: str) -> list[tuple[str, int, int]]:
    return [d for d in lint_text(text, "m.txt", language=lang) if d[0] in RULES]


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", f"I packed the planter from order {ORDER} this morning and dropped it off with the courier."),
        ("de", f"Laut Sendungsverfolgung ist Ihr Krug aus Bestellung {ORDER} heute bei Ihnen angekommen."),
        ("sv", f"Enligt spårningen har din mössa (order {ORDER}) kommit fram i dag."),
        ("fr", f"Nous venons de vous rembourser la commande {ORDER} en totalité."),
        ("es", f"El repartidor ya lleva su pedido {ORDER} en la furgoneta."),
    ],
)
def test_a_done_status_in_new_words_is_a_confirmation(lang: str, body: str) -> None:
    assert found(f"Hello,\n\n{body}\n\nBest regards\n", lang) == [("MSG602", 3, 1)]


@pytest.mark.parametrize(
    ("lang", "title"),
    [("de", "Stornierungsbestätigung"), ("es", "Cancelación de pedido"), ("en", "Cancellation confirmation")],
)
def test_a_cancellation_heading_of_a_shop_notification(lang: str, title: str) -> None:
    text = f"Hello,\n\n{title}\nOrder: {ORDER}\n\nBest regards\n"
    assert found(text, lang) == [("MSG602", 3, 1)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            f"Olá,\n\nO jogo de panelas (6 peças) do pedido {ORDER} tinha uma tampa trincada. "
            "Vamos enviar uma tampa nova amanhã.\n\nAtenciosamente\n",
        ),
    ],
)
def test_a_fix_shipped_after_a_problem_is_no_confirmation(lang: str, text: str) -> None:
    """A set of six pieces is no spare part (SERVICE), and the replacement is the fix of the
    problem in the sentence before (PROBLEM next to it exempts)."""
    assert [c for c, _, _ in found(text, lang) if c == "MSG602"] == []


def test_a_bank_few_days_do_not_hide_a_refund_confirmation() -> None:
    """'It may take a few days to show on the statement' is no carrier delay (which exempts)."""
    text = (
        f"Olá,\n\nRecebemos a devolução do pedido {ORDER} e já estornamos o valor no seu cartão. "
        "Pode levar alguns dias para aparecer na fatura.\n\nAtenciosamente\n"
    )
    assert [c for c, _, _ in found(text, "pt")] == ["MSG602"]
