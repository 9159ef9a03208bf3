"""Fuzz msglint with the seeded generators of ``generators.py``; every input has a time limit.

    python tests/fuzz/run.py --count 100000 --jobs 2            # a long run (a few hours)
    python tests/fuzz/run.py --family css --seed 4711 --verbose  # reproduce one input
    python tests/fuzz/run.py --count 20000 --scale 10            # larger inputs

Each input is linted in a worker process (killed when it overruns ``--time-limit``); the oracles
are: no exception, diagnostics well formed (rule codes, 1-based positions inside the input, fix
edits inside the text, sorted), and for a share of the inputs (``--fix-rate``) the ``--fix``
invariants (converges, idempotent, nothing fixable left, the first pass is exactly its reported
edits). Failures are printed with their family and seed and, with ``--out``, saved as files.
``tests/test_fuzz.py`` runs a bounded part of this in CI.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing as mp
import os
import re
import sys
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generators import FAMILIES, Case, family_of, generate  # noqa: E402

_CODE = re.compile(r"^MSG\d{3}$")


# ---- oracles (in the worker) ---------------------------------------------------------------------
def _text_of(case: Case) -> str | None:
    from msglint.model.decode import DecodeError, decode_bytes

    if isinstance(case.source, str):
        return case.source
    try:
        return decode_bytes(case.source).text
    except DecodeError:
        return None


def check(case: Case, fix: bool) -> list[str]:
    """What is wrong with msglint's answer to ``case`` ([] when nothing)."""
    import msglint

    diags = msglint.lint(case.source, filename=case.filename, marketplace=case.marketplace, language=case.language)
    bad: list[str] = []
    text = _text_of(case)
    mail = case.filename.endswith(".eml") or any(d.code in ("MSG702", "MSG705") for d in diags)
    last: tuple[Any, ...] | None = None
    for d in diags:
        if not _CODE.match(d.code) or d.severity not in ("error", "warning"):
            bad.append(f"bad code or severity: {d.code} {d.severity}")
        if d.line < 1 or d.column < 1 or (d.end_line, d.end_column) < (d.line, d.column):
            bad.append(f"{d.code}: bad position {d.line}:{d.column}-{d.end_line}:{d.end_column}")
        if text is not None and not mail and d.line > text.count("\n") + 1:
            bad.append(f"{d.code}: line {d.line} beyond the input")
        if d.path != case.filename:
            bad.append(f"{d.code}: path {d.path!r}")
        for e in d.fix.edits if d.fix is not None else ():
            if text is None or not (0 <= e.start <= e.end <= len(text)):
                bad.append(f"{d.code}: fix edit {e.start}..{e.end} outside the text")
        key = d.sort_key()
        if last is not None and key < last and d.code != "MSG704":
            bad.append(f"{d.code}: diagnostics not sorted")
        last = key
    if fix and text is not None and not mail and not bad:
        bad += _fix_invariants(case, text)
    return bad[:5]


def _fix_invariants(case: Case, text: str) -> list[str]:
    from msglint.core.config import Config
    from msglint.engine.linter import Linter
    from msglint.run.fixes import MAX_PASSES, fix_text, select_fixes

    linter = Linter(Config(marketplace=case.marketplace, language=case.language))
    diags = linter.lint_source(text, case.filename)
    if any(d.code in ("MSG702", "MSG705") for d in diags):
        return []  # read as a mail: never fixed
    chosen = select_fixes([d.fix for d in diags if d.fix is not None], len(text), text)
    edits = sorted((e.start, e.end, e.content) for f in chosen for e in f.edits)
    one = fix_text(linter, text, case.filename, max_passes=1)
    expected, pos = [], 0
    for s, e, c in edits:
        expected += [text[pos:s], c]
        pos = e
    expected.append(text[pos:])
    bad = []
    if one.text != "".join(expected):
        bad.append("fix: the first pass changed text outside its reported edits")
    full = fix_text(linter, text, case.filename)
    if full.passes >= MAX_PASSES:
        bad.append(f"fix: not stable after {full.passes} passes")
    if any(d.fix is not None for d in full.remaining):
        bad.append("fix: fixable findings left")
    again = fix_text(linter, full.text, case.filename)
    if again.text != full.text:
        bad.append("fix: not idempotent")
    return bad


