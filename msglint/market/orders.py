"""Amazon order numbers: one definition, ``order-number`` in ``rules/amazon.toml``.

MSG401 looks for one in the message, MSG205 never reads one as a phone number, MSG603 reads a
clause made of one as neutral: all three use :func:`order_number` (3-7-7 digits, or
``D01-...`` for digital orders).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from msglint.core.packs import load_data

if TYPE_CHECKING:
    from msglint.core.packs import Packs


def order_number_pattern(packs: Packs | None = None) -> str:
    """The order-number regex of ``packs`` (None: the shipped packs)."""
    data = packs.data("amazon") if packs is not None else load_data("amazon")
    pattern: str = data["order-number"]
    return pattern


def order_number(packs: Packs | None = None, flags: int = 0) -> re.Pattern[str]:
    """The compiled order-number regex (``re.I`` for folded, lower-case text)."""
    if packs is None:
        return re.compile(order_number_pattern(None), flags)
    p = packs
    return p.memoised(("orders.order_number", flags), lambda: re.compile(order_number_pattern(p), flags))
