"""Build the rule documentation as static files: ``python -m msglint.web.build --out site/``.

Writes ``site/rules/index.html``, ``site/rules/<CODE>/index.html`` (one per rule),
``site/static/style.css`` and ``site/index.html`` (a link to the rules). Serve the folder with
any static file server; set ``docs-url`` to where ``rules/`` ends up so that diagnostics link
there. Needs no extra package.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

_ROOT_INDEX = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>msglint</title>
<meta http-equiv="refresh" content="0; url=rules/">
<link rel="stylesheet" href="static/style.css"></head>
<body class="doc"><main class="doc-main"><p><a href="rules/">msglint rules</a></p></main></body></html>
"""


def build(out: Path) -> list[Path]:
    """Write the pages under ``out``; returns the files written."""
    import msglint
    from msglint.web.pages import index_page, rule_page

    static = Path(__file__).resolve().parent / "static"
    written: list[Path] = []

    def write(rel: str, text: str) -> None:
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)

    write("index.html", _ROOT_INDEX)
    write("rules/index.html", index_page())
    for rule in msglint.rules():
        write(f"rules/{rule.code}/index.html", rule_page(rule))
    (out / "static").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(static / "style.css", out / "static" / "style.css")
    written.append(out / "static" / "style.css")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m msglint.web.build", description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="site", help="output folder (default: site)")
    args = parser.parse_args(argv)
    try:
        files = build(Path(args.out))
    except OSError as exc:
        print(f"msglint: error: cannot write {args.out}: {exc}", file=sys.stderr)
        return 2
    print(f"msglint: wrote {len(files)} files to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
