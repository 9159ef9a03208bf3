"""The result cache: unchanged files are not linted again (like ruff's ``.ruff_cache``).

A file's results are stored under a key made of everything they depend on: the file's bytes
(SHA-256), its path (diagnostics carry it; per-file-ignores match it), the resolved
configuration, the rule packs and per-language data (their bytes), and msglint's version and
code. Change any of them and the entry is simply not found. The cache lives in
``.msglint_cache/`` in the folder of the run's configuration (found from the current folder; else
the current folder), or ``<cache-dir>/results`` when ``cache-dir`` is set; ``--no-cache`` (or
``MSGLINT_NO_CACHE=1``) bypasses it.

Entries are written atomically (a temporary file, then a rename), so concurrent runs never see
half an entry, and each carries a SHA-256 of its payload: an entry that does not parse, does not
match its checksum or has the wrong shape is ignored and rewritten, never trusted. Files whose
linting left a run-wide note (a LanguageTool server that did not answer) are not stored.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import fields
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from msglint.core.diagnostics import SourceLines
from msglint.core.diskcache import read_bytes, write_atomic

if TYPE_CHECKING:
    from msglint.core.config import Config
    from msglint.core.diagnostics import Diagnostic
    from msglint.core.project import FileSummary
    from msglint.engine.linter import Linter

FORMAT = 1
CACHE_DIR_NAME = ".msglint_cache"


@cache
def _code_fingerprint() -> str:
    """msglint's version, its source files and its packs: a new release, an edited check or an
    edited pack invalidates every entry."""
    from msglint.core.packs import packs_dir
    from msglint.core.version import __version__

    h = hashlib.sha256(f"{FORMAT}|{__version__}".encode())
    package = Path(__file__).resolve().parent.parent
    for path in sorted(package.rglob("*.py")):
        try:
            st = path.stat()
        except OSError:
            continue
        h.update(f"{path.relative_to(package)}|{st.st_size}|{st.st_mtime_ns}\n".encode())
    for path in sorted(packs_dir().rglob("*.toml")):
        try:
            h.update(path.name.encode() + b"\0" + path.read_bytes())
        except OSError:
            continue
    return h.hexdigest()


def config_fingerprint(cfg: Config) -> str:
    """The resolved configuration (what decides results; not where it was read from), with the
    bytes of the user's packs (``packs``), which add rules and phrases."""
    values = {f.name: getattr(cfg, f.name) for f in fields(cfg) if f.name not in ("source", "origins")}
    h = hashlib.sha256(repr(sorted(values.items())).encode())
    for entry in getattr(cfg, "packs", ()):
        base = Path(cfg.root or os.getcwd()) / Path(entry).expanduser()
        files = sorted(base.rglob("*.toml")) if base.is_dir() else [base]
        for path in files:
            try:
                h.update(str(path).encode("utf-8", "surrogateescape") + b"\0" + path.read_bytes())
            except OSError:
                h.update(str(path).encode("utf-8", "surrogateescape") + b"\0missing")
    return h.hexdigest()


#: where ``.msglint_cache`` goes: the folder of the run's own configuration (found from the current
#: folder), set by the CLI; one cache per project, like ruff, not one per nested configuration
PROJECT_ROOT: list[str] = []


def set_project_root(folder: str) -> None:
    PROJECT_ROOT[:] = [folder]


def cache_folder(cfg: Config, cwd: str | None = None) -> Path:
    if cfg.cache_dir:
        return Path(cfg.cache_dir).expanduser() / "results"
    return Path(PROJECT_ROOT[0] if PROJECT_ROOT else cwd or os.getcwd()) / CACHE_DIR_NAME


# ---- (de)serialisation --------------------------------------------------------------------------
def _diag_to_data(d: Diagnostic) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields(d):
        if f.name.startswith("_"):  # the source the diagnostic points into: stored once per entry
            continue
        value = getattr(d, f.name)
        if f.name == "fix" and value is not None:
            value = {
                "message": value.message,
                "edits": [[e.start, e.end, e.content, list(e.location) if e.location else None] for e in value.edits],
            }
        out[f.name] = value
    return out


