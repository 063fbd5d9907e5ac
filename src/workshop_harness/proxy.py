"""The grader's view of the submission: a proxy whose attribute reads and calls go to the
student process and come back as plain data.

Builtin exceptions raised by the student's code are raised again as themselves (so
``pytest.raises(ValueError)`` works); any other exception becomes :class:`SubmissionError`.
An object that is not plain data comes back as a :class:`RemoteObject`: its methods can be
called, but it refuses to be compared, hashed or used as a truth value, so a rigged
``__eq__`` can never decide a test. Failures of the student process itself are
BaseExceptions, so that a test's ``pytest.raises(Exception)`` cannot swallow them."""

from __future__ import annotations

import builtins
import socket
import time
from typing import Any, Protocol

from . import wire


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


class SubmissionLoadError(StudentFailure):
    pass


class Spawner(Protocol):
    def spawn(self) -> tuple[socket.socket, int]: ...

    def kill(self, pid: int) -> None: ...

    def reap(self, pid: int) -> tuple[int | None, int | None]: ...


_REFUSED = {"SystemExit", "KeyboardInterrupt", "GeneratorExit", "BaseExceptionGroup"}


def _builtin_exception(name: str) -> type[Exception] | None:
    if name in _REFUSED:
        return None
    found = getattr(builtins, name, None)
    if isinstance(found, type) and issubclass(found, Exception):
        return found
    return None


class StudentProcess:
    """One live student process; dead after a timeout, crash or protocol error."""

    def __init__(self, spawner: Spawner, call_time_s: float) -> None:
        self.spawner = spawner
        self.call_time_s = call_time_s
        self.alive = False
        self.load_error: str | None = None
        self.sock: socket.socket | None = None
        self.pid = 0

    def start(self) -> None:
        self.sock, self.pid = self.spawner.spawn()
        self.alive = True
        try:
            hello = self._receive("loading your file")
        except StudentFailure as exc:
            self.load_error = str(exc)
            return
        if hello.get("ready") is not True:
            error = hello.get("load_error")
            self.load_error = error[:1000] if isinstance(error, str) else "could not load"
            self.stop()

    def stop(self) -> None:
        if self.alive:
            self.alive = False
            self.spawner.kill(self.pid)
        if self.sock is not None:
            self.sock.close()
            self.sock = None

    def _receive(self, doing: str) -> dict[str, Any]:
        assert self.sock is not None
        try:
            return wire.recv(self.sock, deadline=time.monotonic() + self.call_time_s)
        except TimeoutError:
            self.stop()
            raise CallTimeout("time limit (%.1f s) reached while %s" % (self.call_time_s, doing)) from None
        except wire.PeerClosed:
            self.alive = False
            code, signal = self.spawner.reap(self.pid)
            if code is None and signal is None:  # closed its socket but still running
                self.spawner.kill(self.pid)
            if signal == 9:
                raise StudentMemory("your code was stopped while %s: memory limit" % doing) from None
            what = "exit code %s" % code if code is not None else "signal %s" % signal
            raise StudentCrashed("your code stopped the program while %s (%s)" % (doing, what)) from None
        except (wire.WireError, OSError) as exc:
            self.stop()
            raise StudentCrashed("unreadable answer while %s" % doing) from exc

    def request(self, message: dict[str, Any], doing: str) -> Any:
        if not self.alive or self.sock is None:
            raise StudentCrashed("your code is not running")
        try:
            wire.send(self.sock, message)
        except (OSError, wire.WireError):
            self.alive = False
            raise StudentCrashed("your code is not running") from None
        reply = self._receive(doing)
        if "value" in reply:
            try:
                return wire.decode(reply["value"], self._ref)
            except wire.WireError as exc:
                raise StudentCrashed("unreadable answer while %s" % doing) from exc
        error = reply.get("error")
        if not isinstance(error, dict):
            raise StudentCrashed("unreadable answer while %s" % doing)
        name = str(error.get("type", "Exception"))[:100]
        message = str(error.get("message", ""))[:1000]
        base = error.get("builtin")
        builtin = _builtin_exception(base) if isinstance(base, str) else None
        if builtin is not None:
            raise builtin(message)
        raise SubmissionError(name, message)

    def _ref(self, key: int, type_name: str) -> RemoteObject:
        return RemoteObject(self, key, type_name)


def _encode_args(value: Any) -> Any:
    def handle(obj: Any) -> int:
        if isinstance(obj, RemoteObject):
            return object.__getattribute__(obj, "_key")
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
    """An object living in the student process."""

    def __init__(self, student: StudentProcess, key: int, type_name: str) -> None:
        object.__setattr__(self, "_student", student)
        object.__setattr__(self, "_key", key)
        object.__setattr__(self, "_type", type_name)

    def __getattr__(self, name: str) -> Any:
        student = object.__getattribute__(self, "_student")
        key = object.__getattribute__(self, "_key")
        return student.request({"op": "getattr", "handle": key, "name": name}, "reading " + name)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        student = object.__getattribute__(self, "_student")
        key = object.__getattribute__(self, "_key")
        message = {
            "op": "call",
            "handle": key,
            "args": _encode_args(list(args)),
            "kwargs": _encode_args(kwargs),
        }
        return student.request(message, "running your code")

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
        student = object.__getattribute__(self, "_student")
        return student.request({"op": "getattr", "name": name}, "reading " + name)

    def __repr__(self) -> str:
        return "<submission %s>" % object.__getattribute__(self, "_name")
