"""MSG403 classes of the tenth session (#11), each next to its counter-example:

* Italian compounds (``rare-compounds``): a verb and a noun (portabici, coprisedili) stay words,
  but a "compound" one letter from a plain word is that word misspelt (spedizone = spedi + zone,
  for spedizione), as a loanword one letter from a native word is;
"""

from __future__ import annotations

import gzip

import pytest
from conftest import lint_text

from msglint.core.packs import packs_dir
from msglint.text import hunspell
from msglint.text.spelling import Speller

IT = "Buongiorno, riguardo al suo ordine 123-1234567-1234567: "


def _flagged(text: str, lang: str) -> list[str]:
    """The words MSG403 flags in ``text`` read as ``lang`` (single-line texts)."""
    return [
        text[col - 1 :].split()[0].strip(".,;:!?")
        for code, _line, col in lint_text(text, "m.txt", select=["MSG403"], language=lang)
        if code == "MSG403"
    ]


@pytest.mark.parametrize(
    ("text", "typos"),
    [
        (IT + "la spedizone parte oggi con il portabici.", ["spedizone"]),
        (IT + "la spedizione parte oggi con il portabici e il coprisedili.", []),
        (IT + "lo scaldabiberon e il macinacaffè sono nella stessa spedizione.", []),
    ],
)
def test_italian_compound_one_letter_from_a_plain_word_is_a_typo(text: str, typos: list[str]) -> None:
    assert _flagged(text, "it") == typos


@pytest.mark.parametrize(
    ("lang", "word", "known"),
    [
        ("it", "spedizone", False),  # spedi + zone, a letter from spedizione
        ("it", "portacoltelli", True),  # porta + coltelli: no plain word a letter away
        ("it", "avvolgitubo", True),
        # where every noun makes compounds they are not compared with their neighbours
        ("de", "Badzubehör", True),  # Badezubehör is a letter away
    ],
)
def test_compounds_and_their_neighbours(lang: str, word: str, known: bool) -> None:
    assert Speller(lang).known(word) is known


def _shipped(name: str, ext: str) -> bytes:
    return gzip.decompress((packs_dir() / "dictionaries" / f"{name}.{ext}.gz").read_bytes())


@pytest.mark.parametrize("name", sorted(hunspell.manifest()))
def test_manifest_case_keys_are_those_of_the_shipped_files(name: str) -> None:
    """``keepcase`` and ``forbidden-capitals`` (scripts/vendor_dictionaries.py) say which
    capitalised words msglint must still look up in lower case: wrong keys would flag words."""
    entry = hunspell.manifest()[name]
    aff, dic = _shipped(name, "aff"), _shipped(name, "dic")
    keep = hunspell.keeps_case(aff, dic)
    assert entry["keepcase"] is keep
    if not keep:
        h = hunspell.load(name)
        assert entry["forbidden-capitals"] == hunspell.forbidden_capitals(aff, dic, h.spell)


def test_flagged_entries_read_flag_types_and_aliases() -> None:
    dic = b"4\napril/AbKc\nMaart/Kc\nmei/Ab\nx\\/y/Kc\n"
    assert hunspell.flagged_entries(b"SET UTF-8\nFLAG long\nKEEPCASE Kc\n", dic, "KEEPCASE") == [
        "april",
        "Maart",
        "x/y",
    ]
    assert hunspell.flagged_entries(b"FLAG num\nKEEPCASE 7\n", b"2\napril/3,7\nmei/17\n", "KEEPCASE") == ["april"]
    aliases = b"KEEPCASE k\nAF 2\nAF ak\nAF b\n"
    assert hunspell.flagged_entries(aliases, b"2\napril/1\nmei/2\n", "KEEPCASE") == ["april"]
    # no such option: nothing is flagged; a capitalised KEEPCASE word keeps no lower-case one
    assert hunspell.flagged_entries(b"SET UTF-8\n", b"1\napril/k\n", "KEEPCASE") == []
    assert not hunspell.keeps_case(b"KEEPCASE k\n", b"1\nHz/k\n")
    assert hunspell.keeps_case(b"KEEPCASE k\n", b"1\nbtw/k\n")


