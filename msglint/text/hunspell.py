"""Hunspell dictionaries for MSG403: the shipped files, their validated disk cache, loading.

msglint ships Hunspell dictionaries (LibreOffice's and their kin: affix rules, compound rules)
gzipped in ``rules/dictionaries/``, listed with their source, licence and the SHA-256 and size of
each decompressed file in ``rules/dictionaries/manifest.toml`` (written by
``scripts/vendor_dictionaries.py``). Hunspell (the ``chunspell`` package: the C++ library with
its Python binding) reads plain files, so a dictionary is decompressed once into
``<cache-dir>/hunspell/<name>-<digest>/``. The cache is strict: a cached file is used only when
its size and SHA-256 are the manifest's; anything else (truncated, edited, another version) is
rewritten from the shipped file, whose digest is checked too. An unwritable cache folder
falls back to a temporary folder removed at exit.

A language's dictionaries are named by ``dictionary`` in ``rules/languages.toml`` (one name or
a list: English checks against en_US and en_GB). A language without one gets no MSG403.
"""

from __future__ import annotations

import atexit
import hashlib
import re
import threading
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from msglint.core.diskcache import cache_root, read_bytes, write_atomic
from msglint.core.packs import load_data, packs_dir


class HunspellLike(Protocol):
    def spell(self, word: str) -> bool: ...

    def suggest(self, word: str) -> tuple[str, ...]: ...


class DictionaryError(Exception):
    """A shipped dictionary is missing or does not match its manifest entry."""


_LOCK = threading.Lock()


def manifest() -> dict[str, dict[str, Any]]:
    """``rules/dictionaries/manifest.toml``: dictionary name -> source, licence, digests."""
    data: dict[str, dict[str, Any]] = load_data("dictionaries/manifest")
    return data


def dictionary_names(info: dict[str, Any]) -> tuple[str, ...]:
    """The dictionaries a language's ``dictionary`` entry names ("" or [] = none)."""
    value = info.get("dictionary", "")
    names = [value] if isinstance(value, str) else list(value or ())
    return tuple(str(n) for n in names if n)


@cache
def available(name: str) -> bool:
    """Whether ``name`` is shipped (listed in the manifest) and the Hunspell binding is installed."""
    if name not in manifest():
        return False
    from importlib.util import find_spec

    return find_spec("hunspell") is not None


def _digest_ok(data: bytes | None, entry: dict[str, Any], ext: str) -> bool:
    return (
        data is not None
        and len(data) == int(entry.get(f"{ext}-size", -1))
        and hashlib.sha256(data).hexdigest() == entry.get(f"{ext}-sha256")
    )


def _shipped(name: str, ext: str, entry: dict[str, Any]) -> bytes:
    import gzip  # when a dictionary is read: a run of known words reads none (#14)

    path = packs_dir() / "dictionaries" / f"{name}.{ext}.gz"
    try:
        data = gzip.decompress(path.read_bytes())
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise DictionaryError(f"cannot read the {name} dictionary ({path.name}): {exc}") from exc
    if not _digest_ok(data, entry, ext):
        raise DictionaryError(f"the shipped {name} dictionary ({path.name}) does not match its manifest")
    return data


@cache
def _temp_folder() -> Path:
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="msglint-hunspell-"))
    atexit.register(shutil.rmtree, folder, True)
    return folder


def dictionary_folder(name: str, cache_dir: str | None = None) -> Path:
    """A folder holding ``name.aff`` and ``name.dic``, each checked against the manifest."""
    entry = manifest().get(name)
    if entry is None:
        raise DictionaryError(f"no dictionary named {name!r} in rules/dictionaries/manifest.toml")
    digest = str(entry.get("dic-sha256", ""))[:16]
    folder = cache_root(cache_dir) / "hunspell" / f"{name}-{digest}"
    with _LOCK:
        if _write_if_invalid(folder, name, entry):
            return folder
        folder = _temp_folder() / name
        if _write_if_invalid(folder, name, entry):
            return folder
    raise DictionaryError(f"cannot write the {name} dictionary to {folder}")


