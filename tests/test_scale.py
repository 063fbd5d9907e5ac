"""The scale-out's formats and its refusals, without a container: what a job and an answer
may be on the wire, the broker's settings, the worker's options, one clear line when the
broker is out of reach, and the deployment files."""

from __future__ import annotations

import base64
import contextlib
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from conftest import REPO, run_cli
from workshop.course import Limits
from workshop.errors import ConfigError, InputError
from workshop.results import MAX_RESULTS_BYTES, RunOutput
from workshop.sandbox.runner import Job
from workshop.scale.settings import BULK, INTERACTIVE, BrokerSettings, queue_names, shown
from workshop.scale.wire import JobMessage, JobOutcome, WireOutput

SOLUTION = REPO / "graders" / "calculatrice" / "solution" / "calculator.py"
IMAGE = "workshop-sandbox:0123456789ab"


def _job(code: bytes = b"def calculate(e): return 1.0\n") -> Job:
    return Job({"job.json": b'{"module": "calculator"}', "submission/calculator.py": code}, Limits())


def test_a_job_crosses_the_wire_unchanged_and_its_id_names_its_content() -> None:
    message = JobMessage.of(_job(b"\xff\x00binary"), IMAGE)
    back = JobMessage.model_validate(message.wire())
    assert back.job({"k": "v"}).files == _job(b"\xff\x00binary").files
    assert back.task_id() == message.task_id()
    assert JobMessage.of(_job(b"other"), IMAGE).task_id() != message.task_id()
    assert (
        JobMessage.of(_job(b"\xff\x00binary"), "workshop-sandbox:ffffffffffff").task_id() != message.task_id()
    )


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"files": {"../etc/passwd": "eA=="}}, "job file name refused: '../etc/passwd'"),
        ({"files": {"submission/../../x": "eA=="}}, "job file name refused: 'submission/../../x'"),
        ({"files": {"/abs": "eA=="}}, "job file name refused: '/abs'"),
        ({"image": "evil;rm -rf /:tag"}, "String should match pattern"),
        ({"image": "alpine:latest"}, "String should match pattern"),
        ({"image": "workshop-sandbox:latest"}, "String should match pattern"),
        ({"limits": {"wall_time_s": 99999}}, "Input should be less than or equal to 3600"),
        ({"pickle": "gASV"}, "Extra inputs are not permitted"),
        ({"format": 2}, "Input should be less than or equal to 1"),
    ],
)
def test_a_forged_job_message_is_refused(change: dict, error: str) -> None:
    wire = {**JobMessage.of(_job(), IMAGE).wire(), **change}
    with pytest.raises(ValidationError, match=error.replace("(", r"\(").replace(")", r"\)")):
        JobMessage.model_validate(wire)


def test_a_worker_answer_longer_than_any_runner_keeps_is_refused() -> None:
    fine = WireOutput.of(RunOutput(exit_code=0, stdout=b"x" * (MAX_RESULTS_BYTES + 1)))
    assert len(WireOutput.model_validate(fine.model_dump(mode="json")).stdout) == MAX_RESULTS_BYTES + 1
    too_long = {"exit_code": 0, "stdout": base64.b64encode(b"x" * (MAX_RESULTS_BYTES + 2)).decode()}
    with pytest.raises(ValidationError, match="container output longer than any runner keeps"):
        WireOutput.model_validate(too_long)


def test_an_answer_is_cut_to_the_jobs_own_output_cap() -> None:
    wire = WireOutput.of(RunOutput(exit_code=0, stderr=b"e" * 5000))
    assert len(wire.run_output(Limits(output_kib=1)).stderr) == 1024


def test_an_answer_has_an_output_exactly_when_it_is_ok() -> None:
    with pytest.raises(ValidationError, match="an answer has an output exactly when it is ok"):
        JobOutcome.model_validate({"ok": True})
    with pytest.raises(ValidationError, match="an answer has an output exactly when it is ok"):
        JobOutcome.model_validate({"ok": False, "output": {"exit_code": 0}})
    assert JobOutcome.model_validate({"ok": False, "error": "sandbox_failed"}).output is None


def test_passwords_are_never_shown() -> None:
    assert shown("redis://:s3cret@10.0.0.5:6379/0") == "redis://:***@10.0.0.5:6379/0"
    assert shown("amqp://guest:s3cret@rabbit//") == "amqp://guest:***@rabbit//"
    assert shown("redis://10.0.0.5:6379/0") == "redis://10.0.0.5:6379/0"


