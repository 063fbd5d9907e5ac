"""Hostile uploads against the real server: `workshop serve` (a subprocess on a free
loopback port) receives archive bombs from a few concurrent senders while `/healthz` is
polled. Prints the health check's latency idle and under bombs, the time to refuse each
kind of bomb, and the server process's peak memory (RSS). Exits 1 if a bomb was accepted
or a health check failed.

    python benchmarks/upload_bombs.py [--seconds 10] [--senders 8]

The bombs: a pax header and a GNU long-name header each declaring 300 MiB (about 300 KiB
gzipped: the issue's upload), a file of 40 MiB of zeros (40 KiB gzipped), and a file of
19 MiB of random bytes (as large as an upload may be, nothing to inflate). The target of
issue 12 is a `/healthz` under 100 ms while bombs are refused; compare with the idle
figures of the same run on a loaded machine.
"""

from __future__ import annotations

import argparse
import csv
import os
import shutil
import sys
import tarfile
import tempfile
import threading
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

import httpx
import psutil

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from load_server import Server, pct  # noqa: E402

from bombs import MiB, extension_bomb, gzip_parts, header, padded  # noqa: E402
from workshop.archive import Manifest, sha256  # noqa: E402

SOLUTION = (REPO / "graders/calculatrice/solution/calculator.py").read_bytes()
STUDENTS = 200  # as many as the load test's class


def manifest_json(files: dict[str, bytes]) -> bytes:
    manifest = Manifest(
        exercise="calculatrice",
        student="s0000",
        files={name: sha256(data) for name, data in files.items()},
        created_at=datetime.now(UTC),
        tool_version="0.1.0",
    )
    return manifest.model_dump_json().encode()


def bombs() -> dict[str, bytes]:
    manifest = manifest_json({"calculator.py": SOLUTION})
    random_file = os.urandom(19 * MiB)
    return {
        "pax header 300 MiB": extension_bomb(manifest, tarfile.XHDTYPE, 300 * MiB, "calculator.py", SOLUTION),
        "GNU long name 300 MiB": extension_bomb(
            manifest, tarfile.GNUTYPE_LONGNAME, 300 * MiB, "calculator.py", SOLUTION
        ),
        "40 MiB of zeros": gzip_parts(
            [
                header("manifest.json", len(manifest)),
                padded(manifest),
                header("files/calculator.py", 40 * MiB),
                40 * MiB,
                1024,
            ]
        ),
        "19 MiB random file": gzip_parts(
            [
                header("manifest.json", len(manifest)),
                padded(manifest),
                header("files/calculator.py", len(random_file)),
                padded(random_file),
                1024,
            ]
        )[: 20 * MiB - 1],
    }


def poll_health(url: str, stop: threading.Event, into: list[float], errors: list[str]) -> None:
    with httpx.Client(timeout=30) as client:
        while not stop.is_set():
            sent = time.monotonic()
            try:
                if client.get(f"{url}/healthz").status_code != 200:
                    errors.append("status")
                into.append(time.monotonic() - sent)
            except httpx.HTTPError as exc:
                errors.append(type(exc).__name__)
            time.sleep(0.02)


def sample_rss(pid: int, stop: threading.Event, peak: list[int]) -> None:
    proc = psutil.Process(pid)
    while not stop.is_set():
        try:
            peak[0] = max(peak[0], proc.memory_info().rss)
        except psutil.Error:
            return
        time.sleep(0.02)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=10.0, help="how long bombs are sent")
    parser.add_argument("--senders", type=int, default=8, help="concurrent senders")
    args = parser.parse_args()
    payloads = bombs()
    root = Path(tempfile.mkdtemp(prefix="workshop-bombs-"))
    roster = root / "roster.csv"
    with roster.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "name", "email"])
        for i in range(STUDENTS):  # one upload per student and minute: under the rate limit
            writer.writerow([f"s{i:04d}", f"Student {i}", f"s{i:04d}@example.org"])
    server = Server(root, roster, workers=1)
    failures: list[str] = []
    try:
        tokens = [token for who, token in server.tokens().items() if who != "*class*"]
        given = iter(range(10**9))
        lock = threading.Lock()
        idle: list[float] = []
        errors: list[str] = []
        stop = threading.Event()
        poller = threading.Thread(target=poll_health, args=(server.url, stop, idle, errors))
        poller.start()
        time.sleep(3)
        stop.set()
        poller.join()
        rss_idle = psutil.Process(server.proc.pid).memory_info().rss

        under: list[float] = []
        refusals: dict[str, list[float]] = defaultdict(list)
        statuses: dict[str, set[int]] = defaultdict(set)
        stop = threading.Event()
        peak = [rss_idle]
        watchers = [
            threading.Thread(target=poll_health, args=(server.url, stop, under, errors)),
            threading.Thread(target=sample_rss, args=(server.proc.pid, stop, peak)),
        ]
        for thread in watchers:
            thread.start()
        deadline = time.monotonic() + args.seconds

        def send(n: int) -> None:
            names = list(payloads)
            k = n
            with httpx.Client(timeout=120) as client:
                while time.monotonic() < deadline:
                    name = names[k % len(names)]
                    k += 1
                    with lock:
                        token = tokens[next(given) % len(tokens)]
                    sent = time.monotonic()
                    reply = client.post(
                        f"{server.url}/api/v1/submissions",
                        content=payloads[name],
                        headers={"Content-Type": "application/gzip", "Authorization": f"Bearer {token}"},
                    )
                    refusals[name].append(time.monotonic() - sent)
                    statuses[name].add(reply.status_code)

        senders = [threading.Thread(target=send, args=(n,)) for n in range(args.senders)]
        for thread in senders:
            thread.start()
        for thread in senders:
            thread.join()
        stop.set()
        for thread in watchers:
            thread.join()
    finally:
        server.stop()

    print(f"workshop serve, {args.senders} senders for {args.seconds:g} s; loopback")
    print(
        f"/healthz idle:        p50 {pct(idle, 50) * 1000:.1f} ms, p95 {pct(idle, 95) * 1000:.1f} ms,"
        f" max {max(idle) * 1000:.1f} ms ({len(idle)} polls)"
    )
    print(
        f"/healthz under bombs: p50 {pct(under, 50) * 1000:.1f} ms, p95 {pct(under, 95) * 1000:.1f} ms,"
        f" max {max(under) * 1000:.1f} ms ({len(under)} polls);"
        f" p95 ratio under/idle {pct(under, 95) / pct(idle, 95):.1f}"
    )
    for name, times in refusals.items():
        size = len(payloads[name])
        print(
            f"{name:24} {size / 1024:8.0f} KiB sent x{len(times):3}: HTTP {sorted(statuses[name])},"
            f" answered p50 {pct(times, 50) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms"
        )
        if statuses[name] != {400}:
            failures.append(f"{name}: answered {sorted(statuses[name])}, not only 400")
    print(f"server RSS idle {rss_idle / MiB:.0f} MiB, peak under bombs {peak[0] / MiB:.0f} MiB")
    if errors:
        failures.append(f"health checks failed: {sorted(set(errors))}")
    for line in failures:
        print("FAIL", line)
    shutil.rmtree(root, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
