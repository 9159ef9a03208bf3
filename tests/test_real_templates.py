"""benchmarks/real_templates.py: the manifest is well-formed and the script works end to end.

The real templates are third-party text and stay out of the repository, so these tests use a tiny
git repository and templates written here; what they check is the machinery (manifest, extract
from a git snapshot, Laravel string rendering, the report), not msglint's figures on real mail.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from conftest import ROOT

SCRIPT = ROOT / "benchmarks" / "real_templates.py"
_SPEC = importlib.util.spec_from_file_location("real_templates", SCRIPT)
assert _SPEC is not None and _SPEC.loader is not None
real_templates = importlib.util.module_from_spec(_SPEC)
sys.modules["real_templates"] = real_templates
_SPEC.loader.exec_module(real_templates)


def _languages() -> set[str]:
    with (ROOT / "rules" / "languages.toml").open("rb") as fh:
        return set(tomllib.load(fh)["languages"])


def test_manifest_entries_are_reproducible_and_labelled() -> None:
    templates = real_templates.load_manifest()
    assert len(templates) >= 500
    languages = _languages()
    seen = set()
    for t in templates:
        assert re.fullmatch(r"[0-9a-f]{40}", t.commit), t
        assert re.fullmatch(r"[\w.-]+/[\w.-]+", t.repo), t
        assert t.language in languages, t
        assert t.kind in real_templates.EXPECTED, t
        for pos in t.spelling_true | t.spelling_false:
            assert re.fullmatch(r"\d+:\d+", pos), t
        assert not t.spelling_true & t.spelling_false, t
        assert t.local not in seen, t
        seen.add(t.local)


def test_laravel_strings_are_rendered_with_parameters_as_placeholders() -> None:
    php = """<?php
return [
    // a comment
    'emails' => [
        'dear' => 'Dear :name',
        'orders' => ['shipped' => ['title' => 'It\\'s on its way', "x" => "y"],],
    ],
];
"""
    strings = real_templates.parse_php_array(php)
    assert strings == {"emails": {"dear": "Dear :name", "orders": {"shipped": {"title": "It's on its way", "x": "y"}}}}
    blade = (
        "<p>@lang('shop::app.emails.dear', ['name' => $order->name(1)])</p>\n"
        "<h1>{{ __('shop::app.emails.orders.shipped.title') }}</h1>\n"
        "<p>@lang('shop::app.emails.unknown')</p>\n"
    )
    assert real_templates.render_laravel(blade, strings) == (
        "<p>Dear {{ $name }}</p>\n<h1>It's on its way</h1>\n<p>@lang('shop::app.emails.unknown')</p>\n"
    )


def _git(cwd: Path, *args: str) -> str:
    env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.com")
    env.update(GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.com")
    out = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True)
    return out.stdout.strip()


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, MSGLINT_NO_CACHE="1")
    env.pop("MSGLINT_REAL_TEMPLATES", None)
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, env=env, timeout=300, check=False
    )


@pytest.fixture
def snapshot(tmp_path: Path) -> tuple[Path, Path]:
    """A git repository ``shop/mails`` (as ``owner+name/repo``) and a manifest naming its files."""
    repo = tmp_path / "mirrors" / "shop+mails" / "repo"
    (repo / "mails" / "en").mkdir(parents=True)
    (repo / "mails" / "en" / "shipped.html").write_text("<p>Hello,</p>\n<p>Your order has been shipped.</p>\n")
    (repo / "mails" / "en" / "invoice.html").write_text("<p>Hello,</p>\n<p>Please find the invoice attached.</p>\n")
    _git(repo, "init", "-q")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "mails")
    commit = _git(repo, "rev-parse", "HEAD")
    manifest = tmp_path / "manifest.toml"
    manifest.write_text(
        "".join(
            f'[[template]]\nrepo = "shop/mails"\ncommit = "{commit}"\npath = "mails/en/{name}.html"\n'
            f'language = "en"\nkind = "{kind}"\n\n'
            for name, kind in (("shipped", "shipping-notice"), ("invoice", "invoice"))
        )
    )
    return tmp_path / "mirrors", manifest


def test_extract_then_run_reports_per_kind(snapshot: tuple[Path, Path], tmp_path: Path) -> None:
    mirrors, manifest = snapshot
    out = tmp_path / "templates"
    proc = _run("--manifest", str(manifest), "extract", "--mirrors", str(mirrors), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"2 of 2 templates written to {out}"
    assert (out / "shop+mails" / "mails" / "en" / "shipped.html").read_text().endswith("has been shipped.</p>\n")
    proc = _run("--manifest", str(manifest), "run", "--templates", str(out), "--per-template")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == "2 templates from 1 repositories, en: 2"
    assert "| shipping-notice | en | MSG602 | 0/1 | 1/1 | 0/1 | 0/1 | 0/1 | 0/1 | 0/1 | 0/1 | 0 | 0 |" in lines
    assert "| invoice | en | none | 0/1 | 0/1 | 0/1 | 0/1 | 0/1 | 0/1 | 0/1 | 0/1 | 0 | 0 |" in lines
    assert "| en | 1/1 | 0 |" in lines
    assert "- `shop+mails/mails/en/shipped.html` shipping-notice/en: MSG602" in lines
    assert "- `shop+mails/mails/en/invoice.html` invoice/en: -" in lines


def test_extract_reports_a_missing_snapshot(snapshot: tuple[Path, Path], tmp_path: Path) -> None:
    _, manifest = snapshot
    proc = _run("--manifest", str(manifest), "extract", "--mirrors", str(tmp_path / "none"), "--out", str(tmp_path))
    assert proc.returncode == 1
    assert proc.stdout.strip() == f"0 of 2 templates written to {tmp_path}"
    assert f"no git directory for shop/mails under {tmp_path / 'none'}" in proc.stderr


def test_run_needs_a_template_folder() -> None:
    proc = _run("run")
    assert proc.returncode == 2
    assert "give --templates or set $MSGLINT_REAL_TEMPLATES" in proc.stderr
