"""Turn raw bytes into text, or say clearly why they are not text.

Templates arrive in whatever encoding the shop system or agency saved them in: UTF-8 with or
without BOM, UTF-16 with BOM from Windows editors, and Latin-1/Windows-1252 from older tools.
The decoded text keeps a record of how it was read so that ``--fix`` can write it back the
same way.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

#: Files above this size are not linted (a message template is a few kB; this guards memory).
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


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # codec to write the text back with (BOM included for *-sig / utf-16)
    newline: str  # dominant line ending, "\n" or "\r\n"


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    # Count the control bytes in C: deleting every other byte is ~100x faster than a loop.
    bad = len(sample.translate(None, _NOT_CONTROLS))
    return bad > max(2, len(sample) // 100)


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data`` or raise :class:`DecodeError` with a user-facing reason."""
    if len(data) > MAX_BYTES:
        raise DecodeError(f"file is too large to be a message template ({len(data)} bytes, limit {MAX_BYTES})")
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {codec} after byte-order mark: {exc.reason}") from None
            return Decoded(_strip_nul_free(text), name, _newline(text))
    if _looks_binary(data):
        raise DecodeError("file is binary, not a text or HTML message")
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        # Legacy 8-bit templates: Windows-1252 is a superset of Latin-1's printable range.
        try:
            text = data.decode("cp1252")
            encoding = "cp1252"
        except UnicodeDecodeError:
            text = data.decode("latin-1")
            encoding = "latin-1"
    return Decoded(text, encoding, _newline(text))


def _strip_nul_free(text: str) -> str:
    if "\x00" in text:
        raise DecodeError("file contains NUL characters after decoding")
    return text


def _newline(text: str) -> str:
    crlf = text.count("\r\n")
    return "\r\n" if crlf and crlf * 2 >= text.count("\n") else "\n"


def encode_text(text: str, encoding: str) -> bytes:
    """Encode ``text`` as it was read (the inverse of :func:`decode_bytes`)."""
    if encoding == "utf-16-le-bom":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    if encoding == "utf-16-be-bom":
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    return text.encode(encoding)
