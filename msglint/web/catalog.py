"""What the front ends offer to choose from: marketplaces, languages, contact reasons, dialects.

The one place the front ends read pack data beyond ``msglint.rules()``; every value comes from
the packs in ``rules/``, so a new marketplace or reason appears here without a code change.
"""

from __future__ import annotations

from functools import cache
from typing import Any

#: dialect -> the file name a pasted source is linted as (msglint picks the format by suffix;
#: "auto" has none: mail by its header block, HTML by its tags, else text).
DIALECTS: dict[str, str] = {
    "auto": "message",
    "html": "message.html",
    "text": "message.txt",
    "jinja": "message.j2",
    "liquid": "message.liquid",
    "handlebars": "message.hbs",
    "mustache": "message.mustache",
    "twig": "message.twig",
    "prestashop": "message.tpl",
    "eml": "message.eml",
}


@cache
def marketplaces() -> dict[str, list[str]]:
    """Marketplace -> the buyer languages msglint accepts for it."""
    from msglint.core.packs import marketplaces as _markets

    return {name: list(m.get("languages", [])) for name, m in sorted(_markets().items())}


@cache
def reasons() -> list[str]:
    """The contact reasons front matter may declare (``reason:``)."""
    from msglint.core.packs import load_data

    return list(load_data("frontmatter").get("reasons", []))


@cache
def languages() -> list[str]:
    langs = {lang for ls in marketplaces().values() for lang in ls}
    from msglint.core.packs import phrase_languages

    langs.update(phrase_languages())
    return sorted(langs)


def meta() -> dict[str, Any]:
    return {
        "marketplaces": marketplaces(),
        "languages": languages(),
        "reasons": reasons(),
        "dialects": list(DIALECTS),
    }
