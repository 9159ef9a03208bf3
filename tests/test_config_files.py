"""Configuration like ruff's: the closest configuration to each file, `extend`, `--config` over
all, exclusion (exclude, extend-exclude, force-exclude, .gitignore), values validated where they
are read, --show-settings and --show-files. CLI tests run msglint in a subprocess."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from conftest import run_cli

import msglint
from msglint.core.config import ConfigError, Resolver, discover
from msglint.run.files import GitIgnore

GERMAN = (
    "<p>Hallo, vielen Dank für Ihre Bestellung 123-1234567-1234567. Damit wir den Ring gravieren können, "
    "brauchen wir noch den gewünschten Text für die Gravur. Bitte antworten Sie uns kurz auf diese Nachricht "
    "mit dem Namen, den wir eingravieren sollen.</p>\n"
)
ENGLISH = (
    "<p>Hello, we are preparing the engraved ring of your order 123-1234567-1234567. Could you please "
    "confirm the engraving text by replying to this message?</p>\n"
)
EMOJI = "<p>Hello, your order 123-1234567-1234567: which text should we engrave on the ring 😀?</p>\n"


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _agency(root: Path, git: bool = True) -> None:
    """An agency's repository: a root configuration, one folder per client (client-de sells on
    amazon.de and inherits the root's settings), a docs folder and a git-ignored build folder."""
    _write(
        root,
        {
            ".gitignore": "# generated\nbuild/\n*.bak.html\n",
            "msglint.toml": 'extend-exclude = ["docs", "README*"]\nignore = ["MSG403"]\n',
            "client-de/msglint.toml": 'extend = "../msglint.toml"\nmarketplace = "amazon.de"\n',
            "client-de/gravur.html": GERMAN,
            "client-de/gravur.bak.html": EMOJI,
            # a comment that mentions the table is not a configuration: the root's applies here
            "client-us/pyproject.toml": '# see [tool.msglint] in the root msglint.toml\n[project]\nname = "x"\n',
            "client-us/engraving.html": ENGLISH,
            "client-us/question.html": EMOJI,
            "docs/index.html": "<html><body><h1>How we write templates 😀</h1></body></html>\n",
            "README.txt": "Templates of our clients.\n",
            "build/out.html": EMOJI,
        },
    )
    if git:
        subprocess.run(["git", "init", "-q"], cwd=root, check=True)


