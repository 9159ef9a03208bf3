"""Item 1 of the languages issue, per newer language and Dutch, through the installed CLI at
exact positions: sensitive content (MSG405), opt-out wording (MSG203), attachment keywords of an
invoice (MSG702: factuur, faktura, fatura, 請求書, nota fiscal, فاتورة), phone and number labels
(MSG205), shop-notification wording to a buyer alias (MSG705), localised order-number
placeholders (MSG401), language detection and the marketplace mapping (MSG402). Each case has a
neutral counter-part that stays silent."""

from __future__ import annotations

import json
import urllib.parse
from pathlib import Path
from typing import NamedTuple

import pytest
from conftest import run_cli


class Lang(NamedTuple):
    marketplace: str
    order: str  # the first line: the order number in the language
    neutral: str  # a permitted sentence (delivery appointment)
    insult: tuple[str, str]  # a line and the words MSG405 reports first
    opt_out: tuple[str, str]  # a line and the words MSG203 reports first
    invoice: str  # an invoice's file name (permitted attachment)
    other: str  # a catalogue's file name (not permitted)
    subject: str  # a shop notification's subject
    body: str  # and its body
    placeholder: str  # a localised order-number placeholder
    phone: tuple[str, str]  # a line with a phone number after a phone label, and the number
    number: str  # a line with an invoice number after its label (no phone number)


