"""MSG501-MSG504 (review requests): exact positions, and a neutral counter-example per family."""

from __future__ import annotations

import pytest
from conftest import lint_file, lint_text

REVIEW = {"MSG501", "MSG502", "MSG503", "MSG504"}
ORDER = "123-1234567-1234567"


def review_codes(body: str, lang: str = "en") -> set[str]:
    """Review-rule codes for a plain-text message around ``body`` (with an order number)."""
    text = f"{body}\n\nOrder {ORDER}\n"
    return {c for c, _, _ in lint_text(text, "m.txt", language=lang) if c in REVIEW}


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("wording/en/review-gift-card.txt", [("MSG501", 5, 1)]),
        ("wording/en/review-free-sample.txt", [("MSG501", 4, 1)]),
        ("wording/en/review-positive.html", [("MSG502", 3, 4)]),
        ("wording/en/review-five-stars.txt", [("MSG502", 4, 1)]),
        ("wording/en/review-if-satisfied.txt", [("MSG503", 4, 1)]),
        ("wording/en/review-contact-first.txt", [("MSG503", 4, 1)]),
        ("wording/en/review-update.txt", [("MSG504", 4, 1)]),
    ],
)
def test_review_rules_fire_once_at_the_sentence(path: str, expected: list[tuple[str, int, int]]) -> None:
    got = [d for d in lint_file(path, language="en") if d[0] in REVIEW]
    assert got == expected


@pytest.mark.parametrize(
    ("path", "lang", "expected"),
    [
        ("wording/fr/avis-carte-cadeau.txt", "fr", [("MSG501", 5, 1)]),
        ("wording/fr/avis-positif.html", "fr", [("MSG502", 3, 4)]),
        ("wording/fr/avis-si-satisfait.txt", "fr", [("MSG503", 4, 1)]),
        ("wording/fr/avis-modifier.txt", "fr", [("MSG504", 4, 1)]),
        ("wording/de/bewertung-gutschein.txt", "de", [("MSG501", 5, 1)]),
        ("wording/de/bewertung-positiv.html", "de", [("MSG502", 3, 4)]),
        ("wording/de/bewertung-wenn-zufrieden.txt", "de", [("MSG503", 4, 1)]),
        ("wording/de/bewertung-aendern.txt", "de", [("MSG504", 4, 1)]),
    ],
)
def test_review_rules_fire_at_the_words_in_french_and_german(
    path: str, lang: str, expected: list[tuple[str, int, int]]
) -> None:
    assert [d for d in lint_file(path, language=lang) if d[0] in REVIEW] == expected


def test_message_names_the_sentence_and_the_reason() -> None:
    import msglint

    [d] = [
        d
        for d in msglint.lint(
            "Leave a review and we send you a gift card. Order " + ORDER, filename="m.txt", config={"language": "en"}
        )
        if d.code == "MSG501"
    ]
    assert "'Leave a review and we send you a gift card.'" in d.message and "incentive" in d.message
    assert (d.line, d.column, d.end_column) == (1, 1, 44)  # the sentence that carries the purpose


def test_one_diagnostic_per_purpose_naming_the_other_sentences() -> None:
    import msglint

    text = f"Order {ORDER}. Leave a review and get a gift card. Reviewers also receive a free sample with each review."
    [d] = [d for d in msglint.lint(text, filename="m.txt", config={"language": "en"}) if d.code == "MSG501"]
    assert d.column == 28 and d.message.endswith("(and 1 more sentence)")


