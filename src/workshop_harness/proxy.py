"""The grader's view of the submission: a proxy whose attribute reads and calls go to the
student process and come back as plain data, typed by the exercise's contract.

Builtin exceptions raised by the student's code are raised again as themselves (so
``pytest.raises(ValueError)`` works); any other exception becomes :class:`SubmissionError`.
An object that is not plain data comes back as a :class:`RemoteObject`: its methods can be
called, but it refuses to be compared, hashed or used as a truth value, so a rigged
``__eq__`` can never decide a test. Failures of the student process itself are
BaseExceptions, so that a test's ``pytest.raises(Exception)`` cannot swallow them; so is
an answer that does not fit the contract (:class:`ContractViolation`, a wrong answer) and
anything in a reply that is not exactly what the protocol allows (a protocol error: the
call crashes and the process is replaced, whatever the decoder underneath raised)."""

from __future__ import annotations

import builtins
import os
import socket
import time
from typing import Any, Protocol

from . import wire
from .contract import UNMEASURED, Entry, Env, Mismatch, kind_of


class SubmissionError(Exception):
    """The student's code raised an exception that is not a builtin one."""

    def __init__(self, type_name: str, message: str) -> None:
        super().__init__("%s: %s" % (type_name, message))
        self.type_name = type_name


class StudentFailure(BaseException):
    """The student process could not answer (see subclasses)."""


class CallTimeout(StudentFailure):
    pass


class StudentMemory(StudentFailure):
    pass


class StudentCrashed(StudentFailure):
    pass


class ProtocolError(StudentCrashed):
    """The student process sent something the protocol does not allow."""


class SubmissionLoadError(StudentFailure):
    pass


class ContractViolation(StudentFailure):
    """A wrong answer: not the type the exercise's contract names. ``got`` is a word of
    :data:`workshop_harness.contract.GOT`; ``what`` says whether a function's answer
    (``return``), a value (``value``) or a function itself (``function``) was wrong."""

    def __init__(self, name: str, expected: str, got: str, what: str) -> None:
        super().__init__("%s: expected %s, got %s" % (name, expected, got))
        self.name, self.expected, self.got, self.what = name, expected, got, what


class ContractMissing(BaseException):
    """A test read a name the contract does not name: the exercise's mistake, not the
    student's (nothing crosses untyped once an exercise has a contract)."""


class Spawner(Protocol):
    def spawn(self) -> tuple[socket.socket, int]: ...

    def kill(self, pid: int) -> None: ...

    def reap(self, pid: int) -> tuple[int | None, int | None]: ...

    def reset(self, keep_files: bool) -> None: ...


# Exceptions that cannot stand for the student's: they would stop or unwind the grader,
# or cannot be built from a message.
_REFUSED = {
    "SystemExit", "KeyboardInterrupt", "GeneratorExit", "BaseExceptionGroup", "ExceptionGroup",
    "StopIteration", "StopAsyncIteration",
}  # fmt: skip
_ERROR_KEYS = {"type", "builtin", "message"}
# Loading the student's file (its imports: numpy takes 0.3 s idle, several seconds on a
# loaded machine) is given at least this, not the per-call limit: a load that ran out of
# the call's 2 s on a busy machine failed every test, a verdict that depended on the load.
# A file that hangs while loading still fails every test, after this long per restart.
LOAD_TIME_S = 10.0
# The wall clock never gives a call more than this many times its limit, whatever CallClock
# counts (a process that gets little CPU, or one the clock cannot read).
BACKSTOP = 5.0
# A call stopped at its time limit while the sandbox's processes held at least this share of
# its memory limit (their anonymous memory: what no reclaim can give back) ran into the
# memory limit, not the time limit: at the limit the kernel first takes back every page it
# can (the interpreter's own code among them, read again from disk at once), which on a
# loaded machine can last past the call's limit before its OOM killer acts (CI run of
# fbb182f: dos-memory-bomb ended as a timeout under runc). The status then does not depend
# on which of the two limits a loaded machine reached first.
MEMORY_BOUND_SHARE = 0.85
_TICK_S = 1.0 / os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 0.01