LANGS: dict[str, Lang] = {
    "nl": Lang(
        "amazon.nl",
        "Bestelling 402-1234567-1234567",
        "Hallo, de lamp wordt morgen geleverd tussen 8 en 12 uur.",
        ("Jij bent een idioot als je dat niet snapt.", "idioot"),
        ("U kunt zich afmelden voor onze nieuwsbrief via de link.", "afmelden voor onze nieuwsbrief"),
        "factuur-402-1234567-1234567.pdf",
        "catalogus-lente.pdf",
        "Uw bestelling #1042 is verzonden",
        "Uw bestelling 1042 is vandaag verzonden. Volg uw pakket via de link.",
        "bestelnummer",
        ("Bel ons gerust op 020 123 4567.", "020 123 4567"),
        "Factuurnummer 2024 5567 8812.",
    ),
    "sv": Lang(
        "amazon.se",
        "Beställning 402-1234567-1234567",
        "Hej, lampan levereras i morgon mellan klockan 8 och 12.",
        ("Din idiot, läs instruktionerna.", "Din idiot"),
        ("Du kan när som helst avregistrera dig från våra utskick.", "avregistrera dig"),
        "faktura-402-1234567-1234567.pdf",
        "katalog-var.pdf",
        "Din beställning #1042 har skickats",
        "Din beställning 1042 har skickats i dag. Spåra ditt paket här.",
        "ordernummer",
        ("Ring oss på 08-123 456 78.", "08-123 456 78"),
        "Fakturanummer 2024 5567 8812.",
    ),
    "pl": Lang(
        "amazon.pl",
        "Zamówienie 402-1234567-1234567",
        "Dzień dobry, lampa zostanie dostarczona jutro między 8 a 12.",
        ("Ty idioto, przeczytaj instrukcję.", "idioto"),
        ("Jeśli nie chce Pan otrzymywać naszych wiadomości, prosimy o odpowiedź STOP.", "nie chce"),
        "faktura-402-1234567-1234567.pdf",
        "katalog-wiosna.pdf",
        "Twoje zamówienie #1042 zostało wysłane",
        "Twoje zamówienie 1042 zostało wysłane. Śledź przesyłkę pod linkiem.",
        "numer_zamowienia",
        ("Prosimy dzwonić pod numer 22 123 45 67.", "22 123 45 67"),
        "Numer faktury 2024 5567 8812.",
    ),
    "tr": Lang(
        "amazon.com.tr",
        "Sipariş 402-1234567-1234567",
        "Merhaba, lamba yarın saat 8 ile 12 arasında teslim edilecek.",
        ("Sen tam bir aptalsın, talimatları oku.", "aptalsın"),
        ("Bizden gelen mesajları artık almak istemezseniz bize yazın.", "mesajları"),
        "fatura-402-1234567-1234567.pdf",
        "katalog-bahar.pdf",
        "Siparişiniz #1042 kargoya verildi",
        "Siparişiniz 1042 kargoya verildi. Kargonuzu bağlantıdan takip edebilirsiniz.",
        "siparis_no",
        ("Bizi 0212 123 45 67 numaralı telefondan arayabilirsiniz.", "0212 123 45 67"),
        "Fatura numarası 2024 5567 8812.",
    ),
    "ja": Lang(
        "amazon.co.jp",
        "ご注文番号：402-1234567-1234567",
        "ランプは明日の午前中にお届けいたします。",
        ("バカ野郎、説明書を読め。", "バカ野郎"),
        ("今後のご案内が不要な場合は「配信停止」とご返信ください。", "配信停止"),
        "請求書-402-1234567-1234567.pdf",
        "カタログ.pdf",
        "【発送完了のお知らせ】",
        "ご注文の商品を本日発送いたしました。配送状況は追跡番号からご確認いただけます。",
        "注文番号",
        ("お電話は03-1234-5678までお願いします。", "03-1234-5678"),
        "請求書番号 2024 5567 8812",
    ),
    "pt": Lang(
        "amazon.com.br",
        "Pedido 402-1234567-1234567",
        "Olá, a luminária será entregue amanhã entre 8h e 12h.",
        ("Seu idiota, leia o manual.", "idiota"),
        ("Caso não queira mais receber mensagens da nossa loja, responda SAIR.", "não queira mais receber"),
        "nota-fiscal-402-1234567-1234567.pdf",
        "catalogo-primavera.pdf",
        "Seu pedido #1042 foi enviado!",
        "Seu pedido 1042 foi enviado. Acompanhe a entrega pelo código de rastreio.",
        "numero_pedido",
        ("Ligue para (11) 3123-4567.", "(11) 3123-4567"),
        "Nota fiscal 2024 5567 8812.",
    ),
    "ar": Lang(
        "amazon.ae",
        "الطلب رقم 402-1234567-1234567",
        "مرحبا، سيتم توصيل المصباح غدا بين الساعة 8 و12.",
        ("يا غبي، اقرأ التعليمات.", "يا غبي"),
        ("إذا كنت لا ترغب في تلقي رسائلنا، يرجى الرد بكلمة توقف.", "لا ترغب في تلقي رسائلنا"),
        "فاتورة-402-1234567-1234567.pdf",
        "كتالوج.pdf",
        "تم شحن طلبك!",
        "تم شحن طلبك 1042 اليوم. يمكنك تتبع الشحنة عبر الرابط.",
        "رقم_الطلب",
        ("اتصل بنا على 050 123 4567.", "050 123 4567"),
        "فاتورة رقم 2024 5567 8812.",
    ),
}
IDS = list(LANGS)


def _lint(path: Path, *args: str) -> list[tuple[str, int, int]]:
    done = run_cli("check", "--format", "json", *args, str(path))
    assert done.returncode in (0, 1), done.stderr.decode()
    return [(d["code"], d["line"], d["column"]) for d in json.loads(done.stdout or b"[]")]


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


@pytest.mark.parametrize("code", IDS)
def test_sensitive_words_and_opt_out_wording(tmp_path: Path, code: str) -> None:
    lang = LANGS[code]
    text = f"{lang.order}\n{lang.neutral}\n{lang.insult[0]}\n{lang.opt_out[0]}\n"
    path = _write(tmp_path, "m.txt", text)
    got = _lint(path, "--marketplace", lang.marketplace, "--select", "MSG405,MSG203")
    insult = ("MSG405", 3, lang.insult[0].index(lang.insult[1]) + 1)
    opt_out = ("MSG203", 4, lang.opt_out[0].index(lang.opt_out[1]) + 1)
    assert got[:1] == [insult] and opt_out in got and {c for c, _, _ in got} == {"MSG405", "MSG203"}
    calm = _write(tmp_path, "ok.txt", f"{lang.order}\n{lang.neutral}\n")
    assert _lint(calm, "--marketplace", lang.marketplace, "--select", "MSG405,MSG203") == []


