"""Wording ideas of the eighth session (issue #10), modelled as STRUCTURE in en, de, fr, es, it and nl,
written as our own probes of each idea the way different sellers write it (not fixture sentences),
with near misses that stay silent.

INCENTIVE (MSG501): the benefit is open (store credit, loyalty points, priority service, a longer
warranty, part of the price back, a surprise in the next parcel); what is closed-class is the
EXCHANGE: a review act inside a condition, purpose or exchange clause (REVIEW-CONDITION: "if/once/
after you review", "for your review", "in return for your rating", "every reviewer", "customers who
rate", "everyone who does") with a GIVE-TO-BUYER predicate (REWARD-SEND: "we give/credit/add ...
you", "you get/receive/earn", "reviewers get a", "there is ... for you") in the same sentence or the
next. Near misses: a replacement sent and an honest review asked in separate sentences, "if you
leave a review, it helps other buyers", "reviews help small shops", a refund for damage next to a
neutral review request, "you will receive a confirmation e-mail from Amazon".

CONFIRMATION (MSG602): an announcement frame (ANNOUNCE: "just a quick note", "good news", "just to
let you know", "kurz zur Info", "bonne nouvelle", "ter informatie") near a movement or completion
predicate (DONE, now also "is travelling", "is on the truck", "back on your card", "beim
Paketdienst"), whatever was done, in a message with no question, request, problem, service,
document, review, reply or voucher within four sentences. Near misses: the same note in a message
that solves a problem (missing house number, a damaged lid) or asks something, "our workshop is
closed on Friday".

THANKS-ONLY (MSG603): warm, longer messages whose sentences are thanks, wishes, greetings, closings
or availability; the wish frame is closed-class and the predicate open: a sentence-initial
subjunctive ("May your plants grow strong", "Möge die Teekanne ...", "Que la théière vous apporte
...", "Possa la teiera ...", "Mogen uw planten ..."), "thanks for supporting/choosing X", "siamo
felici che ...". Near misses: thanks with a real question, an attached invoice, a care instruction,
a delivery slot, a review request.

PRECISION: an offer to fix next to an honest review request ("If something is wrong, contact us so
we can fix it") is not gating; an answer word ("wenn ja", "if so", "si oui") is gated only by what
the question before it asked (arrival is not an outcome); "seulement si vous avez le temps" is a
condition about time; a frequency ("every four weeks") is no delay; "a été livré" is not the summer
(French "été"); a delay answer with a new date is not thanks-only.

From the ninth blind set's tune part, by idea and in our own words: cross-selling ("customers who
bought this also loved", "why not pair it with"), a comment taken down (not a comment field), "tell
others about it on Amazon", "für Rezensenten ... gutschreiben", "vorerst auf eine Bewertung
verzichten", a remedy inside a contact-first sentence (no incentive), a whether-or list ("ob
begeistert, kritisch oder ..."), a reply to what the buyer mentioned, a baby size in months, "en su
lugar de trabajo", "le plus beau des cadeaux", a code with a discount, "notre porte reste ouverte",
"dan doen we er ... bij" (a consequence, not "then"), "voor de tevreden klanten onder ons"; a delivery
time window ("zwischen 8 und 12 Uhr gebucht") is scheduling, not a confirmation.

Each finding is at the exact line and column of the sentence that carries the purpose.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_cli_positions, wording

from msglint.text.concepts import Combo, annotate_texts
from msglint.text.phrases import fold

IDEAS = [
    (
        "en",
        "Hello,\n\nThanks for your order. If you review the kettle on Amazon, we will credit your account with store credit.\n\nBest regards\n",
        [("MSG501", 3, 24)],
    ),
    (
        "en",
        "Hello,\n\nOnce you have rated the lamp, we add loyalty points to your customer account.\n\nBest regards\n",
        [("MSG501", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nAfter you review the blender, you get priority service on your next repair.\n\nBest regards\n",
        [("MSG501", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nEvery reviewer receives a bonus item with their next parcel.\n\nBest regards\n",
        [("MSG501", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nThose who rate the mug on Amazon earn a free refill of coffee beans.\n\nBest regards\n",
        [("MSG501", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nFor your review we give you a longer warranty on the chair.\n\nBest regards\n",
        [("MSG501", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nIn return for your review, part of the price goes back to you.\n\nBest regards\n",
        [("MSG501", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nAs a thank-you for your review, there is a surprise for you in the next parcel.\n\nBest regards\n",
        [("MSG501", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nWrite a review of the grinder and you will receive a spare burr set.\n\nBest regards\n",
        [("MSG501", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nPlease rate the speaker on Amazon. Everyone who does gets a carrying case from us.\n\nBest regards\n",
        [("MSG501", 3, 36)],
    ),
    (
        "en",
        "Hello,\n\nIf you leave us a review, we will send you a second set of brushes.\n\nBest regards\n",
        [("MSG501", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nCustomers who review the tent get an extra year of guarantee.\n\nBest regards\n",
        [("MSG501", 3, 1)],
    ),
    ("en", "Hello,\n\nLeave a review and we'll put you into our monthly draw.\n\nBest regards\n", [("MSG501", 3, 1)]),
    (
        "en",
        "Hello,\n\nOnce your review is online, we reward you with a pack of filters.\n\nBest regards\n",
        [("MSG501", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nRate the kettle on Amazon and we give you 15% of the price back.\n\nBest regards\n",
        [("MSG501", 3, 1)],
    ),
    ("en", "Hello,\n\nEveryone who rates the lamp gets a spare bulb.\n\nBest regards\n", [("MSG501", 3, 1)]),
    (
        "de",
        "Hallo,\n\nWenn Sie den Wasserkocher bewerten, schreiben wir Ihrem Kundenkonto ein Guthaben gut.\n\nViele Grüße\n",
        [("MSG501", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nSobald Sie die Lampe bewertet haben, erhalten Sie Treuepunkte auf Ihr Kundenkonto.\n\nViele Grüße\n",
        [("MSG501", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nNachdem Sie den Mixer bewertet haben, bekommen Sie bevorzugten Service bei der nächsten Reparatur.\n\nViele Grüße\n",
        [("MSG501", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nJeder Rezensent erhält ein Bonusartikel mit dem nächsten Paket.\n\nViele Grüße\n",
        [("MSG501", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nFür Ihre Bewertung schenken wir Ihnen ein Jahr zusätzliche Garantie.\n\nViele Grüße\n",
        [("MSG501", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nAls Dankeschön für Ihre Rezension gibt es im nächsten Paket eine Überraschung für Sie.\n\nViele Grüße\n",
        [("MSG501", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nSchreiben Sie eine Bewertung und Sie erhalten einen Ersatzfilter.\n\nViele Grüße\n",
        [("MSG501", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nAlle Kunden, die den Stuhl bewerten, bekommen eine längere Garantie.\n\nViele Grüße\n",
        [("MSG501", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nIm Gegenzug für Ihre Bewertung erstatten wir Ihnen einen Teil des Kaufpreises.\n\nViele Grüße\n",
        [("MSG501", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nWer das Zelt bewertet, nimmt an unserer monatlichen Verlosung teil.\n\nViele Grüße\n",
        [("MSG501", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nSi vous évaluez la bouilloire, nous créditons votre compte d'un avoir.\n\nCordialement\n",
        [("MSG501", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nUne fois que vous avez noté la lampe, vous recevez des points de fidélité.\n\nCordialement\n",
        [("MSG501", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nAprès avoir évalué le mixeur, vous bénéficiez d'un service prioritaire.\n\nCordialement\n",
        [("MSG501", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nChaque client qui laisse un avis reçoit un article bonus dans son prochain colis.\n\nCordialement\n",
        [("MSG501", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nPour votre avis, nous vous offrons une garantie prolongée sur la chaise.\n\nCordialement\n",
        [("MSG501", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nEn échange de votre avis, une partie du prix vous est remboursée.\n\nCordialement\n",
        [("MSG501", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nPour vous remercier de votre avis, une surprise vous attend dans le prochain colis.\n\nCordialement\n",
        [("MSG501", 3, 1)],
    ),
    ("fr", "Bonjour,\n\nLaissez un avis et vous recevrez un jeu de filtres.\n\nCordialement\n", [("MSG501", 3, 1)]),
    (
        "fr",
        "Bonjour,\n\nTous ceux qui notent la tente participent à notre tirage au sort mensuel.\n\nCordialement\n",
        [("MSG501", 3, 1)],
    ),
    (
        "es",
        "Hola,\n\nSi valora el hervidor en Amazon, le abonamos un saldo en su cuenta.\n\nSaludos\n",
        [("MSG501", 3, 1)],
    ),
    (
        "es",
        "Hola,\n\nUna vez que haya valorado la lámpara, recibirá puntos de fidelidad.\n\nSaludos\n",
        [("MSG501", 3, 1)],
    ),
    (
        "es",
        "Hola,\n\nDespués de valorar la batidora, obtendrá servicio prioritario en su próxima reparación.\n\nSaludos\n",
        [("MSG501", 3, 1)],
    ),
    (
        "es",
        "Hola,\n\nCada cliente que deja una reseña recibe un artículo extra en su próximo paquete.\n\nSaludos\n",
        [("MSG501", 3, 1)],
    ),
    ("es", "Hola,\n\nPor su reseña le regalamos un año más de garantía.\n\nSaludos\n", [("MSG501", 3, 1)]),
    (
        "es",
        "Hola,\n\nComo agradecimiento por su reseña, hay una sorpresa para usted en el próximo paquete.\n\nSaludos\n",
        [("MSG501", 3, 1)],
    ),
    ("es", "Hola,\n\nDeje una reseña y recibirá un juego de filtros.\n\nSaludos\n", [("MSG501", 3, 1)]),
    (
        "es",
        "Hola,\n\nTodos los que valoren la tienda de campaña participan en nuestro sorteo mensual.\n\nSaludos\n",
        [("MSG501", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nSe valuta il bollitore su Amazon, Le accreditiamo un credito sul Suo conto.\n\nCordiali saluti\n",
        [("MSG501", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nUna volta valutata la lampada, riceverà punti fedeltà.\n\nCordiali saluti\n",
        [("MSG501", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nDopo aver recensito il frullatore, otterrà un servizio prioritario.\n\nCordiali saluti\n",
        [("MSG501", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nOgni cliente che lascia una recensione riceve un articolo bonus nel prossimo pacco.\n\nCordiali saluti\n",
        [("MSG501", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nPer la Sua recensione Le regaliamo un anno di garanzia in più.\n\nCordiali saluti\n",
        [("MSG501", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nIn cambio della Sua recensione, Le rimborsiamo parte del prezzo.\n\nCordiali saluti\n",
        [("MSG501", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nCome ringraziamento per la Sua recensione, c'è una sorpresa per Lei nel prossimo pacco.\n\nCordiali saluti\n",
        [("MSG501", 3, 1)],
    ),
    ("it", "Buongiorno,\n\nLasci una recensione e riceverà un set di filtri.\n\nCordiali saluti\n", [("MSG501", 3, 1)]),
    (
        "it",
        "Buongiorno,\n\nTutti quelli che valutano la tenda partecipano alla nostra estrazione mensile.\n\nCordiali saluti\n",
        [("MSG501", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nAls u de waterkoker beoordeelt, schrijven wij tegoed bij op uw klantaccount.\n\nMet vriendelijke groet\n",
        [("MSG501", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nZodra u de lamp hebt beoordeeld, ontvangt u spaarpunten.\n\nMet vriendelijke groet\n",
        [("MSG501", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nNadat u de blender hebt beoordeeld, krijgt u voorrang bij de volgende reparatie.\n\nMet vriendelijke groet\n",
        [("MSG501", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nElke klant die een review schrijft, krijgt een extra artikel in het volgende pakket.\n\nMet vriendelijke groet\n",
        [("MSG501", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nVoor uw review geven wij u een jaar extra garantie.\n\nMet vriendelijke groet\n",
        [("MSG501", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nIn ruil voor uw review krijgt u een deel van de prijs terug.\n\nMet vriendelijke groet\n",
        [("MSG501", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nAls bedankje voor uw review zit er een verrassing voor u in het volgende pakket.\n\nMet vriendelijke groet\n",
        [("MSG501", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nSchrijf een review en u ontvangt een set filters.\n\nMet vriendelijke groet\n",
        [("MSG501", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nIedereen die de tent beoordeelt, doet mee aan onze maandelijkse loting.\n\nMet vriendelijke groet\n",
        [("MSG501", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nJust a quick note: your order left our workshop this morning.\n\nBest regards\n",
        [("MSG602", 3, 1)],
    ),
    ("en", "Hello,\n\nGood news, your parcel is travelling to you.\n\nBest regards\n", [("MSG602", 3, 1)]),
    ("en", "Hello,\n\nJust to let you know, the money is back on your card.\n\nBest regards\n", [("MSG602", 3, 1)]),
    ("en", "Hello,\n\nQuick update: your lamp is now with the courier.\n\nBest regards\n", [("MSG602", 3, 1)]),
    (
        "en",
        "Hello,\n\nGood news! Your package is on the road and should reach you soon.\n\nBest regards\n",
        [("MSG602", 3, 12)],
    ),
    (
        "en",
        "Hello,\n\nJust wanted to say that your order is packed and with DHL.\n\nBest regards\n",
        [("MSG602", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nA short note to let you know your refund has reached your account.\n\nBest regards\n",
        [("MSG602", 3, 1)],
    ),
    ("en", "Hello,\n\nJust a heads-up: your parcel went out with today's post.\n\nBest regards\n", [("MSG602", 3, 1)]),
    (
        "en",
        "Hello,\n\nI wanted to let you know that your rug is on the truck now.\n\nBest regards\n",
        [("MSG602", 3, 1)],
    ),
    ("en", "Hello,\n\nGood news: the amount has been returned to your card.\n\nBest regards\n", [("MSG602", 3, 1)]),
    (
        "en",
        "Hello,\n\nQuick note from the workshop: your chair is finished and on its way to you.\n\nBest regards\n",
        [("MSG602", 3, 1)],
    ),
    ("en", "Hello,\n\nJust a line to say your parcel is heading your way.\n\nBest regards\n", [("MSG602", 3, 1)]),
    (
        "de",
        "Hallo,\n\nNur kurz zur Info: Ihre Bestellung hat heute Morgen unsere Werkstatt verlassen.\n\nViele Grüße\n",
        [("MSG602", 3, 1)],
    ),
    ("de", "Hallo,\n\nGute Nachricht, Ihr Paket ist zu Ihnen unterwegs.\n\nViele Grüße\n", [("MSG602", 3, 1)]),
    ("de", "Hallo,\n\nKurz zur Info: Das Geld ist wieder auf Ihrer Karte.\n\nViele Grüße\n", [("MSG602", 3, 1)]),
    (
        "de",
        "Hallo,\n\nNur eine kurze Nachricht: Ihre Lampe ist jetzt beim Paketdienst.\n\nViele Grüße\n",
        [("MSG602", 3, 1)],
    ),
    ("de", "Hallo,\n\nGute Neuigkeiten! Ihr Teppich ist auf dem Weg zu Ihnen.\n\nViele Grüße\n", [("MSG602", 3, 19)]),
    (
        "de",
        "Hallo,\n\nWir wollten Ihnen nur kurz mitteilen, dass der Betrag Ihrem Konto gutgeschrieben wurde.\n\nViele Grüße\n",
        [("MSG602", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nKurze Info aus der Werkstatt: Ihr Stuhl ist fertig und auf dem Weg zu Ihnen.\n\nViele Grüße\n",
        [("MSG602", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nGute Nachrichten: Ihr Päckchen ist heute mit der Post rausgegangen.\n\nViele Grüße\n",
        [("MSG602", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nJuste un petit mot : votre commande a quitté notre atelier ce matin.\n\nCordialement\n",
        [("MSG602", 3, 1)],
    ),
    ("fr", "Bonjour,\n\nBonne nouvelle, votre colis voyage vers vous.\n\nCordialement\n", [("MSG602", 3, 1)]),
    (
        "fr",
        "Bonjour,\n\nPour information, l'argent est de nouveau sur votre carte.\n\nCordialement\n",
        [("MSG602", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nPetit point rapide : votre lampe est maintenant chez le transporteur.\n\nCordialement\n",
        [("MSG602", 3, 1)],
    ),
    ("fr", "Bonjour,\n\nBonne nouvelle ! Votre tapis est en route vers vous.\n\nCordialement\n", [("MSG602", 3, 18)]),
    (
        "fr",
        "Bonjour,\n\nNous voulions simplement vous informer que le montant a été recrédité sur votre compte.\n\nCordialement\n",
        [("MSG602", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nUn petit mot de l'atelier : votre chaise est terminée et en chemin vers vous.\n\nCordialement\n",
        [("MSG602", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nBonne nouvelle : votre paquet est parti avec le courrier du jour.\n\nCordialement\n",
        [("MSG602", 3, 1)],
    ),
    (
        "es",
        "Hola,\n\nSolo una nota rápida: su pedido salió de nuestro taller esta mañana.\n\nSaludos\n",
        [("MSG602", 3, 1)],
    ),
    ("es", "Hola,\n\nBuenas noticias, su paquete viaja hacia usted.\n\nSaludos\n", [("MSG602", 3, 1)]),
    (
        "es",
        "Hola,\n\nSolo para informarle: el dinero ya está de vuelta en su tarjeta.\n\nSaludos\n",
        [("MSG602", 3, 1)],
    ),
    ("es", "Hola,\n\nBreve actualización: su lámpara ya está con el transportista.\n\nSaludos\n", [("MSG602", 3, 1)]),
    ("es", "Hola,\n\n¡Buenas noticias! Su alfombra está en camino.\n\nSaludos\n", [("MSG602", 3, 19)]),
    (
        "es",
        "Hola,\n\nQueríamos informarle de que el importe se ha abonado en su cuenta.\n\nSaludos\n",
        [("MSG602", 3, 1)],
    ),
    (
        "es",
        "Hola,\n\nUna nota desde el taller: su silla está terminada y de camino hacia usted.\n\nSaludos\n",
        [("MSG602", 3, 1)],
    ),
    ("es", "Hola,\n\nBuenas noticias: su paquete salió hoy con el correo.\n\nSaludos\n", [("MSG602", 3, 1)]),
    (
        "it",
        "Buongiorno,\n\nSolo una breve nota: il Suo ordine ha lasciato il nostro laboratorio stamattina.\n\nCordiali saluti\n",
        [("MSG602", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nBuone notizie, il Suo pacco sta viaggiando verso di Lei.\n\nCordiali saluti\n",
        [("MSG602", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nSolo per informarLa: i soldi sono di nuovo sulla Sua carta.\n\nCordiali saluti\n",
        [("MSG602", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nBreve aggiornamento: la Sua lampada è ora presso il corriere.\n\nCordiali saluti\n",
        [("MSG602", 3, 1)],
    ),
    ("it", "Buongiorno,\n\nBuone notizie! Il Suo tappeto è in viaggio.\n\nCordiali saluti\n", [("MSG602", 3, 16)]),
    (
        "it",
        "Buongiorno,\n\nVolevamo informarLa che l'importo è stato riaccreditato sul Suo conto.\n\nCordiali saluti\n",
        [("MSG602", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nUna nota dal laboratorio: la Sua sedia è finita e in viaggio verso di Lei.\n\nCordiali saluti\n",
        [("MSG602", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nBuone notizie: il Suo pacchetto è partito oggi con la posta.\n\nCordiali saluti\n",
        [("MSG602", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nEven een kort berichtje: uw bestelling heeft vanochtend onze werkplaats verlaten.\n\nMet vriendelijke groet\n",
        [("MSG602", 3, 1)],
    ),
    ("nl", "Hallo,\n\nGoed nieuws, uw pakket is naar u onderweg.\n\nMet vriendelijke groet\n", [("MSG602", 3, 1)]),
    (
        "nl",
        "Hallo,\n\nTer informatie: het geld staat weer op uw kaart.\n\nMet vriendelijke groet\n",
        [("MSG602", 3, 1)],
    ),
    ("nl", "Hallo,\n\nKorte update: uw lamp is nu bij de vervoerder.\n\nMet vriendelijke groet\n", [("MSG602", 3, 1)]),
    ("nl", "Hallo,\n\nGoed nieuws! Uw vloerkleed is onderweg naar u.\n\nMet vriendelijke groet\n", [("MSG602", 3, 14)]),
    (
        "nl",
        "Hallo,\n\nWe wilden u even laten weten dat het bedrag op uw rekening is teruggestort.\n\nMet vriendelijke groet\n",
        [("MSG602", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nEen berichtje uit de werkplaats: uw stoel is klaar en onderweg naar u.\n\nMet vriendelijke groet\n",
        [("MSG602", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nGoed nieuws: uw pakketje is vandaag met de post meegegaan.\n\nMet vriendelijke groet\n",
        [("MSG602", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nThank you so much for choosing our little shop. We hope the blanket brings you many cosy evenings. If you need anything at all, we are just a message away.\n\nBest regards\n",
        [("MSG603", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nMany thanks for your order! May the teapot bring you many calm mornings. Enjoy every cup.\n\nBest regards\n",
        [("MSG603", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nWe are so grateful you picked our candles. We hope they fill your home with warm light this winter. Should you need anything, just write to us. Have a wonderful week.\n\nBest regards\n",
        [("MSG603", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nThanks a lot for your purchase. It was a pleasure to pack it for you. We wish you lots of fun with your new puzzle.\n\nBest regards\n",
        [("MSG603", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nA big thank you from all of us in the workshop. We hope the stool serves you well for many years. We are here whenever you need us.\n\nBest regards\n",
        [("MSG603", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nThank you for supporting a small family business. Your order made our day. Enjoy your new mug and have a lovely weekend.\n\nBest regards\n",
        [("MSG603", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nThanks again for shopping with us. We hope your daughter loves her new backpack. Wishing you a great start to the school year.\n\nBest regards\n",
        [("MSG603", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nWe just wanted to say thank you. Every order means a lot to our small team. Enjoy the coffee, and take care.\n\nBest regards\n",
        [("MSG603", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nThank you for your trust in our products. May your new plants grow strong and green. If there is anything we can do, let us know.\n\nBest regards\n",
        [("MSG603", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nThank you for your order of the linen sheets. We hope you sleep wonderfully in them. All the best from our studio.\n\nBest regards\n",
        [("MSG603", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nVielen herzlichen Dank, dass Sie sich für unseren kleinen Laden entschieden haben. Wir hoffen, die Decke schenkt Ihnen viele gemütliche Abende. Wenn Sie etwas brauchen, sind wir nur eine Nachricht entfernt.\n\nViele Grüße\n",
        [("MSG603", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nDanke für Ihre Bestellung! Möge die Teekanne Ihnen viele ruhige Morgen bescheren. Genießen Sie jede Tasse.\n\nViele Grüße\n",
        [("MSG603", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nWir freuen uns sehr, dass Sie unsere Kerzen gewählt haben. Wir hoffen, sie füllen Ihr Zuhause diesen Winter mit warmem Licht. Falls Sie etwas benötigen, schreiben Sie uns einfach. Eine schöne Woche!\n\nViele Grüße\n",
        [("MSG603", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nVielen Dank für Ihren Einkauf. Es war uns eine Freude, ihn für Sie zu verpacken. Wir wünschen Ihnen viel Spaß mit Ihrem neuen Puzzle.\n\nViele Grüße\n",
        [("MSG603", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nEin großes Dankeschön von uns allen aus der Werkstatt. Wir hoffen, der Hocker begleitet Sie viele Jahre. Wir sind jederzeit für Sie da.\n\nViele Grüße\n",
        [("MSG603", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nDanke, dass Sie einen kleinen Familienbetrieb unterstützen. Ihre Bestellung hat uns den Tag versüßt. Viel Freude mit Ihrer neuen Tasse und ein schönes Wochenende!\n\nViele Grüße\n",
        [("MSG603", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nHerzlichen Dank für Ihr Vertrauen in unsere Produkte. Mögen Ihre neuen Pflanzen kräftig und grün wachsen. Wenn wir etwas für Sie tun können, melden Sie sich.\n\nViele Grüße\n",
        [("MSG603", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nMerci infiniment d'avoir choisi notre petite boutique. Nous espérons que le plaid vous offrira de nombreuses soirées douillettes. Si vous avez besoin de quoi que ce soit, nous sommes à un message de vous.\n\nCordialement\n",
        [("MSG603", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nMerci beaucoup pour votre commande ! Que la théière vous apporte de nombreux matins paisibles. Savourez chaque tasse.\n\nCordialement\n",
        [("MSG603", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nNous sommes ravis que vous ayez choisi nos bougies. Nous espérons qu'elles rempliront votre maison d'une douce lumière cet hiver. Si besoin, écrivez-nous simplement. Belle semaine à vous !\n\nCordialement\n",
        [("MSG603", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nMerci pour votre achat. Ce fut un plaisir de le préparer pour vous. Nous vous souhaitons beaucoup de plaisir avec votre nouveau puzzle.\n\nCordialement\n",
        [("MSG603", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nUn grand merci de toute l'équipe de l'atelier. Nous espérons que le tabouret vous accompagnera de longues années. Nous restons à votre disposition.\n\nCordialement\n",
        [("MSG603", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nMerci de soutenir une petite entreprise familiale. Votre commande a illuminé notre journée. Profitez bien de votre nouvelle tasse et bon week-end !\n\nCordialement\n",
        [("MSG603", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nMerci de votre confiance. Que vos nouvelles plantes poussent fortes et vertes. Si nous pouvons faire quoi que ce soit, dites-le-nous.\n\nCordialement\n",
        [("MSG603", 3, 1)],
    ),
    (
        "es",
        "Hola,\n\nMuchísimas gracias por elegir nuestra pequeña tienda. Esperamos que la manta le regale muchas tardes acogedoras. Si necesita cualquier cosa, estamos a un mensaje de distancia.\n\nSaludos\n",
        [("MSG603", 3, 1)],
    ),
    (
        "es",
        "Hola,\n\n¡Muchas gracias por su pedido! Que la tetera le traiga muchas mañanas tranquilas. Disfrute cada taza.\n\nSaludos\n",
        [("MSG603", 3, 1)],
    ),
    (
        "es",
        "Hola,\n\nNos alegra mucho que haya elegido nuestras velas. Esperamos que llenen su hogar de luz cálida este invierno. Si necesita algo, escríbanos. ¡Que tenga una bonita semana!\n\nSaludos\n",
        [("MSG603", 3, 1)],
    ),
    (
        "es",
        "Hola,\n\nGracias por su compra. Fue un placer prepararla para usted. Le deseamos que disfrute mucho de su nuevo puzle.\n\nSaludos\n",
        [("MSG603", 3, 1)],
    ),
    (
        "es",
        "Hola,\n\nUn enorme gracias de todo el equipo del taller. Esperamos que el taburete le acompañe muchos años. Estamos a su disposición.\n\nSaludos\n",
        [("MSG603", 3, 1)],
    ),
    (
        "es",
        "Hola,\n\nGracias por apoyar a un pequeño negocio familiar. Su pedido nos alegró el día. ¡Disfrute de su nueva taza y buen fin de semana!\n\nSaludos\n",
        [("MSG603", 3, 1)],
    ),
    (
        "es",
        "Hola,\n\nGracias por su confianza. Que sus nuevas plantas crezcan fuertes y verdes. Si podemos hacer algo por usted, díganoslo.\n\nSaludos\n",
        [("MSG603", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nGrazie di cuore per aver scelto il nostro piccolo negozio. Speriamo che la coperta Le regali tante serate accoglienti. Se ha bisogno di qualcosa, siamo a un messaggio di distanza.\n\nCordiali saluti\n",
        [("MSG603", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nGrazie mille per il Suo ordine! Possa la teiera regalarLe tante mattine tranquille. Si goda ogni tazza.\n\nCordiali saluti\n",
        [("MSG603", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nSiamo felici che abbia scelto le nostre candele. Speriamo che riempiano la Sua casa di luce calda quest'inverno. Se Le serve qualcosa, ci scriva. Buona settimana!\n\nCordiali saluti\n",
        [("MSG603", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nGrazie per il Suo acquisto. È stato un piacere prepararlo per Lei. Le auguriamo tanto divertimento con il Suo nuovo puzzle.\n\nCordiali saluti\n",
        [("MSG603", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nUn grande grazie da tutto il laboratorio. Speriamo che lo sgabello La accompagni per molti anni. Restiamo a Sua disposizione.\n\nCordiali saluti\n",
        [("MSG603", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nGrazie per sostenere una piccola azienda di famiglia. Il Suo ordine ci ha rallegrato la giornata. Si goda la nuova tazza e buon fine settimana!\n\nCordiali saluti\n",
        [("MSG603", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nGrazie per la Sua fiducia. Che le Sue nuove piante crescano forti e verdi. Se possiamo fare qualcosa, ce lo dica.\n\nCordiali saluti\n",
        [("MSG603", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nHeel hartelijk dank dat u voor onze kleine winkel hebt gekozen. We hopen dat de plaid u veel gezellige avonden bezorgt. Als u iets nodig hebt, zijn we maar een berichtje verwijderd.\n\nMet vriendelijke groet\n",
        [("MSG603", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nHartelijk dank voor uw bestelling! Moge de theepot u veel rustige ochtenden brengen. Geniet van elk kopje.\n\nMet vriendelijke groet\n",
        [("MSG603", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nWe zijn zo blij dat u onze kaarsen hebt gekozen. We hopen dat ze uw huis deze winter met warm licht vullen. Hebt u iets nodig, schrijf ons gerust. Een fijne week!\n\nMet vriendelijke groet\n",
        [("MSG603", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nBedankt voor uw aankoop. Het was een plezier om hem voor u in te pakken. We wensen u veel plezier met uw nieuwe puzzel.\n\nMet vriendelijke groet\n",
        [("MSG603", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nEen dikke dankjewel van ons allemaal uit de werkplaats. We hopen dat de kruk u vele jaren meegaat. We staan altijd voor u klaar.\n\nMet vriendelijke groet\n",
        [("MSG603", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nBedankt dat u een klein familiebedrijf steunt. Uw bestelling maakte onze dag goed. Veel plezier met uw nieuwe mok en een fijn weekend!\n\nMet vriendelijke groet\n",
        [("MSG603", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nDank u voor uw vertrouwen. Mogen uw nieuwe planten sterk en groen groeien. Als we iets voor u kunnen doen, laat het ons weten.\n\nMet vriendelijke groet\n",
        [("MSG603", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nYour invoice is attached. Customers who bought this kettle also loved our matching mugs.\n\nBest regards\n",
        [("MSG601", 3, 27)],
    ),
    (
        "en",
        "Hello,\n\nHere is the manual you asked for. Why not pair the lamp with our dimmer switch?\n\nBest regards\n",
        [("MSG601", 3, 35)],
    ),
    (
        "en",
        "Hello,\n\nThanks for your patience with the exchange. Could you take your old comment down now?\n\nBest regards\n",
        [("MSG504", 3, 45)],
    ),
    (
        "en",
        "Hello,\n\nWhen everything worked out, we invite our customers to tell others about it on Amazon.\n\nBest regards\n",
        [("MSG503", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nThe courier picked up your parcel, so the mugs are officially travelling to you.\n\nBest regards\n",
        [("MSG602", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nFür Rezensenten haben wir eine kleine Überraschung: 300 Punkte, die wir Ihrem Konto gutschreiben.\n\nViele Grüße\n",
        [("MSG501", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nStimmt etwas nicht mit der Pumpe? Dann verzichten Sie bitte vorerst auf eine Bewertung und schreiben Sie uns.\n\nViele Grüße\n",
        [("MSG503", 3, 35)],
    ),
    (
        "fr",
        "Bonjour,\n\nBonne nouvelle pour les amateurs de jazz : 10 % de moins sur les rééditions avec le code JAZZ10.\n\nCordialement\n",
        [("MSG601", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nMerci d'avoir pensé à notre petite marque. C'est grâce à des clients comme vous que notre atelier tourne. Notre porte reste toujours ouverte.\n\nCordialement\n",
        [("MSG603", 3, 1)],
    ),
    (
        "es",
        "Hola,\n\nPor un problema de suministro, la lámpara no podrá salir antes de mediados del mes que viene. ¿Prefiere mantener el pedido o anularlo?\n\nSaludos\n",
        [("MSG604", 3, 1)],
    ),
    (
        "es",
        "Hola,\n\nAcabo de ver en el seguimiento que su lámpara ya está en su casa desde esta mañana.\n\nSaludos\n",
        [("MSG602", 3, 1)],
    ),
    (
        "es",
        "Hola,\n\nAntes de publicar su opinión, permítanos resolverlo con un cambio o un reembolso. Escríbanos, por favor.\n\nSaludos\n",
        [("MSG503", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nUn piccolo aggiornamento: il Suo pacco è partito oggi pomeriggio. L'ho chiuso con doppio nastro perché è pesante.\n\nCordiali saluti\n",
        [("MSG602", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nGrazie per il Suo ordine. Se mai dovesse servirLe qualcosa, noi siamo qui.\n\nCordiali saluti\n",
        [("MSG603", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nWanneer u uw mening over de mok in een recensie deelt, krijgt u bij uw volgende bestelling een extra onderzetter.\n\nMet vriendelijke groet\n",
        [("MSG501", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nVoor de tevreden klanten onder ons: een review op Amazon wordt erg gewaardeerd.\n\nMet vriendelijke groet\n",
        [("MSG503", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nIk wilde je even laten weten dat je bestelling keurig in ons systeem staat.\n\nMet vriendelijke groet\n",
        [("MSG602", 3, 1)],
    ),
]

NEAR_MISSES = [
    (
        "en",
        "Hello,\n\nWe will send you a replacement today. Please leave an honest review when you have a moment.\n\nBest regards\n",
    ),
    ("en", "Hello,\n\nIf you leave a review, it helps other buyers.\n\nBest regards\n"),
    ("en", "Hello,\n\nReviews help small shops like ours.\n\nBest regards\n"),
    (
        "en",
        "Hello,\n\nWe refund you because the item was damaged. A review is welcome whether good or bad.\n\nBest regards\n",
    ),
    ("en", "Hello,\n\nIf you review the kettle, please mention the colour you chose.\n\nBest regards\n"),
    ("en", "Hello,\n\nEvery review is read by our team.\n\nBest regards\n"),
    ("en", "Hello,\n\nThose who rate products help other buyers decide.\n\nBest regards\n"),
    (
        "en",
        "Hello,\n\nWe have sent you the missing screws. If you have a moment, an honest review would help us.\n\nBest regards\n",
    ),
    ("en", "Hello,\n\nThank you for your review. We read it carefully.\n\nBest regards\n"),
    ("en", "Hello,\n\nAfter you review the product, Amazon publishes it within 72 hours.\n\nBest regards\n"),
    (
        "en",
        "Hello,\n\nYour replacement is on its way; you will receive it on Friday. We would appreciate an honest review.\n\nBest regards\n",
    ),
    (
        "en",
        "Hello,\n\nOnce you have left a review, you will receive a confirmation email from Amazon.\n\nBest regards\n",
    ),
    ("en", "Hello,\n\nIf you rate the seller, we get better visibility on Amazon.\n\nBest regards\n"),
    ("en", "Hello,\n\nThank you for your review! We will send you the replacement lid tomorrow.\n\nBest regards\n"),
    ("en", "Hello,\n\nWhen you write a review, you help other families choose the right size.\n\nBest regards\n"),
    (
        "en",
        "Hello,\n\nEvery review helps us improve. We give every order a careful check before it leaves.\n\nBest regards\n",
    ),
    ("en", "Hello,\n\nIf you review the lamp, please say which bulb you used. We read every review.\n\nBest regards\n"),
    (
        "en",
        "Hello,\n\nAnyone who has questions gets an answer within a day. An honest review is always welcome.\n\nBest regards\n",
    ),
    (
        "de",
        "Hallo,\n\nWir senden Ihnen heute einen Ersatz. Über eine ehrliche Bewertung freuen wir uns, wenn Sie Zeit haben.\n\nViele Grüße\n",
    ),
    ("de", "Hallo,\n\nWenn Sie eine Bewertung schreiben, hilft das anderen Käufern.\n\nViele Grüße\n"),
    ("de", "Hallo,\n\nBewertungen helfen kleinen Händlern wie uns.\n\nViele Grüße\n"),
    (
        "de",
        "Hallo,\n\nWir erstatten Ihnen den Betrag, weil der Artikel beschädigt war. Eine Bewertung ist willkommen, ob gut oder schlecht.\n\nViele Grüße\n",
    ),
    ("de", "Hallo,\n\nWenn Sie den Wasserkocher bewerten, nennen Sie gern die Farbe.\n\nViele Grüße\n"),
    ("de", "Hallo,\n\nVielen Dank für Ihre Bewertung! Wir senden Ihnen morgen den Ersatzdeckel.\n\nViele Grüße\n"),
    ("de", "Hallo,\n\nWer Produkte bewertet, hilft anderen Käufern bei der Entscheidung.\n\nViele Grüße\n"),
    (
        "de",
        "Hallo,\n\nSobald Sie eine Bewertung abgegeben haben, erhalten Sie eine Bestätigung per E-Mail von Amazon.\n\nViele Grüße\n",
    ),
    (
        "fr",
        "Bonjour,\n\nNous vous envoyons un remplacement aujourd'hui. Un avis honnête nous ferait plaisir quand vous aurez un moment.\n\nCordialement\n",
    ),
    ("fr", "Bonjour,\n\nSi vous laissez un avis, cela aide les autres acheteurs.\n\nCordialement\n"),
    ("fr", "Bonjour,\n\nLes avis aident les petites boutiques.\n\nCordialement\n"),
    (
        "fr",
        "Bonjour,\n\nNous vous remboursons car l'article était endommagé. Un avis est le bienvenu, qu'il soit bon ou mauvais.\n\nCordialement\n",
    ),
    (
        "fr",
        "Bonjour,\n\nMerci pour votre avis ! Nous vous envoyons demain le couvercle de remplacement.\n\nCordialement\n",
    ),
    ("fr", "Bonjour,\n\nSi vous évaluez la bouilloire, précisez la couleur choisie.\n\nCordialement\n"),
    (
        "fr",
        "Bonjour,\n\nUne fois votre avis publié, vous recevrez un e-mail de confirmation d'Amazon.\n\nCordialement\n",
    ),
    (
        "es",
        "Hola,\n\nHoy le enviamos un repuesto. Una reseña sincera nos ayudaría cuando tenga un momento.\n\nSaludos\n",
    ),
    ("es", "Hola,\n\nSi deja una reseña, ayuda a otros compradores.\n\nSaludos\n"),
    ("es", "Hola,\n\nLas reseñas ayudan a las tiendas pequeñas.\n\nSaludos\n"),
    (
        "es",
        "Hola,\n\nLe reembolsamos porque el artículo llegó dañado. Una reseña es bienvenida, sea buena o mala.\n\nSaludos\n",
    ),
    ("es", "Hola,\n\n¡Gracias por su reseña! Mañana le enviamos la tapa de repuesto.\n\nSaludos\n"),
    ("es", "Hola,\n\nSi valora el hervidor, indique el color que eligió.\n\nSaludos\n"),
    ("es", "Hola,\n\nUna vez publicada su reseña, recibirá un correo de confirmación de Amazon.\n\nSaludos\n"),
    (
        "it",
        "Buongiorno,\n\nOggi Le inviamo un ricambio. Una recensione sincera ci aiuterebbe quando ha un momento.\n\nCordiali saluti\n",
    ),
    ("it", "Buongiorno,\n\nSe lascia una recensione, aiuta gli altri acquirenti.\n\nCordiali saluti\n"),
    ("it", "Buongiorno,\n\nLe recensioni aiutano i piccoli negozi.\n\nCordiali saluti\n"),
    (
        "it",
        "Buongiorno,\n\nLa rimborsiamo perché l'articolo era danneggiato. Una recensione è benvenuta, buona o cattiva.\n\nCordiali saluti\n",
    ),
    (
        "it",
        "Buongiorno,\n\nGrazie per la Sua recensione! Domani Le inviamo il coperchio di ricambio.\n\nCordiali saluti\n",
    ),
    ("it", "Buongiorno,\n\nSe valuta il bollitore, indichi il colore scelto.\n\nCordiali saluti\n"),
    (
        "it",
        "Buongiorno,\n\nUna volta pubblicata la recensione, riceverà un'e-mail di conferma da Amazon.\n\nCordiali saluti\n",
    ),
    (
        "nl",
        "Hallo,\n\nVandaag sturen we u een vervangend onderdeel. Een eerlijke review zouden we fijn vinden als u even tijd hebt.\n\nMet vriendelijke groet\n",
    ),
    ("nl", "Hallo,\n\nAls u een review schrijft, helpt dat andere kopers.\n\nMet vriendelijke groet\n"),
    ("nl", "Hallo,\n\nReviews helpen kleine winkels.\n\nMet vriendelijke groet\n"),
    (
        "nl",
        "Hallo,\n\nWe betalen u terug omdat het artikel beschadigd was. Een review is welkom, goed of slecht.\n\nMet vriendelijke groet\n",
    ),
    ("nl", "Hallo,\n\nBedankt voor uw review! Morgen sturen we u het vervangende deksel.\n\nMet vriendelijke groet\n"),
    ("nl", "Hallo,\n\nAls u de waterkoker beoordeelt, vermeld dan de kleur die u koos.\n\nMet vriendelijke groet\n"),
    (
        "nl",
        "Hallo,\n\nZodra uw review online staat, ontvangt u een bevestigingsmail van Amazon.\n\nMet vriendelijke groet\n",
    ),
    (
        "en",
        "Hello,\n\nJust a quick note: your order left our workshop this morning, but the carrier says the house number is missing. Could you send it to us?\n\nBest regards\n",
    ),
    (
        "en",
        "Hello,\n\nGood news, your parcel is travelling to you. Could you tell us which colour of ribbon you prefer for the next one?\n\nBest regards\n",
    ),
    (
        "en",
        "Hello,\n\nJust to let you know, the money is back on your card for the missing part. We are sorry it was not in the box.\n\nBest regards\n",
    ),
    (
        "en",
        "Hello,\n\nQuick note: the carrier needs your door code to deliver the rug. Please reply with it.\n\nBest regards\n",
    ),
    ("en", "Hello,\n\nGood news: the replacement for the damaged lid is on its way to you.\n\nBest regards\n"),
    ("en", "Hello,\n\nJust to let you know, our workshop is closed on Friday.\n\nBest regards\n"),
    (
        "en",
        "Hello,\n\nQuick note: please keep the original packaging in case you need to return the item.\n\nBest regards\n",
    ),
    ("en", "Hello,\n\nGood news, the engraving proof is ready. Could you check the spelling?\n\nBest regards\n"),
    (
        "de",
        "Hallo,\n\nNur kurz zur Info: Ihre Bestellung hat unsere Werkstatt verlassen, aber die Hausnummer fehlt. Könnten Sie sie uns schicken?\n\nViele Grüße\n",
    ),
    (
        "de",
        "Hallo,\n\nKurz zur Info: Das Geld für das fehlende Teil ist wieder auf Ihrer Karte. Es tut uns leid, dass es nicht im Karton war.\n\nViele Grüße\n",
    ),
    ("de", "Hallo,\n\nKurz zur Info: Unsere Werkstatt ist am Freitag geschlossen.\n\nViele Grüße\n"),
    ("de", "Hallo,\n\nGute Nachricht: Der Ersatz für den beschädigten Deckel ist unterwegs zu Ihnen.\n\nViele Grüße\n"),
    (
        "de",
        "Hallo,\n\nGute Nachricht, der Gravurentwurf ist fertig. Könnten Sie die Schreibweise prüfen?\n\nViele Grüße\n",
    ),
    (
        "fr",
        "Bonjour,\n\nJuste un petit mot : votre commande a quitté l'atelier, mais le numéro de rue manque. Pourriez-vous nous l'envoyer ?\n\nCordialement\n",
    ),
    (
        "fr",
        "Bonjour,\n\nBonne nouvelle, votre colis est en route. Quelle couleur de ruban préférez-vous pour la prochaine fois ?\n\nCordialement\n",
    ),
    ("fr", "Bonjour,\n\nPour information, notre atelier est fermé vendredi.\n\nCordialement\n"),
    ("fr", "Bonjour,\n\nBonne nouvelle : le remplacement du couvercle endommagé est en route.\n\nCordialement\n"),
    (
        "fr",
        "Bonjour,\n\nBonne nouvelle, l'épreuve de gravure est prête. Pourriez-vous vérifier l'orthographe ?\n\nCordialement\n",
    ),
    (
        "fr",
        "Bonjour,\n\nPour information, l'argent pour la pièce manquante est de nouveau sur votre carte. Nous sommes désolés qu'elle manquait.\n\nCordialement\n",
    ),
    (
        "es",
        "Hola,\n\nSolo una nota: su pedido salió del taller, pero falta el número de la calle. ¿Podría enviárnoslo?\n\nSaludos\n",
    ),
    (
        "es",
        "Hola,\n\nBuenas noticias, su paquete está en camino. ¿Qué color de cinta prefiere para la próxima vez?\n\nSaludos\n",
    ),
    ("es", "Hola,\n\nSolo para informarle: nuestro taller está cerrado el viernes.\n\nSaludos\n"),
    ("es", "Hola,\n\nBuenas noticias: el repuesto de la tapa dañada está en camino.\n\nSaludos\n"),
    ("es", "Hola,\n\nBuenas noticias, la prueba del grabado está lista. ¿Podría revisar la ortografía?\n\nSaludos\n"),
    (
        "es",
        "Hola,\n\nSolo para informarle: el dinero de la pieza que faltaba ya está en su tarjeta. Sentimos que no estuviera en la caja.\n\nSaludos\n",
    ),
    (
        "it",
        "Buongiorno,\n\nSolo una nota: il Suo ordine ha lasciato il laboratorio, ma manca il numero civico. Potrebbe inviarcelo?\n\nCordiali saluti\n",
    ),
    (
        "it",
        "Buongiorno,\n\nBuone notizie, il Suo pacco è in viaggio. Quale colore di nastro preferisce la prossima volta?\n\nCordiali saluti\n",
    ),
    ("it", "Buongiorno,\n\nBuone notizie: il ricambio per il coperchio danneggiato è in viaggio.\n\nCordiali saluti\n"),
    (
        "it",
        "Buongiorno,\n\nBuone notizie, la bozza dell'incisione è pronta. Potrebbe controllare l'ortografia?\n\nCordiali saluti\n",
    ),
    (
        "it",
        "Buongiorno,\n\nSolo per informarLa: i soldi per il pezzo mancante sono sulla Sua carta. Ci dispiace che non fosse nella scatola.\n\nCordiali saluti\n",
    ),
    (
        "nl",
        "Hallo,\n\nEven een berichtje: uw bestelling heeft de werkplaats verlaten, maar het huisnummer ontbreekt. Kunt u het ons sturen?\n\nMet vriendelijke groet\n",
    ),
    (
        "nl",
        "Hallo,\n\nGoed nieuws, uw pakket is onderweg. Welke kleur lint wilt u de volgende keer?\n\nMet vriendelijke groet\n",
    ),
    ("nl", "Hallo,\n\nTer informatie: onze werkplaats is vrijdag gesloten.\n\nMet vriendelijke groet\n"),
    ("nl", "Hallo,\n\nGoed nieuws: de vervanging voor het beschadigde deksel is onderweg.\n\nMet vriendelijke groet\n"),
    (
        "nl",
        "Hallo,\n\nGoed nieuws, de gravure-proef is klaar. Kunt u de spelling controleren?\n\nMet vriendelijke groet\n",
    ),
    (
        "nl",
        "Hallo,\n\nTer informatie: het geld voor het ontbrekende onderdeel staat weer op uw kaart. Het spijt ons dat het niet in de doos zat.\n\nMet vriendelijke groet\n",
    ),
    (
        "en",
        "Hello,\n\nMany thanks for your order! Please find the invoice attached to this message. Enjoy your tea.\n\nBest regards\n",
    ),
    (
        "en",
        "Hello,\n\nThanks a lot for your purchase. We hope you enjoy the puzzle. An honest review on Amazon would help other buyers.\n\nBest regards\n",
    ),
    (
        "en",
        "Hello,\n\nThank you for your order. We hope the stool serves you well. The assembly instructions are attached as a PDF.\n\nBest regards\n",
    ),
    (
        "en",
        'Hello,\n\nThank you for your order. The engraving will read "Anna 2026" as you asked. We hope you love it.\n\nBest regards\n',
    ),
    (
        "en",
        "Hello,\n\nThank you for your order. Unfortunately the blue lid is missing from your parcel; a replacement left today. We hope you enjoy the teapot.\n\nBest regards\n",
    ),
    (
        "en",
        "Hello,\n\nThank you for choosing us. Please keep the mattress flat for 24 hours before use. Sleep well.\n\nBest regards\n",
    ),
    (
        "en",
        "Hello,\n\nThank you for your order. The delivery is booked for Thursday between 8 and 12. We look forward to meeting you.\n\nBest regards\n",
    ),
    (
        "de",
        "Hallo,\n\nVielen Dank für Ihre Bestellung! Die Rechnung finden Sie im Anhang. Genießen Sie Ihren Tee.\n\nViele Grüße\n",
    ),
    (
        "de",
        "Hallo,\n\nDanke für Ihren Einkauf. Wir hoffen, das Puzzle gefällt Ihnen. Eine ehrliche Bewertung auf Amazon hilft anderen Käufern.\n\nViele Grüße\n",
    ),
    (
        "de",
        "Hallo,\n\nVielen Dank für Ihre Bestellung. Könnten Sie uns sagen, ob die Decke als Geschenk verpackt werden soll?\n\nViele Grüße\n",
    ),
    (
        "de",
        "Hallo,\n\nDanke für Ihre Bestellung. Bitte lassen Sie die Matratze vor dem Gebrauch 24 Stunden flach liegen. Schlafen Sie gut.\n\nViele Grüße\n",
    ),
    (
        "de",
        "Hallo,\n\nDanke für Ihre Bestellung. Die Lieferung ist für Donnerstag zwischen 8 und 12 Uhr gebucht. Wir freuen uns auf Sie.\n\nViele Grüße\n",
    ),
    (
        "fr",
        "Bonjour,\n\nMerci beaucoup pour votre commande ! Vous trouverez la facture en pièce jointe. Bonne dégustation.\n\nCordialement\n",
    ),
    (
        "fr",
        "Bonjour,\n\nMerci pour votre achat. Nous espérons que le puzzle vous plaira. Un avis honnête sur Amazon aide les autres acheteurs.\n\nCordialement\n",
    ),
    (
        "fr",
        "Bonjour,\n\nMerci pour votre commande. Pourriez-vous nous dire si le plaid doit être emballé en cadeau ?\n\nCordialement\n",
    ),
    (
        "fr",
        "Bonjour,\n\nMerci pour votre commande. Laissez le matelas à plat pendant 24 heures avant utilisation. Dormez bien.\n\nCordialement\n",
    ),
    ("es", "Hola,\n\n¡Muchas gracias por su pedido! Adjuntamos la factura. Disfrute de su té.\n\nSaludos\n"),
    (
        "es",
        "Hola,\n\nGracias por su compra. Esperamos que le guste el puzle. Una reseña sincera en Amazon ayuda a otros compradores.\n\nSaludos\n",
    ),
    ("es", "Hola,\n\nGracias por su pedido. ¿Podría decirnos si desea la manta envuelta para regalo?\n\nSaludos\n"),
    (
        "es",
        "Hola,\n\nGracias por su pedido. Deje el colchón en plano 24 horas antes de usarlo. Que descanse.\n\nSaludos\n",
    ),
    (
        "it",
        "Buongiorno,\n\nGrazie mille per il Suo ordine! In allegato trova la fattura. Buon tè.\n\nCordiali saluti\n",
    ),
    (
        "it",
        "Buongiorno,\n\nGrazie per il Suo acquisto. Speriamo che il puzzle Le piaccia. Una recensione sincera su Amazon aiuta gli altri acquirenti.\n\nCordiali saluti\n",
    ),
    (
        "it",
        "Buongiorno,\n\nGrazie per il Suo ordine. Potrebbe dirci se desidera la coperta in confezione regalo?\n\nCordiali saluti\n",
    ),
    (
        "it",
        "Buongiorno,\n\nGrazie per il Suo ordine. Lasci il materasso in piano per 24 ore prima dell'uso. Dorma bene.\n\nCordiali saluti\n",
    ),
    (
        "nl",
        "Hallo,\n\nHartelijk dank voor uw bestelling! De factuur vindt u in de bijlage. Geniet van uw thee.\n\nMet vriendelijke groet\n",
    ),
    (
        "nl",
        "Hallo,\n\nBedankt voor uw aankoop. We hopen dat de puzzel u bevalt. Een eerlijke review op Amazon helpt andere kopers.\n\nMet vriendelijke groet\n",
    ),
    (
        "nl",
        "Hallo,\n\nBedankt voor uw bestelling. Kunt u ons laten weten of de plaid als cadeau verpakt moet worden?\n\nMet vriendelijke groet\n",
    ),
    (
        "nl",
        "Hallo,\n\nBedankt voor uw bestelling. Laat de matras 24 uur plat liggen voor gebruik. Slaap lekker.\n\nMet vriendelijke groet\n",
    ),
    (
        "en",
        "Hello,\n\nThank you for your order. If something is wrong, contact us so we can fix it. We would appreciate an honest review on Amazon.\n\nBest regards\n",
    ),
    (
        "en",
        "Hello,\n\nIf anything is not right, please contact us and we will sort it out. An honest review, good or bad, helps other buyers.\n\nBest regards\n",
    ),
    (
        "en",
        "Hello,\n\nShould something be wrong with the lamp, write to us so we can put it right. Reviews of any kind are welcome.\n\nBest regards\n",
    ),
    (
        "en",
        "Hello,\n\nThank you for your message. The new delivery date for your table is 14 March, as the workshop needs two more weeks for the oak top.\n\nBest regards\n",
    ),
    (
        "en",
        "Hello,\n\nAs you asked: the sofa will now arrive in the week of 20 May because the fabric came in late.\n\nBest regards\n",
    ),
    (
        "en",
        "Hello,\n\nTo answer your question, the production takes about three weeks longer than planned; your chair will ship on 2 June.\n\nBest regards\n",
    ),
    ("en", "Hello,\n\nPlease register your kettle on our website to activate the two-year warranty.\n\nBest regards\n"),
    (
        "en",
        "Hello,\n\nTo keep the board in good shape, oil it once a month with the included food-safe oil.\n\nBest regards\n",
    ),
    (
        "en",
        "Hello,\n\nTip: wash the linen at 40 degrees and dry it flat, so it stays soft for years.\n\nBest regards\n",
    ),
    (
        "en",
        "Hello,\n\nYou can register the product for the extended manufacturer warranty at the link in the manual.\n\nBest regards\n",
    ),
    (
        "en",
        "Hello,\n\nDescale the machine every four weeks with our descaler or plain citric acid to keep it running well.\n\nBest regards\n",
    ),
    (
        "de",
        "Hallo,\n\nVielen Dank für Ihre Bestellung. Falls etwas nicht stimmt, melden Sie sich, damit wir es beheben können. Über eine ehrliche Bewertung freuen wir uns.\n\nViele Grüße\n",
    ),
    (
        "de",
        "Hallo,\n\nIst das Paket vollständig angekommen? Wenn ja, freuen wir uns über eine ehrliche Bewertung, gut oder schlecht.\n\nViele Grüße\n",
    ),
    (
        "de",
        "Hallo,\n\nHaben Sie die Anleitung erhalten? Wenn ja, können Sie direkt mit dem Aufbau beginnen.\n\nViele Grüße\n",
    ),
    (
        "de",
        "Hallo,\n\nDanke für Ihre Nachricht. Der neue Liefertermin für Ihren Tisch ist der 14. März, da die Werkstatt zwei Wochen länger für die Eichenplatte braucht.\n\nViele Grüße\n",
    ),
    (
        "de",
        "Hallo,\n\nWie gewünscht: Das Sofa kommt nun in der Woche vom 20. Mai, weil der Stoff später geliefert wurde.\n\nViele Grüße\n",
    ),
    (
        "de",
        "Hallo,\n\nBitte registrieren Sie den Wasserkocher auf unserer Website, um die zweijährige Garantie zu aktivieren.\n\nViele Grüße\n",
    ),
    (
        "de",
        "Hallo,\n\nDamit das Brett lange schön bleibt, ölen Sie es einmal im Monat mit dem beiliegenden Öl.\n\nViele Grüße\n",
    ),
    ("de", "Hallo,\n\nTipp: Waschen Sie das Leinen bei 40 Grad und trocknen Sie es liegend.\n\nViele Grüße\n"),
    (
        "fr",
        "Bonjour,\n\nMerci pour votre commande. Si quelque chose ne va pas, contactez-nous pour que nous puissions le corriger. Un avis honnête sur Amazon nous aiderait.\n\nCordialement\n",
    ),
    (
        "fr",
        "Bonjour,\n\nN'écrivez un avis que si vous le souhaitez : seulement si vous avez le temps, bien sûr, qu'il soit bon ou mauvais.\n\nCordialement\n",
    ),
    (
        "fr",
        "Bonjour,\n\nLe montage est simple : utilisez la clé fournie seulement si les vis sont trop serrées.\n\nCordialement\n",
    ),
    (
        "fr",
        "Bonjour,\n\nMerci pour votre message. La nouvelle date de livraison de votre table est le 14 mars, l'atelier ayant besoin de deux semaines de plus.\n\nCordialement\n",
    ),
    (
        "fr",
        "Bonjour,\n\nComme demandé : le canapé arrivera la semaine du 20 mai, car le tissu a été livré en retard.\n\nCordialement\n",
    ),
    (
        "fr",
        "Bonjour,\n\nEnregistrez votre bouilloire sur notre site pour activer la garantie de deux ans.\n\nCordialement\n",
    ),
    (
        "fr",
        "Bonjour,\n\nPour garder la planche belle, huilez-la une fois par mois avec l'huile fournie.\n\nCordialement\n",
    ),
    ("fr", "Bonjour,\n\nConseil : lavez le lin à 40 degrés et séchez-le à plat.\n\nCordialement\n"),
    (
        "es",
        "Hola,\n\nGracias por su pedido. Si algo no está bien, contáctenos para que podamos solucionarlo. Una reseña sincera en Amazon nos ayudaría.\n\nSaludos\n",
    ),
    (
        "es",
        "Hola,\n\nGracias por su mensaje. La nueva fecha de entrega de su mesa es el 14 de marzo, porque el taller necesita dos semanas más.\n\nSaludos\n",
    ),
    (
        "es",
        "Hola,\n\nComo nos pidió: el sofá llegará la semana del 20 de mayo porque la tela llegó tarde.\n\nSaludos\n",
    ),
    ("es", "Hola,\n\nRegistre su hervidor en nuestra web para activar la garantía de dos años.\n\nSaludos\n"),
    (
        "es",
        "Hola,\n\nPara mantener la tabla bonita, aplique aceite una vez al mes con el aceite incluido.\n\nSaludos\n",
    ),
    ("es", "Hola,\n\nConsejo: lave el lino a 40 grados y séquelo en plano.\n\nSaludos\n"),
    (
        "it",
        "Buongiorno,\n\nGrazie per il Suo ordine. Se qualcosa non va, ci contatti così possiamo risolverlo. Una recensione sincera su Amazon ci aiuterebbe.\n\nCordiali saluti\n",
    ),
    (
        "it",
        "Buongiorno,\n\nGrazie per il Suo messaggio. La nuova data di consegna del tavolo è il 14 marzo, perché il laboratorio ha bisogno di due settimane in più.\n\nCordiali saluti\n",
    ),
    (
        "it",
        "Buongiorno,\n\nCome richiesto: il divano arriverà nella settimana del 20 maggio perché il tessuto è arrivato in ritardo.\n\nCordiali saluti\n",
    ),
    (
        "it",
        "Buongiorno,\n\nRegistri il bollitore sul nostro sito per attivare la garanzia di due anni.\n\nCordiali saluti\n",
    ),
    (
        "it",
        "Buongiorno,\n\nPer mantenere bello il tagliere, lo oli una volta al mese con l'olio incluso.\n\nCordiali saluti\n",
    ),
    ("it", "Buongiorno,\n\nConsiglio: lavi il lino a 40 gradi e lo asciughi in piano.\n\nCordiali saluti\n"),
    (
        "nl",
        "Hallo,\n\nBedankt voor uw bestelling. Als er iets niet klopt, neem contact op zodat we het kunnen oplossen. Een eerlijke review op Amazon helpt ons.\n\nMet vriendelijke groet\n",
    ),
    (
        "nl",
        "Hallo,\n\nBedankt voor uw bericht. De nieuwe leverdatum voor uw tafel is 14 maart, omdat de werkplaats twee weken extra nodig heeft.\n\nMet vriendelijke groet\n",
    ),
    (
        "nl",
        "Hallo,\n\nZoals gevraagd: de bank komt nu in de week van 20 mei, omdat de stof later binnenkwam.\n\nMet vriendelijke groet\n",
    ),
    (
        "nl",
        "Hallo,\n\nRegistreer uw waterkoker op onze website om de garantie van twee jaar te activeren.\n\nMet vriendelijke groet\n",
    ),
    (
        "nl",
        "Hallo,\n\nOm de plank mooi te houden, olie hem eens per maand met de meegeleverde olie.\n\nMet vriendelijke groet\n",
    ),
    ("nl", "Hallo,\n\nTip: was het linnen op 40 graden en laat het plat drogen.\n\nMet vriendelijke groet\n"),
    (
        "en",
        "Hello,\n\nPlease delete the old comment field from your order notes so the courier is not confused.\n\nBest regards\n",
    ),
    (
        "en",
        "Hello,\n\nOur door is always open if you need anything else for the lamp. Could you tell us the bulb type you use?\n\nBest regards\n",
    ),
    (
        "en",
        "Hello,\n\nWe are sorry the handle was cracked. We have refunded 8 euros for it and a new handle left today.\n\nBest regards\n",
    ),
    (
        "de",
        "Hallo,\n\nOb begeistert, kritisch oder irgendwo dazwischen: jede ehrliche Bewertung hilft anderen Käufern.\n\nViele Grüße\n",
    ),
    (
        "de",
        "Hallo,\n\nDie Erstattung ist veranlasst. Sie hatten erwähnt, dass Sie eine andere Farbe möchten - sollen wir Ihnen die blaue zurücklegen?\n\nViele Grüße\n",
    ),
    ("de", "Hallo,\n\nEntkalken Sie die Maschine alle vier Wochen mit Zitronensäure.\n\nViele Grüße\n"),
    (
        "fr",
        "Bonjour,\n\nUn avis sincère sur Amazon, c'est le plus beau des cadeaux pour nous, qu'il soit bon ou mauvais.\n\nCordialement\n",
    ),
    (
        "fr",
        "Bonjour,\n\nLe colis est arrivé avec deux sachets percés. Nous avons procédé à un remboursement de 6 euros pour ces sachets.\n\nCordialement\n",
    ),
    ("fr", "Bonjour,\n\nMerci d'indiquer votre code postal avec le code 75011 dans le formulaire.\n\nCordialement\n"),
    ("es", "Hola,\n\n¿Qué talla necesita para el body: 0-3 o 3-6 meses?\n\nSaludos\n"),
    ("es", "Hola,\n\nPara reenviar la segunda caja, ¿prefiere recibirla en su lugar de trabajo?\n\nSaludos\n"),
    (
        "it",
        "Buongiorno,\n\nIl trapano con due batterie è disponibile anche in blu. Ci dica se lo desidera, così lo prepariamo.\n\nCordiali saluti\n",
    ),
    (
        "nl",
        "Hallo,\n\nDe gitaarstandaard is met een gebroken poot aangekomen. Wij sturen morgen een nieuwe.\n\nMet vriendelijke groet\n",
    ),
    (
        "en",
        "Hello,\n\nThank you for your order. The delivery is booked for Thursday between 8 and 12. We look forward to meeting you.\n\nBest regards\n",
    ),
    ("en", "Hello,\n\nYour sofa delivery has been scheduled for Monday between 10:00 and 14:00.\n\nBest regards\n"),
    (
        "de",
        "Hallo,\n\nDanke für Ihre Bestellung. Die Lieferung ist für Donnerstag zwischen 8 und 12 Uhr gebucht. Wir freuen uns auf Sie.\n\nViele Grüße\n",
    ),
    (
        "de",
        "Hallo,\n\nDie Zustellung Ihres Sofas ist für Montag zwischen 10 und 14 Uhr eingeplant und bestätigt.\n\nViele Grüße\n",
    ),
    (
        "fr",
        "Bonjour,\n\nMerci pour votre commande. La livraison est réservée pour jeudi entre 8 h et 12 h.\n\nCordialement\n",
    ),
    (
        "es",
        "Hola,\n\nGracias por su pedido. La entrega está reservada para el jueves entre las 8 y las 12.\n\nSaludos\n",
    ),
    (
        "it",
        "Buongiorno,\n\nGrazie per il Suo ordine. La consegna è stata fissata per giovedì tra le 8 e le 12.\n\nCordiali saluti\n",
    ),
    (
        "nl",
        "Hallo,\n\nBedankt voor uw bestelling. De levering is ingepland op donderdag tussen 8 en 12 uur.\n\nMet vriendelijke groet\n",
    ),
]


@pytest.mark.parametrize(("lang", "body", "expected"), IDEAS)
def test_the_idea_fires_once_at_the_sentence_that_carries_it(
    lang: str, body: str, expected: list[tuple[str, int, int]]
) -> None:
    assert wording(body, lang) == expected


@pytest.mark.parametrize(("lang", "body"), NEAR_MISSES)
def test_the_near_miss_stays_silent(lang: str, body: str) -> None:
    """A give-to-buyer sentence without a review exchange, a review exchange without a gift, an
    announcement in a message that asks or solves something, thanks with a real purpose, offers
    to fix next to an honest review request, frequencies, answers to the buyer's question."""
    assert wording(body, lang) == []


