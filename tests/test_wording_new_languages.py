"""The labelled wording sets of the six newer languages (sv, pl, tr, ja, pt, ar): every file of
their tune, tune2, tune3, tune4, tune5, tune6, tune7, tune8, tune9, tune10 and tune11 splits gets exactly its labelled review and purpose rules (MSG5/MSG6),
and hand-written check-in and seasonal messages (MSG603 thanks-only) are told from the same wording
with a purpose.

This backs the per-language figures of ``benchmarks/wording_eval.py --split tune,tune2,tune3,tune4,tune5,tune6,tune7,tune8,tune9,tune10,tune11``;
the held-back splits (holdout, holdout2, holdout3, holdout5, holdout6, holdout7, holdout8, holdout9, holdout10, holdout11) are never read here. A file the rules do not meet yet is a
strict xfail with its reason, so the entry must go as soon as the file passes.
"""

from __future__ import annotations

import importlib.util
import sys

import pytest
from conftest import ROOT

_SPEC = importlib.util.spec_from_file_location("wording_eval_new", ROOT / "benchmarks" / "wording_eval.py")
assert _SPEC is not None and _SPEC.loader is not None
wording_eval = importlib.util.module_from_spec(_SPEC)
sys.modules["wording_eval_new"] = wording_eval
_SPEC.loader.exec_module(wording_eval)

NEW_LANGUAGES = ("sv", "pl", "tr", "ja", "pt", "ar")
PURPOSE_RULES = {"MSG501", "MSG502", "MSG503", "MSG504", "MSG601", "MSG602", "MSG603", "MSG604"}
CASES = [c for c in wording_eval.load_cases(splits=wording_eval.TUNE_SPLITS) if c.language in NEW_LANGUAGES]

#: Files whose MSG5/MSG6 labels the rules do not meet, each with the reason (strict xfail).
KNOWN_MISSES: dict[str, str] = {
    "ar/tune/thanks-only-c.html": "MSG603 missed: a thanks message with a product sentence of its own",
    "ja/tune/thanks-only-b.txt": "MSG603 missed: Japanese clauses are single tokens, a thanks clause with a number is not covered",
    "pt/tune/so-agradecimento-c.html": "MSG603 missed: a handmade-workshop story (feita à mão) is taken for content",
    "sv/tune9/mobilskal-andra-omdome-c.txt": "MSG504 missed: 'finns det någon möjlighet att du skriver om den?' is "
    "'rewrite it' here, but 'skriva om den' is as often 'write about it' (a neutral review request); not safe",
    "pt/tune10/pens-coupon-review-a.txt": "MSG503 on top of MSG501/MSG601: 'Gostou ...? Escreva sua avaliação e"
    " receba um cupom' puts a satisfaction question next to the review request, which the pack reads as gating"
    " (other sets label that shape MSG503); the writer labelled the reward only",
    "ja/tune3/refund-settled-c.txt": "MSG602 missed: 'キャンセルのご依頼を承り' makes it a reply to the buyer's request, which may give the status",
    "pt/tune12/pastamachine-cancelamento-a.txt": "MSG602 missed: 'conforme a sua solicitação' makes the"
    " cancellation a reply to the buyer's own request, which may give the status (MSG602's documented exemption)",
}


def _params() -> list[object]:
    out: list[object] = []
    for case in CASES:
        key = f"{case.language}/{case.split}/{case.path.name}"
        reason = KNOWN_MISSES.get(key)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        out.append(pytest.param(case, id=key, marks=marks))
    return out


def test_every_new_language_has_both_splits() -> None:
    for lang in NEW_LANGUAGES:
        splits = {c.split for c in CASES if c.language == lang}
        assert splits == set(wording_eval.TUNE_SPLITS), lang


@pytest.mark.parametrize("case", _params())
def test_new_language_file_gets_exactly_its_purpose_rules(case: wording_eval.Case) -> None:
    got = wording_eval.lint_case(case)
    assert got & PURPOSE_RULES == case.expect & PURPOSE_RULES


#: (language, message that only checks in or sends season's wishes, (line, column) of the MSG603
#: finding, the same message with a purpose sentence instead of the last one: no MSG603). Written
#: for the wording the lexicons gained from tune4 (none of these passed before): a wish that the
#: parcel arrived well, "no need to reply", "we are here if anything comes up", winter and new-year
#: wishes, a shop name as the signature without a closing formula (ja).
CHECK_INS: list[tuple[str, str, tuple[int, int], str]] = [
    (
        "sv",
        "Hej Anna,\n\nsnön har redan lagt sig här, och vi kom att tänka på dig. "
        "Behöver du hjälp någon gång står vi gärna till tjänst.\n\nMed vänliga hälsningar,\nButiken\n",
        (3, 1),
        "Hej Anna,\n\nsnön har redan lagt sig här, och vi kom att tänka på dig. "
        "Skicka oss gärna ett foto av kvittot.\n\nMed vänliga hälsningar,\nButiken\n",
    ),
    (
        "pl",
        "Dzień dobry,\n\nchcieliśmy tylko upewnić się, że paczka dotarła bez problemów. "
        "Na tę wiadomość nie trzeba odpowiadać.\n\nPozdrawiamy,\nSklep\n",
        (3, 1),  # at the check-in, not at the greeting's "dobry" (sixth session)
        "Dzień dobry,\n\nchcieliśmy tylko upewnić się, że paczka dotarła bez problemów. "
        "Prosimy o przesłanie zdjęcia paragonu.\n\nPozdrawiamy,\nSklep\n",
    ),
    (
        "tr",
        "Merhaba,\n\nKış kapıya dayanmışken bizi tercih etmeniz bizi çok sevindirdi. "
        "Aklınıza takılan bir şey olursa dilediğiniz an ulaşabilirsiniz.\n\nSevgiyle,\nMağaza\n",
        (3, 1),
        "Merhaba,\n\nKış kapıya dayanmışken bizi tercih etmeniz bizi çok sevindirdi. "
        "Lütfen faturanızı ekte bulun.\n\nSevgiyle,\nMağaza\n",
    ),
    (
        "pt",
        "Oi, tudo bem?\n\nPassando só para agradecer pela sua compra. Esse frio de junho não está fácil, né?\n\n"
        "Equipe Loja\n",
        (3, 1),
        "Oi, tudo bem?\n\nPassando só para agradecer pela sua compra. Pode nos enviar o número da nota fiscal?\n\n"
        "Equipe Loja\n",
    ),
    (
        "ar",
        "مرحبا،\n\nنرجو أن تكون شحنتك قد وصلت على ما يرام. وإن احتجت إلى أي مساعدة، فنحن هنا دائماً عبر رسائل أمازون.\n\n"
        "مع خالص التحية،\nالمتجر\n",
        (3, 1),
        "مرحبا،\n\nنرجو أن ترسل لنا صورة الفاتورة.\n\nمع خالص التحية،\nالمتجر\n",
    ),
    (
        "ja",
        "山田様\n\nご注文いただいた土鍋(注文番号:{{order_id}})が、無事にお手元へ届いていることと存じます。\n\nやまびこ工房\n",
        (3, 32),
        "山田様\n\nご注文いただいた土鍋(注文番号:{{order_id}})が、無事にお手元へ届いていることと存じます。"
        "刻印の文字をお送りください。\n\nやまびこ工房\n",
    ),
]


