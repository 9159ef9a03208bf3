"""What a check may read besides the document (its rule, data, configuration, shared facts).

Checks import this, never the engine: the engine builds one Context per rule and document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from msglint.core.config import Config
from msglint.core.packs import Packs, RuleMeta


@dataclass
class Context:
    """What a check may read besides the document: its rule, its data, the configuration."""

    rule: RuleMeta
    config: Config
    cache: dict[str, Any]  # shared by all rules for one document (e.g. detected language)
    #: notes for the user about the whole run (e.g. "MSG404 is off"), keyed to print each once
    notes: dict[str, str] = field(default_factory=dict)
    #: the rule's data with the configuration's option values (built by the engine); None: the
    #: pack's defaults (``rule.data``)
    settings: dict[str, Any] | None = None
    #: the configuration's packs (rules, phrase files, marketplaces, hosts, user packs); None:
    #: the shipped packs (a Context built outside the engine)
    packs: Packs | None = None

    @property
    def data(self) -> dict[str, Any]:
        """The rule's ``[rule.data]`` and option values: read with ``ctx.data["key"]``, no default
        in code (the pack declares every key; ``tests/test_packs.py`` checks the reads)."""
        return self.rule.data if self.settings is None else self.settings

    @property
    def marketplace(self) -> str | None:
        return self.cache.get("marketplace")

    @property
    def languages(self) -> tuple[str, ...]:
        """The buyer's languages, or () when nothing says (then wording rules detect)."""
        langs: tuple[str, ...] = self.cache.get("languages", ())
        return langs
