"""Lint many files on every core, with the same output as linting them one by one.

A template repository holds hundreds to thousands of messages; parsing and checking them is
pure Python and CPU-bound, so a batch is spread over worker processes. A handful of files is
linted in-process: starting workers costs more than it saves (see ``benchmarks/bench.py``).

Each worker rebuilds the :class:`~msglint.engine.linter.Linter` once from the (picklable, frozen)
:class:`~msglint.core.config.Config`, then lints whole files: it reads them itself, so only paths go
out and diagnostics come back. A file that cannot be read, or that trips a bug, comes back as an
error *message* in its slot, never as a traceback; results keep the order of the input.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

    from msglint.core.config import Config
    from msglint.core.diagnostics import Diagnostic
    from msglint.engine.linter import Linter

#: With the automatic job count, batches smaller than this are linted in-process. Measured
#: with ``msglint check`` on random samples of the benchmark corpus (2 cores, see README
#: "Performance"): each worker loads the dictionaries and language profiles of the languages
#: it meets, about a second of CPU, so two workers were slower up to 64 files and faster from
#: about 128.
MIN_POOL_FILES = 128
#: Files linted in the parent before the workers start (see :func:`lint_paths`).
WARM_UP_FILES = 1
#: Environment variable read by ``msglint check --jobs`` when the option is not given.
JOBS_ENV = "MSGLINT_JOBS"

#: ``task(linter, path) -> diagnostics``: what is done with one file. Must be a module-level
#: function so that it can be sent to worker processes by reference.
Task = Callable[["Linter", str], "list[Diagnostic]"]


@dataclass(frozen=True, slots=True)
class FileResult:
    """The outcome of one target: its diagnostics, or an error (exit code 2).

    ``error`` is the line to print after ``msglint: `` on stderr, e.g. ``error: a.html: is a
    directory``.
    """

    path: str
    diagnostics: list[Diagnostic]
    error: str | None = None


def cpu_count() -> int:
    """Cores this process may run on (the affinity mask, not the machine's total)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def lint_file_task(linter: Linter, path: str) -> list[Diagnostic]:
    """The default task: lint the file as it is on disk."""
    return linter.lint_file(path)


def run_one(linter: Linter, path: str, task: Task = lint_file_task) -> FileResult:
    """Lint one file; every failure becomes a user-facing message instead of an exception."""
    try:
        return FileResult(path, task(linter, path))
    except FileNotFoundError:
        return FileResult(path, [], f"error: {path}: no such file or directory")
    except IsADirectoryError:
        return FileResult(path, [], f"error: {path}: is a directory")
    except PermissionError:
        return FileResult(path, [], f"error: {path}: permission denied")
    except OSError as exc:
        return FileResult(path, [], f"error: {path}: {exc.strerror or exc}")
    except RecursionError:
        return FileResult(path, [], f"error: {path}: input is nested too deeply to lint")
    except MemoryError:
        return FileResult(path, [], f"error: {path}: not enough memory to lint this file")
    except Exception as exc:  # noqa: BLE001 - a bug must not become a traceback for the user
        return FileResult(
            path,
            [],
            f"internal error while linting {path}: {type(exc).__name__}: {exc} (please report this with the file)",
        )


# ---- worker side ------------------------------------------------------------------------------
_worker_linter: Linter | None = None
_worker_task: Task = lint_file_task


def _die_with_parent(parent: int) -> None:
    """Ask the kernel to terminate this worker when the parent dies, however it dies (Linux
    PR_SET_PDEATHSIG; elsewhere the pool's own shutdown is all there is)."""
    import signal

    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # 1: PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)


def _init_worker(config: Config, task: Task, parent: int | None = None) -> None:
    """Build the worker's Linter once; every file of every chunk reuses it."""
    global _worker_linter, _worker_task
    import signal

    from msglint.engine.linter import Linter

    # Ctrl-C is the parent's to handle (it stops the pool); a worker must not print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler (inherited by fork)
    if parent is not None:
        _die_with_parent(parent)

    _worker_linter = Linter(config)
    _worker_task = task
    from multiprocessing.util import Finalize

    Finalize(None, save_worker_caches, exitpriority=10)


def save_worker_caches() -> None:
    """Write what this worker worked out that later runs reuse: the anchor sets of phrase
    patterns (msglint.text.phrases) and the words Hunspell accepted (msglint.text.hunspell).

    Both are written by ``atexit`` hooks, and a pool worker ends with ``os._exit``, which runs
    none: before, everything the workers of a large run worked out was lost, and the next run
    worked it out again. multiprocessing runs this finaliser as the worker ends (the pool's
    shutdown), after its last chunk; a worker killed (SIGTERM, Ctrl-C) writes nothing, which
    is safe (results never depend on the cache). Only modules the worker loaded are asked."""
    phrases = sys.modules.get("msglint.text.phrases")
    if phrases is not None:
        phrases.save_anchors()
    hunspell = sys.modules.get("msglint.text.hunspell")
    if hunspell is not None:
        hunspell.save_known()


def _work(path: str) -> tuple[FileResult, list[Any], dict[str, str]]:
    """Lint one file in a worker; also hand back the run-wide state the Linter collected.

    That state (project-rule summaries such as MSG704's, and notes printed once per run) lives
    on the Linter; the parent merges it into its own so that a pooled run ends in the same
    state as a serial one.
    """
    linter = _worker_linter
    assert linter is not None, "worker used before its initializer ran"
    result = run_one(linter, path, _worker_task)
    take = getattr(linter, "take_summaries", None)
    summaries: list[Any] = take() if take is not None else []
    notes: dict[str, str] = getattr(linter, "notes", {})
    return result, summaries, dict(notes)


def _merge(linter: Linter, summaries: list[Any], notes: dict[str, str]) -> None:
    if summaries:
        getattr(linter, "summaries", []).extend(summaries)
    if notes:
        parent_notes: dict[str, str] | None = getattr(linter, "notes", None)
        if parent_notes is not None:
            for key, text in notes.items():
                parent_notes.setdefault(key, text)


# ---- parent side ------------------------------------------------------------------------------
def resolve_jobs(jobs: int | None) -> int:
    """``--jobs``: N >= 1 as given; None or 0 means automatic (every core, large batches only)."""
    if jobs is None or jobs <= 0:
        return 0
    return jobs


def use_pool(n_files: int, jobs: int) -> int:
    """How many workers to start for ``n_files`` (0: lint in-process).

    An explicit ``--jobs N`` is capped at the cores this process may run on (:func:`cpu_count`)
    and at the number of files: linting is CPU-bound, so workers beyond the cores only add
    their start-up (each loads the dictionaries and profiles it needs) and memory; ``-j 64``
    on 2 cores starts 2 workers."""
    if jobs == 1 or n_files < 2:
        return 0
    cores = cpu_count()
    if jobs == 0 and n_files < MIN_POOL_FILES:  # automatic: the pool pays only for large batches
        return 0
    workers = min(jobs or cores, cores, n_files)
    return workers if workers >= 2 else 0


def _chunksize(n_files: int, workers: int) -> int:
    # Several chunks per worker balance uneven file sizes; chunks of a few dozen files keep
    # the per-task overhead (a pickle round trip) small next to the linting.
    return max(1, min(64, n_files // (workers * 8) or 1))


def _context() -> BaseContext:
    import multiprocessing

    # fork starts a worker in milliseconds with msglint already imported; where fork is not
    # safe or not available (macOS, Windows) the platform default (spawn) is used.
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def lint_paths(
    linter: Linter,
    paths: Sequence[str],
    jobs: int | None = None,
    task: Task = lint_file_task,
    progress: Callable[[], None] | None = None,
) -> list[FileResult]:
    """Lint ``paths`` (files, not folders), one result per path in the same order.

    ``jobs``: 1 lints in-process; N > 1 uses N worker processes; None/0 picks the number of
    cores and uses them only for batches of at least :data:`MIN_POOL_FILES` files.
    """
    paths = list(paths)
    workers = use_pool(len(paths), resolve_jobs(jobs))
    tick = progress or (lambda: None)

    def one(p: str) -> FileResult:
        result = run_one(linter, p, task)
        tick()
        return result

    if not workers:
        return [one(p) for p in paths]
    # The first file is linted here, before the workers are forked: it loads what every file
    # needs (rule data, compiled phrase patterns, a dictionary, language profiles), and forked
    # workers inherit it instead of each loading it again.
    results = [one(p) for p in paths[:WARM_UP_FILES]]
    rest = paths[WARM_UP_FILES:]
    pooled = _lint_pool(linter.config, rest, workers, task, tick)
    if pooled is None:
        return results + [one(p) for p in rest]
    for result, summaries, notes in pooled:
        _merge(linter, summaries, notes)
        results.append(result)
    return results


def _lint_pool(
    config: Config, paths: list[str], workers: int, task: Task, tick: Callable[[], None]
) -> list[tuple[FileResult, list[Any], dict[str, str]]] | None:
    """The results from a process pool, or None when no pool can run here (lint serially)."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    try:
        executor = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=_context(),
            initializer=_init_worker,
            initargs=(config, task, os.getpid()),
        )
    except (OSError, ImportError, NotImplementedError, ValueError):
        return None  # no semaphores or no fork in this sandbox: serial is still correct
    # Forked workers share the parent's memory until they write to it; the cyclic garbage
    # collector would write to every object it scans (word lists of a few hundred thousand
    # entries), so the parent's objects are moved out of its sight first.
    gc.freeze()
    previous = _on_sigterm_exit()
    finished = False
    try:
        out = []
        for item in executor.map(_work, paths, chunksize=_chunksize(len(paths), workers)):
            out.append(item)
            tick()
        finished = True
        return out
    except (BrokenProcessPool, OSError):
        finished = True
        return None  # a worker died (killed, out of memory): redo the batch in-process
    finally:
        if not finished:  # interrupted (SIGTERM, Ctrl-C): the workers go now, not after their chunk
            _stop_workers(executor)
        executor.shutdown(wait=finished, cancel_futures=True)
        _restore_sigterm(previous)
        gc.unfreeze()


def _on_sigterm_exit() -> Any:
    """While the pool runs, SIGTERM becomes SystemExit(143) in the parent, so that the pool's
    cleanup runs and no worker is left behind (the default action kills the parent alone)."""
    import signal

    def terminate(signum: int, _frame: Any) -> None:
        raise SystemExit(128 + signum)

    try:
        return signal.signal(signal.SIGTERM, terminate)
    except ValueError:  # not the main thread (library use): the workers still die with us
        return None


def _restore_sigterm(previous: Any) -> None:
    import signal

    if previous is not None:
        signal.signal(signal.SIGTERM, previous)


def _stop_workers(executor: Any) -> None:
    """Terminate the pool's worker processes (only those: a library caller may have its own)."""
    procs = list((getattr(executor, "_processes", None) or {}).values())
    for proc in procs:
        if proc.is_alive():
            proc.terminate()
    for proc in procs:
        proc.join(5)


def lint_targets(
    linter: Linter,
    targets: Sequence[str],
    jobs: int | None = None,
    stdin_filename: str | None = None,
    task: Task = lint_file_task,
    progress: Callable[[], None] | None = None,
) -> list[FileResult]:
    """Like :func:`lint_paths`, but ``-`` reads standard input (in this process)."""
    targets = list(targets)
    if "-" not in targets:
        return lint_paths(linter, targets, jobs, task, progress)
    files = [t for t in targets if t != "-"]
    done = iter(lint_paths(linter, files, jobs, task, progress))
    out: list[FileResult] = []
    for t in targets:
        if t == "-":
            out.append(run_one(linter, "-", _StdinTask(stdin_filename or "-")))
        else:
            out.append(next(done))
    return out


class _StdinTask:
    """Reads standard input once and lints it under the reported name."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, linter: Linter, path: str) -> list[Diagnostic]:
        from msglint.model.decode import InputTooLarge, read_stream

        try:
            data = read_stream(sys.stdin.buffer if sys.stdin is not None else None, linter.config.max_file_size)
        except InputTooLarge as exc:
            return linter.read_error(self.name, exc)
        return linter.lint_bytes(data, self.name)
