"""A fresh clone is all the suite needs: no data from beside the repository, docs that exist."""

from __future__ import annotations

import re
import tomllib

import pytest
from conftest import OUTSIDE_READS, ROOT, outside_checkout


def test_the_guard_records_a_read_beside_the_checkout() -> None:
    # A neighbour that does not exist: the attempt to open it is what the guard records, so the
    # test proves the guard without reading anything that stands beside the checkout.
    target = ROOT.parent / "msglint-guard-probe-absent" / "sarif-2.1.0.json"
    assert not target.parent.exists()
    assert outside_checkout(str(target))
    assert not outside_checkout(str(ROOT / "tests" / "data" / "sarif-2.1.0.json"))
    start = len(OUTSIDE_READS)
    try:
        with open(target, "rb"):
            pass
    except OSError:
        pass  # absent: the attempt is what counts
    recorded = OUTSIDE_READS[start:]
    del OUTSIDE_READS[start:]  # this test's own attempt is deliberate
    assert recorded and "msglint-guard-probe-absent" in recorded[0]


def test_no_test_points_beside_the_checkout() -> None:
    for path in sorted((ROOT / "tests").glob("*.py")):
        if path.name in ("conftest.py", "test_self_contained.py"):
            continue
        text = path.read_text(encoding="utf-8")
        assert "ROOT.parent" not in text and "../shared" not in text and "SHARED" not in text, path.name


def test_license_is_mit_as_declared() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == {"text": "MIT"}
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")


def _texts() -> list[tuple[str, str]]:
    files = [ROOT / "README.md", *(ROOT / "docs").glob("*.md"), *(ROOT / "rules").rglob("*.toml")]
    files += [*(ROOT / "msglint").rglob("*.py"), *(ROOT / "tests").glob("*.py")]
    return [(str(p.relative_to(ROOT)), p.read_text(encoding="utf-8")) for p in files]


@pytest.mark.parametrize("needle", [r"(?<![/(])\bcli\.md", r"\bseeds?[/ ]\d{3}", r"shared/(spec|seeds|schemas)"])
def test_no_reference_to_documents_outside_the_repository(needle: str) -> None:
    for name, text in _texts():
        if name == "tests/test_self_contained.py":
            continue
        assert not re.search(needle, text), f"{name} refers to {needle!r}"


def test_every_docs_link_exists() -> None:
    for name, text in _texts():
        for ref in re.findall(r"\bdocs/([\w.-]+\.md)", text):
            assert (ROOT / "docs" / ref).is_file(), f"{name} refers to docs/{ref}"
    for page in (ROOT / "docs").glob("*.md"):
        for ref in re.findall(r"\]\(([\w.-]+\.md)(?:#[\w-]+)?\)", page.read_text(encoding="utf-8")):
            assert (ROOT / "docs" / ref).is_file(), f"docs/{page.name} links to {ref}"


def test_rules_reference_has_an_anchor_for_every_rule() -> None:
    from msglint.core.packs import load_rules

    text = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    for code in load_rules():
        assert f'<a id="{code.lower()}"></a>' in text


def test_phone_numbers_come_from_the_lite_package() -> None:
    """phonenumberslite has phonenumbers' matcher without 40 MB of geocoder, carrier and time-zone
    data msglint never reads; MSG205's results were identical on every fixture and the corpus."""
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    names = [re.split(r"[<>=\s]", d, maxsplit=1)[0] for d in deps]
    assert "phonenumberslite" in names and "phonenumbers" not in names
