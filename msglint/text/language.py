"""Which language a message is written in: deterministic, offline, memoised per document.

Several rules need the message's language (MSG402 compares it with the buyer's, MSG403 picks a
dictionary, MSG404 tells LanguageTool, phrase rules pick their lists), so it is computed once and
kept in the document cache under ``"detected_language"``.

Two stages, on a bounded sample of the text (:data:`SAMPLE_CHARS`). A stop-word count (data in
``rules/languages.toml``) decides clear cases without importing anything: about 0.09 ms of CPU
per message on the benchmark corpus, where it decides 5 messages in 6. Otherwise langdetect
decides (about 3 ms per message), with a fixed seed (its sampling is random) and only the
profiles of the languages we know: loading langdetect's 55 profiles costs about 0.3 s of CPU,
our 13 about 0.03 s (2-core development machine, December 2026). Too little text, or no clear
winner, gives ``None``: callers must then stay silent rather than guess.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from msglint.core.packs import load_data

if TYPE_CHECKING:
    from langdetect.detector_factory import DetectorFactory

    from msglint.model.document import Document

CACHE_KEY = "detected_language"
DETAIL_KEY = "language_detection"

_TOKEN = re.compile(r"\S+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
#: Kana and CJK ideographs: scripts written without spaces between words. Compiled on first
#: use (:func:`_no_space`): Python's compiler walks every code point of these ranges, ~2 ms of a
#: one-file run's start-up (#14), and a word below U+3040 cannot match.
_NO_SPACE = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]"
_NO_SPACE_FROM = "\u3040"


@cache
def _no_space() -> re.Pattern[str]:
    return re.compile(_NO_SPACE)


def _written_without_spaces(word: str) -> bool:
    """``word`` holds kana or a CJK ideograph (its largest character tells when it cannot)."""
    return max(word, default="") >= _NO_SPACE_FROM and _no_space().search(word) is not None


_CODE_LIKE = re.compile(r"\d|@|://|_|^www\.", re.I)


def is_code_like(token: str) -> bool:
    """A whitespace-delimited token that is not language: URL, e-mail, order number, code."""
    return _CODE_LIKE.search(token) is not None


@dataclass(frozen=True, slots=True)
class Detection:
    """What detection found: the language (or None), its probability and the evidence."""

    language: str | None
    probability: float
    letters: int
    words: int
    method: str  # "stopwords" | "langdetect" | "too-short" | "unclear"
    probabilities: tuple[tuple[str, float], ...] = ()

    def probability_of(self, lang: str) -> float:
        return dict(self.probabilities).get(lang, 0.0)


def settings() -> dict[str, Any]:
    """``[detection]`` of ``rules/languages.toml`` (read through the packs' per-file cache)."""
    data: dict[str, Any] = load_data("languages").get("detection", {})
    return data


def language_info() -> dict[str, dict[str, Any]]:
    """Per-language data of ``rules/languages.toml`` (name, stop words, dictionary...)."""
    data: dict[str, dict[str, Any]] = load_data("languages").get("languages", {})
    return data


def language_name(code: str) -> str:
    return str(language_info().get(code, {}).get("name", code))


def detectable() -> frozenset[str]:
    """Languages detection can return (and so can tell apart)."""
    return frozenset(settings().get("profiles", ()))


#: The stop-word sets and, for each stop word, the languages that have it; with the
#: ``languages.toml`` data they were built from (rebuilt when the file, hence its parsed data,
#: changes).
_STOPWORDS: list[tuple[Any, dict[str, frozenset[str]], dict[str, tuple[str, ...]]]] = []


def _stopword_tables() -> tuple[dict[str, frozenset[str]], dict[str, tuple[str, ...]]]:
    data = load_data("languages")
    if _STOPWORDS and _STOPWORDS[0][0] is data:
        return _STOPWORDS[0][1], _STOPWORDS[0][2]
    built = {
        lang: frozenset(w.lower() for w in info.get("stopwords", ()))
        for lang, info in language_info().items()
        if info.get("stopwords") and lang in detectable()
    }
    index: dict[str, list[str]] = {}
    for lang, stops in built.items():
        for w in stops:
            index.setdefault(w, []).append(lang)
    _STOPWORDS[:] = [(data, built, {w: tuple(langs) for w, langs in index.items()})]
    return _STOPWORDS[0][1], _STOPWORDS[0][2]


def _stopwords() -> dict[str, frozenset[str]]:
    return _stopword_tables()[0]


#: Detection reads a bounded sample of the text: a message is a few kB, and the language of a
#: larger input is plain from its first 20,000 characters (a 1 MB input spent 0.3 s here).
SAMPLE_CHARS = 20_000


#: A whole whitespace-delimited token that :func:`is_code_like` refuses: found from the token's
#: start only (one look at each token), so the words of a text come from two scans in C instead
#: of two regex calls per token in Python.
_CODE_TOKEN = re.compile(r"(?<!\S)(?:(?=\S*?(?:\d|@|://|_))\S+|(?i:www\.)\S*)")


def message_words(doc: Document, limit: int = SAMPLE_CHARS) -> list[str]:
    """The words of the visible text and text fields (subject), without URLs, codes, numbers;
    from the first ``limit`` characters of each."""
    words: list[str] = []
    for part in (doc.text, *(value for _, value, _ in doc.fields)):
        words.extend(text_words(part[:limit]))
    return words


def text_words(text: str) -> list[str]:
    """The words of ``text`` outside code-like tokens: for each whitespace-delimited token that
    is not code-like, the ``_WORD`` matches in it."""
    if any(c in text for c in "0123456789@_:") or "www." in text.lower() or not text.isascii():
        text = _CODE_TOKEN.sub(" ", text)
    return _WORD.findall(text)


def _by_stopwords(words: list[str], lowered: Counter[str] | None = None) -> tuple[str | None, float]:
    """The language whose stop words clearly dominate ``words``, and its share of them.

    ``lowered``: the words in lower case, counted. Each distinct word is looked up once in an
    index of every language's stop words (not once per language and occurrence)."""
    cfg = settings()
    stopwords, index = _stopword_tables()
    counts: dict[str, int] = dict.fromkeys(stopwords, 0)
    for w, n in (lowered if lowered is not None else Counter(map(str.lower, words))).items():
        for lang in index.get(w, ()):
            counts[lang] += n
    if not counts:
        return None, 0.0
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    best, hits = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    share = hits / max(len(words), 1)
    if (
        hits >= int(cfg.get("stopword-min-hits", 6))
        and share >= float(cfg.get("stopword-min-share", 0.25))
        and hits >= float(cfg.get("stopword-ratio", 4.0)) * max(second, 0.5)
    ):
        return best, share
    return None, share


def _factory() -> DetectorFactory:
    cfg = settings()
    return _factory_for(tuple(cfg.get("profiles", ())), int(cfg.get("seed", 0)))


@cache
def _factory_for(names: tuple[str, ...], seed: int) -> DetectorFactory:
    """langdetect's detector for these profiles (its own data files, loaded once per set)."""
    import json
    import os

    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
    from langdetect.utils.lang_profile import LangProfile

    factory = DetectorFactory()
    profiles = [p for p in names if os.path.isfile(os.path.join(PROFILES_DIRECTORY, p))]
    for index, name in enumerate(profiles):
        with open(os.path.join(PROFILES_DIRECTORY, name), encoding="utf-8") as fh:
            factory.add_profile(LangProfile(**json.load(fh)), index, len(profiles))
    factory.seed = seed  # langdetect samples at random: fix it
    return factory


def _by_langdetect(text: str) -> list[tuple[str, float]]:
    from langdetect.lang_detect_exception import LangDetectException

    factory = _factory()
    if len(factory.langlist) < 2:
        return []
    detector = factory.create()
    detector.append(text[:3000])  # plenty to tell a language; langdetect's cost grows with it
    try:
        return [(str(p.lang), float(p.prob)) for p in detector.get_probabilities()]
    except LangDetectException:  # no usable features in the text
        return []


def detect_words(words: list[str]) -> Detection:
    """Detect the language of ``words`` (already cleaned of URLs, numbers and codes)."""
    cfg = settings()
    letters = sum(len(w) for w in words)
    # Scripts written without spaces (Japanese, Chinese): a "word" is a whole phrase; count
    # one word per two characters of it, so that a Japanese message is not "too short".
    lowered = Counter(map(str.lower, words))
    distinct = sum(max(1, len(w) // 2) if _written_without_spaces(w) else 1 for w in lowered)
    # Distinct words: "Tienda Sol" repeated on every line is no more text than once.
    if letters < int(cfg.get("min-letters", 40)) or distinct < int(cfg.get("min-words", 6)):
        return Detection(None, 0.0, letters, len(words), "too-short")
    lang, share = _by_stopwords(words, lowered)
    if lang is not None:
        return Detection(lang, 1.0, letters, len(words), "stopwords", ((lang, 1.0),))
    probs = _by_langdetect(" ".join(words))
    if probs and probs[0][1] >= float(cfg.get("min-probability", 0.9)):
        top = probs[0][0]
        # Real text uses its language's function words; a list of names or product words does
        # not, and langdetect then guesses from letter patterns alone.
        stops = _stopwords().get(top)
        need = int(cfg.get("langdetect-min-stopwords", 2))
        if stops is None or sum(n for w, n in lowered.items() if w in stops) >= need:
            return Detection(top, probs[0][1], letters, len(words), "langdetect", tuple(probs))
    return Detection(None, probs[0][1] if probs else 0.0, letters, len(words), "unclear", tuple(probs))


def detection(doc: Document, cache: dict[str, Any]) -> Detection:
    """The full detection result for ``doc``, memoised in ``cache``."""
    found = cache.get(DETAIL_KEY)
    if not isinstance(found, Detection):
        found = detect_words(message_words(doc))
        cache[DETAIL_KEY] = found
        cache[CACHE_KEY] = found.language
    return found


def detect_language(doc: Document, cache: dict[str, Any]) -> str | None:
    """ISO 639-1 code of the message's language, or None when there is too little text to tell.

    Memoised in ``cache["detected_language"]`` (the per-document cache every rule shares).
    """
    if CACHE_KEY in cache and DETAIL_KEY in cache:
        value: str | None = cache[CACHE_KEY]
        return value
    return detection(doc, cache).language


def message_language(doc: Document, cache: dict[str, Any], buyer: tuple[str, ...]) -> str | None:
    """The language the message's words are in, for picking a dictionary or a phrase list.

    The detected language when detection is sure (a message in the wrong language is MSG402's
    business; checking its words against the buyer's dictionary would flag every word), else
    the buyer's language when there is exactly one.
    """
    detected = detect_language(doc, cache)
    if detected is not None:
        return detected
    if len(buyer) == 1:
        return buyer[0]
    return None


__all__ = [
    "CACHE_KEY",
    "Detection",
    "detect_language",
    "detected_language",
    "detect_words",
    "detection",
    "fallback_languages",
    "language_info",
    "language_name",
    "message_language",
    "message_words",
]


#: Scripts that tell a language without stop words (the languages whose lists are empty);
#: compiled when first asked for (:func:`_script_of`: a text longer than the sample), not at
#: import (~2 ms of start-up, #14).
_SCRIPT_OF = {
    "ar": r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]",
    "ja": r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]",
}


@cache
def _script_of(lang: str) -> re.Pattern[str]:
    return re.compile(_SCRIPT_OF[lang])


def fallback_languages(doc: Document, cache: dict[str, Any], available: tuple[str, ...]) -> tuple[str, ...]:
    """The languages whose phrases and concepts are searched when the message's language is
    unknown (no buyer language, detection unclear): all of ``available`` for a message no longer
    than the detection sample (a short or mixed message: any language's rule may apply), and
    for a longer one only those with evidence in the sample: one of their stop words, their
    script (Arabic, Japanese), or no stop-word list to tell by (Turkish: kept). 700 KB of
    markup soup with no word of any language was searched in all twelve: 5-6 s (#14)."""
    text = doc.text
    if len(text) <= SAMPLE_CHARS:
        return available
    key = "language.fallback"
    got = cache.get(key)
    if isinstance(got, tuple) and got[0] == available:
        return tuple(got[1])
    sample = text[:SAMPLE_CHARS]
    stopwords, index = _stopword_tables()
    seen: set[str] = set()
    for w in set(map(str.lower, message_words(doc))):
        seen.update(index.get(w, ()))
    keep = tuple(
        lang
        for lang in available
        if lang in seen
        or (lang in _SCRIPT_OF and _script_of(lang).search(sample) is not None)
        or (lang not in stopwords and lang not in _SCRIPT_OF)
    )
    cache[key] = (available, keep)
    return keep


def detected_language(doc: Document, ctx: Any) -> str | None:
    """:func:`detect_language` for callers holding a check Context (the phrase engine)."""
    return detect_language(doc, ctx.cache)