# Each family: a message that must flag, and a neutral one that must stay silent.
FAMILIES = [
    # MSG501 incentive
    (
        "MSG501",
        "In exchange for your review we will send you a small gift.",
        "We do not offer anything in exchange for reviews.",
    ),
    (
        "MSG501",
        "As a thank you for your review, you get free shipping on the next order.",
        "Thank you for leaving a review last month.",
    ),
    ("MSG501", "Leave a review and get a 10% discount.", "Leave a review to help other buyers choose."),
    (
        "MSG501",
        "Please write a review. All reviewers take part in our prize draw.",
        "Please write an honest review about the product.",
    ),
    (
        "MSG501",
        "Please rate us on Amazon. You will receive a gift card.",
        "You paid with a gift card, so the refund goes back to your gift card balance.",
    ),
    (
        "MSG501",
        "We would love your feedback. Free samples are waiting for you!",
        "We would love your feedback on the free-flowing design of the spout.",
    ),
    # MSG502 bias
    ("MSG502", "A positive review would help our small business.", "Positive or negative, every honest review helps."),
    ("MSG502", "Please rate the product with 5 stars.", "You can rate the product from 1 to 5 stars."),
    ("MSG502", "We hope for great feedback from you.", "Thank you so much for your great feedback!"),
    ("MSG502", "Please leave us a glowing review.", "We would appreciate your honest feedback."),
    # MSG503 gating
    (
        "MSG503",
        "If you are happy with the lamp, please leave a review.",
        "If you are happy with the proposed design, please confirm it.",
    ),
    ("MSG503", "Please leave a review if you are satisfied.", "Please share your experience in a review."),
    (
        "MSG503",
        "If you loved it, a review on Amazon would be great.",
        "If you like, you can send us a photo of the engraving.",
    ),
    (
        "MSG503",
        "Please contact us before leaving a review.",
        "If you are not satisfied with the product, please contact us.",
    ),
    (
        "MSG503",
        "Before leaving negative feedback, please talk to us.",
        "Before leaving the house, please check the parcel box.",
    ),
    ("MSG503", "Please don't leave a bad review.", "Please leave a review."),
    (
        "MSG503",
        "Happy with your purchase? Then please leave a review on Amazon.",
        "Happy with the proof? Then reply OK and we will start production.",
    ),
    (
        "MSG501",
        "Write a review about the jug and we will send you a spare filter.",
        "Write a review about the jug and we will read it carefully.",
    ),
    (
        "MSG503",
        "Only leave a review if you are 100% happy.",
        "Only leave a review after you have used it; if you have questions, contact us.",
    ),
    # MSG504 change
    ("MSG504", "Could you please remove your negative review?", "Could you please update your delivery address?"),
    (
        "MSG504",
        "Would you consider changing your rating now that the issue is fixed?",
        "You can change your order in your Amazon account.",
    ),
    ("MSG504", "Could you take down your review?", "Your feedback changed the way we pack our parcels."),
    ("MSG504", "Please remove the 1-star rating you gave us.", "Please remove the 2-pin adapter before use."),
]


@pytest.mark.parametrize(("code", "bad", "neutral"), FAMILIES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(FAMILIES)])
def test_family_flags_and_neutral_counter_example_stays_silent(code: str, bad: str, neutral: str) -> None:
    assert code in review_codes(bad)
    assert review_codes(neutral) == set()


