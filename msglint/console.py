"""The ``msglint`` console script (``[project.scripts]``): :func:`msglint.cli.run`, with the
cyclic collector's first threshold raised before the command line is imported.

Importing click and msglint's modules builds tens of thousands of long-lived objects; with
Python's default threshold (700 allocations) that import alone ran ~26 young collections,
10-13 ms of a one-file ``check`` of ~180 ms (#14), before :func:`msglint.cli.main` could raise
it. This module imports nothing else first, so the script pays none of them.

A ``msglint check`` command line that :func:`msglint.command.fast_check_params` reads is run
without importing click (~20 ms of a one-file run, #14); every other one goes to
:func:`msglint.cli.run`, click's parsing, help and messages.
"""

from __future__ import annotations

import gc

#: The collector's first threshold for the whole run of the console script (see
#: ``msglint.cli.CLI_GC_THRESHOLD``, which ``main`` sets again and restores on return).
CONSOLE_GC_THRESHOLD = 100_000


def run() -> None:
    gc.set_threshold(CONSOLE_GC_THRESHOLD)
    import sys

    from msglint.command import fast_check_params, run_check

    params = fast_check_params(sys.argv[1:])
    if params is not None:
        run_check(params)
    from msglint.cli import run as run_cli

    run_cli()
