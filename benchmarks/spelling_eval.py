"""Precision and recall of MSG403 spelling, its CPU time per file and the install size of its data.

Four sources, each linted with only MSG403 selected and ``language = <lang>``:

* ``fixtures/spelling/<lang>/labels.toml``: seller messages (product names, compounds, brands,
  template syntax, signatures) labelled with the exact words that must be flagged::

      ["accents-informacion.txt"]
      misspelled = ["informacion", "telefono"]     # [] = compliant

  A flagged word is a true positive when the file's label lists it (as many times as listed),
  otherwise a false positive; a listed word not flagged is a false negative.
* ``fixtures/wording/<lang>/``: the wording rules' labelled messages (the base files, ``tune/``
  to ``tune11/``; ``holdout*/`` is never read). Every message of a blind set is written correctly
  spelled, so every MSG403 finding on one is false. Each joined after its blind measurement
  (files with a finding / all, every finding false): tune10 15/336 (16 findings); tune11 5/336
  at the tenth session's start and 5/336 with its loanword, trade-context and closing classes,
  which were tuned on tune10 (de 1, fr 3, it 1 of 28 each). A message whose labels (all ``labels*.toml`` of
  its folder) are ``expect = []`` is compliant; none is labelled MSG403, so every finding on one
  is a false alarm. Messages labelled with another rule are counted apart ("other").
* ``fixtures/spelling/seeded.toml``: seeded typos per language (a letter dropped, doubled,
  swapped, accents left out; some are words of another language), each put in the language's
  carrier sentence once right and once wrong: recall = typos flagged / typos; a right word (or a
  carrier word) flagged is a false positive.
* ``--templates DIR`` (or ``$MSGLINT_REAL_TEMPLATES``): the real shop templates of
  ``benchmarks/real_templates.py`` (extract them first), with the manifest's hand verdicts
  (real / false / not judged, by line:column).

    python benchmarks/spelling_eval.py           # the tables
    python benchmarks/spelling_eval.py -v        # also every false alarm and miss
    python benchmarks/spelling_eval.py --templates /tmp/real-templates
    python benchmarks/spelling_eval.py --dictionary pt=pt_PT   # try a dictionary for a language
                                                 # that has none in languages.toml

Figures per language: word precision/recall on the spelling set; compliant messages with no
false alarm ("clean") and their false words; seeded-typo recall; real-template findings; the
combined precision = true findings / all findings over every source (real templates: judged
ones only); CPU per file of MSG403 (a lint with MSG403 minus the same lint with MSG001 only,
dictionaries already loaded; their loading is reported apart); install size of the packages and
data only spelling needs.
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

from wording_eval import TUNE_SPLITS  # the tune* registry (this folder is on sys.path when run)

ROOT = Path(__file__).resolve().parent.parent
SPELLING_DIR = ROOT / "fixtures" / "spelling"
WORDING_DIR = ROOT / "fixtures" / "wording"
SEEDED = SPELLING_DIR / "seeded.toml"
#: The wording folders read: the base files and every tune*/ split (never holdout*/).
WORDING_SPLITS = ("", *TUNE_SPLITS)
#: Distributions that only MSG403 needs (before: pyspellchecker + wordfreq; after: chunspell).
SPELLING_DISTS = ("pyspellchecker", "wordfreq", "chunspell")


@dataclass
class Case:
    language: str
    path: Path
    #: the words that must be flagged; None: a message with no typo label (every finding is false)
    expect: list[str] | None
    source: str  # spelling, compliant, other, seeded, corpus
    text: str | None = None  # the message itself when it is not a file (seeded typos)


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


def load_wording(root: Path = WORDING_DIR, splits: tuple[str, ...] = WORDING_SPLITS) -> list[Case]:
    """The labelled wording messages of ``splits`` (never ``holdout*``): "compliant" when their
    labels (the union over the folder's ``labels*.toml``) are empty, else "other"; messages
    labelled MSG403 are left out (their typos are not listed word by word)."""
    cases: list[Case] = []
    for lang in sorted(p for p in root.iterdir() if p.is_dir()):
        for split in splits:
            folder = lang / split if split else lang
            if not folder.is_dir():
                continue
            expect: dict[str, set[str]] = defaultdict(set)
            for labels in sorted(folder.glob("labels*.toml")):
                with labels.open("rb") as fh:
                    data = tomllib.load(fh)
                for name, entry in data.items():
                    if isinstance(entry, dict):
                        expect[name].update(entry.get("expect", []))
            for name in sorted(expect):
                if "MSG403" in expect[name] or not (folder / name).is_file():
                    continue
                source = "other" if expect[name] else "compliant"
                cases.append(Case(lang.name, folder / name, None, source))
    return cases


def load_seeded(path: Path = SEEDED) -> list[Case]:
    """Each seeded pair twice: the carrier sentence with the right word (nothing to flag) and
    with the typo (the typo to flag)."""
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    cases: list[Case] = []
    for lang, entry in sorted(data.items()):
        frame = str(entry["frame"])
        for right, typo in entry["pairs"]:
            cases.append(Case(lang, path, [], "seeded", frame.replace("{w}", right)))
            cases.append(Case(lang, path, [typo], "seeded", frame.replace("{w}", typo)))
    return cases


def flagged_words(case: Case, select: str = "MSG403") -> list[str]:
    import msglint
    from msglint.model.decode import decode_bytes

    raw = case.path.read_bytes() if case.text is None else case.text.encode("utf-8")
    name = str(case.path) if case.text is None else "seeded.txt"
    diags = msglint.lint(raw, filename=name, config={"language": case.language, "select": [select]})
    text = decode_bytes(raw).text
    return [text[d.start : d.end] for d in diags if d.code == "MSG403"]


def _name(case: Case) -> str:
    return case.path.name if case.text is None else f"seeded ({(case.expect or ['right word'])[0]})"


def score(case: Case, got: list[str]) -> Tally:
    t = Tally(files=1)
    if case.expect is None:
        t.fp = len(got)
        t.false_words = [f"{_name(case)}: {w}" for w in got]
    else:
        want = Counter(case.expect)
        # an elided article is part of the flagged token (l'addresse): the label names the word
        have = Counter(_labelled_as(w, want) for w in got)
        t.tp = sum((want & have).values())
        t.fp = sum((have - want).values())
        t.fn = sum((want - have).values())
        t.false_words = [f"{_name(case)}: {w}" for w in (have - want).elements()]
        t.missed = [f"{_name(case)}: {w}" for w in (want - have).elements()]
    t.clean = int(t.fp == 0)
    return t


def _labelled_as(word: str, labels: Counter[str]) -> str:
    if word in labels:
        return word
    tail = word.replace("’", "'").rsplit("'", 1)[-1]
    return tail if tail in labels else word


@dataclass
class RealTally:
    real: int = 0
    false: int = 0
    unjudged: int = 0
    words: list[str] = field(default_factory=list)


def real_templates(folder: Path) -> dict[str, RealTally]:
    """MSG403 on the real shop templates, per language, split by the manifest's hand verdicts."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from real_templates import load_manifest

    import msglint

    out: dict[str, RealTally] = defaultdict(RealTally)
    for t in load_manifest():
        path = folder / t.local
        if not path.is_file():
            continue
        diags = msglint.lint(
            path.read_bytes(), filename=str(path), config={"language": t.language, "select": ["MSG403"]}
        )
        tally = out[t.language]
        for d in diags:
            pos = f"{d.line}:{d.column}"
            verdict = "real" if pos in t.spelling_true else "false" if pos in t.spelling_false else "unjudged"
            setattr(tally, verdict, getattr(tally, verdict) + 1)
            word = d.message.split("'")[1] if "'" in d.message else d.message
            tally.words.append(f"{t.repo}/{t.path} {pos} {word} ({verdict})")
    return out


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
        "--templates",
        type=Path,
        default=os.environ.get("MSGLINT_REAL_TEMPLATES"),
        help="folder of the real shop templates (benchmarks/real_templates.py extract)",
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
    wording = load_wording()
    seeded = load_seeded()
    loads = {} if args.no_cpu else first_use(spelling)
    per: dict[tuple[str, str], Tally] = defaultdict(Tally)
    for case in spelling + wording + seeded:
        per[(case.source, case.language)].add(score(case, flagged_words(case)))
    real = real_templates(Path(args.templates)) if args.templates else {}

    n = Counter(c.source for c in spelling + wording)
    print(
        f"{n['spelling']} labelled spelling messages, {n['compliant']} compliant wording messages "
        f"(+{n['other']} labelled with other rules), {len(seeded) // 2} seeded typos"
        + (f", real templates from {args.templates}" if args.templates else "")
        + "\n"
    )
    # "spelled clean": every wording message not labelled MSG403 (compliant or labelled with
    # other rules) is correctly spelled; the files among them with no MSG403 finding
    cols = ("lang", "set P", "set R", "compliant clean", "false", "other false", "spelled clean")
    cols += ("seeded R", "seed fp")
    cols += ("real t/f/u", "real P", "combined P")
    print("| " + " | ".join(cols) + " |")
    print("|" + "---|" * len(cols))
    langs = sorted({lang for _, lang in per} | set(real))
    tot: dict[str, Tally] = defaultdict(Tally)
    tot_real = RealTally()
    for lang in [*langs, "all"]:
        if lang == "all":
            got = tot
            r = tot_real
        else:
            got = {src: per.get((src, lang), Tally()) for src in ("spelling", "compliant", "other", "seeded")}
            r = real.get(lang, RealTally())
            for src, t in got.items():
                tot[src].add(t)
            tot_real.real += r.real
            tot_real.false += r.false
            tot_real.unjudged += r.unjudged
        s, c, o, sd = got["spelling"], got["compliant"], got["other"], got["seeded"]
        tp = s.tp + sd.tp + r.real
        fp = s.fp + c.fp + o.fp + sd.fp + r.false
        row = [
            lang,
            _fmt(s.tp, s.tp + s.fp) if s.files else "",
            _fmt(s.tp, s.tp + s.fn) if s.files else "",
            f"{c.clean}/{c.files}",
            str(c.fp),
            str(o.fp),
            f"{c.clean + o.clean}/{c.files + o.files}",
            _fmt(sd.tp, sd.tp + sd.fn) if sd.files else "",
            str(sd.fp) if sd.files else "",
            f"{r.real}/{r.false}/{r.unjudged}" if args.templates else "",
            _fmt(r.real, r.real + r.false) if args.templates else "",
            _fmt(tp, tp + fp),
        ]
        print("| " + " | ".join(row) + " |")

    if args.verbose:
        for (source, lang), tally in sorted(per.items()):
            for w in tally.false_words:
                print(f"  false alarm  {source}/{lang}/{w}")
            for w in tally.missed:
                print(f"  missed       {source}/{lang}/{w}")
        for lang, r in sorted(real.items()):
            for w in r.words:
                print(f"  real-templates/{lang}: {w}")

    if not args.no_cpu:
        cases = spelling + [c for c in wording if c.language in {x.language for x in spelling}]
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
