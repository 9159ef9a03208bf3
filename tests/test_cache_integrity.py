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


ANCHOR_MESSAGE = (
    "Hello, thank you for your order 123-1234567-1234567.\n"
    "If you leave us a 5-star review we will send you a free gift card.\n"
    "Your order has been shipped today. To unsubscribe, reply STOP.\n"
)


def _check_text(work: Path, cache: Path) -> bytes:
    exe = Path(sys.executable).parent / "msglint"
    env = dict(os.environ, XDG_CACHE_HOME=str(cache), NO_COLOR="1")
    p = subprocess.run(
        [str(exe), "check", "--no-cache", "--format", "json", "m.txt"],
        cwd=work,
        env=env,
        capture_output=True,
        timeout=300,
    )
    assert b"Traceback" not in p.stderr, p.stderr
    return p.stdout


def _anchor_files(cache: Path) -> list[Path]:
    (folder,) = (cache / "msglint" / "packs").glob("anchors-*")
    return sorted(folder.glob("*.json"))


@pytest.mark.parametrize(
    "damage",
    ["anchors not in the pattern", "anchors that are not words", "entries of the wrong type", "every entry dropped"],
)
def test_anchor_files_with_a_valid_header_are_still_not_trusted(tmp_path: Path, damage: str) -> None:
    """The anchor sets of the phrase patterns are kept in the pack cache (msglint.text.phrases
    _AnchorStore), a file per section. Files whose checksum verifies but whose entries are
    wrong must change no result: an anchor that is not a run of letters of its folded pattern
    is never used (a wrong anchor would silence a pattern), and the entry is worked out again
    and written back."""
    import json

    (tmp_path / "w").mkdir()
    work, cache = tmp_path / "w", tmp_path / "cache"
    (work / "m.txt").write_text(ANCHOR_MESSAGE)
    reference = _check_text(work, cache)
    assert b'"MSG501"' in reference and b'"MSG502"' in reference and b'"MSG203"' in reference
    paths = _anchor_files(cache)
    assert len(paths) > 20  # a file per section asked about: the opt-out wording of every language...
    good = {p: json.loads(read_verified(p) or b"") for p in paths}
    assert sum(len(g) for g in good.values()) > 100
    assert all(isinstance(v, str) for g in good.values() for v in g.values())
    assert any(v for g in good.values() for v in g.values())  # most patterns have anchors
    for p, entries in good.items():
        bad: object
        if damage == "anchors not in the pattern":
            bad = {k: "qqqzzz" for k in entries}
        elif damage == "anchors that are not words":
            bad = {k: "gift card;" if v else "" for k, v in entries.items()}
        elif damage == "entries of the wrong type":
            bad = {k: [v] for k, v in entries.items()}
        else:
            bad = {}
        assert write_verified(p, json.dumps(bad).encode())
    for p in (cache / "msglint" / "packs").glob("index-*.json"):
        p.unlink()  # else the opt-out sections' anchors come from their index (tested below)
    assert _check_text(work, cache) == reference
    assert {p: json.loads(read_verified(p) or b"") for p in _anchor_files(cache)} == good  # rebuilt


@pytest.mark.parametrize("damage", ["anchors not in the pattern", "rows of the wrong shape", "no rows"])
def test_section_index_with_a_valid_header_is_still_not_trusted(tmp_path: Path, damage: str) -> None:
    """The opt-out sections of every language are read from an index in the pack cache
    (msglint.text.phrases.section_index), not from the twelve language files. An index whose
    checksum verifies but whose rows are wrong changes no result, and is built again."""
    import json

    (tmp_path / "w").mkdir()
    work, cache = tmp_path / "w", tmp_path / "cache"
    (work / "m.txt").write_text(
        ANCHOR_MESSAGE + "Write to shop [at] example [dot] com or visit http://x.example/unsubscribe\n"
    )
    reference = _check_text(work, cache)
    assert reference.count(b'"MSG203"') >= 1 and b'"MSG204"' in reference
    indexes = sorted((cache / "msglint" / "packs").glob("index-*.json"))
    assert len(indexes) >= 2  # the opt-out wording, the obfuscated e-mail words...
    good = {p: json.loads(read_verified(p) or b"") for p in indexes}
    for p, rows in good.items():
        assert rows and all(isinstance(r, list) and len(r) == 6 for r in rows)
        bad: object
        if damage == "anchors not in the pattern":
            bad = [[*r[:5], "qqqzzz"] for r in rows]
        elif damage == "rows of the wrong shape":
            bad = [r[:5] for r in rows]
        else:
            bad = []
        assert write_verified(p, json.dumps(bad).encode())
    assert _check_text(work, cache) == reference
    assert {p: json.loads(read_verified(p) or b"") for p in indexes} == good  # rebuilt


