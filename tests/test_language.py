"""Language detection (msglint/language.py) and MSG402 language-mismatch."""

from __future__ import annotations

import pytest
from conftest import lint_file, lint_text

from msglint.model.document import parse
from msglint.text.language import CACHE_KEY, detect_language, detection, message_words

SAMPLES = {
    "en": "Hello, regarding your order 123-1234567-1234567: we need the engraving text for your ring. "
    "Could you please send us the name you would like engraved?",
    "fr": "Bonjour, concernant votre commande 123-1234567-1234567 : nous avons besoin du texte à graver "
    "sur votre bague. Pourriez-vous nous indiquer le prénom souhaité ?",
    "de": "Hallo, zu Ihrer Bestellung 123-1234567-1234567: Wir benötigen den Gravurtext für Ihren Ring. "
    "Könnten Sie uns bitte den gewünschten Namen mitteilen?",
    "es": "Hola, sobre su pedido 123-1234567-1234567: necesitamos el texto del grabado para su anillo. "
    "¿Podría indicarnos el nombre que desea?",
    "it": "Buongiorno, riguardo al suo ordine 123-1234567-1234567: abbiamo bisogno del testo "
    "dell'incisione per l'anello. Potrebbe indicarci il nome desiderato?",
    "nl": "Hallo, over uw bestelling 123-1234567-1234567: wij hebben de graveertekst voor uw ring nodig. "
    "Kunt u ons de gewenste naam laten weten?",
    "pl": "Dzień dobry, w sprawie zamówienia 123-1234567-1234567 potrzebujemy tekstu do grawerowania "
    "na pierścionku. Prosimy o podanie imienia.",
    "sv": "Hej, angående din beställning 123-1234567-1234567: vi behöver graveringstexten för din ring. "
    "Kan du skicka oss namnet du vill ha?",
}


@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_detects_each_language(lang: str) -> None:
    cache: dict[str, object] = {}
    assert detect_language(parse(SAMPLES[lang], "m.txt"), cache) == lang
    assert cache[CACHE_KEY] == lang


@pytest.mark.parametrize("lang", ["es", "pl"])
def test_langdetect_stage_is_deterministic(lang: str) -> None:
    # These samples are not decided by stop words: langdetect (random sampling, fixed seed) runs.
    runs = [detection(parse(SAMPLES[lang], "m.txt"), {}) for _ in range(5)]
    assert {r.method for r in runs} == {"langdetect"}
    assert len({r.probabilities for r in runs}) == 1 and runs[0].language == lang


@pytest.mark.parametrize(
    "text",
    [
        "Thanks! Order 123-1234567-1234567",
        "Order 123-1234567-1234567 https://www.amazon.com/gp/your-account/order-details?orderID=123 a@b.example",
        "",
        "{{ greeting }} {{ buyer_name }}, {{ body }} 123-1234567-1234567",
    ],
)
def test_too_little_text_gives_none(text: str) -> None:
    assert detect_language(parse(text, "m.txt"), {}) is None


def test_words_exclude_urls_numbers_codes_and_placeholders() -> None:
    doc = parse("Hi {{ name }}, see https://amazon.com/x and ASIN B0ABC12345, 10cm, SKU_12 now", "m.txt")
    assert message_words(doc) == ["Hi", "see", "and", "ASIN", "now"]


def test_cache_is_shared_and_memoised() -> None:
    doc = parse(SAMPLES["fr"], "m.txt")
    cache: dict[str, object] = {}
    first = detection(doc, cache)
    assert detection(doc, cache) is first and cache[CACHE_KEY] == "fr"


# ---- MSG402 -----------------------------------------------------------------------------------
def _msg402(text: str, filename: str = "m.txt", **config: object) -> list[tuple[str, int, int]]:
    return [t for t in lint_text(text, filename, select=["MSG402"], **config) if t[0] == "MSG402"]


def test_mismatch_points_at_the_first_word() -> None:
    assert _msg402(SAMPLES["fr"], language="en") == [("MSG402", 1, 1)]
    assert _msg402("<p>{{ name }},</p>\n<p>" + SAMPLES["de"] + "</p>", "m.html", marketplace="amazon.fr") == [
        ("MSG402", 2, 4)
    ]


@pytest.mark.parametrize(
    ("lang", "config"),
    [
        ("fr", {"marketplace": "amazon.ca"}),
        ("en", {"marketplace": "amazon.ca"}),
        ("nl", {"marketplace": "amazon.com.be"}),
        ("fr", {"marketplace": "amazon.com.be"}),
        ("de", {"marketplace": "amazon.de"}),
        ("it", {"language": "it"}),
        ("es", {"marketplace": "amazon.com.mx"}),
        ("en", {}),  # nothing known: silent
        ("pl", {"marketplace": "amazon.pl"}),
        ("sv", {"marketplace": "amazon.se"}),
    ],
)
def test_buyer_language_is_silent(lang: str, config: dict[str, object]) -> None:
    assert _msg402(SAMPLES[lang], **config) == []