def _worker(conn: Connection) -> None:
    import msglint

    msglint.lint("<p>warm up \U0001f600 123-1234567-1234567</p>", filename="w.html")
    while True:
        try:
            item = conn.recv()
        except EOFError:
            return
        if item is None:
            return
        family, seed, scale, fix = item
        t0 = time.perf_counter()
        case = generate(family, seed, scale)
        try:
            bad = check(case, fix)
            res: dict[str, Any] = {"status": "ok" if not bad else "violation", "detail": bad}
        except (Exception, RecursionError, MemoryError) as exc:  # noqa: BLE001 - what the fuzzing is for
            res = {
                "status": "exception",
                "detail": [f"{type(exc).__name__}: {exc}"[:300], traceback.format_exc()[-2000:]],
            }
        res.update(family=family, seed=seed, size=case.size, elapsed=time.perf_counter() - t0)
        conn.send(res)


# ---- the parent --------------------------------------------------------------------------------------
@dataclass
class Report:
    count: int = 0
    by_family: Counter[str] = field(default_factory=Counter)
    failures: list[dict[str, Any]] = field(default_factory=list)  # exceptions, violations, overruns
    slowest: list[tuple[float, str, int, int]] = field(default_factory=list)  # (s, family, seed, size)
    elapsed: float = 0.0

    def summary(self) -> str:
        kinds = Counter(f["status"] for f in self.failures)
        worst = sorted(self.slowest, reverse=True)[:5]
        return (
            f"{self.count} inputs in {self.elapsed:.0f} s ({dict(self.by_family)}); "
            f"{kinds.get('exception', 0)} exceptions, {kinds.get('overrun', 0)} overruns, "
            f"{kinds.get('violation', 0)} violations; slowest: "
            + ", ".join(f"{fam}/{seed} {size} B {s:.2f} s" for s, fam, seed, size in worst)
        )


def _cpu_seconds(pid: int | None) -> float | None:
    """CPU time (user + system) a worker has used, from /proc (Linux); None elsewhere.

    The time limit counts the worker's CPU, not the wall clock: on a machine shared by other jobs
    (a loaded CI runner) a 0.5 s input can take 10 s of wall time without being slow itself."""
    if pid is None:
        return None
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


#: A worker that has used less CPU than the limit is still stopped after this many times the limit
#: of wall time (an input that blocks instead of computing is a hang too).
WALL_FACTOR = 6


class _Slot:
    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx
        self.item: tuple[str, int, int, bool] | None = None
        self.started = 0.0
        self.started_cpu: float | None = None
        self.start()

    def overrun(self, time_limit: float) -> bool:
        """Whether the current input has used more than ``time_limit`` seconds of the worker's CPU
        (or, where CPU time cannot be read or the worker is blocked, ``WALL_FACTOR`` times that of
        wall time)."""
        wall = time.time() - self.started
        if wall <= time_limit:
            return False
        cpu = _cpu_seconds(self.proc.pid)
        if cpu is None or self.started_cpu is None:
            return True
        return cpu - self.started_cpu > time_limit or wall > WALL_FACTOR * time_limit

    def start(self) -> None:
        self.conn, child = self.ctx.Pipe()
        self.proc = self.ctx.Process(target=_worker, args=(child,), daemon=True)
        self.proc.start()
        child.close()

    def restart(self) -> None:
        self.proc.kill()
        self.proc.join(10)
        self.conn.close()
        self.start()

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.send(None)
        self.proc.join(10)
        if self.proc.is_alive():
            self.proc.kill()


