"""Offline spelling (MSG403): word lists, look-up rules per language, tokenising the text.

A language's word list is pyspellchecker's dictionary, plus the words of wordfreq's frequency
list at or above a Zipf frequency (``rules/languages.toml``: modern vocabulary and the
inflected forms pyspellchecker's Spanish list lacks). Parsing those gzipped JSON/msgpack files
costs 0.2-0.6 s per language, so the merged list is cached on disk as plain text, one word a
line in frequency order (the order ranks suggestions), keyed by language, the packages'
versions and the threshold. An unwritable cache folder only costs the parse on every run.

Precision first: a word is accepted when it, its lower-case form, its form without an elided
article (``l'``), a possessive (``'s``) or a British spelling variant is known, when each part
of a hyphenated word is, or (German) when it splits into known words with optional linking
letters (``Sendungsverfolgung`` = ``Sendung`` + ``s`` + ``Verfolgung``). Tokens with digits,
URLs, e-mail addresses, ALL-CAPS and mixed-case names (``SuperGrip``) are never checked.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any, NamedTuple

from msglint.core.diskcache import cache_root, read_bytes, write_atomic
from msglint.text.language import language_info

CACHE_FORMAT = 1
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})
_UNACCENT = str.maketrans("áéíóú", "aeiou")
_TOKEN = re.compile(r"\S+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*['’]?")
#: Tokens that are not language: what is_code_like() refuses, file names, domains, paths, queries.
_SKIP_TOKEN = re.compile(r"\d|@|://|_|^www\.|\w\.\w|[/\\=#&]", re.I)
#: A token, with the word in group 1 when the token is one word with at most three marks of
#: punctuation around it (the common case: "order," "(please" "it?"); such a token has nothing
#: _SKIP_TOKEN looks for. Tokens starting "www." and all others go the slow way (_WORD in the token).
_TOKEN_OR_WORD = re.compile(
    r"(?!(?i:www\.))[(\"'“‘«¿¡*\[]{0,3}([^\W\d_]+(?:['’][^\W\d_]+)*['’]?)[.,;:!?)\"”»\]…]{0,3}(?!\S)|\S+"
)
#: Words this long are looked at the slow way (a token over 200 characters is never checked).
_LONG_WORD = 150
#: What may end a sentence (the next capitalised word is not taken for a name).
_SENTENCE_END = frozenset('.!?:;\n¿¡«»"“”()[]•–—|')
_MIN_LEN = 3
#: Shortest part of a compound: 3-letter fragments ("ung", "ein") would accept misspellings.
_MIN_PART = 4
#: Longer "words" are not split (the search is polynomial in the length; real compounds are shorter).
_MAX_COMPOUND = 40


def _package_dir(name: str) -> Path | None:
    """A package's folder, without importing it (wordfreq's import pulls in regex and ftfy)."""
    try:
        spec = find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _version(dist: str, package: str) -> str:
    """``dist``'s version, from its ``.dist-info`` folder next to ``package`` when there is one.

    importlib.metadata would import email.* (~20-40 ms on every run that checks spelling);
    it is only asked when the folder is not found or not unique.
    """
    folder = _package_dir(package)
    if folder is not None:
        prefix = dist.lower().replace("-", "_") + "-"
        try:
            found = [
                name[len(prefix) : -len(".dist-info")]
                for name in os.listdir(folder.parent)
                if name.endswith(".dist-info") and name.lower().startswith(prefix)
            ]
        except OSError:
            found = []
        if len(found) == 1:
            return found[0]
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return "none"


def _pyspellchecker_words(dictionary: str) -> dict[str, int]:
    folder = _package_dir("spellchecker")
    if folder is None:
        return {}
    path = folder / "resources" / f"{dictionary}.json.gz"
    import gzip
    import json

    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            data: dict[str, int] = json.load(fh)
    except (OSError, ValueError):
        return {}
    return data


def _wordfreq_words(lang: str, min_zipf: float) -> list[str]:
    """wordfreq's words of ``lang`` at or above ``min_zipf``, most frequent first."""
    if min_zipf <= 0:
        return []
    folder = _package_dir("wordfreq")
    if folder is None:
        return []
    path = folder / "data" / f"large_{lang}.msgpack.gz"
    if not path.is_file():
        return []
    try:
        import gzip

        import msgpack

        with gzip.open(path, "rb") as fh:
            data = msgpack.load(fh, raw=False, strict_map_key=False)
    except Exception:  # noqa: BLE001 - a broken optional list must not break linting
        return []
    # cBpack: data[0] is a header, data[i] the words at -i centibels (Zipf = 9 - i/100).
    last = int(round((9.0 - min_zipf) * 100))
    out: list[str] = []
    for bucket in data[1 : last + 2]:
        out.extend(bucket)
    return out


