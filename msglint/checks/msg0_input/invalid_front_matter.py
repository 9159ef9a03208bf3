"""MSG004 invalid-front-matter: The template's front matter cannot be read: not 'key: value', an unknown key, or an
invalid value.

Pack entry: rules/msg0-frontmatter.toml;
fixtures: fixtures/rules/MSG004-invalid-front-matter/; see docs/rules.md#msg004.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.core.diagnostics import Finding

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document


# ---- MSG004 invalid-front-matter --------------------------------------------------------------
def invalid_front_matter(doc: Document, ctx: Context) -> Iterator[Finding]:
    fm = doc.front_matter
    if fm is None:
        return
    # msg7's shared module (dataclasses, patterns: ~4 ms) is imported for a document with front
    # matter only (#14)
    from msglint.checks.msg7_metadata.shared import items, value_problem, vocabulary

    for s, e, message in fm.errors:
        yield Finding(s, max(e, s + 1), message)
    voc = vocabulary()
    single = set(voc.get("single-value-keys", ()))
    for key, entry in fm.entries.items():
        if key in single and not isinstance(entry.value, str):
            yield Finding(entry.value_start, entry.value_end, f"front matter key {key!r} takes one value, not a list")
            continue
        for it in items(doc.source, entry):
            problem = value_problem(key, it.value, voc)
            if problem:
                yield Finding(it.start, max(it.end, it.start + 1), problem)