def test_anchor_sets_read_back_are_those_worked_out() -> None:
    from msglint.text import phrases

    for pattern, keep in (("(free|gratis) gift cards?", ""), ("r[eé]sum[eé]", "åäö"), ("\\d+ ?%", "")):
        sets = phrases._parse_anchor_sets(pattern, keep)
        stored = ";".join("|".join(sorted(s)) for s in sets)
        assert phrases._decode_anchor_sets(stored, phrases.fold_keep(pattern, keep)) == sets
    assert phrases._parse_anchor_sets("(free|gratis) gift cards?") == (
        frozenset({"gift"}),  # the most selective set first
        frozenset({"free", "gratis"}),
        frozenset({"card"}),
    )
    folded = phrases.fold_keep("(free|gratis) gift cards?", "")
    assert phrases._decode_anchor_sets("free|gratis;gift", folded) == (
        frozenset({"free", "gratis"}),
        frozenset({"gift"}),
    )
    for bad in ("free|zzz", "free gift", "gift;", "fr3e", "|"):
        assert phrases._decode_anchor_sets(bad, folded) is None, bad
    assert phrases._decode_anchor_sets("", folded) == ()


def test_damaged_anchor_files_a_run_did_not_read_are_removed(tmp_path: Path) -> None:
    """Which sections a run asks about varies between runs (the order in which a combination's
    concepts are tried), so a damaged anchor file may go unread: a run that works out new
    anchors removes such files (they were never used), and keeps the good ones."""
    from msglint.text.phrases import _AnchorStore

    store = _AnchorStore()
    store._folder = tmp_path
    good = tmp_path / "en.other.json"
    assert write_verified(good, b'{"x": "y"}')
    damaged = tmp_path / "en.concept.SERVICE.json"
    damaged.write_bytes(b"")
    store.get("(?:thank|thanks) you", "", "en.concept.THANKS")  # new: worked out, saved below
    store.save()
    assert not damaged.exists()
    assert read_verified(good) == b'{"x": "y"}'
    assert read_verified(tmp_path / "en.concept.THANKS.json") is not None


def test_prune_removes_the_oldest_entries_beyond_the_newest(tmp_path: Path) -> None:
    from msglint.core.diskcache import prune

    for i in range(12):
        p = tmp_path / (f"f{i:02}.json" if i % 4 else f"anchors-{i:02}")
        if i % 4:
            p.write_bytes(b"x")
        else:
            p.mkdir()
            (p / "en.json").write_bytes(b"x")
        os.utime(p, ns=(1_600_000_000_000_000_000 + i * 10**9,) * 2)
    assert prune(tmp_path, keep=20) == 0
    assert prune(tmp_path, keep=5) == 7
    assert sorted(p.name for p in tmp_path.iterdir()) == ["anchors-08", "f07.json", "f09.json", "f10.json", "f11.json"]


def test_a_run_that_writes_the_pack_cache_prunes_old_entries(tmp_path: Path) -> None:
    """Entries of earlier versions (keyed on files that changed since) are never read again: a
    run that writes the cache removes the oldest beyond the newest PRUNE_ABOVE, and its output
    is the same as with an empty cache."""
    from msglint.core.diskcache import PRUNE_ABOVE

    work = tmp_path / "t"
    work.mkdir()
    (work / "a.html").write_text("<p>Your order 123-1234567-1234567 \U0001f600 is ready.</p>\n")
    clean = _run(work, tmp_path / "clean")
    stale = tmp_path / "cache" / "msglint" / "packs"
    stale.mkdir(parents=True)
    for i in range(PRUNE_ABOVE + 50):
        p = stale / f"old{i:04}.json"
        p.write_bytes(b"stale")
        os.utime(p, ns=(1_600_000_000_000_000_000 + i,) * 2)
    assert _run(work, tmp_path / "cache") == clean
    left = list(stale.iterdir())
    new = [p for p in left if not p.name.startswith("old")]
    assert new and not (stale / "old0000.json").exists()
    # pruned once, at the run's first write (#14: not at every write): the entries it wrote
    # after that stay on top of the newest PRUNE_ABOVE
    assert len(left) - len(new) < PRUNE_ABOVE
    assert len(left) <= PRUNE_ABOVE + len(new)


def test_the_pack_cache_is_pruned_once_per_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every pack file parsed afresh writes a cache entry; listing the folder to prune it is
    done at the first of them only (a new version writes ~20 entries in one run)."""
    from msglint.core import diskcache, packs

    calls: list[Path] = []
    monkeypatch.setattr(diskcache, "prune", lambda folder, keep=0: calls.append(folder) or 0)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    for i in range(3):
        toml = tmp_path / f"p{i}.toml"
        toml.write_text(f"[t]\nn = {i}\n")
        assert packs.parsed_file(toml) == {"t": {"n": i}}
    assert calls == [tmp_path / "cache" / "msglint" / "packs"]
    assert len(list(calls[0].glob("*.json"))) == 3


def test_anchor_files_keep_what_another_process_wrote_meanwhile(tmp_path: Path) -> None:
    """Two processes (a pool's workers, two runs) read a shard, then each works out a new
    entry: the one that writes last keeps the other's entry (it reads the file again before
    writing), so neither has to work it out again (#14)."""
    import json

    from msglint.text import phrases

    first, second = phrases._AnchorStore(), phrases._AnchorStore()
    for store in (first, second):
        store._folder = tmp_path / "anchors"
    first.get("free gift cards?", "", "en.MSG501")
    second.get("(refund|money back)", "", "en.MSG501")  # both have read the (missing) file
    first.save()
    second.save()
    written = json.loads(read_verified(tmp_path / "anchors" / "en.MSG501.json") or b"")
    assert sorted(written) == ["\x00(refund|money back)", "\x00free gift cards?"]
    assert written["\x00(refund|money back)"] == "money|refund"
