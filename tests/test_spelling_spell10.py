"""MSG403 classes of the tenth session (#11), each next to its counter-example:

* Italian compounds (``rare-compounds``): a verb and a noun (portabici, coprisedili) stay words,
  but a "compound" one letter from a plain word is that word misspelt (spedizone = spedi + zone,
  for spedizione), as a loanword one letter from a native word is;
"""

from __future__ import annotations

import pytest
from conftest import lint_text

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
