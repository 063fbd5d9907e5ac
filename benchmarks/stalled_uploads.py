"""Honest students during a flood of stalled uploads (issue 12, red team): the real
`workshop serve` (a subprocess on a free loopback port, as load_server.py) is measured
quiet, then while attackers hold connections open for ``--seconds``, re-opening each one
the server closes:

* ``--attackers`` students each keep ``--per-student`` uploads open that announce 20 MiB,
  send 1 KiB and then nothing (the server reads 3 per student at most and cuts each after
  a 10 s pause);
* ``--headless`` connections send half a request's headers and then nothing (closed after
  10 s), spread over ``--processes`` processes (one Python process opens about 2,500 a
  second here: more of them take more of the machine, as red team 12c's did).

Meanwhile an honest student asks ``/healthz`` and its feedback in turn, and uploads once;
with ``--new-connections`` each request on a new connection (a browser whose kept-alive
connection the server closed: the request waits in the kernel's accept queue, behind the
attack's connections). The honest student runs in a process of its own, so that the
attackers' event loop does not delay it.
Prints the honest latencies quiet and under attack (p50/p95/max, and the p95 ratio of the
two, measured in the same run), the server's open files, spool files and log lines, and
what the attackers were answered.

    python benchmarks/stalled_uploads.py [--attackers 100] [--per-student 5]
                                         [--headless 200] [--processes 1] [--seconds 30]
                                         [--requests 200]
                                         [--new-connections]

Loopback only; every wait is bounded; the server is stopped at the end."""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import shutil
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from load_server import REPO, Server, pct  # noqa: E402

sys.path.insert(0, str(REPO / "src"))
from workshop.course import Course  # noqa: E402
from workshop.submit import build_archive  # noqa: E402


def open_files(pid: int) -> int:
    try:
        return len(os.listdir(f"/proc/{pid}/fd"))
    except OSError:
        return -1


async def attacker(
    port: int, head: bytes, body: bytes, until: float, answers: Counter[str], opened: list[int]
) -> None:
    """One connection held open, re-opened whenever the server closes it."""
    while time.monotonic() < until:
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError as exc:
            answers[f"connect failed: {type(exc).__name__}"] += 1
            await asyncio.sleep(0.5)
            continue
        opened[0] += 1
        try:
            writer.write(head + body)
            await writer.drain()
            left = until - time.monotonic()
            answer = await asyncio.wait_for(reader.read(200), timeout=max(left, 0.01))
            answers[answer.split(b"\r\n", 1)[0].decode(errors="replace") or "closed, no answer"] += 1
            if answer:  # the server answered: wait for it to close, as a client would
                await asyncio.wait_for(reader.read(), timeout=max(until - time.monotonic(), 0.01))
        except TimeoutError:
            answers["still open at the end"] += 1
        except OSError as exc:
            answers[f"reset: {type(exc).__name__}"] += 1
        finally:
            writer.close()
        await asyncio.sleep(0.2)  # holding connections, not flooding requests


async def honest(
    url: str, token: str, requests: int, archive: bytes, fresh: bool = False
) -> tuple[list[float], list[str], int]:
    latencies: list[float] = []
    errors: list[str] = []
    headers = {"Authorization": f"Bearer {token}"}
    limits = httpx.Limits(max_keepalive_connections=0) if fresh else httpx.Limits()
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:
        for n in range(requests):
            path = "/healthz" if n % 2 == 0 else "/api/v1/feedback/calculatrice"
            sent = time.monotonic()
            try:
                answer = await client.get(path, headers=headers)
                if answer.status_code != 200:
                    errors.append(f"{path} {answer.status_code}")
            except httpx.HTTPError as exc:
                errors.append(f"{path} {type(exc).__name__}")
            latencies.append(time.monotonic() - sent)
            await asyncio.sleep(0.02)
        upload = await client.post(
            "/api/v1/submissions",
            content=archive,
            headers={**headers, "Content-Type": "application/gzip"},
        )
    return latencies, errors, upload.status_code


def honest_apart(*args: object) -> tuple[list[float], list[str], int]:
    """:func:`honest` in a process of its own (the attackers' loop would delay it)."""
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(_honest_run, *args).result()


def _honest_run(*args: object) -> tuple[list[float], list[str], int]:
    return asyncio.run(honest(*args))  # type: ignore[arg-type]


HALF = b"POST /api/v1/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "


def _headless_run(port: int, count: int, seconds: float) -> tuple[Counter[str], int]:
    """``count`` headless attackers in a process of their own: what they were answered, how
    many connections they opened."""

    async def run() -> tuple[Counter[str], int]:
        answers: Counter[str] = Counter()
        opened = [0]
        until = time.monotonic() + seconds
        await asyncio.gather(*(attacker(port, HALF, b"", until, answers, opened) for _ in range(count)))
        return answers, opened[0]

    return asyncio.run(run())


def figures(name: str, values: list[float]) -> str:
    ms = [v * 1000 for v in values]
    return f"{name}: p50 {pct(ms, 50):.0f} ms, p95 {pct(ms, 95):.0f} ms, max {max(ms):.0f} ms ({len(ms)} requests)"


