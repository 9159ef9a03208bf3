"""Configuration tables kept in the cache (msglint.core.config.read_table, #14): a run whose
config files did not change neither imports nor runs the TOML parser, an edited file is read
again, a damaged entry is never trusted, and a table the cache cannot hold exactly (dates) is
always parsed."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from msglint.core.config import ConfigError, load_file, read_table
from msglint.core.diskcache import read_verified, write_verified

PYPROJECT = (
    '[project]\nname = "x"\n\n[tool.msglint]\nselect = ["MSG101", "emoji"]\nmax-width-px = 640\n'
    "[tool.msglint.rules.MSG105]\nratio = 0.5\nlimits = [1, 2.5, true]\n"
)


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "msglint" / "config"


def _without_tomllib(monkeypatch: pytest.MonkeyPatch) -> None:
    """``import tomllib`` fails from now on: only a cached table can be read."""
    monkeypatch.setitem(sys.modules, "tomllib", None)


def test_a_second_read_comes_from_the_cache_without_the_toml_parser(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text(PYPROJECT, encoding="utf-8")
    first = read_table(path)
    assert first == {
        "select": ["MSG101", "emoji"],
        "max-width-px": 640,
        "rules": {"MSG105": {"ratio": 0.5, "limits": [1, 2.5, True]}},
    }
    assert len(list(cache.iterdir())) == 1
    _without_tomllib(monkeypatch)
    assert read_table(path) == first
    assert load_file(path).select == ("MSG101", "emoji")


def test_a_pyproject_without_msglint_is_cached_as_none(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text('[project]\nname = "x"\n[tool.ruff]\nline-length = 99\n', encoding="utf-8")
    assert read_table(path) is None
    _without_tomllib(monkeypatch)
    assert read_table(path) is None


def test_an_edited_file_is_read_again(tmp_path: Path, cache: Path) -> None:
    path = tmp_path / "msglint.toml"
    path.write_text('select = ["MSG101"]\n', encoding="utf-8")
    assert read_table(path) == {"select": ["MSG101"]}
    path.write_text('select = ["MSG101", "MSG102"]\n', encoding="utf-8")
    assert read_table(path) == {"select": ["MSG101", "MSG102"]}
    path.write_text('select = ["MSG103"]\n', encoding="utf-8")  # the first file's size again
    assert read_table(path) == {"select": ["MSG103"]}


def test_a_quick_second_save_of_the_same_size_and_time_is_read_again(tmp_path: Path, cache: Path) -> None:
    """Two saves within the file system's clock tick leave size and mtime unchanged: the
    cache is keyed on the content, not on them (the LSP reloads after each save)."""
    path = tmp_path / "msglint.toml"
    path.write_text('select = ["MSG101"]\n', encoding="utf-8")
    st = path.stat()
    assert read_table(path) == {"select": ["MSG101"]}
    path.write_text('select = ["MSG302"]\n', encoding="utf-8")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert path.stat().st_size == st.st_size and path.stat().st_mtime_ns == st.st_mtime_ns
    assert read_table(path) == {"select": ["MSG302"]}


@pytest.mark.parametrize(
    "damage",
    [
        b"not a cache file",  # no header
        b'{"table": {"select": ["MSG999"]}}',  # written behind a header that no longer verifies
        None,  # valid header, wrong shapes below
    ],
)
def test_a_damaged_entry_is_parsed_again_and_rewritten(tmp_path: Path, cache: Path, damage: bytes | None) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text(PYPROJECT, encoding="utf-8")
    good = read_table(path)
    (entry,) = cache.iterdir()
    shapes: list[object] = [{"table": 5}, {"table": {}, "other": 1}, ["table"], {"tables": None}]
    if damage is None:
        for shape in shapes:
            assert write_verified(entry, json.dumps(shape).encode())
            assert read_table(path) == good
            assert json.loads(read_verified(entry) or b"") == {"table": good}
        assert write_verified(entry, b"{not json")
    elif damage.startswith(b"{"):
        entry.write_bytes(entry.read_bytes().split(b"\n", 1)[0] + b"\n" + damage)
    else:
        entry.write_bytes(damage)
    assert read_table(path) == good
    assert json.loads(read_verified(entry) or b"") == {"table": good}


def test_a_table_with_a_date_is_never_cached(tmp_path: Path, cache: Path) -> None:
    path = tmp_path / "msglint.toml"
    path.write_text("marketplace = 1979-05-27\n", encoding="utf-8")
    messages = []
    for _ in range(2):
        with pytest.raises(ConfigError) as exc:
            load_file(path)
        messages.append(str(exc.value))
    assert messages[0] == messages[1]
    assert "marketplace" in messages[0]
    assert not cache.exists() or not list(cache.iterdir())


def test_invalid_toml_is_reported_on_every_run(tmp_path: Path, cache: Path) -> None:
    path = tmp_path / "msglint.toml"
    path.write_text('select = ["MSG101"\n', encoding="utf-8")
    for _ in range(2):
        with pytest.raises(ConfigError, match="invalid TOML"):
            read_table(path)
    assert not cache.exists() or not list(cache.iterdir())
