"""CPU of the wording rules (MSG501-MSG504, MSG601-MSG604) per file, on the generated corpus.

Replicates ``Linter.lint_document`` for those rules only: each file is decoded and parsed first
(not timed), the language is detected first (not timed: MSG402 pays it in a full run), then the
eight checks run in code order sharing one cache, as in the engine; the figure is their summed
CPU time (``time.process_time``), per file, best of ``--repeat`` passes. The first wording rule
that runs pays the shared work (the concept annotation), so per-rule figures are indicative and
the family total is the fair one.

    python benchmarks/wording_bench.py --count 1000        # corpus of 1000 files (built if missing)
    PYTHONPATH=/path/to/other/checkout python benchmarks/wording_bench.py   # compare two versions
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_corpus import make_corpus  # noqa: E402

CODES = ("MSG501", "MSG502", "MSG503", "MSG504", "MSG601", "MSG602", "MSG603", "MSG604")


def _context(linter: Any, code: str, cache: dict[str, Any]) -> Any:
    """The Context the engine builds for rule ``code`` (older versions: rule, config, cache)."""
    from msglint.engine.linter import Context

    packs = getattr(linter, "packs", None)
    if packs is None:
        return Context(linter.rules[code], linter.config, cache)
    return Context(linter.rules[code], linter.config, cache, linter.notes, linter.settings.get(code), packs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=1000, help="corpus size (a separate corpus folder per size)")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    folder = make_corpus(HERE / f"corpus-{args.count}", count=args.count)

    import msglint
    from msglint.engine.linter import Linter, _buyer_languages
    from msglint.model.decode import DecodeError, decode_bytes
    from msglint.run.files import iter_files
    from msglint.text.language import detected_language

    linter = Linter()
    docs = []
    for f in iter_files([str(folder)]):
        try:
            text = decode_bytes(Path(f).read_bytes()).text
        except DecodeError:
            continue
        docs.append(linter.parse(text, f))
    best: dict[str, float] | None = None
    for _ in range(args.repeat):
        cost: dict[str, float] = defaultdict(float)
        found: dict[str, int] = defaultdict(int)
        for doc in docs:
            packs = getattr(linter, "packs", None)
            if packs is not None:
                marketplace, langs = _buyer_languages(doc, linter.config, packs)
            else:  # an older msglint (comparing versions)
                marketplace, langs = _buyer_languages(doc, linter.config)  # type: ignore[call-arg,unused-ignore]
            cache = {"marketplace": marketplace, "languages": langs}
            ctx = _context(linter, "MSG402", cache)
            with contextlib.suppress(Exception):  # a hint only, as in the rules
                detected_language(doc, ctx)
            for code in CODES:
                t0 = time.process_time()
                findings = list(linter.check_for(code)(doc, _context(linter, code, cache)))
                cost[code] += time.process_time() - t0
                found[code] += len(findings)
        cost["total"] = sum(cost[c] for c in CODES)
        if best is None or cost["total"] < best["total"]:
            best = dict(cost)
            best_found = dict(found)
    assert best is not None
    n = len(docs)
    print(f"msglint {msglint.__file__}: {n} files, CPU per file (best of {args.repeat})")
    for code in CODES:
        print(f"  {code:<8} {1e6 * best[code] / n:8.1f} us/file  {best_found[code]:6d} findings")
    print(f"  {'MSG5+6':<8} {1e6 * best['total'] / n:8.1f} us/file")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
