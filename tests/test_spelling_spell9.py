"""MSG403 false alarms of the tune splits fixed by class in the ninth session, each next to the
typo the class must still catch:

* productive prefixes of product words in Spanish, French and Italian (``superautomática``,
  ``ultraligera``, ``supercompatto``): the rest must be a word as written, accents included;
* Spanish agent nouns of verbs (``enrollador`` <- enrollar) and French adverbs in -ivement
  (``Festivement``), but not -ment after any adjective (``vraiement``);
* Dutch weak participles of loan verbs (``gepickt``), with the ending 't kofschip asks for
  (``gemailt`` and ``gecancelt`` stay errors);
* English two-word trade terms (``combi drill``, ``washi tape``): the first word is a word only
  before its second (``combi`` alone is one letter from comb and combo);
* words plainly missing from a dictionary (German ``Bobbycar``, ``einklipsen``; Italian
  ``pluriball``).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from conftest import lint_text

from msglint.text.spelling import Speller, vocabulary_of


def _msg403(text: str, lang: str) -> list[str]:
    """The words MSG403 flags in ``text`` read as ``lang``."""
    return [text[_offset(text, line, col) :].split()[0].strip(".,;:!?") for code, line, col in _found(text, lang)]


def _found(text: str, lang: str) -> list[tuple[str, int, int]]:
    return [t for t in lint_text(text, "m.txt", select=["MSG403"], language=lang) if t[0] == "MSG403"]


def _offset(text: str, line: int, col: int) -> int:
    lines = text.split("\n")
    return sum(len(x) + 1 for x in lines[: line - 1]) + col - 1


@pytest.mark.parametrize(
    ("lang", "text", "typos"),
    [
        (
            "es",
            "Hola, la cafetera superautomática y el enrollador de manguera del pedido 123-1234567-1234567 "
            "salen hoy; la mochila ultraligera sale mañana con el trabjador de turno.",
            ["trabjador"],
        ),
        # the rest after the prefix is judged as written: without its accent it is no word
        ("es", "Hola, la cafetera superautomatica del pedido 123-1234567-1234567 sale hoy.", ["superautomatica"]),
        (
            "fr",
            "Bonjour, votre commande 123-1234567-1234567 part aujourd'hui avec la version supercompacte, "
            "vraiement.\n\nFestivement,\nL'atelier",
            ["vraiement"],
        ),
        (
            "it",
            "Buongiorno, l'ordine 123-1234567-1234567 parte oggi: il treppiede supercompatto è avvolto nel "
            "pluriball e arriva domanni.",
            ["domanni"],
        ),
        (
            "nl",
            "Hallo, bestelling 123-1234567-1234567 is door ons magazijn gepickt en verpakt; de factuur is gemailt.",
            ["gemailt"],
        ),
        ("nl", "Hallo, bestelling 123-1234567-1234567 is gecancelt en het pakket is gescand.", ["gecancelt"]),
        (
            "en",
            "Hello, the 18 V combi drill and the washi tape from order 123-1234567-1234567 ship today.",
            [],
        ),
        # alone, combi and washi are still typos of comb/combo and wash
        ("en", "Hello, please washi the mug by hand; order 123-1234567-1234567 ships today.", ["washi"]),
        ("en", "Hello, a combi of two colours is possible for order 123-1234567-1234567.", ["combi"]),
        (
            "de",
            "Leider ist das Bobbycar aus Ihrer Bestellung 123-1234567-1234567 ausverkauft. Die neue Klappe "
            "lässt sich ohne Werkzeug einklipsen, die Anleitug liegt bei.",
            ["Anleitug"],
        ),
    ],
)
def test_class_of_false_alarm_passes_and_the_typo_beside_it_is_found(lang: str, text: str, typos: list[str]) -> None:
    assert _msg403(text, lang) == typos


@pytest.mark.parametrize(
    ("lang", "word", "known"),
    [
        ("nl", "gepickt", True),  # picken: pick ends in k, so -t
        ("nl", "gepickd", False),
        ("nl", "gescand", True),  # scannen: n, so -d
        ("nl", "gescant", False),
        ("nl", "gewerkd", False),  # not a loan verb, and the wrong ending
        ("nl", "geleert", False),  # leer is English, but r asks for -d
        ("es", "enrolladora", True),
        ("es", "hiperrealista", True),
        ("fr", "sportivement", True),
        ("fr", "absoluement", False),
        ("it", "ultraleggero", True),
    ],
)
def test_derived_forms(lang: str, word: str, known: bool) -> None:
    assert Speller(lang).known(word) is known


VOCABULARY = Path(__file__).resolve().parent.parent / "rules" / "vocabulary"


@pytest.mark.parametrize("path", sorted(VOCABULARY.glob("*.toml")), ids=lambda p: p.stem)
def test_trade_terms_are_well_formed(path: Path) -> None:
    """A term is two words; its first word is no word alone (else it belongs in ``words``) and
    its second is one."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    terms = [t for group in data.values() for t in group.get("terms", [])]
    plain = Speller(path.stem)
    for term in terms:
        first, second = term.split(" ")
        assert not plain.known(first), term
        assert plain.known(second), term
    assert sum(len(v) for v in vocabulary_of(path.stem).terms.values()) == len(set(terms))
