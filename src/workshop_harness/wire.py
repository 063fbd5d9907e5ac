"""The channel between the grader process and the student process.

Frames are a 4-byte big-endian length then UTF-8 JSON. Values cross as *plain data* only:
None, bool, int, float, str, list, and tagged objects for tuple, dict (any plain keys),
bytes and numpy arrays (``.npy`` bytes of a plain numeric dtype, read by our own parser,
never with ``numpy.load``). Anything else stays in the student process and crosses as an
opaque handle. Nothing is ever unpickled.

Everything decoded here may come from the student process, so it is untrusted input:
every way it can be wrong (bad JSON, bad base64, a bad ``.npy`` header, too much of
anything) raises :class:`WireError` and nothing else, and what one message may cost the
reader is bounded before it is decoded: its size (:data:`MAX_FRAME`), its number of JSON
items (:data:`MAX_ITEMS`), its nesting (:data:`MAX_DEPTH`) and the bytes of the arrays
it holds (:data:`MAX_ARRAY_BYTES`).
"""

from __future__ import annotations

import ast
import base64
import binascii
import json
import os
import re
import socket
import struct
import time
import weakref
from collections.abc import Callable
from typing import Any

MAX_FRAME = 4 << 20
MAX_ITEMS = 200_000
MAX_DEPTH = 32
MAX_ARRAY_BYTES = 4 << 20
MAX_NDIM = 8
TAGS = ("tuple", "dict", "bytes", "npy", "handle")
NPY_MAGIC = b"\x93NUMPY"
# Plain numeric dtypes only: bool, signed and unsigned ints, floats; one explicit byte order.
_NPY_DESCR = re.compile(r"[<>|=]?(b1|i[1248]|u[1248]|f[248])")
_MAX_HEADER = 4096


class WireError(Exception):
    """The peer sent something that is not a valid frame or value."""


class PeerClosed(WireError):
    """The peer closed the channel (it exited or crashed)."""


def _items(data: bytes) -> int:
    """An upper bound of the JSON items in ``data`` (every item after the first follows a
    comma or an opening bracket), counted in C before anything is parsed."""
    return data.count(b",") + data.count(b"[") + data.count(b"{")


def send(sock: socket.socket, message: dict[str, Any]) -> None:
    data = json.dumps(message, allow_nan=True, separators=(",", ":")).encode("utf-8")
    if len(data) > MAX_FRAME or _items(data) > MAX_ITEMS:
        raise WireError("message too large (%d bytes)" % len(data))
    frame = struct.pack(">I", len(data)) + data
    # One write first: on a socket with a timeout, sendall() polls before each send, a
    # system call more per message (each a trip to gVisor's Sentry under runsc); a frame
    # that fits the socket's buffer, the common case, leaves in that one write. The rest,
    # if any, goes through sendall() and its timeout.
    try:
        sent = os.write(sock.fileno(), frame)
    except BlockingIOError:
        sent = 0
    if sent < len(frame):
        sock.sendall(frame[sent:])


EXPIRED_CHECK_S = 0.05  # how often ``expired`` is asked while nothing arrives
# Each read asks for up to READ_AHEAD bytes, so a frame's length and its body (sent in one
# write) usually arrive in one read, not two, each with its poll and clock read when the
# socket has a timeout. What a read brings beyond the frame waits here for the next one:
# never more than one read's worth, as nothing is read while some waits.
READ_AHEAD = 1 << 16
_PENDING: weakref.WeakKeyDictionary[socket.socket, bytes] = weakref.WeakKeyDictionary()


