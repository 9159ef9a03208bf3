"""Wording ideas of the sixth session (issue #10), in en, de, fr, es, it and nl, written as our own
probes of each idea the way different sellers write it (not fixture sentences), with near misses
that stay silent.

Gating in new wordings: a condition on having got what one hoped for ("provided it does everything
you wanted", "ist es alles, was Sie sich erhofft haben?", "à condition qu'il réponde à vos
attentes", subjunctives and verb-last clauses included), "if it made you smile", "in the event that
you are satisfied", "before heading to Amazon to rate it", "don't leave a bad review, reply here".
Thanks-only with a warm remark ("you made our day") or opening hours of the support team.
Confirmations: "your parcel is now with DHL", "on its way to you", "I popped it in the post", "we
confirm receipt of your payment", "your order shipped today". Incentives without voucher words:
"write a review and we'll add a second set to your next order", "everyone who reviews it gets a
strap on us". A thanks "for choosing our shop" is no promotion (de "unseren Shop" was MARKETING:
a compliant "Danke für Ihren Einkauf in unserem Shop. Anbei die Rechnung." got MSG601). Each
finding is at the exact line and column of the sentence that carries the purpose.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import lint_text, run_cli

WORDING = {"MSG501", "MSG502", "MSG503", "MSG504", "MSG601", "MSG602", "MSG603", "MSG604"}


def wording(body: str, lang: str) -> list[tuple[str, int, int]]:
    return [d for d in lint_text(body, "m.txt", language=lang) if d[0] in WORDING]


IDEAS = [
    (
        "en",
        "Hi Sam,\n\nThanks for order 123-1234567-1234567. Provided the grinder does everything you wanted, a quick review on Amazon would be lovely.\n\nBest, Tom\n",
        [("MSG503", 3, 39)],
    ),
    (
        "en",
        "Hi there,\n\nBefore heading to Amazon to rate the kettle, please allow us to make things right if anything is off.\n\nKind regards, The Team\n",
        [("MSG503", 3, 1)],
    ),
    (
        "en",
        "Hi,\n\nIs the rug everything you hoped for? Then a review on Amazon would help us a lot.\n\nThanks\n",
        [("MSG503", 3, 1)],
    ),
    (
        "en",
        "Hi Jo,\n\nIf your new boots made you smile, please tell other buyers in a review.\n\nThanks, Kay\n",
        [("MSG503", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nIn the event that you are satisfied with the purchase, a review would mean a lot.\n\nBest regards\n",
        [("MSG503", 3, 1)],
    ),
    ("en", "Hi,\n\nJust letting you know I popped your print in the post today.\n\nCheers, Anna\n", [("MSG602", 3, 1)]),
    ("en", "Hi,\n\nQuick update: your order shipped today via DHL.\n\nThanks\n", [("MSG602", 3, 1)]),
    (
        "en",
        "Hello,\n\nLeave your review and reply here: we will pop a second set of brushes in the post for you.\n\nKind regards\n",
        [("MSG501", 3, 1)],
    ),
    ("en", "Hi,\n\nEveryone who reviews the mat this month gets a matching strap on us.\n\nBest\n", [("MSG501", 3, 1)]),
    (
        "de",
        "Hallo Frau Weber,\n\nvorausgesetzt, die Mühle erfüllt all Ihre Erwartungen, würden wir uns über eine kurze Bewertung auf Amazon freuen.\n\nViele Grüße\n",
        [("MSG503", 3, 1)],
    ),
    (
        "de",
        "Guten Tag,\n\nsollte die Decke Ihren Wünschen entsprochen haben, freuen wir uns über ein paar Worte auf Amazon.\n\nMit freundlichen Grüßen\n",
        [("MSG503", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nIst der Teppich alles, was Sie sich erhofft haben? Dann würde uns eine Bewertung auf Amazon sehr helfen.\n\nDanke\n",
        [("MSG503", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nWenn Ihnen die neuen Stiefel ein Lächeln ins Gesicht gezaubert haben, erzählen Sie es anderen Käufern in einer Bewertung.\n\nLiebe Grüße\n",
        [("MSG503", 3, 1)],
    ),
    (
        "de",
        "Hey!\n\nDanke für deine Bestellung – du hast uns echt den Tag versüßt. Bei Fragen einfach melden.\n\nLiebe Grüße, Mia\n",
        [("MSG603", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\ngute Nachricht: Ihr Paket ist jetzt bei DHL. Sendungsnummer: 00340434161234567890.\n\nGrüße\n",
        [("MSG602", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nIhre Lampe ist unterwegs zu Ihnen! Sie sollte in 2-3 Tagen ankommen.\n\nGrüße\n",
        [("MSG602", 3, 1)],
    ),
    ("de", "Hallo,\n\nkurzes Update: Ihre Bestellung ging heute mit DHL raus.\n\nDanke\n", [("MSG602", 3, 1)]),
    (
        "de",
        "Hallo,\n\nschreiben Sie eine kurze Rezension und wir legen Ihrer nächsten Bestellung ein zweites Pinselset bei.\n\nViele Grüße\n",
        [("MSG501", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\njeder, der die Matte diesen Monat bewertet, bekommt einen passenden Gurt von uns dazu.\n\nGrüße\n",
        [("MSG501", 3, 1)],
    ),
    (
        "fr",
        "Bonjour Madame Martin,\n\nà condition que le moulin réponde à toutes vos attentes, un petit avis sur Amazon nous ferait très plaisir.\n\nCordialement\n",
        [("MSG503", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nsi le plaid a été à la hauteur de vos espérances, quelques mots sur Amazon seraient les bienvenus.\n\nBien à vous\n",
        [("MSG503", 3, 1)],
    ),
    (
        "fr",
        "Chère cliente,\n\nsi quelque chose ne va pas, ne laissez pas de mauvais avis : répondez simplement à ce message et nous corrigerons cela.\n\nCordialement\n",
        [("MSG503", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nLe tapis est-il tout ce que vous espériez ? Alors un avis sur Amazon nous aiderait beaucoup.\n\nMerci\n",
        [("MSG503", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nau cas où vous seriez satisfait de la chaise, pourriez-vous nous évaluer sur Amazon ?\n\nCordialement\n",
        [("MSG503", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nSi vos nouvelles bottes vous ont donné le sourire, racontez-le aux autres acheteurs dans un avis.\n\nAmitiés\n",
        [("MSG503", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nbonne nouvelle : votre colis est maintenant chez Colissimo. Numéro de suivi : 6A12345678901.\n\nBien à vous\n",
        [("MSG602", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nvotre lampe est en route vers vous ! Elle devrait arriver d'ici 2 à 3 jours.\n\nCordialement\n",
        [("MSG602", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nrédigez un petit avis et nous glisserons un deuxième set de pinceaux dans votre prochaine commande.\n\nCordialement\n",
        [("MSG501", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\ntoute personne qui évalue le tapis ce mois-ci reçoit une sangle assortie offerte par nos soins.\n\nCordialement\n",
        [("MSG501", 3, 1)],
    ),
    (
        "es",
        "Buenos días:\n\nsi la manta ha estado a la altura de lo que esperaba, unas palabras en Amazon serían bienvenidas.\n\nUn saludo\n",
        [("MSG503", 3, 1)],
    ),
    (
        "es",
        "Estimada clienta:\n\nsi algo no va bien, no deje una mala reseña: responda a este mensaje y lo arreglaremos.\n\nAtentamente\n",
        [("MSG503", 3, 1)],
    ),
    (
        "es",
        "Hola:\n\n¿Es la alfombra todo lo que esperaba? Entonces una reseña en Amazon nos ayudaría mucho.\n\nGracias\n",
        [("MSG503", 3, 1)],
    ),
    (
        "es",
        "Hola:\n\nen caso de que esté satisfecho con la silla, ¿podría valorarnos en Amazon?\n\nAtentamente\n",
        [("MSG503", 3, 1)],
    ),
    (
        "es",
        "Hola:\n\nSi sus botas nuevas le han sacado una sonrisa, cuénteselo a otros compradores en una reseña.\n\nUn abrazo\n",
        [("MSG503", 3, 1)],
    ),
    (
        "es",
        "Hola:\n\nbuenas noticias: su paquete ya está con SEUR. Número de seguimiento: 1Z999AA10123456784.\n\nSaludos\n",
        [("MSG602", 3, 1)],
    ),
    (
        "es",
        "Hola:\n\n¡su lámpara va de camino hacia usted! Debería llegar en 2-3 días.\n\nSaludos\n",
        [("MSG602", 3, 1)],
    ),
    (
        "it",
        "Gentile Sig.ra Rossi,\n\na patto che il macinino soddisfi tutte le sue aspettative, saremmo felici di una breve recensione su Amazon.\n\nCordiali saluti\n",
        [("MSG503", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nse il plaid è stato all'altezza delle sue aspettative, qualche parola su Amazon sarebbe gradita.\n\nUn saluto\n",
        [("MSG503", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nIl tappeto è tutto ciò che sperava? Allora una recensione su Amazon ci aiuterebbe molto.\n\nGrazie\n",
        [("MSG503", 3, 1)],
    ),
    (
        "it",
        "Ciao,\n\nSe i tuoi nuovi stivali ti hanno strappato un sorriso, raccontalo agli altri acquirenti in una recensione.\n\nUn abbraccio\n",
        [("MSG503", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nbuone notizie: il suo pacco ora è con BRT. Numero di tracciamento: 1Z999AA10123456784.\n\nSaluti\n",
        [("MSG602", 3, 1)],
    ),
    (
        "it",
        "Ciao,\n\nsolo per dirti che oggi ho portato la tua stampa all'ufficio postale.\n\nUn abbraccio, Anna\n",
        [("MSG602", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nconfermiamo la ricezione del suo pagamento per l'ordine 123-1234567-1234567.\n\nSaluti\n",
        [("MSG602", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nla sua lampada è in viaggio verso di lei! Dovrebbe arrivare in 2-3 giorni.\n\nSaluti\n",
        [("MSG602", 3, 1)],
    ),
    (
        "nl",
        "Beste mevrouw De Vries,\n\nmits de molen aan al uw verwachtingen voldoet, zouden we een korte review op Amazon erg waarderen.\n\nMet vriendelijke groet\n",
        [("MSG503", 3, 1)],
    ),
    (
        "nl",
        "Goedendag,\n\nmocht de plaid aan uw wensen hebben voldaan, dan zijn een paar woorden op Amazon welkom.\n\nGroet\n",
        [("MSG503", 3, 1)],
    ),
    (
        "nl",
        "Hoi,\n\nVind je de theepot leuk? Beoordeel hem. Niet? Schrijf ons en we lossen het op.\n\nHet team\n",
        [("MSG503", 3, 1)],
    ),
    (
        "nl",
        "Beste klant,\n\nals er iets niet klopt, laat dan geen slechte review achter maar antwoord gewoon op dit bericht, dan lossen we het op.\n\nMet vriendelijke groet\n",
        [("MSG503", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nIs het vloerkleed alles waar u op hoopte? Dan zou een review op Amazon ons enorm helpen.\n\nBedankt\n",
        [("MSG503", 3, 1)],
    ),
    (
        "nl",
        "Hoi,\n\nAls je nieuwe laarzen je een glimlach hebben bezorgd, vertel het andere kopers in een review.\n\nLiefs\n",
        [("MSG503", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\neen dikke dankjewel vanuit onze kleine werkplaats. Bij vragen zijn we maar een berichtje van je verwijderd.\n\nGroet\n",
        [("MSG603", 3, 1)],
    ),
    (
        "nl",
        "Hoi!\n\nBedankt voor je bestelling, je hebt onze dag helemaal goed gemaakt. Vragen? App of mail ons.\n\nLiefs, Mia\n",
        [("MSG603", 3, 1)],
    ),
    (
        "nl",
        "Goedendag,\n\nwe waarderen uw vertrouwen enorm. Onze klantenservice is van maandag tot vrijdag bereikbaar.\n\nMet vriendelijke groet\n",
        [("MSG603", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\ngoed nieuws: uw pakket is nu bij PostNL. Track & trace: 3SABCD1234567.\n\nGroet\n",
        [("MSG602", 3, 1)],
    ),
    (
        "nl",
        "Hoi,\n\neven laten weten: ik heb je print vandaag naar het postkantoor gebracht.\n\nLiefs, Anna\n",
        [("MSG602", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nwij bevestigen de ontvangst van uw betaling voor bestelling 123-1234567-1234567.\n\nGroet\n",
        [("MSG602", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\niedereen die de mat deze maand beoordeelt, krijgt er een bijpassende riem bij van ons.\n\nGroet\n",
        [("MSG501", 3, 1)],
    ),
]

NEAR_MISSES = [
    (
        "de",
        "Hallo,\n\nvielen Dank für Ihren Einkauf in unserem Shop. Anbei finden Sie die Rechnung zu Ihrer Bestellung 123-1234567-1234567.\n\nViele Grüße\n",
    ),
    (
        "de",
        "Hallo,\n\ndanke, dass Sie sich für unseren Shop entschieden haben. Welche Gravur wünschen Sie für den Ring?\n\nViele Grüße\n",
    ),
    (
        "de",
        "Hallo,\n\nwenn Sie besondere Wünsche zur Gravur haben, schreiben Sie uns. Über eine ehrliche Bewertung freuen wir uns.\n\nViele Grüße\n",
    ),
    (
        "fr",
        "Bonjour,\n\nnous espérons que le produit réponde à vos attentes. Un avis sincère, positif ou négatif, aide les autres acheteurs.\n\nCordialement\n",
    ),
    (
        "en",
        "Hello,\n\nWe hope the lamp is everything you hoped for. Please leave an honest review, good or bad.\n\nKind regards\n",
    ),
    (
        "en",
        "Hello,\n\nYour replacement will be in the post tomorrow. We are sorry the first one arrived broken.\n\nKind regards\n",
    ),
    (
        "en",
        "Hello,\n\nWhether you loved the mixer or found something to criticise, your honest review helps other buyers.\n\nKind regards\n",
    ),
    (
        "en",
        "Hello,\n\nThank you for order 123-1234567-1234567. We'd appreciate your honest review on Amazon, good or bad.\n\nRegards\n",
    ),
    (
        "en",
        "Hi,\n\nSorry the handle arrived cracked. We have sent a replacement today; if anything else is wrong, just reply to this message.\n\nBest\n",
    ),
    (
        "en",
        "Hello,\n\nThe carrier rate for heavy parcels has changed, so delivery to the island now takes two days.\n\nKind regards\n",
    ),
    (
        "en",
        "Hi,\n\nIf you are happy with the proof, please confirm it by replying; we will start printing then.\n\nBest\n",
    ),
    (
        "en",
        "Dear customer,\n\nBefore you use the grill for the first time, please read the safety leaflet attached.\n\nKind regards\n",
    ),
    ("en", "Hi,\n\nThanks for your order. Which colour would you like for the strap, black or brown?\n\nBest\n"),
    ("en", "Hello,\n\nThank you for your order. Please find the assembly instructions attached.\n\nKind regards\n"),
    (
        "en",
        "Hi,\n\nThanks for your order. The courier needs a phone number to deliver the sofa; could you send us one?\n\nBest\n",
    ),
    (
        "en",
        "Hi,\n\nYour order shipped today, but we noticed the house number is missing from the address. Could you send it to us?\n\nBest\n",
    ),
    (
        "en",
        "Hello,\n\nWe are sorry: the parcel was returned to us as undeliverable. Please confirm your address so we can resend it.\n\nKind regards\n",
    ),
    (
        "en",
        "Hello,\n\nWe sent a free replacement strap because the first one was torn. Please leave an honest review when you have a moment.\n\nKind regards\n",
    ),
    ("de", "Hallo,\n\nob begeistert oder kritisch: Ihre ehrliche Bewertung hilft anderen Käufern.\n\nViele Grüße\n"),
    (
        "de",
        "Hallo,\n\nder Griff kam leider gesprungen an. Wir haben heute Ersatz verschickt; falls sonst etwas nicht stimmt, antworten Sie einfach auf diese Nachricht.\n\nViele Grüße\n",
    ),
    (
        "de",
        "Hallo,\n\nwenn Sie mit dem Entwurf zufrieden sind, bestätigen Sie ihn bitte per Antwort; dann beginnen wir mit dem Druck.\n\nGrüße\n",
    ),
    (
        "de",
        "Guten Tag,\n\nbevor Sie den Grill zum ersten Mal benutzen, lesen Sie bitte das beigefügte Sicherheitsblatt.\n\nMit freundlichen Grüßen\n",
    ),
    (
        "de",
        "Hallo,\n\ndanke für Ihre Bestellung. Welche Farbe wünschen Sie für das Armband, schwarz oder braun?\n\nGrüße\n",
    ),
    (
        "de",
        "Hallo,\n\nvielen Dank für Ihre Bestellung. Die Aufbauanleitung finden Sie im Anhang.\n\nMit freundlichen Grüßen\n",
    ),
    (
        "de",
        "Hallo,\n\nIhre Bestellung ist heute rausgegangen, aber in der Adresse fehlt die Hausnummer. Könnten Sie sie uns schicken?\n\nGrüße\n",
    ),
    (
        "de",
        "Guten Tag,\n\nleider kam das Paket als unzustellbar zu uns zurück. Bitte bestätigen Sie Ihre Adresse, damit wir es erneut senden können.\n\nFreundliche Grüße\n",
    ),
    (
        "de",
        "Hallo,\n\nwir haben Ihnen einen kostenlosen Ersatzgurt geschickt, weil der erste gerissen war. Über eine ehrliche Bewertung freuen wir uns.\n\nViele Grüße\n",
    ),
    ("fr", "Bonjour,\n\nenthousiaste ou critique, votre avis sincère aide les autres acheteurs.\n\nCordialement\n"),
    (
        "fr",
        "Bonjour,\n\nla poignée est arrivée fêlée. Nous avons envoyé un remplacement aujourd'hui ; si autre chose ne va pas, répondez simplement à ce message.\n\nCordialement\n",
    ),
    (
        "fr",
        "Bonjour,\n\nsi le visuel vous convient, merci de le valider en répondant à ce message ; nous lancerons alors l'impression.\n\nCordialement\n",
    ),
    (
        "fr",
        "Bonjour,\n\navant la première utilisation du barbecue, veuillez lire la notice de sécurité jointe.\n\nCordialement\n",
    ),
    (
        "fr",
        "Bonjour,\n\nmerci pour votre commande. Quelle couleur souhaitez-vous pour le bracelet, noir ou marron ?\n\nCordialement\n",
    ),
    (
        "fr",
        "Bonjour,\n\nmerci pour votre commande. Vous trouverez la notice de montage en pièce jointe.\n\nCordialement\n",
    ),
    (
        "fr",
        "Bonjour,\n\nmerci pour votre achat dans notre boutique. Vous trouverez la facture en pièce jointe.\n\nCordialement\n",
    ),
    (
        "fr",
        "Bonjour,\n\nvotre commande est partie aujourd'hui, mais il manque le numéro de rue dans l'adresse. Pourriez-vous nous l'envoyer ?\n\nCordialement\n",
    ),
    (
        "fr",
        "Bonjour,\n\nle colis nous a été retourné car non distribuable. Merci de confirmer votre adresse afin que nous puissions le renvoyer.\n\nCordialement\n",
    ),
    (
        "fr",
        "Bonjour,\n\nnous vous avons envoyé une sangle de remplacement gratuite car la première était déchirée. Un avis sincère nous ferait plaisir.\n\nCordialement\n",
    ),
    ("es", "Hola:\n\nentusiasta o crítica, su reseña sincera ayuda a otros compradores.\n\nSaludos\n"),
    (
        "es",
        "Hola:\n\nel asa llegó rota. Hoy hemos enviado un repuesto; si algo más no va bien, responda a este mensaje.\n\nSaludos\n",
    ),
    (
        "es",
        "Hola:\n\nsi está conforme con el boceto, confírmelo respondiendo a este mensaje; entonces empezaremos a imprimir.\n\nSaludos\n",
    ),
    ("es", "Hola:\n\nantes de usar la barbacoa por primera vez, lea la hoja de seguridad adjunta.\n\nAtentamente\n"),
    ("es", "Hola:\n\ngracias por su pedido. ¿Qué color desea para la correa, negro o marrón?\n\nSaludos\n"),
    ("es", "Hola:\n\ngracias por su compra en nuestra tienda. Adjuntamos la factura de su pedido.\n\nSaludos\n"),
    (
        "es",
        "Hola:\n\nsu pedido salió hoy, pero falta el número de la calle en la dirección. ¿Podría enviárnoslo?\n\nSaludos\n",
    ),
    (
        "es",
        "Hola:\n\nle hemos enviado una correa de repuesto gratuita porque la primera estaba rota. Una reseña sincera nos alegraría.\n\nSaludos\n",
    ),
    ("it", "Buongiorno,\n\nentusiasta o critica, la sua recensione sincera aiuta gli altri acquirenti.\n\nSaluti\n"),
    (
        "it",
        "Buongiorno,\n\nil manico è arrivato incrinato. Oggi abbiamo spedito un ricambio; se qualcos'altro non va, risponda pure a questo messaggio.\n\nSaluti\n",
    ),
    (
        "it",
        "Buongiorno,\n\nse la bozza le va bene, la confermi rispondendo a questo messaggio; poi avvieremo la stampa.\n\nSaluti\n",
    ),
    (
        "it",
        "Buongiorno,\n\nprima di usare il barbecue per la prima volta, legga il foglio di sicurezza allegato.\n\nCordiali saluti\n",
    ),
    (
        "it",
        "Buongiorno,\n\ngrazie per il suo ordine. Che colore desidera per il cinturino, nero o marrone?\n\nSaluti\n",
    ),
    ("it", "Buongiorno,\n\ngrazie per il suo acquisto nel nostro negozio. In allegato trova la fattura.\n\nSaluti\n"),
    (
        "it",
        "Buongiorno,\n\nil suo ordine è partito oggi, ma nell'indirizzo manca il numero civico. Potrebbe inviarcelo?\n\nSaluti\n",
    ),
    (
        "it",
        "Buongiorno,\n\nle abbiamo inviato una cinghia di ricambio gratuita perché la prima era strappata. Una recensione sincera ci farebbe piacere.\n\nSaluti\n",
    ),
    ("nl", "Hallo,\n\nenthousiast of kritisch, uw eerlijke review helpt andere kopers.\n\nGroet\n"),
    (
        "nl",
        "Hallo,\n\nhet handvat kwam gebarsten aan. We hebben vandaag een vervangend exemplaar verstuurd; als er nog iets niet klopt, antwoord dan gewoon op dit bericht.\n\nGroet\n",
    ),
    (
        "nl",
        "Hallo,\n\nals u tevreden bent met het ontwerp, bevestig het dan door te antwoorden; daarna starten we met drukken.\n\nGroet\n",
    ),
    (
        "nl",
        "Goedendag,\n\nlees voor het eerste gebruik van de barbecue het bijgevoegde veiligheidsblad.\n\nMet vriendelijke groet\n",
    ),
    ("nl", "Hallo,\n\nbedankt voor uw bestelling. Welke kleur wilt u voor het bandje, zwart of bruin?\n\nGroet\n"),
    ("nl", "Hallo,\n\nbedankt voor uw aankoop in onze winkel. In de bijlage vindt u de factuur.\n\nGroet\n"),
    (
        "nl",
        "Hallo,\n\nuw bestelling is vandaag verzonden, maar het huisnummer ontbreekt in het adres. Kunt u het ons sturen?\n\nGroet\n",
    ),
    (
        "nl",
        "Hallo,\n\nwe hebben u een gratis vervangende riem gestuurd omdat de eerste gescheurd was. Een eerlijke review zouden we waarderen.\n\nGroet\n",
    ),
]


@pytest.mark.parametrize(("lang", "body", "expected"), IDEAS)
def test_the_idea_fires_once_at_the_sentence_that_carries_it(
    lang: str, body: str, expected: list[tuple[str, int, int]]
) -> None:
    assert wording(body, lang) == expected


@pytest.mark.parametrize(("lang", "body"), NEAR_MISSES)
def test_the_near_miss_stays_silent(lang: str, body: str) -> None:
    """A neutral review request ("enthusiastic or critical"), a proof to approve "if you are happy
    with it", care instructions "before the first use", a shipped order with a missing house
    number, a free replacement with an honest review request, a thanks with a question or an
    invoice, a thanks for shopping "in our shop"."""
    assert wording(body, lang) == []


def test_the_command_line_reports_each_idea_at_its_line_and_column(tmp_path: Path) -> None:
    by_lang: dict[str, list[tuple[str, list[tuple[str, int, int]]]]] = {}
    for n, (lang, body, expected) in enumerate(IDEAS):
        if len(by_lang.setdefault(lang, [])) < 3:
            path = tmp_path / lang / f"m{n}.txt"
            path.parent.mkdir(exist_ok=True)
            path.write_text(body, encoding="utf-8")
            by_lang[lang].append((str(path), expected))
    for lang, files in by_lang.items():
        proc = run_cli("check", "--language", lang, "--select", "MSG5,MSG6", *(p for p, _ in files))
        assert proc.returncode == 1, proc.stderr
        found = [m.groups() for m in re.finditer(r"^(.+?):(\d+):(\d+): (MSG\d{3}) ", proc.stdout.decode(), re.M)]
        for path, expected in files:
            got = [(code, int(line), int(col)) for p, line, col, code in found if p == path]
            assert got == expected, (path, proc.stdout.decode())
