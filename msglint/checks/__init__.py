"""Checks: one function per rule, bound to its rule by the ``check`` key of the pack.

A check is ``def name(doc: Document, ctx: Context) -> Iterable[Finding]``: it reads the shared
document model and its rule's data (``ctx.data``) and yields findings in source offsets. It
never reads files, prints, or knows about other rules.
"""
