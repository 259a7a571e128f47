"""Throughput of `newslint serve`: the seed article posted to /v2/check N times
at a few concurrencies, against one server on 127.0.0.1, beside the same
check in process (lint.check_text) as the floor.

    .venv/bin/python bench/serve/throughput.py [--requests 200]
"""
from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = (ROOT / "fixtures" / "algeria-russia.txt").read_text(encoding="utf-8")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def post(url: str, body: bytes) -> float:
    started = time.perf_counter()
    with urllib.request.urlopen(url, body, timeout=60) as response:
        assert response.status == 200 and b'"NL101"' in response.read()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    from lint import check_text, make_linter

    linter = make_linter()
    check_text(SEED, linter)
    started = time.perf_counter()
    for _ in range(50):
        check_text(SEED, linter)
    in_process = (time.perf_counter() - started) / 50
    print(f"seed article ({len(SEED):,} characters); in process: {in_process * 1000:.1f} ms a check")

    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "lint", "serve", "--port", str(port), "--languagetool", "off"],
                              cwd=ROOT, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/v2/check"
    body = urllib.parse.urlencode({"text": SEED, "language": "en-US"}).encode()
    try:
        for _ in range(100):
            try:
                post(url, body)
                break
            except OSError:
                time.sleep(0.2)
        print(f"{'concurrency':>11}  {'requests/s':>10}  {'p50 ms':>7}  {'p95 ms':>7}")
        for concurrency in (1, 8, 50):
            started = time.perf_counter()
            with ThreadPoolExecutor(concurrency) as pool:
                latencies = sorted(pool.map(lambda _: post(url, body), range(args.requests)))
            elapsed = time.perf_counter() - started
            p95 = latencies[int(0.95 * (len(latencies) - 1))]
            print(f"{concurrency:>11}  {args.requests / elapsed:>10.1f}  {statistics.median(latencies) * 1000:>7.1f}"
                  f"  {p95 * 1000:>7.1f}")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
