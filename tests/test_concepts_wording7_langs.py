"""Review gating as a structure (seventh session, issues #10 and #11), in sv, pl, tr, ja, pt and ar:
our own probes of each idea the way different sellers write it (not fixture sentences), with near
misses that stay silent.

Adding phrases per fixture no longer transferred to unseen wording, so gating is modelled from
closed-class parts, the predicate left open: a review request outside a CONDITION clause on the
outcome ("if the serum already makes your skin glow, ...", "write a review only once you would
recommend it to a friend"; the combination's ``apart``: not a review inside the clause, "if you
leave a review, we read it"); "...? THEN ..." after a question that is not about arrival or time; an
UNHAPPY-BRANCH tied to contacting the seller or skipping the review ("if not, just reply"); a review
deferred or diverted (DEFER + CONTACT-US or SOLVE: "wait with a rating until we could solve it",
"not in your review but directly to us"). Neutral: "whether good or bad", "if you have questions,
contact us" next to a neutral request, "once you have had time to try it", "when you have a moment",
"if you like", "when the parcel arrives", a damaged parcel "if it arrived damaged", a change of
address "before we ship".

The eighth blind set's ideas, in our own words: a confirmation in a personal note ("I took your
parcel to the post office", "your order has come in and is being packed", "we paid back the
full amount", "sent out"), thanks-only with a pleasantry about the product or its use, a wish in
the optative or a self-introduction ("it's Marcos, owner of ..."), a price cut in percent or
"also matches our ..." (promotion), "the highest possible grade" (bias), a rating to "be
reconsidered" (a change). Neutral: a posted parcel with a missing house number, a thanks with a
question or an invoice, a partial refund for a damaged box, a compatible "toner zamiennik" named in
an order line, a recall that sends a replacement, a late parcel refunded in full. A second round of fresh
wording: a condition after the main clause ("write a review when you know it ..."), "rate it on
Amazon", "payment confirmed, order fixed", a status label line; neutral "when you unpack it, read
the manual first", "keep the box until we find a solution". A third round: "send it to us first, you can always
review afterwards" (LATER, with the contact and "first" around it), "wait with the rating until
the spare part arrives" (a replacement part is a fix), "the parcel left today", an optative wish
("que a mochila seja..."), "happy weekend"; neutral "you may review later, once you have tried
it; questions: contact us". Incentive and bias without voucher words: "write a review and we'll
add an extra strap to your next parcel", "tell everyone how much you love it"; neutral "we offer
nothing in return". Each finding is at the exact line and column of the sentence that carries the
purpose.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_cli_positions, wording

from msglint.core.packs import PackError
from msglint.text.concepts import Combo, annotate_texts, concepts_of
from msglint.text.phrases import fold

IDEAS = [
    (
        "sv",
        "Hej Anna,\n\nOm serumet redan får din hud att lysa, skulle vi bli glada för en recension.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG503", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nHöll mixern vad den lovade? Då läser vi gärna din recension.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG503", 3, 29)],
    ),
    (
        "sv",
        "Hej Anna,\n\nSkriv en recension först när du skulle rekommendera den till en vän.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG503", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nNär du är säker på att skorna sitter som gjutna, berätta gärna för andra köpare.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG503", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nOm allt gick till din fulla belåtenhet tar vi gärna emot ett omdöme.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG503", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nOm kudden gör det den ska, lämna gärna ett omdöme på Amazon.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG503", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nHar lampan gjort ditt vardagsrum mysigare? I så fall får du gärna dela det i en recension.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG503", 3, 44)],
    ),
    (
        "sv",
        "Hej Anna,\n\nOm jackan håller dig varm i vinter får du gärna berätta det för andra kunder.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG503", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nBara om du tycker att kaffebryggaren är värd pengarna ber vi om ett omdöme.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG503", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nOm kniven skär lika bra som vi lovade, ge den gärna ett betyg på Amazon.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG503", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nHar mixern levt upp till dina förväntningar? Lämna gärna en recension. Om inte, hör bara av dig till oss.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG503", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nVi skulle uppskatta ett omdöme på Amazon. Annars, om något inte stämmer, svara bara på det här meddelandet.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG503", 3, 43)],
    ),
    (
        "sv",
        "Hej Anna,\n\nOm allt är bra får du gärna skriva en recension; om inte behöver du inte skriva någon alls.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG503", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nOm du gillar väskan, lämna ett omdöme. Om inte, skriv till oss i stället.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG503", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nVid besvikelse når du oss via meddelanden snarare än i produktens kommentarer.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG503", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nVänta gärna med ditt betyg tills vi har kunnat lösa det.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG503", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nSkriv inte i en recension utan direkt till oss.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG503", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nAvvakta med din feedback tills vår kundtjänst har löst problemet.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG503", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nOm något är fel, skriv till oss innan du sätter betyg på produkten.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG503", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nJeśli serum już sprawia, że Pani skóra promienieje, będziemy wdzięczni za opinię.\n\nPozdrawiamy\nSklep\n",
        [("MSG503", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nCzy mikser dotrzymał obietnicy? W takim razie chętnie przeczytamy Pana recenzję.\n\nPozdrawiamy\nSklep\n",
        [("MSG503", 3, 33)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nProszę napisać opinię dopiero wtedy, gdy poleciłby Pan ten produkt znajomemu.\n\nPozdrawiamy\nSklep\n",
        [("MSG503", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nGdy będzie Pani pewna, że buty leżą jak ulał, proszę opowiedzieć o nich innym kupującym.\n\nPozdrawiamy\nSklep\n",
        [("MSG503", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nJeśli wszystko przebiegło w pełni zgodnie z Pana oczekiwaniami, chętnie przyjmiemy opinię.\n\nPozdrawiamy\nSklep\n",
        [("MSG503", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nJeżeli poduszka spełnia swoje zadanie, prosimy o ocenę na Amazon.\n\nPozdrawiamy\nSklep\n",
        [("MSG503", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nTylko jeśli uważa Pan, że ekspres jest wart swojej ceny, prosimy o opinię.\n\nPozdrawiamy\nSklep\n",
        [("MSG503", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nJeśli kurtka grzeje tak, jak obiecywaliśmy, prosimy o kilka słów na Amazon.\n\nPozdrawiamy\nSklep\n",
        [("MSG503", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nChętnie przeczytamy Pani opinię na Amazon. Jeśli nie, wystarczy odpowiedzieć na tę wiadomość.\n\nPozdrawiamy\nSklep\n",
        [("MSG503", 3, 44)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nJeśli torba się podoba, prosimy o opinię. W przeciwnym razie prosimy napisać do nas.\n\nPozdrawiamy\nSklep\n",
        [("MSG503", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nProsimy o opinię na Amazon, a jeśli coś jest nie tak, nie trzeba jej wystawiać, wystarczy do nas napisać.\n\nPozdrawiamy\nSklep\n",
        [("MSG503", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nW razie rozczarowania prosimy o kontakt przez wiadomości, a nie w komentarzach pod produktem.\n\nPozdrawiamy\nSklep\n",
        [("MSG503", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nProsimy wstrzymać się z oceną, dopóki nie rozwiążemy problemu.\n\nPozdrawiamy\nSklep\n",
        [("MSG503", 3, 1)],
    ),
    ("pl", "Dzień dobry,\n\nNie w opinii, tylko bezpośrednio do nas.\n\nPozdrawiamy\nSklep\n", [("MSG503", 3, 1)]),
    (
        "pl",
        "Dzień dobry,\n\nProsimy poczekać z wystawieniem opinii, aż nasz serwis rozwiąże sprawę.\n\nPozdrawiamy\nSklep\n",
        [("MSG503", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nSerum cildinizi şimdiden parlatıyorsa, bir yorumunuzu çok isteriz.\n\nSaygılarımızla\nMağaza\n",
        [("MSG503", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nMikser sözünü tuttu mu? O zaman yorumunuzu okumaktan memnuniyet duyarız.\n\nSaygılarımızla\nMağaza\n",
        [("MSG503", 3, 25)],
    ),
    (
        "tr",
        "Merhaba,\n\nYorumu ancak ürünü bir arkadaşınıza tavsiye edecek olduğunuzda yazın.\n\nSaygılarımızla\nMağaza\n",
        [("MSG503", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nAyakkabıların tam oturduğundan emin olduğunuzda diğer alıcılara anlatın.\n\nSaygılarımızla\nMağaza\n",
        [("MSG503", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nHer şey tam istediğiniz gibi gittiyse bir değerlendirmeyi memnuniyetle karşılarız.\n\nSaygılarımızla\nMağaza\n",
        [("MSG503", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nEğer yastık işini görüyorsa, Amazon'da bir puan bırakabilirsiniz.\n\nSaygılarımızla\nMağaza\n",
        [("MSG503", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nSadece kahve makinesinin parasına değdiğini düşünüyorsanız yorum yapmanızı rica ederiz.\n\nSaygılarımızla\nMağaza\n",
        [("MSG503", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nMont sizi bu kış sıcak tutarsa, bunu diğer müşterilerle paylaşın.\n\nSaygılarımızla\nMağaza\n",
        [("MSG503", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nAmazon'daki yorumunuzu okumaktan memnuniyet duyarız. Değilse, bu mesaja yanıt vermeniz yeterli.\n\nSaygılarımızla\nMağaza\n",
        [("MSG503", 3, 54)],
    ),
    (
        "tr",
        "Merhaba,\n\nÇantayı beğendiyseniz yorum bırakın. Aksi halde lütfen bize yazın.\n\nSaygılarımızla\nMağaza\n",
        [("MSG503", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nBir değerlendirme bırakırsanız seviniriz; bir sorun varsa yorum yazmanıza gerek yok, bize yazmanız yeterli.\n\nSaygılarımızla\nMağaza\n",
        [("MSG503", 3, 43)],
    ),
    (
        "tr",
        "Merhaba,\n\nHayal kırıklığı durumunda ürün yorumları yerine mesajlar üzerinden bize ulaşın.\n\nSaygılarımızla\nMağaza\n",
        [("MSG503", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nLütfen sorunu çözene kadar puan vermeyi bekleyin.\n\nSaygılarımızla\nMağaza\n",
        [("MSG503", 3, 1)],
    ),
    ("tr", "Merhaba,\n\nYorumda değil, doğrudan bize yazın.\n\nSaygılarımızla\nMağaza\n", [("MSG503", 3, 1)]),
    (
        "tr",
        "Merhaba,\n\nServisimiz sorunu çözene kadar geri bildiriminizi erteleyin.\n\nSaygılarımızla\nMağaza\n",
        [("MSG503", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\n美容液でお肌がすでに輝いているようでしたら、ぜひレビューをお願いいたします。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG503", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nミキサーは期待どおりでしたか？それでしたら、ぜひレビューを拝見したいです。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG503", 3, 16)],
    ),
    (
        "ja",
        "山田様\n\nご友人にお勧めしたいと思えた時にだけ、レビューをお書きください。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG503", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\n靴がぴったり合うと確信されたら、他のお客様にも教えてあげてください。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG503", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nすべてご満足いただける内容でしたら、レビューを頂けますと幸いです。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG503", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\n枕がしっかり役目を果たしているなら、Amazonで評価をお願いします。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG503", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nコーヒーメーカーが価格に見合うとお考えの場合のみ、レビューをお願いしております。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG503", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nジャケットで冬も暖かく過ごせましたら、ぜひ他のお客様にも感想をお伝えください。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG503", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nAmazonでのレビューをお待ちしております。そうでない場合は、このメッセージにご返信いただくだけで結構です。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG503", 3, 24)],
    ),
    (
        "ja",
        "山田様\n\nバッグを気に入っていただけたらレビューをお願いします。そうでなければ、当店までご連絡ください。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG503", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nレビューをいただけると嬉しいです。何か問題があれば、レビューは不要ですので当店にご連絡ください。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG503", 3, 18)],
    ),
    (
        "ja",
        "山田様\n\nご不満の際は、商品のコメント欄ではなくメッセージで当店にご連絡ください。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG503", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\n問題を解決できるまで、評価はお待ちください。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG503", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nレビューではなく、直接当店にお知らせください。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG503", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nサポートが解決するまで、フィードバックは控えていただけますと幸いです。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG503", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nSe o sérum já deixa sua pele radiante, adoraríamos uma avaliação.\n\nAtenciosamente,\nLoja\n",
        [("MSG503", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nA batedeira cumpriu o que prometeu? Então teremos prazer em ler sua avaliação.\n\nAtenciosamente,\nLoja\n",
        [("MSG503", 3, 37)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nEscreva uma avaliação só quando você recomendaria o produto a um amigo.\n\nAtenciosamente,\nLoja\n",
        [("MSG503", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nQuando tiver certeza de que o tênis caiu como uma luva, conte para outros compradores.\n\nAtenciosamente,\nLoja\n",
        [("MSG503", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nSe tudo correu à sua inteira satisfação, receberemos de bom grado uma avaliação.\n\nAtenciosamente,\nLoja\n",
        [("MSG503", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nSe o travesseiro está cumprindo o seu papel, deixe uma nota na Amazon.\n\nAtenciosamente,\nLoja\n",
        [("MSG503", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nSó se você achar que a cafeteira vale o preço, pedimos uma avaliação.\n\nAtenciosamente,\nLoja\n",
        [("MSG503", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nSe a jaqueta te mantiver aquecida neste inverno, conte isso para outros clientes.\n\nAtenciosamente,\nLoja\n",
        [("MSG503", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nAdoraríamos ler sua avaliação na Amazon. Se não, basta responder a esta mensagem.\n\nAtenciosamente,\nLoja\n",
        [("MSG503", 3, 42)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nSe gostou da bolsa, deixe uma avaliação. Caso contrário, escreva para nós.\n\nAtenciosamente,\nLoja\n",
        [("MSG503", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nFicaremos felizes com uma avaliação; se algo estiver errado, não precisa avaliar, é só nos escrever.\n\nAtenciosamente,\nLoja\n",
        [("MSG503", 3, 38)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nEm caso de decepção, fale conosco pelas mensagens em vez de nos comentários do produto.\n\nAtenciosamente,\nLoja\n",
        [("MSG503", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nPor favor, espere para dar sua nota até que possamos resolver o problema.\n\nAtenciosamente,\nLoja\n",
        [("MSG503", 3, 1)],
    ),
    ("pt", "Olá, Ana,\n\nNão na avaliação, mas diretamente para nós.\n\nAtenciosamente,\nLoja\n", [("MSG503", 3, 1)]),
    (
        "pt",
        "Olá, Ana,\n\nSegure sua avaliação até que nosso atendimento tenha resolvido o caso.\n\nAtenciosamente,\nLoja\n",
        [("MSG503", 3, 1)],
    ),
    (
        "ar",
        "مرحبا،\n\nإذا كان السيروم يجعل بشرتك تتألق بالفعل، فسنكون سعداء بتقييمك.\n\nمع أطيب التحيات\nالمتجر\n",
        [("MSG503", 3, 1)],
    ),
    (
        "ar",
        "مرحبا،\n\nهل أوفى الخلاط بوعده؟ إذن يسعدنا أن نقرأ مراجعتك.\n\nمع أطيب التحيات\nالمتجر\n",
        [("MSG503", 3, 23)],
    ),
    (
        "ar",
        "مرحبا،\n\nاكتب تقييما فقط عندما تكون مستعدا لترشيح المنتج لصديق.\n\nمع أطيب التحيات\nالمتجر\n",
        [("MSG503", 3, 1)],
    ),
    (
        "ar",
        "مرحبا،\n\nعندما تتأكد أن الحذاء مناسب تماما، أخبر المشترين الآخرين.\n\nمع أطيب التحيات\nالمتجر\n",
        [("MSG503", 3, 1)],
    ),
    (
        "ar",
        "مرحبا،\n\nإذا جرى كل شيء على ما يرام تماما، فنرحب بتقييمك.\n\nمع أطيب التحيات\nالمتجر\n",
        [("MSG503", 3, 1)],
    ),
    (
        "ar",
        "مرحبا،\n\nإن كانت الوسادة تؤدي الغرض، اترك لنا تقييما على أمازون.\n\nمع أطيب التحيات\nالمتجر\n",
        [("MSG503", 3, 1)],
    ),
    (
        "ar",
        "مرحبا،\n\nفقط إذا رأيت أن ماكينة القهوة تستحق ثمنها، نرجو منك كتابة مراجعة.\n\nمع أطيب التحيات\nالمتجر\n",
        [("MSG503", 3, 1)],
    ),
    (
        "ar",
        "مرحبا،\n\nإذا أبقتك السترة دافئا هذا الشتاء، شارك ذلك مع العملاء الآخرين.\n\nمع أطيب التحيات\nالمتجر\n",
        [("MSG503", 3, 1)],
    ),
    (
        "ar",
        "مرحبا،\n\nيسعدنا أن نقرأ تقييمك على أمازون. وإلا، فيكفي أن ترد على هذه الرسالة.\n\nمع أطيب التحيات\nالمتجر\n",
        [("MSG503", 3, 35)],
    ),
    (
        "ar",
        "مرحبا،\n\nإذا أعجبتك الحقيبة، اترك تقييما. وإن لم تعجبك، راسلنا بدلا من ذلك.\n\nمع أطيب التحيات\nالمتجر\n",
        [("MSG503", 3, 1)],
    ),
    (
        "ar",
        "مرحبا،\n\nسنكون سعداء بتقييمك، وإذا كان هناك خطأ ما فلا داعي للتقييم، راسلنا فقط.\n\nمع أطيب التحيات\nالمتجر\n",
        [("MSG503", 3, 1)],
    ),
    (
        "ar",
        "مرحبا،\n\nفي حال خيبة الأمل، تواصل معنا عبر الرسائل بدلا من تعليقات المنتج.\n\nمع أطيب التحيات\nالمتجر\n",
        [("MSG503", 3, 1)],
    ),
    (
        "ar",
        "مرحبا،\n\nيرجى الانتظار قبل التقييم حتى نتمكن من حل المشكلة.\n\nمع أطيب التحيات\nالمتجر\n",
        [("MSG503", 3, 1)],
    ),
    ("ar", "مرحبا،\n\nليس في التقييم بل مباشرة إلينا.\n\nمع أطيب التحيات\nالمتجر\n", [("MSG503", 3, 1)]),
    (
        "sv",
        "Hej Anna,\n\nJag lämnade in ditt paket på posten i morse.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG602", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nDin beställning har kommit in till oss och packas nu.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG602", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nVi har betalat tillbaka hela beloppet för din retur.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG602", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nTack för din beställning! Njut av den nya lampan under de långa kvällarna.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG603", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nStort tack för att du handlade hos oss. Vi finns här om du skulle behöva något.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG603", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nHela vår julkollektion är just nu sänkt med 25 %.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG601", 3, 1)],
    ),
    ("pl", "Dzień dobry,\n\nDziś rano zaniosłem Pana paczkę na pocztę.\n\nPozdrawiamy\nSklep\n", [("MSG602", 3, 1)]),
    (
        "pl",
        "Dzień dobry,\n\nPani zamówienie do nas dotarło i jest już pakowane.\n\nPozdrawiamy\nSklep\n",
        [("MSG602", 3, 1)],
    ),
    ("pl", "Dzień dobry,\n\nZwróciliśmy całą kwotę za Pana zwrot.\n\nPozdrawiamy\nSklep\n", [("MSG602", 3, 1)]),
    (
        "pl",
        "Dzień dobry,\n\nDziękujemy za zamówienie! Niech nowa lampa umila Pani długie wieczory.\n\nPozdrawiamy\nSklep\n",
        [("MSG603", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nBardzo dziękujemy za zakupy u nas. Jesteśmy tu, gdyby czegoś Pan potrzebował.\n\nPozdrawiamy\nSklep\n",
        [("MSG603", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nCała nasza kolekcja świąteczna jest teraz przeceniona o 25 %.\n\nPozdrawiamy\nSklep\n",
        [("MSG601", 3, 1)],
    ),
    ("tr", "Merhaba,\n\nPaketinizi bu sabah postaneye teslim ettim.\n\nSaygılarımızla\nMağaza\n", [("MSG602", 3, 1)]),
    (
        "tr",
        "Merhaba,\n\nSiparişiniz bize ulaştı ve şu anda paketleniyor.\n\nSaygılarımızla\nMağaza\n",
        [("MSG602", 3, 1)],
    ),
    ("tr", "Merhaba,\n\nİadeniz için tüm tutarı geri ödedik.\n\nSaygılarımızla\nMağaza\n", [("MSG602", 3, 1)]),
    (
        "tr",
        "Merhaba,\n\nSiparişiniz için teşekkürler! Yeni lambanız uzun akşamlarınızı güzelleştirsin.\n\nSaygılarımızla\nMağaza\n",
        [("MSG603", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nBizden alışveriş yaptığınız için çok teşekkür ederiz. Bir şeye ihtiyacınız olursa buradayız.\n\nSaygılarımızla\nMağaza\n",
        [("MSG603", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nTüm yılbaşı koleksiyonumuz şu anda %25 indirimli.\n\nSaygılarımızla\nMağaza\n",
        [("MSG601", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\n今朝、郵便局からお荷物を発送してまいりました。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG602", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nご注文を確かに受け付け、ただいま梱包しております。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG602", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nご返品分の代金を全額返金いたしました。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG602", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nご注文ありがとうございます！新しいランプで長い夜をお楽しみください。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG603", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\n当店でお買い物いただき、誠にありがとうございます。何かございましたら、いつでもお声がけください。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG603", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nクリスマスコレクション全品、ただいま25%オフです。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG601", 3, 1)],
    ),
    ("pt", "Olá, Ana,\n\nLevei seu pacote aos Correios hoje de manhã.\n\nAtenciosamente,\nLoja\n", [("MSG602", 3, 1)]),
    (
        "pt",
        "Olá, Ana,\n\nSeu pedido chegou até nós e já está sendo embalado.\n\nAtenciosamente,\nLoja\n",
        [("MSG602", 3, 1)],
    ),
    ("pt", "Olá, Ana,\n\nDevolvemos o valor total da sua devolução.\n\nAtenciosamente,\nLoja\n", [("MSG602", 3, 1)]),
    (
        "pt",
        "Olá, Ana,\n\nObrigado pelo pedido! Aproveite a luminária nova nas noites longas.\n\nAtenciosamente,\nLoja\n",
        [("MSG603", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nMuito obrigada por comprar com a gente. Estamos aqui se precisar de alguma coisa.\n\nAtenciosamente,\nLoja\n",
        [("MSG603", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nToda a nossa coleção de Natal está com 25% de desconto agora.\n\nAtenciosamente,\nLoja\n",
        [("MSG601", 3, 1)],
    ),
    ("ar", "مرحبا،\n\nسلمت طردك لمكتب البريد صباح اليوم.\n\nمع أطيب التحيات\nالمتجر\n", [("MSG602", 3, 1)]),
    ("ar", "مرحبا،\n\nوصلنا طلبك ويجري تغليفه الآن.\n\nمع أطيب التحيات\nالمتجر\n", [("MSG602", 3, 1)]),
    ("ar", "مرحبا،\n\nأعدنا إليك المبلغ كاملا عن المرتجع.\n\nمع أطيب التحيات\nالمتجر\n", [("MSG602", 3, 1)]),
    (
        "ar",
        "مرحبا،\n\nشكرا لطلبك! استمتع بالمصباح الجديد في الأمسيات الطويلة.\n\nمع أطيب التحيات\nالمتجر\n",
        [("MSG603", 3, 1)],
    ),
    (
        "ar",
        "مرحبا،\n\nشكرا جزيلا لتسوقك معنا. نحن هنا إذا احتجت أي شيء.\n\nمع أطيب التحيات\nالمتجر\n",
        [("MSG603", 3, 1)],
    ),
    ("ar", "مرحبا،\n\nمجموعتنا الشتوية كلها الآن بخصم 25%.\n\nمع أطيب التحيات\nالمتجر\n", [("MSG601", 3, 1)]),
    (
        "sv",
        "Hej Anna,\n\nTill lampan passar även våra skärmar i linne.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG601", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nVi har betalat tillbaka pengarna för den returnerade jackan.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG602", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nPomóżcie nam, wystawiając najwyższą możliwą ocenę.\n\nPozdrawiamy\nSklep\n",
        [("MSG502", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nDziękujemy za zakup rusztu. Miłego grillowania!\n\nPozdrawiamy\nSklep\n",
        [("MSG603", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nSiparişiniz için teşekkür ederiz. Keyifli kullanımlar dileriz, bahçeniz hep yeşil olsun.\n\nSaygılarımızla\nMağaza\n",
        [("MSG603", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\n本日、お荷物を丁寧に梱包して送り出しました。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG602", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nAqui é o Marcos, dono da Loja Verde. Obrigado de coração pela compra!\n\nAtenciosamente,\nLoja\n",
        [("MSG603", 3, 1)],
    ),
    (
        "ar",
        "مرحبا،\n\nنأمل أن يُعاد النظر في تقييمك بعد أن حللنا المشكلة.\n\nمع أطيب التحيات\nالمتجر\n",
        [("MSG504", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nGör hörlurarna ljudet rättvisa? Då får du gärna betygsätta dem på Amazon.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG503", 3, 33)],
    ),
    (
        "sv",
        "Hej Anna,\n\nSkriv gärna ett omdöme när du vet att cykellampan klarar höstmörkret.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG503", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nInnan du recenserar, ge oss en chans att rätta till det som inte blev bra.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG503", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nÄr något inte som det ska? Hör av dig hit i stället för att skriva en recension.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG503", 3, 28)],
    ),
    (
        "sv",
        "Hej Anna,\n\nOm mattan lever upp till det vi lovade, tipsa gärna andra köpare i ett omdöme.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG503", 3, 1)],
    ),
    ("sv", "Hej Anna,\n\nBeställningsstatus: Skickad\n\nMed vänliga hälsningar\nButiken\n", [("MSG602", 3, 1)]),
    (
        "sv",
        "Hej Anna,\n\nDin betalning har tagits emot och ordern är bekräftad.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG602", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nTack för att du valde oss! Vi hoppas att kaffet smakar lika gott som vi tycker.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG603", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nCzy słuchawki oddają dźwięk tak, jak trzeba? Wtedy prosimy o ocenę na Amazon.\n\nPozdrawiamy\nSklep\n",
        [("MSG503", 3, 46)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nProsimy o opinię, gdy będzie Pan pewien, że lampka sprawdza się jesienią.\n\nPozdrawiamy\nSklep\n",
        [("MSG503", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nZanim wystawi Pani recenzję, prosimy dać nam szansę naprawić to, co nie wyszło.\n\nPozdrawiamy\nSklep\n",
        [("MSG503", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nJeśli dywan spełnia to, co obiecaliśmy, prosimy polecić go innym kupującym w opinii.\n\nPozdrawiamy\nSklep\n",
        [("MSG503", 3, 1)],
    ),
    ("pl", "Dzień dobry,\n\nStatus zamówienia: wysłane\n\nPozdrawiamy\nSklep\n", [("MSG602", 3, 1)]),
    (
        "pl",
        "Dzień dobry,\n\nPłatność została zaksięgowana, a zamówienie potwierdzone.\n\nPozdrawiamy\nSklep\n",
        [("MSG602", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nDziękujemy, że wybrali Państwo nasz sklep! Mamy nadzieję, że kawa będzie smakować.\n\nPozdrawiamy\nSklep\n",
        [("MSG603", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nKulaklık sesi hakkını veriyor mu? O halde Amazon'da puan verebilirsiniz.\n\nSaygılarımızla\nMağaza\n",
        [("MSG503", 3, 35)],
    ),
    (
        "tr",
        "Merhaba,\n\nBisiklet lambasının sonbahar karanlığında işe yaradığından emin olduğunuzda yorum yazın.\n\nSaygılarımızla\nMağaza\n",
        [("MSG503", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nYorum yazmadan önce, yolunda gitmeyen şeyi düzeltmemiz için bize bir şans verin.\n\nSaygılarımızla\nMağaza\n",
        [("MSG503", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nHalı söz verdiğimiz gibiyse, diğer alıcılara bir yorumla tavsiye edin.\n\nSaygılarımızla\nMağaza\n",
        [("MSG503", 3, 1)],
    ),
    ("tr", "Merhaba,\n\nSipariş durumu: Kargoya verildi\n\nSaygılarımızla\nMağaza\n", [("MSG602", 3, 1)]),
    ("tr", "Merhaba,\n\nÖdemeniz alındı ve siparişiniz onaylandı.\n\nSaygılarımızla\nMağaza\n", [("MSG602", 3, 1)]),
    (
        "tr",
        "Merhaba,\n\nBizi tercih ettiğiniz için teşekkürler! Kahvenin bizim kadar sizin de hoşunuza gitmesini umarız.\n\nSaygılarımızla\nMağaza\n",
        [("MSG603", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nイヤホンの音質はご期待に沿えましたか？そうでしたら、Amazonで評価をお願いいたします。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG503", 3, 20)],
    ),
    (
        "ja",
        "山田様\n\n自転車ライトが秋の暗い道で役立つと実感されましたら、レビューをお書きください。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG503", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nレビューを書かれる前に、うまくいかなかった点を改善する機会を当店にお与えください。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG503", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nラグがお約束どおりの品質でしたら、ぜひレビューで他のお客様にお勧めください。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG503", 3, 1)],
    ),
    ("ja", "山田様\n\nご注文ステータス：発送済み\n\nよろしくお願いいたします。\nショップ\n", [("MSG602", 3, 1)]),
    (
        "ja",
        "山田様\n\nお支払いを確認し、ご注文が確定いたしました。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG602", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\n当店をお選びいただきありがとうございます！コーヒーをお楽しみいただければ幸いです。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG603", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nO fone faz jus ao som prometido? Então avalie na Amazon.\n\nAtenciosamente,\nLoja\n",
        [("MSG503", 3, 34)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nEscreva uma avaliação quando tiver certeza de que a lanterna da bike aguenta o escuro do outono.\n\nAtenciosamente,\nLoja\n",
        [("MSG503", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nAntes de avaliar, dê uma chance para a gente corrigir o que não ficou bom.\n\nAtenciosamente,\nLoja\n",
        [("MSG503", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nSe o tapete está à altura do que prometemos, recomende-o a outros compradores em uma avaliação.\n\nAtenciosamente,\nLoja\n",
        [("MSG503", 3, 1)],
    ),
    ("pt", "Olá, Ana,\n\nStatus do pedido: Enviado\n\nAtenciosamente,\nLoja\n", [("MSG602", 3, 1)]),
    (
        "pt",
        "Olá, Ana,\n\nSeu pagamento foi aprovado e o pedido está confirmado.\n\nAtenciosamente,\nLoja\n",
        [("MSG602", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nObrigado por escolher a nossa loja! Esperamos que o café fique tão gostoso quanto achamos.\n\nAtenciosamente,\nLoja\n",
        [("MSG603", 3, 1)],
    ),
    (
        "ar",
        "مرحبا،\n\nهل كانت جودة صوت السماعات كما توقعت؟ إذن قيّمها على أمازون.\n\nمع أطيب التحيات\nالمتجر\n",
        [("MSG503", 3, 38)],
    ),
    (
        "ar",
        "مرحبا،\n\nاكتب مراجعة عندما تتأكد أن ضوء الدراجة مفيد في ظلام الخريف.\n\nمع أطيب التحيات\nالمتجر\n",
        [("MSG503", 3, 1)],
    ),
    (
        "ar",
        "مرحبا،\n\nقبل أن تكتب تقييمك، امنحنا فرصة لإصلاح ما لم يكن جيدا.\n\nمع أطيب التحيات\nالمتجر\n",
        [("MSG503", 3, 1)],
    ),
    (
        "ar",
        "مرحبا،\n\nإذا كانت السجادة بالجودة التي وعدنا بها، أوصِ بها المشترين الآخرين في تقييم.\n\nمع أطيب التحيات\nالمتجر\n",
        [("MSG503", 3, 1)],
    ),
    ("ar", "مرحبا،\n\nحالة الطلب: تم الشحن\n\nمع أطيب التحيات\nالمتجر\n", [("MSG602", 3, 1)]),
    ("ar", "مرحبا،\n\nتم استلام دفعتك وتأكيد طلبك.\n\nمع أطيب التحيات\nالمتجر\n", [("MSG602", 3, 1)]),
    (
        "ar",
        "مرحبا،\n\nشكرا لاختيارك متجرنا! نتمنى أن تستمتع بالقهوة كما نستمتع بها.\n\nمع أطيب التحيات\nالمتجر\n",
        [("MSG603", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nHar du synpunkter på väskan? Skicka dem till oss först, så kan du alltid recensera efteråt.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG503", 3, 30)],
    ),
    (
        "sv",
        "Hej Anna,\n\nVar snäll och vänta med att betygsätta tills ersättningsdelen har kommit fram.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG503", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nHej! Bara en kort rad: paketet med din ryggsäck gick i väg med PostNord i eftermiddags.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG602", 3, 6)],
    ),
    (
        "sv",
        "Hej Anna,\n\nLeveransstatus: Levererad\nOrdernummer: 123-1234567-1234567\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG602", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nTack för ditt köp! Hoppas att ryggsäcken blir en trogen följeslagare på alla dina turer.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG603", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nVi vill bara tacka för din beställning. Ha en fin helg!\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG603", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nMa Pan uwagi do torby? Prosimy najpierw przesłać je nam, a opinię zawsze można dodać później.\n\nPozdrawiamy\nSklep\n",
        [("MSG503", 3, 24)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nProsimy wstrzymać się z oceną, aż dotrze część zamienna.\n\nPozdrawiamy\nSklep\n",
        [("MSG503", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nDzień dobry! Krótka informacja: paczka z plecakiem wyjechała dziś po południu z InPostem.\n\nPozdrawiamy\nSklep\n",
        [("MSG602", 3, 14)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nStatus dostawy: Doręczono\nNumer zamówienia: 123-1234567-1234567\n\nPozdrawiamy\nSklep\n",
        [("MSG602", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nDziękujemy za zakup! Niech plecak będzie wiernym towarzyszem na wszystkich szlakach.\n\nPozdrawiamy\nSklep\n",
        [("MSG603", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nChcieliśmy tylko podziękować za zamówienie. Udanego weekendu!\n\nPozdrawiamy\nSklep\n",
        [("MSG603", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nÇanta hakkında bir görüşünüz mü var? Önce bize gönderin, yorumu daha sonra her zaman yapabilirsiniz.\n\nSaygılarımızla\nMağaza\n",
        [("MSG503", 3, 38)],
    ),
    (
        "tr",
        "Merhaba,\n\nLütfen yedek parça ulaşana kadar puan vermeyi bekleyin.\n\nSaygılarımızla\nMağaza\n",
        [("MSG503", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nMerhaba! Kısa bir not: sırt çantanızın olduğu paket bu öğleden sonra Yurtiçi Kargo ile yola çıktı.\n\nSaygılarımızla\nMağaza\n",
        [("MSG602", 3, 10)],
    ),
    (
        "tr",
        "Merhaba,\n\nTeslimat durumu: Teslim edildi\nSipariş numarası: 123-1234567-1234567\n\nSaygılarımızla\nMağaza\n",
        [("MSG602", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nAlışverişiniz için teşekkürler! Sırt çantası tüm yürüyüşlerinizde sadık bir yol arkadaşı olsun.\n\nSaygılarımızla\nMağaza\n",
        [("MSG603", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nSadece siparişiniz için teşekkür etmek istedik. İyi hafta sonları!\n\nSaygılarımızla\nMağaza\n",
        [("MSG603", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nバッグについてご意見がございましたら、まず当店にお送りください。レビューはその後でも書いていただけます。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG503", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\n交換部品が届くまで、評価はお控えください。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG503", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nこんにちは！ひとことだけ：リュックのお荷物は本日午後、ヤマト運輸に託しました。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG602", 3, 7)],
    ),
    (
        "ja",
        "山田様\n\n配送状況：配達完了\nご注文番号：123-1234567-1234567\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG602", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nお買い上げありがとうございます！リュックがすべての山歩きの良き相棒になりますように。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG603", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nご注文のお礼をお伝えしたくご連絡いたしました。素敵な週末をお過ごしください。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG603", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nTem algum comentário sobre a bolsa? Mande primeiro para nós; a avaliação você sempre pode fazer depois.\n\nAtenciosamente,\nLoja\n",
        [("MSG503", 3, 62)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nPor favor, aguarde para avaliar até a peça de reposição chegar.\n\nAtenciosamente,\nLoja\n",
        [("MSG503", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nOi! Só um recadinho: o pacote com a sua mochila saiu hoje à tarde pelos Correios.\n\nAtenciosamente,\nLoja\n",
        [("MSG602", 3, 5)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nStatus da entrega: Entregue\nNúmero do pedido: 123-1234567-1234567\n\nAtenciosamente,\nLoja\n",
        [("MSG602", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nObrigado pela compra! Que a mochila seja uma companheira fiel em todas as trilhas.\n\nAtenciosamente,\nLoja\n",
        [("MSG603", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nSó queríamos agradecer pelo pedido. Bom fim de semana!\n\nAtenciosamente,\nLoja\n",
        [("MSG603", 3, 1)],
    ),
    (
        "ar",
        "مرحبا،\n\nهل لديك ملاحظات على الحقيبة؟ أرسلها إلينا أولا، ويمكنك دائما كتابة التقييم لاحقا.\n\nمع أطيب التحيات\nالمتجر\n",
        [("MSG503", 3, 30)],
    ),
    (
        "ar",
        "مرحبا،\n\nيرجى الانتظار قبل التقييم حتى تصل القطعة البديلة.\n\nمع أطيب التحيات\nالمتجر\n",
        [("MSG503", 3, 1)],
    ),
    (
        "ar",
        "مرحبا،\n\nمرحبا! فقط كلمة قصيرة: خرج الطرد الذي فيه حقيبتك اليوم بعد الظهر مع أرامكس.\n\nمع أطيب التحيات\nالمتجر\n",
        [("MSG602", 3, 8)],
    ),
    (
        "ar",
        "مرحبا،\n\nحالة التوصيل: تم التسليم\nرقم الطلب: 123-1234567-1234567\n\nمع أطيب التحيات\nالمتجر\n",
        [("MSG602", 3, 1)],
    ),
    (
        "ar",
        "مرحبا،\n\nشكرا على الشراء! نتمنى أن تكون الحقيبة رفيقة وفية في كل رحلاتك.\n\nمع أطيب التحيات\nالمتجر\n",
        [("MSG603", 3, 1)],
    ),
    (
        "ar",
        "مرحبا،\n\nأردنا فقط أن نشكرك على طلبك. عطلة نهاية أسبوع سعيدة!\n\nمع أطيب التحيات\nالمتجر\n",
        [("MSG603", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nSkriv en recension så lägger vi till en extra rem i ditt nästa paket.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG501", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nAlla som recenserar lampan får en glödlampa på köpet.\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG501", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nBerätta gärna för alla i en recension hur mycket du älskar din nya väska!\n\nMed vänliga hälsningar\nButiken\n",
        [("MSG502", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nNapisz opinię, a do następnej paczki dołożymy dodatkowy pasek.\n\nPozdrawiamy\nSklep\n",
        [("MSG501", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nKażdy, kto oceni lampę, dostaje żarówkę gratis.\n\nPozdrawiamy\nSklep\n",
        [("MSG501", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nOpowiedz wszystkim w opinii, jak bardzo kochasz swoją nową torbę!\n\nPozdrawiamy\nSklep\n",
        [("MSG502", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nBir yorum yazın, bir sonraki paketinize ekstra bir kayış ekleyelim.\n\nSaygılarımızla\nMağaza\n",
        [("MSG501", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nLambayı değerlendiren herkes hediye bir ampul alıyor.\n\nSaygılarımızla\nMağaza\n",
        [("MSG501", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nYeni çantanızı ne kadar sevdiğinizi bir yorumla herkese anlatın!\n\nSaygılarımızla\nMağaza\n",
        [("MSG502", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nレビューを書いていただければ、次回のお荷物に予備のストラップをお付けします。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG501", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nライトを評価してくださった方全員に電球をプレゼントしています。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG501", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\n新しいバッグがどれほどお気に入りか、レビューで皆さんに伝えてください！\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG502", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nEscreva uma avaliação e colocamos uma alça extra no seu próximo pacote.\n\nAtenciosamente,\nLoja\n",
        [("MSG501", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nTodo mundo que avalia a luminária ganha uma lâmpada de brinde.\n\nAtenciosamente,\nLoja\n",
        [("MSG501", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nConte para todo mundo na avaliação o quanto você ama a sua bolsa nova!\n\nAtenciosamente,\nLoja\n",
        [("MSG502", 3, 1)],
    ),
    (
        "ar",
        "مرحبا،\n\nاكتب تقييما وسنضيف حزاما إضافيا إلى طردك القادم.\n\nمع أطيب التحيات\nالمتجر\n",
        [("MSG501", 3, 1)],
    ),
    ("ar", "مرحبا،\n\nكل من يقيّم المصباح يحصل على لمبة هدية.\n\nمع أطيب التحيات\nالمتجر\n", [("MSG501", 3, 1)]),
    ("ar", "مرحبا،\n\nأخبر الجميع في تقييمك كم تحب حقيبتك الجديدة!\n\nمع أطيب التحيات\nالمتجر\n", [("MSG502", 3, 1)]),
]

NEAR_MISSES = [
    (
        "sv",
        "Hej Anna,\n\nOavsett om ditt intryck är bra eller dåligt läser vi gärna din ärliga recension.\n\nMed vänliga hälsningar\nButiken\n",
    ),
    (
        "sv",
        "Hej Anna,\n\nOm du har några frågor kan du kontakta oss. Vi skulle uppskatta en ärlig recension på Amazon.\n\nMed vänliga hälsningar\nButiken\n",
    ),
    (
        "sv",
        "Hej Anna,\n\nNär du har hunnit testa lampan några dagar får du gärna lämna en ärlig recension.\n\nMed vänliga hälsningar\nButiken\n",
    ),
    (
        "sv",
        "Hej Anna,\n\nOm du har en stund över skulle vi uppskatta en ärlig recension.\n\nMed vänliga hälsningar\nButiken\n",
    ),
    (
        "sv",
        "Hej Anna,\n\nOm du vill kan du dela din upplevelse i en recension på Amazon.\n\nMed vänliga hälsningar\nButiken\n",
    ),
    ("sv", "Hej Anna,\n\nOm du lämnar en recension läser vi varje ord.\n\nMed vänliga hälsningar\nButiken\n"),
    (
        "sv",
        "Hej Anna,\n\nNär paketet har kommit fram får du gärna berätta om din upplevelse i en recension.\n\nMed vänliga hälsningar\nButiken\n",
    ),
    (
        "sv",
        "Hej Anna,\n\nBra eller dåligt: alla ärliga omdömen hjälper andra köpare.\n\nMed vänliga hälsningar\nButiken\n",
    ),
    (
        "sv",
        "Hej Anna,\n\nOm paketet kom fram skadat, skicka oss gärna ett foto så skickar vi en ny lampa direkt.\n\nMed vänliga hälsningar\nButiken\n",
    ),
    (
        "sv",
        "Hej Anna,\n\nOm du inte redan har gjort det får du gärna lämna en ärlig recension.\n\nMed vänliga hälsningar\nButiken\n",
    ),
    (
        "sv",
        "Hej Anna,\n\nOm du vill ändra leveransadressen, svara på det här meddelandet innan vi skickar paketet.\n\nMed vänliga hälsningar\nButiken\n",
    ),
    (
        "sv",
        "Hej Anna,\n\nVi har bytt ut den trasiga delen. Om inte allt fungerar nu, hör av dig så hjälper vi dig.\n\nMed vänliga hälsningar\nButiken\n",
    ),
    (
        "pl",
        "Dzień dobry,\n\nNiezależnie od tego, czy wrażenia są dobre, czy złe, chętnie przeczytamy Pana szczerą opinię.\n\nPozdrawiamy\nSklep\n",
    ),
    (
        "pl",
        "Dzień dobry,\n\nJeśli ma Pan pytania, prosimy o kontakt. Będziemy wdzięczni za szczerą opinię na Amazon.\n\nPozdrawiamy\nSklep\n",
    ),
    (
        "pl",
        "Dzień dobry,\n\nGdy już przetestuje Pani lampę przez kilka dni, prosimy o szczerą opinię.\n\nPozdrawiamy\nSklep\n",
    ),
    ("pl", "Dzień dobry,\n\nJeśli znajdzie Pan chwilę, będziemy wdzięczni za szczerą opinię.\n\nPozdrawiamy\nSklep\n"),
    (
        "pl",
        "Dzień dobry,\n\nJeśli ma Pani ochotę, może Pani podzielić się wrażeniami w opinii na Amazon.\n\nPozdrawiamy\nSklep\n",
    ),
    ("pl", "Dzień dobry,\n\nJeśli wystawi Pan opinię, przeczytamy każde słowo.\n\nPozdrawiamy\nSklep\n"),
    ("pl", "Dzień dobry,\n\nGdy paczka dotrze, prosimy o szczerą opinię o produkcie.\n\nPozdrawiamy\nSklep\n"),
    (
        "pl",
        "Dzień dobry,\n\nJeśli paczka dotarła uszkodzona, prosimy o zdjęcie, a od razu wyślemy nową lampę.\n\nPozdrawiamy\nSklep\n",
    ),
    (
        "pl",
        "Dzień dobry,\n\nJeśli chce Pan zmienić adres dostawy, prosimy odpowiedzieć przed wysyłką paczki.\n\nPozdrawiamy\nSklep\n",
    ),
    ("tr", "Merhaba,\n\nİyi ya da kötü, dürüst yorumunuzu okumaktan memnuniyet duyarız.\n\nSaygılarımızla\nMağaza\n"),
    (
        "tr",
        "Merhaba,\n\nSorularınız olursa bize ulaşabilirsiniz. Amazon'da dürüst bir yorum için minnettar oluruz.\n\nSaygılarımızla\nMağaza\n",
    ),
    (
        "tr",
        "Merhaba,\n\nLambayı birkaç gün denedikten sonra dürüst bir yorum bırakabilirsiniz.\n\nSaygılarımızla\nMağaza\n",
    ),
    (
        "tr",
        "Merhaba,\n\nBir dakikanız olursa dürüst bir değerlendirme için minnettar oluruz.\n\nSaygılarımızla\nMağaza\n",
    ),
    ("tr", "Merhaba,\n\nİsterseniz deneyiminizi Amazon'da bir yorumla paylaşabilirsiniz.\n\nSaygılarımızla\nMağaza\n"),
    ("tr", "Merhaba,\n\nBir yorum bırakırsanız her kelimesini okuyoruz.\n\nSaygılarımızla\nMağaza\n"),
    (
        "tr",
        "Merhaba,\n\nPaket ulaştığında ürün hakkında dürüst bir yorum bırakabilirsiniz.\n\nSaygılarımızla\nMağaza\n",
    ),
    (
        "tr",
        "Merhaba,\n\nPaket hasarlı geldiyse lütfen bir fotoğraf gönderin, hemen yeni bir lamba gönderelim.\n\nSaygılarımızla\nMağaza\n",
    ),
    (
        "tr",
        "Merhaba,\n\nTeslimat adresini değiştirmek isterseniz, paket gönderilmeden önce bu mesaja yanıt verin.\n\nSaygılarımızla\nMağaza\n",
    ),
    (
        "ja",
        "山田様\n\n良い点も悪い点も、率直なレビューをお待ちしております。\n\nよろしくお願いいたします。\nショップ\n",
    ),
    (
        "ja",
        "山田様\n\nご質問がございましたら、お気軽にご連絡ください。Amazonでの率直なレビューをいただけますと幸いです。\n\nよろしくお願いいたします。\nショップ\n",
    ),
    (
        "ja",
        "山田様\n\nライトを数日お試しいただいた後、率直なレビューをいただけますと幸いです。\n\nよろしくお願いいたします。\nショップ\n",
    ),
    (
        "ja",
        "山田様\n\nお時間がございましたら、率直なレビューをお願いいたします。\n\nよろしくお願いいたします。\nショップ\n",
    ),
    (
        "ja",
        "山田様\n\nよろしければ、Amazonのレビューでご感想をお聞かせください。\n\nよろしくお願いいたします。\nショップ\n",
    ),
    (
        "ja",
        "山田様\n\nレビューを書いていただけましたら、すべて拝読いたします。\n\nよろしくお願いいたします。\nショップ\n",
    ),
    ("ja", "山田様\n\n商品が届きましたら、率直なレビューをお寄せください。\n\nよろしくお願いいたします。\nショップ\n"),
    (
        "ja",
        "山田様\n\n商品が破損して届いた場合は、写真をお送りください。すぐに新しいライトを発送いたします。\n\nよろしくお願いいたします。\nショップ\n",
    ),
    (
        "ja",
        "山田様\n\nお届け先を変更されたい場合は、発送前にこのメッセージにご返信ください。\n\nよろしくお願いいたします。\nショップ\n",
    ),
    ("pt", "Olá, Ana,\n\nSeja boa ou ruim, teremos prazer em ler sua avaliação sincera.\n\nAtenciosamente,\nLoja\n"),
    (
        "pt",
        "Olá, Ana,\n\nSe tiver alguma dúvida, fale conosco. Agradeceríamos uma avaliação sincera na Amazon.\n\nAtenciosamente,\nLoja\n",
    ),
    (
        "pt",
        "Olá, Ana,\n\nDepois de testar a luminária por alguns dias, deixe uma avaliação sincera, se quiser.\n\nAtenciosamente,\nLoja\n",
    ),
    ("pt", "Olá, Ana,\n\nSe tiver um minutinho, agradeceríamos uma avaliação sincera.\n\nAtenciosamente,\nLoja\n"),
    (
        "pt",
        "Olá, Ana,\n\nSe quiser, compartilhe sua experiência em uma avaliação na Amazon.\n\nAtenciosamente,\nLoja\n",
    ),
    ("pt", "Olá, Ana,\n\nSe você deixar uma avaliação, leremos cada palavra.\n\nAtenciosamente,\nLoja\n"),
    (
        "pt",
        "Olá, Ana,\n\nQuando o pacote chegar, conte sua experiência em uma avaliação sincera.\n\nAtenciosamente,\nLoja\n",
    ),
    (
        "pt",
        "Olá, Ana,\n\nSe o pacote chegou danificado, envie uma foto e mandamos uma luminária nova na hora.\n\nAtenciosamente,\nLoja\n",
    ),
    (
        "pt",
        "Olá, Ana,\n\nSe quiser mudar o endereço de entrega, responda antes de enviarmos o pacote.\n\nAtenciosamente,\nLoja\n",
    ),
    ("ar", "مرحبا،\n\nسواء كانت تجربتك جيدة أو سيئة، يسعدنا أن نقرأ تقييمك الصادق.\n\nمع أطيب التحيات\nالمتجر\n"),
    ("ar", "مرحبا،\n\nإذا كانت لديك أي أسئلة، تواصل معنا. نقدر تقييمك الصادق على أمازون.\n\nمع أطيب التحيات\nالمتجر\n"),
    ("ar", "مرحبا،\n\nبعد تجربة المصباح لبضعة أيام، يسعدنا تقييمك الصادق.\n\nمع أطيب التحيات\nالمتجر\n"),
    ("ar", "مرحبا،\n\nإذا كان لديك دقيقة، نقدر تقييمك الصادق.\n\nمع أطيب التحيات\nالمتجر\n"),
    ("ar", "مرحبا،\n\nإذا رغبت، شارك تجربتك في تقييم على أمازون.\n\nمع أطيب التحيات\nالمتجر\n"),
    ("ar", "مرحبا،\n\nإذا كتبت تقييما، فسنقرأ كل كلمة فيه.\n\nمع أطيب التحيات\nالمتجر\n"),
    ("ar", "مرحبا،\n\nعندما يصل الطرد، يسعدنا تقييمك الصادق للمنتج.\n\nمع أطيب التحيات\nالمتجر\n"),
    ("ar", "مرحبا،\n\nإذا وصل الطرد تالفا، أرسل لنا صورة وسنرسل مصباحا جديدا فورا.\n\nمع أطيب التحيات\nالمتجر\n"),
    (
        "ar",
        "مرحبا،\n\nإذا أردت تغيير عنوان التوصيل، رد على هذه الرسالة قبل أن نرسل الطرد.\n\nمع أطيب التحيات\nالمتجر\n",
    ),
    (
        "sv",
        "Hej Anna,\n\nJag lämnade in ditt paket på posten, men adressen saknar husnummer. Kan du skicka det till oss?\n\nMed vänliga hälsningar\nButiken\n",
    ),
    (
        "sv",
        "Hej Anna,\n\nTack för din beställning! Vilken text vill du ha på graveringen?\n\nMed vänliga hälsningar\nButiken\n",
    ),
    (
        "sv",
        "Hej Anna,\n\nVi har betalat tillbaka 50 kr eftersom kartongen var skadad.\n\nMed vänliga hälsningar\nButiken\n",
    ),
    ("sv", "Hej Anna,\n\nTack för din beställning. Här bifogar vi fakturan.\n\nMed vänliga hälsningar\nButiken\n"),
    (
        "pl",
        "Dzień dobry,\n\nZaniosłem paczkę na pocztę, ale w adresie brakuje numeru domu. Czy może Pan go podać?\n\nPozdrawiamy\nSklep\n",
    ),
    ("pl", "Dzień dobry,\n\nDziękujemy za zamówienie! Jaki tekst mamy wygrawerować?\n\nPozdrawiamy\nSklep\n"),
    ("pl", "Dzień dobry,\n\nZwróciliśmy 20 zł, ponieważ karton był uszkodzony.\n\nPozdrawiamy\nSklep\n"),
    ("pl", "Dzień dobry,\n\nDziękujemy za zamówienie. W załączniku przesyłamy fakturę.\n\nPozdrawiamy\nSklep\n"),
    (
        "tr",
        "Merhaba,\n\nPaketinizi postaneye teslim ettim, ancak adreste kapı numarası eksik. Bize gönderebilir misiniz?\n\nSaygılarımızla\nMağaza\n",
    ),
    ("tr", "Merhaba,\n\nSiparişiniz için teşekkürler! Gravüre hangi metni yazalım?\n\nSaygılarımızla\nMağaza\n"),
    ("tr", "Merhaba,\n\nKutu hasarlı olduğu için 50 TL iade ettik.\n\nSaygılarımızla\nMağaza\n"),
    ("tr", "Merhaba,\n\nSiparişiniz için teşekkürler. Faturanızı ekte gönderiyoruz.\n\nSaygılarımızla\nMağaza\n"),
    (
        "ja",
        "山田様\n\n郵便局から発送いたしましたが、ご住所に番地が不足しておりました。番地をお知らせいただけますか？\n\nよろしくお願いいたします。\nショップ\n",
    ),
    (
        "ja",
        "山田様\n\nご注文ありがとうございます！刻印する文字をお知らせください。\n\nよろしくお願いいたします。\nショップ\n",
    ),
    ("ja", "山田様\n\n箱が破損していたため、500円を返金いたしました。\n\nよろしくお願いいたします。\nショップ\n"),
    ("ja", "山田様\n\nご注文ありがとうございます。請求書を添付いたします。\n\nよろしくお願いいたします。\nショップ\n"),
    (
        "pt",
        "Olá, Ana,\n\nLevei o pacote aos Correios, mas falta o número da casa no endereço. Pode nos enviar?\n\nAtenciosamente,\nLoja\n",
    ),
    ("pt", "Olá, Ana,\n\nObrigado pelo pedido! Qual texto você quer na gravação?\n\nAtenciosamente,\nLoja\n"),
    ("pt", "Olá, Ana,\n\nDevolvemos R$ 20 porque a caixa chegou amassada.\n\nAtenciosamente,\nLoja\n"),
    ("pt", "Olá, Ana,\n\nObrigado pelo pedido. Segue em anexo a nota fiscal.\n\nAtenciosamente,\nLoja\n"),
    (
        "ar",
        "مرحبا،\n\nسلمت الطرد لمكتب البريد، لكن العنوان ينقصه رقم المنزل. هل يمكنك إرساله لنا؟\n\nمع أطيب التحيات\nالمتجر\n",
    ),
    ("ar", "مرحبا،\n\nشكرا لطلبك! ما النص الذي تريد نقشه؟\n\nمع أطيب التحيات\nالمتجر\n"),
    ("ar", "مرحبا،\n\nأعدنا لك 20 درهما لأن العلبة وصلت تالفة.\n\nمع أطيب التحيات\nالمتجر\n"),
    ("ar", "مرحبا،\n\nشكرا لطلبك. نرفق لك الفاتورة.\n\nمع أطيب التحيات\nالمتجر\n"),
    (
        "pl",
        "Dzień dobry,\n\nW paczce są 2 x Tusz zamiennik HP 302. Czy może Pan sprawdzić, czy pasują do drukarki?\n\nPozdrawiamy\nSklep\n",
    ),
    ("pl", "Dzień dobry,\n\nTo naprawdę ważne: prosimy o podanie numeru mieszkania.\n\nPozdrawiamy\nSklep\n"),
    ("tr", "Merhaba,\n\nAyşe Hanım, bir yorumunuzu okumaktan memnuniyet duyarız.\n\nSaygılarımızla\nMağaza\n"),
    (
        "ja",
        "山田様\n\n一部の製品に発熱のおそれがあることが判明しました。該当品には代替品の送付で対応いたします。ロット番号をお知らせください。\n\nよろしくお願いいたします。\nショップ\n",
    ),
    (
        "ar",
        "مرحبا،\n\nوصل الطرد بعد موعد العيد بسبب تأخير لدينا. أعدنا إليك المبلغ كاملا.\n\nمع أطيب التحيات\nالمتجر\n",
    ),
    (
        "sv",
        "Hej Anna,\n\nNär du har packat upp lampan, läs gärna bruksanvisningen innan du använder den.\n\nMed vänliga hälsningar\nButiken\n",
    ),
    (
        "sv",
        "Hej Anna,\n\nOm kartongen är skadad, spara den tills vi har hittat en lösning.\n\nMed vänliga hälsningar\nButiken\n",
    ),
    (
        "sv",
        "Hej Anna,\n\nVi uppskattar alla ärliga omdömen, om du vill skriva ett.\n\nMed vänliga hälsningar\nButiken\n",
    ),
    (
        "pl",
        "Dzień dobry,\n\nGdy rozpakuje Pan lampę, prosimy przeczytać instrukcję przed pierwszym użyciem.\n\nPozdrawiamy\nSklep\n",
    ),
    (
        "pl",
        "Dzień dobry,\n\nJeśli karton jest uszkodzony, prosimy go zachować do czasu rozwiązania sprawy.\n\nPozdrawiamy\nSklep\n",
    ),
    (
        "tr",
        "Merhaba,\n\nLambayı kutusundan çıkardığınızda, ilk kullanımdan önce lütfen kılavuzu okuyun.\n\nSaygılarımızla\nMağaza\n",
    ),
    ("tr", "Merhaba,\n\nKoli hasarlıysa, çözüm bulana kadar lütfen saklayın.\n\nSaygılarımızla\nMağaza\n"),
    (
        "ja",
        "山田様\n\nライトを開封されましたら、初めてご使用になる前に説明書をお読みください。\n\nよろしくお願いいたします。\nショップ\n",
    ),
    (
        "ja",
        "山田様\n\n箱が破損していた場合は、解決するまで保管しておいてください。\n\nよろしくお願いいたします。\nショップ\n",
    ),
    (
        "pt",
        "Olá, Ana,\n\nQuando desembalar a luminária, leia o manual antes do primeiro uso.\n\nAtenciosamente,\nLoja\n",
    ),
    (
        "pt",
        "Olá, Ana,\n\nSe a caixa estiver danificada, guarde-a até encontrarmos uma solução.\n\nAtenciosamente,\nLoja\n",
    ),
    ("ar", "مرحبا،\n\nعندما تفتح المصباح، يرجى قراءة الدليل قبل الاستخدام الأول.\n\nمع أطيب التحيات\nالمتجر\n"),
    ("ar", "مرحبا،\n\nإذا كانت العلبة تالفة، احتفظ بها حتى نجد حلا.\n\nمع أطيب التحيات\nالمتجر\n"),
    (
        "sv",
        "Hej Anna,\n\nPaketet gick i väg i går, men PostNord meddelar att portkoden saknas. Kan du skicka den?\n\nMed vänliga hälsningar\nButiken\n",
    ),
    (
        "sv",
        "Hej Anna,\n\nTack för ditt köp! Vi behöver veta vilken storlek du vill ha på remmen.\n\nMed vänliga hälsningar\nButiken\n",
    ),
    (
        "sv",
        "Hej Anna,\n\nDu kan gärna skriva en ärlig recension senare, när du har testat lampan. Vid frågor kan du kontakta oss.\n\nMed vänliga hälsningar\nButiken\n",
    ),
    (
        "pl",
        "Dzień dobry,\n\nPaczka wyjechała wczoraj, ale kurier zgłasza brak kodu do domofonu. Czy może Pan go podać?\n\nPozdrawiamy\nSklep\n",
    ),
    (
        "pl",
        "Dzień dobry,\n\nDziękujemy za zakup! Potrzebujemy informacji, jaki rozmiar paska Pan wybiera.\n\nPozdrawiamy\nSklep\n",
    ),
    (
        "pl",
        "Dzień dobry,\n\nOpinię można wystawić później, po przetestowaniu lampy. W razie pytań prosimy o kontakt.\n\nPozdrawiamy\nSklep\n",
    ),
    (
        "tr",
        "Merhaba,\n\nPaket dün yola çıktı, ancak kargo firması kapı kodunun eksik olduğunu bildiriyor. Bize iletebilir misiniz?\n\nSaygılarımızla\nMağaza\n",
    ),
    (
        "tr",
        "Merhaba,\n\nAlışverişiniz için teşekkürler! Kayış için hangi bedeni istediğinizi bilmemiz gerekiyor.\n\nSaygılarımızla\nMağaza\n",
    ),
    (
        "ja",
        "山田様\n\n昨日発送いたしましたが、配送業者よりオートロックの番号が不明との連絡がありました。番号をお知らせいただけますか？\n\nよろしくお願いいたします。\nショップ\n",
    ),
    (
        "ja",
        "山田様\n\nお買い上げありがとうございます！ストラップのサイズをお知らせください。\n\nよろしくお願いいたします。\nショップ\n",
    ),
    (
        "ja",
        "山田様\n\nレビューは、ライトをお試しいただいた後で構いません。ご質問はメッセージでご連絡ください。\n\nよろしくお願いいたします。\nショップ\n",
    ),
    (
        "pt",
        "Olá, Ana,\n\nO pacote saiu ontem, mas a transportadora informa que falta o número do apartamento. Pode nos enviar?\n\nAtenciosamente,\nLoja\n",
    ),
    (
        "pt",
        "Olá, Ana,\n\nObrigado pela compra! Precisamos saber qual tamanho de alça você prefere.\n\nAtenciosamente,\nLoja\n",
    ),
    (
        "ar",
        "مرحبا،\n\nخرج الطرد أمس، لكن شركة الشحن تقول إن رقم الشقة ناقص. هل يمكنك إرساله لنا؟\n\nمع أطيب التحيات\nالمتجر\n",
    ),
    ("ar", "مرحبا،\n\nشكرا على الشراء! نحتاج أن نعرف مقاس الحزام الذي تفضله.\n\nمع أطيب التحيات\nالمتجر\n"),
    (
        "sv",
        "Hej Anna,\n\nSkriv gärna en ärlig recension; vi skickar ingenting i utbyte.\n\nMed vänliga hälsningar\nButiken\n",
    ),
    ("pl", "Dzień dobry,\n\nProsimy o szczerą opinię; niczego nie oferujemy w zamian.\n\nPozdrawiamy\nSklep\n"),
    (
        "tr",
        "Merhaba,\n\nDürüst bir yorum bırakabilirsiniz; karşılığında hiçbir şey sunmuyoruz.\n\nSaygılarımızla\nMağaza\n",
    ),
    (
        "ja",
        "山田様\n\n率直なレビューをお願いいたします。見返りは一切ございません。\n\nよろしくお願いいたします。\nショップ\n",
    ),
    ("pt", "Olá, Ana,\n\nDeixe uma avaliação sincera; não oferecemos nada em troca.\n\nAtenciosamente,\nLoja\n"),
    ("ar", "مرحبا،\n\nاترك تقييما صادقا؛ لا نقدم أي شيء في المقابل.\n\nمع أطيب التحيات\nالمتجر\n"),
]


@pytest.mark.parametrize(("lang", "body", "expected"), IDEAS)
def test_the_idea_fires_once_at_the_sentence_that_carries_it(
    lang: str, body: str, expected: list[tuple[str, int, int]]
) -> None:
    assert wording(body, lang) == expected


@pytest.mark.parametrize(("lang", "body"), NEAR_MISSES)
def test_the_near_miss_stays_silent(lang: str, body: str) -> None:
    """A neutral review request next to a condition on time, wish, receipt or use, an offer of help,
    a review "whether good or bad", a damaged parcel, a change of address before shipping."""
    assert wording(body, lang) == []


def test_the_command_line_reports_each_idea_at_its_line_and_column(tmp_path: Path) -> None:
    assert_cli_positions(IDEAS, tmp_path)


class _Packs:
    """The two concepts of the ``apart`` test as the only lexicon (no shipped excludes)."""

    def memoised(self, key: object, make: object) -> object:
        return make()  # type: ignore[operator]

    def data(self, name: str) -> dict[str, object]:
        return {"concept": {"REVIEW": {"words": ["review"]}, "CONDITION": {"patterns": ["if [^,.]{3,60}"]}}}


@pytest.mark.parametrize(
    ("text", "together", "apart"),
    [
        ("If you leave a review, we read it.", True, False),  # the review inside the condition
        ("If the lamp works, leave a review.", True, True),  # the condition governs the review
    ],
)
def test_apart_needs_hits_that_do_not_overlap(text: str, together: bool, apart: bool) -> None:
    ann = annotate_texts([(None, text, fold(text), -1)], ("en",), _Packs())  # type: ignore[arg-type]
    plain = Combo.parse({"all": ["REVIEW", "CONDITION"]}, "test")
    strict = Combo.parse({"all": ["REVIEW", "CONDITION"], "apart": True}, "test")
    assert any(plain.holds(ann, s) for s in ann.sentences) is together
    assert any(strict.holds(ann, s) for s in ann.sentences) is apart


def test_apart_is_true_or_false() -> None:
    with pytest.raises(PackError):
        Combo.parse({"all": ["REVIEW"], "apart": "yes"}, "test")


def test_structure_concepts_do_not_make_a_thanks_message_say_something() -> None:
    """MSG603's ``ignored``: a question offering help holds NEUTRAL-CONDITION and CONTACT-US (parts
    of the gating structure); it stays an offer of help, the message thanks only."""
    offer = "Se surgir alguma dúvida, é só falar conosco por aqui, tá?"
    assert {"NEUTRAL-CONDITION", "CONTACT-US"} <= concepts_of(offer, "pt")
    body = f"Oi, Ana!\n\nSó queríamos agradecer pelo pedido 249-3310582-8846027. {offer}\n\nUm abraço,\nSebo\n"
    assert wording(body, "pt") == [("MSG603", 3, 1)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "Om x, recension. " * 5_000),
        ("tr", "yorum ancak " * 5_000),
        ("tr", "yorum " + "kelime " * 10_000 + "sa"),
        ("ja", "レビュー？それでしたら" * 5_000),
        ("ja", "レビュー" + "たら" * 10_000),
        ("ar", "تقييم " + "إذا " * 10_000),
        ("pl", "opinia " + "jeśli nie " * 5_000),
        ("pt", "avaliação " + "se não " * 5_000),
    ],
)
@pytest.mark.timeout(120)  # a hang guard, not a speed assertion
def test_the_structure_patterns_stay_linear_on_long_runs(language: str, text: str) -> None:
    """Condition clauses, 'then' after a question, unhappy branches: a run of their markers without
    punctuation must not make a pattern restart at every marker and rescan the run."""
    import msglint

    diags = msglint.lint(text, filename="m.txt", language=language, config={"select": ["MSG5", "MSG6"]})
    assert all(0 <= d.start <= d.end <= len(text) for d in diags)
