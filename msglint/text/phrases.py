"""Phrase matching for wording rules: the engine only; every phrase lives in ``rules/phrases``.

Wording rules (review requests, message purpose, sensitive content, opt-out text...) look for
phrases in the visible text of a message, in the buyer's language. The phrases are data, one
file per language, ``rules/lang/<lang>.toml``, one table per rule or phrase family::

    language = "en"

    [MSG501]
    match = ["gift cards?", "free (products?|samples?)"]   # phrases that flag
    exclude = ["no gift card"]      # a match overlapping one of these is dropped
    unless = ["damaged"]            # one of these anywhere in the message: the section is silent
    require = ["reviews?"]          # none of these anywhere in the message: the section is silent

Pattern syntax (kept deliberately small so that non-programmers can add phrases):

* a space matches any run of whitespace, line breaks included (`` ?`` or `` *``: optional
  whitespace, as in ``\\d+ ?%``); since the text of an HTML
  message has its tags removed and its entities decoded, ``gift card`` also matches
  ``gift<br>card``, ``<b>gift</b> card`` and ``gift&nbsp;card``;
* matching ignores case and accents: text and patterns are folded to lower case without
  accents, character by character, so offsets stay those of the text (``évaluation`` matches
  ``Evaluation`` and ``EVALUATION``); typographic apostrophes (’ ʼ ‘ ´) fold to ``'``;
* ``ß``, ``œ`` and ``æ`` in a pattern match both spellings (``straße`` matches ``Strasse``;
  ``cœur`` matches ``coeur``): write the ligature in the pattern;
* every pattern has implicit word boundaries at both ends (``free`` does not match ``freezer``
  or ``carefree``);
* otherwise it is a Python regular expression: ``?``, ``(a|b)``, ``[...]``, ``\\d``...
  Do not use backreferences or named groups (patterns are joined into one alternation), and
  bound every repetition over free text (``[^.!?\\n]{0,60}``, ``(\\w+ ){0,3}``): messages are
  untrusted input. Patterns are validated when first compiled; a bad one raises PackError.

Which languages are searched (:func:`languages_for`): the buyer's languages (``--language``,
front matter, marketplace) plus the detected language of the message when the language
detector has run; when nothing is known, every language that has a phrase file. A section that
a language file lacks is simply not searched in that language.

Speed (a pre-commit hook starts msglint often; compiling every section cost more than the
rest of a one-file run): each pattern has *anchors* (:func:`_anchor`), words one of which every
match contains, folded. For a message, only the patterns whose anchors occur in its folded text
are joined (in file order) into the regex that is compiled (cached per subset) and searched:
a pattern whose anchor is absent cannot match, and an alternation tries its alternatives in
order, so the results are exactly those of the whole section (``tests/test_phrases.py`` checks
it over every fixture and pack example). ``require`` is searched first, ``exclude`` and
``unless`` only once ``match`` has found something; the folded text of a document is built
once and kept in ``ctx.cache``. ``Section.match`` (and the other keys) remain the whole
compiled key.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from msglint.core.diagnostics import Finding
from msglint.core.packs import PackError, load_data, phrase_languages
from msglint.text.scan import finditer as scan_finditer
from msglint.text.scan import search as scan_search

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.core.packs import Packs
    from msglint.model.document import Document

KEYS = ("match", "exclude", "unless", "require")
#: Tables of a language file that hold its concept lexicon, not phrase sections.
CONCEPT_TABLES = ("concept", "concepts")

#: Characters folded specially (one character to one character, so offsets stay valid).
_SPECIAL: dict[str, str] = {
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "\u00b4": "'",
    "`": "'",
    "\u2032": "'",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u00ad": "-",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2007": " ",
    "ı": "i",
    "İ": "i",  # Turkish capital dotted I ("İ".lower() is two characters)
    "ł": "l",
    "ø": "o",
    "đ": "d",
    "ð": "d",
    "þ": "t",
}
#: Ligatures and ß: kept as one character in the text; a pattern containing one matches both.
_LIGATURES: dict[str, str] = {"ß": "ss", "œ": "oe", "æ": "ae"}


class _FoldTable(dict[int, str]):
    """A lazily filled ``str.translate`` table: lower case, no accents, same length. Letters of
    ``keep`` (a language's own letters, e.g. Swedish "åäö") are lower-cased but kept."""

    def __init__(self, keep: str = "") -> None:
        super().__init__()
        self.keep = keep

    def __missing__(self, cp: int) -> str:
        ch = chr(cp)
        low = ch.lower()
        out = low if self.keep and len(low) == 1 and low in self.keep else _fold_char(ch)
        self[cp] = out
        return out


def _fold_char(ch: str) -> str:
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    low = ch.lower()
    if len(low) != 1:  # "İ".lower() is two characters: keep the length
        low = ch
    if low in _SPECIAL:
        return _SPECIAL[low]
    if low in _LIGATURES or low.isascii():
        return low
    decomposed = unicodedata.normalize("NFD", low)
    if len(decomposed) > 1 and all(unicodedata.combining(c) for c in decomposed[1:]):
        return decomposed[0]
    return low


_TABLE = _FoldTable()
_TABLES: dict[str, _FoldTable] = {"": _TABLE}


def _table(keep: str) -> _FoldTable:
    table = _TABLES.get(keep)
    if table is None:
        table = _TABLES[keep] = _FoldTable(keep)
    return table


def keep_letters(language: str | None) -> str:
    """The letters that ``language``'s folding keeps (``keep-letters`` of its file), sorted;
    "" for the default folding (every accent dropped)."""
    if not language:
        return ""
    keep = load_data(f"lang/{language}").get("keep-letters", "")
    if not isinstance(keep, str):
        raise PackError(f"lang/{language}.toml: keep-letters must be a string of letters")
    return "".join(sorted({c for c in keep.lower() if not c.isspace()}))


def fold(text: str, language: str | None = None) -> str:
    """``text`` in lower case without accents, with exactly the same length; with a
    ``language``, the letters its ``keep-letters`` keeps stay as they are (lower-cased)."""
    if language is None:
        return text.translate(_TABLE)
    return text.translate(_table(keep_letters(language)))


def fold_keep(text: str, keep: str) -> str:
    """:func:`fold` with an explicit set of kept letters (see :func:`keep_letters`)."""
    return text.translate(_table(keep))


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    """A phrase found in a message. ``start``/``end`` are SOURCE offsets (for findings);
    ``text_start``/``text_end`` index the searched text (``doc.text`` or the field)."""

    start: int
    end: int
    text: str  # the matched words as written (whitespace runs collapsed to one space)
    language: str
    section: str
    text_start: int
    text_end: int
    field: str | None = None  # None for the body, else the field's name ("subject")


# ---- compiling --------------------------------------------------------------------------------
def _translate(pattern: str, keep: str = "", skip: str = "") -> str:
    """Turn a phrase pattern into a regex on folded text (see the module docstring); ``skip``:
    a character class body of marks that may follow any letter (Arabic harakat)."""
    table = _table(keep)

    def fold(ch: str) -> str:  # noqa: A001 - the folding of this pattern's language
        return ch.translate(table)

    out: list[str] = []
    i, n = 0, len(pattern)
    in_class = False
    while i < n:
        ch = pattern[i]
        if ch == "\\" and i + 1 < n:
            if skip and pattern[i + 1] == "w":
                # a mark is part of its word: '\w* ' must pass the tanween of 'اعتذاراً '
                out.append(rf"\w{skip}" if in_class else rf"[\w{skip}]")
            else:
                out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
                out.append(ch)
            elif ch == " ":
                out.append(r"\s")
            else:
                out.append(fold(ch))
            i += 1
            continue
        if ch == "[":
            in_class = True
            out.append(ch)
            if pattern[i + 1 : i + 2] == "^":
                out.append("^")
                i += 1
            if pattern[i + 1 : i + 2] == "]":  # a literal ']' first in the class
                out.append("]")
                i += 1
        elif ch == " ":
            while i + 1 < n and pattern[i + 1] == " ":
                i += 1
            if pattern[i + 1 : i + 2] in ("?", "*"):  # "a ?b": an optional space
                i += 1
                out.append(r"\s*")
            else:
                out.append(r"\s+")
        else:
            f = fold(ch)
            lit = f"(?:{f}|{_LIGATURES[f]})" if f in _LIGATURES else re.escape(f) if f in "'-" else f
            if skip and f.isalpha():
                # the marks belong to the letter: 'ت?' is '(?:ت[marks]*)?', not 'ت' then '[marks]*?'
                lit = f"(?:{lit}[{skip}]*)" if pattern[i + 1 : i + 2] in ("?", "*", "+", "{") else f"{lit}[{skip}]*"
            out.append(lit)
        i += 1
    return "".join(out)


def _check(p: object, where: str) -> str:
    """The pattern, stripped, if it is a usable one; else PackError naming ``where``."""
    if not isinstance(p, str) or not p.strip():
        raise PackError(f"{where}: every pattern must be a non-empty string, got {p!r}")
    if re.search(r"\\[1-9]|\(\?P[<=]", p):
        raise PackError(f"{where}: pattern {p!r} uses named groups or backreferences")
    return p.strip()


def _source(parts: Sequence[str], boundaries: bool = True) -> str:
    alternation = "(?:" + "|".join(parts) + ")"
    return r"(?<![\w])" + alternation + r"(?![\w])" if boundaries else alternation


def _compile_parts(
    patterns: Sequence[str], parts: Sequence[str], where: str, boundaries: bool = True
) -> re.Pattern[str]:
    """Compile translated ``parts`` (of ``patterns``) into one alternation with word boundaries."""
    try:
        return re.compile(_source(parts, boundaries))
    except re.error:
        for p, rx in zip(patterns, parts, strict=True):  # name the culprit (slow path, bad data only)
            try:
                re.compile(rx)
            except re.error as exc:
                raise PackError(f"{where}: bad pattern {p!r}: {exc}") from None
        raise


def _join(
    patterns: Sequence[str], where: str, keep: str = "", boundaries: bool = True, skip: str = ""
) -> re.Pattern[str] | None:
    """One regex for a list of patterns: an alternation with implicit word boundaries."""
    if not patterns:
        return None
    parts = [f"(?:{_translate(_check(p, where), keep, skip)})" for p in patterns]
    return _compile_parts(patterns, parts, where, boundaries)


#: Tokens of a pattern for :func:`_anchor`: an escape, a character class, a parenthesis or
#: bar, a run of letters (ligatures excluded: they match two spellings), any other character.
_TOKEN = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[()|]|[^\W\d_ßœæ]+|.", re.S)


def _best(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective candidate: longest shortest member, then fewest members."""
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)))


def _parse_anchors(
    tokens: list[str], i: int, depth: int, every: list[frozenset[str]] | None = None
) -> tuple[frozenset[str] | None, int]:
    """Anchors of the alternation starting at ``tokens[i]`` (up to its ``)``) and the index of
    that ``)`` (or ``len(tokens)``). An alternative without a required item gives None. With
    ``every`` and no ``|`` at this level: every required item's anchors are appended to it."""
    n = len(tokens)
    bars = 0
    found: set[str] = set()
    ok = True
    candidates: list[frozenset[str]] = []
    while i < n:
        tok = tokens[i]
        if tok == ")":
            break
        if tok == "|":
            bars += 1
            best = _best(candidates)
            if best is None:
                ok = False
            else:
                found |= best
            candidates = []
            i += 1
        elif tok == "(":
            if depth > 50:
                return None, n
            j = i + 1
            kind = ""
            if j < n and tokens[j] == "?":
                kind = tokens[j + 1] if j + 1 < n else "?"
                j += 2 if kind == ":" else 1
            sub, close = _parse_anchors(tokens, j, depth + 1)
            if close >= n:
                return None, n  # unbalanced: a bad pattern, reported when compiled
            i = close + 1
            after = tokens[i][:1] if i < n else ""
            # a capturing or (?:...) group that must occur; lookarounds are zero width
            if kind in ("", ":") and after not in ("?", "*", "{") and sub is not None:
                candidates.append(sub)
        elif tok[0].isalpha() and tok[0] not in _LIGATURES:
            after = tokens[i + 1][:1] if i + 1 < n else ""
            run = tok[:-1] if after in ("?", "*", "{") else tok  # the last letter is optional
            if run:
                candidates.append(frozenset((run,)))
            i += 1
        else:
            i += 1
    best = _best(candidates)
    if not ok or best is None:
        return None, i
    found |= best
    if every is not None and not bars:
        every.extend(_minimal(c) for c in candidates if c is not best)
    return _minimal(found), i


