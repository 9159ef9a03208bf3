"""Wording ideas of the fifth session (issue #10), in en, de, fr, es, it and nl: gating, thanks-only
and confirmations written the way different sellers and shop systems write them, each idea in the
words of every language, with near misses that stay silent.

The messages are our own probes of an idea, not fixture sentences: a one-word "Satisfied?" before a
review request, "before you pick a star rating", "we'd rather hear it from you than read it in a
review", "a negative review should be the last resort"; a thanks with "we're just an email away" or
"your support keeps our shop going"; a shop system's "Dispatched on:" line, "packed and handed to
the carrier" without a subject, a maker's "I've posted your print today", a credit note issued in the
buyer's name; a reward "on the house" for a review, "tell others how brilliant it is", "your review
could reflect that", "our winter blankets are back". Each finding is at the exact line and column
of the sentence that carries the purpose.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_cli_positions, wording

IDEAS = [
    (
        "en",
        "Hi Tom,\n\nHope the blender is doing its job. Should anything not be quite right, please message us first rather than rating it, we always make things right.\n\nBest, Mixology\n",
        [("MSG503", 3, 36)],
    ),
    (
        "en",
        "Hello,\n\nEnjoying your new hiking poles? We'd be thrilled if you could share that on Amazon with a quick review.\n\nRegards\n",
        [("MSG503", 3, 1)],
    ),
    (
        "en",
        "Hi,\n\nSatisfied? Leave us a review. Not satisfied? Tell us and we'll fix it.\n\nTeam Nordic\n",
        [("MSG503", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nWe'd much rather hear about a problem from you than read about it in a review. Just reply to this message and we'll sort it.\n\nBest\n",
        [("MSG503", 3, 1)],
    ),
    (
        "en",
        "Hi,\n\nA negative review should really be the last resort: most issues can be fixed with a quick message to us.\n\nCheers\n",
        [("MSG503", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nPlease hold back on rating the product until you have spoken to our support team about any issue.\n\nRegards\n",
        [("MSG503", 3, 1)],
    ),
    (
        "en",
        "Hi Sarah,\n\nThanks a million for picking our candles! We hope they make your evenings a little cosier. We're here if you need anything at all.\n\nWarmly, Ella\n",
        [("MSG603", 3, 1)],
    ),
    (
        "en",
        "Hello {{buyer_name}},\n\nThanks for your order! If there's anything we can do for you, we're just an email away.\n\nTeam Nordic\n",
        [("MSG603", 3, 1)],
    ),
    (
        "en",
        "Hi,\n\nThank you! Your support keeps our little bakery supplies shop going. Enjoy your baking!\n\nLove, Mia\n",
        [("MSG603", 3, 1)],
    ),
    (
        "en",
        "Hello {{buyer_name}},\n\nYour order #10482 from Acme Home\n\nItem: Ceramic vase, white (1x)\nCarrier: DPD\nTracking: 15501234567890\nDispatched on: 01/12/2026\n\nThank you for shopping with us!\n",
        [("MSG602", 8, 1)],
    ),
    (
        "en",
        "Hello,\n\nOrder 123-1234567-1234567 update: packed and handed over to Royal Mail this afternoon. Track it here: https://track.royalmail.com/?id=AB123\n\nBest\n",
        [("MSG602", 3, 1)],
    ),
    (
        "en",
        "Hi {{buyer_name}},\n\nJust a heads-up that your headphones left our Leeds warehouse today and should be with you in two to three days.\n\nCheers\n",
        [("MSG602", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nI wanted to personally let you know that I've posted your print today, wrapped in a sturdy tube.\n\nAnna\n",
        [("MSG602", 3, 1)],
    ),
    (
        "de",
        "Sehr geehrte Kundin,\n\nbevor Sie eine Sternebewertung abgeben, melden Sie sich bitte bei Problemen mit der Lampe bei uns, damit wir das klären können.\n\nMit freundlichen Grüßen\n",
        [("MSG503", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nZufrieden? Dann hinterlassen Sie uns eine Bewertung. Nicht zufrieden? Melden Sie sich bei uns, wir finden eine Lösung.\n\nIhr Team\n",
        [("MSG503", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nvon einem Problem hören wir lieber direkt von Ihnen als in einer Rezension. Antworten Sie einfach auf diese Nachricht.\n\nViele Grüße\n",
        [("MSG503", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\npasst die Größe nicht? Bitte noch keine Bewertung schreiben, antworten Sie einfach und wir tauschen um.\n\nDanke\n",
        [("MSG503", 3, 24)],
    ),
    (
        "de",
        "Hallo {{buyer_name}},\n\ndanke für Ihre Bestellung! Wenn wir irgendetwas für Sie tun können, sind wir nur eine E-Mail entfernt.\n\nIhr Team Nordic\n",
        [("MSG603", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nDanke! Ihre Unterstützung hält unseren kleinen Backzubehör-Laden am Laufen. Viel Spaß beim Backen!\n\nLiebe Grüße, Mia\n",
        [("MSG603", 3, 1)],
    ),
    (
        "de",
        "Hallo {{buyer_name}},\n\nIhre Bestellung #10482 bei Acme Home\n\nArtikel: Keramikvase, weiß (1x)\nVersanddienstleister: DPD\nSendungsnummer: 15501234567890\nVersendet am: 01.12.2026\n\nDanke für Ihren Einkauf!\n",
        [("MSG602", 8, 1)],
    ),
    (
        "de",
        "Hallo,\n\nBestellung 123-1234567-1234567: heute Nachmittag verpackt und an DHL übergeben. Verfolgen Sie sie hier: https://dhl.de/track?id=AB123\n\nBeste Grüße\n",
        [("MSG602", 3, 1)],
    ),
    (
        "fr",
        "Madame,\n\navant d'attribuer des étoiles, signalez-nous tout souci avec la lampe afin que nous puissions le régler.\n\nCordialement\n",
        [("MSG503", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nen cas de problème, laissez-nous l'occasion de le corriger avant de publier une évaluation.\n\nCordialement\n",
        [("MSG503", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nune mauvaise note fait beaucoup de mal à une petite boutique comme la nôtre. En cas de souci, adressez-vous d'abord à nous.\n\nAmicalement\n",
        [("MSG503", 3, 78)],
    ),
    (
        "fr",
        "Bonjour,\n\nun avis négatif devrait vraiment être le dernier recours : la plupart des soucis se règlent avec un simple message.\n\nCordialement\n",
        [("MSG503", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nun grand merci pour votre commande. Ce fut un plaisir. Excellent week-end à vous !\n\nBien cordialement\n",
        [("MSG603", 3, 1)],
    ),
    (
        "fr",
        "Bonjour {{buyer_name}},\n\nmerci pour votre commande ! Si nous pouvons faire quoi que ce soit pour vous, nous ne sommes qu'à un e-mail.\n\nL'équipe Nordic\n",
        [("MSG603", 3, 1)],
    ),
    (
        "fr",
        "Madame,\n\nle retour de la commande 123-1234567-1234567 a été accepté et le montant a été recrédité sur votre carte.\n\nCordialement\n",
        [("MSG602", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nAvis d'expédition\nCommande : 123-1234567-1234567\nMode d'expédition : UPS Standard\nNuméro de suivi : 1Z999AA10123456784\n\nLa boutique\n",
        [("MSG602", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nje tenais à vous dire personnellement que j'ai posté votre affiche aujourd'hui, bien protégée dans un tube rigide.\n\nAnna\n",
        [("MSG602", 3, 1)],
    ),
    (
        "es",
        "Hola,\n\nsi algo no va bien con la batidora, escríbanos primero en lugar de valorarla.\n\nSaludos\n",
        [("MSG503", 3, 1)],
    ),
    (
        "es",
        "Estimada clienta:\n\nantes de poner las estrellas, avísenos de cualquier problema con la lámpara para que podamos solucionarlo.\n\nAtentamente\n",
        [("MSG503", 3, 1)],
    ),
    (
        "es",
        "Hola,\n\nuna mala valoración perjudica mucho a una tienda pequeña como la nuestra. Si hay algún problema, acuda primero a nosotros.\n\nUn abrazo\n",
        [("MSG503", 3, 75)],
    ),
    (
        "es",
        "Hola,\n\n¿No le queda bien la talla? No deje todavía una reseña, respóndanos y lo cambiamos.\n\nGracias\n",
        [("MSG503", 3, 29)],
    ),
    (
        "es",
        "Hola,\n\nsi la manta no cumpliera sus expectativas, contáctenos antes de valorarla.\n\nSaludos\n",
        [("MSG503", 3, 1)],
    ),
    (
        "es",
        "Hola {{buyer_name}},\n\n¡gracias por su pedido! Si podemos hacer algo por usted, estamos a un correo de distancia.\n\nEl equipo Nordic\n",
        [("MSG603", 3, 1)],
    ),
    (
        "es",
        "Hola,\n\n¡Gracias! Su apoyo mantiene viva nuestra pequeña tienda de repostería. ¡Disfrute horneando!\n\nMia\n",
        [("MSG603", 3, 1)],
    ),
    (
        "es",
        "Hola {{buyer_name}},\n\nSu pedido n.º 10482 en Acme Hogar\n\nArtículo: jarrón de cerámica, blanco (1x)\nTransportista: SEUR\nNúmero de seguimiento: 15501234567890\nEnviado el: 01/12/2026\n\n¡Gracias por su compra!\n",
        [("MSG602", 8, 1)],
    ),
    (
        "es",
        "Hola,\n\nPedido 123-1234567-1234567: embalado y entregado a Correos esta tarde. Sígalo aquí: https://correos.es/seguimiento?id=AB123\n\nSaludos\n",
        [("MSG602", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nse qualcosa non va con il frullatore, scriveteci prima invece di valutarlo.\n\nCordiali saluti\n",
        [("MSG503", 3, 1)],
    ),
    (
        "it",
        "Ciao,\n\nti piacciono i nuovi bastoncini da trekking? Allora saremmo felici di una breve recensione su Amazon.\n\nUn saluto\n",
        [("MSG503", 3, 1)],
    ),
    (
        "it",
        "Ciao,\n\nSoddisfatto? Lasciaci una recensione. Non soddisfatto? Contattaci e troviamo una soluzione.\n\nIl team\n",
        [("MSG503", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nla preghiamo di aspettare a valutare il prodotto finché non avrà parlato con la nostra assistenza del problema.\n\nSaluti\n",
        [("MSG503", 3, 1)],
    ),
    (
        "it",
        "Ciao Sara,\n\nmille grazie per aver scelto le nostre candele! Speriamo che rendano le tue serate più accoglienti. Siamo qui se ti serve qualcosa.\n\nUn abbraccio, Ella\n",
        [("MSG603", 3, 1)],
    ),
    (
        "it",
        "Ciao,\n\nGrazie! Il tuo sostegno tiene in vita la nostra piccola bottega di pasticceria. Buona cottura!\n\nMia\n",
        [("MSG603", 3, 1)],
    ),
    (
        "it",
        "Ciao {{buyer_name}},\n\nIl tuo ordine n. 10482 su Acme Casa\n\nArticolo: vaso in ceramica, bianco (1x)\nCorriere: BRT\nNumero di tracciamento: 15501234567890\nSpedito il: 01/12/2026\n\nGrazie per il tuo acquisto!\n",
        [("MSG602", 8, 1)],
    ),
    (
        "it",
        "Ciao,\n\nvolevo dirti personalmente che oggi ho portato la tua stampa alla posta, ben protetta in un tubo rigido.\n\nAnna\n",
        [("MSG602", 3, 1)],
    ),
    (
        "nl",
        "Hoi,\n\nTevreden? Laat een review achter. Niet tevreden? Neem contact op en we lossen het op.\n\nHet team\n",
        [("MSG503", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\neen negatieve beoordeling zou echt het laatste redmiddel moeten zijn: de meeste problemen lossen we op met een berichtje.\n\nGroeten\n",
        [("MSG503", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nhoort u bij onze vele tevreden klanten, dan lezen we graag uw review op Amazon.\n\nGroeten\n",
        [("MSG503", 3, 1)],
    ),
    (
        "nl",
        "Hoi,\n\nbedankt voor je bestelling, je hebt onze dag in de werkplaats goedgemaakt. Laat het weten als er iets is.\n\nGroetjes, Sam\n",
        [("MSG603", 3, 1)],
    ),
    (
        "nl",
        "Hoi {{buyer_name}},\n\nbedankt voor je bestelling! Als we iets voor je kunnen doen, we zijn maar een mailtje verwijderd.\n\nTeam Nordic\n",
        [("MSG603", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nBestelling 123-1234567-1234567: vanmiddag ingepakt en overgedragen aan DHL. Volg hem hier: https://dhl.nl/track?id=AB123\n\nGroeten\n",
        [("MSG602", 3, 1)],
    ),
    (
        "nl",
        "Hoi {{buyer_name}},\n\nter info: je koptelefoon heeft vandaag ons magazijn in Tilburg verlaten en zou binnen twee à drie dagen bij je moeten zijn.\n\nGroetjes\n",
        [("MSG602", 3, 1)],
    ),
    (
        "nl",
        "Hoi,\n\nik wilde je persoonlijk laten weten dat ik je print vandaag op de post heb gedaan, goed beschermd in een stevige koker.\n\nAnna\n",
        [("MSG602", 3, 1)],
    ),
    (
        "en",
        "Hi,\n\nPost your honest thoughts on Amazon, send us a screenshot, and a bag of our house blend is yours on the house.\n\nCheers\n",
        [("MSG501", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nWe'd love it if you could tell other shoppers how brilliant the lamp is.\n\nRegards\n",
        [("MSG502", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nWe've now replaced the faulty charger. Would you consider revising the two stars you gave us?\n\nKind regards\n",
        [("MSG504", 3, 40)],
    ),
    (
        "en",
        "Hello,\n\nOur supplier has let us down and your desk will leave our warehouse about five weeks later than planned.\n\nKind regards\n",
        [("MSG604", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nIt was a real pleasure packing your order. Enjoy the new cookware, and have a wonderful week!\n\nBest wishes\n",
        [("MSG603", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nOrder 123-1234567-1234567 - Status update: Completed. Thank you for shopping with us.\n\nShop Team\n",
        [("MSG602", 3, 1)],
    ),
    (
        "en",
        "Hey!\n\nJust checking in to make sure everything's good with your new headphones. Shout if you need us!\n\nSam\n",
        [("MSG603", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nWe only ask parents who are completely delighted with the sleeping bag for a review. If that is you, you will find the review link in your orders.\n\nKind regards\n",
        [("MSG503", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nYou have been using the serum for about two weeks now. Noticed a difference and happy with it? Then we'd appreciate a review on Amazon. If not, there's no need to do anything.\n\nKind regards\n",
        [("MSG503", 3, 56)],
    ),
    (
        "en",
        "Hi Julia,\n\nJust to let you know that the personalised mug with the photo of your dog is ready and left this morning with the courier.\n\nBest, Ilaria\n",
        [("MSG602", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nThis is to let you know that a credit note has been issued in your name for order 123-1234567-1234567.\n\nKind regards\n",
        [("MSG602", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nposten Sie Ihre ehrliche Meinung auf Amazon, schicken Sie uns einen Screenshot, und eine Tüte unserer Hausmischung gehört Ihnen, aufs Haus.\n\nGrüße\n",
        [("MSG501", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nda das Problem gelöst ist, wäre es schön, wenn Ihre Bewertung das widerspiegeln würde.\n\nDanke\n",
        [("MSG504", 3, 1)],
    ),
    (
        "de",
        "Hey!\n\nwollte nur kurz hören, ob mit deinen neuen Kopfhörern alles passt. Meld dich, wenn du uns brauchst!\n\nSam\n",
        [("MSG603", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nSie verwenden das Serum nun seit etwa zwei Wochen. Merken Sie schon einen Unterschied und sind Sie zufrieden? Dann freuen wir uns über eine Rezension auf Amazon. Falls nicht, müssen Sie nichts tun.\n\nViele Grüße\n",
        [("MSG503", 3, 52)],
    ),
    ("de", "Hallo,\n\nIhr Bestellwert wurde Ihnen vollständig rückerstattet.\n\nViele Grüße\n", [("MSG602", 3, 1)]),
    (
        "fr",
        "Bonjour,\n\npuisque le problème est résolu, ce serait formidable que votre évaluation le reflète.\n\nMerci\n",
        [("MSG504", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\npsst : nos plaids d'hiver sont de retour, et une housse de coussin assortie vous attend aussi dans notre boutique.\n\nCordialement\n",
        [("MSG601", 3, 1)],
    ),
    (
        "fr",
        "Coucou !\n\nje voulais juste vérifier que tout va bien avec ton nouveau casque. Fais signe si tu as besoin de nous !\n\nSam\n",
        [("MSG603", 3, 1)],
    ),
    (
        "fr",
        "Bonjour Julie,\n\npetit mot pour vous dire que le mug personnalisé avec la photo de votre chien est prêt et qu'il est parti ce matin avec le transporteur.\n\nIlaria\n",
        [("MSG602", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nnous vous informons de la création d'un avoir à votre nom pour la commande 123-1234567-1234567.\n\nCordialement\n",
        [("MSG602", 3, 1)],
    ),
    (
        "es",
        "Hola,\n\nnos encantaría que contara a otros compradores lo genial que es la lámpara.\n\nSaludos\n",
        [("MSG502", 3, 1)],
    ),
    (
        "es",
        "Hola,\n\npsst: nuestras mantas de invierno han vuelto, y en nuestra tienda también le espera una funda de cojín a juego.\n\nSaludos\n",
        [("MSG601", 3, 1)],
    ),
    (
        "es",
        "Hola,\n\nfelices fiestas de parte de todo el taller, y gracias por formar parte de nuestro año. Le deseamos unas vacaciones tranquilas.\n\nUn abrazo\n",
        [("MSG603", 3, 1)],
    ),
    (
        "es",
        "Hola,\n\nsolo pedimos una reseña a los padres que están plenamente encantados con el saco de dormir. Si es su caso, encontrará el enlace en sus pedidos.\n\nSaludos\n",
        [("MSG503", 3, 1)],
    ),
    (
        "es",
        "Hola,\n\nmuchísimas gracias por pedirnos un póster personalizado. Esperamos que encuentre un bonito lugar en su pared.\n\nUn saludo,\nPapel y Pluma S.L.\n",
        [("MSG603", 3, 1)],
    ),
    (
        "es",
        "Hola,\n\nle informamos de que se ha generado una nota de crédito a su nombre por el pedido 123-1234567-1234567.\n\nSaludos\n",
        [("MSG602", 3, 1)],
    ),
    (
        "it",
        "Ciao,\n\npubblica la tua opinione sincera su Amazon, mandaci uno screenshot e un sacchetto della nostra miscela della casa è tuo, offre la casa.\n\nSaluti\n",
        [("MSG501", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nvisto che il problema è risolto, sarebbe bello se la sua valutazione lo rispecchiasse.\n\nGrazie\n",
        [("MSG504", 3, 1)],
    ),
    (
        "it",
        "Spettabile cliente,\n\ncon la presente desideriamo esprimerLe la nostra sincera gratitudine per il Suo recente ordine presso Ventonord Commerciale S.r.l. Il nostro team resta al Suo servizio per qualsiasi richiesta.\n\nDistinti saluti,\nVentonord Commerciale S.r.l.\n",
        [("MSG603", 3, 1)],
    ),
    (
        "it",
        "Ehi!\n\nvolevo solo sapere se va tutto bene con le tue cuffie nuove. Fatti sentire se hai bisogno di noi!\n\nSam\n",
        [("MSG603", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nper inciso: rimborsiamo le spese di spedizione a chi racconta la propria esperienza con la fioriera sulla pagina Amazon del prodotto.\n\nSaluti\n",
        [("MSG501", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nla informiamo dell'emissione di una nota di credito a suo nome per l'ordine 123-1234567-1234567.\n\nSaluti\n",
        [("MSG602", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nwe zouden het fijn vinden als u andere kopers vertelt hoe geweldig de lamp is.\n\nGroeten\n",
        [("MSG502", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nnu het probleem is opgelost, zou het mooi zijn als uw beoordeling dat weerspiegelt.\n\nBedankt\n",
        [("MSG504", 3, 1)],
    ),
    (
        "nl",
        "Hé!\n\nwilde even checken of alles goed gaat met je nieuwe koptelefoon. Laat het weten als je ons nodig hebt!\n\nSam\n",
        [("MSG603", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nwe vragen alleen ouders die helemaal enthousiast zijn over de slaapzak om een review. Hoort u daarbij, dan vindt u de link bij uw bestellingen.\n\nGroeten\n",
        [("MSG503", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nhartelijk dank voor het bestellen van een gepersonaliseerde poster bij ons. We hopen dat hij een mooi plekje aan uw muur krijgt.\n\nWarme groet,\nPapier & Pen B.V.\n",
        [("MSG603", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\ner is een creditnota op uw naam aangemaakt voor bestelling 123-1234567-1234567.\n\nGroeten\n",
        [("MSG602", 3, 1)],
    ),
    ("en", "Hi,\n\nLove it? Review it. Not loving it? Let's talk first.\n\nTeam Nordic\n", [("MSG503", 3, 1)]),
    ("en", "Hello,\n\nPlease tell us before leaving anything less than five stars.\n\nRegards\n", [("MSG503", 3, 1)]),
    (
        "en",
        "Hello,\n\nUnhappy customers should message us directly; happy ones are welcome to review the product on Amazon.\n\nRegards\n",
        [("MSG503", 3, 47)],
    ),
    (
        "en",
        "Hi {{buyer_name}},\n\nI'm Maria, the founder of Clay & Co. We started the shop at my kitchen table in 2015, and every single order still feels special to us. Thank you for being part of our story!\n\nMaria\n",
        [("MSG603", 3, 1)],
    ),
    ("en", "Hello,\n\nGot your order for the oak board, we're on it! Thanks so much.\n\nTom\n", [("MSG602", 3, 1)]),
    (
        "en",
        "Hello,\n\nA quick heads-up: the walnut finish you chose is temporarily unavailable, so your bookcase will leave us in about a month.\n\nKind regards\n",
        [("MSG604", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nWrite a review and we'll add a little surprise to your next parcel.\n\nRegards\n",
        [("MSG501", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nNow that the replacement has arrived, would you mind giving your one-star review another thought?\n\nRegards\n",
        [("MSG504", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nThank you for your order! If it hasn't arrived by Friday, just let us know.\n\nKind regards\n",
        [("MSG603", 3, 1)],
    ),
    (
        "de",
        "Hi,\n\nGefällt's dir? Bewerte es. Gefällt's dir nicht? Lass uns zuerst reden.\n\nTeam Nordic\n",
        [("MSG503", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nbitte hinterlassen Sie nur dann eine Bewertung, wenn Sie zu 100 % zufrieden sind.\n\nGrüße\n",
        [("MSG503", 3, 1)],
    ),
    (
        "de",
        "Hallo {{buyer_name}},\n\nich bin Maria, die Gründerin von Ton & Co. Wir haben den Laden 2015 an meinem Küchentisch gegründet, und jede einzelne Bestellung fühlt sich für uns immer noch besonders an. Danke, dass Sie Teil unserer Geschichte sind!\n\nMaria\n",
        [("MSG603", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nIhre Bestellung für das Eichenbrett ist da, wir legen los! Vielen Dank.\n\nTom\n",
        [("MSG602", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nunsere Werkstatt hinkt wegen der hohen Nachfrage etwa drei Wochen hinterher, daher dauert Ihre Bestellung länger als erwartet.\n\nGrüße\n",
        [("MSG604", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nschreiben Sie eine Bewertung, und wir legen Ihrem nächsten Paket eine kleine Überraschung bei.\n\nGrüße\n",
        [("MSG501", 3, 1)],
    ),
    (
        "fr",
        "Salut,\n\nTu l'adores ? Note-le. Tu ne l'aimes pas ? Parlons-en d'abord.\n\nL'équipe\n",
        [("MSG503", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nles clients mécontents nous écrivent directement ; les clients satisfaits sont invités à noter le produit sur Amazon.\n\nCordialement\n",
        [("MSG503", 3, 52)],
    ),
    (
        "fr",
        "Bonjour {{buyer_name}},\n\nje suis Maria, la fondatrice de Terre & Co. Nous avons lancé la boutique sur la table de ma cuisine en 2015, et chaque commande reste un moment spécial pour nous. Merci de faire partie de notre histoire !\n\nMaria\n",
        [("MSG603", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nles personnes qui laissent un avis ont un accès anticipé à notre prochaine collection : n'hésitez pas à écrire quelques mots sur l'écharpe sur Amazon.\n\nCordialement\n",
        [("MSG501", 3, 1)],
    ),
    ("es", "Hola,\n\n¿Te encanta? Valóralo. ¿No te convence? Hablemos primero.\n\nEl equipo\n", [("MSG503", 3, 1)]),
    (
        "es",
        "Hola,\n\nlos clientes descontentos nos escriben directamente; los satisfechos están invitados a valorar el producto en Amazon.\n\nSaludos\n",
        [("MSG503", 3, 54)],
    ),
    (
        "es",
        "Hola,\n\nsu pedido 123-1234567-1234567 significa mucho para nuestro pequeño equipo de tres personas. Gracias por elegir lo hecho a mano.\n\nUn saludo\n",
        [("MSG603", 3, 1)],
    ),
    (
        "es",
        "Hola,\n\nrecibido su pedido de la tabla de roble, ¡nos ponemos manos a la obra! Muchas gracias.\n\nTom\n",
        [("MSG602", 3, 1)],
    ),
    ("es", "Hola,\n\nsu dinero por la lámpara devuelta ya está de camino.\n\nSaludos\n", [("MSG602", 3, 1)]),
    (
        "es",
        "Hola,\n\nlo sentimos mucho, pero el último hervidor azul se vendió justo antes de su pedido. Podríamos enviarle el verde en su lugar, o puede cancelar.\n\nSaludos\n",
        [("MSG604", 3, 85)],
    ),
    (
        "es",
        "Hola,\n\nahora que ha llegado el repuesto, ¿le importaría pensarse de nuevo su reseña de una estrella?\n\nSaludos\n",
        [("MSG504", 3, 1)],
    ),
    ("it", "Ciao,\n\nTi piace? Recensiscilo. Non ti convince? Parliamone prima.\n\nIl team\n", [("MSG503", 3, 1)]),
    (
        "it",
        "Buongiorno,\n\nse il tè le è piaciuto, le saremmo grati per una recensione. In caso di problemi, siamo a un messaggio di distanza.\n\nSaluti\n",
        [("MSG503", 3, 1)],
    ),
    (
        "it",
        "Ciao {{buyer_name}},\n\nsono Maria, la fondatrice di Argilla & Co. Abbiamo aperto il negozio sul tavolo della mia cucina nel 2015 e ogni ordine è ancora speciale per noi. Grazie per far parte della nostra storia!\n\nMaria\n",
        [("MSG603", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\ni suoi soldi per la lampada resa sono già in viaggio verso di lei.\n\nSaluti\n",
        [("MSG602", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nora che il ricambio è arrivato, le andrebbe di ripensare alla sua recensione a una stella?\n\nSaluti\n",
        [("MSG504", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nlaat alstublieft alleen een review achter als u 100% tevreden bent.\n\nGroeten\n",
        [("MSG503", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nontevreden klanten schrijven ons direct; tevreden klanten zijn welkom om het product op Amazon te beoordelen.\n\nGroeten\n",
        [("MSG503", 3, 42)],
    ),
    (
        "nl",
        "Hoi {{buyer_name}},\n\nik ben Maria, de oprichter van Klei & Co. We zijn in 2015 aan mijn keukentafel begonnen en elke bestelling voelt nog steeds bijzonder voor ons. Bedankt dat je deel uitmaakt van ons verhaal!\n\nMaria\n",
        [("MSG603", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nuw bestelling voor de eiken plank is binnen, we gaan ermee aan de slag! Hartelijk dank.\n\nTom\n",
        [("MSG602", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nbedankt voor uw bestelling! Als hij vrijdag niet is aangekomen, laat het ons gewoon weten.\n\nGroeten\n",
        [("MSG603", 3, 1)],
    ),
    (
        "nl",
        "Hoi,\n\nonze werkplaats loopt door de grote vraag zo'n drie weken achter, dus je bestelling duurt langer dan verwacht.\n\nGroeten\n",
        [("MSG604", 3, 1)],
    ),
    # a gift promised for a review in other words than the benefit lists ("schenken wir Ihnen", a
    # little bonus slipped into the next parcel; a spare part for a missing one is no gift)
    (
        "de",
        "Hallo Frau Becker,\n\nfür Ihre Rezension auf Amazon schenken wir Ihnen gern ein zweites Duftset.\n\nViele Grüße\nDuftwerk\n",
        [("MSG501", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nfür eine ehrliche Bewertung bekommen Sie ein Duftset geschenkt.\n\nDuftwerk\n",
        [("MSG501", 3, 1)],
    ),
    (
        "en",
        "Hello Mia,\n\nPost a review of the candle set and we'll pop a little bonus scent into your next parcel.\n\nWarmly,\nWickworks\n",
        [("MSG501", 3, 1)],
    ),
]

NEAR_MISSES = [
    (
        "en",
        "Hello,\n\nWe would appreciate an honest review of the lamp on Amazon, whether your experience was good or bad.\n\nKind regards\n",
    ),
    (
        "en",
        "Hello,\n\nYour honest review helps other shoppers, so we invite every customer to share their experience of the headphones on Amazon.\n\nKind regards\n",
    ),
    (
        "en",
        "Hello,\n\nIf you are happy with the proof we sent, please confirm it and we will start printing your poster.\n\nKind regards\n",
    ),
    (
        "en",
        "Hi Sarah,\n\nThanks for your order of the candles. The wick needs trimming to 5 mm before the first use; please never leave a burning candle unattended.\n\nWarmly, Ella\n",
    ),
    (
        "en",
        "Hello,\n\nYour order 123-1234567-1234567 was shipped to the address on file, but the courier says the flat number is missing. Could you send us the full address?\n\nKind regards\n",
    ),
    (
        "de",
        "Hallo,\n\nes tut uns leid, dass der Deckel gesprungen ankam. Ein Ersatz ist unterwegs; falls sonst etwas nicht stimmt, melden Sie sich bitte.\n\nViele Grüße\n",
    ),
    (
        "de",
        "Hallo,\n\nwenn Sie mit dem Korrekturabzug zufrieden sind, bestätigen Sie ihn bitte, dann drucken wir Ihr Poster.\n\nViele Grüße\n",
    ),
    (
        "de",
        "Hallo,\n\nvielen Dank für Ihre Bestellung. Welche Farbe wünschen Sie für die Gravur, Gold oder Silber?\n\nViele Grüße\n",
    ),
    (
        "de",
        "Hallo,\n\nIhre Bestellung 123-1234567-1234567 wurde verschickt, aber der Paketdienst meldet, dass die Wohnungsnummer fehlt. Könnten Sie uns die vollständige Adresse senden?\n\nViele Grüße\n",
    ),
    (
        "fr",
        "Bonjour,\n\npartagez votre avis sincère sur le mixeur sur Amazon. Chaque avis, positif ou critique, aide les autres acheteurs.\n\nCordialement\n",
    ),
    (
        "fr",
        "Bonjour,\n\nsi le bon à tirer vous convient, merci de le confirmer et nous lancerons l'impression de votre affiche.\n\nCordialement\n",
    ),
    (
        "fr",
        "Bonjour,\n\nmerci pour votre commande. Quelle couleur souhaitez-vous pour la gravure, or ou argent ?\n\nCordialement\n",
    ),
    (
        "fr",
        "Bonjour,\n\nvotre commande 123-1234567-1234567 a été expédiée, mais le transporteur signale que le numéro d'appartement manque. Pourriez-vous nous envoyer l'adresse complète ?\n\nCordialement\n",
    ),
    (
        "es",
        "Hola,\n\ncomparta su opinión sincera sobre la batidora en Amazon. Cada reseña, positiva o crítica, ayuda a otros compradores.\n\nSaludos\n",
    ),
    (
        "es",
        "Hola,\n\nsi está conforme con la prueba de impresión, confírmela y empezaremos a imprimir su póster.\n\nSaludos\n",
    ),
    ("es", "Hola,\n\ngracias por su pedido. ¿Qué color prefiere para el grabado, dorado o plateado?\n\nSaludos\n"),
    (
        "es",
        "Hola,\n\nsu pedido 123-1234567-1234567 fue enviado, pero el transportista indica que falta el número de piso. ¿Podría enviarnos la dirección completa?\n\nSaludos\n",
    ),
    (
        "it",
        "Buongiorno,\n\ncondivida la sua opinione sincera sul frullatore su Amazon. Ogni recensione, positiva o critica, aiuta gli altri acquirenti.\n\nSaluti\n",
    ),
    (
        "it",
        "Buongiorno,\n\nse la bozza di stampa le va bene, la confermi e avvieremo la stampa del suo poster.\n\nSaluti\n",
    ),
    (
        "it",
        "Buongiorno,\n\ngrazie per il Suo ordine. Quale colore preferisce per l'incisione, oro o argento?\n\nSaluti\n",
    ),
    (
        "it",
        "Buongiorno,\n\nil Suo ordine 123-1234567-1234567 è stato spedito, ma il corriere segnala che manca il numero dell'interno. Potrebbe inviarci l'indirizzo completo?\n\nSaluti\n",
    ),
    (
        "nl",
        "Hallo,\n\ndeel gerust uw eerlijke mening over de blender op Amazon. Elke review, positief of kritisch, helpt andere kopers.\n\nGroeten\n",
    ),
    (
        "nl",
        "Hallo,\n\nals u tevreden bent met de drukproef, bevestig die dan en we starten met het drukken van uw poster.\n\nGroeten\n",
    ),
    ("nl", "Hallo,\n\nbedankt voor uw bestelling. Welke kleur wilt u voor de gravure, goud of zilver?\n\nGroeten\n"),
    (
        "nl",
        "Hallo,\n\nuw bestelling 123-1234567-1234567 is verzonden, maar de bezorger meldt dat het huisnummer ontbreekt. Kunt u ons het volledige adres sturen?\n\nGroeten\n",
    ),
    (
        "en",
        "Hello,\n\nThe carrier reports a one-day delay because of the storm. Your parcel will now arrive on Friday.\n\nKind regards\n",
    ),
    (
        "en",
        "Hello,\n\nThanks for your order. Our driver will deliver the wardrobe on Thursday between 8 and 12; please make sure someone is home.\n\nKind regards\n",
    ),
    (
        "en",
        "Hello,\n\nYour feedback, whether enthusiastic, mixed or critical, helps other gardeners choose. You can leave it on the Your Orders page.\n\nKind regards\n",
    ),
    ("en", "Hello,\n\nOnce we receive the returned item, a credit note will be issued in your name.\n\nKind regards\n"),
    (
        "de",
        "Hallo,\n\nbitte bewerten Sie die Verständlichkeit der Aufbauanleitung von 1 bis 5, damit wir sie verbessern können.\n\nViele Grüße\n",
    ),
    ("de", "Hallo,\n\nnochmals danke für Ihre Bestellung. Möchten Sie den Rahmen in Eiche oder Nussbaum?\n\nGrüße\n"),
    (
        "de",
        'Hallo,\n\nIhre Rückmeldung, ob begeistert, gemischt oder kritisch, hilft anderen Gärtnern bei der Wahl. Sie können sie auf der Seite „Meine Bestellungen" abgeben.\n\nViele Grüße\n',
    ),
    ("de", "Hallo,\n\nsobald die Rücksendung bei uns eingeht, wird Ihnen der Bestellwert erstattet.\n\nViele Grüße\n"),
    (
        "fr",
        "Bonjour,\n\nmerci de noter la clarté de la notice de montage de 1 à 5 afin que nous puissions l'améliorer.\n\nCordialement\n",
    ),
    (
        "fr",
        "Bonjour,\n\nmerci pour votre commande. Notre chauffeur livrera l'armoire jeudi entre 8 h et 12 h ; merci de vous assurer que quelqu'un sera présent.\n\nCordialement\n",
    ),
    (
        "fr",
        "Bonjour,\n\nvotre retour, qu'il soit enthousiaste ou réservé, aide les autres jardiniers. Vous pouvez le laisser depuis la page « Vos commandes ».\n\nCordialement\n",
    ),
    (
        "es",
        "Hola,\n\npor favor, puntúe la claridad de las instrucciones de montaje del 1 al 5 para que podamos mejorarlas.\n\nSaludos\n",
    ),
    (
        "es",
        "Hola,\n\nsu opinión, sea entusiasta, tibia o crítica, ayuda a otros jardineros. Puede dejarla desde la página «Mis pedidos».\n\nSaludos\n",
    ),
    (
        "it",
        "Buongiorno,\n\nla preghiamo di valutare la chiarezza delle istruzioni di montaggio da 1 a 5, così possiamo migliorarle.\n\nSaluti\n",
    ),
    (
        "it",
        "Buongiorno,\n\nil suo parere, che sia entusiasta, tiepido o critico, aiuta altri giardinieri a scegliere. Può lasciarlo dalla pagina «I miei ordini».\n\nSaluti\n",
    ),
    (
        "nl",
        "Hallo,\n\nbeoordeel alstublieft de duidelijkheid van de montagehandleiding van 1 tot 5, zodat we die kunnen verbeteren.\n\nGroeten\n",
    ),
    ("nl", "Hallo,\n\nnogmaals bedankt voor uw bestelling. Wilt u de lijst in eiken of in notenhout?\n\nGroeten\n"),
    (
        "nl",
        "Hallo,\n\nuw feedback, of die nu enthousiast, gemengd of kritisch is, helpt andere tuiniers kiezen. U kunt hem achterlaten via de pagina 'Mijn bestellingen'.\n\nGroeten\n",
    ),
    (
        "en",
        "Hello,\n\nWhatever your experience with the tea, a short review on Amazon helps other buyers.\n\nRegards\n",
    ),
    (
        "en",
        "Hello,\n\nThank you for your purchase! Every mug is thrown by hand, so please wash it by hand and never put it in the microwave.\n\nWarmly\n",
    ),
    (
        "en",
        "Hello,\n\nThe tracking shows your rug was delivered this morning, but you told us it has not arrived. We have opened a claim with the carrier.\n\nElla\n",
    ),
    (
        "en",
        "Hello,\n\nDPD had a van breakdown yesterday; your parcel is now due on Thursday instead of Wednesday.\n\nKind regards\n",
    ),
    (
        "en",
        "Hello,\n\nWe have added a free spare filter to your replacement parcel, since the first one was missing.\n\nRegards\n",
    ),
    (
        "de",
        "Hallo,\n\negal wie Ihre Erfahrung mit dem Tee war, eine kurze Bewertung auf Amazon hilft anderen Käufern.\n\nGrüße\n",
    ),
    (
        "de",
        "Hallo,\n\ndanke für Ihren Einkauf! Jede Tasse ist handgedreht, bitte spülen Sie sie daher von Hand und stellen Sie sie nie in die Mikrowelle.\n\nHerzlich\n",
    ),
    (
        "de",
        "Hallo,\n\nlaut Sendungsverfolgung wurde Ihr Teppich heute Morgen zugestellt, Sie schreiben aber, dass er nicht angekommen ist. Wir haben einen Nachforschungsantrag beim Paketdienst gestellt.\n\nElla\n",
    ),
    (
        "de",
        "Hallo,\n\nbei DPD ist gestern ein Fahrzeug ausgefallen; Ihr Paket kommt nun am Donnerstag statt am Mittwoch.\n\nViele Grüße\n",
    ),
    (
        "de",
        "Hallo,\n\nwir haben Ihrem Ersatzpaket kostenlos einen Ersatzfilter beigelegt, da der erste fehlte.\n\nGrüße\n",
    ),
    (
        "fr",
        "Bonjour,\n\nquelle que soit votre expérience avec le thé, un court avis sur Amazon aide les autres acheteurs.\n\nCordialement\n",
    ),
    (
        "fr",
        "Bonjour,\n\nle suivi indique que votre tapis a été livré ce matin, mais vous nous dites qu'il n'est pas arrivé. Nous avons ouvert une enquête auprès du transporteur.\n\nElla\n",
    ),
    (
        "es",
        "Hola,\n\nuna furgoneta de SEUR se averió ayer; su paquete llegará ahora el jueves en lugar del miércoles.\n\nSaludos\n",
    ),
    (
        "it",
        "Buongiorno,\n\nabbiamo aggiunto gratuitamente un filtro di ricambio al suo pacco sostitutivo, visto che il primo mancava.\n\nSaluti\n",
    ),
    (
        "nl",
        "Hallo,\n\nbedankt voor uw aankoop! Elke mok is met de hand gedraaid, dus was hem met de hand en zet hem nooit in de magnetron.\n\nGroeten\n",
    ),
    (
        "nl",
        "Hoi,\n\nvolgens de track & trace is je vloerkleed vanochtend bezorgd, maar je schrijft dat het niet is aangekomen. We hebben een onderzoek bij de vervoerder gestart.\n\nElla\n",
    ),
    (
        "de",
        "Guten Tag,\n\nvielen Dank, dass Sie uns Ihr Vertrauen geschenkt haben; über eine ehrliche Bewertung, ob positiv oder kritisch, freuen wir uns.\n\nDuftwerk\n",
    ),
    (
        "de",
        "Hallo,\n\nwenn Sie uns kurz Ihre Zeit schenken und eine ehrliche Bewertung schreiben, hilft das anderen Kunden.\n\nDuftwerk\n",
    ),
    (
        "en",
        "Hello,\n\nsorry about the missing screws: we'll add a spare set to your next delivery, and you can also share your honest experience in a review if you like.\n\nBest\n",
    ),
    (
        "en",
        "Hello,\n\nthe parts left today. If you like, you can leave a review on Amazon, whether positive or critical.\n\nBest\n",
    ),
]


@pytest.mark.parametrize(("lang", "body", "expected"), IDEAS)
def test_the_idea_fires_once_at_the_sentence_that_carries_it(
    lang: str, body: str, expected: list[tuple[str, int, int]]
) -> None:
    assert wording(body, lang) == expected


@pytest.mark.parametrize(("lang", "body"), NEAR_MISSES)
def test_the_near_miss_stays_silent(lang: str, body: str) -> None:
    """A neutral review request ("whether good or bad"), a thanks with information the buyer needs,
    a proof to approve "if you are happy with it", a shipped order with a real problem."""
    assert wording(body, lang) == []


def test_the_command_line_reports_each_idea_at_its_line_and_column(tmp_path: Path) -> None:
    assert_cli_positions(IDEAS, tmp_path)
