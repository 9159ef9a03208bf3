"""MSG002/MSG003: suppression comments. Reported by :mod:`msglint.engine.suppress`, not here.

Whether a suppression was used is only known after every other rule has run, so the engine
calls :func:`msglint.engine.suppress.apply` once the checks are done; these bound checks find nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass
