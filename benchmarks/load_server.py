"""Load test of `workshop serve`: a class of simulated students uploading, then polling for
their feedback, against the real server (the `workshop serve` command, in a subprocess on a
free loopback port) and its real background grader (Docker). Prints figures and checks
that nothing was lost or counted twice; exits 1 if an invariant fails.

    python benchmarks/load_server.py [--burst 30] [--burst-seconds 10]
                                     [--students 200] [--attempts 3] [--seconds 60] [--workers 2]

One run does two classes, each against a fresh server: a burst (``--burst`` students, one
upload each within ``--burst-seconds``: the start of an exercise in the room; issue 12's
target is a time to first feedback p95 of at most 10 s on 2 cores), then the class
(``--students`` x ``--attempts`` over ``--seconds``). A summary ends the output.

Loopback only (127.0.0.1); every wait is bounded; the server is stopped at the end.

Schedule: student i starts at ``seconds * i / students`` (uniform over the window); its
other attempts fall at seeded random times between its start and the end of the window, one
after the other. Each attempt is built with ``workshop.submit.build_archive`` from one of
five calculators (the solution and four demo students), with a comment naming the student
and attempt so that no two archives are alike. After its first accepted upload a student
polls ``GET /api/v1/feedback/calculatrice`` every ``--poll`` seconds until it reads
``graded`` (time to first feedback) or ``--feedback-timeout`` passes. An LMS pulls the JSON
scores every 5 s meanwhile. The server allows 10 uploads per student per 60 s: with more
than 10 attempts in the window, 429 refusals are expected and are not failures.

Connections: each upload opens its own connection, as ``workshop submit`` does (one
``httpx.post``); feedback polls and LMS pulls share a keep-alive pool (``--keepalive``, the
client's idle expiry, httpx's 5 s by default, like uvicorn's keep-alive timeout).

FAIL lines are broken invariants (exit 1); WARN lines are worth a look but lose nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import math
import os
import random
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from workshop.course import Course  # noqa: E402
from workshop.submit import build_archive  # noqa: E402

EXERCISE = "calculatrice"
RATE_COUNT, RATE_WINDOW_S = 10, 60.0  # the server's default RateLimit
SOLUTION = REPO / "graders/calculatrice/solution/calculator.py"
DEMO = REPO / "graders/calculatrice/demo"
DEMO_NAMES = ("alice", "bruno", "chloe", "gael")
SOURCES = {"solution": SOLUTION, **{name: DEMO / name / "calculator.py" for name in DEMO_NAMES}}


def expected_scores() -> dict[str, float]:
    """Score out of 48 of each calculator: the demo class says it; the solution has all."""
    demo = tomllib.loads((DEMO / "class.toml").read_text(encoding="utf-8"))
    wanted = {s["id"]: float(s["expect_score"]) for s in demo["student"] if s["id"] in DEMO_NAMES}
    return {"solution": 48.0, **wanted}


# -- the class ---------------------------------------------------------------------------------


@dataclass
class Upload:
    attempt_no: int
    source: str
    status: int | str  # HTTP status, or the transport error's name
    latency_s: float
    accepted_at: float | None = None  # monotonic
    attempt: str | None = None  # the inbox file name from the receipt
    sha256: str | None = None


@dataclass
class Student:
    id: str
    token: str
    times: list[float]  # offsets in the window, one per attempt
    sources: list[str]
    uploads: list[Upload] = field(default_factory=list)
    first_accepted: float | None = None
    first_feedback_s: float | None = None
    feedback_attempt: str | None = None
    polls: int = 0
    poll_errors: Counter[str] = field(default_factory=Counter)

    @property
    def accepted(self) -> list[Upload]:
        return [u for u in self.uploads if u.status == 201]


@dataclass
class Timings:
    feedback: list[float] = field(default_factory=list)  # latency of each feedback GET
    scores: list[float] = field(default_factory=list)  # latency of each LMS pull
    scores_totals: list[tuple[float, int]] = field(default_factory=list)
    scores_errors: Counter[str] = field(default_factory=Counter)
    transport: Counter[str] = field(default_factory=Counter)  # "where: error (cause)"


def describe(exc: BaseException) -> str:
    """An httpx transport error with what caused it (e.g. ECONNRESET)."""
    root: BaseException = exc
    for _ in range(10):
        below = root.__cause__ or root.__context__
        if below is None:
            break
        root = below
    text = f"{type(exc).__name__}: {exc}".rstrip(": ")
    if root is not exc:
        text += f" <- {type(root).__name__}: {root}"
    return text[:200]


TCP_COUNTERS = ("ListenOverflows", "ListenDrops", "TCPAbortOnClose", "TCPAbortOnData")


def tcp_counters() -> dict[str, int]:
    """Linux TcpExt counters (whole network namespace, so other processes count too)."""
    try:
        lines = Path("/proc/net/netstat").read_text().splitlines()
    except OSError:
        return {}
    for names, values in zip(lines[::2], lines[1::2], strict=False):
        if names.startswith("TcpExt:"):
            table = dict(zip(names.split()[1:], map(int, values.split()[1:]), strict=False))
            return {k: table[k] for k in TCP_COUNTERS if k in table}
    return {}


def pct(values: list[float], p: float) -> float:
    """Nearest-rank percentile (0 <= p <= 100); nan for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(p / 100 * len(ordered))))
    return ordered[rank - 1]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# -- the server --------------------------------------------------------------------------------


