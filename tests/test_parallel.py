"""The process pool gives exactly the serial result, in order, and errors stay messages."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from conftest import run_cli

from msglint.core.config import Config
from msglint.core.diagnostics import Diagnostic
from msglint.engine.linter import Linter
from msglint.run import parallel
from msglint.run.files import iter_files

SNIPPETS = [
    "<p>Your order 123-1234567-1234567: please send us the engraving text.</p>",
    "<p>Thank you for your order 😀</p>",
    '<p style="font-family: Arial; text-align: center">Hallo {{ buyer_name }}, die Rechnung liegt bei.</p>',
    '<a href="https://www.example-shop.com/deals">deals</a> <img src="http://cdn.example.com/a.gif" width="1">',
    "Bonjour [[buyer-name]],\n\n\n\nmerci 👍 pour votre commande {order_name}.\n",
    "---\nlanguage: de\nreason: invoice\n---\n<p>Ihre Rechnung zur Bestellung 123-1234567-1234567.</p>",
    "<div><p>unclosed <b>markup <!-- never closed",
    "<p>Écrivez-nous à contact@exemple.fr ou au 01 23 45 67 89 🎉</p>",
]
REVIEW_REQUEST = "---\nreason: review-request\nsend-after: 7d after delivery\n---\n"


def _corpus(root: Path, n: int) -> list[str]:
    """``n`` small varied templates (deterministic), some with findings, some without."""
    rng = random.Random(7)
    for i in range(n):
        parts = rng.sample(SNIPPETS, k=rng.randint(1, 3))
        suffix = rng.choice([".html", ".txt", ".j2"])
        text = "\n".join(parts)
        if i % 25 == 3:  # project rule MSG704: several review requests across the batch
            text = REVIEW_REQUEST + text.removeprefix("---\nlanguage: de\nreason: invoice\n---\n")
        data = text.encode("utf-16") if i % 97 == 0 else text.replace("\n", "\r\n" if i % 13 == 0 else "\n").encode()
        sub = root / f"d{i % 7}"
        sub.mkdir(exist_ok=True)
        (sub / f"m{i:04d}{suffix}").write_bytes(data)
    return list(iter_files([str(root)]))


def test_pool_matches_serial_in_order(tmp_path: Path) -> None:
    paths = _corpus(tmp_path, 300)
    linter = Linter(Config())
    serial = parallel.lint_paths(linter, paths, jobs=1)
    pooled = parallel.lint_paths(linter, paths, jobs=2)
    assert [r.path for r in pooled] == paths
    assert pooled == serial
    assert sum(len(r.diagnostics) for r in serial) > 50  # the corpus really has findings
    assert any(not r.diagnostics for r in serial)  # ... and clean files


def test_automatic_jobs_use_the_pool_only_for_large_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "cpu_count", lambda: 2)
    assert parallel.use_pool(3, 0) == 0
    assert parallel.use_pool(parallel.MIN_POOL_FILES, 0) == 2
    assert parallel.use_pool(1000, 1) == 0
    assert parallel.use_pool(3, 2) == 2  # an explicit --jobs is obeyed for small batches too
    assert parallel.use_pool(2, 4) == 2  # ... capped by the files
    monkeypatch.setattr(parallel, "cpu_count", lambda: 1)
    assert parallel.use_pool(1000, 0) == 0


def test_explicit_jobs_are_capped_at_the_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "cpu_count", lambda: 2)
    assert parallel.use_pool(1000, 64) == 2
    assert parallel.use_pool(3, 4) == 2
    monkeypatch.setattr(parallel, "cpu_count", lambda: 1)
    assert parallel.use_pool(1000, 64) == 0  # one core: no pool at all, the files are linted in-process
    monkeypatch.setattr(parallel, "cpu_count", lambda: 8)
    assert parallel.use_pool(1000, 3) == 3  # below the cores: as given


class _RecordingPool:
    """Stands in for ProcessPoolExecutor: records max_workers, runs nothing (lint_paths then
    lints the files in-process, as when no pool can start)."""

    seen: list[int] = []

    def __init__(self, max_workers: int, **kwargs: object) -> None:
        self.seen.append(max_workers)
        raise OSError("no pool in this test")


def test_jobs_above_the_cores_start_one_worker_per_core(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import concurrent.futures

    paths = _corpus(tmp_path, 20)
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", _RecordingPool)
    _RecordingPool.seen.clear()
    results = parallel.lint_paths(Linter(Config()), paths, jobs=64)
    cores = parallel.cpu_count()
    assert _RecordingPool.seen == ([min(cores, len(paths))] if cores >= 2 else [])
    assert [r.path for r in results] == paths and all(r.error is None for r in results)


def test_cli_jobs_above_the_cores_give_identical_output(tmp_path: Path) -> None:
    _corpus(tmp_path, 40)
    one = run_cli("check", "--format", "json", "--jobs", "1", str(tmp_path))
    many = run_cli("check", "--format", "json", "--jobs", "64", str(tmp_path))
    assert one.returncode == many.returncode == 1
    assert json.loads(one.stdout) and one.stdout == many.stdout
    assert many.stderr == b""


def test_errors_are_values_not_tracebacks(tmp_path: Path) -> None:
    paths = _corpus(tmp_path, 80)
    missing = str(tmp_path / "gone.html")
    folder = tmp_path / "sub.html"
    folder.mkdir()
    targets = [*paths[:40], missing, str(folder), *paths[40:]]
    linter = Linter(Config())
    for jobs in (1, 2):
        results = parallel.lint_paths(linter, targets, jobs=jobs)
        assert [r.path for r in results] == targets
        errors = [(r.path, r.error) for r in results if r.error is not None]
        assert errors == [
            (missing, f"error: {missing}: no such file or directory"),
            (str(folder), f"error: {folder}: is a directory"),
        ]


def _explode(linter: Linter, path: str) -> list[Diagnostic]:
    if path.endswith("7.html"):
        raise ValueError("boom")
    return linter.lint_file(path)


def test_a_bug_in_a_worker_is_reported_per_file(tmp_path: Path) -> None:
    paths = _corpus(tmp_path, 120)
    results = parallel.lint_paths(Linter(Config()), paths, jobs=2, task=_explode)
    bad = [r for r in results if r.error]
    assert bad and all(r.path.endswith("7.html") for r in bad)
    assert all("internal error while linting" in (r.error or "") and "ValueError: boom" in (r.error or "") for r in bad)
    assert len(bad) + sum(1 for r in results if r.error is None) == len(paths)


def test_cli_jobs_give_identical_output(tmp_path: Path) -> None:
    _corpus(tmp_path, 150)
    one = run_cli("check", "--format", "json", "--jobs", "1", str(tmp_path))
    two = run_cli("check", "--format", "json", "--jobs", "2", str(tmp_path))
    auto = run_cli("check", "--format", "json", str(tmp_path))
    assert one.returncode == two.returncode == auto.returncode == 1
    assert json.loads(one.stdout) and one.stdout == two.stdout == auto.stdout
    assert b"Traceback" not in one.stderr + two.stderr + auto.stderr


def test_cli_reports_missing_files_from_the_pool(tmp_path: Path) -> None:
    paths = _corpus(tmp_path, 70)
    missing = str(tmp_path / "gone.html")
    r = run_cli("check", "--jobs", "2", *paths[:35], missing, *paths[35:])
    assert r.returncode == 2
    assert r.stderr.decode().strip() == f"msglint: error: {missing}: no such file or directory"


def _note_task(linter: Linter, path: str) -> list[Diagnostic]:
    linter.notes.setdefault("worker-note", "a note recorded while linting in a worker")
    return linter.lint_file(path)


def test_pool_hands_run_wide_state_back_to_the_parent(tmp_path: Path) -> None:
    """Notes and project-rule summaries collected by workers end up on the parent's Linter."""
    paths = _corpus(tmp_path, 120)
    serial, pooled = Linter(Config()), Linter(Config())
    parallel.lint_paths(serial, paths, jobs=1, task=_note_task)
    parallel.lint_paths(pooled, paths, jobs=2, task=_note_task)
    assert pooled.notes == serial.notes and "worker-note" in pooled.notes
    assert pooled.summaries == serial.summaries and len(serial.summaries) >= 4
    assert pooled.lint_project() == serial.lint_project() != []