def _recv_exact(
    sock: socket.socket, size: int, deadline: float | None, expired: Callable[[], bool] | None = None
) -> bytes:
    pending = _PENDING.pop(sock, b"")
    if len(pending) >= size:
        if len(pending) > size:
            _PENDING[sock] = pending[size:]
        return pending[:size]
    chunks = [pending] if pending else []
    size -= len(pending)
    while size:
        if deadline is not None:  # one deadline for the whole message, not per recv()
            remaining = deadline - time.monotonic()
            if remaining <= 0 or (expired is not None and expired()):
                raise TimeoutError()
            timeout = remaining if expired is None else min(remaining, EXPIRED_CHECK_S)
            if sock.gettimeout() != timeout:  # settimeout is a system call (ioctl) each time
                sock.settimeout(timeout)
        try:
            chunk = sock.recv(max(min(size, 1 << 20), READ_AHEAD))
        except TimeoutError:
            if expired is None:
                raise
            continue  # the deadline and ``expired`` are checked again above
        if not chunk:
            raise PeerClosed("channel closed")
        if len(chunk) > size:
            _PENDING[sock] = chunk[size:]
            chunk = chunk[:size]
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def recv(
    sock: socket.socket, deadline: float | None = None, expired: Callable[[], bool] | None = None
) -> dict[str, Any]:
    """One message; with a ``deadline`` (time.monotonic()), TimeoutError once it passes, or
    as soon as ``expired()`` says so (asked every EXPIRED_CHECK_S while waiting)."""
    (size,) = struct.unpack(">I", _recv_exact(sock, 4, deadline, expired))
    if size > MAX_FRAME:
        raise WireError("message too large (%d bytes)" % size)
    data = _recv_exact(sock, size, deadline, expired)
    if _items(data) > MAX_ITEMS:
        raise WireError("message has too many items")
    try:
        message = json.loads(data.decode("utf-8"))
    except Exception as exc:  # noqa: BLE001 - bad UTF-8, bad JSON, nesting past the recursion limit, memory
        raise WireError("not JSON") from exc
    if not isinstance(message, dict):
        raise WireError("not an object")
    return message


# -- values -------------------------------------------------------------------------------
def encode(value: Any, make_handle: Any = None, depth: int = 0) -> Any:
    """Plain data as JSON-ready structures; other objects through ``make_handle``."""
    if depth > MAX_DEPTH:
        raise WireError("value nested too deeply")
    kind = type(value)
    if value is None or kind in (bool, int, float, str):
        return value
    # Subclasses of the builtin scalars (a rigged float, an IntEnum, numpy's float64)
    # cross as the plain value, taken with the base type's own method, not theirs.
    for base in (float, int, str):
        if isinstance(value, base) and kind is not bool:
            return base.__dict__["__%s__" % ("str" if base is str else base.__name__)](value)
    if kind is list:
        return [encode(v, make_handle, depth + 1) for v in value]
    if kind is tuple:
        return {"__t": "tuple", "v": [encode(v, make_handle, depth + 1) for v in value]}
    if kind is dict:
        return {
            "__t": "dict",
            "v": [
                [encode(k, make_handle, depth + 1), encode(v, make_handle, depth + 1)]
                for k, v in value.items()
            ],
        }
    if kind is bytes:
        return {"__t": "bytes", "v": base64.b64encode(value).decode("ascii")}
    module = getattr(kind, "__module__", "") or ""
    if module == "numpy" and kind.__name__ == "ndarray" and _NPY_DESCR.fullmatch(value.dtype.str):
        return {"__t": "npy", "v": base64.b64encode(_npy_bytes(value)).decode("ascii")}
    if module == "numpy" and hasattr(value, "item") and getattr(value, "shape", None) == ():
        return encode(value.item(), make_handle, depth + 1)
    if make_handle is None:
        raise WireError("cannot send a %s" % kind.__name__)
    return {"__t": "handle", "id": make_handle(value), "type": kind.__name__[:100]}


def _npy_bytes(array: Any) -> bytes:
    """A C-ordered ``.npy`` (version 1.0) of a plain numeric array."""
    header = "{'descr': %r, 'fortran_order': False, 'shape': %r, }" % (array.dtype.str, tuple(array.shape))
    header += " " * (-(len(NPY_MAGIC) + 4 + len(header) + 1) % 64) + "\n"
    return (
        NPY_MAGIC
        + b"\x01\x00"
        + struct.pack("<H", len(header))
        + header.encode("latin1")
        + array.tobytes("C")
    )


class _Budget:
    """What one decoded message may still cost: array bytes."""

    def __init__(self) -> None:
        self.array_bytes = MAX_ARRAY_BYTES


def decode(data: Any, make_ref: Any = None) -> Any:
    """The inverse of :func:`encode`; anything unexpected, whatever goes wrong while
    decoding it, raises :class:`WireError` (never the error of the decoder underneath)."""
    try:
        return _decode(data, make_ref, 0, _Budget())
    except WireError:
        raise
    except Exception as exc:  # noqa: BLE001 - base64, numpy, memory, recursion: all the peer's doing
        raise WireError("undecodable value (%s)" % type(exc).__name__) from exc


def _decode(data: Any, make_ref: Any, depth: int, budget: _Budget) -> Any:
    if depth > MAX_DEPTH:
        raise WireError("value nested too deeply")
    if data is None or type(data) in (bool, int, float, str):
        return data
    if type(data) is list:
        return [_decode(v, make_ref, depth + 1, budget) for v in data]
    if type(data) is not dict or data.get("__t") not in TAGS:
        raise WireError("unexpected value")
    tag = data["__t"]
    if tag == "handle":
        key, type_name = data.get("id"), data.get("type")
        if set(data) != {"__t", "id", "type"} or type(key) is not int or not 0 < key < 1 << 31:
            raise WireError("bad handle")
        if type(type_name) is not str or make_ref is None:
            raise WireError("bad handle")
        return make_ref(key, re.sub(r"[^A-Za-z0-9_.]", "?", type_name[:60]))
    if set(data) != {"__t", "v"}:
        raise WireError("bad tagged value")
    payload = data["v"]
    if tag == "tuple" and type(payload) is list:
        return tuple(_decode(v, make_ref, depth + 1, budget) for v in payload)
    if tag == "dict" and type(payload) is list:
        out = {}
        for pair in payload:
            if type(pair) is not list or len(pair) != 2:
                raise WireError("bad dict entry")
            key = _decode(pair[0], make_ref, depth + 1, budget)
            try:
                out[key] = _decode(pair[1], make_ref, depth + 1, budget)
            except TypeError as exc:
                raise WireError("unhashable dict key") from exc
        return out
    if tag == "bytes" and type(payload) is str:
        return _b64(payload)
    if tag == "npy" and type(payload) is str:
        return _read_npy(_b64(payload), budget)
    raise WireError("bad tagged value")


def _b64(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise WireError("bad base64") from exc


def _read_npy(raw: bytes, budget: _Budget) -> Any:
    """A ``.npy`` file, parsed by hand so that nothing but a plain numeric array can come
    out of it and nothing is allocated beyond the bytes received."""
    if raw[:6] != NPY_MAGIC or raw[6:8] not in (b"\x01\x00", b"\x02\x00", b"\x03\x00"):
        raise WireError("not an .npy array")
    if raw[6] == 1:
        (length,), start = struct.unpack("<H", raw[8:10]), 10
    else:
        (length,), start = struct.unpack("<I", raw[8:12]), 12
    if length > _MAX_HEADER or len(raw) < start + length:
        raise WireError("bad .npy header")
    try:
        header = ast.literal_eval(raw[start : start + length].decode("latin1"))
    except (ValueError, SyntaxError, MemoryError, RecursionError) as exc:
        raise WireError("bad .npy header") from exc
    if type(header) is not dict or set(header) != {"descr", "fortran_order", "shape"}:
        raise WireError("bad .npy header")
    descr, fortran, shape = header["descr"], header["fortran_order"], header["shape"]
    if type(descr) is not str or not _NPY_DESCR.fullmatch(descr) or type(fortran) is not bool:
        raise WireError("not a plain numeric array")
    if type(shape) is not tuple or len(shape) > MAX_NDIM or any(type(d) is not int or d < 0 for d in shape):
        raise WireError("bad .npy shape")
    import numpy

    dtype = numpy.dtype(descr)
    count = 1
    for dim in shape:
        count *= dim
    data = raw[start + length :]
    if count * dtype.itemsize != len(data):
        raise WireError("the .npy data does not match its header")
    budget.array_bytes -= len(data)
    if budget.array_bytes < 0:
        raise WireError("arrays too large")
    array = numpy.frombuffer(data, dtype=dtype, count=count).reshape(shape, order="F" if fortran else "C")
    return array.copy()  # owns its memory and is writable, like any array a test makes
