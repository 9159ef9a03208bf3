"""MSG403 spelling: offline dictionaries, what is never checked, the word-list disk cache."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from conftest import lint_file, lint_text

from msglint.text.spelling import Speller, iter_words, word_ranks

ORDER = "Regarding your order 123-1234567-1234567: "


def _msg403(text: str, filename: str = "m.txt", **config: object) -> list[tuple[str, int, int]]:
    return [t for t in lint_text(text, filename, select=["MSG403"], **config) if t[0] == "MSG403"]


def _col(text: str, word: str) -> int:
    return text.index(word) + 1


@pytest.mark.parametrize(
    ("lang", "text", "typo"),
    [
        ("en", ORDER + "we need the engraving text for your ring. We will start as soon as we recieve it.", "recieve"),
        (
            "en",
            ORDER + "could you please send us the name you would like engraved? It is definately needed.",
            "definately",
        ),
        (
            "fr",
            "Bonjour, concernant votre commnde 123-1234567-1234567 : nous avons besoin du texte à graver sur votre "
            "bague.",
            "commnde",
        ),
        (
            "de",
            "Hallo, zu Ihrer Bestellung 123-1234567-1234567: Wir benötigen den Gravurtext für Ihren Ring. Die "
            "Rechnug folgt.",
            "Rechnug",
        ),
        (
            "es",
            "Hola, sobre su pedido 123-1234567-1234567: necesitamos el texto del grabado para su anillo. Grasias "
            "por su respuesta.",
            "Grasias",
        ),
        (
            "it",
            "Buongiorno, riguardo al suo ordine 123-1234567-1234567: abbiamo bisogno del testo per l'anello. "
            "Grazzie mille.",
            "Grazzie",
        ),
    ],
)
def test_misspelling_fires_at_its_position(lang: str, text: str, typo: str) -> None:
    assert _msg403(text, language=lang) == [("MSG403", 1, _col(text, typo))]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # contractions, possessives, British spellings, hyphens, names, codes, units, URLs
        (
            "en",
            ORDER + "we'll start once we've received it; don't worry, it's the customers' choice and the customer's "
            "ring.",
        ),
        ("en", ORDER + "the colour is grey, the centre is personalised and the travelling case was cancelled."),
        ("en", ORDER + "the lid is customisable and carefully packed; the handle is washable and the sleeve seamless."),
        (
            "en",
            ORDER + "Sarah from Acme said the SuperGrip handle fits the iPhone case; ASIN B0ABC12345, 10cm, 2 kg, DHL.",
        ),
        (
            "en",
            ORDER + "a well-known follow-up for your pre-order, see https://www.amazon.com/gp/help and {{ "
            "tracking_url }}.",
        ),
        # elisions and hyphenated forms
        (
            "fr",
            "Bonjour, concernant votre commande 123-1234567-1234567 : qu'il s'agisse d'une question, n'hésitez pas, "
            "jusqu'à aujourd'hui l'équipe répond. Pourriez-vous nous écrire ?",
        ),
        (
            "it",
            "Buongiorno, riguardo al suo ordine 123-1234567-1234567: c'è tempo per l'invio dell'ordine "
            "all'indirizzo indicato. Potrebbe indicarci il nome? Un po' di pazienza.",
        ),
        # German compounds (Fugen-s) and capitalised nouns
        (
            "de",
            "Hallo, zu Ihrer Bestellung 123-1234567-1234567: Wir benötigen den Gravurtext, die Lieferadresse und "
            "die Sendungsverfolgung. Gibt's Fragen zur Geschenkverpackung?",
        ),
        # Spanish inflections and enclitic pronouns (the dictionary lists lemmas)
        (
            "es",
            "Hola, sobre su pedido 123-1234567-1234567: necesitamos el texto del grabado. ¿Podría indicarnos el "
            "nombre? Adjuntamos la factura y quedamos atentos.",
        ),
        # English loanwords, nouns from verbs, a signature line of names
        (
            "de",
            "Hallo, zu Ihrer Bestellung 123-1234567-1234567: Die Invoice und die Personalisierung "
            "folgen morgen.\n\nViele Grüße\nTienda Sol",
        ),
        # Spanish imperatives with attached pronouns and their written accent
        (
            "es",
            "Hola, sobre su pedido 123-1234567-1234567: indíquenos el nombre, confírmelo o "
            "indíquenoslo por mensaje. Síganos atentos a su respuesta.",
        ),
        (
            "de",
            "Hallo, zu Ihrer Bestellung 123-1234567-1234567: Wann dürfen wir einen neuen Zustellversuch "
            "vereinbaren? Die Waschanleitung liegt bei.",
        ),
        (
            "it",
            "Buongiorno, riguardo al suo ordine 123-1234567-1234567: potrebbe indicarcela o mandarcelo per messaggio?",
        ),
        ("en", ORDER + "the handle is on backorder; the backordered sleeve ships next week."),
        # Italian compounds and imperative + pronoun
        (
            "it",
            "Buongiorno, riguardo al suo ordine 123-1234567-1234567: il macinacaffè e il bollitore "
            "sono pronti. Seguici per sapere quando partono.",
        ),
    ],
)
def test_ordinary_words_are_silent(lang: str, text: str) -> None:
    assert _msg403(text, language=lang) == [], text


def test_user_words_are_accepted() -> None:
    text = ORDER + "your Grippity handle and the grippity sleeve are ready for engraving now, thanks again."
    assert _msg403(text, language="en") == [("MSG403", 1, _col(text, "grippity"))]
    assert _msg403(text, language="en", words=["Grippity"]) == []


def test_pronoun_rules_do_not_hide_typos() -> None:
    text = "Buongiorno, riguardo al suo ordine 123-1234567-1234567: la spedizione dell'ordinne parte domani."
    assert _msg403(text, language="it") == [("MSG403", 1, _col(text, "dell'ordinne"))]


def test_german_nouns_are_checked_capitalised() -> None:
    text = (
        "Hallo, zu Ihrer Bestellung 123-1234567-1234567: Wir benötigen den Gravurtext. Die Rechnug und der "
        "Lieferschein folgen."
    )
    assert _msg403(text, language="de") == [("MSG403", 1, _col(text, "Rechnug"))]


def test_message_in_another_language_is_checked_in_its_own() -> None:
    # buyer language German, message French: MSG402's business; French words are not misspelt German
    text = (
        "Bonjour, concernant votre commande 123-1234567-1234567 : nous avons besoin du texte à graver sur votre bague."
    )
    assert _msg403(text, language="de") == []


def test_mostly_unknown_text_is_silent() -> None:
    text = "Order 123-1234567-1234567: engraving text?"  # too short to detect; not German words
    assert _msg403(text, marketplace="amazon.de") == []


def test_suggestions_in_message() -> None:
    import msglint

    diags = msglint.lint(
        ORDER + "we will start as soon as we recieve the engraving text from you.",
        "m.txt",
        config={"language": "en", "select": ["MSG403"]},
    )
    assert len(diags) == 1 and "'receive'" in diags[0].message and diags[0].severity == "warning"


def test_html_positions_map_to_source() -> None:
    src = "<p>Hello &amp; welcome,</p>\n<p>" + ORDER + "we will start once we <b>recieve</b> the engraving text.</p>"
    assert _msg403(src, "m.html", language="en") == [("MSG403", 2, src.splitlines()[1].index("recieve") + 1)]


def test_tokens_skipped() -> None:
    words = [w.word for w in iter_words("see example.com, z.B. a@b.de 10cm SKU_1 x/y ok! l’été")]
    assert words == ["see", "ok", "l’été"]


def test_word_list_disk_cache(tmp_path: Path) -> None:
    word_ranks.cache_clear()
    t0 = time.perf_counter()
    cold = word_ranks("en", str(tmp_path))
    t1 = time.perf_counter()
    files = list((tmp_path / "words").iterdir())
    assert len(files) == 1 and files[0].name.startswith("v1-en-en-pyspellchecker")
    word_ranks.cache_clear()
    t2 = time.perf_counter()
    warm = word_ranks("en", str(tmp_path))
    t3 = time.perf_counter()
    assert warm == cold and "receive" in warm and "recieve" not in warm
    assert t3 - t2 < t1 - t0  # reading the cache is faster than parsing the dictionaries
    word_ranks.cache_clear()


def test_unwritable_cache_falls_back_to_memory(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    word_ranks.cache_clear()
    sp = Speller("en", (), str(blocked / "sub"))
    assert sp.available and sp.known("receive") and not sp.known("recieve")
    assert not os.path.isdir(blocked / "sub")
    word_ranks.cache_clear()


def test_no_dictionary_language_is_silent() -> None:
    text = "Dzień dobry, w sprawie zamówienia 123-1234567-1234567 potrzebujemy tekstu do grawerowaniaa."
    assert _msg403(text, language="pl") == []


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("rules/MSG403-spelling/bad-english.txt", [("MSG403", 2, 88)]),
        ("rules/MSG403-spelling/bad-german.txt", [("MSG403", 2, 82)]),
        ("rules/MSG403-spelling/good-english.html", []),
        ("rules/MSG403-spelling/good-french.txt", []),
        ("rules/MSG403-spelling/good-italian.txt", []),
        ("rules/MSG403-spelling/good-spanish.txt", []),
    ],
)
def test_fixtures(path: str, expected: list[tuple[str, int, int]]) -> None:
    assert [t for t in lint_file(path) if t[0] == "MSG403"] == expected


def test_typo_on_a_name_like_line_inside_a_sentence_is_still_found() -> None:
    text = ORDER + "we will start as soon as we recieve the engraving text.\nKind regards\nTienda Sol"
    assert _msg403(text, language="en") == [("MSG403", 1, _col(text, "recieve"))]


def test_names_after_a_name_marker_are_not_checked_in_german() -> None:
    text = (
        "Hallo Frau Schneiderhan, zu Ihrer Bestellung 123-1234567-1234567: Wir benötigen den Gravurtext "
        "für Ihren Ring. Viele Grüße, Ihr Team von Holzwerk Papadopoulos. Die Rechnug liegt bei."
    )
    assert _msg403(text, language="de") == [("MSG403", 1, _col(text, "Rechnug"))]
    # a capitalised noun with a typo elsewhere is still found
    assert _msg403(text.replace("Gravurtext", "Gravurtxet"), language="de") == [
        ("MSG403", 1, _col(text, "Gravurtext")),
        ("MSG403", 1, _col(text, "Rechnug")),
    ]


def test_names_after_an_abbreviated_title() -> None:
    text = ORDER + "Mr. Papadopoulos asked for the engraving text. Mrs. Schneiderhan will recieve it."
    assert _msg403(text, language="en") == [("MSG403", 1, _col(text, "recieve"))]
