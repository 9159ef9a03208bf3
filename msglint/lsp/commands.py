"""``msglint server``: a click command that imports pygls only when run."""

from __future__ import annotations

import sys

import click


@click.command("server")
@click.option("--stdio", is_flag=True, help="Talk LSP over stdin/stdout (the default; for editors that pass it).")
def server_cmd(stdio: bool) -> None:
    """Run the language server over stdio (needs msglint[lsp]): diagnostics, quick fixes, hover."""
    try:
        from msglint.lsp.server import main
    except ImportError as exc:
        click.echo(
            f"msglint: error: 'msglint server' needs the lsp extra: pip install 'msglint[lsp]' ({exc})", err=True
        )
        sys.exit(2)
    main()
