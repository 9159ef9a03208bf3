"""MSG6: message purpose. Phrases in ``rules/lang/<lang>.toml``; host lists in the pack."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from msglint.market.orders import order_number
from msglint.text.phrases import covers, fold, fold_keep

if TYPE_CHECKING:
    from msglint.core.packs import Packs
    from msglint.model.document import Document

URL_ATTRS = ("href", "src", "action")


@cache
def host_pattern(hosts: tuple[str, ...]) -> re.Pattern[str]:
    alt = "|".join(re.escape(h.lower()) for h in sorted(hosts, key=len, reverse=True))
    return re.compile(rf"(?<![\w.@-])(?:[a-z0-9-]{{1,63}}\.){{0,4}}(?:{alt})(?![\w-])(?!\.[a-z])", re.I)


#: The characters that match an ASCII letter under ``re.IGNORECASE`` without being one (İ, ı,
#: the long s, the Kelvin sign), as the letter they match.
_IGNORECASE_ASCII = {0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"}


#: Characters of text lower-cased at a time by :func:`_may_name_host` (a whole lower-cased copy of
#: a 1 MB message held 12-16 MB at the peak of its lint, #14 memory).
_HOST_CHUNK = 1 << 16


def _may_name_host(hosts: tuple[str, ...], text: str) -> bool:
    """False only if ``text`` holds none of ``hosts`` (lower case ASCII) as :func:`host_pattern`
    reads it (ignoring case): substring tests on the lower-cased text, 30 times cheaper than a
    case-insensitive alternation of the names (0.6 ms of a message's MSG601, #14). A match is
    a run of ASCII characters or of the four characters that match one
    (:data:`_IGNORECASE_ASCII`, spelt as that letter first): lower-cased, that run stays one
    piece of the lower-cased text. A long text is read in overlapping pieces (the overlap is
    the longest name), so that no whole lower-cased copy of it is made."""
    if not hosts:
        return False
    overlap = max(len(h) for h in hosts)
    for i in range(0, max(len(text), 1), _HOST_CHUNK):
        piece = text[i : i + _HOST_CHUNK + overlap]
        if not piece.isascii() and any(chr(c) in piece for c in _IGNORECASE_ASCII):
            piece = piece.translate(_IGNORECASE_ASCII)
        low = piece.lower()
        if any(h in low for h in hosts):
            return True
    return False


def host_matches(hosts: tuple[str, ...], text: str) -> Iterator[re.Match[str]]:
    """The matches of :func:`host_pattern` in ``text``. Every match contains one of the host
    names: a text naming none has none, told by a scan for the names alone (the full pattern,
    tried at every word of a 1 MB message, cost 0.4 s, #14)."""
    if not _may_name_host(tuple(h.lower() for h in hosts), text):
        return iter(())
    return host_pattern(hosts).finditer(text)


def host_of(url: str) -> str:
    url = url.strip()
    if url.startswith("//"):
        url = "https:" + url
    if "://" not in url:
        return ""
    try:
        return (urlsplit(url).hostname or "").lower().rstrip(".")
    except ValueError:
        return ""


def is_host(host: str, hosts: tuple[str, ...]) -> str | None:
    for h in hosts:
        if host == h or host.endswith("." + h):
            return h
    return None


# ---- MSG603 thanks-only ------------------------------------------------------------------------
#: Clauses end at line breaks, sentence punctuation followed by a space, commas and brackets.
#: Japanese and Arabic punctuation too: 。、！？「」 and ، ؛ ؟.
_CLAUSE = re.compile(r"[^\n.!?;:,()\[\]\"“”«»„¡¿。、！？「」（）：،؛؟]+")
# Decoration around a clause (bullets, rules, quote marks). str.strip, not a regex: a "+$"
# pattern rescans long runs of blanks and is quadratic on hostile input.
_EDGE_CHARS = " \t\r\n\f\v\u00a0#*'-–—/|>~_"
_WORD = re.compile(r"\w+")

GREETING, CLOSING, THANKS, AVAILABLE, NEUTRAL, SIGNATURE, OTHER = (
    "greeting",
    "closing",
    "thanks",
    "available",
    "neutral",
    "signature",
    "other",
)
_SECTIONS = (
    (NEUTRAL, "MSG603-neutral"),
    (GREETING, "MSG603-greeting"),
    (CLOSING, "MSG603-closing"),
    (THANKS, "MSG603-thanks"),
    (AVAILABLE, "MSG603-available"),
)


Refold = Callable[[str], str]


def _part(refold: Refold | None, start: int, end: int | None) -> Refold | None:
    if refold is None:
        return None
    whole = refold
    return lambda keep: whole(keep)[start:end]


def _whole(clause: str, languages: tuple[str, ...], refold: Refold | None = None, packs: Packs | None = None) -> str:
    for name, sec in _SECTIONS:
        if covers(sec, languages, clause, refold, packs):
            return name
    return OTHER


def _kind(
    clause: str,
    languages: tuple[str, ...],
    max_words: int = 30,
    refold: Refold | None = None,
    packs: Packs | None = None,
) -> str:
    """The class of a clause; a clause without punctuation may join two classed parts
    ("Hello John thank you for your order", "if you have questions please contact us").
    ``refold(keep)``: the same clause folded for a language that keeps letters (same length)."""
    kind = _whole(clause, languages, refold, packs)
    if kind != OTHER:
        return kind
    spaces = [i for i, ch in enumerate(clause) if ch == " "]
    if len(spaces) >= max_words:
        return OTHER
    for i in spaces:
        left = _whole(clause[:i], languages, _part(refold, 0, i), packs)
        if left == OTHER:
            continue
        right = _whole(clause[i + 1 :], languages, _part(refold, i + 1, None), packs)
        if right != OTHER:
            return left if left in (THANKS, AVAILABLE) or right not in (THANKS, AVAILABLE) else right
    return OTHER


def iter_clauses(
    doc: Document,
    languages: tuple[str, ...],
    signature_words: int = 5,
    folded: str | None = None,
    packs: Packs | None = None,
) -> Iterator[tuple[str, int, int]]:
    """(class, text start, text end) of every non-empty clause of the visible text, lazily:
    a caller can stop at the first clause of class OTHER."""
    folded = fold(doc.text) if folded is None else folded
    order = order_number(packs, re.I)  # the text is folded to lower case
    closed = False
    for m in _CLAUSE.finditer(folded):
        raw = order.sub(" ", m.group())
        clause = " ".join(raw.strip(_EDGE_CHARS).split())
        if not clause or not _WORD.search(clause) or clause.replace(" ", "").isdigit():
            if m.group().strip():
                yield NEUTRAL, m.start(), m.end()
            continue
        original = doc.text[m.start() : m.end()]

        def refold(keep: str, original: str = original) -> str:
            # only kept letters differ from ``clause``: the same steps give the same length
            return " ".join(order.sub(" ", fold_keep(original, keep)).strip(_EDGE_CHARS).split())

        kind = _kind(clause, languages, refold=refold, packs=packs)
        if kind == OTHER and closed and len(_WORD.findall(clause)) <= signature_words:
            kind = SIGNATURE
        if kind == CLOSING:
            closed = True
        lead = len(m.group()) - len(m.group().lstrip())
        yield kind, m.start() + lead, m.start() + len(m.group().rstrip())


def classify_clauses(doc: Document, languages: tuple[str, ...], signature_words: int = 5) -> list[tuple[str, int, int]]:
    """All clauses of :func:`iter_clauses`."""
    return list(iter_clauses(doc, languages, signature_words))
