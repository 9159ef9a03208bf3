"""Offline spelling (MSG403): Hunspell dictionaries, look-up rules per language, tokenising the text.

A language's dictionaries are Hunspell's (``dictionary`` in ``rules/languages.toml``, files in
``rules/dictionaries/``, loaded by :mod:`msglint.text.hunspell`): affix rules give every
inflected form, compound rules most German and Dutch compounds, and a word written without
its accents (``informacion``) is not the word. A language without a dictionary is not checked.

Precision first: a word is accepted when Hunspell knows it (as written, in lower case, or
capitalised), when it is in the language's ``allow`` list or the user's ``words``, when its form
without an elided article (``l'``), a possessive (``'s``) or an attached pronoun is known, when
each part of a hyphenated word is, when (German, Dutch) it splits into known words with optional
linking letters (``Gravurtext`` = ``Gravur`` + ``Text``), or when a language of ``also-accept``
knows it (English loanwords). Tokens with digits, URLs, e-mail addresses, template syntax,
ALL-CAPS and mixed-case names (``SuperGrip``) are never checked.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

from msglint.core.packs import load_data
from msglint.text.hunspell import Dictionary, available, dictionary_names, load
from msglint.text.language import language_info

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})
_UNACCENT = str.maketrans("áéíóú", "aeiou")
#: The same for capitals too: a stress accent may sit on a sentence's first letter (Eén, Dát).
_UNACCENT_ACUTE = str.maketrans("áéíóúÁÉÍÓÚ", "aeiouAEIOU")
_TOKEN = re.compile(r"\S+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*['’]?")
#: Tokens that are not language: what is_code_like() refuses, file names, domains, paths, queries,
#: template syntax ({{ x }}, {% if %}, [[X]], %X%, *|X|*, <<X>>, PHP and Smarty variables $kunde,
#: Laravel parameters :name).
_SKIP_TOKEN = re.compile(r"\d|@|://|_|^www\.|\w\.\w|[/\\=#&{}|<>%\[\]$]|^:\w", re.I)
#: A token, with the word in group 1 when the token is one word with at most three marks of
#: punctuation around it (the common case: "order," "(please" "it?"); such a token has nothing
#: _SKIP_TOKEN looks for. Tokens starting "www." and all others go the slow way (_WORD in the token).
_TOKEN_OR_WORD = re.compile(
    r"(?!(?i:www\.))[(\"'“‘«¿¡*]{0,3}([^\W\d_]+(?:['’][^\W\d_]+)*['’]?)[.,;:!?)\"”»…]{0,3}(?!\S)|\S+"
)
#: Words this long are looked at the slow way (a token over 200 characters is never checked).
_LONG_WORD = 150
#: What may end a sentence (the next capitalised word is not taken for a name).
_SENTENCE_END = frozenset('.!?:;\n¿¡«»"“”()[]•–—|')
_MIN_LEN = 3
#: What follows an abbreviation's dot on its line: spaces, then a word, a number or a mark.
_AFTER_DOT = re.compile(r"[ \t\u00a0]*([^\W\d_]+|[\d:;,)\]/%€$£-])")
#: A capitalised word right after one of these is a quoted name („Lumio X2“, "SuperGrip").
_OPENING_QUOTES = frozenset("„“\"«‚‘'‹»›")
#: Shortest part of a compound: 3-letter fragments ("ung", "ein") would accept misspellings.
_MIN_PART = 4
#: What must be left of a word once a prefix (``prefixes``) is cut off.
_MIN_PREFIXED = 5
#: A 3-letter first part (Bad+zubehör, top+beoordeling) only before a part this long.
_MIN_HEAD = 3
_LONG_TAIL = 6
#: Shortest English first part of a compound (Gaming+stuhl): shorter English words ("misc",
#: "bat", "die") would make misspellings pass (misc+hien for misschien).
_MIN_LOAN_HEAD = 5
#: Longer "words" are not split (the search is polynomial in the length; real compounds are shorter).
_MAX_COMPOUND = 40
#: A dotted word this short, followed by no sentence start, is an abbreviation (Escl. IVA, ca. 3 kg).
_MAX_ABBREVIATION = 5
#: Letters inserted when looking for the plain word a derived one is one edit away from (with
#: the letter before the gap, doubled).
_EDIT_VOWELS = "aeiouyäöüåéèàìòùáíóúęą"
#: Words longer than this are not compared with their one-edit neighbours (the cost grows with
#: length), nor shorter ones (a short word has many neighbours: guest, gest).
_MAX_NEAR = 24
_MIN_NEAR = 6
#: A Title-case word this short whose upper-case form is a dictionary word is that acronym (Url, Pdf).
_MAX_ACRONYM = 5
#: Shortest tail of a lower-case German compound (umsatzsteuer+befreit, versandkosten+frei).
_MIN_ADJ_TAIL = 4
#: The script of the shipped dictionaries' words (the first word of a letter's Unicode name).
_DEFAULT_SCRIPT = "LATIN"
#: Letters a word may have lost its accent from, and the accented letters tried for a suggestion.
_ACCENTS: dict[str, str] = {
    "a": "áàâäã",
    "e": "éèêë",
    "i": "íìîï",
    "o": "óòôöõ",
    "u": "úùûü",
    "c": "ç",
    "n": "ñ",
    "s": "ş",
    "g": "ğ",
}


class Vocabulary(NamedTuple):
    """What ``rules/vocabulary/<lang>.toml`` (one table per trade) gives the speller, read in one
    pass over the file.

    * ``words``: the trade's words the dictionaries lack (isofix, washi, sérum), accepted like
      the ``allow`` list of languages.toml;
    * ``terms``: two-word terms (``combi drill``, ``washi tape``) as first word (lower case) ->
      the words that may follow it. The first word is a word only in its term: alone it is one
      letter from a common word (``combi``: comb), so listing it would hide that word's typos;
    * ``context``: words that are words only in a message about the trade, as word (lower case)
      -> the table's ``cues`` (lower case). Such a word is one letter from a common word
      (``chai``: chair); in a message that speaks of tea (a cue: tea, teapot) it is the tea's
      name, and a typo of chair there is rare;
    * ``closings``: colloquial greetings and closings (Polish ``pozdro``, German ``grüßle``), in
      lower case, accepted only where a greeting or closing stands (:func:`_opens_short_line`):
      several are a letter from a common word (grüßle, grüße)."""

    words: tuple[str, ...]
    terms: dict[str, frozenset[str]]
    context: dict[str, frozenset[str]]
    closings: frozenset[str]


@cache
def vocabulary_of(lang: str) -> Vocabulary:
    """The :class:`Vocabulary` of ``lang`` (read once per process)."""
    words: list[str] = []
    terms: dict[str, set[str]] = {}
    context: dict[str, set[str]] = {}
    closings: set[str] = set()
    for group in load_data(f"vocabulary/{lang}").values():
        if not isinstance(group, dict):
            continue
        words += [str(w) for w in group.get("words", ()) if str(w)]
        for term in group.get("terms", ()):
            first, _, second = str(term).lower().partition(" ")
            if first and second:
                terms.setdefault(first, set()).add(second)
        cues = {str(c).lower() for c in group.get("cues", ())}
        if cues:
            for word in group.get("context", ()):
                context.setdefault(str(word).lower(), set()).update(cues)
        closings.update(str(w).lower() for w in group.get("closings", ()))
    return Vocabulary(
        tuple(words),
        {k: frozenset(v) for k, v in terms.items()},
        {k: frozenset(v) for k, v in context.items()},
        frozenset(closings),
    )


#: A greeting or closing line: at most this many words ("Namasté und viele Grüße").
_CLOSING_WORDS = 5


def _opens_short_line(text: str, start: int) -> bool:
    """The word at ``start`` opens a line of at most ``_CLOSING_WORDS`` words that ends without
    a full stop (a greeting or closing line: "Pozdro," "Namasté und viele Grüße")."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t\u00a0\r*_>-"):
        return False
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)].strip()
    return len(line.split()) <= _CLOSING_WORDS and not line.endswith((".", "?", ":", ";"))


