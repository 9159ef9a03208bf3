"""How fast is msglint? Throughput on a corpus, start-up time, and where the time goes.

Prints figures, asserts nothing (timings depend on the machine; tests never time anything).
Targets from the performance issue: linting the whole corpus takes at most 4x a bare lxml
parse of the same files, and ``msglint check`` on one small file takes under 0.25 s wall.

    python benchmarks/bench.py                  # everything (builds the corpus if missing)
    python benchmarks/bench.py --limit 1000     # a quicker run on the first 1000 files
    python benchmarks/bench.py --only rules     # one section: corpus, cli, startup, rules

Sections:
- corpus: files/s and MB/s in-process (``Linter.lint_file``, serial and with the process pool
  of ``msglint.run.parallel``), next to a bare lxml parse (read + ``lxml.html.document_fromstring``
  for documents, ``fragment_fromstring`` for the rest) and to msglint's own document model alone.
- cli: ``msglint check`` over the corpus in a subprocess, ``--jobs 1`` and automatic.
- startup: median wall time of ``msglint check small.html`` next to ``python -c pass``, and the
  modules that dominate ``python -X importtime``.
- rules: the time of each check function across the corpus (plus decoding, parsing, CSS and the
  engine's own work), so that optimisation goes where the time is.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from make_corpus import DEFAULT_OUT, make_corpus  # noqa: E402

if TYPE_CHECKING:
    from msglint.core.context import Context
    from msglint.core.diagnostics import Finding
    from msglint.model.document import Document

SMALL = "<p>Your order 123-1234567-1234567: please send us the engraving text for the ring.</p>\n"


def msglint_cmd() -> list[str]:
    exe = Path(sys.executable).parent / "msglint"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "msglint"]


def corpus_files(folder: Path, limit: int | None) -> list[str]:
    from msglint.run.files import iter_files

    files = list(iter_files([str(folder)]))
    return files[:limit] if limit else files


def total_bytes(files: list[str]) -> int:
    return sum(os.path.getsize(f) for f in files)


class Clock:
    """Wall time and CPU time (this process and its finished children) of a block.

    CPU time is what the ratios are computed from when the machine is shared: other work on
    the cores stretches the wall time but not the CPU time of the code being measured.
    """

    def __enter__(self) -> Clock:
        self._wall, self._cpu, self._kids = time.perf_counter(), time.process_time(), _children_cpu()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self._wall
        self.cpu = time.process_time() - self._cpu + _children_cpu() - self._kids


def _children_cpu() -> float:
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def rate(label: str, clock: Clock, n: int, nbytes: int, base: Clock | None = None) -> dict[str, float]:
    wall = clock.wall
    extra = f"  {wall / base.wall:6.2f}x  {clock.cpu / base.cpu:6.2f}x" if base else ""
    print(
        f"  {label:<40} {wall:7.2f} s {clock.cpu:7.2f} s  {n / wall:7.0f} files/s  "
        f"{nbytes / wall / 1e6:6.2f} MB/s{extra}"
    )
    return {"wall": wall, "cpu": clock.cpu, "files_per_s": n / wall, "mb_per_s": nbytes / wall / 1e6}


# ---- corpus, in-process ------------------------------------------------------------------------
def bare_lxml(files: list[str]) -> Clock:
    """Read and parse every file with lxml.html: the floor any HTML-reading linter pays."""
    import lxml.etree
    import lxml.html

    with Clock() as clock:
        for f in files:
            with open(f, "rb") as fh:
                data = fh.read()
            try:
                if b"<html" in data[:2000].lower():
                    lxml.html.document_fromstring(data)
                else:
                    lxml.html.fragment_fromstring(data, create_parent="div")
            except (lxml.etree.ParserError, ValueError):
                pass  # empty or binary input: lxml refuses it, msglint reports MSG001
    return clock


def model_only(files: list[str]) -> Clock:
    """Read, decode and build msglint's document model (text map, elements, CSS): no rules."""
    from msglint.model.decode import DecodeError, decode_bytes
    from msglint.model.document import parse

    with Clock() as clock:
        for f in files:
            with open(f, "rb") as fh:
                data = fh.read()
            try:
                text = decode_bytes(data).text
            except DecodeError:
                continue
            doc = parse(text, f)
            doc.css  # noqa: B018 - force the lazily parsed CSS, which most layout rules read
    return clock