def _mail(lang: Lang, subject: str, body: str, attachment: str | None = None) -> str:
    tld = lang.marketplace.removeprefix("amazon.")
    head = (
        f"From: shop@example.net\nTo: t969vz2jn3bdsy7@marketplace.amazon.{tld}\nSubject: {subject}\nMIME-Version: 1.0\n"
    )
    if attachment is None:
        return head + f"Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    name = (
        f'filename="{attachment}"'
        if attachment.isascii()
        else "filename*=UTF-8''" + urllib.parse.quote(attachment)  # RFC 2231, as mail programs write it
    )
    return head + (
        'Content-Type: multipart/mixed; boundary="m"\n\n'
        f"--m\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
        f"--m\nContent-Type: application/pdf\nContent-Disposition: attachment; {name}\n"
        "Content-Transfer-Encoding: base64\n\nJVBERi0xLjQKJSVFT0YK\n--m--\n"
    )


@pytest.mark.parametrize("code", IDS)
def test_invoice_attachment_named_in_the_language_is_permitted(tmp_path: Path, code: str) -> None:
    lang = LANGS[code]
    invoice = _write(tmp_path, "invoice.eml", _mail(lang, lang.order, lang.neutral, lang.invoice))
    assert _lint(invoice, "--select", "MSG702") == []
    other = _write(tmp_path, "other.eml", _mail(lang, lang.order, lang.neutral, lang.other))
    assert _lint(other, "--select", "MSG702") == [("MSG702", 13, 1)]  # its Content-Disposition line


@pytest.mark.parametrize("code", IDS)
def test_shop_notification_in_the_language_to_an_alias(tmp_path: Path, code: str) -> None:
    lang = LANGS[code]
    note = _write(tmp_path, "note.eml", _mail(lang, lang.subject, lang.body))
    assert _lint(note, "--select", "MSG705") == [("MSG705", 2, 5)]  # the alias in To:
    reply = _write(tmp_path, "reply.eml", _mail(lang, lang.order, lang.neutral))
    assert _lint(reply, "--select", "MSG705") == []


@pytest.mark.parametrize("code", IDS)
def test_localised_order_number_placeholder(tmp_path: Path, code: str) -> None:
    lang = LANGS[code]
    named = _write(tmp_path, "named.txt", f"{lang.neutral} {{{{ {lang.placeholder} }}}}\n")
    assert _lint(named, "--marketplace", lang.marketplace, "--select", "MSG401") == []
    other = _write(tmp_path, "other.txt", f"{lang.neutral} {{{{ colour }}}}\n")
    assert _lint(other, "--marketplace", lang.marketplace, "--select", "MSG401") == [("MSG401", 1, 1)]


@pytest.mark.parametrize("code", IDS)
def test_phone_label_and_number_label(tmp_path: Path, code: str) -> None:
    lang = LANGS[code]
    line, number = lang.phone
    path = _write(tmp_path, "m.txt", f"{lang.order}\n{line}\n{lang.number}\n")
    assert _lint(path, "--marketplace", lang.marketplace, "--select", "MSG205") == [
        ("MSG205", 2, line.index(number) + 1)
    ]


@pytest.mark.parametrize("code", IDS)
def test_language_detection_and_marketplace_mapping(tmp_path: Path, code: str) -> None:
    lang = LANGS[code]
    text = f"{lang.order}\n{lang.neutral}\n{lang.opt_out[0]}\n"
    path = _write(tmp_path, "m.txt", text)
    assert _lint(path, "--marketplace", lang.marketplace, "--select", "MSG402") == []
    got = _lint(path, "--marketplace", "amazon.co.uk", "--select", "MSG402")
    assert [c for c, _, _ in got] == ["MSG402"]


