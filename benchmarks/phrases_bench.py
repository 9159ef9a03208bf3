"""How fast is the phrase engine (msglint/phrases.py)? Figures only, no assertions.

Lints ``fixtures/wording/**`` and the first files of ``benchmarks/corpus/`` with only the
phrase-based rule families selected (MSG2, MSG4-MSG7), in-process (ms/file, warm: compiled
sections cached), plus the cold-start wall time of ``msglint check small.html`` in a subprocess
(median of 7): compiling phrase sections is a per-process cost a pre-commit hook pays each time.

    python benchmarks/phrases_bench.py               # 500 corpus files
    python benchmarks/phrases_bench.py --limit 100
    python benchmarks/phrases_bench.py --dump out.tsv   # diagnostics, to compare two versions
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from make_corpus import DEFAULT_OUT, make_corpus  # noqa: E402

CONFIG = {"select": ["MSG2", "MSG4", "MSG5", "MSG6", "MSG7"]}
SMALL = "<p>Your order 123-1234567-1234567: please send us the engraving text for the ring.</p>\n"


def files(limit: int) -> tuple[list[str], list[str]]:
    """(wording fixtures, the first ``limit`` corpus files), building the corpus if missing."""
    from msglint.run.files import iter_files

    if not DEFAULT_OUT.is_dir() or not any(DEFAULT_OUT.iterdir()):
        make_corpus(DEFAULT_OUT)
    wording = sorted(iter_files([str(ROOT / "fixtures" / "wording")]))
    corpus = list(iter_files([str(DEFAULT_OUT)]))[:limit]
    return wording, corpus


def lint_all(paths: list[str]) -> tuple[float, list[tuple[str, int, int, str, str]]]:
    """Seconds to lint ``paths`` (one Linter) and the diagnostics (path, line, col, code, message)."""
    from msglint.core.config import from_mapping
    from msglint.engine.linter import Linter

    linter = Linter(from_mapping(dict(CONFIG)))
    out: list[tuple[str, int, int, str, str]] = []
    t0 = time.perf_counter()
    for p in paths:
        for d in linter.lint_file(p):
            out.append((str(d.path), d.line, d.column, d.code, d.message))
    return time.perf_counter() - t0, out


def cold_start(runs: int = 7) -> float:
    """Median wall seconds of ``msglint check small.html`` in a fresh interpreter."""
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "small.html"
        small.write_text(SMALL, encoding="utf-8")
        exe = shutil.which("msglint") or str(Path(sys.executable).parent / "msglint")
        cmd = [exe] if Path(exe).exists() else [sys.executable, "-m", "msglint"]
        cmd += ["check", str(small)]
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            subprocess.run(cmd, capture_output=True, cwd=tmp, check=False)
            times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=500, help="corpus files (default 500)")
    ap.add_argument("--dump", help="write the diagnostics (TSV) to this file")
    ap.add_argument("--runs", type=int, default=7, help="cold-start runs (default 7)")
    args = ap.parse_args()
    wording, corpus = files(args.limit)
    first, diags_w = lint_all(wording)  # cold in-process: includes compiling the sections
    warm_w, diags_w2 = lint_all(wording)
    warm_c, diags_c = lint_all(corpus)
    assert diags_w == diags_w2
    print(
        f"fixtures/wording: {len(wording)} files, first pass {first * 1000 / len(wording):.2f} ms/file "
        f"(incl. compiling), warm {warm_w * 1000 / len(wording):.2f} ms/file, {len(diags_w)} diagnostics"
    )
    print(f"corpus: {len(corpus)} files, warm {warm_c * 1000 / len(corpus):.2f} ms/file, {len(diags_c)} diagnostics")
    print(f"cold start, msglint check small.html: median {cold_start(args.runs) * 1000:.0f} ms wall")
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as fh:
            for row in diags_w + diags_c:
                fh.write("\t".join(map(str, row)) + "\n")


if __name__ == "__main__":
    main()
