"""Every page of the grading image held in the host's page cache while jobs run.

The jobs of a class read the image's files through the same host inodes, and the host's
page cache outlives each job: a job that leaves chosen pages cached (reading pages no job
reads: under runsc too, the gofer's reads fill the host's cache) or not cached (evicting
them) writes bits that a later job reads back by timing one read per page (red team 9,
rounds 11 and 12: a hidden input of one attempt answered to a public test of the next,
whose detail students see). Reading every page once before the first job is not enough:
the host drops cold pages on its own (on these machines 1 to 7 % of the image's pages
within 30 s of a full read, `benchmarks/pagecache_hold.py`), and a dropped page can be
filled again.

So a *holder* container, started before the first job of a process and living as long
as it does, maps every regular file of the image and locks the mappings in memory
(``mlock``): those pages stay cached, and nothing a job does (reading, ``fadvise``,
``madvise``, its own cgroup's memory pressure) nor the host's reclaim can drop one, so
no job can change which data pages of the image's files are cached. What it does not
hold: directory blocks, inodes, symlink targets and the dentry cache, which lookups fill
and the host drops (docs/design.md, "Not covered"). The seccomp filter of student
processes also refuses ``fadvise64``, ``madvise``'s COLD, PAGEOUT and COLLAPSE,
``process_madvise`` and ``cachestat`` (``workshop_harness.seccomp``).

The holder runs the image's own python as root with no capability but ``IPC_LOCK`` (to
lock past the engine's ``memlock`` limit, which a container cannot raise) and
``DAC_READ_SEARCH`` (to read every file, those root's own mode bits refuse too), no
network, a read-only root, under runc whatever the engine's default runtime (gVisor's
own memory is not the host's cache). A file or folder it cannot hold stops it, and so
every job. It then waits on its stdin: when this process closes it or dies, the holder
exits and the engine removes it. Cost: the image's size in locked memory (about 314 MiB
for the default image), shared by every process that holds the same image."""

from __future__ import annotations

import json
import socket
import threading
from dataclasses import dataclass

from docker.errors import DockerException, NotFound
from docker.types import LogConfig

from workshop.errors import SandboxError
from workshop.sandbox.engine import client

HOLD_LABEL = "workshop.pagecache"
READY_TIMEOUT_S = 300.0

# Run by the image's python: map and lock every regular file of the image's own file system
# (not the kernel's nor the engine's mounts), say how many, then hold until stdin ends.
_HOLD = r"""
import ctypes, json, mmap, os, stat, sys
libc = ctypes.CDLL(None, use_errno=True)
root = os.stat("/").st_dev  # the image's file system only: not /proc, /sys, /dev, /tmp
held, files, size, refused = [], 0, 0, 0
def unlisted(error):
    global refused
    refused += 1
for top, dirs, names in os.walk("/", onerror=unlisted):
    dirs[:] = [d for d in dirs if os.lstat(os.path.join(top, d)).st_dev == root]
    for name in names:
        path = os.path.join(top, name)
        try:
            info = os.lstat(path)
            # nor the files the engine mounts in each container (/etc/hosts...): its own
            if not stat.S_ISREG(info.st_mode) or info.st_dev != root:
                continue
            files += 1
            if info.st_size == 0:
                continue
            with open(path, "rb") as source:
                view = mmap.mmap(source.fileno(), 0, prot=mmap.PROT_READ)
            held.append(view)
            size += len(view)
        except (OSError, ValueError):
            refused += 1
# One mlockall locks every mapping made above (and the interpreter's own).
if libc.mlockall(1) != 0:  # MCL_CURRENT
    sys.stdout.write(json.dumps({"error": os.strerror(ctypes.get_errno())}) + "\n")
    sys.exit(1)
sys.stdout.write(json.dumps({"files": files, "bytes": size, "unreadable": refused}) + "\n")
sys.stdout.flush()
sys.stdin.buffer.read()
"""


@dataclass(frozen=True)
class Held:
    container: str
    files: int
    bytes: int
    unreadable: int


