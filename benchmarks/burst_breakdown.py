"""Where a burst's time to first feedback goes: per job, from upload accepted to feedback read.

    python benchmarks/burst_breakdown.py [--burst 30] [--burst-seconds 10] [--runtimes runc,runsc]
                                         [--warm 0] [--rounds 1] [--src NAME=PATH ...]

Each variant (a checkout's ``src`` x a runtime x ``--warm``) runs the burst of
benchmarks/load_server.py (``--burst`` students, one calculator each within
``--burst-seconds``, each polling its feedback every ``--poll`` s) against the real
``workshop serve`` in a subprocess, started through benchmarks/_burst_trace.py, which
timestamps each step of the grading path (monkeypatched wrappers: the code under test is
the checkout's own). Variants are interleaved in one run (round 1 of each, then round
2...) because the machine is shared: compare them within a run, as ratios. The load
average is printed next to each figure. Prints figures, asserts nothing.

Per job (median and p95 over the burst's jobs, seconds):

* ``queue``: upload accepted (client) -> its job starts in a pool thread;
* ``read``: reading and checking the archive on the host, building the job;
* ``container``: create + attach + start (0 with a container started ahead);
* ``job``: job sent -> its results read back (the job inside the container; with a cold
  container this includes the container's own start-up: Python, imports);
* ``exit``: wait + inspect after the results; ``remove``: removing the container before the
  result is handed back; ``interpret``: parsing the results;
* ``handoff``: job's thread done -> the scheduler records it; ``record``: the gradebook write;
* ``seen``: recorded -> the student's poll reads ``graded``.

Besides: the time the scheduler spent planning and writing reports (it starts no job
meanwhile), the CPU of the server process and of the engine (dockerd, containerd and the
shims), and ``idle slots``: seconds during which a job was waiting while fewer than
``--workers`` jobs ran."""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

import httpx

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import load_server as ls  # noqa: E402


def load() -> str:
    return "%.1f %.1f %.1f" % os.getloadavg()


