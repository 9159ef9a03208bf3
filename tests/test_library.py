"""The public library API (msglint.lint, lint_file, fix, lint_paths) with the buyer arguments a
calling program passes: case and blanks do not matter, an empty string is "not given", and a
value msglint does not know is one MSG402 error at 1:1 instead of an exception (D13), so that one
bad record neither stops a batch nor passes as clean. Configuration files and the command line
keep refusing such values (tests/test_config_files.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

import msglint

ENGLISH = (
    "<p>Hello, we are preparing the engraved ring of your order 123-1234567-1234567. Could you please "
    "confirm the engraving text by replying to this message?</p>\n"
)
GERMAN = (
    "<p>Hallo, vielen Dank für Ihre Bestellung 123-1234567-1234567. Damit wir den Ring gravieren können, "
    "brauchen wir noch den gewünschten Text für die Gravur. Bitte antworten Sie uns kurz auf diese Nachricht "
    "mit dem Namen, den wir eingravieren sollen.</p>\n"
)
EMOJI = "<p>Hello, your order 123-1234567-1234567: which text should we engrave on the ring 😀?</p>\n"


def _found(diags: list[msglint.Diagnostic]) -> list[tuple[str, int, int, str]]:
    return [(d.code, d.line, d.column, d.severity) for d in diags]


@pytest.mark.parametrize("given", ["EN", "en", " en ", "En\n", "en-GB", "EN_us"])
def test_a_language_is_read_without_regard_to_case_and_blanks(given: str) -> None:
    assert msglint.lint(ENGLISH, "a.html", language=given) == []
    found = _found(msglint.lint(GERMAN, "a.html", language=given))
    assert found == [("MSG402", 1, 4, "error")]  # German text for an English-speaking buyer


@pytest.mark.parametrize("given", ["", "  ", None])
def test_an_empty_language_is_not_given(given: str | None) -> None:
    assert msglint.lint(GERMAN, "a.html", language=given) == []  # no buyer language: nothing to compare
    assert msglint.lint(ENGLISH, "a.html", language=given) == []


@pytest.mark.parametrize("given", ["xx", "zz-ZZ", "[fr, de]", "german", "e n"])
def test_an_unknown_language_is_one_msg402_error_at_1_1(given: str) -> None:
    diags = msglint.lint(ENGLISH, "a.html", language=given)
    assert _found(diags) == [("MSG402", 1, 1, "error")]
    (d,) = diags
    assert d.rule == "language-mismatch" and d.path == "a.html" and d.fix is None
    assert d.message.startswith(f"the given buyer language {given!r} is not a language code msglint knows (")
    assert d.end_line == 1 and d.end_column == 1


def test_an_unknown_language_keeps_the_other_findings_in_position_order() -> None:
    diags = msglint.lint(EMOJI, "a.html", language="xx")
    assert _found(diags) == [("MSG402", 1, 1, "error"), ("MSG101", 1, 84, "error")]
    assert "did you mean 'de', German?" in msglint.lint(ENGLISH, "a.html", language="german")[0].message


def test_an_unknown_language_is_left_out_not_used() -> None:
    """Linted as if no language were given: German text is not a mismatch then."""
    assert _found(msglint.lint(GERMAN, "a.html", language="xx")) == [("MSG402", 1, 1, "error")]


@pytest.mark.parametrize("given", ["AMAZON.DE", " amazon.de ", "Amazon.De"])
def test_a_marketplace_is_read_without_regard_to_case_and_blanks(given: str) -> None:
    assert msglint.lint(GERMAN, "a.html", marketplace=given) == []
    (d,) = msglint.lint(ENGLISH, "a.html", marketplace=given)
    assert (d.code, d.line, d.column) == ("MSG402", 1, 4) and "(amazon.de)" in d.message


def test_an_empty_marketplace_is_not_given() -> None:
    assert msglint.lint(ENGLISH, "a.html", marketplace="") == []


@pytest.mark.parametrize(("given", "hint"), [("amazon.xx", ""), ("amazon.dee", "did you mean 'amazon.de'?")])
def test_an_unknown_marketplace_is_one_msg402_error_at_1_1(given: str, hint: str) -> None:
    diags = msglint.lint(ENGLISH, "a.html", marketplace=given)
    assert _found(diags) == [("MSG402", 1, 1, "error")]
    message = diags[0].message
    assert message.startswith(f"the given marketplace {given!r} is not a marketplace msglint knows (")
    assert hint in message


def test_both_unknown_give_two_errors() -> None:
    diags = msglint.lint(ENGLISH, "a.html", marketplace="amazon.xx", language="xx")
    assert _found(diags) == [("MSG402", 1, 1, "error"), ("MSG402", 1, 1, "error")]
    assert "marketplace 'amazon.xx'" in diags[0].message and "language 'xx'" in diags[1].message


def test_bytes_lint_file_fix_and_lint_paths_report_it_too(tmp_path: Path) -> None:
    path = tmp_path / "m.html"
    path.write_text(EMOJI, encoding="utf-8")
    assert _found(msglint.lint(EMOJI.encode(), "m.html", language="xx")) == [
        ("MSG402", 1, 1, "error"),
        ("MSG101", 1, 84, "error"),
    ]
    assert _found(msglint.lint_file(path, language="zz-ZZ")) == [
        ("MSG402", 1, 1, "error"),
        ("MSG101", 1, 84, "error"),
    ]
    outcome = msglint.fix(EMOJI, "m.html", language="xx")
    assert outcome.text == EMOJI.replace(" 😀", "") and outcome.fixed == 1
    assert _found(outcome.remaining) == [("MSG402", 1, 1, "error")]
    (tmp_path / "n.html").write_text(ENGLISH, encoding="utf-8")
    diags = msglint.lint_paths([str(tmp_path)], marketplace="amazon.xx")
    assert [(Path(d.path).name, d.code, d.line, d.column) for d in diags] == [
        ("m.html", "MSG402", 1, 1),
        ("m.html", "MSG101", 1, 84),
        ("n.html", "MSG402", 1, 1),
    ]


def test_a_configuration_still_refuses_unknown_values() -> None:
    """A configuration is something the user writes and reads the error of: ConfigError."""
    with pytest.raises(msglint.ConfigError, match="unknown language 'xx'"):
        msglint.lint(ENGLISH, "a.html", config={"language": "xx"})
    with pytest.raises(msglint.ConfigError, match="unknown marketplace 'amazon.xx'"):
        msglint.lint(ENGLISH, "a.html", config={"marketplace": "amazon.xx"})
