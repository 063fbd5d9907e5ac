"""The image's pages held in the host's page cache while jobs run (sandbox/pagecache.py),
through the real engine: red team 9 rounds 11 and 12 passed a hidden input from one job to
a later one by dropping (runc) or filling (runsc) pages of the image's files, which every
container of the image shares. Held, the pages can be neither."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
from docker.errors import NotFound

from conftest import REPO
from workshop.course import Limits
from workshop.errors import SandboxError
from workshop.sandbox import pagecache
from workshop.sandbox.engine import client
from workshop.sandbox.runner import DockerRunner, Job


@pytest.fixture
def no_holder():
    """No holder of this process, and none of another (a holder of another process, still
    ending, would keep the pages the controls below expect to see dropped)."""
    pagecache.release()
    api = client().api
    deadline = time.monotonic() + 60
    while api.containers(filters={"label": pagecache.HOLD_LABEL}):
        if time.monotonic() > deadline:
            pytest.fail("another process holds the image's pages: run these tests when it has ended")
        time.sleep(0.5)
    yield
    pagecache.release()


def test_held_pages_can_be_dropped_by_no_one_and_unheld_ones_can(sandbox_image, no_holder):
    # The control first: without the holder, a container that drops every page of the
    # image's files (posix_fadvise DONTNEED, as round 11's writer did) leaves most of them
    # out of the cache; only the pages processes have mapped stay.
    dropped, pages = pagecache.probe(sandbox_image, drop=True)
    assert dropped > pages // 2

    held = pagecache.ensure(sandbox_image)
    assert held.files > 1000 and held.unreadable == 0
    assert pagecache.probe(sandbox_image) == (0, pages)  # every page is back in the cache
    assert pagecache.probe(sandbox_image, drop=True) == (0, pages)  # and none can be dropped

    pagecache.release()  # what ending the run does: the pages are free to go again
    dropped_again, _ = pagecache.probe(sandbox_image, drop=True)
    assert dropped_again > pages // 2


def test_no_job_runs_before_the_pages_are_held(sandbox_image, no_holder, monkeypatch):
    def refused(image: str) -> pagecache.Held:
        raise SandboxError("sandbox_failed", detail="page cache holder: refused for the test")

    monkeypatch.setattr(pagecache, "ensure", refused)
    api = client().api
    before = {c["Id"] for c in api.containers(all=True)}
    job = Job({"job.json": b"{}"}, Limits(wall_time_s=20))
    with pytest.raises(SandboxError, match="refused for the test"):
        DockerRunner(sandbox_image).run(job)
    assert {c["Id"] for c in api.containers(all=True)} == before  # no container was made


def test_a_run_holds_the_pages_and_one_holder_serves_every_job_of_the_process(sandbox_image, no_holder):
    job = Job(
        {
            "job.json": b'{"module": "m", "call_time_s": 5}',
            "submission/m.py": b"x = 1\n",
            "tests/public/test_probe.py": b"def test_x(submission):\n    assert submission.x == 1\n",
        },
        Limits(wall_time_s=20),
    )
    runner = DockerRunner(sandbox_image)
    runner.run(job)
    # run() itself started the holder: it is there before this test asks for one
    assert pagecache._holders[sandbox_image].alive()
    assert client().api.containers(filters={"label": pagecache.HOLD_LABEL})
    first = pagecache.ensure(sandbox_image)
    runner.run(job)
    assert pagecache.ensure(sandbox_image) == first
    holders = client().api.containers(filters={"label": pagecache.HOLD_LABEL})
    assert first.container in {c["Id"] for c in holders}
    assert pagecache.probe(sandbox_image, drop=True)[0] == 0


def test_the_holder_ends_with_its_process_even_on_sigkill(sandbox_image):
    # A run killed with SIGKILL cannot end its holder: the engine closes the holder's
    # stdin when the attach stream goes, the holder exits and the engine removes it.
    code = (
        "import sys, time\n"
        "from workshop.sandbox import pagecache\n"
        f"print(pagecache.ensure({sandbox_image!r}).container, flush=True)\n"
        "time.sleep(600)\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env={"PYTHONPATH": str(REPO / "src")}
    )
    try:
        assert proc.stdout is not None
        container = proc.stdout.readline().strip()
        api = client().api
        assert api.inspect_container(container)["State"]["Running"]
    finally:
        proc.kill()
        proc.wait()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            api.inspect_container(container)
        except NotFound:
            return
        time.sleep(0.2)
    pytest.fail(f"the holder {container[:12]} outlived its process by 60 s")


def test_the_classroom_server_holds_the_pages_before_the_first_upload(sandbox_image, no_holder, tmp_path):
    # The first uploads of a class must not wait for the holder: `workshop serve`'s grading
    # worker starts it with the server (before it sweeps and prewarms), not at the first job.
    from workshop.course import Course
    from workshop.server.worker import GradingWorker

    (tmp_path / "inbox").mkdir()
    worker = GradingWorker(tmp_path / "inbox", Course.locate(REPO), tmp_path / "data")
    worker._hold_pages()
    assert pagecache._holders[sandbox_image].alive()
    assert pagecache.probe(sandbox_image, drop=True)[0] == 0