def run(
    seeds: range | list[int],
    *,
    jobs: int = 2,
    time_limit: float = 2.0,
    fix_rate: int = 10,
    scale: int = 1,
    families: list[str] | None = None,
    out: Path | None = None,
    verbose: bool = False,
) -> Report:
    """Fuzz the inputs ``seeds`` (every ``fix_rate``-th also through the --fix invariants)."""
    ctx = mp.get_context("fork")
    todo = [
        (
            families[i % len(families)] if families else family_of(seed),
            seed,
            scale,
            fix_rate > 0 and seed % fix_rate == 0,
        )
        for i, seed in enumerate(seeds)
    ]
    todo.reverse()
    report = Report()
    t0 = time.time()
    slots = [_Slot(ctx) for _ in range(max(1, jobs))]
    try:
        while todo or any(s.item for s in slots):
            for s in slots:
                if s.item is None and todo:
                    s.item = todo.pop()
                    s.started = time.time()
                    s.started_cpu = _cpu_seconds(s.proc.pid)
                    s.conn.send(s.item)
            busy = [s for s in slots if s.item is not None]
            timeout = max(0.25, min(s.started + time_limit - time.time() for s in busy))
            ready = wait([s.conn for s in busy], timeout)
            for s in busy:
                assert s.item is not None
                family, seed, _scale, _fix = s.item
                if s.conn in ready:
                    try:
                        res = s.conn.recv()
                    except (EOFError, OSError):
                        res = {"status": "exception", "detail": ["worker died"], "family": family, "seed": seed,
                               "size": -1, "elapsed": time.time() - s.started}  # fmt: skip
                        s.restart()
                elif s.overrun(time_limit):
                    res = {"status": "overrun", "detail": [f"over {time_limit:g} s of CPU"], "family": family, "seed": seed,
                           "size": generate(family, seed, scale).size, "elapsed": time.time() - s.started}  # fmt: skip
                    s.restart()
                else:
                    continue
                s.item = None
                report.count += 1
                report.by_family[family] += 1
                report.slowest = sorted([*report.slowest, (res["elapsed"], family, seed, res["size"])], reverse=True)[
                    :20
                ]
                if res["status"] != "ok":
                    report.failures.append(res)
                    print(
                        f"{res['status'].upper()} {family} seed {seed} ({res['size']} B): {res['detail'][0]}",
                        flush=True,
                    )
                    if out is not None:
                        _save(out, generate(family, seed, scale), res)
                elif verbose:
                    print(f"ok {family} seed {seed} ({res['size']} B) {res['elapsed']:.3f} s", flush=True)
    finally:
        for s in slots:
            s.stop()
    report.elapsed = time.time() - t0
    return report


def _save(out: Path, case: Case, res: dict[str, Any]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    base = out / f"{res['status']}-{case.family}-{case.seed}"
    data = case.source.encode("utf-8", "surrogatepass") if isinstance(case.source, str) else case.source
    base.with_suffix(".input").write_bytes(data)
    meta = {**res, "filename": case.filename, "marketplace": case.marketplace, "language": case.language}
    base.with_suffix(".json").write_text(json.dumps(meta, indent=1, ensure_ascii=False, default=str))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--count", type=int, default=2000)
    ap.add_argument("--seed", type=int, help="one input (with --family)")
    ap.add_argument("--family", choices=sorted(FAMILIES), action="append")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--time-limit", type=float, default=2.0, help="seconds per input (default 2)")
    ap.add_argument("--fix-rate", type=int, default=10, help="every Nth input also checks --fix (0: never)")
    ap.add_argument("--scale", type=int, default=1, help="multiply the input sizes")
    ap.add_argument("--out", type=Path, help="save failing inputs here")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    seeds = [args.seed] if args.seed is not None else range(args.start, args.start + args.count)
    report = run(
        seeds,
        jobs=args.jobs,
        time_limit=args.time_limit,
        fix_rate=args.fix_rate,
        scale=args.scale,
        families=args.family,
        out=args.out,
        verbose=args.verbose or args.seed is not None,
    )
    print(report.summary())
    return 1 if report.failures else 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