class CallClock:
    """The time a call has used, as an idle machine would have measured it: the wall
    clock's time, less the time the student process waited, runnable, for a CPU the
    machine's other work held (``run_delay``, the second field of /proc/<pid>/schedstat),
    and never less than the CPU time it got (its own and its reaped children's). A call that
    needs 1 s of computing then passes a 2 s limit on a loaded machine as on an idle one,
    and a sleep, a wait or a dripped answer still ends at the limit. Read every
    ``wire.EXPIRED_CHECK_S``; where schedstat cannot be read (gVisor has none; not Linux;
    the process gone), the wall clock's time counts.

    Red team 9 round 11: the clock used to read the process's state at each look and count
    only its CPU time for the whole interval when it was runnable then; the student process
    saw the grader's looks (/proc/1/status, /proc/1/stat), slept between them and was
    runnable at each, and a 3 s wait passed a 2 s limit (a 34 s one a 30 s limit in a
    notebook), under both runtimes. What the process did between two looks no longer
    depends on one sample: only the waiting for a CPU that the kernel measured is taken off.

    The waiting is taken off only while the student process is alone. In the container (this
    grader is PID 1 of its own pid namespace, where the only other processes are the fork
    server and the student process), a look that finds another process, or finds that the
    fork server or the grader reaped one since the last look, counts the wall clock's time:
    a process the student started computes on CPU time the student process's own counters
    do not hold, and the student process waits for it (red team 9 round 9: a child did 3 s
    of work while its parent spun at nice 19 on the same CPU, and the call passed a 2 s
    limit). A process it started and reaped itself is in its own counters already."""

    def __init__(self, pid: int, limit_s: float) -> None:
        self.pid = pid
        self.path = "/proc/%d/stat" % pid
        self.limit_s = limit_s
        self.used = 0.0
        self.at = time.monotonic()
        # Not read now: most calls answer within the first check's 50 ms and never read
        # the files (a read costs a trip to gVisor's Sentry); the first 50 ms count whole.
        self.cpu: float | None = None
        self.waited: float | None = None
        self.contained = os.getpid() == 1
        self.reaped: float | None = None

    @staticmethod
    def _text(path: str) -> str:
        # Unbuffered: three system calls (open() would make eight, each a trip to gVisor's
        # Sentry under runsc).
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        try:
            return os.read(fd, 4096).decode("ascii", "replace")
        finally:
            os.close(fd)

    @classmethod
    def _stat(cls, path: str) -> list[str]:
        """The fields of a /proc stat file after the command's closing parenthesis."""
        text = cls._text(path)
        return text[text.rindex(")") + 2 :].split()

    def _read(self) -> tuple[float | None, float | None, bool]:
        """(CPU time, time waited for a CPU, alone), in seconds; None where unreadable."""
        try:
            fields = self._stat(self.path)
            # utime, stime, cutime, cstime: the 12th to the 15th fields after the name
            cpu = sum(int(value) for value in fields[11:15]) * _TICK_S
            alone = not self.contained or self._alone(int(fields[1]))
        except (OSError, ValueError, IndexError):
            return None, None, False
        try:
            waited: float | None = int(self._text("/proc/%d/schedstat" % self.pid).split()[1]) / 1e9
        except (OSError, ValueError, IndexError):
            waited = None
        return cpu, waited, alone

    def _alone(self, server: int) -> bool:
        """No process but the grader (PID 1), the fork server (the student process's
        parent) and the student process, and none reaped since the last look."""
        pids = {int(name) for name in os.listdir("/proc") if name.isdigit()}
        children = os.times()
        reaped = children.children_user + children.children_system
        fields = self._stat("/proc/%d/stat" % server)
        reaped += sum(int(value) for value in fields[13:15]) * _TICK_S
        before, self.reaped = self.reaped, reaped
        return pids <= {1, server, self.pid} and before is not None and reaped == before

    def expired(self) -> bool:
        now = time.monotonic()
        if now - self.at < wire.EXPIRED_CHECK_S:
            # Asked before each read of the socket, also when the reply is already there:
            # the files are read at most once per check period (benchmarks/runtime_breakdown.py:
            # reading before every read cost ~1,300 system calls per job under runsc).
            return False
        wall, self.at = now - self.at, now
        self.account(wall, *self._read())
        return self.used >= self.limit_s

    def account(self, wall: float, cpu: float | None, waited: float | None, alone: bool) -> None:
        """Add one look's interval: ``wall`` seconds, at whose end the process had used
        ``cpu`` and waited ``waited`` seconds in all."""
        if (
            alone
            and cpu is not None
            and waited is not None
            and self.cpu is not None
            and self.waited is not None
        ):
            self.used += max(wall - (waited - self.waited), cpu - self.cpu, 0.0)
        else:
            self.used += wall
        self.cpu, self.waited = cpu, waited


