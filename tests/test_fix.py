"""``--fix`` and ``--diff``: byte-exact results on real fixtures (CRLF, BOM, UTF-16, cp1252),
atomic writes that keep the file mode, idempotence, stdin, and the fix-selection machinery."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest
from conftest import FIXTURES, run_cli

import msglint
from msglint.core.diagnostics import Diagnostic, Edit, Fix
from msglint.core.packs import load_rules
from msglint.model.decode import decode_bytes, encode_text
from msglint.run.fixes import MAX_PASSES, apply_edits, fix_text, select_fixes, write_atomic

FIX = FIXTURES / "fix"
CASES = sorted(p.name for p in FIX.iterdir() if not p.name.endswith(".fixed"))
# Only the rule whose fixes the fixtures' expectations are written for: rules added later must
# not change these byte-exact expectations (their fixes are covered by the pack-wide test below).
SEL = ("--select", "MSG101,MSG002,MSG003")


@pytest.fixture
def work(tmp_path: Path) -> Path:
    for name in CASES:
        shutil.copy2(FIX / name, tmp_path / name)
    return tmp_path


def test_fixtures_cover_every_encoding_and_line_ending() -> None:
    decoded = [decode_bytes((FIX / n).read_bytes()) for n in CASES]
    seen = {(d.encoding, d.newline) for d in decoded}
    assert {"utf-8", "utf-8-sig", "utf-16-le-bom", "utf-16-be-bom", "cp1252"} <= {e for e, _ in seen}
    assert {"\n", "\r\n"} <= {nl for _, nl in seen}


@pytest.mark.parametrize("name", CASES)
def test_fix_is_byte_exact_and_idempotent(work: Path, name: str) -> None:
    target = work / name
    original = target.read_bytes()
    r = run_cli("check", *SEL, "--fix", name, cwd=work)
    assert r.returncode == 0, r.stdout + r.stderr
    assert b"Fixed " in r.stdout and b"No problems in 1 file." in r.stdout
    assert target.read_bytes() == (FIX / f"{name}.fixed").read_bytes()
    assert target.read_bytes() != original
    # idempotent: a second --fix changes nothing and finds nothing to fix
    r = run_cli("check", *SEL, "--fix", name, cwd=work)
    assert r.returncode == 0 and b"Fixed" not in r.stdout
    assert target.read_bytes() == (FIX / f"{name}.fixed").read_bytes()


def test_fix_folder_reports_what_is_left(work: Path) -> None:
    left = work / "left.html"
    left.write_text("<p>Order 123-1234567-1234567 😀</p>\n<!-- msglint: disable-next-line=emoji -->\n<p>x</p>\n")
    r = run_cli("check", *SEL, "--fix", ".", cwd=work)
    out = r.stdout.decode()
    assert out.startswith(f"Fixed 13 problems in {len(CASES) + 1} files.\n"), out
    # the stale suppression is not fixable and is reported; warnings alone exit 0
    assert "left.html:2:1: MSG002 [unused-suppression]" in out and r.returncode == 0
    assert left.read_text() == "<p>Order 123-1234567-1234567</p>\n<!-- msglint: disable-next-line=emoji -->\n<p>x</p>\n"


def test_write_is_atomic_and_keeps_mode_and_symlinks(work: Path) -> None:
    target = work / "emoji_crlf.html"
    os.chmod(target, 0o640)
    link = work / "link.html"
    link.symlink_to(target.name)
    ino = os.stat(target).st_ino
    r = run_cli("check", *SEL, "--fix", "link.html", cwd=work)
    assert r.returncode == 0, r.stderr
    assert link.is_symlink() and target.read_bytes() == (FIX / "emoji_crlf.html.fixed").read_bytes()
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o640
    assert os.stat(target).st_ino != ino  # replaced by rename, not rewritten in place
    assert not [p for p in work.iterdir() if p.name.endswith(".msglint-tmp")]


def test_failed_write_leaves_the_original_and_no_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "a.html"
    f.write_bytes(b"old")

    def boom(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        write_atomic(str(f), b"new")
    assert f.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.html"]


def test_failed_write_is_an_io_error_for_that_file(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from msglint.engine.linter import Linter
    from msglint.run.fixes import fix_file_task
    from msglint.run.parallel import run_one

    def boom(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    target = work / "emoji_crlf.html"
    res = run_one(Linter(msglint._config({"select": ["MSG101"]}, None, None)), str(target), fix_file_task)
    assert res.error is not None and "No space left on device" in res.error and str(target) in res.error
    assert target.read_bytes() == (FIX / "emoji_crlf.html").read_bytes()


def test_diff_shows_the_change_and_writes_nothing(work: Path) -> None:
    target = work / "emoji_utf8_lf.html"
    before = target.read_bytes()
    r = run_cli("check", *SEL, "--diff", target.name, cwd=work)
    assert r.returncode == 1
    out = r.stdout.decode()
    assert out.startswith("--- a/emoji_utf8_lf.html\n+++ b/emoji_utf8_lf.html\n@@ ")
    assert "-<p>Your order 123-1234567-1234567 of the engraved ring 💍 is ready for engraving.</p>\n" in out
    assert "+<p>Your order 123-1234567-1234567 of the engraved ring is ready for engraving.</p>\n" in out
    assert target.read_bytes() == before
    r = run_cli("check", *SEL, "--diff", "emoji_utf8_bom.html", cwd=work)
    assert r.stdout.decode().endswith("\\ No newline at end of file\n")
    run_cli("check", *SEL, "--fix", target.name, cwd=work)
    r = run_cli("check", *SEL, "--diff", target.name, cwd=work)
    assert (r.returncode, r.stdout) == (0, b"")


def test_fix_stdin_writes_the_fixed_text_to_stdout(work: Path) -> None:
    data = (FIX / "emoji_utf16le_bom_crlf.html").read_bytes()
    r = run_cli("check", *SEL, "--fix", "--stdin-filename", "msg.html", "-", input=data, cwd=work)
    assert r.stdout == (FIX / "emoji_utf16le_bom_crlf.html.fixed").read_bytes()
    assert b"No problems in 1 file." in r.stderr and r.returncode == 0
    data = b"<p>Order 123-1234567-1234567: ok</p>\n"
    r = run_cli("check", *SEL, "--fix", "-", input=data, cwd=work)
    assert r.stdout == data and r.returncode == 0


def test_json_output_after_fix_lists_what_is_left(work: Path) -> None:
    import json

    r = run_cli("check", *SEL, "--fix", "--format", "json", "emoji_crlf.html", cwd=work)
    assert json.loads(r.stdout) == [] and b"Fixed 2 problems in 1 file." in r.stderr


# ---- every fixable rule of every pack: its own fix repairs its bad example --------------------
FIXABLE = sorted(c for c, r in load_rules().items() if r.fixable)


@pytest.mark.parametrize("code", FIXABLE)
def test_pack_fix_repairs_the_bad_example_in_any_encoding(code: str) -> None:
    from msglint.engine.linter import Linter

    rule = load_rules()[code]
    cfg = msglint._config({"language": "en", **rule.example_config, "select": [code]}, None, None)
    linter = Linter(cfg)
    src = rule.bad
    assert any(d.fix is not None for d in linter.lint_source(src, rule.example_name)), "the bad example has no fix"
    fixed = fix_text(linter, src, rule.example_name)
    assert fixed.fixed >= 1 and not [d for d in fixed.remaining if d.code == code and d.fix is not None]
    assert fix_text(linter, fixed.text, rule.example_name).text == fixed.text  # idempotent
    # The same through bytes: CRLF + UTF-16 with BOM come back in kind.
    from msglint.run.fixes import fix_bytes

    crlf = src.replace("\r\n", "\n").replace("\n", "\r\n")
    data = encode_text(crlf, "utf-16-le-bom")
    new, _ = fix_bytes(linter, data, rule.example_name)
    back = decode_bytes(new)
    assert back.encoding == "utf-16-le-bom"
    assert back.text == fixed.text.replace("\r\n", "\n").replace("\n", "\r\n")


# ---- the machinery -----------------------------------------------------------------------------
def _fix(*edits: tuple[int, int, str]) -> Fix:
    return Fix("f", tuple(Edit(s, e, c) for s, e, c in edits))


def test_overlapping_fixes_are_skipped_until_the_next_pass() -> None:
    a, b, c = _fix((0, 3, "")), _fix((2, 5, "x")), _fix((5, 6, "y"))
    assert select_fixes([b, c, a]) == [a, c]
    assert select_fixes([_fix((1, 1, "a")), _fix((1, 1, "b"))]) == [_fix((1, 1, "a"))]
    assert select_fixes([_fix((0, 2, ""), (1, 3, ""))]) == []  # a fix overlapping itself
    # edits outside the source, or reversed, come from a buggy check: never applied
    assert select_fixes([_fix((3, 9, "")), _fix((2, 1, "")), _fix((-1, 0, "")), _fix((0, 1, ""))], 5) == [
        _fix((0, 1, ""))
    ]


def test_select_fixes_matches_the_pairwise_definition() -> None:
    """The sorted sweep picks exactly what testing every pair of edits picked (random fixes)."""
    import random

    from msglint.run.fixes import _overlaps

    def pairwise(fixes: list[Fix], length: int) -> list[Fix]:
        chosen: list[Fix] = []
        taken: list[Edit] = []
        for fix in sorted(fixes, key=lambda f: min((e.start for e in f.edits), default=0)):
            es = fix.edits
            if not es or any(_overlaps(e, t) for e in es for t in taken):
                continue
            if any(e.start < 0 or e.end < e.start or e.end > length for e in es):
                continue
            if any(_overlaps(a, b) for i, a in enumerate(es) for b in es[i + 1 :]):
                continue
            chosen.append(fix)
            taken.extend(es)
        return chosen

    rng = random.Random(14)
    for _ in range(3000):
        length = rng.randint(0, 30)
        fixes = []
        for _ in range(rng.randint(0, 8)):
            edits = []
            for _ in range(rng.randint(0, 3)):
                s = rng.randint(-1, length + 1)
                edits.append((s, s + rng.choice([0, 0, 1, 2, 5, -1]), rng.choice(["", "x"])))
            fixes.append(_fix(*edits))
        assert select_fixes(fixes, length) == pairwise(fixes, length), fixes


@pytest.mark.timeout(120)
def test_fix_is_linear_in_the_number_of_edits() -> None:
    """D1: one fix of 48k edits (48k empty <p>) and 20k emoji fixes on one line: each was minutes
    (every edit tested against every other, one copy of the text per edit)."""
    out = msglint.fix("<p>" * 48_000 + "p", filename="p.html", config={"select": ["MSG304"]})
    assert out.text == "<p><p><p>p" and out.fixed == 1
    line = "<p>" + "Great product \U0001f600 " * 20_000 + "order 123-1234567-1234567</p>"
    out = msglint.fix(line, filename="e.html", config={"select": ["emoji"]})
    assert out.fixed == 20_000 and out.passes == 1
    assert out.text == "<p>" + "Great product " * 20_000 + "order 123-1234567-1234567</p>"


def test_removing_an_attribute_removes_its_ignored_duplicates_in_the_same_pass(tmp_path: Path) -> None:
    """A browser reads the first of two attributes of one name; removing only that one brought
    the next to life, so each duplicate cost one more --fix pass (a 1 MB generated page took five
    passes, fix = 5x lint). The removal takes the ignored duplicates along, and nothing else."""
    src = (
        '<p style="color: red" title="a" style="color: blue" STYLE=\'font-family: Arial\'>Your order\n'
        '<td align="center" align=center valign="top" align="right">123-1234567-1234567 has shipped.</td></p>\n'
    )
    out = msglint.fix(src, filename="a.html", config={"select": ["MSG302", "MSG303"]})
    assert out.passes == 1 and out.fixed == 2
    assert out.text == '<p title="a">Your order\n<td valign="top">123-1234567-1234567 has shipped.</td></p>\n'
    (tmp_path / "a.html").write_text(src)
    r = run_cli("check", "--select", "MSG302,MSG303", "--fix", "a.html", cwd=tmp_path)
    assert r.returncode == 0 and b"Fixed 2 problems" in r.stdout, r.stdout
    assert (tmp_path / "a.html").read_text() == out.text
    # a declaration removed from a style= that keeps others leaves the duplicates alone (ignored before and after)
    keep = '<p style="color: red; margin: 0" style="color: blue">Hi</p>'
    assert msglint.fix(keep, filename="k.html", config={"select": ["MSG303"]}).text == (
        '<p style="margin: 0" style="color: blue">Hi</p>'
    )


@pytest.mark.timeout(120)
def test_fixes_held_back_at_markup_seams_are_found_in_one_sweep() -> None:
    """Two touching pixel removals between '<' and 'p>' would make a tag: the later one waits
    (and, alone, is not offered). One such run was settled per round over all the fixes, so n
    runs cost n rounds: 2,000 took 11 s (40x their lint), 8,000 minutes; now every run gives up
    its fix in the same round, with the same result."""
    px = '<img src="https://track.example.com/o.gif" width="1" height="1">'
    n = 8000
    out = msglint.fix("<p>Order 123-1234567-1234567</p>" + ("<" + px + px + "p>x</p>") * n, filename="a.html")
    assert out.text == "<p>Order 123-1234567-1234567</p>" + ("<" + px + "p>x</p>") * n
    assert out.fixed == n and out.passes == 1


def test_apply_edits_is_one_rebuild() -> None:
    text = "".join(f"<{i}>" for i in range(10_000))
    edits = [Edit(m, m + 1, "[") for m in range(0, len(text), 3)][:5000]
    assert apply_edits(text, list(reversed(edits))) == apply_edits(text, edits)
    assert apply_edits("a\nb", [Edit(1, 2, "\n\n")], "\r") == "a\r\rb"  # classic Mac line endings


def test_apply_edits_keeps_crlf_in_inserted_text() -> None:
    assert apply_edits("ab\r\ncd", [Edit(2, 4, "\n\n")], "\r\n") == "ab\r\n\r\ncd"
    assert apply_edits("abcdef", [Edit(0, 1, "X"), Edit(4, 6, "")]) == "Xbcd"


class _Linter:
    """Flags every 'aa' (overlapping) with a fix to 'a': needs several passes to converge."""

    def __init__(self, forever: bool = False) -> None:
        self.forever = forever
        self.calls = 0

    def lint_source(self, text: str, path: str) -> list[Diagnostic]:
        self.calls += 1
        out = []
        if self.forever:
            return [Diagnostic(path, 1, 1, 1, 1, "MSG101", "emoji", "error", "m", _fix((0, 0, "z")))]
        for i in range(len(text) - 1):
            if text[i : i + 2] == "aa":
                out.append(Diagnostic(path, 1, i + 1, 1, i + 3, "MSG101", "emoji", "error", "m", _fix((i, i + 2, "a"))))
        return out


def test_fix_loop_converges_and_is_bounded() -> None:
    out = fix_text(_Linter(), "xaaaaaaaay", "t")  # type: ignore[arg-type]
    assert (out.text, out.remaining) == ("xay", [])
    assert out.passes > 1
    never = _Linter(forever=True)
    out = fix_text(never, "q", "t")  # type: ignore[arg-type]
    assert out.passes == MAX_PASSES and out.text == "z" * MAX_PASSES + "q"
    assert never.calls == MAX_PASSES + 1


def test_fix_never_rewrites_a_mail(tmp_path: Path) -> None:
    mail = tmp_path / "m.eml"
    data = (
        "From: shop@example.com\nTo: abc123@marketplace.amazon.de\nSubject: Bestellung 123-1234567-1234567\n"
        "Content-Type: text/html; charset=utf-8\n\n<p>Welcher Text soll auf den Ring? 😀</p>\n"
    ).encode()
    mail.write_bytes(data)
    r = run_cli("check", "--select", "MSG101", "--fix", "m.eml", cwd=tmp_path)
    assert r.returncode == 1 and b"MSG101" in r.stdout and b"Fixed" not in r.stdout
    assert mail.read_bytes() == data


def test_fix_over_every_fixture_is_idempotent_and_keeps_encoding_and_line_endings() -> None:
    """All rules, every fixture of every helper: what --fix writes decodes the same way, fixes
    nothing more the second time, and files with nothing to fix are left byte for byte."""
    from msglint.engine.linter import Linter
    from msglint.run.files import iter_files
    from msglint.run.fixes import fix_bytes

    linter = Linter()
    changed = 0
    for path in iter_files([str(FIXTURES)]):
        data = Path(path).read_bytes()
        new, remaining = fix_bytes(linter, data, path)
        if not remaining.changed:
            assert new == data, path
            continue
        changed += 1
        before, after = decode_bytes(data), decode_bytes(new)
        assert (after.encoding, after.newline) == (before.encoding, before.newline), path
        if before.text.count("\n") == before.text.count("\r\n"):  # CRLF throughout stays so
            assert after.text.count("\n") == after.text.count("\r\n"), path
        again, rem2 = fix_bytes(linter, new, path)
        assert again == new and not rem2.changed, path
    assert changed >= len(CASES)  # at least the fix fixtures
