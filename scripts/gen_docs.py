"""Generate the README's rule table from the rule packs: ``python scripts/gen_docs.py [--check]``.

The packs in ``rules/`` are the single source of truth for what each rule flags; the table in
README.md between ``<!-- rules:start -->`` and ``<!-- rules:end -->`` is derived from them, so
it cannot drift. ``--check`` exits 1 (and writes nothing) when the README is out of date, which
is what ``tests/test_readme.py`` runs.
"""

from __future__ import annotations

import sys
from pathlib import Path

START = "<!-- rules:start -->"
END = "<!-- rules:end -->"
README = Path(__file__).resolve().parent.parent / "README.md"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def rules_table() -> str:
    """The Markdown table of every rule, grouped by family, in code order."""
    from msglint.core.packs import load_rules

    lines = [
        "| code | slug | what it flags | severity | fixable |",
        "|---|---|---|---|---|",
    ]
    for r in load_rules().values():
        slug = f"`{r.slug}`" + (" (deprecated)" if r.deprecated else "")
        lines.append(f"| {r.code} | {slug} | {_cell(r.summary)} | {r.severity} | {'yes' if r.fixable else ''} |")
    return "\n".join(lines)


def render_readme(text: str) -> str:
    """``text`` (the README) with the part between the markers regenerated."""
    try:
        head, rest = text.split(START, 1)
        _old, tail = rest.split(END, 1)
    except ValueError:
        raise ValueError(f"README.md lacks the markers {START} ... {END}") from None
    return f"{head}{START}\n{rules_table()}\n{END}{tail}"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    check = "--check" in args
    text = README.read_text(encoding="utf-8")
    try:
        new = render_readme(text)
    except ValueError as exc:
        print(f"gen_docs: {exc}", file=sys.stderr)
        return 2
    if new == text:
        return 0
    if check:
        print("README.md rule table is out of date: run `python scripts/gen_docs.py`", file=sys.stderr)
        return 1
    README.write_text(new, encoding="utf-8")
    print("README.md rule table regenerated", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
