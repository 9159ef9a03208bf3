"""MSG002/MSG003: suppression comments. Reported by :mod:`msglint.engine.suppress`, not here.

Whether a suppression was used is only known after every other rule has run, so the engine
calls :func:`msglint.engine.suppress.apply` once the checks are done; these bound checks find nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.core.diagnostics import Finding
    from msglint.model.document import Document


def unused(doc: Document, ctx: Context) -> Iterator[Finding]:
    """MSG002 comes from ``msglint.engine.suppress.apply`` (it needs the other rules' results)."""
    return iter(())


def invalid(doc: Document, ctx: Context) -> Iterator[Finding]:
    """MSG003 comes from ``msglint.engine.suppress.apply`` (it is found while parsing directives)."""
    return iter(())