def _build_list(lang: str, info: dict[str, Any]) -> list[str]:
    spell = _pyspellchecker_words(str(info.get("dictionary", "")))
    words = _wordfreq_words(lang, float(info.get("frequency", 0)))
    seen = set(words)
    rest = sorted((w for w in spell if w not in seen), key=lambda w: -spell[w])
    return [w for w in words + rest if w and "\n" not in w]


def _cache_path(lang: str, info: dict[str, Any], cache_dir: str | None) -> Path:
    key = "-".join(
        [
            f"v{CACHE_FORMAT}",
            lang,
            str(info.get("dictionary", "")),
            "pyspellchecker" + _version("pyspellchecker", "spellchecker"),
            "wordfreq" + _version("wordfreq", "wordfreq"),
            f"z{float(info.get('frequency', 0)):g}",
        ]
    )
    return cache_root(cache_dir) / "words" / f"{key}.txt"


class WordList:
    """A language's known words (a frozenset: the fast part) and, built on first use, their ranks.

    Most messages have no unknown word, so the rank table (for ordering suggestions) is only
    built when a suggestion is asked for.
    """

    __slots__ = ("_ordered", "words", "_ranks")

    def __init__(self, ordered: list[str]) -> None:
        words = frozenset(ordered)
        if "" in words:  # an empty line of the cache file is no word (checked on the set: no list copy)
            words -= {""}
            ordered = [w for w in ordered if w]
        self._ordered = ordered
        self.words = words
        self._ranks: dict[str, int] | None = None

    def __contains__(self, word: object) -> bool:
        return word in self.words

    def __len__(self) -> int:
        return len(self.words)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, WordList) and self.words == other.words

    __hash__ = None  # type: ignore[assignment]

    def rank(self, word: str) -> int:
        if self._ranks is None:
            self._ranks = dict(zip(self._ordered, range(len(self._ordered)), strict=True))
        return self._ranks.get(word, len(self._ordered))


@lru_cache(maxsize=16)
def word_ranks(lang: str, cache_dir: str | None = None) -> WordList:
    """Every known word of ``lang`` (lower case), most frequent first, memoised per process."""
    info = language_info().get(lang, {})
    if not info.get("dictionary"):
        return WordList([])
    path = _cache_path(lang, info, cache_dir)
    raw = read_bytes(path)
    if raw is not None:
        # Measured against a marshal'd or pickled frozenset: neither loads clearly faster (the
        # time goes into creating and hashing the strings), and this text keeps the rank order.
        words = raw.decode("utf-8", "replace").split("\n")
    else:
        words = _build_list(lang, info)
        if words:
            write_atomic(path, "\n".join(words).encode("utf-8"))
    return WordList(words)


def has_dictionary(lang: str | None) -> bool:
    return bool(lang and language_info().get(lang, {}).get("dictionary"))


class WordSpan(NamedTuple):  # a NamedTuple: a frozen dataclass costs ~5 ms of import time
    start: int  # offsets in the text given to iter_words
    end: int
    word: str
    sentence_start: bool
    name_line: bool = False  # a short line of capitalised words only: a signature or a name