def _write_if_invalid(folder: Path, name: str, entry: dict[str, Any]) -> bool:
    """Make ``folder`` hold valid files of ``name``; False when it cannot be written."""
    for ext in ("aff", "dic"):
        path = folder / f"{name}.{ext}"
        if _digest_ok(read_bytes(path), entry, ext):
            continue
        if not write_atomic(path, _shipped(name, ext, entry)):
            return False
    return True


def flagged_entries(aff: bytes, dic: bytes, option: str) -> list[str]:
    """The ``.dic`` entries (roots, without their affixes) that carry the flag the affix file
    names by ``option`` (``KEEPCASE``, ``FORBIDDENWORD``); [] when it names none.

    Reads the ``SET`` encoding, the ``FLAG`` type (one character, ``long``: two, ``num``:
    comma-separated numbers, ``UTF-8``: one character) and ``AF`` flag aliases."""
    encoding, flag_type, flag = "iso8859-1", "char", ""
    aliases: list[str] | None = None  # None until the AF count line
    for raw in aff.splitlines():
        parts = raw.split()
        if len(parts) < 2:
            continue
        key = parts[0].decode("ascii", "replace")
        if key == "SET":
            encoding = parts[1].decode("ascii", "replace").lower()
            try:
                "".encode(encoding)
            except LookupError:
                encoding = "utf-8"
        elif key == "FLAG":
            flag_type = parts[1].decode("ascii", "replace").lower()
        elif key == option:
            flag = parts[1].decode(encoding, "replace")
        elif key == "AF":
            if aliases is None:
                aliases = []  # the first AF line counts the aliases
            else:
                aliases.append(parts[1].decode(encoding, "replace"))
    if not flag:
        return []

    def flags(field: str) -> list[str]:
        if aliases and field.isdigit():
            index = int(field) - 1
            field = aliases[index] if 0 <= index < len(aliases) else ""
        if flag_type == "long":
            return [field[i : i + 2] for i in range(0, len(field), 2)]
        if flag_type == "num":
            return field.split(",")
        return list(field)

    found: list[str] = []
    for line in dic.decode(encoding, "replace").splitlines()[1:]:
        entry = line.split("\t", 1)[0].split(" ", 1)[0]
        word, slash, field = entry.replace("\\/", "\0").partition("/")
        if slash and flag in flags(field):
            found.append(word.replace("\0", "/"))
    return found


def keeps_case(aff: bytes, dic: bytes) -> bool:
    """Whether Hunspell refuses the capitalised form of lower-case words of the dictionary by
    the ``KEEPCASE`` flag (Dutch ``april``, ``btw``; French units ``min``, ``bar``): ``April``
    opening a sentence is no word to Hunspell, and the flag holds for the root's affixed forms
    too, so msglint looks every capitalised word up in lower case as well. Otherwise Hunspell
    tries a capitalised or ALL-CAPS word in lower case itself, and that look-up adds nothing
    (``Speller._in_list``). Written into the manifest by ``scripts/vendor_dictionaries.py``."""
    return any(w[:1].islower() for w in flagged_entries(aff, dic, "KEEPCASE"))


def forbidden_capitals(aff: bytes, dic: bytes, spell: Callable[[str], bool]) -> list[str]:
    """The capitalised roots the dictionary forbids (``FORBIDDENWORD``) whose lower-case form
    ``spell`` accepts: de_DE forbids ``Prämiere`` and ``Reichsweite`` (misspelt Premiere,
    Reichweite) though ``prämiere`` and ``reichsweite`` are words, so Hunspell, finding the
    capitalised form forbidden, never tries the lower-case one. A capitalised word starting
    with one of these (``Reichsweiten``) is still looked up in lower case by msglint, as before
    the look-up was dropped for other words. Written into the manifest
    (``forbidden-capitals``) by ``scripts/vendor_dictionaries.py``."""
    return [
        w
        for w in flagged_entries(aff, dic, "FORBIDDENWORD")
        if w[:1].isupper() and w[1:] == w[1:].lower() and spell(w.lower())
    ]