@pytest.mark.parametrize(("lang", "phatic", "where", "with_purpose"), CHECK_INS, ids=[c[0] for c in CHECK_INS])
def test_check_in_and_seasonal_wording_is_thanks_only(
    lang: str, phatic: str, where: tuple[int, int], with_purpose: str
) -> None:
    import msglint

    found = msglint.lint(phatic.encode(), filename="check-in.txt", config={"language": lang})
    assert [(d.line, d.column) for d in found if d.code == "MSG603"] == [where]
    found = msglint.lint(with_purpose.encode(), filename="check-in.txt", config={"language": lang})
    assert [d for d in found if d.code == "MSG603"] == []


#: Greeting and closing around a one-paragraph body, per language (a message as a seller writes it).
_FRAME = {
    "sv": ("Hej Anna,\n\n", "\n\nMed vänliga hälsningar,\nButiken\n"),
    "pl": ("Dzień dobry,\n\n", "\n\nPozdrawiamy,\nSklep\n"),
    "tr": ("Merhaba,\n\n", "\n\nSaygılarımızla,\nMağaza\n"),
    "pt": ("Olá, Ana,\n\n", "\n\nAtenciosamente,\nLoja\n"),
    "ja": ("山田様\n\n", "\n\nよろしくお願いいたします。\nショップ\n"),
    "ar": ("مرحبا،\n\n", "\n\nمع التحية،\nالمتجر\n"),
}

