"""The student process: loads the submission and answers the grader's calls.

It runs as its own uid, holds no test and no result, and speaks only over its socket.
Whatever it does to itself (patch builtins, exit, loop) stays in this process."""

from __future__ import annotations

import builtins
import importlib.util
import os
import socket
import sys
import traceback
import types
from pathlib import Path
from typing import Any

from . import wire


class _Handles:
    def __init__(self) -> None:
        self.objects: dict[int, Any] = {}

    def add(self, value: Any) -> int:
        key = len(self.objects) + 1
        self.objects[key] = value
        return key


def _load(folder: Path, name: str) -> tuple[Any, str | None]:
    if not name:  # a notebook: cells arrive one by one, into a fresh __main__
        os.chdir(folder)
        sys.path.insert(0, str(folder))
        return types.ModuleType("__main__"), None
    path = folder / (name + ".py")
    if not path.is_file():
        return None, "missing file: %s.py" % name
    sys.path.insert(0, str(folder))
    try:
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        return module, None
    except SyntaxError as exc:
        return None, "SyntaxError, line %s: %s" % (exc.lineno, exc.msg)
    except BaseException as exc:  # noqa: BLE001 - anything the student's import raises
        return None, _describe(exc, folder)


def _describe(exc: BaseException, folder: Path) -> str:
    try:
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename.startswith(str(folder))]
        where = " (%s, line %s)" % (Path(frames[-1].filename).name, frames[-1].lineno) if frames else ""
        return "%s: %s%s" % (type(exc).__name__[:100], str(exc)[:300], where)
    except BaseException:  # noqa: BLE001 - a hostile __str__
        return type(exc).__name__[:100]


# Taken before any student code runs: a student who rebinds builtins.ValueError to a class
# of its own does not make that class the builtin.
_BUILTIN_EXCEPTIONS = {
    name: value
    for name, value in vars(builtins).items()
    if isinstance(value, type) and issubclass(value, BaseException)
}


_MRO = type.__dict__["__mro__"].__get__
_NAME = type.__dict__["__name__"].__get__


def _error(exc: BaseException) -> dict[str, Any]:
    """The exception as data: its own type name, and the builtin class it derives from
    (so that ``class MyError(ValueError)`` still satisfies ``pytest.raises(ValueError)``)."""
    kind = type(exc)
    try:
        message = str(exc)[:1000]
    except BaseException:  # noqa: BLE001 - a hostile __str__
        message = ""
    # The builtin is the first class of the MRO that IS the builtin object of its name: a
    # class of the student's own named ValueError (even with __module__ = "builtins") is not
    # ValueError, and no pytest.raises(ValueError) would catch it in one process either.
    # The MRO and the names are read through type's own descriptors, as ``except`` reads
    # them: a metaclass property named __mro__ or __name__ lies to attribute access only.
    base = next((c for c in _MRO(kind) if _BUILTIN_EXCEPTIONS.get(_NAME(c)) is c), BaseException)
    return {"error": {"type": str(_NAME(kind))[:100], "builtin": _NAME(base), "message": message}}


def serve(sock: socket.socket, folder: Path, module_name: str) -> None:
    """Load the module, say whether it loaded, then answer requests until the socket closes."""
    # If memory runs out, this process goes first. In the container the fork server set it
    # before dropping to the student uid (once dropped, the process may no longer write
    # its own /proc files); here it matters for a local subprocess (``workshop check``).
    try:
        with open("/proc/self/oom_score_adj", "w") as handle:
            handle.write("1000")
    except OSError:
        pass
    handles = _Handles()
    module, load_error = _load(folder, module_name)
    wire.send(sock, {"ready": load_error is None, "load_error": load_error})
    if module is None:
        return
    while True:
        try:
            request = wire.recv(sock)
        except wire.PeerClosed:
            return
        try:
            value = _answer(request, module, handles)
        except BaseException as exc:  # noqa: BLE001 - reported to the grader, never raised here
            reply = _error(exc)
        else:
            try:
                reply = {"value": wire.encode(value, handles.add)}
            except BaseException:  # noqa: BLE001 - too large or too deep to cross
                reply = {"refused": "too_large"}
        try:
            wire.send(sock, reply)
        except wire.WireError:  # too large to cross: the grader counts the call as crashed
            wire.send(sock, {"refused": "too_large"})


def _target(request: dict[str, Any], module: Any, handles: _Handles) -> Any:
    ref = request.get("handle")
    if ref is None:
        return module
    return handles.objects[ref]


def _answer(request: dict[str, Any], module: Any, handles: _Handles) -> Any:
    target = _target(request, module, handles)
    op = request.get("op")

    def ref(key: int, _type: str) -> Any:
        return handles.objects[key]

    if op == "getattr":
        value = getattr(target, str(request["name"]))
    elif op == "setattr":
        setattr(target, str(request["name"]), wire.decode(request.get("value"), ref))
        value = None
    elif op == "delattr":
        delattr(target, str(request["name"]))
        value = None
    elif op == "exec":
        exec(compile(str(request["code"]), str(request.get("filename", "<cell>")), "exec"), target.__dict__)
        value = None
    elif op == "call":
        args = wire.decode(request.get("args", []), ref)
        kwargs = wire.decode(request.get("kwargs", {"__t": "dict", "v": []}), ref)
        value = target(*args, **kwargs)
    elif op == "repr":
        value = repr(target)[:500]
    else:
        raise ValueError("unknown request")
    return value


def main(fd: int, folder: str, module_name: str) -> None:
    sock = socket.socket(fileno=fd)
    try:
        serve(sock, Path(folder), module_name)
    finally:
        os._exit(0)
