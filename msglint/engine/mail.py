"""Linting a mail: every text and HTML part of a parsed ``.eml`` (msglint/model/mail.py) with
every selected rule, positions mapped back into the file."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from msglint.model.mail import read_mail

if TYPE_CHECKING:
    from msglint.core.diagnostics import Diagnostic
    from msglint.engine.linter import Linter


def lint_mail(linter: Linter, data: bytes, path: str, text: str | None = None) -> list[Diagnostic]:
    """Lint one message: every text/HTML part with every selected rule, when it is a
    marketplace message (to a buyer alias, or linted with ``--marketplace``). ``text``: the
    caller's text of ``data``; None: each part is read in its own charset (MSG001 when one
    cannot be read)."""
    from msglint.model.decode import DecodeError

    cfg = linter.config
    try:
        mail = read_mail(
            data, text, path, cfg.alias_domains, linter.placeholder_re, linter.encoding_of(path), cfg.max_file_size
        )
    except DecodeError as exc:
        return linter.read_error(path, exc)
    if not mail.aliases and not cfg.marketplace:
        return []  # not a marketplace message: only MSG001 applies (docs/templates.md)
    amazon = next((a.marketplace for a, _r in mail.aliases if a.relay == "Amazon"), None)
    seen: set[tuple[int, int, str, str]] = set()
    out: list[Diagnostic] = []
    for doc in mail.parts:
        doc.meta = {"mail": mail}
        if amazon:
            doc.meta["marketplace"] = amazon
        for d in linter.lint_document(doc):
            key = (d.line, d.column, d.code, d.message)
            if key in seen:
                continue
            seen.add(key)
            # Offsets into the file, and no fix: --fix never rewrites a mail.
            out.append(replace(d, fix=None, start=doc.file_offset(d.start), end=doc.file_offset(d.end)))
    out.sort(key=lambda d: d.sort_key())
    return out
