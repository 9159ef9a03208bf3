"""MSG403 on three shapes of ordinary shop text that are words: a brand before a hyphenated noun
(German "Shimano-Nabe"), a label abbreviation written without its dot ("Artikelnr"), and a Dutch
stress accent ("Eén", "dát"); each with the typo next to it that must still be reported."""

from __future__ import annotations

import pytest
from conftest import lint_text


def _msg403(text: str, language: str) -> list[tuple[str, int, int]]:
    return [t for t in lint_text(text, "m.txt", select=["MSG403"], language=language) if t[0] == "MSG403"]


def _col(text: str, word: str) -> int:
    return text.index(word) + 1


@pytest.mark.parametrize(
    "text",
    [
        "Guten Tag,\nleider ist die Shimano-Nabe aus Ihrer Bestellung 123-1234567-1234567 nicht lieferbar.\n",
        "Guten Tag,\nder Bosch-Akku aus Ihrer Bestellung 123-1234567-1234567 wird morgen ersetzt.\n",
        "Guten Tag,\nTefal-Pfannen reinigen Sie am besten mit warmem Wasser.\n",
    ],
)
def test_german_brand_before_a_hyphenated_noun_is_a_name(text: str) -> None:
    assert _msg403(text, "de") == []


def test_german_brand_rule_needs_a_known_noun_after_the_hyphen() -> None:
    # the part after the hyphen is checked as always, and a brand without a noun after it is a word
    # like any other (the product-name rule decides it)
    text = "Guten Tag,\ndie Shimano-Nabbe aus Ihrer Bestellung 123-1234567-1234567 ist defekt.\n"
    assert _msg403(text, "de") == [("MSG403", 2, 5), ("MSG403", 2, 13)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Guten Tag,\nhier die Daten: Artikelnr AF-300, Bestellnr 123-1234567-1234567.\n"),
        ("nl", "Beste klant,\nuw artikelnr AF-300 bij bestelling 123-1234567-1234567 is verzonden.\n"),
        ("sv", "Hej,\nartikelnr AF-300 i order 123-1234567-1234567 finns i lager igen.\n"),
    ],
)
def test_label_abbreviation_without_its_dot_ends_a_compound(language: str, text: str) -> None:
    assert _msg403(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "typo"),
    [
        ("de", "Guten Tag,\nhier die Daten: Artiklnr AF-300 zu Bestellung 123-1234567-1234567.\n", "Artiklnr"),
        ("nl", "Beste klant,\nde bezorgng van bestelling 123-1234567-1234567 is vertraagd.\n", "bezorgng"),
        ("de", "Guten Tag,\ndie Garantei für Bestellung 123-1234567-1234567 gilt zwei Jahre.\n", "Garantei"),
    ],
)
def test_abbreviation_rule_does_not_split_typos(language: str, text: str, typo: str) -> None:
    assert _msg403(text, language) == [("MSG403", 2, _col(text.split("\n")[1], typo))]


def test_dutch_stress_accents_are_the_word_without_them() -> None:
    text = (
        "Beste Sanne,\nEén vraagje nog over bestelling 123-1234567-1234567: is dát de juiste maat?\n"
        "Wij willen het vóór vrijdag versturen.\n"
    )
    assert _msg403(text, "nl") == []


def test_dutch_stress_accent_does_not_hide_a_typo() -> None:
    text = "Beste Sanne,\nEén vraagje over bestelling 123-1234567-1234567: is de maaat júist?\n"
    assert _msg403(text, "nl") == [("MSG403", 2, _col(text.split("\n")[1], "maaat"))]
