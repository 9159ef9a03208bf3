"""The bounded CI fuzz run: 2,000 generated inputs across every family of tests/fuzz/generators.py
(random bytes, mutated fixtures, grammar HTML, template soup, front matter, mails, regex-hostile
runs, many languages, CSS with every line ending, every encoding), each linted in a worker with a
time limit; every tenth also through the --fix invariants. Any exception, overrun or broken
invariant fails the test and names the input's family and seed (reproduce with
``python tests/fuzz/run.py --family F --seed N``). Long runs: ``python tests/fuzz/run.py --count 100000``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "fuzz"))
from generators import FAMILIES, generate  # noqa: E402
from run import run  # noqa: E402

COUNT = int(os.environ.get("MSGLINT_FUZZ_COUNT", "2000"))
#: seconds per input: generous for a loaded CI machine (the inputs are at most a few dozen kB and
#: take well under a second); a hang or a quadratic path still fails it
TIME_LIMIT = float(os.environ.get("MSGLINT_FUZZ_TIME_LIMIT", "10"))


def test_generators_are_reproducible() -> None:
    for family in FAMILIES:
        assert generate(family, 17) == generate(family, 17)
        assert generate(family, 17).source != generate(family, 18).source or family == "random_bytes"


@pytest.mark.timeout(900)
def test_bounded_fuzz_run_finds_no_exception_overrun_or_broken_invariant() -> None:
    jobs = min(2, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
    report = run(range(COUNT), jobs=jobs, time_limit=TIME_LIMIT, fix_rate=10)
    print(report.summary())
    assert report.count == COUNT
    assert set(report.by_family) == set(FAMILIES) and min(report.by_family.values()) >= COUNT // len(FAMILIES)
    failures = [f"{f['status']} {f['family']} seed {f['seed']}: {f['detail'][0]}" for f in report.failures]
    assert not failures, "\n".join(failures)
