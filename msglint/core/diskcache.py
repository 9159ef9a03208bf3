"""A small on-disk cache for work that outlives one run (word lists, LanguageTool answers).

The folder is ``cache-dir`` from the configuration, else ``$XDG_CACHE_HOME/msglint`` or
``~/.cache/msglint``. Writes are atomic (temporary file + rename) so two msglint processes (a
pre-commit hook and an editor) never read half a file. An unwritable folder is not an error:
callers fall back to working in memory.
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