#: Ideas, not fixtures (2026-12-01, fourth session): for each concept the common words a seller or
#: a shop system uses for it (a refund credited or paid out, a parcel picked up by the carrier, a
#: supplier that cannot deliver, 'not before April', 'would you rather cancel', 'first of all
#: write to us, not in a review', a review taken down...), each next to a near miss with the same
#: vocabulary that must stay silent (a short carrier delay with a question, delivering to the
#: workplace 'instead', a price difference refunded). (language, body, rules that must fire).
IDEAS: list[tuple[str, str, set[str]]] = [
    ("sv", "Vi har krediterat 349 kr till ditt konto för order 305-1234567-1234567.", {"MSG602"}),
    ("sv", "Paketet med order 305-1234567-1234567 har hämtats upp av DHL i dag.", {"MSG602"}),
    ("sv", "Pengarna för order 305-1234567-1234567 har förts tillbaka till ditt kort.", {"MSG602"}),
    (
        "sv",
        "Beloppet för order 305-1234567-1234567 krediteras när returen har kommit fram. Skicka oss gärna spårningsnumret.",
        set(),
    ),
    (
        "sv",
        "Tyvärr har vår leverantör inte kunnat leverera lampan i order 305-1234567-1234567, och vi vet inte när den kommer in igen.",
        {"MSG604"},
    ),
    ("sv", "Vi kan tyvärr inte skicka order 305-1234567-1234567 förrän i april.", {"MSG604"}),
    ("sv", "Soffan i order 305-1234567-1234567 är restnoterad. Vill du hellre avbryta köpet går det bra.", {"MSG604"}),
    (
        "sv",
        "Transportören meddelar en kort försening i din region för order 305-1234567-1234567. "
        "Ska vi skicka det till din arbetsplats i stället?",
        set(),
    ),
    (
        "sv",
        "Har något gått snett med order 305-1234567-1234567? Hör av dig till oss i första hand, inte i en recension.",
        {"MSG503"},
    ),
    (
        "sv",
        "Föll lampan från order 305-1234567-1234567 dig i smaken? Berätta det gärna för andra köpare i en recension.",
        {"MSG503"},
    ),
    ("sv", "Skulle du kunna ta ner din recension nu när problemet med order 305-1234567-1234567 är löst?", {"MSG504"}),
    (
        "sv",
        "Ta ner lampan från kroken innan du byter glödlampa i order 305-1234567-1234567. Vilken sockel har den?",
        set(),
    ),
    (
        "sv",
        "Tack för order 305-1234567-1234567. I vår webbutik hittar du just nu hela vinterkollektionen till halva priset.",
        {"MSG601"},
    ),
    (
        "sv",
        "Lampan i order 305-1234567-1234567 kostade halva priset av vad du betalade, så vi återbetalar mellanskillnaden "
        "eftersom den var repig. Vill du ha pengarna till samma kort?",
        set(),
    ),
    ("pl", "Zwrot środków za zamówienie 305-1234567-1234567 został zaksięgowany na Pana koncie.", {"MSG602"}),
    ("pl", "Pieniądze za zamówienie 305-1234567-1234567 wróciły już na Pani kartę.", {"MSG602"}),
    ("pl", "Przesyłka z zamówieniem 305-1234567-1234567 została odebrana przez kuriera DPD.", {"MSG602"}),
    (
        "pl",
        "Niestety nasz dostawca nie był w stanie dostarczyć lampy z zamówienia 305-1234567-1234567 i nie wiemy, kiedy pojawi się ponownie.",
        {"MSG604"},
    ),
    ("pl", "Niestety nie będziemy mogli wysłać zamówienia 305-1234567-1234567 przed kwietniem.", {"MSG604"}),
    (
        "pl",
        "Sofa z zamówienia 305-1234567-1234567 jest chwilowo niedostępna u producenta. Jeśli woli Pan nie czekać, może Pan anulować zakup.",
        {"MSG604"},
    ),
    (
        "pl",
        "Z powodu śnieżycy kurier DPD ma jednodniowe opóźnienie, więc paczka z zamówieniem 305-1234567-1234567 dotrze w czwartek. Czy ten termin Panu odpowiada, czy woli Pan odbiór w paczkomacie?",
        set(),
    ),
    (
        "pl",
        "Firma kurierska zgłasza niewielkie opóźnienie w Pana regionie dla zamówienia 305-1234567-1234567. Czy mamy skierować paczkę na adres Pana pracy zamiast do domu?",
        set(),
    ),
    (
        "pl",
        "Coś poszło nie tak z zamówieniem 305-1234567-1234567? Prosimy zgłosić to w pierwszej kolejności nam, a nie w recenzji.",
        {"MSG503"},
    ),
    (
        "pl",
        "Dziękujemy za zamówienie 305-1234567-1234567. W naszym sklepie znajdzie Pan teraz całą zimową kolekcję o połowę taniej.",
        {"MSG601"},
    ),
    (
        "pl",
        "W załączniku przesyłamy fakturę do zamówienia 305-1234567-1234567, o którą Pan prosił. Kwota została opłacona.",
        set(),
    ),
    (
        "pl",
        "Zwrot środków za zamówienie 305-1234567-1234567 zostanie zaksięgowany, gdy paczka zwrotna do nas dotrze. Prosimy o numer nadania zwrotu.",
        set(),
    ),
    (
        "pl",
        "Lampa z zamówienia 305-1234567-1234567 była porysowana, dlatego zwracamy różnicę w cenie. Czy pieniądze mają wrócić na tę samą kartę?",
        set(),
    ),
    ("pt", "O valor do pedido 305-1234567-1234567 foi devolvido integralmente na sua fatura.", {"MSG602"}),
    ("pt", "A encomenda do pedido 305-1234567-1234567 foi coletada pela transportadora hoje de manhã.", {"MSG602"}),
    (
        "pt",
        "Infelizmente nosso fornecedor não conseguiu entregar a luminária do pedido 305-1234567-1234567 e não sabemos quando ela volta.",
        {"MSG604"},
    ),
    ("pt", "Infelizmente só conseguiremos enviar o pedido 305-1234567-1234567 a partir de abril.", {"MSG604"}),
    (
        "pt",
        "Por causa das chuvas, a transportadora está com um dia de atraso e a entrega do pedido 305-1234567-1234567 fica para quinta-feira. Essa data ainda é boa para você, ou prefere retirar numa agência?",
        set(),
    ),
    (
        "pt",
        "Os Correios informaram um pequeno atraso na sua região para o pedido 305-1234567-1234567. Quer que a gente mande para o endereço do seu trabalho em vez de casa?",
        set(),
    ),
    ("pt", "Quem avaliar a luminária do pedido 305-1234567-1234567 ganha uma surpresinha pelo correio.", {"MSG501"}),
    (
        "pt",
        "A luminária do pedido 305-1234567-1234567 agradou? Então conte para outros compradores numa avaliação.",
        {"MSG503"},
    ),
    (
        "pt",
        "Você poderia tirar a sua avaliação agora que o problema do pedido 305-1234567-1234567 foi resolvido?",
        {"MSG504"},
    ),
    (
        "pt",
        "Obrigado pelo pedido 305-1234567-1234567. Na nossa loja você encontra agora toda a coleção de inverno pela metade do preço.",
        {"MSG601"},
    ),
    ("pt", "Segue em anexo a nota fiscal do pedido 305-1234567-1234567 que você pediu. O valor já está pago.", set()),
    (
        "pt",
        "O estorno do pedido 305-1234567-1234567 será creditado quando a devolução chegar até nós. Pode nos enviar o código de rastreio da postagem?",
        set(),
    ),
    (
        "pt",
        "A luminária do pedido 305-1234567-1234567 veio riscada, por isso devolvemos a diferença de preço. O dinheiro pode voltar para o mesmo cartão?",
        set(),
    ),
    ("tr", "305-1234567-1234567 numaralı siparişinizi maalesef nisan ayından önce gönderemeyeceğiz.", {"MSG604"}),
    (
        "tr",
        "Kar yağışı nedeniyle kargo firması bir gün gecikmeli çalışıyor; 305-1234567-1234567 numaralı siparişiniz perşembe günü elinizde olacak. Bu tarih size uygun mu, yoksa şubeden mi teslim almak istersiniz?",
        set(),
    ),
    (
        "tr",
        "Kargo firması bölgenizde kısa bir gecikme bildirdi (sipariş 305-1234567-1234567). Paketi ev yerine iş adresinize yönlendirmemizi ister misiniz?",
        set(),
    ),
    (
        "tr",
        "305-1234567-1234567 numaralı siparişiniz için teşekkürler. Mağazamızda tüm kış koleksiyonu şimdi yarı fiyatına.",
        {"MSG601"},
    ),
    (
        "tr",
        "305-1234567-1234567 numaralı siparişinizdeki hasarın fotoğraflarını inceledik ve yarın yeni bir sürahiyi kargoya vereceğiz. Eskisini geri göndermenize gerek yok.",
        set(),
    ),
    (
        "tr",
        "305-1234567-1234567 numaralı siparişinizin iade tutarı, iade paketiniz bize ulaştığında kartınıza yansıtılacaktır. İade kargo takip numarasını paylaşabilir misiniz?",
        set(),
    ),
    ("ja", "ご注文番号305-1234567-1234567の商品は、当店の倉庫を出発いたしました。", {"MSG602"}),
    ("ja", "ご注文番号305-1234567-1234567のランプは、仕入れ先からの入荷の目処が立っておりません。", {"MSG604"}),
    ("ja", "大変申し訳ございませんが、ご注文番号305-1234567-1234567の商品は4月以降の発送となります。", {"MSG604"}),
    (
        "ja",
        "大雪の影響で配送業者に1日程度の遅れが出ており、ご注文番号305-1234567-1234567のお荷物は木曜日のお届けとなる見込みです。このお日にちで問題ございませんでしょうか。",
        set(),
    ),
    (
        "ja",
        "配送業者より、お客様の地域で若干の遅延が発生しているとの連絡がありました（ご注文番号305-1234567-1234567）。ご自宅ではなく勤務先へのお届けをご希望でしょうか。",
        set(),
    ),
    (
        "ja",
        "この度は当店でお買い物いただき、ありがとうございました（ご注文番号305-1234567-1234567）。今後ともよろしくお願いいたします。",
        {"MSG603"},
    ),
    ("ar", "نفيدكم باستلامنا طلبكم رقم 305-1234567-1234567.", {"MSG602"}),
    (
        "ar",
        "للأسف لم يتمكن المورد من توفير المصباح في الطلب رقم 305-1234567-1234567، ولا نعرف متى سيتوفر مجددا.",
        {"MSG604"},
    ),
    ("ar", "للأسف لن نتمكن من شحن الطلب رقم 305-1234567-1234567 قبل شهر أبريل.", {"MSG604"}),
    (
        "ar",
        "أبلغتنا شركة الشحن بتأخير بسيط في منطقتك للطلب رقم 305-1234567-1234567. هل تريد أن نوجه الطرد إلى عنوان عملك بدلا من المنزل؟",
        set(),
    ),
    ("ar", "شكرا على الطلب رقم 305-1234567-1234567. تجد الآن في متجرنا تشكيلة الشتاء كاملة بنصف السعر.", {"MSG601"}),
    (
        "ar",
        "سيتم رد المبلغ للطلب رقم 305-1234567-1234567 عند وصول المرتجع إلينا. هل يمكنك إرسال رقم تتبع الشحنة المرتجعة؟",
        set(),
    ),
    (
        "pt",
        "Como agradecimento pela sua avaliação do pedido 305-1234567-1234567, estendemos a garantia por mais um ano.",
        {"MSG501"},
    ),
    (
        "tr",
        "305-1234567-1234567 numaralı siparişinizi puanlamadan önce olası aksaklıkları düzeltme fırsatı bulmak isteriz.",
        {"MSG503"},
    ),
    (
        "tr",
        "305-1234567-1234567 numaralı siparişiniz için yazdığınız yoruma teşekkür olarak garantinizi bir yıl uzatıyoruz.",
        {"MSG501"},
    ),
    ("ar", "قبل أن تقيّم الطلب رقم 305-1234567-1234567 نود أن تمنحنا فرصة لإصلاح أي خلل.", {"MSG503"}),
    ("ar", "تقديرا لتقييمك للطلب رقم 305-1234567-1234567 سنمدد الضمان لمدة سنة إضافية.", {"MSG501"}),
    ("ar", "شكرا جزيلا لاختيارك متجرنا للطلب رقم 305-1234567-1234567! نتمنى أن يناسب الكرسي منزلك تماما.", {"MSG603"}),
    ("ar", "شكرا لطلبك رقم 305-1234567-1234567. ما النص الذي تريد حفره على ظهر الكرسي؟", set()),
    (
        "sv",
        "På grund av ett fel hos PostNord blir paketet med order 305-1234567-1234567 försenat; ny beräknad leverans är torsdag. Vill du att vi skickar det till ett ombud i stället?",
        set(),
    ),
    (
        "sv",
        "Vår leverantör har problem, så order 305-1234567-1234567 blir försenad. Ny beräknad leverans är i slutet av mars.",
        {"MSG604"},
    ),
    (
        "pt",
        "Devido a uma falha no centro de triagem dos Correios, a entrega do pedido 305-1234567-1234567 vai atrasar; a nova previsão de entrega é quinta-feira. Prefere retirar numa agência?",
        set(),
    ),
    (
        "pt",
        "Nosso fornecedor está com problemas e o envio do pedido 305-1234567-1234567 vai atrasar. A nova previsão de envio é o fim de março.",
        {"MSG604"},
    ),
    (
        "ja",
        "配送業者の仕分けセンターの障害により、ご注文番号305-1234567-1234567のお届けが遅れ、新しいお届け予定日は木曜日となります。営業所でのお受け取りをご希望でしょうか。",
        set(),
    ),
    (
        "ja",
        "仕入れ先の都合により、ご注文番号305-1234567-1234567の発送が遅れております。新しい発送予定は3月末です。",
        {"MSG604"},
    ),
    (
        "ja",
        "【ご注文確認】305-1234567-1234567\n商品：ひのきの巣箱 1点\n価格：2,480円\n配送方法：ヤマト運輸",
        {"MSG602"},
    ),
    (
        "ja",
        "ご注文番号305-1234567-1234567のお礼を申し上げたく、ご連絡いたしました。巣箱をお楽しみください。",
        {"MSG603"},
    ),
    ("ar", "أردنا فقط أن نشكرك على طلبك رقم 305-1234567-1234567. استمتع ببيت الطيور!", {"MSG603"}),
    (
        "ar",
        "أردنا فقط أن نشكرك على طلبك رقم 305-1234567-1234567. استمتع ببيت الطيور، ونرجو أن ترسل لنا صورة للمكان الذي ستعلقه فيه لنرسل لك المسامير المناسبة.",
        set(),
    ),
    (
        "ja",
        "ご注文番号305-1234567-1234567のお礼を申し上げたく、ご連絡いたしました。巣箱の取り付け位置の写真をお送りいただけますでしょうか。",
        set(),
    ),
    (
        "sv",
        "Om du gillar stolen från order 305-1234567-1234567, berätta gärna för alla hur fantastisk den är i en recension!",
        {"MSG502"},
    ),
    (
        "sv",
        "Vi har kontrollerat priset på order 305-1234567-1234567 och betygsatt skadan som transportskada. Vi skickar en ny stol i morgon.",
        set(),
    ),
    ("pl", "Jeśli krzesło z zamówienia 305-1234567-1234567 się sprawdza, prosimy pochwalić je w recenzji!", {"MSG502"}),
    (
        "pl",
        "Sprawdziliśmy cenę i ocenili uszkodzenie z zamówienia 305-1234567-1234567 jako szkodę transportową. Jutro wyślemy nowe krzesło.",
        set(),
    ),
    (
        "pt",
        "Agora que enviamos uma cadeira nova para o pedido 305-1234567-1234567, será que você poderia revisar as suas duas estrelas?",
        {"MSG504"},
    ),
    (
        "tr",
        "305-1234567-1234567 numaralı siparişiniz için yeni sandalyeyi gönderdik; iki yıldızlı değerlendirmenizi yeniden düşünür müsünüz?",
        {"MSG504"},
    ),
    (
        "ja",
        "ご注文番号305-1234567-1234567の椅子を気に入っていただけましたら、その素晴らしさをぜひレビューで皆様にお伝えください。",
        {"MSG502"},
    ),
    (
        "ar",
        "بعد أن أرسلنا كرسيا جديدا للطلب رقم 305-1234567-1234567، هل يمكنك إعادة النظر في تقييمك بنجمتين؟",
        {"MSG504"},
    ),
    ("ar", "قيّمنا الضرر في الطلب رقم 305-1234567-1234567 على أنه تلف أثناء النقل، وسنرسل كرسيا جديدا غدا.", set()),
]