def _minimal(anchors: set[str] | frozenset[str]) -> frozenset[str]:
    """ "love" is in the text whenever "loved" is: keep the shortest, fewer substring tests."""
    if len(anchors) < 2:
        return frozenset(anchors)
    return frozenset(a for a in anchors if not any(b != a and b in a for b in anchors))


def _anchor(pattern: str, keep: str = "") -> frozenset[str] | None:
    """Literals one of which the FOLDED text must contain for ``pattern`` to match, or None.

    Conservative on purpose. A run of letters written outside character classes, its last
    letter dropped if followed by ``?``, ``*`` or ``{`` (a letter before ``+`` ends the run), is a
    literal of the translated regex, folded exactly as the text is; a group not followed by
    ``?``, ``*`` or ``{`` must occur, so one of its alternatives' anchors must too. Escapes,
    spaces, punctuation, classes, lookarounds and ligatures (which match two spellings) end a
    run; an alternative without such an item, or inline flags and comments, give None.
    """
    sets = _anchor_sets(pattern, keep)
    return sets[0] if sets else None


def _anchor_sets(pattern: str, keep: str = "", shard: str = "") -> tuple[frozenset[str], ...]:
    """:func:`_anchor` first, then the anchors of every other item that a match of ``pattern``
    requires (each set: one of its words is in the text), or () if nothing is required.

    Worked out once per pattern and folding and kept on disk (:class:`_AnchorStore`, in the
    file of ``shard``: the section asking): parsing the anchors of the few hundred patterns a
    short message asks about was the largest single cost of a one-file run after the imports
    (#14)."""
    return _ANCHORS.get(pattern, keep, shard)


