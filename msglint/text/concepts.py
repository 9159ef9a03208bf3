"""Concepts: what a sentence talks about, per language, as data; wording rules combine them.

Every language file ``rules/lang/<code>.toml`` may hold a lexicon of concepts (syntax in
``rules/lang/README.md``)::

    [concepts]
    mode = "words"                  # or "substring" (languages written without spaces)

    [concept.REVIEW]
    words = ["review*", "feedback", "rating*", "rate us", "*bewertung*"]
    patterns = ["(leave|write) (a|an) (\\\\w+ )?(review|rating)"]   # phrase syntax, for constructions
    exclude = ["peer review"]       # a hit overlapping one of these does not count
    examples = {match = ["Please leave a review."], no-match = ["We reviewed the order."]}

A message is split once into sentences (:func:`annotate`: the visible text, placeholders blank,
and every field such as an e-mail subject), and every sentence is annotated once with the
concepts it contains, in the languages of :func:`msglint.text.phrases.languages_for`; the result is
kept in ``ctx.cache`` and shared by every wording rule.

Rules are combinations of concepts per sentence, declared in the packs (``[[rule.data.when]]``,
see :class:`Combo`), evaluated by :func:`purpose_check`, which also runs the exact-phrase
section of the rule (``[MSG501]``... in the same language files) and reports ONE finding per
message, at the sentence that carries the purpose.

Word items: a word (``refund``), a stem (``refund*``: any word starting so), a suffix
(``*bewertung``), an infix (``*bewert*``); several of them separated by spaces or punctuation are a
sequence of consecutive words (``gift card*``, ``5-star*``, ``l'avis``); ``...`` inside a sequence
skips up to three words (``money ... back``). Items are folded like the text (lower case, no
accents). In ``substring`` mode, an item (its ``*`` and spaces removed) matches anywhere.

Speed: the words of a message are classified once each per language (a token's classification
is cached per lexicon), and each distinct word once per message: the lexicons that fold alike
share the text's words and their positions, and read the document's folded texts (one copy per
folding, also searched by the phrase rules). Patterns are compiled only when their anchor words
occur in the message (the phrase engine's prefilter) and searched only in the sentences that
hold one of them (:meth:`Lexicon.pattern_words`), and a message is annotated once for all rules.
"""

from __future__ import annotations

import bisect
import itertools
import re
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from msglint.core.diagnostics import Finding
from msglint.core.packs import PackError, load_data
from msglint.market.orders import order_number
from msglint.model.dialects import split_words
from msglint.text.phrases import Section, find, fold, fold_keep, folded_texts, keep_letters, languages_for
from msglint.text.scan import finditer as scan_finditer
from msglint.text.scan import scanner

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.core.packs import Packs
    from msglint.model.document import Document

CONCEPT_KEYS = ("words", "patterns", "exclude", "examples")
_ITEM_TOKEN = re.compile(r"\.\.\.|\*?[^\W_]+\*?")
#: A word: letters and digits, and the Arabic marks (harakat, tatweel) that sit inside one: "نقدّر"
#: with its shadda is one word, compared without the marks (:func:`_unligature`).
_SPAN = re.Match.span
# (possessive runs: the same matches as "[^\W_](?:[^\W_]|[marks])*", 40% faster to find)
_TEXT_TOKEN = re.compile(r"[^\W_]++(?:[\u064b-\u065f\u0670\u0640]++[^\W_]*+)*+")
_GAP = 3
#: How far (characters) an exclude match may reach beyond the hit it cancels: windows searched.
_EXCLUDE_REACH = 240
#: Concepts every language has without a lexicon: a sentence that ends with a question mark.
QUESTION = "QUESTION"
_TOKEN_CACHE_MAX = 50_000
#: What :meth:`Lexicon.classify` caches for a token that starts no item (most tokens): one shared
#: list, never mutated, instead of an empty list per distinct token (142,000 of them, 7.9 MB, on a
#: 1 MB message of mixed languages, #14). Callers only read classify's result.
_NO_ITEMS: list[tuple[str, tuple[tuple[str, str], ...]]] = []

# ---- lexicons ----------------------------------------------------------------------------------
#: One element of a word item: (kind, folded text); kind: w(ord) p(refix) s(uffix) i(nfix) g(ap)
_Elem = tuple[str, str]


def _elem(tok: str) -> _Elem:
    if tok == "...":
        return ("g", "")
    head, tail = tok.startswith("*"), tok.endswith("*")
    core = tok.strip("*")
    if head and tail:
        return ("i", core)
    if head:
        return ("s", core)
    if tail:
        return ("p", core)
    return ("w", core)


def _elem_matches(e: _Elem, token: str) -> bool:
    kind, text = e
    if kind == "w":
        return token == text
    if kind == "p":
        return token.startswith(text)
    if kind == "s":
        return token.endswith(text)
    if kind == "i":
        return text in token
    return True