@pytest.mark.parametrize(("lang", "body", "expect"), IDEAS, ids=[f"{i[0]}-{n}" for n, i in enumerate(IDEAS)])
def test_idea_and_near_miss(lang: str, body: str, expect: set[str]) -> None:
    import msglint

    head, tail = _FRAME[lang]
    found = msglint.lint((head + body + tail).encode(), filename="idea.txt", config={"language": lang})
    assert {d.code for d in found} & PURPOSE_RULES == expect


#: Issues #10/#11 in the six newer languages (SHORT-DELAY, LONG-SPAN, REVIEW-THANKS): (language,
#: message that breaks a rule, the rule, (line, column) of its only MSG5/MSG6 finding, the near miss
#: with the same vocabulary that must stay silent). A delay counted in weeks stays a delay notice
#: even when the carrier is named, a carrier's one-day delay with a new date is news; thanks for a
#: review next to a voucher is an incentive, next to an apology for a problem it is service.
SHORT_LONG_AND_REVIEW_THANKS: list[tuple[str, str, str, tuple[int, int], str]] = [
    (
        "sv",
        "På grund av en strejk hos PostNord försenas leveransen av order 305-1234567-1234567 med tre veckor.",
        "MSG604",
        (3, 1),
        "PostNord meddelar en dags försening; paketet med order 305-1234567-1234567 kommer i stället på fredag.",
    ),
    (
        "sv",
        "Tack för att du skrev en recension av stolen! Vi har lagt in ett presentkort på 100 kr på ditt konto.",
        "MSG501",
        (3, 47),
        "Tack för din recension. Vi ber om ursäkt för att bordsskivan var repad.",
    ),
    (
        "pl",
        "Z powodu strajku w firmie kurierskiej dostawa zamówienia 305-1234567-1234567 opóźni się o trzy tygodnie.",
        "MSG604",
        (3, 1),
        "Kurier InPost zgłasza jednodniowe opóźnienie; paczka z zamówienia 305-1234567-1234567 dotrze w piątek.",
    ),
    (
        "pl",
        "Produkcja ma zaległości. Nowy termin doręczenia zamówienia 305-1234567-1234567 to 14 marca.",
        "MSG604",
        (3, 26),
        "Kurier InPost zgłasza jednodniowe opóźnienie. Nowy termin doręczenia zamówienia 305-1234567-1234567 to 14 marca.",
    ),
    (
        "pl",
        "Dziękujemy za Pana opinię o krześle! Na Pana konto trafił już bon o wartości 50 zł.",
        "MSG501",
        (3, 1),
        "Dziękujemy za Pana opinię. Bardzo przepraszamy, że blat był porysowany.",
    ),
    (
        "tr",
        "Kargo firmasındaki grev nedeniyle 305-1234567-1234567 numaralı siparişinizin teslimatı üç hafta gecikecek.",
        "MSG604",
        (3, 1),
        "Yurtiçi Kargo bir günlük gecikme bildirdi; 305-1234567-1234567 numaralı siparişiniz cuma günü teslim edilecek.",
    ),
    (
        "tr",
        "Değerlendirmeniz için çok teşekkür ederiz! Hesabınıza 50 TL değerinde bir hediye çeki tanımlandı.",
        "MSG501",
        (3, 44),
        "Değerlendirmeniz için teşekkür ederiz. Tablanın çizik gelmesinden dolayı özür dileriz.",
    ),
    (
        "ja",
        "配送業者のストライキにより、ご注文番号305-1234567-1234567のお届けが3週間ほど遅れる見込みです。",
        "MSG604",
        (3, 1),
        "ヤマト運輸より1日程度の遅延の連絡がありました。ご注文番号305-1234567-1234567は金曜日にお届けの予定です。",
    ),
    (
        "ja",
        "レビューをご投稿いただき、誠にありがとうございます。500円分のギフト券をアカウントに付与いたしました。",
        "MSG501",
        (3, 1),
        "レビューをご投稿いただき、ありがとうございます。天板に傷があったとのこと、大変申し訳ございません。",
    ),
    (
        "pt",
        "Devido a uma greve dos Correios, a entrega do pedido 305-1234567-1234567 vai atrasar três semanas.",
        "MSG604",
        (3, 1),
        "Os Correios informaram um atraso de um dia; o pedido 305-1234567-1234567 chega na sexta-feira.",
    ),
    (
        "pt",
        "Obrigado pela sua avaliação da cadeira! Já creditamos um vale-presente de R$ 30 na sua conta.",
        "MSG501",
        (3, 1),
        "Obrigado pela sua avaliação. Pedimos desculpas pelo tampo riscado.",
    ),
    (
        "ar",
        "بسبب إضراب لدى شركة الشحن، سيتأخر توصيل الطلب رقم 305-1234567-1234567 ثلاثة أسابيع.",
        "MSG604",
        (3, 1),
        "أبلغتنا شركة الشحن بتأخير يوم واحد؛ سيصلك الطلب رقم 305-1234567-1234567 يوم الجمعة.",
    ),
    (
        "ar",
        "شكراً لك على تقييمك للكرسي! أضفنا إلى حسابك قسيمة بقيمة 50 ريالاً.",
        "MSG501",
        (3, 29),
        "شكراً لك على تقييمك. نعتذر عن الخدش في سطح الطاولة.",
    ),
]