def test_cli_project_rules_are_identical_with_the_pool(tmp_path: Path) -> None:
    _corpus(tmp_path, 100)
    one = run_cli("check", "--select", "MSG704", "--format", "json", "--jobs", "1", str(tmp_path))
    two = run_cli("check", "--select", "MSG704", "--format", "json", "--jobs", "2", str(tmp_path))
    assert one.stdout == two.stdout and len(json.loads(one.stdout)) >= 3


_POOL_RUN = """
import sys
from msglint.core.config import Config
from msglint.engine.linter import Linter
from msglint.run import parallel

parallel.cpu_count = lambda: 2  # a pool of two on any machine
results = parallel.lint_paths(Linter(Config()), sys.argv[1:], jobs=2)
print(sum(len(r.diagnostics) for r in results), sum(r.error is not None for r in results))
"""


def test_pool_workers_save_the_caches_they_worked_out(tmp_path: Path) -> None:
    """#14: the words Hunspell accepted and the anchor sets of phrase patterns are written by
    ``atexit`` hooks, which a pool worker never runs: what the workers worked out must still be
    saved (multiprocessing's finaliser as each worker ends). The first file is linted in the
    parent; the German text and the three rare words are met only by the workers."""
    import os
    import subprocess
    import sys

    from msglint.core.diskcache import read_verified

    texts = [
        "Hello, thank you for your order.\n",
        "Please find the replacement gasket for your order in the parcel.\n",
        "Please find the replacement trowel for your order in the parcel.\n",
        "Vielen Dank für Ihre Bestellung. Die Rechnung liegt dem Paket bei, mit freundlichen Grüßen.\n",
        "Please find the replacement whisk for your order in the parcel.\n",
    ]
    paths = []
    for i, text in enumerate(texts):
        (tmp_path / f"m{i}.txt").write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / f"m{i}.txt"))
    cache = tmp_path / "cache"
    env = dict(os.environ, XDG_CACHE_HOME=str(cache))
    r = subprocess.run(
        [sys.executable, "-c", _POOL_RUN, *paths], env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.split()[1] == "0"  # no file failed
    (known,) = (cache / "msglint" / "hunspell").rglob("en_US.known-*")
    words = set((read_verified(known) or b"").decode().split("\n"))
    assert {"gasket", "trowel", "whisk"} <= words
    (anchors,) = (cache / "msglint" / "packs").glob("anchors-*")
    assert any(p.name.startswith("de.") for p in anchors.glob("*.json"))