@pytest.mark.parametrize("git", [True, False], ids=["git-repository", "plain-folder"])
def test_agency_layout_is_linted_correctly_from_the_root(tmp_path: Path, git: bool) -> None:
    _agency(tmp_path, git)
    r = run_cli("check", "--show-files", ".", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout.decode().split() == [
        "./client-de/gravur.html",
        "./client-us/engraving.html",
        "./client-us/question.html",
    ]
    r = run_cli("check", ".", cwd=tmp_path)
    out = r.stdout.decode()
    # the German template is judged with client-de's marketplace (amazon.de): no MSG402
    assert out.splitlines()[0].startswith("client-us/question.html:1:") or out.splitlines()[0].startswith(
        "./client-us/question.html:1:"
    ), out
    assert "MSG101 [emoji]" in out and "MSG402" not in out and "gravur" not in out, out
    assert "docs" not in out and "build" not in out and "README" not in out, out
    assert r.returncode == 1 and r.stderr == b"", r.stderr
    assert out.rstrip().endswith("1 problem in 1 file (1 error, 0 warnings); 1 fixable with --fix"), out


def test_agency_settings_show_where_each_value_comes_from(tmp_path: Path) -> None:
    _agency(tmp_path)
    r = run_cli("check", "--show-settings", "client-de/gravur.html", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode()
    child, parent = tmp_path / "client-de" / "msglint.toml", tmp_path / "msglint.toml"
    assert f'marketplace = "amazon.de"  # {child}' in out, out
    assert f'ignore = ["MSG403"]  # {parent}' in out, out  # inherited through `extend`
    assert "respect-gitignore = true  # default" in out
    r = run_cli("check", "--show-settings", "client-us/engraving.html", cwd=tmp_path)
    assert f"# configuration file: {parent}" in r.stdout.decode()  # not hidden by the pyproject comment
    r = run_cli("check", "--show-settings", "client-de/gravur.html", "--language", "fr", cwd=tmp_path)
    assert 'language = "fr"  # command line' in r.stdout.decode()


def test_agency_pre_commit_style_names_files_and_force_exclude_applies(tmp_path: Path) -> None:
    _agency(tmp_path)
    named = ["docs/index.html", "build/out.html", "README.txt", "client-de/gravur.bak.html", "client-de/gravur.html"]
    r = run_cli("check", "--force-exclude", *named, cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.decode().strip() == "No problems in 1 file."
    r = run_cli("check", "docs/index.html", cwd=tmp_path)  # named without force-exclude: linted
    assert r.returncode == 1 and b"docs/index.html:1:" in r.stdout
    (tmp_path / "msglint.toml").write_text('extend-exclude = ["docs"]\nforce-exclude = true\n', encoding="utf-8")
    r = run_cli("check", "docs/index.html", cwd=tmp_path)
    assert r.returncode == 0 and r.stdout.decode().strip() == "No problems in 0 files.", r.stdout
    r = run_cli("check", "--no-force-exclude", "docs/index.html", cwd=tmp_path)
    assert r.returncode == 1


def test_config_option_overrides_every_closer_configuration(tmp_path: Path) -> None:
    _agency(tmp_path)
    (tmp_path / "ci.toml").write_text('marketplace = "amazon.com"\n', encoding="utf-8")
    r = run_cli("check", "--config", "ci.toml", "client-de/gravur.html", cwd=tmp_path)
    assert r.returncode == 1 and b"MSG402" in r.stdout, r.stdout


def test_msglint_toml_wins_over_pyproject_in_one_folder_and_says_so(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "msglint.toml": 'marketplace = "amazon.de"\n',
            "pyproject.toml": '[tool.msglint]\nmarketplace = "amazon.fr"\n',
            "a.html": GERMAN,
        },
    )
    r = run_cli("check", "a.html", cwd=tmp_path)
    assert r.returncode == 0, r.stdout
    assert b"pyproject.toml is ignored: msglint.toml in the same folder takes precedence" in r.stderr
    assert discover(tmp_path) == tmp_path / "msglint.toml"


def test_discovery_parses_pyproject_instead_of_searching_it(tmp_path: Path) -> None:
    _write(tmp_path, {"msglint.toml": 'marketplace = "amazon.de"\n'})
    sub = tmp_path / "sub"
    _write(sub, {"pyproject.toml": 'name = "[tool.msglint] is in a string"\n# [tool.msglint\n'})
    assert discover(sub) == tmp_path / "msglint.toml"
    assert Resolver(cwd=tmp_path).config_for(sub / "x.html").marketplace == "amazon.de"


def test_extend_errors_are_configuration_errors(tmp_path: Path) -> None:
    cycle = {"a/msglint.toml": 'extend = "../b/msglint.toml"\n', "b/msglint.toml": 'extend = "../a/msglint.toml"\n'}
    _write(tmp_path, cycle)
    r = run_cli("check", "a", cwd=tmp_path)
    assert r.returncode == 2 and b"'extend' makes a cycle" in r.stderr, r.stderr
    (tmp_path / "b" / "msglint.toml").unlink()
    r = run_cli("check", "a", cwd=tmp_path)
    assert r.returncode == 2 and b"no configuration file at" in r.stderr


def test_inherited_per_file_ignores_keep_their_folder(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "msglint.toml": '[per-file-ignores]\n"client/legacy/*.html" = ["emoji"]\n',
            "client/msglint.toml": 'extend = "../msglint.toml"\nselect = ["emoji"]\n',
            "client/legacy/old.html": EMOJI,
            "client/new.html": EMOJI,
        },
    )
    r = run_cli("check", ".", cwd=tmp_path)
    assert r.returncode == 1
    assert b"client/new.html:1:" in r.stdout and b"legacy" not in r.stdout, r.stdout


# ---- values validated where they are read (D13, D14) -------------------------------------------------
@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('marketplace = "amazon.xx"', "unknown marketplace 'amazon.xx'"),
        ('marketplace = "amazon.dee"', "did you mean 'amazon.de'?"),
        ('language = "zz"', "unknown language 'zz'"),
        ('language = "german"', "did you mean 'de', German?"),
        ('languagetool-url = "localhost:8081"', "did you mean 'http://localhost:8081'?"),
        ('select = ["emoij"]', "did you mean 'emoji'?"),
        ('select = [""]', "an empty rule name"),
        ("select = []", "'select' names no rule"),
        ('marketplce = "amazon.de"', "did you mean 'marketplace'?"),
    ],
)
def test_bad_configuration_values_exit_2_with_a_message(tmp_path: Path, toml: str, message: str) -> None:
    _write(tmp_path, {"msglint.toml": toml + "\n", "a.html": ENGLISH})
    r = run_cli("check", "a.html", cwd=tmp_path)
    assert r.returncode == 2, (r.stdout, r.stderr)
    err = r.stderr.decode()
    assert message in err and "msglint.toml" in err and "Traceback" not in err, err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--language", "german"], "--language: unknown language 'german': use the ISO 639-1 code (did you mean 'de'"),
        (["--language", "zz"], "--language: unknown language 'zz'"),
        (["--marketplace", "amazon.xx"], "--marketplace: unknown marketplace 'amazon.xx'"),
        (["--select", ""], "--select: an empty rule name"),
        (["--select", "MSG101,"], "--select: an empty rule name"),
        (["--ignore", ""], "--ignore: an empty rule name"),
        (["--select", "emoij"], "did you mean 'emoji'?"),
    ],
)
def test_bad_command_line_values_exit_2_with_a_message(tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "a.html").write_text(ENGLISH, encoding="utf-8")
    r = run_cli("check", *args, "a.html", cwd=tmp_path)
    assert r.returncode == 2 and message in r.stderr.decode(), r.stderr