class Holder:
    """The holder container of one image, started by :meth:`start`, ended by
    :meth:`close` or when this process ends."""

    def __init__(self, image: str) -> None:
        self.image = image
        self.held: Held | None = None
        self._container: str | None = None
        self._raw: socket.socket | None = None
        self._stream: object | None = None

    def start(self) -> Held:
        api = client().api
        try:
            host_config = api.create_host_config(
                network_mode="none",
                read_only=True,
                cap_drop=["ALL"],
                # IPC_LOCK: lock past the engine's memlock limit; DAC_READ_SEARCH: read every
                # file, those root's own mode bits refuse it (0004) that a student can read.
                cap_add=["IPC_LOCK", "DAC_READ_SEARCH"],
                security_opt=["no-new-privileges"],
                log_config=LogConfig(type="none"),
                auto_remove=True,
                # runc whatever the engine's default: under gVisor the lock would hold
                # gVisor's own memory, not the host's cache of the image's files.
                runtime="runc",
            )
            container = api.create_container(
                self.image,
                entrypoint=["python3", "-I", "-S", "-c", _HOLD],
                user="0:0",
                labels={HOLD_LABEL: "1"},  # no run's label: no sweep counts it, it ends itself
                host_config=host_config,
                network_disabled=True,
                # detach=False with stdin_open: the engine closes its stdin when our side
                # of the attach stream closes (StdinOnce), as for the jobs' containers.
                stdin_open=True,
                detach=False,
            )["Id"]
            self._container = container
            stream = api.attach_socket(container, params={"stdin": 1, "stdout": 1, "stream": 1})
            self._stream, self._raw = stream, stream._sock
            api.start(container)
        except (DockerException, OSError) as exc:
            self.close()  # the attach stream, and the container if it was made
            raise SandboxError("sandbox_failed", detail=f"page cache holder: {str(exc)[:200]}") from exc
        raw: socket.socket = stream._sock
        try:
            counts = json.loads(_first_line(raw))
        except (OSError, ValueError) as exc:
            self.close()
            raise SandboxError("sandbox_failed", detail=f"page cache holder: {str(exc)[:200]}") from exc
        if isinstance(counts, dict) and "error" in counts:
            self.close()
            detail = f"page cache holder: mlockall: {str(counts['error'])[:200]}"
            raise SandboxError("sandbox_failed", detail=detail)
        try:
            files, size, unreadable = int(counts["files"]), int(counts["bytes"]), int(counts["unreadable"])
        except (KeyError, TypeError, ValueError) as exc:
            self.close()
            detail = f"page cache holder said {str(counts)[:200]}"
            raise SandboxError("sandbox_failed", detail=detail) from exc
        if unreadable:  # a file a job may read and nothing holds: no job runs
            self.close()
            detail = f"page cache holder: {unreadable} of {files} files or folders could not be held"
            raise SandboxError("sandbox_failed", detail=detail)
        self.held = Held(container, files, size, unreadable)
        return self.held

    def alive(self) -> bool:
        raw = self._raw
        if raw is None or self.held is None:
            return False
        try:
            raw.setblocking(False)
            try:
                return raw.recv(1, socket.MSG_PEEK) != b""
            finally:
                raw.setblocking(True)
        except BlockingIOError:
            return True  # nothing to read: still holding
        except OSError:
            return False

    def close(self) -> None:
        """End the holder: its stdin closes, it exits and the engine removes it."""
        raw, self._raw = self._raw, None
        if raw is not None:
            try:
                raw.shutdown(socket.SHUT_WR)
            except OSError:
                pass
            raw.close()
        container, self._container = self._container, None
        if container is not None:
            try:
                client().api.remove_container(container, force=True)
            except (NotFound, DockerException):
                pass
        self.held = None


_lock = threading.Lock()
_holders: dict[str, Holder] = {}


