"""Reporters: turn sorted diagnostics into one output format each (``<format>.render``)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from msglint.core.diagnostics import Diagnostic


def render(fmt: str, diags: list[Diagnostic], **options: Any) -> str:
    module = importlib.import_module(f"msglint.reporters.{fmt}_report")
    out: str = module.render(diags, **options)
    return out