def _status(pid: int) -> dict[str, str]:
    """The fields of /proc/<pid>/status (empty when it cannot be read)."""
    try:
        text = CallClock._text("/proc/%d/status" % pid)
    except OSError:
        return {}
    return dict(line.split(":", 1) for line in text.splitlines() if ":" in line)


def _anonymous_mib(fields: dict[str, str]) -> float:
    """RssAnon, in MiB, of a :func:`_status` (0 when absent)."""
    value = fields.get("RssAnon", "").split()
    return int(value[0]) / 1024 if value and value[0].isdigit() else 0.0


def memory_bound(pid: int, memory_mib: int) -> bool:
    """Whether the sandbox stands at its memory limit (:data:`MEMORY_BOUND_SHARE`), counting
    the student process ``pid`` and, in the container (this grader is PID 1 of its own pid
    namespace), this grader and the fork server (the student process's parent). Not the
    processes the student process started: forked from it, each counts again the pages it
    shares with it (a fork bomb of small processes would read as gigabytes)."""
    if memory_mib <= 0:
        return False
    student = _status(pid)
    held = _anonymous_mib(student)
    if os.getpid() == 1:
        parent = student.get("PPid", "").strip()
        held += _anonymous_mib(_status(1))
        if parent.isdigit() and int(parent) not in (0, 1):
            held += _anonymous_mib(_status(int(parent)))
    return held >= MEMORY_BOUND_SHARE * memory_mib


def _builtin_exception(name: str, message: str) -> Exception | None:
    """The builtin exception ``name`` (or the nearest base that can be built from a message
    alone, as UnicodeError for UnicodeDecodeError); None if there is none."""
    found = getattr(builtins, name, None) if name not in _REFUSED else None
    if not (isinstance(found, type) and issubclass(found, Exception)):
        return None
    for kind in found.__mro__:
        if kind is Exception:
            return None
        if kind.__name__ in _REFUSED or getattr(builtins, kind.__name__, None) is not kind:
            continue
        try:
            return kind(message)  # type: ignore[no-any-return]
        except Exception:  # noqa: BLE001 - needs more arguments: try its base
            continue
    return None


