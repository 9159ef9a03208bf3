"""The marketplaces of the newer languages apply the wording rules in their language, through
the CLI, at exact positions (Arabic too: positions count characters in logical order)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

CASES = [
    # marketplace, message, rule, the words it flags (the first diagnostic's phrase)
    (
        "amazon.se",
        "Beställning 402-1234567-1234567\nHej! Om du skriver en recension skickar vi ett presentkort på 100 kr.\n",
        "MSG501",
        "skickar vi ett presentkort",
    ),
    (
        "amazon.pl",
        "Zamówienie 402-1234567-1234567\nZa recenzję na Amazon prześlemy Państwu kartę podarunkową o wartości 50 zł.\n",
        "MSG501",
        "prześlemy Państwu kartę podarunkową",
    ),
    (
        "amazon.com.tr",
        "Sipariş 402-1234567-1234567\nAmazon'da ürüne beş yıldız verirseniz çok mutlu oluruz, her yorum önemli.\n",
        "MSG502",
        "beş yıldız",
    ),
    (
        "amazon.co.jp",
        "ご注文番号：402-1234567-1234567\nAmazonの商品ページにて星5つの評価をいただけますと大変うれしく存じます。\n",
        "MSG502",
        "星5つ",
    ),
    (
        "amazon.com.br",
        "Pedido 402-1234567-1234567\nQuem avalia o produto na Amazon ganha um vale-presente de R$ 20.\n",
        "MSG501",
        "ganha um vale",
    ),
    (
        "amazon.ae",
        "الطلب رقم 402-1234567-1234567\nنرجو منك منح المنتج خمس نجوم في تقييمك على أمازون.\n",
        "MSG502",
        "خمس نجوم",
    ),
]

NEUTRAL = [
    (
        "amazon.se",
        "Beställning 402-1234567-1234567\nHej! Vi vore tacksamma för en ärlig recension, positiv eller negativ.\n",
    ),
    ("amazon.pl", "Zamówienie 402-1234567-1234567\nBędziemy wdzięczni za szczerą opinię, pozytywną czy negatywną.\n"),
    (
        "amazon.com.tr",
        "Sipariş 402-1234567-1234567\nOlumlu ya da olumsuz, dürüst bir yorum bırakırsanız memnun oluruz.\n",
    ),
    (
        "amazon.co.jp",
        "ご注文番号：402-1234567-1234567\n良かった点もそうでなかった点も、率直なレビューをお寄せいただければ幸いです。\n",
    ),
    (
        "amazon.com.br",
        "Pedido 402-1234567-1234567\nSeja positiva ou negativa, sua avaliação sincera ajuda outros compradores.\n",
    ),
    (
        "amazon.ae",
        "الطلب رقم 402-1234567-1234567\nسواء كانت تجربتك إيجابية أو سلبية، فإن تقييمك الصادق يساعد الآخرين.\n",
    ),
]


def _check(path: Path, marketplace: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "msglint", "check", "--marketplace", marketplace, "--select", "MSG5,MSG6", str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


@pytest.mark.parametrize(("marketplace", "text", "code", "words"), CASES, ids=[c[0] for c in CASES])
def test_wording_rules_in_the_marketplace_language(
    tmp_path: Path, marketplace: str, text: str, code: str, words: str
) -> None:
    path = tmp_path / "message.txt"
    path.write_text(text, encoding="utf-8")
    line_text = next(line for line in text.splitlines() if words in line)
    line = text.splitlines().index(line_text) + 1
    column = line_text.index(words) + 1
    done = _check(path, marketplace)
    assert done.returncode == 1, done.stdout + done.stderr
    # one diagnostic per purpose, at the sentence that carries it: the words are in that sentence
    found = re.search(rf"{re.escape(str(path))}:{line}:(\d+): {code} ", done.stdout)
    assert found is not None, done.stdout
    start = int(found.group(1))
    assert start <= column and words in line_text[start - 1 :], done.stdout


@pytest.mark.parametrize(("marketplace", "text"), NEUTRAL, ids=[c[0] for c in NEUTRAL])
def test_neutral_review_requests_pass(tmp_path: Path, marketplace: str, text: str) -> None:
    path = tmp_path / "message.txt"
    path.write_text(text, encoding="utf-8")
    done = _check(path, marketplace)
    assert done.returncode == 0, done.stdout + done.stderr
