"""The flat layout's import paths still work (code written before the layered layout, such as
reliability harnesses, imports them): each is the object of its new home."""

from __future__ import annotations

import pytest


def test_old_paths_give_the_new_objects() -> None:
    from msglint.config import Config
    from msglint.core.config import Config as NewConfig
    from msglint.decode import DecodeError, decode_bytes
    from msglint.engine import Linter, _is_mail, _may_be_mail
    from msglint.engine.linter import Linter as NewLinter
    from msglint.fixes import MAX_PASSES, fix_text
    from msglint.model.decode import DecodeError as NewDecodeError
    from msglint.model.decode import decode_bytes as new_decode_bytes
    from msglint.run.fixes import fix_text as new_fix_text

    assert (Config, DecodeError, decode_bytes, Linter, fix_text) == (
        NewConfig,
        NewDecodeError,
        new_decode_bytes,
        NewLinter,
        new_fix_text,
    )
    assert MAX_PASSES >= 1 and callable(_is_mail) and callable(_may_be_mail)
    outcome = fix_text(Linter(Config()), "<p>Hello</p>\n", "m.html")
    assert outcome.text.startswith("<p>Hello")


def test_an_unknown_name_is_an_attribute_error() -> None:
    import msglint.engine

    with pytest.raises(AttributeError, match="nothing_here"):
        msglint.engine.nothing_here  # noqa: B018 - the lookup is the test