# The same families in the other languages (vocabulary of Amazon's own French/German texts).
LANG_FAMILIES = [
    ("fr", "MSG501", "Laissez un avis et recevez une carte cadeau.", "Nous n'offrons rien en échange d'un avis."),
    ("fr", "MSG502", "Merci de nous laisser un avis positif.", "Positif ou négatif, chaque avis honnête compte."),
    ("fr", "MSG502", "Donnez-nous 5 étoiles.", "Notez le produit de 1 à 5 étoiles."),
    (
        "fr",
        "MSG503",
        "Si vous êtes satisfait, laissez-nous un avis.",
        "Si vous êtes satisfait du modèle, confirmez-le.",
    ),
    ("fr", "MSG503", "Contactez-nous avant de laisser un avis.", "Contactez-nous si le colis est abîmé."),
    ("fr", "MSG504", "Pourriez-vous supprimer votre avis ?", "Pourriez-vous modifier votre adresse de livraison ?"),
    (
        "de",
        "MSG501",
        "Für Ihre Bewertung erhalten Sie einen Gutschein.",
        "Wir bieten für Bewertungen keine Gegenleistung an.",
    ),
    (
        "de",
        "MSG502",
        "Über eine positive Bewertung freuen wir uns.",
        "Ob positiv oder negativ, jede ehrliche Bewertung hilft.",
    ),
    ("de", "MSG502", "Bitte bewerten Sie uns mit 5 Sternen.", "Sie können mit 1 bis 5 Sternen bewerten."),
    (
        "de",
        "MSG503",
        "Wenn Sie zufrieden sind, geben Sie bitte eine Bewertung ab.",
        "Wenn Sie mit dem Entwurf zufrieden sind, bestätigen Sie ihn bitte.",
    ),
    (
        "de",
        "MSG503",
        "Bitte melden Sie sich bei uns, bevor Sie eine negative Bewertung abgeben.",
        "Bitte melden Sie sich bei uns, wenn das Paket beschädigt ist.",
    ),
    ("de", "MSG504", "Könnten Sie Ihre Bewertung bitte löschen?", "Könnten Sie Ihre Lieferadresse bitte ändern?"),
    ("es", "MSG501", "Deje una reseña y reciba un cupón de descuento.", "No ofrecemos nada a cambio de las reseñas."),
    ("es", "MSG502", "Una reseña positiva nos ayudaría mucho.", "Positiva o negativa, cada reseña sincera ayuda."),
    ("es", "MSG503", "Si está satisfecho, déjenos una reseña.", "Si está satisfecho con el diseño, confírmelo."),
    ("es", "MSG504", "¿Podría eliminar su reseña?", "¿Podría cambiar su dirección de entrega?"),
    (
        "it",
        "MSG501",
        "Lasci una recensione e riceva un buono regalo.",
        "Non offriamo nulla in cambio delle recensioni.",
    ),
    (
        "it",
        "MSG502",
        "Una recensione positiva ci aiuterebbe molto.",
        "Positiva o negativa, ogni recensione sincera aiuta.",
    ),
    ("it", "MSG503", "Se è soddisfatto, ci lasci una recensione.", "Se è soddisfatto del disegno, lo confermi."),
    ("it", "MSG504", "Potrebbe eliminare la sua recensione?", "Potrebbe cambiare l'indirizzo di consegna?"),
    (
        "fr",
        "MSG503",
        "Satisfait de votre achat ? Donnez-nous votre avis !",
        "Satisfait du modèle ? Répondez OUI pour lancer la gravure.",
    ),
    (
        "de",
        "MSG503",
        "Zufrieden mit Ihrem Einkauf? Dann freuen wir uns über Ihre Bewertung.",
        "Zufrieden mit dem Entwurf? Dann antworten Sie bitte mit Ja.",
    ),
    ("de", "MSG504", "Bitte passen Sie Ihre Bewertung an.", "Bitte passen Sie Ihre Lieferadresse an."),
    ("nl", "MSG501", "Schrijf een review en ontvang een cadeaubon.", "Wij bieden geen tegenprestatie voor een review."),
    ("nl", "MSG502", "Een positieve review zou ons helpen.", "Positief of negatief, elke eerlijke review helpt."),
    (
        "nl",
        "MSG503",
        "Als u tevreden bent, laat dan een review achter.",
        "Als u tevreden bent met het ontwerp, bevestig het dan.",
    ),
    ("nl", "MSG504", "Zou u uw review willen verwijderen?", "Zou u uw afleveradres willen aanpassen?"),
    ("es", "MSG501", "Le regalaremos un vale de 5 euros por su reseña.", "Vale, deje su reseña cuando quiera."),
    (
        "it",
        "MSG501",
        "Le regaleremo un buono da 5 euro per la recensione.",
        "Le invieremo il buono di consegna con il pacco.",
    ),
    # "liked it? then review" questions
    ("en", "MSG503", "Loved your new lamp? Leave us a review on Amazon!", "Like the colour? Reply YES and we ship it."),
    ("fr", "MSG503", "Vous avez aimé votre achat ? Laissez-nous un avis !", "Vous avez aimé le modèle ? Répondez OUI."),
    (
        "de",
        "MSG503",
        "Hat Ihnen der Artikel gefallen? Dann bewerten Sie uns bitte!",
        "Gefällt Ihnen der Entwurf? Dann antworten Sie mit Ja.",
    ),
    ("es", "MSG503", "¿Le ha gustado su compra? ¡Déjenos una reseña!", "¿Le gusta el diseño? Responda SÍ."),
    ("it", "MSG503", "Le è piaciuto il prodotto? Ci lasci una recensione!", "Le è piaciuto il disegno? Risponda SÌ."),
    ("nl", "MSG503", "Beviel uw aankoop? Laat een review achter!", "Bevalt het ontwerp? Antwoord dan met JA."),
]


@pytest.mark.parametrize(
    ("lang", "code", "bad", "neutral"),
    LANG_FAMILIES,
    ids=[f"{lang}-{c}-{i}" for i, (lang, c, _, _) in enumerate(LANG_FAMILIES)],
)
def test_families_in_other_languages(lang: str, code: str, bad: str, neutral: str) -> None:
    assert code in review_codes(bad, lang)
    assert review_codes(neutral, lang) == set()