class StudentProcess:
    """One live student process; dead after a timeout, crash or protocol error.

    ``contract`` (name -> entry) types what crosses; None for a job without one, where
    any plain data crosses as it is."""

    def __init__(
        self,
        spawner: Spawner,
        call_time_s: float,
        contract: dict[str, Entry] | None = None,
        memory_mib: int = 0,
    ) -> None:
        self.spawner = spawner
        self.call_time_s = call_time_s
        self.memory_mib = memory_mib  # the sandbox's memory limit (0: unknown)
        self.contract = contract
        self.alive = False
        self.load_error: str | None = None
        self.sock: socket.socket | None = None
        self.pid = 0

    def start(self) -> None:
        self.sock, self.pid = self.spawner.spawn()
        self.alive = True
        try:
            hello = self._receive("loading your file", max(self.call_time_s, LOAD_TIME_S))
        except StudentFailure as exc:
            self.load_error = str(exc)
            return
        ready, error = hello.get("ready"), hello.get("load_error")
        if set(hello) != {"ready", "load_error"} or type(ready) is not bool:
            self.load_error = "unreadable answer while loading your file"
            self.stop()
        elif not ready:
            self.load_error = error[:1000] if type(error) is str else "could not load"
            self.stop()

    def stop(self) -> None:
        if self.alive:
            self.alive = False
            self.spawner.kill(self.pid)
        if self.sock is not None:
            self.sock.close()
            self.sock = None

    def _receive(self, doing: str, limit_s: float | None = None) -> dict[str, Any]:
        assert self.sock is not None
        limit_s = self.call_time_s if limit_s is None else limit_s
        clock = CallClock(self.pid, limit_s)
        try:
            return wire.recv(self.sock, deadline=time.monotonic() + limit_s * BACKSTOP, expired=clock.expired)
        except TimeoutError:
            bound = memory_bound(self.pid, self.memory_mib)
            self.stop()
            if bound:
                raise StudentMemory("your code was stopped while %s: memory limit" % doing) from None
            raise CallTimeout("time limit (%.1f s) reached while %s" % (limit_s, doing)) from None
        except wire.PeerClosed:
            self.alive = False
            code, signal = self.spawner.reap(self.pid)
            if code is None and signal is None:  # closed its socket but still running
                self.spawner.kill(self.pid)
            if signal == 9:
                raise StudentMemory("your code was stopped while %s: memory limit" % doing) from None
            what = "exit code %s" % code if code is not None else "signal %s" % signal
            raise StudentCrashed("your code stopped the program while %s (%s)" % (doing, what)) from None
        except Exception as exc:  # noqa: BLE001 - WireError, OSError, anything reading raised
            self.stop()
            raise ProtocolError("unreadable answer while %s" % doing) from exc

    def request(self, message: dict[str, Any], doing: str) -> Any:
        if not self.alive or self.sock is None:
            raise StudentCrashed("your code is not running")
        try:
            wire.send(self.sock, message)
        except wire.WireError as exc:  # the test's own arguments: too large to send
            raise wire.WireError("cannot send the arguments: %s" % exc) from None
        except OSError:
            self.alive = False
            raise StudentCrashed("your code is not running") from None
        reply = self._receive(doing)
        if reply == {"refused": "too_large"}:  # the student side could not send its answer
            self.stop()
            raise StudentCrashed("your answer was too large to send back while %s" % doing)
        try:
            value, error = self._read(reply)
        except Exception as exc:  # noqa: BLE001 - any decoding failure is the protocol's, never the test's
            self.stop()
            raise ProtocolError("unreadable answer while %s" % doing) from exc
        if error is not None:
            raise error
        return value

    def _read(self, reply: dict[str, Any]) -> tuple[Any, BaseException | None]:
        """The value of a reply, or the exception to raise for it; WireError for anything
        else than exactly ``{"value": V}`` or ``{"error": {"type", "builtin", "message"}}``."""
        if set(reply) == {"value"}:
            return wire.decode(reply["value"], self._ref), None
        error = reply.get("error")
        if set(reply) != {"error"} or type(error) is not dict or set(error) != _ERROR_KEYS:
            raise wire.WireError("not a reply")
        name, base, message = error["type"], error["builtin"], error["message"]
        if not (type(name) is str and type(base) is str and type(message) is str):
            raise wire.WireError("not an error")
        message = message[:1000]
        exception = _builtin_exception(base, message)
        return None, exception if exception is not None else SubmissionError(name[:100], message)

    def _ref(self, key: int, type_name: str) -> RemoteObject:
        return RemoteObject(self, key, type_name)


