"""A small on-disk cache for work that outlives one run (word lists, LanguageTool answers).

The folder is ``cache-dir`` from the configuration, else ``$XDG_CACHE_HOME/msglint`` or
``~/.cache/msglint``. Writes are atomic (temporary file + rename) so two msglint processes (a
pre-commit hook and an editor) never read half a file. An unwritable folder is not an error:
callers fall back to working in memory.

Nothing read from the cache is trusted blindly: :func:`write_verified` puts a header with the
payload's SHA-256 and size in front of it, and :func:`read_verified` returns None for a file
that does not verify (truncated, overwritten, from another version): the caller then rebuilds
the entry and writes it again. A cache's state never changes results (fuzz triage D17).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def cache_root(configured: str | None = None) -> Path:
    if configured:
        return Path(configured).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "msglint"


def read_bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def write_atomic(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` atomically; False (and nothing written) when that fails."""
    import tempfile  # only writers pay for it: most runs only read the cache

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
        return True
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        return False


_MAGIC = b"msglint-cache 1 "


def read_verified(path: Path) -> bytes | None:
    """The payload written by :func:`write_verified`, or None when the file is missing or does
    not verify."""
    import hashlib

    data = read_bytes(path)
    if data is None or not data.startswith(_MAGIC):
        return None
    nl = data.find(b"\n", 0, 200)
    if nl < 0:
        return None
    try:
        fields = dict(item.split(b"=", 1) for item in data[len(_MAGIC) : nl].split())
        size = int(fields[b"size"])
        digest = fields[b"sha256"].decode("ascii")
    except (KeyError, ValueError, UnicodeDecodeError):
        return None
    payload = data[nl + 1 :]
    if len(payload) != size or hashlib.sha256(payload).hexdigest() != digest:
        return None
    return payload


def write_verified(path: Path, payload: bytes) -> bool:
    """:func:`write_atomic` of ``payload`` behind a header that :func:`read_verified` checks."""
    import hashlib

    header = _MAGIC + f"size={len(payload)} sha256={hashlib.sha256(payload).hexdigest()}\n".encode("ascii")
    return write_atomic(path, header + payload)


#: Entries a cache folder keeps at most before :func:`prune` removes the oldest: the pack cache
#: holds 17-30 files per msglint version and checkout, so this keeps about twenty of them.
PRUNE_ABOVE = 600


def prune(folder: Path, keep: int = PRUNE_ABOVE) -> int:
    """Remove the oldest entries (files and folders, by modification time) of ``folder`` beyond
    the newest ``keep``; how many were removed.

    Cache entries are keyed on what they were made from (a pack file's path, size and mtime; a
    module's version), so an upgrade or an edited pack leaves the old entries behind for good:
    a development machine's pack cache had grown to 9,440 files, 198 MB. Called by writers only
    (a write means a cache miss, which is rare), so a run that only reads pays nothing. An entry
    removed while still in use is simply made again (results never depend on the cache)."""
    import shutil

    try:
        entries = [(e.stat().st_mtime_ns, e) for e in folder.iterdir()]
    except OSError:
        return 0
    if len(entries) <= keep:
        return 0
    entries.sort(key=lambda item: item[0], reverse=True)
    removed = 0
    for _, path in entries[keep:]:
        try:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
            removed += 1
        except OSError:
            continue
    return removed


#: Cache folders this process has pruned (:func:`prune_once`).
_PRUNED: set[str] = set()


def prune_once(folder: Path, keep: int = PRUNE_ABOVE) -> int:
    """:func:`prune` ``folder`` the first time a process writes to it, and never again in that
    process: pruning lists and stats the whole folder, and a run that writes many entries (a
    new version writes ~20 pack entries) needs it once, not per file written."""
    key = str(folder)
    if key in _PRUNED:
        return 0
    _PRUNED.add(key)
    return prune(folder, keep)
