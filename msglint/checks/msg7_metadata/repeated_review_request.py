"""MSG704 repeated-review-request: More than one review request for the same order, across the templates linted
together.

Pack entry: rules/msg7-metadata.toml;
fixtures: fixtures/rules/MSG704-repeated-review-request/; see docs/rules.md#msg704.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.core.project import FileSummary, ProjectFinding


def repeated_review_request(summaries: Sequence[FileSummary], ctx: Context) -> Iterator[ProjectFinding]:
    if not summaries:
        return  # no file with front matter; the shared module is not imported (#14)
    from msglint.checks.msg7_metadata.shared import review_key, text, vocabulary
    from msglint.core.project import ProjectFinding

    review = set(vocabulary().get("review-reasons", ()))
    first: dict[tuple[str, str], FileSummary] = {}
    for s in summaries:
        reason = s.get("reason")
        if reason is None or text(reason).lower() not in review:
            continue
        sa = s.get("send-after")
        if sa is not None and not isinstance(sa.value, str) and len(sa.value) > 1:
            yield ProjectFinding(
                s.path,
                sa,
                f"review request scheduled {len(sa.value)} times ({text(sa)}): Amazon allows one "
                "review request per order",
            )
        shown, key, audience = review_key(s)
        earlier = first.get((key, audience))
        if earlier is None:
            first[(key, audience)] = s
            continue
        for_whom = f" for {audience}" if audience else ""
        yield ProjectFinding(
            s.path,
            s.get("trigger") or reason,
            f"second review request on {shown}{for_whom}: {earlier.path} already asks for a review "
            "of the same orders; Amazon allows one review request per order",
        )
