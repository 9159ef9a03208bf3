"""``none-within`` in ``[rule.data.exempt]`` (MSG604): a reply to the buyer's question frames the
answer after it, up to three sentences away, not the whole message (tune11 birdfeeder-delay-answer:
"you asked when it ships" ... the cause, the date, "if that is too long we can cancel")."""

from __future__ import annotations

import pytest

import msglint
from msglint.text.concepts import PackError, exemption_of


def _codes(text: str, lang: str) -> list[str]:
    """The MSG5/MSG6 codes msglint reports for ``text`` written in ``lang``."""
    diags = msglint.lint(text.encode(), filename="m.txt", config={"language": lang})
    return sorted({d.code for d in diags if d.code.startswith(("MSG5", "MSG6"))})


_EN_ANSWER = (
    "Hello,\n\n{reply}The bird feeder is painted by hand and the paint is still drying. {extra}"
    "It ships on Friday. If you would rather not wait, you can cancel the order.\n\nKind regards\nFeeder Workshop\n"
)


def test_reply_frames_the_answer_three_sentences_on() -> None:
    text = _EN_ANSWER.format(reply="Thank you for your question about the shipping date. ", extra="")
    assert "MSG604" not in _codes(text, "en")


def test_the_same_notice_without_a_reply_is_still_a_delay_notice() -> None:
    # neutral counter-example: no question of the buyer, the offer to cancel is MSG604's
    text = _EN_ANSWER.format(reply="", extra="")
    assert "MSG604" in _codes(text, "en")


def test_the_reply_does_not_reach_further_than_its_distance() -> None:
    extra = "Every feeder gets two coats of paint. The second coat needs a full day. "
    text = _EN_ANSWER.format(reply="Thank you for your question about the shipping date. ", extra=extra)
    assert "MSG604" in _codes(text, "en")


@pytest.mark.parametrize(
    ("lang", "reply"),
    [
        ("ja", "発送時期についてのご質問をいただきありがとうございます。"),
        ("tr", "Siparişinizin ne zaman gönderileceğini sormuştunuz. "),
    ],
)
def test_reply_frame_in_sv_pl_tr_ja_pt_ar_languages(lang: str, reply: str) -> None:
    body = {
        "ja": "{r}ご注文の品は一点ずつ手作業で塗装しております。発送は今週金曜日になる見込みです。"
        "お待ちいただくのが難しい場合はキャンセルも承りますので、お申し付けください。",
        "tr": "{r}Ürün el yapımı olduğu için boyasının kuruması bekleniyor. Gönderim cumartesi günü yapılacak. "
        "Bu süreyi beklemek istemezseniz siparişinizi iptal edebiliriz.",
    }[lang]
    assert "MSG604" not in _codes(body.format(r=reply), lang)
    assert "MSG604" in _codes(body.format(r=""), lang)


@pytest.mark.parametrize("bad", [{"REPLY": 0}, {"REPLY": 9}, {"REPLY": "3"}, ["REPLY"]])
def test_none_within_is_checked(bad: object) -> None:
    with pytest.raises(PackError):
        exemption_of("MSG999", {"exempt": {"none-within": bad}})
