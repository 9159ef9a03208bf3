"""How msglint's time grows with the input: 10 KB -> 100 KB -> 1 MB for every fuzz input family.

    python benchmarks/scaling.py                 # every family, lint and --fix, prints a table
    python benchmarks/scaling.py --family css --sizes 10000,100000,1000000,4000000

Inputs come from the seeded generators of ``tests/fuzz/generators.py``: generated inputs of a
family are joined until the size is reached (bytes families as bytes; the ``encodings`` family
is encoded once, as a whole). Times are CPU seconds of one in-process run after a warm-up (the
best of ``--repeat``): linear growth means about 10x per step. ``fix`` is ``msglint.fix`` on the
same text (mails are never fixed).
"""

from __future__ import annotations

import argparse
import codecs
import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "fuzz"))
from generators import FAMILIES, generate  # noqa: E402

import msglint  # noqa: E402


def build(family: str, size: int, seed: int = 0) -> tuple[str | bytes, str]:
    """An input of ``family`` of about ``size`` bytes, and its file name."""
    base = "languages" if family == "encodings" else family
    first = generate(base, seed)
    if family == "fixture_mutation":
        first = generate("languages", seed)  # a text input, named like a text file
    parts: list[str | bytes] = []
    total = 0
    k = seed
    while total < size:
        case = generate(base, k)
        k += 1
        src = case.source
        if family == "fixture_mutation" and isinstance(src, bytes):  # joined as text: MSG001 alone says nothing
            src = src.decode("utf-8", "replace").replace("\x00", "")
        if isinstance(first.source, str) and isinstance(src, bytes):
            src = src.decode("utf-8", "replace")
        elif isinstance(first.source, bytes) and isinstance(src, str):
            src = src.encode("utf-8", "surrogatepass")
        parts.append(src)
        total += len(src) if isinstance(src, bytes) else len(src.encode("utf-8", "surrogatepass"))
    if isinstance(first.source, bytes):
        data = b"".join(p for p in parts if isinstance(p, bytes))[:size]
        return data, first.filename
    text = "".join(p for p in parts if isinstance(p, str))
    text = text.encode("utf-8", "surrogatepass")[:size].decode("utf-8", "ignore")
    if family == "encodings":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le", "surrogatepass"), "fuzz.html"
    return text, first.filename


def cpu(fn: object, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        t0 = time.process_time()
        fn()  # type: ignore[operator]
        best = min(best, time.process_time() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--family", action="append", choices=sorted(FAMILIES))
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--no-fix", action="store_true")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    msglint.lint("<p>warm up \U0001f600 123-1234567-1234567 Hello, thank you for your order.</p>", filename="w.html")
    head = "| family | " + " | ".join(f"lint {s // 1000} kB" for s in sizes) + " | growth per 10x |"
    if not args.no_fix:
        head += " " + " | ".join(f"fix {s // 1000} kB" for s in sizes) + " |"
    print(head)
    print("|" + "---|" * (head.count("|") - 1))
    for family in args.family or list(FAMILIES):
        lint_t, fix_t = [], []
        for size in sizes:
            source, name = build(family, size)
            mp = "amazon.de" if family == "mail" else None  # a mail to no buyer alias is not linted
            msglint.lint(source, filename=name, marketplace=mp)  # loads what it needs (dictionaries...)
            lint_t.append(cpu(lambda s=source, n=name, m=mp: msglint.lint(s, filename=n, marketplace=m), args.repeat))
            if not args.no_fix:
                text = source if isinstance(source, str) else None
                if text is None:
                    try:
                        from msglint.model.decode import decode_bytes

                        text = decode_bytes(source).text
                    except Exception:  # noqa: BLE001 - binary: nothing to fix
                        text = None
                fix_t.append(
                    cpu(lambda t=text, n=name: msglint.fix(t, filename=n), 1) if text is not None else float("nan")
                )
        growth = " / ".join(f"{b / a:.1f}x" if a > 0.0005 else "-" for a, b in zip(lint_t, lint_t[1:], strict=False))
        row = f"| {family} | " + " | ".join(f"{t:.3f} s" for t in lint_t) + f" | {growth} |"
        if not args.no_fix:
            row += " " + " | ".join(f"{t:.3f} s" for t in fix_t) + " |"
        print(row, flush=True)


if __name__ == "__main__":
    main()
