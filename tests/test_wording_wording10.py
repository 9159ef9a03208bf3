"""Wording ideas of the tenth session (issue #10), from the causes of the eleventh blind set's tune
misses in en, de, fr, es, it and nl, written as our own probes of each idea (not fixture sentences),
with near misses that stay silent.

STEERING (MSG502): a review request that tells the buyer which praise to put in it ("when you write
your review, could you mention how comfortable the padding is", "insister sur la puissance du feu",
"ricordasse di dire che il casco è leggerissimo") is not neutral, with no positive or five-star word
in it. Modelled as part of POSITIVE (the concept already held "write in your review that ..."): a
request frame with a steering verb (highlight, stress, insist on, put forward) or a saying verb
with a degree or a that-clause ("mention how bright", "lo fácil que es"). Near misses: "mention
what you liked and what you did not", "if anything was wrong, mention that in your review",
"several reviews highlight the battery".
"""

from __future__ import annotations

import pytest
from conftest import wording

IDEAS = [
    (
        "en",
        "Hello,\n\nWhen you write your review of the lamp, could you mention how bright it is at night?\n\nBest regards\n",
    ),
    ("de", "Hallo,\n\nKönnten Sie in Ihrer Bewertung erwähnen, wie leise die Pumpe läuft?\n\nViele Grüße\n"),
    ("fr", "Bonjour,\n\nDans votre avis, pourriez-vous insister sur la légèreté de la poussette ?\n\nCordialement\n"),
    ("es", "Hola:\n\nCuando escriba su reseña, le agradeceríamos que destacara la suavidad de la manta.\n\nSaludos\n"),
    (
        "it",
        "Buongiorno,\n\nQuando scriverà la recensione, si ricordi di dire che la borraccia tiene il freddo tutto il giorno.\n\nCordiali saluti\n",
    ),
    (
        "nl",
        "Hallo,\n\nZou u in uw review willen benadrukken hoe stil de ventilator draait?\n\nMet vriendelijke groet\n",
    ),
]

NEAR_MISSES = [
    (
        "en",
        "Hello,\n\nWhen you write your review, feel free to mention what you liked and what you did not.\n\nBest regards\n",
    ),
    ("en", "Hello,\n\nIf anything was wrong, please mention that in your review or write to us.\n\nBest regards\n"),
    ("de", "Hallo,\n\nSchreiben Sie in Ihrer Bewertung gern, was Ihnen gefallen hat und was nicht.\n\nViele Grüße\n"),
    ("fr", "Bonjour,\n\nSi quelque chose ne va pas, signalez-le dans votre avis ou écrivez-nous.\n\nCordialement\n"),
    ("es", "Hola:\n\nEn su reseña puede contar lo bueno y lo malo de la manta.\n\nSaludos\n"),
    ("es", "Hola:\n\n¿Podría actualizar su dirección ahora que el pedido está listo?\n\nSaludos\n"),
    ("it", "Buongiorno,\n\nNella recensione può raccontare pregi e difetti della borraccia.\n\nCordiali saluti\n"),
    ("nl", "Hallo,\n\nIs er iets mis, vermeld dat dan gerust in uw review of mail ons.\n\nMet vriendelijke groet\n"),
]


@pytest.mark.parametrize(("lang", "body"), IDEAS)
def test_steering_the_review_towards_praise_is_review_bias(lang: str, body: str) -> None:
    assert [code for code, _, _ in wording(body, lang)] == ["MSG502"]
    assert wording(body, lang)[0][1] == 3  # the sentence that steers


@pytest.mark.parametrize(("lang", "body"), NEAR_MISSES)
def test_a_neutral_or_problem_mention_stays_silent(lang: str, body: str) -> None:
    assert wording(body, lang) == []
