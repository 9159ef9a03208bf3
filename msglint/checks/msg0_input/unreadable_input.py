"""MSG001 unreadable-input: The file cannot be read or decoded as text (binary, unknown encoding, too large).

Pack entry: rules/msg0-input.toml; fixtures: fixtures/rules/MSG001-unreadable-input/; see docs/rules.md#msg001.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.core.diagnostics import Finding
    from msglint.model.document import Document


def unreadable_input(doc: Document, ctx: Context) -> Iterator[Finding]:
    """A parsed document was readable by definition; MSG001 comes from ``Linter.lint_bytes``."""
    return iter(())
