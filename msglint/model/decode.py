"""Turn raw bytes into text, or say clearly why they are not text.

Templates arrive in whatever encoding the shop system or agency saved them in: UTF-8 with or
without BOM, UTF-16 with BOM from Windows editors, and Latin-1/Windows-1252 from older tools,
and for the other marketplaces Windows-1250/ISO-8859-2 (Polish), ISO-8859-9 (Turkish),
Shift_JIS/EUC-JP (Japanese) and Windows-1256 (Arabic). The decoded text keeps a record of how
it was read so that ``--fix`` can write it back the same way.

Order: a byte-order mark; ISO-2022-JP escape sequences (7-bit Japanese mail text); valid
UTF-8 (valid UTF-8 with non-ASCII bytes is never an accident); the encoding the file declares
(``<meta charset>``, ``<meta http-equiv content="...; charset=">``, ``<?xml encoding>``, a front
matter ``encoding:`` line) or the caller gives (configuration), or the Windows code page that
extends it as browsers read it; Windows-1252 when the result reads as Western text; otherwise
charset-normalizer, restricted to the encodings above, its readings ranked by signs of a wrong
code page and letters the code page's languages do not write (when it ranks none, the one
reading with no such sign, if there is exactly one). Bytes none of them reads with
confidence are MSG001, never mojibake.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from dataclasses import dataclass
from typing import BinaryIO

#: Files above this size are not linted (a message template is a few kB; this guards memory and
#: time): the default of the ``max-file-size`` setting, in bytes.
MAX_BYTES = 10 * 1024 * 1024

# (byte-order mark, codec that decodes after it, name to write back with)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le-bom"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be-bom"),
)

# C0 control characters that never appear in text files (tab, LF, FF, CR, ESC are allowed).
_BINARY_CONTROLS = frozenset(range(0x00, 0x09)) | {0x0B, 0x0E, 0x0F} | frozenset(range(0x10, 0x1B))
_NOT_CONTROLS = bytes(b for b in range(256) if b not in _BINARY_CONTROLS)


class DecodeError(Exception):
    """The input is not text msglint can read; the message says why, for MSG001."""


class InputTooLarge(DecodeError):
    """The input is larger than ``max-file-size``: MSG001, not read any further."""

    def __init__(self, limit: int, size: int | None = None) -> None:
        size_text = f"{size} bytes" if size is not None else f"more than {limit} bytes"
        super().__init__(
            f"file is too large to be a message template ({size_text}, limit {limit}: the max-file-size setting)"
        )


def special_file_kind(mode: int) -> str | None:
    """What a file that is not a regular file or a folder is ("FIFO", "character device"...)."""
    if stat.S_ISFIFO(mode):
        return "FIFO"
    if stat.S_ISCHR(mode):
        return "character device"
    if stat.S_ISBLK(mode):
        return "block device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return None


_CHUNK = 1 << 20


def _read_fd(fd: int, limit: int, first: int) -> bytes:
    """At most ``limit`` bytes from ``fd`` (the first read asks for ``first``); InputTooLarge
    as soon as there are more."""
    chunks: list[bytes] = []
    total = 0
    want = first
    while True:
        chunk = os.read(fd, max(1, min(want, limit + 1 - total)))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:  # one byte more than allowed was asked for: that tells "too large"
            raise InputTooLarge(limit)
        want = _CHUNK


def read_file(path: str, limit: int = MAX_BYTES) -> bytes:
    """The bytes of file ``path``, read no further than ``limit`` (the size cap is enforced
    while reading: ``/dev/zero`` or a growing file cannot exhaust memory).

    A regular file is read; a named pipe too (``msglint check <(gen-template)``), opened so
    that a pipe without a writer reads as empty instead of blocking forever; a device or socket
    raises OSError. Raises :class:`InputTooLarge` above ``limit``."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), path)
        if stat.S_ISREG(st.st_mode):
            if st.st_size > limit:
                raise InputTooLarge(limit, st.st_size)
        elif stat.S_ISFIFO(st.st_mode):
            os.set_blocking(fd, True)  # a writer that is there is waited for
        else:
            kind = special_file_kind(st.st_mode) or "special file"
            raise OSError(errno.EINVAL, f"not a regular file ({kind})", path)
        return _read_fd(fd, limit, st.st_size + 1 if stat.S_ISREG(st.st_mode) else _CHUNK)
    finally:
        os.close(fd)


