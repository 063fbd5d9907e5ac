"""workshop sandbox build / doctor, through the CLI and the real engine."""

from __future__ import annotations

from conftest import REPO, run_cli


def test_build_reuses_an_unchanged_image(sandbox_image):
    done = run_cli("sandbox", "build", cwd=REPO)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{sandbox_image} already present"


def test_doctor_is_happy_with_engine_and_image(sandbox_image):
    done = run_cli("sandbox", "doctor", cwd=REPO)
    assert done.returncode == 0, done.stdout
    assert "✓ Docker engine reachable" in done.stdout
    assert f"✓ grading image {sandbox_image} present" in done.stdout
    assert "✓ the image's pages can be held in memory while jobs run (" in done.stdout


def test_doctor_says_what_is_missing_and_how_to_fix_it(tmp_path):
    done = run_cli("sandbox", "doctor", cwd=REPO, env={"DOCKER_HOST": f"unix://{tmp_path}/none.sock"})
    assert done.returncode == 1
    assert done.stdout.startswith("✗ Docker engine not reachable\n    → The Docker engine is not reachable (")
    assert "Start it (Docker Desktop, or 'dockerd &' as root)" in done.stdout


def test_doctor_reports_runsc_registered_with_the_engine(sandbox_image):
    done = run_cli("sandbox", "doctor", cwd=REPO)
    assert "✓ gVisor (runsc) registered with the engine: --runtime auto grades under it" in done.stdout


def test_doctor_says_how_to_add_runsc_where_it_is_missing(monkeypatch):
    from workshop.sandbox import doctor

    monkeypatch.setattr(doctor, "engine_runtimes", lambda: {"runc"})
    monkeypatch.setattr(doctor.shutil, "which", lambda name: None)
    missing = doctor._runsc()
    assert (missing.ok, missing.what) == (True, "gVisor (runsc) not available: grading falls back to runc")
    assert missing.fix.startswith('apt-get install runsc (Debian, Ubuntu), add {"runtimes": {"runsc": ')
    monkeypatch.setattr(doctor.shutil, "which", lambda name: "/usr/bin/runsc")
    unregistered = doctor._runsc()
    assert (
        unregistered.what
        == "runsc installed but not registered with the Docker engine: grading falls back to runc"
    )
    assert unregistered.fix.endswith("then kill -HUP $(pidof dockerd); 'bash scripts/setup.sh' does it")


def test_doctor_says_when_the_images_pages_cannot_be_held(sandbox_image, monkeypatch):
    from workshop.errors import SandboxError
    from workshop.sandbox import doctor, pagecache

    def refused(self: pagecache.Holder) -> pagecache.Held:
        raise SandboxError("sandbox_failed", detail="page cache holder: mlockall: Operation not permitted")

    monkeypatch.setattr(pagecache.Holder, "start", refused)
    finding = doctor._pagecache(sandbox_image)
    assert (finding.ok, finding.what) == (False, "the image's pages cannot be held in memory: no job can run")
    assert finding.fix == (
        "page cache holder: mlockall: Operation not permitted; the engine must let a container lock"
        " memory (CAP_IPC_LOCK): a rootful Docker engine does, a rootless one does not"
    )
