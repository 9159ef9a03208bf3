"""Project rules (``scope = "project"`` in a pack, e.g. MSG704): small picklable summaries of
each file's front matter, compared once over every file linted together."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from msglint.core.project import FileSummary, SummaryEntry
    from msglint.model.document import Document


# ---- project rules: summaries ------------------------------------------------------------------
def summarize(doc: Document) -> FileSummary:
    return _summary(doc.path, doc.source, doc.front_matter)


def _summary(path: str, text: str, fm: Any) -> FileSummary:
    from msglint.core.project import FileSummary, SummaryEntry

    entries: list[SummaryEntry] = []
    if fm is not None:
        for key, e in fm.entries.items():
            line = text.count("\n", 0, e.value_start) + 1
            line_start = text.rfind("\n", 0, e.value_start) + 1
            end_line = line + text.count("\n", e.value_start, e.value_end)
            end_line_start = text.rfind("\n", 0, e.value_end) + 1
            nl = text.find("\n", line_start)
            source_line = text[line_start : nl if nl >= 0 else len(text)].rstrip("\r")
            value = tuple(e.value) if isinstance(e.value, list) else e.value
            entries.append(
                SummaryEntry(
                    key,
                    value,
                    e.value_start,
                    e.value_end,
                    line,
                    e.value_start - line_start + 1,
                    end_line,
                    e.value_end - end_line_start + 1,
                    source_line,
                )
            )
    return FileSummary(path, tuple(entries))


def summarize_file(path: str, limit: int = 10 * 1024 * 1024, encoding: str | None = None) -> FileSummary | None:
    """The summary of a template file from its front matter alone; None when it has none.
    ``encoding``: the one the configuration names for the file."""
    from msglint.model.decode import DecodeError, decode_bytes, read_file

    try:
        text = decode_bytes(read_file(path, limit), encoding, limit).text
    except (OSError, DecodeError):
        return None
    if not text.startswith(("---", "\ufeff---")):
        return None
    from msglint.model.mail import is_mail

    if is_mail(path, text):
        return None
    from msglint.model.frontmatter import parse_front_matter

    fm = parse_front_matter(text)
    return _summary(path, text, fm) if fm is not None else None
