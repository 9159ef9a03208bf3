"""Timings of the language helpers (MSG402-MSG405): detection and the spelling word lists.

    python benchmarks/language_bench.py [FOLDER]     # default: fixtures/wording

Prints the cost of importing msglint.text.language, of the first langdetect call (import and
profile loading), detection per message by method, how often the stop-word pre-classifier
agrees with langdetect, and each word list's load time built from the packages (cold) and
read back from the disk cache (warm).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(folder: str) -> None:
    t = time.perf_counter()
    import msglint.text.language as lang_mod
    from msglint.model.document import parse
    from msglint.run.files import iter_files

    print(f"import msglint.text.language: {(time.perf_counter() - t) * 1000:.1f} ms")
    t = time.perf_counter()
    lang_mod._by_langdetect("necesitamos el texto del grabado para su anillo")
    print(
        f"first langdetect call (import + {len(lang_mod.detectable())} profiles): "
        f"{(time.perf_counter() - t) * 1000:.0f} ms"
    )

    docs = [parse(Path(f).read_text(encoding="utf-8", errors="replace"), f) for f in iter_files([folder])]
    by_method: dict[str, list[float]] = {}
    agree = disagree = 0
    for doc in docs:
        t = time.perf_counter()
        found = lang_mod.detection(doc, {})
        by_method.setdefault(found.method, []).append((time.perf_counter() - t) * 1000)
        if found.method == "stopwords":
            probs = lang_mod._by_langdetect(" ".join(lang_mod.message_words(doc)))
            if probs and probs[0][0] == found.language:
                agree += 1
            else:
                disagree += 1
                print(f"  stop words and langdetect disagree on {doc.path}: {found.language} / {probs[:2]}")
    print(f"detection over {len(docs)} messages of {folder}:")
    for method, times in sorted(by_method.items()):
        print(f"  {method:<10} n={len(times):<5} median {statistics.median(times):.2f} ms  max {max(times):.2f} ms")
    print(f"stop-word decisions: {agree} agree with langdetect, {disagree} disagree")

    from msglint.text import hunspell
    from msglint.text.language import language_info

    for lang, info in language_info().items():
        for name in hunspell.dictionary_names(info):
            with tempfile.TemporaryDirectory() as tmp:
                t = time.process_time()
                hunspell.dictionary_folder(name, tmp)
                cold = time.process_time() - t
                t = time.process_time()
                hunspell.dictionary_folder(name, tmp)
                hunspell.load(name, tmp).spell("the")  # Hunspell reads the files on first use
                warm = time.process_time() - t
                hunspell.load.cache_clear()
            print(f"dictionary {lang} {name}: unpacked {cold * 1000:.0f} ms, validated + loaded {warm * 1000:.0f} ms")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "fixtures" / "wording"))