def _idea_fires_and_near_miss_is_silent(lang: str, bad: str, code: str, where: tuple[int, int], near_miss: str) -> None:
    """``bad`` in the language's frame gets exactly ``code`` at ``where``; ``near_miss`` gets no
    review or purpose finding."""
    import msglint

    head, tail = _FRAME[lang]
    found = msglint.lint((head + bad + tail).encode(), filename="idea.txt", config={"language": lang})
    assert [(d.code, d.line, d.column) for d in found if d.code in PURPOSE_RULES] == [(code, *where)]
    found = msglint.lint((head + near_miss + tail).encode(), filename="idea.txt", config={"language": lang})
    assert [d.code for d in found if d.code in PURPOSE_RULES] == []


@pytest.mark.parametrize(
    ("lang", "bad", "code", "where", "near_miss"),
    SHORT_LONG_AND_REVIEW_THANKS,
    ids=[f"{c[0]}-{c[2]}-{n}" for n, c in enumerate(SHORT_LONG_AND_REVIEW_THANKS)],
)
def test_long_span_carrier_delay_and_rewarded_review_thanks(
    lang: str, bad: str, code: str, where: tuple[int, int], near_miss: str
) -> None:
    _idea_fires_and_near_miss_is_silent(lang, bad, code, where, near_miss)


