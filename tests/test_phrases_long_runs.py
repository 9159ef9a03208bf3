"""Long glued runs of letters (``xxxx...``, ``abcabc...``) in the prefilter of the phrase
sections: :func:`msglint.text.phrases._shortened` keeps a periodic run as its first period and
``ANCHOR_MAX`` characters more, so the anchors are looked for in a few dozen characters instead
of a megabyte (#14: 1 MB messages of one glued word took 2-2.5 s). Nothing may be lost: every
string up to ``ANCHOR_MAX`` characters of the run is still inside it, and sections find what
they found before beside such a run."""

from __future__ import annotations

import random

import pytest

from msglint.core.packs import load_data, phrase_languages
from msglint.text import phrases
from msglint.text.concepts import lexicon
from msglint.text.phrases import ANCHOR_MAX, _in_runs, _shortened, fold_keep, keep_letters, section


def _sections(lang: str) -> list[phrases.Section]:
    data = load_data(f"lang/{lang}")
    names = sorted(k for k, v in data.items() if isinstance(v, dict) and "match" in v)
    out = [s for n in names if (s := section(lang, n)) is not None]
    lx = lexicon(lang)
    if lx is not None:
        out += list(lx._patterns.values()) + list(lx._excludes.values())
    return out


@pytest.mark.parametrize("lang", phrase_languages())
def test_every_pack_anchor_is_looked_for_in_the_runs(lang: str) -> None:
    """The shipped anchors of letters and digits all fit ``ANCHOR_MAX`` (a longer one would be
    looked for in the whole text: correct, only slower)."""
    seen = 0
    for sec in _sections(lang):
        for key in ("match", "exclude", "unless", "require"):
            if not sec.has(key):
                continue
            for anchor in sec._indexed(key)[2]:
                if anchor.isalnum():
                    seen += 1
                    assert _in_runs(anchor), (lang, anchor)
    assert seen > 0


@pytest.mark.parametrize("seed", range(60))
def test_a_shortened_run_holds_every_short_string_of_the_run(seed: int) -> None:
    rng = random.Random(seed)
    piece = "".join(rng.choice("abcxyz") for _ in range(rng.randrange(1, 90)))
    run = (piece * (6000 // len(piece) + 2))[: rng.randrange(4100, 6000)]
    if rng.random() < 0.3:  # not periodic after all: a different letter somewhere
        i = rng.randrange(len(run))
        run = run[:i] + "q" + run[i + 1 :]
    short = _shortened(run)
    assert run.startswith(short)
    if "q" not in run:
        assert len(short) <= len(piece) + ANCHOR_MAX
    for _ in range(200):
        n = rng.randrange(1, ANCHOR_MAX + 1)
        i = rng.randrange(len(run) - n + 1)
        assert run[i : i + n] in short


def test_short_and_aperiodic_runs_are_kept_whole() -> None:
    assert _shortened("abc" * 100) == "abc" * 100
    rng = random.Random(7)
    aperiodic = "".join(rng.choice("abcdefghij") for _ in range(5000))
    assert _shortened(aperiodic) == aperiodic


@pytest.mark.parametrize("lang", ["en", "de", "fr", "ja"])
def test_sections_match_beside_a_long_run_as_without_it(lang: str) -> None:
    """A message of a few phrases and a 200 kB glued run: each section finds at the phrases
    what it finds in the phrases alone."""
    keep = keep_letters(lang)
    samples = {
        "en": "We have shipped your order. Please leave us a 5-star review! Thank you for your purchase.",
        "de": "Ihre Bestellung wurde versandt. Bitte bewerten Sie uns mit 5 Sternen! Vielen Dank für Ihren Einkauf.",
        "fr": "Votre commande a été expédiée. Merci de nous laisser un avis 5 étoiles ! Merci pour votre achat.",
        "ja": "ご注文の商品は発送されました。レビューをお願いします。お買い上げありがとうございます。",
    }
    text = fold_keep(samples[lang], keep)
    long = text + "\n" + "xyz" * 70_000 + "\n" + text
    found = 0
    for sec in _sections(lang):
        alone = sec.regex("match", text)
        both = sec.regex("match", long)
        want = [m.span() for m in alone.finditer(text)] if alone is not None else []
        got = [m.span() for m in both.finditer(long, 0, len(text))] if both is not None else []
        assert got == want, sec
        found += len(want)
    assert found > 0
