"""MSG2: links and contact details.

Amazon keeps buyer and seller talking through Buyer-Seller Messaging: a message may link only
to Amazon (any marketplace) and to secure sites needed to complete the order (the user's
``allowed-domains``), and may carry no opt-out link, no e-mail address, no phone number and no
logo that links to the seller's website.

Links are collected once per document (``ctx.cache``): ``a``/``area`` ``href``, ``form action``
and bare URLs (``https://...``, ``www.``) in the visible text. Hosts are read the way a
browser reads them (backslashes are slashes, the user name before ``@`` is not the host,
IDN and case are normalised) and judged by domain, never by substring:
``amazon.fr.example.com`` is a host of example.com. A host that is a template placeholder
(``https://{{ shop }}/x``) cannot be judged and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from typing import TYPE_CHECKING, Any

from msglint.core.packs import derived, marketplaces
from msglint.market.hosts import STRIP, amazon_domains, is_amazon, normalise_host, split_url, under  # noqa: F401 - re-exported
from msglint.market.orders import order_number

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.core.packs import Packs
    from msglint.model.document import Document, Element

# ---- URLs and hosts ---------------------------------------------------------------------------

#: Which attribute of which element is a link.
_LINK_ATTRS = {"a": "href", "area": "href", "form": "action"}
#: A bare URL in text. Placeholders are blank in ``doc.text``, so ``https://{{shop}}`` stops
#: before the host and does not match.
_TEXT_URL = re.compile(
    r"(?<![\w@./\-])(?:(?:https?|ftps?)://|www\.)[^\s<>\"'`\u00a0\u3000]{1,2048}",
    re.I,
)
_TRAILING = ".,;:!?'\")]}>\u00bb\u203a\u2026*"


@dataclass(frozen=True, slots=True)
class Link:
    """A link of the message. ``start``/``end`` are source offsets of the URL as written."""

    url: str
    start: int
    end: int
    element: Element | None  # the a/area/form; None for a bare URL in text
    scheme: str  # lower case; "" for relative, protocol-relative and www. links
    host: str | None  # normalised ASCII host; None when there is no host to judge
    shown_host: str  # the host as written, for messages
    templated: bool = False  # the host is (part of) a placeholder
    #: the placeholder the URL starts with (or whose value is its host), as written
    placeholder: str = ""
    #: what the placeholder's name says the link goes to: "own-site", "amazon", "order-page",
    #: "unknown" ("" when the URL is not a placeholder)
    target: str = ""

    @property
    def own_site(self) -> bool:
        """A link to the seller's own shop or website, by the name of its placeholder."""
        return self.target == "own-site"


@lru_cache(maxsize=32)
def allowed_domains(configured: tuple[str, ...]) -> frozenset[str]:
    """The ``allowed-domains`` setting, normalised (a scheme, path or ``*.`` is tolerated)."""
    out: set[str] = set()
    for raw in configured:
        d = raw.strip()
        if "://" in d:
            d = d.split("://", 1)[1]
        d = re.split(r"[/?#]", d, maxsplit=1)[0].lstrip("*").lstrip(".")
        if d:
            out.add(normalise_host(d))
    return frozenset(out)


def _link(url: str, start: int, end: int, element: Element | None) -> Link:
    scheme, host, shown, templated = split_url(url)
    return Link(url.strip(STRIP), start, end, element, scheme, host, shown, templated)


def _anchor_spans(doc: Document, links: Iterable[Link]) -> list[tuple[int, int]]:
    """Source spans of the content of ``a`` elements among ``links``."""
    return [
        (lk.element.end, lk.element.inner_end()) for lk in links if lk.element is not None and lk.element.tag == "a"
    ]


def inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= pos < e for s, e in spans)


def text_url_spans(doc: Document, cache_: dict[str, Any] | None = None) -> list[tuple[int, int, str]]:
    """Bare URLs of the visible text: (text start, text end, url), memoised in ``cache_``."""
    if cache_ is not None and "msg2.text_urls" in cache_:
        cached: list[tuple[int, int, str]] = cache_["msg2.text_urls"]
        return cached
    out = _scan_text_urls(doc.text)
    if cache_ is not None:
        cache_["msg2.text_urls"] = out
    return out


