"""``max-file-size`` applies to a text given to the library as to a file's bytes (#14: a 16 MB
string given to ``msglint.lint`` was linted in 18 s instead of being MSG001 "too large")."""

from __future__ import annotations

import msglint


def test_a_text_longer_than_the_limit_is_too_large() -> None:
    text = "<p>Hello, your invoice is attached.</p>\\n" * 100
    diags = msglint.lint(text, "m.html", config={"max-file-size": len(text) - 1})
    assert [(d.code, d.line, d.column) for d in diags] == [("MSG001", 1, 1)]
    assert "too large" in diags[0].message and f"limit {len(text) - 1}" in diags[0].message


def test_a_text_at_the_limit_is_linted() -> None:
    text = "Hello, your invoice for order 123-1234567-1234567 is attached.\\n"
    assert msglint.lint(text, "m.txt", config={"max-file-size": len(text)}) == []


def test_characters_count_not_bytes_for_a_text() -> None:
    """A file within the limit decodes to at most as many characters: the same text as a str
    must not become too large because its UTF-8 form is longer (é is two bytes)."""
    text = "Ihre Rechnung für März zur Bestellung 123-1234567-1234567 ist beigefügt. Schöne Grüße\\n"
    limit = len(text)
    assert len(text.encode("utf-8")) > limit
    assert [d.code for d in msglint.lint(text, "m.txt", config={"max-file-size": limit})] == []
    assert [d.code for d in msglint.lint(text, "m.txt", config={"max-file-size": limit - 1})] == ["MSG001"]
    data = text.encode("latin-1")
    assert len(data) == limit
    assert [d.code for d in msglint.lint(data, "m.txt", config={"max-file-size": limit})] == []