#: Fifth session (issue #10/#11): the weakest ideas, gating, thanks-only and confirmation (then incentives,
#: delays and sign-ups without their usual words), in new
#: wordings of every new language (a condition on things having gone well, 'prefer to hear it from
#: you than read it in a review', a check-in question, a shop system's status line, a parcel 'on
#: its way with the carrier', Arabic written with tanween), each next to a near miss with the same
#: words and a purpose of its own. (language, message, rule, (line, column) of its only MSG5/MSG6
#: finding, near miss that must stay silent.)
FIFTH_SESSION_IDEAS: list[tuple[str, str, str, tuple[int, int], str]] = [
    (
        "pt",
        "Se estiver tudo ok com a sua compra, deixe sua opinião na Amazon.",
        "MSG503",
        (3, 1),
        "Se quiser, deixe sua opinião sincera na Amazon, seja ela boa ou ruim.",
    ),
    (
        "pt",
        "Qualquer insatisfação, procure-nos antes de avaliar o produto.",
        "MSG503",
        (3, 1),
        "Qualquer dúvida sobre a montagem, procure-nos pelo chat da Amazon; o manual segue em anexo.",
    ),
    (
        "pt",
        "Passando rapidinho pra avisar que sua encomenda já saiu daqui hoje cedo.",
        "MSG602",
        (3, 1),
        "Sua encomenda ainda não saiu daqui porque falta o número da casa. Pode nos informar?",
    ),
    (
        "pt",
        "Sua compra chegou? Esperamos que sim! Obrigado por escolher a gente.",
        "MSG603",
        (3, 1),
        "Sua compra chegou? Se a tampa veio rachada, envie uma foto para trocarmos.",
    ),
    (
        "tr",
        "Her şey istediğiniz gibiyse, bir değerlendirme bırakmanız bizim için çok değerli.",
        "MSG503",
        (3, 1),
        "Memnun kalsanız da kalmasanız da, dürüst değerlendirmeniz diğer alıcılara yol gösterir.",
    ),
    (
        "tr",
        "Paketiniz Yurtiçi Kargo'ya verilmiştir, takip numarası: 1234567890.",
        "MSG602",
        (3, 1),
        "Paketiniz Yurtiçi Kargo'ya verildiğinde takip numarasını paylaşacağız.",
    ),
    (
        "tr",
        "Yeniden bizden alışveriş yaptığınız için teşekkürler! Tüm ekibimizden sıcak selamlar.",
        "MSG603",
        (3, 1),
        "Yeniden bizden alışveriş yaptığınız için teşekkürler! Faturanız ektedir.",
    ),
    (
        "pl",
        "Podobało się? Oceń nas na Amazonie!",
        "MSG503",
        (3, 1),
        "Czy kolor się podoba? Jeśli nie, wymienimy go przed wysyłką.",
    ),
    (
        "pl",
        "Z przyjemnością informujemy, że Pani zamówienie wyruszyło w drogę.",
        "MSG602",
        (3, 1),
        "Pani zamówienie wyruszy w drogę, gdy tylko dostaniemy numer mieszkania. Czy może go Pani podać?",
    ),
    (
        "pl",
        "Dziękujemy za zakup. Gdyby Pan czegoś potrzebował, proszę śmiało pisać.",
        "MSG603",
        (3, 1),  # at the thanks, no longer at the greeting's "dobry" (sixth session)
        "Dziękujemy za zakup. Proszę śmiało pisać, jaki tekst mamy wygrawerować.",
    ),
    (
        "sv",
        "Har allt fungerat som det ska? Då vore vi tacksamma för ett betyg.",
        "MSG503",
        (3, 1),
        "Har allt fungerat som det ska? Annars byter vi gärna lampan.",
    ),
    (
        "sv",
        "Orderstatus: Skickad\nArtikel: Skrivbordslampa\nTransportör: PostNord",
        "MSG602",
        (3, 1),
        "Orderstatus: Väntar på din gravyrtext\nArtikel: Skrivbordslampa",
    ),
    (
        "sv",
        "Skulle något vara fel vill vi hellre höra det från dig direkt än läsa det i en recension.",
        "MSG503",
        (3, 1),
        "Vi vill hellre höra det från dig direkt om något är fel, så att vi kan byta varan.",
    ),
    (
        "ja",
        "お品物がお役に立ちましたら、ぜひレビューでお聞かせください。",
        "MSG503",
        (3, 1),
        "お品物がお役に立ちますよう、取扱説明書を添付いたしました。",
    ),
    (
        "ja",
        "ご注文いただいた商品は、ヤマト運輸にてお届け中です。",
        "MSG602",
        (3, 1),
        "ご注文いただいた商品は、ヤマト運輸にてお届け中ですが、住所に部屋番号がございません。お知らせいただけますか。",
    ),
    (
        "ja",
        "ご注文につきまして、スタッフ一同、感謝の気持ちでいっぱいです。安心してお使いください。",
        "MSG603",
        (3, 1),
        "ご注文につきまして、スタッフ一同、感謝の気持ちでいっぱいです。初めてお使いになる前に8時間充電してください。",
    ),
    (
        "ar",
        "بدلًا من ترك تقييم سلبي، راسلنا وسنحل المشكلة فورًا.",
        "MSG503",
        (3, 1),
        "بدلًا من إعادة الطرد، راسلنا وسنرسل القطعة الناقصة فورًا.",
    ),
    (
        "ar",
        "حالة الطلب: تم الشحن\nالمنتج: مصباح مكتب\nشركة الشحن: أرامكس",
        "MSG602",
        (3, 1),
        "حالة الطلب: بانتظار نص النقش\nالمنتج: مصباح مكتب",
    ),
    (
        "ar",
        "شكرًا جزيلًا لاختيارك سوار الذهب من متجرنا. نتمنى أن يزيّن معصمك لسنوات طويلة.",
        "MSG603",
        (3, 1),
        "شكرًا جزيلًا لاختيارك سوار الذهب من متجرنا. يرجى إرسال مقاس المعصم لنضبط الطول.",
    ),
    # incentives without voucher words, delay notices without delay words, a sign-up list
    (
        "sv",
        "När du har recenserat, svara på det här meddelandet så betalar vi tillbaka frakten.",
        "MSG501",
        (3, 1),
        "När du har fått lampan, svara på det här meddelandet så skickar vi bruksanvisningen.",
    ),
    (
        "pl",
        "Nasza pracownia ma dużo zamówień i Pana produkt będzie gotowy dopiero za miesiąc.",
        "MSG604",
        (3, 1),
        "Nasza pracownia ma dużo zamówień, dlatego prosimy o tekst grawerunku do piątku.",
    ),
    (
        "tr",
        "Ürünü değerlendirirseniz garantinizi iki yıla uzatıyoruz.",
        "MSG501",
        (3, 1),
        "Garantiniz iki yıldır; garanti belgesi ektedir.",
    ),
    (
        "ja",
        "レビューを書いてくださった皆様に、名入れマグカップをお送りしています。",
        "MSG501",
        (3, 1),
        "名入れマグカップの刻印文字をお送りください。",
    ),
    (
        "pt",
        "Tivemos um imprevisto com o fornecedor do tecido, e o envio do seu pedido ficará para o início de março.",
        "MSG604",
        (3, 1),
        "O envio do seu pedido será agendado com a transportadora; qual o melhor dia para a entrega?",
    ),
    (
        "ar",
        "انضم إلى قائمتنا المميزة لتصلك أحدث المنتجات أولًا.",
        "MSG601",
        (3, 1),
        "حتى لا يتأخر الإنتاج، نرجو إرسال الصورة قبل الغد.",
    ),
]