def _diag_from_data(data: dict[str, Any], lines: SourceLines | None = None) -> Diagnostic:
    from msglint.core.diagnostics import Diagnostic, Edit, Fix

    kw = dict(data)
    kw["source"] = lines
    fix = kw.get("fix")
    if fix is not None:
        kw["fix"] = Fix(
            fix["message"],
            tuple(Edit(s, e, c, tuple(loc) if loc else None) for s, e, c, loc in fix["edits"]),
        )
    return Diagnostic(**kw)


def _summary_to_data(s: FileSummary) -> dict[str, Any]:
    return {
        "path": s.path,
        "front_matter": [
            {f.name: (list(v) if isinstance(v := getattr(e, f.name), tuple) else v) for f in fields(e)}
            for e in s.front_matter
        ],
    }


def _summary_from_data(data: dict[str, Any]) -> FileSummary:
    from msglint.core.project import FileSummary, SummaryEntry

    entries = []
    for e in data["front_matter"]:
        kw = dict(e)
        if isinstance(kw.get("value"), list):
            kw["value"] = tuple(kw["value"])
        entries.append(SummaryEntry(**kw))
    return FileSummary(data["path"], tuple(entries))


# ---- the cache ------------------------------------------------------------------------------------
class ResultCache:
    """One configuration's results, in one folder."""

    def __init__(self, cfg: Config, cwd: str | None = None) -> None:
        self.folder = cache_folder(cfg, cwd) / _code_fingerprint()[:16]
        self.config_key = config_fingerprint(cfg)
        self.hits = 0
        self.misses = 0
        self._marked = False

    def key(self, path: str, data: bytes) -> str:
        h = hashlib.sha256()
        h.update(self.config_key.encode())
        h.update(b"\0" + path.encode("utf-8", "surrogateescape") + b"\0")
        h.update(hashlib.sha256(data).digest())
        return h.hexdigest()

    def _file(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> tuple[list[Diagnostic], list[FileSummary]] | None:
        blob = read_bytes(self._file(key))
        if blob is None:
            return None
        try:
            entry = json.loads(blob)
            payload = entry["payload"]
            if entry.get("format") != FORMAT or entry.get("key") != key:
                return None
            if hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest() != entry["sha256"]:
                return None
            body = json.loads(payload)
            lines = SourceLines({int(n): str(t) for n, t in body.get("lines", {}).items()})
            diags = [_diag_from_data(d, lines) for d in body["diagnostics"]]
            summaries = [_summary_from_data(s) for s in body["summaries"]]
        except (ValueError, KeyError, TypeError, AttributeError):
            return None  # corrupt or foreign: linted again and rewritten
        return diags, summaries

    def put(self, key: str, diags: list[Diagnostic], summaries: list[FileSummary]) -> None:
        # the lines the diagnostics are on, each once (10k findings on one long line: one copy)
        lines = {str(n): text for n, text in {d.line: d.source_line for d in diags}.items()}
        body = {
            "diagnostics": [_diag_to_data(d) for d in diags],
            "summaries": [_summary_to_data(s) for s in summaries],
            "lines": lines,
        }
        payload = json.dumps(body, ensure_ascii=False)
        digest = hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()
        entry = json.dumps({"format": FORMAT, "key": key, "sha256": digest, "payload": payload}, ensure_ascii=False)
        self._mark_folder()
        write_atomic(self._file(key), entry.encode("utf-8", "surrogatepass"))

    def _mark_folder(self) -> None:
        """Like ruff: a ``.gitignore`` of ``*`` in the cache folder keeps it out of commits.
        Also the first write of a process prunes the cache (:func:`prune_results`)."""
        if self._marked:
            return
        self._marked = True
        top = self.folder.parent
        if top.name == CACHE_DIR_NAME and not (top / ".gitignore").exists():
            write_atomic(top / ".gitignore", b"# created by msglint: the result cache\n*\n")
        if str(top) not in _PRUNED:
            _PRUNED.add(str(top))
            prune_results(top)


#: Result entries the cache keeps at most, every msglint version's together (the folder of a
#: version is named by its code fingerprint). An entry is keyed on the file's bytes, so every
#: edit of a template, every configuration change and every new version leaves entries that
#: are never read again; nothing removed them (#14). A write (a miss) prunes, once per process:
#: the newest entries stay, by modification time, and the rest go; the cache then holds at most
#: this many plus what the run writes after that first write. 20,000: about seven times the
#: largest set of messages linted here (fixtures/, 2,922 files); an entry is 1-3 kB. A project
#: of more files than this would see valid entries pruned and linted again (a hit does not
#: refresh an entry's time).
RESULTS_KEEP = 20_000
#: result cache folders this process has pruned
_PRUNED: set[str] = set()


def prune_results(top: Path, keep: int = RESULTS_KEEP) -> int:
    """Remove the oldest entries of the result cache ``top`` (``.msglint_cache`` or
    ``<cache-dir>/results``) beyond the newest ``keep``, and the folders that leaves empty;
    how many entries were removed. Entries are listed without a ``stat`` unless there are
    more than ``keep`` (a run that writes pays a listing, not a ``stat`` per entry). An entry
    removed while in use is simply linted again: results never depend on the cache."""
    from contextlib import suppress

    entries: list[os.DirEntry[str]] = []
    folders: list[str] = []
    try:
        for version in os.scandir(top):
            if not version.is_dir(follow_symlinks=False):
                continue
            folders.append(version.path)
            for shard in os.scandir(version.path):
                if shard.is_dir(follow_symlinks=False):
                    folders.append(shard.path)
                    entries.extend(e for e in os.scandir(shard.path) if e.name.endswith(".json"))
    except OSError:
        return 0
    if len(entries) <= keep:
        return 0
    dated = []
    for e in entries:
        with suppress(OSError):
            dated.append((e.stat(follow_symlinks=False).st_mtime_ns, e.path))
    dated.sort(reverse=True)
    removed = 0
    for _, path in dated[keep:]:
        with suppress(OSError):
            os.unlink(path)
            removed += 1
    for folder in reversed(folders):  # shards before their version folder
        with suppress(OSError):
            os.rmdir(folder)  # only if empty
    return removed


#: notes that say nothing about this file's results (MSG404 has no server configured)
_HARMLESS_NOTES = frozenset({"MSG404-off"})
#: per process (workers included): one ResultCache per configuration
_CACHES: dict[Any, ResultCache] = {}


def cache_for(linter: Linter) -> ResultCache:
    rc = _CACHES.get(linter.config)
    if rc is None:
        rc = _CACHES[linter.config] = ResultCache(linter.config)
    return rc


def cached_lint_task(linter: Linter, path: str) -> list[Diagnostic]:
    """The lint task with the result cache: a hit returns the stored diagnostics (and restores
    the file's project summary), a miss lints and stores."""
    from msglint.model.decode import InputTooLarge, read_file

    try:
        data = read_file(path, linter.config.max_file_size)  # bounded, never blocks on a FIFO
    except InputTooLarge as exc:
        return linter.read_error(path, exc)
    rc = cache_for(linter)
    key = rc.key(path, data)
    hit = rc.get(key)
    if hit is not None:
        rc.hits += 1
        diags, summaries = hit
        if linter.project_codes:
            linter.summaries.extend(summaries)
        return diags
    rc.misses += 1
    notes_before = set(linter.notes) - _HARMLESS_NOTES
    summaries_before = len(linter.summaries)
    diags = linter.lint_bytes(data, path)
    if set(linter.notes) - _HARMLESS_NOTES == notes_before:  # a run-wide problem (server down): not stored
        rc.put(key, diags, linter.summaries[summaries_before:])
    return diags


__all__ = [
    "CACHE_DIR_NAME",
    "PROJECT_ROOT",
    "RESULTS_KEEP",
    "ResultCache",
    "cache_folder",
    "cache_for",
    "cached_lint_task",
    "config_fingerprint",
    "prune_results",
    "set_project_root",
]