def iter_words(text: str) -> Iterator[WordSpan]:
    """The words of ``text`` worth checking: not in URLs, e-mail addresses, codes or numbers."""
    names = _NameLines(text)
    for tok in _TOKEN.finditer(text):
        t = tok.group()
        # A token with a dot inside a word ("example.com", "z.B.") is a name or an abbreviation.
        if len(t) > 200 or _SKIP_TOKEN.search(t):
            continue
        for m in _WORD.finditer(t):
            start = tok.start() + m.start()
            yield WordSpan(start, tok.start() + m.end(), m.group(), _starts_sentence(text, start), names(start))


class _NameLines:
    """Which lines are like "Tienda Sol" or "Holzwerk Berger GmbH": a name, not a sentence.

    Each line is looked at once (a word-by-word search for its line would be quadratic on the
    long single-line messages some tools produce).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.start = self.end = -1
        self.flag = False

    def __call__(self, pos: int) -> bool:
        if not (self.start <= pos < self.end):
            text = self.text
            self.start = text.rfind("\n", 0, pos) + 1
            nl = text.find("\n", pos)
            self.end = nl if nl >= 0 else len(text)
            line = text[self.start : self.end]
            self.flag = False
            if len(line) <= 80:
                line = line.strip()
                words = line.split()
                self.flag = 0 < len(words) <= 4 and line[-1:].isalnum() and all(w[:1].isupper() for w in words)
        return self.flag


def _starts_sentence(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\r\u00a0\"'“‘«(*":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


class Speller:
    """Look-ups for one language, with that language's rules from ``rules/languages.toml``."""

    def __init__(self, lang: str, extra_words: tuple[str, ...] = (), cache_dir: str | None = None) -> None:
        self.lang = lang
        info = language_info().get(lang, {})
        self.ranks = word_ranks(lang, cache_dir)
        self.allow = frozenset(w.lower().translate(_APOSTROPHES) for w in (*info.get("allow", ()), *extra_words))
        self.variants: tuple[tuple[str, str], ...] = tuple((a, b) for a, b in info.get("variants", ()))
        self.elisions = tuple(sorted((e.lower() for e in info.get("elisions", ())), key=len, reverse=True))
        self.suffixes = tuple(sorted((s.lower() for s in info.get("suffixes", ())), key=len, reverse=True))
        self.endings: tuple[tuple[str, str], ...] = tuple((a, b) for a, b in info.get("endings", ()))
        self.clitics = tuple(sorted((c.lower() for c in info.get("clitics", ())), key=len, reverse=True))
        self.clitic_stems: tuple[tuple[str, str], ...] = tuple((a, b) for a, b in info.get("clitic-stems", ()))
        self.compounds = bool(info.get("compounds", False))
        self.linking = tuple(sorted(info.get("linking", ()), key=len, reverse=True))
        self.stem_endings = tuple(info.get("compound-stems", ()))
        self.proper_nouns = bool(info.get("proper-nouns", True))
        self._also = tuple(str(x) for x in info.get("also-accept", ()) if x != lang)
        self.name_markers = frozenset(m.lower() for m in info.get("name-markers", ()))
        self._cache_dir = cache_dir
        self._memo: dict[str, bool] = {}
        self._kinds: dict[str, tuple[int, bool, bool, bool]] = {}

    @property
    def available(self) -> bool:
        return bool(self.ranks)

    # ---- look-up ------------------------------------------------------------------------
    def _in_list(self, w: str) -> bool:
        return w in self.ranks or w in self.allow

    def _simple(self, w: str) -> bool:
        if len(w) < _MIN_LEN or self._in_list(w):
            return True
        return any(a in w and self._in_list(w.replace(a, b, 1)) for a, b in self.variants)

    def _affixes(self, w: str) -> bool:
        if self._simple(w):
            return True
        for e in self.elisions:
            if w.startswith(e) and self._simple(w[len(e) :]):
                return True
        for s in self.suffixes:
            if w.endswith(s) and self._simple(w[: -len(s)]):
                return True
        for form, lemma in self.endings:
            if w.endswith(form) and len(w) - len(form) >= _MIN_LEN and self._simple(w[: len(w) - len(form)] + lemma):
                return True
        return False

    def _clitics(self, w: str, depth: int = 0) -> bool:
        """Pronouns attached to a verb (Spanish indíquenoslo = indique + nos + lo, Italian seguici).

        Spanish writes an accent on the stem when a pronoun is attached; it is dropped again.
        """
        if depth >= 2:
            return False
        for c in self.clitics:
            stem = w[: -len(c)]
            if not w.endswith(c) or len(stem) < _MIN_LEN:
                continue
            plain = stem.translate(_UNACCENT)
            if self._affixes(stem) or (plain != stem and self._affixes(plain)) or self._clitics(stem, depth + 1):
                return True
            # Italian drops the infinitive's final -e before a pronoun: indicar(e)+ce+la
            if any(stem.endswith(end) and self._simple(stem + add) for end, add in self.clitic_stems):
                return True
        return False

    def _compound(self, w: str, depth: int = 0) -> bool:
        """``w`` is known words joined, with optional linking letters (German, Dutch)."""
        if depth > 3 or len(w) < 2 * _MIN_PART or len(w) > _MAX_COMPOUND:
            return False
        for i in range(len(w) - _MIN_PART, _MIN_PART - 1, -1):
            head, tail = w[:i], w[i:]
            if not (self._in_list(tail) or self._compound(tail, depth + 1)):
                continue
            if len(head) >= _MIN_PART and (
                self._in_list(head) or any(self._in_list(head + e) for e in self.stem_endings)
            ):
                return True  # Gravur+text, or a verb stem: Zustell(en)+versuch
            for link in self.linking:
                stem = head[: -len(link)]
                if head.endswith(link) and len(stem) >= _MIN_PART and self._in_list(stem):
                    return True
        return False

    def known(self, word: str) -> bool:
        w = word.lower().translate(_APOSTROPHES).strip("'")
        hit = self._memo.get(w)
        if hit is None:
            hit = (
                self._affixes(w) or (bool(self.clitics) and self._clitics(w)) or (self.compounds and self._compound(w))
            )
            if not hit and "-" in w:
                hit = all(self.known(part) for part in w.split("-") if part)
            if not hit and self._also:  # loanwords (German "Invoice", Italian "team")
                hit = any(w in word_ranks(other, self._cache_dir) for other in self._also)
            if len(self._memo) > 200_000:  # a long run over garbage text: keep memory bounded
                self._memo.clear()
            self._memo[w] = hit
        return hit

    def _kind(self, w: str) -> tuple[int, bool, bool, bool]:
        """What the context-free part of :meth:`should_check` says about ``w``, memoised per word.

        (kind, capitalised, name marker, known): kind 0 is never checked, 1 always, 2 (a
        capitalised word) unless its context makes it a name.
        """
        found = self._kinds.get(w)
        if found is None:
            cap = w[:1].isupper()
            if len(w) - w.count("'") - w.count("’") < _MIN_LEN or w.isupper() or not w[1:].islower():
                kind = 0
            else:
                kind = 2 if cap else 1
            if len(self._kinds) > 200_000:  # bounded like _memo
                self._kinds.clear()
            found = self._kinds[w] = (kind, cap, w.lower() in self.name_markers, bool(kind) and self.known(w))
        return found

    def check_text(self, text: str) -> tuple[int, list[tuple[int, int, str]]]:
        """How many words of ``text`` were checked, and the unknown ones as (start, end, word).

        The same words and results as :meth:`words_to_check` + :meth:`known`, without their cost
        per word: most tokens are one word found by a single regex match, the memo of
        :meth:`_kind` answers the look-up, and a word's context (sentence start, name line) is
        only looked at for capitalised words.
        """
        checked = 0
        unknown: list[tuple[int, int, str]] = []
        after_marker = 0
        names: _NameLines | None = None
        proper = self.proper_nouns
        kinds = self._kinds
        for tok in _TOKEN_OR_WORD.finditer(text):
            w = tok.group(1)
            if w is not None and len(w) < _LONG_WORD:
                words: Iterable[tuple[str, int]] = ((w, tok.start(1)),)
            else:
                t = tok.group()
                if len(t) > 200 or _SKIP_TOKEN.search(t):
                    continue
                base = tok.start()
                words = ((m.group(), base + m.start()) for m in _WORD.finditer(t))
            for w, start in words:
                kind, cap, marker, known = kinds.get(w) or self._kind(w)
                if after_marker and cap:
                    after_marker -= 1
                    continue
                after_marker = 2 if marker else 0
                if not kind:
                    continue
                if kind == 2:
                    if names is None:
                        names = _NameLines(text)
                    if names(start) or (proper and not _starts_sentence(text, start)):
                        continue
                checked += 1
                if not known:
                    unknown.append((start, start + len(w), w))
        return checked, unknown

    def should_check(self, span: WordSpan) -> bool:
        """False for words that are names or codes rather than language."""
        w = span.word
        if len(w) - w.count("'") - w.count("’") < _MIN_LEN:
            return False
        if w.isupper():
            return False  # ASIN, DHL, SKU
        if not w[1:].islower():
            return False  # SuperGrip, iPhone, eBay
        if w[0].isupper() and span.name_line:
            return False  # a signature line: "Tienda Sol", "Holzwerk Berger"
        # Sarah, Berlin, Acme inside a sentence are names (not in German: nouns are capitalised).
        return not (w[0].isupper() and self.proper_nouns and not span.sentence_start)

    def words_to_check(self, text: str) -> Iterator[WordSpan]:
        """The words of ``text`` to look up: :func:`iter_words` less names and codes.

        Up to two capitalised words right after a name marker ("Frau", "Herr", "Team", "von")
        are a name, even in German where capitalised words are otherwise checked.
        """
        after_marker = 0
        for span in iter_words(text):
            w = span.word
            if after_marker and w[:1].isupper():  # "Mr. Papadopoulos": the dot is the title's
                after_marker -= 1
                continue
            after_marker = 2 if w.lower() in self.name_markers else 0
            if self.should_check(span):
                yield span

    def suggestions(self, word: str, limit: int = 3) -> list[str]:
        """Known words one edit away, most frequent first (cheap: no edit-distance-2 search)."""
        w = word.lower().translate(_APOSTROPHES)
        if len(w) > 40:
            return []
        letters = "abcdefghijklmnopqrstuvwxyz" + "".join(sorted({c for c in w if c.isalpha() and c > "z"}))
        cands: set[str] = set()
        for i in range(len(w) + 1):
            a, b = w[:i], w[i:]
            if b:
                cands.add(a + b[1:])
                if len(b) > 1:
                    cands.add(a + b[1] + b[0] + b[2:])
                cands.update(a + c + b[1:] for c in letters)
            cands.update(a + c + b for c in letters)
        found = sorted((c for c in cands if c in self.ranks and c != w), key=self.ranks.rank)
        if word[:1].isupper():
            found = [f[:1].upper() + f[1:] for f in found]
        return found[:limit]


@cache
def _speller_cache() -> dict[tuple[str, tuple[str, ...], str | None], Speller]:
    return {}


def speller(lang: str, extra_words: tuple[str, ...] = (), cache_dir: str | None = None) -> Speller:
    """A (process-wide, memoised) Speller for ``lang`` with the user's extra words."""
    key = (lang, extra_words, cache_dir)
    spellers = _speller_cache()
    found = spellers.get(key)
    if found is None:
        found = spellers[key] = Speller(lang, extra_words, cache_dir)
    return found
