"""Wording ideas of the seventh session (issue #10): gating modelled as STRUCTURE, not phrases, in en,
de, fr, es, it and nl, written as our own probes of each idea the way different sellers write it
(not fixture sentences), with near misses that stay silent.

A review request governed by a condition about the OUTCOME ("if the serum already makes your skin
glow", "provided the cover protects your phone well", "sobald Sie sicher sind, dass die Jacke wie
angegossen sitzt", "tant que les pédales font leur travail") is gated; a condition about time, wish,
ability or the parcel ("when you have a moment", "once you've used it for a few days", "if you
like", "sobald das Paket angekommen ist") is not, nor a negated one ("if you are not happy"), nor a
review that is itself the condition ("when you write a review it helps"). "Did it keep its promise?
Then a review..." (the condition asked, the review in the next sentence); "If not, just reply" right
after a review request; a review deferred for a message to us or until we fix it ("wait with a
rating until we could solve it", "nicht in die Bewertung, sondern direkt an uns"). Near misses: a
neutral review request ("whether good or bad", "tanto si es buena como si no"), "if you have any
questions, contact us" next to an honest review request, "Did the parcel arrive? Then...", "Would
you like to help other buyers? Then...", "wait until the glue has dried", "we reply before 6 pm",
"Als klein familiebedrijf..." (Dutch "als" = as). Reviews asked ONLY of buyers with a good outcome
("solo pedimos reseñas a los clientes que recomendarían..."), while "it only takes a minute" stays
neutral. Confirmations in a personal register: "I dropped it off at the post office", "hoy he
mandado los señuelos", "confiée à La Poste aujourd'hui", "your order has come in" (not "once I have
dropped it off", "sera confié à La Poste demain"). Thanks-only with a pleasantry or "we're here".
Each finding is at the exact line and column of the sentence that carries the purpose.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_cli_positions, wording

from msglint.core.packs import PackError
from msglint.text.concepts import Combo, annotate_texts
from msglint.text.phrases import fold

IDEAS = [
    (
        "en",
        "Hello,\n\nIf the serum already makes your skin glow, we'd love a review on Amazon.\n\nKind regards\n",
        [("MSG503", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nDid the mixer keep its promise? Then we'd be glad to read your review; if not, feel free to skip it.\n\nKind regards\n",
        [("MSG503", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nThanks for your order. Please write a review only once you'd recommend the lamp to a friend.\n\nKind regards\n",
        [("MSG503", 3, 24)],
    ),
    (
        "en",
        "Hello,\n\nWhen you are sure the jacket fits like a glove, then tell others about it on Amazon.\n\nKind regards\n",
        [("MSG503", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nIf everything went to your full satisfaction we'd welcome a review; if not, just reply to this message.\n\nKind regards\n",
        [("MSG503", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nThanks for your order. Should the grinder turn out to be a real help in your kitchen, we'd appreciate a short review.\n\nKind regards\n",
        [("MSG503", 3, 24)],
    ),
    (
        "en",
        "Hello,\n\nIf the tent kept you dry all weekend, a review on Amazon would make our day.\n\nKind regards\n",
        [("MSG503", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nAs long as the pedals do their job, feel free to rate them on Amazon.\n\nKind regards\n",
        [("MSG503", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nThanks for your order. Has the kettle become your favourite? Then a few words on Amazon would help us.\n\nKind regards\n",
        [("MSG503", 3, 24)],
    ),
    (
        "en",
        "Hello,\n\nIf the headphones sound as good as you hoped, please leave a review.\n\nKind regards\n",
        [("MSG503", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nIn case the brush works wonders for your dog, we'd be thrilled to read your review.\n\nKind regards\n",
        [("MSG503", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nThanks for your order. Provided the cover protects your phone well, we'd be grateful for a rating.\n\nKind regards\n",
        [("MSG503", 3, 24)],
    ),
    (
        "en",
        "Hello,\n\nDoes the lamp brighten up your evenings? If so, we'd welcome a review.\n\nKind regards\n",
        [("MSG503", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nThanks for your order. If you would recommend the saw to a colleague, please say so in a review on Amazon.\n\nKind regards\n",
        [("MSG503", 3, 24)],
    ),
    (
        "en",
        "Hello,\n\nOnce you're convinced the filter does what it promised, please leave a review.\n\nKind regards\n",
        [("MSG503", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nThanks for your order. In case of disappointment, reach us through Amazon messages rather than the product comments.\n\nKind regards\n",
        [("MSG503", 3, 24)],
    ),
    (
        "en",
        "Hello,\n\nIf something is off, please wait with a rating until we could solve it.\n\nKind regards\n",
        [("MSG503", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nAny complaints? Not in your review, but directly to us please.\n\nKind regards\n",
        [("MSG503", 3, 17)],
    ),
    (
        "en",
        "Hello,\n\nThanks for your order. Please hold off on feedback until our service team has solved the problem.\n\nKind regards\n",
        [("MSG503", 3, 24)],
    ),
    (
        "en",
        "Hello,\n\nIf the mixer gives you trouble, write to us instead of writing a review.\n\nKind regards\n",
        [("MSG503", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nPlease postpone your rating until we have replaced the part.\n\nKind regards\n",
        [("MSG503", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nThanks for your order. Problems with the pump? Tell us first and rate it afterwards.\n\nKind regards\n",
        [("MSG503", 3, 48)],
    ),
    (
        "en",
        "Hello,\n\nIf the tent leaks, message us before you post anything on the product page.\n\nKind regards\n",
        [("MSG503", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nShould anything be wrong, please don't rate us yet, send us a message.\n\nKind regards\n",
        [("MSG503", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nThanks for your order. Unhappy? Then please talk to us and not to the review page.\n\nKind regards\n",
        [("MSG503", 3, 33)],
    ),
    (
        "en",
        "Hello,\n\nIf you're disappointed, give our support a chance before any rating.\n\nKind regards\n",
        [("MSG503", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nThanks for your order. Thank you so much for your order! We hope the new teapot makes your mornings a little cosier.\n\nKind regards\n",
        [("MSG603", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nThanks for shopping with us. If anything comes up, we're here.\n\nKind regards\n",
        [("MSG603", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nMany thanks for choosing our little shop. Enjoy your new lamp and have a great weekend!\n\nKind regards\n",
        [("MSG603", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nThanks for your order. Thank you for your purchase of the bike pump. We're always here if you need us.\n\nKind regards\n",
        [("MSG603", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nThanks a lot for your order, it really means a lot to us. We wish you lots of fun with the puzzle.\n\nKind regards\n",
        [("MSG603", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nThank you for trusting us with your order. Should you ever need anything, we are only a message away.\n\nKind regards\n",
        [("MSG603", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nThanks for your order. Dear customer, thank you for your order 123-1234567-1234567. Our team is at your disposal for any questions.\n\nKind regards\n",
        [("MSG603", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nJust wanted to say a big thank you for your order! Hope the candles smell as lovely as they look.\n\nKind regards\n",
        [("MSG603", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nJust a quick note: I took your parcel to the post office this morning.\n\nKind regards\n",
        [("MSG602", 3, 1)],
    ),
    (
        "en",
        "Hello,\n\nThanks for your order. Your order has come in and we are packing it now.\n\nKind regards\n",
        [("MSG602", 3, 24)],
    ),
    ("en", "Hello,\n\nI handed your parcel in at the post office today.\n\nKind regards\n", [("MSG602", 3, 1)]),
    ("en", "Hello,\n\nYour notebook was posted this afternoon.\n\nKind regards\n", [("MSG602", 3, 1)]),
    (
        "en",
        "Hello,\n\nThanks for your order. Good news: your order was received and is being prepared.\n\nKind regards\n",
        [("MSG602", 3, 24)],
    ),
    ("en", "Hello,\n\nYour parcel has been handed over to DPD.\n\nKind regards\n", [("MSG602", 3, 1)]),
    (
        "en",
        "Hello,\n\nThanks for your order. We have received your order and will ship it tomorrow.\n\nKind regards\n",
        [("MSG602", 3, 24)],
    ),
    ("en", "Hello,\n\nOrder status: shipped\n\nKind regards\n", [("MSG602", 3, 1)]),
    (
        "de",
        "Hallo,\n\nWenn das Serum Ihre Haut schon zum Strahlen bringt, freuen wir uns über eine Rezension auf Amazon.\n\nViele Grüße\n",
        [("MSG503", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nHat der Mixer gehalten, was er verspricht? Dann lesen wir gern Ihre Bewertung.\n\nViele Grüße\n",
        [("MSG503", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nDanke für Ihre Bestellung. Bitte schreiben Sie eine Bewertung erst, wenn Sie die Lampe einer Freundin empfehlen würden.\n\nViele Grüße\n",
        [("MSG503", 3, 28)],
    ),
    (
        "de",
        "Hallo,\n\nSobald Sie sicher sind, dass die Jacke wie angegossen sitzt, erzählen Sie es anderen Käufern.\n\nViele Grüße\n",
        [("MSG503", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nFalls alles zu Ihrer vollen Zufriedenheit verlaufen ist, freuen wir uns über eine Bewertung.\n\nViele Grüße\n",
        [("MSG503", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nDanke für Ihre Bestellung. Sollte Ihnen der Schleifer in der Werkstatt eine echte Hilfe sein, würden wir uns über eine kurze Bewertung freuen.\n\nViele Grüße\n",
        [("MSG503", 3, 28)],
    ),
    (
        "de",
        "Hallo,\n\nWenn das Zelt Sie das ganze Wochenende trocken gehalten hat, wäre eine Bewertung auf Amazon toll.\n\nViele Grüße\n",
        [("MSG503", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nSolange die Pedale ihren Dienst tun und Sie überzeugen, bewerten Sie sie gern auf Amazon.\n\nViele Grüße\n",
        [("MSG503", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nDanke für Ihre Bestellung. Ist der Wasserkocher Ihr neuer Liebling? Dann helfen uns ein paar Zeilen auf Amazon sehr.\n\nViele Grüße\n",
        [("MSG503", 3, 28)],
    ),
    (
        "de",
        "Hallo,\n\nWenn der Kopfhörer so gut klingt, wie Sie es erhofft haben, hinterlassen Sie bitte eine Rezension.\n\nViele Grüße\n",
        [("MSG503", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nVorausgesetzt, die Hülle schützt Ihr Handy gut, freuen wir uns über eine Sternebewertung.\n\nViele Grüße\n",
        [("MSG503", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nDanke für Ihre Bestellung. Funktioniert die Bürste bei Ihrem Hund wahre Wunder? Dann schreiben Sie gern eine Rezension.\n\nViele Grüße\n",
        [("MSG503", 3, 28)],
    ),
    (
        "de",
        "Hallo,\n\nBei Problemen schreiben Sie uns bitte über die Amazon-Nachrichten statt einer Rezension.\n\nViele Grüße\n",
        [("MSG503", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nFalls etwas nicht stimmt, warten Sie mit der Bewertung bitte, bis wir es gelöst haben.\n\nViele Grüße\n",
        [("MSG503", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nDanke für Ihre Bestellung. Beschwerden bitte nicht in die Bewertung, sondern direkt an uns.\n\nViele Grüße\n",
        [("MSG503", 3, 28)],
    ),
    (
        "de",
        "Hallo,\n\nBitte verschieben Sie Ihre Bewertung, bis unser Service das Problem behoben hat.\n\nViele Grüße\n",
        [("MSG503", 3, 1)],
    ),
    (
        "de",
        "Hallo,\n\nWir freuen uns über eine Bewertung, wenn alles gut gelaufen ist. Falls nicht, antworten Sie einfach auf diese Nachricht.\n\nViele Grüße\n",
        [("MSG503", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nVotre affiche a été emballée avec soin et confiée à La Poste aujourd'hui.\n\nCordialement\n",
        [("MSG602", 3, 1)],
    ),
    ("fr", "Bonjour,\n\nJ'ai déposé votre colis au bureau de poste ce matin.\n\nCordialement\n", [("MSG602", 3, 1)]),
    (
        "fr",
        "Bonjour,\n\nSi le sérum fait déjà briller votre peau, nous serions ravis de lire votre avis sur Amazon.\n\nCordialement\n",
        [("MSG503", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nMerci pour votre commande. Le batteur a-t-il tenu ses promesses ? Alors nous lirons votre avis avec plaisir.\n\nCordialement\n",
        [("MSG503", 3, 28)],
    ),
    (
        "fr",
        "Bonjour,\n\nMerci de laisser un avis uniquement si vous recommanderiez la lampe à une amie.\n\nCordialement\n",
        [("MSG503", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nQuand vous serez sûr que la veste vous va comme un gant, parlez-en aux autres acheteurs.\n\nCordialement\n",
        [("MSG503", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nMerci pour votre commande. Si tout s'est passé à votre entière satisfaction, un avis nous ferait plaisir.\n\nCordialement\n",
        [("MSG503", 3, 28)],
    ),
    (
        "fr",
        "Bonjour,\n\nSi la tente vous a gardé au sec tout le week-end, une évaluation sur Amazon nous ferait très plaisir.\n\nCordialement\n",
        [("MSG503", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nTant que les pédales font leur travail et vous conviennent, n'hésitez pas à les noter sur Amazon.\n\nCordialement\n",
        [("MSG503", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nMerci pour votre commande. La bouilloire est devenue votre chouchou ? Alors quelques mots sur Amazon nous aideraient beaucoup.\n\nCordialement\n",
        [("MSG503", 3, 28)],
    ),
    (
        "fr",
        "Bonjour,\n\nSi le casque sonne aussi bien que vous l'espériez, laissez-nous un commentaire.\n\nCordialement\n",
        [("MSG503", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nEn cas de déception, écrivez-nous via la messagerie Amazon plutôt que dans les commentaires du produit.\n\nCordialement\n",
        [("MSG503", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nMerci pour votre commande. Si quelque chose ne va pas, attendez avant de noter le produit, le temps que nous trouvions une solution.\n\nCordialement\n",
        [("MSG503", 3, 28)],
    ),
    (
        "fr",
        "Bonjour,\n\nLes réclamations, pas dans votre avis, mais directement à nous s'il vous plaît.\n\nCordialement\n",
        [("MSG503", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nMerci de reporter votre évaluation jusqu'à ce que notre SAV ait résolu le problème.\n\nCordialement\n",
        [("MSG503", 3, 1)],
    ),
    (
        "fr",
        "Bonjour,\n\nMerci pour votre commande. Un avis nous ferait plaisir si tout s'est bien passé. Sinon, répondez simplement à ce message.\n\nCordialement\n",
        [("MSG503", 3, 28)],
    ),
    ("es", "Hola,\n\nHoy he mandado los señuelos de su pedido.\n\nSaludos\n", [("MSG602", 3, 1)]),
    ("es", "Hola,\n\nYa hemos mandado su pedido con Correos.\n\nSaludos\n", [("MSG602", 3, 1)]),
    (
        "es",
        "Hola,\n\nSi el sérum ya hace brillar su piel, nos encantaría leer su reseña en Amazon.\n\nSaludos\n",
        [("MSG503", 3, 1)],
    ),
    (
        "es",
        "Hola,\n\n¿La batidora cumplió lo que prometía? Entonces nos alegrará leer su opinión.\n\nSaludos\n",
        [("MSG503", 3, 1)],
    ),
    (
        "es",
        "Hola,\n\nGracias por su pedido. Por favor, deje una reseña solo cuando recomendaría la lámpara a una amiga.\n\nSaludos\n",
        [("MSG503", 3, 24)],
    ),
    (
        "es",
        "Hola,\n\nCuando esté seguro de que la chaqueta le queda como un guante, cuénteselo a otros compradores.\n\nSaludos\n",
        [("MSG503", 3, 1)],
    ),
    (
        "es",
        "Hola,\n\nSi todo ha ido a su entera satisfacción, agradeceríamos una valoración.\n\nSaludos\n",
        [("MSG503", 3, 1)],
    ),
    (
        "es",
        "Hola,\n\nGracias por su pedido. Si la tienda de campaña le mantuvo seco todo el fin de semana, una valoración en Amazon nos haría muy felices.\n\nSaludos\n",
        [("MSG503", 3, 24)],
    ),
    (
        "es",
        "Hola,\n\nSiempre que los pedales cumplan su función, no dude en puntuarlos en Amazon.\n\nSaludos\n",
        [("MSG503", 3, 1)],
    ),
    (
        "es",
        "Hola,\n\n¿El hervidor se ha convertido en su favorito? Entonces unas palabras en Amazon nos ayudarían mucho.\n\nSaludos\n",
        [("MSG503", 3, 1)],
    ),
    (
        "es",
        "Hola,\n\nGracias por su pedido. En caso de decepción, escríbanos por la mensajería de Amazon en lugar de dejar un comentario en el producto.\n\nSaludos\n",
        [("MSG503", 3, 24)],
    ),
    (
        "es",
        "Hola,\n\nSi algo no va bien, espere con su valoración hasta que lo hayamos solucionado.\n\nSaludos\n",
        [("MSG503", 3, 1)],
    ),
    (
        "es",
        "Hola,\n\nLas quejas, no en su reseña, sino directamente a nosotros, por favor.\n\nSaludos\n",
        [("MSG503", 3, 1)],
    ),
    (
        "es",
        "Hola,\n\nGracias por su pedido. Nos encantaría una reseña si todo ha ido bien. Si no, responda simplemente a este mensaje.\n\nSaludos\n",
        [("MSG503", 3, 24)],
    ),
    (
        "it",
        "Ciao,\n\nSe il siero fa già brillare la sua pelle, ci farebbe piacere leggere la sua recensione su Amazon.\n\nCordiali saluti\n",
        [("MSG503", 3, 1)],
    ),
    (
        "it",
        "Ciao,\n\nLo sbattitore ha mantenuto le promesse? Allora leggeremo volentieri la sua recensione.\n\nCordiali saluti\n",
        [("MSG503", 3, 1)],
    ),
    (
        "it",
        "Ciao,\n\nGrazie per il suo ordine. Lasci una recensione solo quando consiglierebbe la lampada a un'amica.\n\nCordiali saluti\n",
        [("MSG503", 3, 27)],
    ),
    (
        "it",
        "Ciao,\n\nQuando sarà sicuro che la giacca le calza come un guanto, lo racconti agli altri acquirenti.\n\nCordiali saluti\n",
        [("MSG503", 3, 1)],
    ),
    (
        "it",
        "Ciao,\n\nSe tutto è andato con sua piena soddisfazione, gradiremmo una valutazione.\n\nCordiali saluti\n",
        [("MSG503", 3, 1)],
    ),
    (
        "it",
        "Ciao,\n\nGrazie per il suo ordine. Se la tenda l'ha tenuta all'asciutto tutto il weekend, una valutazione su Amazon ci renderebbe felici.\n\nCordiali saluti\n",
        [("MSG503", 3, 27)],
    ),
    (
        "it",
        "Ciao,\n\nPurché i pedali facciano il loro lavoro, li valuti pure su Amazon.\n\nCordiali saluti\n",
        [("MSG503", 3, 1)],
    ),
    (
        "it",
        "Ciao,\n\nIl bollitore è diventato il suo preferito? Allora due parole su Amazon ci aiuterebbero molto.\n\nCordiali saluti\n",
        [("MSG503", 3, 1)],
    ),
    (
        "it",
        "Ciao,\n\nGrazie per il suo ordine. In caso di delusione, ci scriva tramite la messaggistica di Amazon invece di lasciare un commento sul prodotto.\n\nCordiali saluti\n",
        [("MSG503", 3, 27)],
    ),
    (
        "it",
        "Ciao,\n\nSe qualcosa non va, aspetti con la valutazione finché non lo avremo risolto.\n\nCordiali saluti\n",
        [("MSG503", 3, 1)],
    ),
    (
        "it",
        "Ciao,\n\nEventuali reclami non nella recensione, ma direttamente a noi, per favore.\n\nCordiali saluti\n",
        [("MSG503", 3, 1)],
    ),
    (
        "it",
        "Ciao,\n\nGrazie per il suo ordine. Ci farebbe piacere una recensione se tutto è andato bene. Altrimenti, risponda semplicemente a questo messaggio.\n\nCordiali saluti\n",
        [("MSG503", 3, 27)],
    ),
    (
        "nl",
        "Hallo,\n\nAls het serum uw huid al laat stralen, lezen we graag uw review op Amazon.\n\nMet vriendelijke groet\n",
        [("MSG503", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nHeeft de mixer zijn belofte waargemaakt? Dan lezen we graag uw review.\n\nMet vriendelijke groet\n",
        [("MSG503", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nBedankt voor uw bestelling. Schrijf alstublieft pas een review als u de lamp aan een vriendin zou aanraden.\n\nMet vriendelijke groet\n",
        [("MSG503", 3, 29)],
    ),
    (
        "nl",
        "Hallo,\n\nWanneer u zeker weet dat de jas als gegoten zit, vertel het dan aan andere kopers.\n\nMet vriendelijke groet\n",
        [("MSG503", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nAls alles naar uw volle tevredenheid is verlopen, stellen we een beoordeling op prijs.\n\nMet vriendelijke groet\n",
        [("MSG503", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nBedankt voor uw bestelling. Als de tent u het hele weekend droog heeft gehouden, zou een beoordeling op Amazon ons blij maken.\n\nMet vriendelijke groet\n",
        [("MSG503", 3, 29)],
    ),
    (
        "nl",
        "Hallo,\n\nZolang de pedalen hun werk doen, mag u ze gerust beoordelen op Amazon.\n\nMet vriendelijke groet\n",
        [("MSG503", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nIs de waterkoker uw nieuwe favoriet? Dan helpen een paar woorden op Amazon ons enorm.\n\nMet vriendelijke groet\n",
        [("MSG503", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nBedankt voor uw bestelling. Bij teleurstelling, stuur ons liever een bericht via Amazon in plaats van een reactie op de productpagina.\n\nMet vriendelijke groet\n",
        [("MSG503", 3, 29)],
    ),
    (
        "nl",
        "Hallo,\n\nAls er iets mis is, wacht dan met uw beoordeling tot we het opgelost hebben.\n\nMet vriendelijke groet\n",
        [("MSG503", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nKlachten niet in uw review, maar rechtstreeks naar ons, graag.\n\nMet vriendelijke groet\n",
        [("MSG503", 3, 1)],
    ),
    (
        "nl",
        "Hallo,\n\nBedankt voor uw bestelling. We stellen een review op prijs als alles goed is gegaan. Zo niet, beantwoord dan gewoon dit bericht.\n\nMet vriendelijke groet\n",
        [("MSG503", 3, 29)],
    ),
]


NEAR_MISSES = [
    ("en", "Hello,\n\nWhen you have a moment, we'd appreciate an honest review on Amazon.\n\nKind regards\n"),
    (
        "en",
        "Hello,\n\nThanks for your order. Once you've had time to try the blender, please leave an honest review.\n\nKind regards\n",
    ),
    ("en", "Hello,\n\nIf you like, you can leave a review on Amazon.\n\nKind regards\n"),
    ("en", "Hello,\n\nWhether positive or negative, we'd appreciate your review.\n\nKind regards\n"),
    (
        "en",
        "Hello,\n\nThanks for your order. If you have any questions, contact us. We'd also appreciate an honest review.\n\nKind regards\n",
    ),
    (
        "en",
        "Hello,\n\nAfter using the lamp for a few days, please share your experience in a review.\n\nKind regards\n",
    ),
    (
        "en",
        "Hello,\n\nThanks for your order. If you have a minute, please rate the product on Amazon.\n\nKind regards\n",
    ),
    ("en", "Hello,\n\nLet us know if the size fits. An honest review on Amazon helps other buyers.\n\nKind regards\n"),
    (
        "en",
        "Hello,\n\nThanks for your order. If you haven't already, please leave a review about your experience, good or bad.\n\nKind regards\n",
    ),
    (
        "en",
        "Hello,\n\nWe'd love to know how the kettle works for you. Please leave an honest review.\n\nKind regards\n",
    ),
    ("en", "Hello,\n\nWhen you get a chance, a review would help other buyers decide.\n\nKind regards\n"),
    (
        "en",
        "Hello,\n\nThanks for your order. If you feel like it, tell other buyers what you think of the saw.\n\nKind regards\n",
    ),
    (
        "en",
        "Hello,\n\nIf the colour is not right, you can exchange it within 30 days. An honest review helps us.\n\nKind regards\n",
    ),
    (
        "en",
        "Hello,\n\nOnce you've used the tent on a few trips, we'd love your honest review, whatever your experience.\n\nKind regards\n",
    ),
    (
        "en",
        "Hello,\n\nThanks for your order. Got a minute? Then we'd appreciate an honest review on Amazon.\n\nKind regards\n",
    ),
    (
        "en",
        "Hello,\n\nReady to share your thoughts? Then please leave an honest review, good or bad.\n\nKind regards\n",
    ),
    ("en", "Hello,\n\nWant to help other buyers choose? Then an honest review is the best way.\n\nKind regards\n"),
    (
        "en",
        "Hello,\n\nThanks for your order. Any questions about the setup? Then just reply to this message. An honest review is welcome too.\n\nKind regards\n",
    ),
    ("en", "Hello,\n\nIt only takes a minute to leave an honest review on Amazon.\n\nKind regards\n"),
    ("en", "Hello,\n\nWe only need a few words in your review, whatever your experience.\n\nKind regards\n"),
    ("en", "Hello,\n\nIf you have any questions, please contact us. We'd love an honest review.\n\nKind regards\n"),
    (
        "en",
        "Hello,\n\nThanks for your order. If the part is missing, message us and we'll send it. An honest review helps other buyers.\n\nKind regards\n",
    ),
    (
        "en",
        "Hello,\n\nWe sent the replacement yesterday. Please contact us if it does not arrive within a week.\n\nKind regards\n",
    ),
    ("en", "Hello,\n\nPlease wait until the glue has dried before using the shelf.\n\nKind regards\n"),
    ("en", "Hello,\n\nRather than a box, we use a padded envelope.\n\nKind regards\n"),
    (
        "en",
        "Hello,\n\nThanks for your order. Your rating helps other buyers, good or bad. For anything else, just reply to this message.\n\nKind regards\n",
    ),
    (
        "en",
        "Hello,\n\nWe read every review, positive or negative, and reply to questions within a day.\n\nKind regards\n",
    ),
    ("en", "Hello,\n\nHold the lid while pouring.\n\nKind regards\n"),
    (
        "en",
        "Hello,\n\nThank you for your order. Could you tell us which colour you would like for the engraving?\n\nKind regards\n",
    ),
    (
        "en",
        "Hello,\n\nThanks for your order. Thanks for your order. Unfortunately the lamp arrived at our warehouse damaged, so we will send a new one next week.\n\nKind regards\n",
    ),
    ("en", "Hello,\n\nThank you for your order. Please find the invoice attached.\n\nKind regards\n"),
    ("en", "Hello,\n\nThanks for your order. The assembly instructions are enclosed as a PDF.\n\nKind regards\n"),
    (
        "en",
        "Hello,\n\nThanks for your order. Please take the parcel to the post office if you want to return it.\n\nKind regards\n",
    ),
    ("en", "Hello,\n\nOnce your order has come in, we will check it and ship it.\n\nKind regards\n"),
    ("en", "Hello,\n\nYour return will be posted back to you after inspection.\n\nKind regards\n"),
    (
        "en",
        "Hello,\n\nThanks for your order. Once I have dropped it off at the post office, I will send you the tracking number.\n\nKind regards\n",
    ),
    ("en", "Hello,\n\nPlease take the parcel to the post office and send us the receipt.\n\nKind regards\n"),
    (
        "de",
        "Hallo,\n\nDanke für Ihre Bestellung. Wenn Sie einen Moment Zeit haben, freuen wir uns über eine ehrliche Bewertung.\n\nViele Grüße\n",
    ),
    (
        "de",
        "Hallo,\n\nSobald Sie den Mixer ein paar Tage benutzt haben, schreiben Sie gern eine ehrliche Bewertung.\n\nViele Grüße\n",
    ),
    ("de", "Hallo,\n\nWenn Sie mögen, können Sie eine Bewertung auf Amazon hinterlassen.\n\nViele Grüße\n"),
    (
        "de",
        "Hallo,\n\nDanke für Ihre Bestellung. Ob positiv oder negativ, wir freuen uns über Ihre Bewertung.\n\nViele Grüße\n",
    ),
    (
        "de",
        "Hallo,\n\nWenn Sie Fragen haben, kontaktieren Sie uns. Über eine ehrliche Bewertung freuen wir uns ebenfalls.\n\nViele Grüße\n",
    ),
    ("de", "Hallo,\n\nSobald das Paket angekommen ist, freuen wir uns über Ihre ehrliche Meinung.\n\nViele Grüße\n"),
    (
        "de",
        "Hallo,\n\nDanke für Ihre Bestellung. Wenn etwas nicht stimmt, melden Sie sich bitte, damit wir es lösen können. Ihre ehrliche Bewertung ist jederzeit willkommen.\n\nViele Grüße\n",
    ),
    ("de", "Hallo,\n\nWenn Sie eine Bewertung schreiben, hilft das anderen Käufern.\n\nViele Grüße\n"),
    (
        "de",
        "Hallo,\n\nHaben Sie das Paket erhalten? Dann freuen wir uns über eine ehrliche Bewertung.\n\nViele Grüße\n",
    ),
    (
        "de",
        "Hallo,\n\nDanke für Ihre Bestellung. Möchten Sie anderen Käufern helfen? Dann hinterlassen Sie gern eine Bewertung.\n\nViele Grüße\n",
    ),
    ("de", "Hallo,\n\nBitte warten Sie, bis der Kleber getrocknet ist, bevor Sie das Regal benutzen.\n\nViele Grüße\n"),
    ("de", "Hallo,\n\nWir lesen jede Bewertung und beantworten Nachrichten bis 18 Uhr.\n\nViele Grüße\n"),
    (
        "de",
        "Hallo,\n\nDanke für Ihre Bestellung. Falls die Farbe nicht passt, können Sie den Artikel umtauschen. Eine ehrliche Bewertung hilft uns.\n\nViele Grüße\n",
    ),
    (
        "de",
        "Hallo,\n\nWenn Sie die Möglichkeit haben, teilen Sie Ihre Erfahrung in einer Bewertung, egal ob gut oder schlecht.\n\nViele Grüße\n",
    ),
    ("de", "Hallo,\n\nHaben Sie eine Minute Zeit? Dann freuen wir uns über eine ehrliche Bewertung.\n\nViele Grüße\n"),
    (
        "de",
        "Hallo,\n\nDanke für Ihre Bestellung. Möchten Sie anderen Käufern helfen? Dann schreiben Sie gern eine ehrliche Rezension.\n\nViele Grüße\n",
    ),
    ("de", "Hallo,\n\nEine ehrliche Bewertung dauert nur eine Minute.\n\nViele Grüße\n"),
    ("fr", "Bonjour,\n\nMerci pour votre commande. Votre colis sera confié à La Poste demain matin.\n\nCordialement\n"),
    (
        "fr",
        "Bonjour,\n\nNous allons déposer le colis à la poste dès réception de l'adresse complète.\n\nCordialement\n",
    ),
    ("fr", "Bonjour,\n\nSi vous avez un moment, un avis honnête sur Amazon nous aiderait.\n\nCordialement\n"),
    (
        "fr",
        "Bonjour,\n\nUne fois que vous aurez utilisé le batteur quelques jours, laissez un avis sincère.\n\nCordialement\n",
    ),
    (
        "fr",
        "Bonjour,\n\nMerci pour votre commande. Si vous le souhaitez, vous pouvez laisser un avis sur Amazon.\n\nCordialement\n",
    ),
    ("fr", "Bonjour,\n\nPositif ou négatif, votre avis nous intéresse.\n\nCordialement\n"),
    (
        "fr",
        "Bonjour,\n\nSi vous avez des questions, contactez-nous. Un avis honnête est aussi le bienvenu.\n\nCordialement\n",
    ),
    (
        "fr",
        "Bonjour,\n\nMerci pour votre commande. Une fois le colis arrivé, nous serions heureux de lire votre avis sincère.\n\nCordialement\n",
    ),
    (
        "fr",
        "Bonjour,\n\nSi quelque chose ne va pas, contactez-nous pour que nous trouvions une solution. Votre avis honnête est toujours le bienvenu.\n\nCordialement\n",
    ),
    ("fr", "Bonjour,\n\nQuand vous écrivez un avis, cela aide les autres acheteurs.\n\nCordialement\n"),
    (
        "fr",
        "Bonjour,\n\nMerci pour votre commande. Avez-vous bien reçu le colis ? Alors un avis honnête nous ferait plaisir.\n\nCordialement\n",
    ),
    ("fr", "Bonjour,\n\nVous souhaitez aider d'autres acheteurs ? Alors laissez un avis.\n\nCordialement\n"),
    ("fr", "Bonjour,\n\nAttendez que la colle soit sèche avant d'utiliser l'étagère.\n\nCordialement\n"),
    (
        "fr",
        "Bonjour,\n\nMerci pour votre commande. Nous lisons chaque avis et répondons aux messages avant 18 heures.\n\nCordialement\n",
    ),
    (
        "fr",
        "Bonjour,\n\nSi la couleur ne convient pas, vous pouvez échanger l'article. Un avis honnête nous aide.\n\nCordialement\n",
    ),
    (
        "fr",
        "Bonjour,\n\nDites-nous si la taille convient. Un avis honnête aide les autres acheteurs.\n\nCordialement\n",
    ),
    (
        "fr",
        "Bonjour,\n\nMerci pour votre commande. Vous avez une minute ? Alors un avis honnête nous aiderait.\n\nCordialement\n",
    ),
    (
        "es",
        "Hola,\n\nGracias por su pedido. Cuando haya mandado el paquete, le enviaré el número de seguimiento.\n\nSaludos\n",
    ),
    ("es", "Hola,\n\nSi tiene un momento, agradeceríamos una reseña sincera en Amazon.\n\nSaludos\n"),
    ("es", "Hola,\n\nUna vez que haya usado la batidora unos días, deje una opinión sincera.\n\nSaludos\n"),
    ("es", "Hola,\n\nGracias por su pedido. Si lo desea, puede dejar una reseña en Amazon.\n\nSaludos\n"),
    ("es", "Hola,\n\nPositiva o negativa, su opinión nos interesa.\n\nSaludos\n"),
    ("es", "Hola,\n\nSi tiene preguntas, contáctenos. También agradecemos una reseña sincera.\n\nSaludos\n"),
    (
        "es",
        "Hola,\n\nGracias por su pedido. Cuando el paquete haya llegado, nos alegrará leer su opinión sincera.\n\nSaludos\n",
    ),
    ("es", "Hola,\n\nCuando escribe una reseña, ayuda a otros compradores.\n\nSaludos\n"),
    ("es", "Hola,\n\n¿Ha recibido el paquete? Entonces agradeceríamos una reseña sincera.\n\nSaludos\n"),
    (
        "es",
        "Hola,\n\nGracias por su pedido. ¿Quiere ayudar a otros compradores? Entonces deje una reseña.\n\nSaludos\n",
    ),
    ("es", "Hola,\n\nLeemos cada reseña y respondemos a los mensajes antes de las 18 horas.\n\nSaludos\n"),
    (
        "es",
        "Hola,\n\nGracias por su pedido. Díganos si la talla le queda bien. Una reseña sincera ayuda a otros compradores.\n\nSaludos\n",
    ),
    ("es", "Hola,\n\n¿Tiene un minuto? Entonces le agradeceríamos una reseña sincera.\n\nSaludos\n"),
    ("es", "Hola,\n\nSolo le llevará un minuto dejar una reseña sincera.\n\nSaludos\n"),
    ("it", "Ciao,\n\nSe ha un momento, gradiremmo una recensione sincera su Amazon.\n\nCordiali saluti\n"),
    (
        "it",
        "Ciao,\n\nUna volta che avrà usato lo sbattitore per qualche giorno, lasci una recensione sincera.\n\nCordiali saluti\n",
    ),
    (
        "it",
        "Ciao,\n\nGrazie per il suo ordine. Se lo desidera, può lasciare una recensione su Amazon.\n\nCordiali saluti\n",
    ),
    ("it", "Ciao,\n\nPositiva o negativa, la sua opinione ci interessa.\n\nCordiali saluti\n"),
    ("it", "Ciao,\n\nSe ha domande, ci contatti. Gradiamo anche una recensione sincera.\n\nCordiali saluti\n"),
    (
        "it",
        "Ciao,\n\nGrazie per il suo ordine. Quando il pacco sarà arrivato, leggeremo volentieri la sua opinione sincera.\n\nCordiali saluti\n",
    ),
    ("it", "Ciao,\n\nQuando scrive una recensione, aiuta altri acquirenti.\n\nCordiali saluti\n"),
    ("it", "Ciao,\n\nHa ricevuto il pacco? Allora gradiremmo una recensione sincera.\n\nCordiali saluti\n"),
    (
        "it",
        "Ciao,\n\nGrazie per il suo ordine. Vuole aiutare altri acquirenti? Allora lasci una recensione.\n\nCordiali saluti\n",
    ),
    ("it", "Ciao,\n\nAspetti che la colla si asciughi prima di usare lo scaffale.\n\nCordiali saluti\n"),
    ("it", "Ciao,\n\nLeggiamo ogni recensione e rispondiamo ai messaggi prima delle 18.\n\nCordiali saluti\n"),
    (
        "it",
        "Ciao,\n\nGrazie per il suo ordine. Ci dica se la taglia va bene. Una recensione sincera aiuta altri acquirenti.\n\nCordiali saluti\n",
    ),
    ("it", "Ciao,\n\nHa un minuto? Allora gradiremmo una recensione sincera.\n\nCordiali saluti\n"),
    ("it", "Ciao,\n\nCi vuole solo un minuto per lasciare una recensione sincera.\n\nCordiali saluti\n"),
    (
        "nl",
        "Hallo,\n\nAls u even tijd heeft, stellen we een eerlijke review op Amazon op prijs.\n\nMet vriendelijke groet\n",
    ),
    (
        "nl",
        "Hallo,\n\nZodra u de mixer een paar dagen gebruikt heeft, laat dan een eerlijke review achter.\n\nMet vriendelijke groet\n",
    ),
    (
        "nl",
        "Hallo,\n\nBedankt voor uw bestelling. Als u wilt, kunt u een review op Amazon achterlaten.\n\nMet vriendelijke groet\n",
    ),
    ("nl", "Hallo,\n\nPositief of negatief, uw mening interesseert ons.\n\nMet vriendelijke groet\n"),
    (
        "nl",
        "Hallo,\n\nHeeft u vragen, neem dan contact met ons op. Een eerlijke review is ook welkom.\n\nMet vriendelijke groet\n",
    ),
    (
        "nl",
        "Hallo,\n\nBedankt voor uw bestelling. Zodra het pakket aangekomen is, lezen we graag uw eerlijke mening.\n\nMet vriendelijke groet\n",
    ),
    ("nl", "Hallo,\n\nAls u een review schrijft, helpt dat andere kopers.\n\nMet vriendelijke groet\n"),
    (
        "nl",
        "Hallo,\n\nHeeft u het pakket ontvangen? Dan stellen we een eerlijke review op prijs.\n\nMet vriendelijke groet\n",
    ),
    (
        "nl",
        "Hallo,\n\nBedankt voor uw bestelling. Wilt u andere kopers helpen? Laat dan een review achter.\n\nMet vriendelijke groet\n",
    ),
    ("nl", "Hallo,\n\nWacht tot de lijm droog is voordat u het rek gebruikt.\n\nMet vriendelijke groet\n"),
    ("nl", "Hallo,\n\nWe lezen elke review en beantwoorden berichten tot 18 uur.\n\nMet vriendelijke groet\n"),
    (
        "nl",
        "Hallo,\n\nBedankt voor uw bestelling. Laat ons weten of de maat past. Een eerlijke review helpt andere kopers.\n\nMet vriendelijke groet\n",
    ),
    ("nl", "Hallo,\n\nHeeft u even tijd? Dan stellen we een eerlijke review op prijs.\n\nMet vriendelijke groet\n"),
]


@pytest.mark.parametrize(("lang", "body", "expected"), IDEAS)
def test_the_idea_fires_once_at_the_sentence_that_carries_it(
    lang: str, body: str, expected: list[tuple[str, int, int]]
) -> None:
    assert wording(body, lang) == expected


@pytest.mark.parametrize(("lang", "body"), NEAR_MISSES)
def test_the_near_miss_stays_silent(lang: str, body: str) -> None:
    """Conditions about time, wish, ability or the parcel, negated conditions, a review that is the
    condition, "whether good or bad", contact offers next to an honest review request."""
    assert wording(body, lang) == []


def test_the_command_line_reports_each_idea_at_its_line_and_column(tmp_path: Path) -> None:
    assert_cli_positions(IDEAS, tmp_path)


def _holds(combo: Combo, text: str, lang: str = "en") -> bool:
    ann = annotate_texts([(None, text, fold(text), -1)], (lang,))
    return any(combo.holds(ann, s) for s in ann.sentences)


def test_a_clause_runs_from_its_opener_to_the_next_comma_and_excludes_only_what_precedes_the_condition() -> None:
    combo = Combo.parse(
        {"all": ["REVIEW"], "clause": ["CONDITION", "OUTCOME"], "clause-none": ["NEUTRAL-CONDITION", "REVIEW"]}, "t"
    )
    assert _holds(combo, "If you love the lamp, please leave a review.")
    assert _holds(combo, "If everything went to your full satisfaction we'd welcome a review.")  # no comma
    assert _holds(combo, "If you have a moment and if you love it, please leave a review.")  # the second opener
    assert not _holds(combo, "If you have a moment, a review would be great.")  # the outcome word is after the comma
    assert not _holds(combo, "If you have a moment and love it, please leave a review.")  # the wish comes first
    assert not _holds(combo, "When you write a review it helps other buyers.")  # the review is the condition
    assert _holds(combo, "Vorausgesetzt, die Hülle schützt Ihr Handy gut, freuen wir uns über eine Bewertung.", "de")


def test_next_and_previous_look_at_the_adjacent_sentence_only() -> None:
    ask = Combo.parse({"all": ["QUESTION", "OUTCOME"], "next": ["THEN", "REVIEW"]}, "t")
    assert _holds(ask, "Did the mixer keep its promise? Then a review would help.")
    assert not _holds(ask, "Did the mixer keep its promise? We hope so. Then a review would help.")
    assert not _holds(ask, "Then a review would help. Did the mixer keep its promise?")
    branch = Combo.parse({"all": ["ALT-BRANCH", "CONTACT-US"], "previous": ["REVIEW"]}, "t")
    assert _holds(branch, "A review would help. If not, just reply to this message.")
    assert not _holds(branch, "If not, just reply to this message. A review would help.")


def test_a_clause_needs_an_opener_and_a_concept_inside() -> None:
    with pytest.raises(PackError, match="clause"):
        Combo.parse({"all": ["REVIEW"], "clause": ["CONDITION"]}, "t")
    with pytest.raises(PackError, match="clause"):
        Combo.parse({"all": ["REVIEW"], "clause-none": ["NEGATION"]}, "t")
    with pytest.raises(PackError, match="unknown keys"):
        Combo.parse({"all": ["REVIEW"], "clauses": ["CONDITION", "OUTCOME"]}, "t")


@pytest.mark.parametrize(
    ("language", "unit"),
    [
        ("en", "if you have a moment it works and leave a review "),
        ("de", "wenn Sie einen Moment haben funktioniert es und schreiben Sie eine Bewertung "),
    ],
)
@pytest.mark.timeout(120)  # a hang guard, not a speed assertion: the quadratic version took ~5 minutes here
def test_condition_clauses_stay_linear_in_a_long_sentence(language: str, unit: str) -> None:
    """Many condition openers in one sentence without a comma, each cancelled by a neutral
    condition: every opener looked for its clause end and filtered every hit again (400 KB took
    35 s). About 1.2 MB here, one sentence; the result must also stay what a short one gives."""
    import msglint

    text = "Hello, order 123-1234567-1234567. " + unit * (1_200_000 // len(unit))
    diags = msglint.lint(text, filename="m.txt", language=language, config={"select": ["MSG5", "MSG6"]})
    short = msglint.lint(unit * 3, filename="m.txt", language=language, config={"select": ["MSG5", "MSG6"]})
    assert {d.code for d in diags} == {d.code for d in short}
