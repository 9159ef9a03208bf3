"""The ASGI application of ``msglint web``: the page, the rule documentation and the HTTP API.

- ``GET /``: the page (static HTML, CSS and JavaScript from package data, nothing remote).
- ``GET /rules/``, ``GET /rules/<CODE>/``: the rule documentation (``msglint.web.pages``).
- ``POST /api/v1/lint``, ``POST /api/v1/fix``, ``GET /api/v1/rules``, ``GET /api/v1/meta``,
  ``GET /api/v1/openapi.json``, ``GET /healthz``.

Safe by default: a request body over ``max_bytes`` is refused with 413, a body that is not a
JSON object with the required fields with 400 and a message, an unexpected error with 500 and
no traceback. With a ``token`` every ``/api/`` request needs ``Authorization: Bearer <token>``.
Bound to a loopback address, only loopback ``Host`` headers are answered (DNS rebinding). Every
response carries a content security policy that loads nothing from another origin; the preview
frame is sandboxed. Linting runs in the thread pool, so requests are served concurrently.
"""

from __future__ import annotations

import hmac
import json
import logging
import sys
import threading
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from msglint.core.version import __version__
from msglint.web import service
from msglint.web.catalog import meta

STATIC = Path(__file__).resolve().parent / "static"
DEFAULT_MAX_BYTES = 1_048_576
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]
log = logging.getLogger("msglint.web")

#: The page's policy: scripts and styles from this server only (inline style attributes are
#: allowed for the preview of the buyer's HTML), images only from this server or data: URLs,
#: no fonts, objects, forms or framing by others. The preview frame inherits it.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


def _error(message: str, status: int) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


class _Guard:
    """ASGI middleware: security headers on every response, the bearer token on ``/api/``."""

    def __init__(self, app: ASGIApp, token: str | None) -> None:
        self.app = app
        self.token = token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [h for h in SECURITY_HEADERS if h[0] not in names]
            await send(message)

        if self.token and scope["path"].startswith("/api/") and scope["path"] != "/api/v1/openapi.json":
            auth = dict(scope.get("headers", [])).get(b"authorization", b"").decode("latin-1")
            scheme, _, given = auth.partition(" ")
            if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), self.token.encode()):
                resp = _error("missing or wrong bearer token (Authorization: Bearer <token>)", 401)
                resp.headers["www-authenticate"] = 'Bearer realm="msglint"'
                await resp(scope, receive, send_with_headers)
                return
        await self.app(scope, receive, send_with_headers)


