"""MSG503 gating and the EITHER-WAY concept (#10, tenth session).

A review request that explicitly welcomes any verdict ("good or bad", "whatever your opinion",
"oavsett om ... positiv eller negativ") is addressed to every buyer alike, even when it opens with
a condition about time or wish ("when you're finished", "om du har tid"). Before, the polarity
words inside such a sentence ("positive", "happy") were read as the satisfied-buyer condition of
gating. The conditional shapes of MSG503 now skip a sentence with EITHER-WAY; the routing shapes
(contact us first, hold off, if not reply) do not, because routing unhappy buyers away is gating
whatever else the sentence says. Texts written for this test, in twelve languages."""

from __future__ import annotations

import pytest

import msglint

ORDER = "123-4567890-1234567"


def _gating(text: str, language: str) -> list[tuple[int, int]]:
    diags = msglint.lint(text, filename="note.txt", config={"language": language})
    return [(d.line, d.column) for d in diags if d.code == "MSG503"]


# (language, a neutral request with a condition and both verdicts, the same request gated)
CASES = [
    (
        "en",
        "When you have finished the puzzle we'd be glad if you left an honest review, good or bad.",
        "If you are happy with the puzzle, please leave a review.",
    ),
    (
        "de",
        "Wenn Sie Zeit haben, freuen wir uns über eine Bewertung, ob positiv oder negativ.",
        "Wenn Sie zufrieden sind, freuen wir uns über eine Bewertung.",
    ),
    (
        "fr",
        "Si vous avez un moment, laissez un avis sur Amazon, qu'il soit positif ou négatif.",
        "Si vous êtes satisfait, laissez-nous un avis sur Amazon.",
    ),
    (
        "es",
        "Si tiene un momento, déjenos una reseña en Amazon, sea buena o mala.",
        "Si está satisfecho, déjenos una reseña en Amazon.",
    ),
    (
        "it",
        "Se ha un minuto, ci lasci una recensione su Amazon, qualunque essa sia.",
        "Se è soddisfatto, ci lasci una recensione su Amazon.",
    ),
    (
        "nl",
        "Als u even tijd heeft, laat dan een review achter, positief of negatief.",
        "Als u tevreden bent, laat dan een review achter.",
    ),
    (
        "sv",
        "Om du har tid blir vi glada för en recension, oavsett om upplevelsen var positiv eller negativ.",
        "Om du är nöjd får du gärna lämna ett omdöme på Amazon.",
    ),
    (
        "pl",
        "Jeśli chcesz, możesz wystawić recenzję na Amazonie, pozytywną lub negatywną.",
        "Jeżeli poduszka spełnia swoje zadanie, prosimy o ocenę na Amazon.",
    ),
    (
        "pt",
        "Se tiver um minutinho, deixe uma avaliação na Amazon, positiva ou negativa.",
        "Se o travesseiro está cumprindo o seu papel, deixe uma nota na Amazon.",
    ),
    (
        "tr",
        "Vaktiniz olursa olumlu ya da olumsuz bir değerlendirme bırakabilirsiniz.",
        "Mont sizi bu kış sıcak tutarsa, bunu diğer müşterilerle paylaşın.",
    ),
    (
        "ja",
        "お時間がございましたら、良い点も悪い点も、Amazonでレビューをお寄せください。",
        "枕がしっかり役目を果たしているなら、Amazonで評価をお願いします。",
    ),
    (
        "ar",
        "إذا كان لديك وقت، نرحب بتقييمك على أمازون سواء كان إيجابيا أو سلبيا.",
        "إن كانت الوسادة تؤدي الغرض، اترك لنا تقييما على أمازون.",
    ),
]


def _message(sentence: str) -> str:
    return f"{{{{buyer_name}}}}\n\n{ORDER}\n{sentence}\n\nShop\n"


@pytest.mark.parametrize(("language", "neutral", "gated"), CASES, ids=[c[0] for c in CASES])
def test_a_request_open_to_any_verdict_is_not_gating(language: str, neutral: str, gated: str) -> None:
    assert _gating(_message(neutral), language) == []


@pytest.mark.parametrize(("language", "neutral", "gated"), CASES, ids=[c[0] for c in CASES])
def test_the_same_request_for_happy_buyers_only_is_gating(language: str, neutral: str, gated: str) -> None:
    assert _gating(_message(gated), language) == [(4, 1)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Good or bad, please contact us first before you leave a review."),
        ("de", "Egal wie, schreiben Sie uns bitte zuerst, bevor Sie eine Bewertung abgeben."),
    ],
)
def test_routing_to_the_seller_stays_gating_whatever_the_verdict(language: str, text: str) -> None:
    assert _gating(_message(text), language) == [(4, 1)]


# MSG604 and an answer to the buyer (``[rule.data.exempt] none-before``): the cancellation offer at
# the end of a long answer about the dispatch date is part of the answer; the same offer in a
# message that answers nothing is a delay notice.
ANSWER = {
    "en": (
        "Thank you for your question about the dispatch date.",
        "Each feeder is painted by hand and the paint on yours is still drying.",
        "We expect to send it on Friday.",
        "If you would rather not wait, we can cancel the order for you.",
    ),
    "ja": (
        "発送時期についてのご質問をいただきありがとうございます。",
        "バードフィーダーは一点ずつ手作業で塗装しており、現在は乾燥工程の途中です。",
        "発送は今週金曜日になる見込みです。",
        "お待ちいただくのが難しい場合はキャンセルも承ります。",
    ),
    "tr": (
        "Siparişinizin ne zaman gönderileceğini sormuştunuz.",
        "Kuş yemliği el yapımı olduğu için boyasının kuruması bekleniyor.",
        "Gönderim cumartesi günü yapılacak.",
        "Bu süreyi beklemek istemezseniz siparişinizi iptal edebiliriz.",
    ),
}


def _delay(text: str, language: str) -> list[tuple[int, int]]:
    diags = msglint.lint(text, filename="note.txt", config={"language": language})
    return [(d.line, d.column) for d in diags if d.code == "MSG604"]


@pytest.mark.parametrize("language", sorted(ANSWER))
def test_a_cancellation_offer_inside_an_answer_is_permitted(language: str) -> None:
    assert _delay(_message(" ".join(ANSWER[language])), language) == []


@pytest.mark.parametrize("language", sorted(ANSWER))
def test_the_same_offer_without_the_question_is_a_delay_notice(language: str) -> None:
    body = "\n".join(ANSWER[language][1:])
    assert _delay(_message(body), language) == [(6, 1)]
