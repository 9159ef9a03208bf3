"""How fast is MSG403 spelling, and did an optimisation change any result?

Lints the wording fixtures (``fixtures/wording/**``) and the first files of the benchmark corpus
with only MSG403 selected. Prints the CPU time per file of the whole lint and of the spelling
check itself (without the language detection it shares with other rules), and a hash of every
diagnostic (path, line, column, message), so that a faster version can be checked to give
exactly the same output.

    python benchmarks/spelling_bench.py                     # 500 corpus files, 3 rounds
    python benchmarks/spelling_bench.py --save base.json    # write the diagnostics
    python benchmarks/spelling_bench.py --compare base.json # fail if any diagnostic differs

Timings exclude the first round's word-list loading (reported separately as "first round").
The comparison also lints with other ``max-unknown-share`` thresholds (0.02 up to "report every unknown
word"): MSG403 rarely fires on the corpus, and these expose every unknown word and every change
in the count of checked words that decides the threshold.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.core.diagnostics import Finding
    from msglint.model.document import Document


#: max-unknown-share values of the comparison run (1e9: every unknown word is reported).
SHARES = (0.02, 0.05, 0.1, 0.15, 0.35, 0.5, 1e9)


def files(limit: int) -> list[str]:
    from make_corpus import DEFAULT_OUT, make_corpus

    from msglint.run.files import iter_files

    if not (DEFAULT_OUT / "MANIFEST.json").exists():
        make_corpus(DEFAULT_OUT)
    # the held-back holdout/ split is never read (only the lead evaluates it)
    wording = [p for p in iter_files([str(ROOT / "fixtures" / "wording")]) if "holdout" not in Path(p).parts]
    corpus = list(iter_files([str(DEFAULT_OUT)]))[:limit]
    return wording + corpus


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=500, help="corpus files (default 500)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--save", help="write the diagnostics to this JSON file")
    ap.add_argument("--compare", help="compare the diagnostics with this JSON file")
    args = ap.parse_args()

    import msglint.checks.msg4_language.spelling as wording
    from msglint.core.config import Config
    from msglint.engine.linter import Linter
    from msglint.text.language import message_language

    spent = [0.0]
    inner = wording.spelling

    def timed(doc: Document, ctx: Context) -> Iterator[Finding]:
        message_language(doc, ctx.cache, ctx.languages)  # detection (memoised) is not spelling's time
        t0 = time.process_time()
        out = list(inner(doc, ctx))
        spent[0] += time.process_time() - t0
        return iter(out)

    wording.spelling = timed
    paths = files(args.limit)
    linter = Linter(Config(select=("MSG403",)))
    lint: Callable[[str], Any] = linter.lint_file

    results: list[tuple[str, int, int, str]] = []
    totals: list[float] = []
    inners: list[float] = []
    for r in range(args.rounds):
        spent[0] = 0.0
        t0 = time.process_time()
        out = []
        for p in paths:
            for d in lint(p):
                out.append((str(Path(p).resolve().relative_to(ROOT)), d.line, d.column, d.message))
        totals.append(time.process_time() - t0)
        inners.append(spent[0])
        if r == 0:
            results = out
        elif out != results:
            print("results differ between rounds", file=sys.stderr)
            return 1
    n = len(paths)
    digest = hashlib.sha256(json.dumps(results, ensure_ascii=False).encode()).hexdigest()[:16]
    print(f"{n} files ({n - args.limit if n > args.limit else 0} fixtures), {len(results)} diagnostics, hash {digest}")
    print(
        f"  first round (loads dictionaries): lint {totals[0] / n * 1000:6.2f} ms/file, "
        f"spelling {inners[0] / n * 1000:6.2f} ms/file"
    )
    if args.rounds > 1:
        best_t, best_i = min(totals[1:]), min(inners[1:])
        print(
            f"  best later round:               lint {best_t / n * 1000:6.2f} ms/file, "
            f"spelling {best_i / n * 1000:6.2f} ms/file"
        )
    if args.save or args.compare:
        for share in SHARES:
            linter.rules["MSG403"].data["max-unknown-share"] = share
            for p in paths:
                for d in lint(p):
                    where = f"{share}:" + str(Path(p).resolve().relative_to(ROOT))
                    results.append((where, d.line, d.column, d.message))
        digest = hashlib.sha256(json.dumps(results, ensure_ascii=False).encode()).hexdigest()[:16]
        print(f"  with thresholds {SHARES}: {len(results)} diagnostics, hash {digest}")
    if args.save:
        Path(args.save).write_text(json.dumps(results, ensure_ascii=False, indent=0), encoding="utf-8")
    if args.compare:
        base = [tuple(x) for x in json.loads(Path(args.compare).read_text(encoding="utf-8"))]
        if base != results:
            missing = [x for x in base if x not in results][:5]
            extra = [x for x in results if x not in base][:5]
            print(f"DIFFERENT from {args.compare}: missing {missing}, extra {extra}", file=sys.stderr)
            return 1
        print(f"  identical to {args.compare}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
