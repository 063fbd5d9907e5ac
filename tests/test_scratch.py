"""The wipe between isolated calls (workshop_harness.scratch), on this machine's own file
system: whatever a student process can build in a writable mount goes, at any depth,
whatever its modes and names, without following a symlink out, with a bounded number of
open files; and when something of the student's outlives it, the wipe says so (the fork
server then starts no new process: fail closed)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from workshop_harness import scratch


def _deep(top: Path, levels: int, name: str = "dd", mode: int = 0o700) -> None:
    """``levels`` nested directories under ``top``, built with directory fds (their path is
    longer than PATH_MAX past about 1,400 levels of "dd"), a file at the bottom."""
    fd = os.open(top, os.O_RDONLY)
    for _ in range(levels):
        os.mkdir(name, 0o700, dir_fd=fd)
        nfd = os.open(name, os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = nfd
    out = os.open("kept", os.O_WRONLY | os.O_CREAT, 0o400, dir_fd=fd)
    os.write(out, b"state")
    os.close(out)
    os.fchmod(fd, mode)
    os.close(fd)


def test_a_tree_deeper_than_path_max_is_wiped(tmp_path: Path) -> None:
    root = tmp_path / "tmp"
    root.mkdir()
    _deep(root, 1500)  # 1500 * len("dd/") = 4500 > PATH_MAX (4096)
    _deep(root, 1500, name="d\nd", mode=0o500)
    (root / "top-file").write_bytes(b"x")
    scratch.empty_dir(root)
    assert os.listdir(root) == []


def test_locked_modes_odd_names_and_symlinks_are_wiped_without_following_a_link(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep").write_bytes(b"not the student's to remove")
    root = tmp_path / "tmp"
    (root / "a" / "b").mkdir(parents=True)
    (root / "a" / "b" / "f").write_bytes(b"x")
    (root / "a" / "b").chmod(0)
    (root / "a").chmod(0o100)
    (root / "-rf \n*").write_bytes(b"x")
    (root / "link").symlink_to(outside, target_is_directory=True)
    (root / "a-link-in-a-dir").mkdir()
    (root / "a-link-in-a-dir" / "to-outside").symlink_to(outside)
    scratch.empty_dir(root)
    assert os.listdir(root) == []
    assert (outside / "keep").read_bytes() == b"not the student's to remove"


def test_any_depth_with_few_file_descriptors(tmp_path: Path) -> None:
    # With at most 48 files open, a 3,000-level tree goes: directories past MAX_DEPTH are
    # moved up and emptied from the top, never walked with one fd per level.
    root = tmp_path / "tmp"
    root.mkdir()
    _deep(root, 3000)
    code = (
        "import resource, sys; from pathlib import Path\n"
        "resource.setrlimit(resource.RLIMIT_NOFILE, (48, 48))\n"
        "from workshop_harness import scratch\n"
        "scratch.empty_dir(Path(sys.argv[1]))\n"
    )
    command = [sys.executable, "-c", code, str(root)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert os.listdir(root) == []


def test_what_outlives_the_wipe_fails_it_closed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A file the wipe cannot remove (here: unlink made to fail, standing in for whatever a
    # future kernel or runtime might refuse): the wipe raises, it never reports success.
    root = tmp_path / "tmp"
    root.mkdir()
    (root / "stays").write_bytes(b"x")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError("refused")

    monkeypatch.setattr(scratch.os, "unlink", refuse)
    with pytest.raises(scratch.WipeFailed) as caught:
        scratch.empty_dir(root)
    assert "1 of the student's entries" in str(caught.value)


def test_a_missing_mount_is_not_an_error(tmp_path: Path) -> None:
    scratch.empty_dir(tmp_path / "no-such-mount")


def test_a_reset_the_fork_server_could_not_finish_starts_no_process() -> None:
    # The grader's end of the control channel: an error reply to "reset" (the wipe left
    # something) raises, so the notebook runner never starts the next student process.
    import json
    import socket

    from workshop_harness.spawn import ForkServerClient, SpawnError

    grader, server = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    with grader, server:
        said = "cannot reset: what your code left behind could not be removed"
        server.send(json.dumps({"error": said}).encode())
        with pytest.raises(SpawnError, match="^%s$" % said):
            ForkServerClient(grader).reset(keep_files=False)
        assert json.loads(server.recv(4096)) == {"op": "reset", "keep_files": False}
        server.send(json.dumps({"ok": True}).encode())
        ForkServerClient(grader).reset(keep_files=True)  # a finished reset raises nothing


def test_dates_noted_before_are_put_back_after_a_process_changed_them(tmp_path: Path) -> None:
    # The fork server notes the dates of what it owns under /dev and /tmp before any
    # student process, and puts them back at each reset (a student dated them "now" at
    # moments of its choosing, or made and removed entries: red team 9 round 5).
    (tmp_path / "node").write_bytes(b"")
    (tmp_path / "shm").mkdir()
    os.utime(tmp_path / "node", ns=(1_000_000_000, 2_000_000_000))
    os.utime(tmp_path / "shm", ns=(3_000_000_000, 4_000_000_000))
    os.symlink("node", tmp_path / "link")
    dates = scratch.Dates((tmp_path,))
    os.utime(tmp_path / "node")
    (tmp_path / "shm" / "entry").write_bytes(b"")
    os.unlink(tmp_path / "shm" / "entry")
    dates.restore()
    node, shm = os.stat(tmp_path / "node"), os.stat(tmp_path / "shm")
    assert (node.st_atime_ns, node.st_mtime_ns) == (1_000_000_000, 2_000_000_000)
    assert (shm.st_atime_ns, shm.st_mtime_ns) == (3_000_000_000, 4_000_000_000)
    assert str(tmp_path / "link") not in [path for path, _, _ in dates.saved]
