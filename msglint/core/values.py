"""Validation of configuration values, wherever they are read (config file, command line, library).

A wrong value is a :class:`~msglint.core.config.ConfigError` that names where it was read and,
when a known value is close, suggests it ("did you mean"): a misspelt marketplace or language
must never switch a rule off silently.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable
from urllib.parse import urlsplit

_ISO_639_1 = (
    "aa=Afar ab=Abkhazian ae=Avestan af=Afrikaans ak=Akan am=Amharic an=Aragonese ar=Arabic as=Assamese "
    "av=Avaric ay=Aymara az=Azerbaijani ba=Bashkir be=Belarusian bg=Bulgarian bi=Bislama bm=Bambara "
    "bn=Bengali bo=Tibetan br=Breton bs=Bosnian ca=Catalan ce=Chechen ch=Chamorro co=Corsican cr=Cree "
    "cs=Czech cu=Church_Slavic cv=Chuvash cy=Welsh da=Danish de=German dv=Divehi dz=Dzongkha ee=Ewe "
    "el=Greek en=English eo=Esperanto es=Spanish et=Estonian eu=Basque fa=Persian ff=Fulah fi=Finnish "
    "fj=Fijian fo=Faroese fr=French fy=Western_Frisian ga=Irish gd=Gaelic gl=Galician gn=Guarani "
    "gu=Gujarati gv=Manx ha=Hausa he=Hebrew hi=Hindi ho=Hiri_Motu hr=Croatian ht=Haitian hu=Hungarian "
    "hy=Armenian hz=Herero ia=Interlingua id=Indonesian ie=Interlingue ig=Igbo ii=Sichuan_Yi ik=Inupiaq "
    "io=Ido is=Icelandic it=Italian iu=Inuktitut ja=Japanese jv=Javanese ka=Georgian kg=Kongo ki=Kikuyu "
    "kj=Kuanyama kk=Kazakh kl=Kalaallisut km=Khmer kn=Kannada ko=Korean kr=Kanuri ks=Kashmiri ku=Kurdish "
    "kv=Komi kw=Cornish ky=Kyrgyz la=Latin lb=Luxembourgish lg=Ganda li=Limburgish ln=Lingala lo=Lao "
    "lt=Lithuanian lu=Luba-Katanga lv=Latvian mg=Malagasy mh=Marshallese mi=Maori mk=Macedonian "
    "ml=Malayalam mn=Mongolian mr=Marathi ms=Malay mt=Maltese my=Burmese na=Nauru nb=Norwegian_Bokmal "
    "nd=North_Ndebele ne=Nepali ng=Ndonga nl=Dutch nn=Norwegian_Nynorsk no=Norwegian nr=South_Ndebele "
    "nv=Navajo ny=Chichewa oc=Occitan oj=Ojibwa om=Oromo or=Oriya os=Ossetian pa=Punjabi pi=Pali "
    "pl=Polish ps=Pashto pt=Portuguese qu=Quechua rm=Romansh rn=Rundi ro=Romanian ru=Russian "
    "rw=Kinyarwanda sa=Sanskrit sc=Sardinian sd=Sindhi se=Northern_Sami sg=Sango si=Sinhala sk=Slovak "
    "sl=Slovenian sm=Samoan sn=Shona so=Somali sq=Albanian sr=Serbian ss=Swati st=Southern_Sotho "
    "su=Sundanese sv=Swedish sw=Swahili ta=Tamil te=Telugu tg=Tajik th=Thai ti=Tigrinya tk=Turkmen "
    "tl=Tagalog tn=Tswana to=Tonga tr=Turkish ts=Tsonga tt=Tatar tw=Twi ty=Tahitian ug=Uyghur "
    "uk=Ukrainian ur=Urdu uz=Uzbek ve=Venda vi=Vietnamese vo=Volapuk wa=Walloon wo=Wolof xh=Xhosa "
    "yi=Yiddish yo=Yoruba za=Zhuang zh=Chinese zu=Zulu"
)
#: ISO 639-1 codes and their English names (for messages, and to answer "--language german").
LANGUAGES: dict[str, str] = {
    code: name.replace("_", " ") for code, name in (item.split("=", 1) for item in _ISO_639_1.split())
}


class ValueProblem(ValueError):
    """A configuration value is wrong; the message says why (the caller adds where)."""


def did_you_mean(value: str, candidates: Iterable[str], n: int = 1) -> str:
    """`` (did you mean 'x'?)`` for the closest candidate, or an empty string."""
    import difflib  # for a wrong value only: not on the start-up path of every run (#14)

    close = difflib.get_close_matches(value, list(candidates), n=n, cutoff=0.6)
    if not close:
        return ""
    return " (did you mean " + " or ".join(repr(c) for c in close) + "?)"


def marketplace(value: str) -> str:
    """A known marketplace code (``amazon.de``), lower-cased."""
    from msglint.core.packs import marketplaces

    known = marketplaces()
    low = value.strip().lower()
    if low in known:
        return low
    for prefix in ("https://", "http://", "www."):  # "www.amazon.de", "https://amazon.de/"
        low = low.removeprefix(prefix)
    low = low.rstrip("/")
    if low in known:
        raise ValueProblem(f"unknown marketplace {value!r} (did you mean {low!r}?)")
    hint = did_you_mean(low, known) or did_you_mean("amazon." + low, known)
    if not hint:
        hint = f" (known: {', '.join(sorted(known))})"
    raise ValueProblem(f"unknown marketplace {value!r}{hint}")


def language(value: str) -> str:
    """An ISO 639-1 code (``de``), lower-cased; a region (``de-AT``, ``pt_BR``) is dropped."""
    low = value.strip().lower()
    m = re.fullmatch(r"([a-z]{2})(?:[-_][a-z0-9]{2,8})?", low)
    if m and m.group(1) in LANGUAGES:
        return m.group(1)
    by_name = {name.lower(): code for code, name in LANGUAGES.items()}
    import difflib

    close = [low] if low in by_name else difflib.get_close_matches(low, list(by_name), n=1, cutoff=0.75)
    if close:
        code = by_name[close[0]]
        hint = f"did you mean {code!r}, {LANGUAGES[code]}?"
        raise ValueProblem(f"unknown language {value!r}: use the ISO 639-1 code ({hint})")
    raise ValueProblem(f"unknown language {value!r}: expected an ISO 639-1 code such as 'de', 'fr' or 'en'")


def http_url(value: str) -> str:
    """An ``http://`` or ``https://`` URL with a host (a LanguageTool server)."""
    text = value.strip()
    parts = urlsplit(text)
    if parts.scheme == "data":  # a canned answer (the rule pack's example), no server
        return text
    if parts.scheme in ("http", "https") and parts.hostname:
        try:
            parts.port  # noqa: B018 - raises on a port that is not a number
        except ValueError:
            raise ValueProblem(f"invalid URL {value!r}: the port is not a number") from None
        return text.rstrip("/")
    if not parts.scheme or parts.scheme not in ("http", "https", "ftp", "file") and not parts.netloc:
        # "localhost:8081" parses as scheme "localhost"; "example.org/lt" has no scheme at all
        guess = "http://" + text.lstrip("/")
        if urlsplit(guess).hostname:
            raise ValueProblem(f"invalid URL {value!r}: it needs http:// or https:// (did you mean {guess!r}?)")
    raise ValueProblem(f"invalid URL {value!r}: expected http://host:port or https://host")