def test_language_option_overrides_marketplace() -> None:
    assert _msg402(SAMPLES["en"], marketplace="amazon.de", language="en") == []
    assert _msg402(SAMPLES["en"], marketplace="amazon.de") == [("MSG402", 1, 1)]


def test_front_matter_language() -> None:
    src = "---\nlanguage: de\n---\n" + SAMPLES["it"]
    assert _msg402(src) == [("MSG402", 4, 1)]


def test_short_or_undetectable_is_silent() -> None:
    assert _msg402("Thanks for order 123-1234567-1234567!", marketplace="amazon.de") == []
    # a buyer language msglint cannot detect (Korean): no guess
    assert _msg402(SAMPLES["en"], language="ko") == []


def test_bilingual_message_with_the_buyers_language_is_silent() -> None:
    src = SAMPLES["en"] + "\n\n" + SAMPLES["fr"]
    assert _msg402(src, language="fr") == []


def test_subject_counts_as_text() -> None:
    # The subject (doc.fields) is part of the words detection reads.
    doc = parse("Order 123-1234567-1234567", "m.txt")
    doc.fields.append(("subject", SAMPLES["de"], 0))
    assert detect_language(doc, {}) == "de"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("rules/MSG402-language-mismatch/bad-french-for-amazon-com.txt", [("MSG402", 4, 1)]),
        ("rules/MSG402-language-mismatch/bad-english-for-amazon-de.html", [("MSG402", 5, 4)]),
        ("rules/MSG402-language-mismatch/good-french-for-amazon-ca.txt", []),
        ("rules/MSG402-language-mismatch/good-short-for-amazon-de.txt", []),
    ],
)
def test_fixtures(path: str, expected: list[tuple[str, int, int]]) -> None:
    assert lint_file(path) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tienda Sol\n" * 50,  # one name repeated: not six distinct words
        "word " * 300,
        "Donaudampfschiff Kapitänsmütze Abzeichenhersteller Seidenschal Wollmantel Lederstiefel "
        "Holzkiste Messingknopf Silberring Goldkette",  # product words, no function words
    ],
)
def test_names_and_product_lists_are_no_language(text: str) -> None:
    assert detect_language(parse(text, "m.txt"), {}) is None
    assert _msg402(text + " 123-1234567-1234567", language="en") == []


def test_long_text_of_unknown_language_is_searched_in_the_languages_it_shows() -> None:
    """With no buyer language and no detected one, a message is searched in every language; a
    text longer than the detection sample only in those with stop words or script in it (700 KB
    of markup soup was searched in all twelve, #14). A short one keeps all of them."""
    from msglint.core.userpacks import load_packs
    from msglint.text.language import SAMPLE_CHARS, fallback_languages

    available = load_packs().phrase_languages()
    soup = "<p a=b " * (SAMPLE_CHARS // 4)
    assert fallback_languages(parse(soup, "t.txt"), {}, available) == tuple(
        lang
        for lang in available
        if lang == "tr"  # no stop-word list: never ruled out
    )
    mixed = soup + " und der Versand " * 3
    assert fallback_languages(parse(mixed[:SAMPLE_CHARS] + soup, "t.txt"), {}, available) == ("tr",)
    head = "Danke und der Versand, das Paket. ثم " + soup
    got = fallback_languages(parse(head, "t.txt"), {}, available)
    assert {"de", "ar", "tr"} <= set(got) and "ja" not in got and "en" not in got
    short = "<p a=b " * 100
    assert fallback_languages(parse(short, "t.txt"), {}, available) == available


def test_words_of_scripts_without_spaces_count_one_per_two_characters() -> None:
    """Three Japanese phrases (42 characters) are enough text to detect; three Latin words of
    the same letters are not. The kana/CJK pattern is compiled only when a word reaches U+3040
    (#14: ~2 ms of start-up), so words below it, accented Latin included, never count more."""
    from msglint.text.language import detect_words

    ja = detect_words(["ご注文ありがとうございます", "商品は本日発送いたしました", "到着まで今しばらくお待ちください"])
    assert (ja.language, ja.method, ja.words) == ("ja", "langdetect", 3)
    latin = detect_words(["ÄÖÜßäöüéèêàâçñÿ", "Lieferungsbestätigung", "Zustellungsbenachrichtigung"])
    assert (latin.language, latin.method) == (None, "too-short")
