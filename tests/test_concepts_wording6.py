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
strap on us". Praise or criticism is neutral (en, fr, es, it, nl had read "praise" as a
request for a positive review); an arrival estimate "in a couple of days" is no carrier delay; "we
need nothing else from you" is no request. Thanks-only in informal and formal registers ("you made
our day", "on behalf of the whole team", "seven days a week", "Veuillez agréer..."). A thanks "for
choosing our shop" is no promotion (de "unseren Shop" was MARKETING:
a compliant "Danke für Ihren Einkauf in unserem Shop. Anbei die Rechnung." got MSG601). Each
finding is at the exact line and column of the sentence that carries the purpose.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_cli_positions, wording

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
    # second round: ideas of the seventh blind set's misses, in our own words
    (
        "en",
        "Hello,\n\nPlease tell other buyers in a review why you love the lamp so much.\n\nRegards\n",
        [("MSG502", 3, 1)],
    ),
    (
        "en",
        "Hi,\n\nYour candle set went into the post this afternoon. It should reach you within a couple of days.\n\nBest, Ivy\n",
        [("MSG602", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nIhr Kerzenset ist heute Nachmittag zur Post gegangen. Es sollte in zwei Tagen bei Ihnen sein.\n\nGrüße\n",
        [("MSG602", 3, 1)],
    ),
    (
        "de",
        "Guten Tag,\n\nhiermit bestätigen wir, dass Ihre Bestellung 123-1234567-1234567 bei uns eingegangen ist. Wir benötigen keine weiteren Angaben von Ihnen.\n\nMit freundlichen Grüßen\n",
        [("MSG602", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nkönnten Sie Ihr Kundenfeedback zu der Pumpe noch einmal überarbeiten?\n\nGrüße\n",
        [("MSG504", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nwenn die Lieferung zu Ihrer vollen Zufriedenheit verlaufen ist, freuen wir uns über eine Rezension.\n\nViele Grüße\n",
        [("MSG503", 3, 1)],
    ),
    (
        "fr",
        "Madame, Monsieur,\n\nnous vous remercions pour votre commande 123-1234567-1234567 et restons à votre entière disposition.\nJe vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments distingués.\n\nLe service clientèle\n",
        [("MSG603", 3, 1)],
    ),
    (
        "es",
        "Hola:\n\nacusamos recibo de su pedido 123-1234567-1234567. No necesitamos ningún dato más por su parte.\n\nSaludos\n",
        [("MSG602", 3, 1)],
    ),
    (
        "es",
        "Hola:\n\nsi ya ha probado la crema y está encantada con el resultado, le agradeceríamos una reseña en Amazon.\n\nSaludos\n",
        [("MSG503", 3, 1)],
    ),
    (
        "es",
        "Hola:\n\n¿Ha conseguido ya el brillo que buscaba? Entonces es el momento de contarlo en una reseña.\n\nSaludos\n",
        [("MSG503", 3, 1)],
    ),
    (
        "it",
        "Ciao,\n\nsolo due righe per dirti grazie. Se un giorno ti servisse qualcosa, sai dove trovarci.\n\nUn saluto\n",
        [("MSG603", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nse volesse premiarci con il massimo delle stelle, ci farebbe un grande piacere.\n\nSaluti\n",
        [("MSG502", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nil bollitore ha mantenuto quello che prometteva? Allora ci lasci una recensione su Amazon.\n\nSaluti\n",
        [("MSG503", 3, 1)],
    ),
    (
        "it",
        "Buongiorno,\n\nci lasci una recensione solo quando si sentirà di consigliare il prodotto a un'amica.\n\nSaluti\n",
        [("MSG503", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nwilt u met een review wachten tot we het probleem met de accu hebben opgelost?\n\nGroet\n",
        [("MSG503", 3, 1)],
    ),
    (
        "nl",
        "Hoi,\n\nschrijf je een review van de lamp, dan krijg je van ons een tientje terug.\n\nGroet\n",
        [("MSG501", 3, 1)],
    ),
    # third round: thanks-only in informal and formal registers, a shop system's 'on the move'
    (
        "en",
        "Dear valued customer,\n\nOn behalf of the whole team, thank you for your recent order. Should you require any assistance, our friendly team is on hand seven days a week.\nYours sincerely,\n\nCustomer Care\n",
        [("MSG603", 3, 1)],
    ),
    (
        "en",
        "Hello {{first_name}},\n\nGreat news! Items from your order {{order_number}} are on the move.\nItem: Linen apron (1)\nCourier: DPD\nTrack your parcel: {{tracking_url}}\n\nThe Linen Co.\n",
        [("MSG602", 3, 13)],
    ),
    (
        "de",
        "Hey Chris,\n\nmega Dank, dass du dir eine unserer Tassen geschnappt hast – möge dein Kaffee jetzt noch besser schmecken. Melde dich, wenn du uns brauchst.\n\nJen von Tonwerk\n",
        [("MSG603", 3, 1)],
    ),
    (
        "de",
        "Sehr geehrte Kundin, sehr geehrter Kunde,\n\nim Namen des gesamten Teams danken wir Ihnen für Ihre Bestellung. Unser Serviceteam ist sieben Tage die Woche für Sie da.\nMit freundlichen Grüßen\n\nIhr Kundenservice\n",
        [("MSG603", 1, 1)],
    ),
    (
        "de",
        "Hi,\n\ndanke für die Bestellung! Falls was hakt, schreib uns einfach, wir kümmern uns drum.\n\nTom\n",
        [("MSG603", 3, 1)],
    ),
    (
        "fr",
        "Salut Chris,\n\nun énorme merci d'avoir craqué pour une de nos tasses – que ton café soit encore meilleur ! Fais-nous signe si besoin.\n\nJen de Terre & Feu\n",
        [("MSG603", 3, 1)],
    ),
    (
        "es",
        "¡Hola, Chris!\n\nMil gracias por llevarte una de nuestras tazas; que tu café sepa aún mejor. Si nos necesitas, avísanos.\n\nJen de Barro Vivo\n",
        [("MSG603", 3, 1)],
    ),
    ("es", "Hola:\n\n¡gracias por el pedido! Si algo falla, escríbenos y lo arreglamos.\n\nTom\n", [("MSG603", 3, 1)]),
    (
        "it",
        "Ciao Chris,\n\ngrazie mille per aver scelto una delle nostre tazze: che il tuo caffè sia ancora più buono! Se ti serviamo, scrivici.\n\nJen di Terracotta Viva\n",
        [("MSG603", 3, 1)],
    ),
    ("it", "Ciao,\n\ngrazie per l'ordine! Se qualcosa non va, scrivici e sistemiamo.\n\nTom\n", [("MSG603", 3, 1)]),
    (
        "nl",
        "Hoi Chris,\n\nsuperbedankt dat je een van onze mokken hebt gescoord – moge je koffie nu nog lekkerder smaken! Laat het weten als je ons nodig hebt.\n\nJen van Kleiwerk\n",
        [("MSG603", 3, 1)],
    ),
    (
        "nl",
        "Geachte klant,\n\nnamens het hele team bedanken wij u voor uw bestelling. Onze klantenservice staat zeven dagen per week voor u klaar.\nMet vriendelijke groet,\n\nKlantenservice\n",
        [("MSG603", 3, 1)],
    ),
    (
        "nl",
        "Hoi,\n\ndank voor de bestelling! Loopt er iets mis, stuur ons een berichtje en we lossen het op.\n\nTom\n",
        [("MSG603", 3, 1)],
    ),
    # shop systems (real templates): an order summary line "Order: ... placed on", a credit created in the buyer's name
    (
        "en",
        "Hello {{firstname}},\n\nOrder details\nOrder: {{order_name}} placed on {{date}}\nPayment: {{payment}}\nCarrier: {{carrier}}\n\n{{shop_name}}\n",
        [("MSG602", 4, 1)],
    ),
    (
        "de",
        "Hallo {{firstname}},\n\nIhre Bestellung Nr. {{id_order}}\nDamit werden Sie über die Erstellung eines Gutscheins auf Ihren Namen nach Ihrer Bestellung informiert.\n\n{{shop_name}}\n",
        [("MSG602", 4, 1)],
    ),
    (
        "es",
        "Hola {{firstname}}:\n\nTe informamos que se ha generado un vale de compra a tu favor desde el pedido {{id_order}}.\n\n{{shop_name}}\n",
        [("MSG602", 3, 1)],
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
    # second round: praise or criticism is neutral; an arrival estimate is no delay; no request
    (
        "en",
        "Hi,\n\nThanks for buying our tent. Praise or criticism, a short honest review on Amazon helps other campers decide.\n\nBest\n",
    ),
    ("en", "Hello,\n\nCompliments, complaints or suggestions: every honest review on Amazon is welcome.\n\nRegards\n"),
    (
        "en",
        "Hello,\n\nThe replacement lid left today and should be with you in a day or two. Sorry again for the crack.\n\nKind regards\n",
    ),
    ("en", "Hello,\n\nPlease find the invoice attached. We do not need anything else from you.\n\nKind regards\n"),
    (
        "de",
        "Hallo,\n\ndanke für Ihren Kauf. Lob oder Kritik: eine ehrliche Bewertung auf Amazon hilft anderen Campern.\n\nViele Grüße\n",
    ),
    (
        "de",
        "Hallo,\n\ndie Gravur wurde zu Ihrer vollen Zufriedenheit angepasst? Dann geben Sie uns bitte kurz Bescheid, damit wir versenden.\n\nGrüße\n",
    ),
    ("de", "Hallo,\n\nIhr Feedback zur Gravur haben wir erhalten; wir passen den Entwurf bis Freitag an.\n\nGrüße\n"),
    (
        "fr",
        "Bonjour,\n\nmerci pour votre achat. Éloges ou critiques, un avis sincère sur Amazon aide les autres campeurs.\n\nCordialement\n",
    ),
    (
        "fr",
        "Madame, Monsieur,\n\nveuillez trouver ci-joint la facture de votre commande.\nVeuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\nLe service clientèle\n",
    ),
    (
        "fr",
        "Bonjour,\n\nplutôt que par la poste, nous envoyons les pièces par transporteur ; votre avis sincère sur Amazon est le bienvenu.\n\nCordialement\n",
    ),
    (
        "es",
        "Hola:\n\ngracias por su compra. Elogios o críticas: una reseña sincera en Amazon ayuda a otros campistas.\n\nSaludos\n",
    ),
    ("es", "Hola:\n\nnecesitamos la dirección completa para enviar su pedido. ¿Podría enviárnosla?\n\nSaludos\n"),
    (
        "it",
        "Buongiorno,\n\ngrazie per l'acquisto. Elogi o critiche: una recensione sincera su Amazon aiuta gli altri campeggiatori.\n\nSaluti\n",
    ),
    (
        "it",
        "Buongiorno,\n\nci farebbe un regalo se ci inviasse una foto del danno: così possiamo spedire subito il ricambio.\n\nSaluti\n",
    ),
    ("it", "Buongiorno,\n\nse le serve qualcosa per il montaggio, trova le istruzioni in allegato.\n\nSaluti\n"),
    (
        "nl",
        "Hallo,\n\nbedankt voor uw aankoop. Lof of kritiek: een eerlijke review op Amazon helpt andere kampeerders.\n\nGroet\n",
    ),
    (
        "nl",
        "Hallo,\n\nstuur het product terug, dan krijgt u het volledige bedrag terug. Een eerlijke review mag altijd.\n\nGroet\n",
    ),
    ("nl", "Hallo,\n\nwe hebben verder niets van u nodig; de factuur zit in de bijlage.\n\nGroet\n"),
    # third round: a thanks next to a request, a wish next to shipping news, 'on the move' with a problem
    (
        "en",
        "Hi,\n\nThanks for your order! The apron is made to order, so please tell us the name you'd like embroidered.\n\nBest\n",
    ),
    (
        "en",
        "Order #4471\n\nItem: Oak chopping board x1\n\nStatus: Awaiting your engraving text - please reply to this message.\n",
    ),
    (
        "en",
        "Hi,\n\nThanks for your order! Our team is on hand seven days a week; please send us the engraving text by Friday.\n\nBest\n",
    ),
    (
        "en",
        "Hello,\n\nYour parcel was on the move, but the courier has returned it as the address is incomplete. Could you send us the full address?\n\nRegards\n",
    ),
    (
        "de",
        "Hallo,\n\ndanke für Ihre Bestellung! Die Schürze wird auf Bestellung gefertigt; bitte nennen Sie uns den Namen für die Stickerei.\n\nGrüße\n",
    ),
    (
        "de",
        "Bestellung #4471\n\nArtikel: Schneidebrett Eiche x1\n\nStatus: Wartet auf Ihren Gravurtext – bitte antworten Sie auf diese Nachricht.\n",
    ),
    (
        "de",
        "Hallo,\n\ndanke für Ihre Bestellung. Falls was hakt beim Aufbau: die Anleitung liegt als PDF bei.\n\nGrüße\n",
    ),
    (
        "de",
        "Hallo,\n\nmöge Ihnen der Tisch lange Freude machen. Bitte teilen Sie uns noch mit, an welchem Tag die Spedition liefern darf.\n\nGrüße\n",
    ),
    (
        "fr",
        "Bonjour,\n\nmerci pour votre commande ! Le tablier est fait sur commande : pouvez-vous nous indiquer le prénom à broder ?\n\nCordialement\n",
    ),
    (
        "fr",
        "Salut,\n\nmerci pour la commande ! Écris-nous la couleur que tu veux pour le coussin, on s'en occupe dès réception.\n\nTom\n",
    ),
    (
        "es",
        "Hola:\n\n¡gracias por su pedido! El delantal se hace por encargo: ¿nos indica el nombre que desea bordado?\n\nSaludos\n",
    ),
    (
        "es",
        "Hola:\n\n¡mil gracias por su pedido! ¿Nos indica a qué hora le viene mejor la entrega del sofá?\n\nSaludos\n",
    ),
    (
        "it",
        "Buongiorno,\n\ngrazie per il suo ordine! Il grembiule è fatto su misura: ci indica il nome da ricamare?\n\nSaluti\n",
    ),
    (
        "it",
        "Ciao,\n\ngrazie per l'ordine! Scrivici quale colore preferisci per il cuscino, così lo prepariamo.\n\nUn saluto\n",
    ),
    (
        "nl",
        "Hallo,\n\nbedankt voor uw bestelling! Het schort wordt op maat gemaakt: welke naam mogen we borduren?\n\nGroet\n",
    ),
    (
        "nl",
        "Hallo,\n\ndank voor de bestelling! Laat ons weten welke kleur u wilt; het kussen staat klaar zodra we het weten.\n\nGroet\n",
    ),
    (
        "nl",
        "Hallo,\n\nde koffie is lekkerder vers gemalen, daarom sturen we de bonen pas na het branden: uw pakket vertrekt maandag.\n\nGroet\n",
    ),
    # a comment on an order "placed on" a date is no confirmation; a shipping policy is no status
    (
        "en",
        "Dear {{customer_name}},\n\nNew comment added to your order {{order_id}} placed on {{created_at}}:\n\n{{comment}}\n",
    ),
    (
        "en",
        "Hello,\n\nOrders placed before 2pm ship the same day; yours is waiting for the engraving text. Could you send it to us?\n\nRegards\n",
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
    assert_cli_positions(IDEAS, tmp_path)