@cache
def _script(ch: str) -> str:
    """The script of one letter as the first word of its Unicode name: LATIN, GREEK, ARABIC.

    Styled letters have their own first word (MATHEMATICAL BOLD SMALL O, FULLWIDTH LATIN ...),
    so a word written in them is not a word of the dictionary's script.
    """
    return unicodedata.name(ch, "").partition(" ")[0]


def in_script(word: str, script: str) -> bool:
    """Every letter of ``word`` belongs to ``script`` (ASCII words are Latin without a look-up)."""
    if word.isascii():
        return script == _DEFAULT_SCRIPT
    return all(_script(c) == script for c in word if c.isalpha())


def has_dictionary(lang: str | None) -> bool:
    """Whether ``lang`` has a usable dictionary (named in languages.toml, shipped, Hunspell installed)."""
    if not lang:
        return False
    names = dictionary_names(language_info().get(lang, {}))
    return bool(names) and all(available(n) for n in names)


def spelling_languages() -> tuple[list[str], list[str]]:
    """(languages MSG403 checks, languages it does not), by name, from ``rules/languages.toml``."""
    checked: list[str] = []
    unchecked: list[str] = []
    for code, info in language_info().items():
        name = str(info.get("name", code))
        (checked if has_dictionary(code) else unchecked).append(name)
    return checked, unchecked


#: A company's legal form ending a line with its full stop ("Greenbench Garden Co."): the line
#: is still a name, not a sentence.
_LEGAL_FORM_END = re.compile(r"(?<!\S)(?:Co|Inc|Ltd|Corp|Bros|LLC|GmbH|Ltda|S\.[AL]|S\.p\.A|S\.r\.l|[BN]\.V|e\.K)\.$")


class _NameLines:
    """Which lines are like "Tienda Sol" or "Holzwerk Berger GmbH": a name, not a sentence.

    Also a signature with a name marker ("Kasia from Stepwell", "Lena von der Tonwerkstatt
    Lindner": lower-case words are markers or short particles), and the capitalised words
    after a line's last sentence ("... tracking reference above. Ironhouse Kitchen"). Each line
    is looked at once (a word-by-word search for its line would be quadratic on the long
    single-line messages some tools produce).
    """

    def __init__(self, text: str, markers: frozenset[str] = frozenset()) -> None:
        self.text = text
        self.markers = markers
        self.start = self.end = -1
        self.flag = False
        self.name_from = -1
        self.lead_from = self.lead_to = -1
        self.signature_from = _signature_start(text)

    def __call__(self, pos: int) -> bool:
        if not (self.start <= pos < self.end):
            text = self.text
            self.start = text.rfind("\n", 0, pos) + 1
            nl = text.find("\n", pos)
            self.end = nl if nl >= 0 else len(text)
            line = text[self.start : self.end]
            self.flag = False
            self.name_from = self.end
            self.lead_from = self.lead_to = -1
            if len(line) <= 80:
                self._leading_name(self.start, line)
                line = line.strip()
                words = line.split()
                self.flag = (
                    0 < len(words) <= 4
                    and (line[-1:].isalnum() or _LEGAL_FORM_END.search(line) is not None)
                    and all(w[:1].isupper() for w in words)
                    and not any(w.endswith(",") for w in words[:-1])  # "Thnaks, Anna" is a closing
                )
                # "Nuria, de Cera y Aroma": a name, a comma, a short rest that is no sentence (a
                # closing with one name, "Thnaks, Anna", is checked: its first word may be a typo)
                self.flag = self.flag or (
                    2 < len(words) <= 6
                    and words[0][:1].isupper()
                    and words[0].endswith(",")
                    and line[-1:] not in ".!?:;"
                )
                self.flag = self.flag or self._signature(line, words)
            if not self.flag and line.rstrip()[-1:].isalnum():
                self._trailing_name(self.start, line.rstrip())
        return self.flag or pos >= self.name_from or self.lead_from <= pos < self.lead_to or pos >= self.signature_from

    def _leading_name(self, start: int, line: str) -> None:
        """A name that opens a label line: "Brewhaus - sent by our order system", "Meubelhal
        Twente - Planning", "Hemdelar AB, orderavdelningen", "Carrier: Evri 48h, parcel ID ...".

        The line is no sentence (no final mark). Before " - ", " – " or " | " one to four
        capitalised words are a name; before a comma two to four, when a lower-case word follows
        (a closing such as "Thnaks, Anna" or "Best Regrads, Anna" stays checked); after a field label
        ("Delivery:") the value's first one to three capitalised words up to a comma or the end.
        """
        body = line.rstrip()
        if not body or body[-1] in ".!?":
            return
        m = _LEAD_FIELD.match(body)
        offset = 0
        if m:
            offset = m.end()
            seg = _LEAD_SEP.split(body[offset:], maxsplit=1)
            words = seg[0].split()
            if 0 < len(words) <= 3 and words[0][:1].isupper() and words[0].isalpha():
                self.lead_from, self.lead_to = start + offset, start + offset + len(seg[0])
            return
        sep = _LEAD_SEP.search(body)
        if sep is None:
            return
        words = body[: sep.start()].split()
        # "Hemdelar AB, orderavdelningen": two or more capitalised words, then a lower-case
        # department; "Best Regrads, Anna" is a closing and stays checked
        if sep.group().startswith(",") and (len(words) < 2 or not body[sep.end() : sep.end() + 1].islower()):
            return
        if 0 < len(words) <= 4 and all(w[:1].isupper() or w == "&" for w in words):
            self.lead_from, self.lead_to = start, start + sep.start()

    def _signature(self, line: str, words: list[str]) -> bool:
        """ "Kasia from Stepwell": capitalised words, and lower-case ones that are name markers
        (at least one) or particles of at most three letters (der, de la), no final mark."""
        if not (1 < len(words) <= 6 and words[0][:1].isupper() and line[-1:].isalnum()):
            return False
        lower = [w for w in words if not w[:1].isupper()]
        return any(w in self.markers for w in lower) and all(
            w in self.markers or (len(w) <= 3 and w.isalpha()) for w in lower
        )

    def _trailing_name(self, start: int, line: str) -> None:
        """The capitalised words (one to four) after the line's last sentence: a shop's name."""
        end = max(line.rfind(c) for c in ".!?")
        if end < 0:
            return
        rest = line[end + 1 :].split()
        if 0 < len(rest) <= 4 and all(w[:1].isupper() and w.isalpha() for w in rest) and len(rest) > 1:
            self.name_from = start + end + 1


