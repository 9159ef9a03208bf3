"""Generate the rule documentation from the rule packs: ``python scripts/gen_docs.py [--check]``.

The packs in ``rules/`` are the single source of truth for what each rule flags; the table in
README.md between ``<!-- rules:start -->`` and ``<!-- rules:end -->`` and the rules reference
``docs/rules.md`` (one section per rule: the guideline, what is flagged and not, how to fix,
examples) are derived from them, so they cannot drift. ``--check`` exits 1 (and writes nothing)
when either is out of date, which is what ``tests/test_readme.py`` runs.
"""

from __future__ import annotations

import sys
from pathlib import Path

START = "<!-- rules:start -->"
END = "<!-- rules:end -->"
README = Path(__file__).resolve().parent.parent / "README.md"
RULES_DOC = Path(__file__).resolve().parent.parent / "docs" / "rules.md"


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


def _quote(text: str) -> list[str]:
    return ["> " + ln if ln.strip() else ">" for ln in text.strip("\n").splitlines()]


def _fence(text: str, lang: str) -> list[str]:
    from msglint.reporters.text_report import escape_controls

    body = escape_controls(text.strip("\n"))
    fence = "````" if "```" in body else "```"
    return [fence + lang, body, fence]


def rules_reference() -> str:
    """docs/rules.md: every rule's documentation, as ``msglint explain`` shows it."""
    from msglint.core.packs import load_rules

    rules = load_rules()
    out = [
        "# Rules reference",
        "",
        "<!-- Generated from the rule packs in rules/ by `python scripts/gen_docs.py`; do not edit. -->",
        "",
        "Every rule has a stable code and slug; both are accepted wherever a rule is named (`select`,",
        "`ignore`, `per-file-ignores`, `severity`, suppression comments), and a prefix such as `MSG2`",
        "names a whole family. `msglint explain CODE` prints the same page in the terminal.",
        "",
    ]
    family = None
    for r in rules.values():
        if r.family != family:
            family = r.family
            out += [f"## {r.family}: {r.family_name}", ""]
        head = f"### {r.code} `{r.slug}`" + (" (deprecated)" if r.deprecated else "")
        out += [f'<a id="{r.code.lower()}"></a>', "", head, ""]
        facts = f"Default severity: **{r.severity}**" + ("; fixable with `--fix`." if r.fixable else ".")
        out += [r.summary.strip(), "", facts, "", "Guideline:", "", *_quote(r.guideline)]
        source = r.source + (f" <{r.source_url}>" if r.source_url else "")
        out += [">", f"> -- {source} (checked {r.checked})", ""]
        out += [f"**Flags** {r.flags.strip()}", ""]
        if r.ignores:
            out += [f"**Does not flag** {r.ignores.strip()}", ""]
        if r.options:
            out += [f"**Options** (`[tool.msglint.rules.{r.code}]`):", ""]
            out += [
                f"- `{o.name}`: {o.describe()[len(o.name) + 1 :]}" + (f" {o.doc}" if o.doc else "")
                for o in r.options.values()
            ]
            out += [""]
        how = getattr(r, "how_to_fix", "")
        if how:
            out += [f"**How to fix** {how.strip()}", ""]
        suffix = r.example_name.rsplit(".", 1)[-1]
        lang = {"html": "html", "htm": "html", "eml": "email"}.get(suffix, "text")
        out += ["Bad:", "", *_fence(r.bad, lang), "", "Good:", "", *_fence(r.good, lang), ""]
    return "\n".join(out).rstrip("\n") + "\n"


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
    reference = rules_reference()
    try:
        old_reference = RULES_DOC.read_text(encoding="utf-8")
    except OSError:
        old_reference = ""
    pairs = (("README.md", text, new), ("docs/rules.md", old_reference, reference))
    stale = [name for name, old, fresh in pairs if old != fresh]
    if not stale:
        return 0
    if check:
        print(f"{' and '.join(stale)} out of date: run `python scripts/gen_docs.py`", file=sys.stderr)
        return 1
    if new != text:
        README.write_text(new, encoding="utf-8")
    if reference != old_reference:
        RULES_DOC.parent.mkdir(exist_ok=True)
        RULES_DOC.write_text(reference, encoding="utf-8")
    print(f"regenerated {' and '.join(stale)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
