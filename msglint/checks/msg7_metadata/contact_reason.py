"""MSG703 contact-reason: A declared contact reason (front matter 'reason') that Amazon does not permit.

Pack entry: rules/msg7-metadata.toml; fixtures: fixtures/rules/MSG703-contact-reason/; see docs/rules.md#msg703.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.core.diagnostics import Finding

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document


# ---- MSG703 contact-reason --------------------------------------------------------------------
def contact_reason(doc: Document, ctx: Context) -> Iterator[Finding]:
    fm = doc.front_matter
    entry = fm.entries.get("reason") if fm else None
    if entry is None or not isinstance(entry.value, str) or not entry.value.strip():
        return
    from msglint.checks.msg7_metadata.shared import vocabulary  # only when needed (#14: ~4 ms)

    reasons = tuple(vocabulary().get("reasons", ()))
    value = entry.value.strip()
    if value.lower() in reasons:
        return
    import difflib

    close = difflib.get_close_matches(value.lower(), reasons, n=1, cutoff=0.75)
    hint = f" (did you mean {close[0]!r}?)" if close else f" (permitted: {', '.join(reasons)})"
    yield Finding(
        entry.value_start,
        entry.value_end,
        f"contact reason {value!r} is not one Amazon permits for a proactive message{hint}",
    )