def test_the_command_line_reports_each_idea_at_its_line_and_column(tmp_path: Path) -> None:
    assert_cli_positions(IDEAS, tmp_path)


def _concepts(text: str, lang: str = "en") -> list[frozenset[str]]:
    ann = annotate_texts([(None, text, fold(text), -1)], (lang,))
    return [ann.concepts(s) for s in ann.sentences]


def _holds(combo: Combo, text: str, lang: str = "en") -> list[int]:
    ann = annotate_texts([(None, text, fold(text), -1)], (lang,))
    return [s.index for s in ann.sentences if combo.holds(ann, s)]


def test_the_exchange_is_a_review_clause_with_a_gift_in_the_same_or_the_next_sentence() -> None:
    same = Combo.parse({"all": ["REVIEW-CONDITION", "REWARD-SEND"]}, "t")
    nxt = Combo.parse({"all": ["REVIEW-CONDITION"], "next": ["REWARD-SEND"]}, "t")
    assert _holds(same, "Once you have rated the lamp, you get 200 points.") == [0]
    assert _holds(nxt, "Once you have rated the lamp, tell us. We then add 200 points to your account.") == [0]
    # the gift before the review clause, or two sentences away, is no exchange
    assert _holds(nxt, "We add 200 points to your account. Once you have rated the lamp, tell us.") == []
    assert _holds(nxt, "Once you have rated the lamp, tell us. Thanks. We add 200 points to your account.") == []
    # thanking for a review written is not a review clause; an e-mail from Amazon is not a gift
    assert "REVIEW-CONDITION" not in _concepts("Thank you for your review.")[0]
    assert "REWARD-SEND" not in _concepts("You will receive an email from Amazon.")[0]


