"""Precision and recall of MSG403 spelling, its CPU time per file and the install size of its data.

Two labelled sources:

* ``fixtures/spelling/<lang>/labels.toml``: seller messages (product names, compounds, brands,
  template syntax, signatures) labelled with the exact words that must be flagged::

      ["accents-informacion.txt"]
      misspelled = ["informacion", "telefono"]     # [] = compliant

  A flagged word is a true positive when the file's label lists it (as many times as listed),
  otherwise a false positive; a listed word not flagged is a false negative.
* ``fixtures/wording/<lang>/tune/``: the wording rules' tuning messages, none labelled MSG403,
  so every MSG403 finding there is a false alarm. (``holdout/`` is never read.)

Each file is linted with only MSG403 selected and ``language = <lang>``.

    python benchmarks/spelling_eval.py           # the tables
    python benchmarks/spelling_eval.py -v        # also every false alarm and miss
    python benchmarks/spelling_eval.py --dictionary pl=pl --dictionary sv=sv   # try a dictionary
                                                 # for a language that has none in languages.toml

Figures: word precision/recall per language on the spelling set; on the tune messages the share
of messages with no false alarm ("clean") and the count of false words; combined precision =
true positives / (all words flagged on both sources); CPU per file of MSG403 (a lint with MSG403
minus the same lint with MSG001 only, dictionaries already loaded; their loading is reported
apart); install size of the packages and data only spelling needs.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPELLING_DIR = ROOT / "fixtures" / "spelling"
WORDING_DIR = ROOT / "fixtures" / "wording"
#: Distributions that only MSG403 needs (before: pyspellchecker + wordfreq; after: chunspell).
SPELLING_DISTS = ("pyspellchecker", "wordfreq", "chunspell")


@dataclass
class Case:
    language: str
    path: Path
    expect: list[str] | None  # None: a tune message (no MSG403 expected, words unknown)
    source: str


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    files: int = 0
    clean: int = 0  # files with no false alarm
    false_words: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.files += other.files
        self.clean += other.clean
        self.false_words += other.false_words
        self.missed += other.missed


def load_spelling(root: Path = SPELLING_DIR) -> list[Case]:
    cases: list[Case] = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        with (folder / "labels.toml").open("rb") as fh:
            labels = tomllib.load(fh)
        for name, entry in sorted(labels.items()):
            path = folder / name
            if not path.is_file():
                raise FileNotFoundError(f"{folder}/labels.toml names a missing file: {name}")
            cases.append(Case(folder.name, path, list(entry["misspelled"]), "spelling"))
    return cases


def load_tune(root: Path = WORDING_DIR) -> list[Case]:
    """The tune split of the wording sets (every file: none is labelled MSG403)."""
    cases: list[Case] = []
    for lang in sorted(p for p in root.iterdir() if p.is_dir()):
        folder = lang / "tune"
        if not folder.is_dir():
            continue
        names: set[str] = set()
        for labels in sorted(folder.glob("labels*.toml")):
            with labels.open("rb") as fh:
                data = tomllib.load(fh)
            for name, entry in data.items():
                if "MSG403" in (entry.get("expect", []) if isinstance(entry, dict) else []):
                    continue  # labelled with a misspelling: not a compliant message for spelling
                names.add(name)
        cases.extend(Case(lang.name, folder / n, None, "tune") for n in sorted(names))
    return cases


def flagged_words(case: Case, select: str = "MSG403") -> list[str]:
    import msglint
    from msglint.model.decode import decode_bytes

    raw = case.path.read_bytes()
    diags = msglint.lint(raw, filename=str(case.path), config={"language": case.language, "select": [select]})
    text = decode_bytes(raw).text
    return [text[d.start : d.end] for d in diags if d.code == "MSG403"]


def score(case: Case, got: list[str]) -> Tally:
    t = Tally(files=1)
    if case.expect is None:
        t.fp = len(got)
        t.false_words = [f"{case.path.name}: {w}" for w in got]
    else:
        want = Counter(case.expect)
        # an elided article is part of the flagged token (l'addresse): the label names the word
        have = Counter(_labelled_as(w, want) for w in got)
        t.tp = sum((want & have).values())
        t.fp = sum((have - want).values())
        t.fn = sum((want - have).values())
        t.false_words = [f"{case.path.name}: {w}" for w in (have - want).elements()]
        t.missed = [f"{case.path.name}: {w}" for w in (want - have).elements()]
    t.clean = int(t.fp == 0)
    return t


def _labelled_as(word: str, labels: Counter[str]) -> str:
    if word in labels:
        return word
    tail = word.replace("’", "'").rsplit("'", 1)[-1]
    return tail if tail in labels else word


def first_use(cases: list[Case]) -> dict[str, float]:
    """CPU ms of the first MSG403 lint per language (loading its dictionaries), in a fresh process."""
    import msglint

    msglint.lint("Hello", filename="x.txt", config={"select": ["MSG001"]})  # imports, packs
    loads: dict[str, float] = {}
    for case in cases:
        if case.language not in loads:
            raw = case.path.read_bytes()
            t0 = time.process_time()
            msglint.lint(raw, filename=str(case.path), config={"language": case.language, "select": ["MSG403"]})
            loads[case.language] = (time.process_time() - t0) * 1000
    return loads


def corpus_cases(limit: int) -> list[Case]:
    """The first ``limit`` files of the benchmark corpus (benchmarks/make_corpus.py), language detected."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from make_corpus import DEFAULT_OUT, make_corpus

    from msglint.run.files import iter_files

    if not (DEFAULT_OUT / "MANIFEST.json").exists():
        make_corpus(DEFAULT_OUT)
    return [Case("", Path(p), None, "corpus") for p in list(iter_files([str(DEFAULT_OUT)]))[:limit]]


