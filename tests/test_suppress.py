"""Inline suppressions (msglint/suppress.py), MSG002/MSG003, and the config-level silences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import lint_text, run_cli

ORDER = "Your order 123-1234567-1234567"
EMOJI_LINE = f"<p>{ORDER}: the ring 😀 is ready.</p>"


def sel(source: str, filename: str = "t.html") -> list[tuple[str, int, int]]:
    """Only the rules under test, so other helpers' rules cannot change these expectations."""
    return lint_text(source, filename, select=["MSG101", "MSG002", "MSG003"])


def test_without_suppression_the_emoji_is_reported() -> None:
    assert sel(EMOJI_LINE) == [("MSG101", 1, 45)]


def test_disable_next_line_silences_only_the_next_line() -> None:
    src = f"<!-- msglint: disable-next-line=MSG101 -->\n{EMOJI_LINE}\n{EMOJI_LINE}\n"
    assert sel(src) == [("MSG101", 3, 45)]


def test_disable_line_silences_its_own_line() -> None:
    src = f"{EMOJI_LINE} <!-- msglint: disable-line=emoji -->\n{EMOJI_LINE}\n"
    assert sel(src) == [("MSG101", 2, 45)]


def test_disable_file_silences_the_whole_file_wherever_it_is() -> None:
    src = f"{EMOJI_LINE}\n<p>x</p>\n{{# msglint: disable-file=emoji -- legacy brand name #}}\n{EMOJI_LINE}\n"
    assert sel(src) == []
    # an enable does not end it; an unused one is stale like any other
    src = f"<!-- msglint: disable-file=emoji -->\n<!-- msglint: enable=emoji -->\n{EMOJI_LINE}\n"
    assert sel(src) == []
    assert sel(f"<p>{ORDER}.</p>\n<!-- msglint: disable-file=emoji -->\n") == [("MSG002", 2, 1)]


def test_slug_and_prefix_and_reason_are_accepted() -> None:
    for spec in ("emoji", "MSG1", "MSG101, emoji", "emoji -- brand name, approved by legal"):
        src = f"<!-- msglint: disable-next-line={spec} -->\n{EMOJI_LINE}\n"
        assert sel(src) == [], spec


def test_disable_enable_range() -> None:
    src = (
        f"{EMOJI_LINE}\n<!-- msglint: disable=MSG001,emoji -->\n{EMOJI_LINE}\n{EMOJI_LINE}\n"
        f"<!-- msglint: enable=emoji -->\n{EMOJI_LINE}\n"
    )
    # MSG001 is not selected here, so its part of the silence is not judged stale.
    assert sel(src) == [("MSG101", 1, 45), ("MSG101", 6, 45)]


def test_disable_without_list_means_every_rule_until_enable() -> None:
    src = f"<!-- msglint: disable -->\n{EMOJI_LINE}\n<!-- msglint: enable -->\n{EMOJI_LINE}\n"
    assert sel(src) == [("MSG101", 4, 45)]
    # a range left open runs to the end of the file
    assert sel(f"<!-- msglint: disable -->\n{EMOJI_LINE}\n{EMOJI_LINE}\n") == []


def test_enable_one_rule_inside_disable_all() -> None:
    src = f"<!-- msglint: disable -->\n{EMOJI_LINE}\n<!-- msglint: enable=emoji -->\n{EMOJI_LINE}\n"
    assert sel(src) == [("MSG101", 4, 45)]


def test_template_comments_work_in_html_and_plain_text() -> None:
    src = f"{{# msglint: disable-next-line=emoji #}}\n{EMOJI_LINE}\n"
    assert sel(src, "t.html.j2") == []
    text = f"{{#- msglint: disable-next-line=emoji -- brand -#}}\n{ORDER}: the ring 😀 is ready.\n"
    assert sel(text, "t.txt") == []