def lint_serial(files: list[str]) -> tuple[Clock, int]:
    from msglint.engine.linter import Linter

    linter = Linter()
    n = 0
    with Clock() as clock:
        for f in files:
            n += len(linter.lint_file(f))
    return clock, n


def lint_pool(files: list[str], jobs: int | None) -> tuple[Clock, int]:
    from msglint.engine.linter import Linter
    from msglint.run.parallel import lint_paths

    linter = Linter()
    with Clock() as clock:
        results = lint_paths(linter, files, jobs=jobs)
    return clock, sum(len(r.diagnostics) for r in results)


def section_corpus(files: list[str], nbytes: int, out: dict[str, object]) -> None:
    from msglint.run.parallel import cpu_count

    print(
        f"\n== corpus, in-process ({len(files)} files, {nbytes / 1e6:.1f} MB, {cpu_count()} cores, "
        f"load average {os.getloadavg()[0]:.1f})"
    )
    print(f"  {'':<40} {'wall':>9} {'CPU':>9}  {'(wall)':>13}  {'(wall)':>11}  {'wall':>7}  {'CPU':>7} vs lxml")
    # Warm up: lazy imports and data files (emoji tables, dictionaries) load on first use.
    bare_lxml(files[:50])
    lint_serial(files[:200])
    gc.collect()
    lx = bare_lxml(files)
    out["lxml"] = rate("bare lxml parse (read + parse)", lx, len(files), nbytes)
    out["model"] = rate("msglint document model only", model_only(files), len(files), nbytes, lx)
    serial, n_serial = lint_serial(files)
    out["serial"] = rate("msglint lint, serial (Linter.lint_file)", serial, len(files), nbytes, lx)
    pool, n_pool = lint_pool(files, None)
    out["pool"] = rate("msglint lint, process pool (automatic)", pool, len(files), nbytes, lx)
    if n_pool != n_serial:
        print(f"  !! pool found {n_pool} diagnostics, serial {n_serial}")
    print(
        f"  diagnostics: {n_serial}; pool speed-up (wall) {serial.wall / pool.wall:.2f}x, "
        f"pool CPU overhead {pool.cpu / serial.cpu:.2f}x"
    )
    print(
        f"  target: lint <= 4x lxml -> serial {serial.cpu / lx.cpu:.1f}x lxml CPU, "
        f"pool {pool.wall / lx.wall:.1f}x lxml wall; load average now {os.getloadavg()[0]:.1f}"
    )
    out["ratio_serial_cpu"] = serial.cpu / lx.cpu
    out["ratio_pool_wall"] = pool.wall / lx.wall
    out["speedup"] = serial.wall / pool.wall


