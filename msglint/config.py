"""Old import path of the configuration, now ``msglint.core.config`` (the layered layout, docs/architecture.md).

Kept so that code written against the flat layout (``from msglint.config import ...``, e.g.
reliability harnesses) keeps working; new code imports ``msglint.core.config``. Names are looked
up lazily, so importing msglint stays cheap."""

from __future__ import annotations

import importlib
from typing import Any


def __getattr__(name: str) -> Any:
    return getattr(importlib.import_module("msglint.core.config"), name)
