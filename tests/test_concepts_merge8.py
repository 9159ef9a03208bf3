"""The two wording branches of the eighth session together: a review clause followed by an
ordinary send in the next sentence is no incentive in any language. Each branch alone passed;
wip-wording's two-sentence exchange (REVIEW-CONDITION, then REWARD-SEND) with wip-langs' wider
REVIEW-CONDITION read "if you write a review, we read it. We send the order tomorrow" as a reward
in Japanese and Arabic (and in English and German), so the next sentence must also say "then" or
give something extra (BENEFIT)."""

from __future__ import annotations

import pytest
from conftest import lint_text

ORDER = "250-1234567-1234567"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ja",
            f"ご注文{ORDER}について。\nレビューを書いていただけましたら、すべて拝読いたします。商品は明日お送りします。\n",
        ),
        ("ar", f"بخصوص طلبك {ORDER}.\nإذا كتبت مراجعة، فسنقرأها. نرسل الطلب غدا.\n"),
        ("en", f"About order {ORDER}.\nIf you write a review, we read it. We will send you the order tomorrow.\n"),
        (
            "de",
            f"Zu Bestellung {ORDER}:\nWenn Sie eine Bewertung schreiben, lesen wir sie. Wir senden Ihnen die Ware morgen.\n",
        ),
    ],
)
def test_review_clause_then_an_ordinary_send_is_no_incentive(language: str, text: str) -> None:
    assert [t for t in lint_text(text, "m.txt", language=language) if t[0].startswith(("MSG5", "MSG6"))] == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            f"About order {ORDER}.\nOnce your review is online, let us know. You will receive a free refill pack.\n",
        ),
        (
            "en",
            f"About order {ORDER}.\nOnce you have rated the lamp on Amazon, just tell us. Then we add 200 points to your account.\n",
        ),
        (
            "de",
            f"Zu Bestellung {ORDER}:\nSobald Ihre Bewertung online ist, geben Sie uns Bescheid. Sie erhalten dann 200 Treuepunkte.\n",
        ),
    ],
)
def test_review_clause_then_a_reward_is_an_incentive(language: str, text: str) -> None:
    assert [t for t in lint_text(text, "m.txt", language=language) if t[0].startswith(("MSG5", "MSG6"))] == [
        ("MSG501", 2, 1)
    ]