@pytest.mark.parametrize(
    ("lang", "text", "typos"),
    [
        # KEEPCASE: nl_NL refuses "April"; msglint still accepts it opening a sentence
        ("nl", "Hallo, uw bestelling 123-1234567-1234567 is onderweg. April is onze drukste maand.", []),
        ("nl", "Hallo, uw bestelling 123-1234567-1234567 is onderweg. Aprril is onze drukste maand.", ["Aprril"]),
        # de_DE forbids Reichsweite (for Reichweite), reichsweite is an adjective
        ("de", "Hallo, zu Ihrer Bestellung 123-1234567-1234567: Reichsweiten Versand bieten wir an.", []),
        ("de", "Hallo, zu Ihrer Bestellung 123-1234567-1234567: Natürlich kommt das Paket heute.", []),
        ("de", "Hallo, zu Ihrer Bestellung 123-1234567-1234567: Natürlcih kommt das Paket heute.", ["Natürlcih"]),
        ("en", "Hello, your order 123-1234567-1234567 is on its way. Tomorrow it arrives.", []),
        ("en", "Hello, your order 123-1234567-1234567 is on its way. Tommorow it arrives.", ["Tommorow"]),
    ],
)
def test_capitalised_words_opening_a_sentence(lang: str, text: str, typos: list[str]) -> None:
    assert _flagged(text, lang) == typos


@pytest.mark.parametrize(
    ("lang", "word", "known"),
    [
        ("de", "Namasté", True),  # Namaste, English
        ("fr", "Namasté", True),
        ("es", "sérums", True),
        ("fr", "télephone", False),  # téléphone without one accent, not English telephone
        ("es", "Passión", False),  # a letter from pasión
        ("fr", "premièrs", False),  # premiers is French: an accent put on it is a typo
        ("es", "exámen", False),  # an accent on Spanish examen: no English word behind it
        ("de", "fúr", False),  # short words are not compared with their neighbours: left out
    ],
)
def test_english_loanwords_with_an_accent(lang: str, word: str, known: bool) -> None:
    assert Speller(lang).known(word) is known


@pytest.mark.parametrize(
    ("lang", "text", "typos"),
    [
        ("en", "Hello, our autumn teas are here: a spiced chai and a smoky lapsang.", []),
        # no cue: chai is chair misspelt
        ("en", "Hello, the garden chai you ordered left our workshop today.", ["chai"]),
        ("en", "Hello, the garden chair you ordered left our workshop today.", []),
        ("es", "Hola, con su pedido de té le enviamos una muestra de matcha ceremonial.", []),
        ("es", "Hola, la matcha de la mesa se quita con agua y jabón.", ["matcha"]),  # mancha
        ("pl", "Dzień dobry, do herbaty dodaliśmy próbkę matcha w folii bąbelkowej.", []),
    ],
)
def test_trade_words_in_a_message_about_the_trade(lang: str, text: str, typos: list[str]) -> None:
    assert _flagged(text, lang) == typos


def _lines_flagged(text: str, lang: str) -> list[str]:
    lines = text.split("\n")
    return [
        lines[line - 1][col - 1 :].split()[0].strip(".,;:!?")
        for code, line, col in lint_text(text, "m.txt", select=["MSG403"], language=lang)
        if code == "MSG403"
    ]


@pytest.mark.parametrize(
    ("lang", "text", "typos"),
    [
        ("pl", "Dzień dobry,\nzwrot za zamówienie 123-1234567-1234567 jest już w drodze.\n\nPozdro,\nOla", []),
        ("de", "Hallo,\nIhre Bestellung 123-1234567-1234567 ist unterwegs.\n\nGrüßle und bis bald\nAnna", []),
        ("it", "Buongiorno,\nil suo ordine 123-1234567-1234567 è partito.\n\nNamaste,\nGiulia", []),
        # elsewhere they stay checked (Grüßle is a letter from Grüße)
        ("de", "Hallo,\nviele Grüßle aus der Werkstatt: die Bestellung 123-1234567-1234567 ist unterwegs.", ["Grüßle"]),
        ("pl", "Dzień dobry,\nprzesyłamy pozdro i zamówienie 123-1234567-1234567 jest w drodze.", ["pozdro"]),
    ],
)
def test_colloquial_greetings_and_closings_on_their_line(lang: str, text: str, typos: list[str]) -> None:
    assert _lines_flagged(text, lang) == typos