def test_language_known_means_other_languages_are_not_searched() -> None:
    # A French phrase in a message configured (and detected) as English is not searched in French.
    text = (
        "Hello, thank you for your order. Please leave a review; we appreciate it a lot. "
        "The lamp is called Avis Positif. Order " + ORDER
    )
    assert "MSG502" not in {c for c, _, _ in lint_text(text, "m.txt", language="en")}


def test_unknown_language_searches_every_phrase_file() -> None:
    # Too short to detect, no language configured: every phrase file is searched.
    assert "MSG501" in {c for c, _, _ in lint_text("Avis = carte cadeau. " + ORDER, "m.txt")}


@pytest.mark.parametrize(
    ("lang", "code", "text"),
    [
        (
            "en",
            "MSG501",
            "Post your thoughts about the blender on Amazon and we'll add $5 store credit to your account.",
        ),
        ("en", "MSG501", "Anyone who writes a few lines about the lamp on Amazon gets a free spare bulb from us."),
        ("en", "MSG503", "Loving your new kettle? Then tell other shoppers about it on Amazon!"),
        ("en", "MSG503", "Not 100% happy? Message us before posting anything on Amazon and we'll sort it out."),
        ("en", "MSG504", "Could you edit what you wrote about us on Amazon now that it's fixed?"),
        ("en", "MSG504", "Your one-star rating was about the carrier. Could you remove it, please?"),
        ("de", "MSG504", "Wir haben Ihnen den vollen Betrag erstattet. Nehmen Sie die Bewertung bitte wieder raus."),
        ("fr", "MSG501", "Votre commentaire sur Amazon vous donne droit à une chance de gagner un coffret."),
        ("fr", "MSG504", "Auriez-vous la gentillesse de revoir la note que vous nous aviez attribuée ?"),
        (
            "it",
            "MSG503",
            "Se qualcosa non La convince, Le chiediamo di parlarne prima con noi e di lasciare la recensione dopo.",
        ),
        (
            "nl",
            "MSG503",
            "Is er iets niet in orde, geef ons dan de kans het op te lossen voordat u het product beoordeelt.",
        ),
        ("nl", "MSG504", "Je negatieve feedback drukt op onze score. Zou je die willen verwijderen?"),
    ],
)
def test_review_ideas_in_words_the_lists_lacked(lang: str, code: str, text: str) -> None:
    assert review_codes(text, lang) == {code}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Please share your honest opinion of the lamp on Amazon: good or bad, it helps other buyers."),
        ("en", "If anything arrived damaged, please tell us so that we can correct the problem."),
        ("en", "Your review mentioned a loose screw. Could you tighten it with the key?"),
        ("fr", "Si quelque chose ne vous convient pas, écrivez-nous pour que nous puissions corriger le problème."),
        ("it", "A seguito del rimborso già effettuato, Le inviamo la fattura aggiornata."),
        ("nl", "Wilt u op Amazon delen hoe het product u bevalt? Positief of kritisch, elke beoordeling helpt."),
        (
            "de",
            "Bevor Sie die Lampe anschließen, lesen Sie bitte die Anleitung; so schaffen Sie jedes Problem aus der Welt.",
        ),
    ],
)
def test_neutral_wording_near_those_ideas_stays_silent(lang: str, text: str) -> None:
    assert review_codes(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "bad", "neutral"),
    [
        (
            "en",
            "Happy with your purchase (order 123)? Then please leave a review on Amazon.",
            "Happy with the proposed design (see attachment)? Please confirm it by replying.",
        ),
        (
            "fr",
            "Satisfait de votre achat (commande 123) ? Donnez-nous votre avis sur Amazon !",
            "Satisfait du texte proposé (voir pièce jointe) ? Merci de nous le confirmer.",
        ),
        (
            "nl",
            "Tevreden met uw aankoop (bestelling 123)? Laat dan een review achter op Amazon!",
            "Tevreden met het ontwerp (zie bijlage)? Bevestig het dan even per mail.",
        ),
    ],
)
def test_a_satisfaction_question_before_a_review_request_is_gating(lang: str, bad: str, neutral: str) -> None:
    assert review_codes(bad, lang) == {"MSG503"}
    assert review_codes(neutral, lang) == set()