def test_a_broker_that_is_not_redis_needs_a_results_store() -> None:
    with pytest.raises(ConfigError) as caught:
        BrokerSettings(broker_url="amqp://guest:pw@rabbit//").results()
    assert str(caught.value) == (
        "The broker amqp://guest:***@rabbit// is not Redis, so it cannot keep the workers' answers. "
        "Give --results with a Redis URL (or set WORKSHOP_RESULTS)."
    )
    both = BrokerSettings(broker_url="amqp://rabbit//", results_url="redis://r:6379/1")
    assert both.results() == "redis://r:6379/1"
    assert BrokerSettings(broker_url="redis://r:6379/0").results() == "redis://r:6379/0"


def test_worker_queues_are_taken_in_the_order_given() -> None:
    assert queue_names("interactive,bulk") == (INTERACTIVE, BULK)
    assert queue_names("interactive") == (INTERACTIVE,)
    with pytest.raises(InputError) as caught:
        queue_names("interactive,urgent")
    assert str(caught.value) == (
        "Unknown queue 'urgent'. Use interactive, bulk, or both separated by a comma (interactive,bulk)."
    )


def test_a_worker_without_a_broker_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    done = run_cli("worker", env={"WORKSHOP_BROKER": ""})
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "Error: No broker given. Pass --broker redis://[:password@]host:6379/0 (or set WORKSHOP_BROKER)."
    )