def test_html_comment_is_not_a_directive_in_plain_text() -> None:
    # In a plain-text message an HTML comment is text the buyer would read: not a suppression.
    text = f"<!-- msglint: disable-next-line=emoji -->\n{ORDER}: the ring 😀 is ready.\n"
    assert sel(text, "t.txt") == [("MSG101", 2, 42)]


def test_unused_suppression_is_reported_at_the_comment() -> None:
    src = f"<p>{ORDER}.</p>\n  <!-- msglint: disable-next-line=emoji -->\n<p>{ORDER}.</p>\n"
    diags = _diags(src)
    assert [(d.code, d.line, d.column) for d in diags] == [("MSG002", 2, 3)]
    assert "emoji" in diags[0].message and diags[0].severity == "warning"


def test_partly_used_suppression_names_the_stale_code() -> None:
    src = f"<!-- msglint: disable-next-line=emoji,MSG002 -->\n{EMOJI_LINE}\n"
    assert sel(src) == []  # MSG002 listed but never stale on its own: it cannot fire there
    src = f"<!-- msglint: disable=all -->\n<p>{ORDER}.</p>\n"
    assert sel(src) == [("MSG002", 1, 1)]


def test_unused_disable_all() -> None:
    diags = _diags(f"<!-- msglint: disable -- legacy -->\n<p>{ORDER}.</p>\n")
    assert [(d.code, d.line) for d in diags] == [("MSG002", 1)]
    assert "legacy" in diags[0].message


def test_suppression_of_an_inactive_rule_is_not_stale() -> None:
    # Only MSG101 runs: a silence for MSG001 cannot be judged, and is not reported.
    src = f"<!-- msglint: disable-next-line=MSG001 -->\n<p>{ORDER}.</p>\n"
    assert sel(src) == []


def test_suppression_of_a_rule_that_could_not_run_is_not_stale() -> None:
    # MSG404 needs a LanguageTool server; without one it is off, so its silence is not judged.
    src = f"<!-- msglint: disable-next-line=grammar -->\n<p>{ORDER}.</p>\n"
    assert lint_text(src, "t.html", select=["MSG404", "MSG002"]) == []
    src = f"<!-- msglint: disable-next-line=grammar,emoji -->\n<p>{ORDER}.</p>\n"
    assert lint_text(src, "t.html", select=["MSG404", "MSG101", "MSG002"]) == [("MSG002", 1, 1)]


def test_unknown_code_and_action_are_invalid() -> None:
    src = f"<!-- msglint: disable-next-line=MSG999,emoji -->\n{EMOJI_LINE}\n"
    diags = _diags(src)
    assert [(d.code, d.line, d.column) for d in diags] == [("MSG003", 1, 33)]
    assert "MSG999" in diags[0].message
    # the known code still works; an unknown one never falls back to "every rule"
    src = f"<!-- msglint: disable-next-line=MSG999 -->\n{EMOJI_LINE}\n"
    assert sel(src) == [("MSG003", 1, 33), ("MSG101", 2, 45)]
    src = f"<!-- msglint: disabel=emoji -->\n{EMOJI_LINE}\n"
    assert sel(src) == [("MSG003", 1, 15), ("MSG101", 2, 45)]
    src = f"<!-- msglint disable-next-line=emoji -->\n{EMOJI_LINE}\n"  # the colon forgotten
    assert sel(src) == [("MSG003", 1, 14), ("MSG101", 2, 45)]
    src = f"<!-- msglint: disable-next-line=emoji because brand -->\n{EMOJI_LINE}\n"
    assert sel(src)[0][0] == "MSG003"


def test_comments_that_only_mention_msglint_are_ignored() -> None:
    src = f"<!-- checked with msglint before upload -->\n{EMOJI_LINE}\n"
    assert sel(src) == [("MSG101", 2, 45)]


def test_crlf_lines() -> None:
    src = f"<!-- msglint: disable-next-line=emoji -->\r\n{EMOJI_LINE}\r\n{EMOJI_LINE}\r\n"
    assert sel(src) == [("MSG101", 3, 45)]