#: Labels browsers and mail programs write that Python's codec registry does not know.
_CODEC_ALIASES = {"windows-31j": "cp932", "x-sjis": "cp932", "ms_kanji": "cp932", "x-euc-jp": "euc_jp"}
#: Codecs Python knows that do not read a file's bytes as the text written in them: escape
#: notations, host-name codecs, one that always fails, UTF-7 (which browsers refuse) and the
#: Windows-only ANSI/OEM aliases (whose meaning depends on the machine).
_NOT_FILE_ENCODINGS = frozenset(
    {"undefined", "unicode-escape", "raw-unicode-escape", "idna", "punycode", "utf-7", "mbcs", "oem"}
)


def codec(label: str) -> str | None:
    """Python's codec name for an encoding label (``Shift_JIS`` -> ``shift_jis``,
    ``windows-1250`` -> ``cp1250``), or None when the label names no codec that reads a text
    file (``base64`` and ``rot13`` are bytes-to-bytes transforms, ``unicode_escape`` a notation:
    a declaration naming them must not crash the decoder or pass validation)."""
    name = label.strip()
    name = _CODEC_ALIASES.get(name.lower(), name)
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_FILE_ENCODINGS:
        return None
    return info.name


def encoding(value: str) -> str:
    """The ``encoding`` a configuration names for its files, as Python's codec name. UTF-16 and
    UTF-32 are refused: a file in them is read by its byte-order mark, and one without a mark
    is not told apart from binary data, so the key could not do what it says."""
    name = codec(value)
    if name is None:
        raise ValueProblem(
            f"unknown encoding {value!r} (a name such as 'windows-1250', 'iso-8859-2', 'shift_jis', 'euc-jp', "
            "'windows-1256', 'iso-8859-9')"
        )
    if name.startswith(("utf-16", "utf-32")):
        raise ValueProblem(f"encoding {value!r} is not supported: a UTF-16/UTF-32 file is read by its byte-order mark")
    return name


__all__ = [
    "LANGUAGES",
    "ValueProblem",
    "codec",
    "did_you_mean",
    "encoding",
    "http_url",
    "language",
    "marketplace",
]
