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


def test_doctor_says_what_is_missing_and_how_to_fix_it(tmp_path):
    done = run_cli("sandbox", "doctor", cwd=REPO, env={"DOCKER_HOST": f"unix://{tmp_path}/none.sock"})
    assert done.returncode == 1
    assert done.stdout.startswith("✗ Docker engine not reachable\n    → The Docker engine is not reachable (")
    assert "Start it (Docker Desktop, or 'dockerd &' as root)" in done.stdout