def test_malformed_and_huge_directives_do_not_fail() -> None:
    for src in (
        "<!-- msglint:",
        "<!-- msglint: -->",
        "{# msglint: disable=" + "a," * 5000 + " #}",
        "<!-- msglint: disable=" + "x" * 100000 + " -->",
        "<!-- msglint: disable-next-line= -->",
    ):
        assert isinstance(sel(src), list)


def _diags(src: str, filename: str = "t.html") -> list:  # type: ignore[type-arg]
    import msglint

    return msglint.lint(src, filename=filename, config={"select": ["MSG101", "MSG002", "MSG003"]})


# ---- configuration-level silences, through the CLI -----------------------------------------
@pytest.mark.parametrize("config_name", ["msglint.toml", "pyproject.toml"])
def test_per_file_ignores_by_folder_glob(tmp_path: Path, config_name: str) -> None:
    table = '"legacy/*.html" = ["emoji"]\n'
    if config_name == "pyproject.toml":
        text = '[project]\nname = "shop"\n[tool.msglint]\nselect = ["MSG101"]\n'
        text += "[tool.msglint.per-file-ignores]\n" + table
    else:
        text = 'select = ["MSG101"]\n[per-file-ignores]\n' + table
    (tmp_path / config_name).write_text(text)
    (tmp_path / "legacy").mkdir()
    (tmp_path / "legacy" / "old.html").write_text(EMOJI_LINE, encoding="utf-8")
    (tmp_path / "new.html").write_text(EMOJI_LINE, encoding="utf-8")
    r = run_cli("check", "--format", "json", ".", cwd=tmp_path)
    assert r.returncode == 1, r.stderr
    assert [Path(d["path"]).as_posix() for d in json.loads(r.stdout)] == ["new.html"]


def test_severity_override_and_extend_select(tmp_path: Path) -> None:
    (tmp_path / "msglint.toml").write_text('select = ["MSG0"]\n[severity]\nemoji = "warning"\n')
    f = tmp_path / "a.html"
    f.write_text(EMOJI_LINE, encoding="utf-8")
    r = run_cli("check", "--format", "json", "a.html", cwd=tmp_path)
    assert (r.returncode, json.loads(r.stdout)) == (0, [])  # MSG101 not selected
    r = run_cli("check", "--format", "json", "--extend-select", "emoji", "a.html", cwd=tmp_path)
    data = json.loads(r.stdout)
    assert [(d["code"], d["severity"]) for d in data] == [("MSG101", "warning")]
    assert r.returncode == 0  # a warning does not fail by default
    r = run_cli("check", "--extend-select", "emoji", "--fail-on", "warning", "a.html", cwd=tmp_path)
    assert r.returncode == 1
    (tmp_path / "msglint.toml").write_text('[severity]\nemoji = "off"\n')
    r = run_cli("check", "--format", "json", "--select", "MSG101", "a.html", cwd=tmp_path)
    assert (r.returncode, json.loads(r.stdout)) == (0, [])


@pytest.mark.timeout(120)  # a hang guard, not a speed assertion
def test_many_ranges_and_many_findings_are_matched_without_comparing_every_pair() -> None:
    """Range directives and the findings they silence are matched by bisection: every finding
    was compared with every range (a 777 KB fuzz input with 33,000 emoji findings and ~500
    directives spent 19 s there, #14). Every other block is silenced, the others are reported,
    and no directive is unused."""
    blocks = []
    for i in range(2_000):
        if i % 2:
            blocks.append(f"<!-- msglint: disable=emoji -->\n{EMOJI_LINE}\n<!-- msglint: enable=emoji -->")
        else:
            blocks.append(EMOJI_LINE)
    found = sel("\n".join(blocks) + "\n")
    assert [code for code, _, _ in found] == ["MSG101"] * 1_000
    assert {line for _, line, _ in found} == {1 + 4 * k for k in range(1_000)}
