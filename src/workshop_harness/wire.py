"""The channel between the grader process and the student process.

Frames are a 4-byte big-endian length then UTF-8 JSON. Values cross as *plain data* only:
None, bool, int, float, str, list, and tagged objects for tuple, dict (any plain keys),
bytes and numpy arrays (``.npy`` bytes, loaded with ``allow_pickle=False``). Anything else
stays in the student process and crosses as an opaque handle. Nothing is ever unpickled.
"""

from __future__ import annotations

import base64
import io
import json
import socket
import struct
import time
from typing import Any

MAX_FRAME = 16 << 20
MAX_DEPTH = 40
TAGS = ("tuple", "dict", "bytes", "npy", "handle")


class WireError(Exception):
    """The peer sent something that is not a valid frame or value."""


class PeerClosed(WireError):
    """The peer closed the channel (it exited or crashed)."""


def send(sock: socket.socket, message: dict[str, Any]) -> None:
    data = json.dumps(message, allow_nan=True, separators=(",", ":")).encode("utf-8")
    if len(data) > MAX_FRAME:
        raise WireError("message too large (%d bytes)" % len(data))
    sock.sendall(struct.pack(">I", len(data)) + data)


def _recv_exact(sock: socket.socket, size: int, deadline: float | None) -> bytes:
    chunks = []
    while size:
        if deadline is not None:  # one deadline for the whole message, not per recv()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError()
            sock.settimeout(remaining)
        chunk = sock.recv(min(size, 1 << 20))
        if not chunk:
            raise PeerClosed("channel closed")
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def recv(sock: socket.socket, deadline: float | None = None) -> dict[str, Any]:
    """One message; with a ``deadline`` (time.monotonic()), TimeoutError once it passes."""
    (size,) = struct.unpack(">I", _recv_exact(sock, 4, deadline))
    if size > MAX_FRAME:
        raise WireError("message too large (%d bytes)" % size)
    try:
        message = json.loads(_recv_exact(sock, size, deadline).decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
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
    if module == "numpy" and kind.__name__ == "ndarray" and not value.dtype.hasobject:
        import numpy

        buffer = io.BytesIO()
        numpy.save(buffer, value, allow_pickle=False)
        return {"__t": "npy", "v": base64.b64encode(buffer.getvalue()).decode("ascii")}
    if module == "numpy" and hasattr(value, "item") and getattr(value, "shape", None) == ():
        return encode(value.item(), make_handle, depth + 1)
    if make_handle is None:
        raise WireError("cannot send a %s" % kind.__name__)
    return {"__t": "handle", "id": make_handle(value), "type": kind.__name__[:100]}


def decode(data: Any, make_ref: Any = None, depth: int = 0) -> Any:
    """The inverse of :func:`encode`; rejects anything unexpected."""
    if depth > MAX_DEPTH:
        raise WireError("value nested too deeply")
    if data is None or type(data) in (bool, int, float, str):
        return data
    if type(data) is list:
        return [decode(v, make_ref, depth + 1) for v in data]
    if type(data) is not dict or data.get("__t") not in TAGS:
        raise WireError("unexpected value")
    tag = data["__t"]
    payload = data.get("v")
    if tag == "tuple" and type(payload) is list:
        return tuple(decode(v, make_ref, depth + 1) for v in payload)
    if tag == "dict" and type(payload) is list:
        out = {}
        for pair in payload:
            if type(pair) is not list or len(pair) != 2:
                raise WireError("bad dict entry")
            key = decode(pair[0], make_ref, depth + 1)
            try:
                out[key] = decode(pair[1], make_ref, depth + 1)
            except TypeError as exc:
                raise WireError("unhashable dict key") from exc
        return out
    if tag == "bytes" and type(payload) is str:
        return base64.b64decode(payload)
    if tag == "npy" and type(payload) is str:
        import numpy

        return numpy.load(io.BytesIO(base64.b64decode(payload)), allow_pickle=False)
    if tag == "handle" and type(data.get("id")) is int and make_ref is not None:
        return make_ref(data["id"], str(data.get("type", "?"))[:100])
    raise WireError("bad tagged value")