def ensure(image: str) -> Held:
    """The holder of ``image`` for this process, started (and waited for) if it is not
    running: every job waits for it, so none runs before the image's pages are held."""
    with _lock:
        holder = _holders.get(image)
        if holder is not None and holder.alive() and holder.held is not None:
            return holder.held
        if holder is not None:
            holder.close()
        holder = Holder(image)
        held = holder.start()
        _holders[image] = holder
        return held


def release() -> None:
    """End every holder of this process now (tests, benchmarks); otherwise each lives as
    long as its process."""
    with _lock:
        for holder in _holders.values():
            holder.close()
        _holders.clear()


# Run by the image's python as root: how many pages of the image's files are not in the
# host's page cache (mincore on a shared read-only mapping: the owner may ask), after
# dropping them all from it first if asked (posix_fadvise DONTNEED, what red team 9 round
# 11's writer did; locked pages stay).
_PROBE = r"""
import ctypes, json, os, stat, sys
libc = ctypes.CDLL(None, use_errno=True)
libc.mmap.restype = ctypes.c_void_p
libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t] + [ctypes.c_int] * 3 + [ctypes.c_long]
libc.munmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
libc.mincore.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_char_p]
drop = sys.argv[1] == "drop"
pages = uncached = 0
root = os.stat("/").st_dev  # the image's files, as the holder sees them
for top, dirs, names in os.walk("/"):
    dirs[:] = [d for d in dirs if os.lstat(os.path.join(top, d)).st_dev == root]
    for name in names:
        path = os.path.join(top, name)
        info = os.lstat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size == 0 or info.st_dev != root:
            continue
        fd = os.open(path, os.O_RDONLY)
        if drop:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        address = libc.mmap(None, info.st_size, 1, 1, fd, 0)
        count = (info.st_size + 4095) // 4096
        vector = ctypes.create_string_buffer(count)
        if libc.mincore(address, info.st_size, vector) != 0:
            sys.exit("mincore: " + os.strerror(ctypes.get_errno()))
        libc.munmap(address, info.st_size)
        os.close(fd)
        pages += count
        uncached += sum(1 for b in vector.raw if not b & 1)
print(json.dumps({"pages": pages, "uncached": uncached}))
"""


def probe(image: str, *, drop: bool = False) -> tuple[int, int]:
    """How many pages of ``image``'s files are not in the host's page cache, of how many,
    after trying to drop them all if ``drop`` (a trusted container of the image: the
    tests and ``benchmarks/pagecache_hold.py``)."""
    api = client().api
    container = api.create_container(
        image,
        entrypoint=["python3", "-I", "-S", "-c", _PROBE, "drop" if drop else "look"],
        user="0:0",
        host_config=api.create_host_config(
            network_mode="none", read_only=True, cap_drop=["ALL"], runtime="runc"  # the host's cache
        ),
        network_disabled=True,
    )["Id"]
    try:
        api.start(container)
        status = api.wait(container, timeout=READY_TIMEOUT_S)
        out = api.logs(container, stdout=True, stderr=True)
        if status.get("StatusCode") != 0:
            raise SandboxError("sandbox_failed", detail=f"page cache probe: {out[-300:]!r}")
        counts = json.loads(out)
    finally:
        api.remove_container(container, force=True)
    return counts["uncached"], counts["pages"]


def _first_line(raw: socket.socket) -> bytes:
    """The first line of the container's stdout, from the engine's multiplexed stream
    (8-byte frame header: stream id, 0, 0, 0, size big-endian)."""
    raw.settimeout(READY_TIMEOUT_S)
    out = bytearray()
    try:
        while b"\n" not in out:
            header = _exactly(raw, 8)
            payload = _exactly(raw, int.from_bytes(header[4:8], "big"))
            if header[0] == 1:
                out += payload
    finally:
        raw.settimeout(None)
    return bytes(out.split(b"\n", 1)[0])


def _exactly(raw: socket.socket, n: int) -> bytes:
    data = bytearray()
    while len(data) < n:
        chunk = raw.recv(n - len(data))
        if not chunk:
            raise OSError("the page cache holder ended before it was ready")
        data += chunk
    return bytes(data)
