"""MSG401: a proactive message must carry the buyer's 17-digit Amazon order number.

A template rarely contains the number itself: it contains the placeholder that the sending tool
fills in (``{{ order_id }}``, ``[[order-id]]``, ``%ORDER_ID%``...). Placeholders are blank in
``doc.text``, so they are looked for in the source; the default shapes are pack data
(``order-placeholders``, case-insensitive) and the user adds their own with the
``order-placeholders`` setting (regexes, used as written).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from msglint.core.packs import derived
from msglint.model.placeholders import compile_union

if TYPE_CHECKING:
    from msglint.core.packs import Packs
    from msglint.model.placeholders import Finder


@cache
def compile_any(patterns: tuple[str, ...], flags: int) -> Finder | None:
    """One finder for ``patterns``, each compiled on its own (a user's ``(?i)`` stays valid)."""
    return compile_union(patterns, flags)


def localised_placeholder(template: str, packs: Packs | None = None) -> re.Pattern[str] | None:
    """``template`` with ``{names}`` replaced by every language's ``[MSG401-placeholder]``
    names (regexes on folded source), or None when there are none; once per Packs object."""

    def build(p: Packs | None) -> re.Pattern[str] | None:
        from msglint.text.phrases import sections

        names = [part for sec in sections("MSG401-placeholder", packs=p) for part in sec.parts(keep="")]
        if not template or not names:
            return None
        return re.compile(template.replace("{names}", "|".join(f"(?:{n})" for n in names)), re.I)

    return derived(packs, ("msg4.localised_placeholder", template), build)
