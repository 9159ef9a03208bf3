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

STATUS LINES AND RUN-ON NOTES (MSG602, MSG604), es and it: a shop system's field line whose value is
a done status ("Estado: confirmado", "Evento: pacco consegnato"); "solo queríamos decirle que ya
tenemos su pedido ... sale de nuestro almacén" (an announcement frame, a receipt, a departure); a
supplier that failed and goods not in "hasta finales de mes", with another brand offered.

PRECISION (es, it): a product named in the order ("su pedido de la batería") is no battery-safety
service; "solo se lavato a 60 gradi" is no condition on satisfaction; "capire se il tetto regge" is
an indirect question, no condition; "un giudizio buono o meno" is neither a voucher nor bias;
"espera un poco" is waiting, not a wish.

MORE CLASSES: "a minute to review the kettle" is the buyer's review (not "we need a minute to review
the photos"); "an uns und nicht an die Bewertungsseite" diverts the review; "<adjective> Grüße" is a
closing; a minus percentage is a sale; "korting op hun volgende aankoop", "dia un'occhiata al nostro
negozio" are marketing; "when you're finished" is a condition about time; an item left behind when
packing is the problem a follow-up shipment remedies.
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

PURPOSE_IDEAS = [
    (
        "it",
        "Aggiornamento ordine\nCiao,\nOrdine: 402-1234567-1234567\nEvento: pacco consegnato\nData: ieri\nNegozio Rossi\n",
        [("MSG602", 4, 1)],
    ),
    (
        "es",
        "Hola:\n\nPedido: 402-1234567-1234567\nEstado: confirmado\nArtículos: 1 lámpara de mesa\n\nTienda Luz\n",
        [("MSG602", 4, 1)],
    ),
    (
        "es",
        "Hola:\n\nNuestro proveedor nos ha fallado con las bombillas y no nos llegan hasta mediados de mes, así que puede esperar o le mandamos las de otra marca.\n\nSaludos\n",
        [("MSG604", 3, 1)],
    ),
    (
        "es",
        "Hola:\n\nSolo queríamos contarle que ya tenemos su pedido de la lámpara y que hoy sale de nuestro taller.\n\nSaludos\n",
        [("MSG602", 3, 1)],
    ),
]

MORE_IDEAS = [
    (
        "en",
        "Hi,\n\nIf you find a minute to review the kettle, we'll refund your shipping costs as a thank-you.\n\nBest\n",
        [("MSG501", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nbei Problemen mit dem Akku wenden Sie sich bitte direkt an uns und nicht an die Bewertungsseite.\n\nViele Grüße\n",
        [("MSG503", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nvielen Dank für deine Bestellung, wir hoffen, die Kerzen machen dir viel Freude.\n\nSonnige Grüße\nKerzenhaus\n",
        [("MSG603", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nKlanten van ons krijgen nu 5 euro korting op hun volgende aankoop in onze winkel.\n\nGroet\n",
        [("MSG601", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nSulla nostra vetrina trova anche pennelli e tele: dia un'occhiata al nostro negozio!\n\nSaluti\n",
        [("MSG601", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nNotre coffret aquarelle complet est à -20 % jusqu'à dimanche.\n\nBonne journée\n",
        [("MSG601", 3, 1)],
    ),
]

PURPOSE_NEAR_MISSES = [
    (
        "it",
        "Buongiorno,\n\nabbiamo letto la sua recensione sul copripiumino. Il tessuto si restringe solo se lavato a 60 gradi, come indicato sull'etichetta.\n\nCordiali saluti\n",
    ),
    (
        "it",
        "Ciao,\n\nse ti va, che sia un giudizio buono o meno, puoi lasciare una recensione su Amazon.\n\nA presto\n",
    ),
    (
        "it",
        "Ciao,\n\nci farebbe piacere leggere un tuo parere sincero su Amazon, perché ci serve per capire se la vernice regge bene all'umidità.\n\nGrazie\n",
    ),
    ("en", "Hi,\n\nWe need a minute to review the photos you sent. Could you send one more of the back?\n\nBest\n"),
    (
        "en",
        "Hi,\n\nWhen you're finished with the puzzle we'd be glad if you left an honest review on Amazon, good or bad.\n\nCheers\n",
    ),
    (
        "nl",
        "Beste klant,\n\nU meldde dat er een hoesje ontbrak. Dat klopt: het tweede hoesje is bij het inpakken achtergebleven. Wij hebben het vandaag alsnog naar u verstuurd.\n\nMet vriendelijke groet\n",
    ),
    ("it", "Buongiorno,\n\nPer montare il supporto, dia un'occhiata al manuale allegato.\n\nSaluti\n"),
    ("es", "Hola:\n\nNo tenemos su pedido en el sistema, ¿podría comprobar el número?\n\nSaludos\n"),
]


@pytest.mark.parametrize(("lang", "body", "expected"), PURPOSE_IDEAS + MORE_IDEAS)
def test_status_lines_and_run_on_notes_are_found_at_their_sentence(
    lang: str, body: str, expected: list[tuple[str, int, int]]
) -> None:
    assert wording(body, lang) == expected


@pytest.mark.parametrize(("lang", "body"), PURPOSE_NEAR_MISSES)
def test_the_purpose_near_miss_stays_silent(lang: str, body: str) -> None:
    assert wording(body, lang) == []


@pytest.mark.parametrize(("lang", "body"), IDEAS)
def test_steering_the_review_towards_praise_is_review_bias(lang: str, body: str) -> None:
    assert [code for code, _, _ in wording(body, lang)] == ["MSG502"]
    assert wording(body, lang)[0][1] == 3  # the sentence that steers


@pytest.mark.parametrize(("lang", "body"), NEAR_MISSES)
def test_a_neutral_or_problem_mention_stays_silent(lang: str, body: str) -> None:
    assert wording(body, lang) == []
