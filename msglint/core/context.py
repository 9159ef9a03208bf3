"""What a check may read besides the document (its rule, data, configuration, shared facts).

Checks import this, never the engine: the engine builds one Context per rule and document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from msglint.core.config import Config
from msglint.core.packs import RuleMeta


@dataclass
class Context:
    """What a check may read besides the document: its rule, its data, the configuration."""

    rule: RuleMeta
    config: Config
    cache: dict[str, Any]  # shared by all rules for one document (e.g. detected language)
    #: notes for the user about the whole run (e.g. "MSG404 is off"), keyed to print each once
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def data(self) -> dict[str, Any]:
        return self.rule.data

    @property
    def marketplace(self) -> str | None:
        return self.cache.get("marketplace")

    @property
    def languages(self) -> tuple[str, ...]:
        """The buyer's languages, or () when nothing says (then wording rules detect)."""
        langs: tuple[str, ...] = self.cache.get("languages", ())
        return langs