def read_stream(stream: BinaryIO | None, limit: int = MAX_BYTES) -> bytes:
    """Standard input (or any binary stream), read no further than ``limit``."""
    if stream is None:
        raise OSError(errno.EBADF, "standard input is closed")
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputTooLarge(limit)
    return data


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # codec to write the text back with (BOM included for *-sig / utf-16)
    newline: str  # dominant line ending, "\n", "\r\n" or "\r"


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    # Count the control bytes in C: deleting every other byte is ~100x faster than a loop.
    bad = len(sample.translate(None, _NOT_CONTROLS))
    return bad > max(2, len(sample) // 100)


#: Where a file names its encoding: HTML meta, XML declaration, a front matter line (ASCII).
_DECLARED = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})"""
    rb"""|<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})"""
    rb"""|\A---[ \t]*\r?\n(?:[^\n]{0,200}\n){0,30}?[ \t]*encoding[ \t]*:[ \t]*["']?([A-Za-z0-9_.:-]{1,40})""",
    re.I,
)
#: The legacy encodings recognised when nothing says which one (charset-normalizer's names).
DETECTABLE = ("cp1252", "cp1250", "iso8859_2", "shift_jis", "euc_jp", "cp1256", "iso8859_9")
#: Windows-1252 results with these characters are another code page read wrongly (Polish ł ą
#: as ³ ¹, Turkish ş ğ ı as þ ð ý, C1 controls), and so are texts mostly made of accented letters.
_NOT_WESTERN = frozenset("\u00b3\u00b9\u00a5\u00f0\u00fd\u00fe\u00d0\u00dd\u00de\u00a6")
_MAX_ACCENTED_SHARE = 0.25
#: charset-normalizer's "chaos" above which a reading is mojibake, not text.
_MAX_CHAOS = 0.25


def declared_encoding(data: bytes) -> str | None:
    """The encoding the file names for itself (meta, XML declaration, front matter), if a
    codec Python knows; None otherwise."""
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    name = next(g for g in m.groups() if g).decode("ascii")
    return codec_name(name)


def codec_name(name: str) -> str | None:
    """Python's codec name for an encoding label (``Shift_JIS`` -> ``shift_jis``), or None
    when it names no codec that reads text files (``base64``, ``unicode_escape``...)."""
    from msglint.core.values import codec

    return codec(name)


#: The escape to JIS X 0208 of ISO-2022-JP (RFC 1468), the 7-bit Japanese of mail clients: such
#: a file is valid ASCII, so UTF-8 would read its kanji as ``$B%4CmJ8`` without a word.
_JIS_ESCAPE = re.compile(rb"\x1b\$[@B]")


def _read_jis(data: bytes) -> Decoded:
    """``data`` read as ISO-2022-JP (or its extension with half-width katakana)."""
    reason = ""
    for codec in ("iso2022_jp", "iso2022_jp_ext"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            reason = reason or exc.reason
            continue
        return Decoded(text, codec, _newline(text))
    raise DecodeError(f"the file has ISO-2022-JP escape sequences but is not valid ISO-2022-JP: {reason}")


def _western(text: str) -> bool:
    """Whether Windows-1252 text reads as Western European text, not another code page."""
    letters = accented = 0
    for ch in text:
        if ch.isascii():
            letters += ch.isalpha()
            continue
        if ch in _NOT_WESTERN or "\x80" <= ch <= "\x9f":
            return False
        if ch.isalpha():
            letters += 1
            accented += 1
    if _GLUED.search(text) or _foreign_words(text):
        return False
    # a word or two (Grüße) says little; a text mostly made of accented letters is not Western
    return letters < 20 or accented <= _MAX_ACCENTED_SHARE * letters


#: Windows-1250 letters read as Windows-1252 symbols inside a word: Ł as £ (``£ukasz``), Ż as ¯,
#: ż as ¿ after a letter (``mo¿e``; Spanish ¿ opens a sentence).
#: So are ś as œ where French has none (French œ stands before u or i: cœur, œil), ć as a
#: word-final æ (podziękować), ń as ñ before a consonant or at a word's end (Spanish ñ stands
#: before a vowel: año).
_GLUED = re.compile(
    r"[£¯](?=[^\W\d_])|(?<=[^\W\d_])[£¯¿]|[œŒ](?![uiUI])|(?<=[^\W\d_])[æÆ](?![^\W\d_])"
    r"|(?<=[^\W\d_])[ñÑ](?![aeiouyáéíóúAEIOUY])"
)


#: A run of letters (any script).
_WORD = re.compile(r"[^\W\d_]+")


def _foreign_words(text: str) -> bool:
    """Whether most letters stand in words of three or more letters none of which is ASCII:
    Western words have ASCII letters around their accents (``été`` is rare among them); Arabic
    or Hebrew read as Windows-1252 (``Êã ÔÍä ØáÈß``) is nothing else."""
    letters = foreign = 0
    for word in _WORD.findall(text):
        letters += len(word)
        if len(word) >= 3 and not any(ch.isascii() for ch in word):
            foreign += len(word)
    return foreign * 2 > letters


def decode_bytes(data: bytes, encoding: str | None = None, limit: int = MAX_BYTES) -> Decoded:
    """Decode ``data`` or raise :class:`DecodeError` with a user-facing reason. ``encoding``:
    the encoding the configuration names for the file (a declaration in the file wins);
    ``limit``: the ``max-file-size`` setting."""
    if len(data) > limit:
        raise InputTooLarge(limit, len(data))
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {codec} after byte-order mark: {exc.reason}") from None
            return Decoded(_strip_nul_free(text), name, _newline(text))
    if _looks_binary(data):
        raise DecodeError("file is binary, not a text or HTML message")
    if _JIS_ESCAPE.search(data):
        return _read_jis(data)
    try:
        text = data.decode("utf-8")
        return Decoded(text, "utf-8", _newline(text))
    except UnicodeDecodeError:
        pass
    declared, says = declared_encoding(data), "the file declares"
    if declared is None and encoding:
        declared, says = codec_name(encoding), "the configuration names"
    if declared is not None and declared.startswith(("utf-16", "utf-32")):
        declared = "utf-8"  # a declaration readable as ASCII is not in UTF-16 (as browsers read it)
    if declared is not None and declared != "utf-8":  # a stale utf-8 declaration: read on
        return _read_declared(data, declared, says)
    # Legacy 8-bit templates: Windows-1252 is a superset of Latin-1's printable range.
    try:
        text = data.decode("cp1252")
        if _western(text):
            return Decoded(text, "cp1252", _newline(text))
    except UnicodeDecodeError:
        pass
    return _detect(data)


#: The Windows code page browsers read a label as (WHATWG Encoding) where it extends the ISO or
#: JIS code page named: Shift_JIS files from Windows hold NEC/IBM characters (①, ㈱), "ISO-8859-1"
#: and "ISO-8859-9" files hold Windows-1252/1254 quotes and euro signs. Used only when the named
#: codec fails or reads C1 controls, so a file it reads is written back with it byte for byte.
_SUPERSETS = {"ascii": "cp1252", "iso8859-1": "cp1252", "iso8859-9": "cp1254", "shift_jis": "cp932", "euc_kr": "cp949"}


def _has_c1(text: str) -> bool:
    return any("\x80" <= ch <= "\x9f" for ch in text)


def _read_declared(data: bytes, declared: str, says: str) -> Decoded:
    """``data`` read with the encoding a declaration or the configuration names (or the Windows
    code page that extends it, :data:`_SUPERSETS`); DecodeError when neither reads it."""
    reason = ""
    try:
        text = data.decode(declared)
        if not _has_c1(text) or declared not in _SUPERSETS:
            return Decoded(text, declared, _newline(text))
    except UnicodeError as exc:
        reason = exc.reason if isinstance(exc, UnicodeDecodeError) else str(exc)
    wider = _SUPERSETS.get(declared)
    if wider is not None:
        try:
            text = data.decode(wider)
            return Decoded(text, wider, _newline(text))
        except UnicodeDecodeError:
            pass
    if not reason:  # read, but with C1 controls that the wider code page does not read either
        return Decoded(text, declared, _newline(text))
    raise DecodeError(f"{says} {declared} but it is not valid {declared}: {reason}")


#: Non-ASCII characters that are punctuation in real text (not a misread letter).
_PUNCTUATION = frozenset("\u00a0€…–—‘’‚“”„«»‹›•·°§©®™×÷¡¿²½¼¾、。「」『』・ー（）！？：；،؛؟")


def _badness(text: str) -> int:
    """Signs of a wrong code page: Latin-1 range symbols glued to letters (zosta³a, ±), C1
    controls. Characters of other scripts that are not letters are what a right reading of
    them gives: Arabic vowel marks (شكراً, جهّز), CJK brackets and punctuation (【お知らせ】)."""
    bad = 0
    n = len(text)
    for i, ch in enumerate(text):
        if ch.isascii() or ch >= "\u0250" or ch.isalpha() or ch in _PUNCTUATION or ch.isspace():
            continue
        if "\x80" <= ch <= "\x9f":
            bad += 5
        elif (i > 0 and text[i - 1].isalpha()) or (i + 1 < n and text[i + 1].isalpha()):
            bad += 1
    return bad


#: The accented Latin letters of the languages each 8-bit code page is recognised for (Polish;
#: Turkish), with the German and French ones that brand and product names bring along.
_LOAN_LETTERS = "äöüßéèáàâêîôûçÄÖÜÉ"
_POLISH_LETTERS = frozenset("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ" + _LOAN_LETTERS)
_LATIN_LETTERS = {
    "cp1250": _POLISH_LETTERS,
    "iso8859-2": _POLISH_LETTERS,
    "iso8859-9": frozenset("çğıöşüâîûÇĞİÖŞÜÂÎÛ" + _LOAN_LETTERS),
}


def _stray_letters(name: str, text: str) -> int:
    """How many accented Latin letters of a reading its code page's languages do not write:
    Turkish ``teşekkür`` read as Windows-1250 is ``teţekkür`` (Romanian ţ), Polish ``źródło``
    read as Windows-1250 from ISO-8859-2 bytes is ``Ľródło``. Short texts give charset-normalizer
    too little to rank them apart; this breaks the tie, it never rejects a reading."""
    expected = _LATIN_LETTERS.get(name)
    if expected is None:
        return 0
    return sum(1 for ch in text if not ch.isascii() and ch.isalpha() and ch not in expected and ch < "\u0250")


def _detect(data: bytes) -> Decoded:
    """The reading charset-normalizer ranks best among :data:`DETECTABLE` that shows no sign of
    a wrong code page (:func:`_badness`), else DecodeError."""
    from charset_normalizer import from_bytes

    readings: list[tuple[int, int, int, str, str]] = []
    for rank, match in enumerate(from_bytes(data, cp_isolation=list(DETECTABLE))):
        if match.chaos > _MAX_CHAOS:
            continue
        name = codec_name(match.encoding) or match.encoding
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        if name == "cp1252" and not _western(text):
            continue  # already judged: another code page read as Windows-1252
        readings.append((_badness(text), _stray_letters(name, text), rank, name, text))
    if not readings:
        only = _only_clean_reading(data)
        if only is not None:
            return only
        raise DecodeError(
            "cannot tell the file's encoding (not UTF-8, nor confidently one of "
            "Windows-1252/1250/1256, ISO-8859-2/9, Shift_JIS, EUC-JP); declare it with <meta charset> "
            "or a front matter 'encoding:' line"
        )
    bad, _, _, name, text = min(readings)
    if bad:
        raise DecodeError(f"cannot tell the file's encoding (its best reading, {name}, shows misread characters)")
    return Decoded(text, name, _newline(text))


_ARABIC = re.compile(r"[\u0600-\u06ff]")


def _mixed_words(text: str) -> int:
    """Words that mix ASCII and Arabic letters: Latin text read as Windows-1256 (``zamعwienie``)."""
    return sum(1 for w in _WORD.findall(text) if _ARABIC.search(w) and any("a" <= c.lower() <= "z" for c in w))


def _only_clean_reading(data: bytes) -> Decoded | None:
    """When charset-normalizer ranks no reading (it gives up on some messages of a few hundred
    bytes): the one reading among :data:`DETECTABLE` with no sign of a wrong code page, no
    letters its languages do not write and no words mixing scripts; None when there is none or
    when two such readings differ (never a guess)."""
    clean: dict[str, str] = {}
    for name in DETECTABLE:
        codec = codec_name(name) or name
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if codec == "cp1252" and not _western(text):
            continue
        if _badness(text) or _stray_letters(codec, text) or _mixed_words(text):
            continue
        clean.setdefault(text, codec)
    if len(clean) != 1:
        return None
    ((text, codec),) = clean.items()
    return Decoded(text, codec, _newline(text))


def decode_part(data: bytes, charset: str | None, encoding: str | None = None, limit: int = MAX_BYTES) -> Decoded:
    """The body of a MIME part, read in the charset its ``Content-Type`` names, as a declaration
    is read in a file: valid UTF-8 with non-ASCII bytes still reads as UTF-8 (a stale
    ``charset=iso-8859-1`` on a UTF-8 body is common, and such bytes are never an accident), the
    Windows code page that extends the charset is tried when the charset alone does not read
    the bytes, and bytes neither reads (or a part without a charset) are read as a file that
    declares nothing (``encoding``: the one the configuration names). Raises DecodeError."""
    declared = codec_name(charset) if charset else None
    if declared is not None and declared not in ("ascii", "utf-8"):
        if declared.startswith(("utf-16", "utf-32")):  # a binary part: its own byte order
            try:
                text = data.decode(declared)
                return Decoded(_strip_nul_free(text), declared, _newline(text))
            except UnicodeDecodeError:
                pass
        elif data.isascii() or not _valid_utf8(data):
            try:
                return _read_declared(data, declared, "the part's charset is")
            except DecodeError:
                pass
    return decode_bytes(data, encoding, limit)


def _valid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _strip_nul_free(text: str) -> str:
    if "\x00" in text:
        raise DecodeError("file contains NUL characters after decoding")
    return text


def _newline(text: str) -> str:
    """The dominant line ending: "\\r\\n", "\\n", or "\\r" (classic Mac OS); what a fix inserts."""
    crlf = text.count("\r\n")
    if crlf and crlf * 2 >= text.count("\n"):
        return "\r\n"
    cr = text.count("\r") - crlf
    return "\r" if cr > text.count("\n") else "\n"


def encode_text(text: str, encoding: str) -> bytes:
    """Encode ``text`` as it was read (the inverse of :func:`decode_bytes`)."""
    if encoding == "utf-16-le-bom":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    if encoding == "utf-16-be-bom":
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    return text.encode(encoding)
