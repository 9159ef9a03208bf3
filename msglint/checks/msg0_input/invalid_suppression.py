"""MSG003 invalid-suppression: A suppression comment msglint cannot read, or that names an unknown rule.

Pack entry: rules/msg0-suppression.toml;
fixtures: fixtures/rules/MSG003-invalid-suppression/; see docs/rules.md#msg003.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.core.diagnostics import Finding
    from msglint.model.document import Document


def invalid_suppression(doc: Document, ctx: Context) -> Iterator[Finding]:
    """MSG003 comes from ``msglint.engine.suppress.apply`` (it is found while parsing directives)."""
    return iter(())
