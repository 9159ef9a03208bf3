"""The result cache (.msglint_cache/): reused when nothing changed, keyed by content,
configuration, packs and version, safe under concurrent runs, never trusted when corrupt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES
from conftest import run_cli as _run_cli

from msglint.core.config import Config, from_mapping
from msglint.engine.linter import Linter
from msglint.run.cache import ResultCache, cached_lint_task


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return _run_cli(*args, cwd=cwd, cache=True)


EMOJI = "<p>Hello, your order 123-1234567-1234567: which text should we engrave on the ring 😀?</p>\n"


def _project(root: Path) -> None:
    (root / "msglint.toml").write_text('select = ["MSG1", "MSG2", "MSG3", "MSG4", "MSG7"]\n', encoding="utf-8")
    for src in sorted((FIXTURES / "rules").glob("MSG1*/*.html"))[:6]:
        (root / f"{src.parent.name}-{src.name}").write_bytes(src.read_bytes())
    (root / "emoji.html").write_text(EMOJI, encoding="utf-8")


def _entries(root: Path) -> list[Path]:
    return sorted(p for p in (root / ".msglint_cache").rglob("*.json"))


def test_second_run_reads_the_cache_and_prints_the_same(tmp_path: Path) -> None:
    _project(tmp_path)
    cold = run_cli("check", ".", cwd=tmp_path)
    entries = _entries(tmp_path)
    assert len(entries) == len(list(tmp_path.glob("*.html"))) and (
        tmp_path / ".msglint_cache" / ".gitignore"
    ).read_text().endswith("*\n")
    warm = run_cli("check", ".", cwd=tmp_path)
    assert (warm.returncode, warm.stdout, warm.stderr) == (cold.returncode, cold.stdout, cold.stderr)
    assert _entries(tmp_path) == entries
    uncached = run_cli("check", "--no-cache", ".", cwd=tmp_path)
    assert uncached.stdout == cold.stdout


def test_hits_and_misses_in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from msglint.run import cache as cache_mod

    monkeypatch.setattr(cache_mod, "PROJECT_ROOT", [str(tmp_path)])
    monkeypatch.setattr(cache_mod, "_CACHES", {})
    path = tmp_path / "a.html"
    path.write_text(EMOJI, encoding="utf-8")
    cfg = from_mapping({"select": ["emoji"]}, root=str(tmp_path))
    linter = Linter(cfg)
    first = cached_lint_task(linter, str(path))
    rc = ResultCache(cfg)
    assert rc.folder.parent == tmp_path / ".msglint_cache"
    assert cache_mod.cache_for(linter).misses == 1
    again = cached_lint_task(linter, str(path))
    assert again == first and cache_mod.cache_for(linter).hits == 1
    path.write_text(EMOJI.replace("😀", ""), encoding="utf-8")  # new content: a new key
    assert cached_lint_task(linter, str(path)) == []
    other = Linter(from_mapping({"select": ["emoji"], "severity": {"emoji": "warning"}}, root=str(tmp_path)))
    path.write_text(EMOJI, encoding="utf-8")
    assert [d.severity for d in cached_lint_task(other, str(path))] == ["warning"]  # config is in the key
    assert rc.folder == cache_mod.cache_for(linter).folder


def test_project_rule_summaries_come_back_from_the_cache(tmp_path: Path) -> None:
    repeated = FIXTURES / "rules" / "MSG704-repeated-review-request" / "repeated"
    for src in repeated.glob("*.html"):
        (tmp_path / src.name).write_bytes(src.read_bytes())
    (tmp_path / "msglint.toml").write_text('select = ["MSG704"]\n', encoding="utf-8")
    cold = run_cli("check", ".", cwd=tmp_path)
    warm = run_cli("check", ".", cwd=tmp_path)
    assert cold.returncode == warm.returncode == 1
    assert warm.stdout == cold.stdout and b"MSG704" in warm.stdout


@pytest.mark.parametrize("damage", ["truncate", "garbage", "payload", "empty", "wrong-shape"])
def test_corrupt_entries_are_never_trusted(tmp_path: Path, damage: str) -> None:
    _project(tmp_path)
    reference = run_cli("check", "--no-cache", ".", cwd=tmp_path)
    run_cli("check", ".", cwd=tmp_path)
    for entry in _entries(tmp_path):
        blob = entry.read_bytes()
        if damage == "truncate":
            entry.write_bytes(blob[: len(blob) // 2])
        elif damage == "garbage":
            entry.write_bytes(os.urandom(64))
        elif damage == "payload":  # valid JSON, a finding removed, checksum left as it was
            entry.write_bytes(blob.replace(b"MSG1", b"MSG9").replace(b'"line": 1', b'"line": 2'))
        elif damage == "empty":
            entry.write_bytes(b"")
        else:
            entry.write_bytes(b'{"format": 1, "key": "x", "sha256": "0", "payload": "[]"}')
    damaged = run_cli("check", ".", cwd=tmp_path)
    assert (damaged.returncode, damaged.stdout) == (reference.returncode, reference.stdout)
    repaired = run_cli("check", ".", cwd=tmp_path)  # entries rewritten: the next run agrees too
    assert repaired.stdout == reference.stdout


def test_concurrent_runs_agree(tmp_path: Path) -> None:
    _project(tmp_path)
    exe = Path(sys.executable).parent / "msglint"
    env = dict(os.environ, NO_COLOR="1")
    env.pop("MSGLINT_NO_CACHE", None)
    procs = [
        subprocess.Popen(
            [str(exe), "check", "."], cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        for _ in range(4)
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    assert len({o for o, _ in outs}) == 1 and all(err == b"" for _, err in outs)
    assert not list((tmp_path / ".msglint_cache").rglob(".*.json.*"))  # no temporary files left
    assert run_cli("check", ".", cwd=tmp_path).stdout == outs[0][0]


def test_no_cache_writes_nothing_and_cache_dir_moves_it(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(EMOJI, encoding="utf-8")
    run_cli("check", "--no-cache", "a.html", cwd=tmp_path)
    assert not (tmp_path / ".msglint_cache").exists()
    (tmp_path / "msglint.toml").write_text(f'cache-dir = "{tmp_path / "elsewhere"}"\n', encoding="utf-8")
    run_cli("check", "a.html", cwd=tmp_path)
    assert not (tmp_path / ".msglint_cache").exists()
    assert list((tmp_path / "elsewhere" / "results").rglob("*.json"))


def test_fix_does_not_use_the_cache(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(EMOJI, encoding="utf-8")
    run_cli("check", "--select", "emoji", "a.html", cwd=tmp_path)
    r = run_cli("check", "--select", "emoji", "--fix", "a.html", cwd=tmp_path)
    assert r.returncode == 0 and "😀" not in (tmp_path / "a.html").read_text(encoding="utf-8")
    r = run_cli("check", "--select", "emoji", "a.html", cwd=tmp_path)
    assert r.returncode == 0 and r.stdout.strip() == b"No problems in 1 file."


def test_config_fingerprint_ignores_where_values_came_from() -> None:
    from msglint.run.cache import config_fingerprint

    a = Config(marketplace="amazon.de", source="a.toml")
    b = Config(marketplace="amazon.de", source="b.toml")
    assert config_fingerprint(a) == config_fingerprint(b)
    assert config_fingerprint(a) != config_fingerprint(Config(marketplace="amazon.fr"))


def test_user_pack_content_is_in_the_key(tmp_path: Path) -> None:
    from msglint.run.cache import config_fingerprint

    (tmp_path / "house.toml").write_text("# a user pack\n", encoding="utf-8")
    cfg = Config(packs=("house.toml",), root=str(tmp_path))
    before = config_fingerprint(cfg)
    (tmp_path / "house.toml").write_text("# a user pack, edited\n", encoding="utf-8")
    assert config_fingerprint(cfg) != before


def _stale_entries(top: Path, n: int, version: str = "0" * 16) -> list[Path]:
    """``n`` result entries of an older msglint (another version folder), oldest first."""
    made = []
    for i in range(n):
        p = top / version / f"{i % 256:02x}" / f"old{i:05}.json"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(b"{}")
        os.utime(p, ns=(1_600_000_000_000_000_000 + i * 10**6,) * 2)
        made.append(p)
    return made


def test_prune_results_keeps_the_newest_entries_and_no_empty_folder(tmp_path: Path) -> None:
    from msglint.run.cache import prune_results

    top = tmp_path / ".msglint_cache"
    old = _stale_entries(top, 300)
    (top / ".gitignore").write_text("*\n")
    assert prune_results(top, keep=300) == 0
    assert prune_results(top, keep=10) == 290
    left = sorted(p for p in top.rglob("*") if p.is_file())
    assert left == sorted([top / ".gitignore", *old[-10:]])
    assert sorted(p.name for p in (top / ("0" * 16)).iterdir()) == sorted(p.parent.name for p in old[-10:])


def test_a_run_that_writes_results_prunes_the_oldest(tmp_path: Path) -> None:
    """#14: the result cache was never pruned (every edit of a template and every version left
    entries behind for good). A run that writes an entry removes the oldest beyond the newest
    RESULTS_KEEP, once per process; its output is what a run with an empty cache prints."""
    from msglint.run.cache import RESULTS_KEEP

    clean_dir, work = tmp_path / "clean", tmp_path / "work"
    for folder in (clean_dir, work):
        folder.mkdir()
        (folder / "emoji.html").write_text(EMOJI, encoding="utf-8")
    clean = run_cli("check", ".", cwd=clean_dir)
    old = _stale_entries(work / ".msglint_cache", RESULTS_KEEP + 20)
    got = run_cli("check", ".", cwd=work)
    assert (got.returncode, got.stdout, got.stderr) == (clean.returncode, clean.stdout, clean.stderr)
    assert b"emoji.html:1:84: MSG101" in got.stdout
    assert not any(p.exists() for p in old[:20]) and all(p.exists() for p in old[20:])
    assert len(_entries(work)) == RESULTS_KEEP + 1  # the new entry, written after the prune