def test_library_validates_values_too() -> None:
    """A library argument is reported as MSG402 instead (tests/test_library.py); a config raises."""
    with pytest.raises(msglint.ConfigError, match="did you mean 'amazon.de'"):
        msglint.lint(ENGLISH, "a.html", config={"marketplace": "amazon.dee"})
    with pytest.raises(msglint.ConfigError, match="did you mean 'de'"):
        msglint.lint(ENGLISH, "a.html", config={"language": "german"})
    with pytest.raises(ConfigError, match="http://localhost:8081"):
        msglint.Config().with_overrides(languagetool_url="localhost:8081")
    assert msglint.Config().with_overrides(language="de-AT").language == "de"


# ---- .gitignore ---------------------------------------------------------------------------------
def test_gitignore_rules(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            ".gitignore": "*.log.html\n/top.html\nout/\n!keep.log.html\nsub/**/gen.html\n",
            "sub/.gitignore": "local.html\n",
        },
    )
    (tmp_path / ".git").mkdir()
    g = GitIgnore(str(tmp_path))

    def ig(rel: str, is_dir: bool = False) -> bool:
        return g.ignored(os.path.join(str(tmp_path), rel), is_dir)

    assert ig("a.log.html") and ig("sub/b.log.html") and not ig("keep.log.html")
    assert ig("top.html") and not ig("sub/top.html")  # anchored to the folder of the .gitignore
    assert ig("out", True) and ig("out/x.html") and not ig("out.html")  # folders only, and below them
    assert ig("sub/a/b/gen.html") and ig("sub/gen.html") and not ig("gen.html")
    assert ig("sub/local.html") and not ig("local.html")  # a nested .gitignore applies below it


def test_respect_gitignore_false_lints_ignored_files(tmp_path: Path) -> None:
    _agency(tmp_path)
    (tmp_path / "msglint.toml").write_text("respect-gitignore = false\n", encoding="utf-8")
    r = run_cli("check", "--show-files", ".", cwd=tmp_path)
    assert "./build/out.html" in r.stdout.decode().split()


# ---- paths that are not there -------------------------------------------------------------------
def test_missing_path_is_an_error_line_and_the_rest_is_linted(tmp_path: Path) -> None:
    (tmp_path / "good.html").write_text(ENGLISH, encoding="utf-8")
    r = run_cli("check", "missing.html", "good.html", cwd=tmp_path)
    assert r.returncode == 2
    assert r.stderr.decode().splitlines()[0] == "msglint: error: missing.html: no such file or directory"
    assert r.stdout.decode().strip() == "No problems in 1 file."  # never counts the missing one