def read_name(student: StudentProcess, name: str) -> Any:
    """The student's ``name`` (a module attribute or a notebook variable), typed by the
    contract: a function comes back as a RemoteObject whose calls are checked, a value is
    checked now. With a contract, a name it does not list never crosses."""
    contract = student.contract
    if contract is not None and name not in contract:
        raise ContractMissing("the exercise's contract does not name %r" % name)
    value = student.request({"op": "getattr", "name": name}, "reading " + name)
    if contract is None:
        return value
    entry = contract[name]
    if entry.signature is not None:
        if not isinstance(value, RemoteObject):
            raise ContractViolation(name, entry.text, kind_of(value), "function")
        object.__setattr__(value, "_entry", entry)
        return value
    assert entry.value is not None
    try:
        return entry.value.conform(value, Env())
    except Mismatch as exc:
        raise ContractViolation(name, entry.text, exc.got, "value") from None


def _measurable(value: Any) -> Any:
    return UNMEASURED if isinstance(value, (RemoteObject, RemoteModule)) else value


def _encode_args(value: Any) -> Any:
    def handle(obj: Any) -> int:
        if isinstance(obj, RemoteObject):
            return object.__getattribute__(obj, "_key")  # type: ignore[no-any-return]
        raise wire.WireError("cannot send a %s to the submission" % type(obj).__name__)

    return wire.encode(value, handle)


class _Refusing:
    def __eq__(self, other: object) -> bool:
        raise TypeError("an object from the submission cannot be compared: compare plain values")

    __ne__ = __lt__ = __le__ = __gt__ = __ge__ = __eq__  # type: ignore[assignment]

    def __hash__(self) -> int:
        raise TypeError("an object from the submission cannot be hashed")

    def __bool__(self) -> bool:
        raise TypeError("an object from the submission has no truth value: compare plain values")


class RemoteObject(_Refusing):
    """An object living in the student process; with a contract, a function the contract
    names (``_entry``), whose answers are checked against it."""

    def __init__(self, student: StudentProcess, key: int, type_name: str) -> None:
        object.__setattr__(self, "_student", student)
        object.__setattr__(self, "_key", key)
        object.__setattr__(self, "_type", type_name)
        object.__setattr__(self, "_entry", None)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):  # numpy's and Python's probes stay here
            raise AttributeError(name)
        student = object.__getattribute__(self, "_student")
        if student.contract is not None:
            raise ContractMissing("the exercise's contract does not name attributes of %s" % self._what())
        key = object.__getattribute__(self, "_key")
        return student.request({"op": "getattr", "handle": key, "name": name}, "reading " + name)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        student = object.__getattribute__(self, "_student")
        key = object.__getattribute__(self, "_key")
        entry: Entry | None = object.__getattribute__(self, "_entry")
        if student.contract is not None and entry is None:
            raise ContractMissing("the exercise's contract does not name calls of %s" % self._what())
        message = {
            "op": "call",
            "handle": key,
            "args": _encode_args(list(args)),
            "kwargs": _encode_args(kwargs),
        }
        answer = student.request(message, "running your code")
        if entry is None:
            return answer
        assert entry.signature is not None
        env = Env(
            entry.signature.params,
            tuple(_measurable(a) for a in args),
            {k: _measurable(v) for k, v in kwargs.items()},
        )
        try:
            return entry.signature.returns.conform(answer, env)
        except Mismatch as exc:
            returns = entry.text.split("->", 1)[1].strip()
            raise ContractViolation(entry.name, returns, exc.got, "return") from None

    def _what(self) -> str:
        entry = object.__getattribute__(self, "_entry")
        return repr(entry.name) if entry is not None else "an object of the submission"

    def __repr__(self) -> str:
        return "<%s from the submission>" % object.__getattribute__(self, "_type")


class RemoteModule(_Refusing):
    """What the ``submission`` fixture returns."""

    def __init__(self, student: StudentProcess, name: str) -> None:
        object.__setattr__(self, "_student", student)
        object.__setattr__(self, "_name", name)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return read_name(object.__getattribute__(self, "_student"), name)

    def __repr__(self) -> str:
        return "<submission %s>" % object.__getattribute__(self, "_name")
