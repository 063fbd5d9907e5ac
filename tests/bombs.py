"""Hostile archives built from raw tar blocks, for the archive and server tests: any size
may be declared, and runs of zeros are compressed a MiB at a time, never held whole."""

from __future__ import annotations

import tarfile
import zlib
from collections.abc import Iterable

MiB = 1 << 20
BLOCK = 512


def header(name: str, size: int, kind: bytes = tarfile.REGTYPE) -> bytes:
    """One raw tar header block of type ``kind``; GNU format so that any size (even
    negative) can be encoded."""
    info = tarfile.TarInfo(name)
    info.type = kind
    info.size = size
    info.mode = 0o644
    return info.tobuf(format=tarfile.GNU_FORMAT)


def padded(data: bytes) -> bytes:
    return data + bytes(-len(data) % BLOCK)


def pax_record(key: str, value: str) -> bytes:
    """One ``"<length> key=value\\n"`` record of a pax header."""
    body = f" {key}={value}\n".encode()
    length = len(body) + len(str(len(body)))
    length = len(body) + len(str(length))
    return str(length).encode() + body


def gzip_parts(parts: Iterable[bytes | int]) -> bytes:
    """Gzip a tar stream given as byte strings and runs of zeros (an int: that many zero
    bytes), compressing 1 MiB at a time so that no run is ever held in memory."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = memoryview(bytes(MiB))
    out: list[bytes] = []
    for part in parts:
        if isinstance(part, int):
            left = part
            while left:
                step = min(left, MiB)
                out.append(compressor.compress(zeros[:step]))
                left -= step
        else:
            out.append(compressor.compress(part))
    out.append(compressor.flush())
    return b"".join(out)


def extension_bomb(manifest: bytes, kind: bytes, declared: int, name: str, data: bytes) -> bytes:
    """The issue's bomb: after the manifest, an extension header (pax ``x``, GNU ``L`` or
    ``K``...) declaring ``declared`` bytes of zeros, then the file ``name``."""
    return gzip_parts(
        [
            header("manifest.json", len(manifest)),
            padded(manifest),
            header("././@LongLink", declared, kind),
            declared + (-declared % BLOCK),
            header("files/" + name, len(data)),
            padded(data),
            2 * BLOCK,
        ]
    )