async def attack(args: argparse.Namespace, server: Server, tokens: dict[str, str], archive: bytes) -> int:
    until = time.monotonic() + args.seconds
    answers: Counter[str] = Counter()
    opened = [0]
    tasks = []
    for i in range(args.attackers):
        head = (
            "POST /api/v1/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/gzip\r\n"
            f"Authorization: Bearer {tokens[f'a{i:03d}']}\r\nContent-Length: {20 << 20}\r\n\r\n"
        ).encode()
        for _ in range(args.per_student):
            tasks.append(attacker(server.port, head, b"\x1f\x8b" + b"x" * 1022, until, answers, opened))
    share = args.headless // args.processes  # for each other process
    for _ in range(args.headless - share * (args.processes - 1)):
        tasks.append(attacker(server.port, HALF, b"", until, answers, opened))
    running = [asyncio.ensure_future(task) for task in tasks]
    others = ProcessPoolExecutor(max(args.processes - 1, 1), mp_context=multiprocessing.get_context("spawn"))
    apart = [
        asyncio.wrap_future(others.submit(_headless_run, server.port, share, args.seconds))
        for _ in range(args.processes - 1)
    ]
    spool = server.inbox / ".incoming"
    peaks = {"open files": 0, "spool files": 0}

    async def sample() -> None:
        while time.monotonic() < until:
            peaks["open files"] = max(peaks["open files"], open_files(server.proc.pid))
            files = len(list(spool.iterdir())) if spool.is_dir() else 0
            peaks["spool files"] = max(peaks["spool files"], files)
            await asyncio.sleep(0.5)

    sampler = asyncio.ensure_future(sample())
    await asyncio.sleep(min(3.0, args.seconds / 3))  # let them connect
    latencies, errors, uploaded = await asyncio.get_running_loop().run_in_executor(
        None, honest_apart, server.url, tokens["alice"], args.requests, archive, args.new_connections
    )
    print(figures("honest requests under attack", latencies))
    print(f"honest errors under attack: {errors or 'none'}; honest upload: {uploaded}")
    await asyncio.gather(*running, sampler)
    for their_answers, their_opened in await asyncio.gather(*apart):
        answers.update(their_answers)
        opened[0] += their_opened
    others.shutdown()
    print(f"server under attack, at most: {peaks}")
    print(f"attacker connections opened: {opened[0]}; answers: {dict(answers.most_common())}")
    settle = time.monotonic() + 30
    while time.monotonic() < settle and spool.is_dir() and any(spool.iterdir()):
        await asyncio.sleep(0.2)
    print(
        f"after the attack: open files {open_files(server.proc.pid)}, spool files "
        f"{len(list(spool.iterdir())) if spool.is_dir() else 0}"
    )
    args.under_attack = latencies
    return 0 if not errors and uploaded == 201 else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--attackers", type=int, default=100, help="students holding uploads open")
    parser.add_argument("--per-student", type=int, default=5, help="uploads each keeps open")
    parser.add_argument("--headless", type=int, default=200, help="connections with half their headers")
    parser.add_argument("--processes", type=int, default=1, help="processes the headless ones run in")
    parser.add_argument("--seconds", type=float, default=30, help="how long the attack lasts")
    parser.add_argument("--requests", type=int, default=200, help="honest requests in each phase")
    parser.add_argument(
        "--new-connections", action="store_true", help="each honest request on its own connection"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temp folder")
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="workshop-stalled-"))
    roster = root / "roster.csv"
    rows = ["id,name,email", "alice,Alice,alice@x.org"]
    rows += [f"a{i:03d},Attacker {i},a{i}@x.org" for i in range(args.attackers)]
    roster.write_text("\n".join(rows) + "\n")
    work = root / "work"
    work.mkdir()
    shutil.copyfile(REPO / "graders" / "calculatrice" / "solution" / "calculator.py", work / "calculator.py")
    archive, _ = build_archive(work, Course.locate(REPO).exercise("calculatrice"), "alice")
    server = Server(root, roster, workers=1)
    try:
        tokens = server.tokens()
        quiet, errors, uploaded = honest_apart(
            server.url, tokens["alice"], args.requests, archive, args.new_connections
        )
        print(figures("honest requests, quiet", quiet))
        print(f"honest errors, quiet: {errors or 'none'}; honest upload: {uploaded}")
        print(f"server open files, quiet: {open_files(server.proc.pid)}")
        status = asyncio.run(attack(args, server, tokens, archive))
        ratio = pct(args.under_attack, 95) / max(pct(quiet, 95), 1e-9)
        print(f"p95 under attack / p95 quiet: {ratio:.1f}")
        lines = server.stderr().splitlines()
        print(f"server log lines: {len(lines)}; tracebacks: {sum('Traceback' in line for line in lines)}")
        for line in lines[-8:]:
            print("  " + line)
    finally:
        code = server.stop()
        print(f"server exit code {code}")
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