class Server:
    """`workshop serve` in a subprocess, output kept in files for the report."""

    def __init__(self, root: Path, roster: Path, workers: int, warm: int = 0) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.inbox, self.data = root / "inbox", root / "server"
        self.out_path, self.err_path = root / "serve.out", root / "serve.err"
        env = {**os.environ, "WORKSHOP_LANG": "en", "PYTHONPATH": str(REPO / "src")}
        env.pop("WORKSHOP_COURSE", None)
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "workshop.cli",
                "serve",
                str(self.inbox),
                "--roster",
                str(roster),
                "--data",
                str(self.data),
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--workers",
                str(workers),
                "--warm",
                str(warm),
                "--course",
                str(REPO),
            ],
            cwd=root,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=self.out_path.open("wb"),
            stderr=self.err_path.open("wb"),
        )
        deadline = time.monotonic() + 30
        while True:
            if self.proc.poll() is not None:
                raise SystemExit(f"workshop serve exited ({self.proc.returncode}):\n{self.stderr()[-3000:]}")
            try:
                if httpx.get(f"{self.url}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise SystemExit(f"workshop serve did not answer in 30 s:\n{self.stderr()[-3000:]}")
            time.sleep(0.1)
        if warm:  # the room arrives once the containers started ahead are up
            from workshop.sandbox.engine import client
            from workshop.sandbox.runs import INBOX_LABEL, inbox_id

            label = f"{INBOX_LABEL}={inbox_id(self.inbox)}"
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                found = client().api.containers(filters={"label": label, "status": "running"})
                if len(found) >= warm:
                    break
                time.sleep(0.2)
            time.sleep(2)  # their imports done

    def tokens(self) -> dict[str, str]:
        with (self.data / "tokens.csv").open(encoding="utf-8", newline="") as handle:
            return {row["id"]: row["token"] for row in csv.DictReader(handle)}

    def stderr(self) -> str:
        return self.err_path.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> int | None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        return self.proc.returncode


# -- the students ------------------------------------------------------------------------------


def plan(n: int, attempts: int, seconds: float, seed: int, tokens: dict[str, str]) -> list[Student]:
    rng = random.Random(seed)
    names = list(SOURCES)
    students = []
    for i in range(n):
        start = seconds * i / n
        times = [start, *sorted(rng.uniform(start, seconds) for _ in range(attempts - 1))]
        sid = f"s{i:04d}"
        students.append(Student(sid, tokens[sid], times, [rng.choice(names) for _ in range(attempts)]))
    return students


def prepare_work(work: Path, students: list[Student]) -> None:
    """One folder per attempt: a calculator plus a comment that makes it unique."""
    texts = {name: path.read_text(encoding="utf-8") for name, path in SOURCES.items()}
    for st in students:
        for k, source in enumerate(st.sources):
            folder = work / st.id / f"a{k}"
            folder.mkdir(parents=True)
            text = texts[source].rstrip("\n") + f"\n# load test: {st.id}, attempt {k}, from {source}\n"
            (folder / "calculator.py").write_text(text, encoding="utf-8")


async def poll_feedback(
    client: httpx.AsyncClient, url: str, st: Student, every: float, limit_s: float, timings: Timings
) -> None:
    assert st.first_accepted is not None
    headers = {"Authorization": f"Bearer {st.token}"}
    deadline = st.first_accepted + limit_s
    while time.monotonic() < deadline:
        sent = time.monotonic()
        try:
            reply = await client.get(f"{url}/api/v1/feedback/{EXERCISE}", headers=headers)
            timings.feedback.append(time.monotonic() - sent)
            st.polls += 1
            if reply.status_code != 200:
                st.poll_errors[str(reply.status_code)] += 1
            else:
                body = reply.json()
                if body.get("status") == "graded":
                    st.first_feedback_s = time.monotonic() - st.first_accepted
                    st.feedback_attempt = body.get("attempt")
                    return
        except httpx.HTTPError as exc:
            st.poll_errors[type(exc).__name__] += 1
            timings.transport["feedback: " + describe(exc)] += 1
        await asyncio.sleep(max(0.0, every - (time.monotonic() - sent)))


async def student(
    client: httpx.AsyncClient,
    uploader: httpx.AsyncClient,
    url: str,
    st: Student,
    exercise: object,
    work: Path,
    t0: float,
    args: argparse.Namespace,
    timings: Timings,
) -> None:
    poller: asyncio.Task[None] | None = None
    headers = {"Content-Type": "application/gzip", "Authorization": f"Bearer {st.token}"}
    for k, (offset, source) in enumerate(zip(st.times, st.sources, strict=True)):
        await asyncio.sleep(max(0.0, t0 + offset - time.monotonic()))
        archive, _ = build_archive(work / st.id / f"a{k}", exercise, st.id)  # type: ignore[arg-type]
        sent = time.monotonic()
        try:
            reply = await uploader.post(f"{url}/api/v1/submissions", content=archive, headers=headers)
        except httpx.HTTPError as exc:
            st.uploads.append(Upload(k, source, type(exc).__name__, time.monotonic() - sent))
            timings.transport["upload: " + describe(exc)] += 1
            continue
        done = time.monotonic()
        upload = Upload(k, source, reply.status_code, done - sent)
        if reply.status_code == 201:
            receipt = reply.json()
            upload.accepted_at, upload.attempt, upload.sha256 = done, receipt["attempt"], receipt["sha256"]
            if st.first_accepted is None:
                st.first_accepted = done
                poller = asyncio.create_task(
                    poll_feedback(client, url, st, args.poll, args.feedback_timeout, timings)
                )
        st.uploads.append(upload)
    if poller is not None:
        await poller


async def lms_puller(
    client: httpx.AsyncClient, url: str, class_token: str, t0: float, stop: asyncio.Event, timings: Timings
) -> None:
    """An LMS pulling the JSON scores every 5 s while the class works."""
    while not stop.is_set():
        sent = time.monotonic()
        try:
            reply = await client.get(
                f"{url}/api/v1/scores", params={"format": "json", "limit": 1000, "token": class_token}
            )
            timings.scores.append(time.monotonic() - sent)
            if reply.status_code == 200:
                timings.scores_totals.append((sent - t0, int(reply.json()["total"])))
            else:
                timings.scores_errors[str(reply.status_code)] += 1
        except httpx.HTTPError as exc:
            timings.scores_errors[type(exc).__name__] += 1
            timings.transport["scores: " + describe(exc)] += 1
        try:
            await asyncio.wait_for(stop.wait(), timeout=5)
        except TimeoutError:
            pass


async def run_class(
    url: str, students: list[Student], class_token: str, work: Path, args: argparse.Namespace
) -> tuple[float, float, Timings, asyncio.Event, asyncio.Task[None], list[httpx.AsyncClient]]:
    exercise = Course.locate(REPO).exercise(EXERCISE)
    timings = Timings()
    timeout = httpx.Timeout(120.0, pool=None)
    client = httpx.AsyncClient(  # polls and LMS pulls: keep-alive
        timeout=timeout,
        limits=httpx.Limits(
            max_connections=len(students) + 20,
            max_keepalive_connections=len(students) + 20,
            keepalive_expiry=args.keepalive,
        ),
    )
    uploader = httpx.AsyncClient(  # uploads: a new connection each, like `workshop submit`
        timeout=timeout, limits=httpx.Limits(max_connections=len(students) + 20, max_keepalive_connections=0)
    )
    t0 = time.monotonic() + 0.5
    stop = asyncio.Event()
    lms = asyncio.create_task(lms_puller(client, url, class_token, t0, stop, timings))
    await asyncio.gather(
        *(student(client, uploader, url, st, exercise, work, t0, args, timings) for st in students)
    )
    last_upload = max((u.accepted_at or 0.0) for st in students for u in st.uploads)
    return t0, last_upload, timings, stop, lms, [client, uploader]


# -- after the class ---------------------------------------------------------------------------


def open_book(data: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{data / 'gradebook.sqlite'}?mode=ro", uri=True, timeout=10)


def ungraded_latest(data: Path, latest: dict[str, str]) -> int:
    """How many students' latest accepted attempt has no grade yet."""
    if not (data / "gradebook.sqlite").exists():
        return len(latest)
    book = open_book(data)
    try:
        graded = {
            (st, at)
            for st, at in book.execute(
                "SELECT s.student, s.attempt FROM submissions s JOIN grades g ON g.submission_id = s.id"
                " WHERE s.exercise = ?",
                (EXERCISE,),
            )
        }
    except sqlite3.OperationalError:  # tables not created yet
        return len(latest)
    finally:
        book.close()
    return sum(1 for st, at in latest.items() if (st, at) not in graded)


def fetch_scores(url: str, class_token: str, page: int) -> tuple[list[dict], list[int], int, list[str]]:
    """Every page of the JSON scores, following the Link header."""
    items: list[dict] = []
    totals: list[int] = []
    problems: list[str] = []
    pages = 0
    following: str | None = f"{url}/api/v1/scores?format=json&limit={page}&token={class_token}"
    while following and pages < 10_000:
        reply = httpx.get(following, timeout=60)
        pages += 1
        if reply.status_code != 200:
            problems.append(f"page {pages}: HTTP {reply.status_code}")
            break
        body = reply.json()
        items += body["items"]
        totals.append(int(body["total"]))
        link = reply.headers.get("link")
        following = link.split(">")[0].lstrip("<") if link else None
    return items, totals, pages, problems


def check(
    name: str, ok: bool, detail: str, results: list[tuple[str, str, str]], warn_only: bool = False
) -> None:
    results.append((name, "PASS" if ok else "WARN" if warn_only else "FAIL", detail))


def scan_groups(received_at: list[str]) -> list[tuple[str, int]]:
    """Attempts registered per worker scan: ``received_at`` is the scan time (to the
    second); one scan may straddle two seconds, so neighbouring seconds are merged."""
    groups: list[tuple[str, int]] = []
    last = None
    for when, n in sorted(Counter(received_at).items()):
        stamp = time.mktime(time.strptime(when[:19], "%Y-%m-%dT%H:%M:%S"))
        if groups and last is not None and stamp - last <= 1:
            groups[-1] = (groups[-1][0], groups[-1][1] + n)
        else:
            groups.append((when, n))
        last = stamp
    return groups


def stopped_containers_since(since: float) -> list[str]:
    """Grading containers (any server's: the label is all they carry) created since
    ``since`` and no longer running, i.e. not removed by their runner."""
    found = subprocess.run(
        [
            "docker",
            "ps",
            "-a",
            "--filter",
            "label=workshop.grade",
            "--filter",
            "status=exited",
            "--filter",
            "status=created",
            "--filter",
            "status=dead",
            "--format",
            "{{.ID}} {{.CreatedAt}}",
        ],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.splitlines()
    out = []
    for line in found:
        cid, _, created = line.partition(" ")
        try:
            when = time.mktime(time.strptime(created[:19], "%Y-%m-%d %H:%M:%S")) - time.timezone
        except ValueError:
            when = since
        if when >= since - 1:
            out.append(cid)
    return out


def scenario(
    args: argparse.Namespace, title: str, n_students: int, attempts: int, seconds: float
) -> tuple[bool, list[float]]:
    """One class against a fresh server: print its figures and checks; return whether
    every invariant held, and each student's time to first feedback."""
    root = Path(tempfile.mkdtemp(prefix="workshop-load-"))
    roster = root / "roster.csv"
    with roster.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "name", "email", "moodle_idnumber"])
        for i in range(n_students):
            writer.writerow([f"s{i:04d}", f"Student {i}", f"s{i:04d}@example.org", f"M{i:04d}"])

    started = time.monotonic()
    server = Server(root, roster, args.workers, args.warm)
    results: list[tuple[str, str, str]] = []
    tcp_before = tcp_counters()
    run_started = time.time()
    try:
        tokens = server.tokens()
        students = plan(n_students, attempts, seconds, args.seed, tokens)
        prepare_work(root / "work", students)
        print(
            f"\n== {title}: workshop serve on {server.url} (workers {args.workers}, warm {args.warm}); {n_students} students x"
            f" {attempts} attempts over {seconds:g} s; class in {root}"
        )

        loop = asyncio.new_event_loop()
        t0, last_upload, timings, stop, lms, clients = loop.run_until_complete(
            run_class(server.url, students, tokens["*class*"], root / "work", args)
        )
        upload_phase_s = (last_upload - t0) if last_upload else float("nan")
        clients_done = time.monotonic()

        # Wait (bounded) until every student's latest accepted attempt has a grade.
        latest = {st.id: max(u.attempt for u in st.accepted if u.attempt) for st in students if st.accepted}
        deadline = time.monotonic() + args.grade_timeout
        waiting = ungraded_latest(server.data, latest)
        while waiting and time.monotonic() < deadline:
            time.sleep(0.5)
            waiting = ungraded_latest(server.data, latest)
        all_graded_s = time.monotonic() - t0
        stop.set()
        loop.run_until_complete(lms)
        for client in clients:
            loop.run_until_complete(client.aclose())
        loop.close()
        check(
            "all latest attempts graded in time",
            waiting == 0,
            f"{waiting} of {len(latest)} still ungraded after {args.grade_timeout:g} s" if waiting else "",
            results,
        )
        time.sleep(1.0)  # let a wake-up run triggered by the last upload settle
        health = httpx.get(f"{server.url}/healthz", timeout=30).json()

        # -- uploads
        statuses = Counter(u.status for st in students for u in st.uploads)
        sent = sum(statuses.values())
        accepted = statuses.get(201, 0)
        unexpected = {s: n for s, n in statuses.items() if s not in (201, 429)}
        check(
            "every upload answered 201 (429 only past the rate limit)",
            not unexpected and (attempts > RATE_COUNT or not statuses.get(429)),
            f"unexpected: {dict(unexpected)}, 429: {statuses.get(429, 0)}",
            results,
        )

        # -- inbox
        inbox_problems = []
        ex_dir = server.inbox / EXERCISE
        for st in students:
            folder = ex_dir / st.id
            files = sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []
            names = [u.attempt for u in st.accepted]
            if len(files) != len(names) or sorted(n for n in names if n) != files:
                inbox_problems.append(f"{st.id}: {len(files)} files for {len(names)} accepted")
        leftovers = (
            list((server.inbox / ".incoming").glob("*")) if (server.inbox / ".incoming").exists() else []
        )
        strays = [p.name for p in server.inbox.iterdir() if p.name not in (EXERCISE, ".incoming")]
        check(
            "inbox: each accepted upload stored exactly once",
            not inbox_problems and not leftovers and not strays,
            "; ".join(inbox_problems[:5])
            + (f" leftovers {len(leftovers)}" if leftovers else "")
            + (f" strays {strays}" if strays else ""),
            results,
        )

        # -- gradebook
        book = open_book(server.data)
        subs = book.execute("SELECT id, exercise, student, attempt FROM submissions").fetchall()
        received_at = [r for (r,) in book.execute("SELECT received_at FROM submissions")]
        grades = book.execute("SELECT submission_id, grader_key, status, score FROM grades").fetchall()
        book.close()
        by_key = Counter((ex, st, at) for _, ex, st, at in subs)
        wanted = Counter((EXERCISE, st.id, u.attempt) for st in students for u in st.accepted)
        twice = [k for k, n in by_key.items() if n > 1]
        missing = [k for k in wanted if k not in by_key]
        extra = [k for k in by_key if k not in wanted]
        check(
            "gradebook: every accepted attempt registered exactly once",
            not twice and not missing and not extra and len(subs) == accepted,
            f"{len(subs)} rows for {accepted} accepted; missing {len(missing)}, twice {len(twice)},"
            f" unknown {len(extra)}",
            results,
        )
        grades_per_sub = Counter(sid for sid, *_ in grades)
        sub_of = {sid: (st, at) for sid, _, st, at in subs}
        twice_graded = [sid for sid, n in grades_per_sub.items() if n > 1]
        orphan = [sid for sid in grades_per_sub if sid not in sub_of]
        latest_grade = {}
        for sid, _key, status, score in grades:
            if sid in sub_of:
                st, at = sub_of[sid]
                if latest.get(st) == at:
                    latest_grade[st] = (status, score)
        no_grade = [st for st in latest if st not in latest_grade]
        check(
            "gradebook: one grade for every student's latest attempt, none twice",
            not no_grade and not twice_graded and not orphan,
            f"latest without grade {len(no_grade)}, graded twice {len(twice_graded)}, orphans {len(orphan)}",
            results,
        )
        statuses_graded = Counter(status for status, _ in latest_grade.values())
        expect = expected_scores()
        source_of = {(st.id, u.attempt): u.source for st in students for u in st.accepted}
        wrong_scores: Counter[str] = Counter()
        for st, (status, score) in latest_grade.items():
            source = source_of[(st, latest[st])]
            if score != expect[source]:
                wrong_scores[f"{source}: {score:g} != {expect[source]:g} ({status})"] += 1
        check(
            "same calculator, same score (latest attempts)",
            not wrong_scores,
            "; ".join(f"{k} x{n}" for k, n in wrong_scores.most_common(5)),
            results,
        )

        # -- the LMS pull, paged
        items, totals, pages, problems = fetch_scores(server.url, tokens["*class*"], args.page)
        counted = Counter(item["userId"] for item in items)
        graded_ok = {st: score for st, (status, score) in latest_grade.items() if status != "infra_error"}
        disagree = [
            item["userId"]
            for item in items
            if graded_ok.get(item["userId"]) is None
            or float(item["resultScore"]) != graded_ok[item["userId"]]
        ]
        check(
            "scores endpoint agrees with the gradebook (one item per graded student)",
            not problems
            and set(counted) == set(graded_ok)
            and max(counted.values(), default=1) == 1
            and len(items) == len(graded_ok)
            and all(t == len(graded_ok) for t in totals)
            and not disagree,
            f"{len(items)} items on {pages} pages for {len(graded_ok)} graded; totals {sorted(set(totals))};"
            f" disagreeing {len(disagree)}; {problems}",
            results,
        )

        # -- feedback
        waited = [st.first_feedback_s for st in students if st.first_feedback_s is not None]
        no_feedback = [st.id for st in students if st.accepted and st.first_feedback_s is None]
        check(
            "every student read graded feedback in time",
            not no_feedback,
            f"{len(no_feedback)} never did within {args.feedback_timeout:g} s",
            results,
        )
        poll_errors = sum((st.poll_errors for st in students), Counter())
        check("feedback polls all answered 200", not poll_errors, f"{dict(poll_errors)}", results, True)
        check(
            "no grading error reported by /healthz",
            health.get("grading_error") is None,
            str(health.get("grading_error")),
            results,
        )
    finally:
        code = server.stop()
        total_s = time.monotonic() - started
    err = server.stderr()
    err_lines = [line for line in err.splitlines() if line.strip()]
    check(
        "server stderr clean (no traceback, no error)",
        "Traceback" not in err and not any("ERROR" in line for line in err_lines),
        f"{len(err_lines)} lines; first: {err_lines[0][:200] if err_lines else ''}",
        results,
    )
    leftover = stopped_containers_since(run_started)
    if leftover:  # other people's runs remove theirs within a second; ours would stay
        time.sleep(3)
        leftover = [c for c in stopped_containers_since(run_started) if c in leftover]
    check("no stopped grading container left behind", not leftover, f"{len(leftover)} left", results, True)
    tcp_after = tcp_counters()

    # -- figures
    lat = [u.latency_s for st in students for u in st.uploads if u.status == 201]
    print()
    print(
        f"uploads sent {sent}, accepted {accepted}, refused {sent - accepted}"
        + (f" {dict((str(k), v) for k, v in statuses.items() if k != 201)}" if sent - accepted else "")
    )
    print(f"upload phase {upload_phase_s:.1f} s wall; {accepted / upload_phase_s:.2f} uploads/s accepted")
    print(
        f"upload latency p50 {pct(lat, 50) * 1000:.0f} ms, p95 {pct(lat, 95) * 1000:.0f} ms,"
        f" max {max(lat, default=float('nan')) * 1000:.0f} ms"
    )
    print(
        f"time to first feedback p50 {pct(waited, 50):.1f} s, p95 {pct(waited, 95):.1f} s,"
        f" max {max(waited, default=float('nan')):.1f} s ({len(waited)} of {len(latest)} students)"
    )
    print(
        f"feedback GET latency p50 {pct(timings.feedback, 50) * 1000:.0f} ms,"
        f" p95 {pct(timings.feedback, 95) * 1000:.0f} ms, max {max(timings.feedback, default=0) * 1000:.0f} ms"
        f" ({len(timings.feedback)} polls, {len(timings.feedback) / max(1e-9, clients_done - t0):.1f}/s)"
    )
    drops = [
        f"{a}->{b} at {tb:.0f}s"
        for (_, a), (tb, b) in zip(timings.scores_totals, timings.scores_totals[1:], strict=False)
        if b < a
    ]
    print(
        f"LMS pull (scores json) latency p50 {pct(timings.scores, 50) * 1000:.0f} ms,"
        f" p95 {pct(timings.scores, 95) * 1000:.0f} ms, max {max(timings.scores, default=0) * 1000:.0f} ms"
        f" ({len(timings.scores)} pulls; graded students went down {len(drops)} times"
        + (f": {', '.join(drops[:6])}" if drops else "")
        + (f"; errors {dict(timings.scores_errors)}" if timings.scores_errors else "")
        + ")"
    )
    print(
        f"all graded {all_graded_s:.1f} s after the first upload; {len(grades)} gradings for"
        f" {accepted} attempts; latest grades {dict(statuses_graded)}"
    )
    scans = scan_groups(received_at)
    print(
        "worker scans (attempts registered per scan, UTC): "
        + ", ".join(f"{when[11:19]} {n}" for when, n in scans)
    )
    print(f"whole run {total_s:.1f} s; server exit code {code}")
    if tcp_before and tcp_after:
        print(
            "TCP counters (namespace-wide) during the run: "
            + ", ".join(f"{k} +{tcp_after[k] - tcp_before.get(k, 0)}" for k in tcp_after)
        )
    for where, n in timings.transport.most_common(6):
        print(f"transport error x{n}: {where}")
    print()
    for name, level, detail in results:
        print(f"{level}  {name}" + (f"  ({detail})" if detail and level != "PASS" else ""))
    failed = [r for r in results if r[1] == "FAIL"]
    if err_lines:
        print("\nserver stderr (last 20 lines):\n  " + "\n  ".join(err_lines[-20:]))
    if args.keep or failed:
        print(f"\nclass kept in {root}")
    else:
        shutil.rmtree(root, ignore_errors=True)
    return not failed, waited


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--students", type=int, default=200, help="the class run (0: skip it)")
    parser.add_argument("--attempts", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=60.0, help="upload window")
    parser.add_argument("--workers", type=int, default=2, help="containers at once (serve --workers)")
    parser.add_argument(
        "--warm", type=int, default=0, help="containers started ahead (serve --warm); the class starts once they run"
    )
    parser.add_argument("--poll", type=float, default=0.5, help="feedback polling period, s")
    parser.add_argument("--feedback-timeout", type=float, default=600.0, help="per student, s")
    parser.add_argument("--grade-timeout", type=float, default=1800.0, help="until all graded, s")
    parser.add_argument("--page", type=int, default=50, help="page size for the final scores pull")
    parser.add_argument("--keepalive", type=float, default=5.0, help="client keep-alive expiry for polls, s")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", action="store_true", help="keep the temp class folder")
    parser.add_argument(
        "--burst", type=int, default=30, help="students of the burst run, one upload each (0: skip it)"
    )
    parser.add_argument("--burst-seconds", type=float, default=10.0, help="the burst's upload window")
    args = parser.parse_args()
    if args.students < 0 or args.burst < 0 or args.attempts < 1 or args.seconds <= 0:
        parser.error("attempts and seconds must be positive, students and burst not negative")
    if args.attempts > RATE_COUNT:
        print(
            f"note: {args.attempts} attempts > the server's {RATE_COUNT} per {RATE_WINDOW_S:.0f} s:"
            " 429 refusals are expected and not counted as failures"
        )

    summary = []
    ok = True
    runs = [
        ("burst", args.burst, 1, args.burst_seconds),
        ("class", args.students, args.attempts, args.seconds),
    ]
    for title, n_students, attempts, seconds in runs:
        if n_students:
            passed, waited = scenario(args, title, n_students, attempts, seconds)
            ok &= passed
            summary.append(
                f"{title}: {n_students} students x {attempts} attempt(s) within {seconds:g} s:"
                f" time to first feedback p50 {pct(waited, 50):.1f} s, p95 {pct(waited, 95):.1f} s"
            )
    print("\n== summary (workers %d, warm %d; %d cores)" % (args.workers, args.warm, os.cpu_count() or 0))
    for line in summary:
        print(line)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
