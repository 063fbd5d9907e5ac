"""Real services for the scale-out tests and benchmarks/scale_out.py, started here as the
Docker engine is started by CI: Redis and PostgreSQL from Debian's packages on random
loopback ports, a second Docker engine on its own socket and data root (standing for a
second grading machine), and ``workshop worker`` processes. Everything started here is
stopped by whoever started it; nothing else on the machine is touched (the main dockerd
is never stopped or restarted).

Debian's packages: ``apt-get install -y redis-server postgresql`` (scripts/setup.sh does it)."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PG_BIN = Path("/usr/lib/postgresql")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait(what: str, ready: object, timeout: float, proc: subprocess.Popen[bytes] | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"{what} exited with {proc.returncode}")
        try:
            if ready():  # type: ignore[operator]
                return
        except Exception:  # noqa: BLE001 - not up yet
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{what} not ready after {timeout} s")


class Redis:
    """redis-server on 127.0.0.1, a random port, a password, no persistence."""

    def __init__(self) -> None:
        exe = shutil.which("redis-server")
        if exe is None:
            raise RuntimeError("redis-server is missing: apt-get install -y redis-server (scripts/setup.sh)")
        self.port = free_port()
        self.password = secrets.token_hex(12)
        self.dir = Path(tempfile.mkdtemp(prefix="workshop-redis-"))
        args = [exe, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        args += ["--requirepass", self.password, "--dir", str(self.dir), "--daemonize", "no"]
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.url = f"redis://:{self.password}@127.0.0.1:{self.port}/0"
        _wait("redis-server", lambda: self.client().ping(), 20, self.proc)

    def client(self):  # type: ignore[no-untyped-def]
        import redis

        return redis.Redis(host="127.0.0.1", port=self.port, password=self.password, socket_timeout=5)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        shutil.rmtree(self.dir, ignore_errors=True)


class Postgres:
    """A PostgreSQL cluster of its own (initdb as the postgres user) on 127.0.0.1, a random
    port, trust authentication on loopback, durability off (tests only)."""

    def __init__(self) -> None:
        versions = sorted(PG_BIN.glob("*/bin/initdb"))
        if not versions:
            raise RuntimeError("PostgreSQL is missing: apt-get install -y postgresql (scripts/setup.sh)")
        self.bin = versions[-1].parent
        self.dir = Path(tempfile.mkdtemp(prefix="workshop-pg-"))
        shutil.chown(self.dir, "postgres", "postgres")
        self.data = self.dir / "data"
        self.port = free_port()
        self._as_postgres(
            [str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8"]
        )
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.dir} -c fsync=off"
            " -c synchronous_commit=off -c full_page_writes=off -c max_connections=300"
        )
        self._as_postgres(
            [str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.dir / "log"), "-o", options, "-w"]
            + ["-t", "60", "start"]
        )
        self._count = 0
        self._lock = threading.Lock()

    def _as_postgres(self, args: list[str]) -> None:
        done = subprocess.run(["runuser", "-u", "postgres", "--", *args], capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {(done.stderr or done.stdout)[-800:]}")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self, prefix: str = "gb") -> str:
        """A fresh, empty database; its URL."""
        import psycopg

        with self._lock:
            self._count += 1
            name = f"{prefix}_{os.getpid()}_{self._count}"
        admin = f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres"
        with psycopg.connect(admin, autocommit=True) as c:
            c.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        with contextlib.suppress(RuntimeError):
            self._as_postgres([str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop"])
        shutil.rmtree(self.dir, ignore_errors=True)


class SecondEngine:
    """A second dockerd (own socket, data root, exec root, containerd; no bridge, no
    iptables) standing for another grading machine, with ``image`` loaded into it by
    ``docker save | docker load`` (no registry). The data root is kept between runs, so the
    image is loaded once per machine; the daemon is stopped by ``stop``."""

    ROOT = Path("/var/lib/workshop-docker2")
    RUN = Path("/run/workshop-docker2")

    def __init__(self, image: str) -> None:
        self.RUN.mkdir(parents=True, exist_ok=True)
        self.socket = self.RUN / "docker.sock"
        self.host = f"unix://{self.socket}"
        config = self.RUN / "daemon.json"
        config.write_text("{}\n")  # not /etc/docker/daemon.json: that one is the main engine's
        self.log = open(self.RUN / "dockerd.log", "ab")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            [
                "dockerd",
                f"--host={self.host}",
                f"--data-root={self.ROOT}",
                f"--exec-root={self.RUN / 'exec'}",
                f"--pidfile={self.RUN / 'dockerd.pid'}",
                f"--config-file={config}",
                "--bridge=none",
                "--iptables=false",
                "--ip-masq=false",
                "--containerd-namespace=workshop2",
                "--containerd-plugins-namespace=workshop2-plugins",
            ],
            stdout=self.log,
            stderr=self.log,
            start_new_session=True,
        )
        _wait("second dockerd", lambda: self.docker("info").returncode == 0, 90, self.proc)
        if self.docker("image", "inspect", image).returncode != 0:
            save = subprocess.Popen(["docker", "save", image], stdout=subprocess.PIPE)
            load = subprocess.run(
                ["docker", "-H", self.host, "load"], stdin=save.stdout, capture_output=True, text=True
            )
            save.wait()
            if load.returncode != 0 or save.returncode != 0:
                raise RuntimeError(f"loading {image} into the second engine failed: {load.stderr[-400:]}")

    def docker(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["docker", "-H", self.host, *args], capture_output=True, text=True, timeout=120)

    def stop(self) -> None:
        ids = self.docker("ps", "-aq").stdout.split()
        if ids:
            self.docker("rm", "-f", *ids)
        self.proc.terminate()
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()


class Worker:
    """``workshop worker`` in its own process group (so that SIGKILL takes all of it)."""

    def __init__(
        self,
        broker: str,
        name: str,
        docker_host: str | None = None,
        concurrency: int = 1,
        visibility_timeout: float = 600,
        queues: str = "interactive,bulk",
        home: Path | None = None,
    ) -> None:
        self.name = name
        env = {**os.environ, "WORKSHOP_LANG": "en", "PYTHONUNBUFFERED": "1"}
        env.pop("DOCKER_HOST", None)
        if docker_host:
            env["DOCKER_HOST"] = docker_host
        if home is not None:  # where a worker could write: checked by the tests
            home.mkdir(parents=True, exist_ok=True)
            env.update(HOME=str(home), TMPDIR=str(home))
        prefix = f"workshop-worker-{name.split('@')[0]}-"
        self.log_path = Path(tempfile.mkstemp(prefix=prefix, suffix=".log")[1])
        self.log = self.log_path.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "workshop.cli", "worker", "--broker", broker, "--name", name]
            + ["--concurrency", str(concurrency), "--queues", queues]
            + ["--visibility-timeout", str(visibility_timeout)],
            stdout=self.log,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=home or REPO,
            start_new_session=True,
        )
        _wait(f"worker {name}", lambda: f"Worker {name} ready" in self.output(), 60, self.proc)

    def output(self) -> str:
        return self.log_path.read_text(errors="replace")

    def kill(self) -> None:
        """SIGKILL, as a machine that dies: nothing of it runs any more."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()

    def stop(self) -> None:
        if self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.kill()
        self.log.close()
        self.log_path.unlink(missing_ok=True)


def remove_worker_containers(name: str, docker_host: str | None = None) -> None:
    """Containers a killed worker left on an engine (they carry its name as a label)."""
    base = ["docker"] + (["-H", docker_host] if docker_host else [])
    ids = subprocess.run(
        [*base, "ps", "-aq", "--filter", f"label=workshop.worker={name}"], capture_output=True, text=True
    ).stdout.split()
    if ids:
        subprocess.run([*base, "rm", "-f", *ids], capture_output=True)


@contextlib.contextmanager
def started(factory, *args, **kwargs) -> Iterator:  # type: ignore[no-untyped-def]
    thing = factory(*args, **kwargs)
    try:
        yield thing
    finally:
        thing.stop()
