"""Scaffold a new rule: pack entry, check module, fixtures and a test stub.

    python scripts/add_rule.py MSG108 animated-svg --summary "An animated SVG image." [--dry-run]

Writes, in the order CONTRIBUTING.md's recipe follows:

1. a ``[[rule]]`` entry appended to the family's pack ``rules/msgN-*.toml`` (code, slug,
   severity, summary, guideline placeholders, bad and good examples to fill in);
2. ``msglint/checks/<family package>/<slug>.py`` with ``def <slug>(doc, ctx)``;
3. ``fixtures/rules/<CODE>-<slug>/bad-example.html`` and ``good-example.html``;
4. ``tests/test_<slug>.py`` asserting the bad fixture's exact line and column (to fill in).

It refuses to overwrite anything and to reuse a code or slug. The generated check finds
nothing until you write it, so the convention test (tests/test_conventions.py) fails on the bad
fixture until the rule works: the scaffold cannot land half-done.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from msglint.core.packs import FAMILY_PACKAGES  # noqa: E402 - after the path set-up

CHECK = '''"""{code} {slug}: {summary}

Pack entry: rules/{pack}; fixtures: fixtures/rules/{code}-{slug}/.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from msglint.core.diagnostics import Finding

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.model.document import Document


def {func}(doc: Document, ctx: Context) -> Iterator[Finding]:
    """TODO: say what the rule looks at and why (the guideline it enforces).

    Example: ``for el in doc.iter_tag("img"): yield Finding(el.start, el.end, "found X: do Y")``.
    """
    return iter(())
'''

TEST = '''"""{code} {slug}: exact positions on the rule's fixtures."""

from __future__ import annotations

from conftest import lint_file


def test_{func}_fires_at_the_exact_position() -> None:
    got = [t for t in lint_file("rules/{code}-{slug}/bad-example.html") if t[0] == "{code}"]
    assert got == [("{code}", 1, 1)]  # TODO: the line and column of the offending text


def test_{func}_near_miss_is_silent() -> None:
    assert [t for t in lint_file("rules/{code}-{slug}/good-example.html") if t[0] == "{code}"] == []
'''

ENTRY = '''
[[rule]]
code = "{code}"
slug = "{slug}"
severity = "{severity}"
fixable = false
summary = "{summary}"
guideline = """
TODO: quote the guideline this rule enforces.
"""
source = "TODO: where the quote is from"
source-url = ""
checked = {today}
flags = "TODO: exactly what is flagged."
ignores = "TODO: the near misses that stay silent."
bad = """
<p>TODO: a message the rule flags, order 123-1234567-1234567.</p>
"""
good = """
<p>TODO: a near miss the rule leaves alone, order 123-1234567-1234567.</p>
"""
'''


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Scaffold a new msglint rule.")
    ap.add_argument("code", help="MSGnnn, in the family's range")
    ap.add_argument("slug", help="lower-case words joined by '-'")
    ap.add_argument("--summary", default="TODO: one line on what the rule flags.")
    ap.add_argument("--severity", choices=("error", "warning"), default="error")
    ap.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    ap.add_argument("--dry-run", action="store_true", help="print the files, write nothing")
    args = ap.parse_args(argv)
    root: Path = args.root
    code, slug = args.code.upper(), args.slug.lower()
    if not re.fullmatch(r"MSG\d{3}", code) or code[:4] not in FAMILY_PACKAGES:
        ap.error(f"{code}: a code is MSG followed by three digits, in a known family")
    if not re.fullmatch(r"[a-z]+(-[a-z]+)*", slug):
        ap.error(f"{slug}: a slug is lower-case words joined by '-'")
    packs = sorted((root / "rules").glob(f"msg{code[3]}-*.toml"))
    if not packs:
        ap.error(f"no pack file rules/msg{code[3]}-*.toml for the family {code[:4]}")
    pack = packs[0]
    for p in sorted((root / "rules").glob("msg*.toml")):
        for r in tomllib.loads(p.read_text(encoding="utf-8")).get("rule", []):
            if r["code"] == code or r["slug"] == slug:
                ap.error(f"{code} / {slug}: already used by {r['code']} {r['slug']} in {p.name}")
    func = slug.replace("-", "_")
    import datetime

    today = datetime.date.today().isoformat()
    fields = {"code": code, "slug": slug, "summary": args.summary, "func": func, "pack": pack.name}
    files = {
        root / "msglint" / "checks" / FAMILY_PACKAGES[code[:4]] / f"{func}.py": CHECK.format(**fields),
        root / "fixtures" / "rules" / f"{code}-{slug}" / "bad-example.html": (
            "<p>TODO: the offending message, order 123-1234567-1234567.</p>\n"
        ),
        root / "fixtures" / "rules" / f"{code}-{slug}" / "good-example.html": (
            "<p>TODO: a compliant near miss, order 123-1234567-1234567.</p>\n"
        ),
        root / "tests" / f"test_{func}.py": TEST.format(**fields),
    }
    existing = [p for p in files if p.exists()]
    if existing:
        ap.error(f"refusing to overwrite {', '.join(str(p.relative_to(root)) for p in existing)}")
    entry = ENTRY.format(severity=args.severity, today=today, **fields)
    if args.dry_run:
        print(f"--- append to {pack.relative_to(root)}{entry}")
        for p, text in files.items():
            print(f"--- {p.relative_to(root)}\n{text}")
        return 0
    with pack.open("a", encoding="utf-8") as fh:
        fh.write(entry)
    for p, text in files.items():
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    print(
        f"{code} {slug}: wrote {pack.relative_to(root)} (entry), " + ", ".join(str(p.relative_to(root)) for p in files)
    )
    print("next: write the check, the fixtures and the test; run scripts/gen_docs.py; see CONTRIBUTING.md")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
