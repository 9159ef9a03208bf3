"""A real ``msglint web`` server for the tests: a subprocess on a free 127.0.0.1 port."""

from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def msglint_cmd() -> list[str]:
    exe = Path(sys.executable).parent / "msglint"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "msglint"]


class Server:
    def __init__(self, port: int, proc: subprocess.Popen[bytes]) -> None:
        self.port = port
        self.proc = proc
        self.url = f"http://127.0.0.1:{port}"

    def request(
        self,
        method: str,
        path: str,
        body: bytes | str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> tuple[int, dict[str, str], bytes]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            data = body.encode() if isinstance(body, str) else body
            chunked = "Transfer-Encoding" in (headers or {})
            conn.request(method, path, data, dict(headers or {}), encode_chunked=chunked)
            resp = conn.getresponse()
            return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
        finally:
            conn.close()

    def post_json(self, path: str, payload: Any, headers: Mapping[str, str] | None = None) -> tuple[int, Any]:
        h = {"Content-Type": "application/json", **(headers or {})}
        status, _, data = self.request("POST", path, json.dumps(payload), h)
        return status, json.loads(data)

    def get_json(self, path: str, headers: Mapping[str, str] | None = None) -> tuple[int, Any]:
        status, _, data = self.request("GET", path, None, headers)
        return status, json.loads(data)


@contextmanager
def web_server(*args: str, env: Mapping[str, str] | None = None) -> Iterator[Server]:
    """Start ``msglint web --port P ARGS``, wait until /healthz says the server is warm."""
    port = free_port()
    full_env = dict(os.environ, **(env or {}))
    if not env or "MSGLINT_WEB_TOKEN" not in env:
        full_env.pop("MSGLINT_WEB_TOKEN", None)
    proc = subprocess.Popen(
        [*msglint_cmd(), "web", "--port", str(port), "--log-level", "warning", *args],
        env=full_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    server = Server(port, proc)
    try:
        deadline = time.monotonic() + 120
        while True:
            if proc.poll() is not None:
                err = proc.stderr.read().decode() if proc.stderr else ""
                raise RuntimeError(f"msglint web exited with {proc.returncode}: {err}")
            try:
                status, body = server.get_json("/healthz")
                if status == 200 and body.get("warm"):
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("msglint web did not become ready in 120 s")
            time.sleep(0.1)
        yield server
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
        if proc.stderr:
            proc.stderr.close()