def _parse_anchor_sets(pattern: str, keep: str = "") -> tuple[frozenset[str], ...]:
    """:func:`_anchor_sets`, worked out from the pattern (no cache)."""
    if re.search(r"\(\?[a-zA-Z#]", pattern):  # (?i), (?x), (?#...): literals may not mean themselves
        return ()
    # fold() keeps the length and maps no character to a regex metacharacter; escapes are skipped
    tokens = _TOKEN.findall(fold_keep(pattern, keep))
    others: list[frozenset[str]] = []
    anchors, end = _parse_anchors(tokens, 0, 0, others)
    if anchors is None or end != len(tokens):  # a stray ")": a bad pattern
        return ()
    return (anchors, *others)


#: What an anchor is: a run of letters of the folded pattern (see ``_TOKEN``), perhaps shortened.
_ANCHOR_WORD = re.compile(r"[^\W\d_ßœæ]+")
#: Entries an anchor file keeps at most (patterns edited in the data files would grow it without
#: bound); beyond, only those used by the writing run.
_ANCHOR_FILE_MAX = 2_000
_SHARD_NAME = re.compile(r"[^A-Za-z0-9_.-]")


class _AnchorStore:
    """The anchor sets of patterns (:func:`_anchor_sets`) by folding and pattern, remembered in
    the process and in the pack cache, one small file per shard (a section of a language file:
    ``<cache>/packs/anchors-<key>/<language>.<section>.json``), so that a run reads the
    anchors of the sections it asks about and no others.

    The key names this module's file (path, size, modification time), Python's version and its
    Unicode database, so a change of the code or of the folding starts afresh. Nothing read
    from a file is trusted blindly: it is written with a size and SHA-256 header
    (:func:`msglint.core.diskcache.write_verified`; a damaged file is not read at all), parsed
    strictly (a JSON object of strings, else ignored whole), and an entry is used only if each
    of its anchors is a run of letters found in the folded pattern, as every anchor the parser
    gives is; any other entry is worked out again and the file rewritten. Written at exit by a
    process that worked out new entries (concurrent runs: the last one's file stays).
    """

    def __init__(self) -> None:
        self._memo: dict[tuple[str, str, str], tuple[frozenset[str], ...]] = {}
        self._files: dict[str, dict[str, str]] = {}
        self._used: dict[str, set[str]] = {}
        self._new: dict[str, dict[str, str]] = {}
        self._folder: Path | None = None

    def folder(self) -> Path:
        if self._folder is None:
            import hashlib
            import sys

            from msglint.core.diskcache import cache_root

            here = Path(__file__)
            try:
                st = here.stat()
                ident = f"{here.resolve()}|{st.st_size}|{st.st_mtime_ns}"
            except OSError:
                ident = str(here)
            ident += f"|{sys.version}|{unicodedata.unidata_version}"
            self._folder = cache_root() / "packs" / f"anchors-{hashlib.sha1(ident.encode()).hexdigest()[:20]}"
        return self._folder

    def path(self, shard: str) -> Path:
        return self.folder() / f"{_SHARD_NAME.sub('_', shard) or '_'}.json"

    def _load(self, shard: str) -> dict[str, str]:
        got = self._files.get(shard)
        if got is None:
            got = self._files[shard] = self._read(shard)
        return got

    def _read(self, shard: str) -> dict[str, str]:
        """The shard's file as it is on disk now ({} when missing, damaged or of another shape)."""
        import json

        from msglint.core.diskcache import read_verified

        blob = read_verified(self.path(shard))
        if blob is None:
            return {}
        try:
            data = json.loads(blob)
        except ValueError:
            return {}
        if isinstance(data, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
            return data
        return {}

    def get(self, pattern: str, keep: str, shard: str) -> tuple[frozenset[str], ...]:
        # by shard too: a shard's file must learn of every pattern it is asked about, or a
        # damaged file of a section sharing a pattern with another would never be rewritten
        got = self._memo.get((shard, keep, pattern))
        if got is not None:
            return got
        key = f"{keep}\x00{pattern}"
        stored = self._load(shard).get(key)
        sets: tuple[frozenset[str], ...] | None = None
        if stored is not None:
            # ASCII without a backtick folds to its lower case whatever the kept letters
            ascii_folding = pattern.isascii() and "`" not in pattern
            sets = _decode_anchor_sets(stored, pattern.lower() if ascii_folding else fold_keep(pattern, keep))
        if sets is None:
            sets = _parse_anchor_sets(pattern, keep)
            if not self._new:
                import atexit

                atexit.register(self.save)
            self._new.setdefault(shard, {})[key] = ";".join("|".join(sorted(s)) for s in sets)
        self._used.setdefault(shard, set()).add(key)
        self._memo[(shard, keep, pattern)] = sets
        return sets

    def save(self) -> None:
        """Write the files of the shards with new entries (called at exit, and by each worker
        of a process pool as it ends: :func:`save_anchors`). A file is read again first: what
        another process (a pool's other worker, a concurrent run) wrote since this one read it
        is kept, not overwritten."""
        import json

        from msglint.core.diskcache import write_verified

        new, self._new = self._new, {}
        for shard, added in new.items():
            entries = {**self._load(shard), **self._read(shard)}
            if len(entries) + len(added) > _ANCHOR_FILE_MAX:
                used = self._used.get(shard, set())
                entries = {k: v for k, v in entries.items() if k in used}
            entries.update(added)
            self._files[shard] = entries
            text = json.dumps(entries, ensure_ascii=False, sort_keys=True)
            write_verified(self.path(shard), text.encode("utf-8"))
        if new:
            self._sweep()

    def _sweep(self) -> None:
        """Remove the damaged files of shards this run did not read. Which sections a run asks
        about varies (the order in which a combination's concepts are tried), so a damaged file
        may go unread for many runs: it would never be used, but a cache should not keep it.
        Only a run that worked out new entries (a new version, or damage it met) looks."""
        from contextlib import suppress

        from msglint.core.diskcache import read_verified

        try:
            paths = list(self.folder().glob("*.json"))
        except OSError:
            return
        loaded = {self.path(shard) for shard in self._files}
        for path in paths:
            if path not in loaded and read_verified(path) is None:
                with suppress(OSError):
                    path.unlink()


def _decode_anchor_sets(stored: str, folded_pattern: str) -> tuple[frozenset[str], ...] | None:
    """The anchor sets written as ``a|b;c`` (sets by ``;``, words by ``|``), or None when one
    is not a run of letters of ``folded_pattern`` (not what the parser gives: not trusted)."""
    if not stored:
        return ()
    sets: list[frozenset[str]] = []
    for part in stored.split(";"):
        words = part.split("|")
        if not all(_ANCHOR_WORD.fullmatch(w) and w in folded_pattern for w in words):
            return None
        sets.append(frozenset(words))
    return tuple(sets)


_ANCHORS = _AnchorStore()


def save_anchors() -> None:
    """Write the anchor sets this process worked out (:class:`_AnchorStore`) now: a worker of
    a process pool ends without running ``atexit`` hooks (msglint.run.parallel calls this)."""
    _ANCHORS.save()


def required_strings(patterns: Sequence[str], keep: str = "") -> frozenset[str] | None:
    """Strings one of which every match of any of ``patterns`` holds (the first anchor set of
    each, as :meth:`Section.required_words` takes them), or None when a pattern has none."""
    sets = [_anchor_sets(p, keep) for p in patterns]
    return frozenset().union(*(s[0] for s in sets)) if sets and all(sets) else None


_VOCABULARY_FROM = 20_000  # characters: below this, searching the text itself is as cheap
_WORD_RUN = re.compile(r"[^\W_]+")
_vocabularies: dict[int, tuple[str, str]] = {}


#: The longest letters-and-digits anchor looked for in :func:`_searchable`'s runs (longer ones,
#: none in the shipped packs, are looked for in the text itself: :func:`_in_runs`).
ANCHOR_MAX = 64
#: Runs longer than this are shortened when they repeat one piece (:func:`_shortened`).
_LONG_RUN = 4096


def _in_runs(anchor: str) -> bool:
    """True if ``anchor`` is looked for in the runs of :func:`_searchable` (letters and digits,
    at most ``ANCHOR_MAX`` of them), False if in the text itself."""
    return len(anchor) <= ANCHOR_MAX and anchor.isalnum()


def _occurs(anchor: str, within: str, haystack: str) -> bool:
    """``anchor`` occurs in ``haystack`` (``within``: its :func:`_searchable` runs)."""
    return anchor in (within if _in_runs(anchor) else haystack)


def _shortened(run: str) -> str:
    """``run``, or, when it is long and repeats one piece (``xxxx...``, ``abcabc...``), its first
    period and ``ANCHOR_MAX`` characters more: every string of at most ``ANCHOR_MAX``
    characters inside the run is inside that (it occurs again one period earlier, down to the
    first period). A megabyte of one glued word was searched for each of thousands of anchors
    (2.5 s of a 1 MB message, #14)."""
    if len(run) <= _LONG_RUN:
        return run
    head = run[:ANCHOR_MAX]
    period = run.find(head, 1)
    for _ in range(4):  # the first few places the head comes again: a period is one of them
        if not 0 < period <= len(run) // 2:
            break
        if run[period:] == run[: len(run) - period]:
            return run[: period + ANCHOR_MAX]
        period = run.find(head, period + 1)
    return run


def _searchable(haystack: str) -> str:
    """Where to look for a letters-and-digits anchor: the distinct letter-and-digit runs of a
    long ``haystack``, one per line (a run of such characters occurs in the text exactly when it
    occurs within one of its runs), else the text itself.

    The prefilter looks for a few thousand anchors in a text: in a 1 MB message each was a scan
    of the whole megabyte (seconds in all); its vocabulary is a small part of it. Kept for the
    last few texts (a document's texts are searched by every section, one after the other)."""
    if len(haystack) < _VOCABULARY_FROM:
        return haystack
    got = _vocabularies.get(id(haystack))
    if got is not None and got[0] is haystack:
        return got[1]
    vocabulary = "\n".join({_shortened(run) for run in _WORD_RUN.findall(haystack)})
    if len(_vocabularies) >= 8:
        _vocabularies.clear()
    _vocabularies[id(haystack)] = (haystack, vocabulary)
    return vocabulary


_unmarked: dict[tuple[int, str], tuple[str, str]] = {}


def without_marks(haystack: str, skip: str) -> str:
    """``haystack`` without the marks of ``skip`` (a character class body: Arabic harakat),
    the text where the anchors of a section with skip marks are looked for
    (:meth:`Section.unmarked_anchors`). The same string for the last few texts, so that the
    caches by text (:func:`_searchable`, :func:`_grams`) keep working."""
    if not skip:
        return haystack
    key = (id(haystack), skip)
    got = _unmarked.get(key)
    if got is not None and got[0] is haystack:
        return got[1]
    out = re.sub(f"[{skip}]+", "", haystack)
    if len(_unmarked) >= 16:
        _unmarked.clear()
    _unmarked[key] = (haystack, out)
    return out


_grams_cache: dict[int, tuple[str, frozenset[str]]] = {}
#: Letters from the most to the least frequent (English): a gram of rare letters is a selective key.
_FREQUENT = "etaoinsrhldcumfpgwybvkxjqz"


#: Above this many characters of distinct words, a text's anchors are tested one by one (the set
#: of pieces of a megabyte of text without spaces would cost more than it saves).
_GRAMS_UP_TO = 50_000
#: Below this, testing each anchor costs less than cutting the text into pieces (a clause).
_GRAMS_FROM = 400


def _grams(haystack: str, within: str) -> frozenset[str] | None:
    """The three-character strings inside the letter-and-digit runs of ``haystack`` (``within``:
    :func:`_searchable`), or None if ``within`` is shorter than ``_GRAMS_FROM`` or longer than
    ``_GRAMS_UP_TO``: a string of
    letters and digits occurs in it only if each of its three-character pieces is one of them.
    Built once for the last few texts (every section of a language asks about the same text)."""
    if not _GRAMS_FROM <= len(within) <= _GRAMS_UP_TO:
        return None
    got = _grams_cache.get(id(haystack))
    if got is not None and got[0] is haystack:
        return got[1]
    grams = frozenset(w[i : i + 3] for w in set(_WORD_RUN.findall(within)) if len(w) >= 3 for i in range(len(w) - 2))
    if len(_grams_cache) >= 8:
        _grams_cache.clear()
    _grams_cache[id(haystack)] = (haystack, grams)
    return grams


_occurrences: dict[int, tuple[str, dict[str, bool]]] = {}


def _occurrences_in(haystack: str) -> dict[str, bool]:
    """Whether each string asked about occurs in ``haystack`` (see :func:`_all_occur`),
    remembered for the last few texts: the further anchors of many patterns are the same few
    words ("review", "order")."""
    got = _occurrences.get(id(haystack))
    if got is None or got[0] is not haystack:
        if len(_occurrences) >= 8:
            _occurrences.clear()
        got = _occurrences[id(haystack)] = (haystack, {})
    return got[1]


def _all_occur(required: tuple[frozenset[str], ...], seen: dict[str, bool], haystack: str, within: str) -> bool:
    """True if one string of each set of ``required`` occurs in ``haystack`` (letters and digits:
    in ``within``, :func:`_searchable`); ``seen``: :func:`_occurrences_in` of the haystack."""
    for strings in required:
        for b in strings:
            hit = seen.get(b)
            if hit is None:
                hit = seen[b] = _occurs(b, within, haystack)
            if hit:
                break
        else:
            return False
    return True


def _key_gram(anchor: str) -> str:
    """The three-character piece of ``anchor`` (letters, at least three) least likely in a text."""

    def rarity(g: str) -> int:
        return sum(_FREQUENT.index(c) if c in _FREQUENT else len(_FREQUENT) for c in g)

    return max((anchor[i : i + 3] for i in range(len(anchor) - 2)), key=rarity)


#: An index of the anchors of one key: those of letters and digits (three or more) by one of
#: their three-character pieces (:func:`_key_gram`), the pieces, and the other anchors.
_GramIndex = tuple[dict[str, list[str]], frozenset[str], list[str]]

#: Off only in tests, to compare prefiltered results with those of the whole sections.
_PREFILTER = True
_SUBSET_CACHE_MAX = 2048


_Index = tuple[list[str], list[str], dict[str, list[int]], list[int], list[tuple[frozenset[str], ...]]]


@dataclass(frozen=True, slots=True)
class Example:
    """A pattern with the texts it must match and the texts it must not (pack data)."""

    pattern: str
    matches: tuple[str, ...]
    counter: tuple[str, ...]


class Section:
    """The patterns of one section of one language, compiled on demand: most messages contain
    none of the words a pattern requires (its anchor, :func:`_anchor`), so only the patterns
    whose anchors occur in a message are compiled and searched (:meth:`regex`), and the whole
    key is compiled only when needed (:attr:`match`...); ``exclude``/``unless`` only once
    ``match`` has found something."""

    __slots__ = (
        "language",
        "name",
        "keep",
        "boundaries",
        "examples",
        "skip",
        "_raw",
        "_compiled",
        "_index",
        "_subsets",
        "_required",
        "_gram_index",
        "_shard",
    )

    def __init__(
        self,
        language: str,
        name: str,
        raw: dict[str, Any],
        keep: str = "",
        boundaries: bool = True,
        examples: tuple[Example, ...] = (),
        skip: str = "",
    ) -> None:
        self.language = language
        self.name = name
        #: the letters this language's folding keeps (:func:`keep_letters`)
        self.keep = keep
        #: False: patterns match inside words too (URL fragments)
        self.boundaries = boundaries
        #: the patterns that carry examples, with them
        self.examples = examples
        #: marks that may follow any letter (``skip-marks``: a character class body); such a
        #: section's anchors are looked for in the text without those marks (its words are not
        #: substrings of the text itself: :meth:`required_words` is None)
        self.skip = skip
        self._raw = raw
        self._compiled: dict[str, re.Pattern[str] | None] = {}
        #: key -> (patterns, translated parts, {anchor: indices}, indices without an anchor,
        #: the further anchor sets each pattern requires)
        self._index: dict[str, _Index] = {}
        self._subsets: dict[tuple[str, tuple[int, ...]], re.Pattern[str]] = {}
        self._required: dict[str, frozenset[str] | None] = {}
        self._gram_index: dict[str, _GramIndex] = {}
        #: where the anchors of this section's patterns are kept (:class:`_AnchorStore`)
        self._shard = f"{language}.{name}"

    def _where(self, key: str) -> str:
        return f"lang/{self.language}.toml [{self.name}] {key}"

    def _get(self, key: str) -> re.Pattern[str] | None:
        if key not in self._compiled:
            self._compiled[key] = _join(self._raw.get(key, []), self._where(key), self.keep, self.boundaries, self.skip)
        return self._compiled[key]

    def fold(self, text: str) -> str:
        """``text`` folded the way this section's patterns are (its language's folding)."""
        return fold_keep(text, self.keep)

    def patterns(self, key: str = "match") -> list[str]:
        """The patterns of ``key`` as written (stripped)."""
        return [_check(p, self._where(key)) for p in self._raw.get(key, [])]

    def compile_one(self, pattern: str, key: str = "match") -> re.Pattern[str]:
        """One pattern of this section compiled alone (word boundaries as the section's)."""
        rx = _join([pattern], self._where(key), self.keep, self.boundaries, self.skip)
        assert rx is not None
        return rx

    def parts(self, key: str = "match", keep: str | None = None) -> list[str]:
        """Each pattern of ``key`` as a regex on folded text, without the word boundaries;
        ``keep=""``: on text folded the default way (every accent dropped), for checks that
        search every language's patterns in one text."""
        where = self._where(key)
        k = self.keep if keep is None else keep
        return [_translate(_check(p, where), k, self.skip) for p in self._raw.get(key, [])]

    def source(self, key: str = "match") -> str | None:
        """The uncompiled regex of ``key`` (for checks that embed it in a larger regex)."""
        patterns = self._raw.get(key, [])
        if not patterns:
            return None
        where = self._where(key)
        return _source([f"(?:{_translate(_check(p, where), self.keep, self.skip)})" for p in patterns], self.boundaries)

    def anchors(self, pattern: str) -> tuple[frozenset[str], ...]:
        """Word sets a match of ``pattern`` needs in the folded text, one of each (see
        :func:`_anchor_sets`); () when nothing is surely required."""
        return () if self.skip else _anchor_sets(pattern, self.keep, self._shard)

    def unmarked_anchors(self, pattern: str) -> tuple[frozenset[str], ...]:
        """Like :meth:`anchors`, but for the folded text with this section's skip marks
        (``skip-marks``, Arabic harakat) removed: :func:`_translate` lets marks follow every
        letter of the pattern, so a match, its marks removed, holds each literal run of the
        pattern unbroken; () when nothing is surely required, or when an anchor holds a mark
        itself (removing the marks would remove it). Without skip marks, the same as
        :meth:`anchors`.

        Opt-out wording (MSG203) is searched in every language; without anchors the Arabic
        patterns were compiled and run on every message (about 20 ms of a one-file run, #14)."""
        if not self.skip:
            return self.anchors(pattern)
        sets = _anchor_sets(pattern, self.keep, self._shard)
        marks = re.compile(f"[{self.skip}]")
        if any(marks.search(a) for s in sets for a in s):
            return ()
        return sets

    def _indexed(self, key: str) -> _Index:
        index = self._index.get(key)
        if index is None:
            where = self._where(key)
            raw = self._raw.get(key, [])
            patterns = [_check(p, where) for p in raw]
            by_anchor: dict[str, list[int]] = {}
            always: list[int] = []
            further: list[tuple[frozenset[str], ...]] = []
            for i, p in enumerate(patterns):
                # a section with skip marks: anchors of the text without its marks (regex())
                sets = self.unmarked_anchors(p)
                further.append(sets[1:])
                if not sets:
                    always.append(i)
                else:
                    for a in sorted(sets[0]):
                        by_anchor.setdefault(a, []).append(i)
            index = self._index[key] = (list(raw), [""] * len(patterns), by_anchor, always, further)
        return index

    def required_words(self, key: str = "match") -> frozenset[str] | None:
        """Strings one of which is inside every match of ``key`` (the first anchor set of each of
        its patterns: letters the match itself consumes, never a lookaround), or None when a
        pattern has none (it may match anywhere). A text holding none of them has no match: a
        sentence is tested with a few substring searches instead of the whole alternation."""
        # with skip marks, the anchors are in the text without its marks, not in the text
        return None if self.skip else self.unmarked_required_words(key)

    def unmarked_required_words(self, key: str = "match") -> frozenset[str] | None:
        """:meth:`required_words` for a text that holds none of this section's skip marks:
        the anchors of :meth:`unmarked_anchors` are then substrings of the text itself (without
        skip marks they are the anchors). The Arabic concept patterns had no required words, so
        every sentence of every message was a candidate of theirs (100,000 empty lines took 4 s,
        #14). Worked out once per key."""
        if key not in self._required:
            patterns, _, by_anchor, always, _ = self._indexed(key)
            self._required[key] = frozenset(by_anchor) if patterns and not always else None
        return self._required[key]

    def regex(self, key: str, haystack: str) -> re.Pattern[str] | None:
        """The regex of ``key`` restricted to the patterns that can match in ``haystack`` (the
        folded text(s) to search, joined by "\\n"), in their order in the file: on those texts
        it finds exactly what the whole key finds (a pattern whose anchor is absent matches
        nowhere, and an alternation tries its alternatives in order). None if none can match.
        A section with skip marks looks for its anchors in ``haystack`` without those marks
        (:meth:`unmarked_anchors`): the Arabic concept patterns were otherwise compiled and
        tried at every position of every Arabic text (a 678 KB message took 2.1-2.7 s, #14)."""
        if not _PREFILTER:
            return self._get(key)
        patterns, parts, by_anchor, always, further = self._indexed(key)
        if not patterns:
            return None
        if self.skip:
            haystack = without_marks(haystack, self.skip)
        chosen = set(always)
        within = _searchable(haystack)
        if len(within) < _GRAMS_FROM:  # a clause: testing each anchor costs less
            for a, idx in by_anchor.items():
                if _occurs(a, within, haystack):
                    for i in idx:
                        if i not in chosen and all(
                            any(_occurs(b, within, haystack) for b in req) for req in further[i]
                        ):
                            chosen.add(i)
            return self._subset(key, chosen)
        seen: dict[str, bool] | None = None
        for a in self._present(key, by_anchor, haystack, within):
            for i in by_anchor[a]:
                if i in chosen:
                    continue
                if further[i]:
                    if seen is None:
                        seen = _occurrences_in(haystack)
                    if not _all_occur(further[i], seen, haystack, within):
                        continue
                chosen.add(i)
        return self._subset(key, chosen)

    def _subset(self, key: str, chosen: set[int]) -> re.Pattern[str] | None:
        """The regex of the patterns ``chosen`` of ``key`` (indices; compiled once per subset)."""
        patterns, parts, _, _, _ = self._indexed(key)
        if not chosen:
            return None
        if len(chosen) == len(patterns):
            return self._get(key)
        sel = tuple(sorted(chosen))
        rx = self._subsets.get((key, sel))
        if rx is None:
            for i in sel:
                if not parts[i]:
                    parts[i] = f"(?:{_translate(patterns[i].strip(), self.keep, self.skip)})"
            if len(self._subsets) >= _SUBSET_CACHE_MAX:
                self._subsets.clear()
            rx = self._subsets[(key, sel)] = _compile_parts(
                [patterns[i] for i in sel], [parts[i] for i in sel], self._where(key), self.boundaries
            )
        return rx

    def _present(self, key: str, by_anchor: dict[str, list[int]], haystack: str, within: str) -> list[str]:
        """The anchors of ``key`` that occur in ``haystack`` (``within``: :func:`_searchable`).
        An anchor of three letters or more is looked for only when its key piece is one of the
        text's (:func:`_grams`, a set intersection): a few substring tests per section and text
        instead of one per anchor (hundreds, #14)."""
        index = self._gram_index.get(key)
        if index is None:
            by_gram: dict[str, list[str]] = {}
            direct: list[str] = []
            for a in by_anchor:
                if len(a) >= 3 and _in_runs(a):
                    by_gram.setdefault(_key_gram(a), []).append(a)
                else:
                    direct.append(a)
            index = self._gram_index[key] = (by_gram, frozenset(by_gram), direct)
        by_gram, keys, direct = index
        grams = _grams(haystack, within)
        if grams is None:
            return [a for a in by_anchor if _occurs(a, within, haystack)]
        present = [a for g in keys & grams for a in by_gram[g] if a in within]
        present.extend(a for a in direct if _occurs(a, within, haystack))
        return present

    def search(self, text: str, key: str = "match") -> re.Match[str] | None:
        """The first match of ``key`` in ``text`` (any text: folded here), or None."""
        folded = self.fold(text)
        rx = self.regex(key, folded)
        return rx.search(folded) if rx is not None else None

    def covers(self, folded: str) -> bool:
        """True if one ``match`` pattern matches the whole of ``folded`` (a sentence class)."""
        if not _PREFILTER:
            rx = self.match
            return rx is not None and rx.fullmatch(folded) is not None
        rx = self.regex("match", folded)
        return rx is not None and rx.fullmatch(folded) is not None

    @property
    def match(self) -> re.Pattern[str] | None:
        return self._get("match")

    @property
    def exclude(self) -> re.Pattern[str] | None:
        return self._get("exclude")

    @property
    def unless(self) -> re.Pattern[str] | None:
        return self._get("unless")

    @property
    def require(self) -> re.Pattern[str] | None:
        return self._get("require")

    def has(self, key: str) -> bool:
        """True if the section lists patterns under ``key`` (without compiling them)."""
        return bool(self._raw.get(key))

    def validate(self) -> None:
        """Compile every key now (tests; a bad pattern raises PackError)."""
        for key in KEYS:
            self._get(key)


#: Keys of a section besides the pattern lists.
OPTIONS = ("boundaries",)
#: Keys of a pattern written as a table: ``{ pattern = "...", examples = [...], counter-examples = [...] }``.
PATTERN_KEYS = ("pattern", "examples", "counter-examples")


def _texts(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(t, str) for t in value):
        raise PackError(f"{where}: examples must be a list of strings")
    return tuple(value)


def _patterns(raw: list[Any], where: str, examples: list[Example]) -> list[str]:
    """The pattern strings of a key; tables carry their pattern and its examples."""
    out: list[str] = []
    for item in raw:
        if isinstance(item, dict):
            unknown = set(item) - set(PATTERN_KEYS)
            if unknown or "pattern" not in item:
                raise PackError(f"{where}: a pattern table has keys {sorted(PATTERN_KEYS)}, got {sorted(item)}")
            pattern = _check(item["pattern"], where)
            examples.append(
                Example(
                    pattern,
                    _texts(item.get("examples", []), where),
                    _texts(item.get("counter-examples", []), where),
                )
            )
            out.append(pattern)
        else:
            out.append(item)
    return out


def _make_section(language: str, name: str, raw: Any) -> Section | None:
    """A Section from the raw table ``raw`` of ``lang/<language>.toml`` (None: no such section)."""
    if name in CONCEPT_TABLES:
        return None  # the concept lexicon (msglint/text/concepts.py), not a phrase section
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise PackError(f"lang/{language}.toml: [{name}] must be a table")
    unknown = set(raw) - set(KEYS) - set(OPTIONS)
    if unknown:
        raise PackError(f"lang/{language}.toml: [{name}] has unknown keys {sorted(unknown)}")
    # a language written without spaces (Japanese) sets ``boundaries = false`` for the whole file
    default = load_data(f"lang/{language}").get("boundaries", True)
    boundaries = raw.get("boundaries", default)
    if not isinstance(boundaries, bool):
        raise PackError(f"lang/{language}.toml: [{name}] boundaries must be true or false")
    lists: dict[str, Any] = {}
    examples: list[Example] = []
    for key in KEYS:
        value = raw.get(key, [])
        if not isinstance(value, list):
            raise PackError(f"lang/{language}.toml: [{name}] {key} must be a list of patterns")
        if value:
            lists[key] = _patterns(value, f"lang/{language}.toml [{name}] {key}", examples)
    skip = load_data(f"lang/{language}").get("skip-marks", "")
    if not isinstance(skip, str):
        raise PackError(f"lang/{language}.toml: skip-marks must be a character class body")
    return Section(language, name, lists, keep_letters(language), boundaries, tuple(examples), skip)


class _Sections:
    """``section(language, name, packs=None)``: section ``name`` of the phrase file of
    ``language`` in ``packs`` (the configuration's, ``ctx.packs``; None: the shipped
    ``rules/lang/<language>.toml``), or None if the file lacks it.

    A compiled section is kept per Packs object (``packs.memo``), and across Packs objects for
    as long as its data is the very same object (shipped files are parsed once per process):
    a new configuration does not compile msglint's own phrases again, and one with a user pack
    compiles only the sections that pack changes."""

    def __init__(self) -> None:
        self._by_data: dict[tuple[str, str], tuple[Any, Section | None]] = {}

    def __call__(self, language: str, name: str, packs: Packs | None = None) -> Section | None:
        key = ("phrases.section", language, name)
        if packs is not None and key in packs.memo:
            found: Section | None = packs.memo[key]
            return found
        data = packs.data(f"lang/{language}") if packs is not None else load_data(f"lang/{language}")
        raw: Any = data.get(name)
        hit = self._by_data.get((language, name))
        if hit is not None and hit[0] is raw:
            sec = hit[1]
        else:
            sec = _make_section(language, name, raw)
            self._by_data[(language, name)] = (raw, sec)
        if packs is not None:
            packs.memo[key] = sec
        return sec

    def cache_clear(self) -> None:
        self._by_data.clear()


section = _Sections()


def sections(name: str, languages: Iterable[str] | None = None, packs: Packs | None = None) -> list[Section]:
    """Section ``name`` of every language that has it (``languages``: default every phrase
    language), in the order of ``languages``; ``packs``: the configuration's (None: shipped)."""
    if languages is None:
        languages = packs.phrase_languages() if packs is not None else phrase_languages()
    return [sec for lang in languages if (sec := section(lang, name, packs)) is not None]


#: (language, kept letters, skip marks, word boundaries, pattern, its anchors as
#: :meth:`Section.unmarked_anchors` gives them): one ``match`` pattern of a section
IndexedPattern = tuple[str, str, str, bool, str, tuple[frozenset[str], ...]]


def compile_pattern(pattern: str, language: str, name: str, keep: str, boundaries: bool, skip: str) -> re.Pattern[str]:
    """One ``match`` pattern of section ``name`` of ``language`` compiled alone, as
    :meth:`Section.compile_one` compiles it (for :func:`section_index`'s rows)."""
    rx = _join([pattern], f"lang/{language}.toml [{name}] match", keep, boundaries, skip)
    assert rx is not None
    return rx


def section_index(name: str, packs: Packs | None = None) -> list[IndexedPattern]:
    """Every ``match`` pattern of section ``name`` in every language of ``packs`` (the order of
    :func:`sections`), with its language's folding and its anchors.

    The opt-out wording (MSG203) is searched in every language: building its sections parsed
    all twelve language files (~15 ms of a one-file run, most of it their concept lexicons,
    #14). The rows are kept in the pack cache, keyed on the language files (path, size,
    modification time), this module and Python's version; not used when a user pack adds to a
    language file. As every cache file: written with a size and SHA-256 header, parsed strictly,
    each anchor checked as :class:`_AnchorStore` checks it; anything else is built again."""
    path = _index_path(name, packs)
    rows = _read_index(path) if path is not None else None
    if rows is None:
        rows = [
            (sec.language, sec.keep, sec.skip, sec.boundaries, pat, sec.unmarked_anchors(pat))
            for sec in sections(name, packs=packs)
            for pat in sec.patterns()
        ]
        if path is not None and rows:  # an empty index is never read back (_read_index)
            import json

            from msglint.core.diskcache import write_verified

            text = json.dumps([[*r[:5], ";".join("|".join(sorted(a)) for a in r[5])] for r in rows], ensure_ascii=False)
            write_verified(path, text.encode("utf-8"))
    return rows


def _index_path(name: str, packs: Packs | None) -> Path | None:
    import hashlib
    import sys

    from msglint.core.diskcache import cache_root
    from msglint.core.packs import packs_dir

    if packs is not None and any(n.startswith("lang/") for n in packs.user.files):
        return None
    root = packs.root if packs is not None else packs_dir()
    languages = packs.phrase_languages() if packs is not None else phrase_languages()
    parts = [name, sys.version, unicodedata.unidata_version]
    try:
        for f in (Path(__file__), *(root / "lang" / f"{lang}.toml" for lang in languages)):
            st = f.stat()
            parts.append(f"{f.resolve()}|{st.st_size}|{st.st_mtime_ns}")
    except OSError:
        return None
    key = hashlib.sha1("\n".join(parts).encode()).hexdigest()[:20]
    return cache_root() / "packs" / f"index-{key}.json"


def _read_index(path: Path) -> list[IndexedPattern] | None:
    import json

    from msglint.core.diskcache import read_verified

    blob = read_verified(path)
    if blob is None:
        return None
    try:
        data = json.loads(blob)
    except ValueError:
        return None
    if not isinstance(data, list) or not data:
        return None
    rows: list[IndexedPattern] = []
    for row in data:
        if not (isinstance(row, list) and len(row) == 6 and isinstance(row[3], bool)):
            return None
        language, keep, skip, boundaries, pattern, stored = row
        if not all(isinstance(x, str) for x in (language, keep, skip, pattern, stored)) or not pattern:
            return None
        anchors = _decode_anchor_sets(stored, fold_keep(pattern, keep))
        if anchors is None:
            return None
        rows.append((language, keep, skip, boundaries, pattern, anchors))
    return rows


def patterns_of(value: dict[str, Any], key: str) -> list[str]:
    """The pattern strings of ``key`` in a raw section table (tables give their pattern)."""
    return [p["pattern"] if isinstance(p, dict) else p for p in value.get(key, [])]


# ---- searching --------------------------------------------------------------------------------
def _folded(doc: Document, cache_: dict[str, Any] | None, keep: str = "") -> list[tuple[str | None, str, str, int]]:
    """(field name, original text, folded text, source offset or -1 for the body) per text."""
    key = "phrases.folded" + (f":{keep}" if keep else "")
    if cache_ is not None and key in cache_:
        texts: list[tuple[str | None, str, str, int]] = cache_[key]
        return texts
    texts = [(None, doc.text, fold_keep(doc.text, keep), -1)]
    for name, value, offset in doc.fields:
        texts.append((name, value, fold_keep(value, keep), offset))
    if cache_ is not None:
        cache_[key] = texts
    return texts


def folded_texts(
    doc: Document, cache: dict[str, Any] | None = None, keep: str = ""
) -> list[tuple[str | None, str, str, int]]:
    """(field name or None for the body, original text, folded text, source offset of a field or
    -1 for the body) of every text of ``doc``, memoised in ``cache``. For checks with their own
    regexes: map a body span with ``doc.text_span``, a field span by adding its offset. ``keep``:
    the letters a language's folding keeps (``Section.keep``)."""
    return _folded(doc, cache, keep)


def compile_patterns(patterns: Sequence[str], where: str) -> re.Pattern[str] | None:
    """One regex for phrase ``patterns`` (the syntax of the phrase files) on folded text;
    ``where`` names the data in error messages. None for an empty list."""
    return _join(patterns, where)


def folded_text(doc: Document, cache: dict[str, Any] | None = None) -> str:
    """:func:`fold` of ``doc.text`` (memoised in ``cache``): offsets are those of ``doc.text``."""
    return _folded(doc, cache)[0][2]


def languages_for(ctx: Context, doc: Document | None = None) -> tuple[str, ...]:
    """Languages to search: buyer languages + detected language, else all phrase languages."""
    available = ctx.packs.phrase_languages() if ctx.packs is not None else phrase_languages()
    langs: list[str] = [lang for lang in ctx.languages if lang in available]
    detected = _detected(ctx, doc)
    if detected and detected in available and detected not in langs:
        langs.append(detected)
    if not langs and not ctx.languages:
        return _fallback(ctx, doc, available)
    return tuple(langs)


def _fallback(ctx: Context, doc: Document | None, available: tuple[str, ...]) -> tuple[str, ...]:
    """Every phrase language, or for a long message only those with evidence in it
    (:func:`msglint.text.language.fallback_languages`)."""
    if doc is None:
        return available
    from msglint.text.language import fallback_languages

    return fallback_languages(doc, ctx.cache, available)


def _detected(ctx: Context, doc: Document | None) -> str | None:
    """The detected language of the message, if the language module can tell (memoised)."""
    if "detected_language" not in ctx.cache and doc is not None:
        try:
            from msglint.text import language as language_mod  # written by the language rules
        except ImportError:
            return None
        detect = getattr(language_mod, "detected_language", None)
        if callable(detect):
            try:
                detect(doc, ctx)
            except Exception:  # detection is a hint: never let it break a wording rule
                return None
    value = ctx.cache.get("detected_language")
    return value if isinstance(value, str) else None


def _collapse(s: str) -> str:
    return " ".join(s.split())


def find(
    doc: Document,
    name: str,
    languages: Iterable[str],
    cache: dict[str, Any] | None = None,
    *,
    fields: bool = True,
    packs: Packs | None = None,
    unless: bool = True,
) -> list[PhraseMatch]:
    """Every match of section ``name`` in the message, in the given languages.

    Applies ``exclude`` (a match overlapping an exclude match is dropped), ``unless`` (unless
    ``unless=False``: the caller then scopes it, see ``concepts.sentences_for``) and
    ``require`` (over the whole message: body and fields) per language. Results are sorted by
    source offset; overlapping matches of several languages are reported once. ``packs``:
    the configuration's packs (``ctx.packs``), None for the shipped ones.
    """
    hays: dict[str, tuple[list[tuple[str | None, str, str, int]], list[str], str, str]] = {}

    def texts_for(keep: str) -> tuple[list[tuple[str | None, str, str, int]], list[str], str, str]:
        got = hays.get(keep)
        if got is None:
            everything = _folded(doc, cache, keep)
            all_folded = [f for _, _, f, _ in everything]
            # anchors are letters: joining with "\n" invents none across texts. Joined once per
            # document (ctx.cache): the prefilter remembers what it found in a text by identity
            joined_key = "phrases.joined" + (f":{keep}" if keep else "")
            joined = cache.get(joined_key) if cache is not None else None
            if joined is None or joined[0] is not everything:
                joined = (everything, "\n".join(all_folded))
                if cache is not None:
                    cache[joined_key] = joined
            hay_all = joined[1]
            searched = hay_all if fields or len(everything) == 1 else everything[0][2]
            got = hays[keep] = (everything if fields else everything[:1], all_folded, hay_all, searched)
        return got

    out: list[PhraseMatch] = []
    for lang in languages:
        sec = section(lang, name, packs)
        if sec is None:
            continue
        texts, all_folded, hay_all, searched = texts_for(sec.keep)
        # ``require`` first: it is small, and without it the (larger) match regex is not needed.
        if sec.has("require"):
            required = sec.regex("require", hay_all)
            if required is None or not any(scan_search(required, f) for f in all_folded):
                continue
        match = sec.regex("match", searched)
        if match is None:
            continue
        found: list[PhraseMatch] = []
        exclude: re.Pattern[str] | None = None
        for field_name, original, folded, offset in texts:
            hits = [h.span() for h in scan_finditer(match, folded) if h.end() > h.start()]
            if not hits:
                continue
            if exclude is None and sec.has("exclude"):
                exclude = sec.regex("exclude", searched)
            excluded = [m.span() for m in scan_finditer(exclude, folded)] if exclude is not None else []
            for s, e in hits:
                if any(xs < e and s < xe for xs, xe in excluded):
                    continue
                if offset < 0:
                    ss, se = doc.text_span(s, e)
                else:
                    ss, se = offset + s, offset + e
                found.append(PhraseMatch(ss, se, _collapse(original[s:e]), lang, name, s, e, field_name))
        if not found:
            continue
        if unless and sec.has("unless"):
            unless_rx = sec.regex("unless", hay_all)
            if unless_rx is not None and any(scan_search(unless_rx, f) for f in all_folded):
                continue
        out.extend(found)
    out.sort(key=lambda m: (m.start, -m.end))
    result: list[PhraseMatch] = []
    for pm in out:
        if result and pm.start < result[-1].end:
            continue  # the same words matched in another language, or a nested match
        result.append(pm)
    return result


def search(doc: Document, ctx: Context, name: str, *, fields: bool = True) -> list[PhraseMatch]:
    """:func:`find` in the languages of :func:`languages_for`, with the document's cache."""
    return find(doc, name, languages_for(ctx, doc), ctx.cache, fields=fields, packs=ctx.packs)


def covers(
    name: str,
    languages: Iterable[str],
    folded: str,
    refold: Callable[[str], str] | None = None,
    packs: Packs | None = None,
) -> bool:
    """True if a ``match`` pattern of section ``name`` covers the whole of ``folded`` (text
    already passed through :func:`fold`) in one of ``languages``. For sentence classes. A
    language that keeps letters (``keep-letters``) gets ``refold(keep)``, the same text folded
    with :func:`fold_keep`, when given."""
    for lang in languages:
        sec = section(lang, name, packs)
        if sec is None:
            continue
        text = refold(sec.keep) if sec.keep and refold is not None else folded
        if sec.covers(text):
            return True
    return False


def validate_user_patterns(patterns: Iterable[tuple[str, str, str, str, str]]) -> None:
    """Compile every pattern of the user packs ((language, section, key, pattern, where), where
    is "file:line: key 'section.key'"); a bad one is a ConfigError that names them."""
    from msglint.core.config import ConfigError

    for _lang, name, key, pattern, where in patterns:
        try:
            compile_patterns([pattern], f"[{name}] {key}")
        except PackError as exc:
            raise ConfigError(f"{where}: {exc}") from None


def _shorten(s: str, limit: int = 60) -> str:
    return s if len(s) <= limit else s[: limit - 1].rstrip() + "\u2026"


def phrase_check(doc: Document, ctx: Context, name: str | None = None, message: str | None = None) -> Iterator[Finding]:
    """The whole check of a purely phrase-based rule: one finding per match.

    ``name`` defaults to the rule's code (section ``[MSG501]``); ``message`` defaults to the
    rule's ``[rule.data] message``, a template where ``{phrase}`` is the matched words.
    """
    section_name = name or ctx.rule.code
    template = message or str(ctx.data["message"])
    for m in search(doc, ctx, section_name):
        where = f" in the {m.field}" if m.field else ""
        yield Finding(m.start, m.end, template.format(phrase=_shorten(m.text), where=where))


__all__ = [
    "Example",
    "PhraseMatch",
    "Section",
    "fold_keep",
    "keep_letters",
    "patterns_of",
    "sections",
    "compile_patterns",
    "covers",
    "find",
    "fold",
    "folded_text",
    "folded_texts",
    "languages_for",
    "phrase_check",
    "save_anchors",
    "search",
    "section",
]