def pids_named(*names: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                comm = (entry / "comm").read_text().strip()
            except OSError:
                continue
            if any(comm.startswith(n) for n in names):
                found.append(int(entry.name))
    return found


def cpu_of(pids: list[int]) -> float:
    """User + system CPU seconds of these processes (their waited-for children too)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += sum(int(x) for x in fields[11:15]) / tick
    return total


ENGINE = ("dockerd", "containerd", "containerd-shim", "runsc", "runc")


class TracedServer:
    def __init__(
        self, root: Path, roster: Path, src: Path, runtime: str, workers: int, warm: int, settle: float
    ) -> None:
        self.port = ls.free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.inbox, self.data = root / "inbox", root / "server"
        self.trace = root / "trace.jsonl"
        self.err_path = root / "serve.err"
        env = {
            **os.environ,
            "WORKSHOP_LANG": "en",
            "PYTHONPATH": str(src),
            "WORKSHOP_TRACE": str(self.trace),
        }
        env.pop("WORKSHOP_COURSE", None)
        self.proc = subprocess.Popen(
            [
                sys.executable, str(HERE / "_burst_trace.py"), "serve", str(self.inbox),
                "--roster", str(roster), "--data", str(self.data), "--host", "127.0.0.1",
                "--port", str(self.port), "--workers", str(workers), "--warm", str(warm),
                "--runtime", runtime, "--course", str(REPO),
            ],
            cwd=root, env=env, stdin=subprocess.DEVNULL,
            stdout=(root / "serve.out").open("wb"), stderr=self.err_path.open("wb"),
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while True:
            if self.proc.poll() is not None:
                raise SystemExit(f"serve exited:\n{self.err_path.read_text()[-3000:]}")
            try:
                if httpx.get(f"{self.url}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise SystemExit("serve did not answer in 60 s")
            time.sleep(0.1)
        if warm:
            from workshop.sandbox.engine import client
            from workshop.sandbox.runs import INBOX_LABEL, inbox_id

            label = f"{INBOX_LABEL}={inbox_id(self.inbox)}"
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                if len(client().api.containers(filters={"label": label, "status": "running"})) >= warm:
                    break
                time.sleep(0.2)
        time.sleep(settle)  # load_server.py: none, the room arrives once /healthz answers

    def tokens(self) -> dict[str, str]:
        with (self.data / "tokens.csv").open(encoding="utf-8", newline="") as handle:
            return {row["id"]: row["token"] for row in csv.DictReader(handle)}

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)


def median(values: list[float]) -> float:
    return ls.pct(values, 50)


def one_burst(args: argparse.Namespace, name: str, src: Path, runtime: str, warm: int) -> dict[str, object]:
    root = Path(tempfile.mkdtemp(prefix="workshop-burst-"))
    roster = root / "roster.csv"
    with roster.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "name", "email", "moodle_idnumber"])
        for i in range(args.burst):
            writer.writerow([f"s{i:04d}", f"Student {i}", f"s{i:04d}@example.org", f"M{i:04d}"])
    server = TracedServer(root, roster, src, runtime, args.workers, warm, args.settle)
    load_before = load()
    engine = pids_named(*ENGINE)
    engine_cpu0, server_cpu0 = cpu_of(engine), cpu_of([server.proc.pid])
    try:
        tokens = server.tokens()
        students = ls.plan(args.burst, 1, args.burst_seconds, args.seed, tokens)
        ls.prepare_work(root / "work", students)
        cargs = SimpleNamespace(poll=args.poll, feedback_timeout=args.feedback_timeout, keepalive=5.0)
        loop = asyncio.new_event_loop()
        offset = time.time() - time.monotonic()
        t0, _last, _timings, stop, lms, clients = loop.run_until_complete(
            ls.run_class(server.url, students, tokens["*class*"], root / "work", cargs)
        )
        stop.set()
        loop.run_until_complete(lms)
        for c in clients:
            loop.run_until_complete(c.aclose())
        loop.close()
        engine = sorted(set(engine) | set(pids_named(*ENGINE)))
        engine_cpu = cpu_of(engine) - engine_cpu0
        server_cpu = cpu_of([server.proc.pid]) - server_cpu0
        load_after = load()
    finally:
        server.stop()
    err = server.err_path.read_text(errors="replace")
    if "Traceback" in err:
        print(f"!! {name}: the server's stderr has a traceback:\n{err[-2000:]}")
    events = [json.loads(line) for line in server.trace.read_text().splitlines() if line.strip()]
    t_start = t0 + offset
    accepted = {u.attempt: u.accepted_at + offset for st in students for u in st.accepted}
    seen = {
        st.feedback_attempt: st.first_accepted + offset + st.first_feedback_s
        for st in students
        if st.first_feedback_s is not None
    }
    waited = [st.first_feedback_s for st in students if st.first_feedback_s is not None]
    by: dict[str, dict[str, list[dict]]] = {}
    for ev in events:
        if ev.get("attempt"):
            by.setdefault(ev["attempt"], {}).setdefault(ev["step"], []).append(ev)
    parts: dict[str, list[float]] = {
        k: []
        for k in (
            "queue", "read", "container", "job", "exit", "remove", "interpret", "handoff", "record", "seen",
            "total",
        )
    }  # fmt: skip
    spans: list[tuple[float, float]] = []  # job start/end, for the idle slots

    def first(steps: dict[str, list[dict]], step: str) -> dict | None:
        found = steps.get(step)
        return found[0] if found else None

    for attempt, steps in by.items():
        job, fin = first(steps, "job"), first(steps, "finish")
        if job is None or attempt not in accepted:
            continue
        spans.append((job["t0"], job["t1"]))
        parts["queue"].append(job["t0"] - accepted[attempt])
        read = sum(
            e["t1"] - e["t0"] for s in ("read_attempt", "check_files", "build_job") for e in steps.get(s, [])
        )
        parts["read"].append(read)
        prep = [e for e in steps.get("prepare", []) if job["t0"] <= e["t0"] <= job["t1"]]
        parts["container"].append(sum(e["t1"] - e["t0"] for e in prep))
        send, out, drive, run = (first(steps, s) for s in ("send", "read_output", "drive", "runner.run"))
        if out is not None:
            began = send["t0"] if send is not None and send["t0"] <= out["t0"] else out["t0"]
            parts["job"].append(out["t1"] - began)
        if drive is not None and out is not None:
            parts["exit"].append(drive["t1"] - out["t1"])
        if run is not None and drive is not None:
            parts["remove"].append(run["t1"] - drive["t1"])
        inter = first(steps, "interpret")
        if inter is not None:
            parts["interpret"].append(inter["t1"] - inter["t0"])
        if fin is not None:
            parts["handoff"].append(fin["t0"] - job["t1"])
            rec = first(steps, "record")
            if rec is not None:
                parts["record"].append(rec["t1"] - rec["t0"])
                if attempt in seen:
                    parts["seen"].append(seen[attempt] - rec["t1"])
        if attempt in seen:
            parts["total"].append(seen[attempt] - accepted[attempt])
    # Idle slots: moments with a job waiting (accepted, not started) and fewer than workers running.
    marks = sorted(
        [(t, "a") for t in accepted.values()] + [(s, "s") for s, _ in spans] + [(e, "e") for _, e in spans]
    )
    idle = 0.0
    waiting = running = 0
    prev = None
    for t, kind in marks:
        if prev is not None and waiting > 0 and running < args.workers:
            idle += (t - prev) * (args.workers - running if waiting >= args.workers - running else waiting)
        prev = t
        if kind == "a":
            waiting += 1
        elif kind == "s":
            waiting -= 1
            running += 1
        else:
            running -= 1
    sched = {
        s: sum(e["t1"] - e["t0"] for e in events if e["step"] == s) for s in ("plan", "reports", "finish")
    }
    reports_n = sum(1 for e in events if e["step"] == "reports")
    end = max(seen.values(), default=t_start)
    first_job = min((s for s, _ in spans), default=float("nan")) - min(accepted.values(), default=t_start)
    shutil.rmtree(root, ignore_errors=True)
    return {
        "name": name, "runtime": runtime, "warm": warm, "waited": waited, "parts": parts, "idle": idle,
        "sched": sched, "reports_n": reports_n, "server_cpu": server_cpu, "engine_cpu": engine_cpu,
        "load": f"{load_before} -> {load_after}", "span": end - t_start, "first_job": first_job,
    }  # fmt: skip


def show(r: dict) -> None:
    w = r["waited"]
    print(
        f"\n-- {r['name']} / {r['runtime']} (warm {r['warm']}; load {r['load']}): time to first feedback"
        f" p50 {ls.pct(w, 50):.1f} s, p95 {ls.pct(w, 95):.1f} s, max {max(w, default=float('nan')):.1f} s"
        f" ({len(w)} students); last feedback {r['span']:.1f} s after the first upload; first job"
        f" started {r['first_job']:.2f} s after the first upload"
    )
    print("   per job, s:      " + "  ".join(f"{k:>9}" for k in r["parts"]))
    for label, p in (("median", 50), ("p95", 95)):
        print(f"   {label:<17}" + "  ".join(f"{ls.pct(v, p):9.3f}" for v in r["parts"].values()))
    s = r["sched"]
    print(
        f"   scheduler thread: planning {s['plan']:.2f} s, recording {s['finish']:.2f} s,"
        f" reports {s['reports']:.2f} s ({r['reports_n']} writes); idle slots {r['idle']:.1f} s"
        f" (a job waiting, a container free); CPU: server {r['server_cpu']:.1f} s, engine {r['engine_cpu']:.1f} s"
    )


def main() -> int:
    global ARGS
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--burst", type=int, default=30)
    parser.add_argument("--burst-seconds", type=float, default=10.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--warm", default="0", help="serve --warm of each variant, e.g. 0,2")
    parser.add_argument("--runtimes", default="runc,runsc", help="serve --runtime of each variant (auto too)")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--settle", type=float, default=0.0, help="seconds between /healthz and the burst")
    parser.add_argument("--poll", type=float, default=0.5)
    parser.add_argument("--feedback-timeout", type=float, default=120.0)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--src", action="append", default=[], help="NAME=PATH of a checkout's src (default: this=src)"
    )
    ARGS = args = parser.parse_args()
    sources = [tuple(s.split("=", 1)) for s in args.src] or [("this", str(REPO / "src"))]
    print(f"burst of {args.burst} within {args.burst_seconds:g} s, workers {args.workers}, warm {args.warm},"
          f" {os.cpu_count()} cores; load average {load()}")  # fmt: skip
    results = []
    for rnd in range(args.rounds):
        for runtime in args.runtimes.split(","):
            for warm in [int(w) for w in args.warm.split(",")]:
                for name, path in sources:
                    r = one_burst(args, f"{name} (round {rnd + 1})", Path(path), runtime, warm)
                    show(r)
                    results.append(r)
    print("\n== summary: time to first feedback p95, s (load average before -> after)")
    for r in results:
        print(
            f"{r['name']:<24} {r['runtime']:<6} warm {r['warm']}  p95 {ls.pct(r['waited'], 95):5.1f}  p50 {ls.pct(r['waited'], 50):5.1f}  ({r['load']})"
        )
    return 0


ARGS: argparse.Namespace

if __name__ == "__main__":
    raise SystemExit(main())