# ---- CLI ---------------------------------------------------------------------------------------
def run_cli_once(args: list[str]) -> Clock:
    with Clock() as clock:
        subprocess.run([*msglint_cmd(), *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return clock


def section_cli(
    folder: Path, files: list[str], nbytes: int, out: dict[str, object], limit: int | None, runs: int
) -> None:
    print(
        f"\n== msglint check over the corpus (subprocess, text output to /dev/null; best of {runs}, "
        f"load average {os.getloadavg()[0]:.1f})"
    )
    print(f"  {'':<40} {'wall':>9} {'CPU':>9}")
    targets = files if limit else [str(folder)]  # with --limit, exactly the selected files
    configs: tuple[tuple[str, list[str]], ...] = (
        ("--jobs 1 (serial)", ["--jobs", "1"]),
        ("--jobs 2", ["--jobs", "2"]),
        ("automatic", []),
    )
    best: dict[str, Clock] = {}
    for _ in range(runs):  # alternate, so that a burst of other work on the machine hits all alike
        for label, jobs in configs:
            clock = run_cli_once(["check", "--exit-zero", *jobs, *targets])
            if label not in best or clock.wall < best[label].wall:
                best[label] = clock
    for label, _ in configs:
        out[f"cli {label}"] = rate(f"msglint check {label}", best[label], len(files), nbytes)
    speedup = best["--jobs 1 (serial)"].wall / best["--jobs 2"].wall
    print(f"  process pool speed-up (wall, --jobs 2 vs --jobs 1): {speedup:.2f}x")
    out["cli_speedup"] = speedup


# ---- start-up ----------------------------------------------------------------------------------
def installed_env() -> dict[str, str]:
    """The environment of an installed msglint: bytecode cached (pip compiles it at install).

    With PYTHONDONTWRITEBYTECODE set (as in some development shells) every module of msglint
    is compiled from source at every start, which is not what a pre-commit hook pays. The
    cache goes to benchmarks/out/pycache (git-ignored), not next to the sources.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("PYTHONPYCACHEPREFIX", str(HERE / "out" / "pycache"))
    return env


def median_wall(cmd: list[str], runs: int, env: dict[str, str] | None = None) -> float:
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)  # warm
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def importtime(small: str, top: int = 12) -> list[tuple[int, int, str]]:
    """(self us, cumulative us, module) of the slowest imports of ``msglint check small``."""
    env = dict(installed_env(), PYTHONWARNINGS="ignore")
    r = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "msglint", "check", small],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    rows = []
    for line in r.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, cum_us, name = line[len("import time:") :].split("|", 2)
        rows.append((int(self_us), int(cum_us), name.rstrip()))
    return rows


def section_startup(out: dict[str, object], runs: int) -> None:
    print(f"\n== start-up: one small file (median of {runs} runs, subprocess)")
    with tempfile.TemporaryDirectory() as tmp:
        small = os.path.join(tmp, "small.html")
        Path(small).write_text(SMALL, encoding="utf-8")
        env = installed_env()
        t_py = median_wall([sys.executable, "-c", "pass"], runs, env)
        t_ver = median_wall([*msglint_cmd(), "--version"], runs, env)
        t_chk = median_wall([*msglint_cmd(), "check", small], runs, env)
        markup = "MSG0,MSG1,MSG2,MSG3,MSG7"
        t_markup = median_wall([*msglint_cmd(), "check", "--select", markup, small], runs, env)
        t_lang = median_wall([*msglint_cmd(), "check", "--select", "MSG4,MSG5,MSG6", small], runs, env)
        plain = {k: v for k, v in os.environ.items() if k != "PYTHONPYCACHEPREFIX"}
        t_nobc = median_wall([*msglint_cmd(), "check", small], runs, dict(plain, PYTHONDONTWRITEBYTECODE="1"))
        print(f"  python -c pass                          {t_py * 1000:7.1f} ms")
        print(f"  msglint --version                       {t_ver * 1000:7.1f} ms")
        print(
            f"  msglint check small.html (all rules)    {t_chk * 1000:7.1f} ms   (target < 250 ms; "
            f"{(t_chk - t_py) * 1000:.0f} ms above bare Python)"
        )
        print(f"    --select {markup:<25}   {t_markup * 1000:7.1f} ms   (markup, links, metadata)")
        print(f"    --select MSG4,MSG5,MSG6               {t_lang * 1000:7.1f} ms   (language, spelling, wording)")
        print(f"    no bytecode cache (all rules)         {t_nobc * 1000:7.1f} ms   (PYTHONDONTWRITEBYTECODE=1)")
        out["startup"] = {
            "python": t_py,
            "version": t_ver,
            "check_small": t_chk,
            "markup_rules": t_markup,
            "language_rules": t_lang,
            "no_bytecode_cache": t_nobc,
        }
        rows = importtime(small)
        mods = {name.strip() for _, _, name in rows}
        total = sum(s for s, _, _ in rows)
        print(f"  imports: {len(rows)} modules, {total / 1000:.0f} ms self time in total; slowest (cumulative):")
        for s, c, name in sorted(rows, key=lambda r: -r[1])[:12]:
            print(f"    {c / 1000:7.1f} ms cum {s / 1000:7.1f} ms self  {name}")
        heavy = [
            "tinycss2",
            "emoji",
            "phonenumbers",
            "langdetect",
            "hunspell",
            "language_tool_python",
            "lxml",
            "requests",
            "urllib3",
            "email",
            "json",
            "xml",
        ]
        loaded = [h for h in heavy if h in mods]
        print(f"  heavy modules loaded for a small file: {', '.join(loaded) if loaded else 'none'}")
        out["startup_heavy"] = loaded
        out["importtime_top"] = sorted(rows, key=lambda r: -r[1])[:20]


# ---- per-rule profile --------------------------------------------------------------------------
def _no_findings(doc: Document, ctx: Context) -> list[Finding]:
    return []


def section_rules(files: list[str], out: dict[str, object]) -> None:
    """Time each stage and each check across the corpus, replicating ``Linter.lint_document``."""
    from msglint.engine.linter import INPUT_RULE, Context, Linter, _buyer_languages
    from msglint.model.decode import DecodeError, decode_bytes

    linter = Linter()
    project: frozenset[str] = getattr(linter, "project_codes", frozenset())  # run once per batch, not per document
    codes = sorted(c for c in linter.selected if c != INPUT_RULE and c not in project)
    for c in codes:
        linter.check_for(c)  # import every check module before timing
    hollow = Linter()
    hollow._checks = {c: _no_findings for c in hollow.rules}
    cost: dict[str, float] = defaultdict(float)
    found: dict[str, int] = defaultdict(int)
    pc = time.process_time  # CPU time of this process: robust when other work shares the cores
    # warm-up: lazy imports inside checks (emoji tables, dictionaries) are start-up, not per file
    for f in files[:100]:
        linter.lint_file(f)
    for f in files:
        t0 = pc()
        with open(f, "rb") as fh:
            data = fh.read()
        t1 = pc()
        try:
            text = decode_bytes(data).text
        except DecodeError:
            cost["[read]"] += t1 - t0
            continue
        t2 = pc()
        doc = linter.parse(text, f)
        t3 = pc()
        doc.css  # noqa: B018 - the shared, lazily built CSS model
        t4 = pc()
        cost["[read]"] += t1 - t0
        cost["[decode]"] += t2 - t1
        cost["[parse document]"] += t3 - t2
        cost["[css model]"] += t4 - t3
        marketplace, langs = _buyer_languages(doc, linter.config, linter.packs)
        cache = {"marketplace": marketplace, "languages": langs}
        active = linter.active_codes(f)
        for code in codes:
            if code not in active:
                continue
            rule = linter.rules[code]
            ta = pc()
            ctx = Context(rule, linter.config, cache, {}, linter.settings.get(code), linter.packs)
            findings = list(linter.check_for(code)(doc, ctx))
            tb = pc()
            for fi in findings:
                linter.diagnostic(doc, rule, fi)
            tc = pc()
            cost[f"{code} {rule.slug}"] += tb - ta
            cost["[diagnostics]"] += tc - tb
            found[code] += len(findings)
        t5 = pc()
        hollow.lint_document(doc)  # the engine's own work around the checks
        cost["[engine: lint_document without checks]"] += pc() - t5
    rules_total = sum(v for k, v in cost.items() if k.startswith("MSG"))
    stages = sum(v for k, v in cost.items() if k.startswith("["))
    grand = rules_total + stages
    print(
        f"\n== where the time goes ({len(files)} files; per-rule sum {rules_total:.2f} s, "
        f"document + engine {stages:.2f} s)"
    )
    for name, sec in sorted(cost.items(), key=lambda kv: -kv[1]):
        code = name.split()[0]
        hits = f"{found[code]:6d} findings" if code in found else ""
        print(f"  {name:<40} {sec:7.3f} s  {100 * sec / grand:5.1f} %  {1e6 * sec / len(files):8.1f} us/file  {hits}")
    print(
        "  ([engine: ...] = contexts, buyer language, sorting, suppressions: lint_document with no-op checks;"
        " [diagnostics] = positions and Diagnostic objects)"
    )
    out["rules"] = dict(sorted(cost.items(), key=lambda kv: -kv[1]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="msglint benchmarks (prints figures, asserts nothing)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--count", type=int, default=5000, help="corpus size to generate")
    ap.add_argument("--limit", type=int, default=None, help="use only the first N files")
    ap.add_argument("--runs", type=int, default=15, help="runs for the start-up median")
    ap.add_argument("--cli-runs", type=int, default=2, help="runs of each whole-corpus CLI configuration")
    ap.add_argument("--only", choices=["corpus", "cli", "startup", "rules"], action="append")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    args = ap.parse_args(argv)
    sections = set(args.only or ["corpus", "cli", "startup", "rules"])

    folder = make_corpus(args.corpus, args.count) if args.corpus == DEFAULT_OUT else args.corpus
    files = corpus_files(folder, args.limit)
    nbytes = total_bytes(files)
    py = sys.version.split()[0]
    print(f"msglint benchmark: {len(files)} files, {nbytes / 1e6:.1f} MB from {folder}; Python {py}")
    out: dict[str, object] = {"files": len(files), "bytes": nbytes}
    if "corpus" in sections:
        section_corpus(files, nbytes, out)
    if "cli" in sections:
        section_cli(folder, files, nbytes, out, args.limit, args.cli_runs)
    if "startup" in sections:
        section_startup(out, args.runs)
    if "rules" in sections:
        section_rules(files, out)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(out, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