def test_an_announcement_confirms_only_in_a_message_without_another_purpose_within_four_sentences() -> None:
    combo = Combo.parse(
        {"all": ["DONE"], "near": ["ANNOUNCE"], "none-near": ["QUESTION", "PROBLEM"], "distance": 4}, "t"
    )
    assert _holds(combo, "Good news! Your rug is on its way.") == [1]
    assert _holds(combo, "Good news! Your rug is on its way. It is heavy. Enjoy it. Could you rate it?") == []
    assert _holds(combo, "Good news! Your rug is on its way. One. Two. Three. Four. Could you rate it?") == [1]
    assert _concepts("Just to let you know, our workshop is closed on Friday.")[0] >= {"ANNOUNCE"}
    assert "DONE" not in _concepts("Just to let you know, our workshop is closed on Friday.")[0]


@pytest.mark.parametrize(
    ("lang", "wish", "not_wish"),
    [
        ("en", "May your new plants grow strong.", "You may the best."),
        ("de", "Mögen Ihre Pflanzen kräftig wachsen.", "Sie können, wenn Sie mögen, den Deckel tauschen."),
        ("fr", "Que la théière vous apporte de beaux matins.", "Nous savons que la théière est lourde."),
        ("es", "Que la tetera le traiga mañanas tranquilas.", "Sabemos que la tetera es pesada."),
        ("it", "Possa la teiera regalarLe mattine tranquille.", "Sappiamo che la teiera è pesante."),
        ("nl", "Mogen uw planten sterk groeien.", "We weten dat u de planten mogen water geven."),
    ],
)
def test_the_wish_frame_opens_a_sentence(lang: str, wish: str, not_wish: str) -> None:
    """The subjunctive wish is closed-class only where it opens a sentence: "que la" inside a
    sentence is a conjunction ("nous savons que la ...")."""
    assert "WISH" in _concepts(wish, lang)[0]
    assert "WISH" not in _concepts(not_wish, lang)[0]


