"""Legacy encodings of the newer marketplaces: declared (<meta charset>, <?xml encoding>, front
matter) or recognised when UTF-8 and Windows-1252 fail; --fix writes back in the same encoding;
undecidable bytes are MSG001, never mojibake."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from msglint.model.decode import DecodeError, decode_bytes, encode_text

SAMPLES = [
    (
        "Dzień dobry, dziękujemy za zamówienie. Paczka została wysłana, życzymy miłego dnia. Łódź, źródło, gęś.",
        "cp1250",
    ),
    (
        "Dzień dobry, dziękujemy za zamówienie. Paczka została wysłana, życzymy miłego dnia. Łódź, źródło, gęś.",
        "iso8859_2",
    ),
    ("Merhaba, siparişiniz için teşekkür ederiz. Ürününüz yarın kargoya verilecek. Şişli, ığdır, çağrı.", "iso8859_9"),
    (
        "ご注文いただき、誠にありがとうございます。商品は本日発送いたしました。今後ともよろしくお願いいたします。",
        "shift_jis",
    ),
    (
        "ご注文いただき、誠にありがとうございます。商品は本日発送いたしました。今後ともよろしくお願いいたします。",
        "euc_jp",
    ),
    ("شكرا لطلبك من متجرنا. سيتم شحن الطلب غدا إن شاء الله. مع أطيب التحيات، فريق المتجر.", "cp1256"),
    ("Bonjour, merci pour votre commande. Le colis a été expédié, à bientôt. Équipe française, garçon, où.", "cp1252"),
]


@pytest.mark.parametrize(("text", "encoding"), SAMPLES, ids=[e for _, e in SAMPLES])
def test_legacy_encodings_are_recognised(text: str, encoding: str) -> None:
    data = text.encode(encoding)
    decoded = decode_bytes(data)
    assert decoded.text == text
    assert encode_text(decoded.text, decoded.encoding) == data  # written back byte for byte


@pytest.mark.parametrize(
    "head",
    [
        b'<meta charset="windows-1250">',
        b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">',
        b'<?xml version="1.0" encoding="windows-1250"?>',
    ],
)
def test_a_declared_encoding_is_honoured(head: bytes) -> None:
    body = "<p>Zażółć gęślą jaźń</p>"
    data = head + body.encode("cp1250" if b"1250" in head else "iso8859_2")
    assert decode_bytes(data).text.endswith(body)


def test_front_matter_encoding() -> None:
    data = b"---\nencoding: shift_jis\n---\n" + "短い".encode("shift_jis")
    decoded = decode_bytes(data)
    assert decoded.encoding == "shift_jis" and decoded.text.endswith("短い")


def test_valid_utf8_wins_over_a_stale_declaration() -> None:
    assert decode_bytes('<meta charset="iso-8859-1"><p>Grüße</p>'.encode()).encoding == "utf-8"


def test_undecidable_bytes_are_an_error_not_mojibake() -> None:
    with pytest.raises(DecodeError, match="cannot tell"):
        decode_bytes(bytes(range(0x80, 0x100)) * 3)
    with pytest.raises(DecodeError, match="declares"):
        decode_bytes(b'<meta charset="shift_jis"><p>\x81 </p>')
    # a stale utf-8 declaration on a Windows-1252 file: read as before
    assert decode_bytes(b'<meta charset="utf-8"><p>caf\xe9</p>').text.endswith("caf\u00e9</p>")


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "msglint", "check", *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def test_cli_polish_cp1250_file_is_linted_and_fixed_in_place(tmp_path: Path) -> None:
    text = "Zamówienie 402-1234567-1234567\nDzień dobry, za recenzję na Amazon prześlemy kartę podarunkową.\n\n\n\nŁukasz\n"
    (tmp_path / "pl.txt").write_bytes(text.encode("cp1250"))
    done = _run("--marketplace", "amazon.pl", "pl.txt", cwd=tmp_path)
    assert "pl.txt:2:1: MSG501 " in done.stdout, done.stdout  # at the sentence that carries the purpose
    assert "pl.txt:4:1: MSG304 " in done.stdout, done.stdout
    _run("--fix", "--marketplace", "amazon.pl", "pl.txt", cwd=tmp_path)
    fixed = (tmp_path / "pl.txt").read_bytes()
    assert fixed == text.replace("\n\n\n\n", "\n\n").encode("cp1250")


def test_cli_shift_jis_file(tmp_path: Path) -> None:
    text = "ご注文番号：402-1234567-1234567\nAmazonの商品ページにて星5つの評価をいただけますと大変うれしく存じます。\n"
    (tmp_path / "ja.txt").write_bytes(text.encode("shift_jis"))
    done = _run("--marketplace", "amazon.co.jp", "--select", "MSG5", "ja.txt", cwd=tmp_path)
    assert "ja.txt:2:1: MSG502 " in done.stdout, done.stdout  # at the sentence that carries the purpose


def test_cli_undecidable_file_is_msg001(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_bytes(bytes(range(0x80, 0x100)) * 3)
    done = _run("x.txt", cwd=tmp_path)
    assert "x.txt:1:1: MSG001 " in done.stdout, done.stdout


def test_unknown_front_matter_encoding_is_msg004(tmp_path: Path) -> None:
    (tmp_path / "t.txt").write_text("---\nencoding: klingon-8\n---\nOrder 402-1234567-1234567\n", encoding="utf-8")
    done = _run("--select", "MSG004", "t.txt", cwd=tmp_path)
    assert "MSG004" in done.stdout and "klingon-8" in done.stdout, done.stdout
