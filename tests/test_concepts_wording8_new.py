"""Incentive, confirmation and thanks-only as structures (eighth session, issues #10 and #11), in
sv, pl, tr, ja, pt and ar: our own probes of each idea the way different sellers write it (not
fixture sentences), each with near misses that stay silent.

INCENTIVE (MSG501): the benefit word is open (store credit, loyalty points, priority service, a
surprise in the next parcel, part of the price back, the next shipping "on us"); what is closed is
the EXCHANGE: a review act inside a condition, purpose or exchange clause (REVIEW-CONDITION: "if /
once / after you review", "in return for / as a thank-you for your review", "every reviewer",
"those who rate") with a give-to-buyer predicate in the sentence (REWARD-SEND: we send / credit /
add / pay back, you get / receive / earn / take part), or a review request followed by a sentence
opened by "then / afterwards" (LATER) that gives (REWARD-SEND). Near misses: a replacement sent
and a neutral review request in separate sentences, "if you leave a review, it helps other
buyers", "reviews help small shops", a refund for a damaged item next to "a review is welcome,
good or bad", "every reviewer helps other buyers".

CONFIRMATION (MSG602): an announcement ("just a quick note", "good news", "we only wanted to let
you know") with a movement or completion predicate of the order, parcel or refund ("left our
workshop", "is travelling to you", "the money is back on your card"), and shop-system status
lines. Near misses: the same sentence in a message that solves a problem (a missing flat number,
a cracked mug replaced) or asks something.

THANKS-ONLY (MSG603): warm messages of several sentences of thanks, wishes in the optative ("må
filten ge dig..."), hopes, and availability; a Japanese pleasantry clause ("...いただけますと幸い
です") covers its whole clause unless it asks for something. Near misses: thanks with one real
question, with an attached invoice or manual.

PRECISION: "if something is wrong, contact us so we can fix it" next to an honest review request is
an offer of help, not an unhappy branch (the branch needs "if not / otherwise", or skipping or
diverting the review: "no need to review", "instead", "first"); a new delivery date given in answer
to the buyer's question ("thank you for your question") is no delay notice; "good or bad review"
(ja) is neutral.

A second round, after the ninth blind set, in our own words for its ideas: thanks-only messages
whose middle sentences are warm words with us as the experiencer ("we are so glad you found us",
"every order gives us great joy", "customers like you make our week", "يسعدنا أن نكون جزءا",
"...が大きな励みです"), a reason clause before the thanks (ja "...くださって、ありがとう"); a
confirmation by a personal note ("I posted it this morning", "it reached your door yesterday",
"your payment was sent back"), a bare "Status: wysłane" label; a draw among reviewers and "each
published review is worth a lucky number" (pt), "if you share your review, points will be
credited" (tr); reviews asked only "from customers who are satisfied" (sv, a relative clause);
"could you update the review" (ar); a discount code next to newly launched flavours (sv); "none
left for your order" (pt). Near misses: the same thanks with a question, a pick-up code, "whether
you were satisfied or not", "praise or criticism", a review that "helps other buyers", "no issue
is left on your order", "update the delivery address", a free-shipping line of an order summary,
a keigo request "...をお送りいただけますと幸いです", a new dispatch date after a few days' holiday
delay in answer to the buyer's message. Each finding is at the exact line and column of the
sentence that carries the purpose.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_cli_positions, wording

IDEAS = [
    (
        "sv",
        "Hej Anna,\n\nOm du lämnar en recension av vattenkokaren skickar vi dig en gratis påfyllning av filter.\n\nMed vänliga hälsningar,\nButiken\n",
        [("MSG501", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nNär du har recenserat lampan krediterar vi 50 kr på ditt konto.\n\nMed vänliga hälsningar,\nButiken\n",
        [("MSG501", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nSom tack för din recension får du två års extra garanti.\n\nMed vänliga hälsningar,\nButiken\n",
        [("MSG501", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nAlla som skriver ett omdöme får lojalitetspoäng hos oss.\n\nMed vänliga hälsningar,\nButiken\n",
        [("MSG501", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nFör din recension väntar en liten överraskning i nästa paket.\n\nMed vänliga hälsningar,\nButiken\n",
        [("MSG501", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nDen som betygsätter produkten får förtur i vår kundtjänst.\n\nMed vänliga hälsningar,\nButiken\n",
        [("MSG501", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nSkriv en recension på Amazon. Sedan skickar vi dig ett extra armband.\n\nMed vänliga hälsningar,\nButiken\n",
        [("MSG501", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nI gengäld för ditt betyg lägger vi till en andra rem i din order.\n\nMed vänliga hälsningar,\nButiken\n",
        [("MSG501", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nEfter att du har lämnat ett omdöme betalar vi tillbaka en del av priset.\n\nMed vänliga hälsningar,\nButiken\n",
        [("MSG501", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nLämna ett omdöme så är du med i utlottningen av ett presentkort.\n\nMed vänliga hälsningar,\nButiken\n",
        [("MSG501", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nBara en snabb rad: din beställning lämnade vår verkstad i morse.\n\nMed vänliga hälsningar,\nButiken\n",
        [("MSG602", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nGoda nyheter, ditt paket är på väg till dig.\n\nMed vänliga hälsningar,\nButiken\n",
        [("MSG602", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nVi ville bara meddela att pengarna är tillbaka på ditt kort.\n\nMed vänliga hälsningar,\nButiken\n",
        [("MSG602", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nVi vill bara säga att din order nu är packad och skickad.\n\nMed vänliga hälsningar,\nButiken\n",
        [("MSG602", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nOrderstatus: skickad\nSpårning: PostNord\n\nMed vänliga hälsningar,\nButiken\n",
        [("MSG602", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nBara så du vet: återbetalningen är genomförd.\n\nMed vänliga hälsningar,\nButiken\n",
        [("MSG602", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nTack så mycket för ditt köp! Må filten ge dig många mysiga kvällar. Vi hoppas att du trivs med den. Om du behöver något finns vi här.\n\nMed vänliga hälsningar,\nButiken\n",
        [("MSG603", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nVarmt tack för att du handlade hos oss. Vi önskar dig en riktigt fin jul. Hör av dig om du undrar över något.\n\nMed vänliga hälsningar,\nButiken\n",
        [("MSG603", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nTusen tack för din beställning. Vi hoppas att koppen gör dina morgnar lite trevligare. Ha en underbar vecka!\n\nMed vänliga hälsningar,\nButiken\n",
        [("MSG603", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nSkriver du en recension bjuder vi på frakten nästa gång.\n\nMed vänliga hälsningar,\nButiken\n",
        [("MSG501", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nFör varje publicerat omdöme sätter vi in 30 kr på ditt presentsaldo.\n\nMed vänliga hälsningar,\nButiken\n",
        [("MSG501", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nKunder som recenserar våra ljus belönas med en doftpåse.\n\nMed vänliga hälsningar,\nButiken\n",
        [("MSG501", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nHej! Vi vill bara tala om att din beställning nu har lämnat lagret.\n\nMed vänliga hälsningar,\nButiken\n",
        [("MSG602", 3, 6)],
    ),
    (
        "sv",
        "Hej Anna,\n\nEn liten hälsning: paketet med dina ljus är på väg till dig.\n\nMed vänliga hälsningar,\nButiken\n",
        [("MSG602", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nJust nu är din order packad och överlämnad till PostNord.\n\nMed vänliga hälsningar,\nButiken\n",
        [("MSG602", 3, 1)],
    ),
    ("sv", "Hej Anna,\n\nStatus: Levererad\n\nMed vänliga hälsningar,\nButiken\n", [("MSG602", 3, 1)]),
    (
        "sv",
        "Hej Anna,\n\nÅterbetalningen för din order är nu genomförd.\n\nMed vänliga hälsningar,\nButiken\n",
        [("MSG602", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nTack för att du valde oss! Vi hoppas att lampan sprider ljus i mörka vinterkvällar. Ha en fin helg!\n\nMed vänliga hälsningar,\nButiken\n",
        [("MSG603", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nStort tack för din beställning. Vi är så glada att du hittade till vår lilla butik. Allt gott!\n\nMed vänliga hälsningar,\nButiken\n",
        [("MSG603", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nTack för att du handlade hos oss! Vi är så glada att du hittade vår lilla ateljé. Ha det så fint!\n\nMed vänliga hälsningar,\nButiken\n",
        [("MSG603", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nVi ber bara kunder som är nöjda med lampan att skriva en recension.\n\nMed vänliga hälsningar,\nButiken\n",
        [("MSG503", 3, 1)],
    ),
    (
        "sv",
        "Hej Anna,\n\nVi har precis lanserat två nya dofter, och med koden DOFT15 får du 15 procent rabatt.\n\nMed vänliga hälsningar,\nButiken\n",
        [("MSG601", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nJeśli wystawi Pan opinię o czajniku, wyślemy Panu gratis zapas filtrów.\n\nPozdrawiamy,\nSklep\n",
        [("MSG501", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nGdy oceni Pani lampę, dopiszemy 20 zł do Pani konta.\n\nPozdrawiamy,\nSklep\n",
        [("MSG501", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nW podziękowaniu za opinię otrzyma Pan dłuższą gwarancję.\n\nPozdrawiamy,\nSklep\n",
        [("MSG501", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nKażdy, kto napisze recenzję, dostaje punkty lojalnościowe.\n\nPozdrawiamy,\nSklep\n",
        [("MSG501", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nZa Pana opinię w następnej paczce czeka mała niespodzianka.\n\nPozdrawiamy,\nSklep\n",
        [("MSG501", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nOsoby, które ocenią produkt, otrzymują priorytetową obsługę.\n\nPozdrawiamy,\nSklep\n",
        [("MSG501", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nProsimy o opinię na Amazon. Następnie wyślemy Panu dodatkowy pasek.\n\nPozdrawiamy,\nSklep\n",
        [("MSG501", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nW zamian za ocenę dołożymy do zamówienia drugi pasek.\n\nPozdrawiamy,\nSklep\n",
        [("MSG501", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nPo wystawieniu opinii zwrócimy Panu część ceny.\n\nPozdrawiamy,\nSklep\n",
        [("MSG501", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nZa każdą opinię bierze Pan udział w losowaniu bonu.\n\nPozdrawiamy,\nSklep\n",
        [("MSG501", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nKrótka wiadomość: Pana zamówienie opuściło dziś rano naszą pracownię.\n\nPozdrawiamy,\nSklep\n",
        [("MSG602", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nDobra wiadomość, paczka jest już w drodze do Pani.\n\nPozdrawiamy,\nSklep\n",
        [("MSG602", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nChcieliśmy tylko poinformować, że pieniądze wróciły na Pana kartę.\n\nPozdrawiamy,\nSklep\n",
        [("MSG602", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nStatus zamówienia: wysłane\nPrzewoźnik: InPost\n\nPozdrawiamy,\nSklep\n",
        [("MSG602", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nSerdecznie dziękujemy za zakupy! Niech koc umila Pani długie wieczory. Mamy nadzieję, że będzie Pani zadowolona. Gdyby Pani czegoś potrzebowała, jesteśmy do dyspozycji.\n\nPozdrawiamy,\nSklep\n",
        [("MSG603", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nBardzo dziękujemy za zamówienie. Życzymy wesołych świąt. W razie pytań prosimy o kontakt.\n\nPozdrawiamy,\nSklep\n",
        [("MSG603", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nJeśli napisze Pani recenzję, pokryjemy koszt następnej wysyłki.\n\nPozdrawiamy,\nSklep\n",
        [("MSG501", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nZa opublikowaną opinię przelejemy 15 zł na Pana konto.\n\nPozdrawiamy,\nSklep\n",
        [("MSG501", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nKlienci, którzy ocenią nasze świece, dostają saszetkę zapachową.\n\nPozdrawiamy,\nSklep\n",
        [("MSG501", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nGdy opinia się pojawi, dostanie Pan rabat na akcesoria.\n\nPozdrawiamy,\nSklep\n",
        [("MSG501", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nChcemy tylko dać znać, że Pana zamówienie opuściło już magazyn.\n\nPozdrawiamy,\nSklep\n",
        [("MSG602", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nMiła wiadomość: przesyłka ze świecami jest w drodze.\n\nPozdrawiamy,\nSklep\n",
        [("MSG602", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nZamówienie zostało spakowane i przekazane kurierowi DPD.\n\nPozdrawiamy,\nSklep\n",
        [("MSG602", 3, 1)],
    ),
    ("pl", "Dzień dobry,\n\nStatus: Dostarczono\n\nPozdrawiamy,\nSklep\n", [("MSG602", 3, 1)]),
    (
        "pl",
        "Dzień dobry,\n\nZwrot środków za zamówienie został zrealizowany.\n\nPozdrawiamy,\nSklep\n",
        [("MSG602", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nDziękujemy, że wybrała Pani nasz sklep! Mamy nadzieję, że lampa rozjaśni zimowe wieczory. Miłego weekendu!\n\nPozdrawiamy,\nSklep\n",
        [("MSG603", 3, 1)],
    ),
    (
        "pl",
        "Dzień dobry,\n\nDziękujemy za zakup! Każde zamówienie sprawia nam ogromną radość. Miłego dnia!\n\nPozdrawiamy,\nSklep\n",
        [("MSG603", 3, 1)],
    ),
    ("pl", "Dzień dobry,\n\nStatus: wysłane\n\nPozdrawiamy,\nSklep\n", [("MSG602", 3, 1)]),
    (
        "tr",
        "Merhaba,\n\nSu ısıtıcısı için bir değerlendirme bırakırsanız size ücretsiz yedek filtre göndeririz.\n\nSaygılarımızla,\nMağaza\n",
        [("MSG501", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nLambayı değerlendirdikten sonra hesabınıza 50 TL yüklüyoruz.\n\nSaygılarımızla,\nMağaza\n",
        [("MSG501", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nYorumunuz için teşekkür olarak size uzatılmış garanti veriyoruz.\n\nSaygılarımızla,\nMağaza\n",
        [("MSG501", 3, 1)],
    ),
    ("tr", "Merhaba,\n\nYorum yazan herkes sadakat puanı kazanır.\n\nSaygılarımızla,\nMağaza\n", [("MSG501", 3, 1)]),
    (
        "tr",
        "Merhaba,\n\nYorumunuz karşılığında bir sonraki paketinizde küçük bir sürpriz sizi bekliyor.\n\nSaygılarımızla,\nMağaza\n",
        [("MSG501", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nÜrünü puanlayan müşterilerimiz öncelikli hizmet alır.\n\nSaygılarımızla,\nMağaza\n",
        [("MSG501", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nAmazon'da bir yorum yazın. Ardından size ekstra bir kayış göndereceğiz.\n\nSaygılarımızla,\nMağaza\n",
        [("MSG501", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nPuanınız karşılığında siparişinize ikinci bir kayış ekliyoruz.\n\nSaygılarımızla,\nMağaza\n",
        [("MSG501", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nYorumunuz yayınlandıktan sonra ücretin bir kısmını iade ediyoruz.\n\nSaygılarımızla,\nMağaza\n",
        [("MSG501", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nYorum yapan herkes hediye çeki çekilişine katılır.\n\nSaygılarımızla,\nMağaza\n",
        [("MSG501", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nKısa bir not: siparişiniz bu sabah atölyemizden çıktı.\n\nSaygılarımızla,\nMağaza\n",
        [("MSG602", 3, 1)],
    ),
    ("tr", "Merhaba,\n\nGüzel haber, paketiniz size doğru yolda.\n\nSaygılarımızla,\nMağaza\n", [("MSG602", 3, 1)]),
    (
        "tr",
        "Merhaba,\n\nSadece bilginiz olsun diye yazıyoruz: paranız kartınıza geri yattı.\n\nSaygılarımızla,\nMağaza\n",
        [("MSG602", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nSipariş durumu: kargoya verildi\nKargo: Yurtiçi\n\nSaygılarımızla,\nMağaza\n",
        [("MSG602", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nAlışverişiniz için çok teşekkür ederiz! Battaniye size nice sıcak akşamlar getirsin. Umarız beğenirsiniz. Bir şeye ihtiyacınız olursa buradayız.\n\nSaygılarımızla,\nMağaza\n",
        [("MSG603", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nBizi tercih ettiğiniz için teşekkürler. Yeni yılınızı kutlarız. Sorunuz olursa bize yazabilirsiniz.\n\nSaygılarımızla,\nMağaza\n",
        [("MSG603", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nBir inceleme yazarsanız bir sonraki kargonuz bizden.\n\nSaygılarımızla,\nMağaza\n",
        [("MSG501", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nYayınlanan her yorum için hesabınıza 30 TL tanımlıyoruz.\n\nSaygılarımızla,\nMağaza\n",
        [("MSG501", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nMumlarımızı değerlendiren müşterilerimiz bir koku kesesi alır.\n\nSaygılarımızla,\nMağaza\n",
        [("MSG501", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nYorumunuz yayınlandığında aksesuarlarda indirim kazanırsınız.\n\nSaygılarımızla,\nMağaza\n",
        [("MSG501", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nSadece haber vermek istedik: siparişiniz depomuzdan çıktı.\n\nSaygılarımızla,\nMağaza\n",
        [("MSG602", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nGüzel bir haber: mumlarınızın olduğu paket yolda.\n\nSaygılarımızla,\nMağaza\n",
        [("MSG602", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nSiparişiniz paketlendi ve kargoya teslim edildi.\n\nSaygılarımızla,\nMağaza\n",
        [("MSG602", 3, 1)],
    ),
    ("tr", "Merhaba,\n\nDurum: Teslim edildi\n\nSaygılarımızla,\nMağaza\n", [("MSG602", 3, 1)]),
    ("tr", "Merhaba,\n\nSiparişinizin iadesi tamamlandı.\n\nSaygılarımızla,\nMağaza\n", [("MSG602", 3, 1)]),
    (
        "tr",
        "Merhaba,\n\nBizi seçtiğiniz için teşekkür ederiz! Lambanın kış akşamlarınızı aydınlatmasını dileriz. İyi hafta sonları!\n\nSaygılarımızla,\nMağaza\n",
        [("MSG603", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nYorumunuzu paylaşmanız halinde hesabınıza 100 puan eklenecektir.\n\nSaygılarımızla,\nMağaza\n",
        [("MSG501", 3, 1)],
    ),
    (
        "tr",
        "Merhaba,\n\nKargo takibine baktım, paketiniz dün öğlen kapınıza ulaşmış.\n\nSaygılarımızla,\nMağaza\n",
        [("MSG602", 3, 1)],
    ),
    ("tr", "Merhaba,\n\nÖdemeniz kartınıza geri gönderildi.\n\nSaygılarımızla,\nMağaza\n", [("MSG602", 3, 1)]),
    (
        "tr",
        "Merhaba,\n\nSorun çözüldüğüne göre, yorumunuzu güncellemeniz mümkün mü?\n\nSaygılarımızla,\nMağaza\n",
        [("MSG504", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\n電気ケトルのレビューを書いていただけましたら、交換用フィルターを無料でお送りします。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG501", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nライトを評価していただいた後、アカウントに500円分をお付けします。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG501", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nレビューのお礼として、保証期間を延長いたします。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG501", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nレビューを投稿された方全員にポイントを差し上げます。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG501", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nレビューをいただいた方には、次回の荷物にささやかなサプライズを同封します。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG501", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\n商品を評価してくださった方は優先サポートをご利用いただけます。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG501", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nAmazonでレビューをお願いします。その後、追加のストラップをお送りします。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG501", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\n評価と引き換えに、ご注文に二本目のストラップをお付けします。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG501", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nレビュー掲載後、代金の一部をご返金いたします。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG501", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nレビューをくださった方の中から抽選でギフト券が当たります。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG501", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nひとことお知らせです。ご注文の品は今朝、当工房から出荷されました。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG602", 3, 12)],
    ),
    (
        "ja",
        "山田様\n\nうれしいお知らせです。お荷物はお客様のもとへ向かっています。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG602", 3, 12)],
    ),
    (
        "ja",
        "山田様\n\nご返金がカードに戻りましたのでお知らせいたします。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG602", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\n注文ステータス:発送済み\n配送業者:ヤマト運輸\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG602", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nこの度はお買い上げいただき、誠にありがとうございます。ブランケットが心地よい夜をお届けできますように。気に入っていただけますと幸いです。何かございましたら、お気軽にご連絡ください。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG603", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nご注文ありがとうございます。良いお年をお迎えください。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG603", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nレビューを書いてくださったお客様には、次回の送料を無料にいたします。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG501", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nレビュー1件につき、300円分のポイントを差し上げます。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG501", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nキャンドルを評価してくださった方に、香り袋をお送りします。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG501", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nご注文の商品が倉庫を出ましたので、お知らせいたします。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG602", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nキャンドルの入ったお荷物は、ただいま配送中です。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG602", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nご注文の品を梱包し、ヤマト運輸にお渡ししました。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG602", 3, 1)],
    ),
    ("ja", "山田様\n\nステータス:配達完了\n\nよろしくお願いいたします。\nショップ\n", [("MSG602", 3, 1)]),
    (
        "ja",
        "山田様\n\nご注文の返金手続きが完了いたしました。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG602", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\n当店をお選びいただき、ありがとうございます。ランプが冬の夜を明るく照らしますように。よい週末をお過ごしください。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG603", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nご注文ありがとうございます。お客様一人ひとりのご注文が、私たちの大きな励みです。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG603", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\nご注文の毛糸、今朝ポストに投函してきました。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG602", 3, 1)],
    ),
    (
        "ja",
        "山田様\n\n手作りの品を選んでくださって、ありがとうございます。星空の下で素敵な時間をお過ごしください。\n\nよろしくお願いいたします。\nショップ\n",
        [("MSG603", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nSe você deixar uma avaliação da chaleira, enviaremos um refil grátis.\n\nAtenciosamente,\nLoja\n",
        [("MSG501", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nDepois que você avaliar a luminária, creditamos R$ 20 na sua conta.\n\nAtenciosamente,\nLoja\n",
        [("MSG501", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nComo agradecimento pela sua avaliação, você ganha garantia estendida.\n\nAtenciosamente,\nLoja\n",
        [("MSG501", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nTodo cliente que escrever uma avaliação recebe pontos de fidelidade.\n\nAtenciosamente,\nLoja\n",
        [("MSG501", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nPela sua avaliação, uma surpresa vai no seu próximo pacote.\n\nAtenciosamente,\nLoja\n",
        [("MSG501", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nQuem avaliar o produto ganha atendimento prioritário.\n\nAtenciosamente,\nLoja\n",
        [("MSG501", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nDeixe uma avaliação na Amazon. Depois mandamos uma alça extra para você.\n\nAtenciosamente,\nLoja\n",
        [("MSG501", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nEm troca da sua nota, colocamos uma segunda alça no seu pedido.\n\nAtenciosamente,\nLoja\n",
        [("MSG501", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nAssim que sua avaliação estiver publicada, devolvemos parte do valor.\n\nAtenciosamente,\nLoja\n",
        [("MSG501", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nAvaliando o produto você participa do sorteio de um vale-presente.\n\nAtenciosamente,\nLoja\n",
        [("MSG501", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nSó um recado rápido: seu pedido saiu da nossa oficina hoje de manhã.\n\nAtenciosamente,\nLoja\n",
        [("MSG602", 3, 1)],
    ),
    ("pt", "Olá, Ana,\n\nBoa notícia, seu pacote já está a caminho.\n\nAtenciosamente,\nLoja\n", [("MSG602", 3, 1)]),
    (
        "pt",
        "Olá, Ana,\n\nPassando para avisar que o dinheiro já voltou para o seu cartão.\n\nAtenciosamente,\nLoja\n",
        [("MSG602", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nStatus do pedido: enviado\nTransportadora: Correios\n\nAtenciosamente,\nLoja\n",
        [("MSG602", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nMuito obrigado pela sua compra! Que a manta traga muitas noites aconchegantes. Esperamos que goste. Se precisar de algo, estamos à disposição.\n\nAtenciosamente,\nLoja\n",
        [("MSG603", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nObrigada por comprar conosco. Desejamos um feliz Natal para você e sua família. Qualquer dúvida, é só chamar.\n\nAtenciosamente,\nLoja\n",
        [("MSG603", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nSe você escrever uma resenha, o frete da próxima compra fica por nossa conta.\n\nAtenciosamente,\nLoja\n",
        [("MSG501", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nPor cada avaliação publicada, creditamos R$ 15 na sua conta.\n\nAtenciosamente,\nLoja\n",
        [("MSG501", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nClientes que avaliam nossas velas recebem um sachê perfumado.\n\nAtenciosamente,\nLoja\n",
        [("MSG501", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nQuando sua avaliação aparecer, você ganha desconto em acessórios.\n\nAtenciosamente,\nLoja\n",
        [("MSG501", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nSó queríamos avisar que seu pedido já saiu do nosso estoque.\n\nAtenciosamente,\nLoja\n",
        [("MSG602", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nNotícia boa: o pacote com suas velas já está a caminho.\n\nAtenciosamente,\nLoja\n",
        [("MSG602", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nSeu pedido foi embalado e entregue à transportadora.\n\nAtenciosamente,\nLoja\n",
        [("MSG602", 3, 1)],
    ),
    ("pt", "Olá, Ana,\n\nStatus: Entregue\n\nAtenciosamente,\nLoja\n", [("MSG602", 3, 1)]),
    ("pt", "Olá, Ana,\n\nO reembolso do seu pedido foi concluído.\n\nAtenciosamente,\nLoja\n", [("MSG602", 3, 1)]),
    (
        "pt",
        "Olá, Ana,\n\nObrigada por escolher a nossa loja! Esperamos que a luminária ilumine suas noites de inverno. Bom fim de semana!\n\nAtenciosamente,\nLoja\n",
        [("MSG603", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nObrigado pela compra! Clientes como você fazem a nossa semana mais feliz. Tenha um ótimo domingo!\n\nAtenciosamente,\nLoja\n",
        [("MSG603", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nTodo mês sorteamos um vale-compras entre os clientes que avaliam nossos produtos.\n\nAtenciosamente,\nLoja\n",
        [("MSG501", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nCada avaliação publicada vale um número da sorte no nosso sorteio.\n\nAtenciosamente,\nLoja\n",
        [("MSG501", 3, 1)],
    ),
    (
        "pt",
        "Olá, Ana,\n\nQue pena, não sobrou nenhuma caneca azul para o seu pedido. Posso mandar a verde, que é parecida?\n\nAtenciosamente,\nLoja\n",
        [("MSG604", 3, 1)],
    ),
    (
        "ar",
        "مرحبا،\n\nإذا تركت تقييما للغلاية، نرسل لك فلترا إضافيا مجانا.\n\nمع التحية،\nالمتجر\n",
        [("MSG501", 3, 1)],
    ),
    ("ar", "مرحبا،\n\nبعد أن تقيم المصباح، نضيف 20 درهما إلى حسابك.\n\nمع التحية،\nالمتجر\n", [("MSG501", 3, 1)]),
    ("ar", "مرحبا،\n\nكشكر على تقييمك، تحصل على ضمان أطول.\n\nمع التحية،\nالمتجر\n", [("MSG501", 3, 1)]),
    ("ar", "مرحبا،\n\nكل من يكتب مراجعة يحصل على نقاط ولاء.\n\nمع التحية،\nالمتجر\n", [("MSG501", 3, 1)]),
    ("ar", "مرحبا،\n\nمقابل تقييمك، تنتظرك مفاجأة صغيرة في طردك القادم.\n\nمع التحية،\nالمتجر\n", [("MSG501", 3, 1)]),
    ("ar", "مرحبا،\n\nمن يقيم المنتج يحصل على خدمة ذات أولوية.\n\nمع التحية،\nالمتجر\n", [("MSG501", 3, 1)]),
    ("ar", "مرحبا،\n\nاترك تقييما على أمازون. بعدها نرسل لك حزاما إضافيا.\n\nمع التحية،\nالمتجر\n", [("MSG501", 3, 1)]),
    ("ar", "مرحبا،\n\nمقابل تقييمك نضيف حزاما ثانيا إلى طلبك.\n\nمع التحية،\nالمتجر\n", [("MSG501", 3, 1)]),
    ("ar", "مرحبا،\n\nبعد نشر تقييمك نعيد لك جزءا من الثمن.\n\nمع التحية،\nالمتجر\n", [("MSG501", 3, 1)]),
    ("ar", "مرحبا،\n\nبتقييمك للمنتج تدخل السحب على بطاقة هدية.\n\nمع التحية،\nالمتجر\n", [("MSG501", 3, 1)]),
    ("ar", "مرحبا،\n\nمجرد رسالة قصيرة: طلبك غادر ورشتنا صباح اليوم.\n\nمع التحية،\nالمتجر\n", [("MSG602", 3, 1)]),
    ("ar", "مرحبا،\n\nخبر سار، طردك في الطريق إليك.\n\nمع التحية،\nالمتجر\n", [("MSG602", 3, 1)]),
    ("ar", "مرحبا،\n\nنود إعلامك بأن المبلغ عاد إلى بطاقتك.\n\nمع التحية،\nالمتجر\n", [("MSG602", 3, 1)]),
    ("ar", "مرحبا،\n\nحالة الطلب: تم الشحن\nشركة الشحن: أرامكس\n\nمع التحية،\nالمتجر\n", [("MSG602", 3, 1)]),
    (
        "ar",
        "مرحبا،\n\nشكرا جزيلا على شرائك! نتمنى أن تمنحك البطانية أمسيات دافئة كثيرة. نأمل أن تنال إعجابك. إذا احتجت أي شيء فنحن هنا.\n\nمع التحية،\nالمتجر\n",
        [("MSG603", 3, 1)],
    ),
    (
        "ar",
        "مرحبا،\n\nشكرا لتسوقك معنا. كل عام وأنتم بخير. لأي استفسار لا تتردد في التواصل معنا.\n\nمع التحية،\nالمتجر\n",
        [("MSG603", 3, 1)],
    ),
    ("ar", "مرحبا،\n\nمن فضلك أجّل تقييمك إلى ما بعد وصول القطعة البديلة.\n\nمع التحية،\nالمتجر\n", [("MSG503", 3, 1)]),
    ("ar", "مرحبا،\n\nإذا كتبت مراجعة، فالشحن القادم علينا.\n\nمع التحية،\nالمتجر\n", [("MSG501", 3, 1)]),
    ("ar", "مرحبا،\n\nعن كل تقييم منشور نضيف 15 درهما إلى رصيدك.\n\nمع التحية،\nالمتجر\n", [("MSG501", 3, 1)]),
    ("ar", "مرحبا،\n\nالعملاء الذين يقيمون شموعنا يحصلون على كيس معطر.\n\nمع التحية،\nالمتجر\n", [("MSG501", 3, 1)]),
    ("ar", "مرحبا،\n\nعند نشر تقييمك تحصل على خصم على الإكسسوارات.\n\nمع التحية،\nالمتجر\n", [("MSG501", 3, 1)]),
    ("ar", "مرحبا،\n\nنود فقط إخبارك بأن طلبك غادر المستودع.\n\nمع التحية،\nالمتجر\n", [("MSG602", 3, 1)]),
    (
        "ar",
        "مرحبا،\n\nخبر جميل: الطرد الذي يحتوي على شموعك في الطريق إليك.\n\nمع التحية،\nالمتجر\n",
        [("MSG602", 3, 1)],
    ),
    ("ar", "مرحبا،\n\nتم تغليف طلبك وتسليمه لشركة الشحن.\n\nمع التحية،\nالمتجر\n", [("MSG602", 3, 1)]),
    ("ar", "مرحبا،\n\nالحالة: تم التوصيل\n\nمع التحية،\nالمتجر\n", [("MSG602", 3, 1)]),
    ("ar", "مرحبا،\n\nتم استرداد المبلغ الخاص بطلبك.\n\nمع التحية،\nالمتجر\n", [("MSG602", 3, 1)]),
    (
        "ar",
        "مرحبا،\n\nشكرا لاختيارك متجرنا! نتمنى أن يضيء المصباح أمسياتك الشتوية. عطلة نهاية أسبوع سعيدة!\n\nمع التحية،\nالمتجر\n",
        [("MSG603", 3, 1)],
    ),
    (
        "ar",
        "مرحبا،\n\nشكرا على طلبك. يسعدنا أن نكون جزءا من يومك. مع خالص المحبة\n\nمع التحية،\nالمتجر\n",
        [("MSG603", 3, 1)],
    ),
    ("ar", "مرحبا،\n\nهل يمكنك تحديث المراجعة بعد أن استبدلنا القطعة؟\n\nمع التحية،\nالمتجر\n", [("MSG504", 3, 1)]),
]

NEAR_MISSES = [
    (
        "sv",
        "Hej Anna,\n\nVi skickar dig en ersättningslampa i dag. Vi uppskattar också en ärlig recension.\n\nMed vänliga hälsningar,\nButiken\n",
    ),
    ("sv", "Hej Anna,\n\nOm du lämnar en recension hjälper det andra köpare.\n\nMed vänliga hälsningar,\nButiken\n"),
    ("sv", "Hej Anna,\n\nRecensioner hjälper små butiker som vår.\n\nMed vänliga hälsningar,\nButiken\n"),
    (
        "sv",
        "Hej Anna,\n\nVi återbetalar dig eftersom varan var skadad. En recension är välkommen, bra eller dålig.\n\nMed vänliga hälsningar,\nButiken\n",
    ),
    (
        "sv",
        "Hej Anna,\n\nNär ersättningen har kommit fram får du gärna lämna ett ärligt omdöme.\n\nMed vänliga hälsningar,\nButiken\n",
    ),
    ("sv", "Hej Anna,\n\nVarje recension hjälper andra köpare att välja.\n\nMed vänliga hälsningar,\nButiken\n"),
    (
        "sv",
        "Hej Anna,\n\nBara en snabb rad: din beställning lämnade vår verkstad i morse. Tyvärr saknas husnumret i adressen, kan du skicka det?\n\nMed vänliga hälsningar,\nButiken\n",
    ),
    (
        "sv",
        "Hej Anna,\n\nGoda nyheter, ditt paket är på väg. Vilken färg vill du ha på gravyren?\n\nMed vänliga hälsningar,\nButiken\n",
    ),
    (
        "sv",
        "Hej Anna,\n\nPengarna är tillbaka på ditt kort för den skadade muggen, och vi ber om ursäkt för besväret.\n\nMed vänliga hälsningar,\nButiken\n",
    ),
    ("sv", "Hej Anna,\n\nTack för din beställning! Vilken storlek har din säng?\n\nMed vänliga hälsningar,\nButiken\n"),
    ("sv", "Hej Anna,\n\nTack för din beställning! Fakturan finns bifogad.\n\nMed vänliga hälsningar,\nButiken\n"),
    (
        "sv",
        "Hej Anna,\n\nTack för ditt köp! Vi uppskattar en ärlig recension på Amazon.\n\nMed vänliga hälsningar,\nButiken\n",
    ),
    (
        "sv",
        "Hej Anna,\n\nVi uppskattar en ärlig recension på Amazon. Om något är fel, kontakta oss så att vi kan åtgärda det.\n\nMed vänliga hälsningar,\nButiken\n",
    ),
    (
        "sv",
        "Hej Anna,\n\nTack för din fråga. Den nya leveransdagen för din beställning är den 14 mars.\n\nMed vänliga hälsningar,\nButiken\n",
    ),
    (
        "sv",
        "Hej Anna,\n\nRegistrera produkten på tillverkarens webbplats för att aktivera garantin.\n\nMed vänliga hälsningar,\nButiken\n",
    ),
    (
        "sv",
        "Hej Anna,\n\nSkötselråd: tvätta överdraget i 30 grader och låt det lufttorka.\n\nMed vänliga hälsningar,\nButiken\n",
    ),
    (
        "sv",
        "Hej Anna,\n\nOm du skriver en recension hjälper du oss att bli bättre.\n\nMed vänliga hälsningar,\nButiken\n",
    ),
    ("sv", "Hej Anna,\n\nDen som lämnar ett omdöme hjälper andra köpare.\n\nMed vänliga hälsningar,\nButiken\n"),
    (
        "sv",
        "Hej Anna,\n\nVi skickar dig en ny fläkt eftersom den gamla var trasig. Vi läser alla recensioner.\n\nMed vänliga hälsningar,\nButiken\n",
    ),
    (
        "sv",
        "Hej Anna,\n\nDin beställning har lämnat lagret. Tyvärr var en av muggarna sprucken, vi skickar en ny.\n\nMed vänliga hälsningar,\nButiken\n",
    ),
    ("sv", "Hej Anna,\n\nPaketet är på väg. Kan du bekräfta portkoden?\n\nMed vänliga hälsningar,\nButiken\n"),
    (
        "sv",
        "Hej Anna,\n\nTack för din beställning! Vi hoppas att du trivs med lampan. Kan du skicka oss kvittot?\n\nMed vänliga hälsningar,\nButiken\n",
    ),
    (
        "sv",
        "Hej Anna,\n\nTack för ditt köp! Här kommer bruksanvisningen som pdf.\n\nMed vänliga hälsningar,\nButiken\n",
    ),
    (
        "sv",
        "Hej Anna,\n\nTack för att du handlade hos oss! Vi är så glada att du hittade vår lilla ateljé. Vilken färg vill du ha på bandet?\n\nMed vänliga hälsningar,\nButiken\n",
    ),
    (
        "sv",
        "Hej Anna,\n\nAlla ärliga recensioner är välkomna, oavsett om du var nöjd eller inte.\n\nMed vänliga hälsningar,\nButiken\n",
    ),
    ("sv", "Hej Anna,\n\nMed koden ABC123 hämtar du paketet hos ombudet.\n\nMed vänliga hälsningar,\nButiken\n"),
    (
        "pl",
        "Dzień dobry,\n\nWyślemy Panu dziś lampę zastępczą. Będziemy też wdzięczni za szczerą opinię.\n\nPozdrawiamy,\nSklep\n",
    ),
    ("pl", "Dzień dobry,\n\nJeśli wystawi Pan opinię, pomoże to innym kupującym.\n\nPozdrawiamy,\nSklep\n"),
    ("pl", "Dzień dobry,\n\nOpinie pomagają małym sklepom takim jak nasz.\n\nPozdrawiamy,\nSklep\n"),
    (
        "pl",
        "Dzień dobry,\n\nZwracamy Panu pieniądze, ponieważ produkt był uszkodzony. Opinia jest mile widziana, dobra czy zła.\n\nPozdrawiamy,\nSklep\n",
    ),
    ("pl", "Dzień dobry,\n\nGdy dotrze przesyłka zastępcza, prosimy o szczerą opinię.\n\nPozdrawiamy,\nSklep\n"),
    ("pl", "Dzień dobry,\n\nKażda opinia pomaga innym kupującym.\n\nPozdrawiamy,\nSklep\n"),
    (
        "pl",
        "Dzień dobry,\n\nKrótka wiadomość: Pana zamówienie opuściło dziś rano naszą pracownię. Niestety w adresie brakuje numeru mieszkania, czy może go Pan podać?\n\nPozdrawiamy,\nSklep\n",
    ),
    (
        "pl",
        "Dzień dobry,\n\nDobra wiadomość, paczka jest w drodze. Jaki kolor grawerunku Pani wybiera?\n\nPozdrawiamy,\nSklep\n",
    ),
    ("pl", "Dzień dobry,\n\nDziękujemy za zamówienie! Jaki rozmiar ma Pani łóżko?\n\nPozdrawiamy,\nSklep\n"),
    ("pl", "Dzień dobry,\n\nDziękujemy za zamówienie! W załączniku przesyłamy fakturę.\n\nPozdrawiamy,\nSklep\n"),
    (
        "pl",
        "Dzień dobry,\n\nBędziemy wdzięczni za szczerą opinię na Amazon. Jeśli coś jest nie tak, prosimy o kontakt, abyśmy mogli to naprawić.\n\nPozdrawiamy,\nSklep\n",
    ),
    (
        "pl",
        "Dzień dobry,\n\nDziękujemy za pytanie. Nowy termin dostawy Pana zamówienia to 14 marca.\n\nPozdrawiamy,\nSklep\n",
    ),
    (
        "pl",
        "Dzień dobry,\n\nProsimy zarejestrować produkt na stronie producenta, aby aktywować gwarancję.\n\nPozdrawiamy,\nSklep\n",
    ),
    ("pl", "Dzień dobry,\n\nJeśli napisze Pani recenzję, pomoże nam to się rozwijać.\n\nPozdrawiamy,\nSklep\n"),
    ("pl", "Dzień dobry,\n\nKażdy, kto wystawi opinię, pomaga innym kupującym.\n\nPozdrawiamy,\nSklep\n"),
    (
        "pl",
        "Dzień dobry,\n\nWyślemy nowy wentylator, bo stary był uszkodzony. Czytamy wszystkie opinie.\n\nPozdrawiamy,\nSklep\n",
    ),
    (
        "pl",
        "Dzień dobry,\n\nZamówienie zostało wysłane. Niestety jeden kubek był pęknięty, wyślemy nowy.\n\nPozdrawiamy,\nSklep\n",
    ),
    ("pl", "Dzień dobry,\n\nPaczka jest w drodze. Czy może Pan potwierdzić kod do domofonu?\n\nPozdrawiamy,\nSklep\n"),
    (
        "pl",
        "Dzień dobry,\n\nDziękujemy za zamówienie! Mamy nadzieję, że lampa się spodoba. Czy może Pani przesłać paragon?\n\nPozdrawiamy,\nSklep\n",
    ),
    ("pl", "Dzień dobry,\n\nDziękujemy za zakup! W załączniku instrukcja obsługi w PDF.\n\nPozdrawiamy,\nSklep\n"),
    (
        "pl",
        "Dzień dobry,\n\nDziękujemy za zakup! Każde zamówienie sprawia nam ogromną radość. Jaki napis mamy wygrawerować?\n\nPozdrawiamy,\nSklep\n",
    ),
    ("pl", "Dzień dobry,\n\nStatus: oczekuje na Pana odpowiedź\n\nPozdrawiamy,\nSklep\n"),
    (
        "tr",
        "Merhaba,\n\nSize bugün yeni bir lamba gönderiyoruz. Dürüst bir değerlendirmeyi de memnuniyetle karşılarız.\n\nSaygılarımızla,\nMağaza\n",
    ),
    ("tr", "Merhaba,\n\nBir değerlendirme bırakırsanız diğer alıcılara yardımcı olur.\n\nSaygılarımızla,\nMağaza\n"),
    ("tr", "Merhaba,\n\nYorumlar bizim gibi küçük dükkanlara yardımcı olur.\n\nSaygılarımızla,\nMağaza\n"),
    (
        "tr",
        "Merhaba,\n\nÜrün hasarlı geldiği için size iade yapıyoruz. İyi ya da kötü, her yorum memnuniyetle karşılanır.\n\nSaygılarımızla,\nMağaza\n",
    ),
    (
        "tr",
        "Merhaba,\n\nYedek parça elinize ulaştığında dürüst bir yorum bırakabilirsiniz.\n\nSaygılarımızla,\nMağaza\n",
    ),
    ("tr", "Merhaba,\n\nHer yorum diğer alıcılara yardımcı olur.\n\nSaygılarımızla,\nMağaza\n"),
    (
        "tr",
        "Merhaba,\n\nKısa bir not: siparişiniz bu sabah atölyemizden çıktı. Ancak adreste daire numarası eksik, bize iletebilir misiniz?\n\nSaygılarımızla,\nMağaza\n",
    ),
    (
        "tr",
        "Merhaba,\n\nGüzel haber, paketiniz yolda. Gravür için hangi rengi tercih edersiniz?\n\nSaygılarımızla,\nMağaza\n",
    ),
    ("tr", "Merhaba,\n\nSiparişiniz için teşekkürler! Yatağınızın ölçüsü nedir?\n\nSaygılarımızla,\nMağaza\n"),
    ("tr", "Merhaba,\n\nSiparişiniz için teşekkürler! Faturanız ektedir.\n\nSaygılarımızla,\nMağaza\n"),
    (
        "tr",
        "Merhaba,\n\nAmazon'da dürüst bir değerlendirme bizi mutlu eder. Bir sorun varsa, düzeltebilmemiz için bize yazın.\n\nSaygılarımızla,\nMağaza\n",
    ),
    (
        "tr",
        "Merhaba,\n\nSorunuz için teşekkürler. Siparişinizin yeni teslim tarihi 14 Mart.\n\nSaygılarımızla,\nMağaza\n",
    ),
    (
        "tr",
        "Merhaba,\n\nGarantiyi etkinleştirmek için ürünü üreticinin sitesine kaydedin.\n\nSaygılarımızla,\nMağaza\n",
    ),
    ("tr", "Merhaba,\n\nBir inceleme yazarsanız gelişmemize yardımcı olursunuz.\n\nSaygılarımızla,\nMağaza\n"),
    ("tr", "Merhaba,\n\nYorum yazan herkes diğer alıcılara yardımcı olur.\n\nSaygılarımızla,\nMağaza\n"),
    (
        "tr",
        "Merhaba,\n\nEski fan arızalı olduğu için yenisini gönderiyoruz. Tüm yorumları okuyoruz.\n\nSaygılarımızla,\nMağaza\n",
    ),
    (
        "tr",
        "Merhaba,\n\nSiparişiniz gönderildi. Maalesef bir kupa çatlak çıktı, yenisini göndereceğiz.\n\nSaygılarımızla,\nMağaza\n",
    ),
    ("tr", "Merhaba,\n\nPaketiniz yolda. Daire numaranızı teyit edebilir misiniz?\n\nSaygılarımızla,\nMağaza\n"),
    (
        "tr",
        "Merhaba,\n\nSiparişiniz için teşekkürler! Lambayı beğenmenizi umarız. Faturanın fotoğrafını gönderebilir misiniz?\n\nSaygılarımızla,\nMağaza\n",
    ),
    (
        "tr",
        "Merhaba,\n\nAlışverişiniz için teşekkürler! Kullanım kılavuzu ekte PDF olarak.\n\nSaygılarımızla,\nMağaza\n",
    ),
    (
        "tr",
        "Merhaba,\n\nYorumunuzu paylaşmanız halinde diğer alıcılara yardımcı olursunuz.\n\nSaygılarımızla,\nMağaza\n",
    ),
    (
        "ja",
        "山田様\n\n本日、交換品のライトをお送りします。率直なレビューもいただけますと幸いです。\n\nよろしくお願いいたします。\nショップ\n",
    ),
    (
        "ja",
        "山田様\n\nレビューを書いていただけましたら、他のお客様の参考になります。\n\nよろしくお願いいたします。\nショップ\n",
    ),
    ("ja", "山田様\n\nレビューは小さなお店の励みになります。\n\nよろしくお願いいたします。\nショップ\n"),
    (
        "ja",
        "山田様\n\n商品が破損していたため返金いたします。良い評価でも悪い評価でも、レビューは歓迎です。\n\nよろしくお願いいたします。\nショップ\n",
    ),
    (
        "ja",
        "山田様\n\n交換品がお手元に届きましたら、率直なレビューをいただけますと幸いです。\n\nよろしくお願いいたします。\nショップ\n",
    ),
    ("ja", "山田様\n\n一つ一つのレビューが他のお客様の参考になります。\n\nよろしくお願いいたします。\nショップ\n"),
    (
        "ja",
        "山田様\n\nご注文の品は今朝出荷されました。ただ、ご住所に部屋番号がございません。お知らせいただけますか?\n\nよろしくお願いいたします。\nショップ\n",
    ),
    (
        "ja",
        "山田様\n\nご注文ありがとうございます。ベッドのサイズを教えていただけますか?\n\nよろしくお願いいたします。\nショップ\n",
    ),
    ("ja", "山田様\n\nご注文ありがとうございます。請求書を添付いたします。\n\nよろしくお願いいたします。\nショップ\n"),
    (
        "ja",
        "山田様\n\nAmazonでの率直なレビューをいただけますと幸いです。何か問題がございましたら、対応いたしますのでご連絡ください。\n\nよろしくお願いいたします。\nショップ\n",
    ),
    (
        "ja",
        "山田様\n\nお問い合わせありがとうございます。ご注文の新しいお届け予定日は3月14日です。\n\nよろしくお願いいたします。\nショップ\n",
    ),
    (
        "ja",
        "山田様\n\n保証を有効にするため、メーカーのサイトで製品登録をお願いします。\n\nよろしくお願いいたします。\nショップ\n",
    ),
    (
        "ja",
        "山田様\n\nレビューを書いていただけましたら、今後の改善に役立てます。\n\nよろしくお願いいたします。\nショップ\n",
    ),
    ("ja", "山田様\n\nレビューは他のお客様の参考になります。\n\nよろしくお願いいたします。\nショップ\n"),
    (
        "ja",
        "山田様\n\n古い扇風機に不具合があったため、新しいものをお送りします。すべてのレビューを拝読しております。\n\nよろしくお願いいたします。\nショップ\n",
    ),
    (
        "ja",
        "山田様\n\nご注文の品を発送いたしました。ただ、マグカップが一つ割れていたため、新しいものをお送りします。\n\nよろしくお願いいたします。\nショップ\n",
    ),
    (
        "ja",
        "山田様\n\nご注文ありがとうございます。ランプを気に入っていただけますと幸いです。領収書の写真をお送りいただけますか?\n\nよろしくお願いいたします。\nショップ\n",
    ),
    (
        "ja",
        "山田様\n\nご購入ありがとうございます。取扱説明書をPDFで添付いたします。\n\nよろしくお願いいたします。\nショップ\n",
    ),
    (
        "ja",
        "山田様\n\nご注文ありがとうございます。お客様一人ひとりのご注文が、私たちの大きな励みです。刻印の文字をお知らせください。\n\nよろしくお願いいたします。\nショップ\n",
    ),
    ("ja", "山田様\n\n刻印の文字をお送りいただけますと幸いです。\n\nよろしくお願いいたします。\nショップ\n"),
    (
        "pt",
        "Olá, Ana,\n\nEnviaremos uma luminária nova hoje. Também agradecemos uma avaliação sincera.\n\nAtenciosamente,\nLoja\n",
    ),
    ("pt", "Olá, Ana,\n\nSe você deixar uma avaliação, isso ajuda outros compradores.\n\nAtenciosamente,\nLoja\n"),
    ("pt", "Olá, Ana,\n\nAvaliações ajudam pequenas lojas como a nossa.\n\nAtenciosamente,\nLoja\n"),
    (
        "pt",
        "Olá, Ana,\n\nReembolsamos você porque o item chegou danificado. Uma avaliação é bem-vinda, boa ou ruim.\n\nAtenciosamente,\nLoja\n",
    ),
    (
        "pt",
        "Olá, Ana,\n\nQuando a peça de reposição chegar, agradecemos uma avaliação sincera.\n\nAtenciosamente,\nLoja\n",
    ),
    ("pt", "Olá, Ana,\n\nCada avaliação ajuda outros compradores.\n\nAtenciosamente,\nLoja\n"),
    (
        "pt",
        "Olá, Ana,\n\nSó um recado rápido: seu pedido saiu da nossa oficina hoje. Mas falta o número da casa no endereço, pode nos enviar?\n\nAtenciosamente,\nLoja\n",
    ),
    (
        "pt",
        "Olá, Ana,\n\nBoa notícia, seu pacote está a caminho. Qual cor você prefere para a gravação?\n\nAtenciosamente,\nLoja\n",
    ),
    ("pt", "Olá, Ana,\n\nObrigado pelo pedido! Qual é o tamanho da sua cama?\n\nAtenciosamente,\nLoja\n"),
    ("pt", "Olá, Ana,\n\nObrigado pelo pedido! Segue em anexo a nota fiscal.\n\nAtenciosamente,\nLoja\n"),
    (
        "pt",
        "Olá, Ana,\n\nAgradecemos uma avaliação sincera na Amazon. Se algo estiver errado, fale conosco para podermos resolver.\n\nAtenciosamente,\nLoja\n",
    ),
    (
        "pt",
        "Olá, Ana,\n\nObrigado pela pergunta. A nova data de entrega do seu pedido é 14 de março.\n\nAtenciosamente,\nLoja\n",
    ),
    ("pt", "Olá, Ana,\n\nRegistre o produto no site do fabricante para ativar a garantia.\n\nAtenciosamente,\nLoja\n"),
    ("pt", "Olá, Ana,\n\nSe você escrever uma resenha, isso nos ajuda a melhorar.\n\nAtenciosamente,\nLoja\n"),
    ("pt", "Olá, Ana,\n\nQuem deixa uma avaliação ajuda outros compradores.\n\nAtenciosamente,\nLoja\n"),
    (
        "pt",
        "Olá, Ana,\n\nEnviaremos um ventilador novo porque o antigo veio com defeito. Lemos todas as avaliações.\n\nAtenciosamente,\nLoja\n",
    ),
    (
        "pt",
        "Olá, Ana,\n\nSeu pedido foi enviado. Infelizmente uma caneca veio trincada, vamos mandar outra.\n\nAtenciosamente,\nLoja\n",
    ),
    ("pt", "Olá, Ana,\n\nO pacote está a caminho. Pode confirmar o número do apartamento?\n\nAtenciosamente,\nLoja\n"),
    (
        "pt",
        "Olá, Ana,\n\nObrigado pelo pedido! Esperamos que goste da luminária. Pode nos enviar o comprovante?\n\nAtenciosamente,\nLoja\n",
    ),
    ("pt", "Olá, Ana,\n\nObrigado pela compra! Segue o manual em PDF.\n\nAtenciosamente,\nLoja\n"),
    (
        "pt",
        "Olá, Ana,\n\nObrigado pela compra! Clientes como você fazem a nossa semana mais feliz. Qual é o nome para a gravação?\n\nAtenciosamente,\nLoja\n",
    ),
    ("pt", "Olá, Ana,\n\nCada avaliação ajuda outros compradores a escolher.\n\nAtenciosamente,\nLoja\n"),
    ("pt", "Olá, Ana,\n\nNão restou nenhuma pendência no seu pedido.\n\nAtenciosamente,\nLoja\n"),
    ("pt", "Olá, Ana,\n\nToda opinião é bem-vinda, seja elogio ou crítica.\n\nAtenciosamente,\nLoja\n"),
    (
        "pt",
        "Olá, Ana,\n\nObrigado pela sua mensagem. A fábrica atrasou a produção em alguns dias por causa do feriado. A nova previsão de envio é sexta-feira.\n\nAtenciosamente,\nLoja\n",
    ),
    ("ar", "مرحبا،\n\nسنرسل لك مصباحا بديلا اليوم. كما نقدر تقييمك الصادق.\n\nمع التحية،\nالمتجر\n"),
    ("ar", "مرحبا،\n\nإذا تركت تقييما، فهذا يساعد المشترين الآخرين.\n\nمع التحية،\nالمتجر\n"),
    ("ar", "مرحبا،\n\nالتقييمات تساعد المتاجر الصغيرة مثل متجرنا.\n\nمع التحية،\nالمتجر\n"),
    (
        "ar",
        "مرحبا،\n\nنعيد لك المبلغ لأن المنتج وصل تالفا. التقييم مرحب به سواء كان جيدا أو سيئا.\n\nمع التحية،\nالمتجر\n",
    ),
    ("ar", "مرحبا،\n\nعندما تصلك القطعة البديلة، نرحب بتقييمك الصادق.\n\nمع التحية،\nالمتجر\n"),
    ("ar", "مرحبا،\n\nكل تقييم يساعد المشترين الآخرين.\n\nمع التحية،\nالمتجر\n"),
    (
        "ar",
        "مرحبا،\n\nمجرد رسالة قصيرة: طلبك غادر ورشتنا اليوم. لكن رقم الشقة ناقص في العنوان، هل يمكنك إرساله؟\n\nمع التحية،\nالمتجر\n",
    ),
    ("ar", "مرحبا،\n\nشكرا على طلبك! ما مقاس سريرك؟\n\nمع التحية،\nالمتجر\n"),
    ("ar", "مرحبا،\n\nشكرا على طلبك! مرفق الفاتورة.\n\nمع التحية،\nالمتجر\n"),
    ("ar", "مرحبا،\n\nنقدر تقييمك الصادق على أمازون. إذا كان هناك خطأ، تواصل معنا حتى نصلحه.\n\nمع التحية،\nالمتجر\n"),
    ("ar", "مرحبا،\n\nشكرا على سؤالك. موعد التسليم الجديد لطلبك هو 14 مارس.\n\nمع التحية،\nالمتجر\n"),
    ("ar", "مرحبا،\n\nسجل المنتج على موقع الشركة المصنعة لتفعيل الضمان.\n\nمع التحية،\nالمتجر\n"),
    ("ar", "مرحبا،\n\nإذا كتبت مراجعة، فهذا يساعدنا على التحسن.\n\nمع التحية،\nالمتجر\n"),
    ("ar", "مرحبا،\n\nكل من يترك تقييما يساعد المشترين الآخرين.\n\nمع التحية،\nالمتجر\n"),
    ("ar", "مرحبا،\n\nسنرسل لك مروحة جديدة لأن القديمة كانت معطلة. نقرأ جميع التقييمات.\n\nمع التحية،\nالمتجر\n"),
    ("ar", "مرحبا،\n\nتم شحن طلبك. للأسف كان أحد الأكواب مكسورا، وسنرسل كوبا جديدا.\n\nمع التحية،\nالمتجر\n"),
    ("ar", "مرحبا،\n\nطردك في الطريق. هل يمكنك تأكيد رقم الشقة؟\n\nمع التحية،\nالمتجر\n"),
    ("ar", "مرحبا،\n\nشكرا على طلبك! نتمنى أن يعجبك المصباح. هل يمكنك إرسال صورة الإيصال؟\n\nمع التحية،\nالمتجر\n"),
    ("ar", "مرحبا،\n\nشكرا على الشراء! مرفق دليل الاستخدام بصيغة PDF.\n\nمع التحية،\nالمتجر\n"),
    ("ar", "مرحبا،\n\nشكرا على طلبك. يسعدنا أن نكون جزءا من يومك. ما المقاس الذي تفضله؟\n\nمع التحية،\nالمتجر\n"),
    ("ar", "مرحبا،\n\nهل يمكنك تحديث عنوان التوصيل؟\n\nمع التحية،\nالمتجر\n"),
    ("ar", "مرحبا،\n\nرقم الطلب: 123\nالشحن: مجاني\nالإجمالي: 100 درهم\n\nمع التحية،\nالمتجر\n"),
]


@pytest.mark.parametrize(("lang", "body", "expected"), IDEAS)
def test_the_idea_fires_once_at_the_sentence_that_carries_it(
    lang: str, body: str, expected: list[tuple[str, int, int]]
) -> None:
    assert wording(body, lang) == expected


@pytest.mark.parametrize(("lang", "body"), NEAR_MISSES)
def test_the_near_miss_stays_silent(lang: str, body: str) -> None:
    """A replacement and a neutral review request apart, a review that "helps other buyers", a
    refund for damage, a confirmation inside a message that solves a problem or asks, thanks with a
    question or a document, an offer of help next to an honest review request."""
    assert wording(body, lang) == []


def test_the_command_line_reports_each_idea_at_its_line_and_column(tmp_path: Path) -> None:
    assert_cli_positions(IDEAS, tmp_path)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "alla som skriver recension " * 5_000),
        ("pl", "każdy, kto napisze opinię " * 5_000),
        ("pt", "quem avaliar se você deixar uma avaliação " * 5_000),
        ("tr", "yorum yazan herkes kazanır " * 5_000),
        ("ja", "レビューを書いていただけましたら" * 5_000),
        ("ja", "気に入っていただけますと" * 5_000),
        ("ar", "من يقيم إذا كتبت مراجعة " * 5_000),
    ],
)
@pytest.mark.timeout(120)  # a hang guard, not a speed assertion
def test_the_exchange_patterns_stay_linear_on_long_runs(language: str, text: str) -> None:
    """Runs of exchange openers ("everyone who writes a review", "if you leave a review") without
    punctuation must not make a pattern restart at every opener and rescan the run."""
    import msglint

    diags = msglint.lint(text, filename="m.txt", language=language, config={"select": ["MSG5", "MSG6"]})
    assert all(0 <= d.start <= d.end <= len(text) for d in diags)
