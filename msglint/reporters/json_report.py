"""``--format json``: the array of docs/cli.md, sorted by path, line, column."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from msglint.core.diagnostics import Diagnostic


def render(diags: list[Diagnostic], docs_url: str | None = None, **_: Any) -> str:
    return json.dumps([d.to_json(docs_url) for d in diags], indent=2, ensure_ascii=False)