def cpu_per_file(cases: list[Case]) -> tuple[float, float]:
    """(MSG403 ms per file, MSG001-only ms per file), dictionaries already loaded."""
    import msglint

    datas = [(c, c.path.read_bytes()) for c in cases]

    def run(select: str) -> float:
        t0 = time.process_time()
        for c, raw in datas:
            config: dict[str, object] = {"select": [select]}
            if c.language:
                config["language"] = c.language
            msglint.lint(raw, filename=str(c.path), config=config)
        return (time.process_time() - t0) * 1000 / len(datas)

    base = min(run("MSG001") for _ in range(3))
    spell = min(run("MSG403") for _ in range(3))
    return spell - base, base


def _dist_files_size(dist_name: str) -> tuple[int, list[str]]:
    """Installed bytes of one distribution (its RECORD) and the names it requires."""
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        dist = distribution(dist_name)
    except PackageNotFoundError:
        return 0, []
    size = 0
    for f in dist.files or ():
        with contextlib.suppress(OSError):
            size += os.path.getsize(dist.locate_file(f))
    from packaging.requirements import Requirement

    reqs = []
    for r in dist.requires or ():
        req = Requirement(r)
        if req.marker is None or req.marker.evaluate({"extra": ""}):
            reqs.append(req.name)
    return size, reqs


def _closure(names: list[str]) -> set[str]:
    seen: set[str] = set()
    todo = [n.lower().replace("_", "-") for n in names]
    while todo:
        n = todo.pop()
        if n in seen:
            continue
        size, reqs = _dist_files_size(n)
        if size == 0:
            continue
        seen.add(n)
        todo.extend(r.lower().replace("_", "-") for r in reqs)
    return seen


def install_size() -> tuple[int, dict[str, int]]:
    """Bytes installed only for spelling: the spelling packages and the dependencies only they pull
    in, plus the dictionary files msglint ships (``rules/dictionaries``)."""
    _, msglint_reqs = _dist_files_size("msglint")
    spelling = [r for r in msglint_reqs if r.lower() in SPELLING_DISTS]
    others = [r for r in msglint_reqs if r.lower() not in SPELLING_DISTS]
    only = _closure(spelling) - _closure(others)
    sizes = {n: _dist_files_size(n)[0] for n in sorted(only)}
    data = ROOT / "rules" / "dictionaries"
    if data.is_dir():
        sizes["msglint dictionaries (rules/dictionaries)"] = sum(p.stat().st_size for p in data.iterdir())
    return sum(sizes.values()), sizes


