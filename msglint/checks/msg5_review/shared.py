"""MSG5: review requests. Purely phrase-based: the phrases are in ``rules/lang/<lang>.toml``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass
