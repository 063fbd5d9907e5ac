"""Grade a class of 30 calculators with `workshop grade`, next to a bare `docker run` of the
same tests in the same image, in one run on the same machine. Prints figures; asserts
nothing (these machines are shared: compare the two numbers of one run).

    python benchmarks/grade_class.py [--students 30] [--workers N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from workshop.course import Course  # noqa: E402
from workshop.sandbox.image import ensure_image  # noqa: E402
from workshop.submit import submit  # noqa: E402

SOURCES = [
    REPO / "graders/calculatrice/solution/calculator.py",
    *(
        REPO / f"graders/calculatrice/demo/{name}/calculator.py"
        for name in ("alice", "bruno", "chloe", "gael")
    ),
]

BARE_CONFTEST = """
import importlib.util, sys, pytest
def pytest_configure(config):
    config.addinivalue_line("markers", "grade: points")
@pytest.fixture(scope="session")
def submission():
    sys.path.insert(0, "/w/submission")
    spec = importlib.util.spec_from_file_location("calculator", "/w/submission/calculator.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
"""


def run_measured(cmd: list[str], env: dict[str, str]) -> tuple[float, int, str]:
    """Wall seconds, peak RSS (KiB) of the process, stderr."""
    started = time.monotonic()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    err = proc.stderr.read().decode(errors="replace")
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"command failed: {' '.join(cmd)}\n{err[-2000:]}")
    return time.monotonic() - started, usage.ru_maxrss, err


def bare_run(image: str, work: Path, runtime: str) -> float:
    started = time.monotonic()
    subprocess.run(
        [
            "docker",
            "run",
            "--rm",
            "--runtime",
            runtime,
            "--network",
            "none",
            "-v",
            f"{work}:/w:ro",
            "--entrypoint",
            "python3",
            image,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "/w/tests",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    return time.monotonic() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=30)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--runtime", choices=["runc", "runsc"], default="runc", help="for both sides")
    args = parser.parse_args()
    course = Course.locate(REPO)
    exercise = course.exercise("calculatrice")
    image, _ = ensure_image()
    root = Path(tempfile.mkdtemp(prefix="workshop-bench-"))
    try:
        inbox = root / "inbox"
        bare_dirs = []
        for i in range(args.students):
            work = root / "students" / f"s{i:02d}"
            (work / "submission").mkdir(parents=True)
            code = SOURCES[i % len(SOURCES)].read_text() + f"\n# student {i}\n"
            (work / "calculator.py").write_text(code)
            (work / "submission" / "calculator.py").write_text(code)
            submit(work, exercise, f"s{i:02d}", inbox)
            tests = work / "tests"
            shutil.copytree(exercise.public_tests, tests / "public")
            shutil.copytree(exercise.hidden_tests, tests / "hidden")
            (tests / "conftest.py").write_text(BARE_CONFTEST)
            bare_dirs.append(work)

        env = {**os.environ, "WORKSHOP_LANG": "en"}
        cmd = [
            sys.executable,
            "-m",
            "workshop.cli",
            "grade",
            str(inbox),
            "--workers",
            str(args.workers),
            "--gradebook",
            str(root / "gb.sqlite"),
            "--reports",
            str(root / "reports"),
            "--course",
            str(REPO),
            "--runtime",
            args.runtime,
        ]
        wall, peak_kib, _ = run_measured(cmd, env)
        again, _, again_err = run_measured(cmd, env)
        assert "Nothing to grade" in again_err, again_err

        started = time.monotonic()
        with ThreadPoolExecutor(max_workers=args.workers) as pool:
            singles = list(pool.map(lambda w: bare_run(image, w, args.runtime), bare_dirs))
        bare_wall = time.monotonic() - started

        n = args.students
        print(f"students: {n}, workers: {args.workers}, image: {image}, runtime: {args.runtime}")
        print(f"workshop grade, class wall:        {wall:7.2f} s")
        print(f"workshop grade, per submission:    {wall / n:7.3f} s  (class wall / students)")
        print(
            f"bare docker run, class wall:       {bare_wall:7.2f} s  (same image, same tests, same workers)"
        )
        print(
            f"bare docker run, per submission:   {bare_wall / n:7.3f} s  (mean single run {sum(singles) / n:.3f} s)"
        )
        print(f"ratio workshop / bare:             {wall / bare_wall:7.2f}")
        print(f"peak RSS of workshop grade:        {peak_kib / 1024:7.1f} MiB")
        print(f"second grade (nothing changed):    {again:7.2f} s")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