class Dictionary:
    """One dictionary: a word its encoding cannot write (``ş`` for a Latin-1 dictionary) is no
    word of it, rather than an error.

    Hunspell reads the files when the dictionary is first asked about a word, not when it is
    created: English looks a word up in en_US first and in en_GB only when en_US does not know
    it, and a message whose words en_US knows never pays for loading en_GB (0.06 s for en_US,
    0.14 s for en_GB, 0.35 s for de_DE of CPU time on the 2-core development machine). The
    files are checked against the manifest when the Dictionary is created (:func:`load`), so a
    damaged installation is still reported before any word is looked up."""

    __slots__ = (
        "_affix_hints",
        "_confirmed",
        "_folder",
        "_hunspell",
        "_known",
        "_known_path",
        "forbidden_capitals",
        "keepcase",
        "name",
    )

    def __init__(
        self,
        name: str,
        hunspell: HunspellLike | None = None,
        folder: Path | None = None,
        known_path: Path | None = None,
        keepcase: bool = True,
        forbidden_capitals: tuple[str, ...] = (),
    ) -> None:
        self.name = name
        #: Hunspell refuses the capitalised form of some lower-case words (:func:`keeps_case`);
        #: True (the safe answer) unless the manifest says otherwise
        self.keepcase = keepcase
        #: capitalised roots Hunspell forbids though their lower-case form is a word
        #: (:func:`forbidden_capitals`)
        self.forbidden_capitals = forbidden_capitals
        self._hunspell = hunspell
        self._folder = folder
        self._known_path = known_path
        self._known: frozenset[str] | None = None if known_path is not None else frozenset()
        self._confirmed: set[str] = set()
        self._affix_hints: AffixHints | None = None

    def hints(self) -> AffixHints:
        """What the affix file says about correcting a word (read once, on the first suggestion;
        empty when the file cannot be read)."""
        found = self._affix_hints
        if found is None:
            aff = read_bytes(self._folder / f"{self.name}.aff") if self._folder is not None else None
            found = self._affix_hints = affix_hints(aff or b"")
        return found

    def _loaded(self) -> HunspellLike:
        h = self._hunspell
        if h is None:
            from hunspell import Hunspell  # the chunspell package

            h = self._hunspell = Hunspell(self.name, hunspell_data_dir=str(self._folder))
        return h

    def _known_words(self) -> frozenset[str]:
        known = self._known
        if known is None:
            known = self._known = _read_known(self._known_path)
        return known

    def spell(self, word: str) -> bool:
        """Whether Hunspell accepts ``word`` as written. A word Hunspell accepted in an earlier
        run (the verified ``known`` file, see :func:`_read_known`) is accepted without loading
        the dictionary: a short message of common words never pays for it (#14)."""
        if word in self._known_words():
            return True
        try:
            ok = bool(self._loaded().spell(word))
        except UnicodeError:
            return False
        if ok and self._known_path is not None and len(self._confirmed) < _KNOWN_MAX and "\n" not in word:
            if not self._confirmed:
                _PENDING.append(self)
            self._confirmed.add(word)
        return ok

    def suggest(self, word: str) -> tuple[str, ...]:
        try:
            return tuple(self._loaded().suggest(word))
        except UnicodeError:
            return ()

    def plain(self, word: str) -> bool:
        """``word`` is a word of the dictionary itself, not one Hunspell builds by compounding:
        de_DE accepts ``Fährradpumpe`` (Fähr + Rad + Pumpe) and ``Messsage``, which are no words
        a writer meant. Hunspell's analysis marks compound parts ``pa:``."""
        if not self.spell(word):
            return False
        h = self._loaded()
        analyze = getattr(h, "analyze", None)
        if analyze is None:
            return True
        try:
            return not any(" pa:" in a for a in analyze(word))
        except UnicodeError:
            return False


@cache
class AffixHints(NamedTuple):
    """An affix file's hints for corrections, as Hunspell's own suggest uses them.

    ``letters``: the lower-case letters of the ``TRY`` line, most frequent first (the letters tried
    when a letter is missing or mistyped). ``replacements``: the ``REP`` table's (wrong, right)
    pairs, the language's common misspellings (de ``ss`` -> ``ß``, en ``ie`` -> ``ei``), ``^``
    and ``$`` anchoring them to a word's start or end; pairs that make two words are left out.
    ``related``: groups of letters the ``MAP`` table says are mistaken for each other (pl ``eę``,
    ``lł``; fr ``eéèêë``)."""

    letters: str
    replacements: tuple[tuple[str, str], ...]
    related: tuple[str, ...]