# ---- wording concepts of the newer languages: each added idea and its neutral counter-part -------
#: (language, rule, message, the rule's findings as (line, column)): a purpose said the way sellers
#: say it is found at the sentence that carries it, and the near miss beside it stays silent.
WORDING: dict[str, tuple[str, str, str, list[tuple[int, int]]]] = {
    # a discount offered is marketing; the 'Discount' row of an order's price table is not
    "ja-discount-offered": ("ja", "MSG601", "山田様\nリピーターのお客様に特別割引をご用意しました。\n", [(2, 1)]),
    "ja-discount-row": ("ja", "MSG601", "山田様\nご注文内容\n小計 2,000円\n割引 200円\n総計 1,800円\n", []),
    "ar-discount-offered": ("ar", "MSG601", "عزيزي أحمد،\nنقدم لكم خصما حصريا على أي منتج من متجرنا.\n", [(2, 1)]),
    "ar-discount-row": (
        "ar",
        "MSG601",
        "عزيزي أحمد،\nالمجموع الفرعي 200 ريال\nخصم 20 ريال\nالمجموع الكلي 180 ريال\n",
        [],
    ),
    # other products of the shop are marketing; another product sent by mistake is a problem
    "ja-storefront": (
        "ja",
        "MSG601",
        "山田様\nAmazonのストアフロントで当店のほかの商品もぜひご覧ください。\n",
        [(2, 1)],
    ),
    "ja-other-item-by-mistake": (
        "ja",
        "MSG601",
        "山田様\nほかの商品と間違えてお送りしてしまい、申し訳ございません。交換品を本日手配いたします。\n",
        [],
    ),
    "tr-campaign": (
        "tr",
        "MSG601",
        "Merhaba Ayşe Hanım,\nAmazon mağazamızda bu ay tüm aksesuarlarda kampanya var.\n",
        [(2, 1)],
    ),
    "tr-campaign-used": (
        "tr",
        "MSG601",
        "Merhaba Ayşe Hanım,\nKullandığınız kampanya indirimi siparişinize uygulandı.\n",
        [],
    ),
    # the passive past is a done status; its conditional is not
    "ja-shipped-passive": ("ja", "MSG602", "山田様\nご注文の商品が出荷されました。\n", [(2, 1)]),
    "ja-shipped-conditional": ("ja", "MSG602", "山田様\n商品が出荷されましたら、追跡番号をお知らせします。\n", []),
    # the parcel taken to the post office is a shipping confirmation; a reset link sent is none
    "pl-post-office": (
        "pl",
        "MSG602",
        "Dzień dobry,\nDziś rano zaniosłam paczkę z zamówieniem 405-1192047-3308816 na pocztę.\n",
        [(2, 1)],
    ),
    "pl-request-sent": (
        "pl",
        "MSG602",
        "Dzień dobry,\nZostała wysłana prośba o zresetowanie hasła do konta w sklepie.\n",
        [],
    ),
    # a delay of weeks is a delay notice; one of a day or two, a week's bank delay or an overdue invoice is not
    "ar-long-delay": ("ar", "MSG604", "عزيزي أحمد،\nسيتأخر طلبك نحو أربعة أسابيع.\n", [(2, 1)]),
    "ar-overdue-invoice": ("ar", "MSG604", "عزيزي أحمد،\nهذه تذكير بأن فاتورتك متأخرة.\n", []),
    "ar-day-or-two": ("ar", "MSG604", "عزيزي أحمد،\nقد يتأخر توصيل الطلب يوماً أو يومين بسبب عطل لدى شركة الشحن.\n", []),
    "sv-long-delay": (
        "sv",
        "MSG604",
        "Hej Anna,\nLeveransen blir tyvärr försenad med ungefär fyra veckor.\n",
        [(2, 1)],
    ),
    "sv-day-or-two": (
        "sv",
        "MSG604",
        "Hej Anna,\nPaketet blir en till två dagar försenat på grund av en driftstörning hos transportören.\n",
        [],
    ),
    "sv-within-a-week": (
        "sv",
        "MSG604",
        "Hej Anna,\nVi har återbetalat 200 kr för de saknade skruvarna, beloppet syns på kortet inom en vecka.\n",
        [],
    ),
    "tr-long-delay": ("tr", "MSG604", "Merhaba Ayşe Hanım,\nSiparişiniz yaklaşık üç hafta gecikecek.\n", [(2, 1)]),
    "tr-day-or-two": (
        "tr",
        "MSG604",
        "Merhaba Ayşe Hanım,\nTeslimatınız bir iki gün gecikecek. Paketi iş yerinize yönlendirmemizi ister misiniz?\n",
        [],
    ),
    "pt-out-of-stock": ("pt", "MSG604", "Olá Maria,\nO produto está esgotado.\n", [(2, 1)]),
    "pt-password-reset": ("pt", "MSG604", "Olá Maria,\nPedido de reposição de palavra-passe para a loja.\n", []),
    # a satisfaction condition on the review is gating; a hope or an either-way request is not
    "ja-if-you-like-it": (
        "ja",
        "MSG503",
        "山田様\n商品を気に入っていただけていれば、レビューを書いていただけると助かります。\n",
        [(2, 1)],
    ),
    "ja-works-fine": ("ja", "MSG503", "山田様\n商品は問題なく動作しております。率直なレビューをお寄せください。\n", []),
    "sv-inverted-condition": (
        "sv",
        "MSG503",
        "Hej Anna,\nKänner du dig nöjd med köpet får du gärna skriva en recension.\n",
        [(2, 1)],
    ),
    "sv-hope-satisfied": (
        "sv",
        "MSG503",
        "Hej Anna,\nVi hoppas att du är nöjd. Dela gärna din ärliga upplevelse i en recension, positiv som negativ.\n",
        [],
    ),
    "tr-only-pleased": (
        "tr",
        "MSG503",
        "Merhaba Ayşe Hanım,\nYalnızca alışverişinden hoşnut kalan müşterilerimizden yorum istiyoruz.\n",
        [(2, 1)],
    ),
    "tr-thank-pleased": (
        "tr",
        "MSG503",
        "Merhaba Ayşe Hanım,\nÜrünümüzden memnun kalan müşterilerimize teşekkür ederiz; ürünün montaj kılavuzu ektedir.\n",
        [],
    ),
    "pt-expectations": (
        "pt",
        "MSG503",
        "Olá Maria,\nCaso o produto tenha atendido às suas expectativas, ficaríamos gratos por uma avaliação.\n",
        [(2, 1)],
    ),
    "pt-expectations-either-way": (
        "pt",
        "MSG503",
        "Olá Maria,\nConte na avaliação se o produto atendeu ou não às suas expectativas.\n",
        [],
    ),
    # 'positive' asked for is bias; 'positive or negative' (with tanween, or Swedish 'som') is neutral
    "ar-positive": ("ar", "MSG502", "عزيزي أحمد،\nنرجو منك كتابة تقييم إيجابي للمنتج على أمازون.\n", [(2, 1)]),
    "ar-positive-or-negative": (
        "ar",
        "MSG502",
        "عزيزي أحمد،\nنود أن نعرف رأيك الصادق في المنتج، سواء كان إيجابياً أو سلبياً، في مراجعة على أمازون.\n",
        [],
    ),
    "sv-positive-as-negative": (
        "sv",
        "MSG502",
        "Hej Anna,\nDela gärna din ärliga upplevelse i en recension, positiv som negativ.\n",
        [],
    ),
    # a small gift for a review is an incentive; gift wrapping is none
    "pl-gift-for-review": (
        "pl",
        "MSG501",
        "Dzień dobry,\nZa wystawioną opinię odwdzięczymy się małą niespodzianką.\n",
        [(2, 1)],
    ),
    "pl-gift-wrap": (
        "pl",
        "MSG501",
        "Dzień dobry,\nZamówienie zapakujemy na prezent, a po odbiorze prosimy o szczerą opinię.\n",
        [],
    ),
    "sv-surprise-for-review": (
        "sv",
        "MSG501",
        "Hej Anna,\nOm du recenserar doftljuset skickar vi en liten överraskning som tack.\n",
        [(2, 1)],
    ),
    "sv-gift-wrap": (
        "sv",
        "MSG501",
        "Hej Anna,\nLjuset kommer i presentförpackning. Vi blir glada för en ärlig recension, positiv som negativ.\n",
        [],
    ),
    # sold out is a stock-out; 'sells out fast' is none
    "pl-sold-out": (
        "pl",
        "MSG604",
        "Dzień dobry,\nCzerwony plecak z zamówienia 207-1128890-5561342 właśnie się wyprzedał.\n",
        [(2, 1)],
    ),
    "pl-sold-out-fast": (
        "pl",
        "MSG604",
        "Dzień dobry,\nPlecak w tym kolorze szybko się wyprzedaje, dlatego wysłaliśmy go już wczoraj rano kurierem.\n",
        [],
    ),
    # a thanks with a warm wish of any length is thanks-only; a hope that asks for something is a request
    "sv-wish-thanks": (
        "sv",
        "MSG603",
        "Hej Anna,\nTack för din beställning!\nFörhoppningsvis har cykellampan kommit fram hel och fin och lyser upp dina"
        " mörka höstkvällar på vägen hem.\nHälsningar\nCykelverkstan\n",
        [(2, 1)],
    ),
    "sv-hope-request": (
        "sv",
        "MSG603",
        "Hej Anna,\nTack för din beställning!\nVi hoppas att du kan skicka oss texten till graveringen.\nHälsningar\nCykelverkstan\n",
        [],
    ),
    "tr-arrived-complete": (
        "tr",
        "MSG603",
        "Merhaba Ayşe Hanım,\nSiparişiniz için teşekkür ederiz.\nKahve makinenizin elinize eksiksiz ulaşmış olmasını dileriz.\nSaygılarımızla\n",
        [(2, 1)],
    ),
    "tr-arrived-incomplete": (
        "tr",
        "MSG603",
        "Merhaba Ayşe Hanım,\nSiparişiniz için teşekkür ederiz.\nKahve makinenizin bir parçası eksik ulaşmış, yenisini yarın gönderiyoruz.\nSaygılarımızla\n",
        [],
    ),
    # 'we hope it reached you' is a wish; 'it was delivered today' a delivery confirmation
    "ar-hope-arrived": ("ar", "MSG602", "أهلاً،\nمجرد رسالة قصيرة: نرجو أن تكون شحنتك قد وصلت على ما يرام.\n", []),
    "ar-delivered": ("ar", "MSG602", "أهلاً،\nتم تسليم شحنتك اليوم.\n", [(2, 1)]),
    # a seasonal greeting (時候の挨拶) is part of a thanks-only letter; a request beside it is a purpose
    "ja-season-thanks": (
        "ja",
        "MSG603",
        "山田様\nこの度はご注文ありがとうございます。\n朝晩の冷え込みが厳しくなってまいりましたが、どうぞ暖かくしてお過ごしください。\n",
        [(2, 1)],
    ),
    "ja-season-request": (
        "ja",
        "MSG603",
        "山田様\nこの度はご注文ありがとうございます。\n朝晩の冷え込みが厳しくなってまいりましたが、刻印する文字をお知らせください。\n",
        [],
    ),
}


@pytest.mark.parametrize("case", list(WORDING))
def test_wording_concepts_of_the_newer_languages(tmp_path: Path, case: str) -> None:
    language, rule, text, expected = WORDING[case]
    path = _write(tmp_path, "m.txt", text)
    assert _lint(path, "--language", language, "--select", rule) == [(rule, line, col) for line, col in expected]
