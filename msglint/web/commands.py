"""``msglint web`` and ``msglint docs``: click commands that import Starlette only when run."""

from __future__ import annotations

import os
import sys

import click


@click.command("web")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback unless given).")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--token",
    envvar="MSGLINT_WEB_TOKEN",
    default=None,
    help="Bearer token required on /api/ (required when --host is not a loopback address). Env: MSGLINT_WEB_TOKEN.",
)
@click.option(
    "--max-bytes",
    default=1_048_576,
    show_default=True,
    type=click.IntRange(min=1024),
    help="Largest request body; larger ones are answered 413.",
)
@click.option(
    "--docs-url", default=None, help="Base URL of the rule pages for 'url' in API answers (default: the CLI's)."
)
@click.option("--workers", default=1, show_default=True, type=click.IntRange(min=1), help="Server processes.")
@click.option(
    "--log-level",
    default="info",
    show_default=True,
    type=click.Choice(["critical", "error", "warning", "info", "debug"]),
)
def web_cmd(
    host: str, port: int, token: str | None, max_bytes: int, docs_url: str | None, workers: int, log_level: str
) -> None:
    """Serve the web page, the rule documentation and the HTTP API (needs msglint[web])."""
    try:
        from msglint.web.app import is_loopback, serve
    except ImportError as exc:
        click.echo(f"msglint: error: 'msglint web' needs the web extra: pip install 'msglint[web]' ({exc})", err=True)
        sys.exit(2)
    if not is_loopback(host) and not token:
        click.echo(
            f"msglint: error: --host {host} is not a loopback address: give --token (or MSGLINT_WEB_TOKEN) "
            "so that only clients with the token can use the API",
            err=True,
        )
        sys.exit(2)
    click.echo(f"msglint: serving on http://{host}:{port}/ (Ctrl+C to stop)", err=True)
    serve(
        host=host,
        port=port,
        token=token or None,
        max_bytes=max_bytes,
        workers=workers,
        log_level=log_level,
        docs_url=docs_url,
    )


@click.command("docs")
@click.option(
    "--out",
    default="site",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Folder to write the rule pages to.",
)
def docs_cmd(out: str) -> None:
    """Build the rule documentation pages as static files (one page per rule)."""
    from pathlib import Path

    from msglint.web.build import build

    try:
        files = build(Path(out))
    except OSError as exc:
        click.echo(f"msglint: error: cannot write {out}: {exc.strerror or exc}", err=True)
        sys.exit(2)
    click.echo(f"msglint: wrote {len(files)} files to {os.path.join(out, '')}", err=True)