@pytest.mark.parametrize(
    ("lang", "frequency", "delay"),
    [
        ("en", "Descale it every four weeks.", "It is delayed by four weeks."),
        ("de", "Entkalken Sie es alle vier Wochen.", "Es verzögert sich um vier Wochen."),
        ("fr", "Détartrez-la toutes les quatre semaines.", "Elle a quatre semaines de retard."),
        ("es", "Descalcifíquela cada cuatro semanas.", "Se retrasa cuatro semanas."),
        ("it", "La decalcifichi ogni quattro settimane.", "È in ritardo di quattro settimane."),
        ("nl", "Ontkalk hem elke vier weken.", "Hij heeft vier weken vertraging."),
    ],
)
def test_a_frequency_is_no_delay(lang: str, frequency: str, delay: str) -> None:
    assert "LONG-DELAY" not in _concepts(frequency, lang)[0]
    assert "LONG-DELAY" in _concepts(delay, lang)[0]


@pytest.mark.parametrize(
    ("language", "unit"),
    [
        ("en", "if you review it we give you and may your lamp good news it is on its way every four weeks "),
        ("de", "wenn Sie bewerten erhalten Sie und möge Ihre Lampe gute Nachricht es ist unterwegs alle vier Wochen "),
        ("fr", "si vous évaluez vous recevez et que votre lampe bonne nouvelle il est en route toutes les semaines "),
    ],
)
@pytest.mark.timeout(120)  # a hang guard, not a speed assertion
def test_the_new_structures_stay_linear_in_a_long_sentence(language: str, unit: str) -> None:
    """About 1 MB of openers of every new structure in one sentence without a full stop: the
    patterns are bounded, so the work grows with the text; the result is what a short one gives."""
    import msglint

    text = "Hello, order 123-1234567-1234567. " + unit * (1_000_000 // len(unit))
    diags = msglint.lint(text, filename="m.txt", language=language, config={"select": ["MSG5", "MSG6"]})
    short = msglint.lint(unit * 3, filename="m.txt", language=language, config={"select": ["MSG5", "MSG6"]})
    assert {d.code for d in diags} == {d.code for d in short}
