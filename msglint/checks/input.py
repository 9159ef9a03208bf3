"""MSG0: input problems. The engine reports MSG001 itself, before there is a document."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.core.diagnostics import Finding
    from msglint.model.document import Document


def unreadable(doc: Document, ctx: Context) -> Iterator[Finding]:
    """A parsed document was readable by definition; MSG001 comes from ``Linter.lint_bytes``."""
    return iter(())