def _fmt(num: int, den: int) -> str:
    return f"{num / den:.2f}" if den else "   -"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list every false alarm and miss")
    ap.add_argument("--no-cpu", action="store_true", help="skip the CPU measurement")
    ap.add_argument(
        "--corpus", type=int, default=0, metavar="N", help="CPU per file on the first N files of the benchmark corpus"
    )
    ap.add_argument(
        "--dictionary",
        action="append",
        default=[],
        metavar="LANG=DICT",
        help="use dictionary DICT for LANG (a language languages.toml has none for)",
    )
    args = ap.parse_args(argv)
    if args.dictionary:
        from msglint.text.language import language_info

        info = language_info()
        for item in args.dictionary:
            lang, _, dic = item.partition("=")
            info.setdefault(lang, {})["dictionary"] = dic or lang

    spelling = load_spelling()
    tune = load_tune()
    loads = {} if args.no_cpu else first_use(spelling)
    per_lang: dict[tuple[str, str], Tally] = defaultdict(Tally)
    compliant = clean = 0
    for case in spelling + tune:
        tally = score(case, flagged_words(case))
        per_lang[(case.source, case.language)].add(tally)
        if case.expect == []:
            compliant += 1
            clean += tally.clean

    langs = sorted({lang for _, lang in per_lang})
    print(f"{len(spelling)} labelled spelling messages, {len(tune)} tune messages (compliant for MSG403)\n")
    head = f"{'lang':<6}{'spelling set: P':>16}{'R':>6}{'tp/fp/fn':>11}"
    print(f"{head}   {'tune: clean':>12}{'false':>7}   {'combined P':>10}")
    total_s, total_t = Tally(), Tally()
    for lang in langs:
        s = per_lang.get(("spelling", lang), Tally())
        t = per_lang.get(("tune", lang), Tally())
        total_s.add(s)
        total_t.add(t)
        sp = (
            f"{_fmt(s.tp, s.tp + s.fp):>16}{_fmt(s.tp, s.tp + s.fn):>6}{f'{s.tp}/{s.fp}/{s.fn}':>11}"
            if s.files
            else " " * 33
        )
        tn = f"{f'{t.clean}/{t.files}':>12}{t.fp:>7}" if t.files else " " * 19
        print(f"{lang:<6}{sp}   {tn}   {_fmt(s.tp, s.tp + s.fp + t.fp):>10}")
    s, t = total_s, total_t
    print(
        f"{'all':<6}{_fmt(s.tp, s.tp + s.fp):>16}{_fmt(s.tp, s.tp + s.fn):>6}{f'{s.tp}/{s.fp}/{s.fn}':>11}   "
        f"{f'{t.clean}/{t.files}':>12}{t.fp:>7}   {_fmt(s.tp, s.tp + s.fp + t.fp):>10}"
    )
    print(f"\ncompliant spelling-set messages with no false alarm: {clean}/{compliant}")

    if args.verbose:
        for (source, lang), tally in sorted(per_lang.items()):
            for w in tally.false_words:
                print(f"  false alarm  {source}/{lang}/{w}")
            for w in tally.missed:
                print(f"  missed       {source}/{lang}/{w}")

    if not args.no_cpu:
        cases = spelling + [c for c in tune if c.language in {x.language for x in spelling}]
        spell, base = cpu_per_file(cases)
        if args.corpus:
            corpus = corpus_cases(args.corpus)
            cspell, cbase = cpu_per_file(corpus)
            print(
                f"\nCPU per file on {len(corpus)} corpus files, MSG403 alone: {cspell:.2f} ms (MSG001: {cbase:.2f} ms)"
            )
        print(
            f"\nCPU per file, MSG403 alone: {spell:.2f} ms (lint with MSG001 only: {base:.2f} ms), {len(cases)} files"
        )
        print(
            "first use per language (loading its dictionaries): "
            + ", ".join(f"{k} {v:.0f} ms" for k, v in loads.items())
        )
    total, sizes = install_size()
    print(f"\ninstall size of the spelling data: {total / 1e6:.1f} MB")
    for name, size in sizes.items():
        print(f"  {name}: {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
