"""The work a lint does must not depend on PYTHONHASHSEED (issue #14, seventh session).

The concept groups of a combination ("A|B") and the concept lists of thanks-only were
frozensets: the order their concepts were asked in, and so which patterns ran and which anchor
files of the pack cache a run read and wrote, changed from one run to the next. They are now
tuples in the pack's order. Both tests start msglint in subprocesses under different hash seeds
and compare what the runs did, not how long they took. Before the change, seeds 3 and 5 wrote
one anchor file more for avoid-delay.txt than seed 0, and the sequence of concept questions
differed under seeds 0, 1 and 2 for every one of the messages of the second test.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import FIXTURES

SEEDS = ("0", "1", "2", "3", "4", "5")

#: Lints each file named on the command line and prints, per file, every (sentence, concept)
#: question the annotation had to work out (Annotation.hits without its memo), in order.
_PROBE = """
import sys
import msglint
from msglint.text import concepts

asked = []
original = concepts.Annotation.hits

def hits(self, s, concept):
    if s.index not in self._memo.get(concept, {}):
        asked.append((s.index, concept))
    return original(self, s, concept)

concepts.Annotation.hits = hits
for path in sys.argv[1:]:
    asked.clear()
    with open(path, encoding="utf-8") as f:
        msglint.lint(f.read(), filename=path)
    print(path, asked)
"""


def _env(seed: str, cache: Path) -> dict[str, str]:
    env = dict(os.environ, PYTHONHASHSEED=seed, XDG_CACHE_HOME=str(cache), NO_COLOR="1")
    env["MSGLINT_NO_CACHE"] = "1"
    return env


def test_the_anchor_files_a_run_touches_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    message = FIXTURES / "wording" / "en" / "avoid-delay.txt"
    touched: dict[str, list[str]] = {}
    for seed in SEEDS:
        cache = tmp_path / f"cache-{seed}"
        proc = subprocess.run(
            [sys.executable, "-m", "msglint", "check", "--format", "json", str(message)],
            capture_output=True,
            env=_env(seed, cache),
            cwd=tmp_path,
            timeout=120,
        )
        assert proc.returncode in (0, 1), proc.stderr.decode()
        folders = list((cache / "msglint" / "packs").glob("anchors-*"))
        assert len(folders) == 1, folders
        touched[seed] = sorted(p.name for p in folders[0].iterdir())
    assert "en.concept.THANKS.json" in touched["0"], touched["0"]  # the concepts were asked
    for seed in SEEDS[1:]:
        assert touched[seed] == touched["0"], (seed, sorted(set(touched[seed]) ^ set(touched["0"])))


def test_the_concept_questions_of_a_lint_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    messages = sorted(p for p in (FIXTURES / "wording" / "en").glob("*.txt"))[:8]
    assert len(messages) == 8
    runs: dict[str, list[str]] = {}
    for seed in SEEDS[:3]:
        proc = subprocess.run(
            [sys.executable, "-c", _PROBE, *map(str, messages)],
            capture_output=True,
            env=_env(seed, tmp_path / "cache"),
            cwd=tmp_path,
            timeout=120,
            text=True,
        )
        assert proc.returncode == 0, proc.stderr
        runs[seed] = proc.stdout.splitlines()
    assert len(runs["0"]) == 8
    assert all(line.count("(") > 10 for line in runs["0"]), runs["0"]  # every message asked questions
    assert runs["1"] == runs["0"]
    assert runs["2"] == runs["0"]