def _scan_text_urls(text: str) -> list[tuple[int, int, str]]:
    if "://" not in text and "www." not in text.lower():
        return []
    out: list[tuple[int, int, str]] = []
    for m in _TEXT_URL.finditer(text):
        url = m.group().rstrip(_TRAILING)
        if url.count("(") < url.count(")"):
            url = url[: url.rfind(")")].rstrip(_TRAILING)
        if len(url) <= 4 or url.lower() == "www.":
            continue
        out.append((m.start(), m.start() + len(url), url))
    return out


def links(doc: Document, ctx: Context) -> list[Link]:
    """Every link of the message (memoised in ``ctx.cache`` for the whole MSG2 family)."""
    found: list[Link] | None = ctx.cache.get("msg2.links")
    if found is not None:
        return found
    found = []
    src = doc.source
    for el in doc.elements:
        name = _LINK_ATTRS.get(el.tag)
        attr = el.attrs.get(name) if name else None
        if attr is None or not attr.value.strip(STRIP):
            continue
        raw = src[attr.start : attr.end]
        lead = len(raw) - len(raw.lstrip(STRIP))
        found.append(_link(attr.value, attr.start + lead, attr.start + len(raw.rstrip(STRIP)), el))
    if doc.template:
        found = [_judge_placeholder(doc, lk, ctx) for lk in found]
    anchors = _anchor_spans(doc, found)
    if doc.template:
        found.extend(_placeholder_text_links(doc, ctx, anchors))
    for s, e, url in text_url_spans(doc, ctx.cache):
        ss, se = doc.text_span(s, e)
        if inside(ss, anchors):
            continue  # the text of a link: its href is what the link goes to
        lk = _link(url, ss, se, None)
        # "https://shop.{{ tld }}/": the host runs into a placeholder and cannot be judged.
        after = se
        while after < len(src) and src[after] in _TRAILING:
            after += 1
        if lk.host is not None and doc.is_placeholder(after) and "/" not in url.split("//", 1)[-1]:
            lk = Link(lk.url, ss, se, None, lk.scheme, None, lk.shown_host, True)
        found.append(lk)
    found.sort(key=lambda lk: lk.start)
    ctx.cache["msg2.links"] = found
    return found


# ---- links whose target is a placeholder ---------------------------------------------------------
_WEB_OR_NONE = frozenset({"", "http", "https"})