def affix_hints(aff: bytes) -> AffixHints:
    """The ``TRY`` letters, ``REP`` pairs and ``MAP`` groups of an affix file, decoded with its ``SET``."""
    encoding = "utf-8"
    for raw in aff.splitlines():
        if raw.startswith(b"SET "):
            encoding = raw[4:].strip().decode("ascii", "replace").lower()
            break
    try:
        text = aff.decode(encoding, "replace")
    except LookupError:
        text = aff.decode("utf-8", "replace")
    letters = ""
    pairs: list[tuple[str, str]] = []
    related: list[str] = []
    for line in text.splitlines():
        if line.startswith("TRY ") and not letters:
            letters = "".join(dict.fromkeys(c for c in line[4:].strip() if c.isalpha() and c.islower()))
        elif line.startswith("REP "):
            parts = line.split()
            if len(parts) >= 3 and "_" not in parts[1] + parts[2]:
                pairs.append((parts[1], parts[2]))
        elif line.startswith("MAP "):
            parts = line.split()
            group = re.sub(r"\(.*?\)", "", parts[1]).lower() if len(parts) >= 2 else ""
            if len(group) > 1 and not group.isdigit():
                related.append("".join(dict.fromkeys(group)))
    return AffixHints(letters, tuple(pairs), tuple(related))


def load(name: str, cache_dir: str | None = None) -> Dictionary:
    """Dictionary ``name``, its files checked now and read by Hunspell on first use (memoised
    per process)."""
    folder = dictionary_folder(name, cache_dir)
    in_cache = folder.is_relative_to(cache_root(cache_dir))  # not the temporary folder removed at exit
    known = folder / f"{name}.known-{_known_key(name)}" if in_cache else None
    entry = manifest().get(name, {})
    keepcase = entry.get("keepcase", True) is not False
    capitals = tuple(str(w) for w in entry.get("forbidden-capitals", ()))
    return Dictionary(name, folder=folder, known_path=known, keepcase=keepcase, forbidden_capitals=capitals)


# ---- words Hunspell accepted before ----------------------------------------------------------------
# Loading a dictionary costs more than a whole lint of a short message (en_US 0.05-0.08 s CPU,
# de_DE 0.35 s on the 2-core development machine). The words Hunspell accepted (as written) are
# kept next to the dictionary's files, in a file written with a size and SHA-256 header
# (msglint.core.diskcache.write_verified) and keyed on the digests of the dictionary's files:
# a damaged or foreign file is not read (every word goes to Hunspell again) and is rewritten.
# Only acceptances are kept, and Hunspell's answer for a word does not change while its files do
# not, so results never depend on this file. Written at exit, by the process that confirmed new
# words; concurrent runs each write a whole file (the last one stays).

#: at most this many words per dictionary and file (a long run over garbage stays bounded)
_KNOWN_MAX = 100_000
_PENDING: list[Dictionary] = []


def _known_key(name: str) -> str:
    entry = manifest().get(name, {})
    key = f"{entry.get('aff-sha256', '')}|{entry.get('dic-sha256', '')}"
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def _read_known(path: Path | None) -> frozenset[str]:
    """The words of a ``known`` file, or none when it is missing or does not verify."""
    if path is None:
        return frozenset()
    from msglint.core.diskcache import read_verified

    blob = read_verified(path)
    if blob is None:
        return frozenset()
    try:
        return frozenset(blob.decode("utf-8").split("\n")) - {""}
    except UnicodeDecodeError:
        return frozenset()


def save_known() -> None:
    """Add the words confirmed by Hunspell in this process to each dictionary's ``known`` file
    (called at exit)."""
    from msglint.core.diskcache import write_verified

    while _PENDING:
        d = _PENDING.pop()
        if d._known_path is None or not d._confirmed:
            continue
        words = set(_read_known(d._known_path))  # what other runs added meanwhile
        if len(words) >= _KNOWN_MAX:
            continue
        words |= d._confirmed
        d._confirmed = set()
        write_verified(d._known_path, "\n".join(sorted(words)).encode("utf-8"))


atexit.register(save_known)