#: How far from the end of a text its signature block is looked for (a closing and up to three
#: short lines): the search never reads more than this, however long the text.
_SIGNATURE_TAIL = 400
#: A signature line: at most six words and 60 characters, no final mark of a sentence.
_SIGNATURE_MAX_WORDS = 6
_SIGNATURE_MAX_LEN = 60


def _signature_start(text: str) -> int:
    """Where the signature block after a message's closing starts (``len(text) + 1``: none).

    Seller messages end with a closing line ("Yours sincerely,", "Many thanks,", "Mit
    freundlichen Grüßen") and one to three short lines that sign it: a person, a shop, a legal
    form and a department ("Brightyard Ltd, Customer Services", "Priya and the InkWell crew").
    Their capitalised words are names whatever their shape, which the line-by-line tests above
    cannot all tell (a comma after "Ltd", a lower-case "crew"). The closing itself stays
    checked ("Thnaks,"), and so do the lower-case words of the signature. The block is the
    trailing run of short lines without a sentence's final mark, after the line that ends with
    a comma, or else after its topmost line (a closing written without a comma), and it needs a
    line of text before it: a text that is only short lines (a label, a title) has none.
    """
    tail_from = max(0, len(text) - _SIGNATURE_TAIL)
    lines: list[tuple[int, str]] = []  # (start, stripped line), last line first, blank lines left out
    end = len(text)
    while end > tail_from:
        start = text.rfind("\n", tail_from, end) + 1
        if start == 0 and tail_from > 0:
            break  # the line goes on before the tail: too long to be part of a signature
        line = text[start:end].strip()
        if line:
            lines.append((start, line))
        end = start - 1
    short: list[tuple[int, str]] = []
    for start, line in lines:
        words = line.split()
        if (
            len(short) < 4
            and len(line) <= _SIGNATURE_MAX_LEN
            and len(words) <= _SIGNATURE_MAX_WORDS
            and (line[-1] not in ".!?:;" or _LEGAL_FORM_END.search(line) is not None)
        ):
            short.append((start, line))
            if line.endswith(",") and len(short) > 1:
                return short[-2][0]  # the lines after the closing
            continue
        break
    else:
        return len(text) + 1  # nothing but short lines: no message body before them
    if len(short) < 2 or len(short) == len(lines):
        return len(text) + 1
    return short[-2][0]  # the topmost short line is a closing without a comma


#: What ends a label line's leading name: a dash or bar between spaces, or a comma.
_LEAD_SEP = re.compile(r"\s[-–|]\s|,\s")
#: A field label that opens a line ("Carrier: ", "Versand mit: "): one to three words and a colon.
_LEAD_FIELD = re.compile(r"[ \t]*[^\W\d_][\w'’.-]*(?: [\w'’.-]+){0,2}:[ \t]+")


#: After "Elektro-": a conjunction that joins it to a compound sharing its tail ("Elektro- und
#: Elektronikgeräte", "land- en tuinbouw"): the part is a compound's head, not a word of its own.
_SUSPENDED = re.compile(r"\s+(?:und|oder|bzw\.?|sowie|bis|als auch|en|of|tot|och|eller)\s", re.IGNORECASE)
#: The word right after a hyphen (the second part of "Shimano-Nabe").
_NEXT_WORD = re.compile(r"[^\W\d_]+")
#: The next word after a blank or a hyphen (the second word of a trade term: combi drill).
_TERM_NEXT = re.compile(r"[ \u00a0-]([^\W\d_]+)")
#: A model number after a product's name: a space, then digits with capitals before or letters
#: after them ("X2", "S10e", "40L") or three or four digits ("420"), then no more digits, dashes
#: or dots (an order number, a date, a price or a count such as "3 Tage" is no model number).
_MODEL_NUMBER = re.compile(r" (?:[A-Z]{1,3}\d{1,4}[a-zA-Z]{0,3}|\d{1,4}[a-zA-Z]{1,3}|\d{3,4})(?![\w.,/-]?\d)(?!-)\b")
#: The word that ends right before a given position (searched in a bounded window).
_PREVIOUS_WORD = re.compile(r"[^\W\d_][^\W\d_-]*$")


