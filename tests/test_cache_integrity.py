"""The disk cache is never trusted blindly: every cache file (parsed packs, Hunspell dictionaries,
LanguageTool answers) is corrupted in three ways; the output stays what it was with a good cache,
and the next run finds the files rebuilt (fuzz triage D17, D18)."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from test_grammar import TEXT, StandIn

from msglint.core.diskcache import read_verified, write_verified

CORRUPTIONS = {
    "truncated to 0 bytes": lambda data: b"",
    "garbage of the same size": lambda data: random.Random(len(data)).randbytes(max(len(data), 10)),
    "valid JSON of the wrong shape": lambda data: b'{"rule": 5, "family": [], "matches": "x"}',
}


def _run(cwd: Path, cache: Path) -> tuple[int, bytes]:
    exe = Path(sys.executable).parent / "msglint"
    env = dict(os.environ, XDG_CACHE_HOME=str(cache), NO_COLOR="1")
    p = subprocess.run([str(exe), "check", "--format", "json", "."], cwd=cwd, env=env, capture_output=True, timeout=300)
    assert b"Traceback" not in p.stderr, p.stderr
    return p.returncode, p.stdout


def _cache_files(cache: Path) -> dict[str, list[Path]]:
    kinds: dict[str, list[Path]] = {}
    for p in sorted(cache.rglob("*")):
        if p.is_file():
            kinds.setdefault(p.relative_to(cache / "msglint").parts[0], []).append(p)
    return kinds


@pytest.mark.timeout(600)
@pytest.mark.parametrize("how", sorted(CORRUPTIONS))
def test_corrupted_cache_files_change_no_result_and_are_rebuilt(tmp_path: Path, how: str) -> None:
    work = tmp_path / "t"
    work.mkdir()
    cache = tmp_path / "cache"
    with StandIn() as lt:
        (work / "msglint.toml").write_text(f'languagetool-url = "{lt.url}"\n')
        (work / "grammar.txt").write_text(TEXT)
        (work / "spelling.txt").write_text(
            "Hello, thank you for your order 123-1234567-1234567. We have recieved your mesage and "
            "will send the replacment part tomorow.\n"
        )
        (work / "emoji.html").write_text("<p>Your order 123-1234567-1234567 \U0001f600 is ready.</p>\n")
        reference = _run(work, cache)
        assert b'"MSG404"' in reference[1] and b'"MSG403"' in reference[1] and b'"MSG101"' in reference[1]
        files = _cache_files(cache)
        assert {"packs", "hunspell", "languagetool"} <= set(files), files
        asked = len(lt.requests)
        for paths in files.values():
            for p in paths:
                p.write_bytes(CORRUPTIONS[how](p.read_bytes()))
        assert _run(work, cache) == reference  # results never depend on the cache's state
        assert len(lt.requests) == 2 * asked  # a damaged answer is asked for again, not used
        assert _run(work, cache) == reference
        assert len(lt.requests) == 2 * asked  # ...and was written again: now it is used
    for kind in ("packs", "languagetool"):
        for p in _cache_files(cache)[kind]:
            assert read_verified(p) is not None, p


def test_read_verified_rejects_every_damage(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    assert write_verified(path, b'{"a": 1}')
    good = path.read_bytes()
    assert read_verified(path) == b'{"a": 1}'
    for bad in (b"", good[:-1], good + b" ", good.replace(b"1}", b"2}"), b'{"a": 1}', good[:20]):
        path.write_bytes(bad)
        assert read_verified(path) is None, bad
    assert read_verified(tmp_path / "missing.json") is None
