"""Benchmark the HTTP API: latency per message and messages per second per core.

Starts ``msglint web`` (one worker process) on a free 127.0.0.1 port, waits until its
dictionaries are loaded (``/healthz`` says warm), then posts messages of the benchmark corpus
(``make_corpus.build_file``, generated in memory, binary files left out) to ``/api/v1/lint``:

1. one client, one message at a time: the latency of each request (median, 95th percentile);
2. ``--clients`` concurrent clients: wall time, and the server process's CPU time read from
   ``/proc/<pid>/stat``. Messages per CPU-second of the server is messages per second per core
   (the clients' own CPU is not counted; on a shared machine CPU time is the fair figure).

For comparison it lints the same messages in this process with ``msglint.lint``.

Usage: ``python benchmarks/web_bench.py [--count 500] [--clients 4]`` (needs ``msglint[web]``).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_corpus import build_file  # noqa: E402


def messages(count: int, seed: int) -> list[tuple[str, str]]:
    out = []
    for i in range(count):
        name, data = build_file(i, seed)
        if b"\x00\x00" in data[:64] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue  # binary: nothing for an API client to send
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            text = data.decode("utf-16")
        else:
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = data.decode("cp1252", errors="replace")
        out.append((Path(name).name, text))
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def post(conn: http.client.HTTPConnection, name: str, text: str) -> list[object]:
    body = json.dumps({"source": text, "filename": name}).encode()
    conn.request("POST", "/api/v1/lint", body, {"Content-Type": "application/json"})
    resp = conn.getresponse()
    data = resp.read()
    if resp.status != 200:
        raise RuntimeError(f"{name}: HTTP {resp.status}: {data[:200]!r}")
    result: list[object] = json.loads(data)
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=500, help="corpus messages to send (default 500)")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--clients", type=int, default=4, help="concurrent clients in the throughput run")
    args = ap.parse_args(argv)

    msgs = messages(args.count, args.seed)
    size = sum(len(t.encode()) for _, t in msgs)
    print(f"{len(msgs)} messages, {size / 1e6:.1f} MB, mean {size / len(msgs) / 1000:.1f} kB")

    port = free_port()
    cmd = [
        sys.executable,
        "-m",
        "msglint.web",
        "--port",
        str(port),
        "--log-level",
        "warning",
        "--max-bytes",
        str(16 * 1024 * 1024),
    ]
    server = subprocess.Popen(cmd)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                conn.request("GET", "/healthz")
                if json.loads(conn.getresponse().read()).get("warm"):
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit("server did not start")
            time.sleep(0.2)
        # one pass to load every language's dictionaries the corpus needs (not timed)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        for name, text in msgs[:50]:
            post(conn, name, text)

        # 1. latency, one client
        lat = []
        cpu0 = cpu_seconds(server.pid)
        t0 = time.perf_counter()
        for name, text in msgs:
            t = time.perf_counter()
            post(conn, name, text)
            lat.append(time.perf_counter() - t)
        wall = time.perf_counter() - t0
        cpu = cpu_seconds(server.pid) - cpu0
        lat.sort()
        p95 = lat[int(0.95 * (len(lat) - 1))]
        print(
            f"1 client:   latency median {statistics.median(lat) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, "
            f"max {lat[-1] * 1000:.0f} ms; {len(msgs) / wall:.0f} msg/s wall, server CPU {cpu:.2f} s "
            f"= {len(msgs) / cpu:.0f} msg per CPU-second"
        )

        # 2. throughput, several clients
        queue = list(reversed(msgs))
        lock = threading.Lock()
        errors: list[BaseException] = []

        def client() -> None:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            while True:
                with lock:
                    if not queue:
                        return
                    name, text = queue.pop()
                try:
                    post(c, name, text)
                except BaseException as exc:  # report after the run
                    errors.append(exc)
                    return

        threads = [threading.Thread(target=client) for _ in range(args.clients)]
        cpu0 = cpu_seconds(server.pid)
        t0 = time.perf_counter()
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        wall = time.perf_counter() - t0
        cpu = cpu_seconds(server.pid) - cpu0
        if errors:
            raise SystemExit(f"errors: {errors[:3]}")
        print(
            f"{args.clients} clients:  {len(msgs) / wall:.0f} msg/s wall, server CPU {cpu:.2f} s "
            f"= {len(msgs) / cpu:.0f} msg/s per core"
        )
    finally:
        server.terminate()
        server.wait(10)

    # in-process reference: the library alone
    import msglint

    for name, text in msgs[:50]:  # the same warm-up as the server had
        msglint.lint(text, name)
    c0 = time.process_time()
    for name, text in msgs:
        msglint.lint(text, name)
    cpu = time.process_time() - c0
    print(
        f"in-process: msglint.lint {len(msgs) / cpu:.0f} msg per CPU-second "
        f"({cpu / len(msgs) * 1000:.1f} ms per message)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
