"""MSG405 sensitive-content: whole-word phrase lists per language, with neutral counter-examples."""

from __future__ import annotations

import pytest
from conftest import lint_file, lint_text

ORDER = "Order 123-1234567-1234567. "


def _hits(text: str, **config: object) -> list[tuple[str, int, int]]:
    return [t for t in lint_text(ORDER + text, "m.txt", select=["MSG405"], **config) if t[0] == "MSG405"]


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("en", "We have no time for this shit.", "shit"),
        ("en", "What the fuck happened to the parcel?", "fuck"),
        ("en", "Only an idiot would ask that, you idiot.", "you idiot"),
        ("en", "Stop being such a bitch about the delivery.", "bitch"),
        ("en", "The courier is a complete asshole.", "asshole"),
        ("en", "If you complain again we will kill you.", "we will kill you"),
        ("en", "Check our porn collection.", "porn"),
        ("en", "Send us nude photos for the engraving.", "nude photos"),
        ("fr", "Répondez vite, pauvre con.", "con"),
        ("fr", "Quel connard, ce transporteur.", "connard"),
        ("fr", "Putain, le colis est encore perdu.", "Putain"),
        ("fr", "Ferme ta gueule et attends.", "Ferme ta gueule"),
        ("fr", "Je vais te tuer si tu laisses un avis.", "Je vais te tuer"),
        ("de", "Die Gravur ist uns scheißegal.", "scheißegal"),
        ("de", "Der Bote ist ein Arschloch.", "Arschloch"),
        ("de", "Du bist eine Schlampe.", "Schlampe"),
        ("de", "Halt die Fresse und warte.", "Halt die Fresse"),
        ("de", "Ich bringe dich um, wenn du das bewertest.", "Ich bringe dich um"),
        ("es", "Vete a la mierda con tu reclamación.", "Vete a la mierda"),
        ("es", "Eres un gilipollas.", "gilipollas"),
        ("es", "Te voy a matar si no pagas.", "Te voy a matar"),
        ("it", "Vaffanculo, il pacco è partito.", "Vaffanculo"),
        ("it", "Sei uno stronzo.", "stronzo"),
        ("it", "Ti ammazzo se lasci una recensione.", "Ti ammazzo"),
    ],
)
def test_offensive_words_fire_at_their_position(lang: str, text: str, word: str) -> None:
    col = len(ORDER) + text.index(word) + 1
    assert ("MSG405", 1, col) in _hits(text, language=lang), (lang, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # English: the words contain a listed word but are not it
        ("en", "We ship to Scunthorpe and Essex; the Dickens set comes with a cocktail shaker."),
        (
            "en",
            "Please analyse the proof. Assassin's Creed figures are in stock; the bass and the glass holes are fine.",
        ),
        ("en", "Your breast pump and the kill switch for the mower are ready; the shiitake kit too."),
        ("en", "The bastard sword replica, the idiot-proof installation guide and the cockpit cover."),
        ("en", "We will find you a replacement and shoot you a message when it ships."),
        ("en", "We'll shoot you an e-mail when it ships; what an idiot-proof design, we will beat any price."),
        # French: con only as a whole word
        ("fr", "Merci de confirmer votre adresse. Nos conseils et la console sont conçus pour vous."),
        ("fr", "Le concours, les contacts et la connexion : rien à signaler."),
        ("fr", "Vous recevrez la photo nue, sans cadre, comme indiqué dans l'annonce."),
        # German
        ("de", "Der Schlamm an den Stiefeln, der Marsch und die Fotografie: alles in Ordnung."),
        ("de", "Die Anleitung ist idiotensicher; der Hurrikan hat die Lieferung verzögert."),
        ("de", "Die Ringe? Wir machen sie fertig, sobald wir den Gravurtext haben."),
        # Spanish: puta inside other words, con is "with"
        ("es", "La computadora y la disputa sobre la reputación se resolvieron con éxito."),
        ("es", "Gracias por su pedido, le enviamos el anillo con la caja y el cojín."),
        ("es", "Recibirá la foto desnuda, sin marco, como indica el anuncio."),
        # Italian
        ("it", "Il cazzotto nel film e la merceria di Troia: tutto in ordine con il suo ordine."),
        ("it", "Grazie per l'ordine, spediremo il pacco con il corriere."),
        ("it", "Riceverà la foto nuda, senza cornice, come indicato nell'annuncio."),
    ],
)
def test_neutral_words_are_silent(lang: str, text: str) -> None:
    assert _hits(text, language=lang) == [], text


def test_french_con_is_not_searched_in_a_spanish_or_english_message() -> None:
    assert _hits("Gracias por su pedido. Le enviaremos el anillo con la caja y con la factura.", language="es") == []
    # amazon.ca: English and French lists, but the message is English: "cons" is English here.
    text = "We listed the pros and cons of both ring sizes for you; please tell us which one you would like."
    assert _hits(text, marketplace="amazon.ca") == []
    french = "Merci pour votre commande, mais vous êtes vraiment un gros con, franchement."
    assert _hits(french, marketplace="amazon.ca")


def test_unknown_language_searches_every_list() -> None:
    assert _hits("Scheiße.")  # too short to detect, no buyer language: every list


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("rules/MSG405-sensitive-content/bad-english.txt", [("MSG405", 2, 48)]),
        ("rules/MSG405-sensitive-content/bad-french.txt", [("MSG405", 2, 32)]),
        ("rules/MSG405-sensitive-content/bad-german.txt", [("MSG405", 2, 53)]),
        ("rules/MSG405-sensitive-content/good-english.txt", []),
    ],
)
def test_fixtures(path: str, expected: list[tuple[str, int, int]]) -> None:
    assert [t for t in lint_file(path) if t[0] == "MSG405"] == expected


def test_subject_of_a_mail_is_searched() -> None:
    import msglint

    eml = (
        "From: shop@example.com\nTo: abc123@marketplace.amazon.de\n"
        "Subject: Ihre Bestellung 123-1234567-1234567 - so ein Scheißladen\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        "Hallo, zu Ihrer Bestellung 123-1234567-1234567: Wir benötigen den Gravurtext für Ihren Ring.\n"
    )
    diags = [d for d in msglint.lint(eml, filename="m.eml") if d.code == "MSG405"]
    assert [(d.line, d.column) for d in diags] == [(3, 55)] and "in the subject" in diags[0].message
