"""Wording ideas of the fifth session (issue #10), in en, de, fr, es, it and nl: gating, thanks-only
and confirmations written the way different sellers and shop systems write them, each idea in the
words of every language, with near misses that stay silent.

The messages are our own probes of an idea, not fixture sentences: a one-word "Satisfied?" before a
review request, "before you pick a star rating", "we'd rather hear it from you than read it in a
review", "a negative review should be the last resort"; a thanks with "we're just an email away" or
"your support keeps our shop going"; a shop system's "Dispatched on:" line, "packed and handed to
the carrier" without a subject, a maker's "I've posted your print today". Each finding is at the
exact line and column of the sentence that carries the purpose.
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
