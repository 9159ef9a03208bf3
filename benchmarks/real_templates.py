"""What msglint's purpose, review and spelling rules say about real, public shop e-mail templates.

The labelled sets in ``fixtures/wording/`` are written for msglint; this benchmark asks the other
question of issues #10 and #11: on the notifications that shop systems actually ship (order and
shipping confirmations, refund notices, invoices, newsletters, review requests, account mails),
what do MSG601-MSG604 and MSG501-MSG504 flag, and how many MSG403 spelling findings are real?

The templates are third-party text and are NOT in this repository. ``real_templates_manifest.toml``
names each one (public repository, commit, path, language, and a KIND labelled from the template's
own file name and purpose), so a run can be reproduced from public snapshots:

    # 1. copy the templates out of local git snapshots of the repositories (no network)
    python benchmarks/real_templates.py extract --mirrors DIR --out /tmp/real-templates
    # 2. lint them and print the tables (per kind and language, spelling findings)
    python benchmarks/real_templates.py run --templates /tmp/real-templates [--per-template] [--json out.json]

``--mirrors`` is a folder holding one git directory per repository, as ``owner+name/repo``,
``owner+name/repo/.git``, ``owner/name.git`` or ``owner/name`` (a clone). The template folder can
also be given as ``$MSGLINT_REAL_TEMPLATES``. Nothing is downloaded and the tests never need it.
Templates whose words live in a Laravel language file (Bagisto) name that file as ``strings``;
``extract`` writes the template with each ``@lang('ns::file.key')`` replaced by its text.

What is "expected" per kind (this benchmark's reading of Amazon's Communication Guidelines, not a
test oracle): order, shipping, refund and order-status notices are confirmations (MSG602);
newsletters, vouchers and follow-up offers are marketing (MSG601); a stock-out or delay notice is
MSG604; a bonus for a review is MSG501; invoices, review requests and customer-service replies
should get no purpose rule; account mails (password, registration) are not seller messages at all
and are listed for false alarms only. MSG403 findings carry a hand verdict in the manifest
(``spelling-true`` / ``spelling-false``, as line:column), so the spelling precision is computed,
not retyped; ``-v`` shows the flagged words for local inspection (third-party text: do not commit
that output). ``benchmarks/real_templates_results.md`` holds the last committed run.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / "benchmarks" / "real_templates_manifest.toml"
ENV_VAR = "MSGLINT_REAL_TEMPLATES"

PURPOSE_RULES = ("MSG601", "MSG602", "MSG603", "MSG604")
REVIEW_RULES = ("MSG501", "MSG502", "MSG503", "MSG504")
SPELLING = "MSG403"

#: The rule a template of each kind should get (None: no purpose rule should fire).
EXPECTED: dict[str, str | None] = {
    "order-confirmation": "MSG602",
    "shipping-notice": "MSG602",
    "refund-notice": "MSG602",
    "order-status": "MSG602",
    "stock-out": "MSG604",
    "marketing": "MSG601",
    "back-in-stock": "MSG601",
    "review-incentive": "MSG501",
    "review-request": None,
    "invoice": None,
    "customer-service": None,
    "account": None,
}
KIND_ORDER = tuple(EXPECTED)


@dataclass(frozen=True)
class Template:
    repo: str
    commit: str
    path: str
    language: str
    kind: str
    #: For templates whose words live in a translation file (Laravel ``@lang('ns::file.key')``):
    #: that file's path in the same commit; ``extract`` writes the template with the strings in.
    strings: str = ""
    #: MSG403 findings judged by hand, as "line:column": real mistakes and false alarms.
    spelling_true: frozenset[str] = frozenset()
    spelling_false: frozenset[str] = frozenset()

    @property
    def local(self) -> Path:
        """Where ``extract`` puts the file, relative to the template folder."""
        base = Path(self.repo.replace("/", "+"))
        return base / self.language / self.path if self.strings else base / self.path


@dataclass
class Result:
    template: Template
    codes: Counter[str] = field(default_factory=Counter)
    spelling: list[tuple[int, int, str]] = field(default_factory=list)  # line, column, word
    error: str = ""


def load_manifest(path: Path = MANIFEST) -> list[Template]:
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    out = []
    for entry in data.get("template", []):
        t = Template(
            entry["repo"],
            entry["commit"],
            entry["path"],
            entry["language"],
            entry["kind"],
            entry.get("strings", ""),
            frozenset(entry.get("spelling-true", [])),
            frozenset(entry.get("spelling-false", [])),
        )
        if t.kind not in EXPECTED:
            raise ValueError(f"{path}: {t.path}: unknown kind {t.kind!r} (known: {', '.join(KIND_ORDER)})")
        out.append(t)
    return out


def _git_dir(mirrors: Path, repo: str) -> Path | None:
    owner, name = repo.split("/", 1)
    for cand in (
        mirrors / f"{owner}+{name}" / "repo" / ".git",
        mirrors / f"{owner}+{name}" / "repo",
        mirrors / owner / f"{name}.git",
        mirrors / owner / name / ".git",
        mirrors / owner / name,
    ):
        if (cand / "HEAD").is_file():
            return cand
    return None


def extract(templates: list[Template], mirrors: Path, out: Path) -> int:
    """Copy every template out of its local git snapshot (``git show commit:path``); returns misses."""
    missing = 0
    for t in templates:
        gd = _git_dir(mirrors, t.repo)
        if gd is None:
            print(f"no git directory for {t.repo} under {mirrors}", file=sys.stderr)
            missing += 1
            continue
        data = _git_show(gd, t.commit, t.path)
        strings = _git_show(gd, t.commit, t.strings) if t.strings and data is not None else b""
        if data is None or strings is None:
            print(f"{t.repo}@{t.commit[:10]}: {t.path} or {t.strings} is not in the snapshot", file=sys.stderr)
            missing += 1
            continue
        if t.strings:
            data = render_laravel(data.decode("utf-8"), parse_php_array(strings.decode("utf-8"))).encode("utf-8")
        dest = out / t.local
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(data)
    return missing


def _git_show(git_dir: Path, commit: str, path: str) -> bytes | None:
    proc = subprocess.run(
        ["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"], capture_output=True, check=False
    )
    return None if proc.returncode else proc.stdout


# ---- Laravel translation files (Bagisto): the template holds keys, the language file the words ----
_PHP_TOKEN = re.compile(
    r"""'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(=>|\[|\]|,)|//[^\n]*|\#[^\n]*|/\*.*?\*/|\s+|([^\s'"\[\],=]+|=)""",
    re.S,
)