async def _read_json(request: Request) -> Any:
    """The body as JSON, within the size limit; RequestError (400/413/415) otherwise."""
    limit: int = request.app.state.max_bytes
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype != "application/json":
        raise service.RequestError("send the request as JSON (Content-Type: application/json)", 415)
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise service.RequestError(f"request body of {int(declared)} bytes is over the limit of {limit} bytes", 413)
    chunks, size = [], 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise service.RequestError(f"request body is over the limit of {limit} bytes", 413)
            chunks.append(chunk)
    except ClientDisconnect:
        raise service.RequestError("the client went away before the end of the request body") from None
    body = b"".join(chunks)
    if not body.strip():
        raise service.RequestError("empty request body: send a JSON object with at least 'source'")
    try:
        return json.loads(body)
    except UnicodeDecodeError:
        raise service.RequestError("the request body is not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise service.RequestError(f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None


async def api_lint(request: Request) -> Response:
    try:
        req = service.parse_request(await _read_json(request))
        result = await run_in_threadpool(service.lint_json, req, request.app.state.docs_url)
    except service.RequestError as exc:
        return _error(exc.message, exc.status)
    return JSONResponse(result)


async def api_fix(request: Request) -> Response:
    try:
        req = service.parse_request(await _read_json(request))
        result = await run_in_threadpool(service.fix_json, req, request.app.state.docs_url)
    except service.RequestError as exc:
        return _error(exc.message, exc.status)
    return JSONResponse(result)


async def api_rules(request: Request) -> Response:
    return JSONResponse(await run_in_threadpool(service.rules_json))


async def api_meta(request: Request) -> Response:
    return JSONResponse(await run_in_threadpool(meta))


async def api_openapi(request: Request) -> Response:
    from msglint.web.openapi import spec

    return JSONResponse(spec(max_bytes=request.app.state.max_bytes, token=bool(request.app.state.token)))


async def healthz(request: Request) -> Response:
    return JSONResponse({"status": "ok", "version": __version__, "warm": request.app.state.warm.is_set()})


async def index(request: Request) -> Response:
    return HTMLResponse((STATIC / "index.html").read_text(encoding="utf-8"))


async def rules_index(request: Request) -> Response:
    from msglint.web.pages import index_page

    return HTMLResponse(await run_in_threadpool(index_page))


async def rule_doc(request: Request) -> Response:
    import msglint
    from msglint.web.pages import rule_page

    code = request.path_params["code"].upper()
    by_key = {k: r for r in msglint.rules() for k in (r.code, r.slug.upper())}
    rule = by_key.get(code)
    if rule is None:
        return HTMLResponse(f"<!doctype html><title>Not found</title><p>No rule {code[:20]!r}.</p>", 404)
    if request.path_params["code"] != rule.code or not request.url.path.endswith("/"):
        return RedirectResponse(f"/rules/{rule.code}/", 308)
    return HTMLResponse(await run_in_threadpool(rule_page, rule))


async def not_found(request: Request, exc: Exception) -> Response:
    if request.url.path.startswith("/api/"):
        return _error(f"no such endpoint: {request.method} {request.url.path}", 404)
    return HTMLResponse("<!doctype html><title>Not found</title><p>Not found.</p>", 404)


async def method_not_allowed(request: Request, exc: Exception) -> Response:
    return _error(f"{request.method} is not allowed on {request.url.path}", 405)


async def server_error(request: Request, exc: Exception) -> Response:
    log.exception("error answering %s %s", request.method, request.url.path, exc_info=exc)
    return _error("internal error (logged on the server)", 500)


def _warm(done: threading.Event) -> None:
    """Load the packs, compiled phrase patterns and word lists once: lint every rule's examples."""
    try:
        import msglint

        for r in msglint.rules():
            cfg = {k: v for k, v in r.example_config.items() if k != "languagetool-url"}
            for text in (r.bad, r.good):
                try:
                    msglint.lint(text, r.example_name, config=cfg or None)
                except Exception:  # pragma: no cover - a bad example must not stop the server
                    log.exception("warming with %s's example failed", r.code)
    finally:
        done.set()


def create_app(
    *,
    token: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    allowed_hosts: list[str] | None = None,
    warm: bool = True,
    docs_url: str | None = None,
) -> Starlette:
    """The application; ``allowed_hosts`` None answers every Host (behind a proxy, with a token)."""
    from collections.abc import AsyncIterator
    from contextlib import asynccontextmanager

    done = threading.Event()

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if warm:
            threading.Thread(target=_warm, args=(done,), name="msglint-warm", daemon=True).start()
        else:
            done.set()
        yield

    routes = [
        Route("/", index),
        Route("/healthz", healthz),
        Route("/api/v1/lint", api_lint, methods=["POST"]),
        Route("/api/v1/fix", api_fix, methods=["POST"]),
        Route("/api/v1/rules", api_rules),
        Route("/api/v1/meta", api_meta),
        Route("/api/v1/openapi.json", api_openapi),
        Route("/rules", lambda r: RedirectResponse("/rules/", 308)),
        Route("/rules/", rules_index),
        Route("/rules/{code:str}", rule_doc),
        Route("/rules/{code:str}/", rule_doc),
        Mount("/static", app=StaticFiles(directory=STATIC), name="static"),
    ]
    middleware = [Middleware(_Guard, token=token)]
    if allowed_hosts is not None:
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts))
    app = Starlette(
        routes=routes,
        middleware=middleware,
        exception_handlers={404: not_found, 405: method_not_allowed, 500: server_error},
        lifespan=lifespan,
    )
    app.state.max_bytes = max_bytes
    app.state.token = token
    app.state.warm = done
    app.state.docs_url = docs_url
    return app


def is_loopback(host: str) -> bool:
    import ipaddress

    if host in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(
    host: str = "127.0.0.1",
    port: int = 8765,
    token: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    workers: int = 1,
    log_level: str = "info",
    docs_url: str | None = None,
) -> None:
    """Run the server (blocking). A non-loopback address needs a token (checked by the CLI)."""
    import uvicorn

    if workers > 1:
        # uvicorn's workers import the app by name; the settings travel in the environment.
        import os

        os.environ["MSGLINT_WEB_MAX_BYTES"] = str(max_bytes)
        os.environ["MSGLINT_WEB_HOST"] = host
        if token:
            os.environ["MSGLINT_WEB_TOKEN"] = token
        if docs_url:
            os.environ["MSGLINT_DOCS_URL"] = docs_url
        uvicorn.run(
            "msglint.web.app:app_from_env", factory=True, host=host, port=port, workers=workers, log_level=log_level
        )
        return
    app = create_app(token=token, max_bytes=max_bytes, allowed_hosts=_hosts_for(host), docs_url=docs_url)
    uvicorn.run(app, host=host, port=port, log_level=log_level)


def _hosts_for(host: str) -> list[str] | None:
    return LOOPBACK_HOSTS if is_loopback(host) else None


def app_from_env() -> Starlette:
    """The application configured from the environment (uvicorn workers, other ASGI servers)."""
    import os

    host = os.environ.get("MSGLINT_WEB_HOST", "127.0.0.1")
    return create_app(
        token=os.environ.get("MSGLINT_WEB_TOKEN") or None,
        max_bytes=int(os.environ.get("MSGLINT_WEB_MAX_BYTES", DEFAULT_MAX_BYTES)),
        allowed_hosts=_hosts_for(host),
        docs_url=os.environ.get("MSGLINT_DOCS_URL") or None,
    )


if __name__ == "__main__":  # pragma: no cover
    sys.exit("run 'msglint web' instead")
