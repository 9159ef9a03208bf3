"""The check of every user phrase rule (``packs = [...]`` in the configuration).

A user rule is data only: its phrases are the section named by its code in the phrase files
(``lang/<lang>.toml`` of its pack, or ``[rule.phrases.<lang>]`` in its entry), its message is
its pack's ``message``. One finding per match, like msglint's own phrase rules.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.core.diagnostics import Finding
from msglint.text.phrases import phrase_check

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document


def phrase_rule(doc: Document, ctx: Context) -> Iterator[Finding]:
    """Matches of the rule's section (named by its code) in the message's languages."""
    yield from phrase_check(doc, ctx)