def parse_php_array(source: str) -> dict[str, object]:
    """The array a Laravel language file returns (``return ['a' => ['b' => 'text']];``), as nested
    dicts of strings; enough PHP for translation files, which hold only literals."""
    start = source.index("[", source.index("return"))
    tokens: list[tuple[str, str]] = []
    for m in _PHP_TOKEN.finditer(source, start):
        if m.group(1) is not None:
            tokens.append(("s", re.sub(r"\\(['\\])", r"\1", m.group(1))))
        elif m.group(2) is not None:
            tokens.append(("s", m.group(2).replace('\\"', '"')))
        elif m.group(3):
            tokens.append(("p", m.group(3)))
        elif m.group(4):
            tokens.append(("w", m.group(4)))
    pos = 0

    def value() -> object:
        nonlocal pos
        kind, text = tokens[pos]
        pos += 1
        if (kind, text) != ("p", "["):
            return text
        out: dict[str, object] = {}
        while tokens[pos] != ("p", "]"):
            key = value()
            if tokens[pos] == ("p", "=>"):
                pos += 1
                out[str(key)] = value()
            if tokens[pos] == ("p", ","):
                pos += 1
        pos += 1
        return out

    result = value()
    return result if isinstance(result, dict) else {}


_TRANS_CALL = re.compile(r"(\{\{|\{!!)?\s*(@lang|\btrans|\b__)\(\s*'([\w.:-]+)'")