def test_dangling_symlink_in_a_folder_is_skipped_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "good.html").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "gone.html").symlink_to(tmp_path / "nowhere.html")
    r = run_cli("check", ".", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert b"gone.html: dangling symbolic link, not linted" in r.stderr
    assert r.stdout.decode().strip() == "No problems in 1 file."
    r = run_cli("check", "gone.html", "good.html", cwd=tmp_path)  # named: an error for that path
    assert r.returncode == 2 and b"gone.html: no such file or directory" in r.stderr


# ---- project rules at commit time (MSG704) --------------------------------------------------------
def _review_project(root: Path) -> None:
    repeated = (
        Path(__file__).resolve().parent.parent / "fixtures" / "rules" / "MSG704-repeated-review-request" / "repeated"
    )
    (root / "templates" / "old").mkdir(parents=True)
    (root / "msglint.toml").write_text('select = ["MSG704"]\n', encoding="utf-8")
    (root / "templates" / "old" / "review_a.html").write_bytes((repeated / "review_delivered_de_a.html").read_bytes())
    (root / "templates" / "review_new.html").write_bytes((repeated / "review_delivered_de_b.html").read_bytes())


@pytest.mark.parametrize("staged", ["templates/review_new.html", "templates/old/review_a.html"])
def test_msg704_compares_staged_templates_with_the_whole_project(tmp_path: Path, staged: str) -> None:
    """pre-commit passes only the staged files: the repeat of a template that is already in the
    project is still caught, and reported on the staged file (the other one is not re-reported)."""
    _review_project(tmp_path)
    r = run_cli("check", "--force-exclude", staged, cwd=tmp_path)
    out = r.stdout.decode()
    assert r.returncode == 1, (out, r.stderr)
    lines = [ln for ln in out.splitlines() if "MSG704" in ln]
    assert len(lines) == 1 and lines[0].startswith(f"{staged}:4:10: MSG704"), out
    other = "review_a.html" if "new" in staged else "review_new.html"
    assert other in lines[0], out  # the message names the template it repeats


def test_msg704_whole_project_run_reports_once(tmp_path: Path) -> None:
    _review_project(tmp_path)
    r = run_cli("check", ".", cwd=tmp_path)
    assert r.returncode == 1
    assert [ln.split(":")[0] for ln in r.stdout.decode().splitlines() if "MSG704" in ln] == [
        "./templates/review_new.html"
    ]


def test_every_key_is_documented() -> None:
    from msglint.core.config import KNOWN_KEYS

    doc = (Path(__file__).resolve().parent.parent / "docs" / "configuration.md").read_text(encoding="utf-8")
    for key in KNOWN_KEYS:
        assert f"| `{key}` |" in doc, key


def test_grammar_off_note_only_when_asked_for(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(ENGLISH, encoding="utf-8")
    quiet = run_cli("check", "a.html", cwd=tmp_path)
    assert quiet.returncode == 0 and b"MSG404" not in quiet.stderr, quiet.stderr
    for args in (["-v"], ["--extend-select", "grammar"], ["--select", "MSG404"]):
        r = run_cli("check", *args, "a.html", cwd=tmp_path)
        assert r.stderr.count(b"MSG404 grammar is off") == 1, (args, r.stderr)


def test_a_named_folder_inside_an_ignored_one_is_walked(tmp_path: Path) -> None:
    """Like ruff: `msglint check build/` lints build/ even though .gitignore ignores it (the
    .gitignore still applies below it, and to named files with --force-exclude)."""
    _agency(tmp_path)
    r = run_cli("check", "--show-files", "build", cwd=tmp_path)
    assert r.stdout.decode().split() == ["build/out.html"]
    r = run_cli("check", "--show-files", ".", cwd=tmp_path / "build")
    assert r.stdout.decode().split() == ["./out.html"]
    r = run_cli("check", "--show-files", "--force-exclude", "build/out.html", cwd=tmp_path)
    assert r.stdout == b""
