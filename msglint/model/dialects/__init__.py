"""Template dialects: how each template language marks placeholders, control tags, comments
and translated text (see :mod:`msglint.model.dialects.base` for what a scan returns).

The dialect of a file comes from the configuration's ``per-file-dialect`` glob, else from the
suffix (``.php``, ``.blade.php``, ``.twig``, ``.liquid``, ``.tpl``, ``.ftl``, ``.mjml``...),
else from the configuration's ``dialect``, else from the content (:func:`sniff`), else
``generic``, msglint's historical placeholder reading.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from msglint.model.dialects.base import Scan, TemplateSpan, split_words

__all__ = [
    "DIALECTS",
    "Dialect",
    "Scan",
    "TemplateSpan",
    "by_name",
    "dialect_for",
    "for_suffix",
    "names",
    "sniff",
    "split_words",
]


@dataclass(frozen=True)
class Dialect:
    name: str
    suffixes: tuple[str, ...]
    scanner: Callable[[str, int], Scan]
    #: the markup the template is written in: "html" (or plain text), or "mjml"
    markup: str = "html"

    def scan(self, text: str, start: int = 0) -> Scan:
        return self.scanner(text, start)


def _jinja(text: str, start: int) -> Scan:
    from msglint.model.dialects import jinja

    return jinja.scan(text, start)


def _liquid(text: str, start: int) -> Scan:
    from msglint.model.dialects import jinja

    return jinja.scan(text, start, liquid=True)


def _handlebars(text: str, start: int) -> Scan:
    from msglint.model.dialects import handlebars

    return handlebars.scan(text, start)


def _php(text: str, start: int) -> Scan:
    from msglint.model.dialects import php

    return php.scan(text, start)


def _blade(text: str, start: int) -> Scan:
    from msglint.model.dialects import blade

    return blade.scan(text, start)


def _magento(text: str, start: int) -> Scan:
    from msglint.model.dialects import magento

    return magento.scan(text, start)


def _smarty(text: str, start: int) -> Scan:
    from msglint.model.dialects import smarty

    return smarty.scan(text, start)


def _freemarker(text: str, start: int) -> Scan:
    from msglint.model.dialects import freemarker

    return freemarker.scan(text, start)


def _generic(text: str, start: int) -> Scan:
    from msglint.model.dialects import generic

    return generic.scan(text, start)


def _mjml(text: str, start: int) -> Scan:
    """MJML markup with the placeholders of the template language found in it."""
    inner = sniff(text, start, exclude_mjml=True)
    return by_name(inner).scan(text, start)


DIALECTS: dict[str, Dialect] = {
    d.name: d
    for d in (
        Dialect("generic", (), _generic),
        Dialect("prestashop", (), _generic),
        Dialect("jinja", (".j2", ".jinja", ".jinja2"), _jinja),
        Dialect("twig", (".twig",), _jinja),
        Dialect("liquid", (".liquid",), _liquid),
        Dialect("handlebars", (".hbs", ".handlebars"), _handlebars),
        Dialect("mustache", (".mustache",), _handlebars),
        Dialect("php", (".php", ".phtml"), _php),
        Dialect("blade", (".blade.php",), _blade),
        Dialect("magento", (), _magento),
        Dialect("smarty", (".tpl",), _smarty),
        Dialect("freemarker", (".ftl", ".ftlh", ".ftlx"), _freemarker),
        Dialect("mjml", (".mjml",), _mjml, markup="mjml"),
    )
}
#: Every suffix a dialect claims, longest first (".blade.php" before ".php").
SUFFIXES: tuple[tuple[str, str], ...] = tuple(
    sorted(((sfx, d.name) for d in DIALECTS.values() for sfx in d.suffixes), key=lambda p: -len(p[0]))
)


def by_name(name: str) -> Dialect:
    return DIALECTS[name]


def for_suffix(path: str) -> str | None:
    lower = path.lower()
    base = lower.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    for sfx, name in SUFFIXES:
        if base.endswith(sfx) and len(base) > len(sfx):
            return name
    return None


# Content signals, strongest first: (dialect, pattern). Searched in the first 20,000 characters.
_SNIFF: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("mjml", re.compile(r"<mjml[\s>]")),
    ("blade", re.compile(r"\{\{--|\{!!|(?<![\w@])@(?:extends|section|component|lang|endif|foreach|yield)\b")),
    ("php", re.compile(r"<\?(?:php\b|=)")),
    ("magento", re.compile(r"\{\{(?:trans|var|depend|template|layout|store|inlinecss)\s|<!--@(?:subject|vars)")),
    ("freemarker", re.compile(r"<#(?:if|list|assign|include|import|macro|--)|</#|<@[A-Za-z]|\$\{[A-Za-z_]")),
    ("handlebars", re.compile(r"\{\{(?:[#/^>!]|else\}\})|\{\{\{")),
    (
        "smarty",
        re.compile(
            r"(?<!\{)(?:\{\$[A-Za-z_]|\{/(?:if|foreach|block|literal)\}|\{\*|\{l s=|\{include(?:MailTemplate)? )"
        ),
    ),
    (
        "liquid",
        re.compile(r"\{%-?\s*(?:comment|endcapture|capture|assign|endunless|liquid|render)\b|\|\s*t\s*\}\}|\{%\s*#"),
    ),
    ("jinja", re.compile(r"\{%|\{#")),
)


def sniff(text: str, start: int = 0, *, exclude_mjml: bool = False) -> str:
    """The dialect the content looks written in (``generic`` when nothing says): the
    strongest signal of the first 20,000 characters (one search per signal: each pattern
    starts with a literal, which is faster than one alternation of them all)."""
    head_end = min(len(text), start + 20_000)
    for name, rx in _SNIFF:
        if exclude_mjml and name == "mjml":
            continue
        if rx.search(text, start, head_end):
            return name
    return "generic"


def dialect_for(path: str, text: str, start: int = 0, default: str | None = None) -> str:
    """The dialect of a file: its suffix's, else ``default`` (the configured one), else the
    one its content looks written in."""
    return for_suffix(path) or default or sniff(text, start)


def names(span: TemplateSpan) -> list[str]:
    """The words of a placeholder's expression (``{$ShopURL}`` -> shop, url)."""
    return split_words(span.name)
