"""Legacy encodings of the newer marketplaces: declared (<meta charset>, <?xml encoding>, front
matter) or recognised when UTF-8 and Windows-1252 fail; --fix writes back in the same encoding;
undecidable bytes are MSG001, never mojibake."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import run_cli

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


#: Short and marked-up messages the detector alone gets wrong or gives up on (each was read as
#: Windows-1252 mojibake, as the wrong code page, or was MSG001): Arabic vowel marks and CJK
#: brackets are no sign of a misread, Polish ć ś ń read as Windows-1252 æ œ ñ are.
SHORT = [
    ("Dziękujemy za zamówienie! Pozdrawiamy, Łukasz", "cp1250"),
    ("Dziękujemy za zamówienie! Pozdrawiamy, Łukasz", "iso8859_2"),
    ("Szanowni Państwo, chcielibyśmy po prostu podziękować za zaufanie i wybór naszego sklepu.", "cp1250"),
    ("Dzień dobry, dziękujemy za zamówienie 402-4450198-1127865. Proszę o źródło.", "iso8859_2"),
    ("Siparişiniz için teşekkürler. İyi günler dileriz!", "iso8859_9"),
    ("تم شحن طلبك اليوم.", "cp1256"),
    ("شكراً جزيلاً لطلبك، سنجهّز الطلب غداً إن شاء الله.", "cp1256"),
    ("【ご注文のお知らせ】\n■ご注文番号：{{order_id}}\nご注文いただき、ありがとうございます。", "shift_jis"),
    ("【ご注文のお知らせ】\n■ご注文番号：{{order_id}}\nご注文いただき、ありがとうございます。", "euc_jp"),
    ("ご注文ありがとうございます。", "iso2022_jp"),
]
#: Western messages that must still read as Windows-1252 (Spanish ñ, French œ, ê, æ in place).
WESTERN = [
    "¡Gracias por su pedido! El señor Muñoz le enviará el año próximo otro paquete. Saludos, José",
    "Merci pour votre commande, à bientôt ! Avec tout notre cœur, l'équipe : un vœu, une œuvre, être.",
    "Obrigado pela sua compra! Você recebe três peças. Atenciosamente, João",
    "Vielen Dank für Ihre Bestellung. Grüße aus München, Wohnfläche 20 m² – Preis 15 €",
    "Tack för din beställning! Hälsningar, Åsa",
]


@pytest.mark.parametrize(("text", "encoding"), SHORT, ids=[f"{e}-{i}" for i, (_, e) in enumerate(SHORT)])
def test_short_and_marked_up_messages_are_read_right(text: str, encoding: str) -> None:
    decoded = decode_bytes(text.encode(encoding))
    assert decoded.text == text


@pytest.mark.parametrize("text", WESTERN)
def test_western_messages_stay_windows_1252(text: str) -> None:
    decoded = decode_bytes(text.encode("cp1252"))
    assert (decoded.text, decoded.encoding) == (text, "cp1252")


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


# ---- every legacy encoding through the CLI: declared four ways and undeclared --------------------
# Realistic seller messages (an order, a manual attached, a contact address that must not be
# there, one blank line too many before the signature), written as bytes in the encoding.
PL = (
    "Zamówienie 402-1234567-1234567\n\nDzień dobry Pani Katarzyno,\n"
    "dziękujemy za zakup lampy biurkowej. Instrukcję obsługi w języku polskim znajdzie Pani w załączniku.\n"
    "W razie pytań prosimy o wiadomość na adres obsluga@swiatlo-sklep.pl, chętnie pomożemy.\n\n\n\n"
    "Pozdrawiamy serdecznie,\nZespół sklepu Światło z Łodzi\n"
)
TR = (
    "Sipariş numarası: 402-1234567-1234567\n\nMerhaba Ayşe Hanım,\n"
    "masa lambası siparişiniz için teşekkür ederiz. Kullanım kılavuzunu ekte bulabilirsiniz.\n"
    "Herhangi bir sorunuz olursa lütfen destek@lamba-dukkani.com.tr adresine yazın, size memnuniyetle "
    "yardımcı oluruz.\n\n\n\nSaygılarımızla,\nÇağrı Öztürk\n"
)
JA = (
    "ご注文番号：402-1234567-1234567\n\n山田様\n"
    "このたびはデスクライトをご購入いただき、誠にありがとうございます。取扱説明書を添付いたしましたので、ご確認ください。\n"
    "ご不明な点がございましたら、support@light-shop.co.jp までお問い合わせください。\n\n\n\n"
    "よろしくお願いいたします。\nライト専門店　佐藤\n"
)
AR = (
    "رقم الطلب: 402-1234567-1234567\n\nمرحبا أحمد،\n"
    "شكرا لشرائك مصباح المكتب من متجرنا. تجد دليل الاستخدام باللغة العربية في المرفق.\n"
    "إذا كان لديك أي سؤال، يرجى مراسلتنا على support@lamp-store.ae وسنكون سعداء بمساعدتك.\n\n\n\n"
    "مع أطيب التحيات،\nفريق متجر المصابيح\n"
)
#: (Python codec, the label a seller writes, message, language MSG402 names)
FILE_CASES = [
    ("cp1250", "windows-1250", PL, "Polish"),
    ("iso8859_2", "ISO-8859-2", PL, "Polish"),
    ("iso8859_9", "ISO-8859-9", TR, "Turkish"),
    ("shift_jis", "Shift_JIS", JA, "Japanese"),
    ("euc_jp", "EUC-JP", JA, "Japanese"),
    ("cp1256", "windows-1256", AR, "Arabic"),
    ("iso2022_jp", "ISO-2022-JP", JA, "Japanese"),  # 7-bit: valid ASCII, recognised by its escapes
]
WAYS = ("undeclared", "front-matter", "meta", "config", "per-file")


def _email_at(text: str) -> tuple[int, int]:
    """Line and column (1-based, in characters) of the e-mail address in ``text``."""
    found = re.search(r"[a-z0-9.+-]+@[a-z0-9.-]+[a-z]", text)
    assert found is not None
    start = found.start()
    line = text.count("\n", 0, start) + 1
    return line, start - (text.rfind("\n", 0, start) + 1) + 1


def _variant(way: str, label: str, text: str) -> tuple[str, str, int]:
    """(relative path, file text, lines added before the message) for one way of saying the encoding."""
    if way == "front-matter":
        return f"fm/{label}.txt", f"---\nencoding: {label}\n---\n{text}", 3
    if way == "meta":
        return f"meta/{label}.html", f'<meta charset="{label}">\n<pre>\n{text}</pre>\n', 2
    if way == "config":
        return f"config-{label}/message.txt", text, 0
    return f"{way}/{label}.txt", text, 0


def _legacy_project(root: Path) -> dict[tuple[str, str], tuple[str, str, str, int, str]]:
    """Every encoding written every way; (codec, way) -> (path, text, codec, offset, language)."""
    files = {}
    per_file = []
    for codec, label, message, language in FILE_CASES:
        for way in WAYS:
            if way != "undeclared" and codec == "iso2022_jp":
                continue  # recognised by its escapes, whatever is declared
            path, text, offset = _variant(way, label, message)
            (root / path).parent.mkdir(parents=True, exist_ok=True)
            (root / path).write_bytes(text.encode(codec))
            if way == "config":
                (root / path).parent.joinpath("msglint.toml").write_text(f'encoding = "{label}"\n', encoding="utf-8")
            if way == "per-file":
                per_file.append(f'"{path}" = "{label}"')
            files[codec, way] = (path, message, codec, offset, language)
    (root / "msglint.toml").write_text("[per-file-encoding]\n" + "\n".join(per_file) + "\n", encoding="utf-8")
    return files


def test_cli_every_legacy_encoding_declared_and_undeclared(tmp_path: Path) -> None:
    files = _legacy_project(tmp_path)
    done = run_cli("check", "--language", "de", "--select", "MSG001,MSG204,MSG304,MSG402", ".", cwd=tmp_path)
    out = done.stdout.decode()
    assert "MSG001" not in out, out
    for (codec, way), (path, text, _codec, offset, language) in files.items():
        line, col = _email_at(text)
        expect = f"./{path}:{line + offset}:{col}: MSG204 [contact-email] e-mail address '"
        assert expect in out, (codec, way, out)
        mine = [ln for ln in out.splitlines() if ln.startswith(f"./{path}:")]
        assert any(f"the message is in {language} " in ln for ln in mine), (codec, way, mine)
        if way != "meta":  # a <pre> keeps the blank lines, but HTML counts <br>, not newlines
            assert any(f":{7 + offset}:1: MSG304 " in ln for ln in mine), (codec, way, mine)


def test_cli_fix_writes_every_legacy_encoding_back_in_it(tmp_path: Path) -> None:
    files = _legacy_project(tmp_path)
    before = {path: (tmp_path / path).read_bytes() for path, *_ in files.values()}
    done = run_cli("check", "--fix", "--select", "MSG304", ".", cwd=tmp_path)
    assert done.returncode == 0, done.stdout.decode() + done.stderr.decode()
    for (codec, way), (path, _text, _codec, _offset, _language) in files.items():
        after = (tmp_path / path).read_bytes()
        if way == "meta":
            assert after == before[path], (codec, way)
            continue
        # only the fix's edit: the four line breaks become two, every other byte as it was
        assert after == before[path].replace(b"\n\n\n\n", b"\n\n", 1), (codec, way, after)
        assert b"\n\n\n" not in after


def test_cli_configured_encoding_reads_what_detection_cannot_tell(tmp_path: Path) -> None:
    """A word or two gives no detector enough to go on: the configuration (or front matter)
    settles it, and the address after the word is at the right column (it would be at column
    10 if the four Shift_JIS characters were read as eight Windows-1252 ones)."""
    (tmp_path / "ja").mkdir()
    (tmp_path / "ja" / "msglint.toml").write_text('encoding = "shift_jis"\n', encoding="utf-8")
    (tmp_path / "ja" / "short.txt").write_bytes("よろしく support@light-shop.co.jp\n".encode("shift_jis"))
    (tmp_path / "fm.txt").write_bytes(
        "---\nencoding: sjis\n---\nよろしく support@light-shop.co.jp\n".encode("shift_jis")
    )
    done = run_cli("check", "--select", "MSG001,MSG204", "ja/short.txt", "fm.txt", cwd=tmp_path)
    out = done.stdout.decode()
    assert "ja/short.txt:1:6: MSG204 " in out, out
    assert "fm.txt:4:6: MSG204 " in out, out


def test_cli_bytes_invalid_in_the_configured_encoding_are_msg001(tmp_path: Path) -> None:
    (tmp_path / "msglint.toml").write_text('[per-file-encoding]\n"*.txt" = "shift_jis"\n', encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"Order 402-1234567-1234567 \x81\x20 and \xa0\xa0\n")
    done = run_cli("check", "bad.txt", cwd=tmp_path)
    out = done.stdout.decode()
    assert "bad.txt:1:1: MSG001 [unreadable-input] cannot read bad.txt: the configuration names shift_jis" in out, out


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ('encoding = "klingon-8"', "key 'encoding': unknown encoding 'klingon-8'"),
        ('encoding = "base64"', "key 'encoding': unknown encoding 'base64'"),
        ('encoding = "utf-16"', "key 'encoding': encoding 'utf-16' is not supported"),
        ("encoding = 1250", "key 'encoding' must be a string"),
        ('[per-file-encoding]\n"pl/*" = "cp-1250x"', "key 'per-file-encoding': 'pl/*': unknown encoding 'cp-1250x'"),
        ('[per-file-encoding]\n"pl/*" = 1250', "key 'per-file-encoding' must be a table of glob = \"encoding\""),
    ],
)
def test_a_wrong_encoding_in_the_configuration_is_exit_2(tmp_path: Path, setting: str, message: str) -> None:
    (tmp_path / "msglint.toml").write_text(setting + "\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Order 402-1234567-1234567\n", encoding="utf-8")
    done = run_cli("check", "a.txt", cwd=tmp_path)
    assert done.returncode == 2, done.stdout
    assert message in done.stderr.decode(), done.stderr


def test_a_declaration_naming_no_text_codec_is_msg001_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "b.html").write_bytes(b'<meta charset="base64"><p>caf\xe9 402-1234567-1234567</p>')
    (tmp_path / "h.txt").write_bytes(b"---\nencoding: hex\n---\ncaf\xe9 402-1234567-1234567\n")
    done = run_cli("check", "--select", "MSG001,MSG004", "b.html", "h.txt", cwd=tmp_path)
    out = done.stdout.decode()
    assert done.returncode == 1 and "Traceback" not in done.stderr.decode(), done.stderr
    assert "h.txt:2:11: MSG004 " in out and "unknown encoding 'hex'" in out, out
    assert "b.html" not in out  # an unusable declaration is no declaration: read as Windows-1252


# ---- mail: each part in the charset its Content-Type names ---------------------------------------
#: (charset label, Python codec, message, language MSG402 names, marketplace of the buyer alias)
MAIL_CASES = [
    ("windows-1250", "cp1250", PL, "Polish", "amazon.pl"),
    ("iso-8859-2", "iso8859_2", PL, "Polish", "amazon.pl"),
    ("iso-8859-9", "iso8859_9", TR, "Turkish", "amazon.com.tr"),
    ("shift_jis", "shift_jis", JA, "Japanese", "amazon.co.jp"),
    ("euc-jp", "euc_jp", JA, "Japanese", "amazon.co.jp"),
    ("iso-2022-jp", "iso2022_jp", JA, "Japanese", "amazon.co.jp"),
    ("windows-1256", "cp1256", AR, "Arabic", "amazon.ae"),
]
MAIL_HEAD = (
    "From: Shop <service@shop.example>\nTo: t969vz2jn3bdsy7@marketplace.{mp}\n"
    "Subject: Order 402-1234567-1234567\nMIME-Version: 1.0\n{ctype}Content-Transfer-Encoding: {cte}\n\n"
)
HEAD_LINES = 7  # the body starts on line 8; Content-Transfer-Encoding is line 6


def _body(data: bytes, cte: str) -> bytes:
    import base64
    import quopri

    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    return data


def _mail(mp: str, ctype: str, cte: str, body: bytes) -> bytes:
    return MAIL_HEAD.format(mp=mp, ctype=ctype, cte=cte).encode("ascii") + _body(body, cte)


def test_cli_every_mime_charset_and_transfer_encoding(tmp_path: Path) -> None:
    """A part that is in the file as it is is reported at the exact line and column of the file
    (in characters of the part read in its charset); a quoted-printable or base64 part at its
    Content-Transfer-Encoding line, as before. The language is that of the part read right."""
    expected = {}
    for label, codec, message, language, mp in MAIL_CASES:
        for cte in ("7bit" if codec == "iso2022_jp" else "8bit", "quoted-printable", "base64"):
            name = f"{label}-{cte}.eml"
            ctype = f"Content-Type: text/plain; charset={label}\n"
            (tmp_path / name).write_bytes(_mail(mp, ctype, cte, message.encode(codec)))
            line, col = _email_at(message)
            at = f"{line + HEAD_LINES}:{col}" if cte in ("7bit", "8bit") else "6:1"
            expected[name] = (at, language)
    done = run_cli("check", "--language", "de", "--select", "MSG001,MSG204,MSG402", ".", cwd=tmp_path)
    out = done.stdout.decode()
    assert "MSG001" not in out, out
    for name, (at, language) in expected.items():
        mine = [ln for ln in out.splitlines() if ln.startswith(f"./{name}:")]
        assert any(ln.startswith(f"./{name}:{at}: MSG204 ") for ln in mine), (name, mine)
        assert any(f"the message is in {language} but" in ln for ln in mine), (name, mine)


def test_cli_mail_with_parts_in_two_charsets(tmp_path: Path) -> None:
    """A Shift_JIS text part and an ISO-2022-JP HTML part (as Japanese mailers write them) next
    to a Windows-1250 part: each is read in its own charset, and positions stay exact in all."""
    pl_html = "<p>Dzień dobry, prosimy pisać na obsluga@swiatlo-sklep.pl, Łódź.</p>\n"
    ja_html = "<p>ご不明な点は、info@light-shop.co.jp までどうぞ。</p>\n"
    head = (
        "From: Shop <service@shop.example>\nTo: t969vz2jn3bdsy7@marketplace.amazon.co.jp\n"
        "Subject: Order 402-1234567-1234567\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="b1"\n\n'
    )
    data = (
        head.encode("ascii")
        + b"--b1\nContent-Type: text/plain; charset=Shift_JIS\nContent-Transfer-Encoding: 8bit\n\n"
        + JA.encode("shift_jis")
        + b"--b1\nContent-Type: text/html; charset=iso-2022-jp\nContent-Transfer-Encoding: 7bit\n\n"
        + ja_html.encode("iso2022_jp")
        + b"--b1\nContent-Type: text/html; charset=windows-1250\nContent-Transfer-Encoding: 8bit\n\n"
        + pl_html.encode("cp1250")
        + b"--b1--\n"
    )
    (tmp_path / "mixed.eml").write_bytes(data)
    done = run_cli("check", "--select", "MSG001,MSG204", "mixed.eml", cwd=tmp_path)
    out = done.stdout.decode()
    line, col = _email_at(JA)
    first = 11  # after five headers, a blank line, the boundary, two part headers, a blank line
    assert f"mixed.eml:{first + line - 1}:{col}: MSG204 " in out, out
    after_ja = first + JA.count("\n")
    assert f"mixed.eml:{after_ja + 4}:{ja_html.index('info@') + 1}: MSG204 " in out, out
    assert f"mixed.eml:{after_ja + 9}:{pl_html.index('obsluga@') + 1}: MSG204 " in out, out
    assert "support@light-shop.co.jp" in out and "info@light-shop.co.jp" in out and "obsluga@" in out


def test_cli_mail_part_without_charset_is_recognised_or_msg001(tmp_path: Path) -> None:
    """A part that names no charset (or us-ascii over 8-bit bytes) is read as a file that
    declares nothing: recognised when a detector is confident, MSG001 when not, never mojibake;
    a stale charset over a UTF-8 body reads as UTF-8."""
    (tmp_path / "ar.eml").write_bytes(_mail("amazon.ae", "Content-Type: text/plain\n", "8bit", AR.encode("cp1256")))
    (tmp_path / "tr.eml").write_bytes(
        _mail("amazon.com.tr", "Content-Type: text/plain; charset=us-ascii\n", "8bit", TR.encode("iso8859_9"))
    )
    (tmp_path / "stale.eml").write_bytes(
        _mail("amazon.pl", "Content-Type: text/plain; charset=iso-8859-1\n", "quoted-printable", PL.encode())
    )
    (tmp_path / "bad.eml").write_bytes(
        _mail(
            "amazon.pl",
            "Content-Type: text/plain\n",
            "8bit",
            b"Order 402-1234567-1234567\n" + bytes(range(0x80, 0x100)) * 3,
        )
    )
    done = run_cli("check", "--language", "de", "--select", "MSG001,MSG204,MSG402", ".", cwd=tmp_path)
    out = done.stdout.decode()
    line, col = _email_at(AR)
    assert f"./ar.eml:{line + HEAD_LINES}:{col}: MSG204 " in out, out
    assert "./ar.eml:" in out and "the message is in Arabic but" in out, out
    line, col = _email_at(TR)
    assert f"./tr.eml:{line + HEAD_LINES}:{col}: MSG204 " in out, out
    assert "the message is in Turkish but" in out and "the message is in Polish but" in out, out
    assert "./stale.eml:6:1: MSG204 " in out, out
    bad = [ln for ln in out.splitlines() if ln.startswith("./bad.eml:")]
    assert len(bad) == 1 and bad[0].startswith(
        "./bad.eml:1:1: MSG001 [unreadable-input] cannot read bad.eml: its text/plain part"
    ), bad


def test_cli_fix_leaves_a_legacy_mail_byte_for_byte(tmp_path: Path) -> None:
    data = _mail("amazon.pl", "Content-Type: text/plain; charset=windows-1250\n", "8bit", PL.encode("cp1250"))
    (tmp_path / "pl.eml").write_bytes(data)
    done = run_cli("check", "--fix", "--select", "MSG204,MSG304", "pl.eml", cwd=tmp_path)
    line, col = _email_at(PL)
    assert f"pl.eml:{line + HEAD_LINES}:{col}: MSG204 " in done.stdout.decode(), done.stdout
    assert (tmp_path / "pl.eml").read_bytes() == data


@pytest.mark.parametrize(
    ("label", "codec", "text"),
    [
        ("windows-1256", "cp1256", "شكرا لشرائك مصباح المكتب من متجرنا."),
        ("EUC-JP", "euc_jp", "ご注文ありがとうございます。"),
        ("Shift_JIS", "shift_jis", "ご注文ありがとうございます。"),
        ("windows-1250", "cp1250", "Dziękujemy za zakup, Łódź."),
        ("ISO-8859-2", "iso8859_2", "Dziękujemy za zakup, źródło."),
        ("ISO-8859-9", "iso8859_9", "Siparişiniz için teşekkür ederiz."),
    ],
)
def test_cli_fix_html_declared_by_meta_in_its_encoding(tmp_path: Path, label: str, codec: str, text: str) -> None:
    """The CSS fixes of an HTML template that declares a legacy encoding: positions in
    characters of the decoded text (not bytes), and the file written back in that encoding with
    only the style attributes removed."""
    source = (
        f'<meta charset="{label}">\n<p style="text-align: center">{text}</p>\n'
        f'<p>{text} <span style="font-family: Arial">{text}</span></p>\n'
    )
    (tmp_path / "m.html").write_bytes(source.encode(codec))
    done = run_cli("check", "--select", "MSG302,MSG303", "m.html", cwd=tmp_path)
    out = done.stdout.decode()
    span_col = len("<p>") + len(text) + len(' <span style="') + 1
    assert "m.html:2:11: MSG302 " in out and f"m.html:3:{span_col}: MSG303 " in out, out
    run_cli("check", "--fix", "--select", "MSG302,MSG303", "m.html", cwd=tmp_path)
    fixed = source.replace(' style="text-align: center"', "").replace(' style="font-family: Arial"', "")
    assert (tmp_path / "m.html").read_bytes() == fixed.encode(codec)


def test_cli_undeclared_arabic_with_vowel_marks_and_japanese_with_brackets(tmp_path: Path) -> None:
    ar = "شكراً جزيلاً لطلبك، سنجهّز الطلب غداً.\nللاستفسار: support@lamp-store.ae\n"
    ja = "【ご注文のお知らせ】\n■お問い合わせ：info@light-shop.co.jp\n"
    (tmp_path / "ar.txt").write_bytes(ar.encode("cp1256"))
    (tmp_path / "ja.txt").write_bytes(ja.encode("shift_jis"))
    done = run_cli("check", "--select", "MSG001,MSG204", "ar.txt", "ja.txt", cwd=tmp_path)
    out = done.stdout.decode()
    assert "MSG001" not in out, out
    assert f"ar.txt:2:{ar.split(chr(10))[1].index('support@') + 1}: MSG204 " in out, out
    assert f"ja.txt:2:{ja.split(chr(10))[1].index('info@') + 1}: MSG204 " in out, out


def test_cli_per_file_encoding_is_inherited_through_extend(tmp_path: Path) -> None:
    """A parent's per-file-encoding globs stay relative to the parent's folder in a child that
    extends it; the child's own globs come first."""
    (tmp_path / "msglint.toml").write_text(
        '[per-file-encoding]\n"shop/jp/*.txt" = "shift_jis"\n"shop/jp/euc.txt" = "shift_jis"\n', encoding="utf-8"
    )
    (tmp_path / "shop" / "jp").mkdir(parents=True)
    (tmp_path / "shop" / "msglint.toml").write_text(
        'extend = "../msglint.toml"\n[per-file-encoding]\n"jp/euc.txt" = "euc-jp"\n', encoding="utf-8"
    )
    line = "よろしく support@light-shop.co.jp\n"
    (tmp_path / "shop" / "jp" / "sjis.txt").write_bytes(line.encode("shift_jis"))
    (tmp_path / "shop" / "jp" / "euc.txt").write_bytes(line.encode("euc_jp"))
    done = run_cli("check", "--select", "MSG001,MSG204", "shop/jp/sjis.txt", "shop/jp/euc.txt", cwd=tmp_path)
    out = done.stdout.decode()
    assert "shop/jp/sjis.txt:1:6: MSG204 " in out and "shop/jp/euc.txt:1:6: MSG204 " in out, out