def render_laravel(template: str, strings: dict[str, object]) -> str:
    """``template`` with every ``@lang('ns::file.a.b', [...])`` / ``{{ trans('...') }}`` replaced by
    its text from ``strings``; the text's ``:name`` parameters become ``{{ $name }}`` placeholders,
    so the result is still a template (the values are not known)."""
    out: list[str] = []
    pos = 0
    for m in _TRANS_CALL.finditer(template):
        if m.start() < pos:
            continue
        node: object = strings
        for part in m.group(3).split("::", 1)[-1].split(".")[1:]:
            node = node.get(part) if isinstance(node, dict) else None
        if not isinstance(node, str):
            continue
        end = _close_paren(template, m.end())
        if end < 0:
            continue
        if m.group(1):
            close = "}}" if m.group(1) == "{{" else "!!}"
            after = template.find(close, end)
            if after < 0 or template[end:after].strip():
                continue  # the call is part of a larger expression: leave it
            end = after + len(close)
        out.append(template[pos : m.start()])
        out.append(re.sub(r":([a-z_]\w*)", r"{{ $\1 }}", node))
        pos = end
    out.append(template[pos:])
    return "".join(out)


def _close_paren(text: str, start: int) -> int:
    """The offset after the parenthesis closing the call whose arguments start at ``start``."""
    depth, i, quote = 1, start, ""
    while i < len(text):
        c = text[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = ""
        elif c in "'\"":
            quote = c
        elif c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1


_QUOTED = re.compile(r"'([^']+)'")


def lint_template(folder: Path, t: Template) -> Result:
    """Lint one template with every rule, in its manifest language; a crash is recorded, not raised."""
    import msglint

    res = Result(t)
    try:
        diags = msglint.lint_file(folder / t.local, language=t.language)
    except Exception as exc:  # noqa: BLE001 - a crash on real input is a finding of this benchmark
        res.error = f"{type(exc).__name__}: {exc}"
        return res
    for d in diags:
        res.codes[d.code] += 1
        if d.code == SPELLING:
            m = _QUOTED.search(d.message)
            res.spelling.append((d.line, d.column, m.group(1) if m else d.message))
    return res


def evaluate(folder: Path, templates: list[Template]) -> list[Result]:
    results = []
    for t in templates:
        if not (folder / t.local).is_file():
            print(f"missing (run extract first): {t.local}", file=sys.stderr)
            continue
        results.append(lint_template(folder, t))
    return results


def _cell(results: list[Result], rule: str) -> str:
    n = sum(1 for r in results if r.codes[rule])
    return f"{n}/{len(results)}" if results else "-"


def render(results: list[Result], verbose: bool = False, per_template: bool = False) -> str:
    """Markdown tables: per kind x language, the share of templates each rule flagged; spelling."""
    langs = sorted({r.template.language for r in results})
    lines = [
        f"{len(results)} templates from {len({r.template.repo for r in results})} repositories, "
        + ", ".join(f"{lg}: {sum(r.template.language == lg for r in results)}" for lg in langs),
        "",
        "Templates flagged by each rule (flagged/templates); 'expected': the rule a template of that kind should get.",
        "",
    ]
    rules = (*PURPOSE_RULES, *REVIEW_RULES)
    lines.append("| kind | lang | expected | " + " | ".join(rules) + " | MSG403 findings | crashes |")
    lines.append("|---" * (len(rules) + 5) + "|")
    by: dict[tuple[str, str], list[Result]] = defaultdict(list)
    for r in results:
        by[(r.template.kind, r.template.language)].append(r)
    for kind in KIND_ORDER:
        for lg in [*langs, "all"]:
            group = [r for r in results if r.template.kind == kind] if lg == "all" else by.get((kind, lg), [])
            if not group:
                continue
            row = [kind, lg, EXPECTED[kind] or "none"]
            row += [_cell(group, rule) for rule in rules]
            row += [str(sum(len(r.spelling) for r in group)), str(sum(1 for r in group if r.error))]
            lines.append("| " + " | ".join(row) + " |")
    # Recall of the expected rule and false alarms of the purpose rules, per language.
    lines += [
        "",
        "| lang | expected rule caught | purpose rules on kinds that expect none or another |",
        "|---|---|---|",
    ]
    for lg in [*langs, "all"]:
        group = [r for r in results if lg in ("all", r.template.language)]
        want = [r for r in group if EXPECTED[r.template.kind]]
        hit = sum(1 for r in want if r.codes[EXPECTED[r.template.kind] or ""])
        wrong = sum(1 for r in group for rule in PURPOSE_RULES if r.codes[rule] and rule != EXPECTED[r.template.kind])
        lines.append(f"| {lg} | {hit}/{len(want)} | {wrong} |")
    lines += ["", *_spelling_table(results, langs)]
    crashes = [r for r in results if r.error]
    if crashes:
        lines += ["", f"crashes: {len(crashes)}"] + [f"- {r.template.local}: {r.error}" for r in crashes]
    if verbose or per_template:
        lines += ["", "Per template: kind/language, the purpose, review and spelling rules it got:", ""]
        for r in results:
            got = " ".join(f"{c}x{n}" if n > 1 else c for c, n in sorted(r.codes.items()) if c in (*rules, SPELLING))
            # -v adds the flagged words (third-party text: for local inspection, not for committing)
            words = ", ".join(f"{w} ({_verdict(r, ln, col)})" for ln, col, w in r.spelling) if verbose else ""
            lines.append(
                f"- `{r.template.local}` {r.template.kind}/{r.template.language}: {got or '-'} {words}".rstrip()
            )
    return "\n".join(lines)


def _verdict(r: Result, line: int, column: int) -> str:
    pos = f"{line}:{column}"
    return "true" if pos in r.template.spelling_true else "false" if pos in r.template.spelling_false else "unjudged"


def _spelling_table(results: list[Result], langs: list[str]) -> list[str]:
    """MSG403 findings per language, split by the manifest's hand verdicts (``spelling-true`` /
    ``spelling-false``); precision over the judged ones."""
    out = [
        "MSG403 findings, judged by hand in the manifest (real mistake / false alarm / not judged):",
        "",
        "| lang | findings | real | false | not judged | precision |",
        "|---|---|---|---|---|---|",
    ]
    for lg in [*langs, "all"]:
        counts: Counter[str] = Counter(
            _verdict(r, line, col) for r in results if lg in ("all", r.template.language) for line, col, _ in r.spelling
        )
        n = sum(counts.values())
        if not n:
            continue
        judged = counts["true"] + counts["false"]
        prec = f"{counts['true'] / judged:.2f}" if judged else "-"
        out.append(f"| {lg} | {n} | {counts['true']} | {counts['false']} | {counts['unjudged']} | {prec} |")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--manifest", type=Path, default=MANIFEST)
    sub = ap.add_subparsers(dest="cmd", required=True)
    ex = sub.add_parser("extract", help="copy the templates out of local git snapshots")
    ex.add_argument("--mirrors", type=Path, required=True, help="folder of git directories (owner+name/repo ...)")
    ex.add_argument("--out", type=Path, default=os.environ.get(ENV_VAR), help=f"template folder (default: ${ENV_VAR})")
    run = sub.add_parser("run", help="lint the extracted templates and print the tables")
    run.add_argument("--templates", type=Path, default=os.environ.get(ENV_VAR), help=f"default: ${ENV_VAR}")
    run.add_argument("-v", "--verbose", action="store_true", help="one line per template, with MSG403 words")
    run.add_argument("--per-template", action="store_true", help="one line per template, rule codes only")
    run.add_argument("--json", type=Path, help="write every template's rule counts and spelling findings here")
    run.add_argument("--language", help="only templates in this language")
    args = ap.parse_args(argv)
    templates = load_manifest(args.manifest)
    if args.cmd == "extract":
        if args.out is None:
            ap.error(f"give --out or set ${ENV_VAR}")
        missing = extract(templates, args.mirrors, args.out)
        print(f"{len(templates) - missing} of {len(templates)} templates written to {args.out}")
        return 1 if missing else 0
    if args.templates is None:
        ap.error(f"give --templates or set ${ENV_VAR}")
    if args.language:
        templates = [t for t in templates if t.language == args.language]
    results = evaluate(args.templates, templates)
    print(render(results, args.verbose, args.per_template))
    if args.json:
        args.json.write_text(
            json.dumps(
                [
                    {
                        "repo": r.template.repo,
                        "path": r.template.path,
                        "language": r.template.language,
                        "kind": r.template.kind,
                        "codes": dict(r.codes),
                        "spelling": r.spelling,
                        "error": r.error,
                    }
                    for r in results
                ],
                indent=1,
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
