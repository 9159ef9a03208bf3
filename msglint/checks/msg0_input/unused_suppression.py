"""MSG002 unused-suppression: A suppression comment that silences nothing (stale or misplaced).

Pack entry: rules/msg0-suppression.toml;
fixtures: fixtures/rules/MSG002-unused-suppression/; see docs/rules.md#msg002.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.core.diagnostics import Finding
    from msglint.model.document import Document


def unused_suppression(doc: Document, ctx: Context) -> Iterator[Finding]:
    """MSG002 comes from ``msglint.engine.suppress.apply`` (it needs the other rules' results)."""
    return iter(())