def _placeholder_words(packs: Packs | None) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The word lists of rules/placeholder-links.toml, each entry split into its words (once
    per Packs object: user packs may add words; None: the shipped packs)."""
    from msglint.core.packs import derived, load_data

    return derived(
        packs,
        "links.placeholder_words",
        lambda p: _split_placeholder_words(
            p.data("placeholder-links") if p is not None else load_data("placeholder-links")
        ),
    )


def _split_placeholder_words(data: dict[str, Any]) -> dict[str, tuple[tuple[str, ...], ...]]:
    return {
        key: tuple(tuple(entry.lower().split()) for entry in data.get(key, ()))
        for key in ("amazon", "own-site", "order-page", "link-words")
    }


def _has(words: list[str], entries: tuple[tuple[str, ...], ...]) -> bool:
    for entry in entries:
        n = len(entry)
        if n == 1:
            if entry[0] in words:
                return True
        elif any(tuple(words[i : i + n]) == entry for i in range(len(words) - n + 1)):
            return True
    return False


def placeholder_target(name: str, packs: Packs | None = None) -> str:
    """What a placeholder's expression says a link to it goes to: "amazon", "own-site",
    "order-page" or "unknown" (word lists: rules/placeholder-links.toml)."""
    from msglint.model.dialects import split_words

    words = split_words(name)
    lists = _placeholder_words(packs)
    for key in ("amazon", "own-site", "order-page"):
        if _has(words, lists[key]):
            return key
    return "unknown"


def _shown(doc: Document, start: int, end: int) -> str:
    raw = " ".join(doc.source[start:end].split())
    return raw if len(raw) <= 60 else raw[:57] + "..."


def _judge_placeholder(doc: Document, lk: Link, ctx: Context) -> Link:
    """``lk`` with its placeholder and target when its URL (or its host) is a placeholder."""
    if lk.host is not None or lk.scheme not in _WEB_OR_NONE or ctx.config.placeholder_links == "ignore":
        return lk
    sp = doc.template_at(lk.start)
    if sp is None and lk.scheme:
        # https://{{ shop_domain }}/...: the host is the placeholder
        host_at = doc.source.find("//", lk.start, lk.end)
        sp = doc.template_at(host_at + 2) if host_at >= 0 else None
    if sp is None or sp.kind != "placeholder":
        return lk
    target = placeholder_target(sp.name, ctx.packs)
    return Link(
        lk.url,
        lk.start,
        lk.end,
        lk.element,
        lk.scheme,
        None,
        lk.shown_host,
        True,
        _shown(doc, sp.start, sp.end),
        target,
    )


def placeholder_is_external(lk: Link, ctx: Context) -> bool:
    """A placeholder link that MSG201/MSG206 report: the shop's own site, or any placeholder
    whose name says nothing when the configuration says ``placeholder-links = "external"``."""
    return lk.target == "own-site" or (lk.target == "unknown" and ctx.config.placeholder_links == "external")


def _placeholder_text_links(doc: Document, ctx: Context, anchors: list[tuple[int, int]]) -> list[Link]:
    """Placeholders in the visible text whose name says they are a URL (``[{shop_url}]`` in a
    plain-text mail, ``{$ShopURL}/jtl.php``): the mail client shows them as links."""
    if ctx.config.placeholder_links == "ignore":
        return []
    link_words = _placeholder_words(ctx.packs)["link-words"]
    tags: list[tuple[int, int]] = []
    for el in doc.elements:
        tags.append((el.start, el.end))
        if el.close_start is not None and el.tag in ("style", "script", "title"):
            tags.append((el.end, el.close_start))
    tags.sort()
    starts = [t[0] for t in tags]
    out: list[Link] = []
    from bisect import bisect_right

    from msglint.model.dialects import split_words

    for sp in doc.template:
        if sp.kind != "placeholder" or sp.part or not sp.name or not _has(split_words(sp.name), link_words):
            continue
        i = bisect_right(starts, sp.start) - 1
        if i >= 0 and tags[i][0] <= sp.start < tags[i][1]:
            continue  # an attribute value or a style: not text
        if inside(sp.start, anchors):
            continue  # the text of a link: its href decides
        target = placeholder_target(sp.name, ctx.packs)
        out.append(
            Link(
                doc.source[sp.start : sp.end],
                sp.start,
                sp.end,
                None,
                "",
                None,
                "",
                True,
                _shown(doc, sp.start, sp.end),
                target,
            )
        )
    return out


# ---- MSG203 opt-out-link ----------------------------------------------------------------------
#: Sections of ``rules/lang/<lang>.toml``: opt-out wording, whole link texts, URL fragments.
OPTOUT_SECTION, OPTOUT_LINK_TEXT, OPTOUT_URL = "MSG203", "MSG203-link-text", "MSG203-url"


class LazyPattern:
    """A regex compiled on its first search: :func:`optout_patterns` lists every opt-out
    pattern of every language, and most messages contain the anchors of none of them, so
    compiling them all up front (about 60 regexes, most of a one-file run's regex compiling)
    would be paid for nothing."""

    __slots__ = ("_compile", "_rx")

    def __init__(self, compile_: Callable[[], re.Pattern[str]]) -> None:
        self._compile = compile_
        self._rx: re.Pattern[str] | None = None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The regex's matches, tried only where one can start (msglint.text.scan: a long
        message with an opt-out anchor in it cost 20-30 ms per pattern, #14)."""
        from msglint.text.scan import finditer

        if self._rx is None:
            self._rx = self._compile()
        return finditer(self._rx, text)


def optout_patterns(
    packs: Packs | None = None,
) -> tuple[tuple[str, str, tuple[frozenset[str], ...], LazyPattern], ...]:
    """(kept letters of the language's folding, its skip marks, anchor sets, regex compiled
    when first used) per opt-out pattern of every language of ``packs`` (``ctx.packs``), built
    once per Packs object. The anchors of a language with skip marks (Arabic) are to be looked
    for in the folded text without those marks (:meth:`Section.unmarked_anchors`).

    One regex per pattern, tried only when its anchors are in the message: a single
    alternation of every pattern is tried at every position of every message, which costs
    far more than a few substring searches.
    """
    from msglint.text.phrases import compile_pattern, section_index

    def build(p: Packs | None) -> tuple[tuple[str, str, tuple[frozenset[str], ...], LazyPattern], ...]:
        return tuple(
            (keep, skip, anchors, LazyPattern(partial(compile_pattern, pat, lang, OPTOUT_SECTION, keep, bounds, skip)))
            for lang, keep, skip, bounds, pat, anchors in section_index(OPTOUT_SECTION, p)
        )

    return derived(packs, "msg2.optout_patterns", build)


def _optout_url_filter(packs: Packs) -> tuple[tuple[str, str, re.Pattern[str]], ...] | None:
    """For each folding (kept letters, skip marks) of the opt-out URL sections, one regex of
    the strings one of which every match holds, looked for in the URL folded that way with the
    skip marks removed (:meth:`Section.unmarked_anchors`); None when a pattern has none (it may
    match anywhere)."""
    from msglint.text.phrases import section_index

    def build(p: Packs | None) -> tuple[tuple[str, str, re.Pattern[str]], ...] | None:
        by_folding: dict[tuple[str, str], set[str]] = {}
        for _, keep, skip, _, _, sets in section_index(OPTOUT_URL, p):
            if not sets:
                return None
            by_folding.setdefault((keep, skip), set()).update(sets[0])
        return tuple(
            (keep, skip, re.compile("|".join(re.escape(w) for w in sorted(ws, key=lambda w: (len(w), w)))))
            for (keep, skip), ws in by_folding.items()
        )

    return derived(packs, "msg2.optout_url_filter", build)


def _ascii_unmarked(packs: Packs) -> bool:
    """True if no skip marks of the opt-out URL sections is an ASCII character (removing them
    leaves ASCII text as it is)."""

    def build(p: Packs | None) -> bool:
        from msglint.text.phrases import section_index

        ascii_chars = "".join(map(chr, range(128)))
        skips = {skip for _, _, skip, _, _, _ in section_index(OPTOUT_URL, p) if skip}
        return not any(re.search(f"[{skip}]", ascii_chars) for skip in skips)

    return derived(packs, "msg2.optout_url_ascii", build)


def optout_url(url: str, packs: Packs | None = None) -> bool:
    """Whether ``url`` (percent-decoded) holds an opt-out fragment of any language.

    A URL holding none of the anchors of any language's patterns is answered in one regex
    search per folding instead of twelve section searches: 20,000 image URLs in a broken
    tag took 3 s (#14)."""
    from msglint.text.phrases import fold_keep, sections, without_marks

    if packs is not None:
        filters = _optout_url_filter(packs)
        if filters is not None:
            if url.isascii() and "`" not in url and _ascii_unmarked(packs):
                # every folding of ASCII text without a backtick is its lower case, without
                # marks to remove: one folding for every filter (20,000 URLs, #14)
                low = url.lower()
                if not any(rx.search(low) for _, _, rx in filters):
                    return False
            elif not any(rx.search(without_marks(fold_keep(url, keep), skip)) for keep, skip, rx in filters):
                return False
    return any(sec.search(url) is not None for sec in sections(OPTOUT_URL, packs=packs))


def optout_link_text(text: str, packs: Packs | None = None) -> bool:
    """Whether ``text`` (a folded link text, see :func:`link_text`) is a whole opt-out text."""
    from msglint.text.phrases import sections

    return bool(text) and any(sec.covers(sec.fold(text)) for sec in sections(OPTOUT_LINK_TEXT, packs=packs))


_TAG = re.compile(r"<[^<>]{0,2000}>")
OPTOUT_MESSAGE = "a message may not offer to unsubscribe (buyers opt out in their Amazon settings)"


def link_text(doc: Document, el: Element) -> str:
    """The folded text of a short link (a few words), or "" for a long one."""
    from msglint.model.document import unescape
    from msglint.text.phrases import fold

    inner = doc.source[el.end : el.inner_end()]
    if len(inner) > 300:
        return ""
    return " ".join(fold(unescape(_TAG.sub(" ", inner))).split()).strip(" .,:;!?>»«-")


# ---- MSG204 contact-email ---------------------------------------------------------------------
#: An address: letters of any script (kontakt@müller-shop.de), bounded label lengths.
_EMAIL = re.compile(
    r"(?<![\w.+\-%])[^\W_][\w.%+\-]{0,63}@"
    r"((?:[^\W_](?:[\w\-]{0,61}[^\W_])?\.){1,8}([^\W\d_]{2,24}))(?![\w\-]|\.\w)",
)
#: Obfuscated addresses: "name [at] shop.de", "name(at)shop(dot)de". Only bracketed forms:
#: a plain "at" is an English word. The words are per language: [MSG204-at] and [MSG204-dot]
#: of rules/lang/<lang>.toml, every language's words in every message.
CONTACT_SCHEMES_EMAIL = frozenset({"mailto"})


def _obfuscated(packs: Packs | None) -> tuple[re.Pattern[str], str]:
    """(the cheap test, the full pattern's source) of bracketed e-mail obfuscations (once per
    Packs). The full pattern (~1.4 ms to compile) is compiled when the test finds a bracketed
    "at" (:func:`_obfuscated_full`): most messages have none (#14)."""
    return derived(packs, "msg2.obfuscated", _build_obfuscated)


def _obfuscated_full(packs: Packs | None) -> re.Pattern[str]:
    return derived(packs, "msg2.obfuscated.full", lambda p: re.compile(_obfuscated(p)[1], re.I))


def _build_obfuscated(packs: Packs | None) -> tuple[re.Pattern[str], str]:
    from msglint.text.phrases import section_index

    def words(name: str) -> str:  # every language's (an index: the language files are not read)
        return "|".join(dict.fromkeys(row[4] for row in section_index(name, packs)))

    at = r"\s?[\[({]\s?(?:" + "|".join(filter(None, [words("MSG204-at"), "@"])) + r")\s?[\])}]\s?"
    dot = r"(?:\.|\s?[\[({]\s?(?:" + (words("MSG204-dot") or "(?!)") + r")\s?[\])}]\s?)"
    full = (
        r"(?<![\w.+\-])[A-Za-z0-9][A-Za-z0-9._+\-]{0,63}"
        + at
        + r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?"
        + dot
        + r"){1,8}[A-Za-z]{2,24}(?![\w\-])"
    )
    return re.compile(at, re.I), full


def email_spans(text: str, not_tlds: frozenset[str], packs: Packs | None = None) -> Iterator[tuple[int, int]]:
    if "@" in text:
        for m in _EMAIL.finditer(text):
            if m.group(2).lower() not in not_tlds:
                yield m.span()
    at_rx = _obfuscated(packs)[0]
    if at_rx.search(text):
        for m in _obfuscated_full(packs).finditer(text):
            yield m.span()


def url_text_spans(doc: Document, ctx: Context) -> list[tuple[int, int]]:
    """Text spans of bare URLs: e-mail and phone searches skip them."""
    return [(s, e) for s, e, _ in text_url_spans(doc, ctx.cache)]


def email_message(address: str, where: str) -> str:
    return (
        f"e-mail address {address!r}{where}: a message may not contain e-mail addresses "
        "(buyers answer through Buyer-Seller Messaging)"
    )


# ---- MSG205 contact-phone ---------------------------------------------------------------------
#: At least 6 digits with separators between them: the cheap test that spares importing
#: ``phonenumbers``. Linear: a separator and a digit never overlap.
_SIX_DIGITS = re.compile(r"\d(?:[ \u00a0().\-/]{0,3}\d){5}")
#: A whole run of digits and separators with at least 6 digits: one candidate for the matcher.
_DIGIT_RUN = re.compile(r"\+?\(?\d(?:[ \u00a0().\-/]{0,3}\d){5,}")
_NON_DIGIT = re.compile(r"\D")


def _digit_count(s: str) -> int:
    return len(_NON_DIGIT.sub("", s))


#: After a number label, up to two short connectors: "Invoice no. ", "order ID # ", a
#: two-letter country code (the words of each language: [MSG205-number-tail]).
_NUMBER_TAIL = r"(?:\W{{0,3}}\b(?:{words}[a-z]{{2}})\b\.?){{0,2}}\W{{0,4}}$"
#: After a phone label, up to two short words: "Call us on ", "Tel.: ".
_PHONE_TAIL = r"(?:\W+\w{1,6}){0,2}\W{0,3}$"


def _lang_parts(name: str, bounded: bool = True, packs: Packs | None = None) -> tuple[str, ...]:
    """The patterns of section ``name`` of every language, as regexes on text folded the
    default way (:func:`~msglint.text.phrases.fold`); with ``bounded``, those of a language
    that has word boundaries (not Japanese) must start a word."""
    from msglint.text.phrases import sections

    return tuple(
        dict.fromkeys(
            (r"(?<!\w)" if bounded and sec.boundaries else "") + f"(?:{part})"
            for sec in sections(name, packs=packs)
            for part in sec.parts(keep="")
        )
    )


@cache
def _label_rx(words: tuple[str, ...], tail: str) -> re.Pattern[str] | None:
    r"""Labels (folded text) that end right before a number; ``words`` that must start a word
    begin with their own ``(?<!\w)``."""
    if not words:
        return None
    return re.compile("(?:" + "|".join(f"(?:{w})" for w in words) + ")" + tail)


@cache
def _not_phone_rx(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """Shapes that are never phone numbers (dates, order numbers), blanked before matching.
    Compiled one by one, so that each may use its own backreferences."""
    return tuple(re.compile(p) for p in patterns)


def _regions(ctx: Context) -> tuple[str, ...]:
    mp = ctx.marketplace
    if mp:
        markets = ctx.packs.marketplaces() if ctx.packs is not None else marketplaces()
        region = markets.get(mp.lower(), {}).get("region")
        if isinstance(region, str):
            return (region,)
    return tuple(ctx.data["default-regions"])


def _masked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with ``spans`` blanked (same length)."""
    out: list[str] = []
    pos = 0
    for s, e in sorted(spans):
        s, e = max(s, pos), min(e, len(text))
        if e <= s:
            continue
        out.append(text[pos:s])
        out.append(" " * (e - s))
        pos = e
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def _national_phone(
    raw: str, before: str, not_labels: re.Pattern[str] | None, phone_labels: re.Pattern[str] | None
) -> bool:
    """Whether a valid number without international prefix reads as a phone number here.

    ``before`` is the folded text just before it. A phone label ("Tel.", "customer service")
    makes it a phone number; a number label ("invoice no.", "customer no.") another kind of number;
    otherwise a bare digit run needs a trunk prefix: 0612345678 and 01711234567 are phone
    numbers, 2026004512 and an EAN are not.
    """
    if phone_labels is not None and phone_labels.search(before):
        return True
    if not_labels is not None and not_labels.search(before):
        return False
    return not raw.isdigit() or (raw.startswith("0") and 9 <= len(raw) <= 12)


#: Matcher passes (distinct digit runs x regions: 200 runs from six regions) per text before the
#: cheaper test takes over.
#: ``PhoneNumberMatcher`` costs about 0.2 ms a pass (more when it looks for numbers inside a run
#: it cannot parse whole); a real message has a few dozen runs, while 700 KB of digit soup has
#: tens of thousands and took 12 s (#14). Past the budget a run is parsed whole from the first
#: region only (about 0.03 ms): still a finding for every valid number written on its own.
_MATCHER_BUDGET = 1200


def _parsed_whole(run: str, offset: int, region: str) -> list[tuple[int, int, str]]:
    """The digit run as one number of ``region`` if it is a valid one, as (start, end, raw)
    relative to its window (``offset`` = where the run starts in it); else nothing."""
    import phonenumbers

    try:
        number = phonenumbers.parse(run, region)
    except phonenumbers.NumberParseException:
        return []
    return [(offset, offset + len(run), run)] if phonenumbers.is_valid_number(number) else []


def phone_spans(text: str, ctx: Context, skip: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Phone numbers of ``text`` (spans), read as dialled from the marketplace's region.

    ``phonenumbers`` decides what is a valid number; the labels of the pack data then keep
    order, invoice, customer, tracking and article numbers quiet, and a bare digit run (no
    separators) counts only after a phone label or with a trunk or international prefix.
    """
    if not _SIX_DIGITS.search(text):
        return []
    data = ctx.data
    max_digits = int(data["max-digits"])
    masked = _masked(text, skip)
    # Dates and order numbers are blanked, looking only around the digit runs (cheaper than
    # running every pattern over the whole message).
    nots = (*_not_phone_rx(tuple(data["not-phone"])), order_number(ctx.packs))
    blank = [
        hit.span()
        for run in _DIGIT_RUN.finditer(masked)
        for rx in nots
        for hit in rx.finditer(masked, max(0, run.start() - 1), min(len(masked), run.end() + 2))
    ]
    if blank:
        masked = _masked(masked, blank)
    # A run longer than a phone number with its international prefix is a parcel, account
    # or serial number (or a table of figures): not one phone number.
    candidates = [m.span() for m in _DIGIT_RUN.finditer(masked) if 6 <= _digit_count(m.group()) <= max_digits + 2]
    if not candidates:
        return []
    import phonenumbers

    from msglint.text.phrases import fold

    tail = "".join(f"{w}|" for w in _lang_parts("MSG205-number-tail", bounded=False, packs=ctx.packs))
    neutral_numbers = tuple(rf"(?<!\w){w}" for w in data["number-labels"])
    neutral_phones = tuple(rf"(?<!\w){w}" for w in data["phone-labels"])
    not_labels = _label_rx(
        (*neutral_numbers, *_lang_parts("MSG205-number-label", packs=ctx.packs)), _NUMBER_TAIL.format(words=tail)
    )
    phone_labels = _label_rx((*neutral_phones, *_lang_parts("MSG205-phone-label", packs=ctx.packs)), _PHONE_TAIL)
    regions = _regions(ctx)
    memo: dict[str, list[tuple[int, int, str]]] = {}
    found: dict[int, int] = {}
    budget = _MATCHER_BUDGET
    for s, e in candidates:
        # The matcher reads a window around the run: letters just before or after a number
        # (an ASIN, "INV-2026") make it reject the candidate, as it should.
        ws, we = max(0, s - 2), min(len(masked), e + 2)
        window = masked[ws:we]
        hits = memo.get(window)
        if hits is None:
            # "+49 ..." reads the same from every region: one pass is enough.
            regs = regions[:1] if masked[s] == "+" else regions
            if budget > 0:
                budget -= len(regs)
                hits = [
                    (m.start, m.end, m.raw_string)
                    for region in regs
                    for m in phonenumbers.PhoneNumberMatcher(window, region, leniency=phonenumbers.Leniency.VALID)
                ]
            else:
                hits = _parsed_whole(masked[s:e], s - ws, regions[0])
            memo[window] = hits
        for hs, he, raw in hits:
            ms, me = ws + hs, ws + he
            if found.get(ms, -1) < me:
                if _digit_count(raw) > max_digits + (2 if raw.startswith("00") else 0):
                    continue
                before = fold(text[max(0, ms - 40) : ms])
                if raw.startswith(("+", "00")) or _national_phone(raw, before, not_labels, phone_labels):
                    found[ms] = me
    spans = sorted(found.items())
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out


def phone_message(number: str, where: str) -> str:
    return (
        f"phone number {' '.join(number.split())!r}{where}: a message may not contain phone "
        "numbers (buyers answer through Buyer-Seller Messaging)"
    )


# ---- MSG206 linked-logo -----------------------------------------------------------------------
_BACKGROUND_PROPS = frozenset({"background", "background-image"})


def linked_images(doc: Document, anchors: dict[int, Link]) -> Iterator[tuple[Element, Link]]:
    """Images inside (or drawn as the background of) the links of ``anchors``: ``img``, a
    ``background=`` attribute, a CSS ``background``/``background-image`` with ``url()``."""
    styled: dict[int, tuple[Element, Link]] = {}
    for el in doc.elements:
        anchor = el if el.tag == "a" else next((a for a in el.ancestors() if a.tag == "a"), None)
        lk = anchors.get(anchor.index) if anchor is not None else None
        if lk is None:
            continue
        if el.tag == "img" or el.get("background", ""):
            yield el, lk
        elif "url(" in (el.get("style") or "").lower():
            styled[el.index] = (el, lk)
    if not styled:
        return  # no need to parse any CSS
    from msglint.model.css import css_urls

    for decl in doc.css:
        owner = decl.element
        if owner is None or owner.index not in styled or decl.name not in _BACKGROUND_PROPS:
            continue
        if css_urls(decl):
            yield styled.pop(owner.index)
