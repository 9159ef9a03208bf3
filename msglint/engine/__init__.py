"""engine layer of msglint (see docs/architecture.md).

``msglint.engine.Linter`` (and the mail sniffing helpers) are still reachable here, as before the
engine moved into ``msglint.engine.linter``: looked up lazily, so importing the package stays cheap."""

from __future__ import annotations

import importlib
from typing import Any

_MOVED = frozenset({"Linter", "_is_mail", "_may_be_mail"})


def __getattr__(name: str) -> Any:
    if name in _MOVED:
        return getattr(importlib.import_module("msglint.engine.linter"), name)
    raise AttributeError(f"module 'msglint.engine' has no attribute {name!r}")