def test_grade_with_the_broker_out_of_reach_is_one_line_and_loses_nothing(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    shutil.copyfile(SOLUTION, work / "calculator.py")
    inbox = tmp_path / "inbox"
    args = ("--dir", str(work), "--exercise", "calculatrice", "--student", "ana", "--to", str(inbox))
    assert run_cli("submit", *args, cwd=REPO).returncode == 0
    book = tmp_path / "gb.sqlite"
    done = run_cli(
        "grade", str(inbox), "--gradebook", str(book), "--broker", "redis://:pw@127.0.0.1:9/0", cwd=REPO
    )
    assert done.returncode == 1
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("Error: The broker redis://:***@127.0.0.1:9/0 is not reachable (")
    assert last.endswith(
        "Start Redis (or check the URL and its password), then run this again; nothing was lost."
    )
    from workshop.gradebook import Gradebook

    assert Gradebook(book).counts() == (1, 0)  # registered, waiting for the next run
    assert len(list((inbox / "calculatrice" / "ana").iterdir())) == 1


# -- the deployment files: a compose file cannot run here (no registry), so check its wiring
COMPOSE = REPO / "deploy" / "compose.yaml"


def _compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


def test_the_compose_file_has_the_server_its_two_stores_and_workers() -> None:
    services = _compose()["services"]
    assert set(services) == {"server", "worker", "redis", "postgres"}
    assert services["worker"]["deploy"]["replicas"] >= 2
    assert services["server"]["depends_on"] == {
        "postgres": {"condition": "service_healthy"},
        "redis": {"condition": "service_healthy"},
    }


def test_the_compose_file_wires_server_and_workers_to_the_same_stores() -> None:
    services = _compose()["services"]
    server, worker = services["server"]["environment"], services["worker"]["environment"]
    pg = services["postgres"]["environment"]
    assert server["WORKSHOP_GRADEBOOK"] == (
        f"postgresql://{pg['POSTGRES_USER']}:${{WORKSHOP_DB_PASSWORD}}@postgres:5432/{pg['POSTGRES_DB']}"
    )
    assert pg["POSTGRES_PASSWORD"].startswith("${WORKSHOP_DB_PASSWORD:?")
    assert (
        server["WORKSHOP_BROKER"]
        == worker["WORKSHOP_BROKER"]
        == "redis://:${WORKSHOP_REDIS_PASSWORD}@redis:6379/0"
    )
    redis_command = services["redis"]["command"]
    assert redis_command[redis_command.index("--requirepass") + 1].startswith("${WORKSHOP_REDIS_PASSWORD:?")
    assert "WORKSHOP_GRADEBOOK" not in worker  # a worker holds no database credentials


def test_only_the_server_sees_the_course_and_only_workers_drive_docker() -> None:
    services = _compose()["services"]
    server_volumes = services["server"]["volumes"]
    assert any(v.endswith(":/srv/course:ro") for v in server_volumes)
    assert "/var/run/docker.sock:/var/run/docker.sock" in services["worker"]["volumes"]
    assert not any("course" in v for v in services["worker"]["volumes"])
    assert not any("docker.sock" in v for v in server_volumes)
    ignored = (REPO / "deploy" / "Dockerfile.dockerignore").read_text().split()
    assert "graders" in ignored  # hidden tests never go into the program's image


@pytest.mark.parametrize("service", ["server", "worker"])
def test_the_compose_commands_are_real_workshop_commands(service: str) -> None:
    from workshop.cli import main

    command = _compose()["services"][service]["command"]
    if isinstance(command, str):
        command = shlex.split(command)
    assert command[0] == "workshop"
    click_command = main.commands[command[1]]
    known = {opt for param in click_command.params for opt in getattr(param, "opts", [])}
    used = [arg for arg in command[2:] if arg.startswith("--")]
    assert used and set(used) <= known, set(used) - known
    env_of = {p.envvar for p in click_command.params if getattr(p, "envvar", None)}
    assert "WORKSHOP_BROKER" in env_of


@pytest.mark.parametrize(
    ("missing", "args"),
    [
        ("celery", ["--broker", "redis://127.0.0.1:9/0"]),
        ("psycopg", ["--gradebook", "postgresql://workshop@127.0.0.1:9/classes"]),
    ],
)
def test_without_workshop_scale_installed_the_way_out_is_one_line(
    tmp_path: Path, missing: str, args: list
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    shutil.copyfile(SOLUTION, work / "calculator.py")
    inbox = tmp_path / "inbox"
    sub = ("--dir", str(work), "--exercise", "calculatrice", "--student", "ana", "--to", str(inbox))
    assert run_cli("submit", *sub, cwd=REPO).returncode == 0
    grade = ["grade", str(inbox), "--gradebook", str(tmp_path / "gb.sqlite"), *args]
    code = f"import sys; sys.modules[{missing!r}] = None; from workshop.cli import main; main({grade!r})"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == (
        f"Error: Working past one laptop needs {missing}, which is not installed. "
        "Install it with: pip install 'workshop[scale]'."
    )


def test_a_worker_answers_a_forged_job_with_a_refusal_and_runs_nothing() -> None:
    from workshop.scale.worker import grade_job

    forged = {**JobMessage.of(_job(), IMAGE).wire(), "files": {"../x": "eA=="}}
    answer = JobOutcome.model_validate(grade_job(forged, "w1@m", lambda: None))
    assert (answer.ok, answer.error, answer.worker) == (False, "job_message_invalid", "w1@m")
    assert answer.detail == "job: Value error, job file name refused: '../x'"


def test_a_worker_without_the_image_says_so_and_runs_nothing() -> None:
    from workshop.scale.worker import grade_job

    wire = JobMessage.of(_job(), "workshop-sandbox:000000000000").wire()
    answer = JobOutcome.model_validate(grade_job(wire, "w1@m", lambda: None))
    assert (answer.ok, answer.error, answer.detail) == (
        False,
        "worker_image_missing",
        "workshop-sandbox:000000000000",
    )


def test_a_worker_given_a_job_already_answered_returns_that_answer() -> None:
    from workshop.scale.worker import grade_job

    earlier = JobOutcome(ok=True, output=WireOutput(exit_code=0), worker="first@m").wire()
    assert grade_job({"not": "even valid"}, "second@m", lambda: earlier) == earlier


# -- runtimes, stops and sweeps on the broker path ------------------------------------------
def test_a_job_names_its_runtime_and_an_answer_the_runtime_that_ran() -> None:
    runc = JobMessage.of(_job(), IMAGE)
    assert runc.runtime == "runc"
    assert runc.task_id() == JobMessage.of(_job(), IMAGE, "runc").task_id()  # ids from before runtimes
    ids = {JobMessage.of(_job(), IMAGE, r).task_id() for r in ("runc", "runsc", "auto")}
    assert len(ids) == 3
    with pytest.raises(ValidationError, match="Input should be 'runc', 'runsc' or 'auto'"):
        JobMessage.model_validate({**runc.wire(), "runtime": "kata"})
    wire = WireOutput.of(RunOutput(exit_code=0, runtime="runsc"))
    assert WireOutput.model_validate(wire.model_dump(mode="json")).run_output(Limits()).runtime == "runsc"


class _RanUnder:
    """A stand-in for a broker: the job ran on some worker, under ``runtime``."""

    def __init__(self, runtime: str) -> None:
        self.runtime, self.calls = runtime, 0

    def run(self, job: Job) -> RunOutput:
        self.calls += 1
        return RunOutput(exit_code=1, runtime=self.runtime)


def test_with_auto_each_grade_is_keyed_by_the_runtime_its_worker_used(tmp_path: Path) -> None:
    from workshop.course import Course
    from workshop.grade import Graders, grade_inbox, grader_key
    from workshop.gradebook import Gradebook
    from workshop.sandbox.image import image_tag
    from workshop.scale.runner import broker_runtime

    work, inbox = tmp_path / "work", tmp_path / "inbox"
    work.mkdir()
    shutil.copyfile(SOLUTION, work / "calculator.py")
    args = ("--dir", str(work), "--exercise", "calculatrice", "--student", "ana", "--to", str(inbox))
    assert run_cli("submit", *args, cwd=REPO).returncode == 0
    course, book = Course.locate(REPO), Gradebook(tmp_path / "gb.sqlite")
    worker = _RanUnder("runsc")
    first = grade_inbox(inbox, course, book, Graders(lambda: worker, runtime=broker_runtime("auto")))
    assert [r.runtime for _, r in first.graded] == ["runsc"]
    key = grader_key(course.exercise("calculatrice"), image_tag(), None, "runsc")
    assert book.grade_state(1, key).kind == "graded"
    # Graded under either runtime counts as done for auto; runc asks for its own grade.
    again = grade_inbox(inbox, course, book, Graders(lambda: worker, runtime=broker_runtime("auto")))
    assert (again.unchanged, worker.calls) == (1, 1)
    plain = _RanUnder("runc")
    grade_inbox(inbox, course, book, Graders(lambda: plain, runtime=broker_runtime("runc")))
    assert plain.calls == 1
    assert book.grade_state(
        1, grader_key(course.exercise("calculatrice"), image_tag(), None, "runc")
    ).kind == ("graded")


def test_a_stopped_broker_run_lets_its_waiting_jobs_go_and_leaves_them_queued(redis_server) -> None:
    import threading

    from workshop.sandbox.runner import GradingStopped
    from workshop.scale.runner import BrokerRunner

    settings = BrokerSettings(broker_url=redis_server.url.rsplit("/", 1)[0] + "/7")
    runner = BrokerRunner(settings, IMAGE)
    raised: list[BaseException] = []

    def wait_for_answer() -> None:
        try:
            runner.run(_job())
        except BaseException as exc:  # noqa: BLE001 - what the waiting call got
            raised.append(exc)

    waiting = threading.Thread(target=wait_for_answer)
    waiting.start()
    client = redis_server.client()
    client.select(7)
    while not client.llen(INTERACTIVE):  # sent, and no worker takes it
        waiting.join(0.05)
    assert runner.stop() == 0
    waiting.join(10)
    assert [type(exc) for exc in raised] == [GradingStopped]
    assert client.llen(INTERACTIVE) == 1  # still queued: a worker answers it, the next run finds it
    with pytest.raises(GradingStopped):
        runner.run(_job(b"x = 1\n"))
    client.flushdb()


def test_a_worker_sweeps_the_containers_of_its_dead_runs_only(sandbox_image) -> None:
    from workshop.sandbox.engine import client
    from workshop.sandbox.runs import RUN_LABEL, this_run
    from workshop.scale.worker import WORKER_LABEL, remove_leftovers

    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    dead_run = this_run().rsplit("/", 2)[0] + f"/{dead.stdout.strip()}/1.00"
    api = client().api
    made = {}
    for name, labels in {
        "dead": {WORKER_LABEL: "w@sweep", RUN_LABEL: dead_run},
        "live": {WORKER_LABEL: "w@sweep", RUN_LABEL: this_run()},
        "older": {WORKER_LABEL: "w@sweep"},  # a worker from before per-run labels
        "other": {WORKER_LABEL: "v@sweep", RUN_LABEL: dead_run},
    }.items():
        made[name] = api.create_container(sandbox_image, command=["true"], labels=labels)["Id"]
    try:
        assert remove_leftovers("w@sweep") == 2
        left = {c["Id"] for c in api.containers(all=True, filters={"label": "workshop.worker"})}
        assert {name for name, cid in made.items() if cid in left} == {"live", "other"}
    finally:
        for cid in made.values():
            with contextlib.suppress(Exception):
                api.remove_container(cid, force=True)


def test_serve_refuses_warm_containers_with_a_broker(tmp_path: Path) -> None:
    """--warm keeps containers in the server's process; with --broker the workers grade, so
    the two together are one line and a non-zero exit, not a silent --warm 0."""
    roster = tmp_path / "roster.csv"
    roster.write_text("id,name,email\nalice,Alice,alice@example.org\n", encoding="utf-8")
    inbox = str(tmp_path / "inbox")
    done = run_cli(
        "serve", inbox, "--roster", str(roster), "--warm", "2", "--broker", "redis://127.0.0.1:1/0"
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        "Error: --warm keeps grading containers in the server's process; with --broker the "
        "workers grade: drop --warm."
    )