@pytest.mark.parametrize(
    ("lang", "bad", "code", "where", "near_miss"),
    FIFTH_SESSION_IDEAS,
    ids=[f"{c[0]}-{c[2]}-{n}" for n, c in enumerate(FIFTH_SESSION_IDEAS)],
)
def test_fifth_session_idea_and_near_miss(
    lang: str, bad: str, code: str, where: tuple[int, int], near_miss: str
) -> None:
    _idea_fires_and_near_miss_is_silent(lang, bad, code, where, near_miss)


#: Sixth session (issue #10/#11, generalisation, precision first): the same idea as a violation and
#: as a compliant near miss with the same vocabulary. A reply to the buyer's own question may give
#: the status ("you asked whether it has shipped: yes, yesterday"); "whether satisfied or not" is a
#: neutral request; a fix offered before the buyer rates is gating, not a change of a review; "to
#: please" is no gift; a share of the price refunded for a problem is no discount; a warm wish for
#: the week is a pleasantry; a refund "now complete" is a confirmation. (language, message, rule,
#: (line, column) of its only MSG5/MSG6 finding, near miss that must stay silent.)
SIXTH_SESSION_IDEAS: list[tuple[str, str, str, tuple[int, int], str]] = [
    (
        "sv",
        "Återbetalningen för order 305-1234567-1234567 är nu klar och pengarna syns på ditt konto inom några dagar.",
        "MSG602",
        (3, 1),
        "Återbetalningen för order 305-1234567-1234567 görs så snart returen har kommit fram till oss.",
    ),
    (
        "sv",
        "Vi ville bara tacka för att du handlade hos oss. Ha en riktigt fin vecka!",
        "MSG603",
        (3, 1),
        "Vi ville bara tacka för att du handlade hos oss. Skicka oss gärna måtten på fönstret, så syr vi gardinen.",
    ),
    (
        "sv",
        "På din nästa beställning får du 20 % rabatt med koden TACK20.",
        "MSG601",
        (3, 1),
        "Som en gest för besväret har vi återbetalat 20 % av beloppet för order 305-1234567-1234567 och skickar en ny mugg.",
    ),
    (
        "pt",
        "Só pedimos uma avaliação se o produto realmente te agradou.",
        "MSG503",
        (3, 1),
        "Pedimos a todos os clientes uma avaliação sincera, tenha o produto agradado ou não.",
    ),
    (
        "pt",
        "Se algo deu errado, nos dê a chance de corrigir antes de avaliar o produto.",
        "MSG503",
        (3, 1),
        "Se algo deu errado, nos dê a chance de corrigir: responda com uma foto do defeito.",
    ),
    (
        "tr",
        "Siparişiniz dün kargoya verildi; takip numarası 123456.",
        "MSG602",
        (3, 1),
        "Siparişinizin kargoya verilip verilmediğini sormuşsunuz. Evet, dün kargoya verildi; takip numarası 123456.",
    ),
    (
        "ja",
        "ご注文の商品は昨日発送しており、追跡番号は123456です。",
        "MSG602",
        (3, 1),
        "発送済みかどうかのお問い合わせをいただきました。はい、昨日発送しており、追跡番号は123456です。",
    ),
    (
        "ja",
        "商品にご満足いただけた場合は、ぜひレビューをお願いいたします。",
        "MSG503",
        (3, 1),
        "ご満足いただけた場合も、そうでない場合も、Amazonで率直なレビューをお寄せいただけますと幸いです。",
    ),
    (
        "ar",
        "تم شحن طلبك أمس ورقم التتبع 123456.",
        "MSG602",
        (3, 1),
        "سألتنا هل تم شحن الطلب. نعم، تم شحنه أمس ورقم التتبع 123456.",
    ),
    # what the seller changed after a review is no request to change the review
    (
        "pt",
        "Agora que a capa nova chegou, você poderia mudar a sua avaliação de duas estrelas?",
        "MSG504",
        (3, 1),
        "Graças à sua avaliação, mudamos a embalagem da garrafa: agora ela vai com proteção extra nas laterais.",
    ),
    (
        "tr",
        "Yeni kılıf ulaştığına göre iki yıldızlı değerlendirmenizi değiştirebilir misiniz?",
        "MSG504",
        (3, 1),
        "Değerlendirmeniz sayesinde termosun ambalajını değiştirdik; artık yanları ekstra korumalı gönderiyoruz.",
    ),
    # a precaution against a delay, an apology for one with a refund, a discount already used
    (
        "tr",
        "Üretimdeki yoğunluk nedeniyle siparişiniz yaklaşık dört hafta gecikecek.",
        "MSG604",
        (3, 1),
        "Üretimde gecikme olmaması için baskı fotoğrafını cuma gününe kadar göndermenizi rica ederiz.",
    ),
    (
        "ar",
        "بسبب ضغط الإنتاج سيتأخر طلبك حوالي أربعة أسابيع.",
        "MSG604",
        (3, 1),
        "اعتذاراً عن التأخير في التوصيل، أعدنا لك رسوم الشحن كاملة. نتمنى أن يكون الكرسي قد وصل بحالة جيدة.",
    ),
    (
        "tr",
        "Bir sonraki siparişinizde %10 indirim kazanın.",
        "MSG601",
        (3, 1),
        "Kullandığınız %10 indirim ekteki faturada görünmektedir.",
    ),
    (
        "tr",
        "Beden stoklarımızda kalmadı; başka bir beden gönderebiliriz.",
        "MSG604",
        (3, 1),
        "Beden uymazsa Amazon üzerinden iade talebi açarak başka bir bedenle ücretsiz değiştirebilirsiniz.",
    ),
    # gating in new words: "if it works as you expected", "only whoever was really happy", "once
    # you would recommend it", "not in your review but to us", "hold off with feedback until fixed"
    (
        "ja",
        "ケトルをイメージどおりにお使いいただけている場合は、ぜひレビューをお寄せください。",
        "MSG503",
        (3, 1),
        "刻印がイメージどおりでしたら、このメッセージに「OK」とご返信ください。",
    ),
    (
        "pl",
        "Jeżeli młynek działa tak, jak się Pan spodziewał, prosimy o opinię na Amazonie.",
        "MSG503",
        (3, 1),
        "Jeśli grawer jest taki, jak Pani oczekiwała, prosimy o krótkie potwierdzenie, a tabliczkę wyślemy jutro.",
    ),
    (
        "pl",
        "Gdy już polecisz nasz czajnik znajomym, wystaw mu też opinię na Amazonie.",
        "MSG503",
        (3, 1),
        "Gdy już rozpakujesz czajnik, usuń folię z podstawy przed pierwszym użyciem.",
    ),
    (
        "pt",
        "Pedimos avaliação apenas para quem ficou muito satisfeito com o produto.",
        "MSG503",
        (3, 1),
        "Quando tiver certeza de que quer trocar o tamanho, abra a devolução na Amazon e enviamos o novo.",
    ),
    (
        "tr",
        "Bir sorun olursa bunu yorumda değil, doğrudan bize yazın lütfen.",
        "MSG503",
        (3, 1),
        "Sorun ürünle değil, kargoyla ilgili; doğrudan kargo firmasına bildirdik.",
    ),
    (
        "sv",
        "Vänta gärna med din feedback på Amazon tills vi har åtgärdat felet.",
        "MSG503",
        (3, 1),
        "Vi väntar med att skicka ersättningen tills DHL har löst ärendet med det skadade paketet.",
    ),
    # a satisfaction condition that asks to confirm a proof is no gating, even next to a neutral
    # review request (pack: the near combination of MSG503 has none = ["REQUEST-INFO"])
    (
        "pl",
        "Jeśli jest Pani zadowolona z młynka, prosimy o opinię na Amazonie.",
        "MSG503",
        (3, 1),
        "Jeśli jest Pani zadowolona z graweru, prosimy o potwierdzenie. Szczera opinia na Amazonie zawsze nam pomaga.",
    ),
    # thanks-only: thanks + "we are at hand", thanks + a wish for the buyer's own work, a closing
    (
        "pl",
        "Dzięki za zamówienie! Gdyby coś, jesteśmy pod ręką.",
        "MSG603",
        (3, 1),
        "Dzięki za zamówienie! Gdyby coś, prześlij nam numer mieszkania, bo kurier go potrzebuje.",
    ),
    (
        "pt",
        "Obrigada pela compra dos novelos. Desejamos que suas peças fiquem lindas!",
        "MSG603",
        (3, 1),
        "Obrigada pela compra dos novelos. A peça de reposição da agulha segue amanhã com o código BR123.",
    ),
    (
        "ja",
        "このたびはご購入ありがとうございます。末永くご愛用いただけましたら嬉しく思います。",
        "MSG603",
        (3, 1),
        "このたびはご購入ありがとうございます。ご愛用の前に、付属の説明書で充電方法をご確認ください。",
    ),
    # confirmations a shop system sends
    (
        "pl",
        "Status przesyłki został zaktualizowany na: dostarczona.",
        "MSG602",
        (3, 1),
        "Status zamówienia zmienimy na wysłane, gdy tylko otrzymamy numer mieszkania. Prosimy o jego przesłanie.",
    ),
    (
        "sv",
        "Detta är en kvittens på att din beställning 305-1234567-1234567 har kommit in till oss.",
        "MSG602",
        (3, 1),
        "Din retur har kommit in till oss, men locket saknades i paketet. Kan du kontrollera om det ligger kvar hemma?",
    ),
    # a delivery that came late, apologised for and compensated; a return the buyer asked for
    (
        "tr",
        "Siparişinizdeki masa üretim yoğunluğu nedeniyle üç hafta geç teslim edilecek.",
        "MSG604",
        (3, 1),
        "Siparişinizdeki masanın bir hafta geç teslim edilmesinden dolayı özür dileriz; kargo ücretini iade ettik.",
    ),
]


@pytest.mark.parametrize(
    ("lang", "bad", "code", "where", "near_miss"),
    SIXTH_SESSION_IDEAS,
    ids=[f"{c[0]}-{c[2]}-{n}" for n, c in enumerate(SIXTH_SESSION_IDEAS)],
)
def test_sixth_session_idea_and_near_miss(
    lang: str, bad: str, code: str, where: tuple[int, int], near_miss: str
) -> None:
    _idea_fires_and_near_miss_is_silent(lang, bad, code, where, near_miss)