def _hunspell_lowers(w: str) -> bool:
    """Hunspell looks ``w`` up in lower case itself when it does not know it as written: ``w`` is
    capitalised (only its first letter is a capital: Rechnung) or ALL-CAPS. A word with capitals
    inside (GravurText) is looked up only as written."""
    rest = w[1:]
    return rest == rest.lower() or w == w.upper()


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
        self.checkers: tuple[Dictionary, ...] = (
            tuple(load(n, cache_dir) for n in dictionary_names(info)) if has_dictionary(lang) else ()
        )
        self._keepcase = any(d.keepcase for d in self.checkers)
        #: the forbidden capitalised roots less their last letter: their affixed forms too
        #: (Reichsweite-n, Verließ-en; a suffix may replace the last letter)
        self._forbidden_capitals = tuple(w[:-1] for d in self.checkers for w in d.forbidden_capitals)
        voc = vocabulary_of(lang)
        self.allow = frozenset(
            w.lower().translate(_APOSTROPHES) for w in (*info.get("allow", ()), *voc.words, *extra_words)
        )
        self.terms = voc.terms
        self.context_words = voc.context
        self.closings = voc.closings
        participles = info.get("loan-participles")
        #: (prefix, the stem's last letters that take -t): Dutch ge- + pick + t (see _loan_participle)
        self.participles: tuple[str, str] | None = (
            (str(participles["prefix"]), str(participles["voiceless"])) if isinstance(participles, dict) else None
        )
        self.variants: tuple[tuple[str, str], ...] = tuple((a, b) for a, b in info.get("variants", ()))
        self.elisions = tuple(sorted((e.lower() for e in info.get("elisions", ())), key=len, reverse=True))
        self.suffixes = tuple(sorted((s.lower() for s in info.get("suffixes", ())), key=len, reverse=True))
        self.endings: tuple[tuple[str, str], ...] = tuple((a, b) for a, b in info.get("endings", ()))
        self.clitics = tuple(sorted((c.lower() for c in info.get("clitics", ())), key=len, reverse=True))
        self.clitic_stems: tuple[tuple[str, str], ...] = tuple((a, b) for a, b in info.get("clitic-stems", ()))
        self.clitic_hosts = tuple(info.get("clitic-hosts", ()))
        self.compounds = bool(info.get("compounds", False))
        self.rare_compounds = bool(info.get("rare-compounds", False))
        self.compound_nouns = bool(info.get("compound-nouns", False))
        self.accents = bool(info.get("accents", False))
        self.emphasis_accents = bool(info.get("emphasis-accents", False))
        self.compound_abbreviations = tuple(a.lower() for a in info.get("compound-abbreviations", ()))
        self.compound_min = int(info.get("compound-min-length", 2 * _MIN_PART))
        self.prefixes = tuple(sorted((p.lower() for p in info.get("prefixes", ())), key=len, reverse=True))
        self.linking = tuple(sorted(info.get("linking", ()), key=len, reverse=True))
        self.stem_endings = tuple(info.get("compound-stems", ()))
        self.short_tails = tuple(t.lower() for t in info.get("compound-short-tails", ()))
        self.proper_nouns = bool(info.get("proper-nouns", True))
        self.stopwords = frozenset(w.lower() for w in info.get("stopwords", ()))
        self._also = tuple(str(x) for x in info.get("also-accept", ()) if x != lang)
        self.name_markers = frozenset(m.lower() for m in info.get("name-markers", ()))
        self.script = str(info.get("script", _DEFAULT_SCRIPT)).upper()
        self._cache_dir = cache_dir
        self._memo: dict[str, bool] = {}
        self._looked_up: dict[str, bool] = {}
        self._kinds: dict[str, tuple[int, bool, bool, bool]] = {}
        self._loan_heads: dict[str, bool] = {}
        self._suggested: dict[str, list[str]] = {}
        self._try: tuple[str, tuple[tuple[str, str], ...], dict[str, str]] | None = None

    @property
    def available(self) -> bool:
        return bool(self.checkers)

    # ---- look-up ------------------------------------------------------------------------
    def _in_list(self, w: str) -> bool:
        """``w`` (as written) is a word of the dictionaries or of the allow list.

        Case is not judged: a German noun written in lower case, or the tail of a compound
        (``text`` in ``Gravurtext``), is looked up capitalised too.
        """
        hit = self._looked_up.get(w)
        if hit is None:
            low = w.lower()
            hit = low in self.allow or any(h.spell(w) for h in self.checkers)
            # Hunspell tries a capitalised or ALL-CAPS word in lower case itself, except for
            # the words it keeps in lower case (KEEPCASE: Dutch april, at a sentence's start)
            # and those whose capitalised form it forbids (de_DE Reichsweite, reichsweite)
            if (
                not hit
                and low != w
                and (self._keepcase or not _hunspell_lowers(w) or w.startswith(self._forbidden_capitals))
            ):
                hit = any(h.spell(low) for h in self.checkers)
            if not hit and w[:1].islower():
                cap = w[:1].upper() + w[1:]
                hit = any(h.spell(cap) for h in self.checkers)
            if len(self._looked_up) > 200_000:  # a long run over garbage text: keep memory bounded
                self._looked_up.clear()
            self._looked_up[w] = hit
        return hit

    def in_dictionary(self, word: str) -> bool:
        """``word`` is in the dictionaries as it is (no affix, compound or loanword rule)."""
        return self._in_list(word.translate(_APOSTROPHES))

    def _simple(self, w: str) -> bool:
        if len(w) < _MIN_LEN or self._in_list(w):
            return True
        return any(a in w and self._in_list(w.replace(a, b, 1)) for a, b in self.variants)

    def _affixes(self, w: str) -> bool:
        if self._simple(w):
            return True
        low = w.lower()
        for e in self.elisions:
            if low.startswith(e) and self._simple(w[len(e) :]):
                return True
        for s in self.suffixes:
            if low.endswith(s) and self._simple(w[: -len(s)]):
                return True
        for p in self.prefixes:  # productive prefixes: recrédité, prepagada
            if low.startswith(p) and len(w) - len(p) >= _MIN_PREFIXED and self._simple(w[len(p) :]):
                return True
        for form, lemma in self.endings:
            if low.endswith(form) and len(w) - len(form) >= _MIN_LEN and self._simple(w[: len(w) - len(form)] + lemma):
                return True
        return False

    def _clitics(self, w: str, depth: int = 0) -> bool:
        """Pronouns attached to a verb (Spanish indíquenoslo = indique + nos + lo, Italian seguici).

        Spanish writes an accent on the stem when a pronoun is attached; it is dropped again.
        """
        if depth >= 2:
            return False
        low = w.lower()
        for c in self.clitics:
            stem = w[: -len(c)]
            if not low.endswith(c) or len(stem) < _MIN_LEN:
                continue
            if self.clitic_hosts and not stem.lower().translate(_UNACCENT).endswith(self.clitic_hosts):
                continue  # Italian: pronouns follow infinitives, gerunds, imperatives (not inciso+ne)
            plain = stem.translate(_UNACCENT)
            if self._affixes(stem) or (plain != stem and self._affixes(plain)) or self._clitics(stem, depth + 1):
                return True
            # Italian drops the infinitive's final -e before a pronoun: indicar(e)+ce+la
            if any(stem.endswith(end) and self._simple(stem + add) for end, add in self.clitic_stems):
                return True
        return False

    def _compound(self, w: str, depth: int = 0) -> bool:
        """``w`` is known words joined, with optional linking letters (German, Dutch)."""
        min_part = _MIN_PART
        if depth > 3 or len(w) < (self.compound_min if depth == 0 else 2 * min_part) or len(w) > _MAX_COMPOUND:
            return False
        for i in range(len(w) - min_part, _MIN_HEAD - 1, -1):
            head, tail = w[:i], w[i:]
            if len(head) < min_part and len(tail) < _LONG_TAIL:
                continue
            if not (self._in_list(tail) or self._compound(tail, depth + 1)):
                continue
            if self._in_list(head) or any(self._in_list(head + e) for e in self.stem_endings):
                return True  # Gravur+text, or a verb stem: Zustell(en)+versuch
            if self._loan_head(head):
                return True  # an English first part: Gaming+stuhl, batch+nummer, trail+schoenen
            for link in self.linking:
                stem = head[: -len(link)]
                if head.endswith(link) and len(stem) >= _MIN_PART and self._in_list(stem):
                    return True
        # A three-letter last part from the language's short list (Dutch kettingset, boxspringbed):
        # any three letters would accept misspellings, so only these, after a whole word.
        low = w.lower()
        for tail in self.short_tails:
            head = w[: -len(tail)]
            if not low.endswith(tail) or len(head) < _MIN_PART:
                continue
            if self._in_list(head) or self._compound(head, depth + 1):
                return True
        return False

    def _loan_head(self, head: str) -> bool:
        """``head`` is a word of an ``also-accept`` language (English), long enough to be one:
        the first part of a compound whose last part is a word of this language. Shops name
        products so (Gamingstuhl, Outdoorjacke, batchnummer, trailschoenen); the last part
        stays a word of the language, so a misspelt one is still caught."""
        if len(head) < _MIN_LOAN_HEAD:
            return False
        found = self._loan_heads.get(head)
        if found is None:
            cache_dir = self._cache_dir
            found = any(speller(o, (), cache_dir).in_dictionary(head) for o in self._also if has_dictionary(o))
            # an English word one edit from a native word or verb stem is a typo of it: Lifer+adresse
            # is Liefer(n)+adresse misspelt. Memoised: the splits of a compound ask for the same
            # heads again, and each answer costs hundreds of look-ups (0.15 s in Swedish)
            found = found and not any(
                self._near_plain(head + e) for e in ("", *self.stem_endings) if len(head + e) >= _MIN_NEAR
            )
            if len(self._loan_heads) > 50_000:
                self._loan_heads.clear()
            self._loan_heads[head] = found
        return found

    def known(self, word: str) -> bool:
        """``word`` is a word: in the dictionaries (with the affix rules and the allow list), or
        derived by a rule (attached pronouns; a compound, an English loanword, an acronym written
        in title case). A derived word that is one letter (or accent) away from a plain word of
        the dictionaries is taken for a typo of that word: English ``Packet`` in German is Paket,
        ``fur`` is für, ``gentle`` in Italian is gentile. Compounds are not compared (see
        :meth:`_near_plain`), so ``Ruckgabe`` (Ruck + Gabe) still passes."""
        w = word.translate(_APOSTROPHES).strip("'")
        hit = self._memo.get(w)
        if hit is None:
            hit = (
                self._affixes(w)
                or (bool(self.clitics) and self._clitics(w))
                or (self.participles is not None and self._loan_participle(w))
            )
            if not hit:
                # a hyphenated word is a loanword as a whole (no-brainer) or judged by its parts
                # (below), never split as a compound: its splits cost seconds in Swedish
                kind = self._derived(w) if "-" not in w else self._loanword(w)
                # compounds are not compared with their neighbours where every noun makes them
                # (Badzubehör, Badezubehör); where they are few (Italian ``rare-compounds``: a verb
                # and a noun, portabici) one a letter from a plain word is a typo of it:
                # spedi + zone is spedizione misspelt
                near_ok = kind == "compound" and not self.rare_compounds
                hit = bool(kind) and (near_ok or not (self._unaccented(w) or self._near_plain(w)))
            if not hit and self._also and not w.isascii():
                hit = self._accented_loanword(w)
            if not hit and "-" in w:
                hit = all(self.known(part) for part in w.split("-") if part)
            if not hit and self.emphasis_accents:
                # Dutch puts an acute accent on any word for stress (klemtoonteken): één, vóór,
                # dát, and Eén at a sentence start; the word is the one without it
                plain = w.translate(_UNACCENT_ACUTE)
                hit = plain != w and self.known(plain)
            if len(self._memo) > 200_000:  # a long run over garbage text: keep memory bounded
                self._memo.clear()
            self._memo[w] = hit
        return hit

    def _accented_loanword(self, w: str) -> bool:
        """An English loanword written with an accent (Namasté, Rosé-Wein's rosé): the word
        without its accents is an ``also-accept`` word, and not this language's word written
        without its accents (French télephone is téléphone misspelt, not English telephone)
        nor a letter from one of its plain words, with or without the accents (the loanword
        guard of :meth:`known`; Spanish Passión is pasión misspelt, not English passion).
        Writers put accents on loanwords (Namasté, Pokémon); English itself writes none, so
        no English word is hidden by it. Only other languages' words are looked up: in its
        own language an accent on a plain word is a misspelling (Spanish exámen). Short words
        are left out (the guard compares words of six letters and more: fúr, für)."""
        if len(w) < _MIN_NEAR:
            return False
        plain = "".join(c for c in unicodedata.normalize("NFD", w) if not unicodedata.combining(c))
        plain = unicodedata.normalize("NFC", plain)
        if plain == w or not plain.isascii():
            return False
        if self._affixes(plain) or not self._loanword(plain):
            return False  # premièrs: an accent put on this language's word (premiers) is a typo
        # nor a letter from a plain word as written, accents and all (Passión: Pasión)
        return not (self._unaccented(plain) or self._near_plain(plain) or self._near_plain(w))

    def _loan_participle(self, w: str) -> bool:
        """A weak participle of a loan verb (Dutch ``gepickt``: ge + pick + t, of ``picken``).

        nl_NL lists the participles of the loan verbs it knows (gecheckt, gemaild), not of all.
        The stem must be a word of an ``also-accept`` language (English) and the verb (stem + en,
        or with its last consonant doubled: scan -> scannen) a word (``picken`` is one as a
        loanword), and the ending must be the one the stem's last
        letter asks for ('t kofschip: -t after t k f s ch p x, else -d), so the d/t errors
        ``gemailt`` and ``gecancelt`` are still caught. Not asked for one-edit neighbours:
        ``gepickt`` is one letter from ``gepikt`` (of pikken), and both are words."""
        prefix, voiceless = self.participles or ("", "")
        low = w.lower()
        if not prefix or not low.startswith(prefix) or len(low) < len(prefix) + 4 or low[-1] not in "td":
            return False
        stem = low[len(prefix) : -1]
        if stem[-1] in "td" or (low[-1] == "t") != (stem[-1] in voiceless):
            return False
        if not self._loanword(stem):
            return False
        return self.known(stem + "en") or self.known(stem + stem[-1] + "en")

    def _term(self, w: str, text: str, end: int) -> bool:
        """``w`` (ending at ``text[end]``) opens one of the trade's two-word terms (combi drill)."""
        follows = self.terms.get(w.lower())
        if not follows:
            return False
        m = _TERM_NEXT.match(text, end)
        return m is not None and m.group(1).lower() in follows

    def _derived(self, w: str) -> str:
        """Which rule makes ``w`` a word: "compound", "acronym", "loanword", or "" (none; see
        :meth:`known`). Attached pronouns are not among these: their one-edit neighbours are
        often other forms of the same verb (indíquenos, indíquenlos), and ``clitic-hosts`` keeps
        them to verb forms."""
        if self.compounds:
            if w[:1].isupper() or not self.compound_nouns:
                if self._compound(w):
                    return "compound"
            elif self._adjective_compound(w):
                return "compound"
        if self._acronym(w):
            return "acronym"
        if self.compound_abbreviations and self._abbreviated_compound(w):
            return "compound"
        return self._loanword(w)

    def _abbreviated_compound(self, w: str) -> bool:
        """A word, then one of the language's ``compound-abbreviations`` written without its dot
        (Artikelnr, Bestellnr, ordernr: Artikel + Nr.). Shop systems print such labels without
        the dot. A list, not any abbreviation the dictionaries know: they know dotted syllables
        too (ei., zo., ng.), which would split typos (Garantei, indirizo, bezorgng); and the first
        part must be a dictionary word (:meth:`_word_head`)."""
        low = w.lower()
        for tail in self.compound_abbreviations:
            head = w[: -len(tail)]
            noun = head if head[:1].isupper() or not self.compound_nouns else head.capitalize()
            if low.endswith(tail) and len(head) >= _MIN_PART and self._word_head(noun):
                return True
        return False

    def _loanword(self, w: str) -> str:
        """ "loanword" when an ``also-accept`` language has ``w`` (German "Invoice", Italian "team")."""
        cache_dir = self._cache_dir
        if any(speller(o, (), cache_dir).in_dictionary(w) for o in self._also if has_dictionary(o)):
            return "loanword"
        return ""

    def _acronym(self, w: str) -> bool:
        """A short Title-case word whose capitals are a dictionary word: Url, Pdf (Tracking-Url)."""
        return len(w) <= _MAX_ACRONYM and w[:1].isupper() and w[1:].islower() and self._in_list(w.upper())

    def _adjective_compound(self, w: str) -> bool:
        """A lower-case German compound: a noun, then an adjective or participle the dictionary
        knows in lower case (umsatzsteuer+befreit, versandkosten+frei). ``vieleicht`` is no
        compound: ``viel`` is no noun."""
        if len(w) < _MIN_PART + _MIN_ADJ_TAIL or len(w) > _MAX_COMPOUND:
            return False
        for i in range(len(w) - _MIN_ADJ_TAIL, _MIN_PART - 1, -1):
            head, tail = w[:i], w[i:]
            if not any(h.spell(tail) for h in self.checkers):
                continue
            heads = [head] + [
                head[: -len(k)] for k in self.linking if head.endswith(k) and len(head) - len(k) >= _MIN_PART
            ]
            for stem in heads:
                noun = stem[:1].upper() + stem[1:]
                if any(h.spell(noun) for h in self.checkers) and not any(h.spell(stem) for h in self.checkers):
                    return True
                if self._compound(noun):
                    return True
        return False

    def _unaccented(self, w: str) -> bool:
        """``w`` is a dictionary word without its accents or umlauts: fur (für), deja (déjà),
        telephone (téléphone), in the languages where they are part of the spelling (``accents``)."""
        if not self.accents or len(w) > _MAX_NEAR:
            return False
        found = self._accented(w, 3, tries=_NEAR_ACCENT_TRIES)
        return any(self._plain(a) for a in found)

    def _near_plain(self, w: str) -> bool:
        """A plain dictionary word is one edit from ``w``, away from its last two letters (where
        edits are inflections: pellets, pelletas): a vowel or a doubled letter inserted, a letter
        dropped or two letters swapped. Not asked of compounds: every compound has such neighbours (Badzubehör,
        Badezubehör), nor of short words (guest, gest)."""
        n = len(w)
        if n < _MIN_NEAR or n > _MAX_NEAR:
            return False
        plain = self._plain
        for i in range(n - 2):
            if plain(w[:i] + w[i + 1 :]) or (w[i] != w[i + 1] and plain(w[:i] + w[i + 1] + w[i] + w[i + 2 :])):
                return True
        for i in range(1, n - 1):
            # the letters a writer leaves out of a native word: a vowel (gentle, gentile) or one
            # of a double letter (personalisation, personnalisation); any letter costs 8x the lookups
            for c in (*_EDIT_VOWELS, w[i - 1]) if w[i - 1] not in _EDIT_VOWELS else _EDIT_VOWELS:
                if plain(w[:i] + c + w[i:]):
                    return True
        return False

    def _plain(self, w: str) -> bool:
        """``w`` is a word of the dictionaries themselves (as written or capitalised): no rule of
        msglint's and no Hunspell compound."""
        if len(w) < _MIN_LEN:
            return False
        cap = w[:1].upper() + w[1:]
        return any(h.plain(w) or (cap != w and h.plain(cap)) for h in self.checkers)

    def _hyphenated(self, text: str, start: int, end: int) -> bool:
        """The hyphenated word around ``text[start:end]`` is known as a whole (``no-brainer``)."""
        a, b = start, end
        while a > 0 and (text[a - 1].isalpha() or text[a - 1] == "-"):
            a -= 1
        while b < len(text) and (text[b].isalpha() or text[b] == "-"):
            b += 1
        whole = text[a:b].strip("-")
        return "-" in whole and len(whole) < _LONG_WORD and self.known(whole)

    def _abbreviation(self, w: str, text: str, end: int) -> bool:
        """``w``, followed by a dot at ``text[end]``, is an abbreviation: one the dictionaries know
        (``inkl.``, ``bijv.``), a compound ending in one (``Artikelnr.`` = Artikel + Nr.), or a short
        word whose dot ends no sentence, since a lower-case word, a digit, an ALL-CAPS word or a
        closing mark follows it on the same line (``Escl. IVA``, ``ca. 3 kg``)."""
        if any(h.spell(w + ".") for h in self.checkers):
            return True
        if self.compounds:
            for i in range(len(w) - 2, _MIN_PART - 1, -1):
                head, tail = w[:i], w[i:]
                if any(h.spell(t + ".") for h in self.checkers for t in (tail, tail.capitalize())) and self._word_head(
                    head
                ):
                    return True
        if len(w) > _MAX_ABBREVIATION:
            return False
        m = _AFTER_DOT.match(text, end + 1)
        if m is None:
            return False
        nxt = m.group(1)
        return not nxt[:1].isalpha() or nxt[:1].islower() or (len(nxt) > 1 and nxt.isupper())

    def _word_head(self, head: str) -> bool:
        """``head`` is a dictionary word, perhaps with a linking letter (``Rechnungs`` + ``nr.``).
        Not any compound: the compound rule split the typo ``hälsninagr.`` into ``häls`` + ``nina``
        + the abbreviation ``gr.``."""
        if self._in_list(head):
            return True
        return any(
            ln and head.endswith(ln) and len(head) - len(ln) >= _MIN_PART and self._in_list(head[: -len(ln)])
            for ln in self.linking
        )

    def _kind(self, w: str) -> tuple[int, bool, bool, bool]:
        """What the context-free part of :meth:`check_text` says about ``w``, memoised per word.

        (kind, capitalised, name marker, known): kind 0 is never checked (too short, ALL-CAPS,
        MixedCase, or written in letters outside the dictionary's script: a Greek word in a Polish
        message, or "𝐨𝐫𝐝𝐞𝐫" in mathematical bold, is no misspelling of a Polish word, and
        MSG402 judges the language; asking Hunspell for suggestions for such words also cost up
        to a second each), 1 always, 2 (a capitalised word) unless its context makes it a name.
        """
        found = self._kinds.get(w)
        if found is None:
            cap = w[:1].isupper()
            if (
                len(w) - w.count("'") - w.count("’") < _MIN_LEN
                or w.isupper()
                or not w[1:].islower()
                or not in_script(w, self.script)
            ):
                kind = 0
            else:
                kind = 2 if cap else 1
            if len(self._kinds) > 200_000:  # bounded like _memo
                self._kinds.clear()
            found = self._kinds[w] = (kind, cap, w.lower() in self.name_markers, bool(kind) and self.known(w))
        return found

    def _product_name(self, text: str, start: int, end: int) -> bool:
        """An unknown capitalised word that names a product where every noun is capitalised
        (German): right before a model number ("Alpina 420", "Lumo X2") or right after a noun in
        the middle of a sentence ("die Dachbox Alpina", "(Kratzbaum Lumo, 150 cm)").

        Where ``proper-nouns`` is off, a capitalised word inside a sentence is checked, and the
        names of products and brands were most of its false alarms on sellers' messages. A typo
        of a noun follows an article, a pronoun or an adjective ("Ihre Bestelung"), so the word
        before must be a known capitalised word that is no stop word and does not open its
        sentence ("Vielen Dnak" stays checked); an order number is no model number. A brand
        also opens a hyphenated compound whose next part is a known noun ("die Shimano-Nabe",
        "Bosch-Akku"): German hyphenates exactly such compounds of a name and a noun.
        """
        if _MODEL_NUMBER.match(text, end):
            return True
        if text[end : end + 1] == "-":
            m = _NEXT_WORD.match(text, end + 1)
            if m is not None:
                nxt = m.group()
                return len(nxt) >= 3 and nxt[:1].isupper() and nxt[1:].islower() and self._kind(nxt)[3]
        if text[start - 1 : start] != " ":
            return False
        m = _PREVIOUS_WORD.search(text, max(0, start - 41), start - 1)
        if m is None:
            return False
        prev = m.group()
        return (
            prev[:1].isupper()
            and prev[1:].islower()
            and len(prev) >= 3
            and prev.lower() not in self.stopwords
            and not _starts_sentence(text, m.start())
            and self._kind(prev)[3]
        )

    @staticmethod
    def word_count(text: str) -> int:
        """How many words :meth:`check_text` could check in ``text`` at most (each checked word
        is one match of the word pattern): counted without a dictionary look-up."""
        return sum(1 for _ in _WORD.finditer(text))

    def check_text(self, text: str, stop_after: int | None = None) -> tuple[int, list[tuple[int, int, str]]]:
        """How many words of ``text`` were checked, and the unknown ones as (start, end, word).

        Names and codes are not checked: tokens with digits, URLs, e-mail addresses or template
        syntax, ALL-CAPS and MixedCase words, a capitalised word inside a sentence (where
        ``proper-nouns`` is on), up to two capitalised words after a name marker ("Frau",
        "Team", "von") and the words of a short line of capitalised words (a signature). Most
        tokens are one word found by a single regex match; the memo of :meth:`_kind` answers
        the look-up, and a word's context is only looked at for capitalised words.

        With ``stop_after``, the check stops as soon as more unknown words than that were found:
        MSG403 is silent on a text with too many unknown words (one not in this language), and
        each unknown word costs the most (the compound and loanword rules try its splits: a
        2 KB English text checked as Swedish took 2.6 s).
        """
        checked = 0
        unknown: list[tuple[int, int, str]] = []
        after_marker = 0
        names: _NameLines | None = None
        text_words: set[str] | None = None  # the text's words in lower case (trade context)
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
                        names = _NameLines(text, self.name_markers)
                    if names(start) or (proper and not _starts_sentence(text, start)):
                        continue
                    if not proper and not known and self._product_name(text, start, start + len(w)):
                        continue
                    if text[start - 1 : start] in _OPENING_QUOTES:
                        continue  # a quoted product or model name: „Lumio X2“
                checked += 1
                if not known:
                    end = start + len(w)
                    if text[end : end + 1] == "." and self._abbreviation(w, text, end):
                        continue  # inkl., bijv., approx.
                    if "-" in (text[start - 1 : start], text[end : end + 1]) and self._hyphenated(text, start, end):
                        continue  # a part of a word the dictionary knows whole: no-brainer
                    if text[end : end + 1] == "-" and _SUSPENDED.match(text, end + 1):
                        continue  # the first part of a compound whose tail comes later: Elektro- und
                    if self.terms and self._term(w, text, end):
                        continue  # the first word of a trade term: combi drill, washi tape
                    low = w.lower()
                    if low in self.closings and _opens_short_line(text, start):
                        continue  # a colloquial greeting or closing: Pozdro,
                    cues = self.context_words.get(low)
                    if cues is not None:
                        if text_words is None:
                            text_words = {m.group().lower() for m in _WORD.finditer(text)}
                        if not cues.isdisjoint(text_words):
                            continue  # a trade word in a message about the trade: chai, tea
                    unknown.append((start, end, w))
                    if stop_after is not None and len(unknown) > stop_after:
                        return checked, unknown
        return checked, unknown

    # ---- suggestions --------------------------------------------------------------------
    def _accented(self, w: str, limit: int, tries: int = 0) -> list[str]:
        """Known words that are ``w`` with accents put back (``ubicacion`` -> ``ubicación``)."""
        spots = [(i, _ACCENTS[c.lower()]) for i, c in enumerate(w) if c.lower() in _ACCENTS]
        if not spots or len(w) > 30:
            return []
        found: list[str] = []
        # one, two, then three letters changed (déjà, téléphone), at most ACCENT_TRIES dictionary
        # lookups in all: a long word full of vowels has thousands of variants at three letters
        # (a 24-letter Dutch typo took 5 s of lookups), and a missing-accent word is a short one
        tries = tries or ACCENT_TRIES
        frontier: list[tuple[str, int]] = [(w, -1)]
        for _ in range(3):
            nxt: list[tuple[str, int]] = []
            for cand, last in frontier:
                for k, (i, options) in enumerate(spots):
                    if k <= last:
                        continue
                    for acc in options:
                        new = cand[:i] + (acc.upper() if cand[i].isupper() else acc) + cand[i + 1 :]
                        if len(nxt) < 400:
                            nxt.append((new, k))
                        if new in found:
                            continue
                        tries -= 1
                        if tries < 0:
                            return found[:limit]
                        if self._in_list(new):
                            found.append(new)
            if found:
                return found[:limit]
            frontier = nxt
        return found[:limit]

    def _hints(self) -> tuple[str, tuple[tuple[str, str], ...], dict[str, str]]:
        """The letters, common-misspelling pairs and related letters (letter -> the letters it is
        mistaken for: the MAP groups and the same letter with another accent) of the
        dictionaries' affix files."""
        found = self._try
        if found is None:
            hints = [h.hints() for h in self.checkers]
            letters = "".join(dict.fromkeys("".join(x.letters for x in hints)))
            pairs = tuple(dict.fromkeys(p for x in hints for p in x.replacements))
            related: dict[str, str] = {}
            base = {c: unicodedata.normalize("NFD", c)[0] for c in letters}
            for c in letters:
                near = [d for d in letters if d != c and base[d] == base[c]]
                near += [d for g in (r for x in hints for r in x.related) if c in g for d in g if d != c]
                if near:
                    related[c] = "".join(dict.fromkeys(near))
            found = self._try = (letters, pairs, related)
        return found

    def _plain_word(self, cand: str) -> bool:
        """``cand`` is a word of the dictionary itself (or the allow list), not one Hunspell builds
        from parts: de_DE accepts ``Messsage`` as Mess + Sage. Such compounds are suggested only
        after the plain words."""
        if not self.compounds or cand.lower() in self.allow:
            return True
        forms = dict.fromkeys((cand, cand.lower(), cand[:1].upper() + cand[1:]))
        return any(h.plain(f) for h in self.checkers for f in forms)

    @staticmethod
    def _replaced(w: str, wrong: str, right: str) -> list[str]:
        """``w`` with one occurrence of ``wrong`` (``^``/``$``: at its start/end) made ``right``."""
        if wrong.startswith("^"):
            wrong, right = wrong[1:], right.lstrip("^")
            return [right + w[len(wrong) :]] if wrong and w.lower().startswith(wrong) else []
        if wrong.endswith("$"):
            wrong, right = wrong[:-1], right.rstrip("$")
            return [w[: len(w) - len(wrong)] + right] if wrong and w.lower().endswith(wrong) else []
        out: list[str] = []
        i = w.find(wrong)
        while i >= 0 and len(out) < 4:
            out.append(w[:i] + right + w[i + len(wrong) :])
            i = w.find(wrong, i + 1)
        return out

    def _one_edit(self, w: str, limit: int) -> list[str]:
        """Known words one edit away from ``w``, the likeliest typos first: the language's common
        misspellings (the affix file's REP table: Grüsse -> Grüße), two letters swapped
        (recieve), a letter left out or doubled (mesage, untill), a letter typed for another.

        Deterministic and bounded (about 2 x letters x length look-ups, a few milliseconds),
        unlike Hunspell's own suggest, which stops its searches on a clock (so its answers varied
        between runs under load) and took 0.3-1 s per word in Polish."""
        letters, pairs, related = self._hints()
        n = len(w)
        reps = [c for wrong, right in pairs for c in self._replaced(w, wrong, right)]
        # a letter for its accented or MAP-related kin (zamkniecie -> zamknięcie)
        reps += [w[:i] + c + w[i + 1 :] for i in range(n) for c in related.get(w[i], "")]
        upper = w[:1].isupper()
        swaps = [w[:i] + w[i + 1] + w[i] + w[i + 2 :] for i in range(n - 1) if w[i] != w[i + 1]]
        doubles = [w[:i] + w[i + 1 :] for i in range(1, n) if w[i] == w[i - 1]]
        doubles += [w[: i + 1] + w[i] + w[i + 1 :] for i in range(n) if w[i].isalpha()]
        drops = [w[:i] + w[i + 1 :] for i in range(n)]
        adds = [w[:i] + c + w[i:] for i in range(1, n + 1) for c in letters]
        subs = [w[:i] + c + w[i + 1 :] for i in range(1, n) for c in letters if c != w[i]]
        # the first letter is seldom the mistyped one: its changes come last, keeping its case
        firsts = [(c.upper() if upper else c) + w[1:] for c in letters if c != w[0].lower()]
        firsts += [(c.upper() if upper else c) + w for c in letters]
        found: list[str] = []
        compounds: list[str] = []
        seen = {w}
        for cand in (*reps, *swaps, *doubles, *drops, *adds, *subs, *firsts):
            if cand in seen or len(cand) < _MIN_LEN:
                continue
            seen.add(cand)
            if self._in_list(cand):
                if self._plain_word(cand):
                    found.append(cand)
                    if len(found) >= limit:
                        break
                elif len(compounds) < limit:
                    compounds.append(cand)
        return (found + compounds)[:limit]

    def suggestions(self, word: str, limit: int = 3) -> list[str]:
        """Likely corrections: the word with its accents restored first, then known words one
        edit away (:meth:`_one_edit`). Words longer than ``SUGGEST_MAX_LENGTH`` get none."""
        w = word.translate(_APOSTROPHES)
        found = self._suggested.get(w)
        if found is None:
            found = self._accented(w, limit)
            if not found and len(w) <= SUGGEST_MAX_LENGTH and self.checkers:
                found = self._one_edit(w, limit)
            if len(self._suggested) > 10_000:
                self._suggested.clear()
            self._suggested[w] = found = found[:limit]
        return found


#: Dictionary lookups spent on putting accents back into one unknown word.
ACCENT_TRIES = 200
#: ... and into a derived word, to see whether it is a plain word without its accents (Ruckgabe).
_NEAR_ACCENT_TRIES = 60
#: Longer unknown words get no Hunspell suggestion: its search grows with the word (0.5 s and more
#: per call for 20+ letters) and a word that long is a run-together or mangled one, not a typo a
#: suggestion would fix.
SUGGEST_MAX_LENGTH = 20


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