class Lexicon:
    """The concepts of one language: word items indexed by their first element, patterns as
    prefiltered phrase sections."""

    def __init__(self, language: str, raw: Mapping[str, Any], mode: str = "words", skip: str = "") -> None:
        self.language = language
        self.mode = mode
        #: marks that may follow any letter of a pattern (the file's ``skip-marks``, Arabic
        #: harakat and tanween: 'بدلا' matches 'بدلًا'), as in the phrase sections; word items
        #: drop them instead (:func:`_unligature`)
        self.skip = skip
        #: the letters this language's folding keeps (phrases.keep_letters): items and text alike
        self.keep = keep_letters(language)
        self.names: tuple[str, ...] = tuple(raw)
        self.raw = raw
        self._exact: dict[str, list[tuple[str, tuple[_Elem, ...]]]] = {}
        self._prefix: dict[str, list[tuple[str, tuple[_Elem, ...]]]] = {}
        self._suffix: dict[str, list[tuple[str, tuple[_Elem, ...]]]] = {}
        self._infix: list[tuple[str, str, tuple[_Elem, ...]]] = []
        self._prefix_lengths: list[int] = []
        self._suffix_lengths: list[int] = []
        self._substrings: list[tuple[str, str]] = []  # substring mode: (concept, folded item)
        self._patterns: dict[str, Section] = {}
        self._excludes: dict[str, Section] = {}
        self._raw_patterns: dict[str, re.Pattern[str]] = {}  # substring mode
        self._raw_sources: dict[str, list[str]] = {}
        self._raw_anchors: dict[str, frozenset[str] | None] = {}
        self._token_cache: dict[str, list[tuple[str, tuple[_Elem, ...]]]] = {}
        self._split_cache: dict[str, _SplitItems] = {}
        #: (concept, for a text without skip marks) -> :meth:`pattern_words`
        self._prefilters: dict[tuple[str, bool], re.Pattern[str] | None] = {}
        self._marks: re.Pattern[str] | None = None
        self._marked: dict[int, tuple[str, bool]] = {}
        for name, spec in raw.items():
            where = f"lang/{language}.toml [concept.{name}]"
            if not isinstance(spec, dict):
                raise PackError(f"{where} must be a table")
            unknown = set(spec) - set(CONCEPT_KEYS)
            if unknown:
                raise PackError(f"{where} has unknown keys {sorted(unknown)}")
            for key in ("words", "patterns", "exclude"):
                value = spec.get(key, [])
                if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
                    raise PackError(f"{where} {key} must be a list of non-empty strings")
            for item in spec.get("words", []):
                self._add_item(name, item, where)
            if spec.get("patterns"):
                if mode == "substring":
                    self._raw_patterns[name] = _compile_raw(spec["patterns"], where, self.keep)
                    self._raw_sources[name] = spec["patterns"]
                else:
                    self._patterns[name] = Section(
                        language, f"concept.{name}", {"match": spec["patterns"]}, self.keep, skip=skip
                    )
            if spec.get("exclude"):
                # substring mode (no spaces): excludes match inside words too, like its items
                self._excludes[name] = Section(
                    language,
                    f"concept.{name}",
                    {"match": spec["exclude"]},
                    self.keep,
                    boundaries=mode != "substring",
                    skip=skip,
                )
        self._prefix_lengths = sorted({len(k) for k in self._prefix})
        self._suffix_lengths = sorted({len(k) for k in self._suffix})
        # infix items by their text (with their place in the list, to keep its order), and the
        # lengths to cut from a token: see classify()
        self._infix_at: dict[str, list[tuple[int, str, tuple[_Elem, ...]]]] = {}
        for i, (text, concept, rest) in enumerate(self._infix):
            self._infix_at.setdefault(text, []).append((i, concept, rest))
        self._infix_lengths = sorted({len(t) for t in self._infix_at})
        # an ASCII token can only hold items whose first element is ASCII, a number only items
        # whose first element is digits: the lengths to try for one (an Arabic lexicon has a
        # handful of ASCII items, and a long message of URLs and numbers tens of thousands of
        # distinct ASCII tokens, #14)
        self._all_lengths = (self._prefix_lengths, self._suffix_lengths, self._infix_lengths)
        self._ascii_lengths = self._lengths(str.isascii)
        self._digit_lengths = self._lengths(lambda k: k.isascii() and k.isdigit())

    def _lengths(self, keeps: Callable[[str], bool]) -> tuple[list[int], list[int], list[int]]:
        """The lengths of the prefix, suffix and infix items whose first element ``keeps``."""
        return (
            sorted({len(k) for k in self._prefix if keeps(k)}),
            sorted({len(k) for k in self._suffix if keeps(k)}),
            sorted({len(t) for t in self._infix_at if keeps(t)}),
        )

    def validate(self) -> None:
        """Compile every pattern now (tests; a bad one raises PackError)."""
        for sec in (*self._patterns.values(), *self._excludes.values()):
            sec.validate()

    def _add_item(self, concept: str, item: str, where: str) -> None:
        folded = fold_keep(item.strip(), self.keep)
        if self.mode == "substring":
            self._substrings.append((concept, "".join(folded.replace("*", "").split())))
            return
        elems = tuple(_elem(t) for t in _ITEM_TOKEN.findall(_unligature(folded)))
        if not elems or elems[0][0] == "g" or elems[-1][0] == "g" or any(not e[1] and e[0] != "g" for e in elems):
            raise PackError(f"{where}: bad word item {item!r}")
        first, rest = elems[0], elems[1:]
        entry = (concept, rest)
        kind, text = first
        if kind == "w":
            self._exact.setdefault(text, []).append(entry)
        elif kind == "p":
            self._prefix.setdefault(text, []).append(entry)
        elif kind == "s":
            self._suffix.setdefault(text, []).append(entry)
        else:
            self._infix.append((text, concept, rest))

    def classify(self, token: str) -> list[tuple[str, tuple[_Elem, ...]]]:
        """The (concept, remaining elements) of every word item whose first element matches (cached:
        read it, never change it)."""
        got = self._token_cache.get(token)
        if got is not None:
            return got
        out: list[tuple[str, tuple[_Elem, ...]]] = list(self._exact.get(token, ()))
        n = len(token)
        if not token.isascii():
            lengths = self._all_lengths
        else:
            lengths = self._digit_lengths if token.isdigit() else self._ascii_lengths
        prefix_lengths, suffix_lengths, infix_lengths = lengths
        for k in prefix_lengths:
            if k > n:
                break
            out.extend(self._prefix.get(token[:k], ()))
        for k in suffix_lengths:
            if k > n:
                break
            out.extend(self._suffix.get(token[n - k :], ()))
        if infix_lengths:
            out.extend(self._infixes(token, infix_lengths))
        if not out:
            out = _NO_ITEMS  # most tokens start no item: one shared empty list, not one each
        if len(self._token_cache) >= _TOKEN_CACHE_MAX:
            self._token_cache.clear()
        self._token_cache[token] = out
        return out

    def _infixes(self, token: str, lengths: Sequence[int] | None = None) -> list[tuple[str, tuple[_Elem, ...]]]:
        """The (concept, rest) of every infix item inside ``token``, in the items' order. A short
        token is cut into its substrings of the items' lengths, each looked up once (Arabic has
        300 infix items: a substring test for each cost 30 us a word, 2.6 s on 700 kB, #14); a
        long one (garbage, no word) is searched for each item, as its substrings are many.
        ``lengths``: those of the items that may be inside it (:meth:`classify`; None: all)."""
        n = len(token)
        if lengths is None:
            lengths = self._infix_lengths
        if n > _INFIX_CUT_MAX:
            return [(concept, rest) for text, concept, rest in self._infix if text in token]
        at = self._infix_at
        inside = at.keys() & {token[i : i + k] for k in lengths if k <= n for i in range(n - k + 1)}
        if not inside:
            return []
        found = [entry for text in inside for entry in at[text]]
        found.sort(key=lambda e: e[0])
        return [(concept, rest) for _, concept, rest in found]

    def hits(self, folded: str, tokens: Sequence[tuple[int, int]], bounds: Sequence[int]) -> list[tuple[str, int, int]]:
        """(concept, start, end) of every hit in the whole of ``folded`` (excludes applied); see
        :meth:`word_hits`. Annotations use the lazy, per-sentence :meth:`pattern_spans` instead."""
        out = self.word_hits(folded, tokens, bounds)
        if self.mode == "words":
            for concept in self._patterns:
                out.extend((concept, a, b) for a, b in self.pattern_spans(concept, folded, 0, len(folded)))
        if self._excludes and out:
            out = self._drop_excluded(folded, out)
        return out

    def required_words(self, concept: str, text: str | None = None) -> frozenset[str] | None:
        """The strings one of which every match of the ``patterns`` of ``concept`` in ``text``
        holds (see :meth:`pattern_words`), or None. With skip marks (Arabic), the strings are
        known only for a text without those marks (:meth:`marked`): None otherwise."""
        sec = self._patterns.get(concept)
        if sec is None:
            return None
        if not self.skip:
            return sec.required_words("match")
        if text is None or self.marked(text):
            return None
        return sec.unmarked_required_words("match")

    def marked(self, text: str) -> bool:
        """True if ``text`` holds one of the skip marks (one scan per text). The last four texts
        are kept, not more: each entry keeps its text alive (a server lints many documents)."""
        got = self._marked.get(id(text))
        if got is not None and got[0] is text:
            return got[1]
        if self._marks is None:
            self._marks = re.compile(f"[{self.skip}]")
        found = self._marks.search(text) is not None
        if len(self._marked) >= 4:
            self._marked.clear()
        self._marked[id(text)] = (text, found)
        return found

    def raw_anchors(self, concept: str) -> frozenset[str] | None:
        """Strings one of which every match of ``concept``'s substring-mode patterns holds (the
        first anchor set of each pattern, as ``Section.required_words`` takes them), or None.

        The Japanese clause patterns ('[^、。]{0,30}(ありがとう|...)') are tried 30 times at every
        character of a text: one without any of these strings is skipped whole (#14)."""
        if concept not in self._raw_anchors:
            from msglint.text.phrases import required_strings

            self._raw_anchors[concept] = required_strings(self._raw_sources.get(concept, ()), self.keep)
        return self._raw_anchors[concept]

    def has_patterns(self, concept: str) -> bool:
        return concept in self._patterns

    def has_excludes(self, concept: str) -> bool:
        return concept in self._excludes

    def pattern_words(self, concept: str, text: str | None = None) -> re.Pattern[str] | None:
        """A regex finding any of the strings one of which every match of the ``patterns`` of
        ``concept`` in ``text`` contains (see :meth:`required_words`), or None (no patterns, or
        one that may match anywhere). Literals only: a search is a quick scan, several times
        faster than a substring test per word. Compiled once per lexicon and concept."""
        key = (concept, bool(self.skip) and text is not None and not self.marked(text))
        if key not in self._prefilters:
            words = self.required_words(concept, text)
            self._prefilters[key] = (
                # shortest first: at a position, the first string that matches is a shortest one
                # there (Annotation._holding_words relies on it)
                None
                if words is None
                else re.compile("|".join(re.escape(w) for w in sorted(words, key=lambda w: (len(w), w))))
            )
        return self._prefilters[key]

    def pattern_regex(self, concept: str, haystack: str) -> re.Pattern[str] | None:
        """The ``patterns`` of ``concept`` that can match in ``haystack`` (a whole text: the
        prefilter runs once per text, the regex is then applied to each sentence), or None."""
        sec = self._patterns.get(concept)
        return None if sec is None else sec.regex("match", haystack)

    def exclude_regex(self, concept: str, haystack: str) -> re.Pattern[str] | None:
        """The ``exclude`` patterns of ``concept`` that can match in ``haystack``, or None."""
        sec = self._excludes.get(concept)
        return None if sec is None else sec.regex("match", haystack)

    def pattern_spans(self, concept: str, folded: str, start: int, end: int) -> list[tuple[int, int]]:
        """Spans of the ``patterns`` of ``concept`` within ``folded[start:end]`` (no excludes)."""
        rx = self.pattern_regex(concept, folded)
        if rx is None:
            return []
        return [m.span() for m in scan_finditer(rx, folded, start, end) if m.end() > m.start()]

    def word_hits(
        self,
        folded: str,
        tokens: Sequence[tuple[int, int]],
        bounds: Sequence[int],
        words: list[str] | None = None,
        where: Mapping[str, Sequence[int]] | None = None,
    ) -> list[tuple[str, int, int]]:
        """(concept, start, end) of every ``words`` item in ``folded`` (in substring mode, its
        ``patterns`` too), excludes NOT applied; ``tokens`` are the word spans and ``bounds[i]``
        the end of token i's sentence (sequences never cross sentences). ``words``: the tokens
        as :func:`token_words` gives them, and ``where``: the token indices of each distinct word
        (:func:`word_positions`), both shared by the lexicons that fold alike; None: made here.

        Each distinct word is classified once; only the tokens whose word starts an item are
        visited (most words of a message start none)."""
        out: list[tuple[str, int, int]] = []
        if self.mode == "substring":
            within = _vocabulary(folded)
            for concept, sub in self._substrings:
                if not sub or sub not in within:
                    continue
                i = folded.find(sub)
                while i >= 0:
                    out.append((concept, i, i + len(sub)))
                    i = folded.find(sub, i + len(sub))
            for concept, rx in self._raw_patterns.items():
                needed = self.raw_anchors(concept)
                if needed is not None and not any(a in folded for a in needed):
                    continue  # none of the strings every match holds: no match (a quick scan)
                out.extend((concept, m.start(), m.end()) for m in scan_finditer(rx, folded) if m.end() > m.start())
        else:
            if words is None:
                words = token_words(folded, tokens)
            if where is None:
                where = word_positions(words)
            t_starts, t_ends = _token_offsets(tokens)
            classify = self.classify
            starting = {w: got for w in where if (got := classify(w))}
            if not starting:
                return out
            n = len(words)
            keyed: list[tuple[int, int, str, int, int]] = []
            for w, items in starting.items():
                split = self._split_cache.get(w)
                if split is None:
                    split = self._split_cache[w] = _split_items(items)
                    if len(self._split_cache) >= _TOKEN_CACHE_MAX:
                        self._split_cache.clear()
                any_next, by_next = split
                for i in where[w]:
                    # only the items whose next word is this token's next word (a plain word
                    # item needs exactly it), and those that need none: a word repeated a
                    # hundred thousand times is not compared with every item it starts (#14)
                    chosen = any_next
                    if by_next:
                        extra = by_next.get(words[i + 1]) if i + 1 < n else None
                        if extra:
                            chosen = sorted(any_next + extra)
                    for k, concept, rest in chosen:
                        if not rest:
                            keyed.append((i, k, concept, t_starts[i], t_ends[i]))
                            continue
                        end = _match_rest(rest, words, t_ends, i + 1, bounds[i])
                        if end is not None:
                            keyed.append((i, k, concept, t_starts[i], end))
            keyed.sort()  # token order, then the items' own order: as a scan token by token gives
            out.extend((concept, a, b) for _, _, concept, a, b in keyed)
        return out

    def _drop_excluded(self, folded: str, hits: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        """Hits that overlap no ``exclude`` match of their concept. Exclude patterns are searched
        only in windows around the hits (patterns are bounded: no match spans more than
        ``_EXCLUDE_REACH`` characters either side of a hit it overlaps)."""
        by_concept: dict[str, list[tuple[int, int]]] = {}
        for c, hs, he in hits:
            if c in self._excludes:
                by_concept.setdefault(c, []).append((hs, he))
        if not by_concept:
            return hits
        spans: dict[str, list[tuple[int, int]]] = {}
        n = len(folded)
        for concept, own in by_concept.items():
            rx = self._excludes[concept].regex("match", folded)
            if rx is None:
                continue
            found: list[tuple[int, int]] = []
            lo = hi = -1
            for hs, he in sorted(own):
                ws, we = max(0, hs - _EXCLUDE_REACH), min(n, he + _EXCLUDE_REACH)
                if ws <= hi:
                    hi = max(hi, we)
                    continue
                if hi >= 0:
                    found.extend(m.span() for m in rx.finditer(folded, lo, hi))
                lo, hi = ws, we
            if hi >= 0:
                found.extend(m.span() for m in rx.finditer(folded, lo, hi))
            spans[concept] = found
        return [(c, s, e) for c, s, e in hits if not any(xs < e and s < xe for xs, xe in spans.get(c, ()))]


#: A starting word's items, numbered in their order: those that need no particular next word
#: (a single word, or a next element that is a prefix, suffix, infix or gap), and the others by
#: the plain word they need next.
_SplitItems = tuple[list[tuple[int, str, tuple[_Elem, ...]]], dict[str, list[tuple[int, str, tuple[_Elem, ...]]]]]


def _split_items(items: list[tuple[str, tuple[_Elem, ...]]]) -> _SplitItems:
    any_next: list[tuple[int, str, tuple[_Elem, ...]]] = []
    by_next: dict[str, list[tuple[int, str, tuple[_Elem, ...]]]] = {}
    for k, (concept, rest) in enumerate(items):
        if rest and rest[0][0] == "w":
            by_next.setdefault(rest[0][1], []).append((k, concept, rest))
        else:
            any_next.append((k, concept, rest))
    return any_next, by_next


def _match_rest(rest: tuple[_Elem, ...], words: list[str], ends: Sequence[int], j: int, limit: int) -> int | None:
    """End offset of the match of ``rest`` from token ``j`` (tokens ending at most at ``limit``;
    ``ends``: the end offset of each token). Elements are compared in a loop; only a gap
    (``...``) recurses, once per skip it tries."""
    n = len(words)
    for k, e in enumerate(rest):
        if e[0] == "g":
            tail = rest[k + 1 :]
            for skip in range(_GAP + 1):
                end = _match_rest(tail, words, ends, j + skip, limit)
                if end is not None:
                    return end
                if j + skip >= n or ends[j + skip] > limit:
                    return None
            return None
        if j >= n or ends[j] > limit or not _elem_matches(e, words[j]):
            return None
        j += 1
    return ends[j - 1]


class _Spans(Sequence[tuple[int, int]]):
    """The word spans of a text as two arrays of offsets (starts, ends), read as (start, end)
    pairs: a 1 MB message has 125,000 words, and a list of pairs held 11 MB of tuples and
    integers where the arrays hold 2 MB (#14). :meth:`Lexicon.word_hits` reads the arrays."""

    __slots__ = ("starts", "ends")

    def __init__(self, starts: array[int], ends: array[int]) -> None:
        self.starts = starts
        self.ends = ends

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return list(zip(self.starts[i], self.ends[i], strict=True))
        return (self.starts[i], self.ends[i])


def _token_offsets(tokens: Sequence[tuple[int, int]]) -> tuple[Sequence[int], Sequence[int]]:
    """The start and the end offsets of ``tokens`` (a :class:`_Spans` or a list of pairs)."""
    if isinstance(tokens, _Spans):
        return tokens.starts, tokens.ends
    return [a for a, _ in tokens], [b for _, b in tokens]


def _cut_words(folded: str, tokens: Sequence[tuple[int, int]]) -> list[str]:
    """``folded[start:end]`` of every token, one string object per distinct word: the list of a
    long message refers to a few thousand strings instead of holding 125,000 copies (#14)."""
    starts, ends = _token_offsets(tokens)
    one: dict[str, str] = {}
    keep = one.setdefault
    return [keep(w, w) for w in map(folded.__getitem__, map(slice, starts, ends))]


#: Ligatures spelt out, Arabic marks (harakat, tatweel) dropped: one spelling for words and items.
_LIGATURE_TABLE = str.maketrans(
    {"ß": "ss", "œ": "oe", "æ": "ae", **dict.fromkeys([*range(0x064B, 0x0660), 0x0670, 0x0640])}
)


def token_words(folded: str, tokens: Sequence[tuple[int, int]]) -> list[str]:
    """The words of ``tokens`` in ``folded`` as word items compare them (:func:`_unligature`)."""
    words = _cut_words(folded, tokens)
    if folded.isascii():
        return words
    spelt = {w: _unligature(w) for w in set(words)}  # each distinct word once
    return [spelt[w] for w in words]


def _spelt_words(raw: list[str], where: dict[str, array[int]]) -> tuple[list[str], dict[str, array[int]]]:
    """:func:`token_words` and :func:`word_positions` of a text whose words as cut from it are
    ``raw`` (``where``: their positions), each distinct word spelt once."""
    spelt = {w: _unligature(w) for w in where}
    if all(w == u for w, u in spelt.items()):
        return raw, where
    out: dict[str, array[int]] = {}
    for w, idx in where.items():
        u = spelt[w]
        got = out.get(u)
        out[u] = idx if got is None else array("i", sorted(got + idx))
    return [spelt[w] for w in raw], out


def word_positions(words: Sequence[str]) -> dict[str, array[int]]:
    """The indices of each distinct word of ``words``, ascending (an array per word: the word
    of a long message repeated 10,000 times holds 40 kB, not 10,000 integer objects)."""
    where: dict[str, array[int]] = {}
    for i, w in enumerate(words):
        got = where.get(w)
        if got is None:
            where[w] = array("i", (i,))
        else:
            got.append(i)
    return where


#: Below this length a text is searched directly; above, its distinct blank-separated runs.
_VOCABULARY_FROM = 20_000


def _vocabulary(text: str) -> str:
    """Where to test whether a string without white space occurs in ``text``: the distinct
    white-space-separated runs of a long text, one per line (such a string occurs in the text
    exactly when it occurs within one run), else the text itself (also when the runs are not
    much shorter: text in a language written without spaces). Such a language has hundreds of
    items, each a scan of the whole text; in a long text mostly in other languages, most occur
    nowhere."""
    if len(text) < _VOCABULARY_FROM:
        return text
    vocabulary = "\n".join(set(text.split()))
    return vocabulary if len(vocabulary) < len(text) // 2 else text


def _unligature(word: str) -> str:
    """``ß``, ``œ``, ``æ`` spelt out and Arabic marks dropped: words and items compare in one
    spelling (Grüße, Grüsse; نقدّر, نقدر)."""
    return word.translate(_LIGATURE_TABLE) if not word.isascii() else word


def _fold_regex(pattern: str, keep: str) -> str:
    """``pattern`` folded like the text it searches, escapes kept as written: folding lower-cases,
    and a lower-cased ``\\S``, ``\\W`` or ``\\D`` would mean the opposite class."""
    return "".join(
        part if part.startswith("\\") else fold_keep(part, keep) for part in re.split(r"(\\.)", pattern) if part
    )


def _compile_raw(patterns: Sequence[str], where: str, keep: str = "") -> re.Pattern[str]:
    try:
        return re.compile("|".join(f"(?:{_fold_regex(p, keep)})" for p in patterns))
    except re.error as exc:
        raise PackError(f"{where}: bad pattern: {exc}") from None


def lexicon(language: str, packs: Packs | None = None) -> Lexicon | None:
    """The concept lexicon of ``rules/lang/<language>.toml`` in ``packs`` (the configuration's,
    ``ctx.packs``; None: the shipped files), or None if it has none. Built once per Packs."""
    if packs is None:
        return _shipped_lexicon(language)
    return packs.memoised(
        ("concepts.lexicon", language), lambda: _make_lexicon(language, packs.data(f"lang/{language}"))
    )


@cache
def _shipped_lexicon(language: str) -> Lexicon | None:
    return _make_lexicon(language, load_data(f"lang/{language}"))


def _make_lexicon(language: str, data: Mapping[str, Any]) -> Lexicon | None:
    raw = data.get("concept")
    if not raw:
        return None
    if not isinstance(raw, dict):
        raise PackError(f"lang/{language}.toml: [concept] must hold [concept.NAME] tables")
    settings = data.get("concepts", {})
    mode = settings.get("mode", "words") if isinstance(settings, dict) else "words"
    if mode not in ("words", "substring"):
        raise PackError(f"lang/{language}.toml: [concepts] mode must be 'words' or 'substring'")
    skip = data.get("skip-marks", "")
    if not isinstance(skip, str):
        raise PackError(f"lang/{language}.toml: skip-marks must be a character class body")
    return Lexicon(language, raw, mode, skip)


# ---- sentences -----------------------------------------------------------------------------------
#: Sentence ends: punctuation (the Arabic question mark too) followed by a space (or a full stop of a
#: language without spaces), a blank line, or a line break before a line that does not continue the
#: sentence.
# A run of sentence punctuation is matched from its first character only (the look-behind), in
# one piece (possessive): 135k dots without a space after them were 135k rescans of the run.
_BOUNDARY = re.compile(r"(?<![.!?;…؟])[.!?;…؟]++(?=\s|$)|[。！？]+|\n[ \t\r\f\v\u00a0]*(?:\n\s*)*")
_ABBREV = frozenset(
    "no nr n nº ca approx st dr mr mrs ms mme mlle sr sra dott ing z b u a vs etc incl ref tel art bzw ggf evtl".split()
)
#: "3. Mai", "1. Januar", "zum 2. Mal": a day or ordinal before a month name (German writes dates so).
_ORDINAL_DATE = re.compile(
    r"(?<![\d.-])\d{1,2}\. (?:januar|februar|marz|maerz|april|mai|juni|juli|august|september|oktober|"
    r"november|dezember|jan|feb|mrz|apr|jun|jul|aug|sep|sept|okt|nov|dez|mal)\b"
)
_LAST_WORD = re.compile(r"([^\W\d_]+)$")
_EDGE = " \t\r\n\f\v\u00a0#*'\"-–—/|>~_•·"


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of one text of a message; its concepts: :meth:`Annotation.has`."""

    index: int  # position among ALL sentences of the message (body first, then fields)
    text_index: int  # which text: 0 the body, then the fields in order
    start: int  # offsets in that text
    end: int
    words: int  # number of words
    #: index of its first word among the words of its text (:meth:`Annotation.tokens`): the
    #: sentence holds a position, not a tuple of spans (a 1 MB message has 100k words, #14)
    first_token: int = 0
    question: bool = False  # ends with a question mark (concept QUESTION)


@dataclass
class Annotation:
    """Every sentence of a message (body, then fields), built once per document; a sentence's
    concepts are worked out when a rule asks (:meth:`has`) and remembered: word items are found
    for the whole text at once, patterns and excludes only in the sentences asked about."""

    sentences: list[Sentence] = field(default_factory=list)
    texts: list[tuple[str | None, str, str, int]] = field(default_factory=list)  # as folded_texts()
    languages: tuple[str, ...] = ()
    #: (lexicon, its folded version of each text)
    lexicons: list[tuple[Lexicon, list[str]]] = field(default_factory=list)
    #: The word-item hits of every sentence, in sentence order and, within a sentence, in the
    #: order of (start, lexicon index, end, concept): four arrays (start, end, lexicon, concept
    #: number in ``_concept_names``), and where each sentence's hits begin (``_hit_lo``, one
    #: more entry at the end). A 1 MB message has 110,000 hits: as tuples in lists in dicts
    #: they held 15 MB, as arrays 2.3 MB (#14). :meth:`word_hits_of` gives one sentence's.
    _h_start: array[int] = field(default_factory=lambda: array("q"))
    _h_end: array[int] = field(default_factory=lambda: array("q"))
    _h_lex: array[int] = field(default_factory=lambda: array("B"))
    _h_cid: array[int] = field(default_factory=lambda: array("i"))
    _hit_lo: array[int] = field(default_factory=lambda: array("q"))
    #: sentence index -> the concepts with a word hit in it (one frozenset per distinct set)
    _word_set: list[frozenset[str]] = field(default_factory=list)
    _concept_names: list[str] = field(default_factory=list)
    _concept_id: dict[str, int] = field(default_factory=dict)
    #: text index -> concepts with a word hit in that text
    word_concepts: dict[int, set[str]] = field(default_factory=dict)
    #: concept -> indices of the sentences with a word hit of it (before excludes), ascending
    word_sentences: dict[str, list[int]] = field(default_factory=dict)
    #: concept -> sentence index -> :meth:`hits` (by concept first: no key tuple per question)
    _memo: dict[str, dict[int, tuple[tuple[int, int], ...]]] = field(default_factory=dict)
    #: concept -> per text, whether its hits there are its word hits as they are (None: not
    #: worked out yet): see :meth:`_is_plain`
    _plain: dict[str, list[bool | None]] = field(default_factory=dict)
    _starts: dict[int, list[int]] = field(default_factory=dict)
    _rx: dict[tuple[str, int, int, str], re.Pattern[str] | None] = field(default_factory=dict)
    _cheap: dict[tuple[str, ...], bool] = field(default_factory=dict)
    _words: dict[tuple[int, str, int], re.Pattern[str] | None] = field(default_factory=dict)
    _per_lexicon: dict[tuple[int, str], tuple[re.Pattern[str] | None, ...]] = field(default_factory=dict)
    #: (lexicon, concept, text) -> the sentences holding a prefilter word (:meth:`_holding_words`)
    _holding: dict[tuple[int, str, int], frozenset[int]] = field(default_factory=dict)
    _asked: dict[tuple[int, str, int], int] = field(default_factory=dict)
    #: (lexicon, concept, text) -> the sentences holding a string every pattern match holds
    _held: dict[tuple[int, str, int], int] = field(default_factory=dict)
    #: concept -> :meth:`may_hold`
    _may: dict[str, int] = field(default_factory=dict)
    _patterned: dict[tuple[int, str], list[int]] = field(default_factory=dict)
    #: id of a Combo -> (it, its :meth:`Combo.plan`)
    _plans: dict[int, tuple[Combo, list[tuple[Group, bool]]]] = field(default_factory=dict)
    #: text index -> the start and end offsets of its words, in order (:meth:`tokens`)
    _token_spans: dict[int, tuple[array[int], array[int]]] = field(default_factory=dict)
    #: text index -> its distinct words (see :func:`_vocabulary_of`)
    _vocabulary: dict[int, tuple[str, list[int], list[tuple[int, ...]]] | None] = field(default_factory=dict)

    def _regex(self, kind: str, li: int, ti: int, concept: str) -> re.Pattern[str] | None:
        key = (kind, li, ti, concept)
        if key not in self._rx:
            lx, folded = self.lexicons[li]
            if kind == "p":
                self._rx[key] = lx.pattern_regex(concept, folded[ti]) if lx.mode == "words" else None
            else:
                self._rx[key] = lx.exclude_regex(concept, folded[ti])
        return self._rx[key]

    def _pattern_regexes(self, ti: int, concept: str) -> tuple[re.Pattern[str] | None, ...]:
        """The ``patterns`` regex of ``concept`` in text ``ti`` for each lexicon (or None)."""
        key = (ti, concept)
        got = self._per_lexicon.get(key)
        if got is None:
            got = self._per_lexicon[key] = tuple(self._regex("p", li, ti, concept) for li in range(len(self.lexicons)))
        return got

    def _with_patterns(self, ti: int, concept: str) -> list[int]:
        """The lexicons whose ``patterns`` of ``concept`` can match in text ``ti``, in order."""
        key = (ti, concept)
        got = self._patterned.get(key)
        if got is None:
            got = self._patterned[key] = [
                li for li, rx in enumerate(self._pattern_regexes(ti, concept)) if rx is not None
            ]
        return got

    def _may_match(self, li: int, concept: str, folded: str, s: Sentence, rx: re.Pattern[str]) -> bool:
        """False if no pattern of ``concept`` in lexicon ``li`` (``rx``) can match in sentence
        ``s``: none of the words every match contains is in it (the alternation, tried at every
        position of the sentence, costs several times this scan for literals). Once a text's
        sentences have been asked about often, the sentences that may match are found for all
        of them at once, and must also hold a character a match can start with (``scan``)."""
        held = self._held.get((li, concept, s.text_index))
        if held is not None:
            return bool(held >> s.index & 1)  # found for may_hold: no match elsewhere
        if len(folded) < _WORDS_REGEX_FROM:
            required = self.lexicons[li][0].required_words(concept, folded)
            if required is None:
                return True
            sentence = folded[s.start : s.end]
            return any(w in sentence for w in required)
        key = (li, concept, s.text_index)
        if key in self._words:
            words = self._words[key]
        else:
            words = self._words[key] = self.lexicons[li][0].pattern_words(concept, folded)
        where = key  # (lexicon, concept, text): the same key for the prefilter and its sentences
        holding = self._holding.get(where)
        if holding is None:
            asked = self._asked[where] = self._asked.get(where, 0) + 1
            if asked < _ASKED_BEFORE_SCAN:
                return words is None or words.search(folded, s.start, s.end) is not None
            holding = frozenset(t.index for t in self.sentences)
            if words is not None:
                required = self.lexicons[li][0].required_words(concept, folded)
                by_token = self._holding_tokens(words, required, folded, s.text_index)
                holding = by_token if by_token is not None else self._holding_words(words, folded, s.text_index)
            starts = scanner(rx)
            if starts is not None:
                holding &= self._holding_words(starts, folded, s.text_index)
            self._holding[where] = holding
        return s.index in holding

    def _holding_tokens(
        self, words: re.Pattern[str], required: frozenset[str] | None, folded: str, ti: int
    ) -> frozenset[int] | None:
        """:meth:`_holding_words` told from the distinct words of the text, not the text (a
        hundred times shorter for a long message): a string of letters and digits only lies
        within one word, so a sentence holds one exactly when one of its words does. None when
        that cannot be told so: ``folded`` is not the text the words were cut from (a language
        that keeps letters), a string holds something else, or a word crosses a sentence end."""
        if required is None or folded is not self.texts[ti][2] or not all(_LETTERS.fullmatch(w) for w in required):
            return None
        got = self._vocabulary.get(ti)
        if not got:
            return None
        joined, line_starts, sentences = got
        out: set[int] = set()
        pos = 0
        while (m := words.search(joined, pos)) is not None:
            line = bisect.bisect_right(line_starts, m.start()) - 1
            out.update(sentences[line])
            pos = line_starts[line + 1] if line + 1 < len(line_starts) else len(joined)
        return frozenset(out)

    def _holding_words(self, words: re.Pattern[str], folded: str, ti: int) -> frozenset[int]:
        """The sentences of text ``ti`` that hold one of the strings of ``words`` (a literal
        alternation, shortest strings first; or a ``scan`` regex of one character), as asking
        ``words.search`` in each would tell, found in one scan of the text: every position
        where one starts (overlapping ones too), until one whose shortest string there lies
        within its sentence. For a long message whose sentences are asked about many times (#14)."""
        starts = self.starts(ti)
        first = self.first_of(ti)
        out: set[int] = set()
        pos = 0
        while (m := words.search(folded, pos)) is not None:
            p = m.start()
            pos = p + 1
            k = bisect.bisect_right(starts, p) - 1
            if k >= 0:
                s = self.sentences[first + k]
                if m.end() <= s.end:
                    out.add(s.index)
                    pos = max(pos, s.end)  # the sentence holds one: on to the next
        return frozenset(out)

    def _holding_strings(self, strings: frozenset[str], folded: str, ti: int) -> frozenset[int]:
        """:meth:`_holding_words` for a short text, without a regex: every occurrence of each
        of ``strings`` (``str.find``), kept when it lies within its sentence. Compiling the
        literal alternation of :meth:`Lexicon.pattern_words` (hundreds of strings for some
        concepts) cost more than the whole scan of a short message (#14)."""
        starts = self.starts(ti)
        first = self.first_of(ti)
        out: set[int] = set()
        for w in strings:
            p = folded.find(w)
            while p >= 0:
                k = bisect.bisect_right(starts, p) - 1
                if k >= 0:
                    s = self.sentences[first + k]
                    if p + len(w) <= s.end:
                        out.add(s.index)
                p = folded.find(w, p + 1)
        return frozenset(out)

    def cheap(self, group: tuple[str, ...]) -> bool:
        """True if no concept of ``group`` has patterns (word items only: known at no cost)."""
        got = self._cheap.get(group)
        if got is None:
            got = self._cheap[group] = not any(lx.has_patterns(c) for c in group for lx, _ in self.lexicons)
        return got

    def possible(self, concept: str) -> bool:
        """False if ``concept`` occurs in no sentence of the message (cheap: word hits and the
        pattern prefilter, once per text)."""
        if concept == QUESTION:
            return any(s.question for s in self.sentences)
        for ti in range(len(self.texts)):
            if concept in self.word_concepts.get(ti, ()):
                return True
            if any(self._regex("p", li, ti, concept) is not None for li in range(len(self.lexicons))):
                return True
        return False

    def candidates(self, group: tuple[str, ...]) -> int:
        """The sentences where a concept of ``group`` may be, as a bit set (bit i: sentence i): a
        superset of those where :meth:`has` is true (see :meth:`may_hold`)."""
        out = 0
        for c in group:
            out |= self.may_hold(c)
        return out

    def may_hold(self, concept: str) -> int:
        """The sentences that may carry ``concept``, as a bit set (bit i: sentence i): those with
        a word hit of it (before excludes), a question mark (QUESTION), or, for each lexicon with
        ``patterns`` of it, one of the strings every match holds (:meth:`Lexicon.pattern_words`;
        every sentence of a text when a pattern has none). A superset of the sentences where
        :meth:`has` is true, found with one scan per lexicon and text: a combination is then
        asked only where each of its concepts may be (a message of 60 sentences asked every
        sentence, #14). Bits, not sets of indices: a long message has 20,000 sentences and
        dozens of concepts."""
        got = self._may.get(concept)
        if got is not None:
            return got
        n = len(self.sentences)
        if concept == QUESTION:
            got = _bit_set((s.index for s in self.sentences if s.question), n)
        else:
            got = _bit_set(self.word_sentences.get(concept, ()), n)
            for li, (lx, folded) in enumerate(self.lexicons):
                if not lx.has_patterns(concept):
                    continue
                for ti in range(len(self.texts)):
                    required = lx.required_words(concept, folded[ti])
                    if required is None:
                        got |= _bit_set((s.index for s in self.sentences if s.text_index == ti), n)
                        continue
                    held: frozenset[int] | None = None
                    if len(folded[ti]) < _WORDS_REGEX_FROM:
                        held = self._holding_strings(required, folded[ti], ti)
                    else:
                        words = lx.pattern_words(concept, folded[ti])
                        assert words is not None  # as required is not None
                        held = self._holding_tokens(words, required, folded[ti], ti)
                        if held is None:
                            held = self._holding_words(words, folded[ti], ti)
                    mask = self._held[(li, concept, ti)] = _bit_set(held, n)
                    got |= mask
        self._may[concept] = got
        return got

    def word_hits_of(self, index: int) -> dict[str, list[tuple[int, int, int, str]]]:
        """Concept -> (start, lexicon index, end, concept) of the word-item hits of sentence
        ``index``, in order (excludes not applied): for tests and reports."""
        out: dict[str, list[tuple[int, int, int, str]]] = {}
        for k in range(self._hit_lo[index], self._hit_lo[index + 1]):
            c = self._concept_names[self._h_cid[k]]
            out.setdefault(c, []).append((self._h_start[k], self._h_lex[k], self._h_end[k], c))
        return out

    def _is_plain(self, ti: int, concept: str) -> bool:
        """True if the hits of ``concept`` in text ``ti`` are its word hits as they are: no
        lexicon has ``patterns`` of it that can match in the text, nor ``exclude`` patterns of
        it. Such hits are read from the arrays when asked, not memoised: a long message asks
        about 50,000 (sentence, concept) pairs, and their memo held 7 MB (#14)."""
        got = self._plain.get(concept)
        if got is None:
            got = self._plain[concept] = [None] * len(self.texts)
        plain = got[ti]
        if plain is None:
            plain = got[ti] = not self._with_patterns(ti, concept) and not any(
                lx.has_excludes(concept) for lx, _ in self.lexicons
            )
        return plain

    def _word_spans(self, index: int, concept: str) -> tuple[tuple[int, int], ...]:
        """The spans of the word hits of ``concept`` in sentence ``index``, lexicon by lexicon
        (in their order), each lexicon's in text order: what :meth:`hits` gives for a plain
        concept (:meth:`_is_plain`)."""
        cid = self._concept_id.get(concept)
        if cid is None:
            return ()
        by_lexicon: dict[int, list[tuple[int, int]]] = {}
        h_cid, h_lex, h_start, h_end = self._h_cid, self._h_lex, self._h_start, self._h_end
        for k in range(self._hit_lo[index], self._hit_lo[index + 1]):
            if h_cid[k] == cid:
                by_lexicon.setdefault(h_lex[k], []).append((h_start[k], h_end[k]))
        if len(by_lexicon) == 1:
            return tuple(*by_lexicon.values())
        return tuple(sp for li in sorted(by_lexicon) for sp in by_lexicon[li])

    def hits(self, s: Sentence, concept: str) -> tuple[tuple[int, int], ...]:
        """Spans (text offsets) of ``concept`` in sentence ``s``, excludes applied (memoised,
        but for a plain concept: :meth:`_is_plain`)."""
        memo = self._memo.get(concept)
        if memo is None:
            memo = self._memo[concept] = {}
        else:
            got = memo.get(s.index)
            if got is not None:
                return got
        if concept != QUESTION and self._is_plain(s.text_index, concept):
            return self._word_spans(s.index, concept) if concept in self._word_set[s.index] else ()
        if concept == QUESTION:
            got = ((s.start, s.end),) if s.question else ()
        elif not (asked := self._with_patterns(s.text_index, concept)) and concept not in self._word_set[s.index]:
            got = ()  # no word hit here and no lexicon with patterns of it: most of the asking (#14)
        else:
            by_lexicon: dict[int, list[tuple[int, int]]] = {}
            if concept in self._word_set[s.index]:
                cid = self._concept_id[concept]
                h_cid, h_lex, h_start, h_end = self._h_cid, self._h_lex, self._h_start, self._h_end
                for k in range(self._hit_lo[s.index], self._hit_lo[s.index + 1]):
                    if h_cid[k] == cid:
                        by_lexicon.setdefault(h_lex[k], []).append((h_start[k], h_end[k]))
            regexes = self._pattern_regexes(s.text_index, concept)
            # the lexicons with patterns for the concept or word hits in the sentence, in order:
            # the others have nothing to add (most of a dozen, for most concepts)
            if by_lexicon:
                asked = sorted({*asked, *by_lexicon})
            out: list[tuple[int, int]] = []
            for li in asked:
                rx = regexes[li]
                mine = by_lexicon.get(li, [])
                folded = self.lexicons[li][1][s.text_index]
                if rx is not None and self._may_match(li, concept, folded, s, rx):
                    mine.extend(m.span() for m in scan_finditer(rx, folded, s.start, s.end) if m.end() > m.start())
                if mine:
                    ex = self._regex("x", li, s.text_index, concept)
                    if ex is not None:
                        mine = _outside(mine, [m.span() for m in ex.finditer(folded, s.start, s.end)])
                    out.extend(mine)
            got = tuple(out)
        memo[s.index] = got
        return got

    def has(self, s: Sentence, concept: str) -> bool:
        """True if sentence ``s`` carries ``concept``."""
        memo = self._memo.get(concept)
        if memo is not None:
            got = memo.get(s.index)
            if got is not None:
                return bool(got)
        if concept != QUESTION and self._is_plain(s.text_index, concept):
            return concept in self._word_set[s.index]
        return bool(self.hits(s, concept))

    def concepts(self, s: Sentence, skip: frozenset[str] = frozenset()) -> frozenset[str]:
        """Every concept of sentence ``s`` (all lexicons asked: for tests and reports), but those
        of ``skip``, which are not worked out (MSG603's ``ignored``: clause patterns)."""
        return frozenset(c for c in self.concept_names() if c not in skip and self.has(s, c))

    def concept_names(self) -> tuple[str, ...]:
        """QUESTION, then the concepts of each lexicon in the order of its file (a name once): the
        order :meth:`concepts` asks them in, the same in every run."""
        return tuple(dict.fromkeys((QUESTION, *(c for lx, _ in self.lexicons for c in lx.names))))

    def tokens(self, s: Sentence) -> list[tuple[int, int]]:
        """The word spans of sentence ``s`` (text offsets), in order: made when asked (thanks-only
        asks about a few sentences), from two arrays of offsets per text."""
        if not s.words:
            return []
        starts, ends = self._token_spans[s.text_index]
        lo, hi = s.first_token, s.first_token + s.words
        return list(zip(starts[lo:hi], ends[lo:hi], strict=True))

    def first_of(self, text_index: int) -> int:
        """Index of the first sentence of text ``text_index`` (len(sentences) if it has none)."""
        return next((s.index for s in self.sentences if s.text_index == text_index), len(self.sentences))

    def starts(self, text_index: int) -> list[int]:
        """Start offsets of the sentences of text ``text_index``, in order."""
        got = self._starts.get(text_index)
        if got is None:
            got = self._starts[text_index] = [s.start for s in self.sentences if s.text_index == text_index]
        return got

    def neighbours(self, s: Sentence, distance: int = 1) -> list[Sentence]:
        """The sentences at most ``distance`` away from ``s`` in the same text (``s`` included)."""
        lo, hi = max(0, s.index - distance), min(len(self.sentences), s.index + distance + 1)
        return [t for t in self.sentences[lo:hi] if t.text_index == s.text_index]

    def span(self, doc: Document, s: Sentence) -> tuple[int, int]:
        """Source offsets of sentence ``s``."""
        _, _, _, offset = self.texts[s.text_index]
        if offset < 0:
            return doc.text_span(s.start, s.end)
        return offset + s.start, offset + s.end

    def words_of(self, s: Sentence) -> str:
        """The sentence as written, white space collapsed."""
        return " ".join(self.texts[s.text_index][1][s.start : s.end].split())


def _bit_set(indices: Iterable[int], n: int) -> int:
    """The bit set (bit i: sentence i) of ``indices``, all below ``n``; built in one pass."""
    bits = bytearray((n >> 3) + 1)
    for i in indices:
        bits[i >> 3] |= 1 << (i & 7)
    return int.from_bytes(bits, "little")


def _bit_indices(bits: int) -> list[int]:
    """The indices of the set bits of ``bits``, ascending (one pass over its binary digits)."""
    digits = bin(bits)[:1:-1]  # lowest bit first
    out: list[int] = []
    i = digits.find("1")
    while i >= 0:
        out.append(i)
        i = digits.find("1", i + 1)
    return out


def _spread(bits: int, distance: int, n: int) -> int:
    """The sentences at most ``distance`` away from one of ``bits`` (below ``n``): a sentence
    near one that carries a `near` group (texts are not told apart: a superset)."""
    out = bits
    for d in range(1, distance + 1):
        out |= bits << d | bits >> d
    return out & ((1 << n) - 1)


#: Longest token cut into substrings by Lexicon._infixes (a word; longer runs are searched).
_INFIX_CUT_MAX = 48


#: After this many sentences asked about one prefilter (lexicon, concept, text), the sentences
#: that hold its words are found in one scan of the text instead of one search per sentence.
_ASKED_BEFORE_SCAN = 24


#: Texts shorter than this are searched for the strings every pattern match holds one by one
#: (Annotation._holding_strings); longer ones with one literal alternation (Lexicon.pattern_words).
_WORDS_REGEX_FROM = 4_000


#: A string that can only occur inside one word of a text (see Annotation._holding_tokens).
_LETTERS = re.compile(r"[^\W_]+")


def _vocabulary_of(
    words: Mapping[str, Sequence[int]], token_sentence: Sequence[int] | None
) -> tuple[str, list[int], list[tuple[int, ...]]] | None:
    """The distinct ``words`` of a text (each with the indices of its tokens) joined by line
    breaks, the start of each line, and the indices of the sentences holding each (a tuple: a
    quarter of a set's size; from
    ``token_sentence``, the sentence of each token, -1: none); None if a word reaches beyond
    its sentence's end (``token_sentence`` None: a string inside that word would not be inside
    the sentence)."""
    if token_sentence is None:
        return None
    held = [tuple({token_sentence[i] for i in where} - {-1}) for where in words.values()]
    line_starts: list[int] = []
    at = 0
    for w in words:
        line_starts.append(at)
        at += len(w) + 1
    return "\n".join(words), line_starts, held


def _outside(spans: list[tuple[int, int]], matches: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ``spans`` that overlap none of ``matches`` (the matches of one ``finditer``: they do
    not overlap, so their starts and their ends both ascend). A binary search per span, not a
    scan of every match: a long sentence may hold thousands of both."""
    if not matches:
        return spans
    starts = [xs for xs, _ in matches]
    ends = [xe for _, xe in matches]
    out: list[tuple[int, int]] = []
    for a, b in spans:
        k = bisect.bisect_left(starts, b)  # matches[:k] start before the span ends
        if k and ends[k - 1] > a:  # the last of them ends furthest: it overlaps if any does
            continue
        out.append((a, b))
    return out


def split_sentences(original: str, folded: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence of a text (stripped of white space and decoration)."""
    out: list[tuple[int, int]] = []
    start = 0
    # (its matches found by scan.finditer: the boundary characters are sparse, and the regex
    # starts with a look-behind, so the engine alone tries it at every character)
    for m in scan_finditer(_BOUNDARY, folded):
        s, e = m.start(), m.end()
        if folded[s] == "\n":
            if "\n" not in folded[s + 1 : e]:  # one line break: a wrapped line continues
                nxt = original[e : e + 1]
                prev = folded[s - 1 : s] if s else ""
                if nxt.islower() and prev not in ".!?:;" and prev:
                    continue
        elif folded[s] == ".":
            word = _LAST_WORD.search(folded[max(0, s - 8) : s])
            if word and (len(word.group(1)) == 1 or word.group(1) in _ABBREV) and e - s == 1:
                continue
            if original[e : e + 40].lstrip()[:1].islower():
                continue
            date = _ORDINAL_DATE.search(folded, max(0, s - 2), e + 12) if e - s == 1 else None
            if date is not None and date.start() < s < date.end():
                continue  # "am 3. Mai": a German ordinal date, not the end of a sentence
        _add(out, folded, start, e)
        start = e
    _add(out, folded, start, len(folded))
    return out


def _add(out: list[tuple[int, int]], folded: str, s: int, e: int) -> None:
    piece = folded[s:e]
    lead = len(piece) - len(piece.lstrip(_EDGE))
    trail = len(piece) - len(piece.rstrip(_EDGE))
    if lead + trail < len(piece):
        out.append((s + lead, e - trail))


def annotate(doc: Document, ctx: Context) -> Annotation:
    """The sentences of ``doc`` with their concepts, computed once per document (ctx.cache)."""
    langs = languages_for(ctx, doc)
    key = ("concepts", langs)
    cached = ctx.cache.get("concepts.annotation")
    if cached is not None and cached[0] == key:
        result: Annotation = cached[1]
        return result
    result = annotate_texts(
        folded_texts(doc, ctx.cache),
        langs,
        ctx.packs,
        lambda keep: [f for _, _, f, _ in folded_texts(doc, ctx.cache, keep)],
    )
    ctx.cache["concepts.annotation"] = (key, result)
    return result


def annotate_texts(
    texts: list[tuple[str | None, str, str, int]],
    languages: Sequence[str],
    packs: Packs | None = None,
    refold: Callable[[str], list[str]] | None = None,
) -> Annotation:
    """:func:`annotate` for (field, original, folded, offset) texts (see ``folded_texts``).
    ``refold(keep)``: the texts folded keeping the letters ``keep`` (the document's, shared
    with the phrase rules: one copy of a long text per folding, and the phrase engine's
    prefilter sees the same strings); None: folded here."""
    lexicons = [lx for lx in (lexicon(lang, packs) for lang in languages) if lx is not None]
    ann = Annotation(texts=texts, languages=tuple(languages))
    refolded: dict[str, list[str]] = {"": [f for _, _, f, _ in texts]}
    for lx in lexicons:
        if lx.keep not in refolded:
            refolded[lx.keep] = refold(lx.keep) if refold else [fold_keep(o, lx.keep) for _, o, _, _ in texts]
    ann.lexicons = [(lx, refolded[lx.keep]) for lx in lexicons]
    # a word hit is sorted as one integer: start, lexicon, end, concept number (the concepts
    # numbered in the order of their names), each in a field wide enough for it, so that the
    # integers sort as the tuples (start, lexicon, end, concept) did, at a fifth of their size
    names = ann._concept_names = sorted({c for lx in lexicons for c in lx.names})
    concept_id = ann._concept_id = {c: i for i, c in enumerate(names)}
    c_bits = len(names).bit_length()
    l_bits = len(lexicons).bit_length()
    distinct: dict[frozenset[str], frozenset[str]] = {}
    # offsets in 4-byte arrays unless a text is too long for them (over 2**31 characters)
    wide = "q" if max((len(f) for _, _, f, _ in texts), default=0) >= 2**31 else "i"
    ann._h_start, ann._h_end = array(wide), array(wide)
    for ti, (_, original, folded, _) in enumerate(texts):
        spans = split_sentences(original, folded)
        if not spans:
            continue
        flat = array(wide, itertools.chain.from_iterable(map(_SPAN, _TEXT_TOKEN.finditer(folded))))
        token_starts, token_ends = flat[0::2], flat[1::2]
        del flat
        tokens = _Spans(token_starts, token_ends)
        e_bits = len(folded).bit_length()
        at_lexicon = c_bits + e_bits
        at_start = at_lexicon + l_bits
        c_mask, e_mask, l_mask = (1 << c_bits) - 1, (1 << e_bits) - 1, (1 << l_bits) - 1
        # the end of each token's sentence: multi-word items never cross a sentence end. A token
        # belongs to the first sentence ending after its start (the last sentence if none does;
        # after the last sentence, the text's end bounds it): filled sentence by sentence.
        bounds: list[int] = []
        lo = 0
        for _, end in spans:
            hi = bisect.bisect_left(token_starts, end, lo)
            bounds.extend([end] * (hi - lo))
            lo = hi
        bounds.extend([len(folded)] * (len(tokens) - lo))
        keys: list[int] = []
        # lexicons that fold alike share one text: its words and their positions, once
        shared: dict[int, tuple[list[str], dict[str, array[int]]]] = {}
        for li, (lx, folded_texts_) in enumerate(ann.lexicons):
            text = folded_texts_[ti]
            words, where = None, None
            if lx.mode == "words":
                got = shared.get(id(text))
                if got is None:
                    if text is folded:
                        raw = _cut_words(folded, tokens)  # the words as cut from the text
                        got = _spelt_words(raw, word_positions(raw))  # token_words(), word_positions()
                    else:
                        words = token_words(text, tokens)
                        got = (words, word_positions(words))
                    shared[id(text)] = got
                words, where = got
            keys.extend(
                hs << at_start | li << at_lexicon | he << c_bits | concept_id[c]
                for c, hs, he in lx.word_hits(text, tokens, bounds, words, where)
            )
        keys.sort()
        hi = ti_tok = 0
        #: the sentence of each token (-1: none); None once a token crosses a sentence's end
        token_sentence: list[int] | None = [-1] * len(tokens)
        kept: list[int] = []  # the hits inside a sentence, in order
        before = len(ann._h_start)
        for s, e in spans:
            index = len(ann.sentences)
            lo = bisect.bisect_left(keys, s << at_start, hi)  # hits before the sentence: in none
            hi = bisect.bisect_left(keys, e << at_start, lo)
            ann._hit_lo.append(before + len(kept))
            if lo < hi:
                mine = keys[lo:hi]
                kept += mine
                named = frozenset([names[c] for c in {k & c_mask for k in mine}])
                named = distinct.setdefault(named, named)
                ann._word_set.append(named)
                ann.word_concepts.setdefault(ti, set()).update(named)
                for c in named:
                    ann.word_sentences.setdefault(c, []).append(index)
            else:
                ann._word_set.append(_NO_CONCEPTS)
            ti_tok = bisect.bisect_left(token_starts, s, ti_tok)
            k = bisect.bisect_left(token_starts, e, ti_tok)
            if token_sentence is not None and k > ti_tok:
                token_sentence[ti_tok:k] = [index] * (k - ti_tok)
                if token_ends[k - 1] > e:
                    token_sentence = None  # see _vocabulary_of
            question = folded[e - 1 : e] in ("?", "\uff1f", "\u061f") or folded[s : s + 1] == "\u00bf"
            ann.sentences.append(Sentence(index, ti, s, e, k - ti_tok, ti_tok, question))
        del keys
        ann._h_start.extend([k >> at_start for k in kept])
        ann._h_lex.extend([k >> at_lexicon & l_mask for k in kept])
        ann._h_end.extend([k >> c_bits & e_mask for k in kept])
        ann._h_cid.extend([k & c_mask for k in kept])
        del kept
        ann._token_spans[ti] = (token_starts, token_ends)
        # the text's distinct words and their sentences, for the pattern prefilter (#14): made
        # now, while the token lists are at hand, and kept instead of them (a long text has
        # 100k tokens, and they would live as long as the document's cache). The words as
        # word items compare them (ß spelt ss, Arabic marks dropped): a string of letters
        # inside a word as cut is inside it so spelt too (a superset, for a prefilter).
        spelt = shared.get(id(folded))
        ann._vocabulary[ti] = _vocabulary_of(spelt[1], token_sentence) if spelt is not None else None
    ann._hit_lo.append(len(ann._h_start))
    return ann


#: The word concepts of a sentence without word hits.
_NO_CONCEPTS: frozenset[str] = frozenset()


def covered_tokens(tokens: Sequence[tuple[int, int]], spans: Sequence[tuple[int, int]]) -> list[bool]:
    """For each token (in text order), whether one of ``spans`` contains it (linear sweep)."""
    ordered = sorted(spans)
    out: list[bool] = []
    j = 0
    reach = -1
    for ts, te in tokens:
        while j < len(ordered) and ordered[j][0] <= ts:
            reach = max(reach, ordered[j][1])
            j += 1
        out.append(reach >= te)
    return out


def concepts_of(text: str, language: str) -> frozenset[str]:
    """The concepts of ``text`` (every sentence) in ``language``: for tests and examples."""
    ann = annotate_texts([(None, text, fold(text), -1)], (language,))
    return frozenset().union(*(ann.concepts(s) for s in ann.sentences)) if ann.sentences else frozenset()


# ---- combinations (the rules) --------------------------------------------------------------------
#: A group of concepts, any of which will do ("A|B"), in the order the pack names them.
Group = tuple[str, ...]


def _names(value: object, where: str) -> tuple[Group, ...]:
    """A list of concept names, each possibly "A|B" (either). Each group keeps the pack's order
    (a name given twice once): the concepts are asked in that order, and a frozenset's order,
    which changes with PYTHONHASHSEED, made the work of a run (which patterns were tried, which
    anchor files were read) differ from one run to the next."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise PackError(f"{where}: expected a list of concept names")
    return tuple(tuple(dict.fromkeys(x.strip() for x in v.split("|"))) for v in value)


_COMBO_KEYS = frozenset(
    "all near none none-near distance max-words clause clause-none next previous apart examples".split()
)


@dataclass(frozen=True)
class Combo:
    """One way a rule's purpose shows in a sentence, ``[[rule.data.when]]`` in the pack:

    * ``all``: every concept (or one of "A|B") occurs in the sentence;
    * ``near``: every concept occurs in the sentence or a neighbour (``distance``, default 1);
    * ``none``: no such concept in the sentence (exemptions are scoped to sentences);
    * ``none-near``: no such concept in the sentence or its neighbours;
    * ``max-words``: the sentence has at most this many words (a heading such as "Order
      confirmation", not a sentence that mentions one);
    * ``clause``: the first group opens a clause (a condition word: "if", "provided", "wenn",
      "si"...) that runs to the next comma, colon, dash or bracket, or the sentence end; every
      other group occurs in that clause after its opener ("if the tent kept you DRY" is a condition
      about the outcome, "if you have a moment" is not). ``clause-none``: no such concept in that
      clause ("if you LIKE, leave a review": a wish; "if it did NOT work": the unhappy branch).
      One opener that qualifies is enough: "if you have time and if you love it" holds;
    * ``next``: every group occurs in the sentence that follows (same text): "Did it keep its
      promise? THEN a REVIEW would help" (the condition asked, the review in the answer);
      ``previous``: every group occurs in the sentence before ("... a REVIEW. IF NOT, write to
      us": the branch refers to what was just said, not to a review further away);
    * ``apart``: the ``all`` groups must be carried by hits that do not overlap one another: a
      concept that spans a clause (a condition "if the lamp works for you") governs a review
      request outside it ("..., leave a review"), not one inside it ("if you leave a review, we
      read it").

    Two or more ``all`` groups must be carried by at least two different words or phrases: one
    word that belongs to two concepts ("received" is a delivery and a done status) is not a
    combination ("we received a password reset request" confirms nothing).
    """

    all: tuple[Group, ...]
    near: tuple[Group, ...] = ()
    none: tuple[Group, ...] = ()
    none_near: tuple[Group, ...] = ()
    distance: int = 1
    max_words: int | None = None
    clause: tuple[Group, ...] = ()
    clause_none: tuple[Group, ...] = ()
    next: tuple[Group, ...] = ()
    previous: tuple[Group, ...] = ()
    apart: bool = False
    #: exemptions only (``none-within = {REPLY = 3}``): a concept that exempts the sentences up
    #: to its own distance away. A reply to the buyer's question ("you asked when it ships")
    #: frames the answer that follows it, which often runs over several sentences.
    within: tuple[tuple[str, int], ...] = ()

    @classmethod
    def parse(cls, raw: object, where: str) -> Combo:
        if not isinstance(raw, dict):
            raise PackError(f"{where}: a [[rule.data.when]] entry must be a table")
        unknown = set(raw) - _COMBO_KEYS
        if unknown:
            raise PackError(f"{where}: unknown keys {sorted(unknown)}")
        combo = cls(
            _names(raw.get("all", []), where),
            _names(raw.get("near"), where),
            _names(raw.get("none"), where),
            _names(raw.get("none-near"), where),
            int(raw.get("distance", 1)),
            _max_words(raw.get("max-words"), where),
            _names(raw.get("clause"), where),
            _names(raw.get("clause-none"), where),
            _names(raw.get("next"), where),
            _names(raw.get("previous"), where),
            _apart(raw.get("apart", False), where),
        )
        if not combo.all:
            raise PackError(f"{where}: 'all' must name at least one concept")
        if len(combo.clause) == 1 or (combo.clause_none and not combo.clause):
            raise PackError(f"{where}: 'clause' names an opener and at least one concept inside its clause")
        return combo

    def concepts(self) -> frozenset[str]:
        out: set[str] = set()
        groups = (self.all, self.near, self.none, self.none_near, self.clause, self.clause_none)
        for group in (g for gs in (*groups, self.next, self.previous) for g in gs):
            out.update(group)
        out.update(c for c, _ in self.within)
        return frozenset(out)

    def exempts(self, ann: Annotation, s: Sentence) -> bool:
        """True if a ``none`` concept is in ``s`` or a ``none-near`` one around it."""
        if any(ann.has(s, c) for g in self.none for c in g):
            return True
        if self.none_near:
            around = ann.neighbours(s, self.distance)
            if any(ann.has(t, c) for g in self.none_near for c in g for t in around):
                return True
        return any(ann.has(t, c) for c, d in self.within for t in ann.neighbours(s, d))

    def plan(self, ann: Annotation) -> list[tuple[Group, bool]]:
        """The ``all`` and ``near`` groups (True: near) in the order :meth:`holds` asks them:
        word-only groups first (known at no cost, so patterns run only in sentences that
        already have them). Worked out once per annotation, not once per sentence (#14)."""
        got = ann._plans.get(id(self))
        if got is None or got[0] is not self:
            checks = [(g, False) for g in self.all] + [(g, True) for g in self.near]
            checks.sort(key=lambda gc: not ann.cheap(gc[0]))
            got = ann._plans[id(self)] = (self, checks)
        return got[1]

    def holds(self, ann: Annotation, s: Sentence) -> bool:
        """True if the combination holds at sentence ``s`` (word-only concepts are asked first,
        so that patterns run only in sentences that already have them)."""
        if self.max_words is not None and s.words > self.max_words:
            return False
        around = ann.neighbours(s, self.distance) if self.near or self.none_near else (s,)
        has = ann.has
        for group, near in self.plan(ann):
            if near:
                if not any(has(t, c) for t in around for c in group):
                    return False
            elif not any(has(s, c) for c in group):
                return False
        for g in self.none:
            if any(has(s, c) for c in g):
                return False
        if self.none_near and any(has(t, c) for g in self.none_near for c in g for t in around):
            return False
        for groups, step in ((self.next, 1), (self.previous, -1)):
            if groups:
                k = s.index + step
                other = ann.sentences[k] if 0 <= k < len(ann.sentences) else None
                if other is None or other.text_index != s.text_index:
                    return False
                if not all(any(ann.has(other, c) for c in g) for g in groups):
                    return False
        if self.clause and not _clause_holds(ann, s, self.clause, self.clause_none):
            return False
        if self.apart:
            return _apart_spans(ann, s, self.all)
        return len(self.all) < 2 or _distinct_spans(ann, s, self.all)


#: Where a clause ends inside a sentence (see Combo ``clause``): a comma, colon, bracket or dash.
_CLAUSE_END = re.compile(r"[,:()\[\]\u060c\u3001\uff0c]| [-\u2013\u2014] ")


def _clause_holds(ann: Annotation, s: Sentence, groups: tuple[Group, ...], excluded: tuple[Group, ...]) -> bool:
    """True if a hit of ``groups[0]`` in ``s`` opens a clause (to the next :data:`_CLAUSE_END` or the
    sentence end) in which every other group has a hit starting at or after the opener, and no
    ``excluded`` concept starts between the opener and the end of the last of those hits: the
    words that make the condition ("if you are NOT happy", "if you have a MOMENT", "when you write
    a REVIEW it helps"), not what the main clause says after it ("if you love it we'd welcome a
    review").

    Linear in the sentence (up to a log factor): the clause ends are found in one pass and every
    group's hits are sorted once, then each opener looks up its clause end, each group's first hit
    after it and the first excluded hit after it by bisection. Searching from each opener to its
    clause end and filtering every hit per opener was quadratic on a long sentence with many
    openers and no comma (400 KB of "if you have a moment it works and leave a review": 35 s).
    """
    folded = ann.texts[s.text_index][2]
    openers = sorted({h for c in groups[0] for h in ann.hits(s, c)})
    if not openers:
        return False
    ends = [(m.start(), m.end()) for m in _CLAUSE_END.finditer(folded, s.start, s.end)]
    end_starts = [e for e, _ in ends]
    firsts = [sorted({h for c in g for h in ann.hits(s, c)}) for g in groups[1:]]
    if not all(firsts):
        return False
    first_starts = [[a for a, _ in hs] for hs in firsts]
    barred = sorted({x for g in excluded for c in g for x, _ in ann.hits(s, c)})
    for a, b in openers:
        k = bisect.bisect_left(end_starts, b)
        if k < len(ends) and not folded[b : ends[k][0]].strip():  # "Provided, the cover...": the clause follows
            k = bisect.bisect_left(end_starts, ends[k][1])
        end = ends[k][0] if k < len(ends) else s.end
        reach = b
        for hs, starts in zip(firsts, first_starts, strict=True):
            i = bisect.bisect_left(starts, a)
            if i == len(hs) or hs[i][0] >= end:
                break
            reach = max(reach, hs[i][1])
        else:
            j = bisect.bisect_left(barred, a)
            if j == len(barred) or barred[j] >= reach:
                return True
    return False


def _apart_spans(ann: Annotation, s: Sentence, groups: tuple[Group, ...]) -> bool:
    """True if one hit per group of ``groups`` in ``s`` can be chosen so that no two overlap (a
    few groups of a few hits each: a depth-first search)."""
    spans = [sorted({h for c in g for h in ann.hits(s, c)}) for g in groups]

    def fits(k: int, chosen: list[tuple[int, int]]) -> bool:
        if k == len(spans):
            return True
        return any(all(b <= x or y <= a for x, y in chosen) and fits(k + 1, [*chosen, (a, b)]) for a, b in spans[k])

    return fits(0, [])


def _apart(value: object, where: str) -> bool:
    if not isinstance(value, bool):
        raise PackError(f"{where}: apart must be true or false")
    return value


def _distinct_spans(ann: Annotation, s: Sentence, groups: tuple[Group, ...]) -> bool:
    """True if the concepts of ``groups`` in ``s`` are carried by two different spans at least."""
    seen: set[tuple[int, int]] = set()
    for group in groups:
        for c in group:
            seen.update(ann.hits(s, c))
            if len(seen) > 1:
                return True
    return False


def _max_words(value: object, where: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise PackError(f"{where}: max-words must be a positive integer")
    return value


_COMBOS: dict[tuple[str, str], tuple[Combo, ...]] = {}
_EXEMPT: dict[tuple[str, str], Combo | None] = {}
#: id of a rule's ``when`` list / ``exempt`` table -> (it, the rule, its parse): a rule's data is
#: one object for the life of its packs, and repr() of it on every message cost 0.1 ms
_COMBOS_BY_ID: dict[int, tuple[object, str, tuple[Combo, ...]]] = {}
_EXEMPT_BY_ID: dict[int, tuple[object, str, Combo | None]] = {}


def exemption_of(code: str, data: Mapping[str, Any]) -> Combo | None:
    """``[rule.data.exempt]`` of rule ``code``: ``none`` (concepts that exempt the sentence they
    are in), ``none-near`` (the sentence or a neighbour, ``distance``) and ``none-within`` (a
    table concept -> its own distance, at most 5: a reply to the buyer frames the answer after
    it), applied to every sentence the combinations or the exact phrases find. Exemptions never
    reach further: never the whole message."""
    raw = data.get("exempt")
    if raw is None:
        return None
    seen = _EXEMPT_BY_ID.get(id(raw))
    if seen is not None and seen[0] is raw and seen[1] == code:
        return seen[2]
    key = (code, repr(raw))
    if key not in _EXEMPT:
        if not isinstance(raw, dict) or set(raw) - {"none", "none-near", "distance", "none-within"}:
            raise PackError(f"{code}: [rule.data.exempt] takes none, none-near, distance and none-within")
        _EXEMPT[key] = Combo(
            (),
            (),
            _names(raw.get("none"), f"{code} exempt"),
            _names(raw.get("none-near"), f"{code} exempt"),
            int(raw.get("distance", 1)),
            within=_within(raw.get("none-within"), f"{code} exempt"),
        )
    _EXEMPT_BY_ID[id(raw)] = (raw, code, _EXEMPT[key])  # the pack's own object: no repr next time
    return _EXEMPT[key]


def _within(value: object, where: str) -> tuple[tuple[str, int], ...]:
    """``none-within``: concept names with their distance (1 to 5: a reply frames the answer
    that follows, not a whole long message)."""
    if value is None:
        return ()
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and k.strip() and isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 5
        for k, v in value.items()
    ):
        raise PackError(f"{where}: none-within maps concept names to a distance from 1 to 5")
    return tuple((k.strip(), v) for k, v in value.items())


def combos_of(code: str, data: Mapping[str, Any]) -> tuple[Combo, ...]:
    """The combinations ``[[rule.data.when]]`` of rule ``code`` (parsed once)."""
    raw = data.get("when", [])
    if not isinstance(raw, list):
        raise PackError(f"{code}: [rule.data] when must be a list of tables")
    seen = _COMBOS_BY_ID.get(id(raw))
    if seen is not None and seen[0] is raw and seen[1] == code:
        return seen[2]
    key = (code, repr(raw))
    got = _COMBOS.get(key)
    if got is None:
        got = _COMBOS[key] = tuple(Combo.parse(r, f"{code} [[rule.data.when]] #{i + 1}") for i, r in enumerate(raw))
    _COMBOS_BY_ID[id(raw)] = (raw, code, got)  # the pack's own list: no repr next time (#14)
    return got


def purpose_sentences(doc: Document, ctx: Context) -> list[Sentence]:
    """The sentences that carry the purpose of the rule of ``ctx`` (see :func:`sentences_for`);
    none when a rule named in ``[rule.data] yield-to`` finds its purpose in the message (a delay
    notice that also says "shipped" is a delay notice, not a confirmation)."""
    found = sentences_for(doc, ctx, ctx.rule.code, ctx.data)
    return [] if found and yielded(doc, ctx) else found


def sentences_for(doc: Document, ctx: Context, code: str, data: Mapping[str, Any]) -> list[Sentence]:
    """The sentences where one of rule ``code``'s combinations holds, or where a phrase of its
    exact-phrase section (``[rule.data] phrases``, default the code) matches and none of the
    section's ``unless`` phrases is in that sentence; minus the sentences the rule's
    ``[rule.data.exempt]`` exempts (exemptions are scoped to sentences). Memoised per document and rule."""
    ann = annotate(doc, ctx)
    memo: dict[str, list[Sentence]] = ctx.cache.setdefault("concepts.purposes", {})
    if code in memo:
        return memo[code]
    hit: dict[int, Sentence] = {}
    exempt = exemption_of(code, data)
    for combo in combos_of(code, data):
        # only the sentences that may carry every `all` group (and lie near one that may carry
        # every `near` group) can hold (Annotation.may_hold): holds() confirms them. Word-only
        # groups first (known at no cost); a group no sentence may carry ends the combination.
        groups = sorted(
            [(g, False) for g in (*combo.all, *combo.clause[:1])] + [(g, True) for g in combo.near],
            key=lambda gn: not ann.cheap(gn[0]),
        )
        pool: int | None = None
        for group, near in groups:
            got = ann.candidates(group)
            if near:
                got = _spread(got, combo.distance, len(ann.sentences))
            pool = got if pool is None else pool & got
            if not pool:
                break
        for group in combo.next:  # the sentence before one that may carry it
            if pool:
                pool &= ann.candidates(group) >> 1
        for group in combo.previous:  # the sentence after one that may carry it
            if pool:
                pool &= ann.candidates(group) << 1
        if not pool:
            continue
        for s in [ann.sentences[i] for i in _bit_indices(pool)]:
            if s.index not in hit and combo.holds(ann, s):
                hit[s.index] = s
    section = str(data.get("phrases", code))
    for m in find(doc, section, ann.languages, ctx.cache, unless=False, packs=ctx.packs):
        at = _sentence_at(ann, m.field, m.text_start)
        if at is None or at.index in hit:
            continue
        if _unless_in(ann, section, at, ctx.packs):
            continue
        hit[at.index] = at
    memo[code] = [hit[i] for i in sorted(hit) if exempt is None or not exempt.exempts(ann, hit[i])]
    return memo[code]


def _sentence_at(ann: Annotation, field_name: str | None, offset: int) -> Sentence | None:
    ti = next((i for i, t in enumerate(ann.texts) if t[0] == field_name), None)
    if ti is None:
        return None
    starts = ann.starts(ti)
    k = bisect.bisect_right(starts, offset) - 1
    if k < 0:
        return None
    s = ann.sentences[ann.first_of(ti) + k]
    return s if s.start <= offset < s.end else None


def _unless_in(ann: Annotation, section_name: str, s: Sentence, packs: Packs | None = None) -> bool:
    """The phrase section's ``unless`` phrases, searched in the sentence only."""
    from msglint.text.phrases import section as phrase_section

    original = ann.texts[s.text_index][1][s.start : s.end]
    for lang in ann.languages:
        sec = phrase_section(lang, section_name, packs)
        if sec is None or not sec.has("unless"):
            continue
        folded = sec.fold(original)
        rx = sec.regex("unless", folded)
        if rx is not None and rx.search(folded):
            return True
    return False


#: A digit outside an order number: a sentence that gives a quantity, a time or a date informs.
_STORY_NUMBER = re.compile(r"\d")


def phatic_message(doc: Document, ctx: Context) -> Sentence | None:
    """For a rule with ``[rule.data.only]`` (thanks-only): the first sentence with a ``required``
    concept (a thanks, an offer of help, a pleasantry) if NO sentence of the body carries a
    purpose, else None. A sentence carries a purpose if it has a ``purpose`` concept (a question,
    a request, a problem, a document, a review request, a service...), or, when it has no
    ``required`` or closing concept, if it says anything beyond ``allowed`` concepts (more than
    ``max-uncovered`` other words: information the buyer needs). A sentence with a ``required``
    or closing concept may add words of its own (a pleasantry about the order, "have a lovely
    week"): up to ``phatic-max-uncovered`` unknown words and at most a third of its words, any
    number if it has a ``wishes`` concept (a hope, a wish, warm words about the buyer).
    Numbers are not counted, nor capitalised names outside lenient sentences (German nouns are
    capitalised); after a closing sentence, short ones are a signature. A question counts as a
    purpose unless it is made only of allowed concepts ("Any questions?"). A template with a
    placeholder named by a ``content-placeholders`` word ({message}, {{ order.comment }}) is
    never thanks-only: its purpose is in the text filled in later. ``ignored`` concepts are
    invisible here (the structure words of other rules: a condition, a negation, "then"): they
    neither carry a purpose nor cover a word. Up to ``story-max-sentences`` sentences over their
    limit are a story about the shop or the product, not a purpose, under the conditions the
    pack's ``story-*`` keys set (#10: warm notes add one sentence no lexicon covers)."""
    only = ctx.data.get("only")
    if not isinstance(only, dict):
        raise PackError(f"{ctx.rule.code}: [rule.data.only] must be a table")
    # tuples in the pack's order, not frozensets: the order concepts are asked in (and so the
    # work a run does) must not change with PYTHONHASHSEED
    allowed = tuple(dict.fromkeys(only.get("allowed", [])))
    required = tuple(dict.fromkeys(only.get("required", [])))
    purpose = tuple(dict.fromkeys(only.get("purpose", [])))
    closing = str(only.get("closing", "CLOSING"))
    max_uncovered = int(only.get("max-uncovered", 1))
    phatic_max = int(only.get("phatic-max-uncovered", max_uncovered))
    wishes = tuple(dict.fromkeys(only.get("wishes", [])))
    ignored = frozenset(only.get("ignored", []))
    signature = int(only.get("signature-max-words", 5))
    ann = annotate(doc, ctx)
    if not any(ann.possible(c) for c in required):
        return None  # no thanks, offer of help or pleasantry anywhere
    content = frozenset(only.get("content-placeholders", []))
    if content and any(content.intersection(split_words(doc.source[a:b])) for a, b in doc.placeholders):
        return None  # "Your message: {message}": the words the buyer reads are filled in later
    story_max = int(only.get("story-max-sentences", 0))
    story_min_phatic = int(only.get("story-min-phatic", 2))
    # a reply to the buyer's message answers something: there, an unknown sentence is the answer
    # ("thank you for your message"), not in an offer of help ("if you have a question")
    story_none = tuple(only.get("story-none", []))
    story_none_unless = tuple(only.get("story-none-unless", []))
    if story_max and any(ann.possible(c) for c in story_none):
        for s in ann.sentences:
            if any(ann.has(s, c) for c in story_none) and not any(ann.has(s, c) for c in story_none_unless):
                story_max = 0
                break
    story_not = tuple(only.get("story-not", []))  # "unfortunately we cannot...": news, not a story
    stories = phatics = 0
    first: Sentence | None = None
    closed = False
    original, folded = (ann.texts[0][1], ann.texts[0][2]) if ann.texts else ("", "")
    last = max((s.index for s in ann.sentences if s.text_index == 0), default=-1)
    for s in ann.sentences:
        if s.text_index != 0:
            break
        if any(ann.has(s, c) for c in purpose if c != QUESTION):
            return None  # even a short one after the closing: "Sorry for the trouble."
        if closed and s.words <= signature:
            continue
        if s.words <= signature and s.index == last and original[s.end - 1 : s.end] not in ".!?":
            continue  # a short last line, no purpose, no full stop: a signature ("Rebecca, founder")
        phatic = any(ann.has(s, c) for c in required)
        strict = not (phatic or ann.has(s, closing)) or (s.question and QUESTION in purpose)
        # lenient: at most phatic_max unknown words, and at most a third of the sentence
        tokens = ann.tokens(s)
        limit = max_uncovered if strict else min(phatic_max, len(tokens) // 3)
        if not strict and any(ann.has(s, c) for c in wishes):
            limit = len(tokens)  # "we hope the teapot brings you many cosy afternoons"
        # a sentence that thanks, offers help or closes may name other things (the parcel, the
        # week): words of any concept count as covered there, unknown words up to phatic_max
        names = allowed if strict else tuple(c for c in ann.concept_names() if c not in ignored and ann.has(s, c))
        covered = covered_tokens(tokens, [sp for c in names for sp in ann.hits(s, c)])
        uncovered = 0
        names_ok = strict or ann.has(s, closing)  # a signature names the shop
        for n, (ts, te) in enumerate(tokens):
            if covered[n] or folded[ts:te].isdigit():
                continue
            if names_ok and n and original[ts : ts + 1].isupper():
                continue  # a name (shop, product, person); not in a lenient sentence (German nouns)
            uncovered += 1
        if strict and ann.concepts(s, ignored) - {*allowed, QUESTION}:
            return None
        if uncovered > limit:
            # more words than a thanks or a closing carries: a story about the shop or the
            # product ("every candle is poured by hand in our workshop") in a warm note, or
            # information the buyer needs. Up to story_max such sentences with no concept
            # of their own but the allowed ones, and no question, are the former when the
            # message has at least story_min_phatic thanks, wishes or offers of help.
            if s.question or stories >= story_max or any(ann.has(s, c) for c in story_not):
                return None
            if _STORY_NUMBER.search(order_number(ctx.packs).sub("", original[s.start : s.end])):
                return None  # "let the mattress rest flat for 24 hours": a number is information
            if strict and not phatics:
                return None  # a story follows a thanks; the first thing a message says is its point
            stories += 1
        elif phatic:
            phatics += 1  # a story does not count: its thanks or wish is what it wraps
        if first is None and phatic:
            first = s
        if ann.has(s, closing):
            closed = True
    if stories and phatics < story_min_phatic:
        return None
    return first


def yielded(doc: Document, ctx: Context) -> bool:
    """True if a rule named in the ``[rule.data] yield-to`` of the rule of ``ctx`` finds its
    purpose in the message (by its combinations and phrases: :func:`sentences_for`)."""
    from msglint.core.packs import load_rules

    rules = ctx.packs.rules if ctx.packs is not None else load_rules()
    for other in ctx.data.get("yield-to", []):
        meta = rules.get(other)
        if meta is None:
            raise PackError(f"{ctx.rule.code}: yield-to names an unknown rule {other!r}")
        if sentences_for(doc, ctx, meta.code, meta.data):
            return True
    return False


def _shorten(s: str, limit: int = 60) -> str:
    return s if len(s) <= limit else s[: limit - 1].rstrip() + "\u2026"


def purpose_check(doc: Document, ctx: Context) -> Iterator[Finding]:
    """One finding per message for the rule of ``ctx``, at the first sentence that carries its
    purpose (:func:`purpose_sentences`); the message says how many more sentences do."""
    found = purpose_sentences(doc, ctx)
    if not found:
        return
    ann = annotate(doc, ctx)
    first = found[0]
    name = ann.texts[first.text_index][0]
    where = f" in the {name}" if name else ""
    template = str(ctx.data.get("message", "{phrase!r}{where}: " + ctx.rule.summary))
    message = template.format(phrase=_shorten(ann.words_of(first)), where=where)
    if len(found) > 1:
        message += f" (and {len(found) - 1} more sentence{'s' if len(found) > 2 else ''})"
    s, e = ann.span(doc, first)
    yield Finding(s, e, message)


__all__ = [
    "Annotation",
    "Combo",
    "Lexicon",
    "Sentence",
    "annotate",
    "annotate_texts",
    "combos_of",
    "exemption_of",
    "concepts_of",
    "covered_tokens",
    "lexicon",
    "phatic_message",
    "purpose_check",
    "purpose_sentences",
    "sentences_for",
    "split_sentences",
    "yielded",
]
