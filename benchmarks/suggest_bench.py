"""MSG403's suggestions: how often the meant word is among them, and what they cost.

For every seeded typo of ``fixtures/spelling/seeded.toml`` (pairs [right, typo] per language),
compares msglint's suggestions (accents put back, then known words one edit away:
``Speller.suggestions``) with Hunspell's own ``suggest`` (what msglint used until the sixth
session) after the same accent step. Prints, per language, how many typos get the right word
among the first three, and the CPU milliseconds per typo (mean and worst), each dictionary
loaded before timing.

    python benchmarks/suggest_bench.py
"""

from __future__ import annotations

import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from msglint.text.spelling import SUGGEST_MAX_LENGTH, Speller  # noqa: E402


def hunspell_way(sp: Speller, typo: str, limit: int = 3) -> list[str]:
    """The suggestions as msglint made them before: accents first, then Hunspell's suggest."""
    found = sp._accented(typo, limit)
    if not found and len(typo) <= SUGGEST_MAX_LENGTH:
        for h in sp.checkers:
            if len(found) >= limit:
                break
            for s in h.suggest(typo):
                if " " in s or ("-" in s and "-" not in typo) or s == typo or s in found:
                    continue
                found.append(s)
    return found[:limit]


def main() -> int:
    seeded = tomllib.loads((ROOT / "fixtures" / "spelling" / "seeded.toml").read_text(encoding="utf-8"))
    print("| lang | typos | right word in top 3: one edit | Hunspell | ms/typo one edit (mean / max) | Hunspell |")
    print("|---|---|---|---|---|---|")
    totals = [0, 0, 0]
    for lang, entry in seeded.items():
        pairs = [(r, t) for r, t in entry["pairs"]]
        rows: dict[str, tuple[int, list[float]]] = {}
        for way in ("one-edit", "hunspell"):
            sp = Speller(lang)
            if not sp.available:
                break
            sp.known(pairs[0][0])
            for h in sp.checkers:  # load every dictionary before timing
                h.spell("x")
                h.suggest("xx")
            hits, times = 0, []
            for right, typo in pairs:
                t = time.process_time()
                got = sp.suggestions(typo) if way == "one-edit" else hunspell_way(sp, typo)
                times.append((time.process_time() - t) * 1000)
                hits += right in got
            rows[way] = (hits, times)
        if len(rows) < 2:
            continue
        (h1, t1), (h2, t2) = rows["one-edit"], rows["hunspell"]
        totals[0] += len(pairs)
        totals[1] += h1
        totals[2] += h2
        print(
            f"| {lang} | {len(pairs)} | {h1} | {h2} | {sum(t1) / len(t1):.1f} / {max(t1):.0f} "
            f"| {sum(t2) / len(t2):.1f} / {max(t2):.0f} |"
        )
    print(f"| all | {totals[0]} | {totals[1]} | {totals[2]} | | |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
